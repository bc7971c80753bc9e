"""OpenDocument manuscripts (.odt): chapters from headings and from a style named as one, tracked
changes as accepted, comments left out, the note, contents and title page skipped and listed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from audiobook.cli import main
from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters
from tests.helpers import SAMPLES, with_part

LOGBUCH = SAMPLES / "docx" / "das-logbuch.odt"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def test_an_opendocument_manuscript_reads_as_its_styles_say() -> None:
    book = read_book(LOGBUCH)
    assert (book.title, book.authors, book.declared_language) == ("Das Logbuch des Wärters", ("Greta Lind",), "de-DE")
    # parts in Heading 1, chapters in the writer's own "Chapter Title" style: cut at both
    assert [c.title for c in book.chapters] == ["Das Licht", "Der Sturm", "Die Ablösung"]
    light = [b.text for b in book.chapters[0].blocks]
    assert light[:3] == ["Erster Teil: Winter", "Das Licht",
                         "Der Wärter zündete die Lampe jeden Abend in der Dämmerung an und schrieb die Uhrzeit in das "
                         "Logbuch."]  # the note's number and text, inline in ODF, are not read
    assert light[3] == "Er stieg die hundertzwölf Stufen zweimal in der Nacht hinauf, bei jedem Wetter."  # no comment
    storm = book.chapters[1].blocks
    assert [b.text for b in storm[2:4]] == ["Nacht, Wind", "5. Januar, Stärke 10"] and storm[3].ends_scene
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [
        ("tracked deletion (an editor's change", 1), ("comment (a reviewer's note", 3),
        ("front/back matter (toc)", 8), ("footnote", 7), ("title page", 7)]


def test_every_letter_of_an_opendocument_is_read_or_listed() -> None:
    """The deleted text and the comments are listed too; who made a change or a comment, and when, is not
    the document's text."""
    with zipfile.ZipFile(LOGBUCH) as archive:
        content = etree.fromstring(archive.read("content.xml"))
    text = next(content.iter(f"{{{OFFICE}}}text"))
    for aside in [*text.iter(f"{{{OFFICE}}}change-info"), *text.iter("{http://purl.org/dc/elements/1.1/}*")]:
        aside.getparent().remove(aside)
    raw = sum(ch.isalnum() for piece in text.itertext() for ch in piece)
    spoken, skipped = planned_characters(plan_book(read_book(LOGBUCH)))
    assert spoken + skipped == raw


@pytest.mark.parametrize(("case", "problem"), [
    ("corrupt", "not an OpenDocument text file: the zip archive is corrupt or truncated"),
    ("no content", "not an OpenDocument text file: content.xml is missing"),
    ("password", "password-protected: its content is encrypted; save it again without a password"),
    ("entities", "content.xml: declares XML entities (refused: entity-expansion risk)"),
    ("broken xml", "content.xml: malformed XML"),
])
def test_a_bad_opendocument_fails_with_one_line_naming_it(tmp_path: Path, case: str, problem: str) -> None:
    if case == "corrupt":
        path = tmp_path / "corrupt.odt"
        path.write_bytes(b"PK\x03\x04 truncated")
    elif case == "no content":
        path = with_part(LOGBUCH, tmp_path / "empty.odt", "content.xml", None)
    elif case == "password":
        manifest = (b'<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                    b'manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data '
                    b'manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>')
        path = with_part(LOGBUCH, tmp_path / "locked.odt", "META-INF/manifest.xml", manifest)
    elif case == "entities":
        path = with_part(LOGBUCH, tmp_path / "laughs.odt", "content.xml",
                          b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><d>&b;</d>')
    else:
        path = with_part(LOGBUCH, tmp_path / "broken.odt", "content.xml",
                         b'<?xml version="1.0"?><office:document-content')
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0], result.stderr


TEXT = ("Der Wärter stieg bei jedem Wetter zweimal in der Nacht die Treppe hinauf, putzte das Glas und schrieb "
        "die Uhrzeit, den Wind und die Sicht in das Logbuch, wie es die Vorschrift verlangte.")


def styled_document(tmp_path: Path, name: str, styles: dict[str, str], paragraphs: list[tuple[str, str]],
                    after: str = "") -> Path:
    """The sample with its content replaced: these (style, text) paragraphs, each style's text properties given
    as attributes ('fo:font-size="16pt"'), and `after` them that content.xml (a list)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{OFFICE}" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles>'
        + "".join(f'<style:style style:name="{style}" style:family="paragraph"><style:text-properties {properties}/>'
                  "</style:style>" for style, properties in styles.items())
        + "</office:automatic-styles><office:body><office:text>"
        + "".join(f'<text:p text:style-name="{style}">{line}</text:p>' for style, line in paragraphs)
        + after + "</office:text></office:body></office:document-content>")
    return with_part(LOGBUCH, tmp_path / name, "content.xml", content.encode())


def test_a_large_print_opendocument_has_no_larger_type_but_its_titles(tmp_path: Path) -> None:
    """Set in 16 pt throughout for readers with low vision: the body is not "larger type", so a short log line
    stays a paragraph and only the titles, in 20 pt, cut chapters."""
    body = [("Body", TEXT), ("Body", "Wind Nordwest"), ("Body", TEXT), ("Body", TEXT)] * 4
    paragraphs = [part for title in ("Das Licht", "Der Sturm", "Die Ablösung") for part in (("Title", title), *body)]
    book = read_book(styled_document(tmp_path, "grossdruck.odt", {"Body": 'fo:font-size="16pt"',
                                                                  "Title": 'fo:font-size="20pt"'}, paragraphs))
    assert [c.title for c in book.chapters] == ["Das Licht", "Der Sturm", "Die Ablösung"]
    assert sum(b.text == "Wind Nordwest" and b.kind == "p" for c in book.chapters for b in c.blocks) == 12


def test_an_opendocument_whose_titles_are_only_bold_is_cut_at_them(tmp_path: Path) -> None:
    """Titles at the left in a bold style at the text's size (before: one chapter)."""
    titles = ("Das Licht", "Der Sturm", "Die Ablösung")
    paragraphs = [part for title in titles for part in (("Title", title), *[("Standard", TEXT)] * 16)]
    book = read_book(styled_document(tmp_path, "fett.odt", {"Title": 'fo:font-weight="bold"'}, paragraphs))
    assert [c.title for c in book.chapters] == list(titles)


def test_several_authors_in_the_documents_creator_are_each_an_author(tmp_path: Path) -> None:
    """Pandoc writes a book's authors into one creator, "Maren Holt; Ola Brekke", and each on a line of the title
    page under the title: two authors (was one of both names), so the title page is found and skipped."""
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Das '
            "Logbuch</dc:title><dc:creator>Maren Holt; Ola Brekke</dc:creator></office:meta></office:document-meta>")
    titles = ("Das Licht", "Der Sturm", "Die Ablösung")
    paragraphs = [("Title", "Das Logbuch"), ("Author", "Maren Holt"), ("Author", "Ola Brekke"),
                  *[part for title in titles for part in (("Heading", title), *[("Standard", TEXT)] * 16)]]
    styles = {"Title": 'fo:font-size="24pt"', "Heading": 'fo:font-size="18pt"'}
    document = styled_document(tmp_path, "autoren.odt", styles, paragraphs)
    book = read_book(with_part(document, tmp_path / "two.odt", "meta.xml", meta.encode()))
    assert book.authors == ("Maren Holt", "Ola Brekke")
    assert [c.title for c in book.chapters] == list(titles)
    assert [(s.reason.split(",")[0], s.words) for s in book.skipped] == [("title page", 6)]


def test_a_collection_of_poems_each_on_its_own_page_has_a_chapter_a_poem(tmp_path: Path) -> None:
    """Poems each on a new page under its title (a style with "fo:break-before: page"), too short to be cut at a
    look: one chapter. A short line that opens a page is a title; a page opening with a sentence is not cut at."""
    verse = ["Die Flut kam über das Watt herein,", "und nahm den Weg und nahm den Stein", "der alten Männer, die zu "
             "spät,", "und ließ den Möwen, was noch geht."]
    titles = ["Die Fähre", "Niedrigwasser", "Die Kette"]
    lines = [*(part for title in titles for part in (("Seite", title), *(("Standard", line) for line in verse * 2))),
             ("Seite", "Und die Flut ging wieder, wie immer."), *(("Standard", line) for line in verse)]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{OFFICE}" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles>'
        '<style:style style:name="Seite" style:family="paragraph"><style:paragraph-properties '
        'fo:break-before="page"/></style:style></office:automatic-styles><office:body><office:text>'
        + "".join(f'<text:p text:style-name="{style}">{line}</text:p>' for style, line in lines)
        + "</office:text></office:body></office:document-content>")
    book = read_book(with_part(LOGBUCH, tmp_path / "gedichte.odt", "content.xml", content.encode()))
    assert [c.title for c in book.chapters] == titles
    assert [len(c.blocks) for c in book.chapters] == [1 + 8, 1 + 8, 1 + 8 + 1 + 4]


def test_a_podcast_script_written_in_writer_is_read_as_a_script(tmp_path: Path) -> None:
    """A script typed in a word processor, a speaker's label on each turn: its names were read aloud, and its
    stage directions. Its paragraphs are the script's lines, labels and directions as a text script has them; a
    list's items, each a paragraph inside its item as Writer sets them, are read once (they were read twice)."""
    lines = ["Episode 9: The Fog Bell", "[Theme music]", "HOST: (warmly) Welcome back to the Lamp Room.",
             "GUEST: Thanks for having me.", "It is good to be here.", "HOST: Let us talk about the fog bell."]
    notes = "".join(f"<text:list-item><text:p>{item}</text:p></text:list-item>" for item in ("Bells", "Tides"))
    book = read_book(styled_document(tmp_path, "episode-9.odt", {}, [("Standard", line) for line in lines],
                                     after=f"<text:list>{notes}</text:list>"))
    assert (book.title, book.episode.number if book.episode else None) == ("The Fog Bell", 9)
    assert [(b.speaker, b.text) for c in book.chapters for b in c.blocks] == [
        (None, "Episode 9: The Fog Bell"), ("HOST", "Welcome back to the Lamp Room."),
        ("GUEST", "Thanks for having me."), ("GUEST", "It is good to be here."),
        ("HOST", "Let us talk about the fog bell."), ("HOST", "Bells"), ("HOST", "Tides")]
    assert [(s.href, s.reason) for s in book.skipped] == [("paragraph 2", "stage direction"),
                                                          ("paragraph 3", "stage direction")]
