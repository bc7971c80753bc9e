"""Shared fixtures: clean environment, built samples, a scratch segment cache."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No AUDIOBOOK_* settings leak in from the developer's shell; a private cache."""
    for name in list(os.environ):
        if name.startswith("AUDIOBOOK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AUDIOBOOK_CACHE_DIR", str(tmp_path / "segment-cache"))


def sample_books() -> list[Path]:
    return sorted(SAMPLES.glob("*.epub")) + sorted(SAMPLES.glob("*.html"))


def corpus_books() -> list[Path]:
    return sorted(CORPUS.glob("*.epub")) if CORPUS.is_dir() else []


requires_tools = pytest.mark.skipif(not (shutil.which("ffmpeg") and shutil.which("espeak-ng")),
                                    reason="needs ffmpeg and espeak-ng (run the README's set-up)")


@pytest.fixture(scope="session")
def prefect_api():  # type: ignore[no-untyped-def]
    """Prefect's real ephemeral API (SQLite), one for the whole test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


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


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str], Path]]:
    """A real Prefect server on a free port with its own SQLite database: (API URL, env for clients, home).

    Expired concurrency leases are swept every second (the default is 15 s), so tests of a
    killed process wait for the lease, not for the sweep."""
    import httpx

    home = tmp_path_factory.mktemp("prefect-home")
    api = f"http://127.0.0.1:{free_port()}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api, "PREFECT_UI_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_WORKER_QUERY_SECONDS": "1", "PWD": str(ROOT),
           "PREFECT_LOGGING_LEVEL": "INFO", "PREFECT_SERVER_SERVICES_REPOSSESSOR_LOOP_SECONDS": "1"}
    port = api.rsplit(":", 1)[1].split("/")[0]
    process = start_process([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", port],
                            env, home / "server.log")
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert process.poll() is None and time.monotonic() < deadline, (home / "server.log").read_text()[-2000:]
        time.sleep(0.5)
    try:
        yield api, env, home
    finally:
        stop_process(process)
