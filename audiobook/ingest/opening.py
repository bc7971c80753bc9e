"""What a book's text holds before its first chapter's heading, in the file that holds that chapter.

A word processor's file, a one-page HTML book, or an EPUB made of one document (LibreOffice's export) opens
with its title page, copyright notice or a list of the chapters' titles, in the same file as the first
chapter; read aloud, "Copyright 2026 Ada Moss. All rights reserved..." opened the first chapter. A short
opening that is none of these (an epigraph, a dedication's line) opens the first chapter.
"""

from __future__ import annotations

from dataclasses import replace

from audiobook.ingest.chapters import merge_heading_fragments
from audiobook.ingest.headings import looks_like_heading, plain_words
from audiobook.ingest.matter import CONTENTS_AS_TEXT, matter_reason
from audiobook.models import Chapter, Skipped


def without_opening_matter(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """What stands before the first chapter's heading, when it is a copyright or contents page by its
    content, or a list of the chapters' titles (a heading above such a list stays, to open the first
    chapter as a lone title does)."""
    opening = chapters[0].blocks
    titles = {plain_words(chapter.title) for chapter in chapters[1:]}
    entries = [b for b in opening if b.kind != "heading"]
    if len(entries) >= 3 and all(plain_words(b.text) in titles for b in entries):
        reason, dropped = CONTENTS_AS_TEXT, entries
    else:
        reason, dropped = matter_reason("", [b.text for b in opening]), list(opening)
    if not reason:
        return chapters, []
    kept = tuple(b for b in opening if all(b is not d for d in dropped))
    rest = ([replace(chapters[0], blocks=kept)] if kept else []) + chapters[1:]
    return merge_heading_fragments(rest), [Skipped.of_text(b.href, f"front/back matter ({reason})", b.text)
                                           for b in dropped]


_OPENING_MAX_WORDS = 150


def opening_into_first_chapter(chapters: list[Chapter]) -> list[Chapter]:
    """A short opening with no heading before the first heading the book is cut at (an epigraph, a dedication's
    line) read at the start of that chapter, not as a chapter of its own titled by its first sentence."""
    if len(chapters) < 2 or any(b.kind == "heading" or looks_like_heading(b.text) for b in chapters[0].blocks) or sum(
            b.words for b in chapters[0].blocks) > _OPENING_MAX_WORDS:
        return chapters
    opening, first = chapters[:2]
    hrefs = tuple(dict.fromkeys([*opening.source_hrefs, *first.source_hrefs]))
    return [replace(first, blocks=opening.blocks + first.blocks, source_hrefs=hrefs), *chapters[2:]]
