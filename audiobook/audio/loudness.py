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

import re
from collections.abc import Callable, Iterable

from ..errors import OutputError
from .encode import run_encoder

MAX_GAIN_DB = 20.0
SILENT_LUFS = -70.0  # ebur128's floor: nothing to measure
_INTEGRATED = re.compile(r"Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+|-inf|nan) LUFS")


def measure_lufs(float_pcm: Iterable[bytes], peak_limit_dbfs: float | None = None) -> float | None:
    """Integrated loudness of pipeline float32 PCM (after the encoders' limiter if a limit is
    given), or None for silence."""
    chain = ",".join(f for f in (_limiter(peak_limit_dbfs), "ebur128=framelog=verbose") if f)
    # ebur128 logs its summary at info level
    text = run_encoder(["-af", chain, "-f", "null", "-"], float_pcm, "a loudness measurement", loglevel="info")
    found = _INTEGRATED.search(text)
    if not found:
        raise OutputError("ffmpeg gave no loudness summary")
    value = float(found.group(1)) if found.group(1) not in {"-inf", "nan"} else SILENT_LUFS
    return None if value <= SILENT_LUFS else value


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


def limiter_arguments(peak_limit_dbfs: float | None) -> list[str]:
    """ffmpeg arguments for the encoders' peak limiter (none without a limit)."""
    return ["-af", _limiter(peak_limit_dbfs)] if peak_limit_dbfs is not None else []


def normalize_chapter(measure: Callable[[float, float | None], float | None], target_lufs: float,
                      peak_limit_dbfs: float | None) -> tuple[float | None, float]:
    """(measured loudness, gain) for a chapter; `measure(gain, limit)` measures it with that gain.

    The limiter lowers loudness where it catches peaks, so the first gain is checked
    through the limiter once and corrected by what is still missing.
    """
    measured = measure(0.0, None)
    gain = gain_db(measured, target_lufs)
    if measured is None or peak_limit_dbfs is None or gain <= 0:
        return measured, gain
    limited = measure(gain, peak_limit_dbfs)
    return measured, gain_db(measured, target_lufs + (target_lufs - limited if limited is not None else 0.0))
