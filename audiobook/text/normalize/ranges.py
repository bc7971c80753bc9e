"""Ranges of numbers: "3-4 days", "2.5–3.5 kg", "$5–10", "between 5–10", "the 18th–19th centuries", Russian and
Polish "от 5 до 10"; and a figure's label, "Figure 3-2", which is no range."""

from __future__ import annotations

import re

from audiobook.text.normalize.cases import GENITIVE, PREPOSITIONS, cardinal_in_case
from audiobook.text.normalize.common import word_before
from audiobook.text.normalize.numbers import MINUS
from audiobook.text.normalize.tables import FIGURE_LABELS, WORDS

# a range of amounts ("2.5–3.5 kg", "$5–10", "10,5-12 %"), joined by its word before the steps that say the unit or the
# sign after it: they turn its right side into words, and leave a dash between a number and a word that no engine reads
# (the second side with its own sign too: "$50,000–$75,000")
_NUMBER_RANGE = re.compile(r"(?<![\w.,\-–])(\d+(?:[.,]\d+)?)\s?[-–—]\s?"
                           r"(?=(?P<sign>[$€£¥₽])?(?P<second>\d+(?:[.,]\d+)?)(?!\w|[.,\-–]\d))")
_SIGNS = frozenset("$€£¥₽")
_SIGN_AFTER = re.compile(r"\d+(?:[.,]\d+)?(\s?(?:[$€£¥₽]|zł|kr|EUR|USD)(?!\w))")


def number_ranges(text: str, language: str) -> str:
    """"2.5–3.5 kg" as "2.5 to 3.5 kg", "$5–10" as "$5 to $10" (in the language's word for "to")."""
    if "-" not in text and "–" not in text and "—" not in text:
        return text

    def to(match: re.Match[str]) -> str:
        if _labelled(match, language) or _EQUALS_AFTER.match(match.string, match.end() + len(match.group("second"))):
            return match.group(0)  # left to `ranges`
        if not match.group("sign") and _score(match.group(1), match.group("second"), language):
            return match.group(0)  # left to `ranges`
        if match.group(1) == match.group("second") and not match.group("sign"):
            return match.group(0)  # no range: "a 50-50 split" is "fifty-fifty", a draw's "3-3" "three-three"
        # an amount's sign, written once, goes with both sides: "$2.50–3.75", "2,50–3,75 €" (its cents are cents)
        sign_before = match.string[max(0, match.start() - 1):match.start()]
        sign_after = _SIGN_AFTER.match(match.string, match.end())
        left = f"{match.group(1)}{sign_after.group(1)}" if sign_after else match.group(1)
        sign = sign_before if sign_before in _SIGNS and not match.group("sign") else ""
        return f"{_from(match, language)}{left} {_to(match, language)} {sign}"
    if language == "en":  # "the 18th–19th centuries", "1st–3rd place": "eighteenth to nineteenth"
        text = _ENGLISH_ORDINAL_RANGE.sub(lambda m: f"{m.group(1)} {_to(m, language)} ", text)
    return _NUMBER_RANGE.sub(to, text)


_ENGLISH_ORDINAL_RANGE = re.compile(r"(?<![\w.,\-–])(\d+(?:st|nd|rd|th))\s?[-–—]\s?(?=\d+(?:st|nd|rd|th)\b)")


# "between 5–10" is "between five and ten", not "between five to ten" ("między" takes "a": "między pięcioma a
# dziesięcioma"; the count after "и", "a" keeps the instrumental of "между", "między": `preposition_before`)
_BETWEEN = {"en": {"between"}, "de": {"zwischen"}, "fr": {"entre"}, "es": {"entre"}, "it": {"tra", "fra"},
            "pt": {"entre"}, "ca": {"entre"}, "nl": {"tussen"}, "sv": {"mellan"}, "ru": {"между"},
            "pl": {"między", "pomiędzy"}}


def _to(match: re.Match[str], language: str) -> str:
    """The word between a range's two numbers: the language's "to", or its "and" after its "between"."""
    if language in _BETWEEN and (word_before(match.string, match.start()) or "").lower() in _BETWEEN[language]:
        return "a" if language == "pl" else WORDS[language]["and"]
    return WORDS[language]["to"]


# Russian and Polish read a range "от 5 до 10", "od 5 do 10" (the count then in the genitive: "от пяти до десяти");
# not after a preposition of its own ("в 1941–1945 годах", "na 5–10 dni"), nor between years
_RANGE_FROM = {"ru": "от", "pl": "od"}
_YEAR = re.compile(r"1[1-9]\d\d|20\d\d")


def _from(match: re.Match[str], language: str) -> str:
    """The word for "from" a range opens with in Russian and Polish, with its space; else ""."""
    if language not in _RANGE_FROM or (word_before(match.string, match.start()) or "").lower() in PREPOSITIONS[
            language] or _YEAR.fullmatch(match.group(1)):  # years keep their reading ("1941–1945")
        return ""
    return f"{_RANGE_FROM[language]} "


# a game's score: no range falls from its first number to its second ("won 2-1", "6-4, 6-3"), and a draw ("1-1") in
# the languages that say it so; a range's shortened second side ("1914-18", "345-50") has fewer figures. Read with
# the language's word for a score (it was "zwei bis eins", "drie tot één", "от двух до один")
_SCORE_TO = {"en": "to", "de": "zu", "fr": "à", "es": "a", "it": "a", "pt": "a", "ca": "a", "pl": "do"}
_DRAWS = frozenset(_SCORE_TO) - {"en"}  # "eins zu eins", "uno a uno"; English, Dutch, Swedish, Russian: "one-one"


def _score(first: str, second: str, language: str) -> str | None:
    """A score's words, or None when the numbers are no score (see `_SCORE_TO`)."""
    if not (first.isdigit() and second.isdigit()) or len(second) < len(first) or len(first) > 2:
        return None
    if int(second) > int(first) or int(second) == int(first) and language not in _DRAWS:
        return None
    if language == "pl":  # "dwa do jednego", as after a colon
        return polish_score(first, second)
    to = _SCORE_TO.get(language)
    return f"{first} {to} {second}" if to else f"{first}-{second}"


def polish_score(first: str, second: str) -> str:
    """A Polish score or ratio, its second number in the genitive after "do": "dwa do jednego", "trzy do zera",
    "jeden do stu" (it was "dwa do jeden", "trzy do zero")."""
    number = int(second)
    return f"{first} do {_POLISH_GENITIVE.get(number) or cardinal_in_case(number, GENITIVE, 'pl') or second}"


_POLISH_GENITIVE = {0: "zera", 1: "jednego"}


def _labelled(match: re.Match[str], language: str) -> bool:
    """Whether the numbers stand after a figure's or listing's label ("Figure 3-2"): a chapter and a place in it;
    not after "for example" and its kind ("e.g. 5-10 days" was "for example five ten days")."""
    label = word_before(match.string, match.start()) or ""
    if label.lower() in _NUMBER_WORDS or language == "fr" and label in _FRENCH_CODE_ARTICLES:
        return True  # an identifier: "la loi n° 78-17" "soixante-dix-huit dix-sept", "l'article L. 1234-5"
    if label.lower().rstrip(".") not in FIGURE_LABELS[language]:
        return False
    before = word_before(match.string, match.start() - len(label) - 1) or ""
    return before.lower() not in _FOR_EXAMPLE


_EQUALS_AFTER = re.compile(r"\s?=\s?\d")
_FOR_EXAMPLE = frozenset({"for", "zum", "par", "por", "per", "till", "na"})  # "for example", "zum Beispiel"...
# "number" (the abbreviations' "n°", "No." said by then), in the singular: one number, a law's or a decree's, not a
# range of them ("Nos. 5-10" are); a French code's article, legislative, regulatory or decreed ("L. 1234-5")
_NUMBER_WORDS = frozenset("number numéro nummer número numero номер numer".split())
_FRENCH_CODE_ARTICLES = frozenset({"L.", "R.", "D."})


def ranges(text: str, language: str) -> str:
    """"5-10" as "5 to 10" (in the language's word for "to"); "Listing 1-1" as "Listing 1 1"; "50-50" is no range."""
    def say(match: re.Match[str]) -> str:
        if _labelled(match, language):
            return f"{match.group(1)} {match.group(2)}"
        if _EQUALS_AFTER.match(match.string, match.end()):  # a sum: "10-3=7" is "ten minus three equals seven"
            return f"{match.group(1)} {MINUS[language]} {match.group(2)}"
        if said := _score(match.group(1), match.group(2), language):
            return said
        if match.group(1) == match.group(2):  # "a 50-50 split", a draw's "3-3": "fifty-fifty", "three-three"
            return f"{match.group(1)}-{match.group(2)}"
        return f"{_from(match, language)}{match.group(1)} {_to(match, language)} {match.group(2)}"

    return re.sub(r"(?<![\d\-–])(\d+)\s?[-–—]\s?(\d+)(?![\d\-–])", say, text)
