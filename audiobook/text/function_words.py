"""Function words: the quick way to see that a passage is plainly in the language expected.

Most paragraphs of a book are in its own language, and asking the language model about
each costs more than everything else in choosing a language. A sample with several of the
expected language's commonest words, and few of any other's, is in that language: the
model would say so too. Anything less plain still goes to the model.

Each list is the 40 commonest words of a language whose frequency in every one of the
other 10 is at most 1/40 of theirs (wordfreq 3.1 frequencies; topical words such as
place names removed). So no word is on two lists.
"""

from __future__ import annotations

import re

FUNCTION_WORDS: dict[str, str] = {
    "en": ("the and that you it with this be are have at not from your his they if like about out what when more "
           "were who their there which get been would she people how some them now other its our"),
    "ca": ("els amb és més dels aquest aquesta molt seva també són cap anys això estat quan ara què pel perquè "
           "tots després està fet altres només persones pot té encara així veure gràcies lloc mateix món vaig "
           "pels bé ciutat"),
    "sv": ("är det att och jag på inte för med har av så till ett var ska när vad från här bara eller då hur "
           "kommer vill sig vara där får bra finns skulle ut dig hade ju lite mycket upp"),
    "es": ("las más pero sus ya cuando yo hay fue muy también eso qué así años puede hasta hacer ahora esto hace "
           "donde tiempo día mejor mucho ese mismo siempre después están esa estoy año otro otros gracias otra "
           "cosas personas"),
    "fr": ("est une pour dans au qu plus avec vous ça elle sont tout fait comme être ils cette faire aux même "
           "était été aussi peut deux leur ces quand après suis très tous sans avoir où encore alors avait "
           "autres"),
    "de": ("der und ist nicht zu von mit ein auf für eine sich auch dass bei aber aus hat sind nach noch wir nur "
           "wenn oder wird einen haben einer zum kann über dann einem schon habe mehr mir vor zur"),
    "it": ("di che è della sono più dei nel anche gli delle questo dal essere io nella cui stato tutti questa "
           "tutto hanno tra fatto suo loro perché anni sia fare così dalla degli dopo poi quello chi ancora "
           "molto senza"),
    "pt": ("é não uma foi ao você tem são ele muito isso já também ela só pela bem até mesmo pode pessoas tudo "
           "ainda fazer minha anos quem sem agora assim depois onde vou estão eles há tenho melhor bom foram"),
    "pl": ("w nie się z jest że jak ale tak za od dla tym czy przez tego są tylko już mnie może oraz bardzo "
           "będzie być jego sobie mam jeśli roku też jeszcze był które jako jestem było jej kiedy który"),
    "ru": ("в и на не с что я по а как из это за для о к но то у его он от все так же мы до ты только был если "
           "когда было мне меня уже еще бы или их"),
    "nl": ("het een op ik dat voor met niet zijn maar aan hij ook naar uit bij wat heeft deze hebben meer zo "
           "geen mijn wel wordt heb haar kunnen veel jaar moet hoe mensen ons waar werd goed gaan gaat"),
}

_WORDS_OF: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in FUNCTION_WORDS.items()}
_ALL_WORDS: frozenset[str] = frozenset().union(*_WORDS_OF.values())
_WORD = re.compile(r"[^\W\d_]+")

# at least this many of the language's words, and this many times all other languages' together
MIN_HITS = 3
MIN_MARGIN = 3


def plainly_in(sample: str, language: str) -> bool:
    """True when `sample` shows `language`'s function words and hardly any other language's."""
    words = _WORD.findall(sample.lower())
    hits = sum(map(_WORDS_OF[language].__contains__, words))
    others = sum(map(_ALL_WORDS.__contains__, words)) - hits
    return hits >= MIN_HITS and hits >= MIN_MARGIN * others
