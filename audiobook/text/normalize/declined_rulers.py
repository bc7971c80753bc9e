"""A ruler's number after a declined name, in Russian and Polish: "при Екатерине II" is "при Екатерине второй",
"эпоха Николая II" "эпоха Николая второго", "za Zygmunta III" "za Zygmunta trzeciego", "o Janie III" "o Janie
trzecim".

The numeral after a name in another case than the nominative was read as a cardinal ("Екатерине два", "Zygmunta
trzy") or, for "I", left as a letter ("Петре I"); the name in the nominative is `roman.regnal_and_ordinal_numerals`'s.
The name's ending tells its case, and the ordinal takes that case and the ruler's gender. Russian names decline by
rule; Polish ones, whose stems change before their endings ("Zygmuncie", "Aleksandrze", "Pawła"), are listed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audiobook.text.normalize.common import polish_case, roman_value, ru_ordinal
from audiobook.text.normalize.numbers import ordinal
from audiobook.text.normalize.tables import REGNAL_FEMININE, REGNAL_NAMES

# Russian: a name's stem where it is not the nominative's ("Пётр": "Петра", "Павел": "Павла", "Лев": "Льва")
_RU_STEMS = {"Пётр": "Петр", "Павел": "Павл", "Лев": "Льв"}
# the ordinal's ending for a king's or a queen's name in each oblique case, by the name's ending
_RU_MASCULINE = {"а": "ого", "у": "ому", "ом": "ым", "ем": "ым", "е": "ом"}  # gen/acc, dat, ins, prep
_RU_SOFT = {"я": "ого", "ю": "ому", "ем": "ым", "е": "ом"}  # "Николая", "Николаю", "Николаем", "Николае"
_RU_IJ = {"я": "ого", "ю": "ому", "ем": "ым", "и": "ом"}  # "Василия", ..., "Василии"
_RU_FEMININE = {"ы": "ой", "е": "ой", "у": "ую", "ой": "ой"}  # "Екатерины", "Екатерине", "Екатерину", "Екатериной"
_RU_FEMININE_IA = {"и": "ой", "ю": "ую", "ей": "ой"}  # "Марии", "Марию", "Марией"

# Polish: each name's genitive (also the accusative), dative, instrumental and locative
_PL_MASCULINE = {name: forms.split() for name, forms in (line.split(": ") for line in """\
Zygmunt: Zygmunta Zygmuntowi Zygmuntem Zygmuncie
Kazimierz: Kazimierza Kazimierzowi Kazimierzem Kazimierzu
Władysław: Władysława Władysławowi Władysławem Władysławie
Bolesław: Bolesława Bolesławowi Bolesławem Bolesławie
Mieszko: Mieszka Mieszkowi Mieszkiem Mieszku
Henryk: Henryka Henrykowi Henrykiem Henryku
Jan: Jana Janowi Janem Janie
Stefan: Stefana Stefanowi Stefanem Stefanie
August: Augusta Augustowi Augustem Auguście
Stanisław: Stanisława Stanisławowi Stanisławem Stanisławie
Aleksander: Aleksandra Aleksandrowi Aleksandrem Aleksandrze
Michał: Michała Michałowi Michałem Michale
Pius: Piusa Piusowi Piusem Piusie
Leon: Leona Leonowi Leonem Leonie
Grzegorz: Grzegorza Grzegorzowi Grzegorzem Grzegorzu
Benedykt: Benedykta Benedyktowi Benedyktem Benedykcie
Klemens: Klemensa Klemensowi Klemensem Klemensie
Innocenty: Innocentego Innocentemu Innocentym Innocentym
Urban: Urbana Urbanowi Urbanem Urbanie
Paweł: Pawła Pawłowi Pawłem Pawle
Napoleon: Napoleona Napoleonowi Napoleonem Napoleonie
Jerzy: Jerzego Jerzemu Jerzym Jerzym
Edward: Edwarda Edwardowi Edwardem Edwardzie
Ryszard: Ryszarda Ryszardowi Ryszardem Ryszardzie
Piotr: Piotra Piotrowi Piotrem Piotrze
Ludwik: Ludwika Ludwikowi Ludwikiem Ludwiku
Karol: Karola Karolowi Karolem Karolu
Fryderyk: Fryderyka Fryderykowi Fryderykiem Fryderyku
Wilhelm: Wilhelma Wilhelmowi Wilhelmem Wilhelmie
Mikołaj: Mikołaja Mikołajowi Mikołajem Mikołaju""".splitlines())}
_PL_MASCULINE_ENDINGS = ("ego", "emu", "ym", "ym")  # "trzeciego", "trzeciemu", "trzecim", "trzecim"
_PL_FEMININE = {name: forms.split() for name, forms in (line.split(": ") for line in """\
Elżbieta: Elżbiety Elżbiecie Elżbietę Elżbietą
Maria: Marii Marię Marią
Anna: Anny Annie Annę Anną
Katarzyna: Katarzyny Katarzynie Katarzynę Katarzyną""".splitlines())}


@lru_cache(maxsize=2)
def _forms(language: str) -> dict[str, str]:
    """Each oblique form of the language's rulers' names and the ending its ordinal takes."""
    if language == "pl":
        forms = {form: ending for name in REGNAL_NAMES["pl"] if name in _PL_MASCULINE
                 for form, ending in zip(_PL_MASCULINE[name], _PL_MASCULINE_ENDINGS)}
        for name, written in _PL_FEMININE.items():
            forms |= {form: "ą" if form.endswith(("ę", "ą")) else "ej" for form in written}
        return forms
    forms = {}
    for name in REGNAL_NAMES["ru"]:
        if " " in name:
            continue
        if name in REGNAL_FEMININE["ru"]:
            stem, endings = (name[:-1], _RU_FEMININE_IA) if name.endswith("ия") else (name[:-1], _RU_FEMININE)
        elif name.endswith("ий"):
            stem, endings = name[:-1], _RU_IJ
        elif name.endswith("й"):
            stem, endings = name[:-1], _RU_SOFT
        else:
            stem = _RU_STEMS.get(name, name)
            sibilant = stem[-1] in "жшчщц"
            endings = {ending: case for ending, case in _RU_MASCULINE.items() if ending != ("ом" if sibilant else "ем")}
        forms |= {stem + ending: case for ending, case in endings.items()}
    return forms


@lru_cache(maxsize=2)
def _pattern(language: str) -> re.Pattern[str]:
    names = "|".join(sorted(_forms(language), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({names})\s+([IVXL]{{1,6}})(?![\w'’-])")


def declined_rulers(text: str, language: str) -> str:
    """`text` with the number after a ruler's declined name read as the ordinal in its case (Russian, Polish)."""
    if language not in {"ru", "pl"}:
        return text
    forms = _forms(language)

    def say(match: re.Match[str]) -> str:
        value = roman_value(match.group(2))
        if value is None:
            return match.group(0)
        ending = forms[match.group(1)]
        words = ordinal(value, language)
        said = ru_ordinal(words, ending) if language == "ru" else polish_case(words, ending)
        return f"{match.group(1)} {said}"

    return _pattern(language).sub(say, text)
