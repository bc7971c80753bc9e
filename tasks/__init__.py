"""Prefect tasks: thin wrappers over the library, one unit of work of seconds each."""
