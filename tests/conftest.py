"""Shared fixtures: clean environment, built samples, a scratch segment cache."""

from __future__ import annotations

import os
import shutil
import sys
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
