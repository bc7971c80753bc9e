"""Before any synthesis (a step of render-book between the plan and the chapters): what can
fail early is checked, and the plan gets its addresses.

`check_before_work` fails on a missing encoder, an engine that cannot run, or a folder
that cannot be written, before the book is even read. `prepare_render` turns the job's
settings into the settings of this plan (speaker voices, the speech-recognition sample,
the credit budget), computes every segment's cache address once, and checks the
estimate and the free space.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass

from audiobook.audio.encode import ffmpeg_program
from audiobook.errors import ConfigurationError, OutputError
from audiobook.files import remove_stale_partials, unwritable_reason
from audiobook.job import RenderJob
from audiobook.models import BookPlan, Segment
from audiobook.outputs.space import check_free_space
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache
from audiobook.synthesis.qa import QualityGate, recognition_stride
from audiobook.synthesis.render import SegmentAddress, address_segments, uncached
from audiobook.synthesis.speakers import speaker_voices, unreadable_voice
from audiobook.synthesis.usage import Estimate, budget_for, estimate, expected_seconds
from audiobook.tts.registry import Engine
from audiobook.voiceai.protocol import MODEL_LANGUAGES
from audiobook.wording import listed

_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


def chapter_numbers(spec: str, count: int) -> list[int]:
    """The chapters "1,3-5" names, in order, each once; ConfigurationError for numbers the book lacks."""
    chosen: list[int] = []
    for part in spec.split(","):
        match = _RANGE.match(part)
        if not match:
            raise ConfigurationError(f"--chapters: {part.strip()!r} is not a chapter number or range (e.g. 1,3-5)")
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if not 1 <= first <= last <= count:
            raise ConfigurationError(f"--chapters: {part.strip()} is outside the book's chapters 1-{count} "
                                     "(see `audiobook inspect`)")
        chosen.extend(n for n in range(first, last + 1) if n not in chosen)
    return sorted(chosen)


def select_chapters(plan: BookPlan, spec: str | None) -> BookPlan:
    """The plan with only the chapters `spec` names (numbers as `inspect` shows them); all when None.
    Chapters keep their numbers, so their files and cache entries are those of a full render."""
    if not spec:
        return plan
    wanted = set(chapter_numbers(spec, len(plan.chapters)))
    return dataclasses.replace(plan, chapters=tuple(c for c in plan.chapters if c.index in wanted))


def preview_plan(plan: BookPlan, seconds: int, speed: float) -> BookPlan:
    """Each chapter cut to its first `seconds` of speech, by the segments' expected durations,
    rounded up to a whole segment (a preview never stops mid-sentence)."""
    chapters = []
    for chapter in plan.chapters:
        kept, spoken = [], 0.0
        for segment in chapter.segments:
            if spoken >= seconds:
                break
            kept.append(segment)
            spoken += expected_seconds(segment.heard, speed)
        chapters.append(dataclasses.replace(chapter, segments=tuple(kept)))
    return dataclasses.replace(plan, chapters=tuple(chapters))


def pinned_dictionary(engine: Engine, dictionary: tuple[tuple[str, object], ...]) -> tuple[tuple[str, object], ...]:
    """The pronunciation dictionary with the version the preflight found current, so that
    every worker asks for the rules the cache keys name (a worker's engine is made from these
    settings, not from the one preflight ran on)."""
    pinned = {b.dictionary_id: b.dictionary_version for b in engine.backends  # type: ignore[attr-defined]
              if getattr(b, "dictionary_id", None) and getattr(b, "dictionary_version", None)}
    identifier = dict(dictionary).get("dictionary_id")
    if identifier in pinned:
        return (("dictionary_id", identifier), ("dictionary_version", pinned[identifier]))
    return dictionary


@dataclass(frozen=True)
class PreparedRender:
    """A plan ready to render: its settings, every segment's address, and what it will cost."""

    settings: RenderSettings
    addresses: dict[str, SegmentAddress]
    estimate: Estimate


def check_before_work(job: RenderJob, engine: Engine) -> None:
    """The encoder, the engine, the segment cache and the output folder, before any work."""
    ffmpeg_program()
    engine.preflight()
    cache = SegmentCache(job.settings.cache_dir, job.settings.sample_rate)
    problem = unwritable_reason(job.output_dir)
    if problem:
        raise OutputError(f"{job.output_dir}: cannot write to the output folder ({problem})")
    problem = cache.writable_problem()
    if problem:
        raise OutputError(f"{cache.location}: cannot write to the segment cache ({problem})")
    remove_stale_partials(job.output_dir)  # scratch of a run that was killed: this run supersedes it


def unspoken_by_model(segments: list[Segment], engine: Engine) -> str | None:
    """Why the Voice.ai model forced on every segment cannot read some of them (the English model for a
    book's Spanish passages), or None: said before the first request, not by the API's refusal mid-book."""
    unspoken: dict[str, int] = {}
    first: Segment | None = None
    for segment in segments:
        spoken = MODEL_LANGUAGES.get(segment.model or "")
        if spoken is not None and segment.language not in spoken and engine.backend_for(
                segment.language).name == "voiceai":
            unspoken[segment.language] = unspoken.get(segment.language, 0) + 1
            first = first or segment
    if first is None:
        return None
    found = ", ".join(f"{count} in {language}" for language, count in sorted(unspoken.items()))
    return (f"the Voice.ai model {first.model} does not speak {listed(sorted(unspoken))}, the language of "
            f"{sum(unspoken.values())} of the book's segments ({found}; the first: {first.id}); leave the model "
            "unset to give each language its own, or read the whole book as one language with --language")


def prepare_render(job: RenderJob, plan: BookPlan, engine: Engine) -> PreparedRender:
    """The settings for this plan, the addresses, the estimate (refused over the credit limit)
    and the free-space check."""
    options, settings = job.options, job.settings
    speakers = speaker_voices(plan.book.episode, settings.engine, options.speaker_voices,
                              options.default_speaker_voices)
    segments = [s for c in plan.chapters for s in c.segments]
    if speakers:
        engine.preflight(speakers.values())
        if problem := unreadable_voice(segments, engine, speakers):
            raise ConfigurationError(problem)
    if problem := unspoken_by_model(segments, engine):
        raise ConfigurationError(problem)
    english = sum(1 for s in segments if s.language == "en")
    settings = dataclasses.replace(settings, dictionary=pinned_dictionary(engine, settings.dictionary),
                                   speakers=speakers, dialect=plan.dialect, asr_stride=recognition_stride(
        english, settings.asr_sample, engine.backend_for("en").recognizable))
    addresses = address_segments(segments, engine, settings)
    cache = SegmentCache(settings.cache_dir, settings.sample_rate)
    missing = uncached(segments, addresses, cache)
    expected = estimate(missing, len(segments) - len(missing), engine, settings)
    run = uuid.uuid4().hex
    settings = dataclasses.replace(settings, credit_budget=budget_for(expected, options.max_credits, job.source),
                                   quality_gate=QualityGate.for_run(run, options.qa_stop) if options.qa_stop else None)
    check_free_space(plan, missing, settings, job.output_dir, cache.local_folder())
    return PreparedRender(settings, addresses, expected)
