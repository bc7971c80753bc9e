"""A count out of a whole, written with a slash: "HP: 450/1200", "Progress: 3/5", "99/100 people", a French
mark "17/20".

espeak-ng read the slash ("four hundred and fifty slash twelve hundred"), and a quest log's "3/5 wolves" was
"three fifths wolves". A reader says the part out of the whole, in each language's words ("sur" in French,
"von" in German, "из" in Russian). Taken so: a pair after a label ("HP:", "Progress:"), the part no larger;
elsewhere a smaller number over a whole of 20 or more that no date or year could be ("12/25" may be Christmas,
"2019/20" is a season, "Ley 3/2020" a law of the year, "3/32" an inch's fraction). Dates are read by their own
step first, fractions and scores after.
"""

from __future__ import annotations

import re

_PART_OF_WHOLE = re.compile(r"(?<![\w/.,])(?<!\d:)(\d{1,5})/(\d{1,5})(?![\w/]|[.,:]\d)")
_OUT_OF = {"en": "out of", "fr": "sur", "de": "von", "es": "de", "it": "su", "pt": "de", "ca": "de", "nl": "van",
           "sv": "av", "pl": "na", "ru": "из"}
# a label right before the pair ("HP: ", "Progress:"), or a bracket opening a game's line ("[12/50]")
_LABEL = re.compile(r"(?:[^\W\d_]{2,}\s?:|\[)\s?$")
_DATE_LABELS = frozenset("date dated datum fecha data дата born died due".split())
_BINARY_WHOLES = frozenset({32, 64, 128})  # an inch's and a drill's fractions: "3/32", "5/64"
SMALLEST_WHOLE = 20


def parts_of_wholes(text: str, language: str) -> str:
    """`text` with each count out of a whole as the part, the language's "out of" and the whole (see the module)."""
    if "/" not in text or language not in _OUT_OF:
        return text
    return _PART_OF_WHOLE.sub(lambda match: _part_of_whole(match, language), text)


def _part_of_whole(match: re.Match[str], language: str) -> str:
    part, whole = int(match.group(1)), int(match.group(2))
    if part >= 1000 or whole == 0:  # "2019/20", "1998/1999": years
        return match.group(0)
    date = part <= 31 and whole <= 31 and (part <= 12 or whole <= 12)  # "12/25", "3/5": a day and a month
    before = match.string[max(0, match.start() - 24):match.start()]
    if _LABEL.search(before):  # "HP: 450/1200", "Quest complete: 3/5": unless "Date: 12/05"
        label = before.lower().split()[-1:]
        counted = part <= whole and not (date and label and label[0].strip(":[") in _DATE_LABELS)  # not "16/9"
    else:
        counted = (part < whole and whole >= SMALLEST_WHOLE and whole not in _BINARY_WHOLES and not date
                   and not 1000 <= whole <= 2100)  # "la Ley 3/2020": a number of the year
    return f"{match.group(1)} {_OUT_OF[language]} {match.group(2)}" if counted else match.group(0)
