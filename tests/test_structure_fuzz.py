"""Random books built from the pieces real books are made of, read and planned: whatever their shape, every letter
is read or listed as skipped, and every chapter's heading opens a chapter.

The pieces: chapters under headings of seven kinds (an element naming the chapter, a number and a name with nothing
between, a numeral in small letters, a bold line, a label in capitals over a name, a lone Roman numeral, none),
prose (in paragraphs, or in one with a `<br/>` after each), verse set a line a paragraph or in `<br/>` stanzas, notes
of four kinds (EPUB 3's `<aside>`, a paragraph a marker points to, endnotes, Project Gutenberg's bracketed notes),
front and back matter (copyright, dedication, contents, acknowledgments, about the author, also by), a prologue,
parts, sections, epigraphs; one chapter a file or several, the TOC full, sparse, numbers only, or at anchors. The
examples are fixed (derandomized) so a run is the same everywhere; AUDIOBOOK_FUZZ_EXAMPLES raises their number to
explore.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from samples.structure import Entry, page, write_book
from samples.synthetic import chapter_paragraphs
from tests.accounting import planned_characters, raw_characters

EXAMPLES = settings(max_examples=int(os.environ.get("AUDIOBOOK_FUZZ_EXAMPLES", "30")), deadline=None,
                    derandomize="AUDIOBOOK_FUZZ_EXAMPLES" not in os.environ,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
NAMES = ["The Storm", "Low Water", "The Chain", "Gulls at Dusk", "The Ferry", "Salt", "Night Watch"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven"]
STANZA = ["The tide came in across the flats,", "And took the road and took the hats",
          "Of three old men who walked too slow,", "And left the gulls a place to go."]
MATTER = {
    "copyright": "<p>Copyright © 2024 Ines Roca. All rights reserved.</p><p>ISBN 978-0-00-000000-0</p>",
    "dedication": "<p>For my mother, who kept the light.</p>",
    "also-by": "<h2>Also by Ines Roca</h2><p>The Salt Road</p><p>The Winter Log</p><p>Harbour Lights</p>",
    "acknowledgments": "<h2>Acknowledgments</h2><p>" + "I thank my editor for her patience. " * 6 + "</p>",
    "about": "<h2>About the Author</h2><p>Ines Roca lives by the sea with two cats and a lamp.</p>",
    "contents": "<h2>Contents</h2>" + "".join(f'<p><a href="c{n}.xhtml">{name}</a></p>' for n, name in enumerate(NAMES)),
}
# the heading each style gives chapter n, and its first line, which must open a chapter (None: not checked)
HEADINGS = {
    "element": (lambda n: f"<h2>Chapter {n + 1}: {NAMES[n]}</h2>", lambda n: f"Chapter {n + 1}: {NAMES[n]}"),
    "word": (lambda n: f"<h1>Chapter {WORDS[n]}</h1>", lambda n: f"Chapter {WORDS[n]}"),
    "numbered": (lambda n: f"<h2>{n + 1} {NAMES[n]}</h2>", lambda n: f"{n + 1} {NAMES[n]}"),
    "small-numeral": (lambda n: f"<h2>Chapter {ROMAN[n].lower()}</h2>", lambda n: f"Chapter {ROMAN[n].lower()}"),
    "bold": (lambda n: f"<p><b>{NAMES[n]}</b></p>", None),
    "capitals": (lambda n: f"<p>CHAPTER {ROMAN[n]}.</p><p>{NAMES[n].upper()}</p>", None),
    "none": (lambda n: "", None),
}


def _body(rng: random.Random, words: int, kind: str, note: int) -> str:
    if kind == "stanzas":
        return "".join("<p>" + "<br/>".join(rng.sample(STANZA, 4)) + "</p>" for _ in range(max(2, words // 30)))
    if kind == "verse":
        return "".join(f"<p>{line}</p>" for _ in range(max(1, words // 30)) for line in STANZA)
    if kind == "br-lines":  # a web page's text typed without <p>, one <br/> after each paragraph
        return "<p>" + "<br/>\n".join(chapter_paragraphs(words, rng)) + "</p>"
    paragraphs = [f"<p>{text}</p>" for text in chapter_paragraphs(words, rng)]
    marked = paragraphs[0][:-4]
    paragraphs[0] = {
        "aside": f'{marked}<sup><a href="#fn{note}">{note}</a></sup></p><aside epub:type="footnote" id="fn{note}">'
                 f"<p>{note}. Lit with paraffin in 1850.</p></aside>",
        "paragraph": f'{marked}<a href="#pn{note}">[{note}]</a></p><p id="pn{note}">[{note}] Built in 1850.</p>',
        "endnotes": f'{marked}<a epub:type="noteref" href="notes.xhtml#en{note}">{note}</a></p>',
        "bracketed": f"{marked}[1]</p><p>[Footnote 1: The wall was built in 1820.]</p>",
    }.get(kind, paragraphs[0])
    return "".join(paragraphs)


def _book(path: Path, seed: int) -> tuple[Path, list[str]]:
    """A random book of `seed` (an EPUB, or its documents' bodies as one HTML file where `path` ends in .html), and
    the lines that must each open a chapter."""
    rng = random.Random(seed)
    chapters, style = rng.randint(2, 7), rng.choice(sorted(HEADINGS))
    kind = rng.choice(["prose", "prose", "aside", "paragraph", "endnotes", "bracketed", "stanzas", "verse",
                       "br-lines"])
    per_file, toc_mode = rng.choice([1, 1, 2, 3]), rng.choice(["full", "full", "sparse", "numbers"])
    anchors, parts = per_file > 1 and rng.random() < 0.5, per_file == 1 and chapters >= 4 and rng.random() < 0.3
    front = rng.sample(sorted(MATTER), rng.randint(0, 3))
    back = rng.sample([m for m in sorted(MATTER) if m not in front], rng.randint(0, 2))
    pages: list[tuple[str, bytes]] = []
    toc: list[Entry] = []

    def matter(name: str) -> None:
        pages.append((f"{name}.xhtml", page(name, MATTER[name])))
        if rng.random() < 0.5:
            toc.append(Entry(name.title(), f"{name}.xhtml"))

    for name in front:
        matter(name)
    if rng.random() < 0.3:
        pages.append(("prologue.xhtml", page("P", "<h2>Prologue</h2>" + _body(rng, 400, "prose", 0))))
    heading, first_line = HEADINGS[style]
    epigraph = "<blockquote><p>The sea is the sea.</p><p>— Old saying</p></blockquote>" if rng.random() < 0.3 else ""
    pending: list[int] = []
    text = ""
    for n in range(chapters):
        if parts and n in (0, chapters // 2):
            pages.append((f"part{n}.xhtml", page("P", f"<h1>Part {'One' if n == 0 else 'Two'}</h1>")))
            toc.append(Entry(f"Part {'One' if n == 0 else 'Two'}", f"part{n}.xhtml"))
        body = _body(rng, rng.choice([80, 300, 900, 2500]), kind, n + 1)
        text += f'<section id="ch{n}">{heading(n)}{epigraph}{body}</section>'
        pending.append(n)
        if len(pending) == per_file or n == chapters - 1:
            name = f"c{len(pages)}.xhtml"
            pages.append((name, page("C", text)))
            for k in pending if anchors else pending[:1]:
                target = name + (f"#ch{k}" if anchors and k != pending[0] else "")
                if toc_mode == "full" or (toc_mode == "sparse" and rng.random() < 0.4):
                    toc.append(Entry(NAMES[k], target))
                elif toc_mode == "numbers":
                    toc.append(Entry(str(k + 1), target))
            text, pending = "", []
    if kind == "endnotes":
        notes = "".join(f'<li id="en{k}"><p>A note on the text, number {k}.</p></li>' for k in range(1, chapters + 1))
        pages.append(("notes.xhtml", page("Notes", f'<section epub:type="endnotes"><h2>Notes</h2><ol>{notes}</ol>'
                                                   "</section>")))
    for name in back:
        matter(name)
    if path.suffix == ".html":
        bodies = "".join(data.decode().split("<body>", 1)[1].rsplit("</body>", 1)[0] for _, data in pages)
        path.write_text(f'<html><head><meta charset="utf-8"/><title>The Grey Water</title></head><body>{bodies}'
                        "</body></html>", encoding="utf-8")
    else:
        write_book(path, "The Grey Water", "Ines Roca", "en", pages, toc, epub2=rng.random() < 0.3)
    return path, [first_line(n) for n in range(chapters)] if first_line else []


@EXAMPLES
@given(seed=st.integers(min_value=0, max_value=2**32), form=st.sampled_from(["epub", "html"]))
def test_a_random_book_loses_no_letter_and_keeps_its_chapters(tmp_path: Path, seed: int, form: str) -> None:
    """(In one HTML file the pages without a heading before the first chapter, a dedication or a part's title,
    open it: its heading is among its first lines.)"""
    path, openings = _book(tmp_path / f"random.{form}", seed)
    plan = plan_book(read_book(path))
    spoken, skipped = planned_characters(plan)
    assert spoken + skipped == raw_characters(path)
    first_lines = {segment.text for chapter in plan.chapters for segment in chapter.segments[:4]}
    assert [line for line in openings if line not in first_lines] == []
