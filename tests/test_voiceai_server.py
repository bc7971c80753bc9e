"""The local server speaks the documented protocol: message shapes, error bodies and
WebSocket close codes, checked with plain requests and websockets (not our client)."""

from __future__ import annotations

import base64
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import requests
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from audiobook.server import LOCAL_API_KEY
from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from tests.helpers import free_port, requires_tools

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


def test_spelling_markup_says_each_character_as_the_service_does(server: LocalServer) -> None:
    """The API's "[SPELL:BX42]" makes the voice spell the code; the local server read "spell B X forty-two"."""
    def pcm(text: str) -> bytes:
        response = requests.post(server.base_url + "/api/v1/tts/speech", json={"text": text, "audio_format": "pcm"},
                                 headers=AUTH, timeout=30)
        assert response.status_code == 200
        return response.content

    assert pcm("Code [SPELL:BX42] now.") == pcm("Code B X 4 2 now.") != pcm("Code BX42 now.")
    assert pcm("Plan [SPELL:A] now.") == pcm("Plan [['eI]] now.") != pcm("Plan A now.")


def test_http_stream_is_chunked(server: LocalServer) -> None:
    response = requests.post(server.base_url + "/api/v1/tts/speech/stream", json={"text": "A longer sentence to stream."},
                             headers=AUTH, stream=True, timeout=30)
    assert response.headers.get("transfer-encoding") == "chunked"
    assert len(list(response.iter_content(4096))) > 1


def test_streamed_wav_cannot_know_its_sizes_and_a_whole_file_does(server: LocalServer) -> None:
    """A streaming encoder writes the WAV header before the audio ends: the sizes are
    placeholders (0xFFFFFFFF) on the stream and both sockets; the whole-file answer has them."""
    body = {"text": "A sentence to stream.", "audio_format": "wav_22050"}
    whole = requests.post(server.base_url + "/api/v1/tts/speech", json=body, headers=AUTH, timeout=30).content
    streamed = requests.post(server.base_url + "/api/v1/tts/speech/stream", json=body, headers=AUTH, timeout=30).content
    with ws(server, "/api/v1/tts/stream") as socket:
        socket.send(json.dumps({**body, "flush": True}))
        single = _generation(socket)
    with ws(server, "/api/v1/tts/multi-stream") as socket:
        socket.send(json.dumps({**body, "context_id": "c", "flush": True}))
        multi = _generation(socket, "c")
    unknown = b"\xff\xff\xff\xff"
    assert int.from_bytes(whole[40:44], "little") == len(whole) - 44
    for clip in (streamed, single, multi):
        assert clip[4:8] == unknown and clip[40:44] == unknown and clip[44:] == whole[44:]


def _generation(socket, context_id: str | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """Audio frames up to `is_last` (of `context_id` on a multi-context socket)."""
    audio = b""
    while True:
        message = json.loads(socket.recv(timeout=30))
        if context_id is not None and message.get("context_id") != context_id:
            continue
        if "audio" in message:
            audio += base64.b64decode(message["audio"])
        else:
            assert message == ({"is_last": True} if context_id is None else {"is_last": True, "context_id": context_id})
            return audio


def test_single_context_buffers_until_flush_then_closes_after_one_generation(server: LocalServer) -> None:
    """One generation per connection, as the reference and the guide say: a client that
    talks on after `is_last` (as the public quickstart does) learns it here."""
    with ws(server, "/api/v1/tts/stream") as socket:
        socket.send(json.dumps({"text": "Part one, ", "language": "en", "audio_format": "pcm_16000"}))
        socket.send(json.dumps({"text": "part two."}))
        socket.send(json.dumps({"text": "", "flush": True}))
        first = _generation(socket)
        assert close_of(socket)[0] == 1000
    assert len(first) / 2 / 16_000 > 1.0


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


def test_messages_without_the_text_their_schema_requires_are_refused(server: LocalServer) -> None:
    """Both init schemas list `text` as required, and so does the single-context follow-up: a
    client that sends settings first and text later must not pass here and fail on the real
    service."""
    for path, init in (("/api/v1/tts/stream", {"language": "en"}),
                       ("/api/v1/tts/multi-stream", {"context_id": "a", "language": "en"})):
        with ws(server, path) as socket:
            socket.send(json.dumps(init))
            code, reason = close_of(socket)
            assert code == 1007 and "text" in reason and "required" in reason, (path, code, reason)
    with ws(server, "/api/v1/tts/multi-stream") as socket:  # the standalone close is not an init
        socket.send(json.dumps({"close_socket": True}))
        assert close_of(socket)[0] == 1000
    with ws(server, "/api/v1/tts/stream") as socket:  # a single-context follow-up needs text too
        socket.send(json.dumps({"text": "Buffered first.", "language": "en"}))
        socket.send(json.dumps({"flush": True}))
        code, reason = close_of(socket)
        assert code == 1007 and "text" in reason and "required" in reason
    with ws(server, "/api/v1/tts/multi-stream") as socket:  # where the multi-context schema defaults it
        socket.send(json.dumps({"context_id": "m", "text": "Buffered first."}))
        socket.send(json.dumps({"context_id": "m", "flush": True}))
        assert _generation(socket, "m")


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


def test_401_names_the_scheme_and_every_422_has_one_shape(server: LocalServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = server.base_url + "/api/v1/tts/speech"
    unauthorized = requests.post(url, json={"text": "Hi."}, timeout=10)
    assert unauthorized.headers["WWW-Authenticate"].startswith("Bearer")
    answers = [
        requests.post(url, json={"text": "Hola.", "language": "es", "model": "voiceai-tts-v1-latest"}, headers=AUTH,
                      timeout=10),
        requests.post(url, json={"text": "x" * 5_001}, headers=AUTH, timeout=10),
        requests.post(url, json={"text": ""}, headers=AUTH, timeout=10),
        requests.post(url, json={"text": "Hi.", "dictionary_version": 2}, headers=AUTH, timeout=10),  # without its id
        requests.post(server.base_url + "/api/v1/tts/clone-voice", files={"file": ("a.wav", b"RIFF")},
                      data={"voice_visibility": "SECRET"}, headers=AUTH, timeout=10),
        requests.patch(server.base_url + "/api/v1/tts/voice/local-en", json={"voice_visibility": "SECRET"},
                       headers=AUTH, timeout=10),
    ]
    for answer in answers:
        assert answer.status_code == 422, answer.text
        assert set(answer.json()) == {"detail"}
        assert all({"loc", "msg", "type"} <= set(item) for item in answer.json()["detail"])


def test_single_context_refusals_use_the_documented_close_codes(server: LocalServer) -> None:
    cases = [
        ([{"text": "", "flush": True}], 1007, "no text"),
        ([{"text": "y" * 5_001, "flush": True}], 1008, "too long"),
        ([{"text": "y" * 3_000}, {"text": "y" * 3_000, "flush": True}], 1008, "too long"),  # the buffer counts
        ([{"text": "Hi.", "voice_id": "nobody", "flush": True}], 1008, "voice not found"),
        ([{"text": "Hola.", "language": "es", "model": "voiceai-tts-v1-latest", "flush": True}], 1008,
         "does not speak es"),
        ([{"text": "Hello.", "model": "voiceai-tts-multilingual-v1-latest", "flush": True}], 1008, "does not speak en"),
    ]
    for messages, code, reason in cases:
        with ws(server, "/api/v1/tts/stream") as socket:
            for message in messages:
                socket.send(json.dumps(message))
            closed = close_of(socket)
            assert closed[0] == code and reason in closed[1], (messages[0], closed)


def test_multi_context_refusals_are_per_context_and_the_others_go_on(server: LocalServer) -> None:
    with ws(server, "/api/v1/tts/multi-stream") as socket:
        socket.send(json.dumps({"context_id": "good", "text": "I am still here.", "audio_format": "pcm_16000"}))
        socket.send(json.dumps({"context_id": "empty", "text": "", "flush": True}))
        socket.send(json.dumps({"context_id": "long", "text": "z" * 5_001, "flush": True}))
        socket.send(json.dumps({"context_id": "good", "text": " Still talking.", "flush": True}))
        errors: dict[str, str] = {}
        audio = b""
        done = False
        while not done or len(errors) < 2:
            message = json.loads(socket.recv(timeout=30))
            if "error" in message:
                errors[message["context_id"]] = message["error"]
            elif message.get("context_id") == "good":
                done = done or bool(message.get("is_last"))
                audio += base64.b64decode(message.get("audio", ""))
        socket.send(json.dumps({"context_id": "empty", "text": "Now with text.", "flush": True}))
        assert _generation(socket, "empty")  # the context that failed is still usable
        socket.send(json.dumps({"close_socket": True}))
        assert close_of(socket)[0] == 1000
    assert "no text" in errors["empty"] and "too long" in errors["long"]
    assert len(audio) / 2 / 16_000 > 1.0


def test_flushes_on_one_context_come_back_in_order_and_close_comes_last(server: LocalServer) -> None:
    long_text = "This first flush is much longer than the second one, so it takes more time to generate. " * 3
    url = server.base_url + "/api/v1/tts/speech"
    expected = [requests.post(url, json={"text": t, "audio_format": "pcm_16000"}, headers=AUTH, timeout=30).content
                for t in (long_text, "Short.")]
    with ws(server, "/api/v1/tts/multi-stream") as socket:
        socket.send(json.dumps({"context_id": "c", "text": long_text, "audio_format": "pcm_16000", "flush": True}))
        socket.send(json.dumps({"context_id": "c", "text": "Short.", "flush": True}))
        socket.send(json.dumps({"context_id": "c", "close_context": True}))  # while the flushes run
        events: list[str] = []
        audio = [b"", b""]
        while "context_closed" not in events:
            message = json.loads(socket.recv(timeout=30))
            if "audio" in message:
                audio[events.count("is_last")] += base64.b64decode(message["audio"])
                events.append("audio")
            else:
                events.append("is_last" if message.get("is_last") else "context_closed")
    assert events[-2:] == ["is_last", "context_closed"] and events.count("is_last") == 2
    assert audio == expected


def test_audio_streams_while_it_is_generated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import time

    with LocalServer(ServerOptions(api_key=KEY, latency=1.2)) as slow:
        started = time.monotonic()
        response = requests.post(slow.base_url + "/api/v1/tts/speech/stream", headers=AUTH, stream=True, timeout=30,
                                 json={"text": "A sentence long enough to arrive in several chunks of audio data.",
                                       "audio_format": "wav_22050"})
        arrivals = [time.monotonic() - started for _ in response.iter_content(None)]
        with ws(slow, "/api/v1/tts/multi-stream") as socket:
            started = time.monotonic()
            socket.send(json.dumps({"context_id": "s", "text": "Another sentence, long enough for several chunks.",
                                    "audio_format": "pcm_22050", "flush": True}))
            frames = []
            while not frames or "is_last" not in frames[-1][1]:
                frames.append((time.monotonic() - started, json.loads(socket.recv(timeout=30))))
    assert len(arrivals) > 4 and arrivals[0] < 0.6 * arrivals[-1] and arrivals[-1] >= 1.1
    assert len(frames) > 4 and frames[0][0] < 0.6 * frames[-1][0]


def test_paced_delivery_sends_pcm_in_real_time_and_raw_does_not(server: LocalServer) -> None:
    import time

    def seconds_to_receive(mode: str, audio_format: str) -> tuple[float, float]:
        with ws(server, "/api/v1/tts/stream") as socket:
            socket.send(json.dumps({"text": "Paced audio arrives no faster than it plays.", "flush": True,
                                    "audio_format": audio_format, "delivery_mode": mode}))
            started = time.monotonic()
            audio = _generation(socket)
            return time.monotonic() - started, len(audio) / 2 / 16_000

    paced, length = seconds_to_receive("paced", "pcm_16000")
    raw, _ = seconds_to_receive("raw", "pcm_16000")
    mp3_paced, _ = seconds_to_receive("paced", "mp3")  # paced applies to PCM formats only
    assert length > 1.5 and paced >= length - 0.2 and raw < length / 3 and mp3_paced < length / 3


def test_refused_requests_cost_no_credits_and_hold_no_slot() -> None:
    import threading

    text = "One generation at a time on this plan."
    with LocalServer(ServerOptions(api_key=KEY, max_concurrent=1, latency=1.0, credits=len(text) * 2)) as plan:
        url = plan.base_url + "/api/v1/tts/speech"
        first = threading.Thread(target=requests.post, args=(url,),
                                 kwargs={"json": {"text": text}, "headers": AUTH, "timeout": 30})
        first.start()
        while plan.local.stats.active == 0:
            pass
        refused = [requests.post(url, json={"text": text}, headers=AUTH, timeout=30) for _ in range(5)]
        first.join()
        assert [r.status_code for r in refused] == [429] * 5
        assert plan.local.stats.characters == len(text) and plan.local.stats.active == 0
        assert requests.post(url, json={"text": text}, headers=AUTH, timeout=30).status_code == 200
        out_of_credits = requests.post(url, json={"text": text}, headers=AUTH, timeout=30)
        assert out_of_credits.status_code == 402 and plan.local.stats.characters == 2 * len(text)
        plan.local.options.credits = None
        plan.local.options.error_rate = 1.0
        assert requests.post(url, json={"text": text}, headers=AUTH, timeout=30).status_code == 500
        assert plan.local.stats.characters == 2 * len(text) and plan.local.stats.active == 0


@pytest.mark.parametrize(("model", "language", "status"), [
    ("voiceai-tts-v1-latest", "en", 200), ("voiceai-tts-lite-v1-2026-04-15", "en", 200),
    ("voiceai-tts-multilingual-v1-latest", "fr", 200), ("voiceai-tts-lite-v1-latest", "fr", 422),
    ("voiceai-tts-v1-2026-02-10", "de", 422), ("voiceai-tts-multilingual-v1-2026-02-10", "en", 422)])
def test_a_model_speaks_only_the_languages_its_table_lists(server: LocalServer, model: str, language: str,
                                                           status: int) -> None:
    """The quickstart's model table: the standard and Lite models English, the multilingual ones the ten others."""
    answer = requests.post(server.base_url + "/api/v1/tts/speech", headers=AUTH, timeout=60,
                           json={"text": "Bonjour.", "model": model, "language": language, "audio_format": "pcm"})
    assert answer.status_code == status, answer.text
    if status == 422:
        assert answer.json()["detail"][0]["loc"] == ["body", "model"]
        assert f"does not speak {language}" in answer.json()["detail"][0]["msg"]


def test_a_server_started_without_a_key_accepts_only_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`audiobook serve` alone refuses every other token, as the service refuses a key it did not issue:
    a client that sends the wrong key, or "None", fails here first, not in production."""
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen([sys.executable, "-m", "audiobook.cli", "serve", "--port", str(port)],
                               stderr=log, stdout=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(base + "/_local/stats", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        url = base + "/api/v1/tts/voices"
        for token in ("any", "None", "vk_local2", LOCAL_API_KEY.upper()):
            assert requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10).status_code == 401
        assert requests.get(url, headers={"Authorization": f"Bearer {LOCAL_API_KEY}"}, timeout=10).status_code == 200
        with connect(f"ws://127.0.0.1:{port}/api/v1/tts/stream", additional_headers={"Authorization": "Bearer any"}) \
                as socket:
            with contextlib.suppress(ConnectionClosed):  # closed at once: the send may already find it shut
                socket.send(json.dumps({"text": "Hi.", "flush": True}))
            assert close_of(socket)[0] == 1008
    finally:
        process.terminate()
        process.wait(timeout=30)
    log.seek(0)
    assert f"AUDIOBOOK_VOICEAI_API_KEY to {LOCAL_API_KEY}" in log.read()
