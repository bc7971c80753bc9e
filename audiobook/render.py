"""Rendering segments into the cache: a bounded pool, retries of transient failures,
and a check on every clip before it is accepted.

Retries live here (tenacity, jittered exponential backoff, capped) and nowhere
else: Prefect task retries are not used for synthesis failures.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from .cache import SegmentCache, cache_key
from .errors import PermanentSynthesisError, SynthesisError, is_retryable
from .models import Segment
from .progress import advance
from .settings import RenderSettings
from .tts.base import PIPELINE_RATE, SynthesisOptions
from .tts.registry import Engine

log = logging.getLogger(__name__)

# Plausible speech rates, in characters per second of audio, for the clip check.
MAX_CHARS_PER_SECOND = 60.0
MIN_SECONDS = 0.05


@dataclass(frozen=True)
class RenderedSegment:
    """Where a segment's audio is and how it got there."""

    id: str
    cache_key: str
    frames: int
    voice: str
    backend: str
    attempts: int
    cached: bool


def _validate(pcm: bytes, segment: Segment, backend: str) -> None:
    seconds = len(pcm) / 2 / PIPELINE_RATE
    letters = sum(ch.isalnum() for ch in segment.text)
    if seconds < MIN_SECONDS or (letters and seconds < letters / MAX_CHARS_PER_SECOND):
        raise PermanentSynthesisError(f"clip of {seconds:.2f}s is too short for {letters} letters", backend=backend,
                                      segment_id=segment.id)


def render_segment(
    segment: Segment,
    engine: Engine,
    settings: RenderSettings,
    cache: SegmentCache,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> RenderedSegment:
    """Render one segment unless the cache already has it."""
    backend = engine.backend_for(segment.language)
    voice = engine.voice_for(segment.language)
    options = SynthesisOptions(speed=settings.speed)
    key = cache_key(backend=backend.identity(), model=segment.model, voice=voice, language=segment.language,
                    options=options, text=segment.text)
    frames = cache.frames(key)
    if frames is not None:
        return RenderedSegment(segment.id, key, frames, voice, backend.name, 0, True)

    attempts = 0

    def attempt() -> bytes:
        nonlocal attempts
        attempts += 1
        audio = backend.synthesize(segment.text, voice=voice, language=segment.language, options=options)
        pcm = audio.to_pipeline_pcm()
        _validate(pcm, segment, backend.name)
        return pcm

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        backoff = wait_random_exponential(multiplier=0.5, max=30)(state)
        return max(backoff, retry_after or 0.0)

    retrying = Retrying(stop=stop_after_attempt(settings.max_attempts), wait=wait, sleep=sleep, reraise=True,
                        retry=retry_if_exception(is_retryable))
    try:
        pcm = retrying(attempt)
    except SynthesisError as exc:
        if exc.segment_id:
            raise
        raise exc.for_segment(segment.id) from exc
    frames = cache.put(key, pcm)
    return RenderedSegment(segment.id, key, frames, voice, backend.name, attempts, False)


def render_segments(segments: Sequence[Segment], engine: Engine, settings: RenderSettings) -> list[RenderedSegment]:
    """Render many segments with at most the engine's concurrency; results in input order."""
    cache = SegmentCache(settings.cache_path)

    def one(segment: Segment) -> RenderedSegment:
        result = render_segment(segment, engine, settings, cache)
        advance(1)
        return result

    workers = max(1, min(engine.max_concurrency, len(segments)))
    if workers == 1:
        return [one(s) for s in segments]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="render") as pool:
        return list(pool.map(one, segments))
