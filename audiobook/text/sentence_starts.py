"""A sentence that the normalizer made start with a number in words, capitalised for the phoneme engines.

espeak-ng, and Piper, which phonemizes with it, take a full stop before a lower-case word for an abbreviation's, in
every language: "He left. five hundred men stayed" (from "He left. 500 men stayed") ran on without a pause or a
sentence's falling tone, and after a closing bracket the stop was read as "dot" ("(an article). five hundred" was
"an article dot five hundred"). A number's words after a sentence's stop are sent with a capital, as a sentence that
starts with a figure would be written in words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audiobook.text.normalize.numbers import cardinal

# the word before a sentence's stop, the stop (a closing quote or bracket may follow it), the space, and the next word;
# a full stop after letters with stops ("A.D. eight hundred") or after one letter is an abbreviation's or an initial's
_LOWER_CASE_START = re.compile(r"(\S*?)([.!?][\"”’»)]*\s+)(\w+)")


@lru_cache(maxsize=16)
def _number_words(language: str) -> tuple[str, ...]:
    """The words a number's reading starts with: "five", "twenty-one", and the stems of compounds ("fünfhundert"
    starts with "fünf")."""
    readings = (cardinal(number, language) for number in (*range(1, 101), 1000, 1_000_000))
    return tuple(sorted({reading.split()[0] for reading in readings}))


def capitalised_number_starts(text: str, language: str) -> str:
    """`text` with a number's words that open a sentence capitalised (see the module's docstring); the caller's
    quick test: ". " in `text`, or "! ", "? "."""
    numbers = _number_words(language)

    def capitalised(match: re.Match[str]) -> str:
        before, stop, word = match.groups()
        abbreviated = stop[0] == "." and ("." in before or len(before) == 1)
        if word[0].islower() and word.startswith(numbers) and not abbreviated:
            return before + stop + word[0].upper() + word[1:]
        return match.group(0)

    return _LOWER_CASE_START.sub(capitalised, text)
