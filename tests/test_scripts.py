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


def test_every_sample_script_reads() -> None:
    scripts = sorted((SAMPLES / "podcast").glob("*.md")) + sorted((SAMPLES / "podcast").glob("*.txt"))
    assert len(scripts) == 3
    for script in scripts:
        book = read_book(script)
        assert book.episode is not None and book.episode.number is not None
        assert all(b.speaker in {"HOST", "GUEST"} for c in book.chapters for b in c.blocks)
