"""What a printed page leaves in a converted book: running heads and page numbers.

Books converted from PDF or a print layout carry the page's furniture as paragraphs: the
book's title or its author at the top of every page ("THE KEEPER", "Ines Roca 23"), and
page numbers on a line of their own, often in the middle of a sentence ("...the keeper
went" / "23" / "down to the lamp"). Read aloud, the listener hears the title every few
minutes and numbers out of nowhere, and a sentence torn in two. They are found by what
they say, skipped and listed, and a sentence they tore is joined again; so is a long
paragraph that stops mid-sentence before one that carries the sentence on (a page's end,
the furniture gone), read otherwise with a paragraph's pause and a falling voice inside it.
A word the page's end broke at a hyphen is one word again, unless the book writes it with the
hyphen elsewhere ("salt-" / "stained" is "salt-stained").
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from dataclasses import replace

from audiobook.ingest.headings import plain_words
from audiobook.ingest.hyphens import breaks_a_word, compounds_in, is_split_compound
from audiobook.models import Block, Chapter, Skipped

RUNNING_HEAD = "running head (the book's title or author, repeated on its pages)"
CHAPTER_HEAD = "running head (the chapter's title beside a page number, repeated on its pages)"
CHAPTER_HEAD_MIN = 2  # the chapter's title beside a page number this often is its pages' head
PAGE_NUMBER = "page number"
RUNNING_HEAD_MIN = 3  # a title or name on its own line this often is the page's head, not the text
RUNNING_HEAD_MAX_WORDS = 14
# a paragraph this long that stops mid-sentence, before one that opens in lower case, was torn at a
# page's end even with no furniture left between them; shorter ones may be verse lines, which run on
TORN_MIN_WORDS = 20
# the word before a page's number in the 11 languages: "Page 12", "Seite 12", "S. 12", "Strona 12", "Стр. 12"
PAGE_WORD = (r"(?i:page|pg\.?|p\.|seite|s\.|p[aáà]gina|p[aá]g\.|pag\.|strona|str\.|sida|sid\.|blz\.|bladzijde"
             r"|страница|стр\.)")
# a page's number on a line of its own: "12", "- 12 -", "[12]", "Page 12", "Page 12 of 300"
_PAGE_LINE = re.compile(rf"^[\[(\-–—\s]*(?:{PAGE_WORD}\s*)?(\d{{1,4}})(?:\s*(?:/|(?i:of))\s*\d{{1,4}})?[\])\-–—\s]*$")
NUMBER_AT_EDGE = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")  # "23 THE KEEPER", "Ines Roca 23"
_SENTENCE_END = tuple(".!?…:;\"'”’»)]*—–")  # a dash: speech broken off


def hyphenated_compounds(chapters: list[Chapter]) -> Callable[[], set[str]]:
    """The book's `compounds_in`, found once, when first asked for (most books never need them)."""
    @functools.cache
    def found() -> set[str]:
        return compounds_in(block.text for chapter in chapters for block in chapter.blocks)
    return found


def joined_lines(before: str, after: str, compounds: Callable[[], set[str]]) -> str:
    """Two lines of one paragraph as one: "light-" + "house" is "lighthouse" (a word broken at a line's
    end), "salt-" + "stained" stays "salt-stained" when the book writes it so elsewhere; else a space."""
    if not breaks_a_word(before, after):
        return f"{before} {after}"
    if is_split_compound(before, after, compounds()):
        return before + after
    return before[:-1] + after


def without_page_furniture(chapters: list[Chapter], title: str, authors: tuple[str, ...]
                           ) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters without running heads, and without page numbers that stand beside them, break
    a sentence or count on from those; all listed. A chapter titled by the running head it opened with takes the
    heading below it as its title."""
    names = {plain_words(name) for name in (title, *authors)} - {""}
    heads = _running_heads(chapters, title, authors, names)
    counted = _counted_page_numbers(chapters)
    compounds = hyphenated_compounds(chapters)
    # the book's title heading every document ("The Keeper" over "Chapter 3") is a running head too;
    # a story that only shares the book's title keeps its heading
    opened = sum(1 for chapter in chapters if chapter.blocks and chapter.blocks[0].kind == "heading"
                 and _head_words(chapter.blocks[0]) in heads)
    skipped: list[Skipped] = []
    result = []
    for place, chapter in enumerate(chapters):
        blocks = _without_furniture(chapter, heads, names, skipped, compounds, opened >= RUNNING_HEAD_MIN,
                                    counted.get(place, set()))
        if len(blocks) == len(chapter.blocks) and all(map(operator.is_, blocks, chapter.blocks)):
            result.append(chapter)
            continue
        heading = next((b.text for b in blocks[:2] if b.kind == "heading"), None)
        retitled = heading and plain_words(chapter.title) in heads  # titled by the head it opened with
        label, _, name = chapter.title.rpartition(" — ")
        if label and plain_words(name) in heads:  # a TOC's "IV" and the head below it: "IV — The Salt Road"
            chapter = replace(chapter, title=label)
        result.append(replace(chapter, blocks=tuple(blocks), title=heading if retitled else chapter.title))
    return [chapter for chapter in result if chapter.blocks], skipped


def _running_heads(chapters: list[Chapter], title: str, authors: tuple[str, ...], names: set[str]) -> set[str]:
    """The lines that are running heads wherever they stand (plain words, any page number taken off):
    the title, when it stands alone RUNNING_HEAD_MIN times or more, and then the authors too; an
    author RUNNING_HEAD_MIN times with page numbers ("Ines Roca 13"). `names`: title and authors."""
    book = plain_words(title)
    longest = max(len(name) for name in (title, *authors)) + 8  # a page number, spacing, punctuation
    lines = [(_head_words(b), NUMBER_AT_EDGE.search(b.text) is not None)
             for c in chapters for b in c.blocks if len(b.text) <= longest and b.words <= RUNNING_HEAD_MAX_WORDS]
    titled = sum(1 for line, _ in lines if line == book) >= RUNNING_HEAD_MIN
    authors_only = names - {book}
    numbered_names = sum(1 for line, numbered in lines if numbered and line in authors_only) >= RUNNING_HEAD_MIN
    return names if titled else authors_only if numbered_names else set()


def _names_the_book(block: Block, names: set[str]) -> bool:
    return block.words <= RUNNING_HEAD_MAX_WORDS and _head_words(block) in names


def _head_words(block: Block) -> str:
    """A line's words as a running head's are compared: plain, any page number at its edge taken off."""
    return plain_words(NUMBER_AT_EDGE.sub("", block.text))


def _is_running_head(block: Block, following: Block | None, numbered: bool, heads: set[str], names: set[str]
                     ) -> bool:
    """A short line that is one of the book's running heads, or names the book beside a page number
    (its own, one just taken out, or the next line's)."""
    beside_number = numbered or bool(NUMBER_AT_EDGE.search(block.text)) or (
        following is not None and bool(_PAGE_LINE.match(following.text)))
    if not heads and not beside_number:  # most lines: no plain-words comparison at all
        return False
    line = _head_words(block)
    return line in heads or beside_number and line in names


def _without_furniture(chapter: Chapter, heads: set[str], names: set[str], skipped: list[Skipped],
                       compounds: Callable[[], set[str]], opening_heads: bool, counted: set[int]) -> list[Block]:
    """`heads`: the running heads found in the whole book; `names`: the title and authors, which are a
    running head anywhere they carry a page number or stand beside one ("THE KEEPER" / "12");
    `opening_heads`: a chapter's opening heading may be a running head too; `counted`: the indexes of its blocks
    that are page numbers by their place in the book's count."""
    blocks: list[Block] = []
    torn = numbered = False  # furniture (a page number) was taken out right after the last block kept
    own_heads = _chapter_heads(chapter)
    for index, block in enumerate(chapter.blocks):
        following = chapter.blocks[index + 1] if index + 1 < len(chapter.blocks) else None
        previous = blocks[-1] if blocks else None
        if ("[" in block.text or "{" in block.text) and block.kind != "code" and _PAGE_MARK.search(block.text):
            block = _without_page_marks(block, skipped)
            if not block.text:  # "[Pg 12]" alone between two paragraphs
                torn = numbered = True
                continue
        # a story titled as the book; a chapter's number over its title ("3" / "The Keeper") is not a page number
        own_heading = index == 0 and block.kind == "heading" and not opening_heads
        short = block.words <= RUNNING_HEAD_MAX_WORDS and not own_heading  # a head is a short line
        if short and _is_running_head(block, following, numbered, heads, names):
            skipped.append(Skipped.of_text(block.href, RUNNING_HEAD, block.text))
            torn, numbered = True, False
            continue
        if own_heads and index and block.text in own_heads:
            skipped.append(Skipped.of_text(block.href, CHAPTER_HEAD, block.text))
            torn, numbered = True, False
            continue
        if not own_heading and _PAGE_LINE.match(block.text) and (
                torn or index in counted or breaks_off(previous) or runs_on(following) or (
                following is not None and _names_the_book(following, names))):  # beside a head, or mid-sentence
            skipped.append(Skipped.of_text(block.href, PAGE_NUMBER, block.text))
            torn = numbered = True
            continue
        if (previous is not None and (torn or previous.words >= TORN_MIN_WORDS) and breaks_off(previous)
                and runs_on(block) and previous.href == block.href):
            blocks[-1] = replace(previous, text=joined_lines(previous.text, block.text, compounds),
                                 continued=previous.continued_with(block))
        else:
            blocks.append(block)
        torn = numbered = False
    return blocks


def _counted_page_numbers(chapters: list[Chapter]) -> dict[int, set[int]]:
    """Page numbers between two whole paragraphs ("...down to the lamp." / "24" / "The next day..."), as the
    indexes of their blocks by chapter: a number that counts on from the page numbers found tearing a sentence, where
    RUNNING_HEAD_MIN or more of those count up through the book. A chapter's "2" or a year's "1851" counts on from
    none of them."""
    lines: list[tuple[tuple[int, int], int, bool]] = []  # place, number, whether it tears a sentence
    for at, chapter in enumerate(chapters):
        blocks = chapter.blocks
        for index, block in enumerate(blocks):
            if len(block.text) <= _PAGE_LINE_MAX and block.kind == "p" and (match := _PAGE_LINE.match(block.text)):
                tears = breaks_off(blocks[index - 1] if index else None) or runs_on(
                    blocks[index + 1] if index + 1 < len(blocks) else None)
                lines.append(((at, index), int(match.group(1)), tears))
    torn = [number for _, number, tears in lines if tears]
    if len(torn) < RUNNING_HEAD_MIN or 2 * sum(1 for a, b in zip(torn, torn[1:]) if a < b) < len(torn):
        return {}
    counted: dict[int, set[int]] = {}
    last: int | None = None  # the last page number found, going through the book
    upcoming = iter(torn)
    following = next(upcoming)  # the next one that tears a sentence
    for place, number, tears in lines:
        if tears:
            last, following = number, next(upcoming, None)
        elif (number < following if following is not None else True) and (
                last < number <= last + PAGE_GAP if last is not None else number >= following - PAGE_GAP):
            counted.setdefault(place[0], set()).add(place[1])
            last = number
    return counted


def _without_page_marks(block: Block, skipped: list[Skipped]) -> Block:
    """The paragraph without the print edition's page numbers a transcriber marked inside it ("the keeper [Pg 12]
    climbed", "{12}"), each listed; they were read as "P G twelve"."""
    for mark in _PAGE_MARK.finditer(block.text):
        skipped.append(Skipped.of_text(block.href, PAGE_NUMBER, mark.group().strip()))
    return replace(block, text=_PAGE_MARK.sub("", block.text).strip())


# "[Pg 12]", "[Page xii]", "[S. 12]", "{12}" (Distributed Proofreaders' texts), and the space before it
_PAGE_MARK = re.compile(rf"\s*(?:\[{PAGE_WORD}\s*(?:\d{{1,4}}|[ivxlc]{{1,7}})\]|\{{(?:\d{{1,4}}|[ivxlc]{{1,7}})\}})")
_PAGE_LINE_MAX = 24  # characters: "— Page 123 of 456 —"
PAGE_GAP = 5  # pages that print no number between two that do: a chapter's opening page, a picture, a blank


def _chapter_heads(chapter: Chapter) -> set[str]:
    """The lines that give the chapter's title, or its label or name, beside a page number ("CHAPTER 1 13", "14 The
    Storm"), found CHAPTER_HEAD_MIN times or more after its opening: the head of its pages in a book converted
    from print (a refrain that repeats a poem's title carries no page number)."""
    # the title, or either of its label and name ("CHAPTER 1 — THE FERRY" is headed "14 THE FERRY")
    titles = {plain_words(part) for part in (chapter.title, *chapter.title.split(" — "))} - {""}
    found = [b.text for b in chapter.blocks[1:] if (b.text[-1:].isdigit() or b.text[:1].isdigit())
             and b.words <= RUNNING_HEAD_MAX_WORDS and titles & _either_side(b.text)] if titles else []
    return set(found) if len(found) >= CHAPTER_HEAD_MIN else set()


def _either_side(line: str) -> set[str]:
    """A line's plain words without a page number before it, or after it: "12 Chapter 1" is "chapter 1" (taking
    both off would leave "chapter")."""
    return {plain_words(_PAGE_FIRST.sub("", line)), plain_words(_PAGE_LAST.sub("", line))}


_PAGE_FIRST, _PAGE_LAST = re.compile(r"^\d{1,4}\s+"), re.compile(r"\s+\d{1,4}$")


def inside_sentences(texts: list[str], lines: set[int]) -> bool:
    """Whether most of `lines` (numbers counting up, each on a line of its own) stand inside a sentence, the text
    before one stopping short or the text after it carrying on: a printed book's page numbers ("...the keeper
    went" / "- 12 -" / "down to the lamp"), not its chapters' numbers. A book converted from print was cut into
    chapters a page long, titled "1", "2", "3"."""
    torn = sum(1 for i in lines if (i and texts[i - 1] and not ends_a_sentence(texts[i - 1]))
               or (i + 1 < len(texts) and carries_a_sentence_on(texts[i + 1])))
    return 2 * torn > len(lines)


def ends_a_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: with its mark, a closing quote or bracket, or a dash (speech broken
    off)."""
    return text.endswith(_SENTENCE_END)


def carries_a_sentence_on(text: str) -> bool:
    """Whether a line carries on a sentence begun before it: it opens with a lower-case letter."""
    return text[:1].islower()


def breaks_off(block: Block | None) -> bool:
    """A paragraph that stops in the middle of a sentence."""
    return block is not None and block.kind == "p" and not ends_a_sentence(block.text)


def runs_on(block: Block | None) -> bool:
    """A paragraph that carries on a sentence: it opens with a lower-case letter."""
    return block is not None and block.kind == "p" and carries_a_sentence_on(block.text)
