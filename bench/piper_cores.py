"""Benchmark: Piper segments per second on 1 core vs 2 cores (parallel efficiency).

Each configuration runs in its own process pinned to its cores
(os.sched_setaffinity) and renders the same segments through the library's render
path (`render_segments`: pool of single-threaded Piper sessions, one per core, the
clip check and the segment cache) into a fresh cache.

    .venv/bin/python bench/piper_cores.py --segments 80
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "samples"))


def child(cores: int, segments: int) -> None:
    os.sched_setaffinity(0, set(range(cores)))
    from synthetic import write_synthetic_epub

    from audiobook.ingest import read_book
    from audiobook.settings import RenderSettings
    from audiobook.synthesis.render import render_segments
    from audiobook.text.segmenter import plan_book
    from audiobook.tts.piper import PiperSynthesizer
    from audiobook.tts.registry import Engine

    with tempfile.TemporaryDirectory() as scratch:
        book = write_synthetic_epub(Path(scratch) / "b.epub", words=segments * 40, chapters=1)
        chosen = [s for c in plan_book(read_book(book)).chapters for s in c.segments][:segments]
        piper = PiperSynthesizer(workers=cores)
        engine = Engine("piper", piper, {"en": piper})
        started = time.perf_counter()
        rendered = render_segments(chosen, engine, RenderSettings(engine="piper", cache_dir=str(Path(scratch) / "c")))
        seconds = time.perf_counter() - started
    audio = sum(r.frames for r in rendered) / 22_050
    print(json.dumps({"cores": cores, "segments": len(rendered), "seconds": seconds, "audio_seconds": audio}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=80)
    parser.add_argument("--child", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.segments)
        return
    results = {}
    for cores in (1, 2):
        output = subprocess.run([sys.executable, __file__, "--child", str(cores), "--segments", str(args.segments)],
                                capture_output=True, text=True, check=True).stdout
        results[cores] = json.loads(output.strip().splitlines()[-1])
        r = results[cores]
        print(f"{cores} core(s): {r['segments']} segments in {r['seconds']:.1f} s = {r['segments'] / r['seconds']:.2f} "
              f"segments/s, {r['audio_seconds'] / r['seconds']:.1f}x real time", flush=True)
    speedup = results[1]["seconds"] / results[2]["seconds"]
    print(f"2 cores vs 1: speed-up {speedup:.2f}x, parallel efficiency {speedup / 2:.0%}")


if __name__ == "__main__":
    main()
