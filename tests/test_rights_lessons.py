"""A chapter that talks about copyright and licences is read; a rights page is not (issue 15).

An open textbook's section on reusing material names "Creative Commons", "public domain", "all rights reserved"
and a web address in sentences, as a copyright page does. Between chapters, with a lesson's worth of sentences
that name none of them, it is text; before the first chapter it stays matter, and so does a real copyright page
between chapters, whose own sentences ("This is a work of fiction ...") are few.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from audiobook.ingest import read_book
from audiobook.models import Book
from samples.structure import Entry, page, paragraphs, write_book
from samples.synthetic import chapter_paragraphs

LESSON_TITLE = "Using Other People's Charts"
RIGHTS_TALK = [
    "Most of the charts in this course come from the NOAA website at https://tidesandcurrents.noaa.gov, and they "
    "are in the public domain. You may copy them freely.",
    "Other material is released under a Creative Commons licence. The most common is CC BY, which lets you copy, "
    "adapt and share the work as long as you credit the author.",
    "Some photographs are all rights reserved. You may not reproduce them without the permission of the "
    "photographer, even in a class project.",
]
LESSON_WORDS = 220  # the lesson's sentences that name no right, beside RIGHTS_TALK
COPYRIGHT_PAGE = [
    "Copyright © 2024 Dana Reyes. All rights reserved.",
    "Published by Open Shore Press, Halifax. www.openshore.example",
    "This is a work of fiction. Names, characters, places and incidents either are the products of the author's "
    "imagination or are used fictitiously, and any resemblance to actual persons, living or dead, is coincidental.",
]


def _lesson() -> list[str]:
    return RIGHTS_TALK + chapter_paragraphs(LESSON_WORDS, random.Random(4))


def _chapters(count: int, seed: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    return [(f"Chapter {n}", chapter_paragraphs(1_200, rng)) for n in range(1, count + 1)]


def _epub(tmp_path: Path, pieces: list[tuple[str, list[str]]]) -> Book:
    pages = [(f"p{n}.xhtml", page(title, f"<h1>{title}</h1>" + paragraphs(texts)))
             for n, (title, texts) in enumerate(pieces)]
    entries = [Entry(title, f"p{n}.xhtml") for n, (title, _) in enumerate(pieces)]
    return read_book(write_book(tmp_path / "charts.epub", "Coastal Charts", "Dana Reyes", "en", pages, entries))


def _html(tmp_path: Path, pieces: list[tuple[str, list[str]]]) -> Book:
    path = tmp_path / "charts.html"
    path.write_text("<html><head><title>Coastal Charts</title></head><body><h1>Coastal Charts</h1>" + "".join(
        f"<h2>{title}</h2>" + paragraphs(texts) for title, texts in pieces) + "</body></html>", encoding="utf-8")
    return read_book(path)


def _read(book: Book) -> list[str]:
    return [block.text for chapter in book.chapters for block in chapter.blocks]


def _skipped_words(book: Book) -> int:
    return sum(item.words for item in book.skipped if "imprint" in item.reason)


@pytest.mark.parametrize("reader", [_epub, _html], ids=["epub", "html"])
def test_a_lesson_on_licences_between_chapters_is_read_whole(tmp_path: Path, reader) -> None:
    chapters = _chapters(4, seed=2)
    book = reader(tmp_path, chapters[:2] + [(LESSON_TITLE, _lesson())] + chapters[2:])
    assert [chapter.title for chapter in book.chapters] == [
        "Chapter 1", "Chapter 2", LESSON_TITLE, "Chapter 3", "Chapter 4"]
    assert [block.text for block in book.chapters[2].blocks[1:]] == _lesson()
    assert _skipped_words(book) == 0


@pytest.mark.parametrize("reader", [_epub, _html], ids=["epub", "html"])
def test_a_copyright_page_between_chapters_is_still_skipped(tmp_path: Path, reader) -> None:
    chapters = _chapters(4, seed=3)
    book = reader(tmp_path, chapters[:2] + [("Copyright Notice", COPYRIGHT_PAGE)] + chapters[2:])
    assert [chapter.title for chapter in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"]
    assert not set(COPYRIGHT_PAGE) & set(_read(book))
    assert _skipped_words(book) >= sum(len(text.split()) for text in COPYRIGHT_PAGE)


def test_the_same_lesson_before_the_first_chapter_stays_matter(tmp_path: Path) -> None:
    """At the book's edge, a page of rights talk and other prose is an edition's page (an author's life above
    a distributor's licence, as Feedbooks' "A Propos" page is), and is skipped and listed as before."""
    book = _epub(tmp_path, [(LESSON_TITLE, _lesson())] + _chapters(3, seed=5))
    assert [chapter.title for chapter in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert _skipped_words(book) == sum(len(text.split()) for text in [LESSON_TITLE, *_lesson()])
