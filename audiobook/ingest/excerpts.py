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
        late = before * 2 >= total and (total - before) * 3 < total
        if late and (heading := _EXCERPT_HEADING.match(chapter.title.strip())) and _another_books(
                heading, chapters, index, 0):
            return _cut(chapters, index, 0, _reason(chapter.title))
        for position, block in enumerate(chapter.blocks):
            if before * 2 >= total and (total - before) * 3 < total and _announces_excerpt(
                    block, position == 0, chapters, index, position):
                return _cut(chapters, index, position, _reason(block.text))
            before += block.words
    return chapters, []


def _announces_excerpt(block: Block, opens_chapter: bool, chapters: list[Chapter], index: int, position: int) -> bool:
    """A heading, or a chapter's first line, naming an excerpt of another book; or a short line saying one follows."""
    text = block.text.strip()
    if (block.kind == "heading" or opens_chapter) and block.words <= HEADING_MAX_WORDS and (
            heading := _EXCERPT_HEADING.match(text)):
        return _another_books(heading, chapters, index, position)
    return block.words <= LINE_MAX_WORDS and _EXCERPT_LINE.match(text) is not None


def _another_books(heading: re.Match[str], chapters: list[Chapter], index: int, position: int) -> bool:
    """Whether an excerpt's heading is another book's: by a word only the trade uses ("Sneak Peek", "Leseprobe",
    "Bonus Excerpt"), or where the chapters after it count from one again."""
    word = (heading.group("word") or heading.group("named") or "").lower()
    if heading.group("sold") or word not in _ALSO_THE_BOOKS:
        return True
    later = (block for n, chapter in enumerate(chapters[index:], start=index) for p, block in enumerate(chapter.blocks)
             if (n, p) > (index, position) and (block.kind == "heading" or looks_like_heading(block.text)))
    first = next(later, None)
    if first is None:
        return False
    counted = division_and_number(first.text)
    return (counted[1] == 1) if counted else plain_words(first.text) in _OPENINGS


def _reason(announcement: str) -> str:
    """The reason listed, with the announcement's first words ("Keep reading for a sneak peek of THE SALT …")."""
    words = announcement.split()
    return f"{EXCERPT} ({' '.join(words[:8])}{' …' if len(words) > 8 else ''})"


def _goes_on_counting(chapters: list[Chapter], index: int, position: int) -> bool:
    """Whether the first numbered heading after block `position` of chapter `index` goes on with the count of the
    last one before it ("Chapter 7" after "Chapter 6"): the book's own chapters follow, not another book's."""
    blocks = [(n, p, b) for n, chapter in enumerate(chapters) for p, b in enumerate(chapter.blocks)
              if b.kind == "heading" or looks_like_heading(b.text)]
    before = [counted for n, p, b in blocks if (n, p) < (index, position) and (counted := division_and_number(b.text))]
    after = next((counted for n, p, b in blocks if (n, p) >= (index, position)
                  and (counted := division_and_number(b.text))), None)
    return bool(before) and after is not None and after[:2] == (before[-1][0], before[-1][1] + 1)


def _cut(chapters: list[Chapter], index: int, position: int, reason: str) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters before block `position` of chapter `index`, and what follows, listed for `reason`; all of
    them, where the book's count goes on after it."""
    if _goes_on_counting(chapters, index, position):
        return chapters, []
    chapter = chapters[index]
    kept = chapters[:index] + ([replace(chapter, blocks=chapter.blocks[:position])] if position else [])
    skipped = [Skipped.of_text(block.href, reason, block.text)
               for later in [replace(chapter, blocks=chapter.blocks[position:]), *chapters[index + 1:]]
               for block in later.blocks]
    return kept, skipped
