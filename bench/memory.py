"""Benchmark: peak memory of `audiobook render` on long books, at two lengths.

Renders synthetic books (fresh cache, default formats) and samples the resident memory
of the render process and of everything it starts (the ephemeral Prefect API server,
ffmpeg, espeak-ng) every 0.2 s. Targets: with espeak-ng, the render process stays under
500 MB and does not grow with length; a default render (the `auto` engine: Piper for
English), on a book of long sentences (--long-sentences: every sentence about 290
characters, so every segment is at the 300-character limit), stays under 1.5 GB.

    .venv/bin/python bench/memory.py --engine espeak             # 105k and 210k words
    .venv/bin/python bench/memory.py --long-sentences --words 11000 22000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "samples"))

from procs import run_measured  # noqa: E402
from synthetic import write_synthetic_epub  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, nargs="+", default=[105_000, 210_000])
    parser.add_argument("--engine", help="the render's --engine (default: the CLI's default)")
    parser.add_argument("--long-sentences", action="store_true", help="sentences of about 290 characters")
    args = parser.parse_args()
    rows = []
    for words in args.words:
        with tempfile.TemporaryDirectory(prefix="bench-memory-") as scratch:
            book = write_synthetic_epub(Path(scratch) / "book.epub", words, chapters=max(1, words // 5000),
                                        long_sentences=args.long_sentences)
            env = {**os.environ, "AUDIOBOOK_CACHE_DIR": str(Path(scratch) / "cache")}
            out = Path(scratch) / "out"
            engine = ["--engine", args.engine] if args.engine else []
            measured = run_measured([str(ROOT / ".venv" / "bin" / "audiobook"), "render", *engine, str(book), "-o",
                                     str(out)], env=env)
            if measured.returncode != 0:
                sys.exit(f"audiobook render failed on {words} words")
            hours = json.loads((out / "manifest.json").read_text())["totals"]["duration_ms"] / 3_600_000
        rows.append((words, hours, measured))
        print(f"{words:,} words, {hours:.1f} h of audio: {measured.seconds:.0f} s; peak RSS render process "
              f"{measured.peak_main_mb:.0f} MB, all processes together {measured.peak_tree_mb:.0f} MB", flush=True)
    if len(rows) >= 2:
        (_, h1, m1), (_, h2, m2) = rows[0], rows[-1]
        print(f"length x{h2 / h1:.2f}: render-process peak x{m2.peak_main_mb / m1.peak_main_mb:.2f}, "
              f"all-process peak x{m2.peak_tree_mb / m1.peak_tree_mb:.2f} (targets: espeak under 500 MB and flat; "
              "the default engine under 1.5 GB)")


if __name__ == "__main__":
    main()
