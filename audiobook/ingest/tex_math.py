"""A TeX formula as the words and signs a narrator reads, where it is simple enough to say.

Pandoc's Markdown writes formulas in TeX between dollar signs ("$E = mc^2$", "$$a^2 + b^2 = c^2$$"). Read as
text they were "E = mc^two dollars". A formula of letters, figures, operators, powers, subscripts, Greek
letters and a few relations is written the way the text step reads it ("E = m c²", letters apart as TeX sets
them, a product); anything more (fractions, sums, matrices) is not guessed at: it is skipped and listed, as a
MathML formula without its spoken text is.
"""

from __future__ import annotations

import itertools
import re

_GREEK = dict(zip(
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi rho sigma tau "
    "upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega".split(),
    "αβγδεεζηθθικλμνξπρστυφφχψωΓΔΘΛΞΠΣΦΨΩ"))
_SIGNS = {"cdot": "·", "times": "×", "pm": "±", "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
          "neq": "≠", "ne": "≠", "approx": "≈", "equiv": "≡", "infty": "∞", "to": "→", "rightarrow": "→",
          "ldots": "…", "cdots": "…", "sim": "~", "propto": "∝", "circ": "°", "prime": "′"}
_SPACING = {"left", "right", ",", ";", "!", ":", "quad", "qquad", " ", "displaystyle", "mathrm", "text", "textrm"}
_FUNCTIONS = {"sin", "cos", "tan", "log", "ln", "exp", "max", "min", "lim", "det"}
_COMMAND = re.compile(r"\\([A-Za-z]+|[,;:! ])")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SCRIPT = re.compile(r"([\^_])(?:\{([^{}]*)\}|(\S))")
_SIMPLE = re.compile(r"[\w\s+\-=<>()\[\]|/.,'!·×±∓≤≥≠≈≡∞→…~∝°′⁰¹²³⁴⁵⁶⁷⁸⁹]*")
_LETTERS = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")
_DIGIT_LETTER = re.compile(r"(\d)([A-Za-z])")
_TEXT_GROUP = re.compile(r"\\(?:mathrm|text|textrm|textit|mathit|operatorname)\{([^{}]*)\}")


def spoken_tex(tex: str) -> str | None:
    """`tex` (without its dollar signs) as text to read, or None where it is more than a simple formula."""
    def command(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _GREEK or name in _SIGNS:
            return f" {_GREEK.get(name) or _SIGNS[name]} "
        if name in _FUNCTIONS:
            return f" {name} "
        return " " if name in _SPACING else "\0"  # a command not read: the formula is not simple
    # "mc" is m times c in TeX and "2x" two x; "\sin" stays a command, "\mathrm{kg}" a word
    parts = _TEXT_GROUP.split(tex)
    text = " ".join(part if odd else _DIGIT_LETTER.sub(r"\1 \2", _LETTERS.sub(lambda m: " ".join(m.group()), part))
                    for odd, part in zip(itertools.cycle((False, True)), parts))
    text = _COMMAND.sub(command, text)
    if "\0" in text:
        return None
    text = _SCRIPT.sub(_script, text).replace("{", " ").replace("}", " ")  # "\mathrm{kg}": its letters
    if "\0" in text or not _SIMPLE.fullmatch(text):
        return None
    return " ".join(text.split())


def _script(match: re.Match[str]) -> str:
    """A power in figures as the small figures the text step reads ("c²" is "c squared", "2¹⁰" "two to the power
    of ten"); a subscript beside its letter ("x_1" is "x 1", "x_i" "x i"); any other power is not guessed at."""
    mark, body = match.group(1), (match.group(2) if match.group(2) is not None else match.group(3)).strip()
    if mark == "_":
        return f" {body} "
    return body.translate(_SUPERSCRIPTS) if body.isdigit() else "\0"
