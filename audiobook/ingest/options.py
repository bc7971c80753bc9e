"""Options that change how a source is read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestOptions:
    """How to read a book.

    toc_depth: 0 = automatic (the deepest table-of-contents level that gives at most
    AUTO_MAX_CHAPTERS chapters, or chapters with a median of AUTO_MIN_MEDIAN_WORDS
    words), otherwise that level.
    include_matter: read cover, title, copyright, contents and licence pages too.
    include_nonlinear: read non-linear spine items (footnote files) too.
    include_alt_text: read image alt text where an image has it.
    cover: a PNG or JPEG file that is the book's cover, in place of its own (a manuscript or text book has none).
    title, author: the book's title and its authors ("Ines Roca; Bo Roe"), in place of what the book says or
    what was found (a Word file's properties may say "Microsoft Word - draft3.docx").
    """

    toc_depth: int = 0
    include_matter: bool = False
    include_nonlinear: bool = False
    include_alt_text: bool = False
    cover: str | None = None
    title: str | None = None
    author: str | None = None


AUTO_MIN_MEDIAN_WORDS = 400
AUTO_MAX_CHAPTERS = 100
