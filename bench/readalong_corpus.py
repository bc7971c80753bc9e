"""Check: the read-along EPUB of real books, by EPUBCheck's verdict and how much is highlighted by sentence.

Renders chapters 2-3 of every EPUB in ../shared/corpus (when present) and every sample book with
espeak-ng and `--format epub`, then prints, per book, EPUBCheck's errors and warnings and the
manifest's `outputs.epub_overlay` (segments highlighted by sentence, by paragraph, not at all).

    .venv/bin/python bench/readalong_corpus.py [--chapters 2-3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = [ROOT / "samples" / name for name in ("lighthouse.epub", "moulin.epub", "polyglot.epub", "clockmaker.html",
                                               "text/tidewater.txt", "structure/salt-road.epub")]


def render(book: Path, out: Path, chapters: str | None) -> dict:
    command = [sys.executable, "-m", "audiobook.cli", "render", str(book), "-o", str(out), "--engine", "espeak",
               "--format", "epub", *(["--chapters", chapters] if chapters else [])]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return json.loads((out / "manifest.json").read_text())["outputs"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapters", default="2-3", help="chapters of each corpus book to render")
    args = parser.parse_args()
    books = [(book, None) for book in SAMPLES] + [(book, args.chapters) for book in sorted(CORPUS.glob("*.epub"))]
    print(f"{'book':42} {'errors':>6} {'warnings':>8} {'by sentence':>11} {'by paragraph':>12} {'not at all':>10}")
    with tempfile.TemporaryDirectory() as scratch:
        for number, (book, chapters) in enumerate(books):
            outputs = render(book, Path(scratch) / str(number), chapters)
            check, overlay = outputs["epub_check"], outputs["epub_overlay"]
            print(f"{book.name:42} {check.get('errors', '-'):>6} {check.get('warnings', '-'):>8} "
                  f"{overlay['segments_by_sentence']:>11} {overlay['segments_by_paragraph']:>12} "
                  f"{overlay['segments_not_highlighted']:>10}")


if __name__ == "__main__":
    main()
