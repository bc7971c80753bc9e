"""Entities in XML documents: declarations refused, HTML's named references made numeric.

A document that declares entities is refused before any parser sees it (entity expansion is
an attack, and no book needs it). EPUB 2 documents may use HTML's named entities (&eacute;,
&nbsp;) under the XHTML DTD, which is never loaded; they are rewritten as numeric character
references first (in UTF-8 or UTF-16), so no letter is lost.
"""

from __future__ import annotations

import re
from html.entities import html5 as HTML_ENTITIES

from audiobook.errors import ParseError

# an internal DTD declaring entities, in UTF-8 (and ASCII-compatible encodings) or UTF-16
_ENTITY_DECLARATIONS = (b"<!ENTITY", "<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))
# an ampersand that starts none of the references an XML parser knows without a DTD
_OTHER_REFERENCE = re.compile(rb"&(?!amp;|lt;|gt;|quot;|apos;|#)")
# a named reference, or the start of a section whose text is literal (CDATA, comment): skipped whole
_REFERENCE_OR_SECTION = re.compile(rb"&([A-Za-z][A-Za-z0-9]{0,31});|<!\[CDATA\[|<!--")
_SECTION_ENDS = {b"<![CDATA[": b"]]>", b"<!--": b"-->"}


def declares_entities(data: bytes) -> bool:
    """Whether an XML document's prolog (its first 64 KiB) declares entities, in UTF-8 or UTF-16."""
    head = data[:65536]
    return any(declaration in head for declaration in _ENTITY_DECLARATIONS)


def _utf16_codec(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for a UTF-16 document (by its byte-order mark, or the zero
    bytes of its first ASCII characters), else None."""
    if data[:2] == b"\xff\xfe" or (data[1:2] == b"\x00" and data[:1] != b"\x00"):
        return "utf-16-le"
    if data[:2] == b"\xfe\xff" or (data[:1] == b"\x00" and data[1:2] not in (b"", b"\x00")):
        return "utf-16-be"
    return None


def with_numeric_references(data: bytes, *, source: str, href: str) -> bytes:
    """HTML's named entities (&eacute;, &nbsp;, &mdash;) as numeric character references.

    EPUB 2 documents may use them under the XHTML DTD, which we never load: libxml2 then keeps
    each as an empty entity node (the letter vanishes from the text: "caf" for "caf&eacute;"),
    or refuses the document when it has no DOCTYPE. A name HTML does not define is refused
    here, rather than read with a hole in it."""
    codec = _utf16_codec(data)
    if codec is not None:  # rewritten as UTF-8 and back: the references are ASCII in both
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return data  # lxml names the problem
        rewritten = with_numeric_references(text.encode("utf-8"), source=source, href=href)
        return data if rewritten == text.encode("utf-8") else rewritten.decode("utf-8").encode(codec)
    if not _OTHER_REFERENCE.search(data):
        return data  # the common case: only the references XML knows

    pieces, position = [], 0
    while match := _REFERENCE_OR_SECTION.search(data, position):
        pieces.append(data[position:match.start()])
        name = match.group(1)
        if name is None:  # copied as it is up to the section's end (one forward search: linear)
            end = data.find(_SECTION_ENDS[match.group(0)], match.end())
            position = len(data) if end < 0 else end + len(_SECTION_ENDS[match.group(0)])
            pieces.append(data[match.start():position])
            continue
        position = match.end()
        if name in (b"amp", b"lt", b"gt", b"quot", b"apos"):
            pieces.append(match.group(0))
            continue
        characters = HTML_ENTITIES.get(f"{name.decode('ascii')};")
        if characters is None:
            raise ParseError(source, f"{href}: uses the entity &{name.decode('ascii')};, which neither XML nor HTML "
                                     "defines")
        pieces.append("".join(f"&#{ord(character)};" for character in characters).encode("ascii"))
    pieces.append(data[position:])
    return b"".join(pieces)
