"""PDF books written for this project's tests, printed from their HTML by Chromium.

    python samples/pdf_book.py       # writes the-relief.pdf, the-winter-log.pdf, the-crossing.pdf, keeper-scan.pdf

the-relief.pdf is a page saved as PDF by a reader: Chromium prints the page's title and the date at
the top of every page and the file's address and "page/pages" at the bottom, the running heads and
feet the reader must skip, and writes the outline (bookmarks) from the headings. It differs from
run to run (the date), so it is committed and the tests read the committed copy.

the-winter-log.pdf is set as a typesetter sets a book: no outline and no browser furniture, but the
book's own running head and page numbers, chapter titles only in larger type, footnotes at the foot
of the page in small type with raised markers, indented paragraphs.

the-crossing.pdf is a manuscript typed in a word processor and saved as PDF: double-spaced, chapter
titles bold and centred at the text's size, the file's name as its title.

keeper-scan.pdf is a scanned book as the Internet Archive serves it: the digitization notice on a page of
its own before the printed title page, and the scan's identifier as the document's title.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PDF_DIR = Path(__file__).resolve().parent / "pdf"


def print_pdf(browser: str, name: str, out_dir: Path, *options: str) -> Path:
    """samples/pdf/NAME.html printed to OUT_DIR/NAME.pdf."""
    target = out_dir / f"{name}.pdf"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}", *options,
                    (PDF_DIR / f"{name}.html").as_uri()], check=True, capture_output=True, timeout=120)
    return target


def main(out_dir: Path = PDF_DIR) -> list[Path]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("needs Chromium (the README's set-up installs it)")
    return [print_pdf(browser, "the-relief", out_dir, "--generate-pdf-document-outline"),
            print_pdf(browser, "the-winter-log", out_dir, "--no-pdf-header-footer"),
            print_pdf(browser, "the-crossing", out_dir, "--no-pdf-header-footer"),
            print_pdf(browser, "keeper-scan", out_dir, "--no-pdf-header-footer")]


if __name__ == "__main__":
    print(*main(Path(sys.argv[1]) if len(sys.argv) > 1 else PDF_DIR), sep="\n")
