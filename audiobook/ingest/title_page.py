"""A title page that nothing marks, found by what it says.

Older Project Gutenberg EPUBs and hand-made HTML open the first chapter with the printed
title page set as headings and short paragraphs: "THE VISION / OF / HELL ... BY / DANTE
ALIGHIERI / TRANSLATED BY ...", or "By Daniel Defoe / ... / London Seeley, Service & Co.
Limited 38 Great Russell Street". Read aloud it is a string of one-word sentences before
the first canto. A title page marked as such is skipped as front matter; so is this one,
when its lines hold the book's title and its author (or a "by" line), and it is listed.
A lone title heading above the first chapter is read, as before.
"""

from __future__ import annotations

import re

from audiobook.ingest.chapters import title_from_text
from audiobook.ingest.headings import is_closing_title, looks_like_heading, plain_words
from audiobook.ingest.matter import matter_reason, signs_a_notice
from audiobook.ingest.matter_documents import NOTICE_EDGE, NOTICE_MAX_WORDS
from audiobook.ingest.names import PARTICLES, authors_in
from audiobook.models import Block, Chapter, Skipped

TITLE_PAGE_MAX_WORDS = 80  # title, subtitle, by-line, translator, illustrator, imprint
LINE_MAX_WORDS = 15  # a longer line is the book's text
# a catalogue entry's statement of responsibility after the title: "The vision of hell. / By Dante Alighieri. /
# Translated by ..."
RESPONSIBILITY = re.compile(r"\s+/\s+(?=(?:by|edited|translated|illustrated|par|von|de|di|door|av|przez)\b)",
                            re.IGNORECASE)
REASON = "title page, by its content (the book's title and author lines)"
# "by" on a line of its own, in the 11 languages
_BY = {"by", "par", "von", "di", "de", "por", "door", "av", "przez", "per", "автор", "written by"}
# "by Ann Example", "par Jeanne de la Tour", "A novel by Ann Example", "By: Ann Example": a by-line, after what the
# book is, as a manuscript's title page says it
_BYLINE = re.compile(r"^(?:(?:an?|the)\s+(?:novel|novella|story|memoir|play|tale|romance|mystery|thriller)\s+|"
                     r"(?:stories|poems|essays|tales)\s+)?"
                     rf"(?:{'|'.join(sorted(_BY, key=len, reverse=True))})\s*:?\s+(?P<names>\w.*)$", re.IGNORECASE)
# what follows the names: "..., with contributions from the Rust Community", "...; illustrated by ..."
_AFTER_NAMES = re.compile(r"\s*(?:[,;(]\s*|\s)(?:with|avec|mit|con|com|met|med|illustrated|translated|edited)\b.*$",
                          re.IGNORECASE)
# between names: "Ann Example, Tom Reddaway and Ines Roca", in the 11 languages
_BETWEEN_NAMES = re.compile(r"\s*,\s*(?:(?:and|et|und|y|e|en|och|i|oraz|и)\s+)?|\s*&\s*|"
                            r"\s+(?:and|et|und|en|och|i|oraz|и)\s+", re.IGNORECASE)
# "Author:", "Authors:", in the 11 languages: a title page's or a document's field (Docutils' docinfo)
_AUTHOR_FIELD = re.compile(r"^(?:authors?|auteure?s?|autrices?|autor(?:in|en|as?|es|s|zy|ka)?|autor[ei]|författare|"
                           r"авторы?)\s?:\s*(?P<names>.*)$", re.IGNORECASE)
# a title's field, as a manuscript's first line may give it: "Title: The Long Night", "Titre : La nuit"
_TITLE_FIELD = re.compile(r"^(?:title|titel|titre|t[íi]tulo|titolo|tytu[łl]|t[íi]tol|название)\s?:\s*(?P<title>\S.*)$",
                          re.IGNORECASE)
_Y_OR_E = re.compile(r"\s+[ye]\s+", re.IGNORECASE)  # "and" in Spanish and Italian, a particle too ("Ortega y Gasset")
_NAME_MAX_WORDS = 5


OPENING_BLOCKS = 4  # the title, a subtitle, the by-line: the first lines of the first chapter


def authors_in_text(chapters: list[Chapter], title: str = "") -> tuple[str, ...]:
    """The authors a book names only in its text, when nothing else does: a by-line ("by Ann Example") or an
    "Author:" field among the first chapter's first lines, or a name standing alone under the book's `title`
    (a printed title page: "The Winter Log" over "Tom Reddaway")."""
    opening = [block.text for chapter in chapters[:1] for block in chapter.blocks[:OPENING_BLOCKS]]
    found = next((names for line in opening if (names := byline_names(line))), ()) or author_field_names(opening)
    if not found and title and len(opening) > 1 and plain_words(opening[0]) == plain_words(title) != plain_words(
            opening[1]):  # (the title set twice, as a contents heading and as the page's: not a name under it)
        found = (name,) if (name := standing_name(opening[1])) else ()
    if not found:
        found = next(((name,) for by, line in zip(opening, opening[1:]) if (name := name_under_by(by, line))), ())
    return tuple(written_as_name(name) for name in found)


def name_under_by(by: str, line: str) -> str | None:
    """The name a line holds under "by" on a line of its own ("BY" over "JOHN MARLOW", "par" over "Jeanne Roux")."""
    return standing_name(line) if plain_words(by) in _BY else None


def written_as_name(name: str) -> str:
    """A name a title page sets in capitals as a name is written: "JEANNE DE LA TOUR" is "Jeanne de la Tour"."""
    return _out_of_capitals(name, PARTICLES)


def _out_of_capitals(line: str, small: frozenset[str]) -> str:
    """A line set in capitals with each word capitalised, but the `small` words inside it in lower case; any other
    line as it is."""
    if not line.isupper():
        return line
    return " ".join(word if index and word in small else _WORD_START.sub(lambda m: m.group().upper(), word)
                    for index, word in enumerate(line.lower().split()))


# a word's first letter, and one after a hyphen or after an apostrophe that follows the first: "o'brien" is
# "O'Brien", "mary-anne" "Mary-Anne", "l'étranger" "L'Étranger", but "keeper's" "Keeper's"
_WORD_START = re.compile(r"(?:^|(?<=-)|(?<=^\w['’]))\w")


def title_from_title_page(title: str, chapters: list[Chapter]) -> str:
    """A converter names a book it knows no title for after its file ("almanac"): the title page's first line
    holding the same words ("THE TIDEWATER ALMANAC") names it, as a player shows titles ("The Tidewater
    Almanac"). A book with no title at all (pandoc's EPUB of a Word file without one) is named by its title
    page's first line when a by-line follows it ("The Life and Adventures of Robinson Crusoe" / "By Daniel
    Defoe"). Any other title stays."""
    first = next((chapter for chapter in chapters if chapter.blocks), None)
    if not title and first is not None and len(first.blocks) > 1 and first.blocks[0].words <= LINE_MAX_WORDS and (
            byline_names(first.blocks[1].text)):
        return first.blocks[0].text
    if not title or title != title.lower() or first is None:
        return title
    line = first.blocks[0].text
    words = plain_words(title.replace("_", " "))
    if not words or f" {words} " not in f" {plain_words(line)} " or len(line.split()) > LINE_MAX_WORDS:
        return title
    return written_as_title(line)


# the small words a title keeps in lower case inside it, in the 11 languages' titles
_MINOR_WORDS = frozenset("a an the of and or in on at to for by with from de la le les du des et en von der die das "
                         "und zu del el los las y e di da il lo gli i och av van het een op w z и в на".split())


def written_as_title(line: str) -> str:
    """A title set in capitals written as a title is ("THE TIDEWATER ALMANAC" is "The Tidewater Almanac", "LE MOULIN DE
    LA COMBE" "Le Moulin de la Combe"); any other line as it is."""
    return _out_of_capitals(line, _MINOR_WORDS)


def byline_names(line: str) -> tuple[str, ...]:
    """The authors a by-line names ("by Ann Example" -> ("Ann Example",); "by Ann Example, Tom Reddaway, and Ines
    Roca, with contributions from ..." -> all three), or () when the line is not a by-line: each name capitalised
    (particles aside)."""
    match = _BYLINE.match(line.strip())
    return _names(match.group("names")) if match else ()


def without_title_field(line: str) -> str:
    """A title line without its field's label: "Title: The Long Night" is "The Long Night"."""
    match = _TITLE_FIELD.match(line.strip())
    return match.group("title").strip() if match else line


def author_field_names(lines: list[str]) -> tuple[str, ...]:
    """The authors an "Author:" field names, on its line or on the next ("Author: Maren Holt"; Docutils' field
    list "Author:" over "Maren Holt"; "Auteurs : A et B"), or () when no line is one."""
    for index, line in enumerate(lines):
        match = _AUTHOR_FIELD.match(line.strip())
        if match:
            given = match.group("names") or (lines[index + 1] if index + 1 < len(lines) else "")
            return _names(given.strip())
    return ()


def _names(text: str) -> tuple[str, ...]:
    """The persons a by-line or field names, each capitalised (particles aside), or () when one is not a name."""
    names = tuple(part for name in _BETWEEN_NAMES.split(_AFTER_NAMES.sub("", text)) if name
                  for part in _between_y_or_e(name))
    for name in names:
        words = name.split()
        if len(words) > _NAME_MAX_WORDS or not words[0][:1].isupper() or any(
                not _NAME_WORD.match(w) or not w[:1].isupper() and w.lower() not in PARTICLES for w in words):
            return ()
    return tuple(written_as_name(name) for name in names)


def _between_y_or_e(name: str) -> list[str]:
    """"Ana Roca y Luis Mar" as two names; "José Ortega y Gasset" as one (a particle: a single word after it)."""
    parts = _Y_OR_E.split(name)
    return parts if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts) else [name]


# capitalised words that are not in a person's name: a title's or an imprint's ("The Winter Log", "Harbour Press")
_NOT_NAME_WORDS = frozenset(
    "the a an of and or from on in to at for with by press books publishing publishers edition editions verlag "
    "éditions editorial uitgeverij förlag wydawnictwo издательство le la les un une et der die das und el los las "
    "y il lo gli het een en och".split())
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def standing_name(line: str) -> str | None:
    """A person's name standing alone on a line, as a title page prints its author under the title:
    two to four capitalised words ("Tom Reddaway", "Jeanne de la Tour"), none a title's or imprint's word, and not
    a division's or a closing piece's title ("Section One", "Author's Note")."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or looks_like_heading(line) or is_closing_title(line):
        return None
    for word in words:
        if not _NAME_WORD.match(word) or (word[:1].isupper() and word.lower() in _NOT_NAME_WORDS) or (
                not word[:1].isupper() and word.lower() not in PARTICLES):
            return None
    return " ".join(words)


def title_page_length(chapter: Chapter, title: str, authors: tuple[str, ...]) -> int:
    """How many of the chapter's first blocks are a title page (0: none).

    The candidates are the short lines before the text's first heading ("CANTO I", the
    chapter's own title) or its first long paragraph; they are a title page when one is
    the book's title and another its author, or a "by" line."""
    book_title, chapter_title = plain_words(title), plain_words(chapter.title)
    names = {plain_words(author) for author in authors if author.strip()}
    if chapter.blocks and _author_and_title(plain_words(chapter.blocks[0].text), book_title, names):
        return 1  # FictionBook's body title, "Ada Moss / The Black Rock Light", one heading as calibre writes it
    count = words = 0
    has_title = has_author = False
    lines = ""  # the lines so far, as one: a title set a few words a line ("The" / "Life and Adventures" / "of" ...)
    for index, block in enumerate(chapter.blocks):
        plain = plain_words(block.text)
        if not count and block.words > LINE_MAX_WORDS and " / " in block.text and book_title and plain_words(
                RESPONSIBILITY.split(block.text, maxsplit=1)[0]) == book_title:
            plain = book_title  # the title as a catalogue writes it, which Pandoc sets as the first heading
        elif block.words > LINE_MAX_WORDS or words + block.words > TITLE_PAGE_MAX_WORDS:
            break
        if has_title and has_author and (any(_verse_or_text(line) for line in chapter.blocks[index:index + 2])
                                         or _titles_a_piece(chapter.blocks, index)):
            break  # a poem's title and lines after the title and the by-line: the book's first poem
        if has_title and has_author and plain == _SUMMARY_LABEL:  # an archive's "Summary" over the work's own words
            count += 1  # (a short summary was skipped with the title page)
            break
        if count and (looks_like_heading(block.text) or (plain == chapter_title and plain != book_title
                                                         and not byline_names(block.text))):  # a TOC's "By ..."
            break
        lines = f"{lines} {plain}"
        has_title = has_title or bool(book_title) and (plain == book_title or f" {book_title} " in f"{lines} " or (
            len(plain.split()) >= 2 and (book_title.startswith(plain + " ") or plain.startswith(book_title + " "))))
        by, _, rest = plain.partition(" ")
        named = byline_names(block.text) or author_field_names([block.text])  # "A novel by Ann Example", "Author: ..."
        has_author = has_author or plain in _BY or plain in names or (by in _BY and rest in names) or (
            bool(named) and (not names or any(plain_words(name) in names for name in named))) or (
            len(names) > 1 and {plain_words(name) for name in authors_in(block.text)} == names)  # "Holt; Brekke"
        count, words = count + 1, words + block.words
    return count if count >= 2 and has_title and has_author else 0


_SUMMARY_LABEL = "summary"  # the Archive of Our Own's label between its by-line and the work's summary


def _verse_or_text(block: Block) -> bool:
    """A line that goes on as a verse's or a sentence's does (a comma at its end, a small letter at its start), not
    a title page's (whose lines in capitals may end so: "THE REV. HENRY FRANCIS CARY, M.A.,")."""
    text = block.text.strip()
    return text[:1].islower() or (text.endswith((",", ";")) and not text.isupper())


def _titles_a_piece(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether the line at `index`, right above the text, is set as a later line above text is: the first of the
    book's poems or pieces, each titled by a line in its look ("The Lamp", bold, as "Salt" and "Harbour" after it)."""
    line = blocks[index]
    if not line.look or index + 1 >= len(blocks) or blocks[index + 1].words <= LINE_MAX_WORDS:
        return False
    return any(other.look == line.look and other.words <= LINE_MAX_WORDS and following.words > LINE_MAX_WORDS
               for other, following in zip(blocks[index + 2:], blocks[index + 3:]))


def _author_and_title(line: str, book_title: str, names: set[str]) -> bool:
    """Whether a line is the book's authors and title, in either order: "ada moss the black rock light"."""
    return bool(book_title and names) and any(line in {f"{name} {book_title}", f"{book_title} {name}"}
                                              for name in (*names, " ".join(sorted(names))))


def _notices_under(blocks: tuple[Block, ...], start: int) -> list[tuple[Block, str]]:
    """The paragraphs of a copyright notice right under a title page, each with why it is matter: a manuscript's
    "Copyright © 2026 Ada Moss. All rights reserved. No part of this book may be reproduced...", which was read
    where the book's chapters are not cut apart (a notice before a first heading is `opening`'s)."""
    notices = []
    for block in blocks[start:start + NOTICE_EDGE]:
        if block.words > NOTICE_MAX_WORDS or not signs_a_notice(block.text) or not (
                reason := matter_reason("", [block.text])):
            break
        notices.append((block, reason))
    return notices if start + len(notices) < len(blocks) else []


def without_title_page(chapters: list[Chapter], title: str, authors: tuple[str, ...]
                       ) -> tuple[list[Chapter], list[Skipped]]:
    """The chapters with the first one's unmarked title page taken out (and listed). A chapter that was
    titled by its title page ("Ada Moss The Black Rock Light") and holds little more (an epigraph) opens
    the next chapter, as a book's epigraph does, rather than stand as a chapter named by the title page."""
    first = next((index for index, chapter in enumerate(chapters) if chapter.blocks), None)
    if first is None:
        return chapters, []
    chapter = chapters[first]
    length = title_page_length(chapter, title, authors)
    if not length:
        return chapters, []
    page = chapter.blocks[:length]
    skipped = [Skipped.of_text(page[0].href, REASON, " ".join(block.text for block in page))]
    notices = _notices_under(chapter.blocks, length)  # "Copyright © 2026 Ines Roca. All rights reserved. ..."
    skipped += [Skipped.of_text(block.href, f"front/back matter ({reason})", block.text) for block, reason in notices]
    rest = Chapter(chapter.title, chapter.blocks[length + len(notices):], chapter.source_hrefs)
    following = chapters[first + 1:]
    if rest.blocks and following and plain_words(chapter.title) == plain_words(" ".join(b.text for b in page)) and (
            sum(block.words for block in rest.blocks) <= TITLE_PAGE_MAX_WORDS):
        reason = matter_reason("", [block.text for block in rest.blocks])
        if reason:  # the title page's publisher lines ("Source: http://www.ebooksgratuits.com"): not an epigraph
            skipped += [Skipped.of_text(block.href, f"front/back matter ({reason})", block.text)
                        for block in rest.blocks]
            return chapters[:first] + following, skipped
        following[0] = Chapter(following[0].title, rest.blocks + following[0].blocks,
                               rest.source_hrefs + following[0].source_hrefs)
        return chapters[:first] + following, skipped
    if rest.blocks and rest.blocks[0].kind == "heading" and plain_words(chapter.title) == plain_words(title):
        rest = Chapter(title_from_text(None, rest.blocks), rest.blocks, rest.source_hrefs)  # titled by the page
    return chapters[:first] + ([rest] if rest.blocks else []) + following, skipped
