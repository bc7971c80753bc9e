"""Hyphens at a line's end: a word broken across lines ("beauti-" / "ful") is one word again, and a
compound the book writes with its hyphen elsewhere ("salt-stained") keeps it ("salt-" / "stained").

Shared by the XHTML walker, the text-book reader and the joins of printed lines and page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the first part of a compound, hyphenated before its conjunction ("pre- and post-war", "Ein- und Ausgang")
_CONJUNCTIONS = frozenset("and or nor to und oder bis et ou y o e i och eller en of и или lub albo".split())
_HYPHENATED = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")
_LAST_PART = re.compile(r"([^\W\d_]+)-$")
_FIRST_PART = re.compile(r"\s*([^\W\d_]+)")
_SPLIT_AT_HYPHEN = re.compile(r"\b([^\W\d_]+)-\n([ \t]*)([^\W\d_]+)\b")


def breaks_a_word(before: str, after: str) -> bool:
    """Whether a hyphen ending `before` broke a word across a line's end, in text converted from print
    ("beauti-" / "ful"): a letter before it, a lower-case word after it that is no conjunction."""
    if before[-1:] != "-" or not before[-2:-1].isalpha():
        return False
    word = after.lstrip().split(" ", 1)[0].rstrip(",.;:!?")
    return word[:1].islower() and word.lower() not in _CONJUNCTIONS


def compounds_in(texts: Iterable[str]) -> set[str]:
    """The compounds `texts` write with a hyphen inside a line ("salt-stained"), lower-case."""
    return {word.lower() for text in texts if "-" in text for word in _HYPHENATED.findall(text)}


def is_split_compound(before: str, after: str, compounds: set[str]) -> bool:
    """Whether "salt-" ending `before` and "stained" opening `after` are a compound of `compounds`."""
    last, first = _LAST_PART.search(before), _FIRST_PART.match(after)
    return last is not None and first is not None and f"{last.group(1)}-{first.group(1)}".lower() in compounds


def with_compounds_whole(text: str, compounds: set[str]) -> str:
    """Each compound of `compounds` that a line's end split ("salt-\\nstained") put back on one line
    ("salt-stained\\n"), so that joining the lines keeps its hyphen."""
    return _SPLIT_AT_HYPHEN.sub(lambda m: f"{m.group(1)}-{m.group(3)}\n{m.group(2)}"
                                if f"{m.group(1)}-{m.group(3)}".lower() in compounds else m.group(0), text)
