"""PDF books: their text layer, page by page, read as an HTML book of printed lines.

pypdf extracts each page's text as lines, with the size and place of each (`pdf_type`). What a
printed page repeats at its top and bottom (a running head or foot with the book's title, a date,
an address; "12/4" where the page number changes; a chapter's title in small type over its own
pages) and page numbers alone on an edge line are skipped and listed, and so are footnotes in small
type at a page's foot and their raised markers in the text. The other lines are joined back into
paragraphs: a line starts one where it is indented or set apart, and goes on with one at its
column's edge right below another, in a book that marks paragraphs so; else a line ends its
paragraph when it ends a sentence short of a full line's width. A word broken at a line's hyphen is
one word again, across pages too. The outline (bookmarks) gives the chapters: its entries' titles
are found among the first lines of the pages they point at and become headings (an entry whose page
does not print its title is given one, read as the chapter's title). Without an outline, lines set
larger than the text are the headings, short lines set bold and centred are given that look (which
cuts chapters as in a word processor's HTML), and headings in the text ("Chapter 7") count as for an
HTML book. Title, author and language come from the document's information and catalogue, else the title
page. A PDF with no text layer (a scan) or one that needs a password is refused in one line that
says what to do.
"""
from __future__ import annotations

import functools
import hashlib
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from audiobook.errors import DrmError, ParseError
from audiobook.ingest.chapters import LOOK_HEADING_MAX_WORDS
from audiobook.ingest.headings import is_placeholder_title, looks_like_heading, plain_words
from audiobook.ingest.html import book_from_html, read_source
from audiobook.ingest.hyphens import compounds_in
from audiobook.ingest.look import BOLD, CENTRED
from audiobook.ingest.names import authors_in
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.page_furniture import PAGE_NUMBER, PAGE_WORD, joined_lines
from audiobook.ingest.pdf_type import (
    PrintedLine,
    body_size,
    centred_lines,
    footnote_lines,
    heading_lines,
    marks_paragraphs,
    page_lines,
    paragraph_layout,
    set_larger,
    set_smaller,
    xml_text,
)
from audiobook.ingest.text_matter import DIGITIZATION, is_digitization_page
from audiobook.ingest.title_page import (
    author_field_names,
    byline_names,
    standing_name,
    written_as_name,
    written_as_title,
)
from audiobook.ingest.xhtml import FOOTNOTE, NOTE_MARKER, clean_text, count_words, readable_characters
from audiobook.models import Book, Skipped

RUNNING_LINE = "running head or foot (repeated at the edge of the pages)"
_EDGE_LINES = 2  # at each end of a page: where running heads, feet and page numbers stand
_RUNNING_MIN_PAGES = 3
_RUNNING_MIN_SHARE = 0.4  # of the pages
# a page number alone: "12", "- 12 -", "Page 12 of 40", "Seite 12", "xii" (lower case: a page top's "II" is a chapter)
_PAGE_NUMBER_LINE = re.compile(
    rf"^\W*(?:{PAGE_WORD}\s*)?(?:\d{{1,4}}|[ivxlcdm]{{1,7}})(?:\s*(?:/|(?i:of))\s*\d{{1,4}})?\W*$")
_TITLE_SEARCH_LINES = 8  # a chapter's title is among the first lines of the page its bookmark points at
_MAX_OUTLINE_DEPTH = 2  # parts and chapters: <h2> and <h3>
_SENTENCE_END = tuple(".!?…:\"'”’»)]")
_FULL_LINE = 0.85  # of a full line's width: a line this wide was wrapped, and its paragraph goes on
_SHORT_LINE = 0.6  # a line this short, before one opening with a capital, stands alone (a title, a by-line)


def read_pdf(path: Path, options: IngestOptions) -> Book:
    """Read a PDF's text layer into a book."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError  # PdfReadError, and LimitReachedError on a damaged font map

    source = str(path)
    data = read_source(path, "a PDF")
    try:
        reader = PdfReader(io.BytesIO(data))  # the bytes already read, not the file again
        if reader.is_encrypted and not reader.decrypt(""):
            raise DrmError(source, "the PDF needs a password to open; save an unprotected copy first")
        printed = [page_lines(page) for page in reader.pages]
        outline = _outline(reader)
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ParseError(source, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    except NotImplementedError as exc:  # an encryption pypdf cannot undo
        raise DrmError(source, f"the PDF is encrypted in a way that cannot be opened ({exc})") from exc
    pages = [[line.text for line in lines] for lines in printed]
    notice = []
    if len(pages) > 1 and is_digitization_page(pages[0]):  # "Digitized by the Internet Archive ...", then the book
        notice = [Skipped.of_text(path.name, DIGITIZATION, " ".join(pages[0]))]
        printed, pages = printed[1:], pages[1:]
    if not any(line.strip() for lines in pages for line in lines):
        raise ParseError(source, "the PDF has no text layer (a scanned book?); make it searchable with OCR "
                                 "first (for example ocrmypdf), then render that copy")
    catalogue = reader.trailer.get("/Root", {})
    language = str(catalogue.get("/Lang") or "") or None
    title = _document_title(xml_text(clean_text(str(info.title or "")))) if info is not None else ""
    author = xml_text(clean_text(str(info.author or ""))) if info is not None else ""
    body = body_size(printed)
    title_page = _title_page(printed, body)
    if (page_title := _title_page_title(title_page)) and (not title or _IDENTIFIER.fullmatch(title)):
        title = written_as_title(page_title)  # not a scan's "keeperoflight00writ"
    root, skipped = _as_html(printed, pages, body, outline, title, path.name)
    authors = tuple(authors_in(author)) or _title_page_authors(title_page)
    return book_from_html(root, path, options, checksum=hashlib.sha256(data).hexdigest(), looks=LOOKS, title=title,
                          authors=authors, language=language, skipped=(*notice, *skipped))


# a catalogue's or a scan's identifier for a title: one word of letters and figures ("keeperoflight00writ")
_IDENTIFIER = re.compile(r"(?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])[\w.-]{9,}")


# what a program writes as a document's title when the writer set none: the file's name ("toc.html",
# "Microsoft Word - Manuscript.docx"), or a new file's placeholder ("Untitled")
_PROGRAM_TITLE = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel) - .*|[^/\\]+\.(?:x?html?|xml|docx?|odt|rtf|txt|"
                            r"md|tex|pdf|indd|pages|ps))$", re.IGNORECASE)


def _document_title(title: str) -> str:
    """The document information's title, unless a program wrote it (then the title page gives the title)."""
    return "" if _PROGRAM_TITLE.match(title) or is_placeholder_title(title) else title


def _outline(reader) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    """The bookmarks as (title, page index, depth), parts and chapters only, in order."""
    found: list[tuple[str, int, int]] = []

    def walk(items: list, depth: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                if depth + 1 < _MAX_OUTLINE_DEPTH:
                    walk(item, depth + 1)
                continue
            page = reader.get_destination_page_number(item)
            title = clean_text(str(item.title or ""))
            if title and page is not None and page >= 0:
                found.append((title, page, depth))

    walk(reader.outline, 0)
    return found


_TITLE_PAGE_MAX_LINES = 12
_TITLE_MAX_WORDS = 12
_NAME_LINES = 2  # under the title: a subtitle, then the author's name


def _title_page(printed: list[list[PrintedLine]], body: float) -> list[str]:
    """The first page's title lines: the whole page when it is a title page (a few short lines: "The Relief"
    over "by Ada Moss"), else the lines at its top set larger than the text, as an article's title, authors
    and their affiliations are before its first section."""
    lines = [line for line in printed[0] if line.text.strip()] if printed else []
    if not lines or count_words(lines[0].text) > _TITLE_MAX_WORDS:
        return []
    if len(lines) <= _TITLE_PAGE_MAX_LINES:
        return [" ".join(line.text.split()) for line in lines]
    top = list(itertools.takewhile(lambda line: set_larger(line, body), lines))
    return [" ".join(line.text.split()) for line in top[:_TITLE_PAGE_MAX_LINES]]


def _title_page_title(lines: list[str]) -> str:
    """The title page's first line (`_title_page`), when the document's information names no title."""
    return lines[0] if lines and not looks_like_heading(lines[0]) else ""


def _title_page_authors(title_page: list[str]) -> tuple[str, ...]:
    """The author a title page names under its title, when the document's information names none: a by-line,
    or a name standing alone ("The Winter Log" over "Tom Reddaway") among the lines right under the title and
    its subtitle (not an imprint's "New York" at the page's foot)."""
    lines = title_page[1:]
    return next((names for line in lines if (names := byline_names(line))), ()) or author_field_names(lines) or next(
        ((written_as_name(name),) for line in lines[:_NAME_LINES] if (name := standing_name(line))), ())


_SAME_HEIGHT = 2.0  # points: a running head's baseline from page to page


def _at_one_height(baselines: list[float | None]) -> bool:
    """Whether a repeated line stands at one height on the page (within _SAME_HEIGHT) _RUNNING_MIN_PAGES times or
    more, as a running head or foot does; where a baseline is not known, it may."""
    known = [y for y in baselines if y is not None]
    if len(known) < len(baselines):
        return True
    return max(sum(abs(y - other) <= _SAME_HEIGHT for other in known) for y in known) >= _RUNNING_MIN_PAGES


def _edge_key(line: str) -> str:
    """A line as it repeats from page to page: its numbers (the page's, a date's) made alike."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _furniture(pages: list[list[str]], small: frozenset[tuple[int, int]] = frozenset(),
               baselines: dict[tuple[int, int], float | None] | None = None) -> dict[tuple[int, int], str]:
    """The edge lines that are a page's furniture, by (page, line), with the reason each is skipped. A line
    repeated on 40% of the pages is a running head or foot; so is one repeated on three pages or more when it is
    set smaller than the text each time (`small`): a chapter's title over the pages of its chapter only. Where
    the `baselines` are known, a head or foot stands at one height on the page: a line of the text that ends
    page after page (a poem's refrain) stands wherever the text ends, and is read."""
    edges = {(number, index) for number, lines in enumerate(pages)
             for index in [*range(min(_EDGE_LINES, len(lines))), *range(max(len(lines) - _EDGE_LINES, 0), len(lines))]}
    keys = {(number, index): _edge_key(pages[number][index]) for number, index in edges}
    pages_with = Counter(key for _, key in {(number, key) for (number, _), key in keys.items()})
    pages_small = Counter(key for _, key in {(number, key) for (number, index), key in keys.items()
                                             if (number, index) in small})
    repeated = {key for key, count in pages_with.items() if key.strip() and (
        count >= max(_RUNNING_MIN_PAGES, _RUNNING_MIN_SHARE * len(pages))
        or count >= _RUNNING_MIN_PAGES and pages_small[key] == count)}
    if baselines:
        heights: dict[str, list[float | None]] = {}
        for place, key in keys.items():
            if key in repeated:
                heights.setdefault(key, []).append(baselines.get(place))
        repeated = {key for key in repeated if _at_one_height(heights[key])}
    furniture = {}
    for (number, index), key in keys.items():
        if _PAGE_NUMBER_LINE.match(pages[number][index].strip()):  # "12", "- 12 -", "Page 12 of 40", "xii"
            furniture[(number, index)] = PAGE_NUMBER
        elif key in repeated:
            furniture[(number, index)] = RUNNING_LINE
    return furniture


@dataclass
class _Paragraphs:
    """Lines into an HTML body: each joins the open paragraph unless it starts one (see the module's
    docstring), headings close it."""

    body: etree._Element
    width: int  # a full line's, in characters
    compounds: Callable[[], set[str]]
    paragraph: etree._Element | None = None
    goes_on: bool = False  # the open paragraph's last line was wrapped, or stopped mid-sentence
    after_short: bool = False  # the open paragraph's last line was short (a title, a by-line)

    def set_apart(self, text: str, look: int) -> None:
        """A short line set apart by its look (bold and centred: a chapter's title typed at the text's size), a
        paragraph of its own whose class gives that look, for the rules that cut chapters at looks."""
        etree.SubElement(self.body, "p", {"class": f"{_LOOK_CLASS}{look}"}).text = text
        self.paragraph, self.goes_on = None, False

    def heading(self, level: int, text: str) -> etree._Element:
        self.paragraph = None
        heading = etree.SubElement(self.body, f"h{level}")
        heading.text = text
        return heading

    def line(self, text: str, starts: bool | None = None) -> None:
        """Add a line. `starts`: whether its place on the page says it starts a paragraph (indented, or set
        apart) or goes on with one (at the edge, right below a line), in a book that marks paragraphs so."""
        if self.paragraph is not None and starts is False and not looks_like_heading(text):
            self.paragraph.text = joined_lines(self.paragraph.text or "", text, self.compounds)
        elif self.paragraph is not None and self.goes_on and not starts and not looks_like_heading(text) and not (
                self.after_short and (text[:1].isupper() or byline_names(text))):  # "The Relief" / "by Ada Moss"
            self.paragraph.text = joined_lines(self.paragraph.text or "", text, self.compounds)
        else:
            self.paragraph = etree.SubElement(self.body, "p")
            self.paragraph.text = text
        # a paragraph's last line ends a sentence short of the full width; any other line was wrapped
        self.goes_on = not text.endswith(_SENTENCE_END) or len(text) >= _FULL_LINE * self.width
        self.after_short = len(text) < _SHORT_LINE * self.width


def _not_read(printed: list[list[PrintedLine]], pages: list[list[str]], body: float) -> dict[tuple[int, int], str]:
    """The lines not read, by (page, line), with the reason: running heads and feet, page numbers, footnotes."""
    small = frozenset((number, index) for number, lines in enumerate(printed) for index, line in enumerate(lines)
                      if set_smaller(line, body))
    baselines = {(number, index): line.baseline for number, lines in enumerate(printed)
                 for index, line in enumerate(lines)}
    furniture = {(number, index): reason for (number, index), reason in _furniture(pages, small, baselines).items()
                 if reason != RUNNING_LINE or not set_larger(printed[number][index], body)}  # a title its heads repeat
    furniture.update(dict.fromkeys(footnote_lines(printed, body, set(furniture)), FOOTNOTE))
    return furniture


def _by_page(keys: Iterable[tuple[int, int]], pages: int) -> list[set[int]]:
    """(page, line) keys as each page's set of lines."""
    found: list[set[int]] = [set() for _ in range(pages)]
    for page, index in keys:
        found[page].add(index)
    return found


def _layouts(printed: list[list[PrintedLine]], not_read: list[set[int]]) -> list[dict[int, bool]]:
    """Per page, what each line's place says of paragraphs (`pdf_type.paragraph_layout`); only the lines that start
    one where the book does not mark its paragraphs by place (one indented quotation says nothing of the rest)."""
    layouts = [paragraph_layout(lines, taken) for lines, taken in zip(printed, not_read)]
    if marks_paragraphs(layouts):
        return layouts
    return [{index: True for index, starts in layout.items() if starts} for layout in layouts]


_LOOK_CLASS = "pdf-look"
LOOKS = {f"{_LOOK_CLASS}{bits}": bits for bits in (BOLD, CENTRED, BOLD | CENTRED)}


def _look(line: PrintedLine, centred: bool) -> int:
    """The look a short line at the text's size is set apart by (bold, centred), for `look.LOOK_MIN_RANK`'s rules."""
    if count_words(line.text) > LOOK_HEADING_MAX_WORDS:
        return 0
    return (BOLD if line.bold else 0) | (CENTRED if centred else 0)


def _as_html(printed: list[list[PrintedLine]], pages: list[list[str]], body: float,
             outline: list[tuple[str, int, int]], title: str, href: str) -> tuple[etree._Element, list[Skipped]]:
    """The pages (`printed`, and their lines' text `pages`) as one HTML body of paragraphs, the outline's entries
    (else the lines set larger than the `body` size) as headings; the furniture, footnotes and their markers
    skipped."""
    furniture = _not_read(printed, pages, body)
    by_size = {} if outline else heading_lines(printed, body, set(furniture))
    headings_on: list[dict[int, tuple[int, int]]] = [{} for _ in pages]
    for (page, index), found in by_size.items():
        headings_on[page][index] = found
    starting: dict[int, list[tuple[str, int]]] = {}
    for entry_title, page, depth in outline:
        starting.setdefault(page, []).append((entry_title, depth))
    html = etree.Element("html")
    etree.SubElement(etree.SubElement(html, "head"), "title").text = title
    kept = [" ".join(line.split()) for number, lines in enumerate(pages) for index, line in enumerate(lines)
            if line.strip() and (number, index) not in furniture]
    lengths = sorted(map(len, kept))
    width = lengths[len(lengths) * 9 // 10] if lengths else 0  # a full line: most lines are, bar each paragraph's last
    out = _Paragraphs(etree.SubElement(html, "body"), width, functools.cache(lambda: compounds_in(kept)))
    skipped: list[Skipped] = []
    not_read = _by_page(furniture, len(pages))
    layouts = _layouts(printed, not_read)
    centred = [centred_lines(lines, taken, width) for lines, taken in zip(printed, not_read)]
    for number, lines in enumerate(pages):
        headings = headings_on[number]
        after = 0  # several bookmarks on one page (chapters printed without a page break): each below the last
        for entry_title, depth in starting.get(number, []):  # first line -> (heading level, lines)
            printed_title = _title_lines(lines, entry_title, furniture, number, printed[number], body, after)
            if printed_title is None:  # the page does not print its bookmark's title: it is given it
                out.heading(depth + 2, entry_title)
            else:
                headings[printed_title[0]] = (depth + 2, printed_title[1])
                after = sum(printed_title)
        heading, left = None, 0  # the open heading, and its lines still to come ("Chapter 1" / "The Storm")
        for index, line in enumerate(lines):
            text = " ".join(line.split())
            skipped.extend(Skipped.of_text(href, NOTE_MARKER, marker) for marker in printed[number][index].markers)
            if not text:
                continue
            if reason := furniture.get((number, index)):
                skipped.append(Skipped(href, reason, count_words(text), readable_characters(text)))
            elif left and heading is not None:
                etree.SubElement(heading, "br").tail = text
                left -= 1
            elif index in headings:
                level, count = headings[index]
                heading, left = out.heading(level, text), count - 1
            elif look := _look(printed[number][index], index in centred[number]):
                out.set_apart(text, look)
            else:
                out.line(text, layouts[number].get(index))
    return html, skipped


def _title_lines(lines: list[str], title: str, furniture: dict[tuple[int, int], str], number: int,
                 printed: list[PrintedLine], body: float, after: int = 0) -> tuple[int, int] | None:
    """Where a page prints a bookmark's title ("Chapter 1", or "Chapter 1" / "The Storm" for "Chapter 1: The
    Storm"), from line `after` on: (first line, lines), if it does. Among the page's first lines; else, below
    them, in lines set apart (larger or bold), as a chapter printed without a page break starts mid-page."""
    wanted = plain_words(title)
    candidates = [(index, plain_words(line)) for index, line in enumerate(lines) if index >= after
                  and (number, index) not in furniture and line.strip()]
    for position, (index, words) in enumerate(candidates):
        if not wanted or not words or not wanted.startswith(words):
            continue
        if index >= after + _TITLE_SEARCH_LINES and not (printed[index].size > body or printed[index].bold):
            continue
        printed_title = words
        for count, (_, following) in enumerate(candidates[position:position + 3], start=1):
            printed_title = words if count == 1 else f"{printed_title} {following}"
            if printed_title == wanted:
                return index, candidates[position + count - 1][0] - index + 1
            if not wanted.startswith(printed_title):
                break
    return None
