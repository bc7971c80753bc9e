"""One chapter's MP3: encoded from the segment cache through the limiter, then tagged."""

from __future__ import annotations

from pathlib import Path

from audiobook.audio.encode import encode_mp3
from audiobook.audio.loudness import limiter_arguments
from audiobook.audio.tags import BookTags, tag_chapter_mp3
from audiobook.audio.timeline import ChapterTimeline, stream_pcm
from audiobook.files import atomic_path, chapter_file_name
from audiobook.models import ChapterPlan
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache


def write_chapter_mp3(chapter: ChapterPlan, timeline: ChapterTimeline, tags: BookTags, chapter_count: int,
                      settings: RenderSettings, output_dir: Path) -> Path:
    """Encode one chapter's MP3 (tagged) from the cache."""
    target = output_dir / "chapters" / chapter_file_name(chapter.index, chapter.title)
    cache = SegmentCache(settings.cache_dir, settings.sample_rate)
    with atomic_path(target) as temporary:
        encode_mp3(stream_pcm([timeline], cache), temporary, settings.mp3_bitrate,
                   limiter_arguments(settings.peak_limit_dbfs, settings.room_tone_ms), settings.mp3_sample_rate,
                   input_rate=settings.sample_rate)
        tag_chapter_mp3(temporary, tags, title=chapter.title, track=chapter.index, total=chapter_count)
    return target
