"""SubRip subtitles from segment timings: the book's, and one beside each chapter MP3."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from audiobook.audio.timeline import ChapterTimeline, frames_to_ms
from audiobook.files import chapter_file_name, write_bytes_atomic
from audiobook.models import BookPlan
from audiobook.settings import RenderSettings


def _timestamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def srt(cues: Iterable[tuple[int, int, str]], offset_ms: int = 0) -> str:
    """An SRT document from (start_ms, end_ms, text) cues, shifted by `offset_ms`."""
    blocks = []
    for number, (start, end, text) in enumerate(cues, start=1):
        blocks.append(f"{number}\n{_timestamp(start - offset_ms)} --> {_timestamp(end - offset_ms)}\n{text}\n")
    return "\n".join(blocks)


def write_subtitles(plan: BookPlan, timelines: Sequence[ChapterTimeline], settings: RenderSettings,
                    output_dir: Path) -> dict[str, Any]:
    """Book.srt on the book's timeline, and one .srt beside each chapter MP3."""
    texts = {s.id: s.text for c in plan.chapters for s in c.segments}
    book_cues = []
    book_name = f"{settings.file_stem}.srt"
    written: dict[str, Any] = {"book": book_name, "chapters": []}
    for timeline in timelines:
        cues = [(frames_to_ms(a), frames_to_ms(b), texts[sid]) for sid, a, b in timeline.segment_spans()]
        book_cues.extend(cues)
        if "mp3" in settings.formats:
            name = chapter_file_name(timeline.index, timeline.title).removesuffix(".mp3") + ".srt"
            write_bytes_atomic(output_dir / "chapters" / name,
                               srt(cues, offset_ms=frames_to_ms(timeline.start_frame)).encode("utf-8"))
            written["chapters"].append(f"chapters/{name}")
    write_bytes_atomic(output_dir / book_name, srt(book_cues).encode("utf-8"))
    return written
