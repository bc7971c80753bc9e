"""Chapters a listener would choose, and only the book read aloud, on badly made books:
the structure samples (samples/structure.py), plain-text and Markdown books, scripts
outside the 11 languages' alphabets, and the corpus when it is present."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from audiobook.errors import ParseError, UnsupportedLanguageError
from audiobook.ingest import IngestOptions, read_book
from audiobook.ingest.xhtml import ILLUSTRATION
from audiobook.models import Book
from audiobook.text.segmenter import SegmentOptions, plan_book
from tests.accounting import planned_characters, raw_characters
from tests.helpers import CORPUS, ROOT, SAMPLES

STRUCTURE = SAMPLES / "structure"


def reasons(book: Book) -> dict[str, int]:
    found: dict[str, int] = {}
    for skipped in book.skipped:
        found[skipped.reason] = found.get(skipped.reason, 0) + skipped.words
    return found


def read_text_blocks(book: Book) -> list[str]:
    return [b.text for c in book.chapters for b in c.blocks]


def read_text(book: Book) -> str:
    return " ".join(b.text for c in book.chapters for b in c.blocks)


def test_committed_structure_samples_match_their_script(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("sample_structure", SAMPLES / "structure.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["sample_structure"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.OUT = tmp_path
    for built in module.main():
        assert built.read_bytes() == (STRUCTURE / built.name).read_bytes(), built.name


def test_a_sparse_ncx_is_checked_against_the_headings_in_the_text() -> None:
    book = read_book(STRUCTURE / "salt-road.epub")
    assert [c.title for c in book.chapters] == [
        "Chapter 1 — The Ferry", "Chapter 2 — The Chain", "Chapter 3 — High Water", "Chapter 4 — The Second Survey",
        "Chapter 5 — Stones", "Chapter 6 — Judgement Day", "Notes"]
    found = reasons(book)
    assert found["Project Gutenberg header"] > 0 and found["Project Gutenberg licence"] > 0
    text = read_text(book)
    assert "Gutenberg" not in text and "START OF" not in text and "marker stones" in text


def test_a_coarse_nav_entry_is_cut_at_its_documents_and_line_numbers_and_image_links_are_not_read() -> None:
    book = read_book(STRUCTURE / "lanterns.epub")
    assert [c.title for c in book.chapters] == ["Dedication", "Harbour Lights", "The Net Mender", "Fog Bell",
                                               "Low Tide", "Lamp Room", "Night Ferry", "Afterword"]
    text = read_text(book)
    assert not any(ch.isdigit() for ch in text), "line numbers are read"
    assert "ENLARGE" not in text
    found = reasons(book)
    assert found["line number"] == 24 and found["link to an image"] == 6 * 4


def test_a_link_to_a_picture_inside_a_sentence_is_read_and_one_standing_alone_is_not(tmp_path: Path) -> None:
    """A link to a picture was skipped wherever it stood: "See <a href="map.png">the map</a> for details" was read
    "See for details". A link that is all of its paragraph (a plate's label under the picture) or says "enlarge"
    is still not read, and counted."""
    sentence = '<p>See <a href="images/map.png">the map of the harbour</a> for the keeper\'s path.</p>'
    book = read_book(_html_book(tmp_path, "<h2>Chapter 1</h2>" + sentence + '<p><a href="images/plate4.jpg">Plate IV'
                                          '</a></p><p><a href="images/plate4-big.jpg">Enlarge</a></p>' + sentence))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "See the map of the harbour for the keeper's path.", "See the map of the harbour for the "
        "keeper's path."]
    assert reasons(book)["link to an image"] == 2 + 1


def test_a_poem_set_a_line_a_paragraph_pauses_as_a_sentence_at_each_line_and_as_a_paragraph_at_its_end(
        tmp_path: Path) -> None:
    """Word, OpenDocument, calibre's FB2 and many EPUBs set verse one line a paragraph: a paragraph's pause after
    each line cut a sentence running over two ("Up ninety steps the keeper climbs" / "with oil and cloth...").
    A line now ends with a sentence's pause and the poem with a paragraph's; dialogue, speech opened by a colon
    and a list of numbered titles, short paragraphs too, keep a paragraph's pause after each."""
    from samples.structure import paragraphs

    lamp_room = next(c for c in plan_book(read_book(STRUCTURE / "lanterns.epub")).chapters if c.title == "Lamp Room")
    assert [(s.text, s.ends_block) for s in lamp_room.segments] == [
        ("Lamp Room", True), ("Up ninety steps the keeper climbs", False),
        ("with oil and cloth and one small flame,", False), ("and trims the wick a hundred times", False),
        ("and every night it is the same.", True)]
    not_verse = [["Yes.", "No, sir.", "Then where?", "Down by the boat, where the tide turns."],
                 ["Il se tourna vers moi et dit :", "« Drôle de corps ! »", "Je lui demandai :", "« Pourquoi ? »"],
                 ["190 A FOUR-LEAVED CLOVER", "I. The Rabbi and the Diadem", "II. Friendship", "III. True Charity"]]
    prose = "<p>The keeper put down his pen, looked at the clock on the wall and spoke to us at last.</p>"
    body = "".join(prose + paragraphs(lines) for lines in not_verse)
    book = read_book(_html_book(tmp_path, body + "<p>Then the song.</p>" + paragraphs(
        ["I kept the light,", "I kept it well", "through fog and sleet", "and the bell."])))
    segments = [s for c in plan_book(book).chapters for s in c.segments]
    assert [s.text for s in segments][-5:] == ["Then the song.", "I kept the light,", "I kept it well",
                                               "through fog and sleet", "and the bell."]
    assert [s.ends_block for s in segments] == [True] * 15 + [True, False, False, False, True]


def lamp_prose(times: int) -> str:
    """A paragraph of one sentence said `times` times: a chapter's body of a known length."""
    return "<p>" + "The lamp was lit at dusk and the keeper wrote the hour in his book. " * times + "</p>"


def _story(seed: int, words: int = 900) -> list[str]:
    import random

    from samples.synthetic import chapter_paragraphs

    return chapter_paragraphs(words, random.Random(seed))


def test_notes_found_by_the_links_to_them_are_skipped_and_listed_in_every_file(tmp_path: Path) -> None:
    """calibre's EPUB of a FictionBook: each note a file of its own, a heading of its number over its text, with
    no class, no epub:type and no link back, and "notes" closing the text's last file. The notes were chapters
    "1", "2", "3" and "notes" was read; the markers' links now find them. A marker-like link to a chapter's
    heading, a long passage and a bibliography's entries are read as before, and nothing else is lost."""
    from samples.structure import Entry, page, paragraphs, write_book
    from tests.accounting import planned_characters, raw_characters

    marker = '<a href="{}"><sup>[{}]</sup></a>'
    chapters = []
    for number in (1, 2, 3):
        story = _story(number)
        story[1] = story[1] + marker.format(f"note{number}.xhtml#n{number}", number)
        body = f"<h2>Chapter {number}</h2>" + "".join(f"<p>{p}</p>" for p in story)
        if number == 3:
            body += '<hr/><h4>notes</h4>'
        chapters.append((f"ch{number}.xhtml", page(f"Chapter {number}", body)))
    see_also = marker.format("after.xhtml#aw", 4)  # a bracketed number that links to a chapter: not a note
    chapters[0] = ("ch1.xhtml", chapters[0][1].replace(b"<h2>Chapter 1</h2>", b"<h2>Chapter 1</h2><p>See the "
                                                        b"Afterword" + see_also.encode() + b".</p>"))
    notes = [("notes.xhtml", page("Notes", "<h1>Notes<br/></h1>"))]
    for number in (1, 2, 3):
        text = f"<p>The keeper's log number {number} is kept in the harbour museum.</p>"
        notes.append((f"note{number}.xhtml", page(str(number), f'<h1 id="n{number}">{number}<br/></h1>{text}')))
    long_passage = ('<p id="long">' + " ".join(_story(9, 500)) + "</p>")  # a marker's target, 500 words: read
    references = '<ol><li id="r1">Holt, M. The Tidewater Almanac. Salt Road Press, 1911.</li></ol>'
    notes.append(("after.xhtml", page("Afterword", '<h2 id="aw">Afterword</h2>' + long_passage + paragraphs(
        ["The keeper's papers were given to the museum by his grandson in the spring of 1962."]) + references)))
    chapters[1] = ("ch2.xhtml", chapters[1][1].replace(b"</h2>", b"</h2><p>As the almanac says"
                                                       + marker.format("after.xhtml#r1", 5).encode()
                                                       + marker.format("after.xhtml#long", 6).encode() + b".</p>", 1))
    toc = [Entry(f"Chapter {n}", f"ch{n}.xhtml") for n in (1, 2, 3)] + [Entry("Notes", "notes.xhtml", [
        Entry(str(n), f"note{n}.xhtml") for n in (1, 2, 3)]), Entry("Afterword", "after.xhtml")]
    path = write_book(tmp_path / "calibre.epub", "The Black Rock Light", "Ada Moss", "en", chapters + notes, toc)
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Afterword"]
    notes_skipped: dict[str, int] = {}
    for skip in book.skipped:
        if skip.reason == "note (where a note marker in the text links)":
            notes_skipped[skip.href] = notes_skipped.get(skip.href, 0) + skip.words
    assert notes_skipped == {"ch3.xhtml": 1, "notes.xhtml": 1, "note1.xhtml": 12, "note2.xhtml": 12,
                             "note3.xhtml": 12}
    text = read_text(book)
    assert "See the Afterword." in text and book.chapters[-1].blocks[0].text == "Afterword"
    assert "salt road press" in text.lower() and "given to the museum" in text and " ".join(_story(9, 500)) in text
    assert "notes" not in text.lower().split() and "harbour museum" not in text
    spoken, skipped = planned_characters(plan_book(book))
    assert spoken + skipped == raw_characters(path)


def test_the_text_after_a_footnotes_aside_is_read(tmp_path: Path) -> None:
    """EPUB 3's own footnote: an <aside epub:type="footnote"> right after the paragraph whose marker links to it.
    The aside was skipped as a footnote, and the marker's target taken for a note too: the paragraphs after it, up
    to the next heading (under 400 words), were skipped as that note, the rest of the chapter lost. The aside is
    the note; the text after it is read, in one chapter file and in three chapters sharing one, their ids alike."""
    from samples.structure import Entry, page, write_book
    from tests.accounting import planned_characters, raw_characters

    def chapter(n: int) -> str:
        return (f'<h2>Chapter {n}</h2><p>The lamp was lit at dusk.<sup><a href="#fn1" id="r1">1</a></sup></p>'
                f'<aside epub:type="footnote" id="fn1"><p>1. Lit with paraffin, as every lamp then.</p></aside>'
                f"<p>The keeper wrote the hour in the log, and the weather, and the ships he saw.</p>"
                f"<p>Then he slept until the bell.</p>")

    for name, pages in (("one.epub", [("c1.xhtml", page("C", chapter(1))), ("c2.xhtml", page("C", chapter(2)))]),
                        ("shared.epub", [("c.xhtml", page("C", chapter(1) + chapter(2) + chapter(3)))])):
        source = write_book(tmp_path / name, "Grey", "Ines Roca", "en", pages, [Entry("Chapter 1", pages[0][0])])
        plan = plan_book(read_book(source))
        assert {c.title: [s.text for s in c.segments][-2:] for c in plan.chapters} == {
            f"Chapter {n}": ["The keeper wrote the hour in the log, and the weather, and the ships he saw.",
                             "Then he slept until the bell."] for n in range(1, len(plan.chapters) + 1)}
        assert {s.reason for s in plan.skipped} == {"footnote", "note reference marker"}
        spoken, skipped = planned_characters(plan)
        assert spoken + skipped == raw_characters(source)


@pytest.mark.parametrize("note", [
    '<p id="fn1">1. Lit with paraffin, as every lamp then.</p>',  # a paragraph the marker points to
    '<div id="fn1"><p>1. Lit with paraffin, as every lamp then.</p></div>',  # a box holding it
    '<aside epub:type="footnote" id="fn1"><p>1. Lit with paraffin, as every lamp then.</p></aside>',  # parsed as HTML
    '<aside epub:type="annotation" id="fn1"><p>Transcriber\'s Note: original reads "lamb".</p></aside>',
])
def test_an_inline_notes_element_is_the_note_and_the_chapter_after_it_is_read(tmp_path: Path, note: str) -> None:
    """A note set right after its paragraph, the marker pointing to it: the note was the element and every
    paragraph after it up to the next heading (under 400 words), so the rest of a short chapter was skipped as the
    note, in an HTML book (whose "epub:type" the HTML parser keeps as a name) as in an EPUB. The note is its element's
    text; a transcriber's note there is skipped as one, and the paragraph after it is read."""
    from tests.accounting import planned_characters, raw_characters

    chapters = "".join(f'<h2>Chapter {n}</h2><p>The lamp was lit at dusk.<sup><a href="#fn{n}">{n}</a></sup></p>'
                       f'{note.replace("fn1", f"fn{n}")}<p>The keeper wrote the hour in the log, and the weather.</p>'
                       f"<p>Then he slept until the bell.</p>" for n in (1, 2))
    source = _html_book(tmp_path, chapters)
    plan = plan_book(read_book(source))
    assert [[s.text for s in c.segments] for c in plan.chapters] == [
        [f"Chapter {n}", "The lamp was lit at dusk.", "The keeper wrote the hour in the log, and the weather.",
         "Then he slept until the bell."] for n in (1, 2)]
    spoken, skipped = planned_characters(plan)
    assert spoken + skipped == raw_characters(source)


def test_notes_a_word_processor_sets_after_the_text_are_found_by_the_links_to_them(tmp_path: Path) -> None:
    """calibre's Word file of a FictionBook, read as one document: the notes, a heading of their number over
    their text under a "Notes" heading, were chapters "1", "2"; found by the markers' links in the same file."""
    marker = '<a href="#n{0}"><sup>[{0}]</sup></a>'
    body = "".join(f"<h2>Chapter {n}</h2><p>{' '.join(_story(n)[:2])}{marker.format(n)}</p>"
                   + "".join(f"<p>{p}</p>" for p in _story(n)[2:]) for n in (1, 2))
    notes = "<h1>Notes</h1>" + "".join(f'<h1 id="n{n}">{n}</h1><p>The log number {n} is in the museum.</p>'
                                       for n in (1, 2))
    book = read_book(_html_book(tmp_path, body + notes))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert sum(s.words for s in book.skipped if s.reason == "note (where a note marker in the text links)") == 1 + 2 * 9
    assert "museum" not in read_text(book) and "Notes" not in read_text(book)


def test_a_note_set_as_a_definition_list_term_is_found_by_its_markers_link(tmp_path: Path) -> None:
    """calibre's EPUB of an OpenDocument file sets its notes as <dl class="notes"><dt id="footnote-1">[←1]</dt>
    <dd>...</dd>: the note was read as a chapter "1". A bibliography's <li> entries stay read (the test above)."""
    body = (f"<h2>Chapter 1</h2><p>{_story(1)[0]}<sup><a href=\"#footnote-1\" id=\"citation-1\">1</a></sup></p>"
            + "".join(f"<p>{p}</p>" for p in _story(1)[1:]) + '<h1>Notes</h1><dl class="notes"><dt id="footnote-1">'
            '[<a href="#citation-1">←1</a>]</dt><dd><p>The log is kept at the harbour museum.</p></dd></dl>')
    book = read_book(_html_book(tmp_path, body))
    assert "museum" not in read_text(book) and "Notes" not in read_text(book)
    assert reasons(book)["note (where a note marker in the text links)"] == 1 + 1 + 8


def test_calibres_epub_of_a_fictionbook_has_the_fictionbooks_chapters(tmp_path: Path) -> None:
    """calibre's EPUB of an FB2 novel: the body's title (author and title, one heading) and the epigraph were a
    chapter "Ada Moss The Black Rock Light"; a poem's title inside a chapter, listed in the NCX, cut the chapter
    in two; the NCX joins a heading's lines with a space ("Chapter Two The Storm") where the first chapter of
    a part was "Chapter One — The Keeper". Now the same chapters, titles and words as the FB2 itself."""
    from samples.structure import Entry, page, write_book

    parts = [("Part One", "Winter", [("Chapter One", "The Keeper"), ("Chapter Two", "The Storm")]),
             ("Part Two", "Spring", [("Chapter Three", "The Boat")])]
    song = ["Burn, my light, above the water,", "burn for those I cannot see,"]
    epigraph, saying = "A light does not burn for the one who lights it.", "Old saying"
    pages = [("title.xhtml", page("T", f'<h1>Ada Moss<br/>The Black Rock Light<br/></h1><blockquote class="epigraph">'
                                       f"<div>{epigraph}</div><blockquote><i>{saying}</i></blockquote></blockquote>"))]
    toc = [Entry("Ada Moss The Black Rock Light", "title.xhtml")]
    fb2_parts = ""
    for part, season, chapters in parts:
        pages.append((f"{part}.xhtml", page(part, f"<h1>{part}<br/>{season}<br/></h1>")))
        toc.append(Entry(f"{part} {season}", f"{part}.xhtml"))
        fb2_parts += f"<section><title><p>{part}</p><p>{season}</p></title>"
        for label, name in chapters:
            story, poem = _story(len(pages), 700), label == "Chapter Two"
            fb2_parts += (f"<section><title><p>{label}</p><p>{name}</p></title><p>{story[0]}</p>"
                          + ("<poem><title><p>The Keeper's Song</p></title><stanza>"
                             + "".join(f"<v>{line}</v>" for line in song) + "</stanza></poem>" if poem else "")
                          + "".join(f"<p>{p}</p>" for p in story[1:]) + "</section>")
            body = (f"<h2>{label}<br/>{name}<br/></h2><div class=\"paragraph\">{story[0]}</div>"
                    + ('<blockquote><div><h3 id="song">The Keeper\'s Song<br/></h3>' + "<br/>".join(song)
                       + "<br/></div></blockquote>" if poem else "")
                    + "".join(f'<div class="paragraph">{p}</div>' for p in story[1:]))
            pages.append((f"{label}.xhtml", page(label, body)))
            toc[-1].children.append(Entry(f"{label} {name}", f"{label}.xhtml",
                                          [Entry("The Keeper's Song", f"{label}.xhtml#song")] if poem else []))
        fb2_parts += "</section>"
    fb2 = tmp_path / "black-rock.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Ada</first-name><last-name>Moss</last-name>'
                   '</author><book-title>The Black Rock Light</book-title><lang>en</lang></title-info></description>'
                   '<body><title><p>Ada Moss</p><p>The Black Rock Light</p></title><epigraph>'
                   f"<p>{epigraph}</p><text-author>{saying}</text-author></epigraph>{fb2_parts}</body></FictionBook>",
                   encoding="utf-8")
    epub = write_book(tmp_path / "black-rock.epub", "The Black Rock Light", "Ada Moss", "en", pages, toc, epub2=True)
    expected = ["Chapter One — The Keeper", "Chapter Two — The Storm", "Chapter Three — The Boat"]
    from_fb2, from_epub = read_book(fb2), read_book(epub)
    assert [c.title for c in from_fb2.chapters] == [c.title for c in from_epub.chapters] == expected
    assert [sum(b.words for b in c.blocks) for c in from_epub.chapters] == [
        sum(b.words for b in c.blocks) for c in from_fb2.chapters]
    assert from_epub.chapters[0].blocks[0].text == epigraph and "Black Rock" not in read_text(from_epub)


def test_calibres_fb2_of_a_novel_in_parts_has_its_chapters(tmp_path: Path) -> None:
    """calibre's FB2 output is one section of paragraphs: a contents list of bare lines (with the notes' "notes",
    "1", "2"), the title page, parts and chapters in bold, "Chapter One" over "The Keeper". It was 16 chapters:
    a chapter of two words for each contents line, a part "Part One Winter" of three words before each part's first
    chapter, titles without their names, and a first chapter "Chapter Six" of the list's end, the title page and
    the epigraph. Now the novel's three chapters, named, each part opening its first chapter."""
    def bold(text: str) -> str:
        return f"<p><strong>{text} </strong></p><empty-line/>"

    parts = [("Part One", "Winter", [("Chapter One", "The Keeper"), ("Chapter Two", "The Storm")]),
             ("Part Two", "Spring", [("Chapter Three", "The Boat")])]
    contents = ["Ada Moss"] + [line for part, _, chapters in parts for line in [part, *(c for c, _ in chapters)]]
    body = "".join(f"<p>{line}</p>" for line in [*contents, "notes", "1", "2"]) + "<empty-line/>"
    body += bold("Ada Moss") + bold("The Black Rock Light") + "<p><emphasis>A light burns for others.</emphasis></p>"
    for number, (part, season, chapters) in enumerate(parts):
        body += bold(part) + bold(season)
        for label, name in chapters:
            story = _story(len(body), 700)
            body += bold(label) + bold(name) + "".join(f"<p>{p}</p>" for p in story)
    body += bold("notes") + bold("Notes") + bold("1") + "<p>The log is in the museum.</p>" + bold("2") + (
        "<p>The lens is in the museum.</p>")
    fb2 = tmp_path / "black-rock.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Ada</first-name><last-name>Moss</last-name>'
                   '</author><book-title>The Black Rock Light</book-title><lang>en</lang></title-info></description>'
                   f"<body><section>{body}</section></body></FictionBook>", encoding="utf-8")
    book = read_book(fb2)
    assert [c.title for c in book.chapters] == ["Chapter One — The Keeper", "Chapter Two — The Storm",
                                               "Chapter Three — The Boat"]
    assert [b.text for b in book.chapters[0].blocks[:4]] == ["Part One", "Winter", "Chapter One", "The Keeper"]
    assert [b.text for b in book.chapters[2].blocks[:4]] == ["Part Two", "Spring", "Chapter Three", "The Boat"]
    found = reasons(book)
    assert found["contents list written as text"] == len(" ".join(contents).split()) + 3
    assert found["title page, by its content (the book's title and author lines)"] == 2 + 4 + 5


@pytest.mark.parametrize("words", [60, 400])
def test_a_one_document_epub_opening_with_its_copyright_notice_reads_its_chapters(tmp_path: Path, words: int) -> None:
    """LibreOffice's EPUB export: the whole book one document, the title, by-line and copyright notice first. A
    short book was refused ("no readable text"), its one file taken for a copyright page; a longer one read the
    notice at the start of its first chapter. Now both read their chapters, the notice skipped and listed."""
    from samples.structure import Entry, page, paragraphs, write_book

    notice = "Copyright © 2026 Ada Moss. All rights reserved. No part of this book may be reproduced."
    body = paragraphs(["The Keeper's Log", "by Ada Moss", notice]) + "".join(
        f"<h2>Chapter {n}: {name}</h2>" + "".join(f"<p>{p}</p>" for p in _story(n, words))
        for n, name in ((1, "The Lamp"), (2, "The Storm")))
    path = write_book(tmp_path / "one.epub", "The Keeper's Log", "Ada Moss", "en",
                      [("sections/section0001.xhtml", page("Log", body))],
                      [Entry("Section 1", "sections/section0001.xhtml")])
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Chapter 1: The Lamp", "Chapter 2: The Storm"]
    assert [s.words for s in book.skipped if "copyright" in s.reason] == [len(notice.split())]
    assert "Copyright" not in read_text(book) and "by Ada Moss" not in read_text(book)
    spoken, skipped = planned_characters(plan_book(book))
    assert spoken + skipped == raw_characters(path)


def test_a_table_cells_short_paragraphs_are_read_as_its_rows_lines(tmp_path: Path) -> None:
    """Word processors and InDesign set each cell's text in a <p>: each was a paragraph of its own ("Night",
    "Wind", "5 January", "Force 10", with a paragraph's pause after each). A short one is now read in its row's
    line, as a cell's bare text is, a sentence ending a cell followed by a space, not a comma; a long one stays
    a paragraph (a table laying out a page of text)."""
    long_cell = " ".join(_story(5, 40))
    rows = [["Night", "Wind"], ["5 January", "Force 10"], ["I am alone.", "But I am alive."], [long_cell, "Yes"]]
    table = "<table>" + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows)
    book = read_book(_html_book(tmp_path, f"<h1>Log</h1><p>The storm came from the west.</p>{table}</table>"))
    assert [b.text for b in book.chapters[0].blocks][2:] == ["Night, Wind", "5 January, Force 10",
                                                             "I am alone. But I am alive.", long_cell, "Yes"]


def test_parts_named_by_their_subject_holding_chapter_lines_are_cut_at_them(tmp_path: Path) -> None:
    """LibreOffice's EPUB of a Word file in parts: a file per part ("Winter", its Heading 1, in the TOC) holding
    its chapters as paragraphs in a style of their own ("Chapter 1"). Each part was one chapter of 1,600 words;
    now its chapters, told apart by their part as in the Word file: "Winter, Chapter 1"."""
    from samples.structure import Entry, write_book

    def part_page(name: str, seed: int) -> bytes:
        chapters = "".join(f'<p class="para3"><span class="span4">Chapter {n}</span></p>' + "".join(
            f'<p class="para2"><span class="span3">{p}</span></p>' for p in _story(seed + n, 500)) for n in (1, 2, 3))
        return ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
                f'{name}</title><style>.span2 {{ font-size: 20pt; }} .span4 {{ font-size: 16pt; }}</style></head>'
                f'<body><p class="para1"><span class="span2">{name}</span></p>{chapters}</body></html>').encode()

    pages = [("winter.xhtml", part_page("Winter", 10)), ("summer.xhtml", part_page("Summer", 20))]
    book = read_book(write_book(tmp_path / "parts.epub", "The Keeper's Logbook", "Maren Holt", "en", pages,
                                [Entry("Winter", "winter.xhtml"), Entry("Summer", "summer.xhtml")]))
    assert [c.title for c in book.chapters] == [f"{part}, Chapter {n}" for part in ("Winter", "Summer")
                                               for n in (1, 2, 3)]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["Winter", "Chapter 1"]


def _rewrite_package(path: Path, change: Callable[[bytes], bytes]) -> None:
    """Change a written EPUB's package document (a guide, metadata left out), as other tools write theirs."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["OEBPS/book.opf"] = change(files["OEBPS/book.opf"])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            stored = name == "mimetype"
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)


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
                                                + "".join(f"<p>{p}</p>" for p in _story(n, 600)) + "</section>"))
                for n in (1, 2)]
    path = write_book(tmp_path / "crusoe.epub", "", "", "en",
                      [("title_page.xhtml", page("T", title_page)), ("ch000.xhtml", page("O", opening)),
                       ("ch001.xhtml", page("N", notice)), *chapters],
                      [Entry("The Life and Adventures of Robinson Crusoe", "ch000.xhtml#s1", [
                          Entry("By Ada Moss", "ch000.xhtml#s2")]), Entry("The Keeper", "ch001.xhtml#s3"),
                       *(Entry(f"CHAPTER {n}.", f"ch{n}.xhtml#c{n}") for n in (1, 2))])
    _rewrite_package(path, lambda opf: re.sub(rb"<dc:(title|creator)>[^<]*</dc:\1>", b"", opf))
    book = read_book(path)
    assert (book.title, book.authors) == ("The Life and Adventures of Robinson Crusoe", ("Ada Moss",))
    assert [c.title for c in book.chapters] == ["CHAPTER 1.", "CHAPTER 2."]
    assert "Copyright" not in read_text(book) and "Illustrations" not in read_text(book)
    plain = write_book(tmp_path / "plain.epub", "", "", "en", [("title_page.xhtml", page("T", title_page)), *chapters],
                       [Entry(f"CHAPTER {n}.", f"ch{n}.xhtml#c{n}") for n in (1, 2)])
    _rewrite_package(plain, lambda opf: re.sub(rb"<dc:(title|creator)>[^<]*</dc:\1>", b"", opf))
    assert read_book(plain).authors == ("Ada Moss",)  # named by pandoc's title page alone


def test_docbooks_epub_names_its_authors_without_addresses_and_its_chapters_as_their_headings(
        tmp_path: Path) -> None:
    """AsciiDoc's a2x (DocBook XSL): the creator "Maren Holt <maren@example.org>; Ola Brekke" was shown with the
    address; the book's title page (title, the author line naming both, a revision table) was read as a chapter;
    and the TOC numbers chapters as "2. The Second Winter" while the heading says "Chapter 2. The Second Winter",
    which only the first chapter, under its part's page, was titled by."""
    from samples.structure import Entry, page, write_book

    title_page = ('<div class="book"><div class="titlepage"><h1 class="title">The Keeper’s Logbook</h1><h3 class='
                  '"author">Maren Holt &lt;maren@example.org&gt;; Ola Brekke</h3><table summary="Revision History"><tr>'
                  "<th>Revision History</th></tr><tr><td>Revision 1.0</td><td>2026-12-05</td><td>M</td></tr></table>"
                  "</div></div>")
    chapters = [(f"ch0{n}.html", page(f"C{n}", f'<div class="chapter"><div class="titlepage"><h1 class="title">'
                                                f"Chapter {n}. {name}</h1></div>"
                                                + "".join(f"<p>{p}</p>" for p in _story(n, 300)) + "</div>"))
                for n, name in ((1, "The First Winter"), (2, "The Second Winter"))]
    path = write_book(tmp_path / "docbook.epub", "The Keeper’s Logbook", "Maren Holt <maren@example.org>; Ola Brekke",
                      "en", [("index.html", page("T", title_page)), *chapters],
                      [Entry("The Keeper’s Logbook", "index.html"), Entry("1. The First Winter", "ch01.html"),
                       Entry("2. The Second Winter", "ch02.html")], epub2=True)
    book = read_book(path)
    assert book.authors == ("Maren Holt", "Ola Brekke")
    assert [c.title for c in book.chapters] == ["Chapter 1. The First Winter", "Chapter 2. The Second Winter"]
    assert "Revision" not in read_text(book)


def test_standard_ebooks_parts_in_hgroups_open_their_first_chapter(tmp_path: Path) -> None:
    """Standard Ebooks sets a part's page as <hgroup><h2>Part I</h2><p epub:type="title">The Winter</p></hgroup>,
    a file of its own with a TOC entry: it was a chapter of four words ("Part I: The Winter") before each part's
    first chapter. An hgroup's lines are its heading's: the part's page now opens its first chapter, which keeps
    the TOC's title ("I: The Keeper", not the text's "I — The Keeper")."""
    from samples.structure import Entry, page, write_book

    pages, toc = [], []
    for number, (roman, name) in enumerate((("I", "The Winter"), ("II", "The Spring")), start=1):
        pages.append((f"part-{number}.xhtml", page("P", f'<section epub:type="part"><hgroup><h2>Part {roman}</h2>'
                                                        f'<p epub:type="title">{name}</p></hgroup></section>')))
        toc.append(Entry(f"Part {roman}: {name}", f"part-{number}.xhtml"))
        for chapter in (2 * number - 1, 2 * number):
            ordinal = ("I", "II", "III", "IV")[chapter - 1]
            body = "".join(f"<p>{p}</p>" for p in _story(chapter, 800))
            pages.append((f"chapter-{chapter}.xhtml", page("C", f'<section epub:type="chapter"><hgroup><h3>{ordinal}'
                                                                f'</h3><p epub:type="title">The Keeper</p></hgroup>'
                                                                f"{body}</section>")))
            toc[-1].children.append(Entry(f"{ordinal}: The Keeper", f"chapter-{chapter}.xhtml"))
    book = read_book(write_book(tmp_path / "se.epub", "The Black Rock Light", "Ada Moss", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["I: The Keeper", "II: The Keeper", "III: The Keeper", "IV: The Keeper"]
    assert [b.text for b in book.chapters[2].blocks[:4]] == ["Part II", "The Spring", "III", "The Keeper"]


def test_a_smashwords_style_epub_is_cut_at_its_named_anchors_and_skips_its_licence_notes(tmp_path: Path) -> None:
    """An EPUB made from a Word file (Smashwords' style): one document, whose TOC points at HTML 4 anchors
    (<a name="ch1">) the reader never found, so the book was cut only where its lines looked like headings;
    and its "License Notes" ("licensed for your personal enjoyment only... may not be re-sold") were read."""
    from samples.structure import Entry, write_book

    def para(text: str) -> str:
        return f'<p class="MsoNormal">{text}</p>'

    body = para("<b>The Salt Marsh</b>") + para("by Ann Example") + para("Copyright 2012 Ann Example") + para(
        "<b>License Notes</b>") + para(
        "This ebook is licensed for your personal enjoyment only. This ebook may not be re-sold or given away to "
        "other people. Thank you for respecting the hard work of this author.")
    names = ["The Harbour Bell", "Low Water", "The Gate"]
    for number, name in enumerate(names, start=1):
        body += para(f'<b><a name="ch{number}"></a>{name}</b>') + "".join(para(p) for p in _story(number, 700))
    document = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
                f"The Salt Marsh</title></head><body>{body}</body></html>").encode()
    book = read_book(write_book(tmp_path / "sw.epub", "The Salt Marsh", "Ann Example", "en", [("book.html", document)],
                                [Entry(name, f"book.html#ch{n}") for n, name in enumerate(names, start=1)],
                                epub2=True))
    assert [c.title for c in book.chapters] == names
    assert "enjoyment" not in read_text(book) and "Copyright" not in read_text(book)


@pytest.mark.parametrize("epub2", [False, True], ids=["nav", "ncx"])
def test_sibling_toc_entries_that_name_one_file_cut_it_at_their_headings(tmp_path: Path, epub2: bool) -> None:
    """A TOC that lists two chapters as one file each, without anchors ("The Storm" and "Low Water" both
    a.xhtml): the second entry was lost, its chapter read inside the first. Each sibling after the first starts
    at the heading that names it; a part and its first chapter at one file are still one place."""
    from samples.structure import Entry, page, paragraphs, write_book

    text = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 6)
    pages = [("a.xhtml", page("T", f"<h2>The Storm</h2>{text}<h2>Chapter 2: Low Water</h2>{text}")),
             ("b.xhtml", page("T", f"<h1>Part Two</h1><h2>The Chain</h2>{text}<h2>Gulls at Dusk</h2>{text}"))]
    toc = [Entry("The Storm", "a.xhtml"), Entry("Low Water", "a.xhtml"),
           Entry("Part Two", "b.xhtml", [Entry("The Chain", "b.xhtml"), Entry("Gulls at Dusk", "b.xhtml")])]
    book = read_book(write_book(tmp_path / "siblings.epub", "Salt", "Ann Example", "en", pages, toc, epub2=epub2))
    assert [c.title for c in book.chapters] == ["The Storm", "Low Water", "The Chain", "Gulls at Dusk"]
    assert [c.blocks[0].text for c in book.chapters] == ["The Storm", "Chapter 2: Low Water", "Part Two",
                                                         "Gulls at Dusk"]
    assert [sum(b.words for b in c.blocks) for c in book.chapters] == [2 + 108, 4 + 108, 2 + 2 + 108, 3 + 108]


@pytest.mark.parametrize("where", ["anchor after", "first paragraph", "file after"])
def test_a_heading_set_before_the_place_its_toc_entry_points_at_opens_its_chapter(tmp_path: Path, where: str) -> None:
    """TOC entries that point just below their heading (an anchor after it, the first paragraph's id), or at the
    file after the one a converter ended with it: each chapter's heading was read at the end of the chapter
    before, and the chapter began without it. "THE END" closing a story stays with the story."""
    from samples.structure import Entry, page, paragraphs, write_book

    names = ["The Harbour Bell", "Low Water", "The Gate"]
    texts = [paragraphs([f"The ferry to the salt flats ran twice a week, and chapter {n} went on."] * 6)
             for n in range(1, 4)]
    closing = "<h3>THE END</h3>"
    if where == "file after":
        bodies = [f"<h2>Chapter 1: {names[0]}</h2>{texts[0]}<h2>Chapter 2: {names[1]}</h2>",
                  f"{texts[1]}<h2>Chapter 3: {names[2]}</h2>", texts[2] + closing]
        pages = [(f"p{n}.xhtml", page("T", body)) for n, body in enumerate(bodies)]
        toc = [Entry(name, f"p{n}.xhtml") for n, name in enumerate(names)]
    else:
        mark = '<a id="c{0}"></a><p>{1}</p>' if where == "anchor after" else '<p id="c{0}">{1}</p>'
        body = "".join(f"<h2>Chapter {n + 1}: {name}</h2>" + mark.format(n, "It began at dusk.") + texts[n] + (
            closing if n == 2 else "") for n, name in enumerate(names))
        pages = [("book.xhtml", page("T", body))]
        toc = [Entry(name, f"book.xhtml#c{n}") for n, name in enumerate(names)]
    pages.append(("after.xhtml", page("T", "<h2>Afterword</h2>" + texts[0])))
    book = read_book(write_book(tmp_path / "behind.epub", "The Gate", "Ann Example", "en", pages,
                                [*toc, Entry("Afterword", "after.xhtml")]))
    assert [c.title for c in book.chapters] == [*names, "Afterword"]
    assert [c.blocks[0].text for c in book.chapters] == [f"Chapter {n}: {name}" for n, name in enumerate(
        names, start=1)] + ["Afterword"]
    assert [c.blocks[-1].text for c in book.chapters[:3]] == [
        *(texts[n].rsplit("<p>", 1)[1].removesuffix("</p>") for n in (0, 1)), "THE END"]


def test_calibres_epub_of_a_word_file_is_read_whole_with_its_notes_and_bullets_left_out(tmp_path: Path) -> None:
    """calibre's EPUB of a Word file: the whole book one document, which its guide marks as the "toc" at a
    fragment (where the Word file's contents field stood): the whole book was skipped as a contents page. Its
    notes, each a file of its own, have the classes "footnote", "footnote1"; the second was read. A Word
    list's Wingdings bullet, a character of the font's own ("\uf095"), was sent to the voice."""
    from samples.structure import Entry, page, write_book

    marker = '<sup><a class="noteref" href="note{0}.xhtml#note_{0}">{0}</a></sup>'
    body = '<p>The Keeper’s Logbook</p><p>Maren Holt</p><p><span id="id_toc">Table of Contents</span></p>' + "".join(
        f'<h1 id="c{n}">Winter {n}</h1><p>{_story(n)[0]}{marker.format(n)}</p>' + "".join(
            f"<p>{p}</p>" for p in _story(n)[1:]) for n in (1, 2))
    body += '<div><span class="bullet_">\uf095</span> the oil in the tank below the lamp;</div>'
    notes = [(f"note{n}.xhtml", page("Note", f'<dl id="note_{n}" class="footnote{"1" if n == 2 else ""}"><dt>[<a '
                                             f'href="book.xhtml#back_{n}">←{n}</a>]</dt><dd><p>He wrote in pencil, '
                                             f'page {n}.</p></dd></dl>')) for n in (1, 2)]
    path = write_book(tmp_path / "word.epub", "The Keeper’s Logbook", "Maren Holt", "en",
                      [("book.xhtml", page("Log", body)), *notes],
                      [Entry(f"Winter {n}", f"book.xhtml#c{n}") for n in (1, 2)], epub2=True)
    guide = b'<guide><reference type="toc" href="book.xhtml#id_toc" title="Table of Contents"/></guide>'
    _rewrite_package(path, lambda opf: opf.replace(b"</package>", guide + b"</package>"))
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Winter 1", "Winter 2"]
    text = read_text(book)
    assert "pencil" not in text and "the oil in the tank below the lamp;" in text
    heard = [s.spoken or s.text for c in plan_book(book).chapters for s in c.segments]
    assert "the oil in the tank below the lamp;" in heard and not any("\uf095" in line for line in heard)
    assert {s.href for s in book.skipped if s.reason == "footnote"} == {"note1.xhtml", "note2.xhtml"}


def test_a_few_sub_entries_in_a_one_document_book_are_still_chapters(tmp_path: Path) -> None:
    """A book that is one document (the IDPF anthology) points every entry inside it: the few sub-entries
    of one story ("I", "II") are its chapters, not a stray level (as a poem's title inside a chapter's file is)."""
    from samples.structure import Entry, page, write_book

    body, toc = "", []
    for number in range(1, 11):
        body += f'<h2 id="s{number}">Story {number}</h2>' + "".join(f"<p>{p}</p>" for p in _story(number, 600))
        toc.append(Entry(f"Story {number}", f"book.xhtml#s{number}"))
        if number == 3:
            for part in ("I", "II"):
                body += f'<h3 id="s3{part}">{part}</h3>' + "".join(f"<p>{p}</p>" for p in _story(number * 7, 600))
                toc[-1].children.append(Entry(part, f"book.xhtml#s3{part}"))
    book = read_book(write_book(tmp_path / "one.epub", "Tales", "Ada Moss", "en", [("book.xhtml", page("T", body))],
                                toc))
    assert [c.title for c in book.chapters][2:5] == ["Story 3", "Story 3, I", "Story 3, II"]


def test_untitled_sub_parts_take_their_story_title() -> None:
    assert [c.title for c in read_book(STRUCTURE / "three-cases.epub").chapters] == [
        "The Copper Key, I", "The Copper Key, II", "The Copper Key, III", "The Silent Bell, I", "The Silent Bell, II"]


@pytest.mark.parametrize("labels", [["part0001.xhtml", "part0002.xhtml", "part0003.xhtml"],
                                    ["index_split_000", "Untitled", "Start"], ["1", "2", "3"],
                                    ["Labels", "Labels", "Labels"], ["c1", "c2", "chap_3"]])
def test_toc_labels_that_name_nothing_give_way_to_the_text_headings(tmp_path: Path, labels: list[str]) -> None:
    """A converter's file names and placeholders, bare numbers with no parent, or one label on every
    entry (the book's title, as some converters write the TOC): the chapter is titled by its own heading."""
    from samples.structure import SALT_CHAPTERS, Entry, page, paragraphs, write_book

    pages = [(f"p{n}.xhtml", page(title, f"<h1>{title}</h1>" + paragraphs(texts)))
             for n, (title, texts) in enumerate(SALT_CHAPTERS[:3])]
    book = write_book(tmp_path / "labels.epub", "Labels", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(labels)])
    assert [c.title for c in read_book(book).chapters] == [title for title, _ in SALT_CHAPTERS[:3]]


def test_a_toc_label_gives_way_to_the_heading_that_spells_its_number_out_and_names_the_chapter(tmp_path: Path
                                                                                              ) -> None:
    """A converter's TOC numbers in figures what the text's heading spells out and names: "Chapter 1" over
    "Chapter One: The Harbour" was titled "Chapter 1"; and "Chapter 2" over "CHAPTER TWO" and its name set below
    lost the name. A heading whose number is another one ("Chapter Twenty-One" under "Chapter 4") says nothing.
    The ordinal may come first ("Achtes Kapitel: Die Fähre" under "Kapitel 8", which kept "Kapitel 8")."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = ["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3
    headings = {"Chapter 1": "<h1>Chapter One: The Harbour</h1>", "Chapter 2": "<h1>CHAPTER TWO</h1><h2>The Storm</h2>",
                "Chapter 3": "<h1>Chapter III. The Calm</h1>", "Chapter 4": "<h1>Chapter Twenty-One</h1>",
                "Chapitre 5": "<h1>Chapitre cinquième — La fin</h1>", "Chapter 6": "<h1>Chapter Six</h1>",
                "Chapter 7": "<h1>Chapter the Seventh. In Which the Lamp Goes Out</h1>",
                # the ordinal first, as German, Swedish and Dutch write it
                "Kapitel 8": "<h1>Achtes Kapitel: Die Fähre</h1>", "Teil 9": "<h1>IX. Teil — Der Sturm</h1>",
                "Kapitel 10": "<h1>Tionde kapitlet. Stormen</h1>", "Hoofdstuk 11": "<h1>Twaalfde hoofdstuk</h1>",
                # a converter's label for each file over the chapter's own; not a part's over its first chapter
                "Section 12": "<h1>Chapter 12: The Thaw</h1>", "Part 13": "<h1>Chapter 13: The Ferry</h1>"}
    pages = [(f"p{n}.xhtml", page(label, heading + paragraphs(texts))) for n, (label, heading) in enumerate(
        headings.items())]
    book = write_book(tmp_path / "figures.epub", "Figures", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == [
        "Chapter One: The Harbour", "Chapter 2 — The Storm", "Chapter III. The Calm", "Chapter 4",
        "Chapitre cinquième — La fin", "Chapter 6", "Chapter the Seventh. In Which the Lamp Goes Out",
        "Achtes Kapitel: Die Fähre", "IX. Teil — Der Sturm", "Tionde kapitlet. Stormen", "Hoofdstuk 11",
        "Chapter 12: The Thaw", "Part 13"]


def test_a_toc_label_that_only_numbers_takes_the_name_its_heading_gives(tmp_path: Path) -> None:
    """A TOC of bare labels ("Chapter 1", "Kapitel 2") over headings that only name ("The Storm"): the chapter
    list said "Chapter 1" and nothing more. Each is "Chapter 1 — The Storm"; not a heading over another heading
    (a part's name over its chapter's), nor a bold first line, which may be the text's, nor a title page's title
    over its by-line."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    headings = {"Chapter 1": "<h2>The Storm</h2>", "Kapitel 2": "<h2>Die Fähre</h2>",
                "Chapter 3": "<h1>Winter</h1><h2>The Chain</h2>", "Chapter 4": "<p><b>Night fell early.</b></p>",
                "Chapter 5": "<h2>Chapter Five</h2>", "Chapter 6": "<h1>Salt Roads</h1><p>by Ann Writer</p>"}
    pages = [(f"p{n}.xhtml", page(label, heading + texts)) for n, (label, heading) in enumerate(headings.items())]
    book = write_book(tmp_path / "names.epub", "Names", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == [
        "Chapter 1 — The Storm", "Kapitel 2 — Die Fähre", "Chapter 3", "Chapter 4", "Chapter 5", "Chapter 6"]


@pytest.mark.parametrize("label", ["Chapter {}", "{}"])
def test_a_chapter_number_spelled_out_over_its_name_is_the_labels_number(tmp_path: Path, label: str) -> None:
    """InDesign's chapter opening, the number spelled out in one style and the name in another ("ONE" over "The
    Storm"), under a TOC that numbers in figures: the chapters were "Chapter 1", or "1 — ONE" as if "ONE" named
    the chapter. Each is "Chapter 1 — The Storm" ("1 — The Storm")."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    names = {"ONE": "The Storm", "TWO": "Low Water", "Twenty-One": "The Chain"}
    pages = [(f"p{n}.xhtml", page("T", f'<p class="ChapterNumber">{number}</p><p class="ChapterTitle">{name}</p>'
                                       + texts)) for n, (number, name) in enumerate(names.items())]
    book = write_book(tmp_path / "indesign.epub", "Names", "A. Writer", "en", pages,
                      [Entry(label.format(number), f"p{n}.xhtml") for n, number in enumerate((1, 2, 21))])
    assert [c.title for c in read_book(book).chapters] == [
        f"{label.format(number)} — {name}" for number, name in zip((1, 2, 21), names.values())]


def test_a_heading_numbered_in_another_form_than_its_toc_label_gives_its_name_once(tmp_path: Path) -> None:
    """"Chapter 1" over <h2>I. The Storm</h2> was "Chapter 1 — I. The Storm", the number twice; "Chapter II" over
    "2. Low Water" the same. The name after the heading's number is the chapter's; "I Remember" begins with a
    pronoun, not a numeral. A TOC in capitals over a heading of the same words takes the heading's case."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    headings = {"Chapter 1": "I. The Storm", "Chapter II": "2. Low Water", "Chapter 3": "Three: The Chain",
                "Chapter 4": "I Remember", "CHAPTER 5: THE FERRY": "Chapter 5: The Ferry"}
    pages = [(f"p{n}.xhtml", page("T", f"<h2>{heading}</h2>{texts}")) for n, heading in enumerate(headings.values())]
    book = write_book(tmp_path / "forms.epub", "Forms", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == [
        "Chapter 1 — The Storm", "Chapter II — Low Water", "Chapter 3 — The Chain", "Chapter 4 — I Remember",
        "Chapter 5: The Ferry"]


def test_a_toc_label_that_kept_its_headings_note_marker_is_titled_without_it(tmp_path: Path) -> None:
    """A converter copies a heading with its note's marker into the TOC: "The Storm1", "The End[3]", "The Calm*"
    titled the chapters (and the M4B's chapter list, and the announcements). The marker after the heading's own
    words, or a trailing asterisk or dagger, is dropped; a heading's own number is kept ("Chapter 1" under a TOC's
    "Chapter 12" is not cut to "Chapter 1")."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = ["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3
    headings = {"The Storm1": '<h2>The Storm<sup><a href="#n1" id="r1">1</a></sup></h2>',
                "The Calm*": "<h2>The Calm*</h2>",
                "The End[3]": '<h2>The End<a href="#n3" id="r3">[3]</a></h2>', "Chapter 12": "<h2>Chapter 1</h2>"}
    pages = [(f"p{n}.xhtml", page("T", heading + paragraphs(texts))) for n, heading in enumerate(headings.values())]
    book = write_book(tmp_path / "marks.epub", "Marks", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == ["The Storm", "The Calm", "The End", "Chapter 12"]
    # nor are dashes set around a label, a colon after it, or a number's stop
    book = write_book(tmp_path / "dashes.epub", "Marks", "A. Writer", "en", [
        *pages[:2], ("p2.xhtml", page("T", paragraphs(texts)))], [
        Entry("— The Storm —", "p0.xhtml"), Entry("Chapter 2:", "p1.xhtml"), Entry("3.", "p2.xhtml")])
    assert [c.title for c in read_book(book).chapters] == ["The Storm", "Chapter 2 — The Calm", "3"]  # its name


def test_a_toc_of_each_files_first_words_gives_way_to_the_headings(tmp_path: Path) -> None:
    """A converter titles each file by its first line of text: the TOC's "The ferry to the salt flats ran twice a
    week, and the su" over <h2>Chapter 1</h2> titled the chapter (and the M4B's chapter list) with half a sentence.
    A TOC title that opens a paragraph of the chapter's text, four words or more, gives way to the heading; a
    title that is the heading's own words is kept."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = [f"The ferry to the salt flats ran {day}, and the surveyor rode it with his chain." for day in (
        "on Mondays", "on Tuesdays", "on Fridays")]
    pages = [(f"p{n}.xhtml", page("T", f"<h2>Chapter {n + 1}</h2>" + paragraphs([text] * 20)))
             for n, text in enumerate(texts)]
    labels = [texts[0][:60], texts[1][:40] + "…", "Chapter 3"]
    book = write_book(tmp_path / "first-lines.epub", "Salt", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(labels)])
    assert [c.title for c in read_book(book).chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]


def test_a_toc_entry_naming_its_file_in_another_case_finds_it(tmp_path: Path) -> None:
    """A book made on Windows, whose file system ignores case, names "Text/Chapter01.xhtml" in its TOC for the
    manifest's "Text/chapter01.xhtml": no entry found its document, and the TOC's titles were lost (the chapters
    took their headings'). The entry finds the file whose name differs only in case."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 20)
    pages = [(f"Text/chapter{n:02d}.xhtml", page("T", f"<h2>{n}</h2>{prose}")) for n in (1, 2, 3)]
    toc = [Entry(f"{n}. The Crossing", f"Text/Chapter{n:02d}.xhtml") for n in (1, 2, 3)]
    book = read_book(write_book(tmp_path / "case.epub", "Salt", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["1. The Crossing", "2. The Crossing", "3. The Crossing"]


def test_a_heading_set_letter_by_letter_is_read_as_its_words(tmp_path: Path) -> None:
    """A heading spaced out letter by letter with spaces ("C H A P T E R  T H R E E", as a layout program or a
    conversion from print leaves it) was spelled, letter after letter, and titled the chapter so. A division's label
    and number, or a heading's word ("P R O L O G U E"), are read and titled as their words; words the book does not
    say apart ("T H E  E N D") are left as written."""
    prose = "<p>The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain.</p>" * 3
    body = "".join(f"<h2>{heading}</h2>{prose}" for heading in (
        "P R O L O G U E", "C H A P T E R &#160; O N E", "C H A P T E R &#160; 2", "T H E &#160; E N D"))
    book = read_book(_html_book(tmp_path, body))
    assert [c.title for c in book.chapters] == ["PROLOGUE", "CHAPTER ONE", "CHAPTER 2", "T H E E N D"]
    assert [c.blocks[0].text for c in book.chapters] == ["PROLOGUE", "CHAPTER ONE", "CHAPTER 2", "T H E E N D"]


def test_a_book_without_a_toc_or_headings_titles_its_chapters_by_their_documents_titles(tmp_path: Path) -> None:
    """An EPUB with no table of contents and no headings, whose documents each name their chapter in their <title>
    ("Chapter 2: The Storm"): its chapters were titled by their opening words. A <title> is used where it names one
    document only, and is neither the book's title (as some converters give every page) nor a file name."""
    from samples.structure import page, paragraphs, write_book

    texts = ["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 8
    names = ["Chapter 1: The Ferry", "Chapter 2: The Storm", "Chapter 3: The Calm"]
    book = write_book(tmp_path / "heads.epub", "Salt", "A. Writer", "en",
                      [(f"p{n}.xhtml", page(name, paragraphs(texts))) for n, name in enumerate(names)], [], epub2=True)
    assert [c.title for c in read_book(book).chapters] == names
    for same in (["Salt"] * 3, ["part0001", "part0002", "part0003"]):
        book = write_book(tmp_path / "same.epub", "Salt", "A. Writer", "en",
                          [(f"p{n}.xhtml", page(name, paragraphs(texts))) for n, name in enumerate(same)], [],
                          epub2=True)
        # the opening words, cut at a word's end ("... and the survey" was the cut)
        assert [c.title for c in read_book(book).chapters] == ["The ferry to the salt flats ran twice a week, and "
                                                               "the…"] * 3


def test_a_chapters_name_set_below_its_label_in_a_heading_a_bold_line_or_the_next_heading(tmp_path: Path) -> None:
    """A chapter's name set on its label's second line (<h2>Chapter 1<br/>The Ferry</h2>), in a heading element of
    the label's level (<h2>2</h2><h2>The Storm</h2>), or as a bold or larger line below the label's heading: in a
    book without a TOC the name's line was cut off as a chapter's start ("The Ferry", the label lost), and a bold
    line below a heading was not the title's ("Chapter 3"). A TOC that only numbers a chapter ("IV") whose heading
    names it ("The Harbour") gives both. An italic first line (an epigraph) is not a name."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 8)
    heads = ["<h2>Chapter 1<br/>The Ferry</h2>", "<h2>2</h2><h2>The Storm</h2>",
             '<h2>CHAPTER 3</h2><p style="font-weight:bold;text-align:center">The Calm</p>',
             '<h2>Chapter 4</h2><p style="font-size:1.4em">The Harbour</p>',
             '<h2>Chapter 5</h2><p style="font-style:italic">Fear is the little death.</p>', "<h2>The Lighthouse</h2>"]
    pages = [(f"p{n}.xhtml", page("T", head + prose)) for n, head in enumerate(heads)]
    book = read_book(write_book(tmp_path / "no-toc.epub", "Names", "A. Writer", "en", pages, []))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Ferry", "2 — The Storm", "CHAPTER 3 — The Calm",
                                                "Chapter 4 — The Harbour", "Chapter 5", "The Lighthouse"]
    assert sum(c.words for c in plan_book(book).chapters) == sum(
        b.words for c in book.chapters for b in c.blocks) == 4 + 3 + 4 + 4 + 7 + 2 + 6 * 8 * 18
    toc = [Entry(f"Chapter {n + 1}", f"p{n}.xhtml") for n in range(5)] + [Entry("VI", "p5.xhtml")]
    book = read_book(write_book(tmp_path / "toc.epub", "Names", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Ferry", "Chapter 2 — The Storm",
                                                "Chapter 3 — The Calm", "Chapter 4 — The Harbour", "Chapter 5",
                                                "VI — The Lighthouse"]
    # a line in capitals under the label's heading, as Project Gutenberg's HTML sets it; not a cry in capitals
    caps = [("k0.xhtml", page("T", "<h2>CHAPTER I.</h2><p class='center'>THE FERRY</p>" + prose)),
            ("k1.xhtml", page("T", "<h2>CHAPTER II.</h2><p>STOP THE BOAT!</p>" + prose))]
    book = read_book(write_book(tmp_path / "caps.epub", "Names", "A. Writer", "en", caps,
                                [Entry("CHAPTER I.", "k0.xhtml"), Entry("CHAPTER II.", "k1.xhtml")]))
    assert [c.title for c in book.chapters] == ["CHAPTER I — THE FERRY", "CHAPTER II."]
    # a part's label over its first chapter's title is no name (the part opens the chapter, titled by its own)
    parts = [("q0.xhtml", page("T", "<h2>Part Three</h2><h2>The End</h2>" + prose)),
             ("q1.xhtml", page("T", "<h2>Coda</h2>" + prose))]
    book = read_book(write_book(tmp_path / "parts.epub", "Names", "A. Writer", "en", parts, []))
    assert [c.title for c in book.chapters] == ["The End", "Coda"]
    # a <header> that holds the label's heading and its name, as an <hgroup> does; not one over an epigraph
    heads = ["<header><h2>Chapter 1</h2><p>The Ferry</p></header>",
             "<header><h2>Chapter 2</h2><p>Fear is the little death.</p></header>"]
    pages = [(f"h{n}.xhtml", page("T", f"<section>{head}{prose}</section>")) for n, head in enumerate(heads)]
    book = read_book(write_book(tmp_path / "header.epub", "Names", "A. Writer", "en", pages,
                                [Entry(f"Chapter {n + 1}", f"h{n}.xhtml") for n in range(2)]))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Ferry", "Chapter 2"]
    # the book's title over every document is its running head, not the chapters' name
    pages = [(f"p{n}.xhtml", page("T", "<h1>Names</h1>" + prose)) for n in range(4)]
    toc = [Entry(numeral, f"p{n}.xhtml") for n, numeral in enumerate(("I", "II", "III", "IV"))]
    book = read_book(write_book(tmp_path / "heads.epub", "Names", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["I", "II", "III", "IV"]


def test_a_toc_that_lists_pages_gives_way_to_the_chapters_headings(tmp_path: Path) -> None:
    """A converter from print that lists every page in the TOC ("Page 1" ... "Page 30", anchors in the text): the
    book was 30 chapters titled "Page 7". Where page entries are most of a reflowable book's TOC, its chapters are
    its other entries, or its headings; a TOC numbered "1", "2" (chapters' numbers) is kept."""
    from samples.structure import Entry, page, write_book

    para = "<p>" + "The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain. " * 4 + "</p>"
    pages, toc = [], []
    for chapter in range(3):
        body = f"<h2>Chapter {chapter + 1}</h2>" + "".join(
            f'<span id="page{chapter * 10 + n}"></span>{para}' for n in range(1, 11))
        toc += [Entry(f"Page {chapter * 10 + n}", f"c{chapter}.xhtml#page{chapter * 10 + n}") for n in range(1, 11)]
        pages.append((f"c{chapter}.xhtml", page("T", body)))
    book = read_book(write_book(tmp_path / "pages.epub", "Pages", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert sum(b.words for c in book.chapters for b in c.blocks) == 3 * (2 + 10 * 72)
    from audiobook.ingest.chapters import TocEntry
    from audiobook.ingest.fixed_layout import without_page_entries

    numbered = [TocEntry(title, "c.xhtml", None, 1) for title in ("1", "2", "IV", "Page 7")]
    assert without_page_entries(numbered) == numbered


def test_links_that_move_the_reader_around_the_book_are_not_read(tmp_path: Path) -> None:
    """"Back to Contents", "[Contents]", "Previous | Contents | Next", "Retour au sommaire" after every chapter of a
    web-made book were read aloud. A block that is only links into the book, each saying where to go, is skipped
    and listed; a sentence with such a link, and a link that says more, are read; `--include-matter` reads all."""
    from audiobook.ingest.options import IngestOptions
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    ends = ['<p class="back"><a href="toc.xhtml">Back to Contents</a></p>', '<p><a href="toc.xhtml">[Contents]</a></p>',
            '<div class="nav"><a href="c0.xhtml">Previous</a> | <a href="toc.xhtml">Contents</a> | '
            '<a href="c2.xhtml">Next</a></div>', '<p><a href="toc.xhtml">Retour au sommaire</a> ↑</p>',
            '<p>See the <a href="toc.xhtml">contents</a> for the rest.</p>',
            '<p><a href="c0.xhtml">Back to the ferry, where it began</a></p>']
    pages = [("toc.xhtml", page("Contents", "<h1>Contents</h1>" + "".join(
        f'<p><a href="c{n}.xhtml">Chapter {n + 1}</a></p>' for n in range(len(ends)))))]
    pages += [(f"c{n}.xhtml", page("T", f"<h2>Chapter {n + 1}</h2>{prose}{end}")) for n, end in enumerate(ends)]
    toc = [Entry(f"Chapter {n + 1}", f"c{n}.xhtml") for n in range(len(ends))]
    path = write_book(tmp_path / "links.epub", "Links", "A. Writer", "en", pages, toc)
    book = read_book(path)
    assert [len(c.blocks) for c in book.chapters] == [4, 4, 4, 4, 5, 5]
    assert [c.blocks[-1].text for c in book.chapters[4:]] == ["See the contents for the rest.",
                                                              "Back to the ferry, where it began"]
    assert reasons(book)["navigation link (back to the contents, next, previous)"] == 3 + 1 + 5 + 4  # "|" too
    everything = read_book(path, IngestOptions(include_matter=True))
    assert "Previous | Contents | Next" in [b.text for c in everything.chapters for b in c.blocks]
    html = read_book(_html_book(tmp_path, f'<h2 id="c1">Chapter 1</h2>{prose}<p><a href="#top">Back to top</a></p>'
                                          f'<h2>Chapter 2</h2>{prose}<p><a href="#c1">Previous chapter</a></p>'))
    assert [len(c.blocks) for c in html.chapters] == [4, 4]


def test_short_chapters_under_a_copyright_footer_are_read_and_the_footer_is_not(tmp_path: Path) -> None:
    """Each short chapter ends with "© 2021 Ann Writer. All rights reserved." and the author's web address: every
    document read like a copyright page, and the book was refused as "no readable text". Documents set aside so,
    when they are half the book, are its chapters; the footer they repeat is skipped and listed, with a line that
    only names the book and its author. A play's "Exeunt." at every scene's end is read."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 6)
    footer = ('<p class="footer">© 2021 Ann Writer. All rights reserved.</p><div class="footer"><p>The Salt Road — '
              'Ann Writer</p><p>www.annwriter.com</p></div>')
    pages = [(f"c{n}.xhtml", page("T", f"<h2>Chapter {n + 1}</h2>{prose}<p>Exeunt.</p>{footer}")) for n in range(5)]
    toc = [Entry(f"Chapter {n + 1}", f"c{n}.xhtml") for n in range(5)]
    book = read_book(write_book(tmp_path / "footer.epub", "The Salt Road", "Ann Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == [f"Chapter {n + 1}" for n in range(5)]
    assert [[b.text for b in c.blocks][-2:] for c in book.chapters] == [[
        "The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain.", "Exeunt."]] * 5
    assert reasons(book)["header or footer repeated in every document"] == 5 * (7 + 6 + 1)
    # every document under the book's title, its by-line and a sidebar of links: the by-line is a header too, and
    # the first chapter, whose title page was its top, is titled by its own heading (it was "The Salt Road")
    side = '<div class="sidebar"><h3>Contents</h3>' + "".join(
        f'<p><a href="s{n}.xhtml">Chapter {n + 1}</a></p>' for n in range(4)) + "</div>"
    sites = [(f"s{n}.xhtml", page("T", f"<h1>The Salt Road</h1><p>by Ann Writer</p>{side}<h2>Chapter {n + 1}</h2>"
                                       f"{prose}")) for n in range(4)]
    book = read_book(write_book(tmp_path / "site.epub", "The Salt Road", "Ann Writer", "en", sites, []))
    assert [c.title for c in book.chapters] == [f"Chapter {n + 1}" for n in range(4)]
    assert [c.blocks[0].text for c in book.chapters] == [f"Chapter {n + 1}" for n in range(4)]
    # letters each signed with the author's name keep their signature
    letters = [(f"l{n}.xhtml", page("T", f"<h2>Letter {n + 1}</h2>{prose}<p>Ann Writer</p>")) for n in range(4)]
    book = read_book(write_book(tmp_path / "letters.epub", "The Salt Road", "Ann Writer", "en", letters,
                                [Entry(f"Letter {n + 1}", f"l{n}.xhtml") for n in range(4)]))
    assert [c.blocks[-1].text for c in book.chapters] == ["Ann Writer"] * 4
    # a copyright page, a publisher's page and a newsletter page that share the "©" line stay matter
    notice = "<p>© 2021 Ann Writer. All rights reserved.</p>"
    matter = [("copy.xhtml", notice + "<p>ISBN 978-3-16-148410-0</p><p>Published by Salt Press, London.</p>"),
              ("pub.xhtml", notice + "<p>Salt Press publishes fine books. Contact us at info@saltpress.com.</p>"),
              ("news.xhtml", notice + "<p>Sign up for our newsletter at www.saltpress.com for new releases.</p>")]
    pages = [(name, page("T", body)) for name, body in matter] + [("c1.xhtml", page("T", "<h2>Chapter 1</h2>" + prose))]
    toc = [Entry(title, name) for title, (name, _) in zip(("Copyright", "Salt Press", "News", "Chapter 1"), pages)]
    book = read_book(write_book(tmp_path / "matter.epub", "The Salt Road", "Ann Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1"]


def test_a_web_serials_credits_and_site_lines_round_every_chapter_are_not_read(tmp_path: Path) -> None:
    """A web novel saved as an EPUB by a scraper keeps the site's frame round every chapter: the translators'
    credits under each heading ("Translator: Nyx  Editor: Rook", "Übersetzer: ...") and the site's lines after the
    text ("use the left and right keyboard keys to browse between chapters", "report broken links"). They were read
    in every chapter. Repeated at the edges of most chapters, they are skipped and listed, in a book saved as one
    page too; the same line said once, or a story's own line repeated ("The tower waited."), is read."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The climb to the tower took them all morning, and the wind never once let up."] * 8)
    frame = {"en": ("<p>Translator: Nyx  Editor: Rook</p>", "<p>Tip: use the left and right keyboard keys to browse "
                    "between chapters.</p><p>Found broken links? Report this chapter so we can fix it.</p>"),
             "de": ("<p>Übersetzer: Nyx  Korrektur: Rook</p>", "<p>Unterstütze uns auf Patreon für zwei Kapitel "
                    "mehr in der Woche.</p>")}
    for language, (credits, site) in frame.items():
        pages = [(f"{n:04d}_chapter.xhtml", page("T", f"<h1>Chapter {n + 1}</h1>{credits}{prose}<p>The tower "
                                                      f"waited.</p>{site}")) for n in range(4)]
        toc = [Entry(f"Chapter {n + 1}", f"{n:04d}_chapter.xhtml") for n in range(4)]
        book = read_book(write_book(tmp_path / f"serial-{language}.epub", "Ascent", "Ann Writer", language, pages,
                                    toc))
        assert [[b.text for b in c.blocks][1::len(c.blocks) - 2] for c in book.chapters] == [[
            "The climb to the tower took them all morning, and the wind never once let up.", "The tower waited."]] * 4
        assert reasons(book)["header or footer repeated in every document"] == 4 * sum(
            len(text.split()) for text in re.findall(r"<p>(.*?)</p>", credits + site))
    # the same serial saved as one page: each chapter is a document's part
    credits, site = frame["en"]
    one_page = read_book(_html_book(tmp_path, "".join(f"<h1>Chapter {n + 1}</h1>{credits}{prose}{site}"
                                                      for n in range(4))))
    assert [c.title for c in one_page.chapters] == [f"Chapter {n + 1}" for n in range(4)]
    assert not [b for c in one_page.chapters for b in c.blocks if "Nyx" in b.text or "keyboard" in b.text]
    once = [(f"c{n}.xhtml", page("T", f"<h1>Chapter {n + 1}</h1>{frame['en'][0] if n == 0 else ''}{prose}"))
            for n in range(4)]
    book = read_book(write_book(tmp_path / "once.epub", "Ascent", "Ann Writer", "en", once,
                                [Entry(f"Chapter {n + 1}", f"c{n}.xhtml") for n in range(4)]))
    assert book.chapters[0].blocks[1].text == "Translator: Nyx Editor: Rook" and not book.skipped


def test_an_excerpt_of_the_next_book_and_a_reading_group_guide_at_the_end_are_not_read(tmp_path: Path) -> None:
    """Genre ebooks close with a sneak peek at the author's next book: the audiobook ran on into another story.
    From the heading or line announcing it to the end is skipped and listed, in any language, as is a reading
    group's guide; a chapter titled "Fragment", and a teaser at the start, are the book's."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 8)
    peek = paragraphs(["Winter came early that year, and no one on the salt road was ready for it."] * 6)
    excerpt = "an excerpt from another book"

    def book_of(name: str, docs: list[tuple[str, str]], language: str = "en") -> Book:
        pages = [(f"p{n}.xhtml", page(title or "T", body)) for n, (title, body) in enumerate(docs)]
        toc = [Entry(title, f"p{n}.xhtml") for n, (title, _) in enumerate(docs) if title]
        return read_book(write_book(tmp_path / name, "The Ferry", "Ann Writer", language, pages, toc))

    chapters = [(f"Chapter {n}", f"<h1>Chapter {n}</h1>{prose}") for n in range(1, 5)]
    book = book_of("peek.epub", [*chapters, ("Afterword", "<h1>Afterword</h1><p>The ferry is real.</p>"),
                                 ("Reading Group Guide", "<h1>Reading Group Guide</h1><ol><li>Why does he ride the "
                                  "ferry?</li><li>What does the chain stand for?</li></ol>"),
                                 ("Sneak Peek", f"<h1>A Sneak Peek at The Salt Road</h1>{peek}")])
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4", "Afterword"]
    assert reasons(book) == {"front/back matter (Reading Group Guide, by its title)": 3 + 5 + 7,
                             f"{excerpt} (Sneak Peek)": 7 + 6 * 16}
    # announced by the last chapter's closing line, the excerpt in a document no TOC entry names
    line = "<p><em>Keep reading for a sneak peek of THE SALT ROAD, coming in May!</em></p>"
    book = book_of("line.epub", [*chapters[:3], (chapters[3][0], chapters[3][1] + line),
                                 ("", f"<p>THE SALT ROAD</p><p>Chapter One</p>{peek}")])
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"]
    assert book.chapters[-1].blocks[-1].text.startswith("The ferry")
    assert reasons(book) == {f"{excerpt} (Keep reading for a sneak peek of THE …)": 13 + 3 + 2 + 6 * 16}
    # the book's own count goes on after such a line: its chapters, read
    book = book_of("on.epub", [*chapters[:3], (chapters[3][0], chapters[3][1] + line), ("Chapter 5", f"<h1>Chapter "
                                                                                                 f"5</h1>{prose}")])
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4", "Chapter 5"]
    kapitel = [(f"Kapitel {n}", f"<h1>Kapitel {n}</h1>" + paragraphs(["Die Fähre fuhr zweimal in der Woche."] * 8))
               for n in range(1, 5)]
    book = book_of("leseprobe.epub", [*kapitel, ("Leseprobe", f"<h1>Leseprobe</h1><h2>Die Salzstraße</h2>{peek}")],
                   "de")
    assert [c.title for c in book.chapters] == ["Kapitel 1", "Kapitel 2", "Kapitel 3", "Kapitel 4"]
    capitulos = [(f"Capítulo {n}", f"<h1>Capítulo {n}</h1>" + paragraphs(["El transbordador salía dos veces por "
                                                                            "semana hacia las salinas."] * 8))
                 for n in range(1, 5)]
    book = book_of("adelanto.epub", [*capitulos, ("", "<p>Sigue leyendo para un adelanto de LA RUTA DE SAL.</p>"
                                                      f"<h2>Capítulo uno</h2>{peek}")], "es")
    assert [c.title for c in book.chapters] == ["Capítulo 1", "Capítulo 2", "Capítulo 3", "Capítulo 4"]
    assert list(reasons(book)) == [f"{excerpt} (Sigue leyendo para un adelanto de LA RUTA …)"]
    # "Excerpt" may head the book's own last pages (a log's): another book's only where its count starts again
    log = ("Excerpt", f"<h1>Excerpt from the Captain's Log</h1>{peek}")
    assert [c.title for c in book_of("log.epub", [*chapters, log]).chapters][-1] == "Excerpt from the Captain's Log"
    book = book_of("next.epub", [*chapters, ("Excerpt", f"<h1>Excerpt from The Salt Road</h1><h2>Chapter One</h2>"
                                                        f"{peek}")])
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"]
    # a word that may name a chapter is an excerpt's only with the book it is from; a teaser opens the book
    book = book_of("fragment.epub", [("Excerpt", f"<h1>Excerpt</h1>{peek}"), *chapters,
                                     ("Fragment", f"<h1>Fragment</h1>{prose}")])
    assert [c.title for c in book.chapters] == ["Excerpt", "Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4",
                                                "Fragment"]
    assert read_book(write_book(tmp_path / "all.epub", "The Ferry", "Ann Writer", "en", [
        (f"p{n}.xhtml", page(t, b)) for n, (t, b) in enumerate([*chapters, ("Sneak Peek", peek)])],
        [Entry(t, f"p{n}.xhtml") for n, (t, _) in enumerate([*chapters, ("Sneak Peek", peek)])]),
        IngestOptions(include_matter=True)).chapters[-1].title == "Sneak Peek"


def test_a_chapter_sharing_its_document_with_the_copyright_notice_is_read(tmp_path: Path) -> None:
    """A self-published book sets its copyright notice under the epilogue, in the same file; another sets it over
    the first chapter. A short document with the notice's marks read as a copyright page and was skipped whole:
    the epilogue was lost. The chapter, opening with its heading, is read; the notice is skipped and listed. A
    copyright page with a dedication under it stays matter, and a chapter whose story names an e-mail, an editorial
    and a web site is read (it was skipped as an imprint)."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 5)
    notice = ("<p>© 2021 Ann Writer. All rights reserved.</p><p>ISBN 978-3-16-148410-0</p>"
              "<p>Published by Salt Press, London.</p>")
    # a short chapter whose story holds an e-mail, an editorial and a web address is a chapter, not an imprint
    story = paragraphs(["Maya read the e-mail twice before she believed it.", "The editorial board wanted her piece "
                        "by noon; she checked www.harbourtimes.com.", "Her driving license was still in the car."])
    docs = [("Chapter 1", f"{notice}<h1>Chapter 1</h1>{prose}"), ("Chapter 2", f"<h1>Chapter 2</h1>{story}"),
            ("Epilogue", f"<h1>Epilogue</h1>{prose}<p>THE END</p>{notice}"),
            ("Copyright", f"{notice}<h2>Dedication</h2><p>For my mother.</p>")]
    book = read_book(write_book(tmp_path / "notice.epub", "The Ferry", "Ann Writer", "en",
                                [(f"p{n}.xhtml", page(t, body)) for n, (t, body) in enumerate(docs)],
                                [Entry(t, f"p{n}.xhtml") for n, (t, _) in enumerate(docs)]))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Epilogue"]
    assert [c.blocks[0].text for c in book.chapters] == ["Chapter 1", "Chapter 2", "Epilogue"]
    assert len(book.chapters[1].blocks) == 4
    assert [c.blocks[-1].text for c in book.chapters][2] == "THE END"
    notice_words = 7 + 2 + 5
    assert reasons(book) == {
        "front/back matter (copyright, imprint or publisher's page, by its content (all rights reserved, isbn, "
        "published by))": 3 * notice_words + 1 + 3}


def test_an_open_textbooks_licence_under_every_chapter_is_not_read(tmp_path: Path) -> None:
    """An open textbook (as Pressbooks exports one) ends each chapter with its Creative Commons attribution, naming
    the chapter ("Tides by Dana Reyes is licensed under a Creative Commons Attribution 4.0 International License,
    except where otherwise noted"), some with a "Media Attributions" list over it. The attribution was read after
    every chapter without a list, and the list's heading after every chapter with one. Both are skipped and listed,
    also where the chapter's own text names a licence and a web address; --include-matter reads them."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["Tide gauges record the height of the water every six minutes, day and night."] * 50)
    cited = paragraphs(["A fishing license is checked at the quay; the tide tables are at www.tides.example."])
    named = paragraphs(["The charts in this chapter come from a Creative Commons archive of coastal surveys."])

    def attribution(title: str) -> str:
        return (f'<div class="licensing"><div class="license-attribution"><p>{title} by Dana Reyes is licensed under '
                'a <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 '
                "International License</a>, except where otherwise noted.</p></div></div>")

    media = ('<div class="media-atttributions"><h3>Media Attributions</h3><ul><li>gauge.jpg © Dana Reyes is '
             "licensed under a CC BY (Attribution) license</li></ul></div>")
    chapters = [("Tides", prose + media), ("Waves", cited + prose + named), ("Gauges", prose + cited + prose)]
    pages = [(f"chapter-{n:03d}.xhtml", page(title, f'<h1 class="chapter-title">{title}</h1>{body}'
                                             + attribution(title))) for n, (title, body) in enumerate(chapters)]
    entries = [Entry(title, f"chapter-{n:03d}.xhtml") for n, (title, _) in enumerate(chapters)]
    book = read_book(write_book(tmp_path / "textbook.epub", "Coastal Hydrology", "Dana Reyes", "en", pages, entries))
    assert [c.title for c in book.chapters] == ["Tides", "Waves", "Gauges"]
    read = read_text(book)
    assert "licensed under" not in read and "Media Attributions" not in read and "Commons Attribution" not in read
    assert read.count("Tide gauges record") == 200 and read.count("A fishing license is checked") == 2
    assert read.count("from a Creative Commons archive") == 1
    attribution_words = [len(f"{title} by Dana Reyes is licensed under a Creative Commons Attribution 4.0 "
                             "International License, except where otherwise noted.".split()) for title, _ in chapters]
    assert sum(s.words for s in book.skipped) == sum(attribution_words) + 2 + 12
    everything = read_book(tmp_path / "textbook.epub", IngestOptions(include_matter=True))
    assert read_text(everything).count("licensed under") == 4 and not everything.skipped


def test_a_chapter_in_a_document_a_landmark_or_its_name_calls_the_title_page_is_read(tmp_path: Path) -> None:
    """A converter put the title page and the first chapter in one file, "title.xhtml", which the landmarks mark
    as the title page: the whole file was skipped, and the first chapter with it. A long document so marked, or
    so named, or so typed (epub:type="titlepage" on its <body> or a <section>), is read unless it reads as matter;
    the title page's lines are skipped by their content. A short cover stays matter, a long page of permissions,
    and a contents list or an index however long."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 40)
    contents = "<h1>Contents</h1>" + "".join(f"<p>Chapter {n} — The ferry to the salt flats, part {n}</p>"
                                             for n in range(1, 80))
    pages = [("cover.xhtml", page("Cover", "<p>The Ferry</p>")), ("toc.xhtml", page("Contents", contents)),
             ("title.xhtml", page("The Ferry", f"<h1>The Ferry</h1><p>by Ann Writer</p><h2>Chapter 1</h2>{prose}")),
             ("c2.xhtml", page("Chapter 2", f"<h2>Chapter 2</h2>{prose}"))]
    book = read_book(write_book(tmp_path / "landmarks.epub", "The Ferry", "Ann Writer", "en", pages,
                                [Entry("Title Page", "title.xhtml"), Entry("Chapter 2", "c2.xhtml")],
                                landmarks=[("cover", "cover.xhtml"), ("toc", "toc.xhtml"),
                                           ("titlepage", "title.xhtml")]))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert [c.blocks[0].text for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert reasons(book) == {"front/back matter (cover)": 2, "front/back matter (toc)": 1 + 79 * 11,
                             "title page, by its content (the book's title and author lines)": 2 + 3}
    # so marked by its epub:type, on <body> or a <section>; an anthology's long page of permissions stays matter
    permissions = paragraphs([f"“Story {n}” © 19{n + 10} by Ann Writer. Reprinted by permission of the author "
                              f"and her agents." for n in range(60)])
    pages = [("t.xhtml", page("T", f'<section epub:type="titlepage"><h1>The Ferry</h1><p>by Ann Writer</p>'
                                   f"<h2>Chapter 1</h2>{prose}</section>").replace(
                                       b"<body>", b'<body epub:type="frontmatter">')),
             ("p.xhtml", page("T", f'<section epub:type="copyright-page">{permissions}</section>')),
             ("c2.xhtml", page("Chapter 2", f"<h2>Chapter 2</h2>{prose}"))]
    book = read_book(write_book(tmp_path / "types.epub", "The Ferry", "Ann Writer", "en", pages,
                                [Entry("Chapter 1", "t.xhtml"), Entry("Chapter 2", "c2.xhtml")]))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert reasons(book)["front/back matter (copyright-page)"] == 60 * 16
    # and under a TOC entry so titled (it was read as a chapter, titled "“Story 0” © 1910 by Ann Writer...")
    book = read_book(write_book(tmp_path / "permissions.epub", "The Ferry", "Ann Writer", "en",
                                [("p.xhtml", page("T", permissions)), pages[2]],
                                [Entry("Copyright", "p.xhtml"), Entry("Chapter 2", "c2.xhtml")]))
    assert [c.title for c in book.chapters] == ["Chapter 2"]


def test_chapters_marked_non_linear_by_mistake_are_read(tmp_path: Path) -> None:
    """A spine whose every item is marked linear="no" was refused as "no readable text ... see --include-matter",
    an option that did not help; a chapter so marked between two others, which the TOC lists as "Chapter 2",
    was skipped. Both are read; notes so marked stay aside, and a book of nothing else names --include-nonlinear."""
    from audiobook.errors import EmptyBookError
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 5)
    pages = [(f"c{n}.xhtml", page("T", f"<h2>Chapter {n}</h2>{prose}")) for n in (1, 2, 3)]
    notes = ("notes.xhtml", page("Notes", "<h2>Notes</h2><p>1. The ferry still runs, twice a week, in summer.</p>"))
    toc = [*(Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2, 3)), Entry("Notes", "notes.xhtml")]

    def titles(name: str, non_linear: list[str]) -> list[str]:
        book = read_book(write_book(tmp_path / name, "The Ferry", "Ann Writer", "en", [*pages, notes], toc,
                                    non_linear=non_linear))
        return [c.title for c in book.chapters]

    assert titles("all.epub", ["c1.xhtml", "c2.xhtml", "c3.xhtml", "notes.xhtml"]) == [
        "Chapter 1", "Chapter 2", "Chapter 3", "Notes"]
    assert titles("one.epub", ["c2.xhtml", "notes.xhtml"]) == ["Chapter 1", "Chapter 2", "Chapter 3"]
    aside = [("cover.xhtml", page("Cover", "<p>The Ferry</p>")), ("a.xhtml", page("A", prose)),
             ("b.xhtml", page("B", prose))]
    with pytest.raises(EmptyBookError, match="see --include-nonlinear"):
        read_book(write_book(tmp_path / "aside.epub", "The Ferry", "Ann Writer", "en", aside,
                             [Entry("Cover", "cover.xhtml")], non_linear=["a.xhtml", "b.xhtml"]))


def test_a_title_page_ends_where_the_first_poem_begins(tmp_path: Path) -> None:
    """A title page's lines are short, and so are a poem's: the short lines after the title and the by-line were
    taken into the title page up to 80 words, and the first poem with them. The page ends at a line that goes on
    as verse or a sentence does (a comma at its end, a small letter at its start), and at the title over one; a
    translator's line in capitals ("CARY, M.A.,") stays the page's."""
    verse = "".join(f"<p>{line}</p>" for line in ["The tide came in across the flats,", "and took the road, and "
                    "took the hats", "of three old men who walked too slow,", "and left the gulls a place to go."] * 3)
    book = read_book(_html_book(tmp_path, f"<p>THE TIDE CLOCK</p><p>by Ines Roca</p><p>TRANSLATED BY</p><p>THE REV. "
                                          f"HENRY CARY, M.A.,</p><p>The Ferry</p>{verse}"))
    assert [b.text for b in book.chapters[0].blocks][:2] == ["The Ferry", "The tide came in across the flats,"]
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [("title page", 3 + 3 + 2 + 5)]


def test_a_book_of_poems_titled_by_their_look_has_a_chapter_a_poem(tmp_path: Path) -> None:
    """Poems set a line a paragraph under titles set apart only by their look (a class in bold, centred) were one
    chapter titled by the first poem: pieces under 400 words were not cut at a look, lest emphasis in prose be
    taken for titles. Pieces that are verse (most lines run on) are poems, each a chapter; prose stays whole."""
    verse = ["The tide came in across the flats,", "and took the road, and took the hats",
             "of three old men who walked too slow,", "and left the gulls a place to go."]
    titles = ["The Ferry", "Low Water", "The Chain", "Gulls"]

    def book(lines: list[str]) -> Book:
        body = "".join(f'<p class="pt">{title}</p>' + "".join(f"<p>{line}</p>" for line in lines) for title in titles)
        source = _html_book(tmp_path, body)
        source.write_text(source.read_text().replace("</title>", "</title><style>.pt { font-weight: bold; "
                                                                   "text-align: center }</style>"))
        return read_book(source)

    assert [c.title for c in book(verse * 2).chapters] == titles
    prose = ["The tide came in across the flats and took the road with it, as it did every spring."] * 4
    assert len(book(prose).chapters) == 1


def test_poems_in_stanzas_under_titles_in_their_look_have_a_chapter_a_poem(tmp_path: Path) -> None:
    """Poems whose stanzas are paragraphs of <br/> lines, under titles set apart only by their look, were one
    chapter: only verse set a line a paragraph was told from prose. The first poem's title, a line in bold right
    after the title page, was skipped with it. Stanzas of short lines that open with capitals or pause at their
    ends are verse; prose a <br/> wraps at a page's width stays one chapter."""
    stanzas = ["The tide came in across the flats,<br/>And took the road and took the hats<br/>Of three old men who "
               "walked too slow,<br/>And left the gulls a place to go."] * 2
    titles = ["The Ferry", "Low Water", "The Chain", "Gulls"]

    def book(paragraphs: list[str]) -> Book:
        body = "<h1>The Tide Clock</h1><p>by Ines Roca</p>" + "".join(
            f"<p><b>{title}</b></p>" + "".join(f"<p>{text}</p>" for text in paragraphs) for title in titles)
        return read_book(_html_book(tmp_path, body))

    poems = book(stanzas)
    assert [c.title for c in poems.chapters] == titles
    assert [(s.reason.split(",")[0], s.words) for s in poems.skipped] == [("title page", 3 + 3)]
    assert [c.blocks[1].lines for c in poems.chapters] == [4] * 4
    wrapped = ["the harbour wall and looked at the grey water<br/>while the boats came in slowly one after "
               "another<br/>with their nets full of fish and the gulls<br/>followed them crying over the waves "
               "as the light<br/>went down behind the hills."] * 2
    prose = book(wrapped)
    assert len(prose.chapters) == 1 and {b.lines for b in prose.chapters[0].blocks} == {1}


def test_a_gutenberg_note_set_in_brackets_in_an_html_book_is_listed_not_read(tmp_path: Path) -> None:
    """Project Gutenberg's HTML made from its text keeps notes as paragraphs in brackets ("[Footnote 2: ...]"),
    which a text book skipped as notes and an HTML book read aloud, "Footnote two:" and all. They are listed as
    notes in both, and every letter is still accounted for."""
    from tests.accounting import planned_characters, raw_characters

    prose = "The keeper walked along the harbour wall and looked at the grey water. " * 4
    source = _html_book(tmp_path, f"<h2>CHAPTER I.</h2><p>{prose}[1]</p><p>[Footnote 1: The wall was built in "
                                  f"1820.]</p><p>[Note: not a footnote, as it names none.</p><h2>CHAPTER II.</h2>"
                                  f"<p>{prose}</p>")
    plan = plan_book(read_book(source))
    assert [s.text for c in plan.chapters for s in c.segments if "Footnote" in s.text or "Note" in s.text] == [
        "[Note: not a footnote, as it names none."]
    assert [(s.reason, s.words) for s in plan.skipped if s.reason == "footnote"] == [("footnote", 8)]
    spoken, skipped = planned_characters(plan)
    assert spoken + skipped == raw_characters(source)


def test_a_name_under_a_lone_by_is_the_author_and_a_heading_under_the_title_is_not(tmp_path: Path) -> None:
    """A title page that sets "BY" on its own line over the name in capitals named no author (the book read as
    by an unknown author); a chapter's heading right under the title ("Section One") was taken for the author.
    The name under "BY" is the author, written as a name is ("John Marlow", "Jeanne de la Tour"); a division's
    or a closing piece's title never is."""
    text = "<p>" + "The keeper walked along the harbour wall and watched the boats. " * 6 + "</p>"

    def authors(opening: str) -> tuple[str, ...]:
        source = tmp_path / "book.html"
        source.write_text(f"<html><head><title>The Tide Clock</title></head><body>{opening}{text}</body></html>",
                          encoding="utf-8")
        return read_book(source).authors

    assert authors("<h1>THE TIDE CLOCK</h1><p>BY</p><p>JOHN MARLOW</p><h2>I</h2>") == ("John Marlow",)
    assert authors("<h1>THE TIDE CLOCK</h1><p>BY JEANNE DE LA TOUR</p><h2>I</h2>") == ("Jeanne de la Tour",)
    assert authors("<h1>The Tide Clock</h1><p><b>Section One</b></p>") == ()
    assert authors("<h1>The Tide Clock</h1><p><b>Author's Note</b></p>") == ()
    assert authors("<h1>The Tide Clock</h1><p>Patrick O'Brien</p><h2>I</h2>") == ("Patrick O'Brien",)


def test_a_book_of_pictures_whose_only_words_are_their_alt_text_is_read_from_it(tmp_path: Path) -> None:
    """A picture book made reflowable: each page a picture whose alt text tells the story. It was refused as "no
    readable text ... see --include-matter", an option that did not help. Its alt text is read; a book with text
    of its own keeps its pictures' alt text aside."""
    from samples.structure import Entry, page, write_book

    story = ["Mila the cat sat by the window.", "The rain fell on the harbour all day.", "Then the sun came out."]
    pages = [(f"p{n}.xhtml", page("T", f'<div><img src="p{n}.png" alt="{line}"/></div>')) for n, line in
             enumerate(story)]
    book = read_book(write_book(tmp_path / "mila.epub", "Mila", "Ann Writer", "en", pages,
                                [Entry("Mila", "p0.xhtml")]))
    assert [b.text for c in book.chapters for b in c.blocks] == story
    pages.append(("p3.xhtml", page("T", "<h2>The End</h2><p>Mila slept until morning, by the warm stove.</p>")))
    book = read_book(write_book(tmp_path / "mila-text.epub", "Mila", "Ann Writer", "en", pages,
                                [Entry("Mila", "p0.xhtml")]))
    assert [b.text for c in book.chapters for b in c.blocks] == ["The End", "Mila slept until morning, by the warm "
                                                                            "stove."]


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


def test_a_title_written_as_a_catalogue_entry_is_the_title_alone(tmp_path: Path) -> None:
    """Older Project Gutenberg EPUBs carry the catalogue's statement of responsibility in dc:title, and
    converted documents the file name a program gave them ("Microsoft Word - The Keeper.docx")."""
    from audiobook.ingest.epub import catalogue_title
    from samples.structure import SALT_CHAPTERS, Entry, page, paragraphs, write_book

    title, texts = SALT_CHAPTERS[0]
    book = write_book(tmp_path / "catalogue.epub", "The salt road. / By Tobias Wren. / Illustrated by the author.",
                      "Tobias Wren", "en", [("p.xhtml", page(title, paragraphs(texts)))], [Entry(title, "p.xhtml")])
    assert read_book(book).title == "The salt road"
    assert [catalogue_title(t) for t in ("Fire / Ice", "Les Misérables / par Victor Hugo", "AC/DC / by A. Fan")] == [
        "Fire / Ice", "Les Misérables", "AC/DC"]
    # a converted document's title is the name its program gave the file: not what a player should show
    assert [catalogue_title(t) for t in ("Microsoft Word - The Keeper.docx", "The Keeper.pdf", "Notes on .NET")] == [
        "The Keeper", "The Keeper", "Notes on .NET"]
    # a working file's name, no space in it, is none: a manuscript saved as a web page shows its file's name
    assert [catalogue_title(t) for t in ("manuscript-final.docx", "Keeper_v3.doc", "Word - the_keeper.odt")] == [""] * 3
    assert read_book(SAMPLES / "pdf" / "the-crossing.html").title == "The crossing"  # "manuscript-final.docx"
    # nor a store's note on the format, nor a catalogue's article put last (a player sorted "Salt Road, The" so)
    assert [catalogue_title(t) for t in ("The Salt Road [Kindle Edition]", "Salt Road, The", "Étranger, L'",
                                         "Misérables, Les", "Hello, the", "Guns, Germs, and Steel")] == [
        "The Salt Road", "The Salt Road", "L'Étranger", "Les Misérables", "Hello, the", "Guns, Germs, and Steel"]
    # nor is the name a program gives a new file: the book's own heading, or the file's name, says more
    document = _html_book(tmp_path, f"<h1>The Salt Road</h1><h2>{title}</h2>" + paragraphs(texts) + "<h2>Two</h2>" +
                          paragraphs(texts)).read_text(encoding="utf-8").replace("The Tide Clock", "Untitled document")
    (tmp_path / "untitled.html").write_text(document, encoding="utf-8")
    assert read_book(tmp_path / "untitled.html").title == "The Salt Road"
    book = write_book(tmp_path / "the-salt-road.epub", "Document1", "Tobias Wren", "en",
                      [("p.xhtml", page(title, paragraphs(texts)))], [Entry(title, "p.xhtml")])
    assert read_book(book).title == "The salt road"
    html = tmp_path / "keeper.html"
    html.write_text("<html><head><title>Microsoft Word - The Salt Road.doc</title></head><body><h2>Chapter 1</h2>"
                    "<p>The ferry ran twice a week.</p></body></html>", encoding="utf-8")
    assert read_book(html).title == "The Salt Road"


def test_unmarked_imprint_and_licence_pages_in_two_languages_and_body_under_a_title_page_entry() -> None:
    book = read_book(STRUCTURE / "le-phare.epub")
    assert [c.title for c in book.chapters] == ["Mode d'emploi", "Chapitre 1 — La lanterne", "Chapitre 2 — Le journal"]
    skipped_files = {s.href.rsplit("/", 1)[-1]: s.reason for s in book.skipped}
    assert "by its content" in skipped_files["p1.xhtml"] and "by its content" in skipped_files["p9.xhtml"]
    assert skipped_files["titre.xhtml"] == "front/back matter (Page de titre)"
    assert sum(len(b.text.split()) for b in book.chapters[0].blocks) > 600  # the mode d'emploi, read whole
    everything = read_book(STRUCTURE / "le-phare.epub", IngestOptions(include_matter=True))
    assert "Tous droits réservés" in read_text(everything) and "Creative Commons" in read_text(everything)


def test_an_older_gutenberg_epub_loses_its_frame_contents_list_and_bibliography() -> None:
    """EpubMaker 0.3 set the header and the licence as <br/>-lined divs with the one class
    "pgheader"; the START line sits inside the header; a production note, a title page of
    headings and "LIST OF SONGS" (a paragraph of links) come before the first song."""
    book = read_book(STRUCTURE / "cinder-hill.epub")
    assert [c.title for c in book.chapters] == ["SONG I", "SONG II", "SONG III", "SONG IV"]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["SONG I", "The kilns on Cinder Hill burn low at dusk,"]
    found = reasons(book)
    # the title page, set as headings: "THE CINDER HILL", "THE CINDER HILL", "BY", "MARGARET ASH"
    assert found["title page, by its content (the book's title and author lines)"] == 9
    assert found["Project Gutenberg header"] == 57 and found["Project Gutenberg licence"] == 57
    assert found["Project Gutenberg production note"] == 28
    assert found["list of links (a contents list written as text)"] == 3 + 8  # its heading and "Song 1 ... Song 4"
    assert found["front/back matter (Bibliography)"] == 21
    text = read_text(book)
    assert "Gutenberg" not in text and "Song 1" not in text and "Reformatted" not in text and "Potter" not in text
    everything = read_book(STRUCTURE / "cinder-hill.epub", IngestOptions(include_matter=True))
    assert all(words in read_text(everything) for words in ("START OF THIS", "Song 1", "A Potter's Almanac",
                                                            "THE CINDER HILL BY MARGARET ASH"))


def test_a_contents_list_under_its_heading_and_the_notes_page_after_it_are_skipped(tmp_path: Path) -> None:
    """calibre's FB2 of an EPUB keeps its contents page as lines in the first section, before the transcriber's
    notes page and the first chapter: "Brief Contents" / "Title Page" / "Etymology" / "Begin Reading Moby-Dick"
    were read, in a chapter titled "Brief Contents". Now the list and the notes page are skipped and listed,
    and the chapter is titled by its own first heading."""
    lines = ["Brief Contents", "Title Page", "Original Transcriber’s Notes", "Etymology", "Begin Reading Moby-Dick",
             "Copyright Page"]
    notes = ["Original Transcriber’s Notes:", "This text is a combination of etexts from two projects.",
             "These have been corrected in this edition."]
    text = lines + notes + ["ETYMOLOGY.", *_story(1, 1000), "CHAPTER 1. LOOMINGS.", *_story(2, 900),
                            "CHAPTER 2. THE CARPET-BAG.", *_story(3, 900)]
    fb2 = tmp_path / "moby.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Herman</first-name><last-name>Melville'
                   '</last-name></author><book-title>Moby-Dick</book-title><lang>en</lang></title-info></description>'
                   "<body><section>" + "".join(f"<p>{line}</p>" for line in text) + "</section></body></FictionBook>",
                   encoding="utf-8")
    book = read_book(fb2)
    assert [c.title for c in book.chapters] == ["ETYMOLOGY.", "CHAPTER 1. LOOMINGS.", "CHAPTER 2. THE CARPET-BAG."]
    found = reasons(book)
    assert found["contents list written as text"] == sum(len(line.split()) for line in lines)
    assert found["front/back matter (Original Transcriber’s Notes)"] == sum(len(line.split()) for line in notes)


def test_an_anthologys_pieces_are_cut_at_their_numbers_and_titled_by_number_and_name(tmp_path: Path) -> None:
    """An anthology set in bold alone (calibre's FB2 of the IDPF Children's Literature): each piece opens with its
    number, an editor's note, a page number, then its title and author, all but the note and page number in bold.
    Cut at every bold line, the pieces were too small to be chapters, and 45,000 words stayed one; the lines of
    one title are now one cut, titled "193 THE EMPEROR'S NEW CLOTHES"."""
    pieces = [("191", "THE LORD HELPETH MAN AND BEAST", "SAMUEL TAYLOR COLERIDGE"),
              ("192", "THE REAL PRINCESS", "HANS CHRISTIAN ANDERSEN"),
              ("193", "THE EMPEROR'S NEW CLOTHES", "HANS CHRISTIAN ANDERSEN"),
              ("194", "THE NIGHTINGALE", "HANS CHRISTIAN ANDERSEN")]
    body = ""
    for number, (label, name, author) in enumerate(pieces):
        note = "The editor notes that this tale was told in many versions before it was written down for children."
        body += (f"<p><strong>{label}</strong></p><p>{note}</p><p>{181 + number}</p><p><strong>{name}</strong></p>"
                 f"<p><strong>{author}</strong></p>" + "".join(f"<p>{p}</p>" for p in _story(number, 900)))
    fb2 = tmp_path / "anthology.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Charles</first-name><last-name>Curry</last-name>'
                   "</author><book-title>Children's Literature</book-title><lang>en</lang></title-info></description>"
                   f"<body><section>{body}</section></body></FictionBook>", encoding="utf-8")
    assert [c.title for c in read_book(fb2).chapters] == [f"{label} {name}" for label, name, _ in pieces]


def test_a_gutenberg_header_without_its_start_line_is_skipped_where_it_stands(tmp_path: Path) -> None:
    """calibre's FB2 of a Gutenberg EPUB moves the header, without its "*** START" line, after the last chapter:
    "The Project Gutenberg EBook of Moby-Dick...", the licence line, "Title:", "Author:"... were read after the
    Epilogue. The title line with the licence line after it marks it; a book that only names Project Gutenberg
    in its text keeps it."""
    header = ["The Project Gutenberg EBook of The Tide Clock, by Ines Roca",
              "This eBook is for the use of anyone anywhere at no cost and with almost no restrictions whatsoever.",
              "Title: The Tide Clock", "Author: Ines Roca", "Release Date: June, 2001 [EBook #2701]",
              "Language: English", "Produced by Daniel Lazarus and Jonesey"]
    mention = "She had read The Project Gutenberg EBook of Emma on the ferry, twice over."
    body = "".join(f"<h2>Chapter {n}</h2>" + "".join(f"<p>{p}</p>" for p in _story(n, 400)) for n in (1, 2))
    book = read_book(_html_book(tmp_path, body + f"<p>{mention}</p>" + "".join(f"<p>{line}</p>" for line in header)))
    text = read_text(book)
    assert "eBook is for the use" not in text and "Release Date" not in text and "Lazarus" not in text
    assert mention in text and reasons(book)["Project Gutenberg header"] == sum(len(h.split()) for h in header)


def test_a_gutenberg_html_file_with_its_frame_inside_paragraphs(tmp_path: Path) -> None:
    """An older Project Gutenberg HTML file: the header is one <pre> with the START line in its
    middle, and the licence begins in the middle of the book's last paragraph."""
    source = tmp_path / "lamp-oil.html"
    source.write_text(
        "<html><head><title>The Project Gutenberg eBook of The Lamp Oil, by Ivo Brand</title></head><body><pre>\n"
        "The Project Gutenberg EBook of The Lamp Oil, by Ivo Brand\n\nThis eBook is for the use of anyone anywhere "
        "at no cost.\n\nTitle: The Lamp Oil\n\n*** START OF THIS PROJECT GUTENBERG EBOOK THE LAMP OIL ***\n\n"
        "Produced by a sample script\n</pre>"
        "<h2>CHAPTER I</h2><p>The oil came up the coast in barrels, and the keepers rolled them up the cliff path.</p>"
        "<h2>CHAPTER II</h2><p>By March the last barrel was empty and the lamp burned fish oil, which smoked. "
        "End of the Project Gutenberg EBook of The Lamp Oil, by Ivo Brand *** END OF THIS PROJECT GUTENBERG EBOOK "
        "THE LAMP OIL *** This file should be named lamp-oil.html</p></body></html>", encoding="utf-8")
    book = read_book(source)
    assert (book.title, book.authors) == ("The Lamp Oil", ("Ivo Brand",))
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II"]
    assert book.chapters[-1].blocks[-1].text == "By March the last barrel was empty and the lamp burned fish oil, which smoked."
    found = reasons(book)
    assert found["Project Gutenberg header"] == 11 + 12 + 4 + 11 + 5 and found["Project Gutenberg licence"] == 13 + 11 + 6
    assert "Gutenberg" not in read_text(book)


def test_blocks_that_are_mostly_links_into_the_book_are_a_contents_list_when_there_are_three_or_more() -> None:
    from lxml import etree

    from audiobook.ingest.navigation_links import NAVIGATION
    from audiobook.ingest.xhtml import LINK_LIST, extract_events
    from audiobook.models import Block, Skipped

    links = "".join(f'<a href="c{n}.xhtml">Chapter {n}</a> ' for n in range(1, 6))
    document = etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>'
        '<h2><a href="toc.xhtml#c1">CHAPTER I</a></h2>'  # a heading that links back to the contents: read
        '<p>She read <a href="c2.xhtml">the second letter</a> and <a href="c3.xhtml">the third</a> twice.</p>'
        f'<p>Further out: <a href="https://example.org/a">one</a> <a href="https://example.org/b">two</a> '
        '<a href="mailto:x@example.org">three</a>.</p>'  # links that leave the book: read
        f'<h3>Contents</h3><p>{links}</p>'
        '<section epub:type="bibliography"><p>Holt, Maren, The Tidewater Almanac.</p></section>'
        '<p>The end.</p></body></html>')
    events = extract_events(document, href="c1.xhtml")
    lines = extract_events(etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p><a href="toc.xhtml">Back to the contents</a></p>'
        '<h2>Contents</h2>' + "".join(f'<p> <a href="c{n}.xhtml#top">CHAPTER {n}</a></p>' for n in range(1, 5))
        + '<p>A letter came.</p><p><a href="c2.xhtml">Chapter 2</a></p></body></html>'), href="c1.xhtml")
    # a lone link is read, unless it only says where to go (`navigation_links`)
    assert [e.text for e in lines if isinstance(e, Block)] == ["A letter came.", "Chapter 2"]
    assert [e.reason for e in lines if isinstance(e, Skipped)][0] == NAVIGATION
    assert sum(e.words for e in lines if isinstance(e, Skipped) and e.reason == LINK_LIST) == 1 + 4 * 2
    assert [e.text for e in events if isinstance(e, Block)] == [
        "CHAPTER I", "She read the second letter and the third twice.", "Further out: one two three.", "The end."]
    assert [(e.reason, e.words) for e in events if isinstance(e, Skipped)] == [
        (LINK_LIST, 1), (LINK_LIST, 10), ("front/back matter (bibliography)", 5)]


def test_an_html_book_whose_chapter_headings_are_paragraphs_is_cut_at_them(tmp_path: Path) -> None:
    """No heading elements at all: "CHAPTER I." set as a paragraph still starts a chapter."""
    source = tmp_path / "lamp-oil.html"
    source.write_text('<html><head><title>The Lamp Oil</title><meta name="dc.creator" content="Brand, Ivo, 1901-1977"/>'
                      "</head><body><p>CHAPTER I.</p><p>The oil came up the coast in barrels.</p><p>It took all morning.</p>"
                      "<p>CHAPTER II.</p><p>By March the lamp burned fish oil, which smoked.</p>"
                      "<p>CHAPTER III.</p><p>The new barrels came in April.</p></body></html>", encoding="utf-8")
    book = read_book(source)
    assert book.authors == ("Ivo Brand",)  # the catalogue's "Brand, Ivo, 1901-1977", as a player shows it
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    assert [len(c.blocks) for c in book.chapters] == [3, 2, 2]


def test_divisions_headed_by_shortened_labels_are_chapters_under_their_volumes(tmp_path: Path) -> None:
    """An eighteenth-century novel heads its divisions "VOL. I." and "CHAP. IV.": they were paragraphs, the book
    one chapter, and the labels read letter by letter. Now they are chapters titled by volume and chapter, and
    heard as "Volume one" and "Chapter four"."""
    body = "".join(f"<p>VOL. {volume}.</p>" + "".join(
        f"<p>CHAP. {number}.</p>" + "".join(f"<p>{p}</p>" for p in _story(len(volume) * 7 + len(number), 300))
        for number in ("I", "II", "III")) for volume in ("I", "II"))
    source = tmp_path / "keeper.html"
    source.write_text(f"<html><head><title>The Keeper</title></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [f"VOL. {v}, CHAP. {c}." for v in ("I", "II") for c in ("I", "II", "III")]
    plan = plan_book(book)
    assert [s.heard for s in plan.chapters[3].segments[:2]] == ["Volume two.", "Chapter one."]


@pytest.mark.parametrize(("written", "shown"), [
    ("Austen, Jane, 1775-1817", "Jane Austen"), ("Doyle, Arthur Conan, 1859-1930", "Arthur Conan Doyle"),
    ("Le Guin, Ursula K.", "Ursula K. Le Guin"), ("Ash, Margaret (1951-)", "Margaret Ash"),
    ("Jane Austen", "Jane Austen"), ("Homer", "Homer"), ("Smith, Jones & Co.", "Smith, Jones & Co."),
    ("Tolstoy, Leo, graf, 1828-1910", "Tolstoy, Leo, graf"),
    # a store's role and a by-line's "by" are no part of the name; a particle that opens one is
    ("Jane Doe (Author)", "Jane Doe"), ("Doe, Jane [Editor]", "Jane Doe"), ("by Jane Doe", "Jane Doe"),
    ("Bygrave, Mike", "Mike Bygrave"), ("von Trapp, Maria", "Maria von Trapp"), ("Ana Gil (autora)", "Ana Gil")])
def test_author_names_are_shown_in_display_order(written: str, shown: str) -> None:
    from audiobook.ingest.names import authors_in, display_name

    assert display_name(written) == shown
    assert authors_in(written) == [shown]  # one person, not a list of two


@pytest.mark.parametrize(("written", "authors"), [
    ("Maren Holt, Ola Brekke", ["Maren Holt", "Ola Brekke"]),  # Asciidoctor's <meta name="author">
    ("Maren Holt; Ola Brekke", ["Maren Holt", "Ola Brekke"]),  # LibreOffice's, pandoc's
    ("Charles Madison Curry & Erle Elsworth Clippinger", ["Charles Madison Curry", "Erle Elsworth Clippinger"]),
    ("Simon & Schuster", ["Simon & Schuster"]),  # calibre joins authors with "&"; a firm's name is one
    ("Ann Example, Tom Reddaway, and Ines Roca", ["Ann Example", "Tom Reddaway", "Ines Roca"]),
    ("Cervantes Saavedra, Miguel de", ["Miguel de Cervantes Saavedra"]),  # inverted: given names end in "de"
    ("Unknown", []), ("", []),
])
def test_a_metadata_field_naming_several_authors_names_each(written: str, authors: list[str]) -> None:
    from audiobook.ingest.names import authors_in

    assert authors_in(written) == authors


def test_a_start_line_inside_a_paragraph_keeps_the_book_text_after_it() -> None:
    from audiobook.ingest.gutenberg import without_frame
    from audiobook.models import Block, Skipped

    stream = [Block("Title: Harbour. *** START OF THE PROJECT GUTENBERG EBOOK HARBOUR *** It was a grey morning."),
              Block("Produced by nobody in particular."), Block("The boats were in.")]
    result = without_frame(stream)
    assert [type(item).__name__ for item in result] == ["Skipped", "Block", "Block", "Block"]
    assert [item.text for item in result if isinstance(item, Block)] == [
        "It was a grey morning.", "Produced by nobody in particular.", "The boats were in."]  # not a credit here
    assert isinstance(result[0], Skipped) and result[0].words == 11
    # the oldest files' markers name only "the small print"
    old = without_frame([Block("Header words."), Block("*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*"),
                         Block("Call me."), Block("*** START**THE SMALL PRINT!**FOR PUBLIC DOMAIN"), Block("Fees.")])
    assert [item.text for item in old if isinstance(item, Block)] == ["Call me."]
    # without a START line nothing is cut, not even a line that looks like a credit
    assert without_frame([Block("A title."), Block("Produced by the harbour board.")]) == [
        Block("A title."), Block("Produced by the harbour board.")]


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


@pytest.mark.parametrize(("language", "headings", "sentence"), [
    ("de", ["Erstes Kapitel", "Zweites Kapitel: Der Sturm", "Kapitel drei"], "Der Wind kam über das Meer."),
    ("sv", ["Första kapitlet", "Andra kapitlet", "Tredje delen"], "Vinden kom in över havet."),
    ("nl", ["Eerste hoofdstuk", "Hoofdstuk twee", "Derde deel"], "De wind kwam over de zee."),
    ("fr", ["Première partie", "Chapitre deux", "Chapitre troisième"], "Le vent venait de la mer."),
    ("es", ["Capítulo primero", "Segunda parte", "Capítulo tres"], "El viento venía del mar."),
    ("pl", ["Rozdział pierwszy", "Rozdział drugi", "Część trzecia"], "Wiatr wiał od morza."),
    ("ru", ["Глава первая", "Часть вторая", "Глава четвёртая"], "Ветер дул с моря."),
    # past the tenth, and German's numeral with an ordinal's full stop ("12. Kapitel")
    ("de", ["Einundzwanzigstes Kapitel", "Kapitel zweiundzwanzig", "23. Kapitel"], "Der Wind kam über das Meer."),
    ("sv", ["Tjugonde kapitlet", "Kapitel tjugoett", "Kapitel tolv"], "Vinden kom in över havet."),
    ("nl", ["Hoofdstuk eenentwintig", "Hoofdstuk dertien", "Twintigste hoofdstuk"], "De wind kwam over de zee."),
    ("fr", ["Chapitre vingt et un", "Chapitre treize", "Chapitre quarante-deux"], "Le vent venait de la mer."),
    ("es", ["Capítulo veintiuno", "Capítulo trece", "Capítulo dieciséis"], "El viento venía del mar."),
    ("it", ["Capitolo ventuno", "Capitolo tredici", "Capitolo diciassette"], "Il vento veniva dal mare."),
    ("pt", ["Capítulo vinte e um", "Capítulo treze", "Capítulo dezesseis"], "O vento vinha do mar."),
    ("ca", ["Capítol vint-i-u", "Capítol tretze", "Capítol dinou"], "El vent venia del mar."),
    ("pl", ["Rozdział dwudziesty", "Rozdział jedenasty", "Rozdział trzydziesty pierwszy"], "Wiatr wiał od morza."),
    ("ru", ["Глава двадцать первая", "Глава одиннадцатая", "Глава тридцатая"], "Ветер дул с моря."),
])
def test_division_headings_written_out_are_found_in_each_language(tmp_path: Path, language: str,
                                                                  headings: list[str], sentence: str) -> None:
    """German, Swedish and Dutch books put the ordinal first ("Erstes Kapitel", "Första kapitlet");
    others spell the number after the division ("Kapitel drei", "Глава четвёртая"), past the tenth
    too ("Capítulo veintiuno", "Глава двадцать первая", which were paragraphs). A plain-text book set
    that way is cut at each of them."""
    path = tmp_path / "book.txt"
    path.write_text("".join(f"{heading}\n\n{(sentence + ' ') * 30}\n\n" for heading in headings), encoding="utf-8")
    assert [c.title for c in read_book(path).chapters] == headings


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
    html_book = _html_book(tmp_path, "<h1>The Keeper</h1>" + "".join(f"<p>{n}</p>" for n in names) +
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
    prose = "The keeper wrote the hour in his log and trimmed the wick at every watch. " * 6
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
    prose = "The keeper wrote the hour in his log and trimmed the wick at every watch. " * 6
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


def test_a_plays_scenes_that_repeat_their_numbers_in_each_act_take_the_act(tmp_path: Path) -> None:
    """A play's scenes numbered again in each act ("SCENE 1. A quay at night." in Act I, "SCENE 1. The same."
    in Act II) were listed without their act, two "SCENE 1"s: a title whose division's label and number repeat
    takes the division above it, "ACT II, SCENE 1. The same.", as a repeated "Chapter 1" takes its part. The act's
    line is read where it stands."""
    prose = "The keeper wrote the hour in his log and trimmed the wick at every watch. " * 4
    scenes = {"I": ("A quay at night.", "The lamp room."), "II": ("The same.", "The harbour.")}
    acts = "".join(f"\n\n\nACT {act}\n\n" + "".join(f"\n\nSCENE {n}. {place}\n\n{prose}\n"
                                                     for n, place in enumerate(places, start=1))
                   for act, places in scenes.items())
    path = tmp_path / "play.txt"
    path.write_text(f"THE HARBOUR PLAY\n\nby Ines Roca\n{acts}", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["ACT I, SCENE 1. A quay at night.", "ACT I, SCENE 2. The lamp room.",
                                                "ACT II, SCENE 1. The same.", "ACT II, SCENE 2. The harbour."]
    assert [b.text for b in book.chapters[2].blocks[:2]] == ["ACT II", "SCENE 1. The same."]
    assert read_text(book).count("The keeper wrote the hour") == 4 * 4


def test_a_text_books_title_line_over_a_name_alone_gives_title_and_author(tmp_path: Path) -> None:
    """A manuscript's "The Long Night" over "Ines Roca", and then its first chapter: the book was titled by its
    file's name, by an unknown author, with a chapter of those two lines. The name must stand alone (two to four
    capitalised words) and the text start after it, at a heading or after more than one blank line."""
    prose = "The keeper wrote the hour in his log and trimmed the wick at every watch. " * 4
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
    prose = "The keeper wrote the hour in his log and trimmed the wick at every watch. " * 4
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
    prose = "The keeper wrote the hour in his log and trimmed the wick at every watch. " * 4
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


def test_chapters_numbered_between_marks_are_cut_and_titled_by_their_number(tmp_path: Path) -> None:
    """Self-published and fan-fiction books set their chapters as a number between dashes ("— 1 —", "~ 2 ~").
    Neither a text book nor an EPUB's single document was cut there: one chapter of the whole book. They are cut
    where such lines count up, titled with the number ("1", not "1 — — 1"); the line itself is read."""
    import random

    from samples.synthetic import chapter_paragraphs, write_epub

    rng = random.Random(21)
    stories = [chapter_paragraphs(700, rng) for _ in range(3)]
    marks = ["— 1 —", "— 2 —", "— 3 —"]
    text = tmp_path / "tide.txt"
    text.write_text("The Tide Clock\n\nby Ann Example\n\n\n" + "".join(
        f"{mark}\n\n" + "\n\n".join(paragraphs) + "\n\n\n" for mark, paragraphs in zip(marks, stories)),
                    encoding="utf-8")
    book = read_book(text)
    assert [(c.title, [b.text for b in c.blocks]) for c in book.chapters] == [
        (str(n), [mark, *paragraphs]) for n, (mark, paragraphs) in enumerate(zip(marks, stories), start=1)]
    marks = ["~ I ~", "~ II ~", "~ III ~"]
    body = "".join(f"<p class='centre'>{mark}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                   for mark, paragraphs in zip(marks, stories))
    epub = tmp_path / "tide.epub"
    write_epub(epub, "The Tide Clock", [("text.xhtml", "The Tide Clock", (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        f"<body>{body}</body></html>").encode())])
    assert [(c.title, [b.text for b in c.blocks]) for c in read_book(epub).chapters] == [
        (numeral, [mark, *paragraphs]) for numeral, mark, paragraphs in zip(["I", "II", "III"], marks, stories)]


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


@pytest.mark.parametrize("number", ["{}", "- {} -", "— {} —"])
def test_page_numbers_inside_sentences_are_no_chapter_numbers(tmp_path: Path, number: str) -> None:
    """A book converted from print keeps its page numbers on lines of their own, mid-sentence ("...the keeper went"
    / "- 12 -" / "down to the lamp"). Where the book has no headings, those numbers count up as chapter numbers do,
    and it was cut into chapters a page long, titled "1", "2", "3". Numbers that stand inside sentences are page
    numbers: the book stays whole, they are skipped and listed, and each torn sentence is joined again."""
    import random

    from samples.synthetic import chapter_paragraphs, write_epub

    rng = random.Random(30)
    paragraphs = chapter_paragraphs(3000, rng)
    body, page, words = [], 1, 0
    for text in paragraphs:
        words += len(text.split())
        if words > 300:  # the page ends inside this paragraph
            cut = next(i for i in range(len(text) // 2, len(text)) if text[i] == " " and text[i - 1].isalpha()
                       and text[i + 1].islower())  # mid-sentence
            body += [text[:cut], number.format(page), text[cut + 1:]]
            page, words = page + 1, 0
        else:
            body.append(text)
    epub = tmp_path / "printed.epub"
    write_epub(epub, "The Tide Clock", [("text.xhtml", "The Tide Clock", (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        "<body><h1>The Tide Clock</h1>" + "".join(f"<p>{text}</p>" for text in body) + "</body></html>").encode())])
    book = read_book(epub)
    assert [c.title for c in book.chapters] == ["The Tide Clock"]
    assert sum(1 for s in book.skipped if s.reason == "page number") == page - 1 > 5
    assert [b.text for b in book.chapters[0].blocks] == ["The Tide Clock", *paragraphs]
    text = tmp_path / "printed.txt"
    text.write_text("The Tide Clock\n\nby Ann Example\n\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    book = read_book(text)
    assert len(book.chapters) == 1 and sum(1 for s in book.skipped if s.reason == "page number") == page - 1


@pytest.mark.parametrize("number", ["{}", "- {} -", "Page {}", "Seite {}", "[{}]"])
def test_page_numbers_between_whole_paragraphs_that_count_on_are_skipped(tmp_path: Path, number: str) -> None:
    """Where a printed page ends with its paragraph, its number stands between two whole paragraphs ("...lit the
    lamp." / "24" / "The ferry..."), and only its place in the count tells it from the text. Those were read aloud
    ("twenty-four", "Page seven") while the page numbers that tore a sentence were skipped; "Page 7" was never
    known outside a PDF. A number that counts on from the torn ones is skipped and listed too; a section's "2" and
    a year standing alone, which count on from none of them, are read."""
    import random

    from samples.synthetic import chapter_paragraphs, write_epub

    rng = random.Random(38)
    paragraphs = chapter_paragraphs(4000, rng)
    paragraphs[9:9] = ["2"]  # a section's number inside the chapter
    paragraphs[30:30] = ["1851"]
    body, page, words = [], 1, 0
    for index, text in enumerate(paragraphs):
        words += len(text.split())
        if words > 300 and page % 3 and len(text.split()) > 20:  # the page ends inside this paragraph
            cut = next(i for i in range(len(text) // 2, len(text)) if text[i] == " " and text[i - 1].isalpha()
                       and text[i + 1].islower())
            body += [text[:cut], number.format(page), text[cut + 1:]]
            page, words = page + 1, 0
        elif words > 300 and index + 1 < len(paragraphs) and paragraphs[index + 1] not in ("2", "1851"):
            body += [text, number.format(page)]  # the page ends with the paragraph
            page, words = page + 1, 0
        else:
            body.append(text)
    numbers = {number.format(n) for n in range(1, page)}
    between = sum(1 for i in range(1, len(body) - 1)
                  if body[i] in numbers and body[i - 1][-1:] in ".!?" and body[i + 1][:1].isupper())
    assert between >= 4 and page > 10  # the case this test is about
    epub = tmp_path / "printed.epub"
    write_epub(epub, "The Tide Clock", [("text.xhtml", "The Tide Clock", (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        "<body><h1>The Tide Clock</h1>" + "".join(f"<p>{text}</p>" for text in body) + "</body></html>").encode())])
    text = tmp_path / "printed.txt"
    text.write_text("The Tide Clock\n\nby Ann Example\n\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    for book in (read_book(epub), read_book(text)):
        assert sum(1 for s in book.skipped if s.reason == "page number") == page - 1
        assert [b.text for c in book.chapters for b in c.blocks if b.text != "The Tide Clock"] == paragraphs


def test_page_numbers_a_transcriber_marked_inside_the_text_are_skipped_and_listed(tmp_path: Path) -> None:
    """Distributed Proofreaders' texts and their conversions mark the print edition's pages inside the text: "the
    keeper [Pg 12] climbed", "{13}", or a span whose class says "pb" or "folio". They were read ("P G twelve"),
    in text books and in HTML without Gutenberg's "pagenum" class. Each is skipped and listed, the sentence
    around it closed up; a code listing's "{12}" and a footnote's "[12]" stay."""
    paragraphs = ["The keeper climbed the stair [Pg 12] and lit the lamp.",
                  "The night was long.{13} The gulls slept on the rocks.",
                  "[Page xiv]",
                  "Der Wärter stieg die Treppe hinauf [S. 15] und zündete die Lampe an.",
                  "He wrote it down.[12]"]
    heard = ["The keeper climbed the stair and lit the lamp.", "The night was long. The gulls slept on the rocks.",
             "Der Wärter stieg die Treppe hinauf und zündete die Lampe an.", "He wrote it down.[12]"]
    text = tmp_path / "marked.txt"
    text.write_text("THE TIDE CLOCK\n\nby Ann Example\n\n\nCHAPTER I.\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    book = read_book(text)
    assert [b.text for b in book.chapters[0].blocks] == ["CHAPTER I.", *heard]
    assert sorted(s.words for s in book.skipped if s.reason == "page number") == [1, 2, 2, 2]
    html = _html_book(tmp_path, "<h2>Chapter 1</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + (
        '<p>The ferry <span class="pb">16</span>came at dawn and <span class="folio">17</span>left at dusk.</p>'
        "<pre><code>lamp = {12}</code></pre>"))
    book = read_book(html)
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", *heard, "The ferry came at dawn and left at dusk.", "lamp = {12}"]
    assert reasons(book)["page number"] == 1 + 2 + 2 + 2 + 1 + 1


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


def test_an_epubs_description_written_as_html_is_its_words(tmp_path: Path) -> None:
    """calibre and the stores write a book's description as HTML, escaped in the package ("&lt;p&gt;A novel about
    &lt;b&gt;keepers&lt;/b&gt;..."). The tags reached the M4B's description and the sidecar as they stand, shown
    by a reader app under the title. They are read as the words they mark up."""
    from samples.structure import Entry, page, write_book

    book = write_book(tmp_path / "described.epub", "The Tide Clock", "Ann Example", "en",
                      [("c1.xhtml", page("One", "<h1>Chapter 1</h1><p>The lamp was lit at dusk.</p>"))],
                      [Entry("Chapter 1", "c1.xhtml")])
    with zipfile.ZipFile(book) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    package = next(name for name in files if name.endswith(".opf"))
    files[package] = files[package].replace(b"</dc:title>", b"</dc:title><dc:description>&lt;p&gt;A novel about "
                                            b"&lt;b&gt;keepers&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;And gulls &amp;amp; "
                                            b"storms.&lt;/p&gt;</dc:description>", 1)
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("mimetype", files.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    assert read_book(book).description == "A novel about keepers. And gulls & storms."


def test_a_formula_with_its_spoken_form_is_read_as_it(tmp_path: Path) -> None:
    """MathML's `alttext` is the formula as its author wrote it for speech; the formula was skipped and the sentence
    heard without it ("The keeper wrote in the log"). It is read where it stands; its markup is listed, and a
    formula without one is skipped and listed as before. Every letter stays accounted for."""
    from samples.structure import Entry, page, write_book
    from tests.accounting import planned_characters, raw_characters

    math = '<math xmlns="http://www.w3.org/1998/Math/MathML"{}><msup><mi>x</mi><mn>2</mn></msup></math>'
    spoken, bare = math.format(' alttext="x squared"'), math.format("")
    book = write_book(tmp_path / "sums.epub", "Sums", "Ann Example", "en", [("c1.xhtml", page("One", (
        f"<h1>Chapter 1</h1><p>The keeper wrote {spoken} in the log.</p><p>Then {bare} again.</p>")))],
                      [Entry("Chapter 1", "c1.xhtml")])
    plan = plan_book(read_book(book))
    assert [s.text for s in plan.chapters[0].segments] == [
        "Chapter 1", "The keeper wrote x squared in the log.", "Then again."]
    assert [(s.reason, s.characters) for s in plan.skipped] == [
        ("<math> content (its alttext read in its place)", 2), ("<math> content", 2)]
    assert sum(planned_characters(plan)) == raw_characters(book)


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


def test_illustration_placeholders_are_skipped_like_alt_text(tmp_path: Path) -> None:
    """Project Gutenberg's "[Illustration]" and "[Illustration: The keeper at his lamp.]" lines stand
    for images: skipped and listed (as an image's alt text is), in text books and in HTML, unless alt
    text is asked for; a bracketed line that is not one is read."""
    prose = "The lamp was lit at dusk and the keeper wrote in his book every night without fail."
    path = tmp_path / "book.txt"
    path.write_text(f"CHAPTER I.\n\n{prose}\n\n[Illustration: The keeper at his lamp.]\n\n{prose}\n\n"
                    f"[Illustration]\n\n[Sealed by order of the Board.]\n\nCHAPTER II.\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II."]
    assert "Illustration" not in read_text(book) and "[Sealed by order of the Board.]" in read_text(book)
    assert reasons(book) == {"image placeholder ([Illustration: ...])": 6 + 1}
    html = _html_book(tmp_path, f"<h2>Chapter 1</h2><p>{prose}</p><p>[Illustration: The keeper at his lamp.]</p>")
    assert "Illustration" not in read_text(read_book(html))
    assert "The keeper at his lamp." in read_text(read_book(html, IngestOptions(include_alt_text=True)))


@pytest.mark.parametrize("include_alt_text", [False, True])
def test_a_drop_cap_set_as_a_picture_keeps_its_letter(tmp_path: Path, include_alt_text: bool) -> None:
    """Illustrated books set a paragraph's first letter as a picture whose alt text is the letter:
    <img alt="T"/>HE lamp... It is read as the word it begins ("THE lamp", "It was late", not "he
    lamp", "t was late"), also when the picture stands in a block of its own before its paragraph, as
    Gutenberg's floated initials do (<div class="figleft"><img alt="W"/></div><p>HEN the tide...: "HEN the
    tide" was heard); a one-letter picture with no text after it, or before a paragraph that opens with its own
    capital, and any other alt text, is skipped and listed as before (or read, when alt text is asked for)."""
    body = ('<h2>Chapter 1</h2><p><img src="t.jpg" alt="T"/>HE lamp was lit at dusk.</p>'
            '<p><img src="a.jpg" alt="A"/> lamp is a light.</p><p><span class="dropcap"><img src="i.png" alt="I"/>'
            '</span>t was late.</p><div class="figleft"><img src="w.jpg" alt="W"/></div><p id="p5">HEN the tide '
            'turned.</p><div><p><img src="t.jpg" alt="T"/></p></div><p>he gulls came.</p><div><img src="o.jpg" '
            'alt="O"/></div><p>One gull cried.</p><p><img src="b.jpg" alt="B"/></p><p><img src="p.jpg" '
            'alt="The lamp room"/></p>')
    book = read_book(_html_book(tmp_path, body), IngestOptions(include_alt_text=include_alt_text))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "THE lamp was lit at dusk.", "A lamp is a light.", "It was late.", "WHEN the tide turned.",
        "The gulls came.", *(["O"] if include_alt_text else []), "One gull cried.",
        *(["B", "The lamp room"] if include_alt_text else [])]
    assert reasons(book) == ({} if include_alt_text else {"image alt text": 1 + 1 + 3})
    pictured = read_book(_html_book(tmp_path, '<h2><img src="1.png" alt="I"/></h2><p>The lamp was lit.</p>'
                                              '<h2><img src="2.png" alt="II"/></h2><p>The keeper slept.</p>'))
    assert [c.title for c in pictured.chapters] == ["I", "II"]  # a heading set as a picture: its alt text
    # a paragraph of a picture naming a chapter is its heading, and a pictured label beside a heading's words is
    # the heading's (both were skipped as alt text: "The Calm" alone was heard, and two chapters were one)
    pictured = read_book(_html_book(tmp_path, "".join(
        f'<div class="head"><img src="{n}.png" alt="Chapter {n}: The {name}"/></div><p>The lamp was lit.</p>'
        for n, name in ((1, "Ferry"), (2, "Calm")))))
    assert [c.title for c in pictured.chapters] == ["Chapter 1: The Ferry", "Chapter 2: The Calm"]
    pictured = read_book(_html_book(tmp_path, "".join(
        f'<h2><img src="{n}.png" alt="Chapter {n}"/><br/>The {name}</h2><p>The lamp was lit.</p>'
        for n, name in ((1, "Ferry"), (2, "Calm")))))
    assert [c.title for c in pictured.chapters] == ["Chapter 1 — The Ferry", "Chapter 2 — The Calm"]
    assert [b.text for b in pictured.chapters[1].blocks] == ["Chapter 2", "The Calm", "The lamp was lit."]


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
    html = _html_book(tmp_path, f"<h2>Chapter 1</h2><p>{prose}</p><p>Transcriber’s note: a word was mended.</p>"
                                f"<div class='transnote'><p>Spelling kept as printed.</p></div>")
    assert read_text(read_book(html)) == f"Chapter 1 {prose}"
    assert "a word was mended" in read_text(read_book(html, IngestOptions(include_matter=True)))


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_publishers_web_address_closing_a_converted_book_is_not_read(tmp_path: Path, suffix: str) -> None:
    """An e-book distributor closes each book with a page of its own ("[FeedBooks]" / "www.feedbooks.com" / "Food
    for the mind"), which its EPUB marks; converted to text or HTML, the lines lost the mark and were read as the
    story's last words. A closing run of short lines with a bare web address is skipped; a last sentence is read,
    and so is a short last line with no address."""
    prose = "The keeper climbed the stair and lit the lamp, as his father had done before him. " * 12
    lines = [prose, "And he sighed.", "[Harbour Books]", "www.harbourbooks.example", "Food for the mind"]
    path = tmp_path / f"book{suffix}"
    if suffix == ".txt":
        path.write_text("CHAPTER 1\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    else:
        path.write_text("<html><body><h1>Chapter 1</h1>" + "".join(f"<p>{line}</p>" for line in lines)
                        + "</body></html>", encoding="utf-8")
    book = read_book(path)
    assert read_text(book).endswith("as his father had done before him. And he sighed.")
    assert reasons(book)["front/back matter (the publisher's closing lines: a web address)"] == 2 + 1 + 4
    path.write_text(path.read_text(encoding="utf-8").replace("www.harbourbooks.example", "The End"),
                    encoding="utf-8")
    assert read_text(read_book(path)).endswith("And he sighed. [Harbour Books] The End Food for the mind")


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


def _html(tmp_path: Path, language: str, body: str) -> Path:
    path = tmp_path / "book.html"
    path.write_text(f'<html lang="{language}"><head><title>T</title></head><body>{body}</body></html>', encoding="utf-8")
    return path


HEBREW = "<h1>פרק ראשון</h1><p>היה היה פעם ילד קטן שגר בכפר ליד הים. כל בוקר הוא הלך לדוג דגים עם אביו.</p>"


def test_a_book_in_an_unsupported_script_stops_before_synthesis_with_one_line(tmp_path: Path) -> None:
    path = _html(tmp_path, "he", HEBREW * 5)
    with pytest.raises(UnsupportedLanguageError, match="Hebrew script.*--language.*--unsupported skip"):
        plan_book(read_book(path))
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "render", str(path), "-o", str(tmp_path / "out")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "Hebrew" in result.stderr and not (tmp_path / "out").exists()


def test_passages_in_other_scripts_are_skipped_and_listed_never_spelled_out(tmp_path: Path) -> None:
    path = _html(tmp_path, "en", "<h1>One</h1><p>Homer begins: μῆνιν ἄειδε θεὰ, and the rest is read in English."
                                 f"</p>{HEBREW}<p lang=\"la\">The keeper read the log aloud, slowly, to the cat.</p>")
    plan = plan_book(read_book(path))
    spoken = " ".join(s.text for c in plan.chapters for s in c.segments)
    assert "μῆνιν" not in spoken and "פרק" not in spoken and "the rest is read in English" in spoken
    assert "keeper read the log" in spoken  # wrongly declared, but in a supported language: read as before
    found = {s.reason for s in plan.skipped}
    assert "words in Greek script inside a paragraph" in found
    assert "text in Hebrew script, which none of the 11 languages uses" in found
    for language in {s.language for c in plan.chapters for s in c.segments}:
        assert language == "en"
    skip = plan_book(read_book(path), SegmentOptions(unsupported="skip"))
    assert "keeper read the log" not in " ".join(s.text for c in skip.chapters for s in c.segments)
    # the brackets and quotes that held only such a run go with it ("Beijing ( ) is", "wrote “ ” on")
    path = _html(tmp_path, "en", "<h1>One</h1><p>Beijing (北京) is the capital; he wrote “ありがとう” on the card, and "
                                 "λόγος (logos) means word.</p>")
    assert [s.text for s in plan_book(read_book(path)).chapters[0].segments][1:] == [
        "Beijing is the capital; he wrote on the card, and (logos) means word."]


def test_signs_latin_text_writes_are_not_taken_for_another_script(tmp_path: Path) -> None:
    """"½", "1º", "m²", "µm" and "H₂O" count as letters to Python but belong to Latin text: before,
    the script check cut them out as Greek or "unknown" script ("a ½ mile" was read "a mile"). A
    Greek mu written for the micro sign ("5 μm") is the micro sign (before: cut, and read "5 m")."""
    path = _html(tmp_path, "es", "<h1>Uno</h1><p>El 1º de mayo anduvo ½ milla, vio 20 m² de agua (H₂O), 5 µm de "
                                 "polvo y 2 μm de sal.</p>")
    plan = plan_book(read_book(path))
    assert [s.text for s in plan.chapters[0].segments][1:] == [
        "El 1º de mayo anduvo ½ milla, vio 20 m² de agua (H₂O), 5 µm de polvo y 2 µm de sal."]
    heard = plan.chapters[0].segments[1].heard
    assert "El primero de mayo" in heard and "media milla" in heard and "metros cuadrados" in heard
    assert "cinco micrómetros de polvo y dos micrómetros de sal" in heard
    assert not [s for s in plan.skipped if "script" in s.reason]


def test_ligatures_apostrophes_and_lone_greek_letters_are_read(tmp_path: Path) -> None:
    """A converted book's ligatures ("ﬁnd the ﬂow") were cut as another script ("nd the ow"), a
    modifier-letter apostrophe ("donʼt") was spelled, and a Greek letter used as a symbol
    ("β-carotene") was cut: they are letters, an apostrophe, and the letter's name. A Greek
    quotation is still skipped and listed."""
    path = _html(tmp_path, "en", "<h1>One</h1><p>We could ﬁnd the ﬂow, but donʼt ask why the β-carotene and the "
                                 "α particle matter; Homer begins: μῆνιν ἄειδε θεὰ, and stops.</p>")
    plan = plan_book(read_book(path))
    [segment] = plan.chapters[0].segments[1:]
    assert segment.text == ("We could find the flow, but don’t ask why the β-carotene and the α particle matter; Homer "
                            "begins: and stops.")
    assert "beta-carotene and the alpha particle" in segment.heard
    assert [s.reason for s in plan.skipped] == ["words in Greek script inside a paragraph"]
    # ASCII's fullwidth forms, East Asian typesetting's Latin letters and digits, are those letters: "ＳＴＯＰ" was
    # cut as a word of another script (and, where it reached espeak-ng, read as its code points)
    fullwidth = _html(tmp_path, "en", "<h1>One</h1><p>The sign on the door said ＳＴＯＰ, and the ferry left at"
                                      "　９ｐｍ.</p>")
    plan = plan_book(read_book(fullwidth))
    assert plan.chapters[0].segments[1].text == "The sign on the door said STOP, and the ferry left at 9pm."
    assert plan.chapters[0].segments[1].heard.endswith("at nine P M.") and plan.skipped == ()


def test_a_word_hyphenated_at_a_lines_end_is_one_word(tmp_path: Path) -> None:
    """Text converted from print keeps its line breaks and the hyphens that broke words at them:
    "beauti-" / "ful" (in a text node, at a <br/> of a line-per-<br/> book, in a text book) is read
    as "beautiful", not "beauti ful"; a compound's first part before its conjunction ("pre- and
    post-war", "Ein- und Ausgang") keeps its hyphen, and so does a word with a capital after it, and
    a compound the book writes with the hyphen elsewhere."""
    expected = "It was beautiful and the pre- and post-war world, X- Ray and all."
    lines = ["It was beauti-", "ful and the pre-", "and post-war world, X-", "Ray and all."]
    for markup in ("\n".join(lines), "<br/>".join(lines), "<br/>\n  ".join(lines)):
        book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2><p>{markup}</p>"))
        assert [b.text for b in book.chapters[0].blocks] == ["Chapter 1", expected]
    text = tmp_path / "lines.txt"
    text.write_text("THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert [b.text for b in read_book(text).chapters[0].blocks] == ["CHAPTER I.", expected]
    # a compound the text book writes with its hyphen elsewhere keeps it where a line's end split it
    text.write_text("THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.\n\nThe salt-stained door stood on the salt-\n"
                    "stained steps.\n", encoding="utf-8")
    assert read_text(read_book(text)) == "CHAPTER I. The salt-stained door stood on the salt-stained steps."
    # and so in EPUB and HTML, in a text node and at a <br/> ("saltstained", "salt stained" before)
    for markup in ("salt-\nstained", "salt-<br/>stained", "salt-<br/>\n  stained"):
        book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2><p>The salt-stained door stood on the {markup} "
                                              "steps of the light-<br/>house.</p>"))
        assert read_text(book) == "Chapter 1 The salt-stained door stood on the salt-stained steps of the lighthouse."


def test_short_lines_set_apart_by_br_are_heard_apart(tmp_path: Path) -> None:
    """An address, a letter's close or a byline set as lines of one paragraph ("14 Harbour Road<br/>
    Portsmouth") was read as one run-on sentence ("14 Harbour Road Portsmouth England"): a paragraph of
    short lines is cut at each break that nothing else marks (no punctuation before it, a capital or a
    digit after it). Wrapped prose and verse of longer lines stay one paragraph each, a short line run
    on into them too ("where the crag / Uninterrupted runs"), and no word is lost."""
    verse = ["Of all the lamps along the harbour wall,", "The keeper's lamp burned last, where the crag",
             "Uninterrupted runs", "Beneath the tower and the turning tide."]
    prose = ["It was a dark and stormy night, and the rain fell in torrents, except at",
             "Occasional intervals, when it was checked by a violent gust of wind which swept up",
             "The streets, and Mr. Grey."]
    body = ("<p>14 Harbour Road<br/>Portsmouth<br/>England</p><p>Yours truly<br/>\n  Anne Lowe</p>"
            "<p>Yours ever,<br/>Tom</p><p>the keeper<br/>slept on</p><p>HANS ANDERSEN<br/>(Version by A. C. H.)</p>"
            f"<p>{'<br/>'.join(verse)}</p><p>{'<br/>'.join(prose)}</p>")
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "14 Harbour Road", "Portsmouth", "England", "Yours truly", "Anne Lowe", "Yours ever, Tom",
        "the keeper slept on", "HANS ANDERSEN", "(Version by A. C. H.)", " ".join(verse), " ".join(prose)]
    plan = plan_book(book)
    assert [s.text for s in plan.chapters[0].segments[1:4]] == ["14 Harbour Road", "Portsmouth", "England"]


def test_a_note_in_capitals_set_as_lines_is_heard_line_by_line(tmp_path: Path) -> None:
    """A sign, a telegram or a note in a story, in capitals, a line each ("DUMBLEDORE DOES NOT CONTROL THE GAME<br/>
    BAD GUESS<br/>-20 POINTS"), ran on as one sentence ("THE GAME BAD GUESS minus twenty POINTS"): its lines are
    five words long, longer than an address's. Lines mostly in capitals are heard apart, each with a line's pause
    (`verse`); a line that ends with a comma goes on, and lines of prose in small letters stay one paragraph."""
    note = ["DUMBLEDORE DOES NOT CONTROL THE GAME", "VERY BAD GUESS", "-20 POINTS",
            "AND YOU ARE STILL WEARING PYJAMAS,", "PYJAMA PENALTY: -2 POINTS"]
    prose = ["It was a dark and stormy night, and the rain fell in torrents, except at", "Occasional intervals."]
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2><p>{'<br/>'.join(note)}</p>"
                                          f"<p>{'<br/>'.join(prose)}</p>"))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", *note[:3], " ".join(note[3:]), " ".join(prose)]
    segments = plan_book(book).chapters[0].segments
    assert [s.heard for s in segments[1:4]] == ["DUMBLEDORE DOES NOT CONTROL THE GAME", "VERY BAD GUESS",
                                                "minus twenty POINTS"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_corpus_matter_found_by_content() -> None:
    dante = read_book(CORPUS / "readium-dante-hell-epub2.epub")
    found = reasons(dante)
    assert found.get("Project Gutenberg licence", 0) > 2_000 and found.get("Project Gutenberg header", 0) > 50
    assert found.get("list of links (a contents list written as text)", 0) > 60  # "Canto 1 Canto 2 ... Canto 34"
    assert [c.title for c in dante.chapters[:2]] == ["CANTO I", "CANTO II"]
    assert dante.chapters[0].blocks[0].text == "CANTO I"  # its title page ("THE VISION / OF / ... BY / DANTE ...")
    assert found["title page, by its content (the book's title and author lines)"] == 30
    robinson = read_book(CORPUS / "pg-robinson-crusoe.epub")  # title, by-line, illustrator, publisher's address
    assert robinson.chapters[0].title == "CHAPTER I. START IN LIFE" and "Great Russell Street" not in read_text(robinson)
    text = read_text(dante)
    assert "Gutenberg" not in text and "Canto 2" not in text and "Reformatted" not in text
    children = read_book(CORPUS / "idpf-childrens-literature.epub")
    assert children.chapters[0].title == "INTRODUCTORY" and "Wizard of Oz" not in read_text(children)
    assert "Transcriber" not in read_text(children) and reasons(children)["transcriber's note (not the book's text)"] == 15
    titles = [c.title for c in children.chapters]  # the last story (9,400 words) in its five chapters
    story = titles.index("204 THE KING OF THE GOLDEN RIVER OR THE BLACK BROTHERS")
    assert [t.split(" — ")[0] for t in titles[story + 1:]] == ["CHAPTER I", "CHAPTER II", "CHAPTER III", "CHAPTER IV",
                                                               "CHAPTER V"]
    jaune = read_book(CORPUS / "thorium-chambre-jaune-fr.epub")
    assert jaune.chapters[0].title.startswith("Chapitre 1")


def test_an_unlisted_prologue_after_a_listed_copyright_page_is_read(tmp_path: Path) -> None:
    """A table of contents lists "Copyright" and the chapters, not the prologue between them: the prologue's
    document fell under the "Copyright" entry and was skipped whole as front matter, and so was an untitled opening
    of 450 words. A document after the one a matter entry names is read where it opens with a heading naming no
    matter, or is prose of 150 words or more without a rights page's marks; a dedication there stays aside."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = ["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 6
    copyright_page = ("copyright.xhtml", page("Copyright", "<p>Copyright © 2024 Ines Roca. All rights reserved."
                                                           "</p><p>ISBN 978-0-00-000000-0</p>"))
    dedication = ("dedication.xhtml", page("D", "<p>For my mother, who kept the light.</p>"))
    prologue = ("prologue.xhtml", page("P", "<h2>Prologue</h2>" + paragraphs(prose)))
    opening = ("opening.xhtml", page("O", paragraphs(prose * 2)))
    chapters = [(f"c{n}.xhtml", page("C", f"<h2>Chapter {n}</h2>" + paragraphs(prose * 3))) for n in (1, 2)]
    toc = [Entry("Copyright", "copyright.xhtml"), Entry("Chapter 1", "c1.xhtml"), Entry("Chapter 2", "c2.xhtml")]
    book = read_book(write_book(tmp_path / "prologue.epub", "Grey", "Ines Roca", "en",
                                [copyright_page, dedication, prologue, opening, *chapters], toc))
    assert [c.title for c in book.chapters] == ["Prologue", "The keeper wrote in the log every evening, whatever the…",
                                                "Chapter 1", "Chapter 2"]
    assert [(s.href, s.reason) for s in book.skipped] == [("copyright.xhtml", "front/back matter (its file name)"),
                                                          ("dedication.xhtml", "front/back matter (Copyright)")]


def test_an_entrys_page_set_aside_as_matter_does_not_title_the_unlisted_page_after_it(tmp_path: Path) -> None:
    """The TOC lists "Also by Ines Roca" (set aside as matter by what it says) and not the dedication after it: the
    dedication was read as a chapter titled "Also by Ines Roca". The entry's title names the page set aside; the
    text after it is titled by its own words."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = ["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 18
    also = ("alsoby.xhtml", page("A", "<h2>Also by Ines Roca</h2><p>The Salt Road</p><p>The Winter Log</p>"))
    dedication = ("dedication.xhtml", page("D", "<p>For my mother, who kept the light.</p>"))
    chapters = [(f"c{n}.xhtml", page("C", f"<h2>Chapter {n}</h2>" + paragraphs(prose))) for n in (1, 2)]
    toc = [Entry("Also by Ines Roca", "alsoby.xhtml"), Entry("Chapter 1", "c1.xhtml"), Entry("Chapter 2", "c2.xhtml")]
    book = read_book(write_book(tmp_path / "also.epub", "Grey", "Ines Roca", "en", [also, dedication, *chapters], toc))
    assert [c.title for c in book.chapters] == ["For my mother, who kept the light.", "Chapter 1", "Chapter 2"]
    assert [s.href for s in book.skipped] == ["alsoby.xhtml"]


def test_a_chapter_the_toc_left_out_after_a_page_without_a_heading_is_cut(tmp_path: Path) -> None:
    """A chapter file the TOC leaves out, headed "Chapter Two" in an <h1>, after a page without a heading under the
    entry above it (the rest of chapter 1, which a converter cut for size; a dedication after the acknowledgments)
    was read as part of that entry's chapter: its documents were cut only where every one opened with a heading. A
    heading element naming a division at a document's start is cut at alone."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = ["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 12
    pages = [("c1a.xhtml", page("C", "<h1>Chapter One</h1>" + paragraphs(prose))), ("c1b.xhtml", page("C", paragraphs(
        prose))), ("c2.xhtml", page("C", "<h1>Chapter Two</h1>" + paragraphs(prose))),
             ("c3.xhtml", page("C", "<h1>Chapter Three</h1>" + paragraphs(prose)))]
    toc = [Entry("Chapter One", "c1a.xhtml"), Entry("Chapter Three", "c3.xhtml")]
    book = read_book(write_book(tmp_path / "split.epub", "Grey", "Ines Roca", "en", pages, toc))
    assert [(c.title, c.source_hrefs) for c in book.chapters] == [
        ("Chapter One", ("c1a.xhtml", "c1b.xhtml")), ("Chapter Two", ("c2.xhtml",)), ("Chapter Three", ("c3.xhtml",))]
    ack = ("ack.xhtml", page("A", "<h2>Acknowledgments</h2><p>I thank my editor for her patience.</p>"))
    dedication = ("dedication.xhtml", page("D", "<p>For my mother, who kept the light.</p>"))
    book = read_book(write_book(tmp_path / "ack.epub", "Grey", "Ines Roca", "en", [ack, dedication, *pages[2:]],
                                [Entry("Acknowledgments", "ack.xhtml"), Entry("Chapter Three", "c3.xhtml")]))
    assert [c.title for c in book.chapters] == ["Acknowledgments", "Chapter Two", "Chapter Three"]


@pytest.mark.parametrize(("headings", "toc"), [
    (["1 The Storm", "2 Low Water", "3 The Chain", "4 Gulls"], ["The Storm", "The Chain"]),  # numbered next
    (["Chapter 1: The Storm", "Chapter 2: Low Water", "Chapter 3: The Chain", "Chapter 4: Gulls"], ["1", "3"]),
])
def test_two_chapters_sharing_a_file_the_toc_lists_once_are_two(tmp_path: Path, headings: list[str],
                                                                toc: list[str]) -> None:
    """Two chapters to a file, each an <h2>, the TOC listing each file once, a dedication after them that it does not
    list: the second chapter of a file was read inside the first, where its heading only numbered it ("2 Low Water"
    after "1 The Storm") or where the entry's chapter spanned the unlisted page too (one heading-like line was no
    evidence). A heading element of the opening's level numbered next, or naming the same division, is a cut."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 9)
    pages = [(f"c{n}.xhtml", page("C", f"<h2>{headings[2 * n]}</h2>{prose}<h2>{headings[2 * n + 1]}</h2>{prose}"))
             for n in (0, 1)]
    pages.append(("dedication.xhtml", page("D", "<p>For my mother, who kept the light.</p>")))
    book = read_book(write_book(tmp_path / "shared.epub", "Grey", "Ines Roca", "en", pages,
                                [Entry(toc[0], "c0.xhtml"), Entry(toc[1], "c1.xhtml")]))
    assert [c.title for c in book.chapters] == headings
    assert book.chapters[-1].blocks[-1].text == "For my mother, who kept the light."


def test_a_title_set_apart_only_by_its_look_names_the_chapter_the_toc_numbers_or_misses(tmp_path: Path) -> None:
    """Chapters titled only by a bold line ("The Storm"), the TOC labelling them "1", "2", or leaving some out:
    they were titled "1", "2", and the ones the TOC missed "Low Water (2)", after the entry above. The line in its
    look names them, as a heading element would: "1 — The Storm", "The Chain"."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 9)
    names = ["The Storm", "Low Water", "The Chain"]
    pages = [(f"c{n}.xhtml", page("C", f"<p><b>{name}</b></p>{prose}")) for n, name in enumerate(names)]
    numbered = read_book(write_book(tmp_path / "numbered.epub", "Grey", "Ines Roca", "en", pages,
                                    [Entry(str(n + 1), f"c{n}.xhtml") for n in range(3)]))
    assert [c.title for c in numbered.chapters] == ["1 — The Storm", "2 — Low Water", "3 — The Chain"]
    sparse = read_book(write_book(tmp_path / "sparse.epub", "Grey", "Ines Roca", "en", pages,
                                  [Entry("The Storm", "c0.xhtml")]))
    assert [c.title for c in sparse.chapters] == names


def test_a_long_chapter_its_heading_labels_is_not_cut_at_its_sections_beside_short_ones(tmp_path: Path) -> None:
    """A TOC listing every chapter, one chapter of 2,600 words with <h3> sections among chapters of 150: it was far
    larger than the median, so cut at its sections ("Morning", "Night" became chapters), a rule meant for a guide's
    entry over its tasks. A chapter its heading labels as one ("Chapter 3: The Chain") is cut at its sections only
    when over 20,000 words; an unlabelled one still is ("Common Tasks")."""
    from samples.structure import Entry, page, paragraphs, write_book

    line = "The keeper wrote in the log every evening, whatever the weather did outside the tower."
    short, long = paragraphs([line] * 10), paragraphs([line] * 60)

    def titles(opening: str) -> list[str]:
        pages = [(f"c{n}.xhtml", page("C", f"<h2>Chapter {n}: Day {n}</h2>{short}")) for n in (1, 2, 4, 5, 6)]
        pages.insert(2, ("c3.xhtml", page("C", f"<h2>{opening}</h2>{long}<h3>Morning</h3>{long}<h3>Night</h3>{long}")))
        toc = [Entry(f"Day {n}", f"c{n}.xhtml") for n in (1, 2, 3, 4, 5, 6)]
        return [c.title for c in read_book(write_book(tmp_path / "long.epub", "Grey", "Ines Roca", "en", pages,
                                                      toc)).chapters]

    assert titles("Chapter 3: The Chain") == ["Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6"]
    assert "Morning" in titles("Common Tasks")


def test_a_part_page_opens_its_first_chapter_which_keeps_its_toc_title_and_its_numbers_pause(tmp_path: Path) -> None:
    """A part's page (<h1>Part One</h1> alone, its own TOC entry) opens the chapter after it. That chapter was titled
    by its heading ("Chapter 1: The Storm") where its siblings kept the TOC's names ("Low Water"), and its number,
    below the part's heading, was heard run on ("one The Storm") where its siblings' had a stop."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 12)
    names = ["The Storm", "Low Water", "The Chain", "Gulls"]
    pages = [("part1.xhtml", page("P", "<h1>Part One</h1>"))] + [
        (f"c{n}.xhtml", page("C", f"<h2>{n + 1} {name}</h2>{prose}")) for n, name in enumerate(names)]
    toc = [Entry("Part One", "part1.xhtml")] + [Entry(name, f"c{n}.xhtml") for n, name in enumerate(names)]
    plan = plan_book(read_book(write_book(tmp_path / "parts.epub", "Grey", "Ines Roca", "en", pages, toc)))
    assert [c.title for c in plan.chapters] == names
    assert [[s.spoken or s.text for s in c.segments[:2]] for c in plan.chapters[:2]] == [
        ["Part One", "one. The Storm"], ["two. Low Water", "The keeper wrote in the log every evening, whatever the "
                                                          "weather did outside the tower."]]


def test_an_html_books_last_chapter_before_its_copyright_page_is_read(tmp_path: Path) -> None:
    """An HTML book, one file, its short last chapter ("7 The Keeper's Log", a heading that names no division)
    followed by the copyright page: the chapter and the notice were one piece at the headings, matter by the
    notice's marks, and the whole chapter was skipped. The chapter is read and the notice skipped, as an EPUB's
    epilogue that shares its file with the notice is."""
    prose = "<p>The keeper wrote in the log every evening, whatever the weather did outside the tower.</p>" * 4
    chapters = "".join(f"<h2>{n} {name}</h2>{prose * 3}" for n, name in enumerate(["The Storm", "Low Water"], 1))
    notice = ("<p>Copyright © 2024 Ines Roca. All rights reserved.</p><p>ISBN 978-0-00-000000-0</p>"
              "<p>Published by Harbour Press, London.</p>")
    book = read_book(_html_book(tmp_path, f"{chapters}<h2>3 The Keeper's Log</h2>{prose}{notice}"))
    assert [c.title for c in book.chapters] == ["1 The Storm", "2 Low Water", "3 The Keeper's Log"]
    assert book.chapters[-1].blocks[-1].text.startswith("The keeper wrote")
    assert [s.words for s in book.skipped if "copyright" in s.reason] == [8, 2, 5]


@pytest.mark.parametrize(("entries", "reason"), [
    (["The Storm", "Low Water", "The Chain", "Gulls"], "list of links (a contents list written as text)"),
    (["The Storm", "Low Water"], "front/back matter (Contents)"),  # too few to be a list of links: the page's lines
])
def test_the_text_under_a_one_document_books_contents_heading_is_read(tmp_path: Path, entries: list[str],
                                                                     reason: str) -> None:
    """A book that is one HTML file: "Contents" and its links, then the text with no heading of its own. The whole
    text was one chapter titled "Contents", skipped as the contents, and the book refused as empty. The heading and
    the links are skipped; the prose after them is read."""
    prose = "".join(f"<p>{'The keeper wrote in the log every evening, whatever the weather did. ' * 6}</p>"
                    for _ in range(8))
    links = "".join(f'<p><a href="c{n}.xhtml">{name}</a></p>' for n, name in enumerate(entries))
    book = read_book(_html_book(tmp_path, f"<h2>Contents</h2>{links}{prose}"))
    assert sum(b.words for c in book.chapters for b in c.blocks) == 8 * 6 * 12
    assert [(s.reason, s.words) for s in book.skipped] == [(reason, 1)] + [
        (reason, len(entry.split())) for entry in entries]


def test_numbered_chapters_under_an_entry_for_another_page_are_cut(tmp_path: Path) -> None:
    """A TOC listing only "About" (the author's page) over a file of chapters "1 The Storm", "2 Low Water", "3 The
    Chain": the whole book was one chapter titled "About the Author". Headings of one level that number on from
    one another are chapters, wherever the first stands."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 9)
    names = ["1 The Storm", "2 Low Water", "3 The Chain"]
    about = ("about.xhtml", page("A", "<h2>About the Author</h2><p>Ines Roca lives by the sea.</p>"))
    chapters = ("c.xhtml", page("C", "".join(f"<h2>{name}</h2>{prose}" for name in names)))
    book = read_book(write_book(tmp_path / "about.epub", "Grey", "Ines Roca", "en", [about, chapters],
                                [Entry("About", "about.xhtml")]))
    assert [c.title for c in book.chapters] == ["About the Author", *names]


def test_a_long_index_under_its_toc_entry_stays_skipped_while_long_prose_is_read() -> None:
    from audiobook.ingest.chapters import _close, _Open
    from audiobook.models import Block

    index = [Block(f"{word}, {n}, {n + 40}, {n + 97}", href="index.xhtml") for n, word in
             enumerate(("anchor bell chain dune ferry gull harbour inlet jetty keel lamp mast net oar pier quay rope "
                        "sail tide wharf " * 12).split(), start=3)]
    prose = [Block("The keeper wrote in the log every evening, whatever the weather did outside, " * 4,
                   href="guide.xhtml")] * 12
    chapters: list = []
    skipped: list = []
    _close(_Open("Index", "front/back matter (Index)", blocks=[*index, *prose]), chapters, skipped)
    assert {s.href for s in skipped} == {"index.xhtml"} and len(skipped) == len(index)
    assert [c.source_hrefs for c in chapters] == [("guide.xhtml",)]


def _body_page(body: str) -> bytes:
    """An EPUB's XHTML document that is this body."""
    return f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()


def _html_book(tmp_path: Path, body: str, author: str = "Ines Roca") -> Path:
    source = tmp_path / "book.html"
    source.write_text(f'<html><head><title>The Tide Clock</title><meta name="author" content="{author}"/></head>'
                      f"<body>{body}</body></html>", encoding="utf-8")
    return source


def test_an_unmarked_title_page_is_skipped_and_listed_and_a_lone_title_is_read(tmp_path: Path) -> None:
    """Title, "by" line and publisher lines before the first chapter heading are a title page;
    the book's title alone above the first chapter is read, and so is everything after."""
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{'The tide clock ran slow in winter. ' * 3}</p>" for n in (1, 2))
    titled = read_book(_html_book(tmp_path, "<h1>THE TIDE CLOCK</h1><h3>BY</h3><h3>INES ROCA</h3>"
                                             "<p>Harbour Press, 12 Quay Street</p>" + chapters))
    assert [b.text for b in titled.chapters[0].blocks[:1]] == ["Chapter 1"]
    assert reasons(titled)["title page, by its content (the book's title and author lines)"] == 11
    assert "Quay Street" not in read_text(titled)
    everything = read_book(_html_book(tmp_path, "<h1>THE TIDE CLOCK</h1><h3>BY</h3><h3>INES ROCA</h3>" + chapters),
                           IngestOptions(include_matter=True))
    assert read_text(everything).startswith("THE TIDE CLOCK BY INES ROCA Chapter 1")
    lone = read_book(_html_book(tmp_path, "<h1>The Tide Clock</h1>" + chapters))
    assert read_text(lone).startswith("The Tide Clock Chapter 1")
    # "By Ines Roca" as an author line, then the story starts without a heading: the story is read
    story = read_book(_html_book(tmp_path, "<h1>The Tide Clock</h1><p>By Ines Roca</p>"
                                           f"<p>{'The tide clock ran slow in winter, and nobody minded. ' * 3}</p>"))
    assert read_text(story).startswith("The tide clock ran slow")
    # someone else's name under the title is not the author's: nothing is skipped
    other = read_book(_html_book(tmp_path, "<h1>The Tide Clock</h1><p>For Marta Vell</p>" + chapters))
    assert read_text(other).startswith("The Tide Clock For Marta Vell Chapter 1")



def test_a_heading_repeated_right_under_itself_is_read_once(tmp_path: Path) -> None:
    """An mdBook's print page heads each chapter twice (its file's <h1> over the page's own <h2> of the same words):
    said once, the second listed, whichever of them the book is cut at, and so is a title in bold right under its
    heading. A heading under a different one stays."""
    from samples.structure import Entry, page, write_book

    prose = lamp_prose(20)
    names = ["Hello, World!", "The Storm", "Letters Home"]
    body = "".join(f'<h1 id="{n}-1">{name}</h1><h2 id="{n}">{name.upper()}</h2>{prose}<h2>Notes</h2>{prose}'
                   for n, name in enumerate(names))
    chapters = [(f"c{n}.xhtml", page(name, f'<h1>{name}</h1><h2 id="t">{name}</h2>{prose}'))
                for n, name in enumerate(names)]
    for book, headings in [
        (read_book(_html_book(tmp_path, body)), [[name, "Notes"] for name in names]),
        (read_book(write_book(tmp_path / "twice.epub", "Twice", "Ann Example", "en", chapters,  # cut at the second
                              [Entry(name, f"c{n}.xhtml#t") for n, name in enumerate(names)])), [[n] for n in names])]:
        assert [c.title for c in book.chapters] == names
        assert [[b.text for b in c.blocks if b.kind == "heading"] for c in book.chapters] == headings
        assert reasons(book)["heading repeated right under itself"] == 2 + 2 + 2
        assert read_text(book).count("The lamp was lit at dusk") == 20 * sum(map(len, headings))
    # a web serial's chapter, saved under the site's heading, opens with its own title in bold (it was read twice);
    # a poem's first line that is its title is the poem's
    saved = [(f"s{n}.xhtml", page(name, f"<h1>Chapter {n + 1}: {name}</h1><p><strong>Chapter {n + 1}: {name}"
                                        f"</strong></p>{prose}")) for n, name in enumerate(names)]
    book = read_book(write_book(tmp_path / "serial.epub", "Serial", "Ann Example", "en", saved,
                                [Entry(f"Chapter {n + 1}: {name}", f"s{n}.xhtml") for n, name in enumerate(names)]))
    assert [c.blocks[1].text[:24] for c in book.chapters] == ["The lamp was lit at dusk"] * 3
    assert reasons(book)["heading repeated right under itself"] == sum(len(name.split()) + 2 for name in names)
    poem = read_book(_html_book(tmp_path, f"<h2>Row the Boat</h2><p>Row the boat</p><p>over the water.</p>{prose}"))
    assert [b.text for b in poem.chapters[0].blocks[:2]] == ["Row the Boat", "Row the boat"]


def test_a_title_the_toc_repeats_under_different_chapters_takes_its_chapters_title(tmp_path: Path) -> None:
    """A manual made by Sphinx closes every chapter with a "Summary" section, listed under it in the nav: the
    chapter list said "Summary" six times. Each takes its chapter's title, also the last, which runs on into the
    index page; that page's lone heading "Index" is skipped as matter (it was read at the book's end), and the
    notes' "Footnotes" line (a paragraph, Docutils' rubric) goes with the notes. A title listed twice under one
    parent (a TOC's slip, "CANTO XVII" for "CANTO XXVII") stays as it is."""
    from samples.structure import Entry, page, write_book

    prose = lamp_prose(30)
    notes = ('<p>The lamp burned oil<a class="footnote-reference" href="#n1" role="doc-noteref">[1]</a>.</p>'
             '<p class="rubric">Footnotes</p><aside class="footnote-list"><aside class="footnote" id="n1" '
             'role="doc-footnote"><p>The clock was made in Bergen.</p></aside></aside>')
    names = ["The First Winter", "The Second Winter", "The Third Winter"]
    pages = [(f"c{n}.xhtml", page(name, f'<h1>{name}</h1>{prose}<h2 id="summary">Summary</h2>{prose}{notes}'))
             for n, name in enumerate(names)]
    pages.append(("genindex.xhtml", page("Index", '<h1 id="index">Index</h1><div class="genindex-jumpbox"></div>')))
    toc = [Entry(name, f"c{n}.xhtml", [Entry("Summary", f"c{n}.xhtml#summary")]) for n, name in enumerate(names)]
    book = read_book(write_book(tmp_path / "manual.epub", "The Manual", "Ann Example", "en", pages, toc))
    assert [c.title for c in book.chapters] == [title for name in names for title in (name, f"{name}, Summary")]
    assert reasons(book)["front/back matter (Index)"] == 1
    assert reasons(book)["footnote"] == 3 * (6 + 1)  # the note and "Footnotes"
    assert "Index" not in read_text(book) and "Footnotes" not in read_text(book)
    assert read_text(book).count("The lamp was lit at dusk") == 3 * 2 * 30

    canto = "<p>" + "Through me you pass into the city of woe. " * 30 + "</p>"
    pages = [(f"c{n}.xhtml", page(f"Canto {n}", f"<h2>CANTO {n}</h2>{canto}")) for n in range(3)]
    slip = [Entry("HELL", "c0.xhtml", [Entry("CANTO XVII", "c0.xhtml"), Entry("CANTO XVIII", "c1.xhtml"),
                                       Entry("CANTO XVII", "c2.xhtml")])]
    hell = read_book(write_book(tmp_path / "hell.epub", "Hell", "Ann Example", "en", pages, slip))
    assert [c.title for c in hell.chapters] == ["CANTO XVII", "CANTO XVIII", "CANTO XVII"]


def test_a_converters_placeholder_title_and_author_give_way_to_the_title_page(tmp_path: Path) -> None:
    """calibre, converting a text file that names no author in its metadata, writes dc:creator "Unknown" and the
    file's name as the title ("almanac"): the book was "almanac by Unknown" and its title page was read. The title
    page's first line names the book, its by-line the author, and the page is skipped."""
    from samples.structure import Entry, page, write_book

    prose = "<p>" + "The harbour bell rang twice before dawn, and the lane listened for a third. " * 30 + "</p>"
    pages = [("index_split_000.html", page("almanac", "<h2>THE TIDEWATER ALMANAC</h2><p>by Maren Holt</p>")),
             *[(f"index_split_00{n}.html", page("almanac", f"<h2>CHAPTER {n}.</h2>{prose}")) for n in (1, 2, 3)]]
    toc = [Entry("Start", "index_split_000.html")]
    for creator, title, authors in [("Unknown", "The Tidewater Almanac", ("Maren Holt",)),
                                    ("Inconnu", "The Tidewater Almanac", ("Maren Holt",)),
                                    ("Ines Roca", "The Tidewater Almanac", ("Ines Roca",))]:
        book = read_book(write_book(tmp_path / "almanac.epub", "almanac", creator, "en", pages, toc, epub2=True))
        assert (book.title, book.authors) == (title, authors)
        if authors == ("Maren Holt",):
            assert [c.title for c in book.chapters] == ["CHAPTER 1.", "CHAPTER 2.", "CHAPTER 3."]
            assert read_text(book).startswith("CHAPTER 1. The harbour bell")
    # a title in lower case that the title page does not hold stays (a poet's "the waste land" too)
    named = read_book(write_book(tmp_path / "named.epub", "the lamp", "Unknown", "en", pages, toc, epub2=True))
    assert named.title == "the lamp"
    # the same in an HTML file's <meta name="author">
    html = read_book(_html_book(tmp_path, "<h1>The Tide Clock</h1><p>by Ines Roca</p>" + prose, author="Unknown"))
    assert html.authors == ("Ines Roca",)


def test_a_pdf_calibre_made_into_one_document_behind_its_cover_is_cut_at_its_bold_titles(tmp_path: Path) -> None:
    """calibre turns a PDF into one document of paragraphs, titles only in bold, behind a cover page that holds no
    text, with a TOC entry "Start" for the cover: the book was one chapter, as the cover's page made it two
    documents and only a chapter of one is cut at its titles' look. The title page's name under the title (no
    "by") is the author where the metadata says "Unknown"."""
    from samples.structure import Entry, page, write_book

    prose = "<p class='calibre1'>" + "The oil came out to the rock twice a year, in casks. " * 20 + "</p>"
    titles = ["Lamp Oil", "The Fog Signal", "The Spring Boat"]
    body = ("<p class='calibre1'><b>The Winter Log</b></p><p class='calibre1'>Tom Reddaway</p>"
            + "".join(f"<p class='calibre1'><b>{title}</b></p>{prose * 4}" for title in titles))
    pages = [("titlepage.xhtml", page("Cover", "<div><svg xmlns='http://www.w3.org/2000/svg'></svg></div>")),
             ("index.html", page("The Winter Log", body))]
    book = read_book(write_book(tmp_path / "log.epub", "The Winter Log", "Unknown", "en", pages,
                                [Entry("Start", "titlepage.xhtml")], epub2=True))
    assert book.authors == ("Tom Reddaway",)
    assert [c.title for c in book.chapters] == titles
    assert read_text(book).count("The oil came out") == 3 * 4 * 20


def test_a_contents_list_of_lines_cut_into_chapters_of_one_line_is_skipped(tmp_path: Path) -> None:
    """calibre writes an FB2 book's contents at its end as one line a chapter title, without page numbers, and
    those lines name chapters ("Chapter 1. The Ferry."): the book was cut at each, and 135 chapters of four words
    were read after the Epilogue. Lines repeating chapters' titles, three or more cut into chapters in a row, are
    a contents list: skipped and listed with its "Contents" line and its entries for untitled front matter."""
    names = ["The Ferry", "The Chain", "High Water", "Stones"]
    prose = "".join(f"<p>{'The ferry to the salt flats ran twice a week, and the surveyor rode it. ' * 6}</p>" * 3)
    body = "<p>A Note on the Text</p><p>" + "This edition follows the first printing. " * 10 + "</p>"
    body += "".join(f"<p>Chapter {n}. {name}.</p>{prose}" for n, name in enumerate(names, 1))
    body += "<p>Contents</p><p>A Note on the Text</p>" + "".join(
        f"<p>Chapter {n}. {name}.</p>" for n, name in enumerate(names, 1)) + "<p>Copyright Page</p>"
    source = tmp_path / "salt-flats.html"
    source.write_text(f"<html><head><title>The Salt Flats</title></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [f"Chapter {n}. {name}." for n, name in enumerate(names, 1)]
    assert book.chapters[0].blocks[0].text == "A Note on the Text"  # a short opening, read before the first chapter
    assert book.chapters[-1].blocks[-1].text.startswith("The ferry to the salt flats")
    assert reasons(book)["contents list written as text"] == 1 + 5 + (4 + 4 + 4 + 3) + 2  # with "Copyright Page"
    assert read_text(book).count("The ferry to the salt flats") == 4 * 3 * 6
    # calibre's FB2 of a Gutenberg poem: the list first, in figures ("Canto 3") for headings in Roman numerals, one
    # entry for a heading the book misprints ("CANTO XVII" for the 27th); "ENLARGE TO FULL SIZE" left without its link
    cantos = "".join(f"<p>Canto {n}</p>" for n in range(1, 6)) + "".join(
        f"<p>CANTO {numeral}</p><p>ENLARGE TO FULL SIZE</p>{prose}" for numeral in ("I", "II", "III", "XIV", "V"))
    source.write_text(f"<html><head><title>Hell</title></head><body>{cantos}</body></html>", encoding="utf-8")
    hell = read_book(source)
    assert [c.title for c in hell.chapters] == ["CANTO I", "CANTO II", "CANTO III", "CANTO XIV", "CANTO V"]
    assert reasons(hell)["contents list written as text"] == 5 * 2 and reasons(hell)["link to an image"] == 5 * 4


def test_a_document_libreoffice_saved_as_html_reads_as_the_document(tmp_path: Path) -> None:
    """LibreOffice's HTML: its authors in one <meta name="author"> ("Maren Holt; Ola Brekke"), its notes as
    <div id="sdfootnote1"><p class="sdfootnote"> (read inline before: only the markers were known), and every
    table cell's value in a <p> of its own (a row read as three paragraphs, "Monday." "NW 7." "3.")."""
    cell = '<td><p class="compact">\n\t{}</p>\n</td>'
    rows = "".join("<tr>" + "".join(cell.format(value) for value in row) + "</tr>"
                   for row in (("Day", "Wind", "Ships"), ("Monday", "NW 7", "3")))
    prose = "<p>" + "The wind came from the north on the first night, and the keeper climbed the stairs. " * 3
    body = (f"<h1>The First Winter</h1>{prose}<a class='sdfootnoteanc' name='sdfootnote1anc' href='#sdfootnote1sym'>"
            f"<sup>1</sup></a></p><table>{rows}</table><h1>The Second Winter</h1>{prose}</p>"
            "<div id='sdfootnote1'><p class='sdfootnote'><a class='sdfootnotesym' name='sdfootnote1sym' "
            "href='#sdfootnote1anc'>1</a>He wrote in pencil, and some pages have faded.</p></div>")
    source = tmp_path / "book.html"
    source.write_text("<html><head><title>The Keeper’s Logbook</title><meta name='author' content='Maren Holt; Ola "
                      f"Brekke'/></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert book.authors == ("Maren Holt", "Ola Brekke")
    assert [b.text for b in book.chapters[0].blocks][2:] == ["Day, Wind, Ships", "Monday, NW 7, 3"]
    assert "pencil" not in read_text(book) and reasons(book)["footnote"] == 10


def test_a_book_set_in_paragraphs_only_gives_its_title_page_contents_and_chapter_names(tmp_path: Path) -> None:
    """calibre's FB2 of a Gutenberg EPUB sets everything as paragraphs: the title page a few words a line ("The" /
    "Life and Adventures" / "of" / "Robinson Crusoe" / "By" / "Daniel Defoe"), the contents ("CHAPTER I—START IN
    LIFE"), and each chapter's label over its name in capitals ("CHAPTER I." / "START IN LIFE"). The book had 41
    chapters (the title page as "The", 20 one-line chapters); it has the EPUB's 20, named as the EPUB names them."""
    names = ["START IN LIFE", "SLAVERY AND ESCAPE", "WRECKED ON A DESERT ISLAND"]
    numerals = ["I", "II", "III"]
    prose = "".join(f"<p>{'I was born in the year 1632, in the city of York, of a good family. ' * 8}</p>" * 4)
    body = "".join(f"<p>{line}</p>" for line in ("The", "Life and Adventures", "of", "Robinson Crusoe", "By",
                                                 "Daniel Defoe", "London", "Seeley, Service &amp; Co. Limited"))
    body += "".join(f"<p>CHAPTER {numeral}—{name}</p>" for numeral, name in zip(numerals, names))
    body += "".join(f"<p>CHAPTER {numeral}.</p><p>{name}</p>{prose}" for numeral, name in zip(numerals, names))
    source = tmp_path / "crusoe.html"
    source.write_text("<html><head><title>The Life and Adventures of Robinson Crusoe</title><meta name='author' "
                      f"content='Daniel Defoe'/></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [f"CHAPTER {n} — {name}" for n, name in zip(numerals, names)]
    assert reasons(book)["title page, by its content (the book's title and author lines)"] == 16
    assert reasons(book)["contents list written as text"] == 4 + 4 + 6  # "I—START" one word
    assert read_text(book).startswith("CHAPTER I. START IN LIFE I was born")


def test_long_bold_chapter_lines_cut_and_a_distributors_page_before_them_is_skipped(tmp_path: Path) -> None:
    """calibre's FB2 of a French novel: chapters titled in bold paragraphs that name them at length ("Chapitre 5
    Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet", 17 words, or 15
    tokens with its guillemets) were not cut, so two chapters ran as one; and the distributor's page before the
    first (publication, source, the author's biography, links) was read. Both as the EPUB reads them."""
    prose = "".join(f"<p>{'Nous marchions depuis quelques minutes, Rouletabille et moi, le long du mur. ' * 8}</p>"
                    * 4)
    titles = ["Chapitre 1 Où l’on commence à ne pas comprendre",
              "Chapitre 2 « Un homme a passé comme une ombre à travers les volets »",
              "Chapitre 3 Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet"]
    front = ("<p><strong>Le Mystère</strong> <strong>Gaston Leroux</strong></p><p><strong>Publication:</strong> 1907"
             "</p><p><strong>Source:</strong> http://www.ebooksgratuits.com</p><p><strong>A Propos Leroux:</strong></p>"
             "<p>Gaston Leroux was a French journalist and author. Copyright notices: see www.feedbooks.com.</p>")
    body = front + "".join(f"<p><strong>{title}</strong></p>{prose}" for title in titles)
    source = tmp_path / "mystere.html"
    source.write_text(f"<html lang='fr'><head><title>Le Mystère</title></head><body>{body}</body></html>",
                      encoding="utf-8")
    book = read_book(source)
    # titled with the label set apart from the name
    assert [c.title for c in book.chapters] == [title.replace(f"Chapitre {number} ", f"Chapitre {number} — ")
                                               for number, title in enumerate(titles, start=1)]
    assert "Gaston Leroux" not in read_text(book) and "ebooksgratuits" not in read_text(book)


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


def test_a_by_line_set_as_large_as_the_titles_starts_no_chapter(tmp_path: Path) -> None:
    """A PDF Writer made sets the title, the by-line and the chapter titles at one size, so all are headings of one
    level: the first chapter was titled "by Ines Roca" and read the title page and the copyright notice under it.
    The by-line starts no chapter; the title page and the notice are skipped."""
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{'The tide clock ran slow in winter. ' * 3}</p>" for n in (1, 2))
    notice = "<p>Copyright © 2026 Ines Roca. All rights reserved. No part of this book may be reproduced.</p>"
    book = read_book(_html_book(tmp_path, "<h2>The Tide Clock</h2><h2>by Ines Roca</h2>" + notice + chapters))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert read_text(book).startswith("Chapter 1 The tide clock") and "Copyright" not in read_text(book)


def test_a_by_line_naming_several_authors_names_them_all(tmp_path: Path) -> None:
    """A hand-made book (an mdBook's print page) names its authors only in its text, several in one by-line with
    what follows them: all are the book's authors, not none, and the title page is skipped as such."""
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{'The tide clock ran slow in winter. ' * 3}</p>" for n in (1, 2))
    page = ("<h1>The Tide Clock</h1><p>by Ines Roca, Tom Reddaway, and Ann Example, with contributions from the "
            "Harbour Writers</p>")
    book = read_book(_html_book(tmp_path, page + chapters, author=""))
    assert book.authors == ("Ines Roca", "Tom Reddaway", "Ann Example")
    assert read_text(book).startswith("Chapter 1")


@pytest.mark.parametrize(("name", "opening"), [
    # Docutils' HTML and OpenDocument writers set a reStructuredText ":Author:" field as a field list
    ("book.html", '<html><head><title>The Tide Clock</title></head><body><h1 class="title">The Tide Clock</h1>'
                  '<dl class="docinfo simple"><dt class="author">Author<span class="colon">:</span></dt>'
                  '<dd class="author"><p>Ines Roca</p></dd><dt class="date">Date<span class="colon">:</span></dt>'
                  "<dd class='date'>2026</dd></dl>{chapters}</body></html>"),
    ("book.txt", "The Tide Clock\n\nAuthor: Ines Roca\n\n{chapters}"),
    ("book.md", "# The Tide Clock\n\n**Author:** Ines Roca\n\n{chapters}"),
])
def test_an_author_field_names_the_author_and_is_part_of_the_title_page(tmp_path: Path, name: str,
                                                                          opening: str) -> None:
    """A document with no author in its metadata that names one in an "Author:" field under its title: the
    book's author (was "unknown author"), and the lines are a title page, listed, not read before chapter 1."""
    prose = "The tide clock ran slow in winter, and the keeper wound it twice a day. " * 3
    if name.endswith(".html"):
        chapters = "".join(f"<h2>Chapter {n}</h2><p>{prose}</p>" for n in (1, 2, 3))
    else:
        chapters = "".join(f"{'## ' if name.endswith('.md') else ''}Chapter {n}\n\n{prose}\n\n" for n in (1, 2, 3))
    source = tmp_path / name
    source.write_text(opening.format(chapters=chapters), encoding="utf-8")
    book = read_book(source)
    assert (book.title, book.authors) == ("The Tide Clock", ("Ines Roca",))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert read_text(book).startswith("Chapter 1 The tide clock") and "Ines Roca" not in read_text(book)
    title_page = 8 if name.endswith(".html") else 6  # the title, "Author:", the name (and "Date: 2026")
    assert sum(s.words for s in book.skipped if s.reason.startswith("title page")) == title_page


@pytest.mark.parametrize(("lines", "names"), [
    (["Author: Ann Example"], ("Ann Example",)),
    (["The Tide Clock", "Author:", "Ann Example", "Date: 2026"], ("Ann Example",)),
    (["Auteurs : Jeanne de la Tour et Luc Roy"], ("Jeanne de la Tour", "Luc Roy")),
    (["Autorzy: Jan Nowak, Anna Kot"], ("Jan Nowak", "Anna Kot")),
    (["Автор: Иван Петров"], ("Иван Петров",)),
    (["Author: the staff of the museum"], ()),  # no person's name
    (["Authorship: a history"], ()),
])
def test_an_author_field_gives_the_names_it_holds(lines: list[str], names: tuple[str, ...]) -> None:
    from audiobook.ingest.title_page import author_field_names

    assert author_field_names(lines) == names


@pytest.mark.parametrize(("line", "names"), [
    ("by Ann Example", ("Ann Example",)),
    ("A novel by Jeanne de la Tour", ("Jeanne de la Tour",)),
    ("by Ann Example & Tom Reddaway", ("Ann Example", "Tom Reddaway")),
    ("von Anna Weber und Karl Roth, mit Zeichnungen von Eva Lind", ("Anna Weber", "Karl Roth")),
    ("por José Ortega y Gasset", ("José Ortega y Gasset",)),  # "y" a particle: one word after it
    ("por Ana Roca y Luis Mar", ("Ana Roca", "Luis Mar")),
    ("by Ann Example (illustrated by Tom Reddaway)", ("Ann Example",)),
    ("by Night: A Novel", ()),  # a title's words
    ("by the sea", ()),
    ("by Ann Example and the Harbour Writers", ()),  # one of them no person
])
def test_a_by_line_gives_the_names_it_holds(line: str, names: tuple[str, ...]) -> None:
    from audiobook.ingest.title_page import byline_names

    assert byline_names(line) == names

# a paragraph of body text for the small books built below
PROSE = lamp_prose(3)


@pytest.mark.parametrize("entry", ['<tr><td><a href="#c{n}">CHAPTER {r}.</a></td><td>The {w} Night</td></tr>',
                                   '<p><a href="#c{n}">CHAPTER {r}.</a> The {w} Night</p>'])
def test_a_contents_list_whose_titles_are_only_partly_links_is_skipped(tmp_path: Path, entry: str) -> None:
    """Older Gutenberg files link only the number ("<a>CHAPTER I.</a> The First Night"), in a table
    or one paragraph per entry, with no "Contents" heading to give them away. Short lines that
    open with a link into the book, three or more in a row, are a contents list; notes that open
    with their number's back-link are not one of those but endnotes, listed as such."""
    names = [("I", "First"), ("II", "Second"), ("III", "Third")]
    contents = "".join(entry.format(n=n, r=r, w=w) for n, (r, w) in enumerate(names, start=1))
    if entry.startswith("<tr>"):
        contents = f"<table>{contents}</table>"
    notes = "".join(f'<p><a href="#r{n}">{n}.</a> A keeper’s word for the lamp.</p>' for n in (1, 2, 3))
    chapters = "".join(f'<h2 id="c{n}">CHAPTER {r}.</h2>{PROSE}' for n, (r, _) in enumerate(names, start=1))
    book = read_book(_html_book(tmp_path, f"<h1>The Keeper</h1>{contents}{chapters}{notes}"))
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    assert reasons(book)["list of links (a contents list written as text)"] == 3 * 5
    text = read_text(book)
    assert "Night" not in text and "A keeper’s word" not in text
    assert reasons(book)["endnote (opens with its number, linked back into the text)"] == 3 * 7


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
    book = read_book(_html_book(tmp_path, body))
    assert [c.title for c in book.chapters] == ["Lamps", "1 Introduction", "2 Lamps", "2.1 Oil lamps",
                                                "2.2 Gas lamps", "2.3 Electric lamps", "2.4 Lenses",
                                                "3 Installation"]
    assert "What it is" not in read_text(book) and reasons(book)["list of links (a contents list written as text)"]
    assert reasons(book)["front/back matter (Concept Index)"] == 2 + 4 * 2  # its heading and entries
    assert read_text(book).count("The keeper wrote the hour") == 30 * (2 + 4 * 4)
    assert book.chapters[1].blocks[-1].text == "Wick, trimmed daily"  # not "Wick,, trimmed daily"


@pytest.mark.parametrize(("title", "matter"), [
    ("Function and Concept Index", True), ("Index of First Lines", True), ("Sachregister", True),
    ("Indeks nazwisk", True), ("Именной указатель", True), ("Indexing the Stars", False), ("A Storm", False),
    ("Indices and tables", True),  # Sphinx's links to its index and search pages
    ("Annotation", True), ("Аннотация", True),  # an FB2 book's blurb as calibre heads it
    ("Brief Contents", True), ("Detailed Contents", True),  # a textbook's two contents lists
    ("Original Transcriber’s Notes:", True), ("Note du transcripteur", True), ("The Transcriber", False),
    # a title page and a cover, as the other languages title them
    ("Titelseite", True), ("Strona tytułowa", True), ("Титульный лист", True), ("Folha de rosto", True),
    ("Titelpagina", True), ("Titelsida", True), ("Cubierta", True), ("Umschlag", True), ("The Title Deed", False),
])
def test_an_index_is_matter_by_any_of_its_names(title: str, matter: bool) -> None:
    from audiobook.ingest.chapters import is_matter_title

    assert is_matter_title(title) is matter


def test_a_chapter_numbered_in_one_heading_and_named_in_the_next_is_titled_by_both(tmp_path: Path) -> None:
    """<h2>Chapter 1</h2><h3>The First Night</h3> is "Chapter 1 — The First Night" in the chapter
    list (and the M4B's markers); a heading that already names its chapter keeps its title, and a
    second division label ("Chapter 2" under "Part One") is not a subtitle."""
    book = read_book(_html_book(tmp_path, (
        f"<h2>Chapter 1</h2><h3>The First Night</h3>{PROSE}<h2>II</h2><h3>The Second Night</h3>{PROSE}"
        f"<h2>Chapter 3 — The Storm</h2><h3>A Postscript</h3>{PROSE}<h2>Part Two</h2><h3>Chapter 4</h3>{PROSE}")))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The First Night", "II — The Second Night",
                                                "Chapter 3 — The Storm", "Part Two"]
    assert read_text(book).startswith("Chapter 1 The First Night The lamp")  # the text is read as written


def test_a_heading_that_breaks_its_line_after_the_number_is_titled_and_read_as_two_lines(tmp_path: Path) -> None:
    """"CHAPTER I<br/>HOW THE BROTHERS FARED" (older Gutenberg and anthology files): the chapter
    list says "CHAPTER I — HOW THE BROTHERS FARED", and the label and the name are two lines, with
    a pause between them, instead of one run "chapter one how the brothers fared". A title broken
    only for its layout ("The<br/>Tide Clock") stays one line."""
    book = read_book(_html_book(tmp_path, (
        f"<h2>CHAPTER I<br/> HOW THE BROTHERS FARED</h2>{PROSE}<h2>Chapter 2.<br/>The Storm</h2>{PROSE}"
        f"<h2>The<br/>Tide Clock</h2>{PROSE}<h2>I<br/>am the lamp</h2>{PROSE}")))
    assert [c.title for c in book.chapters] == ["CHAPTER I — HOW THE BROTHERS FARED", "Chapter 2 — The Storm",
                                                "The Tide Clock", "I am the lamp"]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["CHAPTER I", "HOW THE BROTHERS FARED"]
    assert [b.text for b in book.chapters[2].blocks[:1]] == ["The Tide Clock"]
    plan = plan_book(book)
    assert [s.text for s in plan.chapters[1].segments[:2]] == ["Chapter 2.", "The Storm"]
    assert all(s.ends_block for s in plan.chapters[1].segments[:2])  # a paragraph's pause after each line


def test_a_heading_that_sets_its_label_in_its_own_element_is_read_as_two_lines(tmp_path: Path) -> None:
    """Feedbooks-style <h2><span class="chapterHeader">Chapitre 1</span> Où l’on...</h2>, and a number and a
    name in two spans: the label is its own line, as the book's style sheet shows it. A label split over
    two spans ("Part" "One") stays whole."""
    book = read_book(_html_book(tmp_path, (
        f'<h2><span class="chapterHeader"><span>Chapter</span> <span>1</span></span> The First Night</h2>{PROSE}'
        f'<h2><span class="number">2</span><span class="name">The Storm</span></h2>{PROSE}'
        f"<h2><span>Part</span> <span>Three</span></h2>{PROSE}")))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The First Night", "2 — The Storm", "Part Three"]
    assert [[b.text for b in c.blocks[:2]] for c in book.chapters] == [
        ["Chapter 1", "The First Night"], ["2", "The Storm"], ["Part Three", BLOCK := PROSE[3:-4].strip()]]
    assert read_text(book).count(BLOCK) == 3
    # a drop cap is no label, and a label the text goes on from ("IV</span>. The Storm") stays on its line
    capped = read_book(_html_book(tmp_path, (
        f"<h2><span>I</span>ntroduction</h2>{PROSE}<h2><span>C</span><span>hapter One</span></h2>{PROSE}"
        f"<h2><span>IV</span>. The Storm</h2>{PROSE}")))
    assert [c.blocks[0].text for c in capped.chapters] == ["Introduction", "Chapter One", "IV. The Storm"]
    # the label as the heading's own text, its name in an element styled apart ("Chapter 1The Storm" was read)
    named = read_book(_html_book(tmp_path, (
        f"<h2>Chapter 1<small>The Storm</small></h2>{PROSE}<h2>3<span class='t'>Low Water</span></h2>{PROSE}"
        f"<h2>1<sup>st</sup> Day</h2>{PROSE}<h2>C<span>HAPTER</span> 4</h2>{PROSE}")))
    assert [[b.text for b in c.blocks[:2]] for c in named.chapters] == [
        ["Chapter 1", "The Storm"], ["3", "Low Water"], ["1st Day", BLOCK], ["CHAPTER 4", BLOCK]]


def test_a_long_story_in_an_anthology_is_cut_at_its_own_chapters_and_keeps_its_toc_title(tmp_path: Path) -> None:
    """An anthology's entry "4 The Lamp Keeper" (its heading in the text only "4") holds a story of
    five chapters headed "CHAPTER I<br/>HOW THE LAMP WAS LIT..." while the other entries are short:
    the story is cut at its chapters, each titled by label and name, and its first part keeps the
    entry's title rather than the bare "4"."""
    from samples.synthetic import write_epub

    prose = lamp_prose(20)
    short = [(f"s{n}.xhtml", f"{n} A Short Tale", f'<html xmlns="http://www.w3.org/1999/xhtml"><body><h3>{n}</h3>'
              f"{prose * 3}</body></html>".encode()) for n in (1, 2, 3)]
    names = ["HOW THE LAMP WAS LIT, AND WHO CAME TO SEE IT; WITH A LONG DIGRESSION ON THE WEATHER OF THE COAST",
             "OF THE STORM", "HOW THE KEEPER SLEPT", "THE SHIP", "THE MORNING"]
    story = "".join(f"<h4>CHAPTER {r}<br/> {name}</h4>{prose * 10}" for r, name in zip("I II III IV V".split(), names))
    long = ("s4.xhtml", "4 The Lamp Keeper", '<html xmlns="http://www.w3.org/1999/xhtml"><body><h3>4</h3>'
            f"<p>An introduction to the story.</p><h3>THE LAMP KEEPER</h3>{story}</body></html>".encode())
    book = read_book(write_epub(tmp_path / "anthology.epub", "Tales", [*short, long]))
    assert [c.title for c in book.chapters] == ["1 A Short Tale", "2 A Short Tale", "3 A Short Tale",
                                                "4 The Lamp Keeper", *(f"CHAPTER {r} — {name}" for r, name in
                                                                       zip("I II III IV V".split(), names))]
    assert read_text(book).count("The lamp was lit at dusk") == 20 * (3 * 3 + 5 * 10)


def test_long_chapters_the_toc_chose_are_not_cut_at_their_own_sections(tmp_path: Path) -> None:
    """A book whose TOC names its chapters, each a file of 6,000 words or more with sections inside
    (<h3> with names of their own, or "Section 2"), keeps those chapters: a section is not a chapter.
    A file the TOC names as a part is still cut at its chapters, <h2> under its <h1>; so is one whose
    TOC entry left out the second chapter it holds, a second <h2>; and no text is lost."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)

    named = "".join(f"<h3>The {watch} Watch</h3>{prose * 3}" for watch in ("First", "Second", "Third", "Fourth"))
    numbered = "".join(f"<h3>Section {n}</h3>{prose * 3}" for n in (1, 2, 3, 4))
    part = "".join(f"<h2>{name}</h2>{prose * 6}" for name in ("The Return", "The Winter"))
    pages = [("c1.xhtml", "Chapter 1: Field Notes", _body_page(f"<h2>Chapter 1: Field Notes</h2>{named}")),
             ("c2.xhtml", "Chapter 2: The Log", _body_page(f"<h2>Chapter 2: The Log</h2>{numbered}")),
             ("p3.xhtml", "Part Three", _body_page(f"<h1>Part Three</h1>{part}")),
             ("c4.xhtml", "Chapter 4", _body_page(f"<h2>Chapter 4</h2>{prose * 5}<h2>Chapter 5</h2>{prose * 5}"))]
    book = read_book(write_epub(tmp_path / "sections.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 1: Field Notes", "Chapter 2: The Log", "The Return",
                                                "The Winter", "Chapter 4", "Chapter 5"]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 3 * 4 * 2 + 40 * 6 * 2 + 40 * 10


def test_a_chapter_the_toc_left_out_is_found_and_letters_inside_a_chapter_stay_in_it(tmp_path: Path) -> None:
    """A TOC that names "Chapter 6" over a file that also holds <h2>Chapter 7</h2>, short as it is:
    the file is cut there. A long chapter whose letters are headed <h3>Letter 1</h3> keeps them:
    below a heading that names its division, only a heading naming the same kind divides it."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)

    letters = "".join(f"<h3>Letter {n}</h3>{prose * 4}" for n in (1, 2, 3))
    pages = [("c5.xhtml", "Chapter 5", _body_page(f"<h2>Chapter 5</h2>{prose * 3}")),
             ("c6.xhtml", "Chapter 6", _body_page(f"<h2>Chapter 6</h2>{prose * 2}<h2>Chapter 7</h2>{prose * 2}")),
             ("c8.xhtml", "Chapter 8", _body_page(f"<h2>Chapter 8</h2>{letters}"))]
    book = read_book(write_epub(tmp_path / "letters.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 5", "Chapter 6", "Chapter 7", "Chapter 8"]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * (3 + 4 + 12)


def test_a_toc_label_takes_the_name_its_heading_gives_after_the_number(tmp_path: Path) -> None:
    """A TOC that only numbers ("Chapter 1") over headings that give the number and a name: <h2>2 The Calm</h2>,
    <h2>3. The Wreck</h2>, or the number set apart, <h2>1</h2><h3>The Storm</h3>. The chapter is "Chapter 1 —
    The Storm", as a listener would name it; a heading of the number alone keeps the label."""
    from samples.synthetic import write_epub

    prose = lamp_prose(20)

    pages = [("c1.xhtml", "Chapter 1", _body_page(f"<h2>1</h2><h3>The Storm</h3>{prose}")),
             ("c2.xhtml", "Chapter 2", _body_page(f"<h2>2 The Calm</h2>{prose}")),
             ("c3.xhtml", "Chapter 3", _body_page(f"<h2>3. The Wreck</h2>{prose}")),
             ("c4.xhtml", "Chapter 4", _body_page(f"<h2>4</h2>{prose}")),
             ("c5.xhtml", "Chapter 5", _body_page(f"<h2>5</h2><h3>Chapter 6</h3>{prose}"))]
    book = read_book(write_epub(tmp_path / "numbers.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Storm", "Chapter 2 — The Calm",
                                                "Chapter 3 — The Wreck", "Chapter 4", "Chapter 5"]
    assert read_text(book).count("The lamp was lit at dusk") == 20 * 5


def test_a_chapter_cut_into_files_that_each_have_its_toc_entry_is_one_chapter(tmp_path: Path) -> None:
    """A converter that cut a chapter's file for size and gave each piece the chapter's TOC entry
    ("The Storm", "The Storm") made two chapters of one; the piece that opens without a heading goes
    on with the chapter. Two poems titled "Sonnet", each under its heading, stay two."""
    from samples.synthetic import write_epub

    prose = lamp_prose(10)
    pages = [("c1.xhtml", "The Arrival", _body_page(f"<h2>The Arrival</h2>{prose}")),
             ("c2.xhtml", "The Storm", _body_page(f"<h2>The Storm</h2>{prose}")),
             ("c2b.xhtml", "The Storm", _body_page(prose)),
             ("c3.xhtml", "Sonnet", _body_page(f"<h2>Sonnet</h2>{prose}")),
             ("c4.xhtml", "Sonnet", _body_page(f"<h2>Sonnet</h2>{prose}"))]
    book = read_book(write_epub(tmp_path / "split.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["The Arrival", "The Storm", "Sonnet", "Sonnet"]
    assert book.chapters[1].source_hrefs == ("c2.xhtml", "c2b.xhtml")
    assert read_text(book).count("The lamp was lit at dusk") == 10 * 5


def test_a_toc_label_copied_from_a_printed_contents_page_loses_its_page_number(tmp_path: Path) -> None:
    """A TOC built from the print edition's contents page ("The Arrival .......... 1", "The Calm …… 27",
    a word processor's "The Wreck<tab>41") titled its chapters with the dots and the page number, in the
    player's list and in an announced title. A number that belongs to the title stays ("Chapter 12",
    "Apollo 13")."""
    from samples.synthetic import write_epub

    prose = lamp_prose(5)
    labels = ["The Arrival .......... 1", "The Calm \u2026\u2026 27", "The Wreck\t41", "Preface . . . . . xi",
              "Chapter 12", "Apollo 13"]
    pages = [(f"c{n}.xhtml", label, _body_page(prose)) for n, label in enumerate(labels)]
    book = read_book(write_epub(tmp_path / "printed.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["The Arrival", "The Calm", "The Wreck", "Preface", "Chapter 12",
                                                "Apollo 13"]


def test_footnotes_marked_only_by_class_are_skipped_like_marked_ones(tmp_path: Path) -> None:
    """Project Gutenberg's HTML (and the EPUBs made from it) mark notes by class, not epub:type:
    <div class="footnote"> under a "FOOTNOTES:" heading, markers <a class="fnanchor">. They are
    skipped and listed as footnotes are, with the heading, whether it sits inside their container
    or just above the notes; a paragraph that only mentions notes is read."""
    marker = '<a id="FNanchor_1_1" href="#Footnote_1_1" class="fnanchor">[1]</a>'
    note = ('<div class="footnote"><p><a id="Footnote_1_1" href="#FNanchor_1_1"><span class="label">[1]</span></a> '
            "The lamp was an Argand burner, fitted in 1820.</p></div>")
    body = (f"<h2>CHAPTER I.</h2><p>The lamp was lit at dusk.{marker} The keeper slept.</p>{PROSE}"
            f'<div class="footnotes"><h3>FOOTNOTES:</h3>{note}</div>'
            f"<h2>CHAPTER II.</h2>{PROSE}<p>Notes on the tide were kept in the log.</p><h3>Footnotes</h3>{note}"
            f"<h2>CHAPTER III.</h2>{PROSE}")
    book = read_book(_html_book(tmp_path, body))
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    text = read_text(book)
    assert "Argand" not in text and "FOOTNOTES" not in text and "Footnotes" not in text and "[1]" not in text
    assert "The lamp was lit at dusk. The keeper slept." in text and "Notes on the tide" in text
    assert reasons(book) == {"note reference marker": 1, "footnote": 2 * 10 + 2}  # two notes, two headings


def test_a_document_listed_twice_in_the_spine_is_read_once(tmp_path: Path) -> None:
    """Some tools list a document twice in the spine (invalid, but found in the wild): the book was
    refused with "book.xhtml: malformed XML: Document is empty". It is read once, where it first
    stands, and the repeat is listed."""
    import zipfile

    from samples.structure import Entry, page, write_book

    pages = [(f"c{n}.xhtml", page(f"C{n}", f"<h2>Chapter {n}</h2><p>The keeper wrote page {n}.</p>")) for n in (1, 2)]
    made = write_book(tmp_path / "made.epub", "The Keeper", "Ann Example", "en", pages,
                      [Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2)])
    twice = tmp_path / "twice.epub"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(twice, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member, data.replace(b'<itemref idref="p1"/>', b'<itemref idref="p1"/>' * 2)
                            if member.filename.endswith(".opf") else data)
    book = read_book(twice)
    assert read_text(book) == "Chapter 1 The keeper wrote page 1. Chapter 2 The keeper wrote page 2."
    assert reasons(book) == {"listed again in the spine (read once, where it first stands)": 0}


def test_a_printed_contents_page_with_dot_leaders_is_skipped_and_listed(tmp_path: Path) -> None:
    """A book converted from print keeps its contents page as text, titles running along a dot leader
    to their page numbers, inside its first chapter: as paragraphs, as the lines of one paragraph,
    or with ellipses. Three entries or more are a contents list: skipped and listed with their
    "CONTENTS" line, read with --include-matter; a line of prose that ends so, alone, is read."""
    from samples.structure import Entry, page, write_book

    prose = lamp_prose(30)
    names = [("The Storm", 5), ("A Quiet Harbour", 19), ("The Rescue", 33)]
    lists = ["<p>CONTENTS</p>" + "".join(f"<p>{name} {'. ' * 12}{n}</p>" for name, n in names),
             "<p>" + "<br/>".join(f"{name}{'.' * 20}{n}" for name, n in names) + "</p>",
             "<h3>Contents</h3>" + "".join(f"<p>{name} ……… {n}</p>" for name, n in names)]
    counted = "<p>He counted the steps, one by one . . . . 12</p>"
    for number, listing in reversed(list(enumerate(lists))):  # the paragraphs' list last, read with the matter
        body = f"<h1>The Keeper</h1>{listing}" + "".join(f"<h2>{name}</h2>{prose}{counted}" for name, _ in names)
        path = write_book(tmp_path / f"printed{number}.epub", "The Keeper", "Ann Example", "en",
                          [("book.xhtml", page("The Keeper", body))], [Entry("Start", "book.xhtml")])
        book = read_book(path)
        assert [c.title for c in book.chapters] == ["The Storm", "A Quiet Harbour", "The Rescue"]
        assert read_text(book).count("He counted the steps") == 3 and "19" not in read_text(book)
        assert {s.reason for s in book.skipped} == {"contents list written as text"}
    assert "CONTENTS" not in read_text(book)
    assert "CONTENTS The Storm . . ." in read_text(read_book(path, IngestOptions(include_matter=True)))


def test_endnotes_and_note_markers_that_nothing_marks_are_skipped_and_listed(tmp_path: Path) -> None:
    """Converters and word processors write notes without epub:type or a class: a marker
    <a href="notes.xhtml#n1"><sup>1</sup></a> or <a href="#_ftn1">[1]</a> in the text, and notes
    that open with their number linked back to it, in a notes file or at a chapter's end. A
    listener would hear "book. one" and a string of citations: markers and notes (with their
    "Notes" heading and a note's second paragraph) are skipped and listed; the text is all read."""
    from samples.structure import Entry, page, write_book

    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 8

    def chapter(n: int) -> str:
        return f"<h2>Chapter {n}</h2>" + "".join(
            f'<p>{prose}<a id="r{n}{k}" href="notes.xhtml#n{n}{k}"><sup>{k}</sup></a></p>' for k in (1, 2))

    notes = "<h2>Notes</h2>" + "".join(
        f'<p id="n{n}{k}"><a href="c{n}.xhtml#r{n}{k}">{k}</a>. See the log for {1900 + n}.</p>'
        for n in (1, 2, 3) for k in (1, 2)) + "<p>The last note runs on to a second paragraph.</p>"
    pages = [*((f"c{n}.xhtml", page(f"C{n}", chapter(n))) for n in (1, 2, 3)), ("notes.xhtml", page("Notes", notes))]
    toc = [*(Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2, 3)), Entry("Notes", "notes.xhtml")]
    book = read_book(write_book(tmp_path / "notes.epub", "The Keeper", "Ann Example", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert read_text(book).count(prose.strip()) == 6 and "See the log" not in read_text(book)
    endnote = "endnote (opens with its number, linked back into the text)"
    assert reasons(book) == {"note reference marker": 6, endnote: 1 + 6 * 6 + 9}

    word = (f'<h2>Chapter 1</h2><p>{prose}<a href="#_ftn1" name="_ftnref1">[1]</a> And so on.</p><p>{prose}</p>'
            + "".join(f'<p><a href="#_ftnref{k}" name="_ftn{k}">[{k}]</a> The harbour log, page {k}.</p>'
                      for k in (1, 2, 3)))
    book = read_book(_html_book(tmp_path, word))
    assert read_text(book) == f"Chapter 1 {prose.strip()} And so on. {prose.strip()}"
    assert reasons(book) == {"note reference marker": 1 + 3, endnote: 3 * 5}


@pytest.mark.parametrize("toc_title", ["Start", "The Keeper"])
def test_a_book_made_as_one_file_is_cut_at_its_heading_elements(tmp_path: Path, toc_title: str) -> None:
    """One XHTML file under one TOC entry (a placeholder or the book's title), with chapters headed
    <h2>The Storm</h2> (nothing like "Chapter 7"), parts as <h1> and sections as <h3>: cut at the
    chapters, the part titles folded into the chapter after them, the sections left inside, and no
    text lost."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)
    names = ["The Storm", "The Rescue", "The Inquiry", "The Winter", "The Letter"]
    chapters = [f"<h2>{name}</h2>{prose * 3}<h3>At night</h3>{prose * 3}<h3>By day</h3>{prose * 2}" for name in names]
    body = f"<h1>The Keeper</h1><h1>Part One</h1>{''.join(chapters[:2])}<h1>Part Two</h1>{''.join(chapters[2:])}"
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()
    book = read_book(write_epub(tmp_path / "one.epub", "The Keeper", [("book.xhtml", toc_title, page)]))
    assert [c.title for c in book.chapters] == names
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 8 * 5
    assert read_text(book).count("At night") == 5 and "Part Two" in read_text(book)


@pytest.mark.parametrize(("chapter_style", "part_style"), [
    ("Chapter-Title", "Part-Title"),  # InDesign
    ("Heading_20_2", "Heading_20_1"),  # LibreOffice
    ("MsoNormal Heading2", "Heading1"),  # Word
    ("chapter", "part"),
])
def test_a_book_made_as_one_file_is_cut_at_headings_marked_only_by_paragraph_style(
        tmp_path: Path, chapter_style: str, part_style: str) -> None:
    """Word processors and layout programs export headings as styled paragraphs, <p class="Chapter-Title">,
    not <h2>: they cut a single-file book like heading elements do (parts above chapters), while a
    long element with such a class (a <div class="chapter"> around a whole chapter) stays body text."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)
    names = ["The Storm", "The Rescue", "The Inquiry", "The Winter", "The Letter"]
    chapters = [f'<div class="chapter"><p class="{chapter_style}">{name}</p>{prose * 3}<p class="Body-Text">At night'
                f"</p>{prose * 3}</div>" for name in names]
    body = (f'<p class="{part_style}">Part One</p>{"".join(chapters[:2])}<p class="{part_style}">Part Two</p>'
            f'{"".join(chapters[2:])}')
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()
    book = read_book(write_epub(tmp_path / "one.epub", "The Keeper", [("book.xhtml", "Start", page)]))
    assert [c.title for c in book.chapters] == names
    blocks = [b for c in book.chapters for b in c.blocks]
    assert [(b.text, b.level) for b in blocks if b.kind == "heading"] == [
        ("Part One", 1), ("The Storm", 2), ("The Rescue", 2), ("Part Two", 1), ("The Inquiry", 2), ("The Winter", 2),
        ("The Letter", 2)]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 6 * 5 and read_text(book).count("At night") == 5


def test_a_book_made_as_one_file_with_two_chapters_is_cut_in_two(tmp_path: Path) -> None:
    """Two heading elements, the first at the start of the file: two chapters (before, a single cut
    was not enough). A label set over its name ("CHAPTER XX." / "FIGHT...") is not cut apart, and
    titles the chapter with it where the table of contents names nothing ("Start")."""
    from samples.synthetic import write_epub

    prose = lamp_prose(100)

    def book(body: str) -> Book:
        page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()
        return read_book(write_epub(tmp_path / "two.epub", "The Keeper", [("book.xhtml", "Start", page)]))

    assert [c.title for c in book(f"<h2>The Storm</h2>{prose * 4}<h2>The Rescue</h2>{prose * 4}").chapters] == [
        "The Storm", "The Rescue"]
    labelled = book(f"<h2>CHAPTER XX.</h2><h3>FIGHT ON THE SHORE</h3>{prose * 8}")
    assert [c.title for c in labelled.chapters] == ["CHAPTER XX — FIGHT ON THE SHORE"]


def test_a_book_whose_titles_are_set_apart_only_by_their_look_is_cut_at_them(tmp_path: Path) -> None:
    """A book typed in a word processor without heading styles, or converted by a tool that keeps only
    the look of its pages, sets its chapter titles apart by look alone: bold, larger and centred, by
    inline markup (Word's filtered HTML) or by a class its linked stylesheet styles (an EPUB made by a
    converter). It is cut at those titles; a bold word or line of emphasis in the text is not a title,
    and the title page's by-line names the author where no metadata does."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)
    names = ["The Storm", "A Quiet Harbour", "The Rescue", "Letters Home"]

    def chapters(title: str, shout: str) -> str:
        return "".join(f"{title.format(name)}{prose}<p><b>Note.</b> The keeper wrote it down.</p>{shout}"
                       f"{prose * 2}" for name in names)

    word = tmp_path / "keeper.html"
    word.write_text(
        "<html><head><title>The Keeper's Year</title><style>p.MsoNormal {font-size:12.0pt} "
        "p.MsoTitle {font-size:28.0pt}</style></head><body lang=EN-GB><div class=WordSection1>"
        "<p class=MsoTitle>The Keeper's Year</p><p class=MsoNormal>by Ann Example</p>" + chapters(
            "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>{}</span>"
            "</b></p>", "<p class=MsoNormal><b>Stop!</b></p>") + "</div></body></html>", encoding="windows-1252")
    book = read_book(word)
    assert [c.title for c in book.chapters] == names and book.authors == ("Ann Example",)
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 6}

    stylesheet = (b"/* made by a converter */ .calibre { display: block } .calibre5 { font-weight: bold;\n"
                  b"font-size: 1.29167em; text-align: center } p.calibre3 { margin: 0 } .bold { font-weight: bold }")
    shout = '<p class="calibre3"><span class="bold">Stop!</span></p>'
    page = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" type="text/css" '
            'href="../styles/stylesheet.css"/></head><body class="calibre">'
            + chapters('<p class="calibre5">{}</p>', shout) + "</body></html>")
    book = read_book(write_epub(tmp_path / "converted.epub", "The Keeper's Year", [("text/part0000.xhtml", "Start",
                                page.encode())], resources=[("styles/stylesheet.css", "text/css", stylesheet)]))
    assert [c.title for c in book.chapters] == names
    for read in (read_text(book), read_text(read_book(word))):
        assert read.count("The lamp was lit at dusk") == 40 * 3 * 4 and read.count("Stop!") == 4
    (tmp_path / "htmlz").mkdir()  # a converter's HTML output: the page and the stylesheet it links beside it
    (tmp_path / "htmlz" / "style.css").write_bytes(stylesheet)
    (tmp_path / "htmlz" / "index.html").write_text(page.replace("../styles/stylesheet.css", "style.css"))
    assert [c.title for c in read_book(tmp_path / "htmlz" / "index.html").chapters] == names
    docs = tmp_path / "docs.html"  # an online word processor's export: classes styled in <style>, the
    docs.write_text(  # document's title above in the titles' look, read with the first chapter
        "<html><head><style>.c1{font-weight:400;font-size:11pt}.c3{text-align:center}.c5{font-weight:700;"
        'font-size:16pt}</style></head><body><p class="c3 title"><span class="c5">The Keeper\'s Year</span></p>'
        + chapters('<p class="c3"><span class="c5">{}</span></p>', "") + "</body></html>", encoding="utf-8")
    book = read_book(docs)
    assert [c.title for c in book.chapters] == names and book.chapters[0].blocks[0].text == "The Keeper's Year"
    assert book.title == "The Keeper's Year"  # the export has no <title>: its opening line, not the file's name
    numbered = docs.read_text(encoding="utf-8")  # titled "Chapter 1"...: the title line was a chapter of its own
    for n, name in enumerate(names, start=1):
        numbered = numbered.replace(f">{name}<", f">Chapter {n}<")
    docs.write_text(numbered, encoding="utf-8")
    book = read_book(docs)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["The Keeper's Year", "Chapter 1"]

    sign = "<p align=center><b>NO ENTRY</b></p>"  # twice in a story: a sign the keeper read, not a title
    story = read_book(_html_book(tmp_path, f"{prose * 3}{sign}{prose * 3}{sign}{prose * 3}"))
    assert len(story.chapters) == 1 and read_text(story).count("NO ENTRY") == 2


def test_a_manuscript_whose_titles_are_only_bold_is_cut_at_them_but_not_at_bold_cries(tmp_path: Path) -> None:
    """Typed without heading styles, titles at the left in bold at the text's size, the weakest look a title has
    (before, such a book was one chapter). A bold line that cries out ("Stop!", "Who goes there?") is emphasis
    even when it recurs, and a bold lead-in ending with a full stop is the text's own."""
    prose = lamp_prose(40)
    names = ["The Storm", "A Quiet Harbour", "The Rescue", "Letters Home"]
    cries = "<p><b>Stop!</b></p><p><b>Who goes there?</b></p><p><b>Note.</b> He wrote it down.</p>"
    body = "".join(f"<p><b>{name}</b></p>{prose}{cries}{prose * 2}" for name in names)
    book = read_book(_html_book(tmp_path, body))
    assert [c.title for c in book.chapters] == names
    read = read_text(book)
    assert read.count("The lamp was lit at dusk") == 40 * 3 * 4
    assert read.count("Stop!") == read.count("Who goes there?") == read.count("He wrote it down.") == 4
    cried = read_book(_html_book(tmp_path, "".join(f"<p><b>Stop!</b></p>{prose * 3}" for _ in names)))
    assert len(cried.chapters) == 1


def test_a_book_without_a_table_of_contents_split_into_files_for_size_is_cut_at_its_headings(tmp_path: Path) -> None:
    """An EPUB 2 whose NCX lists nothing (ebooklib hands over its empty navMap as a single link, which
    once crashed the reader) and whose documents a converter cut for size: chapters run on across
    documents and start inside them. Chapters are cut at the repeated heading level across the book,
    a document that starts mid-chapter continues it, and nothing is lost. Without repeated headings
    each document stays a chapter."""
    from samples.structure import page, write_book

    prose = lamp_prose(40)
    files = [("<h1>The Keeper</h1><p>by Ann Example</p>"), f"<h2>Chapter 1: The Storm</h2>{prose * 4}",
             prose * 3, f"<h2>Chapter 2: The Rescue</h2>{prose * 2}<h2>Chapter 3: The Inquiry</h2>{prose * 4}",
             f"{prose * 2}<h2>Chapter 4: Home</h2>{prose * 2}"]
    pages = [(f"index_split_{n:03d}.html", page("The Keeper", body)) for n, body in enumerate(files)]
    book = read_book(write_book(tmp_path / "split.epub", "The Keeper", "Ann Example", "en", pages, [], epub2=True))
    assert [(c.title, sum(b.words for b in c.blocks) // 560) for c in book.chapters] == [
        ("Chapter 1: The Storm", 7), ("Chapter 2: The Rescue", 2), ("Chapter 3: The Inquiry", 6),
        ("Chapter 4: Home", 2)]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 17

    plain = [(f"part{n}.html", page("The Keeper", prose * 2)) for n in range(3)]
    book = read_book(write_book(tmp_path / "plain.epub", "The Keeper", "Ann Example", "en", plain, [], epub2=True))
    assert len(book.chapters) == 3


def test_text_a_stylesheet_class_hides_is_skipped_like_inline_display_none(tmp_path: Path) -> None:
    """A narrator reads what a screen reader reads: a class whose stylesheet rule says display:none
    or visibility:hidden hides its text as an inline style does (skipped and listed). A rule inside
    an @-block ("@media print", a reading system's own "@media amzn-kf8") holds only there, and a
    rule after "@charset" or "@import" is still read."""
    from samples.synthetic import write_epub

    stylesheet = (b'@charset "utf-8"; @import url(fonts.css); .dup { display: none } .gone { visibility: hidden }\n'
                  b"@media print { .screen { display: none } } @media amzn-kf8 { .kindle { display: none } }")
    body = ('<h2>Chapter 1</h2><p>The lamp was lit at dusk.</p><p class="dup">The lamp was lit at dusk, again.</p>'
            '<p>The keeper <span class="gone">never</span> slept.</p><p class="screen">The tide turned.</p>'
            '<p class="kindle">The gulls came home.</p>')
    page = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" href="style.css"/></head>'
            f"<body>{body}</body></html>")
    book = read_book(write_epub(tmp_path / "hidden.epub", "The Keeper", [("c1.xhtml", "Chapter 1", page.encode())],
                               resources=[("style.css", "text/css", stylesheet)]))
    assert read_text(book) == ("Chapter 1 The lamp was lit at dusk. The keeper slept. The tide turned. "
                               "The gulls came home.")
    assert reasons(book) == {"hidden from readers (hidden, aria-hidden or display:none)": 7 + 1}


def test_a_heading_style_on_most_paragraphs_is_the_body_style(tmp_path: Path) -> None:
    """A book whose every paragraph has class="chapter" (short lines of dialogue too) has no headings
    by style: its chapters stay the table of contents' and no line is read as a title."""
    from samples.synthetic import write_epub

    lines = "".join(f'<p class="chapter">{line}</p>' for line in ["“Is it late?” he asked.", "“Very,” she said.",
                                                                    "The lamp was lit at dusk. " * 20] * 4)
    pages = [(f"c{n}.xhtml", f"Chapter {n}", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{lines}</body></html>'
              .encode()) for n in (1, 2)]
    book = read_book(write_epub(tmp_path / "styled.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert not [b for c in book.chapters for b in c.blocks if b.kind == "heading"]


def test_paragraphs_set_apart_by_blank_lines_are_paragraphs_and_their_chapter_lines_cut(tmp_path: Path) -> None:
    """A book made without <p>, its text in one element with "<br/><br/>" between paragraphs (and
    stanzas): each paragraph is a block (a paragraph's pause, not one run-on), so its "Chapter 2"
    lines are found and cut at; a single <br/> (a verse line) stays inside its stanza."""
    from samples.synthetic import write_epub

    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 30
    stanza = "The tide came in,<br/>the tide went out,<br/>\n the keeper slept."
    parts = [f"Chapter {n}<br/><br/>{prose}<br/><br/>{stanza}<br/>\n<br/>{stanza}<br/><br/><br/>" for n in (1, 2, 3)]
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body><div>{"".join(parts)}</div></body></html>'.encode()
    book = read_book(write_epub(tmp_path / "blank-lines.epub", "The Keeper", [("book.xhtml", "Start", page)]))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    verse = "The tide came in, the tide went out, the keeper slept."
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [f"Chapter {n}", prose.strip(), verse, verse] for n in (1, 2, 3)]


def test_paragraphs_each_ended_by_one_line_break_are_paragraphs_and_their_chapter_lines_cut(tmp_path: Path) -> None:
    """A web page or converted book made without <p>, one <br/> after each paragraph (a blog's or an old story
    site's text, typed in a box that turns a new line into <br>): the whole book was one paragraph of 2,700 words,
    one chapter whose "Chapter 2" was read inside it. Where most lines end a sentence (dialogue's short lines too)
    and one is longer than verse's, each line is a paragraph and its chapter lines cut chapters, two where "Chapter
    1" opens the text; prose wrapped with <br/> at a page's width (few lines end a sentence) and a stanza's lines
    stay one paragraph each."""
    import random
    import textwrap

    from samples.synthetic import chapter_paragraphs

    talk = ["“Yes.”", "“Is it far?” she asked.", "“No.”", "He shrugged."]  # most lines short: dialogue
    chapters = [[line for paragraph in chapter_paragraphs(700, random.Random(n)) for line in (paragraph, *talk)]
                for n in (1, 2, 3)]
    text = "<br>\n".join(f"Chapter {n}<br>\n" + "<br>\n".join(paragraphs)
                         for n, paragraphs in enumerate(chapters, start=1))
    for body in (text, f"<div>{text}</div>", f"<p>{text}</p>"):
        book = read_book(_html_book(tmp_path, body))
        assert [[b.text for b in c.blocks] for c in book.chapters] == [
            [f"Chapter {n}", *paragraphs] for n, paragraphs in enumerate(chapters, start=1)]
    two = read_book(_html_book(tmp_path, text.split("<br>\nChapter 3")[0]))  # "Chapter 1" opens, one more follows
    assert [c.title for c in two.chapters] == ["Chapter 1", "Chapter 2"]
    stanza = "The tide came in.<br/>The keeper slept.<br/>The lamp burned on.<br/>The gulls were still."
    assert [b.lines for c in read_book(_html_book(tmp_path, f"<p>{stanza}</p>")).chapters for b in c.blocks] == [4]
    wrapped = [" ".join(paragraph.split()) for paragraph in chapters[0]]
    book = read_book(_html_book(tmp_path, "".join(f"<p>{textwrap.fill(p, 60).replace(chr(10), '<br/>')}</p>"
                                                  for p in wrapped)))
    assert [b.text for c in book.chapters for b in c.blocks] == wrapped


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
    book = read_book(_html_book(tmp_path, f"<pre>{text}</pre>"))
    assert [c.title for c in book.chapters] == ["CHAPTER 1", "CHAPTER 2", "CHAPTER 3"]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [f"CHAPTER {n}", *paragraphs] for n, paragraphs in enumerate(chapters, start=1)]
    # short lines in a <pre>, a log or an address, stand apart as <br/> lines do ("KEEPER'S LOG Dusk lamp lit"), a
    # log's columns apart as a table's cells are
    book = read_book(_html_book(tmp_path, "<h2>Chapter 1</h2><p>The log read so.</p><pre>  KEEPER'S LOG\n  Dusk   lamp "
                                          "lit\n  Dawn   lamp out</pre><p>Then he slept.</p>"))
    assert [b.text for b in book.chapters[0].blocks] == ["Chapter 1", "The log read so.", "KEEPER'S LOG",
                                                         "Dusk, lamp lit", "Dawn, lamp out", "Then he slept."]




@pytest.mark.parametrize("listing", [
    '<pre><code class="language-console">{}</code></pre>',  # mdBook, Prism, highlight.js
    '<div class="sourceCode"><pre class="sourceCode sh">{}</pre></div>',  # pandoc
    '<pre data-type="programlisting">{}</pre>',  # O'Reilly
    '<pre class="programlisting">{}</pre>',  # DocBook
])
def test_each_line_of_a_code_listing_is_read_as_a_line_of_its_own(tmp_path: Path, listing: str) -> None:
    """A programming book's listing, one command or statement a line: read as one sentence before ("$ mkdir
    projects $ cd projects"), each line is now a line of its own, with a sentence's pause after it and a
    paragraph's after the listing, and nothing is lost; a plain <pre> of wrapped prose still joins its lines."""
    commands = ["$ mkdir projects", "$ cd projects", "$ cargo new hello_world", "  Created binary package"]
    prose = ("The keeper wrote the hour in his book\nand went down the stairs to the boat,\n"
             "where the tide was already turning.")
    book = read_book(_html_book(tmp_path, "<p>Enter these commands:</p>" + listing.format("\n".join(commands) + "\n")
                                + f"<p>Then the story.</p><pre>{prose}</pre>"))
    assert [b.text for c in book.chapters for b in c.blocks] == [
        "Enter these commands:", *(command.strip() for command in commands), "Then the story.",
        " ".join(prose.split())]
    segments = [s for c in plan_book(book).chapters for s in c.segments]  # a line's pause is a sentence's
    assert [s.ends_block for s in segments] == [True, False, False, False, True, True, True]



def test_a_key_in_a_code_listing_is_listed_not_a_reason_to_refuse_the_book(tmp_path: Path) -> None:
    """Node.js's manual holds a 1,027-character key in hexadecimal in one listing: the whole 8 MB book was refused
    ("unreadable run of 1,027 characters without spaces"). In a listing such a run is listed and the rest read;
    in prose it still stops the book, in one line."""
    key = "B56CE45CB740B09A13F64AC5" * 50
    listing = f"<pre><code>const prime = '{key}';\nuse(prime);</code></pre>"
    book = read_book(_html_book(tmp_path, f"<p>The key:</p>{listing}"))
    plan = plan_book(book)
    assert [s.text for c in plan.chapters for s in c.segments] == ["The key:", "const prime =", "use(prime);"]
    assert [(s.reason, s.characters) for s in plan.skipped] == [
        ("a code listing's run of over 1,000 characters without spaces (a key or data)", len(key))]
    with pytest.raises(ParseError, match="unreadable run of 1,2"):
        plan_book(read_book(_html_book(tmp_path, f"<p>The key: {key}</p>")))


def test_a_headings_permalink_sign_is_not_read(tmp_path: Path) -> None:
    """Web documentation marks each heading with a link to itself ("#" in Node.js's, "¶" in Sphinx's, also beside
    an API entry): it was read, and titled the chapters "Assert#". A "#" link in the text is read."""
    book = read_book(_html_book(tmp_path, (
        '<h2>The Lamp<span><a class="mark" href="#lamp">#</a></span></h2><p>See <a href="#n">#</a> 4.</p>'
        '<dl><dt id="f">lamp.light()<a class="headerlink" href="#f" title="Link to this definition">¶</a></dt>'
        '<dd>Lights the lamp.</dd></dl><h2>The Lens<a class="headerlink" href="#lens">¶</a></h2><p>Polished.</p>')))
    assert [c.title for c in book.chapters] == ["The Lamp", "The Lens"]
    assert read_text(book) == "The Lamp See # 4. lamp.light() Lights the lamp. The Lens Polished."
    assert reasons(book) == {"permalink sign (a link to its own heading: #, ¶, §)": 3}


def test_a_code_listings_brackets_asterisks_and_underscores_are_the_programs(tmp_path: Path) -> None:
    """In prose "word[1]" is a note's marker and "*word*" emphasis, which are not read; in a listing they are the
    program's own text ("args[1]" was read "args", "*count" "count"). A terminal's prompt ("$ ") is not read."""
    code = "let first = args[1].clone();\n*count += 1;\nlet file_name = first;\n$ cargo run"
    book = read_book(_html_book(tmp_path, f"<p>The keeper[1] wrote *this*.</p><pre><code>{code}</code></pre>"))
    heard = [s.spoken or s.text for c in plan_book(book).chapters for s in c.segments]
    assert heard == ["The keeper wrote this.", "let first = args[one].clone();", "*count += one;",
                     "let file_name = first;", "cargo run"]  # the prompt not said
def test_chapter_numbers_that_start_again_in_each_part_take_the_parts_name(tmp_path: Path) -> None:
    """A novel whose chapters are numbered again in each part ("Chapter 1" in Part One and in Part
    Two): a player's chapter list would show the same titles twice, so they take their part's name
    (from the part title folded into them, or an <h1> above their <h2>); titles that do not repeat,
    and repeats no part tells apart, stay as they are."""
    from samples.synthetic import write_epub

    pages = [("p1.xhtml", "Part One", _body_page("<h1>Part One</h1>")),
             ("c1.xhtml", "Chapter 1", _body_page(f"<h2>Chapter 1</h2>{PROSE}")),
             ("c2.xhtml", "Chapter 2", _body_page(f"<h2>Chapter 2</h2>{PROSE}")),
             ("p2.xhtml", "Chapter 1", _body_page(f"<h1>The Return</h1><h2>Chapter 1</h2>{PROSE}")),
             ("c3.xhtml", "Chapter 2", _body_page(f"<h2>Chapter 2</h2>{PROSE}")),
             ("c4.xhtml", "Epilogue", _body_page(f"<h2>Epilogue</h2>{PROSE}"))]
    book = read_book(write_epub(tmp_path / "parts.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Part One, Chapter 1", "Part One, Chapter 2",
                                                "The Return, Chapter 1", "The Return, Chapter 2", "Epilogue"]
    untold = [("c1.xhtml", "Chapter 1", _body_page(f"<h2>Chapter 1</h2>{PROSE}")),
              ("c2.xhtml", "Chapter 1", _body_page(f"<h2>Chapter 1</h2>{PROSE}"))]
    book = read_book(write_epub(tmp_path / "untold.epub", "The Keeper", untold))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 1"]

    from samples.structure import Entry, write_book  # parts named only in the nav, as unlinked <span>s
    files = [(f"p{p}c{c}.xhtml", _body_page(f"<h2>Chapter {c}</h2>{PROSE}")) for p in (1, 2) for c in (1, 2)]
    nav = [Entry(part, "", [Entry(f"Chapter {c}", f"p{p}c{c}.xhtml") for c in (1, 2)])
           for p, part in ((1, "Part One"), (2, "Part Two"))]
    book = read_book(write_book(tmp_path / "spans.epub", "The Keeper", "Ines Roca", "en", files, nav))
    assert [c.title for c in book.chapters] == ["Part One, Chapter 1", "Part One, Chapter 2",
                                                "Part Two, Chapter 1", "Part Two, Chapter 2"]

    text = tmp_path / "parts.txt"
    text.write_text("THE KEEPER\n\nby Ines Roca\n\n" + "".join(
        f"PART {part}\n\nCHAPTER I.\n\nThe lamp was lit at dusk.\n\nCHAPTER II.\n\nThe keeper slept.\n\n"
        for part in ("ONE", "TWO")), encoding="utf-8")
    assert [c.title for c in read_book(text).chapters] == [
        "PART ONE, CHAPTER I.", "PART ONE, CHAPTER II.", "PART TWO, CHAPTER I.", "PART TWO, CHAPTER II."]


def test_running_heads_and_page_numbers_of_a_converted_book_are_skipped_and_torn_sentences_joined(
        tmp_path: Path) -> None:
    """A book converted from print keeps each page's furniture as paragraphs: the title or author
    at the top of the page, with or without the page number, and bare page numbers, often in the
    middle of a sentence. They are skipped and listed; the sentence they tore (a hyphenated word
    too, which keeps its hyphen where the book writes it so elsewhere) is one paragraph again.
    A chapter numbered "2" on its own line, a story titled as the book, and the title inside a
    sentence are read; the book's title over every chapter's heading is not, nor its title."""
    page = "".join([
        "<h2>The Tide Clock</h2><p>The clock was wound at dusk and the keeper</p><p>THE TIDE CLOCK</p><p>12</p>",
        "<p>went down to the lamp.</p><p>It ran slow in winter.</p><p>Ines Roca 13</p>",
        "<p>Nobody minded the light-</p><p>14</p><p>house, nor the bell.</p>",
        "<p>2</p><p>The second night was calm, and the tide clock was right.</p>",
        "<p>The salt-stained door stood open on the salt-</p><p>15</p><p>stained steps.</p>",
        "<p>“The Tide Clock,” she said, “is slow.”</p><p>The Tide Clock</p><p>16</p>",
        "<p>The last page ends here.</p>"])
    book = read_book(_html_book(tmp_path, page))
    texts = [b.text for c in book.chapters for b in c.blocks]
    assert texts == ["The Tide Clock", "The clock was wound at dusk and the keeper went down to the lamp.",
                     "It ran slow in winter.", "Nobody minded the lighthouse, nor the bell.", "2",
                     "The second night was calm, and the tide clock was right.",
                     "The salt-stained door stood open on the salt-stained steps.",  # as the book writes it
                     "“The Tide Clock,” she said, “is slow.”", "The last page ends here."]
    assert reasons(book) == {"running head (the book's title or author, repeated on its pages)": 3 + 3 + 3,
                             "page number": 4}
    torn = ("<h2>Chapter 1</h2><p>The clock was wound at dusk, as it had been every evening since the keeper came to "
            "the island, and the</p><p>keeper went down to the lamp.</p><p>The lamp goes round,</p>"
            "<p>it does not ask who sees.</p>")
    assert [b.text for b in read_book(_html_book(tmp_path, torn)).chapters[0].blocks][1:] == [
        "The clock was wound at dusk, as it had been every evening since the keeper came to the island, and the keeper "
        "went down to the lamp.", "The lamp goes round,", "it does not ask who sees."]  # verse lines stay lines
    # once only, but beside its page number: the title line is the page's head, and the sentence is whole again
    once = read_book(_html_book(tmp_path, "<h2>Chapter 1</h2><p>The clock was wound at dusk, as it was every evening "
                                          "since he came, and the</p><p>THE TIDE CLOCK</p><p>12</p><p>keeper went down."
                                          "</p>"))
    assert [b.text for b in once.chapters[0].blocks] == [
        "Chapter 1", "The clock was wound at dusk, as it was every evening since he came, and the keeper went down."]
    letters = "".join(f"<h2>Letter {n}</h2><p>The lamp is lit and the tide is high.</p><p>Ines Roca</p>"
                      for n in (1, 2, 3))
    assert read_text(read_book(_html_book(tmp_path, letters))).count("Ines Roca") == 3  # signed letters are read
    # every document opens with the book's title above its chapter's own heading, and no TOC names the chapters
    from samples.structure import page as xhtml_page
    from samples.structure import write_book

    files = [(f"c{n}.xhtml", xhtml_page("K", f"<h1>The Tide Clock</h1><h2>Chapter {n}</h2>{PROSE}")) for n in (1, 2, 3)]
    book = read_book(write_book(tmp_path / "heads.epub", "The Tide Clock", "Ines Roca", "en", files, [], epub2=True))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert "Tide Clock" not in read_text(book)


def test_a_chapters_title_beside_a_page_number_on_its_pages_is_a_running_head(tmp_path: Path) -> None:
    """A book converted from print heads its odd pages with the chapter's title and the page number ("CHAPTER 2
    15", "16 The Storm"): they were read, "Chapter two fifteen", every few minutes. Two or more such lines in a
    chapter are its pages' head, skipped and listed, and the sentence they tore is whole again; a refrain that
    repeats a poem's title, with no page number, is read."""
    prose = "The clock was wound at dusk, as it had been every evening since the keeper came to the island."
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{prose}</p><p>CHAPTER {n} {10 * n + 1}</p><p>{prose} And the</p>"
                       f"<p>{10 * n + 2} Chapter {n}</p><p>keeper went down.</p>" for n in (1, 2))
    refrain = "<h2>Row the Boat</h2><p>Row the boat</p><p>over the water,</p><p>Row the boat</p><p>home.</p>"
    book = read_book(_html_book(tmp_path, chapters + refrain))
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        *([f"Chapter {n}", prose, f"{prose} And the keeper went down."] for n in (1, 2)),
        ["Row the Boat", "Row the boat", "over the water,", "Row the boat", "home."]]
    reason = "running head (the chapter's title beside a page number, repeated on its pages)"
    assert reasons(book) == {reason: 2 * 2 * 3}


def test_printed_lines_kept_as_paragraphs_are_joined_into_paragraphs_and_verse_keeps_its_lines(
        tmp_path: Path) -> None:
    """A book converted from print without unwrapping has a paragraph per printed line, and each
    would end with a paragraph's pause mid-sentence ("... and the" / "keeper remembered ..."). Its
    lines are joined into paragraphs again, all the text kept (a word hyphenated at a line's end is
    one word, unless the book writes it with the hyphen elsewhere: "salt-" / "stained"); a paragraph
    whose last line happens to be full runs on into the next, as in any unwrapping. Verse set a line
    per paragraph, capitalised or not, keeps its lines, and a line naming a division stays a heading."""
    import random
    import textwrap

    from samples.structure import Entry, page, write_book
    from samples.synthetic import chapter_paragraphs

    paragraphs = chapter_paragraphs(1500, random.Random(4))
    paragraphs[3] = paragraphs[3].replace("keeper", "light-house keeper", 1)
    lines: list[str] = []
    compound_split = False
    for line in (line for paragraph in paragraphs for line in textwrap.wrap(paragraph, 64, break_on_hyphens=False)):
        split = "light-" if "light-" in line else ""  # "light-" / "house keeper watched ..."
        if not split and not compound_split and "salt-stained" in line:  # once: the book writes it whole elsewhere
            split, compound_split = "salt-", True
        before, hyphen, after = line.partition(split) if split else (line, "", "")
        lines.extend([before + hyphen, after] if hyphen else [line])
    assert compound_split
    body = "<h2>Chapter 1</h2>" + "".join(f"<p>{line}</p>" for line in lines)
    verse = ["The keeper climbs the stair at dusk,", "And counts the steps", "Beneath the lamp,",
             "While gulls go home across the bay;", "The tide comes in", "And no one sees", "the light go round,",
             "but ships at sea", "that read the dark", "and turn for home."] * 3
    poem = "<h2>Chapter 2</h2>" + "".join(f"<p>{line}</p>" for line in verse)
    for n, line in enumerate(verse[::3]):
        verse[3 * n] = line.lower()
    free = "<h2>Chapter 3</h2>" + "".join(f"<p>{line}</p>" for line in verse)
    even = ["the keeper climbs at dusk and counts", "each step beneath the turning lamp",
            "while the gulls go home across", "the grey bay and no one sees", "the light go round but ships",
            "that read the dark and turn"] * 4
    lower = "<h2>Chapter 4</h2>" + "".join(f"<p>{line}</p>" for line in even)  # lines even, in lower case: verse
    pages = [("c1.xhtml", page("C1", body)), ("c2.xhtml", page("C2", poem)), ("c3.xhtml", page("C3", free)),
             ("c4.xhtml", page("C4", lower))]
    book = read_book(write_book(tmp_path / "wrapped.epub", "The Keeper", "Ann Example", "en", pages,
                                [Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2, 3, 4)]))
    prose = [b.text for b in book.chapters[0].blocks[1:]]
    assert " ".join(prose) == " ".join(paragraphs).replace("light-house", "lighthouse")
    assert len(paragraphs) - 3 <= len(prose) < len(paragraphs) and all(p.endswith((".", "!", "?")) for p in prose)
    assert [len(c.blocks) for c in book.chapters[1:]] == [1 + len(verse), 1 + len(verse), 1 + len(even)]
    # a fixed-layout page's lines, each a <div>, under a line "Chapter 5" that is no heading element: the heading
    # line was joined to the first line ("Chapter 5 The patient window crossed..."), read as one sentence
    page_lines = "".join(f'<div style="position:absolute">{line}</div>' for line in ["Chapter 5", *lines])
    book = read_book(write_book(tmp_path / "fixed.epub", "The Keeper", "Ann Example", "en",
                                [("p1.xhtml", page("P1", page_lines))], [Entry("Page 1", "p1.xhtml")]))
    assert book.chapters[0].blocks[0].text == "Chapter 5"
    assert " ".join(b.text for b in book.chapters[0].blocks[1:]) == " ".join(paragraphs).replace("light-house",
                                                                                                 "lighthouse")


def test_a_skipped_note_marker_leaves_no_space_before_the_mark_after_it(tmp_path: Path) -> None:
    """Docutils writes a note's marker after a space ("my sister <a class="footnote-reference">[1]</a>."): without
    the marker the sentence read "my sister . She", a stray full stop in captions and a pause before it. A space
    that follows the marker stays (French "sœur [1] ;"), and so does one before an opening word."""
    marker = '<a class="footnote-reference" href="#n1" role="doc-noteref">[{}]</a>'
    body = (f"<p>A letter came from my sister {marker.format(1)}. She asked, {marker.format(2)}, if I was well "
            f"{marker.format(3)}; and {marker.format(4)} whether the lamp (the old one {marker.format(5)}) still "
            f"burned.</p><p lang='fr'>Une lettre de ma sœur {marker.format(6)} ; elle allait bien.</p>"
            "<aside role='doc-footnote' id='n1'><p>She lived in Bergen.</p></aside>")
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "A letter came from my sister. She asked, if I was well; and whether the lamp (the old one) still burned.",
        "Une lettre de ma sœur ; elle allait bien."]
    assert reasons(book)["note reference marker"] == 6


def test_a_plain_number_link_against_the_word_before_it_is_a_note_marker(tmp_path: Path) -> None:
    """An older Kindle book (and HTML saved from one) marks a note with a plain linked number set against the
    word before it, "hand.<a href="#filepos5993">1</a>": read, it was "hand one". It is skipped, and the block
    it points to is the note; a linked number after a space ("see page <a>12</a>") is read."""
    body = ('<p>He wrote the figure down in a careful hand.<a href="#filepos5993">1</a> Then he climbed, as the '
            'log<a href="#filepos6001">*</a> says, to the lamp; see page <a href="#p12">12</a>.</p>'
            '<p id="p12">The lamp burned all night.</p><div class="calibre"><a id="filepos5993"></a>'
            '<p>Twenty-eight inches and four tenths.</p><a id="filepos6001"></a><p>Kept in the museum.</p></div>')
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "He wrote the figure down in a careful hand. Then he climbed, as the log says, to the lamp; see page 12.",
        "The lamp burned all night."]
    assert reasons(book) == {"note reference marker": 2, "note (where a note marker in the text links)": 5 + 4}


def test_superscripts_are_powers_ordinal_indicators_or_note_numbers(tmp_path: Path) -> None:
    """<sup> after a number, a unit, a lone letter or a formula's letters after "=" ("E = mc<sup>2</sup>") is a
    power ("10<sup>11</sup>" read as written,
    "one thousand and eleven", was a wrong number); after a word or a mark, a number in <sup> is a
    note's number, skipped and listed; "1<sup>o</sup>" and "n<sup>o</sup>" are ordinal indicators, after a stop
    and a title too ("2.<sup>a</sup>", "D.<sup>a</sup>": "dos.a", "D.a" were read);
    letters ("1<sup>st</sup>", "M<sup>me</sup>") stay letters."""
    body = ("<p>The galaxy holds 10<sup>11</sup> stars in 10<sup>-5</sup> of the sky.<sup>12</sup> A room of 20 "
            "m<sup>2</sup>, where x<sup>2</sup> grows, slept<sup>3</sup> on the 1<sup>st</sup> of May.</p>"
            "<p>M<sup>me</sup> Roy, n<sup>o</sup> 5, the 2<sup>a</sup> time.</p><p>So E = mc<sup>2</sup>.</p>"
            "<p>La 2.<sup>a</sup> vez, n.<sup>o</sup> 7, D.<sup>a</sup> Ana y la Sr.<sup>a</sup> Gil.</p>")
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "The galaxy holds 10¹¹ stars in 10⁻⁵ of the sky. A room of 20 m², where x² grows, slept on the 1st of May.",
        "Mme Roy, nº 5, the 2ª time.", "So E = mc².", "La 2.ª vez, n.º 7, D.ª Ana y la Sr.ª Gil."]
    assert reasons(book) == {"note reference marker": 2}
    heard = [s.heard for s in plan_book(book).chapters[0].segments]
    assert "The galaxy holds ten to the power of eleven stars in ten to the power of minus five of the sky." in heard[1]
    assert "A room of twenty square meters, where x squared grows, slept on the first of May." in heard[1]


def test_a_span_set_as_superscript_is_a_note_number_or_a_power_as_a_sup_is(tmp_path: Path) -> None:
    """calibre sets <sup> as <span class="c7"> whose stylesheet rule says "vertical-align: super": "week.4 Nobody"
    was read with the note's number, "10<span>3</span> cm" as "one hundred and three". A raised span is what a
    <sup> would be, by its class's rule or its own style; a span set so holding a sign, or after a space, is read."""
    body = ('<p>The ferry ran twice a week.<span class="c7">4</span> Nobody knew why,<span style="vertical-align: '
            'super">5</span> and the hold was 10<span class="c7">3</span> cm<span class="c7">3</span>.</p>'
            '<p>It cost <span class="c7">$</span>5 and <span class="c7">12</span> more, week.<span>6</span></p>')
    source = _html_book(tmp_path, f"<h2>Chapter 1</h2>{body}")
    source.write_text(source.read_text().replace("</title>", "</title><style>.c7 { vertical-align: super }</style>"))
    book = read_book(source)
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "The ferry ran twice a week. Nobody knew why, and the hold was 10³ cm³.", "It cost $5 and 12 more, week.6"]
    assert reasons(book) == {"note reference marker": 2}


def test_a_span_classed_as_a_note_marker_is_not_read(tmp_path: Path) -> None:
    """A converter's marker as a plain span, not raised, its class naming it ("fn", "noteref", "fn-3"): "Then he
    left.3" was read with the note's number. A span of such a class after a space, or a class that only begins
    so ("font"), is the text's."""
    body = ('<p>Then he left.<span class="fn">3</span> The boat came,<span class="noteref">4</span> late.</p>'
            '<p>It was <span class="fn-3">12</span> miles, week.<span class="font">6</span></p>')
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == ["Then he left. The boat came, late.",
                                                             "It was 12 miles, week.6"]
    assert reasons(book) == {"note reference marker": 2}


def test_a_scene_break_is_a_longer_pause_and_its_ornaments_are_not_read(tmp_path: Path) -> None:
    """"* * *", "⁂" and <hr/> between scenes: espeak-ng and Piper read "asterisk asterisk asterisk".
    The ornaments are not sent to any engine; the paragraph before the break ends its scene, and
    the timeline puts the scene pause there (between the paragraph and the chapter pause)."""
    from audiobook.audio.timeline import chapter_timeline
    from audiobook.settings import RenderSettings
    from audiobook.synthesis.render import RenderedSegment

    scene = "<p>The lamp was lit at dusk and the keeper wrote the hour in his book.</p>"
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2>{scene}<p class='center'>* * *</p>{scene}<hr/>"
                                          f"{scene}<p>⁂</p>{scene}{scene}"))
    assert [b.text for b in book.chapters[0].blocks].count(BLOCK := "The lamp was lit at dusk and the keeper "
                                                             "wrote the hour in his book.") == 5
    assert [b.ends_scene for b in book.chapters[0].blocks] == [False, True, True, True, False, False]
    plan = plan_book(book)
    segments = plan.chapters[0].segments
    assert all("*" not in s.heard and "⁂" not in s.heard for s in segments) and segments[1].text == BLOCK
    settings = RenderSettings(paragraph_pause_ms=700, scene_pause_ms=1500, chapter_pause_ms=2000, sample_rate=1000)
    rendered = [RenderedSegment(s.id, f"key{n}", 100, "v", "espeak", 1, False) for n, s in enumerate(segments)]
    pauses = [clip.frames for clip in chapter_timeline(plan.chapters[0], rendered, settings, 0).clips if clip.key is None]
    assert pauses == [700, 1500, 1500, 1500, 700, 2000]  # heading, three scene ends, a paragraph, the chapter


def test_scene_breaks_made_of_letters_are_pauses_and_numerals_and_cries_are_read(tmp_path: Path) -> None:
    """Fan fiction and self-published books break scenes with "xXx", "o0o", "-o-" or "o O o": each was read
    aloud ("ex ex ex"). They are scene breaks; "XXX" (a chapter's numeral) and "Oooo!" are read."""
    scene = "<p>The lamp was lit at dusk and the keeper wrote the hour in his book.</p>"
    breaks = ["xXx", "o0o", "-o-", "o O o", "x x x", "~*~oOo~*~"]
    book = read_book(_html_book(tmp_path, "<h2>Chapter 1</h2>" + scene + "".join(
        f"<p class='center'>{mark}</p>{scene}" for mark in breaks) + "<h2>XXX</h2><p>Oooo!</p>" + scene))
    assert [b.text for c in book.chapters for b in c.blocks] == [
        "Chapter 1", *[BLOCK := scene[3:-4]] * (len(breaks) + 1), "XXX", "Oooo!", BLOCK]
    assert [b.ends_scene for b in book.chapters[0].blocks[1:]] == [True] * len(breaks) + [False]
    assert [s.heard for s in plan_book(book).chapters[1].segments[:2]] == ["thirty", "Oooo!"]


def test_scene_breaks_set_as_a_decorative_image_a_break_class_or_a_rare_blank_line(tmp_path: Path) -> None:
    """Books mark scene breaks without a character to read: an ornament image (empty alt text, which
    marks decoration), an empty block whose class names the break, or, in word-processor exports, a
    blank paragraph. Each was read as a paragraph's pause. They are scene breaks between paragraphs;
    a figure (alt text), a "page-break" marker, a picture or blank line under a title or before the
    next one, and blank paragraphs that space out every paragraph are not."""
    def scene(n: int) -> str:
        return f"<p>Scene {n}: the lamp was lit at dusk and the keeper wrote the hour in his book.</p>"

    def ends(body: str) -> list[bool]:
        return [b.ends_scene for chapter in read_book(_html_book(tmp_path, body)).chapters for b in chapter.blocks]

    breaks = ['<p class="center"><img src="flourish.png" alt=""/></p>', '<div class="scene-break"></div>',
              '<div class="orn"><svg xmlns="http://www.w3.org/2000/svg"/></div>']
    not_breaks = ['<p><img src="map.png" alt="A map of the island"/></p>', '<div class="page-break"></div>']
    body = "".join(scene(n) + cut for n, cut in enumerate([*breaks, *not_breaks, ""]))
    assert ends(f"<h2>Chapter 1</h2>{body}") == [False, True, True, True, False, False, False]
    # under the title and before the next one: the heading's own pauses
    assert ends(f"<h2>Chapter 1</h2>{breaks[0]}{scene(1)}{breaks[1]}<h2>Chapter 2</h2>{scene(2)}") == [
        False, False, False, False]
    blank = "<p>&#160;</p>"
    assert ends("<h2>Chapter 1</h2>" + "".join(map(scene, range(6))) + blank + "".join(map(scene, range(6, 12)))) == [
        False, *([False] * 5), True, *([False] * 6)]
    assert not any(ends("<h2>Chapter 1</h2>" + "".join(scene(n) + blank for n in range(12))))


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


def test_an_authors_name_set_as_a_heading_under_the_title_opens_no_chapter(tmp_path: Path) -> None:
    """A title page set as headings ("# Le Mystère de la chambre jaune" / "## Gaston Leroux", as Pandoc writes
    Feedbooks' EPUBs) put the author's name at the chapters' level: it became the first chapter, "Gaston Leroux",
    and the publisher's page under it (the author's life, his other books, the licence) was read. The name opens no
    chapter; the title page and the publisher's page are skipped as the book's opening."""
    import random

    from samples.synthetic import chapter_paragraphs

    rng = random.Random(40)
    texts = [chapter_paragraphs(500, rng) for _ in range(3)]
    about = ("<p><b>About Ann Example:</b></p><p>Ann Example was born by the sea in 1950 and kept the Harbour "
             "light for thirty years before she wrote her first novel, which was read in many countries and made "
             "into a film.</p><p>Also available: The Salt Road (2001), The Ferry (2004).</p><p>Copyright: this work "
             "is in the public domain. Brought to you by www.example.com, for personal use only.</p>")
    path = _html_book(tmp_path, "<h1>The Tide Clock</h1><h2>Ann Example</h2><p><b>Publication:</b> 1907</p>" + about
                      + "".join(f"<h2>Chapter {n}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                                for n, paragraphs in enumerate(texts, start=1)), author="Ann Example")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [f"Chapter {n}", *paragraphs] for n, paragraphs in enumerate(texts, start=1)]
    # Pandoc's standalone HTML of a novel so made: its title block (the title, the author, the date) over the title
    # page put a second <h1> and a date at the level the book, one chapter too long, was cut at, and the publisher's
    # page was read as a chapter, "Ann Example"
    block = ('<header id="title-block-header"><h1 class="title">The Tide Clock</h1><p class="author">Ann Example</p>'
             '<p class="date">2007-03-02</p></header>')
    novel = [chapter_paragraphs(7_000, rng) for _ in range(3)]
    path = _html_book(tmp_path, block + "<h1>The Tide Clock</h1><h2>Ann Example</h2><p><b>Publication:</b> 1907</p>"
                      + about + "".join(f"<h2>Chapter {n}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                                        for n, paragraphs in enumerate(novel, start=1)), author="Ann Example")
    assert [[b.text for b in c.blocks] for c in read_book(path).chapters] == [
        [f"Chapter {n}", *paragraphs] for n, paragraphs in enumerate(novel, start=1)]


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
    html = _html_book(tmp_path, '<h1>Chapter 1</h1><p>The tables were printed in 1830 <span class="citation" '
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


def test_a_reference_list_is_back_matter_but_a_story_titled_references_is_read(tmp_path: Path) -> None:
    """A thesis's or a non-fiction book's reference list, under "References" (as Pandoc's citeproc heads it, in a
    `csl-bib-body` block) or "Références", was read entry by entry. It is skipped and listed as a bibliography is;
    a chapter of prose that happens to be titled "References" (a novel's job references) is read."""
    import random

    from samples.structure import Entry, page, paragraphs, write_book
    from samples.synthetic import chapter_paragraphs

    rng = random.Random(43)
    texts = [chapter_paragraphs(400, rng), chapter_paragraphs(900, rng)]
    entries = ["Smith, John. 2004. Tides of the North. London: Harbour Press.",
               "Doe, Jane. 2010. The Keeper's Log. Edinburgh: Salt Books."]
    html = _html_book(tmp_path, "<h1>Chapter 1</h1>" + paragraphs(texts[0]) + "<h1>Chapter 2</h1>" + paragraphs(
        texts[0]) + '<h1>References</h1><div id="refs" class="references csl-bib-body" role="list">' + "".join(
        f'<div class="csl-entry" role="listitem">{entry}</div>' for entry in entries) + "</div>")
    assert [c.title for c in read_book(html).chapters] == ["Chapter 1", "Chapter 2"]
    pages = [("c1.xhtml", page("c", "<h1>Chapter 1</h1>" + paragraphs(texts[0]))),
             ("c2.xhtml", page("c", "<h1>References</h1>" + paragraphs(texts[1]))),
             ("c3.xhtml", page("c", "<h1>Références</h1>" + paragraphs(entries)))]
    toc = [Entry("Chapter 1", "c1.xhtml"), Entry("References", "c2.xhtml"), Entry("Références", "c3.xhtml")]
    book = read_book(write_book(tmp_path / "refs.epub", "Tides", "Ann Example", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1", "References"]
    assert [b.text for b in book.chapters[1].blocks] == ["References", *texts[1]]
    assert reasons(book) == {"front/back matter (Références)": 1 + sum(len(entry.split()) for entry in entries)}


def test_reading_lists_credits_permissions_and_the_note_on_the_type_are_back_matter(tmp_path: Path) -> None:
    """A printed book's last pages: "Selected Bibliography", "Photo Credits", "Text Permissions", "A Note on the
    Type", "Weiterführende Literatur", "Crédits photographiques". Each was read as a chapter. They are skipped and
    listed; a long chapter of prose under such a title is read."""
    import random

    from samples.structure import Entry, page, paragraphs, write_book
    from samples.synthetic import chapter_paragraphs

    rng = random.Random(44)
    closing = {"Selected Bibliography": ["Adams, Ruth. Lights of the Coast. Halifax: Salt Press, 1998."],
               "Photo Credits": ["Page 12: The lighthouse at dusk, photograph by Tom Reddaway."],
               "Text Permissions": ["Lines from Fog by Mary Cole. Used by permission of the author's estate."],
               "A Note on the Type": ["This book was set in Caslon, first cut by William Caslon around 1725."],
               "Weiterführende Literatur": ["Brand, Ivo. Das Jahr des Wärters. Hamburg, 1961."],
               "Crédits photographiques": ["Page 45 : musée maritime de Halifax."]}
    story = chapter_paragraphs(900, rng)
    pieces = [("Chapter 1", chapter_paragraphs(900, rng)), ("Further Reading", story), *closing.items()]
    pages = [(f"p{n}.xhtml", page(title, f"<h1>{title}</h1>" + paragraphs(texts)))
             for n, (title, texts) in enumerate(pieces)]
    book = read_book(write_book(tmp_path / "closing.epub", "Tides", "Ann Example", "en", pages,
                                [Entry(title, f"p{n}.xhtml") for n, (title, _) in enumerate(pieces)]))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Further Reading"]
    assert [b.text for b in book.chapters[1].blocks[1:]] == story
    assert reasons(book) == {f"front/back matter ({title})": len(title.split()) + len(" ".join(texts).split())
                             for title, texts in closing.items()}


@pytest.mark.parametrize("form", ["epub", "html", "txt"])
def test_endnotes_without_links_under_their_title_are_skipped_and_a_chapter_titled_notes_is_read(
        tmp_path: Path, form: str) -> None:
    """A book's endnotes set under "Notes", each opening with its number, grouped under "Chapter 1", "Chapter 2",
    with no links to them: they were read, number by number, and cut into chapters at their "Chapter 2" labels.
    They are skipped and listed; a diary's chapter titled "Notes" is read."""
    import random

    from samples.structure import Entry, page, paragraphs, write_book
    from samples.synthetic import chapter_paragraphs

    rng = random.Random(45)
    notes = [line for chapter in (1, 2) for line in [f"Chapter {chapter}", *(
        f"{number}. The log for that week is now in the museum at Halifax, with the keeper's letters."
        for number in range(1, 31))]]
    diary = chapter_paragraphs(300, rng)
    pieces = [("Chapter 1", chapter_paragraphs(900, rng)), ("Notes", diary),
              ("Chapter 2", chapter_paragraphs(900, rng)), ("Notes", notes)]
    if form == "epub":
        pages = [(f"p{n}.xhtml", page(title, f"<h1>{title}</h1>" + paragraphs(texts)))
                 for n, (title, texts) in enumerate(pieces)]
        source = write_book(tmp_path / "notes.epub", "Tides", "Ann Example", "en", pages,
                            [Entry(title, f"p{n}.xhtml") for n, (title, _) in enumerate(pieces)])
    elif form == "html":
        source = _html_book(tmp_path, "".join(f"<h1>{title}</h1>" + paragraphs(texts) for title, texts in pieces))
    else:
        source = tmp_path / "notes.txt"
        source.write_text("".join(f"{title}\n\n" + "\n\n".join(texts) + "\n\n\n\n" for title, texts in pieces),
                          encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Notes", "Chapter 2"]
    assert [b.text for b in book.chapters[1].blocks[1:]] == diary
    assert reasons(book) == {"notes (the book's endnotes, listed under their title)": 1 + len(" ".join(notes).split())}
    assert set(notes) <= set(read_text_blocks(read_book(source, IngestOptions(include_matter=True))))


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


def test_a_book_of_one_word_in_another_script_says_so_in_one_line(tmp_path: Path) -> None:
    """A page whose only word is in a script none of the 11 uses stops with one line, counted as English counts
    ("1 word is", not "1 words are")."""
    path = tmp_path / "one.html"
    path.write_text('<html lang="en"><head><title>T</title></head><body><p>שלום</p></body></html>', encoding="utf-8")
    with pytest.raises(UnsupportedLanguageError, match=r"nothing to read: 1 word is in scripts and 0 in languages"):
        plan_book(read_book(path))


TURKISH = ("<h1>Birinci Bölüm</h1><p>Deniz fenerinin bekçisi her sabah erkenden kalkar, merdivenleri çıkar ve lambayı "
           "temizlerdi. Kış geldiğinde rüzgâr çok sert eserdi, ama o hiç şikâyet etmezdi. Akşamları defterine "
           "havayı, gemileri ve denizin rengini yazardı.</p>")


def test_a_book_in_an_unsupported_latin_script_language_stops_before_synthesis(tmp_path: Path) -> None:
    """A Turkish book (declared "tr", or not declared) was read by the English voice: the detector, restricted
    to the 11, must name one of them. It now stops before any synthesis, in one line naming what it read."""
    path = _html(tmp_path, "tr", TURKISH * 3)
    with pytest.raises(UnsupportedLanguageError, match=r'\(tr\) is not one of the 11.*reads as "tr".*--language'):
        plan_book(read_book(path))
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_text(f"<html><head><title>T</title></head><body>{TURKISH * 3}</body></html>", encoding="utf-8")
    with pytest.raises(UnsupportedLanguageError, match=r'\(undeclared\).*reads as "tr"'):
        plan_book(read_book(undeclared))
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "render", str(path), "-o", str(tmp_path / "out")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert '"tr"' in result.stderr and str(path) in result.stderr and not (tmp_path / "out").exists()
    forced = plan_book(read_book(path), SegmentOptions(language="de"))  # the user's choice is read
    assert {s.language for c in forced.chapters for s in c.segments} == {"de"}
    english = _html(tmp_path, "la", "<h1>One</h1><p>The keeper climbed the stairs every morning, cleaned the lamp "
                                    "and wrote the weather, the ships and the colour of the sea in his log.</p>")
    assert plan_book(read_book(english)).language == "en"  # wrongly declared, in a supported language: read


def test_a_chapter_that_names_an_editor_twice_is_not_an_imprint_page(tmp_path: Path) -> None:
    """A French guide's chapter on its e-book editor ("l'éditeur", a list item "Editeur de table des matières",
    "la mise en page") was skipped as a publisher's page: the same word with and without its accent counted as
    two of the three markers an imprint page needs. A real imprint page is still skipped."""
    from samples.synthetic import write_epub

    def page(title: str, body: str) -> bytes:
        return (f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title></head>'
                f"<body><h1>{title}</h1>{body}</body></html>").encode()

    prose = ("<p>Le gardien ouvrit la porte du phare et monta lentement les marches, une à une, en comptant "
             "chaque pas comme il le faisait depuis vingt ans.</p>") * 6
    editor = ("<p>Le programme contient un éditeur pour corriger les livres. L'éditeur sait modifier la mise en page "
              "et nettoyer un livre mal converti, sans toucher au texte.</p>"
              "<ul><li>Aperçu en direct</li><li>Editeur de table des matières</li><li>Vérification des erreurs</li>"
              "</ul>" + "<p>Ouvrez le livre, choisissez un chapitre et regardez le résultat à droite.</p>" * 12)
    imprint = ("<p>Éditeur : Éditions du Large, Brest.</p><p>Mise en page : Anne Roux.</p>"
               "<p>Dépôt légal : mars 2024.</p>")
    book = read_book(write_epub(tmp_path / "guide.epub", "Guide", [
        ("c1.xhtml", "Chapitre 1", page("Chapitre 1", prose)), ("c2.xhtml", "L'éditeur", page("L'éditeur", editor)),
        ("c3.xhtml", "Chapitre 3", page("Chapitre 3", prose)), ("imp.xhtml", "Fin", page("Fin", imprint))],
        language="fr"))
    assert [c.title for c in book.chapters] == ["Chapitre 1", "L'éditeur", "Chapitre 3"]
    assert [s.href for s in book.skipped if "by its content" in s.reason] == ["imp.xhtml"]


@pytest.mark.parametrize("one_document", [False, True])
def test_a_notes_section_that_ends_every_chapter_stays_in_its_chapter(tmp_path: Path, one_document: bool) -> None:
    """calibre's and pandoc's EPUBs of a Word file whose chapters each end with a "Notes" section list it under
    each chapter: every chapter came out as two, the second a "Notes" chapter of 61 words. One section that every
    chapter ends with stays in its chapter; sections of different titles are still chapters (and a "Summary"
    closing every chapter is one: `test_a_title_the_toc_repeats_under_different_chapters_takes_its_chapters_title`)."""
    from samples.structure import Entry, page, write_book

    def chapter(number: int, sections: list[str]) -> tuple[str, Entry]:
        name = "book.xhtml" if one_document else f"c{number}.xhtml"
        body = f'<h2 id="c{number}">Chapter {number}</h2>' + "".join(f"<p>{p}</p>" for p in _story(number, 500))
        entry = Entry(f"Chapter {number}", f"{name}#c{number}" if one_document else name)
        for n, title in enumerate(sections):
            body += f'<h3 id="n{number}-{n}">{title}</h3>' + "".join(f"<p>{p}</p>" for p in _story(number * 9, 60))
            entry.children.append(Entry(title, f"{name}#n{number}-{n}"))
        return body, entry

    def titles(sections: list[list[str]]) -> list[str]:
        made = [chapter(number, titles) for number, titles in enumerate(sections, start=1)]
        pages = ([("book.xhtml", page("T", "".join(body for body, _ in made)))] if one_document else
                 [(f"c{number}.xhtml", page("T", body)) for number, (body, _) in enumerate(made, start=1)])
        path = write_book(tmp_path / "book.epub", "The Keeper", "Ada Moss", "en", pages, [e for _, e in made])
        return [c.title for c in read_book(path).chapters]

    assert titles([["Notes"]] * 4) == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"]
    assert titles([["Notes"], ["Summary"], ["Notes"], ["Notes"]])[:2] == ["Chapter 1", "Chapter 1, Notes"]


def test_a_fixed_layout_picture_book_is_one_story_read_in_whole_sentences() -> None:
    """A fixed-layout picture book (each page a document, each printed line a positioned box or span, a TOC
    of "Page 1"...) was ten chapters of a dozen words, every line a segment cut mid-sentence, and, where
    InDesign's line spans end without a space, "top ofthe lighthouse" (125 words of 148). It is one chapter
    titled with the book's title, read sentence by sentence across line ends and page turns."""
    from samples.structure import MILA_PAGES

    book = read_book(STRUCTURE / "mila.epub")
    assert [c.title for c in book.chapters] == ["Mila and the Lamp"]
    assert [b.text for b in book.chapters[0].blocks] == [
        "Mila lived at the top of the lighthouse with her grandfather and a grey cat called Biscuit.",
        "Every night they climbed the long stairs together to light the great lamp.",
        "One night the wind blew so hard that the windows rattled and the cat hid under the bed.",
        "Grandfather said the ships needed the light more than ever on a night like this.",
        "So Mila carried the oil can, and Grandfather carried the matches, and Biscuit stayed behind.",
        "At the top the lamp was cold and dark, and far out at sea a small boat was looking for home. Mila struck "
        "the match, the wick caught, and the light swept over the dark water.",  # across the page turn
        "In the morning a fisherman came to the door with a basket of fish to say thank you.",
        "Biscuit came out from under the bed at once, because he liked fish very much.", "The End"]
    assert reasons(book) == {"front/back matter (Title Page)": 6}
    plan = plan_book(book)
    assert plan.chapters[0].words == sum(len(line.split()) for lines in MILA_PAGES for line in lines) - 1  # fisherman
    assert all(s.text.endswith((".", "The End")) for s in plan.chapters[0].segments)


def test_lines_set_as_positioned_spans_in_an_html_file_are_words_apart(tmp_path: Path) -> None:
    """Pandoc's HTML of a fixed-layout picture book keeps each line as a span placed by its style, with no space
    between them: "the windows rattled</span><span ...>and the cat" was read "rattledand". A span placed at its
    own top is a line of its own, in any HTML file; one that only sits in the flow keeps its words joined."""
    lines = ["One night the wind blew so", "hard that the windows rattled", "and the cat hid under the bed."]
    spans = "".join(f'<span style="position:absolute;top:{40 + 36 * n}px;left:0px;">{line}</span>'
                    for n, line in enumerate(lines))
    path = _html_book(tmp_path, f'<h1>Mila</h1><div class="page"><p>{spans}</p></div><h1>Biscuit</h1><p>The cat '
                                f'<span style="color:grey">sle</span>pt.</p>')
    book = read_book(path)
    assert [b.text for c in book.chapters for b in c.blocks if b.kind == "p"] == [" ".join(lines), "The cat slept."]


def test_apple_display_options_and_a_contents_of_pages_make_a_book_fixed_layout(tmp_path: Path) -> None:
    """An older EPUB 2 picture book says it is fixed-layout in Apple's display options, not in its package."""
    from samples.structure import MILA_PAGES, Entry, picture_page, write_book

    pages = [(f"p{n}.xhtml", picture_page(n, lines)) for n, lines in enumerate(MILA_PAGES, start=1)]
    path = write_book(tmp_path / "old.epub", "Mila and the Lamp", "Nora Quill", "en", pages,
                      [Entry(str(n), f"p{n}.xhtml") for n in range(1, len(pages) + 1)], epub2=True)
    assert len(read_book(path).chapters) == len(pages)  # reflowable: its TOC is the reader's to follow
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/com.apple.ibooks.display-options.xml", '<?xml version="1.0"?><display_options>'
                         '<platform name="*"><option name="fixed-layout">true</option></platform></display_options>')
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Mila and the Lamp"] and book.chapters[0].blocks[-1].text == "The End"


def test_a_chapter_of_lines_naming_later_headings_is_a_contents_list(tmp_path: Path) -> None:
    """calibre's EPUB of a Word file whose contents field kept three of its lines, with no "Contents" heading,
    opened with them as a chapter ("Erster Teil: Winter" / "Das Licht" / "Der Sturm"). Lines that name later
    chapters and headings are a contents list; a poem whose lines come back later as plain text is read."""
    from samples.structure import Entry, page, write_book

    def book(opening: str, quoted: str = "") -> Book:
        pages = [("c0.xhtml", page("Start", opening))]
        for number, (part, sections) in enumerate([("Erster Teil: Winter", ["Das Licht", "Der Sturm"]),
                                                   ("Zweiter Teil: Frühling", ["Das Boot"])], start=1):
            body = f"<h1>{part}</h1>" + "".join(f"<h2>{name}</h2>" + "".join(
                f"<p>{p}</p>" for p in _story(number * 5 + len(name), 200)) for name in sections)
            pages.append((f"c{number}.xhtml", page(part, body + (quoted if number == 1 else ""))))
        toc = [Entry("Start", "c0.xhtml"), Entry("Erster Teil: Winter", "c1.xhtml"),
               Entry("Zweiter Teil: Frühling", "c2.xhtml")]
        return read_book(write_book(tmp_path / "logbuch.epub", "Das Logbuch", "Greta Lind", "de", pages, toc))

    listed = book("<p>Erster Teil: Winter</p><p>Das Licht</p><p>Der Sturm</p>")
    assert [c.title for c in listed.chapters] == ["Erster Teil: Winter", "Zweiter Teil: Frühling"]
    assert reasons(listed)["contents list written as text"] == 7
    poem = "<p>Die Lampe brennt</p><p>das Glas ist kalt</p><p>die See ist grau</p><p>und ich bin alt</p>"
    kept = book(poem, quoted=poem)
    assert [c.title for c in kept.chapters] == ["Die Lampe brennt", "Erster Teil: Winter", "Zweiter Teil: Frühling"]


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
        paragraphs = _story(number, 400)
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


@pytest.mark.parametrize("notice", [
    "Digitized by the Internet Archive\nin 2011 with funding from\nUniversity of Toronto\n\n"
    "http://www.archive.org/details/keeperoflight00writ\n\n\n\n",
    "Digitized by the Internet Archive in 2007 with funding from Microsoft Corporation "
    "http://www.archive.org/details/keeper00writuoft\n\n\n", ""], ids=["lines", "one-paragraph", "none"])
def test_a_scanned_books_text_names_its_title_and_author_under_its_digitization_notice(
        tmp_path: Path, notice: str) -> None:
    """The Internet Archive's text of a scan opens with its digitization notice, then the title page: "THE KEEPER
    OF THE LIGHT" / "BY" / "ANN WRITER" / "LONDON" / "SALT PRESS" / "1911". The notice and the title page were
    skipped together as a publisher's page and the book titled by its file name; without the notice, the title
    page was read as a chapter ("BY" on its own line was no by-line). Now both are skipped and listed, and name
    the book."""
    text = notice + "THE KEEPER OF THE LIGHT\n\nBY\n\nANN WRITER\n\nLONDON\nSALT PRESS\n1911\n\n\n\n"
    for number, numeral in enumerate(("I", "II", "III")):
        text += f"CHAPTER {numeral}\n\n" + "\n\n".join(_story(number, 400)) + "\n\n\n"
    path = tmp_path / "keeperoflight00writ_djvu.txt"
    path.write_text(text, encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Keeper of the Light", ("Ann Writer",))
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II", "CHAPTER III"]
    assert reasons(book) == ({"a scan's digitization notice": len(notice.split())} if notice else {}) | {
        "title page (title and author lines)": 12}


@pytest.mark.parametrize("form", ["txt", "pre"])
def test_a_table_set_in_spaces_is_read_cell_by_cell(tmp_path: Path, form: str) -> None:
    """A table of tides typed with spaces between its columns, in a text book or in an HTML book's <pre>, was heard
    "Monday six twelve twelve thirty": each row is read as a table's row is, its cells apart ("Monday, six twelve,
    twelve thirty"); a sentence's two spaces after its stop and a verse line's indent stay as they were."""
    table = ["  Day        High     Low", "  Monday     06:12    12:30", "  Tuesday    06:55    13:14"]
    prose = "He copied the tides for the week.  Then he went up to the lamp room to trim the wick."
    if form == "txt":
        path = tmp_path / "tides.txt"
        path.write_text("CHAPTER I\n\n" + prose + "\n\n" + "\n".join(table) + "\n", encoding="utf-8")
    else:
        path = _html_book(tmp_path, f"<h2>CHAPTER I</h2><p>{prose}</p><pre>\n" + "\n".join(table) + "\n</pre>")
    plan = plan_book(read_book(path))
    assert [s.heard for s in plan.chapters[0].segments][-3:] == [
        "Day, High, Low", "Monday, six twelve, twelve thirty", "Tuesday, six fifty-five, thirteen fourteen"]
    assert "week. Then" in " ".join(s.heard for s in plan.chapters[0].segments)


@pytest.mark.parametrize("form", ["txt", "html"])
def test_a_transcribers_sidenotes_and_blank_page_markers_are_listed_not_read(tmp_path: Path, form: str) -> None:
    """Project Gutenberg's transcription of an old book keeps the printed page's margin notes and blank pages as
    "[Sidenote: The keeper arrives.]" and "[Blank Page]", and its HTML sets them by class: all were read aloud,
    labels and all. They are skipped and listed; a sentence about a blank page is read."""
    lines = ["CHAPTER I", "[Sidenote: The keeper arrives.]",
             "The keeper came to the rock in the spring of the year, when the gulls were nesting.", "[Blank Page]",
             "He found a blank page in the log and wrote the hour on it.", "This page intentionally left blank."]
    if form == "txt":
        path = tmp_path / "keeper.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    else:
        path = _html_book(tmp_path, "<h2>CHAPTER I</h2>" + "".join(f"<p>{line}</p>" for line in lines[1:]))
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == [lines[0], lines[2], lines[4]]
    assert reasons(book) == {"sidenote (the printed page's summary in its margin)": 4, "blank page marker": 2 + 5}
    if form == "html":  # its HTML floats them beside the paragraph: "He lights the lamp.He lit the lamp" was read
        floated = read_book(_html_book(tmp_path, f"<h2>CHAPTER I</h2><div class='sidenote'>The keeper arrives.</div>"
                                                 f"<p>{lines[2]}</p><p><span class='sidenote'>He lights the lamp."
                                                 f"</span>{lines[4]}</p>"))
        assert [b.text for b in floated.chapters[0].blocks] == [lines[0], lines[2], lines[4]]
        assert reasons(floated) == {"sidenote (the printed page's summary in its margin)": 3 + 4}


@pytest.mark.parametrize("form", ["txt", "html"])
def test_a_list_of_illustrations_under_its_one_word_title_is_skipped(tmp_path: Path, form: str) -> None:
    """Project Gutenberg's texts head the list of pictures "ILLUSTRATIONS" (not "List of Illustrations"): the title
    and the frontispiece's line were read as a chapter of 11 words, the rest skipped as a contents list. All of it
    is skipped now, as a contents list or a list so titled."""
    listed = ["The Keeper at his Lamp . . . . Frontispiece", "The Storm on the Reef . . . . 24",
              "The Relief Boat . . . . 56", "Gulls at Dusk . . . . 88"]
    chapters = [(f"CHAPTER {numeral}", _story(number, 300)) for number, numeral in enumerate(("I", "II"))]
    if form == "txt":
        path = tmp_path / "keeper.txt"
        path.write_text("THE KEEPER\n\nBy Ann Writer\n\n\n\nILLUSTRATIONS\n\n\n" + "\n\n".join(listed) + "\n\n\n\n"
                        + "".join(f"{title}\n\n" + "\n\n".join(texts) + "\n\n\n\n" for title, texts in chapters),
                        encoding="utf-8")
    else:
        path = _html_book(tmp_path, "<h2>ILLUSTRATIONS</h2>" + "".join(f"<p>{line}</p>" for line in listed) + "".join(
            f"<h2>{title}</h2>" + "".join(f"<p>{text}</p>" for text in texts) for title, texts in chapters))
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II"]
    reason = "contents list written as text" if form == "txt" else "front/back matter (ILLUSTRATIONS)"
    assert reasons(book)[reason] == 1 + len(" ".join(listed).split())
    assert set(listed) <= set(read_text_blocks(read_book(path, IngestOptions(include_matter=True))))


def test_a_pull_quote_is_not_heard_twice(tmp_path: Path) -> None:
    """A magazine's or a non-fiction book's pull quote sets a sentence of the text again in large type beside it
    (DPUB-ARIA's and EPUB's "pullquote", or its class): it was heard twice, the second time between two
    paragraphs. It is skipped and listed; a block quotation is read."""
    said = "Nobody remembered a night on which the light had not burned."
    quoted = "The light is the keeper's, and the keeper is the light's."
    book = read_book(_html_book(tmp_path, f"<h2>Chapter 1</h2><p>The keeper came in spring. {said}</p>"
                                          f"<aside class='pull-quote'><p>{said}</p></aside><p>He stayed eleven years."
                                          f"</p><blockquote role='doc-pullquote'>He stayed eleven years.</blockquote>"
                                          f"<blockquote><p>{quoted}</p></blockquote>"))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", f"The keeper came in spring. {said}", "He stayed eleven years.", quoted]
    assert reasons(book) == {"pull quote (a passage of the text set again in large type)": 11 + 4}


def test_a_pictures_credit_and_a_credits_section_are_listed_not_read(tmp_path: Path) -> None:
    """DPUB-ARIA's and EPUB's "credit" under a picture ("Photograph: Tom Reddaway") was read after its caption, and a
    section marked "credits" as a chapter's end; both are skipped and listed, the caption read. `--include-matter`
    reads them."""
    from samples.structure import Entry, page, write_book

    body = ("<h2>Chapter 1</h2><p>The keeper came to the rock in spring and stayed.</p><figure><img src='a.png' "
            "alt=''/><figcaption><p>The light at dusk.</p><p role='doc-credit'>Photograph: Tom Reddaway</p>"
            "</figcaption></figure><p>Then he left.</p><section epub:type='credits'><h2>Credits</h2><p>Cover "
            "photograph by Tom Reddaway.</p></section>")
    path = write_book(tmp_path / "credits.epub", "Light", "Ann Writer", "en", [("c1.xhtml", page("c", body))],
                      [Entry("Chapter 1", "c1.xhtml")])
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "The keeper came to the rock in spring and stayed.", "The light at dusk.", "Then he left."]
    assert reasons(book) == {"a picture's or quotation's credit (its source)": 3, "front/back matter (credits)": 6}
    assert "Photograph: Tom Reddaway" in read_text(read_book(path, IngestOptions(include_matter=True)))


def test_a_by_line_with_a_colon_names_the_author_of_an_html_book(tmp_path: Path) -> None:
    """calibre's HTML of an EPUB (HTMLZ) opens with "Calibre Quick Start Guide" / "Fourth Edition" / "By: John
    Schember": the colon hid the by-line, the book was by an unknown author, and its title page was a chapter."""
    path = tmp_path / "index.html"
    path.write_text("<html><head><title>Handbook</title></head><body><p>The Keeper's Handbook</p><p>Second "
                    "Edition</p><p>By: Ada Moss</p>" + "".join(f"<h1>{t}</h1>" + "".join(
                        f"<p>{p}</p>" for p in _story(n, 300)) for n, t in enumerate(["Introduction", "The Lamp"]))
                    + "</body></html>", encoding="utf-8")
    book = read_book(path)
    assert book.authors == ("Ada Moss",) and [c.title for c in book.chapters] == ["Introduction", "The Lamp"]
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 3 + 2 + 3}


def test_a_markdown_book_without_front_matter_takes_its_title_from_its_first_heading_over_a_by_line(
        tmp_path: Path) -> None:
    """calibre's Markdown of an EPUB opens "# Calibre Quick Start Guide" / "## Fourth Edition" / "### By: John
    Schember": the book was titled with the file's name, and its title page was its first chapter."""
    chapters = "".join(f"# {title}\n\n" + "\n\n".join(_story(n, 300)) + "\n\n"
                       for n, title in enumerate(["Introduction", "The Lamp"]))
    path = tmp_path / "handbook.md"
    path.write_text("# The Keeper's Handbook\n\n## Second Edition\n\n### By: Ada Moss\n\n" + chapters, encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Keeper's Handbook", ("Ada Moss",))
    assert [c.title for c in book.chapters] == ["Introduction", "The Lamp"]
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 3 + 2 + 3}


def test_a_chapter_eight_times_its_siblings_is_cut_at_its_sections(tmp_path: Path) -> None:
    """A guide made into one HTML, Word or Markdown document sets its short topics as <h1> and its tasks one level
    down, under one <h1> "Common Tasks": that chapter held 3,745 words (25 minutes) beside topics of 260, under
    the 5,000 words a chapter needs to be cut at four times the median. Eight times the median and 2,500 words
    cut it too; a chapter twice its siblings' length stays whole."""
    def guide(task_words: int) -> Path:
        body = "".join(f"<h1>{t}</h1>" + "".join(f"<p>{p}</p>" for p in _story(n, 260))
                       for n, t in enumerate(["Introduction", "Installing", "The Main Window"]))
        body += "<h1>Common Tasks</h1><p>The tasks below are the ones most readers need.</p>" + "".join(
            f"<h2>Task {n}: {t}</h2>" + "".join(f"<p>{p}</p>" for p in _story(10 + n, task_words))
            for n, t in enumerate(["Organizing", "Converting", "Editing", "Reading", "Sharing"], start=1))
        body += "<h1>Where to Get Help</h1>" + "".join(f"<p>{p}</p>" for p in _story(9, 260))
        path = tmp_path / f"guide{task_words}.html"
        path.write_text(f"<html><head><title>Guide</title></head><body>{body}</body></html>", encoding="utf-8")
        return path

    assert [c.title for c in read_book(guide(600)).chapters] == [
        "Introduction", "Installing", "The Main Window", "Common Tasks", "Task 1: Organizing", "Task 2: Converting",
        "Task 3: Editing", "Task 4: Reading", "Task 5: Sharing", "Where to Get Help"]
    assert len(read_book(guide(110)).chapters) == 5  # 560 words of tasks: whole


def test_a_heading_broken_before_its_end_is_made_whole_with_the_chapters_title(tmp_path: Path) -> None:
    """The IDPF's Moby-Dick heads chapter 56 "...Pictures of Whales, and the True" over the paragraph "Pictures of
    Whaling Scenes.", and its contents list stops where the heading does: the title was cut off, and read with a
    paragraph's pause inside it. Where the book's headings end with a full stop, one that ends on a word before a
    short paragraph in title case is whole again; a bare label over a first line, or a heading over a sentence,
    is left as it is."""
    from samples.structure import Entry, page, write_book

    headings = ["Chapter 1. The Lamp.", "Chapter 2. Of the Keepers of Lights, and the True", "Chapter 3",
                "Chapter 4. The Stair, and What the Keeper", *(f"Chapter {n}. Low Water." for n in range(5, 15))]
    openings = ["The lamp was lit at dusk.", "Keepers of the Harbour.", "Bang Went the Gun.",
                "Next morning the keeper rose early.", *["The tide went out."] * 10]
    pages = [(f"c{n}.xhtml", page(h, f"<h2>{h}</h2><p>{o}</p>" + "".join(f"<p>{p}</p>" for p in _story(n, 200))))
             for n, (h, o) in enumerate(zip(headings, openings), start=1)]
    toc = [Entry(h, f"c{n}.xhtml") for n, h in enumerate(headings, start=1)]
    path = write_book(tmp_path / "b.epub", "The Light", "Ada Moss", "en", pages, toc)
    book = read_book(path)
    assert [c.title for c in book.chapters][:5] == [
        "Chapter 1. The Lamp.", "Chapter 2. Of the Keepers of Lights, and the True Keepers of the Harbour.",
        "Chapter 3", "Chapter 4. The Stair, and What the Keeper", "Chapter 5. Low Water."]
    whole = book.chapters[1].blocks[0]
    assert (whole.kind, whole.text) == ("heading", book.chapters[1].title)
    assert whole.continued == (("c2.xhtml", 2),)  # the read-along book highlights the <p> with the <h2>
    assert [c.blocks[1].text for c in book.chapters if c.title.startswith(("Chapter 3", "Chapter 4"))] == [
        "Bang Went the Gun.", "Next morning the keeper rose early."]
    spoken, skipped = planned_characters(plan_book(book))
    assert spoken + skipped == raw_characters(path)  # nothing lost
