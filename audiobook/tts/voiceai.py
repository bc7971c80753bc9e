"""The Voice.ai backend: the synthesis interface over the Voice.ai client.

Transports: "http" (POST /speech), "stream" (POST /speech/stream), "ws" (the
multi-context WebSocket: every segment a context on one shared connection) and
"ws-single" (one single-context WebSocket per segment). The client retries
transient failures itself (`retries_inside`), so the render loop calls it once.
Audio is requested as `wav_22050`, the pipeline's own rate, so nothing is resampled.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from ..errors import ConfigurationError
from ..voiceai.client import SpeechRequest, VoiceAIClient
from ..voiceai.config import VoiceAIConfig
from .base import Audio, SynthesisOptions

TRANSPORTS = ("http", "stream", "ws", "ws-single")
DEFAULT_VOICE = "default"  # no voice_id: the service's built-in voice
AUDIO_FORMAT = "wav_22050"


class VoiceAISynthesizer:
    name = "voiceai"
    retries_inside = True

    def __init__(self, transport: str = "http", config: VoiceAIConfig | None = None) -> None:
        if transport not in TRANSPORTS:
            raise ConfigurationError(f"unknown Voice.ai transport {transport!r}; choose one of {', '.join(TRANSPORTS)}")
        self.config = config or VoiceAIConfig.from_env()
        self.client = VoiceAIClient(self.config)
        self.transport = transport
        self.max_concurrency = self.config.concurrency
        self._multi = None
        self._multi_lock = threading.Lock()

    def default_voice(self, language: str) -> str:
        return DEFAULT_VOICE

    def identity(self) -> str:
        # the deployment speaks, not the transport: a clip is the same over HTTP or WebSocket
        return f"voiceai {urlsplit(self.config.base_url).netloc} {AUDIO_FORMAT}"

    def preflight(self, voices: set[str]) -> None:
        """Fail before any synthesis on a bad key or an unknown voice (one request each)."""
        self.client.list_voices()
        for voice in voices - {DEFAULT_VOICE}:
            status = self.client.get_voice(voice).status
            if status != "AVAILABLE":
                raise ConfigurationError(f"Voice.ai voice {voice} is {status}, not AVAILABLE")

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        extra = dict(options.extra)
        request = SpeechRequest(text, voice_id=None if voice == DEFAULT_VOICE else voice, model=options.model,
                                language=language, audio_format=AUDIO_FORMAT, dictionary_id=extra.get("dictionary_id"),
                                dictionary_version=int(extra["dictionary_version"]) if "dictionary_version" in extra
                                else None)
        if self.transport == "http":
            clip = self.client.speech(request)
        elif self.transport == "stream":
            clip = self.client.speech_stream(request)
        elif self.transport == "ws-single":
            clip = self.client.speech_ws(request)
        else:
            clip = self._multi_stream().speak(request)
        return Audio(clip.data, clip.container, sample_rate=clip.sample_rate, attempts=clip.attempts)

    def _multi_stream(self):  # type: ignore[no-untyped-def]
        with self._multi_lock:
            if self._multi is None:
                self._multi = self.client.multi_stream()
            return self._multi

    def close(self) -> None:
        if self._multi is not None:
            self._multi.close()
        self.client.close()
