"""Content-addressed cache of rendered segments, as WAV files in the pipeline format.

Key = hash of (backend identity, model, voice, language, synthesis options,
normalized text, audio format). A re-run renders only what is missing. Entries are
written atomically and checked on read; a damaged entry counts as missing.

The location is a local folder or any fsspec URL (`file:///mnt/shared/cache`,
`s3://bucket/cache`, ...), so several workers can share one cache.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import wave
from dataclasses import asdict
from pathlib import Path

import fsspec
from fsspec.implementations.local import LocalFileSystem

from audiobook.errors import ConfigurationError
from audiobook.tts.base import PIPELINE_CHANNELS, PIPELINE_RATE, PIPELINE_WIDTH, SynthesisOptions, pcm_format

_WAV_HEADER = 44


def cache_key(*, backend: str, model: str, voice: str, language: str, options: SynthesisOptions, text: str) -> str:
    """The content address of one segment's audio.

    ("extra" is a field options had until backend settings moved into `backend`; it stays
    in the material so that every key written before keeps its address. The sample rate is
    in "format", where it always was, not among the options.)"""
    knobs = asdict(options)
    rate = knobs.pop("sample_rate")
    material = json.dumps(
        {"backend": backend, "model": model, "voice": voice, "language": language, "options": {"extra": [], **knobs},
         "text": " ".join(text.split()), "format": pcm_format(rate)},
        sort_keys=True, ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def is_url(location: str) -> bool:
    return "://" in location


def _wav_bytes(pcm: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as clip:
        clip.setnchannels(PIPELINE_CHANNELS)
        clip.setsampwidth(PIPELINE_WIDTH)
        clip.setframerate(rate)
        clip.writeframes(pcm)
    return buffer.getvalue()


class SegmentCache:
    """`<key[:2]>/<key>.wav` files under a folder or fsspec URL, at one sample rate (the job's)."""

    def __init__(self, location: str | Path, rate: int = PIPELINE_RATE) -> None:
        self.location = str(location)
        self.rate = rate
        try:
            self._fs, root = fsspec.core.url_to_fs(self.location)
        except (ImportError, ValueError) as exc:  # unknown protocol, or its package is not installed
            raise ConfigurationError(f"segment cache {self.location}: {exc}") from exc
        self._root = root.rstrip("/")
        self.is_local = isinstance(self._fs, LocalFileSystem)

    def path_for(self, key: str) -> str:
        return f"{self._root}/{key[:2]}/{key}.wav"

    def frames(self, key: str) -> int | None:
        """Sample count of a valid entry, or None if missing or damaged."""
        path = self.path_for(key)
        try:
            with self._fs.open(path, "rb") as handle, wave.open(handle, "rb") as clip:
                if (clip.getframerate(), clip.getnchannels(), clip.getsampwidth()) != (self.rate, PIPELINE_CHANNELS,
                                                                                     PIPELINE_WIDTH):
                    return None
                frames = clip.getnframes()
            if frames <= 0 or self._fs.size(path) < _WAV_HEADER + frames * PIPELINE_WIDTH * PIPELINE_CHANNELS:
                return None
            return frames
        except (OSError, EOFError, wave.Error):  # FileNotFoundError included
            return None

    def has(self, key: str) -> bool:
        """An entry exists (cheap; `frames` also checks it)."""
        return bool(self._fs.exists(self.path_for(key)))

    def read_pcm(self, key: str) -> bytes:
        with self._fs.open(self.path_for(key), "rb") as handle, wave.open(handle, "rb") as clip:
            return clip.readframes(clip.getnframes())

    def put(self, key: str, pcm: bytes) -> int:
        """Store pipeline PCM under `key`; returns its sample count.

        Written under a unique temporary name, then moved: a reader (or another
        worker) never sees a half-written entry.
        """
        target = self.path_for(key)
        temporary = f"{self._root}/{key[:2]}/.{key}.{uuid.uuid4().hex}.partial"
        self._fs.makedirs(f"{self._root}/{key[:2]}", exist_ok=True)
        try:
            self._fs.pipe_file(temporary, _wav_bytes(pcm, self.rate))
            self._fs.mv(temporary, target)
        finally:
            if self._fs.exists(temporary):
                self._fs.rm(temporary)
        return len(pcm) // (PIPELINE_WIDTH * PIPELINE_CHANNELS)

    def read_note(self, key: str) -> dict | None:
        """The QA note kept beside an entry (`<key>.qa.json`), if any."""
        try:
            return json.loads(self._fs.cat_file(f"{self.path_for(key)[:-4]}.qa.json"))
        except (OSError, ValueError):  # FileNotFoundError included
            return None

    def write_note(self, key: str, note: dict) -> None:
        target = f"{self.path_for(key)[:-4]}.qa.json"
        temporary = f"{target}.{uuid.uuid4().hex}.partial"
        self._fs.pipe_file(temporary, json.dumps(note, ensure_ascii=False).encode("utf-8"))
        self._fs.mv(temporary, target)

    def writable_problem(self) -> str | None:
        """Why entries cannot be stored here, or None if they can."""
        probe = f"{self._root}/.write-probe-{uuid.uuid4().hex}"
        try:
            self._fs.makedirs(self._root, exist_ok=True)
            self._fs.pipe_file(probe, b"")
            self._fs.rm(probe)
        except (OSError, PermissionError) as exc:
            return str(getattr(exc, "strerror", None) or exc)
        return None

    def local_folder(self) -> Path | None:
        """The folder on this machine, for free-space checks; None for remote storage."""
        return Path(self._root) if self.is_local else None
