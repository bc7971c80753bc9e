"""The acx preset renders chapter MP3s Audible's ACX accepts, and check-acx names what fails,
measured on real renders decoded by ffmpeg."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.helpers import SAMPLES, requires_tools

pytestmark = [pytest.mark.slow, requires_tools]


def test_the_acx_preset_meets_every_limit_and_a_standard_render_does_not(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    from audiobook.cli import main
    from audiobook.outputs.acx import check_folder

    cache = str(tmp_path / "cache")
    render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "acx"),
                preset="acx", formats=["m4b"], cache_dir=cache)
    results = check_folder(tmp_path / "acx")
    assert len(results) == 3 and [r.failures for r in results] == [[], [], []]  # mp3 added: ACX is per chapter
    for r in results:
        assert r.sample_rate == 44_100 and r.bitrate == 192_000 and r.constant_bitrate
        assert -23 <= r.rms_db <= -18 and r.peak_db <= -3 and 0.5 <= r.head_seconds <= 1 and 1 <= r.tail_seconds <= 5
        assert -75 <= r.noise_floor_db <= -65  # room tone, not digital silence
    manifest = json.loads((tmp_path / "acx" / "manifest.json").read_text())
    assert manifest["settings"]["audio"]["chapter_mp3_sample_rate"] == 44_100
    vtt = (tmp_path / "acx" / manifest["outputs"]["subtitles"]["chapters_vtt"][0]).read_text()
    first = manifest["chapters"][0]["segments"][0]
    assert "\n00:00:00.750 --> " in vtt and first["start_ms"] == 0  # cues follow the room tone at the start

    render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "standard"),
                formats=["mp3"], cache_dir=cache)
    failing = CliRunner().invoke(main, ["check-acx", str(tmp_path / "standard")])
    assert failing.exit_code == 1 and "error: 3 of 3 files fail ACX's limits" in failing.stderr
    assert "sample rate 22050 Hz, not 44100" in failing.stdout and "64 kb/s CBR, not 192 kb/s" in failing.stdout
    passing = CliRunner().invoke(main, ["check-acx", str(tmp_path / "acx")])
    assert passing.exit_code == 0 and "3 files meet ACX's limits" in passing.stdout


def test_opening_and_closing_credits_are_files_of_their_own_in_the_books_language(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    from audiobook.outputs.acx import check_folder

    render_book(engine="espeak", source=str(SAMPLES / "moulin.epub"), output_dir=str(tmp_path / "out"), preset="acx",
                credits=True, cache_dir=str(tmp_path / "cache"))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    chapters = manifest["chapters"]
    assert [c["title"] for c in (chapters[0], chapters[-1])] == ["Opening Credits", "Closing Credits"]
    assert chapters[0]["segments"][0]["text"] == ("Le Moulin de la Combe. Écrit par Les auteurs du projet Audiobook. "
                                                  "Lu par eSpeak.")
    assert chapters[-1]["segments"][0]["text"].endswith("Fin.") and len(chapters) == 4
    names = [Path(f).name for f in manifest["outputs"]["chapter_files"]]
    assert names[0] == "00 - Opening Credits.mp3" and names[-1] == "03 - Closing Credits.mp3"
    assert [r.failures for r in check_folder(tmp_path / "out")] == [[]] * 4
