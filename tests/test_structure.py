"""Chapters a listener would choose, and only the book read aloud, on badly made books:
the structure samples (samples/structure.py), plain-text and Markdown books, scripts
outside the 11 languages' alphabets, and the corpus when it is present."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from audiobook.errors import UnsupportedLanguageError
from audiobook.ingest import IngestOptions, read_book
from audiobook.models import Book
from audiobook.text.segmenter import SegmentOptions, plan_book
from tests.helpers import CORPUS, ROOT, SAMPLES

STRUCTURE = SAMPLES / "structure"


def reasons(book: Book) -> dict[str, int]:
    found: dict[str, int] = {}
    for skipped in book.skipped:
        found[skipped.reason] = found.get(skipped.reason, 0) + skipped.words
    return found


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


def test_untitled_sub_parts_take_their_story_title() -> None:
    assert [c.title for c in read_book(STRUCTURE / "three-cases.epub").chapters] == [
        "The Copper Key, I", "The Copper Key, II", "The Copper Key, III", "The Silent Bell, I", "The Silent Bell, II"]


def test_unmarked_imprint_and_licence_pages_in_two_languages_and_body_under_a_title_page_entry() -> None:
    book = read_book(STRUCTURE / "le-phare.epub")
    assert [c.title for c in book.chapters] == ["Mode d'emploi", "Chapitre 1 — La lanterne", "Chapitre 2 — Le journal"]
    skipped_files = {s.href.rsplit("/", 1)[-1]: s.reason for s in book.skipped}
    assert "by its content" in skipped_files["p1.xhtml"] and "by its content" in skipped_files["p9.xhtml"]
    assert skipped_files["titre.xhtml"] == "front/back matter (Page de titre)"
    assert sum(len(b.text.split()) for b in book.chapters[0].blocks) > 600  # the mode d'emploi, read whole
    everything = read_book(STRUCTURE / "le-phare.epub", IngestOptions(include_matter=True))
    assert "Tous droits réservés" in read_text(everything) and "Creative Commons" in read_text(everything)


def test_a_plain_text_gutenberg_book() -> None:
    book = read_book(SAMPLES / "text" / "tidewater.txt")
    assert (book.title, book.authors, book.declared_language) == ("The Tidewater Almanac", ("Maren Holt",), "English")
    assert [c.title for c in book.chapters] == ["CHAPTER I. The Harbour Bell", "CHAPTER II. Low Water",
                                               "CHAPTER III. Judgement Day"]
    found = reasons(book)
    assert {"Project Gutenberg header", "Project Gutenberg licence", "contents list written as text",
            "title page (title and author lines)"} <= set(found)
    assert "Gutenberg" not in read_text(book) and plan_book(book).language == "en"


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


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_corpus_matter_found_by_content() -> None:
    dante = read_book(CORPUS / "readium-dante-hell-epub2.epub")
    assert reasons(dante).get("Project Gutenberg licence", 0) > 2_000
    assert "Gutenberg" not in " ".join(b.text for b in dante.chapters[-1].blocks)
    jaune = read_book(CORPUS / "thorium-chambre-jaune-fr.epub")
    assert jaune.chapters[0].title.startswith("Chapitre 1")


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
