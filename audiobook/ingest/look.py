"""How a paragraph looks: bold, in larger type, centred.

A book typed in a word processor without heading styles, or converted by a tool that keeps
only the look of its pages, sets its chapter titles apart by look alone:
`<p align=center><b><span style="font-size:14pt">The Storm</span></b></p>` from Word, or
`<p class="calibre5">` whose stylesheet makes it bold and large. Chaptering cuts such books at
the strongest look that recurs (see `chapters`). Only the few properties that make a heading
are read from the stylesheets (class rules outside @-blocks, inline styles and the old
presentational tags), and the two that hide a class's text from a screen reader (display:none,
visibility:hidden), which the reader skips as it does an inline display:none, the one that
hides a list's numbers (list-style: none), and the one that raises a note's number (vertical-align: super).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

BOLD, LARGER, CENTRED, HIDDEN = 1, 2, 4, 8  # HIDDEN: display:none or visibility:hidden, not a look
UNMARKED = 16  # list-style: none, a list whose items show no number (`list_markers`), not a look either
RAISED = 32  # vertical-align: super, a note's number set as calibre sets <sup> ("week.<span class="c7">4</span>")

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CLASS_SELECTOR = re.compile(r"^(?:[a-z][a-z0-9]*)?\.([\w-]+)$", re.IGNORECASE)
_DECLARATION = re.compile(
    r"(font-weight|font-size|text-align|font|display|visibility|list-style-type|list-style|vertical-align)"
    r"\s*:\s*([^;]+)",
    re.IGNORECASE)
_SIZE = re.compile(r"(\d*\.?\d+)\s*(em|rem|%|pt|px)")
# a size at least this much above the body's (1em, 12pt in word processors, 16px in browsers) is larger type
_LARGER_FROM = {"em": 1.15, "rem": 1.15, "%": 115.0, "pt": 13.5, "px": 18.5}
_LARGER_WORDS = frozenset({"large", "x-large", "xx-large", "xxx-large", "larger"})
_BOLD_TAGS = frozenset({"b", "strong"})


def _size_is_larger(value: str) -> bool:
    words = value.strip().lower().split()
    if words and words[0] in _LARGER_WORDS:
        return True
    match = _SIZE.search(value.lower())
    return bool(match) and float(match.group(1)) >= _LARGER_FROM[match.group(2)]


def declared_look(declarations: str) -> int:
    """The look bits a CSS declaration block sets: "font-weight: bold; font-size: 1.5em" is BOLD | LARGER."""
    bits = 0
    for name, value in _DECLARATION.findall(declarations):
        name, value = name.lower(), value.strip().lower()
        if name == "font-weight" and (value.startswith(("bold", "bolder")) or value[:3] in {"600", "700", "800",
                                                                                           "900"}):
            bits |= BOLD
        elif name == "font-size" and _size_is_larger(value):
            bits |= LARGER
        elif name == "text-align" and value.startswith("center"):
            bits |= CENTRED
        elif (name == "display" and value.startswith("none")) or (name == "visibility" and value.startswith("hidden")):
            bits |= HIDDEN
        elif name in {"list-style", "list-style-type"} and "none" in value.split():
            bits |= UNMARKED
        elif name == "vertical-align" and value.startswith("super"):
            bits |= RAISED
        elif name == "font":  # the shorthand: "bold 1.4em serif"
            bits |= (BOLD if re.search(r"\b(?:bold|bolder|[6-9]00)\b", value) else 0) | (
                LARGER if any(_size_is_larger(word) for word in value.replace("/", " ").split()) else 0)
    return bits


def _top_level_rules(stylesheet: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of the rules outside any @-block: a rule inside "@media print" or a
    reader's own "@media amzn-kf8" holds only there."""
    rules = []
    depth, start, selectors = 0, 0, ""
    for match in re.finditer(r"[{}]", stylesheet):
        if match.group() == "{":
            if depth == 0:  # after any "@charset ...;" or "@import ...;" before it
                selectors, start = stylesheet[start:match.start()].rsplit(";", 1)[-1], match.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                if not selectors.lstrip().startswith("@"):
                    rules.append((selectors, stylesheet[start:match.start()]))
                start = match.end()
    return rules


def class_looks(stylesheet: str) -> dict[str, int]:
    """Look bits by class name, from a stylesheet's top-level rules on a single class (".chapter",
    "p.calibre5")."""
    looks: dict[str, int] = {}
    for selectors, declarations in _top_level_rules(_COMMENT.sub("", stylesheet)):
        bits = declared_look(declarations)
        if not bits:
            continue
        for selector in selectors.split(","):
            if match := _CLASS_SELECTOR.match(selector.strip()):
                looks[match.group(1)] = looks.get(match.group(1), 0) | bits
    return looks


def combined(*tables: dict[str, int]) -> dict[str, int]:
    """Class looks from several stylesheets: a class takes every look any of them gives it."""
    looks: dict[str, int] = {}
    for table in tables:
        for name, bits in table.items():
            looks[name] = looks.get(name, 0) | bits
    return looks


def document_looks(root: etree._Element, linked: Callable[[str], dict[str, int]] | None = None) -> dict[str, int]:
    """The look each class has in a document: from the stylesheets it links (`linked` gives their
    class looks by href, as written) and its own <style> elements."""
    head = next((child for child in root if local_name(child) == "head"), None)
    tables: list[dict[str, int]] = []
    for element in head if head is not None else ():
        tag = local_name(element)
        if tag == "style" and element.text:
            tables.append(class_looks(element.text))
        elif (tag == "link" and linked is not None and element.get("href")
              and "stylesheet" in (element.get("rel") or "").lower().split()):
            tables.append(linked(element.get("href") or ""))
    return combined(*tables) if len(tables) > 1 else tables[0] if tables else {}


def _own_look(element: etree._Element, tag: str, looks: dict[str, int]) -> int:
    bits = BOLD if tag in _BOLD_TAGS else LARGER if tag == "big" else 0
    if tag == "font" and (element.get("size") or "").strip() in {"+1", "+2", "+3", "+4", "4", "5", "6", "7"}:
        bits |= LARGER
    if (element.get("align") or "").lower() == "center":
        bits |= CENTRED
    if style := element.get("style"):
        bits |= declared_look(style)
    for name in (element.get("class") or "").split():
        bits |= looks.get(name, 0)
    return bits


def local_name(element: etree._Element) -> str:
    """An element's tag without its namespace, in lower case ("p", "h1"); "" for a comment."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text_look(element: etree._Element, looks: dict[str, int], inherited: int) -> int | None:
    """The look bits that all of an element's visible text has (None: it has no text)."""
    bits = inherited | _own_look(element, local_name(element), looks)
    shared: int | None = bits if (element.text or "").strip() else None
    for child in element:
        if local_name(child):
            inner = _text_look(child, looks, bits)
            if inner is not None:
                shared = inner if shared is None else shared & inner
        if (child.tail or "").strip():
            shared = bits if shared is None else shared & bits
    return shared


def look_rank(element: etree._Element, looks: dict[str, int]) -> int:
    """How strongly a paragraph is set apart by its look alone, for its whole text: 0 when it is
    neither bold nor larger; else larger type 4, bold 2, centred 1, added (bold and centred is 3)."""
    bits = _text_look(element, looks, 0) or 0
    if not bits & (BOLD | LARGER):
        return 0
    return (4 if bits & LARGER else 0) + (2 if bits & BOLD else 0) + (1 if bits & CENTRED else 0)
