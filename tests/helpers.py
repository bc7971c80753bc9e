"""Paths, markers and process helpers the tests share (imported as `tests.helpers`)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


def sample_books() -> list[Path]:
    return sorted(SAMPLES.glob("*.epub")) + sorted(SAMPLES.glob("*.html")) + sorted(SAMPLES.glob("structure/*.epub"))


def corpus_books() -> list[Path]:
    return sorted(CORPUS.glob("*.epub")) if CORPUS.is_dir() else []


requires_tools = pytest.mark.skipif(not (shutil.which("ffmpeg") and shutil.which("espeak-ng")),
                                    reason="needs ffmpeg and espeak-ng (run the README's set-up)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_process(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """A process in its own session (so it and its children can be stopped together), output to `log`."""
    handle = log.open("wb")
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def stop_process(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
