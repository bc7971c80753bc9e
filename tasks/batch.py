"""The one task behind render-library and narrate-scripts: one source, isolated.

A source whose outputs are current is skipped; any failure becomes a row with its
reason, so one bad book never stops the others.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from audiobook.errors import AudiobookError
from audiobook.job import job_fingerprint
from audiobook.outputs.current import current_manifest
from audiobook.settings import RenderOptions


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text and isinstance(exc, AudiobookError) else f"{type(exc).__name__}: {' '.join(text)}"[:300]


def _row(source: str, output_dir: str, status: str, seconds: float, totals: dict[str, Any] | None = None,
         reason: str = "") -> dict[str, Any]:
    totals = totals or {}
    return {"source": source, "output_dir": output_dir, "status": status, "duration_ms": totals.get("duration_ms"),
            "chapters": totals.get("chapters"), "segments": totals.get("segments"),
            "seconds": round(seconds, 1), "reason": reason, "notes": totals.get("notes") or []}


@task(name="render-source", cache_policy=NO_CACHE, task_run_name="render-{name}")
def render_source_task(source: str, name: str, output_dir: str, options: RenderOptions, force: bool = False
                       ) -> dict[str, Any]:
    """Render one source with render-book (a subflow) unless its outputs are current."""
    from audiobook.flows.render_book import render_book

    started = time.monotonic()
    try:
        manifest = None if force else current_manifest(Path(source), Path(output_dir), job_fingerprint(options))
        if manifest is not None:
            return _row(source, output_dir, "current", time.monotonic() - started,
                        {**manifest["totals"], "notes": manifest.get("notes")})
        totals = render_book(source=source, output_dir=output_dir, **options.as_parameters())
    except Exception as exc:  # noqa: BLE001 - isolation is this task's job; the reason is kept
        return _row(source, output_dir, "failed", time.monotonic() - started, reason=_one_line(exc))
    return _row(source, output_dir, "rendered", time.monotonic() - started, totals)
