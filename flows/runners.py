"""Where a render's chapter tasks run: threads in the flow's process (the default), or
a Dask cluster through prefect-dask.

On Dask each worker synthesizes whole chapters into the segment cache and encodes
their MP3s; the flow's process encodes the book from the same cache. So the cache
and the output folder must be shared storage that every worker and the flow's
machine see at the same path (NFS, a cluster filesystem; or an fsspec URL for the
cache). With no address, a LocalCluster of worker processes on this machine.

For deployments the runner comes from the worker's environment:
AUDIOBOOK_RUNNER=dask and AUDIOBOOK_DASK_ADDRESS=tcp://scheduler:8786.
"""

from __future__ import annotations

import os

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from audiobook.errors import ConfigurationError

CHAPTERS_IN_PARALLEL = 3
RUNNERS = ("threads", "dask")


def task_runner(runner: str = "threads", dask_address: str | None = None, dask_workers: int = 2) -> TaskRunner:
    """The task runner called `runner`; ConfigurationError names what is missing."""
    if runner == "threads":
        return ThreadPoolTaskRunner(max_workers=CHAPTERS_IN_PARALLEL)
    if runner != "dask":
        raise ConfigurationError(f"unknown runner {runner!r}; choose one of {', '.join(RUNNERS)}")
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise ConfigurationError("the dask runner needs the dask extra: pip install '.[dask]'") from exc
    if dask_address:
        return DaskTaskRunner(address=dask_address)
    # two chapters per worker: while one is measured and encoded, the next one's segments keep
    # the engine busy (the engine's own pool, not the chapter count, bounds the work in a process)
    return DaskTaskRunner(cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 2, "processes": True,
                                          "dashboard_address": None})


def chapter_runner(runner: str | None, dask_address: str | None, dask_workers: int | None) -> TaskRunner:
    """The runner for one render's chapter tasks, chosen when the flow is called: the run's
    parameters, else the worker's environment (AUDIOBOOK_RUNNER, AUDIOBOOK_DASK_ADDRESS,
    AUDIOBOOK_DASK_WORKERS), else threads. An address alone means Dask."""
    address = dask_address or os.environ.get("AUDIOBOOK_DASK_ADDRESS") or None
    chosen = runner or os.environ.get("AUDIOBOOK_RUNNER") or ("dask" if address else "threads")
    workers = dask_workers or int(os.environ.get("AUDIOBOOK_DASK_WORKERS") or 2)
    return task_runner(chosen, address, workers)
