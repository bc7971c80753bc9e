"""PDF books: chapters from the outline (or the text's headings), paragraphs joined back from
printed lines, running heads and feet skipped and listed, nothing else lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html
from pypdf import PdfReader, PdfWriter

from audiobook.cli import main
from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters
from tests.helpers import SAMPLES

RELIEF = SAMPLES / "pdf" / "the-relief.pdf"


def source_paragraphs() -> list[list[str]]:
    """Each chapter's paragraphs as the HTML the PDF was printed from writes them."""
    page = html.parse(str(SAMPLES / "pdf" / "the-relief.html")).getroot()
    chapters: list[list[str]] = []
    for element in page.body:
        if element.tag == "h1" and element.get("class") != "first":
            chapters.append([" ".join(element.text_content().split())])
        elif element.tag == "p" and chapters:
            chapters[-1].append(" ".join(element.text_content().split()))
    return chapters


def test_a_pdf_reads_as_the_book_it_was_printed_from() -> None:
    book = read_book(RELIEF)
    assert (book.title, book.authors, book.declared_language) == ("The Relief", ("Ada Moss",), "en")
    assert [c.title for c in book.chapters] == ["Chapter 1: The Signal", "Chapter 2: The Crossing",
                                                "Chapter 3: The Handing Over"]
    # every paragraph whole again, no line break, date, address or page number inside
    assert [[b.text for b in c.blocks] for c in book.chapters] == source_paragraphs()
    reasons = [s.reason for s in book.skipped]
    assert reasons.count("running head or foot (repeated at the edge of the pages)") == 8  # 4 pages, head and foot
    assert reasons[-1].startswith("title page")


def test_without_an_outline_the_texts_headings_give_the_chapters(tmp_path: Path) -> None:
    bare = tmp_path / "no-outline.pdf"
    writer = PdfWriter()
    for page in PdfReader(RELIEF).pages:
        writer.add_page(page)
    writer.write(bare)
    book = read_book(bare)
    assert [c.title for c in book.chapters] == ["Chapter 1: The Signal", "Chapter 2: The Crossing",
                                                "Chapter 3: The Handing Over"]
    assert book.authors == ("Ada Moss",)  # from the "by" line under the title


def every_letter(book_path: Path) -> int:
    return sum(ch.isalnum() for page in PdfReader(book_path).pages for ch in page.extract_text())


def test_every_letter_of_a_pdf_is_read_or_listed() -> None:
    spoken, skipped = planned_characters(plan_book(read_book(RELIEF)))
    assert spoken + skipped == every_letter(RELIEF)


def _blank(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(300, 400)
    writer.write(path)
    return path


def _broken(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    return path


def _locked(path: Path) -> Path:
    writer = PdfWriter(clone_from=RELIEF)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    writer.write(path)
    return path


@pytest.mark.parametrize(("name", "make", "problem"), [
    ("scan.pdf", _blank, "the PDF has no text layer (a scanned book?); make it searchable with OCR first"),
    ("locked.pdf", _locked, "the PDF needs a password to open; save an unprotected copy first"),
    ("broken.pdf", _broken, "not a readable PDF"),
])
def test_a_pdf_that_cannot_be_read_fails_with_one_line_naming_it(tmp_path: Path, name: str,
                                                                  make: Callable[[Path], Path], problem: str) -> None:
    path = make(tmp_path / name)
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0], result.stderr


def test_page_numbers_and_running_heads_are_told_from_a_chapter_numbered_at_a_pages_top() -> None:
    from audiobook.ingest.pdf_book import PAGE_NUMBER, RUNNING_LINE, _furniture

    text = "The keeper lit the lamp at dusk and wrote the hour in the log, as he did every night of the year."
    pages = [["THE RELIEF", text, text, str(number)] for number in range(1, 5)]
    pages[2] = ["II", text, text, "xii"]  # a chapter's number at the top, a front-matter page number at the foot
    found = _furniture(pages)
    assert {found.get((number, 3)) for number in range(4)} == {PAGE_NUMBER}
    assert [found.get((number, 0)) for number in range(4)] == [RUNNING_LINE, RUNNING_LINE, None, RUNNING_LINE]
