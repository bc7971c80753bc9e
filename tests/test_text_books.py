"""Plain-text, Markdown and converters' books (pandoc, Sphinx, Texinfo, calibre's text): title and author,
chapters from their headings, Project Gutenberg's frame and a text book's matter."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from audiobook.errors import ParseError
from audiobook.ingest import IngestOptions, read_book
from audiobook.ingest.xhtml import ILLUSTRATION
from audiobook.text.segmenter import plan_book
from tests.helpers import SAMPLES
from tests.small_books import book_html, keeper_text, lamp_prose, read_text, reasons, rewrite_package, tale


def test_pandocs_epub_of_a_word_file_without_metadata_finds_title_author_and_title_page(tmp_path: Path) -> None:
    """pandoc's EPUB of a Word file that names no title or author: the title was the file's name, the author
    unknown (named only in pandoc's title page, "by Ada Moss" as its subtitle), the printed title page read as
    a chapter titled "By Daniel Defoe" (the TOC lists its heading), and a copyright notice under a heading read,
    as a file one TOC entry points into was never looked at as matter."""
    from samples.structure import Entry, page, write_book

    title_page = '<section epub:type="titlepage"><p class="subtitle">by Ada Moss</p></section>'
    opening = ('<section id="s1"><h1>The Life and Adventures of Robinson Crusoe</h1><h2 id="s2">By Ada Moss</h2>'
               "<p>With Illustrations by H. M. Brock</p></section>")
    notice = ('<section id="s3"><h1>The Keeper</h1><p>Copyright © 2026 Ada Moss. All rights reserved. No part of '
              "this book may be reproduced.</p></section>")
    chapters = [(f"ch{n}.xhtml", page(f"C{n}", f'<section id="c{n}"><h1>CHAPTER {n}.</h1>'
                                                + "".join(f"<p>{p}</p>" for p in tale(n, 600)) + "</section>"))
                for n in (1, 2)]
    path = write_book(tmp_path / "crusoe.epub", "", "", "en",
                      [("title_page.xhtml", page("T", title_page)), ("ch000.xhtml", page("O", opening)),
                       ("ch001.xhtml", page("N", notice)), *chapters],
                      [Entry("The Life and Adventures of Robinson Crusoe", "ch000.xhtml#s1", [
                          Entry("By Ada Moss", "ch000.xhtml#s2")]), Entry("The Keeper", "ch001.xhtml#s3"),
                       *(Entry(f"CHAPTER {n}.", f"ch{n}.xhtml#c{n}") for n in (1, 2))])
    rewrite_package(path, lambda opf: re.sub(rb"<dc:(title|creator)>[^<]*</dc:\1>", b"", opf))
    book = read_book(path)
    assert (book.title, book.authors) == ("The Life and Adventures of Robinson Crusoe", ("Ada Moss",))
    assert [c.title for c in book.chapters] == ["CHAPTER 1.", "CHAPTER 2."]
    assert "Copyright" not in read_text(book) and "Illustrations" not in read_text(book)
    plain = write_book(tmp_path / "plain.epub", "", "", "en", [("title_page.xhtml", page("T", title_page)), *chapters],
                       [Entry(f"CHAPTER {n}.", f"ch{n}.xhtml#c{n}") for n in (1, 2)])
    rewrite_package(plain, lambda opf: re.sub(rb"<dc:(title|creator)>[^<]*</dc:\1>", b"", opf))
    assert read_book(plain).authors == ("Ada Moss",)  # named by pandoc's title page alone


def test_a_text_books_closing_pieces_are_chapters_or_matter_of_their_own(tmp_path: Path) -> None:
    """After a text book's last chapter come its acknowledgments, the author's other books, a note on the author,
    a reading group's guide and an index, each under its title in capitals: they ran on into the last chapter,
    and were read with it. Each is cut at its title: the acknowledgments and the note on the author are read as
    chapters, the others skipped and listed as matter."""
    prose = "\n\n".join(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 4)
    chapters = "".join(f"CHAPTER {n}\n\n{prose}\n\n\n" for n in (1, 2, 3))
    closing = ("ACKNOWLEDGMENTS\n\nMy thanks to my editor and to my agent, who waited.\n\n\nALSO BY ANN WRITER\n\n"
               "The Salt Road\n\nWinter Harbour\n\n\nABOUT THE AUTHOR\n\nAnn Writer lives by the sea.\n\n\n"
               "READING GROUP GUIDE\n\n1. Why does the surveyor ride the ferry?\n\n2. What does the chain stand for?"
               "\n\n\nINDEX\n\nchain, 3, 7\n\nferry, 1, 2, 9\n")
    path = tmp_path / "ferry.txt"
    path.write_text(f"THE FERRY\n\nby Ann Writer\n\n\n{chapters}{closing}", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER 1", "CHAPTER 2", "CHAPTER 3", "ACKNOWLEDGMENTS",
                                                "ABOUT THE AUTHOR"]
    assert book.chapters[2].blocks[-1].text.startswith("The ferry")
    assert set(reasons(book)) == {
        "title page (title and author lines)", "front/back matter (ALSO BY ANN WRITER, by its title)",
        "front/back matter (READING GROUP GUIDE, by its title)", "contents list written as text"}  # the index


def test_a_plain_text_gutenberg_book() -> None:
    book = read_book(SAMPLES / "text" / "tidewater.txt")
    assert (book.title, book.authors, book.declared_language) == ("The Tidewater Almanac", ("Maren Holt",), "English")
    assert [c.title for c in book.chapters] == ["CHAPTER I. The Harbour Bell", "CHAPTER II. Low Water",
                                               "CHAPTER III. Judgement Day"]
    found = reasons(book)
    assert {"Project Gutenberg header", "Project Gutenberg licence", "contents list written as text",
            "title page (title and author lines)"} <= set(found)
    assert "Gutenberg" not in read_text(book) and plan_book(book).language == "en"


def test_a_plain_text_books_wrapped_start_line_and_picture_placeholders_are_not_read(tmp_path: Path) -> None:
    """Pandoc's plain text of a Gutenberg EPUB wraps a long START line ("... THE LIFE AND ADVENTURES OF" /
    "ROBINSON CRUSOE ***"), and keeps a cover's and the pictures' links as bracketed words ("[Cover Image]",
    "[frontispieceb.jpg (34K)]", 76 times in The Vision of Hell). The line's end was read as the book's first words,
    and each picture's file name and size ("frontispieceb dot jpg thirty-four K"). They are skipped and listed."""
    text = (SAMPLES / "text" / "tidewater.txt").read_text(encoding="utf-8")
    start = "*** START OF THE PROJECT GUTENBERG EBOOK THE TIDEWATER ALMANAC ***"
    path = tmp_path / "tidewater.txt"
    path.write_text(text.replace(start, "*** START OF THE PROJECT GUTENBERG EBOOK THE TIDEWATER\nALMANAC ***\n\n"
                                        "[Cover Image]\n\n[frontispiece.jpg (34K)]")
                    .replace("Low Water\n\nAt low water", "Low Water\n\n[lowwater.png (12K)]\n\nAt low water"),
                    encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I. The Harbour Bell", "CHAPTER II. Low Water",
                                               "CHAPTER III. Judgement Day"]
    assert "ALMANAC" not in read_text(book).split("CHAPTER I.")[0] and "jpg" not in read_text(book)
    pictures = [s.characters for s in read_book(SAMPLES / "text" / "tidewater.txt").skipped if s.reason == ILLUSTRATION]
    assert sorted(s.characters for s in book.skipped if s.reason == ILLUSTRATION) == sorted([*pictures, 10, 18, 14])


@pytest.mark.parametrize("credit", [
    "Produced by Ann Example, Bo Sample and the Online Distributed\nProofreading Team at https://www.pgdp.net (This"
    " file was\nproduced from images generously made available by The\nInternet Archive)",
    "E-text prepared by Ann Example\nand the Project Gutenberg Online Distributed Proofreading Team"])
def test_a_plain_text_gutenberg_books_producers_credit_is_not_read(tmp_path: Path, credit: str) -> None:
    """Most Gutenberg text files credit their producers right after the START line. The credit was read as the
    book's first words ("Produced by ... w w w dot pgdp dot net"), and, standing before the title page, made the
    title and author lines under it read as well."""
    text = (SAMPLES / "text" / "tidewater.txt").read_text(encoding="utf-8")
    start = "*** START OF THE PROJECT GUTENBERG EBOOK THE TIDEWATER ALMANAC ***\n"
    path = tmp_path / "tidewater.txt"
    path.write_text(text.replace(start, f"{start}\n\n\n\n{credit}\n"), encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I. The Harbour Bell", "CHAPTER II. Low Water",
                                               "CHAPTER III. Judgement Day"]
    assert "title page (title and author lines)" in reasons(book)
    assert sum(s.words for s in book.skipped if s.reason == "Project Gutenberg header") == 78 + len(credit.split())
    assert "Proofreading" not in read_text(book)


def test_a_text_books_list_of_its_printed_pages_is_not_read(tmp_path: Path) -> None:
    """Pandoc's text of an EPUB sets the EPUB's page list as a numbered list of page numbers ("Pages" / "1. 169" /
    "2. 170"...): 92 lines of numbers were read before the book. A run of five lines or more that are only numbers is
    skipped and listed with its title."""
    prose = "The keeper climbed the stair and lit the lamp, as his father had done before him. " * 12
    pages = "\n".join(f"{n}. {168 + n}" for n in range(1, 8))
    path = tmp_path / "book.txt"
    path.write_text(f"Pages\n\n{pages}\n\n\n" + "".join(f"CHAPTER {n}\n\n{prose}\n\n\n" for n in (1, 2, 3)),
                    encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER 1", "CHAPTER 2", "CHAPTER 3"]
    assert reasons(book)["list of the printed book's pages"] == 1 + 2 * 7


def test_a_text_made_from_a_gutenberg_html_book_reads_as_its_epub_does(tmp_path: Path) -> None:
    """Pandoc's text of The Vision of Hell (Project Gutenberg's HTML in an EPUB) kept what the EPUB's markup set
    apart: the production note ("This Ebook Has Been Reformatted For Better Appearance In Mobile Viewers..."), a title
    page of a few words a line ("THE VISION" / "OF" / "HELL, PURGATORY, AND PARADISE" / "BY" / ...), and "ENLARGE TO
    FULL SIZE" under the stanza beside each picture, which also titled the cantos ("CANTO I — ENLARGE TO FULL SIZE").
    373 words were read that the EPUB does not read; now none is."""
    verse = "In the midway of this our mortal life,\nI found me in a gloomy wood, astray\nGone from the path direct."
    path = tmp_path / "hell.txt"
    path.write_text(
        "Title: The Grey Water of the North\n\nAuthor: Ines Roca\n\n*** START OF THIS PROJECT GUTENBERG EBOOK THE GREY "
        "WATER\n***\nProduced by Ann Example\n\nLINK TO THE ORIGINAL HTML FILE: This Ebook Has Been Reformatted For\n"
        "Better Appearance In Mobile Viewers Such As Kindles And Others.\n\nTHE GREY WATER\n\nOF\n\nTHE NORTH\n\nBY\n\n"
        "INES ROCA\n\nILLUSTRATED BY BO SAMPLE\n\n[frontispiece.jpg (34K)]\n\n"
        + "".join(f"CANTO {number}\n\nENLARGE TO FULL SIZE\n\n[{number}.jpg (60K)]\n\n{verse}\n\n{verse}\n"
                  f"ENLARGE TO FULL SIZE\n\n[{number}b.jpg (50K)]\n\n{verse}\n\n" for number in ("I", "II"))
        + "*** END OF THIS PROJECT GUTENBERG EBOOK THE GREY WATER ***\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CANTO I", "CANTO II"]
    assert read_text(book) == " ".join(f"CANTO {number} {' '.join(verse.split())} {' '.join(verse.split())} "
                                       f"{' '.join(verse.split())}" for number in ("I", "II"))
    found = reasons(book)
    assert found["link to an image"] == 16 and found["Project Gutenberg production note"] == 22
    assert found["title page, by its content (the book's title and author lines)"] == 13


def test_a_text_books_title_page_lines_under_its_by_line_are_the_title_page(tmp_path: Path) -> None:
    """A Gutenberg text's title page goes on under its by-line: the illustrator, the publisher's city, name and
    street ("With Illustrations by H. M. Brock" / "London" / "Seeley, Service & Co. Limited" / "38 Great Russell
    Street"). Those lines were read as a first chapter of 16 words titled with the book's name. A dedication set
    apart by more blank lines is read, and so is a story that starts under the by-line."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    chapters = f"CHAPTER 1\n\n{prose}\n\n\nCHAPTER 2\n\n{prose}\n"
    path = tmp_path / "book.txt"
    path.write_text("The Grey Water\n\nBy Ines Roca\n\nWith Illustrations by Bo Sample\n\nLisbon\n"
                    f"Harbour House & Co. Limited\n12 Quay Street\n\n{'-' * 60}\n\n{chapters}", encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors, [c.title for c in book.chapters]) == (
        "The Grey Water", ("Ines Roca",), ["CHAPTER 1", "CHAPTER 2"])
    assert "Illustrations" not in read_text(book) and "Lisbon" not in read_text(book)
    assert reasons(book)["title page (title and author lines)"] >= 20  # listed with the title and the by-line
    dedicated = tmp_path / "dedicated.txt"
    dedicated.write_text(f"The Grey Water\n\nBy Ines Roca\n\n\n\nFor my mother\n\n\n\n{chapters}", encoding="utf-8")
    assert read_text(read_book(dedicated)).startswith("For my mother CHAPTER 1")
    begun = tmp_path / "begun.txt"
    begun.write_text(f"The Grey Water\n\nBy Ines Roca\n\nThe tide was out\n\n{prose}\n", encoding="utf-8")
    assert read_text(read_book(begun)).startswith("The tide was out The lamp was lit")


@pytest.mark.parametrize("line", ["Copyright 2024 Ines Roca", "© Ines Roca, 2024", "(c) 2024 Harbour Press"])
def test_a_copyright_line_alone_under_a_text_books_title_is_not_read(tmp_path: Path, line: str) -> None:
    """A copyright line with no other mark of a rights page ("All rights reserved", an ISBN) under a text book's
    title and by-line was read as a chapter of its own, titled with the book's name: four words, a chapter marker
    for two seconds of speech. A line that only mentions copyright in a chapter is the text."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    path = tmp_path / "book.txt"
    path.write_text(f"The Grey Water\nA Novel\nby Ines Roca\n\n{line}\n\n\nCHAPTER 1\n\n{prose}\n\n"
                    f"Copyright was not a word the keeper knew.\n\nCHAPTER 2\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER 1", "CHAPTER 2"]
    assert reasons(book)["front/back matter (a copyright line, by its content)"] == len(line.split())
    assert "Copyright was not a word the keeper knew." in read_text(book)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_text_books_chapter_label_takes_the_name_below_it(tmp_path: Path, gap: str) -> None:
    """Plain-text books set a chapter's name on the line below its number ("CHAPTER I." over "THE
    BEGINNING"), in its own paragraph or the same one. The chapter was titled "CHAPTER I." and its
    name read as a paragraph; it is titled "CHAPTER I — THE BEGINNING", both lines headings. A
    sentence below a label is the text, not a name."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    path = tmp_path / "book.txt"
    path.write_text(f"THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.{gap}THE BEGINNING\n\n{prose}\n\nCHAPTER II.{gap}"
                    f"The Storm\n\n{prose}\n\nCHAPTER III.\n\nIt rained.\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I — THE BEGINNING", "CHAPTER II — The Storm", "CHAPTER III."]
    assert [(b.kind, b.text) for b in book.chapters[0].blocks[:2]] == [("heading", "CHAPTER I."),
                                                                       ("heading", "THE BEGINNING")]
    assert [b.kind for b in book.chapters[2].blocks[:2]] == ["heading", "p"]


def test_a_text_books_lone_title_line_above_its_first_chapter_names_the_book(tmp_path: Path) -> None:
    """A plain-text book opening with its title alone, no author under it, right above "CHAPTER I.", was named
    after its file ("almanac"); the line names it, written as a title ("The Tidewater Almanac"), and is read
    where it stands, at the first chapter's start. A first line that ends a clause, or no chapter heading under
    it, names nothing."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    path = tmp_path / "almanac.txt"
    path.write_text(f"THE TIDEWATER ALMANAC\n\n\nCHAPTER I.\n\n{prose}\n\nCHAPTER II.\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert book.title == "The Tidewater Almanac"
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II."]
    assert book.chapters[0].blocks[0].text == "THE TIDEWATER ALMANAC"
    path.write_text(f"It was late.\n\nCHAPTER I.\n\n{prose}\n\nCHAPTER II.\n\n{prose}\n", encoding="utf-8")
    assert read_book(path).title == "Almanac"
    path.write_text(f"The Tidewater Almanac\n\n{prose}\n\n{prose}\n", encoding="utf-8")
    assert read_book(path).title == "Almanac"
    # a title line in capitals over a "by" line is written as a title, its small words and "'s" in lower case
    path.write_text(f"THE KEEPER'S LOG OF THE TIDE\n\nby Ines Roca\n\nCHAPTER I.\n\n{prose}\n", encoding="utf-8")
    assert (read_book(path).title, read_book(path).authors) == ("The Keeper's Log of the Tide", ("Ines Roca",))


@pytest.mark.parametrize("joined", ["\n", "\n\n"])
def test_a_text_books_contents_list_without_a_contents_line_is_skipped(tmp_path: Path, joined: str) -> None:
    """A plain-text book that lists its chapters at the top with no "Contents" line over them: each
    line looked like a heading, and all of them were read at the start of the first chapter. Three or
    more headings in a row, each standing again over its chapter, are a contents list, skipped and
    listed; the first chapter keeps its own heading."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    names = ["Chapter 1: The Lamp", "Chapter 2: The Storm", "Chapter 3: The Bell", "Chapter 4: The Tide"]
    path = tmp_path / "book.txt"
    path.write_text("THE KEEPER\n\nby Ines Roca\n\n" + joined.join(names) + "\n\n\n" +
                    "".join(f"{name}\n\n{prose}\n\n" for name in names), encoding="utf-8")
    book = read_book(path)
    assert [[b.text for b in c.blocks] for c in book.chapters] == [[name, prose.strip()] for name in names]
    assert reasons(book)["contents list written as text"] == 16


def test_a_text_books_brief_contents_is_skipped(tmp_path: Path) -> None:
    """calibre's text of an EPUB opens with the publisher's "Brief Contents" over its entries, not numbered
    ("Title Page", "Etymology", "Begin Reading"): they were read before the book. The lines under it are a
    contents list, skipped and listed."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    path = tmp_path / "book.txt"
    path.write_text("Brief Contents\n\n\nTitle Page\n\nEtymology\n\nBegin Reading\n\nCopyright Page\n\n\n\n"
                    + "".join(f"Chapter {n}. The Lamp.\n\n{prose}\n\n" for n in (1, 2, 3)), encoding="utf-8")
    book = read_book(path)
    assert reasons(book)["contents list written as text"] == 2 + 2 + 1 + 2 + 2
    assert read_text(book).startswith("Chapter 1. The Lamp.")


def test_a_text_books_contents_list_ends_at_the_first_heading_and_its_name_over_text(tmp_path: Path) -> None:
    """A text book's "CONTENTS" over its entries, then the first chapter's label with its name on the line below
    ("CHAPTER I." / "THE FERRY"): the list ran on through both lines, as the line after the label was no text, so
    the first chapter lost its heading, unread, and took the book's title. The label and its name end the list."""
    prose = "The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain. " * 10
    names = ["THE FERRY", "THE STORM", "THE CALM"]
    path = tmp_path / "keeper.txt"
    path.write_text("THE LAMP KEEPER\n\nby Ann Writer\n\n\nCONTENTS\n\n   I. The Ferry\n  II. The Storm\n III. The Calm"
                    "\n\n\n\n" + "".join(f"CHAPTER {numeral}.\n\n{name}\n\n\n{prose}\n\n\n"
                                         for numeral, name in zip(("I", "II", "III"), names)), encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I — THE FERRY", "CHAPTER II — THE STORM",
                                                "CHAPTER III — THE CALM"]
    assert [b.text for b in book.chapters[0].blocks] == ["CHAPTER I.", "THE FERRY", prose.strip()]
    assert reasons(book)["contents list written as text"] == 1 + 3 * 3


@pytest.mark.parametrize("entries", [["The Lamp", "The Tide", "The Gull"],
                                     ["The Lamp on the Hill", "The Tide at Dusk", "The Grey Gull"]])
def test_a_text_book_of_poems_is_not_taken_whole_as_its_contents_list(tmp_path: Path, entries: list[str]) -> None:
    """A book of poems in plain text, its contents lines under "CONTENTS": every line of verse is as short as an
    entry, and the list ran to the end of the book, which stopped with "no readable text". The list ends at a
    heading that repeats an entry ("THE LAMP"), or at the heading over the first line that ends in a comma or a
    semicolon (verse, not an entry)."""
    poems = {"THE LAMP": ["The lamp is lit upon the hill,", "The keeper climbs the winding stair;",
                          "The sea is dark, the wind is still,", "And salt is heavy in the air."],
             "THE TIDE": ["The tide comes in, the tide goes out,", "It does not ask, it does not care;",
                          "It leaves the wrack and turns about", "And finds the shore is always there."],
             "THE GULL": ["The gull is grey above the foam,", "It cries the cry of all who roam;",
                          "It has no hearth, it has no home,", "And yet the whole wide sea is home."]}
    path = tmp_path / "songs.txt"
    path.write_text("SONGS OF THE SHORE\n\nby Ann Writer\n\n\nCONTENTS\n\n" + "\n".join(entries) + "\n\n\n" +
                    "".join(f"{name}\n\n" + "\n".join(lines) + "\n\n\n" for name, lines in poems.items()),
                    encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == list(poems)
    assert [[b.text for b in c.blocks] for c in book.chapters] == [[name, *lines] for name, lines in poems.items()]
    assert reasons(book)["contents list written as text"] == 1 + sum(len(entry.split()) for entry in entries)


def test_a_text_books_opening_before_its_first_heading_is_titled_by_its_line_in_capitals(tmp_path: Path) -> None:
    """A play's cast list before "ACT I" ("CHARACTERS" over the names) was a chapter titled with the book's name;
    it is titled by its line in capitals. Its lines are read, as before; the acts' scenes keep their act."""
    path = tmp_path / "play.txt"
    scene = "KEEPER. The wind is rising. Hand me the oil can, will you?\n\nSURVEYOR. Here it is.\n\n"
    path.write_text("THE LAMP HOUSE\n\nby Ann Writer\n\n\nCHARACTERS\n\nKEEPER, an old man\nSURVEYOR, a young man\n"
                    "\n\nACT I\n\nSCENE 1. The lamp room.\n\n" + scene + "SCENE 2. The landing.\n\n" + scene +
                    "\nACT II\n\nSCENE 1. The lamp room.\n\n" + scene, encoding="utf-8")
    book = read_book(path)
    assert book.title == "The Lamp House"
    assert [c.title for c in book.chapters] == ["CHARACTERS", "ACT I, SCENE 1. The lamp room.",
                                                "ACT I, SCENE 2. The landing.", "ACT II, SCENE 1. The lamp room."]
    assert [b.text for b in book.chapters[0].blocks] == ["CHARACTERS", "KEEPER, an old man", "SURVEYOR, a young man"]
    # a sentence set in capitals ("CALL ME ISHMAEL.") opens the text: no title
    path.write_text("THE LAMP HOUSE\n\nby Ann Writer\n\n\nCALL ME ISHMAEL.\n\nSome years ago, never mind how long, I "
                    "went to sea.\n\n\nACT I\n\nSCENE 1. The lamp room.\n\n" + scene, encoding="utf-8")
    assert [c.title for c in read_book(path).chapters][0] == "The Lamp House"


def test_a_text_book_of_printed_pages_loses_its_running_heads_and_page_numbers(tmp_path: Path) -> None:
    """pdftotext's text of a printed book: form feeds between pages, each page under its running head (the title,
    the author) and over its number. "one ANN WRITER" was read between two sentences on every page, and a sentence
    a page's end tore ran on into them. Heads and numbers at the pages' edges are skipped and listed, and the torn
    sentence is one again; the title page keeps the title and author; a chapter's heading at a page's top, and a
    number there that is not the page's ("12" on page 3: a section's), stay."""
    sentence = "The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."
    wrapped = "\n".join([sentence] * 5)
    pages = ["\n\n   THE SALT ROAD\n\n\n   ANN WRITER\n\n"]
    for number in range(1, 7):
        if number % 2:  # a chapter opens, and its page ends in the middle of a sentence
            body = f"CHAPTER {number // 2 + 1}\n\n" + ("12\n\n" if number == 3 else "") + wrapped + \
                f"\nAnd keeper {number} went"
        else:
            body = f"down to lamp {number} and lit it at dusk.\n" + wrapped
        head = "THE SALT ROAD" if number % 2 else "ANN WRITER"
        pages.append(f"{head}\n\n{body}\n\n{number}\n")
    path = tmp_path / "salt.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Salt Road", ("Ann Writer",))  # written as a title and a name
    text = read_text(book)
    assert "ANN WRITER" not in text and "SALT ROAD" not in text
    for number in (1, 3, 5):
        assert f"with his chain. And keeper {number} went down to lamp {number + 1} and lit it at dusk. The" in text
    assert reasons(book)["running head (the book's title or author, repeated on its pages)"] == 3 * 3 + 3 * 2
    assert reasons(book)["page number"] == 6
    assert [c.title for c in book.chapters] == ["CHAPTER 1", "CHAPTER 2", "CHAPTER 3"]
    assert [b.text for b in book.chapters[1].blocks[:2]] == ["CHAPTER 2", "12"]
    # a chapter's name beside the page's number heads its pages ("14    THE STORM" under "CHAPTER 2" / "THE STORM")
    names = ["THE FERRY", "THE STORM", "THE CALM", "THE LAMP", "THE GULL", "THE TIDE"]
    pages = ["\n\n   THE SALT ROAD\n\n\n   ANN WRITER\n\n"]
    for chapter, name in enumerate(names, start=1):
        pages.append(f"CHAPTER {chapter}\n\n{name}\n\n\n{wrapped}\n")
        pages += [f"{len(pages)}    {name}\n\n{wrapped}\n" for _ in range(2)]
    path.write_text("\f".join(pages), encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == [f"CHAPTER {n} — {name}" for n, name in enumerate(names, start=1)]
    assert [sum(name in b.text for b in c.blocks) for c, name in zip(book.chapters, names)] == [1] * 6
    assert reasons(book)["running head (the chapter's title beside a page number, repeated on its pages)"] == 6 * 2 * 3


def test_an_html_or_markdown_books_list_of_chapter_titles_is_skipped(tmp_path: Path) -> None:
    """The chapters' titles listed (not linked) under the book's title, before the first chapter, were a
    chapter of their own, read aloud. They are a contents list: skipped and listed."""
    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 20
    names = ["Chapter 1: The Lamp", "Chapter 2: The Storm", "Chapter 3: The Bell", "Chapter 4: The Tide"]
    html_book = book_html(tmp_path, "<h1>The Keeper</h1>" + "".join(f"<p>{n}</p>" for n in names) +
                           "".join(f"<h2>{n}</h2><p>{prose}</p>" for n in names))
    markdown = tmp_path / "keeper.md"
    markdown.write_text("# The Keeper\n\n" + "\n".join(f"1. {n}" for n in names) + "\n\n" +
                        "".join(f"## {n}\n\n{prose}\n\n" for n in names), encoding="utf-8")
    for source in (html_book, markdown):
        book = read_book(source)
        assert [c.title for c in book.chapters] == names
        assert reasons(book)["front/back matter (contents list written as text)"] == 16


def test_a_text_books_numbered_titles_are_its_chapters(tmp_path: Path) -> None:
    """Chapters that a plain-text book numbers and names on one line ("I. THE FIRST WINTER", "II. The Spring
    Tide") after a "PREFACE": it was one chapter, "PREFACE". The run of numbers counting up is taken after the
    contents list that repeats them; a numbered list inside a chapter ("1. Trim the wick") is read as text."""
    prose = keeper_text(6)
    path = tmp_path / "year.txt"
    path.write_text(f"THE KEEPER'S YEAR\n\nby Ines Roca\n\n\nCONTENTS\n\nI. THE FIRST WINTER\n\nII. The Spring "
                    f"Tide\n\nIII. THE LONG SUMMER\n\n\nPREFACE\n\n{prose}\n\n\nI. THE FIRST WINTER\n\n{prose}\n\n"
                    f"1. Trim the wick\n\n2. Fill the lamp\n\n{prose}\n\n\nII. The Spring Tide\n\n{prose}\n\n\n"
                    f"III. THE LONG SUMMER\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["PREFACE", "I. THE FIRST WINTER", "II. The Spring Tide",
                                                "III. THE LONG SUMMER"]
    assert [b.text for b in book.chapters[1].blocks][2:4] == ["1. Trim the wick", "2. Fill the lamp"]
    assert reasons(book)["contents list written as text"] == 13
    assert read_text(book).count("The keeper wrote the hour") == 6 * 5


def test_chapters_numbered_in_words_or_figures_alone_on_a_line_are_cut_in_text_and_html_books(tmp_path: Path) -> None:
    """Many novels number their chapters with a word alone ("One", "Two"; in capitals it was found as a capitalised
    line, in title case not), and a web page or a document saved as HTML without heading styles with a figure
    alone ("<p>1</p>"): each book was one chapter. A word that counts up from one, in the 11 languages, cuts too;
    a lone "One." in dialogue, with no "Two" after it, does not."""
    prose = keeper_text(6)
    numbers = ["One", "Two", "Three"]
    path = tmp_path / "year.txt"
    path.write_text("The Keeper's Year\n\nby Ines Roca\n\n\n" + "".join(
        f"{number}\n\n{prose}\n\n\"How many?\"\n\nOne.\n\n{prose}\n\n" for number in numbers), encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == numbers
    assert read_text(book).count("The keeper wrote the hour") == 6 * 6 and read_text(book).count("One.") == 3
    for lines, language in ((["1", "2", "3"], "en"), (["Eins", "Zwei", "Drei"], "de"), (["UNO", "DOS", "TRES"], "es")):
        html = tmp_path / "year.html"
        html.write_text(f'<html lang="{language}"><head><title>The Year</title></head><body>' + "".join(
            f"<p>{line}</p><p>{prose}</p><p>{prose}</p>" for line in lines) + "</body></html>", encoding="utf-8")
        assert [c.title for c in read_book(html).chapters] == lines
    # a poem's numbered stanzas are no chapters
    stanzas = "".join(f"<p>{n}</p><p>The lamp goes round,</p><p>it does not ask who sees.</p>" for n in (1, 2, 3))
    html.write_text(f"<html><head><title>The Lamp</title></head><body>{stanzas}</body></html>", encoding="utf-8")
    assert len(read_book(html).chapters) == 1


def test_a_text_books_title_line_over_a_name_alone_gives_title_and_author(tmp_path: Path) -> None:
    """A manuscript's "The Long Night" over "Ines Roca", and then its first chapter: the book was titled by its
    file's name, by an unknown author, with a chapter of those two lines. The name must stand alone (two to four
    capitalised words) and the text start after it, at a heading or after more than one blank line."""
    prose = keeper_text(4)
    path = tmp_path / "manuscript.txt"
    path.write_text(f"The Long Night\n\nInes Roca\n\n\n\nChapter One\n\n{prose}\n\n\nChapter Two\n\n{prose}\n",
                    encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Long Night", ("Ines Roca",))
    assert [c.title for c in book.chapters] == ["Chapter One", "Chapter Two"]
    path.write_text(f"Chapter One\n\nJohn Smith\n\n{prose}\n", encoding="utf-8")  # a chapter's line, not a title
    book = read_book(path)
    assert (book.title, book.authors) == ("Manuscript", ())
    assert read_text(book).startswith("Chapter One John Smith")


@pytest.mark.parametrize("opening", ["THE LONG NIGHT\n\nA Novel\n\nInes Roca\n\n\n",
                                     "The Long Night\nby Ines Roca\n\n",
                                     "Title: The Long Night\nAuthor: Ines Roca\n\n"])
def test_a_text_books_title_lines_in_other_forms_give_title_and_author(tmp_path: Path, opening: str) -> None:
    """A line between the title and the name ("A Novel"), the "by" line right under the title with no blank line
    between, and a manuscript's "Title:" field: the book was titled by its file's name (or "Title: The Long
    Night"), and its title page read as a chapter."""
    prose = keeper_text(4)
    path = tmp_path / "manuscript.txt"
    path.write_text(f"{opening}Chapter One\n\n{prose}\n\n\nChapter Two\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert (book.title.casefold(), book.authors) == ("the long night", ("Ines Roca",))
    assert [c.title for c in book.chapters] == ["Chapter One", "Chapter Two"]
    assert reasons(book)["title page (title and author lines)"] == len(opening.split())


def test_a_text_file_written_in_markdown_reads_as_markdown_and_a_markdown_book_without_headings_finds_its_title(
        tmp_path: Path) -> None:
    """A ".txt" file written in Markdown was read as plain text: "# The Lamp Keeper" titled the book, its "##"
    headings were read aloud ("hash hash Chapter one") and cut no chapter, "**bold**" kept its asterisks. Two "#"
    headings or more make it Markdown. A Markdown book whose first lines are its title and a "by" line, with no
    heading, was titled by its file's name."""
    prose = keeper_text(4)
    path = tmp_path / "keeper.txt"
    path.write_text(f"# The Lamp Keeper\n\nby Ines Roca\n\n## Chapter 1: The Lamp\n\n{prose}\n\n**Bold** words.\n\n"
                    f"## Chapter 2: The Fog\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Lamp Keeper", ("Ines Roca",))
    assert [c.title for c in book.chapters] == ["Chapter 1: The Lamp", "Chapter 2: The Fog"]
    assert "Bold words." in read_text(book) and "#" not in read_text(book) and "*" not in read_text(book)
    path.write_text(f"A #1 bestseller\n\n# not a heading in a text\n\nChapter 1\n\n{prose}\n", encoding="utf-8")
    assert "# not a heading in a text" in read_text(read_book(path))  # one "#" line: plain text
    markdown = tmp_path / "keeper.md"
    markdown.write_text(f"The Lamp Keeper\n\nby Ines Roca\n\nChapter 1\n\n{prose}\n\nChapter 2\n\n{prose}\n",
                        encoding="utf-8")
    book = read_book(markdown)
    assert (book.title, book.authors) == ("The Lamp Keeper", ("Ines Roca",))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]


def test_a_text_book_in_an_older_encoding_is_read(tmp_path: Path) -> None:
    """Older Project Gutenberg files are ISO-8859-1 (their header says so), and a word processor saves
    Windows-1252 with its curly quotes. Both were refused as "not UTF-8 text"; they are read in the
    encoding declared, else the one detected. Binary data is still refused, naming the file."""
    body = "CHAPTER I.\n\nThe café was closed, said naïve Zoë, and the keeper went home at dusk.\n"
    gutenberg = tmp_path / "pg.txt"
    gutenberg.write_bytes(("Title: The Keeper\n\nAuthor: Ines Roca\n\nCharacter set encoding: ISO-8859-1\n\n"
                           "*** START OF THIS PROJECT GUTENBERG EBOOK THE KEEPER ***\n\n" + body +
                           "\n*** END OF THIS PROJECT GUTENBERG EBOOK THE KEEPER ***\n").encode("latin-1"))
    book = read_book(gutenberg)
    assert (book.title, read_text(book)) == ("The Keeper", " ".join(body.split()))
    word = tmp_path / "word.txt"
    word.write_bytes(f"THE KEEPER\n\nby Ines Roca\n\n{body}“Home,” she said — twice.\n".encode("windows-1252"))
    assert read_text(read_book(word)).endswith("naïve Zoë, and the keeper went home at dusk. “Home,” she said — twice.")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ParseError, match="noise.txt: not UTF-8 text"):
        read_book(binary)


def test_a_text_book_written_a_paragraph_a_line_keeps_its_paragraphs_and_chapters(tmp_path: Path) -> None:
    """Word's "Save as plain text", and many a phone's or site's .txt, writes each paragraph on one line with no
    blank line between them. Those lines were joined as a hard-wrapped paragraph's are: three chapters became one,
    titled with the last heading, the others' headings read mid-paragraph. A text whose lines are longer than any
    hard wrap is read a paragraph a line; a hard-wrapped book with one long line (a web address) is not."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(12)
    chapters = [(f"Chapter {n}", [*chapter_paragraphs(600, rng), "“Home,” she said."]) for n in (1, 2, 3)]
    path = tmp_path / "manuscript.txt"
    path.write_text("THE TIDE CLOCK\nby Ann Example\n\n" + "".join(
        f"{title}\n" + "\n".join(paragraphs) + "\n" for title, paragraphs in chapters), encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Tide Clock", ("Ann Example",))
    assert [[b.text for b in c.blocks] for c in book.chapters] == [[title, *texts] for title, texts in chapters]
    wrapped = tmp_path / "wrapped.txt"
    prose = " ".join(chapters[0][1][:3])
    for width in (70, 160):  # wrapped wide, its long lines end mid-sentence: still hard-wrapped
        wrapped.write_text("CHAPTER I.\n\n" + "\n".join(textwrap.wrap(prose, width)) + "\n\nSee https://example.com/"
                           + "a" * 140 + "\nfor the map.\n\nCHAPTER II.\n\n" + "\n".join(textwrap.wrap(prose, width))
                           + "\n", encoding="utf-8")
        assert [[b.text for b in c.blocks] for c in read_book(wrapped).chapters] == [
            ["CHAPTER I.", prose, f"See https://example.com/{'a' * 140} for the map."], ["CHAPTER II.", prose]], width


def test_a_text_book_with_no_blank_lines_finds_its_title_contents_and_closing_pages(tmp_path: Path) -> None:
    """A Word manuscript saved as plain text: title, author and a contents list at the top, then a copyright line,
    the chapters, and "About the Author", one line each and no blank line anywhere. The book was titled with the
    file's name and its title lines read as a chapter; the copyright line was taken into the contents list; the
    closing page, set apart by no blank lines, was read inside the last chapter."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(5)
    titles = ["Chapter 1: The Storm", "Chapter 2: Low Water", "Chapter 3: The Key"]
    chapters = [(title, chapter_paragraphs(600, rng)) for title in titles]
    closing = ["About the Author", "Ann Example lives by the sea, where she writes novels about lighthouses and keepers."]
    path = tmp_path / "manuscript.txt"
    path.write_text("\r\n".join(["The Tide Clock", "Ann Example", "Contents", *titles,
                                  "Copyright © 2026 Ann Example. All rights reserved.",
                                  *(line for title, paragraphs in chapters for line in [title, *paragraphs]),
                                  *closing]), encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Tide Clock", ("Ann Example",))
    assert [(c.title, [b.text for b in c.blocks]) for c in book.chapters] == [
        *((title, [title, *paragraphs]) for title, paragraphs in chapters), (closing[0], closing)]
    assert reasons(book) == {"title page (title and author lines)": 5, "contents list written as text": 13,
                             "front/back matter (copyright, imprint or publisher's page, by its content (all rights "
                             "reserved, copyright, ©))": 8}


@pytest.mark.parametrize("name", ["saved.txt", "saved.md"])
def test_a_web_page_saved_under_a_text_name_is_read_as_html(tmp_path: Path, name: str) -> None:
    """A book or web page saved as ".txt" (or ".md") is still HTML: its tags were read aloud ("less than p greater
    than"), all one chapter titled with the file's name. A file that opens as an HTML document is read as one."""
    path = tmp_path / name
    path.write_text("<!DOCTYPE html>\n<!-- saved from a browser -->\n<html><head><title>The Tide Clock</title></head>"
                    "<body><h2>Chapter 1</h2><p>The lamp was lit at dusk.</p><h2>Chapter 2</h2>"
                    "<p>The storm came at dawn.</p></body></html>", encoding="utf-8")
    book = read_book(path)
    assert (book.title, [[b.text for b in c.blocks] for c in book.chapters]) == (
        "The Tide Clock", [["Chapter 1", "The lamp was lit at dusk."], ["Chapter 2", "The storm came at dawn."]])
    path.write_text("<p>is how a paragraph opens in HTML, the keeper wrote.</p>\n\nAnd then he slept.\n",
                    encoding="utf-8")  # a text that only quotes markup stays text
    assert "And then he slept." in read_text(read_book(path))
    # thousands of comments and no document after them: text (a pattern for this backtracked without end)
    path.write_text("<!-- a -->" * 20_000 + "\n\nAnd then he slept.\n", encoding="utf-8")
    assert read_text(read_book(path)).endswith("And then he slept.")


def test_a_text_books_long_or_quoted_chapter_names_under_their_labels_join_the_title(tmp_path: Path) -> None:
    """French novels of the old style name their chapters at length under the label ("Chapitre 5" / "Où Joseph
    Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet"), or in guillemets ("«
    Au sein d'une nature sauvage »"). Only names of ten words or fewer, opening with a capital, joined the title:
    these chapters were titled "Chapitre 5". A longer name joins it when it is one phrase (no sentence ends in it
    or after it); a chapter's opening sentence, or a line of dialogue, does not."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(40)
    names = ["Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet",
             "« Au sein d’une nature sauvage »", "« Un homme a passé comme une ombre à travers les volets »"]
    openings = ["« Chut ! Frédéric Larsan qui travaille ! Ne le dérangeons pas ! »",
                "Nous marchions depuis quelques minutes le long du mur, et il ne disait rien du tout."]
    chapters = [(f"Chapitre {n}", [name, *chapter_paragraphs(300, rng)]) for n, name in enumerate(names, start=1)]
    chapters += [(f"Chapitre {n}", [line, *chapter_paragraphs(300, rng)]) for n, line in enumerate(openings, start=4)]
    path = tmp_path / "chambre.txt"
    path.write_text("LE MYSTÈRE\n\npar Gaston Leroux\n\n\n" + "".join(
        f"\n\n{label}\n\n" + "\n\n".join(texts) + "\n" for label, texts in chapters), encoding="utf-8")
    assert [c.title for c in read_book(path).chapters] == [
        *(f"Chapitre {n} — {name}" for n, name in enumerate(names, start=1)), "Chapitre 4", "Chapitre 5"]


def test_a_text_book_saved_as_utf16_or_utf32_is_read_by_its_byte_order_mark(tmp_path: Path) -> None:
    """Notepad saves "Unicode" text as UTF-16 with a byte-order mark. Such a book was refused as "not UTF-8 text"
    (charset detection took it for Windows-1252 and found control characters); it is read, whichever the byte order,
    as is UTF-32, and UTF-16 with no mark, which was read as UTF-8 with a zero byte beside every letter: "C H A P T E R
    one", spelled out. A UTF-16 file whose text breaks off mid-character names the file, its encoding and the byte."""
    text = ("THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.\n\nThe café was closed, said naïve Zoë.\n\n"
            "CHAPTER II.\n\n“Home,” she said — twice.\n")
    for codec, mark in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\0\0"),
                        ("utf-16-le", b""), ("utf-16-be", b"")):
        saved = tmp_path / f"keeper-{codec}{'-marked' if mark else ''}.txt"
        saved.write_bytes(mark + text.replace("\n", "\r\n").encode(codec))
        book = read_book(saved)
        assert (book.title, book.authors) == ("The Keeper", ("Ines Roca",)), codec
        assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II."], codec
        assert read_text(book) == "CHAPTER I. The café was closed, said naïve Zoë. CHAPTER II. “Home,” she said — twice."
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe" + "CHAPTER I.\n\nThe keeper".encode("utf-16-le") + b"\x3d\xd8")  # half a pair
    with pytest.raises(ParseError, match=r"broken.txt: not UTF-16-LE text \(byte 46\), though its byte-order mark"):
        read_book(broken)


def test_a_text_books_footnotes_are_skipped_and_listed(tmp_path: Path) -> None:
    """Project Gutenberg's plain text sets notes as "[Footnote 1: ...]" paragraphs, or as a paragraph
    that opens with the number its marker used ("... dusk.[1]" ... "[1] The lamp ..."). They were
    read in the middle of the chapter, and the marker as "[two]". They are skipped and listed, as
    an EPUB's notes are, with their markers and the "FOOTNOTES:" line over them; a bracketed number
    that no marker used before is read."""
    from audiobook.text.segmenter import plan_book

    path = tmp_path / "book.txt"
    path.write_text("THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.\n\nThe lamp was lit at dusk.[1] The keeper wrote "
                    "it down.\n\n[Footnote 1: The lamp was first\nlit in 1820.]\n\nHe slept. [2]\n\n[3] Three bells "
                    "rang.\n\nFOOTNOTES:\n\n[2] A second note.\n", encoding="utf-8")
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == [
        "CHAPTER I.", "The lamp was lit at dusk. The keeper wrote it down.", "He slept.", "[3] Three bells rang."]
    assert reasons(book)["footnote"] == 9 + 1 + 4
    assert reasons(book)["note reference marker"] == 2
    assert [s.heard for s in plan_book(book).chapters[0].segments][1:3] == [
        "The lamp was lit at dusk. The keeper wrote it down.", "He slept."]


def test_transcribers_notes_and_plain_text_italics_are_not_read(tmp_path: Path) -> None:
    """A transcriber's note is not the author's text ("Transcriber's Note: original reads 'Emporer's'"
    sat in the middle of a story in the corpus): skipped and listed, by its words or its class, and
    read with --include-matter. Plain text's "_italics_" lose their underscores in what is heard, with the marks
    inside them too ("_Never!_")."""
    prose = "The lamp was lit at dusk and the keeper wrote in his book every night without fail."
    path = tmp_path / "book.txt"
    path.write_text(f"CHAPTER I.\n\n{prose}\n\n[Transcriber's Note: original reads 'lamb'.]\n\n"
                    f"He read _The Tide Table_ aloud.\n\nShe said \"_Never!_\" and _\"Hush,\"_ twice.\n\n"
                    f"CHAPTER II.\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert "Transcriber" not in read_text(book)
    assert reasons(book) == {"transcriber's note (not the book's text)": 5}
    heard = [s.heard for c in plan_book(book).chapters for s in c.segments]
    assert "He read The Tide Table aloud." in heard
    assert 'She said "Never!" and "Hush," twice.' in heard  # the marks inside: "Never!_" kept its underscore
    html = book_html(tmp_path, f"<h2>Chapter 1</h2><p>{prose}</p><p>Transcriber’s note: a word was mended.</p>"
                                f"<div class='transnote'><p>Spelling kept as printed.</p></div>")
    assert read_text(read_book(html)) == f"Chapter 1 {prose}"
    assert "a word was mended" in read_text(read_book(html, IngestOptions(include_matter=True)))


def test_a_text_books_transcribers_notes_under_their_title_are_not_read(tmp_path: Path) -> None:
    """Pandoc's text of Moby-Dick sets "Original Transcriber's Notes:" over two paragraphs of notes (the etexts it
    was made from, a pound sign replaced), after a numbered contents list: they were read before the book. The title
    and the notes under it are skipped, up to the next line in capitals; the contents list ends at "ETYMOLOGY.",
    which repeats its entry "3.  Etymology" (with the notes gone, the list took the heading and the line under it)."""
    prose = "The pale Usher dusted his old lexicons and grammars with a queer handkerchief every morning. " * 8
    path = tmp_path / "book.txt"
    path.write_text("Contents\n\n1.  Title Page\n2.  Original Transcriber's Notes\n3.  Etymology\n4.  Chapter 1\n\n\n"
                    "Original Transcriber's Notes:\n\nThis text is a combination of two etexts, compared with a public "
                    "domain copy.\n\nIn chapter 24 we substituted a capital L for the pound sign.\n\n\nETYMOLOGY.\n\n"
                    f"(Supplied by a Late Consumptive Usher)\n\n{prose}\n\n\nCHAPTER 1\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["ETYMOLOGY.", "CHAPTER 1"]
    assert [b.text for b in book.chapters[0].blocks][:2] == ["ETYMOLOGY.", "(Supplied by a Late Consumptive Usher)"]
    assert reasons(book)["transcriber's note (not the book's text)"] == 3 + 14 + 12  # the title, the notes
    assert "combination" not in read_text(book)


def test_a_markdown_book_and_a_script_are_told_apart(tmp_path: Path) -> None:
    book = read_book(SAMPLES / "text" / "harbour-notes.md")
    assert (book.title, book.authors) == ("Harbour Notes", ("Ilse Varga",))
    assert [c.title for c in book.chapters] == ["Morning", "Noon", "Evening"]
    assert "**" not in read_text(book) and "https" not in read_text(book) and "ISBN" not in read_text(book)
    script = read_book(SAMPLES / "podcast" / "03-relief-day.txt")
    assert script.episode is not None  # a podcast script stays one
    labelled = tmp_path / "dialogue.txt"
    labelled.write_text("HOST: Welcome back.\n\nGUEST: Thanks.\n\nHOST: Let us begin.\n", encoding="utf-8")
    assert {b.speaker for c in read_book(labelled).chapters for b in c.blocks} == {"HOST", "GUEST"}


def test_a_sphinx_single_page_book_is_cut_at_its_chapters(tmp_path: Path) -> None:
    """Sphinx's one-page HTML puts the whole book under its title's <h1>, then an <h1> "Indices and tables" of
    two links: the book was two chapters (5,000 words and the links, read). Now the links are matter, and the book,
    one chapter, is cut at its <h2> chapters; its title is without "1.0 documentation"."""
    prose = lamp_prose(30)
    names = ["Preface", "The First Winter", "The Second Winter", "The Third Winter"]
    chapters = "".join(f'<section id="c{n}"><h2>{name}<a class="headerlink" href="#c{n}">¶</a></h2>{prose * 3}'
                       "</section>" for n, name in enumerate(names))
    source = tmp_path / "index.html"
    source.write_text(
        "<html><head><title>The Keeper’s Logbook 1.0 documentation</title></head><body><div class='document'>"
        "<div class='body' role='main'><section><h1>The Keeper’s Logbook</h1><div class='toctree-wrapper'>"
        f"{chapters}</div></section><section><h1>Indices and tables</h1><ul class='simple'><li><p>"
        "<a class='reference internal' href='genindex.html'>Index</a></p></li><li><p><a class='reference internal' "
        "href='search.html'>Search Page</a></p></li></ul></section></div></div></body></html>", encoding="utf-8")
    book = read_book(source)
    assert book.title == "The Keeper’s Logbook"
    assert [c.title for c in book.chapters] == names
    found = reasons(book)  # its "Index" link is a navigation link, as a lone link that only says where to go
    assert found["front/back matter (Indices and tables)"] + found["navigation link (back to the contents, next, "
                                                                    "previous)"] == 3 + 3
    assert read_text(book).count("The lamp was lit at dusk") == 4 * 3 * 30


def test_a_manual_made_by_texinfo_reads_as_its_chapters_and_sections(tmp_path: Path) -> None:
    """A GNU manual's one-page HTML (makeinfo): two <h1> (the title and the top node), a menu of bulleted links
    in a table with an empty spacer cell, chapters as <h2>, one of them far longer than the rest with <h3>
    sections, and an index at the end (here printed, not linked). Before: the menu was read ("Introduction,, What
    it is."), the long chapter stayed whole, and the index was read as a chapter."""
    prose = "<p>" + "The keeper wrote the hour in his book and went down to trim the wick. " * 30 + "</p>"
    menu = "".join(f'<tr><td>&bull; <a href="#{name}">{name}</a></td><td>&nbsp;&nbsp;</td><td>{what}</td></tr>'
                   for name, what in [("Introduction", "What it is."), ("Lamps", "Every lamp."),
                                      ("Installation", "How to set it up."), ("Index", "")])
    sections = "".join(f"<h3>2.{n} {name}</h3>{prose * 4}" for n, name in enumerate(
        ["Oil lamps", "Gas lamps", "Electric lamps", "Lenses"], start=1))
    index = "".join(f"<p>{word}: 2.{n}</p>" for n, word in enumerate(["lamp", "lens", "oil", "wick"], start=1))
    body = (f'<h1 class="settitle">The Lamp Manual</h1><h1 class="top">Lamps</h1><p>This manual is for keepers.</p>'
            f'<table class="menu">{menu}</table><h2 id="Introduction">1 Introduction</h2>{prose}'
            "<table><tr><td>Wick</td><td>&nbsp;</td><td>trimmed daily</td></tr></table>"
            f'<h2 id="Lamps">2 Lamps</h2><p>Every lamp we keep.</p>{sections}'
            f'<h2 id="Installation">3 Installation</h2>{prose}<h2 id="Index">Concept Index</h2>{index}')
    book = read_book(book_html(tmp_path, body))
    assert [c.title for c in book.chapters] == ["Lamps", "1 Introduction", "2 Lamps", "2.1 Oil lamps",
                                                "2.2 Gas lamps", "2.3 Electric lamps", "2.4 Lenses",
                                                "3 Installation"]
    assert "What it is" not in read_text(book) and reasons(book)["list of links (a contents list written as text)"]
    assert reasons(book)["front/back matter (Concept Index)"] == 2 + 4 * 2  # its heading and entries
    assert read_text(book).count("The keeper wrote the hour") == 30 * (2 + 4 * 4)
    assert book.chapters[1].blocks[-1].text == "Wick, trimmed daily"  # not "Wick,, trimmed daily"


def test_a_plain_text_book_wrapped_in_pre_keeps_its_paragraphs_and_chapters(tmp_path: Path) -> None:
    """A converter's HTML of a plain-text book: all of it in one <pre>, hard-wrapped lines and blank
    lines between paragraphs. It was one paragraph of thousands of words, one chapter. Each blank
    line ends a paragraph, the wrapped lines join (a word broken at a line's hyphen too), and the
    "CHAPTER 2" lines cut chapters; short lines stand apart, as a <br/>'s do."""
    import random
    import textwrap

    from samples.synthetic import chapter_paragraphs

    chapters = [chapter_paragraphs(700, random.Random(n)) for n in (1, 2, 3)]
    text = "".join(f"CHAPTER {n}\n\n" + "\n\n".join(textwrap.fill(p, 68) for p in paragraphs) + "\n\n\n"
                   for n, paragraphs in enumerate(chapters, start=1))
    book = read_book(book_html(tmp_path, f"<pre>{text}</pre>"))
    assert [c.title for c in book.chapters] == ["CHAPTER 1", "CHAPTER 2", "CHAPTER 3"]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [f"CHAPTER {n}", *paragraphs] for n, paragraphs in enumerate(chapters, start=1)]
    # short lines in a <pre>, a log or an address, stand apart as <br/> lines do ("KEEPER'S LOG Dusk lamp lit"), a
    # log's columns apart as a table's cells are
    book = read_book(book_html(tmp_path, "<h2>Chapter 1</h2><p>The log read so.</p><pre>  KEEPER'S LOG\n  Dusk   lamp "
                                          "lit\n  Dawn   lamp out</pre><p>Then he slept.</p>"))
    assert [b.text for b in book.chapters[0].blocks] == ["Chapter 1", "The log read so.", "KEEPER'S LOG",
                                                         "Dusk, lamp lit", "Dawn, lamp out", "Then he slept."]


def test_a_text_book_whose_paragraphs_open_with_an_indent_keeps_its_paragraphs(tmp_path: Path) -> None:
    """A plain-text book that marks paragraphs by indenting their first line, with no blank line
    between them, was read as one paragraph per chapter, without a paragraph's pause. Its
    paragraphs are found at the indents; a stanza whose lines are indented in turn is not cut at them, and is
    read a line a block, as an EPUB's poem is."""
    import random
    import textwrap

    from samples.synthetic import chapter_paragraphs

    paragraphs = chapter_paragraphs(800, random.Random(9))
    prose = "\n".join("    " + "\n".join(textwrap.wrap(p, 66, break_on_hyphens=False)) for p in paragraphs)
    stanza = "The keeper climbs the stair at dusk,\n  And counts the steps beneath the lamp,\n" * 3
    path = tmp_path / "indented.txt"
    path.write_text(f"THE KEEPER\n\nby Ann Example\n\nCHAPTER I.\n\n{prose}\n\nCHAPTER II.\n\n{stanza}\n",
                    encoding="utf-8")
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == ["CHAPTER I.", *paragraphs]
    assert [b.text for b in book.chapters[1].blocks] == ["CHAPTER II.", *(line.strip() for line in stanza.splitlines())]


def test_a_markdown_books_marks_are_not_read(tmp_path: Path) -> None:
    """Markdown was read line by line, its marks spoken: "> The sea..." ("greater than"), "- the lamp",
    "[^1]", a table's pipes, "<!-- a note -->", "\\*", "~~struck~~". It is read as the HTML it renders to: quotes,
    list items and table rows are blocks, a footnote and its marker are skipped and listed, a comment
    is not text, and a thematic break is a scene break."""
    from audiobook.text.segmenter import plan_book

    path = tmp_path / "tide.md"
    path.write_text(
        "# The Tide Clock\n\nby Ann Example\n\n## Chapter 1\n\n> The sea is patient,\n> the keeper said.\n\n"
        "- the lamp\n- the bell\n\nShe read it twice.[^1] Then she slept.\n\n<!-- fix this -->\n\n"
        "| Day | Tide |\n|-----|------|\n| Mon | 6:10 |\n\nA \\*literal\\* star and `code`, ~~struck~~.\n\n---\n\n"
        "The next scene.\n\n"
        "[^1]: The note says something about the tide.\n\n## Chapter 2\n\nThe end.\n", encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors, [c.title for c in book.chapters]) == (
        "The Tide Clock", ("Ann Example",), ["Chapter 1", "Chapter 2"])
    assert [(b.text, b.ends_scene) for b in book.chapters[0].blocks] == [
        ("Chapter 1", False), ("The sea is patient, the keeper said.", False), ("the lamp", False),
        ("the bell", False), ("She read it twice. Then she slept.", False), ("Day, Tide", False),
        ("Mon, 6:10", False), ("A *literal* star and code, struck.", True), ("The next scene.", False)]
    assert reasons(book)["footnote"] == 8 and reasons(book)["note reference marker"] == 1
    assert "literal star" in plan_book(book).chapters[0].segments[7].heard
    # Pandoc's attributes on a heading and a span, and its inline footnote, are not read either
    path.write_text("# Preface {-}\n\nA short preface.\n\n# Chapter 1 {#ch1 .chapter}\n\nAnd [Mr Lamb]{.smallcaps} "
                    "came.^[An inline note.]\n", encoding="utf-8")
    book = read_book(path)
    assert [b.text for c in book.chapters for b in c.blocks] == ["Preface", "A short preface.", "Chapter 1",
                                                                 "And Mr Lamb came."]
    # Pandoc's line block (verse, an address) is lines, its pipes not read; a table and a listing's pipe stay
    path.write_text("# Chapter 1\n\n| I kept the light,\n|    and the *light* kept me.\n\n| Day | Tide |\n|---|---|\n"
                    "| Mon | 6:10 |\n\n```\ncat log \\\n| grep storm\n```\n", encoding="utf-8")
    assert [b.text for b in read_book(path).chapters[0].blocks] == [
        "Chapter 1", "I kept the light, and the light kept me.", "Day, Tide", "Mon, 6:10", "cat log \\",
        "| grep storm"]


def test_a_markdown_or_html_book_in_parts_is_cut_at_its_chapters(tmp_path: Path) -> None:
    """A book made as one file whose parts ("# Part One") hold its chapters ("## Chapter 1") was cut
    only at the parts; it is cut at both, each part's title opening its first chapter, and chapters
    numbered again in each part take the part's name. A book of chapter headings only is titled by
    its file, not by its first chapter's heading."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(10)
    body = "".join(f"# {part}\n\n" + "".join(f"## Chapter {n}\n\n" + "\n\n".join(chapter_paragraphs(400, rng))
                                            + "\n\n" for n in (1, 2)) for part in ("Part One", "Part Two"))
    (tmp_path / "tide-clock.md").write_text(body, encoding="utf-8")
    book = read_book(tmp_path / "tide-clock.md")
    assert [c.title for c in book.chapters] == ["Part One, Chapter 1", "Part One, Chapter 2", "Part Two, Chapter 1",
                                                 "Part Two, Chapter 2"]
    assert [b.text for b in book.chapters[2].blocks[:2]] == ["Part Two", "Chapter 1"]
    assert book.title == "Tide clock"
    (tmp_path / "flat.md").write_text(body.replace("# Part One\n\n", "").replace("# Part Two\n\n", "")
                                      .replace("## ", "# "), encoding="utf-8")
    flat = read_book(tmp_path / "flat.md")
    assert flat.title == "Flat" and [c.title for c in flat.chapters] == ["Chapter 1", "Chapter 2"] * 2
    # parts named by what they are about ("# Winter"), beside a dedication and acknowledgements at their level, as
    # pandoc's --top-level-division=part writes them: the chapters they hold, by name, are cut too (were two parts)
    seasons = (body.replace("# Part One", "# Winter").replace("# Part Two", "# Summer")
               + "# Acknowledgements\n\nThanks to the harbour master.\n")
    (tmp_path / "seasons.md").write_text("# Dedication\n\nFor Ola.\n\n" + seasons, encoding="utf-8")
    assert [c.title for c in read_book(tmp_path / "seasons.md").chapters] == [
        "Dedication", "Winter, Chapter 1", "Winter, Chapter 2", "Summer, Chapter 1", "Summer, Chapter 2",
        "Acknowledgements"]
    # chapters with sections that are not divisions by name ("## The Storm") are not cut at them
    sections = seasons.replace("## Chapter 1", "## The Storm").replace("## Chapter 2", "## The Calm")
    (tmp_path / "sections.md").write_text(sections, encoding="utf-8")
    assert [c.title for c in read_book(tmp_path / "sections.md").chapters] == ["Winter", "Summer", "Acknowledgements"]
    # nor is a book whose every chapter's name is set over its label ("# The Storm" over "## Chapter 1")
    prose = "\n\n".join(chapter_paragraphs(400, rng))
    labelled = "".join(f"# {name}\n\n## Chapter {n}\n\n{prose}\n\n" for n, name in enumerate(["The Storm", "The Calm",
                                                                                                 "The Thaw"], 1))
    (tmp_path / "labelled.md").write_text(labelled, encoding="utf-8")
    assert [c.title for c in read_book(tmp_path / "labelled.md").chapters] == ["The Storm", "The Calm", "The Thaw"]
    # but parts of over 20,000 words each (two hours and more) are cut at their sections whatever their siblings,
    # the sections named after their part where the parts repeat them; and no section's heading names the book
    long = "\n\n".join(chapter_paragraphs(2_600, rng))
    sections = ("The Storm", "The Calm", "The Thaw", "The Fog", "The Gull", "The Lamp", "The Boat", "The Bell")
    parts = "".join(f"# {part}\n\n" + "".join(f"## {name}\n\n{long}\n\n" for name in sections)
                    for part in ("Winter", "Summer"))
    (tmp_path / "long-parts.md").write_text(f"# Dedication\n\nFor Ola.\n\n{parts}# Acknowledgements\n\nThanks.\n",
                                            encoding="utf-8")
    long_parts = read_book(tmp_path / "long-parts.md")
    assert long_parts.title == "Long parts"
    assert [c.title for c in long_parts.chapters][:3] == ["Dedication", "Winter, The Storm", "Winter, The Calm"]
    assert len(long_parts.chapters) == 1 + 2 * 8 + 1
    assert max(sum(b.words for b in c.blocks) for c in long_parts.chapters) < 3_000


def test_markdown_setext_headings_are_headings(tmp_path: Path) -> None:
    """Markdown's other heading style, a line underlined with "=" or "-", was read as text ("The Tide
    Clock ==============") and the book was one chapter. It titles the book and cuts its chapters."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(9)
    chapters = [(name, chapter_paragraphs(400, rng)) for name in ["The Lamp", "The Storm", "The Bell"]]
    path = tmp_path / "tide.md"
    path.write_text("The Tide Clock\n==============\n\nby Ann Example\n\n" + "".join(
        f"{name}\n{'-' * len(name)}\n\n" + "\n\n".join(texts) + "\n\n" for name, texts in chapters), encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Tide Clock", ("Ann Example",))
    assert [[b.text for b in c.blocks] for c in book.chapters] == [[name, *texts] for name, texts in chapters]


def test_a_markdown_book_with_pandoc_front_matter_is_a_book(tmp_path: Path) -> None:
    """A Markdown book written for Pandoc opens with YAML front matter (title, subtitle, author list,
    lang, rights). It was taken for a podcast script and refused ("unknown front matter key 'lang'").
    It is a book: title, authors and language from the front matter (listed as skipped, not read), and
    its first "# Chapter 1" heading is a chapter's, not the title's. Front matter with a script's keys,
    or a body of speaker labels and stage directions, is still a script."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(8)
    chapters = [(f"Chapter {n}: {name}", chapter_paragraphs(500, rng)) for n, name in
                enumerate(["The Lamp", "The Storm", "The Bell"], start=1)]
    front = ("---\ntitle: The Tide Clock\nsubtitle: A Novel\nauthor:\n  - Ann Example\n  - Bo Roe\nlang: en-GB\n"
             "rights: © 2026 Ann Example\n---\n\n")
    path = tmp_path / "tide.md"
    path.write_text(front + "".join(f"# {title}\n\n" + "\n\n".join(texts) + "\n\n" for title, texts in chapters),
                    encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors, book.declared_language) == ("The Tide Clock", ("Ann Example", "Bo Roe"), "en-GB")
    assert [c.title for c in book.chapters] == [title for title, _ in chapters]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [[title, *texts] for title, texts in chapters]
    assert reasons(book) == {"front matter (the book's metadata)": 21}
    script = tmp_path / "episode.md"
    script.write_text("---\ntitle: Fog Signals\nepisode: 3\n---\n## Cold open\n\nHOST: Welcome back.\n",
                      encoding="utf-8")
    assert read_book(script).episode is not None and read_book(script).episode.number == 3
    script.write_text("---\ntitle: Fog Signals\n---\nHOST: Welcome back.\n\n[Theme music]\n", encoding="utf-8")
    assert read_book(script).episode is not None


def test_a_markdown_books_pandoc_title_block_is_its_metadata_and_an_uncited_note_is_listed(tmp_path: Path) -> None:
    """Pandoc's older title block ("% The Tide Clock" / "% Ann Example; Bo Roe" / "% 2026") was read aloud as the
    first chapter's opening ("percent The Tide Clock percent Ann Example"), and the book was titled with the file's
    name. It is the title and authors (a line opening with a space is one more author), listed as skipped. A
    footnote defined and cited nowhere vanished with the footnote plugin, unlisted; it is listed."""
    path = tmp_path / "tide.md"
    path.write_text("% The Tide\n  Clock\n% Ann Example; Bo Roe\n  Cy Lamb\n% 2026\n\n# The Lamp\n\n"
                    "She lit the lamp.[^1] It burned all night.\n\n[^1]: Whale oil.\n\n[^spare]: A note the author\n"
                    "    never cited.\n\n# The Storm\n\nThe storm came at dawn.\n", encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Tide Clock", ("Ann Example", "Bo Roe", "Cy Lamb"))
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        ["The Lamp", "She lit the lamp. It burned all night."], ["The Storm", "The storm came at dawn."]]
    assert reasons(book) == {"title block (the book's metadata)": 10, "footnote (cited nowhere)": 6, "footnote": 3,
                             "note reference marker": 1}
    path.write_text("A line about 50% of the crew.\n\n# The Lamp\n\nShe lit the lamp.\n", encoding="utf-8")
    assert "A line about 50% of the crew." in [b.text for c in read_book(path).chapters for b in c.blocks]


def test_a_text_books_chapters_named_at_length_in_capitals_are_cut(tmp_path: Path) -> None:
    """Old books name their chapters at length on the label's line: "CHAPTER II OF THE PROCEEDINGS OF THE THREE
    BROTHERS AFTER THE VISIT OF SOUTH-WEST WIND, ESQUIRE; AND HOW LITTLE GLUCK HAD AN INTERVIEW WITH THE KING OF
    THE GOLDEN RIVER" is 30 words, too long for a heading, and the story ran on as one chapter. A label and number
    before a name in capitals cut it; a sentence that opens with "Chapter 3" does not."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(39)
    titles = ["CHAPTER I HOW THE AGRICULTURAL SYSTEM OF THE BLACK BROTHERS WAS INTERFERED WITH BY SOUTH-WEST WIND, "
              "ESQUIRE", "CHAPTER II OF THE PROCEEDINGS OF THE THREE BROTHERS AFTER THE VISIT OF SOUTH-WEST WIND, "
              "ESQUIRE; AND HOW LITTLE GLUCK HAD AN INTERVIEW WITH THE KING OF THE GOLDEN RIVER",
              "CHAPTER III HOW MR. HANS SET OFF ON AN EXPEDITION TO THE GOLDEN RIVER, AND HOW HE PROSPERED THEREIN"]
    texts = [chapter_paragraphs(600, rng) for _ in titles]
    texts[1][2:2] = ["Chapter 3 was the one the keeper liked best, and he read it to the children every night."]
    _assert_text_book_chapters(tmp_path / "river.txt", "THE KING OF THE GOLDEN RIVER\n\nby John Ruskin", titles, texts)


def _assert_text_book_chapters(path: Path, opening: str, titles: list[str], texts: list[list[str]]) -> None:
    """A text book of an opening, then each title over its paragraphs, is read as those chapters, titled so, with the
    label set apart from the name ("CHAPTER I — HOW THE...", "Chapitre 4 — « Au sein... »")."""
    path.write_text(opening + "\n\n\n" + "".join(
        f"{title}\n\n" + "\n\n".join(paragraphs) + "\n\n\n" for title, paragraphs in zip(titles, texts)),
        encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == [re.sub(r"^(CHAPTER [IVX]+|Chapitre \d+) ", r"\1 — ", title)
                                               for title in titles]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [title, *paragraphs] for title, paragraphs in zip(titles, texts)]


def test_pandocs_epub_of_an_epub_keeps_its_chapters_titles_and_last_words(tmp_path: Path) -> None:
    """Pandoc splits a book at its headings: a chapter's heading alone in one file, its text in the next, which
    the TOC does not list; a scene's heading ("HARPOONEERS AND SAILORS.") in a file and an entry of its own; the
    epilogue's text in a file with the Project Gutenberg header and licence after it. Moby-Dick came out with
    "Chapter 3. The Spouter-Inn. (2)", "HARPOONEERS AND SAILORS." for "Chapter 40. Midnight, Forecastle.", and
    without its epilogue's 256 words, skipped with the licence. The heading's page opens the text after it under
    its title, a chapter's page titles the chapter its scene heading opens, and the text before the licence is
    read."""
    import random

    from samples.structure import Entry, page, paragraphs, write_book
    from samples.synthetic import chapter_paragraphs

    rng = random.Random(41)
    texts = [chapter_paragraphs(words, rng) for words in (800, 5600, 800, 800, 260)]
    licence = ["The Project Gutenberg EBook of Moby-Dick; or The Whale, by Herman Melville",
               "This eBook is for the use of anyone anywhere at no cost and with almost no restrictions whatsoever. "
               "You may copy it, give it away or re-use it under the terms of the Project Gutenberg License included "
               "with this eBook or online at www.gutenberg.org", "Title: Moby-Dick; or The Whale",
               *["Project Gutenberg-tm License and the trademark. Creating the works from public domain print editions "
                 "means that no one owns a United States copyright in these works."] * 5]
    titles = ["Chapter 1. Loomings.", "Chapter 2. The Spouter-Inn.", "Chapter 3. Midnight, Forecastle.",
              "Chapter 4. The Deck.", "Epilogue"]
    pages = [("c1.xhtml", page("c", f"<h1>{titles[0]}</h1>" + paragraphs(texts[0]))),
             ("c2.xhtml", page("c", f"<h1>{titles[1]}</h1>")), ("c2b.xhtml", page("c", paragraphs(texts[1]))),
             ("c3.xhtml", page("c", f"<h1>{titles[2]}</h1>")),
             ("c3b.xhtml", page("c", "<h3>HARPOONEERS AND SAILORS.</h3>" + paragraphs(texts[2]))),
             ("c4.xhtml", page("c", f"<h1>{titles[3]}</h1>" + paragraphs(texts[3]))),
             ("c5.xhtml", page("c", f"<h1>{titles[4]}</h1><p>AND I ONLY AM ESCAPED ALONE TO TELL THEE</p>")),
             ("c6.xhtml", page("c", paragraphs(texts[4]) + '<section class="copyright">' + paragraphs(licence)
                               + "</section>"))]
    toc = [Entry(titles[0], "c1.xhtml"), Entry(titles[1], "c2.xhtml"), Entry(titles[2], "c3.xhtml"),
           Entry("HARPOONEERS AND SAILORS.", "c3b.xhtml"), Entry(titles[3], "c4.xhtml"), Entry(titles[4], "c5.xhtml")]
    book = read_book(write_book(tmp_path / "moby.epub", "Moby-Dick", "Herman Melville", "en", pages, toc))
    assert [c.title for c in book.chapters] == titles
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [titles[0], *texts[0]], [titles[1], *texts[1]], [titles[2], "HARPOONEERS AND SAILORS.", *texts[2]],
        [titles[3], *texts[3]], [titles[4], "AND I ONLY AM ESCAPED ALONE TO TELL THEE", *texts[4]]]
    assert reasons(book) == {"front/back matter (Project Gutenberg licence)": sum(len(t.split()) for t in licence)}


def test_a_title_page_opened_by_the_catalogue_entry_pandoc_sets_as_a_heading_is_skipped(tmp_path: Path) -> None:
    """Pandoc opens its EPUB of a Gutenberg book with the metadata's title as a heading, written as a catalogue entry
    ("The vision of hell. / By Dante Alighieri. / Translated by ..."), then the title page's lines, each a heading in
    a file of its own. The entry was too long for a title page's line, so the whole title page was read before the
    first canto. It is the title's line, and the page is skipped."""
    from samples.structure import Entry, page, paragraphs, write_book

    entry = ("The vision of hell. / By Dante Alighieri. / Translated by Rev. Henry Francis Cary, M.A. / and "
             "illustrated with the seventy-five designs of Gustave Doré.")
    text = [" ".join(["In the midway of this our mortal life, I found me in a gloomy wood, astray."] * 4)] * 5
    pages = [("c1.xhtml", page("c", f"<h1>{entry}</h1>")),
             ("c2.xhtml", page("c", "<h1>THE VISION OF HELL</h1><h2>BY</h2><h2>DANTE ALIGHIERI</h2>")),
             ("c3.xhtml", page("c", "<h1>CANTO I</h1>" + paragraphs(text))),
             ("c4.xhtml", page("c", "<h1>CANTO II</h1>" + paragraphs(text)))]
    toc = [Entry(entry, "c1.xhtml"), Entry("THE VISION OF HELL", "c2.xhtml"), Entry("CANTO I", "c3.xhtml"),
           Entry("CANTO II", "c4.xhtml")]
    book = read_book(write_book(tmp_path / "hell.epub", entry, "Dante Alighieri", "en", pages, toc))
    assert book.title == "The vision of hell"
    assert [c.title for c in book.chapters] == ["CANTO I", "CANTO II"]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [["CANTO I", *text], ["CANTO II", *text]]
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 26 + 7}


def test_pandocs_standalone_html_of_an_epub_is_a_book_not_a_web_page(tmp_path: Path) -> None:
    """`pandoc book.epub -s -o book.html` opens with `<header id="title-block-header">` (title and author), which
    was taken for a site's banner: the file was read as a web page, so its praise, review-request and "Also by"
    pages were read as chapters. Pandoc also writes an EPUB's epub:type as a class ("copyright-page", read aloud)
    and breaks a note's link ("notes.xhtml_n1", class "noteref": "hand one" was heard). The header is the title
    page, the class names the page, and the marker is skipped."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(42)
    texts = [chapter_paragraphs(300, rng) for _ in range(3)]
    body = ('<header id="title-block-header"><h1 class="title">The Ember Line</h1><p class="author">Jane Doe</p>'
            '</header><h1 class="title">The Ember Line</h1><p>Jane Doe</p><p>Quiet Harbour Press</p>'
            '<section class="copyright-page"><p>Copyright 2026 Jane Doe. Written for the samples; free to '
            'use for testing.</p></section><p>For my brother, who always came back.</p>'
            '<h1>Praise for Jane Doe</h1><p>“A gripping read.” — The Harbour Times</p><p>“Unputdownable.” — Ann '
            'Reader</p>'
            + "".join(f"<h1>{n} Chapter</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                      for n, paragraphs in enumerate(texts, start=1))
            + '<p>She wrote it down in a careful hand.<a href="notes.xhtml_n1" class="noteref">1</a></p>'
            "<h1>Enjoyed this book?</h1><p>Please consider leaving a review on the Amazon page. Honest reviews help "
            "other readers find the book.</p><h1>Also by Jane Doe</h1><p>The Salt Road</p><p>The Ferry</p>")
    path = tmp_path / "ember.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>The Ember Line</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Ember Line", ("Jane Doe",))
    assert [c.title for c in book.chapters] == ["1 Chapter", "2 Chapter", "3 Chapter"]
    assert [b.text for b in book.chapters[-1].blocks][-1] == "She wrote it down in a careful hand."
    found = reasons(book)
    assert found["front/back matter (copyright-page)"] == 13 and found["note reference marker"] == 1
    assert not any("web page" in reason for reason in found)


def test_pandocs_citations_are_skipped_in_brackets_and_said_as_name_and_year_in_a_sentence(tmp_path: Path) -> None:
    """A thesis or a non-fiction book written in Pandoc's Markdown cites its sources by key, for citeproc to render
    from a bibliography: "[@smith2004, p. 33]", "[see @doe2010; @roe2012]", "As @smith2004 notes". Read as written
    they were "at smith two thousand four, page thirty-three". A bracketed citation is skipped and listed, as a
    note's marker is (so is one in Pandoc's HTML, `<span class="citation">`); one in a sentence is said as an
    author-date style prints it, "As Smith (2004) notes". An e-mail address or a link stays."""
    path = tmp_path / "tides.md"
    path.write_text("---\ntitle: Tides\nauthor: Ann Example\n---\n\n# Chapter 1\n\nThe tables were printed in 1830 "
                    "[@smith2004, p. 33], and revised [see @doe2010; @roe2012].\n\nAs @smith2004 notes, the harbour "
                    "silted up. Write to ann@example.com or see [the log](http://example.org/@keeper2020).\n\n"
                    "# Chapter 2\n\nThe end came quietly.\n", encoding="utf-8")
    book = read_book(path)
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        ["Chapter 1", "The tables were printed in 1830, and revised.",
         "As Smith (2004) notes, the harbour silted up. Write to ann@example.com or see the log."],
        ["Chapter 2", "The end came quietly."]]
    assert reasons(book)["citation (a reference to the bibliography)"] == 3 + 3
    html = book_html(tmp_path, '<h1>Chapter 1</h1><p>The tables were printed in 1830 <span class="citation" '
                                'data-cites="smith2004">[@smith2004, p. 33]</span>.</p><h1>Chapter 2</h1><p>The end.</p>')
    assert [b.text for b in read_book(html).chapters[0].blocks] == ["Chapter 1", "The tables were printed in 1830."]


def test_a_markdown_books_raw_latex_is_layout_or_its_words_and_code_keeps_its_signs(tmp_path: Path) -> None:
    """A Markdown book written for Pandoc's PDF output carries raw LaTeX: "\\newpage", "\\noindent", "\\vspace{1cm}",
    "\\mainmatter", "\\emph{quietly}", "\\footnote{...}". They were read aloud ("backslash newpage"). Layout is
    not read, a style's words are, a footnote is skipped and listed as Markdown's are; a code span or block keeps its
    dollars, backslashes and "@" as they are."""
    path = tmp_path / "tides.md"
    path.write_text("\\frontmatter\n\n\\tableofcontents\n\n\\mainmatter\n\n# Chapter 1\n\nThe keeper climbed "
                    "the stair.\n\n\\newpage\n\n\\noindent The ferry came at dawn.\\footnote{A real ferry.}\n\n"
                    "\\vspace{1cm}\n\n# Chapter 2\n\nThe end came \\emph{quietly}, at $x^2$.\n\n"
                    "Run `echo $HOME $x$ \\newpage` now.\n\n```\nprice = $x$ \\newpage @smith2004\n```\n",
                    encoding="utf-8")
    book = read_book(path)
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        ["Chapter 1", "The keeper climbed the stair.", "The ferry came at dawn."],
        ["Chapter 2", "The end came quietly, at x².", "Run echo $HOME $x$ \\newpage now.",
         "price = $x$ \\newpage @smith2004"]]
    assert reasons(book)["footnote"] == 4


def test_pandocs_grid_and_simple_tables_are_read_row_by_row(tmp_path: Path) -> None:
    """Pandoc writes a table as a simple table (a header over dashes grouped by column), or a grid table when its
    cells are long. CommonMark read the first as a paragraph, a rule and one run-on paragraph of every row, and the
    second with its borders, "plus minus minus ... equals equals". Each is a table, read row by row, its cells
    apart; a grid table's cell over two lines is one cell."""
    path = tmp_path / "ferry.md"
    path.write_text("# Chapter 1\n\nThe times were posted.\n\n+---------+------------+\n| Day     | Ferry      |\n"
                    "+=========+============+\n| Monday  | 6 am, the  |\n|         | early boat |\n"
                    "+---------+------------+\n| Friday  | 7 am       |\n+---------+------------+\n\n"
                    "  Time    Wind   Remarks\n  ------- ------ ---------------------\n  02.15   SW 9   Boat sighted\n"
                    "  02.40   SW 9   Boat made fast\n\nThe keeper read them.\n", encoding="utf-8")
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "The times were posted.", "Day, Ferry", "Monday, 6 am, the early boat", "Friday, 7 am",
        "Time, Wind, Remarks", "02.15, SW 9, Boat sighted", "02.40, SW 9, Boat made fast", "The keeper read them."]


def test_a_markdown_books_tex_formulas_are_read_as_formulas_or_listed(tmp_path: Path) -> None:
    """Pandoc's Markdown writes formulas in TeX between dollar signs. Read as text, "$E = mc^2$" was "E = mc^two
    dollars". A simple formula is read from its letters, powers and signs (read in the book's language: "E equals
    m c squared"); one beyond that (a sum, a fraction) is skipped and listed as a MathML formula without spoken text
    is, the sentence around it read; "$5 and $10" is money, as Pandoc's rules say."""
    from audiobook.text.segmenter import plan_book

    path = tmp_path / "physics.md"
    path.write_text("# Chapter 1\n\nEinstein wrote $E = mc^2$ in 1905, and the sum $\\sum_{i=1}^n x_i$ "
                    "follows.\n\n$$a^2 + b^2 = c^2$$\n\nIt cost $5 and $10 at the shop.\n\n# Chapter 2\n\n"
                    "The end.\n", encoding="utf-8")
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "Einstein wrote E = m c² in 1905, and the sum follows.", "a² + b² = c²",
        "It cost $5 and $10 at the shop."]
    assert reasons(book) == {"<math> content (its alttext read in its place)": 3 + 5, "<math> content": 2}
    heard = [s.heard for s in plan_book(book).chapters[0].segments]
    assert heard[1:] == ["Einstein wrote E equals m c squared in nineteen oh-five, and the sum follows.",
                         "a squared plus b squared equals c squared", "It cost five dollars and ten dollars at the shop."]


def test_a_text_books_long_chapter_title_in_the_run_of_its_labels_is_cut(tmp_path: Path) -> None:
    """Pandoc's plain text of Le Mystère de la chambre jaune sets each chapter's label and name on one line; three
    are longer than a heading ("Chapitre 5 Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit
    son petit effet"), and ran on as the chapter before's text: 26 chapters instead of 29. A line with the run's
    label and the number it lacks is its chapter; a sentence opening with a number the run has is not, nor is a
    short one that goes on in lower case after its number ("Chapter 4 was the longest, he said." cut a chapter)."""
    prose = ("Le gardien monta l'escalier étroit et alluma la grande lampe, comme son père l'avait fait avant lui, "
             "chaque soir, sans jamais manquer une seule nuit de tempête.")
    titles = ["Chapitre 4 « Au sein d'une nature sauvage »",
              "Chapitre 5 Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet",
              "Chapitre 6 Au fond de la chênaie"]
    body = [[prose] * 6, [prose] * 6, ["Chapitre 4 était le plus long, disait-il, et le plus sombre de tous les chapitres "
                                       "du livre.", "Chapter 4 was the longest, he said.",
                                       *[prose] * 6]]
    _assert_text_book_chapters(tmp_path / "chambre.txt", "LE MYSTÈRE\n\nGaston Leroux", titles, body)


def test_pandocs_markdown_of_an_epub_is_read_as_the_book(tmp_path: Path) -> None:
    """`pandoc book.epub -t markdown -s` writes Pandoc's own Markdown: fenced divs ("::: {.dedication}" ... ":::"),
    spans whose identifiers carry the EPUB's file names ("[169]{#s04.xhtml_Page_169 .pagebreak}"), raw HTML
    ("`<cite>`{=html}", a fenced "{=html}" block), the nav's script right under "</nav>", a hard line break ending
    a paragraph ("**The end.**\\"), and a YAML title list with Markdown's escapes. The colons, braces and
    identifiers were read aloud, the book was titled "['A Textbook...', "Children\\'s Literature"]", and the
    script swallowed the whole book (55,070 words "skipped"). Each is what it stands for: a div, a page number,
    the HTML; the script alone is skipped; the title is the shortest of the list."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(38)
    texts = [chapter_paragraphs(400, rng) for _ in range(3)]
    body = "\n\n".join([
        "---", "author: Ann Example", "title:", "- A Textbook of Sources for Keepers and Their Friends",
        "- The Keeper\\'s Year", "---", "[]{#title.xhtml}", ":::: titlepage", "# The Keeper\\'s Year",
        "## Ann Example", "::::",
        '<nav epub:type="landmarks" id="guide" hidden="hidden">\n\n## Guide\n\n1.  [Begin](#c1.xhtml)\n\n'
        '</nav>\n<script type="text/javascript">\n\t\t<![CDATA[\n\t\t\tvar navLists = 1;\n\t\t\t\n\t\t\t'
        'for (var i = 0; i < 2; i++) {}\n\t\t]]>\n\t\t</script>',
        *[part for n, paragraphs in enumerate(texts, start=1) for part in (
            f"::::: {{#c{n}.xhtml_chapter .chapter}}", f"## []{{#c{n}.xhtml_head}}Chapter {n}",
            f"::: center\n[{n + 168}]{{#c{n}.xhtml_Page_{n + 168} .pagebreak title=\"{n + 168}\"}}\n:::",
            *paragraphs, ":::::")],
        "`<p>`{=html}She read `<cite>`{=html}The Lamp`</cite>`{=html} again.`</p>`{=html}",
        "```{=html}\n<p class=\"closing\">The lamp went out at dawn.</p>\n```",
        "```{=latex}\n\\newpage\n```", "**The end.**\\"])
    path = tmp_path / "keeper.md"
    path.write_text(body + "\n", encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Keeper's Year", ("Ann Example",))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        ["Chapter 1", *texts[0]], ["Chapter 2", *texts[1]],
        ["Chapter 3", *texts[2], "She read The Lamp again.", "The lamp went out at dawn.", "The end."]]
    found = reasons(book)
    assert found["page number"] == 3 and found["<script> content"] == 16
    assert not any(mark in block.text for c in book.chapters for block in c.blocks for mark in ("::", "{", "xhtml"))


@pytest.mark.parametrize(("heads", "titles", "gap"), [
    (["1", "2", "3"], ["1", "2", "3"], "\n\n"),
    (["I.", "II.", "III."], ["I.", "II.", "III."], "\n\n"),
    (["\n\nThe First Night", "\n\nThe Second Night", "\n\nThe Storm"],
     ["The First Night", "The Second Night", "The Storm"], "\n\n"),
    # spaced out everywhere, two blank lines between paragraphs: titles after three still stand apart
    (["\n\nThe First Night", "\n\nThe Second Night", "\n\nThe Storm"],
     ["The First Night", "The Second Night", "The Storm"], "\n\n\n"),
    # but after as many as a paragraph has, they are no signal, and the book is one chapter
    (["\nThe First Night", "\nThe Second Night", "\nThe Storm"], None, "\n\n\n")])
def test_a_text_book_is_cut_at_bare_numbers_or_at_titles_set_apart(tmp_path: Path, heads: list[str],
                                                                    titles: list[str] | None, gap: str) -> None:
    """Plain-text books number their chapters alone on a line ("1", "II."), or title them with no
    chapter word after more blank lines than a paragraph has. Both were one chapter titled with the
    book's name. Every paragraph is still read, in order."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(4)
    chapters = [chapter_paragraphs(400, rng) for _ in heads]
    body = "".join(f"\n\n{head}\n\n" + gap.join(paragraphs) for head, paragraphs in zip(heads, chapters))
    path = tmp_path / "tide.txt"
    path.write_text(f"THE TIDE CLOCK\n\nby Ines Roca\n{body}\n", encoding="utf-8")
    book = read_book(path)
    heard = [b.text for chapter in book.chapters for b in chapter.blocks]
    assert heard == [text for head, paragraphs in zip(heads, chapters) for text in [head.strip(), *paragraphs]]
    assert [c.title for c in book.chapters] == (titles or ["The Tide Clock"])  # the title line, written as a title


@pytest.mark.parametrize(("name", "text"), [
    ("tide.txt", "THE TIDE\n\nby Ines Roca\n\nCHAPTER I.\n\nThe first scene ends here.\n\n* * *\n\nThe second begins.\n"),
    ("tide.md", "# The Tide\n\nby Ines Roca\n\n## Chapter 1\n\nThe first scene ends here.\n\n***\n\nThe second begins.\n")])
def test_a_text_book_scene_break_ends_the_scene_before_it(tmp_path: Path, name: str, text: str) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    blocks = read_book(source).chapters[0].blocks
    assert [(b.text, b.ends_scene) for b in blocks[-2:]] == [("The first scene ends here.", True),
                                                              ("The second begins.", False)]


def test_a_text_book_as_calibre_writes_one_is_cut_at_its_titles(tmp_path: Path) -> None:
    """calibre's text output of an EPUB sets each title after four blank lines and its text after two, with an
    edition line between the title and "By: ...". The guide was one chapter titled by the file's name: its one
    "Introduction" line, a heading by its word, hid the titles that have none, and the text under every title
    stood apart too. Now: its title and author, its copyright page and contents skipped, a chapter per title."""
    titles = ["Introduction", "Lighting the Lamp", "Trimming the Wick", "Winding the Clock", "Where to Get Help"]
    text = "The Keeper's Handbook\n\n\nSecond Edition\n\n\n\n\nBy: Ada Moss\n\n\n\n\n"
    text += "Copyright © 2024 Ada Moss\n\nLicensed under a Creative Commons Attribution 4.0 License.\n\n\n\n\n"
    joined = "Winding the Clock 3.1: Oiling the Gears and the Weights Before the First Frost"  # and its sub-entry
    text += "Table of Contents\n\n\n" + "\n\n".join(joined if t == "Winding the Clock" else t for t in titles)
    text += "\n\n\n\n\n"
    for number, title in enumerate(titles):
        paragraphs = tale(number, 400)
        gap = "\n\n\n\n" if number == 1 else "\n\n"  # a paragraph set apart, as calibre sets a few
        text += f"{title}\n\n\n" + "\n\n".join(paragraphs[:3]) + gap + "\n\n".join(paragraphs[3:]) + "\n\n\n\n\n"
    path = tmp_path / "handbook.txt"
    path.write_text(text, encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Keeper's Handbook", ("Ada Moss",))
    assert [c.title for c in book.chapters] == titles
    assert [b.text for b in book.chapters[0].blocks[:1]] == ["Introduction"]
    found = reasons(book)
    assert found["contents list written as text"] == 3 + sum(len(t.split()) for t in titles) + 11
    assert found["front/back matter (copyright, imprint or publisher's page, by its content (copyright, creative "
                 "commons, license))"] == 13
    french = tmp_path / "guide.txt"
    french.write_text("Le Guide du gardien\n\nPar : Ada Moss\n\n" + text.split("\n\n\n\n\nTable", 1)[1],
                      encoding="utf-8")
    assert read_book(french).authors == ("Ada Moss",)


def test_a_markdown_book_without_front_matter_takes_its_title_from_its_first_heading_over_a_by_line(
        tmp_path: Path) -> None:
    """calibre's Markdown of an EPUB opens "# Calibre Quick Start Guide" / "## Fourth Edition" / "### By: John
    Schember": the book was titled with the file's name, and its title page was its first chapter."""
    chapters = "".join(f"# {title}\n\n" + "\n\n".join(tale(n, 300)) + "\n\n"
                       for n, title in enumerate(["Introduction", "The Lamp"]))
    path = tmp_path / "handbook.md"
    path.write_text("# The Keeper's Handbook\n\n## Second Edition\n\n### By: Ada Moss\n\n" + chapters, encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Keeper's Handbook", ("Ada Moss",))
    assert [c.title for c in book.chapters] == ["Introduction", "The Lamp"]
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 3 + 2 + 3}
