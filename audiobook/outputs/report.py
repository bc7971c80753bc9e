"""`report.html`: a book's chapters (durations, languages, loudness, a player each),
its flagged segments (text, what was heard, a player each), what is read differently from the page
(each change once, a player on its first), skipped text and totals.

Written from the manifest document, so it shows exactly what the manifest records.
Players point into the chapter MP3s (or the M4B) with media fragments (`#t=start,end`),
so the report adds no audio files of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2

from audiobook.audio.timeline import clock
from audiobook.files import write_bytes_atomic
from audiobook.outputs.spoken_changes import spoken_changes

REPORT_FILE = "report.html"
_environment = jinja2.Environment(loader=jinja2.PackageLoader("audiobook", "templates"),
                                  autoescape=jinja2.select_autoescape(["html", "j2"]), undefined=jinja2.StrictUndefined)


def _fragment(start_ms: int, end_ms: int) -> str:
    return f"#t={start_ms / 1000:.3f},{end_ms / 1000:.3f}"


def write_report(output_dir: Path, manifest: dict[str, Any]) -> str:
    """Write report.html beside the outputs; returns its name."""
    outputs = manifest["outputs"]
    book_audio = outputs.get("m4b") or outputs.get("mp3")
    chapters, flagged, audio_of = [], [], {}
    for chapter in manifest["chapters"]:
        # a chapter file starts at 0; the book file at the chapter's start
        own_file = chapter.get("file")
        offset = chapter["start_ms"] if own_file else 0
        source = quote(own_file or book_audio or "")
        chapters.append({**chapter, "duration": clock(chapter["end_ms"] - chapter["start_ms"]),
                         "audio": source if own_file else source + _fragment(chapter["start_ms"], chapter["end_ms"])})
        for segment in chapter["segments"]:
            audio_of[segment["id"]] = source + _fragment(segment["start_ms"] - offset, segment["end_ms"] - offset)
            if segment.get("qa", {}).get("flags"):
                flagged.append({**segment, "audio": audio_of[segment["id"]]})
    # what is read differently from the page, each once, with a player on the first time it is heard
    changes = [{**vars(change), "audio": audio_of[change.first_segment]} for change in spoken_changes(
        (s["id"], s["text"], s["spoken"]) for c in manifest["chapters"] for s in c["segments"]
        if s.get("kind", "text") == "text" and s["spoken"] != s["text"])]
    settings = manifest["settings"]
    narrator = settings["engine"] + (f" ({settings['voice']})" if settings.get("voice") else "")
    page = _environment.get_template("report.html.j2").render(
        book=manifest["book"], totals=manifest["totals"], chapters=chapters, flagged=flagged, changes=changes,
        skipped=manifest["skipped"], duration=clock(manifest["totals"]["duration_ms"]), narrator=narrator,
        created_at=manifest["created_at"], notes=manifest.get("notes") or [])
    write_bytes_atomic(output_dir / REPORT_FILE, page.encode("utf-8"))
    return REPORT_FILE
