"""Polish and Russian titles before a name, in the case the name is in: rows for `tables.ABBREVIATIONS`.

"z prof. Nowakiem" is "z profesorem Nowakiem", "у проф. Иванова" "у профессора Иванова": espeak-ng said the
nominative in every case, and read some titles as words or letters ("kard", "red", "полк", "кап") or stopped
after their full stop ("kpt.", "ppor."). The name's last word tells the case; where its ending serves more than one
case, the preposition before the title decides ("z prof. Kowalskim" instrumental, "o prof. Kowalskim" locative).
A woman's title is not declined, and her surname has none of a man's endings ("z prof. Anną Nowak", "z profesor";
"с проф. Ивановой", "с профессор"), so it keeps the nominative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from audiobook.text.normalize.prepositions import DATIVE, GENITIVE, INSTRUMENTAL, LOCATIVE, governing

# a title's forms: nominative, genitive, dative, instrumental, locative (Russian: prepositional)
Forms = tuple[str, str, str, str, str]
_FORM = {GENITIVE: 1, DATIVE: 2, INSTRUMENTAL: 3, LOCATIVE: 4}


@dataclass(frozen=True)
class _Grammar:
    language: str
    capital: str  # a name's first letter
    more_titles: str  # titles between a title and its name ("prof. dr hab. Nowak")
    # (the case, the endings of the name's last word in it, whether a preposition that governs the case must come
    # before the title: an ending that more than one case has)
    cases: tuple[tuple[str, str, bool], ...]

    def name_ending(self, ending: str) -> str:
        """A look-ahead: a name of one to three capitalised words after the title, its last word ending in
        `ending` ("Nowakiem", "Jana Kowalskiego")."""
        name = rf"{self.capital}[\w-]*"  # the words before the last may be initials: "z prof. J. Nowakiem"
        return rf"(?={self.more_titles}\s+(?:{name}\.?\s+){{0,2}}{name}(?:{ending})\b(?!\s+{self.capital}))"

    def declined(self, titles: tuple[str, ...], forms: Forms, *, nominative_too: bool = True
                 ) -> list[tuple[str, str]]:
        """Each of `titles` (its spellings) in the case of the name after it; `nominative_too`: the nominative
        before any other name."""
        rows = []
        for title in titles:
            short = re.escape(title)
            for case, ending, after_preposition in self.cases:
                after = "|".join(rf"(?<=\b[{word[0]}{word[0].upper()}]{word[1:]} {short})"
                                 for word in governing(self.language, case)) if after_preposition else ""
                pattern = (f"{short}(?:{after})" if after else short) + self.name_ending(ending)
                rows.append((pattern, forms[_FORM[case]]))
            if nominative_too:
                rows.append((rf"{short}(?=\s+{self.capital})", forms[0]))
        return rows


_POLISH = _Grammar(
    "pl", "[A-ZĄĆĘŁŃÓŚŹŻ]", r"(?:\s+(?:dr|mgr|bp|abp|płk|mjr|[a-ząćęłńóśźż]{1,5}\.))*",
    ((INSTRUMENTAL, "em", False),  # "z ks. Janem", "przed gen. Andersem"
     (INSTRUMENTAL, "[iy]m", True), (LOCATIVE, "[iy]m|u", True),  # "z prof. Kowalskim", "o prof. Kowalskim"
     (DATIVE, "owi|emu", False), (GENITIVE, "(?<!Di)ego", False),  # "Kowalskiego"; not "Diego"
     (GENITIVE, "a", True)))  # "do prof. Nowaka"; not "prof. Anna"

_RUSSIAN = _Grammar(
    "ru", "[А-ЯЁ]", "",
    ((INSTRUMENTAL, "ым", False),  # "написано акад. Павловым", "с проф. Толстым"
     (INSTRUMENTAL, "ом|ем|ём|им", True), (LOCATIVE, "е|ом|ем", True),  # "с проф. Блоком", "о проф. Иванове"
     (DATIVE, "ому|ему", False), (DATIVE, "у|ю", True),  # "к проф. Иванову"; not "видел проф. Иванову"
     (GENITIVE, "ого|(?<!Ди)его", False), (GENITIVE, "а|я", True)))  # "у проф. Иванова"; not "проф. Иванова"
# a first name alone, as a saint's, ends in "-е" in the prepositional as a man's ("о Петре") and a woman's ("об Анне")
_RUSSIAN_NAME_ALONE = replace(_RUSSIAN, cases=tuple(case for case in _RUSSIAN.cases if case[0] != LOCATIVE))

# saints' names in the genitive that end as a woman's name does ("kościół św. Jana" "świętego", "św. Anna" "święta";
# "храм св. Николая" "святого", "св. Анна" "святая")
_POLISH_SAINTS_GENITIVE = (
    "Jana|Piotra|Pawła|Marka|Łukasza|Mateusza|Wojciecha|Stanisława|Floriana|Mikołaja|Józefa|Jakuba|Andrzeja|"
    "Tomasza|Michała|Franciszka|Kazimierza|Krzysztofa|Szczepana|Wawrzyńca|Bartłomieja|Marcina|Ducha|Krzyża|Rocha|"
    "Benedykta|Dominika|Augustyna|Wacława|Wita|Jacka|Maksymiliana|Sebastiana|Huberta|Filipa|Macieja|Szymona|"
    "Tadeusza|Łazarza|Norberta|Bernarda|Grzegorza|Leona|Hieronima|Brata|Rafała|Gabriela|Cyryla|Zygmunta")
_RUSSIAN_SAINTS_GENITIVE = (
    "Петра|Павла|Николая|Георгия|Андрея|Иоанна|Сергия|Василия|Александра|Владимира|Михаила|Димитрия|Дмитрия|"
    "Пантелеимона|Серафима|Иосифа|Марка|Матфея|Иакова|Исаака|Алексия|Тихона|Феодора|Фёдора|Бориса|Глеба|Духа|"
    "Франциска|Антония|Стефана|Луки|Фомы|Ильи|Саввы|Никиты|Кузьмы")
_RUSSIAN_SAINTS_PREPOSITIONAL = "|".join(name[:-2] + "ии" if name.endswith("ия") else name[:-1] + "е"
                                        for name in _RUSSIAN_SAINTS_GENITIVE.split("|"))  # "Петре", "Сергии"
# Russian men's names that end as a woman's in the nominative
_RUSSIAN_MEN_IN_A = "Лука|Фома|Савва|Никита|Илья|Иона|Кузьма"
# a Polish woman's name in the genitive ("Anny", "Marii", "Jadwigi", "Elżbiety"); not a man's "Ignacy", "Jerzy",
# "Walenty"
_POLISH_WOMEN_GENITIVE = "ii|ji|[nrs]y|[gk]i|ety|aty|ity|rty|ójcy"


def _saint(grammar: _Grammar, title: str, masculine: Forms, feminine: str,
           feminine_oblique: tuple[tuple[str, str], ...], genitives: str) -> list[tuple[str, str]]:
    """"św.", "bł.", "св." before a name: an adjective, in the name's gender and case. `feminine`: its feminine
    nominative; `feminine_oblique`: (the endings of a woman's name in other cases, the adjective's form there)."""
    short = re.escape(title)
    return [(rf"{short}(?=\s+(?:{genitives})\b)", masculine[_FORM[GENITIVE]]),
            *grammar.declined((title,), masculine, nominative_too=False),
            *((short + grammar.name_ending(endings), form) for endings, form in feminine_oblique),
            (rf"{short}(?=\s+{grammar.capital}\w*[aая]\b)", feminine),
            (rf"{short}(?=\s+{grammar.capital})", masculine[0])]


def polish_titles() -> list[tuple[str, str]]:
    """Polish titles before a name, "pan" and "pani" among them; "por." before a name in the nominative may be
    "compare" ("por. Kowalski 2010"), and is left as written."""
    title = _POLISH.declined
    return [
        # "prof." first: a title after it ("prof. dr hab.") would be read before it was
        *title(("prof.",), ("profesor", "profesora", "profesorowi", "profesorem", "profesorze")),
        (r"prof\.", "profesor"),
        *title(("dr hab.", "dr. hab."), ("doktor habilitowany", "doktora habilitowanego", "doktorowi habilitowanemu",
                                         "doktorem habilitowanym", "doktorze habilitowanym"), nominative_too=False),
        *title(("dr", "dr."), ("doktor", "doktora", "doktorowi", "doktorem", "doktorze")),
        *title(("doc.",), ("docent", "docenta", "docentowi", "docentem", "docencie")),
        *title(("gen.",), ("generał", "generała", "generałowi", "generałem", "generale")),
        *title(("płk", "płk."), ("pułkownik", "pułkownika", "pułkownikowi", "pułkownikiem", "pułkowniku")),
        *title(("ppłk", "ppłk."), ("podpułkownik", "podpułkownika", "podpułkownikowi", "podpułkownikiem",
                                   "podpułkowniku")),
        *title(("mjr", "mjr."), ("major", "majora", "majorowi", "majorem", "majorze")),
        *title(("kpt.",), ("kapitan", "kapitana", "kapitanowi", "kapitanem", "kapitanie")),
        *title(("ppor.",), ("podporucznik", "podporucznika", "podporucznikowi", "podporucznikiem", "podporuczniku")),
        *title(("por.",), ("porucznik", "porucznika", "porucznikowi", "porucznikiem", "poruczniku"),
               nominative_too=False),
        *title(("sierż.",), ("sierżant", "sierżanta", "sierżantowi", "sierżantem", "sierżancie")),
        *title(("inż.",), ("inżynier", "inżyniera", "inżynierowi", "inżynierem", "inżynierze")),
        *title(("mgr", "mgr."), ("magister", "magistra", "magistrowi", "magistrem", "magistrze")),
        *title(("ks.",), ("ksiądz", "księdza", "księdzu", "księdzem", "księdzu")),
        *title(("bp", "bp."), ("biskup", "biskupa", "biskupowi", "biskupem", "biskupie")),
        *title(("abp", "abp."), ("arcybiskup", "arcybiskupa", "arcybiskupowi", "arcybiskupem", "arcybiskupie")),
        *title(("kard.",), ("kardynał", "kardynała", "kardynałowi", "kardynałem", "kardynale")),
        *title(("prał.",), ("prałat", "prałata", "prałatowi", "prałatem", "prałacie")),
        *title(("o.",), ("ojciec", "ojca", "ojcu", "ojcem", "ojcu")),  # a friar: "o. Maksymilian Kolbe"
        (r"red\.(?<=\b[pP]od red\.)", "redakcją"),  # "pod red. Jana Nowaka": edited by
        *title(("red.",), ("redaktor", "redaktora", "redaktorowi", "redaktorem", "redaktorze")),
        *title(("mec.",), ("mecenas", "mecenasa", "mecenasowi", "mecenasem", "mecenasie")),
        *title(("dyr.",), ("dyrektor", "dyrektora", "dyrektorowi", "dyrektorem", "dyrektorze")),
        # a woman's name in the instrumental ("ze św. Anną"), in the genitive ("kościół św. Anny", "Trójcy")
        *_saint(_POLISH, "św.", ("święty", "świętego", "świętemu", "świętym", "świętym"), "święta",
                (("ą", "świętą"), (_POLISH_WOMEN_GENITIVE, "świętej")), _POLISH_SAINTS_GENITIVE),
        *_saint(_POLISH, "bł.", ("błogosławiony", "błogosławionego", "błogosławionemu", "błogosławionym",
                                 "błogosławionym"), "błogosławiona",
                (("ą", "błogosławioną"), (_POLISH_WOMEN_GENITIVE, "błogosławionej")), _POLISH_SAINTS_GENITIVE),
        # "p." before a name ("z p. Kowalskim" "z panem", "u p. Nowakowej" "u pani", "p. Kowalska" "pani";
        # espeak-ng said "pe"); a page is "s."
        *title(("p.",), ("pan", "pana", "panu", "panem", "panu"), nominative_too=False),
        (rf"p\.{_POLISH.name_ending('ą')}", "panią"),
        (rf"p\.(?=\s+{_POLISH.capital}\w*(?:ska|cka|dzka|owa|ej)\b)", "pani"),
        (rf"p\.(?=\s+{_POLISH.capital})", "pan"),
    ]


def russian_titles() -> list[tuple[str, str]]:
    """Russian titles before a name; "г-н", "д-р" and the like write their case themselves ("г-ну", "д-ра")."""
    title = _RUSSIAN.declined
    return [
        *title(("проф.",), ("профессор", "профессора", "профессору", "профессором", "профессоре")),
        (r"проф\.", "профессор"),
        *title(("акад.",), ("академик", "академика", "академику", "академиком", "академике")),
        (r"акад\.", "академик"),
        *title(("доц.",), ("доцент", "доцента", "доценту", "доцентом", "доценте")), (r"доц\.", "доцент"),
        *title(("ген.",), ("генерал", "генерала", "генералу", "генералом", "генерале")),
        *title(("полк.",), ("полковник", "полковника", "полковнику", "полковником", "полковнике")),
        *title(("кап.",), ("капитан", "капитана", "капитану", "капитаном", "капитане")),
        *title(("лейт.",), ("лейтенант", "лейтенанта", "лейтенанту", "лейтенантом", "лейтенанте")),
        *title(("тов.",), ("товарищ", "товарища", "товарищу", "товарищем", "товарище")),
        *title(("гр.",), ("гражданин", "гражданина", "гражданину", "гражданином", "гражданине")),
        *title(("свт.",), ("святитель", "святителя", "святителю", "святителем", "святителе")),  # a holy bishop
        *_saint(_RUSSIAN_NAME_ALONE, "прп.", ("преподобный", "преподобного", "преподобному", "преподобным",
                                               "преподобном"), "преподобная", (), _RUSSIAN_SAINTS_GENITIVE),
        (rf"св\.(?=\s+(?:{_RUSSIAN_MEN_IN_A})\b)", "святой"),  # "св. Лука", not "святая"
        # a man's name in the prepositional is told from a woman's ("о св. Николае", "о св. Анне") by the list; a
        # woman's in a case other than the nominative ("св. Анны", "со св. Анной") takes "святой", as a man's
        # in the nominative does
        (rf"св\.(?=\s+(?:{_RUSSIAN_SAINTS_PREPOSITIONAL})\b)", "святом"),
        *_saint(_RUSSIAN_NAME_ALONE, "св.", ("святой", "святого", "святому", "святым", "святом"), "святая", (),
                _RUSSIAN_SAINTS_GENITIVE),
    ]
