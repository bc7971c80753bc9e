"""Printed lines kept as paragraphs: a book converted from print without its lines unwrapped.

Converted from a PDF or a scan without unwrapping, every printed line is a paragraph: "The
lamp was lit at dusk, and the" / "keeper wrote the hour in his book." Read so, each line
ends with a paragraph's pause and a falling voice, in the middle of a sentence. A chapter
whose paragraphs are such lines (most of them near one width, and many stopping mid-sentence
before one that carries the sentence on in lower case) gets its paragraphs back: a line joins
the next unless it ends a sentence and is shorter than a full line, as a paragraph's last
line is. A word broken at a line's hyphen is one word ("light-" / "house"), unless the book
writes it with the hyphen elsewhere ("salt-stained"). Verse, whose lines vary in width, open
with capitals or are shorter than a printed page's lines of prose, keeps its lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from audiobook.ingest.headings import looks_like_heading
from audiobook.ingest.page_furniture import breaks_off, hyphenated_compounds, joined_lines, runs_on
from audiobook.models import Block, Chapter

LINES_MIN = 10
RUN_ON_SHARE = 0.3  # of the lines, that stop mid-sentence before one that opens in lower case
FULL_LINE = 0.8  # of a full line's width: a line this wide was wrapped, and its paragraph goes on
FULL_LINES_SHARE = 0.5  # of the lines, that are full: wrapped prose (verse varies)
MIN_LINE_WIDTH, MAX_LINE_WIDTH = 50, 110  # characters: a printed page's lines of prose; verse lines are shorter


def _line_width(blocks: tuple[Block, ...]) -> int | None:
    """The width of a full printed line, when the chapter's paragraphs are printed lines; else None."""
    lines = [block for block in blocks if block.kind == "p"]
    if len(lines) < LINES_MIN:
        return None
    run_ons = sum(1 for line, following in zip(lines, lines[1:]) if breaks_off(line) and runs_on(following))
    if run_ons < RUN_ON_SHARE * len(lines):
        return None
    widths = sorted(len(line.text) for line in lines)
    width = widths[len(widths) * 9 // 10]  # a full line: most lines are, bar each paragraph's last
    full = sum(1 for w in widths if w >= FULL_LINE * width)
    return width if MIN_LINE_WIDTH <= width <= MAX_LINE_WIDTH and full >= FULL_LINES_SHARE * len(widths) else None


def unwrapped_lines(chapters: list[Chapter]) -> list[Chapter]:
    """The chapters, each whose paragraphs are printed lines with its paragraphs joined again."""
    widths = [_line_width(chapter.blocks) for chapter in chapters]
    if not any(widths):
        return chapters
    compounds = hyphenated_compounds(chapters)
    return [chapter if width is None else replace(chapter, blocks=_joined(chapter.blocks, width, compounds))
            for chapter, width in zip(chapters, widths)]


def _joined(blocks: tuple[Block, ...], width: int, compounds: Callable[[], set[str]]) -> tuple[Block, ...]:
    joined: list[Block] = []
    last_line = 0  # the width of the last line joined to the paragraph being built
    heading = False  # whether that paragraph is one line that names a division: "Chapter 1" over its first line
    for block in blocks:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.kind == block.kind == "p" and previous.href == block.href
                and not previous.ends_scene and (breaks_off(previous) or last_line >= FULL_LINE * width)
                and not (heading and block.text[:1].isupper())):
            joined[-1] = replace(previous, text=joined_lines(previous.text, block.text, compounds),
                                 ends_scene=block.ends_scene, continued=previous.continued_with(block))
            heading = False
        else:
            joined.append(block)
            heading = block.kind == "p" and looks_like_heading(block.text)
        last_line = len(block.text)
    return tuple(joined)
