"""render-library and narrate-scripts on Prefect's real ephemeral API, through the CLI.

Checked: a broken book fails alone with its reason; current books are skipped and
changed ones rendered again; the summary artifact exists; every episode is a tagged,
chaptered MP3 with its manifest; the RSS feed parses cleanly as a podcast app reads it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from lxml import etree
from mutagen.id3 import ID3

from audiobook.cli import main
from tests.helpers import SAMPLES, requires_tools

pytestmark = [pytest.mark.slow, requires_tools]
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


def _artifact_rows(key: str) -> list[dict]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    latest = max(artifacts, key=lambda a: a.created)
    return json.loads(latest.data) if isinstance(latest.data, str) else latest.data


def test_library_isolates_failures_skips_current_books_and_renders_changed_ones(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copy(SAMPLES / "moulin.epub", inbox)
    shutil.copy(SAMPLES / "clockmaker.html", inbox)
    (inbox / "broken.epub").write_bytes(b"PK\x03\x04 not really a zip")
    (inbox / "cover.jpg").write_bytes(b"not a book: ignored by the folder scan")
    command = ["library", "--engine", "espeak", str(inbox), "-o", str(out), "--format", "m4b", "--cache-dir", str(cache)]

    first = CliRunner().invoke(main, command)
    assert first.exit_code == 1
    assert "rendered  clockmaker.html" in first.stdout and "rendered  moulin.epub" in first.stdout
    assert "failed    broken.epub: " in first.stdout and "not a valid EPUB" in first.stdout
    assert first.stderr.strip().startswith("error: 1 of 3 sources failed") and len(first.stderr.splitlines()) == 1
    for name in ("moulin", "clockmaker"):
        manifest = json.loads((out / name / "manifest.json").read_text())
        assert (out / name / "Book.m4b").stat().st_size > 0 and manifest["job"]["fingerprint"]
    assert not (out / "broken").exists()  # a failed book leaves no empty folder behind
    rows = {row["source"]: row for row in _artifact_rows("library-summary")}
    assert rows["broken.epub"]["status"] == "failed" and rows["moulin.epub"]["status"] == "rendered"

    (inbox / "broken.epub").unlink()
    again = CliRunner().invoke(main, command)
    assert again.exit_code == 0, again.output
    assert "current   clockmaker.html" in again.stdout and "current   moulin.epub" in again.stdout

    (inbox / "clockmaker.html").write_text((SAMPLES / "clockmaker.html").read_text().replace("clock", "watch"))
    edited = CliRunner().invoke(main, command)
    assert edited.exit_code == 0, edited.output
    assert "rendered  clockmaker.html" in edited.stdout and "current   moulin.epub" in edited.stdout
    slower = CliRunner().invoke(main, [*command, "--speed", "0.9"])  # a changed setting: everything again
    assert "rendered  moulin.epub" in slower.stdout and "rendered  clockmaker.html" in slower.stdout


def test_a_library_lexicon_is_heard_and_an_edited_one_renders_again(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox, out, cache, lexicon = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache", tmp_path / "names.txt"
    inbox.mkdir()
    shutil.copy(SAMPLES / "clockmaker.html", inbox)
    lexicon.write_text("[en]\nBell = Belle\n", encoding="utf-8")
    command = ["library", "--engine", "espeak", str(inbox), "-o", str(out), "--format", "m4b", "--cache-dir", str(cache),
               "--lexicon", str(lexicon)]

    def heard() -> str:
        manifest = json.loads((out / "clockmaker" / "manifest.json").read_text())
        return " ".join(s["spoken"] for c in manifest["chapters"] for s in c["segments"])

    first = CliRunner().invoke(main, command)
    assert first.exit_code == 0 and "rendered  clockmaker.html" in first.stdout, first.output
    assert "Belle Street" in heard()
    assert "current   clockmaker.html" in CliRunner().invoke(main, command).stdout
    lexicon.write_text("[en]\nBell = Bella\n", encoding="utf-8")  # same file, new rules: not current any more
    edited = CliRunner().invoke(main, command)
    assert "rendered  clockmaker.html" in edited.stdout and "Bella Street" in heard()


def test_a_picture_beside_a_library_book_under_its_name_is_its_cover(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A publisher's inbox holds "clockmaker.html" and "clockmaker.png": the book, which has no cover, and its
    cover. The picture was ignored and the M4B had none. It is the book's cover, and a new picture under that name
    renders the book again (it is not current any more)."""
    from mutagen.mp4 import MP4

    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copy(SAMPLES / "clockmaker.html", inbox)
    picture = (SAMPLES / "podcast" / "cover.png").read_bytes()
    (inbox / "clockmaker.png").write_bytes(picture)
    command = ["library", "--engine", "espeak", str(inbox), "-o", str(out), "--format", "m4b", "--cache-dir", str(cache)]
    first = CliRunner().invoke(main, command)
    assert first.exit_code == 0 and "rendered  clockmaker.html" in first.stdout, first.output
    assert bytes(MP4(str(out / "clockmaker" / "Book.m4b")).tags["covr"][0]) == picture
    assert "current   clockmaker.html" in CliRunner().invoke(main, command).stdout
    (inbox / "clockmaker.png").write_bytes(picture + b"\0")
    assert "rendered  clockmaker.html" in CliRunner().invoke(main, command).stdout


@pytest.fixture(scope="module")
def narrated(prefect_api, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("podcast")
    cache = tmp_path_factory.mktemp("podcast-cache")
    # the default engine, as the README runs it: Piper for English, where the show's voices are espeak-ng's
    result = CliRunner().invoke(main, ["narrate", str(SAMPLES / "podcast"), "-o", str(out), "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    return out, result


def test_every_script_becomes_a_tagged_chaptered_episode(narrated) -> None:  # type: ignore[no-untyped-def]
    out, _ = narrated
    for name, sections, number in (("01-fog-signals", 3, 1), ("02-the-logbook", 3, 2), ("03-relief-day", 1, 3)):
        folder = out / "episodes" / name
        manifest = json.loads((folder / "manifest.json").read_text())
        tags = ID3(str(folder / f"{name}.mp3"))
        assert str(tags["TALB"]) == "The Lamp Room" and str(tags["TCON"]) == "Podcast"
        assert str(tags["TRCK"]) == str(number) and str(tags["TIT2"]) == manifest["book"]["title"]
        assert len(tags.getall("CHAP")) == sections == len(manifest["chapters"])
        voices = {(s["speaker"], s["voice"]) for c in manifest["chapters"] for s in c["segments"]}
        guest = "en-gb+Alicia" if name == "02-the-logbook" else "en-gb+Andy"  # the script's choice beats the show's
        assert voices == {("HOST", "en-us+Annie"), ("GUEST", guest)}
        # espeak-ng has those voices, Piper does not: espeak-ng reads them (Piper refused them, and every episode)
        assert {s["backend"] for c in manifest["chapters"] for s in c["segments"]} == {"espeak"}
    assert "stage direction" in json.dumps(json.loads((out / "episodes/01-fog-signals/manifest.json").read_text())
                                           ["skipped"])


def test_the_feed_is_what_podcast_apps_read(narrated) -> None:  # type: ignore[no-untyped-def]
    out, _ = narrated
    feed = feedparser.parse(str(out / "feed.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "The Lamp Room" and feed.feed.author == "Harbour Radio"
    assert feed.feed.image.href == "https://harbour-radio.example/lamp-room/cover.png"
    assert [e.title for e in feed.entries] == ["Relief Day", "The Logbook", "Fog Signals"]  # newest first
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        local = out / enclosure.href.removeprefix("https://harbour-radio.example/lamp-room/")
        assert int(enclosure.length) == local.stat().st_size and enclosure.type == "audio/mpeg"
        manifest = json.loads((local.parent / "manifest.json").read_text())
        seconds = round(manifest["totals"]["duration_ms"] / 1000)
        assert entry.itunes_duration == f"00:{seconds // 60:02d}:{seconds % 60:02d}"
        assert entry.published_parsed and entry.id
    root = etree.parse(str(out / "feed.xml")).getroot()
    assert root.find(f"channel/{ITUNES}category").get("text") == "History"
    assert [e.text for e in root.iter(f"{ITUNES}episode")] == ["3", "2", "1"]
    assert (out / "cover.png").read_bytes() == (SAMPLES / "podcast" / "cover.png").read_bytes()


def test_narrating_again_renders_nothing(narrated) -> None:  # type: ignore[no-untyped-def]
    out, _ = narrated
    cache = out.parent / "unused-cache"
    again = CliRunner().invoke(main, ["narrate", str(SAMPLES / "podcast"), "-o", str(out), "--cache-dir", str(cache)])
    assert again.exit_code == 0, again.output
    assert again.stdout.count("current ") == 3 and "3 episodes (0 rendered, 3 already current)" in again.stdout
    assert not cache.exists()


def test_speakers_read_with_one_voice_are_pointed_out(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A script whose speakers have no voices of their own is read with one voice for all: the run says
    so, naming them and how to give each a voice, in its output and in the manifest; a script whose
    speakers each have a voice (the samples) gets no such note."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "chat.md").write_text("---\nshow: Chat\nepisode: 1\n---\n## Part one\n\nHOST: Hello and welcome.\n\n"
                                     "GUEST: Thank you for having me.\n\nHOST: Shall we start?\n", encoding="utf-8")
    command = ["narrate", "--engine", "espeak", str(scripts), "-o", str(tmp_path / "out"),
               "--cache-dir", str(tmp_path / "cache")]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    note = "HOST and GUEST are all read with the voice en-us: a listener cannot tell them apart"
    assert note in result.stdout
    manifest = json.loads((tmp_path / "out" / "episodes" / "chat" / "manifest.json").read_text())
    assert [n.split(" (give")[0] for n in manifest["notes"]] == [note]
    assert note in (tmp_path / "out" / "episodes" / "chat" / "report.html").read_text(encoding="utf-8")
    assert note in CliRunner().invoke(main, command).stdout  # said again when the episode is current


def test_a_script_whose_speakers_have_voices_gets_no_note(narrated) -> None:  # type: ignore[no-untyped-def]
    out, result = narrated
    assert "note:" not in result.stdout
    assert json.loads((out / "episodes" / "01-fog-signals" / "manifest.json").read_text())["notes"] == []


def test_a_folder_of_scripts_written_in_word_is_narrated(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Podcasters write scripts in word processors. A .docx in the scripts folder was passed over without a word
    (and a folder of them refused as holding no scripts); it is an episode, read as the script it is."""
    from tests.test_word import builder, manuscript

    paragraph = builder().paragraph
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "01-chat.md").write_text("---\nshow: Chat\nepisode: 1\n---\nHOST: Hello and welcome.\n\n"
                                        "GUEST: Thank you for having me.\n\nHOST: Shall we start?\n", encoding="utf-8")
    shutil.move(manuscript(tmp_path, "02-lamps.docx", [
        paragraph("Episode 2: Lamps"), paragraph("HOST: Tonight, lamps."), paragraph("[Theme music]"),
        paragraph("GUEST: Every lamp needs a keeper."), paragraph("HOST: Even now?")]), scripts)
    result = CliRunner().invoke(main, ["narrate", "--engine", "espeak", str(scripts), "-o", str(tmp_path / "out"),
                                       "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert "2 episodes (2 rendered, 0 already current)" in result.stdout
    manifest = json.loads((tmp_path / "out" / "episodes" / "02-lamps" / "manifest.json").read_text())
    assert manifest["book"]["title"] == "Lamps"
    turns = [(s.get("speaker"), s["text"]) for c in manifest["chapters"] for s in c["segments"]]
    assert turns == [(None, "Episode 2: Lamps"), ("HOST", "Tonight, lamps."), ("GUEST", "Every lamp needs a keeper."),
                     ("HOST", "Even now?")]
    feed = feedparser.parse(str(tmp_path / "out" / "feed.xml"))
    assert sorted(e.title for e in feed.entries) == ["01 chat", "Lamps"]
