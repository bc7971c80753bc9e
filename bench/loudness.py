"""Benchmark: loudness spread across chapters and engines, without and with normalization.

Renders samples/lighthouse.epub (English) with espeak-ng and, when installed, Piper,
each with `--loudness off` and with the default target, then measures every chapter
MP3 (ffmpeg ebur128: integrated loudness, true peak). Prints each chapter's values and
the spread (loudest - quietest chapter, in LU) over all chapters of all engines.

    .venv/bin/python bench/loudness.py
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from audiobook.cli import main; main()"]


def measure(path: Path) -> tuple[float, float]:
    report = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true",
                             "-f", "null", "-"], capture_output=True, text=True, check=True).stderr
    summary = report[report.rindex("Summary:"):]
    return (float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1)),  # type: ignore[union-attr]
            float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1)))  # type: ignore[union-attr]


def main() -> None:
    engines = ["espeak"] + (["piper"] if importlib.util.find_spec("piper") else [])
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    with tempfile.TemporaryDirectory() as scratch:
        for setting in ("off", "-18"):
            values = []
            for engine in engines:
                out = Path(scratch) / f"{engine}{setting}"
                subprocess.run([*CLI, "render", str(ROOT / "samples" / "lighthouse.epub"), "-o", str(out), "--engine",
                                engine, "--format", "mp3", f"--loudness={setting}", "--cache-dir",
                                str(Path(scratch) / "cache")], env=env, check=True, capture_output=True, cwd=ROOT)
                for chapter in sorted((out / "chapters").glob("*.mp3")):
                    lufs, peak = measure(chapter)
                    values.append(lufs)
                    print(f"loudness {setting:>4}  {engine:<6} {chapter.name[:40]:<40} {lufs:6.1f} LUFS  "
                          f"true peak {peak:5.1f} dBTP", flush=True)
            print(f"loudness {setting}: {len(values)} chapters over {', '.join(engines)}: "
                  f"{min(values):.1f} to {max(values):.1f} LUFS, spread {max(values) - min(values):.1f} LU", flush=True)


if __name__ == "__main__":
    main()
