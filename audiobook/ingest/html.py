"""A single HTML/XHTML file into a `Book`, cut into chapters at headings.

The heading level that cuts chapters is the highest one that occurs more than once
(a lone <h1> is the book's title), and the level below too where those headings all name
parts ("Part One"). The title comes from <title>, else a heading above the chapters', else
the file's name. Well-formed XHTML is parsed as XML; anything else with lxml's HTML parser.
A web page saved as one MHTML file is read from its HTML part.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import hashlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urljoin

from lxml import etree

import audiobook.ingest.gutenberg as gutenberg
import audiobook.ingest.web_page as web_page
from audiobook.errors import ParseError
from audiobook.ingest.archive_frame import without_archive_frame
from audiobook.ingest.chapters import (
    LOOK_HEADING_MAX_WORDS,
    LOOK_MIN_RANK,
    FileStart,
    TocEntry,
    cut_chapters,
    without_matter_titled,
)
from audiobook.ingest.coarse_chapters import split_coarse_chapters
from audiobook.ingest.epub import catalogue_title, file_title, require_text
from audiobook.ingest.headings import (
    PAGE_MIN_LINES,
    division_rank,
    is_numeral_title,
    is_placeholder_title,
    is_title_line,
    looks_like_heading,
    plain_words,
)
from audiobook.ingest.html_parsing import parse_html
from audiobook.ingest.look import class_looks, document_looks
from audiobook.ingest.marked_chapters import marked_chapter_ids
from audiobook.ingest.names import authors_in, is_unknown_author
from audiobook.ingest.opening import opening_into_first_chapter, without_opening_matter
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.title_page import (
    TITLE_PAGE_MAX_WORDS,
    authors_in_text,
    byline_names,
    without_title_page,
)
from audiobook.ingest.web_metadata import article_authors, article_title
from audiobook.ingest.xhtml import (
    XML_LANG,
    body_of,
    clean_text,
    extract_events,
    heading_title,
    local_name,
)
from audiobook.models import Book, Chapter, Skipped

MAX_HTML_BYTES = 200 * 1024**2


MAX_STYLESHEET_BYTES = 1_000_000


def _stylesheet_looks(page: Path, href: str) -> dict[str, int]:
    """The class looks of a stylesheet the page links, when it lies beside the page or below it
    (a converter's "style.css"); anything else (a web address, a missing file) gives none."""
    folder = page.resolve().parent
    target = (folder / unquote(href.split("#")[0].split("?")[0])).resolve()
    if "://" in href or not target.is_relative_to(folder) or not target.is_file():
        return {}
    if target.stat().st_size > MAX_STYLESHEET_BYTES:
        return {}
    return class_looks(target.read_text(encoding="utf-8", errors="replace"))


def _meta_authors(root: etree._Element) -> list[str]:
    """The authors the page's <meta name="author"> elements name (a template's empty one names none; one of
    several names, "Maren Holt; Ola Brekke" as LibreOffice writes them, or Asciidoctor's "Maren Holt, Ola
    Brekke", names each: `authors_in`)."""
    return [name for meta in root.iter() if local_name(meta) == "meta"
            and (meta.get("name") or "").lower() in {"author", "dc.creator"}
            for name in authors_in(clean_text(meta.get("content") or ""))]


def _names_the_author(heading: str, names: set[str]) -> bool:
    """A heading that is a by-line ("by Ada Moss") or an author's name alone: a title page's, no chapter's."""
    return bool(byline_names(heading)) or bool(names) and plain_words(heading) in names


def _titles_the_book(heading: str, title: str, names: set[str]) -> bool:
    """A heading of a title page: the book's title, its author's name or by-line, or a date ("2007-03-02", no
    letters and no chapter's number), as Pandoc's title block and a title page under it set them."""
    return (plain_words(heading) == plain_words(title) or _names_the_author(heading, names)
            or not any(ch.isalpha() for ch in heading) and not is_numeral_title(heading))


def _linked_byline(root: etree._Element, title: str) -> tuple[str, str] | None:
    """The title alone and its author, from a title that names both ("Harbour Lights by wrenfield"), when the
    page's first heading links the name, as a fan-fiction downloader's page does (FanFicFare's); else None."""
    head, by, name = title.rpartition(" by ")
    heading = next(root.iter("{*}h1", "h1"), None)
    if not by or not head.strip() or heading is None:
        return None
    if any(clean_text("".join(link.itertext())) == name.strip() for link in heading.iter("{*}a", "a")):
        return head.strip(), name.strip()
    return None


_BYLINE_LINES = 4  # the lines under a title where its by-line stands ("Fourth Edition", "By: John Schember")


_CLAUSE_ENDS = (".", ",", ";", ":", "!", "?")


def _title_line(chapters: list[Chapter]) -> str:
    """A document typed without heading styles opens with its title set apart by its look (a larger,
    or bold and centred, line that names no chapter): the book's title, when nothing else gives one. So does a
    heading with a by-line under it (a Markdown book with no front matter: "# Calibre Quick Start Guide",
    "## Fourth Edition", "### By: John Schember"), and a short first line over one ("The Lamp Keeper" / "by Ines
    Roca", as a Markdown or HTML book typed without headings opens)."""
    first = chapters[0].blocks[0] if chapters and chapters[0].blocks else None
    if first is None or first.words > LOOK_HEADING_MAX_WORDS or looks_like_heading(first.text):
        return ""
    if first.look < LOOK_MIN_RANK and not ((first.kind == "heading" or not first.text.endswith(_CLAUSE_ENDS)) and any(
            byline_names(block.text) for block in chapters[0].blocks[1:1 + _BYLINE_LINES])):
        return ""
    if len(chapters) > 1 and first.text == chapters[0].title and sum(  # the first chapter's own title ("The Storm")
            b.words for b in chapters[0].blocks) > TITLE_PAGE_MAX_WORDS:
        return ""
    return first.text


def read_source(path: Path, kind: str = "HTML") -> bytes:
    """A source file's bytes, refused over MAX_HTML_BYTES (`kind` names it in the line that says so:
    "refusing a PDF over ...")."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > MAX_HTML_BYTES:
        raise ParseError(str(path), f"file is {len(data):,} bytes; refusing {kind} over {MAX_HTML_BYTES:,}")
    return data


def read_html(path: Path, options: IngestOptions) -> Book:
    """Read one HTML file into chapters cut at its repeated heading level."""
    data = read_source(path)
    root = parse_html(data, path)  # a table cell's short paragraph is read in its row's line (`is_cell_value`)
    return book_from_html(root, path, options, checksum=hashlib.sha256(data).hexdigest(),
                          looks=document_looks(root, lambda href: _stylesheet_looks(path, href)))


def read_mhtml(path: Path, options: IngestOptions) -> Book:
    """Read a web page saved as one file (MHTML, a browser's "Webpage, Single File"): its HTML part,
    read as an HTML file is, with the stylesheets saved beside it; its pictures are not needed."""
    data = read_source(path)
    message = email.message_from_bytes(data, policy=email.policy.default)
    page = next((part for part in message.walk() if part.get_content_type() in {"text/html", "application/xhtml+xml"}),
                None)
    html_bytes = page.get_payload(decode=True) if page is not None else None
    if not isinstance(html_bytes, bytes) or not html_bytes.strip():
        raise ParseError(str(path), "no HTML page inside (not a web page saved as MHTML)")
    root = parse_html(html_bytes, path.with_suffix(".html"), encoding=page.get_content_charset())
    titled = any("".join(el.itertext()).strip() for el in root.iter("title", "{*}title"))
    subject = " ".join(str(message["subject"] or "").split())  # the browser writes the page's title there too
    return book_from_html(root, path, options, checksum=hashlib.sha256(data).hexdigest(),
                          looks=document_looks(root, _mhtml_stylesheets(message, page)),
                          title="" if titled else subject)


def _mhtml_stylesheets(message: email.message.Message,
                       page: email.message.Message) -> Callable[[str], dict[str, int]]:
    """The class looks of the stylesheets saved beside an MHTML page, by the address its <link> gives: the
    part's Content-Location, as written or against the page's own, or its Content-ID ("cid:css-1@mhtml.blink",
    as Chromium links them). A class the site hides (display:none) is then skipped as in a saved folder."""
    sheets: dict[str, email.message.Message] = {}
    for part in message.walk():
        if part.get_content_type() == "text/css":
            if location := str(part["content-location"] or "").strip():
                sheets[location] = part
            if ident := str(part["content-id"] or "").strip().strip("<>"):
                sheets[f"cid:{ident}"] = part
    base = str(page["content-location"] or "").strip()

    def linked(href: str) -> dict[str, int]:
        part = sheets.get(href) or sheets.get(urljoin(base, href))
        css = part.get_payload(decode=True) if part is not None else None
        if not isinstance(css, bytes) or len(css) > MAX_STYLESHEET_BYTES:
            return {}
        try:
            text = css.decode(part.get_content_charset() or "utf-8", errors="replace")
        except LookupError:  # a charset no codec knows
            text = css.decode("utf-8", errors="replace")
        return class_looks(text)

    return linked


def styled_paragraph_text(root: etree._Element, css_class: str) -> str:
    """The text of the first paragraph with this class (a converted document's Title paragraph)."""
    element = next((p for p in root.iter("p") if css_class in (p.get("class") or "").split()), None)
    return clean_text(" ".join(element.itertext())) if element is not None else ""


def titles_opening_pages(openings: list[etree._Element]) -> None:
    """The paragraphs that open a new page of a Word or OpenDocument manuscript (`openings`, in order), each a
    heading where it is a short line ending no sentence ("The Ferry" over a poem) over three paragraphs or more
    on its page: a collection of poems or stories, each on its own page under its title, was one chapter (its
    pieces too short to be cut at their look). A dedication's or an epigraph's page stays as it was."""
    starts = set(openings)
    for opening in openings:
        lines, sibling = 0, opening.getnext()
        while sibling is not None and sibling not in starts and lines < PAGE_MIN_LINES:
            lines += bool(clean_text("".join(sibling.itertext())))
            sibling = sibling.getnext()
        if lines >= PAGE_MIN_LINES and is_title_line(clean_text("".join(opening.itertext()))):
            opening.tag = "h2"


def cells_as_lines(root: etree._Element) -> None:
    """A table cell's one paragraph as the cell's text, so that a Word or OpenDocument table's row reads as
    one line ("5 January, Force 10"), as an HTML table's does, not as a paragraph per cell (however long: a
    document made from those has no tables laying out a page; elsewhere `xhtml.is_cell_value` takes short ones)."""
    for cell in root.iter("td", "th"):
        if len(cell) == 1 and cell[0].tag == "p" and not (cell.text or "").strip():
            etree.strip_tags(cell, "p")


def _holds_several(headings: list[etree._Element], level: str, below: str) -> bool:
    """Some heading at `level` has two or more at `below` after it before the next (a part and its chapters, not a
    title and its label)."""
    held = 0
    for heading in headings:
        name = local_name(heading)
        held = 0 if name == level else held + (name == below)
        if held >= 2:
            return True
    return False


def book_from_html(root: etree._Element, path: Path, options: IngestOptions, *, checksum: str,
                   looks: dict[str, int] | None = None, title: str = "", authors: tuple[str, ...] = (),
                   language: str | None = None, skipped: tuple[Skipped, ...] = ()) -> Book:
    """A parsed HTML document (a file, a saved web page, or Markdown, Word or FictionBook turned into
    HTML) as a book: chapters cut at its repeated heading level, a web page's site around its article
    skipped (`web_page`); `title`, `authors` and `language` where the source gave them elsewhere (a
    Markdown book's front matter, a Word document's properties), else from the document."""
    site, web = web_page.site_parts(body_of(root))
    if options.include_matter:
        site = {}
    headings = [el for el in root.iter() if local_name(el) in {"h1", "h2", "h3"}
                and not (site and web_page.inside(el, site))]
    cut_level = next((level for level in ("h1", "h2", "h3") if sum(local_name(h) == level for h in headings) > 1), None)
    cut_levels = {cut_level}
    if cut_level and cut_level != "h3":  # parts ("Part One", "Book II") over their chapters: cut at both
        below = f"h{int(cut_level[1]) + 1}"
        tops = [heading_title(h, site) for h in headings if local_name(h) == cut_level]
        belows = [heading_title(h, site) for h in headings if local_name(h) == below]
        # parts by name, or by what they hold: chapters by name ("Winter" over "Chapter 1", "Chapter 2", pandoc's
        # parts), beside a dedication and acknowledgements at the parts' level
        if (len(belows) > len(tops) and all(division_rank(title) == 1 for title in tops)) or (
                _holds_several(headings, cut_level, below) and all(
                    looks_like_heading(title) and division_rank(title) == 2 for title in belows)):
            cut_levels.add(below)
    entries: list[TocEntry] = []
    # a by-line set as large as the titles ("by Ada Moss" under the title, in a PDF Writer made), or the author's
    # name alone under the book's title (a title page of headings: "# The Yellow Room" / "## Gaston Leroux"),
    # starts no chapter
    given = list(authors) or _meta_authors(root)  # the authors the source names: front matter, properties, <meta>
    names = {plain_words(name) for name in given} - {""}
    for number, heading in enumerate(h for h in headings if local_name(h) in cut_levels
                                     and not _names_the_author(heading_title(h, site), names)):
        if not heading.get("id"):
            heading.set("id", f"__chapter{number}")
        entries.append(TocEntry(heading_title(heading, site), path.name, heading.get("id"), 1))
    if not entries:  # no heading level to cut at: the chapters the document marks, titled from their text
        entries = [TocEntry("", path.name, ident, 1) for ident in marked_chapter_ids(root)]
    events = extract_events(root, href=path.name, cut_ids=frozenset(e.fragment for e in entries if e.fragment),
                            include_matter=options.include_matter, include_alt_text=options.include_alt_text,
                            looks=looks, site_parts=site)
    if not options.include_matter:
        events = without_archive_frame(gutenberg.without_frame(events))
    chapters, cut_skipped = cut_chapters([FileStart(path.name), *events], entries, depth=1,
                                         include_matter=options.include_matter)
    chapters = split_coarse_chapters(chapters)  # headings set as paragraphs ("CHAPTER I."), as in EPUBs
    if not options.include_matter:
        chapters, matter = without_matter_titled(chapters, by_content=not web and len(chapters) > 1)
        cut_skipped = [*cut_skipped, *matter]
    title = catalogue_title(title)  # a Word or FB2 file's, as an EPUB's: "The vision of hell. / By Dante Alighieri."
    if not title:
        title_element = next((el for el in root.iter() if local_name(el) == "title"), None)
        title = catalogue_title(clean_text("".join(title_element.itertext()))) if title_element is not None else ""
        if is_placeholder_title(title):  # "Untitled document", "Document1": the program's name for a new file
            title = ""
        if title:  # "The Keeper's Year | Harbour Weekly"; an archive's "Harbour Lights - wrenfield - Original Work"
            title = article_title(root, title, [" ".join(h.itertext()) for h in headings])
    if not title:  # a heading above the chapters' (a lone <h1>), not the first chapter's own nor a section's below
        title = next((heading_title(h, site) for h in headings if not cut_level or local_name(h) < min(
            level for level in cut_levels if level)), "") or _title_line(chapters) or file_title(path)
    found = [name for name in given if not is_unknown_author(name)]  # "Unknown"
    title, author = gutenberg.title_and_author(title)  # "The Project Gutenberg eBook of Emma, by Jane Austen"
    if author and not found:
        found = [author]
    if not found and (linked := _linked_byline(root, title)):  # a downloader's "Harbour Lights by wrenfield"
        title, found = linked[0], [linked[1]]
    if not found:  # a web page's structured data, or a link marked rel="author" (an archive's "by wrenfield")
        found = article_authors(root)
    if not found:  # a hand-made page names its author only in its text: "by Ann Example" or "Author: Ann Example"
        found = list(authors_in_text(chapters, title))
    all_skipped = [*skipped, *cut_skipped]
    if not options.include_matter:
        chapters, title_page = without_title_page(chapters, title, tuple(found))
        all_skipped = [*all_skipped, *title_page]
        # an opening before the first chapter: no heading of the cut level in it but a title page's (the book's
        # title, its author's name, a date: Pandoc's title block over a Feedbooks title page), or, cut where the
        # text's lines name chapters ("Chapitre 1" in calibre's FB2, no heading elements), none naming one at its start
        if len(chapters) > 1 and chapters[0].blocks and (not any(
                b.kind == "heading" and f"h{b.level}" in cut_levels and not _titles_the_book(b.text, title, names)
                for b in chapters[0].blocks) if cut_level else not looks_like_heading(chapters[0].blocks[0].text)):
            chapters, opening = without_opening_matter(chapters)
            all_skipped += opening
            chapters = opening_into_first_chapter(chapters)
    book = Book(
        source=str(path),
        title=title,
        authors=tuple(a for a in found if a),
        declared_language=language or root.get(XML_LANG) or root.get("lang"),
        chapters=tuple(chapters),
        skipped=tuple(all_skipped),
        checksum=checksum,
    )
    require_text(book)
    return book
