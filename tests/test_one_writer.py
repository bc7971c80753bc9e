"""One run at a time writes an output folder.

A second render, library or narration into a folder another run is writing stops at once with
one line naming the folder and the run that holds it, and touches nothing there: not the other
run's scratch files, not the finished files. A killed run leaves the folder free.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from audiobook.cli import main
from audiobook.errors import OutputError
from audiobook.files import remove_stale_partials
from audiobook.folder_lock import LOCK_FILE, folder_held
from tests.helpers import ROOT, SAMPLES, requires_tools


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_held_folder_refuses_a_second_holder_and_names_the_first(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with folder_held(out, "render-book lighthouse.epub, flow run quiet-otter"):
        with pytest.raises(OutputError) as refused, folder_held(out, "render-book other.epub"):
            pass
        message = str(refused.value)
        assert message.startswith(f"{out}: another run is writing to this folder")
        assert "render-book lighthouse.epub, flow run quiet-otter" in message and "pid " in message
        assert "\n" not in message
        assert (out / LOCK_FILE).exists()
    assert not (out / LOCK_FILE).exists()  # an ended run leaves no file behind
    with folder_held(out, "render-book other.epub"):  # and the folder is free again
        assert (out / LOCK_FILE).exists()


def test_a_killed_holder_leaves_the_folder_free(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from audiobook.folder_lock import "
         "folder_held\nwith folder_held(Path(sys.argv[1]), 'killed run'):\n print('held', flush=True); "
         "time.sleep(600)", str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(OutputError, match="killed run"), folder_held(out, "second"):
            pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert (out / LOCK_FILE).exists()  # SIGKILL ran no clean-up, but the kernel dropped the lock
    with folder_held(out, "after the kill"):
        assert "after the kill" in (out / LOCK_FILE).read_text()


def test_a_folder_that_cannot_be_made_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(OutputError, match=r"a-file/out: cannot write to the output folder"), \
            folder_held(tmp_path / "a-file" / "out", "render-book"):
        pass


def test_stale_scratch_is_removed_but_not_in_a_subfolder_another_run_holds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "chapters").mkdir(parents=True)
    stale = [out / ".Book.m4b.x1.partial.m4b", out / "chapters" / ".01 - One.mp3.x2.partial.mp3"]
    for path in stale:
        path.write_bytes(b"killed run")
    preview = out / "preview"
    with folder_held(preview, "render-book --preview-seconds 30"):
        scratch = preview / ".01 - One.mp3.x3.partial.mp3"
        scratch.write_bytes(b"a preview being written")
        assert remove_stale_partials(out) == 2
        assert not any(p.exists() for p in stale) and scratch.exists()


@requires_tools
@pytest.mark.slow
def test_a_render_into_a_folder_being_written_stops_and_touches_nothing(  # type: ignore[no-untyped-def]
        prefect_api, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"written by": "the run that holds the folder"}))
    (out / ".Book.m4b.abc.partial.m4b").write_bytes(b"the other run's book, half encoded")
    before = _files(out)
    command = ["render", "--engine", "espeak", str(SAMPLES / "lighthouse.epub"), "-o", str(out),
               "--cache-dir", str(cache), "--format", "m4b"]
    with folder_held(out, "render-library inbox, flow run nightly-otter"):
        refused = CliRunner().invoke(main, command)
        assert refused.exit_code == 1
        assert refused.stderr.strip().splitlines() == [
            refused.stderr.strip()] and "another run is writing to this folder" in refused.stderr
        assert str(out) in refused.stderr and "render-library inbox, flow run nightly-otter" in refused.stderr
        assert _files(out) == {**before, LOCK_FILE: (out / LOCK_FILE).read_bytes()}
        assert not cache.exists() or not any(cache.rglob("*.wav"))  # stopped before any synthesis

    rendered = CliRunner().invoke(main, command)  # once the folder is free, the same command renders
    assert rendered.exit_code == 0, rendered.output
    assert json.loads((out / "manifest.json").read_text())["totals"]["segments"] > 0
    assert not list(out.rglob("*.partial*")) and not (out / LOCK_FILE).exists()


@requires_tools
@pytest.mark.slow
@pytest.mark.parametrize("command", [["library", str(SAMPLES / "moulin.epub")],
                                     ["narrate", str(SAMPLES / "podcast")]])
def test_a_batch_into_a_folder_being_written_stops_before_any_source(  # type: ignore[no-untyped-def]
        prefect_api, tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "out"
    with folder_held(out, "an earlier scheduled run"):
        refused = CliRunner().invoke(main, [*command, "--engine", "espeak", "-o", str(out),
                                            "--cache-dir", str(tmp_path / "cache")])
    assert refused.exit_code == 1
    assert "another run is writing to this folder (pid" in refused.stderr
    assert "an earlier scheduled run" in refused.stderr
    assert not [p for p in out.rglob("*") if p.name != LOCK_FILE]  # no book, episode, feed or summary
