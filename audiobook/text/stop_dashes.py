"""A dash set close after a stop, spaced for the phoneme engines: "Oh!—he said", "yes:—here", "¿Vienes?—preguntó".

espeak-ng, and Piper, which phonemizes with it, misread a stop that a dash follows without a space: "Oh!—he said"
was "oh exclamation he said", "yes:—here" "yes colon here", "end.—Then" "end dot then", "what?—she asked" "whatch
asked" (the "she" lost), and a comma or a semicolon before a dash lost its pause; the older English books write
these on every other page, and Spanish dialogue too ("—¿Vienes?—preguntó"). Spaced, the stop is read as a pause.
"""

from __future__ import annotations

import re

_STOP_DASH = re.compile(r"([,;:!?.])[—―–]+\s*(?=\S)")


def dashes_after_stops(text: str) -> str:
    """`text` with a dash set close after a stop spaced from it; the caller's quick test: a dash in `text`."""
    return _STOP_DASH.sub(r"\1 — ", text)
