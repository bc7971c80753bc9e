"""Loudness: every chapter measured (EBU R128 integrated loudness, ffmpeg's ebur128
filter) and brought to one target, so levels match across chapters and engines.

A chapter's gain is `target - measured` (checked once through the limiter and
corrected for the loudness the limiter takes away), applied to the float samples fed
to every encoder, followed in each encoder by the same look-ahead limiter (ffmpeg alimiter,
its delay compensated so timings stay sample-exact) that holds sample peaks at the
peak limit. Default target -18 LUFS with peaks at -2 dBFS: inside the usual
audiobook delivery ranges (ACX: -18 to -23 dB RMS, peaks below -3 dB is stricter;
set `peak_limit_dbfs` to -3.5 for it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from audiobook.audio.encode import run_encoder
from audiobook.errors import OutputError
from audiobook.tts.base import PIPELINE_RATE

MAX_GAIN_DB = 20.0
SILENT_LUFS = -70.0  # ebur128's floor: nothing to measure
_INTEGRATED = re.compile(r"Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+|-inf|nan) LUFS")
_SAMPLE_PEAK = re.compile(r"Sample peak:\s*\n\s*Peak:\s*(-?[\d.]+|-inf|nan) dBFS")


@dataclass(frozen=True)
class Loudness:
    """A measurement: integrated loudness (None for silence) and the highest sample, in dBFS."""

    lufs: float | None
    peak_dbfs: float


def measure_loudness(float_pcm: Iterable[bytes], peak_limit_dbfs: float | None = None,
                     rate: int = PIPELINE_RATE) -> Loudness:
    """Integrated loudness and sample peak of pipeline float32 PCM (after the encoders' limiter
    if a limit is given)."""
    chain = ",".join(f for f in (_limiter(peak_limit_dbfs), "ebur128=peak=sample:framelog=verbose") if f)
    # ebur128 logs its summary at info level
    text = run_encoder(["-af", chain, "-f", "null", "-"], float_pcm, "a loudness measurement", loglevel="info",
                       rate=rate)
    integrated, peak = _INTEGRATED.search(text), _SAMPLE_PEAK.search(text)
    if not integrated or not peak:
        raise OutputError("ffmpeg gave no loudness summary")
    value = float(integrated.group(1)) if integrated.group(1) not in {"-inf", "nan"} else SILENT_LUFS
    peak_dbfs = float(peak.group(1)) if peak.group(1) not in {"-inf", "nan"} else -math.inf
    return Loudness(None if value <= SILENT_LUFS else value, peak_dbfs)


def gain_db(measured_lufs: float | None, target_lufs: float | None) -> float:
    """The gain that brings `measured` to `target` (0 for silence or no target), within +-20 dB."""
    if measured_lufs is None or target_lufs is None:
        return 0.0
    return round(max(-MAX_GAIN_DB, min(MAX_GAIN_DB, target_lufs - measured_lufs)), 2)


def _limiter(peak_limit_dbfs: float | None) -> str:
    if peak_limit_dbfs is None:
        return ""
    limit = max(0.0625, min(1.0, 10 ** (peak_limit_dbfs / 20)))
    return f"alimiter=limit={limit:.4f}:level=0:latency=1"


# Room tone: the faint, steady noise of a quiet room, as ACX asks for before and after every chapter (and
# hears in every pause) instead of digital silence. Uniform noise of this amplitude is -70 dBFS RMS
# (0.00055 / sqrt 3), 10 dB under ACX's -60 dB noise-floor limit; ffmpeg's random() is seeded, so
# renders stay byte-identical.
ROOM_TONE_AMPLITUDE = 0.00055


def limiter_arguments(peak_limit_dbfs: float | None, room_tone_ms: tuple[int, int] = (0, 0)) -> list[str]:
    """ffmpeg arguments for the encoders' peak limiter (none without a limit), and the room tone
    added before and after the audio and under it (for ACX)."""
    head, tail = room_tone_ms
    noise = (f"aeval=val(0)+{ROOM_TONE_AMPLITUDE}*(2*random(0)-1):c=same" if head or tail else "")
    chain = [f for f in (_limiter(peak_limit_dbfs), f"adelay={head}:all=1" if head else "",
                         f"apad=pad_dur={tail / 1000:.3f}" if tail else "", noise) if f]
    return ["-af", ",".join(chain)] if chain else []


def normalize_chapter(measure: Callable[[float, float | None], Loudness], target_lufs: float,
                      peak_limit_dbfs: float | None) -> tuple[float | None, float]:
    """(measured loudness, gain) for a chapter; `measure(gain, limit)` measures it with that gain.

    The limiter lowers loudness where it catches peaks, so a gain that lifts any sample
    past the limit is checked through the limiter once and corrected by what is still
    missing. A gain that keeps every sample under the limit needs no check: the limiter
    then passes the audio unchanged (one ffmpeg pass instead of two).
    """
    first = measure(0.0, None)
    measured = first.lufs
    gain = gain_db(measured, target_lufs)
    if measured is None or peak_limit_dbfs is None or gain <= 0 or first.peak_dbfs + gain <= peak_limit_dbfs:
        return measured, gain
    limited = measure(gain, peak_limit_dbfs).lufs
    return measured, gain_db(measured, target_lufs + (target_lufs - limited if limited is not None else 0.0))
