"""Abbreviated weekdays and months, said in full where their company makes them sure.

Opening hours and dates write "Mon–Fri", "Mo.–Fr. 9–17 Uhr", "du lun. au ven.", "Tue., Feb. 4",
"Sat 10:00", "6 Mar 2021", "пн–пт". espeak-ng read them as words or letters ("mon fri"), and
German "Fr." was taken for "Frau". A name is expanded when it is one of a range or list of names
of its kind ("Mon–Fri" is "Monday to Friday", "du lundi au vendredi", "od poniedziałku do
piątku"), a weekday before a date or a time, or a month after a day's number or, with its full
stop, before a number. Elsewhere ("I met Jan.", "so", "mar") it stays a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audiobook.text.normalize.tables import WORDS

# Monday to Sunday and January to December: "abbreviations|name", and for Polish and Russian the genitive (and in
# Russian the accusative) after "/"; a month nobody shortens ("May") has no abbreviation
_DAYS = {
    "en": "Mon|Monday Tue Tues|Tuesday Wed|Wednesday Thu Thur Thurs|Thursday Fri|Friday Sat|Saturday Sun|Sunday",
    "de": "Mo|Montag Di|Dienstag Mi|Mittwoch Do|Donnerstag Fr|Freitag Sa|Samstag So|Sonntag",
    "fr": "lun|lundi mar|mardi mer|mercredi jeu|jeudi ven|vendredi sam|samedi dim|dimanche",
    "es": "lun|lunes mar|martes mié mie miér|miércoles jue|jueves vie|viernes sáb sab|sábado dom|domingo",
    "it": "lun|lunedì mar|martedì mer|mercoledì gio|giovedì ven|venerdì sab|sabato dom|domenica",
    "pt": "seg|segunda-feira ter|terça-feira qua|quarta-feira qui|quinta-feira sex|sexta-feira sáb sab|sábado "
          "dom|domingo",
    "ca": "dl|dilluns dt|dimarts dc|dimecres dj|dijous dv|divendres ds|dissabte dg|diumenge",
    "nl": "ma|maandag di|dinsdag wo|woensdag do|donderdag vr|vrijdag za|zaterdag zo|zondag",
    "sv": "mån|måndag tis|tisdag ons|onsdag tor tors|torsdag fre|fredag lör|lördag sön|söndag",
    "pl": "pon pn|poniedziałek/poniedziałku/poniedziałek wt|wtorek/wtorku/wtorek śr|środa/środy/środę "
          "czw|czwartek/czwartku/czwartek pt|piątek/piątku/piątek sob|sobota/soboty/sobotę "
          "niedz ndz nd|niedziela/niedzieli/niedzielę",
    "ru": "пн|понедельник/понедельника/понедельник вт|вторник/вторника/вторник ср|среда/среды/среду "
          "чт|четверг/четверга/четверг пт|пятница/пятницы/пятницу сб|суббота/субботы/субботу "
          "вс|воскресенье/воскресенья/воскресенье",
}
_MONTHS = {
    "en": "Jan|January Feb|February Mar|March Apr|April |May Jun|June Jul|July Aug|August Sep Sept|September "
          "Oct|October Nov|November Dec|December",
    "de": "Jan|Januar Feb|Februar Mär Mrz|März Apr|April |Mai Jun|Juni Jul|Juli Aug|August Sep Sept|September "
          "Okt|Oktober Nov|November Dez|Dezember",
    "fr": "janv|janvier févr fév|février |mars avr|avril |mai |juin juil|juillet |août sept|septembre oct|octobre "
          "nov|novembre déc|décembre",
    "es": "ene|enero feb|febrero mar|marzo abr|abril may|mayo jun|junio jul|julio ago|agosto sep sept|septiembre "
          "oct|octubre nov|noviembre dic|diciembre",
    "it": "gen genn|gennaio feb febbr|febbraio mar|marzo apr|aprile mag|maggio giu|giugno lug|luglio ago|agosto "
          "set sett|settembre ott|ottobre nov|novembre dic|dicembre",
    "pt": "jan|janeiro fev|fevereiro mar|março abr|abril mai|maio jun|junho jul|julho ago|agosto set|setembro "
          "out|outubro nov|novembro dez|dezembro",
    "ca": "gen|gener febr feb|febrer |març abr|abril |maig |juny jul|juliol ag|agost set|setembre oct|octubre "
          "nov|novembre des|desembre",
    "nl": "jan|januari feb|februari mrt|maart apr|april |mei jun|juni jul|juli aug|augustus sep sept|september "
          "okt|oktober nov|november dec|december",
    "sv": "jan|januari feb|februari mar|mars apr|april |maj jun|juni jul|juli aug|augusti sep sept|september "
          "okt|oktober nov|november dec|december",
    "pl": "sty stycz|styczeń/stycznia/styczeń/styczniu lut|luty/lutego/luty/lutym mar|marzec/marca/marzec/marcu "
          "kwi kwiet|kwiecień/kwietnia/kwiecień/kwietniu |maj/maja/maj/maju "
          "cze czerw|czerwiec/czerwca/czerwiec/czerwcu "
          "lip|lipiec/lipca/lipiec/lipcu sie sierp|sierpień/sierpnia/sierpień/sierpniu "
          "wrz wrzes|wrzesień/września/wrzesień/wrześniu paź paźdz|październik/października/październik/październiku "
          "lis listop|listopad/listopada/listopad/listopadzie gru grudz|grudzień/grudnia/grudzień/grudniu",
    "ru": "янв|январь/января/январь/январе фев февр|февраль/февраля/февраль/феврале мар|март/марта/март/марте "
          "апр|апрель/апреля/апрель/апреле |май/мая/май/мае июн|июнь/июня/июнь/июне июл|июль/июля/июль/июле "
          "авг|август/августа/август/августе сен сент|сентябрь/сентября/сентябрь/сентябре "
          "окт|октябрь/октября/октябрь/октябре ноя нояб|ноябрь/ноября/ноябрь/ноябре "
          "дек|декабрь/декабря/декабрь/декабре",
}
# a range of days or months in the languages that open it with "from" ("du lundi au vendredi", "od poniedziałku do
# piątku"; "{a}" and "{b}" in the case their preposition takes); elsewhere "{a}", the language's "to" (`WORDS`), "{b}"
_RANGE = {"fr": "du {a} au {b}", "es": "de {a} a {b}", "it": "da {a} a {b}", "pt": "de {a} a {b}", "ca": "de {a} a {b}",
          "pl": "od {a} do {b}", "ru": "с {a} по {b}"}
_MONTH_RANGE = {"fr": "de {a} à {b}"}
# the words that join names of a range or a list, besides a dash, a slash, a comma and "&"
_JOINING = {"en": "to through thru till until and or", "de": "bis und oder", "fr": "au à et ou", "es": "a al y o",
            "it": "a al e o", "pt": "a e ou", "ca": "a al i o", "nl": "tot en of t/m", "sv": "till och eller",
            "pl": "do i lub albo", "ru": "по до и или"}
# Polish and Russian: the case a name takes after a preposition (index into its forms: 1 genitive, 2 accusative)
_CASE_AFTER = {"pl": {"od": 1, "do": 1}, "ru": {"с": 1, "со": 1, "до": 1, "по": 2}}
_DAY_CASE_AFTER = {"pl": {"w": 2, "we": 2}, "ru": {"в": 2, "во": 2}}  # a weekday after "w", "в": "w środę", "в среду"
_MONTH_CASE_AFTER = {"pl": {"w": 3, "we": 3}, "ru": {"в": 3, "во": 3}}  # a month after them: "w lutym", "в феврале"
# names that are also common abbreviations of something else alone ("ср." is "compare", "pt." "titled"): only in a
# range or list of their kind
_ONLY_IN_LISTS = {"ru": {"ср", "Ср"}, "pl": {"pt", "Pt"}}
# German and English write the abbreviations with a capital and nothing else is spelled so ("Mar", "Okt"): a month
# needs no full stop before a number; in the other languages a lower-case "mar" or "set" is a word
_CAPITALIZED = {"en", "de"}
DAY, MONTH = "day", "month"


@dataclass(frozen=True)
class _Names:
    """One language's abbreviations: what each may be (kind, forms), and the patterns that find them."""

    meanings: dict[str, list[tuple[str, tuple[str, ...]]]]
    full: frozenset[str]  # the names written in full, which join a range ("avr.–juin") but are otherwise left alone
    token: re.Pattern[str]
    ranges: dict[str, re.Pattern[str]]  # per sign, whether it joins two names in a range: a quick test for any text
    numbers: re.Pattern[str]  # whether a name stands by a number, or in a list: the quick test for text with digits
    date_after: re.Pattern[str]  # a month next, or a day's number and its month: "Tue, Feb. 4", "Tue 4 Feb"
    abbreviated: frozenset[str]  # the names that are abbreviations


def _variants(abbreviation: str, language: str) -> list[str]:
    if language in _CAPITALIZED:
        return [abbreviation]
    return [abbreviation, abbreviation[:1].upper() + abbreviation[1:]]


@lru_cache(maxsize=16)
def _names(language: str) -> _Names:
    meanings: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    full: set[str] = set()
    full_months: list[str] = []
    for kind, table in ((DAY, _DAYS), (MONTH, _MONTHS)):
        abbreviations: list[str] = []
        for word in table[language].split():  # "Tue Tues|Tuesday": abbreviations up to the one before the name
            if "|" not in word:
                abbreviations.append(word)
                continue
            last, forms = word.split("|")
            name = forms.split("/")[0]
            if kind == MONTH:
                full_months.append(name)
            for variant in {name, name[:1].upper() + name[1:]}:
                full.add(variant)
                meanings.setdefault(variant, []).append((kind, tuple(forms.split("/"))))
            for abbreviation in [*abbreviations, last] if last else abbreviations:
                for variant in _variants(abbreviation, language):
                    meanings.setdefault(variant, []).append((kind, tuple(forms.split("/"))))
            abbreviations = []
    tokens = sorted(meanings, key=len, reverse=True)
    token = re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, tokens))})(\.)?(?![\w'’])")
    # the quick tests open with a range's sign (a literal, which the regex engine finds about as fast as a substring;
    # a set of signs costs it a test at every character) and look ahead for a name after it (a branch of literals, each
    # rejected at its first character); or open with a digit and look back for a name before it, with one fixed-width
    # look-behind per length of name, or ahead for a month after it
    abbreviated = [name for name in tokens if name not in full]
    after_sign = rf"(?= ?(?:{'|'.join(map(re.escape, tokens))})\.?(?![\w'’]))"
    ranges = {sign: re.compile(re.escape(sign) + after_sign) for sign in "-–/"}
    months = sorted((name for name in abbreviated if any(k == MONTH for k, _ in meanings[name])), key=len, reverse=True)
    numbers = re.compile(rf"[\d,](?:(?<=\d)(?<!\d\d)\d*(?:er|\.?[º°])?\.? (?:de |d[’'])?"  # "4 Feb", "1er sept."
                         rf"(?=(?:{'|'.join(map(re.escape, months))})"
                         r"(?![\w'’]))|"
                         rf"{'|'.join(_looking_back(abbreviated, *_BEFORE_NUMBER))})")
    any_month = "|".join(map(re.escape, sorted(months + full_months, key=len, reverse=True)))
    date_after = re.compile(rf"\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+|d[’'])?)?(?:{any_month})(?![\w'’])")
    return _Names(meanings, frozenset(full), token, ranges, numbers, date_after, frozenset(abbreviated))


# the words of a range between two abbreviated names, which make them sure without a digit or a dash ("dal lun. al
# ven.", "ma t/m vr", "de dl. a dv.", "Mon to Fri")
_PAIRING = {"en": ("to", "through", "thru"), "de": ("bis",), "fr": ("au",), "es": ("a",), "it": ("al", "a"),
            "pt": ("a",), "ca": ("a",), "nl": ("t/m", "tot"), "sv": ("till",), "pl": ("do",), "ru": ("по", "до")}
_PAIRING_NEEDLES = {language: tuple(f" {word} " for word in words) for language, words in _PAIRING.items()}


def _paired(text: str, names: _Names, language: str) -> bool:
    """Whether two abbreviated names stand on either side of a word of a range ("lun. al ven."); the name after
    the word is looked at first, as most such words have none."""
    for needle in _PAIRING_NEEDLES[language]:
        at = text.find(needle)
        while at != -1:
            after = _WORD.match(text, at + len(needle))
            if after and after.group(0) in names.abbreviated:
                before = text[text.rfind(" ", 0, at) + 1:at]
                if before.rstrip(".").lstrip("(«“\"") in names.abbreviated:
                    return True
            at = text.find(needle, at + 1)
    return False


_WORD = re.compile(r"[^\W\d_]{2,5}(?=[.,;:)]?(?:\s|$))")


# in text with digits, what follows a name at the quick test's anchor: a number ("Sat 10", "Feb. 4", "Tue., 4"), or
# a list's comma ("Mon, Wed and Fri at 6")
_BEFORE_NUMBER = (" \\d", "\\. \\d", ", \\d", "\\., \\d", ",", "\\.,", " ['’]\\d", "\\. ['’]\\d")  # "Oct '22"


def _looking_back(names: list[str], *endings: str) -> list[str]:
    """Look-behinds, one per length of name, for any of `names` at a word start before one of `endings`."""
    by_length: dict[int, list[str]] = {}
    for name in names:
        by_length.setdefault(len(name), []).append(re.escape(name))
    return [rf"(?<=(?<![\w.])(?:{'|'.join(group)}){ending})" for group in by_length.values() for ending in endings]


# the word between a day's number and its month ("6 de marzo")
_OF_AFTER_DAY = {"es": "de ", "pt": "de ", "ca": "de "}
_SEPARATOR = re.compile(r"\s?([–/&-])\s?|(,)\s?|\s(\w+|t/m)\s")  # Dutch "ma t/m vr": "tot en met"
_DIGIT_BEFORE = re.compile(r"\d(?:er|[º°])?\.?\s$")  # "4 Feb.", "4. Feb.", "1er sept.", Italian "1° sett."
_DIGIT_AND_OF_BEFORE = re.compile(r"\d(?:\.?[º°])?\s(?:de\s|d[’'])$")  # "4 de oct.", "4 d’oct.", "1.º de sept.": the
# "de" written
_NUMBER_AFTER = re.compile(r"\.?,?\s+(?:\d|['’]\d\d\b)")  # "Feb. 4", "Oct '22"
# a month's abbreviation that is also a word, without its stop after a number, and a word after it: a word of the
# sentence ("l'iPhone 15 des de 999 €": "des de" is "from", not "desembre"; "mar" the sea), where a date goes on with
# its year ("3 set 2021") or ends
_ALSO_WORDS = {"ca": {"des", "set"}, "es": {"mar"}, "it": {"mar", "set"}, "pt": {"mar", "set", "dez"}, "pl": {"lis"}}
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
_TIME_AFTER = re.compile(r"\.?,?\s+\d{1,2}(?:[:.h]\d\d|h\b|\s?[ap]\.?m\b|\s?[–-]\s?\d|\s(?:Uhr|uur)\b)")


def calendar_names(text: str, language: str, has_digits: bool) -> str:
    """`text` with its sure abbreviations of weekdays and months said in full. Only a text with a digit
    (`has_digits`, which the caller knows), a dash or a slash can have one: the caller need not call it for others.
    (Names paired by a word of a range are expanded in such a text: "dal lun. al ven. dalle 9 alle 18", "ma t/m vr
    9-17 uur"; "Open Mon to Fri." alone is left, as looking for them in every text cost a tenth of normalization.)"""
    if language not in _DAYS:
        return text
    names = _names(language)
    ranges = names.ranges
    if not ("-" in text and ranges["-"].search(text) or "–" in text and ranges["–"].search(text)
            or "/" in text and ranges["/"].search(text) or has_digits and names.numbers.search(text)
            or has_digits and _paired(text, names, language)):
        return text
    matches = list(names.token.finditer(text))
    kinds: list[str | None] = [None] * len(matches)
    joined_to_next: list[str | None] = [None] * len(matches)  # the sign that makes a range or pair with the next
    joining = set(_JOINING[language].split())
    for i in range(len(matches) - 1):
        between = text[matches[i].end():matches[i + 1].start()]
        separator = _SEPARATOR.fullmatch(between)
        if not separator or (separator.group(3) and separator.group(3).lower() not in joining):
            continue
        if separator.group(2) and (matches[i].group(1) in names.full or matches[i + 1].group(1) in names.full):
            continue  # a list's comma joins abbreviations: "sab 5 giugno, mar 3 maggio" is no list of months
        shared = ({k for k, _ in names.meanings[matches[i].group(1)]}
                  & {k for k, _ in names.meanings[matches[i + 1].group(1)]})
        if len(shared) != 1:
            continue
        kinds[i] = kinds[i + 1] = shared.pop()
        if separator.group(1) in {"–", "-", "/"}:
            joined_to_next[i] = separator.group(1)
    for i, match in enumerate(matches):
        if match.group(1) in names.full and not joined_to_next[i] and not (i and joined_to_next[i - 1]):
            kinds[i] = None  # "May", "marca": as written, unless a range's dash is to be said
        elif kinds[i] is None:
            kinds[i] = _alone(match, names, language)
    return _rewrite(text, matches, kinds, joined_to_next, names, language)


def _alone(match: re.Match[str], names: _Names, language: str) -> str | None:
    """The kind of a name that stands alone, where what is around it makes it sure: a weekday before a date or a
    time ("Sat 10:00", "Tue., Feb. 4", "Fr. 9"); a month after a day's number ("6 Mar") or, with its stop (or a
    capital), before a number."""
    if match.group(1) in _ONLY_IN_LISTS.get(language, ()):
        return None
    kinds = {k for k, _ in names.meanings[match.group(1)]}
    text, stop = match.string, match.group(2) is not None
    if MONTH in kinds and (_DIGIT_BEFORE.search(text, 0, match.start()) and (
            stop or match.group(1).lower() not in _ALSO_WORDS.get(language, ())
            or not _WORD_AFTER.match(text, match.end())) or (
            stop and language in _OF_AFTER_DAY and _DIGIT_AND_OF_BEFORE.search(text, 0, match.start()))):
        return MONTH
    if len(kinds) != 1:  # Spanish and Italian "mar." before a number: martes or marzo; before a date, martes
        return DAY if _NUMBER_AFTER.match(text, match.end()) and names.date_after.match(text, match.end()) else None
    kind = next(iter(kinds))
    if kind == DAY and (_TIME_AFTER.match(text, match.end()) or names.date_after.match(text, match.end())
                        or stop and _NUMBER_AFTER.match(text, match.end())):
        return DAY  # not "the Sun 4.6 billion years ago", "so 5"
    if kind == MONTH and _NUMBER_AFTER.match(text, match.end()) and (stop or language in _CAPITALIZED):
        return MONTH
    return None


def _rewrite(text: str, matches: list[re.Match[str]], kinds: list[str | None], joined_to_next: list[str | None],
             names: _Names, language: str) -> str:
    out, position, i = [], 0, 0
    while i < len(matches):
        match, kind = matches[i], kinds[i]
        if kind is None:
            i += 1
            continue
        out.append(text[position:match.start()])
        before = text[:match.start()].split()[-1:]
        if joined_to_next[i] and i + 1 < len(matches):
            following = matches[i + 1]
            # a range's end: the genitive in Polish ("do piątku"), the accusative in Russian ("по пятницу")
            first, second = (_form(match, kind, names, 1),
                             _form(following, kind, names, 1 if language == "pl" else 2))
            if joined_to_next[i] == "/":
                spoken = f"{_form(match, kind, names, 0)} {WORDS[language]['and']} " \
                         f"{_form(following, kind, names, 0)}"
            else:
                spoken = _range(first, second, kind, language, before[0].lower() if before else "")
            out.append(spoken + _stop(following))
            position, i = following.end(), i + 2
            continue
        word = before[0].lower() if before else ""
        case = _CASE_AFTER.get(language, {}).get(word, 0) or (
            _DAY_CASE_AFTER if kind == DAY else _MONTH_CASE_AFTER).get(language, {}).get(word, 0)
        of = ""
        if kind == MONTH and _DIGIT_BEFORE.search(text, 0, match.start()):  # "6 mar." is "6 de marzo", "6 marca"
            case, of = (1, "") if language in {"pl", "ru"} else (case, _OF_AFTER_DAY.get(language, ""))
        name = _form(match, kind, names, case)
        if of == "de " and language == "ca" and name[:1] in "aeiou":
            of = "d'"
        out.append(of + name + _stop(match))
        position, i = match.end(), i + 1
    out.append(text[position:])
    return "".join(out)


def _form(match: re.Match[str], kind: str, names: _Names, case: int) -> str:
    """The name in a case (0 the nominative; Polish and Russian: 1 genitive, 2 accusative, 3 a month's locative)."""
    forms = next(f for k, f in names.meanings[match.group(1)] if k == kind)
    return forms[min(case, len(forms) - 1)]


def _range(first: str, second: str, kind: str, language: str, word_before: str) -> str:
    pattern = ((kind == MONTH and _MONTH_RANGE.get(language)) or _RANGE.get(language)
               or f"{{a}} {WORDS[language]['to']} {{b}}")
    opening = pattern.split(" ")[0]
    if opening != "{a}" and word_before in {opening, "de", "du", "from", "von", "od", "с", "da", "van", "från"}:
        pattern = pattern.removeprefix(opening + " ")  # "du lun. au ven." is already "du ... au"
    spoken = pattern.format(a=first, b=second)
    if language in {"fr", "ca"}:  # "de avril" is "d'avril"
        spoken = re.sub(r"\bde ([aeiouàâéèêîôûh])", r"d'\1", spoken)
    return spoken


def _stop(match: re.Match[str]) -> str:
    """The name's full stop, kept where it also ends the sentence: at the end, or before a capital."""
    if match.group(2) is None:
        return ""
    rest = match.string[match.end():]
    return "." if not rest.strip() or (rest[:1].isspace() and rest.lstrip()[:1].isupper()) else ""
