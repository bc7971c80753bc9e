"""Rendering segments into the cache: a bounded pool, retries of transient failures,
and a check on every clip before it is accepted.

Retries live here (tenacity, jittered exponential backoff, capped) and nowhere
else: Prefect task retries are not used for synthesis failures.
"""

from __future__ import annotations

import contextvars
import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, wait
from dataclasses import dataclass

from audiobook.errors import RetryableSynthesisError, SynthesisError
from audiobook.models import Segment
from audiobook.progress import advance
from audiobook.settings import RenderSettings
from audiobook.synthesis import asr
from audiobook.synthesis.cache import SegmentCache, cache_key
from audiobook.synthesis.qa import ASR_MISMATCH_WER, SegmentCheck, audio_flags, in_recognition_sample, word_error_rate
from audiobook.synthesis.speakers import backend_of
from audiobook.synthesis.usage import RESERVE_FACTOR, expected_seconds
from audiobook.text.lexicon import engine_markup
from audiobook.tts.base import SynthesisOptions, implausible_duration
from audiobook.tts.registry import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderedSegment:
    """Where a segment's audio is and how it got there."""

    id: str
    cache_key: str
    frames: int
    voice: str
    backend: str
    attempts: int  # generations made for it (retries and a QA re-render included)
    cached: bool
    check: SegmentCheck = SegmentCheck()
    characters_sent: int = 0  # over every attempt
    credits: float = 0.0  # what the generations that returned audio cost


def _validate(pcm: bytes, segment: Segment, backend: str, speed: float, rate: int) -> None:
    """The one plausibility check of a clip's duration, for every backend: a clip that
    cannot be this text is a failed attempt, retried like any other transient failure."""
    problem = implausible_duration(len(pcm) / 2 / rate, segment.heard, speed)
    if problem:
        raise RetryableSynthesisError(f"returned {problem}", backend=backend, segment_id=segment.id)


@dataclass(frozen=True)
class SegmentAddress:
    """The voice and options a segment is rendered with, and the cache key they give.
    Computed once per segment, when the render is planned; small enough to travel to workers."""

    voice: str
    options: SynthesisOptions
    key: str


def address(segment: Segment, engine: Engine, settings: RenderSettings) -> SegmentAddress:
    """A phoneme engine's key (espeak-ng's, Piper's) is of the text it is sent (`engine_text`: pronunciations in
    its notation, Piper's pauses), so that a change in how that is written renders again; one that reads words
    (Voice.ai) is keyed by the heard text, so that a paid render is not repeated for a change in how it is sent."""
    backend = backend_of(segment, engine, settings.speakers)
    voice = settings.speakers.get(segment.speaker or "") or engine.voice_for(segment.language, settings.dialect)
    options = SynthesisOptions(speed=settings.speed, model=segment.model, sample_rate=settings.sample_rate)
    phonemes = backend.phoneme_style is not None
    sent = backend.engine_text(segment.heard, segment.language) if phonemes else segment.heard
    key = cache_key(backend=backend.identity(), model=segment.model, voice=voice, language=segment.language,
                    options=options, text=sent)
    return SegmentAddress(voice, options, key)


def address_segments(segments: Sequence[Segment], engine: Engine, settings: RenderSettings
                     ) -> dict[str, SegmentAddress]:
    """Every segment's address, by segment id."""
    return {s.id: address(s, engine, settings) for s in segments}


def uncached(segments: Sequence[Segment], addresses: dict[str, SegmentAddress], cache: SegmentCache
             ) -> list[Segment]:
    """The segments the cache has no entry for: what a render would synthesize."""
    return [s for s in segments if not cache.has(addresses[s.id].key)]


def check_segment(pcm: bytes, segment: Segment, key: str, settings: RenderSettings) -> SegmentCheck:
    """QA of one clip: flags from its samples and, if it is in the recognition sample, its WER."""
    heard = engine_markup(segment.heard, None, segment.language)  # pronunciation marks as their words
    flags = audio_flags(pcm, heard, settings.speed, settings.sample_rate)
    wer, transcript, words = None, None, 0
    if segment.language == "en" and in_recognition_sample(key, settings.asr_stride) and asr.available():
        transcript = asr.transcribe(pcm, settings.sample_rate)
        wer, words = word_error_rate(heard, transcript)
        if wer >= ASR_MISMATCH_WER:
            flags.append("asr mismatch")
    return SegmentCheck(tuple(flags), wer, transcript, words)


def render_segment(
    segment: Segment,
    engine: Engine,
    settings: RenderSettings,
    cache: SegmentCache,
    *,
    at: SegmentAddress | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> RenderedSegment:
    """Render one segment unless the cache already has it; QA its audio, re-rendering once if flagged.
    `at` is the segment's address when the render's plan has it already."""
    at = at or address(segment, engine, settings)
    backend = backend_of(segment, engine, settings.speakers)
    voice, options, key = at.voice, at.options, at.key
    frames = cache.frames(key)
    if frames is not None:
        note = cache.read_note(key)
        if note is not None:
            check = SegmentCheck.from_json(note)
        elif in_recognition_sample(key, settings.asr_stride) and segment.language == "en":
            check = check_segment(cache.read_pcm(key), segment, key, settings)  # cached before it was sampled
            if check.worth_keeping:
                cache.write_note(key, check.to_json())
        else:
            check = SegmentCheck()
        return RenderedSegment(segment.id, key, frames, voice, backend.name, 0, True, check)

    attempts, characters_sent, credits = 0, 0, 0.0
    text = backend.engine_text(segment.heard, segment.language)
    budget = settings.credit_budget
    expected = backend.credits(expected_seconds(text, settings.speed)) * RESERVE_FACTOR

    def attempt() -> bytes:
        nonlocal attempts, characters_sent, credits
        if budget is not None:
            budget.reserve(expected)
        cost = 0.0
        try:
            attempts += 1
            characters_sent += len(text)
            audio = backend.synthesize(text, voice=voice, language=segment.language, options=options)
            pcm = audio.to_pipeline_pcm(settings.sample_rate)
            cost = backend.credits(len(pcm) / 2 / settings.sample_rate)
            credits += cost
        finally:
            if budget is not None:
                budget.settle(expected, cost)
        _validate(pcm, segment, backend.name, settings.speed, settings.sample_rate)
        return pcm

    # the one retry layer, for every backend: each attempt is one request or one local synthesis
    retrying = backend.retries.policy(sleep)
    try:
        pcm = retrying(attempt)
        check = check_segment(pcm, segment, key, settings)
        gate = settings.quality_gate
        stop = gate.record(check) if gate is not None else None
        if stop is not None:
            cache.put(key, pcm)  # paid for: kept, like every segment before it
            raise stop
        if check.flags and not (gate is not None and gate.systemic()):  # once more; if it is still flagged, it is kept and listed
            log.info("segment %s flagged (%s): rendering it once more", segment.id, ", ".join(check.flags))
            pcm = retrying(attempt)
            check = dataclasses.replace(check_segment(pcm, segment, key, settings), rerendered=True)
    except SynthesisError as exc:
        if exc.segment_id:
            raise
        raise exc.for_segment(segment.id) from exc
    frames = cache.put(key, pcm)
    if check.worth_keeping:
        cache.write_note(key, check.to_json())
    return RenderedSegment(segment.id, key, frames, voice, backend.name, attempts, False, check, characters_sent,
                           credits)


def render_segments(segments: Sequence[Segment], engine: Engine, settings: RenderSettings,
                    addresses: dict[str, SegmentAddress] | None = None) -> list[RenderedSegment]:
    """Render many segments with at most the engine's concurrency; results in input order.

    Segments go to the engine's one pool, shared by every chapter rendering in this
    process: a chapter that is finishing leaves its threads to the next one, so the
    engine (or the account's slots) stays busy across chapter boundaries. The first
    failure (already retried as far as the policy allows) cancels every segment of this
    call not yet started, so a bad key or exhausted credits cost a handful of requests,
    not one per segment.
    """
    cache = SegmentCache(settings.cache_dir, settings.sample_rate)
    addresses = addresses or {}

    def one(segment: Segment) -> RenderedSegment:
        result = render_segment(segment, engine, settings, cache, at=addresses.get(segment.id))
        advance(1)
        return result

    if engine.max_concurrency == 1 or len(segments) == 1:
        return [one(s) for s in segments]
    # each task runs in a copy of this thread's context, so progress reaches this run's sink
    futures = [engine.pool.submit(contextvars.copy_context().run, one, s) for s in segments]
    try:
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failed = next((f for f in futures if f in done and f.exception() is not None), None)
        if failed is not None:
            raise failed.exception()  # type: ignore[misc]
        return [future.result() for future in futures]
    except BaseException:
        for future in futures:
            future.cancel()
        wait(futures)  # what already started ends before this call does: nothing of it runs on unseen
        raise
