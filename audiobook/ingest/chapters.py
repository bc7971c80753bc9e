"""Cutting a stream of extracted events into chapters at table-of-contents entries.

The reader (EPUB or HTML) walks documents in reading order and produces a flat
stream: `FileStart`, `Anchor`, `Block`, `Skipped`. Table-of-contents entries name
(file, fragment) positions. A chapter starts at each entry of the chosen depth and
runs to the next one, across files if need be; deeper entries stay inside it.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from audiobook.ingest.options import AUTO_MAX_CHAPTERS, AUTO_MIN_MEDIAN_WORDS
from audiobook.ingest.xhtml import Anchor, count_words, readable_characters
from audiobook.models import Block, Chapter, Skipped

# Titles of table-of-contents entries that lead to front or back matter, in the 11 languages.
MATTER_TITLE = re.compile(
    r"^(cover|front cover|back cover|title( page)?|half[- ]title|copyright( page)?|(table of )?contents|colophon|imprint|"
    r"licen[cs]e|(the full )?project gutenberg.*|index|list of (illustrations|figures|tables)|about this e-?book|"
    r"couverture|page de titre|table des matières|sommaire|mentions légales|inhalt(sverzeichnis)?|impressum|"
    r"índice|portada|sumário|capa|indice|copertina|frontespizio|inhoud(sopgave)?|omslag|colofon|innehåll(sförteckning)?|"
    r"spis treści|okładka|содержание|оглавление|обложка|índex|coberta)\W*$",
    re.IGNORECASE,
)


# A chapter of fewer words than this, all in headings, is a title-page fragment.
HEADING_FRAGMENT_WORDS = 30


@dataclass(frozen=True)
class FileStart:
    """The start of one spine document in the stream."""

    href: str


@dataclass(frozen=True)
class TocEntry:
    """One table-of-contents entry: where it points and how deep it is (1 = top)."""

    title: str
    href: str
    fragment: str | None
    depth: int


@dataclass
class _Open:
    title: str | None
    skip_reason: str | None
    blocks: list[Block] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)

    def add_href(self, href: str) -> None:
        if href not in self.hrefs:
            self.hrefs.append(href)


def is_matter_title(title: str) -> bool:
    return bool(MATTER_TITLE.match(title.strip()))


def _close(current: _Open | None, chapters: list[Chapter], skipped: list[Skipped]) -> None:
    if current is None or not current.blocks:
        return
    if current.skip_reason:
        for block in current.blocks:
            skipped.append(Skipped(block.href, current.skip_reason, count_words(block.text), readable_characters(block.text)))
        return
    title = current.title
    if not title:
        heading = next((b.text for b in current.blocks if b.kind == "heading"), None)
        title = heading or current.blocks[0].text[:60]
    chapters.append(Chapter(title=title, blocks=tuple(current.blocks), source_hrefs=tuple(current.hrefs)))


def cut_chapters(
    stream: list[FileStart | Anchor | Block | Skipped],
    entries: list[TocEntry],
    *,
    depth: int,
    include_matter: bool,
) -> tuple[list[Chapter], list[Skipped]]:
    """Chapters at `depth` and everything skipped, from one pass over the stream."""
    at_file: dict[str, list[TocEntry]] = {}
    at_anchor: dict[tuple[str, str], list[TocEntry]] = {}
    for entry in entries:
        if entry.depth > depth:
            continue
        if entry.fragment:
            at_anchor.setdefault((entry.href, entry.fragment), []).append(entry)
        else:
            at_file.setdefault(entry.href, []).append(entry)

    chapters: list[Chapter] = []
    skipped: list[Skipped] = []
    current: _Open | None = None
    href = ""

    def start(starting: list[TocEntry]) -> None:
        nonlocal current
        # several entries at one place (a part and its first chapter): the deepest names it
        entry = max(starting, key=lambda e: e.depth)
        _close(current, chapters, skipped)
        reason = None if include_matter or not is_matter_title(entry.title) else f"front/back matter ({entry.title.strip()})"
        current = _Open(title=entry.title.strip() or None, skip_reason=reason)
        current.add_href(href)

    for item in stream:
        if isinstance(item, FileStart):
            href = item.href
            if href in at_file:
                start(at_file[href])
            elif current is not None:
                current.add_href(href)
        elif isinstance(item, Anchor):
            starting = at_anchor.get((href, item.id))
            if starting:
                start(starting)
        elif isinstance(item, Block):
            if current is None:
                current = _Open(title=None, skip_reason=None)
                current.add_href(href)
            current.blocks.append(item)
        else:
            skipped.append(item)
    _close(current, chapters, skipped)
    return _merge_heading_fragments(chapters), skipped


def _merge_heading_fragments(chapters: list[Chapter]) -> list[Chapter]:
    """Fold chapters that are only a few heading words (title-page lines) into the next one."""
    merged: list[Chapter] = []
    pending: list[Chapter] = []
    for chapter in chapters:
        words = sum(count_words(b.text) for b in chapter.blocks)
        if words < HEADING_FRAGMENT_WORDS and all(b.kind == "heading" for b in chapter.blocks):
            pending.append(chapter)
            continue
        if pending:
            blocks = tuple(b for p in pending for b in p.blocks) + chapter.blocks
            hrefs = tuple(dict.fromkeys(h for p in [*pending, chapter] for h in p.source_hrefs))
            chapter = Chapter(title=chapter.title, blocks=blocks, source_hrefs=hrefs)
            pending = []
        merged.append(chapter)
    if pending:  # trailing fragments: keep them as they are rather than lose them
        if merged:
            last = merged.pop()
            blocks = last.blocks + tuple(b for p in pending for b in p.blocks)
            hrefs = tuple(dict.fromkeys(h for p in [last, *pending] for h in p.source_hrefs))
            merged.append(Chapter(title=last.title, blocks=blocks, source_hrefs=hrefs))
        else:
            merged.extend(pending)
    return merged


def choose_depth(stream: list[FileStart | Anchor | Block | Skipped], entries: list[TocEntry], include_matter: bool) -> int:
    """The deepest TOC level with at most AUTO_MAX_CHAPTERS chapters, or whose chapters
    keep a median of AUTO_MIN_MEDIAN_WORDS words.

    A novel with parts and chapters gets its chapters; a poetry book with hundreds
    of one-poem entries under a few sections gets the sections.
    """
    max_depth = max((e.depth for e in entries), default=1)
    chosen = 1
    for depth in range(1, max_depth + 1):
        chapters, _ = cut_chapters(stream, entries, depth=depth, include_matter=include_matter)
        words = [sum(count_words(b.text) for b in c.blocks) for c in chapters]
        if not words:
            continue
        if depth == 1 or len(chapters) <= AUTO_MAX_CHAPTERS or statistics.median(words) >= AUTO_MIN_MEDIAN_WORDS:
            chosen = depth
    return chosen
