"""Lines a `<br/>` sets apart that a listener must hear apart: an address's "14 Harbour Road" /
"Portsmouth", a letter's "Yours truly" / "Anne Lowe", a byline's "HANS CHRISTIAN ANDERSEN" / "(Version
by ...)". Joined with a space they run on as one sentence ("14 Harbour Road Portsmouth England"); each
becomes a paragraph of its own, and the verse rule (`audiobook.text.verse`) gives a run of such lines
a sentence's pause between them.

Only a paragraph of short lines is cut (half its lines `SHORT_LINE_WORDS` or fewer), and only where
nothing marks a pause yet: the line before a break ends without punctuation and the next opens with a
capital or a digit. Prose wrapped with `<br/>` at a fixed width, and verse set with `<br/>` (lines of
seven to ten words whose sentences run on from one to the next, "where the other crag / Uninterrupted
traverses the dens"), stay one paragraph each.
"""

from __future__ import annotations

import statistics

LINE_BREAK = "\u2028"  # where the reader met a <br/> between two lines of one paragraph
SHORT_LINE_WORDS = 4  # "Yours very truly", "12 High Street West"; a line of verse is longer
_PAUSES = frozenset(",;:.!?…—–-")  # a line ending in one of these already has its pause
_CLOSING = "\"'”’»)]"
_OPENING = "\"'“‘«([¿¡"


def lines_apart(text: str) -> list[str]:
    """`text`, whose <br/> breaks are `LINE_BREAK`, cut into paragraphs at its breaks if its lines are
    short (see the module's docstring); the breaks not cut are spaces."""
    lines = text.split(LINE_BREAK)
    words = [len(line.split()) for line in lines if line.strip()]
    if not words or statistics.median(words) > SHORT_LINE_WORDS:
        return [" ".join(lines)]
    parts = [lines[0]]
    for line in lines[1:]:
        before, after = parts[-1].rstrip(), line.lstrip()
        if before and after and _runs_on(before) and _opens_a_line(after):
            parts.append(line)
        else:
            parts[-1] += " " + line
    return parts


def _runs_on(line: str) -> bool:
    """Whether `line` ends without a mark that makes a voice pause."""
    return line.rstrip(_CLOSING)[-1:] not in _PAUSES


def _opens_a_line(line: str) -> bool:
    first = line.lstrip(_OPENING)[:1]
    return first.isupper() or first.isdigit()
