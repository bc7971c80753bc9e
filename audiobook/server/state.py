"""The local server's state and its one generation path, shared by every endpoint.

A request goes through three steps, in this order, on HTTP and on both WebSockets:

1. `check`: what the request asks is valid (text present and at most 5,000 characters,
   a usable voice, a model that speaks the language, a pronunciation dictionary and version
   that exist). A refusal here costs nothing.
2. `start`: admission to the account. The plan's concurrency, the credit budget and
   injected 429s refuse before a slot is taken; nothing is charged for a refusal.
   Then the slot is held, and an injected 500 gives it back at once.
3. `Generation.chunks`: the audio, chunk by chunk as it is "generated": the server's
   latency is spread over the chunks, so the first arrives long before the last.
   `paced` delivery (PCM formats, WebSockets) sends 100 ms of audio per 100 ms.
   Credits are charged only for a generation that completed; the slot is given back
   however the generation ends (`release` is idempotent).
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from audiobook.server import LOCAL_API_KEY
from audiobook.server.audio import speak, spelled
from audiobook.server.dictionaries import DictionaryStore, apply_rules
from audiobook.server.models import MAX_TEXT, Refusal, SpeechBody
from audiobook.server.voices import VoiceStore
from audiobook.tts.espeak import EspeakSynthesizer
from audiobook.voiceai import protocol

CHUNK_BYTES = 8_192
PACED_CHUNK_SECONDS = 0.1
PACED_CONTAINERS = ("pcm", "alaw", "mulaw")


@dataclass
class ServerOptions:
    """Behaviour knobs. Rates are probabilities per generation (seeded, reproducible)."""

    api_key: str = LOCAL_API_KEY  # the only bearer token accepted; any other is a 401 (close 1008 on a socket)
    latency: float = 0.0  # seconds a generation takes (synthesis included), its chunks spread over them
    max_concurrent: int | None = None  # generations at once; beyond: the API's concurrency error
    concurrency_status: int = 429  # its HTTP status: undocumented, and clients in the wild expect 400 or 429
    credits: int | None = None  # characters that may be generated; then 402
    error_rate: float = 0.0  # 500 (HTTP) / close 1011 (single WebSocket) / per-context error (multi)
    rate_limit_rate: float = 0.0  # 429 with Retry-After
    retry_after: float = 1.0
    disconnect_rate: float = 0.0  # the connection drops half-way through the audio
    slow_rate: float = 0.0  # the answer waits `slow_seconds` first
    slow_seconds: float = 30.0
    gateway_rate: float = 0.0  # the request never reaches the API: the proxy in front answers 502 with an HTML page
    ws_auth_at_upgrade: bool = False  # a WebSocket without the key: HTTP 401 at the upgrade, not accepted and closed
    clone_seconds: float = 0.5  # how long a clone stays PENDING/PROCESSING
    clone_answer_delay: float = 0.0  # a clone is stored at once but answered this much later (a slow upload)
    seed: int = 0


@dataclass
class Stats:
    requests: Counter = field(default_factory=Counter)  # by route
    responses: Counter = field(default_factory=Counter)  # by outcome
    active: int = 0
    peak_active: int = 0
    characters: int = 0  # charged: completed generations only
    dictionaries: Counter = field(default_factory=Counter)  # generations by "dictionary_id:version"
    audio_formats: Counter = field(default_factory=Counter)  # generations by audio_format
    first_started: float | None = None  # wall clock of the first admitted generation
    last_finished: float | None = None  # and of the last one to end
    busy_seconds: float = 0.0  # slot-seconds held by generations

    def as_dict(self) -> dict[str, Any]:
        return {"requests": dict(self.requests), "responses": dict(self.responses), "active": self.active,
                "peak_active": self.peak_active, "characters": self.characters,
                "dictionaries": dict(self.dictionaries), "audio_formats": dict(self.audio_formats),
                "first_started": self.first_started,
                "last_finished": self.last_finished, "busy_seconds": round(self.busy_seconds, 3)}


class InjectedDisconnect(Exception):
    """Raised inside a response to drop the connection (a fault the server was told to inject)."""


class LocalVoiceAI:
    """The server's state: options, voices, counters, and the generation gate."""

    def __init__(self, options: ServerOptions) -> None:
        self.options = options
        self.voices = VoiceStore(clone_seconds=options.clone_seconds)
        self.dictionaries = DictionaryStore()
        self.stats = Stats()
        self.engine = EspeakSynthesizer(max_concurrency=64)
        self._random = random.Random(options.seed)
        self._lock = threading.Lock()
        self._reserved = 0  # characters of generations in flight, held against the credit budget

    def authorized(self, header: str | None) -> bool:
        scheme, _, token = (header or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return False
        return token.strip() == self.options.api_key

    def roll(self, rate: float) -> bool:
        """Whether an injected fault of this rate strikes now (the seeded dice, one throw)."""
        with self._lock:
            return rate > 0 and self._random.random() < rate

    def check(self, body: SpeechBody, text: str) -> None:
        """Refuse a request that cannot be generated as asked (before any admission)."""
        try:
            self._check(body, text)
        except Refusal as refusal:
            self.stats.responses[f"refused_{refusal.code}"] += 1
            raise

    def _check(self, body: SpeechBody, text: str) -> None:
        if not text.strip():
            raise Refusal(422, "no text to generate", "empty_text", field="text")
        if len(text) > MAX_TEXT:
            raise Refusal(422, f"text too long: {len(text):,} characters, at most {MAX_TEXT:,}", "text_too_long",
                          field="text")
        if body.model and body.language not in (spoken := protocol.MODEL_LANGUAGES[body.model]):
            raise Refusal(422, f"model {body.model} does not speak {body.language} (it speaks "
                               f"{', '.join(sorted(spoken))})", "invalid_model", field="model")
        if body.voice_id and not self.voices.usable(body.voice_id):
            raise Refusal(404, "voice not found", "voice_not_found")
        if body.dictionary_id:
            dictionary = self.dictionaries.get(body.dictionary_id)
            if dictionary is None:
                raise Refusal(404, "pronunciation dictionary not found", "dictionary_not_found")
            if dictionary.rules(body.dictionary_version) is None:
                raise Refusal(404, f"pronunciation dictionary {body.dictionary_id} has no version "
                                   f"{body.dictionary_version} (latest: {dictionary.current_version})",
                              "dictionary_not_found")

    async def start(self, body: SpeechBody, text: str, *, paced: bool = False, streamed: bool = False) -> Generation:
        """Admit one generation and hold its slot, or refuse it without charging anything."""
        options = self.options
        if self.roll(options.rate_limit_rate):
            self.stats.responses["injected_429"] += 1
            raise Refusal(429, "rate limit exceeded", "rate_limited", retry_after=options.retry_after)
        with self._lock:
            if options.max_concurrent is not None and self.stats.active >= options.max_concurrent:
                self.stats.responses["concurrency_rejected"] += 1
                raise Refusal(options.concurrency_status, protocol.CONCURRENCY_MESSAGE, "concurrency_limit")
            if options.credits is not None and self.stats.characters + self._reserved + len(text) > options.credits:
                self.stats.responses["credits_exhausted"] += 1
                raise Refusal(402, protocol.CREDITS_MESSAGE, "insufficient_credits")
            self.stats.active += 1
            self.stats.peak_active = max(self.stats.peak_active, self.stats.active)
            self._reserved += len(text)
            if self.stats.first_started is None:
                self.stats.first_started = time.time()
        generation = Generation(self, body, text, paced=paced and self._paceable(body), streamed=streamed,
                                cut_off=self.roll(options.disconnect_rate))
        if self.roll(options.error_rate):
            self.stats.responses["injected_500"] += 1
            generation.release()
            raise Refusal(500, "TTS generation failed", "generation_failed")
        if generation.cut_off:
            self.stats.responses["injected_disconnect"] += 1
        return generation

    @staticmethod
    def _paceable(body: SpeechBody) -> bool:
        return protocol.AUDIO_FORMATS[body.audio_format][1] in PACED_CONTAINERS

    def _finish(self, text: str, completed: bool, started: float) -> None:
        with self._lock:
            self.stats.active -= 1
            self._reserved -= len(text)
            self.stats.last_finished = time.time()
            self.stats.busy_seconds += time.monotonic() - started
            if completed:
                self.stats.characters += len(text)

    async def audio(self, body: SpeechBody, text: str) -> bytes:
        variant = self.voices.variant(body.voice_id) if body.voice_id else None
        with self._lock:
            self.stats.audio_formats[body.audio_format] += 1
            if body.dictionary_id:
                self.stats.dictionaries[f"{body.dictionary_id}:{body.dictionary_version or 'latest'}"] += 1
        dictionary = self.dictionaries.get(body.dictionary_id) if body.dictionary_id else None
        rules = dictionary.rules(body.dictionary_version) if dictionary else None
        text = spelled(text, body.language)  # "[SPELL:BX42]", before a dictionary's rules could change its letters
        if rules:  # (a dictionary deleted since the check reads as none)
            text = apply_rules(text, rules)
        return await speak(self.engine, text, language=body.language, variant=variant, audio_format=body.audio_format)


def with_unknown_sizes(wav: bytes) -> bytes:
    """A WAV header as a streaming encoder writes it before the end: both sizes 0xFFFFFFFF."""
    if len(wav) < 44 or wav[:4] != b"RIFF" or wav[36:40] != b"data":
        return wav
    unknown = b"\xff\xff\xff\xff"
    return b"RIFF" + unknown + wav[8:40] + unknown + wav[44:]


class Generation:
    """One admitted generation: its audio as chunks, its slot, its charge."""

    def __init__(self, state: LocalVoiceAI, body: SpeechBody, text: str, *, paced: bool, cut_off: bool,
                 streamed: bool = False) -> None:
        self.state, self.body, self.text, self.paced, self.cut_off = state, body, text, paced, cut_off
        self.streamed = streamed  # sent as it is generated: a WAV header cannot know the sizes yet
        self.audio: bytes | None = None
        self._released = False
        self._admitted = time.monotonic()

    async def prepare(self) -> bytes:
        """Synthesize the clip (once); a slow answer waits here first."""
        if self.audio is None:
            options = self.state.options
            if self.state.roll(options.slow_rate):
                self.state.stats.responses["injected_slow"] += 1
                await asyncio.sleep(options.slow_seconds)
            self.audio = await self.state.audio(self.body, self.text)
        return self.audio

    def _chunk_bytes(self) -> int:
        if not self.paced:
            return CHUNK_BYTES
        rate, container = protocol.AUDIO_FORMATS[self.body.audio_format]
        return max(1, int(rate * PACED_CHUNK_SECONDS)) * (1 if container in ("alaw", "mulaw") else 2)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The audio as it is generated; with `cut_off`, half of it and then InjectedDisconnect."""
        options = self.state.options
        completed = False
        try:
            started = time.monotonic()
            audio = await self.prepare()
            if self.streamed and protocol.AUDIO_FORMATS[self.body.audio_format][1] == "wav":
                audio = with_unknown_sizes(audio)
            size = self._chunk_bytes()
            pieces = [audio[i:i + size] for i in range(0, len(audio), size)] or [b""]
            first = None
            for index, piece in enumerate(pieces):
                if self.cut_off and index >= max(1, len(pieces) // 2):
                    raise InjectedDisconnect("mid-stream disconnect")
                if options.latency:  # chunk k of n is ready (k+1)/n of the way through the generation
                    ready = started + options.latency * (index + 1) / len(pieces)
                    await asyncio.sleep(max(0.0, ready - time.monotonic()))
                if self.paced:
                    first = first if first is not None else time.monotonic()
                    await asyncio.sleep(max(0.0, first + index * PACED_CHUNK_SECONDS - time.monotonic()))
                yield piece
            completed = True
        finally:
            self.release(completed)

    def release(self, completed: bool = False) -> None:
        """Give the slot back (once), charging the text if the generation completed."""
        if not self._released:
            self._released = True
            self.state._finish(self.text, completed, self._admitted)
