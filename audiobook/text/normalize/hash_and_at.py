"""The "#" and "@" signs in prose: a social network's hashtag ("#ThrowbackThursday") and handle ("@sam_jones") in a
story's messages and posts, and a sharp note or the language named after one ("C# minor", "written in F#").

espeak-ng read "#blessed" as "hash blessed" (German "#Sommer" as "Nummer Sommer", Spanish "almohadilla") and "C#
minor" as "C hash minor". A reader says "hashtag blessed", "hashtag Throwback Thursday" (a tag's words told apart by
their capitals), "C sharp", and a handle as the sign's name and the name, its underscores as spaces ("at sam
jones", which espeak-ng says too: written out, every engine says the same); an English "@ 8" is "at eight". A
number after "#" is a number ("#1"), and an e-mail address is its own step's.
"""

from __future__ import annotations

import re

_HASHTAG = re.compile(r"(?<![\w&#/])#([^\W\d_]\w{0,40})")
_HANDLE = re.compile(r"(?<![\w.@/])@([A-Za-z_](?:[\w.]{0,30}\w)?)(?![\w@])")
_SHARP = re.compile(r"(?<![\w#])([A-G])#(?![\w#])")  # "C#", "F# minor"; not "#include", "C##"
_LONE_AT = re.compile(r"(?<=\s)@(?=\s+\d)")
_WORD_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|_+")  # "ThrowbackThursday", "sam_jones"
HASHTAG = {"en": "hashtag", "ca": "etiqueta", "sv": "hashtag", "es": "hashtag", "fr": "hashtag", "de": "Hashtag",
           "it": "hashtag", "pt": "hashtag", "pl": "hasztag", "ru": "хештег", "nl": "hashtag"}


def hash_and_at_signs(text: str, language: str, at: str) -> str:
    """`text` with its hashtags, handles and sharps as a reader says them; `at` is the language's name for "@"."""
    if "#" in text:
        text = _HASHTAG.sub(lambda match: f"{HASHTAG[language]} {_words_of(match.group(1))}", text)
        if language == "en":
            text = _SHARP.sub(r"\1 sharp", text)
    if "@" in text:
        text = _HANDLE.sub(lambda match: f"{at} {_words_of(match.group(1))}", text)
        if language == "en":  # "See you @ 8": the word it stands for
            text = _LONE_AT.sub("at", text)
    return text


def _words_of(name: str) -> str:
    return " ".join(_WORD_BOUNDARY.sub(" ", name).split())
