"""Offline English speech recognition with pocketsphinx (its wheel ships the en-us
acoustic model, dictionary and language model): what a rendered segment says."""

from __future__ import annotations

import queue
from typing import Any

import numpy

from audiobook.tts.base import PIPELINE_RATE

ASR_RATE = 16000
_idle_decoders: queue.SimpleQueue[Any] = queue.SimpleQueue()  # filled on first use, reused after


def available() -> bool:
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        return False
    return True


def _new_decoder() -> Any:
    """A decoder (loading the model takes about 0.4 s and 90 MB; one decodes one clip at a time).

    Only the first (tree) search pass: without the flat-lexicon and best-path passes it took
    15.3 instead of 21.8 CPU-seconds on 24 Piper segments (219 s of speech) at the same word
    error rate (0.424 vs 0.426), and every CPU-second it takes is one the voice does not get.
    """
    from pocketsphinx import Decoder

    return Decoder(samprate=ASR_RATE, loglevel="FATAL", fwdflat=False, bestpath=False)


def transcribe(pcm: bytes, rate: int = PIPELINE_RATE) -> str:
    """The words pocketsphinx hears in pipeline PCM (16-bit mono at `rate`)."""
    samples = numpy.frombuffer(pcm, dtype="<i2").astype(numpy.float32)
    count = int(len(samples) * ASR_RATE / rate)
    resampled = numpy.interp(numpy.arange(count) * (rate / ASR_RATE), numpy.arange(len(samples)), samples)
    # render threads come and go with each chapter; the decoders stay (as many as ever ran at once)
    try:
        decoder = _idle_decoders.get_nowait()
    except queue.Empty:
        decoder = _new_decoder()
    decoder.start_utt()
    decoder.process_raw(resampled.astype("<i2").tobytes(), full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    _idle_decoders.put(decoder)  # not after a failure: a decoder left mid-utterance is dropped
    return hypothesis.hypstr if hypothesis is not None else ""
