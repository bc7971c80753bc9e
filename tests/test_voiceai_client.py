"""The Voice.ai client against the project's local server, over real sockets.

Every endpoint and transport, every error path, and the retry behaviour, counted
by what the server saw (its /_local/stats).
"""

from __future__ import annotations

import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from audiobook.errors import ConfigurationError, PermanentSynthesisError, RetryableSynthesisError, SynthesisError
from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from audiobook.voiceai.client import SpeechRequest, VoiceAIClient
from audiobook.voiceai.config import ApiKey, VoiceAIConfig
from audiobook.voiceai.protocol import AUDIO_FORMATS
from tests.helpers import requires_tools

pytestmark = requires_tools
KEY = "vk_test_0123456789abcdef"
TEXT = "The keeper climbed the stair and lit the lamp."


@contextmanager
def served(**options: object) -> Iterator[LocalServer]:
    with LocalServer(ServerOptions(api_key=KEY, **options)) as server:  # type: ignore[arg-type]
        yield server


def client_for(server: LocalServer, *, key: str = KEY, sleeps: list[float] | None = None,
               **config: object) -> VoiceAIClient:
    return VoiceAIClient(VoiceAIConfig(base_url=server.base_url, api_key=ApiKey(key), **config),  # type: ignore[arg-type]
                         sleep=(sleeps.append if sleeps is not None else (lambda _: None)))


def requests_seen(server: LocalServer, path: str) -> int:
    return server.local.stats.requests[path]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with served() as running:
        yield running


# -- synthesis over every transport -----------------------------------------------------------------------------


def test_http_speech_returns_a_clip_that_fits_its_text(server: LocalServer) -> None:
    clip = client_for(server).speech(SpeechRequest(TEXT, language="en", audio_format="wav_22050"))
    assert clip.attempts == 1 and clip.data[:4] == b"RIFF"
    assert 1.5 < clip.seconds() < 8


@pytest.mark.parametrize("audio_format", sorted(AUDIO_FORMATS))
def test_every_documented_audio_format_decodes(server: LocalServer, audio_format: str) -> None:
    clip = client_for(server).speech(SpeechRequest("Bonjour à tous.", language="fr", audio_format=audio_format))
    assert 0.5 < clip.seconds() < 5


def test_all_transports_return_the_same_audio(server: LocalServer) -> None:
    from audiobook.voiceai.dictionaries import Dictionaries, Rule

    client = client_for(server)
    dictionary = Dictionaries(client).create("Log", [Rule("log", "logbook")])
    Dictionaries(client).add_rules(dictionary.id, [Rule("keeper", "lighthouse keeper")])
    request = SpeechRequest(TEXT, language="en", voice_id="local-en", model="voiceai-tts-v1-latest", temperature=0.7,
                            top_p=0.5, dictionary_id=dictionary.id, dictionary_version=2)
    http = client.speech(request).data
    assert client.speech_stream(request).data == http
    assert client.speech_ws(request).data == http
    with client.multi_stream() as stream:
        assert stream.speak(request).data == http


def test_multi_stream_multiplexes_many_contexts_on_one_connection(server: LocalServer) -> None:
    client = client_for(server, concurrency=4)
    texts = [f"Line number {n} of the log." for n in range(12)]
    before = requests_seen(server, "/api/v1/tts/multi-stream")
    with client.multi_stream() as stream:
        clips = stream.speak_many([SpeechRequest(t, language="en") for t in texts])
        assert stream.connections_opened == 1
    assert requests_seen(server, "/api/v1/tts/multi-stream") == before + 1
    singles = [client.speech(SpeechRequest(t, language="en")).data for t in texts]
    assert [c.data for c in clips] == singles  # demultiplexed to the right context, in input order


# -- permanent errors: one request, a clear message, no key in it ---------------------------------------------


def test_wrong_key_is_permanent_and_not_retried_on_any_transport() -> None:
    with served() as server:
        for transport in ("speech", "speech_stream", "speech_ws"):
            client = client_for(server, key="vk_wrong_key_42")
            with pytest.raises(PermanentSynthesisError) as caught:
                getattr(client, transport)(SpeechRequest(TEXT))
            assert "API key" in str(caught.value) and "vk_wrong_key_42" not in str(caught.value)
        client = client_for(server, key="vk_wrong_key_42")
        with pytest.raises(PermanentSynthesisError), client.multi_stream() as stream:
            stream.speak(SpeechRequest(TEXT))
        with pytest.raises(PermanentSynthesisError, match="401"):
            client_for(server, key="vk_wrong_key_42").list_voices()
        stats = server.local.stats
        assert stats.responses["401"] == 5 and stats.characters == 0
        for call in (client.speech, client.speech_stream, client.speech_ws):  # the refused account sends no more
            with pytest.raises(PermanentSynthesisError, match="API key"):
                call(SpeechRequest(TEXT))
        assert stats.responses["401"] == 5


def test_validation_errors_are_permanent_and_name_the_field(server: LocalServer) -> None:
    client = client_for(server)
    before = requests_seen(server, "/api/v1/tts/speech")
    with pytest.raises(PermanentSynthesisError, match="422.*temperature"):
        client.speech(SpeechRequest(TEXT, temperature=3.0))
    with pytest.raises(PermanentSynthesisError, match="does not speak es"):
        client.speech(SpeechRequest("Hola a todos.", language="es", model="voiceai-tts-v1-latest"))
    assert requests_seen(server, "/api/v1/tts/speech") == before + 2


def test_unknown_voice_is_permanent(server: LocalServer) -> None:
    client = client_for(server)
    with pytest.raises(PermanentSynthesisError, match="404"):
        client.speech(SpeechRequest(TEXT, voice_id="no-such-voice"))
    with pytest.raises(PermanentSynthesisError, match="voice not found"), client.multi_stream() as stream:
        stream.speak(SpeechRequest(TEXT, voice_id="no-such-voice"))


def test_exhausted_credits_stop_at_once() -> None:
    with served(credits=60) as server:
        client = client_for(server)
        client.speech(SpeechRequest(TEXT))
        with pytest.raises(PermanentSynthesisError, match="402.*insufficient credits"):
            client.speech(SpeechRequest(TEXT))
        assert requests_seen(server, "/api/v1/tts/speech") == 2


# -- transient errors: retried with backoff, counted by the server ----------------------------------------------


def test_429_is_retried_honouring_retry_after_and_capped() -> None:
    with served(rate_limit_rate=1.0, retry_after=7) as server:
        sleeps: list[float] = []
        with pytest.raises(RetryableSynthesisError, match="429"):
            client_for(server, sleeps=sleeps, max_attempts=3).speech(SpeechRequest(TEXT))
        assert requests_seen(server, "/api/v1/tts/speech") == 3
        assert len(sleeps) == 2 and all(s >= 7 for s in sleeps)


def test_server_errors_are_retried_until_one_succeeds() -> None:
    with served(error_rate=0.6, seed=3) as server:
        client = client_for(server, max_attempts=10)
        clips = [client.speech(SpeechRequest(f"Sentence {n} of ten.")) for n in range(10)]
        attempts = sum(c.attempts for c in clips)
        assert attempts > 10 and requests_seen(server, "/api/v1/tts/speech") == attempts
        assert server.local.stats.responses["injected_500"] == attempts - 10


@pytest.mark.parametrize("transport", ["speech", "speech_stream", "speech_ws", "multi"])
def test_mid_stream_disconnects_are_retried_and_never_accepted_truncated(transport: str) -> None:
    with served(disconnect_rate=0.5, seed=1) as server:
        client = client_for(server, max_attempts=12)
        texts = [f"The tide came in at {n} o'clock, grey and slow." for n in range(6)]
        if transport == "multi":
            with client.multi_stream() as stream:
                clips = [stream.speak(SpeechRequest(t)) for t in texts]
        else:
            clips = [getattr(client, transport)(SpeechRequest(t)) for t in texts]
        assert sum(c.attempts for c in clips) > len(texts)
        assert server.local.stats.responses["injected_disconnect"] == sum(c.attempts for c in clips) - len(texts)
        server.local.options.disconnect_rate = 0.0
        assert [c.data for c in clips] == [client.speech(SpeechRequest(t)).data for t in texts]


def test_a_slow_server_times_out_and_is_retried() -> None:
    with served(slow_rate=1.0, slow_seconds=3) as server:
        with pytest.raises(RetryableSynthesisError, match="no answer within"):
            client_for(server, timeout=0.5, max_attempts=2).speech(SpeechRequest(TEXT))
        assert requests_seen(server, "/api/v1/tts/speech") == 2


def test_connection_refused_is_retryable() -> None:
    with served() as server:
        url = server.base_url
    client = VoiceAIClient(VoiceAIConfig(base_url=url, api_key=ApiKey(KEY), max_attempts=2), sleep=lambda _: None)
    with pytest.raises(RetryableSynthesisError, match=f"connection to {url} failed"):
        client.speech(SpeechRequest(TEXT))


# -- the plan's concurrency limit -----------------------------------------------------------------------------


def _parallel(count: int, call) -> list[object]:  # type: ignore[no-untyped-def]
    results: list[object] = [None] * count
    threads = [threading.Thread(target=lambda i=i: results.__setitem__(i, call(i))) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("transport", ["speech", "multi"])
def test_client_never_exceeds_the_plan_concurrency(transport: str) -> None:
    with served(max_concurrent=3, latency=0.2) as server:
        client = client_for(server, concurrency=3)
        if transport == "multi":
            with client.multi_stream() as stream:
                _parallel(12, lambda i: stream.speak(SpeechRequest(f"Number {i}.")))
        else:
            _parallel(12, lambda i: client.speech(SpeechRequest(f"Number {i}.")))
        stats = server.local.stats
        assert stats.responses["concurrency_rejected"] == 0 and stats.peak_active == 3


def test_a_client_over_the_limit_is_refused_then_retries_through() -> None:
    with served(max_concurrent=2, latency=0.2) as server:
        client = client_for(server, concurrency=6, max_attempts=20, backoff_multiplier=0.05)
        client._sleep = time.sleep  # real waits: the refused requests must find a free slot later
        clips = _parallel(6, lambda i: client.speech(SpeechRequest(f"Number {i}.")))
        assert all(c.seconds() > 0.3 for c in clips)  # type: ignore[attr-defined]
        assert server.local.stats.responses["concurrency_rejected"] > 0


# -- voices ---------------------------------------------------------------------------------------------------


def _reference_wav(client: VoiceAIClient, path: Path) -> Path:
    clip = client.speech(SpeechRequest("This is my voice, recorded for cloning.", audio_format="wav"))
    path.write_bytes(clip.data)
    return path


def test_voices_list_clone_wait_update_delete(server: LocalServer, tmp_path: Path) -> None:
    client = client_for(server, max_attempts=2)
    listed = {v.voice_id for v in client.list_voices()}
    assert {"local-en", "local-fr"} <= listed
    voice = client.clone_voice(_reference_wav(client, tmp_path / "me.wav"), name="Me", language="en")
    assert voice.status == "PENDING"
    ready = client.wait_for_voice(voice.voice_id, poll=0.1, timeout=10)
    assert ready.status == "AVAILABLE" and ready.name == "Me"
    cloned = client.speech(SpeechRequest(TEXT, voice_id=voice.voice_id)).data
    assert cloned != client.speech(SpeechRequest(TEXT)).data  # a clone sounds unlike the default voice
    updated = client.update_voice(voice.voice_id, name="Narrator", voice_visibility="PRIVATE")
    assert (updated.name, updated.voice_visibility) == ("Narrator", "PRIVATE")
    assert client.delete_voice(voice.voice_id) == {"status": "deleted", "voice_id": voice.voice_id}
    with pytest.raises(PermanentSynthesisError, match="404"):
        client.get_voice(voice.voice_id)
    assert voice.voice_id not in {v.voice_id for v in client.list_voices()}


def test_clone_of_something_that_is_not_audio_fails(server: LocalServer, tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"  # a WAV header over noise: accepted, then the clone fails
    broken.write_bytes(b"RIFF\x00\x10\x00\x00WAVE" + b"definitely not a recording " * 100)
    client = client_for(server)
    voice = client.clone_voice(broken)
    with pytest.raises(SynthesisError, match="failed to clone"):
        client.wait_for_voice(voice.voice_id, poll=0.1, timeout=10)


def test_clone_of_a_file_in_no_accepted_format_is_refused(server: LocalServer, tmp_path: Path) -> None:
    """The clone endpoint takes MP3, WAV or OGG: our client says so before uploading, and the
    local server refuses the upload (422) rather than accept what the service may not."""
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"definitely not a recording " * 100)
    before = server.local.stats.requests["/api/v1/tts/clone-voice"]
    with pytest.raises(ConfigurationError, match="notes.txt: reference audio must be MP3, WAV or OGG"):
        client_for(server).clone_voice(notes)
    assert server.local.stats.requests["/api/v1/tts/clone-voice"] == before
    flac = subprocess.run(["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "sine=d=1", "-f", "flac", "pipe:1"],
                          capture_output=True, check=True).stdout
    answer = requests.post(server.base_url + "/api/v1/tts/clone-voice", files={"file": ("me.flac", flac)},
                           headers={"Authorization": f"Bearer {KEY}"}, timeout=10)
    assert answer.status_code == 422 and "MP3, WAV or OGG" in answer.json()["detail"][0]["msg"]


def test_clone_upload_over_the_size_limit_is_refused_before_sending(server: LocalServer, tmp_path: Path) -> None:
    big = tmp_path / "big.wav"
    big.write_bytes(bytes(7_600_000))
    with pytest.raises(ConfigurationError, match="7.5 MB"):
        client_for(server).clone_voice(big)


# -- settings and the secret ----------------------------------------------------------------------------------


def test_key_comes_from_the_environment_and_never_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICEAI_API_KEY", KEY)
    monkeypatch.setenv("AUDIOBOOK_VOICEAI_BASE_URL", "http://127.0.0.1:9/")
    monkeypatch.setenv("AUDIOBOOK_VOICEAI_CONCURRENCY", "5")
    config = VoiceAIConfig.from_env()
    assert config.api_key is not None and config.api_key.reveal() == KEY
    assert (config.base_url, config.concurrency, config.ws_base_url) == ("http://127.0.0.1:9", 5, "ws://127.0.0.1:9")
    assert KEY not in repr(config) and KEY not in str(config.api_key)


def test_missing_key_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOICEAI_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="AUDIOBOOK_VOICEAI_API_KEY"):
        VoiceAIClient(VoiceAIConfig.from_env())


def test_wav_fixture_is_a_real_wav(server: LocalServer, tmp_path: Path) -> None:
    with wave.open(str(_reference_wav(client_for(server), tmp_path / "r.wav"))) as clip:
        assert clip.getframerate() == 32_000 and clip.getnframes() > 32_000
