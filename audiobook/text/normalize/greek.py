"""Greek letters used as symbols in Latin or Cyrillic text, read by their names.

"β-carotene", "the α particle", "π r²": a lone Greek letter is a symbol (the script check keeps it,
where it cuts a Greek quotation). espeak-ng read it in English, or switched to a Greek voice and
said "vita" for beta; here it is named in the language of the text.
"""

from __future__ import annotations

import re

_LOWER = "αβγδεζηθικλμνξοπρστυφχψω"
_UPPER = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
_LATIN_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
                "sigma tau upsilon phi chi psi omega").split()
# the names as each language spells them, where that differs from the Latin spelling above
_SPELLING: dict[str, dict[str, str]] = {
    "de": {name: name.capitalize() for name in _LATIN_NAMES},
    "fr": {"beta": "bêta", "eta": "êta", "theta": "thêta", "omega": "oméga", "omicron": "omicron"},
    "es": {"alpha": "alfa", "epsilon": "épsilon", "theta": "theta", "kappa": "kappa", "phi": "fi", "chi": "ji",
           "psi": "psi", "omicron": "ómicron", "upsilon": "ípsilon"},
    "it": {"alpha": "alfa", "kappa": "cappa", "phi": "fi", "chi": "chi", "upsilon": "ipsilon"},
    "pt": {"alpha": "alfa", "gamma": "gama", "kappa": "capa", "lambda": "lambda", "phi": "fi", "chi": "qui",
           "omega": "ómega", "upsilon": "ípsilon"},
    "ca": {"alpha": "alfa", "phi": "fi", "chi": "khi", "upsilon": "ípsilon"},
    "nl": {"alpha": "alfa", "beta": "bèta", "phi": "phi"},
    "sv": {"alpha": "alfa", "phi": "fi", "chi": "chi", "upsilon": "ypsilon"},
    "pl": {"alpha": "alfa", "phi": "fi", "chi": "chi", "upsilon": "ypsilon", "omega": "omega"},
    "ru": dict(zip(_LATIN_NAMES, ("альфа бета гамма дельта эпсилон дзета эта тета йота каппа лямбда мю ню кси "
                                  "омикрон пи ро сигма сигма тау ипсилон фи хи пси омега").split())),
}
_NAME_OF = {letter: name for letters in (_LOWER, _UPPER) for letter, name in zip(letters, _LATIN_NAMES)}
_NAME_OF["ς"] = "sigma"
# a Greek letter that is not part of a word: "β-carotene", "α particle", "Δt"
_LONE_LETTER = re.compile(rf"(?<![^\W\d_])[{_LOWER}{_UPPER}ς](?![{_LOWER}{_UPPER}ς])")
has_greek_letter = re.compile(f"[{_LOWER}{_UPPER}ς]").search


def greek_letters(text: str, language: str) -> str:
    """Each lone Greek letter by its name: "β-carotene" is "beta-carotene", "бета-каротин" in Russian."""
    spelling = _SPELLING.get(language, {})

    def name(match: re.Match[str]) -> str:
        latin = _NAME_OF[match.group(0)]
        return spelling.get(latin, latin) + (" " if match.end() < len(text) and text[match.end()].isalnum() else "")

    return _LONE_LETTER.sub(name, text)
