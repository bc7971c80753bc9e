"""Numbers that name rather than count. Standard book and serial numbers: "ISBN 978-3-16-148410-0" is "ISBN nine
seven eight, three, one six, one four eight four one zero, zero", its groups apart as it is printed and read out;
"ISSN 0317-8471" likewise. Read as numbers they were "nine hundred and seventy-eight-three-sixteen-one hundred and
forty-eight thousand...". Only after the label, and only with an ISBN's ten or thirteen figures or an ISSN's eight
(a final "X" is a figure).

And English rooms, flights, aircraft, gates and roads, whose three or four figures are said in pairs: "Room 101" is
"Room one oh one", "a Boeing 747-400" "a Boeing seven forty-seven four hundred", "Flight 2041" "Flight twenty
forty-one" (they were "one hundred and one", "seven hundred and forty-seven to four hundred"); a plan's "401(k)" is
"four oh one K"; "I-95" is "I ninety-five", "US-101" "U S one oh one".

And a series' season and episode as screens and podcast feeds print them: "S2E5", "S02E05" is "season two, episode
five" in the text's language ("Staffel zwei, Folge fünf"); espeak-ng read "S zero two E zero five".
"""

from __future__ import annotations

import re

from audiobook.text.normalize.common import word_before
from audiobook.text.normalize.numbers import cardinal, digit_by_digit

# the label, its kind ("ISBN-13"), a colon or a short word after it ("The ISBN is 978..."), the figures
_IDENTIFIER = re.compile(r"\b(ISBN|ISSN)(?:-(1[03]))?(\s?:?\s*(?:[^\W\d_]{1,4}\s+)?)"
                         r"([\dX](?:[\dX]|[ -](?=[\dX])){6,20})(?![\w-]|[.,]\d)")
_FIGURES = {"ISBN": (10, 13), "ISSN": (8,)}


def book_numbers(text: str, language: str) -> str:
    """`text` with its ISBNs and ISSNs read figure by figure (see the module's docstring)."""
    if "ISBN" not in text and "ISSN" not in text:
        return text

    def say(match: re.Match[str]) -> str:
        label, kind, between, number = match.groups()
        if sum(ch.isdigit() or ch == "X" for ch in number) not in _FIGURES[label]:
            return match.group(0)
        groups = [digit_by_digit(group.replace("X", ""), language) + (" X" if group.endswith("X") else "")
                  for group in re.split(r"[ -]", number)]
        said = ", ".join(group.strip() for group in groups)
        return f"{label}{' ' + cardinal(int(kind), language) if kind else ''}{between.rstrip()} {said}"

    return _IDENTIFIER.sub(say, text)


# the words a number names after them, in English; "Room 100" is still "Room one hundred"
_NAMING_WORDS = ("Room|Rooms|Suite|Flight|Flights|Boeing|Airbus|Gate|Platform|Track|Highway|Route|Bus|Train|"
                 "Channel|Studio|Apollo|Unit")
_NAMED = re.compile(rf"\b((?:{_NAMING_WORDS}) )(\d{{3,4}})(?:(?<=(?:Boeing|Airbus) \d\d\d)-(\d{{3}}))?"
                    r"(?![\d,.]\d|[\w-])")  # an aircraft's series, "747-400" ("Rooms 101-105" is a range)
_PLAN = re.compile(r"(?<![\w.,])(\d{3})\(([a-z])\)")  # "401(k)", "403(b)"
# an Interstate's or a US highway's number after its letters: "I-95" "I ninety-five", "US-101" "U S one oh one"
# (espeak-ng joined "I-ninety-five" into "eye-ninety-five" as one word, and read "US" as "us")
_HIGHWAY = re.compile(r"\b(I|US)-(\d{1,3})(?![\w-]|[.,]\d)")
# a gun's calibre or a batting average, figures after a point with no whole number, after a determiner or before
# the word it names: "his .45", "a .22 rifle", "a .357 Magnum", "hitting .300" ("point four five" was heard)
_CALIBRE = re.compile(r"(?<![\w.,])\.(\d{2,3})(?![\w]|[.,]\d|-\d)")
_BEFORE_CALIBRE = frozenset("a his her my your their our the this that its hit hitting batted batting averaged"
                            .split())
_CALIBRE_NOUNS = re.compile(r"\s+(?:calibers?|calibres?|rifles?|pistols?|revolvers?|handguns?|guns?|Magnums?|Colts?|"
                            r"Winchesters?|Remingtons?|rounds?|bullets?|cartridges?|automatics?|hitters?|average|"
                            r"shells?|ammo|ammunition|Special|ACP)\b")


def named_numbers(text: str, language: str) -> str:
    """English numbers that name a room, a flight, an aircraft... said in pairs (see the module's docstring)."""
    if language != "en":
        return text
    if "(" in text:
        text = _PLAN.sub(lambda match: f"{_in_pairs(match.group(1))} {match.group(2).upper()}", text)
    if "I-" in text or "US-" in text:
        text = _HIGHWAY.sub(lambda match: " ".join(match.group(1)) + " " + (
            _in_pairs(match.group(2)) if len(match.group(2)) > 2 else cardinal(int(match.group(2)), "en")), text)
    if "." in text:
        text = _CALIBRE.sub(_calibre, text)
    return _NAMED.sub(lambda match: match.group(1) + _in_pairs(match.group(2)) + (
        f" {_in_pairs(match.group(3))}" if match.group(3) else ""), text)


def _calibre(match: re.Match[str]) -> str:
    """".45" "forty-five", ".357" "three fifty-seven", ".300" "three hundred" where a calibre or an average is meant
    (see `_CALIBRE`); a decimal elsewhere ("p < .05") as it was."""
    if ((word_before(match.string, match.start()) or "").lower() not in _BEFORE_CALIBRE
            and not _CALIBRE_NOUNS.match(match.string, match.end())):
        return match.group(0)
    figures = match.group(1)
    return _in_pairs(figures) if len(figures) == 3 else cardinal(int(figures), "en")


def _in_pairs(figures: str) -> str:
    """"101" "one oh one", "747" "seven forty-seven", "2041" "twenty forty-one", "100" "one hundred"."""
    head, tail = figures[:-2], int(figures[-2:])
    if not tail:
        return cardinal(int(figures), "en")
    last = f"oh {cardinal(tail, 'en')}" if tail < 10 else cardinal(tail, "en")
    return f"{cardinal(int(head), 'en')} {last}"


# "S2E5", "S02E05", "s01e12": a season of one or two figures, an episode of up to three
_EPISODE_CODE = re.compile(r"(?<![\w-])[Ss](\d{1,2})\s?[Ee](\d{1,3})(?![\w-])")
_EPISODE_HINT = re.compile(r"\d\s?[Ee]\d")
_SEASON_AND_EPISODE = {
    "en": ("season", "episode"), "de": ("Staffel", "Folge"), "fr": ("saison", "épisode"),
    "es": ("temporada", "episodio"), "it": ("stagione", "episodio"), "pt": ("temporada", "episódio"),
    "ca": ("temporada", "episodi"), "nl": ("seizoen", "aflevering"), "sv": ("säsong", "avsnitt"),
    "pl": ("sezon", "odcinek"), "ru": ("сезон", "серия")}


def episode_codes(text: str, language: str) -> str:
    """A season's and an episode's code in words: "S02E05" "season two, episode five" (see the module's docstring)."""
    if not _EPISODE_HINT.search(text):  # (a third of the whole pattern's time)
        return text
    season, episode = _SEASON_AND_EPISODE[language]
    return _EPISODE_CODE.sub(lambda match: f"{season} {cardinal(int(match.group(1)), language)}, "
                                           f"{episode} {cardinal(int(match.group(2)), language)}", text)
