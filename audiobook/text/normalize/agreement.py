"""Counts that agree with the noun after them: the Romance languages, and "one" in German, Swedish,
Polish and Russian.

num2words says a number on its own: "uno", "um", "un", "dois", "doscientos". Before a noun the
count takes the noun's gender, and Spanish and Italian shorten "uno": "una hora", "un libro",
"duas horas", "doscientas personas", "una hora", "une heure", "un'ora". espeak-ng read what it
was given ("uno hora", "dois horas", "un heure"). A noun's gender is told by its ending in
Spanish, Portuguese, Catalan and Italian (-a, and its plural in the first two, with the
common masculine exceptions; frequent Catalan feminine plurals by a list, as "-es" ends masculine
ones too), and by a list of frequent feminine nouns in French.
"""

from __future__ import annotations

import re

from audiobook.text.normalize.cases import DATIVE, GENITIVE, LOCATIVE, PREPOSITIONS, case_after, singular_case_after
from audiobook.text.normalize.common import part_words, polish_case, word_before
from audiobook.text.normalize.numbers import cardinal, is_russian_feminine_soft

ROMANCE = frozenset({"es", "pt", "ca", "it", "fr"})
# words after a number that are not what it counts ("el 1 de mayo", "1 e 2"): the number keeps its own form
_NOT_NOUNS = {
    "es": frozenset("de del y e o u a al en que por para con como sin se es son fue era más menos pero ni contra "
                    "tras".split()),
    "pt": frozenset("de do da dos das e ou a o os as ao em no na que por para com como sem se é são mais mas nem "
                    "contra".split()),
    "ca": frozenset("de del dels i o a al als en que per amb com sense es és són més però ni contra".split()),
    "it": frozenset("di del della dei delle e ed o od a ad al alla in nel nella che per con come da dal dalla su sul "
                    "è sono più ma né contro tra fra".split()),  # "ha vinto 2-1 ed è": "uno", not "un"
    "fr": frozenset("de du des et ou à au aux en que pour avec par sur est sont plus mais ni contre".split()),
    "de": frozenset("Der Die Das Den Dem Des Ein Eine Einen Einem Einer Und Oder Er Sie Es Ich Wir Ihr Man Im Am In "
                    "Auf Mit Von Zu Bei Nach Aus Für".split()),
    "sv": frozenset("och eller till av i på med om som är var för från den det de en ett efter före innan mot "
                    "under över utan vid hos genom sedan men när då".split()),  # "slutade 2–1 efter": "ett"
    "pl": frozenset("i a w z na do od po za o że jest był była było oraz lub albo przed przez dla bez przy nad pod "
                    "ale gdy".split()),
    "ru": frozenset("и а в с на до от по за о что был была было были или из к у после перед через для без при над "
                    "под но когда".split()),
}
# words a number labels rather than counts ("capítulo 1 cuenta...", "página 21 trata..."): what follows is no noun
_LABELS = {language: part_words(language) | frozenset(extra.split()) for language, extra in {
    "es": "página pág número núm artículo art figura fig tabla nota línea versículo",
    "pt": "página pág número artigo art figura fig tabela nota linha versículo",
    "ca": "pàgina pàg número núm article art figura fig taula nota línia",
    "it": "pagina pag numero articolo art figura fig tabella nota riga versetto",
    "fr": "page numéro article art figure fig tableau note ligne verset",
    "de": "seite nummer nr artikel art abbildung abb tabelle anmerkung zeile vers",
    "sv": "sidan sida nummer nr artikel figur tabell not rad vers",
    "pl": "strona str numer nr artykuł art rycina rys tabela przypis wiersz",
    "ru": "страница стр номер статья рисунок рис таблица примечание строка стих",
}.items()}
# (and the endings that make a Spanish or Portuguese noun feminine whatever its last letter: "ciudades",
# "naciones", "cidades", "nações", "viagens"; it was "doscientos ciudades", "dois viagens")
_FEMININE_ENDINGS = {"es": ("a", "as", "ción", "ciones", "sión", "siones", "dad", "dades", "tad", "tades", "tud",
                            "tudes", "umbre", "umbres"),
                     "pt": ("a", "as", "ção", "ções", "são", "sões", "dade", "dades", "gem", "gens", "tude", "tudes"),
                     "ca": ("a", "ció", "cions", "sió", "sions", "tat", "tats"),
                     "it": ("a", "zione", "sione", "gione", "tà", "tù", "trice"),
                     "fr": ("tion", "tions", "sion", "sions", "ence", "ences", "ance", "ances", "ette", "ettes", "ité",
                            "ités")}
# frequent feminine nouns their ending does not tell ("una vez", "duas vezes", "trescientas mujeres"; they were "un
# vez", "dois vezes", "trescientos mujeres"); Catalan feminine plurals end in -es as many masculine ones do ("hores",
# "llibres")
_FEMININE_NOUNS = {
    "fr": frozenset("heure heures fois minute minutes seconde secondes semaine semaines année années journée journées "
                    "nuit nuits page pages personne personnes femme femmes chose choses ville villes maison maisons "
                    "lettre lettres porte portes fille filles main mains voix rue rues chambre chambres étoile étoiles "
                    "île îles lieue lieues livre-sterling cuillère cuillères tonne tonnes kilocalorie kilocalories"
                    .split()),
    "es": frozenset("vez veces voz voces mujer mujeres noche noches calle calles parte partes clase clases flor flores "
                    "ley leyes madre madres nave naves torre torres llave llaves fuente fuentes gente muerte tarde "
                    "tardes mano manos imagen imágenes luz luces cruz cruces piel pieles carne carnes mente mentes nube "
                    "nubes red redes pared paredes".split()),
    "pt": frozenset("vez vezes mulher mulheres noite noites flor flores cor cores mãe mães parte partes lei leis nave "
                    "naves torre torres chave chaves árvore árvores tarde tardes mão mãos luz luzes cruz cruzes voz "
                    "vozes pele peles carne carnes rede redes parede paredes fonte fontes ponte pontes gente "
                    "morte".split()),
    "it": frozenset("notte parte madre chiave nave torre classe gente mente morte sorte arte carne fonte pelle voce "
                    "luce croce pace legge neve fame sete mano radio foto moto auto".split()),
    "ca": frozenset("nit part mà veu llum flor sort mort gent ment font pell carn creu pau llei neu set fam hores "
                    "persones cases vegades dones setmanes pàgines coses paraules noies nenes places cartes portes "
                    "finestres taules lletres línies lliures pessetes monedes terres illes ciutats nits mans veus "
                    "milles llegües vaques".split()),
}
_MASCULINE_DESPITE_ENDING = frozenset("día días dia dias mapa mapas problema problemas sistema sistemas tema temas idioma "
                            "idiomas clima climas planeta planetas programa programas poema poemas drama dramas "
                            "papa papas silence silences comité comités".split())  # (and French -ence, -ité)
# Italian "uno" stays before s + consonant, z, gn, ps, x ("uno studente")
_ITALIAN_UNO = re.compile(r"^(?:s[^aeiouàèéìòù]|z|gn|ps|x|y)")
# the millions a count names are a masculine noun of their own: only the hundreds after them agree with the
# noun counted ("doscientos millones de personas", "un millón doscientas mil personas")
_MILLIONS = re.compile(r"\b(?:millón|millones|billón|billones|milhão|milhões|bilião|biliões|milió|milions)\b")


def _hundreds(words: str, pattern: str, feminine: str) -> str:
    """The hundreds of the last group (after any millions) in the feminine: "doscientas", "duzentas"."""
    end = max((m.end() for m in _MILLIONS.finditer(words)), default=0)
    return words[:end] + re.sub(pattern, feminine, words[end:])


def counts_noun(word: str, before: str | None, language: str) -> bool:
    """Whether the number between `before` and `word` counts `word`: not when it labels ("capítulo 1
    cuenta...", "Seite 1 Der"), nor before a word that is no noun ("el 1 de mayo", "1 och 2")."""
    return word not in _NOT_NOUNS[language] and not labelled_by(before, language)


def labelled_by(before: str | None, language: str) -> bool:
    """Whether the word before a number makes it a label: "глава 2 книги", "strona 2 książki"."""
    return (before or "").lower().rstrip(".") in _LABELS[language]


def is_feminine(noun: str, language: str) -> bool:
    """Whether a Romance noun is feminine: a frequent one its ending does not tell, or by its ending."""
    if noun in _FEMININE_NOUNS.get(language, ()):
        return True
    return noun.endswith(_FEMININE_ENDINGS[language]) and noun not in _MASCULINE_DESPITE_ENDING


# a count that ends in millions takes "de" before its noun, as a noun of quantity does ("doscientos millones
# de personas", "deux millions d’habitants", "tre milioni di abitanti"); elided before a vowel in fr and ca
_OF = {"es": "de", "pt": "de", "ca": "de", "fr": "de", "it": "di"}
_ENDS_IN_MILLIONS = re.compile(r"\b(?:mill[óo]n|millones|bill[óo]n|billones|milh[ãõ]o|milhões|bilh[ãõ]o|bilhões|"
                               r"bili[ãõ]o|biliões|milió|milions|bilió|bilions|millions?|milliards?|milion[ei]|"
                               r"miliard[oi])$")
ELIDED_OF = "d’"  # the caller joins it to the noun: "d’habitants"
_ASPIRATED_H = frozenset("héros haricots hiboux homards harengs hameaux hangars hérissons".split())  # "de héros"


def of_before(noun: str, language: str) -> str:
    """The Romance "of" before `noun`: "de", "di", or "d’" (to be joined to the noun) before a vowel
    or a mute h in French, Catalan and Italian ("d’habitants", "d’hora", "d’ora")."""
    if (language in {"fr", "ca", "it"} and noun[:1].lower() in "aeiouyàâéèêëîïíóòúôöûüh"
            and noun.lower() not in _ASPIRATED_H and (language != "it" or noun[:1].lower() != "h")):
        return ELIDED_OF
    return _OF[language]


def _of_millions(words: str, noun: str, language: str) -> str:
    """`words` with the "de" a count ending in millions takes before `noun`; else as they are."""
    if not _ENDS_IN_MILLIONS.search(words):
        return words
    return f"{words} {of_before(noun, language) if language != 'it' else _OF['it']}"


def romance_count(number: int, noun: str, language: str, before: str | None = None) -> str:
    """`number` in words before `noun`: "una hora", "veintiún libros", "duas horas", "una hora" (Catalan),
    "doscientas personas", "vingt et une heures", "un libro", "un'ora", "doscientos millones de
    personas"."""
    words = cardinal(number, language)
    if not counts_noun(noun, before, language):
        return words
    return _of_millions(_agreeing(words, noun, language), noun, language)


def _agreeing(words: str, noun: str, language: str) -> str:
    """A Romance count's words in the gender of `noun`."""
    feminine = is_feminine(noun, language)
    if language == "es":
        if words.endswith("uno"):
            words = words[:-3] + ("una" if feminine else "ún" if words.endswith("iuno") else "un")
        return _hundreds(words, r"ientos\b", "ientas") if feminine else words
    if language == "pt":
        if not feminine:
            return words
        words = re.sub(r"\bum$", "uma", re.sub(r"\bdois$", "duas", words))
        return _hundreds(words, r"entos\b", "entas")
    if language == "ca":
        if not feminine:
            return words
        words = re.sub(r"\bun$", "una", re.sub(r"\bdos$", "dues", words))
        return _hundreds(re.sub(r"\bdos-cents\b", "dues-cents", words), r"cents\b", "centes")
    if language == "it":
        if words != "uno":
            return words
        if feminine:  # "un'ora", "un'isola", as it is said ("una ora" was heard)
            return "un'" if noun[:1] in "aeiouàèéìòù" else "una"
        return words if _ITALIAN_UNO.match(noun) else "un"
    if feminine and (words == "un" or words.endswith((" un", "-un"))):  # French ("quatre-vingt-une pages")
        words = words[:-2] + "une"
    return words


# "one" before a noun: num2words says "eins", "ett", "jeden", "один" (espeak-ng read "eins Stunde", "ett timme",
# "jeden godzina", "один минута"); the noun's gender by its ending, or in Swedish by a list of frequent neuter nouns
ONE_BEFORE_NOUN = frozenset({"de", "sv", "pl", "ru"})
_GERMAN_FEMININE = ("e", "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "in", "ik", "ur", "liga")
# feminine nouns no ending tells, alone and as a compound's last part ("Nacht", "Mitternacht", "Hauptstadt"; they were
# "einen Nacht", "in einem Stadt"); and a few only alone ("Aufwand", "Bart", "Palast" are masculine)
_GERMAN_FEMININE_PARTS = tuple("nacht stadt zeit welt kraft fahrt schrift macht kunft arbeit pflicht sicht schicht "
                               "frucht schlacht kunst angst wurst luft haut frau post milch maus tür wahl zahl gans "
                               "nuss faust braut lust burg bank kuh brust flucht geburt antwort hand".split())
_GERMAN_FEMININE_WORDS = frozenset({"Art", "Wand", "Not", "Last", "Mark",
                                    *(part.capitalize() for part in _GERMAN_FEMININE_PARTS)})
_GERMAN_MASCULINE_IN_E = frozenset("Name Junge Käse Gedanke Glaube Wille Friede Buchstabe Funke Kunde Affe "
                                   "Hase Löwe Matrose Franzose Riese Bote".split())
_GERMAN_NEUTER = frozenset("Jahr Jahrzehnt Jahrhundert Jahrtausend Kind Haus Buch Mal Stück Wort Land Kapitel Zimmer "
                           "Auto Bild Dorf Schiff Pferd Tier Fenster Leben Licht Wasser Geld Spiel Lied Bett Glas Paar "
                           "Dutzend Kilo Gramm Pfund Meter Volk Blatt Feld Gesicht Auge Ohr Herz Geschoss Semester "
                           "Quartal Halbjahr".split())
_GERMAN_NEUTER_ENDINGS = ("chen", "lein", "ment", "tum", "um", "geschoss", "semester", "quartal", "halbjahr")
# the case a German preposition gives the count after it ("nach einer Stunde", "für einen Tag"); in, an, vor
# before a count are mostly about time, with the dative ("in einem Jahr", "vor einer Stunde")
_GERMAN_DATIVE = frozenset("aus bei mit nach seit von zu gegenüber in an vor binnen".split())
_GERMAN_ACCUSATIVE = frozenset("durch für gegen ohne um pro".split())
# frequent verbs whose object (or the time they last) follows in the accusative: "er hatte einen Tag", "es gab einen
# Grund", "es dauerte einen Monat" (their forms that stand before the object)
_GERMAN_ACCUSATIVE_VERBS = frozenset(
    "habe hast hat haben habt hatte hattest hatten hattet hätte hätten gibt gab gaben brauche braucht brauchen "
    "brauchte brauchten sah sieht sehe sahen fand findet finde fanden bekam bekommt bekomme bekamen kaufte kauft "
    "kaufe kauften nahm nimmt nehme nahmen suchte sucht suche kennt kannte kenne schrieb schreibt las liest "
    "dauerte dauert dauerten blieb bleibt blieben wartete wartet schlief schläft lebte lebt arbeitete arbeitet "
    "verbrachte verbringt".split())
_GERMAN_ONE = {  # case -> gender -> form
    "nominative": {"f": "eine", "m": "ein", "n": "ein"},
    "accusative": {"f": "eine", "m": "einen", "n": "ein"},
    "dative": {"f": "einer", "m": "einem", "n": "einem"},
}
# Russian: the noun's ending, and the preposition before the count, say its case ("через 1 минуту" "одну",
# "с 1 другом" "одним", "до 1 часа" "одного", "к 1 дому" "одному"); an -е or -и after в/на/о/при is a
# prepositional, which the numbers step says ("в одном доме", "в одной тетради")
_RUSSIAN_ONE = (("ой", "одной"), ("ей", "одной"), ("ом", "одним"), ("ем", "одним"), ("а", "одна"), ("я", "одна"),
                ("о", "одно"), ("е", "одно"), ("у", "одну"), ("ю", "одну"))
_RUSSIAN_ACCUSATIVE_BEFORE = frozenset("через про сквозь в во на за".split())  # "через одну ночь", "в одну ночь"
_SWEDISH_NEUTER = frozenset("år hus barn land ord liv namn rum kapitel exempel ögonblick glas brev fönster ben huvud "
                            "hjärta öga öra skepp fartyg folk träd djur kilo gram bord tåg slag svar papper "
                            "pund mål problem system öre".split())


# Polish: the noun's ending, and the case the preposition before the count governs, say the form of "one"
# ("od 1 osoby" "jednej", "bez 1 złotego" "jednego", "z 1 marynarzem" "jednym", "mam 1 książkę" "jedną");
# a locative or dative whose ending does not tell the gender ("w 1 mieście", "w 1 książce") stays "jeden"
_POLISH_FEMININE_IN_CONSONANT = frozenset("noc łódź rzecz sól twarz mysz wieś krew brew moc pomoc podróż odpowiedź "
                                          "śmierć pieśń przyjaźń jesień zieleń dłoń sieć myśl nić kolej postać "
                                          "część".split())
# men and animals in the accusative (and genitive), which end as a feminine nominative does: "mam 1 syna" "jednego"
# (it was "jedna syna")
_POLISH_MASCULINE_IN_A = frozenset("kota psa konia syna brata ojca człowieka chłopca chłopaka męża wnuka ucznia "
                                   "przyjaciela pracownika lekarza żołnierza dziadka wujka kuzyna pana ptaka "
                                   "dnia tygodnia miesiąca".split())
_POLISH_ACCUSATIVE_BEFORE = frozenset("na w we przez za o".split())
_POLISH_WITH_INSTRUMENTAL = frozenset("z ze nad pod przed za między pomiędzy".split())
_POLISH_NEUTER_IN_E = frozenset("imię zwierzę ramię plemię znamię niemowlę cielę źrebię kurczę szczenię".split())


def _polish_one(noun: str, before: str) -> str:
    if noun.endswith("ą"):  # instrumental, feminine: "z 1 osobą"
        return "jedną"
    if noun.endswith("ę") and noun not in _POLISH_NEUTER_IN_E:  # accusative, feminine: "mam 1 książkę"
        return "jedną"
    if noun.endswith("em") and before in _POLISH_WITH_INSTRUMENTAL:  # "z 1 marynarzem", "pod 1 drzewem"
        return "jednym"  # (not "1 problem")
    case = case_after(before, noun, "pl")
    if case is None and before in {"z", "ze"} and noun.endswith(("a", "u", "y", "i")):
        case = GENITIVE  # "z 1. piętra", "z 1 domu", "ze 2. klasy": "from", whose instrumental would end in -ą, -em
    if case == GENITIVE:  # feminine genitives end in -y, -i: "od 1 osoby", "bez 1 nocy"
        return "jednej" if noun.endswith(("y", "i")) else "jednego"
    if case == DATIVE:
        return "jednemu" if noun.endswith(("owi", "u")) else "jednej"
    if noun in _POLISH_FEMININE_IN_CONSONANT and before in _POLISH_ACCUSATIVE_BEFORE:
        return "jedną"  # the accusative: "na 1 noc", "przez 1 noc"
    if before in _POLISH_LOCATIVE_BEFORE:  # the singular locative where its ending tells the gender
        if noun.endswith("u"):
            return "jednym"  # "w 1 dniu", "po 1 roku"
        if noun.endswith(("i", "y")) or noun in _POLISH_FEMININE_LOCATIVES_IN_E:
            return "jednej"  # "w 1 nocy", "na 1 stronie"
    if case is not None or before in PREPOSITIONS["pl"] and noun.endswith(("e", "i", "u")):
        return "jeden"
    if noun in _POLISH_MASCULINE_IN_A:
        return "jednego"
    if noun.endswith(("a", "ść")) or noun in _POLISH_FEMININE_IN_CONSONANT:  # "jedna łódź", "jedna miłość"
        return "jedna"
    return "jedno" if noun.endswith(("o", "e", "ę", "um")) else "jeden"


# a Polish ordinal before its noun ("2. wydanie") takes the ending "one" takes before it: "jedną" książkę, "drugą";
# "jednej" osoby, "drugiej"; after a locative's preposition, -ym, or -ej where the noun ends as a feminine
# locative does ("w 2. rozdziale" "drugim", "w 3. części" "trzeciej", "na 5. stronie" "piątej")
_POLISH_ORDINAL_ENDINGS = {"jedną": "ą", "jednym": "ym", "jednej": "ej", "jednego": "ego", "jednemu": "emu",
                           "jedna": "a", "jedno": "e"}
_POLISH_LOCATIVE_BEFORE = frozenset("w we na o po przy".split())
_POLISH_FEMININE_LOCATIVES_IN_E = frozenset("stronie klasie połowie książce godzinie minucie sekundzie kolumnie "
                                            "scenie lidze rundzie linijce zwrotce księdze szkole drodze wojnie "
                                            "dekadzie epoce kadencji osobie".split())
_POLISH_AND = frozenset("i oraz lub albo czy a".split())


def polish_ordinal(words: str, noun: str, before: str | None) -> str:
    """A Polish ordinal (num2words' masculine nominative, "drugi", "dwudziesty piąty") in the gender and case of
    the noun after it: "drugie wydanie", "druga część", "w drugim rozdziale", "do trzeciego tomu"."""
    noun, before = noun.lower(), (before or "").lower()
    if noun in _NOT_NOUNS["pl"] or before in _POLISH_AND:
        return words  # "w 2. i 3. rozdziale": the noun is further on, the preposition further back
    form = _polish_one(noun, before)
    ending = _POLISH_ORDINAL_ENDINGS.get(form)
    if form == "jeden" and before in _POLISH_LOCATIVE_BEFORE:
        if noun.endswith("ach"):
            ending = "ych"
        elif noun.endswith(("i", "y")) or noun in _POLISH_FEMININE_LOCATIVES_IN_E:
            ending = "ej"
        elif noun.endswith(("e", "u")):
            ending = "ym"
    return polish_case(words, ending) if ending else words


def one_and_a_half(noun: str, before: str | None, language: str, *, feminine: bool | None = None) -> str | None:
    """1,5 before its noun, as Russian and Polish say it: "полтора часа", "полторы минуты", "около полутора часов",
    "półtora roku", "półtorej godziny" (it was "одна целая пять десятых часа", "jeden przecinek pięć roku"); None
    in the other languages. `feminine`: the noun's gender where known (a unit's), else told by its genitive's
    ending ("минуты", "godziny")."""
    if language not in {"ru", "pl"}:
        return None
    if feminine is None:
        feminine = noun.lower().endswith(("ы", "и") if language == "ru" else ("y", "i"))
    if language == "ru" and case_after((before or "").lower(), noun.lower(), "ru") is not None:
        return "полутора"  # every oblique case: "около полутора часов", "с полутора тысячами"
    return {"ru": ("полтора", "полторы"), "pl": ("półtora", "półtorej")}[language][feminine]


def one_before_noun(number: int, noun: str, language: str, before: str | None = None) -> str | None:
    """"ein Tag", "eine Stunde", "en timme", "ett år", "jedna godzina", "jedno okno", "одна минута",
    "одно окно"; None when `number` is not one or the word after it is no noun the rule knows."""
    if number != 1 or not counts_noun(noun, before, language):
        return None
    if language == "de":
        if noun == "Uhr":  # a time, not a count: "um ein Uhr" (it was "um einen Uhr")
            return "ein"
        return _german_one(noun, (before or "").lower()) if noun[:1].isupper() else None
    if language == "sv":
        return "ett" if noun in _SWEDISH_NEUTER else "en"
    if language == "pl":
        return _polish_one(noun, (before or "").lower())
    case = singular_case_after(before, noun, "ru")
    if case == LOCATIVE and noun.endswith(("е", "и")):
        return None  # the prepositional, which the numbers step says ("в одном доме", "в одной тетради")
    if (case == DATIVE or (before or "").lower() == "по") and noun.endswith(("у", "ю")):
        return "одному"
    if case == GENITIVE and noun.endswith(("а", "я")):
        return "одного"
    if noun.endswith("ь") and is_russian_feminine_soft(noun):  # "одна ночь", "через одну ночь"
        return "одну" if (before or "").lower() in _RUSSIAN_ACCUSATIVE_BEFORE else "одна"
    if noun.endswith("ью") and is_russian_feminine_soft(noun[:-1]):  # "с одной лошадью"
        return "одной"
    return next((form for ending, form in _RUSSIAN_ONE if noun.endswith(ending)), "один")


def german_gender(noun: str) -> str:
    """"f", "m" or "n": a German noun's gender by its ending, or a list of frequent neuter nouns and masculine ones
    in -e (the others are taken as masculine)."""
    if noun in _GERMAN_NEUTER or noun.endswith(_GERMAN_NEUTER_ENDINGS):
        return "n"
    if (noun.endswith(_GERMAN_FEMININE) and noun not in _GERMAN_MASCULINE_IN_E or noun in _GERMAN_FEMININE_WORDS
            or noun.endswith(_GERMAN_FEMININE_PARTS)):
        return "f"
    return "m"


def _german_one(noun: str, before: str) -> str:
    """"ein", "eine", "einen", "einem", "einer": by the noun's gender and the case the preposition or the
    frequent verb before the count gives (else the nominative)."""
    gender = german_gender(noun)
    case = "dative" if before in _GERMAN_DATIVE else "accusative" if (
        before in _GERMAN_ACCUSATIVE or before in _GERMAN_ACCUSATIVE_VERBS) else "nominative"
    return _GERMAN_ONE[case][gender]


# English puts a measure before its noun in the singular: "a 5 km run" is "a five kilometer run"
_MEASURE_DETERMINERS = frozenset("a an the this that these those his her its their our my your every each another"
                                 # "the first 5 lb bag", "two 3 m poles"
                                 " first second third last next other same few several two three four five six"
                                 .split())
_ORDINAL_IN_FIGURES = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 1st 5 lb bag", before the ordinals are words
_MEASURED_NOUN = re.compile(r"\s+([a-z]+)")
_NOT_MEASURED_NOUNS = frozenset("of in on at to from and or but by per away high long wide deep tall thick above "
                                "below across into onto for with ahead behind off down up out a an the is was are "
                                "were be has had as than north south east west around along beyond further farther "
                                "more less before after ago later earlier left remaining".split())


def before_its_noun(match: re.Match[str]) -> bool:
    """An English measure used as an adjective: a determiner before it, a noun after ("the 3 m wall")."""
    before = word_before(match.string, match.start())
    if before is None or (before.lower() not in _MEASURE_DETERMINERS and not _ORDINAL_IN_FIGURES.fullmatch(before)):
        return False
    after = _MEASURED_NOUN.match(match.string, match.end())
    return bool(after) and after.group(1) not in _NOT_MEASURED_NOUNS
