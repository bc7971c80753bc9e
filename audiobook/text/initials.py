"""A name's initials read as part of the name by the phoneme engines: "J. R. R. Tolkien", "John F. Kennedy".

espeak-ng, and Piper, which phonemizes with it, end a sentence at a full stop before a capital, in every
language: "J. R. R. Tolkien wrote it" was four sentences, "J." "R." "R." "Tolkien wrote it", each with its
falling tone and its pause, and "John F. Kennedy" two. What such an engine is sent leaves out an initial's stop
where a name follows: after two initials or more ("H. G. Wells") in any language, and in English after a first
name too ("John F. Kennedy") and after an abbreviation of capitals ("the U.S. Embassy"), unless the next word is one
that opens sentences ("Plan B. We left", "to the U.S. Then" keep their stops). Russian initials are said by
their letters' names ("А. С. Пушкин" "А Эс Пушкин"), which espeak-ng reads without a stop as sounds.
The heard text, which the manifest and the read-along show, keeps the stops. An "A" so left alone would be read
as the article: it is marked as the letter (`letter_a`).
"""

from __future__ import annotations

import re

from audiobook.text.normalize.letter_a import LETTER_A
from audiobook.text.normalize.tables import SENTENCE_OPENERS

# a first name, then initials, then the capitalised word after them ("John F. Kennedy", "George R. R. Martin")
_INITIALS = re.compile(r"(?:\b([A-Z][a-z]+)\s+)?(?<![\w.])((?:[A-Z]\.\s+)+)(?=([A-Z][\w'’]*))")
_LETTER = re.compile(r"([A-Z])\.\s+")
# an English abbreviation of capitals with stops before a capitalised word: "the U.S. Embassy", "the U.N. Security
# Council" (read "U.S." and a new sentence)
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?=\s+([A-Z][\w'’]*))")
# Russian initials, with or without spaces ("А. С. Пушкин", "В.И. Ленин"), said by their letters' names: without its
# stop espeak-ng read a consonant as its sound ("А С Пушкин" "a s Pushkin")
_CYRILLIC_INITIALS = re.compile(r"(?<![\w.])((?:[А-ЯЁ]\.\s*){2,})(?=[А-ЯЁ][а-яё])")
_RUSSIAN_LETTERS = dict(zip("БВГДЖЗКЛМНПРСТФХЦЧШЩ",
                            "Бэ Вэ Гэ Дэ Жэ Зэ Ка Эль Эм Эн Пэ Эр Эс Тэ Эф Ха Цэ Чэ Ша Ща".split()))


def unbroken_initials(text: str, language: str) -> str:
    """`text` with the full stops of a name's initials left out (see the module's docstring); the caller's quick
    test: ". " in `text`."""

    def initials(match: re.Match[str]) -> str:
        first_name, letters, following = match.group(1), _LETTER.findall(match.group(2)), match.group(3)
        if len(letters) < 2 and not (language == "en" and first_name and following not in SENTENCE_OPENERS):
            return match.group(0)
        said = " ".join(LETTER_A if letter == "A" and language == "en" else letter for letter in letters)
        return f"{first_name} {said} " if first_name else f"{said} "

    text = _INITIALS.sub(initials, text)
    if language == "en":
        text = _DOTTED.sub(lambda m: m.group(1) if m.group(2) in SENTENCE_OPENERS else m.group(1)[:-1], text)
    elif language == "ru":
        text = _CYRILLIC_INITIALS.sub(lambda m: " ".join(_RUSSIAN_LETTERS.get(letter, letter) for letter in
                                                         m.group(1) if letter.isalpha()) + " ", text)
    return text
