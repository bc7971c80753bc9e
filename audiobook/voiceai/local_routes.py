"""Routes of the local Voice.ai server: voices (HTTP) and the two WebSockets."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import uuid
from typing import TYPE_CHECKING, Any, Optional

from fastapi import FastAPI, File, Form, UploadFile, WebSocket
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.websockets import WebSocketDisconnect

from . import protocol

if TYPE_CHECKING:
    from .server import LocalVoiceAI

AUDIO_CHUNK = 16_384


class VoiceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Optional[str] = None  # noqa: UP007
    voice_visibility: Optional[str] = None  # noqa: UP007


def _is_audio(data: bytes) -> bool:
    from pydub import AudioSegment

    try:
        return len(AudioSegment.from_file(io.BytesIO(data))) > 0
    except Exception:  # not decodable: the clone fails, as the real service would
        return False


def add_voice_routes(app: FastAPI, state: LocalVoiceAI) -> None:
    from .server import _error

    @app.get(protocol.VOICES_PATH)
    async def list_voices() -> list[dict[str, Any]]:
        return state.voices.list()

    @app.get(protocol.VOICE_PATH)
    async def get_voice(voice_id: str):  # type: ignore[no-untyped-def]
        voice = state.voices.get(voice_id)
        return voice.as_json(state.voices.clone_seconds) if voice else _error(404, "Voice not found", "voice_not_found")

    @app.patch(protocol.VOICE_PATH)
    async def update_voice(voice_id: str, body: VoiceUpdate):  # type: ignore[no-untyped-def]
        if body.voice_visibility is not None and body.voice_visibility not in protocol.VISIBILITIES:
            return _error(422, "voice_visibility must be PUBLIC or PRIVATE", "invalid_visibility")
        voice = state.voices.update(voice_id, name=body.name, visibility=body.voice_visibility)
        return voice.as_json(state.voices.clone_seconds) if voice else _error(404, "Voice not found", "voice_not_found")

    @app.delete(protocol.VOICE_PATH)
    async def delete_voice(voice_id: str):  # type: ignore[no-untyped-def]
        if not state.voices.delete(voice_id):
            return _error(404, "Voice not found", "voice_not_found")
        return {"status": "deleted", "voice_id": voice_id}

    @app.post(protocol.CLONE_PATH)
    async def clone_voice(file: UploadFile = File(...), name: Optional[str] = Form(None),  # noqa: B008, UP007
                          voice_visibility: str = Form("PUBLIC"), language: str = Form("en")):  # noqa: B008
        data = await file.read()
        if len(data) > protocol.MAX_CLONE_BYTES:
            return _error(413, "file is larger than 7.5 MB", "file_too_large")
        if voice_visibility not in protocol.VISIBILITIES or language not in protocol.LANGUAGES:
            return _error(422, "voice_visibility or language is not valid", "invalid_parameters")
        valid = await asyncio.to_thread(_is_audio, data)
        voice = state.voices.clone(data, name=name, visibility=voice_visibility, language=language, valid_audio=valid)
        return {"voice_id": voice.voice_id, "status": "PENDING"}


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}".lower()


class _Closed(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


async def _receive(websocket: WebSocket) -> dict[str, Any] | None:
    """The next JSON object from the client; None when it has gone."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        return None
    if message.get("bytes") is not None:
        raise _Closed(protocol.CLOSE_UNSUPPORTED_DATA, "binary frames are not supported; send JSON text")
    try:
        document = json.loads(message.get("text") or "")
    except ValueError:
        raise _Closed(protocol.CLOSE_INVALID_PAYLOAD, "invalid json") from None
    if not isinstance(document, dict):
        raise _Closed(protocol.CLOSE_INVALID_PAYLOAD, "message must be a json object")
    return document


def add_websocket_routes(app: FastAPI, state: LocalVoiceAI) -> None:
    from .server import InjectedDisconnect, SpeechBody, WsInit, WsMultiInit, WsMultiText, WsText, _Refusal

    async def audio_for(body: SpeechBody, text: str) -> bytes:
        if len(text) > 5_000:
            raise _Closed(protocol.CLOSE_POLICY, "text too long")
        if body.voice_id and not state.voices.usable(body.voice_id):
            raise _Refusal(404, "voice not found", "voice_not_found")
        async with state.generation(text):
            return await state.audio(body, text)

    def close_for(refusal: _Refusal) -> _Closed:
        if refusal.status >= 500:
            return _Closed(protocol.CLOSE_INTERNAL, refusal.message)
        return _Closed(protocol.CLOSE_POLICY, refusal.message)

    async def send_audio(websocket: WebSocket, audio: bytes, extra: dict[str, Any], lock: asyncio.Lock) -> None:
        chunks = [audio[i:i + AUDIO_CHUNK] for i in range(0, len(audio), AUDIO_CHUNK)]
        if state.should_disconnect():
            for chunk in chunks[:max(1, len(chunks) // 2)]:
                async with lock:
                    await websocket.send_text(json.dumps({"audio": base64.b64encode(chunk).decode(), **extra}))
            raise InjectedDisconnect("mid-stream disconnect")
        for chunk in chunks:
            async with lock:
                await websocket.send_text(json.dumps({"audio": base64.b64encode(chunk).decode(), **extra}))
        async with lock:
            await websocket.send_text(json.dumps({"is_last": True, **extra}))

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
            while (document := await _receive(websocket)) is not None:
                try:
                    message = WsInit(**document) if settings is None else WsText(**document)
                except ValidationError as exc:
                    raise _Closed(protocol.CLOSE_INVALID_PAYLOAD, _first_error(exc)) from None
                settings = settings or message  # type: ignore[assignment]
                buffer.append(message.text)
                if message.flush:
                    assert settings is not None
                    try:
                        audio = await audio_for(settings, "".join(buffer))
                    except _Refusal as refusal:
                        raise close_for(refusal) from None
                    state.stats.responses["ws_generation"] += 1
                    try:
                        await send_audio(websocket, audio, {}, asyncio.Lock())
                    except InjectedDisconnect:
                        raise _Closed(protocol.CLOSE_INTERNAL, "connection lost mid-stream") from None
                    await websocket.close(protocol.CLOSE_NORMAL)
                    return
        except _Closed as closed:
            await websocket.close(closed.code, closed.reason)
        except WebSocketDisconnect:
            return

    @app.websocket(protocol.WS_MULTI_PATH)
    async def multi(websocket: WebSocket) -> None:
        if not await open_authorized(websocket):
            return
        contexts: dict[str, dict[str, Any]] = {}
        tasks: set[asyncio.Task[None]] = set()
        lock = asyncio.Lock()
        failure: list[BaseException] = []

        async def flush(context_id: str, settings: WsMultiInit, text: str, close_after: bool) -> None:
            extra = {"context_id": context_id}
            try:
                audio = await audio_for(settings, text)
                state.stats.responses["ws_generation"] += 1
                await send_audio(websocket, audio, extra, lock)
            except _Refusal as refusal:
                async with lock:
                    await websocket.send_text(json.dumps({"error": refusal.message, **extra}))
            except InjectedDisconnect as exc:
                failure.append(exc)
                await websocket.close(protocol.CLOSE_INTERNAL, "connection lost mid-stream")
                return
            except Exception as exc:  # a send on a socket that is already closed
                failure.append(exc)
                return
            if close_after:
                contexts.pop(context_id, None)
                async with lock:
                    await websocket.send_text(json.dumps({"context_closed": True, **extra}))

        def start(coroutine) -> None:  # type: ignore[no-untyped-def]
            task = asyncio.create_task(coroutine)
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        try:
            while not failure and (document := await _receive(websocket)) is not None:
                context_id = document.get("context_id")
                known = isinstance(context_id, str) and context_id in contexts
                try:
                    message = WsMultiText(**document) if known else WsMultiInit(**document)
                except ValidationError as exc:
                    raise _Closed(protocol.CLOSE_INVALID_PAYLOAD, _first_error(exc)) from None
                if isinstance(message, WsMultiInit) and message.close_socket and not document.keys() - {"close_socket"}:
                    break
                if not known:
                    context_id = message.context_id or uuid.uuid4().hex
                    contexts[context_id] = {"settings": message, "buffer": [], "auto_close": message.auto_close}
                context = contexts[context_id]
                context["buffer"].append(message.text)
                context["auto_close"] = context["auto_close"] or message.auto_close
                if message.flush:
                    text = "".join(context["buffer"])
                    context["buffer"] = []
                    start(flush(context_id, context["settings"], text, context["auto_close"] or message.close_context))
                elif message.close_context:
                    contexts.pop(context_id, None)
                    async with lock:
                        await websocket.send_text(json.dumps({"context_closed": True, "context_id": context_id}))
                if message.close_socket:
                    break
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
            if not failure:
                await websocket.close(protocol.CLOSE_NORMAL)
        except _Closed as closed:
            await websocket.close(closed.code, closed.reason)
        except WebSocketDisconnect:
            pass
        finally:
            for task in tasks:
                task.cancel()
