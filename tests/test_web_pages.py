"""Web pages saved as HTML or MHTML: the article is read; the site around it (banner, menus, cookie
notice, sharing links, advertisements, related links, comments, footer) is skipped and listed."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from audiobook.cli import main
from audiobook.ingest import IngestOptions, read_book
from audiobook.ingest.web_page import OUTSIDE_MAIN
from audiobook.models import Book
from tests.helpers import SAMPLES

WEB = SAMPLES / "web"


def read_blocks(book: Book) -> list[str]:
    return [block.text for chapter in book.chapters for block in chapter.blocks]


def reasons(book: Book) -> set[str]:
    return {skipped.reason for skipped in book.skipped}


def test_a_news_article_is_read_without_the_site_around_it() -> None:
    book = read_book(WEB / "harbour-weekly.html")
    assert (book.title, book.authors) == ("The Keeper's Year", ("Ada Moss",))  # not "... | Harbour Weekly"
    assert [chapter.title for chapter in book.chapters] == ["The Keeper's Year", "Winter", "Summer"]
    assert read_blocks(book) == [
        "The Keeper's Year", "By Ada Moss, 12 March 2025",
        "For forty-one years the light on Gull Rock was lit at dusk every evening of the year, whatever the weather, "
        "and for the last eleven of them the keeper was Tom Pike.",
        "He wrote the time in the log in blue ink, and the weather beside it, and he never once missed a night.",
        "Winter",
        "In winter the storms came in from the west, and the spray reached the gallery forty metres above the rocks. "
        "The relief boat could not land for weeks at a time, and the keeper lived on tinned fish and patience.",
        "The lamp room in 1920.",
        "Summer",
        "Summer brought visitors, who climbed the 112 steps and asked the keeper the same three questions: was he "
        "lonely, was he afraid, and what did he do all day.",
        "He told them no, sometimes, and polish the brass."]
    assert reasons(book) >= {OUTSIDE_MAIN, "web page: sharing links", "web page: advertisement",
                             "web page: related links", "web page: the article's footer (tags, links)",
                             "web page: comments"}
    skipped_text = {s.reason: s.words for s in book.skipped}
    assert skipped_text["web page: advertisement"] == 9  # "Advertisement" and the advertisement itself


def test_an_older_blog_is_read_without_the_parts_its_class_names_name() -> None:
    """No HTML5 landmarks: the site's parts are named only by id and class ("header", "topnav",
    "addthis_toolbox", "post-nav", "comments", "sidebar", "footer")."""
    book = read_book(WEB / "coastal-notes.html")
    assert (book.title, book.authors) == ("Keeping the Light", ("Ada Moss",))  # the rel="author" link
    assert read_blocks(book) == [
        "Keeping the Light", "Posted by Ada Moss on 3 May 2009",
        "The keeper climbed the stairs at dusk and lit the lamp, and the beam swept the bay until dawn.",
        "He logged every ship that passed: its name, its flag, and the hour it rounded the point.",
        "On foggy nights he wound the clockwork of the bell by hand every four hours, and slept in his chair."]
    assert reasons(book) == {"web page: site banner", "web page: sharing links", "web page: navigation",
                             "web page: comments", "web page: sidebar", "web page: site footer"}


def test_an_encyclopedia_page_is_read_without_its_edit_links_references_and_categories() -> None:
    book = read_book(WEB / "fresnel-lens.html")
    assert book.title == "Fresnel lens"  # not "Fresnel lens - Shorepedia"
    assert [chapter.title for chapter in book.chapters] == ["Fresnel lens", "History", "Design"]  # no "[edit]"
    text = " ".join(read_blocks(book))
    for site in ("donation", "From Shorepedia", "Jump to", "For the lenses used in cameras", "Contents", "edit",
                 "References", "Rings of Glass", "Lighthouse optics", "Retrieved from", "Categories", "Log in",
                 "last edited", "[1]", "See also", "Catadioptric", "External links", "Harbour Museum"):
        assert site not in text, site
    assert text.endswith("to the small sixth order of harbour lights.")
    assert reasons(book) >= {"web page: site notice", "web page: not printed", "web page: link around the page",
                             "web page: edit links", "web page: references (the article's notes)",
                             "web page: category links", "web page: site footer", "web page: list of links",
                             OUTSIDE_MAIN}
    references = next(s for s in book.skipped if s.reason == "web page: references (the article's notes)"
                      and s.words == 1)
    assert references  # the "References" heading went with its list


def test_a_french_page_keeps_its_language_and_loses_its_advertisement_and_sharing_links() -> None:
    book = read_book(WEB / "le-gardien.html")
    assert (book.title, book.authors, book.declared_language) == ("Le dernier gardien du phare", ("Claire Morvan",),
                                                                  "fr")
    text = " ".join(read_blocks(book))
    for site in ("Aller au contenu", "Gazette", "Accueil", "Publicité", "Partager", "commentaires", "grand-père",
                 "Mentions légales"):
        assert site not in text, site
    assert [chapter.title for chapter in book.chapters] == ["Le dernier gardien du phare", "L'hiver",
                                                            "L'automatisation"]


def test_an_article_title_set_above_main_is_read_with_the_article(tmp_path: Path) -> None:
    """Some sites set the article's <h1> (and its standfirst) in the page's header, above <main>: the
    header's menus are skipped, its title is not."""
    page = tmp_path / "relief-day.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Relief Day | Coast News</title></head><body>'
        '<header class="page-head"><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Relief Day</h1>'
        '<p class="standfirst">Once a month the boat came, weather allowing.</p></header>'
        "<main><p>The relief boat came on the first Monday of the month, when the sea allowed it.</p>"
        "<p>The keepers changed over on the landing stage, and the one going ashore did not look back.</p></main>"
        "<footer>© Coast News</footer></body></html>")
    book = read_book(page)
    assert read_blocks(book) == ["Relief Day", "Once a month the boat came, weather allowing.",
                                 "The relief boat came on the first Monday of the month, when the sea allowed it.",
                                 "The keepers changed over on the landing stage, and the one going ashore did not "
                                 "look back."]
    assert [(s.reason, s.words) for s in book.skipped] == [("web page: navigation", 2), (OUTSIDE_MAIN, 3)]


def test_a_page_naming_its_authors_only_in_structured_data_gives_them(tmp_path: Path) -> None:
    page = tmp_path / "fog.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Fog | Coast News</title>'
        '<script type="application/ld+json">{"broken": </script>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", '
        '"name": "Coast News"}, {"@type": "NewsArticle", "headline": "Fog", "author": [{"@type": "Person", '
        '"name": "Ada Moss"}, {"@type": "Person", "name": "Tom Pike"}]}]}</script></head><body>'
        '<header><a href="/">Coast News</a></header><main><h1>Fog</h1><p>The fog came in at noon and stayed for '
        "three days, and the horn sounded twice a minute.</p></main></body></html>")
    book = read_book(page)
    assert (book.title, book.authors) == ("Fog", ("Ada Moss", "Tom Pike"))


def test_the_articles_own_text_under_a_site_like_class_name_is_read(tmp_path: Path) -> None:
    """"social-history" and "related-research" name a share bar and a related-links box only when
    the block is short or mostly links; a section of the article's text under such a name is read."""
    history = ("The keepers' social history is one of long silences and short visits: the relief boat, the "
               "inspector, and once a year the families, who came out on the supply tender in their best clothes "
               "and stayed until the tide turned.")
    page = tmp_path / "keepers.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Keepers | Coast News</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Keepers</h1>'
        "<p>The last keepers left the rock in 1996, when the light was automated and the station closed.</p>"
        "<p>The station had been manned for one hundred and sixty years, by three keepers at a time, each of them "
        "four weeks on the rock and two weeks ashore, in every weather the Atlantic could send.</p>"
        f'<div class="social-history"><p>{history}</p></div>'
        '<div class="share-bar"><a href="/s/1">Share</a> <a href="/s/2">Post</a></div></article></body></html>')
    book = read_book(page)
    assert history in read_blocks(book) and "Share Post" not in read_blocks(book)
    assert {s.reason for s in book.skipped} == {OUTSIDE_MAIN, "web page: sharing links"}


def test_a_newsletter_posts_likes_counts_and_footer_are_not_read(tmp_path: Path) -> None:
    """A newsletter's post (Substack's) shows its likes, comment count and "Share" above and below the text, in a
    "post-ufi" bar and a "post-footer" inside the <article>: "14237Share" was read after the last paragraph. Both
    are skipped and listed; the sign-off paragraph at the article's end is read."""
    post = ("The relief boat came on the first Monday of the month, when the sea allowed it, with food, oil and "
            "letters, and the keepers changed over on the landing stage without a word. ") * 3
    closing = "The last keepers left the rock in 1996, when the light was automated and the station closed."
    buttons = '<a class="like-button">142</a><a class="comment-button">37</a><a>Share</a>'
    page = tmp_path / "relief.html"
    page.write_text(f'<!DOCTYPE html><html lang="en"><head><title>Relief</title></head><body><article class="post">'
                    f'<h1>Relief</h1><div class="post-ufi">{buttons}</div><div class="body"><p>{post}</p>'
                    f'<div class="sign-off"><p>{closing}</p></div></div><div class="post-footer">{buttons}</div>'
                    f'</article></body></html>')
    book = read_book(page)
    assert read_blocks(book) == ["Relief", post.strip(), closing]
    assert [(s.reason, s.words) for s in book.skipped] == [
        ("web page: sharing links", 3), ("web page: the article's footer (tags, links)", 3)]


def test_a_post_followed_by_replies_marked_as_articles_is_read_without_them(tmp_path: Path) -> None:
    """Blogs mark each reply under a post as an <article> too: the article is the one holding most of
    the page's text, and the replies are outside it."""
    post = ("The relief boat came on the first Monday of the month, when the sea allowed it, with food, oil and "
            "letters, and the keepers changed over on the landing stage without a word. ") * 3
    replies = "".join(f'<article class="reply"><p>{text}</p></article>' for text in
                      ("Lovely, thank you.", "My grandfather kept that light!", "More posts like this please."))
    page = tmp_path / "relief.html"
    page.write_text(f'<!DOCTYPE html><html lang="en"><head><title>Relief</title></head><body><div id="page">'
                    f'<article class="post"><h1>Relief</h1><p>{post}</p></article>{replies}</div></body></html>')
    book = read_book(page)
    assert read_blocks(book) == ["Relief", post.strip()]
    assert [(s.reason, s.words) for s in book.skipped] == [(OUTSIDE_MAIN, 3), (OUTSIDE_MAIN, 5), (OUTSIDE_MAIN, 5)]


def test_include_matter_reads_the_whole_page() -> None:
    book = read_book(WEB / "harbour-weekly.html", IngestOptions(include_matter=True))
    text = " ".join(read_blocks(book))
    assert "We use cookies" in text and "Sea kayaks" in text and "grandfather" in text
    assert not any(s.reason.startswith("web page") for s in book.skipped)


def test_a_book_with_sections_headers_and_a_sidebar_is_not_taken_for_a_web_page(tmp_path: Path) -> None:
    """HTML5 books put a <header> in each section, a letter's signature in a <footer>, and boxes in
    an <aside class="sidebar">: all of it is the book."""
    page = tmp_path / "salt-road.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>The Salt Road</title></head><body>'
        '<section id="c1"><header><h2>Chapter 1</h2><p>The Departure</p></header>'
        "<p>They left at dawn with the salt on three mules and the rain at their backs.</p>"
        '<blockquote><p>Dear brother, the road is long.</p><footer><p>Your sister, Ann</p></footer></blockquote>'
        '<aside class="sidebar"><p>The salt road ran for two hundred miles.</p></aside></section>'
        '<section id="c2"><header><h2>Chapter 2</h2><p>The Ford</p></header>'
        "<p>The ford was high, and the mules would not cross it until the evening.</p></section></body></html>")
    book = read_book(page)
    assert "Your sister, Ann" in read_blocks(book) and "The salt road ran for two hundred miles." in read_blocks(book)
    assert book.skipped == ()


def saved_as_mhtml(page: Path, target: Path) -> Path:
    """The page as a browser saves it "as a single file": MHTML, the HTML quoted-printable, a picture beside it."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = "The Keeper's Year | Harbour Weekly"
    message["MIME-Version"] = "1.0"
    message.set_content(page.read_text(encoding="utf-8"), subtype="html", cte="quoted-printable")
    message.add_related(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", cid="lamp-room.jpg")
    target.write_bytes(message.as_bytes())
    return target


def test_a_page_saved_as_one_mhtml_file_reads_as_the_page_does(tmp_path: Path) -> None:
    saved = saved_as_mhtml(WEB / "harbour-weekly.html", tmp_path / "keepers-year.mhtml")
    assert b"=3D" in saved.read_bytes()  # really quoted-printable
    book, page = read_book(saved), read_book(WEB / "harbour-weekly.html")
    assert (book.title, book.authors) == (page.title, page.authors)
    assert [c.title for c in book.chapters] == [c.title for c in page.chapters]
    assert read_blocks(book) == read_blocks(page)
    assert [(s.reason, s.words) for s in book.skipped] == [(s.reason, s.words) for s in page.skipped]
    result = CliRunner().invoke(main, ["inspect", str(saved)])
    assert result.exit_code == 0 and "web page: comments" in result.output


@pytest.mark.parametrize("href", ["cid:css-1@mhtml.blink", "https://harbour.example/static/site.css",
                                  "static/site.css"])
def test_a_saved_pages_stylesheet_inside_the_mhtml_file_hides_what_the_site_hides(tmp_path: Path, href: str) -> None:
    """A browser saves the page's stylesheets as parts of the MHTML file (Chromium links them by Content-ID); a
    class the site hides (display:none: a "print only" line, a sign-in prompt) is skipped as it is beside a page
    saved as a folder, not read."""
    page = ('<!DOCTYPE html><html lang="en"><head><title>Tide Tables</title>'
            f'<link rel="stylesheet" href="{href}"></head><body><main><article><h1>Tide Tables</h1>'
            "<p>The tide tables were printed each winter and pinned beside the door of the lamp room.</p>"
            '<p class="print-only">Printed from harbour.example on 3 March.</p>'
            "<p>The keeper checked them against the sea every morning and wrote down where they were wrong.</p>"
            "</article></main></body></html>")
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = "Tide Tables"
    message.set_content(page, subtype="html", cte="quoted-printable")
    message.add_related(".print-only { display: none }\n", subtype="css", cid="<css-1@mhtml.blink>")
    html_part, sheet = message.get_payload()
    html_part["Content-Location"] = "https://harbour.example/tides.html"
    sheet["Content-Location"] = "https://harbour.example/static/site.css"
    saved = tmp_path / "tides.mhtml"
    saved.write_bytes(message.as_bytes())
    book = read_book(saved)
    assert "Printed from harbour.example on 3 March." not in read_blocks(book)
    assert [(s.reason, s.words) for s in book.skipped if s.reason.startswith("hidden")] == [
        ("hidden from readers (hidden, aria-hidden or display:none)", 6)]


def test_a_project_gutenberg_html_book_is_not_taken_for_a_web_page(tmp_path: Path) -> None:
    """Project Gutenberg's HTML5 files put their header and licence in <section id="pg-header">
    and "pg-footer", and old books open with an "ADVERTISEMENT" (the author's notice) and end with
    the publisher's: the book's own rules decide them, never the web page's."""
    page = tmp_path / "pg12345-images.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>The Lamp Oil | Project Gutenberg</title></head><body>'
        '<section class="pg-boilerplate pgheader" id="pg-header" lang="en"><h2 id="pg-header-heading">The Project '
        "Gutenberg eBook of The Lamp Oil</h2><p>This ebook is for the use of anyone anywhere in the United States and "
        "most other parts of the world at no cost and with almost no restrictions whatsoever.</p>"
        '<div id="pg-start-separator"><span>*** START OF THE PROJECT GUTENBERG EBOOK THE LAMP OIL ***</span></div>'
        "</section><h1>The Lamp Oil</h1>"
        '<div class="chapter"><h2>ADVERTISEMENT.</h2><p>This little work was finished in the year 1803, and intended '
        "for immediate publication. It was sold to a bookseller, advertised, and then laid aside for thirteen years, "
        "for reasons the author never learned.</p></div>"
        '<div class="chapter"><h2>CHAPTER I.</h2><p>The oil came in casks from the south, and the keeper measured '
        "every gallon of it into the tank below the lamp, and wrote the measure in the log, and locked the store room "
        "behind him every night.</p></div>"
        '<div class="chapter"><h2>CHAPTER II.</h2><p>By spring the casks were empty, and the relief boat was late, and '
        "the keeper burned the lamp low to make the last of the oil last until it came round the point at last.</p>"
        '<div class="advertisement"><p>NEW BOOKS FOR THE COAST. The Tide Tables, price one shilling.</p></div></div>'
        '<section class="pg-boilerplate pgheader" id="pg-footer" lang="en"><div id="pg-end-separator"><span>'
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LAMP OIL ***</span></div><p>Updated editions will replace the "
        "previous one.</p></section></body></html>")
    book = read_book(page)
    assert not any(s.reason.startswith("web page") for s in book.skipped), book.skipped
    assert [chapter.title for chapter in book.chapters] == ["ADVERTISEMENT.", "CHAPTER I.", "CHAPTER II."]
    assert "NEW BOOKS FOR THE COAST. The Tide Tables, price one shilling." in read_blocks(book)


def test_a_library_folder_scan_takes_saved_pages_word_files_and_fictionbooks_too(tmp_path: Path) -> None:
    from audiobook.flows.render_library import find_sources

    for name in ("article.mhtml", "old.mht", "page.html", "notes.rtf", "cover.jpg", "mayak.fb2.zip", "photos.zip",
                 "tale.fb2", "draft.docx", "old.doc", "draft.odt", "scan.pdf"):
        (tmp_path / name).write_bytes(b"")
    assert [path.name for path in find_sources([str(tmp_path)])] == ["article.mhtml", "draft.docx", "draft.odt",
                                                                     "mayak.fb2.zip", "old.mht", "page.html",
                                                                     "scan.pdf", "tale.fb2"]
