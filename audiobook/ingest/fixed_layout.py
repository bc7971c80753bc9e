"""Fixed-layout books (picture books, comics, magazines): pages, not chapters; lines, not paragraphs.

A fixed-layout EPUB sets every page as its own document, with each line of text placed where
the print edition has it: a positioned box per line, or a paragraph of positioned line spans
(InDesign's export). Its table of contents often names each page ("Page 7"). Read as a
reflowable book, every page was a chapter of a dozen words and every line a segment, its
sentence cut in the middle. Here a page-numbered TOC names no chapters, and a line that does
not end its sentence runs on into the next one that goes on in lower case.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

from lxml import etree

from audiobook.ingest.chapters import TocEntry, is_matter_title
from audiobook.ingest.headings import is_placeholder_title
from audiobook.ingest.hyphens import breaks_a_word
from audiobook.models import Block

_OPF = "http://www.idpf.org/2007/opf"
_APPLE_OPTIONS = "META-INF/com.apple.ibooks.display-options.xml"
# a TOC label that names a page: "Page 7", "p. 7", "7", "Seite 7", "Página vii"
PAGE_LABEL = re.compile(r"^(?:page|p\.|pg\.?|pp\.|seite|s\.|página|pagina|pàgina|pag\.|pág\.|sida|strona|str\.|"
                        r"страница|стр\.|bladzijde|blz\.)?\s*(?:\d{1,4}|[ivxlcdm]{1,8})(?:\s*[-–]\s*\d{1,4})?$",
                        re.IGNORECASE)
# the same with its word ("Page 7"): a bare "7" or "IV" in a reflowable book's TOC is a chapter's number
_NAMED_PAGE = re.compile(r"^(?:page|p\.|pg\.?|seite|s\.|página|pagina|pàgina|pag\.|pág\.|sida|strona|str\.|"
                         r"страница|стр\.|bladzijde|blz\.)\s*(?:\d{1,4}|[ivxlcdm]{1,8})$", re.IGNORECASE)
_ENDS_SENTENCE = tuple(".!?…:;\"'”’»)]")


def is_fixed_layout(package, path: Path) -> bool:  # type: ignore[no-untyped-def]
    """Whether the book is laid out as fixed pages: EPUB 3's `rendition:layout` "pre-paginated", the Kindle
    meta "fixed-layout", or Apple's display options for older EPUB 2 picture books."""
    for value, attributes in package.metadata.get(_OPF, {}).get("meta", []):
        if attributes.get("property") == "rendition:layout" and (value or "").strip() == "pre-paginated":
            return True
        if attributes.get("name") == "fixed-layout" and (attributes.get("content") or "").strip() == "true":
            return True
    try:
        with zipfile.ZipFile(path) as archive:
            options = archive.read(_APPLE_OPTIONS)
    except (KeyError, OSError, zipfile.BadZipFile):
        return False
    try:
        root = etree.fromstring(options, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return False
    return any(option.get("name") == "fixed-layout" and (option.text or "").strip() == "true"
               for option in root.iter("option"))


def chapter_entries(entries: list[TocEntry], book_title: str) -> list[TocEntry]:
    """The TOC's chapters, where entries that only name a page ("Page 7") are not: a page of a picture book
    continues the chapter before it. The first of them at the TOC's start or after its matter ("Cover", "Title
    Page") opens the story, titled with the book's title; so is an entry that names nothing ("Start")."""
    chapters: list[TocEntry] = []
    for entry in entries:
        if not PAGE_LABEL.match(entry.title.strip()):
            chapters.append(entry)
        elif not chapters or is_matter_title(chapters[-1].title):
            chapters.append(dataclasses.replace(entry, title=book_title))
    return [dataclasses.replace(entry, title=book_title) if book_title and is_placeholder_title(entry.title) else entry
            for entry in chapters]


def without_page_entries(entries: list[TocEntry]) -> list[TocEntry]:
    """A reflowable book's TOC without the entries that only name a page ("Page 7", as a converter from print
    lists every page) where they are most of it: its chapters are then its other entries, or its headings.
    A few page entries among chapters stay (a TOC's "Page 12" may name a chapter that starts there)."""
    pages = sum(1 for entry in entries if _NAMED_PAGE.match(entry.title.strip()))
    return [entry for entry in entries if not _NAMED_PAGE.match(entry.title.strip())] if pages * 2 > len(
        entries) else entries


def joined_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Lines set as blocks joined into their paragraphs: a paragraph whose text does not end a sentence
    runs on into the next when that one goes on in lower case ("Mila lived at the top" "of the lighthouse"),
    across a page turn too. A word broken at a line's end by a hyphen is joined whole."""
    joined: list[Block] = []
    for block in blocks:
        before = joined[-1] if joined else None
        if (before is not None and before.kind == block.kind == "p" and not before.text.endswith(_ENDS_SENTENCE)
                and block.text[:1].islower()):
            if breaks_a_word(before.text, block.text):
                text = before.text[:-1] + block.text
            else:
                text = f"{before.text} {block.text}"
            joined[-1] = Block(text=text, kind="p", href=before.href, language_hint=before.language_hint,
                               speaker=before.speaker, element=before.element, ends_scene=block.ends_scene,
                               list_marker=before.list_marker, continued=before.continued_with(block))
        else:
            joined.append(block)
    return tuple(joined)
