"""Prefect flows: they orchestrate the tasks in tasks/ and nothing else."""
