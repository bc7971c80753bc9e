"""The read-along EPUB 3 (`--format epub`): real renders (espeak-ng, ffmpeg, Prefect's ephemeral
API), checked by the real EPUBCheck, by parsing its SMIL against the manifest, and by headless
Chromium loading its content documents; plus the marking of elements on their own."""

from __future__ import annotations

import json
import posixpath
import struct
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from audiobook.outputs.epubcheck import check_epub
from audiobook.outputs.overlay import Piece, mark_block, mark_joined
from tests.helpers import SAMPLES, requires_tools, served_in_chromium

OPF = "{http://www.idpf.org/2007/opf}"
SMIL = "{http://www.w3.org/ns/SMIL}"
XHTML = "http://www.w3.org/1999/xhtml"
EPUB = "http://www.idpf.org/2007/ops"


# --- marking one element ------------------------------------------------------------------------------------

def _paragraph(markup: str) -> etree._Element:
    return etree.fromstring(f'<p xmlns="{XHTML}">{markup}</p>')


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def _marked_spans(element: etree._Element) -> list[etree._Element]:
    """The spans marking put in, in document order (the ones with an id)."""
    return [s for s in element.iter(f"{{{XHTML}}}span") if s.get("id")]


def _pieces(*texts: str) -> list[Piece]:
    return [Piece(f"c001-s{n:04d}", text, n * 1000, n * 1000 + 900) for n, text in enumerate(texts, start=1)]


def test_sentences_with_inline_markup_get_a_span_each_and_the_text_is_unchanged() -> None:
    element = _paragraph("He said <em>no</em>. Then he <a href='#x'>left</a> the room. <b>Quiet.</b>")
    before = _text(element)
    clips = mark_block(element, "He said no. Then he left the room. Quiet.",
                       _pieces("He said no.", "Then he left the room.", "Quiet."), "audio/c.mp3", set())
    assert [c.sentence_level for c in clips] == [True, True, True]
    assert _text(element) == before
    spans = {s.get("id"): _text(s) for s in element.iter(f"{{{XHTML}}}span")}
    assert spans == {"ra-c001-s0001": "He said no.", "ra-c001-s0002": "Then he left the room.",
                     "ra-c001-s0003": "Quiet."}
    assert [(c.start_ms, c.end_ms) for c in clips] == [(1000, 1900), (2000, 2900), (3000, 3900)]


def test_a_segment_that_begins_or_ends_with_a_whole_inline_element_takes_the_element_in() -> None:
    element = _paragraph("<span class='head'>The modern tale.</span> It began <em>late</em>. It ended <i>soon.</i>")
    clips = mark_block(element, "The modern tale. It began late. It ended soon.",
                       _pieces("The modern tale. It began late.", "It ended soon."), "a.mp3", set())
    assert [c.sentence_level for c in clips] == [True, True]
    spans = _marked_spans(element)
    assert [_text(s) for s in spans] == ["The modern tale. It began late.", "It ended soon."]
    assert spans[0][0].get("class") == "head" and _text(element) == "The modern tale. It began late. It ended soon."


def test_a_skipped_note_marker_between_sentences_still_allows_sentence_spans() -> None:
    element = _paragraph("First one.<a epub:type='noteref' xmlns:epub='http://www.idpf.org/2007/ops' "
                         "href='n.xhtml#1'>1</a> Second one.")
    clips = mark_block(element, "First one. Second one.", _pieces("First one.", "Second one."), "a.mp3", set())
    assert all(c.sentence_level for c in clips)
    assert "1" in _text(element) and element.find(f"{{{XHTML}}}a").getparent() is element


def test_a_sentence_that_ends_inside_markup_it_began_outside_falls_back_to_the_paragraph() -> None:
    element = _paragraph("One <em>two. Three</em> four.")
    clips = mark_block(element, "One two. Three four.", _pieces("One two.", "Three four."), "a.mp3", set())
    assert len(clips) == 1 and not clips[0].sentence_level
    assert element.get("id") == clips[0].fragment and (clips[0].start_ms, clips[0].end_ms) == (1000, 2900)
    assert _text(element) == "One two. Three four." and not list(element.iter(f"{{{XHTML}}}span"))


def test_an_element_holding_other_blocks_is_marked_whole_and_keeps_its_own_id() -> None:
    element = etree.fromstring(f'<div xmlns="{XHTML}" id="intro">Lead text. <p>Inner text.</p></div>')
    clips = mark_block(element, "Lead text.", _pieces("Lead text."), "a.mp3", {"intro"})
    assert [(c.fragment, c.sentence_level) for c in clips] == [("intro", False)]


def test_a_power_or_note_number_in_sup_still_allows_sentence_spans() -> None:
    """The reader reads "10<sup>11</sup>" as "10¹¹" and leaves a note's "<sup>3</sup>" out: the
    segments' text is found in the paragraph all the same."""
    element = _paragraph("The galaxy holds 10<sup>11</sup> stars.<sup>3</sup> It is old.")
    clips = mark_block(element, "The galaxy holds 10¹¹ stars. It is old.",
                       _pieces("The galaxy holds 10¹¹ stars.", "It is old."), "a.mp3", set())
    assert [c.sentence_level for c in clips] == [True, True]
    spans = _marked_spans(element)
    assert [_text(s) for s in spans] == ["The galaxy holds 1011 stars.", "It is old."]
    assert _text(element) == "The galaxy holds 1011 stars.3 It is old."


def _heard(element: etree._Element) -> str:
    """The text the reader reads in `element`: page numbers left out, spaces collapsed."""
    parts = [element.text or ""]
    for child in element:
        if child.get(f"{{{EPUB}}}type") != "pagebreak":
            parts.append(_heard(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def test_a_page_number_or_nested_markup_inside_a_sentence_stays_inside_its_span() -> None:
    element = _paragraph(f'There came a soldier <span xmlns:epub="{EPUB}" epub:type="pagebreak">173</span> marching. '
                         "<em>One, <b>two</b>!</em> he sang.")
    before = _text(element)
    clips = mark_block(element, "There came a soldier marching. One, two! he sang.",
                       _pieces("There came a soldier marching.", "One, two! he sang."), "a.mp3", set())
    assert [c.sentence_level for c in clips] == [True, True] and _text(element) == before
    spans = _marked_spans(element)
    assert [_heard(s) for s in spans] == ["There came a soldier marching.", "One, two! he sang."]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(["sea", "light", "keeper,", "storm.", "grey", "Ambrose", "night."]),
                      min_size=2, max_size=30),
       markup=st.lists(st.sampled_from(["", "", "em", "em b", "page"]), min_size=30, max_size=30),
       cuts=st.sets(st.integers(min_value=1, max_value=29), max_size=6))
def test_any_split_of_a_paragraph_keeps_its_text_and_each_span_holds_its_segment(
        words: list[str], markup: list[str], cuts: set[int]) -> None:
    """Words plain, emphasised, nested (<em><b>), or followed by a page number the reader skips."""
    html = []
    for word, style in zip(words, markup):
        html.append({"em": f"<em>{word}</em>", "em b": f"<em><b>{word}</b></em>",
                     "page": f'{word} <span xmlns:epub="{EPUB}" epub:type="pagebreak">12</span>'}.get(style, word))
    element = _paragraph(" ".join(html))
    before = _text(element)
    bounds = [0, *sorted(c for c in cuts if c < len(words)), len(words)]
    texts = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
    clips = mark_block(element, " ".join(words), _pieces(*texts), "a.mp3", set())
    assert _text(element) == before and _heard(element) == " ".join(words)
    if clips[0].sentence_level:
        assert [_heard(s) for s in _marked_spans(element)] == texts
    else:
        assert len(clips) == 1 and element.get("id") == clips[0].fragment


def test_a_paragraph_joined_from_printed_lines_is_highlighted_in_each_line_a_segment_crossing_lines_in_both() -> None:
    """Lines set a <p> each (or torn at a page's end) are one block: each segment is marked in the lines it
    runs through, "light-" / "house" is "lighthouse", and a segment crossing from one line to the next has a
    clip in each, its audio shared by letters, the later one marked as continuing it."""
    lines = [_paragraph("The keeper climbed the light-"), _paragraph("house stair. He lit the lamp"),
             _paragraph("at dusk. Then <em>he</em> slept.")]
    before = [_text(line) for line in lines]
    pieces = _pieces("The keeper climbed the lighthouse stair.", "He lit the lamp at dusk.", "Then he slept.")
    clips = mark_joined([(line, set()) for line in lines], pieces, "a.mp3")
    assert [[_text(s) for s in _marked_spans(line)] for line in lines] == [
        ["The keeper climbed the light-"], ["house stair.", "He lit the lamp"], ["at dusk.", "Then he slept."]]
    assert [_text(line) for line in lines] == before
    assert [[(c.fragment, c.continues) for c in line] for line in clips] == [
        [("ra-c001-s0001", False)], [("ra-c001-s0001", True), ("ra-c001-s0002", False)],
        [("ra-c001-s0002", True), ("ra-c001-s0003", False)]]
    first, second = clips[0][0], clips[1][0]  # 29 characters on the first line, 12 on the second
    assert (first.start_ms, first.end_ms, second.start_ms, second.end_ms) == (1000, 1000 + round(900 * 29 / 41),
                                                                            1000 + round(900 * 29 / 41), 1900)
    assert all(c.sentence_level for line in clips for c in line)


def test_a_joined_paragraph_whose_text_is_not_found_is_highlighted_whole_in_its_first_element() -> None:
    lines = [_paragraph("The keeper climbed"), _paragraph("the stair.")]
    clips = mark_joined([(line, set()) for line in lines], _pieces("The keeper rested."), "a.mp3")
    assert [[(c.fragment, c.sentence_level) for c in line] for line in clips] == [[("ra-p-c001-s0001", False)], []]
    assert lines[0].get("id") == "ra-p-c001-s0001" and not _marked_spans(lines[1])


def test_lines_set_as_positioned_spans_without_spaces_still_get_sentence_spans() -> None:
    """A fixed-layout page's lines are positioned spans with no space between them ("top" "of the"): the
    reader reads them apart, and the sentence is found all the same."""
    element = _paragraph("<span style='position:absolute;top:40px'>Mila lived at the top</span>"
                         "<span style='position:absolute;top:76px'>of the lighthouse.</span>")
    clips = mark_block(element, "Mila lived at the top of the lighthouse.",
                       _pieces("Mila lived at the top of the lighthouse."), "a.mp3", set())
    assert [(c.fragment, c.sentence_level) for c in clips] == [("ra-c001-s0001", True)]
    assert [_text(s) for s in _marked_spans(element)] == ["Mila lived at the topof the lighthouse."]


# --- whole renders ------------------------------------------------------------------------------------------

def _render(source: Path, out: Path, cache: Path, **options: object) -> tuple[Path, dict]:
    from audiobook.flows.render_book import render_book

    render_book(engine="espeak", source=str(source), output_dir=str(out), formats=["epub"], cache_dir=str(cache),
                **options)
    manifest = json.loads((out / "manifest.json").read_text())
    return out / manifest["outputs"]["epub"], manifest


@pytest.fixture(scope="module")
def books(prefect_api, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict]]:  # type: ignore[no-untyped-def]
    """An EPUB 3 with ACX room tone (clip times move with it), an EPUB 2, an HTML file, a text book."""
    cache = tmp_path_factory.mktemp("cache")
    return {name: _render(source, tmp_path_factory.mktemp(name), cache, **options) for name, source, options in (
        ("lighthouse", SAMPLES / "lighthouse.epub", {"preset": "acx"}),
        ("moulin", SAMPLES / "moulin.epub", {}),
        ("clockmaker", SAMPLES / "clockmaker.html", {}),
        ("tidewater", SAMPLES / "text" / "tidewater.txt", {}),
    )}


BOOKS = ["lighthouse", "moulin", "clockmaker", "tidewater"]


class Package:
    """The read-along EPUB opened: its package document, overlays and content documents."""

    def __init__(self, path: Path) -> None:
        self.archive = zipfile.ZipFile(path)
        container = etree.fromstring(self.archive.read("META-INF/container.xml"))
        self.opf_path = container.find(".//{*}rootfile").get("full-path")
        self.folder = posixpath.dirname(self.opf_path)
        self.opf = etree.fromstring(self.archive.read(self.opf_path))
        self.items = {i.get("id"): i for i in self.opf.iter(f"{OPF}item")}

    def member(self, href: str, relative_to: str = "") -> str:
        base = posixpath.dirname(relative_to) if relative_to else self.folder
        return posixpath.normpath(posixpath.join(base, unquote(href)))

    def overlays(self) -> dict[str, etree._Element]:
        return {self.member(i.get("href")): etree.fromstring(self.archive.read(self.member(i.get("href"))))
                for i in self.items.values() if i.get("media-type") == "application/smil+xml"}

    def meta(self, prop: str) -> list[etree._Element]:
        return [m for m in self.opf.iter(f"{OPF}meta") if m.get("property") == prop]


def _png_pixel() -> bytes:
    """A one-pixel PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


PNG_PIXEL = _png_pixel()


def _seconds(clock: str) -> int:
    hours, minutes, seconds = clock.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


@requires_tools
@pytest.mark.slow
@pytest.mark.parametrize("name", BOOKS)
def test_epubcheck_reports_no_errors_or_warnings(books, name: str) -> None:  # type: ignore[no-untyped-def]
    path, manifest = books[name]
    verdict = check_epub(path)
    assert verdict["ran"], verdict.get("reason")
    assert (verdict["errors"], verdict["warnings"]) == (0, 0), verdict["messages"]
    assert manifest["outputs"]["epub_check"]["errors"] == 0 and manifest["outputs"]["epub_check"]["warnings"] == 0


@requires_tools
@pytest.mark.slow
@pytest.mark.parametrize("name", BOOKS)
def test_every_clip_starts_and_ends_at_the_manifests_segment_times(books, name: str) -> None:  # type: ignore[no-untyped-def]
    path, manifest = books[name]
    package = Package(path)
    room_tone = manifest["settings"]["audio"]["chapter_room_tone_ms"][0]
    by_audio = {}
    for chapter in manifest["chapters"]:
        offset = chapter["start_ms"] - room_tone
        by_audio[chapter["index"]] = ([s["start_ms"] - offset for s in chapter["segments"]],
                                      [s["end_ms"] - offset for s in chapter["segments"]], chapter["segments"])
    heard = set()
    clips = 0
    for smil_path, smil in package.overlays().items():
        for par in smil.iter(f"{SMIL}par"):
            audio = par.find(f"{SMIL}audio")
            chapter = int(Path(unquote(audio.get("src"))).stem.rsplit("-", 1)[1])
            starts, ends, segments = by_audio[chapter]
            begin, end = _seconds(audio.get("clipBegin")), _seconds(audio.get("clipEnd"))
            assert begin in starts and end in ends, (smil_path, par.get("id"))
            first, last = starts.index(begin), ends.index(end)
            heard |= {s["id"] for s in segments[first:last + 1]}
            fragment = par.find(f"{SMIL}text").get("src").split("#")[1]
            if fragment.startswith("ra-c"):
                assert first == last and fragment == f"ra-{segments[first]['id']}"
            clips += 1
    rendered = {s["id"] for c in manifest["chapters"] for s in c["segments"] if s.get("kind", "text") == "text"}
    assert clips and heard == rendered  # every segment heard is highlighted, in some clip
    overlay = manifest["outputs"]["epub_overlay"]
    assert overlay["segments_by_sentence"] + overlay["segments_by_paragraph"] == len(rendered)
    assert overlay["segments_not_highlighted"] == 0 and overlay["segments_by_sentence"] >= 0.9 * len(rendered)


@requires_tools
@pytest.mark.slow
@pytest.mark.parametrize("name", BOOKS)
def test_package_metadata_names_durations_active_class_and_narrator(books, name: str) -> None:  # type: ignore[no-untyped-def]
    path, manifest = books[name]
    package = Package(path)
    assert package.opf.get("version") == "3.0"
    overlays = package.overlays()
    durations = {m.get("refines"): _seconds(m.text) for m in package.meta("media:duration")}
    total = durations.pop(None)
    smil_ids = {i.get("id") for i in package.items.values() if i.get("media-type") == "application/smil+xml"}
    assert set(durations) == {f"#{i}" for i in smil_ids} and abs(total - sum(durations.values())) <= len(durations)
    for smil_path, smil in overlays.items():
        clipped = sum(_seconds(a.get("clipEnd")) - _seconds(a.get("clipBegin")) for a in smil.iter(f"{SMIL}audio"))
        smil_id = next(i.get("id") for i in package.items.values() if package.member(i.get("href")) == smil_path)
        assert durations[f"#{smil_id}"] == clipped
    assert [m.text for m in package.meta("media:active-class")] == ["-epub-media-overlay-active"]
    voices = dict.fromkeys(f"espeak-ng ({s['voice']})" for c in manifest["chapters"] for s in c["segments"])
    assert package.meta("media:narrator")[0].text == ", ".join(voices)
    styles = [package.archive.read(package.member(i.get("href"))).decode()
              for i in package.items.values() if i.get("media-type") == "text/css"]
    assert any(".-epub-media-overlay-active" in css for css in styles)
    with_overlay = [i for i in package.items.values() if i.get("media-overlay")]
    assert {i.get("media-overlay") for i in with_overlay} == smil_ids


@requires_tools
@pytest.mark.slow
def test_skipped_parts_stay_in_the_book_outside_the_overlays(books) -> None:  # type: ignore[no-untyped-def]
    path, manifest = books["lighthouse"]
    package = Package(path)
    skipped_files = {s["href"] for s in manifest["skipped"] if s["reason"].startswith(("front/back matter", "non-linear"))}
    assert {"copyright.xhtml", "notes.xhtml"} <= skipped_files
    targets = {package.member(t.get("src").split("#")[0], smil_path)
               for smil_path, smil in package.overlays().items() for t in smil.iter(f"{SMIL}text")}
    for href in skipped_files:
        original = zipfile.ZipFile(SAMPLES / "lighthouse.epub").read(f"OEBPS/{href}")
        assert package.archive.read(f"OEBPS/{href}") == original  # untouched
        assert f"OEBPS/{href}" not in targets


@requires_tools
@pytest.mark.slow
def test_an_epub2_source_becomes_an_epub3_package_with_a_navigation_document(books) -> None:  # type: ignore[no-untyped-def]
    path, _ = books["moulin"]
    package = Package(path)
    assert b'version="2.0"' in zipfile.ZipFile(SAMPLES / "moulin.epub").read("OEBPS/content.opf")
    nav = [i for i in package.items.values() if i.get("properties") == "nav"]
    assert len(nav) == 1 and not [i for i in package.items.values()
                                  if i.get("media-type") == "application/x-dtbncx+xml"]
    links = etree.fromstring(package.archive.read(package.member(nav[0].get("href")))).iter(f"{{{XHTML}}}a")
    assert [a.text for a in links]


def _with_old_overlays(target: Path) -> Path:
    """lighthouse.epub as a book that already has Media Overlays: SMIL files for its title page and
    chapter 1, the audio they play, their durations and narrator in the package."""
    import subprocess

    audio = target.with_suffix(".mp3")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=22050:cl=mono", "-t", "1",
                    "-c:a", "libmp3lame", str(audio)], check=True)

    def smil(document: str, fragment: str) -> str:
        return (f'<?xml version="1.0" encoding="UTF-8"?><smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="{EPUB}" '
                f'version="3.0"><body><seq id="s1" epub:textref="../{document}"><par id="p1"><text src="../{document}'
                f'#{fragment}"/><audio src="../audio/old.mp3" clipBegin="0:00:00.000" clipEnd="0:00:01.000"/></par>'
                "</seq></body></smil>")

    package = {'<meta property="dcterms:modified">': '<meta property="media:duration" refines="#mo-title">0:00:01.000'
               '</meta><meta property="media:duration" refines="#mo-ch1">0:00:01.000</meta><meta property='
               '"media:duration">0:00:02.000</meta><meta property="media:narrator">Old Narrator</meta>'
               '<meta property="dcterms:modified">',
               'href="titlepage.xhtml" media-type="application/xhtml+xml"/>':
               'href="titlepage.xhtml" media-type="application/xhtml+xml" media-overlay="mo-title"/>',
               'href="chapter1.xhtml" media-type="application/xhtml+xml"/>':
               'href="chapter1.xhtml" media-type="application/xhtml+xml" media-overlay="mo-ch1"/>',
               "</manifest>": '<item id="mo-title" href="overlays/titlepage.smil" media-type="application/smil+xml"/>'
               '<item id="mo-ch1" href="overlays/chapter1.smil" media-type="application/smil+xml"/>'
               '<item id="old-audio" href="audio/old.mp3" media-type="audio/mpeg"/></manifest>'}
    with zipfile.ZipFile(SAMPLES / "lighthouse.epub") as source, zipfile.ZipFile(target, "w") as book:
        for info in source.infolist():
            data = source.read(info.filename).decode() if info.filename.endswith((".opf", ".xhtml")) else None
            if info.filename.endswith(".opf"):
                for old, new in package.items():
                    data = data.replace(old, new)
            elif info.filename.endswith("titlepage.xhtml"):
                data = data.replace("<h1>", '<h1 id="t1">')
            elif info.filename.endswith("chapter1.xhtml"):
                data = data.replace("<h2>", '<h2 id="c1h">', 1)
            book.writestr(info, data if data is not None else source.read(info.filename))
        book.writestr("OEBPS/overlays/titlepage.smil", smil("titlepage.xhtml", "t1"))
        book.writestr("OEBPS/overlays/chapter1.smil", smil("chapter1.xhtml", "c1h"))
        book.write(audio, "OEBPS/audio/old.mp3")
    return target


@requires_tools
@pytest.mark.slow
def test_a_source_with_its_own_media_overlays_gets_ours_instead(prefect_api: object, tmp_path: Path) -> None:
    """The source's SMIL files and the audio only they play are dropped with their manifest items,
    media-overlay attributes and durations: one document tied to two overlays, or an overlay without
    its duration, fails EPUBCheck (13 errors here before), and a reader would play the old narration."""
    source = _with_old_overlays(tmp_path / "overlaid.epub")
    assert check_epub(source)["errors"] == 0  # a valid book to start from
    path, manifest = _render(source, tmp_path / "out", tmp_path / "cache")
    verdict = check_epub(path)
    assert (verdict["errors"], verdict["warnings"]) == (0, 0), verdict["messages"]
    package = Package(path)
    names = package.archive.namelist()
    assert not [n for n in names if "overlays/" in n or n.endswith("old.mp3")]
    assert not {"mo-title", "mo-ch1", "old-audio"} & set(package.items)
    assert package.items["titlepage"].get("media-overlay") is None
    assert package.items["chapter1"].get("media-overlay") in package.items
    assert "Old Narrator" not in [m.text for m in package.meta("media:narrator")]
    assert len(package.meta("media:duration")) == len(package.overlays()) + 1


@requires_tools
@pytest.mark.slow
def test_a_source_a_store_would_refuse_gives_a_read_along_book_it_accepts(prefect_api: object, tmp_path: Path) -> None:
    """moulin.epub broken as books in the wild are: its NCX, a cover image and a font listed but not in
    the archive, and a chapter listed twice in the spine; its title page drawn in SVG, as calibre
    makes one, which EPUB 2 did not declare; links to fragments nowhere or only an old `<a name>`
    (calibre's FB2 conversions), a language tag "C" (pandoc in the C locale), no title in the package
    and none in a chapter's head, a table's bare <col>, and a stylesheet setting "direction"
    (LibreOffice), pictures missing or listed as the wrong kind, and <meta> elements HTML5 has no use for. The
    reader reads past all of it; the read-along book mends it and passes EPUBCheck (its one warning: the PNG
    keeps its .jpg name)."""
    source = tmp_path / "broken.epub"
    with zipfile.ZipFile(SAMPLES / "moulin.epub") as original, zipfile.ZipFile(source, "w") as broken:
        for name in original.namelist():
            data = original.read(name)
            if name.endswith("toc.ncx"):
                continue
            if name.endswith("title.xhtml"):
                data = (f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="{XHTML}"><head><title>Titre</title>'
                        '</head><body><div><svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="100%" '
                        'height="100%" viewBox="0 0 600 800"><rect width="600" height="800" fill="#223344"/>'
                        '</svg></div></body></html>').encode()
            if name.endswith("c1.xhtml"):
                data = (data.replace(b"<title>Chapitre premier</title>", b'<link rel="stylesheet" type="text/css" '
                                     b'href="style.css"/><meta http-equiv="Content-Style-Type" content="text/css"/>'
                                     b'<meta content="EpubMaker"/>')
                        .replace(b"<p>Un matin", b'<p><img src="images/roue.png" alt=""/><img src="mill.jpg" alt=""/>'
                                 b"Un matin")
                        .replace(b"<h2>", b'<h2><a name="roue"></a>')
                        .replace(b"</h2>", b'</h2><p>Voir <a href="c2.xhtml#nowhere">la suite</a> et '
                                 b'<a href="#roue">la roue</a>.</p>')
                        .replace(b"</body>", b'<table><col width="50%"/><col/><tr><td>Roue</td><td>Moulin</td></tr>'
                                 b"</table></body>"))
            if name.endswith(".opf"):
                missing = (b'<item id="cover-img" href="images/cover.jpg" media-type="image/jpeg"/>'
                           b'<item id="font" href="fonts/serif.otf" media-type="font/otf"/>')
                data = (data.replace(b"</metadata>", b'<meta name="cover" content="cover-img"/></metadata>')
                        .replace(b"</manifest>", missing + b'<item id="css" href="style.css" media-type="text/css"/>'
                                                           b'<item id="mill" href="mill.jpg" media-type="image/jpeg"/>'
                                                           b"</manifest>")
                        .replace(b"<dc:language>fre</dc:language>", b"<dc:language>C</dc:language>")
                        .replace(b"<dc:title>Le Moulin de la Combe</dc:title>", b"")
                        .replace(b'<itemref idref="c1"/>', b'<itemref idref="c1"/><itemref idref="c1"/>'))
            broken.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
        broken.writestr("OEBPS/style.css", "p { direction: ltr; flex-direction: row; unicode-bidi: embed }\n")
        broken.writestr("OEBPS/mill.jpg", PNG_PIXEL)  # a PNG named and listed as a JPEG
    assert check_epub(source)["errors"] > 0  # broken to start from
    path, manifest = _render(source, tmp_path / "out", tmp_path / "cache")
    verdict = check_epub(path)
    assert verdict["errors"] == 0, verdict["messages"]
    assert [m["id"] for m in verdict["messages"]] == ["PKG-022"]  # a warning: the PNG is still named .jpg
    assert [c["title"] for c in manifest["chapters"]] == ["Chapitre premier : La roue", "Chapitre deux : Le meunier"]
    spine = [i.get("idref") for i in Package(path).opf.iter(f"{OPF}itemref")]
    assert spine.count("c1") == 1 and "cover-img" not in Package(path).items
    package = Package(path)
    assert package.items["title"].get("properties") == "svg"
    assert package.archive.read(package.member("style.css")) == b"p {  flex-direction: row; }\n"
    assert [m.text for m in package.opf.iter("{http://purl.org/dc/elements/1.1/}language")] == ["fr"]
    assert package.items["mill"].get("media-type") == "image/png"
    chapter = etree.fromstring(package.archive.read(package.member("c1.xhtml")))
    assert [i.get("src") for i in chapter.iter(f"{{{XHTML}}}img")] == ["mill.jpg"]  # the missing one is gone
    assert [m.get("http-equiv") or m.get("name") for m in chapter.iter(f"{{{XHTML}}}meta")] == []


@requires_tools
def test_a_document_stored_under_another_case_keeps_its_chapter_in_the_read_along_book(prefect_api: object,
                                                                                       tmp_path: Path) -> None:
    """moulin.epub with its first chapter stored as "C1.xhtml" and listed as "c1.xhtml", as a book made on a system
    that ignores case has it: the book is read, and the read-along book stores the chapter under the name its
    package lists, with its overlay (the mend for missing files had taken it out of the manifest and the spine)."""
    source = tmp_path / "case.epub"
    with zipfile.ZipFile(SAMPLES / "moulin.epub") as original, zipfile.ZipFile(source, "w") as renamed:
        for info in original.infolist():
            name = info.filename.replace("c1.xhtml", "C1.xhtml")
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            renamed.writestr(name, original.read(info), method)
    path, manifest = _render(source, tmp_path / "out", tmp_path / "cache")
    assert [c["title"] for c in manifest["chapters"]] == ["Chapitre premier : La roue", "Chapitre deux : Le meunier"]
    package = Package(path)
    assert package.items["c1"].get("media-overlay") in package.items
    assert package.member("c1.xhtml") in package.archive.namelist()
    assert [i.get("idref") for i in package.opf.iter(f"{OPF}itemref")].count("c1") == 1
    verdict = check_epub(path)
    assert verdict["errors"] == 0, verdict["messages"]


@requires_tools
def test_a_chapter_the_package_lists_as_html_and_written_so_is_read_and_becomes_xhtml(prefect_api: object,
                                                                                     tmp_path: Path) -> None:
    """moulin.epub with its second chapter written as HTML ("<br>", unclosed paragraphs) and listed as "text/html",
    as hand-made and older books have theirs: it was refused as malformed XML. It is parsed as HTML, as reading
    apps parse it; the read-along book writes it as XHTML, listed so, with its overlay, and passes EPUBCheck."""
    source = tmp_path / "html.epub"
    with zipfile.ZipFile(SAMPLES / "moulin.epub") as original, zipfile.ZipFile(source, "w") as changed:
        for info in original.infolist():
            data = original.read(info)
            if info.filename.endswith("c2.xhtml"):
                data = ('<html><head><meta charset="utf-8"><title>Deux</title></head><body><h2>Chapitre deux : '
                        "Le meunier</h2><p>Le meunier s'appelait Baptiste.<br>Il parlait à ses sacs de farine comme "
                        "à de vieux amis.<p>Le soir venu, il ferma la porte du moulin. Fin.</body></html>").encode()
            if info.filename.endswith(".opf"):
                data = data.replace(b'href="c2.xhtml" media-type="application/xhtml+xml"',
                                    b'href="c2.xhtml" media-type="text/html"')
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            changed.writestr(info.filename, data, method)
    path, manifest = _render(source, tmp_path / "out", tmp_path / "cache")
    assert [c["title"] for c in manifest["chapters"]][-1] == "Chapitre deux : Le meunier"
    package = Package(path)
    assert package.items["c2"].get("media-type") == "application/xhtml+xml"
    assert package.items["c2"].get("media-overlay") in package.items
    chapter = etree.fromstring(package.archive.read(package.member("c2.xhtml")))
    assert "Fin." in "".join(chapter.itertext())
    verdict = check_epub(path)
    assert verdict["errors"] == 0, verdict["messages"]


def test_links_to_missing_fragments_point_to_their_document_or_to_the_old_anchor_that_names_them() -> None:
    from audiobook.outputs.mending import mend_links

    def document(body: str) -> etree._Element:
        return etree.fromstring(f'<html xmlns="{XHTML}"><body>{body}</body></html>')

    documents = {"text/a.xhtml": document('<p id="top"><a href="b.xhtml#gone">1</a> <a href="#top">2</a> '
                                          '<a href="#lost">3</a> <a href="https://example.org/#x">4</a> '
                                          '<a href="../notes.xhtml#n1">5</a> <a href="b.xhtml#old">6</a></p>'),
                 "text/b.xhtml": document('<p><a name="old"></a>Text</p>'),
                 "notes.xhtml": document('<p id="n1">Note</p>')}
    assert mend_links(documents) == {"text/a.xhtml", "text/b.xhtml"}
    assert [a.get("href") for a in documents["text/a.xhtml"].iter(f"{{{XHTML}}}a")] == [
        "b.xhtml", "#top", "a.xhtml", "https://example.org/#x", "../notes.xhtml#n1", "b.xhtml#old"]
    assert documents["text/b.xhtml"].find(f".//{{{XHTML}}}a").get("id") == "old"
    assert mend_links(documents) == set()  # nothing left to mend


def test_pictures_the_book_lacks_go_and_the_text_after_them_stays() -> None:
    from audiobook.outputs.mending import mend_images

    documents = {"text/a.xhtml": etree.fromstring(
        f'<html xmlns="{XHTML}"><body><p><img src="../images/gone.png" alt=""/>The lamp <img src="../images/lamp.png"'
        ' alt=""/>was lit <img src="https://example.org/x.png" alt=""/>at dusk.</p></body></html>')}
    assert mend_images(documents, lambda href: href == "images/lamp.png") == {"text/a.xhtml"}
    paragraph = documents["text/a.xhtml"].find(f".//{{{XHTML}}}p")
    assert [i.get("src") for i in paragraph.iter(f"{{{XHTML}}}img")] == ["../images/lamp.png",
                                                                          "https://example.org/x.png"]
    assert _text(paragraph) == "The lamp was lit at dusk."


def test_an_upgraded_document_keeps_only_the_meta_elements_html5_knows() -> None:
    from audiobook.outputs.epub3 import as_html5

    document = as_html5(etree.fromstring(
        f'<html xmlns="{XHTML}"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>'
        '<meta http-equiv="Content-Style-Type" content="text/css"/><meta content="EpubMaker 0.3"/>'
        '<meta name="generator" content="pandoc"/></head><body><p>x</p></body></html>'))
    assert [(m.get("http-equiv") or m.get("name"), m.get("content")) for m in document.iter(f"{{{XHTML}}}meta")] == [
        ("Content-Type", "text/html; charset=utf-8"), ("generator", "pandoc")]


def test_a_package_without_a_title_or_with_the_c_locale_for_a_language_gets_the_books() -> None:
    from audiobook.outputs.mending import mend_metadata

    def package(metadata: str) -> etree._Element:
        return etree.fromstring(f'<package xmlns="{OPF[1:-1]}" xml:lang="C" version="3.0"><metadata '
                                f'xmlns:dc="http://purl.org/dc/elements/1.1/">{metadata}</metadata></package>')

    broken = package("<dc:title> </dc:title><dc:language>C</dc:language>")
    mend_metadata(broken, "Le Moulin", "fr")
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert [t.text for t in broken.iter(f"{dc}title")] == ["Le Moulin"]
    assert [t.text for t in broken.iter(f"{dc}language")] == ["fr"]
    assert broken.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    sound = package("<dc:title>The Moulin</dc:title><dc:language>en-GB</dc:language>")
    mend_metadata(sound, "Le Moulin", "fr")
    assert [t.text for t in sound.iter(f"{dc}title")] == ["The Moulin"]
    assert [t.text for t in sound.iter(f"{dc}language")] == ["en-GB"]


def test_an_upgraded_documents_svg_mathml_and_scripts_are_declared_beside_its_own_properties() -> None:
    from audiobook.outputs.epub3 import declare_content

    item = etree.fromstring(f'<item xmlns="{OPF[1:-1]}" id="c1" href="c1.xhtml" properties="nav"/>')
    document = etree.fromstring(f'<html xmlns="{XHTML}"><body><p>x<math xmlns="http://www.w3.org/1998/Math/MathML">'
                                '<mi>x</mi></math></p><form/></body></html>')
    declare_content(item, document)
    assert item.get("properties") == "mathml nav scripted"
    plain = etree.fromstring(f'<item xmlns="{OPF[1:-1]}" id="c2" href="c2.xhtml"/>')
    declare_content(plain, etree.fromstring(f'<html xmlns="{XHTML}"><body><p>x</p></body></html>'))
    assert plain.get("properties") is None


def test_urls_between_files_are_relative_even_where_the_manifest_leaves_the_package_folder() -> None:
    from audiobook.outputs.epub3 import relative_url

    assert relative_url("audio/chapter-001.mp3", "../text/introduction.smil", "OEBPS") == (
        "../OEBPS/audio/chapter-001.mp3")
    assert relative_url("readalong.css", "text/introduction.xhtml", "OEBPS") == "../readalong.css"
    assert relative_url("audio/a b.mp3", "c1.smil") == "audio/a%20b.mp3"


@requires_tools
@pytest.mark.slow
def test_a_book_whose_documents_stand_beside_its_package_folder_gets_overlays_that_find_their_audio(
        prefect_api: object, tmp_path: Path) -> None:
    """calibre's own quick-start guides list their documents as "../text/introduction.xhtml" from OEBPS/: the
    overlays, the audio and the stylesheet are reached from there."""
    source = tmp_path / "beside.epub"
    with zipfile.ZipFile(SAMPLES / "moulin.epub") as original, zipfile.ZipFile(source, "w") as moved:
        for name in original.namelist():
            data = original.read(name)
            if name.endswith(".opf"):
                data = data.replace(b'href="c', b'href="../text/c').replace(b'href="title', b'href="../text/title')
            if name.endswith(".ncx"):
                data = data.replace(b'src="c', b'src="../text/c')
            target = f"text/{name.split('/')[-1]}" if name.endswith(".xhtml") else name
            moved.writestr(target, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    path, manifest = _render(source, tmp_path / "out", tmp_path / "cache")
    verdict = check_epub(path)
    assert (verdict["errors"], verdict["warnings"]) == (0, 0), verdict["messages"]
    overlay = manifest["outputs"]["epub_overlay"]
    assert overlay["segments_by_sentence"] > 0 and overlay["segments_not_highlighted"] == 0


@requires_tools
@pytest.mark.slow
def test_stanzas_parted_by_blank_lines_in_one_element_are_highlighted_each_in_order(prefect_api: object,
                                                                                     tmp_path: Path) -> None:
    """A poem in one <p>, its stanzas parted by "<br/><br/>", is several blocks of one element. Each
    stanza gets its own span, in reading order, even the refrain that repeats the first stanza word
    for word (found after the stanza before it, not inside the first one)."""
    from samples.synthetic import write_epub

    refrain, middle = "The tide came in,<br/>\nthe tide went out.", "The keeper slept<br/>\nbeside his lamp."
    poem = "<br/>\n<br/>".join([refrain, middle, refrain])
    page = (f'<html xmlns="{XHTML}"><head><title>Tide</title></head><body><h1>The Tide</h1><p>{poem}</p>'
            "</body></html>").encode()
    source = write_epub(tmp_path / "tide.epub", "The Tide", [("tide.xhtml", "The Tide", page)])
    path, manifest = _render(source, tmp_path / "out", tmp_path / "cache")
    errors = [m for m in check_epub(path)["messages"] if m["severity"] in {"ERROR", "FATAL"}]
    assert [m["message"] for m in errors] == ['Error while parsing file: element "body" not allowed yet; missing '
                                              'required element "head"'], errors  # the test book's nav, bare
    package = Package(path)
    document = etree.fromstring(package.archive.read(package.member("tide.xhtml")))
    spans = [s for s in document.iter(f"{{{XHTML}}}span") if (s.get("id") or "").startswith("ra-")]
    segments = [s for c in manifest["chapters"] for s in c["segments"] if s["kind"] == "text"]
    assert [s.get("id") for s in spans] == [f"ra-{s['id']}" for s in segments]
    assert [" ".join("".join(s.itertext()).split()) for s in spans] == [
        "The Tide", "The tide came in, the tide went out.", "The keeper slept beside his lamp.",
        "The tide came in, the tide went out."]
    assert not any(s.find(f".//{{{XHTML}}}span[@id]") is not None for s in spans)  # none inside another


def _clips_by_segment(package: Package, manifest: dict) -> dict[str, list[tuple[str, int, int]]]:
    """Each segment's clips in the overlays, (content document, begin, end) in reading order, on the chapter
    file's clock."""
    room_tone = manifest["settings"]["audio"]["chapter_room_tone_ms"][0]
    offsets = {c["index"]: c["start_ms"] - room_tone for c in manifest["chapters"]}
    spans = {(c["index"], s["start_ms"] - offsets[c["index"]]): s["id"] for c in manifest["chapters"]
             for s in c["segments"]}
    found: dict[str, list[tuple[str, int, int]]] = {}
    segment = ""
    for _, smil in sorted(package.overlays().items()):  # the test books' documents sort in reading order
        for par in smil.iter(f"{SMIL}par"):
            audio, text = par.find(f"{SMIL}audio"), par.find(f"{SMIL}text").get("src")
            chapter = int(Path(unquote(audio.get("src"))).stem.rsplit("-", 1)[1])
            begin, end = _seconds(audio.get("clipBegin")), _seconds(audio.get("clipEnd"))
            segment = spans.get((chapter, begin), segment)  # else the later part of the segment before
            found.setdefault(segment, []).append((text.split("#")[0], begin, end))
    return found


@requires_tools
@pytest.mark.slow
def test_a_paragraph_of_printed_lines_or_turned_over_a_page_is_highlighted_line_by_line(prefect_api: object,
                                                                                         tmp_path: Path) -> None:
    """The picture book's sentence that goes on over a page turn is highlighted on both pages, and each of its
    pages' lines (a positioned box each) as it is read; a converted book's printed lines, a <p> each, and its
    paragraph torn by a page number are highlighted line by line. Each segment's clips follow one another and
    together take exactly its time."""
    from samples.structure import Entry, page, write_book

    lines = ["The keeper climbed the light-", "house stair at dusk, as he had every", "evening for thirty years,",
             "and lit the lamp.", "The gulls went home across the bay, and the", "tide came in under the rocks."]
    body = "<h2>Chapter 1</h2>" + "".join(f"<p>{line}</p>" for line in lines[:4])
    body += f"<p>{lines[4]}</p><p>12</p><p>{lines[5]}</p><p>Nobody saw the light go round but ships.</p>"
    converted = write_book(tmp_path / "lines.epub", "The Keeper", "Ann Example", "en",
                           [("c1.xhtml", page("C1", body))], [Entry("Chapter 1", "c1.xhtml")])
    for source in (SAMPLES / "structure" / "mila.epub", converted):
        path, manifest = _render(source, tmp_path / source.stem, tmp_path / "cache")
        package = Package(path)
        segments = {s["id"]: s for c in manifest["chapters"] for s in c["segments"] if s["kind"] == "text"}
        room_tone = manifest["settings"]["audio"]["chapter_room_tone_ms"][0]
        clips = _clips_by_segment(package, manifest)
        assert set(clips) == set(segments)
        for segment_id, parts in clips.items():
            chapter = next(c for c in manifest["chapters"] if any(s["id"] == segment_id for s in c["segments"]))
            offset = chapter["start_ms"] - room_tone
            assert parts[0][1] == segments[segment_id]["start_ms"] - offset
            assert parts[-1][2] == segments[segment_id]["end_ms"] - offset
            assert all(a[2] == b[1] for a, b in zip(parts, parts[1:])), parts
        overlay = manifest["outputs"]["epub_overlay"]
        assert overlay["segments_by_sentence"] == len(segments) and overlay["segments_not_highlighted"] == 0
        if source == converted:
            document = etree.fromstring(package.archive.read(package.member("c1.xhtml")))
            paragraphs = [p for p in document.iter(f"{{{XHTML}}}p") if _text(p) != "12"]
            assert [[_text(s) for s in _marked_spans(p)] for p in paragraphs[:4]] == [
                [line] for line in lines[:4]]  # one sentence through four lines: a span in each
            assert all(_marked_spans(p) for p in paragraphs)
        else:
            turned = [parts for parts in clips.values() if len({document for document, _, _ in parts}) > 1]
            assert [[document for document, _, _ in parts] for parts in turned] == [
                ["p06.xhtml", "p06.xhtml", "p06.xhtml", "p07.xhtml"]]  # three lines on one page, the rest on the next


@requires_tools
@pytest.mark.slow
@pytest.mark.parametrize("name", BOOKS)
def test_every_id_a_smil_file_points_to_exists_in_chromium(books, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Chromium loads each content document (as XHTML) and finds every highlighted id; a sentence
    span's text is its segment's."""
    path, manifest = books[name]
    package = Package(path)
    package.archive.extractall(tmp_path)
    texts = {f"ra-{s['id']}": s["text"] for c in manifest["chapters"] for s in c["segments"]}
    wanted: dict[str, list[str]] = {}
    for smil_path, smil in package.overlays().items():
        for target in smil.iter(f"{SMIL}text"):
            document, fragment = target.get("src").split("#")
            wanted.setdefault(package.member(document, smil_path), []).append(fragment)
    with served_in_chromium(tmp_path) as (page, base):
        for document, fragments in wanted.items():
            response = page.goto(f"{base}/{document}")
            assert response is not None and response.ok
            found = page.evaluate("""ids => ids.map(id => { const el = document.getElementById(id);
                if (el === null) return null;
                const copy = el.cloneNode(true);  // what the reader reads: no page numbers or note markers
                copy.querySelectorAll('[*|type~="pagebreak"], [*|type~="noteref"]').forEach(n => n.remove());
                return copy.textContent.replace(/\\s+/g, ' ').trim(); })""", fragments)
            assert page.evaluate("document.documentElement.namespaceURI") == XHTML
            for fragment, text in zip(fragments, found, strict=True):
                assert text is not None, f"{document}#{fragment} is missing"
                if fragment in texts:
                    assert text == texts[fragment]
    assert wanted
