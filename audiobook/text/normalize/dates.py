"""Dates, times and ordinals: "21st", "June 16" ("June sixteenth"), "3 maja 1791 roku", "9 мая",
"2-я глава", "15 h 30", "o 12:30", "в 1905 году"."""

from __future__ import annotations

import re
from collections.abc import Callable

from audiobook.text.normalize.agreement import counts_noun
from audiobook.text.normalize.common import feminine, polish_case, ru_ordinal, word_before
from audiobook.text.normalize.numbers import cardinal, ordinal

_TIME_FORMS = {"de": ("{h} Uhr {m}", "{h} Uhr"),
               "nl": ("{h} uur {m}", "{h} uur"), "es": ("{h} y {m}", "{h} en punto"), "it": ("{h} e {m}", "{h} in punto"),
               "pt": ("{h} e {m}", "{h} em ponto"), "ca": ("{h} i {m}", "{h} en punt"), "sv": ("{h} och {m}", "{h}"),
               "pl": ("{h} {m}", "{h}"), "ru": ("{h} {m}", "{h} ровно")}


def _french_time(hour: int, minute: int) -> str:
    """"quinze heures trente", "une heure", "vingt et une heures"."""
    words = {1: "une", 21: "vingt et une"}.get(hour) or cardinal(hour, "fr")
    hours = f"{words} {'heure' if hour <= 1 else 'heures'}"
    return f"{hours} {cardinal(minute, 'fr')}" if minute else hours


# "6 am", "10pm", "9:30a.m.", "11:45 PM": the letters, which engines read as the word "am" or ran into the number
# (and "A M" as the abbreviations step left "a.m."); not "Room 12 Am"
_MERIDIEM = r"\s?(?:(?P<m>[ap])(?:\.?m\.|m\b)|(?P<M>[AP])(?:\.?M\.|M\b| M\b))"
_HOUR_MERIDIEM = re.compile(rf"(?<![\w:.,])(1[0-2]|0?[1-9])(?::([0-5]\d))?{_MERIDIEM}")
# a British time with a full stop ("at 9.30", "until 10.15"), where a preposition of time comes before it and the
# minutes are a clock's (a multiple of five); "at 3.14", "about 1.50" and "at 2.50 per cent" stay decimals
_TIME_PREPOSITIONS = frozenset({"at", "until", "till", "before", "after", "since"})
_DOT_TIME = re.compile(r"(?<![\w.,])([01]?\d|2[0-3])\.([0-5][05])"
                       rf"(?:{_MERIDIEM})?(?![\d%]|[.,]\d|\s?per\b|\s?percent\b)")


# a duration in hours, minutes and seconds: "ran it in 2:03:59" (espeak-ng said "colon")
_DURATION = re.compile(r"(?<![\w:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d)")


def _duration(match: re.Match[str]) -> str:
    """"two hours, three minutes and fifty-nine seconds"; a part that is zero is not said."""
    parts = [f"{cardinal(amount, 'en')} {unit}{'' if amount == 1 else 's'}"
             for amount, unit in zip(map(int, match.groups()), ("hour", "minute", "second")) if amount]
    if not parts:
        return cardinal(0, "en")
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]


def _english_clock(text: str, say: Callable[[re.Match[str]], str]) -> str:
    """English durations ("1:23:45"), hours with "am" or "pm" ("six A M", "nine thirty P M") and British times
    written with a full stop ("at 9.30" is "at nine thirty", not "nine point three zero")."""
    def dot_time(match: re.Match[str]) -> str:
        if (word_before(match.string, match.start()) or "").lower() not in _TIME_PREPOSITIONS:
            return match.group(0)
        return with_meridiem(match)

    def with_meridiem(match: re.Match[str]) -> str:
        meridiem = match.group("m") or match.group("M")
        if meridiem is None:
            return say(match)
        clock = say(match) if match.group(2) and match.group(2) != "00" else cardinal(int(match.group(1)), "en")
        rest = match.string[match.end():].lstrip()
        # its full stop also ends the sentence: at the end, or before a capital
        end = "." if match.group(0).endswith(".") and (not rest or rest[:1].isupper() or rest[:1].isdigit()) else ""
        return f"{clock} {meridiem.upper()} M{end}"

    if text.count(":") > 1:
        text = _DURATION.sub(_duration, text)
    if "." in text:
        text = _DOT_TIME.sub(dot_time, text)
    if "m" in text or "M" in text:
        text = _HOUR_MERIDIEM.sub(with_meridiem, text)
    return text


_AMOUNT_AFTER = r"\s?(?:[€$£₽%]|(?i:euros?|eur|dollars?|usd|zł|złotych|руб|рублей|kr|kronor|prozent|procent)\b)"


# the words around an hour in Italian, Dutch and the Iberian languages, whose times are also written with a full stop
# ("alle 15.30", "om 15.30 uur", "a les 15.30 h") or an "h" ("às 15h30"): before it, and after it
_CLOCK_WORDS = {"it": ({"alle", "dalle", "delle", "le", "ore", "verso"}, "ore"),
                "nl": ({"om", "tot", "vanaf", "rond", "tussen"}, "uur"),
                "ca": ({"les", "la", "cap"}, "h|hores"), "es": ({"las", "la", "sobre"}, "h|horas"),
                "pt": ({"às", "as", "das", "pelas", "até"}, "h|horas")}
_H_TIME = re.compile(r"(?<![\w:.,])([01]?\d|2[0-3])h([0-5]\d)\b")  # "15h30"


def _written_clock(text: str, language: str) -> str:
    """"15.30" after a word of time ("alle", "om", "a les") or before one ("uur", "h"), and "15h30", as
    "15:30" for the time rule; an amount ("3.50 €") stays."""
    before, after = _CLOCK_WORDS[language]
    if "h" in text and language in {"pt", "es", "ca"}:
        text = _H_TIME.sub(r"\1:\2", text)
    if "." not in text:
        return text

    def colon(match: re.Match[str]) -> str:
        word = (word_before(match.string, match.start()) or "").lower()
        if word in before or re.match(rf"\s?(?:{after})\b", match.string[match.end():]):
            return f"{match.group(1)}:{match.group(2)}"
        return match.group(0)

    return re.sub(rf"(?<![\w:.,])([01]?\d|2[0-3])\.([0-5]\d)(?![\d:]|[.,]\d|{_AMOUNT_AFTER})", colon, text)


def times(text: str, language: str) -> str:
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
                h = polish_case(words, "ej")
            else:
                h = " ".join(feminine(w, "pl") for w in words.split())
        if language == "fr":
            return _french_time(hour, minute)
        m = cardinal(minute, language)
        if language in {"pl", "ru"} and 0 < minute < 10:  # "девять ноль семь"
            m = f"{'zero' if language == 'pl' else 'ноль'} {m}"
        with_minutes, on_the_hour = _TIME_FORMS[language]
        return with_minutes.format(h=h, m=m) if minute else on_the_hour.format(h=h)

    if language == "en":
        text = _english_clock(text, say)
    elif language in _CLOCK_WORDS:
        text = _written_clock(text, language)
    separator = r"(?:[:.]|\s?h\s?)" if language == "fr" else ":" if language not in {"de", "sv", "pl", "ru"} else r"[:.]"
    # everywhere, a full stop after an hour written with its leading zero: "02.15" is a time, not a decimal
    separator = rf"(?:{separator}|(?<=(?<![\w.])0\d)\.)"
    # not an amount: "3.50 Euro", "12.30 €", "2.15 %"
    text = re.sub(rf"(?<![\w:.,])([01]?\d|2[0-3]){separator}([0-5]\d)(?![\d:]|[.,]\d|{_AMOUNT_AFTER})"
                  r"(?:\s?(?:Uhr|uur|h(?![\w.]|\.\w)))?", say, text)
    if language == "fr":  # "15 h", "15h": "quinze heures"
        text = re.sub(r"(?<![\w:.,])([01]?\d|2[0-3])\s?h\b(?!\s?\d)", lambda m: _french_time(int(m.group(1)), 0), text)
    return text


# dates written with full stops ("3.10.1990", "01.01.2000"), which espeak-ng read "drei Punkt zehn...": the
# month by its name, so the day becomes an ordinal ("am dritten Oktober neunzehnhundertneunzig"), and in
# Polish and Russian the year one too ("pierwszego stycznia dwutysięcznego roku")
_DOT_DATE = re.compile(r"(?<![\w.,])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(1\d{3}|20\d\d)(?![\d]|[.,]\d)")
_MONTH_NAMES = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
_YEAR_WORD = {"pl": ("roku", r"\s+(?:r\.|roku\b)"), "ru": ("года", r"\s+(?:г\.|года\b|году\b)")}


def dot_dates(text: str, language: str) -> str:
    """German, Polish and Russian dates with full stops, read with the month's name."""
    if language not in _MONTH_NAMES or "." not in text:
        return text
    months = _MONTH_NAMES[language].split()

    def say(match: re.Match[str]) -> str:
        day, month, year = int(match.group(1)), months[int(match.group(2)) - 1], match.group(3)
        if language == "de":
            return f"{day}. {month} {year}"
        word, written = _YEAR_WORD[language]
        has_word = re.match(written, match.string[match.end():]) is not None  # "1.01.2000 r." says it already
        return f"{day} {month} {year}" + ("" if has_word else f" {word}")

    return _DOT_DATE.sub(say, text)


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
    # and the first of a month is "premier" ("le 1 mai" is "le premier mai"; the other days are cardinals)
    "fr": [r"\b(?P<n>\d+)(?P<s>er|re|ère|e|ème|eme)\b",
           r"(?<![\d,.])(?P<n>1)(?P<s>)(?=\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
           r"novembre|décembre)\b)"],
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


def ordinals(text: str, language: str) -> str:
    def say(match: re.Match[str]) -> str:
        words = ordinal(int(match.group("n")), language)
        prefix = match.groupdict().get("p") or ""
        if language == "ru" and not match.group("s"):  # a date: "9 мая" is "девятое мая"
            before = match.string[:match.start()].split()[-1:]
            word = before[0].lower() if before else ""
            words = ru_ordinal(words, "ого" if word in _RU_GENITIVE_BEFORE else "ому" if word in {"к", "ко"} else "ое")
        elif language == "ru":
            words = ru_ordinal(words, _RU_ENDINGS.get(match.group("s")))
        elif language == "pl" and not match.group("s"):  # a date: "3 maja" is "trzeciego maja"
            words = polish_case(words, "ego")
        elif match.group("s") in _FEMININE_SUFFIXES:
            words = feminine(words, language)
        elif language == "de":
            before = (prefix or match.string[:match.start()]).split()[-1:]
            if before and before[0].lower() in _GERMAN_WEAK_ENDINGS:  # "am dritten Mai", "der zweite Krieg"
                words += "n"
        elif (language == "es" and words in {"primero", "tercero"} and (following := re.match(
                r"\s+(\w+)", match.string[match.end():])) and counts_noun(following.group(1).lower(), None, "es")):
            words = words[:-1]  # "el tercer día" (but "el primero de mayo")
        more = match.groupdict().get("more") or ""  # the other days of a list: "14, 15, 16"
        return prefix + words + re.sub(r"\d+", lambda day: ordinal(int(day.group(0)), language), more)

    for pattern in _ORDINALS[language]:
        text = re.sub(pattern, say, text)
    return text


_ORDINAL_ENDINGS = {
    # language -> word after the year -> (ending, replacement) applied to each word of the ordinal
    "ru": {"году": (("ый", "ом"), ("ий", "ьем"), ("ой", "ом")), "года": (("ый", "ого"), ("ий", "ьего"), ("ой", "ого")),
           "год": ()},
    "pl": {"roku": (("y", "ym"), ("i", "im")), "rok": ()},
}


def inflected_years(text: str, language: str) -> str:
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
