"""The table of contents checked against the text: chapters it left far larger than the rest, or merged over
several documents, cut again where the text shows headings (heading elements, lines that name a division, titles
set apart by their look alone, numbers counting up, poems under their titles), else at documents that each open
with a heading, else, for a chapter far larger than the rest, at every document. The rules are the README's
("The TOC is checked against the text")."""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from audiobook.ingest.chapters import (
    HEADING_FRAGMENT_WORDS,
    LOOK_BOLD_RANK,
    LOOK_HEADING_MAX_WORDS,
    LOOK_MIN_RANK,
    TITLE_GROUP_GAP,
    by_document,
    is_look_title,
    merge_heading_fragments,
    title_from_text,
)
from audiobook.ingest.headings import (
    SET_APART_HEADING_WORDS,
    counting_lines,
    decorated_numeral,
    division_and_number,
    division_rank,
    heading_says_more,
    is_numbered_label,
    looks_like_heading,
    plain_words,
    same_words,
)
from audiobook.ingest.page_furniture import inside_sentences
from audiobook.ingest.title_page import TITLE_PAGE_MAX_WORDS
from audiobook.models import Block, Chapter
from audiobook.text.normalize.common import roman_value
from audiobook.text.verse import MIN_LINES, lines_going_on

# A chapter is too coarse when it is this many times the median chapter and this long,
# or spans this many documents while being twice the median.
COARSE_FACTOR = 4
COARSE_MIN_WORDS = 5_000
COARSE_MAX_WORDS = 20_000  # over two hours of listening: far too long whatever its siblings (two parts of 38,000)
COARSE_DOCUMENTS = 3
FAR_COARSE_FACTOR = 8  # or this many times the median and this long: a guide's "Common Tasks" of 3,745 words
FAR_COARSE_MIN_WORDS = 2_500  # beside sections of 260 (its tasks were headings one level down)
MATTER_PAGE_WORDS = 100  # shorter: a dedication, an epigraph, a page of thanks, left out of the median


def _words(blocks: list[Block] | tuple[Block, ...]) -> int:
    return sum(b.words for b in blocks)


def split_coarse_chapters(chapters: list[Chapter]) -> list[Chapter]:
    """Cut chapters that the table of contents left far larger than the rest (a sparse NCX,
    a nav that covers a few documents, a level that merges many files): at headings found in
    the text, else at documents that each start with a heading, else at every document."""
    if len(chapters) == 0:
        return chapters
    sizes = [_words(c.blocks) for c in chapters]
    # the median of the chapters a listener sits through: a dedication's 7 words or a page of thanks beside two
    # chapters made the first chapter of 2,500 words "far larger" and cut it at its sections
    read = [size for size in sizes if size >= MATTER_PAGE_WORDS]
    median = statistics.median(read if len(read) > 1 else sizes) if len(sizes) > 1 else 0
    result: list[Chapter] = []
    for chapter, words in zip(chapters, sizes):
        documents = len(by_document(list(chapter.blocks)))
        # far larger than its siblings: cut at headings, else at documents
        oversized = len(sizes) > 1 and ((words >= COARSE_MIN_WORDS and words > COARSE_FACTOR * median)
                                        or (words >= FAR_COARSE_MIN_WORDS and words > FAR_COARSE_FACTOR * median)
                                        or words >= COARSE_MAX_WORDS
                                        or (documents >= COARSE_DOCUMENTS and words > 2 * median))
        # several documents, one long chapter, the book's only one, or one whose text starts another division
        # like its own (the TOC left "Chapter 5" out): cut only where the text shows headings
        merged = (documents >= 2 or words >= COARSE_MIN_WORDS or len(chapters) == 1 or _holds_another(chapter)
                  or _holds_chapters(chapter))
        # a chapter that its heading calls one ("Chapter 3: The Chain") is the book's own unit: cut at its sections
        # only when far too long whatever its siblings, not for being longer than many short ones
        into_sections = (oversized and (words >= COARSE_MAX_WORDS or not _labelled_chapter(chapter))) or len(
            chapters) == 1
        result.extend(_split(chapter, at_documents=oversized, into_sections=into_sections)
                      if oversized or merged else [chapter])
    result = merge_heading_fragments(result)
    if len(chapters) == 1 and len(result) > 1:  # the book's only chapter cut at its chapters: one may be far
        return split_coarse_chapters(result)  # larger than the rest (a manual's "7 Reference" over its sections)
    return result


def _labelled_chapter(chapter: Chapter) -> bool:
    """Whether a chapter opens with a heading element that labels it a chapter ("Chapter 3: The Chain",
    "CHAPTER III"), not a part, a book's only heading or a guide's section ("Common Tasks")."""
    opening = chapter.blocks[0] if chapter.blocks else None
    return (opening is not None and opening.kind == "heading" and bool(opening.level)
            and division_rank(opening.text) == 2 and division_and_number(opening.text) is not None)


def _division_word(text: str) -> str:
    """The word a heading names its division by, as written first ("chapter" in "CHAPTER V.")."""
    return plain_words(text).split(" ", 1)[0]


def _holds_another(chapter: Chapter) -> bool:
    """A chapter opening with a division heading ("Chapter 4") whose text has another heading element
    of its level naming the same kind of division ("Chapter 5"), or one numbered next ("1 The Storm" over
    "2 Low Water"): one the table of contents left out."""
    opening = chapter.blocks[0]
    if opening.kind != "heading" or not opening.level:
        return False
    if not looks_like_heading(opening.text):
        return bool(_numbered_on(chapter.blocks))
    word = _division_word(opening.text)
    return any(b.kind == "heading" and b.level == opening.level and _division_word(b.text) == word
               and not same_words(b.text, opening.text) for b in chapter.blocks[1:])


def _counts_on(first: Block, then: Block) -> bool:
    """Whether two heading lines name one kind of division, the second numbered next ("Chapter 1" and "Chapter 2",
    "CHAPTER I." and "CHAPTER II.", as paragraphs): the two chapters of a short story's file, not a line that only
    looks like a heading."""
    opening, following = division_and_number(first.text), division_and_number(then.text)
    return (opening is not None and following is not None and opening[0] == following[0]
            and following[1] == opening[1] + 1 and first.words <= LOOK_HEADING_MAX_WORDS)


def _numbered_on(blocks: list[Block] | tuple[Block, ...]) -> list[int]:
    """Heading elements that number chapters the TOC left out, one after another ("1 The Storm", then "2 Low
    Water", "3 The Chain"): after the opening heading's own number, at its level; or from the first such heading on,
    two or more, where the opening is no heading, a heading of their level ("About the Author" over them) or a
    part's (not a chapter's, whose numbered headings a level down are its sections)."""
    start = next((index for index, block in enumerate(blocks) if block.kind == "heading" and block.level
                  and _opening_number(block.text) is not None), None)
    if start is None:
        return []
    first, opening = blocks[start], blocks[0]
    if start and opening.kind == "heading" and opening.level != first.level and division_rank(opening.text) != 1:
        return []
    number, found = _opening_number(first.text) or 0, [start] if start else []
    for index, block in enumerate(blocks[start + 1:], start=start + 1):
        if block.kind == "heading" and block.level == first.level and _opening_number(block.text) == number + 1:
            found.append(index)
            number += 1
    return found if not start or len(found) >= 2 else []


_OPENING_NUMBER = re.compile(r"(\d{1,3}|[IVXLC]{1,7})[.:]?\s+\w")  # "1 The Storm", "2. Low Water", "IV: Fog"


def _opening_number(text: str) -> int | None:
    """The number a heading opens with before its title ("1 The Storm" is 1, "IV. Fog" 4), else None."""
    match = _OPENING_NUMBER.match(text)
    if match is None:
        return None
    figure = match.group(1)
    return int(figure) if figure.isdigit() else roman_value(figure)


CHAPTER_TEXT_WORDS = 50  # the text under a chapter's heading line, at least: not a contents list
_LABEL_WORDS = 4  # "Chapter 12", "CHAPTER THE TWELFTH": a bare label is short


def _holds_chapters(chapter: Chapter) -> bool:
    """A chapter not itself titled as one ("Winter", a part named by its season) whose text holds two lines or
    more naming chapters ("Chapter 1", "Chapter 2"), each with text under it: a part that holds chapters, as
    LibreOffice's EPUB of a Word file sets them, its Heading 2 as a paragraph in a style of its own."""
    if is_numbered_label(chapter.title) or looks_like_heading(chapter.title):
        return False
    lines = [i for i, b in enumerate(chapter.blocks) if i and b.words <= _LABEL_WORDS and is_numbered_label(b.text)
             and division_rank(b.text) == 2]
    return len(lines) >= 2 and all(
        sum(b.words for b in chapter.blocks[i + 1:end]) >= CHAPTER_TEXT_WORDS
        for i, end in zip(lines, [*lines[1:], len(chapter.blocks)]))


def _heading_element_cuts(blocks: list[Block], deepest: int = 3) -> list[int]:
    """Cuts at the heading elements of one document: a book made as a single file, whose table of
    contents has one entry or none, with headings that need not look like "Chapter 7" ("The Storm"
    as <h2>). At the first of <h1>-<h3> that occurs twice, and one level deeper while the median
    piece is still over COARSE_MIN_WORDS (parts, then their chapters; never the sections of a
    chapter that is not too long). A piece that is only a heading (a part title) later folds into
    the next one. No level below `deepest` is cut at."""
    chosen: list[int] = []
    for level in range(1, deepest + 1):
        headings = [i for i, b in enumerate(blocks) if b.kind == "heading" and 0 < b.level <= level]
        cuts = [i for i in headings if i]  # the first block opens the first piece
        if len(headings) < 2 or not cuts or len(cuts) == len(chosen):
            continue
        chosen = cuts
        bounds = [0, *cuts, len(blocks)]
        sizes = [sum(b.words for b in blocks[a:z]) for a, z in zip(bounds, bounds[1:])]
        if statistics.median([n for n in sizes if n >= HEADING_FRAGMENT_WORDS] or [0]) <= COARSE_MIN_WORDS:
            break
    return chosen


LOOK_MIN_HEADINGS = 3  # one or two such lines may be a sign or a letter's heading set in the text
LOOK_MIN_MEDIAN_WORDS = 400  # pieces shorter than this between such lines: emphasis or sections, not chapters
COUNTED_MIN_MEDIAN_WORDS = 150  # pieces between numbers counting up: shorter ones are a poem's numbered stanzas


def _median_piece(blocks: list[Block], cuts: list[int]) -> float:
    """The median word count of the pieces `blocks` cut at `cuts` make."""
    bounds = [0, *cuts, len(blocks)]
    return statistics.median(sum(b.words for b in blocks[a:z]) for a, z in zip(bounds, bounds[1:]))


def _look_cuts(blocks: list[Block]) -> list[int]:
    """Cuts at paragraphs set apart by their look alone (`Block.look`: bold, larger, centred), in a
    book typed without heading styles: at the strongest look that occurs LOOK_MIN_HEADINGS times or
    more, and a weaker one while the median piece is still over COARSE_MIN_WORDS, as long as the pieces
    keep a median of LOOK_MIN_MEDIAN_WORDS (or are poems, or short chapters under a strong look). A look line is
    a title: short, not ending as a clause does.
    Bold alone is the weakest look (a manuscript's titles at the left, bold at the text's size), and a
    bold line ending as a cry does is emphasis. Two lines in a strong look will do where the first stands at the
    text's opening (after a title page's few lines, TITLE_PAGE_MAX_WORDS at most) and both pieces are that long, or
    short chapters under different titles: a manuscript of two chapters, where a sign or a letter's heading stands
    inside the text."""
    titles = [i for i, b in enumerate(blocks) if is_look_title(b)]
    titles = _group_openings(blocks, titles)
    chosen: list[int] = []
    for look in sorted({blocks[i].look for i in titles}, reverse=True):
        headings = [i for i in titles if blocks[i].look >= look]
        cuts = [i for i in headings if i]
        # the pieces under the titles, not what stands before the first (a title page's lines, or a title page
        # whose title is in a look of its own)
        pieces = [_words(blocks[a:z]) for a, z in zip(headings, [*headings[1:], len(blocks)])]
        two_chapters = (len(headings) == 2 and look >= LOOK_MIN_RANK
                        and _words(blocks[:headings[0]]) <= TITLE_PAGE_MAX_WORDS
                        and (min(pieces) >= LOOK_MIN_MEDIAN_WORDS or _short_chapters(blocks, headings, pieces, 2)))
        if (len(headings) < LOOK_MIN_HEADINGS and not two_chapters) or not cuts or len(cuts) == len(chosen):
            continue
        median = statistics.median(pieces[1:] if len(pieces) > 1 and pieces[0] <= TITLE_PAGE_MAX_WORDS else pieces)
        if median < LOOK_MIN_MEDIAN_WORDS and not (
                two_chapters or (median >= VERSE_MIN_MEDIAN_WORDS and _poems_at(blocks, cuts))
                or (look >= LOOK_MIN_RANK and _short_chapters(blocks, headings, pieces, LOOK_MIN_HEADINGS))):
            break
        chosen = cuts
        if median <= COARSE_MIN_WORDS:
            break
    return chosen


SHORT_CHAPTER_MIN_WORDS = 120  # the text under each of a manuscript's titles, bold and centred: a short chapter


def _short_chapters(blocks: list[Block], headings: list[int], pieces: list[int], least: int) -> bool:
    """Whether titles in a strong look (bold and centred, or larger) open short chapters, not sections or signs:
    `least` of them or more (two where the first opens the text), each different and with letters, each over
    SHORT_CHAPTER_MIN_WORDS of text (a Word manuscript of 150-word chapters; a sign twice in the story, "NO
    ENTRY", is the same line)."""
    titles = [plain_words(blocks[i].text) for i in headings]
    under = pieces[1:] if pieces[0] <= TITLE_PAGE_MAX_WORDS and len(pieces) > least else pieces
    return (len(headings) >= least and all(titles) and len(set(titles)) == len(titles)
            and min(under) >= SHORT_CHAPTER_MIN_WORDS)


VERSE_MIN_MEDIAN_WORDS = 20  # poems under their titles: short pieces, each a chapter a listener chooses


def _poems_at(blocks: list[Block], cuts: list[int]) -> bool:
    """Whether most pieces from `cuts` on are poems under their titles: most of each one's lines are verse that
    runs on (`verse.lines_going_on`), as a poetry collection sets its poems one line a paragraph, or its words
    are in stanzas of short lines (`_in_stanzas`)."""
    bounds = [*cuts, len(blocks)]
    poems = 0
    for start, end in zip(bounds, bounds[1:]):
        lines = blocks[start + 1:end]
        poems += _in_stanzas(lines) or (len(lines) >= MIN_LINES and 2 * (len(lines_going_on(lines)) + 1) >= len(lines))
    return 3 * poems >= 2 * len(cuts)


def _in_stanzas(blocks: list[Block]) -> bool:
    """Whether most of a piece's words are in stanzas, paragraphs set as lines of verse with <br/> (`Block.lines`),
    MIN_LINES lines or more in all: a poem as Project Gutenberg's HTML and FictionBook set it."""
    stanzas = [b for b in blocks if b.lines > 1]
    return sum(b.lines for b in stanzas) >= MIN_LINES and 2 * _words(stanzas) > _words(blocks)




def _group_openings(blocks: list[Block], titles: list[int]) -> list[int]:
    """Of look lines that make one title ("193" / an editor's note / a page number / "THE EMPEROR'S NEW CLOTHES" /
    "HANS CHRISTIAN ANDERSEN", as an anthology sets each piece), the first: lines in the same look that follow a
    bare number, each within a few blocks of the last, are part of its title, not divisions of their own."""
    kept: list[int] = []
    last, grouped = -TITLE_GROUP_GAP - 1, False
    for index in titles:
        if grouped and index - last <= TITLE_GROUP_GAP and blocks[index].look == blocks[last].look:
            last = index
            continue
        kept.append(index)
        last, grouped = index, blocks[index].text.isdigit()
    return kept


def _heading_line(block: Block) -> bool:
    """A line that names a division ("CHAPTER VII."); a longer one too where its look sets it apart."""
    return looks_like_heading(block.text) or (block.look >= LOOK_BOLD_RANK and looks_like_heading(
        block.text, SET_APART_HEADING_WORDS))


def _split(chapter: Chapter, *, at_documents: bool, into_sections: bool) -> list[Chapter]:
    """`chapter` cut at the headings in its text. Unless `into_sections` (a chapter far larger than the
    rest, or the book's only one), only where another division of its own rank or above starts
    ("Chapter 2" inside the TOC's "Chapter 1", chapters inside a part), never at its sections."""
    blocks = list(chapter.blocks)
    deepest, highest_rank, own_word = 3, 3, ""
    a_part = into_sections or division_rank(chapter.title) == 1  # its chapters, titled by their look, are cut too
    if not into_sections:
        opening = blocks[0] if blocks[0].kind == "heading" else None
        own = min(division_rank(chapter.title), division_rank(opening.text) if opening else 2)
        highest_rank = max(own, 2)
        if opening and opening.level and own > 1:  # <h2> title, <h3> sections: not cut (a part's <h2> are)
            deepest = opening.level
        named = opening.text if opening and looks_like_heading(opening.text) else chapter.title
        own_word = _division_word(named) if looks_like_heading(named) else ""

    def divides(block: Block) -> bool:
        """A heading that starts a division of the chapter's rank or above: by its words when they name
        one ("CHAPTER II" as <h3> in a story), else by its level. Below a chapter that names its
        division, a deeper heading divides only if it names the same kind ("Letter 1" under
        "Chapter 4" is a part of it)."""
        deeper = block.kind == "heading" and block.level > deepest
        if looks_like_heading(block.text):
            if deeper and own_word and _division_word(block.text) != own_word:
                return False
            return division_rank(block.text) <= highest_rank
        return not deeper

    cuts = [i for i, b in enumerate(blocks) if i and _heading_line(b) and divides(b)]
    # heading-like lines: two at least, as one may be a line that only looks like a heading; one will do where it is
    # a heading element of the opening's own level naming the same division ("Chapter 4" under "Chapter 3", <h2>)
    opening_word = _division_word(blocks[0].text) if blocks[0].level and looks_like_heading(blocks[0].text) else ""
    enough = 1 if cuts and opening_word and all(
        blocks[i].level == blocks[0].level and _division_word(blocks[i].text) == opening_word for i in cuts) else 2
    if len(cuts) == 1 and _counts_on(blocks[0], blocks[cuts[0]]):  # "Chapter 1" at the start, "Chapter 2" later
        enough = 1
    if numbered_on := _numbered_on(blocks):  # so is one numbered next ("2 Low Water" under "1 The Storm")
        cuts, enough = sorted({*cuts, *numbered_on}), 1
    if len({block.href for block in blocks}) == 1:  # one document (a cover page before it holds no text)
        elements = _heading_element_cuts(blocks, deepest)
        # finer, and at every heading-like line too ("Part One" <h1> over "The Storm" <h2>): the elements
        if elements and len(elements) >= len(cuts):
            # a heading element at the start, text, and one more: two chapters (not a label over its name); the
            # lines below the elements' levels that name divisions too ("CHAPTER I" as <h4> in a story, <h3>)
            cuts = sorted({*elements, *cuts})
            enough = 1 if any(b.kind != "heading" for b in blocks[:cuts[0]]) else 2
        if a_part and len(cuts) < enough:  # no heading elements: titles set apart by their look
            looks = _look_cuts(blocks)
            if len(looks) > len(cuts) and set(cuts) <= set(looks):
                cuts, enough = looks, 1
                weakest = min(blocks[i].look for i in looks)  # the opening line too, if it looks as they do
                titles = {*looks, *([0] if blocks[0].look >= weakest and blocks[0].words <= LOOK_HEADING_MAX_WORDS
                                    else [])}
                blocks = [replace(b, kind="heading") if i in titles else b for i, b in enumerate(blocks)]
        if a_part and len(cuts) < enough:  # nor looks: paragraphs that count up, "1", "2"; "One", "Two"; "I.", "II."
            texts = [b.text for b in blocks]
            counting = counting_lines(texts)
            if counting and inside_sentences(texts, counting):
                counting = set()  # page numbers, which the page's furniture takes out
            if len(counting - {0}) > len(cuts) and set(cuts) <= counting and _median_piece(
                    blocks, sorted(counting - {0})) >= COUNTED_MIN_MEDIAN_WORDS:  # not a poem's numbered stanzas
                cuts, enough = sorted(counting - {0}), 1
                blocks = [replace(b, kind="heading") if i in counting else b for i, b in enumerate(blocks)]
    if len(cuts) < enough:
        starts = [i for i in range(1, len(blocks)) if blocks[i].href != blocks[i - 1].href]
        headed = [i for i in starts if (blocks[i].kind == "heading" or is_look_title(blocks[i])) and divides(blocks[i])]
        # a heading element naming a division at a document's start ("Chapter One" as <h1>): one the TOC left out,
        # after pages that open without a heading (a dedication, the rest of a chapter a converter cut for size)
        named = [i for i in headed if blocks[i].level and looks_like_heading(blocks[i].text)]
        if starts and len(headed) == len(starts):
            cuts = headed  # each document starts a new heading, and so does one of their level inside a document
            levels = {blocks[i].level for i in headed}  # ("3 The Chain" over "4 Gulls at Dusk", both <h2>)
            if len(levels) == 1 and 0 not in levels and (blocks[0].level in levels or blocks[0].kind != "heading"):
                cuts = sorted({*cuts, *(i for i, b in enumerate(blocks) if i and b.kind == "heading" and b.level in
                                        levels and blocks[i - 1].kind != "heading" and divides(b))})
        elif at_documents:
            cuts = headed if len(headed) >= max(1, len(starts) // 2) else starts
        else:
            cuts = named
    # a document that is only its chapter's heading (a converter's page for the title) opens the text after it,
    # which is no chapter of its own: "Chapter 3. The Spouter-Inn." was read as a chapter titled "... (2)"
    cuts = [cut for cut, before in zip(cuts, [0, *cuts]) if blocks[cut].kind == "heading"
            or any(block.kind != "heading" for block in blocks[before:cut])]
    if not cuts:
        return [chapter]
    pieces = []
    for number, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(blocks)])):
        part = blocks[start:end]
        if not part:
            continue
        first = part[0]
        heading = (decorated_numeral(first.text) or first.text  # "— 1 —" titled "1"
                   ) if first.kind == "heading" or _heading_line(first) or is_look_title(first) else None
        # the first piece keeps the TOC's title where it says more than the heading ("204" under "204 THE KING OF..."),
        # unless that title is the next piece's own heading (a chapter titled by the text's first "Chapter 1")
        keeps_title = number == 0 and (not heading or heading_says_more(heading, chapter.title) or plain_words(
            chapter.title).endswith(f" {plain_words(heading)}")) and not (  # "The First Winter, Summary" over "Summary"
            same_words(chapter.title, blocks[cuts[0]].text))
        title = chapter.title if keeps_title else heading or (
            None if number == 0 else f"{chapter.title} ({number + 1})")
        title = title_from_text(title, part)
        if same_words(title, chapter.title):  # the TOC's own spelling of it: "I: The Keeper", not "I — The Keeper"
            title = chapter.title
        elif number == 1 and heading and plain_words(chapter.title) and all(
                b.kind == "heading" for b in blocks[:cuts[0]]) and plain_words(heading).endswith(
                plain_words(chapter.title)):  # "Part One" over "Chapter 1: The Storm", the TOC's
            title = chapter.title  # "The Storm": the title is the chapter's, the part's heading only opens it
        pieces.append(Chapter(title=title, blocks=tuple(part), source_hrefs=tuple(dict.fromkeys(b.href for b in part))))
    return pieces
