"""Kindle books without DRM (samples/kindle/: lighthouse.epub made into an old-style MOBI and a KF8 AZW3 by
calibre) are read as the EPUB they came from: the same title, author, chapters and story; an encrypted,
damaged or foreign file is one line naming it, and the run stops before any work."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from audiobook.cli import main
from audiobook.errors import DrmError, InputError, ParseError
from audiobook.ingest import is_book_file, read_book
from tests.helpers import SAMPLES

KINDLE = [SAMPLES / "kindle" / "lighthouse.mobi", SAMPLES / "kindle" / "lighthouse.azw3"]
STORY = ("The Keeper of Gull Point", ("Audiobook Project Authors",),
         ["Chapter 1. The Storm Log", "Chapter 2. A Visitor by Boat", "Chapter 3. Lamps and Letters"])


@pytest.mark.parametrize("source", KINDLE, ids=["mobi", "azw3"])
def test_a_kindle_book_reads_as_the_epub_it_was_made_from(source: Path) -> None:
    book, epub = read_book(source), read_book(SAMPLES / "lighthouse.epub")
    assert (book.title, book.authors, [c.title for c in book.chapters]) == STORY
    assert (epub.title, epub.authors, [c.title for c in epub.chapters]) == STORY
    assert book.source == str(source) and is_book_file(source)
    kindle_blocks = [b.text for c in book.chapters for b in c.blocks]
    epub_blocks = [b.text for c in epub.chapters for b in c.blocks]
    # every paragraph of the story, word for word, in order: the note's marker and its text are not read
    assert [text for text in kindle_blocks if text in epub_blocks] == epub_blocks
    kindle_text = " ".join(kindle_blocks)
    assert "careful hand. Then he climbed" in kindle_text and "Twenty-eight inches" not in kindle_text
    assert "Copyright" not in kindle_text and "A novella in three chapters" not in kindle_text
    reasons = {s.reason for s in book.skipped}
    assert "note reference marker" in reasons and reasons & {"footnote", "note (where a note marker in the text links)"}


def test_a_kf8_books_types_are_read_without_their_prefix() -> None:
    """KindleUnpack writes epub:type as a bare `type`: the page break and the title and copyright pages are
    known by it, as in the EPUB (the old MOBI keeps the page's number only as a paragraph of its own)."""
    book = read_book(KINDLE[1])
    epub = read_book(SAMPLES / "lighthouse.epub")
    assert [b.text for c in book.chapters for b in c.blocks] == [b.text for c in epub.chapters for b in c.blocks]
    reasons = {s.reason for s in book.skipped}
    assert {"page-break marker", "footnote", "front/back matter (titlepage)",
            "front/back matter (copyright-page)"} <= reasons
    # the cover page, <body type="cover"> holding only an image, is listed with its alt text, as the EPUB's is
    assert [(s.reason, s.words) for s in book.skipped if "cover" in s.reason] == [("front/back matter (cover)", 8)]


def _with_header_bytes(source: Path, target: Path, offset_in_first_record: int, value: bytes) -> Path:
    data = bytearray(source.read_bytes())
    first = int.from_bytes(data[78:82], "big")
    data[first + offset_in_first_record:first + offset_in_first_record + len(value)] = value
    target.write_bytes(bytes(data))
    return target


def test_an_encrypted_damaged_or_foreign_kindle_file_is_one_clear_error(tmp_path: Path) -> None:
    locked = _with_header_bytes(KINDLE[0], tmp_path / "locked.mobi", 12, b"\x00\x02")  # Mobipocket encryption
    with pytest.raises(DrmError, match=r"locked\.mobi: DRM-protected: its text is encrypted"):
        read_book(locked)
    foreign = tmp_path / "notes.azw3"
    foreign.write_bytes(b"PK\x03\x04 a zip, not a Kindle book" + bytes(100))
    with pytest.raises(ParseError, match=r"notes\.azw3: not a Kindle book"):
        read_book(foreign)
    cut = tmp_path / "cut.mobi"
    cut.write_bytes(KINDLE[0].read_bytes()[:2_000])
    with pytest.raises(ParseError, match=r"cut\.mobi: not a readable Kindle book") as damaged:
        read_book(cut)
    assert "audiobook-kindle-" not in str(damaged.value)  # named after the user's file, not the unpacked copy

    result = CliRunner().invoke(main, ["render", str(locked), "-o", str(tmp_path / "out"), "--engine", "espeak"])
    assert result.exit_code == 2 and result.stderr.strip() == f"error: {locked}: DRM-protected: its text is " \
        "encrypted; only DRM-free Kindle books can be read"
    assert not (tmp_path / "out").exists()


def test_without_the_kindle_extra_the_error_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mobi.kindleunpack", None)  # as if the extra were not installed
    with pytest.raises(InputError, match=r"lighthouse\.mobi: reading Kindle books needs the kindle extra "
                                         r"\(pip install 'audiobook\[kindle\]'\)"):
        read_book(KINDLE[0])
