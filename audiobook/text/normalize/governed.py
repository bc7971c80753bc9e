"""A Russian or Polish count and its noun in the case the word before them governs: "около 40%" "около сорока
процентов", "между 5 и 10 км" "между пятью и десятью километрами", "в 5 км от города" "в пяти километрах от
города" (num2words says the nominative); and the full stop an abbreviated noun after a count keeps where it also
ends the sentence ("12 руб.")."""

from __future__ import annotations

import re

from audiobook.text.normalize.cases import (
    CASED_LANGUAGES,
    GENITIVE,
    INSTRUMENTAL,
    LOCATIVE,
    cardinal_in_case,
    case_after,
    preposition_before,
)
from audiobook.text.normalize.common import closing_stop

_NEXT_WORD = re.compile(r"\s*(\S+)")
# a distance "from" a place after Russian "в", in the prepositional: "в 5 км от города" "в пяти километрах от
# города", "в 21 км к северу от" "в двадцати одном километре" (it was "в пять километров от")
_RU_DISTANCES = frozenset({"километр", "метр"})
_RU_FROM_A_PLACE = re.compile(r"\s+(?:от|к\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|"
                              r"юго-западу))(?!\w)")


def in_governed_case(count: int, forms: tuple[str, ...], amount: re.Match[str], language: str,
                     feminine: bool = False) -> str | None:
    """A Russian or Polish count and its unit in the case the preposition before them asks: the genitive, "около
    40%" "около сорока процентов", "более 3 км" "более трёх километров", "do 50 kg" "do pięćdziesięciu
    kilogramów" (they were in the nominative: "около сорок процентов"); in the instrumental after "между",
    "między" ("между 5 и 10 км" "между пятью и десятью километрами"); a distance from a place after "в" in the
    prepositional ("в 5 км от города" "в пяти километрах"); None elsewhere."""
    if language not in CASED_LANGUAGES:
        return None
    following = _NEXT_WORD.match(amount.string, amount.end())
    before = preposition_before(amount.string, amount.start(), language)
    case = case_after(before, following.group(1) if following else None, language)
    if (case is None and language == "ru" and forms[0] in _RU_DISTANCES and (before or "").lower() in {"в", "во"}
            and _RU_FROM_A_PLACE.match(amount.string, amount.end())
            and (words := cardinal_in_case(count, LOCATIVE, language))):
        return f"{words} {forms[0]}{'е' if count % 10 == 1 and count % 100 != 11 else 'ах'}"
    if case == INSTRUMENTAL and count % 10 != 1 and (noun := _instrumental_plural(forms[0], language)):
        words = cardinal_in_case(count, INSTRUMENTAL, language, feminine)
        return f"{words} {noun}" if words else None
    if case != GENITIVE or (words := cardinal_in_case(count, GENITIVE, language, feminine)) is None:
        return None
    singular = language == "ru" and count % 10 == 1 and count % 100 != 11  # "двадцати одного процента"
    return f"{words} {forms[1] if singular else forms[2]}"


def _instrumental_plural(noun: str, language: str) -> str | None:
    """A Russian or Polish unit's instrumental plural from its nominative singular ("километр" "километрами",
    "рубль" "рублями", "тысяча" "тысячами", "kilogram" "kilogramami"); None for one this does not decline."""
    word, _, rest = noun.partition(" ")  # "километр в час": "километрами в час"
    soft = "ь" if language == "ru" else ""
    if word.endswith(("а", "a")):
        stem, ending = word[:-1], "ами" if language == "ru" else "ami"
    elif soft and word.endswith(soft):
        stem, ending = word[:-1], "ями"
    elif word[-1:].isalpha() and word[-1] not in "аеёиоуыэюяьйaeiouyąęó":
        stem, ending = word, "ами" if language == "ru" else "ami"
    else:
        return None
    return f"{stem}{ending} {rest}".rstrip()


def stop_after(amount: re.Match[str]) -> str:
    """The full stop of "12 руб.", "2 тыс." where it ends the sentence too; not in "3 руб. 50 коп.", one amount."""
    return "" if amount.string[amount.end():].lstrip()[:1].isdigit() else closing_stop(amount)
