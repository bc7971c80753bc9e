"""OpenDocument text (.odt), LibreOffice's manuscripts: content.xml rewritten as HTML, read as an HTML book.

An .odt file is a zip of XML parts: content.xml holds the text (<text:h> headings with their
outline level, <text:p> paragraphs in named or automatic styles, lists, tables, frames, notes),
styles.xml the named styles, meta.xml the title, author and language. Its elements are renamed
to their HTML counterparts and each style becomes a class with the look its definition gives
(centred, bold, larger), so that chapters, title pages, notes and what is skipped follow the
HTML book's rules, as a word processor's HTML export is read: a heading as <hN>, a style whose
name names a heading ("Chapter Title") or a paragraph set apart by its look cuts chapters; a note
(its number and its text, inline in ODF) is skipped and listed; an index or a table of contents
is a contents list. Tracked changes are read as accepted (the deleted text, kept aside in
<text:tracked-changes>, is not read) and comments are left out; both are listed (`revisions`).
The archive is vetted first: zip bombs, escaping paths, entity declarations, and encryption (a
password-protected document).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from audiobook.errors import DrmError, ParseError
from audiobook.ingest.archive import read_member, vet_entries, zip_in_memory
from audiobook.ingest.html import (
    book_from_html,
    cells_as_lines,
    read_source,
    styled_paragraph_text,
    titles_opening_pages,
)
from audiobook.ingest.look import BOLD, CENTRED, LARGER, local_name
from audiobook.ingest.names import authors_in
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.revisions import COMMENT, TRACKED_DELETION, listed
from audiobook.ingest.script import document_script
from audiobook.ingest.xhtml import clean_text, heading_style_level, parse_xml
from audiobook.models import Book, Skipped

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_RENAMED = {"p": "p", "span": "span", "a": "a", "list": "ul", "list-item": "li", "list-header": "li",
            "table": "table", "table-row": "tr", "table-cell": "td", "table-header-rows": "thead",
            "table-rows": "tbody", "section": "div", "text-box": "div", "frame": "span", "line-break": "br",
            "note-citation": "sup"}
# what holds no text of the book: deleted text kept for tracked changes, comments, declarations, layout
_DROPPED = frozenset({"tracked-changes", "annotation", "annotation-end", "sequence-decls", "variable-decls",
                      "user-field-decls", "forms", "soft-page-break", "bookmark", "bookmark-start", "bookmark-end",
                      "change", "change-start", "change-end", "reference-mark", "reference-mark-start",
                      "reference-mark-end", "table-columns", "table-column", "index-title-template"})
_CONTENTS = frozenset({"table-of-content", "alphabetical-index", "illustration-index", "table-index",
                       "object-index", "user-index", "bibliography"})
_SPACES = {"s": " ", "tab": " "}
_LARGER_FROM_POINTS = 13.5
_LARGER_THAN_BODY = 1.15  # and this much above the body's size
_BODY_POINTS = 12.0  # where the document sets no size
_MAX_PARENTS = 10
_MAX_HEADING = 6


def read_opendocument(path: Path, options: IngestOptions) -> Book:
    """Read an .odt file into a book."""
    source = str(path)
    data = read_source(path, "a document")
    not_a_zip = "not an OpenDocument text file: the zip archive is corrupt or truncated"
    with zip_in_memory(data, source, not_a_zip) as archive:
        content, styles, meta = _parts(archive, source)
    looks = _style_looks(styles, content)
    title = _meta_text(meta, "title")
    marks = _review_marks(content, path.name)
    root = _as_html(content, title)
    if (script := document_script(root, path, data)) is not None:  # a podcast script written in Writer
        return script
    if page_classes := _page_opening_classes(styles, content):  # a poem or a story on each page, under its title
        titles_opening_pages([paragraph for paragraph in root.iter("p")
                              if not page_classes.isdisjoint((paragraph.get("class") or "").split())])
    creator = _meta_text(meta, "creator") or _meta_text(meta, "initial-creator")
    authors = tuple(authors_in(creator))  # pandoc's "Maren Holt; Ola Brekke" is two
    book = book_from_html(root, path, options, checksum=hashlib.sha256(data).hexdigest(), looks=looks,
                          title=title or styled_paragraph_text(root, "Title"), authors=authors,
                          language=_meta_text(meta, "language") or _default_language(styles) or None,
                          skipped=marks)
    return dataclasses.replace(book, description=_meta_text(meta, "description"))


_Parts = tuple[etree._Element, etree._Element | None, etree._Element | None]


def _parts(archive: zipfile.ZipFile, source: str) -> _Parts:
    """content.xml, styles.xml and meta.xml, each vetted and parsed safely."""
    vet_entries(archive, source)
    if "content.xml" not in archive.NameToInfo:
        raise ParseError(source, "not an OpenDocument text file: content.xml is missing")
    if "META-INF/manifest.xml" in archive.NameToInfo and b"encryption-data" in read_member(
            archive, "META-INF/manifest.xml", source):
        raise DrmError(source, "password-protected: its content is encrypted; save it again without a password")
    parsed: list[etree._Element | None] = []
    for name in ("content.xml", "styles.xml", "meta.xml"):
        if name not in archive.NameToInfo:
            parsed.append(None)
            continue
        parsed.append(parse_xml(read_member(archive, name, source), source=source, href=name))  # refuses entities
    content, styles, meta = parsed
    return content, styles, meta  # type: ignore[return-value]


def _review_marks(content: etree._Element, href: str) -> tuple[Skipped, ...]:
    """The tracked deletions (kept aside in <text:tracked-changes>) and the comments: listed, not read.
    Their paragraphs only, not who made them or when."""
    def paragraphs(element: etree._Element) -> str:
        return " ".join(" ".join(p.itertext()) for p in element.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"))

    deletions = (paragraphs(el) for el in content.iter(f"{{{_TEXT}}}deletion"))
    comments = (paragraphs(el) for el in content.iter(f"{{{_OFFICE}}}annotation"))
    return (*listed(href, TRACKED_DELETION, deletions), *listed(href, COMMENT, comments))


def _meta_text(meta: etree._Element | None, name: str) -> str:
    element = next((el for el in meta.iter() if local_name(el) == name), None) if meta is not None else None
    return clean_text(" ".join(element.itertext())) if element is not None else ""


def _default_language(styles: etree._Element | None) -> str:
    """The language of the default paragraph style ("de-DE"), where meta.xml names none."""
    for properties in styles.iter(f"{{{_STYLE}}}text-properties") if styles is not None else ():
        language = properties.get(f"{{{_FO}}}language")
        if language and language != "zxx":
            country = properties.get(f"{{{_FO}}}country")
            return f"{language}-{country}" if country and country != "none" else language
    return ""


def _points(size: str) -> float:
    """A font size in points ("16pt", "0.5in", "150%": larger than the body's 12 points)."""
    match = re.match(r"^\s*(\d*\.?\d+)\s*(pt|in|cm|mm|%)?", size or "")
    if not match:
        return 0.0
    value, unit = float(match.group(1)), match.group(2) or "pt"
    return value * {"pt": 1.0, "in": 72.0, "cm": 28.35, "mm": 2.835, "%": 0.12}[unit]


def class_name(style: str) -> str:
    """A style's name as a class ("Chapter_20_Title" stays, as LibreOffice's own HTML export writes it)."""
    return re.sub(r"[^\w-]", "_", style)


def _style_looks(styles: etree._Element | None, content: etree._Element) -> dict[str, int]:
    """The look each style gives its text, following its parent styles (in either part): centred, bold, and
    larger type (13.5 pt and up, and above the body's size: a large-print manuscript set in 16 pt throughout
    has no "larger" line)."""
    definitions = {el.get(f"{{{_STYLE}}}name"): el for part in (styles, content) if part is not None
                   for el in part.iter(f"{{{_STYLE}}}style")}
    larger = max(_LARGER_FROM_POINTS, _LARGER_THAN_BODY * _body_points(styles, content, definitions))
    looks = {}
    for name, definition in definitions.items():
        bits = 0
        for properties in _chain_properties(definition, definitions):
            if local_name(properties) == "paragraph-properties" and properties.get(f"{{{_FO}}}text-align") in {
                    "center", "centre"}:
                bits |= CENTRED
            elif local_name(properties) == "text-properties":
                if properties.get(f"{{{_FO}}}font-weight") in {"bold", "600", "700", "800", "900"}:
                    bits |= BOLD
                if _points(properties.get(f"{{{_FO}}}font-size") or "") >= larger:
                    bits |= LARGER
        if bits and name:
            looks[class_name(name)] = bits
    return looks


def _page_opening_classes(styles: etree._Element | None, content: etree._Element) -> frozenset[str]:
    """The classes of the styles that start a new page ("fo:break-before: page", theirs or a parent's)."""
    definitions = {el.get(f"{{{_STYLE}}}name"): el for part in (styles, content) if part is not None
                   for el in part.iter(f"{{{_STYLE}}}style")}
    return frozenset(class_name(name) for name, definition in definitions.items() if name and any(
        local_name(properties) == "paragraph-properties" and properties.get(f"{{{_FO}}}break-before") == "page"
        for properties in _chain_properties(definition, definitions)))


def _chain_properties(definition: etree._Element,
                      definitions: dict[str | None, etree._Element]) -> list[etree._Element]:
    """A style's properties, then its parents' (at most 10 up)."""
    found: list[etree._Element] = []
    current, depth = definition, 0
    while current is not None and depth < _MAX_PARENTS:
        found.extend(current)
        parent = current.get(f"{{{_STYLE}}}parent-style-name")
        current, depth = definitions.get(parent) if parent else None, depth + 1
    return found


def _body_points(styles: etree._Element | None, content: etree._Element,
                 definitions: dict[str | None, etree._Element]) -> float:
    """The size most of the text's paragraphs are set in: their styles' (or parents') font size, else the
    default paragraph style's, else 12 pt."""
    default = next((_points(size) for el in (styles.iter(f"{{{_STYLE}}}default-style") if styles is not None else ())
                    if el.get(f"{{{_STYLE}}}family") == "paragraph"
                    for properties in el if local_name(properties) == "text-properties"
                    if (size := properties.get(f"{{{_FO}}}font-size"))), _BODY_POINTS)

    @functools.cache  # once per style, not per paragraph
    def size_of(style: str | None) -> float:
        definition = definitions.get(style)
        for properties in _chain_properties(definition, definitions) if definition is not None else ():
            if local_name(properties) == "text-properties" and (size := properties.get(f"{{{_FO}}}font-size")):
                return _points(size) or default
        return default

    letters: Counter[float] = Counter()
    for paragraph in content.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
        letters[size_of(paragraph.get(f"{{{_TEXT}}}style-name"))] += len("".join(paragraph.itertext()))
    return max(letters, key=letters.__getitem__) if letters else default


def _as_html(content: etree._Element, title: str) -> etree._Element:
    """content.xml's text as an HTML tree."""
    parents = {el.get(f"{{{_STYLE}}}name"): el.get(f"{{{_STYLE}}}parent-style-name")
               for el in content.iter(f"{{{_STYLE}}}style")}
    html = etree.Element("html")
    etree.SubElement(etree.SubElement(html, "head"), "title").text = title
    body = etree.SubElement(html, "body")
    text = next((el for el in content.iter(f"{{{_OFFICE}}}text")), None)
    if text is not None:
        _convert_children(text, body, parents)
    cells_as_lines(body)
    return html


def _heading_level(paragraph: etree._Element, parents: dict[str, str | None]) -> int:
    """The heading level a paragraph's style names by its name or its parent's ("Chapter_20_Title" 2,
    "Part_20_Title" 1), or 0."""
    style = paragraph.get(f"{{{_TEXT}}}style-name")
    return heading_style_level(" ".join(filter(None, [style, parents.get(style)]))) if style else 0


def _convert_children(source: etree._Element, target: etree._Element, parents: dict[str, str | None]) -> None:
    """`source`'s text and children, converted, into the new, empty `target`."""
    target.text = source.text
    for child in source:
        if not isinstance(child.tag, str):
            continue
        converted = _convert(child, target, parents)
        tail = child.tail or ""
        if converted is None:  # dropped: its tail joins what came before
            if len(target):
                target[-1].tail = (target[-1].tail or "") + tail
            else:
                target.text = (target.text or "") + tail
        else:
            converted.tail = tail


def _convert(element: etree._Element, parent: etree._Element, parents: dict[str, str | None]) -> etree._Element | None:
    name = local_name(element)
    if name in _DROPPED:
        return None
    if name in _SPACES:  # <text:s text:c="3"/>, <text:tab/>: spaces, which the reader squeezes
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + " "
        else:
            parent.text = (parent.text or "") + " "
        return None
    if name in _CONTENTS:  # the document's own index or contents: a contents list, skipped
        converted = etree.SubElement(parent, "nav", role="doc-toc")
    elif name == "note":  # a footnote's number and text, inline where it is marked
        converted = etree.SubElement(parent, "span", role="doc-footnote")
    elif name == "h":
        level = element.get(f"{{{_TEXT}}}outline-level") or "1"
        converted = etree.SubElement(parent, f"h{min(int(level) if level.isdigit() else 1, _MAX_HEADING) or 1}")
    elif name == "p" and (level := _heading_level(element, parents)):  # "Chapter Title": a heading by its name
        converted = etree.SubElement(parent, f"h{level}")
    elif name == "image":
        frame = element.getparent()
        alt = next((clean_text(" ".join(el.itertext())) for el in frame if local_name(el) in {"title", "desc"}),
                   "") if frame is not None else ""
        return etree.SubElement(parent, "img", alt=alt)
    elif name in {"title", "desc"} and local_name(element.getparent()) == "frame":
        return None  # a picture's description: its alt text, above
    else:
        converted = etree.SubElement(parent, _RENAMED.get(name, "span"))
        if name == "a":
            converted.set("href", element.get(_XLINK_HREF) or "")
    style = element.get(f"{{{_TEXT}}}style-name")
    if style:  # its automatic style and the named style that one is based on, as LibreOffice's export writes them
        converted.set("class", " ".join(class_name(s) for s in dict.fromkeys([style, parents.get(style) or style])))
    _convert_children(element, converted, parents)
    return converted
