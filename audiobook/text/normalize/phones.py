"""Telephone numbers, read the way each language reads them.

Without this, "555-1234" was a range ("five hundred and fifty-five to twelve thirty-four"),
"030 1234567" a million and "+49" "+neunundvierzig". Only unmistakable shapes are taken: a
leading "+" or trunk "0", an area code in brackets, the North American 3-3-4 and 3-4 forms with
hyphens, the Russian 3-2-2. Groups of digits set with spaces alone ("22 123 45 67") stay numbers,
since Polish, French and Swedish write thousands that way, unless a telephone's word comes before them.
"""

from __future__ import annotations

import re

from audiobook.text.normalize.numbers import cardinal, digit_by_digit
from audiobook.text.normalize.tables import WORDS

# languages whose speakers read a number group by group ("zéro un, vingt-trois, quarante-cinq"); the others
# say it digit by digit ("five five five, one two three four")
_BY_GROUP = frozenset({"fr", "es", "ru", "pl"})

_PHONE = re.compile(
    r"(?<![\w+./,-])(?:"
    r"\+\d{1,3}(?:[ .-]?\(\d{1,5}\))?(?:[ .-]\d{1,8}){1,5}"  # +44 20 7946 0958, +1 (555) 123-4567
    r"|(?:\d{1,2}[ -]?)?\(\d{2,5}\)[ -]?\d{2,5}(?:[ .-]\d{2,4}){1,2}"  # (555) 123-4567, 8 (495) 123-45-67,
    # a Brazilian mobile's (11) 98765-4321
    r"|(?:1-)?\d{3}-\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}"  # 1-800-555-0199, 555.123.4567
    r"|(?:1 )?[2-9]\d{2} \d{3} \d{4}"  # 555 123 4567, 1 212 555 0199: no thousands end in four figures
    r"|0\d{1,4}(?:[ -]\d{2,8}){1,4}|0\d{2,4} ?/ ?\d{2,8}(?: \d{2,4}){0,3}"  # 030 1234567, 020 7946 0958,
    # 01 23 45 67 89, 030/1234567, 030/123 45 67, 030 / 123 45 67
    r"|\d{3}-\d{2}-\d{2}"  # 123-45-67
    r"|\d{3}-\d{4}"  # 555-1234
    r")(?![\w-]|[.,]\d)")
# after a telephone's word, groups set with spaces alone are its number too: "tel. 22 123 45 67", "Telefon: 12 34 56"
# (and a mobile's word, whose number may be two groups: Italian "cell. 333 1234567", "móvil", "Handy", "моб.")
_CUED_PHONE = re.compile(r"(?P<cue>(?i:\b(?:tel|tél|tfn|telefon|telefono|teléfono|telefone|telèfon|telephone|téléphone|"
                         r"phone|телефон|тел)\b\.?:?\s*))(\d{2,4}(?: \d{2,4}){2,5})(?![\w-]|[.,]\d)"
                         r"|(?P<mobile>(?i:\b(?:cellulare|cell|móvil|movil|telemóvel|celular|portable|handy|mobil|"
                         r"mobiel|gsm|mobiltelefon|komórka|kom|моб|мобильный)\b\.?:?\s*))"
                         r"(\d{2,4}(?:[ -]\d{2,8}){1,5})(?![\w-]|[.,]\d)")
# a range, not a telephone number, when the word before says so ("pages 200-1250", "from 900-1200")
_RANGE_CUE = re.compile(r"(?:\b(?:pp?|pages?|from|between|years?|ca?|circa|nos?|vols?|ad|bc|bce|ce|"
                        r"seiten?|von|zwischen|de|entre|pagine|da|tra|páginas?|blz|van|tussen|sidor|"
                        r"mellan|stron[ay]?|od|от|с|стр)\.?|[§(])\s*$", re.IGNORECASE)
# what every shape has: digit groups with a mark or a space between them, or a "+" (most text skips the scan)
_GROUPS = re.compile(r"\d[-. /)]\(?\d|\+\d|\d / \d")
# a date with hyphens ("01-02-2020"), not a telephone number
_DATE = re.compile(r"\d{1,2}-\d{1,2}-\d{4}")


def _group(group: str, language: str) -> str:
    """A group as its speakers say it: digit by digit, or as one number with its leading zeros said."""
    if language not in _BY_GROUP:
        return digit_by_digit(group, language)
    zeros = len(group) - len(group.lstrip("0"))
    rest = group[zeros:]
    return " ".join([cardinal(0, language)] * zeros + ([cardinal(int(rest), language)] if rest else []))


# English emergency and short numbers are said digit by digit: "call 911", "dialled 999" ("nine hundred and
# ninety-nine" before); "911" alone too, but for the car
_DIALLED = re.compile(r"\b((?i:call|called|calling|dial|dialed|dialled|dialing|dialling|ring|rang|phone|phoned)\s+)"
                      r"(\d{3,4})(?![\w/-]|[.,]\d|\s\d)")
_NINE_ONE_ONE = re.compile(r"(?<![\w.,-])(?<!Porsche )911(?![\w.,-]|[.,]\d)")
# so are the emergency numbers that German, Dutch, Swedish and Spanish speakers dial, after the verb and article that
# dial them: "Ruf die 112 an", "Notruf 110", "Bel 112", "Ring 112", "Llama al 112" ("einhundertzwölf",
# "etthundratolv" were heard); French, Italian and Polish speakers say theirs as numbers ("le cent douze")
_DIALLING = {"de": r"(?:[Rr]uf|[Rr]ufe|[Rr]ufen|[Rr]ief|[Rr]iefen|[Ww]ähle|[Ww]ählen|[Ww]ählte|[Ww]ählten|anrufen)"
                   r"\s+(?:die\s+|den\s+)?|Notruf\s+|Notrufnummer\s+",
             "nl": r"(?:[Bb]el|[Bb]elde|[Bb]elden|[Bb]ellen)\s+(?:het\s+)?|alarmnummer\s+",
             "sv": r"(?:[Rr]ing|[Rr]ingde|[Rr]inger|[Rr]inga)\s+(?:till\s+)?|larmnumret\s+",
             "es": r"(?:[Ll]lama|[Ll]lamó|[Ll]lamar|[Ll]lamé|[Ll]lamen|[Mm]arca|[Mm]arcó|[Mm]arcar)\s+(?:al|el)\s+"}
_DIALLED_ELSEWHERE = {language: re.compile(rf"\b({verbs})(1\d\d|0\d\d)(?![\w/-]|[.,]\d|\s\d)"
                                           r"(?!\s+(?:keer|maal|gånger|gång|Mal|mal|veces|vez)\b)")  # "belde 112 keer"
                      for language, verbs in _DIALLING.items()}


# a telephone's abbreviation in lower case before its number ("ou tél. 01 42 68 53 01"): the abbreviations' step
# takes only the capitalised one ("Tél."), as one in lower case would cost every text a look at each full stop
_TEL = re.compile(r"(?<![\w.])t[eé]l\.(?=\s*:?\s*[+(\d])")
_TELEPHONE = {"en": "telephone", "ca": "telèfon", "sv": "telefon", "es": "teléfono", "fr": "téléphone", "de": "Telefon",
              "it": "telefono", "pt": "telefone", "pl": "telefon", "ru": "телефон", "nl": "telefoon"}


# a North American toll-free number spelled in letters ("1-800-FLOWERS"), said as the advertisement says it: "one
# eight hundred flowers" (it was a range: "one to eight hundred-FLOWERS")
_VANITY = re.compile(r"(?<![\w-])1-(8[0-8]{2})-([A-Z]{2,}(?:-[A-Z]+)+|[A-Z]{3,})\b(?!-\d)")


def _vanity(match: re.Match[str]) -> str:
    """"1-800-FLOWERS" "one eight hundred flowers", "1-888-GO-FEDEX" "one eight eight eight go fedex"."""
    prefix = "eight hundred" if match.group(1) == "800" else digit_by_digit(match.group(1), "en")
    return f"one {prefix} {match.group(2).replace('-', ' ').lower()}"


# a telephone's extension of three digits or more, said digit by digit as its number is ("ext. 4567" was "extension
# four thousand five hundred and sixty-seven"; "ext. 42" stays "forty-two")
_EXTENSION = re.compile(r"\b[Ee]xt\.\s?(\d{3,6})(?![\w.,]\d|\w)")



def phone_numbers(text: str, language: str) -> str:
    """Telephone numbers as their digits, a short pause (a comma) between the groups."""
    if language == "en" and "1-8" in text:
        text = _VANITY.sub(_vanity, text)
    if language == "en" and "xt" in text:
        text = _EXTENSION.sub(lambda match: f"extension {digit_by_digit(match.group(1), 'en')}", text)
    if language == "en" and ("911" in text or _DIALLED.search(text)):
        text = _DIALLED.sub(lambda match: match.group(1) + digit_by_digit(match.group(2), "en"), text)
        text = _NINE_ONE_ONE.sub(digit_by_digit("911", "en"), text)
    elif language in _DIALLED_ELSEWHERE and ("1" in text or "0" in text):
        text = _DIALLED_ELSEWHERE[language].sub(lambda match: match.group(1) + digit_by_digit(match.group(2), language),
                                               text)

    def say(match: re.Match[str], group: int = 0) -> str:
        number = match.group(group)
        digits = sum(ch.isdigit() for ch in number)
        hyphenated_seven = re.fullmatch(r"\d{3}-\d{4}", number) is not None
        if not 7 <= digits <= 15 or (hyphenated_seven and _RANGE_CUE.search(text, 0, match.start(group))):
            return number
        if _DATE.fullmatch(number):
            return number
        groups = re.findall(r"\d+", number)
        spoken = ", ".join(_group(group, language) for group in groups)
        return f"{WORDS[language]['plus']} {spoken}" if number.startswith("+") else spoken

    if not _GROUPS.search(text):
        return text
    if "l." in text:
        text = _TEL.sub(_TELEPHONE[language], text)
    text = _CUED_PHONE.sub(lambda match: match["cue"] + say(match, 2) if match["cue"] else match["mobile"] + say(
        match, 4), text)
    return _PHONE.sub(say, text)
