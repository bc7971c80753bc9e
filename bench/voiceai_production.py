"""Benchmark: whole books through Voice.ai's multi-context WebSocket on a bad day, with
one concurrency limit for the account across threads, books and Dask workers.

A real `prefect server` holds the account's global concurrency limit; `audiobook serve`
(a new one per run, so its counters are the run's) adds latency L to every generation,
allows C at once, and injects faults: 7% failed generations (5% "5xx" plus 2% other
per-context failures: over the multi-context WebSocket both arrive as per-context
errors), 2% rate limits with Retry-After, 1% mid-stream disconnects (which end every
context on the connection). Runs, each with a fresh cache:

    clean     book A alone, no faults                    (reference audio, and the clean ratio)
    faults    book A alone
    library   books A and B in parallel through `audiobook library` (render-library)
    dask      book A on a Dask LocalCluster of 2 worker processes

For every run: the segment list and every segment's audio are compared with a clean
render of the same book; the server's peak concurrency must be <= C and no request may
be refused for concurrency. achieved/ideal = (N*L/C) / (time from the first generation
to the last, as the server saw it); the whole command's wall time is printed beside it.

    .venv/bin/python bench/voiceai_production.py --words 30000 --latency 0.5 --concurrency 5
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

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audiobook.synthesis.cache import SegmentCache  # noqa: E402
from samples.synthetic import write_synthetic_epub  # noqa: E402

KEY = "vk_bench_production"
AUDIOBOOK = str(ROOT / ".venv" / "bin" / "audiobook")
FAULTS = ["--error-rate", "0.07", "--rate-limit-rate", "0.02", "--retry-after", "1", "--disconnect-rate", "0.01"]


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"{what} did not start")
            time.sleep(0.3)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def voiceai_server(latency: float, concurrency: int, faults: bool) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [AUDIOBOOK, "serve", "--port", str(port), "--api-key", KEY, "--latency", str(latency),
               "--max-concurrent", str(concurrency), "--seed", str(port), *(FAULTS if faults else [])]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/_local/stats", process, "audiobook serve")
    return process, url


def segments_of(manifest: Path) -> list[tuple[str, str, str]]:
    """(id, text, cache key) of every segment. (The key names the server's host and port,
    which differ between runs, so keys are compared through the audio they hold.)"""
    document = json.loads(manifest.read_text())
    return [(s["id"], s["text"], s["cache_key"]) for c in document["chapters"] for s in c["segments"]]


def same_audio(run: tuple[Path, Path], clean: tuple[Path, Path]) -> bool:
    """Same segments, and byte-identical audio for each, as in the clean render."""
    ours, theirs = segments_of(run[0]), segments_of(clean[0])
    if [s[:2] for s in ours] != [s[:2] for s in theirs]:
        return False
    our_cache, their_cache = SegmentCache(str(run[1])), SegmentCache(str(clean[1]))
    return all(our_cache.read_pcm(a[2]) == their_cache.read_pcm(b[2]) for a, b in zip(ours, theirs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--chapters", type=int, default=12)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=5)
    parser.add_argument("--runs", default="clean,faults,library,dask", help="Which runs (clean is the reference).")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="voiceai-production-"))
    books = {"A": write_synthetic_epub(work / "book-a.epub", args.words, args.chapters, seed=1),
             "B": write_synthetic_epub(work / "book-b.epub", args.words, args.chapters, seed=2)}

    api = f"http://127.0.0.1:{free_port()}/api"
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "AUDIOBOOK_VOICEAI_API_KEY": KEY,
           "AUDIOBOOK_VOICEAI_CONCURRENCY": str(args.concurrency), "AUDIOBOOK_ASR_SAMPLE": "0",
           "AUDIOBOOK_VOICEAI_ACCOUNT_LIMIT": "prefect"}
    prefect = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port",
                                api.rsplit(":", 1)[1].split("/")[0]], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(api + "/health", prefect, "prefect server")
        render = ["--engine", "voiceai", "--transport", "ws", "--format", "m4b"]
        runs = [
            ("clean", False, ["render", str(books["A"]), "-o", "{out}", *render, "--cache-dir", "{cache}"], ["A"]),
            ("faults", True, ["render", str(books["A"]), "-o", "{out}", *render, "--cache-dir", "{cache}"], ["A"]),
            ("library", True, ["library", str(books["A"]), str(books["B"]), "-o", "{out}", "--parallel", "2", *render,
                               "--cache-dir", "{cache}"], ["A", "B"]),
            ("dask", True, ["render", str(books["A"]), "-o", "{out}", *render, "--cache-dir", "{cache}",
                            "--runner", "dask", "--dask-workers", "2"], ["A"]),
        ]
        print(f"{args.words:,}-word books, L={args.latency} s, C={args.concurrency}, transport ws; "
              f"faults: {' '.join(FAULTS)}", flush=True)
        references: dict[str, tuple[Path, Path]] = {}
        for name, faulty, command, rendered in runs:
            if name not in args.runs.split(","):
                continue
            out, cache = work / "out" / name, work / "cache" / name
            server, url = voiceai_server(args.latency, args.concurrency, faulty)
            try:
                started = time.monotonic()
                result = subprocess.run([AUDIOBOOK, *(a.format(out=out, cache=cache) for a in command)],
                                        env={**env, "AUDIOBOOK_VOICEAI_BASE_URL": url}, capture_output=True,
                                        text=True, stdin=subprocess.DEVNULL)
                wall = time.monotonic() - started
                stats = httpx.get(url + "/_local/stats", timeout=10).json()
            finally:
                stop(server)
            if result.returncode != 0:
                print(f"{name}: FAILED ({result.returncode}) {result.stderr.strip().splitlines()[-1:]}", flush=True)
                continue
            manifests = {b: (out / "manifest.json" if len(rendered) == 1 else out / books[b].stem / "manifest.json")
                         for b in rendered}
            if name == "clean":
                references["A"] = (manifests["A"], cache)
            segments = sum(len(segments_of(m)) for m in manifests.values())
            ideal = segments * args.latency / args.concurrency
            span = stats["last_finished"] - stats["first_started"]
            identical = []
            for book in rendered:
                if book not in references:  # a clean render of B, without latency, for its reference audio
                    ref_out, ref_cache = work / "out" / f"clean-{book}", work / "cache" / f"clean-{book}"
                    ref_server, ref_url = voiceai_server(0.0, args.concurrency, False)
                    try:
                        subprocess.run([AUDIOBOOK, "render", str(books[book]), "-o", str(ref_out), *render,
                                        "--cache-dir", str(ref_cache)], env={**env, "AUDIOBOOK_VOICEAI_BASE_URL": ref_url},
                                       check=True, capture_output=True, stdin=subprocess.DEVNULL)
                    finally:
                        stop(ref_server)
                    references[book] = (ref_out / "manifest.json", ref_cache)
                identical.append(same_audio((manifests[book], cache), references[book]))
            responses = stats["responses"]
            injected = {k.removeprefix("injected_"): v for k, v in responses.items() if k.startswith("injected_")}
            print(f"{name:>8}: {segments} segments, achieved/ideal {ideal / span:.3f} (server span {span:.1f} s, "
                  f"slots busy {stats['busy_seconds'] / args.concurrency / span:.2f}, "
                  f"ideal {ideal:.1f} s; command {wall:.1f} s, {ideal / wall:.3f}), peak {stats['peak_active']}/"
                  f"{args.concurrency}, refused for concurrency {responses.get('concurrency_rejected', 0)}, "
                  f"faults {injected or 'none'}, identical to clean: {all(identical)}", flush=True)
    finally:
        stop(prefect)


if __name__ == "__main__":
    main()
