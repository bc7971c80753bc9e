"""`audiobook library` and `audiobook narrate`: the batch flows from the command line.

Each prints one line per source (rendered, current or failed, with the reason);
any failure makes the exit code 1, after the other sources have been rendered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from audiobook.audio.timeline import clock
from audiobook.cli.base import (
    ENGINE_NAMES,
    TRANSPORT_NAMES,
    _before_flow_run,
    _run,
    main,
    start_narrate_scripts,
    start_render_library,
)
from audiobook.cli.book import _dictionary
from audiobook.settings import DEFAULTS, NARRATION_DEFAULTS
from audiobook.wording import counted


def _pronunciation(command):  # type: ignore[no-untyped-def]
    """--lexicon and --voiceai-dictionary, as `render` takes them, for every source of a batch."""
    command = click.option("--voiceai-dictionary", help="Voice.ai pronunciation dictionary: ID or ID:VERSION.")(command)
    return click.option("--lexicon", type=click.Path(exists=True, dir_okay=False),
                        help="Pronunciation lexicon file (word = respelling, or word = /ipa/).")(command)


def _print_rows(output_dir: Path) -> None:
    try:
        summary = json.loads((output_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for row in summary["rows"]:
        length = clock(row["duration_ms"]) if row["duration_ms"] is not None else "-"
        detail = row["reason"] if row["status"] == "failed" else f"{length}, {counted(row['chapters'], 'chapter')}"
        click.echo(f"{row['status']:<9} {Path(row['source']).name}: {detail}")
        for warning in row.get("notes") or ():
            click.echo(f"{'':<9} note: {warning}")


def _run_batch(action, output_dir: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    summary_file = output_dir / "summary.json"
    summary_file.unlink(missing_ok=True)  # a failure before any book must not print an old summary

    def reporting() -> dict[str, Any]:
        try:
            return action()
        finally:
            _print_rows(output_dir)

    return _run(reporting)


def _speaker_map(pairs: tuple[str, ...]) -> dict[str, str]:
    voices = {}
    for pair in pairs:
        speaker, sep, voice = pair.partition("=")
        if not sep or not speaker.strip() or not voice.strip():
            raise click.BadParameter(f"{pair!r}: expected SPEAKER=VOICE", param_hint="--speaker-voice")
        voices[speaker.strip().upper()] = voice.strip()
    return voices


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "output_dir", required=True, type=click.Path(path_type=Path),
              help="Output folder: one folder per book inside it.")
@click.option("--parallel", type=int, default=2, show_default=True, help="Books rendered at the same time.")
@click.option("--force", is_flag=True, help="Render books whose outputs are current too.")
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default=DEFAULTS.engine, show_default=True,
              help="auto (Piper for English when installed, else espeak), espeak, piper or voiceai.")
@click.option("--voice", help="Voice for the engine's main backend.")
@click.option("--transport", type=click.Choice(TRANSPORT_NAMES), default=DEFAULTS.transport,
              show_default=True, help="Voice.ai transport.")
@click.option("--format", "formats", default=",".join(DEFAULTS.formats), show_default=True, help="Comma-separated output formats.")
@click.option("--announce-chapters", is_flag=True, help="Speak each chapter's title first if the text does not.")
@click.option("--speed", type=float, default=DEFAULTS.speed, show_default=True, help="Speaking rate factor.")
@click.option("--cache-dir", help="Segment cache folder or fsspec URL.")
@click.option("--max-credits", type=float, help="Each book's Voice.ai credit budget (see render --max-credits).")
@_pronunciation
def library(sources: tuple[str, ...], output_dir: Path, parallel: int, force: bool, engine: str, voice: str | None,
            transport: str, formats: str, announce_chapters: bool, speed: float, cache_dir: str | None,
            max_credits: float | None, lexicon: str | None, voiceai_dictionary: str | None) -> None:
    """Render every book in SOURCES (folders, globs or files) through the render-library flow."""
    _before_flow_run()

    def action() -> dict[str, Any]:
        return start_render_library(sources=list(sources), output_dir=str(output_dir), books_in_parallel=parallel,
                              force=force, engine=engine, voice=voice, transport=transport,
                              formats=[f.strip() for f in formats.split(",") if f.strip()],
                              announce_chapters=announce_chapters, speed=speed, cache_dir=cache_dir,
                              max_credits=max_credits, lexicon=lexicon, **_dictionary(voiceai_dictionary))

    summary = _run_batch(action, output_dir)
    click.echo(f"{output_dir}: {summary['rendered']} rendered, {summary['current']} already current")


@main.command()
@click.argument("scripts_dir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_dir", required=True, type=click.Path(path_type=Path),
              help="Output folder: feed.xml, cover, episodes/<name>/.")
@click.option("--base-url", help="Where the output folder will be published (default: show.yaml's base_url).")
@click.option("--speaker-voice", "speaker_voices", multiple=True, metavar="SPEAKER=VOICE",
              help="Voice for a speaker, over the script's and the show's choices. Repeatable.")
@click.option("--parallel", type=int, default=2, show_default=True, help="Episodes rendered at the same time.")
@click.option("--force", is_flag=True, help="Render episodes whose outputs are current too.")
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default=NARRATION_DEFAULTS.engine, show_default=True,
              help="auto (Piper for English when installed, else espeak), espeak, piper or voiceai.")
@click.option("--transport", type=click.Choice(TRANSPORT_NAMES), default=NARRATION_DEFAULTS.transport,
              show_default=True, help="Voice.ai transport.")
@click.option("--speed", type=float, default=NARRATION_DEFAULTS.speed, show_default=True, help="Speaking rate factor.")
@click.option("--cache-dir", help="Segment cache folder or fsspec URL.")
@_pronunciation
def narrate(scripts_dir: Path, output_dir: Path, base_url: str | None, speaker_voices: tuple[str, ...], parallel: int,
            force: bool, engine: str, transport: str, speed: float, cache_dir: str | None, lexicon: str | None,
            voiceai_dictionary: str | None) -> None:
    """Narrate the podcast scripts in SCRIPTS_DIR into episode MP3s and an RSS feed."""
    _before_flow_run()
    voices = _speaker_map(speaker_voices)

    def action() -> dict[str, Any]:
        return start_narrate_scripts(scripts_dir=str(scripts_dir), output_dir=str(output_dir), engine=engine,
                               transport=transport, speaker_voices=voices or None, base_url=base_url,
                               episodes_in_parallel=parallel, force=force, speed=speed, cache_dir=cache_dir,
                               lexicon=lexicon, **_dictionary(voiceai_dictionary))

    summary = _run_batch(action, output_dir)
    click.echo(f"{summary['feed']}: {summary['feed_episodes']} episodes ({summary['rendered']} rendered, "
               f"{summary['current']} already current)")
