"""What a spoken chapter title (`--announce-chapters`) adds to the chapter's own opening lines.

A title is often made of the TOC's label and the text's heading ("Chapter 1 — The Storm" over `<h2>The
Storm</h2>`, "The Copper Key, I" over "I"), or is the heading's lines joined ("Chapter 2 — The Storm" over
"Chapter 2" and "The Storm"). Announced whole, the listener heard the heading's words twice: the title, then the
text. Only what the opening lines do not say is announced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobook.models import Block

OPENING_LINES = 3  # a label, its name and a subtitle
_WORDS = re.compile(r"\w+")
_JOINS = re.compile(r"\s*(?:[—–,:.]\s+|\s+-\s+)")  # where a title's label meets its name


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def announced_title(title: str, blocks: Sequence[Block]) -> str:
    """The part of `title` that the chapter's opening heading lines (heading elements, or lines set apart by
    their look) do not say: all of it where they say none, "" where they say it all, and the label before them
    where they are its end ("Chapter 1" for "Chapter 1 — The Storm" over "The Storm")."""
    opening: list[str] = []
    for block in blocks[:OPENING_LINES]:
        if block.kind != "heading" and not block.look:
            break
        opening.extend(_words(block.text))
    words = _words(title)
    if not opening or not words:
        return title
    if any(opening[i:i + len(words)] == words for i in range(len(opening) - len(words) + 1)):
        return ""
    for join in _JOINS.finditer(title):
        name = _words(title[join.end():])
        if name and opening[:len(name)] == name:  # the heading says the title's name: the label before it
            return title[:join.start()].strip()
    return title
