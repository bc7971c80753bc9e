"""EPUB 3's inline pronunciations: an element's `ssml:ph` (in IPA) says how its words are spoken, here and nowhere
else ("a <span ssml:ph="beɪs">bass</span> shaped like a <span ssml:ph="bæs">bass</span>"), as the EPUB 3
Text-to-Speech Enhancements define it for heteronyms, names and codes that a lexicon cannot settle.

The walker marks such an element's text with two private-use characters as it reads (`span_opening`,
`SPAN_CLOSING`); the paragraph's cleaned text is then taken apart into the text read and its pronounced spans
(`pronounced_spans`), which the block keeps. The planner marks each span in a segment's heard text as the
lexicons' IPA entries are (`text.lexicon.with_pronunciations`), so every engine reads it as those are read, before
any lexicon, as the Enhancements rank them. A span whose text a later step changed is read as written."""

from __future__ import annotations

from lxml import etree

SSML_NS = "http://www.w3.org/2001/10/synthesis"
SSML_PH, _ALPHABET = f"{{{SSML_NS}}}ph", f"{{{SSML_NS}}}alphabet"
# a span's opening carries its pronunciation's number (supplementary private use plane 15); its closing is one sign,
# above every opening: a text with any mark has a character from SPAN_MARKS up
_FIRST_OPENING, SPAN_CLOSING = 0xF0000, "\U000FFFFD"
SPAN_MARKS = chr(_FIRST_OPENING)

# (start, end, IPA, the text it says) in a block's text
Pronounced = tuple[int, int, str, str]


def ipa_of(element: etree._Element) -> str | None:
    """The element's `ssml:ph`, where the alphabet in scope is IPA (declared on it or an ancestor, or not at all);
    None for none, or for another alphabet (X-SAMPA), which no engine here reads."""
    ph = element.get(SSML_PH) or element.get("ssml:ph")  # (an HTML book's tree keeps the prefix in the name)
    if not ph or not ph.strip():
        return None
    node: etree._Element | None = element
    while node is not None:
        if (alphabet := node.get(_ALPHABET, node.get("ssml:alphabet"))) is not None:
            return ph.strip() if alphabet.strip().lower() == "ipa" else None
        node = node.getparent()
    return ph.strip()


def span_opening(number: int) -> str:
    """The mark before the text of the walker's `number`th pronounced element."""
    return chr(_FIRST_OPENING + number)


def pronounced_spans(text: str, values: list[str]) -> tuple[str, tuple[Pronounced, ...]]:
    """`text` without its marks (and without the second of two spaces they stood between), and the spans they
    enclosed with their pronunciations (`values`, by number); a mark a paragraph's break parted from its pair is
    dropped, and its words are read as written."""
    out: list[str] = []
    opened: list[tuple[int, int]] = []  # (number, where its words start in `out`)
    found: list[tuple[int, int, int]] = []
    for char in text:
        if _FIRST_OPENING <= ord(char) < ord(SPAN_CLOSING):
            opened.append((ord(char) - _FIRST_OPENING, len(out)))
        elif char == SPAN_CLOSING:
            if opened:
                number, at = opened.pop()
                found.append((number, at, len(out)))
        elif not (char == " " and (not out or out[-1] == " ")):
            out.append(char)
    read = "".join(out).rstrip()
    spans: list[Pronounced] = []
    for number, at, to in found:
        words = read[at:to]
        stripped = words.strip()
        if stripped and number < len(values):
            offset = at + len(words) - len(words.lstrip())
            spans.append((offset, offset + len(stripped), values[number], stripped))
    return read, tuple(sorted(spans))
