"""The `audiobook` command: each subcommand maps onto one library function or flow.

Errors the user can fix end in one line on stderr and a non-zero exit code:
2 for bad input or options, 1 for failures while rendering.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import click

from .cli_base import ENGINE_NAMES, TRANSPORT_NAMES, _before_flow_run, _run, main, start_render_book
from .errors import ConfigurationError


def _ingest_options(toc_depth: int, include_matter: bool, include_nonlinear: bool, alt_text: bool):  # type: ignore[no-untyped-def]
    from .ingest import IngestOptions

    return IngestOptions(toc_depth=toc_depth, include_matter=include_matter, include_nonlinear=include_nonlinear,
                         include_alt_text=alt_text)


@main.command()
@click.argument("book", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full plan as JSON.")
@click.option("--language", help="Force one language (en, fr, ...) for the whole book.")
@click.option("--model", help="Force one Voice.ai model for every segment.")
@click.option("--toc-depth", type=int, default=0, show_default=True, help="Table-of-contents level for chapters; 0 = auto.")
@click.option("--include-matter", is_flag=True, help="Also read cover, title, copyright, contents and licence pages.")
@click.option("--include-nonlinear", is_flag=True, help="Also read non-linear spine items (footnote files).")
@click.option("--alt-text", is_flag=True, help="Read image alt text.")
@click.option("--unsupported", type=click.Choice(["book", "skip"]), default="book", show_default=True,
              help="Text in a language outside the 11: read with the book's voice, or skip and list it.")
@click.option("--max-chars", type=int, default=300, show_default=True, help="Segment character limit.")
@click.option("--max-words", type=int, default=50, show_default=True, help="Segment word limit.")
@click.option("--engine", type=click.Choice(ENGINE_NAMES),
              help="Also estimate what rendering with this engine would send and cost "
              "(characters, minutes of audio, Voice.ai credits; segments in the cache are free).")
@click.option("--voice", help="The voice the render would use (it is part of the cache key).")
@click.option("--speed", type=float, default=1.0, show_default=True, help="The render's speaking rate factor.")
@click.option("--cache-dir", help="The render's segment cache (default: AUDIOBOOK_CACHE_DIR or ~/.cache/audiobook/segments).")
@click.option("--voiceai-dictionary", help="The render's Voice.ai pronunciation dictionary: ID or ID:VERSION.")
def inspect(book: Path, as_json: bool, language: str | None, model: str | None, toc_depth: int, include_matter: bool,
            include_nonlinear: bool, alt_text: bool, unsupported: str, max_chars: int, max_words: int,
            engine: str | None, voice: str | None, speed: float, cache_dir: str | None,
            voiceai_dictionary: str | None) -> None:
    """Show a book's chapters, segments, skipped parts and totals, without rendering."""
    from .ingest import read_book
    from .inspection import plan_document, plan_text_report
    from .languages import normalize_language
    from .segmenter import SegmentOptions, plan_book

    def action() -> None:
        forced = _language(language, normalize_language)
        options = SegmentOptions(language=forced, model=model, unsupported=unsupported, max_chars=max_chars,
                                 max_words=max_words)
        plan = plan_book(read_book(book, _ingest_options(toc_depth, include_matter, include_nonlinear, alt_text)), options)
        document = plan_document(plan)
        expected = _estimate(plan, engine, voice, speed, cache_dir, voiceai_dictionary) if engine else None
        if as_json:
            if expected is not None:
                document["estimate"] = {"engine": engine, **expected.to_json()}
            click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            click.echo(plan_text_report(plan) + (f"\nEstimate ({engine}): {expected.summary()}" if expected else ""))

    _run(action)


def _estimate(plan, engine: str, voice: str | None, speed: float, cache_dir: str | None,  # type: ignore[no-untyped-def]
              dictionary: str | None):
    """What rendering `plan` with `engine` would synthesize and cost, given the cache."""
    from .render import uncached
    from .settings import RenderSettings
    from .tts.registry import load_engine
    from .usage import estimate

    chosen = _dictionary(dictionary)
    pairs = (("dictionary_id", chosen["voiceai_dictionary_id"]),) if chosen else ()
    if chosen.get("voiceai_dictionary_version"):
        pairs += (("dictionary_version", chosen["voiceai_dictionary_version"]),)
    settings = RenderSettings.from_env(engine=engine, voice=voice, speed=speed, cache_dir=cache_dir, dictionary=pairs)
    loaded = load_engine(settings.engine, voice, backend_options=settings.backend_options())
    try:
        segments = [s for c in plan.chapters for s in c.segments]
        missing = uncached(segments, loaded, settings)
        return estimate(missing, len(segments) - len(missing), loaded, settings)
    finally:
        loaded.close()


def _language(value: str | None, normalize) -> str | None:  # type: ignore[no-untyped-def]
    if value is None:
        return None
    mapped = normalize(value)
    if mapped is None:
        raise ConfigurationError(f"language {value!r} is not supported; use one of en ca sv es fr de it pt pl ru nl")
    return mapped


def _dictionary(value: str | None) -> dict[str, object]:
    if not value:
        return {}
    identifier, _, version = value.partition(":")
    if version and not version.isdigit():
        raise ConfigurationError(f"--voiceai-dictionary must be ID or ID:VERSION, not {value!r}")
    return {"voiceai_dictionary_id": identifier, "voiceai_dictionary_version": int(version) if version else None}


def _loudness(value: str) -> float | None:
    if value.strip().lower() in {"off", "none"}:
        return None
    try:
        return float(value)
    except ValueError:
        raise ConfigurationError(f"--loudness must be a number of LUFS (e.g. -18) or 'off', not {value!r}") from None


class _ProgressBar:
    """A click progress bar fed from render threads."""

    def __init__(self) -> None:
        self._bar = None
        self._lock = threading.Lock()

    def total(self, segments: int) -> None:
        with self._lock:
            self._bar = click.progressbar(length=segments, label="Rendering", file=sys.stderr, show_pos=True)
            self._bar.__enter__()

    def advance(self, segments: int) -> None:
        with self._lock:
            if self._bar is not None:
                self._bar.update(segments)

    def note(self, message: str) -> None:
        with self._lock:
            click.echo(message, err=True)

    def close(self) -> None:
        with self._lock:
            if self._bar is not None:
                self._bar.__exit__(None, None, None)
                self._bar = None




@main.command()
@click.argument("book", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_dir", required=True, type=click.Path(path_type=Path), help="Output folder.")
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default="espeak", show_default=True,
              help="espeak (all 11 languages), piper (neural English) or voiceai (the Voice.ai API).")
@click.option("--transport", type=click.Choice(TRANSPORT_NAMES), default="http", show_default=True,
              help="Voice.ai: HTTP, HTTP streaming, multi-context WebSocket, or a WebSocket per segment.")
@click.option("--voice", help="Voice for the engine's main backend (e.g. en-gb for espeak).")
@click.option("--language", help="Force one language for the whole book.")
@click.option("--format", "formats", default="m4b,mp3", show_default=True,
              help="Comma-separated: m4b, mp3 (one file per chapter), mp3-single (one chaptered MP3).")
@click.option("--sentence-pause", type=int, default=250, show_default=True, help="Milliseconds after a sentence.")
@click.option("--paragraph-pause", type=int, default=700, show_default=True, help="Milliseconds after a paragraph.")
@click.option("--chapter-pause", type=int, default=2000, show_default=True, help="Milliseconds after a chapter.")
@click.option("--announce-chapters", is_flag=True, help="Speak each chapter's title first if the text does not.")
@click.option("--toc-depth", type=int, default=0, show_default=True, help="Table-of-contents level for chapters; 0 = auto.")
@click.option("--include-matter", is_flag=True, help="Also read cover, title, copyright, contents and licence pages.")
@click.option("--include-nonlinear", is_flag=True, help="Also read non-linear spine items (footnote files).")
@click.option("--alt-text", is_flag=True, help="Read image alt text.")
@click.option("--model", help="Force one Voice.ai model for every segment.")
@click.option("--unsupported", type=click.Choice(["book", "skip"]), default="book", show_default=True,
              help="Text in a language outside the 11: read with the book's voice, or skip and list it.")
@click.option("--max-chars", type=int, default=300, show_default=True, help="Segment character limit.")
@click.option("--max-words", type=int, default=50, show_default=True, help="Segment word limit.")
@click.option("--speed", type=float, default=1.0, show_default=True, help="Speaking rate factor.")
@click.option("--cache-dir", help="Segment cache: a folder or an fsspec URL (default: AUDIOBOOK_CACHE_DIR or "
              "~/.cache/audiobook/segments).")
@click.option("--loudness", default="-18", show_default=True,
              help="Loudness target of every chapter in LUFS (EBU R128), or 'off' to keep levels as synthesized.")
@click.option("--asr-sample", type=int, default=None,
              help="English segments checked by speech recognition: N, 0 = none, -1 = all "
                   "(default 12; none with espeak, whose voice the recognizer cannot read).")
@click.option("--lexicon", type=click.Path(path_type=Path), help="Pronunciation lexicon file (word = respelling, "
              "or word = /ipa/; [xx] sections per language).")
@click.option("--voiceai-dictionary", help="Voice.ai pronunciation dictionary: ID or ID:VERSION.")
@click.option("--max-credits", type=float, help="Refuse before any synthesis if the estimate for the segments not "
              "in the cache is higher, and stop before spending would pass it (Voice.ai credits).")
@click.option("--runner", type=click.Choice(["threads", "dask"]), default="threads", show_default=True,
              help="Run chapter tasks in this process's threads, or on a Dask cluster.")
@click.option("--dask-address", help="Scheduler of an existing Dask cluster (default: a LocalCluster here).")
@click.option("--dask-workers", type=int, default=2, show_default=True, help="Workers of the LocalCluster.")
def render(book: Path, output_dir: Path, engine: str, transport: str, voice: str | None, language: str | None, formats: str,
           sentence_pause: int, paragraph_pause: int, chapter_pause: int, announce_chapters: bool, toc_depth: int,
           include_matter: bool, include_nonlinear: bool, alt_text: bool, model: str | None, unsupported: str,
           max_chars: int, max_words: int, speed: float, cache_dir: str | None, loudness: str, asr_sample: int | None,
           lexicon: Path | None, voiceai_dictionary: str | None, max_credits: float | None, runner: str,
           dask_address: str | None, dask_workers: int) -> None:
    """Render BOOK into OUTPUT through the render-book Prefect flow."""
    from .languages import normalize_language
    from .progress import reset_sink, set_sink

    _before_flow_run()
    bar = _ProgressBar()

    def action() -> dict:
        return start_render_book(source=str(book), output_dir=str(output_dir), engine=engine, transport=transport,
                           voice=voice,
                           language=_language(language, normalize_language),
                           formats=[f.strip() for f in formats.split(",") if f.strip()],
                           sentence_pause_ms=sentence_pause, paragraph_pause_ms=paragraph_pause,
                           chapter_pause_ms=chapter_pause, announce_chapters=announce_chapters, toc_depth=toc_depth,
                           include_matter=include_matter, include_nonlinear=include_nonlinear, alt_text=alt_text,
                           model=model, unsupported=unsupported, max_chars=max_chars, max_words=max_words,
                           speed=speed, cache_dir=cache_dir,
                           loudness_lufs=_loudness(loudness), asr_sample=asr_sample,
                           lexicon=str(lexicon) if lexicon else None, max_credits=max_credits,
                           runner="dask" if dask_address else runner, dask_address=dask_address,
                           dask_workers=dask_workers,
                           **_dictionary(voiceai_dictionary))

    token = set_sink(bar)
    try:
        result = _run(action)
    finally:
        bar.close()
        reset_sink(token)
    from .audio.timeline import clock

    click.echo(f"{output_dir}: {result['chapters']} chapters, {clock(result['duration_ms'])} of audio, "
               f"{result['segments']} segments "
               f"({result['segments_from_cache']} from cache); {result['characters_sent']:,} characters sent in "
               f"{result['generations']} generations ({result['retries']} retries)"
               + (f", {result['credits_used']:,} credits" if result["credits_used"] else "")
               + f"; manifest: {result['manifest']}")


@main.command()
def doctor() -> None:
    """Report the tools, engines, cache and settings this machine offers (never the API key)."""
    from .doctor import report, run_checks

    checks = run_checks()
    click.echo(report(checks))
    if any(c.required and not c.ok for c in checks):
        sys.exit(1)


from . import cli_batch, cli_voiceai  # noqa: E402,F401 - register `library`, `narrate`, `voices` and `serve`

__all__ = ["main"]

if __name__ == "__main__":
    main()
