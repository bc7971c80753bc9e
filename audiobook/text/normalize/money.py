"""Amounts of money in each language's words, the count agreeing with the currency's name: a sign or a code
before or after the amount ("$12.50", "12,50 €", "EUR 5", "5 zł", "около 5 руб."), scales written after it or as a
suffix ("$5.2 bn", "$4.5bn", "1,5 M€", "€ 1 Mio.", "R$ 2 mi"), even amounts ("5,-"), Swedish prices ("3:50 kr",
"50:-") and the currencies of older books ("L. 5.000", "5$00", "Rs. 500")."""

from __future__ import annotations

import re
from functools import lru_cache

from audiobook.text.normalize.agreement import (
    ELIDED_OF,
    ROMANCE,
    before_its_noun,
    of_before,
    one_before_noun,
    romance_count,
)
from audiobook.text.normalize.common import SPACES, closing_stop, whole_number
from audiobook.text.normalize.governed import in_governed_case, stop_after
from audiobook.text.normalize.numbers import (
    AND,
    CURRENCIES,
    FORMER_CURRENCIES,
    cardinal,
    counting,
    currency_forms,
    decimal,
    plural_form,
)
from audiobook.text.normalize.numbers import MINUS as WORDS_MINUS
from audiobook.text.normalize.tables import UNITS, WORDS

_SYMBOL_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₹": "INR", "₩": "KRW", "₪": "ILS",
                 "₺": "TRY", "₱": "PHP", "US$": "USD", "A$": "AUD",
                 "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "R$": "BRL", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD",
                 "NT$": "TWD", "MX$": "MXN"}
# a currency's symbol before its amount; "R$", "A$", "C$", "US$", "CA$", "AU$", "HK$" as one symbol (they were
# "Rfifty dollars", "CAten dollars", "HKten dollars")
_SYMBOL = r"((?:(?<![A-Za-z])(?:US|AU|CA|HK|NZ|NT|MX|A|C|R|S))?\$|[€£₽¥₹₩₪₺₱])"
SUFFIX_CODES = {"€": "EUR", "£": "GBP", "$": "USD", "kr": "SEK", "kr.": "SEK", "zł": "PLN", "₽": "RUB", "руб.": "RUB",
                "р.": "RUB", **{code: code for code in CURRENCIES}}


def currency(major: int, minor: int, code: str, language: str) -> str:
    """An amount: "twelve euros and fifty cents", "tolv kronor och femtio öre", "veintiún euros", "una libra"
    (a Romance count agrees with its currency's name: "uno euro", "veintiuno euros" were heard)."""
    major_forms, minor_forms = currency_forms(code, language)
    parts = []
    if major or not minor:
        parts.append(_counted(major, major_forms[plural_form(major, language)], language))
    if minor:
        parts.append(_counted(minor, minor_forms[plural_form(minor, language)], language))
    return f" {AND[language]} ".join(parts)


def _counted(number: int, noun: str, language: str) -> str:
    count = romance_count(number, noun, language) if language in ROMANCE else counting(number, noun, language)
    if language == "sv" and number == 1:  # "en krona", "ett öre" (it was "ett krona")
        count = one_before_noun(1, noun, language) or count
    elif language == "de" and number == 1:  # "ein Euro", "eine Kopeke" (it was "eins Euro")
        count = one_before_noun(1, noun, language) or "ein"
    return f"{count} {noun}"


def _amount(whole: str, fraction: str | None, code: str, language: str, scale: str = "",
            attributive: bool = False) -> str:
    """`attributive`: an English amount before its noun, whose currency is singular ("a ten pound note")."""
    negative = whole[:1] in "-−"
    major = whole_number(whole.lstrip("-−"))
    if negative:
        return f"{WORDS_MINUS[language]} {_amount(whole.lstrip('-−'), fraction, code, language, scale)}"
    if attributive and not fraction:
        return f"{cardinal(major, language)}{' ' + scale if scale else ''} {currency_forms(code, language)[0][0]}"
    if scale or (fraction and len(fraction) != 2):
        forms = currency_forms(code, language)[0]
        amount = decimal(str(major), fraction, language) if fraction else cardinal(major, language)
        return f"{amount}{' ' + scale if scale else ''} {forms[2]}"
    return currency(major, int(fraction or 0), code, language)


# an English range of amounts with a sign before the first ("$5–10 million", "£2–3bn", "€5-10m", "$5–$10", "$10-20"):
# the currency and the scale said once, after the second ("five to ten million dollars"; "five dollars to ten million
# dollars" was heard, and "€5-10m" "five euros-ten meters")
_SIGNED_RANGE = re.compile(rf"(?<![\w.,]){_SYMBOL}\s?(\d{{1,3}}(?:\.\d{{1,2}})?)(?:\s?[–-]\s?[$€£¥₹₽₩₪₺₱]?|"
                           r"\s+to\s+[$€£¥₹₽₩₪₺₱])\s?"
                           r"(\d{1,3}(?:\.\d{1,2})?)(?:\s(thousand|million|billion|trillion)\b|(k|m|bn|K|M|B|tn)\b|"
                           r"(?![\w.,]\d|[\w%]))")


def _signed_range(match: re.Match[str]) -> str:
    """"$5–10 million": "5 to 10 million dollars", which the numbers' step reads; a range of amounts in cents
    ("$5.50-7") or the wrong way round is left to the amounts' step."""
    low, high = match.group(2), match.group(3)
    scale = match.group(4) or SCALE_SUFFIXES.get(match.group(5) or "", "")
    if not scale and ("." in low or "." in high) or float(low) >= float(high):
        return match.group(0)
    names = currency_forms(_SYMBOL_CODES[match.group(1)], "en")[0]
    name = names[0] if before_its_noun(match) else names[2]  # "a $5–10 fee": "a five to ten dollar fee"
    return f"{low} to {high}{' ' + scale if scale else ''} {name}"


# "$4.5bn", "€1.2m", "£3k": the scale written as a suffix
SCALE_SUFFIXES = {"k": "thousand", "K": "thousand", "m": "million", "M": "million", "bn": "billion", "B": "billion",
                  "tn": "trillion"}


# euros with a scale's letters ("1,5 M€", "45 k€", "2 Md€"), as the Romance press writes them; a million's and a
# milliard's name, one and more, and what joins it to the euros (espeak-ng read "M€" as "em euro")
_EURO_SCALES = {"fr": ("million", "millions", "milliard", "milliards", "d'euros"),
                "es": ("millón", "millones", "mil millones", "mil millones", "de euros"),
                "ca": ("milió", "milions", "mil milions", "mil milions", "d'euros"),
                "it": ("milione", "milioni", "miliardo", "miliardi", "di euro"),
                "pt": ("milhão", "milhões", "mil milhões", "mil milhões", "de euros")}


def _thousands(whole: int, fraction: str | None) -> int:
    """An amount written in thousands ("45 k€", "R$ 1,5 mil") in units: 45000, 1500."""
    return whole * 1000 + int((fraction or "").ljust(3, "0"))


def _euro_scale(match: re.Match[str], language: str) -> str:
    """"4,5 Md€" is "quatre virgule cinq milliards d'euros", "1 M€" "un million d'euros", "45 k€" "quarante-cinq
    mille euros", "1,5 M€" "uno coma cinco millones de euros"."""
    whole, fraction, scale = whole_number(match.group(1)), match.group(2), match.group(3)
    if scale == "k":
        if fraction and len(fraction) > 3:
            return match.group(0)
        return currency(_thousands(whole, fraction), 0, "EUR", language)
    amount = decimal(str(whole), fraction, language) if fraction else cardinal(whole, language)
    one, many, milliard, milliards, of_euros = _EURO_SCALES[language]
    if whole == 1 and not fraction and scale == "M":
        amount = "um" if language == "pt" else "un"  # "un millón", "un milione", not "uno millón"
    plural = whole > 1 or fraction
    word = (milliards if plural else milliard) if scale == "Md" else many if plural else one
    return f"{amount} {word} {of_euros}"


# the escudo's sign between escudos and centavos in Portuguese books before 2002: "5$00", "1.250$50" ("5zero
# dólares" was heard)
_ESCUDOS = re.compile(r"(?<![\w$.,])(\d{1,3}(?:\.\d{3})+|\d+)\$(\d{2})(?!\d)")


def _escudos(match: re.Match[str]) -> str:
    escudos, centavos = whole_number(match.group(1)), int(match.group(2))
    said = _counted(escudos, "escudo" if escudos == 1 else "escudos", "pt")
    return f"{said} e {_counted(centavos, 'centavo' if centavos == 1 else 'centavos', 'pt')}" if centavos else said


# Brazil's press writes millions and billions "mi" and "bi": "R$ 2 mi", "R$ 1,5 bi", "3 mi de pessoas" (only after
# "R$" or before "de": "2 mi" alone may be miles); 1,5 is "um vírgula cinco bilhão", singular as Brazil says it
_BRAZILIAN_SCALE = re.compile(r"(?<![\w.,])(R\$\s?)?(\d{1,3})(?:,(\d{1,2}))?\s?(mil|mi|bi|tri)\b"
                              r"(?(1)|(?=\s+de\s))")
_BRAZILIAN_SCALES = {"mi": ("milhão", "milhões"), "bi": ("bilhão", "bilhões"), "tri": ("trilhão", "trilhões")}


def _brazilian_scale(match: re.Match[str]) -> str:
    reais, whole, fraction, scale = match.group(1), int(match.group(2)), match.group(3), match.group(4)
    if scale == "mil":  # "R$ 300 mil": "trezentos mil reais" (it was "trezentos reais mil"); "3 mil de" is a count
        if not reais:
            return match.group(0)
        return currency(_thousands(whole, fraction), 0, "BRL", "pt")
    amount = decimal(str(whole), fraction, "pt") if fraction else "um" if whole == 1 else cardinal(whole, "pt")
    said = f"{amount} {_BRAZILIAN_SCALES[scale][whole > 1]}"
    return f"{said} de reais" if reais else said


# the dash of an even amount after its comma, as German, Dutch and Polish prices are written ("5,-", "5,--"), or
# after its full stop, as Switzerland's are ("5.–", "1'500.–")
_EVEN_AMOUNT = {marks: (re.compile(rf"(?<=\d)[{marks}][-–]{{1,2}}(?![\w-])"),
                        tuple(mark + dash for mark in marks for dash in "-–")) for marks in (",", ",.")}


# a Swedish price: kronor and öre with a colon before "kr" ("3:50 kr"), or even kronor with ":-" ("50:-")
_SWEDISH_PRICE = re.compile(r"(?<![\w.,:])(\d{1,3}(?: \d{3})*|\d+):(?:(\d\d)\s?kr\b|-(?![\w-]))")


def _swedish_price(match: re.Match[str]) -> str:
    return currency(whole_number(match.group(1)), int(match.group(2) or 0), "SEK", "sv")


# the lira's "L." before its amount in Italian books before 2002: "L. 5.000" is "cinquemila lire"
_LIRE = re.compile(r"(?<![\w.])L\.\s?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)")


_RUPEES = re.compile(r"(?<![\w.])Rs\.?\s?(?=\d)")
# the guilder's sign before its amount, in Dutch books before 2002: "ƒ 12,50", "fl. 3,-", and "f" before an amount
# with its cents or an even amount's dash ("f 12,50", "f 5,-"; it was "f twaalf komma vijf nul")
_GUILDERS = re.compile(r"(?<![\w.])(?:ƒ|fl\.|f(?=\s?\d+(?:\.\d{3})*,(?:\d\d|[-–])))\s?(?=\d)")


# an amount after its currency's sign with its scale after it, in words or shortened ("$5.2 bn", "€ 5,2 mld.",
# "€ 3 Mio.", "US$ 5 millones", "$5 млн"): the scale before the currency, which every language names after it
# ("five point two billion dollars", "vijf komma twee miljard euro", "cinco millones de dólares"); it was "five point
# two dollars bn", "drei Euro Millionen". Per language: the scales written in full, kept as written, and the
# shortened ones with their (one, few, many, after a fraction) forms
_SCALES_IN_WORDS = {
    "en": "thousand million billion trillion", "de": "Tausend Million Millionen Milliarde Milliarden",
    "nl": "duizend miljoen miljard", "it": "mila milione milioni miliardo miliardi",
    "es": "mil millón millones", "pt": "mil milhão milhões bilhão bilhões", "ca": "mil milió milions",
    "fr": "mille million millions milliard milliards", "sv": "tusen miljon miljoner miljard miljarder",
    "pl": "tysięcy tysiące milion miliony milionów miliard miliardy miliardów",
    "ru": "тысяч тысячи миллион миллиона миллионов миллиард миллиарда миллиардов"}
_SHORT_SCALES = {
    "en": {"bn": ("billion",) * 4, "mn": ("million",) * 4, "mln": ("million",) * 4},
    "de": {"Mio.": ("Million", "Millionen", "Millionen", "Millionen"),
           "Mrd.": ("Milliarde", "Milliarden", "Milliarden", "Milliarden"), "Tsd.": ("tausend",) * 4},
    "nl": {abbreviation: (word,) * 4 for abbreviation, word in (("mln.", "miljoen"), ("mln", "miljoen"),
                                                                ("mld.", "miljard"), ("mld", "miljard"))},
    "it": {"mln": ("milione", "milioni", "milioni", "milioni"),
           "mld": ("miliardo", "miliardi", "miliardi", "miliardi")},
    "es": {"mill.": ("millón", "millones", "millones", "millones")},
    "sv": {"milj.": ("miljon", "miljoner", "miljoner", "miljoner"),
           "mdr": ("miljard", "miljarder", "miljarder", "miljarder")},
    "pl": {short: UNITS["pl"][short] for short in ("tys.", "mln", "mld")},
    "ru": {short: UNITS["ru"][short] for short in ("тыс.", "млн", "млрд")},
}
_ONE_BEFORE_SCALE = {"de": "eine", "sv": "en", "nl": "één", "es": "un", "ca": "un", "it": "un", "fr": "un", "pt": "um"}
_THOUSANDS = frozenset("thousand Tausend tausend duizend mila mil mille tusen".split())


@lru_cache(maxsize=32)
def _scaled_amount_pattern(language: str, currency: str = _SYMBOL) -> re.Pattern[str]:
    """`currency`: a group for a sign (`_SYMBOL`) or a code (`_CODE_GROUP`: "CHF 1,5 Mio.")."""
    return re.compile(rf"(?<![\w.,]){currency}\s?{_SCALED_NUMBER}\s({_scale_words(language)})(?![\w])")


_SCALED_NUMBER = r"(\d{1,3}(?:[,.]\d{3})+(?!\d)|\d+)(?:[.,](\d{1,2}))?"  # an amount before its scale: "1,2", "5 000"
# the word the ranges' step puts between a range's numbers, in the languages whose counts before a scale keep their
# form (a Polish or Russian count after "do", "до" declines); English's ranges are `_SIGNED_RANGE`'s
_RANGE_TO = {language: WORDS[language]["to"] for language in ("de", "nl", "it", "es", "pt", "ca", "fr", "sv")}


@lru_cache(maxsize=16)
def _scaled_range_pattern(language: str) -> re.Pattern[str]:
    """A sign, a whole number, the ranges' word ("bis"), the sign again, a number and a scale: "€5 bis €10 Mio."."""
    return re.compile(rf"(?<![\w.,]){_SYMBOL}\s?(\d{{1,3}})\s+{re.escape(_RANGE_TO[language])}\s+[$€£¥₹₽₩₪₺₱]?\s?"
                      rf"{_SCALED_NUMBER}\s({_scale_words(language)})(?![\w])")


def _scaled_range(match: re.Match[str], language: str) -> str:
    """"€5 bis €10 Mio.": "fünf bis zehn Millionen Euro" ("fünf Euro bis zehn Millionen Euro" was heard: five euros)."""
    if int(match.group(2)) >= whole_number(match.group(3)):
        return match.group(0)
    stop = stop_after(match) if match.group(5).endswith(".") else ""
    high = _scaled(match.group(1), match.group(3), match.group(4), match.group(5), language)
    low = int(match.group(2))  # one of the scale: "eine bis zwei Millionen" ("eins" was heard)
    said = _ONE_BEFORE_SCALE[language] if low == 1 and match.group(5) not in _THOUSANDS else cardinal(low, language)
    return f"{said} {_RANGE_TO[language]} {high}{stop}"


def _scale_words(language: str) -> str:
    """The language's scales in words and shortened, longest first, as one alternation."""
    scales = sorted([*_SCALES_IN_WORDS[language].split(), *_SHORT_SCALES.get(language, ())], key=len, reverse=True)
    return "|".join(map(re.escape, scales))


def _scaled_amount(match: re.Match[str], language: str) -> str:
    """"$5.2 bn" "five point two billion dollars", "€ 1 Mio." "eine Million Euro", "$5 млн" "пять миллионов
    долларов", "US$ 5 millones" "cinco millones de dólares" (see `_SCALES_IN_WORDS`)."""
    stop = stop_after(match) if match.group(4).endswith(".") else ""
    return _scaled(match.group(1), match.group(2), match.group(3), match.group(4), language) + stop


@lru_cache(maxsize=32)
def _scale_then_sign_pattern(language: str, currency: str = _SYMBOL) -> re.Pattern[str]:
    """`currency` as `_scaled_amount_pattern`'s ("2 millions CHF")."""
    return re.compile(rf"(?<![\w.,]){_SCALED_NUMBER}\s({_scale_words(language)})(?:\s(?:de|di))?\s?{currency}"
                      r"(?![\w$€£])")


def _scale_then_sign(match: re.Match[str], language: str) -> str:
    """The sign after the scale: "1,2 Mrd. €" "eins Komma zwei Milliarden Euro", "3 millones de €" "tres millones
    de euros", "3 mld €" "tre miliardi di euro" (the sign was left, and Dutch espeak-ng said "eurosteken")."""
    return _scaled(match.group(4), match.group(1), match.group(2), match.group(3), language)


def _scaled(sign: str, whole_text: str, fraction: str | None, written: str, language: str) -> str:
    """`sign`: a currency's sign or its code."""
    whole = whole_number(whole_text)
    forms = _SHORT_SCALES.get(language, {}).get(written) or (written,) * 4
    if fraction:
        amount, scale = decimal(str(whole), fraction, language), forms[3]
    else:
        amount, scale = cardinal(whole, language), forms[plural_form(whole, language)]
        if whole == 1 and language in _ONE_BEFORE_SCALE and scale not in _THOUSANDS:
            amount = _ONE_BEFORE_SCALE[language]
    currency_name = currency_forms(_SYMBOL_CODES.get(sign, sign), language)[0][2]
    if language in ROMANCE and scale not in _THOUSANDS:  # "millones de dólares", "millions d'euros", "milioni di euro"
        of = "di" if language == "it" else of_before(currency_name, language)  # "de", or "d’" joined to "euros"
        return f"{amount} {scale} {of}{'' if of == ELIDED_OF else ' '}{currency_name}"
    return f"{amount} {scale} {currency_name}"


# a signed amount, with or without its scale, followed by its currency's name or code, as careless writers put it:
# "$5 dollars", "€3 miliardi di euro", "US$ 5 millones de dólares", "$5 USD", "$20 AUD"
@lru_cache(maxsize=16)
def _named_twice_pattern(language: str) -> re.Pattern[str]:
    scales = _scale_words(language) if language in _SCALES_IN_WORDS else ""
    scale = rf"(?:\s(?:{scales})|\s?(?:k|m|bn|K|M|B|tn)\b)?" if scales else r"(?:\s?(?:k|m|bn|K|M|B|tn)\b)?"
    names = {form for code in set(_SYMBOL_CODES.values()) for form in currency_forms(code, language)[0]}
    words = "|".join(map(re.escape, sorted(names | set(_SYMBOL_CODES.values()), key=len, reverse=True)))
    return re.compile(rf"(?<![\w.,]){_SYMBOL}(\s?{_NUMBER}{scale})\s(?:(?:de|di)\s|d['’])?({words})(?![\w])")


def _named_once(match: re.Match[str], language: str) -> str:
    """The amount with its sign alone when the word after it names the sign's currency ("$5 dollars" is "$5"); a
    bare dollar sign takes the code's own sign ("$20 AUD" is "A$20"). Any other word is left as written."""
    sign, amount, word = match.group(1), match.group(2), match.group(5)
    code = _SYMBOL_CODES[sign]
    if word in currency_forms(code, language)[0] or word == code:  # not a name's "the $5 Dollar Store"
        return sign + amount
    if sign == "$" and word in _DOLLAR_SIGNS:
        return _DOLLAR_SIGNS[word] + amount
    return match.group(0)


_DOLLAR_SIGNS = {"USD": "$", "AUD": "A$", "CAD": "C$"}


# British pence after their count ("a 50p piece", "10p each"); not a video's "720p" nor an orbital's "2p"
_PENCE = re.compile(r"(?<![\w.,£$€])([1-9]\d?)p(?![\w'’-])(?!\s(?:orbital|electron|subshell|shell|state))")


# Switzerland's prices: "Fr." before or after an amount with its cents or an even amount's dash, which a date's
# "Fr." (Freitag) never has ("Fr. 12.50", "Fr. 5.–", "5.– Fr."; it was "Freitag fünf", "fünf Frau"; not opening
# hours, "Mo.–Fr. 8.00–17.00", "Fr. 9.30 Uhr")
_SWISS_FRANCS = re.compile(r"(?<![\w.–-])Fr\.\s?(?=\d+(?:[.,'’]\d{3})*[.,](?:\d\d|[-–]{1,2})(?![\d–-]|\s?Uhr\b))"
                           r"|(?<=\d[.,][-–])\s?Fr\.|(?<=\d[.,]\d\d)\s?Fr\.")
_SWISS_LANGUAGES = frozenset({"de", "fr", "it"})


def swiss_francs(text: str, language: str) -> str:
    """`text` with Switzerland's "Fr." at a price as "CHF", which the currencies read; before the weekdays and the
    abbreviations, which took it for "Freitag" and "Frau"."""
    if language not in _SWISS_LANGUAGES or "Fr." not in text:
        return text

    def code(match: re.Match[str]) -> str:
        if match.group(0).startswith("F"):
            return "CHF "
        return " CHF" + closing_stop(match)  # "5.– Fr." at a sentence's end keeps its stop

    return _SWISS_FRANCS.sub(code, text)


def currencies(text: str, language: str) -> str:
    # amounts are read in either notation: "$12.50" in a Spanish text, "12,50 €" in an English one
    if language == "pt" and "$" in text:
        text = _ESCUDOS.sub(_escudos, text)
    if language == "nl" and ("ƒ" in text or "f" in text):
        text = _GUILDERS.sub("NLG ", text)
    even_amount, marked = _EVEN_AMOUNT[",." if language in _SWISS_LANGUAGES else ","]
    if any(mark in text for mark in marked):  # "5,- €", "5,-- DM", "Fr. 5.–": even amounts (it was "fünf,- €")
        text = even_amount.sub("", text)
    if language == "sv" and ":" in text:  # "3:50 kr", "50:-" (it was "tre:femtio kronor", "femtio:-")
        text = _SWEDISH_PRICE.sub(_swedish_price, text)
    if language == "pt" and ("mi" in text or "bi" in text):
        text = _BRAZILIAN_SCALE.sub(_brazilian_scale, text)
    if language == "it" and "L." in text:
        text = _LIRE.sub(lambda m: _counted(count := whole_number(m.group(1)), "lira" if count == 1 else "lire", "it"),
                         text)
    if language == "en" and "Rs" in text:  # "Rs. 500", India's and Pakistan's rupees: espeak-ng said "R S"
        text = _RUPEES.sub("₹", text)
    signed = any(sign in text for sign in "$€£¥₹₽₩₪₺₱")
    if signed:  # "$5 dollars", "€3 miliardi di euro", "$5 USD": the currency once ("five dollars dollars" was heard)
        text = _named_twice_pattern(language).sub(lambda match: _named_once(match, language), text)
    if signed and language == "en" and ("-" in text or "–" in text or " to " in text):  # "$5–10 million" (the
        # ranges' step made it "$5 to $10 million"): both numbers are of the scale
        text = _SIGNED_RANGE.sub(_signed_range, text)
    if signed and language in _SCALES_IN_WORDS:
        if language in _RANGE_TO:  # "€5–10 Mio." (the ranges' step made it "€5 bis €10 Mio."): one sign, one scale
            text = _scaled_range_pattern(language).sub(lambda match: _scaled_range(match, language), text)
        text = _scaled_amount_pattern(language).sub(lambda match: _scaled_amount(match, language), text)
        text = _scale_then_sign_pattern(language).sub(lambda match: _scale_then_sign(match, language), text)
    sign_first, euro_scaled, coded, suffixed_amount = _amount_patterns(language == "en")
    if signed:  # (every sign `_SYMBOL` knows is one of these)
        text = sign_first.sub(lambda m: _amount(m.group(1) + m.group(3), m.group(4), _SYMBOL_CODES[m.group(2)],
                                                language, m.group(5) or SCALE_SUFFIXES.get(m.group(6) or "", ""),
                                                attributive=language == "en" and before_its_noun(m)), text)  # a £5 note
    if language in _EURO_SCALES and "€" in text:
        text = euro_scaled.sub(lambda match: _euro_scale(match, language), text)
    if _CODE.search(text):  # "CHF 20", "CHF 1,5 Mio.", "2 millions CHF" (it was "deux millions CHF"), "GBP 3bn"
        if language in _SCALES_IN_WORDS:
            text = _scaled_amount_pattern(language, _CODE_GROUP).sub(lambda m: _scaled_amount(m, language), text)
            text = _scale_then_sign_pattern(language, _CODE_GROUP).sub(lambda m: _scale_then_sign(m, language), text)
        text = coded.sub(lambda m: _amount(m.group(2), m.group(3), m.group(1), language,
                                           m.group(4) or SCALE_SUFFIXES.get(m.group(5) or "", "")), text)
    if language == "en" and "p" in text:  # "50p": "fifty pence" (espeak-ng: "fifty P")
        text = _PENCE.sub(lambda m: f"{cardinal(int(m.group(1)), 'en')} {'penny' if m.group(1) == '1' else 'pence'}",
                          text)
    if "¢" in text:  # "5¢": "five cents"
        text = re.sub(r"(?<![\w.,])(\d+)\s?¢", lambda m: currency(0, int(m.group(1)), "USD", language), text)

    if _CENTS_BEFORE_A_WORD.search(text):  # (a quick test: the named amount's pattern tries every position)
        named, codes = _named_amount(language)
        text = named.sub(lambda match: _named(match, codes[match.group(6)], language), text)

    def suffixed(match: re.Match[str]) -> str:  # "12,50 €", "5 zł" ("около 5 руб." "около пяти рублей")
        whole, fraction, code = match.group(1), match.group(2), SUFFIX_CODES[match.group(3)]
        said = None
        if whole[:1] not in "-−" and (fraction is None or len(fraction) == 2):
            said = _amount_in_governed_case(whole_number(whole), int(fraction or 0), code, match, language)
        return (said or _amount(whole, fraction, code, language)) + stop_after(match)

    return suffixed_amount.sub(suffixed, text)


# an amount with its cents before its currency's name, not its sign, and the first of a range of two: "12.99
# dollars", "2,50 Euro", "12,50 kronor", "12,99 złotych", "2,50–3,50 Euro" (it was "twelve point nine nine dollars",
# "zwei Komma fünf null Euro"); not the pound, whose names ("Pfund", "livre", "libra", "funt", "фунт", "pond") weigh
# too: "2.25 pounds of flour"
_NAMES_OF_WEIGHTS = frozenset({"GBP"})
_FORMER_SIGNS = {"de": {"DM": "DEM", "D-Mark": "DEM", "öS": "ATS"}}
_CENTS = rf"(\d{{1,3}}(?:[,.{SPACES}]\d{{3}})+(?!\d)|\d+)[.,](\d\d)"
_CENTS_BEFORE_A_WORD = re.compile(r"\d[.,]\d\d\s")


@lru_cache(maxsize=16)
def _named_amount(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of an amount with its cents before a currency's name in `language`, and each name's code."""
    codes: dict[str, str] = dict(_FORMER_SIGNS.get(language, {}))
    former = [code for code, names in FORMER_CURRENCIES.items() if language in names]
    for code in [*CURRENCIES.keys() - _NAMES_OF_WEIGHTS, *former]:
        for name in currency_forms(code, language)[0]:
            codes.setdefault(name, code)
    names = "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
    joined = rf"\s?[–-]\s?|\s(?:{WORDS[language]['to']}|{WORDS[language]['and']})\s"
    return re.compile(rf"(?<![\w.,])(?:{_CENTS}({joined}))?{_CENTS}\s({names})(?!\w)"), codes


def _named(match: re.Match[str], code: str, language: str) -> str:
    """A named amount, and the range's first amount in the same currency ("2,50 bis 3,50 Euro")."""
    def amount(major: str, minor: str) -> str:
        whole, cents = whole_number(major), int(minor)
        return _amount_in_governed_case(whole, cents, code, match, language) or currency(whole, cents, code, language)

    said = amount(match.group(4), match.group(5))
    if match.group(1) is None:
        return said
    joined = match.group(3).strip()
    return f"{amount(match.group(1), match.group(2))} {WORDS[language]['to'] if joined in '–-' else joined} {said}"


def _amount_in_governed_case(major: int, minor: int, code: str, match: re.Match[str], language: str) -> str | None:
    """A Russian or Polish amount in the case the preposition before it asks, its cents too ("около 12,50 руб."
    "около двенадцати рублей и пятидесяти копеек"; they were in the nominative); None where none asks for one."""
    major_forms, minor_forms = currency_forms(code, language)
    parts = [in_governed_case(count, forms, match, language, feminine=forms[0].endswith("йка"))  # "копейка"
             for count, forms in ((major, major_forms), (minor, minor_forms)) if count]
    if not parts or None in parts:
        return None
    return f" {AND[language]} ".join(parts)  # type: ignore[arg-type]


_CODE_GROUP = rf"\b({'|'.join(CURRENCIES)})"  # a currency's code, as `_SYMBOL` is a sign
_CODE = re.compile(rf"{_CODE_GROUP}\b")
_NUMBER = rf"([-−]?\d{{1,3}}(?:[,.{SPACES}]\d{{3}})+(?!\d)|[-−]?\d+)(?:[.,](\d{{1,2}})(?!\d))?"


@lru_cache(maxsize=2)
def _amount_patterns(english: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`currencies`' patterns, compiled once: a sign before its amount (in English with a scale after it: "$4.5bn"),
    a French or Italian "1,2 M€", a currency's code before its amount ("CHF 20", in English "GBP 3bn"), a sign or a
    code after it."""
    scale = r"(?:\s(thousand|million|billion|trillion)\b|(k|m|bn|K|M|B|tn)\b)?" if english else "()()"
    suffixes = "|".join(re.escape(s) for s in sorted(SUFFIX_CODES, key=len, reverse=True))
    return (re.compile(rf"([-−]?){_SYMBOL}\s?{_NUMBER}{scale}"),
            re.compile(rf"(?<![\w.,]){_NUMBER}\s?(Md|M|k)\s?€"),
            re.compile(rf"{_CODE_GROUP}\s?{_NUMBER}{scale}"),
            re.compile(rf"(?<![\w.,]){_NUMBER}\s?({suffixes})(?![\w])"))
