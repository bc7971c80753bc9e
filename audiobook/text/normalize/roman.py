"""Roman numerals read as numbers: after a division word ("Chapter XIV"), a heading that is only
a numeral, rulers' numbers in the 11 languages ("Henry VIII", "Felipe II", "Екатерина II"), French
Roman ordinals ("XIXe siècle") and centuries ("w XX wieku", "в XX веке", "XXe eeuw")."""

from __future__ import annotations

import re
from functools import lru_cache

from audiobook.text.normalize.common import (
    closing_stop,
    feminine,
    part_words,
    polish_case,
    roman_value,
    ru_ordinal,
    spanish_before_noun,
    word_before,
)
from audiobook.text.normalize.dates import ordinals
from audiobook.text.normalize.governed import stop_after
from audiobook.text.normalize.numbers import cardinal, ordinal
from audiobook.text.normalize.tables import REGNAL_FEMININE, REGNAL_NAMES, WORDS


@lru_cache(maxsize=16)
def _regnal(language: str) -> re.Pattern[str] | None:
    """A ruler's name and number ("Henry VIII", "Henry VIIIth's", "Louis XIV"); "I" alone is left (the pronoun)."""
    names = REGNAL_NAMES.get(language)
    if not names:
        return None
    # an old-style full stop after the numeral inside a sentence ("Louis XVI. of France"), as German always writes
    # it ("Friedrich II., König", "Ludwig XIV.;": "der zweite.," was heard), goes with it; "I" is
    # the pronoun in English and "Ier" in French, but the first of its name elsewhere ("Carlos I", "Пётр I")
    single = "[VX]" if language in {"en", "fr"} else "[IVX]"
    # a Swedish genitive after a colon: "Karl XII:s tid" is "Karl den tolftes tid" ("den tolfte:s" was heard)
    genitive = r"(:s\b)?" if language == "sv" else "()"
    return re.compile(rf"\b({'|'.join(names)})\s+([IVXL]{{2,}}|{single})(?:th|st|nd|rd)?{genitive}(?!\w)"
                      r"(?:\.(?=\s+[a-zäöüß]|[,;:)]))?")


# English "I" after a ruler's name is the first of the name only where the pronoun cannot stand: after a title
# ("King Charles I went"), or before "of", "'s", a bracket or a stop ("George I of Great Britain", "Charles I's
# head", "Elizabeth I (1533–1603)", "under George I, the Whigs"); "when I met Charles I was" stays the pronoun
_EN_TITLES = frozenset("King Queen Emperor Empress Pope Tsar Czar Kaiser".split())
# a ruler's name before " I": an alternation of literals, so the engine looks only where one of their first letters
# stands (a scan for every " I" then a look at the word before cost half as much again: the pronoun is everywhere)
_NAME_BEFORE_I = re.compile(rf"(?:{'|'.join(sorted({n.split()[-1] for n in REGNAL_NAMES['en']}))})"
                            r"\s+I\b(?!['’](?!s\b)\w)")  # a word's start is checked after: a look-behind first is slow
# (or before what befalls a ruler: "Charles I was executed", "Henry I died"; "when I met Charles I was glad" keeps
# its pronoun)
_NOT_THE_PRONOUN = re.compile(r"['’]s\b|\s+of\b|\s*\(|[,;:)]|\.(?:[\s”’\"]|$)"
                              r"|\s+(?:died|reigned|ruled|abdicated|ascended)\b"
                              r"|\s+(?:was|had\s+been)\s+(?:executed|beheaded|crowned|deposed|murdered|assassinated|"
                              r"buried|proclaimed|excommunicated|overthrown|dethroned|succeeded)\b")


# a war's, a type's or a stage's "I" ("World War I was", "Type I diabetes", "Phase I."): "one", not the pronoun
# espeak-ng read ("world war eye"); a type's only before a stop or a noun it names, as "In Phase I went" is rare
# (" I" first, the word before it looked at after: the pronoun is everywhere, and a scan for the words was slower)
_NUMBERED_WORDS = "Type Phase Stage Class Grade Level Category".split()
_NUMBERED_I = re.compile(r" I\b(?:(?<=\bWorld War I)(?!['’]\w)|(?:"
                         + "|".join(rf"(?<=\b{word} I)" for word in _NUMBERED_WORDS)
                         + r")(?=[,;:.)]|\s+(?:diabetes|trials?|errors?|and|or)\b|\s*$))")


def first_of_the_name(text: str) -> str:
    """English rulers' "I" as "the first" where it cannot be the pronoun; a war's or a type's "I" as "One"."""
    text = _NUMBERED_I.sub(" One", text)
    def say(match: re.Match[str]) -> str:
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"):
            return match.group(0)  # "MacHenry I"
        if _NOT_THE_PRONOUN.match(text, match.end()) or word_before(text, match.start()) in _EN_TITLES:
            return f"{match.group(0)[:-1]}the first"
        return match.group(0)

    return _NAME_BEFORE_I.sub(say, text)


def _regnal_number(name: str, value: int, language: str, case: str = "") -> str:
    """A ruler's number as said: "the eighth", "quatorze", "segundo" (but "trece" past ten), "de derde",
    "den andre", "der Zweite", "Вторая"...; in German in the `case` a preposition before the name gives it ("unter
    Wilhelm dem Zweiten", "für Friedrich den Zweiten")."""
    if language == "fr" or (language in {"es", "pt", "ca"} and value > 10):
        return cardinal(value, language)
    words = ordinal(value, language)
    queen = name in REGNAL_FEMININE.get(language, frozenset())
    if language == "de" and case:
        article = _GERMAN_ARTICLES[case][queen]
        return f"{article} {words if queen and case == 'accusative' else words + 'n'}"
    if queen:
        words = feminine(words, language)
    elif language == "sv":
        words = {"första": "förste", "andra": "andre"}.get(words, words)  # "Gustav den andre"
    article = {"en": "the", "nl": "de", "sv": "den", "de": "die" if queen else "der"}.get(language)
    return f"{article} {words}" if article else words


# German prepositions and the case they give a ruler's name after them (its title between: "unter Kaiser Wilhelm
# II."); the article for a king and for a queen in that case
_GERMAN_CASE_OF = {**dict.fromkeys("unter mit von vom bei beim nach seit zu zum zur aus gegenüber vor".split(),
                                   "dative"),
                   **dict.fromkeys("für gegen durch ohne um wider".split(), "accusative"),
                   **dict.fromkeys("wegen trotz statt anstatt".split(), "genitive")}  # not "während", "while"
_GERMAN_ARTICLES = {"dative": ("dem", "der"), "accusative": ("den", "die"), "genitive": ("des", "der")}
_GERMAN_TITLES = frozenset("kaiser kaiserin könig königin papst zar zarin herzog herzogin fürst fürstin graf gräfin "
                           "prinz prinzessin kurfürst landgraf markgraf erzherzog großherzog".split())


def _german_case_before(text: str, position: int) -> str:
    """The case a preposition before a ruler's name gives it ("" for the nominative, or none found); the second of
    two rulers joined by "und" takes the first's ("unter Wilhelm II. und Ludwig XIV.")."""
    words = text[max(0, position - 60):position].split()
    if words and words[-1].lower() in _GERMAN_TITLES:
        words.pop()
    if len(words) > 3 and words[-1] in {"und", "oder", "sowie"} and _ROMAN_WORD.fullmatch(words[-2]) and words[-3][
            :1].isupper():
        words = words[:-3]
        if words and words[-1].lower() in _GERMAN_TITLES:
            words.pop()
    return _GERMAN_CASE_OF.get(words[-1].lower(), "") if words else ""


_ROMAN_WORD = re.compile(r"[IVXL]{1,6}\.?")


@lru_cache(maxsize=1)
def _german_genitive_ruler() -> re.Pattern[str]:
    """A ruler's name in the genitive before its number, "Friedrichs II.", "Katharinas II." (names ending in an s
    sound take an apostrophe, and are left)."""
    names = "|".join(name for name in REGNAL_NAMES["de"] if not name.endswith(("s", "x", "z")))
    return re.compile(rf"\b({names})s\s+([IVXL]{{1,6}})\.")


def _german_genitive_number(match: re.Match[str]) -> str:
    value = roman_value(match.group(2))
    if value is None:
        return match.group(0)
    article = "der" if match.group(1) in REGNAL_FEMININE["de"] else "des"
    return f"{match.group(1)}s {article} {ordinal(value, 'de')}n{closing_stop(match)}"  # its stop may end the sentence


# a century in Roman numerals, which espeak-ng spelled ("X X wieku") or read in English letters ("XX век")
# (and two centuries, "w XVII–XVIII w.", "в XVII–XVIII вв.": the first was left, "w XVII–osiemnastego wieku")
_FIRST_CENTURY = r"(?:(?P<first>[IVXL]{1,6})\s?[–—-]\s?)?"
_CENTURY = {
    "pl": re.compile(rf"(?:\b(?P<w>[wW]e?)\s+)?\b{_FIRST_CENTURY}(?P<n>[IVXL]{{1,6}})\s+(?P<c>wiek|wieku|wiekiem)\b"),
    "ru": re.compile(rf"(?:\b(?P<w>[вВ]о?)\s+)?\b{_FIRST_CENTURY}(?P<n>[IVXL]{{1,6}})\s+"
                     r"(?P<c>век|века|веке|веку|веком|веках|веков|вв\.)(?!\w)"),
    "nl": re.compile(r"\b(?P<n>[IVXL]{1,6})(?:e|ste|de)\s+(?P<c>eeuw)\b"),
}


_RU_CENTURY_ENDINGS = {"века": "ого", "веке": "ом", "веку": "ому", "веком": "ым", "веках": "ом", "веков": "ого"}

# a year's quarter in reports: "в III кв. 2023 г." "в третьем квартале" ("кв." was read "квартира", a flat), "w II
# kw." "w drugim kwartale", "за I квартал" "за первый квартал"; the abbreviation after "в", "w" is the locative,
# after "за", "za" or alone the nominative
_QUARTER = {
    "ru": re.compile(r"(?:\b(?P<w>[вВ]о?|[зЗ]а)\s+)?\b(?P<n>I{1,3}|IV)\s+(?P<c>кв\.|квартал(?:а|е|у|ом)?)(?!\w)"),
    "pl": re.compile(r"(?:\b(?P<w>[wW]e?|[zZ]a)\s+)?\b(?P<n>I{1,3}|IV)\s+(?P<c>kw\.|kwarta(?:ł|łu|le|łem))(?!\w)"),
}
_QUARTER_ENDINGS = {"ru": {"квартала": "ого", "квартале": "ом", "кварталу": "ому", "кварталом": "ым"},
                    "pl": {"kwartału": "ego", "kwartale": "ym", "kwartałem": "ym"}}
_QUARTER_NOUN = {"ru": ("квартал", "квартале"), "pl": ("kwartał", "kwartale")}  # (nominative, locative)


def _quarter(match: re.Match[str], language: str) -> str:
    preposition, noun = match.group("w"), match.group("c")
    if noun.endswith("."):  # "кв.", "kw.": the locative after "в", "w"; else the nominative
        locative = bool(preposition) and preposition.lower() in {"в", "во", "w", "we"}
        noun = _QUARTER_NOUN[language][locative]
        stop = stop_after(match)  # not before its year: "в III кв. 2023 г."
    else:
        stop = ""
    words = ordinal(roman_value(match.group("n")) or 0, language)
    if ending := _QUARTER_ENDINGS[language].get(noun):
        words = ru_ordinal(words, ending) if language == "ru" else polish_case(words, ending)
    return f"{preposition + ' ' if preposition else ''}{words} {noun}{stop}"


# the Romance centuries: "siglo XIX" is "siglo diecinueve" (an ordinal up to the tenth: "siglo quinto"), Catalan
# "segle XIX" "segle dinou", Portuguese "século XIX"; Italian "XIX secolo" is "diciannovesimo secolo"
# (and the others a plural names: "siglos XV y XVI", "séculos XV e XVI", "segles XV-XVI")
_MORE_CENTURIES = r"(?P<more>(?:\s*(?:,|y|e|i|al|a|-|–)\s*[IVXL]{1,6}\b)*)"
_ROMANCE_CENTURY = {
    "es": re.compile(rf"\b(?P<c>[sS]iglos?)\s+(?P<n>[IVXL]{{1,6}})\b{_MORE_CENTURIES}"),
    "pt": re.compile(rf"\b(?P<c>[sS]éculos?)\s+(?P<n>[IVXL]{{1,6}})\b{_MORE_CENTURIES}"),
    "ca": re.compile(rf"\b(?P<c>[sS]egles?)\s+(?P<n>[IVXL]{{1,6}})\b{_MORE_CENTURIES}"),
    "it": re.compile(rf"\b(?:(?:(?P<first>[IVXL]{{1,6}})\s?[-–]\s?)?(?P<n>[IVXL]{{1,6}})\s+(?P<c>secol[oi])"
                     rf"|(?P<c2>[sS]ecol[oi])\s+(?P<n2>[IVXL]{{1,6}})\b"
                     rf"{_MORE_CENTURIES})\b"),
}


def _romance_century(match: re.Match[str], language: str) -> str:
    numeral = match.group("n") or match.group("n2")
    value = roman_value(numeral)
    if value is None:
        return match.group(0)

    def number(numeral: re.Match[str]) -> str:  # Italian's always an ordinal, the others' up to the tenth
        value = roman_value(numeral.group(0))
        return numeral.group(0) if value is None else ordinal(value, language) if language == "it" or value <= 10 \
            else cardinal(value, language)

    if language == "it" and match.group("n"):  # "XIX secolo", "XIX-XX secolo" (its first was left a numeral)
        first = roman_value(match.group("first")) if match.group("first") else None
        said = f"{ordinal(first, 'it')} – {ordinal(value, 'it')}" if first else ordinal(value, "it")
        return f"{said} {match.group('c')}"
    noun = match.group("c2") if language == "it" else match.group("c")  # "secoli XVII-XVIII": the second was left
    return f"{noun} {re.sub(r'[IVXL]{1,6}', number, numeral + (match.group('more') or ''))}"


def _century(match: re.Match[str], language: str) -> str:
    groups = match.groupdict()  # Dutch "XVIIe eeuw" has no preposition and no range
    values = [roman_value(numeral) for numeral in (groups.get("first"), groups["n"]) if numeral]
    if None in values:
        return match.group(0)
    noun, stop = match.group("c"), ""
    if noun == "вв.":  # two centuries: "в XVII–XVIII вв." "веках", else "веков"
        noun, stop = ("веках" if groups.get("w") else "веков"), closing_stop(match)

    def say(value: int) -> str:
        words = ordinal(value, language)
        if language == "ru":
            return ru_ordinal(words, _RU_CENTURY_ENDINGS.get(noun))
        if language == "pl" and noun != "wiek":  # "XX wieku": "dwudziestego"; "w XX wieku", "XX wiekiem": "dwudziestym"
            return polish_case(words, "ym" if noun == "wiekiem" or groups.get("w") else "ego")
        return words

    preposition = f"{groups['w']} " if groups.get("w") else ""
    return f"{preposition}{' – '.join(say(value) for value in values)} {noun}{stop}"


# French ordinals in Roman numerals: "XIXe siècle", "la IIIe République", "François Ier"
_FR_ROMAN_ORDINAL = re.compile(r"\b((?:[IVXL]{2,}|[IVX]))(e|ème|er|re)(?!\w)")


# a numeral between a definite article and its noun is an ordinal: "el III Reich" "el tercer Reich", "la II Guerra
# Mundial" "la segunda", "il III millennio" "il terzo", "a II Guerra" "a segunda" (they were "el tres Reich", or left
# to be spelled); a one-letter numeral only before a capital ("la I Guerra Mundial", not "la X marca el lugar").
# German writes the ordinal's stop, and reads it as "der 2. Weltkrieg": "das III. Reich" is "das dritte Reich"
# with a preposition joined to it: "nel III trimestre", "del II millennio", "no III Congresso", "del III Reich"
_ARTICLES_BY_GENDER = {"es": ("el del al", "la"), "ca": ("el del al pel", "la"),
                       "it": ("il lo nel nello del dello al allo dal dallo sul sullo",
                              "la nella della alla dalla sulla"),
                       "pt": ("o no do ao pelo", "a na da à pela")}  # (masculine, feminine)
_ARTICLE_NUMERAL = {language: re.compile(
    rf"\b(?P<article>(?i:{'|'.join(' '.join(articles).split())}))\s+"
    r"(?P<numeral>[IVX]{2,6}|[IVX](?=\s+[A-ZÁÉÍÓÚÀÈÒ]))(?=\s+[^\W\d_])")
    for language, articles in _ARTICLES_BY_GENDER.items()}
_GERMAN_ARTICLE_NUMERAL = re.compile(r"\b((?i:der|die|das|dem|den|des|im|am|zum|vom)\s+)([IVX]{1,6})\.(?=\s+[A-ZÄÖÜ])")


def _ordinal_after_article(match: re.Match[str], language: str) -> str:
    value = roman_value(match.group("numeral"))
    if value is None:
        return match.group(0)
    words = ordinal(value, language)
    if match.group("article").lower() in _ARTICLES_BY_GENDER[language][1].split():
        words = feminine(words, language)
    elif language == "es":
        words = spanish_before_noun(words)
    return f"{match.group('article')} {words}"


def _german_ordinal_figure(match: re.Match[str]) -> str:
    """"der II. Weltkrieg" as "der 2. Weltkrieg", which the ordinals step reads ("der zweite Weltkrieg")."""
    value = roman_value(match.group(2))
    return match.group(0) if value is None else f"{match.group(1)}{value}."


def regnal_and_ordinal_numerals(text: str, language: str) -> str:
    regnal = _regnal(language)
    if regnal is not None:
        def say(match: re.Match[str]) -> str:
            value = roman_value(match.group(2))
            if value is None:
                return match.group(0)
            case = _german_case_before(match.string, match.start()) if language == "de" else ""
            genitive = "s" if match.group(3) else ""
            return f"{match.group(1)} {_regnal_number(match.group(1), value, language, case)}{genitive}"
        text = regnal.sub(say, text)
    if language == "de" and "s " in text:  # "Friedrichs II.": the genitive, "Friedrichs des zweiten"
        text = _german_genitive_ruler().sub(_german_genitive_number, text)
    if language == "fr":
        def say_ordinal(match: re.Match[str]) -> str:
            value = roman_value(match.group(1))
            if value is None or (match.group(2) in {"er", "re"}) != (value == 1):
                return match.group(0)
            words = ordinal(value, "fr")
            return feminine(words, "fr") if match.group(2) == "re" else words
        text = _FR_ROMAN_ORDINAL.sub(say_ordinal, text)
    if language in _ARTICLE_NUMERAL:
        text = _ARTICLE_NUMERAL[language].sub(lambda match: _ordinal_after_article(match, language), text)
    elif language == "de" and (figures := _GERMAN_ARTICLE_NUMERAL.sub(_german_ordinal_figure, text)) != text:
        text = ordinals(figures, language)  # the numbers' steps will not look: the text had no digit
    if language in _CENTURY:
        text = _CENTURY[language].sub(lambda match: _century(match, language), text)
    if language in _ROMANCE_CENTURY:
        text = _ROMANCE_CENTURY[language].sub(lambda match: _romance_century(match, language), text)
    if language in _QUARTER:
        text = _QUARTER[language].sub(lambda match: _quarter(match, language), text)
    return text


# the words that join numerals in a list after a division word: "Chapters II and III", "Parts I, II or III"
_LINKS = {language: frozenset({WORDS[language]["and"], WORDS[language]["to"], "&", *others.split()})
          for language, others in {"en": "or", "ca": "o", "sv": "eller", "es": "o e", "fr": "ou", "de": "oder",
                                   "it": "o", "pt": "ou", "pl": "lub albo", "ru": "или", "nl": "of tot"}.items()}
# English words a list of numerals may follow though a lone "I" after them is left to `first_of_the_name`:
# "Type I and II", "Stages II or III", "World Wars I and II"
_LIST_AFTER = frozenset("type types phase phases stage stages class classes grade grades level levels category "
                        "categories war wars".split())
# a numeral (the word start checked after its first letter: fast), or a range of two ("Parts II–IV", "chapitres
# II-IV": group 2 the last)
_NUMERAL_OR_RANGE = re.compile(r"([IVXLCDM](?<!\w.)[IVXLCDM]*)\b(?:\s?[–—-]\s?([IVXL]+)\b(?![-'’]\w))?")
_ROMAN_LETTERS = "IVXLCDM"
_OPENING = "([{\"'«“‘"


def _token_before(text: str, position: int) -> tuple[str, int] | None:
    """The space-separated token just before `position` (spaces between) and where it starts."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == position or end == 0:
        return None
    start = text.rfind(" ", 0, end) + 1
    return text[start:end], start


def _listed(text: str, position: int, language: str, labels: frozenset[str] | None = None,
            small: bool = False) -> bool:
    """Whether the numeral at `position` is listed after a division word ("III" in "Chapters I, II and III"):
    back over the numerals and links between to the word; `labels` for the division words, `small` for numerals in
    small letters ("Acts ii and iii")."""
    parts, links = labels or part_words(language), _LINKS[language]
    numerals = 0
    for _ in range(12):
        token = _token_before(text, position)
        if token is None:
            return False
        word, position = token
        word = word.lstrip(_OPENING)
        if numerals and (word.lower() in parts or language == "en" and word.lower() in _LIST_AFTER):
            return True
        numeral = word.rstrip(",")
        if small:  # "xii–xiv and i-iv": a range's first numeral too
            numeral = numeral.upper().replace("–", "-").partition("-")[0]
        if roman_value(numeral) is not None:  # before the links: Polish and Catalan "i" is "and"
            numerals += 1
        elif word.lower() not in links:
            return False
    return False


@lru_cache(maxsize=16)
def _list_goes_on(language: str) -> re.Pattern[str]:
    """After a numeral: another one, by a link or a comma (" and II", ", III")."""
    links = "|".join(re.escape(link) for link in sorted(_LINKS[language], key=len, reverse=True))
    return re.compile(rf"(?:,?\s+(?:{links})|,)\s+[IVXL]+\b")


# a date whose month is a Roman numeral, as Polish, Russian, Italian and Spanish write them ("3 V 1920", "3.V.1920",
# "3-V-1920"; espeak-ng said "trzy V", "три.V"): as figures, the numbers' steps read any date so
_ROMAN_MONTH_DATE = re.compile(r"(?<![\w.,/-])(\d{1,2})([-./ ])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4})"
                               r"(?![\w]|[.,]\d)")


def _roman_month_dates(text: str) -> str:
    return _ROMAN_MONTH_DATE.sub(lambda match: f"{match.group(1)}/{roman_value(match.group(3))}/{match.group(4)}",
                                 text)


def roman_numerals(text: str, language: str) -> str:
    """A numeral after a division word ("Chapter XIV", "Livre II"), or listed after one ("Chapters II and III"),
    as a number; a range of them ("Parts II–IV") as figures, which the numbers' steps read as any range ("parts
    two to four", "rozdziały od dwóch do czterech"). Found numeral first (they are rare but for the pronoun "I"),
    then the word before it looked up: no scan for every word."""
    parts = part_words(language)
    if language != "en" and (text[:1].isdigit() or " " in text):  # every such date has a digit before a space or
        text = _roman_month_dates(text)  # starts the text: the scan skips the rest

    def say(match: re.Match[str]) -> str:
        numeral = match.group(1)
        if numeral in {"L", "C", "D", "M"}:
            return match.group(0)  # "Section C", "Part D": a letter, not 50 or 500
        if (len(numeral) > 3 and numeral[0] == "M" and not match.group(2) and (value := roman_value(numeral))
                and value < 2200):
            return str(value)  # a title page's or an inscription's year, "MDCCCXII": the years' steps read "1812"
        word = word_before(text, match.start())
        if not word:
            return match.group(0)
        lowered = word.lower()
        if lowered in parts:
            listed = False
        elif numeral == "I" and lowered not in _LIST_AFTER:
            return numeral  # the pronoun, everywhere ("and I", "Yes, I"): no list is looked for
        elif lowered in _LINKS[language] or (word[-1] == "," and not word[:-1].strip(_ROMAN_LETTERS)):
            if not _listed(text, match.start(), language):
                return match.group(0)
            listed = True
        elif language != "en" or lowered not in _LIST_AFTER or not _list_goes_on(language).match(text, match.end()):
            return match.group(0)
        else:
            listed = True  # "Type I and II"
        value = roman_value(numeral)
        if value is None:
            return match.group(0)
        if match.group(2) is not None:  # a range, as figures
            last = roman_value(match.group(2))
            return f"{value}–{last}" if last is not None and last > value else match.group(0)
        if numeral == "I" and not listed and word[:1].islower() and text[match.end():].lstrip()[:1].isalpha() and (
                not _list_goes_on(language).match(text, match.end())):
            return numeral  # "the book I read", "the part I liked": the pronoun
        return cardinal(value, language)

    text = _NUMERAL_OR_RANGE.sub(say, text)
    whole = re.fullmatch(r"\s*([IVXLCDM]+)\.?\s*", text)
    # a heading that is only a numeral ("IV."); a lone "I" is the pronoun
    if whole and whole.group(1) != "I" and (value := roman_value(whole.group(1))) is not None:
        text = cardinal(value, language)
    return text


# a numeral in small letters after a division's or a page's word: "Scene ii", "scène iii", "p. xiv", "pp. xii–xiv"
# (a preface's pages), which espeak-ng read "Scene roman two", "page roman fourteen"; a lone "i" only before a stop or a
# dash ("Scene i.", not Swedish "en del i boken" or Catalan "part i tot"), a lone "l" or "c" never (a letter)
_SMALL_NUMERAL = re.compile(r" ([ivxlc]{2,7}|[vx]|i(?=[.,:;)–-]|$))"
                            r"(?:\s?[–-]\s?([ivxlc]{1,7})(?![\w'’-])|(?![\w'’-]))")
_SMALL_NUMERAL_HINT = re.compile(r" [ivxlc]+(?![\w'’])")  # every text `_SMALL_NUMERAL` matches, and a few more
_PAGE_WORDS = {"en": "page pages p. pp.", "fr": "page pages p.", "de": "seite seiten s.",
               "es": "página páginas pág. p.", "it": "pagina pagine pag. p.", "pt": "página páginas pág. p.",
               "ca": "pàgina pàgines pàg. p.", "nl": "pagina blz. p.", "sv": "sida sidan sidorna s.",
               "pl": "strona stronie str. s.", "ru": "стр. с."}
_SMALL_NUMERAL_LABELS = {language: part_words(language) | frozenset(words.split())
                         for language, words in _PAGE_WORDS.items()}


def small_numerals(text: str, language: str) -> str:
    """Numerals in small letters after a division's or a page's word as figures ("Scene ii" is "Scene 2", "pp.
    xii–xiv" "pp. 12–14"), or listed after one ("Acts ii and iii"), which the abbreviations', ranges' and numbers'
    steps then read as any."""
    if not _SMALL_NUMERAL_HINT.search(text):  # (the quick test: half the pattern's time, which every space began)
        return text
    labels = _SMALL_NUMERAL_LABELS[language]

    def say(match: re.Match[str]) -> str:
        word = word_before(text, match.start(1))
        if word is None or word.lower() not in labels and not _listed(text, match.start(1), language, labels, True):
            return match.group(0)
        first = roman_value(match.group(1).upper())
        last = roman_value(match.group(2).upper()) if match.group(2) else None
        if first is None or match.group(2) and (last is None or last <= first):
            return match.group(0)
        return f" {first}–{last}" if last else f" {first}"

    return _SMALL_NUMERAL.sub(say, text)


# a numeral of two or more letters after a capitalised word, whatever the word ("World War II", "Type II",
# "Apollo XI", "Psalm XXIII"), or before one ("the XXXIX Articles"); with an L or a C only of three letters or more
# after a word not in capitals ("Super Bowl LVII", "Pius XII"; not "Size XL", "the Git CLI", "THE GREAT MIX"), D
# and M left out ("DC", "MIX")
_NAMED_NUMERAL = re.compile(r"\b(?:[IVX]{2,6}|[IVXLC]{3,8})\b(?!['’-]\w)")
_NOT_NAMED_NUMERALS = frozenset({"CLI", "CIV", "LIV", "CCC"})  # a command line, a civilisation, a name, a code
# the words that open a list item's title after a one-letter label ("I. The Huzza Porpoise", "I. A Fast-Fish")
_ARTICLES = frozenset("a an the le la les l un une der die das ein eine el los las il lo gli o os as het de een en ett "
                      "ten ta to".split())
# a numeral that labels an item of a list, at the start, after a sentence or run into one: "I. The Huzza
# Porpoise. II. The Algerine Porpoise.", ":—I., the GRAMPUS; II., the BLACK FISH" (not initials: "V. I. Lenin")
_LIST_LABEL = re.compile(r"(?:^|(?<=[;:—(])|(?<=[;:.!?] ))(?<!\b[A-Z]\.\s)([IVX]{1,6})\.(?=,|\s+(?![A-Z]\.)\w)")


def numerals_after_names(text: str, language: str) -> str:
    """Numerals no other rule took, next to a capitalised word or labelling a list item, as numbers.
    espeak-ng (and Piper, which phonemizes with it) says "roman two" in English, "römisch zwei",
    "deux romain", and spells them out letter by letter in Dutch, Swedish, Polish and Russian."""
    def say(match: re.Match[str]) -> str:
        word = word_before(text, match.start())
        if not word or not word.replace("-", "").replace("’", "").isalpha():
            return match.group(0)
        if not word[:1].isupper() and not text[match.end():].lstrip()[:1].isupper():
            return match.group(0)  # "the XXXIX Articles" is a name; "the XIV century" is left
        if ("L" in match.group(0) or "C" in match.group(0)) and (
                len(word) > 1 and word.isupper() or match.group(0) in _NOT_NAMED_NUMERALS):
            return match.group(0)
        value = roman_value(match.group(0))
        return match.group(0) if value is None else cardinal(value, language)

    def say_label(match: re.Match[str]) -> str:
        numeral, start = match.group(1), match.start()
        after_sentence = start >= 2 and text[start - 2] in ".!?"
        if len(numeral) == 1 and not text.startswith(",", match.end()):
            # "I. The Huzza Porpoise" is a label; "Who? I. Nobody else." the pronoun, "V. Woolf" an initial
            following = text[match.end():].split(None, 1)[:1]
            next_label = {"I": "II.", "V": "VI.", "X": "XI."}[numeral]
            if next_label not in text[match.end():] and (not following or following[0].lower() not in _ARTICLES):
                return match.group(0)
        value = roman_value(numeral)
        if value is None:
            return match.group(0)
        words = cardinal(value, language)
        if text.startswith(",", match.end()):
            return words
        return f"{words[:1].upper()}{words[1:]}." if start == 0 or after_sentence else f"{words}."

    if "." in text:
        text = _LIST_LABEL.sub(say_label, text)
    return _NAMED_NUMERAL.sub(say, text)

