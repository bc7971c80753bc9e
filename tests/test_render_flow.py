"""The render-book flow end to end on Prefect's real ephemeral API, real espeak-ng and ffmpeg.

Checked on the real output with ffprobe and mutagen: chapter markers equal the
manifest's chapter starts, every file's duration equals the manifest's within 50 ms.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp4 import MP4

from tests.helpers import SAMPLES, requires_tools, served_in_chromium

pytestmark = [pytest.mark.slow, requires_tools]


def ffprobe(path: Path, *entries: str) -> dict:
    result = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", *entries, str(path)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def duration_ms(path: Path) -> float:
    """What a listener hears: decoded samples (encoder delay and padding removed)."""
    pcm = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "22050", "-"],
                         capture_output=True, check=True).stdout
    return len(pcm) / 2 / 22050 * 1000


def probed_ms(path: Path) -> float:
    """What a player shows: container duration less the start offset."""
    stream = ffprobe(path, "-show_entries", "stream=duration,start_time")["streams"][0]
    return (float(stream["duration"]) - float(stream.get("start_time") or 0)) * 1000


@pytest.fixture(scope="module")
def rendered(prefect_api, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    out = tmp_path_factory.mktemp("out")
    cache = tmp_path_factory.mktemp("cache")
    result = render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(out),
                         formats=["m4b", "mp3", "mp3-single"], cache_dir=str(cache))
    manifest = json.loads((out / "manifest.json").read_text())
    return out, manifest, {"result": result, "cache": cache}


def test_outputs_exist_and_nothing_partial_is_left(rendered) -> None:  # type: ignore[no-untyped-def]
    out, manifest, _ = rendered
    assert manifest["schema"] == "audiobook-manifest/1"
    assert (out / manifest["outputs"]["m4b"]).stat().st_size > 0
    assert [Path(f).name for f in manifest["outputs"]["chapter_files"]] == [
        "01 - Chapter 1. The Storm Log.mp3", "02 - Chapter 2. A Visitor by Boat.mp3", "03 - Chapter 3. Lamps and Letters.mp3"]
    assert not list(out.rglob("*.partial*"))


def test_m4b_chapter_markers_equal_manifest(rendered) -> None:  # type: ignore[no-untyped-def]
    out, manifest, _ = rendered
    chapters = ffprobe(out / "Book.m4b", "-show_chapters")["chapters"]
    assert [c["tags"]["title"] for c in chapters] == [c["title"] for c in manifest["chapters"]]
    for probed, listed in zip(chapters, manifest["chapters"], strict=True):
        assert abs(float(probed["start_time"]) * 1000 - listed["start_ms"]) <= 1
        assert abs(float(probed["end_time"]) * 1000 - listed["end_ms"]) <= 1
    assert abs(duration_ms(out / "Book.m4b") - manifest["totals"]["duration_ms"]) <= 50
    assert abs(probed_ms(out / "Book.m4b") - manifest["totals"]["duration_ms"]) <= 50


def test_chapter_files_durations_and_tags(rendered) -> None:  # type: ignore[no-untyped-def]
    out, manifest, _ = rendered
    for chapter in manifest["chapters"]:
        path = out / chapter["file"]
        assert abs(duration_ms(path) - (chapter["end_ms"] - chapter["start_ms"])) <= 50
        assert abs(probed_ms(path) - (chapter["end_ms"] - chapter["start_ms"])) <= 50
        tags = ID3(str(path))
        assert str(tags["TIT2"]) == chapter["title"]
        assert str(tags["TALB"]) == "The Keeper of Gull Point"
        assert str(tags["TRCK"]) == f"{chapter['index']}/3"
        assert tags.getall("APIC")[0].mime == "image/png"


def test_m4b_tags_and_cover(rendered) -> None:  # type: ignore[no-untyped-def]
    out, _, _ = rendered
    tags = MP4(str(out / "Book.m4b")).tags
    assert tags["\xa9nam"] == ["The Keeper of Gull Point"] and tags["\xa9gen"] == ["Audiobook"]
    assert tags["\xa9ART"] == ["Audiobook Project Authors"] and tags["covr"]
    # the book's description, which reader apps show under its title (the M4B had none; only the sidecar did)
    description = "A short novella about a lighthouse keeper, written as a sample for the audiobook pipeline."
    assert (tags["desc"], tags["ldes"]) == ([description], [description])
    # who reads it, in the composer tag where audiobook apps look for the narrator (as the sidecar names it)
    narrators = json.loads((out / "metadata.json").read_text())["narrators"]
    assert tags["\xa9wrt"] == narrators == ["espeak-ng"]
    assert {str(ID3(str(f))["TCOM"]) for f in (out / "chapters").glob("*.mp3")} == {"espeak-ng"}


def test_single_mp3_has_chapter_frames(rendered) -> None:  # type: ignore[no-untyped-def]
    out, manifest, _ = rendered
    tags = ID3(str(out / "Book.mp3"))
    chaps = tags.getall("CHAP")
    assert len(chaps) == 3 and tags.getall("CTOC")
    assert sorted(c.start_time for c in chaps) == [c["start_ms"] for c in manifest["chapters"]]


def test_manifest_segments_are_ordered_and_timed(rendered) -> None:  # type: ignore[no-untyped-def]
    _, manifest, _ = rendered
    previous_end = 0
    for chapter in manifest["chapters"]:
        for segment in chapter["segments"]:
            assert previous_end <= segment["start_ms"] < segment["end_ms"] <= chapter["end_ms"]
            # the sample declares en-GB: espeak-ng reads it with its British voice
            assert segment["voice"] == "en-gb" and len(segment["cache_key"]) == 64
            # espeak-ng read it, not the Voice.ai model the plan names for English ("voiceai-tts-v1-latest" was shown)
            assert (segment["backend"], segment["model"]) == ("espeak", None)
            previous_end = segment["end_ms"]
        assert chapter["model"] is None
    assert manifest["totals"]["segments_synthesized"] == manifest["totals"]["segments"]


def test_subtitles_follow_segment_timings(rendered) -> None:  # type: ignore[no-untyped-def]
    out, manifest, _ = rendered
    srt = (out / "Book.srt").read_text()
    first = manifest["chapters"][0]["segments"][0]
    assert srt.startswith("1\n00:00:00,000 --> ") and first["text"] in srt
    assert srt.count(" --> ") == manifest["totals"]["segments"]


def test_webvtt_subtitles_load_in_a_browser_with_the_segment_timings(rendered) -> None:  # type: ignore[no-untyped-def]
    """Chromium's own WebVTT parser reads the book's and a chapter's .vtt beside the audio."""
    out, manifest, _ = rendered
    chapter = manifest["chapters"][0]
    chapter_vtt = manifest["outputs"]["subtitles"]["chapters_vtt"][0]
    assert manifest["outputs"]["subtitles"]["book_vtt"] == "Book.vtt" and (out / "Book.vtt").read_text().startswith(
        "WEBVTT\n")
    (out / "player.html").write_text(
        f'<audio id="book" src="Book.m4b"><track kind="subtitles" src="Book.vtt" default></audio>'
        f'<audio id="chapter" src="{chapter_vtt[:-4]}.mp3"><track kind="subtitles" src="{chapter_vtt}" default></audio>')
    with served_in_chromium(out) as (page, base):
        page.goto(f"{base}/player.html")
        page.evaluate("document.querySelectorAll('track').forEach(t => t.track.mode = 'hidden')")
        page.wait_for_function("Array.from(document.querySelectorAll('track')).every(t => t.readyState === 2)",
                               timeout=20_000)
        cues = page.evaluate("""Object.fromEntries(['book', 'chapter'].map(id => [id, Array.from(
            document.getElementById(id).textTracks[0].cues).map(c => [c.startTime, c.endTime, c.text])]))""")
    segments = [s for c in manifest["chapters"] for s in c["segments"]]
    assert len(cues["book"]) == len(segments)
    for (start, end, text), segment in zip(cues["book"], segments):
        assert (round(start * 1000), round(end * 1000), text) == (segment["start_ms"], segment["end_ms"], segment["text"])
    assert len(cues["chapter"]) == len(chapter["segments"])
    assert round(cues["chapter"][-1][1] * 1000) == chapter["segments"][-1]["end_ms"] - chapter["start_ms"]


def test_second_run_comes_from_the_cache(rendered, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    _, manifest, extra = rendered
    result = render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path), formats=["m4b"],
                         cache_dir=str(extra["cache"]))
    assert result["segments_from_cache"] == manifest["totals"]["segments"]
    assert result["segments_synthesized"] == 0
    assert abs(result["duration_ms"] - manifest["totals"]["duration_ms"]) <= 1


def test_mixed_language_book_uses_each_languages_voice(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    render_book(engine="espeak", source=str(SAMPLES / "polyglot.epub"), output_dir=str(tmp_path), formats=["m4b"])
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    voices = {s["language"]: s["voice"] for c in manifest["chapters"] for s in c["segments"]}
    assert voices == {"en": "en-us", "es": "es", "de": "de"}
    assert manifest["outputs"]["chapter_files"] == []


def _loudness(path: Path) -> tuple[float, float]:
    report = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true",
                             "-f", "null", "-"], capture_output=True, text=True, check=True).stderr
    summary = report[report.rindex("Summary:"):]
    integrated = float(summary.split("I:")[1].split("LUFS")[0])
    peak = float(summary.split("Peak:")[1].split("dBFS")[0])
    return integrated, peak


def test_every_chapter_is_brought_to_the_loudness_target(rendered) -> None:  # type: ignore[no-untyped-def]
    out, manifest, _ = rendered
    assert manifest["settings"]["audio"]["loudness_lufs"] == -18.0
    for chapter in manifest["chapters"]:
        loudness = chapter["loudness"]
        assert loudness["target_lufs"] == -18.0 and -30 < loudness["measured_lufs"] < -10
        assert loudness["gain_db"] >= -18.0 - loudness["measured_lufs"]  # at least the plain gain (limiter makeup)
        integrated, peak = _loudness(out / chapter["file"])
        assert abs(integrated - -18.0) <= 1.0, (chapter["title"], integrated)
        assert peak <= -1.0, (chapter["title"], peak)
    integrated, _ = _loudness(out / "Book.m4b")
    assert abs(integrated - -18.0) <= 1.0


def test_render_reads_the_book_as_inspect_shows_it_with_the_same_text_options(tmp_path: Path) -> None:
    import json as json_module
    import subprocess
    import sys

    options = ["--max-words", "9", "--max-chars", "80", "--unsupported", "skip", "--include-nonlinear", "--alt-text"]
    book = str(SAMPLES / "polyglot.epub")
    cli = [sys.executable, "-m", "audiobook.cli"]
    shown = subprocess.run([*cli, "inspect", book, "--json", *options], capture_output=True, text=True, check=True,
                           stdin=subprocess.DEVNULL)
    rendered = subprocess.run([*cli, "render", "--engine", "espeak", book, "-o", str(tmp_path / "out"), "--format", "m4b", *options],
                              capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert rendered.returncode == 0, rendered.stderr
    manifest = json_module.loads((tmp_path / "out" / "manifest.json").read_text())

    def segments(document: dict) -> list[tuple[str, str]]:
        return [(s["id"], s["text"]) for c in document["chapters"] for s in c["segments"]]

    planned = json_module.loads(shown.stdout)
    assert segments(manifest) == segments(planned) and len(segments(planned)) > 12  # shorter segments than default
    assert manifest["skipped"] == planned["skipped"]
    bad = subprocess.run([*cli, "render", "--engine", "espeak", book, "-o", str(tmp_path / "bad"), "--model", "voiceai-tts-v9"],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert bad.returncode == 2 and bad.stderr.startswith("error: invalid option: model:")
    assert len(bad.stderr.strip().splitlines()) == 1 and not (tmp_path / "bad").exists()


def test_a_chapter_subset_renders_alone_and_a_full_render_reuses_it(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    from audiobook.errors import ConfigurationError

    cache = str(tmp_path / "cache")
    render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "part"),
                chapters="2-3", cache_dir=cache)
    part = json.loads((tmp_path / "part" / "manifest.json").read_text())
    assert part["chapters_rendered"] == {"chapters": [2, 3], "of": 3}
    assert [c["index"] for c in part["chapters"]] == [2, 3]
    assert sorted(p.name for p in (tmp_path / "part" / "chapters").glob("*.mp3")) == [
        "02 - Chapter 2. A Visitor by Boat.mp3", "03 - Chapter 3. Lamps and Letters.mp3"]
    assert [c["tags"]["title"] for c in ffprobe(tmp_path / "part" / "Book.m4b", "-show_chapters")["chapters"]] == [
        "Chapter 2. A Visitor by Boat", "Chapter 3. Lamps and Letters"]
    render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "full"),
                cache_dir=cache)
    full = json.loads((tmp_path / "full" / "manifest.json").read_text())
    from_cache = {s["id"] for c in full["chapters"] for s in c["segments"] if s["from_cache"]}
    assert from_cache == {s["id"] for c in part["chapters"] for s in c["segments"]}
    with pytest.raises(ConfigurationError, match="outside the book's chapters 1-3"):
        render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "bad"),
                    chapters="4", cache_dir=cache)
    assert not (tmp_path / "bad").exists()


def test_a_preview_renders_the_first_seconds_of_each_chapter_into_its_own_folder(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    out, cache = tmp_path / "book", tmp_path / "cache"
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "render", "--engine", "espeak", str(SAMPLES /
                             "lighthouse.epub"), "-o", str(out), "--preview", "8", "--cache-dir", str(cache)],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    preview = json.loads((out / "preview" / "manifest.json").read_text())
    files = sorted((out / "preview" / "chapters").glob("*.mp3"))
    assert len(files) == 3 and not (out / "Book.m4b").exists() and not (out / "preview" / "Book.m4b").exists()
    full = render_full(out / "full", cache)
    for chapter, whole, path in zip(preview["chapters"], full["chapters"], files):
        seconds = duration_ms(path) / 1000
        assert 8 <= seconds < (whole["end_ms"] - whole["start_ms"]) / 1000  # the opening, not the chapter
        assert [s["text"] for s in chapter["segments"]] == [s["text"] for s in whole["segments"][:len(chapter["segments"])]]
    assert {s["id"] for c in full["chapters"] for s in c["segments"] if s["from_cache"]} == {
        s["id"] for c in preview["chapters"] for s in c["segments"]}


def render_full(out: Path, cache: Path) -> dict:
    from audiobook.flows.render_book import render_book

    render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(out), cache_dir=str(cache))
    return json.loads((out / "manifest.json").read_text())


def test_the_readmes_first_command_renders_the_sample_with_the_default_engine(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`audiobook render samples/lighthouse.epub -o out` as the README's first command runs it: no
    engine named, so "auto" (Piper's voice for English where installed), offline, every chapter in
    the book and in the manifest, nothing partial left. The other flow tests name espeak-ng for speed."""
    from click.testing import CliRunner

    from audiobook.cli import main
    from audiobook.tts.registry import piper_installed

    result = CliRunner().invoke(main, ["render", str(SAMPLES / "lighthouse.epub"), "-o", str(tmp_path / "out"),
                                       "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    english = {s["backend"] for c in manifest["chapters"] for s in c["segments"] if s["language"] == "en"}
    assert english == ({"piper"} if piper_installed() else {"espeak"})
    assert len(MP4(str(tmp_path / "out" / manifest["outputs"]["m4b"])).tags["\xa9nam"]) == 1
    assert len(manifest["outputs"]["chapter_files"]) == len(manifest["chapters"]) == 3
    assert not list((tmp_path / "out").rglob("*.partial*"))


def test_a_cover_title_and_authors_given_for_a_book_are_in_every_output(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A manuscript or text book has no cover, and its M4B, MP3s and sidecar had none: a reader app showed a blank
    tile. `--cover FILE` (flow parameter `cover`) is the book's cover in each, and `--title` and `--author` name the
    book where what it says, or what was found, is wrong. A file that is no PNG or JPEG is refused before anything
    runs, in one line naming it, and no folder is left."""
    from click.testing import CliRunner

    from audiobook.cli import main

    book = tmp_path / "keeper.txt"
    book.write_text("THE KEEPER\n\nby Ann Example\n\n\nCHAPTER I.\n\nThe lamp was lit at dusk.\n\n\n"
                    "CHAPTER II.\n\nThe storm came at dawn.\n", encoding="utf-8")
    cover = SAMPLES / "podcast" / "cover.png"
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["render", str(book), "-o", str(out), "--engine", "espeak", "--cover",
                                       str(cover), "--title", "The Lamp Keeper", "--author", "Ann Example;  Bo Roe",
                                       "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    picture = cover.read_bytes()
    tags = MP4(str(out / "Book.m4b")).tags
    assert (bytes(tags["covr"][0]), tags["\xa9nam"], tags["\xa9ART"]) == (picture, ["The Lamp Keeper"],
                                                                          ["Ann Example, Bo Roe"])
    sidecar = json.loads((out / "metadata.json").read_text())
    assert (sidecar["title"], sidecar["authors"]) == ("The Lamp Keeper", ["Ann Example", "Bo Roe"])
    assert [ID3(str(f)).getall("APIC")[0].data for f in sorted((out / "chapters").glob("*.mp3"))] == [picture] * 2
    assert (out / "cover.png").read_bytes() == picture
    from audiobook.job import job_fingerprint
    from audiobook.settings import RenderOptions

    mine = tmp_path / "mine.png"  # a new picture under the same name: the book is no longer current
    mine.write_bytes(picture)
    before = job_fingerprint(RenderOptions(engine="espeak", cover=str(mine)))
    mine.write_bytes(picture + b"\0")
    assert job_fingerprint(RenderOptions(engine="espeak", cover=str(mine))) != before
    text = tmp_path / "cover.png"
    text.write_text("not a picture")
    result = CliRunner().invoke(main, ["render", str(book), "-o", str(tmp_path / "none"), "--engine", "espeak",
                                       "--cover", str(text)])
    assert result.exit_code == 2 and result.stderr.strip() == (
        f"error: {text}: the cover is neither a PNG nor a JPEG picture"), result.output
    assert not (tmp_path / "none").exists()
