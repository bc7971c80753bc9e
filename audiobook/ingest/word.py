"""Word documents (.docx), the manuscript a publisher receives: mammoth turns them into HTML, read as an HTML book.

mammoth keeps what the styles mean (Heading 1-6 as <h1>-<h6>, lists, tables, footnotes and
endnotes, links) and drops what they look like; tracked changes are read as accepted (an
insertion is read, a deletion is not), comments are left out, and pictures keep only their alt
text. The Title and Subtitle paragraphs become the title page, which the HTML rules skip by its
content; notes become an endnotes list, skipped and listed, as their markers are. Title,
authors, language and description come from the document's properties (docProps/core.xml),
else from its Title paragraph and default language. The archive is vetted as an EPUB's is (zip
bombs, paths, entity declarations) before mammoth opens it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from audiobook.errors import ParseError, UnsafeInputError
from audiobook.ingest.archive import read_member, vet_entries
from audiobook.ingest.entities import declares_entities
from audiobook.ingest.html import MAX_HTML_BYTES, book_from_html, parse_html
from audiobook.ingest.look import BOLD, CENTRED, LARGER, local_name
from audiobook.ingest.names import display_name
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.xhtml import clean_text, heading_style_level, parse_xml
from audiobook.models import Book

_DOCUMENT = "word/document.xml"
_STYLE_MAP = "\n".join([
    "p[style-name='Title'] => p.title:fresh",
    "p[style-name='Subtitle'] => p.subtitle:fresh",
])
_NOTE_IDS = ("footnote-", "endnote-")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_LANG, _W_VAL = f"{_W}lang", f"{_W}val"
# a paragraph formatted by hand (centred, in larger type) is given a style of this name and a class per look
_LOOK_STYLE = "AudiobookLook"
_DIRECT_LOOKS = {f"look{bits}": bits for bits in (CENTRED, LARGER, CENTRED | LARGER)}
_LARGER_HALF_POINTS = 28  # 14 pt and up, against a manuscript's 11 or 12 pt
_MAX_BASED_ON = 10


@dataclass(frozen=True)
class NamedStyle:
    """A paragraph style of the document that mammoth does not map itself, kept as a class for the HTML
    rules: its name names a heading ("Chapter Title"), or its definition sets text apart (bold, larger, centred)."""

    name: str
    css_class: str
    bits: int


def styled_looks(archive: zipfile.ZipFile, source: str) -> list[NamedStyle]:
    """The paragraph styles worth keeping, with the look each gives (following "based on" styles)."""
    if "word/styles.xml" not in archive.NameToInfo:
        return []
    styles = parse_xml(read_member(archive, "word/styles.xml", source), source=source, href="word/styles.xml")
    definitions = {el.get(f"{_W}styleId"): el for el in styles.iter(f"{_W}style") if el.get(f"{_W}type") == "paragraph"}
    kept = []
    for ident, definition in definitions.items():
        name_element = definition.find(f"{_W}name")
        name = name_element.get(_W_VAL) if name_element is not None else ident
        if not name or not ident or "'" in name or _MAMMOTH_STYLES.match(name):
            continue
        bits, current, seen = 0, definition, 0
        while current is not None and seen < _MAX_BASED_ON:
            bits |= _look_of(current)
            based = current.find(f"{_W}basedOn")
            current, seen = definitions.get(based.get(_W_VAL)) if based is not None else None, seen + 1
        css_class = re.sub(r"[^A-Za-z0-9]", "", name)
        if css_class and (bits or heading_style_level(css_class)):
            kept.append(NamedStyle(name, css_class, bits))
    return kept


# the styles mammoth maps itself (headings, lists, notes), and those with no look worth keeping
_MAMMOTH_STYLES = re.compile(r"^(?:heading\s*\d|title|subtitle|normal|default|.*list.*|.*(?:foot|end)note.*|"
                             r"annotation.*|caption|quote|intense quote|toc.*|header|footer)$", re.IGNORECASE)


def _look_of(properties_holder: etree._Element) -> int:
    """The look a style or a paragraph sets itself: centred (its justification), bold and larger type
    (its run properties, or a paragraph's runs all in larger type)."""
    bits = 0
    justification = properties_holder.find(f"{_W}pPr/{_W}jc")
    if justification is not None and justification.get(_W_VAL) == "center":
        bits |= CENTRED
    run = properties_holder.find(f"{_W}rPr")
    if run is not None:
        bold = run.find(f"{_W}b")
        if bold is not None and bold.get(_W_VAL) not in {"0", "false"}:
            bits |= BOLD
        size = run.find(f"{_W}sz")
        if size is not None and (size.get(_W_VAL) or "").isdigit() and int(size.get(_W_VAL)) >= _LARGER_HALF_POINTS:
            bits |= LARGER
    return bits


def _element_for(style: NamedStyle) -> str:
    """A heading for a style whose name names one ("Chapter Title" <h2>, "Part Title" <h1>), else a paragraph."""
    level = heading_style_level(style.css_class)
    return f"h{level}" if level else "p"


def _style_map(named: list[NamedStyle]) -> str:
    """mammoth's style map: ours, each kept style as a class, and the looks of hand-formatted paragraphs."""
    lines = [_STYLE_MAP, *(f"p[style-name='{style.name}'] => {_element_for(style)}.{style.css_class}:fresh"
                           for style in named)]
    lines += [f"p.{_LOOK_STYLE}{bits} => p.{css_class}:fresh" for css_class, bits in _DIRECT_LOOKS.items()]
    return "\n".join(lines)


def _with_direct_looks(archive: zipfile.ZipFile, source: str) -> bytes | None:
    """The document again, each paragraph without a style that is centred or all in larger type given a
    style naming that look (mammoth keeps styles, not formatting); None when no paragraph is."""
    document = parse_xml(read_member(archive, _DOCUMENT, source), source=source, href=_DOCUMENT)
    changed = False
    for paragraph in document.iter(f"{_W}p"):
        properties = paragraph.find(f"{_W}pPr")
        if properties is not None and properties.find(f"{_W}pStyle") is not None:
            continue
        bits = _look_of(paragraph) & CENTRED
        sizes = [run.find(f"{_W}rPr/{_W}sz") for run in paragraph.iter(f"{_W}r") if run.find(f"{_W}t") is not None]
        if sizes and all(size is not None and (size.get(_W_VAL) or "").isdigit()
                         and int(size.get(_W_VAL)) >= _LARGER_HALF_POINTS for size in sizes):
            bits |= LARGER
        if not bits:
            continue
        if properties is None:
            properties = etree.Element(f"{_W}pPr")
            paragraph.insert(0, properties)
        properties.insert(0, etree.Element(f"{_W}pStyle", {_W_VAL: f"{_LOOK_STYLE}{bits}"}))
        changed = True
    if not changed:
        return None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info in archive.infolist():
            content = etree.tostring(document, xml_declaration=True, encoding="UTF-8") if (
                info.filename == _DOCUMENT) else read_member(archive, info.filename, source)
            rewritten.writestr(info.filename, content)
    return buffer.getvalue()


def read_word(path: Path, options: IngestOptions) -> Book:
    """Read a .docx file into a book."""
    import mammoth  # only Word books pay for its import

    source = str(path)
    data = _docx_bytes(path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as exc:
        raise ParseError(source, "not a Word .docx file (a password-protected document, or an old .doc? "
                                 "save it as .docx without a password)") from exc
    with archive:
        _vet(archive, source)
        properties = _properties(archive, source)
        named = styled_looks(archive, source)
        shown = _with_direct_looks(archive, source)
    try:
        result = mammoth.convert_to_html(io.BytesIO(shown or data), style_map=_style_map(named),
                                         convert_image=mammoth.images.img_element(lambda image: {}))
    except Exception as exc:  # mammoth raises whatever its readers meet (KeyError, ValueError, ExpatError...)
        raise ParseError(source, f"the Word document cannot be read ({type(exc).__name__}: {exc})") from exc
    root = parse_html(f"<html><body>{result.value}</body></html>".encode("utf-8"), path.with_suffix(".html"))
    _mark_notes(root)
    _unwrap_cells(root)
    title = properties.get("title") or _styled_text(root, "title")
    authors = tuple(display_name(a) for a in properties.get("creator", "").split(";") if a.strip())
    looks = {**{style.css_class: style.bits for style in named}, **_DIRECT_LOOKS}
    book = book_from_html(root, path, options, checksum=hashlib.sha256(data).hexdigest(), looks=looks, title=title,
                          authors=authors, language=properties.get("language") or None)
    return dataclasses.replace(book, description=properties.get("description", ""))


def _docx_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > MAX_HTML_BYTES:
        raise ParseError(str(path), f"file is {len(data):,} bytes; refusing a Word document over {MAX_HTML_BYTES:,}")
    return data


def _vet(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse zip bombs, escaping paths and entity declarations in any XML part, before mammoth parses them."""
    vet_entries(archive, source)
    if _DOCUMENT not in archive.NameToInfo:
        raise ParseError(source, f"not a Word document: {_DOCUMENT} is missing")
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            with archive.open(name) as member:
                head = member.read(65536)  # only the prolog can declare entities
            if declares_entities(head):
                raise UnsafeInputError(source, f"{name}: declares XML entities (refused: entity-expansion risk)")


def _properties(archive: zipfile.ZipFile, source: str) -> dict[str, str]:
    """Title, creator, language and description from docProps/core.xml, and the default language of
    the styles where the properties name none."""
    found: dict[str, str] = {}
    if "docProps/core.xml" in archive.NameToInfo:
        core = parse_xml(read_member(archive, "docProps/core.xml", source), source=source, href="docProps/core.xml")
        for element in core:
            name, text = local_name(element), clean_text(" ".join(element.itertext()))
            if name in {"title", "creator", "language", "description"} and text:
                found.setdefault(name, text)
    if "language" not in found and "word/styles.xml" in archive.NameToInfo:
        styles = parse_xml(read_member(archive, "word/styles.xml", source), source=source, href="word/styles.xml")
        default = next((el.get(_W_VAL) for el in styles.iter(_W_LANG) if el.get(_W_VAL)), None)
        if default:
            found["language"] = default
    return found


def _styled_text(root: etree._Element, class_name: str) -> str:
    """The text of the first paragraph in a style mapped to `class_name` (the Title paragraph)."""
    element = next((p for p in root.iter("p") if p.get("class") == class_name), None)
    return clean_text(" ".join(element.itertext())) if element is not None else ""


def _mark_notes(root: etree._Element) -> None:
    """mammoth writes footnotes and endnotes as a list at the end (<li id="footnote-1">): marked as
    endnotes, so that the reader skips and lists them as it does an EPUB's."""
    for item in root.iter("li"):
        parent = item.getparent()
        if (item.get("id") or "").startswith(_NOTE_IDS) and parent is not None and not parent.get("role"):
            parent.set("role", "doc-endnotes")


def _unwrap_cells(root: etree._Element) -> None:
    """A table cell's one paragraph as the cell's text, so that a row reads as one line ("5 January,
    Force 10"), as an HTML table's does, not as a paragraph per cell."""
    for cell in root.iter("td", "th"):
        if len(cell) == 1 and cell[0].tag == "p" and not (cell.text or "").strip():
            etree.strip_tags(cell, "p")
