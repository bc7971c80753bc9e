"""prefect-dask's task runner, with the workers' stack sampling off where it can freeze them.

A Dask worker samples every thread's stack a hundred times a second for the dashboard's
profile view. On Python 3.11 before 3.11.9 a garbage collection during that sampling can
deadlock the whole worker, every thread waiting for the GIL (CPython gh-106883,
dask/distributed#8616): a render here stalled until the scheduler restarted the worker ten
minutes later. A LocalCluster this project starts runs without the sampling (its workers'
configuration, `runners.local_worker_config`); on a cluster it joins, this runner stops the
sampling on each worker whose Python has the bug, through a worker plugin, before any chapter
runs there. Workers on other Pythons are left as they are.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, Self

from distributed.diagnostics.plugin import WorkerPlugin
from prefect_dask import DaskTaskRunner

log = logging.getLogger(__name__)

_SAMPLING_CALLBACKS = ("profile", "profile-cycle")


def sampling_can_deadlock(version: tuple[int, ...]) -> bool:
    """Whether this Python's sys._current_frames can deadlock with the garbage collector (gh-106883)."""
    return (3, 11) <= tuple(version[:3]) < (3, 11, 9)


class NoStackSampling(WorkerPlugin):
    """Stops a worker's stack sampling when its Python can deadlock in it."""

    name = "audiobook-no-stack-sampling"

    def setup(self, worker: Any) -> None:
        if not sampling_can_deadlock(sys.version_info):
            return
        stopped = [name for name in _SAMPLING_CALLBACKS if name in worker.periodic_callbacks]
        for name in stopped:
            worker.periodic_callbacks.pop(name).stop()
        if stopped:
            log.warning("stack sampling stopped: on Python %s it can deadlock this worker (CPython gh-106883)",
                        sys.version.split()[0])


class SafeDaskTaskRunner(DaskTaskRunner):
    """DaskTaskRunner whose workers, on a cluster it joins, are freed of the sampling before any task."""

    def __enter__(self) -> Self:
        super().__enter__()
        if self.address:
            self.client.register_plugin(NoStackSampling())
        return self
