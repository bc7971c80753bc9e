"""What render-library and narrate-scripts share: a bounded number of sources in
flight, a summary table artifact and summary file, and one failure for the run."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audiobook.tasks.batch import render_source_task
from prefect.artifacts import create_table_artifact
from prefect.futures import PrefectFuture, as_completed

from audiobook.audio.timeline import clock
from audiobook.errors import AudiobookError
from audiobook.files import write_json_atomic
from audiobook.settings import RenderOptions


class BatchFailed(AudiobookError):
    """Some sources of a batch failed; the others were rendered. The summary says which."""


def output_names(sources: Sequence[Path]) -> list[str]:
    """A folder name per source: its stem, numbered when two sources share one."""
    names: list[str] = []
    for source in sources:
        name, number = source.stem, 2
        while name in names:
            name, number = f"{source.stem}-{number}", number + 1
        names.append(name)
    return names


def render_bounded(jobs: Sequence[tuple[str, str, str, RenderOptions]], limit: int, force: bool
                   ) -> list[dict[str, Any]]:
    """Submit (source, name, output_dir, options) jobs, at most `limit` running; rows in job order."""
    waiting = list(enumerate(jobs))
    running: dict[PrefectFuture, int] = {}
    rows: dict[int, dict[str, Any]] = {}
    while waiting or running:
        while waiting and len(running) < max(1, limit):
            position, (source, name, output_dir, options) = waiting.pop(0)
            running[render_source_task.submit(source, name, output_dir, options, force)] = position
        finished = next(as_completed(list(running)))
        rows[running.pop(finished)] = finished.result()
    return [rows[i] for i in range(len(jobs))]


def report(rows: list[dict[str, Any]], output_dir: Path, key: str, what: str) -> dict[str, Any]:
    """Table artifact and `summary.json`; BatchFailed if any source failed."""
    create_table_artifact(
        key=key, description=f"{what}: {len(rows)} sources",
        table=[{"source": Path(r["source"]).name, "status": r["status"], "duration": clock(r["duration_ms"]) if r["duration_ms"] is not None else "",
                "chapters": r["chapters"], "segments": r["segments"], "seconds": r["seconds"], "reason": r["reason"]}
               for r in rows])
    counts = {status: sum(r["status"] == status for r in rows) for status in ("rendered", "current", "failed")}
    summary = {"sources": len(rows), **counts, "rows": rows}
    write_json_atomic(output_dir / "summary.json", summary)
    failed = [r for r in rows if r["status"] == "failed"]
    if failed:
        first = failed[0]
        raise BatchFailed(f"{len(failed)} of {len(rows)} sources failed (see {output_dir / 'summary.json'}); "
                          f"first: {first['reason']}")
    return summary
