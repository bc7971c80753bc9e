"""The synthesis interface every backend implements, and the audio it returns.

A backend turns one piece of text into audio that knows its own format. The
pipeline converts that audio to its one internal format (PIPELINE_RATE Hz mono
16-bit PCM) with pydub, so backends may return WAV, MP3 or raw PCM.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Protocol

PIPELINE_RATE = 22_050
PIPELINE_CHANNELS = 1
PIPELINE_WIDTH = 2  # bytes per sample
PIPELINE_FORMAT = f"pcm_s16le_{PIPELINE_RATE}_mono"


@dataclass(frozen=True)
class Audio:
    """Encoded or raw audio. `format` is a pydub/ffmpeg format name ("wav", "mp3")
    or "pcm" for raw signed 16-bit little-endian, which then needs `sample_rate`."""

    data: bytes
    format: str
    sample_rate: int | None = None
    channels: int = 1

    def to_pipeline_pcm(self) -> bytes:
        """Decode and resample to the pipeline's format (one clip; never a chapter)."""
        from pydub import AudioSegment

        if self.format == "pcm":
            if self.sample_rate is None:
                raise ValueError("raw PCM audio needs a sample rate")
            clip = AudioSegment(data=self.data, sample_width=2, frame_rate=self.sample_rate, channels=self.channels)
        else:
            clip = AudioSegment.from_file(io.BytesIO(self.data), format=self.format)
        clip = clip.set_channels(PIPELINE_CHANNELS).set_sample_width(PIPELINE_WIDTH).set_frame_rate(PIPELINE_RATE)
        return clip.raw_data


@dataclass(frozen=True)
class SynthesisOptions:
    """Knobs that change the sound; all of them go into the cache key."""

    speed: float = 1.0
    extra: tuple[tuple[str, str], ...] = field(default_factory=tuple)


class Synthesizer(Protocol):
    """What the pipeline needs from a backend."""

    name: str
    max_concurrency: int

    def default_voice(self, language: str) -> str:
        """The voice used for `language` when the user names none."""
        ...

    def identity(self) -> str:
        """Engine and model version: part of every cache key."""
        ...

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        """Audio for `text`; raises SynthesisError subclasses on failure."""
        ...
