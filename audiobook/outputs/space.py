"""Will the book fit? Free disk space checked before any synthesis.

The estimate is deliberately generous: speech at 14 characters a second (slower
than every engine here at speed 1.0), the cache's WAV entries (44,100 bytes a
second) for segments not cached yet, each output format at its bitrate, and the
book's scratch stream that exists beside the finished file until the remux ends.
"""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from audiobook.errors import OutputError
from audiobook.models import BookPlan, Segment
from audiobook.settings import RenderSettings
from audiobook.tts.base import PIPELINE_WIDTH

CHARACTERS_PER_SECOND = 14
MARGIN_BYTES = 32 << 20


def speech_seconds(segments: Sequence[Segment], speed: float) -> float:
    return sum(len(s.heard) for s in segments) / CHARACTERS_PER_SECOND / speed


def _bytes_per_second(bitrate: str) -> int:
    return int(float(bitrate.lower().removesuffix("k")) * 1000 / 8)


def output_bytes(seconds: float, settings: RenderSettings) -> int:
    """Chapter MP3s, the M4B and the single MP3; book files count twice (scratch + final)."""
    total = 0
    if "mp3" in settings.formats:
        total += seconds * _bytes_per_second(settings.mp3_bitrate)
    if "m4b" in settings.formats:
        total += 2 * seconds * _bytes_per_second(settings.aac_bitrate)
    if "mp3-single" in settings.formats:
        total += 2 * seconds * _bytes_per_second(settings.mp3_bitrate)
    return int(total)


def _existing(path: Path) -> Path:
    """`path`, or its nearest ancestor that exists (a folder this run will create)."""
    while not path.exists():
        path = path.parent
    return path


def check_free_space(plan: BookPlan, missing: Sequence[Segment], settings: RenderSettings, output_dir: Path,
                     cache_folder: Path | None) -> None:
    """OutputError naming the folder if the outputs (and new cache entries) will not fit."""
    book_seconds = speech_seconds([s for c in plan.chapters for s in c.segments], settings.speed)
    needs: dict[int, list[tuple[Path, int]]] = defaultdict(list)
    needs[os.stat(_existing(output_dir)).st_dev].append((output_dir, output_bytes(book_seconds, settings)))
    if cache_folder is not None:
        cache_bytes = int(speech_seconds(missing, settings.speed) * settings.sample_rate * PIPELINE_WIDTH)
        needs[os.stat(_existing(cache_folder)).st_dev].append((cache_folder, cache_bytes))
    for entries in needs.values():
        needed = sum(size for _, size in entries) + MARGIN_BYTES
        free = shutil.disk_usage(_existing(entries[0][0])).free
        if free < needed:
            names = " and ".join(str(path) for path, _ in entries)
            raise OutputError(f"{names}: not enough free disk space: about {_size(needed)} needed for "
                              f"{book_seconds / 3600:.1f} h of audio, {_size(free)} free")


def _size(count: int) -> str:
    return f"{count / 2**30:.1f} GiB" if count >= 2**30 else f"{count / 2**20:.0f} MiB"
