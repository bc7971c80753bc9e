"""Benchmark: the text stage (read, split, detect) in words per second.

Builds a ~1.4-million-word EPUB from the largest book available (Moby-Dick from
../shared/corpus when present, else the samples), repeating its chapters, then
times read_book + plan_book on it in this process. Target: 1.4 M words in < 10 s.

    .venv/bin/python bench/text_stage.py
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

from synthetic import write_epub  # noqa: E402

from audiobook.ingest import read_book  # noqa: E402
from audiobook.text.segmenter import SegmentOptions, plan_book  # noqa: E402

TARGET_WORDS = 1_400_000


def chapters_of(source: Path) -> list[bytes]:
    """Raw XHTML of the readable chapters of `source`."""
    book = read_book(source)
    hrefs = {h for c in book.chapters for h in c.source_hrefs}
    with zipfile.ZipFile(source) as archive:
        names = {n.rsplit("/", 1)[-1]: n for n in archive.namelist()}
        return [archive.read(names[h.rsplit("/", 1)[-1]]) for h in sorted(hrefs)]


def build_big_epub(source: Path, target: Path) -> int:
    pages = chapters_of(source)
    words_per_copy = sum(len(c.text.split()) for c in read_book(source).chapters for c in c.blocks)
    copies = max(1, -(-TARGET_WORDS // words_per_copy))
    names = [f"p{copy:02d}_{i:04d}.xhtml" for copy in range(copies) for i in range(len(pages))]
    write_epub(target, "Bench", [(name, f"Part {n + 1}", pages[n % len(pages)]) for n, name in enumerate(names)])
    return copies


def main() -> None:
    corpus = ROOT.parent / "shared" / "corpus" / "idpf-moby-dick.epub"
    source = corpus if corpus.exists() else ROOT / "samples" / "lighthouse.epub"
    with tempfile.TemporaryDirectory() as scratch:
        big = Path(scratch) / "big.epub"
        copies = build_big_epub(source, big)
        read_book(ROOT / "samples" / "polyglot.epub")  # warm the language model, as a long run would
        plan_book(read_book(ROOT / "samples" / "polyglot.epub"))
        started = time.perf_counter()
        book = read_book(big)
        read_seconds = time.perf_counter() - started
        plan = plan_book(book)
        total = time.perf_counter() - started
        started = time.perf_counter()
        plan_book(book, SegmentOptions(normalize=False))
        without_normalizing = time.perf_counter() - started
    words = sum(c.words for c in plan.chapters)
    print(f"source: {source.name} x{copies}; {words:,} words, {len(plan.chapters)} chapters, {plan.segment_count:,} segments")
    print(f"read {read_seconds:.2f} s + split/detect/normalize {total - read_seconds:.2f} s = {total:.2f} s; "
          f"{words / total:,.0f} words/s; 1.4 M words would take {1_400_000 / (words / total):.1f} s (target < 10 s)")
    bare = read_seconds + without_normalizing
    print(f"without normalization: split/detect {without_normalizing:.2f} s, {read_seconds:.2f} + "
          f"{without_normalizing:.2f} = {bare:.2f} s, 1.4 M words in {1_400_000 / (words / bare):.1f} s; "
          f"normalization costs {(total - read_seconds) - without_normalizing:.2f} s")


if __name__ == "__main__":
    main()
