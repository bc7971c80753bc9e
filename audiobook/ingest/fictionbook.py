"""FictionBook 2 books (.fb2, .fb2.zip), the format of Russian and Polish e-book libraries, read as HTML.

An FB2 file is one XML document: <description> (title, authors, language, annotation, cover),
a <body> of nested <section>s, each with its <title>, and a second <body name="notes"> for the
notes; pictures travel inside as base64 <binary> elements. Its elements are renamed to their
HTML counterparts, so that chapters, notes, scene breaks and what is skipped follow the HTML
book's rules (`html.book_from_html`): a section's <title> becomes a heading one level below its
parent's (the top sections' <h2>; the body's own title, the book's author and title, is its title
page), the lines of a title one heading
with line breaks ("Глава первая" / "Отъезд"), a stanza one paragraph of its <v> lines, <subtitle>,
<text-author> and <date> paragraphs, <epigraph> and <cite> block quotes, <empty-line/> a blank line, a link
of type "note" a note marker, and the notes body an endnotes section, skipped and listed.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
from pathlib import Path

from lxml import etree

from audiobook.errors import ParseError
from audiobook.ingest.archive import read_member, vet_entries, zip_in_memory
from audiobook.ingest.headings import is_bare_label, looks_like_heading
from audiobook.ingest.html import MAX_HTML_BYTES, book_from_html, read_source
from audiobook.ingest.look import local_name
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.publication import isbn_of
from audiobook.ingest.xhtml import EPUB_TYPE, clean_text, count_words, parse_xml
from audiobook.models import Book, Cover, Publication

_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_RENAMED = {"p": "p", "v": "p", "subtitle": "p", "text-author": "p", "date": "p", "empty-line": "p",
            "epigraph": "blockquote", "cite": "blockquote", "annotation": "blockquote", "poem": "div",
            "stanza": "div", "emphasis": "em", "strong": "strong", "strikethrough": "s", "sub": "sub", "sup": "sup",
            "code": "code", "table": "table", "tr": "tr", "td": "td", "th": "th"}
_NOTES_BODIES = frozenset({"notes", "comments", "footnotes"})
_MAX_HEADING = 6


def read_fictionbook(path: Path, options: IngestOptions) -> Book:
    """Read an .fb2 file, or the one .fb2 inside an .fb2.zip, into a book."""
    data = _fb2_bytes(path)
    document = parse_xml(data, source=str(path), href=path.name)
    if local_name(document) != "fictionbook":
        raise ParseError(str(path), f"not a FictionBook (FB2) document: its root element is <{local_name(document)}>")
    info = _first(document, "description", "title-info")
    title, language = _text(_first(info, "book-title")), _text(_first(info, "lang"))
    authors = tuple(filter(None, (_author(a) for a in _children(info, "author"))))
    book = book_from_html(_as_html(document, title), path, options, checksum=hashlib.sha256(data).hexdigest(),
                          looks={}, title=title, authors=authors, language=language or None)
    return dataclasses.replace(book, cover=_cover(document, info), description=_text(_first(info, "annotation")),
                               publication=_publication(document, info))


def _publication(document: etree._Element, info: etree._Element | None) -> Publication:
    """The edition FB2 states: <publish-info> (publisher, year, isbn), and the series its <sequence> names."""
    published = _first(document, "description", "publish-info")
    sequence = next(iter(_children(info, "sequence")), None)
    return Publication(publisher=_text(_first(published, "publisher")),
                       published=_text(_first(published, "year")) or _text(_first(info, "date")),
                       isbn=isbn_of(_text(_first(published, "isbn")), "ISBN"),
                       series=" ".join((sequence.get("name") or "").split()) if sequence is not None else "",
                       series_position=(sequence.get("number") or "").strip() if sequence is not None else "")


def _fb2_bytes(path: Path) -> bytes:
    """The FB2 document's bytes: the file itself, or the one .fb2 member of a vetted .fb2.zip."""
    source = str(path)
    data = read_source(path, "FB2")
    if path.name.lower().endswith(".zip"):
        with zip_in_memory(data, source, "not a valid .fb2.zip: the zip archive is corrupt or truncated") as archive:
            vet_entries(archive, source)
            members = [name for name in archive.namelist() if name.lower().endswith(".fb2")]
            if len(members) != 1:
                raise ParseError(source, f"a .fb2.zip holds one .fb2 file; this one holds {len(members)}")
            if archive.getinfo(members[0]).file_size > MAX_HTML_BYTES:
                raise ParseError(source, f"{members[0]} unpacks to over {MAX_HTML_BYTES:,} bytes; refusing it")
            return read_member(archive, members[0], source)
    return data


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    return [child for child in element if local_name(child) == name] if element is not None else []


def _first(element: etree._Element | None, *names: str) -> etree._Element | None:
    """The first child named `names[0]`, then its first child named `names[1]`... (None where one is missing)."""
    for name in names:
        element = next(iter(_children(element, name)), None)
    return element


def _text(element: etree._Element | None) -> str:
    return clean_text(" ".join(element.itertext())) if element is not None else ""


def _author(author: etree._Element) -> str:
    """"First Middle Last", or the nickname of an author known only by it."""
    parts = [_text(_first(author, part)) for part in ("first-name", "middle-name", "last-name")]
    return " ".join(part for part in parts if part) or _text(_first(author, "nickname"))


def _cover(document: etree._Element, info: etree._Element | None) -> Cover | None:
    """The picture the title info names as the cover, from its <binary>."""
    image = _first(info, "coverpage", "image")
    target = (image.get(_XLINK_HREF) or image.get("href") or "").lstrip("#") if image is not None else ""
    binary = next((b for b in _children(document, "binary") if b.get("id") == target), None) if target else None
    if binary is None:
        return None
    try:
        data = base64.b64decode("".join((binary.text or "").split()), validate=True)
    except (binascii.Error, ValueError):
        return None  # a broken picture is no cover; the text is still the book
    media_type = binary.get("content-type") or "image/jpeg"
    return Cover(data, media_type) if data and media_type.startswith("image/") else None


def _as_html(document: etree._Element, title: str) -> etree._Element:
    """The FB2 document as an HTML tree: its bodies in order, the notes bodies as endnotes sections."""
    html = etree.Element("html")
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "title").text = title
    body = etree.SubElement(html, "body")
    for fb2_body in _children(document, "body"):
        notes = (fb2_body.get("name") or "").lower() in _NOTES_BODIES
        holder = etree.SubElement(body, "section", role="doc-endnotes") if notes else etree.SubElement(body, "div")
        _convert_children(fb2_body, holder, level=1, headings=not notes)
    return html


def _convert_children(source: etree._Element, target: etree._Element, *, level: int, headings: bool,
                      leaving_out: list[etree._Element] | None = None) -> None:
    """`source`'s text and children, converted, into `target` (but those `leaving_out`: converted already);
    `level` is the heading level a <title> directly inside `source` takes."""
    target.text = source.text
    for child in source:
        if not isinstance(child.tag, str) or (leaving_out and child in leaving_out):
            continue
        converted = _convert(child, target, level=level, headings=headings)
        converted.tail = child.tail


def _convert(element: etree._Element, parent: etree._Element, *, level: int, headings: bool) -> etree._Element:
    name = local_name(element)
    if name == "title" and headings and level == 1:  # the body's own title: the book's author and title
        page = etree.SubElement(parent, "header", {EPUB_TYPE: "titlepage"})
        _title(element, page, level)
        return page
    if name == "title":
        return _title(element, parent, level if headings else 0)
    if name == "stanza":
        return _stanza(element, parent)
    if name == "section":
        converted = etree.SubElement(parent, "section")
        _keep_id(element, converted)
        lines = _bold_title(element) if headings else []
        if lines:  # calibre's FB2 of an EPUB: a section for each file, its heading a bold line, no <title>
            _title(element, converted, level + 1, lines)
        _convert_children(element, converted, level=level + 1, headings=headings, leaving_out=lines)
        return converted
    if name == "image":
        return etree.SubElement(parent, "img", alt=element.get("alt") or element.get("title") or "")
    if name == "a":
        converted = etree.SubElement(parent, "a", href=element.get(_XLINK_HREF) or element.get("href") or "")
        if element.get("type") == "note":
            converted.set("class", "noteref")
    else:
        converted = etree.SubElement(parent, _RENAMED.get(name, "span"))
    _keep_id(element, converted)
    _convert_children(element, converted, level=level, headings=False)  # a poem's or an epigraph's title: a line
    return converted


TITLE_LINE_WORDS = 12  # a bold line that is a section's title, not a bold sentence
LABELLED_TITLE_WORDS = 30  # or one that a division's label opens ("Chapitre 3 « Un homme a passé comme une ombre...")


def _bold_title(section: etree._Element) -> list[etree._Element]:
    """The bold lines that open a section without a <title> ("<p><strong>Introduction</strong></p>"), when more
    follows them and the section has siblings: its title, as calibre writes an EPUB's headings into FB2. The
    first line, and the one under it where the first only numbers ("Chapter 1" over "The Storm")."""
    children = [child for child in section if isinstance(child.tag, str) and local_name(child) != "empty-line"]
    parent = section.getparent()
    if any(local_name(child) == "title" for child in children) or parent is None or len(parent.findall(
            section.tag)) < 2:  # one section (calibre's FB2 of a single document): its bold lines are not its title
        return []
    lines: list[etree._Element] = []
    for child in children[:2]:
        strong = [part for part in child if isinstance(part.tag, str)] if local_name(child) == "p" else []
        text = clean_text("".join(strong[0].itertext())) if len(strong) == 1 else ""
        if not (text and local_name(strong[0]) == "strong" and not (child.text or "").strip()
                and not (strong[0].tail or "").strip() and (count_words(text) <= TITLE_LINE_WORDS or (
                    looks_like_heading(text, max_words=LABELLED_TITLE_WORDS)))):
            break
        lines.append(child)
        if not is_bare_label(text):  # "Chapter 1" over "The Storm": both lines; a name alone: its line
            break
    return lines if len(lines) < len(children) else []


def _title(element: etree._Element, parent: etree._Element, level: int,
           lines: list[etree._Element] | None = None) -> etree._Element:
    """A <title> as one heading at `level` whose paragraphs are lines ("Глава первая<br/>Отъезд"), or, where
    titles name no chapter (a poem's, a note's: `level` 0), as one paragraph of them. `lines`: a section's
    bold lines that are its title (`_bold_title`), where it has no <title>."""
    heading = etree.SubElement(parent, f"h{min(level, _MAX_HEADING)}" if level else "p")
    if lines is None:
        lines = [line for line in element if isinstance(line.tag, str) and local_name(line) != "empty-line"]
        heading.text = element.text
    for number, line in enumerate(lines):
        if number:
            etree.SubElement(heading, "br")
        holder = etree.SubElement(heading, "span")
        _convert_children(line, holder, level=level, headings=False)
        holder.tail = line.tail
    return heading


def _stanza(element: etree._Element, parent: etree._Element) -> etree._Element:
    """A stanza as one paragraph whose <v> verses are its lines, as an EPUB sets verse, so that a sentence
    running over several verses is read as one; its title and subtitle stay paragraphs of their own."""
    stanza = etree.SubElement(parent, "div")
    _keep_id(element, stanza)
    verses: etree._Element | None = None
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if local_name(child) != "v":
            verses = None
            _convert(child, stanza, level=0, headings=False).tail = child.tail
            continue
        if verses is None:
            verses = etree.SubElement(stanza, "p")
        else:
            etree.SubElement(verses, "br")
        line = etree.SubElement(verses, "span")
        _keep_id(child, line)
        _convert_children(child, line, level=0, headings=False)
    return stanza


def _keep_id(element: etree._Element, converted: etree._Element) -> None:
    if element.get("id"):
        converted.set("id", element.get("id"))
