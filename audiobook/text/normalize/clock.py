"""Times of day: "15:30", "at 9.30", "6 am", "alle 15.30", "às 15h30", "o 12:30" ("o dwunastej trzydzieści"),
"15 h 30"; and English durations ("2:03:59")."""

from __future__ import annotations

import re
from collections.abc import Callable

from audiobook.text.normalize.agreement import labelled_by, romance_count
from audiobook.text.normalize.cases import DATIVE, GENITIVE, cardinal_in_case, case_after
from audiobook.text.normalize.common import closing_stop, feminine, polish_case, word_before
from audiobook.text.normalize.numbers import cardinal, ordinal
from audiobook.text.normalize.tables import GERMAN_SENTENCE_OPENERS, WORDS
from audiobook.wording import listed

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
# minutes are a clock's (a multiple of five), or "am" or "pm" follows ("10.30pm", "7.42 a.m."); "at 3.14", "about
# 1.50" and "at 2.50 per cent" stay decimals
_TIME_PREPOSITIONS = frozenset({"at", "until", "till", "before", "after", "since"})
_DOT_TIME = re.compile(r"(?<![\w.,])([01]?\d|2[0-3])\.([0-5]\d)"
                       rf"(?:{_MERIDIEM})?(?![\d%]|[.,]\d|\s?per\b|\s?percent\b)")


# a duration in hours, minutes and seconds: "ran it in 2:03:59" (espeak-ng said "colon")
_DURATION = re.compile(r"(?<![\w:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d)")


def _duration(match: re.Match[str]) -> str:
    """"two hours, three minutes and fifty-nine seconds"; a part that is zero is not said."""
    parts = [f"{cardinal(amount, 'en')} {unit}{'' if amount == 1 else 's'}"
             for amount, unit in zip(map(int, match.groups()), ("hour", "minute", "second")) if amount]
    if not parts:
        return cardinal(0, "en")
    return listed(parts)


def _english_clock(text: str, say: Callable[[re.Match[str]], str]) -> str:
    """English durations ("1:23:45"), hours with "am" or "pm" ("six A M", "nine thirty P M") and British times
    written with a full stop ("at 9.30" is "at nine thirty", not "nine point three zero")."""
    def dot_time(match: re.Match[str]) -> str:
        if match.group("m") is None and match.group("M") is None and (
                match.group(2)[1] not in "05"
                or (word_before(match.string, match.start()) or "").lower() not in _TIME_PREPOSITIONS):
            return match.group(0)
        return with_meridiem(match)

    def with_meridiem(match: re.Match[str]) -> str:
        meridiem = match.group("m") or match.group("M")
        if meridiem is None:
            return say(match)
        clock = say(match) if match.group(2) and match.group(2) != "00" else cardinal(int(match.group(1)), "en")
        return f"{clock} {meridiem.upper()} M{closing_stop(match)}"

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
# Dutch "van 9.15": a time before "tot" and another ("van 9.15 tot 10.30"), or a train's, bus's or flight's ("de trein
# van 9.15"; it was left as written, "negen punt vijftien")
_DUTCH_UNTIL_TIME = re.compile(r"\s+tot\s+\d{1,2}[.:]\d\d(?!\d)")
_DUTCH_FROM_TIME = re.compile(r"\b(?:trein|bus|boot|veerboot|pont|tram|vlucht|metro|sneltrein|intercity)\s+van\s$")


def _written_clock(text: str, language: str) -> str:
    """"15.30" after a word of time ("alle", "om", "a les") or before one ("uur", "h"), and "15h30", as
    "15:30" for the time rule; an amount ("3.50 €") stays."""
    before, after = _CLOCK_WORDS[language]
    if "h" in text and language in {"pt", "es", "ca"}:
        text = _H_TIME.sub(r"\1:\2", text)
    if "." not in text:
        return text

    # the first time of a range whose second has the word after it: "9.00-17.00 uur", once `_time_ranges` made it
    # "9.00 tot 17.00 uur" (the first was "9.00", read as a decimal)
    range_end = re.compile(rf"\s+{WORDS[language]['to']}\s+\d{{1,2}}[.:]\d\d\s?(?:{after})\b")

    def colon(match: re.Match[str]) -> str:
        word = (word_before(match.string, match.start()) or "").lower()
        rest = match.string[match.end():]
        dutch_from = language == "nl" and word == "van" and bool(
            _DUTCH_UNTIL_TIME.match(rest) or _DUTCH_FROM_TIME.search(match.string, 0, match.start()))
        if word in before or re.match(rf"\s?(?:{after})\b", rest) or range_end.match(rest) or dutch_from:
            return f"{match.group(1)}:{match.group(2)}"
        return match.group(0)

    return re.sub(rf"(?<![\w:.,])([01]?\d|2[0-3])\.([0-5]\d)(?![\d:]|[.,]\d|{_AMOUNT_AFTER})", colon, text)


# two times joined by a dash ("10:00–11:30", "9am–5pm", "9–5 p.m.", "10h-14h"), whose dash no engine reads once the
# times are words ("ten o'clock–eleven thirty"): at least one side has a time's minutes, hours mark or "am"/"pm"
_TIME = r"\d{1,2}(?:[:.h]\d\d|h\b)?(?:\s?(?:[ap]\.?m\b\.?|[AP](?:\.?M| M)\b\.?))?"
_TIME_RANGE = re.compile(rf"(?<![\w:.,])({_TIME})\s?[–-]\s?(?=({_TIME})(?![\d:]|[.,]\d))")
_TIME_MARK = re.compile(r"[:h]|\.\d\d|[apAP]\.? ?[mM]")


def _time_ranges(text: str, language: str) -> str:
    """"10:00–11:30" as "10:00 to 11:30" (in the language's word), before the times are said."""
    def to(match: re.Match[str]) -> str:
        if not (_TIME_MARK.search(match.group(1)) or _TIME_MARK.search(match.group(2))):
            return match.group(0)  # "1939-45", "3–7": the ranges rule's
        return f"{match.group(1)} {WORDS[language]['to']} "
    return _TIME_RANGE.sub(to, text)


_OCLOCK_AFTER = re.compile(r"\s+o['’]\s?clock\b", re.IGNORECASE)
_FEMININE_HOUR = {"es": "horas", "pt": "horas", "ca": "hores"}


# a ratio, a scale or a score after its word is no time: "a ratio of 1:10" "one to ten", "im Maßstab 1:25" "eins zu
# fünfundzwanzig", "gewannen 2:10" (it was "one ten", "eins Uhr fünfundzwanzig"); Polish and Russian, whose "do",
# "к" decline the count after them, are left
_RATIO_WORDS = {
    "en": ("ratio ratios scale odds score", "of"),
    "de": ("Verhältnis Verhältnisse Maßstab Massstab Quote Endstand Spielstand Halbzeitstand gewann gewannen verlor "
           "verloren siegte siegten endete endeten stand steht Sieg Niederlage Ergebnis", "von|mit"),
    "fr": ("rapport ratio échelle score proportion", "de|d'|d’"),
    "es": ("proporción relación escala marcador ratio", "de"),
    "it": ("rapporto proporzione scala punteggio", "di"),
    "pt": ("proporção razão escala placar relação", "de"),
    "ca": ("proporció relació escala marcador", "de"),
    "nl": ("verhouding schaal stand score", "van"),
    "sv": ("förhållande förhållandet skala skalan ställning ställningen", "av"),
}
_RATIO_TO = {"en": "to", "de": "zu", "fr": "à", "es": "a", "it": "a", "pt": "a", "ca": "a", "nl": "op", "sv": "till"}
_RATIO = {language: re.compile(rf"(?P<word>(?i:\b(?:{'|'.join(words.split())}))\s+(?:(?:{of})\s*)?)"
                               r"(?P<first>\d+):(?P<second>\d+)\b(?!:)")
          for language, (words, of) in _RATIO_WORDS.items()}


# and a German score with one figure after its colon, which no time has ("stand es 1:1", "ein 3:0 gegen Köln"):
# not after a short capitalised name other than a sentence's first word, as a Bible reference's chapter and verse
# ("Mt 5:3", "Röm. 8:1")
_GERMAN_SCORE = re.compile(r"(?<![\d:.,])(\d{1,2}):(\d)(?![\d:]|[.,]\d)")


def _german_score(match: re.Match[str]) -> str:
    before = (word_before(match.string, match.start()) or "").rstrip(".")
    if before[:1].isupper() and len(before) <= 4 and before not in GERMAN_SENTENCE_OPENERS:
        return match.group(0)  # "Mt 5:3"
    return f"{match.group(1)} zu {match.group(2)}"


def _ratios(text: str, language: str) -> str:
    pattern = _RATIO.get(language)
    if pattern is None:
        return text
    text = pattern.sub(lambda m: f"{m['word']}{m['first']} {_RATIO_TO[language]} {m['second']}", text)
    return _GERMAN_SCORE.sub(_german_score, text) if language == "de" else text


# an English 24-hour time in four figures before "hours" ("0800 hours", "at 2300h"): "oh eight hundred hours",
# "twenty-three hundred hours" (it was "zero eight hundred hours", "one thousand four hundred and thirty hours");
# with a leading zero or after a word of time, as "1800 hours of work" is a count
# (the figures found first, the word before them looked at after: looks back first were tried at every character)
_MILITARY_TIME = re.compile(r"(?<![\w.,:])([01]\d|2[0-3])([0-5]\d)\s?(?:hours|hrs|hr|h)\b")
_COLON_MILITARY_TIME = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3]):([0-5]\d)\s?(?:hours|hrs|hr|h)\b")  # never a count
# and one with a leading zero after a word of time, without "hours" ("leaves at 0930", "from 0600"): "oh nine thirty"
_ZERO_LED_TIME = re.compile(r"(?<![\w.,:])(0\d)([0-5]\d)(?![\w.,:/-]?\d|[\w%])")
_WORD_OF_TIME_BEFORE = re.compile(r"(?<=\b[Aa]t )|(?<=\b[Bb]y )|(?<=\buntil )|(?<=\btill )|(?<=\bfrom )"
                                  r"|(?<=\bbefore )|(?<=\bafter )|(?<=\bsince )")


# Catalan's quarters of the hour to come ("a 2/4 de 10" is "a dos quarts de deu", half past nine; "a ¾ de 8", "a 1/4
# d'11"): the hour in its feminine ("d'una", "de dues") after "de", elided before a vowel; it was "dos/quatre de deu"
_CATALAN_QUARTERS = re.compile(r"(?<![\w/])([¼¾]|2/4)\s+(?:de\s+|d['’])(1[0-2]|[1-9])\b(?![.,:]\d)"
                               r"(?!\s+(?!del\b|de\s+la\b|i\b|h\b)[^\W\d_])")
_QUARTERS = {"¼": "un quart", "2/4": "dos quarts", "¾": "tres quarts"}


def catalan_quarters(text: str, language: str) -> str:
    if language != "ca" or not ("¼" in text or "¾" in text or "2/4" in text):
        return text

    def say(match: re.Match[str]) -> str:
        hour = romance_count(int(match.group(2)), "hores", "ca")
        return f"{_QUARTERS[match.group(1)]} {'d’' if hour[:1] in 'aeiou' else 'de '}{hour}"

    return _CATALAN_QUARTERS.sub(say, text)


def military_times(text: str, language: str) -> str:
    """English "0800 hours" (see `_MILITARY_TIME`), before the units read "hours" as a count's."""
    if language != "en":
        return text
    if "h" in text:
        text = _MILITARY_TIME.sub(_military_time, text)
        if ":" in text:  # "15:00 hrs", "09:00 hours" (they were "fifteen:zero hours", "nine o'clock hours")
            text = _COLON_MILITARY_TIME.sub(lambda match: _military_time(match, always=True), text)
    return _ZERO_LED_TIME.sub(_zero_led_time, text) if "0" in text else text


def _military_time(match: re.Match[str], hours: str = " hours", always: bool = False) -> str:
    if not always and match.group(1)[0] != "0" and not _WORD_OF_TIME_BEFORE.match(match.string, match.start()):
        return match.group(0)  # "1800 hours of work": a count
    hour, minute = int(match.group(1)), int(match.group(2))
    said_hour = ("oh " if match.group(1)[0] == "0" else "") + cardinal(hour, "en") if hour else "zero"
    said_minute = "hundred" if not minute else f"oh {cardinal(minute, 'en')}" if minute < 10 else cardinal(minute, "en")
    return f"{said_hour} {said_minute}{hours}"


def _zero_led_time(match: re.Match[str]) -> str:
    if not _WORD_OF_TIME_BEFORE.match(match.string, match.start()):
        return match.group(0)  # "call 0930 555", "code 0042"
    return _military_time(match, hours="")


# the words a number with a full stop follows as a section's, a room's or a version's, where a time's hour and
# minutes are read otherwise (German, Swedish, Polish and Russian write times with a full stop too)
_NUMBERED = {language: frozenset(words.split()) for language, words in {
    "de": "raum zimmer saal version gleis", "sv": "rum sal version punkt avsnitt",  # (German "Punkt 9.30": "sharp")
    "pl": "sala pokój pokoju wersja wersji punkt punkcie", "ru": "комната аудитория версия пункт"}.items()}


def _numbered(before: str | None, language: str) -> bool:
    return language in _NUMBERED and (labelled_by(before, language) or (before or "").lower() in _NUMBERED[language])


_NEXT_WORD = re.compile(r"\s*([^\s,;:.!?]+)")


def _russian_time_in_case(match: re.Match[str], hour: int, minute: int) -> str | None:
    """A Russian time after a preposition that governs a case, in that case: "с 9:00 до 18:00" "с девяти до
    восемнадцати", "к 10:30" "к десяти тридцати" (it was "с девять ровно до восемнадцать ровно"); None elsewhere."""
    following = _NEXT_WORD.match(match.string, match.end())
    case = case_after(word_before(match.string, match.start()), following.group(1) if following else None, "ru")
    if case not in {GENITIVE, DATIVE} or not (said := cardinal_in_case(hour, case, "ru")):
        return None
    if minute:
        minutes = cardinal_in_case(minute, case, "ru")
        if not minutes:
            return None
        said += f" {'ноль ' if minute < 10 else ''}{minutes}"
    return said


def times(text: str, language: str) -> str:
    if ":" in text:
        text = _ratios(text, language)

    def say(match: re.Match[str]) -> str:
        hour, minute = int(match.group(1)), int(match.group(2))
        if (match.string[match.end(1)] == "." and match.end() == match.end(2)  # no "Uhr" after it
                and _numbered(word_before(match.string, match.start()), language)):
            return match.group(0)  # a section's, a room's, a version's number: "Kapitel 3.14", "Raum 2.10"
        h = cardinal(hour, language)
        if language == "en":
            if minute == 0:  # on the 24-hour clock, "14:00" is "fourteen hundred", "00:00" midnight
                if 0 < hour <= 12 and _OCLOCK_AFTER.match(match.string, match.end()):
                    return h  # "4:00 o'clock": the words are written already
                return f"{h} o'clock" if 0 < hour <= 12 else f"{h} hundred" if hour % 24 else "midnight"
            return f"{h} oh {cardinal(minute, 'en')}" if minute < 10 else f"{h} {cardinal(minute, 'en')}"
        if language == "pl":  # the hour is a feminine ordinal: "dwunasta", "o dwunastej"
            before = match.string[:match.start()].split()[-1:]
            words = ordinal(hour, "pl") if hour else "zero"
            if before and before[0].lower() in {"o", "godzinie", "po", "przed"}:
                h = polish_case(words, "ej")
            else:
                h = feminine(words, "pl")
        if language == "fr":
            return _french_time(hour, minute)
        if language == "ru" and (said := _russian_time_in_case(match, hour, minute)):
            return said
        if language == "de" and hour == 1:  # "ein Uhr zehn" ("eins Uhr" was heard)
            h = "ein"
        if language in _FEMININE_HOUR:  # "la una", "às duas", "les vint-i-una": the hour counts "horas", feminine
            h = romance_count(hour, _FEMININE_HOUR[language], language)
        m = cardinal(minute, language)
        if language in {"pl", "ru"} and 0 < minute < 10:  # "девять ноль семь"
            m = f"{'zero' if language == 'pl' else 'ноль'} {m}"
        with_minutes, on_the_hour = _TIME_FORMS[language]
        return with_minutes.format(h=h, m=m) if minute else on_the_hour.format(h=h)

    if "–" in text or "-" in text:
        text = _time_ranges(text, language)
    if language == "en":
        text = _english_clock(text, say)
    elif language in _CLOCK_WORDS:
        text = _written_clock(text, language)
    separator = r"(?:[:.]|\s?h\s?)" if language == "fr" else ":" if language not in {"de", "sv", "pl", "ru"} else r"[:.]"
    # everywhere, a full stop after an hour written with its leading zero: "02.15" is a time, not a decimal
    separator = rf"(?:{separator}|(?<=(?<![\w.])0\d)\.)"
    # not an amount: "3.50 Euro", "12.30 €", "2.15 %"
    text = re.sub(rf"(?<![\w:.,])([01]?\d|2[0-3]|24(?={separator}00)){separator}"
                  rf"([0-5]\d)(?![\d:]|[.,]\d|{_AMOUNT_AFTER})"
                  r"(?:\s?(?:Uhr|uur|h(?!\w|\.\w)))?", say, text)  # "14:30 h.": the stop left to the sentence
    if language == "fr":  # "15 h", "15h": "quinze heures"
        text = re.sub(r"(?<![\w:.,])([01]?\d|2[0-3])\s?h\b(?!\s?\d)", lambda m: _french_time(int(m.group(1)), 0), text)
    if language == "pl" and "godzin" in text:  # "o godzinie 15": "piętnastej", as "o 15.00" (it was "piętnaście")
        text = _POLISH_HOUR.sub(_polish_hour, text)
    return text


# an hour on its own after Polish "godzina" is the feminine ordinal in the noun's case: "o godzinie piętnastej", "od
# godziny ósmej", "na godzinę dziewiątą", "godzina dwunasta"
# ("od godziny 8 do 16", "w godz. 8–16": "od ósmej do szesnastej")
_POLISH_HOUR = re.compile(r"\b([Gg]odzin(?:ie|y|ę|a|ach))\s+(od\s+)?(1\d|2[0-4]|0?[1-9])"
                          r"(?![\w:]|[.,]\d|\s+(?:min|sek))"  # not "1 godzina 20 minut", a duration
                          r"(?:\s+do\s+(1\d|2[0-4]|0?[1-9])(?![\w:]|[.,]\d))?")
_POLISH_HOUR_CASE = {"e": "ej", "y": "ej", "ę": "ą", "a": "a"}  # "godzinach" only after "od": the genitive


def _polish_hour(match: re.Match[str]) -> str:
    noun, since, hour, until = match.group(1), match.group(2) or "", int(match.group(3)), match.group(4)
    if noun.endswith("ach") and not since:  # "w godzinach 8 i 16": not one hour's
        return match.group(0)
    ending = "ej" if since else _POLISH_HOUR_CASE[noun[-1]]
    said = f"{noun} {since}{polish_case(ordinal(hour, 'pl'), ending)}"
    return f"{said} do {polish_case(ordinal(int(until), 'pl'), 'ej')}" if until else said
