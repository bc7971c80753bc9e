"""Front and back matter decided by what a page says, not only by its markup.

Publishers rarely mark copyright, imprint, licence, contact or advertisement pages. A
short page dense with their vocabulary (in the 11 languages) is matter; so is a page of
Project Gutenberg boilerplate, and a contents list written as plain text. Long pages are
body text whatever their title says, so a chapter is never lost to a misplaced TOC entry.
"""

from __future__ import annotations

import re
import unicodedata

import audiobook.ingest.gutenberg as gutenberg
from audiobook.ingest.headings import looks_like_heading

# a heading or TOC title that names a contents list
CONTENTS_TITLE = re.compile(
    r"^(?:(?:the |table of |brief |detailed |full )?contents|list of \w+|index|table des matières|sommaire|"
    r"inhalt(?:sverzeichnis)?|"
    r"índice|indice|índex|sumário|spis treści|содержание|оглавление|inhoud(?:sopgave)?|innehåll(?:sförteckning)?|"
    # a list of the pictures under its one word ("ILLUSTRATIONS", as Project Gutenberg's texts head it)
    r"illustrations|(?:verzeichnis der )?abbildungen|abbildungsverzeichnis|ilustraciones|illustrazioni|"
    r"ilustra[çc][õo]es|ilustracje|spis ilustracji|иллюстрации|список иллюстраций|illustraties|illustrationer|"
    r"bildf[öo]rteckning|il·lustracions)"
    r"\W*$", re.IGNORECASE)

# page titles that are matter whatever the markup, in the 11 languages
MATTER_HEADING = re.compile(
    r"^(?:copyright|imprint|colophon|impressum|colof[óo]n|colofon|kolofon|mentions l[ée]gales|informations l[ée]gales|"
    # "copyright" in the other languages, as their books title the page
    r"droits d['’]auteur|urheberrecht|derechos de autor|diritti d['’]autore|direitos (?:autorais|de autor)|"
    r"prawa autorskie|авторские права|auteursrecht|upphovsr[äa]tt|drets d['’]autor|[àa] propos(?: de ce livre| "
    r"de cette [ée]dition)?|about this (?:e-?book|edition)|about the publisher|newsletters?(?: sign[- ]?up)?|"
    r"how to contact us|contact us|strona redakcyjna|"
    r"nota wydawnicza|informacja wydawnicza|выходные данные|об издании|licen[cs]e|licencia|licenza|licença|"
    r"lizenz|licencja|лицензия|licentie|licens|llicència|cr[ée]dits|du m[êe]me auteur|"
    r"vom selben autor|del mismo autor|dello stesso autore|do mesmo autor|tego samego autora|"
    r"van dezelfde auteur|av samma f[öo]rfattare|"
    # a reading group's guide ("Questions for Discussion", "Fragen für Ihren Lesekreis", "Вопросы для обсуждения")
    r"(?:an? )?(?:reading group|book club|reading|discussion) guide|(?:book club |discussion )questions|"
    r"(?:questions|topics) (?:and (?:questions|topics) )?for discussion|guide de lecture|"
    r"questions pour (?:la discussion|les clubs de lecture)|fragen (?:für|zum) (?:den |ihren )?lesekreis|"
    r"lesekreisfragen|diskussionsfragen|gu[íi]a de lectura|preguntas para (?:el debate|la discusi[óo]n|"
    r"clubes de lectura)|guida alla lettura|domande per (?:la discussione|i gruppi di lettura)|guia de leitura|"
    r"perguntas para (?:discuss[ãa]o|debate)|pytania do dyskusji|вопросы для обсуждения|leesclubvragen|"
    r"vragen voor (?:de |uw )?leesclub|discussievragen|diskussionsfr[åa]gor|fr[åa]gor (?:för|till) (?:bok|läse)cirkeln|"
    r"preguntes per al debat|"
    # the author's other books, named ("Also by Jane Doe", "Other Books by ...", "Weitere Bücher von ...")
    r"(?:also (?:available|by)|(?:other|more) (?:books|titles|novels|works) (?:by|from)|"
    r"(?:(?:other |more )?(?:books|titles|novels|works) )?by the same (?:author|writer)|"
    r"autres (?:livres|ouvrages|titres) d[eu]|weitere (?:bücher|titel|romane) (?:von|der)|otros (?:libros|títulos) de|"
    r"altri (?:libri|titoli) d[ie]|outros (?:livros|títulos) d[eo]|inne (?:książki|tytuły)|другие книги|"
    r"andere (?:boeken|titels) van|andra böcker av|altres (?:llibres|títols) de)\b[^.!?]{0,60})\W*$", re.IGNORECASE)

# a page of reviewers' quotations ("Praise for Jane Doe"), when its paragraphs are quotations and their sources
PRAISE_HEADING = re.compile(r"^(?:(?:advance |early |critical )?praise for\b[^.!?]{0,80}|advance praise|"
                            r"what (?:readers|critics|reviewers|people) (?:are saying|say)\b[^.!?]{0,40}|"
                            # "Pressestimmen", "Pressröster", "La presse en parle", "Отзывы о книге"...
                            r"pressestimmen|stimmen zu[mr]? \w+[^.!?]{0,40}|pressr[öo]ster|pers over\b[^.!?]{0,40}|"
                            r"la (?:presse|critique) en parle|ils en parlent|ce qu['’]en dit la (?:presse|critique)|"
                            r"elogios (?:a|para|de)\b[^.!?]{0,60}|lo que dice la cr[íi]tica|"
                            r"dicono d[ie]\b[^.!?]{0,40}|la critica(?: dice)?|o que diz a cr[íi]tica|"
                            r"opinie o (?:książce|autorze)[^.!?]{0,40}|recenzje|отзывы о (?:книге|романе|книгах)"
                            r"[^.!?]{0,40}|пресса о (?:книге|романе)[^.!?]{0,40}|"
                            r"elogis (?:a|per)\b[^.!?]{0,60})\W*$",
                            re.IGNORECASE)
_QUOTED = tuple("\"“”„«»‘’'—–-")  # a quotation opens with its mark, its source with a dash
PRAISE = "reviewers' praise, by its title and quotations"

# an author's or publisher's marketing pages: a review asked for, a mailing list, a free book for signing up
_MARKETING_WORDS = (
    r"leave a review|leaving a review|write a review|post a review|honest review|leave a short review|"
    r"leaving a short review|leave a quick review|leaving a quick review|wherever you bought|thank you for reading|"
    r"laisser un avis|laissez un avis|"
    r"rezension|reseña|recensione|avaliação|recenzj|recensie|recension|goodreads|bookbub|amazon page|"
    r"kindle unlimited|mailing list|readers['’]? (?:club|group|list)|reader['’]s (?:club|group|list)|giveaway|"
    r"new releases|bonus (?:chapter|content|epilogue|scene|story)|sign up (?:for|at|here|now|today)|"
    r"free (?:e-?book|book|novella|novelette|short story|prequel)|"
    # the large publishers' closing page: "Discover your next great read!", "news about this author", "special offers"
    r"next great read|reading list|book picks|news about (?:this|the) author|special offers|exclusive offers|"
    r"discover great authors|thank you for (?:buying|purchasing|downloading)|"
    # a distributor's closing pages: "Don't miss out! ... sign up to receive emails whenever Ann Writer publishes a
    # new book. There's no charge and no obligation", "Did you love The Salt Road? Then you should read ..."
    r"sign up to (?:receive|get|hear)|no charge and no obligation|books2read|independent readers to independent|"
    r"did you (?:love|enjoy|like)\b|then you should read|you might (?:also )?(?:like|enjoy)")

# the vocabulary of copyright, imprint, licence, distributor and publisher pages
# lower-case, matched against lower-cased text: IGNORECASE would turn off the regex engine's literal search;
# every branch opens with a literal (no "\b", no character set), so the engine skips the positions none starts at
_MARKERS = re.compile(
    r"©|\(c\)\s*\d{4}|copyright\b|isbn\b|all rights reserved|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|"
    r"todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrze[żz]one|все права защищены|"
    r"alle rechten voorbehouden|alla r[äa]ttigheter f[öo]rbeh[åa]llna|tots els drets reservats|"
    r"todos os direitos reservados|d[ée]p[ôo]t l[ée]gal|printed in|imprim[ée] en|gedruckt in|impreso en|"
    r"stampato in|wydrukowano|отпечатано|gedrukt in|tryckt i|published by|publi[ée] par|first published|"
    r"premi[èe]re [ée]dition|erstausgabe|primera edici[óo]n|prima edizione|wydanie|издани[ея]|eerste druk|"
    r"verlag\b|wydawnictw|издательств|uitgeverij|f[öo]rlag|editorial\b|editora\b|editore\b|éditeur\b|editeur\b|"
    r"creative commons|cc[ -]by\b|public domain|domaine public|gemeinfrei|dominio p[úu]blico|pubblico dominio|"
    r"domena publiczna|общественн\w+ достояни|publiek domein|licen[cs]e[ds]?\b|licencia|licenza|licen[çc]a|"
    r"lizenz|licencj|лицензи|licentie|licens\b|llic[èe]ncia|distribu[ée]|distributed by|distributor|"
    r"dystrybu|newsletter|contact us|nous contacter|kontakt|cont[áa]ctenos|contattaci|контакт|"
    r"www\.|https?://|@[\w-]+\.\w+|e-?mail|follow us|suivez-nous|online library|biblioth[èe]que num[ée]rique|"
    r"e-?books? (?:gratuits?|libres?|free)|redakcja|korekta|sk[łl]ad\b|projekt ok[łl]adki|redaktor|"
    r"cover (?:design|image|art)|couverture\s*:|typeset|mise en page|satz\b|maquetaci[óo]n|impaginazione|"
    r"translated by|traduit (?:de|par)|übersetzt|ubersetzt|traducido|tradotto|przek[łl]ad|перевод|vertaald|övers[äa]tt|overs[äa]tt|"
    r"project gutenberg|smashwords|personal enjoyment only|may not be re-?sold|respecting the hard work|"
    + _MARKETING_WORDS)
_MARKETING = re.compile(f"(?:{_MARKETING_WORDS})$")
# the marks only a rights or publisher's page makes (its notices, its "contact us"); the others (an e-mail, a web
# address, "editorial", a licence, "printed in", "published by", a translator) a story may name too, and three of
# them alone make no imprint of a page of sentences
_IMPRINT_ONLY = re.compile(
    r"©|\(c\)|copyright|isbn|r[äa]ttigheter|rights reserved|droits r|rechte vorbehalten|derechos reservados|"
    r"diritti riservati|prawa zastrze|права защищены|rechten voorbehouden|drets reservats|direitos reservados|"
    r"d[ée]p[ôo]t l|first published|premi[èe]re [ée]dition|erstausgabe|primera edici|prima edizione|eerste druk|"
    r"creative commons|cc[ -]by|public domain|domaine public|gemeinfrei|dominio p|pubblico dominio|domena publiczna|"
    r"общественн|publiek domein|project gutenberg|smashwords|personal enjoyment|re-?sold|respecting the hard work|"
    r"cover |couverture|typeset|mise en page|satz|maquetaci|impaginazione|projekt ok|sk[łl]ad|contact us|"
    r"nous contacter|cont[áa]ctenos|contattaci|follow us|suivez-nous|online library|biblioth[èe]que num|e-?books? ")
CONTENTS_AS_TEXT = "contents list written as text"
MATTER_MAX_WORDS = 600  # a page longer than this is body text, however it is titled
HEADING_MATTER_MAX_WORDS = 1_500  # a page titled as matter may be longer (a licence)
_DIVISION_NUMBER = re.compile(r"\b(?:chapter|canto|part|book|chapitre|kapitel|cap[íi]tulo|capitolo|cap[íi]tol|"
                              r"rozdzia[łl]|глава|hoofdstuk|partie|teil|parte|cz[ęe][śs][ćc]|часть|deel|del|livre|"
                              r"buch|libro|ksi[ęe]ga|книга|boek|bok)\.?\s+(?:\d{1,4}|[ivxlcdm]{1,8})\b", re.IGNORECASE)


def matter_reason(title: str, texts: list[str]) -> str | None:
    """Why a page (its title and paragraphs) is front or back matter, or None for body text."""
    text = " ".join(texts)
    if not text.strip():
        return None
    if any(gutenberg.is_start(t) or gutenberg.is_end(t) for t in texts):
        return None  # the book and its Gutenberg frame share this page: the frame is cut at its marker lines
    boilerplate = gutenberg.count_boilerplate(text)
    # a long page is body text unless it is boilerplate or titled as matter: decided without counting words
    long = len(text) > HEADING_MATTER_MAX_WORDS * 12
    if boilerplate >= 2 or (boilerplate and not long and len(text.split()) <= MATTER_MAX_WORDS):
        return "Project Gutenberg licence"
    if long:
        return None
    words = len(text.split())
    heading = title.strip() or texts[0]
    if MATTER_HEADING.match(heading) and words <= HEADING_MATTER_MAX_WORDS:
        return f"{heading.strip()}, by its title"
    if PRAISE_HEADING.match(heading) and sum(t.lstrip().startswith(_QUOTED) for t in texts) * 2 > len(texts):
        return PRAISE
    if words > MATTER_MAX_WORDS or looks_like_heading(heading):
        return None  # "Chapter 9" over a journalist's e-mail, an editorial and a web address is a chapter
    hits: dict[str, str] = {}  # "éditeur" and "editeur" are one word
    for hit in _MARKERS.findall(text.lower()):
        hits.setdefault(_unaccented(hit), hit)
    if len(hits) >= 3 or (len(hits) >= 2 and words <= 150):
        named = ", ".join(sorted(hits.values())[:3])
        if sum(1 for hit in hits.values() if _MARKETING.match(hit)) * 2 > len(hits):
            return f"the author's or publisher's marketing page, by its content ({named})"
        if any(_IMPRINT_ONLY.match(hit) for hit in hits.values()) or not _reads_as_prose(texts, words):
            return f"{IMPRINT_PAGE}, by its content ({named})"
    if words <= COPYRIGHT_LINE_WORDS and _COPYRIGHT_LINE.match(text):
        return COPYRIGHT_LINE
    if is_contents_text(texts):
        return CONTENTS_AS_TEXT
    return None


IMPRINT_PAGE = "copyright, imprint or publisher's page"
UNMARKED_PROSE_WORDS = 150  # a rights page's own sentences ("This is a work of fiction ...") come to fewer


def is_lesson_on_rights(reason: str, texts: list[str], words_before: int, words_after: int) -> bool:
    """Whether a page called an imprint by its content is a lesson on rights between chapters: MATTER_MAX_WORDS of
    text on each side, and UNMARKED_PROSE_WORDS in sentences that name no right, publisher or address ("Most of the
    charts come from the NOAA website ... Other material is released under a Creative Commons licence", then the
    lesson). A textbook's section on licences was skipped whole; at the book's edges such a page stays matter (an
    author's life above a distributor's licence)."""
    return reason.startswith(IMPRINT_PAGE) and min(words_before, words_after) >= MATTER_MAX_WORDS and sum(
        len(text.split()) for text in texts if is_sentence(text) and _MARKERS.search(text.lower()) is None
    ) >= UNMARKED_PROSE_WORDS


# a copyright line standing alone, one mark of a rights page where a page has two or more: "Copyright 2024 Ines
# Roca", "© Ines Roca 2024", "(c) 2024 Harbour Press"
_COPYRIGHT_LINE = re.compile(r"^\W{0,3}(?:copyright\b|©|\(c\)\s*\d)", re.IGNORECASE)
COPYRIGHT_LINE_WORDS = 20
COPYRIGHT_LINE = "a copyright line, by its content"


_SENTENCE_END = tuple(".!?…\"”’»)")
PROSE_LINE_WORDS = 8


def _reads_as_prose(texts: list[str], words: int) -> bool:
    """Whether most of a page's words stand in sentences (a story's), not in lines ("Source: www.example.org")."""
    return sum(len(text.split()) for text in texts if is_sentence(text)) * 2 >= words


def is_sentence(text: str) -> bool:
    """A paragraph of PROSE_LINE_WORDS words or more that ends as a sentence does: a story's, not a line's."""
    return len(text.split()) >= PROSE_LINE_WORDS and text.rstrip().endswith(_SENTENCE_END)


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


_NOTICE_SIGNS = ("©", "opyright", "OPYRIGHT", "ISBN", "(c)", "(C)")
# and what every Creative Commons licence's attribution does: an open textbook's chapter (Pressbooks') ends "Tides by
# Dana Reyes is licensed under a Creative Commons Attribution 4.0 International License", each naming its chapter
_OPEN_LICENCE_SIGNS = ("Creative Commons", "CC BY", "CC-BY")
_LICENCE_WORDS = ("icen", "izenz", "ицензи", "icèn")  # license, licence, licencia, Lizenz, лицензия, llicència


def signs_a_notice(text: str) -> bool:
    """Whether a paragraph bears what every copyright notice does: "©", "Copyright", "(c) 2021" or an ISBN, or a
    Creative Commons licence named as one (a substring test, cheap enough for the last paragraphs of every chapter)."""
    return any(sign in text for sign in _NOTICE_SIGNS) or (
        any(word in text for word in _LICENCE_WORDS) and any(sign in text for sign in _OPEN_LICENCE_SIGNS))


def names_rights_or_publisher(text: str) -> bool:
    """Whether a line says what a copyright, imprint or publisher's page says ("© 2021", "www.", "ISBN")."""
    return _MARKERS.search(text.lower()) is not None


RIGHTS_MARK_WORDS = 100  # a long page with a mark of a rights page in every so many words is matter (permissions)


def reads_as_text(texts: list[str]) -> bool:
    """Whether paragraphs that markup or a file's name calls a cover, title or copyright page are the book's text:
    a first chapter sharing the title page's file. More than MATTER_MAX_WORDS words, with few marks of a rights
    page among them (not an anthology's long page of permissions) and no Project Gutenberg licence."""
    text = " ".join(texts)
    words = len(text.split())
    return (words > MATTER_MAX_WORDS and len(_MARKERS.findall(text.lower())) * RIGHTS_MARK_WORDS < words
            and not gutenberg.count_boilerplate(text))


def is_list_page(texts: list[str]) -> bool:
    """Many short entries, most with numbers: an index, a list of figures, a page of references."""
    if len(texts) < 20:
        return False
    lengths = sorted(len(t.split()) for t in texts)
    numbered = sum(1 for t in texts if any(ch.isdigit() for ch in t))
    return lengths[len(lengths) // 2] <= 8 and numbered * 5 >= len(texts) * 2


def is_contents_text(texts: list[str]) -> bool:
    """Paragraphs that are mostly a list of chapter names ("Canto 1 Canto 2 ... Canto 34")."""
    text = " ".join(texts)
    words = len(text.split())
    found = _DIVISION_NUMBER.findall(text)
    return len(found) >= 3 and len(found) * 2 >= words * 0.6
