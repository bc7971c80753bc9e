"""Numbers as words in the 11 languages: num2words, with its gaps covered.

Covered here: Swedish years (not implemented there) and its "etttusen" spelling,
Polish negatives (a ValueError there), decimals read the way each language reads
them, and currency amounts with the right plural forms (num2words' currency support
is missing for Swedish and uneven for the other currencies).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from num2words import num2words

MINUS = {"en": "minus", "ca": "menys", "sv": "minus", "es": "menos", "fr": "moins", "de": "minus", "it": "meno",
         "pt": "menos", "pl": "minus", "ru": "минус", "nl": "min"}
POINT = {"en": "point", "ca": "coma", "sv": "komma", "es": "coma", "fr": "virgule", "de": "Komma", "it": "virgola",
         "pt": "vírgula", "pl": "przecinek", "ru": "запятая", "nl": "komma"}
# languages that read the digits after the point one by one ("three point one four")
DIGIT_BY_DIGIT = {"en", "de", "sv", "nl"}


# a number from here up is a code or a figure nobody reads as words ("123456789012345678901234567890")
HUGE = 10**15
_SPANISH_ONE_BEFORE_SCALE = re.compile(r"\b(?:veintiuno|uno)(?= (?:mil|millones|billones)\b)")


@lru_cache(maxsize=4096)
def cardinal(number: int, language: str, *, feminine: bool = False) -> str:
    """`number` in words; `feminine` where the language's count changes for a feminine noun (Russian; Polish "jedna",
    "dwie", "dwadzieścia dwie")."""
    if number < 0:
        return f"{MINUS[language]} {cardinal(-number, language, feminine=feminine)}"
    if number >= HUGE:  # past the trillions: digit by digit (num2words raised OverflowError or KeyError there)
        return digit_by_digit(str(number), language)
    words = num2words(number, lang=language, gender="f") if feminine and language == "ru" else num2words(
        number, lang=language)
    if language == "en":
        words = words.replace(",", "")  # "two thousand, five hundred": no pause inside a number
    if language == "sv":
        words = words.replace("etttusen", "ettusen")
    if language == "es" and number > 20_000 and "uno " in words:
        # num2words' "veintiuno mil", "treinta y uno mil": "veintiún mil", "treinta y un mil"
        words = _SPANISH_ONE_BEFORE_SCALE.sub(lambda m: "veintiún" if m.group(0) == "veintiuno" else "un", words)
    if language == "it" and number > 100:
        # num2words writes 118 "centodicotto" (it is "centodiciotto"; 1918 was "millenovecentodicotto") and leaves
        # the accent off a compound's "tre" past a hundred ("centoventitre", where "ventitré" has it)
        words = words.replace("dicotto", "diciotto")
        if words.endswith("tre") and number % 10 == 3 and number % 100 != 13:
            words = words[:-3] + "tré"
    if feminine and language == "pl":
        if number == 1:
            words = "jedna"
        elif words.endswith("dwa") and number % 100 != 12:
            words = words[:-3] + "dwie"
    if language == "ru" and 1000 <= number < 2000:  # "тысяча пятьсот", as it is said ("одна тысяча" is a cheque's)
        words = words.removeprefix("одна ")
    return words


# Swedish plural endings of common-gender nouns, before which a count ending in one is "-en": "dagar", "kronor",
# "minuter", "sekunder", "personer" (a neuter plural, "år", "barn", "hus", "äpplen", keeps "-ett")
_SWEDISH_COMMON_PLURAL = ("ar", "or", "minuter", "sekunder", "personer", "meter", "liter", "böcker", "städer",
                          "händer", "fötter", "tänder", "nätter", "gånger", "månader", "män")


# Polish nouns whose plural after two ("dwie godziny") is feminine: a plural's ending does not tell ("dwa domy")
_POLISH_FEMININE_PLURALS = frozenset("godziny minuty sekundy osoby kobiety książki strony noce rzeczy siostry córki "
                                     "ulice lekcje dziewczyny rodziny drogi ręce nogi matki żony szkoły łodzie "
                                     "wyspy".split())


# Russian feminine nouns in -ь, whose ending alone does not tell them from masculine ones ("ночь", "день"): after
# ж, ш, ч or щ always ("ночь", "вещь"), in -сть but for two ("часть", "новость"; "гость", "тесть"), and these
_RUSSIAN_FEMININE_SOFT = frozenset("дверь тетрадь площадь лошадь мать смерть цепь степь сеть роль цель соль боль тень "
                                   "осень любовь кровь бровь церковь очередь постель модель связь грязь жизнь мысль "
                                   "песнь пыль ель мебель медаль деталь кровать печать ткань грань дань глубь даль "
                                   "высь гладь ладонь плоть нить рысь моль память печаль сталь дробь обувь ось "
                                   "скатерть ступень сирень лень".split())
_RUSSIAN_MASCULINE_IN_ST = frozenset({"гость", "тесть"})


def is_russian_feminine_soft(noun: str) -> bool:
    """Whether a Russian noun in -ь (nominative or accusative singular) is feminine."""
    noun = noun.lower()
    return noun.endswith(("жь", "шь", "чь", "щь")) or (noun.endswith("сть") and noun not in _RUSSIAN_MASCULINE_IN_ST
                                                       ) or noun in _RUSSIAN_FEMININE_SOFT


# Russian masculine nouns that end as feminine ones do: "два мужчины", "двадцать один мужчина" ("две мужчины" was heard)
_RUSSIAN_MASCULINE_IN_A = frozenset("мужчина мужчины дядя дяди юноша юноши папа папы дедушка дедушки слуга слуги "
                                    "судья судьи староста старосты".split())


def counting(number: int, noun: str, language: str) -> str:
    """A count in the gender of the noun after it: Russian "две кошки", "сорок две минуты" (not "два"), and
    "двадцать одна минута"; Polish "dwie godziny". After two a Russian noun is in its genitive singular,
    which ends in "-ы/-и" for feminine nouns and "-а/-я" for the others; after twenty-one it is in the
    nominative, "-а/-я" for feminine ones. (After one alone, see `agreement.one_before_noun`.)"""
    ones, tens = number % 10, number % 100
    if language == "ru":
        feminine = noun not in _RUSSIAN_MASCULINE_IN_A and ((ones == 2 and tens != 12 and noun[-1] in "ыи") or (
            ones == 1 and tens != 11 and number > 1 and (noun[-1] in "ая" or is_russian_feminine_soft(noun))))
        return cardinal(number, language, feminine=feminine)
    words = cardinal(number, language)
    if language == "pl" and ones == 2 and tens != 12 and noun in _POLISH_FEMININE_PLURALS:
        words = words[:-3] + "dwie" if words.endswith("dwa") else words
    if (language == "sv" and ones == 1 and number > 1 and words.endswith("ett")
            and noun.endswith(_SWEDISH_COMMON_PLURAL)):
        words = words[:-3] + "en"  # "tjugoen dagar", "trettioen kronor" ("tjugoett dagar" was heard); "tjugoett år"
    return words


@lru_cache(maxsize=1024)
def ordinal(number: int, language: str) -> str:
    if number == 0 or number >= HUGE:  # num2words raised IndexError for a Polish "0." and said nothing in Spanish
        return cardinal(number, language)
    if language == "ca":
        return _catalan_ordinal(number)
    words = num2words(number, lang=language, to="ordinal")
    if language == "fr":  # "quatre-vingtsième", "deux centsième": the plural's "s" goes ("quatre-vingtième")
        return words.replace("vingtsième", "vingtième").replace("centsième", "centième")
    if language == "es":  # "décimoprimero": one word without the accent, as "decimotercero" ("décimo tercero")
        return _SPANISH_TEENTH.sub(lambda m: "decimoctavo" if m.group(1) == "octavo" else "decimo" + m.group(1), words)
    return words.replace("dicottesimo", "diciottesimo") if language == "it" else words  # as `cardinal`'s "dicotto"


_SPANISH_TEENTH = re.compile(r"\bdécimo ?(primero|segundo|tercero|cuarto|quinto|sexto|séptimo|octavo|noveno)\b")
_CA_FIRST_FOUR = {1: "primer", 2: "segon", 3: "tercer", 4: "quart"}
_CA_LAST_WORD = {"un": "unè", "u": "unè", "dos": "dosè", "tres": "tresè", "quatre": "quatrè", "cinc": "cinquè",
                 "nou": "novè", "deu": "desè", "dinou": "dinovè", "milió": "milionè"}


def _catalan_ordinal(number: int) -> str:
    """Catalan ordinals from the cardinal: num2words raised KeyError for 30, 40... 90 (the render stopped on "el 80è
    aniversari"), and said 101st "cent primer", 200th "dos-cents", 2000th "dos mil"."""
    if number in _CA_FIRST_FOUR:
        return _CA_FIRST_FOUR[number]
    words = cardinal(number, "ca")
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    head, last = words[:cut], words[cut:]
    if last in _CA_LAST_WORD:
        last = _CA_LAST_WORD[last]
    elif last == "cents":  # "dos-cents": "dos-centè"
        last = "centè"
    elif last.endswith(("a", "e")):  # "trenta" "trentè", "onze" "onzè"
        last = last[:-1] + "è"
    else:  # "sis" "sisè", "vint" "vintè", "cent" "centè", "mil" "milè"
        last += "è"
    return head + last


@lru_cache(maxsize=1024)
def year(number: int, language: str) -> str:
    """A year as it is read: "eighteen fifty-one", "achtzehnhunderteinundfünfzig", "artonhundrafemtioett"."""
    if language == "sv":
        if 1100 <= number <= 1999:
            rest = number % 100
            return cardinal(number // 100, "sv") + "hundra" + (cardinal(rest, "sv") if rest else "")
        return cardinal(number, "sv")
    if language in {"en", "de", "nl"}:
        return num2words(number, lang=language, to="year")
    return cardinal(number, language)


def digit_by_digit(digits: str, language: str) -> str:
    """Each digit of `digits` as its word: "020" is "zero two zero" (a telephone's, a postal code's, a code's)."""
    return " ".join(cardinal(int(digit), language) for digit in digits)


def decimal(whole: str, fraction: str, language: str) -> str:
    """`whole`.`fraction` (digit strings) in words."""
    if language == "ru" and int(whole) < HUGE:
        return num2words(Decimal(f"{whole}.{fraction}"), lang="ru")
    head = cardinal(int(whole), language)
    if language in DIGIT_BY_DIGIT or fraction.startswith("0") or len(fraction) > 3:
        tail = digit_by_digit(fraction, language)
    else:
        tail = cardinal(int(fraction), language)
    return f"{head} {POINT[language]} {tail}"


def plural_form(count: int, language: str) -> int:
    """0 = singular, 1 = the "few" plural (pl, ru: 2-4), 2 = the plural."""
    if language in {"pl", "ru"}:
        if language == "ru" and count % 10 == 1 and count % 100 != 11:
            return 0
        if language == "pl" and count == 1:
            return 0
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return 1
        return 2
    if language == "fr":
        return 0 if count in (0, 1) else 2
    return 0 if count == 1 else 2


# currency -> language -> (major forms, minor forms); each (singular, few, plural)
CURRENCIES: dict[str, dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]]] = {
    "EUR": {
        "en": (("euro", "euros", "euros"), ("cent", "cents", "cents")),
        "ca": (("euro", "euros", "euros"), ("cèntim", "cèntims", "cèntims")),
        "sv": (("euro", "euro", "euro"), ("cent", "cent", "cent")),
        "es": (("euro", "euros", "euros"), ("céntimo", "céntimos", "céntimos")),
        "fr": (("euro", "euros", "euros"), ("centime", "centimes", "centimes")),
        "de": (("Euro", "Euro", "Euro"), ("Cent", "Cent", "Cent")),
        "it": (("euro", "euro", "euro"), ("centesimo", "centesimi", "centesimi")),
        "pt": (("euro", "euros", "euros"), ("cêntimo", "cêntimos", "cêntimos")),
        "pl": (("euro", "euro", "euro"), ("cent", "centy", "centów")),
        "ru": (("евро", "евро", "евро"), ("цент", "цента", "центов")),
        "nl": (("euro", "euro", "euro"), ("cent", "cent", "cent")),
    },
    "USD": {
        "en": (("dollar", "dollars", "dollars"), ("cent", "cents", "cents")),
        "ca": (("dòlar", "dòlars", "dòlars"), ("centau", "centaus", "centaus")),
        "sv": (("dollar", "dollar", "dollar"), ("cent", "cent", "cent")),
        "es": (("dólar", "dólares", "dólares"), ("centavo", "centavos", "centavos")),
        "fr": (("dollar", "dollars", "dollars"), ("cent", "cents", "cents")),
        "de": (("Dollar", "Dollar", "Dollar"), ("Cent", "Cent", "Cent")),
        "it": (("dollaro", "dollari", "dollari"), ("centesimo", "centesimi", "centesimi")),
        "pt": (("dólar", "dólares", "dólares"), ("centavo", "centavos", "centavos")),
        "pl": (("dolar", "dolary", "dolarów"), ("cent", "centy", "centów")),
        "ru": (("доллар", "доллара", "долларов"), ("цент", "цента", "центов")),
        "nl": (("dollar", "dollar", "dollar"), ("cent", "cent", "cent")),
    },
    "GBP": {
        "en": (("pound", "pounds", "pounds"), ("penny", "pence", "pence")),
        "ca": (("lliura", "lliures", "lliures"), ("penic", "penics", "penics")),
        "sv": (("pund", "pund", "pund"), ("penny", "pence", "pence")),
        "es": (("libra", "libras", "libras"), ("penique", "peniques", "peniques")),
        "fr": (("livre", "livres", "livres"), ("penny", "pence", "pence")),
        "de": (("Pfund", "Pfund", "Pfund"), ("Penny", "Pence", "Pence")),
        "it": (("sterlina", "sterline", "sterline"), ("penny", "pence", "pence")),
        "pt": (("libra", "libras", "libras"), ("pêni", "pence", "pence")),
        "pl": (("funt", "funty", "funtów"), ("pens", "pensy", "pensów")),
        "ru": (("фунт", "фунта", "фунтов"), ("пенни", "пенни", "пенни")),
        "nl": (("pond", "pond", "pond"), ("penny", "pence", "pence")),
    },
    "SEK": {"sv": (("krona", "kronor", "kronor"), ("öre", "öre", "öre"))},
    # others a book names by symbol or code ("¥1,000", "₹500", "CHF 20", "R$ 50", "A$20"): English names, and their
    # own language's where it is one of the 11
    "JPY": {"en": (("yen", "yen", "yen"), ("sen", "sen", "sen")), "de": (("Yen", "Yen", "Yen"), ("Sen", "Sen", "Sen")),
            "ru": (("иена", "иены", "иен"), ("сен", "сен", "сен"))},
    "INR": {"en": (("rupee", "rupees", "rupees"), ("paisa", "paise", "paise"))},
    # the Dutch guilder, in books before 2002 ("ƒ 12,50", "fl. 3,-")
    "NLG": {"nl": (("gulden", "gulden", "gulden"), ("cent", "cent", "cent")),
            "en": (("guilder", "guilders", "guilders"), ("cent", "cents", "cents"))},
    "CHF": {"en": (("Swiss franc", "Swiss francs", "Swiss francs"), ("centime", "centimes", "centimes")),
            "fr": (("franc", "francs", "francs"), ("centime", "centimes", "centimes")),
            "de": (("Franken", "Franken", "Franken"), ("Rappen", "Rappen", "Rappen")),
            "it": (("franco", "franchi", "franchi"), ("centesimo", "centesimi", "centesimi")),
            # the other languages' Swiss francs ("20 CHF" was "twenty francs" in English, in a Polish voice "frank")
            "es": (("franco suizo", "francos suizos", "francos suizos"), ("céntimo", "céntimos", "céntimos")),
            "pt": (("franco suíço", "francos suíços", "francos suíços"), ("cêntimo", "cêntimos", "cêntimos")),
            "ca": (("franc suís", "francs suïssos", "francs suïssos"), ("cèntim", "cèntims", "cèntims")),
            "nl": (("Zwitserse frank", "Zwitserse frank", "Zwitserse frank"), ("rappen", "rappen", "rappen")),
            "sv": (("schweizerfranc", "schweizerfranc", "schweizerfranc"), ("rappen", "rappen", "rappen")),
            "pl": (("frank szwajcarski", "franki szwajcarskie", "franków szwajcarskich"),
                   ("centym", "centymy", "centymów")),
            "ru": (("швейцарский франк", "швейцарских франка", "швейцарских франков"),
                   ("сантим", "сантима", "сантимов"))},
    # the kroner of Norway and Denmark, the yuan and the rand by their codes ("NOK 100" was "NOK one hundred")
    "NOK": {"en": (("Norwegian krone", "Norwegian kroner", "Norwegian kroner"), ("øre", "øre", "øre")),
            "sv": (("norsk krona", "norska kronor", "norska kronor"), ("öre", "öre", "öre")),
            "de": (("norwegische Krone", "norwegische Kronen", "norwegische Kronen"), ("Öre", "Öre", "Öre"))},
    "DKK": {"en": (("Danish krone", "Danish kroner", "Danish kroner"), ("øre", "øre", "øre")),
            "sv": (("dansk krona", "danska kronor", "danska kronor"), ("öre", "öre", "öre")),
            "de": (("dänische Krone", "dänische Kronen", "dänische Kronen"), ("Öre", "Öre", "Öre"))},
    "CNY": {"en": (("yuan", "yuan", "yuan"), ("fen", "fen", "fen")), "de": (("Yuan", "Yuan", "Yuan"),
                                                                          ("Fen", "Fen", "Fen"))},
    "ZAR": {"en": (("rand", "rand", "rand"), ("cent", "cents", "cents"))},
    # the dollars whose signs carry their country's letters ("HK$10" was "HKten dollars"), and Mexico's peso
    "HKD": {"en": (("Hong Kong dollar", "Hong Kong dollars", "Hong Kong dollars"), ("cent", "cents", "cents"))},
    "NZD": {"en": (("New Zealand dollar", "New Zealand dollars", "New Zealand dollars"), ("cent", "cents", "cents"))},
    "SGD": {"en": (("Singapore dollar", "Singapore dollars", "Singapore dollars"), ("cent", "cents", "cents"))},
    "TWD": {"en": (("New Taiwan dollar", "New Taiwan dollars", "New Taiwan dollars"), ("cent", "cents", "cents"))},
    "MXN": {"en": (("Mexican peso", "Mexican pesos", "Mexican pesos"), ("centavo", "centavos", "centavos")),
            "es": (("peso mexicano", "pesos mexicanos", "pesos mexicanos"), ("centavo", "centavos", "centavos"))},
    "BRL": {"en": (("real", "reais", "reais"), ("centavo", "centavos", "centavos")),
            "pt": (("real", "reais", "reais"), ("centavo", "centavos", "centavos"))},
    "AUD": {"en": (("Australian dollar", "Australian dollars", "Australian dollars"), ("cent", "cents", "cents"))},
    "CAD": {"en": (("Canadian dollar", "Canadian dollars", "Canadian dollars"), ("cent", "cents", "cents")),
            "fr": (("dollar canadien", "dollars canadiens", "dollars canadiens"), ("cent", "cents", "cents"))},
    "PLN": {"pl": (("złoty", "złote", "złotych"), ("grosz", "grosze", "groszy")),
            "en": (("zloty", "zlotys", "zlotys"), ("grosz", "groszy", "groszy"))},
    # an English text's "₽100" was "one hundred рублей": the Russian word in an English voice
    "RUB": {"ru": (("рубль", "рубля", "рублей"), ("копейка", "копейки", "копеек")),
            "en": (("ruble", "rubles", "rubles"), ("kopeck", "kopecks", "kopecks")),
            "de": (("Rubel", "Rubel", "Rubel"), ("Kopeke", "Kopeken", "Kopeken")),
            "fr": (("rouble", "roubles", "roubles"), ("kopeck", "kopecks", "kopecks")),
            "es": (("rublo", "rublos", "rublos"), ("kopek", "kopeks", "kopeks")),
            "pl": (("rubel", "ruble", "rubli"), ("kopiejka", "kopiejki", "kopiejek")),
            "it": (("rublo", "rubli", "rubli"), ("copeco", "copechi", "copechi")),
            "pt": (("rublo", "rublos", "rublos"), ("copeque", "copeques", "copeques")),
            "ca": (("ruble", "rubles", "rubles"), ("copec", "copecs", "copecs")),
            "nl": (("roebel", "roebel", "roebel"), ("kopeke", "kopeken", "kopeken")),
            "sv": (("rubel", "rubel", "rubel"), ("kopek", "kopek", "kopek"))},
    # the won, the shekel, the lira and the peso by their signs ("₩1000" was "₩one thousand")
    "KRW": {"en": (("won", "won", "won"), ("jeon", "jeon", "jeon"))},
    "ILS": {"en": (("shekel", "shekels", "shekels"), ("agora", "agorot", "agorot"))},
    "TRY": {"en": (("lira", "lira", "lira"), ("kurus", "kurus", "kurus"))},
    "PHP": {"en": (("peso", "pesos", "pesos"), ("centavo", "centavos", "centavos"))},
}
# the currencies of older books, known by their names before an amount with its cents ("2,50 Mark"), never by a
# code: German capitals' "DEM" is "dem"
FORMER_CURRENCIES: dict[str, dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]]] = {
    "DEM": {"de": (("Mark", "Mark", "Mark"), ("Pfennig", "Pfennig", "Pfennig"))},
    "ATS": {"de": (("Schilling", "Schilling", "Schilling"), ("Groschen", "Groschen", "Groschen"))},
    "ESP": {"es": (("peseta", "pesetas", "pesetas"), ("céntimo", "céntimos", "céntimos"))},
}
AND = {"en": "and", "ca": "i", "sv": "och", "es": "con", "fr": "et", "de": "und", "it": "e", "pt": "e", "pl": "i",
       "ru": "и", "nl": "en"}


def currency_forms(code: str, language: str) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """The currency's names in `language`, else in English, else in its own country's language
    (Swedish kronor in an English text are "kronor")."""
    names = CURRENCIES.get(code) or FORMER_CURRENCIES[code]
    return names.get(language) or names.get("en") or next(iter(names.values()))
