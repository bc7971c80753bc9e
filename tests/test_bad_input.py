"""Broken and hostile books: one line naming the file and the problem, exit 2, no traceback."""

from __future__ import annotations

import random
import string
import struct
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from audiobook.cli import main
from tests.helpers import SAMPLES

CONTAINER = (b'<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
             b'<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>'
             b"</rootfiles></container>")
OPF = (b'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="u">'
       b'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="u">x</dc:identifier>'
       b"<dc:title>Bad</dc:title><dc:language>en</dc:language></metadata><manifest>"
       b'<item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>%s</manifest>'
       b'<spine><itemref idref="c"/></spine></package>')


def page(body: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>'
            b"</head><body>" + body + b"</body></html>")


def epub(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def good_files(content: bytes = page(b"<p>Hello there, reader.</p>"), extra_manifest: bytes = b"") -> dict[str, bytes]:
    return {"META-INF/container.xml": CONTAINER, "OEBPS/package.opf": OPF % extra_manifest, "OEBPS/c.xhtml": content}


def make_cases(tmp: Path) -> dict[str, tuple[Path, str]]:
    sample = (SAMPLES / "lighthouse.epub").read_bytes()
    cases: dict[str, tuple[Path, str]] = {}

    def add(name: str, path: Path, expected: str) -> None:
        cases[name] = (path, expected)

    (tmp / "corrupt.epub").write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    add("corrupt zip", tmp / "corrupt.epub", "corrupt or truncated")
    (tmp / "truncated.epub").write_bytes(sample[: len(sample) // 2])
    add("truncated zip", tmp / "truncated.epub", "corrupt or truncated")
    (tmp / "empty-file.epub").write_bytes(b"")
    add("empty file", tmp / "empty-file.epub", "corrupt or truncated")
    files = good_files()
    del files["META-INF/container.xml"]
    add("no container", epub(tmp / "no-container.epub", files), "container.xml is missing")
    files = good_files()
    del files["OEBPS/package.opf"]
    add("no opf", epub(tmp / "no-opf.epub", files), "not a valid EPUB")
    files = good_files()
    del files["OEBPS/c.xhtml"]
    add("missing spine file", epub(tmp / "missing.epub", files), "missing from the archive")
    files = good_files()
    files["META-INF/encryption.xml"] = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">'
        b'<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
        b'<enc:CipherData><enc:CipherReference URI="OEBPS/c.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>')
    add("drm", epub(tmp / "drm.epub", files), "DRM")
    add("malformed xml", epub(tmp / "malformed.epub", good_files(page(b"<p>Unclosed <b>tag</p>"))), "malformed XML")
    xhtml11 = (b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
               b'"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
               b"<p>A caf&eacute; and a &madeup; word.</p></body></html>")
    add("undefined entity", epub(tmp / "entity.epub", good_files(xhtml11)),
        "c.xhtml: uses the entity &madeup;, which neither XML nor HTML defines")
    bomb = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&b;</p></body></html>')
    add("entity expansion", epub(tmp / "laughs.epub", good_files(bomb)), "entities")
    utf16_bomb = bomb.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>').decode().encode(
        "utf-16")
    add("entity expansion in utf-16", epub(tmp / "laughs16.epub", good_files(utf16_bomb)), "entities")
    xxe = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;</p></body></html>')
    add("external entity", epub(tmp / "xxe.epub", good_files(xxe)), "entities")
    # in the documents ebooklib parses itself, outside the spine: the NCX (named by the spine) and the nav document
    files = good_files(extra_manifest=b'<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
    files["OEBPS/package.opf"] = files["OEBPS/package.opf"].replace(b"<spine>", b'<spine toc="ncx">')
    files["OEBPS/toc.ncx"] = bomb.replace(b"<html", b"<ncx").replace(b"</html>", b"</ncx>")
    add("entity expansion in the ncx", epub(tmp / "laughs-ncx.epub", files), "OEBPS/toc.ncx: declares XML entities")
    files = good_files(extra_manifest=b'<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                                      b'properties="nav"/>')
    files["OEBPS/nav.xhtml"] = xxe
    add("external entity in the nav", epub(tmp / "xxe-nav.epub", files), "OEBPS/nav.xhtml: declares XML entities")
    files = good_files()
    files["../../escape.txt"] = b"gotcha"
    add("path escape", epub(tmp / "escape.epub", files), "outside the book")
    image_only = page(b'<p><img src="a.png" alt=""/></p>')
    add("no text", epub(tmp / "images.epub", good_files(image_only)), "no readable text")
    rng = random.Random(7)
    words = " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(180_000))
    add("huge paragraph", epub(tmp / "huge.epub", good_files(page(b"<p>" + words.encode() + b"</p>"))),
        "no sentence punctuation")
    add("invalid utf-8", epub(tmp / "utf8.epub", good_files(page(b"<p>caf\xe9 \xff\xfe</p>"))), "XML")
    with zipfile.ZipFile(tmp / "bomb.epub", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"application/epub+zip")
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/big.bin", bytes(300 * 1024 * 1024))
    add("zip bomb", tmp / "bomb.epub", "zip bomb")
    (tmp / "book.rtf").write_bytes(b"{\\rtf1 plain text}")
    add("unsupported type", tmp / "book.rtf", "unsupported file type")
    add("not found", tmp / "nope.epub", "file not found")
    files = good_files()
    del files["OEBPS/c.xhtml"]
    files["OEBPS/c.png"] = b"\x89PNG\r\n\x1a\n" + bytes(2000)
    files["OEBPS/package.opf"] = OPF.replace(b'href="c.xhtml" media-type="application/xhtml+xml"',
                                             b'href="c.png" media-type="image/png"') % b""
    add("spine of images", epub(tmp / "media-type.epub", files), "no readable text")
    noise = "".join(rng.choice(string.ascii_letters) for _ in range(11_000_000)).encode()
    huge_attribute = page(b'<p title="' + noise + b'">Hello there.</p>')
    add("enormous attribute", epub(tmp / "attribute.epub", good_files(huge_attribute)), "malformed XML")
    add("empty body", epub(tmp / "empty-body.epub", good_files(page(b""))), "no readable text")
    add("deep nesting", epub(tmp / "nesting.epub", good_files(page(b"<div>" * 50_000 + b"<p>Deep.</p>" +
                                                                   b"</div>" * 50_000))), "malformed XML")
    files = good_files()
    files["OEBPS/package.opf"] = b'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"><metadata>'
    add("broken opf", epub(tmp / "broken-opf.epub", files), "OEBPS/package.opf: malformed XML")
    files = good_files()
    files["OEBPS/package.opf"] = (OPF % b"").replace(b'<spine><itemref idref="c"/></spine>', b"<spine/>")
    add("empty spine", epub(tmp / "empty-spine.epub", files), "no readable text")
    files = good_files()
    files["META-INF/container.xml"] = CONTAINER.replace(b"OEBPS/package.opf", b"OEBPS/elsewhere.opf")
    add("container points nowhere", epub(tmp / "nowhere.epub", files), "names OEBPS/elsewhere.opf, which is not in")
    with zipfile.ZipFile(tmp / "many.epub", "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("mimetype", b"application/epub+zip")
        for name, data in good_files().items():
            archive.writestr(name, data)
        for number in range(60_000):
            archive.writestr(f"OEBPS/junk/{number}.txt", b"")
    add("too many files", tmp / "many.epub", "entries (limit")
    (tmp / "fake.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    add("binary html", tmp / "fake.html", "binary data, not an HTML document")
    with (tmp / "million.md").open("w") as script:  # a million lines, 6 MB: under the size limit, over the line limit
        script.writelines("HOST: Hi.\n" if n % 2 else "\n" for n in range(1_000_000))
    add("million-line script", tmp / "million.md", "script has 1,000,000 lines; the limit is 100,000")
    (tmp / "open-front.md").write_text("---\ntitle: Never closed\nHOST: Hello there.\n")
    add("unclosed front matter", tmp / "open-front.md", "front matter opened with '---' on line 1 is never closed")
    (tmp / "bad-yaml.md").write_text("---\ntitle: [unbalanced\n---\nHOST: Hello there.\n")
    add("broken front matter", tmp / "bad-yaml.md", "front matter is not valid YAML")
    (tmp / "latin1.txt").write_bytes("HOST: Caf\u00e9 au lait, s'il vous pla\u00eet.\n".encode("latin-1"))
    add("script not utf-8", tmp / "latin1.txt", "not UTF-8 text")
    (tmp / "directions.md").write_text("---\ntitle: Silent\n---\n[Theme music]\n// note\n\n[Outro]\n")
    add("script with nothing to say", tmp / "directions.md", "no readable text")
    (tmp / "page.mhtml").write_bytes(b"From: nobody\r\nSubject: Not a page\r\n\r\nplain words, no HTML part")
    add("mhtml without a page", tmp / "page.mhtml", "no HTML page inside (not a web page saved as MHTML)")
    for source in (SAMPLES / "lighthouse.epub", *(SAMPLES / "docx").glob("*.*")):  # and the .docx, the .odt
        # the central directory's recorded start moved past the data: each entry's header seeks before the file's
        # start (zipfile: "negative seek value", a ValueError, or an OSError on a file)
        data = bytearray(source.read_bytes())
        end = data.rfind(b"PK\x05\x06")
        struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + 100_000)
        (tmp / f"displaced{source.suffix}").write_bytes(data)
        add(f"displaced directory in {source.suffix}", tmp / f"displaced{source.suffix}", "corrupt or truncated")
    return cases


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    return make_cases(tmp_path_factory.mktemp("bad"))


CASE_NAMES = ["corrupt zip", "truncated zip", "empty file", "no container", "no opf", "missing spine file", "drm",
              "malformed xml", "undefined entity", "entity expansion", "entity expansion in utf-16", "external entity",
              "entity expansion in the ncx", "external entity in the nav", "path escape", "no text", "huge paragraph",
              "invalid utf-8", "zip bomb", "unsupported type", "not found", "spine of images", "enormous attribute",
              "empty body", "deep nesting", "broken opf", "empty spine", "container points nowhere", "too many files",
              "binary html", "million-line script", "unclosed front matter", "broken front matter",
              "script not utf-8", "script with nothing to say", "mhtml without a page",
              "displaced directory in .epub", "displaced directory in .docx", "displaced directory in .odt"]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_bad_input_fails_with_one_clear_line(name: str, cases: dict[str, tuple[Path, str]]) -> None:
    path, expected = cases[name]
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and expected in lines[0]
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""


def test_a_one_file_books_error_names_the_file_once(tmp_path: Path) -> None:
    """An HTML book's absurd paragraph was "huge.html: huge.html: a paragraph of..."; an EPUB's names the book
    and the document inside it, as before."""
    path = tmp_path / "huge.html"
    path.write_text("<html><body><p>" + "word " * 30_000 + "</p></body></html>")
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 2 and result.stderr.count("huge.html") == 1, result.stderr


def test_a_book_missing_only_an_image_and_a_stylesheet_is_read_and_they_are_listed(tmp_path: Path) -> None:
    """Broken books often lack a picture or a stylesheet their manifest lists; a reader shows them
    anyway, and they hold nothing to read. The book is read (the missing cover is no cover) and
    the missing files are listed; a missing document of the text is still refused, naming it."""
    from audiobook.ingest import read_book

    extra = (b'<item id="i" href="images/cover%20art.jpg" media-type="image/jpeg" properties="cover-image"/>'
             b'<item id="s" href="style.css" media-type="text/css"/>'
             b'<item id="m" href="map.svg" media-type="image/svg+xml"/>')
    book = read_book(epub(tmp_path / "no-image.epub", good_files(extra_manifest=extra)))
    assert [b.text for c in book.chapters for b in c.blocks] == ["Hello there, reader."] and book.cover is None
    assert [(s.href, s.reason) for s in book.skipped] == [
        (name, "missing from the archive (holds none of the text: an image, a stylesheet, a font, the NCX)")
        for name in ("OEBPS/images/cover art.jpg", "OEBPS/style.css", "OEBPS/map.svg")]
    extra = b'<item id="n" href="notes.xhtml" media-type="application/xhtml+xml"/>'
    no_notes = epub(tmp_path / "no-notes.epub", good_files(extra_manifest=extra))
    result = CliRunner().invoke(main, ["inspect", str(no_notes)])
    assert result.exit_code == 2 and "OEBPS/notes.xhtml, a document of the book" in result.stderr


def test_a_document_stored_under_its_name_in_another_case_is_read(tmp_path: Path) -> None:
    """A book made on a system that ignores case lists "c.xhtml" and stores "C.xhtml": reading apps open it, and
    it was refused as missing. The one member whose name matches but for case is read (its entity declarations
    refused all the same); where two members match, the book is still refused, naming the file."""
    from audiobook.ingest import read_book

    files = good_files()
    files["OEBPS/C.xhtml"] = files.pop("OEBPS/c.xhtml")
    book = read_book(epub(tmp_path / "case.epub", files))
    assert [b.text for c in book.chapters for b in c.blocks] == ["Hello there, reader."] and not book.skipped
    files["OEBPS/C.XHTML"] = files["OEBPS/C.xhtml"]
    result = CliRunner().invoke(main, ["inspect", str(epub(tmp_path / "two.epub", files))])
    assert result.exit_code == 2 and "OEBPS/c.xhtml, a document of the book" in result.stderr
    del files["OEBPS/C.XHTML"]
    files["OEBPS/C.xhtml"] = files["OEBPS/C.xhtml"].replace(b"<html", b'<!DOCTYPE html [<!ENTITY a "aaaa">]><html')
    result = CliRunner().invoke(main, ["inspect", str(epub(tmp_path / "entities.epub", files))])
    assert result.exit_code != 0 and "entit" in result.stderr


def test_a_document_listed_as_html_and_written_so_is_read_as_html(tmp_path: Path) -> None:
    """A document the package lists as "text/html" and writes as HTML (unclosed paragraphs, "<br>", "&nbsp;", an
    "epub:type" the HTML parser keeps as a name) was refused as malformed XML; reading apps parse it as HTML, and so
    is it read. The same markup listed as XHTML is still refused as malformed, naming the document."""
    from audiobook.ingest import read_book

    markup = (b"<html><head><title>t</title></head><body><section epub:type='chapter'><h2>One</h2><p>Hello there,"
              b"<br>reader.<p>The lamp&nbsp;burned all night.</section><aside epub:type='footnote'><p>A note.</aside>"
              b"</body></html>")
    files = good_files(content=markup)
    files["OEBPS/package.opf"] = files["OEBPS/package.opf"].replace(b"application/xhtml+xml", b"text/html")
    book = read_book(epub(tmp_path / "html.epub", files))
    assert [b.text for c in book.chapters for b in c.blocks] == ["One", "Hello there, reader.",
                                                                  "The lamp burned all night."]
    assert [s.reason for s in book.skipped] == ["footnote"]
    result = CliRunner().invoke(main, ["inspect", str(epub(tmp_path / "xhtml.epub", good_files(content=markup)))])
    assert result.exit_code == 2 and "c.xhtml: malformed XML" in result.stderr


@pytest.mark.parametrize("breakage", ["no navMap", "malformed", "missing"])
def test_an_epub2_whose_ncx_is_broken_is_read_with_chapters_from_its_text(tmp_path: Path, breakage: str) -> None:
    """An EPUB 2's NCX without its navMap, malformed, or missing from the archive: ebooklib fails on it,
    and the book was refused, though a reading app opens it and its text is whole. It is read, its
    chapters found at its headings, and the broken table of contents is listed."""
    import re

    from audiobook.ingest import read_book
    from samples.structure import Entry, page, write_book

    pages = [(f"c{n}.xhtml", page(f"C{n}", f"<h2>Chapter {n}</h2><p>The keeper wrote page {n}.</p>")) for n in (1, 2)]
    made = write_book(tmp_path / "made.epub", "The Keeper", "Ann Example", "en", pages,
                      [Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2)], epub2=True)
    broken = tmp_path / "broken.epub"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.endswith(".ncx"):
                if breakage == "missing":
                    continue
                data = re.sub(rb"<navMap>.*</navMap>", b"", data) if breakage == "no navMap" else data[:200]
            target.writestr(name, data)
    book = read_book(broken)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert any(s.reason.startswith("its table of contents (the NCX) is missing or broken") for s in book.skipped)
    assert " ".join(b.text for c in book.chapters for b in c.blocks).count("The keeper wrote page") == 2
