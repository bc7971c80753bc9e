"""Verse set one line a paragraph, as Word and OpenDocument poems, calibre's FictionBook files and many EPUBs
made with InDesign set it: its lines are read with a sentence's pause between them, not a paragraph's, so
that a sentence running over two lines is not cut by a paragraph's silence. The poem's last line keeps the
paragraph's pause. (Verse set as lines of one paragraph, `<br/>` or FB2's stanza, is read as that paragraph.)

A run of short paragraphs is verse when it has at least `MIN_LINES` lines and at least half of them end
without a sentence's end: dialogue ("Yes." "No, sir.") ends its lines, verse mostly runs on ("I kept the light,").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobook.models import Block

MAX_LINE_WORDS = 14
MIN_LINES = 4
_LINE_KINDS = frozenset({"p", "quote"})
_ENDS_SENTENCE = re.compile(r"[.!?…:][\s\"'”’»)\]]*$")  # a colon too: "Je lui demandai :" opens speech
_NUMBERED = re.compile(r"\d|[IVXLC]+\.\s")  # "192 THE REAL PRINCESS", "II. Friendship": a list of titles


def lines_going_on(blocks: Sequence[Block]) -> frozenset[int]:
    """The indices of the blocks that are a line of verse followed by another line of the same poem."""
    going_on: set[int] = set()
    start = 0
    while start < len(blocks):
        if not _is_line(blocks[start]):
            start += 1
            continue
        end = start  # the run's last line: same document, kind and speaker; a scene break ends it
        while (end + 1 < len(blocks) and not blocks[end].ends_scene and _is_line(blocks[end + 1])
               and _same_poem(blocks[start], blocks[end + 1])):
            end += 1
        run_on = [not _ENDS_SENTENCE.search(b.text) for b in blocks[start:end + 1]]
        if len(run_on) >= MIN_LINES and 2 * sum(run_on) >= len(run_on):
            going_on.update(range(start + run_on.index(True), end))  # a short sentence before the poem is prose
        start = end + 1
    return frozenset(going_on)


def _is_line(block: Block) -> bool:
    """A short plain paragraph in lower case and capitals: not a heading, a line set apart by its look, a list
    item or a numbered title."""
    return (block.words <= MAX_LINE_WORDS and block.kind in _LINE_KINDS and not block.level and not block.look
            and not _NUMBERED.match(block.text) and not block.text.isupper())


def _same_poem(first: Block, other: Block) -> bool:
    return other.href == first.href and other.kind == first.kind and other.speaker == first.speaker
