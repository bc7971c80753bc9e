"""An English scholar's references before their numbers: "vol. 3, no. 2", "Eq. (2)", "40 pp.", "the 3rd ed.",
"(b. 1921, d. 1990)", "fl. 1850", "fn. 12", "p. 5, n. 3", "repr. 1990", which espeak-ng read "no two", "E Q", "P P",
"ed", "bee", "dee", "eff ell", "eff en".

As abbreviation rules, whose letters end many words ("finished.", "said."), they made every English text pay about
3% more of normalization; here only a text with digits is looked at, once, and only one holding a reference is
changed. "no." is a number only after a comma or a bracket: "He said no. 5 men came." ends a sentence.
"""

from __future__ import annotations

import re

# the quick test: a full stop after one of the abbreviations (opening with the stop, the engine looks at stops only)
_ANY = re.compile(r"\.(?:(?<=[ (]no\.)|(?<=No\.)|(?<=os\.)|(?<=[Ee]q\.)|(?<= pp\.)|(?<= ed\.)|(?<=[(,;] [bd]\.)|(?<=was b\.)|(?<=and d\.)|"
                  r"(?<=\([bd]\.)|(?<=fl\.)|(?<=fn\.)|(?<= n\.)|(?<=repr\.))")
_AT_END = r"(?=\s+[A-Z]|\s*$)"  # its full stop also ends the sentence: kept
_RULES = [(re.compile(pattern), spoken) for pattern, spoken in (
    # (and "no." after a work's number: "Op. 27 no. 2")
    (r"(?:(?<=, )|(?<=\()|(?<=\d ))no\.(?=\s*\d)", "number"), (r"(?<![\w.])Nos\.(?=\s*\d)", "Numbers"),
    (r"(?<=, )nos\.(?=\s*\d)", "numbers"), (r"(?<![\w.])([Ee])q\.(?=\s*[\d(])", r"\1quation"),
    (rf"(?<=\d )pp\.{_AT_END}", "pages."), (r"(?<=\d )pp\.", "pages"),
    (rf"(?<=\d[snrt][tdh] )ed\.{_AT_END}", "edition."), (r"(?<=\d[snrt][tdh] )ed\.", "edition"),
    # born and died before a year, in brackets, after a comma, after "was" or "; " ("He was b. 1902; d. 1980")
    (r"(?:(?<=\()|(?<=, )|(?<=; )|(?<=was ))b\.(?=\s*\d{4}\b)", "born"),
    (r"(?:(?<=\()|(?<=, )|(?<=; )|(?<=and ))d\.(?=\s*\d{4}\b)", "died"),
    (r"(?<![\w.])fl\.(?=\s*(?:c\.\s*)?\d{4}\b)", "flourished"),
    # a footnote's and a note's number, a reprint's year ("fn. 12", "p. 5, n. 3", "repr. 1990"; espeak-ng: "eff en")
    (r"(?<![\w.])fn\.(?=\s*\d)", "footnote"), (r"(?:(?<=, )|(?<=\())n\.(?=\s*\d)", "note"),
    (r"(?<![\w.])repr\.(?=\s*\d{4}\b)", "reprinted"))]


def references(text: str) -> str:
    """`text` with its references' abbreviations said as words (English, a text with digits)."""
    if not _ANY.search(text):
        return text
    for pattern, spoken in _RULES:
        text = pattern.sub(spoken, text)
    return text
