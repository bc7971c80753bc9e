"""Segment QA: is a rendered clip plausible for its text?

Flags: "too short" / "too long" (duration against the text's letters at the
speaking rate: under 0.45x or over 2.2x + 1 s of the expected 14 letters a second),
"near silent" (RMS under -45 dBFS), "clipped" (more than 0.1% of samples at full
scale), and for English segments in the recognition sample "asr mismatch" (word
error rate of pocketsphinx's transcript against the heard text of 0.9 or more).
A flagged segment is rendered once more; if it is still flagged it is kept and listed.

When many segments are flagged the cause is not the segments: a wrong language or voice,
or a broken engine. `QualityGate` stops the render then (by default when more than 20% of
the first 30 or more new segments are flagged), naming the likely cause, instead of
rendering every segment twice. What was rendered stays in the cache.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass

import numpy

from audiobook.errors import PermanentSynthesisError
from audiobook.synthesis.per_run import PerRun

LETTERS_PER_SECOND = 14.0
TOO_SHORT = 0.45
TOO_LONG = 2.2
NEAR_SILENT_DBFS = -45.0
CLIPPED_SHARE = 0.001
ASR_MISMATCH_WER = 0.9


@dataclass(frozen=True)
class SegmentCheck:
    """What QA found on a segment's audio."""

    flags: tuple[str, ...] = ()
    wer: float | None = None  # word error rate of the transcript, for segments in the recognition sample
    transcript: str | None = None
    words: int = 0  # words of the heard text the WER was computed over
    rerendered: bool = False

    @property
    def worth_keeping(self) -> bool:
        return bool(self.flags or self.wer is not None or self.rerendered)

    def to_json(self) -> dict[str, object]:
        return {"flags": list(self.flags), "wer": self.wer, "transcript": self.transcript, "words": self.words,
                "rerendered": self.rerendered}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SegmentCheck:
        return cls(flags=tuple(data.get("flags") or ()), wer=data.get("wer"),  # type: ignore[arg-type]
                   transcript=data.get("transcript"), words=int(data.get("words") or 0),  # type: ignore[arg-type]
                   rerendered=bool(data.get("rerendered")))


def audio_flags(pcm: bytes, text: str, speed: float, rate: int) -> list[str]:
    """Flags from the samples alone."""
    samples = numpy.frombuffer(pcm, dtype="<i2")
    flags = []
    seconds = len(samples) / rate
    expected = sum(ch.isalnum() for ch in text) / LETTERS_PER_SECOND / speed
    if expected and seconds < TOO_SHORT * expected:
        flags.append("too short")
    elif seconds > TOO_LONG * expected + 1.0:
        flags.append("too long")
    if len(samples):
        rms = math.sqrt(float(numpy.mean(samples.astype(numpy.float64) ** 2))) / 32768
        if rms == 0 or 20 * math.log10(rms) < NEAR_SILENT_DBFS:
            flags.append("near silent")
        if numpy.count_nonzero(numpy.abs(samples.astype(numpy.int32)) >= 32767) > CLIPPED_SHARE * len(samples):
            flags.append("clipped")
    return flags


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("-", " "))


def word_error_rate(reference: str, hypothesis: str) -> tuple[float, int]:
    """(substitutions + deletions + insertions) / reference words, and the reference's word count."""
    ref, hyp = _words(reference), _words(hypothesis)
    if not ref:
        return (0.0 if not hyp else 1.0), 0
    previous = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, heard in enumerate(hyp, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != heard))
        previous = current
    return round(previous[-1] / len(ref), 3), len(ref)


def in_recognition_sample(cache_key: str, stride: int) -> bool:
    """Every `stride`-th segment by content address (0: none): the same ones each run."""
    return stride > 0 and int(cache_key[:8], 16) % stride == 0


DEFAULT_RECOGNITION_SAMPLE = 12


def recognition_stride(english_segments: int, sample: int | None, recognizable: bool) -> int:
    """Check every n-th English segment so that about `sample` are checked (-1: all, 0: none);
    by default DEFAULT_RECOGNITION_SAMPLE, or none when the recognizer cannot read the English
    voice (espeak-ng's formants: WER 0.8 on clean output)."""
    if sample is None:
        sample = DEFAULT_RECOGNITION_SAMPLE if recognizable else 0
    if sample == 0 or not english_segments:
        return 0
    return 1 if sample < 0 else max(1, math.ceil(english_segments / sample))


QA_STOP_MIN_SEGMENTS = 30
QA_SYSTEMIC_AFTER = 10  # from here on, a flagged clip is rendered again only while flags are rare
_CAUSES = {
    "too long": "the clips are far longer than the text: the voice is probably reading another language or "
                "spelling the text out (check --language, the book's declared language and --voice)",
    "too short": "the clips are far shorter than the text: the engine is probably dropping words (check the engine "
                 "and voice with `audiobook doctor`)",
    "near silent": "the clips are nearly silent: the engine or voice is probably broken (check `audiobook doctor`)",
    "clipped": "the clips are distorted: the engine's output level is probably broken",
    "asr mismatch": "speech recognition does not hear the text: probably the wrong voice or language",
}


class QualityStopError(PermanentSynthesisError):
    """Too many new segments failed QA: the render stops before paying for the rest twice."""


class QualityGate(PerRun):
    """Counts QA verdicts on the new segments of one run in this process, and stops the run when
    the flagged share passes `threshold` after at least `minimum` segments (threshold 0: never).

    Shared by a run's render threads; pickled for another process (a Dask worker) it becomes that
    process's gate for the same run."""

    def __init__(self, run: str, threshold: float, minimum: int = QA_STOP_MIN_SEGMENTS) -> None:
        self.run, self.threshold, self.minimum = run, threshold, minimum
        self.checked, self.flagged = 0, 0
        self.flags: Counter[str] = Counter()
        self._lock = threading.Lock()

    def run_arguments(self) -> tuple[float, int]:
        return (self.threshold, self.minimum)

    def systemic(self) -> bool:
        """Flags are the rule, not the exception, so far: rendering a flagged clip again would not help."""
        with self._lock:
            return self.checked >= QA_SYSTEMIC_AFTER and self.flagged > self.threshold * self.checked

    def record(self, check: SegmentCheck) -> QualityStopError | None:
        """Count one new segment's first verdict; the error to raise when the run must stop."""
        with self._lock:
            self.checked += 1
            if check.flags:
                self.flagged += 1
                self.flags.update(check.flags)
            if not self.threshold or self.checked < self.minimum or self.flagged <= self.threshold * self.checked:
                return None
            top, count = self.flags.most_common(1)[0]
            return QualityStopError(
                f"stopped: {self.flagged} of {self.checked} new segments failed QA ({count} {top}), more than "
                f"{self.threshold:.0%}; likely cause: {_CAUSES.get(top, top)}. Rendered segments are kept in the "
                "cache; --qa-stop 0 renders on regardless")
