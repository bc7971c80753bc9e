"""Word documents (.docx), the manuscript a publisher receives: mammoth turns them into HTML, read as an HTML book.

mammoth keeps what the styles mean (Heading 1-6 as <h1>-<h6>, lists, tables, footnotes and
endnotes, links) and drops what they look like (`word_styles` keeps what the writer's own styles
and hand formatting mean); tracked changes are read as accepted (an insertion is read, a deletion
is not), comments are left out, both listed (`revisions`), and pictures keep only their alt text.
The Title and Subtitle paragraphs become the title page, which the HTML rules skip by its content; notes
become an endnotes list, skipped and listed, as their markers are. Title, authors, language and
description come from the document's properties (docProps/core.xml), else from its Title
paragraph and default language. The archive is vetted as an EPUB's is (zip bombs, paths, entity
declarations) before mammoth opens it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import zipfile
from pathlib import Path

from lxml import etree

from audiobook.errors import ParseError, UnsafeInputError
from audiobook.ingest.archive import read_member, vet_entries, zip_in_memory
from audiobook.ingest.entities import declares_entities
from audiobook.ingest.html import (
    book_from_html,
    cells_as_lines,
    read_source,
    styled_paragraph_text,
    titles_opening_pages,
)
from audiobook.ingest.html_parsing import parse_html
from audiobook.ingest.look import local_name
from audiobook.ingest.names import authors_in
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.revisions import COMMENT, TRACKED_DELETION, listed
from audiobook.ingest.script import document_script
from audiobook.ingest.word_styles import (
    DIRECT_LOOKS,
    DOCUMENT,
    PAGE_BREAK,
    larger_from,
    named_styles,
    style_map,
    with_direct_looks,
)
from audiobook.ingest.xhtml import clean_text, parse_xml
from audiobook.models import Book, Skipped

_NOTE_IDS = ("footnote-", "endnote-")
_STYLES = "word/styles.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_LANG, _W_VAL = f"{_W}lang", f"{_W}val"


def read_word(path: Path, options: IngestOptions) -> Book:
    """Read a .docx file into a book."""
    import mammoth  # only Word books pay for its import

    source = str(path)
    data = read_source(path, "a Word document")
    with zip_in_memory(data, source, "not a Word .docx file (a password-protected document, or an old .doc? "
                                     "save it as .docx without a password)") as archive:
        _vet(archive, source)
        document = parse_xml(read_member(archive, DOCUMENT, source), source=source, href=DOCUMENT)
        styles = (parse_xml(read_member(archive, _STYLES, source), source=source, href=_STYLES)
                  if _STYLES in archive.NameToInfo else None)
        properties = _properties(archive, styles, source)
        marks = _review_marks(archive, document, source, path.name)
        larger = larger_from(styles, document)
        named = named_styles(styles, larger)
        shown = with_direct_looks(archive, document, source, larger)
    try:
        result = mammoth.convert_to_html(io.BytesIO(shown or data), style_map=style_map(named),
                                         convert_image=mammoth.images.img_element(lambda image: {}))
    except Exception as exc:  # mammoth raises whatever its readers meet (KeyError, ValueError, ExpatError...)
        raise ParseError(source, f"the Word document cannot be read ({type(exc).__name__}: {exc})") from exc
    root = parse_html(f"<html><body>{result.value}</body></html>".encode("utf-8"), path.with_suffix(".html"))
    if (script := document_script(root, path, data)) is not None:  # a podcast script written in Word
        return script
    _mark_notes(root)
    _titles_opening_pages(root)
    cells_as_lines(root)
    title = properties.get("title") or styled_paragraph_text(root, "title")
    authors = tuple(authors_in(properties.get("creator", "")))
    looks = {**{style.css_class: style.bits for style in named}, **DIRECT_LOOKS}
    book = book_from_html(root, path, options, checksum=hashlib.sha256(data).hexdigest(), looks=looks, title=title,
                          authors=authors, language=properties.get("language") or None, skipped=marks)
    return dataclasses.replace(book, description=properties.get("description", ""))


def _vet(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse zip bombs, escaping paths and entity declarations in any XML part, before mammoth parses them."""
    vet_entries(archive, source)
    if DOCUMENT not in archive.NameToInfo:
        raise ParseError(source, f"not a Word document: {DOCUMENT} is missing")
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            head = read_member(archive, name, source, limit=65536)  # only the prolog can declare entities
            if declares_entities(head):
                raise UnsafeInputError(source, f"{name}: declares XML entities (refused: entity-expansion risk)")


def _review_marks(archive: zipfile.ZipFile, document: etree._Element, source: str,
                  href: str) -> tuple[Skipped, ...]:
    """The tracked deletions in the text and the reviewers' comments, which mammoth leaves out: listed."""
    deletions = ("".join(el.itertext()) for el in document.iter(f"{_W}del"))
    comments: list[str] = []
    if "word/comments.xml" in archive.NameToInfo:
        notes = parse_xml(read_member(archive, "word/comments.xml", source), source=source, href="word/comments.xml")
        comments = [" ".join(el.itertext()) for el in notes.iter(f"{_W}comment")]
    return (*listed(href, TRACKED_DELETION, deletions), *listed(href, COMMENT, comments))


def _properties(archive: zipfile.ZipFile, styles: etree._Element | None, source: str) -> dict[str, str]:
    """Title, creator, language and description from docProps/core.xml, and the default language of
    the styles where the properties name none."""
    found: dict[str, str] = {}
    if "docProps/core.xml" in archive.NameToInfo:
        core = parse_xml(read_member(archive, "docProps/core.xml", source), source=source, href="docProps/core.xml")
        for element in core:
            name, text = local_name(element), clean_text(" ".join(element.itertext()))
            if name in {"title", "creator", "language", "description"} and text:
                found.setdefault(name, text)
    if "language" not in found and styles is not None:
        default = next((el.get(_W_VAL) for el in styles.iter(_W_LANG) if el.get(_W_VAL)), None)
        if default:
            found["language"] = default
    return found


def _titles_opening_pages(root: etree._Element) -> None:
    """The page breaks taken out (they are not read, nor were they), and the paragraph each opens a heading
    where it titles its page (`html.titles_opening_pages`)."""
    openings = []
    for mark in [br for br in root.iter("br") if br.get("class") == PAGE_BREAK]:
        paragraph = mark.getparent()
        if paragraph is not None and paragraph.tag == "p" and not clean_text("".join(paragraph.itertext())):
            paragraph = paragraph.getnext()  # the break alone in its paragraph: the page opens with the next
        _drop_keeping_tail(mark)
        if paragraph is not None and paragraph.tag == "p":
            openings.append(paragraph)
    titles_opening_pages(openings)


def _drop_keeping_tail(element: etree._Element) -> None:
    """Take `element` out of its parent, the text after it kept where it stood."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _mark_notes(root: etree._Element) -> None:
    """mammoth writes footnotes and endnotes as a list at the end (<li id="footnote-1">): marked as
    endnotes, so that the reader skips and lists them as it does an EPUB's."""
    for item in root.iter("li"):
        parent = item.getparent()
        if (item.get("id") or "").startswith(_NOTE_IDS) and parent is not None and not parent.get("role"):
            parent.set("role", "doc-endnotes")
