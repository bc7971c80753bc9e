"""Loudness helpers: the gain rule and the measurement, on real ffmpeg."""

from __future__ import annotations

import numpy

from audiobook.audio.loudness import Loudness, gain_db, measure_loudness, normalize_chapter
from tests.helpers import requires_tools

pytestmark = requires_tools


def _tone(seconds: float, amplitude: float) -> bytes:
    t = numpy.arange(int(22050 * seconds)) / 22050
    return (amplitude * numpy.sin(2 * numpy.pi * 440 * t)).astype("<f4").tobytes()


def test_gain_rule() -> None:
    assert gain_db(-21.0, -18.0) == 3.0 and gain_db(-12.5, -18.0) == -5.5
    assert gain_db(-60.0, -18.0) == 20.0  # capped
    assert gain_db(None, -18.0) == 0.0 and gain_db(-21.0, None) == 0.0  # silence; no target


def test_measurement_follows_level_and_silence_is_none() -> None:
    loud, quiet = measure_loudness([_tone(3, 0.5)]), measure_loudness([_tone(3, 0.05)])
    assert loud.lufs is not None and quiet.lufs is not None and abs((loud.lufs - quiet.lufs) - 20.0) < 0.3
    assert abs(loud.peak_dbfs - 20 * numpy.log10(0.5)) < 0.1 and abs(quiet.peak_dbfs - 20 * numpy.log10(0.05)) < 0.1
    assert measure_loudness([bytes(22050 * 4 * 2)]).lufs is None


def test_the_limiter_correction_reaches_the_target_on_peaky_audio() -> None:
    samples = numpy.frombuffer(_tone(4, 0.03), "<f4").copy()
    samples[::2205] = 0.9  # a click every 0.1 s: any gain that matters pushes them into the limiter
    peaky = samples.tobytes()

    def measure(gain: float, limit: float | None) -> Loudness:
        return measure_loudness([(numpy.frombuffer(peaky, "<f4") * numpy.float32(10 ** (gain / 20))).tobytes()], limit)

    measured, gain = normalize_chapter(measure, -18.0, -2.0)
    assert measured is not None and gain > -18.0 - measured + 0.1  # the correction added make-up gain
    result = measure(gain, -2.0).lufs
    plain = measure(-18.0 - measured, -2.0).lufs
    assert result is not None and plain is not None
    assert abs(result - -18.0) < abs(plain - -18.0) and abs(result - -18.0) <= 1.0


def test_no_check_through_the_limiter_when_the_gain_leaves_every_peak_under_it() -> None:
    calls: list[tuple[float, float | None]] = []

    def measure_with(samples: bytes):  # type: ignore[no-untyped-def]
        def measure(gain: float, limit: float | None) -> Loudness:
            calls.append((gain, limit))
            return measure_loudness([(numpy.frombuffer(samples, "<f4") * numpy.float32(10 ** (gain / 20))).tobytes()],
                                    limit)
        return measure

    # a soft tone: +gain keeps its 0.05 peak far under -2 dBFS, so the limiter passes it unchanged
    measured, gain = normalize_chapter(measure_with(_tone(3, 0.05)), -18.0, -2.0)
    assert calls == [(0.0, None)] and measured is not None and gain == gain_db(measured, -18.0)
    assert abs(measure_with(_tone(3, 0.05))(gain, -2.0).lufs - -18.0) < 0.2  # type: ignore[operator]
    # the same tone with a few clicks at 0.5: its gain would lift them past the limit, so it is checked
    calls.clear()
    clicky = numpy.frombuffer(_tone(3, 0.05), "<f4").copy()
    clicky[::22050] = 0.5
    normalize_chapter(measure_with(clicky.tobytes()), -18.0, -2.0)
    assert [limit for _, limit in calls] == [None, -2.0]
