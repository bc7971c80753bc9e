"""What one generation is: the request (every documented field) and the clip that comes
back, checked to be complete and decodable. Shared by the HTTP client and the WebSockets."""

from __future__ import annotations

import io
import wave
from dataclasses import asdict, dataclass
from typing import Any

from audiobook.errors import ConfigurationError, RetryableSynthesisError
from audiobook.tts.base import fix_wav_sizes
from audiobook.voiceai import protocol
from audiobook.voiceai.errors import BACKEND


@dataclass(frozen=True)
class SpeechRequest:
    """One generation: the documented GenerateSpeechRequest fields (None = server default)."""

    text: str
    voice_id: str | None = None
    model: str | None = None
    language: str | None = None
    audio_format: str = "wav_22050"
    temperature: float | None = None
    top_p: float | None = None
    dictionary_id: str | None = None
    dictionary_version: int | None = None

    def __post_init__(self) -> None:
        if self.audio_format not in protocol.AUDIO_FORMATS:
            raise ConfigurationError(f"unknown Voice.ai audio format {self.audio_format!r}")

    def body(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Clip:
    """Audio as the API returned it, and how many requests it took."""

    data: bytes
    audio_format: str
    attempts: int = 1

    @property
    def sample_rate(self) -> int:
        return protocol.AUDIO_FORMATS[self.audio_format][0]

    @property
    def container(self) -> str:
        return protocol.AUDIO_FORMATS[self.audio_format][1]

    def seconds(self) -> float:
        """Decoded duration; raises RetryableSynthesisError if the clip does not decode."""
        try:
            if self.container == "pcm":
                if len(self.data) % 2:
                    raise ValueError("odd byte count")
                return len(self.data) / 2 / self.sample_rate
            if self.container in ("alaw", "mulaw"):
                return len(self.data) / self.sample_rate
            if self.container == "wav":
                with wave.open(io.BytesIO(self.data)) as clip:
                    declared = clip.getnframes()
                    frames = len(clip.readframes(declared)) // (clip.getsampwidth() * clip.getnchannels())
                if frames != declared:
                    raise ValueError(f"{frames} of {declared} frames")
                return frames / clip.getframerate()
            from pydub import AudioSegment

            return len(AudioSegment.from_file(io.BytesIO(self.data), format="ogg" if self.container == "opus"
                                              else self.container)) / 1000
        except Exception as exc:  # any decoder failure means a damaged clip
            raise RetryableSynthesisError(f"returned audio does not decode ({exc})", backend=BACKEND) from exc


_PLACEHOLDER_SIZES = {0, 0xFFFFFFFF, 0x7FFFFFFF}


def _complete_wav(data: bytes) -> bytes:
    """A WAV whose header sizes are real: placeholders (a streamed header) are filled in;
    a declared size larger than what arrived means the clip was cut off."""
    if len(data) >= 44 and data[:4] == b"RIFF" and data[36:40] == b"data":
        declared = int.from_bytes(data[40:44], "little")
        if declared in _PLACEHOLDER_SIZES:
            return fix_wav_sizes(data)
        if declared > len(data) - 44:
            raise RetryableSynthesisError(f"audio cut off: {len(data) - 44:,} of {declared:,} bytes arrived",
                                          backend=BACKEND)
    return data


def complete(clip: Clip) -> Clip:
    """`clip` if it arrived whole and decodes; else a retryable error. (Whether its length
    fits its text is the render path's one plausibility check, not the client's.)"""
    data = _complete_wav(clip.data) if clip.container == "wav" else clip.data
    checked = Clip(data, clip.audio_format, clip.attempts)
    checked.seconds()
    return checked
