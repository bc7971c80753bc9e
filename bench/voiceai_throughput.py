"""Benchmark: Voice.ai client throughput against the local server's plan limit.

`audiobook serve` runs in its own process with a fixed added latency L per
generation and a concurrency limit C. N segments then need at least N*L/C seconds
(the ideal). The same N segments are rendered through the pipeline's render path
(`render_segments` with the voiceai engine, fresh cache) over HTTP and over the
multi-context WebSocket. Reports achieved/ideal (ideal time / achieved time; target
>= 0.9) and the server's count of requests rejected for exceeding C (target 0).

    .venv/bin/python bench/voiceai_throughput.py --segments 100 --latency 0.5 --concurrency 5
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audiobook.models import Segment  # noqa: E402
from audiobook.settings import RenderSettings  # noqa: E402
from audiobook.synthesis.render import render_segments  # noqa: E402
from audiobook.tts.registry import load_engine  # noqa: E402

KEY = "vk_bench"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=5)
    args = parser.parse_args()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "audiobook"), "serve", "--port", str(port), "--api-key", KEY,
                               "--latency", str(args.latency), "--max-concurrent", str(args.concurrency)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(base_url + "/_local/stats", timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    sys.exit("the local server did not start")
                time.sleep(0.2)
        os.environ.update(AUDIOBOOK_VOICEAI_BASE_URL=base_url, AUDIOBOOK_VOICEAI_API_KEY=KEY,
                          AUDIOBOOK_VOICEAI_CONCURRENCY=str(args.concurrency))
        ideal = args.segments * args.latency / args.concurrency
        print(f"N={args.segments} segments, L={args.latency} s, C={args.concurrency}: ideal {ideal:.1f} s")
        for transport in ("http", "ws"):
            engine = load_engine("voiceai", backend_options={"voiceai": {"transport": transport}})
            segments = [Segment(number=n, chapter_index=1, passage=f"Sentence {n} {transport}, read aloud.",
                                language="en", model="voiceai-tts-v1-latest", block_index=n, ends_block=True)
                        for n in range(args.segments)]
            before = requests.get(base_url + "/_local/stats", timeout=5).json()["responses"]
            with tempfile.TemporaryDirectory() as cache:
                started = time.perf_counter()
                rendered = render_segments(segments, engine, RenderSettings(engine="voiceai", cache_dir=cache))
                seconds = time.perf_counter() - started
            after = requests.get(base_url + "/_local/stats", timeout=5).json()["responses"]
            rejected = after.get("concurrency_rejected", 0) - before.get("concurrency_rejected", 0)
            retries = sum(r.attempts for r in rendered) - len(rendered)
            print(f"{transport:>4}: {seconds:.2f} s, achieved/ideal {ideal / seconds:.3f}, rejected for exceeding C: "
                  f"{rejected}, retries: {retries}", flush=True)
            engine.default.close()  # type: ignore[attr-defined]
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
