"""A law's number and year in the Romance languages: "la L. 241/1990" is "la legge 241 del 1990", "la Ley 39/2015"
"la Ley 39 de 2015" (the numbers' steps then read both). Without this, the slash stayed between two numbers
("duecentoquarantuno/millenovecentonovanta"), and Italian "L. 241" was taken for lire. Only after a word that
names a law, a decree or its number, a little before.
"""

from __future__ import annotations

import re

_OF_YEAR = {"it": "del", "es": "de", "pt": "de", "ca": "de"}
_NUMBER_AND_YEAR = re.compile(r"(?<![\w./-])(\d{1,4})/((?:1[89]|20)\d\d)(?![\w/-]|[.,]\d)")
_LAW_WORD = re.compile(r"(?i:\b(?:legge|leggi|decreto|legislativo|repubblica|regolamento|direttiva|circolare|"
                       r"sentenza|ley|leyes|real|orgánica|reglamento|directiva|orden|sentencia|lei|leis|"
                       r"decreto-lei|decreto-legge|portaria|diretiva|regulamento|sentença|llei|lleis|decret|"
                       r"ordre|rd|lo|dl|numero|número|núm)\b|\bn[.º°]|\bnº)")
_LOOK_BACK = 40  # characters before the number in which the word must stand ("Ley Orgánica 3/2018", "n.º 5/2020")


def law_numbers(text: str, language: str) -> str:
    """"241/1990" after a law's word as "241 del 1990" (Italian), "39 de 2015" (Spanish, Portuguese, Catalan)."""
    if language not in _OF_YEAR or "/" not in text:
        return text

    def say(match: re.Match[str]) -> str:
        start = max(0, match.start() - _LOOK_BACK)
        start = max(start, text.rfind(";", start, match.start()) + 1)  # in its own clause: "Lei 7/2009; 5/2020 ..."
        if not _LAW_WORD.search(text, start, match.start()):
            return match.group(0)
        return f"{match.group(1)} {_OF_YEAR[language]} {match.group(2)}"

    return _NUMBER_AND_YEAR.sub(say, text)
