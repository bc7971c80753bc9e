"""A Polish or Russian fraction in the case the preposition before it asks: "около 1/3 людей" is "около одной трети
людей", "w 2/3 przypadków" "w dwóch trzecich przypadków", "к 2/5" "к двум пятым" (they were in the nominative:
"около одна треть", "w dwie trzecie").

The noun after a fraction is always in the genitive, so it cannot show the case as it does after a count
(`cases.case_after`); a preposition that always governs one case gives it, and "в", "w" the prepositional, as a
share of something is said ("в двух третях случаев"). Polish "pół" and "ćwierć" are not declined after a preposition
("około pół godziny").
"""

from __future__ import annotations

from audiobook.text.normalize.cases import (
    DATIVE,
    INSTRUMENTAL,
    LOCATIVE,
    cardinal_in_case,
    case_after,
    preposition_before,
)
from audiobook.text.normalize.common import polish_case, ru_ordinal
from audiobook.text.normalize.numbers import cardinal, ordinal

SIGNS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3)}
_IN = {"ru": {"в": LOCATIVE, "во": LOCATIVE}, "pl": {"w": LOCATIVE, "we": LOCATIVE}}
# Russian's fractions that are nouns (половина, четверть, треть), by case; the genitive where no other is given
_RU_NOUNS = {(1, 2): {"": "половины", DATIVE: "половине", INSTRUMENTAL: "половиной", LOCATIVE: "половине"},
             (1, 4): {"": "четверти", INSTRUMENTAL: "четвертью"},
             (3, 4): {"": "трёх четвертей", DATIVE: "трём четвертям", INSTRUMENTAL: "тремя четвертями",
                      LOCATIVE: "трёх четвертях"},
             (1, 3): {"": "одной трети", INSTRUMENTAL: "одной третью"},
             (2, 3): {"": "двух третей", DATIVE: "двум третям", INSTRUMENTAL: "двумя третями",
                      LOCATIVE: "двух третях"}}
# an ordinal's ending after a numerator of one and of more, by case (the genitive where no other is given)
_ENDINGS = {"ru": ({"": "ой"}, {"": "ых", DATIVE: "ым", INSTRUMENTAL: "ыми"}),
            "pl": ({"": "ej", INSTRUMENTAL: "ą"}, {"": "ych", DATIVE: "ym", INSTRUMENTAL: "ymi"})}


def fraction_case(text: str, position: int, language: str) -> str | None:
    """The oblique case the word before the fraction at `position` asks, or None (see the module's docstring)."""
    before = preposition_before(text, position, language)
    if not before:
        return None
    before = before.lower()
    return case_after(before, None, language) or _IN[language].get(before)


def declined_fraction(numerator: int, denominator: int, language: str, case: str | None) -> str:
    """A Polish or Russian fraction in words, in `case` (None: the nominative, where the numerator is feminine and
    the denominator's ordinal takes the form its count asks: "jedna ósma", "dwie ósme", "pięć ósmych", "одна
    восьмая", "две восьмых")."""
    if case and (said := fraction_in_case(numerator, denominator, case, language)):
        return said
    base = ordinal(denominator, language)
    if language == "pl":
        part = polish_case(base, "a" if numerator == 1 else "e" if numerator < 5 else "ych")
    else:
        part = ru_ordinal(base, "ая" if numerator == 1 else "ых")
    return f"{cardinal(numerator, language, feminine=True)} {part}"


def fraction_in_case(numerator: int, denominator: int, case: str, language: str) -> str | None:
    """"одной пятой", "двух третей", "dwóch trzecich", "jedną piątą"; None where the fraction is not declined."""
    if language == "ru" and (numerator, denominator) in _RU_NOUNS:
        forms = _RU_NOUNS[numerator, denominator]
        return forms.get(case, forms[""])
    if language == "pl" and denominator in (2, 4) and numerator == 1:
        return None
    endings = _ENDINGS[language][numerator > 1]
    ending = endings.get(case, endings[""])
    if language == "ru":
        count = cardinal_in_case(numerator, case, language, feminine=True)
        return f"{count} {ru_ordinal(ordinal(denominator, language), ending)}" if count else None
    if numerator == 1:
        count = "jedną" if case == INSTRUMENTAL else "jednej"
    elif not (count := cardinal_in_case(numerator, case, language)):
        return None
    if case == INSTRUMENTAL and count.endswith("dwoma"):  # a feminine's "dwiema"
        count = count[:-5] + "dwiema"
    return f"{count} {polish_case(ordinal(denominator, language), ending)}"
