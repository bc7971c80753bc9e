"""What a plain-text book holds that is not the book's text, beside its Gutenberg frame and notes: pictures' places,
a scan's digitization notice, the production note of Gutenberg's HTML, an e-book's list of its printed pages, a
transcriber's notes under their title, and the title page's lines under its by-line. Each is listed as skipped by
the reader (`text_book`)."""

from __future__ import annotations

import re

import audiobook.ingest.gutenberg as gutenberg
from audiobook.ingest.headings import is_capitalised_line, looks_like_heading
from audiobook.ingest.matter import CONTENTS_TITLE, signs_a_notice
from audiobook.ingest.text_paragraphs import SET_APART_LINES, Paragraph
from audiobook.ingest.xhtml import (
    ILLUSTRATION,
    is_illustration,
    is_ornament,
    is_transcribers_note,
    page_marker_reason,
)

PAGE_LIST = "list of the printed book's pages"
PAGE_LIST_MIN_ENTRIES = 5
# an entry of such a list: a page's number, numbered itself or not ("1. 169", "xii"); and the list's title
_PAGE_ENTRY = re.compile(r"^(?:\d{1,4}\.\s+)?(?:\d{1,4}|[ivxlc]{1,7})$", re.IGNORECASE)
_PAGE_LIST_TITLE = re.compile(r"^(?:pages|page list|list of pages)$", re.IGNORECASE)


def page_lists(paragraphs: list[Paragraph]) -> set[int]:
    """The paragraphs of lists of page numbers, PAGE_LIST_MIN_ENTRIES lines or more, each only a number (an EPUB's
    page list, as Pandoc's text of it sets it: "Pages" / "1. 169" / "2. 170"..., 92 lines read aloud), with the
    list's title above them."""
    found: set[int] = set()
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and _PAGE_ENTRY.match(paragraphs[end].text):
            end += 1
        if end - index >= PAGE_LIST_MIN_ENTRIES:
            found.update(range(index - 1 if index and _PAGE_LIST_TITLE.match(paragraphs[index - 1].text) else index,
                               end))
        index = max(end, index + 1)
    return found


def not_the_books(text: str) -> str | None:
    """Why a paragraph of a text book is not the book's text, or None: a picture's place ("[Illustration: ...]",
    "[frontispieceb.jpg (34K)]"), a margin's note or a blank page's marker (`page_marker_reason`), or Project
    Gutenberg's production note ("This Ebook Has Been Reformatted For Better Appearance In Mobile Viewers")."""
    if is_illustration(text):
        return ILLUSTRATION
    if reason := page_marker_reason(text):  # "[Sidenote: ...]", "[Blank Page]"
        return reason
    if len(text.split()) <= gutenberg.PRODUCTION_NOTE_MAX_WORDS and gutenberg.PRODUCTION_NOTE.search(text):
        return gutenberg.PRODUCTION
    return None


DIGITIZATION = "a scan's digitization notice"
# the Internet Archive's lines over every text it made of a scan: "Digitized by the Internet Archive" / "in 2011 with
# funding from" / "University of Toronto", then "http://www.archive.org/details/keeperoflight00writ"
_DIGITIZED = re.compile(r"^digitized by the internet archive\b", re.IGNORECASE)
_SCAN_ADDRESS = re.compile(r"(?:^|\s)https?://(?:www\.)?archive\.org/details/\S+$")
DIGITIZATION_LINES = 4  # the notice's lines, at most, its address aside
DIGITIZATION_LINE_WORDS = 12


def is_digitization_page(lines: list[str]) -> bool:
    """Whether a scanned book's first page is only its digitization notice (a PDF from the Internet Archive)."""
    text = " ".join(" ".join(lines).split())
    return bool(_DIGITIZED.match(text)) and len(text.split()) <= DIGITIZATION_LINES * DIGITIZATION_LINE_WORDS


def digitization_lines(paragraphs: list[Paragraph]) -> int:
    """How many of the first paragraphs are a scan's digitization notice (each of its lines a paragraph, or all in
    one): it stood over the title page, which was skipped with it as a publisher's page, the book titled by its
    file's name."""
    if not paragraphs or not _DIGITIZED.match(paragraphs[0].text):
        return 0
    count = 1
    while (count < min(DIGITIZATION_LINES, len(paragraphs)) and paragraphs[count].gap <= 1
           and len(paragraphs[count].text.split()) <= DIGITIZATION_LINE_WORDS
           and not _SCAN_ADDRESS.search(paragraphs[count - 1].text)):
        count += 1
    if count < len(paragraphs) and _SCAN_ADDRESS.match(paragraphs[count].text.strip()):
        count += 1
    return count


NOTES_TITLE_WORDS = 4  # "Original Transcriber's Notes:", a title over the notes under it


def transcribers_notes(paragraphs: list[Paragraph]) -> set[int]:
    """The paragraphs that are a transcriber's notes: one that says so ("[Transcriber's Note: ...]"), and a title
    over such notes ("Original Transcriber's Notes:") with the paragraphs under it, up to the next heading, line in
    capitals or paragraph set apart by more blank lines (the notes before Moby-Dick's "ETYMOLOGY." were read)."""
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if index in found or not is_transcribers_note(paragraph.text):
            continue
        found.add(index)
        if len(paragraph.text.split()) <= NOTES_TITLE_WORDS:
            for below in range(index + 1, len(paragraphs)):
                text = paragraphs[below].text
                if paragraphs[below].gap >= SET_APART_LINES or looks_like_heading(text) or is_capitalised_line(text):
                    break
                found.add(below)
    return found


IMPRINT_LINES = 6  # the title page's lines under its by-line, at most
IMPRINT_LINE_WORDS = 12


def after_imprint_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs after the title page's lines under its by-line: an illustrator's credit, the publisher, its
    city and street ("With Illustrations by H. M. Brock" / "London" / "Seeley, Service & Co. Limited"), short lines
    that end no sentence, right under it (a blank line apart at most), before the contents or the first chapter.
    They were read as a chapter of 16 words titled with the book's name."""
    count = 0
    while count < min(IMPRINT_LINES, len(paragraphs) - 1) and _imprint_line(paragraphs[count]):
        count += 1
    following = paragraphs[count] if count < len(paragraphs) else None
    if not count or following is None:
        return paragraphs
    text = following.text
    ends = (looks_like_heading(text) or is_ornament(text) or CONTENTS_TITLE.match(text)
            or following.gap >= SET_APART_LINES)  # the contents or the first chapter, or a page after the title's
    return paragraphs[count:] if ends else paragraphs


_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", ",")


def _imprint_line(paragraph: Paragraph) -> bool:
    """A title page's line under its by-line: short, right under the line before, ending no sentence; not a heading,
    a contents list's title or a copyright notice (skipped as one)."""
    text = paragraph.text
    return (paragraph.gap <= 1 and len(text.split()) <= IMPRINT_LINE_WORDS
            and not text.rstrip().endswith(_SENTENCE_ENDS) and not signs_a_notice(text)
            and not looks_like_heading(text) and not CONTENTS_TITLE.match(text))
