"""Content-addressed cache of rendered segments, as WAV files in the pipeline format.

Key = hash of (backend identity, model, voice, language, synthesis options,
normalized text, audio format). A re-run renders only what is missing. Entries are
written atomically and checked on read; a damaged entry counts as missing.
"""

from __future__ import annotations

import hashlib
import json
import wave
from dataclasses import asdict
from pathlib import Path

from .files import atomic_path
from .tts.base import PIPELINE_CHANNELS, PIPELINE_FORMAT, PIPELINE_RATE, PIPELINE_WIDTH, SynthesisOptions


def cache_key(*, backend: str, model: str, voice: str, language: str, options: SynthesisOptions, text: str) -> str:
    """The content address of one segment's audio."""
    material = json.dumps(
        {"backend": backend, "model": model, "voice": voice, "language": language, "options": asdict(options),
         "text": " ".join(text.split()), "format": PIPELINE_FORMAT},
        sort_keys=True, ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class SegmentCache:
    """A folder of `<key[:2]>/<key>.wav` files."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def frames(self, key: str) -> int | None:
        """Sample count of a valid entry, or None if missing or damaged."""
        path = self.path_for(key)
        try:
            with wave.open(str(path), "rb") as clip:
                if (clip.getframerate(), clip.getnchannels(), clip.getsampwidth()) != (PIPELINE_RATE, PIPELINE_CHANNELS,
                                                                                     PIPELINE_WIDTH):
                    return None
                frames = clip.getnframes()
            expected = 44 + frames * PIPELINE_WIDTH * PIPELINE_CHANNELS
            if frames <= 0 or path.stat().st_size < expected:
                return None
            return frames
        except (OSError, EOFError, wave.Error):
            return None

    def read_pcm(self, key: str) -> bytes:
        with wave.open(str(self.path_for(key)), "rb") as clip:
            return clip.readframes(clip.getnframes())

    def put(self, key: str, pcm: bytes) -> int:
        """Store pipeline PCM under `key`; returns its sample count."""
        target = self.path_for(key)
        with atomic_path(target) as temporary:
            with wave.open(str(temporary), "wb") as clip:
                clip.setnchannels(PIPELINE_CHANNELS)
                clip.setsampwidth(PIPELINE_WIDTH)
                clip.setframerate(PIPELINE_RATE)
                clip.writeframes(pcm)
        return len(pcm) // (PIPELINE_WIDTH * PIPELINE_CHANNELS)
