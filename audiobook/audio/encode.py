"""Streaming PCM into ffmpeg: chapter MP3s, and the book's M4B (AAC) with chapters.

One ffmpeg process per output file reads the pipeline PCM from a pipe, so no
chapter is ever held in memory. Chapter markers go in through an FFMETADATA file
(ffmpeg writes them as MP4 chapters, and as ID3 CHAP/CTOC frames in an MP3).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import ConfigurationError, OutputError
from ..tts.base import PIPELINE_CHANNELS, PIPELINE_RATE

_PCM_INPUT = ["-f", "s16le", "-ar", str(PIPELINE_RATE), "-ac", str(PIPELINE_CHANNELS), "-i", "pipe:0"]


def ffmpeg_program() -> str:
    program = shutil.which("ffmpeg")
    if not program:
        raise ConfigurationError("ffmpeg is not installed (Debian/Ubuntu: apt-get install ffmpeg)")
    return program


def _escape(value: str) -> str:
    for char in ("\\", "=", ";", "#", "\n"):
        value = value.replace(char, "\\" + char)
    return value


def ffmetadata(tags: dict[str, str], chapters: Sequence[tuple[str, int, int]]) -> str:
    """An FFMETADATA1 document: global tags, then chapters as (title, start, end) in samples."""
    lines = [";FFMETADATA1"]
    lines += [f"{key}={_escape(value)}" for key, value in tags.items() if value]
    for title, start, end in chapters:
        lines += ["[CHAPTER]", f"TIMEBASE=1/{PIPELINE_RATE}", f"START={start}", f"END={end}", f"title={_escape(title)}"]
    return "\n".join(lines) + "\n"


def run_encoder(arguments: list[str], pcm: Iterable[bytes], what: str) -> None:
    """Run ffmpeg with PCM on stdin; raise OutputError with ffmpeg's message on failure."""
    command = [ffmpeg_program(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *_PCM_INPUT, *arguments]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stdin is not None and process.stderr is not None
    try:
        for chunk in pcm:
            process.stdin.write(chunk)
        process.stdin.close()
    except BrokenPipeError:
        pass
    except BaseException:
        process.kill()
        process.wait()
        raise
    error = process.stderr.read().decode("utf-8", "replace").strip()
    if process.wait() != 0:
        raise OutputError(f"ffmpeg failed writing {what}: {error.splitlines()[-1] if error else 'unknown error'}")


def encode_mp3(pcm: Iterable[bytes], target: Path, bitrate: str) -> None:
    run_encoder(["-c:a", "libmp3lame", "-b:a", bitrate, "-f", "mp3", str(target)], pcm, target.name)


def encode_book(pcm: Iterable[bytes], metadata_file: Path, *, m4b: Path | None, mp3: Path | None, aac_bitrate: str,
                mp3_bitrate: str) -> None:
    """One pass over the book's PCM into an M4B and/or one chaptered MP3."""
    arguments = ["-f", "ffmetadata", "-i", str(metadata_file)]
    if m4b is not None:
        arguments += ["-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c:a", "aac", "-aac_coder", "fast", "-b:a", aac_bitrate,
                      "-f", "ipod", str(m4b)]
    if mp3 is not None:
        arguments += ["-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c:a", "libmp3lame", "-b:a",
                      mp3_bitrate, "-id3v2_version", "3", "-f", "mp3", str(mp3)]
    run_encoder(arguments, pcm, "the book")
