"""One render job, built once at the edge and passed down as a frozen value.

`settings.RenderOptions` is what a person chooses for a book; `build_job` adds the environment (AUDIOBOOK_* variables and the Voice.ai account) once.
Below it nothing reads the environment: the ingest, segment and render settings travel
as values, also to Dask workers.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from audiobook.errors import ConfigurationError
from audiobook.ingest.cover_picture import read_cover
from audiobook.ingest.options import IngestOptions
from audiobook.outputs.acx import ACX
from audiobook.settings import DEFAULTS, PEAK_LIMIT_DBFS, PLACEMENT_OPTIONS, RenderOptions, RenderSettings, RunnerName
from audiobook.text.lexicon import load_lexicon
from audiobook.text.segmenter import SegmentOptions
from audiobook.tts.base import PIPELINE_RATE

PREVIEW_FOLDER = "preview"


@dataclass(frozen=True)
class Runner:
    """Where a render's chapter tasks run (see audiobook.flows.runners)."""

    name: RunnerName = "threads"
    dask_address: str | None = None
    dask_workers: int = 2


@dataclass(frozen=True)
class RenderJob:
    """One book to render: what to read, how to cut it, how to voice it, where it goes."""

    source: str
    output_dir: Path
    options: RenderOptions
    ingest: IngestOptions
    segmenting: SegmentOptions
    settings: RenderSettings
    runner: Runner
    fingerprint: str


def ingest_options(options: RenderOptions) -> IngestOptions:
    return IngestOptions(toc_depth=options.toc_depth, include_matter=options.include_matter,
                         include_nonlinear=options.include_nonlinear, include_alt_text=options.alt_text,
                         cover=options.cover, title=options.title, author=options.author)


def segment_options(options: RenderOptions) -> SegmentOptions:
    return SegmentOptions(language=options.language, dialect=options.dialect, model=options.model,
                          unsupported=options.unsupported,
                          max_chars=options.max_chars, max_words=options.max_words,
                          announce_titles=options.announce_chapters,
                          lexicon=load_lexicon(options.lexicon) if options.lexicon else None)


def _package_version() -> str:
    try:
        return version("audiobook")
    except PackageNotFoundError:
        return "unknown"


def _file_sha256(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as exc:
        raise ConfigurationError(f"{path}: cannot read the lexicon ({exc.strerror or exc})") from None


def job_fingerprint(options: RenderOptions) -> str:
    """Hash of the output-shaping options and the package version: a book rendered with the
    same fingerprint from the same source is current. "auto" counts as the engine it is here, as
    `build_job` records it (a batch's check of "auto" against that never matched: every book and
    episode of a scheduled run was rendered again)."""
    from audiobook.tts.registry import resolve_engine

    options = dataclasses.replace(options, engine=resolve_engine(options.engine))
    shaping = {k: v for k, v in options.as_parameters().items() if k not in PLACEMENT_OPTIONS}
    if options.lexicon:  # what the file says, not only where it is: an edited lexicon changes the sound
        shaping["lexicon_sha256"] = _file_sha256(options.lexicon)
    if options.cover:  # a new picture under the same name changes the tags and the sidecar; read once, and a
        # picture that is no cover is said here, before anything runs
        shaping["cover_sha256"] = hashlib.sha256(read_cover(Path(options.cover)).data).hexdigest()
    material = json.dumps({"parameters": shaping, "audiobook": _package_version()}, sort_keys=True, default=str)
    return hashlib.sha256(material.encode()).hexdigest()


def default_cache_dir(env: Mapping[str, str]) -> Path:
    """AUDIOBOOK_CACHE_DIR, else the XDG cache folder."""
    if env.get("AUDIOBOOK_CACHE_DIR"):
        return Path(env["AUDIOBOOK_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "audiobook" / "segments"


def _int_from(env: Mapping[str, str], name: str) -> int | None:
    raw = env.get(name)
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}") from None


def render_settings(options: RenderOptions, env: Mapping[str, str] | None = None) -> RenderSettings:
    """The audio side of the options, with what the environment adds: the cache folder,
    the speech-recognition sample, Piper's session count and the Voice.ai account."""
    from audiobook.tts.registry import uses_backend
    from audiobook.voiceai.config import VoiceAIConfig

    env = os.environ if env is None else env
    dictionary: tuple[tuple[str, object], ...] = ()
    if options.voiceai_dictionary_id:
        dictionary = (("dictionary_id", options.voiceai_dictionary_id),)
        if options.voiceai_dictionary_version:
            dictionary += (("dictionary_version", options.voiceai_dictionary_version),)
    acx = options.preset == "acx"
    piper_workers = _int_from(env, "AUDIOBOOK_PIPER_WORKERS")
    asr_sample = options.asr_sample if options.asr_sample is not None else _int_from(env, "AUDIOBOOK_ASR_SAMPLE")
    loudness = options.loudness_lufs
    if acx and loudness is not None and loudness == DEFAULTS.loudness_lufs:
        loudness = ACX.loudness_lufs  # the preset's own target unless another one was chosen
    return RenderSettings(
        engine=options.engine, transport=options.transport, voice=options.voice, speed=options.speed,
        # ACX wants chapter files; the read-along EPUB carries them
        formats=tuple(dict.fromkeys([*options.formats, "mp3"])) if acx or "epub" in options.formats else options.formats,
        mp3_bitrate=ACX.mp3_bitrate if acx else RenderSettings.mp3_bitrate,
        # ACX files are 44.1 kHz: the whole pipeline runs at that rate and engines that offer it are asked for it
        sample_rate=ACX.sample_rate if acx else PIPELINE_RATE,
        mp3_sample_rate=ACX.sample_rate if acx else None, room_tone_ms=ACX.room_tone_ms if acx else (0, 0),
        sentence_pause_ms=options.sentence_pause_ms,
        paragraph_pause_ms=options.paragraph_pause_ms, scene_pause_ms=options.scene_pause_ms,
        chapter_pause_ms=options.chapter_pause_ms,
        cache_dir=options.cache_dir or str(default_cache_dir(env)), file_stem=options.file_stem,
        loudness_lufs=loudness,
        peak_limit_dbfs=(ACX.peak_limit_dbfs if acx else PEAK_LIMIT_DBFS) if loudness is not None else None,
        dictionary=dictionary, asr_sample=asr_sample,
        voiceai=VoiceAIConfig.from_env(env) if uses_backend(options.engine, "voiceai") else None,
        piper_workers=max(1, piper_workers) if piper_workers else None)


def runner_for(options: RenderOptions, env: Mapping[str, str] | None = None) -> Runner:
    """The options' runner, else the worker's environment (AUDIOBOOK_RUNNER, AUDIOBOOK_DASK_ADDRESS,
    AUDIOBOOK_DASK_WORKERS), else threads. An address alone means Dask."""
    env = os.environ if env is None else env
    address = options.dask_address or env.get("AUDIOBOOK_DASK_ADDRESS") or None
    name = options.runner or env.get("AUDIOBOOK_RUNNER") or ("dask" if address else "threads")
    if name not in ("threads", "dask"):
        raise ConfigurationError(f"unknown runner {name!r}; choose threads or dask")
    workers = options.dask_workers or _int_from(env, "AUDIOBOOK_DASK_WORKERS") or 2
    return Runner(name, address, workers)  # type: ignore[arg-type]


def build_job(source: str | Path, output_dir: str | Path, options: RenderOptions = DEFAULTS,
              env: Mapping[str, str] | None = None) -> RenderJob:
    """The one place a render's options meet the environment (and "auto" becomes an engine)."""
    from audiobook.tts.registry import resolve_engine

    options = dataclasses.replace(options, engine=resolve_engine(options.engine))
    if options.preview_seconds:  # a preview is chapter MP3s in their own folder, beside any full render
        options = dataclasses.replace(options, formats=("mp3",))
        output_dir = Path(output_dir) / PREVIEW_FOLDER
    return RenderJob(source=str(source), output_dir=Path(output_dir), options=options,
                     ingest=ingest_options(options), segmenting=segment_options(options),
                     settings=render_settings(options, env), runner=runner_for(options, env),
                     fingerprint=job_fingerprint(options))
