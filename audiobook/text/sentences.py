"""Sentence splitting and packing into engine-sized segments.

blingfire finds boundaries (fast, offsets into the original text; see `boundaries`); a per-language
abbreviation merge undoes its false splits (measured: it splits after French "M."
and similar). Packing then groups whole sentences up to a character and word limit;
a sentence over the limit is cut at clause boundaries, then between words, never
inside a word. Every non-space character of the input lands in exactly one piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from audiobook.errors import ParseError
from audiobook.text.boundaries import sentence_offsets
from audiobook.text.normalize.dates import MONTH_NAMES
from audiobook.text.normalize.tables import GERMAN_SENTENCE_OPENERS

# Abbreviations that precede a name or number: the next word is never a new sentence.
_TITLES: dict[str, frozenset[str]] = {
    "en": frozenset("mr mrs ms dr prof st sr jr rev gen col capt lt sgt gov hon messrs mt no vol fig".split()),
    "fr": frozenset("m mm mme mmes mlle mlles dr pr me st ste mgr no vol fig gén cdt".split()),  # not "col"
    "de": frozenset("hr fr frl dr prof st nr bd abb geb verw vgl gen hptm pfr frhr gebr mag".split()),
    "es": frozenset("sr sra srta sres dr dra d dña ud uds lic prof núm vol fig fdo arq tte gral cnel sgto cmdte "
                    "hno hna alm".split()),
    "it": frozenset("sig sigg sig.ra dott dr prof avv ing on s n vol fig gen col cav rag geom mons".split()),
    "pt": frozenset("sr sra srta dr dra prof exmo exma d n vol fig cel sgto sarg brig alm".split()),
    "ca": frozenset("sr sra srta dr dra prof mn n núm vol fig tnt gral gna".split()),  # not "cap"
    "nl": frozenset("dhr mevr mw dr prof mr ir drs st nr fig ds mgr kol weth br zr kapt".split()),  # ("het past.")
    "sv": frozenset("hr fru fr dr prof st nr fig dir kapt past kyrkoh frk doc öv läk".split()),
    "pl": frozenset("p pan pani dr prof inż mgr św nr ks ul al gen płk ppłk kpt mjr ppor por sierż kard bp abp red mec "
                    "dyr doc o bł hab prał".split()),  # "por." is "compare" as well, which no sentence ends with either
    "ru": frozenset("г гг гн гжа т тт с стр им св ул д кв проф др акад доц кап лейт тов свт прп пос ст".split()),
    # (not "полк", a regiment, "ген", a gene, "гр", grams, which may end a sentence)
}
# Abbreviations that may end a sentence ("cap" is a Catalan word, "Kap" a cape, "рис" rice): merge only when a
# lowercase word or digit follows.
_GENERAL: dict[str, frozenset[str]] = {
    "en": frozenset("etc e.g i.e approx vs cf a.m p.m ca ed eds esp jan feb mar apr jun jul aug sep sept oct nov dec "
                    "viz &c chap ch sec eq inc".split()),
    "fr": frozenset("etc cf p.ex env av apr c.-à-d janv févr avr juil sept oct nov déc".split()),
    "de": frozenset("usw etc bzw z.b d.h u.a ca evtl kap ggf s jan feb mär apr jun jul aug sep okt nov dez".split()),
    "es": frozenset("etc p.ej aprox pág págs cf ej cap".split()),
    "it": frozenset("ecc ca cfr pag pagg es cap".split()),
    "pt": frozenset("etc p.ex aprox pág págs cf cap".split()),
    "ca": frozenset("etc p.ex aprox pàg cf cap".split()),
    "nl": frozenset("enz bijv bv d.w.z o.a ca vgl blz hfdst hoofdst afb".split()),
    "sv": frozenset("osv t.ex bl.a m.m ca dvs s jfr kl kap".split()),
    "pl": frozenset("itd itp np tzn tj ok wg zob r w godz rozdz rys".split()),
    "ru": frozenset("т.д т.п др пр см напр гл рис табл".split()),
}

_WORD = re.compile(r"\S+")
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013)\]]\s+|\s[\u2014\u2013-]\s")

# Guards against absurd input: a "sentence" this long is not prose.
MAX_SENTENCE_CHARS = 20_000
MAX_WORD_CHARS = 1_000
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_WORD_CHARS + 1))


def _ends_with_abbreviation(sentence: str, following: str, language: str) -> bool:
    if not sentence.endswith("."):
        return False
    last = sentence.rsplit(None, 1)[-1][:-1]  # the last word, without its full stop
    token = last.lstrip("(\"'«“‘¿¡").lower()
    if language == "ru" and token in _RUSSIAN_YEAR_WORDS and _after_a_number(sentence):
        return following[:1].islower()  # "в 1905 г. Он ушёл": the year's "г." ends the sentence; "г. Москва" does not
    if token in _TITLES.get(language, frozenset()) or token in _TITLES["en"] and language == "en":
        return True
    if len(token) == 1 and token.isalpha() and last[-1:].isupper() and following[:1].isupper():
        return True  # an initial: "J. R. Smith"
    first = following[:1]
    if token in _GENERAL.get(language, frozenset()) and (first.islower() or first.isdigit()):
        return True
    if language in _STREET_NUMBERED and token.endswith("str") and first.isdigit():
        return True  # a street's shortened name before its number: "Hauptstr. 5", "Kerkstr. 12"
    if language == "de" and token in _GERMAN_SCALES and _after_a_number(sentence):
        return following.split(None, 1)[0].rstrip(",;:") not in GERMAN_SENTENCE_OPENERS  # "3 Mio. Euro"
    return language == "de" and _is_german_ordinal(sentence, token, following)


_GERMAN_SCALES = frozenset({"tsd", "mio", "mrd"})  # a noun follows ("3 Mio. Euro") or a sentence ("3 Mio. Die")
_STREET_NUMBERED = frozenset({"de", "nl"})  # the languages that shorten a street's name as "...str."
_RUSSIAN_YEAR_WORDS = frozenset({"г", "гг"})  # год, годы after a number; город before a name


def _after_a_number(sentence: str) -> bool:
    """Whether the sentence's last word follows a number ("1905 г.", "1990-х гг.")."""
    words = sentence.rsplit(None, 2)
    return len(words) > 1 and words[-2][:1].isdigit()


# German writes an ordinal as its number and a full stop before its noun: "am 3. Mai", "im 19. Jahrhundert"
_GERMAN_BEFORE_ORDINAL = frozenset("am im vom zum beim der die das den dem des".split())
_GERMAN_MONTH = re.compile(rf"(?:{MONTH_NAMES['de'].replace(' ', '|')}|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|"
                           r"Dez)\b")


def _is_german_ordinal(sentence: str, token: str, following: str) -> bool:
    """Whether the full stop ending `sentence` is an ordinal's ("am 3." before "Mai"), not the sentence's end:
    an article or "am" before the number, or a month after it."""
    if not (token.isdigit() and len(token) <= 3):
        return False
    words = sentence.rsplit(None, 2)
    return (len(words) > 1 and words[-2].lower() in _GERMAN_BEFORE_ORDINAL) or bool(_GERMAN_MONTH.match(following))


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, covering all its non-space text."""
    if not text.strip():
        return []
    offsets = sentence_offsets(text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for start, end in offsets:
        if start < cursor:  # defensive: never overlap
            start = cursor
        if end <= start:
            continue
        if spans and text[cursor:start].strip():
            # blingfire skipped something: keep it with the previous sentence
            spans[-1] = (spans[-1][0], start)
        spans.append((start, end))
        cursor = end
    if not spans:
        spans = [(0, len(text))]
    elif text[cursor:].strip():
        spans[-1] = (spans[-1][0], len(text))
    merged: list[tuple[int, int]] = [spans[0]]
    for start, end in spans[1:]:
        previous_start, previous_end = merged[-1]
        first = text[start]
        if first in _OPENERS and (closing := _closing_quotes(text, start, language)):
            previous_end = start = start + closing  # the quote closes the sentence before: "« Au secours ! »"
            while start < end and text[start].isspace():
                start += 1
            merged[-1] = (previous_start, previous_end if start < end else end)
            if start >= end:
                continue
            first = text[start]
        # a "sentence" that starts in lower case, after a dash or not, goes on the one before: blingfire ends one
        # after a quoted exclamation ('"Stop!" he cried.', '"Help!" — and he ran')
        if first.islower() or (first in "\u2014\u2013" and _lower_after_dash(text, start)) or (
                text[previous_end - 1] == "." and _ends_with_abbreviation(text[previous_start:previous_end],
                                                                          text[start:end], language)):
            merged[-1] = (previous_start, end)
        else:
            merged.append((start, end))
    return merged


# The quotes each closing quote closes; one that is among its own opens and closes by turns ('"', Swedish ”…” and
# »…»). German opens with » and closes with «, Polish either way; the other languages close with » only.
_OPENERS = {"»": "«»", "«": "»", "”": "“„”", "“": "„", '"': '"'}
_ALWAYS_CLOSING = {"»": frozenset("en fr es it pt ca ru nl".split()), "«": frozenset({"de"})}
_MAY_CLOSE = {"«": frozenset({"de", "pl", "sv"}), "“": frozenset({"de", "ru"})}  # elsewhere these only open
_CLOSING_RUN = re.compile(r"[»«”“\"’)\]]+")


def _closing_quotes(text: str, start: int, language: str) -> int:
    """How many characters at `start` are quotes that close the sentence before rather than open the next
    (blingfire ends a sentence inside its quotes: "Il dit : « Viens." and "» Puis il part."): a quote that only
    closes in the language, one that closes a quote the paragraph left open (a quotation may run over several
    sentences), or one that ends the paragraph. 0 when the next sentence opens its own."""
    quote = text[start:start + 1]
    openers = _OPENERS.get(quote)
    if openers is None or language not in _MAY_CLOSE.get(quote, (language,)):
        return 0
    run = _CLOSING_RUN.match(text, start)
    assert run is not None
    if text[run.end():run.end() + 1].isalnum():
        return 0  # a quote a word follows opens: "“Stop", "»Komm"; one that closes stands before a space or a sign
    if language not in _ALWAYS_CLOSING.get(quote, ()):
        closed = text.count(quote, 0, start)
        opened = sum(text.count(opener, 0, start) for opener in openers if opener != quote)
        left_open = opened > closed or (not opened and quote in openers and closed % 2)
        if not left_open and not _SPACE_TO_END.match(text, run.end()):
            return 0
    return run.end() - start


_SPACE_TO_END = re.compile(r"\s*\Z")
_AFTER_A_DASH = re.compile(r"[\u2014\u2013]\s*([^\W\d_])")


def _lower_after_dash(text: str, start: int) -> bool:
    """Whether the dash at `start` is followed by a word in lower case ("— and he ran")."""
    word = _AFTER_A_DASH.match(text, start)
    return bool(word) and word.group(1).islower()


def split_sentences(text: str, language: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s:e].strip() for s, e in sentence_spans(text, language)]


def _word_count(text: str) -> int:
    return len(text.split())


def _split_long(sentence: str, max_chars: int, max_words: int) -> Iterator[str]:
    """Cut an over-long sentence at clause boundaries, else between words."""
    rest = sentence.strip()
    while len(rest) > max_chars or _word_count(rest) > max_words:
        # the largest prefix within both limits (only the first max_words words can be in it)
        words = list(islice(_WORD.finditer(rest), max_words))
        limit_index = min(max_words, len(words)) - 1
        while limit_index > 0 and words[limit_index].end() > max_chars:
            limit_index -= 1
        window_end = words[max(limit_index, 0)].end()
        cut = None
        for match in _CLAUSE_BREAK.finditer(rest, 0, window_end + 1):
            if match.start() > window_end * 0.3:
                cut = match.start() + 1 if rest[match.start()] != " " else match.start()
        if cut is None or cut <= 0:
            cut = window_end
        piece, rest = rest[:cut].strip(), rest[cut:].strip()
        if not piece:  # a single word longer than the limit: keep it whole
            word_end = words[0].end()
            piece, rest = rest[:word_end], rest[word_end:].strip()
        yield piece
    if rest:
        yield rest


def without_long_runs(text: str) -> tuple[str, list[str]]:
    """`text` without its runs of more than MAX_WORD_CHARS characters without spaces (a key in hexadecimal, a
    line of base64 in a code listing), and those runs."""
    runs = _LONG_RUN.findall(text)
    return (" ".join(_LONG_RUN.sub(" ", text).split()), runs) if runs else (text, [])


def pack_segments(text: str, language: str, *, max_chars: int, max_words: int, where: str = "") -> list[str]:
    """Group the sentences of one block into pieces within the limits.

    Raises ParseError for text no engine should be asked to read (a huge run with
    no sentence punctuation, or an enormous "word").
    """
    if len(text) <= max_chars and " ".join(words := text.split()) == text:
        # already one piece if it fits: packing whole sentences would rebuild exactly this text
        if len(words) <= max_words:
            return [text] if text else []
    pieces: list[str] = []
    current, current_words = "", 0
    for start, end in sentence_spans(text, language):
        sentence = text[start:end].strip()
        if len(sentence) > MAX_SENTENCE_CHARS:
            raise ParseError(where, f"a paragraph of {len(sentence):,} characters has no sentence punctuation")
        if len(sentence) > MAX_WORD_CHARS and (run := _LONG_RUN.search(sentence)):
            raise ParseError(where, f"unreadable run of {len(run.group(0)):,} characters without spaces")
        words = _word_count(sentence)
        if len(sentence) > max_chars or words > max_words:
            if current:
                pieces.append(current)
                current, current_words = "", 0
            pieces.extend(_split_long(sentence, max_chars, max_words))
            continue
        if current and len(current) + 1 + len(sentence) <= max_chars and current_words + words <= max_words:
            current, current_words = f"{current} {sentence}", current_words + words
        elif current:
            pieces.append(current)
            current, current_words = sentence, words
        else:
            current, current_words = sentence, words
    if current:
        pieces.append(current)
    if len(pieces) > 1 and any(not piece[:1].isalnum() and not READABLE.search(piece) for piece in pieces):
        pieces = _signs_joined(pieces, max_chars, max_words)
    return pieces


READABLE = re.compile(r"[^\W_]")  # a letter or digit: what a voice reads


def _signs_joined(pieces: list[str], max_chars: int, max_words: int) -> list[str]:
    """The pieces with one of signs alone (a guillemet a long sentence's split left over, "»"; a plain-text table's
    rule of dashes) joined to the piece before it, else to the one after, where the two fit in the limits: a voice
    was asked to read "»" (and said nothing, for as long as the clip took)."""
    def fit(first: str, second: str) -> bool:
        return len(first) + 1 + len(second) <= max_chars and len(first.split()) + len(second.split()) <= max_words

    joined: list[str] = []
    waiting = ""  # signs that did not fit before them, for the piece after
    for piece in pieces:
        signs = not READABLE.search(piece)
        if signs and joined and not waiting and fit(joined[-1], piece):
            joined[-1] = f"{joined[-1]} {piece}"
            continue
        if waiting and fit(waiting, piece):
            piece, waiting = f"{waiting} {piece}", ""
        elif waiting:
            joined.append(waiting)
            waiting = ""
        if signs:  # joined to signs that waited, still signs alone
            waiting = piece
        else:
            joined.append(piece)
    if waiting:
        joined.append(waiting)
    return joined
