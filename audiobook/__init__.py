"""Batch audiobook rendering: EPUB/HTML books into chaptered audiobooks.

The package is plain, typed, Prefect-free library code; flows/ and tasks/ at the
project root orchestrate it.
"""

__version__ = "0.1.0"
