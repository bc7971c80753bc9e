"""`audiobook doctor` reports the environment, fails on a missing tool, never shows the key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, requires_tools

DOCTOR = [sys.executable, "-c", "from audiobook.cli import main; main()", "doctor"]


@requires_tools
def test_doctor_reports_tools_and_hides_the_key(tmp_path: Path) -> None:
    env = {**os.environ, "AUDIOBOOK_VOICEAI_API_KEY": "vk_doctor_secret_77", "AUDIOBOOK_CACHE_DIR": str(tmp_path)}
    result = subprocess.run(DOCTOR, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout
    assert "ffmpeg version" in result.stdout and "eSpeak NG" in result.stdout and str(tmp_path) in result.stdout
    assert "API key set in the environment" in result.stdout
    assert "vk_doctor_secret_77" not in result.stdout + result.stderr


def test_doctor_fails_when_a_tool_is_missing(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty)}  # the project's Python, found by its full path; no tools on PATH
    result = subprocess.run(DOCTOR, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert result.returncode == 1
    assert "FAIL  ffmpeg         not installed (Debian/Ubuntu: apt-get install ffmpeg)" in result.stdout
    assert "FAIL  espeak-ng" in result.stdout


def test_doctor_flags_an_unwritable_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {**os.environ, "AUDIOBOOK_CACHE_DIR": str(blocker / "cache")}
    result = subprocess.run(DOCTOR, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert result.returncode == 1 and f"{blocker / 'cache'}: not writable" in result.stdout


@requires_tools
def test_render_into_an_unwritable_folder_fails_before_any_work(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = tmp_path / "cache"
    env = {**os.environ, "AUDIOBOOK_CACHE_DIR": str(cache), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    result = subprocess.run([*DOCTOR[:3], "render", "--engine", "espeak", str(ROOT / "samples" / "lighthouse.epub"), "-o",
                             str(blocker / "out")], capture_output=True, text=True, env=env, cwd=ROOT, check=False,
                            stdin=subprocess.DEVNULL, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {blocker / 'out'}: cannot write to the output")
    assert "Traceback" not in result.stderr and not list(cache.rglob("*.wav"))  # nothing was synthesized


@requires_tools
def test_a_prefect_api_server_that_does_not_start_is_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "AUDIOBOOK_CACHE_DIR": str(tmp_path / "cache"), "PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "0"}  # as if the machine were too busy to start it
    out = tmp_path / "out"
    result = subprocess.run([*DOCTOR[:3], "render", "--engine", "espeak", str(ROOT / "samples" / "lighthouse.epub"), "-o",
                             str(out)], capture_output=True, text=True, env=env, cwd=ROOT, check=False,
                            stdin=subprocess.DEVNULL, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "error: Prefect's local API server did not start within 0 s, so nothing was rendered; try again when the "
        "machine is less busy, raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or set PREFECT_API_URL to a "
        "running Prefect server")
    assert "Traceback" not in result.stderr and not (out / "manifest.json").exists()
