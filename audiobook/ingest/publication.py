"""An EPUB's edition as its package states it: publisher, publication date, ISBN, and the series it belongs to
(calibre's `calibre:series` and `calibre:series_index`, or EPUB 3's `belongs-to-collection` refined as a series),
which a library such as Audiobookshelf shows and sorts by."""

from __future__ import annotations

import re
from typing import Any

from audiobook.models import Publication

_OPF_EVENT = "{http://www.idpf.org/2007/opf}event"
_OPF_SCHEME = "{http://www.idpf.org/2007/opf}scheme"
# the events that date the book, not a file made of it ("conversion", "modification")
_PUBLICATION_EVENTS = {"", "publication", "original-publication", "issued", "created"}
_ISBN = re.compile(r"^(?:urn:isbn:|isbn:?\s*)?([0-9][0-9 -]{8,15}[0-9Xx])$", re.IGNORECASE)
_POSITION = re.compile(r"^\d+(?:\.\d+)?$")


def isbn_of(identifier: str, scheme: str = "") -> str:
    """The ISBN an identifier holds ("urn:isbn:978-0-14-143951-8", or digits under the scheme ISBN), else ""."""
    match = _ISBN.match(identifier.strip())
    if not match:
        return ""
    digits = re.sub(r"[ -]", "", match.group(1)).upper()
    named = scheme.upper() == "ISBN" or identifier.lower().startswith(("urn:isbn", "isbn"))
    return digits if len(digits) in (10, 13) and (named or _checks(digits)) else ""


def _checks(digits: str) -> bool:
    """Whether the check digit of an ISBN-10 or ISBN-13 is right: a bare number is an ISBN only then."""
    if len(digits) == 13 and digits.isdecimal():
        return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
    if len(digits) == 10 and digits[:9].isdecimal():
        values = [int(d) for d in digits[:9]] + [10 if digits[9] == "X" else int(digits[9])]
        return sum(v * (10 - i) for i, v in enumerate(values)) % 11 == 0
    return False


def publication_of(package: Any) -> Publication:
    """The edition an ebooklib package states (see the module's docstring); empty fields where it says nothing."""
    def dc(name: str) -> list[tuple[str, dict[str, str]]]:
        return [(" ".join(value.split()), attributes or {}) for value, attributes in package.get_metadata("DC", name)
                if isinstance(value, str) and value.strip()]

    dates = [value for value, attributes in dc("date") if attributes.get(_OPF_EVENT, "") in _PUBLICATION_EVENTS]
    isbn = next((found for value, attributes in dc("identifier")
                 if (found := isbn_of(value, attributes.get(_OPF_SCHEME, "")))), "")
    series, position = _series(package.get_metadata("OPF", "meta"))
    return Publication(publisher=next((value for value, _ in dc("publisher")), ""),
                       published=dates[0] if dates else "", isbn=isbn, series=series, series_position=position)


def _series(metas: list[tuple[str | None, dict[str, str]]]) -> tuple[str, str]:
    """(series, position) from calibre's named metas or EPUB 3's collection refined as a series."""
    named = {attributes.get("name"): attributes.get("content", "") for _, attributes in metas if attributes.get("name")}
    if (series := " ".join((named.get("calibre:series") or "").split())):
        index = (named.get("calibre:series_index") or "").strip()
        return series, _position(index)
    refines: dict[str, dict[str, str]] = {}
    for value, attributes in metas:
        if attributes.get("refines", "").startswith("#") and value:
            refines.setdefault(attributes["refines"][1:], {})[attributes.get("property", "")] = value.strip()
    for value, attributes in metas:
        if attributes.get("property") == "belongs-to-collection" and value and value.strip():
            refined = refines.get(attributes.get("id", ""), {})
            if refined.get("collection-type", "series") == "series":
                return " ".join(value.split()), _position(refined.get("group-position", ""))
    return "", ""


def _position(index: str) -> str:
    """A series position as people write it: "2" for calibre's "2.0", "2.5" kept; "" when it is no number."""
    if not _POSITION.match(index):
        return ""
    return index[:-2] if index.endswith(".0") else index
