"""English Bible references: "Gen. 1:1" is "Genesis one, verse one", "1 Cor. 13:4-7" "First Corinthians
thirteen, verses four to seven", "Ps. 23" "Psalm 23" (its number the numbers' step's).

Read before abbreviations, which took "Gen." for "General" and "Rev." for "Reverend", and before the
numbers, where espeak-ng said "twenty-three colon four".
"""

from __future__ import annotations

import re

from audiobook.text.normalize.numbers import cardinal

# each book's spoken name, and how books write it short (with or without a full stop); two-letter forms that are
# English words ("Is", "Am") are left out
_BOOKS = {
    "Genesis": "Gen Gn", "Exodus": "Exod Exo Ex", "Leviticus": "Lev Lv", "Numbers": "Num Numb Nm",
    "Deuteronomy": "Deut Dt", "Joshua": "Josh Jos", "Judges": "Judg Jdg Jgs", "Ruth": "Ru", "Samuel": "Sam Sm",
    "Kings": "Kgs Kin", "Chronicles": "Chron Chr", "Ezra": "Ezr", "Nehemiah": "Neh", "Esther": "Esth Est",
    "Job": "Jb", "Psalm": "Psalms Ps Psa Pss", "Proverbs": "Prov Prv", "Ecclesiastes": "Eccles Eccl Ecc Qoh",
    "Song of Solomon": "", "Isaiah": "Isa", "Jeremiah": "Jer", "Lamentations": "Lam",
    "Ezekiel": "Ezek Eze", "Daniel": "Dan Dn", "Hosea": "Hos", "Joel": "Jl", "Amos": "", "Obadiah": "Obad",
    "Jonah": "Jon", "Micah": "Mic", "Nahum": "Nah", "Habakkuk": "Hab", "Zephaniah": "Zeph", "Haggai": "Hag",
    "Zechariah": "Zech", "Malachi": "Mal", "Matthew": "Matt Mt", "Mark": "Mk", "Luke": "Lk", "John": "Jn",
    "Acts": "", "Romans": "Rom", "Corinthians": "Cor", "Galatians": "Gal", "Ephesians": "Eph",
    "Philippians": "Phil Php", "Colossians": "Col", "Thessalonians": "Thess", "Timothy": "Tim", "Titus": "Tit",
    "Philemon": "Philem Phlm", "Hebrews": "Heb", "James": "Jas", "Peter": "Pet", "Jude": "", "Revelation": "Rev",
}
_SPOKEN = {written: name for name, shorts in _BOOKS.items() for written in (name, *shorts.split())}
_SPOKEN["Psalms"] = "Psalms"  # written out in the plural, it stays so
_SPOKEN["Song of Songs"] = "Song of Songs"
_NUMBERED = {"1": "First", "2": "Second", "3": "Third", "I": "First", "II": "Second", "III": "Third",
             "1st": "First", "2nd": "Second", "3rd": "Third", "First": "First", "Second": "Second", "Third": "Third"}
_CHAPTER_VERSE = re.compile(r"\d:\d")
_REFERENCE = re.compile(
    rf"\b(?:({'|'.join(sorted(_NUMBERED, key=len, reverse=True))})\s)?"
    rf"({'|'.join(re.escape(written) for written in sorted(_SPOKEN, key=len, reverse=True))})\.?\s"
    r"(\d{1,3}):(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?(?![\d:])")


# a chapter without its verse, after a short name and its stop ("Ps. 23", "1 Cor. 13", "Rev. 21"; espeak-ng read
# "Ps", "General three", "Reverend twenty-one"); not the names a person may have ("Josh. 3 days later") nor the
# short forms of other words ("Ex. 3", an example; "Num. 5", a number; "Est. 1850", established)
_CHAPTER_SHORTS = ("Gen Gn Exod Lev Deut Judg Kgs Chron Neh Esth Ps Psa Pss Prov Eccl Eccles Isa Jer Lam Ezek Hos "
                   "Obad Mic Hab Zeph Hag Zech Matt Mk Lk Jn Rom Cor Gal Eph Philem Col Thess Heb Rev").split()
_CHAPTER = re.compile(rf"\b(?:({'|'.join(sorted(_NUMBERED, key=len, reverse=True))})\s)?"
                      rf"({'|'.join(sorted(_CHAPTER_SHORTS, key=len, reverse=True))})\.\s(\d{{1,3}})(?![\w:]|[.,]\d)")
_STOP_THEN_NUMBER = re.compile(r"\.\s\d")  # what every such chapter has: most text skips the names' scan


def bible_references(text: str, language: str) -> str:
    """English "Book chapter:verse" references, and "Book chapter" after a short name, spoken as a reader says
    them."""
    if language != "en":
        return text

    def book(number: str | None, written: str) -> str:
        return f"{_NUMBERED[number]} {_SPOKEN[written]}" if number else _SPOKEN[written]

    def say(match: re.Match[str]) -> str:
        number, written, chapter, verse, last = match.groups()
        verses = (f"verses {cardinal(int(verse), 'en')} to {cardinal(int(last), 'en')}" if last
                  else f"verse {cardinal(int(verse), 'en')}")
        return f"{book(number, written)} {cardinal(int(chapter), 'en')}, {verses}"

    if _CHAPTER_VERSE.search(text):  # the book names are many: look for "1:1" first
        text = _REFERENCE.sub(say, text)
    if _STOP_THEN_NUMBER.search(text):
        text = _CHAPTER.sub(lambda match: f"{book(match.group(1), match.group(2))} {match.group(3)}", text)
    return text
