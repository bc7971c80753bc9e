"""Paths, markers and process helpers the tests share (imported as `tests.helpers`)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import signal
import socket
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


def sample_books() -> list[Path]:
    return (sorted(SAMPLES.glob("*.epub")) + sorted(SAMPLES.glob("*.html")) + sorted(SAMPLES.glob("structure/*.epub"))
            + sorted(SAMPLES.glob("web/*.html")))


def corpus_books() -> list[Path]:
    return sorted(CORPUS.glob("*.epub")) if CORPUS.is_dir() else []


requires_tools = pytest.mark.skipif(not (shutil.which("ffmpeg") and shutil.which("espeak-ng")),
                                    reason="needs ffmpeg and espeak-ng (run the README's set-up)")


CHROMIUM_PATH = shutil.which("chromium") or "/usr/bin/chromium"


@contextlib.contextmanager
def served_in_chromium(folder: Path) -> Iterator[tuple[Any, str]]:
    """A page of headless Chromium and the base URL of a local HTTP server for `folder` (served
    with the right media types: .xhtml as XHTML, .vtt as WebVTT)."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH,
                                                 args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
            try:
                yield browser.new_page(), f"http://127.0.0.1:{server.server_address[1]}"
            finally:
                browser.close()
    finally:
        server.shutdown()


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


def with_part(source: Path, target: Path, part: str, content: bytes | None) -> Path:
    """A copy of a zip-packaged book (.docx, .odt) with one part replaced, or left out for None."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for member in original.namelist():
            if member != part:
                copy.writestr(member, original.read(member))
        if content is not None:
            copy.writestr(part, content)
    return target


def espeak_phonemes(text: str, voice: str = "en-us") -> str:
    """What espeak-ng says for `text`, in its phoneme mnemonics (`espeak-ng -q -x`), a line for each clause."""
    return subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True, text=True,
                          check=True).stdout
