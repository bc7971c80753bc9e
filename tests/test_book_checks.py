"""Checks around a render: the cache on fsspec storage, free disk space before any
synthesis, and the verification of a finished book before it is declared done."""

from __future__ import annotations

import json
import os
import subprocess
import wave
from pathlib import Path

import pytest

from audiobook.errors import ConfigurationError, OutputError
from audiobook.outputs.verify import check_audio_file
from audiobook.synthesis.cache import SegmentCache
from tests.helpers import SAMPLES, requires_tools

pytestmark = requires_tools


def test_cache_on_an_fsspec_url_stores_checks_and_rejects_damage() -> None:
    cache = SegmentCache("memory://checks/cache")
    key = "ab" + "0" * 62
    assert cache.frames(key) is None and not cache.has(key)
    assert cache.put(key, bytes(2000)) == 1000
    assert cache.frames(key) == 1000 and cache.read_pcm(key) == bytes(2000)
    # a truncated entry (a worker died while copying it in) counts as missing
    fs = cache._fs
    fs.pipe_file(cache.path_for(key), fs.cat_file(cache.path_for(key))[:500])
    assert cache.frames(key) is None
    assert not [p for p in fs.find("/checks/cache") if p.endswith(".partial")]


def test_unknown_cache_protocol_is_a_clear_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="segment cache nosuchproto://x"):
        SegmentCache("nosuchproto://x/cache")


@pytest.mark.slow
def test_book_renders_with_its_cache_on_a_url_and_resumes_from_it(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    url = (tmp_path / "shared-cache").as_uri()  # file:///..., as a shared mount would be named
    first = render_book(engine="espeak", source=str(SAMPLES / "clockmaker.html"), output_dir=str(tmp_path / "a"), formats=["m4b"],
                        cache_dir=url)
    assert first["segments_synthesized"] == first["segments"] > 0
    assert len(list((tmp_path / "shared-cache").rglob("*.wav"))) == first["segments"]
    second = render_book(engine="espeak", source=str(SAMPLES / "clockmaker.html"), output_dir=str(tmp_path / "b"), formats=["m4b"],
                         cache_dir=url)
    assert second["segments_from_cache"] == first["segments"] and second["segments_synthesized"] == 0


def _tiny_filesystem(folder: Path) -> None:
    folder.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a 1 MiB tmpfs here ({result.stderr.decode().strip()})")


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_full_disk_is_reported_before_any_synthesis(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    small = tmp_path / "small"
    _tiny_filesystem(small)
    try:
        cache = tmp_path / "cache"
        with pytest.raises(OutputError, match=rf"{small}: not enough free disk space: about \d+ MiB needed"):
            render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(small), cache_dir=str(cache))
        assert not list(cache.rglob("*.wav")), "nothing may be synthesized for a book that cannot be written"
        assert not [p for p in small.rglob("*") if p.is_file()]
    finally:
        subprocess.run(["umount", str(small)], check=False)


def test_a_failed_render_leaves_no_folder_it_created_and_keeps_one_it_found(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from audiobook.cli import main

    broken = tmp_path / "broken.epub"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    new = tmp_path / "out" / "broken"
    result = CliRunner().invoke(main, ["render", "--engine", "espeak", str(broken), "-o", str(new), "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.output
    assert not (tmp_path / "out").exists()  # nor its parent, which the run had to create

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("the user's own file")
    result = CliRunner().invoke(main, ["render", "--engine", "espeak", str(broken), "-o", str(mine), "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 2
    assert (mine / "notes.txt").read_text() == "the user's own file" and sorted(mine.iterdir()) == [mine / "notes.txt"]


def _mp3(path: Path, seconds: float) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"sine=frequency=300:duration={seconds}",
                    "-ar", "22050", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", str(path)], check=True)


def test_verification_accepts_a_true_file_and_removes_a_wrong_one(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.mp3", tmp_path / "bad.mp3"
    _mp3(good, 2.0)
    _mp3(bad, 1.5)
    check_audio_file(good, 2000)
    with pytest.raises(OutputError, match=r"bad.mp3: failed verification: lasts 15\d\d ms, the timeline says 2000 ms"):
        check_audio_file(bad, 2000)
    assert good.exists() and not bad.exists()


def test_verification_requires_one_marker_per_chapter(tmp_path: Path) -> None:
    from audiobook.audio.encode import add_chapters, ffmetadata

    stream, book = tmp_path / "stream.mp3", tmp_path / "Book.mp3"
    _mp3(stream, 3.0)
    meta = tmp_path / "chapters.ffmeta"
    meta.write_text(ffmetadata({"title": "T"}, [("One", 0, 22050), ("Two", 22050, 66150)]))
    add_chapters(stream, meta, book, "mp3")
    check_audio_file(book, 3000, [0, 1000])
    with pytest.raises(OutputError, match="has 2 chapter markers, the book has 3 chapters"):
        check_audio_file(book, 3000, [0, 1000, 2000])
    assert not book.exists()


@pytest.mark.slow
def test_a_damaged_cache_entry_fails_verification_of_the_timeline(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The check the flow runs before writing the manifest, on a real render's timeline."""
    from audiobook.audio.timeline import chapter_timeline
    from audiobook.ingest import read_book
    from audiobook.outputs.verify import check_timeline
    from audiobook.settings import RenderSettings
    from audiobook.synthesis.render import render_segments
    from audiobook.text.segmenter import SegmentOptions, plan_book
    from audiobook.tts.registry import load_engine

    settings = RenderSettings(cache_dir=str(tmp_path / "cache"))
    plan = plan_book(read_book(str(SAMPLES / "clockmaker.html")), SegmentOptions())
    chapter = plan.chapters[0]
    rendered = render_segments(chapter.segments, load_engine("espeak", None, {}), settings)
    timelines = [chapter_timeline(chapter, rendered, settings, 0)]
    partial = type(plan)(plan.book, plan.language, (chapter,))
    cache = SegmentCache(settings.cache_dir)
    check_timeline(partial, timelines, cache)
    entry = Path(cache.path_for(rendered[1].cache_key))
    with wave.open(str(entry), "rb") as clip:
        pcm = clip.readframes(clip.getnframes())
    with wave.open(str(entry), "wb") as clip:  # same format, different length: not the audio that was laid out
        clip.setnchannels(1), clip.setsampwidth(2), clip.setframerate(22050)
        clip.writeframes(pcm[: len(pcm) // 2])
    with pytest.raises(OutputError, match=f"segment {rendered[1].id} is missing or changed"):
        check_timeline(partial, timelines, cache)
    with pytest.raises(OutputError, match="does not hold every segment in order"):
        check_timeline(plan, timelines, cache)


@pytest.mark.slow
def test_editing_one_paragraph_re_renders_only_its_segments(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    original = (SAMPLES / "clockmaker.html").read_text(encoding="utf-8")
    sentence = '"Why do we never wind that one?" Tomas asked on his third day.'
    assert original.count(sentence) == 1
    book = tmp_path / "clockmaker.html"
    book.write_text(original, encoding="utf-8")
    cache = str(tmp_path / "cache")
    first = render_book(engine="espeak", source=str(book), output_dir=str(tmp_path / "first"), formats=["m4b"], cache_dir=cache)
    book.write_text(original.replace(sentence, '"Why does nobody wind that one?" Tomas asked on his third day.'),
                    encoding="utf-8")
    second = render_book(engine="espeak", source=str(book), output_dir=str(tmp_path / "second"), formats=["m4b"], cache_dir=cache)
    assert second["segments"] == first["segments"]
    assert second["segments_synthesized"] == 1 and second["segments_from_cache"] == first["segments"] - 1
    manifest = json.loads((tmp_path / "second" / "manifest.json").read_text())
    fresh = [s["text"] for c in manifest["chapters"] for s in c["segments"] if not s["from_cache"]]
    assert fresh == ['"Why does nobody wind that one?" Tomas asked on his third day.']
