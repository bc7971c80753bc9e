"""Words espeak-ng hands to another language's voice, written so that the book's language keeps them.

espeak-ng's French dictionary and rules read some French words with its English voice and phonemes: names with
"th" (Athos, Marthe, Mathilde, Arthur, Judith, Agathe), words with it ("enthousiasme", "léthargique", "éther"),
colloquial elisions ("p’tit", "v’là", "j’crois", "qu’hypothèse"), "assieds", and "dos" and "jury" ("doss",
"djoory"); its European Portuguese voice does so with names with "th" (Judith, Arthur, Thomas). The corpus's
French novel had 684 such words; apart from its American names and English words (Stangerson, William,
"lavatory") each was wrong. Whether espeak-ng switches is asked of its own library, in process (about 20 µs a
word, each word once), so that only the words it does switch are written again: as the language spells their
sound ("Atos", "ptit", "qu’ypothèse", "dô"; "Judite"), where that keeps them in it; a name these spellings leave
alone stays as espeak-ng reads it. Without the library, text is sent as it is.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import re
import threading

_LIBRARY_NAMES = ("espeak-ng", "libespeak-ng.so.1")
_SYNCHRONOUS, _DO_NOT_EXIT, _UTF8 = 0x02, 0x8000, 1
_SWITCH = re.compile(r"\([a-z]{2,3}(?:-[a-z]+)?\)")  # "(en)" before the phonemes of another language's voice
_LOCK = threading.Lock()  # the library keeps one global state


class _Phonemizer:
    """espeak-ng's library, loaded once, for the phonemes of a word in a voice."""

    def __init__(self) -> None:
        library = None
        for name in _LIBRARY_NAMES:
            path = ctypes.util.find_library(name) or name
            try:
                library = ctypes.CDLL(path)
                break
            except OSError:
                continue
        if library is None:
            raise OSError("espeak-ng's library is not installed")
        library.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        library.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        library.espeak_TextToPhonemes.restype = ctypes.c_char_p
        if library.espeak_Initialize(_SYNCHRONOUS, 0, None, _DO_NOT_EXIT) <= 0:
            raise OSError("espeak-ng's library could not start")
        self._library = library
        self._voice = ""

    def phonemes(self, word: str, voice: str) -> str:
        if voice != self._voice:
            if self._library.espeak_SetVoiceByName(voice.encode()) != 0:
                raise OSError(f"espeak-ng has no voice {voice!r}")
            self._voice = voice
        text = ctypes.create_string_buffer(word.encode("utf-8"))
        cursor = ctypes.c_void_p(ctypes.addressof(text))
        clauses = []
        while cursor.value:
            clause = self._library.espeak_TextToPhonemes(ctypes.byref(cursor), _UTF8, 0)
            clauses.append(clause.decode("utf-8", "replace") if clause else "")
        return " ".join(clauses)


@functools.lru_cache(maxsize=1)
def _phonemizer() -> _Phonemizer | None:
    try:
        return _Phonemizer()
    except (OSError, AttributeError):
        return None


@functools.lru_cache(maxsize=1 << 16)
def switches_voice(word: str, voice: str) -> bool:
    """Whether espeak-ng's `voice` reads `word` with another language's voice (False without its library)."""
    phonemizer = _phonemizer()
    if phonemizer is None:
        return False
    with _LOCK:
        return bool(_SWITCH.search(phonemizer.phonemes(word, voice)))


# French spellings of the same sound, tried together on a word espeak-ng switches: "th" is "t", and a final one
# "tte" (a final "t" is silent: "Judith" "Juditte"); a final "-ther" is "-tèr" (not the "-ter" of an infinitive); an
# elided letter between consonants is written against them ("p’tit", "v’là", "Mam’zelle"; "l’homme" and
# "aujourd’hui", before an "h" or a vowel, are French to it); a mute "h" after an elision is dropped
# ("qu’hypothèse"); "assieds" is "assiés"; and the words its dictionary gives the English voice
_CONSONANT = "bcdfgjklmnpqrstvwxzBCDFGJKLMNPQRSTVWXZ"
_TH_AS_T = ((re.compile(r"T[hH]"), "T"), (re.compile(r"th"), "t"), (re.compile(r"TH"), "T"))
_FRENCH_SPELLINGS = (
    (re.compile(r"ther\b"), "tèr"), (re.compile(r"th\b"), "tte"), *_TH_AS_T,
    (re.compile(rf"(?:(?<=[{_CONSONANT}])|(?<=\b[qQ]u))[’'](?=[{_CONSONANT}])"), ""),
    (re.compile(r"(?<=[’'])[hH](?=[aeiouyéèêâîôûAEIOUYÉÈ])"), ""),
    (re.compile(r"ieds?\b"), lambda match: "ié" + match.group(0)[3:]),
)
# Portuguese writes these names so ("Judite", "Rute", "Artur", "Matilde"); its European voice switched them
_PORTUGUESE_SPELLINGS = ((re.compile(r"th\b"), "te"), *_TH_AS_T)
_SPELLINGS = {"fr": _FRENCH_SPELLINGS, "pt": _PORTUGUESE_SPELLINGS}
_RESPELT_WORDS = {"fr": {"dos": "dô", "jury": "juri", "jurys": "juris"}}
# English words in the text keep the English voice espeak-ng gives them
_ENGLISH = frozenset("the this that these those they them their there then than with without through though thought "
                     "think thing nothing something anything everything both three thank thanks truth north south "
                     "mouth month health".split())
_WORD = re.compile(r"\[\[.*?\]\]|[^\W\d_]+(?:[’'][^\W\d_]+)*")  # a phoneme block is passed over whole
_VOICES = {"fr": "fr", "pt": "pt"}


def kept_in_language(text: str, language: str) -> str:
    """`text` with the words espeak-ng would read in another language's voice written as the language spells their
    sound, where that keeps them in it (French and Portuguese; other languages are returned as they are)."""
    voice = _VOICES.get(language)
    if voice is None or _phonemizer() is None:
        return text
    spellings, respelt_words = _SPELLINGS[language], _RESPELT_WORDS.get(language, {})

    def kept(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.startswith("[[") or word.lower() in _ENGLISH or not switches_voice(word, voice):
            return word
        respelled = respelt_words.get(word.lower(), word)
        if respelled is not word and word[:1].isupper():
            respelled = respelled.capitalize()
        for pattern, spelling in spellings:
            respelled = pattern.sub(spelling, respelled)
        return respelled if respelled != word and not switches_voice(respelled, voice) else word

    return _WORD.sub(kept, text)
