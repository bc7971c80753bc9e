"""A text file's characters by the byte-order mark it opens with, else as UTF-16 where its zero bytes say so, else
as UTF-8.

Windows Notepad saves "Unicode" text as UTF-16 with a byte-order mark, and some editors write UTF-32: without the
mark, a book or script saved that way is refused as "not UTF-8" or read as noise. Some exporters write UTF-16
with no mark: read as UTF-8 (its zero bytes are valid there), every letter stood apart ("C H A P T E R"), and
was spelled out.
"""

from __future__ import annotations

import codecs

# UTF-32's little-endian mark begins with UTF-16's, so it is looked for first
_MARKED_CODECS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                  (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def marked_codec(data: bytes) -> str | None:
    """The codec the byte-order mark at the start of `data` names (it drops the mark), or None."""
    return next((codec for mark, codec in _MARKED_CODECS if data.startswith(mark)), None)


_SNIFFED_BYTES = 4096
_ZERO_SHARE = 10  # one byte in this many on one side of the pairs is zero (Latin letters, spaces, digits, marks)
_OTHER_SIDE = 20  # and this many times fewer on the other


def unmarked_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 written without its mark, known by its zero bytes standing on one side
    of its byte pairs (a Latin letter's, a space's, a digit's high byte), else None: UTF-8 text has no zero bytes, and
    a stray one does not stand on one side."""
    sample = data[:_SNIFFED_BYTES]
    if len(data) % 2 or b"\0" not in sample:
        return None
    low, high = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if high * _ZERO_SHARE >= pairs and low * _OTHER_SIDE <= high:
        return "utf-16-le"
    if low * _ZERO_SHARE >= pairs and high * _OTHER_SIDE <= low:
        return "utf-16-be"
    return None


def unicode_text(data: bytes, errors: str = "strict") -> str:
    """`data` decoded by its byte-order mark, else as UTF-16 where its zero bytes say so (`unmarked_utf16`), else as
    UTF-8; UnicodeDecodeError (with `errors="strict"`) names the first byte that is not text in that encoding."""
    return data.decode(marked_codec(data) or unmarked_utf16(data) or "utf-8", errors)
