"""Check a finished book before it is declared done (before the manifest is written).

Every segment of the plan is on the timeline, in reading order, and its cache entry
holds exactly the audio the timeline counted; every audio file lasts what the
timeline says (within 50 ms); the M4B and single MP3 carry one marker per chapter at
the timeline's chapter starts. A file that fails is removed, so nothing that looks
finished is left behind.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

from audiobook.audio.encode import ffprobe_program
from audiobook.audio.timeline import ChapterTimeline
from audiobook.errors import OutputError
from audiobook.models import BookPlan
from audiobook.synthesis.cache import SegmentCache

TOLERANCE_MS = 50
MARKER_TOLERANCE_MS = 1


def _probe(path: Path) -> dict:
    result = subprocess.run([ffprobe_program(), "-v", "error", "-print_format", "json", "-show_chapters",
                             "-show_entries", "stream=duration,start_time", str(path)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise OutputError(f"{path}: failed verification: unreadable ({result.stderr.strip()[:200]})")
    return json.loads(result.stdout)


def _duration_ms(probe: dict) -> float:
    stream = probe["streams"][0]
    return (float(stream["duration"]) - float(stream.get("start_time") or 0)) * 1000


def check_timeline(plan: BookPlan, timelines: Sequence[ChapterTimeline], cache: SegmentCache) -> None:
    """Segments in plan order, each cached with the length the timeline counted."""
    planned = [s.id for c in plan.chapters for s in c.segments]
    laid_out = [sid for t in timelines for sid, _, _ in t.segment_spans()]
    if laid_out != planned:
        missing = sorted(set(planned) - set(laid_out))
        raise OutputError(f"{plan.book.source}: failed verification: the timeline does not hold every segment in "
                          f"order ({len(laid_out)} of {len(planned)}; first missing: {missing[:1] or 'none'})")
    for timeline in timelines:
        for clip in timeline.clips:
            if clip.key is not None and cache.frames(clip.key) != clip.frames:
                raise OutputError(f"{cache.location}: failed verification: the cached audio of segment "
                                  f"{clip.segment_id} is missing or changed")


def check_audio_file(path: Path, expected_ms: int, chapter_starts_ms: Sequence[int] | None = None) -> None:
    """The file lasts `expected_ms` and, if given, has chapter markers at those starts."""
    probe = _probe(path)
    problem = None
    duration = _duration_ms(probe) if probe.get("streams") else 0.0
    if abs(duration - expected_ms) > TOLERANCE_MS:
        problem = f"lasts {duration:.0f} ms, the timeline says {expected_ms} ms"
    elif chapter_starts_ms is not None:
        # sorted: ID3 stores CHAP frames in any order (the CTOC frame gives the order)
        starts = sorted(float(c["start_time"]) * 1000 for c in probe.get("chapters", []))
        if len(starts) != len(chapter_starts_ms):
            problem = f"has {len(starts)} chapter markers, the book has {len(chapter_starts_ms)} chapters"
        elif any(abs(a - b) > MARKER_TOLERANCE_MS for a, b in zip(starts, chapter_starts_ms, strict=True)):
            problem = "its chapter markers are not at the chapter starts"
    if problem:
        path.unlink(missing_ok=True)
        raise OutputError(f"{path}: failed verification: {problem}")


def verify_book(plan: BookPlan, timelines: Sequence[ChapterTimeline], cache: SegmentCache, output_dir: Path,
                book_files: dict[str, str], chapter_files: Sequence[str], room_tone_ms: tuple[int, int] = (0, 0)
                ) -> int:
    """All checks; returns the number of audio files verified. OutputError on the first failure."""
    check_timeline(plan, timelines, cache)
    starts = [t.ms(t.start_frame) for t in timelines]
    total = timelines[-1].ms(timelines[-1].end_frame) if timelines else 0
    for name in book_files.values():
        check_audio_file(output_dir / name, total, starts)
    if chapter_files and len(chapter_files) != len(timelines):
        raise OutputError(f"{output_dir}: failed verification: {len(chapter_files)} chapter files for "
                          f"{len(timelines)} chapters")
    for name, timeline in zip(chapter_files, timelines):
        check_audio_file(output_dir / name, timeline.ms(timeline.end_frame) - timeline.ms(timeline.start_frame)
                         + sum(room_tone_ms))
    return len(book_files) + len(chapter_files)
