"""Only the book read aloud: front and back matter, notes, contents lists, title pages and authors, found by
markup and by content, each listed in `skipped` with its reason."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from audiobook.ingest import IngestOptions, read_book
from audiobook.models import Book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters, raw_characters
from tests.helpers import CORPUS, SAMPLES
from tests.small_books import PROSE, STRUCTURE, book_html, lamp_prose, read_text, reasons, rewrite_package, tale


def read_text_blocks(book: Book) -> list[str]:
    return [b.text for c in book.chapters for b in c.blocks]


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
        story = tale(number)
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
    long_passage = ('<p id="long">' + " ".join(tale(9, 500)) + "</p>")  # a marker's target, 500 words: read
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
    assert "salt road press" in text.lower() and "given to the museum" in text and " ".join(tale(9, 500)) in text
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
    source = book_html(tmp_path, chapters)
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
    body = "".join(f"<h2>Chapter {n}</h2><p>{' '.join(tale(n)[:2])}{marker.format(n)}</p>"
                   + "".join(f"<p>{p}</p>" for p in tale(n)[2:]) for n in (1, 2))
    notes = "<h1>Notes</h1>" + "".join(f'<h1 id="n{n}">{n}</h1><p>The log number {n} is in the museum.</p>'
                                       for n in (1, 2))
    book = read_book(book_html(tmp_path, body + notes))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert sum(s.words for s in book.skipped if s.reason == "note (where a note marker in the text links)") == 1 + 2 * 9
    assert "museum" not in read_text(book) and "Notes" not in read_text(book)


def test_a_note_set_as_a_definition_list_term_is_found_by_its_markers_link(tmp_path: Path) -> None:
    """calibre's EPUB of an OpenDocument file sets its notes as <dl class="notes"><dt id="footnote-1">[←1]</dt>
    <dd>...</dd>: the note was read as a chapter "1". A bibliography's <li> entries stay read (the test above)."""
    body = (f"<h2>Chapter 1</h2><p>{tale(1)[0]}<sup><a href=\"#footnote-1\" id=\"citation-1\">1</a></sup></p>"
            + "".join(f"<p>{p}</p>" for p in tale(1)[1:]) + '<h1>Notes</h1><dl class="notes"><dt id="footnote-1">'
            '[<a href="#citation-1">←1</a>]</dt><dd><p>The log is kept at the harbour museum.</p></dd></dl>')
    book = read_book(book_html(tmp_path, body))
    assert "museum" not in read_text(book) and "Notes" not in read_text(book)
    assert reasons(book)["note (where a note marker in the text links)"] == 1 + 1 + 8


@pytest.mark.parametrize("words", [60, 400])
def test_a_one_document_epub_opening_with_its_copyright_notice_reads_its_chapters(tmp_path: Path, words: int) -> None:
    """LibreOffice's EPUB export: the whole book one document, the title, by-line and copyright notice first. A
    short book was refused ("no readable text"), its one file taken for a copyright page; a longer one read the
    notice at the start of its first chapter. Now both read their chapters, the notice skipped and listed."""
    from samples.structure import Entry, page, paragraphs, write_book

    notice = "Copyright © 2026 Ada Moss. All rights reserved. No part of this book may be reproduced."
    body = paragraphs(["The Keeper's Log", "by Ada Moss", notice]) + "".join(
        f"<h2>Chapter {n}: {name}</h2>" + "".join(f"<p>{p}</p>" for p in tale(n, words))
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
                                                + "".join(f"<p>{p}</p>" for p in tale(n, 300)) + "</div>"))
                for n, name in ((1, "The First Winter"), (2, "The Second Winter"))]
    path = write_book(tmp_path / "docbook.epub", "The Keeper’s Logbook", "Maren Holt <maren@example.org>; Ola Brekke",
                      "en", [("index.html", page("T", title_page)), *chapters],
                      [Entry("The Keeper’s Logbook", "index.html"), Entry("1. The First Winter", "ch01.html"),
                       Entry("2. The Second Winter", "ch02.html")], epub2=True)
    book = read_book(path)
    assert book.authors == ("Maren Holt", "Ola Brekke")
    assert [c.title for c in book.chapters] == ["Chapter 1. The First Winter", "Chapter 2. The Second Winter"]
    assert "Revision" not in read_text(book)


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
        body += para(f'<b><a name="ch{number}"></a>{name}</b>') + "".join(para(p) for p in tale(number, 700))
    document = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
                f"The Salt Marsh</title></head><body>{body}</body></html>").encode()
    book = read_book(write_book(tmp_path / "sw.epub", "The Salt Marsh", "Ann Example", "en", [("book.html", document)],
                                [Entry(name, f"book.html#ch{n}") for n, name in enumerate(names, start=1)],
                                epub2=True))
    assert [c.title for c in book.chapters] == names
    assert "enjoyment" not in read_text(book) and "Copyright" not in read_text(book)


def test_calibres_epub_of_a_word_file_is_read_whole_with_its_notes_and_bullets_left_out(tmp_path: Path) -> None:
    """calibre's EPUB of a Word file: the whole book one document, which its guide marks as the "toc" at a
    fragment (where the Word file's contents field stood): the whole book was skipped as a contents page. Its
    notes, each a file of its own, have the classes "footnote", "footnote1"; the second was read. A Word
    list's Wingdings bullet, a character of the font's own ("\uf095"), was sent to the voice."""
    from samples.structure import Entry, page, write_book

    marker = '<sup><a class="noteref" href="note{0}.xhtml#note_{0}">{0}</a></sup>'
    body = '<p>The Keeper’s Logbook</p><p>Maren Holt</p><p><span id="id_toc">Table of Contents</span></p>' + "".join(
        f'<h1 id="c{n}">Winter {n}</h1><p>{tale(n)[0]}{marker.format(n)}</p>' + "".join(
            f"<p>{p}</p>" for p in tale(n)[1:]) for n in (1, 2))
    body += '<div><span class="bullet_">\uf095</span> the oil in the tank below the lamp;</div>'
    notes = [(f"note{n}.xhtml", page("Note", f'<dl id="note_{n}" class="footnote{"1" if n == 2 else ""}"><dt>[<a '
                                             f'href="book.xhtml#back_{n}">←{n}</a>]</dt><dd><p>He wrote in pencil, '
                                             f'page {n}.</p></dd></dl>')) for n in (1, 2)]
    path = write_book(tmp_path / "word.epub", "The Keeper’s Logbook", "Maren Holt", "en",
                      [("book.xhtml", page("Log", body)), *notes],
                      [Entry(f"Winter {n}", f"book.xhtml#c{n}") for n in (1, 2)], epub2=True)
    guide = b'<guide><reference type="toc" href="book.xhtml#id_toc" title="Table of Contents"/></guide>'
    rewrite_package(path, lambda opf: opf.replace(b"</package>", guide + b"</package>"))
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Winter 1", "Winter 2"]
    text = read_text(book)
    assert "pencil" not in text and "the oil in the tank below the lamp;" in text
    heard = [s.spoken or s.text for c in plan_book(book).chapters for s in c.segments]
    assert "the oil in the tank below the lamp;" in heard and not any("\uf095" in line for line in heard)
    assert {s.href for s in book.skipped if s.reason == "footnote"} == {"note1.xhtml", "note2.xhtml"}


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
    one_page = read_book(book_html(tmp_path, "".join(f"<h1>Chapter {n + 1}</h1>{credits}{prose}{site}"
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


def test_a_title_page_ends_where_the_first_poem_begins(tmp_path: Path) -> None:
    """A title page's lines are short, and so are a poem's: the short lines after the title and the by-line were
    taken into the title page up to 80 words, and the first poem with them. The page ends at a line that goes on
    as verse or a sentence does (a comma at its end, a small letter at its start), and at the title over one; a
    translator's line in capitals ("CARY, M.A.,") stays the page's."""
    verse = "".join(f"<p>{line}</p>" for line in ["The tide came in across the flats,", "and took the road, and "
                    "took the hats", "of three old men who walked too slow,", "and left the gulls a place to go."] * 3)
    book = read_book(book_html(tmp_path, f"<p>THE TIDE CLOCK</p><p>by Ines Roca</p><p>TRANSLATED BY</p><p>THE REV. "
                                          f"HENRY CARY, M.A.,</p><p>The Ferry</p>{verse}"))
    assert [b.text for b in book.chapters[0].blocks][:2] == ["The Ferry", "The tide came in across the flats,"]
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [("title page", 3 + 3 + 2 + 5)]


def test_a_gutenberg_note_set_in_brackets_in_an_html_book_is_listed_not_read(tmp_path: Path) -> None:
    """Project Gutenberg's HTML made from its text keeps notes as paragraphs in brackets ("[Footnote 2: ...]"),
    which a text book skipped as notes and an HTML book read aloud, "Footnote two:" and all. They are listed as
    notes in both, and every letter is still accounted for."""
    from tests.accounting import planned_characters, raw_characters

    prose = "The keeper walked along the harbour wall and looked at the grey water. " * 4
    source = book_html(tmp_path, f"<h2>CHAPTER I.</h2><p>{prose}[1]</p><p>[Footnote 1: The wall was built in "
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
    document = book_html(tmp_path, f"<h1>The Salt Road</h1><h2>{title}</h2>" + paragraphs(texts) + "<h2>Two</h2>" +
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
    text = lines + notes + ["ETYMOLOGY.", *tale(1, 1000), "CHAPTER 1. LOOMINGS.", *tale(2, 900),
                            "CHAPTER 2. THE CARPET-BAG.", *tale(3, 900)]
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
    body = "".join(f"<h2>Chapter {n}</h2>" + "".join(f"<p>{p}</p>" for p in tale(n, 400)) for n in (1, 2))
    book = read_book(book_html(tmp_path, body + f"<p>{mention}</p>" + "".join(f"<p>{line}</p>" for line in header)))
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


def test_an_html_books_last_chapter_before_its_copyright_page_is_read(tmp_path: Path) -> None:
    """An HTML book, one file, its short last chapter ("7 The Keeper's Log", a heading that names no division)
    followed by the copyright page: the chapter and the notice were one piece at the headings, matter by the
    notice's marks, and the whole chapter was skipped. The chapter is read and the notice skipped, as an EPUB's
    epilogue that shares its file with the notice is."""
    prose = "<p>The keeper wrote in the log every evening, whatever the weather did outside the tower.</p>" * 4
    chapters = "".join(f"<h2>{n} {name}</h2>{prose * 3}" for n, name in enumerate(["The Storm", "Low Water"], 1))
    notice = ("<p>Copyright © 2024 Ines Roca. All rights reserved.</p><p>ISBN 978-0-00-000000-0</p>"
              "<p>Published by Harbour Press, London.</p>")
    book = read_book(book_html(tmp_path, f"{chapters}<h2>3 The Keeper's Log</h2>{prose}{notice}"))
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
    book = read_book(book_html(tmp_path, f"<h2>Contents</h2>{links}{prose}"))
    assert sum(b.words for c in book.chapters for b in c.blocks) == 8 * 6 * 12
    assert [(s.reason, s.words) for s in book.skipped] == [(reason, 1)] + [
        (reason, len(entry.split())) for entry in entries]


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


def test_an_unmarked_title_page_is_skipped_and_listed_and_a_lone_title_is_read(tmp_path: Path) -> None:
    """Title, "by" line and publisher lines before the first chapter heading are a title page;
    the book's title alone above the first chapter is read, and so is everything after."""
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{'The tide clock ran slow in winter. ' * 3}</p>" for n in (1, 2))
    titled = read_book(book_html(tmp_path, "<h1>THE TIDE CLOCK</h1><h3>BY</h3><h3>INES ROCA</h3>"
                                             "<p>Harbour Press, 12 Quay Street</p>" + chapters))
    assert [b.text for b in titled.chapters[0].blocks[:1]] == ["Chapter 1"]
    assert reasons(titled)["title page, by its content (the book's title and author lines)"] == 11
    assert "Quay Street" not in read_text(titled)
    everything = read_book(book_html(tmp_path, "<h1>THE TIDE CLOCK</h1><h3>BY</h3><h3>INES ROCA</h3>" + chapters),
                           IngestOptions(include_matter=True))
    assert read_text(everything).startswith("THE TIDE CLOCK BY INES ROCA Chapter 1")
    lone = read_book(book_html(tmp_path, "<h1>The Tide Clock</h1>" + chapters))
    assert read_text(lone).startswith("The Tide Clock Chapter 1")
    # "By Ines Roca" as an author line, then the story starts without a heading: the story is read
    story = read_book(book_html(tmp_path, "<h1>The Tide Clock</h1><p>By Ines Roca</p>"
                                           f"<p>{'The tide clock ran slow in winter, and nobody minded. ' * 3}</p>"))
    assert read_text(story).startswith("The tide clock ran slow")
    # someone else's name under the title is not the author's: nothing is skipped
    other = read_book(book_html(tmp_path, "<h1>The Tide Clock</h1><p>For Marta Vell</p>" + chapters))
    assert read_text(other).startswith("The Tide Clock For Marta Vell Chapter 1")


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
    html = read_book(book_html(tmp_path, "<h1>The Tide Clock</h1><p>by Ines Roca</p>" + prose, author="Unknown"))
    assert html.authors == ("Ines Roca",)


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


def test_a_by_line_set_as_large_as_the_titles_starts_no_chapter(tmp_path: Path) -> None:
    """A PDF Writer made sets the title, the by-line and the chapter titles at one size, so all are headings of one
    level: the first chapter was titled "by Ines Roca" and read the title page and the copyright notice under it.
    The by-line starts no chapter; the title page and the notice are skipped."""
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{'The tide clock ran slow in winter. ' * 3}</p>" for n in (1, 2))
    notice = "<p>Copyright © 2026 Ines Roca. All rights reserved. No part of this book may be reproduced.</p>"
    book = read_book(book_html(tmp_path, "<h2>The Tide Clock</h2><h2>by Ines Roca</h2>" + notice + chapters))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert read_text(book).startswith("Chapter 1 The tide clock") and "Copyright" not in read_text(book)


def test_a_by_line_naming_several_authors_names_them_all(tmp_path: Path) -> None:
    """A hand-made book (an mdBook's print page) names its authors only in its text, several in one by-line with
    what follows them: all are the book's authors, not none, and the title page is skipped as such."""
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{'The tide clock ran slow in winter. ' * 3}</p>" for n in (1, 2))
    page = ("<h1>The Tide Clock</h1><p>by Ines Roca, Tom Reddaway, and Ann Example, with contributions from the "
            "Harbour Writers</p>")
    book = read_book(book_html(tmp_path, page + chapters, author=""))
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
    book = read_book(book_html(tmp_path, f"<h1>The Keeper</h1>{contents}{chapters}{notes}"))
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    assert reasons(book)["list of links (a contents list written as text)"] == 3 * 5
    text = read_text(book)
    assert "Night" not in text and "A keeper’s word" not in text
    assert reasons(book)["endnote (opens with its number, linked back into the text)"] == 3 * 7


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
    book = read_book(book_html(tmp_path, body))
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    text = read_text(book)
    assert "Argand" not in text and "FOOTNOTES" not in text and "Footnotes" not in text and "[1]" not in text
    assert "The lamp was lit at dusk. The keeper slept." in text and "Notes on the tide" in text
    assert reasons(book) == {"note reference marker": 1, "footnote": 2 * 10 + 2}  # two notes, two headings


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
    book = read_book(book_html(tmp_path, word))
    assert read_text(book) == f"Chapter 1 {prose.strip()} And so on. {prose.strip()}"
    assert reasons(book) == {"note reference marker": 1 + 3, endnote: 3 * 5}


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
    path = book_html(tmp_path, "<h1>The Tide Clock</h1><h2>Ann Example</h2><p><b>Publication:</b> 1907</p>" + about
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
    path = book_html(tmp_path, block + "<h1>The Tide Clock</h1><h2>Ann Example</h2><p><b>Publication:</b> 1907</p>"
                      + about + "".join(f"<h2>Chapter {n}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                                        for n, paragraphs in enumerate(novel, start=1)), author="Ann Example")
    assert [[b.text for b in c.blocks] for c in read_book(path).chapters] == [
        [f"Chapter {n}", *paragraphs] for n, paragraphs in enumerate(novel, start=1)]


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
    html = book_html(tmp_path, "<h1>Chapter 1</h1>" + paragraphs(texts[0]) + "<h1>Chapter 2</h1>" + paragraphs(
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
        source = book_html(tmp_path, "".join(f"<h1>{title}</h1>" + paragraphs(texts) for title, texts in pieces))
    else:
        source = tmp_path / "notes.txt"
        source.write_text("".join(f"{title}\n\n" + "\n\n".join(texts) + "\n\n\n\n" for title, texts in pieces),
                          encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Notes", "Chapter 2"]
    assert [b.text for b in book.chapters[1].blocks[1:]] == diary
    assert reasons(book) == {"notes (the book's endnotes, listed under their title)": 1 + len(" ".join(notes).split())}
    assert set(notes) <= set(read_text_blocks(read_book(source, IngestOptions(include_matter=True))))


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
        body = f'<h2 id="c{number}">Chapter {number}</h2>' + "".join(f"<p>{p}</p>" for p in tale(number, 500))
        entry = Entry(f"Chapter {number}", f"{name}#c{number}" if one_document else name)
        for n, title in enumerate(sections):
            body += f'<h3 id="n{number}-{n}">{title}</h3>' + "".join(f"<p>{p}</p>" for p in tale(number * 9, 60))
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
                f"<p>{p}</p>" for p in tale(number * 5 + len(name), 200)) for name in sections)
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
        text += f"CHAPTER {numeral}\n\n" + "\n\n".join(tale(number, 400)) + "\n\n\n"
    path = tmp_path / "keeperoflight00writ_djvu.txt"
    path.write_text(text, encoding="utf-8")
    book = read_book(path)
    assert (book.title, book.authors) == ("The Keeper of the Light", ("Ann Writer",))
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II", "CHAPTER III"]
    assert reasons(book) == ({"a scan's digitization notice": len(notice.split())} if notice else {}) | {
        "title page (title and author lines)": 12}


@pytest.mark.parametrize("form", ["txt", "html"])
def test_a_list_of_illustrations_under_its_one_word_title_is_skipped(tmp_path: Path, form: str) -> None:
    """Project Gutenberg's texts head the list of pictures "ILLUSTRATIONS" (not "List of Illustrations"): the title
    and the frontispiece's line were read as a chapter of 11 words, the rest skipped as a contents list. All of it
    is skipped now, as a contents list or a list so titled."""
    listed = ["The Keeper at his Lamp . . . . Frontispiece", "The Storm on the Reef . . . . 24",
              "The Relief Boat . . . . 56", "Gulls at Dusk . . . . 88"]
    chapters = [(f"CHAPTER {numeral}", tale(number, 300)) for number, numeral in enumerate(("I", "II"))]
    if form == "txt":
        path = tmp_path / "keeper.txt"
        path.write_text("THE KEEPER\n\nBy Ann Writer\n\n\n\nILLUSTRATIONS\n\n\n" + "\n\n".join(listed) + "\n\n\n\n"
                        + "".join(f"{title}\n\n" + "\n\n".join(texts) + "\n\n\n\n" for title, texts in chapters),
                        encoding="utf-8")
    else:
        path = book_html(tmp_path, "<h2>ILLUSTRATIONS</h2>" + "".join(f"<p>{line}</p>" for line in listed) + "".join(
            f"<h2>{title}</h2>" + "".join(f"<p>{text}</p>" for text in texts) for title, texts in chapters))
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II"]
    reason = "contents list written as text" if form == "txt" else "front/back matter (ILLUSTRATIONS)"
    assert reasons(book)[reason] == 1 + len(" ".join(listed).split())
    assert set(listed) <= set(read_text_blocks(read_book(path, IngestOptions(include_matter=True))))


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
                        f"<p>{p}</p>" for p in tale(n, 300)) for n, t in enumerate(["Introduction", "The Lamp"]))
                    + "</body></html>", encoding="utf-8")
    book = read_book(path)
    assert book.authors == ("Ada Moss",) and [c.title for c in book.chapters] == ["Introduction", "The Lamp"]
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 3 + 2 + 3}
