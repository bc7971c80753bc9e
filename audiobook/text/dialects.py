"""The regions a book may declare with its language ("pt-BR", "fr-BE", "en-GB"), and what they change.

The language stays one of the 11 (the detector, the model, the Voice.ai request all take it); a
region changes two things where it is the book's own (`dialect_of(book.declared_language)`):

- the words the normalizer writes for numbers and units, which num2words and the tables give in
  the European form: Brazil says "dezesseis", "dezenove", "quilômetros", "dois bilhões" where
  Portugal says "dezasseis", "dezanove", "quilómetros", "dois mil milhões"; Belgium and Switzerland
  say "septante", "nonante" for "soixante-dix", "quatre-vingt-dix". Only forms those regions'
  writers do not use are replaced, so a Brazilian author's "dezesseis" is never touched;
- the espeak-ng voice where the user names none (`audiobook.tts.espeak`): pt-br, fr-be, fr-ch,
  en-gb, es-419. Piper's one English voice and Voice.ai's voices are the same for every region.
"""

from __future__ import annotations

import re

# language -> region -> the dialect acted on; Spanish: every region but Spain reads as Latin America's
_REGIONS = {
    "pt": {"BR": "pt-BR"},
    "fr": {"BE": "fr-BE", "CH": "fr-CH"},
    "en": dict.fromkeys(("GB", "UK", "IE", "AU", "NZ", "ZA"), "en-GB"),
}
_TAG = re.compile(r"^([a-zA-Z]{2,3})[-_]([a-zA-Z]{2}|\d{3})\b")


def dialect_of(tag: str | None) -> str | None:
    """The dialect a declared language tag names, of those this pipeline acts on ("pt_br" -> "pt-BR",
    "es-MX" -> "es-419"); None for a tag without a region, or a region read as the language's default."""
    match = _TAG.match((tag or "").strip())
    if match is None:
        return None
    language, region = match.group(1).lower(), match.group(2).upper()
    if language == "es":
        return None if region == "ES" else "es-419"
    return _REGIONS.get(language, {}).get(region)


def language_of(dialect: str) -> str:
    return dialect[:2]


_MONTH_FIRST_REGIONS = frozenset({"US", "PH"})


def english_day_first(tag: str | None) -> bool | None:
    """How an English book's region writes a date in figures: day first ("en-GB", "en-AU": "03/04/2021" is the
    third of April), month first ("en-US": March 4), or None where the tag names no region that says."""
    match = _TAG.match((tag or "").strip())
    if match is None or match.group(1).lower() != "en":
        return None
    region = match.group(2).upper()
    if region in _MONTH_FIRST_REGIONS:
        return False
    return True if _REGIONS["en"].get(region) or region == "IN" else None


# Portugal's forms that Brazil writes otherwise (num2words' Portuguese is Portugal's)
_BRAZILIAN_WORDS = {"dezasseis": "dezesseis", "dezassete": "dezessete", "dezanove": "dezenove",
                    "quilómetro": "quilômetro", "quilómetros": "quilômetros", "bilião": "trilhão",
                    "biliões": "trilhões"}
_BRAZILIAN = re.compile(rf"\b(?:{'|'.join(_BRAZILIAN_WORDS)})\b")
# a thousand millions: "dois mil milhões" is "dois bilhões", "mil milhões" alone "um bilhão"
_PT_COUNT_WORDS = ("um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis "
                   "dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem "
                   "cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos")
_THOUSAND_MILLIONS = re.compile(rf"(?:\b({'|'.join(_PT_COUNT_WORDS.split())}) )?\bmil milhões\b")

# Belgian and Swiss French: 70-79 and 90-99 (and their ordinals) from "septante", "nonante"
_TEENS = {"dix": ("", "ième"), "onze": (" et un", " et unième"), "douze": ("-deux", "-deuxième"),
          "treize": ("-trois", "-troisième"), "quatorze": ("-quatre", "-quatrième"),
          "quinze": ("-cinq", "-cinquième"), "seize": ("-six", "-sixième"), "dix-sept": ("-sept", "-septième"),
          "dix-huit": ("-huit", "-huitième"), "dix-neuf": ("-neuf", "-neuvième")}
_TEEN_ORDINALS = {"dixième": "dix", "onzième": "onze", "douzième": "douze", "treizième": "treize",
                  "quatorzième": "quatorze", "quinzième": "quinze", "seizième": "seize", "dix-septième": "dix-sept",
                  "dix-huitième": "dix-huit", "dix-neuvième": "dix-neuf"}
_SEVENTY_NINETY = re.compile(r"\b(soixante|quatre-vingt)(?:-| et )("
                             + "|".join(sorted([*_TEENS, *_TEEN_ORDINALS], key=len, reverse=True)) + r")\b")


def _french_tens(match: re.Match[str]) -> str:
    tens = "septante" if match.group(1) == "soixante" else "nonante"
    teen = match.group(2)
    if teen in _TEEN_ORDINALS:
        unit = _TEENS[_TEEN_ORDINALS[teen]][1]
        return tens[:-1] + unit if unit == "ième" else tens + unit
    return tens + _TEENS[teen][0]


def _brazilian(text: str) -> str:
    if "mil milhões" in text:
        text = _THOUSAND_MILLIONS.sub(lambda m: f"{m.group(1)} bilhões" if m.group(1) else "um bilhão", text)
    return _BRAZILIAN.sub(lambda m: _BRAZILIAN_WORDS[m.group(0)], text)


def in_dialect(text: str, dialect: str) -> str:
    """Normalized `text` (its number words as the normalizer writes them) in the words of `dialect`."""
    if dialect == "pt-BR":
        return _brazilian(text)
    if dialect in {"fr-BE", "fr-CH"} and ("soixante" in text or "quatre-vingt" in text):
        return _SEVENTY_NINETY.sub(_french_tens, text)
    return text
