"""A printed book's contents page, kept as text by a conversion: "The Storm . . . . . . 5".

A book converted from print keeps its contents page as paragraphs whose titles run along a
dot leader to their page numbers. Nothing marks it, and it sits inside the first chapter;
read aloud, it is a string of titles and numbers before the story ("The Storm, five, A
Quiet Harbour, nineteen"). Three such entries in a row, as paragraphs or as the lines of one,
are a contents list: skipped and listed, with the "Contents" line above them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from audiobook.ingest.chapters import merge_heading_fragments
from audiobook.ingest.matter import CONTENTS_AS_TEXT, CONTENTS_TITLE
from audiobook.models import Block, Chapter, Skipped

# a dot leader (four dots or more, spaced or not, or two ellipses) or a line of underscores, then a page number
_LEADER = r"(?:(?:\s?\.){4,}|(?:\s?…){2,}|(?:\s?_){4,})\s*(?:\d{1,4}|[ivxlcdm]{1,7})\b"
_LEADERS = re.compile(_LEADER, re.IGNORECASE)
_ENDS_WITH_LEADER = re.compile(_LEADER + r"\s*$", re.IGNORECASE)
_LEADER_MARKS = (". .", "....", "……", "… …", "____")
_LAST = frozenset("0123456789ivxlcdmIVXLCDM")  # a page number's last character
ENTRIES_MIN = 3


def _entries(text: str) -> int:
    """How many contents entries a block holds: 0 unless it ends with a leader and a page number."""
    if not any(mark in text for mark in _LEADER_MARKS) or not _ENDS_WITH_LEADER.search(text):
        return 0
    return len(_LEADERS.findall(text))


def _listed(blocks: tuple[Block, ...]) -> set[int]:
    """The blocks that make contents lists: ENTRIES_MIN entries or more in a row, or in one block;
    with the "Contents" line above each list."""
    counts = {i: n for i, block in enumerate(blocks) if block.text[-1:] in _LAST and (n := _entries(block.text))}
    listed: set[int] = set()
    for index in sorted(counts):
        if index - 1 in counts:
            continue  # inside a run already looked at
        run = [index]
        while run[-1] + 1 in counts:
            run.append(run[-1] + 1)
        if len(run) >= ENTRIES_MIN or max(counts[i] for i in run) >= ENTRIES_MIN:
            listed.update(run)
            if index and CONTENTS_TITLE.match(blocks[index - 1].text):
                listed.add(index - 1)
    return listed


def without_printed_contents(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters without contents lists set with dot leaders, listed; a chapter left empty goes, and
    one left with only a heading (the book's title above the list) folds into the next."""
    skipped: list[Skipped] = []
    result = []
    for chapter in chapters:
        listed = _listed(chapter.blocks)
        if not listed:
            result.append(chapter)
            continue
        skipped.extend(Skipped.of_text(chapter.blocks[i].href, CONTENTS_AS_TEXT, chapter.blocks[i].text)
                       for i in sorted(listed))
        kept = tuple(block for index, block in enumerate(chapter.blocks) if index not in listed)
        if kept:
            result.append(replace(chapter, blocks=kept))
    return merge_heading_fragments(result) if skipped else result, skipped
