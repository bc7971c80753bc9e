"""Counts in the messages people read: "1 chapter", "2 chapters", "1 retry", "3 retries"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """`count` with its noun in the right number, thousands grouped."""
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"
