"""FictionBook 2 books (.fb2, .fb2.zip): chapters from nested sections, the title page, notes and
the cover from the file itself, read as an HTML book is."""

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
from tests.helpers import SAMPLES

MAYAK = SAMPLES / "fb2" / "mayak.fb2"


def test_a_fictionbook_gives_its_metadata_cover_and_chapters_from_its_sections() -> None:
    book = read_book(MAYAK)
    assert (book.title, book.authors, book.declared_language) == ("Маяк на Чёрной скале", ("Анна Примерова",), "ru")
    assert book.description.startswith("Повесть о смотрителе маяка")
    assert book.cover is not None and book.cover.media_type == "image/png" and book.cover.data[:4] == b"\x89PNG"
    # parts ("Часть первая — Зима") open their first chapter, as in an HTML book; the book's epigraph opens the
    # first chapter too, not a chapter of its own titled by its first line
    assert [c.title for c in book.chapters] == ["Глава первая — Смотритель", "Глава вторая — Шторм",
                                                "Глава третья — Лодка"]
    assert [b.text for b in book.chapters[0].blocks[:6]] == [
        "Свет горит не для того, кто его зажигает.", "Старая поговорка", "Часть первая", "Зима", "Глава первая",
        "Смотритель"]
    storm = [b.text for b in book.chapters[1].blocks]
    assert "Песня смотрителя" in storm  # a poem's title; its stanza one paragraph of four lines, as an EPUB sets
    # verse, so that a sentence running over two lines is read as one sentence, not as two segments
    stanza = next(b for b in book.chapters[1].blocks if b.text.startswith("Гори, мой свет"))
    assert stanza.text.endswith("Ты светишь им, и им уже не страшно.") and stanza.text.count("Гори") == 2
    plan = plan_book(book)
    assert any(s.text.startswith("Гори, мой свет, над чёрною водой, Гори для тех")
               for c in plan.chapters for s in c.segments)
    assert {(s.reason, s.words) for s in book.skipped} == {
        ("front/back matter (titlepage)", 6), ("note reference marker", 1), ("footnote", 11)}


def test_every_letter_of_a_fictionbook_is_read_or_listed() -> None:
    root = etree.parse(str(MAYAK)).getroot()
    raw = sum(ch.isalnum() for body in root if etree.QName(body).localname == "body" for text in body.itertext()
              for ch in text)
    spoken, skipped = planned_characters(plan_book(read_book(MAYAK)))
    assert spoken + skipped == raw


def test_a_windows_1251_fictionbook_and_a_zipped_one_read_as_the_utf8_file_does(tmp_path: Path) -> None:
    """Older FB2 files are in Windows-1251, and libraries hand them out as .fb2.zip."""
    text = MAYAK.read_text(encoding="utf-8").replace('encoding="utf-8"', 'encoding="windows-1251"')
    cyrillic = tmp_path / "mayak-1251.fb2"
    cyrillic.write_bytes(text.encode("windows-1251"))
    zipped = tmp_path / "mayak.fb2.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(MAYAK, "mayak.fb2")
    expected = read_book(MAYAK)
    for path in (cyrillic, zipped):
        book = read_book(path)
        assert (book.title, book.authors, book.cover) == (expected.title, expected.authors, expected.cover)
        assert [[b.text for b in c.blocks] for c in book.chapters] == [[b.text for b in c.blocks]
                                                                      for c in expected.chapters]


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("not-fb2.fb2", b'<?xml version="1.0"?><html><body><p>Hi.</p></body></html>',
     "not a FictionBook (FB2) document: its root element is <html>"),
    ("broken.fb2", b'<?xml version="1.0"?><FictionBook><body><p>Hi.</body>', "malformed XML"),
    ("empty.fb2", b'<?xml version="1.0"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">'
                  b"<body><section><empty-line/></section></body></FictionBook>", "no readable text"),
    ("two.fb2.zip", None, "a .fb2.zip holds one .fb2 file; this one holds 2"),
    ("corrupt.fb2.zip", b"PK\x03\x04 not a zip", "not a valid .fb2.zip"),
])
def test_a_bad_fictionbook_fails_with_one_line_naming_it(tmp_path: Path, name: str, content: bytes | None,
                                                         problem: str) -> None:
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(MAYAK, "one.fb2")
            archive.write(MAYAK, "two.fb2")
    else:
        path.write_bytes(content)
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0], result.stderr


def test_a_title_written_as_a_catalogue_entry_is_the_title_alone(tmp_path: Path) -> None:
    """calibre carries an EPUB's catalogue-entry title into the FB2 it writes ("The vision of hell. / By Dante
    Alighieri. / Translated by ..."): the title alone, as the EPUB's is (a player showed the whole entry)."""
    entry = "The vision of hell. / By Dante Alighieri. / Translated by Rev. Henry Francis Cary, M.A."
    source = MAYAK.read_text(encoding="utf-8").replace("<book-title>Маяк на Чёрной скале</book-title>",
                                                       f"<book-title>{entry}</book-title>")
    assert entry in source
    (tmp_path / "hell.fb2").write_text(source, encoding="utf-8")
    assert read_book(tmp_path / "hell.fb2").title == "The vision of hell"


def _calibre_fb2(sections: list[str]) -> str:
    """An FB2 as calibre writes one from an EPUB: a <section> for each of its files, no <title>, each heading a
    paragraph in bold."""
    return ('<?xml version="1.0" encoding="utf-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" '
            'xmlns:l="http://www.w3.org/1999/xlink"><description><title-info><author><first-name>Ada</first-name>'
            '<last-name>Moss</last-name></author><book-title>The Lamp Room</book-title><lang>en</lang></title-info>'
            "</description><body>" + "".join(f"<section>{s}</section>" for s in sections) + "</body></FictionBook>")


def test_calibres_fb2_of_an_epub_takes_each_sections_bold_heading_as_its_title(tmp_path: Path) -> None:
    """calibre's FB2 of an EPUB (its quick-start guide) writes every file as an untitled section whose heading is
    a bold paragraph: "Introduction", "Installing calibre"... were one chapter of 4,982 words. Each section's bold
    opening line is its title (with the line under it where the first only numbers, and a long line a division's
    label opens); the title page's bold lines stay a title page, its publisher's lines are skipped, and a section
    that is matter by its content ("A Propos", a distributor's page with its web address) is skipped."""
    from tests.small_books import tale

    def prose(seed: int) -> str:
        return "".join(f"<p>{p}</p>" for p in tale(seed, 300))

    long_title = "Chapter 3 « The storm that came in the night and took the pier, the boats and the old lamp »"
    source = _calibre_fb2([
        "<p><strong>The Lamp Room</strong> <strong>Ada Moss</strong></p><empty-line/>"
        "<p><strong>Publication:</strong> 2024</p><p><strong>Category:</strong> Fiction, Sea Stories</p>"
        "<p><strong>Source:</strong> http://www.example-ebooks.org</p>",
        "<p><strong>A Propos Moss:</strong></p><p>Ada Moss was born in Bergen. Find her books at "
        "www.example-ebooks.org and at https://example.org/moss, where every title is free.</p>"
        "<p>Copyright © 2024 Example Ebooks.</p>",
        f"<empty-line/><p><strong>Introduction</strong></p>{prose(1)}",
        f"<p><strong>Chapter 2</strong></p><p><strong>The Keeper</strong></p>{prose(2)}",
        f"<p><strong>{long_title}</strong></p>{prose(3)}",
        f"<p><strong>Where to Get Help</strong></p>{prose(4)}"])
    path = tmp_path / "lamp.fb2"
    path.write_text(source, encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Introduction", "Chapter 2 — The Keeper",
                                                long_title.replace("Chapter 3 «", "Chapter 3 — «"), "Where to Get Help"]
    reasons = {s.reason.split(" (")[0] + (" (title page)" if s.reason.startswith("title page") else "")
               for s in book.skipped}
    assert reasons == {"front/back matter", "title page, by its content (title page)"}
    assert "example" not in " ".join(b.text for c in book.chapters for b in c.blocks)
    assert [b.text for b in book.chapters[1].blocks[:2]] == ["Chapter 2", "The Keeper"]
