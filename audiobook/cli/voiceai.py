"""`audiobook voices ...` (the Voice.ai voices API) and `audiobook serve` (the local server)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from audiobook.cli.base import _run, main
from audiobook.server import LOCAL_API_KEY


def _client():  # type: ignore[no-untyped-def]
    from audiobook.voiceai.client import VoiceAIClient
    from audiobook.voiceai.config import VoiceAIConfig

    return VoiceAIClient(VoiceAIConfig.from_env())


@main.group()
def voices() -> None:
    """List, clone, update and delete Voice.ai voices (key and URL from AUDIOBOOK_VOICEAI_*)."""


def _print_voices(listed, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    if as_json:
        click.echo(json.dumps([v.__dict__ for v in listed], indent=2))
        return
    for voice in listed:
        click.echo(f"{voice.voice_id}\t{voice.status}\t{voice.voice_visibility or '-'}\t{voice.name or ''}")


@voices.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_voices(as_json: bool) -> None:
    """Voices this key can use."""
    _run(lambda: _print_voices(_client().list_voices(), as_json))


@voices.command("get")
@click.argument("voice_id")
@click.option("--json", "as_json", is_flag=True)
def get_voice(voice_id: str, as_json: bool) -> None:
    """One voice and its status."""
    _run(lambda: _print_voices([_client().get_voice(voice_id)], as_json))


@voices.command("clone")
@click.argument("audio", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name")
@click.option("--language", default="en", show_default=True)
@click.option("--private", is_flag=True, help="PRIVATE visibility (default PUBLIC).")
@click.option("--no-wait", is_flag=True, help="Return at once instead of waiting until AVAILABLE or FAILED.")
@click.option("--timeout", type=float, default=300.0, show_default=True)
def clone_voice(audio: Path, name: str | None, language: str, private: bool, no_wait: bool, timeout: float) -> None:
    """Clone a voice from reference AUDIO (MP3, WAV or OGG, at most 7.5 MB)."""

    def action() -> None:
        client = _client()
        voice = client.clone_voice(audio, name=name, language=language,
                                   voice_visibility="PRIVATE" if private else "PUBLIC")
        if not no_wait:
            voice = client.wait_for_voice(voice.voice_id, timeout=timeout)
        _print_voices([voice], False)

    _run(action)


@voices.command("update")
@click.argument("voice_id")
@click.option("--name")
@click.option("--visibility", type=click.Choice(["PUBLIC", "PRIVATE"]))
def update_voice(voice_id: str, name: str | None, visibility: str | None) -> None:
    """Rename a voice or change its visibility."""
    _run(lambda: _print_voices([_client().update_voice(voice_id, name=name, voice_visibility=visibility)], False))


@voices.command("delete")
@click.argument("voice_id")
def delete_voice(voice_id: str) -> None:
    """Delete a voice you own."""
    _run(lambda: click.echo(f"{voice_id}\t{_client().delete_voice(voice_id).get('status', 'deleted')}"))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--api-key", envvar="AUDIOBOOK_SERVE_API_KEY", default=LOCAL_API_KEY,
              help=f"The one key accepted; any other is refused, as by the service  [default: {LOCAL_API_KEY}]")
@click.option("--latency", type=float, default=0.0, show_default=True, help="Seconds added to every generation.")
@click.option("--max-concurrent", type=int, help="Concurrent generations allowed (a plan: 3, 5 or 10).")
@click.option("--concurrency-status", type=click.Choice(["429", "400"]), default="429", show_default=True,
              help="HTTP status of the concurrency refusal (undocumented; both are seen in the wild).")
@click.option("--credits", type=int, help="Characters that may be generated before 402.")
@click.option("--error-rate", type=float, default=0.0, show_default=True, help="Share of generations failing 500.")
@click.option("--rate-limit-rate", type=float, default=0.0, show_default=True, help="Share answered 429.")
@click.option("--retry-after", type=float, default=1.0, show_default=True, help="Retry-After of those 429s.")
@click.option("--disconnect-rate", type=float, default=0.0, show_default=True, help="Share cut off mid-stream.")
@click.option("--slow-rate", type=float, default=0.0, show_default=True, help="Share answered late.")
@click.option("--slow-seconds", type=float, default=30.0, show_default=True, help="How late.")
@click.option("--gateway-rate", type=float, default=0.0, show_default=True,
              help="Share answered 502 with a proxy's HTML page, before the API (WebSocket upgrades too).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the fault dice.")
def serve(host: str, port: int, api_key: str, latency: float, max_concurrent: int | None,
          concurrency_status: str, credits: int | None,
          error_rate: float, rate_limit_rate: float, retry_after: float, disconnect_rate: float, slow_rate: float,
          slow_seconds: float, gateway_rate: float, seed: int) -> None:
    """Run a local server that speaks the Voice.ai TTS protocol (espeak-ng voices)."""
    from audiobook.server.app import ServerOptions
    from audiobook.server.running import serve as run_server

    options = ServerOptions(api_key=api_key, latency=latency, max_concurrent=max_concurrent,
                            concurrency_status=int(concurrency_status), credits=credits,
                            error_rate=error_rate, rate_limit_rate=rate_limit_rate, retry_after=retry_after,
                            disconnect_rate=disconnect_rate, slow_rate=slow_rate, slow_seconds=slow_seconds,
                            gateway_rate=gateway_rate, seed=seed)
    key_hint = f" and AUDIOBOOK_VOICEAI_API_KEY to {LOCAL_API_KEY}" if api_key == LOCAL_API_KEY else ""
    click.echo(f"Voice.ai protocol on http://{host}:{port} (set AUDIOBOOK_VOICEAI_BASE_URL to it{key_hint})", err=True)
    _run(lambda: run_server(host, port, options))
