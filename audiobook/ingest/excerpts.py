"""An excerpt from another book at a book's end ("A Sneak Peek at The Salt Road", "Leseprobe"), not read.

Genre ebooks close with the first chapter of the author's next book, announced by a heading ("Excerpt from The
Salt Road") or a line ("Keep reading for a sneak peek of ..."). Read aloud, the audiobook ran on into another
story. From the announcement to the book's end is skipped and listed, when it comes after the book's first half
and holds less than a third of its words, and unless the chapters after it go on with the book's count ("Chapter 7"
after "Chapter 6": an excerpt starts its own); a word that may also name a chapter ("Preview", "Fragment",
"Avance") announces an excerpt only with the book it is from ("Preview of The Salt Road"), and one that may head
the book's own page ("Excerpt from the Captain's Log") only where the chapters after it count from one again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from audiobook.ingest.headings import division_and_number, looks_like_heading, plain_words
from audiobook.models import Block, Chapter, Skipped

# a heading that says an excerpt follows, in the 11 languages
_EXCERPT_HEADING = re.compile(
    r"^(?:(?:an?|un|une|una|um|uma|el|la|le|ein|eine|een|ett|en) )?"
    r"(?P<sold>(?:exclusive|special|bonus|free|exclusif|exklusive|exclusivo|esclusiva|exclusiva|ekskluzywny) )?"
    r"(?:(?P<word>excerpt|sneak peek|sneak preview|sample chapter|extrait|leseprobe|anteprima|estratto|excerto|"
    r"przedpremierowy fragment|ознакомительный фрагмент|отрывок|voorproefje|leesfragment|smakprov|läsprov)\b.*|"
    r"(?P<named>preview|teaser|first chapter|avant-première|aperçu|auszug|avance|adelanto|fragmento|extracto|trecho|"
    r"prévia|amostra|fragment|фрагмент|voorpublicatie|utdrag|avançament|tast)"
    r"(?: (?:from|of|at|to|de|du|des|aus|von|del|di|da|dal|della|dalla|do|z|ze|из|uit|van|ur|av|d['’])\b.+|:.+))$",
    re.IGNORECASE)
# words that also head a book's own pages ("Excerpt from the Captain's Log", "Auszug aus dem Tagebuch"): an
# excerpt of another book only where the chapters after it count from one again ("Chapter One", "Prologue")
_ALSO_THE_BOOKS = frozenset("excerpt extrait estratto excerto отрывок auszug fragmento extracto trecho fragment "
                            "фрагмент utdrag tast".split())
_OPENINGS = frozenset("prologue prolog prólogo prologo пролог proloog one i 1".split())
# a line that says so ("Keep reading for an excerpt from ...", "Turn the page for a sneak peek of ...")
_EXCERPT_LINE = re.compile(
    r"^(?:keep reading|read on|continue reading|turn the page|scroll down|flip the page|don['’]t miss|enjoy)\b"
    r"[^.!?]{0,40}\b(?:excerpt|sneak peek|preview|sample chapter|first chapter|teaser)\b"
    r"|^(?:découvrez|lisez|continuez|lesen sie|lee|sigue leyendo|continúa leyendo|leggi|continua a leggere|leia|"
    r"continue lendo|continue a ler|przeczytaj|czytaj dalej|читайте|lees|läs|llegiu|continua llegint)\b[^.!?]{0,30}"
    r"\b(?:extrait|premier chapitre|leseprobe|erste kapitel|adelanto|avance|fragmento|primer capítulo|anteprima|"
    r"estratto|primo capitolo|trecho|excerto|prévia|primeiro capítulo|fragment|первую главу|отрывок|фрагмент|"
    r"eerste hoofdstuk|voorproefje|smakprov|utdrag|första kapitlet|primer capítol|avançament)", re.IGNORECASE)
HEADING_MAX_WORDS = 15
LINE_MAX_WORDS = 40
EXCERPT = "an excerpt from another book"


def without_excerpt(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters up to an excerpt of another book that closes the book, and the excerpt, listed."""
    total = sum(block.words for chapter in chapters for block in chapter.blocks)
    before = 0
    for index, chapter in enumerate(chapters):
        announced = [(0, chapter.title)] if _EXCERPT_HEADING.match(chapter.title.strip()) else []
        for position, block in enumerate(chapter.blocks):
            if before * 2 >= total and (total - before) * 3 < total:  # after the first half, under a third left
                for place, announcement in [*announced, *_announcement(block, position)]:
                    if _another_books(announcement, _headings(chapters), (index, place)):
                        return _cut(chapters, index, place, _reason(announcement))
            announced = []
            before += block.words
    return chapters, []


def _headings(chapters: list[Chapter]) -> list[tuple[tuple[int, int], Block]]:
    """The book's headings and where they stand (chapter, block): looked for only once an excerpt is announced."""
    return [((n, p), block) for n, chapter in enumerate(chapters) for p, block in enumerate(chapter.blocks)
            if block.kind == "heading" or looks_like_heading(block.text)]


def _announcement(block: Block, position: int) -> list[tuple[int, str]]:
    """The block as an excerpt's announcement at its position: a heading, or a chapter's first line, naming an
    excerpt; or a short line saying one follows."""
    text = block.text.strip()
    if (block.kind == "heading" or position == 0) and block.words <= HEADING_MAX_WORDS and _EXCERPT_HEADING.match(
            text) or block.words <= LINE_MAX_WORDS and _EXCERPT_LINE.match(text):
        return [(position, text)]
    return []


def _another_books(announcement: str, headings: list[tuple[tuple[int, int], Block]], at: tuple[int, int]) -> bool:
    """Whether an excerpt announced at `at` is another book's: not where the chapters after it go on with the
    book's count ("Chapter 7" after "Chapter 6"); and where its heading's word may head the book's own pages
    ("Excerpt from the Captain's Log"), only where the chapters after it count from one again."""
    counted_before = [counted for place, block in headings if place < at and (counted := division_and_number(
        block.text))]
    after = [block for place, block in headings if place > at]
    counted_after = next((counted for block in after if (counted := division_and_number(block.text))), None)
    if counted_before and counted_after and counted_after[:2] == (counted_before[-1][0], counted_before[-1][1] + 1):
        return False
    heading = _EXCERPT_HEADING.match(announcement)
    word = (heading.group("word") or heading.group("named") or "").lower() if heading else ""
    if not heading or heading.group("sold") or word not in _ALSO_THE_BOOKS:
        return True
    if not after:
        return False
    counted = division_and_number(after[0].text)
    return (counted[1] == 1) if counted else plain_words(after[0].text) in _OPENINGS


def _reason(announcement: str) -> str:
    """The reason listed, with the announcement's first words ("Keep reading for a sneak peek of THE SALT …")."""
    words = announcement.split()
    return f"{EXCERPT} ({' '.join(words[:8])}{' …' if len(words) > 8 else ''})"


def _cut(chapters: list[Chapter], index: int, position: int, reason: str) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters before block `position` of chapter `index`, and what follows, listed for `reason`."""
    chapter = chapters[index]
    kept = chapters[:index] + ([replace(chapter, blocks=chapter.blocks[:position])] if position else [])
    skipped = [Skipped.of_text(block.href, reason, block.text)
               for later in [replace(chapter, blocks=chapter.blocks[position:]), *chapters[index + 1:]]
               for block in later.blocks]
    return kept, skipped
