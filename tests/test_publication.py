"""A book's edition (publisher, publication date, ISBN, series) from its package, in the sidecar Audiobookshelf
reads and in the M4B's tags. These were empty for every book: a library showed no series, year or publisher."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from mutagen.mp4 import MP4

from audiobook.audio.tags import BookTags, tag_m4b
from audiobook.ingest import read_book
from audiobook.ingest.publication import isbn_of
from audiobook.models import Publication
from audiobook.outputs.inspection import plan_document
from audiobook.outputs.sidecar import write_sidecar
from audiobook.text.segmenter import plan_book
from samples.structure import Entry, page, write_book
from tests.helpers import requires_tools

OPF_NS = "http://www.idpf.org/2007/opf"


def _book_with(tmp_path: Path, metadata: str, name: str = "edition.epub") -> Path:
    """A one-chapter EPUB whose package's metadata holds `metadata` too."""
    book = write_book(tmp_path / name, "The Tide Clock", "Ann Example", "en",
                      [("c1.xhtml", page("One", "<h1>Chapter 1</h1><p>The lamp was lit at dusk.</p>"))],
                      [Entry("Chapter 1", "c1.xhtml")])
    with zipfile.ZipFile(book) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    files["OEBPS/book.opf"] = files["OEBPS/book.opf"].replace(
        b"<metadata ", f'<metadata xmlns:opf="{OPF_NS}" '.encode(), 1).replace(
        b"</metadata>", metadata.encode() + b"</metadata>", 1)
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("mimetype", files.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return book


def test_calibres_series_and_an_isbn_under_its_scheme_are_the_books_edition(tmp_path: Path) -> None:
    book = _book_with(tmp_path, '<dc:publisher>Harbour Press</dc:publisher>'
                                '<dc:date opf:event="conversion">2024-01-02</dc:date>'
                                '<dc:date opf:event="publication">1907</dc:date>'
                                '<dc:identifier opf:scheme="ISBN">978-0-14-143951-8</dc:identifier>'
                                '<meta name="calibre:series" content="The Lamp  Keepers"/>'
                                '<meta name="calibre:series_index" content="2.0"/>')
    assert read_book(book).publication == Publication(publisher="Harbour Press", published="1907",
                                                      isbn="9780141439518", series="The Lamp Keepers",
                                                      series_position="2")


def test_an_epub3_collection_refined_as_a_series_is_the_books_series(tmp_path: Path) -> None:
    book = _book_with(tmp_path, '<dc:date>2008-05-20</dc:date><meta property="belongs-to-collection" id="c1">'
                                'Tide Tables</meta><meta refines="#c1" property="collection-type">series</meta>'
                                '<meta refines="#c1" property="group-position">2.5</meta>')
    publication = read_book(book).publication
    assert (publication.series, publication.series_position, publication.published) == (
        "Tide Tables", "2.5", "2008-05-20")
    set_only = _book_with(tmp_path, '<meta property="belongs-to-collection" id="c1">Harbour Classics</meta>'
                                    '<meta refines="#c1" property="collection-type">set</meta>', "set.epub")
    assert read_book(set_only).publication.series == ""  # a set is no series


def test_a_fictionbooks_publish_info_and_sequence_are_its_edition(tmp_path: Path) -> None:
    fb2 = tmp_path / "tide.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Ann</first-name><last-name>Example</last-name>'
                   '</author><book-title>The Tide Clock</book-title><lang>en</lang><sequence name="The Lamp Keepers" '
                   'number="3"/></title-info><publish-info><publisher>Harbour Press</publisher><year>1999</year>'
                   '<isbn>978-0-14-143951-8</isbn></publish-info></description><body><section><title><p>Chapter 1'
                   '</p></title><p>The lamp was lit at dusk.</p></section></body></FictionBook>', encoding="utf-8")
    assert read_book(fb2).publication == Publication(publisher="Harbour Press", published="1999",
                                                     isbn="9780141439518", series="The Lamp Keepers",
                                                     series_position="3")


@pytest.mark.parametrize(("identifier", "scheme", "isbn"), [
    ("urn:isbn:978-0-14-143951-8", "", "9780141439518"), ("9780141439518", "", "9780141439518"),
    ("0-14-143951-3", "", "0141439513"), ("9780141439519", "", ""),  # a wrong check digit: some other number
    ("urn:uuid:ab66632e-87fa-11e7-b71e-4c72b9252ec6", "", ""), ("http://www.gutenberg.org/521", "URI", ""),
    ("0-14-143951-X", "ISBN", "014143951X")])
def test_an_isbn_is_known_by_its_scheme_or_its_check_digit(identifier: str, scheme: str, isbn: str) -> None:
    assert isbn_of(identifier, scheme) == isbn


def test_the_sidecar_names_the_series_publisher_year_and_isbn(tmp_path: Path) -> None:
    book = _book_with(tmp_path, '<dc:publisher>Harbour Press</dc:publisher><dc:date>1907-03-01</dc:date>'
                                '<dc:identifier>urn:isbn:9780141439518</dc:identifier>'
                                '<meta name="calibre:series" content="The Lamp Keepers"/>'
                                '<meta name="calibre:series_index" content="2"/>')
    document = plan_document(plan_book(read_book(book)))
    for chapter in document["chapters"]:
        chapter.update(start_ms=0, end_ms=1000)
    document["settings"] = {"engine": "espeak", "voice": None}
    write_sidecar(tmp_path, document, None)
    sidecar = json.loads((tmp_path / "metadata.json").read_text())
    assert {key: sidecar[key] for key in ("series", "publisher", "publishedYear", "publishedDate", "isbn")} == {
        "series": ["The Lamp Keepers #2"], "publisher": "Harbour Press", "publishedYear": "1907",
        "publishedDate": "1907-03-01", "isbn": "9780141439518"}


@requires_tools
def test_the_m4b_carries_the_books_publication_date(tmp_path: Path) -> None:
    target = tmp_path / "book.m4b"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac", "-f", "ipod",
                    str(target)], check=True)
    tag_m4b(target, BookTags(title="The Tide Clock", authors=("Ann Example",), cover=None, date="1907"))
    assert MP4(str(target)).tags["\xa9day"] == ["1907"]
