"""Shared fixtures: a clean environment, a scratch segment cache, Prefect's APIs."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT, free_port, start_process, stop_process

# every setting the project or the Voice.ai client reads, so none leaks in from the developer's shell
_ISOLATED = ("VOICEAI_API_KEY", "PREFECT_API_URL", "PREFECT_API_KEY")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No AUDIOBOOK_* (or Voice.ai key, or Prefect server) settings leak in; a private cache."""
    for name in list(os.environ):
        if name.startswith("AUDIOBOOK_") or name in _ISOLATED:
            monkeypatch.delenv(name)
    monkeypatch.setenv("AUDIOBOOK_CACHE_DIR", str(tmp_path / "segment-cache"))


@pytest.fixture(scope="session")
def prefect_api():  # type: ignore[no-untyped-def]
    """Prefect's real ephemeral API (SQLite), one for the whole test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


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
