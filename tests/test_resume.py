"""A render killed with SIGKILL half-way resumes: the same command completes, synthesizes
only what was missing, and the manifest says which segments came from the cache."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from audiobook.folder_lock import LOCK_FILE
from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from samples.synthetic import write_synthetic_epub
from tests.helpers import ROOT, requires_tools

pytestmark = [pytest.mark.slow, requires_tools]
KEY = "vk_resume_test"


def test_kill_at_half_way_then_resume(tmp_path: Path) -> None:
    book = write_synthetic_epub(tmp_path / "book.epub", words=2400, chapters=4)
    cache, out = tmp_path / "cache", tmp_path / "out"
    with LocalServer(ServerOptions(api_key=KEY, latency=0.15, max_concurrent=3)) as server:
        env = {**os.environ, "AUDIOBOOK_VOICEAI_BASE_URL": server.base_url, "AUDIOBOOK_VOICEAI_API_KEY": KEY,
               "AUDIOBOOK_CACHE_DIR": str(cache), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "AUDIOBOOK_ASR_SAMPLE": "0"}  # the local server speaks with espeak-ng (see test_voiceai_render)
        command = [sys.executable, "-c", "from audiobook.cli import main; main()", "render", "--engine", "espeak", str(book), "-o", str(out),
                   "--engine", "voiceai"]
        total = json.loads(subprocess.run([*command[:3], "inspect", "--json", str(book)], capture_output=True,
                                          text=True, check=True, cwd=ROOT).stdout)["totals"]["segments"]
        # its own session, so the kill takes the ephemeral Prefect server and ffmpeg with it
        first = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 240
        while len(list(cache.rglob("*.wav"))) < total // 2:
            assert first.poll() is None and time.monotonic() < deadline, "render ended before half-way"
            time.sleep(0.05)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        kept = len(list(cache.rglob("*.wav")))
        assert 0 < kept < total
        assert not (out / "manifest.json").exists() and not (out / "Book.m4b").exists()
        assert (out / LOCK_FILE).exists()  # the killed run never removed its lock file, and it holds nothing
        second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
                                stdin=subprocess.DEVNULL)
        assert second.returncode == 0, second.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    segments = [s for c in manifest["chapters"] for s in c["segments"]]
    assert len(segments) == total
    assert manifest["totals"]["segments_from_cache"] == kept
    assert manifest["totals"]["segments_synthesized"] == total - kept
    assert sum(s["from_cache"] for s in segments) == kept
    assert not [p for p in out.rglob("*") if ".partial" in p.name]  # the killed run's scratch files are gone
    assert not (out / LOCK_FILE).exists()
