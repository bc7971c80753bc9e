"""EPUB documents set aside as front or back matter by what they say, and the chapters found in them again.

A document that reads as a copyright, imprint, licence or contents page is skipped whole (`matter_by_content`).
But some hold chapters: a book of short chapters each under the same "© 2021 Ann Writer. All rights reserved."
footer, an epilogue the book's copyright notice follows in the same file, a first chapter under it. Those are
read again, and only the notice is skipped and listed (`chapters_set_aside`, `without_closing_notices`).
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate

from audiobook.ingest.headings import looks_like_heading
from audiobook.ingest.matter import (
    IMPRINT_PAGE,
    is_lesson_on_rights,
    is_sentence,
    matter_reason,
    names_rights_or_publisher,
    signs_a_notice,
)
from audiobook.models import Block, Skipped

_PARAGRAPH_WORDS = 12  # a sentence of text under a heading, not a contents line


FOOTER_DOCUMENTS_MIN = 3


def chapters_set_aside(stream: list, by_content: list[tuple[int, str, list]]) -> list:
    """The stream with the documents set aside as matter by their content read again where they hold chapters:
    those under a footer they share (`_under_a_footer`), and a chapter that shares its document with a copyright
    notice after or before it (`chapter_beside_matter`)."""
    restored = _under_a_footer(by_content) | _between_chapters(stream, by_content)
    for place, _, events in by_content:
        if place not in restored and (parted := chapter_beside_matter(events)) is not None:
            restored[place] = parted
    if not restored:
        return stream
    result: list = []
    for place, item in enumerate(stream):
        result.extend(restored[place] if place in restored else [item])
    return result


def _under_a_footer(by_content: list[tuple[int, str, list]]) -> dict[int, list]:
    """The documents set aside as matter by their content whose content is a footer they share, word for word,
    with two others or more, and whose rest reads as text, by their place in the stream: chapters each under
    "© 2021 Ann Writer. All rights reserved." and a web address (a whole book of short chapters was refused as
    "no readable text"). The footer goes with `repeated_edges`; a copyright page stays matter, with a dedication
    under it too."""
    shared = Counter(text for _, _, events in by_content for text in {e.text for e in events if isinstance(e, Block)})
    footer = {text for text, count in shared.items() if count >= FOOTER_DOCUMENTS_MIN}
    restored = {}
    for place, _, events in by_content if footer else ():
        blocks = [event for event in events if isinstance(event, Block)]
        rest = [block for block in blocks if block.text not in footer]
        unmarked = sum(block.words for block in blocks if not names_rights_or_publisher(block.text))
        if rest and unmarked >= CHAPTER_BESIDE_MATTER_WORDS and matter_by_content(rest) is None:
            restored[place] = events
    # a footer, which `repeated_edges` then skips, only where three chapters or more stand over it
    return restored if len(restored) >= FOOTER_DOCUMENTS_MIN else {}


def _between_chapters(stream: list, by_content: list[tuple[int, str, list]]) -> dict[int, list]:
    """The documents set aside as imprints by their content that are lessons on rights (`is_lesson_on_rights`)."""
    if not any(reason.startswith(IMPRINT_PAGE) for _, reason, _ in by_content):
        return {}
    read_before = list(accumulate((item.words if isinstance(item, Block) else 0 for item in stream), initial=0))
    return {place: events for place, reason, events in by_content if is_lesson_on_rights(
        reason, [e.text for e in events if isinstance(e, Block)], read_before[place],
        read_before[-1] - read_before[place + 1])}


CHAPTER_BESIDE_MATTER_WORDS = 60  # the text a heading opens beside a copyright notice: a chapter, not a dedication


def chapter_beside_matter(events: list) -> list | None:
    """The events of a document with the book's copyright notice in it and a chapter beside it, the chapter read:
    an epilogue the notice follows in the same file, or a first chapter under it; the notice skipped and listed.
    The chapter opens with its heading and reads as text; the notice, from the first paragraph with a mark of
    rights or a publisher where all to the end is matter by itself (the heading over it too: an open textbook's
    "Media Attributions"), or from the start to its last such paragraph, is matter by itself. None
    when the document holds no such chapter (a short epilogue was skipped whole as a copyright page)."""
    places = [index for index, event in enumerate(events) if isinstance(event, Block)]
    blocks: list[Block] = [events[index] for index in places]
    marked = [n for n, block in enumerate(blocks) if names_rights_or_publisher(block.text)]
    if not marked:
        return None
    for first in marked:  # the notice's first paragraph: the story before it may name a web address or a licence
        if _opens_a_notice(blocks[first]) and (reason := matter_reason("", [b.text for b in blocks[first:]])) and (
                _reads_as_chapter(blocks[:first]) or _carries_text_on(blocks[:first])):
            if first > 1 and blocks[first - 1].kind == "heading":  # the notice's own ("Media Attributions")
                first -= 1
            return _with_skipped(events, range(places[first], len(events)), reason)
    last = marked[-1]
    opening = next((n for n in range(last + 1, len(blocks)) if _opens_chapter(blocks[n])), None)
    if opening is not None and _reads_as_chapter(blocks[opening:]) and (
            reason := matter_reason("", [b.text for b in blocks[:opening]])):
        return _with_skipped(events, range(places[opening]), reason)
    return None


NOTICE_EDGE = 3  # the last paragraphs of a chapter's document where the book's copyright notice may stand


def without_closing_notices(stream: list, noticed: list[tuple[int, int]]) -> None:
    """The copyright notice that closes a chapter's document (`noticed`: where each such document's events stand
    in `stream`) skipped in place, the chapter read (`chapter_beside_matter`); not a footer three documents or
    more repeat, which `repeated_edges` skips as such."""
    def notice(start: int, end: int) -> frozenset[str]:
        return frozenset(event.text for event in stream[start:end][-NOTICE_EDGE * 2:]
                         if isinstance(event, Block) and names_rights_or_publisher(event.text))

    notices = {place: notice(*place) for place in noticed}
    shared = Counter(text for texts in notices.values() for text in texts)
    for (start, end), texts in notices.items():
        if not all(shared[text] >= FOOTER_DOCUMENTS_MIN for text in texts) and (
                parted := chapter_beside_matter(stream[start:end])) is not None:
            stream[start:end] = parted


NOTICE_MAX_WORDS = 60  # a notice's paragraph ("No part of this book may be reproduced ..."), not the story's


def ends_with_a_notice(events: list) -> bool:
    """Whether a document that opens with a chapter's heading ends with a short paragraph that signs a copyright
    notice (looked for so, not by every mark of a rights page: those cost 10% of reading in every chapter's end)."""
    blocks = [event for event in events if isinstance(event, Block)]
    return bool(blocks) and _opens_chapter(blocks[0]) and any(
        block.words <= NOTICE_MAX_WORDS and signs_a_notice(block.text) for block in blocks[-NOTICE_EDGE:])


def _opens_a_notice(block: Block) -> bool:
    """A paragraph a notice may open with: a line ("Published by Salt Press", "The Project Gutenberg EBook of ..."),
    or a sentence that signs a notice ("© 2021 Ann Writer. All rights reserved.") or is matter by itself; not a
    sentence of the story naming a licence and a web address, after which the chapter's last pages were skipped."""
    return not is_sentence(block.text) or signs_a_notice(block.text) or matter_reason("", [block.text]) is not None


def _opens_chapter(block: Block) -> bool:
    return block.kind == "heading" or looks_like_heading(block.text)


def _reads_as_chapter(blocks: list[Block]) -> bool:
    """A heading and text under it that is not matter itself."""
    return (bool(blocks) and _opens_chapter(blocks[0]) and sum(b.words for b in blocks) >= CHAPTER_BESIDE_MATTER_WORDS
            and matter_reason(blocks[0].text, [b.text for b in blocks]) is None)


CONTINUED_TEXT_WORDS = 150  # prose without a heading before a notice: a chapter's end, not a dedication


def _carries_text_on(blocks: list[Block]) -> bool:
    """Paragraphs without a heading that read as the book's text: the end of a chapter a converter put in a file
    of its own with the licence after it (Pandoc's EPUB of a Gutenberg book: the epilogue's text, then the
    Project Gutenberg header and licence, was skipped whole as the licence)."""
    return (sum(b.words for b in blocks) >= CONTINUED_TEXT_WORDS and all(b.kind == "p" for b in blocks)
            and matter_reason("", [b.text for b in blocks]) is None)


def _with_skipped(events: list, places: range, reason: str) -> list:
    """`events` with the blocks at `places` skipped and listed as front or back matter for `reason`."""
    return [Skipped.of_text(event.href, f"front/back matter ({reason})", event.text)
            if index in places and isinstance(event, Block) else event for index, event in enumerate(events)]


def matter_by_content(events: list) -> str | None:
    """A document that reads as a copyright, imprint, licence or contents page, whatever its markup; not one
    that holds chapters (two headings or more, each with text under it: a one-document book, as LibreOffice
    exports one, opens with its copyright notice, which `without_opening_matter` then skips)."""
    blocks = [e for e in events if isinstance(e, Block)]
    if not blocks:
        return None
    heading = next((b.text for b in blocks[:2] if b.kind == "heading"), "")
    reason = matter_reason(heading, [b.text for b in blocks])
    if reason and sum(block.words <= _PARAGRAPH_WORDS and following.words >= _PARAGRAPH_WORDS and looks_like_heading(
            block.text) for block, following in zip(blocks, blocks[1:])) >= 2:
        return None  # chapters after the matter, in one file
    return reason
