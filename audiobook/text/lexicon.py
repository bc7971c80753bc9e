"""Pronunciation lexicons: the user's file and PLS lexicons shipped inside an EPUB.

User lexicon, a UTF-8 text file:

    # comments and blank lines are ignored
    [en]                      # the entries below are for English ([*]: every language)
    Nguyen = Win              # a respelling, read by every engine
    pecan = /pɪˈkɑːn/         # IPA between slashes

A word matches whole, case-sensitively if it has capitals, else in any case. A
respelling replaces the word in the heard text. An IPA entry is marked there as
⟦IPA|word⟧ and each engine reads it its own way: Piper takes the IPA as raw phonemes,
espeak-ng gets it converted to its phoneme notation (a common subset of IPA), and an
engine without phoneme input (Voice.ai: use its pronunciation dictionaries) gets the word.
EPUB PLS lexicons (W3C Pronunciation Lexicon) give the same two kinds: <alias> is a
respelling, <phoneme> (alphabet ipa) an IPA entry; the user's file wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from audiobook.errors import ConfigurationError
from audiobook.text.unicode_files import unicode_text

PLS_NS = "http://www.w3.org/2005/01/pronunciation-lexicon"
_MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")
# a mark in its place, for the phoneme engines (`_phoneme_block`): an article alone and opening quotes or brackets
# before it, a possessive, closing quotes or brackets and punctuation after it ("a “⟦ˈnɡwɪən|Nguyen⟧’s”,")
_MARK_IN_PLACE = re.compile(r"(?:(?<![\w'’])([aA])\s+)?([\"“‘«„‚(\[{/]*)⟦([^|⟧]+)\|([^⟧]+)⟧(['’]s(?!\w))?"
                            r"([\"”’»)\]},.;:!?…]*)")
_STOPS = frozenset(",.;:!?")  # the punctuation Piper's voice has phonemes for


def ipa_marked(ipa: str, words: str) -> str:
    """`words` marked with their pronunciation in IPA, as the heard text carries it for `engine_markup`."""
    return f"⟦{ipa}|{words}⟧"


@dataclass(frozen=True)
class Lexicon:
    """language ("*" for all) -> word -> (replacement, is_ipa)."""

    entries: dict[str, dict[str, tuple[str, bool]]] = field(default_factory=dict)

    def merged(self, other: Lexicon) -> Lexicon:
        """This lexicon with `other`'s entries over it."""
        languages = set(self.entries) | set(other.entries)
        return Lexicon({lang: {**self.entries.get(lang, {}), **other.entries.get(lang, {})} for lang in languages})

    def __bool__(self) -> bool:
        return any(self.entries.values())


def lexicon_entry(value: str) -> tuple[str, bool]:
    """A lexicon value: (respelling, False), or (IPA, True) when written between slashes."""
    value = value.strip()
    if len(value) > 2 and value.startswith("/") and value.endswith("/"):
        return value[1:-1].strip(), True
    return value, False


def load_lexicon(path: str | Path) -> Lexicon:
    """Read a user lexicon; ConfigurationError names the file and line of a bad entry."""
    source = Path(path)
    try:
        lines = unicode_text(source.read_bytes()).splitlines()  # Notepad's "Unicode" is UTF-16
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{source}: cannot read the lexicon ({exc})") from exc
    entries: dict[str, dict[str, tuple[str, bool]]] = {}
    language = "*"
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if section := re.fullmatch(r"\[([a-z]{2}|\*)\]", line):
            language = section.group(1)
            continue
        word, sep, value = line.partition("=")
        if not sep or not word.strip() or not value.strip():
            raise ConfigurationError(f"{source}:{number}: expected 'word = respelling' or 'word = /ipa/'")
        entries.setdefault(language, {})[word.strip()] = lexicon_entry(value)
    return Lexicon(entries)


def parse_pls(data: bytes, default_language: str) -> Lexicon:
    """A PLS document's lexemes (alias, else IPA phoneme), or an empty lexicon if it has none usable."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    language = (root.get("{http://www.w3.org/XML/1998/namespace}lang") or default_language or "*")[:2].lower()
    alphabet = (root.get("alphabet") or "ipa").lower()
    words: dict[str, tuple[str, bool]] = {}
    for lexeme in root.iter(f"{{{PLS_NS}}}lexeme"):
        alias = lexeme.findtext(f"{{{PLS_NS}}}alias")
        phoneme = lexeme.find(f"{{{PLS_NS}}}phoneme")
        if alias and alias.strip():
            value = (alias.strip(), False)
        elif phoneme is not None and (phoneme.get("alphabet") or alphabet).lower() == "ipa" and (phoneme.text or "").strip():
            value = ((phoneme.text or "").strip(), True)
        else:
            continue
        for grapheme in lexeme.iterfind(f"{{{PLS_NS}}}grapheme"):
            if grapheme.text and grapheme.text.strip():
                words[grapheme.text.strip()] = value
    return Lexicon({language: words} if words else {})


def apply_lexicon(text: str, language: str, lexicon: Lexicon) -> str:
    """`text` with the lexicon's words replaced (respellings) or marked (IPA)."""
    table = {**lexicon.entries.get("*", {}), **lexicon.entries.get(language, {})}
    if not table:
        return text
    for word, (value, is_ipa) in sorted(table.items(), key=lambda item: -len(item[0])):
        flags = 0 if any(ch.isupper() for ch in word) else re.IGNORECASE
        def replace(match: re.Match[str], value: str = value, is_ipa: bool = is_ipa) -> str:
            return ipa_marked(value, match.group(0)) if is_ipa else value

        text = re.sub(rf"(?<![\w⟦|]){re.escape(word)}(?![\w|⟧])", replace, text, flags=flags)
    return text


# IPA -> espeak-ng phoneme mnemonics, longest first (a common subset; stress and length marks included)
_IPA_TO_ESPEAK = sorted({
    "tʃ": "tS", "dʒ": "dZ", "eɪ": "eI", "aɪ": "aI", "ɔɪ": "OI", "oʊ": "oU", "əʊ": "@U", "aʊ": "aU", "ɪə": "i@",
    "eə": "e@", "ʊə": "U@", "ˈ": "'", "ˌ": ",", "ː": ":", "ə": "@", "ɪ": "I", "ɛ": "E", "æ": "a", "ʌ": "V", "ʊ": "U",
    "ɒ": "0", "ɔ": "O", "ɑ": "A", "ɜ": "3", "ɐ": "a", "θ": "T", "ð": "D", "ʃ": "S", "ʒ": "Z", "ŋ": "N", "ɹ": "r",
    "ʁ": "R", "ɾ": "*", "ɲ": "n^", "ʎ": "l^", "ç": "C", "ɣ": "Q", "β": "B", "ø": "Y", "œ": "W", "ɥ": "j",
    "ɚ": "3", "ɝ": "3:", "\u0303": "~", "ʔ": "?", "ɡ": "g", ".": "",
}.items(), key=lambda item: -len(item[0]))


def ipa_to_espeak(ipa: str) -> str:
    for symbol, mnemonic in _IPA_TO_ESPEAK:
        ipa = ipa.replace(symbol, mnemonic)
    return ipa


def engine_markup(text: str, style: str | None, language: str) -> str:
    """Write the heard text's pronunciation marks in an engine's notation.

    The lexicon was applied once, by the segmenter, leaving ⟦IPA|word⟧ marks; this only
    spells them out: "ipa" -> [[IPA]] (Piper), "espeak" -> [[mnemonics]], None -> the word.
    A phoneme block is read apart from the text around it, so its place is written for each engine
    (`_phoneme_block`); a possessive after it ("Nguyen's") joins it."""
    if "⟦" not in text:
        return text
    if style is None:
        return _MARK.sub(lambda m: m.group(2), text)
    return _MARK_IN_PLACE.sub(lambda mark: _phoneme_block(mark, style, language), text)


def _phoneme_block(mark: re.Match[str], style: str, language: str) -> str:
    """A mark in its place as a phoneme engine reads it.

    espeak-ng says nothing for a block that an opening quote or bracket touches ("(⟦ˈeɪ|a⟧)", "“⟦beɪs|bass⟧”" lost
    their words): a space parts them. Piper's library phonemizes the text between blocks apart from them: an "a"
    alone before a block was the letter ("ay bass"), and a comma or a full stop after one was lost, its words run
    into the next: the article and the punctuation go into the block, the silent quotes and brackets are left out.
    A possessive after a block was read as the letter "s" by both: its ending joins the block's phonemes."""
    article, openers, ipa, _, possessive, after = mark.groups()
    if possessive:
        ipa += possessive_ending(ipa, language)
    if style == "ipa":
        stops = "".join(sign for sign in after.replace("…", ".") if sign in _STOPS)
        source, start, end = mark.string, mark.start(), mark.end()  # a space where a dropped sign parted words
        return (f"{' ' if openers and start and not source[start - 1].isspace() else ''}"
                f"[[{'ɐ ' if article else ''}{ipa}{stops}]]"
                f"{' ' if len(stops) < len(after) and end < len(source) and not source[end].isspace() else ''}")
    before = f"{article} " if article else ""
    return f"{before}{openers}{' ' if openers else ''}[[{ipa_to_espeak(ipa)}]]{after}"


def possessive_ending(ipa: str, language: str) -> str:
    """The sound of "'s" after a word said `ipa`: in English "ɪz" after a hissing sound ("Keats's"), "s" after
    another voiceless one, else "z"; in the other languages that write it (Dutch "Anna's"), "s"."""
    if language != "en":
        return "s"
    sound = ipa.rstrip("ːˑˈˌ. ")
    if sound.endswith(("s", "z", "ʃ", "ʒ", "ʧ", "ʤ")):
        return "ɪz"
    return "s" if sound.endswith(("p", "t", "k", "f", "θ")) else "z"


def with_pronunciations(text: str, start: int, source: str, spans: tuple[tuple[int, int, str, str], ...]) -> str:
    """`text` (`source[start:start + len(text)]`, a segment of its block) with each pronounced span inside it marked
    as a lexicon's IPA entry is ("⟦beɪs|bass⟧"); a span whose words are no longer there is left as written."""
    end = start + len(text)
    if source[start:end] != text:  # a segment's words that are not the block's (an announcement, a marker)
        return text
    for span_start, span_end, ipa, words in sorted(spans, reverse=True):
        if start <= span_start and span_end <= end and source[span_start:span_end] == words:
            at, to = span_start - start, span_end - start
            text = f"{text[:at]}{ipa_marked(ipa, words)}{text[to:]}"
    return text
