"""A local server that speaks the Voice.ai TTS protocol, backed by espeak-ng.

Same paths, request fields, enums, error bodies (ErrorResponse, and FastAPI's
HTTPValidationError for every 422) and WebSocket close codes as the public API, so
the client is tested over real sockets and users can develop without a key or
credits. It is as strict as the documented service, never more lenient. Knobs
(`ServerOptions`) make it behave like a plan or a bad day: a required key, latency
per generation, a concurrency limit, a credit budget, and injected faults.

Choices where the public docs are silent (also in the README): the HTTP body rejects
unknown fields (422); 401 carries `WWW-Authenticate: Bearer`; the concurrency limit
answers HTTP 429 (no Retry-After), close 1008 on the single-context socket and a
per-context error on the multi-context one, all with the text "too many concurrent
tts generations"; an injected rate limit is a 429 with Retry-After. WebSocket
behaviour is described in `local_ws`. An injected gateway failure is what a proxy in
front of any service answers when the service behind it is down: HTTP 502 with an HTML
page, not the API's JSON, on HTTP and for a WebSocket's upgrade alike. `GET /_local/stats`
reports what the server saw (for tests and benchmarks).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from audiobook.server.dictionary_routes import add_dictionary_routes
from audiobook.server.models import Refusal, SpeechBody, error_response
from audiobook.server.routes import add_voice_routes
from audiobook.server.state import Generation, InjectedDisconnect, LocalVoiceAI, ServerOptions, Stats
from audiobook.server.ws import add_websocket_routes
from audiobook.voiceai import protocol

__all__ = ["ServerOptions", "Stats", "create_app", "LocalVoiceAI"]


class _QuietInjectedFaults(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDisconnect))


GATEWAY_PAGE = HTMLResponse("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                            "<h1>502 Bad Gateway</h1>\r\n<p>The server behind this proxy did not answer.</p>\r\n"
                            "</body>\r\n</html>\r\n", 502)


async def _answer_before_the_api(response: Response, scope: dict[str, Any], receive: Any, send: Any) -> None:
    """`response` as the answer to a request, or to a WebSocket's upgrade (refused: no socket is opened)."""
    if scope["type"] == "http":
        await response(scope, receive, send)
        return
    await receive()  # websocket.connect
    await send({"type": "websocket.http.response.start", "status": response.status_code,
                "headers": response.raw_headers})
    await send({"type": "websocket.http.response.body", "body": response.body})


class _Authenticate:
    """Counts every HTTP request and refuses those without the key (plain ASGI, so an
    injected disconnect still drops the connection instead of ending the body cleanly); an
    injected gateway failure answers before either, as a proxy in front of the API does. A
    WebSocket without the key is refused at its upgrade (HTTP 401) with `ws_auth_at_upgrade`,
    else accepted and closed 1008 (`local_ws`): the docs do not say which the service does."""

    def __init__(self, app: Any, state: LocalVoiceAI) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        kind, options, stats = scope["type"], self.state.options, self.state.stats
        api = kind in ("http", "websocket") and scope["path"].startswith("/api/")
        if kind == "http":
            stats.requests[_route(scope["path"])] += 1  # a WebSocket is counted by its route when it is opened
        if api and self.state.roll(options.gateway_rate):
            stats.responses["injected_502"] += 1
            await _answer_before_the_api(GATEWAY_PAGE, scope, receive, send)
            return
        if api and (kind == "http" or options.ws_auth_at_upgrade) and not self.state.authorized(
                dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")):
            if kind == "websocket":
                stats.requests[scope["path"]] += 1
            stats.responses["401"] += 1
            await _answer_before_the_api(error_response(401, "Invalid or missing API key", "unauthorized", {
                "WWW-Authenticate": 'Bearer realm="voice.ai"'}), scope, receive, send)
            return
        await self.app(scope, receive, send)


def _route(path: str) -> str:
    """The path a request is counted under: ids folded, so the stats have one key per route."""
    if "/voice/" in path:
        return "/api/v1/tts/voice/{id}"
    prefix = protocol.DICTIONARIES_PATH + "/"
    if path.startswith(prefix):
        parts = path[len(prefix):].split("/")
        if parts[0] not in ("add-from-rules", "add-from-file"):
            return prefix + "{id}" + (f"/{parts[-1]}" if len(parts) > 1 else "")
    return path


async def _whole(generation: Generation) -> bytes:
    return b"".join([chunk async for chunk in generation.chunks()])


def create_app(options: ServerOptions | None = None) -> FastAPI:
    """The ASGI app; `app.state.local` is the LocalVoiceAI behind it."""
    state = LocalVoiceAI(options or ServerOptions())
    app = FastAPI(title="audiobook local Voice.ai server", version="1")
    app.state.local = state
    logging.getLogger("uvicorn.error").addFilter(_QuietInjectedFaults())
    app.add_middleware(_Authenticate, state=state)

    def media_type(body: SpeechBody) -> str:
        return protocol.CONTENT_TYPES[protocol.AUDIO_FORMATS[body.audio_format][1]]

    async def streamed(generation: Generation) -> AsyncIterator[bytes]:
        try:
            async for chunk in generation.chunks():
                yield chunk
        finally:
            generation.release()

    async def respond(body: SpeechBody, *, stream: bool) -> Response:
        try:
            state.check(body, body.text)
            generation = await state.start(body, body.text, streamed=stream)
        except Refusal as refusal:
            return refusal.response()
        state.stats.responses["200"] += 1
        if stream:  # chunks leave as they are generated
            return StreamingResponse(streamed(generation), media_type=media_type(body))
        if generation.cut_off:  # a whole-file answer promises its length, then breaks it
            audio = await generation.prepare()
            return StreamingResponse(streamed(generation), media_type=media_type(body),
                                     headers={"Content-Length": str(len(audio))})
        try:
            audio = await _whole(generation)
        finally:
            generation.release()
        return Response(audio, media_type=media_type(body))

    @app.post(protocol.SPEECH_PATH)
    async def speech(body: SpeechBody) -> Response:
        return await respond(body, stream=False)

    @app.post(protocol.SPEECH_STREAM_PATH)
    async def speech_stream(body: SpeechBody) -> Response:
        return await respond(body, stream=True)

    add_voice_routes(app, state)
    add_dictionary_routes(app, state)
    add_websocket_routes(app, state)

    @app.get("/_local/stats")
    async def stats() -> dict[str, Any]:
        return state.stats.as_dict()

    return app
