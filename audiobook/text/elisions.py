"""Apostrophes that stand for left-out letters, which espeak-ng took for quotes.

espeak-ng pauses at an apostrophe on the edge of a word, as at a quote, in the middle of a sentence: "Give ’em
hell" was 1.69 s of audio against 1.54 s without it, and the same pause cut "goin’ home", "nothin’ at all", "rock
’n’ roll", "’twixt", German "Gibt’s hier", "hätt’ gern", "So ’ne Sache", Dutch "’s nachts", Italian "un po’ di",
Portuguese "p’ra casa" and Catalan "Porta’m a casa". Where the apostrophe stands for letters (not where it closes a
quote) it is left out of what the engine is sent: the words sound the same without it ("goin", "gibts", "s nachts",
"po"), and a word it changes is written as it sounds ("zo’n" "zoon", verse's "th’ abyss" "the abyss", which Piper
and espeak-ng read as letters).
"""

from __future__ import annotations

import re
from typing import Any

_APOSTROPHE = "[’']"
_NOT_IN_A_WORD = r"(?<![\w’'])"
_ELIDED: dict[str, re.Pattern[str]] = {
    # "’em", "’tis", "’til", "’bout", "’cause", "’n’"
    "en": re.compile(rf"{_NOT_IN_A_WORD}{_APOSTROPHE}(?=(?:em|tis|twas|twere|twill|twould|til|cause|bout|round|"
                     r"neath|gainst|midst|mongst|twixt|tween|n)\b)", re.IGNORECASE),
    # "’s ist", "So ’n", "’ne"; "gibt’s", "hab’s"; "hätt’ gern", "würd’ es"
    "de": re.compile(rf"{_NOT_IN_A_WORD}{_APOSTROPHE}(?=(?:s|n|ne|nen|nem|ner)\b)|(?<=\w){_APOSTROPHE}(?=s\b)"
                     rf"|(?<=[^\W\d_]){_APOSTROPHE}(?=\s+[^\W\d_])", re.IGNORECASE),
    "nl": re.compile(rf"{_NOT_IN_A_WORD}{_APOSTROPHE}(?=s\s)"),  # "’s nachts", "’s morgens"
    # a word cut after its vowel: Italian "un po’ di", "be’", "mo’ vado", "va’ via"; Spanish "pa’ que"
    **{language: re.compile(rf"(?<=[aeiouàèéìòùáíóú]){_APOSTROPHE}(?=\s+[^\W\d_])", re.IGNORECASE)
       for language in ("it", "es")},
    "pt": re.compile(rf"(?<=\b[pP]){_APOSTROPHE}(?=r[ao]s?\b)"),  # "p’ra casa", "p’ro"
    # a pronoun after a verb's vowel, written against it: "Porta’m a casa", "Deixa’ns anar", "Compra’l ara"
    "ca": re.compile(rf"(?<=[aeiouàèéíòóú]){_APOSTROPHE}(?=(?:m|n|s|t|l|ns|ls)\b)", re.IGNORECASE),
}
# English's dropped "g" ("goin’ home", "nothin’ at all") and the "n’" of "rock ’n’ roll": where the text opens no
# quotation with ‘, which such an apostrophe would close ("‘Come in’ he said")
_ENGLISH_ELIDED_END = re.compile(rf"(?<=\bn){_APOSTROPHE}(?=\s)|(?<=[^\W\d_]in){_APOSTROPHE}(?=[\s,;:.!?]|$)")
# words an elision changes, written as they sound, where both engines said letters or paused: Dutch "zo’n" ("so
# a") is "zoon", "’k" ("I", said as the letter) "ik"; in English verse "th’" is "the" ("th’ abyss" was "tee aitch
# abyss"), "’t" is "it", or joins the verb it stands before ("’t is" "’tis", "’t were"), "t’" before a vowel is "to"
# ("T’ ascend"), "i’ th’ midst" is "in the midst" ("eye the"), "e’en" is "een" ("eh-en"), and a sailor's
# "t’gallant" is "topgallant" ("tee gallant")
_SOUNDED: dict[str, tuple[tuple[re.Pattern[str], Any], ...]] = {
    "nl": ((re.compile(r"\b([zZ])o[’']n\b"), r"\1oon"),
           (re.compile(rf"{_NOT_IN_A_WORD}[’']([kK])\b"), lambda match: "ik" if match.group(1) == "k" else "Ik")),
    "en": ((re.compile(r"\b([tT])h[’'](?=\s*[^\W\d_])"), r"\1he"),
           (re.compile(r"\b([tT])[’']\s*(?=gallant)"), r"\1op"),
           (re.compile(rf"{_NOT_IN_A_WORD}[’']t\s+(?=(?:is|was|were|will|would)\b)"), "t"),
           (re.compile(rf"{_NOT_IN_A_WORD}[’']t(?=\s)"), "it"),
           (re.compile(r"\b([tT])[’'](?=\s*[aeiou])"), r"\1o"),
           (re.compile(r"\b([iI])[’'](?=\s+the\b)"), r"\1n"),
           (re.compile(r"\b([eE])[’']en\b"), r"\1en")),
}


def unquoted_elisions(text: str, language: str) -> str:
    """`text` without the apostrophes of its elisions, where espeak-ng paused as at a quote."""
    if "’" not in text and "'" not in text:
        return text
    for pattern, sound in _SOUNDED.get(language, ()):
        text = pattern.sub(sound, text)
    if language in _ELIDED:
        text = _ELIDED[language].sub("", text)
    if language == "en" and "‘" not in text:
        text = _ENGLISH_ELIDED_END.sub("", text)
    return text
