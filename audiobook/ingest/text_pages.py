"""A text book made from printed pages: form feeds between its pages, as `pdftotext` writes them.

Each page opens with a running head (the book's title, its author, a chapter's title, often with the
page's number) and closes with its number. Read as text, the listener heard "one ANN WRITER" between
two sentences every page, and a sentence torn at a page's end ran on into them. The page edges are
known here, so the furniture is found by where it stands: a line at a page's top or bottom that
stands there on many pages (its number aside), or a bare page number. It is taken out and listed;
a page break is a paragraph's end, and `page_furniture` joins a sentence a page's end tore.
"""

from __future__ import annotations

import re
from collections import Counter

from audiobook.ingest.headings import is_bare_label, plain_words
from audiobook.ingest.page_furniture import (
    NUMBER_AT_EDGE,
    PAGE_NUMBER,
    PAGE_WORD,
    RUNNING_HEAD,
    RUNNING_HEAD_MAX_WORDS,
)

PAGES_MIN = 4  # fewer form feeds than this are a few page breaks a writer typed, not a printed book's pages
HEAD_SHARE = 4  # a line at a page's edge on at least one page in this many (and on 3 or more) is furniture
HEAD_MIN = 3
EDGE_LINES = 2  # a head and a number may both stand at one edge
# a page's number: "12", "- 12 -", "[12]", "Page 12", "Seite 12", a front matter page's "xii" (no chapter's "XII")
_PAGE_NUMBER = re.compile(rf"^(?:[-–—(\[]\s*)?(?:{PAGE_WORD}\s*)?(\d{{1,4}}|[ivxlc]{{1,7}})(?:\s*[-–—)\]])?$")


def without_page_furniture(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """`lines` without the running heads and page numbers at their pages' edges, a blank line where a page
    ended; and what was taken out, as (reason, line). Lines without form feeds come back as they are."""
    pages = "\n".join(lines).split("\f")
    if len(pages) < PAGES_MIN:
        return lines, []
    page_lines = [page.split("\n") for page in pages]
    edges = [_edge_lines(page) for page in page_lines]
    counts = Counter(key for page in edges for line in page if _may_be_head(line) and (key := _head_key(line)))
    least = max(HEAD_MIN, len(pages) // HEAD_SHARE)
    heads = {key for key, count in counts.items() if count >= least}
    offset = _numbering(edges)
    removed: list[tuple[str, str]] = []
    kept: list[str] = []
    for number, page in enumerate(page_lines):  # the first page's title is the title page's, not a head
        kept.extend(_trimmed(page, number, heads if number else set(), offset, removed))
        kept.append("")  # a page's end ends its paragraph; a torn sentence is joined again later
    return kept, removed


def _edge_lines(page: list[str]) -> list[str]:
    text = [line for line in page if line.strip()]
    return text[:EDGE_LINES] + text[-EDGE_LINES:] if len(text) > 2 * EDGE_LINES else text


def _may_be_head(line: str) -> bool:
    """A short line that ends no sentence or clause: a title, a name, "CHAPTER 2 15" (not a poem's refrain)."""
    words = NUMBER_AT_EDGE.sub("", line.strip())
    return len(line.split()) <= RUNNING_HEAD_MAX_WORDS and words[-1:] not in _PUNCTUATION


_PUNCTUATION = frozenset(".,;:!?…")


def _head_key(line: str) -> str:
    """A line's words as a running head's are compared: plain, its page number taken off ("ANN WRITER 12"), not
    a heading's own ("CHAPTER 2" is no "CHAPTER" head)."""
    line = line.strip()
    return plain_words(line if is_bare_label(line) else NUMBER_AT_EDGE.sub("", line))


def _numbering(edges: list[list[str]]) -> int | None:
    """How the pages' numbers run from their places among the pages (page 0 printed "5": 5), where bare numbers
    at the pages' edges agree on it HEAD_MIN times or more; None where they do not (a chapter's "3" alone is
    no page's number)."""
    offsets = Counter(int(match.group(1)) - place for place, page in enumerate(edges) for line in page
                      if (match := _PAGE_NUMBER.match(line.strip())) and match.group(1).isdigit())
    offset, count = offsets.most_common(1)[0] if offsets else (None, 0)
    return offset if count >= HEAD_MIN else None


def _furniture(line: str, place: int, heads: set[str], offset: int | None) -> str | None:
    stripped = line.strip()
    if match := _PAGE_NUMBER.match(stripped):
        number = match.group(1)
        return PAGE_NUMBER if not number.isdigit() or offset is not None and int(number) - place == offset else None
    return RUNNING_HEAD if _head_key(stripped) in heads else None


def _trimmed(page: list[str], place: int, heads: set[str], offset: int | None,
             removed: list[tuple[str, str]]) -> list[str]:
    """The page without the furniture among the first and last EDGE_LINES lines of text."""
    text_at = [index for index, line in enumerate(page) if line.strip()]
    drop: set[int] = set()
    for edge in (text_at[:EDGE_LINES], text_at[::-1][:EDGE_LINES]):
        for index in edge:
            reason = None if index in drop else _furniture(page[index], place, heads, offset)
            if reason is None:
                break
            drop.add(index)
            removed.append((reason, page[index].strip()))
    return [line for index, line in enumerate(page) if index not in drop]
