"""The case a Russian or Polish preposition gives the count after it.

num2words says a number in the nominative: espeak-ng then read "с пять до десять человек", "около
двадцать лодок", "od pięć do dziesięć osób", "o trzy statkach", where a listener hears "с пяти до
десяти", "около двадцати", "od pięciu do dziesięciu", "o trzech statkach". A preposition that always
governs one case gives it (до, от, без, около: the genitive; к: the dative; о, при: the prepositional);
one that governs two (в, на, с, за, под; w, na, o, z, za) gives the oblique one only where the noun
after the count shows it by its plural ending ("в 2 километрах", "z 5 osobami"), else the count stays
as it is ("в 5 часов", "na 3 dni"). Russian counts come from num2words' cases; Polish ones, which
num2words does not decline, from the tables below (up to 999; larger counts stay in the nominative).
"""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

from audiobook.text.normalize.common import word_before
from audiobook.text.normalize.numbers import HUGE
from audiobook.text.normalize.prepositions import DATIVE, GENITIVE, INSTRUMENTAL, LOCATIVE, ONE_CASE, TWO_CASES

# "с 5 до 10", "z 5 do 10": "from", in the genitive, when the range's "to" follows
_FROM = {"ru": frozenset({"с", "со"}), "pl": frozenset({"z", "ze"})}
_RANGE_TO = {"ru": "до", "pl": "do"}
CASED_LANGUAGES = frozenset(ONE_CASE)
PREPOSITIONS = {language: frozenset(ONE_CASE[language]) | frozenset(TWO_CASES[language]) for language in ONE_CASE}


def case_after(before: str | None, following: str | None, language: str) -> str | None:
    """The oblique case a count takes after the word `before`, with `following` the word after it
    (None: the nominative, or a case this does not tell)."""
    if language not in ONE_CASE or not before:
        return None
    preposition, word = before.lower(), (following or "").lower()
    if case := ONE_CASE[language].get(preposition):
        return case
    if preposition in _FROM[language] and word == _RANGE_TO[language]:
        return GENITIVE
    return next((case for endings, case in TWO_CASES[language].get(preposition, ()) if word.endswith(endings)), None)


# the second count of "между 5 и 10", "między 5 a 10": in the instrumental "между" gives the first ("между пятью и
# десятью километрами", "między pięcioma a dziesięcioma"), which "и", "a" do not change
_BETWEEN_AND = {"ru": re.compile(r"(?<!\w)[Мм]ежду\s+(?:[^\s,;:.!?]+\s+){1,5}и\s+$"),
                "pl": re.compile(r"(?<!\w)(?:[Pp]o)?[Mm]iędzy\s+(?:[^\s,;:.!?]+\s+){1,5}[ai]\s+$")}
_BETWEEN_WORD = {"ru": "между", "pl": "między"}


def preposition_before(text: str, position: int, language: str) -> str | None:
    """The word whose case a count at `position` takes: the word before it, or "между" for the second count of
    "между 5 и 10" (and Polish "między 5 a 10")."""
    before = word_before(text, position)
    if (language in _BETWEEN_AND and before in {"и", "a", "i"}
            and _BETWEEN_AND[language].search(text, max(0, position - 80), position)):
        return _BETWEEN_WORD[language]
    return before


def singular_case_after(before: str | None, noun: str, language: str) -> str | None:
    """The case a count of one takes (its noun singular): as `case_after`, and the prepositional after в, во,
    на where the noun ends in -е or -и, a singular's prepositional ("в 1 городе", "в 1 тетради")."""
    case = case_after(before, noun, language)
    if case is None and language == "ru" and (before or "").lower() in _RUSSIAN_IN_ON and noun.endswith(("е", "и")):
        return LOCATIVE
    return case


_RUSSIAN_IN_ON = frozenset({"в", "во", "на"})


# Polish counts in the oblique cases: the genitive, dative and locative share a form from five up
_PL_UNITS = {  # genitive, dative, instrumental, locative
    2: ("dwóch", "dwóm", "dwoma", "dwóch"), 3: ("trzech", "trzem", "trzema", "trzech"),
    4: ("czterech", "czterem", "czterema", "czterech"),
}
_PL_STEMS = {5: "pięci", 6: "sześci", 7: "siedmi", 8: "ośmi", 9: "dziewięci", 10: "dziesięci", 11: "jedenast",
             12: "dwunast", 13: "trzynast", 14: "czternast", 15: "piętnast", 16: "szesnast", 17: "siedemnast",
             18: "osiemnast", 19: "dziewiętnast", 20: "dwudziest", 30: "trzydziest", 40: "czterdziest",
             50: "pięćdziesięci", 60: "sześćdziesięci", 70: "siedemdziesięci", 80: "osiemdziesięci",
             90: "dziewięćdziesięci"}
_PL_HUNDREDS = {100: ("stu", "stoma"), 200: ("dwustu", "dwustoma"), 300: ("trzystu", "trzystoma"),
                400: ("czterystu", "czterystoma"), **{hundreds: (form, form) for hundreds, form in (
                    (500, "pięciuset"), (600, "sześciuset"), (700, "siedmiuset"), (800, "ośmiuset"),
                    (900, "dziewięciuset"))}}
_PL_CASE_INDEX = {GENITIVE: 0, DATIVE: 1, INSTRUMENTAL: 2, LOCATIVE: 3}


def _polish_part(number: int, case: str) -> str:
    """A Polish number from 2 to 99 in an oblique case ("pięciu", "dwudziestu trzech", "pięcioma")."""
    if number in _PL_UNITS:
        return _PL_UNITS[number][_PL_CASE_INDEX[case]]
    if number in _PL_STEMS:
        return _PL_STEMS[number] + ("oma" if case == INSTRUMENTAL else "u")
    tens, ones = divmod(number, 10)
    return f"{_polish_part(tens * 10, case)} {_polish_part(ones, case) if ones > 1 else 'jeden'}"


@lru_cache(maxsize=2048)
def cardinal_in_case(number: int, case: str, language: str, feminine: bool = False) -> str | None:
    """`number` in words in `case` ("пяти", "двадцатью пятью", "pięciu", "trzech", "stoma dwudziestoma"; Russian
    "одной" for a `feminine` noun); None where the form is not known (Polish 1 and counts from 1000)."""
    if language == "ru":
        return num2words(number, lang="ru", case=case, gender="f" if feminine else "m") if number < HUGE else None
    if language != "pl" or not 2 <= number <= 999:
        return None
    hundreds, rest = divmod(number, 100)
    parts = []
    if hundreds:
        parts.append(_PL_HUNDREDS[hundreds * 100][case == INSTRUMENTAL])
    if rest == 1:
        return None  # "stu jeden": the one agrees with the noun, as this does not know
    if rest:
        parts.append(_polish_part(rest, case))
    return " ".join(parts)


# Polish nouns for men (or people) in the genitive plural, after which a count takes its masculine-personal form:
# "pięciu mężczyzn", "dwóch studentów", "dwudziestu dwóch żołnierzy" ("pięć mężczyzn", "dwa studentów" were heard)
_POLISH_PERSONAL = frozenset("mężczyzn ludzi chłopców studentów żołnierzy pracowników uczniów robotników mieszkańców "
                             "Polaków nauczycieli lekarzy policjantów pasażerów gości braci synów panów kolegów "
                             "przyjaciół autorów członków zawodników graczy turystów sędziów posłów księży rycerzy "
                             "oficerów marynarzy górników chłopów".split())
# the collective numerals children and some nouns only take: "dwoje dzieci", "двое детей", "трое суток"
_COLLECTIVE = {"pl": ({"dzieci", "drzwi", "oczu", "uszu"}, dict(zip(range(2, 11), (
                   "dwoje troje czworo pięcioro sześcioro siedmioro ośmioro dziewięcioro dziesięcioro".split())))),
               "ru": ({"детей", "суток", "ребят", "ножниц", "саней"}, dict(zip(range(2, 8), (
                   "двое трое четверо пятеро шестеро семеро".split()))))}


def persons_counted(number: int, noun: str, language: str) -> str | None:
    """A count in the form a noun for persons or a plural-only noun asks (see `_POLISH_PERSONAL`, `_COLLECTIVE`),
    or None for any other noun."""
    if language in _COLLECTIVE and noun in _COLLECTIVE[language][0] and number in _COLLECTIVE[language][1]:
        return _COLLECTIVE[language][1][number]
    if language == "pl" and noun in _POLISH_PERSONAL and number >= 2:
        return cardinal_in_case(number, GENITIVE, "pl")
    return None
