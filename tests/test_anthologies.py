"""An anthology as a single document (calibre's Word file of an EPUB anthology, read as HTML): each piece
numbered by a heading ("190"), an editor's note, the piece's title one heading level down, and a long piece's
chapters as lines below that ("CHAPTER I ..."). Every piece is a chapter titled by its number and name, and
the contents list the conversion wrote as text ("THE CONTENTS") is skipped."""

from __future__ import annotations

from pathlib import Path

from audiobook.ingest import IngestOptions, read_book

WORDS = ["lantern", "harbour", "keeper", "morning", "island", "window", "letter", "garden", "river", "mountain"]


def _piece(seed: int, paragraphs: int = 60) -> str:
    return "".join(f"<p>The {WORDS[(seed + i) % 10]} was quiet on day {i} of the year, and the "
                   f"{WORDS[(seed + 2 * i) % 10]} waited for the {WORDS[(seed + 3 * i) % 10]} to come home.</p>"
                   for i in range(paragraphs))


ANTHOLOGY = ("<html><head><title>Stories for Children</title></head><body>"
             "<h1>THE CONTENTS</h1><p>Abram Isaacs</p><p>190 A FOUR-LEAVED CLOVER</p><p>Hans Andersen</p>"
             "<p>191 THE REAL PRINCESS</p>"
             "<h1>Pages</h1>"
             "<h2>190</h2><p>The rabbis of old were good story-tellers, and this is one of their tales.</p>"
             "<h3>A FOUR-LEAVED CLOVER</h3>" + _piece(0) +
             "<h2>191</h2><h3>THE REAL PRINCESS</h3>" + _piece(3) +
             "<h2>192</h2><h3>THE KING OF THE GOLDEN RIVER</h3>"
             "<h4>CHAPTER I HOW THE BLACK BROTHERS WERE VISITED</h4>" + _piece(5) +
             "<h4>CHAPTER II HOW THE BROTHERS WENT TO THE RIVER</h4>" + _piece(7) + "</body></html>")


def test_every_piece_of_a_one_document_anthology_is_a_chapter(tmp_path: Path) -> None:
    source = tmp_path / "stories.html"
    source.write_text(ANTHOLOGY, encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [
        "190 A FOUR-LEAVED CLOVER", "191 THE REAL PRINCESS", "CHAPTER I — HOW THE BLACK BROTHERS WERE VISITED",
        "CHAPTER II — HOW THE BROTHERS WENT TO THE RIVER"]
    assert {s.reason for s in book.skipped} == {"front/back matter (THE CONTENTS)"}
    assert sum(s.words for s in book.skipped) == 14
    first = [b.text for b in book.chapters[0].blocks]
    assert first[first.index("190"):first.index("190") + 3] == [
        "190", "The rabbis of old were good story-tellers, and this is one of their tales.", "A FOUR-LEAVED CLOVER"]
    everything = read_book(source, IngestOptions(include_matter=True))
    read = sum(b.words for c in book.chapters for b in c.blocks)
    assert read + 14 == sum(b.words for c in everything.chapters for b in c.blocks)


def test_a_plain_text_anthologys_pieces_titled_in_capitals_are_chapters(tmp_path: Path) -> None:
    """A plain-text anthology (Pandoc's text of an EPUB one) titles each piece in capitals over its author's name,
    and has a few headings with a label besides ("SECTION IV", one long story's "CHAPTER I"). Those few were its
    chapters, and the first ran on for 22,000 words over four stories. A run that long is cut at its lines in
    capitals; an author's name under a title belongs to the piece; a chapter's label is set apart from its name."""
    prose = "The keeper's daughter walked the shore at dawn and counted the boats that had come home. " * 20
    pieces = [("THE REAL PRINCESS", "HANS CHRISTIAN ANDERSEN"), ("THE HAPPY PRINCE", "OSCAR WILDE"),
              ("THE PRINCE'S DREAM", "JEAN INGELOW"), ("OLD PIPES AND THE DRYAD", "FRANK R. STOCKTON")]
    text = "SECTION IV FAIRY STORIES\n\n\nINTRODUCTORY\n\n" + f"{prose}\n\n" * 3
    text += "".join(f"\n\n{title}\n\n{author}\n\n" + f"{prose}\n\n" * 17 for title, author in pieces)
    text += "".join(f"\n\nCHAPTER {number} HOW THE BROTHERS {doing}\n\n" + f"{prose}\n\n" * 5
                    for number, doing in (("I", "WERE VISITED"), ("II", "WENT TO THE RIVER")))
    source = tmp_path / "stories.txt"
    source.write_text(text, encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [
        "SECTION IV — FAIRY STORIES", "THE REAL PRINCESS", "THE HAPPY PRINCE", "THE PRINCE'S DREAM",
        "OLD PIPES AND THE DRYAD", "CHAPTER I — HOW THE BROTHERS WERE VISITED",
        "CHAPTER II — HOW THE BROTHERS WENT TO THE RIVER"]
    assert [b.text for b in book.chapters[1].blocks[:2]] == ["THE REAL PRINCESS", "HANS CHRISTIAN ANDERSEN"]
    assert book.skipped == ()
    # a run of that length with one line in capitals is not cut there: it may be a sign or a shout
    shout = tmp_path / "shout.txt"
    shout.write_text(f"SECTION IV FAIRY STORIES\n\n{prose}\n\n" + f"{prose}\n\n" * 35 + "THE LAMP IS OUT\n\n"
                     + f"{prose}\n\n" * 35 + f"CHAPTER I HOW THE BROTHERS WERE VISITED\n\n{prose}\n", encoding="utf-8")
    assert [c.title for c in read_book(shout).chapters] == ["SECTION IV — FAIRY STORIES",
                                                            "CHAPTER I — HOW THE BROTHERS WERE VISITED"]
