"""Reading real EPUB and HTML files: chapters, order, skipped parts, no text lost."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from audiobook.ingest import IngestOptions, read_book
from audiobook.text.segmenter import SegmentOptions, plan_book
from tests.accounting import planned_characters, raw_characters
from tests.helpers import ROOT, SAMPLES, corpus_books, sample_books


def titles(path: Path, **options: object) -> list[str]:
    return [c.title for c in read_book(path, IngestOptions(**options)).chapters]  # type: ignore[arg-type]


def test_committed_samples_match_their_sources(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(SAMPLES / "build.py"), str(tmp_path)], check=True, capture_output=True)
    for built in tmp_path.glob("*.epub"):
        assert built.read_bytes() == (SAMPLES / built.name).read_bytes(), f"run samples/build.py: {built.name} is stale"


def test_epub3_nested_nav_front_matter_and_notes() -> None:
    book = read_book(SAMPLES / "lighthouse.epub")
    assert [c.title for c in book.chapters] == ["Chapter 1. The Storm Log", "Chapter 2. A Visitor by Boat",
                                                "Chapter 3. Lamps and Letters"]
    assert book.title == "The Keeper of Gull Point" and book.declared_language == "en-GB"
    assert book.cover is not None and book.cover.media_type == "image/png"
    reasons = {(s.href, s.reason) for s in book.skipped}
    assert ("cover.xhtml", "front/back matter (cover)") in reasons
    assert ("titlepage.xhtml", "front/back matter (titlepage)") in reasons
    assert ("copyright.xhtml", "front/back matter (copyright-page)") in reasons
    assert ("chapter1.xhtml", "note reference marker") in reasons
    assert ("chapter1.xhtml", "page-break marker") in reasons
    assert any(s.href == "notes.xhtml" and "non-linear" in s.reason for s in book.skipped)
    text = " ".join(b.text for c in book.chapters for b in c.blocks)
    assert "careful hand. Then he climbed" in text  # the note marker is not read out
    assert "Copyright" not in text and "Twenty-eight inches" not in text
    kinds = {b.kind for c in book.chapters for b in c.blocks}
    assert {"heading", "p", "quote", "list-item", "table-row"} <= kinds
    row = next(b.text for c in book.chapters for b in c.blocks if b.kind == "table-row" and "02.15" in b.text)
    assert row == "02.15, SW 9, Boat sighted, one person aboard"


def test_a_matter_document_skipped_whole_says_which_evidence_found_it(tmp_path: Path) -> None:
    """A document skipped before it is read was listed "by file name or link density": it now names one."""
    from samples.structure import Entry, page, write_book

    story = "".join(f"<p>The keeper climbed the stair for the {n}th time that night, counting aloud.</p>"
                    for n in range(4, 40))
    links = "".join(f'<p><a href="c.xhtml">Part {n}</a></p>' for n in range(1, 9))
    pages = [("imprint.xhtml", page("Imprint", "<p>Set in a typeface of our own, on a press of our own.</p>")),
             ("c.xhtml", page("One", f"<h2>One</h2>{story}")), ("parts.xhtml", page("Parts", links))]
    toc = [Entry("Imprint", "imprint.xhtml"), Entry("One", "c.xhtml"), Entry("Parts", "parts.xhtml")]
    book = read_book(write_book(tmp_path / "b.epub", "The Light", "Ada Moss", "en", pages, toc))
    reasons = {s.href: s.reason for s in book.skipped}
    assert reasons == {"imprint.xhtml": "front/back matter (its file name)",
                       "parts.xhtml": "front/back matter (a page of links)"}


def test_toc_depth_can_be_chosen() -> None:
    assert titles(SAMPLES / "lighthouse.epub", toc_depth=1) == ["Part One: The Light", "Part Two: The Harbour"]


def test_front_matter_can_be_included() -> None:
    book = read_book(SAMPLES / "lighthouse.epub", IngestOptions(include_matter=True, include_nonlinear=True))
    text = " ".join(b.text for c in book.chapters for b in c.blocks)
    assert "Copyright 2026" in text and "A novella in three chapters" in text
    # a footnote stays out of the reading order even when its file is read
    assert any(s.href == "notes.xhtml" and s.reason == "footnote" for s in book.skipped)


def test_epub2_ncx_and_three_letter_language() -> None:
    plan = plan_book(read_book(SAMPLES / "moulin.epub"))
    assert [c.title for c in plan.chapters] == ["Chapitre premier : La roue", "Chapitre deux : Le meunier"]
    assert plan.language == "fr"
    assert {s.model for c in plan.chapters for s in c.segments} == {"voiceai-tts-multilingual-v1-latest"}
    sentences = [s.text for c in plan.chapters for s in c.segments]
    assert not any(s.endswith(("M.", "Mme")) for s in sentences)


def test_named_html_entities_in_an_epub2_document_are_read_as_their_characters() -> None:
    """moulin's chapter two (EPUB 2 under the XHTML 1.1 DOCTYPE) writes é, ê, «, », ’ and no-break
    spaces as &eacute;, &ecirc;, &laquo;... An XML parser that does not load the DTD kept each as
    an empty entity node, and the reader said "fatigu, dit-il enfin. Mme une roue"."""
    raw = zipfile.ZipFile(SAMPLES / "moulin.epub").read("OEBPS/c2.xhtml").decode()
    assert all(f"&{name};" in raw for name in ("eacute", "ecirc", "laquo", "raquo", "nbsp", "rsquo"))
    # the reference: each block's markup without tags, unescaped by the standard library
    expected = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", inner)).split())
                for inner in re.findall(r"<(?:h2|p)>(.*?)</(?:h2|p)>", raw, re.DOTALL)]
    book = read_book(SAMPLES / "moulin.epub")
    chapter = next(c for c in book.chapters if c.source_hrefs == ("c2.xhtml",))
    assert [block.text for block in chapter.blocks] == expected
    assert "« Elle est fatiguée, dit-il enfin. Même une roue a le droit de se reposer. »" in expected
    assert "C’était un homme lent" in expected[1]


def test_entity_rewriting_leaves_comments_cdata_and_xml_references_as_they_are() -> None:
    from audiobook.ingest.entities import with_numeric_references

    data = b"a &mdash; &amp; &#233; <!-- &x; --> <![CDATA[ if (a &b;) ]]> &hellip;"
    assert with_numeric_references(data, source="s", href="h") == (
        b"a &#8212; &amp; &#233; <!-- &x; --> <![CDATA[ if (a &b;) ]]> &#8230;")
    # an unterminated section runs to the end (the parser then refuses the document), scanned once
    hostile = b"<p>&eacute;" + b"<![CDATA[ x " * 20_000
    assert with_numeric_references(hostile, source="s", href="h") == b"<p>&#233;" + b"<![CDATA[ x " * 20_000
    # UTF-16 is read as characters, not bytes: "\u4126;" encodes as b"&A;" in UTF-16-LE, which is no entity
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><p>\u4126;\u3b00</p>'.encode("utf-16")
    assert with_numeric_references(utf16, source="s", href="h") == utf16


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_named_entities_in_a_utf16_document_are_read_too(codec: str) -> None:
    """With or without a byte-order mark, in either byte order: the letters are kept."""
    from audiobook.ingest.xhtml import parse_xml

    document = ('<?xml version="1.0" encoding="UTF-16"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
                "<p>Caf&eacute; cr&egrave;me &amp; &laquo;&#160;th&eacute;&nbsp;&raquo;</p></body></html>")
    root = parse_xml(document.encode(codec), source="s", href="h")
    assert "".join(root.itertext()) == "Café crème & «\xa0thé\xa0»"


def test_what_a_screen_reader_skips_is_not_read_and_is_listed(tmp_path: Path) -> None:
    """A drop cap hidden from screen readers beside the word spelled out for them, a hidden
    block, an inline display:none: the narration is what a screen reader says."""
    from samples.synthetic import write_epub

    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One'
            '</title></head><body><h1>One</h1><p><span class="dropcap" aria-hidden="true">O</span>'
            '<span class="visually-hidden">Once</span> upon a time the keeper wrote his log.</p>'
            '<div hidden="hidden"><p>Answers to the quiz.</p></div><p style="display: none">Print only.</p>'
            '<p>The lamp <span aria-hidden="false">still</span> burned.</p></body></html>')
    book = read_book(write_epub(tmp_path / "hidden.epub", "Hidden", [("one.xhtml", "One", page.encode())]))
    assert [b.text for c in book.chapters for b in c.blocks] == [
        "One", "Once upon a time the keeper wrote his log.", "The lamp still burned."]
    hidden = [s for s in book.skipped if s.reason.startswith("hidden from readers")]
    assert [(s.words, s.characters) for s in hidden] == [(1, 1), (4, 16), (2, 9)]


def test_an_ordered_lists_numbers_are_heard_before_its_items(tmp_path: Path) -> None:
    """The numbers and letters a reader app draws before ordered list items are heard ("Three.
    Warm the pan."), as the app counts them (start, type, reversed, value, an item of several
    paragraphs), in the item's language; not where the list's style hides them, nor twice where
    the item writes its own. The text (subtitles, read-along) stays the book's."""
    from samples.synthetic import write_epub

    items = "".join(f"<li>{text}</li>" for text in ("Three to go.", "Two to go.", "One to go."))
    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One'
            '</title><style>ol.plain { list-style-type: none }</style></head><body><h1>One</h1>'
            "<p>The keeper kept a list of what to do before the lamp was lit each night.</p>"
            '<ol start="3"><li>Trim the wick.</li><li><p>Fill the oil.</p><p>Wipe the glass.</p></li>'
            '<li value="9">Light it.</li></ol><ol type="A"><li>Alpha item.</li><li>Beta item.</li></ol>'
            f'<ol reversed="reversed">{items}</ol><ol class="plain"><li>Not numbered.</li></ol>'
            '<ol style="list-style: none"><li>Nor this.</li></ol>'
            "<ol><li>1. Numbered by hand.</li><li>Step 2: named by hand.</li><li>Third.</li></ol>"
            '<ul><li>A bullet.</li></ul><ol xml:lang="de"><li>Den Ofen vorheizen, dann das Brot backen.</li></ol>'
            "</body></html>")
    plan = plan_book(read_book(write_epub(tmp_path / "lists.epub", "Lists", [("one.xhtml", "One", page.encode())])))
    heard = {s.text: s.heard for s in plan.chapters[0].segments}
    assert [heard[text] for text in ("Trim the wick.", "Fill the oil.", "Wipe the glass.", "Light it.")] == [
        "Three. Trim the wick.", "Four. Fill the oil.", "Wipe the glass.", "Nine. Light it."]
    assert [heard[text] for text in ("Alpha item.", "Beta item.", "Three to go.", "Two to go.", "One to go.")] == [
        "A. Alpha item.", "B. Beta item.", "Three. Three to go.", "Two. Two to go.", "One. One to go."]
    assert [heard[text] for text in ("Not numbered.", "Nor this.", "Step 2: named by hand.", "Third.",
                                     "A bullet.")] == [
        "Not numbered.", "Nor this.", "Step two: named by hand.", "Three. Third.", "A bullet."]
    assert heard["1. Numbered by hand."].lower() == "one. numbered by hand."
    assert heard["Den Ofen vorheizen, dann das Brot backen."] == "Eins. Den Ofen vorheizen, dann das Brot backen."
    markdown = tmp_path / "steps.md"
    markdown.write_text("# Chapter 1\n\nThe keeper wrote down how he lit the lamp on a winter night.\n\n"
                        "3. Warm the oil.\n4. Trim the wick.\n", encoding="utf-8")
    assert [s.heard for s in plan_book(read_book(markdown)).chapters[0].segments][-2:] == [
        "Three. Warm the oil.", "Four. Trim the wick."]


def test_a_title_set_as_an_image_is_read_from_its_alt_text(tmp_path: Path) -> None:
    """A heading whose only content is a picture is the picture's alt text; an ornament beside a
    written title, and pictures in the text, stay unread (listed) unless --alt-text."""
    from samples.synthetic import write_epub

    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One'
            '</title></head><body><h1><img src="t.png" alt="Chapter One: The Lamp"/></h1>'
            '<h2><img src="o.png" alt="ornament"/>The Stair</h2><p>He climbed <img src="g.png" alt="a gull"/> on.</p>'
            '</body></html>')
    path = write_epub(tmp_path / "pictures.epub", "Pictures", [("one.xhtml", "One", page.encode())])
    book = read_book(path)
    assert [(b.kind, b.text) for c in book.chapters for b in c.blocks] == [
        ("heading", "Chapter One: The Lamp"), ("heading", "The Stair"), ("p", "He climbed on.")]
    assert sorted(s.words for s in book.skipped if s.reason == "image alt text") == [1, 2]
    with_alt = read_book(path, IngestOptions(include_alt_text=True))
    assert [b.text for c in with_alt.chapters for b in c.blocks][1:] == ["ornament The Stair", "He climbed a gull on."]


def test_single_file_book_is_cut_at_nav_fragments_with_languages() -> None:
    plan = plan_book(read_book(SAMPLES / "polyglot.epub"))
    assert [c.title for c in plan.chapters] == ["Madrid", "Berlin", "Home Again"]
    by_start = {s.text.split()[0]: s for c in plan.chapters for s in c.segments}
    assert by_start["Querida"].language == "es"  # from xml:lang
    assert by_start["Liebe"].language == "de"  # detected: no markup says so
    assert by_start["Liebe"].model == "voiceai-tts-multilingual-v1-latest"
    assert by_start["Omnia"].language == "en"  # Latin: read with the book's voice (documented policy)


def test_unsupported_language_can_be_skipped_and_listed() -> None:
    plan = plan_book(read_book(SAMPLES / "polyglot.epub"), SegmentOptions(unsupported="skip"))
    assert not any("Omnia" in s.text for c in plan.chapters for s in c.segments)
    assert any("outside the supported 11" in s.reason and s.words == 7 for s in plan.skipped)


def test_language_and_model_can_be_forced() -> None:
    plan = plan_book(read_book(SAMPLES / "polyglot.epub"), SegmentOptions(language="en", model="voiceai-tts-lite-v1-latest"))
    assert {(s.language, s.model) for c in plan.chapters for s in c.segments} == {("en", "voiceai-tts-lite-v1-latest")}


def test_html_book_is_cut_at_headings() -> None:
    book = read_book(SAMPLES / "clockmaker.html")
    assert book.title == "The Clockmaker's Apprentice"
    assert [c.title for c in book.chapters] == ["The Shop on Bell Street", "The Silent Clock", "The Right Time"]
    assert book.authors == ("Audiobook Project Authors",)


def test_a_short_chapter_in_a_container_classed_chapter_is_not_taken_for_a_heading(tmp_path: Path) -> None:
    """<div class="chapter"> names a heading style ("Chapter-Title") only when it is one: around a
    short chapter's <h2> and paragraph it is a container, and the paragraph stays a paragraph."""
    page = tmp_path / "short.html"
    page.write_text("<html><head><title>Short</title></head><body>" + "".join(
        f'<div class="chapter"><h2>CHAPTER {n}.</h2><p>The keeper lit the lamp on night {n}.</p></div>'
        for n in ("I", "II", "III")) + "</body></html>")
    book = read_book(page)
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    assert [b.kind for b in book.chapters[1].blocks] == ["heading", "p"]


@pytest.mark.parametrize(("opening_words", "titles"), [
    (9, ["The Lamp", "The Fog"]),  # an epigraph: read at the start of the first chapter
    (200, ["The light burns for those at sea, not for the one who lights…", "The Lamp", "The Fog"]),
])
def test_a_short_untitled_opening_starts_the_first_chapter(tmp_path: Path, opening_words: int,
                                                           titles: list[str]) -> None:
    """An epigraph before the first heading is not a chapter of its own titled by its first line; a long
    untitled opening (a preface set without a heading) still is."""
    opening = "The light burns for those at sea, not for the one who lights it."
    more = " ".join(["The keeper wrote it down."] * ((opening_words - 14) // 5)) if opening_words > 14 else ""
    page = tmp_path / "epigraph.html"
    page.write_text(f"<html><head><title>Lamps</title></head><body><blockquote><p>{opening}</p><p>{more}</p>"
                    "<p>Old saying</p></blockquote><h2>The Lamp</h2><p>The keeper lit the lamp at dusk.</p>"
                    "<h2>The Fog</h2><p>The fog came down at noon.</p></body></html>")
    book = read_book(page)
    assert [c.title for c in book.chapters] == titles
    assert book.chapters[0].blocks[0].text == opening


def test_segments_respect_limits() -> None:
    plan = plan_book(read_book(SAMPLES / "lighthouse.epub"), SegmentOptions(max_chars=80, max_words=14))
    for chapter in plan.chapters:
        for segment in chapter.segments:
            assert len(segment.text) <= 80 and len(segment.text.split()) <= 14


@pytest.mark.parametrize("path", sample_books() + corpus_books(), ids=lambda p: p.name)
def test_every_readable_character_is_segmented_or_listed(path: Path) -> None:
    plan = plan_book(read_book(path))
    spoken, skipped = planned_characters(plan)
    assert spoken > 0
    assert spoken + skipped == raw_characters(path)


@pytest.mark.parametrize("path", corpus_books(), ids=lambda p: p.name)
def test_corpus_books_give_sensible_chapters(path: Path) -> None:
    book = read_book(path)
    assert 3 <= len(book.chapters) <= 150
    assert not any(t.lower().startswith(("contents", "table of contents", "copyright")) for t in (c.title for c in book.chapters))


def test_counted_puts_the_noun_in_the_right_number() -> None:
    from audiobook.wording import counted

    assert [counted(1, "chapter"), counted(2, "chapter"), counted(1_250, "word"), counted(1, "retry", "retries"),
            counted(0, "retry", "retries")] == ["1 chapter", "2 chapters", "1,250 words", "1 retry", "0 retries"]


def test_inspect_json_has_the_documented_shape() -> None:
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "inspect", str(SAMPLES / "lighthouse.epub"), "--json"],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    document = json.loads(result.stdout)
    assert set(document["book"]) >= {"title", "authors", "language"}
    chapter = document["chapters"][0]
    assert set(chapter) >= {"index", "title", "language", "model", "words", "source_hrefs", "segments"}
    assert set(chapter["segments"][0]) >= {"id", "text", "language", "model"}
    assert set(document["skipped"][0]) >= {"href", "reason", "words"}
    totals = document["totals"]
    assert totals["segments"] == sum(len(c["segments"]) for c in document["chapters"])
    assert totals["words"] == sum(c["words"] for c in document["chapters"])


def test_inspect_shows_the_book_under_the_title_and_authors_render_is_given() -> None:
    """`render --title --author` names the book in every output; `inspect` refused the options, so the preview
    showed other names than the audiobook would carry."""
    command = [sys.executable, "-m", "audiobook.cli", "inspect", str(SAMPLES / "lighthouse.epub"), "--title",
               "The Lamp  Keeper", "--author", "Ann Example; Bo Roe"]
    text = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert text.splitlines()[0].startswith("The Lamp Keeper by Ann Example, Bo Roe [")
    document = json.loads(subprocess.run([*command, "--json"], capture_output=True, text=True, cwd=ROOT,
                                         check=True).stdout)
    assert (document["book"]["title"], document["book"]["authors"]) == ("The Lamp Keeper", ["Ann Example", "Bo Roe"])


@pytest.mark.parametrize(("declarations", "bold", "larger", "centred"), [
    ("font-weight: bold; font-size: 1.29167em; text-align: center", True, True, True),
    ("font-weight:700;font-size:14.0pt", True, True, False),
    ("font: bold 1.4em/1.2 Georgia, serif", True, True, False),
    ("font-size: x-large", False, True, False),
    ("font-weight: normal; font-size: 12pt; text-align: justify", False, False, False),
    ("font-size: 0.9em; font-weight: 400", False, False, False),
    ("font-size: 110%", False, False, False),
])
def test_the_look_a_stylesheet_gives_is_read_from_its_declarations(declarations: str, bold: bool, larger: bool,
                                                                   centred: bool) -> None:
    """Bold, larger type and centring, the three things that set a title apart in a book without
    heading styles, are read from CSS declarations in their usual spellings."""
    from audiobook.ingest.look import BOLD, CENTRED, LARGER, class_looks, declared_look

    bits = declared_look(declarations)
    assert (bool(bits & BOLD), bool(bits & LARGER), bool(bits & CENTRED)) == (bold, larger, centred)
    assert class_looks(f"/* a */ p.title, .other > .x {{ {declarations} }}") == ({"title": bits} if bits else {})
