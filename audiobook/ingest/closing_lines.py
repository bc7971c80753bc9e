"""A publisher's closing lines at a book's very end: its web address and slogan, after the story's last sentence.

An e-book distributor closes each book with a page of its own ("[FeedBooks]" / "www.feedbooks.com" / "Food for
the mind"). The EPUB marks that page, and it is skipped as one; a conversion to text, HTML or Word keeps its lines
and drops the mark, and they were read as the story's last words. A run of short lines ending the book, none ending
a sentence, one of them a bare web address, is skipped and listed.
"""

from __future__ import annotations

import dataclasses
import re

from audiobook.models import Chapter, Skipped

CLOSING_ADDRESS = "front/back matter (the publisher's closing lines: a web address)"
CLOSING_LINES = 4  # the short lines at the book's end looked at
CLOSING_LINE_WORDS = 6
_WEB_ADDRESS = re.compile(r"^\W{0,2}(?:https?://\S+|www\.[\w.-]+\.[a-z]{2,}\S*)\W{0,2}$", re.IGNORECASE)
_SENTENCE_END = tuple(".!?…»\"”’")


def without_closing_address(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters without the publisher's lines closing the last one, and those lines as skipped."""
    if not chapters or len(chapters[-1].blocks) < 2:
        return chapters, []
    blocks = chapters[-1].blocks
    count = 0
    while count < min(CLOSING_LINES, len(blocks) - 1) and _closing_line(blocks[-1 - count].text):
        count += 1
    lines = blocks[len(blocks) - count:]
    if not any(_WEB_ADDRESS.match(block.text) for block in lines):
        return chapters, []
    last = dataclasses.replace(chapters[-1], blocks=blocks[:len(blocks) - count])
    return [*chapters[:-1], last], [Skipped.of_text(block.href, CLOSING_ADDRESS, block.text) for block in lines]


def _closing_line(text: str) -> bool:
    """A short line that ends no sentence: a name, an address, a slogan ("Food for the mind")."""
    text = text.strip()
    return 0 < len(text.split()) <= CLOSING_LINE_WORDS and not text.endswith(_SENTENCE_END)
