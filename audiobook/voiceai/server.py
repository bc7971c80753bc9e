"""A local server that speaks the Voice.ai TTS protocol, backed by espeak-ng.

Same paths, request fields, enums, error bodies (ErrorResponse, FastAPI's 422
HTTPValidationError) and WebSocket close codes as the public API, so the client is
tested over real sockets and users can develop without a key or credits. Knobs
(`ServerOptions`) make it behave like a plan or a bad day: a required key, added
latency per generation, a concurrency limit, a credit budget, and injected faults.

Choices where the public docs are silent: the HTTP body rejects unknown fields
(422); a WebSocket with a bad key is accepted, then closed 1008; the concurrency
limit answers HTTP 429 (no Retry-After) and, on WebSockets, close 1008 or a
per-context error, all with the text "too many concurrent tts generations".
`GET /_local/stats` reports what the server saw (for tests and benchmarks).
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from ..tts.espeak import EspeakSynthesizer
from . import protocol
from .local_audio import speak
from .local_voices import VoiceStore

log = logging.getLogger(__name__)

AudioFormat = Literal[tuple(protocol.AUDIO_FORMATS)]  # type: ignore[valid-type]
Model = Literal[protocol.MODELS]  # type: ignore[valid-type]
Language = Literal[protocol.LANGUAGES]  # type: ignore[valid-type]
MAX_TEXT = 5_000


@dataclass
class ServerOptions:
    """Behaviour knobs. Rates are probabilities per generation (seeded, reproducible)."""

    api_key: str | None = None  # None: any bearer token is accepted
    latency: float = 0.0  # seconds added to every generation
    max_concurrent: int | None = None  # generations at once; beyond: the API's concurrency error
    credits: int | None = None  # characters that may be generated; then 402
    error_rate: float = 0.0  # 500 (HTTP) / close 1011 (WebSocket)
    rate_limit_rate: float = 0.0  # 429 with Retry-After
    retry_after: float = 1.0
    disconnect_rate: float = 0.0  # the connection drops half-way through the audio
    slow_rate: float = 0.0  # the answer waits `slow_seconds` first
    slow_seconds: float = 30.0
    clone_seconds: float = 0.5  # how long a clone stays PENDING/PROCESSING
    seed: int = 0


@dataclass
class Stats:
    requests: Counter = field(default_factory=Counter)  # by route
    responses: Counter = field(default_factory=Counter)  # by outcome
    active: int = 0
    peak_active: int = 0
    characters: int = 0
    dictionaries: Counter = field(default_factory=Counter)  # generations by "dictionary_id:version"

    def as_dict(self) -> dict[str, Any]:
        return {"requests": dict(self.requests), "responses": dict(self.responses), "active": self.active,
                "peak_active": self.peak_active, "characters": self.characters,
                "dictionaries": dict(self.dictionaries)}


class InjectedDisconnect(Exception):
    """Raised inside a response to drop the connection (a fault the server was told to inject)."""


class _Refusal(Exception):
    def __init__(self, status: int, message: str, code: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.retry_after = status, message, code, retry_after


class SpeechBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    voice_id: Optional[str] = None  # noqa: UP007 - pydantic on 3.11
    audio_format: AudioFormat = "mp3"
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(0.8, ge=0.0, le=1.0)
    model: Optional[Model] = None  # noqa: UP007
    language: Language = "en"
    dictionary_id: Optional[str] = None  # noqa: UP007
    dictionary_version: Optional[int] = Field(None, ge=1)  # noqa: UP007


class WsInit(SpeechBody):
    text: str = Field("", max_length=MAX_TEXT)
    delivery_mode: Literal["raw", "paced"] = "raw"
    flush: bool = False


class WsMultiInit(WsInit):
    context_id: Optional[str] = None  # noqa: UP007
    auto_close: bool = False
    close_context: bool = False
    close_socket: bool = False


class WsText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field("", max_length=MAX_TEXT)
    flush: bool = False


class WsMultiText(WsText):
    context_id: str
    close_context: bool = False
    close_socket: bool = False
    auto_close: bool = False


def _error(status: int, message: str, code: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "detail": None, "code": code}, status_code=status, headers=headers)


class _QuietInjectedFaults(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDisconnect))


class LocalVoiceAI:
    """The server's state: options, voices, counters, and the generation gate."""

    def __init__(self, options: ServerOptions) -> None:
        self.options = options
        self.voices = VoiceStore(clone_seconds=options.clone_seconds)
        self.stats = Stats()
        self.engine = EspeakSynthesizer(max_concurrency=64)
        self._random = random.Random(options.seed)
        self._lock = threading.Lock()

    def authorized(self, header: str | None) -> bool:
        scheme, _, token = (header or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return False
        return self.options.api_key is None or token.strip() == self.options.api_key

    def _roll(self, rate: float) -> bool:
        with self._lock:
            return rate > 0 and self._random.random() < rate

    @asynccontextmanager
    async def generation(self, text: str) -> AsyncIterator[None]:
        """Admit one generation (concurrency, credits, injected refusals) and hold its slot."""
        options = self.options
        with self._lock:
            if options.max_concurrent is not None and self.stats.active >= options.max_concurrent:
                self.stats.responses["concurrency_rejected"] += 1
                raise _Refusal(429, protocol.CONCURRENCY_MESSAGE, "concurrency_limit")
            if options.credits is not None and self.stats.characters + len(text) > options.credits:
                self.stats.responses["credits_exhausted"] += 1
                raise _Refusal(402, protocol.CREDITS_MESSAGE, "insufficient_credits")
            self.stats.active += 1
            self.stats.peak_active = max(self.stats.peak_active, self.stats.active)
        try:
            if self._roll(options.rate_limit_rate):
                self.stats.responses["injected_429"] += 1
                raise _Refusal(429, "rate limit exceeded", "rate_limited", retry_after=options.retry_after)
            if self._roll(options.error_rate):
                self.stats.responses["injected_500"] += 1
                raise _Refusal(500, "TTS generation failed", "internal_error")
            if self._roll(options.slow_rate):
                self.stats.responses["injected_slow"] += 1
                await asyncio.sleep(options.slow_seconds)
            if options.latency:
                await asyncio.sleep(options.latency)
            with self._lock:
                self.stats.characters += len(text)
            yield
        finally:
            with self._lock:
                self.stats.active -= 1

    def should_disconnect(self) -> bool:
        hit = self._roll(self.options.disconnect_rate)
        if hit:
            self.stats.responses["injected_disconnect"] += 1
        return hit

    async def audio(self, body: SpeechBody, text: str) -> bytes:
        model = body.model
        if model in protocol.ENGLISH_ONLY_MODELS and body.language != "en":
            raise _Refusal(422, f"model {model} supports only English", "invalid_model")
        variant = self.voices.variant(body.voice_id) if body.voice_id else None
        if body.dictionary_id:
            with self._lock:
                self.stats.dictionaries[f"{body.dictionary_id}:{body.dictionary_version or 'latest'}"] += 1
        return await speak(self.engine, text, language=body.language, variant=variant, audio_format=body.audio_format)


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)] or [b""]


class _Authenticate:
    """Counts every HTTP request and refuses those without the key (plain ASGI, so an
    injected disconnect still drops the connection instead of ending the body cleanly)."""

    def __init__(self, app: Any, state: LocalVoiceAI) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            self.state.stats.requests["/api/v1/tts/voice/{id}" if "/voice/" in path else path] += 1
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            if path.startswith("/api/") and not self.state.authorized(headers.get("authorization")):
                self.state.stats.responses["401"] += 1
                await _error(401, "Invalid or missing API key", "unauthorized")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(options: ServerOptions | None = None) -> FastAPI:
    """The ASGI app; `app.state.local` is the LocalVoiceAI behind it."""
    state = LocalVoiceAI(options or ServerOptions())
    app = FastAPI(title="audiobook local Voice.ai server", version="1")
    app.state.local = state
    logging.getLogger("uvicorn.error").addFilter(_QuietInjectedFaults())

    app.add_middleware(_Authenticate, state=state)

    def refusal_response(refusal: _Refusal) -> JSONResponse:
        headers = {"Retry-After": f"{refusal.retry_after:g}"} if refusal.retry_after is not None else None
        return _error(refusal.status, refusal.message, refusal.code, headers)

    async def generate(body: SpeechBody) -> bytes | JSONResponse:
        if body.voice_id and not state.voices.usable(body.voice_id):
            state.stats.responses["404"] += 1
            return _error(404, "Voice not found", "voice_not_found")
        try:
            async with state.generation(body.text):
                return await state.audio(body, body.text)
        except _Refusal as refusal:
            return refusal_response(refusal)

    def media_type(body: SpeechBody) -> str:
        return protocol.CONTENT_TYPES[protocol.AUDIO_FORMATS[body.audio_format][1]]

    async def paced(data: bytes, size: int, cut_off: bool) -> AsyncIterator[bytes]:
        """`data` in chunks; with `cut_off`, only the first half, then the connection drops."""
        for chunk in _chunks(data[:len(data) // 2] if cut_off else data, size):
            yield chunk
            await asyncio.sleep(0)
        if cut_off:
            raise InjectedDisconnect("mid-stream disconnect")

    async def respond(body: SpeechBody, *, streamed: bool) -> Response:
        audio = await generate(body)
        if isinstance(audio, JSONResponse):
            return audio
        state.stats.responses["200"] += 1
        if state.should_disconnect():  # a whole-file answer promises its length, then breaks it
            headers = None if streamed else {"Content-Length": str(len(audio))}
            return StreamingResponse(paced(audio, 8_192, True), media_type=media_type(body), headers=headers)
        if streamed:
            return StreamingResponse(paced(audio, 8_192, False), media_type=media_type(body))
        return Response(audio, media_type=media_type(body))

    @app.post(protocol.SPEECH_PATH)
    async def speech(body: SpeechBody) -> Response:
        return await respond(body, streamed=False)

    @app.post(protocol.SPEECH_STREAM_PATH)
    async def speech_stream(body: SpeechBody) -> Response:
        return await respond(body, streamed=True)

    from .local_routes import add_voice_routes, add_websocket_routes

    add_voice_routes(app, state)
    add_websocket_routes(app, state)

    @app.get("/_local/stats")
    async def stats() -> dict[str, Any]:
        return state.stats.as_dict()

    return app
