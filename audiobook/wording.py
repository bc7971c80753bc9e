"""Counts and lists in the messages people read: "1 chapter", "3 retries", "A, B and C"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """`count` with its noun in the right number, thousands grouped."""
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


def listed(names: list[str]) -> str:
    """"A", "A and B", "A, B and C": names in a sentence."""
    return " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"
