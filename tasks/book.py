"""Tasks of the render-book flow. Each body is one call into the `audiobook` library.

No Prefect retries on synthesis: transient failures are retried inside the
library's client layer, and retrying a whole chapter here would multiply them.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from audiobook.audio.book import BookWriter
from audiobook.audio.chapters import write_chapter_mp3
from audiobook.audio.loudness import Loudness, measure_loudness, normalize_chapter
from audiobook.audio.tags import BookTags
from audiobook.audio.timeline import ChapterTimeline, chapter_timeline, stream_pcm
from audiobook.ingest import IngestOptions, read_book
from audiobook.models import BookPlan, ChapterPlan
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache
from audiobook.synthesis.render import RenderedSegment, SegmentAddress, render_segments
from audiobook.text.segmenter import SegmentOptions, plan_book
from audiobook.tts.registry import Engine, load_engine


@functools.lru_cache(maxsize=4)
def engine_for(name: str, voice: str | None, voices: tuple[tuple[str, str], ...],
               backend_options: tuple[tuple[str, tuple[tuple[str, object], ...]], ...]) -> Engine:
    """One engine (one loaded voice model, one HTTP session, one set of account slots) per
    process and configuration; a changed key, URL or plan is another configuration."""
    return load_engine(name, voice, dict(voices), backend_options={b: dict(o) for b, o in backend_options})


def job_engine(settings: RenderSettings) -> Engine:
    """The engine for these settings, loaded once per process."""
    options = tuple(sorted((backend, tuple(sorted(values.items())))
                           for backend, values in settings.backend_options().items()))
    return engine_for(settings.engine, settings.voice, tuple(sorted(settings.voices.items())), options)


@task(name="plan-book", cache_policy=NO_CACHE)
def plan_book_task(source: str, ingest: IngestOptions, segmenting: SegmentOptions) -> BookPlan:
    """Read the source and split it into segments."""
    return plan_book(read_book(source, ingest), segmenting)


@task(name="render-chapter", cache_policy=NO_CACHE, task_run_name="render-chapter-{chapter.index:03d}")
def render_chapter_task(chapter: ChapterPlan, addresses: dict[str, SegmentAddress], tags: BookTags,
                        chapter_count: int, settings: RenderSettings, output_dir: str
                        ) -> tuple[list[RenderedSegment], ChapterTimeline]:
    """Render a chapter's segments into the cache, then encode its MP3 if wanted.

    Takes the book's tags, not its whole plan: on a Dask cluster the arguments travel.
    """
    rendered = render_segments(chapter.segments, job_engine(settings), settings, addresses)
    timeline = chapter_timeline(chapter, rendered, settings, start_frame=0)
    if settings.loudness_lufs is not None:
        cache = SegmentCache(settings.cache_dir, settings.sample_rate)

        def measure(gain: float, limit: float | None) -> Loudness:
            return measure_loudness(stream_pcm([dataclasses.replace(timeline, gain_db=gain)], cache), limit,
                                    settings.sample_rate)

        measured, gain = normalize_chapter(measure, settings.loudness_lufs, settings.peak_limit_dbfs)
        timeline = dataclasses.replace(timeline, measured_lufs=measured, gain_db=gain)
    if "mp3" in settings.formats:
        write_chapter_mp3(chapter, timeline, tags, chapter_count, settings, Path(output_dir))
    return rendered, timeline


@task(name="write-book", cache_policy=NO_CACHE)
def finish_book_task(writer: BookWriter, plan: BookPlan, timelines: list[ChapterTimeline]) -> dict[str, str]:
    """Close the book's streams (encoded while chapters rendered) and add chapter markers and tags."""
    return writer.finish(plan, timelines)
