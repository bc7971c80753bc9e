"""`audiobook render`, `audiobook inspect` and `audiobook doctor`.

`render` and `inspect` take the same options for what is read and how it is cut, so
the preview is the book that is rendered. Every option maps onto a field of
`RenderOptions`, whose defaults they show.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import click

from audiobook.cli.base import ENGINE_NAMES, TRANSPORT_NAMES, _before_flow_run, _run, main, start_render_book
from audiobook.errors import ConfigurationError
from audiobook.settings import (
    DEFAULTS,
    OUTPUT_FORMATS,
    DialectCode,
    LanguageCode,
    PresetName,
    RenderOptions,
    UnsupportedPolicy,
)
from audiobook.wording import counted

SUPPORTED = " ".join(get_args(LanguageCode))


def _options(*decorators: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def apply(command: Any) -> Any:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


# what is read and how it is cut into segments
text_options = _options(
    click.option("--language", help=f"Force one language for the whole book ({SUPPORTED}); with a region "
                 "(pt-BR), its dialect too."),
    click.option("--dialect", type=click.Choice(get_args(DialectCode)),
                 help="The book's region, where it declares none or another (numbers' words and espeak-ng's voice)."),
    click.option("--model", help="Force one Voice.ai model for every segment."),
    click.option("--toc-depth", type=int, default=DEFAULTS.toc_depth, show_default=True,
                 help="Table-of-contents level for chapters; 0 = auto."),
    click.option("--include-matter", is_flag=True, help="Also read cover, title, copyright, contents and licence pages."),
    click.option("--include-nonlinear", is_flag=True, help="Also read non-linear spine items (footnote files)."),
    click.option("--alt-text", is_flag=True, help="Read image alt text."),
    click.option("--unsupported", type=click.Choice(get_args(UnsupportedPolicy)), default=DEFAULTS.unsupported,
                 show_default=True,
                 help="Text in a language outside the 11: read with the book's voice, or skip and list it."),
    click.option("--max-chars", type=int, default=DEFAULTS.max_chars, show_default=True,
                 help="Segment character limit."),
    click.option("--max-words", type=int, default=DEFAULTS.max_words, show_default=True,
                 help="Segment word limit."),
    click.option("--announce-chapters", is_flag=True, help="Speak each chapter's title first if the text does not."),
    click.option("--lexicon", type=click.Path(path_type=Path), callback=lambda _c, _p, v: str(v) if v else None,
                 help="Pronunciation lexicon file (word = respelling, or word = /ipa/; [xx] sections per language)."),
    # the names the book is shown, announced and tagged under: inspect shows what render will say
    click.option("--title", help="The book's title, over what the book says or what was found."),
    click.option("--author", help="The book's authors, separated by semicolons (\"Ines Roca; Bo Roe\"), over "
                 "what the book says or what was found."),
)

# what the segments sound like (and so their cache addresses)
voice_options = _options(
    click.option("--voice", help="Voice for the engine's main backend (e.g. en-gb for espeak)."),
    click.option("--speed", type=float, default=DEFAULTS.speed, show_default=True,
                 help="Speaking rate factor."),
    click.option("--cache-dir", help="Segment cache: a folder or an fsspec URL (default: AUDIOBOOK_CACHE_DIR or "
                 "~/.cache/audiobook/segments)."),
    click.option("--voiceai-dictionary", help="Voice.ai pronunciation dictionary: ID or ID:VERSION."),
)


def _language(value: str | None) -> str | None:
    from audiobook.text.languages import normalize_language

    if value is None:
        return None
    mapped = normalize_language(value)
    if mapped is None:
        raise ConfigurationError(f"language {value!r} is not supported; use one of {SUPPORTED}")
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


def render_options(voiceai_dictionary: str | None = None, language: str | None = None,
                   loudness: str | None = None, **chosen: Any) -> RenderOptions:
    """The command's options as a `RenderOptions`: the names match, except the language (any
    spelling of one of the 11; with a region, "pt-BR", the dialect too unless --dialect names one), the loudness
    ('off' or LUFS) and the Voice.ai dictionary (ID:VERSION)."""
    from audiobook.text.dialects import dialect_of

    if loudness is not None:
        chosen["loudness_lufs"] = _loudness(loudness)
    if not chosen.get("dialect"):
        chosen["dialect"] = dialect_of(language)
    return RenderOptions(language=_language(language), **chosen, **_dictionary(voiceai_dictionary))


@main.command()
@click.argument("book", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full plan as JSON.")
@click.option("--spoken", is_flag=True, help="Also list what will be read differently from the page (numbers, "
              "abbreviations, the lexicon), each change once, with how often and where first.")
@text_options
@click.option("--engine", type=click.Choice(ENGINE_NAMES),
              help="Also estimate what rendering with this engine would send and cost "
              "(characters, minutes of audio, Voice.ai credits; segments in the cache are free).")
@voice_options
def inspect(book: Path, as_json: bool, spoken: bool, engine: str | None, **chosen: Any) -> None:
    """Show a book's chapters, segments, skipped parts and totals, without rendering.

    BOOK: any file `render` takes (EPUB, PDF, .docx, .odt, .fb2, HTML, .mhtml, .txt, .md).
    """
    from audiobook.ingest import read_book
    from audiobook.job import build_job
    from audiobook.outputs.inspection import plan_document, plan_text_report
    from audiobook.outputs.spoken_changes import plan_spoken_changes, spoken_changes_report
    from audiobook.text.segmenter import plan_book

    def action() -> None:
        job = build_job(book, ".", render_options(engine=engine or DEFAULTS.engine, **chosen))
        plan = plan_book(read_book(book, job.ingest), job.segmenting)
        document = plan_document(plan)
        expected = _estimate(plan, job) if engine else None
        changes = plan_spoken_changes(plan) if spoken else None
        if as_json:
            if expected is not None:
                document["estimate"] = {"engine": engine, **expected.to_json()}
            if changes is not None:
                document["spoken_changes"] = [vars(change) for change in changes]
            click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            click.echo(plan_text_report(plan) + (f"\nEstimate ({engine}): {expected.summary()}" if expected else "")
                       + (f"\n\n{spoken_changes_report(changes)}" if changes is not None else ""))

    _run(action)


def _estimate(plan, job):  # type: ignore[no-untyped-def]
    """What rendering `plan` with the job's engine would synthesize and cost, given the cache."""
    from audiobook.prepare import unspoken_by_model
    from audiobook.synthesis.cache import SegmentCache
    from audiobook.synthesis.render import address_segments, uncached
    from audiobook.synthesis.usage import estimate
    from audiobook.tts.registry import load_engine

    settings = dataclasses.replace(job.settings, dialect=plan.dialect)
    loaded = load_engine(settings.engine, settings.voice, backend_options=settings.backend_options())
    try:
        segments = [s for c in plan.chapters for s in c.segments]
        if problem := unspoken_by_model(segments, loaded):  # as the render would refuse it
            raise ConfigurationError(problem)
        missing = uncached(segments, address_segments(segments, loaded, settings), SegmentCache(settings.cache_dir, settings.sample_rate))
        return estimate(missing, len(segments) - len(missing), loaded, settings)
    finally:
        loaded.close()


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
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default=DEFAULTS.engine, show_default=True,
              help="auto (piper when installed, else espeak), espeak (all 11 languages), piper (neural English, "
              "espeak-ng for the rest) or voiceai (the Voice.ai API).")
@click.option("--transport", type=click.Choice(TRANSPORT_NAMES), default=DEFAULTS.transport, show_default=True,
              help="Voice.ai: HTTP, HTTP streaming, multi-context WebSocket, or a WebSocket per segment.")
@voice_options
@text_options
@click.option("--format", "formats", default=",".join(DEFAULTS.formats), show_default=True,
              callback=lambda _c, _p, v: tuple(f.strip() for f in v.split(",") if f.strip()),
              help=f"Comma-separated: {', '.join(OUTPUT_FORMATS)} (m4b: chaptered book; mp3: one file per chapter; "
              "mp3-single: one chaptered MP3; epub: a read-along EPUB 3 that highlights each sentence as it is "
              "heard, with the chapter MP3s inside).")
@click.option("--sentence-pause", "sentence_pause_ms", type=int,
              default=DEFAULTS.sentence_pause_ms, show_default=True, help="Milliseconds after a sentence.")
@click.option("--paragraph-pause", "paragraph_pause_ms", type=int,
              default=DEFAULTS.paragraph_pause_ms, show_default=True, help="Milliseconds after a paragraph.")
@click.option("--scene-pause", "scene_pause_ms", type=int, default=DEFAULTS.scene_pause_ms, show_default=True,
              help="Milliseconds at a scene break (a line such as '* * *', or a horizontal rule).")
@click.option("--chapter-pause", "chapter_pause_ms", type=int,
              default=DEFAULTS.chapter_pause_ms, show_default=True, help="Milliseconds after a chapter.")
@click.option("--loudness", default=f"{DEFAULTS.loudness_lufs:g}", show_default=True,
              help="Loudness target of every chapter in LUFS (EBU R128), or 'off' to keep levels as synthesized.")
@click.option("--asr-sample", type=int, default=DEFAULTS.asr_sample,
              help="English segments checked by speech recognition: N, 0 = none, -1 = all "
                   "(default 12; none with espeak, whose voice the recognizer cannot read).")
@click.option("--max-credits", type=float, default=DEFAULTS.max_credits,
              help="Refuse before any synthesis if the estimate for the segments not in the cache is higher, and "
              "stop before spending would pass it (Voice.ai credits).")
@click.option("--credits", is_flag=True, help="Add opening and closing credits (title, authors, narrating voice) "
              "as chapters and files of their own, as ACX asks.")
@click.option("--cover", type=click.Path(path_type=Path), callback=lambda _c, _p, v: str(v) if v else None,
              help="A PNG or JPEG picture that is the book's cover (in the M4B, the MP3s, the sidecar, and the "
              "read-along EPUB of a book that is no EPUB), over the book's own: a manuscript or text book has none.")
@click.option("--preset", type=click.Choice(get_args(PresetName)), default=DEFAULTS.preset, show_default=True,
              help="acx: chapter MP3s as Audible's ACX requires (44.1 kHz, 192 kb/s CBR, RMS -23 to -18 dB, peaks "
              "under -3 dB, room tone at both ends); check them with `audiobook check-acx`.")
@click.option("--chapters", help="Render only these chapters, e.g. 1,3-5 (numbers as inspect shows them); a "
              "later full render takes their segments from the cache.")
@click.option("--preview", "preview_seconds", type=int, help="Render only the first N seconds of each chapter "
              "(whole sentences) as chapter MP3s in OUTPUT/preview, to try voices before paying for the book.")
@click.option("--qa-stop", type=float, default=DEFAULTS.qa_stop, show_default=True,
              help="Stop when more than this share of new segments fail QA (after the first 30), naming the likely "
              "cause; rendered segments stay in the cache. 0 = never.")
@click.option("--runner", type=click.Choice(["threads", "dask"]), default=DEFAULTS.runner,
              help="Run chapter tasks in this process's threads, or on a Dask cluster "
              "(default: AUDIOBOOK_RUNNER, else threads; dask when an address is given).")
@click.option("--dask-address", help="Scheduler of an existing Dask cluster (default: a LocalCluster here).")
@click.option("--dask-workers", type=int, default=DEFAULTS.dask_workers,
              help="Workers of the LocalCluster (default: AUDIOBOOK_DASK_WORKERS, else 2).")
def render(book: Path, output_dir: Path, **chosen: Any) -> None:
    """Render BOOK into OUTPUT through the render-book Prefect flow.

    BOOK: an EPUB, PDF, Word (.docx), OpenDocument (.odt), FictionBook (.fb2, .fb2.zip) or DRM-free Kindle
    (.mobi, .azw3; the kindle extra) book, an HTML file or a saved web page (.html, .mhtml), or a plain-text or
    Markdown book (.txt, .md).
    """
    from audiobook.progress import reset_sink, set_sink

    _before_flow_run()
    bar = _ProgressBar()

    def action() -> dict:
        options = render_options(**chosen)
        return start_render_book(source=str(book), output_dir=str(output_dir), **options.as_parameters())

    token = set_sink(bar)
    try:
        result = _run(action)
    finally:
        bar.close()
        reset_sink(token)
    from audiobook.audio.timeline import clock

    click.echo(f"{output_dir}: {counted(result['chapters'], 'chapter')}, {clock(result['duration_ms'])} of audio, "
               f"{counted(result['segments'], 'segment')} "
               f"({result['segments_from_cache']} from cache); {counted(result['characters_sent'], 'character')} "
               f"sent in {counted(result['generations'], 'generation')} "
               f"({counted(result['retries'], 'retry', 'retries')})"
               + (f", {result['credits_used']:,} credits" if result["credits_used"] else "")
               + f"; manifest: {result['manifest']}")


@main.command()
def doctor() -> None:
    """Report the tools, engines, cache and settings this machine offers (never the API key)."""
    from audiobook.cli.doctor import report, run_checks

    checks = run_checks()
    click.echo(report(checks))
    if any(c.required and not c.ok for c in checks):
        sys.exit(1)


@main.command("check-acx")
@click.argument("folder", type=click.Path(path_type=Path))
def check_acx(folder: Path) -> None:
    """Measure every MP3 in FOLDER (and FOLDER/chapters) against ACX's limits; exit 1 if any fails."""
    from audiobook.outputs.acx import check_folder

    results = _run(lambda: check_folder(folder))
    click.echo(f"{'file':<44} {'Hz':>6} {'kb/s':>5} {'RMS':>6} {'peak':>6} {'floor':>6} {'head':>5} {'tail':>5}")
    for r in results:
        floor = f"{r.noise_floor_db:6.1f}" if r.noise_floor_db > -200 else "  -inf"
        click.echo(f"{r.file[:44]:<44} {r.sample_rate:>6} {r.bitrate // 1000:>4}{'c' if r.constant_bitrate else 'v'} "
                   f"{r.rms_db:6.1f} {r.peak_db:6.1f} {floor} {r.head_seconds:5.2f} {r.tail_seconds:5.2f}"
                   + ("" if not r.failures else "  FAIL: " + "; ".join(r.failures)))
    failed = [r for r in results if r.failures]
    if failed:
        click.echo(f"error: {len(failed)} of {counted(len(results), 'file')} fail ACX's limits", err=True)
        sys.exit(1)
    click.echo(f"{counted(len(results), 'file')} {'meets' if len(results) == 1 else 'meet'} ACX's limits")
