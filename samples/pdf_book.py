"""A PDF book written for this project's tests, printed from its HTML by Chromium, as a reader's PDF is.

    python samples/pdf_book.py       # writes samples/pdf/the-relief.pdf from the-relief.html

Chromium prints the page's title and the date at the top of every page and the file's address
and "page/pages" at the bottom: the running heads and feet the reader must skip. It writes the
outline (bookmarks) from the headings. The file differs from run to run (the date), so it is
committed and the tests read the committed copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PDF_DIR = Path(__file__).resolve().parent / "pdf"


def main(out_dir: Path = PDF_DIR) -> Path:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("needs Chromium (the README's set-up installs it)")
    target = out_dir / "the-relief.pdf"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}",
                    "--generate-pdf-document-outline", (PDF_DIR / "the-relief.html").as_uri()],
                   check=True, capture_output=True, timeout=120)
    return target


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else PDF_DIR))
