"""What a chapter heading looks like in running text, in the 11 languages.

Books made from plain text carry their real chapter headings as ordinary paragraphs
("CHAPTER VII.", "Chapter 7 — Judgement Day", "Part Two", "Rozdział 3", "Глава 5").
These rules find them, for text books and for EPUBs whose table of contents is too
sparse or too coarse to cut chapters by.
"""

from __future__ import annotations

import re

_NUMBER = (r"(?:\d{1,4}|[ivxlcdm]{1,8}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
           r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
           r"premier|première|un|deux|trois|quatre|cinq|erste[rs]?|zweite[rs]?|dritte[rs]?|"
           r"primero|segundo|tercero|primo|secondo|terzo|pierwszy|drugi|trzeci|первая|вторая|третья)")
# words that name a division of a book, in the 11 languages
_DIVISION = (r"(?:chapter|part|book|canto|act|scene|section|volume|letter|prologue|epilogue|"
             r"chapitre|partie|livre|tome|acte|scène|"
             r"kapitel|teil|buch|abschnitt|akt|"
             r"cap[íi]tulo|parte|libro|acto|escena|"
             r"capitolo|atto|scena|"
             r"cap[íi]tol|llibre|"
             r"rozdzia[łl]|cz[ęe][śs][ćc]|ksi[ęe]ga|akt|"
             r"глава|часть|книга|действие|"
             r"hoofdstuk|deel|boek|bedrijf|"
             r"kapitel|del|bok|akt)")
_HEADING = re.compile(rf"^{_DIVISION}\.?\s+(?:{_NUMBER}|the\s+\w+)\b[.:]?(?:\s*[-—–:.]\s*|\s+)?(?P<title>.*)$",
                      re.IGNORECASE)
_STANDALONE = re.compile(r"^(?:prologue|epilogue|preface|introduction|afterword|foreword|conclusion|"
                         r"prologo|epílogo|prólogo|prefacio|préface|avant-propos|épilogue|vorwort|nachwort|"
                         r"wstęp|epilog|prolog|пролог|эпилог|предисловие|voorwoord|förord|pròleg)\.?$",
                         re.IGNORECASE)
_NUMERAL_ONLY = re.compile(r"^(?:\d{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8})\.?$")
MAX_HEADING_WORDS = 14


def is_numeral_title(title: str) -> bool:
    """A title that is only a number or a Roman numeral: "I", "II.", "12"."""
    return bool(_NUMERAL_ONLY.match(title.strip()))


def looks_like_heading(text: str) -> bool:
    """A short line that names a chapter, part, book... ("Chapter 7", "CHAPTER VII.", "Part Two")."""
    text = text.strip()
    if not text or len(text.split()) > MAX_HEADING_WORDS:
        return False
    return bool(_HEADING.match(text) or _STANDALONE.match(text))


def is_bare_label(text: str) -> bool:
    """A heading that only numbers a division, with no name of its own: "Chapter 7", "CHAPTER VII.",
    "II", "Prologue" (not "Chapter 7 — Judgement Day")."""
    text = text.strip()
    match = _HEADING.match(text)
    return is_numeral_title(text) or bool(_STANDALONE.match(text)) or bool(match and not match.group("title").strip(
        " .:-—–"))


def label_and_name(*lines: str) -> str:
    """Division label and name as one title: ("Chapter 2.", "The Storm") is "Chapter 2 — The Storm"."""
    lines = tuple(line.strip() for line in lines if line.strip())
    return " — ".join([*(line.rstrip(" .:") for line in lines[:-1]), *lines[-1:]])


# table-of-contents labels that name no chapter: a file name, a converter's placeholder
_FILE_NAME_TITLE = re.compile(r"^(?:[\w.-]+\.(?:x?html?|xml)|(?:part|split|index_split|section|chapter|ch|text|"
                              r"file|page|item)[_-]?\d+(?:[_-]\d+)*)$", re.IGNORECASE)
_PLACEHOLDER_TITLE = re.compile(r"^(?:start|begin|untitled|unknown|no title|text|document|chapter|content|"
                                r"sans titre|ohne titel|sin t[íi]tulo|senza titolo|sem t[íi]tulo|bez tytu[łl]u|"
                                r"без названия|zonder titel|utan titel|sense t[íi]tol)\W*$", re.IGNORECASE)


def is_placeholder_title(title: str) -> bool:
    """A TOC label that names no chapter ("part0003.xhtml", "index_split_002", "Start", "Untitled"):
    the text's own heading, or its opening words, title the chapter instead."""
    title = title.strip()
    return bool(_FILE_NAME_TITLE.match(title) or _PLACEHOLDER_TITLE.match(title))


def heading_says_more(title: str, heading: str) -> bool:
    """The text's heading extends the TOC's title ("Chapter 3" -> "Chapter 3 — The Storm")."""
    short, long = plain_words(title), plain_words(heading)
    return bool(short) and long.startswith(short) and len(long) > len(short) + 2 and len(heading.split()) <= 20


def same_words(first: str, second: str) -> bool:
    """The same words, whatever the case and punctuation ("CHAPTER I." and "Chapter I")."""
    return plain_words(first) == plain_words(second)


def plain_words(text: str) -> str:
    """Lower-case words without punctuation: what two spellings of a title share."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def is_capitalised_line(text: str) -> bool:
    """A short line in capitals ("THE STORM"): a heading in plain-text books that have no others."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (0 < len(text.split()) <= 8 and len(letters) >= 3 and all(ch.isupper() for ch in letters)
            and not text.endswith((",", ";")))
