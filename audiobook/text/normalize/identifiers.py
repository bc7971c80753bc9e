"""Standard book and serial numbers: "ISBN 978-3-16-148410-0" is "ISBN nine seven eight, three, one six, one
four eight four one zero, zero", its groups apart as it is printed and read out; "ISSN 0317-8471" likewise.

Read as numbers they were "nine hundred and seventy-eight-three-sixteen-one hundred and forty-eight thousand...".
Only after the label, and only with an ISBN's ten or thirteen figures or an ISSN's eight (a final "X" is a figure).
"""

from __future__ import annotations

import re

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
