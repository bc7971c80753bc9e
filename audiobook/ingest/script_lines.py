"""What a podcast script's lines are: speaker labels, character cues, stage directions.

Scripts are written in many hands, and each is read as its writer meant it:

    HOST: Welcome back.              a label, upper case: always a speaker
    **Host:** Welcome back.          Markdown emphasis around the label or its colon
    Maria (V.O.): It went dark.      a label in any case: a speaker where the name labels
                                     two lines or more, or has a voice in the front matter,
                                     in a script that writes no name in capitals; "Note:",
                                     "Tip:" and a name that stands once are read
    MARIA                            a screenplay's character cue: the name alone on its
    (laughing)                       line, the lines below it hers; "(laughing)" and the
    It went dark.                    "(V.O.)" after a name are directions
    [Theme music]  (beat)            directions on their own line, and so is a sound's
    SFX: Door slams.                 label ("SFX:", "MUSIC:", "MUSIQUE:") with its line
    Well [pause] nobody knew.        directions inside a line: anything in square brackets,
    Thanks. (laughs) It is. (00:45)  a parenthesis opening with a direction's word, a time stamp
    [00:01:23] Host: Hi.             a transcript's time stamps, before a label or inside a line
    Sam Jones  0:03                  a transcript's speaker line: a name in any case and when they
    Welcome back.                    spoke, their words below (as Otter and Rev export them)
    HOST: (warmly) Welcome back.     a few words in parentheses opening a speaker's line: how it
                                     is said
    Transcribed by https://otter.ai  a transcription's credit, listed, not read

Directions are never read; the reader lists each as skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from audiobook.errors import ParseError
from audiobook.ingest.front_matter import SCRIPT_KEYS, split_front_matter
from audiobook.ingest.headings import is_bare_label

_NAME = r"[^\W\d_][\w.'’-]*(?: (?:[^\W\d_][\w.'’-]*|\d{1,3})){0,3}"  # "Host", "Dr. Lee", "Speaker 2"
_EXTENSION = r"\s*\([^()\n]{1,30}\)"  # "(V.O.)", "(CONT'D)", "(on the phone)"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"  # a transcript's time stamp: "01:23", "0:01:23.5"
# a name and its colon at the start of a line, with Markdown emphasis around either: "**Host:** Hi", "*Host*: Hi"
_LABEL = re.compile(rf"^(?P<stamp>[\[(]?{_TIME}[\])]?\s+)?[*_]{{0,2}}(?P<name>{_NAME})(?P<extension>{_EXTENSION})?"
                    rf"[*_]{{0,2}}\s*:[*_]{{0,2}}\s*(?P<text>.*)$")
_CUE = re.compile(rf"^({_NAME})({_EXTENSION})?$")
# a transcript's speaker line, the name and when they spoke: "Sam Jones  0:03", "Ana Ruiz (00:09)", "Ana: [00:09]"
_STAMPED_CUE = re.compile(rf"^[*_]{{0,2}}(?P<name>{_NAME})[*_]{{0,2}}(?:\s*:?\s*(?P<bracketed>[\[(]{_TIME}[\])])|"
                          rf"\s+(?P<bare>{_TIME}))\s*:?$")
# a few words in parentheses opening a speaker's line, how it is said: "(warmly)", "(to Ana)"; not "(1902)", "(a)"
_OPENING_PARENTHESIS = re.compile(r"^\((?=[^\W\d_]{2})([^()\d?!]{1,40})\)\s*")
_OPENING_DIRECTION_WORDS = 4
# a line that is only "[...]", or only "(...)" of a dozen words at most (a longer one is a spoken aside)
_WHOLE_LINE_DIRECTION = re.compile(r"^(?:\[[^\]]*\]|\((?:\s*[^()\s]+){1,12}\s*\))$")
# "[pause]", "[00:01:23]"; not "[1]", a note's number
_BRACKETS = re.compile(r"\s*\[([^\[\]]*)\]")
_LETTER_OR_TIME = re.compile(rf"[^\W\d_]|^{_TIME}$")
_TIME_ONLY = re.compile(rf"^\s*{_TIME}\s*$")
_PARENTHESIS = re.compile(r"\s*\(([^()]{1,40})\)")
# the words a direction in parentheses opens with, in the 11 languages: "(laughs)", "(rires)", "(lacht)"
_DIRECTION_WORDS = frozenset("""
    laugh laughs laughing laughter chuckle chuckles chuckling giggles sigh sighs sighing pause pauses beat music
    applause crosstalk inaudible cough coughs coughing clears sniffs gasps whispers whispering shouting sfx sound
    theme jingle silence break ad v.o. o.s. o.c. cont'd continued
    rires rire rit soupir soupire musique applaudissements silence
    lacht lachen seufzt musik applaus stille
    risas ríe suspira música aplausos silencio
    ride risate sospira musica applausi
    risos ri suspira aplausos silêncio
    riu riures sospira aplaudiments
    lacht zucht muziek applaus stilte pauze
    skrattar suckar musik applåder tystnad paus
    śmiech śmieje wzdycha muzyka oklaski cisza pauza
    смеётся смеется смех вздыхает музыка аплодисменты тишина пауза
""".split())

# labels that name a sound, not a speaker: "SFX: Door slams." is a direction, in the 11 languages
_SOUND_LABELS = frozenset("""
    SFX FX SOUND SOUNDS MUSIC AMBIENCE AMBIENT ATMOS JINGLE
    BRUITAGE BRUITAGES MUSIQUE AMBIANCE GERÄUSCH GERÄUSCHE MUSIK ATMO EFECTO EFECTOS SONIDO MÚSICA AMBIENTE
    EFFETTO EFFETTI SUONO MUSICA EFEITO EFEITOS EFECTE EFECTES GELUID GELUIDEN MUZIEK LJUD LJUDEFFEKT
    DŹWIĘK EFEKT MUZYKA ЗВУК ШУМ МУЗЫКА
""".split())

# words a line opens with before a colon that name no speaker, however often they stand: "Note: ..."
_NOT_NAMES = frozenset("""
    NOTE NOTES TIP TIPS WARNING CAUTION REMEMBER REMINDER UPDATE EXAMPLE SUMMARY SOURCE SOURCES CREDIT CREDITS
    DISCLAIMER STEP INGREDIENTS TODO FYI PS LINK LINKS TOPIC SEGMENT TITLE DATE TIME LOCATION HINT FACT QUOTE
    DEFINITION RESULT EDIT EDITOR'S NB
    NOTA REMARQUE ATTENTION CONSEIL EXEMPLE HINWEIS ACHTUNG TIPP BEISPIEL ANMERKUNG EJEMPLO CONSEJO AVISO
    ESEMPIO ATTENZIONE CONSIGLIO EXEMPLO DICA ATENÇÃO OPMERKING VOORBEELD OBS EXEMPEL UWAGA PRZYKŁAD
    WSKAZÓWKA ПРИМЕЧАНИЕ ВНИМАНИЕ СОВЕТ ПРИМЕР
""".split())


def _is_upper(name: str) -> bool:
    return name == name.upper() and name != name.lower()


def _speaker(name: str) -> str:
    return " ".join(name.split()).upper()


def label(line: str) -> tuple[str, str, str] | None:
    """(speaker, direction, text) of a line that opens with a name and a colon; the speaker in upper
    case, as voices are named ("Host" is "HOST"); the direction the name's "(V.O.)" and a time stamp
    before it ("[00:01:23] Host: ..."), or ""."""
    match = _LABEL.match(line)
    if not match or not match["name"][:1].isupper() or is_bare_label(match["name"]) or _STAMPED_CUE.match(line):
        return None  # "Chapter 1: The Lamp" is a heading, however often it stands; "Speaker 2 0:03" a cue
    direction = " ".join(part.strip() for part in (match["stamp"], match["extension"]) if part)
    return _speaker(match["name"]), direction, match["text"].strip()


def cue(line: str) -> tuple[str, str] | None:
    """(speaker, direction) of a line that is only an upper-case name, as a screenplay's character cue, or a
    name in any case and a time stamp, a transcript's speaker line (`stamped_cue`)."""
    return stamped_cue(line) or _screenplay_cue(line)


def stamped_cue(line: str) -> tuple[str, str] | None:
    """(speaker, time stamp) of a transcript's speaker line, a name in any case and when they spoke ("Sam Jones
    0:03"), or None."""
    stamped = _STAMPED_CUE.match(line)
    if stamped and stamped["name"][:1].isupper() and not is_bare_label(stamped["name"]):
        return _speaker(stamped["name"]), stamped["bracketed"] or stamped["bare"]
    return None


def _screenplay_cue(line: str) -> tuple[str, str] | None:
    match = _CUE.match(line)
    if not match or not _is_upper(match.group(1)) or is_bare_label(match.group(1)):
        return None
    return _speaker(match.group(1)), (match.group(2) or "").strip()


def is_direction(line: str) -> bool:
    """A line that is only a stage direction: "[Theme music]", "(beat)", "SFX: Door slams.",
    "**MUSIC:** theme up"."""
    return bool(_WHOLE_LINE_DIRECTION.match(line)) or (
        (found := _LABEL.match(line)) is not None and _speaker(found["name"]) in _SOUND_LABELS)


# a transcription's credit, as a service closes its export: "Transcribed by https://otter.ai", "Transcript by Rev.com"
_TRANSCRIPTION_CREDIT = re.compile(r"^(?:transcribed|transcript(?:ion)?)\s+(?:by|with|using|from)(?:\s+\S+){1,4}$",
                                   re.IGNORECASE)
TRANSCRIPTION_CREDIT = "a transcription's credit"


def is_transcription_credit(line: str) -> bool:
    """A line that credits the transcription ("Transcribed by https://otter.ai"): no one says it."""
    return line[:1] in "Tt" and _TRANSCRIPTION_CREDIT.match(line) is not None


def speakers(lines: Iterable[str], declared: Iterable[str] = ()) -> frozenset[str]:
    """The names that are speakers: any upper-case label's, and any cue's that stands twice or more;
    every name over a time stamp where two such lines stand (a transcript's, where a guest may speak once);
    a voice's in the front matter; and, in a script that writes no name in capitals, a name in any
    other case that labels two lines or more (a speaker speaks more than once), unless it is a word
    such labels are ("Note:", "Tip:", "Remember:")."""
    upper: set[str] = set()
    mixed: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    stamped: Counter[str] = Counter()
    for line in lines:
        line = line.strip()
        if is_direction(line):  # "SFX: ..." names a sound
            continue
        if found := label(line):
            if _is_upper(_LABEL.match(line)["name"]):  # type: ignore[index]
                upper.add(found[0])
            else:
                mixed[found[0]] += 1
        elif found_cue := stamped_cue(line):
            stamped[found_cue[0]] += 1
        elif found_cue := _screenplay_cue(line):
            cues[found_cue[0]] += 1
    voiced = {_speaker(name) for name in declared}
    names = upper | {name for name, count in cues.items() if count >= 2} | voiced
    if stamped.total() >= 2:
        names |= set(stamped)
    if names - voiced:  # names in capitals are this script's way: "Note: ..." is text
        return frozenset(names)
    return frozenset(names | {name for name, count in mixed.items() if count >= 2 and name not in _NOT_NAMES})


def opening_direction(text: str) -> tuple[str, str]:
    """A speaker's words without the few words in parentheses they open with, a script's way of saying how a line
    is said ("(warmly) Welcome back"), and that parenthesis ("" where there is none). A question or a cry in
    parentheses is spoken."""
    match = _OPENING_PARENTHESIS.match(text)
    if not match or len(match.group(1).split()) > _OPENING_DIRECTION_WORDS:
        return text, ""
    return text[match.end():], match.group(0).strip()


def without_directions(text: str) -> tuple[str, list[str]]:
    """A line's text without the directions inside it ("Well [pause] nobody knew" is "Well nobody
    knew"), and the directions."""
    directions: list[str] = []
    if "[" in text:
        def brackets(match: re.Match[str]) -> str:
            if not _LETTER_OR_TIME.search(match.group(1)):
                return match.group(0)
            directions.append(match.group(0).strip())
            return ""

        text = _BRACKETS.sub(brackets, text)
    if "(" in text:
        def parenthesis(match: re.Match[str]) -> str:
            words = match.group(1).split()
            first = words[0].lower().strip(".,;:") if words else ""
            # a short aside opening with a direction's word, not a spoken one ("(Sound familiar?)"); a time stamp
            if len(words) <= 4 and not {"?", "!"} & set(match.group(1)) and (
                    first in _DIRECTION_WORDS or f"{first}." in _DIRECTION_WORDS) or _TIME_ONLY.match(match.group(1)):
                directions.append(match.group(0).strip())
                return ""
            return match.group(0)

        text = _PARENTHESIS.sub(parenthesis, text)
    return text, directions


def looks_like_script(text: str) -> bool:
    """Front matter with a script's keys (show, episode, voices...), or speaker labels ("HOST: ...", or a
    transcript's "Sam Jones  0:03" over the words) opening at least a third of the turns: the paragraphs, and the
    lines a speaker's label opens inside one (a script written a line a turn, with no blank line between). A
    Markdown book's front matter (title, author, lang, as Pandoc's) does not make it a script; front matter that
    cannot be read goes to the script reader, which says why."""
    least = 3  # labelled turns: a book may quote "NOTE: ..." once or twice
    front = text.lstrip("\ufeff").startswith("---")
    if front:
        lines = text[:200_000].split("\n")
        try:
            matter, body_start = split_front_matter(lines, "")
        except ParseError:
            return True
        if set(map(str, matter)) & SCRIPT_KEYS:
            return True
        # with front matter, one label makes a short script, and so do cues, stage directions and production notes
        text, least = "\n".join(lines[body_start:]), 1
    blocks = [[line.strip() for line in block.strip().splitlines()]
              for block in re.split(r"\n\s*\n", text[:200_000]) if block.strip()]
    names = speakers(line for lines in blocks for line in lines)

    def labelled(line: str, followed: bool) -> bool:
        """Whether a speaker's label opens the line, with their words after it or below."""
        return bool((found := label(line)) and found[0] in names and (found[2] or followed))

    def stamped(line: str) -> bool:
        """Whether a speaker's name and a time stamp stand over the words below (a transcript's turn)."""
        return (found_cue := stamped_cue(line)) is not None and found_cue[0] in names

    def marked(first: str, followed: bool) -> bool:
        if labelled(first, followed) or (followed and stamped(first)):
            return True
        return front and (is_direction(first) or first.startswith("//") or (
            followed and (found_cue := cue(first)) is not None and found_cue[0] in names))

    turns = [(lines[0], len(lines) > 1) for lines in blocks]
    turns += [(line, True) for lines in blocks for index, line in enumerate(lines[1:], start=1)
              if labelled(line, True) or (index + 1 < len(lines) and stamped(line))]
    opened = sum(1 for line, followed in turns if marked(line, followed))
    return opened >= min(least, len(turns)) > 0 and opened * 3 >= len(turns)
