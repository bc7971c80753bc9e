"""A render killed with SIGKILL leaves nothing running: not Prefect's ephemeral API
server, not an encoder, not espeak-ng."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from audiobook.watchdog import descendants
from samples.synthetic import write_synthetic_epub
from tests.helpers import requires_tools, start_process

pytestmark = [pytest.mark.slow, requires_tools, pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")]


def _command_line(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_a_killed_render_leaves_no_process_behind(tmp_path: Path) -> None:
    book = write_synthetic_epub(tmp_path / "book.epub", 6000, 6)
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}  # the ephemeral API
    render = start_process([sys.executable, "-m", "audiobook.cli", "render", "--engine", "espeak", str(book), "-o", str(tmp_path / "out"),
                            "--cache-dir", str(tmp_path / "cache")], env, tmp_path / "render.log")
    deadline = time.monotonic() + 120
    seen: dict[int, str] = {}
    while not any("uvicorn" in _command_line(pid) for pid in seen) or not (tmp_path / "cache").exists():
        assert render.poll() is None and time.monotonic() < deadline, (tmp_path / "render.log").read_text()[-2000:]
        seen.update(descendants(render.pid))
        time.sleep(0.2)
    time.sleep(1.0)  # rendering: encoders and espeak-ng running too
    seen.update(descendants(render.pid))
    os.kill(render.pid, signal.SIGKILL)  # the command alone, as `kill -9 PID` does
    render.wait()
    deadline = time.monotonic() + 20
    left = seen
    while left and time.monotonic() < deadline:
        left = {pid: started for pid, started in left.items() if descendants_alive(pid, started)}
        time.sleep(0.2)
    assert not left, [_command_line(pid) for pid in left]


def descendants_alive(pid: int, started: str) -> bool:
    try:
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z" and fields[19] == started
