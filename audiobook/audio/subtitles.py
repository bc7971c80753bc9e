"""SubRip subtitles from segment timings."""

from __future__ import annotations

from collections.abc import Iterable


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
