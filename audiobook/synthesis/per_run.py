"""State one render run shares across its threads, one instance per run in each process.

A run's credit budget and its QA gate are shared by every render thread of the run in a
process. Pickled for another process (a Dask worker), such an object travels as its run
id and arguments, and becomes that process's instance for the same run.
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar, Self


class PerRun:
    """Subclasses take `run` first, then the arguments `run_arguments` returns."""

    _instances: ClassVar[dict[tuple[type, str], PerRun]] = {}
    _registry_lock: ClassVar[threading.Lock] = threading.Lock()
    run: str

    @classmethod
    def for_run(cls, run: str, *arguments: Any) -> Self:
        """This process's instance for `run`, made on first use."""
        with PerRun._registry_lock:
            instance = PerRun._instances.get((cls, run))
            if instance is None:
                instance = PerRun._instances[(cls, run)] = cls(run, *arguments)  # type: ignore[call-arg]
            return instance  # type: ignore[return-value]

    def run_arguments(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self).for_run, (self.run, *self.run_arguments()))
