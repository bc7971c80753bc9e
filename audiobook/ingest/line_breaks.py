"""Lines a `<br/>` sets apart that a listener must hear apart: an address's "14 Harbour Road" /
"Portsmouth", a letter's "Yours truly" / "Anne Lowe", a byline's "HANS CHRISTIAN ANDERSEN" / "(Version
by ...)". Joined with a space they run on as one sentence ("14 Harbour Road Portsmouth England"); each
becomes a paragraph of its own, and the verse rule (`audiobook.text.verse`) gives a run of such lines
a sentence's pause between them.

Only a paragraph of short lines is cut (half its lines `SHORT_LINE_WORDS` or fewer, or most in capitals), and only where
nothing marks a pause yet: the line before a break ends without punctuation and the next opens with a
capital or a digit. Prose wrapped with `<br/>` at a fixed width, and verse set with `<br/>` (lines of
seven to ten words whose sentences run on from one to the next, "where the other crag / Uninterrupted
traverses the dens"), stay one paragraph each. But where most lines end a sentence and one at least runs
longer than a line of verse does, a `<br/>` ends each paragraph (text typed without `<p>`, as a blog or an old
story site keeps it), and each line is a paragraph of its own, so the chapter lines among them are found.
"""

from __future__ import annotations

import statistics

LINE_BREAK = "\u2028"  # where the reader met a <br/> between two lines of one paragraph
SHORT_LINE_WORDS = 4  # "Yours very truly", "12 High Street West"; a line of verse is longer
_PAUSES = frozenset(",;:.!?…—–-")  # a line ending in one of these already has its pause
_CLOSING = "\"'”’»)]"
_OPENING = "\"'“‘«([¿¡"


def lines_apart(text: str) -> list[tuple[str, int]]:
    """`text`, whose <br/> breaks are `LINE_BREAK`, cut into paragraphs at its breaks if its lines are
    short or are paragraphs (see the module's docstring); the breaks not cut are spaces. Each paragraph comes
    with its lines of verse (`verse_lines`), which `Block.lines` keeps."""
    lines = text.split(LINE_BREAK)
    words = [len(line.split()) for line in lines if line.strip()]
    paragraphs = bool(words) and _paragraph_lines(lines)
    short = not paragraphs and bool(words) and (statistics.median(words) <= SHORT_LINE_WORDS or _in_capitals(lines))
    if not short and not paragraphs:
        return [(" ".join(lines), verse_lines(lines))]
    parts = [[lines[0]]]
    for line in lines[1:]:
        before, after = parts[-1][-1].rstrip(), line.lstrip()
        if before and after and _opens_a_line(after) and (
                _ends_a_paragraph(before) if paragraphs else _runs_on(before)):
            parts.append([line])
        else:
            parts[-1].append(line)
    return [(" ".join(part), verse_lines(part)) for part in parts]


def _in_capitals(lines: list[str]) -> bool:
    """Whether two thirds of a block's lines are set in capitals, as a sign, a telegram or a note in a story is
    ("DUMBLEDORE DOES NOT CONTROL THE GAME" / "BAD GUESS" / "VERY BAD GUESS": they ran on as one sentence)."""
    filled = [line for line in lines if line.strip()]
    return len(filled) >= 2 and sum(line.isupper() for line in filled) >= PARAGRAPH_LINES_SHARE * len(filled)


LONGER_THAN_VERSE_WORDS = 25  # a line longer than any verse's: a paragraph of prose
PARAGRAPH_LINES_SHARE = 2 / 3  # of a block's lines that end a sentence where each <br/> ends a paragraph
TITLE_WORDS = 12  # a line that ends no sentence between such paragraphs: "Chapter 2", a title


def _paragraph_lines(lines: list[str]) -> bool:
    """Whether a <br/> ends each paragraph of prose (a web page or a converted book made without <p>, one break
    between paragraphs: the whole book was one paragraph, its chapter headings read inside it): most lines end a
    sentence, where prose wrapped at a page's width ends few, and one at least is longer than verse's lines are."""
    filled = [line for line in lines if line.strip()]
    return (len(filled) >= 3 and sum(map(_closes_a_sentence, filled)) >= PARAGRAPH_LINES_SHARE * len(filled)
            and any(len(line.split()) > LONGER_THAN_VERSE_WORDS for line in filled))


def _closes_a_sentence(line: str) -> bool:
    """A full stop, question or exclamation mark or ellipsis at a line's end, before closing quotes (not the colon,
    semicolon or dash a line of verse may end with)."""
    return line.rstrip().rstrip(_CLOSING)[-1:] in _SENTENCE_ENDS


def _ends_a_paragraph(line: str) -> bool:
    """Among lines that are paragraphs, one a paragraph ends after: a sentence's end, or a title ("Chapter 2")."""
    return _closes_a_sentence(line) or len(line.split()) <= TITLE_WORDS


_SENTENCE_ENDS = frozenset(".!?…")


VERSE_LINE_WORDS = 10  # a line of verse, at most, on average: prose a <br/> wraps at a page's width runs longer


def verse_lines(lines: list[str]) -> int:
    """How many lines of verse a paragraph's <br/> lines are (a stanza's four), 1 where they are not verse: verse
    lines are short, and most open with a capital or a third end with a pause ("the gulls have gone to sleep,");
    prose wrapped at a page's width opens its lines in the middle of sentences and seldom ends them at a comma."""
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) < 2 or sum(len(line.split()) for line in lines) > VERSE_LINE_WORDS * len(lines):
        return 1
    capitals = sum(1 for line in lines[1:] if _opens_a_line(line))
    pauses = sum(1 for line in lines[:-1] if not _runs_on(line))
    return len(lines) if 2 * capitals >= len(lines) - 1 or 3 * pauses >= len(lines) - 1 else 1


def _runs_on(line: str) -> bool:
    """Whether `line` ends without a mark that makes a voice pause."""
    return line.rstrip(_CLOSING)[-1:] not in _PAUSES


def _opens_a_line(line: str) -> bool:
    """Whether `line` opens as a line of its own does: a capital, a figure, or a sign before one ("-20 POINTS")."""
    opening = line.lstrip(_OPENING)
    first = opening[:1]
    return first.isupper() or first.isdigit() or (first in _SIGNS and opening[1:2].isdigit())


_SIGNS = frozenset("+-−±$£€")
