"""Chapters a document marks itself (`<section epub:type="chapter">`, `role="doc-chapter"`) where the table of
contents names only the document: a collection's stories in one file under the book's one entry were one long
chapter, whatever titled them (a heading, a bold line, nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from samples.structure import Entry, page, paragraphs, write_book
from tests.accounting import planned_characters, raw_characters

TITLES = ["The Storm", "Low Water", "The Chain"]
MORE = ["Gulls at Dusk", "The Ferry", "Salt"]
STORY = paragraphs(["The ferry to the salt flats ran twice a week, and the keeper rode it with his lamp."] * 12)
TITLED_BY = {"heading": "<h2>{}</h2>", "bold line": "<p><b>{}</b></p>", "class": '<p class="story-title">{}</p>'}


def _sections(titled_by: str, attribute: str = 'epub:type="chapter"', titles: list[str] = TITLES) -> str:
    return "".join(f"<section {attribute}>{titled_by.format(title)}{STORY}</section>" for title in titles)


def _book(path: Path, pages: list[tuple[str, str]], toc: list[Entry], epub2: bool = False) -> Path:
    return write_book(path, "Harbour Tales", "Ann Writer", "en", [(name, page(name, body)) for name, body in pages],
                      toc, epub2=epub2)


@pytest.mark.parametrize("titled_by", TITLED_BY)
@pytest.mark.parametrize("epub2", [False, True], ids=["nav", "ncx"])
def test_each_marked_chapter_of_a_document_is_a_chapter_titled_by_its_text(tmp_path: Path, titled_by: str,
                                                                          epub2: bool) -> None:
    pages = [("title.xhtml", "<h1>Harbour Tales</h1><p>Ann Writer</p>"),
             ("tales.xhtml", _sections(TITLED_BY[titled_by]))]
    source = _book(tmp_path / "tales.epub", pages, [Entry("Harbour Tales", "tales.xhtml")], epub2=epub2)
    plan = plan_book(read_book(source))
    assert [c.title for c in plan.chapters] == TITLES
    assert [c.segments[0].text for c in plan.chapters] == TITLES  # each opens with its own title, read once
    assert sum(planned_characters(plan)) == raw_characters(source)  # every letter read or listed


def test_a_role_marks_chapters_and_a_story_without_a_title_is_titled_by_its_opening_words(tmp_path: Path) -> None:
    body = _sections("", 'role="doc-chapter"')
    source = _book(tmp_path / "tales.epub", [("tales.xhtml", body)], [Entry("Harbour Tales", "tales.xhtml")])
    book = read_book(source)
    assert [c.title for c in book.chapters] == ["The ferry to the salt flats ran twice a week, and the keeper…"] * 3
    assert [len(c.blocks) for c in book.chapters] == [12, 12, 12]


def test_a_part_page_before_its_marked_chapters_and_a_nested_toc(tmp_path: Path) -> None:
    """The part's heading stays with its document's first chapter or its own page; a marked chapter is never
    titled by its part's entry ("Part One,")."""
    pages = [("one.xhtml", "<h1>Part One</h1><p>In which the sea rises.</p>" + _sections("<h2>{}</h2>")),
             ("two.xhtml", "<h1>Part Two</h1>" + _sections("<h2>{}</h2>", titles=MORE))]
    flat = [Entry("Part One", "one.xhtml"), Entry("Part Two", "two.xhtml")]
    book = read_book(_book(tmp_path / "flat.epub", pages, flat))
    assert [c.title for c in book.chapters] == ["Part One", *TITLES, *MORE]
    assert [b.text for b in book.chapters[4].blocks[:2]] == ["Part Two", "Gulls at Dusk"]
    nested = [Entry("Part One", "one.xhtml", [Entry("Stories", "one.xhtml")]), Entry("Part Two", "two.xhtml")]
    book = read_book(_book(tmp_path / "nested.epub", pages, nested))
    assert [c.title for c in book.chapters] == ["Stories", *TITLES, *MORE]


def test_the_toc_decides_where_it_points_inside_a_document_and_one_marked_chapter_is_its_document(
        tmp_path: Path) -> None:
    body = "".join(f'<section epub:type="chapter" id="s{n}"><h2>{title}</h2>{STORY}</section>'
                   for n, title in enumerate(TITLES))
    toc = [Entry("Tale One", "tales.xhtml#s0"), Entry("Tale Three", "tales.xhtml#s2")]
    book = read_book(_book(tmp_path / "pointed.epub", [("tales.xhtml", body)], toc))
    assert [c.title for c in book.chapters] == ["Tale One", "Tale Three"]  # the entries' own cuts
    single = [(f"c{n}.xhtml", f'<section epub:type="chapter"><p><b>{title}</b></p>{STORY}</section>')
              for n, title in enumerate(TITLES)]
    book = read_book(_book(tmp_path / "single.epub", single, [Entry(f"Tale {n + 1}", f"c{n}.xhtml") for n in range(3)]))
    assert [c.title for c in book.chapters] == ["Tale 1", "Tale 2", "Tale 3"]


def test_marked_chapters_in_a_book_without_a_table_of_contents(tmp_path: Path) -> None:
    pages = [("tales.xhtml", _sections("<p><b>{}</b></p>")), ("more.xhtml", "<h2>Night Watch</h2>" + STORY)]
    book = read_book(_book(tmp_path / "bare.epub", pages, []))
    assert [c.title for c in book.chapters] == [*TITLES, "Night Watch"]


def test_a_one_file_html_books_marked_chapters_without_headings(tmp_path: Path) -> None:
    """An HTML book has no TOC: without a heading level to cut at, its marked chapters are its chapters."""
    source, sections = tmp_path / "tales.html", _sections("", 'role="doc-chapter"')
    source.write_text("<html><head><title>Harbour Tales</title></head><body><h1>Harbour Tales</h1>"
                      f"<p>by Ann Writer</p>{sections}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert [len(c.blocks) for c in book.chapters] == [12, 12, 12]
    assert book.title == "Harbour Tales" and book.authors == ("Ann Writer",)
