"""What a chapter heading looks like in running text, in the 11 languages.

Books made from plain text carry their real chapter headings as ordinary paragraphs
("CHAPTER VII.", "Chapter 7 — Judgement Day", "Part Two", "Rozdział 3", "Глава 5").
These rules find them, for text books and for EPUBs whose table of contents is too
sparse or too coarse to cut chapters by.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audiobook.text.normalize.common import roman_value

# ordinals that number a division, written out, in the 11 languages ("Chapter the First", "Erstes Kapitel")
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|"
            r"premi[eè]re?|seconde?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|"
            r"huiti[eè]me|neuvi[eè]me|dixi[eè]me|derni[eè]re?|"
            r"erste[rsn]?|zweite[rsn]?|dritte[rsn]?|vierte[rsn]?|f[üu]nfte[rsn]?|sechste[rsn]?|siebte[rsn]?|"
            r"achte[rsn]?|neunte[rsn]?|zehnte[rsn]?|letzte[rsn]?|"
            r"primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|"
            r"d[ée]cim[oa]|[úu]ltim[oa]|prim[oa]|second[oa]|terz[oa]|quart[oa]|sest[oa]|settim[oa]|ottav[oa]|"
            r"non[oa]|primeir[oa]|terceir[oa]|oitav[oa]|segon[a]?|quarta|cinqu[eè]na?|sis[eè]na?|set[eè]na?|"
            r"vuit[eè]na?|nov[eè]na?|des[eè]na?|"
            r"eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste|"
            r"f[öo]rsta|andra|tredje|fj[äa]rde|femte|sj[äa]tte|sjunde|[åa]ttonde|nionde|tionde|sista|"
            r"pierwsz[ya]|drug[ia]|trzeci[a]?|czwart[ya]|pi[ąa]t[ya]|sz[óo]st[ya]|si[óo]dm[ya]|[óo]sm[ya]|"
            r"dziewi[ąa]t[ya]|dziesi[ąa]t[ya]|ostatni[a]?|"
            r"перв(?:ая|ый|ое)|втор(?:ая|ой|ое)|треть(?:я|е)|трети[йя]|четв[её]рт(?:ая|ый|ое)|пят(?:ая|ый|ое)|"
            r"шест(?:ая|ой|ое)|седьм(?:ая|ой|ое)|восьм(?:ая|ой|ое)|девят(?:ая|ый|ое)|десят(?:ая|ый|ое)|"
            r"последн(?:яя|ий|ее)|"
            # past the tenth: "Einundzwanzigstes Kapitel", "Tjugonde kapitlet", "Twintigste hoofdstuk"
            r"\w*(?:zehnte|zigste|ßigste)[rsn]?|elfte[rsn]?|zw[öo]lfte[rsn]?|elfte|tolfte|\w*tonde|tjugo\w*|"
            r"trettio\w*|\w*tiende|\w*tigste|elfde|twaalfde)")
# numbers past ten written out, in the 11 languages: "Capítulo veintiuno", "Chapitre vingt et un", "Kapitel
# einundzwanzig", "Rozdział dwudziesty", "Глава двадцать первая" (what follows the first word is the title's)
_BIG_NUMBER = (r"sixty|seventy|eighty|ninety|hundred|"
               r"treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|"
               r"\w*zehn|\w*(?:zig|ßig)|hundert|"
               r"trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|"
               r"tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|vent\w*|trent\w*|quarant\w*|"
               r"cinquant\w*|treze|catorze|quatorze|dez\w+|vinte|trinta|quarenta|cinquenta|"
               r"tretze|setze|disset|divuit|dinou|vint\w*|trenta|quaranta|cinquanta|"
               r"\w*tien|\w*tig|twaalf|"
               r"elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo\w*|trettio\w*|fyrtio\w*|femtio\w*|"
               r"\w*na[śs]cie|dwadzie[śs]cia|trzydzie[śs]ci|czterdzie[śs]ci|\w*dziesi[ąa]t\w*|\w*nast[yaie]|"
               r"dwudziest\w*|trzydziest\w*|czterdziest\w*|"
               r"\w*надцат\w*|двадцат\w*|тридцат\w*|сорок\w*|\w*десят\w*")
# a division's number: digits, a Roman numeral, or a word ("Kapitel drei", "Глава первая")
_NUMBER = (r"(?:\d{1,4}|[ivxlcdm]{1,8}|" + _ORDINAL[3:-1] + "|" + _BIG_NUMBER + "|"
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
           r"un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
           r"eins|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|elf|zw[öo]lf|"
           r"uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
           r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|"
           r"um|dois|tr[êe]s|sete|oito|dez|quatre|cinc|sis|set|vuit|nou|deu|"
           r"een|twee|drie|vijf|zes|zeven|negen|tien|"
           r"ett|tv[åa]|fyra|fem|sju|[åa]tta|nio|tio)")
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
# the same words shortened, always with their stop: "CHAP. IV.", "VOL. I.", "Ch. 12", "Kap. 3", "Гл. 2"
_DIVISION_SHORT = r"(?:chap|ch|vol|bk|pt|sc|kap|cap|rozdz|cz|hfdst|bd|гл|ч)\.\s*"
# the same words after an ordinal, where the language puts them there ("Zweiter Teil", "Första kapitlet")
_DIVISION_AFTER_ORDINAL = (r"(?:chapitre|partie|livre|kapitel|teil|buch|abschnitt|akt|aufzug|cap[íi]tulo|parte|"
                           r"libro|acto|capitolo|atto|llibre|hoofdstuk|deel|boek|bedrijf|kapitlet|delen|"
                           r"boken|akten|глава|часть|книга)")
# German numbers its divisions with an ordinal's full stop before the word: "1. Kapitel", "II. Teil"
_NUMERAL_ORDINAL = r"(?:\d{1,3}|[ivxlc]{1,6})\.\s*"
_HEADING = re.compile(rf"^(?:(?:{_DIVISION}\.?\s+|{_DIVISION_SHORT})(?:{_NUMBER}|the\s+\w+)|"
                      rf"(?:{_ORDINAL}\s+|{_NUMERAL_ORDINAL}){_DIVISION_AFTER_ORDINAL})\b[.:]?"
                      r"(?:\s*[-—–:.]\s*|\s+)?(?P<title>.*)$", re.IGNORECASE)
# divisions above chapters: a part, book or volume ("Part Two", "BOOK ONE: 1805", "Zweiter Teil", "Часть первая")
_PART = (r"(?:part|book|volume|partie|livre|tome|teil|buch|band|parte|libro|volumen|volume|llibre|"
         r"cz[ęe][śs][ćc]|ksi[ęe]ga|tom|часть|книга|том|deel|boek|del|bok|volym)")
_PART_AFTER_ORDINAL = r"(?:partie|livre|teil|buch|parte|libro|llibre|deel|boek|delen|boken|часть|книга)"
_PART_SHORT = r"(?:vol|bk|pt|cz|bd|ч)\.\s*"  # "VOL. I.", "Bk. 2", "Cz. 2", "Ч. 1"
_PART_HEADING = re.compile(rf"^(?:(?:{_PART}\.?\s+|{_PART_SHORT})(?:{_NUMBER}|the\s+\w+)|"
                           rf"(?:{_ORDINAL}\s+|{_NUMERAL_ORDINAL}){_PART_AFTER_ORDINAL})\b",
                           re.IGNORECASE)
_STANDALONE = re.compile(r"^(?:prologue|epilogue|preface|introduction|afterword|foreword|conclusion|"
                         r"prologo|epílogo|prólogo|prefacio|préface|avant-propos|épilogue|vorwort|nachwort|"
                         r"wstęp|epilog|prolog|пролог|эпилог|предисловие|voorwoord|förord|pròleg)\.?$",
                         re.IGNORECASE)
_NUMERAL_ONLY = re.compile(r"^(?:\d{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8})\.?$")
MAX_HEADING_WORDS = 14
SET_APART_HEADING_WORDS = 24  # a label's line set apart by its look may name the chapter at length ("Chapitre 5 Où
# Joseph Rouletabille adresse à M. Robert Darzac une phrase qui produit son petit effet", bold)


def is_numeral_title(title: str) -> bool:
    """A title that is only a number or a Roman numeral: "I", "II.", "12"."""
    return bool(_NUMERAL_ONLY.match(title.strip()))


def looks_like_heading(text: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A short line that names a chapter, part, book... ("Chapter 7", "CHAPTER VII.", "Part Two")."""
    text = text.strip()
    if not text or ((count := len(split := text.split())) > max_words and (
            count > max_words + _LOOSE_MARKS or _words(split) > max_words)):  # a paragraph: no token looked at
        return False
    if _STANDALONE.match(text):
        return True
    return bool(_HEADING.match(text)) and not (text[-1] in ".!?" and count > 3 and _says_a_sentence(text))


def _says_a_sentence(text: str) -> bool:
    """A line that opens with a label and number but goes on as a sentence, its next word in lower case: "Chapter 4
    was the longest, he said." (a title's name opens with a capital, a quote or a figure)."""
    return _LOWER_AFTER_NUMBER.match(text) is not None


# a label, a number in figures or Roman numerals, then a word in lower case: "Chapter 4 was", "Kapitel 2 war"
_LOWER_AFTER_NUMBER = re.compile(r"\S+\s+(?:\d+|[IVXLCDMivxlcdm]+)[.:]?\s+[^\W\d_A-ZÀ-ÞА-ЯЁ]")


_LOOSE_MARKS = 4  # guillemets and dashes a heading may hold beside its words


def _words(tokens: list[str]) -> int:
    """The tokens that are words: not a guillemet or a dash standing alone ("Chapitre 3 « Un homme ... »")."""
    return sum(1 for token in tokens if any(ch.isalnum() for ch in token))


# the titles of a book's closing pieces, each a chapter of its own, in the 11 languages: acknowledgments, the
# author's note and life, a glossary, an appendix (their vocabulary is no chapter word's, and a text book ran
# them on into its last chapter)
_CLOSING_TITLE = re.compile(
    r"^(?:acknowledge?ments?|about the author|(?:an? )?(?:author['’]s|historical) note|a note from the author|"
    r"glossary|appendi(?:x|ces)(?: [a-z0-9]{1,3})?|remerciements|[àa] propos de l['’]aut(?:eur|rice)|"
    r"note de l['’]aut(?:eur|rice)|glossaire|annexes?(?: [a-z0-9]{1,3})?|danksagung|"
    r"über (?:die autorin|den autor)|(?:anmerkung|nachbemerkung) (?:der autorin|des autors)|glossar|anhang|"
    r"agradecimientos|sobre (?:el autor|la autora)|nota del? (?:autor|autora)|glosario|ap[ée]ndices?|"
    r"ringraziamenti|(?:sull['’]|l['’])autore|nota dell['’]autore|glossario|appendice|agradecimentos|"
    r"sobre (?:o autor|a autora)|nota d[oa] autora?|gloss[áa]rio|ap[êe]ndice|podzi[ęe]kowania|o autor(?:ze|ce)|"
    r"od autora|nota autora|s[łl]owniczek|aneks|благодарности|об авторе|от автора|глоссарий|приложение|dankwoord|"
    r"over de auteur|(?:noot|nawoord) van de auteur|woordenlijst|bijlage|tacksägelser?|om författaren|"
    r"författarens (?:anmärkning|efterord)|ordlista|bilaga|agra[ïi]ments|sobre l['’]aut(?:or|ora)|"
    r"nota de l['’]aut(?:or|ora)|glossari|ap[èe]ndix)\W*$", re.IGNORECASE)


def is_closing_title(text: str) -> bool:
    """A heading of a book's closing pieces: "Acknowledgments", "About the Author", "Glossary", "Anhang"..."""
    return bool(_CLOSING_TITLE.match(text.strip()))


PAGE_MIN_LINES = 3  # a page's paragraphs under its title: a poem or a story, not a dedication or an epigraph
TITLE_LINE_MAX_WORDS = 12
_NOT_A_TITLE_END = tuple(".,;:!?")


def is_title_line(text: str) -> bool:
    """A short line that could title a piece, ending no sentence ("The Ferry", "Low Water"): where a page opens
    with one, a manuscript's poem or story starts."""
    return bool(text) and len(text.split()) <= TITLE_LINE_MAX_WORDS and not text.endswith(_NOT_A_TITLE_END) and (
        not text[:1].islower())


def is_part_heading(text: str) -> bool:
    """A heading that names a division above chapters: "Part Two", "BOOK ONE: 1805", "Zweiter Teil"."""
    text = text.strip()
    return bool(text) and len(text.split()) <= MAX_HEADING_WORDS and bool(_PART_HEADING.match(text))


# divisions below chapters: a section or a scene ("Section 3", "Scene 2", "Abschnitt 4", "Escena 1")
_SECTION_HEADING = re.compile(r"^(?:sc\.|section|sc[èe]ne|abschnitt|escena|scena|secci[óo]n?|se[çc][ãa]o|sekcja|"
                              r"раздел|сцена|sectie|avsnitt|scen)\.?\s", re.IGNORECASE)


def division_rank(text: str) -> int:
    """How high a heading's division stands: 1 a part ("Part Two", "Book I"), 3 a section or scene
    ("Section 3", "Scene 2"), 2 anything else (a chapter, or a title that does not say)."""
    if is_part_heading(text):
        return 1
    return 3 if _SECTION_HEADING.match(text.strip()) else 2


def is_bare_label(text: str) -> bool:
    """A heading that only numbers a division, with no name of its own: "Chapter 7", "CHAPTER VII.",
    "II", "Prologue" (not "Chapter 7 — Judgement Day")."""
    text = text.strip()
    match = _HEADING.match(text)
    return is_numeral_title(text) or bool(_STANDALONE.match(text)) or bool(match and not match.group("title").strip(
        " .:-—–"))


# a label that ends where its number does: digits, a Roman numeral, "the First", a division after its ordinal
# ("Erstes Kapitel"); not a number in words, which may run on ("Chapter Twenty One"); and a name's first letter in
# capitals (or after a quotation mark)
_RUN_ON_NUMBER = re.compile(rf"(?:\d{{1,4}}|\b[IVXLCDM]{{1,8}}|(?i:\bthe\s+\w+|\b{_DIVISION_AFTER_ORDINAL}))$")
_RUN_ON_NAME = re.compile(r"^[«“\"‘']?\s?[^\W\d_]")


def name_set_apart(text: str) -> str:
    """A heading whose label runs into its name, as a converter joins a heading's two lines, with the two set
    apart: "Chapitre 1 Où l’on commence" is "Chapitre 1 — Où l’on commence", as "Chapitre 1 - Où..." stands in
    the book's contents."""
    match = _HEADING.match(text)
    if not match or not match["title"] or not _RUN_ON_NAME.match(match["title"]):
        return text
    gap = text[:match.start("title")]
    label = gap.rstrip()
    name = match["title"].lstrip("«“\"‘' ")
    if label == gap or not _RUN_ON_NUMBER.search(label) or not name[:1].isupper():
        return text
    return label_and_name(label, match["title"])


def label_of(text: str) -> str | None:
    """The division's label and number a heading opens with ("SCENE 1" of "SCENE 1. A quay at night."), or None."""
    match = _HEADING.match(text.strip())
    return text.strip()[:match.start("title")].rstrip(" .:-—–") if match else None


def is_numbered_label(text: str) -> bool:
    """A bare label with a number: "Chapter 7", "CHAPTER VII.", "II" (not "Prologue")."""
    return is_bare_label(text) and not _STANDALONE.match(text.strip())


def label_and_name(*lines: str) -> str:
    """Division label and name as one title: ("Chapter 2.", "The Storm") is "Chapter 2 — The Storm"."""
    lines = tuple(line.strip() for line in lines if line.strip())
    return " — ".join([*(line.rstrip(" .:") for line in lines[:-1]), *lines[-1:]])


# table-of-contents labels that name no chapter: a file name, a converter's placeholder
_FILE_NAME_TITLE = re.compile(r"^(?:[\w.-]+\.(?:x?html?|xml)|(?:part|split|index_split|section|chapter|chap|ch|c|"
                              r"sec|text|txt|file|page|item|id)[_-]?\d+(?:[_-]\d+)*)$", re.IGNORECASE)
_PLACEHOLDER_TITLE = re.compile(r"^(?:start|begin|untitled|unknown|no title|text|document|chapter|content|"
                                r"sans titre|ohne titel|sin t[íi]tulo|senza titolo|sem t[íi]tulo|bez tytu[łl]u|"
                                r"без названия|zonder titel|utan titel|sense t[íi]tol|"
                                # a word processor's name for a new file: "Untitled document", "Document1"
                                r"untitled[ _-]?(?:document|\d+)|(?:new )?document ?\d*|dokument ?\d*|"
                                r"documento (?:sin t[íi]tulo|sem t[íi]tulo|senza titolo)|document sans titre)\W*$",
                                re.IGNORECASE)


def is_placeholder_title(title: str) -> bool:
    """A TOC label that names no chapter ("part0003.xhtml", "index_split_002", "Start", "Untitled"):
    the text's own heading, or its opening words, title the chapter instead."""
    title = title.strip()
    return bool(_FILE_NAME_TITLE.match(title) or _PLACEHOLDER_TITLE.match(title))


def heading_says_more(title: str, heading: str) -> bool:
    """The text's heading extends the TOC's title ("Chapter 3" -> "Chapter 3 — The Storm", "Chapter 1" -> "Chapter
    One: The Harbour"), or names the division the title only numbers ("2. The Second Winter" -> "Chapter 2. The Second
    Winter", as DocBook's TOC has it)."""
    short, long = plain_words(title), plain_words(heading)
    if not short or len(heading.split()) > 20:
        return False
    if (label := division_and_number(title)) and not label[2] and (named := division_and_number(heading)):
        # the same number under another division's word, not a part's over its first chapter ("Section 1" over
        # "Chapter 1: The Storm", as a converter labels each file)
        return named[1] == label[1] and bool(named[2]) and (
            named[0] == label[0] or division_rank(title) >= division_rank(heading))
    if len(long) <= len(short) + 2:
        return False
    return long.startswith(short) or (long.endswith(f" {short}") and short[:1].isdigit() and looks_like_heading(
        heading) and len(long.split()) == len(short.split()) + 1)


def same_words(first: str, second: str) -> bool:
    """The same words, whatever the case and punctuation ("CHAPTER I." and "Chapter I")."""
    return plain_words(first) == plain_words(second)


def same_label(first: str, second: str) -> bool:
    """The same words, or one division's label and number however each writes the number ("Chapter 1", "CHAPTER
    ONE.", "Chapter I", "Capítulo primero")."""
    if same_words(first, second):
        return True
    label = division_and_number(first)
    return label is not None and not label[2] and label == division_and_number(second)


LABELLED_TITLE_MAX_WORDS = 40  # "CHAPTER II OF THE PROCEEDINGS OF THE THREE BROTHERS ... THE GOLDEN RIVER": 30


def is_labelled_title(text: str) -> bool:
    """A division's label and number before a long name in capitals, on one line, as old books name their
    chapters at length: "CHAPTER I HOW THE AGRICULTURAL SYSTEM OF THE BLACK BROTHERS WAS INTERFERED WITH BY
    SOUTH-WEST WIND, ESQUIRE" (too long for `looks_like_heading`; "Chapter 1 was the one I liked" is a sentence)."""
    if not text[:1].isupper() or len(text) > 12 * LABELLED_TITLE_MAX_WORDS or len(
            text.split()) > LABELLED_TITLE_MAX_WORDS:
        return False
    found = division_and_number(text)
    return found is not None and found[2].isupper()


def division_and_number(text: str) -> tuple[str, int, str] | None:
    """A heading's division word, its number's value and the name after them: ("chapter", 1, "The Harbour") of
    "Chapter One: The Harbour", ("chapter", 1, "") of "CHAPTER I.", "Chapter the First" and "Chapter 1"; None for
    anything else."""
    words = text.split(None, 5)  # a paragraph is not split whole: a division's label and number come first
    division = words[0].rstrip(".").lower() if len(words) > 1 else ""
    if not _DIVISION_WORD.fullmatch(division):
        return _number_and_division(words)
    if words[1].lower() == "the":  # "Chapter the First"
        words = [words[0], *words[2:]]
    first = plain_words(words[1]) if len(words) > 1 else ""
    if value := int(first) if first.isdigit() else roman_value(first.upper()) if _CHAPTER_NUMERAL.fullmatch(
            first) else None:  # "Chapter 1.", "CHAPTER IV" (not "Chapter Mix")
        return division, value, " ".join(words[2:]).strip(" .:-—–")
    spelled = first.replace(" ", "").isalpha()  # "Twenty-One:", "cinquième"
    for count in (3, 2, 1):  # the longest number first: "Twenty-One", "vingt et un", "dwudziesty pierwszy"
        if value := _number_words().get(plain_words(" ".join(words[1:1 + count]))) if spelled else None:
            return division, value, " ".join(words[1 + count:]).strip(" .:-—–")
    return None


_DIVISION_AFTER_WORD = re.compile(_DIVISION_AFTER_ORDINAL, re.IGNORECASE)
_DEFINITE_DIVISIONS = {"kapitlet": "kapitel", "delen": "del", "boken": "bok", "akten": "akt"}  # Swedish "the ..."


def _number_and_division(words: list[str]) -> tuple[str, int, str] | None:
    """`division_and_number` of a heading whose ordinal comes first, as German, Swedish and Dutch write it:
    ("kapitel", 1, "Die Fähre") of "Erstes Kapitel: Die Fähre", "1. Kapitel", "Första kapitlet"."""
    if len(words) < 2 or not _DIVISION_AFTER_WORD.fullmatch(division := words[1].rstrip(".:").lower()):
        return None
    number = words[0]
    if number.endswith(".") and (figures := number[:-1]).isdigit():  # "1. Kapitel"
        value: int | None = int(figures)
    elif number.endswith(".") and _CHAPTER_NUMERAL.fullmatch(number[:-1].lower()):  # "II. Teil"
        value = roman_value(number[:-1].upper())
    else:
        value = _number_words().get(plain_words(number))
    if not value:
        return None
    return _DEFINITE_DIVISIONS.get(division, division), value, " ".join(words[2:]).strip(" .:-—–")


def number_in_words(text: str) -> int | None:
    """The value of a line that is only a number written out ("One", "TWENTY-ONE.", "Première"), up to a hundred."""
    text = text.strip().removesuffix(".")
    if not text or len(text) > _NUMBER_WORDS_CHARS or not all(ch.isalpha() or ch in " -" for ch in text):
        return None
    return _number_words().get(plain_words(text))


_DIVISION_WORD = re.compile(_DIVISION, re.IGNORECASE)
_LETTER_SPACED = re.compile(r"(?:[^\W_] ){3,}[^\W_]\.?")  # "C H A P T E R  T H R E E", "P R O L O G U E"
_DIVISION_AT_START = re.compile(rf"({_DIVISION})(.+)", re.IGNORECASE)


def letters_together(text: str) -> str | None:
    """A heading set letter by letter with spaces ("P R O L O G U E", "C H A P T E R T H R E E", which a voice spells)
    as its words, where they are a division's label and number or a heading's word ("PROLOGUE", "CHAPTER THREE");
    None for anything else (the spaces between its words are lost, and unknown words are not guessed)."""
    if not _LETTER_SPACED.fullmatch(text):
        return None
    stop = "." if text.endswith(".") else ""
    joined = text.rstrip(".").replace(" ", "")
    if _STANDALONE.match(joined):
        return joined + stop
    match = _DIVISION_AT_START.fullmatch(joined)
    number = match.group(2) if match else ""
    if number.isdigit() or number.isalpha() and (_number_words().get(number.lower()) or roman_value(number.upper())):
        return f"{match.group(1)} {match.group(2)}{stop}"
    return None


_CHAPTER_NUMERAL = re.compile(r"[ivxlc]{1,8}")
NUMBER_WORDS_UP_TO = 100
_NUMBER_WORDS_CHARS = 40  # "dziewięćdziesiąta dziewiąta", "quatre-vingt-dix-neuvième"


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Every way the 11 languages write the numbers up to a hundred as words, in plain words: cardinals, ordinals
    and their feminine forms ("one", "first", "première", "erste", "dwudziesta pierwsza"); no word means two numbers
    in two of them. Built on first use."""
    return {form: number for number in range(NUMBER_WORDS_UP_TO, 0, -1) for form in _spelled(number)}


@lru_cache(maxsize=NUMBER_WORDS_UP_TO)
def _spelled(number: int) -> frozenset[str]:
    """`number`'s words in the 11 languages, in plain words: cardinal, ordinal and the ordinal's feminine ("one",
    "first", "première", "erste"), and German's ordinal with its endings ("Erstes Kapitel", "Kapitel Zwanzigster")."""
    from audiobook.text.languages import SUPPORTED_LANGUAGES
    from audiobook.text.normalize.common import feminine
    from audiobook.text.normalize.numbers import cardinal, ordinal

    forms = set()
    for language in SUPPORTED_LANGUAGES:
        words = ordinal(number, language)
        forms |= {cardinal(number, language), words, feminine(words, language)}
        if language == "de":
            forms |= {f"{words}{ending}" for ending in "nrs"}
    return frozenset(plain_words(form) for form in forms)


def plain_words(text: str) -> str:
    """Lower-case words without punctuation: what two spellings of a title share."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def is_capitalised_line(text: str) -> bool:
    """A short line in capitals ("THE STORM"): a heading in plain-text books that have no others."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (0 < len(text.split()) <= 8 and len(letters) >= 3 and all(ch.isupper() for ch in letters)
            and not text.endswith((",", ";")))


def number_value(text: str) -> int | None:
    """The value of a number in figures, in Roman numerals or in words ("12", "XII.", "Twelve"), else None."""
    return _numeral_value(text) or number_in_words(text)


def _numeral_value(text: str) -> int | None:
    numeral = text.strip().rstrip(".")
    return int(numeral) if numeral.isdecimal() else roman_value(numeral.upper())


_COUNTING_LINE_CHARS = 120
_NUMBER_MARKS = "-–—~*=•·#"
# a number set between marks, as self-published and fan-fiction books set their chapters: "— 1 —", "~ 2 ~", "* III *"
_DECORATED_NUMERAL = re.compile(
    rf"^[{_NUMBER_MARKS}]{{1,4}} ?(\d{{1,4}}|[IVXLCDM]{{1,8}}|[ivxlcdm]{{1,8}})\.? ?[{_NUMBER_MARKS}]{{1,4}}$")
_DECORATED_MAX_CHARS = 24


def decorated_numeral(text: str) -> str | None:
    """The number of a line that is one set between marks ("— 1 —" gives "1"), else None."""
    if text[:1] not in _NUMBER_MARKS or len(text) > _DECORATED_MAX_CHARS:
        return None
    match = _DECORATED_NUMERAL.match(text)
    return match.group(1) if match else None


def counting_lines(texts: list[str]) -> set[int]:
    """Chapters numbered, alone or with a title ("1", "2", "3"; "I.", "II."; "— 1 —", "— 2 —"; "One", "Two"; "I. THE
    FIRST WINTER", "2. The Spring Tide"): the lines that count up from one, two or more of them, with text between.
    The count may start again at one (each part's chapters; the chapters after a contents list of the same lines,
    which has no text between its entries). Lines count together in one form: "One", "Two" beside a "One." said in
    dialogue."""
    runs: dict[tuple[str, bool, bool], list[list[int]]] = {}
    spelled = False  # a "One" seen: only then are number words looked up (most books have no run of them)
    for index, text in enumerate(texts):
        if len(text) > _COUNTING_LINE_CHARS:  # a paragraph
            continue
        if is_numeral_title(text):
            value, form = _numeral_value(text), ("numeral", text.endswith("."), False)
        elif numeral := decorated_numeral(text):
            value, form = _numeral_value(numeral), ("decorated", False, False)
        elif value := _numbered_title(text):
            form = ("titled", False, False)  # "I. THE FIRST WINTER", "II. The Spring Tide"
        elif (spelled or text.rstrip(".").lower() in _spelled(1)) and (value := number_in_words(text)):
            form, spelled = ("words", text.endswith("."), text.isupper()), True
        else:
            continue
        counts = runs.setdefault(form, [])
        if value == 1:
            counts.append([index])
        elif counts and value == len(counts[-1]) + 1 and index > counts[-1][-1] + 1:
            counts[-1].append(index)
    return {index for counts in runs.values() for run in counts if len(run) >= 2 for index in run}


NUMBERED_TITLE_MAX_WORDS = 10
_NUMBERED_TITLE = re.compile(r"^(\d{1,3}|[IVXLC]{1,7})\.?\s*[-—–:.]?\s+(?P<title>\w.*)$")
_TITLE_WORD_LETTERS = 4  # in a title in its own capitals ("The Spring Tide"), words this long start with one


def _numbered_title(text: str) -> int | None:
    """The number of a line that numbers and names a chapter ("I. THE FIRST WINTER", "2. The Spring Tide"):
    a short title in capitals, or with every longer word capitalised (not a list's "1. Preheat the oven")."""
    match = _NUMBERED_TITLE.match(text) if len(text.split()) <= NUMBERED_TITLE_MAX_WORDS else None
    if not match or match.group("title")[-1:] in ".,;:!?":
        return None
    title = match.group("title")
    if not is_capitalised_line(title) and not all(
            word[:1].isupper() for word in title.split() if len(word) >= _TITLE_WORD_LETTERS):
        return None
    return _numeral_value(match.group(1))
