"""EPUB 2 and 3 books into a `Book`.

ebooklib reads the package (metadata, manifest, spine, guide, nav or NCX); content
documents are parsed from their raw bytes (ebooklib's `get_content()` rewrites
`lang` and drops `<head>`). The archive is vetted first (see archive.py).
"""

from __future__ import annotations

import dataclasses
import io
import logging
import posixpath
import re
import warnings
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from lxml import etree, html

import audiobook.ingest.gutenberg as gutenberg
from audiobook.errors import AudiobookError, EmptyBookError, ParseError
from audiobook.files import file_checksum
from audiobook.ingest.archive import TEXT_TYPES, check_package, open_archive
from audiobook.ingest.archive_frame import without_archive_frame
from audiobook.ingest.chapters import (
    FileStart,
    TocEntry,
    chapters_at_headings,
    choose_depth,
    cut_chapters,
    is_matter_title,
    without_matter_titled,
)
from audiobook.ingest.coarse_chapters import split_coarse_chapters
from audiobook.ingest.fixed_layout import chapter_entries, is_fixed_layout, joined_lines, without_page_entries
from audiobook.ingest.headings import is_placeholder_title, looks_like_heading, plain_words
from audiobook.ingest.html_parsing import parse_content_document
from audiobook.ingest.linked_notes import LINKED_NOTE, NoteTargets
from audiobook.ingest.look import class_looks, document_looks
from audiobook.ingest.marked_chapters import marked_chapter_ids, with_marked_chapters
from audiobook.ingest.matter import MATTER_MAX_WORDS, is_list_page, reads_as_text
from audiobook.ingest.matter_documents import (
    chapters_set_aside,
    ends_with_a_notice,
    matter_by_content,
    without_closing_notices,
)
from audiobook.ingest.names import authors_in
from audiobook.ingest.opening import without_opening_matter
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.printed_contents import without_page_number
from audiobook.ingest.publication import publication_of
from audiobook.ingest.title_page import (
    RESPONSIBILITY,
    authors_in_text,
    byline_names,
    title_from_title_page,
    without_title_page,
)
from audiobook.ingest.xhtml import (
    ALT_TEXT,
    EPUB_TYPE,
    NOTES_TITLE,
    Anchor,
    clean_text,
    count_words,
    extract_events,
    iter_body_text,
    local_name,
    parse_xml,
    readable_characters,
)
from audiobook.models import Block, Book, Cover, Skipped
from audiobook.text.lexicon import Lexicon, parse_pls

log = logging.getLogger(__name__)

# EPUB 2 guide and EPUB 3 landmark types whose documents are front or back matter.
_MATTER_LANDMARKS = {"cover", "title-page", "titlepage", "toc", "copyright-page", "colophon", "imprint", "index", "loi",
                     "lot", "halftitlepage", "imprimatur"}
_MATTER_FILE = re.compile(r"(^|[/_.-])(cover|coverpage|title-?page|titlepage|halftitle|copyright|colophon|imprint|toc|"
                          r"contents|licen[cs]e)([_.-]|$)", re.IGNORECASE)


MISSING_RESOURCE = "missing from the archive (holds none of the text: an image, a stylesheet, a font, the NCX)"
UNREADABLE_NCX = "its table of contents (the NCX) is missing or broken: chapters were found in the text"


def _load_package(path: Path, package_path: str, missing: list[str],  # type: ignore[no-untyped-def]
                  aliases: dict[str, str]):
    """ebooklib's view of the package, with its exceptions translated, and whether its EPUB 2 table of
    contents (the NCX) could be read. One ebooklib cannot parse (no navMap, malformed, missing) is left
    out, as a reading app would, and chapters come from the text. ebooklib reads every manifest file,
    so `missing` ones (images, stylesheets: nothing to read) stand in empty, and ones the archive holds under
    another case (`aliases`) under the name listed, in a copy in memory."""
    from ebooklib import epub

    source = str(path)
    try:
        try:
            return _read_package(path, package_path, missing, aliases, without_ncx=False), True
        except (epub.EpubException, etree.LxmlError, AttributeError, TypeError, IndexError) as exc:
            first = exc
        try:
            return _read_package(path, package_path, missing, aliases, without_ncx=True), False
        except Exception:
            raise first from None
    except KeyError as exc:
        raise ParseError(source, f"a file listed in the package is missing from the archive: {exc.args[0] if exc.args else exc}") from exc
    except epub.EpubException as exc:
        raise ParseError(source, f"not a valid EPUB: {getattr(exc, 'msg', exc)}") from exc
    except (etree.LxmlError, zipfile.BadZipFile, zlib.error, EOFError, IndexError, AttributeError, TypeError,
            NotImplementedError, RuntimeError, UnicodeError,
            ValueError) as exc:
        raise ParseError(source, f"not a valid EPUB: the package document is broken ({type(exc).__name__})") from exc


_SPINE_TOC = re.compile(rb"(<(?:\w+:)?spine\b[^>]*?)\s+toc\s*=\s*(?:\"[^\"]*\"|'[^']*')")


def _read_package(path: Path, package_path: str, missing: list[str],  # type: ignore[no-untyped-def]
                  aliases: dict[str, str], *, without_ncx: bool):
    from ebooklib import epub

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if not missing and not aliases and not without_ncx:
            return epub.read_epub(str(path), {"ignore_ncx": True})
        copy = io.BytesIO()
        with zipfile.ZipFile(path) as original, zipfile.ZipFile(copy, "w") as archive:
            for info in original.infolist():
                data = original.read(info)
                archive.writestr(info.filename, _SPINE_TOC.sub(rb"\1", data)
                                 if without_ncx and info.filename == package_path else data)
            for name in missing:
                archive.writestr(name, b"")
            for name, member in aliases.items():
                archive.writestr(name, original.read(member))
        copy.seek(0)
        return epub.read_epub(copy, {"ignore_ncx": True})


def _flatten_toc(toc, base_dir: str = "", depth: int = 1,  # type: ignore[no-untyped-def]
                 part: str = "") -> list[TocEntry]:
    """The TOC's linked entries in order. An entry without a link ("<span>Part Two</span>" over its
    chapters) cuts nothing, but its title goes to the entries below it as their `part`."""
    entries: list[TocEntry] = []
    for node in toc:
        children = []
        if isinstance(node, tuple):
            node, children = node[0], node[1]
        href = getattr(node, "href", None) or ""
        title = clean_text(without_page_number(getattr(node, "title", "") or ""))
        if href:
            file_part, _, fragment = unquote(href).partition("#")
            file_part = posixpath.normpath(posixpath.join(base_dir, file_part)) if file_part else ""
            entries.append(TocEntry(title=title, href=file_part, fragment=fragment or None, depth=depth, part=part))
        entries.extend(_flatten_toc(children, base_dir, depth + 1, part if href or not title else title))
    return entries


def _toc_entries(package) -> list[TocEntry]:  # type: ignore[no-untyped-def]
    from ebooklib import epub

    # ebooklib gives an NCX whose navMap is empty as one bare Link, not a list
    toc = package.toc if isinstance(package.toc, (list, tuple)) else [package.toc]
    nav = next((i for i in package.get_items() if isinstance(i, epub.EpubNav)), None)
    if nav is not None:
        return _flatten_toc(toc)  # ebooklib resolves nav hrefs against the nav's folder
    ncx = next((i for i in package.get_items() if isinstance(i, epub.EpubNcx)), None)
    base = posixpath.dirname(ncx.file_name) if ncx is not None else ""
    return _flatten_toc(toc, base)


def _in_files_named(entries: list[TocEntry], names: set[str]) -> list[TocEntry]:
    """The entries, each pointing at a file the manifest names: one whose href differs from a file's name only in
    case ("Text/Chapter01.xhtml" for "Text/chapter01.xhtml", as a book made on Windows may write it) points at that
    file. Such entries found no document, and the TOC's titles were lost."""
    folded = {name.casefold(): name for name in names}
    return [dataclasses.replace(entry, href=folded.get(entry.href.casefold(), entry.href))
            if entry.href not in names else entry for entry in entries]


# the landmarks' types and file names of matter however long: a list, never a chapter
_LISTS = frozenset({"toc", "index", "loi", "lot", "contents"})


def _matter_file_kind(href: str) -> str | None:
    """The matter a document's file name says it is ("cover", "toc", "copyright"), or None."""
    match = _MATTER_FILE.search(posixpath.basename(href))
    return match.group(2).lower() if match else None


def _matter_files(package, source: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Documents that landmarks or the guide mark as front/back matter: href -> type."""
    from ebooklib import epub

    marked: dict[str, str] = {}
    for reference in package.guide or []:
        kind = (reference.get("type") or "").lower()
        href, _, fragment = unquote(reference.get("href") or "").partition("#")
        if kind in _MATTER_LANDMARKS and href and not fragment:  # a fragment marks a place, as in landmarks (calibre's
            marked[posixpath.normpath(href)] = kind  # "toc" in a Word file's one document: the whole book was skipped)
    nav = next((i for i in package.get_items() if isinstance(i, epub.EpubNav)), None)
    if nav is not None:
        root = parse_xml(nav.content, source=source, href=nav.file_name)
        base = posixpath.dirname(nav.file_name)
        for element in root.iter():
            if local_name(element) == "nav" and "landmarks" in (element.get(EPUB_TYPE) or ""):
                for link in element.iter():
                    kind = (link.get(EPUB_TYPE) or "").lower()
                    href = unquote(link.get("href") or "").partition("#")[0]
                    # a landmark pointing at a fragment marks a place, not a whole document
                    if local_name(link) == "a" and kind in _MATTER_LANDMARKS and href and "#" not in (link.get("href") or ""):
                        marked[posixpath.normpath(posixpath.join(base, href))] = kind
    return marked


def _cover(package) -> Cover | None:  # type: ignore[no-untyped-def]
    from ebooklib import epub

    for item in package.get_items():
        if isinstance(item, epub.EpubCover) and item.content:  # empty: missing from the archive
            return Cover(item.content, item.media_type)
    for _, attributes in package.get_metadata("OPF", "cover"):
        item = package.get_item_with_id(attributes.get("content", ""))
        if item is not None and (item.media_type or "").startswith("image/") and item.content:
            return Cover(item.content, item.media_type)
    return None


def _metadata(package, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [clean_text(value) for value, _ in package.get_metadata("DC", name) if isinstance(value, str) and value.strip()]


def plain_description(text: str) -> str:
    """A description as words: calibre and stores write it as HTML ("<p>A novel about <b>keepers</b>.</p>"),
    whose tags a reader app showed as they stand, under the title."""
    if "<" not in text or ">" not in text:
        return text
    try:
        fragment = html.fragment_fromstring(text, create_parent="div")
    except etree.ParserError:
        return text
    for block in fragment.iter("p", "div", "br", "li"):  # a paragraph's end is a space, not a run of words
        block.tail = " " + (block.tail or "")
    return " ".join(fragment.text_content().split())


# a library catalogue's statement of responsibility after the title: " / By Dante Alighieri. / Translated by..."


# the name a program gave a converted document: "Microsoft Word - The Keeper.docx"
_PROGRAM_PREFIX = re.compile(r"^(?:Microsoft (?:Word|PowerPoint)|Word|Writer) - ", re.IGNORECASE)
_FILE_EXTENSION = re.compile(r"\.(?:docx?|odt|rtf|pdf|pages|indd|txt|html?)$", re.IGNORECASE)


def file_title(path: Path) -> str:
    """A title from the file's name, when the book gives none: "the-salt-road.epub" is "The salt road" (a name
    all in lower case opens with a capital, as a title a player shows does; one with capitals keeps them)."""
    title = path.stem.replace("_", " ").replace("-", " ").strip()
    return title[:1].upper() + title[1:] if title.islower() else title


# a store's note on the format ("The Salt Road [Kindle Edition]") and a catalogue's article put last ("Salt Road, The")
_EDITION = re.compile(r"\s*[(\[](?:kindle edition|e-?book(?: edition)?|epub|digital edition)[)\]]$", re.IGNORECASE)
_ARTICLE_LAST = re.compile(r"^(?P<rest>[^,]+), (?P<article>The|An?|Les|Le|La|L['’]|Der|Die|Das|El|Los|Las|Il|Lo|Gli|"
                           r"De|Het)$")
_ELIDED = ("'", "’")


def catalogue_title(title: str) -> str:
    """The title alone, from one written as a catalogue entry ("The vision of hell. / By Dante
    Alighieri. / Translated by ...", "Salt Road, The"), as a store lists it ("The Salt Road [Kindle Edition]"), or
    as the name of the file a program converted ("Microsoft Word - The Keeper.docx"): what a player shows and a
    listener hears; none from a file's name without a space ("manuscript-final.docx", "Keeper_v3.docx")."""
    title = _PROGRAM_PREFIX.sub("", title)
    if _FILE_EXTENSION.search(title) and " " not in title.strip():
        return ""  # a working file's name, "manuscript-final.docx": the book's heading or its own file's name says more
    title = _FILE_EXTENSION.sub("", title).strip() or title
    title = _EDITION.sub("", title) or title
    if match := _ARTICLE_LAST.match(title):
        article, rest = match.group("article"), match.group("rest")
        title = article + rest if article.endswith(_ELIDED) else f"{article} {rest}"  # "L'Étranger"
    parts = RESPONSIBILITY.split(title, maxsplit=1)
    return parts[0].rstrip(" .;:/") or title if len(parts) > 1 else title


def _skip_whole(root: etree._Element, href: str, reason: str) -> Skipped:
    text = clean_text(" ".join(iter_body_text(root)))
    return Skipped(href, reason, count_words(text), readable_characters(text))


def _is_link_page(root: etree._Element) -> bool:
    """A page whose words are mostly links: a table of contents without markup."""
    linked = sum(count_words(" ".join(a.itertext())) for a in root.iter("{*}a", "a") if a.get("href"))
    if linked < 8:  # at least 10 words, 80% of them linked: most pages end here, uncounted
        return False
    words = count_words(" ".join(iter_body_text(root)))
    return words >= 10 and linked >= 0.8 * words


class _Stylesheets:
    """The class looks of the book's stylesheets, each parsed once however many documents link it."""

    def __init__(self, items: dict[str, object]) -> None:
        self.items = items  # file name -> ebooklib item
        self.parsed: dict[str, dict[str, int]] = {}

    def looks_for(self, root: etree._Element, href: str) -> dict[str, int]:
        """The class looks of document `href`: its linked stylesheets' and its own."""
        def linked(link: str) -> dict[str, int]:
            name = posixpath.normpath(posixpath.join(posixpath.dirname(href), unquote(link.split("#")[0])))
            if name not in self.parsed:
                item = self.items.get(name)
                content = item.get_content() if item is not None else b""  # type: ignore[attr-defined]
                self.parsed[name] = class_looks(content.decode("utf-8", "replace"))
            return self.parsed[name]

        return document_looks(root, linked)


def read_epub(path: Path, options: IngestOptions) -> Book:
    """Read an EPUB 2 or 3 file into chapters of blocks, listing everything skipped."""
    source = str(path)
    with open_archive(path) as archive:
        package_path, missing, aliases = check_package(archive, source)
    for name, member in aliases.items():
        log.warning("%s: %s is listed as %s (the names differ in case): read as listed", source, member, name)
    package, toc_read = _load_package(path, package_path, missing, aliases)
    try:
        book = _build_book(path, package, options)
    except AudiobookError:
        raise
    except RecursionError as exc:
        raise ParseError(source, "documents are nested too deeply to read") from exc
    absent = [Skipped(name, MISSING_RESOURCE, 0, 0) for name in missing]
    if not toc_read:
        absent.append(Skipped(package_path, UNREADABLE_NCX, 0, 0))
    return dataclasses.replace(book, skipped=(*book.skipped, *absent)) if absent else book


def _build_book(path: Path, package, options: IngestOptions) -> Book:  # type: ignore[no-untyped-def]
    source = str(path)
    fixed_layout = is_fixed_layout(package, path)
    titles = _metadata(package, "title")
    catalogued = catalogue_title(titles[0]) if titles else ""
    entries = _in_files_named(_toc_entries(package), {item.file_name for item in package.get_items()})
    if fixed_layout:
        entries = chapter_entries(entries, catalogued)
    else:
        entries = without_page_entries(entries)
    matter = {} if options.include_matter else _matter_files(package, source)
    fragments: dict[str, set[str]] = {}
    for entry in entries:
        if entry.fragment:
            fragments.setdefault(entry.href, set()).add(entry.fragment)

    stream: list = []
    spine_hrefs: list[str] = []
    by_id: dict = {}  # manifest id -> ebooklib item
    for manifest_item in package.get_items():  # ebooklib looks ids up one by one: n^2 for a long spine
        by_id.setdefault(manifest_item.id, manifest_item)
    stylesheets = _Stylesheets({posixpath.normpath(item.file_name): item for item in by_id.values()
                                if (item.media_type or "").lower() == "text/css"})
    seen: set[str] = set()
    creators = tuple(name for creator in _metadata(package, "creator") for name in authors_in(creator))  # no "Unknown"
    bylines: list[tuple[str, ...]] = []  # names in marked title pages' by-lines, looked for when no creator is named
    note_targets: NoteTargets = {}  # where the note markers read so far point: notes in later files
    head_titles: dict[str, str] = {}  # each document's <title>, which may name its chapter when no TOC does
    by_content: list[tuple[int, str, list]] = []  # documents set aside as matter by what they say: place, why, text
    noticed: list[tuple[int, int]] = []  # chapters whose document ends with a copyright notice: where in the stream
    marked: dict[str, list[str]] = {}  # the chapters documents mark themselves where no TOC entry points inside
    chapters_off_the_spine = _chapters_marked_non_linear(package.spine, by_id, entries)
    for idref, linear in package.spine:
        item = by_id.get(idref)
        if item is None:
            raise ParseError(source, f"the spine names {idref!r}, which is not in the manifest")
        href = posixpath.normpath(item.file_name)
        if href in seen:  # invalid, but made by some tools: the document is read where it first stands
            stream.append(Skipped(href, "listed again in the spine (read once, where it first stands)", 0, 0))
            continue
        seen.add(href)
        media_type = (item.media_type or "").lower()
        if media_type not in TEXT_TYPES and not href.lower().endswith((".xhtml", ".html", ".htm", ".xml")):
            stream.append(Skipped(href, f"not a text document ({media_type or 'unknown type'})", 0, 0))
            continue
        root = parse_content_document(item.content, source=source, href=href, media_type=media_type)
        item.content = b""  # parsed: drop the bytes, or the whole book stays in memory beside its text
        if not entries:  # no table of contents: a document's <title> may name its chapter
            head_titles[href] = _head_title(root)
        if not creators and not bylines and len(spine_hrefs) < _TITLE_PAGE_FILES:  # a title page opens the book
            bylines.extend(names for names in [_title_page_byline(root)] if names)
        stream.append(FileStart(href))
        spine_hrefs.append(href)
        if str(linear).lower() == "no" and not options.include_nonlinear and href not in chapters_off_the_spine:
            stream.append(_skip_whole(root, href, NON_LINEAR))
            continue
        kind = matter.get(href) or (None if options.include_matter else _matter_file_kind(href))
        whole = _skip_whole(root, href, f"front/back matter ({matter.get(href) or 'its file name'})") if kind else None
        if whole and (whole.words <= MATTER_MAX_WORDS or kind in _LISTS):
            stream.append(whole)
            continue
        if not options.include_matter and not whole and _is_link_page(root):
            stream.append(_skip_whole(root, href, "front/back matter (a page of links)"))
            continue
        wanted = fragments.get(href)  # the places the TOC points at in this file, found by id or <a name="ch1">
        cut_ids = frozenset(wanted & {ident for el in root.iter() if (ident := el.get("id") or el.get("name"))}
                            ) if wanted else frozenset()
        if not wanted and (ids := marked_chapter_ids(root)):  # <section epub:type="chapter"> twice or more
            marked[href], cut_ids = ids, frozenset(ids)
        events = extract_events(root, href=href, cut_ids=cut_ids, include_matter=options.include_matter,
                                include_alt_text=options.include_alt_text,
                                looks=stylesheets.looks_for(root, href), note_targets=note_targets,
                                fixed_layout=fixed_layout)
        if whole and not reads_as_text(texts := [e.text for e in events if isinstance(e, Block)]) or (
                whole and is_list_page(texts)):
            stream.append(whole)  # a long page a landmark or its file name calls matter, that reads as matter
            continue
        # a file that holds several chapters is not one page of matter (one entry at its start is pandoc's way)
        reason = None if options.include_matter or len(cut_ids) > 1 else matter_by_content(events)
        if reason:
            by_content.append((len(stream), reason, events))
        elif not options.include_matter and ends_with_a_notice(events):  # an epilogue, then "© 2021 Ann Writer"
            noticed.append((len(stream) + 1, len(stream) + 1 + len(events)))
        stream.append(_skip_whole(root, href, f"front/back matter ({reason})") if reason else None)
        stream.extend([] if reason else events)
    without_closing_notices(stream, noticed)
    stream = chapters_set_aside(stream, by_content)
    stream = [item for item in stream if item is not None]
    if not options.include_matter:
        stream = without_archive_frame(gutenberg.without_frame(stream))
        if note_targets:
            _skip_notes_titles_above(stream)

    # entries whose target is missing from the document cut at the file start instead
    usable = []
    anchors = {(href, event.id) for href, event in _anchors_by_file(stream)}
    for entry in with_marked_chapters(entries, marked, spine_hrefs) if entries else ():
        if entry.href not in spine_hrefs:
            continue
        if entry.fragment and (entry.href, entry.fragment) not in anchors:
            entry = dataclasses.replace(entry, fragment=None)
        usable.append(entry)
    without_toc = not usable
    if without_toc and fixed_layout and spine_hrefs:  # its documents are pages: one chapter, cut at headings
        usable = [TocEntry(catalogued, spine_hrefs[0], None, 1)]
    elif without_toc:  # no usable table of contents: one chapter per spine document, then per heading
        names = _telling_head_titles(head_titles, catalogued)
        usable = with_marked_chapters([TocEntry(names.get(href, ""), href, None, 1) for href in spine_hrefs], marked,
                                      spine_hrefs)

    depth = options.toc_depth or choose_depth(stream, usable, options.include_matter)
    chapters, skipped = cut_chapters(stream, usable, depth=depth, include_matter=options.include_matter)
    if fixed_layout:  # its lines are blocks: each joined into its paragraph
        chapters = [dataclasses.replace(chapter, blocks=joined_lines(chapter.blocks)) for chapter in chapters]
    if without_toc:
        chapters = chapters_at_headings(chapters)
    if not options.toc_depth:  # a chosen depth is the user's; the automatic one is checked against the text
        chapters = split_coarse_chapters(chapters)
    if not options.include_matter:
        chapters, matter = without_matter_titled(chapters)
        skipped = [*skipped, *matter]
    title = title_from_title_page(catalogued, chapters)  # calibre's "almanac"
    if not title or is_placeholder_title(title):  # "Untitled", "Document1": the file's name says more
        title = file_title(path)
    authors = creators or authors_in_text(chapters, title) or next(iter(bylines), ())  # calibre's "Unknown" over
    # "by Maren Holt"; pandoc's title page of a Word file with no author: "by Ada Moss" as its subtitle
    if not options.include_matter:
        chapters, title_page = without_title_page(chapters, title, authors)
        skipped = [*skipped, *title_page]
        if len(chapters) > 1 and set(chapters[0].source_hrefs) & set(chapters[1].source_hrefs) and not any(
                b.kind == "heading" or looks_like_heading(b.text) for b in chapters[0].blocks):
            chapters, opening = without_opening_matter(chapters)  # in the first chapter's file, before its heading
            skipped = [*skipped, *opening]
    languages = _metadata(package, "language")
    book = Book(
        source=source,
        title=title,
        authors=authors,
        declared_language=languages[0] if languages else None,
        chapters=tuple(chapters),
        skipped=tuple(skipped),
        cover=_cover(package),
        checksum=file_checksum(path),
        description=plain_description(next(iter(_metadata(package, "description")), "")),
        publication=publication_of(package),
        lexicon=_pls_lexicons(package, languages[0] if languages else "", source),
    )
    require_text(book)
    return book


def _pls_lexicons(package, language: str, source: str) -> Lexicon:  # type: ignore[no-untyped-def]
    """Every PLS lexicon in the manifest (EPUB 3 pronunciation lexicons), merged in manifest order."""
    lexicon = Lexicon()
    for item in package.get_items():
        if (item.media_type or "").lower() == "application/pls+xml":
            try:
                lexicon = lexicon.merged(parse_pls(item.content, language))
            except etree.XMLSyntaxError as exc:
                raise ParseError(source, f"{item.file_name}: malformed pronunciation lexicon ({exc})") from exc
    return lexicon


_TITLE_PAGE_FILES = 5  # the spine's first documents, where a title page stands


def _head_title(root: etree._Element) -> str:
    """A document's <title>, in its <head>."""
    head = next((child for child in root if local_name(child) == "head"), None)
    title = next((el for el in head if local_name(el) == "title"), None) if head is not None else None
    return clean_text("".join(title.itertext())) if title is not None else ""


def _telling_head_titles(head_titles: dict[str, str], book_title: str) -> dict[str, str]:
    """The documents' <title>s that name their chapter, for a book without a table of contents ("Chapter 2: The
    Storm"; its chapters were titled by their opening words): each one only once in the book, not the book's own
    title, not a converter's file name or placeholder ("part0003", "Untitled")."""
    counts = Counter(plain_words(title) for title in head_titles.values())
    book = plain_words(book_title)
    return {href: title for href, title in head_titles.items() if title and counts[plain_words(title)] == 1
            and plain_words(title) != book and not is_placeholder_title(title)}


def _title_page_byline(root: etree._Element) -> tuple[str, ...]:
    """The names in a by-line ("by Ada Moss") inside a document's part marked as its title page."""
    for page in root.iter():
        if "titlepage" in (page.get(EPUB_TYPE) or "").split():
            for element in page.iter():
                text = clean_text(element.text or "") if len(element) == 0 else ""
                if text and (names := byline_names(text)):
                    return names
    return ()


def _skip_notes_titles_above(stream: list) -> None:
    """The "Notes" headings right before the book's first note found by its marker's link, in the files
    before its own, go with the notes (calibre ends the text's last file with "notes" and gives "Notes"
    a file of its own)."""
    first = next((i for i, event in enumerate(stream) if isinstance(event, Skipped) and event.reason == LINKED_NOTE),
                 None)
    for index in range(first - 1 if first is not None else -1, -1, -1):
        event = stream[index]
        if isinstance(event, Block):
            if event.kind not in {"heading", "p"} or not NOTES_TITLE.match(event.text):
                return
            stream[index] = Skipped.of_text(event.href, LINKED_NOTE, event.text)


def _anchors_by_file(stream: list):  # type: ignore[no-untyped-def]
    href = ""
    for item in stream:
        if isinstance(item, FileStart):
            href = item.href
        elif isinstance(item, Anchor):
            yield href, item


NON_LINEAR = "non-linear spine item (notes or supplementary)"


def _chapters_marked_non_linear(spine: list, by_id: dict, entries: list[TocEntry]) -> frozenset[str]:
    """The documents marked non-linear that are chapters all the same: every one where the whole spine is so
    marked (a book of nothing but supplements is a broken spine), else those the TOC lists with a chapter's
    label ("Chapter 2" between two linear chapters). Notes, answers and maps stay aside."""
    marked = [posixpath.normpath(item.file_name) for idref, linear in spine
              if str(linear).lower() == "no" and (item := by_id.get(idref)) is not None]
    if len(marked) == len(spine):
        return frozenset(marked)
    labelled = {entry.href for entry in entries if looks_like_heading(entry.title) and not is_matter_title(entry.title)
                and not NOTES_TITLE.match(entry.title.strip())}
    return frozenset(href for href in marked if href in labelled)


def require_text(book: Book) -> None:
    """Refuse a book with nothing to read, saying what was skipped and which option reads it."""
    if any(chapter.blocks for chapter in book.chapters):
        return
    skipped_words = sum(s.words for s in book.skipped)
    by_option = {option: sum(s.words for s in book.skipped if s.reason == reason)
                 for option, reason in (("--include-nonlinear", NON_LINEAR), ("--alt-text", ALT_TEXT))}
    option = next((option for option, words in by_option.items() if words * 2 > skipped_words), "--include-matter")
    what = {"--include-nonlinear": "non-linear", "--alt-text": "pictures' alt text"}.get(
        option, "front/back matter or notes")
    detail = f" ({skipped_words:,} words were skipped, most as {what}; see {option})" if skipped_words else ""
    raise EmptyBookError(book.source, f"no readable text{detail}", option if skipped_words else "")


