"""What a Word document's styles and hand formatting mean, in a form mammoth and the HTML rules can use.

mammoth keeps styles, not formatting: a manuscript typed without heading styles would lose what
sets its titles apart. So the writer's own paragraph styles that name a heading ("Chapter Title")
become headings, those whose definition sets text apart (bold, centred, larger type: 14 pt and up,
and above the body's size, so that a large-print manuscript set in 16 pt throughout has no "larger"
line) classes with that look, and a paragraph centred or in larger type by hand is given a style
naming its look, which becomes a class too (`look` bits, as a stylesheet's would give).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from audiobook.ingest.archive import read_member
from audiobook.ingest.look import BOLD, CENTRED, LARGER
from audiobook.ingest.xhtml import heading_style_level

DOCUMENT = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_VAL = f"{_W}val"
PAGE_BREAK = "page-break"
_STYLE_MAP = "\n".join([
    "p[style-name='Title'] => p.title:fresh",
    "p[style-name='Subtitle'] => p.subtitle:fresh",
    f"br[type='page'] => br.{PAGE_BREAK}",  # where a new page starts: a poem's or a story's title may stand there
])
# a paragraph formatted by hand (centred, in larger type) is given a style of this name and a class per look
_LOOK_STYLE = "AudiobookLook"
DIRECT_LOOKS = {f"look{bits}": bits for bits in (CENTRED, LARGER, CENTRED | LARGER)}
_LARGER_HALF_POINTS = 28  # 14 pt and up, against a manuscript's 11 or 12 pt
_LARGER_THAN_BODY = 1.15  # and this much above the body's size (a large-print manuscript's 16 pt is the body)
_WORD_BODY_HALF_POINTS = 20  # Word's size where the document sets none
_MAX_BASED_ON = 10


@dataclass(frozen=True)
class NamedStyle:
    """A paragraph style of the document that mammoth does not map itself, kept as a class for the HTML
    rules: its name names a heading ("Chapter Title"), or its definition sets text apart (bold, larger, centred)."""

    name: str
    css_class: str
    bits: int


def larger_from(styles: etree._Element | None, document: etree._Element) -> int:
    """The size (half-points) from which type counts as larger: 14 pt, or more above the body's size, the one
    most of the text is set in (by hand, or else by the document's defaults or its default paragraph style)."""
    default = _WORD_BODY_HALF_POINTS
    if styles is not None:
        declared = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        normal = next((el.find(f"{_W}rPr/{_W}sz") for el in styles.iter(f"{_W}style")
                       if el.get(f"{_W}type") == "paragraph" and el.get(f"{_W}default") in {"1", "true"}), None)
        for size in (declared, normal):
            if size is not None and (size.get(_W_VAL) or "").isdigit():
                default = int(size.get(_W_VAL))
    letters: Counter[int] = Counter()
    for run in document.iter(f"{_W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
        if text.strip():
            size = run.find(f"{_W}rPr/{_W}sz")
            letters[int(size.get(_W_VAL)) if size is not None and (size.get(_W_VAL) or "").isdigit() else default] += (
                len(text))
    body = max(letters, key=letters.__getitem__) if letters else default
    return max(_LARGER_HALF_POINTS, math.ceil(body * _LARGER_THAN_BODY))


def named_styles(styles: etree._Element | None, larger: int) -> list[NamedStyle]:
    """The paragraph styles of styles.xml worth keeping, with the look each gives (following "based on" styles;
    type of `larger` half-points and up is larger)."""
    if styles is None:
        return []
    definitions = {el.get(f"{_W}styleId"): el for el in styles.iter(f"{_W}style") if el.get(f"{_W}type") == "paragraph"}
    kept = []
    for ident, definition in definitions.items():
        name_element = definition.find(f"{_W}name")
        name = name_element.get(_W_VAL) if name_element is not None else ident
        if not name or not ident or "'" in name or _MAMMOTH_STYLES.match(name):
            continue
        bits, current, seen = 0, definition, 0
        while current is not None and seen < _MAX_BASED_ON:
            bits |= _look_of(current, larger)
            based = current.find(f"{_W}basedOn")
            current, seen = definitions.get(based.get(_W_VAL)) if based is not None else None, seen + 1
        css_class = re.sub(r"[^A-Za-z0-9]", "", name)
        if css_class and (bits or heading_style_level(css_class)):
            kept.append(NamedStyle(name, css_class, bits))
    return kept


# the styles mammoth maps itself (headings, lists, notes), and those with no look worth keeping
_MAMMOTH_STYLES = re.compile(r"^(?:heading\s*\d|title|subtitle|normal|default|.*list.*|.*(?:foot|end)note.*|"
                             r"annotation.*|caption|quote|intense quote|toc.*|header|footer)$", re.IGNORECASE)


def _look_of(properties_holder: etree._Element, larger: int) -> int:
    """The look a style or a paragraph sets itself: centred (its justification), bold and larger type
    (its run properties: `larger` half-points and up)."""
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
        if size is not None and (size.get(_W_VAL) or "").isdigit() and int(size.get(_W_VAL)) >= larger:
            bits |= LARGER
    return bits


def _element_for(style: NamedStyle) -> str:
    """A heading for a style whose name names one ("Chapter Title" <h2>, "Part Title" <h1>), else a paragraph."""
    level = heading_style_level(style.css_class)
    return f"h{level}" if level else "p"


def style_map(named: list[NamedStyle]) -> str:
    """mammoth's style map: ours, each kept style as a class, and the looks of hand-formatted paragraphs."""
    lines = [_STYLE_MAP, *(f"p[style-name='{style.name}'] => {_element_for(style)}.{style.css_class}:fresh"
                           for style in named)]
    lines += [f"p.{_LOOK_STYLE}{bits} => p.{css_class}:fresh" for css_class, bits in DIRECT_LOOKS.items()]
    return "\n".join(lines)


def with_direct_looks(archive: zipfile.ZipFile, document: etree._Element, source: str, larger: int) -> bytes | None:
    """The archive again, its document (`document`, parsed, which this changes) with each paragraph without
    a style that is centred or all in larger type (`larger` half-points and up) given a style naming that
    look (mammoth keeps styles, not formatting); None when no paragraph is."""
    changed = False
    for paragraph in document.iter(f"{_W}p"):
        properties = paragraph.find(f"{_W}pPr")
        if properties is not None and properties.find(f"{_W}pStyle") is not None:
            continue
        bits = _look_of(paragraph, larger) & CENTRED
        sizes = [run.find(f"{_W}rPr/{_W}sz") for run in paragraph.iter(f"{_W}r") if run.find(f"{_W}t") is not None]
        if sizes and all(size is not None and (size.get(_W_VAL) or "").isdigit()
                         and int(size.get(_W_VAL)) >= larger for size in sizes):
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
                info.filename == DOCUMENT) else read_member(archive, info.filename, source)
            rewritten.writestr(info.filename, content)
    return buffer.getvalue()
