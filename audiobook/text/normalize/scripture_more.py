"""Bible references in German, French, Spanish, Italian, Portuguese, Dutch, Swedish and Catalan: "Joh 3,16" is
"Johannes drei, Vers sechzehn", "1. Kor 13,4-7" "Erster Korinther dreizehn, Verse vier bis sieben", "Jean 3:16"
"Jean trois, verset seize", "1 Co 13,4" "Première Corinthiens treize, verset quatre", "Juan 3:16" "Juan tres,
versículo dieciséis", "1 Co 13:4-7" "Primera de Corintios trece, versículos cuatro al siete", "Gv 3,16" "Giovanni
tre, versetto sedici", "1 Kor. 13:4-7" "Eerste Korintiërs dertien, verzen vier tot zeven", "Joh 3:16" "Johannes
tre, vers sexton", "1 Co 13,4" "Primera Corintis tretze, verset quatre".

Chapter and verse are written with a comma or a colon. Read as numbers they were "drei Komma sechzehn", and with a
colon a clock's "drei Uhr sechzehn", "trois heures seize", "tres y dieciséis". Only after a book's name or its usual
short form; short forms that are also words or a weekday's ("Am", "Mi", "Mo", "Jue", "Gio", "Es") are left out.
(English: `scripture`.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audiobook.text.normalize.numbers import cardinal

# each book's spoken name and its short forms (with or without a full stop)
_BOOKS = {
    "de": {
        "Genesis": "Gen Gn", "Exodus": "Ex Exod", "Levitikus": "Lev Lv", "Numeri": "Num", "Deuteronomium": "Dtn Dt",
        "Josua": "Jos", "Richter": "Ri", "Rut": "Rt", "Samuel": "Sam Sm", "Könige": "Kön", "Chronik": "Chr",
        "Esra": "Esr", "Nehemia": "Neh", "Ester": "Est", "Hiob": "Ijob Ij", "Psalm": "Ps Psalmen", "Sprüche": "Spr",
        "Prediger": "Pred Koh", "Kohelet": "", "Hoheslied": "Hld", "Jesaja": "Jes", "Jeremia": "Jer",
        "Klagelieder": "Klgl", "Hesekiel": "Hes Ez", "Daniel": "Dan Dn", "Hosea": "Hos", "Joel": "", "Amos": "",
        "Obadja": "Obd", "Jona": "Jon", "Micha": "", "Nahum": "Nah", "Habakuk": "Hab", "Zefanja": "Zef",
        "Haggai": "Hag", "Sacharja": "Sach", "Maleachi": "Mal", "Matthäus": "Mt Matth", "Markus": "Mk Mark",
        "Lukas": "Lk Luk", "Johannes": "Joh", "Apostelgeschichte": "Apg", "Römer": "Röm", "Korinther": "Kor",
        "Galater": "Gal", "Epheser": "Eph", "Philipper": "Phil", "Kolosser": "Kol", "Thessalonicher": "Thess",
        "Timotheus": "Tim", "Titus": "Tit", "Philemon": "Phlm", "Hebräer": "Hebr", "Jakobus": "Jak", "Petrus": "Petr",
        "Judas": "Jud", "Offenbarung": "Offb Apk", "Mose": "Mos"},  # not "Mo", Monday
    "fr": {
        "Genèse": "Gn Gen", "Exode": "Ex", "Lévitique": "Lv", "Nombres": "Nb", "Deutéronome": "Dt", "Josué": "Jos",
        "Juges": "Jg", "Ruth": "Rt", "Samuel": "Sam", "Rois": "", "Chroniques": "Ch Chr", "Esdras": "Esd",
        "Néhémie": "Ne Né", "Esther": "Est", "Job": "Jb", "Psaume": "Ps Psaumes", "Proverbes": "Pr Prov",
        "Ecclésiaste": "Qo Ecc", "Isaïe": "Es", "Jérémie": "Jr Jér", "Lamentations": "Lm", "Ézéchiel": "Ez Éz",
        "Daniel": "Dn Dan", "Osée": "", "Joël": "Jl", "Amos": "", "Abdias": "Ab", "Jonas": "Jon", "Michée": "",
        "Nahoum": "", "Habacuc": "Ha", "Sophonie": "So", "Aggée": "Ag", "Zacharie": "Za", "Malachie": "Ml",
        "Matthieu": "Mt", "Marc": "Mc", "Luc": "Lc", "Jean": "Jn", "Actes": "Ac", "Romains": "Rm Rom",
        "Corinthiens": "Co Cor", "Galates": "Ga Gal", "Éphésiens": "Ep Ép Éph", "Philippiens": "Ph Phil",
        "Colossiens": "Col", "Thessaloniciens": "Th Thess", "Timothée": "Tm Tim", "Tite": "Tt", "Philémon": "Phm",
        "Hébreux": "He Hé Héb", "Jacques": "Jc Jq", "Pierre": "Pi", "Jude": "", "Apocalypse": "Ap Apoc"},
    "es": {
        "Génesis": "Gn Gén", "Éxodo": "Ex Éx", "Levítico": "Lv Lev", "Números": "Nm Núm", "Deuteronomio": "Dt",
        "Josué": "Jos", "Jueces": "Jc", "Rut": "Rt", "Samuel": "Sam Sm", "Reyes": "Re", "Crónicas": "Cr Crón",
        "Esdras": "Esd", "Nehemías": "Neh", "Ester": "Est", "Job": "Jb", "Salmo": "Sal Salmos", "Proverbios": "Pr Prov",
        "Eclesiastés": "Ec Ecl", "Isaías": "Is Isa", "Jeremías": "Jer Jr", "Lamentaciones": "Lm Lam",
        "Ezequiel": "Ez", "Daniel": "Dn Dan", "Oseas": "", "Joel": "Jl", "Amós": "", "Abdías": "Abd", "Jonás": "Jon",
        "Miqueas": "Miq", "Nahúm": "Nah", "Habacuc": "Hab", "Sofonías": "Sof", "Hageo": "Hag", "Zacarías": "Zac",
        "Malaquías": "Mal", "Mateo": "Mt", "Marcos": "Mc Mr", "Lucas": "Lc", "Juan": "Jn", "Hechos": "Hch",
        "Romanos": "Ro Rm Rom", "Corintios": "Co Cor", "Gálatas": "Gá Gál", "Efesios": "Ef", "Filipenses": "Flp Fil",
        "Colosenses": "Col", "Tesalonicenses": "Ts Tes", "Timoteo": "Tm Ti Tim", "Tito": "Tit", "Filemón": "Flm",
        "Hebreos": "Heb", "Santiago": "Stg", "Pedro": "Pe", "Judas": "Jud", "Apocalipsis": "Ap Apoc"},
    "it": {
        "Genesi": "Gen Gn", "Esodo": "", "Levitico": "Lv", "Numeri": "Nm", "Deuteronomio": "Dt", "Giosuè": "Gs",
        "Giudici": "Gdc", "Rut": "Rt", "Samuele": "Sam", "Re": "", "Cronache": "Cr", "Esdra": "Esd", "Neemia": "Ne",
        "Ester": "Est", "Giobbe": "Gb", "Salmo": "Sal Salmi", "Proverbi": "Pr Prv", "Qoèlet": "Qo", "Isaia": "Is",
        "Geremia": "Ger", "Lamentazioni": "Lam", "Ezechiele": "Ez", "Daniele": "Dn", "Osea": "", "Gioele": "Gl",
        "Amos": "", "Abdia": "Abd", "Giona": "", "Michea": "Mi", "Naum": "Na", "Abacuc": "Ab", "Sofonia": "Sof",
        "Aggeo": "Ag", "Zaccaria": "Zc", "Malachia": "Ml", "Matteo": "Mt", "Marco": "Mc", "Luca": "Lc",
        "Giovanni": "Gv", "Atti": "At", "Romani": "Rm Rom", "Corinzi": "Cor", "Galati": "Gal", "Efesini": "Ef",
        "Filippesi": "Fil", "Colossesi": "Col", "Tessalonicesi": "Ts", "Timoteo": "Tm", "Tito": "Tt",
        "Filemone": "Fm", "Ebrei": "Eb", "Giacomo": "Gc", "Pietro": "Pt", "Giuda": "Gd", "Apocalisse": "Ap"},
    "pt": {
        "Gênesis": "Gn Gên", "Gênese": "", "Êxodo": "Êx Ex", "Levítico": "Lv", "Números": "Nm", "Deuteronômio": "Dt",
        "Josué": "Js", "Juízes": "Jz", "Rute": "Rt", "Samuel": "Sm", "Reis": "Rs", "Crônicas": "Cr", "Esdras": "Ed",
        "Neemias": "Ne", "Ester": "Et", "Jó": "", "Salmo": "Sl Salmos", "Provérbios": "Pv", "Eclesiastes": "Ec",
        "Isaías": "Is", "Jeremias": "Jr", "Lamentações": "Lm", "Ezequiel": "Ez", "Daniel": "Dn", "Oseias": "",
        "Joel": "Jl", "Amós": "Am", "Obadias": "Ob", "Jonas": "Jn", "Miqueias": "Mq", "Naum": "Na",
        "Habacuque": "Hc", "Sofonias": "Sf", "Ageu": "Ag", "Zacarias": "Zc", "Malaquias": "Ml", "Mateus": "Mt",
        "Marcos": "Mc", "Lucas": "Lc", "João": "Jo", "Atos": "At", "Romanos": "Rm", "Coríntios": "Co",
        "Gálatas": "Gl", "Efésios": "Ef", "Filipenses": "Fp", "Colossenses": "Cl", "Tessalonicenses": "Ts",
        "Timóteo": "Tm", "Tito": "Tt", "Filemom": "Fm", "Hebreus": "Hb", "Tiago": "Tg", "Pedro": "Pe", "Judas": "Jd",
        "Apocalipse": "Ap"},
    "nl": {  # not "Op" (Revelation), a preposition: "Op 3,5 meter"
        "Genesis": "Gen Gn", "Exodus": "Ex Exod", "Leviticus": "Lev Lv", "Numeri": "Num", "Deuteronomium": "Deut Dt",
        "Jozua": "Joz", "Rechters": "Re Recht", "Richteren": "Ri Richt", "Ruth": "", "Samuel": "Sam", "Koningen": "Kon",
        "Kronieken": "Kron", "Ezra": "Ezr", "Nehemia": "Neh", "Ester": "Est", "Job": "", "Psalm": "Ps Psalmen",
        "Spreuken": "Spr", "Prediker": "Pred", "Hooglied": "Hoogl Hgl", "Jesaja": "Jes", "Jeremia": "Jer",
        "Klaagliederen": "Klaagl Kl", "Ezechiël": "Ez Ezech", "Daniël": "Dan", "Hosea": "Hos", "Joël": "", "Amos": "Am",
        "Obadja": "Ob", "Jona": "", "Micha": "", "Nahum": "Nah", "Habakuk": "Hab", "Sefanja": "Sef", "Haggai": "Hag",
        "Zacharia": "Zach", "Maleachi": "Mal", "Matteüs": "Mat Matt Mt", "Mattheüs": "", "Marcus": "Marc Mc Mar",
        "Lucas": "Luc Luk Lc", "Johannes": "Joh", "Handelingen": "Hand", "Romeinen": "Rom", "Korintiërs": "Kor",
        "Korinthiërs": "", "Galaten": "Gal", "Efeziërs": "Ef", "Filippenzen": "Fil", "Kolossenzen": "Kol",
        "Tessalonicenzen": "Tess Thess", "Timoteüs": "Tim", "Titus": "Tit", "Filemon": "Filem", "Hebreeën": "Heb Hebr",
        "Jakobus": "Jak", "Petrus": "Petr", "Judas": "Jud", "Openbaring": "Openb Opb"},
    "sv": {  # the gospels by their evangelist's name, as they are said ("Johannes tre, vers sexton")
        "Moseboken": "Mos", "Josua": "Jos", "Domarboken": "Dom", "Rut": "", "Samuelsboken": "Sam",
        "Kungaboken": "Kung", "Krönikeboken": "Krön", "Esra": "", "Nehemja": "Neh", "Ester": "Est", "Job": "",
        "Psaltaren": "Ps Psalm", "Ordspråksboken": "Ords Ordspr", "Predikaren": "Pred", "Jesaja": "Jes",
        "Jeremia": "Jer", "Klagovisorna": "Klag", "Hesekiel": "Hes", "Daniel": "Dan", "Hosea": "Hos", "Joel": "",
        "Amos": "", "Obadja": "Ob", "Jona": "", "Mika": "", "Nahum": "Nah", "Habackuk": "Hab", "Sefanja": "Sef",
        "Haggai": "Hag", "Sakarja": "Sak", "Malaki": "Mal", "Matteus": "Matt", "Markus": "Mark", "Lukas": "Luk",
        "Johannes": "Joh", "Apostlagärningarna": "Apg", "Romarbrevet": "Rom", "Korinthierbrevet": "Kor",
        "Galaterbrevet": "Gal", "Efesierbrevet": "Ef", "Filipperbrevet": "Fil", "Kolosserbrevet": "Kol",
        "Thessalonikerbrevet": "Tess", "Timotheosbrevet": "Tim", "Titusbrevet": "Tit", "Filemonbrevet": "Filem",
        "Hebreerbrevet": "Hebr", "Jakobsbrevet": "Jak", "Petrusbrevet": "Petr", "Judasbrevet": "Jud",
        "Uppenbarelseboken": "Upp"},
    "ca": {  # not "Ha" (Habakkuk: "ha", has) nor "Sa" (Samuel: the Balearic article)
        "Gènesi": "Gn Gèn", "Èxode": "Ex Èx", "Levític": "Lv", "Nombres": "Nm", "Deuteronomi": "Dt", "Josuè": "Js",
        "Jutges": "Jt", "Rut": "Rt", "Samuel": "Sm", "Reis": "Re", "Cròniques": "Cr", "Esdres": "Esd",
        "Nehemies": "Ne", "Ester": "Est", "Job": "Jb", "Salm": "Sl Salms", "Proverbis": "Pr Prov", "Coèlet": "Coh Ecl",
        "Isaïes": "Is", "Jeremies": "Jr", "Lamentacions": "Lm", "Ezequiel": "Ez", "Daniel": "Dn", "Osees": "Os",
        "Joel": "Jl", "Amós": "Am", "Abdies": "Ab", "Jonàs": "Jon", "Miquees": "Mi", "Nahum": "Na", "Habacuc": "",
        "Sofonies": "So", "Ageu": "Ag", "Zacaries": "Za", "Malaquies": "Ml", "Mateu": "Mt", "Marc": "Mc",
        "Lluc": "Lc", "Joan": "Jn", "Fets": "Ac Fets", "Romans": "Rm", "Corintis": "Co Cor", "Gàlates": "Ga",
        "Efesis": "Ef", "Filipencs": "Fl Flp", "Colossencs": "Col", "Tessalonicencs": "Te Ts", "Timoteu": "Tm",
        "Titus": "Tt", "Filemó": "Flm", "Hebreus": "He", "Jaume": "Jm", "Pere": "Pe", "Judes": "Jud",
        "Apocalipsi": "Ap"},
}


# one letter, a short form only after the book's number ("1 S 3,4", "2 R 2,11")
_NUMBERED_ONLY = {"fr": {"S": "Samuel", "R": "Rois", "P": "Pierre"}, "es": {"S": "Samuel", "R": "Reyes", "P": "Pedro"}}


@dataclass(frozen=True)
class _Reading:
    ordinals: tuple[str, str, str]  # before a numbered book: "Erster Korinther"
    feminine: tuple[str, str, str] | None  # before the books in `feminine_books` (French epistles: "Première")
    feminine_books: frozenset[str]
    verse: str
    verses: str
    to: str


_READINGS = {
    "de": _Reading(("Erster", "Zweiter", "Dritter"), ("Erstes", "Zweites", "Drittes"), frozenset({"Mose"}), "Vers",
                   "Verse", "bis"),  # "Erstes Buch Mose": `_numbered`
    "fr": _Reading(("Premier", "Deuxième", "Troisième"), ("Première", "Deuxième", "Troisième"), frozenset(
        {"Corinthiens", "Thessaloniciens", "Timothée", "Pierre", "Jean"}), "verset", "versets", "à"),
    "es": _Reading(("Primera de", "Segunda de", "Tercera de"), None, frozenset(), "versículo", "versículos", "al"),
    "it": _Reading(("Primo", "Secondo", "Terzo"), ("Prima", "Seconda", "Terza"), frozenset(
        {"Corinzi", "Tessalonicesi", "Timoteo", "Pietro", "Giovanni"}), "versetto", "versetti", "a"),
    "pt": _Reading(("Primeiro", "Segundo", "Terceiro"), ("Primeira", "Segunda", "Terceira"), frozenset(
        {"Coríntios", "Tessalonicenses", "Timóteo", "Pedro", "João"}), "versículo", "versículos", "a"),
    "nl": _Reading(("Eerste", "Tweede", "Derde"), None, frozenset(), "vers", "verzen", "tot"),
    "sv": _Reading(("Första", "Andra", "Tredje"), None, frozenset(), "vers", "verserna", "till"),
    "ca": _Reading(("Primer", "Segon", "Tercer"), ("Primera", "Segona", "Tercera"), frozenset(
        {"Corintis", "Tessalonicencs", "Timoteu", "Pere", "Joan"}), "verset", "versets", "a"),
}


@lru_cache(maxsize=4)
def _reference(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    spoken = {written: name for name, shorts in _BOOKS[language].items() for written in (name, *shorts.split())}
    spoken |= _NUMBERED_ONLY.get(language, {})
    pattern = re.compile(
        r"(?<![\w.])(?:([1-3]|I{1,3})\.?\s?)?"
        rf"({'|'.join(re.escape(written) for written in sorted(spoken, key=len, reverse=True))})\.?\s"
        r"(\d{1,3})[,:]\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?(?![\d:]|,\d)")
    return pattern, spoken


_CHAPTER_VERSE = re.compile(r"\d[,:]\s?\d")
SCRIPTURE_LANGUAGES = frozenset(_BOOKS)


def more_bible_references(text: str, language: str) -> str:
    """`text` with its "Book chapter,verse" references read out in German, French, Spanish, Italian, Portuguese, Dutch,
    Swedish or Catalan (see the module's docstring); other languages' text is returned as it is."""
    if language not in _BOOKS or not _CHAPTER_VERSE.search(text):
        return text
    pattern, spoken = _reference(language)
    reading = _READINGS[language]

    def say(match: re.Match[str]) -> str:
        number, written, chapter, verse, last = match.groups()
        if not number and written in _NUMBERED_ONLY.get(language, {}):
            return match.group(0)  # "S 3,4": not a book without its number
        book = _numbered(spoken[written], number, reading) if number else spoken[written]
        verses = (f"{reading.verses} {cardinal(int(verse), language)} {reading.to} {cardinal(int(last), language)}"
                  if last else f"{reading.verse} {cardinal(int(verse), language)}")
        return f"{book} {cardinal(int(chapter), language)}, {verses}"

    return pattern.sub(say, text)


def _numbered(book: str, number: str, reading: _Reading) -> str:
    index = int(number) - 1 if number.isdigit() else len(number) - 1
    if book in reading.feminine_books and reading.feminine:
        ordinal = reading.feminine[index]
        return f"{ordinal} Buch Mose" if book == "Mose" else f"{ordinal} {book}"
    return f"{reading.ordinals[index]} {book}"
