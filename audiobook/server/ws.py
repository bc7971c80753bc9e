"""The local server's two WebSockets, as documented, with these choices where the docs
are silent (the README lists them too):

- A bad key: the socket is accepted, then closed 1008.
- Single-context: one generation per connection, as the reference, the streaming guide
  and the official examples say: `is_last`, then close 1000 (the public quickstart sends
  a second message after `is_last`; a client that relies on that is told here, not in
  production). An empty flush closes 1007; text over 5,000 characters, an unknown
  voice, credits or the concurrency limit close 1008; a failed generation closes 1011.
- Multi-context: every context has its own queue, so its flushes are answered in
  order; `context_closed` comes after the last audio and `is_last` of that context.
  An empty flush, text over 5,000 characters and every refusal are a per-context
  `{"error", "context_id"}`: the connection and the other contexts go on. A message
  that fails validation closes the connection 1007. `close_context` for a context
  that is not open is answered `context_closed` (closing twice is harmless).
"""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, WebSocket
from pydantic import ValidationError
from starlette.websockets import WebSocketDisconnect

from audiobook.server.models import MAX_TEXT, Closed, Refusal, WsInit, WsMultiInit, WsMultiText, WsText
from audiobook.server.state import InjectedDisconnect, LocalVoiceAI
from audiobook.voiceai import protocol

_CLOSE = object()  # a context's queue item: close the context after what came before


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}".lower()


async def _receive(websocket: WebSocket) -> dict[str, Any] | None:
    """The next JSON object from the client; None when it has gone."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        return None
    if message.get("bytes") is not None:
        raise Closed(protocol.CLOSE_UNSUPPORTED_DATA, "binary frames are not supported; send JSON text")
    try:
        document = json.loads(message.get("text") or "")
    except ValueError:
        raise Closed(protocol.CLOSE_INVALID_PAYLOAD, "invalid json") from None
    if not isinstance(document, dict):
        raise Closed(protocol.CLOSE_INVALID_PAYLOAD, "message must be a json object")
    return document


def _audio(chunk: bytes, extra: dict[str, Any]) -> str:
    return json.dumps({"audio": base64.b64encode(chunk).decode(), **extra})


@dataclass
class _Context:
    settings: WsMultiInit
    buffer: list[str] = field(default_factory=list)
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)  # text, a Refusal, or _CLOSE
    auto_close: bool = False
    closing: bool = False
    worker: asyncio.Task[None] | None = None


def add_websocket_routes(app: FastAPI, state: LocalVoiceAI) -> None:
    async def open_authorized(websocket: WebSocket) -> bool:
        state.stats.requests[websocket.url.path] += 1
        await websocket.accept()
        if state.authorized(websocket.headers.get("authorization")):
            return True
        state.stats.responses["401"] += 1
        await websocket.close(protocol.CLOSE_POLICY, "invalid or missing API key")
        return False

    @app.websocket(protocol.WS_SINGLE_PATH)
    async def single(websocket: WebSocket) -> None:
        if not await open_authorized(websocket):
            return
        settings: WsInit | None = None
        buffer: list[str] = []
        try:
            while True:
                document = await _receive(websocket)
                if document is None:
                    return
                try:
                    message = WsInit(**document) if settings is None else WsText(**document)
                except ValidationError as exc:
                    raise Closed(protocol.CLOSE_INVALID_PAYLOAD, _first_error(exc)) from None
                settings = settings or message  # type: ignore[assignment]
                assert settings is not None
                buffer.append(message.text)
                if sum(map(len, buffer)) > MAX_TEXT:
                    raise Closed(protocol.CLOSE_POLICY, f"text too long: at most {MAX_TEXT:,} characters")
                if not message.flush:
                    continue
                text, buffer = "".join(buffer), []
                state.check(settings, text)
                generation = await state.start(settings, text, paced=settings.delivery_mode == "paced", streamed=True)
                try:
                    async for chunk in generation.chunks():
                        await websocket.send_text(_audio(chunk, {}))
                except InjectedDisconnect:
                    raise Closed(protocol.CLOSE_INTERNAL, "connection lost mid-stream") from None
                finally:
                    generation.release()
                state.stats.responses["ws_generation"] += 1
                await websocket.send_text(json.dumps({"is_last": True}))
                raise Closed(protocol.CLOSE_NORMAL, "")  # one generation per connection
        except Refusal as refusal:
            closed = refusal.close()
            await websocket.close(closed.code, closed.reason)
        except Closed as closed:
            await websocket.close(closed.code, closed.reason)
        except WebSocketDisconnect:
            return

    @app.websocket(protocol.WS_MULTI_PATH)
    async def multi(websocket: WebSocket) -> None:
        if not await open_authorized(websocket):
            return
        contexts: dict[str, _Context] = {}
        send_lock = asyncio.Lock()
        lost = asyncio.Event()  # an injected disconnect dropped the connection

        async def send(message: dict[str, Any] | str) -> None:
            async with send_lock:
                await websocket.send_text(message if isinstance(message, str) else json.dumps(message))

        async def generate(context_id: str, context: _Context, text: str | Refusal) -> None:
            extra = {"context_id": context_id}
            try:
                if isinstance(text, Refusal):
                    raise text
                state.check(context.settings, text)
                generation = await state.start(context.settings, text, streamed=True,
                                               paced=context.settings.delivery_mode == "paced")
            except Refusal as refusal:
                await send({"error": refusal.message, **extra})
                return
            try:
                async for chunk in generation.chunks():
                    await send(_audio(chunk, extra))
            finally:
                generation.release()
            state.stats.responses["ws_generation"] += 1
            await send({"is_last": True, **extra})

        async def run(context_id: str, context: _Context) -> None:
            """A context's flushes, one after another; then its close."""
            try:
                while True:
                    item = await context.queue.get()
                    if item is _CLOSE:
                        contexts.pop(context_id, None)
                        await send({"context_closed": True, "context_id": context_id})
                        return
                    await generate(context_id, context, item)
            except InjectedDisconnect:
                lost.set()
                async with send_lock:
                    await websocket.close(protocol.CLOSE_INTERNAL, "connection lost mid-stream")
            except (WebSocketDisconnect, RuntimeError):
                return  # the client has gone; nothing to answer

        async def handle(document: dict[str, Any]) -> bool:
            """Act on one message; False when the client asked to close the socket."""
            context_id = document.get("context_id")
            context = contexts.get(context_id) if isinstance(context_id, str) else None
            if context is None and document.get("close_context") and not document.get("text") \
                    and not document.get("flush") and isinstance(context_id, str):
                await send({"context_closed": True, "context_id": context_id})
                return not document.get("close_socket")
            if context is None and document.keys() == {"close_socket"} and document["close_socket"] is True:
                return False  # the standalone close: not a context init
            try:
                message = WsMultiText(**document) if context is not None else WsMultiInit(**document)
            except ValidationError as exc:
                raise Closed(protocol.CLOSE_INVALID_PAYLOAD, _first_error(exc)) from None
            if context is None:
                assert isinstance(message, WsMultiInit)
                context_id = message.context_id or uuid.uuid4().hex
                context = contexts[context_id] = _Context(message, auto_close=message.auto_close)
                context.worker = asyncio.create_task(run(context_id, context))
            elif context.closing:
                await send({"error": "context is closing", "context_id": context_id})
                return not message.close_socket
            context.buffer.append(message.text)
            context.auto_close = context.auto_close or message.auto_close
            if sum(map(len, context.buffer)) > MAX_TEXT:  # refused in its turn, the buffer dropped
                context.buffer = []
                context.queue.put_nowait(Refusal(422, f"text too long: at most {MAX_TEXT:,} characters",
                                                 "text_too_long"))
            elif message.flush:
                text, context.buffer = "".join(context.buffer), []
                context.queue.put_nowait(text)
            if message.close_context or (message.flush and context.auto_close):
                context.closing = True
                context.queue.put_nowait(_CLOSE)
            return not message.close_socket

        try:
            while not lost.is_set():
                document = await _receive(websocket)
                if document is None:
                    return  # the client has gone: the finally cancels what it asked for
                if not await handle(document):
                    break
            if not lost.is_set():
                for context in list(contexts.values()):  # finish what was asked, then close
                    if not context.closing:
                        context.closing = True
                        context.queue.put_nowait(_CLOSE)
                await asyncio.gather(*(c.worker for c in list(contexts.values()) if c.worker), return_exceptions=True)
                if not lost.is_set():
                    await websocket.close(protocol.CLOSE_NORMAL)
        except Closed as closed:
            await websocket.close(closed.code, closed.reason)
        except WebSocketDisconnect:
            pass
        finally:
            for context in contexts.values():
                if context.worker is not None:
                    context.worker.cancel()
