"""The numbers and letters a reader app shows before the items of an ordered list.

They are not in the text (the app draws them from the `<ol>`), yet a listener needs them as much
as a reader does: "1. Preheat the oven. 2. ..." read without them loses the steps. Each item's
marker is worked out as a browser does it: `start`, `reversed`, `type` ("1", "a", "A", "i", "I")
and an item's own `value`, and no marker where the list's style hides it (`list-style: none`,
inline or from a class rule) or where the item writes its own ("1.", "(a)", "Step 3").
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from lxml import etree

from audiobook.ingest.look import UNMARKED, local_name

_LETTER_STYLES = ("lower-alpha", "upper-alpha", "lower-latin", "upper-latin")
# an item that opens with its own marker: "1.", "2)", "(a)", "iv.", "B:"
_OWN_MARKER = re.compile(r"\(?(?:\d{1,4}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,7})[.):](?:\s|$)")


def _style(element: etree._Element) -> str:
    return (element.get("style") or "").lower().replace(" ", "")


def _unmarked(element: etree._Element, looks: dict[str, int]) -> bool:
    """Whether an <ol> or <li> is styled to show no marker."""
    style = _style(element)
    if "list-style:none" in style or "list-style-type:none" in style:
        return True
    return any(looks.get(name, 0) & UNMARKED for name in (element.get("class") or "").split())


def _integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _letters(number: int) -> str:
    """1 "a", 26 "z", 27 "aa": a browser's lower-alpha counter."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = ascii_lowercase[rest] + letters
    return letters


class ListNumbering:
    """Numbers one <ol>'s items in order, as a reader app does."""

    def __init__(self, element: etree._Element, looks: dict[str, int]) -> None:
        kind = element.get("type") or ""
        style = _style(element)
        self.letters = kind in {"a", "A"} or any(f"list-style-type:{name}" in style for name in _LETTER_STYLES)
        self.capitals = kind == "A" or "list-style-type:upper-" in style
        self.step = -1 if element.get("reversed") is not None else 1
        start = _integer(element.get("start"))
        if start is None:
            start = sum(1 for child in element if local_name(child) == "li") if self.step < 0 else 1
        self.next = start
        self.shown = not _unmarked(element, looks)
        self.looks = looks

    def marker(self, item: etree._Element) -> str:
        """The next item's marker: "3" (a Roman numeral is heard as its number), "c", or "" for none."""
        value = _integer(item.get("value"))
        number = value if value is not None else self.next
        self.next = number + self.step
        if not self.shown or _unmarked(item, self.looks) or number < 1 and self.letters:
            return ""
        if self.letters:
            letters = _letters(number)
            return letters.upper() if self.capitals else letters
        return str(number)


def writes_own_marker(text: str, marker: str) -> bool:
    """The item's text opens with a marker of its own ("1. Preheat", "(a) Flour") or its number after
    a word ("Step 3: Bake"): the reader app's would be said twice."""
    if _OWN_MARKER.match(text):
        return True
    return bool(re.match(rf"\w+\s+{re.escape(marker)}\b", text)) if marker.isdigit() else False
