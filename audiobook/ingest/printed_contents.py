"""A printed book's contents page, kept as text by a conversion: "The Storm . . . . . . 5".

A book converted from print keeps its contents page as paragraphs whose titles run along a
dot leader to their page numbers. Nothing marks it, and it sits inside the first chapter;
read aloud, it is a string of titles and numbers before the story ("The Storm, five, A
Quiet Harbour, nineteen"). Three such entries in a row, as paragraphs or as the lines of one,
are a contents list: skipped and listed, with the "Contents" line above them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from audiobook.ingest.chapters import MATTER_TITLE, merge_heading_fragments
from audiobook.ingest.headings import is_capitalised_line, looks_like_heading, plain_words, same_words
from audiobook.ingest.matter import CONTENTS_AS_TEXT, CONTENTS_TITLE
from audiobook.ingest.xhtml import NOTES_TITLE
from audiobook.models import Block, Chapter, Skipped
from audiobook.text.normalize.common import roman_value

# a dot leader (four dots or more, spaced or not, or two ellipses) or a line of underscores, then a page number
_DOTS = r"(?:\s?\.){4,}|(?:\s?…){2,}|(?:\s?_){4,}"
_PAGE = r"\s*(?:\d{1,4}|[ivxlcdm]{1,7})"
_LEADER = rf"(?:{_DOTS}){_PAGE}\b"
_LEADERS = re.compile(_LEADER, re.IGNORECASE)
_ENDS_WITH_LEADER = re.compile(_LEADER + r"\s*$", re.IGNORECASE)
_ENDS_WITH_PAGE = re.compile(rf"(?:{_DOTS}|\t){_PAGE}$", re.IGNORECASE)  # a TOC label's, a tab too
_LEADER_MARKS = (". .", "....", "……", "… …", "____")
_LAST = frozenset("0123456789ivxlcdmIVXLCDM")  # a page number's last character
ENTRIES_MIN = 3


def without_page_number(title: str) -> str:
    """A TOC label made from a printed contents page, without its leader and page number: "The Storm
    . . . . 12", "The Storm<tab>12" (a word processor's contents line) are "The Storm"; a player listed
    it, and an announced title read it, with its dots and page."""
    title = title.rstrip()
    if title[-1:] not in _LAST or not (any(mark in title for mark in _LEADER_MARKS) or "\t" in title):
        return title
    return _ENDS_WITH_PAGE.sub("", title).rstrip() or title


def _entries(text: str) -> int:
    """How many contents entries a block holds: 0 unless it ends with a leader and a page number."""
    if not any(mark in text for mark in _LEADER_MARKS) or not _ENDS_WITH_LEADER.search(text):
        return 0
    return len(_LEADERS.findall(text))


def _listed(blocks: tuple[Block, ...]) -> set[int]:
    """The blocks that make contents lists: ENTRIES_MIN entries or more in a row, or in one block;
    with the "Contents" line above each list."""
    counts = {i: n for i, block in enumerate(blocks) if block.text[-1:] in _LAST and (n := _entries(block.text))}
    listed: set[int] = set()
    for index in sorted(counts):
        if index - 1 in counts:
            continue  # inside a run already looked at
        run = [index]
        while run[-1] + 1 in counts:
            run.append(run[-1] + 1)
        if len(run) >= ENTRIES_MIN or max(counts[i] for i in run) >= ENTRIES_MIN:
            listed.update(run)
            if index and CONTENTS_TITLE.match(blocks[index - 1].text):
                listed.add(index - 1)
    return listed


def without_printed_contents(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters without contents lists set with dot leaders, listed; a chapter left empty goes, and
    one left with only a heading (the book's title above the list) folds into the next."""
    skipped: list[Skipped] = []
    result = []
    for chapter in chapters:
        listed = _listed(chapter.blocks)
        if not listed:
            result.append(chapter)
            continue
        skipped.extend(Skipped.of_text(chapter.blocks[i].href, CONTENTS_AS_TEXT, chapter.blocks[i].text)
                       for i in sorted(listed))
        kept = tuple(block for index, block in enumerate(chapter.blocks) if index not in listed)
        if kept:
            result.append(replace(chapter, blocks=kept))
    return merge_heading_fragments(result) if skipped else result, skipped


_HEADED_ENTRY_WORDS = 10  # a contents line under its "Contents" heading
_ENDS_SENTENCE = (".", "!", "?", ":", ";")


def without_headed_lists(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """A contents list at a chapter's start written as lines under its heading, with no page numbers and no links
    ("Brief Contents" / "Title Page" / "Etymology" / "Begin Reading Moby-Dick", as calibre's FB2 keeps an EPUB's
    contents page inside its first section): the heading and three lines or more, each short and no sentence."""
    skipped: list[Skipped] = []
    result = []
    for chapter in chapters:
        blocks = chapter.blocks
        start = next((i for i, b in enumerate(blocks[:_LIST_HEAD_LINES]) if b.words <= 4 and CONTENTS_TITLE.match(
            b.text)), None)
        end = start + 1 if start is not None else 0
        while end < len(blocks) and blocks[end].words <= _HEADED_ENTRY_WORDS and blocks[end].kind != "heading" and (
                not blocks[end].text.rstrip().endswith(_ENDS_SENTENCE)):
            end += 1
        if start is None or end - start - 1 < ENTRIES_MIN or end == len(blocks):
            result.append(chapter)
            continue
        skipped.extend(Skipped.of_text(b.href, CONTENTS_AS_TEXT, b.text) for b in blocks[start:end])
        matter = _matter_section(blocks, end)  # the page after it ("Original Transcriber's Notes:" and its text)
        skipped.extend(Skipped.of_text(b.href, f"front/back matter ({blocks[end].text.strip(' :.')})", b.text)
                       for b in blocks[end:matter])
        rest = blocks[:start] + blocks[matter:]
        title = chapter.title  # a chapter its list's heading titled ("Brief Contents"): its first heading now
        if same_words(title, blocks[start].text):
            title = next((b.text for b in rest[:3] if b.words <= _HEADED_ENTRY_WORDS and _heading_like(b)), title)
        result.append(replace(chapter, title=title, blocks=rest))
    return result, skipped


_MATTER_SECTION_BLOCKS = 8


def _matter_section(blocks: tuple[Block, ...], start: int) -> int:
    """Where a page titled as matter that opens at `start` ends: at the next line that looks like a heading,
    within a few paragraphs (`start` itself when there is none)."""
    if not MATTER_TITLE.match(blocks[start].text):
        return start
    return next((end for end in range(start + 1, min(len(blocks), start + _MATTER_SECTION_BLOCKS))
                 if _heading_like(blocks[end])), start)


def _heading_like(block: Block) -> bool:
    """A heading, or a line that names a division or stands in capitals, as a plain-text heading does."""
    return block.kind == "heading" or looks_like_heading(block.text) or is_capitalised_line(block.text)


ENTRIES_SHARE = 0.75  # of a run of one-line chapters, the entries that name a chapter with text
ENTRY_MAX_WORDS = 30  # a long title ("Chapter 57. Of Whales in Paint; in Teeth; ...")


def without_title_lists(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters without a contents list set as lines without page numbers that was cut into chapters of one
    line each, as each line names a chapter ("Chapter 1. Loomings.", the contents page calibre writes at the end
    of an FB2 book: 135 chapters of four words were read after the last). Three such chapters or more in a row,
    each one line repeating the title of a chapter with text, are skipped and listed, with the entries and the
    "Contents" line at the end of the chapter before them."""
    named = [{_title_key(text) for text in (chapter.title or "", (chapter.title or "").split(" — ")[0],
                                            chapter.blocks[0].text if chapter.blocks else "")} - {""}
             if sum(b.words for b in chapter.blocks) > ENTRY_MAX_WORDS else set() for chapter in chapters]
    titles = set().union(*named)  # "Chapter One" names "Chapter One — The Keeper"

    def is_entry(block: Block) -> bool:
        return block.words <= ENTRY_MAX_WORDS and _title_key(block.text) in titles

    tiny = [bool(chapter.blocks) and len(chapter.blocks) <= 3 and sum(b.words for b in chapter.blocks)
            <= ENTRY_MAX_WORDS for chapter in chapters]
    listed: set[int] = set()
    for index in range(len(chapters)):
        if tiny[index] and (not index or not tiny[index - 1]):
            end = index
            while end < len(chapters) and tiny[end]:
                end += 1
            entries = sum(is_entry(chapter.blocks[0]) for chapter in chapters[index:end])
            # most of them entries: one the TOC misnames ("Canto 27" for a heading misprinted "CANTO XVII") goes too
            if entries >= ENTRIES_MIN and entries >= ENTRIES_SHARE * (end - index):
                listed.update(range(index, end))
    if not listed:
        return chapters, []
    result: list[Chapter] = []
    skipped: list[Skipped] = []
    opening: tuple[Block, ...] = ()  # what is left of a chapter the list's last entries opened
    for index, chapter in enumerate(chapters):
        if index in listed:
            skipped.extend(Skipped.of_text(b.href, CONTENTS_AS_TEXT, b.text) for b in chapter.blocks)
            continue
        blocks = chapter.blocks
        if index + 1 in listed:  # the list's first entries and its "Contents" line close this chapter
            cut = _list_start(blocks, is_entry)
            skipped.extend(Skipped.of_text(b.href, CONTENTS_AS_TEXT, b.text) for b in blocks[cut:])
            chapter = replace(chapter, blocks=blocks[:cut])
        if index - 1 in listed and index + 1 < len(chapters) and (end := _list_end(blocks, is_entry)) and any(
                _title_key(blocks[0].text) in later for later in named[index + 1:]):
            # the list's last entries ("Chapter Six", "notes") open this chapter, which they titled, while the
            # chapter they name comes later: what follows them (a title page, an epigraph) opens the next chapter
            skipped.extend(Skipped.of_text(b.href, CONTENTS_AS_TEXT, b.text) for b in blocks[:end])
            if same_words(chapter.title, blocks[0].text) and sum(b.words for b in blocks[end:]) <= OPENING_MAX_WORDS:
                opening = blocks[end:]
                continue
            chapter = replace(chapter, blocks=blocks[end:])
        if opening:
            chapter = replace(chapter, blocks=opening + chapter.blocks)
            opening = ()
        if chapter.blocks:
            result.append(chapter)
    return result, skipped


def without_contents_chapters(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """A chapter made only of three short lines or more, most of them naming a later chapter or a heading in the
    text, is a contents list with no heading ("Erster Teil: Winter" / "Das Licht" / "Der Sturm": the part of a
    Word file's contents field that calibre made the book's first chapter): skipped and listed. The lines it
    names must be titles or headings, so a poem quoted again later is read both times."""
    candidates = {index for index, chapter in enumerate(chapters) if len(chapter.blocks) >= ENTRIES_MIN
                  and all(b.words <= _HEADED_ENTRY_WORDS for b in chapter.blocks)}
    if not candidates:
        return chapters, []
    later: set[str] = set()  # the titles and headings of the chapters after the one looked at, from the end
    listed: set[int] = set()
    for index in range(len(chapters) - 1, min(candidates) - 1, -1):
        chapter = chapters[index]
        if index in candidates:
            entries = sum(_title_key(b.text) in later for b in chapter.blocks)
            if entries >= ENTRIES_MIN and entries >= ENTRIES_SHARE * len(chapter.blocks):
                listed.add(index)
        later |= {_title_key(chapter.title), _title_key(chapter.title.split(" — ")[0])}
        later.update(_title_key(b.text) for b in chapter.blocks
                     if b.words <= _HEADED_ENTRY_WORDS and (b.look or _heading_like(b)))
    skipped = [Skipped.of_text(b.href, CONTENTS_AS_TEXT, b.text) for index in sorted(listed)
               for b in chapters[index].blocks]
    return [chapter for index, chapter in enumerate(chapters) if index not in listed], skipped


def _title_key(title: str) -> str:
    """A title's words, its numbers in figures: a contents line "Canto 7" names the chapter "CANTO VII"."""
    return " ".join(str(value) if (value := roman_value(word.upper())) else word for word in plain_words(title).split())


_LIST_HEAD_LINES = 12  # short lines looked back over for the list's "Contents" line
OPENING_MAX_WORDS = 80  # a title page's lines and an epigraph after a contents list: they open the next chapter


def _list_end(blocks: tuple[Block, ...], is_entry: Callable[[Block], bool]) -> int:
    """How many of a chapter's first blocks end a contents list: entries, and the entries for the notes ("notes",
    "1", "2"..., as calibre's FB2 lists its notes body), when the first is an entry."""
    end, notes = 0, False
    while end < min(len(blocks), 3 * _LIST_HEAD_LINES if notes else _LIST_HEAD_LINES):  # the notes' numbers too
        text = blocks[end].text
        if end and blocks[end].words <= 2 and NOTES_TITLE.match(text):
            notes = True
        elif not (is_entry(blocks[end]) or (notes and text.isdigit() and len(text) <= 3)):
            break
        end += 1
    return end


def _list_start(blocks: tuple[Block, ...], is_entry: Callable[[Block], bool]) -> int:
    """Where a contents list that runs on past a chapter's end starts in it: at its "Contents" line, among the
    short lines at the chapter's end (entries for front matter the book does not title as chapters: "Moby-Dick",
    "ETYMOLOGY."), else at the first of the entries that end it."""
    cut = len(blocks)
    while cut > 1 and is_entry(blocks[cut - 1]):
        cut -= 1
    for index in range(len(blocks) - 1, max(0, len(blocks) - _LIST_HEAD_LINES) - 1, -1):
        if blocks[index].words > ENTRY_MAX_WORDS:
            break
        if CONTENTS_TITLE.match(blocks[index].text):
            return index if index else cut
    return cut
