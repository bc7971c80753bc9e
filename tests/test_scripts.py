"""Podcast scripts: labels, sections, stage directions, front matter and voice choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.errors import ParseError
from audiobook.ingest import read_book
from audiobook.models import EpisodeInfo
from audiobook.synthesis.speakers import speaker_voices
from audiobook.text.segmenter import plan_book
from tests.helpers import SAMPLES

SCRIPT = """---
show: Test Show
title: Pilot
episode: 4
season: 2
date: 2026-10-01
author: Someone
language: en
description: A pilot episode.
voices:
  HOST: en-us+Annie
  GUEST: {espeak: en-gb+Andy, voiceai: voice-123}
---
Before any section, the host speaks.

## First part
HOST: Hello and welcome.
This line continues the host.

GUEST: Thank you. **Glad** to be [here](https://example.com).
[Applause]
// cut this
HOST: Back to you.

# Second part
GUEST: Goodbye.
"""


def test_a_script_reads_into_sections_of_labelled_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "pilot.md"
    path.write_text(SCRIPT)
    book = read_book(path)
    assert book.title == "Pilot" and book.authors == ("Someone",) and book.declared_language == "en"
    assert [c.title for c in book.chapters] == ["Pilot", "First part", "Second part"]
    first = book.chapters[1].blocks
    assert [(b.speaker, b.text) for b in first] == [
        ("HOST", "Hello and welcome. This line continues the host."),
        ("GUEST", "Thank you. Glad to be here."),
        ("HOST", "Back to you."),
    ]
    assert book.chapters[0].blocks[0].speaker is None
    assert [(s.href, s.reason) for s in book.skipped] == [("line 21", "stage direction")]
    assert book.episode == EpisodeInfo(show="Test Show", number=4, season=2, published="2026-10-01", explicit=False,
                                       voices=(("HOST", "", "en-us+Annie"), ("GUEST", "espeak", "en-gb+Andy"),
                                               ("GUEST", "voiceai", "voice-123")))
    segments = [s for c in plan_book(book).chapters for s in c.segments]
    assert [s.speaker for s in segments] == [None, "HOST", "GUEST", "HOST", "GUEST"]
    assert "cut this" not in " ".join(s.text for s in segments)


WRITTEN_BY_HAND = """---
show: Night Shift
title: Lamps
episode: 4
voices:
  Lena: en-gb+Alicia
---
## Part one

**Host:** Welcome back to Night Shift. Tonight, lamps.

**Maria**: Thanks for having me. (laughs) It is a strange subject. (Sound familiar?)

Host: Strange how?

Maria: Well [pause] nobody thinks about them until they fail.

Note: nobody fixes them at night.

(beat)

(And this, listeners, is the part of the story that nobody in the village likes to tell.)

SFX: A door slams.

**Music:** theme up

[00:01:23] Lena: Except the keeper. [00:01:25]
"""

IN_CAPITALS = """---
show: Night Shift
title: Lamps, part two
episode: 5
---
JOSÉ (V.O.): Nobody at all.

HOST
(quietly)
So what happens when they fail?

MARIA
Everything goes dark.

HOST
Even the lamp room?

MARIA
Even that. Remember: the oil runs out.
"""


def test_scripts_written_by_hand_are_read_as_their_writer_meant(tmp_path: Path) -> None:
    """Labels in any case (a speaker's name labels two lines or more, or has a voice), in Markdown
    emphasis, after a time stamp; names in capitals, in any alphabet, with "(V.O.)"; screenplay cues;
    directions on their own line and inside one. No name and no direction is read; each direction is
    listed; a single "Note:" and a spoken aside in parentheses are read."""
    path = tmp_path / "lamps.md"
    path.write_text(WRITTEN_BY_HAND, encoding="utf-8")
    book = read_book(path)
    assert [(b.speaker, b.text) for b in book.chapters[0].blocks] == [
        ("HOST", "Welcome back to Night Shift. Tonight, lamps."),
        ("MARIA", "Thanks for having me. It is a strange subject. (Sound familiar?)"),
        ("HOST", "Strange how?"),
        ("MARIA", "Well nobody thinks about them until they fail."),
        ("MARIA", "Note: nobody fixes them at night."),
        ("MARIA", "(And this, listeners, is the part of the story that nobody in the village likes to tell.)"),
        ("LENA", "Except the keeper."),
    ]
    directions = [s for s in book.skipped if s.reason == "stage direction"]
    assert sorted(s.characters for s in directions) == sorted(len(word) for word in (
        "laughs", "pause", "beat", "SFXAdoorslams", "Musicthemeup", "000123", "000125"))
    assert speaker_voices(book.episode, "espeak", {}, {})["LENA"] == "en-gb+Alicia"
    capitals = tmp_path / "capitals.md"
    capitals.write_text(IN_CAPITALS, encoding="utf-8")
    book = read_book(capitals)
    assert [(b.speaker, b.text) for b in book.chapters[0].blocks] == [
        ("JOSÉ", "Nobody at all."), ("HOST", "So what happens when they fail?"), ("MARIA", "Everything goes dark."),
        ("HOST", "Even the lamp room?"), ("MARIA", "Even that. Remember: the oil runs out.")]
    assert sorted(s.characters for s in book.skipped) == [2, 7]  # "(V.O.)", "(quietly)"
    # without front matter, a transcript labelled in mixed case is a script too; "Note:" stays text
    transcript = tmp_path / "transcript.txt"
    transcript.write_text("Host: Hello and welcome.\n\nSpeaker 2: Thank you.\n\nHost: Shall we start?\n\n"
                          "Speaker 2: Yes, let us.\n\nNote: we start late.\n\nNote: and end early.\n", encoding="utf-8")
    assert [(b.speaker, b.text) for b in read_book(transcript).chapters[0].blocks] == [
        ("HOST", "Hello and welcome."), ("SPEAKER 2", "Thank you."), ("HOST", "Shall we start?"),
        ("SPEAKER 2", "Yes, let us."), ("SPEAKER 2", "Note: we start late."), ("SPEAKER 2", "Note: and end early.")]
    # in a script that writes its names in capitals, a name in another case is text, however often it stands
    mixed = tmp_path / "mixed.md"
    mixed.write_text("---\nshow: Chat\n---\nHOST: Hello.\n\nRemember: the lamp.\n\nGUEST: Hi.\n\n"
                     "Remember: the oil.\n", encoding="utf-8")
    assert [(b.speaker, b.text) for b in read_book(mixed).chapters[0].blocks] == [
        ("HOST", "Hello."), ("HOST", "Remember: the lamp."), ("GUEST", "Hi."), ("GUEST", "Remember: the oil.")]


def test_voice_precedence_show_then_script_then_engine_then_run() -> None:
    episode = EpisodeInfo(voices=(("HOST", "", "en-us+Annie"), ("GUEST", "espeak", "en-gb+Andy"),
                                  ("GUEST", "voiceai", "voice-123")))
    show = {"HOST": "show-host", "NARRATOR": "show-narrator"}
    assert speaker_voices(episode, "espeak", {}, show) == {"HOST": "en-us+Annie", "GUEST": "en-gb+Andy",
                                                           "NARRATOR": "show-narrator"}
    assert speaker_voices(episode, "voiceai", {"host": "run-host"}, show)["GUEST"] == "voice-123"
    assert speaker_voices(episode, "voiceai", {"host": "run-host"}, show)["HOST"] == "run-host"


@pytest.mark.parametrize(("front", "expected"), [
    ("episode: three", "front matter 'episode' must be a whole number"),
    ("date: next tuesday", "front matter 'date' must be YYYY-MM-DD"),
    ("colour: blue", "unknown front matter key 'colour'"),
    ("image: missing.png", "image 'missing.png'"),
])
def test_bad_front_matter_names_the_problem(tmp_path: Path, front: str, expected: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(f"---\n{front}\n---\nHOST: Hello there.\n")
    with pytest.raises(ParseError, match=expected):
        read_book(path)


def test_a_script_saved_as_utf16_is_read_as_a_script(tmp_path: Path) -> None:
    """Notepad's "Unicode" is UTF-16 with a byte-order mark. Such a script was refused as "not UTF-8 text", and a
    book reader deciding script or book by the file's opening saw no front matter or labels in it."""
    path = tmp_path / "pilot.txt"
    path.write_bytes(b"\xff\xfe" + SCRIPT.replace("\n", "\r\n").encode("utf-16-le"))
    book = read_book(path)
    assert (book.title, book.authors) == ("Pilot", ("Someone",))
    assert [(b.speaker, b.text) for b in book.chapters[1].blocks][:2] == [
        ("HOST", "Hello and welcome. This line continues the host."), ("GUEST", "Thank you. Glad to be here.")]
    unmarked = tmp_path / "unmarked.txt"  # UTF-16 with no mark, as some exporters write it
    unmarked.write_bytes(SCRIPT.encode("utf-16-le"))
    assert [(b.speaker, b.text) for b in read_book(unmarked).chapters[1].blocks][:1] == [
        ("HOST", "Hello and welcome. This line continues the host.")]
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\xfe\xff" + SCRIPT.encode("utf-16-be")[:-1])  # its last character cut in half
    with pytest.raises(ParseError, match=r"broken.md: not UTF-16-BE text \(byte \d+\)"):
        read_book(broken)


def test_every_sample_script_reads() -> None:
    scripts = sorted((SAMPLES / "podcast").glob("*.md")) + sorted((SAMPLES / "podcast").glob("*.txt"))
    assert len(scripts) == 3
    for script in scripts:
        book = read_book(script)
        assert book.episode is not None and book.episode.number is not None
        assert all(b.speaker in {"HOST", "GUEST"} for c in book.chapters for b in c.blocks)


def test_a_line_of_emoji_alone_is_listed_not_read(tmp_path: Path) -> None:
    """A voice says an emoji's name ("party popper"): normalization leaves them out of what is heard, and a
    line that is nothing else is skipped and listed, where its heard text would have fallen back to the emoji."""
    path = tmp_path / "ep.md"
    path.write_text("---\ntitle: Emoji\n---\nHOST: Welcome back 👋\n\nGUEST: 🎉🎉\n\nHOST: Let us start.\n",
                    encoding="utf-8")
    plan = plan_book(read_book(path))
    assert [(s.speaker, s.heard) for s in plan.chapters[0].segments] == [("HOST", "Welcome back"),
                                                                        ("HOST", "Let us start.")]
    assert [(s.reason, s.words) for s in plan.skipped] == [("no letters or digits to read (emoji or signs only)", 1)]


LINE_A_TURN = """Episode 4: Point Grey

[SFX: waves, gulls]
SAM: (warmly) Welcome back to the Lamp Room.
ANA: Thanks for having me. (laughs) It is good to be here.
SAM: Let us start with the fog signal at Point Grey. (00:45)
ANA: (to Sam) It went in (they say) in 1902. (Can you believe it?)
[MUSIC OUT]
"""


def test_a_script_written_a_line_a_turn_without_front_matter_is_a_script(tmp_path: Path) -> None:
    """A script typed one turn a line, with no blank line between and no front matter, was read as a plain-text
    book: its names, "[SFX: waves, gulls]" and "[MUSIC OUT]" aloud, as one paragraph. A few words in parentheses
    opening a speaker's line say how it is said, and are not read; an aside later in the line, or a question, is.
    A time stamp in parentheses is not read either ("zero forty-five"). The first line names the episode."""
    path = tmp_path / "point-grey.txt"
    path.write_text(LINE_A_TURN, encoding="utf-8")
    book = read_book(path)
    assert [(b.speaker, b.text) for c in book.chapters for b in c.blocks] == [
        (None, "Episode 4: Point Grey"),
        ("SAM", "Welcome back to the Lamp Room."),
        ("ANA", "Thanks for having me. It is good to be here."),
        ("SAM", "Let us start with the fog signal at Point Grey."),
        ("ANA", "It went in (they say) in 1902. (Can you believe it?)"),
    ]
    assert sorted(s.characters for s in book.skipped if s.reason == "stage direction") == sorted(
        len(word) for word in ("SFXwavesgulls", "warmly", "laughs", "0045", "toSam", "MUSICOUT"))
    # its first line names the episode for the feed, where no front matter does (it was "Point grey", unnumbered)
    assert (book.title, book.episode.number if book.episode else None) == ("Point Grey", 4)
    assert book.chapters[0].title == "Point Grey"
    named = tmp_path / "named.md"
    named.write_text("---\ntitle: The Grey Point\nepisode: 5\n---\n" + LINE_A_TURN, encoding="utf-8")
    assert (read_book(named).title, read_book(named).episode.number) == ("The Grey Point", 5)  # type: ignore[union-attr]
    # a few such lines in a book's prose do not make it a script
    prose = tmp_path / "harbour.txt"
    prose.write_text("The harbour was quiet that winter, and the boats stayed in.\n\n" * 12
                     + "The keeper kept a list on the door.\nNOTE: the lamp is lit at dusk.\nSAM: see to the oil.\n"
                     + "ANA: mend the nets.\n\n" + "Nobody read the list, and nobody needed to.\n\n" * 6,
                     encoding="utf-8")
    assert all(b.speaker is None for c in read_book(prose).chapters for b in c.blocks)


@pytest.mark.parametrize("transcript", [
    "Sam Jones  0:03\nWelcome back to the Lamp Room.\n\nAna Ruiz  0:09\nThanks for having me.\nIt is good to be "
    "here.\n\nSam Jones  0:14\nWhen was the signal built?\n\nAna Ruiz  0:21\nIn 1902.\n",  # Otter's export
    "Sam Jones (00:03):\nWelcome back to the Lamp Room.\n\nAna Ruiz (00:09):\nThanks for having me.\nIt is good to be "
    "here.\n\nSam Jones (00:14):\nWhen was the signal built?\n\nAna Ruiz (00:21):\nIn 1902.\n",  # Rev's
    "Sam Jones: [00:00:03]\nWelcome back to the Lamp Room.\n\nAna Ruiz: [00:00:09]\nThanks for having me.\nIt is good "
    "to be here.\n\nSam Jones: [00:00:14]\nWhen was the signal built?\n\nAna Ruiz: [00:00:21]\nIn 1902.\n",
])
def test_a_transcripts_speaker_lines_name_the_speaker_and_are_not_read(tmp_path: Path, transcript: str) -> None:
    """A transcript exported with each speaker's name and time stamp on a line above their words was read as a
    book: "Sam Jones zero oh three Welcome back". The names are speakers (a guest who speaks once too), the stamps
    listed as skipped, and the words below are the turn. The service's closing credit is listed, not read."""
    path = tmp_path / "episode-12.txt"
    path.write_text(transcript + "\nTranscribed by https://otter.ai\n", encoding="utf-8")
    book = read_book(path)
    assert book.episode is not None
    assert [(b.speaker, b.text) for c in book.chapters for b in c.blocks] == [
        ("SAM JONES", "Welcome back to the Lamp Room."), ("ANA RUIZ", "Thanks for having me. It is good to be here."),
        ("SAM JONES", "When was the signal built?"), ("ANA RUIZ", "In 1902.")]
    assert len([s for s in book.skipped if s.reason == "stage direction"]) == 4
    assert [s.characters for s in book.skipped if s.reason == "a transcription's credit"] == [25]  # not "In 1902."'s
    # a direction set right above a speaker's line, no blank line between: the name was read with the words
    edited = tmp_path / "episode-12-edited.txt"
    edited.write_text(transcript.replace("\n\nSam Jones", "\n\n[Music]\nSam Jones"), encoding="utf-8")
    assert [(b.speaker, b.text) for c in read_book(edited).chapters for b in c.blocks] == [
        (b.speaker, b.text) for c in book.chapters for b in c.blocks]


def test_a_scripts_markdown_comments_are_listed_not_read(tmp_path: Path) -> None:
    """A writer's notes in Markdown comments, which Markdown does not show, were read aloud, "<!--" and all. They are
    listed where they stand, over one line or several, and the lines after them keep their numbers."""
    path = tmp_path / "notes.md"
    path.write_text("---\ntitle: Notes\n---\n<!-- intro: keep it short -->\nHOST: Welcome back. <!-- smile -->\n\n"
                    "GUEST: Thanks.\n\n<!--\nA longer note\nover lines\n-->\nHOST: Bye. [laughs]\n", encoding="utf-8")
    book = read_book(path)
    assert [(b.speaker, b.text) for c in book.chapters for b in c.blocks] == [
        ("HOST", "Welcome back."), ("GUEST", "Thanks."), ("HOST", "Bye.")]
    assert [(s.href, s.reason.split(" (")[0], s.characters) for s in book.skipped] == [
        ("line 4", "comment", 16), ("line 5", "comment", 5), ("line 9", "comment", 20),
        ("line 13", "stage direction", 6)]  # "laughs"
