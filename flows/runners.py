"""Where a render's chapter tasks run: threads in the flow's process (the default), or
a Dask cluster through prefect-dask.

On Dask each worker synthesizes whole chapters into the segment cache and encodes
their MP3s; the flow's process encodes the book from the same cache. So the cache
and the output folder must be shared storage that every worker and the flow's
machine see at the same path (NFS, a cluster filesystem; or an fsspec URL for the
cache). With no address, a LocalCluster of worker processes on this machine.

Which runner a render uses is part of its job (`audiobook.job.runner_for`): the run's
parameters, else the worker's environment (AUDIOBOOK_RUNNER=dask,
AUDIOBOOK_DASK_ADDRESS=tcp://scheduler:8786), else threads.
"""

from __future__ import annotations

from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from audiobook.errors import ConfigurationError
from audiobook.job import Runner

CHAPTERS_IN_PARALLEL = 3


def task_runner(runner: Runner) -> TaskRunner:
    """A fresh task runner for one render's chapter tasks; ConfigurationError names what is missing."""
    if runner.name == "threads":
        return ThreadPoolTaskRunner(max_workers=CHAPTERS_IN_PARALLEL)
    try:
        from audiobook.flows.dask_runner import SafeDaskTaskRunner
    except ImportError as exc:
        raise ConfigurationError("the dask runner needs the dask extra: pip install '.[dask]'") from exc
    if runner.dask_address:
        return SafeDaskTaskRunner(address=runner.dask_address)
    # two chapters per worker: while one is measured and encoded, the next one's segments keep
    # the engine busy (the engine's own pool, not the chapter count, bounds the work in a process)
    return SafeDaskTaskRunner(cluster_kwargs={"n_workers": runner.dask_workers, "threads_per_worker": 2,
                                              "processes": True, "dashboard_address": None,
                                              "config": local_worker_config()})


def local_worker_config() -> dict[str, Any]:
    """This process's Dask configuration for a LocalCluster's workers, with their stack sampling off
    from the start, on every Python: these clusters serve no dashboard to show it, and on Python 3.11
    before 3.11.9 it can deadlock a worker (see `dask_runner`)."""
    import dask.config

    quiet = {"worker": {"profile": {"enabled": False}}}
    return {"distributed": dask.config.merge(dask.config.get("distributed"), quiet)}
