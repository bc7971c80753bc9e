"""Writing systems, decided before languages.

The 11 supported languages are written in Latin or Cyrillic letters. Text in any other
script (Hebrew, Arabic, Greek, Han, Devanagari...) is never handed to the language
detector, which, restricted to the 11, would have to pick one of them: espeak-ng then
spells out every letter. Such text is skipped and listed instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Latin (Basic, Latin-1, Extended-A/B, IPA, Additional) and Cyrillic (with Supplement) letters, and the
# characters Latin text writes that Python counts as letters: ordinal indicators (º ª), superscripts and
# subscripts (m², 10¹¹, H₂O), the micro sign, fractions (½, ⅓), letter-like symbols (ℓ)
_LATIN_AND_CYRILLIC = (r"A-Za-z\u00C0-\u024F\u0250-\u02AF\u1E00-\u1EFF\u0400-\u052F\u00AA\u00B2\u00B3\u00B5\u00B9"
                       r"\u00BA\u00BC-\u00BE\u2070-\u209F\u2100-\u218F")
_READABLE = re.compile(rf"[{_LATIN_AND_CYRILLIC}]")
_LETTER = re.compile(r"[^\W\d_]")
_FOREIGN_LETTER = re.compile(rf"[^\W\d_{_LATIN_AND_CYRILLIC}]")
# a run of letters in other scripts, with the spaces and marks between its words
_FOREIGN_RUN = re.compile(rf"(?:[^\W\d_{_LATIN_AND_CYRILLIC}][\u0300-\u036F\u0591-\u05C7\u064B-\u065F]*"
                          r"[\s'\"’,;:.\-]*)+")
# Unicode name prefixes that name a script well enough for a message
_SCRIPT_NAMES = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HEBREW", "ARABIC", "GREEK", "DEVANAGARI", "BENGALI",
                 "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "THAI", "LAO", "TIBETAN",
                 "GEORGIAN", "ARMENIAN", "ETHIOPIC", "SYRIAC", "THAANA", "SINHALA", "KHMER", "MYANMAR", "MONGOLIAN")
SAMPLE_CHARS = 2_000


@dataclass(frozen=True)
class ScriptShare:
    """How much of a text's letters are in scripts the 11 languages do not use."""

    letters: int
    foreign: int
    script: str  # the main foreign script's name ("Hebrew"), or "" when there is none

    @property
    def foreign_share(self) -> float:
        return self.foreign / self.letters if self.letters else 0.0


def script_name(character: str) -> str:
    name = unicodedata.name(character, "")
    for prefix in _SCRIPT_NAMES:
        if name.startswith(prefix):
            return {"CJK": "Chinese (Han)"}.get(prefix, prefix.title())
    return name.split(" ")[0].title() if name else "unknown"


def script_share(text: str) -> ScriptShare:
    """Letters in and out of the Latin and Cyrillic scripts, over the first SAMPLE_CHARS characters."""
    sample = text[:SAMPLE_CHARS]
    letters = _LETTER.findall(sample)
    foreign = [ch for ch in letters if not _READABLE.match(ch)]
    if not foreign:
        return ScriptShare(len(letters), 0, "")
    names: dict[str, int] = {}
    for ch in foreign[:200]:
        name = script_name(ch)
        names[name] = names.get(name, 0) + 1
    return ScriptShare(len(letters), len(foreign), max(names, key=names.__getitem__))


def has_foreign_letters(text: str) -> bool:
    """Any letter outside Latin and Cyrillic (one C-speed scan; most text has none)."""
    return _FOREIGN_LETTER.search(text) is not None


def is_foreign_script(text: str) -> str:
    """The script's name when most of the text's letters are outside Latin and Cyrillic, else ""."""
    if not has_foreign_letters(text[:SAMPLE_CHARS]):
        return ""
    share = script_share(text)
    return share.script if share.foreign_share > 0.5 else ""


# ASCII's fullwidth forms (U+FF01-FF5E), the Latin letters, digits and marks of East Asian typesetting ("ＳＴＯＰ",
# "９ｐｍ"), and its ideographic space: the same characters (espeak-ng read each one's code point)
_FULLWIDTH = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"\u3000": " "})
_FULLWIDTH_CHARACTER = re.compile("[\uff01-\uff5e\u3000]")


def fullwidth_as_ascii(text: str) -> str:
    """The text with ASCII's fullwidth forms as ASCII: "ＳＴＯＰ" is "STOP", not a run of another script."""
    return text.translate(_FULLWIDTH) if _FULLWIDTH_CHARACTER.search(text) else text


def _is_symbol(run: str) -> bool:
    """A lone Greek letter among Latin or Cyrillic words is a symbol ("β-carotene", "the α particle",
    "π r²"), read by its name (see normalize), not a quotation."""
    letters = _LETTER.findall(run)
    return len(letters) == 1 and "\u0391" <= letters[0] <= "\u03c9"


def foreign_runs(text: str) -> list[str]:
    """Runs of words in other scripts inside mostly Latin or Cyrillic text (a Greek quotation)."""
    return [m.group(0).strip() for m in _FOREIGN_RUN.finditer(text)
            if _LETTER.search(m.group(0)) and not _is_symbol(m.group(0))]


def without_foreign_runs(text: str) -> str:
    """The text with those runs taken out, so no engine spells their letters; the brackets or quotes that held only
    a run go with it ("Beijing (北京) is" is "Beijing is", not "Beijing ( ) is")."""
    text = _FOREIGN_RUN.sub(lambda m: m.group(0) if _is_symbol(m.group(0)) else "\0", text)
    if "\0" in text:
        text = _EMPTIED.sub(" ", text).replace("\0", " ")
    return " ".join(text.split())


# brackets or quotes around nothing but a run taken out (marked "\0" while it is taken out)
_EMPTIED = re.compile(r"\s?(?:\(\s*\0\s*\)|\[\s*\0\s*\]|“\s*\0\s*”|\"\s*\0\s*\"|«\s*\0\s*»|‘\s*\0\s*’|„\s*\0\s*“)")
