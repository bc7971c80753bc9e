"""ffmpeg failures: one line naming the file and ffmpeg's problem, the stderr tail kept,
the command logged at DEBUG."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from audiobook.audio.encode import run_encoder
from audiobook.errors import OutputError
from tests.helpers import requires_tools

pytestmark = requires_tools


def test_an_ffmpeg_failure_names_the_file_and_the_problem(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="audiobook.audio.encode")
    target = tmp_path / "01 - The Storm.mp3"
    with pytest.raises(OutputError) as caught:
        run_encoder(["-c:a", "libmp3lame", "-b:a", "nonsense", "-f", "mp3", str(target)], [bytes(8_000)], target.name)
    message = str(caught.value)
    assert message.startswith("ffmpeg failed writing 01 - The Storm.mp3: ") and "\n" not in message
    assert "nonsense" in caught.value.detail  # type: ignore[attr-defined]
    assert any("-b:a nonsense" in record.getMessage() for record in caplog.records if record.levelno == logging.DEBUG)
    assert not target.exists() or target.stat().st_size == 0
