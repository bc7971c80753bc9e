"""Kindle books without DRM (.mobi, .azw, .azw3), read as the EPUBs they hold.

The optional `kindle` extra (the `mobi` package: KindleUnpack's code, GPL-3.0, kept out of the core
as Piper is) unpacks a book: a KF8 book (AZW3, and the newer half of a joint MOBI) into an EPUB; an
older MOBI into HTML with the OPF package and NCX it was built from, which are packed here into an
EPUB. Either is then read as every EPUB is: its metadata, its table of contents, its front matter
by type. An encrypted book is refused by its header, before anything is unpacked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import tempfile
import zipfile
from pathlib import Path

from lxml import etree, html

from audiobook.errors import DrmError, InputError, ParseError
from audiobook.ingest.options import IngestOptions
from audiobook.models import Book

_PALM_TYPES = (b"BOOKMOBI", b"TEXtREAd")  # the Palm database's type and creator: a Mobipocket or PalmDOC book
_RECORD_LIST = 78  # the Palm database header's length: the first record's offset follows


def read_kindle(path: Path, options: IngestOptions) -> Book:
    """The book a DRM-free Kindle file holds; InputError for an encrypted, damaged or foreign file."""
    from audiobook.ingest.epub import read_epub

    data = path.read_bytes()  # once: the header check and the checksum (the unpacker reads the file itself)
    _check_header(path, data)
    try:
        from mobi.kindleunpack import unpackBook
    except ImportError:
        raise InputError(str(path), "reading Kindle books needs the kindle extra (pip install 'audiobook[kindle]'), "
                                    "or convert the book to EPUB first") from None
    with tempfile.TemporaryDirectory(prefix="audiobook-kindle-") as folder:
        unpacked = Path(folder)
        try:
            # KindleUnpack prints warnings about damaged indexes; stdout is the CLI's (`inspect --json`)
            with contextlib.redirect_stdout(io.StringIO()):
                unpackBook(str(path), str(unpacked), epubver="A")
        except Exception as exc:  # noqa: BLE001 - the unpacker's own errors name the damage
            raise ParseError(str(path), f"not a readable Kindle book ({exc})") from None
        epub = next((unpacked / "mobi8").glob("*.epub"), None) or _packed(unpacked / "mobi7")
        if epub is None:
            raise ParseError(str(path), "not a readable Kindle book (it unpacked to no book)")
        try:
            book = read_epub(epub, options)
        except InputError as exc:  # named after the file the user gave, not the unpacked copy
            raise type(exc)(str(path), exc.problem) from None
    return dataclasses.replace(book, source=str(path), checksum=hashlib.sha256(data).hexdigest())


def _check_header(path: Path, data: bytes) -> None:
    """A Mobipocket book whose text is not encrypted (the first record's encryption field is 0)."""
    if len(data) < _RECORD_LIST + 8 or data[60:68] not in _PALM_TYPES:
        raise ParseError(str(path), "not a Kindle book (no Mobipocket header)")
    first = int.from_bytes(data[_RECORD_LIST:_RECORD_LIST + 4], "big")
    if len(data) < first + 14:
        raise ParseError(str(path), "truncated: the Kindle book's first record is missing")
    if int.from_bytes(data[first + 12:first + 14], "big"):
        raise DrmError(str(path), "DRM-protected: its text is encrypted; only DRM-free Kindle books can be read")


def _packed(folder: Path) -> Path | None:
    """An older MOBI's unpacked HTML, OPF package and NCX as an EPUB beside them (None: no package)."""
    if not (folder / "content.opf").is_file():
        return None
    target = folder.with_suffix(".epub")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:'
                         'names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" '
                         'media-type="application/oebps-package+xml"/></rootfiles></container>')
        for member in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = member.relative_to(folder).as_posix()
            if member.suffix.lower() in {".html", ".htm"}:
                archive.writestr(name, _as_xhtml(member.read_bytes()))
            else:
                archive.write(member, name)
    return target


def _as_xhtml(data: bytes) -> bytes:
    """Mobipocket's HTML (unquoted attributes, `<mbp:pagebreak/>`, a `<guide>` in the head) as the XHTML an
    EPUB holds: parsed leniently, its prefixed tags made plain `<div>`s (a page break holds no text)."""
    root = html.document_fromstring(data)
    for element in root.iter():
        if isinstance(element.tag, str) and ":" in element.tag:
            element.tag = "div"
    head = root.find("head")
    for guide in [] if head is None else head.findall("guide"):
        head.remove(guide)
    html.html_to_xhtml(root)
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)
