"""No process a command started outlives it, even when the command is killed with SIGKILL.

Prefect's ephemeral API server, ffmpeg encoders, Dask workers and espeak-ng are child
processes; a process killed with SIGKILL cannot stop them, and they are handed to init
and live on (the API server alone holds about 220 MB). `start_watchdog()` starts a small
helper in its own session that notes, twice a second, every descendant of the command;
when the command is gone it ends those that are still running (SIGTERM, then SIGKILL).
A process is recognised by its pid and its start time, so a recycled pid is never hit.
Linux only (it reads /proc); elsewhere it does nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 0.5
GRACE_SECONDS = 3.0
PROC = Path("/proc")


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, start time) of a running process, or None."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if fields[0] == "Z":  # a zombie has already ended
        return None
    return int(fields[1]), fields[19]


def descendants(root: int) -> dict[int, str]:
    """Every process below `root`: pid -> start time."""
    children: dict[int, list[tuple[int, str]]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None:
                children.setdefault(stat[0], []).append((int(entry.name), stat[1]))
    found: dict[int, str] = {}
    stack = [root]
    while stack:
        for pid, started in children.get(stack.pop(), []):
            if pid not in found:
                found[pid] = started
                stack.append(pid)
    return found


def _end(processes: dict[int, str]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        alive = {pid: started for pid, started in processes.items() if (_stat(pid) or (0, ""))[1] == started}
        for pid in alive:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        deadline = time.monotonic() + GRACE_SECONDS
        while alive and time.monotonic() < deadline:
            alive = {pid: s for pid, s in alive.items() if (_stat(pid) or (0, ""))[1] == s}
            time.sleep(0.1)
        if not alive:
            return


def watch(parent: int, parent_started: str) -> None:
    """Note `parent`'s descendants until it is gone; then end the ones still running."""
    me = os.getpid()
    known: dict[int, str] = {}
    while (_stat(parent) or (0, ""))[1] == parent_started:
        known.update({pid: started for pid, started in descendants(parent).items() if pid != me})
        time.sleep(POLL_SECONDS)
    _end(known)


_WATCHED: set[int] = set()  # processes whose helper runs: one per process, however many commands it runs


def start_watchdog() -> None:
    """Start the helper for this process, once (no-op where /proc is missing)."""
    stat = _stat(os.getpid())
    if stat is None or os.getpid() in _WATCHED:
        return
    _WATCHED.add(os.getpid())
    subprocess.Popen([sys.executable, "-m", "audiobook.watchdog", str(os.getpid()), stat[1]],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)


if __name__ == "__main__":
    watch(int(sys.argv[1]), sys.argv[2])
