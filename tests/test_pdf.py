"""PDF books: chapters from the outline (or the text's headings), paragraphs joined back from
printed lines, running heads and feet skipped and listed, nothing else lost."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html
from pypdf import PdfReader, PdfWriter

from audiobook.cli import main
from audiobook.errors import AudiobookError
from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters
from tests.helpers import SAMPLES
from audiobook.ingest.pdf_type import PrintedLine

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


WINTER = SAMPLES / "pdf" / "the-winter-log.pdf"


def winter_source() -> tuple[list[list[str]], list[str]]:
    """The Winter Log's chapters (title, then each paragraph as written, a paragraph a page break splits made
    whole) and its footnotes, from the HTML it was printed from."""
    page = html.parse(str(SAMPLES / "pdf" / "the-winter-log.html")).getroot()
    for marker in [sup for sup in page.iter("sup") if sup.getparent().getparent().get("class") != "notes"]:
        marker.drop_tree()  # the markers in the text; a note keeps its number
    chapters: list[list[str]] = []
    notes: list[str] = []
    for element in page.body.iter("h2", "p"):
        text = " ".join(element.text_content().split())
        if element.getparent().get("class") == "notes":
            notes.append(text)
        elif element.tag == "h2":
            chapters.append([text])
        elif chapters and element.get("class") == "on":  # the rest of a paragraph, over the page
            chapters[-1][-1] += " " + text
        elif chapters:
            chapters[-1].append(text)
    return chapters, notes


def test_a_typeset_pdf_without_an_outline_is_read_by_its_type_and_layout() -> None:
    book = read_book(WINTER)
    chapters, notes = winter_source()
    assert (book.title, book.authors) == ("The Winter Log", ("Tom Reddaway",))  # from the title page
    # chapter titles set in larger type, with no "Chapter" to find them by
    assert [c.title for c in book.chapters] == ["Lamp Oil", "The Fog Signal", "The Spring Boat"]
    # paragraphs from their indents (the last chapter's first ends a sentence on a nearly full line), notes'
    # markers out ("the store book. He knew", not "book.1 He knew"), the small-type log entry read
    assert [[b.text for b in c.blocks] for c in book.chapters] == chapters
    assert any(b.text.startswith("4 December. Wind SW") for b in book.chapters[0].blocks)
    footnotes = [s for s in book.skipped if s.reason == "footnote"]
    assert [s.words for s in footnotes] == [len(note.split()) for note in notes]  # numbers and all
    assert [s.characters for s in book.skipped if s.reason == "note reference marker"] == [1, 1]
    assert [s.reason for s in book.skipped].count("running head or foot (repeated at the edge of the pages)") == 4


def test_every_letter_of_a_typeset_pdf_is_read_or_listed() -> None:
    spoken, skipped = planned_characters(plan_book(read_book(WINTER)))
    assert spoken + skipped == every_letter(WINTER)


def test_only_small_raised_figures_after_a_word_are_note_markers() -> None:
    from audiobook.ingest.pdf_type import _line, _Run

    def line(*runs: tuple[str, float, float]) -> PrintedLine:
        return _line([_Run(text, size, 0.0, height, True) for text, size, height in runs])

    assert line(("in the store book.", 10, 700), ("1", 6.5, 704), (" He knew", 10, 700)) == PrintedLine(
        "in the store book. He knew", 10, ("1",), 0.0, 700)
    kept = [line(("the air held more CO", 10, 700), ("2", 6.5, 697), (" than before", 10, 700)),  # lowered
            line(("in ", 10, 700), ("1", 6.5, 704), (" December", 10, 700)),  # not after a word
            line(("the year 18", 10, 700), ("20", 6.5, 704), ("s saw", 10, 700)),  # inside a word
            line(("Lamp ", 10, 700), ("Oil", 6.5, 704))]  # letters
    assert [(k.text, k.markers) for k in kept] == [("the air held more CO2 than before", ()), ("in 1 December", ()),
                                                   ("the year 1820s saw", ()), ("Lamp Oil", ())]


def printed(*lines: tuple[str, float] | tuple[str, float, tuple[str, ...]]) -> list[PrintedLine]:
    return [PrintedLine(line[0], line[1], line[2] if len(line) > 2 else ()) for line in lines]  # type: ignore[misc]


TEXT = "The keeper lit the lamp at dusk and wrote the hour in the log, as he did every night of the year."


def test_a_footnote_is_small_type_at_the_foot_opening_with_a_marker_the_page_raised() -> None:
    from audiobook.ingest.pdf_type import footnote_lines

    pages = [
        printed((TEXT, 10, ("1",)), (TEXT, 10), ("1 The store book was kept apart from the log and", 7.5), ("1", 8)),
        printed((TEXT, 10), ("sent to the district office.", 7.5), ("2", 8)),  # the note runs on
        printed((TEXT, 10), ("4 December. Wind SW, fresh.", 8.5), ("3", 8)),  # a quotation: no marker raised
        printed((TEXT, 10, ("*",)), ("* A shilling.", 7.5), ("Still small type, but the foot's.", 7.5)),
        printed((TEXT, 10), ("12 December. Calm.", 8.5)),  # after a note that ended its sentence: read
    ]
    taken = {(0, 3), (1, 2), (2, 2)}  # the page numbers
    assert footnote_lines(pages, 10, taken) == {(0, 2), (1, 1), (3, 1), (3, 2)}


def test_headings_are_told_by_their_type_size_and_how_often_it_heads() -> None:
    from audiobook.ingest.pdf_type import heading_lines

    pages = [printed(("The Winter Log", 28), ("Tom Reddaway", 11)),
             printed(("Chapter 1", 16), ("The Storm", 20), (TEXT, 10), ("A Note on the Oil", 12), (TEXT, 10)),
             printed(("Chapter 2", 16), ("The Calm", 20), (TEXT, 10),
                     ("A pull quote in large type that runs on for more words than any heading ever has", 14),
                     (TEXT, 10))]
    # the title once, in the largest type: <h1>; chapters' two lines one heading, at their larger size's level;
    # a size used once below the chapters': a heading inside a chapter; a long line in large type: text
    assert heading_lines(pages, 10, set()) == {(0, 0): (1, 1), (1, 0): (2, 2), (1, 3): (3, 1), (2, 0): (2, 2)}


def test_paragraphs_are_told_by_indents_and_spacing_where_the_book_marks_them() -> None:
    from audiobook.ingest.pdf_type import marks_paragraphs, paragraph_layout

    def placed(*lines: tuple[float, float]) -> list[PrintedLine]:
        return [PrintedLine(TEXT, 10, (), left, baseline) for left, baseline in lines]

    page = placed((52, 700), (40, 688), (40, 676),  # a paragraph's indented first line, then two at the edge
                  (52, 664), (52, 652), (40, 640),  # a quotation (or a drop cap's wrap) indented line after line
                  (40, 610))  # set apart by space
    # line 4 is not known: one-line paragraphs ("Yes.") indented one after another stand so too
    assert paragraph_layout(page, set()) == {0: True, 1: False, 2: False, 3: True, 5: False, 6: True}
    assert marks_paragraphs([paragraph_layout(page, set())])
    # two columns: each line is measured from its own column's edge
    columns = placed((52, 700), (40, 688), (40, 676), (40, 664),
                     (312, 700), (300, 688), (300, 676), (312, 664), (300, 652))
    assert paragraph_layout(columns, set()) == {0: True, 1: False, 2: False, 3: False, 4: True, 5: False, 6: False,
                                                7: True, 8: False}
    unmarked = placed(*[(40, 700 - 12 * n) for n in range(20)], (52, 460), (52, 448))  # one short quotation
    assert not marks_paragraphs([paragraph_layout(unmarked, set())])


def test_a_chapters_running_head_set_small_is_furniture_though_few_pages_carry_it() -> None:
    """A typeset book heads its odd pages with the chapter's title, so each title repeats over its own chapter's
    pages only, far fewer than 40% of the book's; set smaller than the text, three pages are enough."""
    from audiobook.ingest.pdf_book import RUNNING_LINE, _furniture

    titles = ["LAMP OIL", "THE FOG SIGNAL", "THE SPRING BOAT"]
    pages = [["THE WINTER LOG" if number % 2 else titles[number // 8], *(f"{TEXT} {chr(65 + number)}{line}" for line in
                                                                          "abc")] for number in range(24)]
    small = frozenset((number, 0) for number in range(24))
    assert [_furniture(pages, small).get((number, 0)) for number in range(24)] == [RUNNING_LINE] * 24
    assert (2, 0) not in _furniture(pages)  # in the text's size: a chapter's title at a page's top stays


@pytest.mark.parametrize(("lines", "authors"), [
    (["The Winter Log", "Tom Reddaway", "Harbour Press", "New York"], ("Tom Reddaway",)),
    (["The Winter Log", "A Year on the Rock", "Jeanne de la Tour"], ("Jeanne de la Tour",)),
    (["The Winter Log", "A Year on the Rock", "Harbour Press", "New York"], ()),  # an imprint names no author
    (["The Winter Log", "Illustrated", "Harbour Press", "by Tom Reddaway"], ("Tom Reddaway",)),
    (["The Winter Log", "by Tom Reddaway and Ines Roca, with drawings by Ann Example"], ("Tom Reddaway", "Ines Roca")),
    (["The Winter Log", "A Year on the Rock", "Draft 3", "Author: Tom Reddaway"], ("Tom Reddaway",)),  # a manuscript's
])
def test_a_title_pages_author_stands_under_its_title(lines: list[str], authors: tuple[str, ...]) -> None:
    from audiobook.ingest.pdf_book import _title_page, _title_page_authors

    assert _title_page_authors(_title_page([[PrintedLine(line, 10) for line in lines]], 10)) == authors


@pytest.mark.parametrize(("written", "title"), [
    ("The Winter Log", "The Winter Log"),
    ("Microsoft Word - Manuscript final.docx", ""),  # Word's PDF export names the file, not the book
    ("winter-log.html", ""),  # Chromium's, for a page without a <title>
    ("Untitled", ""),
])
def test_a_title_a_program_wrote_gives_way_to_the_title_page(written: str, title: str) -> None:
    from audiobook.ingest.pdf_book import _document_title

    assert _document_title(written) == title


def test_a_manuscript_saved_as_pdf_is_cut_at_its_bold_centred_titles() -> None:
    """Typed without heading styles: each chapter's title is bold and centred at the text's own size, so only its
    look sets it apart (before, the book was one chapter); the file name Word writes as the title gives way."""
    crossing = SAMPLES / "pdf" / "the-crossing.pdf"
    book = read_book(crossing)
    page = html.parse(str(SAMPLES / "pdf" / "the-crossing.html")).getroot()
    chapters: list[list[str]] = []
    for paragraph in page.body.iter("p"):
        text = " ".join(paragraph.text_content().split())
        if paragraph.get("class") == "title":
            chapters.append([])
        chapters[-1].append(text)
    assert book.title == "The crossing"  # the file's name: "manuscript-final.docx" names no book
    assert [c.title for c in book.chapters] == ["The Harbour", "The Sound", "The Island"]
    assert [[b.text for b in c.blocks] for c in book.chapters] == chapters
    spoken, skipped = planned_characters(plan_book(book))
    assert spoken + skipped == every_letter(crossing)


def pdf_of(path: Path, pages: list[bytes], title: str = "") -> Path:
    """A PDF of these pages' content streams, written by pypdf, US Letter, with Helvetica as /F1 and Helvetica-Bold
    as /F2 (the standard fonts every reader has)."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    fonts = DictionaryObject({NameObject(f"/F{n}"): DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject(f"/{name}")}) for n, name in ((1, "Helvetica"), (2, "Helvetica-Bold"))})
    for stream in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        content = DecodedStreamObject()
        content.set_data(stream)
        page[NameObject("/Contents")] = writer._add_object(content)
    if title:
        writer.add_metadata({"/Title": title})
    writer.write(path)
    return path


def typed_pages(paragraphs: list[tuple[str, bool]]) -> list[bytes]:
    """(text, bold) paragraphs typed at 12 pt on 16 pt of leading, as a word processor saves a manuscript: lines
    wrapped at 80 characters, a paragraph's first line indented half an inch, a bold one (a title) at the margin
    with a blank line above and below; one page's content stream per 40 lines."""
    import textwrap

    pages: list[list[str]] = [[]]
    y = 720
    for text, bold in paragraphs:
        if bold and pages[-1]:
            y -= 16
        for number, line in enumerate(textwrap.wrap(text, 80)):
            if y < 80:
                pages.append([])
                y = 720
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            left = 72 if bold or number else 108
            pages[-1].append(f"BT /F{2 if bold else 1} 12 Tf {left} {y} Td ({escaped}) Tj ET")
            y -= 16
        if bold:
            y -= 16
    return ["\n".join(page).encode("latin-1") for page in pages]


def test_a_text_layer_with_control_characters_is_read_without_them(tmp_path: Path) -> None:
    """A damaged PDF's text (and title) can hold NUL and other characters XML cannot: before, the reader stopped
    with a Python traceback ("All strings must be XML compatible") instead of reading or refusing the file."""
    text = b"BT /F1 12 Tf 50 200 Td (The keeper\\000 lit the lamp at dusk.) Tj ET"
    damaged = pdf_of(tmp_path / "damaged.pdf", [text], title="Lamp\x00 Oil")
    book = read_book(damaged)
    assert book.title == "Lamp Oil"
    assert [b.text for c in book.chapters for b in c.blocks] == ["The keeper lit the lamp at dusk."]


PDF_SAMPLE = (SAMPLES / "pdf" / "the-winter-log.pdf").read_bytes()


@pytest.mark.parametrize("flip", [(40326, 113), (23681, 140)])
def test_a_pdf_with_a_damaged_font_map_is_refused_in_one_line(tmp_path: Path, flip: tuple[int, int]) -> None:
    """One byte changed in a font's /ToUnicode map (found by fuzzing the sample): pypdf raises LimitReachedError,
    which the CLI printed as a traceback; it is a damaged PDF, said in one line."""
    data = bytearray(PDF_SAMPLE)
    data[flip[0]] = flip[1]
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "not a readable PDF (LimitReachedError" in lines[0]


@settings(max_examples=int(os.environ.get("AUDIOBOOK_FUZZ_EXAMPLES", "60")), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, len(PDF_SAMPLE) - 1), st.integers(0, 255)), min_size=1, max_size=20))
def test_a_damaged_pdf_is_read_or_refused_in_one_line(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    """Whatever its bytes, a PDF gives a book or one of the project's own errors (one line from the CLI): a damaged
    font map once raised pypdf's LimitReachedError, and damaged text ValueError, as tracebacks."""
    data = bytearray(PDF_SAMPLE)
    for offset, value in flips:
        data[offset] = value
    path = tmp_path / "fuzzed.pdf"
    path.write_bytes(bytes(data))
    try:
        plan_book(read_book(path))
    except AudiobookError:
        pass


def test_a_manuscript_saved_as_pdf_is_cut_at_titles_set_only_in_bold(tmp_path: Path) -> None:
    """Titles at the left margin in bold at the text's size, the weakest look a title has (before: one chapter);
    a bold cry in the text ("Stop!") stays a line of its chapter, and every paragraph is read whole."""
    days = iter(range(100))
    weather = ["grey and flat", "white with foam", "black under rain", "green and slow", "lost in the fog"]
    chores = ["make tea", "sleep an hour", "feed the stove", "mend a net", "read"]

    def text() -> str:  # a page's first or last line that other pages repeat (but for figures) is a running head
        day = next(days)
        return (f"On day {day + 1} the keeper woke and climbed to the lamp, and the sea below was {weather[day % 5]} "
                f"as far as he could see. He wrote the weather in the log, and the time, and went down to "
                f"{chores[day % 5]}.")

    titles = ["The Storm", "The Boat", "Relief"]
    chapters = [[title, *[text() for _ in range(6)], "Stop!", *[text() for _ in range(6)]] for title in titles]
    paragraphs = [(line, line in titles or line == "Stop!") for chapter in chapters for line in chapter]
    book = read_book(pdf_of(tmp_path / "bold-titles.pdf", typed_pages(paragraphs)))
    assert [c.title for c in book.chapters] == titles
    assert [[b.text for b in c.blocks] for c in book.chapters] == chapters


def test_a_refrain_ending_page_after_page_is_read_and_a_running_foot_is_not(tmp_path: Path) -> None:
    """A poem whose every page ends on its refrain: the refrain repeats at the pages' edge as a running foot does,
    and was skipped as one. It stands wherever the stanzas end, while the book's own foot ("The Keeper's Song"
    and the page's number) stands at one height on every page: only that is furniture."""
    refrain = "And the keeper said, never more."
    openings = iter(["The lamp was lit at dusk", "The fog came in at nine", "The bell rang on the reef",
                     "The oil ran low by two", "The wind backed to the west", "The tide turned at the bar",
                     "A gull slept on the rail", "The glass was cold and clear", "No ship went by that night",
                     "The boat came round at dawn", "The log was signed and shut"])
    pages, poem = [], []
    for number, stanzas in enumerate([2, 3, 1, 2, 3], start=1):
        lines = [line for _ in range(stanzas) for opening in [next(openings)]
                 for line in [opening, f"and {opening.lower()} again", refrain]]
        poem.extend(lines)
        stream = [f"BT /F1 12 Tf 72 {720 - 16 * n} Td ({line}) Tj ET" for n, line in enumerate(lines)]
        stream.append(f"BT /F1 12 Tf 72 40 Td (The Keeper's Song    {number}) Tj ET")
        pages.append("\n".join(stream).encode("latin-1"))
    book = read_book(pdf_of(tmp_path / "song.pdf", pages))
    assert " ".join(b.text for c in book.chapters for b in c.blocks) == " ".join(poem)
    assert [s.reason for s in book.skipped] == ["running head or foot (repeated at the edge of the pages)"] * 5


def test_bookmarks_to_chapters_printed_without_page_breaks_cut_where_their_titles_are(tmp_path: Path) -> None:
    """A manuscript printed without a page break before its chapters (LibreOffice's PDF of a Word file): several
    bookmarks point at one page, their titles halfway down it. Each title was looked for only among a page's first
    lines and, not found there, given at the page's top, so the chapters started in the wrong places. The document's
    author "Ada Moss; Tom Reddaway" is two authors."""
    titles = ["The Lamp", "The Storm", "The Relief", "The Spring Boat"]
    text = "The keeper lit the lamp at dusk and wrote the hour in the log, as he had done for eleven years. " * 4
    paragraphs = [part for title in titles for part in ((title, True), (f"{title}: {text}", False), (text, False))]
    typed = pdf_of(tmp_path / "typed.pdf", typed_pages(paragraphs))
    writer = PdfWriter(clone_from=typed)
    for title in titles:
        writer.add_outline_item(title, next(n for n, page in enumerate(writer.pages)
                                            if f"({title}) Tj" in page.get_contents().get_data().decode()))
    writer.add_metadata({"/Author": "Ada Moss; Tom Reddaway"})
    writer.write(tmp_path / "bookmarked.pdf")
    book = read_book(tmp_path / "bookmarked.pdf")
    assert book.authors == ("Ada Moss", "Tom Reddaway")
    assert len(PdfReader(tmp_path / "bookmarked.pdf").pages) < len(titles)  # chapters share pages
    assert [c.title for c in book.chapters] == titles
    assert [[b.text[:30] for b in c.blocks] for c in book.chapters] == [
        [title, f"{title}: The keeper lit the lamp"[:30], "The keeper lit the lamp at dus"] for title in titles]


def test_a_pdf_bookmarking_only_its_parts_is_cut_at_its_chapters_bold_titles(tmp_path: Path) -> None:
    """Word and LibreOffice bookmark only the headings with an outline level: a manuscript whose parts are Heading 1
    and whose chapters are titled in a bold style of its own had two chapters, one per part, of 5,000 words and
    more. The lines set apart inside a part (its chapters' titles) cut it, as they do a PDF without bookmarks."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(3)
    parts = {"Part One: Winter": ["The Lamp", "The Storm", "The Fog"],
             "Part Two: Spring": ["The Relief", "The Boat", "The Letter"]}
    paragraphs = [part for name, chapters in parts.items() for part in (
        (name, True), *[line for title in chapters for line in ((title, True), *[
            (text, False) for text in chapter_paragraphs(1_800, rng)])])]
    typed = pdf_of(tmp_path / "typed.pdf", typed_pages(paragraphs))
    writer = PdfWriter(clone_from=typed)
    for name in parts:
        writer.add_outline_item(name, next(n for n, page in enumerate(writer.pages)
                                           if f"({name}) Tj" in page.get_contents().get_data().decode()))
    writer.write(tmp_path / "parts.pdf")
    book = read_book(tmp_path / "parts.pdf")
    assert [c.title for c in book.chapters] == [title for chapters in parts.values() for title in chapters]
    assert [b.text for b in book.chapters[3].blocks[:2]] == ["Part Two: Spring", "The Relief"]


def test_a_scanned_books_pdf_is_titled_by_its_title_page_under_its_digitization_notice() -> None:
    """The Internet Archive's PDF of a scan opens with a page of its digitization notice, then the printed title
    page ("THE KEEPER OF THE LIGHT" / "BY" / "ANN WRITER"); its document title is the scan's identifier. The book
    was titled "keeperoflight00writ" by an unknown author, the title page skipped with the notice. Now the notice
    is skipped and listed, and the title page names the book and its author."""
    scan = SAMPLES / "pdf" / "keeper-scan.pdf"
    book = read_book(scan)
    assert (book.title, book.authors) == ("The Keeper of the Light", ("Ann Writer",))
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II", "CHAPTER III"]
    reasons = {s.reason: s.words for s in book.skipped}
    assert reasons["a scan's digitization notice"] == 14
    assert reasons["title page, by its content (the book's title and author lines)"] == 11
    spoken, skipped = planned_characters(plan_book(book))
    assert spoken + skipped == every_letter(scan)
