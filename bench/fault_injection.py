"""Benchmark: a book through the Voice.ai backend on a bad day vs a clean day.

The local server runs in this process twice: clean, then with 20% 500s, 5% 429 with
Retry-After 0.5 s, 2% mid-stream disconnects and 1% answers slower than the client's
timeout (4 s against 2 s). Both runs render the same book through `render_segments`
(HTTP transport, plan limit 3, fresh cache). Prints segments, requests the server saw,
retries, time, and whether the segment lists (ids, texts, languages) and the audio
are identical. Then a third server whose credits run out part-way: how many
requests are sent after the first 402.

    .venv/bin/python bench/fault_injection.py --words 3000
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

from synthetic import write_synthetic_epub  # noqa: E402

from audiobook.ingest import read_book  # noqa: E402
from audiobook.server.app import ServerOptions  # noqa: E402
from audiobook.server.running import LocalServer  # noqa: E402
from audiobook.settings import RenderSettings  # noqa: E402
from audiobook.synthesis.cache import SegmentCache  # noqa: E402
from audiobook.synthesis.render import render_segments  # noqa: E402
from audiobook.text.segmenter import plan_book  # noqa: E402
from audiobook.tts.registry import load_engine  # noqa: E402

KEY = "vk_bench_faults"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        book = write_synthetic_epub(Path(scratch) / "book.epub", args.words, chapters=3)
        segments = [s for c in plan_book(read_book(book)).chapters for s in c.segments]
        days = {"clean": ServerOptions(api_key=KEY, max_concurrent=3),
                "faulty": ServerOptions(api_key=KEY, max_concurrent=3, error_rate=0.20, rate_limit_rate=0.05,
                                        retry_after=0.5, disconnect_rate=0.02, slow_rate=0.01, slow_seconds=4, seed=11)}
        results = {}
        for day, options in days.items():
            with LocalServer(options) as server:
                os.environ.update(AUDIOBOOK_VOICEAI_BASE_URL=server.base_url, AUDIOBOOK_VOICEAI_API_KEY=KEY,
                                  AUDIOBOOK_VOICEAI_TIMEOUT="2", AUDIOBOOK_VOICEAI_MAX_ATTEMPTS="10")
                engine = load_engine("voiceai")
                cache = Path(scratch) / f"cache-{day}"
                started = time.perf_counter()
                rendered = render_segments(segments, engine, RenderSettings(engine="voiceai", cache_dir=str(cache)))
                seconds = time.perf_counter() - started
                stats = server.local.stats
                audio = [SegmentCache(cache).read_pcm(r.cache_key) for r in rendered]
                results[day] = (rendered, audio)
                print(f"{day:>6}: {len(rendered)} segments, {stats.requests['/api/v1/tts/speech']} requests, "
                      f"{sum(r.attempts for r in rendered) - len(rendered)} retries, {seconds:.1f} s; injected: "
                      + ", ".join(f"{k.removeprefix('injected_')} {v}" for k, v in sorted(stats.responses.items())
                                  if k.startswith("injected_"))
                      + f"; refused for concurrency {stats.responses['concurrency_rejected']}", flush=True)
        with LocalServer(ServerOptions(api_key=KEY, max_concurrent=3, credits=1500)) as server:
            os.environ.update(AUDIOBOOK_VOICEAI_BASE_URL=server.base_url)
            try:
                render_segments(segments, load_engine("voiceai"),
                                RenderSettings(engine="voiceai", cache_dir=str(Path(scratch) / "cache-credits")))
            except Exception as exc:  # the expected stop
                stats = server.local.stats
                print(f"credits run out after {stats.characters} characters: stopped with \"{exc}\"; "
                      f"{stats.requests['/api/v1/tts/speech']} requests, {stats.responses['credits_exhausted']} "
                      f"answered 402 (at most the {3} in flight)")
    (clean, clean_audio), (faulty, faulty_audio) = results["clean"], results["faulty"]
    print(f"segment lists identical: {[r.id for r in clean] == [r.id for r in faulty]}; "
          f"audio identical: {clean_audio == faulty_audio}")


if __name__ == "__main__":
    main()
