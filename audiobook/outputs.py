"""Writing the finished audiobook: chapter MP3s, the M4B, subtitles and the manifest.

Every file is written under a temporary name and renamed into place; the manifest
is written last, so its presence means the book is complete.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from .audio.encode import encode_book, encode_mp3, ffmetadata
from .audio.subtitles import srt
from .audio.tags import BookTags, tag_book_mp3, tag_chapter_mp3, tag_m4b
from .audio.timeline import ChapterTimeline, frames_to_ms, stream_pcm
from .cache import SegmentCache
from .files import atomic_path, write_bytes_atomic, write_json_atomic
from .inspection import plan_document
from .models import BookPlan, ChapterPlan
from .render import RenderedSegment
from .settings import RenderSettings

MANIFEST_SCHEMA = "audiobook-manifest/1"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def chapter_file_name(index: int, title: str) -> str:
    """`NN - Title.mp3`, safe on every common filesystem."""
    safe = _UNSAFE.sub(" ", title).strip(" .") or f"Chapter {index}"
    return f"{index:02d} - {' '.join(safe.split())[:80]}.mp3"


def book_tags(plan: BookPlan) -> BookTags:
    return BookTags(title=plan.book.title, authors=plan.book.authors, cover=plan.book.cover)


def write_chapter_mp3(chapter: ChapterPlan, timeline: ChapterTimeline, plan: BookPlan, settings: RenderSettings,
                      output_dir: Path) -> Path:
    """Encode one chapter's MP3 (tagged) from the cache."""
    target = output_dir / "chapters" / chapter_file_name(chapter.index, chapter.title)
    cache = SegmentCache(settings.cache_path)
    with atomic_path(target) as temporary:
        encode_mp3(stream_pcm([timeline], cache), temporary, settings.mp3_bitrate)
        tag_chapter_mp3(temporary, book_tags(plan), title=chapter.title, track=chapter.index, total=len(plan.chapters))
    return target


def write_book_files(plan: BookPlan, timelines: Sequence[ChapterTimeline], settings: RenderSettings,
                     output_dir: Path) -> dict[str, str]:
    """The M4B and/or single MP3, in one encoding pass; returns their paths by format."""
    want_m4b = "m4b" in settings.formats
    want_mp3 = "mp3-single" in settings.formats
    if not (want_m4b or want_mp3):
        return {}
    tags = book_tags(plan)
    metadata = ffmetadata({"title": tags.title, "album": tags.title, "artist": tags.artist, "album_artist": tags.artist,
                           "genre": tags.genre},
                          [(t.title, t.start_frame, t.end_frame) for t in timelines])
    targets = {name: output_dir / name for name, wanted in (("Book.m4b", want_m4b), ("Book.mp3", want_mp3)) if wanted}
    with tempfile.TemporaryDirectory(prefix="audiobook-") as scratch, ExitStack() as stack:
        metadata_file = Path(scratch) / "chapters.ffmeta"
        metadata_file.write_text(metadata, encoding="utf-8")
        temporary = {name: stack.enter_context(atomic_path(target)) for name, target in targets.items()}
        encode_book(stream_pcm(timelines, SegmentCache(settings.cache_path)), metadata_file,
                    m4b=temporary.get("Book.m4b"), mp3=temporary.get("Book.mp3"),
                    aac_bitrate=settings.aac_bitrate, mp3_bitrate=settings.mp3_bitrate)
        if want_m4b:
            tag_m4b(temporary["Book.m4b"], tags)
        if want_mp3:
            tag_book_mp3(temporary["Book.mp3"], tags)
    return {("m4b" if name.endswith(".m4b") else "mp3"): name for name in targets}


def build_manifest(plan: BookPlan, timelines: Sequence[ChapterTimeline],
                   rendered: dict[int, Sequence[RenderedSegment]], settings: RenderSettings,
                   outputs: dict[str, Any], render_seconds: float) -> dict[str, Any]:
    """The plan document extended with audio fields (see README, "Manifest")."""
    document = plan_document(plan)
    by_chapter = {t.index: t for t in timelines}
    for chapter in document["chapters"]:
        timeline = by_chapter[chapter["index"]]
        spans = {sid: (start, end) for sid, start, end in timeline.segment_spans()}
        audio = {r.id: r for r in rendered[chapter["index"]]}
        chapter["start_ms"] = frames_to_ms(timeline.start_frame)
        chapter["end_ms"] = frames_to_ms(timeline.end_frame)
        chapter["file"] = (f"chapters/{chapter_file_name(chapter['index'], chapter['title'])}"
                           if "mp3" in settings.formats else None)
        for segment in chapter["segments"]:
            start, end = spans[segment["id"]]
            result = audio[segment["id"]]
            segment.update(start_ms=frames_to_ms(start), end_ms=frames_to_ms(end), voice=result.voice,
                           backend=result.backend, cache_key=result.cache_key, attempts=result.attempts,
                           from_cache=result.cached)
    document["schema"] = MANIFEST_SCHEMA
    document["settings"] = {
        "engine": settings.engine, "voice": settings.voice, "voices": settings.voices, "speed": settings.speed,
        "formats": list(settings.formats), "sentence_pause_ms": settings.sentence_pause_ms,
        "paragraph_pause_ms": settings.paragraph_pause_ms, "chapter_pause_ms": settings.chapter_pause_ms,
        "audio": {"sample_rate": 22050, "channels": 1, "mp3_bitrate": settings.mp3_bitrate,
                  "aac_bitrate": settings.aac_bitrate},
    }
    document["outputs"] = outputs
    end_frame = timelines[-1].end_frame if timelines else 0
    document["totals"].update(
        duration_ms=frames_to_ms(end_frame),
        render_seconds=round(render_seconds, 3),
        segments_synthesized=sum(1 for rs in rendered.values() for r in rs if not r.cached),
        segments_from_cache=sum(1 for rs in rendered.values() for r in rs if r.cached),
    )
    document["created_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return document


def write_subtitles(plan: BookPlan, timelines: Sequence[ChapterTimeline], settings: RenderSettings,
                    output_dir: Path) -> dict[str, Any]:
    """Book.srt on the book's timeline, and one .srt beside each chapter MP3."""
    texts = {s.id: s.text for c in plan.chapters for s in c.segments}
    book_cues = []
    written: dict[str, Any] = {"book": "Book.srt", "chapters": []}
    for timeline in timelines:
        cues = [(frames_to_ms(a), frames_to_ms(b), texts[sid]) for sid, a, b in timeline.segment_spans()]
        book_cues.extend(cues)
        if "mp3" in settings.formats:
            name = chapter_file_name(timeline.index, timeline.title).removesuffix(".mp3") + ".srt"
            write_bytes_atomic(output_dir / "chapters" / name,
                               srt(cues, offset_ms=frames_to_ms(timeline.start_frame)).encode("utf-8"))
            written["chapters"].append(f"chapters/{name}")
    write_bytes_atomic(output_dir / "Book.srt", srt(book_cues).encode("utf-8"))
    return written


def write_manifest(output_dir: Path, document: dict[str, Any]) -> Path:
    target = output_dir / "manifest.json"
    write_json_atomic(target, document)
    return target
