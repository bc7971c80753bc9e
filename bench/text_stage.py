"""Benchmark: the text stage against the baseline other converters use, side by side.

Builds an EPUB of about 1.2 million words (Moby-Dick from ../shared/corpus repeated, when
present, else generated prose), then runs, each in a fresh process so peak memory is its own:

- baseline: ebooklib reads the book and BeautifulSoup's `get_text` is called on every
  spine document (what the popular converters do before they split sentences);
- ours: `read_book` + `plan_book` (chapters checked against the text, matter by content,
  scripts, sentences, languages, normalization, lexicon).

Sides alternate for --rounds rounds; medians of wall time and peak RSS are compared. Both sides run as installed:
the baseline's libraries carry their compiled bytecode, so our package's is compiled first (where no bytecode is
written, as on this machine, every run compiled our sources again: 0.05-0.1 s of the comparison).
Targets: time at most 2.0x the baseline, peak memory at most 1.5x.

    .venv/bin/python bench/text_stage.py [--rounds 3] [--words 1200000]
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

from synthetic import chapter_paragraphs, write_epub  # noqa: E402

CORPUS_BOOK = ROOT.parent / "shared" / "corpus" / "idpf-moby-dick.epub"

BASELINE = """
import resource, sys, time, warnings
started = time.perf_counter()
from bs4 import BeautifulSoup
from ebooklib import epub, ITEM_DOCUMENT
warnings.simplefilter("ignore")
book = epub.read_epub(sys.argv[1], {"ignore_ncx": True})
words = 0
for idref, _ in book.spine:
    item = book.get_item_with_id(idref)
    if item is not None and item.get_type() == ITEM_DOCUMENT:
        words += len(BeautifulSoup(item.get_content(), "lxml").get_text().split())
print(__import__("json").dumps({"seconds": time.perf_counter() - started, "words": words,
      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

OURS = """
import resource, sys, time
started = time.perf_counter()
from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
plan = plan_book(read_book(sys.argv[1]))
print(__import__("json").dumps({"seconds": time.perf_counter() - started,
      "words": sum(c.words for c in plan.chapters), "segments": plan.segment_count,
      "chapters": len(plan.chapters), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_book(target: Path, words: int) -> str:
    """A ~`words`-word EPUB: Moby-Dick's chapter files repeated when the corpus is here, else generated prose."""
    if CORPUS_BOOK.exists():
        with zipfile.ZipFile(CORPUS_BOOK) as archive:
            pages = [archive.read(n) for n in sorted(archive.namelist()) if n.endswith(".xhtml") and "chapter_" in n]
        per_copy = sum(len(p.split()) for p in pages)
        copies = max(1, round(words / per_copy * 1.1))
        write_epub(target, "Bench", [(f"p{n:05d}.xhtml", f"Part {n + 1}", pages[n % len(pages)])
                                     for n in range(copies * len(pages))])
        return f"Moby-Dick's {len(pages)} chapter files x{copies}"
    import random

    rng = random.Random(1851)
    pages = []
    for n in range(words // 4000):
        body = "".join(f"<p>{p}</p>" for p in chapter_paragraphs(4000, rng))
        pages.append((f"c{n:04d}.xhtml", f"Chapter {n + 1}", (
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>C</title></head>'
            f"<body><h1>Chapter {n + 1}</h1>{body}</body></html>").encode()))
    write_epub(target, "Bench", pages)
    return f"generated prose, {len(pages)} chapters"


def run(code: str, book: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", code, str(book)], capture_output=True, text=True, cwd=ROOT,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--words", type=int, default=1_200_000)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "audiobook", quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        book = Path(scratch) / "big.epub"
        made_of = build_book(book, args.words)
        baseline, ours = [], []
        for _ in range(args.rounds):
            baseline.append(run(BASELINE, book))
            ours.append(run(OURS, book))
    seconds = statistics.median(r["seconds"] for r in ours), statistics.median(r["seconds"] for r in baseline)
    memory = statistics.median(r["rss_mb"] for r in ours), statistics.median(r["rss_mb"] for r in baseline)
    print(f"book: {made_of}; baseline counts {baseline[0]['words']:,} words; ours reads {ours[0]['words']:,} words "
          f"in {ours[0]['chapters']:,} chapters, {ours[0]['segments']:,} segments")
    print("rounds (ours / baseline): " + "; ".join(
        f"{o['seconds']:.2f} s, {o['rss_mb']:.0f} MB / {b['seconds']:.2f} s, {b['rss_mb']:.0f} MB"
        for o, b in zip(ours, baseline)))
    print(f"time: {seconds[0]:.2f} s vs {seconds[1]:.2f} s = {seconds[0] / seconds[1]:.2f}x (target <= 2.0x)")
    print(f"peak memory: {memory[0]:.0f} MB vs {memory[1]:.0f} MB = {memory[0] / memory[1]:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
