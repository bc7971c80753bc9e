"""Writing the finished audiobook: chapter MP3s, the M4B, subtitles and the manifest.

Every file is written under a temporary name and renamed into place; the manifest
is written last, so its presence means the book is complete.
"""

from __future__ import annotations

import queue
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .audio.encode import PcmEncoder, aac_arguments, add_chapters, encode_mp3, ffmetadata, mp3_arguments
from .audio.loudness import limiter_arguments
from .audio.subtitles import srt
from .audio.tags import BookTags, tag_book_mp3, tag_chapter_mp3, tag_m4b
from .audio.timeline import ChapterTimeline, frames_to_ms, stream_pcm
from .cache import SegmentCache
from .errors import OutputError
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
    book, episode = plan.book, plan.book.episode
    if episode is None:
        return BookTags(title=book.title, authors=book.authors, cover=book.cover, album=book.title,
                        description=book.description)
    return BookTags(title=book.title, authors=book.authors, cover=book.cover, genre="Podcast",
                    album=episode.show or book.title, track=episode.number, date=episode.published,
                    description=book.description)


def write_chapter_mp3(chapter: ChapterPlan, timeline: ChapterTimeline, tags: BookTags, chapter_count: int,
                      settings: RenderSettings, output_dir: Path) -> Path:
    """Encode one chapter's MP3 (tagged) from the cache."""
    target = output_dir / "chapters" / chapter_file_name(chapter.index, chapter.title)
    cache = SegmentCache(settings.cache_location)
    with atomic_path(target) as temporary:
        encode_mp3(stream_pcm([timeline], cache), temporary, settings.mp3_bitrate,
                   limiter_arguments(settings.peak_limit_dbfs))
        tag_chapter_mp3(temporary, tags, title=chapter.title, track=chapter.index, total=chapter_count)
    return target


class BookWriter:
    """Encodes the M4B and/or single MP3 while chapters are still rendering.

    `add` takes chapters as they finish, in any order; a feeder thread streams the
    finished prefix into one encoder per format, so encoding overlaps synthesis
    instead of following it. `finish` adds tags and chapter markers by a stream-copy
    remux and moves the files into place. Scratch files are hidden `.partial`
    names beside the outputs, removed on success and on `abort`.
    """

    def __init__(self, settings: RenderSettings, output_dir: Path, chapter_count: int) -> None:
        self.settings = settings
        self.output_dir = output_dir
        self._chapter_count = chapter_count
        self._pending: dict[int, ChapterTimeline] = {}
        self._next = 0
        self._queue: queue.Queue[ChapterTimeline | None] = queue.Queue()
        self._error: BaseException | None = None
        stem = settings.file_stem
        wanted = [(name, fmt) for name, fmt, key in ((f"{stem}.m4b", "ipod", "m4b"), (f"{stem}.mp3", "mp3", "mp3-single"))
                  if key in settings.formats]
        self._scratch = Path(tempfile.mkdtemp(prefix=".book-", suffix=".partial", dir=output_dir)) if wanted else None
        self._encoders: dict[str, tuple[str, Path, PcmEncoder]] = {}
        for name, container in wanted:
            assert self._scratch is not None
            stream = self._scratch / f"stream{Path(name).suffix}"
            codec = aac_arguments(settings.aac_bitrate) if container == "ipod" else mp3_arguments(settings.mp3_bitrate)
            filters = limiter_arguments(settings.peak_limit_dbfs)
            self._encoders[name] = (container, stream, PcmEncoder([*filters, *codec, "-f", container, str(stream)],
                                                                  name))
        self._cache = SegmentCache(settings.cache_location)
        self._feeder = threading.Thread(target=self._feed, name="book-encoder", daemon=True)
        if self._encoders:
            self._feeder.start()

    def add(self, position: int, timeline: ChapterTimeline) -> None:
        """Chapter number `position` (0-based, reading order) has finished rendering."""
        self._pending[position] = timeline
        while self._next in self._pending:
            self._queue.put(self._pending.pop(self._next))
            self._next += 1

    def _feed(self) -> None:
        while (timeline := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                for _, _, encoder in self._encoders.values():
                    encoder.write(stream_pcm([timeline], self._cache))
            except BaseException as exc:  # reported by finish()
                self._error = exc

    def finish(self, plan: BookPlan, timelines: Sequence[ChapterTimeline]) -> dict[str, str]:
        """Close the streams, add chapters and tags, move into place; paths by format."""
        if not self._encoders:
            return {}
        if self._next != self._chapter_count:
            raise OutputError(f"book incomplete: {self._next} of {self._chapter_count} chapters were encoded")
        self._queue.put(None)
        self._feeder.join()
        try:
            if self._error is not None:
                raise self._error
            for _, _, encoder in self._encoders.values():
                encoder.finish()
            tags = book_tags(plan)
            assert self._scratch is not None
            metadata_file = self._scratch / "chapters.ffmeta"
            metadata_file.write_text(ffmetadata(
                {"title": tags.title, "album": tags.album, "artist": tags.artist, "album_artist": tags.artist,
                 "genre": tags.genre}, [(t.title, t.start_frame, t.end_frame) for t in timelines]), encoding="utf-8")
            written = {}
            for name, (container, stream, _) in self._encoders.items():
                with atomic_path(self.output_dir / name) as temporary:
                    add_chapters(stream, metadata_file, temporary, container)
                    (tag_m4b if container == "ipod" else tag_book_mp3)(temporary, tags)
                written["m4b" if container == "ipod" else "mp3"] = name
            return written
        finally:
            self._cleanup()

    def abort(self) -> None:
        """Stop encoding and remove scratch files (a failed or interrupted run)."""
        self._error = self._error or OutputError("aborted")
        for _, _, encoder in self._encoders.values():
            encoder.abort()
        if self._feeder.is_alive():
            self._queue.put(None)
            self._feeder.join(timeout=10)
        self._cleanup()

    def _cleanup(self) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)


def usage_totals(rendered: Sequence[RenderedSegment]) -> dict[str, Any]:
    """What the render sent and spent: characters over every attempt, generations, the
    retries among them (a QA re-render is a generation, not a retry) and credits."""
    made = [r for r in rendered if not r.cached]
    generations = sum(r.attempts for r in made)
    kept = len(made) + sum(1 for r in made if r.check.rerendered)
    return {"characters_sent": sum(r.characters_sent for r in made), "generations": generations,
            "retries": generations - kept, "credits_used": round(sum(r.credits for r in made))}


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
        chapter["loudness"] = {"measured_lufs": timeline.measured_lufs, "gain_db": timeline.gain_db,
                               "target_lufs": settings.loudness_lufs}
        chapter["file"] = (f"chapters/{chapter_file_name(chapter['index'], chapter['title'])}"
                           if "mp3" in settings.formats else None)
        for segment in chapter["segments"]:
            start, end = spans[segment["id"]]
            result = audio[segment["id"]]
            segment.update(start_ms=frames_to_ms(start), end_ms=frames_to_ms(end), voice=result.voice,
                           backend=result.backend, cache_key=result.cache_key, attempts=result.attempts,
                           from_cache=result.cached)
            if result.check.worth_keeping:
                segment["qa"] = result.check.to_json()
    document["schema"] = MANIFEST_SCHEMA
    document["settings"] = {
        "engine": settings.engine, "voice": settings.voice, "voices": settings.voices, "speakers": settings.speakers,
        "speed": settings.speed,
        "formats": list(settings.formats), "sentence_pause_ms": settings.sentence_pause_ms,
        "paragraph_pause_ms": settings.paragraph_pause_ms, "chapter_pause_ms": settings.chapter_pause_ms,
        "audio": {"sample_rate": 22050, "channels": 1, "mp3_bitrate": settings.mp3_bitrate,
                  "aac_bitrate": settings.aac_bitrate, "loudness_lufs": settings.loudness_lufs,
                  "peak_limit_dbfs": settings.peak_limit_dbfs},
    }
    document["outputs"] = outputs
    end_frame = timelines[-1].end_frame if timelines else 0
    checks = [r.check for rs in rendered.values() for r in rs]
    recognized = [c for c in checks if c.wer is not None and c.words]
    document["totals"].update(
        flagged_segments=sum(1 for c in checks if c.flags),
        rerendered_segments=sum(1 for c in checks if c.rerendered),
        asr_checked_segments=len(recognized),
        wer=(round(sum(c.wer * c.words for c in recognized) / sum(c.words for c in recognized), 3)  # type: ignore[operator]
             if recognized else None),
        duration_ms=frames_to_ms(end_frame),
        render_seconds=round(render_seconds, 3),
        segments_synthesized=sum(1 for rs in rendered.values() for r in rs if not r.cached),
        segments_from_cache=sum(1 for rs in rendered.values() for r in rs if r.cached),
        **usage_totals([r for rs in rendered.values() for r in rs]),
    )
    document["created_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return document


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


def write_manifest(output_dir: Path, document: dict[str, Any]) -> Path:
    target = output_dir / "manifest.json"
    write_json_atomic(target, document)
    return target
