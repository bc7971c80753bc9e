"""What espeak-ng misreads in a heard text, written as it reads it: for the local engines, espeak-ng and Piper,
which phonemizes with it. Each rule fixes what it read aloud or ran on; the heard text (manifest, read-along) and
what Voice.ai's voices are sent stay as they were.
"""

from __future__ import annotations

import re

from audiobook.text.elisions import unquoted_elisions
from audiobook.text.initials import unbroken_initials
from audiobook.text.sentence_starts import capitalised_number_starts
from audiobook.text.stop_dashes import dashes_after_stops

_POLISH_GUILLEMETS = str.maketrans("«»", "„”")
_BRACKETS = re.compile(r"\[{2,}|\]{2,}")  # a run of brackets, as one


def espeak_ready(heard: str, language: str) -> str:
    """`heard` as espeak-ng should get it: a name's initials without the stops that made each a sentence ("J. R. R.
    Tolkien"), a stop spaced from a dash after it ("Oh!—he said" was "oh exclamation he said"), and a sentence that
    starts with a number's words capitalised ("He left. five hundred men" ran on); a book's own double brackets
    ("[[Main Page]]") made single, since both engines take what is between them for phonemes; and Polish
    guillemets as the quotes its voice keeps silent (it read « and » aloud, "francuski cudzysłów"); and an elision's
    apostrophe left out where it paused at it as at a quote ("Give ’em hell", German "Gibt’s hier")."""
    heard = unquoted_elisions(heard, language)
    if "[[" in heard or "]]" in heard:
        heard = _BRACKETS.sub(lambda run: run.group(0)[0], heard)
    if language == "pl" and ("«" in heard or "»" in heard):  # "prawy francuski cudzysłów" was read aloud
        heard = heard.translate(_POLISH_GUILLEMETS)
    if ". " in heard:
        heard = unbroken_initials(heard, language)
    if "—" in heard or "–" in heard or "―" in heard:
        heard = dashes_after_stops(heard)
    return capitalised_number_starts(heard, language)
