"""Word manuscripts (.docx): chapters from heading styles, tracked changes as accepted, the title
page and copyright line skipped by their content, notes skipped and listed, nothing else lost."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from audiobook.cli import main
from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters
from tests.helpers import SAMPLES, with_part

MANUSCRIPT = SAMPLES / "docx" / "keepers-log.docx"


def builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("sample_manuscript", SAMPLES / "manuscript.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_committed_manuscripts_match_their_script(tmp_path: Path) -> None:
    built = builder().main(tmp_path)
    assert [path.name for path in built] == ["keepers-log.docx", "das-logbuch.odt"]
    assert all(path.read_bytes() == (MANUSCRIPT.parent / path.name).read_bytes() for path in built), (
        "run samples/manuscript.py")


def test_a_manuscript_reads_as_its_styles_say() -> None:
    book = read_book(MANUSCRIPT)
    assert (book.title, book.authors, book.declared_language) == ("The Keeper's Log", ("Ada Moss",), "en-GB")
    assert book.description == "A lighthouse keeper's year, in his own words."
    # Heading 1 names parts ("Part One: Winter"), Heading 2 chapters: cut at both, each part opening its chapter
    assert [c.title for c in book.chapters] == ["Chapter 1: The Lamp", "Chapter 2: The Storm", "Chapter 3: Relief"]
    lamp = [b.text for b in book.chapters[0].blocks]
    assert lamp[:2] == ["Part One: Winter", "Chapter 1: The Lamp"]
    assert lamp[3] == ("He climbed the hundred and twelve steps twice a night, whatever the weather, and polished the "
                       "brass on Sundays.")  # the editor's insertion read, the deleted "one hundred and twelve" not
    assert lamp[-3:] == ["the oil in the tank below the lamp;", "the clockwork that turned the lens;",
                         "the glass of the lantern, for salt."]
    storm = [b.text for b in book.chapters[1].blocks]
    assert storm[2:5] == ["Night, Wind", "5 January, Force 10", "6 January, Force 8"]  # a table row is one line
    assert book.chapters[1].blocks[4].ends_scene  # "* * *"
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [
        ("tracked deletion (an editor's change", 4), ("comment (a reviewer's note", 6), ("note reference marker", 1),
        ("footnote", 11), ("title page", 6), ("front/back matter (copyright", 23)]


def test_every_letter_of_a_manuscript_is_read_or_listed() -> None:
    """The letters of every text run of the body, the notes, the deleted runs and the comments, and
    the numbers Word gives the note markers, are in a segment or a skipped entry."""
    with zipfile.ZipFile(MANUSCRIPT) as archive:
        xml = "".join(archive.read(f"word/{part}.xml").decode() for part in ("document", "footnotes", "comments"))
    runs = re.findall(r"<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>", xml)
    markers = [str(n) for n in range(1, len(re.findall(r"<w:footnoteReference ", xml)) + 1)]
    raw = sum(ch.isalnum() for text in runs + markers for ch in text)
    spoken, skipped = planned_characters(plan_book(read_book(MANUSCRIPT)))
    assert spoken + skipped == raw


def test_without_properties_the_title_paragraph_and_the_default_language_are_used(tmp_path: Path) -> None:
    bare = tmp_path / "untitled.docx"
    with zipfile.ZipFile(MANUSCRIPT) as source, zipfile.ZipFile(bare, "w") as target:
        for name in source.namelist():
            if name != "docProps/core.xml":
                target.writestr(name, source.read(name))
    book = read_book(bare)
    assert (book.title, book.declared_language) == ("The Keeper's Log", "en-GB")
    assert book.authors == ("Ada Moss",)  # from the "by" line under the title


@pytest.mark.parametrize(("case", "problem"), [
    ("password", "not a Word .docx file (a password-protected document, or an old .doc?"),
    ("no document", "not a Word document: word/document.xml is missing"),
    ("entities", "word/document.xml: declares XML entities (refused: entity-expansion risk)"),
    ("broken xml", "word/document.xml: malformed XML"),
    # a damaged archive (found by fuzzing the sample): these were tracebacks (BadZipFile, zlib.error)
    ("damaged entry", "cannot be unpacked (corrupt or truncated archive)"),
    ("damaged header", "cannot be unpacked (corrupt or truncated archive)"),
])
def test_a_bad_manuscript_fails_with_one_line_naming_it(tmp_path: Path, case: str, problem: str) -> None:
    if case in {"damaged entry", "damaged header"}:
        data = bytearray(MANUSCRIPT.read_bytes())
        with zipfile.ZipFile(MANUSCRIPT) as archive:
            styles = archive.getinfo("word/styles.xml")
        start = styles.header_offset + 30 + len(styles.filename)  # past the entry's local header: its data
        if case == "damaged entry":
            data[start + 10:start + 20] = bytes(10)  # its deflated bytes
        else:
            data[styles.header_offset + 30] ^= 0x20  # its name in the local header ("word/" -> "Word/")
        path = tmp_path / "damaged.docx"
        path.write_bytes(bytes(data))
    elif case == "password":  # Word encrypts a protected .docx inside an OLE compound file, not a zip
        path = tmp_path / "locked.docx"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    elif case == "no document":
        path = with_part(MANUSCRIPT, tmp_path / "empty.docx", "word/document.xml", None)
    elif case == "entities":
        path = with_part(MANUSCRIPT, tmp_path / "laughs.docx", "word/document.xml",
                          b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>')
    else:
        path = with_part(MANUSCRIPT, tmp_path / "broken.docx", "word/document.xml", b'<?xml version="1.0"?><w:document')
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0], result.stderr


TEXT = ("The keeper woke at dawn and climbed to the lamp, and the sea below was grey and flat and quiet as far as he "
        "could see. He wrote the weather in the log, and the time, and went down to make his tea.")


def manuscript(tmp_path: Path, name: str, paragraphs: list[str], extra_styles: str = "") -> Path:
    """A .docx of these paragraphs (written as `samples/manuscript.py` writes its own), without properties."""
    sample = builder()
    files = dict(sample.FILES)
    del files["docProps/core.xml"], files["word/comments.xml"]  # the sample's comment is on its own text
    files["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{sample.W}"><w:body>'
                                  + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>")
    files["word/styles.xml"] = files["word/styles.xml"].replace("</w:styles>", extra_styles + "</w:styles>")
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    return path


def chapters_of(titles: list[str], heading: Callable[[str], str], body: Callable[[str], str]) -> list[str]:
    return [part for title in titles for part in (heading(title), *[body(TEXT)] * 12)]


def test_chapter_titles_formatted_by_hand_cut_chapters_and_the_title_page_is_found(tmp_path: Path) -> None:
    """A manuscript typed without styles: its title and chapter titles centred, bold, in larger type
    (mammoth keeps no formatting, so the reader names it), and "A novel by" under the title."""
    paragraph = builder().paragraph

    def by_hand(text: str) -> str:
        return (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
                f"<w:t>{text}</w:t></w:r></w:p>")

    chapters = chapters_of(["The Storm", "The Boat", "Relief"], by_hand, paragraph)
    path = manuscript(tmp_path, "quiet-light.docx", [by_hand("The Quiet Light"), paragraph("A novel by Ada Moss"),
                                                     *chapters])
    book = read_book(path)
    assert (book.title, book.authors) == ("The Quiet Light", ("Ada Moss",))
    assert [c.title for c in book.chapters] == ["The Storm", "The Boat", "Relief"]
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [("title page", 8)]
    untitled = read_book(manuscript(tmp_path, "quiet-light-draft.docx", chapters))
    assert untitled.title == "Quiet light draft"  # the file's name: "The Storm" is the first chapter's title


def test_two_chapters_titled_by_hand_are_two_and_the_notice_under_the_title_page_is_not_read(tmp_path: Path) -> None:
    """Two chapters whose titles are centred and bold, in larger type: three such lines were needed (one or two may
    be a sign in the text), and the book was one chapter; the copyright notice under the title and the by-line was
    read with it. Two will do where the first opens the text after a title page's lines and both chapters are long;
    the notice is skipped and listed. A sign set so twice inside the text still cuts nothing."""
    paragraph = builder().paragraph

    def by_hand(text: str) -> str:
        return (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
                f"<w:t>{text}</w:t></w:r></w:p>")

    notice = paragraph("Copyright © 2026 Ada Moss. All rights reserved. No part of this book may be reproduced "
                       "without the written permission of the author.")
    chapters = chapters_of(["The Storm", "The Boat"], by_hand, paragraph)
    book = read_book(manuscript(tmp_path, "two.docx", [paragraph("The Quiet Light"), paragraph("by Ada Moss"),
                                                       notice, *chapters]))
    assert [c.title for c in book.chapters] == ["The Storm", "The Boat"]
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [
        ("title page", 6), ("front/back matter (copyright", 23)]
    signs = [*[paragraph(TEXT)] * 12, by_hand("NO ENTRY"), *[paragraph(TEXT)] * 12, by_hand("NO ENTRY"),
             *[paragraph(TEXT)] * 12]
    assert len(read_book(manuscript(tmp_path, "signs.docx", signs)).chapters) == 1


def test_short_chapters_titled_by_hand_are_chapters_but_a_sign_or_an_ornament_set_so_is_not(tmp_path: Path) -> None:
    """A manuscript of short chapters (about 150 words each) under titles centred and bold: pieces under 400 words
    were taken for emphasis, and the book was one chapter with its titles read as lines. Three different titles
    with text over 120 words under each cut it, or two where the first opens the text; a sign set so three times,
    or a centred "* * *", cut nothing."""
    paragraph = builder().paragraph

    def by_hand(text: str) -> str:
        return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>'

    short = [part for title in ["The Storm", "The Boat", "Relief"] for part in (by_hand(title), *[paragraph(TEXT)] * 3)]
    book = read_book(manuscript(tmp_path, "short.docx", [paragraph("The Quiet Light"), paragraph("by Ada Moss"),
                                                         *short]))
    words = len(TEXT.split())
    assert [(c.title, sum(b.words for b in c.blocks)) for c in book.chapters] == [
        ("The Storm", 2 + 3 * words), ("The Boat", 2 + 3 * words), ("Relief", 1 + 3 * words)]
    two = read_book(manuscript(tmp_path, "two-short.docx", [paragraph("The Quiet Light"), paragraph("by Ada Moss"),
                                                            *short[:8]]))
    assert [c.title for c in two.chapters] == ["The Storm", "The Boat"]  # the first opens the text: two will do
    for line in ("NO ENTRY", "* * *"):
        story = [paragraph(TEXT)] * 3 + [part for _ in range(3) for part in (by_hand(line), *[paragraph(TEXT)] * 3)]
        book = read_book(manuscript(tmp_path, "story.docx", story))
        assert len(book.chapters) == 1 and sum(b.words for b in book.chapters[0].blocks) >= 12 * words


def test_a_style_of_the_writers_own_that_names_chapter_titles_cuts_chapters(tmp_path: Path) -> None:
    paragraph = builder().paragraph
    style = ('<w:style w:type="paragraph" w:styleId="ChapTitle"><w:name w:val="Chapter Title"/>'
             '<w:basedOn w:val="Normal"/></w:style>')
    path = manuscript(tmp_path, "styled.docx", chapters_of(["The Storm", "The Boat", "Relief"],
                                                           lambda text: paragraph(text, "ChapTitle"), paragraph),
                      extra_styles=style)
    assert [c.title for c in read_book(path).chapters] == ["The Storm", "The Boat", "Relief"]
    # short chapters under parts in Heading 1: the style is a heading below them, not a paragraph's look
    parts = manuscript(tmp_path, "parts.docx", [
        paragraph("Part One", "Heading1"), paragraph("The Storm", "ChapTitle"), paragraph(TEXT),
        paragraph("The Boat", "ChapTitle"), paragraph(TEXT),
        paragraph("Part Two", "Heading1"), paragraph("Relief", "ChapTitle"), paragraph(TEXT)], extra_styles=style)
    assert [c.title for c in read_book(parts).chapters] == ["The Storm", "The Boat", "Relief"]


def test_a_heading_whose_label_runs_into_its_name_titles_its_chapter_with_the_two_apart(tmp_path: Path) -> None:
    """A book converted to Word (Pandoc joins a heading's two lines with a space) titled its chapters "Chapitre 1 Où
    l’on commence" and "CHAPTER II SLAVERY AND ESCAPE": the label and the name are set apart, as the book's own
    contents list sets them. A number in words may run on ("Chapter Twenty One"), and is left as it stands."""
    paragraph = builder().paragraph
    titles = ["Chapitre 1 Où l’on commence", "CHAPTER II SLAVERY AND ESCAPE", "Erstes Kapitel Der Sturm",
              "Chapitre 3 « Un homme a passé »", "Chapter Twenty One", "Chapter 5: The Calm"]
    path = manuscript(tmp_path, "converted.docx", chapters_of(titles, lambda text: paragraph(text, "Heading1"),
                                                              paragraph))
    book = read_book(path)
    assert [c.title for c in book.chapters] == [
        "Chapitre 1 — Où l’on commence", "CHAPTER II — SLAVERY AND ESCAPE", "Erstes Kapitel — Der Sturm",
        "Chapitre 3 — « Un homme a passé »", "Chapter Twenty One", "Chapter 5: The Calm"]
    assert [c.blocks[0].text for c in book.chapters] == titles  # the heading is read as written


def test_a_podcast_script_written_in_word_is_read_as_a_script(tmp_path: Path) -> None:
    """A script typed in Word (or Google Docs, saved as .docx), labels in bold, a heading over each part: its
    names and directions were read aloud as a book's text. It is read as a script, each heading a section; a
    manuscript with a "Note:" or two is still a book."""
    paragraph = builder().paragraph

    def bold_label(name: str, text: str) -> str:
        return (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{name}: </w:t></w:r>'
                f"<w:r><w:t>{text}</w:t></w:r></w:p>")

    path = manuscript(tmp_path, "fog-bell.docx", [
        paragraph("Cold open", "Heading1"), bold_label("HOST", "Welcome back."), paragraph("[SFX: a bell]"),
        bold_label("GUEST", "Thanks."), paragraph("Interview", "Heading1"), bold_label("HOST", "When was it built?"),
        bold_label("GUEST", "In 1902.")])
    book = read_book(path)
    assert book.episode is not None and book.title == "Fog bell"
    assert [(c.title, [(b.speaker, b.text) for b in c.blocks]) for c in book.chapters] == [
        ("Cold open", [("HOST", "Welcome back."), ("GUEST", "Thanks.")]),
        ("Interview", [("HOST", "When was it built?"), ("GUEST", "In 1902.")])]
    assert [(s.href, s.reason, s.characters) for s in book.skipped] == [("paragraph 3", "stage direction", 8)]
    noted = manuscript(tmp_path, "noted.docx", [*chapters_of(["The Storm", "The Boat"], lambda text: paragraph(
        text, "Heading1"), paragraph), paragraph("Note: the log was kept in pencil."), paragraph("Note: and in ink.")])
    assert read_book(noted).episode is None


def test_a_large_print_manuscript_has_no_larger_type_but_its_titles(tmp_path: Path) -> None:
    """A manuscript set in 16 pt throughout for readers with low vision: its body is not "larger type"
    (14 pt and up counts only above the body's size), so its short lines stay paragraphs and only the
    titles, in 20 pt, cut chapters."""

    def run(text: str, half_points: int) -> str:
        return f'<w:p><w:r><w:rPr><w:sz w:val="{half_points}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'

    body = [run(TEXT, 32), run("“Yes,” he said.", 32), run(TEXT, 32), run("Wind north-west", 32), run(TEXT, 32)] * 4
    paragraphs = [part for title in ["The Storm", "The Boat", "Relief"] for part in (run(title, 40), *body)]
    book = read_book(manuscript(tmp_path, "large-print.docx", paragraphs))
    assert [c.title for c in book.chapters] == ["The Storm", "The Boat", "Relief"]
    assert [b.kind for b in book.chapters[0].blocks].count("heading") == 1
    assert sum(b.text == "“Yes,” he said." and b.kind == "p" for c in book.chapters for b in c.blocks) == 12


def test_a_manuscript_whose_titles_are_only_bold_is_cut_at_them(tmp_path: Path) -> None:
    """Titles typed at the left in bold at the text's size, the weakest look a title has (before: one chapter);
    a bold cry in the text ("Stop!") stays a line of the chapter."""
    paragraph = builder().paragraph

    def bold(text: str) -> str:
        return f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>"

    paragraphs = chapters_of(["The Storm", "The Boat", "Relief"], bold, paragraph)
    paragraphs[6:6] = [bold("Stop!")] * 3
    book = read_book(manuscript(tmp_path, "bold-titles.docx", paragraphs))
    assert [c.title for c in book.chapters] == ["The Storm", "The Boat", "Relief"]
    assert [b.text for b in book.chapters[0].blocks].count("Stop!") == 3


def test_a_collection_of_poems_each_on_its_own_page_has_a_chapter_a_poem(tmp_path: Path) -> None:
    """A manuscript of poems, each on a new page under its bold title: one chapter (poems are too short to be cut
    at their look), whose first poem was taken for the title page's lines (its verse lines are short). A short
    line that opens a page over three paragraphs or more is a title (not a dedication's or an epigraph's page);
    the title page ends where verse begins; a page opening with a sentence is not cut at."""
    paragraph = builder().paragraph

    def on_new_page(text: str, bold: bool = True) -> str:
        look = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r><w:br w:type="page"/></w:r><w:r>{look}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    verse = ["The tide came in across the flats,", "and took the road, and took the hats",
             "of three old men who walked too slow,", "and left the gulls a place to go."]
    titles = ["The Ferry", "Low Water", "The Chain"]
    paragraphs = [paragraph("Salt Poems", "Title"), paragraph("by Ann Writer"),
                  on_new_page("For my mother", bold=False), on_new_page("The sea remembers", bold=False),
                  paragraph("— an old saying"),  # a dedication's page, an epigraph's: no titles
                  *(part for title in titles for part in (on_new_page(title), *map(paragraph, verse * 2))),
                  on_new_page("And the tide went out again, as it always did.", bold=False), *map(paragraph, verse)]
    book = read_book(manuscript(tmp_path, "salt-poems.docx", paragraphs))
    assert (book.title, book.authors) == ("Salt Poems", ("Ann Writer",))
    assert [c.title for c in book.chapters] == titles
    assert [len(c.blocks) for c in book.chapters] == [1 + 8, 1 + 8, 1 + 8 + 1 + 4]
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [("title page", 5 + 3 + 3 + 4)]
