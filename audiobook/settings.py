"""Render settings: one typed object, built once (CLI, flow or environment) and passed down.

Environment variables with the AUDIOBOOK_ prefix give defaults, e.g.
AUDIOBOOK_CACHE_DIR or AUDIOBOOK_ENGINE.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, get_args

from pydantic import Field

from .errors import ConfigurationError

if TYPE_CHECKING:
    from .usage import CreditBudget
    from .voiceai.config import VoiceAIConfig

# The choices people make, as types: the CLI, the flows' parameter forms (Prefect shows them as
# dropdowns and refuses other values before a run starts) and the registries agree on them.
EngineName = Literal["espeak", "piper", "voiceai"]
TransportName = Literal["http", "stream", "ws", "ws-single"]
OutputFormat = Literal["m4b", "mp3", "mp3-single"]
LanguageCode = Literal["en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl"]
PauseMs = Annotated[int, Field(ge=0, le=60_000)]
VoiceAIModel = Literal["voiceai-tts-v1-latest", "voiceai-tts-v1-2026-02-10", "voiceai-tts-lite-v1-latest",
                       "voiceai-tts-lite-v1-2026-04-15", "voiceai-tts-multilingual-v1-latest",
                       "voiceai-tts-multilingual-v1-2026-02-10"]

OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def default_cache_dir() -> Path:
    configured = os.environ.get("AUDIOBOOK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "audiobook" / "segments"


@dataclass(frozen=True)
class RenderSettings:
    """Everything that shapes the audio and the outputs."""

    engine: str = "espeak"
    transport: str = "http"  # Voice.ai: http, stream, ws (multi-context), ws-single
    voice: str | None = None
    voices: dict[str, str] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)  # script speaker -> voice
    speed: float = 1.0
    formats: tuple[str, ...] = ("m4b", "mp3")
    sentence_pause_ms: int = 250
    paragraph_pause_ms: int = 700
    chapter_pause_ms: int = 2000
    cache_dir: str = ""
    mp3_bitrate: str = "64k"
    aac_bitrate: str = "64k"
    file_stem: str = "Book"  # Book.m4b, Book.mp3, Book.srt
    loudness_lufs: float | None = -18.0  # every chapter brought to this (EBU R128); None: as synthesized
    peak_limit_dbfs: float | None = -2.0  # the encoders' limiter
    dictionary: tuple[tuple[str, object], ...] = ()  # Voice.ai pronunciation dictionary: (("dictionary_id", ..), ...)
    asr_sample: int | None = None  # English segments to check by speech recognition (see qa.recognition_stride)
    asr_stride: int = 0  # speech recognition on every n-th English segment by content address; 0 = none
    voiceai: VoiceAIConfig | None = None  # the Voice.ai account (built at the edge when the engine uses it)
    piper_workers: int | None = None  # Piper sessions in each process; None: one per core
    credit_budget: CreditBudget | None = None  # this run's credit budget (usage.budget_for), shared by its threads

    def __post_init__(self) -> None:
        unknown = [f for f in self.formats if f not in OUTPUT_FORMATS]
        if unknown or not self.formats:
            raise ConfigurationError(f"unknown output format {', '.join(unknown) or '(none)'}; "
                                     f"choose from {', '.join(OUTPUT_FORMATS)}")
        for name in ("sentence_pause_ms", "paragraph_pause_ms", "chapter_pause_ms"):
            if not 0 <= getattr(self, name) <= 60_000:
                raise ConfigurationError(f"{name} must be between 0 and 60000")
        if not self.file_stem or self.file_stem != _UNSAFE_NAME.sub("", self.file_stem).strip(" ."):
            raise ConfigurationError(f"file stem {self.file_stem!r} is not a plain file name")
        if self.loudness_lufs is not None and not -40 <= self.loudness_lufs <= -5:
            raise ConfigurationError("loudness target must be between -40 and -5 LUFS")
        if self.peak_limit_dbfs is not None and not -24 <= self.peak_limit_dbfs <= 0:
            raise ConfigurationError("peak limit must be between -24 and 0 dBFS")
        if not 0.25 <= self.speed <= 4.0:
            raise ConfigurationError("speed must be between 0.25 and 4.0")

    @property
    def cache_location(self) -> str:
        """A folder or an fsspec URL (shared storage for several workers)."""
        return self.cache_dir or str(default_cache_dir())

    @classmethod
    def from_env(cls, **overrides: object) -> RenderSettings:
        """Defaults from AUDIOBOOK_* variables, then explicit overrides (None means unset).

        The environment is read here, at the edge, and nowhere below: the Voice.ai account
        (key, URL, plan) when the engine uses Voice.ai, and the Piper session count."""
        from .tts.registry import uses_backend
        from .voiceai.config import VoiceAIConfig

        env = os.environ
        values: dict[str, object] = {}
        if env.get("AUDIOBOOK_ENGINE"):
            values["engine"] = env["AUDIOBOOK_ENGINE"]
        if env.get("AUDIOBOOK_VOICEAI_TRANSPORT"):
            values["transport"] = env["AUDIOBOOK_VOICEAI_TRANSPORT"]
        if env.get("AUDIOBOOK_PIPER_WORKERS"):
            values["piper_workers"] = max(1, int(env["AUDIOBOOK_PIPER_WORKERS"]))
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("voiceai") is None and uses_backend(str(values.get("engine", "espeak")), "voiceai"):
            values["voiceai"] = VoiceAIConfig.from_env()
        return cls(**values)  # type: ignore[arg-type]

    def backend_options(self) -> dict[str, dict[str, object]]:
        """Keyword arguments per backend for `load_engine` (hashable values, one engine per set)."""
        return {"voiceai": {"transport": self.transport, "config": self.voiceai, **dict(self.dictionary)},
                "piper": {"workers": self.piper_workers}}

    @classmethod
    def for_render(cls, *, loudness_lufs: float | None, dictionary_id: str | None, dictionary_version: int | None,
                   asr_sample: int | None, **overrides: object) -> RenderSettings:
        """The settings of one render-book run: its parameters over AUDIOBOOK_* defaults.

        Here None is a choice for the loudness (levels as synthesized), and the speech-recognition
        sample falls back to AUDIOBOOK_ASR_SAMPLE."""
        dictionary = (("dictionary_id", dictionary_id),) if dictionary_id else ()
        if dictionary_id and dictionary_version:
            dictionary += (("dictionary_version", dictionary_version),)
        if asr_sample is None and os.environ.get("AUDIOBOOK_ASR_SAMPLE"):
            asr_sample = int(os.environ["AUDIOBOOK_ASR_SAMPLE"])
        loudness = {"loudness_lufs": None, "peak_limit_dbfs": None} if loudness_lufs is None else {
            "loudness_lufs": loudness_lufs}
        settings = cls.from_env(dictionary=dictionary, **overrides)
        return dataclasses.replace(settings, asr_sample=asr_sample, **loudness)  # type: ignore[arg-type]
