"""A chapter's number in Roman numerals is read as a number where the book sets it as a heading, and a
section's letter as a letter (`audiobook.text.heading_numerals`), on real EPUB files read and planned."""

from __future__ import annotations

import random
from pathlib import Path

from audiobook.ingest import read_book
from audiobook.models import BookPlan
from audiobook.text.segmenter import SegmentOptions, plan_book
from samples.structure import Entry, page, write_book
from samples.synthetic import chapter_paragraphs

STRUCTURE = Path(__file__).resolve().parent.parent / "samples" / "structure"


def _heard(plan: BookPlan) -> dict[str, str]:
    """Each short text (a heading, a number, a letter) and what the listener hears for it."""
    return {s.text: s.spoken or s.text for c in plan.chapters for s in c.segments if len(s.text) < 40}


def _book(tmp_path: Path, headings: list[str], body_words: int = 60) -> Path:
    """An EPUB 3 of one chapter file a heading, as Standard Ebooks sets them (an <h2> in a <section>)."""
    rng = random.Random(7)
    pages = [(f"c{n}.xhtml", page(heading, f'<section epub:type="chapter"><h2>{heading}</h2>' + "".join(
        f"<p>{p}</p>" for p in chapter_paragraphs(body_words, rng)) + "</section>"))
             for n, heading in enumerate(headings)]
    toc = [Entry(heading, f"c{n}.xhtml") for n, heading in enumerate(headings)]
    return write_book(tmp_path / "book.epub", "The Light", "Ada Moss", "en", pages, toc)


def test_a_story_part_numbered_i_is_one_not_the_pronoun() -> None:
    """three-cases.epub: the stories' parts are headed "I", "II", "III". The first was read as the pronoun "I"
    and the second as "two"; each is its number now, and the chapter titles are what they were."""
    plan = plan_book(read_book(STRUCTURE / "three-cases.epub"))
    first = [s for s in plan.chapters[0].segments if s.text == "I"]
    assert [s.spoken for s in first] == ["one"]
    assert [s.spoken for s in plan.chapters[1].segments if s.text == "II"] == ["two"]
    assert plan.chapters[0].title == "The Copper Key, I"


def test_roman_chapter_headings_alone_or_before_a_title_are_numbers(tmp_path: Path) -> None:
    """Untitled chapters headed "I", "II"... (Standard Ebooks' `<h2 epub:type="ordinal z3998:roman">`), and
    headings that open with the numeral before a stop, a colon or a dash; "I, Claudius" keeps its pronoun, and
    "V. I. Lenin" his initials."""
    headings = ["I", "II.", "III: The Storm", "IV — The Calm", "V. Night Falls", "I, Claudius", "XCIX", "C",
                "V. I. Lenin"]
    heard = _heard(plan_book(read_book(_book(tmp_path, headings))))
    assert heard == {"I": "one", "II.": "two", "III: The Storm": "Three: The Storm",
                     "IV — The Calm": "Four — The Calm", "V. Night Falls": "Five. Night Falls",
                     "I, Claudius": "I, Claudius", "XCIX": "ninety-nine", "C": "one hundred",
                     "V. I. Lenin": "V. I. Lenin"}


def test_a_letters_signature_does_not_make_a_chapters_numeral_a_letter(tmp_path: Path) -> None:
    """A chapter headed "I" that holds a letter signed "J." still says "one"."""
    rng = random.Random(5)
    body = "".join(f"<p>{p}</p>" for p in chapter_paragraphs(80, rng)) + "<p>Yours, in haste,</p><p>J.</p>"
    pages = [("c0.xhtml", page("I", f"<h2>I</h2>{body}"))]
    plan = plan_book(read_book(write_book(tmp_path / "s.epub", "The Light", "Ada Moss", "en", pages,
                                          [Entry("I", "c0.xhtml")])))
    assert (plan.chapters[0].segments[0].text, plan.chapters[0].segments[0].spoken) == ("I", "one")


def test_a_glossarys_letters_are_letters_beside_numbered_chapters(tmp_path: Path) -> None:
    """A glossary headed by letters after chapters headed by numerals: its "C", "D", "I", "L", "M", "V" and
    "X" were "one hundred", "five hundred"... and "five" and "ten"; they are letters. The chapters' "I" and
    "II" are still numbers."""
    rng = random.Random(3)
    chapters = [(f"c{n}.xhtml", page(r, f"<h2>{r}</h2>" + "".join(f"<p>{p}</p>" for p in chapter_paragraphs(80, rng))))
                for n, r in enumerate(["I", "II"])]
    letters = "ABCDEILMVX"
    glossary = "<h2>Glossary</h2>" + "".join(f"<h3>{letter}</h3><p>{letter}-word: a word that opens with {letter}.</p>"
                                             for letter in letters)
    pages = [*chapters, ("glossary.xhtml", page("Glossary", glossary))]
    toc = [Entry("I", "c0.xhtml"), Entry("II", "c1.xhtml"), Entry("Glossary", "glossary.xhtml")]
    plan = plan_book(read_book(write_book(tmp_path / "g.epub", "The Light", "Ada Moss", "en", pages, toc)))
    heard = _heard(plan)
    assert {letter: heard[letter] for letter in letters} == {letter: letter for letter in letters}
    assert heard["II"] == "two"
    chapter_i = plan.chapters[0].segments[0]
    assert (chapter_i.text, chapter_i.spoken) == ("I", "one")


def test_an_alphabet_book_a_letter_a_chapter_reads_letters(tmp_path: Path) -> None:
    """An alphabet book made a letter a chapter: no chapter holds a letter that is no numeral beside its "C",
    but the book does, and it has no numeral of two letters, so "C", "D", "I" and "M" are letters."""
    heard = _heard(plan_book(read_book(_book(tmp_path, list("ABCDEFGHIJKLM"), body_words=30))))
    assert [heard[letter] for letter in "CDIM"] == ["C", "D", "I", "M"]


def test_a_spoken_title_with_its_parts_number_says_the_number_once(tmp_path: Path) -> None:
    """With titles announced, "The Copper Key, I" (a part titled only by its number, given its story's title)
    was heard as "The Copper Key, I", the pronoun, and then as "The Copper Key, one. One.", the heading "I" after
    it. The title's part the heading does not say is announced, and the heading says the number."""
    plan = plan_book(read_book(STRUCTURE / "three-cases.epub"), SegmentOptions(announce_titles=True))
    opening = [[s.heard for s in c.segments[:2]] for c in plan.chapters[:3]]
    assert opening == [["The Copper Key", "one"], ["The Copper Key", "two"], ["The Copper Key", "three"]]
    # the first part's text opens with the story's heading over "I": nothing to announce
    assert [s.kind for c in plan.chapters[:3] for s in c.segments[:2]] == ["text"] * 2 + ["announcement", "text"] * 2


def test_an_announced_title_adds_only_what_the_opening_lines_do_not_say(tmp_path: Path) -> None:
    """"Chapter 1 — The Storm" (the TOC's label and the heading's name) over <h2>The Storm</h2> was heard as
    "Chapter one — The Storm. The Storm."; a title that the heading's two lines say whole was announced before
    them. A chapter whose text says nothing of its title is announced whole."""
    from samples.structure import Entry, page, paragraphs, write_book

    texts = paragraphs(["The ferry to the salt flats ran twice a week, and the surveyor rode it with his chain."] * 3)
    openings = {"Chapter 1": "<h2>The Storm</h2>", "Chapter 2": "<h2>Chapter 2</h2><h3>Low Water</h3>",
                "The Chain": "", "Chapter 4": "<h2>Chapter 4</h2>"}
    pages = [(f"p{n}.xhtml", page("T", opening + texts)) for n, opening in enumerate(openings.values())]
    book = write_book(tmp_path / "said.epub", "Said", "A. Writer", "en", pages,
                      [Entry(label, f"p{n}.xhtml") for n, label in enumerate(openings)])
    plan = plan_book(read_book(book), SegmentOptions(announce_titles=True))
    assert [c.title for c in plan.chapters] == ["Chapter 1 — The Storm", "Chapter 2 — Low Water", "The Chain",
                                                "Chapter 4"]
    announced = [[s.heard for s in c.segments if s.kind == "announcement"] for c in plan.chapters]
    assert announced == [["Chapter one"], [], ["The Chain"], []]


_BODIES = {
    "pl": "Latarnik wszedł po schodach o zmierzchu i zapalił lampę, jak każdego wieczoru od trzydziestu lat. "
          "Morze było spokojne, a mgła powoli schodziła z gór.",
    "ru": "Смотритель поднялся по лестнице в сумерках и зажёг фонарь, как делал каждый вечер тридцать лет. "
          "Море было спокойным, и туман медленно спускался с гор.",
    "de": "Der Wärter stieg in der Dämmerung die Treppe hinauf und zündete die Lampe an, wie jeden Abend seit "
          "dreißig Jahren. Das Meer war ruhig, und der Nebel kam langsam von den Bergen herab.",
}


def test_a_polish_russian_or_german_divisions_number_is_an_ordinal(tmp_path: Path) -> None:
    """"Глава 1" was heard "Глава один" and "Rozdział 21" "Rozdział dwadzieścia jeden", a count's words where a
    reader says the ordinal in the division word's gender; German "1. Kapitel" was "eins. Kapitel"."""
    cases = {"pl": (["Rozdział 1", "Część II. Powrót", "Rozdział 21"],
                    ["Rozdział pierwszy", "Część druga. Powrót", "Rozdział dwudziesty pierwszy"]),
             "ru": (["Глава 1", "Глава 21. Возвращение", "Том 3"],
                    ["Глава первая", "Глава двадцать первая. Возвращение", "Том третий"]),
             "de": (["1. Kapitel", "2. Teil: Die Heimkehr"], ["erstes Kapitel", "zweiter Teil: Die Heimkehr"])}
    for language, (headings, said) in cases.items():
        pages = [(f"c{n}.xhtml", page(heading, f"<h1>{heading}</h1><p>{_BODIES[language]}</p>", language))
                 for n, heading in enumerate(headings)]
        toc = [Entry(heading, f"c{n}.xhtml") for n, heading in enumerate(headings)]
        plan = plan_book(read_book(write_book(tmp_path / f"{language}.epub", "Latarnia", "Ada Moss", language, pages,
                                              toc)))
        heard = _heard(plan)
        assert [heard[heading] for heading in headings] == said, language


def test_a_chapters_number_before_its_title_with_nothing_between_is_followed_by_a_pause(tmp_path: Path) -> None:
    """Headings "1 The Chain", "2 Low Water", "3 Gulls" were heard as "one The Chain", the number run on into the
    title. Where the book's headings count so, the number is said with a stop after it; a lone "12 Angry Men"
    is a title, and a diary's "1 January" a date."""
    counted = _heard(plan_book(read_book(_book(tmp_path, ["1 The Chain", "2 Low Water", "3 Gulls", "4 Ferries"]))))
    assert counted == {"1 The Chain": "one. The Chain", "2 Low Water": "two. Low Water", "3 Gulls": "three. Gulls",
                       "4 Ferries": "four. Ferries"}
    alone = _heard(plan_book(read_book(_book(tmp_path, ["Prologue", "12 Angry Men", "The Storm", "The Calm"]))))
    assert alone["12 Angry Men"] == "twelve Angry Men"
    diary = _heard(plan_book(read_book(_book(tmp_path, ["1 January", "2 January", "3 January", "4 January"]))))
    assert diary["1 January"] == "The first of January"


def test_a_chapters_numeral_in_small_letters_is_a_number(tmp_path: Path) -> None:
    """Headings "Chapter iv", "xiv.", "ii. The Storm" were read as letters ("Chapter eye vee"); in small letters,
    alone or after a division word, the numeral is the chapter's number, in the book's language too ("Livre ii",
    "Rozdział iv" the ordinal). A lone "c" stays a letter, and a word that is no numeral a word."""
    heard = _heard(plan_book(read_book(_book(tmp_path, ["Chapter i", "Chapter iv", "xiv.", "ii. The Storm", "i",
                                                        "c", "Chapter mix"]))))
    assert heard == {"Chapter i": "Chapter one", "Chapter iv": "Chapter four", "xiv.": "fourteen",
                     "ii. The Storm": "Two. The Storm", "i": "one", "c": "c", "Chapter mix": "Chapter mix"}
    plan = plan_book(read_book(_book(tmp_path, ["Rozdział iv", "Rozdział v"])), SegmentOptions(language="pl"))
    assert [c.segments[0].spoken for c in plan.chapters] == ["Rozdział czwarty", "Rozdział piąty"]
