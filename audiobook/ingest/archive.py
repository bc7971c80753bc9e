"""Checks on an EPUB's zip archive before any parser touches it.

Refuses what a hostile or broken file can do to a reader: not a zip, truncated,
zip bombs, paths that escape the archive, DRM-encrypted content, XML entity
declarations. Font obfuscation (IDPF, Adobe) is not DRM and is allowed.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from audiobook.errors import DrmError, ParseError, UnsafeInputError
from audiobook.ingest.entities import declares_entities
from audiobook.ingest.xhtml import parse_xml

MAX_TOTAL_BYTES = 2 * 1024**3
MAX_ENTRY_BYTES = 512 * 1024**2
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MB
MAX_ENTRIES = 20_000
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}


def open_archive(path: Path) -> zipfile.ZipFile:
    """Open and vet the archive; raise a project error naming the problem."""
    source = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as exc:  # NotImplementedError: an unknown
        raise ParseError(source, "not a valid EPUB: the zip archive is corrupt or truncated") from exc  # compression
    except OSError as exc:
        raise ParseError(source, f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        vet_entries(archive, source)
        _refuse_drm(archive, source)
        if "META-INF/container.xml" not in archive.NameToInfo:
            raise ParseError(source, "not a valid EPUB: META-INF/container.xml is missing")
    except BaseException:
        archive.close()
        raise
    return archive


def zip_in_memory(data: bytes, source: str, problem: str) -> zipfile.ZipFile:
    """A zip-packaged book (.docx, .odt) read from its bytes; `problem` is the line when it is no zip."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as exc:
        raise ParseError(source, problem) from exc


def vet_entries(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse too many entries, paths outside the archive and zip bombs."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeInputError(source, f"archive has {len(infos):,} entries (limit {MAX_ENTRIES:,})")
    total = 0
    for info in infos:
        name = info.filename
        normal = posixpath.normpath(name)
        if name.startswith(("/", "\\")) or normal.startswith("..") or ":" in name.split("/")[0]:
            raise UnsafeInputError(source, f"archive entry {name!r} points outside the book")
        if info.file_size > MAX_ENTRY_BYTES:
            raise UnsafeInputError(source, f"archive entry {name!r} unpacks to {info.file_size:,} bytes (zip bomb?)")
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeInputError(source, f"archive entry {name!r} has a compression ratio over {MAX_RATIO}:1 (zip bomb?)")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise UnsafeInputError(source, f"archive unpacks to {total:,} bytes (zip bomb?)")


def _refuse_drm(archive: zipfile.ZipFile, source: str) -> None:
    names = archive.NameToInfo
    if "META-INF/rights.xml" in names:
        raise DrmError(source, "DRM-protected (META-INF/rights.xml present); remove the DRM with the rights holder's tools first")
    if "META-INF/encryption.xml" not in names:
        return
    data = read_member(archive, "META-INF/encryption.xml", source)
    root = parse_xml(data, source=source, href="META-INF/encryption.xml")
    methods = root.iter("{http://www.w3.org/2001/04/xmlenc#}EncryptionMethod")
    if any(method.get("Algorithm") not in _FONT_OBFUSCATION for method in methods):
        raise DrmError(source, "DRM-protected: its content is encrypted (META-INF/encryption.xml)")


def read_member(archive: zipfile.ZipFile, name: str, source: str, limit: int = -1) -> bytes:
    """Read one archive member (its first `limit` bytes, when given), translating zip errors."""
    try:
        if limit < 0:
            return archive.read(name)
        with archive.open(name) as member:
            return member.read(limit)
    except KeyError as exc:
        raise ParseError(source, f"{name} is referenced but missing from the archive") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        # ValueError: a damaged header's offsets ("negative seek value")
        raise ParseError(source, f"{name} cannot be unpacked (corrupt or truncated archive): {exc}") from exc
    except RuntimeError as exc:  # password-protected entries
        raise DrmError(source, f"{name} is encrypted: {exc}") from exc


def _vet_ebooklib_documents(archive: zipfile.ZipFile, package: etree._Element, folder: str, source: str,
                            aliases: dict[str, str]) -> None:
    """Refuse entity declarations in the documents ebooklib parses itself, before it does: the NCX and the nav
    document. The container and the package went through `parse_xml`, as every text document will, which
    refuses them too; no other XML member is parsed. (Unpacking every XML member for this cost each book its
    text a second time.)"""
    spine = package.find(f"{_OPF_NS}spine")
    toc_id = spine.get("toc") if spine is not None else None
    for item in package.iter(f"{_OPF_NS}item", "item"):
        if not (item.get("media-type") == "application/x-dtbncx+xml" or "nav" in (item.get("properties") or "").split()
                or (toc_id and item.get("id") == toc_id)):
            continue
        name = _member_name(item, folder)
        name = aliases.get(name, name)
        if name not in archive.NameToInfo:
            continue
        try:
            with archive.open(name) as member:
                head = member.read(65536)  # only the prolog can declare entities
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise ParseError(source, f"{name} cannot be unpacked (corrupt or truncated archive)") from exc
        if declares_entities(head):
            raise UnsafeInputError(source, f"{name}: declares XML entities (refused: entity-expansion risk)")


_CONTAINER_NS = "{urn:oasis:names:tc:opendocument:xmlns:container}"


def check_package(archive: zipfile.ZipFile, source: str) -> tuple[str, list[str], dict[str, str]]:
    """The container names a package document that exists and is well-formed XML (so ebooklib's own,
    vaguer errors about it never reach the user), every file of the book's text is there, and what ebooklib
    parses declares no entities.
    Returns the package's path; the other files the manifest lists but the archive lacks (images, stylesheets,
    fonts, the NCX): a reader shows the book without them, and so is it read; and the files the archive holds
    under a name that differs only in case (`case_aliases`)."""
    container = parse_xml(read_member(archive, "META-INF/container.xml", source), source=source,
                          href="META-INF/container.xml")
    rootfile = container.find(f".//{_CONTAINER_NS}rootfile")
    full_path = rootfile.get("full-path") if rootfile is not None else None
    if not full_path:
        raise ParseError(source, "not a valid EPUB: META-INF/container.xml names no package document")
    if full_path not in archive.NameToInfo:
        raise ParseError(source, f"not a valid EPUB: META-INF/container.xml names {full_path}, which is not in the "
                                 "archive")
    package = parse_xml(read_member(archive, full_path, source), source=source, href=full_path)
    folder = posixpath.dirname(full_path)
    aliases = case_aliases(archive, package, folder)
    _vet_ebooklib_documents(archive, package, folder, source, aliases)
    return full_path, _missing_resources(archive, package, folder, source, aliases), aliases


def _member_name(item: etree._Element, folder: str) -> str:
    """The archive member a manifest item's href names ("" for none)."""
    href = item.get("href") or ""
    return posixpath.normpath(posixpath.join(folder, unquote(href.split("#")[0]))) if href else ""


def case_aliases(archive: zipfile.ZipFile, package: etree._Element, folder: str) -> dict[str, str]:
    """Manifest files the archive holds only under a name that differs in case ("Text/Chapter1.xhtml" listed as
    "text/chapter1.xhtml"), as a book made on a system that ignores case has them and its reading apps open them:
    each listed name and the one member that matches it."""
    members: dict[str, list[str]] | None = None
    aliases: dict[str, str] = {}
    for item in package.iter(f"{_OPF_NS}item", "item"):
        name = _member_name(item, folder)
        if not name or name in archive.NameToInfo:
            continue
        if members is None:
            members = {}
            for member in archive.NameToInfo:
                members.setdefault(member.lower(), []).append(member)
        found = members.get(name.lower(), [])
        if len(found) == 1:
            aliases[name] = found[0]
    return aliases


_OPF_NS = "{http://www.idpf.org/2007/opf}"
# the media types of documents that may hold the book's text (the spine's documents are read as text, and one
# missing refuses the book); any other file (an image, SVG too, a stylesheet, a font, audio, a SMIL overlay,
# the NCX, without which chapters come from the text) may be missing
TEXT_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml", "text/xml",
                        "application/x-dtbook+xml"})


def as_listed(archive: zipfile.ZipFile, package: etree._Element, folder: str) -> zipfile.ZipFile:
    """`archive`, or, where its package lists files under another case (`case_aliases`), a copy in memory whose
    members bear the names listed: what a tool that rewrites the book (the read-along EPUB) works on."""
    aliases = case_aliases(archive, package, folder)
    if not aliases:
        return archive
    listed = {member: name for name, member in aliases.items()}
    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as renamed:
        for info in archive.infolist():
            renamed.writestr(listed.get(info.filename, info.filename), archive.read(info))
    copy.seek(0)
    return zipfile.ZipFile(copy)


def _missing_resources(archive: zipfile.ZipFile, package: etree._Element, folder: str, source: str,
                       aliases: dict[str, str]) -> list[str]:
    """Manifest files the archive lacks that hold no text (refused, naming the file, for one that may)."""
    missing = []
    for item in package.iter(f"{_OPF_NS}item", "item"):
        name = _member_name(item, folder)
        if not name or name in archive.NameToInfo or name in aliases:
            continue
        media_type = (item.get("media-type") or "").lower()
        if media_type in TEXT_TYPES or not media_type:
            raise ParseError(source, f"{name}, a document of the book ({media_type or 'no media type'}), is listed "
                                     "in the package but missing from the archive")
        missing.append(name)
    return missing
