"""German Bible references: "Joh 3,16" is "Johannes drei, Vers sechzehn", "1. Kor 13,4-7" "Erster Korinther
dreizehn, Verse vier bis sieben", "1. Mose 1:1" "Erstes Buch Mose eins, Vers eins".

German writes chapter and verse with a comma (Loccumer Richtlinien) or a colon. Read as numbers they were "drei
Komma sechzehn" and, with a colon, a clock's "drei Uhr sechzehn". Only after a book's name or its usual short
form; short forms that are also words or a weekday's ("Am", "Mi", "Hi") are left out.
"""

from __future__ import annotations

import re

from audiobook.text.normalize.numbers import cardinal

# each book's spoken name and its short forms (with or without a full stop)
_BOOKS = {
    "Genesis": "Gen Gn", "Exodus": "Ex Exod", "Levitikus": "Lev Lv", "Numeri": "Num", "Deuteronomium": "Dtn Dt",
    "Josua": "Jos", "Richter": "Ri", "Rut": "Rt", "Samuel": "Sam Sm", "Könige": "Kön Kön", "Chronik": "Chr",
    "Esra": "Esr", "Nehemia": "Neh", "Ester": "Est", "Hiob": "Ijob Ij", "Psalm": "Ps Psalmen", "Sprüche": "Spr",
    "Prediger": "Pred Koh", "Kohelet": "", "Hoheslied": "Hld", "Jesaja": "Jes", "Jeremia": "Jer", "Klagelieder": "Klgl",
    "Hesekiel": "Hes Ez", "Daniel": "Dan Dn", "Hosea": "Hos", "Joel": "", "Amos": "", "Obadja": "Obd", "Jona": "Jon",
    "Micha": "", "Nahum": "Nah", "Habakuk": "Hab", "Zefanja": "Zef", "Haggai": "Hag", "Sacharja": "Sach",
    "Maleachi": "Mal", "Matthäus": "Mt Matth", "Markus": "Mk Mark", "Lukas": "Lk Luk", "Johannes": "Joh",
    "Apostelgeschichte": "Apg", "Römer": "Röm", "Korinther": "Kor", "Galater": "Gal", "Epheser": "Eph",
    "Philipper": "Phil", "Kolosser": "Kol", "Thessalonicher": "Thess", "Timotheus": "Tim", "Titus": "Tit",
    "Philemon": "Phlm", "Hebräer": "Hebr", "Jakobus": "Jak", "Petrus": "Petr", "Judas": "Jud",
    "Offenbarung": "Offb Apk", "Mose": "Mo Mos",
}
_SPOKEN = {written: name for name, shorts in _BOOKS.items() for written in (name, *shorts.split())}
_ORDINALS = ("Erster", "Zweiter", "Dritter")
_NEUTER_ORDINALS = ("Erstes", "Zweites", "Drittes")  # "Erstes Buch Mose"
_REFERENCE = re.compile(
    r"(?<![\w.])(?:([1-3]|I{1,3})\.?\s?)?"
    rf"({'|'.join(re.escape(written) for written in sorted(_SPOKEN, key=len, reverse=True))})\.?\s"
    r"(\d{1,3})[,:]\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?(?![\d:]|,\d)")
_CHAPTER_VERSE = re.compile(r"\d[,:]\s?\d")


def german_bible_references(text: str) -> str:
    """`text` with its German "Book chapter,verse" references read out (see the module's docstring)."""
    if not _CHAPTER_VERSE.search(text):
        return text

    def say(match: re.Match[str]) -> str:
        number, written, chapter, verse, last = match.groups()
        book = _SPOKEN[written]
        if number:
            index = int(number) - 1 if number.isdigit() else len(number) - 1
            book = f"{_ORDINALS[index]} {book}" if book != "Mose" else f"{_NEUTER_ORDINALS[index]} Buch Mose"
        verses = (f"Verse {cardinal(int(verse), 'de')} bis {cardinal(int(last), 'de')}" if last
                  else f"Vers {cardinal(int(verse), 'de')}")
        return f"{book} {cardinal(int(chapter), 'de')}, {verses}"

    return _REFERENCE.sub(say, text)
