"""Plain-text (.txt) and Markdown (.md) books into a `Book`.

Paragraphs as the writer set them (`text_paragraphs`: hard-wrapped lines joined between blank lines, or a paragraph
a line), the characters by the file's encoding (`text_encoding`). Chapters start at
paragraphs that look like headings ("CHAPTER I.", "Part Two"; else bare numbers counting up,
titles set apart by more blank lines, lines in capitals). Title and author come from a Project
Gutenberg header, a title line and "by" line, or the file name. The Gutenberg header and
licence, and a contents list written as text, are skipped and listed. Markdown is rendered to
HTML and read as an HTML file is (`markdown_book`, `html.book_from_html`).

A .txt or .md file is a podcast script instead when it looks like one: front matter with a
script's keys, or speaker labels on many of its paragraphs (see `script_lines.looks_like_script`); a
Markdown book's own front matter (Pandoc's title, author, lang) gives its metadata.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import audiobook.ingest.gutenberg as gutenberg
from audiobook.errors import ParseError
from audiobook.files import file_checksum
from audiobook.ingest.archive_frame import TAGS, tag_lines, username_byline
from audiobook.ingest.chapters import (
    is_matter_title,
    merge_heading_fragments,
    without_matter_titled,
)
from audiobook.ingest.coarse_chapters import COARSE_MAX_WORDS
from audiobook.ingest.epub import file_title, require_text
from audiobook.ingest.front_matter import names, split_front_matter, split_title_block, title_of
from audiobook.ingest.headings import (
    SET_APART_HEADING_WORDS,
    counting_lines,
    decorated_numeral,
    division_and_number,
    is_bare_label,
    is_capitalised_line,
    is_closing_title,
    is_labelled_title,
    label_and_name,
    looks_like_heading,
    name_set_apart,
    plain_words,
    same_words,
)
from audiobook.ingest.html import book_from_html
from audiobook.ingest.hyphens import compounds_in, with_compounds_whole
from audiobook.ingest.markdown_book import markdown_document, uncited_notes
from audiobook.ingest.matter import (
    CONTENTS_AS_TEXT,
    CONTENTS_TITLE,
    MATTER_HEADING,
    is_contents_text,
    matter_reason,
)
from audiobook.ingest.names import display_name
from audiobook.ingest.options import IngestOptions
from audiobook.ingest.page_furniture import inside_sentences
from audiobook.ingest.text_encoding import decoded_text
from audiobook.ingest.text_matter import (
    DIGITIZATION,
    PAGE_LIST,
    after_imprint_lines,
    digitization_lines,
    not_the_books,
    page_lists,
    transcribers_notes,
)
from audiobook.ingest.text_pages import without_page_furniture
from audiobook.ingest.text_paragraphs import SET_APART_LINES, Paragraph, paragraphs_of
from audiobook.ingest.title_page import (
    author_field_names,
    byline_names,
    name_under_by,
    standing_name,
    without_title_field,
    without_title_page,
    written_as_name,
    written_as_title,
)
from audiobook.ingest.xhtml import (
    FOOTNOTE,
    IMAGE_LINK,
    NOTE_MARKER,
    NOTES_TITLE,
    TRANSCRIBERS_NOTE,
    count_words,
    is_footnote_block,
    is_image_link_line,
    is_ornament,
    readable_characters,
)
from audiobook.models import Block, Book, Chapter, Skipped

MAX_BOOK_BYTES = 64 * 1024**2
FEW_HEADINGS = 2  # heading-like lines that may be all a book of titles without labels has ("Introduction")
LONE_TITLE_WORDS = 12  # a title line, at most
EDITION_LINE_WORDS = 6  # a line between a title and its "by" line: "Fourth Edition", "A Novel"
TAGS_WITHIN_LINES = 60  # a work's tags stand among a text's first lines, under its title and by-line
CONTENTS_ITEM_WORDS = 12
CAPITALS_MIN_MEDIAN_WORDS = 400  # pieces under lines in capitals: shorter ones are sections or emphasis








def _skip(href: str, reason: str, texts: list[str]) -> Skipped | None:
    text = " ".join(texts)
    return Skipped(href, reason, count_words(text), readable_characters(text)) if text.strip() else None


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
# a plain-text file written in Markdown ("## Chapter 1: The Lamp"): two headings or more, as Markdown marks them
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
MARKDOWN_HEADINGS_MIN = 2


def _written_in_markdown(text: str) -> bool:
    """Whether a ".txt" file is Markdown: its "#" headings were read aloud ("hash hash Chapter one") and its chapters
    not found."""
    return "#" in text and len(_MARKDOWN_HEADING.findall(text, 0, 200_000)) >= MARKDOWN_HEADINGS_MIN


def read_text_book(path: Path, options: IngestOptions | None = None) -> Book:
    """Read a plain-text or Markdown book; ParseError/EmptyBookError name the file and the problem."""
    source, href = str(path), path.name
    try:
        if path.stat().st_size > MAX_BOOK_BYTES:
            raise ParseError(source, f"text is {path.stat().st_size:,} bytes; the limit is {MAX_BOOK_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(source, f"cannot read the file: {exc.strerror or exc}") from exc
    text = decoded_text(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "-\n" in text:
        text = with_compounds_whole(text, compounds_in(text.split("\n")))  # "salt-" / "stained" keeps its hyphen
    lines = text.split("\n")
    skipped: list[Skipped | None] = []

    front, body_start = split_front_matter(lines, source)  # a Markdown book's metadata, as Pandoc reads it
    if front:
        skipped.append(_skip(href, "front matter (the book's metadata)", lines[1:body_start - 1]))
        lines = [""] * body_start + lines[body_start:]  # line numbers kept
    elif text.startswith("%") and (path.suffix.lower() in MARKDOWN_SUFFIXES or _written_in_markdown(text)):
        front, body_start = split_title_block(lines)  # "% The Lamp Keeper" / "% Ines Roca": Pandoc's older form
        skipped.append(_skip(href, "title block (the book's metadata)", [line[1:] for line in lines[:body_start]]))
        lines = [""] * body_start + lines[body_start:]
    start, end = gutenberg.book_span(lines)
    fields = gutenberg.header_fields(lines[:start]) if start else _front_fields(front)
    skipped.append(_skip(href, "Project Gutenberg header", lines[:start]))
    skipped.append(_skip(href, "Project Gutenberg licence", lines[end:]))
    body = "\n".join(lines[start:end])
    if path.suffix.lower() in MARKDOWN_SUFFIXES or _written_in_markdown(body):
        # read as the HTML it renders to, chapters at its headings
        authors = tuple(display_name(a.strip()) for a in fields.get("author", "").split(";") if a.strip())
        skipped.extend(_skip(href, f"{FOOTNOTE} (cited nowhere)", [note]) for note in uncited_notes(body))
        return book_from_html(markdown_document(body, path), path, options or IngestOptions(),
                              checksum=file_checksum(path), title=fields.get("title", ""), authors=authors,
                              language=fields.get("language"), skipped=tuple(s for s in skipped if s is not None))
    body_lines, furniture = without_page_furniture(lines[start:end])  # pdftotext's pages: heads, numbers
    skipped.extend(_skip(href, reason, [line]) for reason, line in furniture)
    if links := {i for i, line in enumerate(body_lines) if is_image_link_line(line.strip())}:  # "ENLARGE TO FULL SIZE"
        skipped.extend(_skip(href, IMAGE_LINK, [body_lines[i]]) for i in sorted(links))  # under a stanza, too
        body_lines = [line for i, line in enumerate(body_lines) if i not in links]
    filled = [i for i, line in enumerate(body_lines) if line.strip()][:TAGS_WITHIN_LINES]
    tags = {filled[i] for i in tag_lines([body_lines[i].strip() for i in filled])}  # a fan-fiction download's
    if tags and not (options and options.include_matter):  # "Category:", "Status:", "Words:" lines
        skipped.append(_skip(href, TAGS, [body_lines[i] for i in sorted(tags)]))
        body_lines = ["" if i in tags else line for i, line in enumerate(body_lines)]
    paragraphs = paragraphs_of(body_lines)
    if start and paragraphs and gutenberg.is_credit(paragraphs[0].text):  # "Produced by ..." after the START line
        skipped.append(_skip(href, gutenberg.HEADER, [paragraphs.pop(0).text]))
    if scanned := digitization_lines(paragraphs):  # "Digitized by the Internet Archive in 2011 ..."
        skipped.append(_skip(href, DIGITIZATION, [p.text for p in paragraphs[:scanned]]))
        paragraphs = paragraphs[scanned:]
    if listed := page_lists(paragraphs):  # "Pages" / "1. 169" / "2. 170": an e-book's list of its printed pages
        skipped.append(_skip(href, PAGE_LIST, [paragraphs[i].text for i in sorted(listed)]))
        paragraphs = [p for i, p in enumerate(paragraphs) if i not in listed]

    notes = _footnotes(paragraphs)
    skipped.extend(_skip(href, FOOTNOTE, [paragraphs[i].text]) for i in sorted(notes))
    if notes:  # the "FOOTNOTES:" line over them, and their markers in the text ("dusk.[1]")
        headings = {i - 1 for i in notes if i and i - 1 not in notes and NOTES_TITLE.match(paragraphs[i - 1].text)}
        skipped.extend(_skip(href, FOOTNOTE, [paragraphs[i].text]) for i in sorted(headings))
        notes |= headings
        paragraphs, markers = _without_note_markers(paragraphs, _note_numbers(paragraphs[i].text for i in notes))
        skipped.extend(_skip(href, NOTE_MARKER, [marker]) for marker in markers)
    transcribers = transcribers_notes(paragraphs)
    left_out = notes | transcribers
    for index, paragraph in enumerate(paragraphs):  # pictures' places, the production note of older files
        if index not in left_out and (reason := not_the_books(paragraph.text)):
            left_out.add(index)
            skipped.append(_skip(href, reason, [paragraph.text]))
    skipped.extend(_skip(href, TRANSCRIBERS_NOTE, [paragraphs[i].text]) for i in sorted(transcribers))
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in left_out]
    title, authors, rest = _title_and_authors(paragraphs, fields, path, usernames=bool(tags))
    skipped.append(_skip(href, "title page (title and author lines)",
                         [p.text for p in paragraphs[:len(paragraphs) - len(rest)]]))
    paragraphs = rest
    chapters = _chapters(paragraphs, title, href, skipped, include_matter=bool(options and options.include_matter))
    if not (options and options.include_matter):  # a title page of many lines ("THE VISION" / "OF" / "HELL..." / "BY")
        chapters, title_page = without_title_page(chapters, title, authors)
        skipped.extend(title_page)
    language = fields.get("language")
    book = Book(source=source, title=title, authors=authors, declared_language=language, chapters=tuple(chapters),
                skipped=tuple(s for s in skipped if s is not None), checksum=file_checksum(path))
    require_text(book)
    return book


# Project Gutenberg's plain-text notes: "[Footnote 1: The lamp was first lit in 1820.]", and a paragraph that
# opens with a note's number its text used before ("... at dusk.[1]" ... "[1] The lamp was...")
_NUMBERED_NOTE = re.compile(r"^\[(\d{1,3})\]\s+\S")
_NOTE_MARKER = re.compile(r"(?<=\S)\s?\[(\d{1,3})\]")  # "dusk.[1]", "slept. [2]": after a word or mark
_NOTE_NUMBER = re.compile(r"^\[\D{0,20}?(\d{1,3})\b")  # a note's own: "[1] The...", "[Footnote 1: The...]"


def _footnotes(paragraphs: list[Paragraph]) -> set[int]:
    """The paragraphs that are notes, not the book's running text."""
    notes = {i for i, p in enumerate(paragraphs) if is_footnote_block(p.text)}
    used: set[str] = set()
    for index, paragraph in enumerate(paragraphs):
        numbered = _NUMBERED_NOTE.match(paragraph.text) if paragraph.text[:1] == "[" else None
        if numbered and numbered.group(1) in used:
            notes.add(index)
        elif "[" in paragraph.text:
            used.update(_NOTE_MARKER.findall(paragraph.text))
    return notes


def _note_numbers(notes: Iterable[str]) -> set[str]:
    """The numbers notes carry: "[1] The log..." and "[Footnote 1: The log...]" are note 1."""
    return {number.group(1) for text in notes if (number := _NOTE_NUMBER.match(text))}


def _without_note_markers(paragraphs: list[Paragraph], numbers: set[str]) -> tuple[list[Paragraph], list[str]]:
    """The paragraphs without the markers of these notes ("eleven days.[1] The keeper" reads "eleven days. The
    keeper"), and the markers taken out."""
    taken: list[str] = []

    def take(marker: re.Match[str]) -> str:
        if marker.group(1) not in numbers:
            return marker.group(0)
        taken.append(marker.group(0).strip())
        return ""

    return [replace(p, text=_NOTE_MARKER.sub(take, p.text)) if "[" in p.text else p for p in paragraphs], taken


def _front_fields(front: dict[str, Any]) -> dict[str, str]:
    """Title, author and language from a Markdown book's front matter, as the Gutenberg header gives them."""
    fields = {"title": title_of(front.get("title")),
              "author": "; ".join(names(front.get("author") or front.get("authors") or front.get("creator"))),
              "language": str(front.get("lang") or front.get("language") or "").strip()}
    return {key: value for key, value in fields.items() if value}


def _title_and_authors(paragraphs: list[Paragraph], fields: dict[str, str], path: Path, usernames: bool = False
                       ) -> tuple[str, tuple[str, ...], list[Paragraph]]:
    """From the Gutenberg header, else a title line (a short first paragraph followed by a "by"
    line, which may name a site's user over a work's tags: `usernames`), else the file name. A title line is not
    read twice."""
    title = fields.get("title", "")
    authors = tuple(display_name(a.strip()) for a in re.split(r"\s+and\s+|;", fields["author"])) if fields.get(
        "author") else ()
    rest = paragraphs
    first = paragraphs[0] if paragraphs else None
    for below in (1, 2):  # the "by" line under the title, or under a line between them ("Fourth Edition")
        second = paragraphs[below] if len(paragraphs) > below else None
        # "by Ann Example", "By: Ann Example", or "Author: Ann Example"
        named = (byline_names(second.text) or author_field_names([second.text])
                 or (username_byline(second.text) if usernames else ())) if second and len(
            second.text.split()) <= 10 else ()
        end = below + 1
        if second and not named and end < len(paragraphs) and (
                name := name_under_by(second.text, paragraphs[end].text)):  # "BY" on a line of its own over a name
            named, end = (written_as_name(name),), end + 1
        if first and named and len(first.text.split()) <= 12 and (
                below == 1 or len(paragraphs[1].text.split()) <= EDITION_LINE_WORDS):  # a title line over a "by" line
            title = title or written_as_title(without_title_field(first.text))
            authors = authors or named
            rest = after_imprint_lines(paragraphs[end:])
            break
    else:
        if first is not None and (found := _name_under_title(paragraphs)):
            name, below = found
            title = title or written_as_title(without_title_field(first.text))
            authors, rest = authors or (written_as_name(display_name(name)),), paragraphs[below + 1:]
        elif not title and _lone_title(paragraphs):  # named by it, and read where it stands, as an HTML book's
            title = written_as_title(first.text)  # lone title above its first chapter is
    return title or file_title(path), authors, rest


def _lone_title(paragraphs: list[Paragraph]) -> bool:
    """Whether the first line is the book's title standing alone, no author under it: a short line that ends no
    clause, right above the first chapter's heading ("THE TIDEWATER ALMANAC" over "CHAPTER I.")."""
    if len(paragraphs) < 2:
        return False
    line = paragraphs[0].text
    return (len(line.split()) <= LONE_TITLE_WORDS and not line.endswith((".", ",", ";", ":"))
            and not looks_like_heading(line) and looks_like_heading(paragraphs[1].text))


def _name_under_title(paragraphs: list[Paragraph]) -> tuple[str, int] | None:
    """The name standing alone under a title line ("The Long Night" / "Ines Roca"), or under a line between them
    ("A Novel"), where the text starts after them: at a heading, or after more than one blank line; and the index
    of its line."""
    if len(paragraphs) < 2 or looks_like_heading(paragraphs[0].text) or len(paragraphs[0].text.split()) > 12:
        return None
    for below in (1, 2):
        if below == 2 and (len(paragraphs) < 4 or len(paragraphs[1].text.split()) > EDITION_LINE_WORDS
                           or looks_like_heading(paragraphs[1].text)):
            return None
        after = paragraphs[below + 1] if len(paragraphs) > below + 1 else None
        if after is not None and after.gap < 2 and not looks_like_heading(after.text) and not CONTENTS_TITLE.match(
                after.text):  # (a contents list under them, as a text with no blank lines sets it)
            continue
        line = paragraphs[below].text
        if not looks_like_heading(line) and (name := standing_name(line)):
            return name, below
    return None


def _chapters(paragraphs: list[Paragraph], title: str, href: str, skipped: list[Skipped | None], *,
              include_matter: bool = False) -> list[Chapter]:
    """Cut at heading-like paragraphs, else at bare numbers counting up, else at titles set apart by
    blank lines (also beside one or two heading-like ones, where they are many more: a guide's "Introduction"
    among its "Installing calibre", "Task 1: Organizing"...), else at lines in capitals. A contents list written as
    text is skipped."""
    cuts = {i for i, p in enumerate(paragraphs) if looks_like_heading(p.text) or is_labelled_title(p.text)}
    texts = [p.text for p in paragraphs]
    numbered = counting_lines(texts) if len(cuts) <= FEW_HEADINGS else set()
    if numbered and inside_sentences(texts, numbered):
        numbered = set()  # a printed page's numbers, not the chapters'
    if not cuts:
        cuts = numbered or _set_apart(paragraphs)
    elif len(cuts) <= FEW_HEADINGS and len(numbered) > len(cuts):
        cuts |= numbered  # "PREFACE", then "I. THE FIRST WINTER", "II. THE SPRING TIDE"...
    elif len(cuts) <= FEW_HEADINGS and len(apart := _set_apart(paragraphs)) > 2 * len(cuts):
        cuts |= apart  # "Introduction" (and its contents line) among titles with no label: "Installing calibre"...
    if not cuts:
        cuts = {i for i, p in enumerate(paragraphs) if is_capitalised_line(p.text)}
    if len(cuts) >= 2:  # "Chapitre 5 Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui..."
        cuts |= _long_titles_in_the_run(paragraphs, cuts)
    if cuts:  # an anthology's pieces titled in capitals between its few labelled headings
        cuts |= _capitals_in_long_runs(paragraphs, cuts)
    if cuts:  # "ACKNOWLEDGMENTS", "ALSO BY ANN WRITER" after the last chapter: pieces apart, read or skipped as such
        # (set apart by blank lines; in a text with none, a paragraph a line, the line alone does)
        spaced = any(p.gap for p in paragraphs)
        cuts |= {i for i, p in enumerate(paragraphs) if (p.gap >= SET_APART_LINES or not spaced)
                 and _closes_the_book(p.text)}
    listed = set() if include_matter else _unlabelled_contents(paragraphs, cuts)
    if listed:
        skipped.append(_skip(href, CONTENTS_AS_TEXT, [paragraphs[i].text for i in sorted(listed)]))
        paragraphs = [p for i, p in enumerate(paragraphs) if i not in listed]
        cuts = {i - sum(1 for j in listed if j < i) for i in cuts if i not in listed}
    chapters: list[Chapter] = []
    blocks: list[Block] = []
    chapter_title = ""
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        if not include_matter and CONTENTS_TITLE.match(paragraph.text):
            listed = _contents_run(paragraphs, index + 1, cuts)
            if listed > index + 1:
                skipped.append(_skip(href, CONTENTS_AS_TEXT, [p.text for p in paragraphs[index:listed]]))
                index = listed
                continue
        subtitle = False
        if index in cuts:
            if blocks:
                chapters.append(Chapter(chapter_title or title, tuple(blocks), (href,)))
            # "— 1 —" titled "1"; "CHAPTER I HOW THE BROTHERS..." titled "CHAPTER I — HOW THE BROTHERS..."
            blocks, chapter_title = [], decorated_numeral(paragraph.text) or name_set_apart(paragraph.text)
            if _is_subtitle(paragraphs, index + 1, cuts):  # "CHAPTER I." over "THE BEGINNING": one title
                chapter_title = label_and_name(paragraph.text, paragraphs[index + 1].text)
                blocks.append(Block(paragraph.text, kind="heading", href=href))
                paragraph, index, subtitle = paragraphs[index + 1], index + 1, True
        if is_ornament(paragraph.text):  # "* * *": a scene break, heard as a pause
            if blocks:
                blocks[-1] = replace(blocks[-1], ends_scene=True)
            index += 1
            continue
        kind = "heading" if index in cuts or subtitle else "p"
        blocks.append(Block(paragraph.text, kind=kind, href=href))
        index += 1
    if blocks:
        chapters.append(Chapter(chapter_title or title, tuple(blocks), (href,)))
    if chapters and chapters[0].title == title:
        chapters[0] = _titled_by_its_first_line(chapters[0], title)
    while len(chapters) > 1 and not include_matter:  # the part before the first heading, and front matter
        opening = chapters[0]
        reason = matter_reason("" if opening.title == title else opening.title, [b.text for b in opening.blocks])
        if not reason:
            break
        skipped.append(_skip(href, f"front/back matter ({reason})", [b.text for b in opening.blocks]))
        chapters = chapters[1:]
    chapters = merge_heading_fragments(chapters)
    if not include_matter:
        chapters, matter = without_matter_titled(chapters, by_content=True)
        skipped.extend(matter)
    return chapters  # a part title alone ("PART ONE") opens the chapter after it


def _long_titles_in_the_run(paragraphs: list[Paragraph], cuts: set[int]) -> set[int]:
    """Lines too long to look like headings (up to SET_APART_HEADING_WORDS words) that open with the label the
    chapters found are cut at and the number next to one of theirs: "Chapitre 4 « Au sein d'une nature sauvage »",
    then "Chapitre 5 Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet",
    which ran on as chapter 4's text. Only a number the run lacks: a sentence that opens with "Chapter 3" beside
    the chapter so headed is none."""
    numbered = {(found[0], found[1]) for i in cuts if (found := division_and_number(paragraphs[i].text))}
    candidates = {index: found for index, paragraph in enumerate(paragraphs) if numbered and index not in cuts
                  and paragraph.text[:1].isupper() and len(paragraph.text.split()) <= SET_APART_HEADING_WORDS
                  and (found := division_and_number(paragraph.text))}
    found_lines: set[int] = set()
    while True:  # two such lines in a row: the second numbers on from the first
        more = {index for index, (word, number, _) in candidates.items() if (word, number) not in numbered and (
            (word, number - 1) in numbered or (word, number + 1) in numbered)}  # a gap in the run, filled once
        if not more:
            return found_lines
        found_lines |= more
        numbered |= {candidates[index][:2] for index in more}


def _capitals_in_long_runs(paragraphs: list[Paragraph], cuts: set[int]) -> set[int]:
    """Lines in capitals that title the pieces of a run the headings found leave too long for one chapter
    (COARSE_MAX_WORDS words and up): a plain-text anthology's "THE REAL PRINCESS" over "HANS CHRISTIAN ANDERSEN",
    between the few headings with a label it has ("SECTION IV", one story's "CHAPTER I"), which left its first
    45,000 words one chapter. The first of such lines one under another titles its piece (an author's name under
    it is the piece's), and the pieces keep a median of CAPITALS_MIN_MEDIAN_WORDS."""
    bounds = [0, *sorted(cuts), len(paragraphs)]
    words = [len(p.text.split()) for p in paragraphs]
    found: set[int] = set()
    for start, end in zip(bounds, bounds[1:]):
        if sum(words[start:end]) < COARSE_MAX_WORDS:
            continue
        titles = [i for i in range(start + 1, end) if is_capitalised_line(paragraphs[i].text)
                  and not is_capitalised_line(paragraphs[i - 1].text)]
        pieces = [sum(words[a:z]) for a, z in zip([start, *titles], [*titles, end])]
        if len(titles) >= 2 and statistics.median(pieces) >= CAPITALS_MIN_MEDIAN_WORDS:
            found.update(titles)
    return found


def _closes_the_book(line: str) -> bool:
    """A title of the book's closing matter or pieces: "Also by Ann Writer", "Reading Group Guide", "Index",
    "Acknowledgments", "About the Author", "Notes" (over endnotes, which are then skipped)."""
    return len(line.split()) <= MAX_SET_APART_WORDS and (
        is_closing_title(line) or is_matter_title(line) or MATTER_HEADING.match(line) is not None
        or NOTES_TITLE.match(line) is not None)


def _titled_by_its_first_line(opening: Chapter, book_title: str) -> Chapter:
    """The part before the first heading, titled by its first line where that is a short line in capitals
    ("CHARACTERS", "PREFACE" over a play's cast or a preface) rather than by the book's title."""
    first = opening.blocks[0].text
    if len(opening.blocks) == 1 and same_words(first, book_title):  # the book's title alone: it opens the first
        return replace(opening, blocks=(replace(opening.blocks[0], kind="heading"),))  # chapter, as a heading
    sentence = first[-1:] in "!?,;:" or first.endswith(".") and len(first.split()) > 2  # "CALL ME ISHMAEL."
    if (len(first.split()) <= MAX_SET_APART_WORDS and is_capitalised_line(first) and not sentence
            and not same_words(first, book_title)):
        return replace(opening, title=first, blocks=(replace(opening.blocks[0], kind="heading"), *opening.blocks[1:]))
    return opening


MAX_SET_APART_WORDS = 10


def _set_apart(paragraphs: list[Paragraph]) -> set[int]:
    """Titles with no chapter word, each a short line after more blank lines than a paragraph has
    ("\n\n\nThe Storm\n\n"), as plain-text books and Project Gutenberg's set them: two or more, and
    few beside the paragraphs (a book that spaces everything out widely has no such signal). Where the text
    under a title stands after two blank lines too, as calibre's text output sets it (four before the title,
    two after), the titles are those after more: the fewest blank lines that are few enough."""
    for gap in range(SET_APART_LINES, SET_APART_LINES + 4):
        widely_spaced = sum(1 for p in paragraphs if p.gap >= gap)
        if widely_spaced * 5 <= len(paragraphs):
            cuts = {index for index, p in enumerate(paragraphs) if p.gap >= gap and len(p.text.split())
                    <= MAX_SET_APART_WORDS and p.text[-1:] not in ".,;:!?" and p.text[:1].isupper()}
            return cuts if len(cuts) >= 2 else set()
    return set()


SUBTITLE_MAX_WORDS = 10
# the old style's long names under a label ("Où Joseph Rouletabille adresse à M. Robert Darzac une phrase qui
# produit son petit effet", "« Un homme a passé comme une ombre à travers les volets »"): one phrase, no sentence in it
LONG_SUBTITLE_MAX_WORDS = SET_APART_HEADING_WORDS
_SENTENCE_INSIDE = re.compile(r"[!?;…]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.\s")
_OPENING_QUOTES = "«“\"‘'„"
_CLOSING_QUOTES = "«»“”\"‘’'„ \u00a0"


def _is_subtitle(paragraphs: list[Paragraph], index: int, cuts: set[int]) -> bool:
    """Whether the paragraph at `index`, just below a heading that only numbers its chapter ("CHAPTER
    I."), names it: a short line in capitals or without a sentence's end, with the text after it; or a longer
    phrase with no sentence's end in it or after it, in quotes or not."""
    if index >= len(paragraphs) - 1 or index in cuts or not is_bare_label(paragraphs[index - 1].text):
        return False
    text = paragraphs[index].text
    words = len(text.split())
    if words > LONG_SUBTITLE_MAX_WORDS or looks_like_heading(text) or is_ornament(text):
        return False
    name = text.strip(_CLOSING_QUOTES) if text[:1] in _OPENING_QUOTES else text  # "« Au sein d'une nature »"
    if words > SUBTITLE_MAX_WORDS:  # a long name: a phrase with no sentence's end inside it or after it
        return (name[:1].isupper() and not name.endswith((".", ",", ":", "—", "–", "-"))
                and not _SENTENCE_INSIDE.search(name))
    return is_capitalised_line(text) or (name[:1].isupper() and not name.endswith((".", ",", ";", ":", "!", "?")))


CONTENTS_MIN_ENTRIES = 3


def _unlabelled_contents(paragraphs: list[Paragraph], cuts: set[int]) -> set[int]:
    """A contents list with no "Contents" line over it: three or more headings in a row, nothing between
    them, each standing again later over its chapter's text (the last of a run opens its chapter)."""
    titles = Counter(plain_words(paragraphs[i].text) for i in cuts)
    listed: set[int] = set()
    run: list[int] = []
    for index in sorted(cuts) + [-1]:
        if run and index == run[-1] + 1:
            run.append(index)
            continue
        entries = run[:-1]
        first = entries[0] if entries else 0
        labelled = first > 0 and CONTENTS_TITLE.match(paragraphs[first - 1].text) is not None  # `_contents_run`'s
        if len(entries) >= CONTENTS_MIN_ENTRIES and not labelled and all(
                titles[plain_words(paragraphs[i].text)] > 1 for i in entries):
            listed.update(entries)
        run = [index]
    return listed


_LIST_NUMBER = re.compile(r"^\d{1,3} ")  # a numbered list's number, in plain words ("3 etymology")


def _contents_run(paragraphs: list[Paragraph], start: int, cuts: set[int]) -> int:
    """Where a contents list that starts at `start` ends: short items until the first
    heading whose next paragraph is body text (the first chapter itself). An item up to twice as long is
    one that opens with a chapter's title: an entry and its first sub-entry on one line ("Task 5: Interacting
    with e-book readers 5.1: Putting an e-book on your e-book reader", as calibre's text output joins them). A
    heading's name on the line below it ("CHAPTER I." / "THE FERRY") is the heading's: the text after it ends the
    list. So does a heading that repeats an entry of the list, and a line that ends in a comma or a semicolon, a
    line of verse (at the heading above it): a book of poems, whose short lines are no text by their length, was
    taken whole as its contents list."""
    titles = {plain_words(paragraphs[i].text) for i in cuts if i >= start} - {""}

    def joined_entries(text: str) -> bool:
        plain = plain_words(text) if len(text.split()) <= 2 * CONTENTS_ITEM_WORDS else ""
        return any(plain.startswith(f"{title} ") for title in titles) if plain else False

    index = start
    entries: set[str] = set()  # their words, without a list's number ("3.  Etymology" is "etymology")
    last_heading = None
    while index < len(paragraphs) and (len(paragraphs[index].text.split()) <= CONTENTS_ITEM_WORDS
                                       or is_contents_text([paragraphs[index].text])
                                       or joined_entries(paragraphs[index].text)):
        text = paragraphs[index].text
        if (index in cuts or is_capitalised_line(text)) and _LIST_NUMBER.sub("", plain_words(text)) in entries:
            break  # "THE LAMP" over its poem, after the entry "The Lamp"; "ETYMOLOGY." after "3.  Etymology"
        if text.endswith((",", ";")):
            return index if last_heading is None else last_heading
        entries.add(_LIST_NUMBER.sub("", plain_words(text)))
        last_heading = index if index in cuts else last_heading
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if index in cuts and following is not None and _is_subtitle(paragraphs, index + 1, cuts):
            following = paragraphs[index + 2]
        if index in cuts and following is not None and len(following.text.split()) > CONTENTS_ITEM_WORDS:
            break
        index += 1
    # the list's entries are those that name a heading after it: short lines after the last of them ("Copyright ©
    # 2026 Ines Roca.", "For my mother.") are the pages between the list and the text, not entries
    later = {plain_words(paragraphs[i].text) for i in cuts if i >= index} - {""}
    named = [i for i in range(start, index) if plain_words(paragraphs[i].text) in later]
    return named[-1] + 1 if len(named) >= 2 else index
