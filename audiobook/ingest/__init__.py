"""Reading sources into a `Book`: EPUB 2/3, Word (.docx), OpenDocument (.odt), PDF, FictionBook 2, single
HTML files (and web pages saved as MHTML), plain-text and Markdown books, and podcast scripts (a .txt, .md,
.docx or .odt file that looks like one)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from audiobook.errors import EmptyBookError, InputError
from audiobook.ingest.options import IngestOptions
from audiobook.models import Book
from audiobook.text.unicode_files import unicode_text

SCRIPT_SUFFIXES = {".txt", ".md", ".markdown"}
# the files a folder of podcast scripts is narrated from: text, and a word processor's (read as a script where its
# paragraphs look like one, `script.document_script`)
EPISODE_SUFFIXES = frozenset({*SCRIPT_SUFFIXES, ".docx", ".odt"})
KINDLE_SUFFIXES = frozenset({".mobi", ".azw", ".azw3"})  # read with the kindle extra (`ingest.kindle`)
# every file a book may be read from (and ".fb2.zip")
BOOK_SUFFIXES = frozenset({".epub", ".docx", ".odt", ".pdf", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".fb2",
                           *SCRIPT_SUFFIXES, *KINDLE_SUFFIXES})

__all__ = ["BOOK_SUFFIXES", "EPISODE_SUFFIXES", "IngestOptions", "is_book_file", "read_book"]
log = logging.getLogger(__name__)


def is_book_file(path: Path) -> bool:
    """Whether a file's name says it is a book this reader takes (a library folder's scan)."""
    return path.suffix.lower() in BOOK_SUFFIXES or path.name.lower().endswith(".fb2.zip")


def read_book(path: str | Path, options: IngestOptions | None = None) -> Book:
    """Read any supported source, chosen by its extension. A book of pictures whose only words are their alt text
    (a picture book made reflowable) is read from its alt text, which a listener would otherwise never hear: it
    was refused as "no readable text". `options.cover` names a picture that is the book's cover, and
    `options.title` and `options.author` its title and authors, over the book's own."""
    options = options or IngestOptions()
    source = Path(path)
    if not source.exists():
        raise InputError(str(source), "file not found")
    if source.is_dir():
        raise InputError(str(source), "is a folder, not a book file")
    cover = None
    if options.cover:  # checked first: a wrong picture named is said before the book is read
        from audiobook.ingest.cover_picture import read_cover

        cover = read_cover(Path(options.cover))
    try:
        book = _read_book(source, options)
    except EmptyBookError as nothing:
        if options.include_alt_text or nothing.option != "--alt-text":
            raise
        log.warning("%s: no text but the pictures' alt text, which is read", source)
        book = _read_book(source, dataclasses.replace(options, include_alt_text=True))
    return _as_named(dataclasses.replace(book, cover=cover) if cover else book, options)


def _as_named(book: Book, options: IngestOptions) -> Book:
    """The book under the title and authors the options give ("Ines Roca; Bo Roe"), where they give them."""
    if options.title and options.title.strip():
        book = dataclasses.replace(book, title=" ".join(options.title.split()))
    if options.author and (authors := tuple(" ".join(n.split()) for n in options.author.split(";") if n.strip())):
        book = dataclasses.replace(book, authors=authors)
    return book


def _read_book(source: Path, options: IngestOptions) -> Book:
    suffix = source.suffix.lower()
    if suffix == ".epub":
        from audiobook.ingest.epub import read_epub

        return _finished(read_epub(source, options), options)
    if suffix in {".html", ".htm", ".xhtml"}:
        from audiobook.ingest.html import read_html

        return _finished(read_html(source, options), options)
    if suffix == ".docx":
        from audiobook.ingest.word import read_word

        return _finished(read_word(source, options), options)
    if suffix == ".pdf":
        from audiobook.ingest.pdf_book import read_pdf

        return _finished(read_pdf(source, options), options)
    if suffix == ".odt":
        from audiobook.ingest.opendocument import read_opendocument

        return _finished(read_opendocument(source, options), options)
    if suffix == ".fb2" or source.name.lower().endswith(".fb2.zip"):
        from audiobook.ingest.fictionbook import read_fictionbook

        return _finished(read_fictionbook(source, options), options)
    if suffix in {".mhtml", ".mht"}:
        from audiobook.ingest.html import read_mhtml

        return _finished(read_mhtml(source, options), options)
    if suffix in KINDLE_SUFFIXES:
        from audiobook.ingest.kindle import read_kindle

        return _finished(read_kindle(source, options), options)
    if suffix in SCRIPT_SUFFIXES:
        from audiobook.ingest.script import read_script
        from audiobook.ingest.script_lines import looks_like_script
        from audiobook.ingest.text_book import read_text_book

        opening = _opening(source)
        if _opens_as_html(opening):
            from audiobook.ingest.html import read_html

            return _finished(read_html(source, options), options)
        if looks_like_script(opening):
            return read_script(source)
        return _finished(read_text_book(source, options), options)
    raise InputError(str(source), f"unsupported file type {suffix or '(none)'}; expected .epub, .docx, .odt, "
                                  ".pdf, .fb2, .html, .xhtml, .mhtml, .mobi, .azw, .azw3, a text or Markdown book or script "
                                  "(.txt, .md)")


def _finished(book: Book, options: IngestOptions) -> Book:
    """The book without a printed page's running heads, page numbers and contents list (with dot leaders, its
    lines under its heading at a chapter's start, or its lines cut into chapters of one line; unless matter is
    to be read), its printed lines joined into
    paragraphs again, and with repeated chapter titles told apart by their parts, a heading repeated right
    under itself said once, and one broken before its end made whole, and without a footer every document repeats
    or an excerpt of another book or a publisher's web address at its end (see `page_furniture`, `printed_contents`,
    `printed_lines`, `distinct_titles`, `without_repeated_headings`, `broken_headings`, `repeated_edges`, `excerpts`
    and `closing_lines`)."""
    from audiobook.ingest.broken_headings import headings_made_whole
    from audiobook.ingest.chapters import distinct_titles, without_repeated_headings
    from audiobook.ingest.closing_lines import without_closing_address
    from audiobook.ingest.excerpts import without_excerpt
    from audiobook.ingest.page_furniture import without_page_furniture
    from audiobook.ingest.printed_contents import (
        without_contents_chapters,
        without_headed_lists,
        without_printed_contents,
        without_title_lists,
    )
    from audiobook.ingest.printed_lines import unwrapped_lines
    from audiobook.ingest.repeated_edges import without_repeated_edges
    from audiobook.ingest.title_page import without_title_page

    chapters, contents = list(book.chapters), []
    if not options.include_matter:
        chapters, contents = without_printed_contents(chapters)
        chapters, headed = without_headed_lists(chapters)
        contents = [*contents, *headed]
        chapters, titles = without_title_lists(chapters)
        chapters, lines = without_contents_chapters(chapters)
        titles = [*titles, *lines]
        if titles:  # a title page after the list (calibre's FB2), which the reader took for the first chapter's text
            chapters, title_page = without_title_page(chapters, book.title, book.authors)
            titles = [*titles, *title_page]
        contents = [*contents, *titles]
    if not options.include_matter:  # "© 2021 Ann Writer. All rights reserved." under every chapter
        chapters, footers = without_repeated_edges(chapters, book.title, book.authors)
        chapters, excerpt = without_excerpt(chapters)  # "A Sneak Peek at The Salt Road": the next book's
        chapters, address = without_closing_address(chapters)  # "www.feedbooks.com" / "Food for the mind"
        contents = [*contents, *footers, *excerpt, *address]
    chapters, furniture = without_page_furniture(chapters, book.title, book.authors)
    if not chapters:  # nothing but the book's name and its contents: read what there is
        chapters, contents, furniture = list(book.chapters), [], []
    chapters, repeated = without_repeated_headings(unwrapped_lines(chapters))
    return dataclasses.replace(book, chapters=tuple(distinct_titles(headings_made_whole(chapters))),
                               skipped=(*book.skipped, *contents, *furniture, *repeated))


HTML_OPENING_CHARS = 4096  # where an HTML document's opening stands, after a declaration and a few comments


def _opens_as_html(text: str) -> bool:
    """Whether a text file is an HTML document, whatever its name says: "<!DOCTYPE html>" or "<html", after an XML
    declaration and comments. A web page or book saved as ".txt" had its tags read aloud."""
    head = text[:HTML_OPENING_CHARS].lstrip()
    if head.startswith("<?xml"):
        head = head[head.find(">") + 1:].lstrip()
    while head.startswith("<!--"):
        end = head.find("-->")
        if end < 0:
            return False
        head = head[end + 3:].lstrip()
    opening = head[:15].lower()
    return opening.startswith("<!doctype html") or opening[:6] in {"<html>", "<html "} or opening[:6] == "<html\n"


def _opening(path: Path) -> str:
    """The first 200 kB of a text file, enough to tell a script from a book."""
    try:
        with path.open("rb") as stream:
            return unicode_text(stream.read(200_000), errors="replace")
    except OSError:
        return ""  # the reader reports it
