"""What the narrator will say differently from the page: each change normalization and the lexicon make, once.

A publisher proofreads these before paying for synthesis ("1918" heard as "nineteen eighteen", "Dr." as
"Doctor", "[1]" not read); a wrong one is fixed with a lexicon entry. Found by comparing each segment's
words as written with its words as heard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from audiobook.models import BookPlan

# words, and the dashes that join them without a space ("thing—viz.", "30th.—After"): each its own token
_WORDS = re.compile(r"[^\s—–]+|[—–]")


@dataclass
class SpokenChange:
    """One written form and what is heard for it; `count` times in the book, first in `first_segment`."""

    written: str
    heard: str
    count: int
    first_segment: str


def plan_spoken_changes(plan: BookPlan) -> list[SpokenChange]:
    """The changes in a plan's text segments (announced titles are not on the page)."""
    return spoken_changes((s.id, s.text, s.spoken) for c in plan.chapters for s in c.segments
                          if s.kind == "text" and s.spoken)


def spoken_changes(segments: Iterable[tuple[str, str, str]]) -> list[SpokenChange]:
    """Every distinct (written, heard) pair in (segment id, text, spoken) triples, in the order they first occur."""
    changes: dict[tuple[str, str], SpokenChange] = {}
    for segment_id, text, spoken in segments:
        written, heard = _WORDS.findall(text), _WORDS.findall(spoken)
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, written, heard, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            # as many words heard as written ("Mr. Ambrose" → "Mister Am-brohz"): each word its own change
            pairs = zip(written[i1:i2], heard[j1:j2]) if i2 - i1 == j2 - j1 else [
                (" ".join(written[i1:i2]), " ".join(heard[j1:j2]))]
            for key in (_without_shared_marks(*pair) for pair in pairs):
                if key in changes:
                    changes[key].count += 1
                else:
                    changes[key] = SpokenChange(*key, count=1, first_segment=segment_id)
    return list(changes.values())


def _without_shared_marks(written: str, heard: str) -> tuple[str, str]:
    """The quotes, brackets and stops both sides have taken off, so that '"Dr.' → '"Doctor' and "Dr. → Doctor"
    count as one change, and "9," → "nine," reads "9 → nine"."""
    while written and heard and written[0] == heard[0] and not written[0].isalnum():
        written, heard = written[1:], heard[1:]
    while written and heard and written[-1] == heard[-1] and not written[-1].isalnum():
        written, heard = written[:-1], heard[:-1]
    return written, heard


def spoken_changes_report(changes: list[SpokenChange]) -> str:
    """The changes as lines for `inspect --spoken`: written → heard, how often, where first."""
    if not changes:
        return "Read as written: normalization and the lexicon change nothing."
    lines = [f"Read differently from the page ({len(changes):,} distinct changes; fix one with --lexicon):"]
    for change in changes:
        heard = change.heard or "(not read)"
        written = change.written or "(added)"
        times = f" ×{change.count}" if change.count > 1 else ""
        lines.append(f"  {change.first_segment}  {written} → {heard}{times}")
    return "\n".join(lines)
