"""Links that move a reader around the book, not text of it: "Back to Contents", "Previous | Contents | Next".

Web-made EPUBs and HTML books end each chapter with them; read aloud, the listener heard "Return to Table of
Contents" after every chapter. A block that is only links into the book, each saying one of these in one of the
11 languages (or an arrow), is skipped and listed.
"""

from __future__ import annotations

import re

from audiobook.ingest.matter import CONTENTS_TITLE

NAVIGATION = "navigation link (back to the contents, next, previous)"

_WHERE = (r"(?:the\s+)?(?:table\s+of\s+contents|contents|top|index|start|beginning|toc|"
          r"sommaire|table\s+des\s+matières|début|haut(?:\s+de\s+(?:la\s+)?page)?|"
          r"inhalt|inhaltsverzeichnis|anfang|"
          r"índice|indice|índex|sumário|sumari|inicio|início|principio|inizio|topo|"
          r"(?:de\s+)?inhoud|inhoudsopgave|boven|begin|"
          r"innehåll|innehållsförteckningen|början|toppen|"
          r"spisu\s+treści|góry|początku|"
          r"содержанию|оглавлению|началу)")
_PART = re.compile(
    rf"(?:back\s+to|return\s+to|go\s+to|up\s+to|retour\s+(?:au|à\s+la|à\s+l['’])|zurück\s+zu[mr]?|"
    rf"volver\s+al?|tornare?\s+all['’]|voltar\s+(?:ao|para\s+o|à)|tornar\s+a\s+l['’]|terug\s+naar|"
    rf"tillbaka\s+till|powrót\s+do|(?:назад|вернуться)\s+к)\s+{_WHERE}|"
    r"toc|top|home|up|next|previous|prev|(?:next|previous|prev)\s+(?:chapter|page|section)|"
    r"haut\s+de\s+page|(?:chapitre|page)\s+(?:suivant|précédent)e?|suivant|précédent|"
    r"nach\s+oben|(?:nächstes|vorheriges)\s+kapitel|weiter|sumari|sommario|arriba|"
    r"(?:capítulo|capitolo|capítol)\s+(?:siguiente|anterior|successivo|precedente|seguinte|següent)|"
    r"(?:próximo|proximo)\s+capítulo|siguiente|anterior|successivo|precedente|seguinte|següent|"
    r"(?:volgende|vorige)(?:\s+hoofdstuk)?|naar\s+boven|(?:nästa|föregående)(?:\s+kapitel)?|"
    r"(?:następny|poprzedni)(?:\s+rozdział)?|do\s+góry|(?:следующая|предыдущая)\s+глава|далее|наверх",
    re.IGNORECASE)
_ARROWS = re.compile(r"[↑↓←→⇧⇦⇨▲△◀▶«»<>^]")
_SEPARATORS = re.compile(r"\s*(?:[|·•/]|\s-\s|\s–\s)\s*")
_BRACKETS = "[](){}"
MAX_CHARS = 80


def is_navigation(text: str) -> bool:
    """Whether a line that is only links says only where to go: "Back to Contents", "[Contents]", "↑",
    "Previous | Contents | Next", "Retour au sommaire", "Следующая глава"."""
    if len(text) > MAX_CHARS:
        return False
    words = _ARROWS.sub(" ", text).strip()
    if not words:
        return words != text.strip()  # an arrow alone: "↑"
    parts = [part.strip(_BRACKETS + " .:") for part in _SEPARATORS.split(words)]
    return all(part and (_PART.fullmatch(part) or CONTENTS_TITLE.match(part)) for part in parts)  # "Contents"
