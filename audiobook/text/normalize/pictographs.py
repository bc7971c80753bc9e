"""Emoji, pictographs and trade marks, which a narrator does not read.

espeak-ng (and Piper, which phonemizes with it) said their Unicode names mid-sentence: "It's
grinning face great", "waving medium" (a skin tone), "black square" for a bullet, "trade mark"
after a brand. They are left out of what is heard; the manifest keeps the text with them. A
heart after a subject is a verb ("I ♥ NY": "I love NY") in English. Stars that rate are read as a rating:
"★★★★☆" is "four out of five stars", "4.8★" "4.8 stars" (they were dropped, and the rating with them).
"""

from __future__ import annotations

import re

from audiobook.text.normalize.agreement import before_its_noun
from audiobook.text.normalize.common import word_before
from audiobook.text.normalize.numbers import plural_form

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
    if "★" in text or "☆" in text or "⭐" in text:
        text = _star_ratings(text, language)
    text = _RUN.sub("", text)
    return _SAID_TWICE.sub(lambda match: match.group(0)[:-1].rstrip(), text) if "©" in text else text


# a rating's stars: filled ones and at least one empty ("★★★★☆", "★☆☆"), or after their count ("4.8★", "5 ⭐")
_STAR_RUN = re.compile("(?<![★☆⭐])([★⭐]*)(☆+)(?![★☆⭐])|(?<![\\w.,])(\\d(?:[.,]\\d)?)\\s?[★⭐]\uFE0F?(?![★☆⭐])")
# a star's name (one, few, many: Polish and Russian count it so) and a rating's words, out of its stars
_STARS = {"en": ("star", "stars", "stars"), "de": ("Stern", "Sterne", "Sterne"), "fr": ("étoile", "étoiles", "étoiles"),
          "es": ("estrella", "estrellas", "estrellas"), "it": ("stella", "stelle", "stelle"),
          "pt": ("estrela", "estrelas", "estrelas"), "ca": ("estrella", "estrelles", "estrelles"),
          "nl": ("ster", "sterren", "sterren"), "sv": ("stjärna", "stjärnor", "stjärnor"),
          "pl": ("gwiazdka", "gwiazdki", "gwiazdek"), "ru": ("звезда", "звезды", "звёзд")}
_OUT_OF = {"en": "{n} out of {m} stars", "de": "{n} von {m} Sternen", "fr": "{n} {star} sur {m}",
           "es": "{n} {star} de {m}", "it": "{n} {star} su {m}", "pt": "{n} {star} de {m}", "ca": "{n} {star} de {m}",
           "nl": "{n} van de {m} sterren", "sv": "{n} av {m} stjärnor", "pl": "{n} {star} na {m}",
           "ru": "{n} {star} из {m}"}
_ONE_OUT_OF = {"de": "{n} {star} von {m}", "sv": "{n} {star} av {m}"}  # "ein Stern von fünf" ("eins von" was heard)


def _star_ratings(text: str, language: str) -> str:
    """Stars that rate, in words and figures for the numbers' steps: "★★★★☆" "4 out of 5 stars", "4.8★" "4.8 stars",
    "a 4.8★ rating" "a 4.8-star rating"."""
    stars = _STARS[language]

    def say(match: re.Match[str]) -> str:
        filled, empty, count = match.groups()
        if count is None:
            rated = len(filled)
            if not 3 <= rated + len(empty) <= 10:  # "☆ New ☆": an ornament
                return match.group(0)
            said = _ONE_OUT_OF.get(language, _OUT_OF[language]) if rated == 1 else _OUT_OF[language]
            return said.format(n=rated, m=rated + len(empty), star=stars[plural_form(rated, language)])
        if language == "en" and before_its_noun(match):
            return f"{count}-star"
        whole = count.isdigit()
        form = stars[plural_form(int(count), language)] if whole else stars[1 if language in ("pl", "ru") else 2]
        return f"{count} {form}"

    return _STAR_RUN.sub(say, text)
