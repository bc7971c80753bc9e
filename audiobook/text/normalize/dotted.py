"""Numbers with two or three dots that are not dates, thousands or telephone numbers: versions and IPv4 addresses.

"Rust 1.90.0" was read "one point nine zero.0" (a decimal, then a stray dot) and "127.0.0.1:8080" "one hundred
and twenty-seven point zero.0.1 to eight thousand and eighty". A version is said part by part, "one point ninety
point zero"; an address "one hundred and twenty-seven dot zero dot zero dot one, port eight thousand and eighty"
(English says "point" in a version and "dot" in an address; the other languages have one word for both).
"""

from __future__ import annotations

import re

from audiobook.text.normalize.dates import english_dotted_date
from audiobook.text.normalize.numbers import cardinal, digit_by_digit
from audiobook.text.normalize.tables import WORDS

# "1.90.0", "v2.3.1", "3.11.4", "127.0.0.1:8080"; not inside a longer number or word, nor "1.2.3.4.5"
_DOTTED = re.compile(r"(?<![\w.,])(v?)(\d{1,5}(?:\.\d{1,5}){2,3})(?::(\d{1,5}))?(?![\w]|[.,:]\d)")
# "v2.0", "V1.5": a version of two parts after its "v", which is the word ("v2.0" was read as written; three parts
# or more are `_DOTTED`'s, whose "v" was read "vee")
_V_TWO_PARTS = re.compile(r"(?<![\w.,])[vV](\d{1,3})\.(\d{1,3})(?![\w]|[.,]\d)")
# a version of two parts after the word, in the languages whose decimals take a comma: "Version 2.0", "versión 3.1"
# (a dot there is no decimal; English's are `_NAMED_VERSION`'s)
_VERSION_WORD = re.compile(r"\b([Vv]ersi(?:on|ón|one|ão|ó|e) |[Ww]ersj[aię] |[Вв]ерси[яиюей] )(\d{1,3})\.(\d{1,3})"
                           r"(?!\d|[.,]\d)")
VERSION = {"en": "version", "ca": "versió", "sv": "version", "es": "versión", "fr": "version", "de": "Version",
           "it": "versione", "pt": "versão", "pl": "wersja", "ru": "версия", "nl": "versie"}
_PORT = {"en": "port", "ca": "port", "sv": "port", "es": "puerto", "fr": "port", "de": "Port", "it": "porta",
         "pt": "porta", "pl": "port", "ru": "порт", "nl": "poort"}


def _is_date(parts: list[str]) -> bool:
    """"18.09.2025", "1.2.25": a day, a month and a year (German, Russian, Polish... write dates so)."""
    return len(parts) == 3 and len(parts[2]) in (2, 4) and 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12


def _is_address(parts: list[str]) -> bool:
    return len(parts) == 4 and all(int(part) <= 255 and (part == "0" or not part.startswith("0")) for part in parts)


def _part(part: str, language: str) -> str:
    """A part as a number, or digit by digit when written with a leading zero ("04" in "22.04.1")."""
    if len(part) > 1 and part.startswith("0"):
        return digit_by_digit(part, language)
    return cardinal(int(part), language)


# an English version with one dot after the word or the software it versions ("Python 3.11", "version 2.10"): part
# by part, "three point eleven" (it was a decimal, "three point one one")
_NAMED_VERSION = re.compile(r"\b((?:[Vv]ersion|[Rr]elease|Python|Ruby|PHP|Perl|Java|Rust|Kotlin|Swift|Scala|Julia|"
                            r"Node(?:\.js)?|Django|Rails|Qt|GTK|Linux|Ubuntu|Debian|Fedora|macOS|iOS|Android|"
                            r"Windows|Firefox|Chrome) )(\d{1,3})\.(\d{2,3})(?!\d|[.,]\d)")


def versions_and_addresses(text: str, language: str) -> str:
    """Versions ("1.90.0", "Python 3.11") and IPv4 addresses ("127.0.0.1", with a port after a colon) said part
    by part."""
    if "." not in text:
        return text
    point = "point" if language == "en" else WORDS[language]["dot"]
    if language == "en":
        text = _NAMED_VERSION.sub(lambda match: f"{match.group(1)}{_part(match.group(2), 'en')} point "
                                                f"{_part(match.group(3), 'en')}", text)
    else:
        text = _VERSION_WORD.sub(lambda match: f"{match.group(1)}{_part(match.group(2), language)} {point} "
                                               f"{_part(match.group(3), language)}", text)
    if "v" in text or "V" in text:
        text = _V_TWO_PARTS.sub(lambda match: f"{VERSION[language]} {_part(match.group(1), language)} {point} "
                                              f"{_part(match.group(2), language)}", text)
    if text.count(".") < 2:
        return text

    def said(match: re.Match[str]) -> str:
        prefix, number, port = match.groups()
        parts = number.split(".")
        address = _is_address(parts)
        if language == "en" and not address and not port and len(parts) == 3 and not prefix:
            if said_as_date := english_dotted_date(parts, match.string[:match.start()]):
                return said_as_date
        if not address and _is_date(parts):  # the dates step reads it; English, which cannot tell the day from
            return " ".join(parts) if language == "en" and not port else match.group(0)  # the month: three numbers
        if not address and (all(len(part) == 3 for part in parts[1:])  # "2.000.000": thousands
                            or [len(part) for part in parts] == [3, 3, 4]):  # "555.123.4567": a telephone number
            return match.group(0)
        dot = "point" if language == "en" and not address else WORDS[language]["dot"]
        words = f" {dot} ".join(_part(part, language) for part in parts)
        if port:
            words += f", {_PORT[language]} {cardinal(int(port), language)}" if address else f":{port}"
        return f"{VERSION[language]} {words}" if prefix else words

    return _DOTTED.sub(said, text)
