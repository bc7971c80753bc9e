"""Amounts: units (after a fraction too), hours, minutes and seconds, percentages, "~" and comparisons before a
number, English decades and fractions, fractions in each language (money is `money`'s, ranges are `ranges`')."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audiobook.text.normalize.agreement import (
    ELIDED_OF,
    ROMANCE,
    before_its_noun,
    is_feminine,
    of_before,
    one_and_a_half,
    romance_count,
)
from audiobook.text.normalize.cases import CASED_LANGUAGES, case_after
from audiobook.text.normalize.common import closing_stop, number_pattern, whole_number, word_before
from audiobook.text.normalize.dates import YEAR_PREPOSITIONS
from audiobook.text.normalize.fraction_cases import SIGNS, declined_fraction, fraction_case, fraction_in_case
from audiobook.text.normalize.governed import in_governed_case, stop_after
from audiobook.text.normalize.money import SCALE_SUFFIXES, SUFFIX_CODES
from audiobook.text.normalize.numbers import MINUS as WORDS_MINUS
from audiobook.text.normalize.numbers import (
    cardinal,
    currency_forms,
    decimal,
    ordinal,
    plural_form,
    year,
)
from audiobook.text.normalize.tables import (
    ABOUT,
    APPROXIMATELY,
    COMPARISONS,
    FEMININE_UNITS,
    FEMININE_UNITS_BY_LANGUAGE,
    FRACTIONS,
    PLUS_MINUS,
    RU_PERCENT,
    SWEDISH_NEUTER_UNITS,
    TIME_UNITS,
    UNIT_ONE,
    UNITS,
    WORDS,
)


@lru_cache(maxsize=16)
def _minus_before_unit(language: str) -> re.Pattern[str]:
    """A minus sign before an amount with its unit, where it opens a word: "-3 kg", "(−2 pts)"."""
    names = "|".join(re.escape(unit) for unit in sorted(UNITS[language], key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s(\[]))[-−](?=\d[\d.,]*\s?(?:{names})(?![\w/'’]))")


_MINUS_BEFORE_FIGURE = re.compile(r"(?:^|[\s(\[])[-−]\d")  # `_minus_before_unit`'s quick test


@lru_cache(maxsize=16)
def _unit_pattern(language: str) -> re.Pattern[str]:
    names = "|".join(re.escape(unit) for unit in sorted(UNITS[language], key=len, reverse=True))
    # "3 lbs. of flour", "3 lbs. 4 oz.", "300 ft., then": a unit's full stop inside a sentence goes with it (before a
    # comma or semicolon too: "feet.," was heard); an English unit joined to its number by a hyphen is an adjective's
    # ("a 40-ft. mast", "a 5-km run")
    joined = r"(?:\s|-(?=[a-z]))?" if language == "en" else r"\s?"
    return re.compile(rf"(?<![\w.,]){number_pattern(language)}{joined}({names})(?![\w/'’])"
                      rf"(?:\.(?=\s+[a-zа-яё]|[,;)]|\s+\d+\s?(?:{names})(?![\w/'’])))?")


# feet and inches written with primes or quotes ("6'2\"", "6′ 2″", "12″"), and "5 ft 3 in": espeak-ng read
# "six'two\"" as "sixtwo" and dropped the inch mark; a straight quote alone after a number may close a quotation
_FEET_AND_INCHES = re.compile(r"(?<![\w.,'’])(\d{1,2})\s?['′’]\s?(\d{1,2})\s?(?:[\"″”]|'')")
_PRIMES = re.compile(r"(?<![\w.,])(\d{1,3})\s?([′″])(?!\w)")
_FT_IN = re.compile(r"(?<![\w.,])(\d{1,2})\s?ft\.?\s+(\d{1,2})\s?in\b\.?")
# feet as a straight or curly apostrophe before a word of size ("6' tall", "a wall 12’ high"), which espeak-ng read
# "six'"; elsewhere the mark may close a quotation
_FEET_BEFORE_SIZE = re.compile(r"(?<![\w.,'’‘])(\d{1,3})['’]"
                               r"(?=\s+(?:tall|high|long|wide|deep|thick|across|away|square)\b)")
# inches written "in." after a number, which is the preposition without its stop: "6 in. wide", "a 12-in. pipe"
# (not at a sentence's end: "she let 6 in.")
_INCHES = re.compile(r"(?<![\w.,])(\d{1,3})(\s|-)in\.(?=\s+[a-z]|\s*[,;)]|\s+\d)")


def _feet(number: str, unit: str, units: str, attributive: bool = False) -> str:
    return f"{cardinal(int(number), 'en')} {unit if int(number) == 1 or attributive else units}"


# a British weight in stones and pounds: "11 st 4 lb", "12st 2lbs" ("eleven st", "twelfth" were heard); not an
# ordinal ("the 1st 5 lb bag", "the 21st")
_STONES = re.compile(r"(?<![\w.,])(?![02-9]?1st\b)(\d{1,2})\s?st\.?(?=\s?\d{1,2}\s?lbs?\b)")


# a straight double quote after a number, before a word: an inch's mark, or a quotation's close ("he said \"9\" and")
_STRAIGHT_INCHES = re.compile(r'(?<![\w.,"])(\d{1,3}(?:\.\d)?)"(?=\s+[a-z])')


def _inches_marked(text: str) -> str:
    """Each number with a straight quote after it read in inches where no quotation is open before it (the quotes
    before it, inches' marks aside, are paired)."""
    inches = {match.end() - 1: match for match in _STRAIGHT_INCHES.finditer(text)}
    marks, quoting = [], False
    for quote in re.finditer('"', text):
        if quote.start() in inches and not quoting:
            marks.append(inches[quote.start()])
        else:
            quoting = not quoting
    for match in reversed(marks):
        said = _feet(match.group(1), "inch", "inches", before_its_noun(match))
        text = text[:match.start()] + said + text[match.end():]
    return text


# a recipe's cup, tablespoon and teaspoon, shortened with a stop after a count ("1 c. flour", "2 T. butter", "1 t.
# salt"; espeak-ng said "see", "tee"), as the units' step then reads them; not a century's "20th c." nor "c. 1820"
_RECIPE_MEASURE = re.compile(r"(?<![\w.,])(\d+(?:\s?[½¼¾⅓⅔⅛])?|[½¼¾⅓⅔⅛])\s?([cTt])\.(?=\s+(?:of\s+)?[a-z])")
_RECIPE_UNITS = {"c": ("cup", "cups"), "T": ("tbsp", "tbsp"), "t": ("tsp", "tsp")}


def recipe_measures(text: str, language: str) -> str:
    """English "1 c. flour" as "1 cup flour", "2 T. butter" "2 tbsp butter" (see `_RECIPE_MEASURE`)."""
    if language != "en" or not ("c." in text or "T." in text or "t." in text):
        return text

    def say(match: re.Match[str]) -> str:
        count, unit = match.group(1), match.group(2)
        one = count == "1" or count in "½¼¾⅓⅔⅛"
        return f"{count} {_RECIPE_UNITS[unit][0 if one else 1]}"

    return _RECIPE_MEASURE.sub(say, text)


def feet_and_inches(text: str, language: str) -> str:
    """English "6'2\"", "6′ 2″", "12″", "5 ft 3 in", "6 in. wide", "a 9\" plate": "six feet two inches", "twelve
    inches", "a nine inch plate"; and "11 st 4 lb": "eleven stone four pounds"."""
    if language != "en":
        return text
    if "st" in text and "lb" in text:
        text = _STONES.sub(r"\1 stone", text)
    if "'" in text or "′" in text or "″" in text or "’" in text or "ft" in text or "in." in text:
        text = _feet_marked(text)
    if '"' in text and _STRAIGHT_INCHES.search(text):  # "a 9\" pie plate", "12\" long": the mark an inch's,
        text = _inches_marked(text)  # where no quotation it would close is open (after "6'2\"")
    return text


def _feet_marked(text: str) -> str:
    def both(match: re.Match[str]) -> str:
        attributive = before_its_noun(match)  # "a 5 ft 1 in man": "a five foot one inch man"
        return (f"{_feet(match.group(1), 'foot', 'feet', attributive)} "
                f"{_feet(match.group(2), 'inch', 'inches', attributive)}")

    text = _FT_IN.sub(both, _FEET_AND_INCHES.sub(both, text))
    if "'" in text or "’" in text:
        text = _FEET_BEFORE_SIZE.sub(lambda m: _feet(m.group(1), "foot", "feet"), text)
    if "in." in text:
        text = _INCHES.sub(lambda m: _feet(m.group(1), "inch", "inches", m.group(2) == "-" or before_its_noun(m)), text)
    return _PRIMES.sub(lambda m: _feet(m.group(1), *(("foot", "feet") if m.group(2) == "′" else ("inch", "inches")),
                                       attributive=before_its_noun(m)), text)


@lru_cache(maxsize=16)
def _fraction_unit_pattern(language: str) -> re.Pattern[str]:
    names = "|".join(re.escape(unit) for unit in sorted(UNITS[language], key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(\d+\s?)?([{''.join(_VULGAR)}])\s?({names})(?![\w/'’])(?:\.(?=\s+[a-zа-яё]))?")


def _units_after_fractions(text: str, language: str) -> str:
    """A unit after a fraction sign, in the form the fraction takes ("¾ kg" is "three quarters of a
    kilogram", "drei Viertel Kilogramm", "tres cuartos de kilogramo", "два с половиной километра");
    the fraction itself is read later (`vulgar_fractions`, `decades_and_fractions`)."""
    def say(match: re.Match[str]) -> str:
        whole, sign, forms = match.group(1) or "", match.group(2), UNITS[language][match.group(3)]
        if language == "en":
            if whole:
                return f"{whole}{sign} {forms[2]}"
            fraction = _with_article(_fraction_words(*_VULGAR[sign]))
            return f"half a {forms[0]}" if sign == "½" else f"{fraction} of a {forms[0]}"
        if len(forms) > 3:  # Polish and Russian: the genitive singular ("kilograma", "километра")
            return f"{whole}{sign} {forms[3]}"
        return f"{whole}{sign} {forms[2] if whole or language not in _FRACTION_AFTER_NOUN else forms[0]}"

    return _fraction_unit_pattern(language).sub(say, text)


# "с" after a count is the preposition before a word ("5 с половиной") or a number ("в доме 7 с 1995 года", which was
# "семь секунд"), and the seconds' before a conjunction ("5 с и 10 с")
_RUSSIAN_WORD_AFTER = re.compile(r"\s+(?:(?!(?:и|или|а|но)\b)[а-яё]|\d)")


@lru_cache(maxsize=16)
def _time_unit_pattern(language: str) -> re.Pattern[str]:
    names = "|".join(re.escape(unit) for unit in sorted(TIME_UNITS[language], key=len, reverse=True))
    # (not a clock's minutes: "14:30 h" is `times`'); the full stop goes with it inside a sentence, and before the
    # next unit of one duration ("2 ч. 30 мин.", "1 Std. 20 Min.": it was "два часа. тридцать минут")
    return re.compile(rf"(?<![\w.,:])({number_pattern(language)})\s?({names})(?![\w/'’])"
                      rf"(?:\.(?=\s+[a-zа-яё]|[,;:)]|\s+\d+\s?(?:{names})(?![\w/'’])))?")


# an English decimal before "s" or "h" is seconds or hours ("9.58s" was "nine.58s"); a whole number's "5s" is
# its plural ("the 5s and 6s"), and "hr", "mins", "secs" are units of their own
_ENGLISH_DECIMAL_TIME = re.compile(r"(?<![\w.,])(\d+)\.(\d+)\s?([sh])(?![\w/])")


# a duration written in one piece, "1h20min", "2h30m", "1h 20m" (not a clock's "8h30"): its hours and minutes apart,
# which the units then read ("one hour twenty minutes", "una hora veinte minutos"; it was "1h20min", "1h twenty meters")
_COMPACT_DURATION = re.compile(r"(?<![\w.,:])(\d{1,3})\s?h\s?([0-5]?\d)\s?m(?:in)?\b(?!\.\w)")
_DURATION_UNITS = {"en": r"\1 hr \2 min", "ru": r"\1 ч \2 мин"}


# a duration in hours, minutes and seconds with colons ("lief 2:01:09", "en 2:05:30"), not a clock's time with its
# seconds ("um 14:30:15 Uhr"): its parts with the units' abbreviations, which the units then read ("zwei Stunden eine
# Minute neun Sekunden"; it was "zwei:null eins:null neun"); a part that is zero is not said (English: `clock`)
_HOURS_MINUTES_SECONDS = re.compile(r"(?<![\w:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d)"
                                    r"(?!\s?(?:Uhr|uur|h|horas?|hores|ore|heures?|godz\w*|час\w*)\b)"
                                    r"(?:\s?Std\b(?:\.(?=\s*[,;:)]|\s+[a-zäöü]))?)?")  # "2:01:09 Std.": said once
_HMS_UNITS = {"fr": ("heures", "min", "s"), "nl": ("u", "min", "s"), "ru": ("ч", "мин", "сек")}


def compact_durations(text: str, language: str) -> str:
    """"1h20min" as "1 h 20 min", "2:01:09" as "2 h 1 min 9 s", before the units are read (see
    `_COMPACT_DURATION`, `_HOURS_MINUTES_SECONDS`)."""
    if language != "en" and text.count(":") > 1:
        units = _HMS_UNITS.get(language, ("h", "min", "s"))
        text = _HOURS_MINUTES_SECONDS.sub(lambda match: " ".join(
            f"{int(amount)} {unit.removesuffix('s') if unit == 'heures' and int(amount) == 1 else unit}"
            for amount, unit in zip(match.groups(), units) if int(amount)) or "0", text)
    if "h" not in text:
        return text
    return _COMPACT_DURATION.sub(_DURATION_UNITS.get(language, r"\1 h \2 min"), text)


def time_units(text: str, language: str) -> str:
    """"3 h", "5 min", "10 s" as the nouns ("3 Stunden", "5 minut"), which the count then agrees with
    (`_numbers`: "drei Stunden", "pięć minut", "una hora"); English has its own ("hr", "mins")."""
    if language == "en":
        return _ENGLISH_DECIMAL_TIME.sub(lambda m: f"{decimal(m.group(1), m.group(2), 'en')} "
                                                   f"{'seconds' if m.group(3) == 's' else 'hours'}", text)
    if language not in TIME_UNITS:
        return text

    def say(match: re.Match[str]) -> str:
        amount, whole, fraction, unit = match.groups()
        if unit == "с" and _RUSSIAN_WORD_AFTER.match(text, match.end()):  # "5 с половиной", "10 с лишним", "5 с
            return match.group(0)  # другом": the preposition, not seconds ("пять секунд половиной" was heard)
        forms = TIME_UNITS[language][unit]
        if fraction:  # after a decimal, Polish and Russian take the genitive singular: "2,5 godziny", "0,5 секунды"
            return f"{amount} {forms[1] if language in CASED_LANGUAGES else forms[2]}"
        return f"{amount} {forms[plural_form(whole_number(whole), language)]}"

    return _time_unit_pattern(language).sub(say, text)


# a length in meters with its two figures of centimeters, as a height is said: "1,80 m" is "un mètre quatre-vingts",
# "ein Meter fünfundachtzig", "un metro e ottanta", "один метр восемьдесят" (it was "eins Komma acht fünf Meter");
# English keeps its decimal ("one point five zero meters")
_ONE_METER = {"fr": "un", "de": "ein", "es": "un", "it": "un", "pt": "um", "ca": "un", "nl": "een",
              "sv": "en", "pl": "jeden", "ru": "один"}
_AND_CENTIMETERS = {"it": " e", "pt": " e"}


# a car's fuel consumption ("6,5 l/100 km"; "sechs l/einhundert Kilometer" was heard), and how each language says
# "per hundred kilometres" after the litres
_PER_HUNDRED_KM = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?[lL]\s?/\s?100\s?km\b")
_PER_HUNDRED_KM_WORDS = {"en": "per hundred kilometers", "de": "auf hundert Kilometer", "fr": "aux cent kilomètres",
                         "es": "a los cien kilómetros", "it": "per cento chilometri", "pt": "aos cem quilómetros",
                         "ca": "als cent quilòmetres", "nl": "per honderd kilometer", "sv": "per hundra kilometer",
                         "pl": "na sto kilometrów", "ru": "на сто километров"}
_VERSE_AFTER = re.compile(r"\.\s*\d")
# a height with its meters and centimeters run together, as French writes it: "1m75", "2 m 05"
_HEIGHT_JOINED = re.compile(r"(?<![\w.,])([1-9])\s?m\s?(\d\d)(?![\w]|[.,]\d)")


def _meters_and_centimeters(meters: int, centimeters: int, forms: tuple[str, ...], language: str) -> str:
    count = _ONE_METER[language] if meters == 1 else cardinal(meters, language)
    rest = f"{_AND_CENTIMETERS.get(language, '')} {cardinal(centimeters, language)}" if centimeters else ""
    return f"{count} {forms[plural_form(meters, language)]}{rest}"


# a unit per another after a number ("5 mg/kg", "3 m/s", "2 g/l"): the second said after the language's "per", in
# its singular (or, after Polish "na" and Russian "на", its accusative); espeak-ng read "em ge slash ka ge"
_PER = {"en": "per", "de": "pro", "fr": "par", "es": "por", "it": "per", "pt": "por", "ca": "per", "nl": "per",
        "sv": "per", "pl": "na", "ru": "на"}
_PER_TIME = {"en": ("hour", "minute", "second"), "de": ("Stunde", "Minute", "Sekunde"),
             "fr": ("heure", "minute", "seconde"), "es": ("hora", "minuto", "segundo"),
             "it": ("ora", "minuto", "secondo"), "pt": ("hora", "minuto", "segundo"), "ca": ("hora", "minut", "segon"),
             "nl": ("uur", "minuut", "seconde"), "sv": ("timme", "minut", "sekund"),
             "pl": ("godzinę", "minutę", "sekundę"), "ru": ("час", "минуту", "секунду")}
_SQUARED_SECOND = {"en": "second squared", "de": "Sekunde zum Quadrat", "fr": "seconde carrée",
                   "es": "segundo al cuadrado", "it": "secondo quadrato", "pt": "segundo ao quadrado",
                   "ca": "segon al quadrat", "nl": "seconde kwadraat", "sv": "sekund i kvadrat",
                   "pl": "sekundę do kwadratu", "ru": "секунду в квадрате"}
_PER_DENOMINATORS = ("kg", "g", "l", "L", "ml", "mL", "dl", "dL", "m", "km", "cm", "m²", "km²", "m³", "lb", "ft", "кг",
                     "г", "л", "мл", "м", "км", "м²", "км²", "м³")  # a density's "hab./km²", a laboratory's "mg/dL"


@lru_cache(maxsize=16)
def _per_unit_pattern(language: str) -> re.Pattern[str]:
    names = "|".join(re.escape(unit) for unit in sorted(UNITS[language], key=len, reverse=True) if "/" not in unit)
    # a time squared after it ("9.8 m/s²", "m/s2"): an acceleration (it was "m/s squared", "m/s hoch zwei")
    return re.compile(rf"(?<=\d)(\s?(?:{names}))/({_BELOW})(?:(?<=[sс])([²2]))?(?![\w/'’])")


_PER_TIMES = ("h", "min", "s", "ч", "мин", "с")
_BELOW = "|".join(re.escape(unit) for unit in sorted({*_PER_DENOMINATORS, *_PER_TIMES}, key=len, reverse=True))


def _per_unit(text: str, language: str) -> str:
    def say(match: re.Match[str]) -> str:
        unit, per = match.group(1), match.group(2)
        if f"{unit.strip()}/{per}" in UNITS[language]:  # "km/h": a unit of its own
            return match.group(0)
        word = _per_word(per, bool(match.group(3)), language)
        return f"{unit} {_PER[language]} {word}" if word else match.group(0)

    return _per_unit_pattern(language).sub(say, text)


def _per_word(per: str, squared: bool, language: str) -> str | None:
    """What "per" is followed by for a unit below a slash ("s" "second", "s²" "second squared"), None for none."""
    if per in _PER_TIMES:
        return _SQUARED_SECOND[language] if squared else _PER_TIME[language][{"h": 0, "ч": 0, "min": 1,
                                                                              "мин": 1}.get(per, 2)]
    return UNITS[language][per][0] if per in UNITS[language] else None


# an English count with its scale's letters before what it counts ("2.3m people", "10k copies", "3bn people"): a
# million, not meters (it was "two point three meters people"), and thousands and billions espeak-ng read as letters;
# only before these nouns, as "the 100m hurdles" are meters and "a 4K monitor" a screen's
_COUNTED = ("people persons residents inhabitants citizens users customers subscribers viewers listeners readers "
            "visitors tourists voters members followers fans copies downloads views jobs homes households children "
            "adults workers employees refugees deaths cases barrels passengers patients students pupils words years "
            "dollars pounds euros tonnes tons acres hectares units vehicles cars records streams sales shares "
            "animals trees species signatures")
_SCALED_COUNT = re.compile(rf"(?<![\w.,$£€¥])(\d{{1,3}})(?:\.(\d{{1,2}}))?(k|K|m|M|bn|B|tn)"
                           rf"(?=\s+(?:{'|'.join(_COUNTED.split())})\b)")
_BILLIONS = re.compile(r"(?<![\w.,$£€¥])(\d{1,3})(?:\.(\d{1,2}))?(bn)\b")  # "2.5bn" alone: "bn" is nothing else


def _scaled_counts(text: str) -> str:
    """English counts with a scale's letters (`_SCALED_COUNT`, `_BILLIONS`) as words: "two point three million"."""
    def say(match: re.Match[str]) -> str:
        whole, fraction = match.group(1), match.group(2)
        amount = decimal(whole, fraction, "en") if fraction else cardinal(int(whole), "en")
        return f"{amount} {SCALE_SUFFIXES[match.group(3)]}"

    text = _SCALED_COUNT.sub(say, text)
    return _BILLIONS.sub(say, text) if "bn" in text else text


# abbreviations sure only from a count up: pages with the Swedish, Polish or Russian "s.", "с." (a bibliography's
# "320 s.", "— 320 с."), which is also seconds, from sixty up, as few seconds are written so many and few books have
# fewer pages
_SURE_FROM_A_COUNT: dict[str, tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = {
    "sv": (re.compile(r"(?<![\w.,])([6-9]\d|[1-9]\d{2,3})\s?s\.(?!\w)"), r"\1 sid."),
    "pl": (re.compile(r"(?<![\w.,])([6-9]\d|[1-9]\d{2,3})\s?s\.(?!\w)"), r"\1 str."),
    "ru": (re.compile(r"(?<![\w.,])([6-9]\d|[1-9]\d{2,3})\s?с\.(?!\w)"), r"\1 стр."),
    # and Catalan's inhabitants from ten up, as a flat's rooms are also "hab." ("pis de 3 hab.")
    "ca": (re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|[1-9]\d+)\s?hab\.(?!\w)"),
           lambda match: f"{match.group(1)} habitants{closing_stop(match)}"),
}


# blood pressure, "120/80 mmHg": "one hundred and twenty over eighty millimeters of mercury" (the slash was "/")
_PRESSURE = re.compile(r"(?<![\w/.,])(\d{2,3})/(\d{2,3})(?=\s?(?:mmHg|мм рт\. ст\.))")
# or named before it, in English: "BP 120/80", "a blood pressure of 140/90", "BP was 135/85" (it was "/")
_NAMED_PRESSURE = re.compile(r"\b((?:BP|[Bb]lood pressure)(?:\s(?:was|is|of|at|reading|reads|read|now|still)){0,2}"
                             r":?\s)(\d{2,3})/(\d{2,3})(?![\d/])")
_OVER = {"en": "over", "de": "zu", "fr": "sur", "es": "sobre", "it": "su", "pt": "por", "ca": "sobre", "nl": "over",
         "sv": "över", "pl": "na", "ru": "на"}


_RUSSIAN_ERA_AFTER = re.compile(r"\.?\s+(?:до\s+)?н\.\s?э\.")


def _a_year(match: re.Match[str], number: int) -> bool:
    """Whether a Russian "г" after `number` is "год", not grams: after a number of four figures, or with its stop
    after a preposition of time ("в 988 г.") or before an era ("200 г муки", "добавьте 200 г." are grams)."""
    text = match.string
    stop = match.group(0).endswith(".") or text.startswith(".", match.end())
    return number >= 1000 or stop and ((word_before(text, match.start()) or "").lower() in YEAR_PREPOSITIONS["ru"]
                                       or _RUSSIAN_ERA_AFTER.match(text, match.end()) is not None)


def units(text: str, language: str) -> str:
    """"5 km" is "five kilometers", "2,5 kg" "zwei Komma fünf Kilogramm", "3 км" "три километра"."""
    if "/" in text and ("mmHg" in text or "рт." in text):
        text = _PRESSURE.sub(lambda match: f"{match.group(1)} {_OVER[language]} {match.group(2)}", text)
    if language == "en" and "/" in text and ("BP" in text or "pressure" in text):
        text = _NAMED_PRESSURE.sub(r"\1\2 over \3", text)
    if language == "en":
        text = _scaled_counts(text)
    elif language in _SURE_FROM_A_COUNT and ("s." in text or "с." in text or "hab." in text):
        pattern, said = _SURE_FROM_A_COUNT[language]
        text = pattern.sub(said, text)
    if language != "en" and "m" in text:  # a French height's "1m75": as "1,75 m" ("1m75" was read as it stands)
        text = _HEIGHT_JOINED.sub(r"\1,\2 m", text)
    if "/100" in text:  # a car's fuel, "6 l/100 km": the litres, then "per hundred kilometres" in words
        text = _PER_HUNDRED_KM.sub(lambda match: f"{match.group(1)} l {_PER_HUNDRED_KM_WORDS[language]}", text)
    if ("-" in text or "−" in text) and _MINUS_BEFORE_FIGURE.search(text):  # "-3 m", "down -2 pts": espeak-ng said
        text = _minus_before_unit(language).sub(f"{WORDS_MINUS[language]} ", text)  # no minus before the words
    if has_fraction(text):
        text = _units_after_fractions(text, language)
    if "/" in text:
        text = _PER_PERIOD_PATTERN[language].sub(lambda match: _per_period(match, language), text)
        text = _per_unit(text, language)

    def say(match: re.Match[str]) -> str:
        whole, fraction, unit = match.group(1), match.group(2), match.group(3)
        if unit == "V" and _VERSE_AFTER.match(text, match.end()):  # "Psalm 23 V. 4": a verse, not volts
            return match.group(0)
        if unit == "г" and not fraction and _a_year(match, whole_number(whole)):
            return match.group(0)  # "год": "в 1990 г", "в 988 г.", "в 44 г. до н. э."
        forms = UNITS[language][unit]
        attributive = language == "en" and ("-" in match.string[match.start():match.start(3)] or before_its_noun(match))
        if (fraction and unit in {"m", "м"} and language != "en" and len(fraction) == 2
                and 0 < (meters := whole_number(whole)) < 10 and not case_after(word_before(text, match.start()), None,
                                                                             language)
                and not text.startswith(f" {_PER[language]} ", match.end())):  # "9,81 m/s²" is no height
            return _meters_and_centimeters(meters, int(fraction), forms, language)  # not "около": its genitive
        stop = stop_after(match) if unit[-1:] == "." else ""  # "1,5 mill." ending a sentence keeps its stop
        feminine = unit in FEMININE_UNITS or unit in FEMININE_UNITS_BY_LANGUAGE.get(language, ())
        if fraction:
            words = forms[0] if attributive else forms[3] if len(forms) > 3 else forms[2]
            half = whole == "1" and fraction == "5" and one_and_a_half(
                words, word_before(text, match.start()), language, feminine=feminine)  # "полтора километра"
            if half and language == "ru":  # as after two, "полторы чайные ложки" (not the genitive's "чайной ложки"),
                words = forms[2] if half == "полутора" else forms[1]  # and after "около" "полутора километров"
            return f"{half or decimal(str(whole_number(whole)), fraction, language)} {words}{stop}"
        count = whole_number(whole)
        if attributive:
            return f"{cardinal(count, language)} {forms[0]}"
        if said := in_governed_case(count, forms, match, language, feminine=feminine):
            return said + stop
        if language in ROMANCE:  # "una peseta", "veintiuna pesetas", "une cuillère à soupe", "veintiún kilómetros"
            amount = romance_count(count, forms[0].split()[0], language)
        else:
            amount = cardinal(count, language, feminine=feminine)
            if count == 1 and language in UNIT_ONE:
                amount = ("ett" if language == "sv" and unit in SWEDISH_NEUTER_UNITS else
                          "eine" if language == "de" and feminine else UNIT_ONE[language])
        noun = forms[plural_form(count, language)]
        if language == "de" and count != 1 and noun.endswith(("e", "er", "el")) and " " not in noun and (
                noun != "Dezibel") and (word_before(text, match.start()) or "") in _GERMAN_DATIVE:  # "bei 100 Dezibel"
            noun += "n"  # the dative plural: "vor fünf Jahren", "mit drei Kilometern" (it was "vor fünf Jahre")
        return f"{amount} {noun}{stop}"

    text = _unit_pattern(language).sub(say, text)
    text = _after_scale(text, language) if language in _SCALE_WORDS else text
    if "km " in text and language not in CASED_LANGUAGES:  # a road's kilometre post: "dal km 45", "bei km 12" ("K M")
        text = _KILOMETRE_POST.sub(UNITS[language]["km"][0], text)
    if "²" in text or "³" in text or "/" in text or any(unit in text for unit in _UNITS_AFTER_A_WORD):
        text = _units_alone(text, language)
    return text


# German prepositions that take the dative, after which a plural noun ending in "e", "er" or "el" takes an "n"
_GERMAN_DATIVE = frozenset("von vom mit nach seit vor aus bei zu zum zur nebst samt binnen Von Mit Nach Seit Vor "
                           "Aus Bei".split())


# a unit with no number of its own: an area or a volume anywhere ("the price of the m²", "prix du m²", "people per
# km²"), and a kilogram or kilometer after "per" or the slash of a price or a count ("€3,000/m²", "30 cents per km",
# "inhabitants/km²", "zł/kg"), in the singular (after Polish "na", "za" and Russian "на", "за" the accusative, which
# is the nominative); espeak-ng read "per km squared", "par m puissance deux", "dollars slash m squared", "per K M"
_AREAS_AND_VOLUMES = ("km²", "cm²", "mm²", "m²", "km³", "cm³", "m³", "км²", "м²", "км³", "м³")
_PER_ALONE = ("kg", "km", "km2", "m2", "m3", "кг", "км", "lb", "yd", "oz")  # "2s. per lb.", "a yd."
# a price's "per" besides `_PER`: "5.000 euro al m²", "3.000 euros el kg", "12 zł za kg", "100 рублей за кг", "a lb.",
# "6,25 € le kg", "prix du kg", "2 € je kg", "5 euros o kg", "3 € el kg"
_PRICE_PER = {"it": ("al",), "es": ("el",), "pl": ("za",), "ru": ("за",), "en": ("a", "an"), "fr": ("le", "du", "au"),
              "de": ("je",), "pt": ("o",), "ca": ("el",)}
_PER_WORDS = {language: (per, *_PRICE_PER.get(language, ())) for language, per in _PER.items()}
_UNITS_AFTER_A_WORD = tuple(f" {unit}" for unit in _PER_ALONE)  # the quick test: "per km" holds " km"
_DENSITY_INHABITANTS = {"es": "habitantes", "ca": "habitants"}  # "hab./km²", whose "hab." alone is also rooms
_AFTER_A_WORD = r"(?<=[^\W\d_]|[€$£¥.%])"  # a count's noun, a currency's sign or an abbreviation's stop before "/"


@lru_cache(maxsize=16)
def _units_alone_pattern(language: str) -> re.Pattern[str]:
    areas, alone = "|".join(map(re.escape, _AREAS_AND_VOLUMES)), "|".join(_PER_ALONE)
    per = "|".join(_PER_WORDS[language])
    return re.compile(rf"(?:{_AFTER_A_WORD}(/)|(?<![\w.,/²³]))({areas})(?![\w²³/])"
                      rf"|(?:\b(?:{per})\s|{_AFTER_A_WORD}(/))({alone})(\.(?!\d))?(?![\w²³/])")


# a price per period, person or piece after its currency ("1.200 €/Monat", "$50/night", "8 500 kr/mån", "2.000 €/mes",
# "3000 zł/mies.", "50 000 руб./мес.", "45 kr/st", "12,99 zł/szt."), said as each language says it (it was
# "kronor/mån", "Euro/Monat", "kronor/st")
_PER_PERIOD = {language: dict(pair.split("=") for pair in pairs.split(";")) for language, pairs in {
    "en": "month=per month;mo=per month;year=per year;yr=per year;day=per day;week=per week;wk=per week;"
          "night=per night;person=per person;hour=per hour;hr=per hour;doz.=per dozen;doz=per dozen",
    "de": "Monat=pro Monat;Mon.=pro Monat;Jahr=pro Jahr;Tag=pro Tag;Woche=pro Woche;Nacht=pro Nacht;"
          "Person=pro Person;Pers.=pro Person;Std.=pro Stunde;Stunde=pro Stunde;Stk.=pro Stück",
    "fr": "mois=par mois;an=par an;jour=par jour;j=par jour;semaine=par semaine;nuit=par nuit;personne=par personne;"
          "pers.=par personne;heure=de l'heure",
    "es": "mes=al mes;año=al año;día=al día;semana=a la semana;noche=por noche;persona=por persona;hora=por hora",
    "pt": "mês=por mês;ano=por ano;dia=por dia;semana=por semana;noite=por noite;pessoa=por pessoa;hora=por hora",
    "it": "mese=al mese;anno=all'anno;giorno=al giorno;settimana=alla settimana;notte=a notte;persona=a persona;"
          "ora=all'ora",
    "ca": "mes=al mes;any=a l'any;dia=al dia;setmana=a la setmana;nit=per nit;persona=per persona;hora=per hora",
    "nl": "maand=per maand;mnd=per maand;mnd.=per maand;jaar=per jaar;dag=per dag;week=per week;nacht=per nacht;"
          "persoon=per persoon;pp=per persoon;uur=per uur;st.=per stuk",
    "sv": "mån=per månad;månad=per månad;år=per år;dag=per dag;vecka=per vecka;natt=per natt;person=per person;"
          "tim=per timme;timme=per timme;st=per styck",
    "pl": "mies.=miesięcznie;miesiąc=miesięcznie;rok=rocznie;dzień=dziennie;noc=za noc;os.=za osobę;"
          "osobę=za osobę;godz.=za godzinę;szt.=za sztukę",
    "ru": "мес.=в месяц;месяц=в месяц;год=в год;день=в день;сутки=в сутки;ночь=за ночь;чел.=с человека;час=в час;"
          "ч=в час;шт.=за штуку",
}.items()}
_PER_PERIOD_PATTERN = {
    language: re.compile(rf"{_AFTER_A_WORD}/({'|'.join(map(re.escape, sorted(periods, key=len, reverse=True)))})(?!\w)")
    for language, periods in _PER_PERIOD.items()}


def _per_period(match: re.Match[str], language: str) -> str:
    key = match.group(1)
    return f" {_PER_PERIOD[language][key]}" + (closing_stop(match) if key.endswith(".") else "")


# "km" before a number, not after one: a place on a road, "al km 52" (Russian and Polish decline it: left as written)
_KILOMETRE_POST = re.compile(r"(?<![\w.,])km\.?(?=\s\d)")


def _units_alone(text: str, language: str) -> str:
    if language in _DENSITY_INHABITANTS and "hab./" in text:
        text = re.sub(r"(?<![\w.])hab\./(?=k?m[²2])", f"{_DENSITY_INHABITANTS[language]}/", text)

    def say(match: re.Match[str]) -> str:
        unit = match.group(2) or match.group(4)
        if unit not in UNITS[language]:
            return match.group(0)
        name = UNITS[language][unit][0]
        stop = closing_stop(match) if match.group(5) else ""  # "per lb." ending its sentence keeps its stop
        if match.group(1) or match.group(3):  # "/m²": "per square meter"
            before = match.string[match.string.rfind(" ", 0, match.start()) + 1:match.start()]
            if before in UNITS[language]:
                return match.group(0)  # a unit over a unit with no number ("mg/kg"): as written
            return f" {_PER[language]} {name}{stop}"
        per = match.group(0)[:match.start(4) - match.start()] if match.group(4) else ""  # "per ", "al "
        return per + name + stop

    return _units_alone_pattern(language).sub(say, text)


# a unit or a currency after a Russian or Polish count's scale word is in the genitive plural: "20 тыс. км"
# "двадцать тысяч километров", "5 mld zł" "pięć miliardów złotych" (the abbreviation was left: "тысяч км",
# "miliardów zł"); a Swedish one in the plural ("två miljoner kronor")
_SCALE_WORDS = {"ru": r"тысяч[аи]?|миллион(?:а|ов)?|миллиард(?:а|ов)?",
                "pl": r"tysi[ąę]c[aey]?|tysięcy|milion(?:a|y|ów)?|miliard(?:a|y|ów)?",  # "1,5 miliona złotych"
                "sv": r"miljon(?:er)?|miljard(?:er)?"}  # "2 milj. kr": "två miljoner kronor"


@lru_cache(maxsize=4)
def _after_scale_pattern(language: str) -> re.Pattern[str]:
    names = sorted([*UNITS[language], *SUFFIX_CODES], key=len, reverse=True)
    return re.compile(rf"\b({_SCALE_WORDS[language]})\s+({'|'.join(map(re.escape, names))})(?![\w/'’])")


def _after_scale(text: str, language: str) -> str:
    def say(match: re.Match[str]) -> str:
        unit = match.group(2)
        forms = UNITS[language][unit] if unit in UNITS[language] else currency_forms(SUFFIX_CODES[unit], language)[0]
        return f"{match.group(1)} {forms[2]}" + (stop_after(match) if unit[-1:] == "." else "")

    return _after_scale_pattern(language).sub(say, text)


SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
has_superscript = re.compile(f"[{SUPERSCRIPT_DIGITS}]").search
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "⁻", "0123456789-")
# a power: a number, a unit of length, a lone letter or a formula's letters after its "=" raised to superscript
# digits ("10¹¹", "10⁻⁶", "per km²", "x²", "E = mc²"); a unit after a number is `units`' ("20 m²")
_POWER = re.compile(rf"(?<![\w.,])(\d+|[kcdm]?m(?=[²³])|[кcсдм]?м(?=[²³])|(?<==\s)[^\W\d_]{{2,3}}(?=[²³])|"
                    rf"[^\W\d_{SUPERSCRIPT_DIGITS}])(⁻?[{SUPERSCRIPT_DIGITS}]+)")
# superscript digits left after a word or a mark: a note's number ("the lamp¹", "dusk.²"), not read
_SUPERSCRIPT_NOTE = re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[.,;:!?\"”’)\]]))[{SUPERSCRIPT_DIGITS}]+")
POWER_WORDS = {"en": "to the power of", "fr": "puissance", "de": "hoch", "es": "elevado a", "it": "alla",
               "pt": "elevado a", "ca": "elevat a", "nl": "tot de macht", "sv": "upphöjt till", "pl": "do potęgi",
               "ru": "в степени"}
_ENGLISH_POWERS = {2: "squared", 3: "cubed"}


def powers(text: str, language: str) -> str:
    """"10¹¹" is "ten to the power of eleven", "10⁻⁶" "zehn hoch minus sechs", "x²" "x squared"
    (espeak-ng read "ten", dropping the power); units with powers ("m²") are `units`. Superscript
    digits after a word are a note's number, and are not read."""
    if not has_superscript(text):
        return text

    def say(match: re.Match[str]) -> str:
        base, power = match.group(1), match.group(2).translate(_FROM_SUPERSCRIPT)
        base_words = cardinal(int(base), language) if base.isdigit() else base
        if len(base) > 1 and match.string[match.start() - 2:match.start()] == "= ":  # a formula's letters
            base_words = " ".join(base)  # "m c squared", not "mc" as a word ("muck")
        exponent = int(power.lstrip("-"))
        if language == "en" and exponent in _ENGLISH_POWERS and not power.startswith("-"):
            return f"{base_words} {_ENGLISH_POWERS[exponent]}"
        minus = f"{WORDS_MINUS[language]} " if power.startswith("-") else ""
        return f"{base_words} {POWER_WORDS[language]} {minus}{cardinal(exponent, language)}"

    def with_unit(match: re.Match[str]) -> str:  # "10⁸ km": the unit's name for a large count; "10⁸ m/s" too
        forms = UNITS[language][match.group(3)]
        said = f"{say(match)} {forms[2] if len(forms) > 2 else forms[-1]}"
        if match.group(4) is None:
            return said
        word = _per_word(match.group(4), bool(match.group(5)), language)
        return f"{said} {_PER[language]} {word}" if word else match.group(0)

    text = _power_and_unit_pattern(language).sub(with_unit, text)
    return _SUPERSCRIPT_NOTE.sub("", _POWER.sub(say, text))


@lru_cache(maxsize=16)
def _power_and_unit_pattern(language: str) -> re.Pattern[str]:
    """A number raised to a power before a unit: "10⁸ km", "10⁻⁶ m" (the unit was left as written, "km"), or one
    per another ("10⁸ m/s", "m/s²")."""
    names = "|".join(re.escape(unit) for unit in sorted(UNITS[language], key=len, reverse=True) if "/" not in unit)
    return re.compile(rf"(?<![\w.,])(\d+)(⁻?[{SUPERSCRIPT_DIGITS}]+)\s({names})(?:/({_BELOW})(?:(?<=[sс])([²2]))?)?"
                      r"(?![\w²³/'’])")


# the words for "about" a tilde may follow
_SAYS_ABOUT = {language: frozenset({ABOUT[language].split()[-1], APPROXIMATELY[language], *more.split()})
               for language, more in {"en": "around roughly some approx. approximately circa ca. c.",
                                      "ca": "uns unes cap a prop aproximadament", "sv": "ca ungefär omkring runt",
                                      "es": "unos unas aprox. alrededor cerca", "fr": "env. environ vers près",
                                      "de": "ca. circa etwa rund ungefähr", "it": "circa ca. quasi",
                                      "pt": "cerca aprox. aproximadamente", "pl": "ok. około", "ru": "ок. около",
                                      "nl": "ca. circa ongeveer zo'n"}.items()}


def approximately(text: str, language: str) -> str:
    """"~50 km" is "about fifty kilometers" (espeak-ng read "tilde"), "≈ 10" "approximately ten", "5 ± 2"
    "five plus or minus two" (before units and numbers are read, which need the digits)."""
    if "~" in text:  # not after a word that says it ("about ~30": "about about thirty" was heard)
        text = re.sub(r"(?<![\w~])~\s?(?=\d)", lambda match: "" if (word_before(text, match.start()) or "").lower(
            ) in _SAYS_ABOUT[language] else f"{ABOUT[language]} ", text)
    if "≈" in text:
        text = re.sub(r"≈\s?(?=\d)", f"{APPROXIMATELY[language]} ", text)
    if "±" in text:  # "5 ± 2", and "± 5%" before a number alone
        text = re.sub(r"(?:(?<=\d)\s?±|(?<![\w±])±)\s?(?=\d)", f" {PLUS_MINUS[language]} ", text).lstrip()
    if "<" in text or ">" in text or "≤" in text or "≥" in text:  # "p < 0.05", "<5%", "x ≥ 10": no engine read them
        for sign, phrase in zip("<>≤≥", COMPARISONS[language]):
            text = re.sub(rf"(?<![<>=≤≥-])\s?{sign}\s?(?![<>=])(?=[-−+]?\.?\d)", f" {phrase} ", text).lstrip()  # ".05"
    if ("x" in text or "×" in text) and "10" in text:  # a number times a power of ten: "3 x 10⁸" is "three times
        text = _TIMES_A_POWER.sub(rf"\1 {WORDS[language]['times']} ", text)  # ten to the power of eight", not "by"
    if language == "en" and "x" in text:  # a letter "x" between numbers gives sizes, "by" ("a 2x4 board", "4x100m
        text = _BY.sub(r"\1 by ", text)  # relay"), but a product's "times" before "=" ("2 x 3 = 6")
    if "×" in text:  # "5 × 3 cm" before the unit is read (it was "five × three centimeters"); English dimensions
        times = WORDS[language]["times"]  # are "by" ("five by three centimeters"), a product "times"
        text = re.sub(r"(?<=\d)\s?×\s?(?=\d)", lambda m: " by " if language == "en" and _DIMENSION.match(
            m.string, m.end()) else f" {times} ", text)
    return text


_BY = re.compile(r"(?<![\w.,])(?!0x)(\d+(?:\.\d+)?)\s?x\s?(?=\d)(?!\d+(?:\.\d+)?\s?=)")  # not hex's "0x1F"
_TIMES_A_POWER = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?[x×]\s?(?=10⁻?[{SUPERSCRIPT_DIGITS}])")
_DIMENSION = re.compile(r"\d+(?:[.,]\d+)?\s?(?:mm|cm|m|km|in|ft|inches|feet|yd|yards|px|[\"″′'])(?!\w)")


# "2x daily", "3x pro Woche", "2х в день", "vs. 2x.": a count of times, the letter x (Cyrillic х too) or "×" right
# after it and a word, a stop or the text's end next, not a number ("2x4" is `_BY`'s); espeak-ng read "two x
# daily", "zwei x täglich".
# After an English article it describes a thing, and is left to be read so: "a 10x lens", "a ten x lens"
_REPEATED = re.compile(r"(?<![\w.,])(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(\d{1,3})(?:\.(\d{1,2}))?"
                       r"(?:[x×х](?=\s+[^\W\d_]|[.,;!?)](?!\w)|\s*$)"
                       r"|\s[x×х](?=\s+[^\W\d_]{2,}))")  # and "2 x per week" (not "2 x y", a product)
_TIMES_NOUN = {"es": ("vez", "veces"), "pt": ("vez", "vezes"), "ca": ("vegada", "vegades"), "it": ("volta", "volte"),
               "fr": ("fois", "fois"), "en": ("time", "times"), "nl": ("keer", "keer"), "sv": ("gång", "gånger"),
               "pl": ("raz", "razy"), "ru": ("раз", "раза", "раз")}


def repetitions(text: str, language: str) -> str:
    """"2x daily" is "two times daily", "3x pro Woche" "dreimal pro Woche", "1x al día" "una vez al día",
    "2х в день" "два раза в день" (a count of times, written with an x)."""
    if "x" not in text and "×" not in text and "х" not in text:
        return text

    def say(match: re.Match[str]) -> str:
        count = int(match.group(1))
        if match.group(2):  # an English "3.5x cheaper" (elsewhere the decimal point is a comma: as it was)
            return (f"{decimal(match.group(1), match.group(2), language)} times" if language == "en"
                    else match.group(0))
        if language == "de":
            return ("ein" if count == 1 else cardinal(count, language)) + "mal"
        forms = _TIMES_NOUN[language]
        if language == "ru":
            return f"{cardinal(count, language)} {forms[plural_form(count, language)]}"
        noun = forms[0] if count == 1 else forms[-1]
        words = romance_count(count, noun, language) if language in ROMANCE else cardinal(count, language)
        if count == 1 and language in {"nl", "sv", "pl"}:
            words = {"nl": "één", "sv": "en", "pl": "jeden"}[language]
        return f"{words} {noun}"

    return _REPEATED.sub(say, text)


def percentages(text: str, language: str) -> str:
    number = number_pattern(language)

    def say(match: re.Match[str]) -> str:
        sign, count, fraction = match.group(1), whole_number(match.group(2)), match.group(3)
        word = WORDS[language]["percent"]
        forms = RU_PERCENT if language == "ru" else (word, word, word)
        if not fraction and not sign and (said := in_governed_case(count, forms, match, language)):
            return said
        amount = decimal(str(count), fraction, language) if fraction else cardinal(count, language)
        if language == "ru":
            word = RU_PERCENT[1] if fraction else RU_PERCENT[plural_form(count, "ru")]
        if sign:  # "-5% growth", "+3%" (the sign was left unread: "-five percent")
            amount = f"{WORDS[language]['plus'] if sign == '+' else WORDS_MINUS[language]} {amount}"
        return f"{amount} {word}"

    if "-" in text or "–" in text:  # "10-15%": the range's first number too, "ten to fifteen percent"
        text = re.sub(rf"(?<![\w.,])({number})\s?[-–]\s?(?={number}\s?%)", rf"\1 {WORDS[language]['to']} ", text)
    return re.sub(rf"(?:(?<![\w.,+])([-−+])(?=\d))?(?<![\w.,]){number}\s?%", say, text)


def _plural_of_number(words: str) -> str:
    """"seventy" -> "seventies", "eighteen hundred" -> "eighteen hundreds", "six" -> "sixes"."""
    return words[:-1] + "ies" if words.endswith("y") else words + "es" if words.endswith("x") else words + "s"


_DECADE = re.compile(r"(?<![\w.,])(?:(1[1-9]\d0|20\d0)|['’]?([1-9]0))['’]?s\b")
_GERMAN_DECADE_TO_DECADE = re.compile(r"(?<=\d0er)[–-](?=(?:1[1-9]\d0|20\d0|[1-9]0)er\b)")
_DECADE_TO_DECADE = re.compile(r"(?<=\d0s)[–-](?=(?:1[1-9]\d0|20\d0|['’]?[1-9]0)['’]?s\b)")
_FRACTION = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
           "⅞": (7, 8), "⅕": (1, 5)}


# "100s of them", "1,000s", "10,000s": espeak-ng read "one,000s" and "one hundred z"
_ROUND_PLURALS = {"100": "hundreds", "1000": "thousands", "10000": "tens of thousands",
                  "100000": "hundreds of thousands", "1000000": "millions"}
_ROUND_PLURAL = re.compile(r"(?<![\w.,])(100|1,?000|10,?000|100,?000|1,?000,?000)['’]?s\b")
_WITH_VULGAR = re.compile(rf"(?<![\w.,])(\d+)\s?([{''.join(_VULGAR)}])")


def _fraction_words(numerator: int, denominator: int) -> str:
    """"one half", "three quarters", "two thirds"."""
    name = {2: "half", 4: "quarter"}.get(denominator) or ordinal(denominator, "en")
    if numerator != 1:
        name = "halves" if name == "half" else name + "s"
    return f"{cardinal(numerator, 'en')} {name}"


_LONE_FRACTION = re.compile(r"(?<![\w½¼¾⅓⅔])([½¼¾⅓⅔])(?:(\s+)([^\W\d_]+))?")
_WHOLE_AND_FRACTION = re.compile(r"(?<![\w.,])(\d+)\s?([½¼¾⅓⅔])(?:(\s+)([^\W\d_]+))?")
has_fraction = re.compile("[½¼¾⅓⅔⅛⅜⅝⅞⅕]").search
# Romance languages say the fraction after the noun ("dos horas y media", "deux heures et quart"), and a half
# before or after a feminine noun (by its ending: "milla", "horas", "hores") is feminine
_FRACTION_AFTER_NOUN = frozenset({"es", "fr", "it", "pt", "ca"})
# English says a fraction of one measure with its article: "half a cup", "three quarters of an inch", "a third of a
# mile" (it was "half cup", "three quarters inch"); "a quarter teaspoon" is said as it is written
_ENGLISH_PART_OF = {"½": "half", "¾": "three quarters of", "⅔": "two thirds of", "⅓": "a third of"}
_ENGLISH_MEASURES = frozenset("cup teaspoon tablespoon inch foot mile yard pound ounce pint quart gallon liter litre "
                              "gram kilo kilogram meter metre acre hour minute second day week month year dozen "
                              "century".split())
_ROMANCE_OF = frozenset({"de", "di", "d", "del", "della", "dello", "du", "des", "do", "da", "dos", "das"})
_FEMININE_HALF = {"es": ("medio", "media"), "it": ("mezzo", "mezza"), "pt": ("meio", "meia"), "ca": ("mig", "mitja")}


def _agreeing(words: str, noun: str | None, language: str) -> str:
    if language in _FEMININE_HALF and noun and is_feminine(noun.lower(), language):  # "dos días y medio"
        masculine, feminine = _FEMININE_HALF[language]
        return re.sub(rf"\b{masculine}$", feminine, words)
    return words


_SPANISH_PARTS = {"⅓": "una tercera", "⅔": "dos terceras", "¼": "una cuarta", "¾": "tres cuartas",
                  "⅕": "una quinta", "⅖": "dos quintas", "⅗": "tres quintas", "⅘": "cuatro quintas"}


def vulgar_fractions(text: str, language: str) -> str:
    """"2½" is "dos horas y media" before "horas", "zweieinhalb", "два с половиной"; "½" alone "media
    milla", "ein halb", "half" (English after a number: `decades_and_fractions`)."""
    if not has_fraction(text):
        return text
    names = FRACTIONS[language]

    def with_whole(match: re.Match[str]) -> str:
        whole, fraction, space, noun = match.groups()
        if fraction not in names:
            return match.group(0)
        words = names[fraction][1].format(n=cardinal(int(whole), language))
        if noun and language in _FRACTION_AFTER_NOUN:  # "{n} y medio" + "horas": "dos horas y media"
            count, rest = words.split(" ", 1)
            return f"{count} {noun} {_agreeing(rest, noun, language)}"
        return words + (f"{space}{noun}" if noun else "")

    def alone(match: re.Match[str]) -> str:
        fraction, space, noun = match.groups()
        if language == "es" and noun == "partes" and fraction in _SPANISH_PARTS:  # "las ⅔ partes"
            return f"{_SPANISH_PARTS[fraction]} partes"  # "las dos terceras partes" (it was "dos tercios de partes")
        if (language == "en" and noun in _ENGLISH_MEASURES and fraction in _ENGLISH_PART_OF
                and (word_before(text, match.start()) or "").lower() not in {"a", "an", "the"}):  # "a half mile"
            article = "an" if noun[:1] in "aeiou" or noun == "hour" else "a"  # "half an hour", "of an inch"
            return f"{_ENGLISH_PART_OF[fraction]} {article} {noun}"
        if (language in CASED_LANGUAGES and (case := fraction_case(text, match.start(), language))
                and (declined := fraction_in_case(*SIGNS[fraction], case, language))):  # "около ⅓": "одной трети"
            return declined + (f"{space}{noun}" if noun else "")
        words = _agreeing(names[fraction][0], noun, language)
        if language == "en" and not space and text.startswith("-", match.end()):  # "a ¾-inch board", joined
            return words.removeprefix("a ").replace("quarters", "quarter").replace(" ", "-")  # "three-quarter-inch"
        if language == "en" and words.startswith("a ") and (word_before(text, match.start()) or "").lower() in {
                "a", "an", "the"}:  # "a ¼ cup": "a quarter cup", not "a a quarter cup"
            words = words[2:]
        if (noun and fraction != "½" and language in _FRACTION_AFTER_NOUN  # "tres cuartos de hora", "d’heure"
                and noun.lower() not in _ROMANCE_OF):  # the text may say it: "¼ de hora"
            of = of_before(noun, language)
            return f"{words} {of}{noun}" if of == ELIDED_OF else f"{words} {of} {noun}"
        return words + (f"{space}{noun}" if noun else "")

    if language != "en":
        text = _WHOLE_AND_FRACTION.sub(with_whole, text)
    elif _ENGLISH_EIGHTHS.search(text):  # "⅛ tsp" "an eighth tsp", "a ⅜-inch bolt" "a three-eighths-inch bolt"
        text = _ENGLISH_EIGHTHS.sub(lambda match: _eighths(match, text), text)
    return _LONE_FRACTION.sub(alone, text)


# English eighths and a fifth alone (with a whole number: `decades_and_fractions`), which no engine read
_ENGLISH_EIGHTHS = re.compile(r"(?<![\w⅛⅜⅝⅞⅕])([⅛⅜⅝⅞⅕])(-?)")


def _eighths(match: re.Match[str], text: str) -> str:
    words = _with_article(_fraction_words(*_VULGAR[match.group(1)]))
    if match.group(2):  # before its noun, joined: "a three-eighths-inch bolt", "an eighth-inch gap"
        words = words.split(" ", 1)[1] if words.startswith(("a ", "an ")) else words
        return words.replace(" ", "-") + "-"
    if (word_before(text, match.start()) or "").lower() in {"a", "an", "the"} and words.startswith(("a ", "an ")):
        words = words.split(" ", 1)[1]  # "a ⅛ inch gap": "an eighth inch", not "a an eighth"
    return words


def _with_article(words: str) -> str:
    """"one half" as "a half", "one eighth" as "an eighth"."""
    if not words.startswith("one "):
        return words
    name = words.removeprefix("one ")
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


_SWEDISH_DECADE = re.compile(r"(?<![\w.,])(\d{2,4})-(tal[a-zåäö]*)")


def _swedish_decade(match: re.Match[str]) -> str:
    """"1800-talet" is "artonhundratalet", "100-talet" "hundratalet", "1000-talet" "tusentalet"."""
    number = int(match.group(1))
    if number in (100, 1000):
        return ("hundra" if number == 100 else "tusen") + match.group(2)
    return (year(number, "sv") if number > 1000 else cardinal(number, "sv")) + match.group(2)


# Polish decades after "lata" ("w latach 90.", "lata 80. i 90.", "lat 60-tych"): the tens' ordinal in the plural of the
# noun's case ("w latach dziewięćdziesiątych"; "dziewięćdziesiąt." was heard); not a count's "lat" ("5 lat 20. wieku")
_DECADE_SUFFIX = r"(?:\.|-te\b|-tych\b|-ych\b)"
_POLISH_DECADE = re.compile(rf"(?<!\d\s)\b([lL]ata|[lL]atach|[lL]at|[lL]atami)\s+([2-9]0){_DECADE_SUFFIX}"
                            rf"(?:(\s+i\s+|\s?[–-]\s?)([2-9]0){_DECADE_SUFFIX})?")  # "80. i 90.", "60.–70."
_POLISH_DECADE_ENDINGS = {"lata": "e", "latach": "ych", "lat": "ych", "latami": "ymi"}


def polish_decades(text: str, language: str) -> str:
    """Polish decades (`_POLISH_DECADE`), before the ordinals step reads "80. i 90. XX wieku" as ordinals."""
    return _POLISH_DECADE.sub(_polish_decade, text) if language == "pl" and "at" in text else text


def _polish_decade(match: re.Match[str]) -> str:
    ending = _POLISH_DECADE_ENDINGS[match.group(1).lower()]
    decades = [ordinal(int(tens), "pl")[:-1] + ending for tens in match.group(2, 4) if tens]
    joined = " i " if (match.group(3) or " i ").strip() == "i" else " – "
    return f"{match.group(1)} {joined.join(decades)}{closing_stop(match)}"


_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d{2}|\d00)\b(?!['’])")


_SCORE = re.compile(r"(?<![\w./])(\d+(?:\.\d)?)/(5|10|20|100)\b(?!/)")
_SCORE_WORDS = frozenset("scored scoring score scores score: rated rating rating: got marks marks: grade grade:"
                         .split())
_STARS = re.compile(r"\s+stars?\b")


def _score(match: re.Match[str]) -> str:
    """"scored 8/10", "rated 4.5/5", "3/5 stars", "she 8.5/10" (a decimal over 5, 10, 20 or 100 is no fraction):
    "eight out of ten" ("eight tenths" was heard); else as it was."""
    if ("." in match.group(1) or (word_before(match.string, match.start()) or "").lower() in _SCORE_WORDS
            or _STARS.match(match.string, match.end())):
        return f"{match.group(1)} out of {match.group(2)}"
    return match.group(0)


_GERMAN_NUMBER_ER = re.compile(r"(?<![\w.,])(\d{1,3})(ern?)\b")
_DUTCH_DECADE_PEOPLE = re.compile(r"(?<![\w.,])(\d{2})['’-]?ers\b")  # "de 60'ers": "de zestigers"


_DUTCH_ROUND = re.compile(r"(?<![\w.,])(\d{1,4})-(tal|en)\b")
_DUTCH_PLURALS = {100: "honderden", 1000: "duizenden"}


def _dutch_round(match: re.Match[str]) -> str:
    """"een 20-tal" "een twintigtal", "100-en" "honderden" (it was "twintig-tal", "honderd-en")."""
    number = int(match.group(1))
    if match.group(2) == "en":
        return _DUTCH_PLURALS.get(number, match.group(0))
    return cardinal(number, "nl") + "tal"


def _german_number_noun(match: re.Match[str]) -> str:
    """"dreier", "achtundsechziger", "hunderter" (not "einhunderter")."""
    number = int(match.group(1))
    words = cardinal(number, "de")
    return (words.removeprefix("ein") if 100 <= number < 200 else words) + match.group(2)


_MODEL_PLURAL = re.compile(r"\b([A-Z]{1,3}-)(\d{1,3})s\b")
# a year's last two figures after an apostrophe, not a decade's ("the '70s") nor a number quoted ("'67'")
_SHORT_YEAR_EN = re.compile(r"(?<![\w'’])['’](\d)(\d)(?![\w'’]|[.,]\d)")


def _short_year_en(match: re.Match[str]) -> str:
    tens, ones = match.group(1), int(match.group(2))
    return f"oh {cardinal(ones, 'en')}" if tens == "0" else cardinal(int(tens) * 10 + ones, "en")


_NUMBER_ERS = re.compile(r"(?<![\w.,'’£$-])(\d?[1-9])ers\b")  # not a decade's "90ers"
_DIGIT_PLURAL = re.compile(r"(?:(?<=[a-z]-)|(?<![\w.,'’£$-]))([1-9])['’]?s\b(?!['’])")  # "under-5s" too


# a decade of the twentieth century after the Romance and Dutch words for "the years" ("les années 1960", "los años
# 1960", "negli anni 1970", "de jaren 1980"), said by its tens as everyone says it ("les années soixante"; "mille neuf
# cent soixante" was heard); another century's keeps its figures ("les années 1830")
_DECADE_OF_1900S = re.compile(r"\b(années|años|anos|anni|anys|jaren)\s+19([1-9]0)(?![\d,.]\d|['’]?\w|\s?[-–]\s?\d)")
_YEARS_WORD = {"fr": "ann", "es": "años", "pt": "anos", "it": "anni", "ca": "anys", "nl": "jaren"}


# a fraction written with a slash in the other languages ("les 5/8 du gâteau", "3/10 der Stimmen"), which was read
# "cinq/huit": its numerator, then its denominator's word ("huitièmes", "Zehntel", "octavos"); the common ones
# ("3/4") are signs already, a date or a score is read before this. Polish and Russian say the numerator in the
# feminine and the denominator in the form its count asks ("jedna ósma", "dwie ósme", "pięć ósmych", "две восьмых")
_SLASH_FRACTION = re.compile(r"(?<![\w/.,])([1-9])/([2-9]|10)(?![\w/]|[.,]\d)")
_FRACTION_PARTS: dict[str, dict[int, tuple[str, str]]] = {
    "fr": {3: ("tiers", "tiers"), 4: ("quart", "quarts"),
           **{n: (word, word + "s") for n, word in zip(range(5, 11), "cinquième sixième septième huitième neuvième "
                                                                    "dixième".split())}},
    "es": {3: ("tercio", "tercios"), **{n: (word, word + "s") for n, word in zip(
        range(4, 11), "cuarto quinto sexto séptimo octavo noveno décimo".split())}},
    "pt": {3: ("terço", "terços"), **{n: (word, word + "s") for n, word in zip(
        range(4, 11), "quarto quinto sexto sétimo oitavo nono décimo".split())}},
    "it": {n: (word, word[:-1] + "i") for n, word in zip(range(3, 11), "terzo quarto quinto sesto settimo ottavo "
                                                                       "nono decimo".split())},
    "de": {n: (word, word) for n, word in zip(range(3, 11), "Drittel Viertel Fünftel Sechstel Siebtel Achtel Neuntel "
                                                            "Zehntel".split())},
    "nl": {n: (word, word) for n, word in zip(range(3, 11), "derde vierde vijfde zesde zevende achtste negende "
                                                            "tiende".split())},
    "sv": {n: (word, word + "ar") for n, word in zip(range(3, 11), "tredjedel fjärdedel femtedel sjättedel sjundedel "
                                                                   "åttondel niondel tiondel".split())},
    "ca": {3: ("terç", "terços"), 4: ("quart", "quarts"), **{n: (word, word[:-1] + "ens") for n, word in zip(
        range(5, 11), "cinquè sisè setè vuitè novè desè".split())}},
}
def _season(match: re.Match[str]) -> str:
    """"2019/20", "2023/2024", "1999/00" (each year the next): "2019 to 20", "1999 to 2000"; another pair as it was."""
    first, second = match.group(1), match.group(2)
    if int(second) != (int(first) + 1) % 10 ** len(second):
        return match.group(0)
    return f"{first} to {int(first) + 1 if second == '00' else second}"


_SEASON_WITH_A_SLASH = re.compile(r"(?<![\w/.,])(1[5-9]\d\d|20\d\d)/(\d\d|\d{4})(?![\w/]|[.,]\d)")


def slash_fractions(text: str, language: str) -> str:
    """A fraction with a slash, but in English (`decades_and_fractions`), as its numerator and its denominator's word,
    which the numbers' step then reads ("5 huitièmes" "cinq huitièmes"), or in Polish and Russian both in words."""
    parts = _FRACTION_PARTS.get(language)
    if parts is None and language not in CASED_LANGUAGES or "/" not in text:
        return text

    def say(match: re.Match[str]) -> str:
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if not numerator < denominator or denominator < 3:
            return match.group(0)
        if parts is None:  # Polish and Russian, in the case a preposition asks ("около 2/5" "около двух пятых")
            return declined_fraction(numerator, denominator, language, fraction_case(text, match.start(), language))
        return f"{numerator} {parts[denominator][numerator > 1]}" if denominator in parts else match.group(0)

    return _SLASH_FRACTION.sub(say, text)


def decades_and_fractions(text: str, language: str) -> str:
    """English decades ("the 1870s" is "the eighteen seventies", "the '70s" "the seventies", German "1870er") and fractions
    ("1/2" is "one half", "2½" "two and a half"), which espeak-ng read "one thousand ... z" and "one slash two"."""
    if language in _YEARS_WORD and _YEARS_WORD[language] in text and "19" in text:
        text = _DECADE_OF_1900S.sub(r"\1 \2", text)
    text = slash_fractions(text, language)
    if language == "de" and "0er" in text and ("0er-" in text or "0er–" in text):  # "die 1960er–70er Jahre": "bis"
        text = _GERMAN_DECADE_TO_DECADE.sub(" bis ", text)  # between them (espeak-ng paused at the dash)
    if language == "de":  # "die 1870er Jahre": espeak-ng read "eintausendachthundertsiebziger"
        text = re.sub(r"(?<![\w.,])(1[1-9]\d0|20\d0)er\b", lambda m: year(int(m.group(1)), "de") + "er", text)
        # and a number's noun or adjective in -er: "ein 3er BMW" "Dreier" (espeak-ng said "dritter"), "die 68er",
        # "in den 90ern", "ein 10er"
        return _GERMAN_NUMBER_ER.sub(_german_number_noun, text)
    if language == "sv" and "-tal" in text:  # "1800-talet", "100-talet": "artonhundratalet", "hundratalet" (one
        return _SWEDISH_DECADE.sub(_swedish_decade, text)  # word; "etthundra-talet" was heard)
    if language == "nl" and "ers" in text:  # "de 60'ers", "de 80-ers": "zestigers" ("zestig'ers" was read)
        text = _DUTCH_DECADE_PEOPLE.sub(lambda m: cardinal(int(m.group(1)), "nl") + "ers", text)
    if language == "nl" and "-" in text:  # "een 20-tal", "100-en mensen": "twintigtal", "honderden" (one word)
        text = _DUTCH_ROUND.sub(_dutch_round, text)
    if language in {"it", "nl"} and ("'" in text or "’" in text):  # "gli anni '60", "nel '600", "il '68", Dutch
        return _SHORT_YEAR.sub(r"\1", text)  # "de jaren '60": "sessanta", "seicento", "zestig", without the mark
    if language != "en":
        return text
    if "/" in text:  # a season's or a fiscal year's "2019/20", as its "2019–20" is read: "twenty nineteen to twenty"
        text = _SEASON_WITH_A_SLASH.sub(_season, text)
    if "'" in text or "’" in text:  # a year's last figures: "in '08" "oh eight", "a '67 Chevy" "sixty-seven" (not
        text = _SHORT_YEAR_EN.sub(_short_year_en, text)  # "zero eight"; espeak-ng paused at the mark)
    if "s-" in text or "s–" in text:  # "the 1960s–70s": "to" between them (espeak-ng paused at the dash)
        text = _DECADE_TO_DECADE.sub(" to ", text)
    text = _DECADE.sub(lambda m: _plural_of_number(year(int(m.group(1)), "en") if m.group(1)
                                                   else cardinal(int(m.group(2)), "en")), text)
    if "s" in text:  # a digit's plural: "double 6s", "the 5s and 6s" ("sixes"; espeak-ng said "six z")
        text = _DIGIT_PLURAL.sub(lambda m: _plural_of_number(cardinal(int(m.group(1)), "en")), text)
    if "ers" in text:  # "the 49ers", "the 76ers": "forty-niners", "seventy-sixers" (espeak-ng: "forty-nine ers")
        text = _NUMBER_ERS.sub(lambda m: (words := cardinal(int(m.group(1)), "en")) + ("rs" if words[-1] == "e"
                                                                                        else "ers"), text)
    if "-" in text:  # "F-16s", "B-52s": "F-sixteens", "B-fifty-twos" (espeak-ng said "sixteen z")
        text = _MODEL_PLURAL.sub(lambda m: m.group(1) + _plural_of_number(cardinal(int(m.group(2)), "en")), text)
    text = _WITH_VULGAR.sub(lambda m: f"{cardinal(int(m.group(1)), 'en')} and "
                                      f"{_with_article(_fraction_words(*_VULGAR[m.group(2)]))}", text)
    if "s" in text:
        text = _ROUND_PLURAL.sub(lambda m: _ROUND_PLURALS[m.group(1).replace(",", "")], text)
    text = re.sub(r"(?<![\w/])24/7(?![\w/])", "twenty-four seven", text)
    text = re.sub(r"(?<![\w/])9/11(?![\w/])", "nine eleven", text)  # the date, not "nine elevenths"
    text = re.sub(r"(?<![\w/])50/50(?![\w/])", "fifty-fifty", text)  # a chance, not "fifty slash fifty"
    text = re.sub(r"(?<![\w/])20/20(?![\w/])", "twenty-twenty", text)  # eyesight, not "one"
    if "/" in text:  # a score or a rating: "scored 8/10", "rated 4.5/5", "3/5 stars" ("eight tenths" was heard)
        text = _SCORE.sub(_score, text)
    return _FRACTION.sub(lambda m: _fraction_words(int(m.group(1)), int(m.group(2)))
                         if 0 < int(m.group(1)) < int(m.group(2)) <= 16 else m.group(0), text)
