"""Postal codes in addresses, read digit by digit (French: the département's two, then the rest).

Without this, "75002 Paris" was "soixante-quinze mille deux", "00-950 Warszawa" a range ("od zero zero do
dziewięciuset pięćdziesięciu") and "1100-048 Lisboa" "mil e cem a zero quarenta e oito". Only unmistakable
shapes are taken, before a place's name and after a comma (the Dutch form at a line's start too): the Polish,
Portuguese and Dutch forms and five digits (in German only after a house number, as German writes "15000
Soldaten" with a capital too); five digits after a country's letter ("D-10115 Berlin"), and a US ZIP code after
a state's two letters ("DC 20500"). Swedish codes stay numbers ("111 51" "hundraelva femtioett"), as Swedes
read them.
"""

from __future__ import annotations

import re

from audiobook.text.normalize.numbers import cardinal, digit_by_digit

_PLACE = r"(?=\s+[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ])"
# the digits first, what stands before them looked at after (a look-behind first is tried at every position):
# after a comma ("Rua Augusta 5, 1100-048 Lisboa"; at a text's start "20-100 Polaków" is a range)
_SHAPES = {
    "pl": re.compile(rf"(?<!\d)(\d\d)-(\d{{3}})(?<=, \d\d-\d{{3}}){_PLACE}"),  # 00-950 Warszawa
    "pt": re.compile(rf"(?<!\d)(\d{{4}})-(\d{{3}})(?<=, \d{{4}}-\d{{3}}){_PLACE}"),  # 1100-048 Lisboa
    "nl": re.compile(rf"(?<!\d)(\d{{4}}) ?([A-Z]{{2}})(?:(?<=, \d{{4}} [A-Z]{{2}})|(?<=, \d{{4}}[A-Z]{{2}})|"
                     rf"(?<=^\d{{4}} [A-Z]{{2}})|(?<=^\d{{4}}[A-Z]{{2}})){_PLACE}"),  # 1012 LG Amsterdam
}
# five digits before a place: after a comma in the Romance languages, whose nouns (and peoples) are not capitalised;
# in German, which capitalises every noun ("15000 Soldaten"), only after a house number and its comma
# ("Goethestr. 5, 10115 Berlin"); in all, after a country's letter ("D-10115 Berlin", "F-75002 Paris")
_FIVE = r"(\d{5})(?<!\d\d{5})(?![\w-]|[.,]\d)"
_COUNTRY = r"(?<=\b[A-Z]-\d{5})"
_FIVE_DIGITS = {
    # (and after a house number and a dash, as Italian writes an address on one line: "Via Roma, 12 – 00184 Roma")
    **dict.fromkeys(("fr", "es", "it", "ca", "pt"), re.compile(
        rf"{_FIVE}(?:(?<=, \d{{5}})|(?<=\d - \d{{5}})|(?<=\d – \d{{5}})|{_COUNTRY}){_PLACE}")),
    "de": re.compile(rf"{_FIVE}(?:(?<=\d, \d{{5}})|(?<=\d[a-zA-Z], \d{{5}})|{_COUNTRY}){_PLACE}"),
}
_ZIP = re.compile(r"(\d{5})(?<=\b[A-Z]{2} \d{5})(?:-(\d{4}))?(?![\w-]|[.,]\d)")  # DC 20500, NY 10001-1234



def _five(code: str, language: str) -> str:
    """"75002": "soixante-quinze zéro zéro deux" in French, as the French say them; digit by digit elsewhere."""
    if language == "fr":
        department = cardinal(int(code[:2]), language) if code[0] != "0" else digit_by_digit(code[:2], language)
        return f"{department} {digit_by_digit(code[2:], language)}"
    return digit_by_digit(code, language)


def postal_codes(text: str, language: str) -> str:
    """Each postal code of a shape this knows, as the digits it is: "10115 Berlin" "eins null eins eins fünf"."""
    if language in _SHAPES:
        letters = language == "nl"  # "LG": spelled
        text = _SHAPES[language].sub(lambda match: f"{digit_by_digit(match.group(1), language)}, " + (
            " ".join(match.group(2)) if letters else digit_by_digit(match.group(2), language)), text)
    if language in _FIVE_DIGITS:
        text = _FIVE_DIGITS[language].sub(lambda match: _five(match.group(1), language), text)
    if language == "en":
        text = _ZIP.sub(lambda match: digit_by_digit(match.group(1), language) + (
            f", {digit_by_digit(match.group(2), language)}" if match.group(2) else ""), text)
    return text
