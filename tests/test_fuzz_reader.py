"""Bounded-time fuzzing of the EPUB reader: whatever the bytes, it returns a book or
raises one of the project's own errors (which the CLI turns into one line)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audiobook.errors import AudiobookError
from audiobook.ingest import read_book
from audiobook.text.segmenter import plan_book
from tests.helpers import SAMPLES

SAMPLE = (SAMPLES / "lighthouse.epub").read_bytes()
FUZZ = settings(max_examples=int(os.environ.get("AUDIOBOOK_FUZZ_EXAMPLES", "250")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

XML_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<br/>", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&unknown;",
    "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>", '<a href="#x">', "</a>", '<span xml:lang="fr">', "</span>",
    '<section epub:type="footnote">', "</section>", "<table><tr><td>", "</td></tr></table>", "<img alt='x'/>",
    "<script>", "</script>", "Mr. Smith went.", "Dr.", "?", "!", " ", "\u00a0", "\u202e", "\ufeff", "é", "ж", "中",
])


def _rebuilt(replacements: dict[str, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(SAMPLE))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info, replacements.get(info.filename, source.read(info.filename)))
    return buffer.getvalue()


def _read(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzzed.epub"
    path.write_bytes(data)
    try:
        plan_book(read_book(path))
    except AudiobookError:
        pass  # a clear, typed refusal is the right answer to broken input


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(SAMPLE) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.integers(0, len(SAMPLE))))
def test_corrupted_archive_bytes(tmp_path: Path, flips: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(SAMPLE)
    for offset, value in flips:
        data[offset] = value
    _read(tmp_path, bytes(data[:cut] if cut is not None else data))


@FUZZ
@given(body=st.lists(st.one_of(XML_PIECES, st.text(max_size=40)), max_size=60), declare=st.booleans())
def test_arbitrary_chapter_markup(tmp_path: Path, body: list[str], declare: bool) -> None:
    prolog = '<?xml version="1.0" encoding="UTF-8"?>' if declare else ""
    page = (f'{prolog}<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head>'
            f"<title>t</title></head><body>{''.join(body)}</body></html>")
    _read(tmp_path, _rebuilt({"OEBPS/chapter1.xhtml": page.encode("utf-8", "surrogatepass")}))


@FUZZ
@given(data=st.binary(max_size=2000), member=st.sampled_from(["OEBPS/package.opf", "OEBPS/nav.xhtml",
                                                               "META-INF/container.xml", "OEBPS/chapter2.xhtml"]))
def test_arbitrary_bytes_in_a_member(tmp_path: Path, data: bytes, member: str) -> None:
    _read(tmp_path, _rebuilt({member: data}))
