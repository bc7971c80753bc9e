"""A fan-fiction archive's frame around a work: its tags and statistics, and the site's notices.

The Archive of Our Own's downloads (its HTML, and the EPUBs made from it) open with the site's notice
("Posted originally on the Archive of Our Own at <address>.") and the work's tags and statistics, a
label a line ("Rating:", "Archive Warning:", "Fandom:", ..., "Stats:" over "Published: ... Words: ...
Chapters: 3/3"), and close with a request to comment on the site. Read aloud, a listener hears labels,
tag lists and an address before the story's first word. The title, the by-line, the summary and the
author's notes are the work's, and are read. Every part left out is listed with its reason. A downloader's
text file sets the tags a line each under the title (`tag_lines`), and its by-line names a user ("by quietowl").
"""

from __future__ import annotations

import re
from typing import Any

from audiobook.models import Block, Skipped

TAGS = "the work's tags and statistics (a fan-fiction archive's header)"
NOTICE = "the archive's notice"

# a label of a work's tags or statistics, alone ("Fandom:", a <dt>) or before its value ("Words: 1412")
_LABEL = re.compile(r"^(rating|archive warnings?|warnings?|categor(?:y|ies)|fandoms?|relationships?|pairings?|"
                    r"characters?|additional tags|tags|language|series|collections?|stats|published|updated|"
                    r"completed|packaged|publisher|words|chapters|comments|kudos|bookmarks|hits|genres?|status|"
                    r"story url|author url|reviews|favou?rites|favs|follows)"
                    r"\s*:\s*(.*)$", re.IGNORECASE)
_LABELS_AT_LEAST = 4  # distinct labels in one run: a story's "Warning: ..." line is never a tag list
# the site's own lines; "Works inspired by this one:" heads a list of other works
_NOTICE = re.compile(r"^(?:posted originally on the archive of our own\b|please drop by the archive and comment\b|"
                     r"works inspired by this one\s*:?\s*$)", re.IGNORECASE)


def without_archive_frame(stream: list[Any]) -> list[Any]:
    """A reader's stream with an archive's tag lists and notices as skipped text."""
    blocks = [item for item in stream if isinstance(item, Block)]
    skipped = {**_tag_lists(blocks), **_notices(blocks)}
    if not skipped:
        return stream
    return [Skipped.of_text(item.href, skipped[id(item)], item.text) if id(item) in skipped else item
            for item in stream]


def _tag_lists(blocks: list[Block]) -> dict[int, str]:
    """The blocks of each run of labels and their values holding enough distinct labels."""
    return {id(blocks[index]): TAGS for index in tag_lines([block.text for block in blocks])}


def tag_lines(texts: list[str]) -> set[int]:
    """The places of the lines or paragraphs in each run of labels and their values ("Rating: Teen", "Fandom:" over
    its value) that holds enough distinct labels to be a work's tags (a fan-fiction downloader's text file opens so
    too: "Category: ...", "Genre: ...", "Status: Completed", "Words: 2,345")."""
    found: set[int] = set()
    number = 0
    while number < len(texts):
        labels: set[str] = set()
        end = number
        while end < len(texts) and (match := _label(texts[end])):
            labels.add(match.group(1).lower())
            end += 1
            if not match.group(2) and end < len(texts) and not _label(texts[end]):
                end += 1  # the label's value, its own block (a <dd> after its <dt>)
        if len(labels) >= _LABELS_AT_LEAST:
            found.update(range(number, end))
        number = max(end, number + 1)
    return found


# a by-line naming a site's user ("by quietowl", "Author: dark_owl_99"), which a by-line of names would not take
_USER_BYLINE = re.compile(r"^(?:by|author\s*:)\s+([\w.-]{2,40})$", re.IGNORECASE)


def username_byline(line: str) -> tuple[str, ...]:
    """The user a work's by-line names over its tags (`tag_lines`): ("quietowl",) of "by quietowl", else ()."""
    match = _USER_BYLINE.match(line.strip())
    return (match.group(1),) if match else ()


def _label(text: str) -> re.Match[str] | None:
    return _LABEL.match(text) if text.find(":", 0, 24) > 0 else None  # the regex only where a label can stand


def _notices(blocks: list[Block]) -> dict[int, str]:
    found: dict[int, str] = {}
    for number, block in enumerate(blocks):
        if block.text[:1] in "PpWw" and block.words <= 40 and _NOTICE.match(block.text):
            found[id(block)] = NOTICE
            if block.text[:1] in "Ww":  # "Works inspired by this one:": the list under it
                for item in blocks[number + 1:]:
                    if item.kind != "list-item":
                        break
                    found[id(item)] = NOTICE
    return found
