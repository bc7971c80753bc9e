"""The Voice.ai TTS client: speech over HTTP, HTTP streaming and WebSockets; voices.

    client = VoiceAIClient(VoiceAIConfig.from_env())
    clip = client.speech(SpeechRequest("Hello.", language="en"))       # POST /speech
    clip = client.speech_stream(SpeechRequest("Hello."))               # POST /speech/stream
    clip = client.speech_ws(SpeechRequest("Hello."))                   # WS /stream
    with client.multi_stream() as stream:                              # WS /multi-stream
        clips = stream.speak_many([SpeechRequest("One."), SpeechRequest("Two.")])

Every generation holds one of the account's slots (`slots.py`: the plan's limit, in
this process or on the Prefect server). The public methods retry transient failures
with the one retry policy (`audiobook.retry`); the `*_once` methods make exactly one
attempt, for a caller that retries itself (the render loop, through `transports`).
A clip is returned only when it is complete and decodes. One requests Session is
reused for connection pooling.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from audiobook.errors import ConfigurationError, PermanentSynthesisError, RetryableSynthesisError, SynthesisError
from audiobook.retry import retry_policy
from audiobook.voiceai import protocol
from audiobook.voiceai.config import VoiceAIConfig
from audiobook.voiceai.errors import BACKEND, error_for_status, error_text, message_kind, retry_after_seconds
from audiobook.voiceai.slots import GenerationSlots
from audiobook.voiceai.speech import Clip, SpeechRequest, complete
from audiobook.voiceai.streams import MultiStream, single_context

__all__ = ["Clip", "SpeechRequest", "Voice", "VoiceAIClient", "complete"]

USER_AGENT = "audiobook-voiceai-client/1"
# answers about the account, not the request: no later request can succeed
ACCOUNT_FAILURES = (401, 402)
ACCOUNT_KINDS = ("credits", "authorization")


@dataclass(frozen=True)
class Voice:
    voice_id: str
    status: str
    name: str | None = None
    voice_visibility: str | None = None

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Voice:
        return cls(voice_id=str(document["voice_id"]), status=str(document.get("status") or "AVAILABLE"),
                   name=document.get("name"), voice_visibility=document.get("voice_visibility"))


class VoiceAIClient:
    """A client for one Voice.ai deployment (the real API or `audiobook serve`)."""

    def __init__(self, config: VoiceAIConfig, *, sleep: Callable[[float], None] = time.sleep,
                 slots: GenerationSlots | None = None) -> None:
        self.config = config
        self._key = config.require_key()
        self._sleep = sleep
        self._slots = slots if slots is not None else config.open_slots()
        self._account_failure: PermanentSynthesisError | None = None
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {self._key.reveal()}", "User-Agent": USER_AGENT})

    # -- plumbing -------------------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.config.base_url.rstrip("/") + path

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key.reveal()}", "User-Agent": USER_AGENT}

    def scrub(self, text: str) -> str:
        return self._key.scrub(text)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """One of the account's concurrent generations, held for one request.

        Once the account has answered that the key is refused or the credits are gone, no
        further request is sent: every later generation fails at once with that answer.
        """
        self._raise_account_failure()
        with self._slots.hold():
            self._raise_account_failure()
            try:
                yield
            except PermanentSynthesisError as exc:
                kind = message_kind(exc.message)
                if exc.status in ACCOUNT_FAILURES or (kind is not None and kind[0] in ACCOUNT_KINDS):
                    self._account_failure = exc
                raise

    def _raise_account_failure(self) -> None:
        failure = self._account_failure
        if failure is not None:  # a new exception each time: threads may raise it at once
            raise type(failure)(failure.message, backend=failure.backend, status=failure.status)

    def with_retries(self, attempt: Callable[[], Clip]) -> Clip:
        """Run `attempt` under the retry policy; the clip carries the number of tries."""
        tries = 0

        def once() -> Clip:
            nonlocal tries
            tries += 1
            return attempt()

        clip = retry_policy(self.config.max_attempts, sleep=self._sleep,
                            multiplier=self.config.backoff_multiplier)(once)
        return Clip(clip.data, clip.audio_format, tries)

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One HTTP request; transport failures and error statuses become our errors."""
        try:
            response = self._session.request(method, self.url(path), timeout=self.config.timeout, **kwargs)
        except requests.Timeout:
            raise RetryableSynthesisError(f"no answer within {self.config.timeout:g}s", backend=BACKEND) from None
        except requests.RequestException as exc:  # refused, reset, or a body that broke off
            where = self.scrub(self.config.base_url)
            raise RetryableSynthesisError(f"connection to {where} failed: {type(exc).__name__}",
                                          backend=BACKEND) from None
        if response.status_code >= 400:
            raise error_for_status(response.status_code, error_text(response.content), scrub=self.scrub,
                                   retry_after=retry_after_seconds(response.headers.get("Retry-After")))
        return response

    # -- speech ---------------------------------------------------------------------------------------------

    def speech_once(self, request: SpeechRequest) -> Clip:
        """POST /api/v1/tts/speech, one attempt: the whole clip in one response."""
        with self.slot():
            response = self.request("POST", protocol.SPEECH_PATH, json=request.body())
            return complete(Clip(response.content, request.audio_format))

    def speech(self, request: SpeechRequest) -> Clip:
        """POST /api/v1/tts/speech, retried on transient failures."""
        return self.with_retries(lambda: self.speech_once(request))

    def iter_speech_stream(self, request: SpeechRequest, chunk_size: int = 16_384) -> Iterator[bytes]:
        """POST /api/v1/tts/speech/stream, chunks as they arrive (no retries: the caller has them)."""
        with self.slot():
            response = self.request("POST", protocol.SPEECH_STREAM_PATH, json=request.body(), stream=True)
            try:
                yield from response.iter_content(chunk_size)
            except (requests.RequestException, OSError) as exc:
                raise RetryableSynthesisError(f"stream broke off: {type(exc).__name__}", backend=BACKEND) from None
            finally:
                response.close()

    def speech_stream_once(self, request: SpeechRequest) -> Clip:
        """The streamed clip, collected, one attempt."""
        return complete(Clip(b"".join(self.iter_speech_stream(request)), request.audio_format))

    def speech_stream(self, request: SpeechRequest) -> Clip:
        """POST /api/v1/tts/speech/stream collected; a stream that breaks off is retried whole."""
        return self.with_retries(lambda: self.speech_stream_once(request))

    def speech_ws_once(self, request: SpeechRequest) -> Clip:
        """WS /api/v1/tts/stream, one attempt: one generation on its own connection."""
        with self.slot():
            return complete(Clip(single_context(self, request), request.audio_format))

    def speech_ws(self, request: SpeechRequest) -> Clip:
        """WS /api/v1/tts/stream, retried on transient failures (each try a new connection)."""
        return self.with_retries(lambda: self.speech_ws_once(request))

    def multi_stream(self) -> MultiStream:
        """A MultiStream over WS /api/v1/tts/multi-stream (use as a context manager)."""
        return MultiStream(self)

    # -- voices (pronunciation dictionaries: see dictionaries.py) -------------------------------------------

    def request_json(self, method: str, path: str, *, retried: bool = True, **kwargs: Any) -> Any:
        """One JSON answer; retried under the policy unless the request must not be sent twice."""
        def attempt() -> Any:
            response = self.request(method, path, **kwargs)
            try:
                return response.json()
            except ValueError:
                raise RetryableSynthesisError(f"{path} answered with something that is not JSON",
                                              backend=BACKEND) from None

        if not retried:
            return attempt()
        return retry_policy(self.config.max_attempts, sleep=self._sleep,
                            multiplier=self.config.backoff_multiplier)(attempt)

    def list_voices(self) -> list[Voice]:
        return [Voice.from_json(v) for v in self.request_json("GET", protocol.VOICES_PATH)]

    def get_voice(self, voice_id: str) -> Voice:
        return Voice.from_json(self.request_json("GET", protocol.VOICE_PATH.format(voice_id=voice_id)))

    def update_voice(self, voice_id: str, *, name: str | None = None, voice_visibility: str | None = None) -> Voice:
        body = {k: v for k, v in (("name", name), ("voice_visibility", voice_visibility)) if v is not None}
        return Voice.from_json(self.request_json("PATCH", protocol.VOICE_PATH.format(voice_id=voice_id), json=body))

    def delete_voice(self, voice_id: str) -> dict[str, Any]:
        return dict(self.request_json("DELETE", protocol.VOICE_PATH.format(voice_id=voice_id)))

    def clone_voice(self, audio: Path, *, name: str | None = None, voice_visibility: str = "PUBLIC",
                    language: str = "en") -> Voice:
        """Upload reference audio (multipart); the voice starts PENDING (see wait_for_voice).

        The upload is never retried blindly: a request that failed in transit may still have
        created the voice. After such a failure the voice list is compared with the one taken
        before; a single new voice with this name is the clone, and anything else is an
        error that says to check the list, so a retry never makes a second voice.
        """
        data = Path(audio).read_bytes()
        if len(data) > protocol.MAX_CLONE_BYTES:
            raise ConfigurationError(f"{audio}: reference audio is {len(data):,} bytes; the limit is 7.5 MB")
        if protocol.clone_audio_kind(data) is None:
            raise ConfigurationError(f"{audio}: reference audio must be {protocol.CLONE_FORMATS}; this file is "
                                     "none of them (convert it first, e.g. ffmpeg -i IN OUT.wav)")
        fields = {"voice_visibility": voice_visibility, "language": language, **({"name": name} if name else {})}
        before = {v.voice_id for v in self.list_voices()}
        try:
            response = self.request("POST", protocol.CLONE_PATH, files={"file": (Path(audio).name, data)},
                                     data=fields)
            return Voice.from_json(response.json())
        except (RetryableSynthesisError, ValueError) as exc:
            created = [v for v in self.list_voices() if v.voice_id not in before and v.name == name]
            if len(created) == 1:
                return created[0]
            raise PermanentSynthesisError(
                f"cloning failed ({exc}); it was not retried, so that no second voice is made: check "
                "`audiobook voices list` and clone again if no new voice is there", backend=BACKEND) from None

    def wait_for_voice(self, voice_id: str, *, timeout: float = 300.0, poll: float = 2.0) -> Voice:
        """Poll until the voice is AVAILABLE (returned) or FAILED (an error)."""
        deadline = time.monotonic() + timeout
        while True:
            voice = self.get_voice(voice_id)
            if voice.status == "AVAILABLE":
                return voice
            if voice.status == "FAILED":
                raise SynthesisError(f"voice {voice_id} failed to clone", backend=BACKEND)
            if time.monotonic() > deadline:
                raise RetryableSynthesisError(f"voice {voice_id} still {voice.status} after {timeout:g}s",
                                              backend=BACKEND)
            self._sleep(poll)

    def close(self) -> None:
        self._session.close()
        self._slots.close()

    def __enter__(self) -> VoiceAIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
