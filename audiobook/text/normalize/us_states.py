"""A US state's postal code after its city, read as the state's name: "Austin, TX" is "Austin, Texas", "Portland,
OR 97201" "Portland, Oregon nine seven two zero one". espeak-ng read most codes as words ("ka", "ut", "az", "my",
"or") or spelled them.

Only after a capitalised place and its comma. The codes that are also English words or a degree's letters ("OK",
"OR", "IN", "ME", "MD", "MA"...) are taken only where a place is plainly meant: after "in", "from", "near"... and
the place's name, or before a ZIP code ("Fine, OK." and "Jane Roe, MD" keep their letters). "DC" stays as it is
said, "D C".
"""

from __future__ import annotations

import re

from audiobook.text.normalize.numbers import digit_by_digit

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico"}
# English words, and the letters after a name of a doctor, a master or a physician assistant
_AMBIGUOUS = frozenset("AL HI ID IN MA MD ME MS OH OK OR PA".split())
_PLACE_WORD = r"[A-Z][a-z]+\.?"
_STATE = re.compile(rf"(?:\b((?i:in|from|to|near|outside|around|of|at)) )?((?:{_PLACE_WORD} ){{0,2}}{_PLACE_WORD}), "
                    rf"({'|'.join(STATES)})(?: (\d{{5}})(?:-(\d{{4}}))?)?(?=[\s.,;:!?)]|$)")

# the caller's quick test: a fiftieth of the whole pattern's time, which a text's every capital starts
CODE_AFTER_COMMA = re.compile(r", [A-Z][A-Z](?![\w])")


def state_names(text: str) -> str:
    """English `text` with each state's code after its place as the state's name (see the module's docstring)."""
    return _STATE.sub(_named, text)


def _named(match: re.Match[str]) -> str:
    before, place, code, zip_code, extension = match.groups()
    if code in _AMBIGUOUS and not (before or zip_code):
        return match.group(0)
    said = f"{before + ' ' if before else ''}{place}, {STATES[code]}"
    if zip_code:
        said += f" {digit_by_digit(zip_code, 'en')}" + (f", {digit_by_digit(extension, 'en')}" if extension else "")
    return said
