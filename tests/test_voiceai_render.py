"""Rendering a whole book through the Voice.ai backend against the local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from audiobook.voiceai.client import VoiceAIClient
from audiobook.voiceai.config import ApiKey, VoiceAIConfig
from tests.helpers import ROOT, SAMPLES, requires_tools

pytestmark = [pytest.mark.slow, requires_tools]
KEY = "vk_render_test_secret_5150"


@pytest.fixture
def voiceai(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    with LocalServer(ServerOptions(api_key=KEY, max_concurrent=3)) as server:
        monkeypatch.setenv("AUDIOBOOK_VOICEAI_BASE_URL", server.base_url)
        monkeypatch.setenv("AUDIOBOOK_VOICEAI_API_KEY", KEY)
        monkeypatch.setenv("AUDIOBOOK_VOICEAI_CONCURRENCY", "3")
        # the local server speaks with espeak-ng, which the recognizer cannot read: QA would re-render
        monkeypatch.setenv("AUDIOBOOK_ASR_SAMPLE", "0")
        yield server


@pytest.mark.parametrize("transport", ["ws", "http"])
def test_a_sample_book_renders_through_voiceai(prefect_api, voiceai: LocalServer, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               transport: str) -> None:
    from audiobook.flows.render_book import render_book

    render_book(source=str(SAMPLES / "polyglot.epub"), output_dir=str(tmp_path / "voiceai"), engine="voiceai",
                transport=transport, formats=["m4b"], cache_dir=str(tmp_path / "cache"))
    render_book(engine="espeak", source=str(SAMPLES / "polyglot.epub"), output_dir=str(tmp_path / "espeak"), formats=["m4b"],
                cache_dir=str(tmp_path / "cache"))
    voiced = json.loads((tmp_path / "voiceai" / "manifest.json").read_text())
    local = json.loads((tmp_path / "espeak" / "manifest.json").read_text())
    segments = [s for c in voiced["chapters"] for s in c["segments"]]
    assert [(s["text"], s["language"]) for s in segments] == [
        (s["text"], s["language"]) for c in local["chapters"] for s in c["segments"]]
    assert {s["backend"] for s in segments} == {"voiceai"}
    assert {s["model"] for s in segments if s["language"] == "en"} == {"voiceai-tts-v1-latest"}
    assert {s["model"] for s in segments if s["language"] != "en"} == {"voiceai-tts-multilingual-v1-latest"}
    stats = voiceai.local.stats
    assert stats.responses["concurrency_rejected"] == 0 and stats.peak_active <= 3
    generations = stats.responses["ws_generation"] if transport == "ws" else stats.responses["200"]
    assert generations == len(segments)
    assert KEY not in (tmp_path / "voiceai" / "manifest.json").read_text()


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from audiobook.cli import main; main()", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300, stdin=subprocess.DEVNULL)


def test_wrong_key_stops_before_any_synthesis_with_one_line(voiceai: LocalServer, tmp_path: Path) -> None:
    env = {**os.environ, "AUDIOBOOK_VOICEAI_API_KEY": "vk_wrong_" + KEY, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    result = _cli("render", str(SAMPLES / "lighthouse.epub"), "-o", str(tmp_path / "out"), "--engine", "voiceai",
                  env=env)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith(("Rendering",))]
    assert lines[-1].startswith("error:") and "API key missing or invalid" in lines[-1], result.stderr
    assert "Traceback" not in result.stderr and KEY not in result.stderr + result.stdout
    assert voiceai.local.stats.characters == 0 and voiceai.local.stats.responses["401"] == 1
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_unknown_voice_stops_before_any_synthesis(voiceai: LocalServer, tmp_path: Path) -> None:
    result = _cli("render", str(SAMPLES / "lighthouse.epub"), "-o", str(tmp_path / "out"), "--engine", "voiceai",
                  "--voice", "no-such-voice", env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    assert result.returncode == 2, result.stderr  # a configuration error, named, as an unknown dictionary is
    assert result.stderr.splitlines()[-1] == ("error: Voice.ai voice no-such-voice was not found or is not accessible "
                                              "to this API key (see `audiobook voices list`)")
    assert voiceai.local.stats.characters == 0 and not (tmp_path / "out").exists()


@pytest.mark.parametrize(("model", "unspoken"), [("voiceai-tts-v1-latest", "de and es"),
                                                  ("voiceai-tts-multilingual-v1-latest", "en")])
def test_a_forced_model_that_cannot_read_the_book_stops_before_any_synthesis(voiceai: LocalServer, tmp_path: Path,
                                                                             model: str, unspoken: str) -> None:
    """polyglot.epub is English with a Spanish and a German passage: the API would refuse those mid-book."""
    result = _cli("render", str(SAMPLES / "polyglot.epub"), "-o", str(tmp_path / "out"), "--engine", "voiceai",
                  "--model", model, env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    assert result.returncode == 2 and "Traceback" not in result.stderr  # a configuration error, as for --voice
    line = result.stderr.splitlines()[-1]
    assert line.startswith(f"error: the Voice.ai model {model} does not speak {unspoken}, "), line
    assert "leave the model unset" in line
    assert voiceai.local.stats.characters == 0 and voiceai.local.stats.active == 0
    assert not (tmp_path / "out").exists()
    estimated = _cli("inspect", str(SAMPLES / "polyglot.epub"), "--engine", "voiceai", "--model", model,
                     env=dict(os.environ))  # the estimate a user asks for first says the same
    assert estimated.returncode == 2 and estimated.stderr.splitlines()[-1] == line


def test_serve_on_a_port_in_use_says_so_in_one_line() -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = _cli("serve", "--port", str(port), env=dict(os.environ))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_voices_commands(voiceai: LocalServer, tmp_path: Path) -> None:
    listed = _cli("voices", "list", env=dict(os.environ))
    assert listed.returncode == 0 and "local-en\tAVAILABLE" in listed.stdout
    missing = _cli("voices", "delete", "nope", env=dict(os.environ))
    assert missing.returncode == 1 and missing.stderr.startswith("error: voiceai: voice not found")


def test_key_from_a_prefect_secret_block(prefect_api, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from prefect.blocks.system import Secret

    from audiobook.voiceai.config import VoiceAIConfig

    Secret(value=KEY).save("voiceai-test-key", overwrite=True)
    for name in ("AUDIOBOOK_VOICEAI_API_KEY", "VOICEAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AUDIOBOOK_VOICEAI_SECRET_BLOCK", "voiceai-test-key")
    config = VoiceAIConfig.from_env()
    assert config.api_key is not None and config.api_key.reveal() == KEY and KEY not in repr(config)
    monkeypatch.setenv("AUDIOBOOK_VOICEAI_SECRET_BLOCK", "no-such-block")
    with pytest.raises(Exception, match="cannot read the Prefect Secret block 'no-such-block'"):
        VoiceAIConfig.from_env()


def test_voices_clone_command_waits_until_available(voiceai: LocalServer, tmp_path: Path) -> None:
    from audiobook.tts.base import SynthesisOptions
    from audiobook.tts.espeak import EspeakSynthesizer

    sample = tmp_path / "me.wav"
    sample.write_bytes(EspeakSynthesizer().synthesize("My reading voice, for the record.", voice="en-us",
                                                      language="en", options=SynthesisOptions()).data)
    cloned = _cli("voices", "clone", str(sample), "--name", "Reader", env=dict(os.environ))
    assert cloned.returncode == 0, cloned.stderr
    voice_id, status, visibility, name = cloned.stdout.strip().split("\t")
    assert (status, visibility, name) == ("AVAILABLE", "PUBLIC", "Reader")
    assert _cli("voices", "delete", voice_id, env=dict(os.environ)).stdout.strip() == f"{voice_id}\tdeleted"


@pytest.mark.parametrize("transport", ["http", "ws"])
def test_a_book_survives_a_bad_day_and_matches_a_clean_run(prefect_api, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch, transport: str) -> None:
    """20% 500s, 5% 429 with Retry-After, 2% mid-stream disconnects, 1% answers slower than the timeout.

    Over the multi-context WebSocket the 500s are per-context errors and a disconnect ends
    every context on the connection: all of it is retried, each try on a fresh context."""
    from audiobook.flows.render_book import render_book

    faults = ServerOptions(api_key=KEY, max_concurrent=3, error_rate=0.20, rate_limit_rate=0.05, retry_after=0.2,
                           disconnect_rate=0.02, slow_rate=0.01, slow_seconds=4, seed=7)
    manifests = {}
    for name, options in (("clean", ServerOptions(api_key=KEY, max_concurrent=3)), ("faulty", faults)):
        with LocalServer(options) as server:
            monkeypatch.setenv("AUDIOBOOK_VOICEAI_BASE_URL", server.base_url)
            monkeypatch.setenv("AUDIOBOOK_VOICEAI_API_KEY", KEY)
            monkeypatch.setenv("AUDIOBOOK_VOICEAI_TIMEOUT", "2")
            monkeypatch.setenv("AUDIOBOOK_VOICEAI_MAX_ATTEMPTS", "10")
            monkeypatch.setenv("AUDIOBOOK_ASR_SAMPLE", "0")  # count the fault retries only (see the fixture)
            render_book(source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / name), engine="voiceai",
                        transport=transport, formats=["m4b"], cache_dir=str(tmp_path / f"cache-{name}"))
            manifests[name] = json.loads((tmp_path / name / "manifest.json").read_text())
            stats = server.local.stats
        if name == "faulty":
            injected = sum(stats.responses[k] for k in ("injected_500", "injected_429", "injected_disconnect",
                                                        "injected_slow"))
            segments = [s for c in manifests[name]["chapters"] for s in c["segments"]]
            totals = manifests[name]["totals"]
            assert injected > 0 and totals["generations"] == sum(s["attempts"] for s in segments)
            assert totals["retries"] == totals["generations"] - len(segments) and totals["retries"] >= injected
            assert totals["characters_sent"] > stats.characters  # failed tries sent their text too
            if transport == "http":
                assert totals["retries"] == injected
                assert stats.requests["/api/v1/tts/speech"] == len(segments) + injected  # every try was one request
            else:
                assert stats.requests["/api/v1/tts/multi-stream"] == 1 + stats.responses["injected_disconnect"]
    listed = {name: [(s["id"], s["text"], s["language"]) for c in m["chapters"] for s in c["segments"]]
              for name, m in manifests.items()}
    assert listed["faulty"] == listed["clean"]
    assert manifests["faulty"]["totals"]["duration_ms"] == manifests["clean"]["totals"]["duration_ms"]


def test_exhausted_credits_mid_book_stop_without_a_request_storm(voiceai: LocalServer, tmp_path: Path) -> None:
    from audiobook.errors import PermanentSynthesisError
    from audiobook.models import Segment
    from audiobook.settings import RenderSettings
    from audiobook.synthesis.render import render_segments
    from audiobook.tts.registry import load_engine

    voiceai.local.options.credits = 400
    segments = [Segment(number=n, chapter_index=1, passage=f"Sentence number {n} of a long book, read aloud.",
                        language="en", model="voiceai-tts-v1-latest", block_index=n, ends_block=True)
                for n in range(1, 61)]
    with pytest.raises(PermanentSynthesisError, match="402"):
        render_segments(segments, load_engine("voiceai"), RenderSettings(engine="voiceai", cache_dir=str(tmp_path)))
    stats = voiceai.local.stats
    assert stats.responses["200"] < 10 and stats.responses["credits_exhausted"] <= 3  # the plan's 3 in flight
    assert stats.requests["/api/v1/tts/speech"] == stats.responses["200"] + stats.responses["credits_exhausted"]


def test_the_key_appears_in_no_output_log_or_artifact(prefect_api, voiceai: LocalServer, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       capfd: pytest.CaptureFixture[str]) -> None:
    import asyncio

    from audiobook.flows.render_book import render_book
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId, LogFilter, LogFilterFlowRunId

    state = render_book(source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "out"), engine="voiceai",
                        transport="stream", formats=["m4b", "mp3", "mp3-single"], cache_dir=str(tmp_path / "cache"),
                        return_state=True)
    flow_run_id = state.state_details.flow_run_id

    async def recorded() -> str:
        async with get_client() as client:
            logs = await client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
            artifacts = await client.read_artifacts(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            run = await client.read_flow_run(flow_run_id)
        return "\n".join([*(log.message for log in logs), *(repr(a.data) + repr(a.description) for a in artifacts),
                          run.model_dump_json()])

    prefect_records = asyncio.run(recorded())
    assert "Segments rendered" in prefect_records or "chapter" in prefect_records.lower()
    outputs = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file())
    console = capfd.readouterr()
    for where, text in (("outputs", outputs.decode("latin-1")), ("prefect", prefect_records),
                        ("console", console.out + console.err)):
        assert KEY not in text, f"the API key leaked into {where}"


@pytest.mark.parametrize("transport", ["http", "ws"])
def test_a_pronunciation_dictionary_reaches_every_request(prefect_api, voiceai: LocalServer, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          transport: str) -> None:
    from audiobook.voiceai.dictionaries import Dictionaries, Rule

    from audiobook.flows.render_book import render_book

    client = VoiceAIClient(VoiceAIConfig(base_url=voiceai.base_url, api_key=ApiKey(KEY)))
    dictionaries = Dictionaries(client)
    made = dictionaries.create("Clockmaker", [Rule("Bell", "Belle")])
    dictionaries.add_rules(made.id, [Rule("clock", "clock")])  # version 2
    common = dict(source=str(SAMPLES / "clockmaker.html"), engine="voiceai", transport=transport, formats=["m4b"],
                  cache_dir=str(tmp_path / "cache"))
    # no version: the current one is pinned for the whole render, in every request and cache key
    first = render_book(output_dir=str(tmp_path / "first"), voiceai_dictionary_id=made.id, **common)
    assert dict(voiceai.local.stats.dictionaries) == {f"{made.id}:2": first["segments"]}
    dictionaries.add_rules(made.id, [Rule("apprentice", "apprentice")])  # version 3: the clips of 2 are stale
    second = render_book(output_dir=str(tmp_path / "second"), voiceai_dictionary_id=made.id, **common)
    assert second["segments_from_cache"] == 0
    assert dict(voiceai.local.stats.dictionaries) == {f"{made.id}:2": first["segments"],
                                                      f"{made.id}:3": second["segments"]}
    again = render_book(output_dir=str(tmp_path / "again"), voiceai_dictionary_id=made.id,
                        voiceai_dictionary_version=2, **common)
    assert again["segments_from_cache"] == again["segments"]  # version 2, named: its clips are still good


def test_an_unknown_dictionary_stops_before_any_synthesis(voiceai: LocalServer, tmp_path: Path) -> None:
    result = _cli("render", str(SAMPLES / "lighthouse.epub"), "-o", str(tmp_path / "out"), "--engine", "voiceai",
                  "--voiceai-dictionary", "no-such-dictionary:2",
                  env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[-1] == ("error: Voice.ai pronunciation dictionary no-such-dictionary was not "
                                              "found (see `audiobook dictionaries list`)")
    assert voiceai.local.stats.characters == 0 and not (tmp_path / "out").exists()


def test_the_acx_preset_asks_voiceai_for_44_1_khz_and_never_resamples_up(prefect_api, voiceai: LocalServer,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    from audiobook.flows.render_book import render_book
    from audiobook.outputs.acx import check_folder

    result = render_book(source=str(SAMPLES / "clockmaker.html"), output_dir=str(tmp_path / "out"), engine="voiceai",
                         transport="ws", preset="acx", formats=["mp3"], cache_dir=str(tmp_path / "cache"))
    assert dict(voiceai.local.stats.audio_formats) == {"pcm_44100": result["segments"]}
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["settings"]["audio"]["sample_rate"] == 44_100  # the pipeline itself, not only the files
    assert all(r.sample_rate == 44_100 and not r.failures for r in check_folder(tmp_path / "out"))
    # a standard render of the same book asks for the pipeline's default rate, and caches apart
    standard = render_book(source=str(SAMPLES / "clockmaker.html"), output_dir=str(tmp_path / "std"), engine="voiceai",
                           transport="http", formats=["mp3"], cache_dir=str(tmp_path / "cache"))
    assert standard["segments_from_cache"] == 0
    assert voiceai.local.stats.audio_formats["wav_22050"] == standard["segments"]


def test_max_credits_refuses_before_any_synthesis(prefect_api, voiceai: LocalServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    from audiobook.synthesis.usage import CreditBudgetError

    with pytest.raises(CreditBudgetError, match="more than --max-credits 500.*nothing was synthesized"):
        render_book(source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "out"), engine="voiceai",
                    formats=["m4b"], cache_dir=str(tmp_path / "cache"), max_credits=500)
    assert voiceai.local.stats.characters == 0 and voiceai.local.stats.requests["/api/v1/tts/speech"] == 0
    assert not (tmp_path / "out").exists()


def test_the_budget_stops_a_render_before_spending_passes_it(voiceai: LocalServer, tmp_path: Path) -> None:
    from audiobook.models import Segment
    from audiobook.settings import RenderSettings
    from audiobook.synthesis.render import render_segments
    from audiobook.synthesis.usage import CreditBudget, CreditBudgetError
    from audiobook.tts.registry import load_engine

    segments = [Segment(number=n, chapter_index=1, passage=f"Sentence number {n} of a long book, read aloud.",
                        language="en", model="voiceai-tts-v1-latest", block_index=n, ends_block=True)
                for n in range(1, 41)]
    budget = CreditBudget("budget-test", 1_000)
    settings = RenderSettings(engine="voiceai", cache_dir=str(tmp_path), credit_budget=budget)
    with pytest.raises(CreditBudgetError, match="credit budget of 1,000"):
        render_segments(segments, load_engine("voiceai"), settings)
    generated = voiceai.local.stats.responses["200"]
    assert 5 < generated < 40 and budget.spent <= 1_000
    assert sum(1 for _ in tmp_path.rglob("*.wav")) >= generated - 3  # what was paid for is kept (3 in flight)


def test_inspect_estimates_what_a_voiceai_render_costs_and_the_cache_is_free(prefect_api, voiceai: LocalServer,  # type: ignore[no-untyped-def]
                                                                           tmp_path: Path) -> None:
    from audiobook.flows.render_book import render_book

    book = str(SAMPLES / "polyglot.epub")
    env = dict(os.environ)
    before = _cli("inspect", book, "--engine", "voiceai", "--cache-dir", str(tmp_path / "cache"), "--json", env=env)
    estimate = json.loads(before.stdout)["estimate"]
    assert estimate["segments"] == 12 and estimate["cached_segments"] == 0 and estimate["credits"] > 0
    assert 0.5 < estimate["audio_minutes"] < 3
    result = render_book(source=book, output_dir=str(tmp_path / "out"), engine="voiceai", formats=["m4b"],
                         cache_dir=str(tmp_path / "cache"))
    assert result["characters_sent"] == estimate["characters"] and result["generations"] == 12
    assert 0.6 < result["credits_used"] / estimate["credits"] < 1.6  # the estimate is in the right range
    after = _cli("inspect", book, "--engine", "voiceai", "--cache-dir", str(tmp_path / "cache"), env=env)
    assert "0 segments to synthesize (12 more already in the cache): 0 characters" in after.stdout
