"""Chapters a listener would choose on badly made books: tables of contents checked against the text's
headings, books made as one file cut at their headings, and the titles chapters take (the structure samples,
samples/structure.py, and the corpus when it is present)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from audiobook.ingest import read_book
from audiobook.models import Book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters, raw_characters
from tests.helpers import SAMPLES
from tests.small_books import PROSE, STRUCTURE, book_html, keeper_text, lamp_prose, read_text, reasons, tale


def test_committed_structure_samples_match_their_script(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("sample_structure", SAMPLES / "structure.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["sample_structure"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.OUT = tmp_path
    for built in module.main():
        assert built.read_bytes() == (STRUCTURE / built.name).read_bytes(), built.name


def test_a_sparse_ncx_is_checked_against_the_headings_in_the_text() -> None:
    book = read_book(STRUCTURE / "salt-road.epub")
    assert [c.title for c in book.chapters] == [
        "Chapter 1 — The Ferry", "Chapter 2 — The Chain", "Chapter 3 — High Water", "Chapter 4 — The Second Survey",
        "Chapter 5 — Stones", "Chapter 6 — Judgement Day", "Notes"]
    found = reasons(book)
    assert found["Project Gutenberg header"] > 0 and found["Project Gutenberg licence"] > 0
    text = read_text(book)
    assert "Gutenberg" not in text and "START OF" not in text and "marker stones" in text


def test_a_coarse_nav_entry_is_cut_at_its_documents_and_line_numbers_and_image_links_are_not_read() -> None:
    book = read_book(STRUCTURE / "lanterns.epub")
    assert [c.title for c in book.chapters] == ["Dedication", "Harbour Lights", "The Net Mender", "Fog Bell",
                                               "Low Tide", "Lamp Room", "Night Ferry", "Afterword"]
    text = read_text(book)
    assert not any(ch.isdigit() for ch in text), "line numbers are read"
    assert "ENLARGE" not in text
    found = reasons(book)
    assert found["line number"] == 24 and found["link to an image"] == 6 * 4


def test_calibres_epub_of_a_fictionbook_has_the_fictionbooks_chapters(tmp_path: Path) -> None:
    """calibre's EPUB of an FB2 novel: the body's title (author and title, one heading) and the epigraph were a
    chapter "Ada Moss The Black Rock Light"; a poem's title inside a chapter, listed in the NCX, cut the chapter
    in two; the NCX joins a heading's lines with a space ("Chapter Two The Storm") where the first chapter of
    a part was "Chapter One — The Keeper". Now the same chapters, titles and words as the FB2 itself."""
    from samples.structure import Entry, page, write_book

    parts = [("Part One", "Winter", [("Chapter One", "The Keeper"), ("Chapter Two", "The Storm")]),
             ("Part Two", "Spring", [("Chapter Three", "The Boat")])]
    song = ["Burn, my light, above the water,", "burn for those I cannot see,"]
    epigraph, saying = "A light does not burn for the one who lights it.", "Old saying"
    pages = [("title.xhtml", page("T", f'<h1>Ada Moss<br/>The Black Rock Light<br/></h1><blockquote class="epigraph">'
                                       f"<div>{epigraph}</div><blockquote><i>{saying}</i></blockquote></blockquote>"))]
    toc = [Entry("Ada Moss The Black Rock Light", "title.xhtml")]
    fb2_parts = ""
    for part, season, chapters in parts:
        pages.append((f"{part}.xhtml", page(part, f"<h1>{part}<br/>{season}<br/></h1>")))
        toc.append(Entry(f"{part} {season}", f"{part}.xhtml"))
        fb2_parts += f"<section><title><p>{part}</p><p>{season}</p></title>"
        for label, name in chapters:
            story, poem = tale(len(pages), 700), label == "Chapter Two"
            fb2_parts += (f"<section><title><p>{label}</p><p>{name}</p></title><p>{story[0]}</p>"
                          + ("<poem><title><p>The Keeper's Song</p></title><stanza>"
                             + "".join(f"<v>{line}</v>" for line in song) + "</stanza></poem>" if poem else "")
                          + "".join(f"<p>{p}</p>" for p in story[1:]) + "</section>")
            body = (f"<h2>{label}<br/>{name}<br/></h2><div class=\"paragraph\">{story[0]}</div>"
                    + ('<blockquote><div><h3 id="song">The Keeper\'s Song<br/></h3>' + "<br/>".join(song)
                       + "<br/></div></blockquote>" if poem else "")
                    + "".join(f'<div class="paragraph">{p}</div>' for p in story[1:]))
            pages.append((f"{label}.xhtml", page(label, body)))
            toc[-1].children.append(Entry(f"{label} {name}", f"{label}.xhtml",
                                          [Entry("The Keeper's Song", f"{label}.xhtml#song")] if poem else []))
        fb2_parts += "</section>"
    fb2 = tmp_path / "black-rock.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Ada</first-name><last-name>Moss</last-name>'
                   '</author><book-title>The Black Rock Light</book-title><lang>en</lang></title-info></description>'
                   '<body><title><p>Ada Moss</p><p>The Black Rock Light</p></title><epigraph>'
                   f"<p>{epigraph}</p><text-author>{saying}</text-author></epigraph>{fb2_parts}</body></FictionBook>",
                   encoding="utf-8")
    epub = write_book(tmp_path / "black-rock.epub", "The Black Rock Light", "Ada Moss", "en", pages, toc, epub2=True)
    expected = ["Chapter One — The Keeper", "Chapter Two — The Storm", "Chapter Three — The Boat"]
    from_fb2, from_epub = read_book(fb2), read_book(epub)
    assert [c.title for c in from_fb2.chapters] == [c.title for c in from_epub.chapters] == expected
    assert [sum(b.words for b in c.blocks) for c in from_epub.chapters] == [
        sum(b.words for b in c.blocks) for c in from_fb2.chapters]
    assert from_epub.chapters[0].blocks[0].text == epigraph and "Black Rock" not in read_text(from_epub)


def test_calibres_fb2_of_a_novel_in_parts_has_its_chapters(tmp_path: Path) -> None:
    """calibre's FB2 output is one section of paragraphs: a contents list of bare lines (with the notes' "notes",
    "1", "2"), the title page, parts and chapters in bold, "Chapter One" over "The Keeper". It was 16 chapters:
    a chapter of two words for each contents line, a part "Part One Winter" of three words before each part's first
    chapter, titles without their names, and a first chapter "Chapter Six" of the list's end, the title page and
    the epigraph. Now the novel's three chapters, named, each part opening its first chapter."""
    def bold(text: str) -> str:
        return f"<p><strong>{text} </strong></p><empty-line/>"

    parts = [("Part One", "Winter", [("Chapter One", "The Keeper"), ("Chapter Two", "The Storm")]),
             ("Part Two", "Spring", [("Chapter Three", "The Boat")])]
    contents = ["Ada Moss"] + [line for part, _, chapters in parts for line in [part, *(c for c, _ in chapters)]]
    body = "".join(f"<p>{line}</p>" for line in [*contents, "notes", "1", "2"]) + "<empty-line/>"
    body += bold("Ada Moss") + bold("The Black Rock Light") + "<p><emphasis>A light burns for others.</emphasis></p>"
    for number, (part, season, chapters) in enumerate(parts):
        body += bold(part) + bold(season)
        for label, name in chapters:
            story = tale(len(body), 700)
            body += bold(label) + bold(name) + "".join(f"<p>{p}</p>" for p in story)
    body += bold("notes") + bold("Notes") + bold("1") + "<p>The log is in the museum.</p>" + bold("2") + (
        "<p>The lens is in the museum.</p>")
    fb2 = tmp_path / "black-rock.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Ada</first-name><last-name>Moss</last-name>'
                   '</author><book-title>The Black Rock Light</book-title><lang>en</lang></title-info></description>'
                   f"<body><section>{body}</section></body></FictionBook>", encoding="utf-8")
    book = read_book(fb2)
    assert [c.title for c in book.chapters] == ["Chapter One — The Keeper", "Chapter Two — The Storm",
                                               "Chapter Three — The Boat"]
    assert [b.text for b in book.chapters[0].blocks[:4]] == ["Part One", "Winter", "Chapter One", "The Keeper"]
    assert [b.text for b in book.chapters[2].blocks[:4]] == ["Part Two", "Spring", "Chapter Three", "The Boat"]
    found = reasons(book)
    assert found["contents list written as text"] == len(" ".join(contents).split()) + 3
    assert found["title page, by its content (the book's title and author lines)"] == 2 + 4 + 5


def test_parts_named_by_their_subject_holding_chapter_lines_are_cut_at_them(tmp_path: Path) -> None:
    """LibreOffice's EPUB of a Word file in parts: a file per part ("Winter", its Heading 1, in the TOC) holding
    its chapters as paragraphs in a style of their own ("Chapter 1"). Each part was one chapter of 1,600 words;
    now its chapters, told apart by their part as in the Word file: "Winter, Chapter 1"."""
    from samples.structure import Entry, write_book

    def part_page(name: str, seed: int) -> bytes:
        chapters = "".join(f'<p class="para3"><span class="span4">Chapter {n}</span></p>' + "".join(
            f'<p class="para2"><span class="span3">{p}</span></p>' for p in tale(seed + n, 500)) for n in (1, 2, 3))
        return ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
                f'{name}</title><style>.span2 {{ font-size: 20pt; }} .span4 {{ font-size: 16pt; }}</style></head>'
                f'<body><p class="para1"><span class="span2">{name}</span></p>{chapters}</body></html>').encode()

    pages = [("winter.xhtml", part_page("Winter", 10)), ("summer.xhtml", part_page("Summer", 20))]
    book = read_book(write_book(tmp_path / "parts.epub", "The Keeper's Logbook", "Maren Holt", "en", pages,
                                [Entry("Winter", "winter.xhtml"), Entry("Summer", "summer.xhtml")]))
    assert [c.title for c in book.chapters] == [f"{part}, Chapter {n}" for part in ("Winter", "Summer")
                                               for n in (1, 2, 3)]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["Winter", "Chapter 1"]


def test_standard_ebooks_parts_in_hgroups_open_their_first_chapter(tmp_path: Path) -> None:
    """Standard Ebooks sets a part's page as <hgroup><h2>Part I</h2><p epub:type="title">The Winter</p></hgroup>,
    a file of its own with a TOC entry: it was a chapter of four words ("Part I: The Winter") before each part's
    first chapter. An hgroup's lines are its heading's: the part's page now opens its first chapter, which keeps
    the TOC's title ("I: The Keeper", not the text's "I — The Keeper")."""
    from samples.structure import Entry, page, write_book

    pages, toc = [], []
    for number, (roman, name) in enumerate((("I", "The Winter"), ("II", "The Spring")), start=1):
        pages.append((f"part-{number}.xhtml", page("P", f'<section epub:type="part"><hgroup><h2>Part {roman}</h2>'
                                                        f'<p epub:type="title">{name}</p></hgroup></section>')))
        toc.append(Entry(f"Part {roman}: {name}", f"part-{number}.xhtml"))
        for chapter in (2 * number - 1, 2 * number):
            ordinal = ("I", "II", "III", "IV")[chapter - 1]
            body = "".join(f"<p>{p}</p>" for p in tale(chapter, 800))
            pages.append((f"chapter-{chapter}.xhtml", page("C", f'<section epub:type="chapter"><hgroup><h3>{ordinal}'
                                                                f'</h3><p epub:type="title">The Keeper</p></hgroup>'
                                                                f"{body}</section>")))
            toc[-1].children.append(Entry(f"{ordinal}: The Keeper", f"chapter-{chapter}.xhtml"))
    book = read_book(write_book(tmp_path / "se.epub", "The Black Rock Light", "Ada Moss", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["I: The Keeper", "II: The Keeper", "III: The Keeper", "IV: The Keeper"]
    assert [b.text for b in book.chapters[2].blocks[:4]] == ["Part II", "The Spring", "III", "The Keeper"]


@pytest.mark.parametrize("epub2", [False, True], ids=["nav", "ncx"])
def test_sibling_toc_entries_that_name_one_file_cut_it_at_their_headings(tmp_path: Path, epub2: bool) -> None:
    """A TOC that lists two chapters as one file each, without anchors ("The Storm" and "Low Water" both
    a.xhtml): the second entry was lost, its chapter read inside the first. Each sibling after the first starts
    at the heading that names it; a part and its first chapter at one file are still one place."""
    from samples.structure import Entry, page, paragraphs, write_book

    text = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 6)
    pages = [("a.xhtml", page("T", f"<h2>The Storm</h2>{text}<h2>Chapter 2: Low Water</h2>{text}")),
             ("b.xhtml", page("T", f"<h1>Part Two</h1><h2>The Chain</h2>{text}<h2>Gulls at Dusk</h2>{text}"))]
    toc = [Entry("The Storm", "a.xhtml"), Entry("Low Water", "a.xhtml"),
           Entry("Part Two", "b.xhtml", [Entry("The Chain", "b.xhtml"), Entry("Gulls at Dusk", "b.xhtml")])]
    book = read_book(write_book(tmp_path / "siblings.epub", "Salt", "Ann Example", "en", pages, toc, epub2=epub2))
    assert [c.title for c in book.chapters] == ["The Storm", "Low Water", "The Chain", "Gulls at Dusk"]
    assert [c.blocks[0].text for c in book.chapters] == ["The Storm", "Chapter 2: Low Water", "Part Two",
                                                         "Gulls at Dusk"]
    assert [sum(b.words for b in c.blocks) for c in book.chapters] == [2 + 108, 4 + 108, 2 + 2 + 108, 3 + 108]


@pytest.mark.parametrize("where", ["anchor after", "first paragraph", "file after"])
def test_a_heading_set_before_the_place_its_toc_entry_points_at_opens_its_chapter(tmp_path: Path, where: str) -> None:
    """TOC entries that point just below their heading (an anchor after it, the first paragraph's id), or at the
    file after the one a converter ended with it: each chapter's heading was read at the end of the chapter
    before, and the chapter began without it. "THE END" closing a story stays with the story."""
    from samples.structure import Entry, page, paragraphs, write_book

    names = ["The Harbour Bell", "Low Water", "The Gate"]
    texts = [paragraphs([f"The ferry to the salt flats ran twice a week, and chapter {n} went on."] * 6)
             for n in range(1, 4)]
    closing = "<h3>THE END</h3>"
    if where == "file after":
        bodies = [f"<h2>Chapter 1: {names[0]}</h2>{texts[0]}<h2>Chapter 2: {names[1]}</h2>",
                  f"{texts[1]}<h2>Chapter 3: {names[2]}</h2>", texts[2] + closing]
        pages = [(f"p{n}.xhtml", page("T", body)) for n, body in enumerate(bodies)]
        toc = [Entry(name, f"p{n}.xhtml") for n, name in enumerate(names)]
    else:
        mark = '<a id="c{0}"></a><p>{1}</p>' if where == "anchor after" else '<p id="c{0}">{1}</p>'
        body = "".join(f"<h2>Chapter {n + 1}: {name}</h2>" + mark.format(n, "It began at dusk.") + texts[n] + (
            closing if n == 2 else "") for n, name in enumerate(names))
        pages = [("book.xhtml", page("T", body))]
        toc = [Entry(name, f"book.xhtml#c{n}") for n, name in enumerate(names)]
    pages.append(("after.xhtml", page("T", "<h2>Afterword</h2>" + texts[0])))
    book = read_book(write_book(tmp_path / "behind.epub", "The Gate", "Ann Example", "en", pages,
                                [*toc, Entry("Afterword", "after.xhtml")]))
    assert [c.title for c in book.chapters] == [*names, "Afterword"]
    assert [c.blocks[0].text for c in book.chapters] == [f"Chapter {n}: {name}" for n, name in enumerate(
        names, start=1)] + ["Afterword"]
    assert [c.blocks[-1].text for c in book.chapters[:3]] == [
        *(texts[n].rsplit("<p>", 1)[1].removesuffix("</p>") for n in (0, 1)), "THE END"]


def test_a_few_sub_entries_in_a_one_document_book_are_still_chapters(tmp_path: Path) -> None:
    """A book that is one document (the IDPF anthology) points every entry inside it: the few sub-entries
    of one story ("I", "II") are its chapters, not a stray level (as a poem's title inside a chapter's file is)."""
    from samples.structure import Entry, page, write_book

    body, toc = "", []
    for number in range(1, 11):
        body += f'<h2 id="s{number}">Story {number}</h2>' + "".join(f"<p>{p}</p>" for p in tale(number, 600))
        toc.append(Entry(f"Story {number}", f"book.xhtml#s{number}"))
        if number == 3:
            for part in ("I", "II"):
                body += f'<h3 id="s3{part}">{part}</h3>' + "".join(f"<p>{p}</p>" for p in tale(number * 7, 600))
                toc[-1].children.append(Entry(part, f"book.xhtml#s3{part}"))
    book = read_book(write_book(tmp_path / "one.epub", "Tales", "Ada Moss", "en", [("book.xhtml", page("T", body))],
                                toc))
    assert [c.title for c in book.chapters][2:5] == ["Story 3", "Story 3, I", "Story 3, II"]


def test_a_chapter_is_not_cut_at_its_sections_for_being_longer_than_the_dedication(tmp_path: Path) -> None:
    """Two chapters of 2,900 and 330 words beside a dedication, an "Also by" page and a page of thanks: the median
    of all five (61 words) made the first "far larger than the rest", and it was cut at its two sections, both
    titled "Night"."""
    from samples.structure import Entry, page, write_book

    def chapter(body: str) -> str:
        return f'<section epub:type="bodymatter chapter">{body}</section>'

    third = "".join(f"<p>{p}</p>" for p in tale(1, 900))
    pages = [("dedication.xhtml", page("Dedication", "<p>For my mother, who kept the light.</p>")),
             ("c1.xhtml", page("c", chapter(f"<h2>1 The Storm</h2>{third}<h3>Night</h3>{third}<h3>Night</h3>{third}"))),
             ("c2.xhtml", page("c", chapter("<h2>2 Low Water</h2>" + "".join(f"<p>{p}</p>" for p in tale(2, 300))))),
             ("alsoby.xhtml", page("Also", "<h2>Also by Ines Roca</h2><p>The Salt Road</p><p>The Winter Log</p>")),
             ("ack.xhtml", page("Ack", "<h2>Acknowledgments</h2>" + lamp_prose(4)))]
    book = read_book(write_book(tmp_path / "two.epub", "The Grey Water", "Ines Roca", "en", pages,
                                [Entry("1", "c1.xhtml"), Entry("2", "c2.xhtml"), Entry("Ack", "ack.xhtml")]))
    assert [c.title for c in book.chapters][1:] == ["1 The Storm", "2 Low Water", "Acknowledgments"]


def test_untitled_sub_parts_take_their_story_title() -> None:
    assert [c.title for c in read_book(STRUCTURE / "three-cases.epub").chapters] == [
        "The Copper Key, I", "The Copper Key, II", "The Copper Key, III", "The Silent Bell, I", "The Silent Bell, II"]


@pytest.mark.parametrize("labels", [["part0001.xhtml", "part0002.xhtml", "part0003.xhtml"],
                                    ["index_split_000", "Untitled", "Start"], ["1", "2", "3"],
                                    ["Labels", "Labels", "Labels"], ["c1", "c2", "chap_3"]])
def test_toc_labels_that_name_nothing_give_way_to_the_text_headings(tmp_path: Path, labels: list[str]) -> None:
    """A converter's file names and placeholders, bare numbers with no parent, or one label on every
    entry (the book's title, as some converters write the TOC): the chapter is titled by its own heading."""
    from samples.structure import SALT_CHAPTERS, Entry, page, paragraphs, write_book

    pages = [(f"p{n}.xhtml", page(title, f"<h1>{title}</h1>" + paragraphs(texts)))
             for n, (title, texts) in enumerate(SALT_CHAPTERS[:3])]
    book = write_book(tmp_path / "labels.epub", "Labels", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(labels)])
    assert [c.title for c in read_book(book).chapters] == [title for title, _ in SALT_CHAPTERS[:3]]


def test_a_toc_label_gives_way_to_the_heading_that_spells_its_number_out_and_names_the_chapter(tmp_path: Path
                                                                                              ) -> None:
    """A converter's TOC numbers in figures what the text's heading spells out and names: "Chapter 1" over
    "Chapter One: The Harbour" was titled "Chapter 1"; and "Chapter 2" over "CHAPTER TWO" and its name set below
    lost the name. A heading whose number is another one ("Chapter Twenty-One" under "Chapter 4") says nothing.
    The ordinal may come first ("Achtes Kapitel: Die Fähre" under "Kapitel 8", which kept "Kapitel 8")."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = ["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3
    headings = {"Chapter 1": "<h1>Chapter One: The Harbour</h1>", "Chapter 2": "<h1>CHAPTER TWO</h1><h2>The Storm</h2>",
                "Chapter 3": "<h1>Chapter III. The Calm</h1>", "Chapter 4": "<h1>Chapter Twenty-One</h1>",
                "Chapitre 5": "<h1>Chapitre cinquième — La fin</h1>", "Chapter 6": "<h1>Chapter Six</h1>",
                "Chapter 7": "<h1>Chapter the Seventh. In Which the Lamp Goes Out</h1>",
                # the ordinal first, as German, Swedish and Dutch write it
                "Kapitel 8": "<h1>Achtes Kapitel: Die Fähre</h1>", "Teil 9": "<h1>IX. Teil — Der Sturm</h1>",
                "Kapitel 10": "<h1>Tionde kapitlet. Stormen</h1>", "Hoofdstuk 11": "<h1>Twaalfde hoofdstuk</h1>",
                # a converter's label for each file over the chapter's own; not a part's over its first chapter
                "Section 12": "<h1>Chapter 12: The Thaw</h1>", "Part 13": "<h1>Chapter 13: The Ferry</h1>"}
    pages = [(f"p{n}.xhtml", page(label, heading + paragraphs(texts))) for n, (label, heading) in enumerate(
        headings.items())]
    book = write_book(tmp_path / "figures.epub", "Figures", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == [
        "Chapter One: The Harbour", "Chapter 2 — The Storm", "Chapter III. The Calm", "Chapter 4",
        "Chapitre cinquième — La fin", "Chapter 6", "Chapter the Seventh. In Which the Lamp Goes Out",
        "Achtes Kapitel: Die Fähre", "IX. Teil — Der Sturm", "Tionde kapitlet. Stormen", "Hoofdstuk 11",
        "Chapter 12: The Thaw", "Part 13"]


def test_a_toc_label_that_only_numbers_takes_the_name_its_heading_gives(tmp_path: Path) -> None:
    """A TOC of bare labels ("Chapter 1", "Kapitel 2") over headings that only name ("The Storm"): the chapter
    list said "Chapter 1" and nothing more. Each is "Chapter 1 — The Storm"; not a heading over another heading
    (a part's name over its chapter's), nor a bold first line, which may be the text's, nor a title page's title
    over its by-line."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    headings = {"Chapter 1": "<h2>The Storm</h2>", "Kapitel 2": "<h2>Die Fähre</h2>",
                "Chapter 3": "<h1>Winter</h1><h2>The Chain</h2>", "Chapter 4": "<p><b>Night fell early.</b></p>",
                "Chapter 5": "<h2>Chapter Five</h2>", "Chapter 6": "<h1>Salt Roads</h1><p>by Ann Writer</p>"}
    pages = [(f"p{n}.xhtml", page(label, heading + texts)) for n, (label, heading) in enumerate(headings.items())]
    book = write_book(tmp_path / "names.epub", "Names", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == [
        "Chapter 1 — The Storm", "Kapitel 2 — Die Fähre", "Chapter 3", "Chapter 4", "Chapter 5", "Chapter 6"]


@pytest.mark.parametrize("label", ["Chapter {}", "{}"])
def test_a_chapter_number_spelled_out_over_its_name_is_the_labels_number(tmp_path: Path, label: str) -> None:
    """InDesign's chapter opening, the number spelled out in one style and the name in another ("ONE" over "The
    Storm"), under a TOC that numbers in figures: the chapters were "Chapter 1", or "1 — ONE" as if "ONE" named
    the chapter. Each is "Chapter 1 — The Storm" ("1 — The Storm")."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    names = {"ONE": "The Storm", "TWO": "Low Water", "Twenty-One": "The Chain"}
    pages = [(f"p{n}.xhtml", page("T", f'<p class="ChapterNumber">{number}</p><p class="ChapterTitle">{name}</p>'
                                       + texts)) for n, (number, name) in enumerate(names.items())]
    book = write_book(tmp_path / "indesign.epub", "Names", "A. Writer", "en", pages,
                      [Entry(label.format(number), f"p{n}.xhtml") for n, number in enumerate((1, 2, 21))])
    assert [c.title for c in read_book(book).chapters] == [
        f"{label.format(number)} — {name}" for number, name in zip((1, 2, 21), names.values())]


def test_a_heading_numbered_in_another_form_than_its_toc_label_gives_its_name_once(tmp_path: Path) -> None:
    """"Chapter 1" over <h2>I. The Storm</h2> was "Chapter 1 — I. The Storm", the number twice; "Chapter II" over
    "2. Low Water" the same. The name after the heading's number is the chapter's; "I Remember" begins with a
    pronoun, not a numeral. A TOC in capitals over a heading of the same words takes the heading's case."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    headings = {"Chapter 1": "I. The Storm", "Chapter II": "2. Low Water", "Chapter 3": "Three: The Chain",
                "Chapter 4": "I Remember", "CHAPTER 5: THE FERRY": "Chapter 5: The Ferry"}
    pages = [(f"p{n}.xhtml", page("T", f"<h2>{heading}</h2>{texts}")) for n, heading in enumerate(headings.values())]
    book = write_book(tmp_path / "forms.epub", "Forms", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == [
        "Chapter 1 — The Storm", "Chapter II — Low Water", "Chapter 3 — The Chain", "Chapter 4 — I Remember",
        "Chapter 5: The Ferry"]


def test_a_toc_label_that_kept_its_headings_note_marker_is_titled_without_it(tmp_path: Path) -> None:
    """A converter copies a heading with its note's marker into the TOC: "The Storm1", "The End[3]", "The Calm*"
    titled the chapters (and the M4B's chapter list, and the announcements). The marker after the heading's own
    words, or a trailing asterisk or dagger, is dropped; a heading's own number is kept ("Chapter 1" under a TOC's
    "Chapter 12" is not cut to "Chapter 1")."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = ["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3
    headings = {"The Storm1": '<h2>The Storm<sup><a href="#n1" id="r1">1</a></sup></h2>',
                "The Calm*": "<h2>The Calm*</h2>",
                "The End[3]": '<h2>The End<a href="#n3" id="r3">[3]</a></h2>', "Chapter 12": "<h2>Chapter 1</h2>"}
    pages = [(f"p{n}.xhtml", page("T", heading + paragraphs(texts))) for n, heading in enumerate(headings.values())]
    book = write_book(tmp_path / "marks.epub", "Marks", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(headings)])
    assert [c.title for c in read_book(book).chapters] == ["The Storm", "The Calm", "The End", "Chapter 12"]
    # nor are dashes set around a label, a colon after it, or a number's stop
    book = write_book(tmp_path / "dashes.epub", "Marks", "A. Writer", "en", [
        *pages[:2], ("p2.xhtml", page("T", paragraphs(texts)))], [
        Entry("— The Storm —", "p0.xhtml"), Entry("Chapter 2:", "p1.xhtml"), Entry("3.", "p2.xhtml")])
    assert [c.title for c in read_book(book).chapters] == ["The Storm", "Chapter 2 — The Calm", "3"]  # its name


def test_a_toc_of_each_files_first_words_gives_way_to_the_headings(tmp_path: Path) -> None:
    """A converter titles each file by its first line of text: the TOC's "The ferry to the salt flats ran twice a
    week, and the su" over <h2>Chapter 1</h2> titled the chapter (and the M4B's chapter list) with half a sentence.
    A TOC title that opens a paragraph of the chapter's text, four words or more, gives way to the heading; a
    title that is the heading's own words is kept."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = [f"The ferry to the salt flats ran {day}, and the surveyor rode it with his chain." for day in (
        "on Mondays", "on Tuesdays", "on Fridays")]
    pages = [(f"p{n}.xhtml", page("T", f"<h2>Chapter {n + 1}</h2>" + paragraphs([text] * 20)))
             for n, text in enumerate(texts)]
    labels = [texts[0][:60], texts[1][:40] + "…", "Chapter 3"]
    book = write_book(tmp_path / "first-lines.epub", "Salt", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(labels)])
    assert [c.title for c in read_book(book).chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]


def test_a_toc_entry_naming_its_file_in_another_case_finds_it(tmp_path: Path) -> None:
    """A book made on Windows, whose file system ignores case, names "Text/Chapter01.xhtml" in its TOC for the
    manifest's "Text/chapter01.xhtml": no entry found its document, and the TOC's titles were lost (the chapters
    took their headings'). The entry finds the file whose name differs only in case."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 20)
    pages = [(f"Text/chapter{n:02d}.xhtml", page("T", f"<h2>{n}</h2>{prose}")) for n in (1, 2, 3)]
    toc = [Entry(f"{n}. The Crossing", f"Text/Chapter{n:02d}.xhtml") for n in (1, 2, 3)]
    book = read_book(write_book(tmp_path / "case.epub", "Salt", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["1. The Crossing", "2. The Crossing", "3. The Crossing"]


def test_a_book_without_a_toc_or_headings_titles_its_chapters_by_their_documents_titles(tmp_path: Path) -> None:
    """An EPUB with no table of contents and no headings, whose documents each name their chapter in their <title>
    ("Chapter 2: The Storm"): its chapters were titled by their opening words. A <title> is used where it names one
    document only, and is neither the book's title (as some converters give every page) nor a file name."""
    from samples.structure import page, paragraphs, write_book

    texts = ["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 8
    names = ["Chapter 1: The Ferry", "Chapter 2: The Storm", "Chapter 3: The Calm"]
    book = write_book(tmp_path / "heads.epub", "Salt", "A. Writer", "en",
                      [(f"p{n}.xhtml", page(name, paragraphs(texts))) for n, name in enumerate(names)], [], epub2=True)
    assert [c.title for c in read_book(book).chapters] == names
    for same in (["Salt"] * 3, ["part0001", "part0002", "part0003"]):
        book = write_book(tmp_path / "same.epub", "Salt", "A. Writer", "en",
                          [(f"p{n}.xhtml", page(name, paragraphs(texts))) for n, name in enumerate(same)], [],
                          epub2=True)
        # the opening words, cut at a word's end ("... and the survey" was the cut)
        assert [c.title for c in read_book(book).chapters] == ["The ferry to the salt flats ran twice a week, and "
                                                               "the…"] * 3


def test_a_chapters_name_set_below_its_label_in_a_heading_a_bold_line_or_the_next_heading(tmp_path: Path) -> None:
    """A chapter's name set on its label's second line (<h2>Chapter 1<br/>The Ferry</h2>), in a heading element of
    the label's level (<h2>2</h2><h2>The Storm</h2>), or as a bold or larger line below the label's heading: in a
    book without a TOC the name's line was cut off as a chapter's start ("The Ferry", the label lost), and a bold
    line below a heading was not the title's ("Chapter 3"). A TOC that only numbers a chapter ("IV") whose heading
    names it ("The Harbour") gives both. An italic first line (an epigraph) is not a name."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 8)
    heads = ["<h2>Chapter 1<br/>The Ferry</h2>", "<h2>2</h2><h2>The Storm</h2>",
             '<h2>CHAPTER 3</h2><p style="font-weight:bold;text-align:center">The Calm</p>',
             '<h2>Chapter 4</h2><p style="font-size:1.4em">The Harbour</p>',
             '<h2>Chapter 5</h2><p style="font-style:italic">Fear is the little death.</p>', "<h2>The Lighthouse</h2>"]
    pages = [(f"p{n}.xhtml", page("T", head + prose)) for n, head in enumerate(heads)]
    book = read_book(write_book(tmp_path / "no-toc.epub", "Names", "A. Writer", "en", pages, []))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Ferry", "2 — The Storm", "CHAPTER 3 — The Calm",
                                                "Chapter 4 — The Harbour", "Chapter 5", "The Lighthouse"]
    assert sum(c.words for c in plan_book(book).chapters) == sum(
        b.words for c in book.chapters for b in c.blocks) == 4 + 3 + 4 + 4 + 7 + 2 + 6 * 8 * 18
    toc = [Entry(f"Chapter {n + 1}", f"p{n}.xhtml") for n in range(5)] + [Entry("VI", "p5.xhtml")]
    book = read_book(write_book(tmp_path / "toc.epub", "Names", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Ferry", "Chapter 2 — The Storm",
                                                "Chapter 3 — The Calm", "Chapter 4 — The Harbour", "Chapter 5",
                                                "VI — The Lighthouse"]
    # a line in capitals under the label's heading, as Project Gutenberg's HTML sets it; not a cry in capitals
    caps = [("k0.xhtml", page("T", "<h2>CHAPTER I.</h2><p class='center'>THE FERRY</p>" + prose)),
            ("k1.xhtml", page("T", "<h2>CHAPTER II.</h2><p>STOP THE BOAT!</p>" + prose))]
    book = read_book(write_book(tmp_path / "caps.epub", "Names", "A. Writer", "en", caps,
                                [Entry("CHAPTER I.", "k0.xhtml"), Entry("CHAPTER II.", "k1.xhtml")]))
    assert [c.title for c in book.chapters] == ["CHAPTER I — THE FERRY", "CHAPTER II."]
    # a part's label over its first chapter's title is no name (the part opens the chapter, titled by its own)
    parts = [("q0.xhtml", page("T", "<h2>Part Three</h2><h2>The End</h2>" + prose)),
             ("q1.xhtml", page("T", "<h2>Coda</h2>" + prose))]
    book = read_book(write_book(tmp_path / "parts.epub", "Names", "A. Writer", "en", parts, []))
    assert [c.title for c in book.chapters] == ["The End", "Coda"]
    # a <header> that holds the label's heading and its name, as an <hgroup> does; not one over an epigraph
    heads = ["<header><h2>Chapter 1</h2><p>The Ferry</p></header>",
             "<header><h2>Chapter 2</h2><p>Fear is the little death.</p></header>"]
    pages = [(f"h{n}.xhtml", page("T", f"<section>{head}{prose}</section>")) for n, head in enumerate(heads)]
    book = read_book(write_book(tmp_path / "header.epub", "Names", "A. Writer", "en", pages,
                                [Entry(f"Chapter {n + 1}", f"h{n}.xhtml") for n in range(2)]))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Ferry", "Chapter 2"]
    # the book's title over every document is its running head, not the chapters' name
    pages = [(f"p{n}.xhtml", page("T", "<h1>Names</h1>" + prose)) for n in range(4)]
    toc = [Entry(numeral, f"p{n}.xhtml") for n, numeral in enumerate(("I", "II", "III", "IV"))]
    book = read_book(write_book(tmp_path / "heads.epub", "Names", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["I", "II", "III", "IV"]


def test_a_toc_that_lists_pages_gives_way_to_the_chapters_headings(tmp_path: Path) -> None:
    """A converter from print that lists every page in the TOC ("Page 1" ... "Page 30", anchors in the text): the
    book was 30 chapters titled "Page 7". Where page entries are most of a reflowable book's TOC, its chapters are
    its other entries, or its headings; a TOC numbered "1", "2" (chapters' numbers) is kept."""
    from samples.structure import Entry, page, write_book

    para = "<p>" + "The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain. " * 4 + "</p>"
    pages, toc = [], []
    for chapter in range(3):
        body = f"<h2>Chapter {chapter + 1}</h2>" + "".join(
            f'<span id="page{chapter * 10 + n}"></span>{para}' for n in range(1, 11))
        toc += [Entry(f"Page {chapter * 10 + n}", f"c{chapter}.xhtml#page{chapter * 10 + n}") for n in range(1, 11)]
        pages.append((f"c{chapter}.xhtml", page("T", body)))
    book = read_book(write_book(tmp_path / "pages.epub", "Pages", "A. Writer", "en", pages, toc))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert sum(b.words for c in book.chapters for b in c.blocks) == 3 * (2 + 10 * 72)
    from audiobook.ingest.chapters import TocEntry
    from audiobook.ingest.fixed_layout import without_page_entries

    numbered = [TocEntry(title, "c.xhtml", None, 1) for title in ("1", "2", "IV", "Page 7")]
    assert without_page_entries(numbered) == numbered


def test_chapters_marked_non_linear_by_mistake_are_read(tmp_path: Path) -> None:
    """A spine whose every item is marked linear="no" was refused as "no readable text ... see --include-matter",
    an option that did not help; a chapter so marked between two others, which the TOC lists as "Chapter 2",
    was skipped. Both are read; notes so marked stay aside, and a book of nothing else names --include-nonlinear."""
    from audiobook.errors import EmptyBookError
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 5)
    pages = [(f"c{n}.xhtml", page("T", f"<h2>Chapter {n}</h2>{prose}")) for n in (1, 2, 3)]
    notes = ("notes.xhtml", page("Notes", "<h2>Notes</h2><p>1. The ferry still runs, twice a week, in summer.</p>"))
    toc = [*(Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2, 3)), Entry("Notes", "notes.xhtml")]

    def titles(name: str, non_linear: list[str]) -> list[str]:
        book = read_book(write_book(tmp_path / name, "The Ferry", "Ann Writer", "en", [*pages, notes], toc,
                                    non_linear=non_linear))
        return [c.title for c in book.chapters]

    assert titles("all.epub", ["c1.xhtml", "c2.xhtml", "c3.xhtml", "notes.xhtml"]) == [
        "Chapter 1", "Chapter 2", "Chapter 3", "Notes"]
    assert titles("one.epub", ["c2.xhtml", "notes.xhtml"]) == ["Chapter 1", "Chapter 2", "Chapter 3"]
    aside = [("cover.xhtml", page("Cover", "<p>The Ferry</p>")), ("a.xhtml", page("A", prose)),
             ("b.xhtml", page("B", prose))]
    with pytest.raises(EmptyBookError, match="see --include-nonlinear"):
        read_book(write_book(tmp_path / "aside.epub", "The Ferry", "Ann Writer", "en", aside,
                             [Entry("Cover", "cover.xhtml")], non_linear=["a.xhtml", "b.xhtml"]))


def test_a_book_of_poems_titled_by_their_look_has_a_chapter_a_poem(tmp_path: Path) -> None:
    """Poems set a line a paragraph under titles set apart only by their look (a class in bold, centred) were one
    chapter titled by the first poem: pieces under 400 words were not cut at a look, lest emphasis in prose be
    taken for titles. Pieces that are verse (most lines run on) are poems, each a chapter; prose stays whole."""
    verse = ["The tide came in across the flats,", "and took the road, and took the hats",
             "of three old men who walked too slow,", "and left the gulls a place to go."]
    titles = ["The Ferry", "Low Water", "The Chain", "Gulls"]

    def book(lines: list[str]) -> Book:
        body = "".join(f'<p class="pt">{title}</p>' + "".join(f"<p>{line}</p>" for line in lines) for title in titles)
        source = book_html(tmp_path, body)
        source.write_text(source.read_text().replace("</title>", "</title><style>.pt { font-weight: bold; "
                                                                   "text-align: center }</style>"))
        return read_book(source)

    assert [c.title for c in book(verse * 2).chapters] == titles
    prose = ["The tide came in across the flats and took the road with it, as it did every spring."] * 4
    assert len(book(prose).chapters) == 1


def test_poems_in_stanzas_under_titles_in_their_look_have_a_chapter_a_poem(tmp_path: Path) -> None:
    """Poems whose stanzas are paragraphs of <br/> lines, under titles set apart only by their look, were one
    chapter: only verse set a line a paragraph was told from prose. The first poem's title, a line in bold right
    after the title page, was skipped with it. Stanzas of short lines that open with capitals or pause at their
    ends are verse; prose a <br/> wraps at a page's width stays one chapter."""
    stanzas = ["The tide came in across the flats,<br/>And took the road and took the hats<br/>Of three old men who "
               "walked too slow,<br/>And left the gulls a place to go."] * 2
    titles = ["The Ferry", "Low Water", "The Chain", "Gulls"]

    def book(paragraphs: list[str]) -> Book:
        body = "<h1>The Tide Clock</h1><p>by Ines Roca</p>" + "".join(
            f"<p><b>{title}</b></p>" + "".join(f"<p>{text}</p>" for text in paragraphs) for title in titles)
        return read_book(book_html(tmp_path, body))

    poems = book(stanzas)
    assert [c.title for c in poems.chapters] == titles
    assert [(s.reason.split(",")[0], s.words) for s in poems.skipped] == [("title page", 3 + 3)]
    assert [c.blocks[1].lines for c in poems.chapters] == [4] * 4
    wrapped = ["the harbour wall and looked at the grey water<br/>while the boats came in slowly one after "
               "another<br/>with their nets full of fish and the gulls<br/>followed them crying over the waves "
               "as the light<br/>went down behind the hills."] * 2
    prose = book(wrapped)
    assert len(prose.chapters) == 1 and {b.lines for b in prose.chapters[0].blocks} == {1}


def test_an_anthologys_pieces_are_cut_at_their_numbers_and_titled_by_number_and_name(tmp_path: Path) -> None:
    """An anthology set in bold alone (calibre's FB2 of the IDPF Children's Literature): each piece opens with its
    number, an editor's note, a page number, then its title and author, all but the note and page number in bold.
    Cut at every bold line, the pieces were too small to be chapters, and 45,000 words stayed one; the lines of
    one title are now one cut, titled "193 THE EMPEROR'S NEW CLOTHES"."""
    pieces = [("191", "THE LORD HELPETH MAN AND BEAST", "SAMUEL TAYLOR COLERIDGE"),
              ("192", "THE REAL PRINCESS", "HANS CHRISTIAN ANDERSEN"),
              ("193", "THE EMPEROR'S NEW CLOTHES", "HANS CHRISTIAN ANDERSEN"),
              ("194", "THE NIGHTINGALE", "HANS CHRISTIAN ANDERSEN")]
    body = ""
    for number, (label, name, author) in enumerate(pieces):
        note = "The editor notes that this tale was told in many versions before it was written down for children."
        body += (f"<p><strong>{label}</strong></p><p>{note}</p><p>{181 + number}</p><p><strong>{name}</strong></p>"
                 f"<p><strong>{author}</strong></p>" + "".join(f"<p>{p}</p>" for p in tale(number, 900)))
    fb2 = tmp_path / "anthology.fb2"
    fb2.write_text('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/'
                   '2.0"><description><title-info><author><first-name>Charles</first-name><last-name>Curry</last-name>'
                   "</author><book-title>Children's Literature</book-title><lang>en</lang></title-info></description>"
                   f"<body><section>{body}</section></body></FictionBook>", encoding="utf-8")
    assert [c.title for c in read_book(fb2).chapters] == [f"{label} {name}" for label, name, _ in pieces]


def test_an_html_book_whose_chapter_headings_are_paragraphs_is_cut_at_them(tmp_path: Path) -> None:
    """No heading elements at all: "CHAPTER I." set as a paragraph still starts a chapter."""
    source = tmp_path / "lamp-oil.html"
    source.write_text('<html><head><title>The Lamp Oil</title><meta name="dc.creator" content="Brand, Ivo, 1901-1977"/>'
                      "</head><body><p>CHAPTER I.</p><p>The oil came up the coast in barrels.</p><p>It took all morning.</p>"
                      "<p>CHAPTER II.</p><p>By March the lamp burned fish oil, which smoked.</p>"
                      "<p>CHAPTER III.</p><p>The new barrels came in April.</p></body></html>", encoding="utf-8")
    book = read_book(source)
    assert book.authors == ("Ivo Brand",)  # the catalogue's "Brand, Ivo, 1901-1977", as a player shows it
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]
    assert [len(c.blocks) for c in book.chapters] == [3, 2, 2]


def test_divisions_headed_by_shortened_labels_are_chapters_under_their_volumes(tmp_path: Path) -> None:
    """An eighteenth-century novel heads its divisions "VOL. I." and "CHAP. IV.": they were paragraphs, the book
    one chapter, and the labels read letter by letter. Now they are chapters titled by volume and chapter, and
    heard as "Volume one" and "Chapter four"."""
    body = "".join(f"<p>VOL. {volume}.</p>" + "".join(
        f"<p>CHAP. {number}.</p>" + "".join(f"<p>{p}</p>" for p in tale(len(volume) * 7 + len(number), 300))
        for number in ("I", "II", "III")) for volume in ("I", "II"))
    source = tmp_path / "keeper.html"
    source.write_text(f"<html><head><title>The Keeper</title></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [f"VOL. {v}, CHAP. {c}." for v in ("I", "II") for c in ("I", "II", "III")]
    plan = plan_book(book)
    assert [s.heard for s in plan.chapters[3].segments[:2]] == ["Volume two.", "Chapter one."]


@pytest.mark.parametrize(("language", "headings", "sentence"), [
    ("de", ["Erstes Kapitel", "Zweites Kapitel: Der Sturm", "Kapitel drei"], "Der Wind kam über das Meer."),
    ("sv", ["Första kapitlet", "Andra kapitlet", "Tredje delen"], "Vinden kom in över havet."),
    ("nl", ["Eerste hoofdstuk", "Hoofdstuk twee", "Derde deel"], "De wind kwam over de zee."),
    ("fr", ["Première partie", "Chapitre deux", "Chapitre troisième"], "Le vent venait de la mer."),
    ("es", ["Capítulo primero", "Segunda parte", "Capítulo tres"], "El viento venía del mar."),
    ("pl", ["Rozdział pierwszy", "Rozdział drugi", "Część trzecia"], "Wiatr wiał od morza."),
    ("ru", ["Глава первая", "Часть вторая", "Глава четвёртая"], "Ветер дул с моря."),
    # past the tenth, and German's numeral with an ordinal's full stop ("12. Kapitel")
    ("de", ["Einundzwanzigstes Kapitel", "Kapitel zweiundzwanzig", "23. Kapitel"], "Der Wind kam über das Meer."),
    ("sv", ["Tjugonde kapitlet", "Kapitel tjugoett", "Kapitel tolv"], "Vinden kom in över havet."),
    ("nl", ["Hoofdstuk eenentwintig", "Hoofdstuk dertien", "Twintigste hoofdstuk"], "De wind kwam over de zee."),
    ("fr", ["Chapitre vingt et un", "Chapitre treize", "Chapitre quarante-deux"], "Le vent venait de la mer."),
    ("es", ["Capítulo veintiuno", "Capítulo trece", "Capítulo dieciséis"], "El viento venía del mar."),
    ("it", ["Capitolo ventuno", "Capitolo tredici", "Capitolo diciassette"], "Il vento veniva dal mare."),
    ("pt", ["Capítulo vinte e um", "Capítulo treze", "Capítulo dezesseis"], "O vento vinha do mar."),
    ("ca", ["Capítol vint-i-u", "Capítol tretze", "Capítol dinou"], "El vent venia del mar."),
    ("pl", ["Rozdział dwudziesty", "Rozdział jedenasty", "Rozdział trzydziesty pierwszy"], "Wiatr wiał od morza."),
    ("ru", ["Глава двадцать первая", "Глава одиннадцатая", "Глава тридцатая"], "Ветер дул с моря."),
])
def test_division_headings_written_out_are_found_in_each_language(tmp_path: Path, language: str,
                                                                  headings: list[str], sentence: str) -> None:
    """German, Swedish and Dutch books put the ordinal first ("Erstes Kapitel", "Första kapitlet");
    others spell the number after the division ("Kapitel drei", "Глава четвёртая"), past the tenth
    too ("Capítulo veintiuno", "Глава двадцать первая", which were paragraphs). A plain-text book set
    that way is cut at each of them."""
    path = tmp_path / "book.txt"
    path.write_text("".join(f"{heading}\n\n{(sentence + ' ') * 30}\n\n" for heading in headings), encoding="utf-8")
    assert [c.title for c in read_book(path).chapters] == headings


def test_a_plays_scenes_that_repeat_their_numbers_in_each_act_take_the_act(tmp_path: Path) -> None:
    """A play's scenes numbered again in each act ("SCENE 1. A quay at night." in Act I, "SCENE 1. The same."
    in Act II) were listed without their act, two "SCENE 1"s: a title whose division's label and number repeat
    takes the division above it, "ACT II, SCENE 1. The same.", as a repeated "Chapter 1" takes its part. The act's
    line is read where it stands."""
    prose = keeper_text(4)
    scenes = {"I": ("A quay at night.", "The lamp room."), "II": ("The same.", "The harbour.")}
    acts = "".join(f"\n\n\nACT {act}\n\n" + "".join(f"\n\nSCENE {n}. {place}\n\n{prose}\n"
                                                     for n, place in enumerate(places, start=1))
                   for act, places in scenes.items())
    path = tmp_path / "play.txt"
    path.write_text(f"THE HARBOUR PLAY\n\nby Ines Roca\n{acts}", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["ACT I, SCENE 1. A quay at night.", "ACT I, SCENE 2. The lamp room.",
                                                "ACT II, SCENE 1. The same.", "ACT II, SCENE 2. The harbour."]
    assert [b.text for b in book.chapters[2].blocks[:2]] == ["ACT II", "SCENE 1. The same."]
    assert read_text(book).count("The keeper wrote the hour") == 4 * 4


def test_chapters_numbered_between_marks_are_cut_and_titled_by_their_number(tmp_path: Path) -> None:
    """Self-published and fan-fiction books set their chapters as a number between dashes ("— 1 —", "~ 2 ~").
    Neither a text book nor an EPUB's single document was cut there: one chapter of the whole book. They are cut
    where such lines count up, titled with the number ("1", not "1 — — 1"); the line itself is read."""
    import random

    from samples.synthetic import chapter_paragraphs, write_epub

    rng = random.Random(21)
    stories = [chapter_paragraphs(700, rng) for _ in range(3)]
    marks = ["— 1 —", "— 2 —", "— 3 —"]
    text = tmp_path / "tide.txt"
    text.write_text("The Tide Clock\n\nby Ann Example\n\n\n" + "".join(
        f"{mark}\n\n" + "\n\n".join(paragraphs) + "\n\n\n" for mark, paragraphs in zip(marks, stories)),
                    encoding="utf-8")
    book = read_book(text)
    assert [(c.title, [b.text for b in c.blocks]) for c in book.chapters] == [
        (str(n), [mark, *paragraphs]) for n, (mark, paragraphs) in enumerate(zip(marks, stories), start=1)]
    marks = ["~ I ~", "~ II ~", "~ III ~"]
    body = "".join(f"<p class='centre'>{mark}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                   for mark, paragraphs in zip(marks, stories))
    epub = tmp_path / "tide.epub"
    write_epub(epub, "The Tide Clock", [("text.xhtml", "The Tide Clock", (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        f"<body>{body}</body></html>").encode())])
    assert [(c.title, [b.text for b in c.blocks]) for c in read_book(epub).chapters] == [
        (numeral, [mark, *paragraphs]) for numeral, mark, paragraphs in zip(["I", "II", "III"], marks, stories)]


def test_a_chapter_the_toc_left_out_after_a_page_without_a_heading_is_cut(tmp_path: Path) -> None:
    """A chapter file the TOC leaves out, headed "Chapter Two" in an <h1>, after a page without a heading under the
    entry above it (the rest of chapter 1, which a converter cut for size; a dedication after the acknowledgments)
    was read as part of that entry's chapter: its documents were cut only where every one opened with a heading. A
    heading element naming a division at a document's start is cut at alone."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = ["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 12
    pages = [("c1a.xhtml", page("C", "<h1>Chapter One</h1>" + paragraphs(prose))), ("c1b.xhtml", page("C", paragraphs(
        prose))), ("c2.xhtml", page("C", "<h1>Chapter Two</h1>" + paragraphs(prose))),
             ("c3.xhtml", page("C", "<h1>Chapter Three</h1>" + paragraphs(prose)))]
    toc = [Entry("Chapter One", "c1a.xhtml"), Entry("Chapter Three", "c3.xhtml")]
    book = read_book(write_book(tmp_path / "split.epub", "Grey", "Ines Roca", "en", pages, toc))
    assert [(c.title, c.source_hrefs) for c in book.chapters] == [
        ("Chapter One", ("c1a.xhtml", "c1b.xhtml")), ("Chapter Two", ("c2.xhtml",)), ("Chapter Three", ("c3.xhtml",))]
    ack = ("ack.xhtml", page("A", "<h2>Acknowledgments</h2><p>I thank my editor for her patience.</p>"))
    dedication = ("dedication.xhtml", page("D", "<p>For my mother, who kept the light.</p>"))
    book = read_book(write_book(tmp_path / "ack.epub", "Grey", "Ines Roca", "en", [ack, dedication, *pages[2:]],
                                [Entry("Acknowledgments", "ack.xhtml"), Entry("Chapter Three", "c3.xhtml")]))
    assert [c.title for c in book.chapters] == ["Acknowledgments", "Chapter Two", "Chapter Three"]


@pytest.mark.parametrize(("headings", "toc"), [
    (["1 The Storm", "2 Low Water", "3 The Chain", "4 Gulls"], ["The Storm", "The Chain"]),  # numbered next
    (["Chapter 1: The Storm", "Chapter 2: Low Water", "Chapter 3: The Chain", "Chapter 4: Gulls"], ["1", "3"]),
])
def test_two_chapters_sharing_a_file_the_toc_lists_once_are_two(tmp_path: Path, headings: list[str],
                                                                toc: list[str]) -> None:
    """Two chapters to a file, each an <h2>, the TOC listing each file once, a dedication after them that it does not
    list: the second chapter of a file was read inside the first, where its heading only numbered it ("2 Low Water"
    after "1 The Storm") or where the entry's chapter spanned the unlisted page too (one heading-like line was no
    evidence). A heading element of the opening's level numbered next, or naming the same division, is a cut."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 9)
    pages = [(f"c{n}.xhtml", page("C", f"<h2>{headings[2 * n]}</h2>{prose}<h2>{headings[2 * n + 1]}</h2>{prose}"))
             for n in (0, 1)]
    pages.append(("dedication.xhtml", page("D", "<p>For my mother, who kept the light.</p>")))
    book = read_book(write_book(tmp_path / "shared.epub", "Grey", "Ines Roca", "en", pages,
                                [Entry(toc[0], "c0.xhtml"), Entry(toc[1], "c1.xhtml")]))
    assert [c.title for c in book.chapters] == headings
    assert book.chapters[-1].blocks[-1].text == "For my mother, who kept the light."


def test_a_title_set_apart_only_by_its_look_names_the_chapter_the_toc_numbers_or_misses(tmp_path: Path) -> None:
    """Chapters titled only by a bold line ("The Storm"), the TOC labelling them "1", "2", or leaving some out:
    they were titled "1", "2", and the ones the TOC missed "Low Water (2)", after the entry above. The line in its
    look names them, as a heading element would: "1 — The Storm", "The Chain"."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 9)
    names = ["The Storm", "Low Water", "The Chain"]
    pages = [(f"c{n}.xhtml", page("C", f"<p><b>{name}</b></p>{prose}")) for n, name in enumerate(names)]
    numbered = read_book(write_book(tmp_path / "numbered.epub", "Grey", "Ines Roca", "en", pages,
                                    [Entry(str(n + 1), f"c{n}.xhtml") for n in range(3)]))
    assert [c.title for c in numbered.chapters] == ["1 — The Storm", "2 — Low Water", "3 — The Chain"]
    sparse = read_book(write_book(tmp_path / "sparse.epub", "Grey", "Ines Roca", "en", pages,
                                  [Entry("The Storm", "c0.xhtml")]))
    assert [c.title for c in sparse.chapters] == names


def test_a_long_chapter_its_heading_labels_is_not_cut_at_its_sections_beside_short_ones(tmp_path: Path) -> None:
    """A TOC listing every chapter, one chapter of 2,600 words with <h3> sections among chapters of 150: it was far
    larger than the median, so cut at its sections ("Morning", "Night" became chapters), a rule meant for a guide's
    entry over its tasks. A chapter its heading labels as one ("Chapter 3: The Chain") is cut at its sections only
    when over 20,000 words; an unlabelled one still is ("Common Tasks")."""
    from samples.structure import Entry, page, paragraphs, write_book

    line = "The keeper wrote in the log every evening, whatever the weather did outside the tower."
    short, long = paragraphs([line] * 10), paragraphs([line] * 60)

    def titles(opening: str) -> list[str]:
        pages = [(f"c{n}.xhtml", page("C", f"<h2>Chapter {n}: Day {n}</h2>{short}")) for n in (1, 2, 4, 5, 6)]
        pages.insert(2, ("c3.xhtml", page("C", f"<h2>{opening}</h2>{long}<h3>Morning</h3>{long}<h3>Night</h3>{long}")))
        toc = [Entry(f"Day {n}", f"c{n}.xhtml") for n in (1, 2, 3, 4, 5, 6)]
        return [c.title for c in read_book(write_book(tmp_path / "long.epub", "Grey", "Ines Roca", "en", pages,
                                                      toc)).chapters]

    assert titles("Chapter 3: The Chain") == ["Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6"]
    assert "Morning" in titles("Common Tasks")


def test_a_part_page_opens_its_first_chapter_which_keeps_its_toc_title_and_its_numbers_pause(tmp_path: Path) -> None:
    """A part's page (<h1>Part One</h1> alone, its own TOC entry) opens the chapter after it. That chapter was titled
    by its heading ("Chapter 1: The Storm") where its siblings kept the TOC's names ("Low Water"), and its number,
    below the part's heading, was heard run on ("one The Storm") where its siblings' had a stop."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 12)
    names = ["The Storm", "Low Water", "The Chain", "Gulls"]
    pages = [("part1.xhtml", page("P", "<h1>Part One</h1>"))] + [
        (f"c{n}.xhtml", page("C", f"<h2>{n + 1} {name}</h2>{prose}")) for n, name in enumerate(names)]
    toc = [Entry("Part One", "part1.xhtml")] + [Entry(name, f"c{n}.xhtml") for n, name in enumerate(names)]
    plan = plan_book(read_book(write_book(tmp_path / "parts.epub", "Grey", "Ines Roca", "en", pages, toc)))
    assert [c.title for c in plan.chapters] == names
    assert [[s.spoken or s.text for s in c.segments[:2]] for c in plan.chapters[:2]] == [
        ["Part One", "one. The Storm"], ["two. Low Water", "The keeper wrote in the log every evening, whatever the "
                                                          "weather did outside the tower."]]


def test_numbered_chapters_under_an_entry_for_another_page_are_cut(tmp_path: Path) -> None:
    """A TOC listing only "About" (the author's page) over a file of chapters "1 The Storm", "2 Low Water", "3 The
    Chain": the whole book was one chapter titled "About the Author". Headings of one level that number on from
    one another are chapters, wherever the first stands."""
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The keeper wrote in the log every evening, whatever the weather did outside the tower."] * 9)
    names = ["1 The Storm", "2 Low Water", "3 The Chain"]
    about = ("about.xhtml", page("A", "<h2>About the Author</h2><p>Ines Roca lives by the sea.</p>"))
    chapters = ("c.xhtml", page("C", "".join(f"<h2>{name}</h2>{prose}" for name in names)))
    book = read_book(write_book(tmp_path / "about.epub", "Grey", "Ines Roca", "en", [about, chapters],
                                [Entry("About", "about.xhtml")]))
    assert [c.title for c in book.chapters] == ["About the Author", *names]


def _body_page(body: str) -> bytes:
    """An EPUB's XHTML document that is this body."""
    return f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()


def test_a_heading_repeated_right_under_itself_is_read_once(tmp_path: Path) -> None:
    """An mdBook's print page heads each chapter twice (its file's <h1> over the page's own <h2> of the same words):
    said once, the second listed, whichever of them the book is cut at, and so is a title in bold right under its
    heading. A heading under a different one stays."""
    from samples.structure import Entry, page, write_book

    prose = lamp_prose(20)
    names = ["Hello, World!", "The Storm", "Letters Home"]
    body = "".join(f'<h1 id="{n}-1">{name}</h1><h2 id="{n}">{name.upper()}</h2>{prose}<h2>Notes</h2>{prose}'
                   for n, name in enumerate(names))
    chapters = [(f"c{n}.xhtml", page(name, f'<h1>{name}</h1><h2 id="t">{name}</h2>{prose}'))
                for n, name in enumerate(names)]
    for book, headings in [
        (read_book(book_html(tmp_path, body)), [[name, "Notes"] for name in names]),
        (read_book(write_book(tmp_path / "twice.epub", "Twice", "Ann Example", "en", chapters,  # cut at the second
                              [Entry(name, f"c{n}.xhtml#t") for n, name in enumerate(names)])), [[n] for n in names])]:
        assert [c.title for c in book.chapters] == names
        assert [[b.text for b in c.blocks if b.kind == "heading"] for c in book.chapters] == headings
        assert reasons(book)["heading repeated right under itself"] == 2 + 2 + 2
        assert read_text(book).count("The lamp was lit at dusk") == 20 * sum(map(len, headings))
    # a web serial's chapter, saved under the site's heading, opens with its own title in bold (it was read twice);
    # a poem's first line that is its title is the poem's
    saved = [(f"s{n}.xhtml", page(name, f"<h1>Chapter {n + 1}: {name}</h1><p><strong>Chapter {n + 1}: {name}"
                                        f"</strong></p>{prose}")) for n, name in enumerate(names)]
    book = read_book(write_book(tmp_path / "serial.epub", "Serial", "Ann Example", "en", saved,
                                [Entry(f"Chapter {n + 1}: {name}", f"s{n}.xhtml") for n, name in enumerate(names)]))
    assert [c.blocks[1].text[:24] for c in book.chapters] == ["The lamp was lit at dusk"] * 3
    assert reasons(book)["heading repeated right under itself"] == sum(len(name.split()) + 2 for name in names)
    poem = read_book(book_html(tmp_path, f"<h2>Row the Boat</h2><p>Row the boat</p><p>over the water.</p>{prose}"))
    assert [b.text for b in poem.chapters[0].blocks[:2]] == ["Row the Boat", "Row the boat"]


def test_a_title_the_toc_repeats_under_different_chapters_takes_its_chapters_title(tmp_path: Path) -> None:
    """A manual made by Sphinx closes every chapter with a "Summary" section, listed under it in the nav: the
    chapter list said "Summary" six times. Each takes its chapter's title, also the last, which runs on into the
    index page; that page's lone heading "Index" is skipped as matter (it was read at the book's end), and the
    notes' "Footnotes" line (a paragraph, Docutils' rubric) goes with the notes. A title listed twice under one
    parent (a TOC's slip, "CANTO XVII" for "CANTO XXVII") stays as it is."""
    from samples.structure import Entry, page, write_book

    prose = lamp_prose(30)
    notes = ('<p>The lamp burned oil<a class="footnote-reference" href="#n1" role="doc-noteref">[1]</a>.</p>'
             '<p class="rubric">Footnotes</p><aside class="footnote-list"><aside class="footnote" id="n1" '
             'role="doc-footnote"><p>The clock was made in Bergen.</p></aside></aside>')
    names = ["The First Winter", "The Second Winter", "The Third Winter"]
    pages = [(f"c{n}.xhtml", page(name, f'<h1>{name}</h1>{prose}<h2 id="summary">Summary</h2>{prose}{notes}'))
             for n, name in enumerate(names)]
    pages.append(("genindex.xhtml", page("Index", '<h1 id="index">Index</h1><div class="genindex-jumpbox"></div>')))
    toc = [Entry(name, f"c{n}.xhtml", [Entry("Summary", f"c{n}.xhtml#summary")]) for n, name in enumerate(names)]
    book = read_book(write_book(tmp_path / "manual.epub", "The Manual", "Ann Example", "en", pages, toc))
    assert [c.title for c in book.chapters] == [title for name in names for title in (name, f"{name}, Summary")]
    assert reasons(book)["front/back matter (Index)"] == 1
    assert reasons(book)["footnote"] == 3 * (6 + 1)  # the note and "Footnotes"
    assert "Index" not in read_text(book) and "Footnotes" not in read_text(book)
    assert read_text(book).count("The lamp was lit at dusk") == 3 * 2 * 30

    canto = "<p>" + "Through me you pass into the city of woe. " * 30 + "</p>"
    pages = [(f"c{n}.xhtml", page(f"Canto {n}", f"<h2>CANTO {n}</h2>{canto}")) for n in range(3)]
    slip = [Entry("HELL", "c0.xhtml", [Entry("CANTO XVII", "c0.xhtml"), Entry("CANTO XVIII", "c1.xhtml"),
                                       Entry("CANTO XVII", "c2.xhtml")])]
    hell = read_book(write_book(tmp_path / "hell.epub", "Hell", "Ann Example", "en", pages, slip))
    assert [c.title for c in hell.chapters] == ["CANTO XVII", "CANTO XVIII", "CANTO XVII"]


def test_a_pdf_calibre_made_into_one_document_behind_its_cover_is_cut_at_its_bold_titles(tmp_path: Path) -> None:
    """calibre turns a PDF into one document of paragraphs, titles only in bold, behind a cover page that holds no
    text, with a TOC entry "Start" for the cover: the book was one chapter, as the cover's page made it two
    documents and only a chapter of one is cut at its titles' look. The title page's name under the title (no
    "by") is the author where the metadata says "Unknown"."""
    from samples.structure import Entry, page, write_book

    prose = "<p class='calibre1'>" + "The oil came out to the rock twice a year, in casks. " * 20 + "</p>"
    titles = ["Lamp Oil", "The Fog Signal", "The Spring Boat"]
    body = ("<p class='calibre1'><b>The Winter Log</b></p><p class='calibre1'>Tom Reddaway</p>"
            + "".join(f"<p class='calibre1'><b>{title}</b></p>{prose * 4}" for title in titles))
    pages = [("titlepage.xhtml", page("Cover", "<div><svg xmlns='http://www.w3.org/2000/svg'></svg></div>")),
             ("index.html", page("The Winter Log", body))]
    book = read_book(write_book(tmp_path / "log.epub", "The Winter Log", "Unknown", "en", pages,
                                [Entry("Start", "titlepage.xhtml")], epub2=True))
    assert book.authors == ("Tom Reddaway",)
    assert [c.title for c in book.chapters] == titles
    assert read_text(book).count("The oil came out") == 3 * 4 * 20


def test_a_document_libreoffice_saved_as_html_reads_as_the_document(tmp_path: Path) -> None:
    """LibreOffice's HTML: its authors in one <meta name="author"> ("Maren Holt; Ola Brekke"), its notes as
    <div id="sdfootnote1"><p class="sdfootnote"> (read inline before: only the markers were known), and every
    table cell's value in a <p> of its own (a row read as three paragraphs, "Monday." "NW 7." "3.")."""
    cell = '<td><p class="compact">\n\t{}</p>\n</td>'
    rows = "".join("<tr>" + "".join(cell.format(value) for value in row) + "</tr>"
                   for row in (("Day", "Wind", "Ships"), ("Monday", "NW 7", "3")))
    prose = "<p>" + "The wind came from the north on the first night, and the keeper climbed the stairs. " * 3
    body = (f"<h1>The First Winter</h1>{prose}<a class='sdfootnoteanc' name='sdfootnote1anc' href='#sdfootnote1sym'>"
            f"<sup>1</sup></a></p><table>{rows}</table><h1>The Second Winter</h1>{prose}</p>"
            "<div id='sdfootnote1'><p class='sdfootnote'><a class='sdfootnotesym' name='sdfootnote1sym' "
            "href='#sdfootnote1anc'>1</a>He wrote in pencil, and some pages have faded.</p></div>")
    source = tmp_path / "book.html"
    source.write_text("<html><head><title>The Keeper’s Logbook</title><meta name='author' content='Maren Holt; Ola "
                      f"Brekke'/></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert book.authors == ("Maren Holt", "Ola Brekke")
    assert [b.text for b in book.chapters[0].blocks][2:] == ["Day, Wind, Ships", "Monday, NW 7, 3"]
    assert "pencil" not in read_text(book) and reasons(book)["footnote"] == 10


def test_a_book_set_in_paragraphs_only_gives_its_title_page_contents_and_chapter_names(tmp_path: Path) -> None:
    """calibre's FB2 of a Gutenberg EPUB sets everything as paragraphs: the title page a few words a line ("The" /
    "Life and Adventures" / "of" / "Robinson Crusoe" / "By" / "Daniel Defoe"), the contents ("CHAPTER I—START IN
    LIFE"), and each chapter's label over its name in capitals ("CHAPTER I." / "START IN LIFE"). The book had 41
    chapters (the title page as "The", 20 one-line chapters); it has the EPUB's 20, named as the EPUB names them."""
    names = ["START IN LIFE", "SLAVERY AND ESCAPE", "WRECKED ON A DESERT ISLAND"]
    numerals = ["I", "II", "III"]
    prose = "".join(f"<p>{'I was born in the year 1632, in the city of York, of a good family. ' * 8}</p>" * 4)
    body = "".join(f"<p>{line}</p>" for line in ("The", "Life and Adventures", "of", "Robinson Crusoe", "By",
                                                 "Daniel Defoe", "London", "Seeley, Service &amp; Co. Limited"))
    body += "".join(f"<p>CHAPTER {numeral}—{name}</p>" for numeral, name in zip(numerals, names))
    body += "".join(f"<p>CHAPTER {numeral}.</p><p>{name}</p>{prose}" for numeral, name in zip(numerals, names))
    source = tmp_path / "crusoe.html"
    source.write_text("<html><head><title>The Life and Adventures of Robinson Crusoe</title><meta name='author' "
                      f"content='Daniel Defoe'/></head><body>{body}</body></html>", encoding="utf-8")
    book = read_book(source)
    assert [c.title for c in book.chapters] == [f"CHAPTER {n} — {name}" for n, name in zip(numerals, names)]
    assert reasons(book)["title page, by its content (the book's title and author lines)"] == 16
    assert reasons(book)["contents list written as text"] == 4 + 4 + 6  # "I—START" one word
    assert read_text(book).startswith("CHAPTER I. START IN LIFE I was born")


def test_a_chapter_numbered_in_one_heading_and_named_in_the_next_is_titled_by_both(tmp_path: Path) -> None:
    """<h2>Chapter 1</h2><h3>The First Night</h3> is "Chapter 1 — The First Night" in the chapter
    list (and the M4B's markers); a heading that already names its chapter keeps its title, and a
    second division label ("Chapter 2" under "Part One") is not a subtitle."""
    book = read_book(book_html(tmp_path, (
        f"<h2>Chapter 1</h2><h3>The First Night</h3>{PROSE}<h2>II</h2><h3>The Second Night</h3>{PROSE}"
        f"<h2>Chapter 3 — The Storm</h2><h3>A Postscript</h3>{PROSE}<h2>Part Two</h2><h3>Chapter 4</h3>{PROSE}")))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The First Night", "II — The Second Night",
                                                "Chapter 3 — The Storm", "Part Two"]
    assert read_text(book).startswith("Chapter 1 The First Night The lamp")  # the text is read as written


def test_a_heading_that_breaks_its_line_after_the_number_is_titled_and_read_as_two_lines(tmp_path: Path) -> None:
    """"CHAPTER I<br/>HOW THE BROTHERS FARED" (older Gutenberg and anthology files): the chapter
    list says "CHAPTER I — HOW THE BROTHERS FARED", and the label and the name are two lines, with
    a pause between them, instead of one run "chapter one how the brothers fared". A title broken
    only for its layout ("The<br/>Tide Clock") stays one line."""
    book = read_book(book_html(tmp_path, (
        f"<h2>CHAPTER I<br/> HOW THE BROTHERS FARED</h2>{PROSE}<h2>Chapter 2.<br/>The Storm</h2>{PROSE}"
        f"<h2>The<br/>Tide Clock</h2>{PROSE}<h2>I<br/>am the lamp</h2>{PROSE}")))
    assert [c.title for c in book.chapters] == ["CHAPTER I — HOW THE BROTHERS FARED", "Chapter 2 — The Storm",
                                                "The Tide Clock", "I am the lamp"]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["CHAPTER I", "HOW THE BROTHERS FARED"]
    assert [b.text for b in book.chapters[2].blocks[:1]] == ["The Tide Clock"]
    plan = plan_book(book)
    assert [s.text for s in plan.chapters[1].segments[:2]] == ["Chapter 2.", "The Storm"]
    assert all(s.ends_block for s in plan.chapters[1].segments[:2])  # a paragraph's pause after each line


def test_a_heading_that_sets_its_label_in_its_own_element_is_read_as_two_lines(tmp_path: Path) -> None:
    """Feedbooks-style <h2><span class="chapterHeader">Chapitre 1</span> Où l’on...</h2>, and a number and a
    name in two spans: the label is its own line, as the book's style sheet shows it. A label split over
    two spans ("Part" "One") stays whole."""
    book = read_book(book_html(tmp_path, (
        f'<h2><span class="chapterHeader"><span>Chapter</span> <span>1</span></span> The First Night</h2>{PROSE}'
        f'<h2><span class="number">2</span><span class="name">The Storm</span></h2>{PROSE}'
        f"<h2><span>Part</span> <span>Three</span></h2>{PROSE}")))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The First Night", "2 — The Storm", "Part Three"]
    assert [[b.text for b in c.blocks[:2]] for c in book.chapters] == [
        ["Chapter 1", "The First Night"], ["2", "The Storm"], ["Part Three", BLOCK := PROSE[3:-4].strip()]]
    assert read_text(book).count(BLOCK) == 3
    # a drop cap is no label, and a label the text goes on from ("IV</span>. The Storm") stays on its line
    capped = read_book(book_html(tmp_path, (
        f"<h2><span>I</span>ntroduction</h2>{PROSE}<h2><span>C</span><span>hapter One</span></h2>{PROSE}"
        f"<h2><span>IV</span>. The Storm</h2>{PROSE}")))
    assert [c.blocks[0].text for c in capped.chapters] == ["Introduction", "Chapter One", "IV. The Storm"]
    # the label as the heading's own text, its name in an element styled apart ("Chapter 1The Storm" was read)
    named = read_book(book_html(tmp_path, (
        f"<h2>Chapter 1<small>The Storm</small></h2>{PROSE}<h2>3<span class='t'>Low Water</span></h2>{PROSE}"
        f"<h2>1<sup>st</sup> Day</h2>{PROSE}<h2>C<span>HAPTER</span> 4</h2>{PROSE}")))
    assert [[b.text for b in c.blocks[:2]] for c in named.chapters] == [
        ["Chapter 1", "The Storm"], ["3", "Low Water"], ["1st Day", BLOCK], ["CHAPTER 4", BLOCK]]


def test_a_long_story_in_an_anthology_is_cut_at_its_own_chapters_and_keeps_its_toc_title(tmp_path: Path) -> None:
    """An anthology's entry "4 The Lamp Keeper" (its heading in the text only "4") holds a story of
    five chapters headed "CHAPTER I<br/>HOW THE LAMP WAS LIT..." while the other entries are short:
    the story is cut at its chapters, each titled by label and name, and its first part keeps the
    entry's title rather than the bare "4"."""
    from samples.synthetic import write_epub

    prose = lamp_prose(20)
    short = [(f"s{n}.xhtml", f"{n} A Short Tale", f'<html xmlns="http://www.w3.org/1999/xhtml"><body><h3>{n}</h3>'
              f"{prose * 3}</body></html>".encode()) for n in (1, 2, 3)]
    names = ["HOW THE LAMP WAS LIT, AND WHO CAME TO SEE IT; WITH A LONG DIGRESSION ON THE WEATHER OF THE COAST",
             "OF THE STORM", "HOW THE KEEPER SLEPT", "THE SHIP", "THE MORNING"]
    story = "".join(f"<h4>CHAPTER {r}<br/> {name}</h4>{prose * 10}" for r, name in zip("I II III IV V".split(), names))
    long = ("s4.xhtml", "4 The Lamp Keeper", '<html xmlns="http://www.w3.org/1999/xhtml"><body><h3>4</h3>'
            f"<p>An introduction to the story.</p><h3>THE LAMP KEEPER</h3>{story}</body></html>".encode())
    book = read_book(write_epub(tmp_path / "anthology.epub", "Tales", [*short, long]))
    assert [c.title for c in book.chapters] == ["1 A Short Tale", "2 A Short Tale", "3 A Short Tale",
                                                "4 The Lamp Keeper", *(f"CHAPTER {r} — {name}" for r, name in
                                                                       zip("I II III IV V".split(), names))]
    assert read_text(book).count("The lamp was lit at dusk") == 20 * (3 * 3 + 5 * 10)


def test_long_chapters_the_toc_chose_are_not_cut_at_their_own_sections(tmp_path: Path) -> None:
    """A book whose TOC names its chapters, each a file of 6,000 words or more with sections inside
    (<h3> with names of their own, or "Section 2"), keeps those chapters: a section is not a chapter.
    A file the TOC names as a part is still cut at its chapters, <h2> under its <h1>; so is one whose
    TOC entry left out the second chapter it holds, a second <h2>; and no text is lost."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)

    named = "".join(f"<h3>The {watch} Watch</h3>{prose * 3}" for watch in ("First", "Second", "Third", "Fourth"))
    numbered = "".join(f"<h3>Section {n}</h3>{prose * 3}" for n in (1, 2, 3, 4))
    part = "".join(f"<h2>{name}</h2>{prose * 6}" for name in ("The Return", "The Winter"))
    pages = [("c1.xhtml", "Chapter 1: Field Notes", _body_page(f"<h2>Chapter 1: Field Notes</h2>{named}")),
             ("c2.xhtml", "Chapter 2: The Log", _body_page(f"<h2>Chapter 2: The Log</h2>{numbered}")),
             ("p3.xhtml", "Part Three", _body_page(f"<h1>Part Three</h1>{part}")),
             ("c4.xhtml", "Chapter 4", _body_page(f"<h2>Chapter 4</h2>{prose * 5}<h2>Chapter 5</h2>{prose * 5}"))]
    book = read_book(write_epub(tmp_path / "sections.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 1: Field Notes", "Chapter 2: The Log", "The Return",
                                                "The Winter", "Chapter 4", "Chapter 5"]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 3 * 4 * 2 + 40 * 6 * 2 + 40 * 10


def test_a_chapter_the_toc_left_out_is_found_and_letters_inside_a_chapter_stay_in_it(tmp_path: Path) -> None:
    """A TOC that names "Chapter 6" over a file that also holds <h2>Chapter 7</h2>, short as it is:
    the file is cut there. A long chapter whose letters are headed <h3>Letter 1</h3> keeps them:
    below a heading that names its division, only a heading naming the same kind divides it."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)

    letters = "".join(f"<h3>Letter {n}</h3>{prose * 4}" for n in (1, 2, 3))
    pages = [("c5.xhtml", "Chapter 5", _body_page(f"<h2>Chapter 5</h2>{prose * 3}")),
             ("c6.xhtml", "Chapter 6", _body_page(f"<h2>Chapter 6</h2>{prose * 2}<h2>Chapter 7</h2>{prose * 2}")),
             ("c8.xhtml", "Chapter 8", _body_page(f"<h2>Chapter 8</h2>{letters}"))]
    book = read_book(write_epub(tmp_path / "letters.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 5", "Chapter 6", "Chapter 7", "Chapter 8"]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * (3 + 4 + 12)


def test_a_toc_label_takes_the_name_its_heading_gives_after_the_number(tmp_path: Path) -> None:
    """A TOC that only numbers ("Chapter 1") over headings that give the number and a name: <h2>2 The Calm</h2>,
    <h2>3. The Wreck</h2>, or the number set apart, <h2>1</h2><h3>The Storm</h3>. The chapter is "Chapter 1 —
    The Storm", as a listener would name it; a heading of the number alone keeps the label."""
    from samples.synthetic import write_epub

    prose = lamp_prose(20)

    pages = [("c1.xhtml", "Chapter 1", _body_page(f"<h2>1</h2><h3>The Storm</h3>{prose}")),
             ("c2.xhtml", "Chapter 2", _body_page(f"<h2>2 The Calm</h2>{prose}")),
             ("c3.xhtml", "Chapter 3", _body_page(f"<h2>3. The Wreck</h2>{prose}")),
             ("c4.xhtml", "Chapter 4", _body_page(f"<h2>4</h2>{prose}")),
             ("c5.xhtml", "Chapter 5", _body_page(f"<h2>5</h2><h3>Chapter 6</h3>{prose}"))]
    book = read_book(write_epub(tmp_path / "numbers.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 1 — The Storm", "Chapter 2 — The Calm",
                                                "Chapter 3 — The Wreck", "Chapter 4", "Chapter 5"]
    assert read_text(book).count("The lamp was lit at dusk") == 20 * 5


def test_a_chapter_cut_into_files_that_each_have_its_toc_entry_is_one_chapter(tmp_path: Path) -> None:
    """A converter that cut a chapter's file for size and gave each piece the chapter's TOC entry
    ("The Storm", "The Storm") made two chapters of one; the piece that opens without a heading goes
    on with the chapter. Two poems titled "Sonnet", each under its heading, stay two."""
    from samples.synthetic import write_epub

    prose = lamp_prose(10)
    pages = [("c1.xhtml", "The Arrival", _body_page(f"<h2>The Arrival</h2>{prose}")),
             ("c2.xhtml", "The Storm", _body_page(f"<h2>The Storm</h2>{prose}")),
             ("c2b.xhtml", "The Storm", _body_page(prose)),
             ("c3.xhtml", "Sonnet", _body_page(f"<h2>Sonnet</h2>{prose}")),
             ("c4.xhtml", "Sonnet", _body_page(f"<h2>Sonnet</h2>{prose}"))]
    book = read_book(write_epub(tmp_path / "split.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["The Arrival", "The Storm", "Sonnet", "Sonnet"]
    assert book.chapters[1].source_hrefs == ("c2.xhtml", "c2b.xhtml")
    assert read_text(book).count("The lamp was lit at dusk") == 10 * 5


def test_a_toc_label_copied_from_a_printed_contents_page_loses_its_page_number(tmp_path: Path) -> None:
    """A TOC built from the print edition's contents page ("The Arrival .......... 1", "The Calm …… 27",
    a word processor's "The Wreck<tab>41") titled its chapters with the dots and the page number, in the
    player's list and in an announced title. A number that belongs to the title stays ("Chapter 12",
    "Apollo 13")."""
    from samples.synthetic import write_epub

    prose = lamp_prose(5)
    labels = ["The Arrival .......... 1", "The Calm \u2026\u2026 27", "The Wreck\t41", "Preface . . . . . xi",
              "Chapter 12", "Apollo 13"]
    pages = [(f"c{n}.xhtml", label, _body_page(prose)) for n, label in enumerate(labels)]
    book = read_book(write_epub(tmp_path / "printed.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["The Arrival", "The Calm", "The Wreck", "Preface", "Chapter 12",
                                                "Apollo 13"]


def test_a_document_listed_twice_in_the_spine_is_read_once(tmp_path: Path) -> None:
    """Some tools list a document twice in the spine (invalid, but found in the wild): the book was
    refused with "book.xhtml: malformed XML: Document is empty". It is read once, where it first
    stands, and the repeat is listed."""

    from samples.structure import Entry, page, write_book

    pages = [(f"c{n}.xhtml", page(f"C{n}", f"<h2>Chapter {n}</h2><p>The keeper wrote page {n}.</p>")) for n in (1, 2)]
    made = write_book(tmp_path / "made.epub", "The Keeper", "Ann Example", "en", pages,
                      [Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2)])
    twice = tmp_path / "twice.epub"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(twice, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member, data.replace(b'<itemref idref="p1"/>', b'<itemref idref="p1"/>' * 2)
                            if member.filename.endswith(".opf") else data)
    book = read_book(twice)
    assert read_text(book) == "Chapter 1 The keeper wrote page 1. Chapter 2 The keeper wrote page 2."
    assert reasons(book) == {"listed again in the spine (read once, where it first stands)": 0}


@pytest.mark.parametrize("toc_title", ["Start", "The Keeper"])
def test_a_book_made_as_one_file_is_cut_at_its_heading_elements(tmp_path: Path, toc_title: str) -> None:
    """One XHTML file under one TOC entry (a placeholder or the book's title), with chapters headed
    <h2>The Storm</h2> (nothing like "Chapter 7"), parts as <h1> and sections as <h3>: cut at the
    chapters, the part titles folded into the chapter after them, the sections left inside, and no
    text lost."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)
    names = ["The Storm", "The Rescue", "The Inquiry", "The Winter", "The Letter"]
    chapters = [f"<h2>{name}</h2>{prose * 3}<h3>At night</h3>{prose * 3}<h3>By day</h3>{prose * 2}" for name in names]
    body = f"<h1>The Keeper</h1><h1>Part One</h1>{''.join(chapters[:2])}<h1>Part Two</h1>{''.join(chapters[2:])}"
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()
    book = read_book(write_epub(tmp_path / "one.epub", "The Keeper", [("book.xhtml", toc_title, page)]))
    assert [c.title for c in book.chapters] == names
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 8 * 5
    assert read_text(book).count("At night") == 5 and "Part Two" in read_text(book)


@pytest.mark.parametrize(("chapter_style", "part_style"), [
    ("Chapter-Title", "Part-Title"),  # InDesign
    ("Heading_20_2", "Heading_20_1"),  # LibreOffice
    ("MsoNormal Heading2", "Heading1"),  # Word
    ("chapter", "part"),
])
def test_a_book_made_as_one_file_is_cut_at_headings_marked_only_by_paragraph_style(
        tmp_path: Path, chapter_style: str, part_style: str) -> None:
    """Word processors and layout programs export headings as styled paragraphs, <p class="Chapter-Title">,
    not <h2>: they cut a single-file book like heading elements do (parts above chapters), while a
    long element with such a class (a <div class="chapter"> around a whole chapter) stays body text."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)
    names = ["The Storm", "The Rescue", "The Inquiry", "The Winter", "The Letter"]
    chapters = [f'<div class="chapter"><p class="{chapter_style}">{name}</p>{prose * 3}<p class="Body-Text">At night'
                f"</p>{prose * 3}</div>" for name in names]
    body = (f'<p class="{part_style}">Part One</p>{"".join(chapters[:2])}<p class="{part_style}">Part Two</p>'
            f'{"".join(chapters[2:])}')
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()
    book = read_book(write_epub(tmp_path / "one.epub", "The Keeper", [("book.xhtml", "Start", page)]))
    assert [c.title for c in book.chapters] == names
    blocks = [b for c in book.chapters for b in c.blocks]
    assert [(b.text, b.level) for b in blocks if b.kind == "heading"] == [
        ("Part One", 1), ("The Storm", 2), ("The Rescue", 2), ("Part Two", 1), ("The Inquiry", 2), ("The Winter", 2),
        ("The Letter", 2)]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 6 * 5 and read_text(book).count("At night") == 5


def test_a_book_made_as_one_file_with_two_chapters_is_cut_in_two(tmp_path: Path) -> None:
    """Two heading elements, the first at the start of the file: two chapters (before, a single cut
    was not enough). A label set over its name ("CHAPTER XX." / "FIGHT...") is not cut apart, and
    titles the chapter with it where the table of contents names nothing ("Start")."""
    from samples.synthetic import write_epub

    prose = lamp_prose(100)

    def book(body: str) -> Book:
        page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'.encode()
        return read_book(write_epub(tmp_path / "two.epub", "The Keeper", [("book.xhtml", "Start", page)]))

    assert [c.title for c in book(f"<h2>The Storm</h2>{prose * 4}<h2>The Rescue</h2>{prose * 4}").chapters] == [
        "The Storm", "The Rescue"]
    labelled = book(f"<h2>CHAPTER XX.</h2><h3>FIGHT ON THE SHORE</h3>{prose * 8}")
    assert [c.title for c in labelled.chapters] == ["CHAPTER XX — FIGHT ON THE SHORE"]


def test_a_book_whose_titles_are_set_apart_only_by_their_look_is_cut_at_them(tmp_path: Path) -> None:
    """A book typed in a word processor without heading styles, or converted by a tool that keeps only
    the look of its pages, sets its chapter titles apart by look alone: bold, larger and centred, by
    inline markup (Word's filtered HTML) or by a class its linked stylesheet styles (an EPUB made by a
    converter). It is cut at those titles; a bold word or line of emphasis in the text is not a title,
    and the title page's by-line names the author where no metadata does."""
    from samples.synthetic import write_epub

    prose = lamp_prose(40)
    names = ["The Storm", "A Quiet Harbour", "The Rescue", "Letters Home"]

    def chapters(title: str, shout: str) -> str:
        return "".join(f"{title.format(name)}{prose}<p><b>Note.</b> The keeper wrote it down.</p>{shout}"
                       f"{prose * 2}" for name in names)

    word = tmp_path / "keeper.html"
    word.write_text(
        "<html><head><title>The Keeper's Year</title><style>p.MsoNormal {font-size:12.0pt} "
        "p.MsoTitle {font-size:28.0pt}</style></head><body lang=EN-GB><div class=WordSection1>"
        "<p class=MsoTitle>The Keeper's Year</p><p class=MsoNormal>by Ann Example</p>" + chapters(
            "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>{}</span>"
            "</b></p>", "<p class=MsoNormal><b>Stop!</b></p>") + "</div></body></html>", encoding="windows-1252")
    book = read_book(word)
    assert [c.title for c in book.chapters] == names and book.authors == ("Ann Example",)
    assert reasons(book) == {"title page, by its content (the book's title and author lines)": 6}

    stylesheet = (b"/* made by a converter */ .calibre { display: block } .calibre5 { font-weight: bold;\n"
                  b"font-size: 1.29167em; text-align: center } p.calibre3 { margin: 0 } .bold { font-weight: bold }")
    shout = '<p class="calibre3"><span class="bold">Stop!</span></p>'
    page = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" type="text/css" '
            'href="../styles/stylesheet.css"/></head><body class="calibre">'
            + chapters('<p class="calibre5">{}</p>', shout) + "</body></html>")
    book = read_book(write_epub(tmp_path / "converted.epub", "The Keeper's Year", [("text/part0000.xhtml", "Start",
                                page.encode())], resources=[("styles/stylesheet.css", "text/css", stylesheet)]))
    assert [c.title for c in book.chapters] == names
    for read in (read_text(book), read_text(read_book(word))):
        assert read.count("The lamp was lit at dusk") == 40 * 3 * 4 and read.count("Stop!") == 4
    (tmp_path / "htmlz").mkdir()  # a converter's HTML output: the page and the stylesheet it links beside it
    (tmp_path / "htmlz" / "style.css").write_bytes(stylesheet)
    (tmp_path / "htmlz" / "index.html").write_text(page.replace("../styles/stylesheet.css", "style.css"))
    assert [c.title for c in read_book(tmp_path / "htmlz" / "index.html").chapters] == names
    docs = tmp_path / "docs.html"  # an online word processor's export: classes styled in <style>, the
    docs.write_text(  # document's title above in the titles' look, read with the first chapter
        "<html><head><style>.c1{font-weight:400;font-size:11pt}.c3{text-align:center}.c5{font-weight:700;"
        'font-size:16pt}</style></head><body><p class="c3 title"><span class="c5">The Keeper\'s Year</span></p>'
        + chapters('<p class="c3"><span class="c5">{}</span></p>', "") + "</body></html>", encoding="utf-8")
    book = read_book(docs)
    assert [c.title for c in book.chapters] == names and book.chapters[0].blocks[0].text == "The Keeper's Year"
    assert book.title == "The Keeper's Year"  # the export has no <title>: its opening line, not the file's name
    numbered = docs.read_text(encoding="utf-8")  # titled "Chapter 1"...: the title line was a chapter of its own
    for n, name in enumerate(names, start=1):
        numbered = numbered.replace(f">{name}<", f">Chapter {n}<")
    docs.write_text(numbered, encoding="utf-8")
    book = read_book(docs)
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["The Keeper's Year", "Chapter 1"]

    sign = "<p align=center><b>NO ENTRY</b></p>"  # twice in a story: a sign the keeper read, not a title
    story = read_book(book_html(tmp_path, f"{prose * 3}{sign}{prose * 3}{sign}{prose * 3}"))
    assert len(story.chapters) == 1 and read_text(story).count("NO ENTRY") == 2


def test_a_manuscript_whose_titles_are_only_bold_is_cut_at_them_but_not_at_bold_cries(tmp_path: Path) -> None:
    """Typed without heading styles, titles at the left in bold at the text's size, the weakest look a title has
    (before, such a book was one chapter). A bold line that cries out ("Stop!", "Who goes there?") is emphasis
    even when it recurs, and a bold lead-in ending with a full stop is the text's own."""
    prose = lamp_prose(40)
    names = ["The Storm", "A Quiet Harbour", "The Rescue", "Letters Home"]
    cries = "<p><b>Stop!</b></p><p><b>Who goes there?</b></p><p><b>Note.</b> He wrote it down.</p>"
    body = "".join(f"<p><b>{name}</b></p>{prose}{cries}{prose * 2}" for name in names)
    book = read_book(book_html(tmp_path, body))
    assert [c.title for c in book.chapters] == names
    read = read_text(book)
    assert read.count("The lamp was lit at dusk") == 40 * 3 * 4
    assert read.count("Stop!") == read.count("Who goes there?") == read.count("He wrote it down.") == 4
    cried = read_book(book_html(tmp_path, "".join(f"<p><b>Stop!</b></p>{prose * 3}" for _ in names)))
    assert len(cried.chapters) == 1


def test_a_book_without_a_table_of_contents_split_into_files_for_size_is_cut_at_its_headings(tmp_path: Path) -> None:
    """An EPUB 2 whose NCX lists nothing (ebooklib hands over its empty navMap as a single link, which
    once crashed the reader) and whose documents a converter cut for size: chapters run on across
    documents and start inside them. Chapters are cut at the repeated heading level across the book,
    a document that starts mid-chapter continues it, and nothing is lost. Without repeated headings
    each document stays a chapter."""
    from samples.structure import page, write_book

    prose = lamp_prose(40)
    files = [("<h1>The Keeper</h1><p>by Ann Example</p>"), f"<h2>Chapter 1: The Storm</h2>{prose * 4}",
             prose * 3, f"<h2>Chapter 2: The Rescue</h2>{prose * 2}<h2>Chapter 3: The Inquiry</h2>{prose * 4}",
             f"{prose * 2}<h2>Chapter 4: Home</h2>{prose * 2}"]
    pages = [(f"index_split_{n:03d}.html", page("The Keeper", body)) for n, body in enumerate(files)]
    book = read_book(write_book(tmp_path / "split.epub", "The Keeper", "Ann Example", "en", pages, [], epub2=True))
    assert [(c.title, sum(b.words for b in c.blocks) // 560) for c in book.chapters] == [
        ("Chapter 1: The Storm", 7), ("Chapter 2: The Rescue", 2), ("Chapter 3: The Inquiry", 6),
        ("Chapter 4: Home", 2)]
    assert read_text(book).count("The lamp was lit at dusk") == 40 * 17

    plain = [(f"part{n}.html", page("The Keeper", prose * 2)) for n in range(3)]
    book = read_book(write_book(tmp_path / "plain.epub", "The Keeper", "Ann Example", "en", plain, [], epub2=True))
    assert len(book.chapters) == 3


def test_a_heading_style_on_most_paragraphs_is_the_body_style(tmp_path: Path) -> None:
    """A book whose every paragraph has class="chapter" (short lines of dialogue too) has no headings
    by style: its chapters stay the table of contents' and no line is read as a title."""
    from samples.synthetic import write_epub

    lines = "".join(f'<p class="chapter">{line}</p>' for line in ["“Is it late?” he asked.", "“Very,” she said.",
                                                                    "The lamp was lit at dusk. " * 20] * 4)
    pages = [(f"c{n}.xhtml", f"Chapter {n}", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{lines}</body></html>'
              .encode()) for n in (1, 2)]
    book = read_book(write_epub(tmp_path / "styled.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2"]
    assert not [b for c in book.chapters for b in c.blocks if b.kind == "heading"]


def test_chapter_numbers_that_start_again_in_each_part_take_the_parts_name(tmp_path: Path) -> None:
    """A novel whose chapters are numbered again in each part ("Chapter 1" in Part One and in Part
    Two): a player's chapter list would show the same titles twice, so they take their part's name
    (from the part title folded into them, or an <h1> above their <h2>); titles that do not repeat,
    and repeats no part tells apart, stay as they are."""
    from samples.synthetic import write_epub

    pages = [("p1.xhtml", "Part One", _body_page("<h1>Part One</h1>")),
             ("c1.xhtml", "Chapter 1", _body_page(f"<h2>Chapter 1</h2>{PROSE}")),
             ("c2.xhtml", "Chapter 2", _body_page(f"<h2>Chapter 2</h2>{PROSE}")),
             ("p2.xhtml", "Chapter 1", _body_page(f"<h1>The Return</h1><h2>Chapter 1</h2>{PROSE}")),
             ("c3.xhtml", "Chapter 2", _body_page(f"<h2>Chapter 2</h2>{PROSE}")),
             ("c4.xhtml", "Epilogue", _body_page(f"<h2>Epilogue</h2>{PROSE}"))]
    book = read_book(write_epub(tmp_path / "parts.epub", "The Keeper", pages))
    assert [c.title for c in book.chapters] == ["Part One, Chapter 1", "Part One, Chapter 2",
                                                "The Return, Chapter 1", "The Return, Chapter 2", "Epilogue"]
    untold = [("c1.xhtml", "Chapter 1", _body_page(f"<h2>Chapter 1</h2>{PROSE}")),
              ("c2.xhtml", "Chapter 1", _body_page(f"<h2>Chapter 1</h2>{PROSE}"))]
    book = read_book(write_epub(tmp_path / "untold.epub", "The Keeper", untold))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 1"]

    from samples.structure import Entry, write_book  # parts named only in the nav, as unlinked <span>s
    files = [(f"p{p}c{c}.xhtml", _body_page(f"<h2>Chapter {c}</h2>{PROSE}")) for p in (1, 2) for c in (1, 2)]
    nav = [Entry(part, "", [Entry(f"Chapter {c}", f"p{p}c{c}.xhtml") for c in (1, 2)])
           for p, part in ((1, "Part One"), (2, "Part Two"))]
    book = read_book(write_book(tmp_path / "spans.epub", "The Keeper", "Ines Roca", "en", files, nav))
    assert [c.title for c in book.chapters] == ["Part One, Chapter 1", "Part One, Chapter 2",
                                                "Part Two, Chapter 1", "Part Two, Chapter 2"]

    text = tmp_path / "parts.txt"
    text.write_text("THE KEEPER\n\nby Ines Roca\n\n" + "".join(
        f"PART {part}\n\nCHAPTER I.\n\nThe lamp was lit at dusk.\n\nCHAPTER II.\n\nThe keeper slept.\n\n"
        for part in ("ONE", "TWO")), encoding="utf-8")
    assert [c.title for c in read_book(text).chapters] == [
        "PART ONE, CHAPTER I.", "PART ONE, CHAPTER II.", "PART TWO, CHAPTER I.", "PART TWO, CHAPTER II."]


def test_a_chapter_eight_times_its_siblings_is_cut_at_its_sections(tmp_path: Path) -> None:
    """A guide made into one HTML, Word or Markdown document sets its short topics as <h1> and its tasks one level
    down, under one <h1> "Common Tasks": that chapter held 3,745 words (25 minutes) beside topics of 260, under
    the 5,000 words a chapter needs to be cut at four times the median. Eight times the median and 2,500 words
    cut it too; a chapter twice its siblings' length stays whole."""
    def guide(task_words: int) -> Path:
        body = "".join(f"<h1>{t}</h1>" + "".join(f"<p>{p}</p>" for p in tale(n, 260))
                       for n, t in enumerate(["Introduction", "Installing", "The Main Window"]))
        body += "<h1>Common Tasks</h1><p>The tasks below are the ones most readers need.</p>" + "".join(
            f"<h2>Task {n}: {t}</h2>" + "".join(f"<p>{p}</p>" for p in tale(10 + n, task_words))
            for n, t in enumerate(["Organizing", "Converting", "Editing", "Reading", "Sharing"], start=1))
        body += "<h1>Where to Get Help</h1>" + "".join(f"<p>{p}</p>" for p in tale(9, 260))
        path = tmp_path / f"guide{task_words}.html"
        path.write_text(f"<html><head><title>Guide</title></head><body>{body}</body></html>", encoding="utf-8")
        return path

    assert [c.title for c in read_book(guide(600)).chapters] == [
        "Introduction", "Installing", "The Main Window", "Common Tasks", "Task 1: Organizing", "Task 2: Converting",
        "Task 3: Editing", "Task 4: Reading", "Task 5: Sharing", "Where to Get Help"]
    assert len(read_book(guide(110)).chapters) == 5  # 560 words of tasks: whole


def test_a_heading_broken_before_its_end_is_made_whole_with_the_chapters_title(tmp_path: Path) -> None:
    """The IDPF's Moby-Dick heads chapter 56 "...Pictures of Whales, and the True" over the paragraph "Pictures of
    Whaling Scenes.", and its contents list stops where the heading does: the title was cut off, and read with a
    paragraph's pause inside it. Where the book's headings end with a full stop, one that ends on a word before a
    short paragraph in title case is whole again; a bare label over a first line, or a heading over a sentence,
    is left as it is."""
    from samples.structure import Entry, page, write_book

    headings = ["Chapter 1. The Lamp.", "Chapter 2. Of the Keepers of Lights, and the True", "Chapter 3",
                "Chapter 4. The Stair, and What the Keeper", *(f"Chapter {n}. Low Water." for n in range(5, 15))]
    openings = ["The lamp was lit at dusk.", "Keepers of the Harbour.", "Bang Went the Gun.",
                "Next morning the keeper rose early.", *["The tide went out."] * 10]
    pages = [(f"c{n}.xhtml", page(h, f"<h2>{h}</h2><p>{o}</p>" + "".join(f"<p>{p}</p>" for p in tale(n, 200))))
             for n, (h, o) in enumerate(zip(headings, openings), start=1)]
    toc = [Entry(h, f"c{n}.xhtml") for n, h in enumerate(headings, start=1)]
    path = write_book(tmp_path / "b.epub", "The Light", "Ada Moss", "en", pages, toc)
    book = read_book(path)
    assert [c.title for c in book.chapters][:5] == [
        "Chapter 1. The Lamp.", "Chapter 2. Of the Keepers of Lights, and the True Keepers of the Harbour.",
        "Chapter 3", "Chapter 4. The Stair, and What the Keeper", "Chapter 5. Low Water."]
    whole = book.chapters[1].blocks[0]
    assert (whole.kind, whole.text) == ("heading", book.chapters[1].title)
    assert whole.continued == (("c2.xhtml", 2),)  # the read-along book highlights the <p> with the <h2>
    assert [c.blocks[1].text for c in book.chapters if c.title.startswith(("Chapter 3", "Chapter 4"))] == [
        "Bang Went the Gun.", "Next morning the keeper rose early."]
    spoken, skipped = planned_characters(plan_book(book))
    assert spoken + skipped == raw_characters(path)  # nothing lost


def test_a_headings_label_keeps_its_colon_before_a_name_in_its_own_style(tmp_path: Path) -> None:
    """"Chapter One: <em>The Lamp</em>" titled its chapter "Chapter One — The Lamp" beside "Chapter Two: The Fog" (a
    Markdown book's "# Chapter One: *The Lamp*" too): the label's own colon is kept, the name still said apart."""
    body = (f"<h1>Chapter One: <em>The Lamp</em></h1>{PROSE}<h1>Chapter Two: The Fog</h1>{PROSE}"
            f"<h1>Chapter 3<br/>The Ships</h1>{PROSE}")
    book = read_book(book_html(tmp_path, body))
    assert [c.title for c in book.chapters] == ["Chapter One: The Lamp", "Chapter Two: The Fog",
                                                "Chapter 3 — The Ships"]
    assert [b.text for b in book.chapters[0].blocks[:2]] == ["Chapter One:", "The Lamp"]
