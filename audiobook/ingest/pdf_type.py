"""The type a PDF sets its lines in, and where: each line's size and place, note markers set small and
raised after a word, footnotes in small type at a page's foot, headings set larger than the text, bold
and centred lines, drop caps, and paragraphs told by their indents and the space between them.

pypdf hands every run of text it extracts to a visitor, with the font size and the two matrices that
scale and place it; the runs put together are the page's extracted text, so each line is given the
size most of its letters are set in and the place its first run starts at. The body's size is the one
most letters of the book are set in. A PDF's plain text has no other mark of a heading without an
outline ("The Fog Signal" in 14 pt over 10 pt text), of a footnote ("1 The store book was kept
apart..." in 7.5 pt at the foot) or of its marker ("the store book.1", which a narrator would read as
"book one"), nor of where a paragraph ends on a nearly full line.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from audiobook.ingest.headings import is_numbered_label

_MARKER_MAX_SHARE = 0.8  # of the line's size: a note's marker is set smaller than its line
_MARKER = re.compile(r"^(?:\d{1,3}|[*†‡§¶]{1,3})$")  # "12", "*", "†"
_MARKER_RISE = 0.15  # of the line's size: a marker stands above the line's baseline (not "CO2"'s 2 below it)
_NOTE_MAX_SHARE = 0.92  # of the body's size: a footnote is set smaller than the text
_NOTE_OPENING = re.compile(r"^(\d{1,3}(?!\d)|[*†‡§¶]{1,3})[.)]?\s*\S")  # "1 The store book...", "*See", "2. As"
_SENTENCE_END = tuple(".!?…\"'”’»)]")
_HEADING_MIN_SHARE = 1.15  # of the body's size
_HEADING_MAX_LINES = 3  # "Chapter 1" / "The Storm": one heading
_HEADING_MAX_WORDS = 16
_WRAPPED_SPACING = 1.6  # of the size: a wrapped title's next line stands right below it
_INDENT_MIN, _INDENT_MAX = 0.5, 6.0  # of the line's size: a paragraph's first-line indent
_GAP_SHARE = 1.4  # of the page's usual line spacing: space between paragraphs
_MARKED_SHARE = 1 / 12  # of the lines whose place is known: a book that marks its paragraphs by place
_EDGE_MIN_LINES = 3  # lines starting at one place on a page: a column's left edge
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)  # "LiberationSerif-Bold", "Arial,Bold"
_CENTRED_SHARE = 0.7  # of a full line: a line this short, standing further in than any indent, is centred
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines breaks


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """One extracted line: its text without note markers, the size most of its letters are set in (points),
    the markers taken out of it, where it starts on the page (points from the left and from the foot; None
    where the extracted text does not say), and whether most of its letters are set in a bold font."""

    text: str
    size: float
    markers: tuple[str, ...] = ()
    left: float | None = None
    baseline: float | None = None
    bold: bool = False


class _Run(NamedTuple):
    """Text set in one size from one place; `placed`: it starts where x and y say (a run's later lines, and
    turned text, do not)."""

    text: str
    size: float
    x: float
    y: float
    placed: bool
    bold: bool = False


def page_lines(page) -> list[PrintedLine]:  # type: ignore[no-untyped-def]
    """A pypdf page's extracted lines, as `page.extract_text().splitlines()` gives them, with their type."""
    runs: list[_Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text:
            scale = math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2]) * abs(tm[0] * tm[3] - tm[1] * tm[2]))
            upright = not (cm[1] or cm[2] or tm[1] or tm[2])  # turned or slanted text: its place says nothing
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            runs.append(_Run(text, size * scale, tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                             tm[4] * cm[1] + tm[5] * cm[3] + cm[5], upright, _BOLD_FONT.search(name) is not None))

    page.extract_text(visitor_text=visit)
    lines: list[PrintedLine] = []
    pieces: list[_Run] = []
    for run in runs:
        for number, part in enumerate(run.text.splitlines(keepends=True)):
            content = part.rstrip(_LINE_BREAKS)
            if content:
                pieces.append(run._replace(text=content, placed=run.placed and number == 0))
            if len(content) < len(part):  # the part ended its line
                lines.append(_line(pieces))
                pieces = []
    if pieces:
        lines.append(_line(pieces))
    return _with_drop_caps(lines)


_DROP_CAP_SHARE = 2.0  # of the text's size: an initial set this large beside the lines it drops into
_DROP_CAP_MAX_CHARACTERS = 3  # "T", "“T"
_DROP_CAP_BELOW = 0.2  # of its size: the lines beside a drop cap stand within its height, its foot a little lower


def _with_drop_caps(lines: list[PrintedLine]) -> list[PrintedLine]:
    """A page's lines with each drop cap (a paragraph's first letter set large beside its first lines, which
    pypdf gives as a line of its own, often at the top of the page) put back at the start of the first line
    beside it: "T" + "he keeper climbed" is "The keeper climbed", not a heading "T"."""
    sizes = sorted(line.size for line in lines if line.text.strip())
    if not sizes:
        return lines
    text_size = sizes[len(sizes) // 2]
    caps = [index for index, line in enumerate(lines)
            if 0 < len(line.text.strip()) <= _DROP_CAP_MAX_CHARACTERS and any(ch.isalpha() for ch in line.text)
            and line.size >= _DROP_CAP_SHARE * text_size and line.left is not None and line.baseline is not None]
    if not caps:
        return lines
    joined = dict(enumerate(lines))
    for index in caps:
        cap = lines[index]
        beside = [(other, line) for other, line in joined.items() if other not in caps and line.left is not None
                  and line.baseline is not None and line.left > cap.left  # type: ignore[operator]
                  and cap.baseline - _DROP_CAP_BELOW * cap.size <= line.baseline  # type: ignore[operator]
                  and line.baseline <= cap.baseline + cap.size  # type: ignore[operator]
                  and line.size < cap.size]
        if not beside:
            continue
        other, first = max(beside, key=lambda item: item[1].baseline or 0.0)  # the top line beside the cap
        joined[other] = PrintedLine(cap.text.strip() + first.text, first.size, first.markers,
                                    cap.left, first.baseline, first.bold)
        del joined[index]
    return [joined[index] for index in sorted(joined)]


def _line(pieces: list[_Run]) -> PrintedLine:
    """A line from its runs: sized by most of its letters, small raised note markers after a word taken out."""
    letters: Counter[float] = Counter()
    for piece in pieces:
        letters[round(piece.size, 1)] += len(piece.text) - piece.text.count(" ")
    if not letters:
        return PrintedLine(xml_text("".join(piece.text for piece in pieces)), 0.0)
    size = max(letters, key=letters.__getitem__)
    body = next(piece for piece in pieces if round(piece.size, 1) == size)
    kept: list[str] = []
    markers: list[str] = []
    for position, piece in enumerate(pieces):
        after_word = bool(kept) and kept[-1][-1:].strip() != ""
        before_space = position + 1 == len(pieces) or not pieces[position + 1].text[:1].isalnum()
        if (after_word and before_space and piece.size <= _MARKER_MAX_SHARE * size and _MARKER.match(piece.text)
                and piece.placed and body.placed and piece.y - body.y >= _MARKER_RISE * size):
            markers.append(piece.text)
        else:
            kept.append(piece.text)
    first = pieces[0]
    bold = sum(len(piece.text.strip()) for piece in pieces if piece.bold) * 2 > sum(letters.values())
    return PrintedLine(xml_text("".join(kept)), size, tuple(markers), first.x if first.placed else None,
                       body.y if body.placed else None, bold)


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text without the control characters XML cannot hold (a damaged PDF's text layer has them)."""
    return _NOT_IN_XML.sub("", text) if not text.isprintable() else text


def paragraph_layout(lines: list[PrintedLine], taken: set[int]) -> dict[int, bool]:
    """What a page's lines say of paragraphs by where they stand. True: the line starts one, indented from its
    column's left edge (by half a letter's width to six, unlike the line above: a block quote's or a drop cap's
    later lines share its indent) or further below the line above than the page's lines usually stand apart.
    False: it stands at the edge, at the usual spacing below the line above, as a paragraph's later lines do.
    Lines whose place the text does not give are left out."""
    shown = [(index, line) for index, line in enumerate(lines) if index not in taken and line.text.strip()]
    edges = _edges([line for _, line in shown])
    spacing = Counter(round(above.baseline - line.baseline, 1) for (_, above), (_, line) in zip(shown, shown[1:])
                      if above.baseline is not None and line.baseline is not None and above.size == line.size
                      and above.baseline > line.baseline)
    usual = max(spacing, key=spacing.__getitem__) if spacing else None

    def indent_of(line: PrintedLine) -> float | None:
        """How far a line stands right of the nearest edge at or left of it (None: no edge near)."""
        if line.left is None:
            return None
        near = [line.left - edge for edge in edges if -_INDENT_MIN * line.size < line.left - edge <= (
            _INDENT_MAX * line.size)]
        return max(near) if near else None

    def indented(line: PrintedLine) -> bool:
        indent = indent_of(line)
        return indent is not None and _INDENT_MIN * line.size <= indent

    layout: dict[int, bool] = {}
    if shown and indented(shown[0][1]):  # a page's first line: indented, or not known
        layout[shown[0][0]] = True
    for (_, above), (index, line) in zip(shown, shown[1:]):
        indent = indent_of(line)
        if indent is None or above.left is None or line.baseline is None or above.baseline is None or usual is None:
            continue
        if indented(line) and abs(line.left - above.left) >= _INDENT_MIN * line.size:  # type: ignore[operator]
            layout[index] = True
        elif above.baseline - line.baseline > _GAP_SHARE * usual:
            layout[index] = True
        elif indent < _INDENT_MIN * line.size and 0 < above.baseline - line.baseline <= _GAP_SHARE * usual:
            layout[index] = False
    return layout


def _edges(lines: list[PrintedLine]) -> list[int]:
    """The left edges a page's lines start at: each column's (three lines or more), else the most common."""
    lefts = Counter(round(line.left) for line in lines if line.left is not None)
    return sorted(left for left, count in lefts.items() if count >= _EDGE_MIN_LINES) or sorted(
        left for left, count in lefts.items() if count == max(lefts.values()))


def centred_lines(lines: list[PrintedLine], taken: set[int], width: int) -> set[int]:
    """A page's lines that stand centred: short (under 70% of a full line's `width` in characters) and further in
    from their column's edge than any paragraph's indent."""
    shown = [(index, line) for index, line in enumerate(lines) if index not in taken and line.text.strip()]
    edges = _edges([line for _, line in shown])
    return {index for index, line in shown if line.left is not None and len(line.text) < _CENTRED_SHARE * width
            and edges and line.left - max((edge for edge in edges if edge <= line.left + 1), default=edges[0]) > (
                _INDENT_MAX * line.size)}


def marks_paragraphs(layouts: list[dict[int, bool]]) -> bool:
    """Whether a book marks its paragraphs by indents or space between them: one line in twelve of those whose
    place is known, or more, starts one so (a book that marks them by neither still indents a quotation)."""
    starting = sum(sum(page.values()) for page in layouts)
    return starting >= _MARKED_SHARE * sum(map(len, layouts)) and starting > 0


def set_larger(line: PrintedLine, body: float) -> bool:
    """Whether a line is set larger than the body, as a heading is (and a running head never is)."""
    return bool(body) and line.size >= _HEADING_MIN_SHARE * body


def set_smaller(line: PrintedLine, body: float) -> bool:
    """Whether a line is set smaller than the body, as a footnote or a running head often is."""
    return bool(body) and 0 < line.size <= _NOTE_MAX_SHARE * body


def body_size(pages: list[list[PrintedLine]]) -> float:
    """The size most of the book's letters are set in."""
    letters: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            letters[line.size] += len(line.text) - line.text.count(" ")
    return max(letters, key=letters.__getitem__) if letters else 0.0


def footnote_lines(pages: list[list[PrintedLine]], body: float, taken: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The lines of each page's footnotes, by (page, line): the lines at the foot (below the text, above any
    running foot in `taken`) set smaller than the body, the first opening with a marker the page's text
    raised ("book.1" over "1 The store book..."); on the page after one whose last note stops mid-sentence,
    a foot in small type is that note running on. A quotation set small at a page's foot, its number never
    raised in the text, is read."""
    notes: set[tuple[int, int]] = set()
    ran_on = False  # the previous page's last note stopped mid-sentence
    for number, lines in enumerate(pages):
        foot: list[int] = []
        for index in range(len(lines) - 1, -1, -1):
            line = lines[index]
            if (number, index) in taken or not line.text.strip():
                continue
            if not set_smaller(line, body):
                break
            foot.append(index)
        foot.reverse()
        opening = _NOTE_OPENING.match(lines[foot[0]].text.strip()) if foot else None
        raised = {marker for line in lines for marker in line.markers}
        found = bool(foot) and (ran_on or (opening is not None and opening[1] in raised))
        if found:
            notes.update((number, index) for index in foot)
        ran_on = found and not lines[foot[-1]].text.rstrip().endswith(_SENTENCE_END)
    return notes


def _goes_on_heading(run: list[PrintedLine], line: PrintedLine) -> bool:
    """Whether a large line goes on with the heading above it: a title wrapped onto a second line (the same size,
    right below), or the title under its numbered label ("Chapter 1" or "II" over "The Storm", in larger
    type). A smaller line below a heading is a heading of its own (a section's under its chapter's)."""
    last = run[-1]
    if line.size == last.size:
        return last.baseline is None or line.baseline is None or (
            0 < last.baseline - line.baseline <= _WRAPPED_SPACING * line.size)
    return len(run) == 1 and line.size > last.size and is_numbered_label(last.text)


def heading_lines(pages: list[list[PrintedLine]], body: float,
                  taken: set[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Headings set larger than the body, by their first line: (page, line) -> (level, lines).

    Consecutive large lines are one heading where they go on (`_goes_on_heading`), at the level of the largest. Sizes
    that head more than one block are the chapters' and sections' (<h2>, <h3>... from the largest); the
    largest, used once and larger than those, is the book's title (<h1>); any other size used once is a
    heading inside a chapter, below them. The lines counted are those with text."""
    blocks: list[tuple[int, int, int, float]] = []  # page, first line, lines, size
    for number, lines in enumerate(pages):
        shown = [(index, line) for index, line in enumerate(lines)
                 if line.text.strip() and (number, index) not in taken]
        run: list[PrintedLine] = []
        first = 0
        for index, line in [*shown, (-1, None)]:
            large = line is not None and set_larger(line, body)
            if large and run and _goes_on_heading(run, line):
                run.append(line)
                continue
            if run and len(run) <= _HEADING_MAX_LINES and sum(len(r.text.split()) for r in run) <= _HEADING_MAX_WORDS:
                blocks.append((number, first, len(run), max(r.size for r in run)))
            run, first = ([line] if large else []), index
    uses = Counter(size for _, _, _, size in blocks)
    repeated = sorted((size for size, count in uses.items() if count > 1), reverse=True)
    levels = {size: 2 + rank for rank, size in enumerate(repeated)}
    once = [size for size, count in uses.items() if count == 1]
    if once and max(once) > max(repeated, default=0.0):
        levels[max(once)] = 1
    below = 2 + len(repeated)
    return {(number, first): (min(levels.get(size, below), 6), count) for number, first, count, size in blocks}
