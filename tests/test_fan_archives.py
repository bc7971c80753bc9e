"""A work downloaded from a fan-fiction archive (samples/structure/harbour-lights.html, the Archive of Our
Own's layout, and the EPUB made from it): the story, its summary and the author's notes are read; the
site's notices and the work's tags and statistics are skipped, each listed with its reason, and nothing
else is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.ingest import IngestOptions, read_book
from audiobook.ingest.archive_frame import NOTICE, TAGS, without_archive_frame
from audiobook.ingest.title_page import authors_in_text
from audiobook.models import Block, Chapter
from tests.helpers import SAMPLES

HTML, EPUB = SAMPLES / "structure" / "harbour-lights.html", SAMPLES / "structure" / "harbour-lights.epub"
CHAPTERS = ["Chapter 1: The Lamp Room", "Chapter 2: Fog", "Chapter 3: Clear Weather"]
NOT_THE_WORK = ["Posted originally", "archiveofourown", "Rating", "General Audiences", "No Archive Warnings Apply",
                "Found Family", "Published: 2024", "Chapters: 3/3", "drop by the Archive", "Works inspired"]
THE_WORK = ["Maren keeps the harbour light.", "Thank you to my beta reader", "written on a very long train journey",
            "The lamp room smelled of paraffin", "Paraffin lamps were replaced",
            "She handed him the cloth", "I would love to hear what you thought"]


@pytest.mark.parametrize("source", [HTML, EPUB], ids=["html", "epub"])
def test_the_work_is_read_and_the_archives_frame_is_skipped(source) -> None:  # type: ignore[no-untyped-def]
    book = read_book(source)
    assert (book.title, book.authors) == ("Harbour Lights", ("wrenfield",))
    assert [c.title for c in book.chapters if c.title.startswith("Chapter")] == CHAPTERS
    text = " ".join(b.text for c in book.chapters for b in c.blocks)
    assert not [words for words in NOT_THE_WORK if words in text]
    assert not [words for words in THE_WORK if words not in text]
    reasons = {s.reason for s in book.skipped}
    assert {NOTICE, TAGS} <= reasons
    tags = [s for s in book.skipped if s.reason == TAGS]
    assert sum(s.words for s in tags) == 38  # 8 labels and their values, the statistics among them
    everything = read_book(source, IngestOptions(include_matter=True))
    read = sum(b.words for c in book.chapters for b in c.blocks)
    assert read + sum(s.words for s in book.skipped) == sum(b.words for c in everything.chapters for b in c.blocks)
    assert not everything.skipped and all(words in " ".join(b.text for c in everything.chapters for b in c.blocks)
                                          for words in NOT_THE_WORK)


def _blocks(*texts: str) -> list[Block]:
    return [Block(text) for text in texts]


def test_labels_in_a_story_are_not_a_tag_list() -> None:
    """Three labels are a story's lines; a tag list has four or more, each label alone or before its value."""
    story = _blocks("Status: missing.", "Rating: none.", "Language: unknown.", "The file closed there.")
    assert without_archive_frame(story) == story
    header = _blocks("Rating: Teen And Up Audiences", "Fandom:", "Original Work", "Language: English",
                     "Words: 5,210", "It began in the lamp room.")
    result = without_archive_frame(header)
    assert [getattr(item, "reason", None) for item in result] == [TAGS] * 5 + [None]
    assert result[-1] == header[-1]


def test_a_title_set_twice_is_not_its_own_author() -> None:
    """The archive sets the title as a contents heading and again as the page's; a name standing under a
    title is its author, but not the title itself (here the by-line's lower-case pen name names nobody)."""
    opening = Chapter("Harbour Lights", tuple(_blocks("Harbour Lights", "Harbour Lights", "by wrenfield")))
    assert authors_in_text([opening], "Harbour Lights") == ()
    printed = Chapter("The Winter Log", tuple(_blocks("The Winter Log", "Tom Reddaway", "It snowed.")))
    assert authors_in_text([printed], "The Winter Log") == ("Tom Reddaway",)


DOWNLOADED = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Harbour Lights by wrenfield</title></head><body>
<h1><a href="https://example.org/s/1">Harbour Lights</a> by <a class="authorlink" href="https://example.org/u/7">
wrenfield</a></h1><table>{rows}</table>
<h2 id="c1">Chapter 1: The Lamp Room</h2><p>The lamp room smelled of paraffin and salt.</p>
<h2 id="c2">Chapter 2: Fog</h2><p>The fog came in on the third morning and stayed for a week.</p></body></html>"""
FIELDS = [("Category", "Original Work"), ("Status", "Completed"), ("Published", "2024-03-02"),
          ("Packaged", "2026-12-05 15:49:40"), ("Publisher", "example.org"), ("Words", "1,412"),
          ("Summary", "Maren keeps the harbour light.")]


def test_a_downloaders_page_names_title_and_author_and_skips_its_fields(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """FanFicFare's HTML: "Title by author" with both linked in the heading, the work's fields as a table."""
    rows = "".join(f"<tr><td><b>{label}:</b></td><td>{value}</td></tr>" for label, value in FIELDS)
    source = tmp_path / "harbour-lights.html"
    source.write_text(DOWNLOADED.format(rows=rows), encoding="utf-8")
    book = read_book(source)
    assert (book.title, book.authors) == ("Harbour Lights", ("wrenfield",))
    text = " ".join(b.text for c in book.chapters for b in c.blocks)
    assert "Maren keeps the harbour light." in text and "Summary" in text  # the summary is the work's
    assert not [value for label, value in FIELDS[:-1] if value in text or f"{label}:" in text]
    assert sum(s.words for s in book.skipped if s.reason == TAGS) == 14  # six fields, each a label and a value


def test_a_fan_fiction_downloaders_text_file_skips_its_tags_and_names_its_author(tmp_path: Path) -> None:
    """A story saved as text by a fan-fiction downloader opens with its title, "by" and the author's user name, and
    the work's tags a line each ("Category: ...", "Status: Completed", "Words: 2,345"): the book was titled by the
    file's name, by an unknown author, and its first chapter read the tags aloud, dates and all. The tags are
    skipped and listed (read with --include-matter), the user is the author, and the summary and story are read."""
    prose = "The road ran north along the river, and the two of them walked it without a word for hours. " * 12
    tags = ["Category: Original Work", "Genre: Adventure, Friendship", "Language: English", "Status: Completed",
            "Published: 2011-03-04", "Updated: 2011-06-30", "Rating: K+", "Chapters: 2", "Words: 2,345",
            "Publisher: www.example.net"]
    summary = "Summary: Two friends take the long way home, and find that the road remembers more than they do."
    text = "\n".join(["The Long Way Round", "", "by quietowl", "", "", *tags, summary, "", "", "",
                     "1. The Station", "", "", prose, "", "", "", "2. The Bridge", "", "", prose]) + "\n"
    source = tmp_path / "the-long-way-round.txt"
    source.write_text(text, encoding="utf-8")
    book = read_book(source)
    assert (book.title, book.authors) == ("The Long Way Round", ("quietowl",))
    assert [c.title for c in book.chapters][-2:] == ["1. The Station", "2. The Bridge"]
    read = " ".join(b.text for c in book.chapters for b in c.blocks)
    assert summary in read and read.count(prose.strip()) == 2
    assert not [tag for tag in tags if tag in read]
    assert [s.words for s in book.skipped if s.reason == TAGS] == [sum(len(tag.split()) for tag in tags)]
    everything = read_book(source, IngestOptions(include_matter=True))
    assert all(tag in " ".join(b.text for c in everything.chapters for b in c.blocks) for tag in tags)


def test_a_short_summary_under_the_by_line_is_read(tmp_path: Path) -> None:
    """A summary of one short sentence ("A keeper, a storm, and a boat that should not have come.", 12 words) was
    skipped with the title page, whose lines may run to 15 words; the archive's "Summary" label ends the title page,
    and the summary and the author's notes are read, as a longer one is."""
    summary = "A keeper, a storm, and a boat that should not have come."
    html = HTML.read_text(encoding="utf-8")
    long = "Maren keeps the harbour light. Tobias keeps coming back to the harbour. Neither of them is very good at "
    start = html.index(long)
    short = tmp_path / "short-summary.html"
    short.write_text(html[:start] + summary + html[html.index("</p>", start):], encoding="utf-8")
    book = read_book(short)
    text = " ".join(b.text for c in book.chapters for b in c.blocks)
    assert summary in text and "Thank you to my beta reader" in text
    assert [c.title for c in book.chapters if c.title.startswith("Chapter")] == CHAPTERS
