"""Author names as a listener and a store show them, from the forms catalogues write.

Catalogue records (Project Gutenberg's HTML `dc.creator`, badly made EPUBs) give
"Austen, Jane, 1775-1817": inverted, with life dates. Players and stores show "Jane Austen".
"""

from __future__ import annotations

import re

# ", 1775-1817", " (1775-1817)", ", 1812?-1870", ", -1650", ", 1951-"
_LIFE_DATES = re.compile(r"[,\s]*\(?\s*(?:[a-z.]+\s*)?-?\d{3,4}\??\s*-\s*(?:\d{3,4}\??)?\s*\)?\s*$|[,\s]+-\d{3,4}\s*$",
                         re.IGNORECASE)
# what a converter writes when it knows no author (calibre's "Unknown", in its translations): no author at all
_UNKNOWN = re.compile(r"^(?:unknown(?: author)?|inconnu(?:e)?|auteur inconnu|unbekannt|desconocido|sconosciuto|"
                      r"desconhecido|onbekend|okänd|nieznany|неизвестный|неизвестен|desconegut)$", re.IGNORECASE)
_NAME_PART = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$")


# a store's role after a name ("Jane Doe (Author)", "Ann Roe [Editor]") and a by-line's "by": not the name's
_ROLE = re.compile(r"\s*[(\[](?:author|writer|editor|eds?\.|translator|illustrator|contributor|auteure?|autrice|"
                   r"autora?|autore|autorka|автор|verfasser(?:in)?|herausgeber(?:in)?|hrsg\.|traduct(?:eur|rice|or)|"
                   r"tradutora?|traduttrice|traduttore|übersetzer(?:in)?|tłumacz|переводчик|vertaler|översättare)"
                   r"[)\]]$", re.IGNORECASE)
_BY = re.compile(r"^by\s+(?=[^\W\d_])", re.IGNORECASE)  # not "von", "di", "de": "von Trapp, Maria" is a name


def display_name(name: str) -> str:
    """ "Austen, Jane, 1775-1817" -> "Jane Austen"; "Jane Doe (Author)" and "by Jane Doe" -> "Jane Doe"; a name
    already in display order stays as it is."""
    name = " ".join(name.split())
    name = _BY.sub("", _ROLE.sub("", name)) or name
    name = _LIFE_DATES.sub("", name).strip(" ,")
    last, comma, first = name.partition(", ")
    if comma and "," not in first and _NAME_PART.match(last) and _NAME_PART.match(first):
        return f"{first} {last}"
    return name


def is_unknown_author(name: str) -> bool:
    """A converter's word for no author ("Unknown", "Inconnu", "Unbekannt"), not a person's name."""
    return bool(_UNKNOWN.match(name.strip()))


_LEADING_AND = re.compile(r"^(?:and|&)\s+")  # "..., and Ines Roca": the list's last name
_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\.(?:\s|$)")  # "Ursula K.": a given name's initial
PARTICLES = frozenset("de la le du des van der den von zu di da del dos das y e".split())  # "Jeanne de la Tour"


def authors_in(written: str) -> list[str]:
    """The authors one metadata field names, each as shown: "Austen, Jane, 1775-1817" is Jane Austen; "Maren
    Holt; Ola Brekke" is two, and so are "Maren Holt & Ola Brekke" (calibre's) and "Maren Holt, Ola Brekke"
    (Asciidoctor's list: full names of two words or more each, none with an initial or ending in a particle, as
    "Le Guin, Ursula K." and "Cervantes Saavedra, Miguel de" do, nor with a catalogue's life dates). A
    converter's "Unknown" is no one, and an e-mail address is no part of a name ("Maren Holt <maren@example.org>",
    as AsciiDoc's DocBook writes an author line)."""
    names: list[str] = []
    if "@" in written:
        written = _EMAIL.sub("", written)
    for part in (piece for field in written.split(";") for piece in _between_ampersands(field)):
        part = " ".join(part.split())
        pieces = [_LEADING_AND.sub("", piece.strip()) for piece in part.split(",")]
        listed = len(pieces) >= 2 and not _LIFE_DATES.search(part) and all(
            len(piece.split()) >= 2 and not _INITIAL.search(piece) and piece.split()[-1].lower() not in PARTICLES
            for piece in pieces)
        names.extend(display_name(piece) for piece in (pieces if listed else [part]))
    return [name for name in names if name and not is_unknown_author(name)]


_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")


def _between_ampersands(field: str) -> list[str]:
    """"Charles Madison Curry & Erle Elsworth Clippinger" as two names (calibre joins a book's authors so);
    "Smith, Jones & Co." as it is."""
    pieces = field.split("&")
    return pieces if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces) else [field]
