"""A header or footer that every document of a book repeats: "© 2021 Ann Writer. All rights reserved.",
"www.annwriter.com" under each chapter, as web-made and some self-published EPUBs set them.

Read aloud, the listener heard the copyright line after every chapter. A short paragraph that says what a
copyright or publisher's page says, and stands word for word among the first or last few paragraphs of half the
documents or more (three at least), is skipped and listed wherever it stands at such an edge; so is one that
only names the book and its author ("The Salt Road — Ann Writer"; the author's name alone signs a letter), or
is the author's by-line ("by Ann Writer" under the title on every document), or a web serial's frame (its
translators' credits, "use the keyboard keys to browse between chapters", as a scraper keeps them round every
chapter). A play's "Exeunt." at every scene's end is the play's: only rights, links, publishers, credits, a site's
lines and the book's name are a footer's. Headings are `page_furniture`'s (a book's title over every chapter).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from audiobook.ingest.headings import plain_words
from audiobook.ingest.matter import names_rights_or_publisher
from audiobook.ingest.title_page import byline_names
from audiobook.models import Block, Chapter, Skipped

REPEATED_EDGE = "header or footer repeated in every document"
EDGE_BLOCKS = 3  # the paragraphs at a document's start and end that may be its header or footer
DOCUMENTS_MIN = 3
MAX_WORDS = 40


def without_repeated_edges(chapters: list[Chapter], title: str, authors: tuple[str, ...]
                           ) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters without the paragraphs each document repeats at its start or end (each chapter, in a book
    made as one or two files: a web serial saved as one page); those listed."""
    names, book = set(plain_words(" ".join((title, *authors))).split()), plain_words(title)
    documents: dict[str, list[Block]] = {}
    for chapter in chapters:
        for block in chapter.blocks:
            documents.setdefault(block.href, []).append(block)
    parts = list(documents.values()) if len(documents) >= DOCUMENTS_MIN else [list(c.blocks) for c in chapters]
    if len(parts) < DOCUMENTS_MIN:
        return chapters, []
    edges = [{id(block): block.text for block in [*blocks[:EDGE_BLOCKS], *blocks[-EDGE_BLOCKS:]]
              if block.kind != "heading" and block.words <= MAX_WORDS} for blocks in parts]
    counts = Counter(text for edge in edges for text in set(edge.values()))
    repeated = {text for text, count in counts.items() if count >= DOCUMENTS_MIN and count * 2 >= len(parts)
                and (names_rights_or_publisher(text) or _title_and_names(plain_words(text), book, names)
                     or _byline_of(text, authors) or _SERIAL_FRAME.search(text) is not None)}
    if not repeated:
        return chapters, []
    at_edges = {place for edge in edges for place, text in edge.items() if text in repeated}
    skipped: list[Skipped] = []
    result = []
    for chapter in chapters:
        kept = []
        for block in chapter.blocks:
            if id(block) in at_edges:
                skipped.append(Skipped.of_text(block.href, REPEATED_EDGE, block.text))
            else:
                kept.append(block)
        if kept:
            result.append(replace(chapter, blocks=tuple(kept)) if len(kept) < len(chapter.blocks) else chapter)
    return result, skipped


# a web serial's frame, which a scraper keeps round every chapter: its translators' and editors' credits
# ("Translator: Nyx  Editor: Rook", in the 11 languages) and the site's lines ("use the left and right keyboard keys
# to browse between chapters", "report broken links", "support us on Patreon")
_SERIAL_FRAME = re.compile(
    r"\b(?:translators?|editors?|proofreaders?|tl|ed|pr|tlc|traducteur|traductrice|correcteur|relecteur|"
    r"übersetzer(?:in)?|lektorat|traductora?|correctora?|traduttrice|traduttore|revisore|tradutora?|revisora?|"
    r"tłumacz(?:ka)?|korekta|переводчик|редактор|перевод|vertaler|redacteur|eindredactie|översättare|"
    r"korrektur)\s?:|"
    r"keyboard|arrow keys|between chapters|(?:next|previous) chapter|report (?:this )?(?:chapter|errors?)|"
    r"broken links?|patreon|discord|ko-?fi|advanced? chapters|support (?:me|us|the translat)|novel ?updates",
    re.IGNORECASE)


def _title_and_names(line: str, book: str, names: set[str]) -> bool:
    """A line of the book's title and its authors' names only, the title among them ("The Salt Road — Ann Writer");
    not the author's name alone, which signs a letter."""
    return bool(book) and book in line and set(line.split()) <= names


def _byline_of(line: str, authors: tuple[str, ...]) -> bool:
    """A by-line of the book's authors ("by Ann Writer" under the title on every document)."""
    named = {plain_words(name) for name in byline_names(line)}
    return bool(named) and named <= {plain_words(author) for author in authors}
