"""Synthetic books for benchmarks and tests: deterministic English prose of any length.

The sentences come from a small grammar and a seeded generator, so every run of a
benchmark reads the same text, and the text is ours (no corpus needed).
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

_ADJECTIVES = ("grey", "quiet", "distant", "narrow", "old", "bright", "cold", "patient", "heavy", "salt-stained")
_NOUNS = ("keeper", "lamp", "harbour", "gull", "ledger", "boat", "tide", "lantern", "stair", "window", "net", "bell")
_VERBS = ("watched", "carried", "followed", "mended", "counted", "crossed", "remembered", "lit", "answered", "waited for")
_PLACES = ("along the jetty", "beyond the reef", "under the tower", "before the storm", "across the bay",
           "in the morning fog", "by the old road", "after supper")


def _sentence(rng: random.Random) -> str:
    first = f"The {rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)} {rng.choice(_VERBS)} the {rng.choice(_NOUNS)}"
    if rng.random() < 0.5:
        first += f" {rng.choice(_PLACES)}"
    if rng.random() < 0.3:
        first += f", and the {rng.choice(_NOUNS)} {rng.choice(_VERBS)} the {rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)}"
    return first + rng.choice((".", ".", ".", "?", "!"))


def _long_sentence(rng: random.Random) -> str:
    """About 290 characters: clauses joined by commas, one full stop."""
    clauses = [_sentence(rng).rstrip(".?!")]
    while len(", and ".join(clauses)) < 280:
        clause = _sentence(rng).rstrip(".?!")
        clauses.append(clause[0].lower() + clause[1:])
    return ", and ".join(clauses)[:295].rsplit(" ", 1)[0] + "."


def chapter_paragraphs(words: int, rng: random.Random, long_sentences: bool = False) -> list[str]:
    """Paragraphs of about 60 words until `words` words are written."""
    paragraphs: list[str] = []
    written = 0
    while written < words:
        sentences = []
        while sum(len(s.split()) for s in sentences) < 60:
            sentences.append(_long_sentence(rng) if long_sentences else _sentence(rng))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        written += len(paragraph.split())
    return paragraphs


def write_epub(target: Path, title: str, pages: Sequence[tuple[str, str, bytes]], language: str = "en",
               resources: Sequence[tuple[str, str, bytes]] = ()) -> Path:
    """A minimal EPUB 3: `pages` are (file name, table-of-contents title, XHTML bytes), in reading order;
    `resources` (file name, media type, bytes) are in the manifest only (stylesheets, images)."""
    manifest = "".join(f'<item id="p{n}" href="{name}" media-type="application/xhtml+xml"/>'
                       for n, (name, _, _) in enumerate(pages))
    manifest += "".join(f'<item id="r{n}" href="{name}" media-type="{media_type}"/>'
                        for n, (name, media_type, _) in enumerate(resources))
    spine = "".join(f'<itemref idref="p{n}"/>' for n in range(len(pages)))
    nav = "".join(f'<li><a href="{name}">{escape(label)}</a></li>' for name, label, _ in pages)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:'
                         'names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf" '
                         'media-type="application/oebps-package+xml"/></rootfiles></container>')
        archive.writestr("book.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"'
                         ' unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier '
                         f'id="u">{escape(title)}</dc:identifier><dc:title>{escape(title)}</dc:title><dc:language>'
                         f'{language}</dc:language></metadata><manifest><item id="nav" href="nav.xhtml" media-type='
                         f'"application/xhtml+xml" properties="nav"/>{manifest}</manifest><spine>{spine}</spine>'
                         '</package>')
        archive.writestr("nav.xhtml", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub='
                         f'"http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>{nav}</ol></nav></body></html>')
        for name, _, data in [*pages, *resources]:
            archive.writestr(name, data)
    return target


def write_synthetic_epub(target: Path, words: int, chapters: int, seed: int = 1851,
                         long_sentences: bool = False) -> Path:
    """An EPUB 3 of about `words` words of generated prose in `chapters` chapters."""
    rng = random.Random(seed)
    per_chapter = max(1, words // chapters)
    pages = []
    for n in range(1, chapters + 1):
        body = "".join(f"<p>{escape(p)}</p>" for p in chapter_paragraphs(per_chapter, rng, long_sentences))
        pages.append((f"c{n:03d}.xhtml", f"Chapter {n}", (
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
            f"Chapter {n}</title></head><body><h1>Chapter {n}</h1>{body}</body></html>").encode()))
    return write_epub(target, f"Bench {words} words", pages)
