"""A cover picture from a file: the `--cover` a book without one (a manuscript, a text book) is given, the picture
a library keeps beside a book under its name, or a podcast script's `image`. Known by its bytes, not its name: a
PNG or a JPEG, what M4B, ID3 and EPUB carry."""

from __future__ import annotations

from pathlib import Path

from audiobook.errors import InputError
from audiobook.models import Cover

_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
MAX_COVER_BYTES = 20 * 1024**2  # stores ask for 2,400 px squares; a larger file is no picture a player shows


def read_cover(path: Path) -> Cover:
    """The picture at `path`; InputError names the file and why it is no cover (missing, unreadable, too large,
    neither PNG nor JPEG)."""
    try:
        size = path.stat().st_size
        if size > MAX_COVER_BYTES:
            raise InputError(str(path), f"the cover is {size:,} bytes; the limit is {MAX_COVER_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the cover: {exc.strerror or exc}") from None
    media_type = next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)
    if media_type is None:
        raise InputError(str(path), "the cover is neither a PNG nor a JPEG picture")
    return Cover(data, media_type)


PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".JPG", ".JPEG", ".PNG")


def cover_beside(book: Path) -> Path | None:
    """A picture under the book's name beside it ("keepers-log.jpg" by "keepers-log.docx"): the cover a library
    keeps for a book that has none of its own, or a better one."""
    return next((picture for suffix in PICTURE_SUFFIXES if (picture := book.with_suffix(suffix)).is_file()), None)
