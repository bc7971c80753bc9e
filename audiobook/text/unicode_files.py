"""A text file's characters by the byte-order mark it opens with, else as UTF-8.

Windows Notepad saves "Unicode" text as UTF-16 with a byte-order mark, and some editors write UTF-32: without the
mark, a book or script saved that way is refused as "not UTF-8" or read as noise.
"""

from __future__ import annotations

import codecs

# UTF-32's little-endian mark begins with UTF-16's, so it is looked for first
_MARKED_CODECS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                  (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def marked_codec(data: bytes) -> str | None:
    """The codec the byte-order mark at the start of `data` names (it drops the mark), or None."""
    return next((codec for mark, codec in _MARKED_CODECS if data.startswith(mark)), None)


def unicode_text(data: bytes, errors: str = "strict") -> str:
    """`data` decoded by its byte-order mark, else as UTF-8; UnicodeDecodeError (with `errors="strict"`) names the
    first byte that is not text in that encoding."""
    return data.decode(marked_codec(data) or "utf-8", errors)
