"""Pounds, shillings and pence as older English books write them: "£3 10s. 6d.", "2s. 6d.", "4½d.", "L100",
"5/-", "2/6d.", "£1/2/6".

Read before the pound sign on its own ("£3" is "three pounds"): espeak-ng read "£3 10s. 6d." as
"three pounds tens. 6d." and "4½d." as "four and a halfd".
"""

from __future__ import annotations

import re

from audiobook.text.normalize.common import closing_stop, word_before
from audiobook.text.normalize.numbers import cardinal

_PENCE = r"(\d{1,2}[½¼¾]?|[½¼¾])"  # "6", "4½", "½"
_FRACTIONS = {"½": "a half", "¼": "a quarter", "¾": "three quarters"}
# "£3 10s. 6d.", "£3. 10s.", "£1 1s 6d", "3l. 10s." (the older "l." for pounds, only before shillings), and
# "L3 10s." (an e-text's "L" for the pound sign)
_POUNDS_SHILLINGS = re.compile(rf"(?:(?:£\s?|(?<![\w.,])L)(\d[\d,]*)\.?|(?<![\w.,])(\d[\d,]*)l\.)\s+(1?\d)s\b\.?"
                               rf"(?:\s*{_PENCE}d\b\.?)?")
# "L100,000", "a good L150": older e-texts, typed without the pound sign, write "L" for it (one digit alone,
# "L2", is more often a name: a cache level, a motorway)
_L_POUNDS = re.compile(r"(?<![\w.,£$€])L(\d{1,3}(?:,\d{3})+|\d{2,})(?![\w,]|\.\d)")
# "2s. 6d.", "2s 6d": a shilling amount beside pence is not a decade
_SHILLINGS_PENCE = re.compile(rf"(?<![\w.,£])(1?\d)s\b\.?\s*{_PENCE}d\b\.?")
# "5s." alone; "the 10s." and "his 20s." are decades (and twenty shillings made a pound), "double 6s." dice, "size
# 10s." shoes, "under-5s." children (not "under-five shillings")
_SHILLINGS = re.compile(r"(?<![\w.,£'’/-])(1?\d)s\.(?=\s|$|/)")  # "2s./doz.": a price by the dozen
_DECADE_WORDS = frozenset("the his her their its my your our early mid late double size sizes".split())
# "6d.", "4½d.": pence need their full stop alone ("3d" is three-dimensional)
_PENCE_ALONE = re.compile(rf"(?<![\w.,£]){_PENCE}d\.(?=[\s,;:)]|$)")
# the shop's way, with a stroke: "5/-" five shillings, "2/6d." two and six, "£1/2/6"; "2/6" alone only as a price
# ("it cost 2/6": "two sixths"; "2/6 of the class" is a fraction)
_STROKE = re.compile(rf"(?:£(\d[\d,]*)/|(?<![\w.,/£]))(1?\d)/(?:-(?![\w-])|{_PENCE}(d\b\.?)?(?![\w/]|\.\d))")
_PRICE_WORDS = frozenset("cost costs costing paid pay pays price priced charged charge charges fetched fetch "
                         "fetches sold sells worth".split())


def _pence(written: str) -> str:
    """"six pence", "one penny", "a halfpenny", "four and a half pence"."""
    whole, fraction = written.rstrip("½¼¾"), written[len(written.rstrip("½¼¾")):]
    if not whole:
        return {"½": "a halfpenny", "¼": "a farthing", "¾": "three farthings"}[fraction]
    if fraction:
        return f"{cardinal(int(whole), 'en')} and {_FRACTIONS[fraction]} pence"
    return "one penny" if whole == "1" else f"{cardinal(int(whole), 'en')} pence"


def _shillings(written: str) -> str:
    return "one shilling" if written == "1" else f"{cardinal(int(written), 'en')} shillings"


def _pounds(written: str) -> str:
    amount = int(written.replace(",", ""))
    return "one pound" if amount == 1 else f"{cardinal(amount, 'en')} pounds"


def old_money(text: str, language: str) -> str:
    """English pounds, shillings and pence ("£3 10s. 6d." is "three pounds, ten shillings and six pence")."""
    if language != "en" or ("s" not in text and "d." not in text and "L" not in text and "/" not in text):
        return text

    def pounds_shillings(match: re.Match[str]) -> str:
        pounds, shillings, pence = match.group(1) or match.group(2), match.group(3), match.group(4)
        amount = f"{_pounds(pounds)}, {_shillings(shillings)}"
        return (f"{amount} and {_pence(pence)}" if pence else amount) + closing_stop(match)

    def shillings_pence(match: re.Match[str]) -> str:
        return f"{_shillings(match.group(1))} and {_pence(match.group(2))}" + closing_stop(match)

    def shillings(match: re.Match[str]) -> str:
        if (word_before(match.string, match.start()) or "").lower() in _DECADE_WORDS:
            return match.group(0)
        return _shillings(match.group(1)) + closing_stop(match)

    def stroke(match: re.Match[str]) -> str:
        pounds, shillings, pence, marked = match.groups()
        if pence and not marked and not pounds and (
                (word_before(match.string, match.start()) or "").lower() not in _PRICE_WORDS
                or match.string.startswith(" of", match.end())):
            return match.group(0)  # "2/6": a fraction, a date, a score, unless it is what something cost
        amount = _shillings(shillings) + (f" and {_pence(pence)}" if pence and pence != "0" else "")
        return (f"{_pounds(pounds)}, {amount}" if pounds else amount) + (closing_stop(match) if marked else "")

    if "/" in text:
        text = _STROKE.sub(stroke, text)
    text = _POUNDS_SHILLINGS.sub(pounds_shillings, text)
    if "L" in text:
        text = _L_POUNDS.sub(lambda match: _pounds(match.group(1)), text)
    text = _SHILLINGS_PENCE.sub(shillings_pence, text)
    if "s." in text:
        text = _SHILLINGS.sub(shillings, text)
    if "d." in text:
        text = _PENCE_ALONE.sub(lambda match: _pence(match.group(1)) + closing_stop(match), text)
    return text
