"""The synthesis interface every backend implements, and the audio it returns.

A backend turns one piece of text into audio that knows its own format. The
pipeline converts that audio to its one internal format (PIPELINE_RATE Hz mono
16-bit PCM) with pydub, so backends may return WAV, MP3 or raw PCM.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Protocol

from audiobook.retry import RetryLimits
from audiobook.text.espeak_ready import espeak_ready
from audiobook.text.lexicon import engine_markup

PIPELINE_RATE = 22_050  # the default; a job may run at another rate (RenderSettings.sample_rate)
HIGH_RATE = 44_100  # the ACX preset's: its files are 44.1 kHz, so engines that offer it are asked for it
PIPELINE_CHANNELS = 1
PIPELINE_WIDTH = 2  # bytes per sample


def pcm_format(rate: int) -> str:
    return f"pcm_s16le_{rate}_mono"


PIPELINE_FORMAT = pcm_format(PIPELINE_RATE)


@dataclass(frozen=True)
class Audio:
    """Encoded or raw audio. `format` is a pydub/ffmpeg format name ("wav", "mp3")
    or "pcm" for raw signed 16-bit little-endian, which then needs `sample_rate`."""

    data: bytes
    format: str
    sample_rate: int | None = None
    channels: int = 1

    def to_pipeline_pcm(self, rate: int = PIPELINE_RATE) -> bytes:
        """Decode and resample to the pipeline's format at `rate` (one clip; never a chapter)."""
        from pydub import AudioSegment

        if self.format == "pcm":
            if self.sample_rate is None:
                raise ValueError("raw PCM audio needs a sample rate")
            clip = AudioSegment(data=self.data, sample_width=2, frame_rate=self.sample_rate, channels=self.channels)
        else:
            clip = AudioSegment.from_file(io.BytesIO(self.data), format=self.format)
        clip = clip.set_channels(PIPELINE_CHANNELS).set_sample_width(PIPELINE_WIDTH).set_frame_rate(rate)
        return clip.raw_data


@dataclass(frozen=True)
class SynthesisOptions:
    """Knobs that change the sound; all of them go into the cache key."""

    speed: float = 1.0
    model: str | None = None  # the segment's Voice.ai model; local engines have one model each
    sample_rate: int = PIPELINE_RATE  # the job's: a backend that offers it is asked for it (never resampled up)


class Synthesizer(Protocol):
    """What the pipeline needs from a backend: every member is part of the contract, so the
    render path never asks a backend what it can do and never looks at its name."""

    name: str
    max_concurrency: int  # segments it can render at once in this process
    phoneme_style: str | None  # how [[phonemes]] reach it ("espeak", "ipa"), None: as words
    retries: RetryLimits  # the one retry layer's limits for this backend's failures
    recognizable: bool  # the offline speech recognizer can read its English (QA's WER sample)

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        """The voice used for `language` when the user names none; `dialect` is the book's region ("pt-BR",
        `audiobook.text.dialects`), for a backend that has a voice for it."""
        ...

    def identity(self) -> str:
        """Engine, model version and anything else that changes the sound: part of every cache key."""
        ...

    def knows_voice(self, voice: str) -> bool:
        """Whether `voice` is one of this backend's (a script speaker's voice picks the backend that has
        it); a remote backend says yes and checks its account's voices in `preflight`."""
        ...

    def preflight(self, voices: set[str]) -> None:
        """Fail before any synthesis on what can be checked up front (a key, a voice)."""
        ...

    def credits(self, audio_seconds: float) -> float:
        """What `audio_seconds` of generated speech costs on the backend's account (0 when free)."""
        ...

    def engine_text(self, heard: str, language: str) -> str:
        """What is sent for a segment heard as `heard`: its pronunciation marks in the backend's notation
        (`lexicon.engine_markup`), and whatever else the backend's reading needs."""
        ...

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        """Audio for `text`, one attempt; raises SynthesisError subclasses on failure."""
        ...

    def close(self) -> None:
        """Release connections and sessions."""
        ...


class LocalSynthesizer:
    """Defaults for the engines that run on this machine: free, nothing to check up front."""

    phoneme_style: str | None = None
    retries = RetryLimits()
    recognizable = True

    def preflight(self, voices: set[str]) -> None:
        return None

    def credits(self, audio_seconds: float) -> float:
        return 0.0

    def engine_text(self, heard: str, language: str) -> str:
        """espeak-ng reads the text, or phonemizes it for Piper: what it misreads is written as it reads it."""
        return engine_markup(espeak_ready(heard, language), self.phoneme_style, language)

    def close(self) -> None:
        return None


def fix_wav_sizes(data: bytes) -> bytes:
    """A WAV written to a pipe or a stream (espeak-ng, streamed HTTP) may carry
    placeholder sizes in its header; set the real ones."""
    if len(data) < 44 or data[:4] != b"RIFF" or data[36:40] != b"data":
        return data
    body = len(data) - 44
    return b"RIFF" + (body + 36).to_bytes(4, "little") + data[8:40] + body.to_bytes(4, "little") + data[44:]


# Plausible speech, for the check every clip passes before it is accepted.
MAX_LETTERS_PER_SECOND = 60.0
MIN_LETTERS_PER_SECOND = 1.0
MIN_SECONDS = 0.05
SLACK_SECONDS = 5.0


def implausible_duration(seconds: float, text: str, speed: float = 1.0) -> str | None:
    """Why `seconds` of audio cannot be `text` spoken at `speed`, or None if it can."""
    letters = sum(ch.isalnum() for ch in text)
    if seconds < MIN_SECONDS or (letters and seconds * speed < letters / MAX_LETTERS_PER_SECOND):
        return f"clip of {seconds:.2f}s is too short for {letters} letters"
    if seconds * speed > SLACK_SECONDS + letters / MIN_LETTERS_PER_SECOND:
        return f"clip of {seconds:.2f}s is too long for {letters} letters"
    return None
