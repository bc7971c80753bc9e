"""A manuscript's review marks: tracked deletions not yet accepted, and reviewers' comments.

Neither is read: a tracked change is read as accepted (the deleted words are gone), and a comment
is a note to the writer, not the book. Both are listed in `skipped`, so that a publisher sees that
a manuscript still carries them before it is rendered.
"""

from __future__ import annotations

from collections.abc import Iterable

from audiobook.ingest.xhtml import clean_text
from audiobook.models import Skipped

TRACKED_DELETION = "tracked deletion (an editor's change, read as accepted)"
COMMENT = "comment (a reviewer's note, not the book's text)"


def listed(href: str, reason: str, texts: Iterable[str]) -> list[Skipped]:
    """One skipped entry for each mark with any text."""
    return [Skipped.of_text(href, reason, text) for text in map(clean_text, texts) if text]
