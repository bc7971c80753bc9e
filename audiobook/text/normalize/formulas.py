"""A science text's notation, made into what the later steps read: a power written with a caret ("10^8"), a
chemical formula's subscript digits ("H₂O", "CO₂"), and the Greek letter mu typed for the micro sign ("5 μm").

"3 × 10^8 m/s" was "three times ten^eight meters per second": the caret's power is set as superscript digits, which
`quantities.powers` reads in each language ("ten to the power of eight", "zehn hoch acht"). A formula's elements
are read as letters and its counts as numbers ("H 2 O": "H two O"; espeak-ng skipped the subscript or named it). A
mu after a number and before a unit's letter is the micro sign ("five mu m" was heard; "fünf Mikrometer").
"""

from __future__ import annotations

import re

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_CARET_POWER = re.compile(r"(?:(?<=\d)|(?<=(?<!\w)[A-Za-z]))\^(-?\d{1,3})(?!\d|[.,]\d)")  # "10^8", "x^2"

SUBSCRIPT = re.compile("[₀-₉]")
_FROM_SUBSCRIPT = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# a formula: elements, each with its count in subscript digits, one count at least ("H₂O", "C₆H₁₂O₆", "NaCl₂")
_FORMULA = re.compile(r"(?<![\w])((?:[A-Z][a-z]?[₀-₉]*){1,12})(?![\w])")
_ELEMENT = re.compile(r"([A-Z][a-z]?)([₀-₉]*)")

# the Greek letter mu after a number, before a unit's letter: the micro sign ("5 μm", "10 μg", "3μs")
_MICRO = re.compile(r"(?:(?<=\d)|(?<=\d ))μ(?=[mgsLlAVWFΩ](?![^\W\d_]))")


def caret_powers(text: str) -> str:
    """"10^8" as "10⁸" (see the module's docstring)."""
    return _CARET_POWER.sub(lambda match: match.group(1).translate(_SUPERSCRIPT), text)


def subscript_formulas(text: str) -> str:
    """"H₂O" as "H 2 O", "C₆H₁₂O₆" as "C 6 H 12 O 6" (see the module's docstring)."""
    def say(match: re.Match[str]) -> str:
        formula = match.group(1)
        if not SUBSCRIPT.search(formula):
            return formula
        return " ".join(f"{element} {count.translate(_FROM_SUBSCRIPT)}" if count else element
                        for element, count in _ELEMENT.findall(formula))
    return _FORMULA.sub(say, text)


def micro_sign(text: str) -> str:
    """"5 μm" with the micro sign, as the units are written ("5 µm")."""
    return _MICRO.sub("µ", text)
