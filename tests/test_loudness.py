"""Loudness helpers: the gain rule and the measurement, on real ffmpeg."""

from __future__ import annotations


import numpy

from audiobook.audio.loudness import gain_db, measure_lufs, normalize_chapter
from conftest import requires_tools

pytestmark = requires_tools


def _tone(seconds: float, amplitude: float) -> bytes:
    t = numpy.arange(int(22050 * seconds)) / 22050
    return (amplitude * numpy.sin(2 * numpy.pi * 440 * t)).astype("<f4").tobytes()


def test_gain_rule() -> None:
    assert gain_db(-21.0, -18.0) == 3.0 and gain_db(-12.5, -18.0) == -5.5
    assert gain_db(-60.0, -18.0) == 20.0  # capped
    assert gain_db(None, -18.0) == 0.0 and gain_db(-21.0, None) == 0.0  # silence; no target


def test_measurement_follows_level_and_silence_is_none() -> None:
    loud, quiet = measure_lufs([_tone(3, 0.5)]), measure_lufs([_tone(3, 0.05)])
    assert loud is not None and quiet is not None and abs((loud - quiet) - 20.0) < 0.3
    assert measure_lufs([bytes(22050 * 4 * 2)]) is None


def test_the_limiter_correction_reaches_the_target_on_peaky_audio() -> None:
    samples = numpy.frombuffer(_tone(4, 0.03), "<f4").copy()
    samples[::2205] = 0.9  # a click every 0.1 s: any gain that matters pushes them into the limiter
    peaky = samples.tobytes()

    def measure(gain: float, limit: float | None) -> float | None:
        return measure_lufs([(numpy.frombuffer(peaky, "<f4") * numpy.float32(10 ** (gain / 20))).tobytes()], limit)

    measured, gain = normalize_chapter(measure, -18.0, -2.0)
    assert measured is not None and gain > -18.0 - measured + 0.1  # the correction added make-up gain
    result = measure(gain, -2.0)
    plain = measure(-18.0 - measured, -2.0)
    assert result is not None and plain is not None
    assert abs(result - -18.0) < abs(plain - -18.0) and abs(result - -18.0) <= 1.0
