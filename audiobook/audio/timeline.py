"""Where every segment and pause falls, in samples: the single source of all timings.

Chapter markers, file durations, manifest times and subtitles all derive from these
sample counts, so they agree with the audio exactly (milliseconds are rounded from
absolute sample positions, never accumulated).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy

from audiobook.models import ChapterPlan
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache
from audiobook.synthesis.render import RenderedSegment
from audiobook.tts.base import PIPELINE_RATE, PIPELINE_WIDTH

FLOAT_WIDTH = 4  # bytes per float32 sample fed to the encoders


@dataclass(frozen=True)
class Clip:
    """A stretch of a chapter: a cached segment (`key`) or silence (`key` None)."""

    key: str | None
    frames: int
    segment_id: str | None = None


@dataclass(frozen=True)
class ChapterTimeline:
    """A chapter's clips in order, and where the chapter starts in the book."""

    index: int
    title: str
    start_frame: int
    clips: tuple[Clip, ...]
    rate: int = PIPELINE_RATE  # frames per second
    gain_db: float = 0.0  # applied when streamed to the encoders (loudness normalization)
    measured_lufs: float | None = None  # the chapter's integrated loudness before the gain

    @property
    def frames(self) -> int:
        return sum(c.frames for c in self.clips)

    @property
    def end_frame(self) -> int:
        return self.start_frame + self.frames

    def ms(self, frames: int) -> int:
        """A frame position or count of this timeline in milliseconds."""
        return frames_to_ms(frames, self.rate)

    def segment_spans(self) -> Iterator[tuple[str, int, int]]:
        """(segment id, start, end) in book frames, pauses excluded."""
        position = self.start_frame
        for clip in self.clips:
            if clip.segment_id:
                yield clip.segment_id, position, position + clip.frames
            position += clip.frames


def on_book_timeline(chapters: Sequence[ChapterTimeline]) -> list[ChapterTimeline]:
    """The chapters, rendered each from frame 0, laid end to end in reading order."""
    placed: list[ChapterTimeline] = []
    frame = 0
    for chapter in chapters:
        placed.append(dataclasses.replace(chapter, start_frame=frame))
        frame = placed[-1].end_frame
    return placed


def frames_to_ms(frames: int, rate: int = PIPELINE_RATE) -> int:
    return round(frames * 1000 / rate)


def clock(ms: int) -> str:
    """H:MM:SS, for people (a duration in milliseconds, rounded to the second)."""
    seconds = round(ms / 1000)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _silence(ms: int, rate: int) -> int:
    return rate * ms // 1000


def chapter_timeline(chapter: ChapterPlan, rendered: Sequence[RenderedSegment], settings: RenderSettings,
                     start_frame: int) -> ChapterTimeline:
    """Lay out one chapter: each segment, then its sentence/paragraph/scene/chapter pause."""
    clips: list[Clip] = []
    last = len(chapter.segments) - 1
    for position, (segment, audio) in enumerate(zip(chapter.segments, rendered, strict=True)):
        clips.append(Clip(audio.cache_key, audio.frames, segment.id))
        if position == last:
            pause = settings.chapter_pause_ms
        elif segment.ends_scene:
            pause = settings.scene_pause_ms
        elif segment.ends_block:
            pause = settings.paragraph_pause_ms
        else:
            pause = settings.sentence_pause_ms
        if pause:
            clips.append(Clip(None, _silence(pause, settings.sample_rate)))
    return ChapterTimeline(chapter.index, chapter.title, start_frame, tuple(clips), rate=settings.sample_rate)


def stream_pcm(timelines: Sequence[ChapterTimeline], cache: SegmentCache, chunk_frames: int = PIPELINE_RATE * 10
               ) -> Iterator[bytes]:
    """The chapters' audio in order as float32 samples, each chapter's gain applied, one clip
    at a time (bounded memory). Float, so a gain never clips: the encoders' limiter holds peaks."""
    for timeline in timelines:
        scale = 10 ** (timeline.gain_db / 20) / 32768
        for clip in timeline.clips:
            if clip.key is None:
                remaining = clip.frames
                while remaining:
                    step = min(remaining, chunk_frames)
                    yield bytes(step * FLOAT_WIDTH)
                    remaining -= step
            else:
                pcm = cache.read_pcm(clip.key)
                if len(pcm) != clip.frames * PIPELINE_WIDTH:
                    raise ValueError(f"cached audio for segment {clip.segment_id} changed size")
                yield (numpy.frombuffer(pcm, dtype="<i2").astype("<f4") * numpy.float32(scale)).tobytes()
