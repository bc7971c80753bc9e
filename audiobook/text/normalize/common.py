"""What the normalization steps share: number notation per language, Roman numeral values,
the word before a position, and ordinals put in a gender or case (feminine, Polish and Russian cases)."""

from __future__ import annotations

import re
from functools import lru_cache

from audiobook.text.normalize.tables import NUMBERED_PARTS, NUMBERED_PARTS_OBLIQUE, NUMBERED_PARTS_PLURAL

SPACES = " \u00a0\u202f"
_DOT_GROUPED = {"de", "es", "it", "pt", "ca", "nl"}
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def number_pattern(language: str) -> str:
    """An unsigned number in the language's notation: groups (1) whole, (2) fraction."""
    if language == "en":
        return r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    if language in _DOT_GROUPED:
        return r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?"
    return rf"(\d{{1,3}}(?:[{SPACES}]\d{{3}})+(?!\d)|\d+)(?:,(\d+))?"


def whole_number(digits: str) -> int:
    return int(re.sub(rf"[.,{SPACES}]", "", digits))


def roman_value(numeral: str) -> int | None:
    if not numeral or not _ROMAN.fullmatch(numeral):
        return None
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def feminine(words: str, language: str) -> str:
    if language == "fr":
        return "première" if words == "premier" else words
    if language == "ca":
        return words[:-1] + "ena" if words.endswith("è") else words + "a"
    if language == "pl":  # "druga", "trzecia", every word of a compound: "dwudziesta pierwsza"
        return polish_case(words, "a")
    if language == "ru":  # "вторая", "третья", "первая"
        return words[:-2] + "ья" if words.endswith("ий") else words[:-2] + "ая" if words.endswith(("ый", "ой")) else words
    # every word of a Spanish or Portuguese compound: "vigésima tercera", "décima terceira" (was "vigésimo tercera")
    return " ".join(word[:-1] + "a" if word.endswith("o") else word for word in words.split())


_SPANISH_SHORT = {"primero": "primer", "tercero": "tercer"}


def spanish_before_noun(words: str) -> str:
    """A Spanish ordinal before a masculine noun: "primero", "tercero" lose their "-o" ("el tercer piso", "el vigésimo
    tercer congreso")."""
    head, _, last = words.rpartition(" ")
    return f"{head} {_SPANISH_SHORT.get(last, last)}".lstrip()


@lru_cache(maxsize=16)
def part_words(language: str) -> frozenset[str]:
    """The division words a number after them labels, singular and plural ("chapter", "chapters"), and the
    singular's other cases where a language declines it ("w rozdziale")."""
    return frozenset(NUMBERED_PARTS[language] + NUMBERED_PARTS_PLURAL[language]
                     + NUMBERED_PARTS_OBLIQUE.get(language, ()))


_OPENING_MARKS = "([{\"'«“‘"


def word_before(text: str, position: int) -> str | None:
    """The word that ends in the spaces just before `position` (opening brackets and quotes left off);
    None when no space separates them."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == position:
        return None
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_OPENING_MARKS)


_RU_THIRD = {"ая": "третья", "ое": "третье", "ого": "третьего", "ому": "третьему", "ом": "третьем", "ую": "третью",
             "ых": "третьих", "ым": "третьим", "ой": "третьей"}


def ru_ordinal(words: str, ending: str | None) -> str:
    """The ordinal's last word (the only one that declines) with `ending` ("ая", "ого", "ом", "ых", "ым", a feminine's
    "ой")."""
    if not ending:
        return words
    head, _, last = words.rpartition(" ")
    if last == "третий":
        last = _RU_THIRD[ending]
    elif last.endswith(("ый", "ой")):
        last = last[:-2] + ending
    return f"{head} {last}" if head else last


def polish_case(words: str, ending: str) -> str:
    """Every word of a Polish ordinal (num2words' masculine nominative) with `ending`: the genitive "ego", the locative
    "ym", the feminine "ej", "a", "ą", the neuter "e", the plural "ych" ("dwudziestego trzeciego", "o dwunastej",
    "trzecia", "druga", "drugie", "trzecich"); a word that is no ordinal ("sto" in "sto pierwszy") is left."""
    def one(word: str) -> str:
        if word.endswith("y") or ending in {"a", "ą"} and word.endswith(("gi", "ki")):  # "drugi": "druga"
            return word[:-1] + ending
        if word.endswith("i"):  # "trzeci": "trzeciego", "trzecim", "trzecia", "drugie"
            return word + ending.removeprefix("y")
        return word
    return " ".join(one(word) for word in words.split())


def closing_stop(match: re.Match[str]) -> str:
    """"." when the full stop a match ends with ("6d.", "9 P.M.") also ends its sentence: at the text's
    end, or before a capital or a digit; else "" (the expansion takes the stop with it)."""
    rest = match.string[match.end():].lstrip()
    return "." if match.group(0).endswith(".") and (not rest or rest[:1].isupper() or rest[:1].isdigit()) else ""
