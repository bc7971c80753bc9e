"""A plain text's lines into paragraphs, as its writer set them.

Hard-wrapped prose (Project Gutenberg's, pdftotext's) is joined between blank lines, and cut where indents open
paragraphs instead; verse, an address or a list of headings is a line a paragraph, as an EPUB sets a poem's lines;
a text written a paragraph a line with no blank lines between (Word's "plain text") is a line a paragraph too.
Each paragraph keeps the blank lines before it: a chapter's title often stands after more than one.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace

from audiobook.ingest.headings import looks_like_heading
from audiobook.ingest.page_furniture import ends_a_sentence
from audiobook.ingest.title_page import byline_names
from audiobook.ingest.xhtml import cells_apart, clean_text


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a plain text, its lines joined."""

    text: str
    gap: int = 0  # the blank lines before it (a chapter's title often stands after more than one)


SET_APART_LINES = 2  # blank lines before a title that stands apart; paragraphs have one
PROSE_LINE_CHARS = 50  # the median line of a prose text's lines; verse lines are shorter
# a line longer than any hard wrap (Gutenberg's near 70, pdftotext's page width near 100): a paragraph on one line
UNWRAPPED_LINE_CHARS = 130
UNWRAPPED_SHARE = 0.1  # of its lines: a file written a paragraph a line (Word's "plain text", a phone's notes)


def _unwrapped(lines: list[str]) -> bool:
    """Whether the text holds a paragraph a line, with no blank lines between them: a tenth of its lines are longer
    than a hard wrap makes one, and most of those end a sentence (a text wrapped wide breaks its lines mid-sentence).
    Its lines were joined as a wrapped paragraph's are, chapter headings and all."""
    long_lines = [text for line in lines if len(text := line.strip()) > UNWRAPPED_LINE_CHARS]
    return (len(long_lines) >= 2 and len(long_lines) >= UNWRAPPED_SHARE * sum(1 for line in lines if line.strip())
            and 2 * sum(ends_a_sentence(text) for text in long_lines) > len(long_lines))


def _by_indentation(lines: list[str], indented: list[bool]) -> list[list[str]]:
    """Prose whose paragraphs open with an indent, not a blank line: cut at each indented line.
    A block of verse (short lines), or one indented throughout or mostly, stays whole."""
    indents = sum(indented)
    if indents < 2 or indents * 2 > len(lines) or statistics.median(map(len, lines)) < PROSE_LINE_CHARS:
        return [lines]
    groups: list[list[str]] = [[]]
    for line, indent in zip(lines, indented):
        if indent and groups[-1]:
            groups.append([])
        groups[-1].append(line)
    return groups


def paragraphs_of(lines: list[str]) -> list[Paragraph]:
    """The text's paragraphs: lines between blank lines joined (hard-wrapped prose), cut where indents open them; a
    line each in verse, in a list of headings, and throughout a text written a paragraph a line (`_unwrapped`)."""
    one_a_line = _unwrapped(lines)
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    indented: list[bool] = []
    blank_lines = 0  # before the lines in `current`

    def close() -> None:
        nonlocal blank_lines
        opened = len(paragraphs)
        if len(current) > 1 and sum(looks_like_heading(line) for line in current) * 2 >= len(current):
            paragraphs.extend(Paragraph(clean_text(line)) for line in current)  # a list of headings: one each
        elif len(current) > 1 and max(map(len, current)) < PROSE_LINE_CHARS and not any(
                line[:1].islower() and not (opened == 0 and byline_names(line)) for line in current):
            # verse, an address, a letter's closing: a line each, as an EPUB sets a poem's lines (a pause at each);
            # not a note or a sentence wrapped short ("[Footnote 1: The lamp was first" / "lit in 1820.]"); the book's
            # first lines may end with its "by" line ("The Long Night" / "by Ines Roca")
            paragraphs.extend(Paragraph(text) for line in current if (text := clean_text(cells_apart(line))))
        else:
            for group in _by_indentation(current, indented):
                if text := clean_text("\n".join(group)):  # lines kept: "beauti-" / "ful" is one word
                    paragraphs.append(Paragraph(text))
        if len(paragraphs) > opened:
            paragraphs[opened] = replace(paragraphs[opened], gap=blank_lines)
            blank_lines = 0
        current.clear()
        indented.clear()

    for line in lines:
        stripped = line.strip()
        if not stripped:
            close()
            blank_lines += not stripped
        else:
            current.append(stripped)
            indented.append(line[:2].isspace() or line[:1] == "\t")
            if one_a_line:
                close()
    close()
    return paragraphs
