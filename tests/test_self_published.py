"""A self-published novel as Vellum-like tools make it (samples/structure/ember-line.epub): its chapters
are read whole, and the pages around them that sell rather than tell (reviewers' praise, a review asked
for, the author's other books, a free book for signing up) are skipped and listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.ingest import IngestOptions, read_book
from audiobook.ingest.matter import PRAISE, matter_reason
from tests.helpers import SAMPLES

EMBER = SAMPLES / "structure" / "ember-line.epub"


def test_the_story_is_read_and_the_pages_that_sell_it_are_skipped_with_their_reasons() -> None:
    book = read_book(EMBER)
    assert [c.title for c in book.chapters] == [
        "Dedication", "1. The Letter", "2. The Station", "3. The Ember Line", "Acknowledgments", "About the Author"]
    skipped = {s.href: s.reason for s in book.skipped}
    assert skipped["praise.xhtml"] == f"front/back matter ({PRAISE})"
    marketing = "front/back matter (the author's or publisher's marketing page, by its content"
    assert skipped["review.xhtml"].startswith(marketing) and skipped["free-book.xhtml"].startswith(marketing)
    assert skipped["also-by.xhtml"] == "front/back matter (Also by Jane Doe, by its title)"
    assert set(skipped) == {"title.xhtml", "copyright.xhtml", "praise.xhtml", "review.xhtml", "also-by.xhtml",
                            "free-book.xhtml"}
    text = " ".join(b.text for c in book.chapters for b in c.blocks)
    for sold in ("I could not put it down", "Amazon", "The Frost Road", "giveaways"):
        assert sold not in text
    everything = " ".join(b.text for c in read_book(EMBER, IngestOptions(include_matter=True)).chapters
                          for b in c.blocks)
    for sold in ("I could not put it down", "Amazon", "The Frost Road", "giveaways"):
        assert sold in everything


def test_a_chapter_titled_as_the_book_keeps_its_number_and_title_headings() -> None:
    """"3" over "The Ember Line" is the chapter's own heading, not a page number beside a running head."""
    chapters = read_book(EMBER).chapters
    opening = [[b.text for b in c.blocks[:2]] for c in chapters[1:4]]
    assert opening == [["1", "The Letter"], ["2", "The Station"], ["3", "The Ember Line"]]
    assert not [s for s in read_book(EMBER).skipped if s.href == "chapter3.xhtml"]


POEM = ["Praise for the morning that finds us awake,", "for the kettle, the window, the frost on the lake,",
        "for the road that goes north and the train that is late,",
        "for the hand on the latch and the key in the gate."]


def test_praise_is_matter_only_when_its_paragraphs_are_quotations() -> None:
    assert matter_reason("Praise for the Morning", POEM) is None
    quotations = ["“A haunting book.” — Reader's Monthly", "“Five stars.”", "— The Northern Review"]
    assert matter_reason("Praise for the Morning", quotations) == PRAISE
    assert matter_reason("Advance Praise", quotations) == PRAISE
    assert matter_reason("Reviews", quotations) is None  # no title that says so: an epigraph page is read
    # in the other languages ("Pressestimmen" opens many a German novel; "Pressröster" a Swedish one)
    for heading in ("Pressestimmen", "Stimmen zum Buch", "Pressröster", "La presse en parle", "Elogios para Ana Gil",
                    "Dicono di lei", "Opinie o książce", "Отзывы о книге", "Pers over De Zoutweg"):
        assert matter_reason(heading, ["„Ein großes Buch.“ — Die Zeit", "« Magnifique. »", "»Stark.« DN"]) == PRAISE
    assert matter_reason("Stimmen zum Buch", ["Die Stimmen im Wald wurden lauter, als sie kam."] * 3) is None


@pytest.mark.parametrize("page", [
    ["What’s next on your reading list?", "Discover your next great read!",
     "Get personalized book picks and up-to-date news about this author.", "Sign up now."],
    ["Thank you for buying this Harbour House ebook.", "To receive special offers, bonus content, and news about our "
     "latest ebooks, sign up for our newsletters."],
    ["Discover great authors, exclusive offers, and more at harbourhouse.example."]])
def test_a_large_publishers_closing_page_is_marketing(page: list[str]) -> None:
    """The page a large publisher closes every ebook with, after the author's own pages ("What's next on your
    reading list? Discover your next great read! ... Sign up now."), was read as the book's last chapter: one mark
    of a marketing page ("sign up now") where two are needed. Its other phrases are marks too; a story that names a
    reading list is not."""
    assert matter_reason("Next Read", page).startswith("the author's or publisher's marketing page")
    assert matter_reason("Chapter 12", page) is None  # under a chapter's heading: the story's
    assert matter_reason("About the Publisher", ["Harbour House, 12 Quay Street, Lisbon."]) is not None
    assert matter_reason("Newsletters", ["Hear about our books first."]) is not None
    assert matter_reason("", ["She kept a reading list by the bed and crossed a title off each Sunday night, then "
                              "read the next one aloud to the cat."]) is None


def test_a_distributors_closing_pages_are_marketing() -> None:
    """A distributor adds its own pages after the author's: "Don't miss out! Click the button below and you can sign
    up to receive emails whenever Ann Writer publishes a new book. There's no charge and no obligation.", and "Did
    you love The Salt Road? Then you should read The Ferry"; and an author asks for a short review. All were read as
    the book's last chapters. A story's "Did you love him?" is read."""
    dont_miss = ["Don't miss out!", "Click the button below and you can sign up to receive emails whenever Ann "
                 "Writer publishes a new book. There's no charge and no obligation.", "Sign Me Up!",
                 "https://books2read.com/r/B-A-ABCD-EFGH", "Connecting independent readers to independent writers."]
    next_book = ["Did you love The Salt Road? Then you should read The Ferry by Ann Writer!",
                 "Maya has one week to find the ferryman before the salt flats flood."]
    review = ["Thank you for reading The Salt Road!", "If you enjoyed it, please consider leaving a short review "
              "wherever you bought it. Reviews help readers like you find books they love."]
    for page in (dont_miss, next_book, review):
        assert matter_reason("", page).startswith("the author's or publisher's marketing page")
    assert matter_reason("Chapter 4", ["Did you love him?", "She did not answer, and the ferry left at noon."]) is None
    assert matter_reason("", ["Did you love him?", "She did not answer, and the ferry left at noon."]) is None


def test_a_story_that_names_an_e_mail_an_editorial_and_a_web_site_is_no_imprint() -> None:
    """Three marks of a publisher's page in a short page made it matter: a named chapter whose story holds an
    e-mail, an editorial and a web address was skipped whole. Marks a story may name count only beside one only a
    rights or publisher's page makes (©, ISBN, "all rights reserved", "contact us"), or in lines, not sentences."""
    story = ["Maya opened her laptop at dawn and read the e-mail twice before she believed it.",
             "The editorial board wanted her piece by noon, so she checked www.harbourtimes.com for the banner.",
             "Her driving license was still in the car, and the car was still at the pier."]
    assert matter_reason("Deadline", story) is None
    assert matter_reason("", [*story, "© 2021 Ann Writer."]) is not None  # a notice under it: the notice's page
    contact = ["Salt Press publishes fine books.", "Contact us at info@saltpress.com or www.saltpress.com."]
    assert matter_reason("", contact) is not None
    assert matter_reason("", ["Publication: 2024", "Source: http://www.example-ebooks.org"]) is not None


@pytest.mark.parametrize("heading", ["Also by Jane Doe", "Other Books by Jane Doe", "Du même auteur",
                                     "Weitere Bücher von Jane Doe", "Otros libros de Jane Doe",
                                     "Altri libri di Jane Doe", "Andere boeken van Jane Doe",
                                     # an older English book's page, as the French "Du même auteur"
                                     "BY THE SAME AUTHOR", "Works by the Same Author"])
def test_the_authors_other_books_are_matter_by_their_title(heading: str) -> None:
    assert matter_reason(heading, ["The Winter Quartet", "The Frost Road", "Salt and Iron"]) == (
        f"{heading}, by its title")


@pytest.mark.parametrize("heading", ["Droits d'auteur", "Urheberrecht", "Derechos de autor", "Diritti d’autore",
                                     "Direitos autorais", "Prawa autorskie", "Авторские права", "Auteursrecht",
                                     "Upphovsrätt", "Drets d'autor"])
def test_a_copyright_page_is_matter_by_its_title_in_the_eleven_languages(heading: str) -> None:
    """"Copyright" was a title in English only: a page so titled in another language was read unless its content
    gave it away."""
    assert matter_reason(heading, ["Marta Ruiz, 2024.", "Salt Press."]) == f"{heading}, by its title"


def test_the_authors_other_books_opening_a_one_file_book_are_not_read(tmp_path: Path) -> None:
    """An HTML book (or one read as HTML: Word, FB2) that opens with "Also by Ines Roca" and its list: the page
    was read as the first chapter, as only the later ones were checked by what they say. The first is checked by
    its title; a first chapter that its title does not call matter is read."""
    story = "".join(f"<p>The ferry to the salt flats ran twice a week, and day {n} was no different.</p>"
                    for n in range(12))
    also = "<h2>Also by Ines Roca</h2><p>The Salt Road</p><p>The Winter Log</p><p>Harbour Lights</p>"
    skipped_as = ["front/back matter (Also by Ines Roca, by its title)"] * 4
    for opening, titles, skipped in ((also, ["Chapter 1", "Chapter 2"], skipped_as),
                                     ("<h2>Tides</h2>" + story, ["Tides", "Chapter 1", "Chapter 2"], [])):
        source = tmp_path / "grey.html"
        source.write_text(f"<html><head><title>The Grey Water</title></head><body>{opening}<h2>Chapter 1</h2>{story}"
                          f"<h2>Chapter 2</h2>{story}</body></html>", encoding="utf-8")
        book = read_book(source)
        assert [c.title for c in book.chapters] == titles
        assert [s.reason for s in book.skipped] == skipped


def test_one_marketing_word_in_a_story_page_is_not_enough() -> None:
    page = ["The parcel from the Amazon page had come at last, and Mara tore it open on the step.",
            "Inside was a map of the northern line, folded so many times that the stations had worn away."]
    assert matter_reason("The Parcel", page) is None
    asked = page + ["If you enjoyed this story, please consider leaving a review."]
    assert matter_reason("The Parcel", asked) is not None
