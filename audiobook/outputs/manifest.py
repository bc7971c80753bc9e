"""The manifest (`manifest.json`, the contract other tools read): the plan document with
every segment's audio span, voice, cache key and attempts, the settings, the outputs and
the totals. Written last: its presence says the book is complete."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audiobook.audio.timeline import ChapterTimeline, frames_to_ms
from audiobook.files import chapter_file_name, write_json_atomic
from audiobook.models import BookPlan
from audiobook.outputs.inspection import plan_document
from audiobook.settings import RenderSettings
from audiobook.synthesis.render import RenderedSegment
from audiobook.voiceai.errors import BACKEND as VOICEAI_BACKEND

MANIFEST_SCHEMA = "audiobook-manifest/1"


def usage_totals(rendered: Sequence[RenderedSegment]) -> dict[str, Any]:
    """What the render sent and spent: characters over every attempt, generations, the
    retries among them (a QA re-render is a generation, not a retry) and credits."""
    made = [r for r in rendered if not r.cached]
    generations = sum(r.attempts for r in made)
    kept = len(made) + sum(1 for r in made if r.check.rerendered)
    return {"characters_sent": sum(r.characters_sent for r in made), "generations": generations,
            "retries": generations - kept, "credits_used": round(sum(r.credits for r in made))}


def build_manifest(plan: BookPlan, timelines: Sequence[ChapterTimeline],
                   rendered: dict[int, Sequence[RenderedSegment]], settings: RenderSettings,
                   outputs: dict[str, Any], render_seconds: float) -> dict[str, Any]:
    """The plan document extended with audio fields (see README, "Manifest")."""
    document = plan_document(plan)
    by_chapter = {t.index: t for t in timelines}
    for chapter in document["chapters"]:
        timeline = by_chapter[chapter["index"]]
        spans = {sid: (start, end) for sid, start, end in timeline.segment_spans()}
        audio = {r.id: r for r in rendered[chapter["index"]]}
        chapter["start_ms"] = timeline.ms(timeline.start_frame)
        chapter["end_ms"] = timeline.ms(timeline.end_frame)
        chapter["loudness"] = {"measured_lufs": timeline.measured_lufs, "gain_db": timeline.gain_db,
                               "target_lufs": settings.loudness_lufs}
        chapter["file"] = (f"chapters/{chapter_file_name(chapter['index'], chapter['title'])}"
                           if "mp3" in settings.formats else None)
        for segment in chapter["segments"]:
            start, end = spans[segment["id"]]
            result = audio[segment["id"]]
            segment.update(start_ms=timeline.ms(start), end_ms=timeline.ms(end), voice=result.voice,
                           backend=result.backend, cache_key=result.cache_key, attempts=result.attempts,
                           from_cache=result.cached)
            if result.check.worth_keeping:
                segment["qa"] = result.check.to_json()
            if result.backend != VOICEAI_BACKEND:  # the plan's Voice.ai model did not read it: Piper's and espeak-ng's
                segment["model"] = None  # model is the voice they name
        if not any(segment["model"] for segment in chapter["segments"]):
            chapter["model"] = None
    document["schema"] = MANIFEST_SCHEMA
    document["settings"] = {
        "engine": settings.engine, "voice": settings.voice, "voices": settings.voices, "speakers": settings.speakers,
        "dialect": settings.dialect, "speed": settings.speed,
        "formats": list(settings.formats), "sentence_pause_ms": settings.sentence_pause_ms,
        "paragraph_pause_ms": settings.paragraph_pause_ms, "scene_pause_ms": settings.scene_pause_ms,
        "chapter_pause_ms": settings.chapter_pause_ms,
        "audio": {"sample_rate": settings.sample_rate, "channels": 1, "mp3_bitrate": settings.mp3_bitrate,
                  "aac_bitrate": settings.aac_bitrate, "loudness_lufs": settings.loudness_lufs,
                  "peak_limit_dbfs": settings.peak_limit_dbfs,
                  "chapter_mp3_sample_rate": settings.mp3_sample_rate or settings.sample_rate,
                  "chapter_room_tone_ms": list(settings.room_tone_ms)},
    }
    document["outputs"] = outputs
    end_frame = timelines[-1].end_frame if timelines else 0
    checks = [r.check for rs in rendered.values() for r in rs]
    recognized = [c for c in checks if c.wer is not None and c.words]
    document["totals"].update(
        flagged_segments=sum(1 for c in checks if c.flags),
        rerendered_segments=sum(1 for c in checks if c.rerendered),
        asr_checked_segments=len(recognized),
        wer=(round(sum(c.wer * c.words for c in recognized) / sum(c.words for c in recognized), 3)  # type: ignore[operator]
             if recognized else None),
        duration_ms=frames_to_ms(end_frame, settings.sample_rate),
        render_seconds=round(render_seconds, 3),
        segments_synthesized=sum(1 for rs in rendered.values() for r in rs if not r.cached),
        segments_from_cache=sum(1 for rs in rendered.values() for r in rs if r.cached),
        **usage_totals([r for rs in rendered.values() for r in rs]),
    )
    document["created_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return document


def write_manifest(output_dir: Path, document: dict[str, Any]) -> Path:
    target = output_dir / "manifest.json"
    write_json_atomic(target, document)
    return target
