"""render-book: a book into a chaptered audiobook.

checks (tools, key, voice, folders, free space) -> ingest -> segments -> render
chapters in parallel (one task per chapter, a bounded pool inside) -> chapter MP3s
-> M4B -> verification -> subtitles, Audiobookshelf sidecar, report.html -> manifest
(written last: the book is done).
Parameters are the ones a user sets in the Prefect UI.
"""

from __future__ import annotations

import dataclasses
import inspect
import time
from pathlib import Path
from typing import Annotated, Literal

from prefect import flow, get_run_logger
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.futures import as_completed
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from pydantic import Field

from audiobook.audio.book import BookWriter
from audiobook.audio.encode import ffmpeg_program
from audiobook.audio.tags import book_tags
from audiobook.audio.timeline import ChapterTimeline, clock, on_book_timeline
from audiobook.cache import SegmentCache
from audiobook.delivery import deliver_book
from audiobook.errors import OutputError
from audiobook.files import remove_stale_partials, removed_if_left_empty, unwritable_reason
from audiobook.ingest import IngestOptions
from audiobook.jobs import job_fingerprint
from audiobook.lexicon import load_lexicon
from audiobook.models import BookPlan
from audiobook.progress import advance, note, set_total
from audiobook.qa import recognition_stride
from audiobook.render import RenderedSegment, uncached
from audiobook.segmenter import SegmentOptions
from audiobook.settings import (
    EngineName,
    LanguageCode,
    OutputFormat,
    PauseMs,
    RenderSettings,
    TransportName,
    VoiceAIModel,
)
from audiobook.space import check_free_space
from audiobook.speakers import speaker_voices as speaker_voices_for
from audiobook.usage import budget_for, estimate
from flows.runners import chapter_runner
from tasks.book import finish_book_task, plan_book_task, render_chapter_task, settings_engine


def _check_output_dir(output_dir: Path, cache: SegmentCache) -> None:
    problem = unwritable_reason(output_dir)
    if problem:
        raise OutputError(f"{output_dir}: cannot write to the output folder ({problem})")
    problem = cache.writable_problem()
    if problem:
        raise OutputError(f"{cache.location}: cannot write to the segment cache ({problem})")
    remove_stale_partials(output_dir)  # scratch of a run that was killed: this run supersedes it


@flow(name="render-book")
def render_book(
    source: str,
    output_dir: str,
    engine: EngineName = "espeak",
    voice: str | None = None,
    transport: TransportName = "http",
    language: LanguageCode | None = None,
    formats: list[OutputFormat] = ["m4b", "mp3"],  # noqa: B006 - Prefect shows the default in the UI
    sentence_pause_ms: PauseMs = 250,
    paragraph_pause_ms: PauseMs = 700,
    chapter_pause_ms: PauseMs = 2000,
    announce_chapters: bool = False,
    toc_depth: Annotated[int, Field(ge=0, le=10)] = 0,
    include_matter: bool = False,
    include_nonlinear: bool = False,
    alt_text: bool = False,
    model: VoiceAIModel | None = None,
    unsupported: Literal["book", "skip"] = "book",
    max_chars: Annotated[int, Field(ge=20, le=5_000)] = 300,
    max_words: Annotated[int, Field(ge=3, le=1_000)] = 50,
    speed: Annotated[float, Field(ge=0.25, le=4.0)] = 1.0,
    cache_dir: str | None = None,
    speaker_voices: dict[str, str] | None = None,
    default_speaker_voices: dict[str, str] | None = None,
    file_stem: str = "Book",
    loudness_lufs: Annotated[float, Field(ge=-40, le=-5)] | None = -18.0,
    asr_sample: Annotated[int, Field(ge=-1)] | None = None,
    lexicon: str | None = None,
    voiceai_dictionary_id: str | None = None,
    voiceai_dictionary_version: Annotated[int, Field(ge=1)] | None = None,
    max_credits: Annotated[float, Field(ge=0)] | None = None,
    runner: Literal["threads", "dask"] | None = None,
    dask_address: str | None = None,
    dask_workers: Annotated[int, Field(ge=1, le=256)] | None = None,
) -> dict:
    """Render a book (EPUB, HTML or a podcast script) into a chaptered audiobook; returns the run's totals.

    Args:
        source: Path of the EPUB, HTML or script file to read.
        output_dir: Folder for the audiobook (created if missing).
        engine: espeak (espeak-ng, all 11 languages), piper (neural English, espeak-ng for the rest) or voiceai
            (the Voice.ai API; key from AUDIOBOOK_VOICEAI_API_KEY or a Secret block).
        voice: Voice of the engine's main backend (an espeak voice such as en-gb, or a Voice.ai voice_id).
        transport: Voice.ai only: http, stream (HTTP streaming), ws (multi-context WebSocket) or ws-single.
        language: Force one language for the whole book; empty: detected per paragraph.
        formats: Outputs: m4b (chaptered book), mp3 (one file per chapter), mp3-single (one chaptered MP3).
        sentence_pause_ms: Silence after a sentence, in milliseconds.
        paragraph_pause_ms: Silence after a paragraph, in milliseconds.
        chapter_pause_ms: Silence after a chapter, in milliseconds.
        announce_chapters: Speak each chapter's title first when the text does not start with it.
        toc_depth: Table-of-contents level that makes chapters; 0 chooses automatically.
        include_matter: Also read cover, title, copyright, contents and licence pages.
        include_nonlinear: Also read non-linear spine items (footnote files).
        alt_text: Read image alt text.
        model: Force one Voice.ai model for every segment; empty: by language (en: the English model).
        unsupported: Text in a language outside the 11: read with the book's voice (book), or skip and list it.
        max_chars: Segment character limit.
        max_words: Segment word limit.
        speed: Speaking rate factor.
        cache_dir: Segment cache: a folder or an fsspec URL; empty: AUDIOBOOK_CACHE_DIR or ~/.cache/audiobook.
        speaker_voices: Scripts: speaker -> voice, over the script's own choices.
        default_speaker_voices: Scripts: voices for speakers that nothing else names (a show's voices).
        file_stem: Name of the book files (Book.m4b, Book.mp3, Book.srt).
        loudness_lufs: Every chapter's loudness target (EBU R128); empty keeps levels as synthesized.
        asr_sample: English segments checked by speech recognition: N, 0 none, -1 all; empty: 12, or none
            for espeak-ng, whose formant voice the recognizer cannot read.
        lexicon: A pronunciation lexicon file; the book's own PLS lexicons apply too.
        voiceai_dictionary_id: A Voice.ai pronunciation dictionary for every request.
        voiceai_dictionary_version: Its version; empty: the latest.
        max_credits: Refuse before any synthesis when the estimate for the segments not in the cache is
            higher, and stop before spending would pass it (Voice.ai credits; local engines are free).
        runner: Where chapter tasks run: threads in this process, or a Dask cluster; empty: the worker's
            AUDIOBOOK_RUNNER, else threads.
        dask_address: Scheduler of an existing Dask cluster (tcp://host:8786); empty: AUDIOBOOK_DASK_ADDRESS,
            else a LocalCluster on this machine.
        dask_workers: Workers of that LocalCluster; empty: AUDIOBOOK_DASK_WORKERS, else 2.
    """
    fingerprint = job_fingerprint(dict(locals()))
    started = time.monotonic()
    logger = get_run_logger()
    settings = RenderSettings.for_render(
        engine=engine, transport=transport, voice=voice, formats=tuple(formats), speed=speed,
        sentence_pause_ms=sentence_pause_ms, paragraph_pause_ms=paragraph_pause_ms, chapter_pause_ms=chapter_pause_ms,
        cache_dir=cache_dir, file_stem=file_stem, loudness_lufs=loudness_lufs, asr_sample=asr_sample,
        dictionary_id=voiceai_dictionary_id, dictionary_version=voiceai_dictionary_version)
    out = Path(output_dir)
    with removed_if_left_empty(out):  # a run that fails before writing anything leaves no folder
        # fail before any work on what can be checked up front
        ffmpeg_program()
        engine_in_use = settings_engine(settings)
        engine_in_use.preflight()
        cache = SegmentCache(settings.cache_location)
        _check_output_dir(out, cache)

        plan = plan_book_task(source, IngestOptions(toc_depth=toc_depth, include_matter=include_matter,
                                                    include_nonlinear=include_nonlinear, include_alt_text=alt_text),
                              SegmentOptions(language=language, model=model, unsupported=unsupported,
                                             max_chars=max_chars, max_words=max_words,
                                             announce_titles=announce_chapters,
                                             lexicon=load_lexicon(lexicon) if lexicon else None))
        speakers = speaker_voices_for(plan.book.episode, settings.engine, speaker_voices or {},
                                      default_speaker_voices or {})
        english = sum(1 for c in plan.chapters for s in c.segments if s.language == "en")
        settings = dataclasses.replace(settings, speakers=speakers, asr_stride=recognition_stride(
            english, settings.asr_sample, engine_in_use.backend_for("en").recognizable))
        if settings.speakers:
            engine_in_use.preflight(settings.speakers.values())
        missing = uncached([s for c in plan.chapters for s in c.segments], engine_in_use, settings)
        expected = estimate(missing, plan.segment_count - len(missing), engine_in_use, settings)
        logger.info("Estimate: %s", expected.summary())
        note(f"Estimate: {expected.summary()}")
        settings = dataclasses.replace(settings, credit_budget=budget_for(expected, max_credits, source))
        check_free_space(plan, missing, settings, out, cache.local_folder())
        set_total(plan.segment_count)
        logger.info("%s: %d chapters, %d segments", plan.book.title, len(plan.chapters), plan.segment_count)

        timelines, rendered, book_files = _render_chapters(plan, settings, out, chapter_runner(
            runner, dask_address, dask_workers))
        document = deliver_book(plan, timelines, rendered, settings, out, book_files,
                                render_seconds=time.monotonic() - started,
                                extra={"job": {"fingerprint": fingerprint}, "estimate": expected.to_json()})
        create_table_artifact(
            key="audiobook-chapters",
            table=[{"chapter": c["index"], "title": c["title"], "duration": clock(c["end_ms"] - c["start_ms"]),
                    "segments": len(c["segments"]), "language": c["language"]} for c in document["chapters"]],
            description=f"Chapters of {plan.book.title}",
        )
        totals = document["totals"]
        logger.info("Wrote %s: %s of audio, %d segments (%d from cache); %d characters sent in %d generations "
                    "(%d retries), %d credits", out, clock(totals["duration_ms"]), totals["segments"],
                    totals["segments_from_cache"], totals["characters_sent"], totals["generations"],
                    totals["retries"], totals["credits_used"])
        return {"output_dir": str(out), "manifest": str(out / "manifest.json"), **totals}


def _render_chapters(plan: BookPlan, settings: RenderSettings, out: Path, runner: TaskRunner
                     ) -> tuple[list[ChapterTimeline], dict[int, list[RenderedSegment]], dict[str, str]]:
    """Every chapter as a task on `runner`; the book file is encoded as chapters finish, in order."""
    total = plan.segment_count
    progress_id = create_progress_artifact(progress=0.0, description=f"Segments rendered: {plan.book.title}")
    writer = BookWriter(settings, out, len(plan.chapters))
    try:
        tags = book_tags(plan)
        with runner as pool:
            in_process = isinstance(pool, ThreadPoolTaskRunner)
            futures = {pool.submit(render_chapter_task, {"chapter": chapter, "tags": tags,
                                                         "chapter_count": len(plan.chapters), "settings": settings,
                                                         "output_dir": str(out)}): position
                       for position, chapter in enumerate(plan.chapters)}
            results = {}
            done_segments = 0
            for future in as_completed(list(futures)):
                position = futures[future]
                results[position] = future.result()
                writer.add(position, results[position][1])
                done_segments += len(results[position][0])
                if not in_process:
                    advance(len(results[position][0]))  # tasks elsewhere cannot reach this progress bar
                update_progress_artifact(progress_id, progress=100.0 * done_segments / max(total, 1))
        timelines = on_book_timeline([results[position][1] for position in range(len(plan.chapters))])
        rendered = {chapter.index: results[position][0] for position, chapter in enumerate(plan.chapters)}
        return timelines, rendered, finish_book_task(writer, plan, timelines)
    except BaseException:
        writer.abort()
        raise


def render_book_parameters(**given: object) -> dict[str, object]:
    """Every parameter of a render-book run, defaults filled in (what its fingerprint covers)."""
    bound = inspect.signature(render_book.fn).bind(**given)
    bound.apply_defaults()
    return dict(bound.arguments)
