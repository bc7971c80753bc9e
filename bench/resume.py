"""Benchmark: a render killed with SIGKILL half-way, then the same command again.

Three runs of `audiobook render` (espeak-ng, M4B and chapter MP3s) on one synthetic
book: a clean run with an empty cache; a run killed (process group, SIGKILL) once
half of the segments are in its cache; the rerun of that same command. Prints
segments kept from the killed run, segments the rerun synthesized, and the rerun's
time against the clean run's.

    .venv/bin/python bench/resume.py --words 8000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

from synthetic import write_synthetic_epub  # noqa: E402

CLI = [sys.executable, "-c", "from audiobook.cli import main; main()"]


def _render(book: Path, out: Path, cache: Path) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "AUDIOBOOK_CACHE_DIR": str(cache), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return [*CLI, "render", str(book), "-o", str(out), "--format", "m4b,mp3"], env


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=8000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        book = write_synthetic_epub(scratch / "book.epub", args.words, chapters=6)
        total = json.loads(subprocess.run([*CLI, "inspect", "--json", str(book)], capture_output=True, text=True,
                                          check=True, cwd=ROOT).stdout)["totals"]["segments"]

        command, env = _render(book, scratch / "clean", scratch / "cache-clean")
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, stdin=subprocess.DEVNULL)
        clean_seconds = time.perf_counter() - started

        cache = scratch / "cache"
        command, env = _render(book, scratch / "out", cache)
        killed = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, start_new_session=True)
        while len(list(cache.rglob("*.wav"))) < total // 2:
            if killed.poll() is not None:
                raise SystemExit("the render finished before half-way; use more --words")
            time.sleep(0.02)
        os.killpg(killed.pid, signal.SIGKILL)
        killed.wait()
        kept = len(list(cache.rglob("*.wav")))

        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, stdin=subprocess.DEVNULL)
        rerun_seconds = time.perf_counter() - started
        totals = json.loads((scratch / "out" / "manifest.json").read_text())["totals"]
    print(f"{total} segments; killed with {kept} cached ({kept / total:.0%}); rerun synthesized "
          f"{totals['segments_synthesized']}, took {totals['segments_from_cache']} from the cache")
    print(f"clean run {clean_seconds:.1f} s, rerun {rerun_seconds:.1f} s: rerun/clean = "
          f"{rerun_seconds / clean_seconds:.2f}")


if __name__ == "__main__":
    main()
