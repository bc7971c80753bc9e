"""The cases Russian and Polish prepositions govern: a count after one (`cases`), a title before a name
(`titles`)."""

from __future__ import annotations

GENITIVE, DATIVE, INSTRUMENTAL, LOCATIVE = "genitive", "dative", "instrumental", "prepositional"
# prepositions that govern one case
ONE_CASE: dict[str, dict[str, str]] = {
    "ru": {**dict.fromkeys("до от ото из изо без безо для около после у кроме среди вместо возле вокруг мимо "
                           "против свыше более менее порядка течение".split(), GENITIVE),
           **dict.fromkeys("к ко благодаря согласно навстречу вопреки".split(), DATIVE),
           **dict.fromkeys("о об обо при".split(), LOCATIVE),
           **dict.fromkeys("между".split(), INSTRUMENTAL)},
    "pl": {**dict.fromkeys("od do bez dla około koło u obok według wśród zamiast podczas spośród ciągu wobec".split(),
                           GENITIVE),
           **dict.fromkeys("ku dzięki przeciw przeciwko wbrew".split(), DATIVE),
           **dict.fromkeys("przy".split(), LOCATIVE),
           **dict.fromkeys("między pomiędzy".split(), INSTRUMENTAL)},
}
# prepositions with two cases: the oblique one where the noun's plural ending shows it (the few instrumentals in
# -ьми, -mi too: "с 5 детьми", "z 5 przyjaciółmi")
TWO_CASES: dict[str, dict[str, tuple[tuple[tuple[str, ...], str], ...]]] = {
    "ru": {**dict.fromkeys("в во на".split(), ((("ах", "ях"), LOCATIVE),)),
           **dict.fromkeys("с со".split(), ((("ами", "ями", "ьми"), INSTRUMENTAL),)),
           **dict.fromkeys("за под над перед".split(), ((("ами", "ями", "ьми"), INSTRUMENTAL),))},
    "pl": {**dict.fromkeys("w we na o po".split(), ((("ach",), LOCATIVE),)),
           **dict.fromkeys("z ze".split(), ((("ami", "mi"), INSTRUMENTAL), (("ów", "ek", "ych", "ich", "osób", "lat",
                                                                               "dni", "ludzi", "razy"), GENITIVE))),
           **dict.fromkeys("za pod nad przed".split(), ((("ami", "mi"), INSTRUMENTAL),))},
}


def governing(language: str, case: str) -> tuple[str, ...]:
    """The prepositions that may govern `case` in `language`, one case or two."""
    return (*(word for word, governed in ONE_CASE[language].items() if governed == case),
            *(word for word, options in TWO_CASES[language].items() if any(option == case for _, option in options)))
