"""Notes found by the links to them: where a note marker in the text points, a note begins.

calibre's EPUB and Word files made from a FictionBook write each note as a heading of its number and a
paragraph ("<h1 id="n1">1</h1><p>The log is kept in the museum.</p>"), in a file of its own after the
book's text, with nothing on it that says "note": no class, no epub:type, no link back. Read as they
stood, a novel's notes were chapters "1", "2", "3"... The markers that point to them are known (a
number in brackets or raised, linked: `xhtml.is_note_link`), so their targets are: a note is the block
a marker points to, or, when that is a heading holding only the note's number, the heading and what
follows it, each up to the next heading or note. Skipped and listed, the "Notes" heading above them too.

A note longer than `NOTE_MAX_WORDS` is read: a marker that points into the book's text is no reason
to skip its text. A list's items (<li>) are never taken for notes (a bibliography's entries are read, as
before); a definition list's term is (calibre's <dl class="notes"><dt id="footnote-1">).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote

from audiobook.models import Block, Skipped

LINKED_NOTE = "note (where a note marker in the text links)"
NOTE_MAX_WORDS = 400
# a heading that holds only a note's number: "1", "[12]", "*", "Note 3", "Примечание 3"
_NOTE_NUMBER = re.compile(r"^[\[\(]?(?:note|anm|nota|noot|not|przypis|примечание|сноска)?\.?\s*[\d*†‡§]{1,4}"
                          r"[\]\)]?\.?$", re.IGNORECASE)

# elements that title a note the text after them holds: a heading of its number, a definition list's term
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt"})
NoteTargets = dict[str, set[str]]  # a document's href -> the ids in it that note markers point to


def add_target(targets: NoteTargets, document: str, link: str) -> None:
    """Record where a marker's link (`link`, an href as written in `document`) points."""
    path, _, fragment = link.partition("#")
    if not fragment or "://" in path or path.startswith(("mailto:", "data:")):
        return
    target = posixpath.normpath(posixpath.join(posixpath.dirname(document), unquote(path))) if path else document
    targets.setdefault(target, set()).add(unquote(fragment))


def drop_linked_notes(events: list, starts: list[tuple[int, str, int]], href: str,
                      skip_heading_above: Callable[[str, int], None]) -> None:
    """Replace each note in `events` with its Skipped: `starts` are the event positions where a marker's
    target opened, with its tag and where its element ended (in order); `skip_heading_above` takes the "Notes"
    heading over the first one. A note is its heading of a number and what follows, up to the next heading or
    note; else its element's text (an inline anchor's: the paragraph it opens), never the text after it (an
    inline note's chapter goes on after it)."""
    first: int | None = None  # the first note's first block: the "Notes" heading above it goes with the notes
    for number, (start, tag, end) in enumerate(starts):
        stop = starts[number + 1][0] if number + 1 < len(starts) else len(events)
        if end > start and tag not in _TITLE_TAGS:  # an element that holds its note: its text, nothing after it
            stop = min(stop, end)
        members = [index for index in range(start, stop) if isinstance(events[index], Block)]
        if not members or not tag or tag == "li":  # a bibliography's entry (a note list's <dt>, as calibre writes
            continue  # one, is one); no tag: the target was skipped whole (a footnote's <aside>), the text after it read
        opening = events[members[0]]
        if opening.kind == "heading" and not _NOTE_NUMBER.match(opening.text):
            continue  # a link to a chapter's heading is no note
        if opening.kind != "heading" and end == start:  # an inline anchor: the paragraph it opens
            members = members[:1]
        note = members[:1]
        for index in members[1:]:
            if events[index].kind == "heading":
                break
            note.append(index)
        if sum(events[index].words for index in note) > NOTE_MAX_WORDS:
            continue
        for index in note:
            events[index] = Skipped.of_text(href, LINKED_NOTE, events[index].text)
        first = note[0] if first is None else first
    if first is not None:
        skip_heading_above(LINKED_NOTE, first)
