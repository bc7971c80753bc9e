"""Emoji, pictographs and trade marks, which a narrator does not read.

espeak-ng (and Piper, which phonemizes with it) said their Unicode names mid-sentence: "It's
grinning face great", "waving medium" (a skin tone), "black square" for a bullet, "trade mark"
after a brand. They are left out of what is heard; the manifest keeps the text with them. A
heart after a subject is a verb ("I ♥ NY": "I love NY") in English.
"""

from __future__ import annotations

import re

from audiobook.text.normalize.common import word_before

# emoji and pictographs (with their skin tones, joiners, variation selectors and flag tags), dingbats, geometric
# shapes used as bullets; not card suits, chess pieces or the gender signs a text may mean ("♠ A K 5", "♂")
_PICTOGRAPH_CHARS = ("\U0001F000-\U0001FAFF\u2600-\u263F\u2641\u2643-\u2653\u2668-\u27BF\u25A0-\u25FF\u2B00-\u2BFF"
                     "\u231A\u231B\u23E9-\u23FA\u200D\uFE0E\uFE0F\U000E0020-\U000E007F\u2122\u00AE")
PICTOGRAPH = re.compile(f"[{_PICTOGRAPH_CHARS}]")
_HEART = re.compile("(?<=\\w )(?:[\u2665\u2764\u2661]\uFE0F?|\U0001F496|\U0001F495)(?= \\w)")
_LOVERS = frozenset({"i", "we", "you", "they"})
_RUN = re.compile(f"\\s?[{_PICTOGRAPH_CHARS}]+")
# "Copyright © 2021": the sign after the word says it again
_SAID_TWICE = re.compile(r"(?i:copyright)\s+©")


def without_pictographs(text: str, language: str) -> str:
    """`text` without emoji, pictographs, ™ and ®; with `PICTOGRAPH.search(text)` true (the caller's quick test)."""
    if language == "en":  # "I ♥ NY", "we ❤️ books"; not "great ❤️ and"
        text = _HEART.sub(lambda match: "love" if (word_before(text, match.start()) or "").lower() in _LOVERS
                          else match.group(0), text)
    text = _RUN.sub("", text)
    return _SAID_TWICE.sub(lambda match: match.group(0)[:-1].rstrip(), text) if "©" in text else text
