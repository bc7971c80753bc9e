"""Per-language words and abbreviations for text normalization.

Abbreviations are (pattern, spoken) pairs tried in order; a pattern is a regular
expression matched at a word start, and `spoken` may use its groups, so context can
choose ("St. Paul" is Saint, "Baker St." is Street).
"""

from __future__ import annotations

from collections.abc import Callable

from audiobook.text.normalize.titles import polish_titles, russian_titles

CAPITAL = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁ]"
# a capitalized word before (a name, kept as group 1): "Baker St.", "Mulholland Dr."
AFTER_NAME = rf"({CAPITAL}[a-zà-öø-ÿ]+\s)"
# a capitalized word after (a name): "St. Paul", "Dr. Watson"
BEFORE_NAME = rf"(?=\s+{CAPITAL})"
# a number after (an abbreviation), in figures or as a fraction's sign ("ca. 1/3", as "⅓" by then)
A_NUMBER_AFTER = r"(?=\s*[\d½¼¾⅓⅔])"

WORDS: dict[str, dict[str, str]] = {
    "en": {"percent": "percent", "at": "at", "dot": "dot", "slash": "slash", "dash": "dash", "and": "and",
           "plus": "plus", "equals": "equals", "degrees": "degrees", "to": "to", "section": "section",
           "number": "number", "times": "times",
           "underscore": "underscore", "question mark": "question mark"},
    "ca": {"percent": "per cent", "at": "arrova", "dot": "punt", "slash": "barra", "dash": "guió", "and": "i",
           "plus": "més", "equals": "igual a", "degrees": "graus", "to": "a", "section": "secció",
           "number": "número", "times": "per",
           "underscore": "guió baix", "question mark": "interrogant"},
    "sv": {"percent": "procent", "at": "snabel-a", "dot": "punkt", "slash": "snedstreck", "dash": "bindestreck",
           "and": "och", "plus": "plus", "equals": "är lika med", "degrees": "grader", "to": "till",
           "section": "paragraf", "number": "nummer", "times": "gånger",
           "underscore": "understreck", "question mark": "frågetecken"},
    "es": {"percent": "por ciento", "at": "arroba", "dot": "punto", "slash": "barra", "dash": "guion", "and": "y",
           "plus": "más", "equals": "igual a", "degrees": "grados", "to": "a", "section": "sección",
           "number": "número", "times": "por",
           "underscore": "guion bajo", "question mark": "signo de interrogación"},
    "fr": {"percent": "pour cent", "at": "arobase", "dot": "point", "slash": "barre oblique", "dash": "tiret",
           "and": "et", "plus": "plus", "equals": "égale", "degrees": "degrés", "to": "à", "section": "paragraphe",
           "number": "numéro", "times": "fois",
           "underscore": "tiret bas", "question mark": "point d’interrogation"},
    "de": {"percent": "Prozent", "at": "at", "dot": "Punkt", "slash": "Schrägstrich", "dash": "Bindestrich",
           "and": "und", "plus": "plus", "equals": "gleich", "degrees": "Grad", "to": "bis", "section": "Paragraf",
           "number": "Nummer", "times": "mal",
           "underscore": "Unterstrich", "question mark": "Fragezeichen"},
    "it": {"percent": "per cento", "at": "chiocciola", "dot": "punto", "slash": "barra", "dash": "trattino",
           "and": "e", "plus": "più", "equals": "uguale a", "degrees": "gradi", "to": "a", "section": "paragrafo",
           "number": "numero", "times": "per",
           "underscore": "trattino basso", "question mark": "punto interrogativo"},
    "pt": {"percent": "por cento", "at": "arroba", "dot": "ponto", "slash": "barra", "dash": "hífen", "and": "e",
           "plus": "mais", "equals": "igual a", "degrees": "graus", "to": "a", "section": "secção",
           "number": "número", "times": "vezes",
           "underscore": "sublinhado", "question mark": "ponto de interrogação"},
    "pl": {"percent": "procent", "at": "małpa", "dot": "kropka", "slash": "ukośnik", "dash": "myślnik", "and": "i",
           "plus": "plus", "equals": "równa się", "degrees": "stopni", "to": "do", "section": "paragraf",
           "number": "numer", "times": "razy",
           "underscore": "podkreślnik", "question mark": "znak zapytania"},
    "ru": {"percent": "процентов", "at": "собака", "dot": "точка", "slash": "слэш", "dash": "дефис", "and": "и",
           "plus": "плюс", "equals": "равно", "degrees": "градусов", "to": "до", "section": "параграф",
           "number": "номер", "times": "на",
           "underscore": "нижнее подчёркивание", "question mark": "вопросительный знак"},
    "nl": {"percent": "procent", "at": "apenstaartje", "dot": "punt", "slash": "slash", "dash": "streepje",
           "and": "en", "plus": "plus", "equals": "is gelijk aan", "degrees": "graden", "to": "tot",
           "section": "paragraaf", "number": "nummer", "times": "keer",
           "underscore": "underscore", "question mark": "vraagteken"},
}
# Russian "процент" and Polish and Russian degrees by plural form (1, 2-4, 5+)
RU_PERCENT = ("процент", "процента", "процентов")
DEGREES = {"pl": ("stopień", "stopnie", "stopni"), "ru": ("градус", "градуса", "градусов")}
# one degree, where the word has a singular of its own
DEGREE = {"en": "degree", "ca": "grau", "sv": "grad", "es": "grado", "fr": "degré", "de": "Grad", "it": "grado",
          "pt": "grau", "nl": "graad"}
_SCALES = {"ru": ("по Цельсию", "по Фаренгейту"), "pl": ("Celsjusza", "Fahrenheita")}
# "~50 km": espeak-ng read "tilde"
# "5 ± 2" and "≈ 10" (espeak-ng switched to English for them in Spanish, Catalan and, for "≈", French)
# "§§ 6-8": the plural of each language's "§" ("§section six" was heard)
SECTIONS = {"en": "sections", "ca": "seccions", "sv": "paragrafer", "es": "secciones", "fr": "paragraphes",
            "de": "Paragrafen", "it": "paragrafi", "pt": "secções", "pl": "paragrafy", "ru": "параграфы",
            "nl": "paragrafen"}
# "¶ 4": a paragraph of a text ("¶four" was heard), which German, Swedish, Polish and Russian tell from "§" (a law's
# paragraph) and French calls an "alinéa"
PARAGRAPH_SIGN = {"en": "paragraph", "ca": "paràgraf", "sv": "stycke", "es": "párrafo", "fr": "alinéa",
                  "de": "Absatz", "it": "capoverso", "pt": "parágrafo", "pl": "akapit", "ru": "абзац", "nl": "alinea"}
# "350°F/180°C": one temperature in two scales ("Fahrenheit slash one hundred and eighty" was heard)
OR = {"en": "or", "ca": "o", "sv": "eller", "es": "o", "fr": "ou", "de": "oder", "it": "o", "pt": "ou", "pl": "lub",
      "ru": "или", "nl": "of"}
PLUS_MINUS = {"en": "plus or minus", "ca": "més o menys", "sv": "plus minus", "es": "más o menos",
              "fr": "plus ou moins", "de": "plus minus", "it": "più o meno", "pt": "mais ou menos",
              "pl": "plus minus", "ru": "плюс-минус", "nl": "plus of min"}
APPROXIMATELY = {"en": "approximately", "ca": "aproximadament", "sv": "ungefär", "es": "aproximadamente",
                 "fr": "environ", "de": "ungefähr", "it": "circa", "pt": "aproximadamente", "pl": "około",
                 "ru": "примерно", "nl": "ongeveer"}
# comparisons before a number ("p < 0.05", "<5%", "x ≥ 10"): espeak-ng read none of "<" and ">" in any language;
# (less than, greater than, at most, at least), each a phrase the number follows
COMPARISONS = {
    "en": ("less than", "greater than", "less than or equal to", "greater than or equal to"),
    "ca": ("menor que", "major que", "menor o igual que", "major o igual que"),
    "sv": ("mindre än", "större än", "mindre än eller lika med", "större än eller lika med"),
    "es": ("menor que", "mayor que", "menor o igual que", "mayor o igual que"),
    "fr": ("inférieur à", "supérieur à", "inférieur ou égal à", "supérieur ou égal à"),
    "de": ("kleiner als", "größer als", "kleiner oder gleich", "größer oder gleich"),
    "it": ("minore di", "maggiore di", "minore o uguale a", "maggiore o uguale a"),
    "pt": ("menor que", "maior que", "menor ou igual a", "maior ou igual a"),
    "pl": ("mniejsze niż", "większe niż", "mniejsze lub równe", "większe lub równe"),
    "ru": ("меньше", "больше", "меньше или равно", "больше или равно"),
    "nl": ("kleiner dan", "groter dan", "kleiner dan of gelijk aan", "groter dan of gelijk aan"),
}
# geographic coordinates ("48°51′N 2°21′E", "48.8566° N"): (minute, minutes, second, seconds) of arc, and the
# compass letters' words, "O" the east in German and Dutch and the west in the Romance languages
COORDINATES = {
    "en": (("minute", "minutes", "second", "seconds"), {"N": "north", "S": "south", "E": "east", "W": "west"}),
    "fr": (("minute", "minutes", "seconde", "secondes"), {"N": "nord", "S": "sud", "E": "est", "O": "ouest",
                                                          "W": "ouest"}),
    "de": (("Minute", "Minuten", "Sekunde", "Sekunden"), {"N": "Nord", "S": "Süd", "O": "Ost", "E": "Ost",
                                                          "W": "West"}),
    "es": (("minuto", "minutos", "segundo", "segundos"), {"N": "norte", "S": "sur", "E": "este", "O": "oeste",
                                                          "W": "oeste"}),
    "it": (("primo", "primi", "secondo", "secondi"), {"N": "nord", "S": "sud", "E": "est", "O": "ovest",
                                                      "W": "ovest"}),
    "pt": (("minuto", "minutos", "segundo", "segundos"), {"N": "norte", "S": "sul", "E": "leste", "L": "leste",
                                                          "O": "oeste", "W": "oeste"}),
    "ca": (("minut", "minuts", "segon", "segons"), {"N": "nord", "S": "sud", "E": "est", "O": "oest", "W": "oest"}),
    "nl": (("minuut", "minuten", "seconde", "seconden"), {"N": "noord", "Z": "zuid", "S": "zuid", "O": "oost",
                                                          "E": "oost", "W": "west"}),
    "sv": (("minut", "minuter", "sekund", "sekunder"), {"N": "nord", "S": "syd", "Ö": "öst", "E": "öst",
                                                        "V": "väst", "W": "väst"}),
    # Polish and Russian: the minutes and seconds as the units' abbreviations, which `units` reads in the count's form
    "pl": (("min", "min", "s", "s"), {"N": "szerokości północnej", "S": "szerokości południowej",
                                      "E": "długości wschodniej", "W": "długości zachodniej"}),
    "ru": (("мин", "мин", "сек", "сек"), {"N": "северной широты", "S": "южной широты", "E": "восточной долготы",
                                          "W": "западной долготы"}),
}
ABOUT = {"en": "about", "ca": "uns", "sv": "cirka", "es": "unos", "fr": "environ", "de": "etwa", "it": "circa",
         "pt": "cerca de", "pl": "około", "ru": "около", "nl": "ongeveer"}
for _language, _words in WORDS.items():
    _words["celsius"], _words["fahrenheit"] = _SCALES.get(_language, ("Celsius", "Fahrenheit"))

# words before a Roman numeral that make it a number: "Chapter IV", "Livre II"
NUMBERED_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("chapter", "part", "book", "volume", "act", "scene", "section", "canto", "psalm", "letter", "song",
           "stave", "poem", "sonnet", "lesson", "lecture", "article", "appendix", "plate", "figure", "table"),
    "ca": ("capítol", "part", "llibre", "volum", "tom", "acte", "escena"),
    "sv": ("kapitel", "del", "bok", "akt", "scen"),
    "es": ("capítulo", "parte", "libro", "volumen", "tomo", "acto", "escena", "canto"),
    "fr": ("chapitre", "partie", "livre", "tome", "volume", "acte", "scène", "chant"),
    "de": ("kapitel", "teil", "buch", "band", "akt", "szene"),
    "it": ("capitolo", "parte", "libro", "volume", "tomo", "atto", "scena", "canto"),
    "pt": ("capítulo", "parte", "livro", "volume", "tomo", "ato", "acto", "cena", "canto"),
    "pl": ("rozdział", "część", "księga", "tom", "akt", "scena"),
    "ru": ("глава", "часть", "книга", "том", "акт", "сцена"),
    "nl": ("hoofdstuk", "deel", "boek", "bedrijf", "scène"),
}
# their singular's other cases, after a preposition or a verb ("w rozdziale III", "zobacz księgę XII", "в главе III";
# espeak-ng spelled the numeral, "i i i", in Russian in its English voice)
NUMBERED_PARTS_OBLIQUE: dict[str, tuple[str, ...]] = {
    "pl": ("rozdziale", "rozdziału", "rozdziałem", "księdze", "księgę", "księgą", "tomie", "tomu", "tomem", "akcie",
           "aktu", "aktem", "scenie", "scenę", "sceną", "częścią"),
    "ru": ("главе", "главу", "главой", "книге", "книгу", "книгой", "томе", "томом", "части", "частью", "акте",
           "акту", "актом", "сцене", "сцену", "сценой"),
}
# their plurals, before a list or a range of numerals ("Chapters II and III", "les chapitres II à IV")
NUMBERED_PARTS_PLURAL: dict[str, tuple[str, ...]] = {
    "en": ("chapters", "parts", "books", "volumes", "acts", "scenes", "sections", "cantos", "psalms", "letters",
           "songs", "staves", "poems", "sonnets", "lessons", "lectures", "articles", "appendices", "plates",
           "figures", "tables"),
    "ca": ("capítols", "parts", "llibres", "volums", "toms", "actes", "escenes"),
    "sv": ("delar", "böcker", "akter", "scener"),
    "es": ("capítulos", "partes", "libros", "volúmenes", "tomos", "actos", "escenas", "cantos"),
    "fr": ("chapitres", "parties", "livres", "tomes", "volumes", "actes", "scènes", "chants"),
    "de": ("teile", "bücher", "bände", "akte", "szenen"),
    "it": ("capitoli", "parti", "libri", "volumi", "tomi", "atti", "scene", "canti"),
    "pt": ("capítulos", "partes", "livros", "volumes", "tomos", "atos", "actos", "cenas", "cantos"),
    "pl": ("rozdziały", "części", "księgi", "tomy", "akty", "sceny"),
    "ru": ("главы", "части", "книги", "тома", "акты", "сцены"),
    "nl": ("hoofdstukken", "delen", "boeken", "bedrijven", "scènes"),
}

# words before a number written as chapter and place in it ("Figure 3-2", "Listing 1-1"): a label, never a range
FIGURE_LABELS: dict[str, frozenset[str]] = {language: frozenset(words.split()) for language, words in {
    "en": "figure fig listing table example exercise equation eq plate map chart diagram illustration program exhibit",
    "ca": "figura fig taula exemple exercici equació il·lustració",
    "sv": "figur fig tabell exempel övning ekvation",
    "es": "figura fig tabla ejemplo ejercicio ecuación listado ilustración",
    "fr": "figure fig tableau exemple exercice équation listing illustration",
    "de": "abbildung abb tabelle tab beispiel übung gleichung listing",
    "it": "figura fig tabella esempio esercizio equazione listato",
    "pt": "figura fig tabela exemplo exercício equação listagem",
    "pl": "rysunek rys rycina tabela tab przykład ćwiczenie równanie listing",
    "ru": "рисунок рис таблица табл пример упражнение листинг",
    "nl": "figuur fig tabel voorbeeld oefening vergelijking",
}.items()}

# names that take a regnal number: "Henry VIII" is "Henry the eighth" in English, "Louis XIV" "Louis quatorze"
REGNAL_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Henry", "Richard", "Edward", "George", "William", "James", "Charles", "Louis", "Elizabeth", "Mary",
           "John", "Pius", "Leo", "Gregory", "Innocent", "Benedict", "Clement", "Boniface", "Urban", "Paul",
           "Philip", "Frederick", "Peter", "Catherine", "Alexander", "Nicholas", "Ivan", "Ludwig", "Napoleon",
           "Ferdinand", "Francis", "Alfonso", "Gustavus", "Victor Emmanuel", "Umberto", "Otto", "Wilhelm",
           "Edmund", "Harold", "Malcolm", "David", "Robert", "Constantine", "Ramses", "Ptolemy", "Antiochus"),
    "fr": ("Louis", "Henri", "Charles", "François", "Philippe", "Jean", "Napoléon", "Pie", "Léon", "Grégoire",
           "Innocent", "Benoît", "Clément", "Paul", "Pierre", "Catherine", "Élisabeth", "Édouard", "Guillaume",
           "Richard", "Frédéric", "Alexandre", "Nicolas", "Ferdinand", "Jacques", "Georges"),
    "es": ("Felipe", "Carlos", "Fernando", "Alfonso", "Enrique", "Juan", "Juan Carlos", "Juan Pablo", "Isabel", "Pedro",
           "Jaime", "Sancho", "Luis", "Pío", "León", "Gregorio", "Benedicto", "Clemente", "Inocencio", "Urbano",
           "Pablo", "Francisco", "Napoleón", "Federico", "Guillermo", "Jorge", "Eduardo", "Ricardo", "Catalina",
           "María", "Juana", "Leopoldo", "Ramiro", "Ordoño", "Bermudo", "García", "Alejandro", "Nicolás"),
    "it": ("Luigi", "Carlo", "Enrico", "Vittorio Emanuele", "Umberto", "Ferdinando", "Francesco", "Federico",
           "Filippo", "Pio", "Leone", "Gregorio", "Giovanni", "Giovanni Paolo", "Benedetto", "Clemente", "Innocenzo",
           "Urbano", "Paolo", "Giulio", "Sisto", "Alessandro", "Napoleone", "Elisabetta", "Maria", "Guglielmo",
           "Giorgio", "Edoardo", "Riccardo", "Caterina", "Pietro", "Ottone", "Amedeo", "Giovanna", "Nicola"),
    "pt": ("Pedro", "João", "Afonso", "Manuel", "Sebastião", "José", "Carlos", "Luís", "Miguel", "Maria", "Filipe",
           "Dinis", "Fernando", "Henrique", "Duarte", "Pio", "Leão", "Gregório", "Bento", "Clemente", "Inocêncio",
           "Urbano", "Paulo", "João Paulo", "Napoleão", "Isabel", "Jorge", "Eduardo", "Guilherme", "Catarina"),
    "ca": ("Jaume", "Pere", "Alfons", "Ramon Berenguer", "Joan", "Martí", "Ferran", "Felip", "Carles", "Lluís",
           "Enric", "Isabel", "Pius", "Lleó", "Gregori", "Benet", "Climent", "Innocenci", "Urbà", "Pau", "Joan Pau",
           "Napoleó", "Jordi", "Eduard", "Guillem", "Caterina", "Maria", "Joana"),
    "nl": ("Willem", "Lodewijk", "Karel", "Filips", "Hendrik", "Frederik", "Leopold", "Albert", "Boudewijn",
           "Pius", "Leo", "Gregorius", "Johannes", "Johannes Paulus", "Benedictus", "Clemens", "Innocentius",
           "Urbanus", "Paulus", "Napoleon", "Elizabeth", "Maria", "George", "Eduard", "Richard", "Catharina",
           "Peter", "Jacobus", "Alexander", "Nicolaas"),
    "sv": ("Gustav", "Karl", "Erik", "Johan", "Kristina", "Oskar", "Fredrik", "Adolf Fredrik", "Magnus", "Albrekt",
           "Pius", "Leo", "Gregorius", "Johannes", "Benedictus", "Klemens", "Innocentius", "Urban", "Paulus",
           "Napoleon", "Elisabet", "Maria", "Georg", "Edvard", "Henrik", "Ludvig", "Katarina", "Peter", "Vilhelm",
           "Kristian", "Frederik", "Alexander", "Nikolaj",
           # the kings' own spellings: "Carl XVI Gustaf", "Oscar II"
           "Carl", "Gustaf", "Oscar", "Christian", "Christina", "Sigismund"),
    "de": ("Ludwig", "Friedrich", "Wilhelm", "Karl", "Heinrich", "Otto", "Konrad", "Maximilian", "Leopold", "Joseph",
           "Franz", "Ferdinand", "Rudolf", "Albrecht", "Sigismund", "Friedrich Wilhelm", "Georg", "Eduard", "Richard",
           "Elisabeth", "Maria", "Katharina", "Peter", "Pius", "Leo", "Gregor", "Johannes", "Johannes Paul",
           "Benedikt", "Clemens", "Innozenz", "Urban", "Paul", "Napoleon", "Philipp", "August", "Alexander",
           "Nikolaus"),
    "pl": ("Zygmunt", "Kazimierz", "Władysław", "Bolesław", "Mieszko", "Henryk", "Jan", "Stefan", "August",
           "Stanisław", "Aleksander", "Jan Kazimierz", "Michał", "Pius", "Leon", "Grzegorz", "Jan Paweł", "Benedykt",
           "Klemens", "Innocenty", "Urban", "Paweł", "Napoleon", "Elżbieta", "Maria", "Jerzy", "Edward", "Ryszard",
           "Katarzyna", "Piotr", "Ludwik", "Karol", "Fryderyk", "Wilhelm", "Mikołaj", "Anna"),
    "ru": ("Пётр", "Петр", "Иван", "Екатерина", "Александр", "Николай", "Павел", "Елизавета", "Анна", "Фёдор",
           "Федор", "Василий", "Михаил", "Алексей", "Борис", "Людовик", "Карл", "Генрих", "Фридрих", "Вильгельм",
           "Георг", "Эдуард", "Ричард", "Наполеон", "Пий", "Лев", "Григорий", "Иоанн", "Иоанн Павел", "Бенедикт",
           "Климент", "Иннокентий", "Урбан", "Мария", "Франциск", "Филипп", "Густав"),
}
# queens and empresses: their number is feminine where the language says so ("Isabel segunda", "Екатерина Вторая")
REGNAL_FEMININE: dict[str, frozenset[str]] = {
    "es": frozenset({"Isabel", "Catalina", "María", "Juana"}),
    "it": frozenset({"Elisabetta", "Maria", "Caterina", "Giovanna"}),
    "pt": frozenset({"Maria", "Isabel", "Catarina"}),
    "ca": frozenset({"Isabel", "Caterina", "Maria", "Joana"}),
    "sv": frozenset({"Kristina", "Elisabet", "Maria", "Katarina"}),
    "de": frozenset({"Elisabeth", "Maria", "Katharina"}),
    "pl": frozenset({"Elżbieta", "Maria", "Katarzyna", "Anna"}),
    "ru": frozenset({"Екатерина", "Елизавета", "Анна", "Мария"}),
}

# abbreviations read only before a number ("p. 45", "Nov. 2"; not "I met Jan."), each written with its full stop:
# looked for only in text with digits (most text has none)
def _place(short: str, before: str, nominative: str,
           *cases: tuple[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """A place's abbreviation before its name ("pl. Zamkowy", "оз. Байкал") in the case its preposition asks: each
    of `cases` is (prepositions, the form after them); else the nominative."""
    return [*((rf"{short}\.(?<=\b{preposition} {short}\.){before}", form)
              for prepositions, form in cases for preposition in prepositions),
            (rf"{short}\.{before}", nominative)]


_RU_BEFORE_NAME = r"(?=\s+[А-ЯЁ])"
_RU_LOCATIVE_PLACE = ("[нН]а",)
_RU_GENITIVE_PLACE = ("[уУ]", "[оО]коло", "[вВ]озле", "[оО]т", "[дД]о", "[иИ]з")


def _russian_place(short: str, nominative: str, prepositional: str, genitive: str) -> list[tuple[str, str]]:
    """"на пл. Революции" "на площади", "у оз. Байкал" "у озера", "пр. Мира" "проспект"."""
    return _place(short, _RU_BEFORE_NAME, nominative, (_RU_LOCATIVE_PLACE, prepositional),
                  (_RU_GENITIVE_PLACE, genitive))


_PL_BEFORE_NAME = r"(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])"
_PL_LOCATIVE_PLACE = ("[wW]", "[wW]e", "[nN]a", "przy", "[oO]", "[pP]o")
_PL_GENITIVE_PLACE = ("[zZ]", "[zZ]e", "[dD]o", "[oO]d", "[uU]", "obok", "koło", "wzdłuż")


def _polish_place(short: str, nominative: str, locative: str, genitive: str,
                  before: str = _PL_BEFORE_NAME) -> list[tuple[str, str]]:
    """"na pl. Zamkowym" "na placu", "z pl. Bankowego" "z placu", "w woj. mazowieckim" "w województwie"."""
    return _place(short, before, nominative, (_PL_LOCATIVE_PLACE, locative), (_PL_GENITIVE_PLACE, genitive))


def _majesties(*forms: tuple[str, str]) -> list[tuple[str, str]]:
    """A sovereign's, a pope's, an ambassador's form of address in letters ("S. M. el Rey" "Su Majestad", "LL. MM."
    "Leurs Majestés"; espeak-ng read the letters, and French "M." was "Monsieur"), where no name follows: "S. M.
    Dupont" and "S. M. Maggiore" are initials and Santa Maria. Each of `forms` is (the letters, the words); the
    letters are written with a space or none after each stop, and three before two ("S. A. R." before "S. A.")."""
    rows = []
    for letters, words in forms:
        pattern = r"\. ?".join(letters.replace(".", "").split()) + r"\.(?!\w)(?!\s+[A-ZÀ-Ý])"
        rows.append((pattern, words))
    return rows


def _before_a_name(*forms: tuple[str, str], particles: str = "") -> list[tuple[str, str]]:
    """Ranks, offices and callings before a name ("Cap. López", "burg. van Dam" with `particles`, the words a name
    may start with); each of `forms` is (the abbreviation as written, the words). Not before a Roman numeral: "Cap.
    III" is a chapter."""
    particle = rf"(?:(?:{particles})\s+)*" if particles else ""
    return [(short.replace(".", r"\.") + rf"(?=\s+{particle}(?![IVXLC]+\b){CAPITAL})", words) for short, words in forms]

ABBREVIATIONS_BEFORE_NUMBERS: dict[str, dict[str, str]] = {
    "en": {"pp": "pages", "p": "page", "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
           "Jun": "June", "Jul": "July", "Aug": "August", "Sept": "September", "Sep": "September", "Oct": "October",
           "Nov": "November", "Dec": "December", "Fig": "Figure", "fig": "figure", "Sec": "Section", "ch": "chapter",
           "Eq": "Equation", "ca": "circa", "Figs": "Figures", "figs": "figures", "sect": "section",
           "Sect": "Section", "vv": "verses", "ll": "lines", "paras": "paragraphs", "para": "paragraph",
           "ext": "extension", "Apt": "Apartment", "apt": "apartment", "Bldg": "Building", "Rm": "Room", "tab": "table",
           "art": "article", "arts": "articles", "Ste": "Suite", "Fl": "Floor", "Pt": "Part", "Op": "Opus",
           "op": "opus", "fol": "folio", "fols": "folios", "ff": "folios", "sc": "scene",  # a composer's "Op. 67"
           "Lv": "Level", "Lvl": "Level", "lv": "level", "lvl": "level"},  # a game's or a LitRPG's "Fireball Lv.3"
    # (espeak-ng: "op"); a manuscript's folio ("fol. 23"; a poem's line, "l. 5", is `ABBREVIATIONS`')
    # a figure's, a table's, a page's, an article's label (espeak-ng read "fig" and "art" as words, and spelled
    # "рис", "tab", "p")
    "fr": {"fig": "figure", "tab": "tableau", "op": "opus", "appt": "appartement"},
    "es": {"fig": "figura", "tab": "tabla", "p": "página", "pp": "páginas", "págs": "páginas", "op": "opus",
           "apto": "apartamento", "dpto": "departamento"},  # a flat's number: "apto. 5", "dpto. 3"
    "it": {"fig": "figura", "tab": "tabella", "art": "articolo", "artt": "articoli", "p": "pagina", "pp": "pagine",
           "op": "opus"},
    "pt": {"fig": "figura", "tab": "tabela", "p": "página", "pp": "páginas", "págs": "páginas", "apto": "apartamento",
           "apt": "apartamento"},
    "ca": {"fig": "figura", "art": "article", "p": "pàgina", "pp": "pàgines", "pàgs": "pàgines"},
    "nl": {"fig": "figuur", "tab": "tabel", "art": "artikel", "p": "pagina", "pp": "pagina's", "op": "opus"},
    "sv": {"fig": "figur", "tab": "tabell", "art": "artikel", "op": "opus"}, "de": {"tab": "Tabelle", "op": "opus"},
    "pl": {"rys": "rysunek", "tab": "tabela"}, "ru": {"рис": "рисунок", "табл": "таблица"},
}


# a century's noun, as a look-behind's fixed text: before an era it says the era is the century's ("II sec. a.C.")
_CENTURY_WORDS = (r"sec\.", "secolo", "secoli", "siglo", "siglos", "século", "séculos", r"séc\.", "segle", "segles")


def _era(letter: str, spoken: str) -> list[tuple[str, str]]:
    """"44 a. C." / "44 a.C." (after a year or a century's numeral, or its abbreviated noun: "II sec. a.C."; not
    elsewhere: "A. C. Doyle" is a name)."""
    after_century = "".join(rf"|(?<={word} {letter}\.C\.)" for word in _CENTURY_WORDS)
    return [(rf"{letter}\. C\.(?<=[\dIVXLC] {letter}\. C\.)", spoken),
            (rf"{letter}\.C\.(?:(?<=[\dIVXLC] {letter}\.C\.){after_century})", spoken)]


# saints' names after "S." (a list: "S." before any other name is an initial, "S. Rossi"); espeak-ng read
# "S. Pietro" as "esse. Pietro", and "S. Paulo" as "esse Paulo"
_IT_SAINTS = ("Pietro|Paolo|Giovanni|Marco|Francesco|Giuseppe|Lorenzo|Michele|Giorgio|Luca|Matteo|Nicola|"
              "Gennaro|Domenico|Benedetto|Martino|Sebastiano|Bartolomeo|Giacomo|Filippo|Tommaso|Simone|Girolamo|"
              "Gregorio|Leone|Carlo|Rocco|Biagio|Vito|Gaetano|Gimignano|Miniato|Pellegrino|Cristoforo|Bernardino|"
              "Basilio|Nazario|Vitale|Babila|Celso|Fedele|Firenze|Remo|Romolo|Rufino|Salvatore|Valentino|Petronio|"
              "Maria|Anna|Chiara|Caterina|Lucia|Agata|Cecilia|Teresa|Rita|Croce|Sabina|Prassede|Margherita|Giustina|"
              "Antonio|Agostino|Ambrogio|Andrea|Angelo|Anselmo|Alessandro|Onofrio|Elena|Agnese|Eufemia|Orsola|"
              "Stefano|Spirito|Zeno|Zaccaria|Severo|Sisto|Eustachio|Ilario|Egidio|Elia|Eusebio|Ignazio|Apollinare|"
              "Apollonia|Ivo|Oliva|Ermete|Erasmo")
_PT_SAINTS = ("Paulo|Pedro|João|Tomé|Vicente|Jorge|Francisco|Bento|Sebastião|Miguel|José|Lourenço|Mamede|Roque|"
              "Martinho|Gonçalo|Brás|Cristóvão|Domingos|Salvador|Luís|Marcos|Mateus|Tiago|Bartolomeu|Julião|"
              "Torcato|Nicolau|Cosme|Caetano|Carlos|Bernardo|Romão|Simão|Filipe|Félix|Jerónimo|Jerônimo|Lucas|"
              "Maria|Clara|Catarina|Luzia|Bárbara|Teresa|Isabel|Marta|Cruz|Rita|Comba|Eulália|Joana|Apolónia|"
              "António|Antônio|André|Amaro|Agostinho|Inácio|Estêvão|Ildefonso|Onofre|Antão|Ovídio|Adrião|Aleixo|"
              "Eleutério|Emilião|Isidoro|Amaro")
_IT_FEMININE = "Maria|Anna|Chiara|Caterina|Lucia|Agata|Cecilia|Teresa|Rita|Croce|Sabina|Prassede|Margherita|" \
               "Giustina|Elena|Agnese|Eufemia|Orsola|Apollonia|Oliva"
_PT_FEMININE = "Maria|Clara|Catarina|Luzia|Bárbara|Teresa|Isabel|Marta|Cruz|Rita|Comba|Eulália|Joana|Apolónia"


def _saints(feminine: str, names: str, *, vowel_masculine: str, vowel_feminine: str, impure: str, masculine: str
            ) -> list[tuple[str, str]]:
    """"S." before a saint's name, by gender and the name's first sounds ("San Pietro", "Santo Stefano",
    "Sant'Antonio", "Santa Maria"; "São Paulo", "Santo António", "Santa Clara")."""
    return [
        (rf"S\.(?=\s+(?:{feminine})\b)(?=\s+[AEIOUÁÉÍÓÚÀÈÌÒÙ])\s+", vowel_feminine),
        (rf"S\.(?=\s+(?:{feminine})\b)", "Santa"),
        (rf"S\.(?=\s+(?:{names})\b)(?=\s+[AEIOUÁÉÍÓÚÀÈÌÒÙ])\s+", vowel_masculine),
        (rf"S\.(?=\s+(?:{names})\b)(?=\s+(?:S[bcdfgmnpqt]|Z))", impure),
        (rf"S\.(?=\s+(?:{names})\b)", masculine),
    ]


# the older abbreviations of US states ("Ill.", "Conn."), read after a city's name (`ABBREVIATIONS`)
US_STATES = {"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
             "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
             "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "Md": "Maryland", "Mass": "Massachusetts",
             "Mich": "Michigan", "Minn": "Minnesota", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
             "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Penn": "Pennsylvania", "Tenn": "Tennessee",
             "Tex": "Texas", "Va": "Virginia", "Vt": "Vermont", "Wash": "Washington", "Wis": "Wisconsin",
             "Wyo": "Wyoming", "N.Y": "New York", "N.J": "New Jersey", "N.H": "New Hampshire", "N.C": "North Carolina",
             "S.C": "South Carolina", "W.Va": "West Virginia", "R.I": "Rhode Island"}
# words that open a sentence and are no saint's name: "Baker St. Then we left" ends the street's sentence
# English words that open sentences: after an abbreviation's or an initial's stop, the stop may end one ("Baker St.
# Then", "He got a C. Then he left")
SENTENCE_OPENERS = frozenset(
    "The A An And But Or So Yet For Nor If As When While Then There Here This That These Those It Its He She They "
    "We You I His Her Their Our My Your What Who Why How Where Which After Before Later Now Soon In On At By With "
    "From To Of Not No Yes All Some Many Most One Each Every Both Such Only Even Still Also Just Once Since Until "
    "Although Though Because However Meanwhile Finally First Next Last Today Perhaps Maybe Indeed Thus Instead Do "
    "Does Did Is Are Was Were Have Has Had Can Could Will Would Should May Might Must Let Please Oh Well".split())
# German capitalises its nouns, so a capital after a full stop says nothing: these words do start a sentence there
# ("3 Mio. Die Firma"), a noun goes on with it ("3 Mio. Euro")
GERMAN_SENTENCE_OPENERS = frozenset(
    "Der Die Das Dem Den Des Ein Eine Einen Einem Einer Eines Kein Keine Dieser Diese Dieses Diesen Jeder Jede "
    "Jedes Alle Viele Einige Mein Meine Sein Seine Ihr Ihre Unser Unsere Ich Du Er Sie Es Wir Man Wer Was Wie Wo "
    "Wann Warum Welche Welcher Welches Dies Und Aber Oder Denn Doch Dann Da Als Wenn Weil Ob Obwohl Damit Dass Nun "
    "Jetzt Heute Gestern Hier Dort So Auch Noch Schon Nur Zwar Also Deshalb Daher Trotzdem Außerdem Danach Dabei "
    "Darauf Damals Bereits Inzwischen Immerhin Jedoch Zudem Allerdings Vielleicht Nicht Nie Ja Nein Am Im An Auf "
    "Aus Bei Beim Mit Nach Seit Von Vom Vor Zu Zum Zur Für Gegen Ohne Um Unter Über Durch Bis Während Wegen Trotz "
    "Ist War Sind Waren Hat Hatte Haben Hatten Wird Wurde Werden Kann Konnte Muss Musste Soll Sollte Gibt Gab".split())
_SENTENCE_OPENER = rf"(?:{'|'.join(sorted(SENTENCE_OPENERS, key=len, reverse=True))})\b"
ABBREVIATIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"St\.(?<=\d[snrt][tdh] St\.)", "Street"),  # "42nd St. Station": a numbered street, not a saint
        # a street's type after its name, British style without a stop, or with one before a sentence's next word
        # ("Baker St and" was "Baker Saint and", "Baker St. Then" "Baker Saint Then", "Abbey Rd" "Abbey ard", "Ave
        # NW" "ah-vay N W"); before a name, "St" is a saint ("St Ives", "John St. John"). Each pattern's literal holds
        # what follows the abbreviation, so that the quick test does not pass every "Starbuck" and "Avenue"
        *((pattern.format(name=AFTER_NAME, short=short, opener=_SENTENCE_OPENER), spoken.format(word))
          for short, word in (("St", "Street"), ("Rd", "Road"), ("Ave", "Avenue"))
          for pattern, spoken in ((r"{name}{short} (?=[a-z]|[NS][EW](?!\w))", r"\1{} "),
                                  (r"{name}{short},", r"\1{},"), (r"{name}{short}\.(?=\s+{opener})", r"\1{}."))),
        (rf"St\.{BEFORE_NAME}", "Saint"), (rf"{AFTER_NAME}St\.", r"\1Street"),
        (rf"Dr\.{BEFORE_NAME}", "Doctor"), (rf"{AFTER_NAME}Dr\.", r"\1Drive"), (r"Dr\.", "Doctor"),
        (r"Mr\.", "Mister"), (r"Mrs\.", "Missus"), (r"Ms\.", "Miz"), (r"Prof\.", "Professor"),
        (r"ff\.(?<=\d ff\.)", "and following"),  # "pp. 12 ff." (espeak-ng: "ff")
        (r"Mt\.", "Mount"), (r"Capt\.", "Captain"), (r"Gen\.", "General"), (r"Col\.", "Colonel"),
        (r"Lt\.", "Lieutenant"), (r"Sgt\.", "Sergeant"), (r"Rev\.", "Reverend"), (r"Jr\.", "Junior"),
        *_before_a_name(("Msgr.", "Monsignor"), ("Gen'l", "General"), ("Gen’l", "General")),  # an old book's "Gen'l"
        # after a name a son's father, before one a nun ("John Smith Sr." Senior, "Sr. Mary" Sister)
        (rf"{AFTER_NAME}Sr\.", r"\1Senior"), (rf"Sr\.{BEFORE_NAME}", "Sister"),
        (r"Sr\.", "Senior"), (r"Ave\.", "Avenue"), (r"Rd\.", "Road"), (r"Blvd\.", "Boulevard"),
        (r"e\.g\.", "for example"), (r"i\.e\.", "that is"), (r"etc\.", "et cetera"), (r"vs\.", "versus"),
        # without its stop, and a case's "v." ("Roe v. Wade"), which espeak-ng spelled ("vee ess", "vee")
        (r"vs(?=\s+\w)", "versus"), (r"v\.(?<=\w v\.)(?=\s+[A-Z0-9])", "versus"),
        (r"a\.k\.a\.", "also known as"),
        # a US state's older abbreviation after its city ("Springfield, Ill.", "Hartford, Conn."; espeak-ng read "ill",
        # "con", "calif"); not those a sentence may hold after a comma ("thank you, Pa.", "Miss.", "Me.")
        *((rf"{short}\.(?<=[a-z], {short}\.)(?=[\s,;)]|$)", state)
          for short, state in ((short.replace(".", r"\."), state) for short, state in US_STATES.items())),
        # a key held with another ("Ctrl+C", "Cmd-Q"), which espeak-ng spelled ("C T R L")
        (r"Ctrl(?=\s?[+-]\s?\w)", "Control"), (r"Cmd(?=\s?[+-]\s?\w)", "Command"),
        # British titles without a full stop, before a name (espeak-ng read "Ms Jones" as "M S", "Sgt" as "S G T");
        # the space is part of the pattern, so that "Still" and "Drive" are not looked at
        *((rf"{short} (?=[A-Z])", f"{word} ") for short, word in (
            ("Mr", "Mister"), ("Mrs", "Missus"), ("Ms", "Miz"), ("Dr", "Doctor"), ("Prof", "Professor"),
            ("Revd", "Reverend"), ("Rev", "Reverend"), ("Sgt", "Sergeant"), ("Capt", "Captain"),
            ("Lt", "Lieutenant"), ("St", "Saint"), ("Mt", "Mount"))),
        (r"approx\.", "approximately"), (r"No\.(?=\s*\d)", "number"), (r"Nos\.(?=\s*\d)", "numbers"),
        # lower-case "no." after a comma, as in a reference ("vol. 2, no. 3"): not "he said no. 5 days later"
        (r"nos\.(?=\s*\d)", "numbers"), (r"no\.(?<=, no\.)(?=\s*\d)", "number"), (r"nº(?=\s*\d)", "number"),
        (r"n°(?=\s*\d)", "number"),
        (r"a\.m\.", "A M"), (r"p\.m\.", "P M"),
        (r"vol\.(?=\s*(?:\d|[IVXL]+\b))", "volume"), (r"chap\.(?=\s*(?:\d|[IVXLC]+\b))", "chapter"),
        (r"vols\.(?<=\d vols\.)", "volumes"), (r"vol\.(?<=\b1 vol\.)", "volume"),  # "in 3 vols.", "in 1 vol."
        (r"viz\.", "namely"), (r"&c\.", "et cetera"),  # espeak-ng read "vizz" and "and c dot"
        # a letter's dates after a day ("the 5th inst.": this month, "ult." the last, "prox." the next), "N.B."
        *((rf"{short}\.(?<=(?:st|nd|rd|th|\dd) {short}\.)", word)
          for short, word in (("inst", "instant"), ("ult", "ultimo"), ("prox", "proximo"))),
        (r"N\.B\.", "nota bene"),
        (r"c\.(?<=\d[snrt][tdh] c\.)", "century"), (r"cent\.(?<=\d[snrt][tdh] cent\.)", "century"),  # "the 20th c."
        (r"c\.(?=\s*\d{4}\b)", "circa"), (r"WWII", "World War Two"), (r"WW2", "World War Two"),
        (r"WW II", "World War Two"), (r"WWI", "World War One"), (r"WW1", "World War One"),
        # degrees with a lower-case part, whose stops espeak-ng read ("B dot S C", "L L dot B", "D dot fill"); the last
        # stop kept where it ends the sentence ("a Ph.D. Then" lost it)
        *((written[:-1].replace(".", r"\.") + ending, said) for ending in (r"(?=\.\s+[A-Z]|\.$)", r"\.")
          for written, said in (("Ph.D.", "P H D"),
            ("B.Sc.", "B S C"), ("M.Sc.", "M S C"), ("LL.B.", "L L B"), ("LL.M.", "L L M"), ("LL.D.", "L L D"),
            ("D.Phil.", "D Phil"), ("M.Phil.", "M Phil"), ("B.Ed.", "B Ed"), ("M.Ed.", "M Ed"), ("D.Litt.", "D Litt"),
            ("B.Litt.", "B Litt"), ("B.Mus.", "B Mus"), ("D.Sc.", "D S C"), ("B.Eng.", "B Eng"), ("M.Eng.", "M Eng"))),
        (r"WWI", "World War One"), (r"cf\.", "compare"), (r"Inc(?=\.\s+[A-Z]|\.$)", "Incorporated"), (r"Inc\.", "Incorporated"),  # "Acme Inc. The"
        # espeak-ng read "gov", "esk", "bros", "eff tee", "et al", "ibid"
        (r"Ch\.(?=\s*[IVXLC]+\b)", "Chapter"), (r"Sc\.(?=\s*[IVXLC]+\b)", "Scene"),  # "Ch. IV" (espeak-ng: "ch")
        # a division's label in capitals or shortened, as old books head theirs ("CHAP. IV.", "VOL. I.", "Bk. 2")
        *((rf"{short}\.(?=\s*(?:\d|[IVXLC]+\b))", word) for short, word in (
            ("CHAP", "Chapter"), ("CH", "Chapter"), ("VOL", "Volume"), ("BK", "Book"), ("bk", "book"),
            ("PT", "Part"), ("Pt", "Part"), ("SC", "Scene"))),
        (r"Rt\.? Hon\.?(?!\w)", "Right Honourable"),  # "the Rt. Hon. the Earl", "Rt Hon" (espeak-ng: "R T hon")
        # a French lady's title in English text, a Venerable (espeak-ng: "M M E", "M L", "ven")
        (rf"Mme\.?{BEFORE_NAME}", "Madame"), (rf"Mlle\.?{BEFORE_NAME}", "Mademoiselle"), (rf"Ven\.{BEFORE_NAME}", "Venerable"),
        (rf"Gov\.{BEFORE_NAME}", "Governor"), (rf"Hon\.{BEFORE_NAME}", "Honorable"), (r"Esq\.", "Esquire"),
        # titles, institutions and places espeak-ng read as words ("sen", "rep", "yoonive", "pee tee", "bart")
        (rf"Sen\.{BEFORE_NAME}", "Senator"), (rf"Rep\.{BEFORE_NAME}", "Representative"),
        (rf"Fr\.{BEFORE_NAME}", "Father"), (rf"Bro\.{BEFORE_NAME}", "Brother"), (rf"Pt\.{BEFORE_NAME}", "Point"),
        (rf"Ste\.{BEFORE_NAME}", "Sainte"), (r"Univ\.", "University"), (r"Assn\.", "Association"),
        (r"Bart\.(?<=, Bart\.)", "Baronet"),
        (r"Messrs\.", "Messieurs"), (r"Bros\.", "Brothers"), (r"Corp\.", "Corporation"),
        (r"Ltd(?=\.\s+[A-Z]|\.$)", "Limited"), (r"Ltd\.", "Limited"),  # "Acme Ltd. The": its stop ends the sentence
        # a year after "est." is a founding's ("est. 1850"), another number an estimate's ("an est. 2,000 people")
        (r"est\.(?=\s+(?:1[0-9]\d\d|20\d\d)(?![\d,]|\.\d))", "established"),
        (r"est\.(?=\s*[$£€\d])", "estimated"), (rf"Ft\.{BEFORE_NAME}", "Fort"),
        (r"Co\.(?<=[&a-z] Co\.)", "Company"), (rf"{AFTER_NAME}Ln\.", r"\1Lane"), (r"et al\.", "and others"),
        (r"ibid\.", "ibidem"), (r"ed\. by", "edited by"), (r"trans\. by", "translated by"), (r"n\.d\.", "no date"),
        (r"ed\.(?<=\(ed\.)(?=\))", "editor"), (r"eds\.(?<=\(eds\.)(?=\))", "editors"),  # "Green (ed.)"
        (r"et seq\.", "and following"), (r"q\.v\.", "which see"),  # espeak-ng: "trans", "en dee", "seek", "queue vee"
        # a prescription's times (espeak-ng spelled "bee i dee")
        (r"b\.i\.d\.", "twice a day"), (r"t\.i\.d\.", "three times a day"), (r"q\.i\.d\.", "four times a day"),
        (r"q\.d\.", "once a day"), (r"p\.r\.n\.", "as needed"),
        # an editor's name in a reference ("(ed. Brown)"; espeak-ng: "ed"); the others are `references`'
        (r"\(ed\.(?=\s+[A-Z])", "(edited by"), (r"\(eds\.(?=\s+[A-Z])", "(edited by"),
        # older books' and letters' first names and ranks before a name ("Wm. Shakespeare", "Lieut. Jones"), which
        # espeak-ng read as words ("wum", "chaz", "lee-oot"), and a manuscript's "MS." and "MSS."
        *((rf"{short}\.{BEFORE_NAME}", name) for short, name in (
            ("Wm", "William"), ("Chas", "Charles"), ("Geo", "George"), ("Thos", "Thomas"), ("Jno", "John"),
            ("Jas", "James"), ("Benj", "Benjamin"), ("Robt", "Robert"), ("Saml", "Samuel"), ("Richd", "Richard"),
            ("Edw", "Edward"), ("Jos", "Joseph"), ("Maj", "Major"), ("Adm", "Admiral"),
            ("Cpl", "Corporal"), ("Pvt", "Private"), ("Pres", "President"), ("Bp", "Bishop"), ("Cmdr", "Commander"),
            ("Cdr", "Commander"), ("Brig", "Brigadier"), ("Det", "Detective"))),
        (r"Lieut\.", "Lieutenant"), (r"Supt\.", "Superintendent"), (r"Insp\.", "Inspector"),
        # the first of two ranks joined by a hyphen ("Maj.-Gen. Wolfe", "Brig.-Gen."; espeak-ng: "maj")
        *((rf"{short}\.(?=-[A-Z])", rank) for short, rank in (("Maj", "Major"), ("Brig", "Brigadier"),
                                                            ("Adm", "Admiral"))),
        (r"MSS\.(?![\w.])", "manuscripts"), (r"MS\.(?![\w.])", "manuscript"),
        # a poem's line in lower case only (the look-behind): an old citation's "L. 3, C. 3" is a book and chapter
        # (the stop is the quick test's anchor: a rule's literal of lower-case letters alone anchors on its first)
        (r"l\.(?<=l\.)(?=\s*\d)", "line"),
        # a telephone's number and extension: espeak-ng said "tel" and "ekst"
        (r"Tel\.(?=\s*[\d+(])", "telephone"), (r"tel\.(?=\s*[\d+(])", "telephone"),
        # a podcast's episode before its number ("Ep. 42", "Season 3, Ep. 12"; espeak-ng: "ep"), not a letter's after
        # an author ("Seneca, Ep. 47")
        (r"Chs\.(?=\s*(?:\d|[IVXLC]+\b))", "Chapters"),  # "Chs. 3-5" (espeak-ng: "chs")
        # a fiscal year before its figures ("FY2023", "FY 23"; espeak-ng said "fie"), a report's growth rates
        # (espeak-ng: "yo why", "kwoh", "mom")
        (r"FY(?:\s?['’]|\s)?(?=\d{2}(?:\d{2})?(?!\d))", "fiscal year"),
        (r"YoY", "year over year"), (r"QoQ", "quarter over quarter"), (r"MoM(?<=\d% MoM)", "month over month"),
        (r"ep\.(?<![^\W\d_], [Ee]p\.)(?=\s*\d)", "episode"), (r"eps\.(?<![^\W\d_], [Ee]ps\.)(?=\s*\d)", "episodes"),
        # a month's or a weekday's abbreviation with its stop alone ("the Feb. issue", "Aug. '45", "on Sat."), which
        # espeak-ng read as a word ("feb", "sat"); "Jan." and "Mar." may be a name or a word, "Sun." the sun, "Jun."
        # after a name's comma a junior ("John Smith, Jun.")
        (r"Jun\.(?<!, Jun\.)", "June"),
        *((rf"{short}\.", name) for short, name in (
            ("Feb", "February"), ("Apr", "April"), ("Jul", "July"), ("Aug", "August"),
            ("Sept", "September"), ("Sep", "September"), ("Oct", "October"), ("Nov", "November"), ("Dec", "December"),
            ("Mon", "Monday"), ("Tues", "Tuesday"), ("Tue", "Tuesday"), ("Wed", "Wednesday"), ("Thurs", "Thursday"),
            ("Thur", "Thursday"), ("Thu", "Thursday"), ("Fri", "Friday"), ("Sat", "Saturday"))),
        (r"Sun\.(?<=\b[Oo]n Sun\.)", "Sunday"), (r"Sun\.(?<=\b[Cc]losed Sun\.)", "Sunday"),
        (r"w/o(?<![\w/]w/o)(?!\w)", "without"), (r"w/(?<![\w/]w/)(?=\s)", "with"),  # notes' "w/o sugar", "w/ milk"
        # an address's "c/o", a form's "N/A", a car's "A/C" (espeak-ng: "C slash O", "N slash A")
        (r"c/o(?<![\w/]c/o)(?=\s)", "care of"), (r"N/A(?<![\w/]N/A)(?![\w/])", "not applicable"),
        (r"A/C(?<![\w/]A/C)(?![\w/])", "A C"),
    ],
    "ca": [
        # a translator's, an editor's note ("N. del T."; espeak-ng spelled it)
        (r"N\. del T\.", "nota del traductor"), (r"N\. de la T\.", "nota de la traductora"),
        (r"N\. de l['’]E\.", "nota de l'editor"),
        *_majesties(("SS. MM.", "Ses Majestats"), ("S. A. R.", "Sa Altesa Reial"), ("S. M.", "Sa Majestat"),
                    ("S. S.", "Sa Santedat")),
        (r"ep\.(?=\s*\d)", "episodi"),  # a podcast's "ep. 12" (espeak-ng: "ep")
        (r"Sr\.", "senyor"), (r"Sra\.", "senyora"), (r"Srta\.", "senyoreta"), (r"Dr\.", "doctor"),
        *_before_a_name(("Tnt.", "tinent"), ("Cap.", "capità"), ("Gral.", "general"), ("Gna.", "germana"),
                        ("Gn.", "germà")),  # (espeak-ng: "tnt", "cap", "gna")
        (r"Dra\.", "doctora"), (r"p\. ex\.", "per exemple"), (r"etc\.", "etcètera"), (r"núm\.", "número"),
        (r"nº(?=\s*\d)", "número"), (r"n°(?=\s*\d)", "número"), (r"ptes\.", "pessetes"),
        (rf"av\.{BEFORE_NAME}", "avinguda"),
        (r"pàg\.(?<=\bles pàg\.)", "pàgines"),  # "les pàg. 12-15": the plural
        (r"pàg\.(?<!\d pàg\.)", "pàgina"), (r"ss\.(?<=\d i ss\.)", "següents"), (r"aprox\.", "aproximadament"), (r"s\.(?=\s+[IVXL]+\b)", "segle"),
        (r"cap\.(?=\s*(?:\d|[IVXLC]+\b))", "capítol"), (rf"St\.{BEFORE_NAME}", "Sant"), (r"Sta\.", "Santa"),
        # "44 aC", "14 dC" (after a number: "DC" alone is not an era)
        (r"aC(?<=[\dIVXLC] aC)(?!\w)", "abans de Crist"), (r"dC(?<=[\dIVXLC] dC)(?!\w)", "després de Crist"),
        (r"c/(?=\s*[A-Z])", "carrer "),  # "c/ Major 5": espeak-ng read "ce barra"
        (r"c\.(?=\s+(?:d[e'’]\s*)?[A-Z])", "carrer"),  # "al c. Major", "c. de Mallorca"
        (r"Excm\.", "Excel·lentíssim"), (r"Excma\.", "Excel·lentíssima"),
        (r"Mn\.(?=\s+[A-Z])", "mossèn"), (r"Hble\.", "Honorable"),  # a priest's, a president's title
        (r"Tel\.", "telèfon"), (r"tel\.", "telèfon"), (r"vol\.(?=\s*(?:\d|[IVXLC]+\b))", "volum"),
        (r"Prof\.(?=\s+[A-Z])", "professor"), (r"Ing\.(?=\s+[A-Z])", "enginyer"), (r"Av\.(?=\s+[A-Z])", "avinguda"),
        (r"pl\.(?=\s+[A-Z])", "plaça"), (r"Pl\.(?=\s+[A-Z])", "plaça"),
    ],
    "sv": [
        # a translator's, an editor's note ("övers. anm."; espeak-ng read "övers", "anm")
        (r"övers\. ?anm\.", "översättarens anmärkning"), (r"red\. ?anm\.", "redaktionens anmärkning"),
        (r"anm\. ?övers\.", "översättarens anmärkning"),
        (r"t\.ex\.", "till exempel"), (r"bl\.a\.", "bland annat"), (r"osv\.", "och så vidare"),
        (r"dvs\.", "det vill säga"), (r"m\.m\.", "med mera"), (r"kl\.", "klockan"), (r"ca\.?(?=\s*\d)", "cirka"),
        # "så kallad" agrees with its noun: "en s.k. expert", "ett s.k. kontrakt", "s.k. vänner", "den s.k. ..."
        (r"nr\.?(?=\s*\d)", "nummer"), (r"f\.d\.", "före detta"), (r"s\.k\.(?<=\b[Ee]n s\.k\.)", "så kallad"),
        (r"s\.k\.(?<=\b[Ee]tt s\.k\.)", "så kallat"), (r"s\.k\.", "så kallade"),
        (r"d\.v\.s\.", "det vill säga"), (r"jfr\.?(?=\s)", "jämför"),
        (r"lgh\.?(?=\s*\d)", "lägenhet"),  # an address's flat, "Storgatan 5, lgh 1203" (espeak-ng spelled it)
        (r"tfn\.?(?=:?\s*[\d+])", "telefon"), (r"Tel\.", "telefon"), (r"tel\.", "telefon"),
        # the pages after a page's number ("s. 45 f.", "s. 50 ff."), which espeak-ng read as letters
        (r"ff\.(?<=\d ff\.)", "och följande"), (r"f\.(?<=\d f\.)(?!\s?Kr)", "och följande"),
        # espeak-ng spelled or clipped these ("pe ge a", "ang", "bd", "es kolon te a", "prof")
        (r"p\.g\.a\.", "på grund av"), (r"ang\.", "angående"), (r"resp\.", "respektive"),
        (r"enl\.", "enligt"), (r"f\.ö\.", "för övrigt"), (r"ev\.", "eventuellt"), (r"inkl\.", "inklusive"),
        (r"exkl\.", "exklusive"),
        (r"bd\.?(?=\s*\d)", "band"), (r"S:ta", "Sankta"), (r"Prof\.", "professor"), (r"prof\.", "professor"),
        # a director, a captain, a pastor, a vicar, a Miss, a lecturer, a doctor before a name (espeak-ng: "dir",
        # "kapt", "past", "ef er ko")
        *_before_a_name(("dir.", "direktör"), ("kapt.", "kapten"), ("past.", "pastor"), ("kyrkoh.", "kyrkoherde"),
                        ("frk.", "fröken"), ("doc.", "docent"), ("öv.", "överste"),
                        ("leg. läk.", "legitimerad läkare")),
        # a price per piece after its currency ("25:- st", "12 kr st"; espeak-ng: "ess te")
        (r"st(?:(?<=\d kr st)|(?<=\d:- st))\.?(?!\w)", "styck"),
        (r"tr\.(?<=[2-9] tr\.)", "trappor"),  # "Storgatan 12, 3 tr.": the floor
        (r"f\. ?Kr\.", "före Kristus"), (r"e\. ?Kr\.", "efter Kristus"), (r"s\.(?=\s*\d)", "sidan"),
        (r"sid\.(?=\s*\d)", "sidan"), (r"bil\.(?=\s*\d)", "bilaga"),  # an appendix (espeak-ng: "bil", a car)
        (r"kap\.(?=\s*(?:\d|[IVXLC]+\b))", "kapitel"), (r"S:t", "Sankt"), (rf"St\.{BEFORE_NAME}", "Sankt"),
        # espeak-ng said "ef er punkt o em", "ge ge er", and stopped after "dr."
        (r"fr\.o\.m\.", "från och med"), (r"t\.o\.m\.", "till och med"), (r"dr\.?(?=\s+[A-ZÅÄÖ])", "doktor"),
        (r"hr\.?(?=\s+[A-ZÅÄÖ])", "herr"),
        (r"ggr", "gånger"), (r"m\.fl\.", "med flera"),
        (r"o\.s\.v\.", "och så vidare"), (r"jfr\.?(?=\s)", "jämför"),
        # born and died before a year ("f. 1950, d. 2020"; espeak-ng: "f", "d"); "d. 5 maj" is "den"
        (r"f\.(?=\s*\d{4}\b)", "född"), (r"d\.(?=\s*\d{4}\b)", "död"),
        (r"d\.(?=\s*\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))", "den"),  # "d. 5 maj"
    ],
    "es": [
        # a translator's, an editor's, an author's note ("N. del T."; espeak-ng spelled it)
        (r"N\. del T\.", "nota del traductor"), (r"N\. de la T\.", "nota de la traductora"),
        (r"N\. del E\.", "nota del editor"), (r"N\. del A\.", "nota del autor"),
        (r"N\. de la R\.", "nota de la redacción"),
        *_majesties(("SS. MM.", "Sus Majestades"), ("SS. AA. RR.", "Sus Altezas Reales"),
                    ("S. A. R.", "Su Alteza Real"), ("S. M.", "Su Majestad"), ("S. E.", "Su Excelencia"),
                    ("S. S.", "Su Santidad")),  # ("S. A." after a company's name is "sociedad anónima")
        (r"ep\.(?=\s*\d)", "episodio"), (r"incl\.(?<=IVA incl\.)", "incluido"),  # espeak-ng: "ep", "incl"
        (r"hab\.(?=\s*\d)", "habitación"),  # a room before its number ("hab. 237"); inhabitants after a count
        # ranks and clergy before a name (espeak-ng read "gral", "cnel", "tte", "fr", "mons", "pbro")
        *_before_a_name(("Gral.", "general"), ("Cnel.", "coronel"), ("Tte.", "teniente"), ("Cap.", "capitán"),
                        ("Sgto.", "sargento"), ("Cmdte.", "comandante"), ("Hno.", "hermano"), ("Hna.", "hermana"),
                        ("Alm.", "almirante")),  # (espeak-ng: "cap", "sgto", "hno")
        (rf"Fr\.{BEFORE_NAME}", "fray"), (rf"Mons\.{BEFORE_NAME}", "monseñor"), (rf"Pbro\.{BEFORE_NAME}", "presbítero"),
        (r"Sr\.ª", "señora"), (r"Sr\.", "señor"), (r"Sra\.", "señora"), (r"Srta\.", "señorita"), (r"Dr\.", "doctor"),
        (r"Dra\.", "doctora"),
        # a royal decree's "RD 1/2020" (espeak-ng spelled it)
        (r"RD(?=\s\d)", "Real Decreto"),
        # "Vd.", "Vds.": older books' spelling of "Ud."
        (r"Ud\.", "usted"), (r"Uds\.", "ustedes"), (r"Vd\.", "usted"), (r"Vds\.", "ustedes"),
        (r"p\. ej\.", "por ejemplo"), (r"etc\.", "etcétera"),
        # a scholar's references (espeak-ng: "te", "ed", "ibid", "id", "ce efe")
        (r"t\.(?=\s*(?:\d|[IVXLC]+\b))", "tomo"), (r"ed\.(?<=ª ed\.)", "edición"), (r"ibíd\.", "ibídem"),
        (r"íd\.", "ídem"), (r"cf\.", "compárese"), (r"s\. f\.", "sin fecha"),
        (r"núm\.", "número"), (r"pág\.(?<!\d pág\.)", "página"),
        (r"n\.º(?=\s*\d)", "número"), (r"nº(?=\s*\d)", "número"),
        (r"n°(?=\s*\d)", "número"),
        # "D. Quijote" is "don Quijote" (espeak-ng read "de"), "Dña. Ana" "doña Ana"
        (r"D\.(?=\s+[A-ZÁÉÍÓÚÑ])", "don"), (r"Dña\.", "doña"), (r"D\.ª", "doña"),
        *_era("a", "antes de Cristo"), *_era("d", "después de Cristo"), (r"EE\. ?UU\.", "Estados Unidos"),
        (r"cap\.(?=\s*(?:\d|[IVXLC]+\b))", "capítulo"), (r"Sto\.", "Santo"), (r"Sta\.", "Santa"),
        (r"vol\.(?=\s*(?:\d|[IVXLC]+\b))", "volumen"), (r"Ing\.(?=\s+[A-ZÁÉÍÓÚÑ])", "ingeniero"),
        # espeak-ng read "aproks", "avda", "dcha", "excmo"
        (r"aprox\.", "aproximadamente"), (r"Avda\.", "avenida"), (r"c/(?=\s*[A-Z])", "calle "), (r"dcha\.", "derecha"),
        # an address's avenue and square, a church's "Ntra. Sra.", a company's "Ltda." (espeak-ng spelled them)
        (r"Av\.(?=\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ])", "avenida"), (r"Pza\.", "plaza"), (r"Plza\.", "plaza"),
        (r"Ntra\.", "Nuestra"), (r"Ntro\.", "Nuestro"), (r"Ltda\.", "limitada"),
        (r"izda\.", "izquierda"), (r"izq\.", "izquierda"),
        # an address without a number, a telephone's and a postcode's labels (espeak-ng: "ese barra ene", "tefeno")
        (r"s/n(?![\w/])", "sin número"), (r"tfno\.", "teléfono"), (r"tlf\.", "teléfono"),
        (r"C\. ?P\.(?=\s*\d)", "código postal"),
        (r"Excmo\.", "excelentísimo"), (r"Excma\.", "excelentísima"), (r"Ilmo\.", "ilustrísimo"),
        (r"Ilma\.", "ilustrísima"), (r"Cía\.", "compañía"), (r"tel\.", "teléfono"), (r"art\.(?=\s*\d)", "artículo"),
        # a match's minute, brothers, the pages after it (espeak-ng: "min", "nos", "ese ese")
        (r"min\.(?=\s*\d)", "minuto"), (r"hnos\.", "hermanos"), (r"Hnos\.", "Hermanos"),
        (r"ss\.(?<=\d y ss\.)", "siguientes"),
        (r"s\.(?=\s*[IVXL]+\b)", "siglo"), (r"Lic\.", "licenciado"),
        (r"Fdo\.", "firmado"), *_before_a_name(("Arq.", "arquitecto")), (r"S\. ?A\.(?!\w)", "sociedad anónima"),
    ],
    "fr": [
        # a translator's, an editor's, an author's note (espeak-ng spelled "N.d.T.", "NdT")
        (r"N\. ?d\. ?T\.", "note du traducteur"), (r"N\. ?d\. ?[ÉE]\.", "note de l'éditeur"),
        (r"N\. ?d\. ?A\.", "note de l'auteur"), (r"N\. ?d\. ?R\.", "note de la rédaction"),
        (r"NdT", "note du traducteur"),
        (r"NdÉ", "note de l'éditeur"), (r"NdA", "note de l'auteur"), (r"NdR", "note de la rédaction"),
        *_majesties(("LL. MM.", "Leurs Majestés"), ("LL. AA. RR.", "Leurs Altesses Royales"),
                    ("S. A. R.", "Son Altesse Royale"), ("S. A. I.", "Son Altesse Impériale"), ("S. M.", "Sa Majesté"),
                    ("S. Exc.", "Son Excellence"), ("S. Ém.", "Son Éminence"), ("S. S.", "Sa Sainteté")),
        (r"ép\.(?=\s*\d)", "épisode"),  # a podcast's "ép. 12" (espeak-ng: "ép")
        # "M. Dupont", "M. de Marquet", "M. le juge", "M. l’abbé", "M. et Mademoiselle Stangerson", "ni M. ni
        # Mademoiselle" (espeak-ng said the letter "M" before a particle or an article)
        # (not a name's initial after another: "J. M. Dupont", "J.-M. Le Clézio")
        (r"M\.(?<!\d M\.)(?<![A-Z]\. M\.)(?<![A-Z]\.M\.)(?<!-M\.)(?=\s+(?:[A-ZÀ-Ý«]|d[e’']|du\b|des\b|l[ea’']|les\b|"
         r"(?:et|ou|ni)\s+(?:de\s+)?(?:M\.|Mmes?\b|Mlles?\b|Madame\b|Mademoiselle\b|Monsieur\b)))", "Monsieur"),
        (r"MM\.", "Messieurs"), (r"Mmes", "Mesdames"), (r"Mme", "Madame"),
        (r"Mlles", "Mesdemoiselles"), (r"Mlle", "Mademoiselle"), (r"MLLE", "MADEMOISELLE"), (r"MME", "MADAME"),
        # ranks and callings before a name (espeak-ng: "col", "gén", "cdt", "er pé", "esse er")
        *_before_a_name(("R.P.", "Révérend Père"), ("R. P.", "Révérend Père"), ("Sr", "Sœur"), ("cdt", "commandant"),
                        ("Cdt", "Commandant"), ("col.", "colonel"), ("gén.", "général"), ("cne", "capitaine"),
                        ("lt", "lieutenant"), particles="de|du|des|le|la"),
        (rf"Dr\.{BEFORE_NAME}", "docteur"), (r"Dr", "docteur"), (rf"Pr\.{BEFORE_NAME}", "professeur"),
        (r"Pr", "professeur"), (r"p\. ex\.", "par exemple"), (r"t\.(?=\s*(?:\d|[IVXLC]+\b))", "tome"),
        (r"s\.(?:(?<=[IVXL]e s\.)|(?<=Ier s\.))", "siècle"), (r"c\.-à-d\.", "c'est-à-dire"),
        # "p. 12 et suiv.", "rdv à 18 h" (espeak-ng read "suiv", "R D V")
        (r"suiv\.(?<=et suiv\.)", "suivantes"), (r"rdv", "rendez-vous"), (r"RDV", "rendez-vous"),
        # "St-Denis", and "St Louis", "Ste Anne" without the hyphen (espeak-ng knows these; Voice.ai's voices are sent
        # the words, as for "St-Denis")
        (r"etc\.", "et cetera"), (r"St(?=-)", "Saint"), (r"Ste(?=-)", "Sainte"), (rf"St\.?{BEFORE_NAME}", "Saint"),
        (rf"Ste\.?{BEFORE_NAME}", "Sainte"), (r"n°(?=\s*\d)", "numéro"),
        (r"nº(?=\s*\d)", "numéro"),
        # "no 5", "nos 5 et 6": the numero sign's "o" set on the line (no French word "no" stands before a number)
        (r"nos(?=\s\d)", "numéros"), (r"No(?=\s\d)", "Numéro"), (r"no(?=\s\d)", "numéro"),
        (r"av\. notre ère", "avant notre ère"), (r"apr\. notre ère", "après notre ère"),
        (r"av\. J\.-C\.", "avant Jésus-Christ"), (r"apr\. J\.-C\.", "après Jésus-Christ"), (r"J\.-C\.", "Jésus-Christ"),
        # an older book's percent and per mille, "5 p. 100", "3 p. 1000" (it was "cinq page cent")
        (r"p\.(?<=\d p\.)(?=\s*1000?\b)", "pour"),
        (r"p\.(?=\s*\d+\s?[-–]\s?\d)", "pages"), (r"pp\.(?=\s*\d)", "pages"),  # "p. 12-15": more than one
        (r"p\.(?=\s*\d)", "page"), (r"vol\.(?=\s*(?:\d|[IVXLC]+\b))", "volume"),
        (r"chap\.(?=\s*(?:\d|[IVXLC]+\b))", "chapitre"), (r"cf\.", "confer"), (r"env\.", "environ"),
        # a scholar's references (espeak-ng: "éd", "ibid", "id", "esse dé")
        (r"éd\.(?<=\de éd\.)", "édition"), (r"ibid\.", "ibidem"), (r"id\.(?<=[,;(] id\.)", "idem"),
        (r"id\.(?<=et id\.)", "idem"), (r"s\.d\.", "sans date"),
        (r"art\.(?=\s*\d)", "article"), (r"al\.(?=\s*\d)", "alinéa"), (r"Sté(?=\s+[A-Z])", "Société"),
        # espeak-ng read "cie", "me", "mgr" (lower-case ones such as "tél." cost every text a scan: left out)
        (r"Tél\.", "Téléphone"), (r"Cie", "compagnie"), (rf"Me{BEFORE_NAME}", "Maître"),
        (rf"Mgr\.?{BEFORE_NAME}", "Monseigneur"),  # (with its stop, the phoneme engines also ended a sentence)
        # ranks before a name, as French writes them without a stop ("le Gal de Gaulle"; espeak-ng read "gal", "c n e")
        (r"Gal(?=\s+(?:de\s+)?[A-Z])", "Général"), (rf"Cne{BEFORE_NAME}", "Capitaine"),
        (rf"Lt{BEFORE_NAME}", "Lieutenant"),
        (rf"Cdt{BEFORE_NAME}", "Commandant"), (rf"Col{BEFORE_NAME}", "Colonel"), (r"av\.(?=\s+[A-Z])", "avenue"),
        (r"bd(?=\s+[A-Z])", "boulevard"), (r"bld(?=\s+[A-Z])", "boulevard"),  # "5, bd Saint-Michel" ("bé dé")
    ],
    "de": [
        # an era, before "u." is read as "und" ("44 v. u. Z." was "v. und Z.")
        (r"v\. ?u\. ?Z\.", "vor unserer Zeitrechnung"), (r"n\. ?u\. ?Z\.", "nach unserer Zeitrechnung"),
        (r"z\. ?B\.", "zum Beispiel"), (r"d\. ?h\.", "das heißt"), (r"u\. ?a\. ?m\.", "und anderes mehr"),
        (r"u\. ?a\.", "unter anderem"),
        (r"usw\.", "und so weiter"), (r"bzw\.", "beziehungsweise"), (r"ca\.", "circa"),
        (r"Dr\.-Ing\.", "Doktor-Ingenieur"), (r"Dipl\.-Ing\.", "Diplom-Ingenieur"),
        (rf"Ing\.{BEFORE_NAME}", "Ingenieur"),  # "Ing. Maier" (espeak-ng: "ing", and a sentence's end)
        # a doctor's faculty (espeak-ng read "med", "fil"), "zw." and "z. T." (it spelled "zett te")
        (r"Dr\. med\.", "Doktor der Medizin"), (r"Dr\. phil\.", "Doktor der Philosophie"),
        (r"Dr\. jur\.", "Doktor der Rechte"), (r"Dr\. iur\.", "Doktor der Rechte"),
        (r"Dr\. rer\. ?nat\.", "Doktor der Naturwissenschaften"),
        (r"Dr\. rer\. ?pol\.", "Doktor der Staatswissenschaften"), (r"Dr\. theol\.", "Doktor der Theologie"),
        (r"Dr\. h\. ?c\.", "Doktor honoris causa"), (r"Dr\.", "Doktor"),
        # a pastor, ranks, a master's degree, a baron, brothers before a name (espeak-ng spelled "pe e ef er", "ha pe
        # te em", "ef er ha er"; read "mak", "gebr"; "Gen." was "genannt")
        *_before_a_name(("Pfr.", "Pfarrer"), ("Gen.", "General"), ("Hptm.", "Hauptmann"), ("Mag.", "Magister"),
                        ("Gebr.", "Gebrüder")),  # (not "Lt. Weber", which may be "laut")
        (r"Dipl\.-Kfm\.", "Diplom-Kaufmann"), (rf"Frhr\.(?=\s+(?:von|vom|zu|{CAPITAL[1:-1]}))", "Freiherr"),
        (r"zw\.(?=\s)", "zwischen"),
        (r"z\. ?T\.", "zum Teil"),
        # "compared with", "about" before a number, "according to" (espeak-ng: "ge ge ü", "rd", "lt")
        (r"ggü\.", "gegenüber"), (r"rd\.(?=\s*\d)", "rund"), (r"lt\.(?=\s+[a-zäöüA-ZÄÖÜ])(?<![A-Z]t\.)", "laut"),
        # older books' forms of address: "Se. Majestät" (nominative), "Sr. Majestät" (genitive, dative), "Ew. Gnaden",
        # "Frl. Müller" (espeak-ng: "se", "ew", "frl")
        (r"Se\.(?=\s+(?:Majestät|Hoheit|Exzellenz|Heiligkeit|Durchlaucht|Eminenz|Gnaden)\b)", "Seine"),
        (r"Sr\.(?=\s+(?:Majestät|Hoheit|Exzellenz|Heiligkeit|Durchlaucht|Eminenz|Gnaden)\b)", "Seiner"),
        (r"Ew\.(?=\s+[A-ZÄÖÜ])", "Euer"), (rf"Frl\.{BEFORE_NAME}", "Fräulein"),
        # a ruler's epithet and a registered society (espeak-ng: "de ge er", "e fau")
        (rf"{AFTER_NAME}d\. ?Gr\.", r"\1der Große"), (r"e\. ?V\.", "eingetragener Verein"),
        # inhabitants after a scale's abbreviation ("3 Mio. Einw."); after a number they are a unit's (`UNITS`)
        *((rf"Einw\.(?<={scale}\. Einw\.)", "Einwohner") for scale in ("Mio", "Mrd", "Tsd")),
        (r"Kto\.-Nr\.", "Kontonummer"), (r"Hausnr\.", "Hausnummer"),  # before "Nr."
        (r"Zi\.(?=\s*\d)", "Zimmer"),
        (r"Prof\.", "Professor"), (r"Nr\.", "Nummer"), (r"Str\.", "Straße"), (r"Hr\.", "Herr"), (r"Fr\.", "Frau"),
        (r"evtl\.", "eventuell"), (r"ggf\.", "gegebenenfalls"), (r"vgl\.", "vergleiche"),
        # a scholar's references (espeak-ng: "ebd", "ha ge", "o jot")
        (r"ebd\.", "ebenda"), (r"Hg\.(?=\s+von\b)", "herausgegeben"), (r"o\. ?J\.", "ohne Jahr"),
        # "S. 12 ff.", "S. 12 f.": the pages after it
        (r"ff\.(?<=\d ff\.)", "folgende"),
        (r"f\.(?:(?<=S\. \d f\.)|(?<=S\. \d\d f\.)|(?<=S\. \d\d\d f\.))", "folgende"),
        # eras, pages, chapters, saints: espeak-ng spelled them ("v. Chr." was "fau tse ha er")
        (r"v\. ?Chr\.", "vor Christus"), (r"n\. ?Chr\.", "nach Christus"), (r"Jh\.", "Jahrhundert"),
        (rf"St\.{BEFORE_NAME}", "Sankt"), (r"S\.(?=\s*\d)", "Seite"), (r"Abb\.", "Abbildung"), (r"Bd\.", "Band"),
        (r"S\.(?<=\d S\.)", "Seiten"),  # "ein Buch von 320 S."
        (r"Kap\.(?=\s*(?:\d|[IVXLC]+\b))", "Kapitel"), (r"Art\.(?=\s*\d)", "Artikel"), (r"Abs\.(?=\s*\d)", "Absatz"),
        # one million after "1" (it was "ein Millionen"), and the abbreviation without its stop after a number
        (r"Mio(?<=(?<![\d.,])1 Mio)\b\.?", "Million"), (r"Mrd(?<=(?<![\d.,])1 Mrd)\b\.?", "Milliarde"),
        (r"Mrd\.", "Milliarden"), (r"Mio\.", "Millionen"), (r"Tsd\.", "Tausend"), (r"geb\.", "geboren"),
        (r"gen\.(?=\s+(?:der|die|das|[A-ZÄÖÜ]))", "genannt"),  # "Friedrich II., gen. der Große" (not "gen Norden")
        # a floor after its ordinal: "2. OG" ("zwei. O G" was heard)
        (r"OG(?<=\d\. OG)(?!\w)", "Obergeschoss"), (r"UG(?<=\d\. UG)(?!\w)", "Untergeschoss"),
        (r"Mio(?<=\d Mio)\b", "Millionen"), (r"Mrd(?<=\d Mrd)\b", "Milliarden"),
        # espeak-ng spelled these ("es o", "zett zett ge el", "ha be ef") or read them as words ("inkl", "min")
        (r"Hrn\.", "Herrn"), (r"u\. ?U\.", "unter Umständen"), (r"Fa\.", "Firma"), (r"s\. ?o\.", "siehe oben"),
        (r"i\. ?A\.(?<!I\. A\.)(?<!I\.A\.)(?=\s+[A-ZÄÖÜ])", "im Auftrag"),  # a signature's; not "I. A. Richards"
        (r"s\. ?u\.", "siehe unten"), (r"i\. ?d\. ?R\.", "in der Regel"), (r"o\. ?Ä\.", "oder Ähnliches"),
        (r"inkl\.", "inklusive"), (r"zzgl\.", "zuzüglich"), (r"abzgl\.", "abzüglich"),
        (r"a\. ?a\. ?O\.", "am angegebenen Ort"), (r"Std\.(?<!\d Std\.)(?<!\dStd\.)", "Stunden"),
        (r"Tel\.", "Telefon"), (r"z\. ?Zt\.", "zurzeit"), (r"v\. ?a\.", "vor allem"), (r"Ziff\.", "Ziffer"),
        (r"MwSt\.", "Mehrwertsteuer"),
        # a flat, the numbers, how often, the population (espeak-ng: "vee ha ge", "nrn", "tegl", "bef")
        (r"Whg\.", "Wohnung"), (r"Nrn\.", "Nummern"), (r"tägl\.", "täglich"), (r"wöchentl\.", "wöchentlich"),
        (r"monatl\.", "monatlich"), (r"jährl\.", "jährlich"), (r"Bev\.", "Bevölkerung"),
        # espeak-ng spelled or clipped these ("ha a er es ge e", "aufl", "be es pe", "gest", "ferh")
        (r"Hrsg\.(?=\s+von\b)", "herausgegeben"), (r"Hrsg\.", "Herausgeber"), (r"Aufl\.", "Auflage"),
        (r"Jhd\.", "Jahrhundert"), (r"Bsp\.", "Beispiel"),
        (r"Anm\. ?d\. ?Übers\.", "Anmerkung des Übersetzers"), (r"Anm\.", "Anmerkung"),
        (r"d\. ?Red\.", "der Redaktion"),
        (r"o\. ?ä\.", "oder ähnlich"), (r"gest\.", "gestorben"), (r"verh\.", "verheiratet"),
        # a founding, "because of", a calendar week (espeak-ng: "gegr", "ve ge", "ka ve")
        (r"gegr\.", "gegründet"), (r"wg\.", "wegen"), (r"KW(?=\s*\d)", "Kalenderwoche"),
        # "sog." (espeak-ng: "sog", a word of its own): "sogenannte" after "der", "die", "das", "eine" and where no
        # word leads to it ("Sog. Experten sagen"); after any other word the form most cases take, "sogenannten"
        # ("den sog. Meister", "mit sog. Experten")
        *((rf"sog\.(?<=\b{article} sog\.)", "sogenannte") for article in (
            "der", "die", "das", "Der", "Die", "Das", "eine", "Eine")),
        (r"sog\.(?<=[a-zäöüß] sog\.)", "sogenannten"), (r"sog\.", "sogenannte"),
        # lower case only (the look-behind): "U. Meier" and "Lt. Meier" (Leutnant) keep their letters
        (r"u\.(?<=u\.)(?=\s+\w)", "und"), (r"lt\.(?<=lt\.)", "laut"), (r"gez\.", "gezeichnet"), (r"Hbf\.", "Hauptbahnhof"), (r"Jhdt\.", "Jahrhundert"),
        *((rf"{short}\.(?<=\d\. {short}\.)", month) for short, month in (
            ("Jan", "Januar"), ("Feb", "Februar"), ("Mär", "März"), ("Apr", "April"), ("Jun", "Juni"), ("Jul", "Juli"),
            ("Aug", "August"), ("Sept", "September"), ("Sep", "September"), ("Okt", "Oktober"), ("Nov", "November"), ("Dez", "Dezember"))),
    ],
    "it": [
        # a translator's, an editor's, an author's note ("N.d.T."; espeak-ng spelled it)
        (r"N\. ?d\. ?T\.", "nota del traduttore"), (r"N\. ?d\. ?R\.", "nota della redazione"),
        (r"N\. ?d\. ?A\.", "nota dell'autore"), (r"N\. ?d\. ?E\.", "nota dell'editore"),
        *_majesties(("LL. MM.", "Loro Maestà"), ("S. A. R.", "Sua Altezza Reale"), ("S. M.", "Sua Maestà"),
                    ("S. E.", "Sua Eccellenza"), ("S. S.", "Sua Santità")),
        (r"ep\.(?=\s*\d)", "episodio"),  # a podcast's "ep. 12" (espeak-ng: "ep")
        # a quarter, VAT included, numbers (espeak-ng: "trim", "incl", "enne enne")
        (r"trim\.", "trimestre"), (r"incl\.(?<=IVA incl\.)", "inclusa"), (r"nn\.(?=\s*\d)", "numeri"),
        # lower-case patterns match a capital too ("sig. Rossi", "Sig. Rossi")
        (r"sig\.ra", "signora"), (r"sig\.na", "signorina"), (r"sig\.", "signor"), (r"dott\.ssa", "dottoressa"),
        (r"vol\.(?=\s*(?:\d|[IVXLC]+\b))", "volume"), (r"dott\.", "dottor"), (r"prof\.ssa", "professoressa"),
        (r"prof\.", "professor"), (r"ecc\.", "eccetera"),
        # ranks and callings before a name (espeak-ng: "dZen", "kol", "kav", "rag", "dZeom", "mons")
        *_before_a_name(("mons.", "monsignor"), ("gen.", "generale"), ("col.", "colonnello"), ("cav.", "cavalier"),
                        ("rag.", "ragionier"), ("geom.", "geometra")),
        (r"ibid\.", "ibidem"), (r"s\.d\.", "senza data"),  # a scholar's references (espeak-ng: "ibid", "esse di")
        # laws and decrees ("la L. 241/1990", which the lira's "L. 5.000" took; "d.lgs.", "D.P.R.", "co. 2"), which
        # espeak-ng spelled
        (r"L\.(?=\s?\d{1,4}/\d)", "legge"), (r"d\.\s?[lL]gs\.", "decreto legislativo"),
        (r"D\.P\.R\.", "decreto del Presidente della Repubblica"), (r"d\.[lL]\.(?=\s*(?:n\.\s*)?\d)", "decreto-legge"),
        (r"co\.(?=\s*\d)", "comma"),
        (r"pagg\.(?<!\d pagg\.)", "pagine"), (r"pag\.", "pagina"), (r"int\.(?=\s*\d)", "interno"),  # an address's flat
        # a member of parliament and a senator before a name (espeak-ng read "on", "sen")
        (rf"on\.{BEFORE_NAME}", "onorevole"), (rf"sen\.{BEFORE_NAME}", "senatore"),
        (r"n\.(?=\s*\d)", "numero"), (r"nº(?=\s*\d)", "numero"), (r"n°(?=\s*\d)", "numero"),
        (r"ad es\.", "ad esempio"), (r"p\. ?es\.", "per esempio"),
        # a century: "XIX sec.", "sec. XIX"
        (r"sec\.(?:(?<=[IVXL] sec\.)|(?=\s+[IVXL]+\b))", "secolo"),
        (r"tel\.", "telefono"), (r"cell\.(?=\s*:?\s*[\d+])", "cellulare"), (r"ca\.(?=\s*\d)", "circa"),
        (r"cfr\.", "confronta"), (r"avv\.", "avvocato"),
        # the pages after it, a street, an hour (espeak-ng: "segg", "vu", "acca")
        (r"segg\.(?<=\d e segg\.)", "seguenti"), (r"v\.(?=\s+[A-Z][a-zà-ù]+\s+\d)", "via"),
        (r"h\.(?=\s*\d{1,2}\b)", "ore"),
        (rf"ing\.{BEFORE_NAME}", "ingegner"), (rf"arch\.{BEFORE_NAME}", "architetto"),  # espeak-ng: "ing", "ark"
        # an address's contracted words ("P.za Navona", "C.so Italia"; espeak-ng spelled "pi zeta a")
        (r"p\.za", "piazza"), (r"p\.le", "piazzale"), (r"c\.so", "corso"), (r"v\.le", "viale"), (r"l\.go", "largo"),
        *_era("a", "avanti Cristo"), *_era("d", "dopo Cristo"), (r"cap\.(?=\s*(?:\d|[IVXLC]+\b))", "capitolo"),
        *_saints(_IT_FEMININE, _IT_SAINTS, vowel_masculine="Sant'", vowel_feminine="Sant'", impure="Santo",
                 masculine="San"),
    ],
    "pt": [
        # a translator's, an editor's, an author's note ("N. do T."; espeak-ng spelled it)
        (r"N\. do T\.", "nota do tradutor"), (r"N\. da T\.", "nota da tradutora"), (r"N\. do E\.", "nota do editor"),
        (r"N\. da E\.", "nota da editora"), (r"N\. do A\.", "nota do autor"),
        *_majesties(("SS. MM.", "Suas Majestades"), ("S. A. R.", "Sua Alteza Real"), ("S. M.", "Sua Majestade"),
                    ("S. S.", "Sua Santidade")),
        (r"ep\.(?=\s*\d)", "episódio"),  # a podcast's "ep. 12" (espeak-ng: "ep")
        (r"Dr\.ª", "Doutora"), (r"Drª", "Doutora"),  # before "Dr."
        # before "Sr.", "D." (it was "Senhor ª")
        (r"Sr\.ª", "senhora"), (r"Srª", "senhora"), (r"D\.ª", "dona"), (r"Dª", "dona"),
        (rf"Pe\.{BEFORE_NAME}", "padre"),  # "o Pe. António" (espeak-ng: "pe")
        # ranks and a friar before a name (espeak-ng: "cel", "ten", "sgto", "fr")
        *_before_a_name(("Cel.", "coronel"), ("Gen.", "general"), ("Cap.", "capitão"), ("Ten.", "tenente"),
                        ("Sgto.", "sargento"), ("Sarg.", "sargento"), ("Maj.", "major"), ("Alm.", "almirante"),
                        ("Brig.", "brigadeiro"), ("Fr.", "frei")),
        # the pages after a page ("pág. 45 e segs.", "e ss."; espeak-ng: "segs", "esse esse")
        (r"segs\.(?<=\d e segs\.)", "seguintes"), (r"ss\.(?<=\d e ss\.)", "seguintes"),
        (r"seg\.(?<=\d e seg\.)", "seguinte"),
        (r"D\.L\.(?=\s*(?:n\.º\s*)?\d)", "Decreto-Lei"),  # "o D.L. n.º 5/2020"
        (r"Sr\.", "senhor"), (r"Sra\.", "senhora"), (r"Dr\.", "doutor"), (r"Dra\.", "doutora"),
        (r"p\. ex\.", "por exemplo"), (r"etc\.", "etcétera"), (r"pág\.(?<!\d pág\.)", "página"), (r"n\.º", "número"),
        (r"nº(?=\s*\d)", "número"),
        # "D. João" is "dom João", "D. Maria" "dona Maria" (espeak-ng read "de")
        (r"D\.(?=\s+(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ]\w*a|Isabel|Beatriz|Leonor|Inês)\b)", "dona"), (r"D\.(?=\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ])", "dom"),
        *_era("a", "antes de Cristo"), *_era("d", "depois de Cristo"),
        (r"cap\.(?=\s*(?:\d|[IVXLC]+\b))", "capítulo"), (r"Sto\.", "Santo"), (r"Sta\.", "Santa"),
        (r"V\. ?Exa\.", "Vossa Excelência"), (r"V\. ?Ex\.ª", "Vossa Excelência"),
        # forms of address espeak-ng read as words or letters ("exmo", "prof a")
        (r"Exmo\.", "Excelentíssimo"), (r"Exma\.", "Excelentíssima"), (r"Prof\.ª", "Professora"),
        (r"Profª", "Professora"), (r"aprox\.", "aproximadamente"), (r"Av\.(?=\s+(?:d[aoe]s?\s+)?[A-Z])", "Avenida"),
        (r"tel\.", "telefone"), (r"art\.(?=\s*\d)", "artigo"), (r"séc\.", "século"), (r"Lda\.", "limitada"),
        (r"Ltda\.", "limitada"), (r"V\. ?Sa\.", "Vossa Senhoria"),  # Brazil's company and form of address
        (r"s/n(?![\w/])", "sem número"),
        (r"Cia\.", "companhia"),
        # espeak-ng read "ésse quê", "vol", "prof", "eng", "dê tê ó", and "R." of a street as a letter
        (r"esq\.", "esquerdo"), (r"dto\.(?<=º dto\.)", "direito"), (r"vol\.(?=\s*(?:\d|[IVXLC]+\b))", "volume"),
        (r"i\.e\.", "isto é"), (r"Prof\.(?=\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ])", "professor"),
        # a scholar's references (espeak-ng: "ibid", "ed", "esse dê", "cê efe")
        (r"ibid\.", "ibidem"), (r"ed\.(?<=ª ed\.)", "edição"), (r"s\.d\.", "sem data"), (r"cf\.", "confira"),
        (r"Profa\.(?=\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ])", "professora"), (r"Eng\.(?=\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ])", "engenheiro"),
        (r"R\.(?<=[nNdD]a R\.)", "Rua"),
        *_saints(_PT_FEMININE, _PT_SAINTS, vowel_masculine="Santo ", vowel_feminine="Santa ", impure="São",
                 masculine="São"),
    ],
    "pl": [
        (r"odc\.(?=\s*\d)", "odcinek"),  # a podcast's "odc. 13" (espeak-ng: "odc")
        (r"np\.", "na przykład"), (r"itd\.", "i tak dalej"), (r"itp\.", "i tym podobne"),
        # "tak zwany" agrees with its noun: "tzw. wojna" "tak zwana wojna", "tzw. państwo", "tzw. problem"
        (r"tzw\.(?=\s+[„\"«]?[^\W\d_]+a\b)", "tak zwana"),
        (r"tzw\.(?=\s+[„\"«]?[^\W\d_]+(?:o|e|ę|um|y|i)\b)", "tak zwane"), (r"tzw\.", "tak zwany"),
        # a book of a poem ("Pan Tadeusz, ks. XII" was "ksiądz"), in the accusative after "see", the locative after "w"
        *((rf"ks\.{after}(?=\s*(?:\d|[IVXLC]+\b))", said) for after, said in (
            (r"(?:(?<=[zZ]ob\. ks\.)|(?<=[zZ]obacz ks\.)|(?<=[pP]or\. ks\.))", "księgę"),
            (r"(?<=\b[wW] ks\.)", "księdze"),
            ("", "księga"))),
        *polish_titles(),  # "z prof. Nowakiem" "z profesorem Nowakiem"
        # a scholar's "see" and "compare", "zob. s. 12" (the page in the accusative) and "t. 2" (a volume); "por."
        # before a name may be a lieutenant's rank ("por. Kowalski"), and is left as written
        (r"zob\.", "zobacz"), (r"por\.(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ])", "porównaj"),
        (r"nast\.(?<=\bi nast\.)", "następne"),  # "s. 45 i nast."
        # the page after "see" and "compare" in the accusative, after "na" in the locative ("na s. 5" "na stronie")
        (r"s\.(?:(?<=[zZ]obacz s\.)|(?<=porównaj s\.))(?=\s*\d)", "stronę"),
        (r"str\.(?:(?<=[zZ]obacz str\.)|(?<=porównaj str\.))(?=\s*\d)", "stronę"),
        (r"s\.(?<=\b[nN]a s\.)(?=\s*\d)", "stronie"), (r"str\.(?<=\b[nN]a str\.)(?=\s*\d)", "stronie"),
        (r"t\.(?=\s*\d)", "tom"),
        # "przy ul. Długiej", "na ul. Długiej", "z ul. Długiej": "ulicy", as the preposition says
        (r"ul\.(?:(?<=[pP]rzy ul\.)|(?<=\b[nN]a ul\.)|(?<=\b[zZ] ul\.)|(?<=\b[dD]o ul\.)|(?<=\b[oO]d ul\.))", "ulicy"),
        (r"ul\.", "ulica"),
        # a century: "w XIX w." and "XIX w." are "wieku" (read then as "w dziewiętnastym wieku", "dziewiętnastego
        # wieku"); "na pocz. XX w." "na początku"
        (r"w\.(?<=[IVXL] w\.)", "wieku"), (r"pocz\.", "początku"),
        (r"i in\.", "i inni"),  # "and others" (espeak-ng: "i in")
        (r"m\.in\.", "między innymi"),
        (r"godz\.(?<=\b[oO] godz\.)", "godzinie"), (r"godz\.(?<=\b[wW] godz\.)", "godzinach"),
        (r"godz\.(?<!\d godz\.)(?<!\dgodz\.)", "godzina"),
        (r"str\.", "strona"), (r"nr(?=\s*\d)", "numer"),
        (r"p\. ?n\. ?e\.", "przed naszą erą"), (r"n\. ?e\.", "naszej ery"), (r"s\.(?=\s*\d)", "strona"),
        (r"rozdz\.", "rozdział"), (r"ust\.(?=\s*\d)", "ustęp"),
        # espeak-ng said "tej ot", "pe te", "ce de en", and stopped after "r." and "inż."
        # an editor's, a translator's, an author's note, a translation's language, an edition's amendments (espeak-ng
        # read "przyp", "red", "tłum", "ang" as words)
        (r"przyp\. ?red\.", "przypis redakcji"), (r"przyp\. ?tłum\.", "przypis tłumacza"),
        (r"przyp\. ?aut\.", "przypis autora"),
        *((rf"{verb}\. z {short}\.", f"przekład z {language}") for verb in ("przeł", "tłum") for short, language in (
            ("ang", "angielskiego"), ("fr", "francuskiego"), ("niem", "niemieckiego"), ("ros", "rosyjskiego"),
            ("wł", "włoskiego"), ("hiszp", "hiszpańskiego"), ("łac", "łacińskiego"))),
        (r"wyd\.(?=\s*\d)", "wydanie"), (r"popr\. i uzup\.", "poprawione i uzupełnione"),
        (r"tj\.", "to jest"), (rf"ok\.{A_NUMBER_AFTER}", "około"), (r"r\.(?=\s*\d{3,4}\b)", "roku"), (r"inż\.", "inżynier"),
        (r"mgr", "magister"), (r"pt\.", "pod tytułem"), (r"cdn\.", "ciąg dalszy nastąpi"), (r"ww\.", "wyżej wymienione"),
        (r"tzn\.", "to znaczy"), (r"wg(?=\s+\w)", "według"), (r"art\.(?=\s*\d)", "artykuł"),
        (r"dr\.? hab\.", "doktor habilitowany"),
        (r"nt\.", "na temat"), (r"j\.w\.", "jak wyżej"),
        # an address's flat ("ul. Długa 5 m. 12", not "pięć metrów. dwanaście"), a patron's name, a region, a telephone
        (r"m\.(?<=\d m\.)(?=\s*\d)", "mieszkanie"), (r"im\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])", "imienia"),
        *_polish_place("woj", "województwo", "województwie", "województwa", r"(?=\s)"),
        (r"pow\.(?=\s+[a-ząćęłńóśźż]+ski\b)", "powiat"), (r"tel\.", "telefon"),
        # an avenue, a square, an estate before its name: "przy al. Jerozolimskich" "przy alei", "na pl. Zamkowym"
        # "na placu" (espeak-ng said "al", "pe el")
        *_polish_place("al", "aleja", "alei", "alei"), *_polish_place("pl", "plac", "placu", "placu"),
        *_polish_place("os", "osiedle", "osiedlu", "osiedla"),
        (r"proc\.(?<=\d proc\.)", "procent"),  # "12,5 proc.": espeak-ng said "proc"
    ],
    "ru": [
        (r"вып\.(?=\s*\d)", "выпуск"),  # a podcast's or a journal's "вып. 13" (espeak-ng: "вып")
        # a publisher (espeak-ng: "izd ve")
        (r"изд-ве", "издательстве"), (r"изд-во", "издательство"), (r"изд-ва", "издательства"),
        (r"и т\. ?д\.", "и так далее"), (r"и т\. ?п\.", "и тому подобное"), (r"т\. ?е\.", "то есть"),
        (r"в т\. ?ч\.", "в том числе"), (r"и пр\.", "и прочее"),
        # an editor's, a translator's, an author's note, a translation's language, an edition's amendments (espeak-ng
        # read "прим", "ред", "пер", "англ" as words)
        (r"прим(?:еч)?\. ?ред\.", "примечание редакции"), (r"прим(?:еч)?\. ?пер\.", "примечание переводчика"),
        (r"прим(?:еч)?\. ?авт\.", "примечание автора"),
        *((rf"пер\. с {short}\.", f"перевод с {language}") for short, language in (
            ("англ", "английского"), ("фр", "французского"), ("франц", "французского"), ("нем", "немецкого"),
            ("итал", "итальянского"), ("исп", "испанского"), ("польск", "польского"), ("лат", "латинского"),
            ("греч", "греческого"))),
        (r"изд\.(?=\s*\d)", "издание"), (r"испр\. и доп\.", "исправленное и дополненное"),
        # "т. н." agreeing with the noun after it where its ending tells ("т. н. «союзники»", "т. н. «реформа»")
        (r"т\. ?н\.(?=\s+[«\"„]?[а-яё]+[ыи]\b)", "так называемые"),
        (r"т\. ?н\.(?=\s+[«\"„]?[а-яё]+а\b)", "так называемая"), (r"т\. ?н\.", "так называемый"),
        (r"т\. ?к\.", "так как"),
        # "на ул. Ленина", "по ул. Ленина": the street in the prepositional and dative, "улице"
        (r"ул\.(?:(?<=[нН]а ул\.)|(?<=[пП]о ул\.))", "улице"),
        # "см." after a number is centimeters, its unit's (`units`): "рост 180 см." was "сто восемьдесят смотри"
        (r"ул\.", "улица"), (r"см\.(?<!\d см\.)(?<!\dсм\.)", "смотри"),
        # a page after "см." in the accusative, after "на" in the prepositional ("см. стр. 5" "смотри страницу пять",
        # "на стр. 5" "на странице"; "смотри страница" was heard)
        (r"стр\.(?<=[сС]мотри стр\.)(?=\s*\d)", "страницу"), (r"стр\.(?<=\b[нН]а стр\.)(?=\s*\d)", "странице"),
        (r"стр\.", "страница"),
        # espeak-ng read "ок", "обл", "тел" and "р" as words or letters
        (rf"ок\.{A_NUMBER_AFTER}", "около"), (r"напр\.", "например"),
        (r"обл\.", "область"), (r"Тел\.", "телефон"), (r"тел\.", "телефон"),
        (r"р\.(?=\s+[А-ЯЁ][а-яё])", "река"),
        # "см. с. 12": "смотри страницу"; "т. 2", "Т. 2": "том"
        (r"с\.(?<=[сС]мотри с\.)(?=\s*\d)", "страницу"), (r"с\.(?<=\b[нН]а с\.)(?=\s*\d)", "странице"),
        (r"т\.(?=\s*\d)", "том"),
        *((rf"г-{ending}", f"господ{form}") for ending, form in (
            ("ном", "ином"), ("на", "ина"), ("ну", "ину"), ("не", "ине"), ("н", "ин"), ("жой", "жой"), ("жа", "жа"),
            ("жи", "жи"), ("же", "же"), ("жу", "жу"))),  # "г-ну Иванову" "господину" (espeak-ng: "гэ ну")
        *((rf"д-р{ending}(?=\s+[А-ЯЁ])", f"доктор{ending}") for ending in ("", "а", "у", "ом", "е")),
        (r"др\.", "другие"),
        (r"до н\. ?э\.", "до нашей эры"), (r"н\. ?э\.", "нашей эры"), (r"с\.(?=\s*\d)", "страница"),
        # after "см." the accusative: "см. гл. 3" "смотри главу три", "см. ст. 5" "смотри статью" (was "смотри глава")
        (r"гл\.(?<=[сС]мотри гл\.)(?=\s*\d)", "главу"), (r"ст\.(?<=[сС]мотри ст\.)(?=\s*\d)", "статью"),
        (r"гл\.(?=\s*\d)", "глава"), (r"п\.(?<=\b[вВ] п\.)(?=\s*\d)", "пункте"), (r"п\.(?=\s*\d)", "пункт"),
        (r"след\.(?<=\bи след\.)", "следующие"),  # "с. 45 и след."
        # a law's article and part ("согласно ст. 12", "ч. 2 ст. 105": "часть два статьи"), which espeak-ng spelled;
        # of a part, after its number, the article is in the genitive
        (r"ч\.(?=\s*\d+\s+ст\.)", "часть"), (r"ст\.(?<=\d ст\.)(?=\s*\d)", "статьи"),
        *_place("ст", r"(?=\s*\d)", "статья", (("[вВ]", "[оО]", "[пП]о", "[сС]огласно", "[кК]"), "статье"),
                (("[иИ]з", "[дД]о", "[дД]ля", "[оО]т"), "статьи")),
        # espeak-ng spelled these or switched to English letters ("в XX в.")
        # ("г." after a year's number is the year's: "в 1812 г. Наполеон")
        # (the city in the case its preposition asks: "в г. Москве" "в городе", "из г. Тулы" "из города"; "вошёл в г.
        # Москва" is "в город", a name in the nominative after a motion's "в")
        *_place("г", r"(?=\s+[А-ЯЁ][\w-]*[еи]\b)", "город", (("[вВ]", "[нН]а"), "городе"))[:-1],
        *_place("г", _RU_BEFORE_NAME, "город", (_RU_GENITIVE_PLACE, "города"))[:-1],
        (r"г\.(?<!\d г\.)(?<!\dг\.)(?=\s+[А-ЯЁ])", "город"), (r"д\.(?=\s*\d)", "дом"),
        (r"кв\.(?<![IVX] кв\.)(?=\s*\d)", "квартира"),  # not a quarter's "III кв." (`roman`)
        # after a word ("тысяч руб."); after a number they are units, in the number's form ("2 тыс." "две тысячи")
        (r"тыс\.(?<!\d тыс\.)(?<!\dтыс\.)", "тысяч"), (r"руб\.(?<!\d руб\.)(?<!\dруб\.)", "рублей"),
        (r"с\. ?ш\.", "северной широты"), (r"ю\. ?ш\.", "южной широты"), (r"в\. ?д\.", "восточной долготы"),
        (r"з\. ?д\.", "западной долготы"),  # a coordinate's "55°45′ с. ш."
        (r"им\.(?=\s+[А-ЯЁ])", "имени"),
        *russian_titles(),  # "с проф. Ивановым" "с профессором Ивановым"
        # places before a name (espeak-ng spelled "о з", "п л"), in the prepositional after "на" and the
        # genitive after "у", "около", "возле", "от", "до", "из"
        *_russian_place("пр", "проспект", "проспекте", "проспекта"),
        *_russian_place("пл", "площадь", "площади", "площади"), *_russian_place("оз", "озеро", "озере", "озера"),
        # a village, a settlement, a railway station before its name ("у д. Бородино"; "д. 5" is a house, "с. 5" a
        # page), after "в" in the prepositional where the name's ending shows it ("в с. Михайловском")
        *((rf"{short}\.(?<=\b[вВ] {short}\.)(?=\s+[А-ЯЁ][\w-]*(?:ом|ем|е|и)\b)", said) for short, said in (
            ("д", "деревне"), ("с", "селе"), ("пос", "посёлке"))),
        *_russian_place("д", "деревня", "деревне", "деревни"), *_russian_place("с", "село", "селе", "села"),
        *_russian_place("пос", "посёлок", "посёлке", "посёлка"), *_russian_place("ст", "станция", "станции", "станции"),
        (r"канд\.(?=\s)", "кандидат"), (r"чл\.-корр\.", "член-корреспондент"),
        (r"нач\.(?<=[вВ] нач\.)", "начале"), (r"нач\.", "начало"),  # "в нач. XX в.": "в начале двадцатого века"
        # a century: "в XIX в." (or "В XIX в.", a sentence's start) is "в девятнадцатом веке"; elsewhere the genitive,
        # as "конец XIX в.", "литература XX в." say it
        *((rf"в\.(?<=[вВ] [IVXL]{{{n}}} в\.)", "веке") for n in range(1, 7)), (r"в\.(?<=[IVXL] в\.)", "века"),
    ],
    "nl": [
        # a translator's, an editor's note ("n.v.d.v.", "noot v.d. vert."; espeak-ng spelled them)
        (r"n\.v\.d\.v\.", "noot van de vertaler"), (r"n\.v\.d\.r\.", "noot van de redactie"),
        (r"noot v\.d\. ?vert\.", "noot van de vertaler"), (r"noot v\.d\. ?red\.", "noot van de redactie"),
        (r"afl\.(?=\s*\d)", "aflevering"),  # a podcast's "afl. 13" (espeak-ng: "afl")
        (r"bijv\.", "bijvoorbeeld"), (r"b\.v\.", "bijvoorbeeld"), (r"enz\.", "enzovoort"), (r"d\.w\.z\.", "dat wil zeggen"),
        (r"o\.l\.v\.", "onder leiding van"),  # a conductor's "o.l.v." (espeak-ng: "o el ve")
        (r"dhr\.", "de heer"), (r"mevr\.", "mevrouw"), (r"mw\.(?=\s+[A-Z])", "mevrouw"),
        (r"jhr\.(?=\s+[A-Z])", "jonkheer"), (r"a\.u\.b\.", "alstublieft"), (r"m\.i\.(?!\w)", "mijns inziens"),
        # a company's "B.V." is written in capitals, so "bv." is "bijvoorbeeld"
        (r"bv\.", "bijvoorbeeld"), (r"dr\.", "dokter"),
        # a minister, a monsignor, royal forms of address (espeak-ng spelled "de es", "zet ka ha", "ha em", "em ge er")
        (rf"ds\.{BEFORE_NAME}", "dominee"), (rf"mgr\.{BEFORE_NAME}", "monseigneur"),
        # ranks, offices and callings before a name, its particle too ("burg. van Dam"; espeak-ng read "burg", "kol",
        # "weth" and spelled "zet er", each followed by a sentence's pause)
        *_before_a_name(("gen.", "generaal"), ("kol.", "kolonel"), ("burg.", "burgemeester"), ("weth.", "wethouder"),
                        ("past.", "pastoor"), ("br.", "broeder"), ("zr.", "zuster"), ("lt.", "luitenant"),
                        ("kapt.", "kapitein"), particles="van|de|der|den|ter|ten"),
        (r"Z\.K\.H\.", "Zijne Koninklijke Hoogheid"), (r"H\.K\.H\.", "Hare Koninklijke Hoogheid"),
        (r"Z\.M\.", "Zijne Majesteit"), (r"H\.M\.(?=\s+(?:de|koning))", "Hare Majesteit"), (r"o\.a\.", "onder andere"),
        (r"nr\.(?=\s*\d)", "nummer"), (r"ca\.", "circa"),
        # a scholar's references (espeak-ng: "ibid", "te a pe", "zet jot")
        (r"ibid\.", "ibidem"), (r"t\.a\.p\.", "ter aangehaalder plaatse"), (r"z\.j\.", "zonder jaar"),
        (r"v\. ?Chr\.", "voor Christus"), (r"n\. ?Chr\.", "na Christus"), (r"blz\.(?<!\d blz\.)", "bladzijde"),
        (r"hfdst\.", "hoofdstuk"), (rf"St\.{BEFORE_NAME}", "Sint"), (r"par\.(?=\s*\d)", "paragraaf"),
        # spelled by espeak-ng ("ie pee vee"); read out in full by a narrator
        (r"i\.p\.v\.", "in plaats van"), (r"t\.a\.v\.", "ter attentie van"), (r"n\.a\.v\.", "naar aanleiding van"),
        (r"m\.b\.t\.", "met betrekking tot"), (r"o\.b\.v\.", "op basis van"), (r"a\.s\.(?=\s+[a-z])", "aanstaande"),
        (r"z\.g\.a\.n\.", "zo goed als nieuw"), (r"m\.a\.w\.", "met andere woorden"), (r"resp\.", "respectievelijk"),
        (r"evt\.", "eventueel"), (r"incl\.", "inclusief"),
        # espeak-ng said "tee slash em", "tel", "hfst", "del", "prof", "ie er", "ie vee em", "jee el"
        (r"t/m", "tot en met"), (r"Tel\.", "telefoon"), (r"tel\.", "telefoon"), (r"hfst\.", "hoofdstuk"),
        (r"dl\.(?=\s*\d)", "deel"), (r"Prof\.", "professor"), (r"prof\.", "professor"),
        (r"ir\.(?=\s+[A-Z])", "ingenieur"),
        (r"vgl\.", "vergelijk"), (r"d\.i\.", "dat is"),  # espeak-ng said "ve ge el", "de i"
        (r"t\.o\.v\.", "ten opzichte van"), (r"m\.i\.v\.", "met ingang van"), (r"z\.s\.m\.", "zo snel mogelijk"),
        (r"m\.u\.v\.", "met uitzondering van"), (r"p\.p\.(?=\s*[€\d])", "per persoon"),
        # academic titles before a name (espeak-ng read "mr" as "mister", "drs" letter by letter)
        (r"mr\.(?=\s+[A-Z])", "meester"), (r"ing\.(?=\s+[A-Z])", "ingenieur"),
        (r"drs\.(?=\s+[A-Z])", "doctorandus"), (r"i\.v\.m\.", "in verband met"), (r"j\.l\.", "jongstleden"),
        # "blz. 45 e.v.": the pages after it
        (r"e\.v\.(?<=\d e\.v\.)", "en volgende"),
        # a rent's month, a price without tax, a life's dates (espeak-ng: "pee slash em", "excl", "geb", "overl")
        (r"p/m(?![\w/])", "per maand"), (r"excl\.", "exclusief"), (r"geb\.", "geboren"), (r"overl\.", "overleden"),
    ],
}
# the numero sign before a number in every language, doubled for more than one ("№ 5", "№№ 6–7"): espeak-ng dropped
# it in Polish and French, said "Numero" in German and "номер номер" for the doubled sign
_NUMERO = {"en": ("number", "numbers"), "fr": ("numéro", "numéros"), "de": ("Nummer", "Nummern"),
           "es": ("número", "números"), "pt": ("número", "números"), "ca": ("número", "números"),
           "it": ("numero", "numeri"), "nl": ("nummer", "nummers"), "sv": ("nummer", "nummer"),
           "pl": ("numer", "numery"), "ru": ("номер", "номера")}
for _language, (_one, _more) in _NUMERO.items():
    ABBREVIATIONS[_language][:0] = [(r"№№(?=\s*\d)", _more), (r"№(?=\s*\d)", _one)]

# units after a number ("5 km", "2,5 kg"), which espeak-ng spelled ("K M"; Russian switched to English letters):
# language -> unit -> (one, few, many) and, for Polish and Russian, the form after a fraction
_METRIC = ("km/h", "km", "cm", "mm", "m", "kg", "mg", "g", "ml", "l")
UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {**dict(zip(_METRIC, [(one, many, many) for one, many in (
        ("kilometer per hour", "kilometers per hour"), ("kilometer", "kilometers"), ("centimeter", "centimeters"),
        ("millimeter", "millimeters"), ("meter", "meters"), ("kilogram", "kilograms"), ("milligram", "milligrams"),
        ("gram", "grams"), ("milliliter", "milliliters"), ("liter", "liters"))])),
           "ft": ("foot", "feet", "feet"), "mi": ("mile", "miles", "miles"), "lb": ("pound", "pounds", "pounds"),
           "lbs": ("pound", "pounds", "pounds"), "oz": ("ounce", "ounces", "ounces"), "yd": ("yard", "yards", "yards"),
           "yds": ("yard", "yards", "yards"), "mph": ("mile per hour", "miles per hour", "miles per hour"),
           "mpg": ("mile per gallon", "miles per gallon", "miles per gallon"),
           "kn": ("knot", "knots", "knots"), "kts": ("knot", "knots", "knots"),  # a ship's speed ("twelve kts")
           # recipes, times and areas, which espeak-ng spelled ("T S P", "H R S", "S Q F T")
           **{short: (one, many, many) for shorts, one, many in (
               (("tsp",), "teaspoon", "teaspoons"), (("tbsp", "tbs", "Tbsp", "Tbs"), "tablespoon", "tablespoons"),
               (("fl oz",), "fluid ounce", "fluid ounces"), (("gal",), "gallon", "gallons"),
               (("qt",), "quart", "quarts"),
               (("hr", "hrs"), "hour", "hours"), (("min", "mins"), "minute", "minutes"),
               (("sec", "secs"), "second", "seconds"), (("pts",), "point", "points"),  # a game's "23 pts"
               # a pulse's and an engine's beats and turns, a car's speed (espeak-ng spelled them)
               (("bpm",), "beat per minute", "beats per minute"), (("rpm",), "revolution per minute",
                                                                     "revolutions per minute"),
               (("kph",), "kilometer per hour", "kilometers per hour"),
               # a science text's hours and concentrations ("24 h", "415 ppm")
               (("h",), "hour", "hours"), (("ppm",), "part per million", "parts per million"),
               (("sq ft", "sq. ft", "sq.ft", "ft²", "ft2"), "square foot", "square feet"),
               (("sq mi", "sq. mi", "mi²"), "square mile", "square miles"),
               (("sq in", "sq. in", "in²"), "square inch", "square inches"),
               (("sq yd", "sq. yd", "yd²"), "square yard", "square yards"),
               (("cu ft", "cu. ft", "ft³"), "cubic foot", "cubic feet"), (("in³",), "cubic inch", "cubic inches"),
               (("yd³",), "cubic yard", "cubic yards"),
               # a square meter written the imperial way, a sea's miles, a pharmacist's micrograms ("three ft" was
               # heard for "3 ft²", the power lost)
               (("sq m", "sq. m"), "square meter", "square meters"), (("sq km", "sq. km"), "square kilometer",
                                                                       "square kilometers"),
               (("nmi",), "nautical mile", "nautical miles"), (("mcg",), "microgram", "micrograms"),
               # an older book's weights: "3 cwt. 2 qrs.", "4 dwt." (espeak-ng: "C W T", "Q R S", "D W T")
               (("cwt",), "hundredweight", "hundredweight"), (("qr", "qrs"), "quarter", "quarters"),
               (("dwt",), "pennyweight", "pennyweights"), (("doz",), "dozen", "dozen"),
               (("p.c", "per cent."), "per cent", "per cent"))
              for short in shorts}},
    "fr": dict(zip(_METRIC, [(one, many, many) for one, many in (
        ("kilomètre-heure", "kilomètres-heure"), ("kilomètre", "kilomètres"), ("centimètre", "centimètres"),
        ("millimètre", "millimètres"), ("mètre", "mètres"), ("kilogramme", "kilogrammes"),
        ("milligramme", "milligrammes"), ("gramme", "grammes"), ("millilitre", "millilitres"), ("litre", "litres"))])),
    "de": dict(zip(_METRIC, [(w, w, w) for w in (
        "Kilometer pro Stunde", "Kilometer", "Zentimeter", "Millimeter", "Meter", "Kilogramm", "Milligramm", "Gramm",
        "Milliliter", "Liter")])),
    "es": dict(zip(_METRIC, [(w, p, p) for w, p in (
        ("kilómetro por hora", "kilómetros por hora"), ("kilómetro", "kilómetros"), ("centímetro", "centímetros"),
        ("milímetro", "milímetros"), ("metro", "metros"), ("kilogramo", "kilogramos"), ("miligramo", "miligramos"),
        ("gramo", "gramos"), ("mililitro", "mililitros"), ("litro", "litros"))])),
    "it": dict(zip(_METRIC, [(w, p, p) for w, p in (
        ("chilometro orario", "chilometri orari"), ("chilometro", "chilometri"), ("centimetro", "centimetri"),
        ("millimetro", "millimetri"), ("metro", "metri"), ("chilogrammo", "chilogrammi"), ("milligrammo", "milligrammi"),
        ("grammo", "grammi"), ("millilitro", "millilitri"), ("litro", "litri"))])),
    "pt": dict(zip(_METRIC, [(w, p, p) for w, p in (
        ("quilómetro por hora", "quilómetros por hora"), ("quilómetro", "quilómetros"), ("centímetro", "centímetros"),
        ("milímetro", "milímetros"), ("metro", "metros"), ("quilograma", "quilogramas"), ("miligrama", "miligramas"),
        ("grama", "gramas"), ("mililitro", "mililitros"), ("litro", "litros"))])),
    "ca": dict(zip(_METRIC, [(w, p, p) for w, p in (
        ("quilòmetre per hora", "quilòmetres per hora"), ("quilòmetre", "quilòmetres"), ("centímetre", "centímetres"),
        ("mil·límetre", "mil·límetres"), ("metre", "metres"), ("quilogram", "quilograms"), ("mil·ligram", "mil·ligrams"),
        ("gram", "grams"), ("mil·lilitre", "mil·lilitres"), ("litre", "litres"))])),
    "nl": dict(zip(_METRIC, [(w, w, w) for w in (
        "kilometer per uur", "kilometer", "centimeter", "millimeter", "meter", "kilogram", "milligram", "gram",
        "milliliter", "liter")])),
    "sv": dict(zip(_METRIC, [(w, w, w) for w in (
        "kilometer i timmen", "kilometer", "centimeter", "millimeter", "meter", "kilo", "milligram", "gram",
        "milliliter", "liter")])),
    "pl": dict(zip(_METRIC, [(f"{a}{tail}", f"{b}{tail}", f"{c}{tail}", f"{d}{tail}") for (a, b, c, d), tail in (
        (("kilometr", "kilometry", "kilometrów", "kilometra"), " na godzinę"),
        (("kilometr", "kilometry", "kilometrów", "kilometra"), ""),
        (("centymetr", "centymetry", "centymetrów", "centymetra"), ""),
        (("milimetr", "milimetry", "milimetrów", "milimetra"), ""), (("metr", "metry", "metrów", "metra"), ""),
        (("kilogram", "kilogramy", "kilogramów", "kilograma"), ""),
        (("miligram", "miligramy", "miligramów", "miligrama"), ""), (("gram", "gramy", "gramów", "grama"), ""),
        (("mililitr", "mililitry", "mililitrów", "mililitra"), ""), (("litr", "litry", "litrów", "litra"), ""))])),
}
# Russian: the Cyrillic abbreviations, and the Latin ones too ("г" is also "год", a year: grams only without a stop and
# after a number below a thousand or with a fraction, `quantities.units`)
_RU_UNITS = [(f"{a}{tail}", f"{b}{tail}", f"{c}{tail}", f"{b}{tail}") for (a, b, c), tail in (
    (("километр", "километра", "километров"), " в час"), (("километр", "километра", "километров"), ""),
    (("сантиметр", "сантиметра", "сантиметров"), ""), (("миллиметр", "миллиметра", "миллиметров"), ""),
    (("метр", "метра", "метров"), ""), (("килограмм", "килограмма", "килограммов"), ""),
    (("миллиграмм", "миллиграмма", "миллиграммов"), ""), (("грамм", "грамма", "граммов"), ""),
    (("миллилитр", "миллилитра", "миллилитров"), ""), (("литр", "литра", "литров"), ""))]
UNITS["ru"] = {**dict(zip(_METRIC, _RU_UNITS)),
               **{k: v for k, v in zip(("км/ч", "км", "см", "мм", "м", "кг", "мг", "", "мл", "л"), _RU_UNITS) if k},
               # counts and money after a number ("5 тыс.", "3 млн", "2 руб."): espeak-ng spelled them
               "г": ("грамм", "грамма", "граммов", "грамма"),
               # a recipe's spoons (espeak-ng: "эс тэ эл", "чэ эл")
               **dict.fromkeys(("ст. л.", "ст.л."), ("столовая ложка", "столовые ложки", "столовых ложек",
                                                   "столовой ложки")),
               **dict.fromkeys(("ч. л.", "ч.л."), ("чайная ложка", "чайные ложки", "чайных ложек", "чайной ложки")),
               "тыс.": ("тысяча", "тысячи", "тысяч", "тысячи"), "млн": ("миллион", "миллиона", "миллионов", "миллиона"),
               "млрд": ("миллиард", "миллиарда", "миллиардов", "миллиарда"),
               "руб.": ("рубль", "рубля", "рублей", "рубля"), "коп.": ("копейка", "копейки", "копеек", "копейки")}
# a computer's sizes and speeds and a frequency ("4.5 MB", "3 GHz", "100 Mbps"), which espeak-ng spelled ("em bee")
_DIGITAL = ("KB", "kB", "MB", "GB", "TB", "Hz", "kHz", "MHz", "GHz", "Mbps", "Gbps")
_DIGITAL_WORDS = {  # the words of a language whose nouns have one plural: (singular, plural), in _DIGITAL's order
    "en": ["kilobyte/kilobytes", "megabyte/megabytes", "gigabyte/gigabytes", "terabyte/terabytes", "hertz/hertz",
           "kilohertz/kilohertz", "megahertz/megahertz", "gigahertz/gigahertz",
           "megabit per second/megabits per second", "gigabit per second/gigabits per second"],
    "fr": ["kilooctet/kilooctets", "mégaoctet/mégaoctets", "gigaoctet/gigaoctets", "téraoctet/téraoctets",
           "hertz/hertz", "kilohertz/kilohertz", "mégahertz/mégahertz", "gigahertz/gigahertz",
           "mégabit par seconde/mégabits par seconde", "gigabit par seconde/gigabits par seconde"],
    "de": ["Kilobyte/Kilobyte", "Megabyte/Megabyte", "Gigabyte/Gigabyte", "Terabyte/Terabyte", "Hertz/Hertz",
           "Kilohertz/Kilohertz", "Megahertz/Megahertz", "Gigahertz/Gigahertz", "Megabit pro Sekunde/Megabit pro "
           "Sekunde", "Gigabit pro Sekunde/Gigabit pro Sekunde"],
    "es": ["kilobyte/kilobytes", "megabyte/megabytes", "gigabyte/gigabytes", "terabyte/terabytes", "hercio/hercios",
           "kilohercio/kilohercios", "megahercio/megahercios", "gigahercio/gigahercios",
           "megabit por segundo/megabits por segundo", "gigabit por segundo/gigabits por segundo"],
    "it": ["kilobyte/kilobyte", "megabyte/megabyte", "gigabyte/gigabyte", "terabyte/terabyte", "hertz/hertz",
           "kilohertz/kilohertz", "megahertz/megahertz", "gigahertz/gigahertz", "megabit al secondo/megabit al "
           "secondo", "gigabit al secondo/gigabit al secondo"],
    "pt": ["quilobyte/quilobytes", "megabyte/megabytes", "gigabyte/gigabytes", "terabyte/terabytes", "hertz/hertz",
           "quilohertz/quilohertz", "megahertz/megahertz", "gigahertz/gigahertz",
           "megabit por segundo/megabits por segundo", "gigabit por segundo/gigabits por segundo"],
    "ca": ["kilobyte/kilobytes", "megabyte/megabytes", "gigabyte/gigabytes", "terabyte/terabytes", "hertz/hertz",
           "quilohertz/quilohertz", "megahertz/megahertz", "gigahertz/gigahertz",
           "megabit per segon/megabits per segon", "gigabit per segon/gigabits per segon"],
    "nl": ["kilobyte/kilobyte", "megabyte/megabyte", "gigabyte/gigabyte", "terabyte/terabyte", "hertz/hertz",
           "kilohertz/kilohertz", "megahertz/megahertz", "gigahertz/gigahertz", "megabit per seconde/megabit per "
           "seconde", "gigabit per seconde/gigabit per seconde"],
    "sv": ["kilobyte/kilobyte", "megabyte/megabyte", "gigabyte/gigabyte", "terabyte/terabyte", "hertz/hertz",
           "kilohertz/kilohertz", "megahertz/megahertz", "gigahertz/gigahertz", "megabit per sekund/megabit per "
           "sekund", "gigabit per sekund/gigabit per sekund"],
}
for _language, _words in _DIGITAL_WORDS.items():
    _forms = [(one, many, many) for one, many in (pair.split("/") for pair in _words)]
    UNITS[_language].update(zip(_DIGITAL, [_forms[0], *_forms]))  # "KB" and "kB" alike
# Polish and Russian: (one, few, many, after a fraction)
_SLAVIC_DIGITAL = {
    "pl": [(("kilobajt", "kilobajty", "kilobajtów", "kilobajta"), ""), (("megabajt", "megabajty", "megabajtów",
           "megabajta"), ""), (("gigabajt", "gigabajty", "gigabajtów", "gigabajta"), ""),
           (("terabajt", "terabajty", "terabajtów", "terabajta"), ""), (("herc", "herce", "herców", "herca"), ""),
           (("kiloherc", "kiloherce", "kiloherców", "kiloherca"), ""),
           (("megaherc", "megaherce", "megaherców", "megaherca"), ""),
           (("gigaherc", "gigaherce", "gigaherców", "gigaherca"), ""),
           (("megabit", "megabity", "megabitów", "megabita"), " na sekundę"),
           (("gigabit", "gigabity", "gigabitów", "gigabita"), " na sekundę")],
    "ru": [(("килобайт", "килобайта", "килобайт", "килобайта"), ""), (("мегабайт", "мегабайта", "мегабайт",
           "мегабайта"), ""), (("гигабайт", "гигабайта", "гигабайт", "гигабайта"), ""),
           (("терабайт", "терабайта", "терабайт", "терабайта"), ""), (("герц", "герца", "герц", "герца"), ""),
           (("килогерц", "килогерца", "килогерц", "килогерца"), ""),
           (("мегагерц", "мегагерца", "мегагерц", "мегагерца"), ""),
           (("гигагерц", "гигагерца", "гигагерц", "гигагерца"), ""),
           (("мегабит", "мегабита", "мегабит", "мегабита"), " в секунду"),
           (("гигабит", "гигабита", "гигабит", "гигабита"), " в секунду")],
}
for _language, _pairs in _SLAVIC_DIGITAL.items():
    _forms = [tuple(f"{form}{tail}" for form in forms) for forms, tail in _pairs]
    UNITS[_language].update(zip(_DIGITAL, [_forms[0], *_forms]))
# the languages' own abbreviations: French "Mo" (mégaoctet), Russian "МБ" and "ГГц"
UNITS["fr"].update(zip(("Ko", "Mo", "Go", "To"), (UNITS["fr"][unit] for unit in ("KB", "MB", "GB", "TB"))))
UNITS["ru"].update(zip(("КБ", "Кб", "МБ", "Мб", "ГБ", "Гб", "ТБ", "Тб", "Гц", "кГц", "МГц", "ГГц"), (
    UNITS["ru"][unit] for unit in ("KB", "KB", "MB", "MB", "GB", "GB", "TB", "TB", "Hz", "kHz", "MHz", "GHz"))))
# power and energy ("5 kW", "100 kWh", "2 GW"), which espeak-ng spelled ("kay double-you aitch"): (one, many) per
# unit, and Polish and Russian (one, few, many, after a fraction)
_ENERGY = ("kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh")
_ENERGY_WORDS = {
    "en": "kilowatt/kilowatts megawatt/megawatts gigawatt/gigawatts kilowatt-hour/kilowatt-hours "
          "megawatt-hour/megawatt-hours gigawatt-hour/gigawatt-hours terawatt-hour/terawatt-hours",
    "de": "Kilowatt/Kilowatt Megawatt/Megawatt Gigawatt/Gigawatt Kilowattstunde/Kilowattstunden "
          "Megawattstunde/Megawattstunden Gigawattstunde/Gigawattstunden Terawattstunde/Terawattstunden",
    "fr": "kilowatt/kilowatts mégawatt/mégawatts gigawatt/gigawatts kilowattheure/kilowattheures "
          "mégawattheure/mégawattheures gigawattheure/gigawattheures térawattheure/térawattheures",
    "es": "kilovatio/kilovatios megavatio/megavatios gigavatio/gigavatios kilovatio_hora/kilovatios_hora "
          "megavatio_hora/megavatios_hora gigavatio_hora/gigavatios_hora teravatio_hora/teravatios_hora",
    "it": "kilowatt/kilowatt megawatt/megawatt gigawatt/gigawatt kilowattora/kilowattora megawattora/megawattora "
          "gigawattora/gigawattora terawattora/terawattora",
    "pt": "quilowatt/quilowatts megawatt/megawatts gigawatt/gigawatts quilowatt-hora/quilowatts-hora "
          "megawatt-hora/megawatts-hora gigawatt-hora/gigawatts-hora terawatt-hora/terawatts-hora",
    "ca": "quilowatt/quilowatts megawatt/megawatts gigawatt/gigawatts quilowatt_hora/quilowatts_hora "
          "megawatt_hora/megawatts_hora gigawatt_hora/gigawatts_hora terawatt_hora/terawatts_hora",
    "nl": "kilowatt/kilowatt megawatt/megawatt gigawatt/gigawatt kilowattuur/kilowattuur megawattuur/megawattuur "
          "gigawattuur/gigawattuur terawattuur/terawattuur",
    "sv": "kilowatt/kilowatt megawatt/megawatt gigawatt/gigawatt kilowattimme/kilowattimmar "
          "megawattimme/megawattimmar gigawattimme/gigawattimmar terawattimme/terawattimmar",
}
for _language, _words in _ENERGY_WORDS.items():
    UNITS[_language].update(zip(_ENERGY, [(one.replace("_", " "), many.replace("_", " "), many.replace("_", " "))
                                          for one, many in (pair.split("/") for pair in _words.split())]))
_SLAVIC_ENERGY = {
    "pl": ("kilowat kilowaty kilowatów kilowata", "megawat megawaty megawatów megawata",
           "gigawat gigawaty gigawatów gigawata", "kilowatogodzina kilowatogodziny kilowatogodzin kilowatogodziny",
           "megawatogodzina megawatogodziny megawatogodzin megawatogodziny",
           "gigawatogodzina gigawatogodziny gigawatogodzin gigawatogodziny",
           "terawatogodzina terawatogodziny terawatogodzin terawatogodziny"),
    "ru": ("киловатт киловатта киловатт киловатта", "мегаватт мегаватта мегаватт мегаватта",
           "гигаватт гигаватта гигаватт гигаватта", "киловатт-час киловатт-часа киловатт-часов киловатт-часа",
           "мегаватт-час мегаватт-часа мегаватт-часов мегаватт-часа",
           "гигаватт-час гигаватт-часа гигаватт-часов гигаватт-часа",
           "тераватт-час тераватт-часа тераватт-часов тераватт-часа"),
}
for _language, _forms in _SLAVIC_ENERGY.items():
    UNITS[_language].update(zip(_ENERGY, (tuple(forms.split()) for forms in _forms)))
UNITS["ru"].update(zip(("кВт", "МВт", "ГВт", "кВт·ч", "МВт·ч", "ГВт·ч", "ТВт·ч"),
                      (UNITS["ru"][unit] for unit in _ENERGY)))
# a watt alone ("a 60 W bulb": espeak-ng said "sixty double-you")
for _language, _watts in {"en": ("watt", "watts"), "fr": ("watt", "watts"), "de": ("Watt", "Watt"),
                          "es": ("vatio", "vatios"), "it": ("watt", "watt"), "pt": ("watt", "watts"),
                          "ca": ("watt", "watts"), "nl": ("watt", "watt"), "sv": ("watt", "watt")}.items():
    UNITS[_language]["W"] = (_watts[0], _watts[1], _watts[1])
UNITS["pl"]["W"] = ("wat", "waty", "watów", "wata")
# blood pressure's millimetres of mercury ("120/80 mmHg", "мм рт. ст."), which espeak-ng spelled
for _language, (_one, _many) in {
        "en": ("millimeter of mercury", "millimeters of mercury"),
        "fr": ("millimètre de mercure", "millimètres de mercure"), "de": ("Millimeter Quecksilbersäule",) * 2,
        "es": ("milímetro de mercurio", "milímetros de mercurio"),
        "it": ("millimetro di mercurio", "millimetri di mercurio"),
        "pt": ("milímetro de mercúrio", "milímetros de mercúrio"),
        "ca": ("mil·límetre de mercuri", "mil·límetres de mercuri"), "nl": ("millimeter kwik",) * 2,
        "sv": ("millimeter kvicksilver",) * 2}.items():
    UNITS[_language]["mmHg"] = (_one, _many, _many)
UNITS["pl"]["mmHg"] = ("milimetr słupa rtęci", "milimetry słupa rtęci", "milimetrów słupa rtęci",
                       "milimetra słupa rtęci")
UNITS["ru"]["mmHg"] = UNITS["ru"]["мм рт. ст."] = ("миллиметр ртутного столба", "миллиметра ртутного столба",
                                                   "миллиметров ртутного столба", "миллиметра ртутного столба")
UNITS["en"].update({"Gt": ("gigatonne", "gigatonnes", "gigatonnes"),  # emissions ("36.8 Gt of CO2")
                    "Mt": ("megatonne", "megatonnes", "megatonnes")})
UNITS["ru"]["W"] = UNITS["ru"]["Вт"] = ("ватт", "ватта", "ватт", "ватта")
# a metric tonne after a number ("2 t", "3,5 t"; espeak-ng said the letter); not English's, whose recipes write a
# teaspoon so
for _language, _tonnes in {"de": ("Tonne", "Tonnen", "Tonnen"), "fr": ("tonne", "tonnes", "tonnes"),
                           "es": ("tonelada", "toneladas", "toneladas"), "pt": ("tonelada", "toneladas", "toneladas"),
                           "it": ("tonnellata", "tonnellate", "tonnellate"), "ca": ("tona", "tones", "tones"),
                           "nl": ("ton", "ton", "ton"), "sv": ("ton", "ton", "ton"),
                           "pl": ("tona", "tony", "ton", "tony"), "ru": ("тонна", "тонны", "тонн", "тонны")}.items():
    UNITS[_language]["t"] = _tonnes
UNITS["ru"]["т"] = UNITS["ru"]["t"]
# a hectare ("50 ha"; espeak-ng said "ha"), and an engine's horsepower as each language shortens it ("150 hp", "150
# ch", "150 CV", "150 л. с.", "150 KM"; "литров с." was heard); German's "PS" is said by its letters
for _language, _hectares in {"en": ("hectare", "hectares", "hectares"), "de": ("Hektar", "Hektar", "Hektar"),
                             "fr": ("hectare", "hectares", "hectares"), "es": ("hectárea", "hectáreas", "hectáreas"),
                             "it": ("ettaro", "ettari", "ettari"), "pt": ("hectare", "hectares", "hectares"),
                             "ca": ("hectàrea", "hectàrees", "hectàrees"), "nl": ("hectare", "hectare", "hectare"),
                             "sv": ("hektar", "hektar", "hektar"),
                             "pl": ("hektar", "hektary", "hektarów", "hektara"),
                             "ru": ("гектар", "гектара", "гектаров", "гектара")}.items():
    UNITS[_language]["ha"] = _hectares
UNITS["ru"]["га"] = UNITS["ru"]["ha"]
UNITS["en"]["hp"] = ("horsepower",) * 3
UNITS["fr"]["ch"] = ("cheval", "chevaux", "chevaux")
UNITS["es"]["CV"] = ("caballo", "caballos", "caballos")
UNITS["it"]["CV"] = ("cavallo", "cavalli", "cavalli")
UNITS["pt"]["cv"] = UNITS["pt"]["CV"] = ("cavalo", "cavalos", "cavalos")
UNITS["pl"]["KM"] = ("koń mechaniczny", "konie mechaniczne", "koni mechanicznych", "konia mechanicznego")
UNITS["ru"]["л. с."] = UNITS["ru"]["л.с."] = ("лошадиная сила", "лошадиные силы", "лошадиных сил", "лошадиной силы")
# volts, decibels and milliamperes ("230 V", "100 dB", "20 mA"; espeak-ng said the letters); not "16 A", whose letter
# may name a flat or a seat
for _language, (_volts, _decibels, _milliamps) in {
        "en": (("volt", "volts", "volts"), ("decibel", "decibels", "decibels"),
               ("milliampere", "milliamperes", "milliamperes")),
        "de": (("Volt",) * 3, ("Dezibel",) * 3, ("Milliampere",) * 3),
        "fr": (("volt", "volts", "volts"), ("décibel", "décibels", "décibels"),
               ("milliampère", "milliampères", "milliampères")),
        "es": (("voltio", "voltios", "voltios"), ("decibelio", "decibelios", "decibelios"),
               ("miliamperio", "miliamperios", "miliamperios")),
        "it": (("volt",) * 3, ("decibel",) * 3, ("milliampere",) * 3),
        "pt": (("volt", "volts", "volts"), ("decibel", "decibéis", "decibéis"),
               ("miliampere", "miliamperes", "miliamperes")),
        "ca": (("volt", "volts", "volts"), ("decibel", "decibels", "decibels"),
               ("mil·liampere", "mil·liamperes", "mil·liamperes")),
        "nl": (("volt",) * 3, ("decibel",) * 3, ("milliampère",) * 3),
        "sv": (("volt",) * 3, ("decibel",) * 3, ("milliampere",) * 3),
        "pl": (("wolt", "wolty", "woltów", "wolta"), ("decybel", "decybele", "decybeli", "decybela"),
               ("miliamper", "miliampery", "miliamperów", "miliampera")),
        "ru": (("вольт", "вольта", "вольт", "вольта"), ("децибел", "децибела", "децибел", "децибела"),
               ("миллиампер", "миллиампера", "миллиампер", "миллиампера"))}.items():
    _kilo = {"de": "Kilo", "ru": "кило"}.get(_language, "kilo")
    UNITS[_language].update({"V": _volts, "kV": tuple(_kilo + form.lower() for form in _volts), "dB": _decibels,
                             "mA": _milliamps})
UNITS["ru"].update({"дБ": UNITS["ru"]["dB"], "мА": UNITS["ru"]["mA"], "кВ": UNITS["ru"]["kV"]})
# pressures and food energy ("1013 hPa", "2 bar", "200 kcal"; espeak-ng said "h P a", "kcal"): a pascal's and a bar's
# forms with their prefixes, and a kilocalorie, feminine but in English, Dutch and Swedish ("eine Kilokalorie")
for _language, (_pascals, _bars, _kilocalories) in {
        "en": (("pascal", "pascals", "pascals"), ("bar", "bars", "bars"),
               ("kilocalorie", "kilocalories", "kilocalories")),
        "de": (("Pascal",) * 3, ("Bar",) * 3, ("Kilokalorie", "Kilokalorien", "Kilokalorien")),
        "fr": (("pascal", "pascals", "pascals"), ("bar", "bars", "bars"),
               ("kilocalorie", "kilocalories", "kilocalories")),
        "es": (("pascal", "pascales", "pascales"), ("bar", "bares", "bares"),
               ("kilocaloría", "kilocalorías", "kilocalorías")),
        "it": (("pascal",) * 3, ("bar",) * 3, ("chilocaloria", "chilocalorie", "chilocalorie")),
        "pt": (("pascal", "pascals", "pascals"), ("bar", "bares", "bares"),
               ("quilocaloria", "quilocalorias", "quilocalorias")),
        "ca": (("pascal", "pascals", "pascals"), ("bar", "bars", "bars"),
               ("quilocaloria", "quilocalories", "quilocalories")),
        "nl": (("pascal",) * 3, ("bar",) * 3, ("kilocalorie", "kilocalorieën", "kilocalorieën")),
        "sv": (("pascal",) * 3, ("bar",) * 3, ("kilokalori", "kilokalorier", "kilokalorier")),
        "pl": (("paskal", "paskale", "paskali", "paskala"), ("bar", "bary", "barów", "bara"),
               ("kilokaloria", "kilokalorie", "kilokalorii", "kilokalorii")),
        "ru": (("паскаль", "паскаля", "паскалей", "паскаля"), ("бар", "бара", "бар", "бара"),
               ("килокалория", "килокалории", "килокалорий", "килокалории"))}.items():
    _hecto, _kilo, _milli = {"de": ("Hekto", "Kilo", "Milli"), "ru": ("гекто", "кило", "милли"),
                             "es": ("hecto", "kilo", "mili"), "pt": ("hecto", "quilo", "mili"),
                             "ca": ("hecto", "quilo", "mil·li"), "it": ("etto", "chilo", "milli"),
                             "sv": ("hekto", "kilo", "milli"), "pl": ("hekto", "kilo", "mili")}.get(
                                 _language, ("hecto", "kilo", "milli"))
    UNITS[_language].update({"hPa": tuple(_hecto + form.lower() for form in _pascals),
                             "kPa": tuple(_kilo + form.lower() for form in _pascals), "bar": _bars,
                             "mbar": tuple(_milli + form.lower() for form in _bars), "kcal": _kilocalories})
UNITS["ru"].update({"гПа": UNITS["ru"]["hPa"], "кПа": UNITS["ru"]["kPa"], "мбар": UNITS["ru"]["mbar"],
                    "ккал": UNITS["ru"]["kcal"]})
UNITS["en"]["psi"] = ("pound per square inch", "pounds per square inch", "pounds per square inch")
# nouns of energy that are feminine in their language: the count agrees ("eine Kilowattstunde", "dwie kilowatogodziny")
# (and a tonne, a kilocalorie, horsepower: "eine Tonne", "две тонны"); a Romance count takes its noun's gender from the
# noun (`agreement.romance_count`: "trescientas páginas", "una tonelada")
FEMININE_UNITS_BY_LANGUAGE = {"de": frozenset({*_ENERGY[3:], "Pers.", "t", "kcal"}),
                              "pl": frozenset({*_ENERGY[3:], "os.", "str.", "t", "kcal"}),
                              "ru": frozenset({"стр.", "t", "т", "л. с.", "л.с.", "kcal", "ккал", "ст. л.", "ст.л.",
                                               "ч. л.", "ч.л."})}
for _units in UNITS.values():  # litres written with a capital, as SI allows and many recipes and labels do ("2 L")
    _units["L"], _units["mL"] = _units["l"], _units["ml"]
# a laboratory's millimoles ("5 mmol/L"; espeak-ng spelled them)
for _language, _millimoles in {"en": ("millimole", "millimoles", "millimoles"), "de": ("Millimol",) * 3,
                               "fr": ("millimole", "millimoles", "millimoles"),
                               "es": ("milimol", "milimoles", "milimoles"), "it": ("millimole",) * 3,
                               "pt": ("milimol", "milimoles", "milimoles"),
                               "ca": ("mil·limol", "mil·limols", "mil·limols"), "nl": ("millimol",) * 3,
                               "sv": ("millimol",) * 3, "pl": ("milimol", "milimole", "milimoli", "milimola"),
                               "ru": ("миллимоль", "миллимоля", "миллимолей", "миллимоля")}.items():
    UNITS[_language]["mmol"] = _millimoles
UNITS["ru"]["ммоль"] = UNITS["ru"]["mmol"]
# areas and volumes ("20 m²", "3 km2", "5 cm³"), which espeak-ng read "m two" or "mètre puissance deux"
_SQUARE_CUBIC = ("km²", "cm²", "mm²", "m²", "km³", "cm³", "m³")
_ASCII_POWERS = {"km2": "km²", "cm2": "cm²", "mm2": "mm²", "m2": "m²", "cm3": "cm³", "m3": "m³"}


def _areas(forms: list[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    units = dict(zip(_SQUARE_CUBIC, forms))
    return {**units, **{ascii_name: units[name] for ascii_name, name in _ASCII_POWERS.items()}}


def _powered(language: str, square: tuple[str, ...], cubic: tuple[str, ...],
             join: Callable[[str, str], str]) -> dict[str, tuple[str, ...]]:
    """The language's areas and volumes, from its lengths' forms above and the forms of "square" and
    "cubic" (one per form of the noun), joined as the language joins them."""
    forms = [tuple(join(noun, adjective) for noun, adjective in zip(UNITS[language][length], power))
             for length, power in (("km", square), ("cm", square), ("mm", square), ("m", square), ("km", cubic),
                                   ("cm", cubic), ("m", cubic))]
    return _areas(forms)


def _before(noun: str, adjective: str) -> str:
    return f"{adjective} {noun}"  # "square meters", "квадратных метров"


def _after(noun: str, adjective: str) -> str:
    return f"{noun} {adjective}"  # "mètres carrés", "metry kwadratowe"


def _compound(noun: str, prefix: str) -> str:
    return prefix + noun.lower()  # "Quadratmeter", "kvadratmeter"


for _language, (_square, _cubic, _join) in {
        "en": (("square",) * 3, ("cubic",) * 3, _before),
        "fr": (("carré", "carrés", "carrés"), ("cube", "cubes", "cubes"), _after),
        "es": (("cuadrado", "cuadrados", "cuadrados"), ("cúbico", "cúbicos", "cúbicos"), _after),
        "it": (("quadrato", "quadrati", "quadrati"), ("cubo", "cubi", "cubi"), _after),
        "pt": (("quadrado", "quadrados", "quadrados"), ("cúbico", "cúbicos", "cúbicos"), _after),
        "ca": (("quadrat", "quadrats", "quadrats"), ("cúbic", "cúbics", "cúbics"), _after),
        "de": (("Quadrat",) * 3, ("Kubik",) * 3, _compound),
        "sv": (("kvadrat",) * 3, ("kubik",) * 3, _compound),
        "nl": (("vierkante",) * 3, ("kubieke",) * 3, _before),
        # one, few, many, after a fraction ("metr kwadratowy", "dwa metry kwadratowe", "два квадратных метра")
        "pl": (("kwadratowy", "kwadratowe", "kwadratowych", "kwadratowego"),
               ("sześcienny", "sześcienne", "sześciennych", "sześciennego"), _after),
        "ru": (("квадратный", "квадратных", "квадратных", "квадратного"),
               ("кубический", "кубических", "кубических", "кубического"), _before)}.items():
    UNITS[_language].update(_powered(_language, _square, _cubic, _join))
# Russian also writes them in Cyrillic: "м²", "кв. м", "куб. м"
_RU_AREAS = [UNITS["ru"][name] for name in _SQUARE_CUBIC]
UNITS["ru"].update({**dict(zip(("км²", "см²", "мм²", "м²", "км³", "см³", "м³"), _RU_AREAS)),
                    "кв. км": _RU_AREAS[0], "кв. м": _RU_AREAS[3], "куб. м": _RU_AREAS[6]})
# and Polish in words' abbreviations after the unit: "50 m kw.", "3 km kw.", "2 m sześc."
UNITS["pl"].update({"km kw.": UNITS["pl"]["km²"], "m kw.": UNITS["pl"]["m²"], "m sześc.": UNITS["pl"]["m³"]})

# micrometres, micrograms, nanometres ("5 µm"; espeak-ng read "micro m", and in Russian switched to English)
_SMALL = ("µm", "µg", "nm")
for _language, _forms in {
        "en": [("micrometer", "micrometers"), ("microgram", "micrograms"), ("nanometer", "nanometers")],
        "fr": [("micromètre", "micromètres"), ("microgramme", "microgrammes"), ("nanomètre", "nanomètres")],
        "es": [("micrómetro", "micrómetros"), ("microgramo", "microgramos"), ("nanómetro", "nanómetros")],
        "it": [("micrometro", "micrometri"), ("microgrammo", "microgrammi"), ("nanometro", "nanometri")],
        "pt": [("micrómetro", "micrómetros"), ("micrograma", "microgramas"), ("nanómetro", "nanómetros")],
        "ca": [("micròmetre", "micròmetres"), ("microgram", "micrograms"), ("nanòmetre", "nanòmetres")],
        "de": [("Mikrometer", "Mikrometer"), ("Mikrogramm", "Mikrogramm"), ("Nanometer", "Nanometer")],
        "nl": [("micrometer", "micrometer"), ("microgram", "microgram"), ("nanometer", "nanometer")],
        "sv": [("mikrometer", "mikrometer"), ("mikrogram", "mikrogram"), ("nanometer", "nanometer")]}.items():
    UNITS[_language].update({unit: (one, many, many) for unit, (one, many) in zip(_SMALL, _forms)})
UNITS["pl"].update(dict(zip(_SMALL, [("mikrometr", "mikrometry", "mikrometrów", "mikrometra"),
                                     ("mikrogram", "mikrogramy", "mikrogramów", "mikrograma"),
                                     ("nanometr", "nanometry", "nanometrów", "nanometra")])))
UNITS["pl"].update(dict.fromkeys(("gr", "gr."), ("grosz", "grosze", "groszy", "grosza")))  # "250 zł 50 gr"
# counts after a number ("2 tys.", "35 mln"), as Russian's "тыс." and "млн" are
UNITS["pl"].update({"tys.": ("tysiąc", "tysiące", "tysięcy", "tysiąca"), "mln": ("milion", "miliony", "milionów",
                                                                                 "miliona"),
                    "mld": ("miliard", "miliardy", "miliardów", "miliarda")})
# millions and milliards after a number ("3 mln di euro", "1,5 mln. euro", "2 milj. kr", "5 mill. de habitantes"),
# which espeak-ng spelled or read as words
UNITS["nl"].update({**dict.fromkeys(("mln.", "mln"), ("miljoen",) * 3),
                    **dict.fromkeys(("mld.", "mld"), ("miljard",) * 3)})
UNITS["it"].update({"mln": ("milione", "milioni", "milioni"), "mld": ("miliardo", "miliardi", "miliardi")})
UNITS["sv"].update({"milj.": ("miljon", "miljoner", "miljoner"), "mdr": ("miljard", "miljarder", "miljarder"),
                    **dict.fromkeys(("mkr", "Mkr", "mnkr", "MSEK"), ("miljon kronor", "miljoner kronor",
                                                                      "miljoner kronor")),
                    **dict.fromkeys(("mdkr", "Mdkr"), ("miljard kronor", "miljarder kronor", "miljarder kronor")),
                    "tkr": ("tusen kronor",) * 3})
UNITS["es"].update({"mill.": ("millón", "millones", "millones")})
# the currencies of older books, which espeak-ng spelled or read as words: the franc of 19th-century novels ("20 000
# fr. de rente", "3 fr. 50") and of the 20th century ("3 F 50"), the peseta, the Mark and Pfennig, the guilder
UNITS["fr"].update(dict.fromkeys(("fr.", "fr", "F"), ("franc", "francs", "francs")))
UNITS["es"].update(dict.fromkeys(("pta.", "ptas.", "pts.", "ptas", "pts"), ("peseta", "pesetas", "pesetas")))
UNITS["de"].update({"DM": ("D-Mark", "D-Mark", "D-Mark"), "Pf": ("Pfennig", "Pfennig", "Pfennig")})
UNITS["nl"].update(dict.fromkeys(("gld.", "gld"), ("gulden", "gulden", "gulden")))
# inhabitants and people after a number in reference books ("20 000 hab.", "120 Einw.", "300 чел.", "5 tys. os."),
# which espeak-ng read as words ("ab", "tchel"); not Spanish "hab.", which is also a flat's rooms ("piso de 3 hab.")
UNITS["fr"]["hab."] = ("habitant", "habitants", "habitants")  # (Catalan's, also a flat's rooms: `quantities`)
UNITS["fr"]["pers."] = ("personne", "personnes", "personnes")  # "env. 300 pers."
UNITS["pt"]["hab."] = ("habitante", "habitantes", "habitantes")
UNITS["it"]["ab."] = ("abitante", "abitanti", "abitanti")
UNITS["de"]["Einw."] = ("Einwohner",) * 3
UNITS["de"]["Pers."] = ("Person", "Personen", "Personen")  # "rund 500 Pers.", "für 4 Pers." (a recipe, a booking)
UNITS["de"]["J."] = ("Jahr", "Jahre", "Jahre")  # "ein Kind von 5 J."
UNITS["de"]["Ct."] = ("Cent",) * 3  # "50 Ct."
UNITS["sv"]["pers."] = ("person", "personer", "personer")
UNITS["nl"]["pers."] = ("persoon", "personen", "personen")
UNITS["de"]["Pkt."] = ("Punkt", "Punkte", "Punkte")  # an index's or a table's points: "16.500 Pkt."
# pages after their count ("320 págs.", "320 pàg."; it was "trezentos e vinte págs.", "tres-centes vint pàgina")
UNITS["es"].update(dict.fromkeys(("pág.", "págs."), ("página", "páginas", "páginas")))
UNITS["pt"].update(dict.fromkeys(("pág.", "págs."), ("página", "páginas", "páginas")))
UNITS["ca"].update(dict.fromkeys(("pàg.", "pàgs."), ("pàgina", "pàgines", "pàgines")))
UNITS["fr"]["p."] = ("page", "pages", "pages")
UNITS["it"].update(dict.fromkeys(("pp.", "pagg."), ("pagina", "pagine", "pagine")))
UNITS["nl"]["blz."] = ("bladzijde", "bladzijden", "bladzijden")
# and the Swedish, Polish and Russian page's "s.", "с." (`units` tells them from seconds, which they also write so)
UNITS["sv"]["sid."] = ("sida", "sidor", "sidor")
UNITS["pl"]["str."] = ("strona", "strony", "stron", "strony")
UNITS["ru"]["стр."] = ("страница", "страницы", "страниц", "страницы")
# per mille, which espeak-ng did not read ("un 2,5 ‰")
for _language, _per_mille in {"en": "per mille", "es": "por mil", "fr": "pour mille", "de": "Promille",
                              "it": "per mille", "pt": "por mil", "ca": "per mil", "nl": "promille",
                              "sv": "promille", "ru": "промилле"}.items():
    UNITS[_language]["‰"] = (_per_mille,) * 4
UNITS["pl"]["‰"] = ("promil", "promile", "promili", "promila")
UNITS["nl"]["inw."] = ("inwoner", "inwoners", "inwoners")
UNITS["sv"]["inv."] = ("invånare",) * 3
UNITS["pl"]["os."] = ("osoba", "osoby", "osób", "osoby")  # not "mieszk.", whose count takes the masculine personal
UNITS["pl"]["egz."] = ("egzemplarz", "egzemplarze", "egzemplarzy", "egzemplarza")  # a print run: "5000 egz."
_RU_SMALL = [("микрометр", "микрометра", "микрометров", "микрометра"),
             ("микрограмм", "микрограмма", "микрограммов", "микрограмма"),
             ("нанометр", "нанометра", "нанометров", "нанометра")]
UNITS["ru"].update({**dict(zip(_SMALL, _RU_SMALL)), **dict(zip(("мкм", "мкг", "нм"), _RU_SMALL)),
                    "чел.": ("человек", "человека", "человек", "человека"),
                    "экз.": ("экземпляр", "экземпляра", "экземпляров", "экземпляра")})  # a print run: "5000 экз."

# a recipe's measures ("2 EL Zucker", "1 cda. de sal", "2 c. à soupe", "3 dl mjölk", "75 cl"), which espeak-ng
# spelled ("zwei E L", "cé de a"): decilitres and centilitres in every language but Russian, and each language's spoons
_KITCHEN: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"dl": ("deciliter", "deciliters", "deciliters"), "cl": ("centiliter", "centiliters", "centiliters")},
    "de": {"dl": ("Deziliter",) * 3, "cl": ("Zentiliter",) * 3, "EL": ("Esslöffel",) * 3,
           "TL": ("Teelöffel",) * 3},
    "nl": {"dl": ("deciliter",) * 3, "cl": ("centiliter",) * 3, "el": ("eetlepel", "eetlepels", "eetlepels"),
           "tl": ("theelepel", "theelepels", "theelepels")},
    "sv": {"dl": ("deciliter",) * 3, "cl": ("centiliter",) * 3, "msk": ("matsked", "matskedar", "matskedar"),
           "tsk": ("tesked", "teskedar", "teskedar"), "krm": ("kryddmått",) * 3,
           **dict.fromkeys(("st.", "st"), ("styck", "stycken", "stycken"))},  # pieces, "5 st" ("fem s t")
    "fr": {"dl": ("décilitre", "décilitres", "décilitres"), "cl": ("centilitre", "centilitres", "centilitres"),
           **dict.fromkeys(("c. à soupe", "c. à s.", "c.à.s."),
                           ("cuillère à soupe", "cuillères à soupe", "cuillères à soupe")),
           **dict.fromkeys(("c. à café", "c. à c.", "c.à.c."),
                           ("cuillère à café", "cuillères à café", "cuillères à café"))},
    "es": {"dl": ("decilitro", "decilitros", "decilitros"), "cl": ("centilitro", "centilitros", "centilitros"),
           **dict.fromkeys(("cda.", "cdas.", "cda", "cdas"), ("cucharada", "cucharadas", "cucharadas")),
           **dict.fromkeys(("cdta.", "cdtas.", "cdta", "cdtas", "cdita.", "cditas."),
                           ("cucharadita", "cucharaditas", "cucharaditas"))},
    "it": {"dl": ("decilitro", "decilitri", "decilitri"), "cl": ("centilitro", "centilitri", "centilitri")},
    "pt": {"dl": ("decilitro", "decilitros", "decilitros"), "cl": ("centilitro", "centilitros", "centilitros")},
    "ca": {"dl": ("decilitre", "decilitres", "decilitres"), "cl": ("centilitre", "centilitres", "centilitres")},
    "pl": {"dl": ("decylitr", "decylitry", "decylitrów", "decylitra"),
           "cl": ("centylitr", "centylitry", "centylitrów", "centylitra"),
           **dict.fromkeys(("szt.", "szt"), ("sztuka", "sztuki", "sztuk", "sztuki"))},  # "5 szt." pieces
}
for _language, _measures in _KITCHEN.items():
    UNITS[_language].update(_measures)
    UNITS[_language]["dL"] = UNITS[_language]["dl"]  # a laboratory's "120 mg/dL"
UNITS["fr"].update(dict.fromkeys(("pt", "pts"), ("point", "points", "points")))  # "+0,4 pt" (espeak-ng: "pé té")
UNITS["nl"]["km/u"] = UNITS["nl"]["km/h"]  # "50 km/u", the Dutch way ("km slash u" was heard)

# units whose noun is feminine: the count before them is too ("одна тысяча", "две тысячи", "dwie sztuki"; a Romance
# count's gender comes from its noun: "una cucharada", "veintiuna pesetas")
FEMININE_UNITS = frozenset({"тыс.", "коп.", "szt.", "szt"})
# hours, minutes and seconds after a number, which espeak-ng read as letters ("drei h", "cinco min"): the
# abbreviations, and the noun's (one, few, many) forms; the count before it then agrees with the noun
_HMS = {
    "de": (("Stunde", "Stunden", "Stunden"), ("Minute", "Minuten", "Minuten"), ("Sekunde", "Sekunden", "Sekunden")),
    "es": (("hora", "horas", "horas"), ("minuto", "minutos", "minutos"), ("segundo", "segundos", "segundos")),
    "it": (("ora", "ore", "ore"), ("minuto", "minuti", "minuti"), ("secondo", "secondi", "secondi")),
    "pt": (("hora", "horas", "horas"), ("minuto", "minutos", "minutos"), ("segundo", "segundos", "segundos")),
    "ca": (("hora", "hores", "hores"), ("minut", "minuts", "minuts"), ("segon", "segons", "segons")),
    "fr": (("heure", "heures", "heures"), ("minute", "minutes", "minutes"), ("seconde", "secondes", "secondes")),
    "nl": (("uur", "uur", "uur"), ("minuut", "minuten", "minuten"), ("seconde", "seconden", "seconden")),
    "sv": (("timme", "timmar", "timmar"), ("minut", "minuter", "minuter"), ("sekund", "sekunder", "sekunder")),
    "pl": (("godzina", "godziny", "godzin"), ("minuta", "minuty", "minut"), ("sekunda", "sekundy", "sekund")),
    "ru": (("час", "часа", "часов"), ("минута", "минуты", "минут"), ("секунда", "секунды", "секунд")),
}
_HMS_SHORT = {"de": ("h Std", "min Min", "s Sek"), "es": ("h", "min", "s seg"), "it": ("h", "min", "s sec"),
              "pt": ("h", "min", "s seg"), "ca": ("h", "min", "s"), "fr": ("", "min", "s"),  # "15 h": a time in French
              "nl": ("u h", "min", "s sec"), "sv": ("h tim", "min", "s sek"), "pl": ("h godz", "min", "s sek"),
              "ru": ("ч", "мин", "с сек")}
TIME_UNITS: dict[str, dict[str, tuple[str, str, str]]] = {
    language: {short: forms for shorts, forms in zip(_HMS_SHORT[language], _HMS[language]) for short in shorts.split()}
    for language in _HMS}

# "1" before a unit: the article-like form ("un kilómetro", "ein Kilometer"); Swedish by the unit's gender
UNIT_ONE: dict[str, str] = {"es": "un", "it": "un", "de": "ein", "sv": "en"}
SWEDISH_NEUTER_UNITS = frozenset({"kg", "mg", "g", "krm", "t"})  # "ett kilo", "ett gram", "ett kryddmått", "ett ton"


# fractions written as one character (espeak-ng switched to English for "½" in Catalan, Swedish, Spanish, Russian
# and Dutch, and read "2½" as "due un mezzo", "dois meio"): the fraction alone, and after a whole number "{n}"
_FRACTION_NAMES = {  # ½ ¼ ¾ ⅓ ⅔ alone
    "en": ("half", "a quarter", "three quarters", "a third", "two thirds"),
    "ca": ("mig", "un quart", "tres quarts", "un terç", "dos terços"),
    "sv": ("en halv", "en fjärdedel", "tre fjärdedelar", "en tredjedel", "två tredjedelar"),
    "es": ("medio", "un cuarto", "tres cuartos", "un tercio", "dos tercios"),
    "fr": ("un demi", "un quart", "trois quarts", "un tiers", "deux tiers"),
    "de": ("ein halb", "ein Viertel", "drei Viertel", "ein Drittel", "zwei Drittel"),
    "it": ("mezzo", "un quarto", "tre quarti", "un terzo", "due terzi"),
    "pt": ("meio", "um quarto", "três quartos", "um terço", "dois terços"),
    "pl": ("pół", "ćwierć", "trzy czwarte", "jedna trzecia", "dwie trzecie"),
    "ru": ("половина", "четверть", "три четверти", "одна треть", "две трети"),
    "nl": ("een half", "een kwart", "drie kwart", "een derde", "twee derde"),
}
# after a whole number "{n}": "{n} <and> <the fraction>", but where the language says it otherwise
_AND = {"ca": "i", "sv": "och", "es": "y", "fr": "et", "de": "und", "it": "e", "pt": "e", "pl": "i", "ru": "и",
        "nl": "en"}
_AFTER_WHOLE = {"es": {"¼": "{n} y cuarto"}, "de": {"½": "{n}einhalb"},
                "fr": {"½": "{n} et demi", "¼": "{n} et quart", "¾": "{n} trois quarts", "⅔": "{n} deux tiers"},
                "ru": {"½": "{n} с половиной", "¼": "{n} с четвертью"}}
# the fraction alone, and after a whole number (English's: `decades_and_fractions`, "two and a half")
FRACTIONS: dict[str, dict[str, tuple[str, str]]] = {
    language: {fraction: (alone, _AFTER_WHOLE.get(language, {}).get(fraction, f"{{n}} {_AND[language]} {alone}")
                          if language in _AND else "")
               for fraction, alone in zip("½¼¾⅓⅔", names)}
    for language, names in _FRACTION_NAMES.items()}
