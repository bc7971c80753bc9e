"""The two Voice.ai WebSockets: single-context (one generation per connection) and
multi-context (many generations multiplexed on one connection by context_id).

Built on websockets' threaded client so the rest of the pipeline stays synchronous.
A MultiStream keeps one connection and a reader thread that routes every frame to
the waiting context; each context holds one of the account's generation slots. Every
try is a fresh context. A per-context `error` fails that context (retried or not by
the one classifier in `errors`); an `error` with no `context_id` fails every context
waiting on the connection at once; a lost connection fails the contexts on it and the
next request reconnects. Nothing waits for a timeout that the server already answered.

The single-context socket is closed by the client after `is_last`: the reference says
the server closes it, the public quickstart keeps talking on it, and this works with both.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from audiobook.errors import PermanentSynthesisError, RetryableSynthesisError, SynthesisError
from audiobook.voiceai import protocol
from audiobook.voiceai.errors import BACKEND, error_for_close, error_for_context, error_for_status, error_text
from audiobook.voiceai.speech import Clip, SpeechRequest, complete

if TYPE_CHECKING:
    from audiobook.voiceai.client import VoiceAIClient


def _dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))


def open_socket(client: VoiceAIClient, path: str) -> ClientConnection:
    """Connect with the bearer key on the handshake; failures become our errors."""
    url = client.config.ws_base_url + path
    try:
        return connect(url, additional_headers=client.auth_headers(), open_timeout=client.config.timeout,
                       close_timeout=2, max_size=None, user_agent_header=None)
    except InvalidStatus as exc:
        response = exc.response
        raise error_for_status(response.status_code, error_text(response.body or b""), scrub=client.scrub) from None
    except (InvalidHandshake, OSError, TimeoutError) as exc:
        raise RetryableSynthesisError(f"WebSocket connection to {client.scrub(client.config.ws_base_url)} failed: "
                                      f"{type(exc).__name__}", backend=BACKEND) from None


def _closed_error(exc: ConnectionClosed, client: VoiceAIClient) -> SynthesisError:
    frame = exc.rcvd
    return error_for_close(frame.code if frame else None, frame.reason if frame else "", scrub=client.scrub)


def _frame(raw: str | bytes) -> dict[str, Any]:
    if isinstance(raw, bytes):
        raise PermanentSynthesisError("server sent a binary WebSocket frame", backend=BACKEND)
    try:
        document = json.loads(raw)
    except ValueError:
        raise RetryableSynthesisError("server sent a frame that is not JSON", backend=BACKEND) from None
    if not isinstance(document, dict):
        raise RetryableSynthesisError("server sent a JSON frame that is not an object", backend=BACKEND)
    return document


def single_context(client: VoiceAIClient, request: SpeechRequest) -> bytes:
    """One generation on /api/v1/tts/stream: init with flush, audio frames, is_last, close 1000."""
    socket = open_socket(client, protocol.WS_SINGLE_PATH)
    chunks: list[bytes] = []
    try:
        socket.send(_dumps({**request.body(), "flush": True}))
        while True:
            document = _frame(socket.recv(timeout=client.config.timeout))
            if "audio" in document:
                chunks.append(base64.b64decode(document["audio"]))
            elif document.get("is_last"):
                return b"".join(chunks)
            elif document.get("error"):
                raise error_for_context(str(document["error"]), scrub=client.scrub)
    except TimeoutError:
        raise RetryableSynthesisError(f"no audio within {client.config.timeout:g}s", backend=BACKEND) from None
    except ConnectionClosed as exc:
        raise _closed_error(exc, client) from None
    finally:
        socket.close()


@dataclass
class _Context:
    socket: ClientConnection
    chunks: list[bytes] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)
    error: SynthesisError | None = None


class MultiStream:
    """Many generations over one /api/v1/tts/multi-stream connection."""

    def __init__(self, client: VoiceAIClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._socket: ClientConnection | None = None
        self._contexts: dict[str, _Context] = {}
        self.connections_opened = 0

    def __enter__(self) -> MultiStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def speak_once(self, request: SpeechRequest) -> Clip:
        """One generation as its own new context, one attempt."""
        with self._client.slot():
            return complete(Clip(self._generate(request), request.audio_format))

    def speak(self, request: SpeechRequest) -> Clip:
        """One generation, retried on transient failures, each try on a fresh context."""
        return self._client.with_retries(lambda: self.speak_once(request))

    def speak_many(self, requests: Sequence[SpeechRequest]) -> list[Clip]:
        """All `requests` multiplexed on the connection; clips in input order."""
        with ThreadPoolExecutor(max_workers=self._client.config.concurrency, thread_name_prefix="ws-context") as pool:
            return list(pool.map(self.speak, requests))

    def _connection(self) -> ClientConnection:
        with self._lock:
            if self._socket is None:
                socket = open_socket(self._client, protocol.WS_MULTI_PATH)
                self._socket = socket
                self.connections_opened += 1
                threading.Thread(target=self._read, args=(socket,), name="ws-multi-reader", daemon=True).start()
            return self._socket

    def _generate(self, request: SpeechRequest) -> bytes:
        socket = self._connection()
        context_id = uuid.uuid4().hex
        context = _Context(socket)
        with self._lock:
            self._contexts[context_id] = context
        try:
            try:
                with self._send_lock:
                    socket.send(_dumps({**request.body(), "context_id": context_id, "flush": True, "auto_close": True}))
            except ConnectionClosed as exc:
                raise _closed_error(exc, self._client) from None
            if not context.done.wait(self._client.config.timeout):
                self._close_context(socket, context_id)
                raise RetryableSynthesisError(f"no audio within {self._client.config.timeout:g}s", backend=BACKEND)
            if context.error is not None:
                self._close_context(socket, context_id)  # the server may keep a failed context open
                raise context.error
            return b"".join(context.chunks)
        finally:
            with self._lock:
                self._contexts.pop(context_id, None)

    def _close_context(self, socket: ClientConnection, context_id: str) -> None:
        try:
            with self._send_lock:
                socket.send(_dumps({"context_id": context_id, "close_context": True}))
        except ConnectionClosed:
            pass

    def _read(self, socket: ClientConnection) -> None:
        """Route frames to their contexts until the connection ends; then fail what is left on it."""
        failure: SynthesisError = RetryableSynthesisError("connection closed", backend=BACKEND)
        try:
            for raw in socket:
                document = _frame(raw)
                if document.get("error") and document.get("context_id") is None:
                    self._fail_waiting(socket, error_for_context(str(document["error"]), scrub=self._client.scrub))
                    continue
                with self._lock:
                    context = self._contexts.get(str(document.get("context_id")))
                if context is None or context.done.is_set():
                    continue  # a stray frame for a context we closed or gave up on
                if "audio" in document:
                    context.chunks.append(base64.b64decode(document["audio"]))
                elif document.get("is_last") or document.get("context_closed"):
                    if document.get("context_closed") and not document.get("is_last"):
                        context.error = RetryableSynthesisError("context closed before its audio was complete",
                                                                backend=BACKEND)
                    context.done.set()
                elif document.get("error"):
                    context.error = error_for_context(str(document["error"]), scrub=self._client.scrub)
                    context.done.set()
        except ConnectionClosed as exc:
            failure = _closed_error(exc, self._client)
        except SynthesisError as exc:
            failure = exc
        except Exception as exc:  # the reader must never die silently
            failure = RetryableSynthesisError(f"connection failed: {type(exc).__name__}", backend=BACKEND)
        else:
            failure = error_for_close(socket.close_code, socket.close_reason or "", scrub=self._client.scrub)
        finally:
            with self._lock:
                if self._socket is socket:
                    self._socket = None
            self._fail_waiting(socket, failure)

    def _fail_waiting(self, socket: ClientConnection, failure: SynthesisError) -> None:
        """Every context still waiting on `socket` ends now with `failure`."""
        with self._lock:
            waiting = [c for c in self._contexts.values() if c.socket is socket and not c.done.is_set()]
        for context in waiting:
            context.error = failure
            context.done.set()

    def close(self) -> None:
        with self._lock:
            socket, self._socket = self._socket, None
        if socket is not None:
            try:
                with self._send_lock:
                    socket.send(_dumps({"close_socket": True}))
            except ConnectionClosed:
                pass
            socket.close()
