"""A chapter's number in Roman numerals, read as a number where the book sets it as a heading.

"I" over a chapter was read as the pronoun, the next chapter's "II" as "two"; "I: The Keeper" and
"XIV — Night" were read as letters. In a heading, a block that is only a numeral, or a spoken chapter
title, a numeral that opens it before a stop, a colon or a dash, or ends it after a comma ("The Copper
Key, I"), is a number. A lone "C", "L", "D" or "M" is one too ("C" over a novel's hundredth chapter).

But a glossary's, an index's or an alphabet's sections are headed by letters (A, B, C...): there "C" is
the letter, not a hundred, and "I" is the letter too. A chapter with a lone capital that is no numeral
(A, B, E..., without a stop: "J." signs a letter) reads its lone capitals as letters; so does every
chapter of a book that has such letters and no lone numeral of two letters or more (II, IV...), an
alphabet book made a letter a chapter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobook.models import Chapter
from audiobook.text.normalize.common import feminine as feminine_form
from audiobook.text.normalize.common import part_words, roman_value
from audiobook.text.normalize.dates import EN_MONTHS, MONTH_NAMES
from audiobook.text.normalize.numbers import cardinal, ordinal

_LONE = re.compile(r"\s*([A-Z]|[IVXLCDM]+)[.:]?\s*")  # "I", "IV.", "C", "A": the whole text
_LONE_MAX = 12  # longer texts are not checked
_NUMERALS = frozenset("IVXLCDM")
# a numeral that opens a heading before its title: "I. Night Falls", "XIV: Night", "I — The Storm"; a lone
# letter L, C, D or M before a stop is an outline's ("C. Methods"), "I, Claudius" is the pronoun, and "V. I. Lenin"
# a name's initials
_OPENING = re.compile(r"([IVX][IVXLC]*|[LC][IVXLC]+)(?=\s*[.:—–]\s*\S|\s+[—–]\s)(?!\.\s*[A-Z]\.)")
_CLOSING = re.compile(r"(?<=,\s)([IVX][IVXLC]*)(?=\.?\s*$)")  # a part's number after its story's title


def lone_capital(text: str) -> str | None:
    """The numeral or capital letter that is all of `text` ("IV.", "C", "A"), else None."""
    if len(text) > _LONE_MAX:
        return None
    match = _LONE.fullmatch(text)
    return match.group(1) if match else None


def lettered_chapters(chapters: Sequence[Chapter]) -> frozenset[int]:
    """The positions of the chapters whose lone capitals are letters, not numerals (see the module)."""
    lettered: set[int] = set()
    numerals = False
    for position, chapter in enumerate(chapters):
        for block in chapter.blocks:
            capital = lone_capital(block.text)
            if capital is None:
                continue
            if len(capital) > 1:
                numerals = numerals or roman_value(capital) is not None
            elif capital not in _NUMERALS and block.text.strip() == capital:  # not a letter's signature, "J."
                lettered.add(position)
    return frozenset(range(len(chapters))) if lettered and not numerals else frozenset(lettered)


def lone_numeral_said(text: str, language: str, lettered: bool) -> str | None:
    """What a narrator says for a text that is only a numeral or a capital: the number ("one" for "I"), or the
    letter as written in a lettered chapter; None for any other text."""
    capital = lone_capital(text)
    if capital is None:
        return None
    if lettered and len(capital) == 1:
        return capital
    value = roman_value(capital)
    return None if value is None else cardinal(value, language)


# a Polish or Russian heading's division word and its number, which is said as an ordinal in the word's gender
# ("Глава 1" "Глава первая", "Rozdział II" "Rozdział drugi"; "Глава один" was heard, as a count's)
_SLAVIC_LABELS = {"ru": {"глава": True, "часть": True, "книга": True, "том": False, "раздел": False},
                  "pl": {"rozdział": False, "część": True, "księga": True, "tom": False}}
_SLAVIC_LABEL = re.compile(r"^\s*(\w+)\s+(\d{1,3}|[IVXLC]+)(?=$|[\s.:—–-])")


def _slavic_label(text: str, language: str) -> str:
    match = _SLAVIC_LABEL.match(text)
    if match is None or (feminine := _SLAVIC_LABELS[language].get(match.group(1).lower())) is None:
        return text
    number = match.group(2)
    value = int(number) if number.isdigit() else roman_value(number)
    if not value:
        return text
    words = ordinal(value, language)
    if feminine:  # "двадцать первая", "dwudziesta pierwsza"
        words = feminine_form(words, language)
    return f"{text[:match.start(2)]}{words}{text[match.end():]}"


# a numeral in small letters, alone or after a division word, the heading's whole or before a stop and a title:
# "Chapter iv", "xiv.", "ii. The Storm" (espeak-ng said "Chapter eye vee")
_LOWER_NUMERAL = re.compile(r"(?:(?P<word>[^\W\d_]+)\s+)?(?P<numeral>[ivxlc]+)(?=\.?\s*$|\s*[.:—–]\s)")
_COUNT_OPENING = re.compile(r"(\d{1,3})\s+(?=[^\W\d_])")  # "1 The Chain": a number, then the title, nothing between
_COUNT_MIN = 3  # chapters whose titles count so, at least: "12 Angry Men" alone is a title, not a count
_COUNT_LOOKS_AT = 2  # a chapter's first blocks: its heading, or a part's heading over it
_MONTHS = frozenset(name.lower() for names in (*MONTH_NAMES.values(), " ".join(EN_MONTHS)) for name in names.split())


def counted_chapters(chapters: Sequence[Chapter]) -> dict[int, int]:
    """The positions of the chapters whose heading opens with their number in a count the book's headings keep
    ("1 The Chain", "2 Low Water", "3 Gulls"), nothing between number and title, where a narrator pauses; each
    with the index of that heading among its blocks (a part's heading may open the chapter above it)."""
    numbers: dict[int, tuple[int, int]] = {}
    for position, chapter in enumerate(chapters):
        for index, block in enumerate(chapter.blocks[:_COUNT_LOOKS_AT]):
            if not (block.kind == "heading" or block.look):
                break
            if (match := _COUNT_OPENING.match(block.text)) and block.text[match.end():].split(maxsplit=1)[0].strip(
                    ".,").lower() not in _MONTHS:  # (not a diary's "1 January")
                numbers[position] = (int(match.group(1)), index)
                break
    found = sorted(numbers)
    counting = {position for before, after in zip(found, found[1:]) if numbers[after][0] == numbers[before][0] + 1
                for position in (before, after)}
    return {position: numbers[position][1] for position in counting} if len(counting) >= _COUNT_MIN else {}


def numbered_heading(text: str, language: str, counted: bool = False) -> str:
    """A heading's or a spoken title's opening or closing numeral as a number: "I. Night Falls" is "One. Night
    Falls", "The Copper Key, I" is "The Copper Key, one"; a Polish or Russian division's number as an ordinal
    ("Глава 1" "Глава первая"); a chapter's number in a count (`counted_chapters`) with a stop after it ("1 The
    Chain" is "1. The Chain", not "one The Chain" run on)."""
    if counted and (count := _COUNT_OPENING.match(text)):
        text = f"{count.group(1)}. {text[count.end():]}"
    if (lower := _LOWER_NUMERAL.match(text)) and roman_value(numeral := lower.group("numeral").upper()) and (
            (lower.group("word").lower() in part_words(language)) if lower.group("word") else (
                len(numeral) > 1 or numeral in "IVX")):
        if not lower.group("word") and text.strip(" .") == lower.group("numeral"):
            return cardinal(roman_value(numeral) or 0, language)  # "i." alone: one, never the pronoun
        text = f"{text[:lower.start('numeral')]}{numeral}{text[lower.end('numeral'):]}"  # "Chapter iv": "Chapter IV"
    if language in _SLAVIC_LABELS:
        text = _slavic_label(text, language)
    if opening := _OPENING.match(text):
        value = roman_value(opening.group(1))
        if value is not None:
            words = cardinal(value, language)
            text = f"{words[:1].upper()}{words[1:]}{text[opening.end():]}"
    if text[-1:] in _NUMERALS or text[-2:-1] in _NUMERALS:
        if (closing := _CLOSING.search(text)) and (value := roman_value(closing.group(1))) is not None:
            text = f"{text[:closing.start()]}{cardinal(value, language)}{text[closing.end():]}"
    return text
