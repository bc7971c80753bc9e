"""The letter A in English, marked with its pronunciation where a word before it says the letter is meant.

espeak-ng, and Piper, which phonemizes with it, read a capital "A" before another word as the article, a schwa:
"Plan A failed" was "plan uh failed", "got an A on the test" "got an uh on the test", "vitamin A and C" "vitamin uh
and C" (before a stop or a comma they say the letter). The letter is meant where the word before it says so: "an"
(no article follows "an"), a label ("plan", "type", "grade", "exhibit", "vitamin"; "Part", "Table" with their
capital), or "from" and "point" in "from A to", "point A to point B". So is an "A" paired with another letter ("A or
B", "grades A through F", "A to Z"), and a list's label, "(a)", "section 12(a)" or "a)". After any other word the
"A" stays the article: verse lines run together start with one ("when in view A lion came"). The letter is marked as
a lexicon's IPA entry is, ⟦ˈeɪ|A⟧, which each engine reads its own way (`lexicon.engine_markup`): Piper and
espeak-ng by the phonemes, Voice.ai, whose voices read it by its context, as the "A".
"""

from __future__ import annotations

import re

from audiobook.text.lexicon import ipa_marked

# the words before a letter in any case ("an A", "plan A", "vitamin A"), and those that are a label only with a
# capital ("Part A", "Table A"; a verse line may end with "the table" before a line that opens with the article)
_ANY_CASE = frozenset("an plan type grade exhibit appendix annex vitamin hepatitis series schedule option category"
                      .split())
_CAPITALISED = frozenset("Part Section Class Group Block Building Wing Gate Form Model Company Team Side Level Tier "
                         "Unit Figure Table Point Size Division Platform Terminal Zone Row".split())
_BEFORE_TO = frozenset({"from", "From", "point", "Point"})  # "from A to B", "point A to point B"
# a word, the space after it, and an "A" that another word follows (a quote or a bracket may open it)
_A_BEFORE_A_WORD = re.compile(r"\b([A-Za-z]+)(\s+)A(?=\s+[\w\"“‘'(])")
# an "A" paired with another letter ("A or B", "A and C", "grades A through F", "A to Z"): no article comes before
# "or", "and" or "through", nor before "to" and a letter ("I" is left: "A and I" may be the pronoun)
_A_BESIDE_A_LETTER = re.compile(r"(?<![\w'’.-])A(?=\s+(?:or|and|nor|through|to|vs\.?|versus)\s+[B-HJ-Z](?![\w'’-]))")
# a list's or a clause's label: "(a) file a claim", "section 12(a)", "(A)", "a) yes, b) no"
_LABEL = re.compile(r"\(([aA])\)|(?<![\w(’'.-])([aA])\)(?=\s)")
LETTER_A = ipa_marked("ˈeɪ", "A")  # as a lexicon's IPA entry marks its word
_LETTER = {"A": LETTER_A, "a": ipa_marked("ˈeɪ", "a")}


def letter_a(text: str) -> str:
    """English `text` with each "A" that means the letter marked with its pronunciation (see the module's
    docstring); the caller's quick test: " A " or "a)" in `text`, or "A " opens it."""

    def say(match: re.Match[str]) -> str:
        before = match.group(1)
        if (before.lower() in _ANY_CASE or before in _CAPITALISED or before.isupper() and before.title() in _CAPITALISED
                or before in _BEFORE_TO and match.string.startswith(" to ", match.end())):
            return f"{match.group(1)}{match.group(2)}{_LETTER['A']}"
        return match.group(0)

    if " A " in text:
        text = _A_BESIDE_A_LETTER.sub(_LETTER["A"], _A_BEFORE_A_WORD.sub(say, text))
    elif text.startswith("A ") and _A_BESIDE_A_LETTER.match(text):  # "A or B?" (a sentence's "A" is most often
        # the article: only this test, which is cheaper than a search)
        text = _LETTER["A"] + text[1:]
    if "a)" in text or "A)" in text:
        text = _LABEL.sub(_label, text)
    return text


def _label(match: re.Match[str]) -> str:
    """A list's label "(a)" or "a)" with its letter marked."""
    if match.group(1):
        return f"({_LETTER[match.group(1)]})"
    return f"{_LETTER[match.group(2)]})"
