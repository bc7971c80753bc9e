"""Small books and checks the chapter, matter, reading and text-book tests share."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from audiobook.models import Book
from tests.helpers import SAMPLES

STRUCTURE = SAMPLES / "structure"


def reasons(book: Book) -> dict[str, int]:
    """The words skipped for each reason."""
    found: dict[str, int] = {}
    for skipped in book.skipped:
        found[skipped.reason] = found.get(skipped.reason, 0) + skipped.words
    return found


def read_text(book: Book) -> str:
    """Every block the book reads, in order, as one string."""
    return " ".join(b.text for c in book.chapters for b in c.blocks)


def lamp_prose(times: int) -> str:
    """A paragraph of one sentence said `times` times: a chapter's body of a known length."""
    return "<p>" + "The lamp was lit at dusk and the keeper wrote the hour in his book. " * times + "</p>"


def keeper_text(times: int) -> str:
    """A plain-text paragraph of one sentence said `times` times: a text book's chapter body of a known length."""
    return "The keeper wrote the hour in his log and trimmed the wick at every watch. " * times


def tale(seed: int, words: int = 900) -> list[str]:
    """A story's paragraphs of about `words` words, the same for the same seed."""
    import random

    from samples.synthetic import chapter_paragraphs

    return chapter_paragraphs(words, random.Random(seed))


def rewrite_package(path: Path, change: Callable[[bytes], bytes]) -> None:
    """Change a written EPUB's package document (a guide, metadata left out), as other tools write theirs."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["OEBPS/book.opf"] = change(files["OEBPS/book.opf"])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            stored = name == "mimetype"
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)


def book_html(tmp_path: Path, body: str, author: str = "Ines Roca") -> Path:
    """An HTML book, "The Tide Clock" by `author`, whose body is `body`."""
    source = tmp_path / "book.html"
    source.write_text(f'<html><head><title>The Tide Clock</title><meta name="author" content="{author}"/></head>'
                      f"<body>{body}</body></html>", encoding="utf-8")
    return source


# a paragraph of body text for the small books the tests build
PROSE = lamp_prose(3)
