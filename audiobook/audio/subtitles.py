"""Subtitles from segment timings, as SubRip and WebVTT: the book's, and one of each beside
each chapter MP3 (WebVTT is what browsers and most web players read)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from audiobook.audio.timeline import ChapterTimeline
from audiobook.files import chapter_file_name, write_bytes_atomic
from audiobook.models import BookPlan
from audiobook.settings import RenderSettings


def _timestamp(ms: int, separator: str = ",") -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def srt(cues: Iterable[tuple[int, int, str]], offset_ms: int = 0) -> str:
    """An SRT document from (start_ms, end_ms, text) cues, shifted by `offset_ms`."""
    blocks = []
    for number, (start, end, text) in enumerate(cues, start=1):
        blocks.append(f"{number}\n{_timestamp(start - offset_ms)} --> {_timestamp(end - offset_ms)}\n{text}\n")
    return "\n".join(blocks)


def _vtt_text(text: str) -> str:
    """Cue text as WebVTT requires: &, < and > escaped (so "-->" cannot appear either)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vtt(cues: Iterable[tuple[int, int, str]], offset_ms: int = 0) -> str:
    """A WebVTT document from (start_ms, end_ms, text) cues, shifted by `offset_ms`; cue ids count from 1."""
    blocks = ["WEBVTT\n"]
    for number, (start, end, text) in enumerate(cues, start=1):
        blocks.append(f"{number}\n{_timestamp(start - offset_ms, '.')} --> {_timestamp(end - offset_ms, '.')}\n"
                      f"{_vtt_text(text)}\n")
    return "\n".join(blocks)


def write_subtitles(plan: BookPlan, timelines: Sequence[ChapterTimeline], settings: RenderSettings,
                    output_dir: Path) -> dict[str, Any]:
    """Book.srt and Book.vtt on the book's timeline, and an .srt and a .vtt beside each chapter MP3."""
    texts = {s.id: s.text for c in plan.chapters for s in c.segments}
    book_cues = []
    written: dict[str, Any] = {"book": f"{settings.file_stem}.srt", "book_vtt": f"{settings.file_stem}.vtt",
                               "chapters": [], "chapters_vtt": []}
    for timeline in timelines:
        cues = [(timeline.ms(a), timeline.ms(b), texts[sid]) for sid, a, b in timeline.segment_spans()]
        book_cues.extend(cues)
        if "mp3" in settings.formats:
            stem = chapter_file_name(timeline.index, timeline.title).removesuffix(".mp3")
            offset = timeline.ms(timeline.start_frame) - settings.room_tone_ms[0]  # the file opens with room tone
            write_bytes_atomic(output_dir / "chapters" / f"{stem}.srt", srt(cues, offset).encode("utf-8"))
            write_bytes_atomic(output_dir / "chapters" / f"{stem}.vtt", vtt(cues, offset).encode("utf-8"))
            written["chapters"].append(f"chapters/{stem}.srt")
            written["chapters_vtt"].append(f"chapters/{stem}.vtt")
    write_bytes_atomic(output_dir / written["book"], srt(book_cues).encode("utf-8"))
    write_bytes_atomic(output_dir / written["book_vtt"], vtt(book_cues).encode("utf-8"))
    return written
