"""The four ways a generation can travel, each an object with one method: `generate`
makes exactly one attempt and returns a complete clip or raises a classified error.

    http       POST /api/v1/tts/speech
    stream     POST /api/v1/tts/speech/stream (chunks collected as they arrive)
    ws         the multi-context WebSocket: every generation a context on one shared connection
    ws-single  a single-context WebSocket per generation

The caller (the render loop) retries, so a failure is retried in exactly one layer and
each try is a new request, a new connection or a fresh context.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, ClassVar

from audiobook.errors import ConfigurationError

if TYPE_CHECKING:
    from audiobook.voiceai.client import Clip, SpeechRequest, VoiceAIClient
    from audiobook.voiceai.streams import MultiStream


class Transport:
    name: ClassVar[str]

    def __init__(self, client: VoiceAIClient) -> None:
        self.client = client

    def generate(self, request: SpeechRequest) -> Clip:
        raise NotImplementedError

    def close(self) -> None:
        self.client.close()


class HttpTransport(Transport):
    name = "http"

    def generate(self, request: SpeechRequest) -> Clip:
        return self.client.speech_once(request)


class StreamTransport(Transport):
    name = "stream"

    def generate(self, request: SpeechRequest) -> Clip:
        return self.client.speech_stream_once(request)


class SingleContextTransport(Transport):
    name = "ws-single"

    def generate(self, request: SpeechRequest) -> Clip:
        return self.client.speech_ws_once(request)


class MultiContextTransport(Transport):
    name = "ws"

    def __init__(self, client: VoiceAIClient) -> None:
        super().__init__(client)
        self._stream: MultiStream | None = None
        self._lock = threading.Lock()

    def generate(self, request: SpeechRequest) -> Clip:
        with self._lock:
            if self._stream is None:
                self._stream = self.client.multi_stream()
            stream = self._stream
        return stream.speak_once(request)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
        super().close()


TRANSPORTS: dict[str, type[Transport]] = {t.name: t for t in (HttpTransport, StreamTransport, MultiContextTransport,
                                                              SingleContextTransport)}


def open_transport(name: str, client: VoiceAIClient) -> Transport:
    """The transport called `name` over `client`."""
    if name not in TRANSPORTS:
        raise ConfigurationError(f"unknown Voice.ai transport {name!r}; choose one of {', '.join(TRANSPORTS)}")
    return TRANSPORTS[name](client)
