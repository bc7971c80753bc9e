"""render-book on a Dask LocalCluster of two worker processes (prefect-dask) gives the
same book as the default thread runner: same segments, timings, chapter MP3 bytes
and M4B audio."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers import SAMPLES, requires_tools

pytest.importorskip("prefect_dask", reason="needs the dask extra: pip install '.[dask]'")
pytestmark = [pytest.mark.slow, requires_tools]


def _pcm(path: Path) -> bytes:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-"], capture_output=True,
                          check=True).stdout


def _audio_fields(manifest: dict) -> list[tuple]:
    return [(c["index"], c["title"], c["start_ms"], c["end_ms"], c["file"],
             [(s["id"], s["text"], s["language"], s["voice"], s["cache_key"], s["start_ms"], s["end_ms"])
              for s in c["segments"]]) for c in manifest["chapters"]]


def test_a_dask_cluster_renders_the_same_book(prefect_api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.flows.render_book import render_book

    on_threads = render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "threads"),
                             cache_dir=str(tmp_path / "cache-threads"))
    on_dask = render_book(engine="espeak", source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "dask"),
                          cache_dir=(tmp_path / "cache-dask").as_uri(), runner="dask", dask_workers=2)
    assert on_dask["segments_synthesized"] == on_threads["segments_synthesized"] == on_threads["segments"]
    threads = json.loads((tmp_path / "threads" / "manifest.json").read_text())
    dask = json.loads((tmp_path / "dask" / "manifest.json").read_text())
    assert _audio_fields(dask) == _audio_fields(threads)
    assert dask["totals"]["duration_ms"] == threads["totals"]["duration_ms"]
    for chapter in threads["chapters"]:
        assert (tmp_path / "dask" / chapter["file"]).read_bytes() == (tmp_path / "threads" / chapter["file"]).read_bytes()
    assert _pcm(tmp_path / "dask" / "Book.m4b") == _pcm(tmp_path / "threads" / "Book.m4b")


def test_local_cluster_workers_do_not_sample_their_stacks(prefect_api) -> None:  # type: ignore[no-untyped-def]
    """A worker's stack sampling (for a dashboard these clusters do not serve) deadlocked a worker here
    on Python 3.11.7 (CPython gh-106883); the rest of the Dask configuration reaches the workers as it is."""
    import dask.config

    from audiobook.flows.runners import task_runner
    from audiobook.job import Runner

    with task_runner(Runner(name="dask", dask_workers=1)) as runner:
        sampling = runner.client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks))
        timeouts = runner.client.run(lambda: dask.config.get("distributed.comm.timeouts"))
    [callbacks] = sampling.values()
    assert "heartbeat" in callbacks and "profile" not in callbacks and "profile-cycle" not in callbacks
    assert list(timeouts.values()) == [dask.config.get("distributed.comm.timeouts")]


def test_joined_cluster_workers_stop_sampling_where_python_deadlocks_in_it(prefect_api) -> None:  # type: ignore[no-untyped-def]
    """Workers someone else started keep Dask's default sampling; joining their cluster stops it on the
    Pythons with the deadlock (3.11 before 3.11.9) and leaves it on the others."""
    import sys

    from distributed import LocalCluster

    from audiobook.flows.dask_runner import sampling_can_deadlock
    from audiobook.flows.runners import task_runner
    from audiobook.job import Runner

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with task_runner(Runner(name="dask", dask_address=cluster.scheduler_address)) as runner:
            [callbacks] = runner.client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks)).values()
    assert "heartbeat" in callbacks
    assert ("profile" in callbacks) is not sampling_can_deadlock(sys.version_info)
    assert sampling_can_deadlock((3, 11, 7)) and not sampling_can_deadlock((3, 11, 9))
    assert not sampling_can_deadlock((3, 12, 0)) and not sampling_can_deadlock((3, 10, 14))
