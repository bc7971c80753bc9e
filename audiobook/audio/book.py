"""The whole book as one file (M4B, or a single MP3): encoded while chapters render, then
remuxed without re-encoding to add chapter markers and tags."""

from __future__ import annotations

import queue
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from audiobook.audio.encode import PcmEncoder, aac_arguments, add_chapters, ffmetadata, mp3_arguments
from audiobook.audio.loudness import limiter_arguments
from audiobook.audio.tags import book_tags, tag_book_mp3, tag_m4b
from audiobook.audio.timeline import ChapterTimeline, stream_pcm
from audiobook.errors import OutputError
from audiobook.files import atomic_path
from audiobook.models import BookPlan
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache


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
                                                                  name, rate=settings.sample_rate))
        self._cache = SegmentCache(settings.cache_dir, settings.sample_rate)
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
            tags = book_tags(plan, self.settings)
            assert self._scratch is not None
            metadata_file = self._scratch / "chapters.ffmeta"
            metadata_file.write_text(ffmetadata(
                {"title": tags.title, "album": tags.album, "artist": tags.artist, "album_artist": tags.artist,
                 "genre": tags.genre}, [(t.title, t.start_frame, t.end_frame) for t in timelines], self.settings.sample_rate),
                encoding="utf-8")
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
