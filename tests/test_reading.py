"""What is read inside a chapter and what is not: page furniture, line and page numbers, note markers, scene
breaks, pictures, tables, code listings and lines set apart."""

from __future__ import annotations

import textwrap
import zipfile
from pathlib import Path

import pytest

from audiobook.errors import ParseError
from audiobook.ingest import IngestOptions, read_book
from audiobook.text.segmenter import plan_book
from tests.accounting import planned_characters, raw_characters
from tests.small_books import PROSE, STRUCTURE, book_html, read_text, reasons, tale


def test_a_link_to_a_picture_inside_a_sentence_is_read_and_one_standing_alone_is_not(tmp_path: Path) -> None:
    """A link to a picture was skipped wherever it stood: "See <a href="map.png">the map</a> for details" was read
    "See for details". A link that is all of its paragraph (a plate's label under the picture) or says "enlarge"
    is still not read, and counted."""
    sentence = '<p>See <a href="images/map.png">the map of the harbour</a> for the keeper\'s path.</p>'
    book = read_book(book_html(tmp_path, "<h2>Chapter 1</h2>" + sentence + '<p><a href="images/plate4.jpg">Plate IV'
                                          '</a></p><p><a href="images/plate4-big.jpg">Enlarge</a></p>' + sentence))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "See the map of the harbour for the keeper's path.", "See the map of the harbour for the "
        "keeper's path."]
    assert reasons(book)["link to an image"] == 2 + 1


def test_a_poem_set_a_line_a_paragraph_pauses_as_a_sentence_at_each_line_and_as_a_paragraph_at_its_end(
        tmp_path: Path) -> None:
    """Word, OpenDocument, calibre's FB2 and many EPUBs set verse one line a paragraph: a paragraph's pause after
    each line cut a sentence running over two ("Up ninety steps the keeper climbs" / "with oil and cloth...").
    A line now ends with a sentence's pause and the poem with a paragraph's; dialogue, speech opened by a colon
    and a list of numbered titles, short paragraphs too, keep a paragraph's pause after each."""
    from samples.structure import paragraphs

    lamp_room = next(c for c in plan_book(read_book(STRUCTURE / "lanterns.epub")).chapters if c.title == "Lamp Room")
    assert [(s.text, s.ends_block) for s in lamp_room.segments] == [
        ("Lamp Room", True), ("Up ninety steps the keeper climbs", False),
        ("with oil and cloth and one small flame,", False), ("and trims the wick a hundred times", False),
        ("and every night it is the same.", True)]
    not_verse = [["Yes.", "No, sir.", "Then where?", "Down by the boat, where the tide turns."],
                 ["Il se tourna vers moi et dit :", "« Drôle de corps ! »", "Je lui demandai :", "« Pourquoi ? »"],
                 ["190 A FOUR-LEAVED CLOVER", "I. The Rabbi and the Diadem", "II. Friendship", "III. True Charity"]]
    prose = "<p>The keeper put down his pen, looked at the clock on the wall and spoke to us at last.</p>"
    body = "".join(prose + paragraphs(lines) for lines in not_verse)
    book = read_book(book_html(tmp_path, body + "<p>Then the song.</p>" + paragraphs(
        ["I kept the light,", "I kept it well", "through fog and sleet", "and the bell."])))
    segments = [s for c in plan_book(book).chapters for s in c.segments]
    assert [s.text for s in segments][-5:] == ["Then the song.", "I kept the light,", "I kept it well",
                                               "through fog and sleet", "and the bell."]
    assert [s.ends_block for s in segments] == [True] * 15 + [True, False, False, False, True]


def test_a_table_cells_short_paragraphs_are_read_as_its_rows_lines(tmp_path: Path) -> None:
    """Word processors and InDesign set each cell's text in a <p>: each was a paragraph of its own ("Night",
    "Wind", "5 January", "Force 10", with a paragraph's pause after each). A short one is now read in its row's
    line, as a cell's bare text is, a sentence ending a cell followed by a space, not a comma; a long one stays
    a paragraph (a table laying out a page of text)."""
    long_cell = " ".join(tale(5, 40))
    rows = [["Night", "Wind"], ["5 January", "Force 10"], ["I am alone.", "But I am alive."], [long_cell, "Yes"]]
    table = "<table>" + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows)
    book = read_book(book_html(tmp_path, f"<h1>Log</h1><p>The storm came from the west.</p>{table}</table>"))
    assert [b.text for b in book.chapters[0].blocks][2:] == ["Night, Wind", "5 January, Force 10",
                                                             "I am alone. But I am alive.", long_cell, "Yes"]


def test_a_heading_set_letter_by_letter_is_read_as_its_words(tmp_path: Path) -> None:
    """A heading spaced out letter by letter with spaces ("C H A P T E R  T H R E E", as a layout program or a
    conversion from print leaves it) was spelled, letter after letter, and titled the chapter so. A division's label
    and number, or a heading's word ("P R O L O G U E"), are read and titled as their words; words the book does not
    say apart ("T H E  E N D") are left as written."""
    prose = "<p>The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain.</p>" * 3
    body = "".join(f"<h2>{heading}</h2>{prose}" for heading in (
        "P R O L O G U E", "C H A P T E R &#160; O N E", "C H A P T E R &#160; 2", "T H E &#160; E N D"))
    book = read_book(book_html(tmp_path, body))
    assert [c.title for c in book.chapters] == ["PROLOGUE", "CHAPTER ONE", "CHAPTER 2", "T H E E N D"]
    assert [c.blocks[0].text for c in book.chapters] == ["PROLOGUE", "CHAPTER ONE", "CHAPTER 2", "T H E E N D"]


def test_links_that_move_the_reader_around_the_book_are_not_read(tmp_path: Path) -> None:
    """"Back to Contents", "[Contents]", "Previous | Contents | Next", "Retour au sommaire" after every chapter of a
    web-made book were read aloud. A block that is only links into the book, each saying where to go, is skipped
    and listed; a sentence with such a link, and a link that says more, are read; `--include-matter` reads all."""
    from audiobook.ingest.options import IngestOptions
    from samples.structure import Entry, page, paragraphs, write_book

    prose = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    ends = ['<p class="back"><a href="toc.xhtml">Back to Contents</a></p>', '<p><a href="toc.xhtml">[Contents]</a></p>',
            '<div class="nav"><a href="c0.xhtml">Previous</a> | <a href="toc.xhtml">Contents</a> | '
            '<a href="c2.xhtml">Next</a></div>', '<p><a href="toc.xhtml">Retour au sommaire</a> ↑</p>',
            '<p>See the <a href="toc.xhtml">contents</a> for the rest.</p>',
            '<p><a href="c0.xhtml">Back to the ferry, where it began</a></p>']
    pages = [("toc.xhtml", page("Contents", "<h1>Contents</h1>" + "".join(
        f'<p><a href="c{n}.xhtml">Chapter {n + 1}</a></p>' for n in range(len(ends)))))]
    pages += [(f"c{n}.xhtml", page("T", f"<h2>Chapter {n + 1}</h2>{prose}{end}")) for n, end in enumerate(ends)]
    toc = [Entry(f"Chapter {n + 1}", f"c{n}.xhtml") for n in range(len(ends))]
    path = write_book(tmp_path / "links.epub", "Links", "A. Writer", "en", pages, toc)
    book = read_book(path)
    assert [len(c.blocks) for c in book.chapters] == [4, 4, 4, 4, 5, 5]
    assert [c.blocks[-1].text for c in book.chapters[4:]] == ["See the contents for the rest.",
                                                              "Back to the ferry, where it began"]
    assert reasons(book)["navigation link (back to the contents, next, previous)"] == 3 + 1 + 5 + 4  # "|" too
    everything = read_book(path, IngestOptions(include_matter=True))
    assert "Previous | Contents | Next" in [b.text for c in everything.chapters for b in c.blocks]
    html = read_book(book_html(tmp_path, f'<h2 id="c1">Chapter 1</h2>{prose}<p><a href="#top">Back to top</a></p>'
                                          f'<h2>Chapter 2</h2>{prose}<p><a href="#c1">Previous chapter</a></p>'))
    assert [len(c.blocks) for c in html.chapters] == [4, 4]


def test_a_book_of_pictures_whose_only_words_are_their_alt_text_is_read_from_it(tmp_path: Path) -> None:
    """A picture book made reflowable: each page a picture whose alt text tells the story. It was refused as "no
    readable text ... see --include-matter", an option that did not help. Its alt text is read; a book with text
    of its own keeps its pictures' alt text aside."""
    from samples.structure import Entry, page, write_book

    story = ["Mila the cat sat by the window.", "The rain fell on the harbour all day.", "Then the sun came out."]
    pages = [(f"p{n}.xhtml", page("T", f'<div><img src="p{n}.png" alt="{line}"/></div>')) for n, line in
             enumerate(story)]
    book = read_book(write_book(tmp_path / "mila.epub", "Mila", "Ann Writer", "en", pages,
                                [Entry("Mila", "p0.xhtml")]))
    assert [b.text for c in book.chapters for b in c.blocks] == story
    pages.append(("p3.xhtml", page("T", "<h2>The End</h2><p>Mila slept until morning, by the warm stove.</p>")))
    book = read_book(write_book(tmp_path / "mila-text.epub", "Mila", "Ann Writer", "en", pages,
                                [Entry("Mila", "p0.xhtml")]))
    assert [b.text for c in book.chapters for b in c.blocks] == ["The End", "Mila slept until morning, by the warm "
                                                                            "stove."]


@pytest.mark.parametrize("number", ["{}", "- {} -", "— {} —"])
def test_page_numbers_inside_sentences_are_no_chapter_numbers(tmp_path: Path, number: str) -> None:
    """A book converted from print keeps its page numbers on lines of their own, mid-sentence ("...the keeper went"
    / "- 12 -" / "down to the lamp"). Where the book has no headings, those numbers count up as chapter numbers do,
    and it was cut into chapters a page long, titled "1", "2", "3". Numbers that stand inside sentences are page
    numbers: the book stays whole, they are skipped and listed, and each torn sentence is joined again."""
    import random

    from samples.synthetic import chapter_paragraphs, write_epub

    rng = random.Random(30)
    paragraphs = chapter_paragraphs(3000, rng)
    body, page, words = [], 1, 0
    for text in paragraphs:
        words += len(text.split())
        if words > 300:  # the page ends inside this paragraph
            cut = next(i for i in range(len(text) // 2, len(text)) if text[i] == " " and text[i - 1].isalpha()
                       and text[i + 1].islower())  # mid-sentence
            body += [text[:cut], number.format(page), text[cut + 1:]]
            page, words = page + 1, 0
        else:
            body.append(text)
    epub = tmp_path / "printed.epub"
    write_epub(epub, "The Tide Clock", [("text.xhtml", "The Tide Clock", (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        "<body><h1>The Tide Clock</h1>" + "".join(f"<p>{text}</p>" for text in body) + "</body></html>").encode())])
    book = read_book(epub)
    assert [c.title for c in book.chapters] == ["The Tide Clock"]
    assert sum(1 for s in book.skipped if s.reason == "page number") == page - 1 > 5
    assert [b.text for b in book.chapters[0].blocks] == ["The Tide Clock", *paragraphs]
    text = tmp_path / "printed.txt"
    text.write_text("The Tide Clock\n\nby Ann Example\n\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    book = read_book(text)
    assert len(book.chapters) == 1 and sum(1 for s in book.skipped if s.reason == "page number") == page - 1


@pytest.mark.parametrize("number", ["{}", "- {} -", "Page {}", "Seite {}", "[{}]"])
def test_page_numbers_between_whole_paragraphs_that_count_on_are_skipped(tmp_path: Path, number: str) -> None:
    """Where a printed page ends with its paragraph, its number stands between two whole paragraphs ("...lit the
    lamp." / "24" / "The ferry..."), and only its place in the count tells it from the text. Those were read aloud
    ("twenty-four", "Page seven") while the page numbers that tore a sentence were skipped; "Page 7" was never
    known outside a PDF. A number that counts on from the torn ones is skipped and listed too; a section's "2" and
    a year standing alone, which count on from none of them, are read."""
    import random

    from samples.synthetic import chapter_paragraphs, write_epub

    rng = random.Random(38)
    paragraphs = chapter_paragraphs(4000, rng)
    paragraphs[9:9] = ["2"]  # a section's number inside the chapter
    paragraphs[30:30] = ["1851"]
    body, page, words = [], 1, 0
    for index, text in enumerate(paragraphs):
        words += len(text.split())
        if words > 300 and page % 3 and len(text.split()) > 20:  # the page ends inside this paragraph
            cut = next(i for i in range(len(text) // 2, len(text)) if text[i] == " " and text[i - 1].isalpha()
                       and text[i + 1].islower())
            body += [text[:cut], number.format(page), text[cut + 1:]]
            page, words = page + 1, 0
        elif words > 300 and index + 1 < len(paragraphs) and paragraphs[index + 1] not in ("2", "1851"):
            body += [text, number.format(page)]  # the page ends with the paragraph
            page, words = page + 1, 0
        else:
            body.append(text)
    numbers = {number.format(n) for n in range(1, page)}
    between = sum(1 for i in range(1, len(body) - 1)
                  if body[i] in numbers and body[i - 1][-1:] in ".!?" and body[i + 1][:1].isupper())
    assert between >= 4 and page > 10  # the case this test is about
    epub = tmp_path / "printed.epub"
    write_epub(epub, "The Tide Clock", [("text.xhtml", "The Tide Clock", (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        "<body><h1>The Tide Clock</h1>" + "".join(f"<p>{text}</p>" for text in body) + "</body></html>").encode())])
    text = tmp_path / "printed.txt"
    text.write_text("The Tide Clock\n\nby Ann Example\n\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    for book in (read_book(epub), read_book(text)):
        assert sum(1 for s in book.skipped if s.reason == "page number") == page - 1
        assert [b.text for c in book.chapters for b in c.blocks if b.text != "The Tide Clock"] == paragraphs


def test_page_numbers_a_transcriber_marked_inside_the_text_are_skipped_and_listed(tmp_path: Path) -> None:
    """Distributed Proofreaders' texts and their conversions mark the print edition's pages inside the text: "the
    keeper [Pg 12] climbed", "{13}", or a span whose class says "pb" or "folio". They were read ("P G twelve"),
    in text books and in HTML without Gutenberg's "pagenum" class. Each is skipped and listed, the sentence
    around it closed up; a code listing's "{12}" and a footnote's "[12]" stay."""
    paragraphs = ["The keeper climbed the stair [Pg 12] and lit the lamp.",
                  "The night was long.{13} The gulls slept on the rocks.",
                  "[Page xiv]",
                  "Der Wärter stieg die Treppe hinauf [S. 15] und zündete die Lampe an.",
                  "He wrote it down.[12]"]
    heard = ["The keeper climbed the stair and lit the lamp.", "The night was long. The gulls slept on the rocks.",
             "Der Wärter stieg die Treppe hinauf und zündete die Lampe an.", "He wrote it down.[12]"]
    text = tmp_path / "marked.txt"
    text.write_text("THE TIDE CLOCK\n\nby Ann Example\n\n\nCHAPTER I.\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    book = read_book(text)
    assert [b.text for b in book.chapters[0].blocks] == ["CHAPTER I.", *heard]
    assert sorted(s.words for s in book.skipped if s.reason == "page number") == [1, 2, 2, 2]
    html = book_html(tmp_path, "<h2>Chapter 1</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + (
        '<p>The ferry <span class="pb">16</span>came at dawn and <span class="folio">17</span>left at dusk.</p>'
        "<pre><code>lamp = {12}</code></pre>"))
    book = read_book(html)
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", *heard, "The ferry came at dawn and left at dusk.", "lamp = {12}"]
    assert reasons(book)["page number"] == 1 + 2 + 2 + 2 + 1 + 1


def test_a_formula_with_its_spoken_form_is_read_as_it(tmp_path: Path) -> None:
    """MathML's `alttext` is the formula as its author wrote it for speech; the formula was skipped and the sentence
    heard without it ("The keeper wrote in the log"). It is read where it stands; its markup is listed, and a
    formula without one is skipped and listed as before. Every letter stays accounted for."""
    from samples.structure import Entry, page, write_book

    math = '<math xmlns="http://www.w3.org/1998/Math/MathML"{}><msup><mi>x</mi><mn>2</mn></msup></math>'
    spoken, bare = math.format(' alttext="x squared"'), math.format("")
    book = write_book(tmp_path / "sums.epub", "Sums", "Ann Example", "en", [("c1.xhtml", page("One", (
        f"<h1>Chapter 1</h1><p>The keeper wrote {spoken} in the log.</p><p>Then {bare} again.</p>")))],
                      [Entry("Chapter 1", "c1.xhtml")])
    plan = plan_book(read_book(book))
    assert [s.text for s in plan.chapters[0].segments] == [
        "Chapter 1", "The keeper wrote x squared in the log.", "Then again."]
    assert [(s.reason, s.characters) for s in plan.skipped] == [
        ("<math> content (its alttext read in its place)", 2), ("<math> content", 2)]
    assert sum(planned_characters(plan)) == raw_characters(book)


def test_illustration_placeholders_are_skipped_like_alt_text(tmp_path: Path) -> None:
    """Project Gutenberg's "[Illustration]" and "[Illustration: The keeper at his lamp.]" lines stand
    for images: skipped and listed (as an image's alt text is), in text books and in HTML, unless alt
    text is asked for; a bracketed line that is not one is read."""
    prose = "The lamp was lit at dusk and the keeper wrote in his book every night without fail."
    path = tmp_path / "book.txt"
    path.write_text(f"CHAPTER I.\n\n{prose}\n\n[Illustration: The keeper at his lamp.]\n\n{prose}\n\n"
                    f"[Illustration]\n\n[Sealed by order of the Board.]\n\nCHAPTER II.\n\n{prose}\n", encoding="utf-8")
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["CHAPTER I.", "CHAPTER II."]
    assert "Illustration" not in read_text(book) and "[Sealed by order of the Board.]" in read_text(book)
    assert reasons(book) == {"image placeholder ([Illustration: ...])": 6 + 1}
    html = book_html(tmp_path, f"<h2>Chapter 1</h2><p>{prose}</p><p>[Illustration: The keeper at his lamp.]</p>")
    assert "Illustration" not in read_text(read_book(html))
    assert "The keeper at his lamp." in read_text(read_book(html, IngestOptions(include_alt_text=True)))


@pytest.mark.parametrize("include_alt_text", [False, True])
def test_a_drop_cap_set_as_a_picture_keeps_its_letter(tmp_path: Path, include_alt_text: bool) -> None:
    """Illustrated books set a paragraph's first letter as a picture whose alt text is the letter:
    <img alt="T"/>HE lamp... It is read as the word it begins ("THE lamp", "It was late", not "he
    lamp", "t was late"), also when the picture stands in a block of its own before its paragraph, as
    Gutenberg's floated initials do (<div class="figleft"><img alt="W"/></div><p>HEN the tide...: "HEN the
    tide" was heard); a one-letter picture with no text after it, or before a paragraph that opens with its own
    capital, and any other alt text, is skipped and listed as before (or read, when alt text is asked for)."""
    body = ('<h2>Chapter 1</h2><p><img src="t.jpg" alt="T"/>HE lamp was lit at dusk.</p>'
            '<p><img src="a.jpg" alt="A"/> lamp is a light.</p><p><span class="dropcap"><img src="i.png" alt="I"/>'
            '</span>t was late.</p><div class="figleft"><img src="w.jpg" alt="W"/></div><p id="p5">HEN the tide '
            'turned.</p><div><p><img src="t.jpg" alt="T"/></p></div><p>he gulls came.</p><div><img src="o.jpg" '
            'alt="O"/></div><p>One gull cried.</p><p><img src="b.jpg" alt="B"/></p><p><img src="p.jpg" '
            'alt="The lamp room"/></p>')
    book = read_book(book_html(tmp_path, body), IngestOptions(include_alt_text=include_alt_text))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "THE lamp was lit at dusk.", "A lamp is a light.", "It was late.", "WHEN the tide turned.",
        "The gulls came.", *(["O"] if include_alt_text else []), "One gull cried.",
        *(["B", "The lamp room"] if include_alt_text else [])]
    assert reasons(book) == ({} if include_alt_text else {"image alt text": 1 + 1 + 3})
    pictured = read_book(book_html(tmp_path, '<h2><img src="1.png" alt="I"/></h2><p>The lamp was lit.</p>'
                                              '<h2><img src="2.png" alt="II"/></h2><p>The keeper slept.</p>'))
    assert [c.title for c in pictured.chapters] == ["I", "II"]  # a heading set as a picture: its alt text
    # a paragraph of a picture naming a chapter is its heading, and a pictured label beside a heading's words is
    # the heading's (both were skipped as alt text: "The Calm" alone was heard, and two chapters were one)
    pictured = read_book(book_html(tmp_path, "".join(
        f'<div class="head"><img src="{n}.png" alt="Chapter {n}: The {name}"/></div><p>The lamp was lit.</p>'
        for n, name in ((1, "Ferry"), (2, "Calm")))))
    assert [c.title for c in pictured.chapters] == ["Chapter 1: The Ferry", "Chapter 2: The Calm"]
    pictured = read_book(book_html(tmp_path, "".join(
        f'<h2><img src="{n}.png" alt="Chapter {n}"/><br/>The {name}</h2><p>The lamp was lit.</p>'
        for n, name in ((1, "Ferry"), (2, "Calm")))))
    assert [c.title for c in pictured.chapters] == ["Chapter 1 — The Ferry", "Chapter 2 — The Calm"]
    assert [b.text for b in pictured.chapters[1].blocks] == ["Chapter 2", "The Calm", "The lamp was lit."]


def test_a_word_hyphenated_at_a_lines_end_is_one_word(tmp_path: Path) -> None:
    """Text converted from print keeps its line breaks and the hyphens that broke words at them:
    "beauti-" / "ful" (in a text node, at a <br/> of a line-per-<br/> book, in a text book) is read
    as "beautiful", not "beauti ful"; a compound's first part before its conjunction ("pre- and
    post-war", "Ein- und Ausgang") keeps its hyphen, and so does a word with a capital after it, and
    a compound the book writes with the hyphen elsewhere."""
    expected = "It was beautiful and the pre- and post-war world, X- Ray and all."
    lines = ["It was beauti-", "ful and the pre-", "and post-war world, X-", "Ray and all."]
    for markup in ("\n".join(lines), "<br/>".join(lines), "<br/>\n  ".join(lines)):
        book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2><p>{markup}</p>"))
        assert [b.text for b in book.chapters[0].blocks] == ["Chapter 1", expected]
    text = tmp_path / "lines.txt"
    text.write_text("THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert [b.text for b in read_book(text).chapters[0].blocks] == ["CHAPTER I.", expected]
    # a compound the text book writes with its hyphen elsewhere keeps it where a line's end split it
    text.write_text("THE KEEPER\n\nby Ines Roca\n\nCHAPTER I.\n\nThe salt-stained door stood on the salt-\n"
                    "stained steps.\n", encoding="utf-8")
    assert read_text(read_book(text)) == "CHAPTER I. The salt-stained door stood on the salt-stained steps."
    # and so in EPUB and HTML, in a text node and at a <br/> ("saltstained", "salt stained" before)
    for markup in ("salt-\nstained", "salt-<br/>stained", "salt-<br/>\n  stained"):
        book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2><p>The salt-stained door stood on the {markup} "
                                              "steps of the light-<br/>house.</p>"))
        assert read_text(book) == "Chapter 1 The salt-stained door stood on the salt-stained steps of the lighthouse."


def test_short_lines_set_apart_by_br_are_heard_apart(tmp_path: Path) -> None:
    """An address, a letter's close or a byline set as lines of one paragraph ("14 Harbour Road<br/>
    Portsmouth") was read as one run-on sentence ("14 Harbour Road Portsmouth England"): a paragraph of
    short lines is cut at each break that nothing else marks (no punctuation before it, a capital or a
    digit after it). Wrapped prose and verse of longer lines stay one paragraph each, a short line run
    on into them too ("where the crag / Uninterrupted runs"), and no word is lost."""
    verse = ["Of all the lamps along the harbour wall,", "The keeper's lamp burned last, where the crag",
             "Uninterrupted runs", "Beneath the tower and the turning tide."]
    prose = ["It was a dark and stormy night, and the rain fell in torrents, except at",
             "Occasional intervals, when it was checked by a violent gust of wind which swept up",
             "The streets, and Mr. Grey."]
    body = ("<p>14 Harbour Road<br/>Portsmouth<br/>England</p><p>Yours truly<br/>\n  Anne Lowe</p>"
            "<p>Yours ever,<br/>Tom</p><p>the keeper<br/>slept on</p><p>HANS ANDERSEN<br/>(Version by A. C. H.)</p>"
            f"<p>{'<br/>'.join(verse)}</p><p>{'<br/>'.join(prose)}</p>")
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", "14 Harbour Road", "Portsmouth", "England", "Yours truly", "Anne Lowe", "Yours ever, Tom",
        "the keeper slept on", "HANS ANDERSEN", "(Version by A. C. H.)", " ".join(verse), " ".join(prose)]
    plan = plan_book(book)
    assert [s.text for s in plan.chapters[0].segments[1:4]] == ["14 Harbour Road", "Portsmouth", "England"]


def test_a_note_in_capitals_set_as_lines_is_heard_line_by_line(tmp_path: Path) -> None:
    """A sign, a telegram or a note in a story, in capitals, a line each ("DUMBLEDORE DOES NOT CONTROL THE GAME<br/>
    BAD GUESS<br/>-20 POINTS"), ran on as one sentence ("THE GAME BAD GUESS minus twenty POINTS"): its lines are
    five words long, longer than an address's. Lines mostly in capitals are heard apart, each with a line's pause
    (`verse`); a line that ends with a comma goes on, and lines of prose in small letters stay one paragraph."""
    note = ["DUMBLEDORE DOES NOT CONTROL THE GAME", "VERY BAD GUESS", "-20 POINTS",
            "AND YOU ARE STILL WEARING PYJAMAS,", "PYJAMA PENALTY: -2 POINTS"]
    prose = ["It was a dark and stormy night, and the rain fell in torrents, except at", "Occasional intervals."]
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2><p>{'<br/>'.join(note)}</p>"
                                          f"<p>{'<br/>'.join(prose)}</p>"))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", *note[:3], " ".join(note[3:]), " ".join(prose)]
    segments = plan_book(book).chapters[0].segments
    assert [s.heard for s in segments[1:4]] == ["DUMBLEDORE DOES NOT CONTROL THE GAME", "VERY BAD GUESS",
                                                "minus twenty POINTS"]


def test_text_a_stylesheet_class_hides_is_skipped_like_inline_display_none(tmp_path: Path) -> None:
    """A narrator reads what a screen reader reads: a class whose stylesheet rule says display:none
    or visibility:hidden hides its text as an inline style does (skipped and listed). A rule inside
    an @-block ("@media print", a reading system's own "@media amzn-kf8") holds only there, and a
    rule after "@charset" or "@import" is still read."""
    from samples.synthetic import write_epub

    stylesheet = (b'@charset "utf-8"; @import url(fonts.css); .dup { display: none } .gone { visibility: hidden }\n'
                  b"@media print { .screen { display: none } } @media amzn-kf8 { .kindle { display: none } }")
    body = ('<h2>Chapter 1</h2><p>The lamp was lit at dusk.</p><p class="dup">The lamp was lit at dusk, again.</p>'
            '<p>The keeper <span class="gone">never</span> slept.</p><p class="screen">The tide turned.</p>'
            '<p class="kindle">The gulls came home.</p>')
    page = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" href="style.css"/></head>'
            f"<body>{body}</body></html>")
    book = read_book(write_epub(tmp_path / "hidden.epub", "The Keeper", [("c1.xhtml", "Chapter 1", page.encode())],
                               resources=[("style.css", "text/css", stylesheet)]))
    assert read_text(book) == ("Chapter 1 The lamp was lit at dusk. The keeper slept. The tide turned. "
                               "The gulls came home.")
    assert reasons(book) == {"hidden from readers (hidden, aria-hidden or display:none)": 7 + 1}


def test_paragraphs_set_apart_by_blank_lines_are_paragraphs_and_their_chapter_lines_cut(tmp_path: Path) -> None:
    """A book made without <p>, its text in one element with "<br/><br/>" between paragraphs (and
    stanzas): each paragraph is a block (a paragraph's pause, not one run-on), so its "Chapter 2"
    lines are found and cut at; a single <br/> (a verse line) stays inside its stanza."""
    from samples.synthetic import write_epub

    prose = "The lamp was lit at dusk and the keeper wrote the hour in his book. " * 30
    stanza = "The tide came in,<br/>the tide went out,<br/>\n the keeper slept."
    parts = [f"Chapter {n}<br/><br/>{prose}<br/><br/>{stanza}<br/>\n<br/>{stanza}<br/><br/><br/>" for n in (1, 2, 3)]
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body><div>{"".join(parts)}</div></body></html>'.encode()
    book = read_book(write_epub(tmp_path / "blank-lines.epub", "The Keeper", [("book.xhtml", "Start", page)]))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    verse = "The tide came in, the tide went out, the keeper slept."
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        [f"Chapter {n}", prose.strip(), verse, verse] for n in (1, 2, 3)]


def test_paragraphs_each_ended_by_one_line_break_are_paragraphs_and_their_chapter_lines_cut(tmp_path: Path) -> None:
    """A web page or converted book made without <p>, one <br/> after each paragraph (a blog's or an old story
    site's text, typed in a box that turns a new line into <br>): the whole book was one paragraph of 2,700 words,
    one chapter whose "Chapter 2" was read inside it. Where most lines end a sentence (dialogue's short lines too)
    and one is longer than verse's, each line is a paragraph and its chapter lines cut chapters, two where "Chapter
    1" opens the text; prose wrapped with <br/> at a page's width (few lines end a sentence) and a stanza's lines
    stay one paragraph each."""
    import random

    from samples.synthetic import chapter_paragraphs

    talk = ["“Yes.”", "“Is it far?” she asked.", "“No.”", "He shrugged."]  # most lines short: dialogue
    chapters = [[line for paragraph in chapter_paragraphs(700, random.Random(n)) for line in (paragraph, *talk)]
                for n in (1, 2, 3)]
    text = "<br>\n".join(f"Chapter {n}<br>\n" + "<br>\n".join(paragraphs)
                         for n, paragraphs in enumerate(chapters, start=1))
    for body in (text, f"<div>{text}</div>", f"<p>{text}</p>"):
        book = read_book(book_html(tmp_path, body))
        assert [[b.text for b in c.blocks] for c in book.chapters] == [
            [f"Chapter {n}", *paragraphs] for n, paragraphs in enumerate(chapters, start=1)]
    two = read_book(book_html(tmp_path, text.split("<br>\nChapter 3")[0]))  # "Chapter 1" opens, one more follows
    assert [c.title for c in two.chapters] == ["Chapter 1", "Chapter 2"]
    stanza = "The tide came in.<br/>The keeper slept.<br/>The lamp burned on.<br/>The gulls were still."
    assert [b.lines for c in read_book(book_html(tmp_path, f"<p>{stanza}</p>")).chapters for b in c.blocks] == [4]
    wrapped = [" ".join(paragraph.split()) for paragraph in chapters[0]]
    book = read_book(book_html(tmp_path, "".join(f"<p>{textwrap.fill(p, 60).replace(chr(10), '<br/>')}</p>"
                                                  for p in wrapped)))
    assert [b.text for c in book.chapters for b in c.blocks] == wrapped


@pytest.mark.parametrize("listing", [
    '<pre><code class="language-console">{}</code></pre>',  # mdBook, Prism, highlight.js
    '<div class="sourceCode"><pre class="sourceCode sh">{}</pre></div>',  # pandoc
    '<pre data-type="programlisting">{}</pre>',  # O'Reilly
    '<pre class="programlisting">{}</pre>',  # DocBook
])
def test_each_line_of_a_code_listing_is_read_as_a_line_of_its_own(tmp_path: Path, listing: str) -> None:
    """A programming book's listing, one command or statement a line: read as one sentence before ("$ mkdir
    projects $ cd projects"), each line is now a line of its own, with a sentence's pause after it and a
    paragraph's after the listing, and nothing is lost; a plain <pre> of wrapped prose still joins its lines."""
    commands = ["$ mkdir projects", "$ cd projects", "$ cargo new hello_world", "  Created binary package"]
    prose = ("The keeper wrote the hour in his book\nand went down the stairs to the boat,\n"
             "where the tide was already turning.")
    book = read_book(book_html(tmp_path, "<p>Enter these commands:</p>" + listing.format("\n".join(commands) + "\n")
                                + f"<p>Then the story.</p><pre>{prose}</pre>"))
    assert [b.text for c in book.chapters for b in c.blocks] == [
        "Enter these commands:", *(command.strip() for command in commands), "Then the story.",
        " ".join(prose.split())]
    segments = [s for c in plan_book(book).chapters for s in c.segments]  # a line's pause is a sentence's
    assert [s.ends_block for s in segments] == [True, False, False, False, True, True, True]


def test_a_key_in_a_code_listing_is_listed_not_a_reason_to_refuse_the_book(tmp_path: Path) -> None:
    """Node.js's manual holds a 1,027-character key in hexadecimal in one listing: the whole 8 MB book was refused
    ("unreadable run of 1,027 characters without spaces"). In a listing such a run is listed and the rest read;
    in prose it still stops the book, in one line."""
    key = "B56CE45CB740B09A13F64AC5" * 50
    listing = f"<pre><code>const prime = '{key}';\nuse(prime);</code></pre>"
    book = read_book(book_html(tmp_path, f"<p>The key:</p>{listing}"))
    plan = plan_book(book)
    assert [s.text for c in plan.chapters for s in c.segments] == ["The key:", "const prime =", "use(prime);"]
    assert [(s.reason, s.characters) for s in plan.skipped] == [
        ("a code listing's run of over 1,000 characters without spaces (a key or data)", len(key))]
    with pytest.raises(ParseError, match="unreadable run of 1,2"):
        plan_book(read_book(book_html(tmp_path, f"<p>The key: {key}</p>")))


def test_a_headings_permalink_sign_is_not_read(tmp_path: Path) -> None:
    """Web documentation marks each heading with a link to itself ("#" in Node.js's, "¶" in Sphinx's, also beside
    an API entry): it was read, and titled the chapters "Assert#". A "#" link in the text is read."""
    book = read_book(book_html(tmp_path, (
        '<h2>The Lamp<span><a class="mark" href="#lamp">#</a></span></h2><p>See <a href="#n">#</a> 4.</p>'
        '<dl><dt id="f">lamp.light()<a class="headerlink" href="#f" title="Link to this definition">¶</a></dt>'
        '<dd>Lights the lamp.</dd></dl><h2>The Lens<a class="headerlink" href="#lens">¶</a></h2><p>Polished.</p>')))
    assert [c.title for c in book.chapters] == ["The Lamp", "The Lens"]
    assert read_text(book) == "The Lamp See # 4. lamp.light() Lights the lamp. The Lens Polished."
    assert reasons(book) == {"permalink sign (a link to its own heading: #, ¶, §)": 3}


def test_a_code_listings_brackets_asterisks_and_underscores_are_the_programs(tmp_path: Path) -> None:
    """In prose "word[1]" is a note's marker and "*word*" emphasis, which are not read; in a listing they are the
    program's own text ("args[1]" was read "args", "*count" "count"). A terminal's prompt ("$ ") is not read."""
    code = "let first = args[1].clone();\n*count += 1;\nlet file_name = first;\n$ cargo run"
    book = read_book(book_html(tmp_path, f"<p>The keeper[1] wrote *this*.</p><pre><code>{code}</code></pre>"))
    heard = [s.spoken or s.text for c in plan_book(book).chapters for s in c.segments]
    assert heard == ["The keeper wrote this.", "let first = args[one].clone();", "*count += one;",
                     "let file_name = first;", "cargo run"]  # the prompt not said


def test_running_heads_and_page_numbers_of_a_converted_book_are_skipped_and_torn_sentences_joined(
        tmp_path: Path) -> None:
    """A book converted from print keeps each page's furniture as paragraphs: the title or author
    at the top of the page, with or without the page number, and bare page numbers, often in the
    middle of a sentence. They are skipped and listed; the sentence they tore (a hyphenated word
    too, which keeps its hyphen where the book writes it so elsewhere) is one paragraph again.
    A chapter numbered "2" on its own line, a story titled as the book, and the title inside a
    sentence are read; the book's title over every chapter's heading is not, nor its title."""
    page = "".join([
        "<h2>The Tide Clock</h2><p>The clock was wound at dusk and the keeper</p><p>THE TIDE CLOCK</p><p>12</p>",
        "<p>went down to the lamp.</p><p>It ran slow in winter.</p><p>Ines Roca 13</p>",
        "<p>Nobody minded the light-</p><p>14</p><p>house, nor the bell.</p>",
        "<p>2</p><p>The second night was calm, and the tide clock was right.</p>",
        "<p>The salt-stained door stood open on the salt-</p><p>15</p><p>stained steps.</p>",
        "<p>“The Tide Clock,” she said, “is slow.”</p><p>The Tide Clock</p><p>16</p>",
        "<p>The last page ends here.</p>"])
    book = read_book(book_html(tmp_path, page))
    texts = [b.text for c in book.chapters for b in c.blocks]
    assert texts == ["The Tide Clock", "The clock was wound at dusk and the keeper went down to the lamp.",
                     "It ran slow in winter.", "Nobody minded the lighthouse, nor the bell.", "2",
                     "The second night was calm, and the tide clock was right.",
                     "The salt-stained door stood open on the salt-stained steps.",  # as the book writes it
                     "“The Tide Clock,” she said, “is slow.”", "The last page ends here."]
    assert reasons(book) == {"running head (the book's title or author, repeated on its pages)": 3 + 3 + 3,
                             "page number": 4}
    torn = ("<h2>Chapter 1</h2><p>The clock was wound at dusk, as it had been every evening since the keeper came to "
            "the island, and the</p><p>keeper went down to the lamp.</p><p>The lamp goes round,</p>"
            "<p>it does not ask who sees.</p>")
    assert [b.text for b in read_book(book_html(tmp_path, torn)).chapters[0].blocks][1:] == [
        "The clock was wound at dusk, as it had been every evening since the keeper came to the island, and the keeper "
        "went down to the lamp.", "The lamp goes round,", "it does not ask who sees."]  # verse lines stay lines
    # once only, but beside its page number: the title line is the page's head, and the sentence is whole again
    once = read_book(book_html(tmp_path, "<h2>Chapter 1</h2><p>The clock was wound at dusk, as it was every evening "
                                          "since he came, and the</p><p>THE TIDE CLOCK</p><p>12</p><p>keeper went down."
                                          "</p>"))
    assert [b.text for b in once.chapters[0].blocks] == [
        "Chapter 1", "The clock was wound at dusk, as it was every evening since he came, and the keeper went down."]
    letters = "".join(f"<h2>Letter {n}</h2><p>The lamp is lit and the tide is high.</p><p>Ines Roca</p>"
                      for n in (1, 2, 3))
    assert read_text(read_book(book_html(tmp_path, letters))).count("Ines Roca") == 3  # signed letters are read
    # every document opens with the book's title above its chapter's own heading, and no TOC names the chapters
    from samples.structure import page as xhtml_page
    from samples.structure import write_book

    files = [(f"c{n}.xhtml", xhtml_page("K", f"<h1>The Tide Clock</h1><h2>Chapter {n}</h2>{PROSE}")) for n in (1, 2, 3)]
    book = read_book(write_book(tmp_path / "heads.epub", "The Tide Clock", "Ines Roca", "en", files, [], epub2=True))
    assert [c.title for c in book.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert "Tide Clock" not in read_text(book)


def test_a_chapters_title_beside_a_page_number_on_its_pages_is_a_running_head(tmp_path: Path) -> None:
    """A book converted from print heads its odd pages with the chapter's title and the page number ("CHAPTER 2
    15", "16 The Storm"): they were read, "Chapter two fifteen", every few minutes. Two or more such lines in a
    chapter are its pages' head, skipped and listed, and the sentence they tore is whole again; a refrain that
    repeats a poem's title, with no page number, is read."""
    prose = "The clock was wound at dusk, as it had been every evening since the keeper came to the island."
    chapters = "".join(f"<h2>Chapter {n}</h2><p>{prose}</p><p>CHAPTER {n} {10 * n + 1}</p><p>{prose} And the</p>"
                       f"<p>{10 * n + 2} Chapter {n}</p><p>keeper went down.</p>" for n in (1, 2))
    refrain = "<h2>Row the Boat</h2><p>Row the boat</p><p>over the water,</p><p>Row the boat</p><p>home.</p>"
    book = read_book(book_html(tmp_path, chapters + refrain))
    assert [[b.text for b in c.blocks] for c in book.chapters] == [
        *([f"Chapter {n}", prose, f"{prose} And the keeper went down."] for n in (1, 2)),
        ["Row the Boat", "Row the boat", "over the water,", "Row the boat", "home."]]
    reason = "running head (the chapter's title beside a page number, repeated on its pages)"
    assert reasons(book) == {reason: 2 * 2 * 3}


def test_printed_lines_kept_as_paragraphs_are_joined_into_paragraphs_and_verse_keeps_its_lines(
        tmp_path: Path) -> None:
    """A book converted from print without unwrapping has a paragraph per printed line, and each
    would end with a paragraph's pause mid-sentence ("... and the" / "keeper remembered ..."). Its
    lines are joined into paragraphs again, all the text kept (a word hyphenated at a line's end is
    one word, unless the book writes it with the hyphen elsewhere: "salt-" / "stained"); a paragraph
    whose last line happens to be full runs on into the next, as in any unwrapping. Verse set a line
    per paragraph, capitalised or not, keeps its lines, and a line naming a division stays a heading."""
    import random

    from samples.structure import Entry, page, write_book
    from samples.synthetic import chapter_paragraphs

    paragraphs = chapter_paragraphs(1500, random.Random(4))
    paragraphs[3] = paragraphs[3].replace("keeper", "light-house keeper", 1)
    lines: list[str] = []
    compound_split = False
    for line in (line for paragraph in paragraphs for line in textwrap.wrap(paragraph, 64, break_on_hyphens=False)):
        split = "light-" if "light-" in line else ""  # "light-" / "house keeper watched ..."
        if not split and not compound_split and "salt-stained" in line:  # once: the book writes it whole elsewhere
            split, compound_split = "salt-", True
        before, hyphen, after = line.partition(split) if split else (line, "", "")
        lines.extend([before + hyphen, after] if hyphen else [line])
    assert compound_split
    body = "<h2>Chapter 1</h2>" + "".join(f"<p>{line}</p>" for line in lines)
    verse = ["The keeper climbs the stair at dusk,", "And counts the steps", "Beneath the lamp,",
             "While gulls go home across the bay;", "The tide comes in", "And no one sees", "the light go round,",
             "but ships at sea", "that read the dark", "and turn for home."] * 3
    poem = "<h2>Chapter 2</h2>" + "".join(f"<p>{line}</p>" for line in verse)
    for n, line in enumerate(verse[::3]):
        verse[3 * n] = line.lower()
    free = "<h2>Chapter 3</h2>" + "".join(f"<p>{line}</p>" for line in verse)
    even = ["the keeper climbs at dusk and counts", "each step beneath the turning lamp",
            "while the gulls go home across", "the grey bay and no one sees", "the light go round but ships",
            "that read the dark and turn"] * 4
    lower = "<h2>Chapter 4</h2>" + "".join(f"<p>{line}</p>" for line in even)  # lines even, in lower case: verse
    pages = [("c1.xhtml", page("C1", body)), ("c2.xhtml", page("C2", poem)), ("c3.xhtml", page("C3", free)),
             ("c4.xhtml", page("C4", lower))]
    book = read_book(write_book(tmp_path / "wrapped.epub", "The Keeper", "Ann Example", "en", pages,
                                [Entry(f"Chapter {n}", f"c{n}.xhtml") for n in (1, 2, 3, 4)]))
    prose = [b.text for b in book.chapters[0].blocks[1:]]
    assert " ".join(prose) == " ".join(paragraphs).replace("light-house", "lighthouse")
    assert len(paragraphs) - 3 <= len(prose) < len(paragraphs) and all(p.endswith((".", "!", "?")) for p in prose)
    assert [len(c.blocks) for c in book.chapters[1:]] == [1 + len(verse), 1 + len(verse), 1 + len(even)]
    # a fixed-layout page's lines, each a <div>, under a line "Chapter 5" that is no heading element: the heading
    # line was joined to the first line ("Chapter 5 The patient window crossed..."), read as one sentence
    page_lines = "".join(f'<div style="position:absolute">{line}</div>' for line in ["Chapter 5", *lines])
    book = read_book(write_book(tmp_path / "fixed.epub", "The Keeper", "Ann Example", "en",
                                [("p1.xhtml", page("P1", page_lines))], [Entry("Page 1", "p1.xhtml")]))
    assert book.chapters[0].blocks[0].text == "Chapter 5"
    assert " ".join(b.text for b in book.chapters[0].blocks[1:]) == " ".join(paragraphs).replace("light-house",
                                                                                                 "lighthouse")


def test_a_skipped_note_marker_leaves_no_space_before_the_mark_after_it(tmp_path: Path) -> None:
    """Docutils writes a note's marker after a space ("my sister <a class="footnote-reference">[1]</a>."): without
    the marker the sentence read "my sister . She", a stray full stop in captions and a pause before it. A space
    that follows the marker stays (French "sœur [1] ;"), and so does one before an opening word."""
    marker = '<a class="footnote-reference" href="#n1" role="doc-noteref">[{}]</a>'
    body = (f"<p>A letter came from my sister {marker.format(1)}. She asked, {marker.format(2)}, if I was well "
            f"{marker.format(3)}; and {marker.format(4)} whether the lamp (the old one {marker.format(5)}) still "
            f"burned.</p><p lang='fr'>Une lettre de ma sœur {marker.format(6)} ; elle allait bien.</p>"
            "<aside role='doc-footnote' id='n1'><p>She lived in Bergen.</p></aside>")
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "A letter came from my sister. She asked, if I was well; and whether the lamp (the old one) still burned.",
        "Une lettre de ma sœur ; elle allait bien."]
    assert reasons(book)["note reference marker"] == 6


def test_a_plain_number_link_against_the_word_before_it_is_a_note_marker(tmp_path: Path) -> None:
    """An older Kindle book (and HTML saved from one) marks a note with a plain linked number set against the
    word before it, "hand.<a href="#filepos5993">1</a>": read, it was "hand one". It is skipped, and the block
    it points to is the note; a linked number after a space ("see page <a>12</a>") is read."""
    body = ('<p>He wrote the figure down in a careful hand.<a href="#filepos5993">1</a> Then he climbed, as the '
            'log<a href="#filepos6001">*</a> says, to the lamp; see page <a href="#p12">12</a>.</p>'
            '<p id="p12">The lamp burned all night.</p><div class="calibre"><a id="filepos5993"></a>'
            '<p>Twenty-eight inches and four tenths.</p><a id="filepos6001"></a><p>Kept in the museum.</p></div>')
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "He wrote the figure down in a careful hand. Then he climbed, as the log says, to the lamp; see page 12.",
        "The lamp burned all night."]
    assert reasons(book) == {"note reference marker": 2, "note (where a note marker in the text links)": 5 + 4}


def test_superscripts_are_powers_ordinal_indicators_or_note_numbers(tmp_path: Path) -> None:
    """<sup> after a number, a unit, a lone letter or a formula's letters after "=" ("E = mc<sup>2</sup>") is a
    power ("10<sup>11</sup>" read as written,
    "one thousand and eleven", was a wrong number); after a word or a mark, a number in <sup> is a
    note's number, skipped and listed; "1<sup>o</sup>" and "n<sup>o</sup>" are ordinal indicators, after a stop
    and a title too ("2.<sup>a</sup>", "D.<sup>a</sup>": "dos.a", "D.a" were read);
    letters ("1<sup>st</sup>", "M<sup>me</sup>") stay letters."""
    body = ("<p>The galaxy holds 10<sup>11</sup> stars in 10<sup>-5</sup> of the sky.<sup>12</sup> A room of 20 "
            "m<sup>2</sup>, where x<sup>2</sup> grows, slept<sup>3</sup> on the 1<sup>st</sup> of May.</p>"
            "<p>M<sup>me</sup> Roy, n<sup>o</sup> 5, the 2<sup>a</sup> time.</p><p>So E = mc<sup>2</sup>.</p>"
            "<p>La 2.<sup>a</sup> vez, n.<sup>o</sup> 7, D.<sup>a</sup> Ana y la Sr.<sup>a</sup> Gil.</p>")
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "The galaxy holds 10¹¹ stars in 10⁻⁵ of the sky. A room of 20 m², where x² grows, slept on the 1st of May.",
        "Mme Roy, nº 5, the 2ª time.", "So E = mc².", "La 2.ª vez, n.º 7, D.ª Ana y la Sr.ª Gil."]
    assert reasons(book) == {"note reference marker": 2}
    heard = [s.heard for s in plan_book(book).chapters[0].segments]
    assert "The galaxy holds ten to the power of eleven stars in ten to the power of minus five of the sky." in heard[1]
    assert "A room of twenty square meters, where x squared grows, slept on the first of May." in heard[1]


def test_a_span_set_as_superscript_is_a_note_number_or_a_power_as_a_sup_is(tmp_path: Path) -> None:
    """calibre sets <sup> as <span class="c7"> whose stylesheet rule says "vertical-align: super": "week.4 Nobody"
    was read with the note's number, "10<span>3</span> cm" as "one hundred and three". A raised span is what a
    <sup> would be, by its class's rule or its own style; a span set so holding a sign, or after a space, is read."""
    body = ('<p>The ferry ran twice a week.<span class="c7">4</span> Nobody knew why,<span style="vertical-align: '
            'super">5</span> and the hold was 10<span class="c7">3</span> cm<span class="c7">3</span>.</p>'
            '<p>It cost <span class="c7">$</span>5 and <span class="c7">12</span> more, week.<span>6</span></p>')
    source = book_html(tmp_path, f"<h2>Chapter 1</h2>{body}")
    source.write_text(source.read_text().replace("</title>", "</title><style>.c7 { vertical-align: super }</style>"))
    book = read_book(source)
    assert [b.text for b in book.chapters[0].blocks[1:]] == [
        "The ferry ran twice a week. Nobody knew why, and the hold was 10³ cm³.", "It cost $5 and 12 more, week.6"]
    assert reasons(book) == {"note reference marker": 2}


def test_a_span_classed_as_a_note_marker_is_not_read(tmp_path: Path) -> None:
    """A converter's marker as a plain span, not raised, its class naming it ("fn", "noteref", "fn-3"): "Then he
    left.3" was read with the note's number. A span of such a class after a space, or a class that only begins
    so ("font"), is the text's."""
    body = ('<p>Then he left.<span class="fn">3</span> The boat came,<span class="noteref">4</span> late.</p>'
            '<p>It was <span class="fn-3">12</span> miles, week.<span class="font">6</span></p>')
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2>{body}"))
    assert [b.text for b in book.chapters[0].blocks[1:]] == ["Then he left. The boat came, late.",
                                                             "It was 12 miles, week.6"]
    assert reasons(book) == {"note reference marker": 2}


def test_a_scene_break_is_a_longer_pause_and_its_ornaments_are_not_read(tmp_path: Path) -> None:
    """"* * *", "⁂" and <hr/> between scenes: espeak-ng and Piper read "asterisk asterisk asterisk".
    The ornaments are not sent to any engine; the paragraph before the break ends its scene, and
    the timeline puts the scene pause there (between the paragraph and the chapter pause)."""
    from audiobook.audio.timeline import chapter_timeline
    from audiobook.settings import RenderSettings
    from audiobook.synthesis.render import RenderedSegment

    scene = "<p>The lamp was lit at dusk and the keeper wrote the hour in his book.</p>"
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2>{scene}<p class='center'>* * *</p>{scene}<hr/>"
                                          f"{scene}<p>⁂</p>{scene}{scene}"))
    assert [b.text for b in book.chapters[0].blocks].count(BLOCK := "The lamp was lit at dusk and the keeper "
                                                             "wrote the hour in his book.") == 5
    assert [b.ends_scene for b in book.chapters[0].blocks] == [False, True, True, True, False, False]
    plan = plan_book(book)
    segments = plan.chapters[0].segments
    assert all("*" not in s.heard and "⁂" not in s.heard for s in segments) and segments[1].text == BLOCK
    settings = RenderSettings(paragraph_pause_ms=700, scene_pause_ms=1500, chapter_pause_ms=2000, sample_rate=1000)
    rendered = [RenderedSegment(s.id, f"key{n}", 100, "v", "espeak", 1, False) for n, s in enumerate(segments)]
    pauses = [clip.frames for clip in chapter_timeline(plan.chapters[0], rendered, settings, 0).clips if clip.key is None]
    assert pauses == [700, 1500, 1500, 1500, 700, 2000]  # heading, three scene ends, a paragraph, the chapter


def test_scene_breaks_made_of_letters_are_pauses_and_numerals_and_cries_are_read(tmp_path: Path) -> None:
    """Fan fiction and self-published books break scenes with "xXx", "o0o", "-o-" or "o O o": each was read
    aloud ("ex ex ex"). They are scene breaks; "XXX" (a chapter's numeral) and "Oooo!" are read."""
    scene = "<p>The lamp was lit at dusk and the keeper wrote the hour in his book.</p>"
    breaks = ["xXx", "o0o", "-o-", "o O o", "x x x", "~*~oOo~*~"]
    book = read_book(book_html(tmp_path, "<h2>Chapter 1</h2>" + scene + "".join(
        f"<p class='center'>{mark}</p>{scene}" for mark in breaks) + "<h2>XXX</h2><p>Oooo!</p>" + scene))
    assert [b.text for c in book.chapters for b in c.blocks] == [
        "Chapter 1", *[BLOCK := scene[3:-4]] * (len(breaks) + 1), "XXX", "Oooo!", BLOCK]
    assert [b.ends_scene for b in book.chapters[0].blocks[1:]] == [True] * len(breaks) + [False]
    assert [s.heard for s in plan_book(book).chapters[1].segments[:2]] == ["thirty", "Oooo!"]


def test_scene_breaks_set_as_a_decorative_image_a_break_class_or_a_rare_blank_line(tmp_path: Path) -> None:
    """Books mark scene breaks without a character to read: an ornament image (empty alt text, which
    marks decoration), an empty block whose class names the break, or, in word-processor exports, a
    blank paragraph. Each was read as a paragraph's pause. They are scene breaks between paragraphs;
    a figure (alt text), a "page-break" marker, a picture or blank line under a title or before the
    next one, and blank paragraphs that space out every paragraph are not."""
    def scene(n: int) -> str:
        return f"<p>Scene {n}: the lamp was lit at dusk and the keeper wrote the hour in his book.</p>"

    def ends(body: str) -> list[bool]:
        return [b.ends_scene for chapter in read_book(book_html(tmp_path, body)).chapters for b in chapter.blocks]

    breaks = ['<p class="center"><img src="flourish.png" alt=""/></p>', '<div class="scene-break"></div>',
              '<div class="orn"><svg xmlns="http://www.w3.org/2000/svg"/></div>']
    not_breaks = ['<p><img src="map.png" alt="A map of the island"/></p>', '<div class="page-break"></div>']
    body = "".join(scene(n) + cut for n, cut in enumerate([*breaks, *not_breaks, ""]))
    assert ends(f"<h2>Chapter 1</h2>{body}") == [False, True, True, True, False, False, False]
    # under the title and before the next one: the heading's own pauses
    assert ends(f"<h2>Chapter 1</h2>{breaks[0]}{scene(1)}{breaks[1]}<h2>Chapter 2</h2>{scene(2)}") == [
        False, False, False, False]
    blank = "<p>&#160;</p>"
    assert ends("<h2>Chapter 1</h2>" + "".join(map(scene, range(6))) + blank + "".join(map(scene, range(6, 12)))) == [
        False, *([False] * 5), True, *([False] * 6)]
    assert not any(ends("<h2>Chapter 1</h2>" + "".join(scene(n) + blank for n in range(12))))


def test_a_fixed_layout_picture_book_is_one_story_read_in_whole_sentences() -> None:
    """A fixed-layout picture book (each page a document, each printed line a positioned box or span, a TOC
    of "Page 1"...) was ten chapters of a dozen words, every line a segment cut mid-sentence, and, where
    InDesign's line spans end without a space, "top ofthe lighthouse" (125 words of 148). It is one chapter
    titled with the book's title, read sentence by sentence across line ends and page turns."""
    from samples.structure import MILA_PAGES

    book = read_book(STRUCTURE / "mila.epub")
    assert [c.title for c in book.chapters] == ["Mila and the Lamp"]
    assert [b.text for b in book.chapters[0].blocks] == [
        "Mila lived at the top of the lighthouse with her grandfather and a grey cat called Biscuit.",
        "Every night they climbed the long stairs together to light the great lamp.",
        "One night the wind blew so hard that the windows rattled and the cat hid under the bed.",
        "Grandfather said the ships needed the light more than ever on a night like this.",
        "So Mila carried the oil can, and Grandfather carried the matches, and Biscuit stayed behind.",
        "At the top the lamp was cold and dark, and far out at sea a small boat was looking for home. Mila struck "
        "the match, the wick caught, and the light swept over the dark water.",  # across the page turn
        "In the morning a fisherman came to the door with a basket of fish to say thank you.",
        "Biscuit came out from under the bed at once, because he liked fish very much.", "The End"]
    assert reasons(book) == {"front/back matter (Title Page)": 6}
    plan = plan_book(book)
    assert plan.chapters[0].words == sum(len(line.split()) for lines in MILA_PAGES for line in lines) - 1  # fisherman
    assert all(s.text.endswith((".", "The End")) for s in plan.chapters[0].segments)


def test_lines_set_as_positioned_spans_in_an_html_file_are_words_apart(tmp_path: Path) -> None:
    """Pandoc's HTML of a fixed-layout picture book keeps each line as a span placed by its style, with no space
    between them: "the windows rattled</span><span ...>and the cat" was read "rattledand". A span placed at its
    own top is a line of its own, in any HTML file; one that only sits in the flow keeps its words joined."""
    lines = ["One night the wind blew so", "hard that the windows rattled", "and the cat hid under the bed."]
    spans = "".join(f'<span style="position:absolute;top:{40 + 36 * n}px;left:0px;">{line}</span>'
                    for n, line in enumerate(lines))
    path = book_html(tmp_path, f'<h1>Mila</h1><div class="page"><p>{spans}</p></div><h1>Biscuit</h1><p>The cat '
                                f'<span style="color:grey">sle</span>pt.</p>')
    book = read_book(path)
    assert [b.text for c in book.chapters for b in c.blocks if b.kind == "p"] == [" ".join(lines), "The cat slept."]


def test_apple_display_options_and_a_contents_of_pages_make_a_book_fixed_layout(tmp_path: Path) -> None:
    """An older EPUB 2 picture book says it is fixed-layout in Apple's display options, not in its package."""
    from samples.structure import MILA_PAGES, Entry, picture_page, write_book

    pages = [(f"p{n}.xhtml", picture_page(n, lines)) for n, lines in enumerate(MILA_PAGES, start=1)]
    path = write_book(tmp_path / "old.epub", "Mila and the Lamp", "Nora Quill", "en", pages,
                      [Entry(str(n), f"p{n}.xhtml") for n in range(1, len(pages) + 1)], epub2=True)
    assert len(read_book(path).chapters) == len(pages)  # reflowable: its TOC is the reader's to follow
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/com.apple.ibooks.display-options.xml", '<?xml version="1.0"?><display_options>'
                         '<platform name="*"><option name="fixed-layout">true</option></platform></display_options>')
    book = read_book(path)
    assert [c.title for c in book.chapters] == ["Mila and the Lamp"] and book.chapters[0].blocks[-1].text == "The End"


@pytest.mark.parametrize("form", ["txt", "pre"])
def test_a_table_set_in_spaces_is_read_cell_by_cell(tmp_path: Path, form: str) -> None:
    """A table of tides typed with spaces between its columns, in a text book or in an HTML book's <pre>, was heard
    "Monday six twelve twelve thirty": each row is read as a table's row is, its cells apart ("Monday, six twelve,
    twelve thirty"); a sentence's two spaces after its stop and a verse line's indent stay as they were."""
    table = ["  Day        High     Low", "  Monday     06:12    12:30", "  Tuesday    06:55    13:14"]
    prose = "He copied the tides for the week.  Then he went up to the lamp room to trim the wick."
    if form == "txt":
        path = tmp_path / "tides.txt"
        path.write_text("CHAPTER I\n\n" + prose + "\n\n" + "\n".join(table) + "\n", encoding="utf-8")
    else:
        path = book_html(tmp_path, f"<h2>CHAPTER I</h2><p>{prose}</p><pre>\n" + "\n".join(table) + "\n</pre>")
    plan = plan_book(read_book(path))
    assert [s.heard for s in plan.chapters[0].segments][-3:] == [
        "Day, High, Low", "Monday, six twelve, twelve thirty", "Tuesday, six fifty-five, thirteen fourteen"]
    assert "week. Then" in " ".join(s.heard for s in plan.chapters[0].segments)


@pytest.mark.parametrize("form", ["txt", "html"])
def test_a_transcribers_sidenotes_and_blank_page_markers_are_listed_not_read(tmp_path: Path, form: str) -> None:
    """Project Gutenberg's transcription of an old book keeps the printed page's margin notes and blank pages as
    "[Sidenote: The keeper arrives.]" and "[Blank Page]", and its HTML sets them by class: all were read aloud,
    labels and all. They are skipped and listed; a sentence about a blank page is read."""
    lines = ["CHAPTER I", "[Sidenote: The keeper arrives.]",
             "The keeper came to the rock in the spring of the year, when the gulls were nesting.", "[Blank Page]",
             "He found a blank page in the log and wrote the hour on it.", "This page intentionally left blank."]
    if form == "txt":
        path = tmp_path / "keeper.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    else:
        path = book_html(tmp_path, "<h2>CHAPTER I</h2>" + "".join(f"<p>{line}</p>" for line in lines[1:]))
    book = read_book(path)
    assert [b.text for b in book.chapters[0].blocks] == [lines[0], lines[2], lines[4]]
    assert reasons(book) == {"sidenote (the printed page's summary in its margin)": 4, "blank page marker": 2 + 5}
    if form == "html":  # its HTML floats them beside the paragraph: "He lights the lamp.He lit the lamp" was read
        floated = read_book(book_html(tmp_path, f"<h2>CHAPTER I</h2><div class='sidenote'>The keeper arrives.</div>"
                                                 f"<p>{lines[2]}</p><p><span class='sidenote'>He lights the lamp."
                                                 f"</span>{lines[4]}</p>"))
        assert [b.text for b in floated.chapters[0].blocks] == [lines[0], lines[2], lines[4]]
        assert reasons(floated) == {"sidenote (the printed page's summary in its margin)": 3 + 4}


def test_a_pull_quote_is_not_heard_twice(tmp_path: Path) -> None:
    """A magazine's or a non-fiction book's pull quote sets a sentence of the text again in large type beside it
    (DPUB-ARIA's and EPUB's "pullquote", or its class): it was heard twice, the second time between two
    paragraphs. It is skipped and listed; a block quotation is read."""
    said = "Nobody remembered a night on which the light had not burned."
    quoted = "The light is the keeper's, and the keeper is the light's."
    book = read_book(book_html(tmp_path, f"<h2>Chapter 1</h2><p>The keeper came in spring. {said}</p>"
                                          f"<aside class='pull-quote'><p>{said}</p></aside><p>He stayed eleven years."
                                          f"</p><blockquote role='doc-pullquote'>He stayed eleven years.</blockquote>"
                                          f"<blockquote><p>{quoted}</p></blockquote>"))
    assert [b.text for b in book.chapters[0].blocks] == [
        "Chapter 1", f"The keeper came in spring. {said}", "He stayed eleven years.", quoted]
    assert reasons(book) == {"pull quote (a passage of the text set again in large type)": 11 + 4}


def test_a_book_written_in_decomposed_letters_is_read_in_composed_ones(tmp_path: Path) -> None:
    """A file whose accented letters are a letter and a combining accent (as some Mac tools save text) was read
    with the accents lost ("kaf@" for "café", "bruke" for "Brücke") and escaped the rules with accented words
    ("Capítulo"); its text is now the same as the composed file's, shown and heard."""
    import subprocess
    import unicodedata

    body = ("<h1>Capítulo 1</h1><p>El café estaba cerrado, y la niña esperó junto al puente de piedra "
            "hasta que cayó la noche sobre el río.</p>")
    composed = book_html(tmp_path, body)
    decomposed = tmp_path / "nfd.html"
    decomposed.write_text(unicodedata.normalize("NFD", composed.read_text(encoding="utf-8")), encoding="utf-8")
    assert "é" not in decomposed.read_text(encoding="utf-8")
    plans = [plan_book(read_book(path)) for path in (composed, decomposed)]
    assert [[(s.text, s.heard, s.language) for s in c.segments] for c in plans[1].chapters] == [
        [(s.text, s.heard, s.language) for s in c.segments] for c in plans[0].chapters]
    assert [c.title for c in plans[1].chapters] == ["Capítulo 1"]
    heard = plans[1].chapters[0].segments[-1].heard
    said = subprocess.run(["espeak-ng", "-q", "-x", "-v", "es", heard], capture_output=True, text=True,
                          check=True).stdout
    assert "kaf'e" in said


def test_dutch_ij_set_as_one_character_is_read_as_its_two_letters(tmp_path: Path) -> None:
    """"ĳs" (U+0133) was read "is" by espeak-ng."""
    book = read_book(book_html(tmp_path, "<h1>Hoofdstuk 1</h1><p>Het ĳs op het Ĳsselmeer was dik die winter, en de "
                                         "kinderen schaatsten elke dag naar het dorp aan de overkant.</p>"))
    assert book.chapters[0].blocks[1].text.startswith("Het ijs op het IJsselmeer was dik")
