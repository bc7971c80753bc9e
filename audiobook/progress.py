"""Progress reporting that crosses Prefect's task threads without globals.

The caller (CLI, flow) sets a sink in a ContextVar; Prefect copies the context into
task threads, so render code reports with `advance()` wherever it runs.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from typing import Protocol


class ProgressSink(Protocol):
    def total(self, segments: int) -> None: ...

    def advance(self, segments: int) -> None: ...

    def note(self, message: str) -> None: ...


_sink: ContextVar[ProgressSink | None] = ContextVar("audiobook_progress", default=None)


def set_sink(sink: ProgressSink | None) -> Token[ProgressSink | None]:
    """Install a sink; returns a token for `reset_sink`."""
    return _sink.set(sink)


def reset_sink(token: Token[ProgressSink | None]) -> None:
    _sink.reset(token)


def set_total(segments: int) -> None:
    """Announce how many segments the run will render."""
    sink = _sink.get()
    if sink is not None:
        sink.total(segments)


def advance(segments: int = 1) -> None:
    """Report `segments` more segments done."""
    sink = _sink.get()
    if sink is not None:
        sink.advance(segments)


def note(message: str) -> None:
    """A line for the person watching (the CLI prints it above its progress bar)."""
    sink = _sink.get()
    if sink is not None:
        sink.note(message)
