"""Measuring a command and every process it starts: wall time and peak resident memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _rss(pid: int) -> int:
    try:
        return int((Path("/proc") / str(pid) / "statm").read_text().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


@dataclass
class Measured:
    seconds: float
    peak_main_mb: float
    peak_tree_mb: float
    returncode: int


def run_measured(command: list[str], env: dict[str, str] | None = None, interval: float = 0.2) -> Measured:
    """Run `command`, sampling the RSS of it and all its descendants every `interval` s."""
    started = time.perf_counter()
    errors = tempfile.TemporaryFile()  # a file, not a pipe: a lingering child cannot hold it open
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
    peaks = {"main": 0, "tree": 0}

    def sample() -> None:
        while process.poll() is None:
            tree = _children()
            pids, stack = [], [process.pid]
            while stack:
                pid = stack.pop()
                pids.append(pid)
                stack.extend(tree.get(pid, []))
            peaks["main"] = max(peaks["main"], _rss(process.pid))
            peaks["tree"] = max(peaks["tree"], sum(_rss(p) for p in pids))
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        errors.seek(0)
        print(errors.read().decode("utf-8", "replace")[-2000:])
    errors.close()
    return Measured(seconds, peaks["main"] / 2**20, peaks["tree"] / 2**20, process.returncode)
