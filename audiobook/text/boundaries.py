"""Sentence boundaries from blingfire's C library, as character offsets.

The blingfire wheel ships the library and a Python module around it. That module imports
numpy at load time (18 MB of resident memory, half the text stage's imports) for functions
we never call, and maps byte offsets to characters one byte at a time in Python. So we load
the library the wheel ships and call its `TextToSentencesWithOffsets` ourselves: the same
boundaries, no numpy, and the byte-to-character mapping done per sentence by the codec.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import platform
import threading
from collections.abc import Callable
from pathlib import Path

_LIBRARY_FILES = {"Windows": "blingfiretokdll.dll", "Darwin": "libblingfiretokdll.dylib"}

_SentenceFunction = Callable[..., int]


@functools.lru_cache(maxsize=1)
def _sentences_with_offsets() -> _SentenceFunction:
    """The library's sentence breaker, from the installed blingfire wheel (without importing its module)."""
    spec = importlib.util.find_spec("blingfire")
    if spec is None or spec.origin is None:
        raise ImportError("the blingfire wheel is not installed (pip install blingfire)")
    library = ctypes.CDLL(str(Path(spec.origin).parent / _LIBRARY_FILES.get(platform.system(), "libblingfiretokdll.so")))
    function = library.TextToSentencesWithOffsets
    int_array = ctypes.POINTER(ctypes.c_int32)
    function.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, int_array, int_array, ctypes.c_int]
    function.restype = ctypes.c_int
    return function


class _Buffers(threading.local):
    """Output buffers reused between calls on one thread (allocating them each time costs a third of a call)."""

    capacity = 0
    output: ctypes.Array[ctypes.c_char]
    starts: ctypes.Array[ctypes.c_int32]
    ends: ctypes.Array[ctypes.c_int32]

    def at_least(self, capacity: int) -> _Buffers:
        if capacity > self.capacity:
            self.capacity = max(capacity, 2 * self.capacity, 4096)
            self.output = ctypes.create_string_buffer(self.capacity)
            self.starts = (ctypes.c_int32 * self.capacity)()
            self.ends = (ctypes.c_int32 * self.capacity)()
        return self


_BUFFERS = _Buffers()


def sentence_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences blingfire finds in `text`, in order.

    Raises RuntimeError if the library reports a failure (it never has on valid UTF-8).
    """
    data = text.encode("utf-8")
    if not data:
        return []
    # the output text never exceeds twice the input; the library may use the offset arrays to the same bound
    capacity = len(data) * 2
    buffers = _BUFFERS.at_least(capacity)
    written = _sentences_with_offsets()(data, len(data), buffers.output, buffers.starts, buffers.ends, capacity)
    if written < 0 or written > capacity:
        raise RuntimeError(f"blingfire could not split a text of {len(data):,} bytes into sentences")
    # one line per sentence; `written` bounds what this call wrote (the buffer holds older text beyond it)
    count = ctypes.string_at(buffers.output, written).rstrip(b"\0").count(b"\n") + 1
    # ends are inclusive byte offsets: the sentence stops before byte end + 1
    byte_spans = [(start, end + 1) for start, end in zip(buffers.starts[:count], buffers.ends[:count])]
    if len(data) == len(text):  # ASCII: bytes are characters
        return byte_spans
    return _to_characters(data, byte_spans)


def _to_characters(data: bytes, byte_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map byte offsets (each on a character boundary, increasing) to character offsets."""
    spans = []
    byte_cursor = character_cursor = 0

    def character_at(offset: int) -> int:
        nonlocal byte_cursor, character_cursor
        character_cursor += len(data[byte_cursor:offset].decode("utf-8"))
        byte_cursor = offset
        return character_cursor

    for start, end in byte_spans:
        spans.append((character_at(start), character_at(end)))
    return spans
