"""Benchmark: books per hour through render-library vs one `audiobook render` after
another, and a Dask LocalCluster vs the default thread runner on one book.

Library: N synthetic books (espeak-ng, M4B + chapter MP3s), each side with a fresh
cache: (a) `audiobook render` once per book, in sequence, each its own process, the
way a shell loop would do it; (b) one `audiobook library FOLDER --parallel P`.
Dask: one larger book, `audiobook render` vs `audiobook render --runner dask`
(LocalCluster, 2 worker processes), fresh caches. Sides alternate over rounds; the
median of each is printed with the ratio.

    .venv/bin/python bench/batch_throughput.py --books 8 --words 700 --rounds 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

from synthetic import write_synthetic_epub  # noqa: E402

CLI = [sys.executable, "-c", "from audiobook.cli import main; main()"]
ENV = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=ENV, cwd=ROOT, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--books", type=int, default=8)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--parallel", type=int, default=2)
    parser.add_argument("--dask-words", type=int, default=6000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        inbox = scratch / "inbox"
        inbox.mkdir()
        books = [write_synthetic_epub(inbox / f"book-{n:02d}.epub", args.words, chapters=3, seed=n)
                 for n in range(args.books)]
        big = write_synthetic_epub(scratch / "big.epub", args.dask_words, chapters=8, seed=99)
        times: dict[str, list[float]] = {"one after another": [], "render-library": [], "threads": [], "dask": []}
        for round_number in range(args.rounds):
            run = scratch / f"round-{round_number}"

            def sequential() -> float:
                return sum(_timed([*CLI, "render", str(book), "-o", str(run / "seq" / book.stem),
                                   "--cache-dir", str(run / "cache-seq")]) for book in books)

            def library() -> float:
                return _timed([*CLI, "library", str(inbox), "-o", str(run / "lib"), "--parallel", str(args.parallel),
                               "--cache-dir", str(run / "cache-lib")])

            def threads() -> float:
                return _timed([*CLI, "render", str(big), "-o", str(run / "threads"), "--cache-dir",
                               str(run / "cache-threads")])

            def dask() -> float:
                return _timed([*CLI, "render", str(big), "-o", str(run / "dask"), "--cache-dir", str(run / "cache-dask"),
                               "--runner", "dask", "--dask-workers", "2"])

            sides = [("one after another", sequential), ("render-library", library), ("threads", threads),
                     ("dask", dask)]
            if round_number % 2:
                sides = [sides[1], sides[0], sides[3], sides[2]]
            for name, side in sides:
                times[name].append(side())
                print(f"round {round_number + 1}: {name}: {times[name][-1]:.1f} s", flush=True)
    median = {name: statistics.median(values) for name, values in times.items()}
    per_hour = {name: args.books * 3600 / median[name] for name in ("one after another", "render-library")}
    print(f"library of {args.books} books x {args.words} words: one after another {per_hour['one after another']:.0f} "
          f"books/h, render-library (--parallel {args.parallel}) {per_hour['render-library']:.0f} books/h: "
          f"ratio {per_hour['render-library'] / per_hour['one after another']:.2f}")
    print(f"one book of {args.dask_words} words: threads {median['threads']:.1f} s, dask LocalCluster(2) "
          f"{median['dask']:.1f} s: dask/threads time ratio {median['dask'] / median['threads']:.2f}")


if __name__ == "__main__":
    main()
