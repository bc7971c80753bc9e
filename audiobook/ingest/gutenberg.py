"""Project Gutenberg's header and licence, in every variant, inside a file or as whole files.

Newer files mark the book with "*** START OF THE PROJECT GUTENBERG EBOOK ... ***" and
"*** END OF THE PROJECT GUTENBERG EBOOK ... ***"; older ones end the header with
"*END*THE SMALL PRINT! ...*END*" and begin the licence with "End of the Project
Gutenberg EBook of ...". Everything before the start and after the end is not the book.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from audiobook.models import Block, Skipped

START = re.compile(r"^\W*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)|"
                   r"^\W*\*END\*?\s*THE SMALL PRINT", re.IGNORECASE)
END = re.compile(r"^\W*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)|"
                 r"^\W*END OF (?:THE |THIS )?PROJECT GUTENBERG(?:'S)?\b|"
                 r"^\W*\*{3}\s*START\s*\*{2}\s*THE SMALL PRINT|"
                 r"^\W*The Full Project Gutenberg Licen[cs]e\b", re.IGNORECASE)
# a paragraph that is Project Gutenberg boilerplate wherever it stands
BOILERPLATE = re.compile(r"This (?:e-?book|etext) is for the use of anyone anywhere|"
                         r"Project Gutenberg(?:-tm|™)? (?:License|Licence|Literary Archive Foundation)|"
                         r"www\.gutenberg\.(?:org|net)", re.IGNORECASE)
# the same markers inside a paragraph (an old header set as one <pre> or <div> with <br/>s)
START_WITHIN = re.compile(r"\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b[^*]{0,300}\*{3}",
                          re.IGNORECASE)
END_WITHIN = re.compile(r"\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)|"
                        r"\bEnd of (?:the |this )?Project Gutenberg(?:'s)? E-?(?:book|text)\b", re.IGNORECASE)
# the producers' credit right after the START line
CREDIT = re.compile(r"^\W*(?:Produced by|E-?text prepared by|Transcribed (?:from .{1,80} )?by|Prepared by)\b",
                    re.IGNORECASE)
CREDIT_MAX_WORDS = 40
# a production note about this edition's layout, in many older HTML files
PRODUCTION_NOTE = re.compile(r"[Rr]eformatted [Ff]or [Bb]etter [Aa]ppearance [Ii]n [Mm]obile [Vv]iewers")  # no
# IGNORECASE: the regex engine then searches for the literal "eformatted", which most paragraphs lack
PRODUCTION_NOTE_MAX_WORDS = 120
PRODUCTION = "Project Gutenberg production note"
HEADER = "Project Gutenberg header"
LICENCE = "Project Gutenberg licence"

HEADER_FIELD = re.compile(r"^(Title|Author|Language|Translator|Editor)\s*:\s*(.+)$", re.IGNORECASE)


def is_start(text: str) -> bool:
    return bool(START.match(text))


def is_end(text: str) -> bool:
    return bool(END.match(text))


def count_boilerplate(text: str) -> int:
    """How many Project Gutenberg licence phrases `text` holds (a substring test first: most pages have none)."""
    lowered = text.lower()
    if "gutenberg" not in lowered and "anyone anywhere" not in lowered:
        return 0
    return len(BOILERPLATE.findall(text))


def is_boilerplate(text: str) -> bool:
    return bool(BOILERPLATE.search(text))


_EBOOK_TITLE = re.compile(r"^\W*(?:The )?Project Gutenberg(?:['’]s)?\s+(?:e-?(?:book|text),?\s+(?:of\s+)?)?(.+?)"
                          r"(?:,\s+by\s+(.+?))?\W*$", re.IGNORECASE)


def title_and_author(title: str) -> tuple[str, str | None]:
    """The book's own title (and author) from a file's "The Project Gutenberg eBook of Emma, by
    Jane Austen"; any other title as it is, with no author."""
    match = _EBOOK_TITLE.match(title)
    if not match:
        return title, None
    return match.group(1).strip(), (match.group(2) or "").strip() or None


def header_fields(lines: list[str]) -> dict[str, str]:
    """Title, Author, Language... from a header's "Field: value" lines (first of each)."""
    fields: dict[str, str] = {}
    for line in lines:
        match = HEADER_FIELD.match(line.strip())
        if match and match.group(1).lower() not in fields:
            fields[match.group(1).lower()] = match.group(2).strip()
    return fields


_WRAPPED_LINES = 2  # the lines a START line wrapped onto, at most


def book_span(texts: list[str]) -> tuple[int, int]:
    """The book between the header and the licence: (first index, end index) over `texts`
    (lines or paragraphs). Without markers, all of it."""
    start = 0
    for index, text in enumerate(texts):
        if is_start(text):
            start = index + 1
            if text.count("***") < 2:  # the line wrapped ("...ADVENTURES OF" / "ROBINSON CRUSOE ***"): its end too
                start = next((more + 1 for more in range(start, min(start + _WRAPPED_LINES, len(texts)))
                              if texts[more].rstrip().endswith("***")), start)
            break
    for index in range(start, len(texts)):
        if is_end(texts[index]):
            return start, index
    return start, len(texts)


def without_frame(stream: list[Any]) -> list[Any]:
    """A reader's stream with Project Gutenberg's frame as skipped text: the header (up to its
    START line and the producers' credit after it), the licence (from its END line), and the
    production note of older HTML files. A marker inside a paragraph cuts the paragraph there:
    the book's own text on the other side is read."""
    blocks = [item for item in stream if isinstance(item, Block)]
    marks = [number for number, block in enumerate(blocks) if _may_mark(block.text)]  # the few that may hold one
    start = _book_start(blocks, marks)
    unmarked = set() if start else _unmarked_header(blocks, marks)
    end = _book_end(blocks, start or (0, 0), marks)
    credit = _first_text_after(blocks, start) if start else -1  # where "Produced by ..." may stand
    start = start or (0, 0)
    result: list[Any] = []
    number = -1
    for item in stream:
        if not isinstance(item, Block):
            result.append(item)
            continue
        number += 1
        if number in unmarked:
            result.append(Skipped.of_text(item.href, HEADER, item.text))
            continue
        book_from = 0 if number > start[0] else start[1] if number == start[0] else None
        book_to = len(item.text) if number < end[0] else end[1] if number == end[0] else 0
        if book_from is None:
            result.append(Skipped.of_text(item.href, HEADER, item.text))
            continue
        head, text, tail = item.text[:book_from], item.text[book_from:book_to].strip(), item.text[book_to:]
        if number == credit and is_credit(text):  # "Produced by ..." right after the START line
            head, text = f"{head} {text}", ""
        if head.strip():
            result.append(Skipped.of_text(item.href, HEADER, head))
        if text:
            if item.words <= PRODUCTION_NOTE_MAX_WORDS and PRODUCTION_NOTE.search(text):
                result.append(Skipped.of_text(item.href, PRODUCTION, text))
            else:
                result.append(item if text == item.text else dataclasses.replace(item, text=text))
        if tail.strip():
            result.append(Skipped.of_text(item.href, LICENCE, tail))
    return result


def _book_start(blocks: list[Block], marks: list[int]) -> tuple[int, int] | None:
    """(block number, character offset) where the book starts, after the START marker; None without one.
    `marks`: the numbers of the blocks that may hold a marker (`_may_mark`)."""
    for number in marks:
        block = blocks[number]
        if is_start(block.text):
            return number + 1, 0
        if match := START_WITHIN.search(block.text):
            return number, match.end()
    return None


# a header's lines after its title and licence line: "Title: Moby-Dick", "Release Date: June, 2001 [EBook #2701]"
_HEADER_LINE = re.compile(r"^(?:Title|Author|Editor|Translator|Illustrator|Language|Release Date|Posting Date|"
                          r"Last Updated|Character set encoding|Most recently updated|Original publication)\s*:",
                          re.IGNORECASE)
_HEADER_LINES_MAX = 12


def _unmarked_header(blocks: list[Block], marks: list[int]) -> set[int]:
    """A header whose START line is gone (calibre moves it, without the line, to the end of an FB2 book): the
    "The Project Gutenberg EBook of ..." line, then "This eBook is for the use of anyone anywhere...", then its
    "Title:", "Author:", "Release Date:"... lines and the producers' credit."""
    for number in marks:
        block = blocks[number]
        if number + 1 >= len(blocks) or not _EBOOK_TITLE.match(block.text) or block.words > CREDIT_MAX_WORDS or not (
                is_boilerplate(blocks[number + 1].text)):
            continue
        end = number + 2
        while end < min(len(blocks), number + 2 + _HEADER_LINES_MAX) and (
                _HEADER_LINE.match(blocks[end].text) or is_credit(blocks[end].text)):
            end += 1
        return set(range(number, end))
    return set()


def _may_mark(text: str) -> bool:
    """Every marker names Project Gutenberg or its "small print": substring tests spare most
    paragraphs a case-insensitive regex search."""
    return ("utenberg" in text or "UTENBERG" in text or "MALL PRINT" in text or "mall print" in text
            or "mall Print" in text)


def _first_text_after(blocks: list[Block], start: tuple[int, int]) -> int:
    """The block holding the first text after the START line (the line may end its block)."""
    number, offset = start
    if number < len(blocks) and offset and not blocks[number].text[offset:].strip():
        return number + 1
    return number


def _book_end(blocks: list[Block], start: tuple[int, int], marks: list[int]) -> tuple[int, int]:
    """(block number, character offset) where the licence starts: at the END marker, else past the last block."""
    for number in marks:
        if number < start[0]:
            continue
        text = blocks[number].text
        if is_end(text):
            return number, 0
        if match := END_WITHIN.search(text, start[1] if number == start[0] else 0):
            return number, match.start()
    return len(blocks), 0


def is_credit(text: str) -> bool:
    """Whether a paragraph is the producers' credit ("Produced by Ann Example and the Online Distributed
    Proofreading Team..."), which stands right after the START line."""
    return bool(CREDIT.match(text)) and len(text.split()) <= CREDIT_MAX_WORDS
