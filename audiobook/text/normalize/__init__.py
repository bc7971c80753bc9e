"""What the listener hears: text normalized for speech, per language.

`spoken_text(text, language)` expands, in this order: note markers, asterisks and daggers (dropped),
emoji, pictographs and trade marks (`pictographs`, dropped), URLs and e-mail addresses, English Bible
references (`scripture`), fractions with a slash ("1/2" as "½"), abbreviated weekdays and months
(`calendar_names`), abbreviations, Roman numerals (`roman`), English capitals that are pronouns,
then, in text with digits: a scholar's references (`references`), versions and IP addresses (`dotted`),
telephone numbers (`phones`), "~", abbreviations before numbers, pounds,
shillings and pence (`old_money`), ranges of amounts, currencies (`money`), percentages, units, hours,
minutes and seconds (`quantities`),
dates with full stops, times of day (`clock`) and ordinals (`dates`), decades and fractions,
inflected years, ranges, symbols, and last the numbers themselves (years, decimals, grouped
thousands, negatives, leading zeros). The original text is kept beside it (the manifest records both).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial

from audiobook.text.normalize.agreement import (
    ELIDED_OF,
    ROMANCE,
    before_its_noun,
    counts_noun,
    labelled_by,
    one_and_a_half,
    one_before_noun,
    romance_count,
)
from audiobook.text.normalize.calendar_names import calendar_names
from audiobook.text.normalize.cases import (
    CASED_LANGUAGES,
    GENITIVE,
    LOCATIVE,
    cardinal_in_case,
    case_after,
    persons_counted,
    preposition_before,
    singular_case_after,
)
from audiobook.text.normalize.clock import catalan_quarters, military_times, times
from audiobook.text.normalize.common import (
    number_pattern,
    part_words,
    whole_number,
    word_before,
)
from audiobook.text.normalize.dates import (
    catalan_t_ordinals,
    day_ranges,
    inflected_years,
    numeric_dates,
    ordinals,
    russian_plural_years,
    year_ranges,
)
from audiobook.text.normalize.declined_rulers import declined_rulers
from audiobook.text.normalize.dotted import versions_and_addresses
from audiobook.text.normalize.formulas import SUBSCRIPT, caret_powers, micro_sign, subscript_formulas
from audiobook.text.normalize.greek import greek_letters, has_greek_letter
from audiobook.text.normalize.hash_and_at import hash_and_at_signs
from audiobook.text.normalize.identifiers import book_numbers, episode_codes, named_numbers
from audiobook.text.normalize.laws import law_numbers
from audiobook.text.normalize.letter_a import letter_a
from audiobook.text.normalize.money import currencies, swiss_francs
from audiobook.text.normalize.numbers import MINUS as WORDS_MINUS
from audiobook.text.normalize.numbers import (
    cardinal,
    counting,
    decimal,
    ordinal,
    plural_form,
    year,
)
from audiobook.text.normalize.old_money import old_money
from audiobook.text.normalize.phones import phone_numbers
from audiobook.text.normalize.pictographs import PICTOGRAPH, without_pictographs
from audiobook.text.normalize.postcodes import postal_codes
from audiobook.text.normalize.quantities import (
    approximately,
    compact_durations,
    decades_and_fractions,
    feet_and_inches,
    percentages,
    polish_decades,
    powers,
    recipe_measures,
    repetitions,
    time_units,
    units,
    vulgar_fractions,
)
from audiobook.text.normalize.ranges import number_ranges, polish_score, ranges
from audiobook.text.normalize.ratios import parts_of_wholes
from audiobook.text.normalize.references import references
from audiobook.text.normalize.roman import (
    first_of_the_name,
    numerals_after_names,
    regnal_and_ordinal_numerals,
    roman_numerals,
    small_numerals,
)
from audiobook.text.normalize.scripture import bible_references
from audiobook.text.normalize.scripture_more import SCRIPTURE_LANGUAGES, more_bible_references
from audiobook.text.normalize.tables import (
    A_NUMBER_AFTER,
    ABBREVIATIONS,
    ABBREVIATIONS_BEFORE_NUMBERS,
    AFTER_NAME,
    CAPITAL,
    COORDINATES,
    DEGREE,
    DEGREES,
    GERMAN_SENTENCE_OPENERS,
    OR,
    PARAGRAPH_SIGN,
    REGNAL_NAMES,
    SECTIONS,
    UNITS,
    US_STATES,
    WORDS,
)
from audiobook.text.normalize.us_states import CODE_AFTER_COMMA, state_names

__all__ = ["spoken_text"]

_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Whether `text` has a digit: in ASCII, ten substring tests (half a regex scan's time); else the regex, which
    knows other scripts' digits too."""
    if not text.isascii():
        return _DIGIT.search(text) is not None
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text
            or "7" in text or "8" in text or "9" in text)
# superscripts, fractions, ordinal indicators, Greek letters: one scan says whether their steps are needed
_RARE_SIGNS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹½¼¾⅓⅔⅛⅜⅝⅞⅕º°\u0391-\u03c9]")
# those, "©", "®", and every character from "™" up (pictographs, emoji): whether either step needs a closer look (a
# text in ASCII has none of them, and most of a book is ASCII)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # a Symbol or Wingdings bullet a Word file carries into an EPUB
_UNUSUAL = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹½¼¾⅓⅔⅛⅜⅝⅞⅕º°\u0391-\u03c9©®\u2080-\u2089\u2122-\U0010FFFF]")  # and "₂"
# a Roman numeral, alone or with an ordinal ending ("VIIIth", "XIXe", "Ier"): whether the numeral rules need to run
# (the word start is checked after the first letter: a pattern that opens with a character set lets the regex
# engine skip every position that cannot start a match, one that opens with "\b" is tried at each position)
_ROMAN_LETTER = re.compile(r"[IVXLCDM](?<!\w.)[IVXLCDM]*(?:e|er|re|ème|th|st|nd|rd)?\b")


# a web address without "http" or "www." but with a path ("gutenberg.org/ebooks/1342"): its number was read as a
# year and its slashes left; a name with a dot and no path ("Amazon.com") is left to the engine
_BARE_ADDRESS = re.compile(r"(?<![\w@/.-])(?:[A-Za-z\d](?:[\w-]*[A-Za-z\d])?\.)+[a-z]{2,6}/"
                           r"[^\s<>\"]*[^\s<>\".,;:!?)\]]")
_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# each mark of an address and the word it is read as ("dash" was heard for "_"; "?", "&", "=" were left)
_ADDRESS_MARKS = ((".", "dot"), ("/", "slash"), ("-", "dash"), ("_", "underscore"), ("@", "at"),
                  ("?", "question mark"), ("&", "and"), ("=", "equals"))


def _urls(text: str, language: str) -> str:
    """Web and e-mail addresses spelled by their marks: "w w w dot example dot com slash about"."""
    words = WORDS[language]

    def spell(match: re.Match[str]) -> str:
        address = re.sub(r"^https?://", "", match.group(0))
        address = re.sub(r"^www\.", "w w w.", address)
        for mark, word in _ADDRESS_MARKS:
            address = address.replace(mark, f" {words[word]} ")
        return " ".join(address.split())

    if "@" in text:
        text = _EMAIL.sub(spell, text)
    if "www." in text or "://" in text:
        text = _ADDRESS.sub(spell, text)
    return _BARE_ADDRESS.sub(spell, text) if "/" in text else text


# abbreviations that close a list or a time, so that a capital after them starts a sentence ("... osv. Klockan
# 15 ...", "... at 9 p.m. Then ...")
_ENDS_LISTS = frozenset({"A M", "P M",
                         "et cetera", "etcétera", "etcètera", "und so weiter", "och så vidare", "med mera",
                         "med flera", "enzovoort", "i tak dalej", "i tym podobne", "eccetera", "и так далее",
                         "и тому подобное", "Manuscript", "Manuscripts",  # "MS.": capitalised as written
                         "trappor",  # a Swedish address's floor, "3 tr.", ends it
                         # a century's "в.", "w.", "s." ("в XX в. За ..."; not German "Jh.", before capitalised nouns)
                         "веке", "века", "wieku", "siècle", "century",
                         # pages' ("320 S. Danach", "S. 12 ff. Es", "s. 45 ff. Det"): no noun follows them
                         "Seiten", "folgende", "och följande", "następne", "следующие", "и прочее",
                         # a translator's or an editor's note, an edition's amendments ("(прим. пер.)", "испр. и доп.")
                         "примечание редакции", "примечание переводчика", "примечание автора", "przypis redakcji",
                         "przypis tłumacza", "przypis autora", "исправленное и дополненное", "poprawione i uzupełnione",
                         # a month's or a weekday's ("it came out in Sept. The next")
                         "February", "April", "June", "July", "August", "September", "October", "November",
                         "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                         # German inhabitants, a ruler's epithet, a society ("120 Einw. Es", "Karl d. Gr. Er")
                         "Einwohner", "der Große", "eingetragener Verein", "vor unserer Zeitrechnung",
                         "nach unserer Zeitrechnung",
                         *US_STATES.values()})  # "Springfield, Ill. Later": a state's closes its sentence


# German scales, which a noun follows ("3 Mio. Euro") or a sentence ("3 Mio. Die Firma")
_GERMAN_SCALES = frozenset({"Million", "Millionen", "Milliarde", "Milliarden", "Tausend"})
_CLOSING_MARKS = "\"'”’»)]"
# a time zone or an era after an abbreviation's stop continues its sentence: "3 p.m. EST", "the 3rd c. BC"
_ZONE_OR_ERA = re.compile(r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|BCE?|CE|AD|B\.C\.|A\.D\.)(?!\w)")

# a street's name with its noun shortened at the end of the word ("Hauptstr.", "Kerkstr."), which espeak-ng
# read letter by letter; the word alone ("Str.") is an abbreviation of its own (`tables.ABBREVIATIONS`)
_STREET = {"de": ("str.", "straße"), "nl": ("str.", "straat"), "sv": ("g.", "gatan")}  # Swedish "Storg. 5"
_STREET_AFTER = {"de": r"\s*(?:\d|[,;)]|\s[a-zäöüß])", "nl": r"\s*(?:\d|[,;)]|\s[a-zäöüß])",
                 "sv": r"\s*\d"}  # Swedish "g." only before a number: a word's end is often "g."
_STREET_COMPOUND = {language: re.compile(rf"\b([^\W\d_]{{2,}}){re.escape(short)}(?={_STREET_AFTER[language]})")
                    for language, (short, _) in _STREET.items()}


_PAGES_AFTER_JOINED = re.compile(r"(?<=\d)(?=ff\.)")  # "pp. 12ff.", "S. 23ff.": as "12 ff."


def _abbreviations(text: str, language: str) -> str:
    detector, groups = _compiled_abbreviations(language)
    if not detector.search(text):  # most text has no abbreviation at all
        return text
    for (needle, capitalised), rules in groups:
        if needle not in text and capitalised not in text:  # two tests, not `any` over a generator: 150 groups
            continue
        for pattern, spoken in rules:
            text = pattern.sub(partial(_expand_abbreviation, spoken=spoken), text)
    return text


def _expand_abbreviation(match: re.Match[str], spoken: str) -> str:
    """What an abbreviation's `match` is read as: `spoken`, with the groups it names, its stop where that also
    ends the sentence, and a space before a word it touched."""
    text = match.string
    words = match.expand(spoken)
    if match.group(0)[:1].isupper() and words[:1].islower():  # "T.ex." at a sentence start
        words = words[:1].upper() + words[1:]
    rest = text[match.end():].lstrip().lstrip(_CLOSING_MARKS).lstrip()  # past a quote it closes: 'said "etc."'
    # its full stop also ends the sentence: at the end, or before a capital after "etc." and the like
    at_end = match.group(0).endswith(".") and (not rest or rest[:1].isupper() and (
        words in _ENDS_LISTS and not _ZONE_OR_ERA.match(rest)  # "3 p.m. EST on"
        or words in _GERMAN_SCALES and rest.split(None, 1)[0].rstrip(",;:") in GERMAN_SENTENCE_OPENERS))
    if at_end:
        return words + "."
    # "No.1" is "Number one", not "Number1"; "Sant'Antonio" stays joined
    return words + " " if words[-1:].isalnum() and text[match.end():match.end() + 1].isalnum() else words


def _literal_start(pattern: str) -> str:
    """The literal text a pattern starts with (after a leading name group): "St." of r"St\\.(?=...)"."""
    pattern = pattern.removeprefix(AFTER_NAME)
    literal, escaped = [], False
    for char in pattern:
        if escaped:
            literal.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "()[]?*+{}|^$":
            if char in "?*{" and literal:
                literal.pop()  # "ca\.?": the full stop may be missing, so it is not part of the literal
            break
        else:
            literal.append(char)
    return "".join(literal).lstrip()  # a space it ends with stays: "St " (so that "Still" is not looked at)


# where a sentence starts: the text's start or a sentence's end, then perhaps an opening quote or bracket
_SENTENCE_START = r"(?:^|(?<=^[\"'“„«(‘¿¡])|(?<=[.!?…]\s)|(?<=[.!?…][\"'”»’)]\s)|(?<=[.!?…]\s[\"'“„«(‘¿¡]))"
_NO_INITIAL_AFTER = rf"(?!\.\s*{CAPITAL}\.)"  # a letter's stop, then another initial: "Г. И. Иванов"
_AbbreviationGroup = tuple[tuple[str, str], list[tuple[re.Pattern[str], str]]]  # (literal needles, rules)


@lru_cache(maxsize=16)
def _compiled_abbreviations(language: str) -> tuple[re.Pattern[str], list[_AbbreviationGroup]]:
    """A quick test for any of the language's abbreviations, and its rules in order, those that follow each other
    with the same literal text they need together (a title's cases: "prof." is looked for once, not seven times)."""
    groups: list[_AbbreviationGroup] = []
    for pattern, spoken in ABBREVIATIONS[language]:
        needle = _literal_start(pattern)
        # a lower-case abbreviation may start a sentence: "t.ex." / "T.ex."; a letter and its stop ("p.", "р.")
        # only there, since elsewhere that capital is a name's initial ("Spotkałem P. Nowaka", "Встретил Р.
        # Иванова" were "Pan" and "Река"), and not before another initial ("Г. И. Иванов" was "Город И.")
        capitalizable, first = pattern, pattern[:1]
        if first.islower() and pattern[1:3] == r"\." and not pattern[3:4].isalpha():
            capitalizable = f"(?:{first}|{_SENTENCE_START}{first.upper()}{_NO_INITIAL_AFTER}){pattern[1:]}"
        elif first.islower():
            capitalizable = f"[{first}{first.upper()}]{pattern[1:]}"
        # one ending in a letter (French "Mme", "Dr", "Pr") must end its word: not "Dragon", "Presque"
        whole_word = "(?!\\w)" if pattern[-1:].isalnum() or pattern[-1:] in "ºª" else ""
        needles = (needle, needle[:1].upper() + needle[1:])
        if not groups or groups[-1][0] != needles:
            groups.append((needles, []))
        groups[-1][1].append((re.compile(rf"(?<![\w.]){capitalizable}{whole_word}"), spoken))
    return _quick_test({needle for needles, _ in groups for needle in needles}), groups


def _quick_test(needles: set[str]) -> re.Pattern[str]:
    """One regex that says whether any of `needles` starts a word in a text, fast.

    Each needle is looked for from its first character that is not a lower-case letter or a space (the "S" of
    "St.", the "." of "e.g.", the "º" of "nº"), then checked back to its word start. Every branch then opens with
    a literal that is rare in prose, which lets the regex engine skip every other position without trying any
    branch: opening with the word-start check, or with "e", it tries each position. At an anchor, the starts of one
    width that share their tails share one look-back ("(?<=(?<![\\w.])(?:approx|chap)\\.)"), and the tails their
    common letters ("S(?:ept?\\.|t\\.)"), so that a sentence's full stop or a capital is tried a few times, not once
    per abbreviation.
    """
    tails: dict[str, dict[str, list[str]]] = {}
    for needle in needles:
        at = next((i for i, char in enumerate(needle) if unicodedata.category(char) not in {"Ll", "Zs"}), 0)
        anchor, before, after = needle[at], needle[:at], needle[at + 1:]
        tails.setdefault(anchor, {}).setdefault(before, []).append(after)
    branches = []
    for anchor, tails_by_start in sorted(tails.items()):
        shared: dict[tuple[int, str], list[str]] = {}
        for before, afters in tails_by_start.items():
            shared.setdefault((len(before), _alternatives(afters)), []).append(before)
        looks = [rf"(?<=(?<![\w.])(?:{'|'.join(map(re.escape, sorted(starts)))}){re.escape(anchor)}){after}"
                 for (_, after), starts in sorted(shared.items())]
        branches.append(re.escape(anchor) + "(?:" + "|".join(looks) + ")")
    return re.compile("|".join(branches))


def _alternatives(words: list[str]) -> str:
    """A regex for exactly `words` with their common starts written once ("t(?:\\.|hurs\\.)")."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _alternatives(rests) for first, rests in sorted(by_first.items())]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{either})?" if "" in words else either


@lru_cache(maxsize=16)
def _compiled_before_numbers(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for all of a language's abbreviations before numbers, and what each is read as."""
    words = ABBREVIATIONS_BEFORE_NUMBERS.get(language)
    if not words:
        return None
    spoken = {**{short[:1].upper() + short[1:]: word[:1].upper() + word[1:] for short, word in words.items()},
              **words}
    shorts = sorted(spoken, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, shorts))})\.{A_NUMBER_AFTER}"), spoken


def _abbreviations_before_numbers(text: str, language: str) -> str:
    """"p. 45" is "page 45", "Nov. 2" "November 2": abbreviations that only a number after them makes sure of."""
    compiled = _compiled_before_numbers(language)
    if compiled is None:
        return text
    pattern, spoken = compiled  # "ca.1850": "circa 1850", not "circa1850"
    return pattern.sub(lambda match: spoken[match.group(1)] + ("" if text[match.end():match.end() + 1].isspace()
                                                                else " "), text)


# a page's, a chapter's or a volume's word before a range of them, abbreviated or not, in the plural ("p. 12-15",
# "S. 12–15", "s. 12–15", "ch. 3-5", "vol. 1-3" were "page twelve to fifteen", "Seite zwölf bis fünfzehn", "strona od
# dwunastu do piętnastu", "chapter three to five", "volume"); not a section's, whose "3-5" may be one law's number
_PLURAL_BEFORE_A_RANGE = {
    "en": (("page", "pages"), ("chapter", "chapters"), ("volume", "volumes"), ("verse", "verses")),
    "fr": (("page", "pages"), ("chapitre", "chapitres"), ("tome", "tomes"), ("volume", "volumes")),
    "de": (("Seite", "Seiten"), ("Band", "Bände")),
    "nl": (("pagina", "pagina's"), ("bladzijde", "bladzijden"), ("hoofdstuk", "hoofdstukken")),  # not "het deel"
    "sv": (("sidan", "sidorna"),),
    "es": (("página", "páginas"), ("capítulo", "capítulos"), ("volumen", "volúmenes"), ("tomo", "tomos")),
    "pt": (("página", "páginas"), ("capítulo", "capítulos"), ("volume", "volumes"), ("tomo", "tomos")),
    "ca": (("pàgina", "pàgines"), ("capítol", "capítols"), ("volum", "volums")),
    "it": (("pagina", "pagine"), ("capitolo", "capitoli"), ("volume", "volumi")),
    "pl": (("strona", "strony"), ("stronę", "strony"), ("stronie", "stronach"),  # "zob. s.", "na s."
           ("rozdział", "rozdziały"), ("tom", "tomy")),
    "ru": (("страница", "страницы"), ("страницу", "страницы"), ("странице", "страницах"), ("глава", "главы"),
           ("главу", "главы"), ("том", "тома"))}


@lru_cache(maxsize=16)
def _plural_before_a_range(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    plurals = {form: plural for singular, plural in _PLURAL_BEFORE_A_RANGE[language]
               for form, plural in ((singular, plural), (singular.capitalize(), plural.capitalize()))}
    return re.compile(rf"(?<!\w)({'|'.join(plurals)})(?=\s+\d+\s?[-–]\s?\d+(?![\d.,]\d))"), plurals


def _plural_before_a_range_of_numbers(text: str, language: str) -> str:
    """"page 12-15" is "pages 12-15", "chapter 3-5" "chapters 3-5" (after the abbreviations are words)."""
    pattern, plurals = _plural_before_a_range(language)
    if not any(singular in text for singular in plurals):  # (each form's capital made once, with the pattern)
        return text
    return pattern.sub(lambda match: plurals[match.group(1)], text)


def _enumeration_fr(match: re.Match[str]) -> str:
    """French "1° ... 2° ..." items: "premièrement", "deuxièmement"."""
    words = ordinal(int(match.group(1)), "fr")
    return "premièrement" if words == "premier" else words + "ment"


# the degree sign as an ordinal mark: French list items ("« 1° J'avais vu"), Italian "1° piano"
_ORDINAL_DEGREE_SIGNS: dict[str, list[tuple[str, Callable[[re.Match[str]], str]]]] = {
    "fr": [(r"(?:(?<=^)|(?<=[«(;:—–])|(?<=[«(;:—–]\s))(\d{1,2})\s?°(?=\s+[A-ZÀ-ÖØ-Ý«“\"])", _enumeration_fr)],
    "it": [(r"(?<![\d.,])(\d{1,2})°(?=\s+[a-zà-ù])", lambda match: ordinal(int(match.group(1)), "it"))],
}


# a latitude or a longitude: degrees, minutes and seconds of arc ("48°51′24″N", "2°21′E"), or decimal degrees before a
# compass letter ("48.8566° N"); espeak-ng read "forty-eight degrees51′N"
_COORDINATE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d+)?)°\s?(?:(\d{1,2}(?:[.,]\d+)?)[′']\s?"
                         r"(?:(\d{1,2}(?:[.,]\d+)?)(?:″|'')\s?)?)?(?:([NSEWOLZÖV])\b|(?<=[′″]))")


def _coordinates(text: str, language: str) -> str:
    if language not in COORDINATES or "°" not in text:
        return text
    (minute, minutes, second, seconds), points = COORDINATES[language]

    def say(match: re.Match[str]) -> str:
        degrees, arc_minutes, arc_seconds, point = (part.lstrip("0") or "0" if part and part.isdigit() else part
                                                     for part in match.groups())  # "21°01′": "one minute"
        if point and point not in points:
            return match.group(0)
        said = f"{degrees}°"  # read by `_symbols`, in the count's form ("one degree", "52°" "... stopnie")
        if arc_minutes:
            said += f" {arc_minutes} {minute if arc_minutes == '1' else minutes}"
        if arc_seconds:
            said += f" {arc_seconds} {second if arc_seconds == '1' else seconds}"
        return f"{said} {points[point]}" if point else said  # "55°45′ с. ш.": the words are written

    return _COORDINATE.sub(say, text)


# a Polish street's numbers with a slash (the house and its flat, or two houses): "ulicy Długiej 12/14", read "łamane
# przez" (the slash was read as a fraction's or left); the street's word is read out by the abbreviations before this
_POLISH_ADDRESS = re.compile(r"((?:ulicy|ulica|alei|aleja|placu|plac|osiedlu|osiedle)\s+[A-ZĄĆĘŁŃÓŚŹŻ0-9][\w-]*\.?\s+"
                             r"(?:[^\W_][\w-]*\.?\s+){0,3}\d{1,4}[a-z]?)/(\d{1,4}[a-z]?)\b")


def _polish_addresses(text: str, language: str) -> str:
    """A Polish street's house and flat (`_POLISH_ADDRESS`), first of the numbers' steps: no date's or fraction's
    step may take its slash."""
    return _POLISH_ADDRESS.sub(r"\1 łamane przez \2", text) if language == "pl" and "/" in text else text


def _french_scale(match: re.Match[str]) -> str:
    scale = "million" if match.group(2) == "M" else "milliard"
    return f"{match.group(1)} {scale}{'' if match.group(1) == '1' else 's'}"


_Replacement = str | Callable[[re.Match[str]], str]


@lru_cache(maxsize=16)
def _symbol_rules(language: str) -> tuple[tuple[str, re.Pattern[str], _Replacement], ...]:
    """`_symbols`' rules for `language`, compiled once: each with a sign it needs in the text ("" for none), so
    that a text without it is not scanned."""
    words = WORDS[language]

    def degrees(scale: str) -> Callable[[re.Match[str]], str]:
        def say(match: re.Match[str]) -> str:
            word = words["degrees"]
            if language in DEGREES:  # "cztery stopnie", "четыре градуса"
                word = DEGREES[language][plural_form(int(match.group(2)), language)]
            elif int(match.group(2)) == 1 or (language == "en" and before_its_noun(match)):
                word = DEGREE.get(language, word)  # "one degree", "un degré", "a 45° angle": "forty-five degree"
            return f"{match.group(1)} {word}{' ' + words[scale] if scale else ''}"
        return say

    rules: list[tuple[str, str, _Replacement]] = [
        # a Brazilian score, "2 x 1" (not a product, "2 x 3 = 6", nor a size, "2 x 3 m"): "dois a um"
        *([(" x ", r"(?<![\w.,])(\d{1,2}) x (?=\d{1,2}(?![\w.,]|\s?[=×x*]|\s[^\W\d_]{1,3}\b))", r"\1 a ")]
          if language == "pt" else []),
        *(("°", pattern, say) for pattern, say in _ORDINAL_DEGREE_SIGNS.get(language, [])),
        ("°", r"(?<=°[CF])\s?/\s?(?=[-−]?\d+\s?°|gas mark)", f" {OR[language]} "),
        # French millions and billions shortened after a number before "de" ("60 M de morts": "soixante M" was heard)
        *([("M", r"(?<![\w.,])(\d+(?:,\d+)?)\s?(Mds?|M)(?=\s+d(?:e\s|['’]))", _french_scale)]
          if language == "fr" else []),
        ("°", r"((\d+))\s?°\s?C\b", degrees("celsius")),
        ("°", r"((\d+))\s?°\s?F\b", degrees("fahrenheit")),
        ("°", r"((\d+))\s?°", degrees("")),
        ("§", r"§§\s?(?=\d)", f"{SECTIONS[language]} "), ("§", r"§\s?(?=\d)", f"{words['section']} "),
        ("¶", r"¶\s?(?=\d)", f"{PARAGRAPH_SIGN[language]} "),
        ("#", r"#(?=\d)", f"{words['number']} "),
        ("+", r"(\d)\s?\+\s?(?=\d)", rf"\1 {words['plus']} "),
        # "50+ years", "ages 18+", "1,000+ users": "fifty plus" (the sign was left, or said "fifty+")
        ("+", r"(?<![\w.,+])(\d[\d,.]*\d|\d)\+(?=[\s.,;:!?)]|$)", rf"\1 {words['plus']}"),
        ("=", r"(\d)\s?=\s?(?=\d)", rf"\1 {words['equals']} "),
        ("=", r"(?<=[^\W\d_])\s?=\s?(?=[-−]?\.?\d)", f" {words['equals']} "),  # "n = 120", "r = .45" (French left "=")
        ("", r"(?!(?<![\w.])0x[\dA-Fa-f])(\d)\s?[×x*]\s?(?=\d)", rf"\1 {words['times']} "),  # not hex's "0x1F"
        ("/", r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])", r"\1 \2 \3"),  # a date, not "slash"
    ]
    if language == "en":  # a ratio or score that is not a time: "3:1", "16:9" (espeak-ng: "colon")
        rules.append((":", r"(?<![\d:])(\d+):(\d+(?:,\d{3})*)(?![\d:])", r"\1 to \2"))
    if language == "pl":  # "wygrali 2:1", "skala 1:100": "dwa do jednego", "jeden do stu"
        rules.append((":", r"(?<![\d:])(\d{1,3}):(\d{1,6})(?![\d:]|[.,]\d)",
                      lambda match: polish_score(match.group(1), match.group(2))))
    if language == "en":  # a decimal without its zero: ".5", "a .22 rifle" (espeak-ng: "dot five")
        rules.append((".", r"(?<![\w.,])\.(\d+)(?!\w|[.,]\d)", lambda match: decimal("0", match.group(1), "en")
                      .removeprefix(cardinal(0, "en") + " ")))
    rules += [
        ("-", r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])", r"\1 \2 \3"),  # "01-02-2020", not "one-two-..."
        ("-", r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])", r"\1 \2 \3"),  # ISO "2020-01-02"
    ]
    return tuple((sign, re.compile(pattern), replacement) for sign, pattern, replacement in rules)


def _symbols(text: str, language: str) -> str:
    """Signs between or after numbers said as words: degrees, "§", "#", "+", "=", "×", a ratio's colon..."""
    for sign, pattern, replacement in _symbol_rules(language):
        if sign in text:  # "" is in every text
            text = pattern.sub(replacement, text)
    return text


# the lower-case word a count is followed by, in the languages whose counts take its gender
_NOUN_AFTER = {"ru": re.compile(r"\s([а-яё]{2,})"),
               **dict.fromkeys(ROMANCE, re.compile(r"\s([a-zàáâãçèéêëíìîïñòóôõúùûü]{2,})(?![\w'’-])")),
               "de": re.compile(r"\s([A-ZÄÖÜ][a-zäöüß]+)(?![\w-])"), "sv": re.compile(r"\s([a-zåäö]{2,})(?![\w-])"),
               "pl": re.compile(r"\s([a-ząćęłńóśźż]{2,})(?![\w-])")}


# an English year before 1100 is said as one ("in 1066" is "ten sixty-six") where a word of time comes before
# it and no counted noun after it ("in 1050 pieces"), or after another year and "and"/"or" ("in 1066 and 1087")
_BEFORE_EARLY_YEARS = frozenset({"in", "year", "years", "since", "until", "till", "circa", "c", "before", "after",
                                 "from", "to", "ad", "a.d"})
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
_ERA_AFTER = re.compile(r"\s*(?:A\.?D|C\.?E|B\.?C\.?(?:E\b)?)(?![^\W_])")  # "1066 AD", "1066 CE", "1066 BC"
_YEAR_AND = re.compile(r"(?<![\d,.])(?:1[1-9]\d\d|10[1-9]\d)\s+(?:and|or)\s+$")
# after the second of two years, no noun it counts: a stop, a capital, or a word that opens a clause
_NOT_COUNTED = re.compile(r"(?![ \t]+[a-z])|\s+(?:the|a|an|he|she|it|they|we|when|in|on|at|as|was|were|had)\b")


def _early_year(text: str, match: re.Match[str]) -> bool:
    before = (word_before(text, match.start()) or "").lower().rstrip(".")
    after = text[match.end():]
    if _ERA_AFTER.match(after):
        return True
    if before in {"and", "or"}:
        return (_YEAR_AND.search(text, max(0, match.start() - 16), match.start()) is not None
                and _NOT_COUNTED.match(after) is not None)
    return before in _BEFORE_EARLY_YEARS and not _COUNTED_AFTER.match(after)


# a number that could be a year counts the plural noun after it ("he owned 1984 books", "1776 men died", "tenía
# 1500 ovejas"), unless a word of time, an article or a possessive stands before it ("in 1984 books were
# burned", "the 1984 elections", "en 1500 ovejas"): English and the Romance languages, where a year is read
# otherwise ("nineteen eighty-four") or without the noun's gender ("mil quinientos ovejas")
_YEAR_BEFORE = {
    "en": frozenset("in of the a an since by from until till to after before during circa c ca year years spring "
                    "summer autumn fall winter his her its their our my your this that each every early late mid"
                    " q1 q2 q3 q4 h1 h2 fy".split()),  # a report's quarter, half or year: "Q3 2024 earnings"
    **dict.fromkeys(ROMANCE, frozenset("en de del desde hasta hacia año años an ans année années in nel dal fino "
                                       "anno anni em no do ano anos des le la les el l à a au dès vers depuis jusqu"
                                       .split())),
}
_ENGLISH_PLURAL = re.compile(r"\s+(?:men|women|people|children|sheep|feet|teeth|mice|geese|oxen|cattle|deer|"
                             r"(?!(?:was|has|is|as|its|this|thus|his|hers|yes|us|always|perhaps|whereas|besides|"
                             r"sometimes|afterwards|towards|less|unless)\b)[a-z]{2,}s)\b")
_ROMANCE_PLURAL = re.compile(r"\s+[a-zàáâãçèéêëíìîïñòóôõúùûü]{2,}[si]\b")


# German, Dutch and Swedish nouns a year-like number counts: money, measures, people and time ("1999 Euro" was
# "neunzehnhundertneunundneunzig Euro", "vor 1500 Jahren" "vor fünfzehnhundert Jahren"); their other nouns, which
# may follow a year ("Als 1933 Hitler ..."), are not told from them, and a year's word before the number keeps the
# year before all but time's ("seit 1933 Menschen", but "seit 1500 Jahren")
_COUNTED_NOUN = {
    "de": re.compile(r"\s+(?:(Jahre|Jahren|Tage|Tagen|Stunden|Minuten|Sekunden)|Euro|Cent|Mark|Pfennig|Dollar|Franken|"
                     r"Pfund|Gulden|Taler|Kronen|Rubel|Meter|Kilometer|Zentimeter|Millimeter|Kilogramm|Gramm|Tonnen|"
                     r"Liter|Seiten|Menschen|Einwohner|Einwohnern|Soldaten|Mann|Leute|Leuten|Stück|Exemplare|"
                     r"Exemplaren|Schritte|Schritten|Kalorien|Punkte|Punkten|Fuß|Meilen|Personen)(?![\w-])"),
    "nl": re.compile(r"\s+(?:(jaar|jaren|dagen|uur|minuten|seconden)|euro|cent|gulden|dollar|pond|meter|kilometer|"
                     r"centimeter|kilo|kilogram|gram|ton|liter|pagina's|mensen|inwoners|soldaten|man|stuks|exemplaren|"
                     r"stappen|punten|voet|mijl|personen)(?![\w-])"),
    "sv": re.compile(r"\s+(?:(år|dagar|timmar|minuter|sekunder)|kronor|öre|euro|dollar|pund|meter|kilometer|centimeter|"
                     r"kilo|kilogram|gram|ton|liter|sidor|människor|invånare|soldater|man|personer|stycken|exemplar|"
                     r"steg|poäng|fot|mil)(?![\w-])"),
}
_GERMANIC_YEAR_BEFORE = {"de": frozenset("im in seit bis ab anno jahr jahre frühjahr sommer herbst winter".split()),
                         "nl": frozenset("in sinds tot vanaf anno jaar voorjaar zomer najaar winter".split()),
                         "sv": frozenset("i sedan till från år våren sommaren hösten vintern".split())}


def _counts_a_noun(text: str, match: re.Match[str], language: str) -> bool:
    """Whether a year-like number ("1984") counts the plural noun after it rather than naming a year."""
    if language in _COUNTED_NOUN:
        counted = _COUNTED_NOUN[language].match(text, match.end())
        return counted is not None and (counted.group(1) is not None or (word_before(text, match.start()) or "")
                                        .lower() not in _GERMANIC_YEAR_BEFORE[language])
    plural = _ENGLISH_PLURAL if language == "en" else _ROMANCE_PLURAL if language in ROMANCE else None
    if plural is None or not plural.match(text, match.end()):
        return False
    return (word_before(text, match.start()) or "").lower().rstrip(".") not in _YEAR_BEFORE[language]


_ROUND_HUNDREDS = re.compile(r"1[1-9]00")  # a count of them said in hundreds in English ("fifteen hundred men")
_RUSSIAN_OB = re.compile(r"(?<![\w-])([Оо]) (?=одн|один)")


_ONE_IN_THE_GENITIVE = {"ru": "одного", "pl": "jednego"}


def _in_case(count: int, before: str | None, following: str | None, language: str) -> str | None:
    """A Russian or Polish count in the case the preposition before it gives ("с пяти до десяти", "o trzech
    statkach"); None where it keeps the nominative."""
    if language not in CASED_LANGUAGES:
        return None
    if count == 1:  # "о 1 корабле", "в 1 городе": one's gender the prepositional's -е does not tell; -и is a feminine's
        case = singular_case_after(before, following or "", language)
        if case == GENITIVE and (following is None or not counts_noun(following, before, language)):
            return _ONE_IN_THE_GENITIVE[language]  # a range's first count, its noun further on: "от 1 до 3" (it was
            # "от один", "od jeden"), in the masculine and neuter noun's form
        if language != "ru":
            return None
        feminine = (following or "").endswith("и")
        return cardinal_in_case(count, case, language, feminine) if case == LOCATIVE else None
    case = case_after(before, following, language)
    return cardinal_in_case(count, case, language) if case else None


def _numbers(text: str, language: str) -> str:
    number = number_pattern(language)

    def say(match: re.Match[str]) -> str:
        sign, whole, fraction = match.group(1), match.group(2), match.group(3)
        if (not fraction and len(whole) > 1 and whole.startswith("0") and whole.isdigit() and not sign
                and text.strip() != match.group(0) and (word_before(text, match.start()) or "").lower()
                not in part_words(language)):
            # "01", "007": each leading zero is said ("zéro un"), as in a phone number or a code; not in "Chapter 01"
            rest = whole.lstrip("0")
            zeros = " ".join([cardinal(0, language)] * (len(whole) - len(rest)))
            return f"{zeros} {cardinal(int(rest), language)}" if rest else zeros
        if fraction:
            half = (whole == "1" and fraction == "5" and language in _NOUN_AFTER
                    and (noun := _NOUN_AFTER[language].match(text, match.end()))
                    and one_and_a_half(noun.group(1), preposition_before(text, match.start(), language), language))
            words = half or decimal(str(whole_number(whole)), fraction, language)
        elif not sign and (re.fullmatch(r"1[1-9]\d\d|20\d\d", whole) and not _counts_a_noun(text, match, language) or (
                language == "en" and re.fullmatch(r"10[1-9]\d", whole) and _early_year(text, match))):
            words = year(int(whole), language)
        elif language == "en" and not sign and _ROUND_HUNDREDS.fullmatch(whole):
            words = year(int(whole), language)  # "1600 people" "sixteen hundred", as "between 1500 and" it is
        elif language in _NOUN_AFTER and (noun := _NOUN_AFTER[language].match(text, match.end())):
            count, counted = whole_number(whole), noun.group(1)
            before = preposition_before(text, match.start(), language)
            if language in ROMANCE:
                words = romance_count(count, counted, language, before)
            elif labelled_by(before, language):  # "Глава 2 книги" "глава два", not "две" (its books)
                words = cardinal(count, language)
            else:
                words = (one_before_noun(count, counted, language, before) or _in_case(count, before, counted, language)
                         or persons_counted(count, counted, language) or counting(count, counted, language))
        else:
            count = whole_number(whole)
            words = (language in CASED_LANGUAGES and _in_case(count, preposition_before(text, match.start(), language),
                                                              None, language) or cardinal(count, language))
        return f"{WORDS[language]['plus'] if sign == '+' else WORDS_MINUS[language]} {words}" if sign else words

    # a minus sign is not one after a letter: "B-52", "COVID-19"; a decimal glued to letters ("3.5hp") is left whole,
    # not read "three.5hp"
    # (a "+" before a number is said too: "+3 points" "plus three"; a telephone's is `phone_numbers`')
    text = re.sub(rf"(?:(?<![\w.,+])([-−+])(?=\d))?(?<![\w.,]){number}(?![\w]|[.,]\d)", say, text)
    if language == "ru" and " од" in text:  # "о одном", "о одиннадцати": "об" before the vowel
        text = _RUSSIAN_OB.sub(r"\1б ", text)
    if language == "it" and "un' " in text:  # "un'ora": the elided count joined to its noun
        text = text.replace("un' ", "un'")
    return text.replace(f" {ELIDED_OF} ", f" {ELIDED_OF}") if ELIDED_OF in text else text


# "IT" and "US" in capitals are acronyms to espeak-ng and Piper, which spell them ("I T", "U S"); a
# paragraph's first word set in capitals ("IT was the best of times") and a heading in capitals
# ("STARBUCK LEANING AGAINST IT.", "WHAT IS IT TO US") mean the pronouns. "The IT department" and
# "THE US NAVY" keep their letters.
_CAPITAL_PRONOUN = re.compile(r"\b(?:IT(?:['’]S)?|US)\b")
_LAST_WORD = re.compile(r"([^\W\d_]+)?([^\w]*)$")
_NEXT_WORD = re.compile(r"[^\w]*([^\W\d_]+)?")
_US_AFTER = frozenset("TO FOR WITH OF LET FROM BY ABOUT AMONG BEFORE AFTER BETWEEN UPON AGAINST WITHOUT GAVE GIVE "
                      "GIVES TOLD TELL TELLS SHOW SHOWED HELP SAVE FOLLOW JOIN LEAVE LEFT TAKE TOOK SEND SENT BRING "
                      "BROUGHT MAKE MADE".split())


# a school's grade, a letter and its sign, said with a hyphen ("A-plus"), which espeak-ng reads as the letter ("an A+"
# was "an a plus"); found from its sign, which a text has fewer of than capitals
_GRADE = re.compile(r"[+−-](?<=(?<![\w+−-])[A-DF][+−-])(?![\w+−-])")
_GRADE_SIGNS = {"+": "plus", "-": "minus", "−": "minus"}
# capitals espeak-ng and Piper read as a word, where the letters are meant: "SOS" ("soss"), "the WHO" ("the who")
_LETTERS_MEANT = re.compile(r"\bSOS\b|(?<=\b[Tt]he )WHO\b(?! [A-Z]{2})")


def _capital_pronouns(text: str) -> str:
    def say(match: re.Match[str]) -> str:
        word = match.group(0)
        before = _LAST_WORD.search(text, 0, match.start())
        previous, gap = (before.group(1), before.group(2)) if before else (None, "")
        following = _NEXT_WORD.match(text, match.end()).group(1)  # type: ignore[union-attr]
        starts = previous is None or any(mark in gap for mark in '.!?"“‘(—')
        if word != "US" and starts and following and following.islower():
            return word.capitalize()  # "IT was the best of times"
        in_capitals = (previous is None or starts or previous.isupper()) and (following is None or following.isupper())
        if in_capitals and (previous and previous.isupper() or following and following.isupper()):
            if word != "US" or (previous and previous in _US_AFTER):
                return word.lower()
        return word

    return _CAPITAL_PRONOUN.sub(say, text)


# asterisks against a word: emphasis from plain text ("*this*", "**bold**") or a note marker ("word*", "fish."*"),
# which espeak-ng and Piper read as "asterisk"
_ASTERISKS = re.compile(r"(?<=[^\W\d]|[.,;:!?\"”’)\]])\*+|\*+(?=[^\W\d])")
# a dagger against a word or mark: a note marker ("knew.†", "Then‡"), after which espeak-ng read the full stop as
# "dot"; one standing alone ("† 1820", died) is left
_DAGGERS = re.compile(r"(?<=[^\W\d]|[.,;:!?\"”’)\]])[†‡]+")
# underscores around words: plain text's italics ("_The Times_", Project Gutenberg's convention), which some
# engines read as "underscore", with the marks inside them ("_Never!_", "_\"Hush,\"_"); not inside a name ("file_name")
_UNDERSCORES = re.compile(r"(?<!\w)_+(?=[\w\"“‘'(¡¿])|(?<=[\w.,;:!?'’\"”)])_+(?!\w)")
# equals signs around words: plain text's bold ("=Note.=", "=THE END=", Project Gutenberg's convention), read as
# "equals"; a pair around a word's letters only, not a sum's ("x=y", "f(x) = y=2")
_EQUALS_SIGNS = re.compile(r"(?<![\w=])=([^\W\d](?:[^=\n]{0,78}[^\s=])?)=(?![\w=])")
# a note number in brackets stuck to the word or mark before it: "dégoûté[1]." (not read)
# (or set after a sentence's end and a space: "He slept. [2]"; "Voir [2] ici" is read)
_NOTE_MARKER = re.compile(r"(?:(?<=[\w.,;:!?»”’)\]])|(?<=[.!?»”’)] ))\[\d{1,3}\]")


# the common fractions written with a slash (English reads any other too: "3/16")
_AS_FRACTION_SIGN = {"1/2": "½", "1/4": "¼", "3/4": "¾", "1/3": "⅓", "2/3": "⅔"}
_ASCII_FRACTION = re.compile(r"(?<![\w/.,])(?:1/[234]|3/4|2/3)(?:(?![\w/]|[.,]\d)|(?=d\.))")  # "1/2d.", old money


_PROMPTS = frozenset({"$ ", "% ", "> "})  # a shell's, csh's and Windows' prompts at a code line's start


# an equals or plus sign standing between two terms, spaced (not "a=b" in a code's or a URL's words)
_OPERATORS = re.compile(r"(?<=[^\W_]) ([=+]) (?=[^\W_])")
_OPERATOR_WORDS = {"=": "equals", "+": "plus"}


# a transcriber's label for a word of another script given in Latin letters: "[Greek: phos]", "[Hebrew: shalom]"
_SCRIPT_LABEL = re.compile(r"\[(?:Greek|Hebrew|Arabic|Syriac|Coptic|Sanskrit|Russian|Cyrillic): ([^\]\[]{1,200})\]")


def _without_marks(text: str) -> str:
    """Note markers ("word[1]", "word*", "word†"), plain text's emphasis ("*this*", "_The Times_", "=Note.=") and a
    transcriber's label for another script ("[Greek: phos]") taken out."""
    if "[" in text:
        text = _NOTE_MARKER.sub("", text)
        if ": " in text:  # "[Greek: phos]": Project Gutenberg's transliteration, said without its label
            text = _SCRIPT_LABEL.sub(r"\1", text)
    if "*" in text:
        text = _ASTERISKS.sub("", text)
    if "_" in text:
        text = _UNDERSCORES.sub("", text)
    if "=" in text:
        text = _EQUALS_SIGNS.sub(r"\1", text)
    if "†" in text or "‡" in text:
        text = _DAGGERS.sub("", text)
    return text


# a dash typed as two or three hyphens, as plain text and Pandoc's Markdown write it ("mark--drives", "12--14",
# "mark---drives", "---Job."): "12--14" was read "twelve minus fourteen" (a line of four or more is a rule; a
# price's "5,--" and "Fr. 5.--" are the money step's)
_DOUBLE_HYPHENS = re.compile(r"(?<![-,.])-{2,3}(?!-)")
# a rule of four hyphens or more (a plain-text table's, a section's line): said as nothing, not sent as signs
_HYPHEN_RULE = re.compile(r"\s*-{4,}\s*")


def _as_dash(match: re.Match[str]) -> str:
    """An en dash between figures (a range, which the ranges step reads "twelve to fourteen"), else an em dash."""
    text, start, end = match.string, match.start(), match.end()
    return "–" if start and text[start - 1].isdigit() and text[end:end + 1].isdigit() else "—"


# two words with a slash between them, each with a lower-case letter after its first (not "TCP/IP", "AC/DC"), and no
# unit among them ("mg/kg", "kg/ha"), nor a path's ("usr/bin/env")
_WORD_OR_WORD = re.compile(r"(?<![\w/.])([A-Za-z][a-z]+)/([A-Za-z][a-z]+)(?![\w/])")


def _word_or_word(match: re.Match[str]) -> str:
    first, second = match.groups()
    if first in UNITS["en"] or second in UNITS["en"]:
        return match.group(0)
    return f"{first} or {second}"


# Catalan's geminate l written with a full stop or with the one-character "ŀl" (typists' and old fonts' forms)
_CATALAN_GEMINATE = re.compile(r"(?<=[^\W\d_])(?:l\.l|ŀl)(?=[^\W\d_])", re.IGNORECASE)


# a French transcript's question and answer, "D. – Quel fut ce jour-là..." / "R. – Faites, monsieur." (Demande,
# Réponse), which espeak-ng read as the letters "dé" and "èr"
_FRENCH_QUESTION_ANSWER = re.compile(r"^([DR])\.(?=\s*[–—-]\s)")
_FRENCH_QA_WORDS = {"D": "Demande.", "R": "Réponse."}


def spoken_text(text: str, language: str, literal: bool = False) -> str:
    """`text` as it should be read aloud in `language` (one of the 11). `literal`: a line of code, whose brackets,
    asterisks, underscores and daggers are the program's ("args[1]", "*ptr", "file_name"), not a note's marker
    or plain text's emphasis, so they are kept; a prompt before a command ("$ ") is not read."""
    if language not in WORDS:
        return text
    if not literal:
        text = _without_marks(text)
        if "-" in text and "--" in text:  # (a sign's test first: a longer one costs three times as much)
            text = _DOUBLE_HYPHENS.sub(_as_dash, _HYPHEN_RULE.sub(" ", text).strip() if "----" in text else text)
    elif text[:2] in _PROMPTS:  # a terminal's prompt before a command: "dollar" said before every line
        text = text[2:]
    if not text.isascii():  # composed letters (a title or a label that no paragraph's cleaning saw)
        text = unicodedata.normalize("NFC", text)
        if language == "ru" and "\u0301" in text:  # a reader's stress marks ("вода́"), with which espeak-ng lost the
            text = text.replace("\u0301", "")  # word and stressed the wrong syllable ("во́да"); it knows the stress
        if "ſ" in text:  # an old printing's long s ("ſhe ſaid"), as every engine and rule knows it: "s"
            text = text.replace("ſ", "s")
    if language == "ca" and ("l.l" in text or "ŀ" in text):  # "col.lecció", "colŀlecció": the geminate's "l·l"
        text = _CATALAN_GEMINATE.sub("l·l", text)  # (espeak-ng read "col" and "lecció" as two words)
    if language == "fr" and text[1:2] == "." and text[:1] in "DR":  # an interview's "D. –" and "R. –" lines
        text = _FRENCH_QUESTION_ANSWER.sub(lambda match: _FRENCH_QA_WORDS[match.group(1)], text)
    unusual = not text.isascii() and _UNUSUAL.search(text) is not None
    if unusual and _PRIVATE_USE.search(text):  # a font's own glyph, which no voice reads: a Wingdings bullet
        text = _PRIVATE_USE.sub("", text)
    if unusual and (PICTOGRAPH.search(text) or "©" in text):
        text = without_pictographs(text, language)
    if "@" in text or "/" in text and ("." in text or "://" in text) or "www." in text:
        text = _urls(text, language)
    if not literal and ("#" in text or "@" in text):  # "#blessed", "@sam_jones", "C#": not "#include" in code
        text = hash_and_at_signs(text, language, WORDS[language]["at"])
    if not literal and "^" in text:  # "10^8": as its superscript, which the powers step reads
        text = caret_powers(text)
        unusual = unusual or _UNUSUAL.search(text) is not None
    if unusual:  # a science text's "H₂O", "5 μm"
        text = subscript_formulas(text) if SUBSCRIPT.search(text) else text
        text = micro_sign(text) if "μ" in text else text
    if not literal:  # "Scene ii", "pp. xii–xiv": as figures, for the steps below to read
        text = small_numerals(text, language)
    has_digits = _has_digit(text)  # no step from here to the numbers' adds one
    if has_digits and language == "en" and (":" in text or ". " in text):  # "Gen. 1:1", "Ps. 23": before "Gen."
        text = bible_references(text, language)  # is "General"
    elif has_digits and language in SCRIPTURE_LANGUAGES and ("," in text or ":" in text):  # "Joh 3,16", "Jean 3:16":
        text = more_bible_references(text, language)  # before the numbers
    if slash := "/" in text:  # "1/2 litre", "2 1/2 horas", "1/4 l": as "½", which each language reads, before its noun
        text, fractions = _ASCII_FRACTION.subn(lambda match: _AS_FRACTION_SIGN[match.group(0)], text)
        unusual = unusual or fractions > 0
        if fractions:  # "1/2" may have been the only number
            has_digits = _DIGIT.search(text) is not None
        if _AND_OR[language] in text:  # espeak-ng: "and slash or", "y barra o", "i slesz lub"
            text = text.replace(_AND_OR[language], _AND_OR[language].replace("/", " "))
    signs = unusual and _RARE_SIGNS.search(text) is not None
    if signs and has_greek_letter(text):  # "β-carotene": a lone letter the script check kept, as a symbol
        text = greek_letters(text, language)
    if has_digits and "Fr." in text:  # a Swiss price's "Fr. 5.–", before the weekdays' "Fr." and "Frau"
        text = swiss_francs(text, language)
    if has_digits or slash or "-" in text or "–" in text:  # before the abbreviations: "Mo.–Fr." is not "Mo. Frau"
        text = calendar_names(text, language, has_digits)
    if has_digits and "ff." in text and language in {"en", "de"}:
        text = _PAGES_AFTER_JOINED.sub(" ", text)
    text = _abbreviations(text, language)  # its quick test costs little: "Ms Jones?" has no full stop
    if language == "en" and CODE_AFTER_COMMA.search(text):  # "Austin, TX": after the abbreviations' "St. Louis, MO"
        text = state_names(text)
    if language in _STREET and _STREET[language][0] in text:  # "Hauptstr. 10": the abbreviation ends a compound
        text = _STREET_COMPOUND[language].sub(lambda match: match.group(1) + _STREET[language][1], text)
    if numerals := _ROMAN_LETTER.findall(text):
        if language in CASED_LANGUAGES:  # "при Екатерине II", "za Zygmunta III": before the numeral is a count
            text = declined_rulers(text, language)
        text = roman_numerals(text, language)
        if not has_digits and ("–" in text or any(len(numeral) > 3 for numeral in numerals)):
            has_digits = _DIGIT.search(text) is not None  # a range of numerals as figures ("Parts 2–4"), a year
        if language == "en" and "I" in numerals:
            text = first_of_the_name(text)  # "Charles I's", "King George I": not the pronoun
        if language in REGNAL_NAMES and (language != "en" or any(numeral != "I" for numeral in numerals)):
            text = regnal_and_ordinal_numerals(text, language)
        if any(len(numeral) > 1 for numeral in numerals) or "I." in text or "V." in text or "X." in text:
            text = numerals_after_names(text, language)
    if language == "en" and ("T" in text or "U" in text) and ("IT" in text or "US" in text):
        text = _capital_pronouns(text)
    if language == "en" and ("+" in text or "-" in text or "−" in text):  # a grade: "an A+", "a B-" ("an a plus":
        text = _GRADE.sub(lambda match: f"-{_GRADE_SIGNS[match.group(0)]}", text)  # espeak-ng read "A" as "a")
    if language == "en" and "O" in text and ("SOS" in text or "WHO" in text):
        text = _LETTERS_MEANT.sub(lambda match: " ".join(match.group(0)), text)
    if "&" in text and " & " in text:
        text = text.replace(" & ", f" {WORDS[language]['and']} ")
    if slash and language == "en":  # "Sir/Madam", "he/she", "yes/no": "or" (espeak-ng said "slash")
        text = _WORD_OR_WORD.sub(_word_or_word, text)
    if has_digits:
        if language == "en":
            text = references(text)
        for step in _NUMBER_STEPS_AND_SIGNS if signs else _NUMBER_STEPS:
            text = step(text, language)
    elif signs:  # "x²", "½ mile", "½d.", or a note's number after a word; "ca. ½"
        text = old_money(_abbreviations_before_numbers(text, language), language)
        text = vulgar_fractions(powers(units(text, language), language), language)
    if language == "en" and ("E" in text or "W" in text):  # every compass point has one
        if ".E." in text or ".W." in text:  # every point of two or three letters with stops ends so
            text = _compass_points(text)
        if "NE" in text or "SE" in text or "NW" in text or "SW" in text:  # and every one written as a word
            text = _compact_compass_points(text)
    # last: a formula's signs between terms, "E = m c²"
    if not literal and ("=" in text or "+" in text) and (" = " in text or " + " in text):
        text = _OPERATORS.sub(lambda match: f" {WORDS[language][_OPERATOR_WORDS[match.group(1)]]} ", text)
    if language == "en" and not literal and ("A" in text and (" A " in text or text.startswith("A ")) or ")" in text
                                             and ("a)" in text or "A)" in text)):  # "Plan A", "(a)": the letter
        # (espeak-ng and Piper said "uh"; one-character tests first, which cost half as much)
        text = letter_a(text)
    return " ".join(text.split())


# "and/or" in each language, whose slash espeak-ng read aloud
_AND_OR = {"en": "and/or", "es": "y/o", "it": "e/o", "nl": "en/of", "pl": "i/lub", "sv": "och/eller", "ca": "i/o",
           "pt": "e/ou", "ru": "и/или", "fr": "et/ou", "de": "und/oder"}


# an old English book's compass points with full stops ("wind N.E.", "steered away N.W. by W.", "the W.S.W."),
# which a reader says as words; espeak-ng read the letters. Other initials keep their stops, which tell espeak-ng
# to read them as one word ("U.S.S.R." "yu-ess-ess-ar"; as "U S S R" it spelled them apart, French "S N C F" with a
# break between each)
_COMPASS = re.compile(r"(?<![\w.])((?:[NSEW]\.){2,3})(?![\w'’])(?:\s+by\s+([NSEW])\.)?")  # "N.W. by W."
_COMPASS_POINTS = frozenset("NNE NE ENE ESE SE SSE SSW SW WSW WNW NW NNW".split())
_COMPASS_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west"}


# a point written as one word, with a stop or none, where a word before it says it is one: "the SW. point", "a NE
# wind", "wind NNE", "from the NW", a street's quarter (espeak-ng spelled "S W", "N E"); not a state's "Omaha, NE"
# or "SW Airlines". A point of three letters needs no such word ("two leagues from me, SSE., but")
_COMPACT_COMPASS = re.compile(r"(?<![\w.])(?:([NSEW])\.?\s+(and|or)\s+)?(NNE|NE|ENE|ESE|SE|SSE|SSW|SW|WSW|WNW|NW|NNW)"
                              r"(?:\s+by\s+([NSEW])(?!\w))?(\.?)(?![\w'’-])")
_COMPASS_BEFORE = frozenset("the a wind winds from to towards toward of and or by blowing veering backing due sailed "
                            "was blew steered steering bore bearing heading headed course stood street avenue road "
                            "boulevard drive lane place court way parkway".split())  # "Pennsylvania Avenue NW"


def _compact_compass_points(text: str) -> str:
    def say(match: re.Match[str]) -> str:
        single, link, point, by, stop = match.groups()
        if not single and len(point) < 3 and (word_before(text, match.start()) or "").lower() not in _COMPASS_BEFORE:
            return match.group(0)  # (a point after a letter and "and" is one: "to be W. and NW."; "SSE." is one)
        following = text[match.end():].lstrip()
        if following[:1].isupper() and not stop:
            return match.group(0)  # "the SW Airlines"
        said = "-".join(map(_COMPASS_WORDS.__getitem__, point)) + (f" by {_COMPASS_WORDS[by]}" if by else "")
        if single:
            said = f"{_COMPASS_WORDS[single]} {link} {said}"
        return said + ("." if stop and (not following or following[:1].isupper()) else "")

    return _COMPACT_COMPASS.sub(say, text)


def _compass_points(text: str) -> str:
    def say(match: re.Match[str]) -> str:
        letters, by = match.group(1)[::2], match.group(2)
        if letters not in _COMPASS_POINTS:
            return match.group(0)  # "S.W.F.", initials
        following = text[match.end():].lstrip()  # the stop ends the sentence too: at the end, before a capital
        stop = "." if not following or following[:1].isupper() else ""
        said = "-".join(map(_COMPASS_WORDS.__getitem__, letters))
        return said + (f" by {_COMPASS_WORDS[by]}" if by else "") + stop

    return _COMPASS.sub(say, text)


# thousands grouped with spaces, as SI style sets them ("1 000 000", "15 000"), in the languages whose numbers group
# them otherwise: as their commas or dots (each "000" was read "zero zero zero", "545 796" two numbers). A narrow or
# no-break space always groups; plain spaces where three groups or more, or a group that opens with a zero, show it
# ("in 1990 100 people" and "between 2 100" are two numbers), and in Portuguese and Spanish, whose norms group with
# spaces, a single one ("545 796 habitantes"); not a telephone's groups after its "+" or before a further group
# ("+1 212 555 0199", "1 212 555 0199"), nor, where dots group, three groups of three figures ("612 345 678" is a
# Spanish or Portuguese mobile number), nor before a decimal in another notation
def _space_grouped(plain: str, not_after: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,+])(?:\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+|{plain})"
                      rf"(?![\w]|{not_after}\d|\s\d)")


_ENGLISH_PLAIN = r"\d{1,3}(?:(?: \d{3}){2,}|(?: 0\d\d)+)"
_DOTS_PLAIN = r"\d{1,2}(?: \d{3}){2,}|\d{1,3}(?: 0\d\d)+"
_SPACE_GROUPED = {"en": _space_grouped(_ENGLISH_PLAIN, "[.,]"),
                  **dict.fromkeys(("de", "it", "ca", "nl"), _space_grouped(_DOTS_PLAIN, r"\.")),
                  **dict.fromkeys(("pt", "es"), _space_grouped(rf"{_DOTS_PLAIN}|(?<!\d )\d{{1,3}} \d{{3}}", r"\."))}
# the mark each language groups thousands with, which its numbers are read in: a comma, a narrow no-break space,
# else a full stop
_GROUP_SEPARATORS = {"en": ",", **dict.fromkeys(("fr", "sv", "pl", "ru"), "\u202f")}


def _space_groups(text: str, language: str) -> str:
    if language not in _SPACE_GROUPED or not (" " in text or "\u00a0" in text or "\u202f" in text
                                               or "\u2009" in text):
        return text
    separator = _GROUP_SEPARATORS.get(language, ".")
    return _SPACE_GROUPED[language].sub(lambda match: re.sub(r"[ \u00a0\u202f\u2009]", separator, match.group(0)),
                                        text)


# thousands grouped with apostrophes, as Switzerland sets them ("400'000", "CHF 1’250"), as the language groups them:
# each group was read apart ("vierhundert'null null null"). Not feet and inches ("5'10"), two figures after the mark
_APOSTROPHE_GROUPED = re.compile(r"(?<![\w.,'’])\d{1,3}(?:['’]\d{3})+(?![\w'’]|[.,]\d)")


def _apostrophe_groups(text: str, language: str) -> str:
    if "'" not in text and "’" not in text:
        return text
    separator = _GROUP_SEPARATORS.get(language, ".")
    return _APOSTROPHE_GROUPED.sub(lambda match: re.sub("['’]", separator, match.group(0)), text)


# India's grouping, in lakhs and crores ("1,00,000", "₹2,50,000", "10,00,00,000"), as one number: it was read "one
# rupee,000" (the first comma taken for a decimal's)
_LAKH_GROUPED = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]\d)")


def _lakh_groups(text: str, language: str) -> str:
    if language != "en" or "," not in text:
        return text
    return _LAKH_GROUPED.sub(lambda match: match.group(0).replace(",", ""), text)


# the ordinal sign written for the degree sign before a scale ("25 ºC", "25ºC", "36,6 º C", which the ordinals read
# "vigésimo quintoC"); not a class's "1º C", one digit with the sign on it and a space before its letter
_ORDINAL_SIGN_DEGREES = re.compile(r"(\d+)(?:([.,]\d+)?(\s?)º(\s?)(?=[CF]\b))")


def _degrees_written_as_ordinals(text: str, language: str) -> str:
    if "º" not in text:
        return text

    def say(match: re.Match[str]) -> str:
        digits, fraction, before, after = match.groups()
        if len(digits) == 1 and not fraction and not before and after:
            return match.group(0)  # "alumnos de 1º C"
        return f"{digits}{fraction or ''}{before}°{after}"

    return _ORDINAL_SIGN_DEGREES.sub(say, text)


_NUMBER_STEPS: tuple[Callable[[str, str], str], ...] = (
    _polish_addresses, _degrees_written_as_ordinals, _coordinates, catalan_quarters, book_numbers, named_numbers,
    episode_codes, _apostrophe_groups, _lakh_groups, _space_groups, versions_and_addresses, phone_numbers, postal_codes,
    law_numbers, approximately, repetitions, _abbreviations_before_numbers, _plural_before_a_range_of_numbers,
    old_money, russian_plural_years,
    year_ranges, polish_decades, day_ranges, number_ranges, currencies, percentages, recipe_measures, feet_and_inches,
    military_times, compact_durations, catalan_t_ordinals, units, time_units, numeric_dates, times, ordinals,
    parts_of_wholes, decades_and_fractions, inflected_years, ranges, _symbols, _numbers)
# with superscripts or fractions set as one character: powers ("10¹¹") after units ("m²"), fractions before years
_AFTER_UNITS, _BEFORE_YEARS = _NUMBER_STEPS.index(units) + 1, _NUMBER_STEPS.index(inflected_years)
_NUMBER_STEPS_AND_SIGNS = (*_NUMBER_STEPS[:_AFTER_UNITS], powers, *_NUMBER_STEPS[_AFTER_UNITS:_BEFORE_YEARS],
                           vulgar_fractions, *_NUMBER_STEPS[_BEFORE_YEARS:])
