"""The read-along book: an EPUB 3 whose Media Overlays highlight each sentence as it is heard.

From an EPUB source it is the same book: every file kept, the content documents that are
read get ids (see `overlay`), one SMIL document each, the chapter MP3s, a stylesheet for
the active sentence and the media metadata (`media:duration` per overlay and in total,
`media:active-class`, `media:narrator`). An EPUB 2 source is upgraded to an EPUB 3 package
(see `epub3`: its NCX becomes the navigation document, content documents become HTML5). HTML, text and
script sources get a minimal EPUB around the text that was read, one document per chapter.
Skipped text stays in the book and out of the overlays. Clip times are the manifest's
segment times, moved onto each chapter file's own clock.
"""

from __future__ import annotations

import posixpath
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape

from lxml import etree

from audiobook.errors import AudiobookError, OutputError
from audiobook.files import atomic_path
from audiobook.ingest.archive import as_listed
from audiobook.ingest.html_parsing import XHTML_NS, parse_content_document
from audiobook.ingest.xhtml import body_of, local_name, parse_xml
from audiobook.models import BookPlan
from audiobook.outputs.epub3 import (
    DC_NS,
    NCX_TYPE,
    OPF,
    OPF_NS,
    as_html5,
    declare_content,
    ncx_entries,
    relative_url,
    repair_package,
    unreachable_nonlinear,
    upgrade_package,
)
from audiobook.outputs.mending import (
    mend_images,
    mend_links,
    mend_media_types,
    mend_metadata,
    mend_titles,
    mended_stylesheet,
)
from audiobook.outputs.overlay import (
    SMIL_NS,
    Clip,
    Piece,
    clock_value,
    mark_block,
    mark_joined,
    overlay_duration_ms,
    smil_document,
)
from audiobook.settings import RenderSettings
from audiobook.tts.registry import narrator_name

_CONTENT_TYPES = frozenset({"application/xhtml+xml", "text/html"})
ACTIVE_CLASS = "-epub-media-overlay-active"
SMIL_TYPE = "application/smil+xml"
# the highlight's children too: a fixed-layout page's lines are positioned spans, outside their parent's box
STYLESHEET = (f".{ACTIVE_CLASS}, .{ACTIVE_CLASS} * "
              "{ background-color: #ffe98a; color: #000; border-radius: 0.2em; }\n").encode("utf-8")
_CONTAINER = "META-INF/container.xml"
Content = bytes | Path  # an archive entry's bytes, or the file they are copied from


@dataclass(frozen=True)
class _Block:
    """The segments of one source element that were rendered, with their audio."""

    href: str
    element: int
    audio: str  # the chapter file inside the EPUB, relative to the package folder
    pieces: tuple[Piece, ...]
    continued: tuple[tuple[str, int], ...] = ()  # the elements its text goes on in (`Block.continued`)


@dataclass
class _Overlay:
    """One content document's overlay as it is built."""

    document: str  # relative to the package folder
    clips: list[Clip] = field(default_factory=list)
    smil: str = ""  # beside the document, with its name

    def __post_init__(self) -> None:
        self.smil = self.smil or f"{posixpath.splitext(self.document)[0]}.smil"


def readalong_file(settings: RenderSettings) -> str:
    return f"{settings.file_stem}.epub"


def write_readalong_epub(plan: BookPlan, document: dict[str, Any], settings: RenderSettings, output_dir: Path
                         ) -> tuple[str, dict[str, int]]:
    """Write `{stem}.epub` beside the audio (atomically); returns its name and what its overlays
    cover: segments highlighted by sentence, by paragraph, and not at all (no source element)."""
    audio_files, blocks = _rendered_blocks(plan, document, settings)
    target = output_dir / readalong_file(settings)
    narrator = _narrator(document)
    source = Path(plan.book.source)
    from_epub = zipfile.is_zipfile(source) and source.suffix.lower() == ".epub"
    placed = [b for b in blocks if b.element >= 0] if from_epub else blocks
    with atomic_path(target) as temporary:
        if from_epub:
            overlays = _from_epub(source, plan, placed, audio_files, output_dir, narrator, temporary)
        else:
            overlays = _minimal_epub(plan, placed, audio_files, output_dir, narrator, temporary)
    clips = [clip for overlay in overlays for clip in overlay.clips]
    sentence = sum(1 for clip in clips if clip.sentence_level and not clip.continues)
    highlighted = sum(len(b.pieces) for b in placed)
    return target.name, {"segments_by_sentence": sentence, "segments_by_paragraph": highlighted - sentence,
                         "paragraph_clips": sum(1 for clip in clips if not clip.sentence_level),
                         "segments_not_highlighted": sum(len(b.pieces) for b in blocks) - highlighted}


def _rendered_blocks(plan: BookPlan, document: dict[str, Any], settings: RenderSettings
                     ) -> tuple[dict[str, str], list[_Block]]:
    """Chapter files by their name in the EPUB, and the rendered blocks in reading order."""
    chapters = {c["index"]: c for c in document["chapters"]}
    continued = {(block.href, block.element): block.continued for chapter in plan.book.chapters
                 for block in chapter.blocks if block.continued}
    audio_files: dict[str, str] = {}
    blocks: list[_Block] = []
    for chapter in plan.chapters:
        entry = chapters.get(chapter.index)
        if entry is None or not entry.get("file"):
            continue
        timing = {s["id"]: (s["start_ms"], s["end_ms"]) for s in entry["segments"]}
        offset = entry["start_ms"] - settings.room_tone_ms[0]  # the file opens with room tone
        audio = f"audio/chapter-{chapter.index:03d}.mp3"
        timed = [s for s in chapter.segments if s.kind == "text" and s.id in timing]
        # one element may hold several blocks (stanzas parted by "<br/><br/>"): marked as one, in order, so a
        # repeated stanza (a refrain) is found after the one before it
        for (href, element, _), group in groupby(timed, key=lambda s: (s.href, s.element,
                                                                       s.block_index if s.element < 0 else -1)):
            blocks.append(_Block(href, element, audio, tuple(
                Piece(s.id, s.text, timing[s.id][0] - offset, timing[s.id][1] - offset) for s in group),
                continued.get((href, element), ()) if element >= 0 else ()))
        if timed:
            audio_files[audio] = entry["file"]
    return audio_files, blocks


def _narrator(document: dict[str, Any]) -> str:
    """Every backend and voice that read the book, in order of first use."""
    voices = dict.fromkeys(narrator_name(s.get("backend", ""), s.get("voice"))
                           for c in document["chapters"] for s in c["segments"] if s.get("backend"))
    return ", ".join(voices) or narrator_name(document["settings"]["engine"], document["settings"].get("voice"))


def _xhtml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True, doctype="<!DOCTYPE html>")


def _link_stylesheet(root: etree._Element, href: str) -> None:
    namespace = f"{{{XHTML_NS}}}" if root.tag.startswith(f"{{{XHTML_NS}}}") else ""
    head = next((el for el in root if local_name(el) == "head"), None)
    if head is None:
        head = etree.Element(f"{namespace}head")
        root.insert(0, head)
    link = etree.SubElement(head, f"{namespace}link")
    link.set("rel", "stylesheet")
    link.set("type", "text/css")
    link.set("href", href)


def _mark_documents(blocks: Sequence[_Block], read: Any, stylesheet: str, folder: str
                    ) -> tuple[dict[str, etree._Element], list[_Overlay]]:
    """Mark every content document that has rendered blocks; returns them (their roots, by href) and their
    overlays, in reading order. `folder`: the package's, in the archive."""
    trees: dict[str, tuple[etree._Element, list[etree._Element], set[str]]] = {}
    overlays: dict[str, _Overlay] = {}

    def element(href: str, position: int) -> tuple[etree._Element, set[str]]:
        if href not in trees:
            root = read(href)
            trees[href] = (root, list(body_of(root).iter()), {i for i in root.xpath("//@id")})
            overlays[href] = _Overlay(href)
        _, nodes, used = trees[href]
        if not 0 <= position < len(nodes):
            raise OutputError(f"{href}: no element at position {position} for the read-along book "
                              "(the source changed during the render?)")
        return nodes[position], used

    for block in blocks:
        if not block.continued:
            node, used = element(block.href, block.element)
            overlays[block.href].clips.extend(mark_block(node, " ".join(p.text for p in block.pieces),
                                                         block.pieces, block.audio, used))
            continue
        places = [(block.href, block.element), *block.continued]
        marked = mark_joined([element(href, position) for href, position in places], block.pieces, block.audio)
        for (href, _), clips in zip(places, marked):
            overlays[href].clips.extend(clips)
    for href, (root, _, _) in trees.items():
        _link_stylesheet(root, relative_url(stylesheet, href, folder))
    return {href: root for href, (root, _, _) in trees.items()}, list(overlays.values())


def _smil_files(overlays: Sequence[_Overlay], folder: str = "") -> dict[str, bytes]:
    """Each overlay's SMIL document, by its href; `folder`: the package's, in the archive."""
    return {o.smil: smil_document(relative_url(o.document, o.smil, folder),
                                  [(relative_url(c.audio, o.smil, folder), c) for c in o.clips])
            for o in overlays}


def _media_metadata(overlays: Sequence[_Overlay], smil_ids: dict[str, str], narrator: str) -> list[tuple[str, str, str]]:
    """(property, refines, value) of the media metadata: each overlay's duration, the total, class, narrator."""
    entries = [("media:duration", f"#{smil_ids[o.smil]}", clock_value(overlay_duration_ms(o.clips))) for o in overlays]
    total = sum(overlay_duration_ms(o.clips) for o in overlays)
    entries += [("media:duration", "", clock_value(total)), ("media:active-class", "", ACTIVE_CLASS)]
    if narrator:
        entries.append(("media:narrator", "", narrator))
    return entries


def _modified() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _unique_name(wanted: str, taken: set[str]) -> str:
    stem, suffix = posixpath.splitext(wanted)
    name, number = wanted, 2
    while name in taken:
        name, number = f"{stem}-{number}{suffix}", number + 1
    taken.add(name)
    return name


# --- from an EPUB ---------------------------------------------------------------------------------------------

def _from_epub(source: Path, plan: BookPlan, blocks: Sequence[_Block], audio_files: dict[str, str],
               output_dir: Path, narrator: str, target: Path) -> list[_Overlay]:
    with zipfile.ZipFile(source) as original:
        container = parse_xml(original.read(_CONTAINER), source=str(source), href=_CONTAINER)
        opf_path = container.find(".//{*}rootfile").get("full-path")  # type: ignore[union-attr]
        folder = posixpath.dirname(opf_path)
        package = parse_xml(original.read(opf_path), source=str(source), href=opf_path)
        return _rewritten(as_listed(original, package, folder), source, opf_path, package, plan, blocks,
                          audio_files, output_dir, narrator, target)


def _rewritten(archive: zipfile.ZipFile, source: Path, opf_path: str, package: etree._Element, plan: BookPlan,
               blocks: Sequence[_Block], audio_files: dict[str, str], output_dir: Path, narrator: str, target: Path
               ) -> list[_Overlay]:
    """The source EPUB (`archive`, its members named as its package lists them) with our overlays, audio and
    stylesheet, written to `target`."""
    folder = posixpath.dirname(opf_path)
    upgrade = not (package.get("version") or "").startswith("3")

    def member(href: str) -> str:
        return posixpath.normpath(posixpath.join(folder, href)) if folder else posixpath.normpath(href)

    def read(href: str) -> etree._Element:
        media_type = items[href].get("media-type", "") if href in items else ""
        root = parse_content_document(archive.read(member(href)), source=str(source), href=href,
                                      media_type=media_type)
        return as_html5(root) if upgrade else root

    manifest = package.find(f"{OPF}manifest")
    items = {posixpath.normpath(unquote(item.get("href", ""))): item for item in manifest.iter(f"{OPF}item")}
    def present(href: str) -> bool:
        return member(href) in archive.NameToInfo

    repair_package(package, items, present)
    dropped: set[str] = set()
    for href in _old_overlays(archive, items, member):  # the book gets one set of overlays: ours
        manifest.remove(items.pop(href))
        dropped.add(member(href))
    for item in items.values():
        item.attrib.pop("media-overlay", None)
    taken = set(items) | {posixpath.relpath(n, folder or ".") for n in archive.namelist()}
    stylesheet = _unique_name("readalong.css", taken)
    audio_names = {audio: _unique_name(audio, taken) for audio in audio_files}
    blocks = [_Block(b.href, b.element, audio_names[b.audio], b.pieces, b.continued) for b in blocks]
    mend_metadata(package, plan.book.title, plan.language)
    documents, overlays = _mark_documents(blocks, read, stylesheet, folder)
    changed = set(documents)
    for href, item in items.items():
        if item.get("media-type") in _CONTENT_TYPES and href not in documents:
            try:
                documents[href] = read(href)
            except AudiobookError:
                continue  # a document we cannot parse is kept as it was
    for href in documents:
        if items[href].get("media-type") == "text/html":  # read as HTML: written as the XHTML a package lists
            items[href].set("media-type", "application/xhtml+xml")
            changed.add(href)
    changed |= (mend_links(documents) | mend_titles(documents, plan.book.title)
                | mend_images(documents, present))
    mend_media_types(items, lambda href: _head_of(archive, member(href)))
    if upgrade:  # EPUB 3 content documents are HTML5: all re-serialized without the old DOCTYPE
        for href, root in documents.items():
            declare_content(items[href], root)
        changed = set(documents)
    replaced: dict[str, bytes] = {member(href): _xhtml_bytes(documents[href]) for href in changed}
    for href, item in items.items():
        if item.get("media-type") == "text/css" and (css := mended_stylesheet(archive.read(member(href)))):
            replaced[member(href)] = css
    added: dict[str, Content] = {}

    item_ids = {item.get("id") for item in items.values()}
    smil_ids = {}
    for overlay in overlays:
        overlay.smil = _unique_name(overlay.smil, taken)
        smil_ids[overlay.smil] = _unique_name(f"ra-smil-{len(smil_ids) + 1}", item_ids)
        items[overlay.document].set("media-overlay", smil_ids[overlay.smil])
    for name, data in _smil_files(overlays, folder).items():
        added[member(name)] = data
        _add_item(manifest, smil_ids[name], name, SMIL_TYPE)
    for audio, name in audio_names.items():
        added[member(name)] = output_dir / audio_files[audio]  # copied from the file, never held in memory
        _add_item(manifest, _unique_name("ra-audio", item_ids), name, "audio/mpeg")
    added[member(stylesheet)] = STYLESHEET
    _add_item(manifest, _unique_name("ra-css", item_ids), stylesheet, "text/css")

    if upgrade:
        ncx = [href for href, item in items.items() if item.get("media-type") == NCX_TYPE]
        dropped |= {member(href) for href in upgrade_package(package, items)}
        nav_name = _unique_name("nav.xhtml", taken)
        added[member(nav_name)] = _upgraded_nav(plan, archive, ncx[0] if ncx else None, nav_name, member,
                                                package, items, replaced)
        _add_item(manifest, _unique_name("ra-nav", item_ids), nav_name, "application/xhtml+xml", "nav")
    _set_metadata(package, _media_metadata(overlays, smil_ids, narrator))
    replaced[opf_path] = etree.tostring(package.getroottree(), encoding="UTF-8", xml_declaration=True)
    _write_zip(target, _entries(archive, replaced, dropped, added))
    return overlays


def _head_of(archive: zipfile.ZipFile, name: str) -> bytes:
    """The first bytes of an archive member (enough for a picture's signature), or none when it is missing."""
    if name not in archive.NameToInfo:
        return b""
    with archive.open(name) as member:
        return member.read(16)


def _old_overlays(archive: zipfile.ZipFile, items: dict[str, etree._Element], member: Callable[[str], str]
                  ) -> set[str]:
    """The source's own Media Overlays: its SMIL files, and the audio files that only they play.
    Kept beside ours, they would tie one document to two overlays and leave overlays without a
    duration, which EPUBCheck rejects (and a reader would play the old narration)."""
    overlays = {href for href, item in items.items() if item.get("media-type") == SMIL_TYPE}
    audio: set[str] = set()
    for href in overlays:
        try:
            smil = parse_xml(archive.read(member(href)), source=archive.filename or "", href=href)
        except (AudiobookError, KeyError):
            continue  # unreadable or missing: dropped all the same
        folder = posixpath.dirname(href)
        audio |= {posixpath.normpath(posixpath.join(folder, unquote(clip.get("src", "").split("#")[0])))
                  for clip in smil.iter(f"{{{SMIL_NS}}}audio") if clip.get("src")}
    if not audio:
        return overlays
    documents = [archive.read(member(href)) for href, item in items.items()
                 if item.get("media-type") == "application/xhtml+xml" and member(href) in archive.namelist()]
    played_elsewhere = {href for href in audio if any(posixpath.basename(href).encode() in d for d in documents)}
    return overlays | {href for href in audio - played_elsewhere if href in items}


def _add_item(manifest: etree._Element, item_id: str, href: str, media_type: str, properties: str = "") -> None:
    item = etree.SubElement(manifest, f"{OPF}item")
    item.set("id", item_id)
    item.set("href", quote(href))
    item.set("media-type", media_type)
    if properties:
        item.set("properties", properties)


def _set_metadata(package: etree._Element, media: list[tuple[str, str, str]]) -> None:
    """Media metadata replaces any the source had; dcterms:modified is now (exactly once)."""
    metadata = package.find(f"{OPF}metadata")
    for element in list(metadata):
        if element.tag == f"{OPF}meta" and (element.get("property", "").startswith("media:")
                                           or element.get("property") == "dcterms:modified"):
            metadata.remove(element)
    for prop, refines, value in [("dcterms:modified", "", _modified()), *media]:
        meta = etree.SubElement(metadata, f"{OPF}meta")
        meta.set("property", prop)
        if refines:
            meta.set("refines", refines)
        meta.text = value


def _entries(archive: zipfile.ZipFile, replaced: dict[str, bytes], dropped: set[str], added: dict[str, Content]
             ) -> Iterator[tuple[str, Content]]:
    for info in archive.infolist():
        if info.filename == "mimetype" or info.is_dir() or info.filename in dropped or info.filename in added:
            continue
        yield info.filename, replaced.get(info.filename) or archive.read(info.filename)
    yield from added.items()


def _write_zip(target: Path, entries: Iterator[tuple[str, Content]]) -> None:
    """An OCF container: `mimetype` first and stored, everything else deflated (MP3s stored).
    A Path entry is copied from its file in pieces: a long book's audio is never all in memory."""
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in entries:
            method = zipfile.ZIP_STORED if name.endswith(".mp3") else zipfile.ZIP_DEFLATED
            if isinstance(data, Path):
                archive.write(data, name, compress_type=method)
            else:
                archive.writestr(name, data, compress_type=method)


def _upgraded_nav(plan: BookPlan, archive: zipfile.ZipFile, ncx: str | None, nav_name: str, member: Any,
                  package: etree._Element, items: dict[str, etree._Element], documents: dict[str, bytes]) -> bytes:
    """The navigation document of an upgraded EPUB 2: its NCX's table of contents, and a hidden
    list of the non-linear documents its links do not reach."""
    id_cache: dict[str, set[str] | None] = {}

    def ids(target: str) -> set[str] | None:
        if target not in id_cache:
            data = documents.get(target)
            id_cache[target] = set(etree.fromstring(data).xpath("//@id")) if data else None
        return id_cache[target]

    nav_member = member(nav_name)
    toc, linked = "", set()
    if ncx is not None:
        try:
            toc, linked = ncx_entries(parse_xml(archive.read(member(ncx)), source=plan.book.source, href=ncx),
                                      member(ncx), nav_member, ids)
        except AudiobookError:
            pass  # an unreadable NCX: the plan's chapters below
    if not toc:
        chapters = [c for c in plan.chapters if c.source_hrefs and c.title]
        toc = "".join(f'<li><a href="{escape(relative_url(c.source_hrefs[0], nav_name))}">{escape(c.title)}</a></li>'
                      for c in chapters)
        linked = {member(c.source_hrefs[0]) for c in chapters}
    others = "".join(f'<li><a href="{escape(relative_url(m, nav_member))}">{escape(posixpath.basename(m))}</a></li>'
                     for m in unreachable_nonlinear(package, items, member, linked))
    return _nav_page(plan, toc, others)


def _nav_page(plan: BookPlan, entries: str, hidden: str = "") -> bytes:
    """A navigation document: the table of contents, and a hidden list of other documents."""
    language = escape(plan.language)
    other = (f'<nav id="other-documents" hidden="hidden"><h2>Other documents</h2>'
             f"<ol>{hidden}</ol></nav>" if hidden else "")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="{XHTML_NS}" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{language}" lang="{language}"><head><title>'
            f'{escape(plan.book.title)}</title></head><body><nav epub:type="toc" id="toc"><h1>{escape(plan.book.title)}'
            f"</h1><ol>{entries or '<li><span>(no chapters)</span></li>'}</ol></nav>{other}</body></html>\n"
            ).encode("utf-8")


# --- a minimal EPUB around the text ---------------------------------------------------------------------------

def _minimal_epub(plan: BookPlan, blocks: Sequence[_Block], audio_files: dict[str, str], output_dir: Path,
                  narrator: str, target: Path) -> list[_Overlay]:
    """One XHTML document per rendered chapter: a paragraph per block, a span per segment."""
    files: dict[str, Content] = {}
    spine: list[tuple[str, str]] = []  # (item id, href)
    nav_entries = []
    overlays: list[_Overlay] = []
    for chapter in plan.chapters:
        segment_ids = {s.id for s in chapter.segments}
        chapter_blocks = [b for b in blocks if b.pieces[0].segment_id in segment_ids]
        if not chapter_blocks:
            continue
        name = f"chapter-{chapter.index:03d}.xhtml"
        overlay = _Overlay(name)
        paragraphs = []
        for block in chapter_blocks:
            spans = " ".join(f'<span id="ra-{escape(p.segment_id)}">{escape(p.text)}</span>' for p in block.pieces)
            paragraphs.append(f"<p>{spans}</p>")
            overlay.clips.extend(Clip(f"ra-{p.segment_id}", block.audio, p.start_ms, p.end_ms, True)
                                 for p in block.pieces)
        title = escape(chapter.title or f"Chapter {chapter.index}")
        language = escape(chapter.language)
        files[name] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="{XHTML_NS}" '
                       f'xml:lang="{language}" lang="{language}"><head><title>{title}</title>'
                       f'<link rel="stylesheet" type="text/css" href="readalong.css"/></head><body>'
                       f'<section id="chapter-{chapter.index:03d}">{"".join(paragraphs)}</section></body></html>\n'
                       ).encode("utf-8")
        spine.append((f"c{chapter.index:03d}", name))
        nav_entries.append(f'<li><a href="{name}#chapter-{chapter.index:03d}">{title}</a></li>')
        overlays.append(overlay)
    smil_ids = {o.smil: f"smil-{n}" for n, o in enumerate(overlays, start=1)}
    files.update(_smil_files(overlays))
    for audio, source in audio_files.items():
        files[audio] = output_dir / source
    files["readalong.css"] = STYLESHEET
    files["nav.xhtml"] = _nav_page(plan, "".join(nav_entries))
    cover = plan.book.cover
    cover_name = None
    if cover is not None:
        cover_name = "cover" + {"image/png": ".png", "image/gif": ".gif", "image/svg+xml": ".svg"}.get(
            cover.media_type, ".jpg")
        files[cover_name] = cover.data
    media = _media_metadata(overlays, smil_ids, narrator)
    files["content.opf"] = _minimal_package(plan, spine, overlays, smil_ids, audio_files, cover_name,
                                            cover.media_type if cover else "", media)
    container = ('<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                 'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n')
    _write_zip(target, iter([(_CONTAINER, container.encode("utf-8")),
                             *((f"OEBPS/{name}", data) for name, data in files.items())]))
    return overlays


def _minimal_package(plan: BookPlan, spine: list[tuple[str, str]], overlays: list[_Overlay],
                     smil_ids: dict[str, str], audio_files: dict[str, str], cover_name: str | None,
                     cover_type: str, media: list[tuple[str, str, str]]) -> bytes:
    book = plan.book
    identifier = uuid.uuid5(uuid.NAMESPACE_URL, f"audiobook:{book.checksum or book.source}")
    metadata = [f'<dc:identifier id="book-id">urn:uuid:{identifier}</dc:identifier>',
                f"<dc:title>{escape(book.title)}</dc:title>", f"<dc:language>{escape(plan.language)}</dc:language>",
                *(f"<dc:creator>{escape(author)}</dc:creator>" for author in book.authors),
                f'<meta property="dcterms:modified">{_modified()}</meta>',
                *(f'<meta property="{p}"{f" refines={chr(34)}{r}{chr(34)}" if r else ""}>{escape(v)}</meta>'
                  for p, r, v in media)]
    overlay_of = {o.document: smil_ids[o.smil] for o in overlays}
    manifest = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
                '<item id="css" href="readalong.css" media-type="text/css"/>']
    for item_id, href in spine:
        manifest.append(f'<item id="{item_id}" href="{href}" media-type="application/xhtml+xml" '
                        f'media-overlay="{overlay_of[href]}"/>')
    manifest += [f'<item id="{smil_ids[o.smil]}" href="{o.smil}" media-type="application/smil+xml"/>' for o in overlays]
    manifest += [f'<item id="audio-{n}" href="{audio}" media-type="audio/mpeg"/>'
                 for n, audio in enumerate(audio_files, start=1)]
    if cover_name:
        manifest.append(f'<item id="cover" href="{cover_name}" media-type="{cover_type}" properties="cover-image"/>')
    itemrefs = "".join(f'<itemref idref="{item_id}"/>' for item_id, _ in spine)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="{OPF_NS}" version="3.0" '
            f'unique-identifier="book-id" xml:lang="{escape(plan.language)}"><metadata xmlns:dc="{DC_NS}">'
            f'{"".join(metadata)}</metadata><manifest>{"".join(manifest)}</manifest><spine>{itemrefs}</spine>'
            "</package>\n").encode("utf-8")
