"""The local server speaks the documented protocol: message shapes, error bodies and
WebSocket close codes, checked with plain requests and websockets (not our client)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import pytest
import requests
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from audiobook.voiceai.local_server import LocalServer
from audiobook.voiceai.server import ServerOptions
from conftest import requires_tools

pytestmark = requires_tools
KEY = "vk_server_test"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(ServerOptions(api_key=KEY)) as running:
        yield running


def ws(server: LocalServer, path: str, key: str = KEY):  # type: ignore[no-untyped-def]
    return connect(server.base_url.replace("http", "ws") + path, additional_headers={"Authorization": f"Bearer {key}"})


def close_of(socket) -> tuple[int | None, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ConnectionClosed):
        while True:
            socket.recv(timeout=10)
    return socket.close_code, socket.close_reason or ""


def test_error_bodies_have_the_documented_shapes(server: LocalServer) -> None:
    url = server.base_url + "/api/v1/tts/speech"
    unauthorized = requests.post(url, json={"text": "Hi."}, timeout=10)
    assert unauthorized.status_code == 401 and set(unauthorized.json()) == {"error", "detail", "code"}
    invalid = requests.post(url, json={"text": "Hi.", "top_p": 4, "speed": 2}, headers=AUTH, timeout=10)
    assert invalid.status_code == 422
    problems = {tuple(item["loc"]): item for item in invalid.json()["detail"]}
    assert ("body", "top_p") in problems and ("body", "speed") in problems
    assert all({"loc", "msg", "type"} <= set(item) for item in problems.values())
    missing = requests.get(server.base_url + "/api/v1/tts/voice/nope", headers=AUTH, timeout=10)
    assert missing.status_code == 404 and missing.json()["error"] == "Voice not found"


def test_content_types_follow_the_format(server: LocalServer) -> None:
    url = server.base_url + "/api/v1/tts/speech"
    for audio_format, content_type in (("mp3", "audio/mpeg"), ("wav_16000", "audio/wav"), ("pcm_24000", "audio/pcm")):
        response = requests.post(url, json={"text": "Hi there.", "audio_format": audio_format}, headers=AUTH, timeout=30)
        assert response.status_code == 200 and response.headers["content-type"] == content_type


def test_http_stream_is_chunked(server: LocalServer) -> None:
    response = requests.post(server.base_url + "/api/v1/tts/speech/stream", json={"text": "A longer sentence to stream."},
                             headers=AUTH, stream=True, timeout=30)
    assert response.headers.get("transfer-encoding") == "chunked"
    assert len(list(response.iter_content(4096))) > 1


def test_single_context_buffers_until_flush_then_closes_normally(server: LocalServer) -> None:
    with ws(server, "/api/v1/tts/stream") as socket:
        socket.send(json.dumps({"text": "Part one, ", "language": "en", "audio_format": "pcm_16000"}))
        socket.send(json.dumps({"text": "part two."}))
        socket.send(json.dumps({"text": "", "flush": True}))
        audio = b""
        while True:
            message = json.loads(socket.recv(timeout=30))
            if "audio" in message:
                audio += base64.b64decode(message["audio"])
            else:
                assert message == {"is_last": True}
                break
        assert close_of(socket)[0] == 1000
    assert len(audio) / 2 / 16_000 > 1.0


def test_single_context_close_codes(server: LocalServer) -> None:
    with ws(server, "/api/v1/tts/stream") as socket:
        socket.send(b"\x00binary")
        assert close_of(socket)[0] == 1003
    with ws(server, "/api/v1/tts/stream") as socket:
        socket.send(json.dumps({"text": "Hello ", "language": "en"}))
        socket.send(json.dumps({"text": "again", "voice_id": "local-en"}))
        code, reason = close_of(socket)
        assert code == 1007 and "extra inputs are not permitted" in reason
    with ws(server, "/api/v1/tts/stream") as socket:
        socket.send("{not json")
        assert close_of(socket)[0] == 1007
    with ws(server, "/api/v1/tts/stream", key="vk_bad") as socket:  # accepted, then closed before any message
        code, reason = close_of(socket)
        assert code == 1008 and "API key" in reason


def test_multi_context_demultiplexes_and_closes_contexts(server: LocalServer) -> None:
    with ws(server, "/api/v1/tts/multi-stream") as socket:
        socket.send(json.dumps({"context_id": "a", "text": "First voice speaking.", "voice_id": "local-en"}))
        socket.send(json.dumps({"context_id": "b", "text": "Segunda voz.", "language": "es", "flush": True}))
        socket.send(json.dumps({"context_id": "a", "text": " More text.", "flush": True}))
        seen: dict[str, list[str]] = {"a": [], "b": []}
        while seen["a"].count("is_last") + seen["b"].count("is_last") < 2:
            message = json.loads(socket.recv(timeout=30))
            seen[message["context_id"]].append("audio" if "audio" in message else "is_last")
        socket.send(json.dumps({"context_id": "a", "model": "voiceai-tts-v1-latest"}))  # init field, known context
        code, reason = close_of(socket)
        assert code == 1007 and "extra inputs are not permitted" in reason
    for context in ("a", "b"):
        assert seen[context][-1] == "is_last" and seen[context].count("is_last") == 1 and "audio" in seen[context]


def test_multi_context_auto_close_close_context_and_errors(server: LocalServer) -> None:
    with ws(server, "/api/v1/tts/multi-stream") as socket:
        socket.send(json.dumps({"context_id": "x", "text": "Auto closed.", "flush": True, "auto_close": True}))
        socket.send(json.dumps({"context_id": "y", "text": "Never flushed."}))
        socket.send(json.dumps({"context_id": "y", "close_context": True}))
        socket.send(json.dumps({"context_id": "z", "text": "Nobody.", "voice_id": "missing", "flush": True}))
        events = []
        while len(events) < 4:
            message = json.loads(socket.recv(timeout=30))
            if "audio" not in message:
                events.append(message)
        socket.send(json.dumps({"close_socket": True}))
        assert close_of(socket)[0] == 1000
    assert {"context_closed": True, "context_id": "y"} in events
    assert {"error": "voice not found", "context_id": "z"} in events
    x = [e for e in events if e["context_id"] == "x"]
    assert x == [{"is_last": True, "context_id": "x"}, {"context_closed": True, "context_id": "x"}]
