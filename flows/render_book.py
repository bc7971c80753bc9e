"""render-book: a book into a chaptered audiobook.

checks (tools, key, voice, folders) -> plan (ingest, segments) -> prepare (addresses,
estimate, free space) -> chapters in parallel (one task per chapter, on the engine's
one pool; the book file encoded as they finish) -> verification, subtitles, sidecar,
report -> manifest (written last: the book is done).
"""

from __future__ import annotations

import time
from typing import Annotated

from audiobook.flows.runners import task_runner
from audiobook.tasks.book import finish_book_task, job_engine, plan_book_task, render_chapter_task
from prefect import flow, get_run_logger
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field

from audiobook.audio.book import BookWriter
from audiobook.audio.tags import book_tags
from audiobook.audio.timeline import ChapterTimeline, clock, on_book_timeline
from audiobook.files import removed_if_left_empty
from audiobook.folder_lock import folder_held
from audiobook.job import RenderJob, build_job
from audiobook.models import BookPlan
from audiobook.outputs.delivery import deliver_book
from audiobook.prepare import PreparedRender, check_before_work, prepare_render, preview_plan, select_chapters
from audiobook.progress import advance, note, set_total
from audiobook.settings import (
    DEFAULTS,
    DialectCode,
    EngineName,
    LanguageCode,
    OutputFormat,
    PauseMs,
    PresetName,
    RenderOptions,
    RunnerName,
    Speed,
    TransportName,
    UnsupportedPolicy,
    VoiceAIModel,
)
from audiobook.synthesis.render import RenderedSegment
from audiobook.synthesis.speakers import sharing_a_voice
from audiobook.text.credits import with_credits
from audiobook.wording import listed


@flow(name="render-book")
def render_book(
    source: str,
    output_dir: str,
    engine: EngineName = DEFAULTS.engine,
    voice: str | None = DEFAULTS.voice,
    transport: TransportName = DEFAULTS.transport,
    language: LanguageCode | None = DEFAULTS.language,
    dialect: DialectCode | None = DEFAULTS.dialect,
    formats: list[OutputFormat] = list(DEFAULTS.formats),  # noqa: B006 - Prefect shows the default in the UI
    sentence_pause_ms: PauseMs = DEFAULTS.sentence_pause_ms,
    paragraph_pause_ms: PauseMs = DEFAULTS.paragraph_pause_ms,
    scene_pause_ms: PauseMs = DEFAULTS.scene_pause_ms,
    chapter_pause_ms: PauseMs = DEFAULTS.chapter_pause_ms,
    announce_chapters: bool = DEFAULTS.announce_chapters,
    toc_depth: Annotated[int, Field(ge=0, le=10)] = DEFAULTS.toc_depth,
    include_matter: bool = DEFAULTS.include_matter,
    include_nonlinear: bool = DEFAULTS.include_nonlinear,
    alt_text: bool = DEFAULTS.alt_text,
    model: VoiceAIModel | None = DEFAULTS.model,
    unsupported: UnsupportedPolicy = DEFAULTS.unsupported,
    max_chars: Annotated[int, Field(ge=20, le=5_000)] = DEFAULTS.max_chars,
    max_words: Annotated[int, Field(ge=3, le=1_000)] = DEFAULTS.max_words,
    speed: Speed = DEFAULTS.speed,
    cache_dir: str | None = DEFAULTS.cache_dir,
    speaker_voices: dict[str, str] | None = None,
    default_speaker_voices: dict[str, str] | None = None,
    file_stem: str = DEFAULTS.file_stem,
    loudness_lufs: Annotated[float, Field(ge=-40, le=-5)] | None = DEFAULTS.loudness_lufs,
    asr_sample: Annotated[int, Field(ge=-1)] | None = DEFAULTS.asr_sample,
    lexicon: str | None = DEFAULTS.lexicon,
    cover: str | None = DEFAULTS.cover,
    title: str | None = DEFAULTS.title,
    author: str | None = DEFAULTS.author,
    voiceai_dictionary_id: str | None = DEFAULTS.voiceai_dictionary_id,
    voiceai_dictionary_version: Annotated[int, Field(ge=1)] | None = DEFAULTS.voiceai_dictionary_version,
    credits: bool = DEFAULTS.credits,
    preset: PresetName = DEFAULTS.preset,
    chapters: Annotated[str, Field(pattern=r"^\s*\d+\s*(-\s*\d+\s*)?(,\s*\d+\s*(-\s*\d+\s*)?)*$")] | None = (
        DEFAULTS.chapters),
    preview_seconds: Annotated[int, Field(ge=5, le=3_600)] | None = DEFAULTS.preview_seconds,
    max_credits: Annotated[float, Field(ge=0)] | None = DEFAULTS.max_credits,
    qa_stop: Annotated[float, Field(ge=0, le=1)] = DEFAULTS.qa_stop,
    runner: RunnerName | None = DEFAULTS.runner,
    dask_address: str | None = DEFAULTS.dask_address,
    dask_workers: Annotated[int, Field(ge=1, le=256)] | None = DEFAULTS.dask_workers,
) -> dict:
    """Render a book (EPUB, PDF, Word, OpenDocument, FictionBook, HTML or a web page, text, Markdown, or a
    podcast script) into a chaptered audiobook; returns the run's totals.

    The parameters are `audiobook.settings.RenderOptions`, one to one, with its defaults.

    Args:
        source: Path of the book or script to read (.epub, .pdf, .docx, .odt, .fb2, .fb2.zip, .html, .mhtml,
            .txt, .md).
        output_dir: Folder for the audiobook (created if missing).
        engine: auto (piper when the Piper extra is installed, else espeak), espeak (espeak-ng, all 11
            languages), piper (neural English, espeak-ng for the rest) or voiceai
            (the Voice.ai API; key from AUDIOBOOK_VOICEAI_API_KEY or a Secret block).
        voice: Voice of the engine's main backend (an espeak voice such as en-gb, or a Voice.ai voice_id).
        transport: Voice.ai only: http, stream (HTTP streaming), ws (multi-context WebSocket) or ws-single.
        language: Force one language for the whole book; empty: detected per paragraph.
        dialect: The book's region, where it declares none or another: pt-BR (Brazil's numbers and espeak-ng voice),
            fr-BE, fr-CH (septante, nonante), en-GB, es-419 (espeak-ng's voices); empty: the one the book declares.
        formats: Outputs: m4b (chaptered book), mp3 (one file per chapter), mp3-single (one chaptered MP3),
            epub (a read-along EPUB 3 with Media Overlays: the book highlights each sentence as it is heard).
        sentence_pause_ms: Silence after a sentence, in milliseconds.
        paragraph_pause_ms: Silence after a paragraph, in milliseconds.
        scene_pause_ms: Silence at a scene break (a line such as "* * *", or a horizontal rule), in milliseconds.
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
        cover: A PNG or JPEG picture that is the book's cover, over its own (a manuscript or text book has none).
        title: The book's title, over what the book says or what was found; empty: the book's.
        author: The book's authors, separated by semicolons ("Ines Roca; Bo Roe"); empty: the book's.
        voiceai_dictionary_id: A Voice.ai pronunciation dictionary for every request.
        voiceai_dictionary_version: Its version; empty: the current one, pinned before any synthesis.
        credits: Add opening and closing credits (title, authors, narrating voice, in the book's language) as
            chapters and files of their own, as ACX asks.
        preset: standard, or acx: chapter MP3s as Audible's ACX requires (44.1 kHz, 192 kb/s CBR, RMS -23 to
            -18 dB, peaks under -3 dB, 0.75 s and 2 s of room tone); `audiobook check-acx` measures them.
        chapters: Render only these chapters, e.g. 1,3-5 (numbers as `audiobook inspect` shows them); the
            manifest lists them, and a later full render takes their segments from the cache. Empty: all.
        preview_seconds: Render only the first N seconds of each chapter (whole sentences) as chapter MP3s in
            output_dir/preview, to check voices and pronunciation before paying for the book. Empty: the book.
        max_credits: Refuse before any synthesis when the estimate for the segments not in the cache is
            higher, and stop before spending would pass it (Voice.ai credits; local engines are free).
        qa_stop: Stop the render when more than this share of new segments fail QA (after the first 30), naming
            the likely cause (wrong language or voice, broken engine); the cache keeps what was rendered. 0: never.
        runner: Where chapter tasks run: threads in this process, or a Dask cluster; empty: the worker's
            AUDIOBOOK_RUNNER, else threads.
        dask_address: Scheduler of an existing Dask cluster (tcp://host:8786); empty: AUDIOBOOK_DASK_ADDRESS,
            else a LocalCluster on this machine.
        dask_workers: Workers of that LocalCluster; empty: AUDIOBOOK_DASK_WORKERS, else 2.
    """
    job = build_job(source, output_dir, RenderOptions.of(locals()))
    started, logger = time.monotonic(), get_run_logger()
    # a run that fails before writing anything leaves no folder; one run at a time writes it
    with removed_if_left_empty(job.output_dir), \
            folder_held(job.output_dir, f"render-book {job.source}, flow run {flow_run.name}"):
        engine = job_engine(job.settings)
        check_before_work(job, engine)
        plan = plan_book_task(job.source, job.ingest, job.segmenting)
        chapter_count = len(plan.chapters)
        plan = select_chapters(plan, job.options.chapters)
        if job.options.preview_seconds:
            plan = preview_plan(plan, job.options.preview_seconds, job.settings.speed)
        if job.options.credits:
            plan = with_credits(plan, job.settings.engine, job.settings.voice)
        prepared = prepare_render(job, plan, engine)
        logger.info("%s: %d chapters, %d segments. Estimate: %s", plan.book.title, len(plan.chapters),
                    plan.segment_count, prepared.estimate.summary())
        note(f"Estimate: {prepared.estimate.summary()}")
        notes = _voice_notes(plan, prepared)
        for warning in notes:
            logger.warning(warning)
            note(f"Note: {warning}")
        set_total(plan.segment_count)

        timelines, rendered, book_files = _render_chapters(job, plan, prepared)
        document = deliver_book(plan, timelines, rendered, prepared.settings, job.output_dir, book_files,
                                render_seconds=time.monotonic() - started,
                                extra={"job": {"fingerprint": job.fingerprint}, "notes": notes,
                                       "estimate": prepared.estimate.to_json(),
                                       "chapters_rendered": {"chapters": [c.index for c in plan.chapters],
                                                             "of": chapter_count}})
        create_table_artifact(
            key="audiobook-chapters", description=f"Chapters of {plan.book.title}",
            table=[{"chapter": c["index"], "title": c["title"], "duration": clock(c["end_ms"] - c["start_ms"]),
                    "segments": len(c["segments"]), "language": c["language"]} for c in document["chapters"]])
        totals = document["totals"]
        logger.info("Wrote %s: %s of audio, %d segments (%d from cache); %d characters sent in %d generations "
                    "(%d retries), %d credits", job.output_dir, clock(totals["duration_ms"]), totals["segments"],
                    totals["segments_from_cache"], totals["characters_sent"], totals["generations"],
                    totals["retries"], totals["credits_used"])
        return {"output_dir": str(job.output_dir), "manifest": str(job.output_dir / "manifest.json"), **totals,
                "notes": notes}


def _voice_notes(plan: BookPlan, prepared: PreparedRender) -> list[str]:
    """A warning for each voice that reads two speakers or more of a script."""
    voices = {segment_id: at.voice for segment_id, at in prepared.addresses.items()}
    return [f"{listed(speakers)} are all read with the voice {voice}: a listener cannot tell them apart "
            "(give each a voice in the script's front matter, show.yaml or --speaker-voice)"
            for voice, speakers in sharing_a_voice((s for c in plan.chapters for s in c.segments), voices).items()]


def _render_chapters(job: RenderJob, plan: BookPlan, prepared: PreparedRender
                     ) -> tuple[list[ChapterTimeline], dict[int, list[RenderedSegment]], dict[str, str]]:
    """Every chapter as a task on the job's runner; the book file is encoded as chapters finish, in order."""
    total, settings, out = plan.segment_count, prepared.settings, job.output_dir
    progress_id = create_progress_artifact(progress=0.0, description=f"Segments rendered: {plan.book.title}")
    writer = BookWriter(settings, out, len(plan.chapters))
    try:
        tags = book_tags(plan, settings)
        with task_runner(job.runner) as pool:
            in_process = isinstance(pool, ThreadPoolTaskRunner)
            futures = {pool.submit(render_chapter_task, {
                "chapter": chapter, "addresses": {s.id: prepared.addresses[s.id] for s in chapter.segments},
                "tags": tags, "chapter_count": len(plan.chapters), "settings": settings,
                "output_dir": str(out)}): position for position, chapter in enumerate(plan.chapters)}
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
