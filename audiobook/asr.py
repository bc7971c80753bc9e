"""Offline English speech recognition with pocketsphinx (its wheel ships the en-us
acoustic model, dictionary and language model): what a rendered segment says."""

from __future__ import annotations

import threading

import numpy

from .tts.base import PIPELINE_RATE

ASR_RATE = 16000
_local = threading.local()


def available() -> bool:
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        return False
    return True


def _decoder():  # type: ignore[no-untyped-def]
    """One decoder per thread (loading the model takes about 0.4 s; decoding is not thread-safe)."""
    if getattr(_local, "decoder", None) is None:
        from pocketsphinx import Decoder

        _local.decoder = Decoder(samprate=ASR_RATE, loglevel="FATAL")
    return _local.decoder


def transcribe(pcm: bytes) -> str:
    """The words pocketsphinx hears in pipeline PCM (16-bit mono at 22,050 Hz)."""
    samples = numpy.frombuffer(pcm, dtype="<i2").astype(numpy.float32)
    count = int(len(samples) * ASR_RATE / PIPELINE_RATE)
    resampled = numpy.interp(numpy.arange(count) * (PIPELINE_RATE / ASR_RATE), numpy.arange(len(samples)), samples)
    decoder = _decoder()
    decoder.start_utt()
    decoder.process_raw(resampled.astype("<i2").tobytes(), full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    return hypothesis.hypstr if hypothesis is not None else ""
