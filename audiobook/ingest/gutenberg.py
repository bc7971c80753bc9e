"""Project Gutenberg's header and licence, in every variant, inside a file or as whole files.

Newer files mark the book with "*** START OF THE PROJECT GUTENBERG EBOOK ... ***" and
"*** END OF THE PROJECT GUTENBERG EBOOK ... ***"; older ones end the header with
"*END*THE SMALL PRINT! ...*END*" and begin the licence with "End of the Project
Gutenberg EBook of ...". Everything before the start and after the end is not the book.
"""

from __future__ import annotations

import re

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


def header_fields(lines: list[str]) -> dict[str, str]:
    """Title, Author, Language... from a header's "Field: value" lines (first of each)."""
    fields: dict[str, str] = {}
    for line in lines:
        match = HEADER_FIELD.match(line.strip())
        if match and match.group(1).lower() not in fields:
            fields[match.group(1).lower()] = match.group(2).strip()
    return fields


def book_span(texts: list[str]) -> tuple[int, int]:
    """The book between the header and the licence: (first index, end index) over `texts`
    (lines or paragraphs). Without markers, all of it."""
    start = 0
    for index, text in enumerate(texts):
        if is_start(text):
            start = index + 1
            break
    for index in range(start, len(texts)):
        if is_end(texts[index]):
            return start, index
    return start, len(texts)
