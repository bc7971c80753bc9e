"""What the listener hears: text normalized for speech, per language.

`spoken_text(text, language)` expands, in this order: URLs and e-mail addresses,
abbreviations, currency amounts, percentages, times, ordinals, Roman numerals after
"Chapter"-like words (and headings that are only a numeral), number ranges, symbols,
then numbers (years, decimals, grouped thousands, negatives, plain integers). The
original text is kept beside it (the manifest records both).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audiobook.text.normalize.numbers import (
    CURRENCIES,
    cardinal,
    currency,
    currency_forms,
    decimal,
    ordinal,
    plural_form,
    year,
)
from audiobook.text.normalize.numbers import MINUS as WORDS_MINUS
from audiobook.text.normalize.tables import (
    ABBREVIATIONS,
    ABBREVIATIONS_BEFORE_NUMBERS,
    AFTER_NAME,
    ABOUT,
    DEGREE,
    DEGREES,
    NUMBERED_PARTS,
    REGNAL_FEMININE,
    REGNAL_NAMES,
    SWEDISH_NEUTER_UNITS,
    UNIT_ONE,
    UNITS,
    RU_PERCENT,
    WORDS,
)

__all__ = ["spoken_text"]

SPACES = " \u00a0\u202f"
_DOT_GROUPED = {"de", "es", "it", "pt", "ca", "nl"}
_SPACE_GROUPED = {"fr", "sv", "pl", "ru"}
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_DIGIT = re.compile(r"\d")
# a Roman numeral, alone or with an ordinal ending ("VIIIth", "XIXe", "Ier"): whether the numeral rules need to run
_ROMAN_LETTER = re.compile(r"\b[IVXLCDM]+(?:e|er|re|ème|th|st|nd|rd)?\b")  # starts with a character set: fast


def _number_pattern(language: str) -> str:
    """An unsigned number in the language's notation: groups (1) whole, (2) fraction."""
    if language == "en":
        return r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    if language in _DOT_GROUPED:
        return r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?"
    return rf"(\d{{1,3}}(?:[{SPACES}]\d{{3}})+(?!\d)|\d+)(?:,(\d+))?"


def _whole(digits: str) -> int:
    return int(re.sub(rf"[.,{SPACES}]", "", digits))


def _roman_value(numeral: str) -> int | None:
    if not numeral or not _ROMAN.fullmatch(numeral):
        return None
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _urls(text: str, language: str) -> str:
    words = WORDS[language]

    def spell(address: str) -> str:
        address = re.sub(r"^https?://", "", address)
        address = re.sub(r"^www\.", "w w w.", address)
        for mark, word in ((".", "dot"), ("/", "slash"), ("-", "dash"), ("_", "dash"), ("@", "at")):
            address = address.replace(mark, f" {words[word]} ")
        return " ".join(address.split())

    text = re.sub(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", lambda m: spell(m.group(0)), text)
    return re.sub(r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]", lambda m: spell(m.group(0)), text)


def _abbreviations(text: str, language: str) -> str:
    detector, rules = _compiled_abbreviations(language)
    if not detector.search(text):  # most text has no abbreviation at all
        return text
    for needles, pattern, spoken in rules:
        if not any(needle in text for needle in needles):
            continue
        def expand(match: re.Match[str], spoken: str = spoken) -> str:
            words = match.expand(spoken)
            if match.group(0)[:1].isupper() and words[:1].islower():  # "T.ex." at a sentence start
                words = words[:1].upper() + words[1:]
            at_end = match.group(0).endswith(".") and not text[match.end():].strip()
            return words + "." if at_end else words
        text = pattern.sub(expand, text)
    return text


def _literal_start(pattern: str) -> str:
    """The literal text a pattern starts with (after a leading name group): "St." of r"St\\.(?=...)"."""
    pattern = pattern.removeprefix(AFTER_NAME)
    literal, escaped = [], False
    for char in pattern:
        if escaped:
            literal.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "()[]?*+{}|^$":
            break
        else:
            literal.append(char)
    return "".join(literal).strip()


@lru_cache(maxsize=16)
def _compiled_abbreviations(language: str
                            ) -> tuple[re.Pattern[str], list[tuple[tuple[str, str], re.Pattern[str], str]]]:
    """A quick test for any of the language's abbreviations, and each rule with the literal text it needs."""
    rules = []
    for pattern, spoken in ABBREVIATIONS[language]:
        needle = _literal_start(pattern)
        # a lower-case abbreviation may start a sentence: "t.ex." / "T.ex."
        capitalizable = f"[{pattern[0]}{pattern[0].upper()}]{pattern[1:]}" if pattern[:1].islower() else pattern
        # one ending in a letter (French "Mme", "Dr", "Pr") must end its word: not "Dragon", "Presque"
        whole_word = "(?!\\w)" if pattern[-1:].isalnum() or pattern[-1:] in "ºª" else ""
        rules.append(((needle, needle[:1].upper() + needle[1:]),
                      re.compile(rf"(?<![\w.]){capitalizable}{whole_word}"), spoken))
    # grouped by first letter: the regex engine then tries one branch per position, not every needle
    by_first: dict[str, set[str]] = {}
    for needles, _, _ in rules:
        for needle in needles:
            by_first.setdefault(needle[:1], set()).add(needle[1:])
    detector = re.compile("|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in sorted(tails, key=len, reverse=True)) + ")"
        for first, tails in by_first.items()))
    return detector, rules


@lru_cache(maxsize=16)
def _compiled_before_numbers(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for all of a language's abbreviations before numbers, and what each is read as."""
    words = ABBREVIATIONS_BEFORE_NUMBERS.get(language)
    if not words:
        return None
    spoken = {**{short[:1].upper() + short[1:]: word[:1].upper() + word[1:] for short, word in words.items()},
              **words}
    shorts = sorted(spoken, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, shorts))})\.(?=\s*\d)"), spoken


def _abbreviations_before_numbers(text: str, language: str) -> str:
    """"p. 45" is "page 45", "Nov. 2" "November 2": abbreviations that only a number after them makes sure of."""
    compiled = _compiled_before_numbers(language)
    if compiled is None:
        return text
    pattern, spoken = compiled
    return pattern.sub(lambda match: spoken[match.group(1)], text)


_SYMBOL_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB"}
_SUFFIX_CODES = {"€": "EUR", "£": "GBP", "$": "USD", "kr": "SEK", "zł": "PLN", "₽": "RUB", "руб.": "RUB",
                 **{code: code for code in CURRENCIES}}


def _amount(whole: str, fraction: str | None, code: str, language: str, scale: str = "") -> str:
    negative = whole[:1] in "-−"
    major = _whole(whole.lstrip("-−"))
    if negative:
        return f"{WORDS_MINUS[language]} {_amount(whole.lstrip('-−'), fraction, code, language, scale)}"
    if scale or (fraction and len(fraction) != 2):
        forms = currency_forms(code, language)[0]
        amount = decimal(str(major), fraction, language) if fraction else cardinal(major, language)
        return f"{amount}{' ' + scale if scale else ''} {forms[2]}"
    return currency(major, int(fraction or 0), code, language)


# "$4.5bn", "€1.2m", "£3k": the scale written as a suffix
_SCALE_SUFFIXES = {"k": "thousand", "K": "thousand", "m": "million", "M": "million", "bn": "billion", "B": "billion",
                   "tn": "trillion"}


def _french_euro_scale(match: re.Match[str]) -> str:
    """"4,5 Md€" is "quatre virgule cinq milliards d'euros", "1 M€" "un million d'euros"."""
    whole, fraction, scale = _whole(match.group(1)), match.group(2), match.group(3)
    amount = decimal(str(whole), fraction, "fr") if fraction else cardinal(whole, "fr")
    word = "milliard" if scale == "Md" else "million"
    return f"{amount} {word}{'s' if whole > 1 or fraction else ''} d'euros"


def _currencies(text: str, language: str) -> str:
    # amounts are read in either notation: "$12.50" in a Spanish text, "12,50 €" in an English one
    number = rf"([-−]?\d{{1,3}}(?:[,.{SPACES}]\d{{3}})+(?!\d)|[-−]?\d+)(?:[.,](\d{{1,2}})(?!\d))?"
    scale = (r"(?:\s(thousand|million|billion|trillion)\b|(k|m|bn|K|M|B|tn)\b)?" if language == "en" else "()()")
    text = re.sub(rf"([-−]?)([$€£₽])\s?{number}{scale}",
                  lambda m: _amount(m.group(1) + m.group(3), m.group(4), _SYMBOL_CODES[m.group(2)], language,
                                    m.group(5) or _SCALE_SUFFIXES.get(m.group(6) or "", "")), text)
    if language == "fr" and "€" in text:
        text = re.sub(rf"{number}\s?(Md|M)\s?€", _french_euro_scale, text)
    suffixes = "|".join(re.escape(s) for s in sorted(_SUFFIX_CODES, key=len, reverse=True))
    text = re.sub(rf"\b({'|'.join(CURRENCIES)})\s?{number}",
                  lambda m: _amount(m.group(2), m.group(3), m.group(1), language), text)
    return re.sub(rf"(?<![\w.,]){number}\s?({suffixes})(?![\w])",
                  lambda m: _amount(m.group(1), m.group(2), _SUFFIX_CODES[m.group(3)], language), text)


@lru_cache(maxsize=16)
def _unit_pattern(language: str) -> re.Pattern[str]:
    units = "|".join(re.escape(unit) for unit in sorted(UNITS[language], key=len, reverse=True))
    # "3 lbs. of flour": a unit's full stop inside a sentence goes with it
    return re.compile(rf"(?<![\w.,]){_number_pattern(language)}\s?({units})(?![\w/])(?:\.(?=\s+[a-z]))?")


def _units(text: str, language: str) -> str:
    """"5 km" is "five kilometers", "2,5 kg" "zwei Komma fünf Kilogramm", "3 км" "три километра"."""
    def say(match: re.Match[str]) -> str:
        whole, fraction, unit = match.group(1), match.group(2), match.group(3)
        forms = UNITS[language][unit]
        if fraction:
            words = forms[3] if len(forms) > 3 else forms[2]
            return f"{decimal(str(_whole(whole)), fraction, language)} {words}"
        count = _whole(whole)
        amount = cardinal(count, language)
        if count == 1 and language in UNIT_ONE:
            amount = "ett" if language == "sv" and unit in SWEDISH_NEUTER_UNITS else UNIT_ONE[language]
        return f"{amount} {forms[plural_form(count, language)]}"

    return _unit_pattern(language).sub(say, text)


def _approximately(text: str, language: str) -> str:
    """"~50 km" is "about fifty kilometers" (espeak-ng read "tilde")."""
    return re.sub(r"(?<![\w~])~\s?(?=\d)", f"{ABOUT[language]} ", text) if "~" in text else text


def _percentages(text: str, language: str) -> str:
    number = _number_pattern(language)

    def say(match: re.Match[str]) -> str:
        whole, fraction = match.group(1), match.group(2)
        amount = decimal(str(_whole(whole)), fraction, language) if fraction else cardinal(_whole(whole), language)
        word = WORDS[language]["percent"]
        if language == "ru":
            word = RU_PERCENT[1] if fraction else RU_PERCENT[plural_form(_whole(whole), "ru")]
        return f"{amount} {word}"

    return re.sub(rf"(?<![\w.,]){number}\s?%", say, text)


_TIME_FORMS = {"de": ("{h} Uhr {m}", "{h} Uhr"),
               "nl": ("{h} uur {m}", "{h} uur"), "es": ("{h} y {m}", "{h} en punto"), "it": ("{h} e {m}", "{h} in punto"),
               "pt": ("{h} e {m}", "{h} em ponto"), "ca": ("{h} i {m}", "{h} en punt"), "sv": ("{h} och {m}", "{h}"),
               "pl": ("{h} {m}", "{h}"), "ru": ("{h} {m}", "{h} ровно")}


def _french_time(hour: int, minute: int) -> str:
    """"quinze heures trente", "une heure", "vingt et une heures"."""
    words = {1: "une", 21: "vingt et une"}.get(hour) or cardinal(hour, "fr")
    hours = f"{words} {'heure' if hour <= 1 else 'heures'}"
    return f"{hours} {cardinal(minute, 'fr')}" if minute else hours


def _times(text: str, language: str) -> str:
    def say(match: re.Match[str]) -> str:
        hour, minute = int(match.group(1)), int(match.group(2))
        h = cardinal(hour, language)
        if language == "en":
            if minute == 0:
                return f"{h} o'clock"
            return f"{h} oh {cardinal(minute, 'en')}" if minute < 10 else f"{h} {cardinal(minute, 'en')}"
        if language == "pl":  # the hour is a feminine ordinal: "dwunasta", "o dwunastej"
            before = match.string[:match.start()].split()[-1:]
            words = ordinal(hour, "pl") if hour else "zero"
            if before and before[0].lower() in {"o", "godzinie", "po", "przed"}:
                h = " ".join(w[:-1] + "ej" if w.endswith("y") else w + "ej" if w.endswith("i") else w for w in words.split())
            else:
                h = " ".join(_feminine(w, "pl") for w in words.split())
        if language == "fr":
            return _french_time(hour, minute)
        m = cardinal(minute, language)
        if language in {"pl", "ru"} and 0 < minute < 10:  # "девять ноль семь"
            m = f"{'zero' if language == 'pl' else 'ноль'} {m}"
        with_minutes, on_the_hour = _TIME_FORMS[language]
        return with_minutes.format(h=h, m=m) if minute else on_the_hour.format(h=h)

    separator = r"(?:[:.]|\s?h\s?)" if language == "fr" else ":" if language not in {"de", "sv", "pl", "ru"} else r"[:.]"
    # everywhere, a full stop after an hour written with its leading zero: "02.15" is a time, not a decimal
    separator = rf"(?:{separator}|(?<=(?<![\w.])0\d)\.)"
    text = re.sub(rf"(?<![\w:.,])([01]?\d|2[0-3]){separator}([0-5]\d)(?![\d:]|[.,]\d)(?:\s?(?:Uhr|uur)\b)?", say, text)
    if language == "fr":  # "15 h", "15h": "quinze heures"
        text = re.sub(r"(?<![\w:.,])([01]?\d|2[0-3])\s?h\b(?!\s?\d)", lambda m: _french_time(int(m.group(1)), 0), text)
    return text


def _feminine(words: str, language: str) -> str:
    if language == "fr":
        return "première" if words == "premier" else words
    if language == "ca":
        return words[:-1] + "ena" if words.endswith("è") else words + "a"
    if language == "pl":  # "druga", "trzecia", "pierwsza"
        return words + "a" if words.endswith("ci") else words[:-1] + "a" if words.endswith(("y", "i")) else words
    if language == "ru":  # "вторая", "третья", "первая"
        return words[:-2] + "ья" if words.endswith("ий") else words[:-2] + "ая" if words.endswith(("ый", "ой")) else words
    return words[:-1] + "a" if words.endswith("o") else words


# per language: patterns with the digits as group "n", the suffix as "s" and an optional kept prefix "p"
_EN_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_EN_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?![\d:]|[.,]\d|\w)"
# more days of the same month, where a list of them ends: "Nov. 14, 15, 16.—", "April 28, 29 and 30." (not "May 3, 10 men")
_EN_MORE_DAYS = rf"(?:,\s?{_EN_DAY}(?=[,.;:—–)]|\s+and\s))*(?:,?\s+and\s+{_EN_DAY}(?=[,.;:—–)]|\s*$))?"
_ORDINALS: dict[str, list[str]] = {
    # "21st"; and a day beside its month is read as an ordinal: "June 16" is "June sixteenth", "16 June" "sixteenth June"
    "en": [r"\b(?P<n>\d+)(?P<s>st|nd|rd|th)\b",
           rf"\b(?=[JFMASOND])(?P<p>{_EN_MONTHS}\s)(?P<n>{_EN_DAY})(?P<s>)(?P<more>{_EN_MORE_DAYS})",
           # a day before its month only where a date starts ("on 16 June", "16 June 1815."), not "Chapter 3 June"
           r"(?=\d)(?:(?<=^)|(?<=\()|(?<=[(,;—–] )|(?<=\b(?i:on|by|to|of) )|(?<=\b(?i:the) )|(?<=\b(?i:from) )|"
           r"(?<=\b(?i:until|since|after) )|(?<=\b(?i:before) ))"
           rf"(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+{_EN_MONTHS}(?!\w))"],
    "fr": [r"\b(?P<n>\d+)(?P<s>er|re|ère|e|ème|eme)\b"],
    "es": [r"\b(?P<n>\d+)\.?(?P<s>[ºª])"],
    "it": [r"\b(?P<n>\d+)(?P<s>[ºª])"],
    "pt": [r"\b(?P<n>\d+)\.?(?P<s>[ºª])"],
    "ca": [r"\b(?P<n>\d+)(?P<s>r|n|t|è|a|º|ª)\b"],
    "nl": [r"\b(?P<n>\d+)(?P<s>ste|de|e)\b"],
    # "3:e"; and a day before its month: "den 1 januari" is "den första januari"
    "sv": [r"\b(?P<n>\d+):(?P<s>a|e)\b",
           r"\b(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
           r"september|oktober|november|december)(?![-\w]))"],
    "de": [r"\b(?P<n>\d{1,3})(?P<s>\.)(?=\s+(?:[a-zäöüß]|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
           r"September|Oktober|November|Dezember)\b))",
           r"\b(?P<p>(?i:der|die|das|dem|den|des|am|im|zum|zur|vom|beim)\s)(?P<n>\d{1,3})(?P<s>\.)(?=\s)"],
    # and a day before its month (in the genitive) is an ordinal: "3 maja" is "trzeciego maja", "9 мая" "девятое мая"
    "pl": [r"\b(?P<n>\d{1,3})(?P<s>\.)(?=\s+[a-ząćęłńóśźż])",
           r"\b(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
           r"września|października|listopada|grudnia)\b)"],
    "ru": [r"\b(?P<n>\d+)-(?P<s>й|я|е|го|му|м|ю|х|ый|ая|ое|ой|ий|ья)\b",
           r"\b(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
           r"октября|ноября|декабря)\b)"],
}
# Russian prepositions before a date that take the genitive ("до 9 мая": "девятого") or the dative ("к 9 мая")
_RU_GENITIVE_BEFORE = frozenset({"до", "с", "со", "от", "после", "около", "из", "для", "без", "у"})
_FEMININE_SUFFIXES = {"ª", "a", "re", "ère"}
_GERMAN_WEAK_ENDINGS = {"am", "im", "zum", "vom", "beim", "dem", "den", "des"}


# Russian: the ending written after the hyphen says the case ("2-я" is "вторая", "1905-м" "пятом", "1870-х" "семидесятых")
_RU_ENDINGS = {"я": "ая", "ая": "ая", "ья": "ая", "е": "ое", "ое": "ое", "го": "ого", "му": "ому", "м": "ом",
               "ю": "ую", "х": "ых"}
_RU_THIRD = {"ая": "третья", "ое": "третье", "ого": "третьего", "ому": "третьему", "ом": "третьем", "ую": "третью",
             "ых": "третьих", "ым": "третьим"}


def _ru_ordinal(words: str, ending: str | None) -> str:
    """The ordinal's last word (the only one that declines) with `ending` ("ая", "ого", "ом", "ых", "ым")."""
    if not ending:
        return words
    head, _, last = words.rpartition(" ")
    if last == "третий":
        last = _RU_THIRD[ending]
    elif last.endswith(("ый", "ой")):
        last = last[:-2] + ending
    return f"{head} {last}" if head else last


def _polish_case(words: str, ending: str) -> str:
    """Every word of a Polish ordinal in the genitive ("ego") or the locative ("ym"): "dwudziestego trzeciego"."""
    def one(word: str) -> str:
        if word.endswith("y"):  # "dwudziesty": "dwudziestego", "dwudziestym"
            return word[:-1] + ending
        if word.endswith("i"):  # "trzeci": "trzeciego", "trzecim"
            return word + ("m" if ending == "ym" else ending)
        return word
    return " ".join(one(word) for word in words.split())


def _ordinals(text: str, language: str) -> str:
    def say(match: re.Match[str]) -> str:
        words = ordinal(int(match.group("n")), language)
        prefix = match.groupdict().get("p") or ""
        if language == "ru" and not match.group("s"):  # a date: "9 мая" is "девятое мая"
            before = match.string[:match.start()].split()[-1:]
            word = before[0].lower() if before else ""
            words = _ru_ordinal(words, "ого" if word in _RU_GENITIVE_BEFORE else "ому" if word in {"к", "ко"} else "ое")
        elif language == "ru":
            words = _ru_ordinal(words, _RU_ENDINGS.get(match.group("s")))
        elif language == "pl" and not match.group("s"):  # a date: "3 maja" is "trzeciego maja"
            words = _polish_case(words, "ego")
        elif match.group("s") in _FEMININE_SUFFIXES:
            words = _feminine(words, language)
        elif language == "de":
            before = (prefix or match.string[:match.start()]).split()[-1:]
            if before and before[0].lower() in _GERMAN_WEAK_ENDINGS:  # "am dritten Mai", "der zweite Krieg"
                words += "n"
        elif language == "es" and re.match(r"\s+\w", match.string[match.end():]) and words in {"primero", "tercero"}:
            words = words[:-1]  # "el tercer día"
        more = match.groupdict().get("more") or ""  # the other days of a list: "14, 15, 16"
        return prefix + words + re.sub(r"\d+", lambda day: ordinal(int(day.group(0)), language), more)

    for pattern in _ORDINALS[language]:
        text = re.sub(pattern, say, text)
    return text


@lru_cache(maxsize=16)
def _part_words(language: str) -> frozenset[str]:
    return frozenset(NUMBERED_PARTS[language])


_ROMAN_WORD = re.compile(r"\b[IVXLCDM]+\b")
_OPENING_MARKS = "([{\"'«“‘"


def _word_before(text: str, position: int) -> str | None:
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


@lru_cache(maxsize=16)
def _regnal(language: str) -> re.Pattern[str] | None:
    """A ruler's name and number ("Henry VIII", "Henry VIIIth's", "Louis XIV"); "I" alone is left (the pronoun)."""
    names = REGNAL_NAMES.get(language)
    if not names:
        return None
    # an old-style full stop after the numeral inside a sentence ("Louis XVI. of France") goes with it; "I" is
    # the pronoun in English and "Ier" in French, but the first of its name elsewhere ("Carlos I", "Пётр I")
    single = "[VX]" if language in {"en", "fr"} else "[IVX]"
    return re.compile(rf"\b({'|'.join(names)})\s+([IVXL]{{2,}}|{single})(?:th|st|nd|rd)?(?!\w)(?:\.(?=\s+[a-zäöüß]))?")


def _regnal_number(name: str, value: int, language: str) -> str:
    """A ruler's number as said: "the eighth", "quatorze", "segundo" (but "trece" past ten), "de derde",
    "den andre", "der Zweite", "Вторая"..."""
    if language == "fr" or (language in {"es", "pt", "ca"} and value > 10):
        return cardinal(value, language)
    words = ordinal(value, language)
    feminine = name in REGNAL_FEMININE.get(language, frozenset())
    if feminine:
        words = _feminine(words, language)
    elif language == "sv":
        words = {"första": "förste", "andra": "andre"}.get(words, words)  # "Gustav den andre"
    article = {"en": "the", "nl": "de", "sv": "den", "de": "die" if feminine else "der"}.get(language)
    return f"{article} {words}" if article else words


# a century in Roman numerals, which espeak-ng spelled ("X X wieku") or read in English letters ("XX век")
_CENTURY = {
    "pl": re.compile(r"(?:\b(?P<w>[wW]e?)\s+)?\b(?P<n>[IVXL]{1,6})\s+(?P<c>wiek|wieku|wiekiem)\b"),
    "ru": re.compile(r"\b(?P<n>[IVXL]{1,6})\s+(?P<c>век|века|веке|веку|веком)\b"),
    "nl": re.compile(r"\b(?P<n>[IVXL]{1,6})(?:e|ste|de)\s+(?P<c>eeuw)\b"),
}
_RU_CENTURY_ENDINGS = {"века": "ого", "веке": "ом", "веку": "ому", "веком": "ым"}


def _century(match: re.Match[str], language: str) -> str:
    value = _roman_value(match.group("n"))
    if value is None:
        return match.group(0)
    words, noun = ordinal(value, language), match.group("c")
    if language == "ru":
        words = _ru_ordinal(words, _RU_CENTURY_ENDINGS.get(noun))
    elif language == "pl" and noun != "wiek":  # "XX wieku": "dwudziestego"; "w XX wieku", "XX wiekiem": "dwudziestym"
        words = _polish_case(words, "ym" if noun == "wiekiem" or match.group("w") else "ego")
    preposition = f"{match.group('w')} " if language == "pl" and match.group("w") else ""
    return f"{preposition}{words} {noun}"


# French ordinals in Roman numerals: "XIXe siècle", "la IIIe République", "François Ier"
_FR_ROMAN_ORDINAL = re.compile(r"\b((?:[IVXL]{2,}|[IVX]))(e|ème|er|re)(?!\w)")


def _regnal_and_ordinal_numerals(text: str, language: str) -> str:
    regnal = _regnal(language)
    if regnal is not None:
        def say(match: re.Match[str]) -> str:
            value = _roman_value(match.group(2))
            if value is None:
                return match.group(0)
            return f"{match.group(1)} {_regnal_number(match.group(1), value, language)}"
        text = regnal.sub(say, text)
    if language == "fr":
        def say_ordinal(match: re.Match[str]) -> str:
            value = _roman_value(match.group(1))
            if value is None or (match.group(2) in {"er", "re"}) != (value == 1):
                return match.group(0)
            words = ordinal(value, "fr")
            return _feminine(words, "fr") if match.group(2) == "re" else words
        text = _FR_ROMAN_ORDINAL.sub(say_ordinal, text)
    if language in _CENTURY:
        text = _CENTURY[language].sub(lambda match: _century(match, language), text)
    return text


def _roman_numerals(text: str, language: str) -> str:
    """A numeral after a division word ("Chapter XIV", "Livre II") as a number. Found numeral first
    (they are rare but for the pronoun "I"), then the word before it looked up: no scan for every word."""
    parts = _part_words(language)

    def say(match: re.Match[str]) -> str:
        numeral = match.group(0)
        word = _word_before(text, match.start())
        if not word or word.lower() not in parts or numeral in {"L", "C", "D", "M"}:
            return numeral  # "Section C", "Part D": a letter, not 50 or 500
        if numeral == "I" and word[:1].islower() and text[match.end():].lstrip()[:1].isalpha():
            return numeral  # "the book I read", "the part I liked": the pronoun
        value = _roman_value(numeral)
        return numeral if value is None else cardinal(value, language)

    text = _ROMAN_WORD.sub(say, text)
    whole = re.fullmatch(r"\s*([IVXLCDM]+)\.?\s*", text)
    # a heading that is only a numeral ("IV."); a lone "I" is the pronoun
    if whole and whole.group(1) != "I" and (value := _roman_value(whole.group(1))) is not None:
        text = cardinal(value, language)
    return text


_ORDINAL_ENDINGS = {
    # language -> word after the year -> (ending, replacement) applied to each word of the ordinal
    "ru": {"году": (("ый", "ом"), ("ий", "ьем"), ("ой", "ом")), "года": (("ый", "ого"), ("ий", "ьего"), ("ой", "ого")),
           "год": ()},
    "pl": {"roku": (("y", "ym"), ("i", "im")), "rok": ()},
}


def _inflected_years(text: str, language: str) -> str:
    """Russian and Polish read "в 1851 году", "w 1851 roku" as inflected ordinals."""
    if language not in _ORDINAL_ENDINGS:
        return text
    endings = _ORDINAL_ENDINGS[language]

    def after_in(match: re.Match[str]) -> bool:
        before = match.string[:match.start()].split()[-1:]
        return bool(before) and before[0].lower() in {"w", "we", "в", "во"}

    # "1918 r." and "1961 г." are "roku" and "года" (or, after "в", "году")
    if language == "pl":
        text = re.sub(r"\b(1[0-9]\d\d|20\d\d)\s+r\.(?=\s+[a-ząćęłńóśźż]|[,;:)])", r"\1 roku", text)
        text = re.sub(r"\b(1[0-9]\d\d|20\d\d)\s+r\.", r"\1 roku.", text)
    else:
        text = re.sub(r"\b(1[0-9]\d\d|20\d\d)\s+г\.(?P<end>(?=\s+[а-яё]|[,;:)]))?",
                      lambda m: f"{m.group(1)} {'году' if after_in(m) else 'года'}{'' if m.group('end') is not None else '.'}",
                      text)

    def say(match: re.Match[str]) -> str:
        words = ordinal(int(match.group(1)), language).split()
        noun = match.group(2)
        replacements = endings[noun]
        if language == "pl" and noun == "roku" and not after_in(match):  # "3 maja 1791 roku": the genitive
            replacements = (("y", "ego"), ("i", "iego"))
        last = len(words) - (2 if language == "pl" and len(words) > 1 and words[-2].endswith(("y", "i")) else 1)
        for i in range(max(0, last), len(words)):
            for ending, replacement in replacements:
                if words[i].endswith(ending):
                    words[i] = words[i][: -len(ending)] + replacement
                    break
        return f"{' '.join(words)} {noun}"

    return re.sub(rf"\b(1[0-9]\d\d|20\d\d)\s+({'|'.join(endings)})\b", say, text)


def _plural_of_number(words: str) -> str:
    """"seventy" -> "seventies", "eighteen hundred" -> "eighteen hundreds"."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


_DECADE = re.compile(r"(?<![\w.,])(?:(1[1-9]\d0|20\d0)|['’]?([1-9]0))['’]?s\b")
_FRACTION = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
           "⅞": (7, 8), "⅕": (1, 5)}
_WITH_VULGAR = re.compile(rf"(?<![\w.,])(\d+)\s?([{''.join(_VULGAR)}])")


def _fraction_words(numerator: int, denominator: int) -> str:
    """"one half", "three quarters", "two thirds"."""
    name = {2: "half", 4: "quarter"}.get(denominator) or ordinal(denominator, "en")
    if numerator != 1:
        name = "halves" if name == "half" else name + "s"
    return f"{cardinal(numerator, 'en')} {name}"


def _decades_and_fractions(text: str, language: str) -> str:
    """English decades ("the 1870s" is "the eighteen seventies", "the '70s" "the seventies", German "1870er") and fractions
    ("1/2" is "one half", "2½" "two and a half"), which espeak-ng read "one thousand ... z" and "one slash two"."""
    if language == "de":  # "die 1870er Jahre": espeak-ng read "eintausendachthundertsiebziger"
        return re.sub(r"(?<![\w.,])(1[1-9]\d0|20\d0)er\b", lambda m: year(int(m.group(1)), "de") + "er", text)
    if language != "en":
        return text
    text = _DECADE.sub(lambda m: _plural_of_number(year(int(m.group(1)), "en") if m.group(1)
                                                   else cardinal(int(m.group(2)), "en")), text)
    text = _WITH_VULGAR.sub(lambda m: f"{cardinal(int(m.group(1)), 'en')} and "
                                      f"{_fraction_words(*_VULGAR[m.group(2)]).replace('one ', 'a ', 1)}", text)
    text = re.sub(r"(?<![\w/])24/7(?![\w/])", "twenty-four seven", text)
    return _FRACTION.sub(lambda m: _fraction_words(int(m.group(1)), int(m.group(2)))
                         if 0 < int(m.group(1)) < int(m.group(2)) <= 16 else m.group(0), text)


def _ranges(text: str, language: str) -> str:
    return re.sub(r"(?<![\d\-–])(\d+)\s?[-–—]\s?(\d+)(?![\d\-–])", rf"\1 {WORDS[language]['to']} \2", text)


def _enumeration_fr(match: re.Match[str]) -> str:
    """French "1° ... 2° ..." items: "premièrement", "deuxièmement"."""
    words = ordinal(int(match.group(1)), "fr")
    return "premièrement" if words == "premier" else words + "ment"


# the degree sign as an ordinal mark: French list items ("« 1° J'avais vu"), Italian "1° piano"
_ORDINAL_DEGREE_SIGNS: dict[str, list[tuple[str, Callable[[re.Match[str]], str]]]] = {
    "fr": [(r"(?:(?<=^)|(?<=[«(;:—–])|(?<=[«(;:—–]\s))(\d{1,2})\s?°(?=\s+[A-ZÀ-ÖØ-Ý«“\"])", _enumeration_fr)],
    "it": [(r"(?<![\d.,])(\d{1,2})°(?=\s+[a-zà-ù])", lambda match: ordinal(int(match.group(1)), "it"))],
}


def _symbols(text: str, language: str) -> str:
    words = WORDS[language]
    def degrees(scale: str) -> Callable[[re.Match[str]], str]:
        def say(match: re.Match[str]) -> str:
            word = words["degrees"]
            if language in DEGREES:  # "cztery stopnie", "четыре градуса"
                word = DEGREES[language][plural_form(int(match.group(2)), language)]
            elif int(match.group(2)) == 1:
                word = DEGREE.get(language, word)  # "one degree", "un degré"
            return f"{match.group(1)} {word}{' ' + words[scale] if scale else ''}"
        return say

    replacements: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
        *_ORDINAL_DEGREE_SIGNS.get(language, []),
        (r"((\d+))\s?°\s?C\b", degrees("celsius")),
        (r"((\d+))\s?°\s?F\b", degrees("fahrenheit")),
        (r"((\d+))\s?°", degrees("")),
        (r"§\s?(?=\d)", f"{words['section']} "),
        (r"#(?=\d)", f"{words['number']} "),
        (r"(\d)\s?\+\s?(?=\d)", rf"\1 {words['plus']} "),
        (r"(\d)\s?=\s?(?=\d)", rf"\1 {words['equals']} "),
        (r"(\d)\s?[×x*]\s?(?=\d)", rf"\1 {words['times']} "),
        (r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])", r"\1 \2 \3"),  # a date, not "slash"
    ]
    for pattern, replacement in replacements:
        text = re.sub(pattern, replacement, text)
    return text


def _numbers(text: str, language: str) -> str:
    number = _number_pattern(language)

    def say(match: re.Match[str]) -> str:
        sign, whole, fraction = match.group(1), match.group(2), match.group(3)
        if (not fraction and len(whole) > 1 and whole.startswith("0") and whole.isdigit() and not sign
                and text.strip() != match.group(0) and (_word_before(text, match.start()) or "").lower()
                not in _part_words(language)):
            # "01", "007": each leading zero is said ("zéro un"), as in a phone number or a code; not in "Chapter 01"
            rest = whole.lstrip("0")
            zeros = " ".join([cardinal(0, language)] * (len(whole) - len(rest)))
            return f"{zeros} {cardinal(int(rest), language)}" if rest else zeros
        if fraction:
            words = decimal(str(_whole(whole)), fraction, language)
        elif not sign and re.fullmatch(r"1[1-9]\d\d|20\d\d", whole):
            words = year(int(whole), language)
        else:
            words = cardinal(_whole(whole), language)
        return f"{WORDS_MINUS[language]} {words}" if sign else words

    # a minus sign is not one after a letter: "B-52", "COVID-19"
    return re.sub(rf"(?:(?<![\w.,])([-−])(?=\d))?(?<![\w.,]){number}(?![\w])", say, text)


# "IT" and "US" in capitals are acronyms to espeak-ng and Piper, which spell them ("I T", "U S"); a
# paragraph's first word set in capitals ("IT was the best of times") and a heading in capitals
# ("STARBUCK LEANING AGAINST IT.", "WHAT IS IT TO US") mean the pronouns. "The IT department" and
# "THE US NAVY" keep their letters.
_CAPITAL_PRONOUN = re.compile(r"\b(?:IT(?:['’]S)?|US)\b")
_LAST_WORD = re.compile(r"([^\W\d_]+)?([^\w]*)$")
_NEXT_WORD = re.compile(r"[^\w]*([^\W\d_]+)?")
_US_AFTER = frozenset("TO FOR WITH OF LET FROM BY ABOUT AMONG BEFORE AFTER BETWEEN UPON AGAINST WITHOUT GAVE GIVE "
                      "GIVES TOLD TELL TELLS SHOW SHOWED HELP SAVE FOLLOW JOIN LEAVE LEFT TAKE TOOK SEND SENT BRING "
                      "BROUGHT MAKE MADE".split())


def _capital_pronouns(text: str) -> str:
    def say(match: re.Match[str]) -> str:
        word = match.group(0)
        before = _LAST_WORD.search(text, 0, match.start())
        previous, gap = (before.group(1), before.group(2)) if before else (None, "")
        following = _NEXT_WORD.match(text, match.end()).group(1)  # type: ignore[union-attr]
        starts = previous is None or any(mark in gap for mark in '.!?"“‘(—')
        if word != "US" and starts and following and following.islower():
            return word.capitalize()  # "IT was the best of times"
        in_capitals = (previous is None or starts or previous.isupper()) and (following is None or following.isupper())
        if in_capitals and (previous and previous.isupper() or following and following.isupper()):
            if word != "US" or (previous and previous in _US_AFTER):
                return word.lower()
        return word

    return _CAPITAL_PRONOUN.sub(say, text)


# asterisks against a word: emphasis from plain text ("*this*", "**bold**") or a note marker ("word*", "fish."*"),
# which espeak-ng and Piper read as "asterisk"
_ASTERISKS = re.compile(r"(?<=[^\W\d]|[.,;:!?\"”’)\]])\*+|\*+(?=[^\W\d])")
# a note number in brackets stuck to the word or mark before it: "dégoûté[1]." (not read)
_NOTE_MARKER = re.compile(r"(?<=[\w.,;:!?»”’)\]])\[\d{1,3}\]")


def spoken_text(text: str, language: str) -> str:
    """`text` as it should be read aloud in `language` (one of the 11)."""
    if language not in WORDS:
        return text
    if "[" in text:
        text = _NOTE_MARKER.sub("", text)
    if "*" in text:
        text = _ASTERISKS.sub("", text)
    if "@" in text or "www." in text or "://" in text:
        text = _urls(text, language)
    if "." in text or language in {"fr", "pl", "ru", "sv"}:
        text = _abbreviations(text, language)
    if numerals := _ROMAN_LETTER.findall(text):
        text = _roman_numerals(text, language)
        if language in REGNAL_NAMES and (language != "en" or any(numeral != "I" for numeral in numerals)):
            text = _regnal_and_ordinal_numerals(text, language)
    if language == "en" and ("IT" in text or "US" in text):
        text = _capital_pronouns(text)
    if " & " in text:
        text = text.replace(" & ", f" {WORDS[language]['and']} ")
    if _DIGIT.search(text):
        for step in (_approximately, _abbreviations_before_numbers, _currencies, _percentages, _units, _times, _ordinals,
                     _decades_and_fractions, _inflected_years,
                     _ranges, _symbols, _numbers):
            text = step(text, language)
    return " ".join(text.split())
