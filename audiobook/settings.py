"""The choices a person makes, and the settings the audio side is given.

`RenderOptions` is every choice for one book: the render-book flow's parameters one to
one, and the options of `audiobook render` and `audiobook inspect`. Every default is
written here and nowhere else: the flows' signatures, the CLI's options and
`RenderSettings` read them from `DEFAULTS` (narrate-scripts from `NARRATION_DEFAULTS`).
`audiobook.job.build_job` turns options and the environment into a job, once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import Field

from audiobook.errors import ConfigurationError
from audiobook.tts.base import PIPELINE_RATE

if TYPE_CHECKING:
    from audiobook.synthesis.qa import QualityGate
    from audiobook.synthesis.usage import CreditBudget
    from audiobook.voiceai.config import VoiceAIConfig

# The choices people make, as types: the CLI, the flows' parameter forms (Prefect shows them as
# dropdowns and refuses other values before a run starts) and the registries agree on them.
EngineName = Literal["auto", "espeak", "piper", "voiceai"]
TransportName = Literal["http", "stream", "ws", "ws-single"]
OutputFormat = Literal["m4b", "mp3", "mp3-single", "epub"]
LanguageCode = Literal["en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl"]
DialectCode = Literal["pt-BR", "fr-BE", "fr-CH", "en-GB", "es-419"]  # the regions `audiobook.text.dialects` reads
PauseMs = Annotated[int, Field(ge=0, le=60_000)]
Speed = Annotated[float, Field(ge=0.25, le=4.0)]
RunnerName = Literal["threads", "dask"]
PresetName = Literal["standard", "acx"]
UnsupportedPolicy = Literal["book", "skip"]
VoiceAIModel = Literal["voiceai-tts-v1-latest", "voiceai-tts-v1-2026-02-10", "voiceai-tts-lite-v1-latest",
                       "voiceai-tts-lite-v1-2026-04-15", "voiceai-tts-multilingual-v1-latest",
                       "voiceai-tts-multilingual-v1-2026-02-10"]

OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)
PEAK_LIMIT_DBFS = -2.0  # the limiter's ceiling whenever loudness is normalized
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')



# options that say where things go, where they run or what may be spent, not what the book sounds like
PLACEMENT_OPTIONS = frozenset({"cache_dir", "max_credits", "qa_stop", "runner", "dask_address", "dask_workers"})


@dataclass(frozen=True)
class RenderOptions:
    """Everything a person can choose for one book (see render-book's parameters for each one's meaning)."""

    engine: EngineName = "auto"  # Piper for English when installed, else espeak-ng (tts.registry.resolve_engine)
    voice: str | None = None
    transport: TransportName = "http"
    language: LanguageCode | None = None
    dialect: DialectCode | None = None  # the book's region, over the one it declares (text.dialects)
    formats: tuple[OutputFormat, ...] = ("m4b", "mp3")
    sentence_pause_ms: int = 250
    paragraph_pause_ms: int = 700
    scene_pause_ms: int = 1500
    chapter_pause_ms: int = 2000
    announce_chapters: bool = False
    toc_depth: int = 0
    include_matter: bool = False
    include_nonlinear: bool = False
    alt_text: bool = False
    model: VoiceAIModel | None = None
    unsupported: UnsupportedPolicy = "book"
    max_chars: int = 300
    max_words: int = 50
    speed: float = 1.0
    cache_dir: str | None = None
    speaker_voices: Mapping[str, str] = field(default_factory=dict)
    default_speaker_voices: Mapping[str, str] = field(default_factory=dict)
    file_stem: str = "Book"
    loudness_lufs: float | None = -18.0  # None: levels as synthesized
    asr_sample: int | None = None  # None: AUDIOBOOK_ASR_SAMPLE, else qa.recognition_stride's default
    lexicon: str | None = None
    cover: str | None = None  # a PNG or JPEG file: the book's cover, over its own (a manuscript has none)
    title: str | None = None  # the book's title, over what it says or what was found
    author: str | None = None  # its authors, "Ines Roca; Bo Roe", over what it says or what was found
    voiceai_dictionary_id: str | None = None
    voiceai_dictionary_version: int | None = None
    credits: bool = False  # opening and closing credits as chapters (files) of their own (text.credits)
    preset: PresetName = "standard"  # "acx": chapter MP3s as Audible's ACX requires (see audiobook.acx)
    chapters: str | None = None  # "1,3-5": only these chapters (numbers as inspect shows them); None: all
    preview_seconds: int | None = None  # the first N seconds of each chapter, as chapter MP3s in OUTPUT/preview
    max_credits: float | None = None
    qa_stop: float = 0.2  # stop when more than this share of new segments fail QA (after 30); 0: never
    runner: RunnerName | None = None  # None: AUDIOBOOK_RUNNER, else threads (or dask with an address)
    dask_address: str | None = None
    dask_workers: int | None = None  # None: AUDIOBOOK_DASK_WORKERS, else 2

    def __post_init__(self) -> None:
        object.__setattr__(self, "formats", tuple(self.formats))
        object.__setattr__(self, "speaker_voices", dict(self.speaker_voices or {}))
        object.__setattr__(self, "default_speaker_voices", dict(self.default_speaker_voices or {}))

    @classmethod
    def of(cls, parameters: Mapping[str, Any]) -> RenderOptions:
        """The options among a flow's parameters (others, such as source and output_dir, are left out)."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in parameters.items() if k in names})

    def as_parameters(self) -> dict[str, Any]:
        """The render-book flow's keyword arguments for these options."""
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        return {**values, "formats": list(self.formats), "speaker_voices": dict(self.speaker_voices) or None,
                "default_speaker_voices": dict(self.default_speaker_voices) or None}


DEFAULTS = RenderOptions()
# a podcast episode: shorter pauses, one chaptered MP3
NARRATION_DEFAULTS = RenderOptions(formats=("mp3-single",), sentence_pause_ms=200, paragraph_pause_ms=450,
                                   scene_pause_ms=900, chapter_pause_ms=1200)


@dataclass(frozen=True)
class RenderSettings:
    """Everything that shapes the audio and the outputs."""

    engine: str = DEFAULTS.engine
    transport: str = DEFAULTS.transport  # Voice.ai: http, stream, ws (multi-context), ws-single
    voice: str | None = DEFAULTS.voice
    voices: dict[str, str] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)  # script speaker -> voice
    dialect: str | None = None  # the book's region ("pt-BR"): its voice where a backend has one (from the plan)
    speed: float = DEFAULTS.speed
    formats: tuple[str, ...] = DEFAULTS.formats
    sentence_pause_ms: int = DEFAULTS.sentence_pause_ms
    paragraph_pause_ms: int = DEFAULTS.paragraph_pause_ms
    scene_pause_ms: int = DEFAULTS.scene_pause_ms
    chapter_pause_ms: int = DEFAULTS.chapter_pause_ms
    cache_dir: str = ""  # a folder or an fsspec URL (shared storage for several workers); the job fills it in
    mp3_bitrate: str = "64k"
    sample_rate: int = PIPELINE_RATE  # the pipeline's: every clip, pause and timing (44,100 for ACX)
    mp3_sample_rate: int | None = None  # chapter MP3s resampled to this; None: the pipeline's rate
    room_tone_ms: tuple[int, int] = (0, 0)  # quiet added before and after each chapter MP3 (ACX asks for it)
    aac_bitrate: str = "64k"
    file_stem: str = DEFAULTS.file_stem  # Book.m4b, Book.mp3, Book.srt
    loudness_lufs: float | None = DEFAULTS.loudness_lufs  # every chapter brought to this (EBU R128); None: as is
    peak_limit_dbfs: float | None = PEAK_LIMIT_DBFS  # the encoders' limiter
    dictionary: tuple[tuple[str, object], ...] = ()  # Voice.ai pronunciation dictionary: (("dictionary_id", ..), ...)
    asr_sample: int | None = None  # English segments to check by speech recognition (see qa.recognition_stride)
    asr_stride: int = 0  # speech recognition on every n-th English segment by content address; 0 = none
    voiceai: VoiceAIConfig | None = None  # the Voice.ai account (built at the edge when the engine uses it)
    piper_workers: int | None = None  # Piper sessions in each process; None: one per core
    credit_budget: CreditBudget | None = None  # this run's credit budget (usage.budget_for), shared by its threads
    quality_gate: QualityGate | None = None  # stops this run when too many new segments fail QA (qa.QualityGate)

    def __post_init__(self) -> None:
        unknown = [f for f in self.formats if f not in OUTPUT_FORMATS]
        if unknown or not self.formats:
            raise ConfigurationError(f"unknown output format {', '.join(unknown) or '(none)'}; "
                                     f"choose from {', '.join(OUTPUT_FORMATS)}")
        for name in ("sentence_pause_ms", "paragraph_pause_ms", "scene_pause_ms", "chapter_pause_ms"):
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

    def backend_options(self) -> dict[str, dict[str, object]]:
        """Keyword arguments per backend for `load_engine` (hashable values, one engine per set)."""
        return {"voiceai": {"transport": self.transport, "config": self.voiceai, **dict(self.dictionary)},
                "piper": {"workers": self.piper_workers}}
