"""Dates and ordinals: "21st", "June 16" ("June sixteenth"), "3 maja 1791 roku", "9 мая", "am 3.10.1990",
"2-я глава", "в 1905 году" (times of day are `clock`'s)."""

from __future__ import annotations

import re

from audiobook.text.normalize.agreement import counts_noun, german_gender, is_feminine, polish_ordinal
from audiobook.text.normalize.common import (
    closing_stop,
    feminine,
    polish_case,
    ru_ordinal,
    spanish_before_noun,
    word_before,
)
from audiobook.text.normalize.numbers import ordinal

# dates written in figures, day first ("3.10.1990", "01/01/2000", "3-12-2020") or ISO ("2020-12-03"), which
# espeak-ng read "drei Punkt zehn..." or as three numbers: the month by its name, so the day is read as each
# language reads a date's day ("am dritten Oktober neunzehnhundertneunzig", "le trois décembre", "tres de
# diciembre de dos mil veinte"; in Polish and Russian the year too: "pierwszego stycznia dwutysięcznego roku")
_DAY, _MONTH, _YEAR = r"(0?[1-9]|[12]\d|3[01])", r"(0?[1-9]|1[0-2])", r"(1\d{3}|20\d\d)"
# the year in two figures too, with full stops ("am 3.10.90", "18.09.25"): read as the number it is, or in Polish
# and Russian as the ordinal a year is, with its "roku", "года" (written after it or not)
_NUMERIC_DATE = re.compile(rf"(?<![\w.,/-])(?:{_DAY}([./-]){_MONTH}\2{_YEAR}|{_YEAR}-{_MONTH}-{_DAY}|"
                           rf"{_DAY}\.{_MONTH}\.(\d\d)(?:\s+(r\.|roku\b|г\.|года\b))?)(?![\d]|[.,/-]\d)")
MONTH_NAMES = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
_YEAR_WORD = {"pl": ("roku", r"\s+(?:r\.|roku\b)"), "ru": ("года", r"\s+(?:г\.|года\b|году\b)")}


# English dates in figures: ISO ("2020-12-03"), and with a slash or a dash where a number over 12 shows which is
# the day ("03/25/2021" month first, as American English writes it; "25/12/1850" day first, as British English
# does), with the month's name; espeak-ng read them as numbers ("zero three twenty-five twenty twenty-one",
# "twenty twenty twelve zero three"). One whose numbers could each be the month ("3/4/2021") is left as it is.
EN_MONTHS = "January February March April May June July August September October November December".split()
_EN_NUMERIC_DATE = re.compile(rf"(?<![\w.,/-])(?:(\d{{1,2}})([/-])(\d{{1,2}})\2{_YEAR}|{_YEAR}[-/]{_MONTH}[-/]{_DAY})"
                              r"(?!\w|[.,/-]\d)")

_FIGURES_JOINED = re.compile(r"\d[/-]\d")  # the quick test: most text with a dash or slash has no date

# a day and a month with a slash and no year ("on 12/05", "le 25/12", "Date: 03/04"), which was read "twelve/zero
# five" or as a fraction ("05/06" "five sixths"): taken as a date when a number is written with its zero (no
# fraction is) or a word before it says it is one; not before "of" and its kin ("on 5/8 of the land") or "season"
_DAY_AND_MONTH = re.compile(r"(?<![\w.,/-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,/:-]\d)")
_DATE_WORDS = {language: frozenset(words.split()) for language, words in {
    "en": "on dated due since until till born died date: dated:", "fr": "le du au date:", "de": "am vom bis zum datum:",
    "es": "el del al fecha:", "it": "il dal al data:", "pt": "em dia data:", "ca": "el del al data:",
    "nl": "op van tot datum:", "sv": "den datum:", "pl": "dnia dn. data:", "ru": "дата:",
}.items()}
_NOT_A_DATE_AFTER = re.compile(r"\s+(?:of|season|de|du|des|di|del|della|da|do|van|av|von|der|z|из)\b")


def _is_day_and_month(match: re.Match[str], language: str) -> bool:
    """Whether a pair with a slash and no year ("12/05") is a day and a month (see `_DAY_AND_MONTH`)."""
    first, second = match.group(1), match.group(2)
    if not (1 <= int(first) <= 31 and 1 <= int(second) <= 31 and (int(first) <= 12 or int(second) <= 12)):
        return False
    if (len(first) == 2 and first[0] == "0") or (len(second) == 2 and second[0] == "0"):
        return not match.string.startswith(" season", match.end())  # "the 05/06 season" (English: `_two_years`)
    before = word_before(match.string, match.start())
    return (before is not None and before.lower() in _DATE_WORDS[language]
            and not _NOT_A_DATE_AFTER.match(match.string, match.end()))


def _english_dates(text: str, day_first: bool | None = None) -> str:
    def say(match: re.Match[str]) -> str:
        if not match.group(1):  # ISO
            year, month, day = match.group(5), int(match.group(6)), int(match.group(7))
            return f"{EN_MONTHS[month - 1]} {day}, {year}"
        return _english_date(int(match.group(1)), int(match.group(3)), match.group(4), match, day_first)

    def say_without_year(match: re.Match[str]) -> str:  # "on 12/05": "December 5" or "the 12th of May"
        if match.string.startswith(" season", match.end()):  # "the 05/06 season": "oh five oh six"
            return _two_years(match.group(1), match.group(2)) or match.group(0)
        if not _is_day_and_month(match, "en"):
            return match.group(0)
        return _english_date(int(match.group(1)), int(match.group(2)), "", match, day_first).rstrip(", ")

    text = _EN_NUMERIC_DATE.sub(say, text)
    return _DAY_AND_MONTH.sub(say_without_year, text) if "/" in text else text


def _two_years(first: str, second: str) -> str | None:
    """A season's two years in two figures, each the next ("05/06", "10/11"), as they are said ("oh five oh six");
    None for any other pair."""
    if len(first) != 2 or len(second) != 2 or int(second) != int(first) + 1:
        return None
    return " ".join(f"oh {int(year)}" if year[0] == "0" else year for year in (first, second))


def _english_date(first: int, second: int, year: str, match: re.Match[str], day_first: bool | None) -> str:
    """A date of two numbers and a year (or none) in words, in the order the numbers or the region show."""
    if 1 <= first <= 12 < second <= 31 or day_first is False and 1 <= first <= 12 and 1 <= second <= 12:
        return f"{EN_MONTHS[first - 1]} {second}, {year}"
    if 1 <= second <= 12 < first <= 31 or day_first and 1 <= first <= 12 and 1 <= second <= 12:
        return _english_day_first(first, second, year, match.string[:match.start()])  # "the 25th of December"
    return f"{first} {second} {year}"  # either could be the month: the numbers, without a zero said ("03")


def english_dates_in_order(text: str, day_first: bool) -> str:
    """Dates in figures whose numbers could each be the month ("03/04/2021"), which `spoken_text` leaves as
    numbers, read in the order the book's region writes them: "the third of April 2021" in a British book,
    "March 4, 2021" in an American one (the others as `spoken_text` reads them)."""
    return _english_dates(text, day_first) if _FIGURES_JOINED.search(text) else text


def _english_day_first(day: int, month: int, year: str, before: str) -> str:
    the = "" if before.lower().endswith("the ") else "the "
    return f"{the}{ordinal(day, 'en')} of {EN_MONTHS[month - 1]} {year}"


def english_dotted_date(parts: list[str], before: str) -> str | None:
    """An English date written with full stops, day first as Europe writes it ("04.03.2021": "the fourth of March
    2021"), or month first where the day shows it ("12.25.2021": "December 25, 2021"); None if it is no date."""
    day, month, year = int(parts[0]), int(parts[1]), parts[2]
    if len(year) != 4:  # "3.10.90": three numbers, as English cannot tell which is the day
        return None
    if 1 <= day <= 31 and 1 <= month <= 12:
        return _english_day_first(day, month, year, before)
    if 1 <= day <= 12 < month <= 31:
        return f"{EN_MONTHS[day - 1]} {month}, {year}"
    return None


# a Swedish date of day and month with a slash after "den" ("den 5/3 1950", "den 24/12"); it was "fem/tre"
_SWEDISH_DAY_MONTH = re.compile(r"(?<=\b[Dd]en )(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


def numeric_dates(text: str, language: str) -> str:
    """Dates in figures, day first as every language but English writes them, read with the month's name;
    in English, those whose order their numbers show."""
    if language == "en":
        return _english_dates(text) if ("/" in text or "-" in text) and _FIGURES_JOINED.search(text) else text
    if language not in MONTH_NAMES or not ("." in text or "/" in text or "-" in text):
        return text
    months = MONTH_NAMES[language].split()
    if language == "sv" and "/" in text:  # "den 5/3" is "den 5 mars", which the ordinals read "den femte mars"
        text = _SWEDISH_DAY_MONTH.sub(lambda m: f"{int(m.group(1))} {months[int(m.group(2)) - 1]}"
                                      if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12 else m.group(0),
                                      text)

    def say(match: re.Match[str]) -> str:
        if match.group(1):
            day, month, year = int(match.group(1)), months[int(match.group(3)) - 1], match.group(4)
        elif match.group(5):
            day, month, year = int(match.group(7)), months[int(match.group(6)) - 1], match.group(5)
        else:  # a year in two figures ("05" said with its zero)
            day, month, year = int(match.group(8)), months[int(match.group(9)) - 1], match.group(10)
            if language in _YEAR_WORD:
                said = f"{day} {month} {_year_said(int(year), _YEAR_WORD[language][0], language, False)}"
                after = match.string[match.end():].lstrip()
                ends = (match.group(11) or "").endswith(".") and (not after or after[:1].isupper())
                return f"{said}." if ends else said  # "... 90 r." ending its sentence
        said = _day_and_month(day, month, language)
        if language in {"es", "pt", "ca"}:
            return f"{said} de {year}"
        if language in _YEAR_WORD:
            word, written = _YEAR_WORD[language]
            has_word = re.match(written, match.string[match.end():]) is not None  # "1.01.2000 r." says it already
            return f"{said} {year}" + ("" if has_word else f" {word}")
        return f"{said} {year}"

    def say_without_year(match: re.Match[str]) -> str:  # "le 12/05": "le 12 mai", "am 25/12": "am 25. Dezember"
        day, month = int(match.group(1)), int(match.group(2))
        if not (_is_day_and_month(match, language) and month <= 12):
            return match.group(0)
        return _day_and_month(day, months[month - 1], language)

    text = _NUMERIC_DATE.sub(say, text)
    return _DAY_AND_MONTH.sub(say_without_year, text) if "/" in text else text


def _day_and_month(day: int, month: str, language: str) -> str:
    """A date's day and month (its name) as `language` writes them for the ordinals' step to read."""
    if language == "de":
        return f"{day}. {month}"
    if language == "it" and day == 1:  # "il primo maggio"
        return f"1º {month}"
    if language in {"es", "pt"}:
        return f"{day} de {month}"
    if language == "ca":
        return f"{day} {'d’' if month[0] in 'aeiou' else 'de '}{month}"
    return f"{day} {month}"


# per language: patterns with the digits as group "n", the suffix as "s" and an optional kept prefix "p"
_EN_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_EN_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?![\d:]|[.,]\d|\w)"
# more days of the same month, where a list of them ends: "Nov. 14, 15, 16.—", "April 28, 29 and 30." (not "May 3, 10 men")
_EN_MORE_DAYS = (rf"(?:,\s?{_EN_DAY}(?=[,.;:—–)]|\s+and\s))*(?:,?\s+and\s+{_EN_DAY}(?=[,.;:—–)]|\s*$))?"
                 # or the last day of a range ("May 5-7", which the ranges step made "May 5 to 7"; "May 5 to 7, 1815")
                 rf"(?:\s(?:to|through)\s{_EN_DAY}(?=[,.;:—–)]|\s*$|\s+\d{{4}}\b|\s+(?:and|in|at|on)\s))?")
_ORDINALS: dict[str, list[str]] = {
    # "21st"; and a day beside its month is read as an ordinal: "June 16" is "June sixteenth", "16 June" "sixteenth June"
    # ("1ST" as well, and "2ndly" "secondly")
    "en": [r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<s>st|nd|rd|th|ST|ND|RD|TH)(?P<ly>ly)?\b",  # "1,000th" too
           rf"\b(?=[JFMASOND])(?P<p>{_EN_MONTHS}\s)(?P<n>{_EN_DAY})(?P<s>)(?P<more>{_EN_MORE_DAYS})"],
    # and the first of a month is "premier" ("le 1 mai" is "le premier mai"; the other days are cardinals)
    # (and the plurals: "les 2es places")
    "fr": [r"\b(?P<n>\d+)(?P<s>ers|res|ères|es|èmes|emes|er|re|ère|e|ème|eme)\b",
           r"\b(?P<n>2)(?P<s>nde|nd|de|d)\b",  # "2de": "seconde"
           r"(?<![\d,.])(?P<n>1)(?P<s>)(?=\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
           r"novembre|décembre)\b)"],
    # "1.er piso", "3er piso": "primer"; older type's "1o.", "2a.", "1er." before a word (it was "primer. ministro")
    "es": [r"\b(?P<n>\d+)\.?(?P<s>[ºª])", r"\b(?P<n>[13])\.?(?P<s>er)\b(?:\.(?=\s+[a-záéíóúñ]))?",
           r"\b(?P<n>\d{1,2})(?P<s>[oa])\.(?=\s+[a-záéíóúñ])"],
    "it": [r"\b(?P<n>\d+)(?P<s>[ºª])"],
    "pt": [r"\b(?P<n>\d+)\.?(?P<s>[ºª])"],
    "ca": [r"\b(?P<n>\d+)(?P<s>r|n|t|è|a|º|ª)\b"],
    "nl": [r"\b(?P<n>\d+)(?P<s>ste|de|e)\b"],
    # "3:e"; and a day before its month: "den 1 januari" is "den första januari"
    "sv": [r"\b(?P<n>\d+):(?P<s>a|e)\b",
           r"\b(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
           r"september|oktober|november|december)(?![-\w]))"],
    # (not the last part of a section's number: "Abschnitt 3.2. und" is "drei Punkt zwei")
    # (and before the nouns only an ordinal stands before: "1. Auflage", "2. Weltkrieg", "3. Klasse", "zum 1. Mal",
    # a book's divisions, "1. Kapitel", "2. Teil")
    "de": [r"(?<!\d\.)\b(?P<n>\d{1,3})(?P<s>\.)(?=\s+(?:[a-zäöüß]|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
           r"September|Oktober|November|Dezember|Jahrhunderts?|Jahrtausends?|Auflage|Weltkrieg|Klasse|Stock|Etage|"
           r"\w*[Gg]eschoss|Liga|Bundesliga|Mal|Platz|Runde|Halbzeit|Staffel|Semester|Quartal|Halbjahr|Jahrestag|"
           r"Geburtstag|Advent|Kapitel|Teil|Buch|Band|Akt|Aufzug|Szene|Abschnitt|Gesang|Brief)\b))",
           r"\b(?P<p>(?i:der|die|das|dem|den|des|am|im|zum|zur|vom|beim)\s)(?P<n>\d{1,3})(?P<s>\.)(?=\s)",
           # "ab 3. Klasse", "seit 2. Klasse": a noun after it, not a sentence's next word ("Spielzeug ab 3. Dann")
           r"\b(?P<p>(?i:ab|seit)\s)(?P<n>\d{1,2})(?P<s>\.)(?=\s+(?!(?:Dann|Danach|Da|Dort|Hier|Jetzt|Nun|Heute|"
           r"Aber|Doch|Denn|Deshalb|Daher|Also|Auch|Noch|Schon|So|Sonst|Zuerst|Später|Wenn|Als|Wie|Was|Wer|Wo|"
           r"Warum|Diese[rsmn]?|Alle|Viele|Mein|Meine|Sein|Seine|Ihr|Ihre|Unser|Unsere|Kein|Keine|Nicht)\b)"
           r"[A-ZÄÖÜ][a-zäöüß]{2,}\b)"],
    # and a day before its month (in the genitive) is an ordinal: "3 maja" is "trzeciego maja", "9 мая" "девятое мая"
    "pl": [r"\b(?P<n>\d{1,3})(?P<s>\.)(?=\s+[a-ząćęłńóśźż])",
           # (the month capitalised in a holiday's or a street's name: "3 Maja", "ul. 3 Maja")
           r"\b(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+(?i:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
           r"września|października|listopada|grudnia)\b)"],
    "ru": [r"\b(?P<n>\d+)-(?P<s>й|я|е|го|му|м|ю|х|ый|ая|ое|ой|ий|ья)\b",
           r"\b(?P<n>3[01]|[12]\d|0?[1-9])(?P<s>)(?=\s+(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
           r"октября|ноября|декабря)\b)"],
}


# a day before its month, as British English writes a date, where a date starts ("on 16 June", "Tuesday 4 June",
# "from 3 to 5 May"; not "Chapter 3 June", "3 June bugs") or a year follows ("It was 3 May 1945"): read as it is
# said, "on the sixteenth of June", "from the third to the fifth of May" (a day already made an ordinal, "16th
# June", gets its "of" too)
_DAY_NUMBER, _EN_DAY_END = r"3[01]|[12]\d|0?[1-9]", r"(?:st|nd|rd|th)?(?![\d:]|[.,]\d|\w)"
_EN_DAY_FIGURES = rf"(?:{_DAY_NUMBER}){_EN_DAY_END}"
_EN_DAY_BEFORE_MONTH = re.compile(
    r"(?=\d)(?:(?<=^)|(?<=\()|(?<=[(,;—–] )|(?<=\b(?i:on|by|to|of) )|(?<=\b(?i:the) )|(?<=\b(?i:from) )|"
    r"(?<=\b(?i:until|since|after) )|(?<=\b(?i:before) )|(?<=\b(?i:between) )|"
    rf"(?<=day )|(?<![\w.,:/-])(?={_EN_DAY_FIGURES}(?:\s+(?:to|and|or|through)\s+{_EN_DAY_FIGURES})?\s+"
    rf"{_EN_MONTHS}\s+\d{{4}}(?!\d)))"
    rf"(?P<first>{_DAY_NUMBER}){_EN_DAY_END}(?:\s+(?P<join>to|and|or|through)\s+(?P<second>{_DAY_NUMBER})"
    rf"{_EN_DAY_END})?"
    rf"(?=\s+{_EN_MONTHS}(?![\w-]))")


_DETERMINERS = frozenset("the a an his her its their my our your this that these those".split())


def _english_days_before_months(text: str) -> str:
    def say(match: re.Match[str]) -> str:
        before = match.string[:match.start()].split()[-1:]
        the = "The " if not before else "" if before[0].lower() in _DETERMINERS else "the "  # "his 12 April letter"
        words = the + ordinal(int(match.group("first")), "en")
        if match.group("second"):
            words += f" {match.group('join')} the {ordinal(int(match.group('second')), 'en')}"
        return words + " of"

    return _EN_DAY_BEFORE_MONTH.sub(say, text)


# words after which a date names the day, in the nominative ("Сегодня девятое мая", "Это было первое января")
_RU_NOMINATIVE_BEFORE = frozenset("сегодня завтра вчера было будет был была наступило настало это".split())
_RU_DATE_ALONE = re.compile(r"\s+\w+(?:\s+\d{4}(?:\s*(?:г\.|года))?)?\s*(?:[.!?:]|$)")  # "9 мая 1945 года."
_RU_FIRST_DATE = re.compile(rf"(\S*)\s*\b\d{{1,2}}\s+(?:{MONTH_NAMES['ru'].replace(' ', '|')})"
                            r"(?:\s+\d{2,4}(?:\s*(?:г\.|года))?)?,?\s+(?:и|или)\s+$")


def _russian_date_ending(match: re.Match[str]) -> str:
    """The ending of a date's ordinal: when something happened is in the genitive ("Он родился четвёртого
    октября", "9 мая он уехал"); a date alone (a heading, a diary's entry) or after "сегодня", "было" names the
    day, "девятое мая"; after "к", the dative ("к девятому мая"), after "по" the accusative ("по пятое мая"); after
    "до", "с", "от" the genitive, as elsewhere."""
    head = match.string[:match.start()]
    if head.rstrip().endswith((" и", " или")) and (pair := _RU_FIRST_DATE.search(head)) is not None:
        # "первое января и девятое мая": as the first date
        head = head[:pair.end(1)]
    before = head.split()[-1:]
    word = before[0].lower() if before and before[0][-1:] not in ".!?" else ""  # "" at a sentence's start
    if word in {"к", "ко"}:
        return "ому"
    if word in _RU_NOMINATIVE_BEFORE or word == "по" or (not word and _RU_DATE_ALONE.match(match.string, match.end())):
        return "ое"
    return "ого"


# Catalan says a date's first day "u" after the article's apostrophe: "l’1 de maig" is "l’u de maig"
_CATALAN_FIRST_DAY = re.compile(rf"(?<=[lL][’'])1(?=\s+(?:al\s+\d{{1,2}}\s+)?(?:de\s+|d[’'])"
                                rf"(?:{MONTH_NAMES['ca'].replace(' ', '|')})\b)")  # "de l'1 al 3 de maig" too
_FEMININE_SUFFIXES = {"ª", "a", "re", "ère"}
_FRENCH_SECOND = {"d": "second", "nd": "second", "de": "seconde", "nde": "seconde"}
# (and "bis" before a date without its article: "bis 26. Dezember" "bis sechsundzwanzigsten Dezember"; "ab" and "seit"
# give the strong dative: "ab drittem Mai")
_GERMAN_WEAK_ENDINGS = {"am", "im", "zum", "vom", "beim", "dem", "den", "des", "bis"}
_GERMAN_STRONG_DATIVE = {"ab", "seit"}
_GERMAN_WEAK_NOMINATIVE = frozenset("der die das dieser diese dieses jener jene jenes jeder jede jedes welcher welche "
                                    "welches".split())
_GERMAN_MIXED_OBLIQUE = frozenset("einem einen einer eines meinem meinen seinem seinen ihrem ihren unserem unseren "
                                  "keinem keinen".split())  # "einen zweiten Versuch", "seinem ersten Buch"
# "der" is a dative or genitive (the ordinal weak, "-n") after these prepositions ("in der dritten Klasse") and after a
# noun ("die Schüler der dritten Klasse"); elsewhere the nominative ("der zweite Weltkrieg")
_GERMAN_BEFORE_OBLIQUE_DER = frozenset("in an auf aus bei mit nach von zu seit vor hinter neben über unter zwischen "
                                       "während wegen trotz statt innerhalb außerhalb gegenüber".split())
_NEXT_WORD = re.compile(r"\s+(\w+)")
_GERMAN_MONTH_NEXT = re.compile(rf"\s+(?:{MONTH_NAMES['de'].replace(' ', '|')})\b")
_GERMAN_SECOND_DAY = re.compile(r"(\S+)\s+\d{1,2}\.\s+(?:und|bis|oder)\s+$")  # "am 3. und 4. Mai": as the first
_GERMAN_WEEKDAY_BEFORE = re.compile(r"\b[aA]m\s+(?:\w+tag|Mittwoch|Sonnabend),\s+$")  # "am Mittwoch, 4. Mai"


def _german_ending(match: re.Match[str], prefix: str) -> str:
    """What a German ordinal adds to num2words' "vierte": "n" after a word that makes it weak ("am vierten Mai",
    "am 3. und vierten Mai", "am Mittwoch, vierten Mai"); "r" for a date with no article ("Berlin, vierter Mai");
    nothing after "der" ("der zweite Krieg", "der vierte Mai")."""
    head = match.string[:match.start()] + prefix
    pair = _GERMAN_SECOND_DAY.search(head) if not prefix and head.rstrip().endswith((" und", " bis", " oder")) else None
    before = [pair.group(1)] if pair else head.split()[-1:]
    word = before[0].lower() if before else ""
    if word in _GERMAN_WEAK_ENDINGS or not pair and _GERMAN_WEEKDAY_BEFORE.search(head):
        return "n"
    if word in _GERMAN_STRONG_DATIVE:  # "ab drittem Mai", "ab dritter Klasse", "seit drittem Schuljahr"
        if _GERMAN_MONTH_NEXT.match(match.string, match.end()):
            return "m"
        noun = _NEXT_WORD.match(match.string, match.end())
        if noun is not None and counts_noun(noun.group(1), None, "de"):
            return "r" if german_gender(noun.group(1)) == "f" else "m"
    if word == "der" and _oblique_der(head.split()[:-1]):
        return "n"
    if word in _GERMAN_WEAK_NOMINATIVE:
        return ""
    if not _GERMAN_MONTH_NEXT.match(match.string, match.end()):
        if word in _GERMAN_MIXED_OBLIQUE:
            return "n"  # "einen zweiten Versuch"
        noun = _NEXT_WORD.match(match.string, match.end())
        if noun is None or not noun.group(1)[:1].isupper():
            return ""
        # no article: the noun's gender shows ("2. Weltkrieg" "zweiter Weltkrieg", "1. Auflage" "erste Auflage",
        # "1. Mal" "erstes Mal"), as after "ein" ("ein zweiter Versuch")
        return {"m": "r", "f": "", "n": "s"}[german_gender(noun.group(1))]
    return "r"


def _oblique_der(words_before: list[str]) -> bool:
    """Whether a "der" after `words_before` is a dative or genitive: after a preposition, or after a noun that is not
    its sentence's first word ("die Schüler der 3. Klasse"; not "Danach der 3. Versuch")."""
    if not words_before:
        return False
    word = words_before[-1]
    if word.lower() in _GERMAN_BEFORE_OBLIQUE_DER:
        return True
    first_of_sentence = len(words_before) == 1 or words_before[-2][-1:] in ".!?:"
    return word[:1].isupper() and word.isalpha() and not first_of_sentence and counts_noun(word, None, "de")


# Russian: the ending written after the hyphen says the case ("2-я" is "вторая", "1905-м" "пятом", "1870-х" "семидесятых")
_RU_ENDINGS = {"я": "ая", "ая": "ая", "ья": "ая", "е": "ое", "ое": "ое", "го": "ого", "му": "ому", "м": "ом",
               "ю": "ую", "х": "ых"}


_RU_DECADE_NOUN = re.compile(r"\s+(?:годы|гг\.|годах|годов)(?!\w)")


def _russian_decade(match: re.Match[str]) -> bool:
    """A decade written "1990-е", "90-е": before "годы", or after "в" ("в 90-е он уехал")."""
    number = int(match.group("n"))
    if number % 10 or number < 20:
        return False
    if _RU_DECADE_NOUN.match(match.string, match.end()) or 1100 <= number <= 2090:  # a year's "1970-е" alone
        return True
    return (word_before(match.string, match.start()) or "").lower() in {"в", "во"}  # "в 90-е он уехал"


# the older "2d", "3d" for "2nd", "3rd", after a month's name ("AUGUST 3d") or in "the 3d of", "the 22d day" ("3d"
# alone is three-dimensional); looked for only where a "2d" or "3d" is
_OLD_D = re.compile(r"[23]d\b")
_EN_OLD_D = (r"\b(?=[JFMASOND])(?P<p>(?i:January|February|March|April|May|June|July|August|September|October|"
             r"November|December)\s)(?P<n>2?[23])(?P<s>d)\b",
             r"(?<=\b[Tt]he )(?P<n>[02-9]?[23])(?P<s>d)(?=\s+(?:of|day|inst|instant|ult|ultimo|prox|proximo)\b)")
# and in capitals, a speaker's label in a play's scene before the line spoken ("3D NANTUCKET SAILOR. Spell oh!");
# a heading alone ("3D PRINTING") is left as it is
_EN_OLD_D_LABEL = re.compile(r"^(?P<n>[2-9]?[23])(?P<s>D)(?=\s[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+)*[.:]\s+\S)")


# a German section's number with its stop inside a sentence ("Abschnitt 3.2. und"): the stop taken off, or espeak-ng
# reads "drei Punkt zweite"
_DE_SECTION_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3})+)\.(?=\s+[a-zäöüß])")


# Polish ordinals with their ending after a hyphen, as informal writing has them: "3-ci dzień", "2-gi raz", "1-sza
# klasa", "2-go maja", "3-ciej klasy" (espeak-ng said "trzy-ci", "dwa-gi")
_PL_HYPHEN_ORDINAL = re.compile(r"(?<![\w.,-])(\d{1,4})-(?:sz|gi|g|ci|c|t|m|n|st)?(ego|go|ej|ym|im|ych|ich|y|i|a|e)\b")


def _polish_hyphen_ordinal(match: re.Match[str]) -> str:
    ending = {"go": "ego", "im": "ym", "ich": "ych", "i": "", "y": ""}.get(match.group(2), match.group(2))
    words = ordinal(int(match.group(1)), "pl")
    return polish_case(words, ending) if ending else words  # "trzeciego", "trzecia", "drugie", "dziewięćdziesiątych"


# a Catalan masculine ordinal in "-t" after its article ("el 4t pis", "als 4ts"), which the units took first for
# tonnes ("el quatre tones pis"); "4 t de ferro" stays tonnes
_CATALAN_T_ORDINAL = re.compile(r"\b((?:[eE]l|[aA]l|[dD]el|[pP]el)s? )(\d{1,3})t(s?)\b")


def catalan_t_ordinals(text: str, language: str) -> str:
    if language != "ca" or "t" not in text:
        return text
    return _CATALAN_T_ORDINAL.sub(lambda match: f"{match.group(1)}{ordinal(int(match.group(2)), 'ca')}{match.group(3)}",
                                  text)


def ordinals(text: str, language: str) -> str:
    if language == "de" and "." in text:
        text = _DE_SECTION_NUMBER.sub(r"\1", text)
    if language == "pl" and "-" in text:
        text = _PL_HYPHEN_ORDINAL.sub(_polish_hyphen_ordinal, text)

    def say(match: re.Match[str]) -> str:
        words = ordinal(int(match.group("n").replace(",", "")), language)
        prefix = match.groupdict().get("p") or ""
        if language == "ru" and not match.group("s"):  # a date: "9 мая" is "девятое мая" or "девятого мая"
            words = ru_ordinal(words, _russian_date_ending(match))
        elif language == "ru":
            ending = _RU_ENDINGS.get(match.group("s"))
            if ending == "ое" and _russian_decade(match):  # "в 1990-е годы", "в 90-е": "девяностые", not "-ое"
                ending = "ые"
            words = ru_ordinal(words, ending)
        elif language == "pl" and not match.group("s"):  # a date: "3 maja" is "trzeciego maja"
            words = polish_case(words, "ego")
        elif language == "pl" and (noun := re.match(r"\s+(\w+)", match.string[match.end():])):  # "2. wydanie"
            words = polish_ordinal(words, noun.group(1), word_before(match.string, match.start()))
        elif language == "fr" and match.group("s") in _FRENCH_SECOND:
            words = _FRENCH_SECOND[match.group("s")]
        elif language == "fr" and match.group("s").endswith("s"):  # "les 1ers", "les 1res" "premières", "2es"
            words = (feminine(words, language) if match.group("s")[:-1] in _FEMININE_SUFFIXES else words) + "s"
        elif match.group("s") in _FEMININE_SUFFIXES:
            words = feminine(words, language)
        elif language == "de":
            words += _german_ending(match, prefix)
        elif language == "es" and match.group("s") == "er":
            words = spanish_before_noun(words)
        elif (language == "es" and words in {"primero", "tercero"} and (following := re.match(
                r"\s+(\w\w+)", match.string[match.end():])) and counts_noun(following.group(1).lower(), None, "es")
                and not is_feminine(following.group(1).lower(), "es")):
            words = spanish_before_noun(words)  # "el tercer día" (but "el primero de mayo", "3.º izquierda")
        more = match.groupdict().get("more") or ""  # the other days of a list: "14, 15, 16"
        words += match.groupdict().get("ly") or ""  # "2ndly" is "secondly"
        return prefix + words + re.sub(r"\d+", lambda day: ordinal(int(day.group(0)), language), more)

    patterns = _ORDINALS[language]
    if language == "en":
        text = _english_days_before_months(text)
    elif language == "ca" and ("1 d" in text or "1 al" in text):  # "l’1 de maig" is "l’u de maig" ("l’un" was heard)
        text = _CATALAN_FIRST_DAY.sub("u", text)
    if language == "en" and _OLD_D.search(text):
        patterns = [*patterns, *_EN_OLD_D]
    if language == "en" and text[:1] in "23456789" and "D " in text[:4]:
        text = _EN_OLD_D_LABEL.sub(say, text)
    for pattern in patterns:
        text = re.sub(pattern, say, text)
    return text


_ORDINAL_ENDINGS = {
    # language -> word after the year -> (ending, replacement) applied to each word of the ordinal
    "ru": {"году": (("ый", "ом"), ("ий", "ьем"), ("ой", "ом")), "года": (("ый", "ого"), ("ий", "ьего"), ("ой", "ого")),
           "год": (), "годом": (("ый", "ым"), ("ий", "ьим"), ("ой", "ым")),  # "перед 1945 годом", "о 1945 годе"
           "годе": (("ый", "ом"), ("ий", "ьем"), ("ой", "ом"))},
    "pl": {"roku": (("y", "ym"), ("i", "im")), "rok": (), "rokiem": (("y", "ym"), ("i", "im"))},  # "przed 1945 rokiem"
}


# the months in the genitive (after a day) and the locative ("w maju", "в мае"), and a year after one without its
# noun ("r.", "roku", "г.", "года" written after it are read as they are)
_MONTHS_BEFORE_YEAR = {
    "pl": MONTH_NAMES["pl"] + " styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku "
                               "listopadzie grudniu",
    "ru": MONTH_NAMES["ru"] + " январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
}
# the quick test before a regex that looks for a month's name beside a number
_ANY_MONTH = {language: re.compile(months.replace(" ", "|")) for language, months in
              [*_MONTHS_BEFORE_YEAR.items(), ("sv", MONTH_NAMES["sv"])]}


def _has_month(text: str, language: str) -> bool:
    return _ANY_MONTH[language].search(text) is not None


_YEAR_AFTER_MONTH = {language: re.compile(rf"\b({months.replace(' ', '|')})\s+(1\d{{3}}|20\d\d)\b"
                                          rf"(?!\s*(?:r\.|roku\b|rok\b|г\.|гг\.|года\b|году\b|год\b)|[–—-]\d|[.,]\d)")
                     for language, months in _MONTHS_BEFORE_YEAR.items()}


# a year of any length before its era's words ("в 44 г. до н. э." "в сорок четвёртом году до нашей эры", "w 44 r.
# p.n.e." "w czterdziestym czwartym roku"; it was "сорок четыре г."), the era's abbreviation said by then
_YEAR_OF_AN_ERA = {
    "ru": re.compile(r"(?<![\w.,])(\d{1,4})\s+(г\.|год[ау]?\b)(?=\s+(?:до\s+)?нашей эры)"),
    "pl": re.compile(r"(?<![\w.,])(\d{1,4})\s+(r\.|roku\b)(?=\s+(?:przed naszą erą|naszej ery))")}


# a year of three figures with its noun shortened ("в 988 г.", "w 966 r."), after these prepositions only: else
# the number may count grams ("200 г."), and it is left as written
_SHORT_YEAR = {  # (not before an era, which `_YEAR_OF_AN_ERA` reads)
    "ru": re.compile(r"(?<![\w.,])([1-9]\d\d)\s+г\.(?P<end>(?=\s+[а-яё]|[,;:)]))?(?!\s*(?:до\s+)?н\.)"),
    "pl": re.compile(r"(?<![\w.,])([1-9]\d\d)\s+r\.(?P<end>(?=\s+[a-ząćęłńóśźż]|[,;:)]))?(?!\s*p?\.?\s*n\.)")}
YEAR_PREPOSITIONS = {"ru": frozenset("в во к ко с со по до от после около".split()),
                     "pl": frozenset("w we po od do przed około".split())}


def inflected_years(text: str, language: str) -> str:
    """Russian and Polish read "в 1851 году", "w 1851 roku" as inflected ordinals."""
    if language not in _ORDINAL_ENDINGS:
        return text
    endings = _ORDINAL_ENDINGS[language]

    def before(match: re.Match[str]) -> str:
        words = match.string[:match.start()].split()[-1:]
        return words[0].lower() if words else ""

    def after_in(match: re.Match[str]) -> bool:  # and after "к", whose "г." is "году" too (the dative); "po 1945 roku"
        return before(match) in {"w", "we", "po", "в", "во", "к", "ко"}  # is the locative as "w 1945 roku" is

    # a year after its month ("4 października 1887", "в мае 1887") is read with its noun, as it is said
    if _has_month(text, language):
        text = _YEAR_AFTER_MONTH[language].sub(rf"\1 \2 {_YEAR_WORD[language][0]}", text)
    # "1918 r." and "1961 г." are "roku" and "года" (or, after "в", "году")
    if language == "pl":
        text = re.sub(r"\b(1[0-9]\d\d|20\d\d)\s+r\.(?=\s+[a-ząćęłńóśźż]|[,;:)])", r"\1 roku", text)
        text = re.sub(r"\b(1[0-9]\d\d|20\d\d)\s+r\.", r"\1 roku.", text)
    else:
        text = re.sub(r"\b(1[0-9]\d\d|20\d\d)\s+г\.(?P<end>(?=\s+[а-яё]|[,;:)]))?",
                      lambda m: f"{m.group(1)} {'году' if after_in(m) else 'года'}{'' if m.group('end') is not None else '.'}",
                      text)

    def year_in_case(year: int, noun: str, match: re.Match[str]) -> str:
        if noun == "году" and before(match) in {"к", "ко"}:
            # the dative: "к 1900 году" "к тысяча девятисотому году" (it was "к тысяча девятисотого года")
            return f"{ru_ordinal(ordinal(year, 'ru'), 'ому')} {noun}"
        return _year_said(year, noun, language, after_in(match))

    if " г." in text or " r." in text:  # a year of three figures, its noun shortened, after a preposition of time
        def short_year(match: re.Match[str]) -> str:  # ("в 988 г." "в девятьсот восемьдесят восьмом году")
            if before(match) not in YEAR_PREPOSITIONS[language]:
                return match.group(0)  # "Добавьте 200 г." is grams, "200 r." perhaps no year
            noun = "roku" if language == "pl" else "году" if after_in(match) else "года"
            stop = "" if match.group("end") is not None else "."
            return year_in_case(int(match.group(1)), noun, match) + stop
        text = _SHORT_YEAR[language].sub(short_year, text)

    def say(match: re.Match[str]) -> str:
        return year_in_case(int(match.group(1)), match.group(2), match)

    text = re.sub(rf"\b(1[0-9]\d\d|20\d\d)\s+({'|'.join(endings)})\b", say, text)
    if "эры" in text or "erą" in text or "ery" in text:  # an early year before its era: "в 44 г. до н. э."
        def of_an_era(match: re.Match[str]) -> str:
            written = match.group(2)  # "44 год до н. э." keeps its nominative; "г.", "r." the preposition's case
            noun = ("roku" if written == "r." else ("году" if after_in(match) else "года") if written == "г."
                    else written)
            return _year_said(int(match.group(1)), noun, language, after_in(match))
        text = _YEAR_OF_AN_ERA[language].sub(of_an_era, text)
    if "wiek" in text or "век" in text:
        text = _ARABIC_CENTURY[language].sub(lambda m: _arabic_century(m, language, after_in(m)), text)
    return text


def _arabic_century(match: re.Match[str], language: str, after_in: bool) -> str:
    """A century in figures as the ordinal its noun's case asks: "в 21 веке" "в двадцать первом веке", "w 21 wieku"
    "w dwudziestym pierwszym wieku", "początek 20 wieku" "dwudziestego" (they were "двадцать один веке")."""
    words, noun = ordinal(int(match.group(1)), language), match.group(2)
    if language == "ru":
        return f"{ru_ordinal(words, _RU_CENTURY_CASE[noun])} {noun}"
    return f"{polish_case(words, 'ym' if noun == 'wiekiem' or after_in else 'ego')} {noun}"


# a century in figures in a case only an ordinal takes (the prepositional, dative, instrumental, and Polish
# "wieku"; "3 века" and "3 wieki" may be three centuries, and are left)
_ARABIC_CENTURY = {"ru": re.compile(r"(?<![\w.,])([1-9]|1\d|2[01])\s+(веке|веку|веком)\b"),
                   "pl": re.compile(r"(?<![\w.,])([1-9]|1\d|2[01])\s+(wieku|wiekiem)\b")}
_RU_CENTURY_CASE = {"веке": "ом", "веку": "ому", "веком": "ым"}


# two days before their month ("3–5 maja", "od 3 do 5 maja", "с 3 по 5 мая", "3 и 4 мая", "3 till 5 maj"): the first
# day is an ordinal too, in the case the range gives it ("od trzeciego do piątego maja", "с третьего по пятое мая",
# "tredje till femte maj"; it was "od trzech do piątego", "с три по пятого"); the second is the date's own
_RANGE_JOINS = {"pl": ("do", "i lub albo"), "ru": ("по", "и или"), "sv": ("till", "och eller")}
_DAY_RANGES = {language: re.compile(
    rf"(?<![\w.,])(?:(?P<from>{'od|Od' if language == 'pl' else 'с|С|со|Со' if language == 'ru' else 'från|Från'})\s+)?"
    rf"(?P<first>{_DAY_NUMBER})(?P<join>\s?[–—-]\s?|\s+(?:{'|'.join([to, *more.split()])})\s+)"
    rf"(?P<second>{_DAY_NUMBER})"
    rf"(?=\s+(?:{MONTH_NAMES[language].replace(' ', '|')})\b)") for language, (to, more) in _RANGE_JOINS.items()}


# German writes both days of a range with their stops ("vom 1.–3. Mai", "am 1./2. Mai"), and a date without its year
# in figures ("vom 24.12. bis 26.12."): they were "eins.–dritter Mai" and "vierundzwanzig.zwölfte"; now "ersten bis
# dritten Mai" and "vierundzwanzigsten Dezember", through the ordinals step
_DE_MONTHS = MONTH_NAMES["de"].replace(" ", "|")
_DE_DAY_RANGE = re.compile(rf"(?<![\w.,])(\d{{1,2}})\.\s?([–—-]|/|bis|und)\s?(\d{{1,2}})\.(?=\s+(?:{_DE_MONTHS}|"
                           r"Jahrhunderts?|Jahrtausends?)(?!\w))")  # and "im 18.–19. Jh." (its "Jahrhundert" by now)
_DE_DAY_MONTH = re.compile(rf"(?<![\w.,/-]){_DAY}\.{_MONTH}\.(?!\d|[.,/-]\d)")
# the words a date without its year follows (a section's number, "3.2.", follows none of them)
_DE_BEFORE_DATE = frozenset("am vom bis zum ab seit den dem zwischen ist war montag dienstag mittwoch donnerstag "
                            "freitag samstag sonnabend sonntag".split())  # and a weekday's: "am Mo., 4.12."


def _german_ordinal_figures(text: str) -> str:
    """German ordinal figures in a range ("1.–3. Mai", "18.–19. Jahrhundert") and dates without their year
    ("24.12."), made into what the ordinals step reads ("1. bis 3. Mai", "24. Dezember")."""
    if "." not in text:
        return text
    if _DE_DAY_RANGE.search(text):
        text = _DE_DAY_RANGE.sub(lambda m: f"{m.group(1)}. {'und' if m.group(2) in {'/', 'und'} else 'bis'} "
                                           f"{m.group(3)}.", text)
    months = MONTH_NAMES["de"].split()

    def say(match: re.Match[str]) -> str:
        if (word_before(text, match.start()) or "").lower().rstrip(",") not in _DE_BEFORE_DATE:
            return match.group(0)
        # the date's last stop also ends a sentence that ends with it: "bis zum 6.1." (a capital after it may be a noun)
        stop = "" if text[match.end():].strip(" \"“”’‘»«)") else "."
        return f"{int(match.group(1))}. {months[int(match.group(2)) - 1]}{stop}"

    return _DE_DAY_MONTH.sub(say, text)


def day_ranges(text: str, language: str) -> str:
    """The first of two days before their month, as an ordinal in the range's case (see `_DAY_RANGES`); in German,
    ranges of ordinal figures and dates without their year (`_german_ordinal_figures`)."""
    if language == "de":
        return _german_ordinal_figures(text)
    if language not in _DAY_RANGES or not _has_month(text, language):
        return text

    def say(match: re.Match[str]) -> str:
        to, _ = _RANGE_JOINS[language]
        join = match.group("join").strip()
        ranged = join in {"–", "—", "-", to}
        first = ordinal(int(match.group("first")), language)
        if language == "pl":
            first = polish_case(first, "ego")
        elif language == "ru":
            first = ru_ordinal(first, "ого")
        start = match.group("from") or ({"pl": "od", "ru": "с"}.get(language, "") if ranged else "")
        if start and match.group("from") is None and not match.string[:match.start()].strip():
            start = start.capitalize()  # a sentence that opens with the range
        return f"{start + ' ' if start else ''}{first} {to if ranged else join} {match.group('second')}"

    return _DAY_RANGES[language].sub(say, text)


# two years, or a decade, with the plural "гг." (годы): a range or a pair, read as ordinals in the case of "годах" after
# "в" and of "годов" elsewhere ("война 1941–1945 гг.": "тысяча девятьсот сорок первого — тысяча девятьсот сорок пятого
# годов"); a decade's "-х" is the plural already ("в 1990-х гг." "в тысяча девятьсот девяностых годах"). The plural
# written out takes its own case: "в 1941–1945 годах", "1941–1945 годов", "в 1941–1945 годы" (it was "сорок один до")
_RU_YEAR = r"1[0-9]\d\d|20\d\d"
_RU_YEARS = re.compile(rf"\b(?:(?P<first>{_RU_YEAR})(?P<join>\s?[–—-]\s?|\s+(?:и|или)\s+)(?P<second>{_RU_YEAR})|"
                       rf"(?P<decade>\d{{2,4}}-[хе]))\s?(?:гг\.(?P<more>(?=\s+[а-яё]|[,;:)]))?|"
                       rf"(?P<plural>годах|годов|годы|годами)\b)")
_RU_PLURAL_YEAR = {"годах": ("году", True), "годов": ("года", False), "годы": ("год", False),  # the singular's form
                   "годами": ("годом", False)}  # "между 1941 и 1945 годами": "сорок первым и сорок пятым годами"


def russian_plural_years(text: str, language: str) -> str:
    """Russian "в 1941–1945 гг.", "в 1941 и 1945 гг.", "в 1990-х гг.", "в 1941–1945 годах": before ranges are read
    ("одна тысяча ... до")."""
    if language != "ru" or ("гг." not in text and "год" not in text):
        return text
    return _RU_YEARS.sub(_russian_years, text)


def _russian_years(match: re.Match[str]) -> str:
    before = match.string[:match.start()].split()[-1:]
    after_in = bool(before) and before[0].lower() in {"в", "во"}
    if plural := match.group("plural"):
        noun, stop = plural, ""
        single, after_in = _RU_PLURAL_YEAR[plural]
    else:
        stop = "" if match.group("more") is not None else "."
        if before and before[0].lower() == "между":  # "между 1941 и 1945 гг.": the instrumental, "годами"
            noun, single = "годами", "годом"
        else:
            noun = "годах" if after_in else "годов"
            single = "году" if after_in else "года"
    if match.group("decade"):  # the decade step reads "1990-х", "1990-е" (whose plural is "годы": "в 1920-е гг.")
        return f"{match.group('decade')} {'годы' if match.group('decade')[-1] == 'е' else noun}{stop}"
    join = match.group("join").strip()
    join = f" {join} " if join in {"и", "или"} else " — "
    first, second = (_year_ordinal(int(match.group(n)), single, "ru", after_in) for n in ("first", "second"))
    return f"{first}{join}{second} {noun}{stop}"


# a range of years whose noun follows the second: "с 1941 по 1945 год", "от 1941 до 1945 года", "od 1939 do 1945
# roku": the first is an ordinal in the genitive, as the range's "from" asks ("с тысяча девятьсот сорок первого",
# "od tysiąc dziewięćset trzydziestego dziewiątego"; it was the cardinal), and the second is read with its noun
# ("гг." and "г." in the singular the range's "to" asks: "по 1945 год", "до 1945 года")
_YEAR_RANGES = {
    "ru": re.compile(rf"\b(?P<from>[сС]о?|[оО]т)\s+(?P<first>{_RU_YEAR})\s+(?P<to>по|до)\s+(?P<second>{_RU_YEAR})"
                     r"\s?(?P<noun>гг?\.|год[ау]?\b)(?P<more>(?=\s+[а-яё]|[,;:)]))?"),
    "pl": re.compile(rf"\b(?P<from>[oO]d|[zZ]e?)\s+(?P<first>{_RU_YEAR})\s+(?P<to>do)\s+(?P<second>{_RU_YEAR})"
                     r"\s?(?P<noun>r\.|roku\b)(?P<more>)"),
}


# two Polish years between which something stands, in the instrumental with their noun: "między 1939 a 1945 rokiem"
# or "r." (the first was the cardinal, "tysiąc dziewięćset trzydzieści dziewięć"; "r." the genitive's "roku")
_POLISH_BETWEEN_YEARS = re.compile(rf"\b(?P<between>(?:[pP]o)?[mM]iędzy)\s+(?P<first>{_RU_YEAR})\s+a\s+"
                                   rf"(?P<second>{_RU_YEAR})\s?(?P<noun>rokiem\b|r\.)")


def _polish_between_years(match: re.Match[str]) -> str:
    first, second = (_year_ordinal(int(match.group(n)), "rokiem", "pl", False) for n in ("first", "second"))
    return f"{match.group('between')} {first} a {second} rokiem{closing_stop(match)}"  # "r." ending the sentence


# a life's or a reign's years in brackets, "(1828–1910)": Russian and Polish read them as ordinals with a pause
# between ("тысяча восемьсот двадцать восьмой — тысяча девятьсот десятый"); it was "... восемь до ... десять"
_YEARS_IN_BRACKETS = re.compile(rf"\((?P<first>{_RU_YEAR})\s?[–—-]\s?(?P<second>{_RU_YEAR})\)")


def year_ranges(text: str, language: str) -> str:
    """Russian and Polish ranges of years with their noun after the second (see `_YEAR_RANGES`), in brackets
    (`_YEARS_IN_BRACKETS`), and Polish years "między" them (`_POLISH_BETWEEN_YEARS`)."""
    if language == "pl" and "iędzy" in text:
        text = _POLISH_BETWEEN_YEARS.sub(_polish_between_years, text)
    if language in _YEAR_RANGES and "(" in text:
        text = _YEARS_IN_BRACKETS.sub(lambda match: f"({ordinal(int(match.group('first')), language)} — "
                                                    f"{ordinal(int(match.group('second')), language)})", text)
    if language not in _YEAR_RANGES or (" по " not in text and " до " not in text and " do " not in text):
        return text

    def say(match: re.Match[str]) -> str:
        first = _year_ordinal(int(match.group("first")), "года" if language == "ru" else "roku", language, False)
        noun = match.group("noun")
        if language == "ru" and noun.endswith("."):  # "по 1945 гг." "по 1945 год", "до 1945 г." "до 1945 года"
            noun = ("год" if match.group("to") == "по" else "года") + ("" if match.group("more") is not None else ".")
        return f"{match.group('from')} {first} {match.group('to')} {match.group('second')} {noun}"

    return _YEAR_RANGES[language].sub(say, text)


def _year_said(year: int, noun: str, language: str, after_in: bool) -> str:
    """A Russian or Polish year as the ordinal its noun's case asks, with the noun: "1851 году" "тысяча восемьсот
    пятьдесят первом году"; "3 maja 1791 roku" the genitive, "w 1851 roku" the locative."""
    return f"{_year_ordinal(year, noun, language, after_in)} {noun}"


def _year_ordinal(year: int, noun: str, language: str, after_in: bool) -> str:
    """The ordinal of `_year_said`, without its noun."""
    words = ordinal(year, language).split()
    replacements = _ORDINAL_ENDINGS[language][noun]
    if language == "pl" and noun == "roku" and not after_in:  # "3 maja 1791 roku": the genitive
        replacements = (("y", "ego"), ("i", "iego"))
    last = len(words) - (2 if language == "pl" and len(words) > 1 and words[-2].endswith(("y", "i")) else 1)
    for i in range(max(0, last), len(words)):
        for ending, replacement in replacements:
            if words[i].endswith(ending):
                words[i] = words[i][: -len(ending)] + replacement
                break
    return " ".join(words)
