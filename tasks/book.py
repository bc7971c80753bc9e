"""Tasks of the render-book flow. Each body is one call into the `audiobook` library.

No Prefect retries on synthesis: transient failures are retried inside the
library's client layer, and retrying a whole chapter here would multiply them.
"""

from __future__ import annotations

import functools
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from audiobook.audio.timeline import ChapterTimeline, chapter_timeline
from audiobook.ingest import IngestOptions, read_book
from audiobook.models import BookPlan, ChapterPlan
from audiobook.outputs import write_book_files, write_chapter_mp3
from audiobook.render import RenderedSegment, render_segments
from audiobook.segmenter import SegmentOptions, plan_book
from audiobook.settings import RenderSettings
from audiobook.tts.registry import Engine, load_engine


@functools.lru_cache(maxsize=4)
def engine_for(name: str, voice: str | None, voices: tuple[tuple[str, str], ...]) -> Engine:
    """One engine (and so one loaded voice model) per process and configuration."""
    return load_engine(name, voice, dict(voices))


def settings_engine(settings: RenderSettings) -> Engine:
    return engine_for(settings.engine, settings.voice, tuple(sorted(settings.voices.items())))


@task(name="plan-book", cache_policy=NO_CACHE)
def plan_book_task(source: str, ingest: IngestOptions, segmenting: SegmentOptions) -> BookPlan:
    """Read the source and split it into segments."""
    return plan_book(read_book(source, ingest), segmenting)


@task(name="render-chapter", cache_policy=NO_CACHE, task_run_name="render-chapter-{chapter.index:03d}")
def render_chapter_task(chapter: ChapterPlan, plan: BookPlan, settings: RenderSettings,
                        output_dir: str) -> tuple[list[RenderedSegment], ChapterTimeline]:
    """Render a chapter's segments into the cache, then encode its MP3 if wanted."""
    rendered = render_segments(chapter.segments, settings_engine(settings), settings)
    timeline = chapter_timeline(chapter, rendered, settings, start_frame=0)
    if "mp3" in settings.formats:
        write_chapter_mp3(chapter, timeline, plan, settings, Path(output_dir))
    return rendered, timeline


@task(name="write-book", cache_policy=NO_CACHE)
def write_book_task(plan: BookPlan, timelines: list[ChapterTimeline], settings: RenderSettings,
                    output_dir: str) -> dict[str, str]:
    """Encode the M4B (and single MP3) in one pass over the cached segments."""
    return write_book_files(plan, timelines, settings, Path(output_dir))
