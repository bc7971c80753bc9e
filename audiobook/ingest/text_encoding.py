"""A text book's bytes as its characters: by its byte-order mark, as UTF-8, in the encoding its Project Gutenberg
header declares (older files are ISO-8859-1), or in the one charset detection finds (a word processor's
Windows-1252); refused, naming the file and the first byte no encoding reads, where none does."""

from __future__ import annotations

import re
import warnings

from bs4 import UnicodeDammit

from audiobook.errors import ParseError
from audiobook.ingest.html_parsing import looks_binary
from audiobook.text.unicode_files import marked_codec, unicode_text

# the encoding a Project Gutenberg header declares: "Character set encoding: ISO-8859-1"
_DECLARED_ENCODING = re.compile(rb"character set encoding:\s*([\w.:-]+)", re.IGNORECASE)


def decoded_text(data: bytes, source: str) -> str:
    """The file's text: in the encoding its byte-order mark names (Notepad's UTF-16), else UTF-8, else the encoding
    its Gutenberg header declares (older files are ISO-8859-1), else the one charset detection finds (Windows-1252
    from a word processor)."""
    try:
        return unicode_text(data)
    except UnicodeDecodeError as exc:
        if marked_codec(data):  # the mark is the writer's word for the encoding: no other is guessed
            raise ParseError(source, f"not {exc.encoding.upper()} text (byte {exc.start}), though its byte-order "
                                     "mark says it is") from exc
        position = exc.start
    declared = _DECLARED_ENCODING.search(data[:20_000])
    try:
        if declared:
            return data.decode(declared.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        guess = UnicodeDammit(data, ["windows-1252"], is_html=False)
    text = guess.unicode_markup
    if text is None or looks_binary(text[:65_536]) or "\ufffd" in text:
        raise ParseError(source, f"not UTF-8 text (byte {position}), and no other encoding reads it")
    return text
