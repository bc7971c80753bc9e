"""The finished book's files, derived from the plan and the audio timelines: the audio is
verified first, then subtitles, the read-along EPUB, the Audiobookshelf sidecar, the report,
and the manifest last (its presence says the book is complete)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audiobook.audio.subtitles import write_subtitles
from audiobook.audio.timeline import ChapterTimeline
from audiobook.files import chapter_file_name
from audiobook.models import BookPlan
from audiobook.outputs.epubcheck import check_epub
from audiobook.outputs.manifest import build_manifest, write_manifest
from audiobook.outputs.readalong import write_readalong_epub
from audiobook.outputs.report import REPORT_FILE, write_report
from audiobook.outputs.sidecar import SIDECAR_FILE, write_sidecar
from audiobook.outputs.verify import verify_book
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache
from audiobook.synthesis.render import RenderedSegment


def deliver_book(plan: BookPlan, timelines: Sequence[ChapterTimeline], rendered: dict[int, Sequence[RenderedSegment]],
                 settings: RenderSettings, output_dir: Path, book_files: dict[str, str], *, render_seconds: float,
                 extra: dict[str, Any]) -> dict[str, Any]:
    """Verify the audio files, write everything derived from them, and return the manifest.

    `extra` goes into the manifest as it is (the job's fingerprint, the run's estimate)."""
    chapter_files = ([f"chapters/{chapter_file_name(c.index, c.title)}" for c in plan.chapters]
                     if "mp3" in settings.formats else [])
    verify_book(plan, timelines, SegmentCache(settings.cache_dir, settings.sample_rate), output_dir, book_files, chapter_files,
                settings.room_tone_ms)
    subtitles = write_subtitles(plan, timelines, settings, output_dir)
    outputs = {"m4b": book_files.get("m4b"), "mp3": book_files.get("mp3"), "chapter_files": chapter_files,
               "subtitles": subtitles, "report": REPORT_FILE, "sidecar": SIDECAR_FILE, "manifest": "manifest.json"}
    document = {**build_manifest(plan, timelines, rendered, settings, outputs, render_seconds), **extra}
    if "epub" in settings.formats:  # built from the manifest's timings, checked before the manifest says "done"
        epub, overlay = write_readalong_epub(plan, document, settings, output_dir)
        outputs.update(epub=epub, epub_overlay=overlay, epub_check=check_epub(output_dir / epub))
    write_sidecar(output_dir, document, plan.book.cover)
    write_report(output_dir, document)
    write_manifest(output_dir, document)
    return document
