"""Markup into a tree: XHTML strictly, as XML (`xhtml.parse_xml`), and HTML as browsers and reading apps parse it.

A document an EPUB's package lists as HTML ("text/html", as hand-made and older books list theirs) and that is not
written as XML is parsed as HTML, its elements put in XHTML's namespace, so that the reader and the read-along book
see the XHTML every other document is; a document listed as XHTML stays refused when it is not well-formed.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from lxml import etree, html

from audiobook.errors import ParseError
from audiobook.ingest.entities import declares_entities
from audiobook.ingest.xhtml import parse_xml

XHTML_NS = "http://www.w3.org/1999/xhtml"


def looks_binary(text: str) -> bool:
    """Control characters (other than whitespace) in more than 1% of the text: an image, an archive..."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(8, len(text) // 100)


def parse_html(data: bytes, path: Path, encoding: str | None = None) -> etree._Element:
    """An HTML or XHTML document's tree; `encoding`, where its container names it (an MHTML part's
    charset), is tried before the document's own declaration."""
    source = str(path)
    head = data[:1024].lstrip()
    if path.suffix.lower() == ".xhtml" or head.startswith(b"<?xml") or declares_entities(data):
        return parse_xml(data, source=source, href=path.name)  # (one declaring entities: the refusal)
    return _html_tree(data, source, "", encoding)


def parse_content_document(data: bytes, *, source: str, href: str, media_type: str) -> etree._Element:
    """A spine document's tree: strictly as XML, unless the package lists it as HTML and it is not written as XML
    (see the module's docstring)."""
    if media_type != "text/html" or data[:1024].lstrip().startswith(b"<?xml") or declares_entities(data):
        return parse_xml(data, source=source, href=href)
    try:
        return parse_xml(data, source=source, href=href)  # XHTML listed as HTML
    except ParseError:
        return _as_xhtml(_html_tree(data, source, f"{href}: ", None))


_PREFIXES = {"xml": "http://www.w3.org/XML/1998/namespace", "epub": "http://www.idpf.org/2007/ops",
             "ssml": "http://www.w3.org/2001/10/synthesis"}  # an element's pronunciation, `ssml:ph`


def _as_xhtml(root: etree._Element) -> etree._Element:
    """An HTML tree's elements in XHTML's namespace, under a root that declares it, in the same order."""
    xhtml = etree.Element(f"{{{XHTML_NS}}}{root.tag}", nsmap={None: XHTML_NS, "epub": _PREFIXES["epub"]})
    for name, value in root.attrib.items():
        if new_name := _xhtml_name(name):
            xhtml.set(new_name, value)
    xhtml.text = root.text
    xhtml.extend(list(root))
    for element in xhtml.iter():
        if isinstance(element.tag, str) and not element.tag.startswith("{"):
            element.tag = f"{{{XHTML_NS}}}{element.tag}"
        for name in [name for name in element.attrib if ":" in name and not name.startswith("{")]:
            value = element.attrib.pop(name)
            if new_name := _xhtml_name(name):
                element.set(new_name, value)
    return xhtml


def _xhtml_name(name: str) -> str | None:
    """An HTML attribute's name in XHTML: "xml:lang" and "epub:type" in their namespaces; None for another prefix
    (a namespace's declaration among them)."""
    if ":" not in name or name.startswith("{"):
        return name
    prefix, _, local = name.partition(":")
    return f"{{{_PREFIXES[prefix]}}}{local}" if prefix in _PREFIXES else None


def _html_tree(data: bytes, source: str, where: str, encoding: str | None) -> etree._Element:
    from bs4 import UnicodeDammit  # here: an EPUB's reader has no need of it unless a document is HTML

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "some characters could not be decoded": judged just below
        decoded = UnicodeDammit(data, known_definite_encodings=[encoding] if encoding else [], is_html=True)
    if decoded.unicode_markup is None:
        raise ParseError(source, f"{where}cannot decode the text (unknown encoding)")
    if looks_binary(decoded.unicode_markup[:65_536]):
        raise ParseError(source, f"{where}binary data, not an HTML document")
    try:
        return html.document_fromstring(decoded.unicode_markup)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(source, f"{where}malformed HTML: {exc}") from exc
