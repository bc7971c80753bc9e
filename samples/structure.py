"""Sample books with the structures real books get wrong, written for this project's tests.

    python samples/structure.py      # writes samples/structure/*.epub

- salt-road.epub: a Gutenberg-style EPUB 2 made from plain text: 8 spine files, an NCX of
  3 entries, chapter headings as ordinary paragraphs, the header and licence inside files.
- lanterns.epub: poetry with line numbers (classed spans and floated digits), image links,
  and a nav whose one "Poems" entry merges six poem files beside two small entries.
- three-cases.epub: stories whose nav sub-entries are titled only "I", "II", "III".
- cinder-hill.epub: an older Project Gutenberg EPUB 2 (EpubMaker style): header and licence
  set as <br/>-lined divs with one class for both, the START line inside the header, a
  production note, a title page of headings, "LIST OF SONGS" as a paragraph of links, and a
  bibliography under its own NCX entry.
- ember-line.epub: a self-published novel: chapters headed "3" over "The Ember Line" (the book's own
  title), an unmarked copyright page, reviewers' praise, and closing pages that ask for a review, list
  the author's other books and offer a free one for signing up.
- harbour-lights.html and harbour-lights.epub: a work downloaded from a fan-fiction archive (the Archive of
  Our Own's layout) as one HTML document, and as the EPUB made from it, split into files as calibre splits
  it: the site's notice, the work's tags and statistics as a <dl>, the title, by-line, summary and notes,
  chapters with the author's notes, and a closing request to comment on the site.
- le-phare.epub: a French book with an unmarked imprint page (French), an unmarked licence
  page (English), and a long "Mode d'emploi" filed under the nav entry "Page de titre".

Deterministic: fixed timestamps and order, so the committed files match this script.
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

OUT = Path(__file__).resolve().parent / "structure"
FIXED_TIME = (2026, 12, 2, 0, 0, 0)


@dataclass
class Entry:
    label: str
    href: str
    children: list[Entry] = field(default_factory=list)


def page(title: str, body: str, language: str = "en") -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{language}" lang="{language}"><head><title>'
            f'{escape(title)}</title></head><body>{body}</body></html>').encode()


def _landmarks(landmarks: Sequence[tuple[str, str]]) -> str:
    if not landmarks:
        return ""
    return ('<nav epub:type="landmarks"><ol>' + "".join(
        f'<li><a epub:type="{kind}" href={quoteattr(href)}>{escape(kind)}</a></li>' for kind, href in landmarks)
        + "</ol></nav>")


def paragraphs(texts: Sequence[str]) -> str:
    return "".join(f"<p>{escape(t)}</p>" for t in texts)


def _nav(entries: Sequence[Entry]) -> str:
    """An EPUB 3 nav list; an entry without an href is a heading over its children (<span>)."""
    items = "".join(f'<li>{f"<a href={quoteattr(e.href)}>" if e.href else "<span>"}{escape(e.label)}'
                    f'{"</a>" if e.href else "</span>"}{_nav(e.children) if e.children else ""}</li>' for e in entries)
    return f"<ol>{items}</ol>"


def _ncx(entries: Sequence[Entry], counter: itertools.count) -> str:  # type: ignore[type-arg]
    points = ""
    for e in entries:
        n = next(counter)
        points += (f'<navPoint id="n{n}" playOrder="{n}"><navLabel><text>{escape(e.label)}</text></navLabel>'
                   f'<content src="{e.href}"/>{_ncx(e.children, counter)}</navPoint>')
    return points


_FIXED_LAYOUT = '<meta property="rendition:layout">pre-paginated</meta>'


def write_book(target: Path, title: str, author: str, language: str, pages: Sequence[tuple[str, bytes]],
               toc: Sequence[Entry], epub2: bool = False, fixed_layout: bool = False,
               landmarks: Sequence[tuple[str, str]] = (), non_linear: Sequence[str] = ()) -> Path:
    """An EPUB with `pages` (file name, XHTML) in spine order and `toc` as its nav (EPUB 3) or NCX (EPUB 2);
    `fixed_layout`: its pages are laid out as printed (EPUB 3's rendition:layout "pre-paginated"); `landmarks`:
    (epub:type, file name) in the nav's landmarks (EPUB 3); `non_linear`: the pages marked linear="no"."""
    manifest = "".join(f'<item id="p{n}" href="{name}" media-type="application/xhtml+xml"/>'
                       for n, (name, _) in enumerate(pages))
    spine = "".join(f'<itemref idref="p{n}" linear="no"/>' if name in non_linear else f'<itemref idref="p{n}"/>'
                    for n, (name, _) in enumerate(pages))
    if epub2:
        toc_item = '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        toc_file = ("toc.ncx", '<?xml version="1.0" encoding="UTF-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"'
                    f' version="2005-1"><head><meta name="dtb:uid" content="{escape(title)}"/></head><docTitle><text>'
                    f'{escape(title)}</text></docTitle><navMap>{_ncx(toc, itertools.count(1))}</navMap></ncx>')
        spine_open, version = '<spine toc="ncx">', "2.0"
    else:
        toc_item = '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        toc_file = ("nav.xhtml", '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
                    'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
                    f'<nav epub:type="toc">{_nav(toc)}</nav>{_landmarks(landmarks)}</body></html>')
        spine_open, version = "<spine>", "3.0"
    opf = ('<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
           f'version="{version}" unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'<dc:identifier id="uid">urn:audiobook-sample:{escape(target.stem)}</dc:identifier>'
           f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>'
           f'<dc:language>{language}</dc:language>'
           f'{_FIXED_LAYOUT if fixed_layout else ""}</metadata>'
           f'<manifest>{toc_item}{manifest}</manifest>'
           f'{spine_open}{spine}</spine></package>')
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        def add(name: str, data: str | bytes, stored: bool = False) -> None:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data,
                             compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
        add("mimetype", "application/epub+zip", stored=True)
        add("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
            'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/'
            'oebps-package+xml"/></rootfiles></container>')
        add("OEBPS/book.opf", opf)
        add(f"OEBPS/{toc_file[0]}", toc_file[1])
        for name, data in pages:
            add(f"OEBPS/{name}", data)
    return target


# --- The Salt Road: a Gutenberg-style plain-text EPUB -------------------------------------------------

SALT_CHAPTERS = [
    ("Chapter 1 — The Ferry", ["The ferry to the salt flats ran twice a week, and on the Tuesday it carried a "
                               "surveyor, two goats and a crate of lamp oil.",
                               "The surveyor had a brass chain for measuring land, and he told everyone who asked "
                               "that the road across the flats would be finished by spring."]),
    ("Chapter 2 — The Chain", ["Nobody believed him. The flats had swallowed three roads already, and the "
                               "old men at the harbour could name the year each one had gone under.",
                               "Still, the surveyor walked out every morning with his chain and came back every "
                               "evening with salt to his knees and a page of numbers."]),
    ("Chapter 3 — High Water", ["In the third week the spring tide came early and the water stood a hand "
                                "above the marker stones.",
                                "The surveyor waited on the dune with the goats and watched his pegs float away "
                                "one by one, like a line of small boats leaving harbour."]),
    ("Chapter 4 — The Second Survey", ["He began again on the Monday, further inland, where the ground rang "
                                       "hard under a boot heel.",
                                       "This time the children of the village carried the far end of the chain, "
                                       "and they shouted the numbers back across the flats."]),
    ("Chapter 5 — Stones", ["The quarry sent stones by cart, and the carts sank to their axles on the first day "
                            "and rode high on the second, once the men had learned where to lay the brush.",
                            "By midsummer there was a grey line on the flats that a person could walk along "
                            "without wetting a shoe."]),
    ("Chapter 6 — Judgement Day", ["On the day of the inspection the whole village walked the road together, "
                                   "the surveyor in front and the goats at the back.",
                                   "At the far end the inspector stamped his foot twice, wrote one word in his "
                                   "book, and caught the ferry home without saying what it was."]),
]


def salt_road() -> Path:
    header = paragraphs(["The Project Gutenberg eBook of The Salt Road",
                         "This ebook is for the use of anyone anywhere in the United States and most other parts of "
                         "the world at no cost and with almost no restrictions whatsoever. (A sample in that shape.)",
                         "Title: The Salt Road", "Author: Tobias Wren", "Language: English",
                         "*** START OF THE PROJECT GUTENBERG EBOOK THE SALT ROAD ***",
                         "THE SALT ROAD", "by Tobias Wren"])
    pages = [("text00.html", page("The Salt Road", header))]
    for number, (heading, texts) in enumerate(SALT_CHAPTERS, start=1):
        pages.append((f"text{number:02d}.html", page(heading, paragraphs([heading, *texts]))))
    notes = paragraphs(["NOTES", "1. The marker stones stood at every furlong of the old road.",
                        "*** END OF THE PROJECT GUTENBERG EBOOK THE SALT ROAD ***",
                        "Updated editions will replace the previous one; this sample imitates the licence "
                        "section of a Project Gutenberg file.",
                        "THE FULL PROJECT GUTENBERG LICENSE",
                        "The Project Gutenberg Literary Archive Foundation and the Project Gutenberg-tm trademark "
                        "are described at www.gutenberg.org for anyone who asks."])
    pages.append(("text07.html", page("Notes", notes)))
    toc = [Entry("The Project Gutenberg eBook of The Salt Road", "text00.html"),
           Entry("Chapter 1", "text01.html"), Entry("Notes", "text07.html")]
    return write_book(OUT / "salt-road.epub", "The Salt Road", "Tobias Wren", "en", pages, toc, epub2=True)


# --- Lanterns: verse with line numbers, a coarse nav ---------------------------------------------------

POEMS = [
    ("Harbour Lights", ["The harbour lights come on at nine,", "one red, one green, one steady white,",
                        "and every boat that keeps the line", "comes home along the dark all night."]),
    ("The Net Mender", ["Her fingers know the knots by heart,", "she does not look, she does not count,",
                        "she only feels the mesh apart", "and closes it, a small amount."]),
    ("Fog Bell", ["The fog bell tolls a patient two,", "and two again, and two once more,",
                  "for every ship it cannot view", "it names the rocks along the shore."]),
    ("Low Tide", ["The sea goes out to think a while", "and leaves the weed upon the stone;",
                  "the crabs go sideways, single file,", "and every pool becomes a throne."]),
    ("Lamp Room", ["Up ninety steps the keeper climbs", "with oil and cloth and one small flame,",
                   "and trims the wick a hundred times", "and every night it is the same."]),
    ("Night Ferry", ["The night ferry hums across the bay,", "its windows yellow, low and warm,",
                     "and carries the last of the day", "away from us, into the storm."]),
]


def _poem(title: str, lines: list[str], first_number: int) -> bytes:
    body = f"<h2>{escape(title)}</h2>"
    for offset, line in enumerate(lines):
        number = first_number + offset
        if offset % 2 == 0:
            body += f'<p class="line">{escape(line)}<span class="lnum">{number}</span></p>'
        else:
            body += f'<p class="line">{escape(line)} <span style="float: right">{number}</span></p>'
    body += (f'<p class="illus"><img src="lamp.png" alt=""/><a href="images/{title[:4].lower()}.jpg">'
             "ENLARGE TO FULL SIZE</a></p>")
    return page(title, body)


def lanterns() -> Path:
    pages = [("dedication.xhtml", page("Dedication", paragraphs(["For the keepers of every light on this coast, "
                                                                 "and for the people who waited for them."])))]
    for number, (title, lines) in enumerate(POEMS, start=1):
        pages.append((f"poem{number}.xhtml", _poem(title, lines, 1 + 4 * (number - 1))))
    pages.append(("afterword.xhtml", page("Afterword", "<h2>Afterword</h2>" + paragraphs(
        ["These poems were written for a sample book, to test how an audiobook reads verse."]))))
    toc = [Entry("Dedication", "dedication.xhtml"), Entry("Poems", "poem1.xhtml"),
           Entry("Afterword", "afterword.xhtml")]
    return write_book(OUT / "lanterns.epub", "Lanterns", "Orla Finch", "en", pages, toc)


# --- Three Cases: untitled sub-parts -------------------------------------------------------------------

STORIES = {
    "The Copper Key": [["A key arrived by post with no letter, only a label that said: the third door."],
                       ["The third door on Quay Street was a chandler's, and the chandler had no lock at all."],
                       ["The key fitted the chandler's money box, which he had thought lost for years."]],
    "The Silent Bell": [["The chapel bell stopped ringing on a Sunday, though the rope moved as always."],
                        ["Inside the bell somebody had packed a winter coat, neatly folded, with a note."]],
}


def three_cases() -> Path:
    pages, toc = [], []
    for s, (story, parts) in enumerate(STORIES.items(), start=1):
        entry = Entry(story, f"s{s}-1.xhtml")
        for p, texts in enumerate(parts, start=1):
            numeral = "I" * p if p < 4 else "IV"
            name = f"s{s}-{p}.xhtml"
            heading = f"<h1>{escape(story)}</h1>" if p == 1 else ""
            pages.append((name, page(f"{story} {numeral}", heading + f"<h2>{numeral}</h2>" + paragraphs(texts))))
            entry.children.append(Entry(numeral, name))
        toc.append(entry)
    return write_book(OUT / "three-cases.epub", "Three Cases", "Ada Pell", "en", pages, toc)


# --- Le Phare: unmarked imprint and licence pages in two languages, body under "Page de titre" -----------

_MODE_EMPLOI = [
    "Ce livre se lit dans l'ordre, mais chaque chapitre peut aussi se lire seul, comme une promenade le long de la "
    "côte.", "Les lieux sont inventés, les marées ne le sont pas : elles suivent le calendrier d'un port imaginaire "
    "que nous avons dessiné pour l'occasion.", "Quand un mot de marin apparaît pour la première fois, il est expliqué "
    "dans la phrase qui suit, sans note en bas de page.", "Les dialogues sont rares, parce que les gardiens de phare "
    "parlaient peu et écrivaient beaucoup.", "Vous pouvez écouter ce livre la nuit, lampe éteinte, comme on écoute la "
    "mer depuis une chambre d'hôtel.", "Le narrateur change de voix quand le journal de bord prend la parole, et "
    "reprend la sienne quand la tempête se calme.",
]


def le_phare() -> Path:
    title_page = page("Le Phare", "<h1>Le Phare</h1><p>Récit</p><p>Camille Roussel</p>", "fr")
    guide = page("Mode d'emploi", "<h2>Mode d'emploi</h2>" + paragraphs(
        [" ".join(_MODE_EMPLOI[(n + k) % len(_MODE_EMPLOI)] for k in range(4)) for n in range(10)]), "fr")
    imprint = page("", paragraphs(["Le Phare, récit de Camille Roussel.", "© 2026 Éditions de la Jetée. Tous droits "
                                   "réservés pour tous pays.", "Dépôt légal : décembre 2026. ISBN 000-0-00-000000-0.",
                                   "Imprimé en France par l'atelier du projet."]), "fr")
    licence = page("", paragraphs(["This digital edition is distributed under a Creative Commons licence "
                                   "(CC BY 4.0).", "You may copy and share it; please credit the publisher. "
                                   "Contact us at editions@example.org or visit www.example.org."]), "en")
    chapters = [
        ("Chapitre 1 — La lanterne", ["Le gardien monta les quatre-vingt-dix marches avec sa burette d'huile et son "
                                      "chiffon, comme chaque soir depuis vingt ans.",
                                      "En haut, la lanterne attendait, froide et propre, et la mer respirait "
                                      "lentement au pied de la tour."]),
        ("Chapitre 2 — Le journal", ["Il ouvrit le journal de bord et nota le vent, la houle et la couleur du "
                                     "ciel, puis il ajouta une ligne qu'il n'avait jamais écrite auparavant.",
                                     "« Un navire sans feux est passé au large à minuit. »"]),
    ]
    pages = [("titre.xhtml", title_page), ("emploi.xhtml", guide), ("p1.xhtml", imprint)]
    for n, (heading, texts) in enumerate(chapters, start=1):
        pages.append((f"ch{n}.xhtml", page(heading, f"<h1>{escape(heading)}</h1>" + paragraphs(texts), "fr")))
    pages.append(("p9.xhtml", licence))
    toc = [Entry("Page de titre", "titre.xhtml"), Entry("Chapitre 1 — La lanterne", "ch1.xhtml"),
           Entry("Chapitre 2 — Le journal", "ch2.xhtml")]
    return write_book(OUT / "le-phare.epub", "Le Phare", "Camille Roussel", "fr", pages, toc)


# --- Cinder Hill: an older Project Gutenberg EPUB (EpubMaker 0.3 style) ---------------------------------

SONGS = [
    ("SONG I", ["The kilns on Cinder Hill burn low at dusk,", "and the potters walk home with ash in their hair,",
                "singing the count of the pots that did not crack."]),
    ("SONG II", ["Clay from the river, clay from the field,", "each has a voice when the fire gets into it:",
                 "the river clay rings, the field clay only sighs."]),
    ("SONG III", ["In winter the hill is the warmest place for miles,", "and the foxes sleep against the kiln walls",
                  "until the first cart comes up the track at dawn."]),
    ("SONG IV", ["When the last kiln cooled, they left the door open", "so the wind could finish the work,",
                 "and the hill went on humming without them."]),
]


def _pg_div(lines: Sequence[str]) -> str:
    """A monospaced block of lines set with <br/>s, as EpubMaker 0.3 set the header and the licence."""
    return ('<div xml:space="preserve" class="pgmonospaced pgheader"><br/>'
            + "<br/>".join(escape(line) for line in lines) + "<br/></div>")


def _song(number: int, title: str, lines: Sequence[str]) -> str:
    return (f'<h2 id="link{number}">{escape(title)}</h2>'
            + "".join(f"<p>{escape(line)}</p>" for line in lines))


def cinder_hill() -> Path:
    header = _pg_div(["Project Gutenberg's The Cinder Hill, by Margaret Ash", "",
                      "This eBook is for the use of anyone anywhere at no cost and with almost no restrictions "
                      "whatsoever. (A sample written in that shape.)", "", "Title: The Cinder Hill",
                      "Author: Margaret Ash", "Language: English", "",
                      "*** START OF THIS PROJECT GUTENBERG EBOOK THE CINDER HILL ***", "", "Produced by a sample script"])
    note = ('<div class="mynote"><a>LINK TO THE ORIGINAL HTML FILE: This Ebook Has Been Reformatted For Better '
            "Appearance In Mobile Viewers. The Original Format May Be Viewed By Clicking On This Box.</a></div>")
    title_page = '<h2 id="top">THE CINDER HILL</h2><h3>BY</h3><h2>MARGARET ASH</h2>'
    contents = ('<h2 id="list">LIST OF SONGS</h2><p>' + "<br/>".join(
        f'<a href="{"p0" if n <= 2 else "p1"}.html#link{n}" class="pginternal">Song {n}</a>' for n in range(1, 5))
        + "</p>")
    first = (f"<h1>THE CINDER HILL</h1>{header}{note}{title_page}{contents}"
             + "".join(_song(n, *SONGS[n - 1]) for n in (1, 2)))
    bibliography = ('<h2 id="bib">Bibliography</h2><ol>' + "".join(f"<li>{escape(b)}</li>" for b in (
        "Ash, Margaret, Kiln Songs of the North.", "Ash, Margaret, A Potter's Almanac.",
        "Reed, Tomas, The River Clays and Their Uses.")) + "</ol>")
    second = "".join(_song(n, *SONGS[n - 1]) for n in (3, 4)) + bibliography
    licence = _pg_div(["End of the Project Gutenberg EBook of The Cinder Hill, by Margaret Ash", "",
                       "*** END OF THIS PROJECT GUTENBERG EBOOK THE CINDER HILL ***", "",
                       "Updated editions will replace the previous one. Creating the works from public domain print "
                       "editions means that no one owns a United States copyright in these works. (A sample "
                       "written in that shape.)"])
    pages = [("p0.html", page("THE CINDER HILL", first)), ("p1.html", page("THE CINDER HILL", second)),
             ("p2.html", page("THE CINDER HILL", licence))]
    toc = [Entry("THE CINDER HILL", "p0.html#top", [
        Entry("LIST OF SONGS", "p0.html#list"), *(Entry(title, f'{"p0" if n <= 2 else "p1"}.html#link{n}')
                                                  for n, (title, _) in enumerate(SONGS, start=1)),
        Entry("Bibliography", "p1.html#bib")])]
    return write_book(OUT / "cinder-hill.epub", "The Cinder Hill", "Margaret Ash", "en", pages, toc, epub2=True)


# --- Mila and the Lamp: a fixed-layout picture book -------------------------------------------------------

MILA_PAGES = [  # each page's lines, as printed
    ["Mila lived at the top of", "the lighthouse with her", "grandfather and a grey cat", "called Biscuit."],
    ["Every night they climbed the", "long stairs together to", "light the great lamp."],
    ["One night the wind blew so", "hard that the windows rattled", "and the cat hid under the bed."],
    ["Grandfather said the ships", "needed the light more than", "ever on a night like this."],
    ["So Mila carried the oil can,", "and Grandfather carried the", "matches, and Biscuit stayed", "behind."],
    ["At the top the lamp was cold", "and dark, and far out at sea a", "small boat was looking for"],
    ["home. Mila struck the match,", "the wick caught, and the light", "swept over the dark water."],
    ["In the morning a fisher-", "man came to the door with a", "basket of fish to say thank you."],
    ["Biscuit came out from under", "the bed at once, because he", "liked fish very much."],
    ["The End"],
]


def picture_page(number: int, lines: list[str]) -> bytes:
    """A page as fixed-layout tools export it: odd pages a paragraph of positioned line spans (InDesign's way,
    one line's span ending in its space, the next not), even pages a positioned box for each line."""
    if number % 2:
        spans = "".join(f'<span id="_idTextSpan{number:02d}{n}" class="CharOverride-1" style="position:absolute;'
                        f'top:{40 + 36 * n}px;left:0px;">{escape(line)}{" " if n == 0 else ""}</span>'
                        for n, line in enumerate(lines))
        text = f'<div id="_idContainer{number:03d}" class="Text-Frame"><p class="Body ParaOverride-1">{spans}</p></div>'
    else:
        text = "".join(f'<div class="line" style="position:absolute;left:80px;top:{90 + 40 * n}px"><span>'
                       f'{escape(line)}</span></div>' for n, line in enumerate(lines))
    return (f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><meta '
            f'name="viewport" content="width=1200,height=900"/><title>Mila and the Lamp</title></head><body>'
            f'<div class="page"><img src="art/p{number:02d}.jpg" alt=""/>{text}</div></body></html>').encode()


def mila() -> Path:
    title = page("Mila and the Lamp", '<p class="title">Mila and the Lamp</p><p>Nora Quill</p>').replace(
        b"<head>", b'<head><meta name="viewport" content="width=1200,height=900"/>')  # a fixed-layout page's size
    pages = [("title.xhtml", title)]
    pages += [(f"p{n:02d}.xhtml", picture_page(n, lines)) for n, lines in enumerate(MILA_PAGES, start=1)]
    toc = [Entry("Title Page", "title.xhtml")] + [Entry(f"Page {n}", f"p{n:02d}.xhtml")
                                                   for n in range(1, len(MILA_PAGES) + 1)]
    return write_book(OUT / "mila.epub", "Mila and the Lamp", "Nora Quill", "en", pages, toc, fixed_layout=True)


# --- The Ember Line: a self-published novel as Vellum-like tools make it --------------------------------

EMBER_CHAPTERS = [
    ("The Letter", ["Mara found the letter under the door on the first cold morning of the year. It had no stamp, "
                    "and the envelope smelled faintly of pine smoke and engine oil.",
                    "She read it twice at the kitchen table while the kettle ticked. Her brother had written four "
                    "lines, and none of them explained where he had been for eleven months."]),
    ("The Station", ["The northern line still ran twice a day, though nobody could say why. Mara bought a ticket "
                     "from a machine that printed it crooked and waited on the platform with her collar up.",
                     "The train came in late and nearly empty. A conductor with a grey beard punched her ticket and "
                     "told her the heating had been broken since October."]),
    ("The Ember Line", ["At the end of the line there was a village of twelve houses and one lit window. Mara "
                        "walked toward it through snow that squeaked under her boots.",
                        "Her brother opened the door before she knocked. He looked thinner, and older, and not at "
                        "all surprised to see her."]),
]
EMBER_MATTER = [  # (file, nav label, heading or "", paragraphs), after the chapters
    ("acknowledgments.xhtml", "Acknowledgments", "Acknowledgments",
     ["Thanks to my editor Sam, to my first readers, and to the night train north, which was late every time."]),
    ("review.xhtml", "Enjoyed this book?", "Enjoyed this book?",
     ["Reviews are the most powerful tool an independent author has. If you enjoyed The Ember Line, I would be "
      "very grateful if you could spend five minutes leaving a review on the book's Amazon page.", "Thank you."]),
    ("also-by.xhtml", "Also by Jane Doe", "Also by Jane Doe",
     ["The Winter Quartet", "The Ember Line", "The Frost Road", "The Cold Harbour", "Standalone", "Salt and Iron"]),
    ("free-book.xhtml", "Get a free book", "Get a free book",
     ["Join my readers' club and get The Frost Road's prequel, a free novella, with news of new releases and "
      "giveaways.", "Sign up at janedoebooks.example/free"]),
    ("about.xhtml", "About the Author", "About the Author",
     ["Jane Doe lives in a cold house by the sea with two cats and too many books. She has worked as a ferry "
      "deckhand, a librarian and a night-shift baker."]),
]


def ember_line() -> Path:
    """Chapters headed by a number over a title (the third titled as the book); unmarked front pages (copyright,
    reviewers' praise) and the marketing pages that close a self-published book."""
    front = [
        ("title.xhtml", "Title Page", page("The Ember Line", '<h1 class="title">The Ember Line</h1><p class="author">'
                                                          'Jane Doe</p><p class="publisher">Quiet Harbour Press</p>')),
        ("copyright.xhtml", "Copyright", page("Copyright", paragraphs([
            "Copyright © 2026 by Jane Doe", "All rights reserved.", "No part of this book may be reproduced without "
            "written permission from the author, except for brief quotations in a book review.",
            "This is a work of fiction. Names, characters, places and incidents are the products of the author's "
            "imagination.", "Cover design by Pine and Ink", "ISBN 978-0-00-000000-0"]))),
        ("dedication.xhtml", "Dedication", page("Dedication", '<p class="dedication">For my brother, who always '
                                                              'came back.</p>')),
        ("praise.xhtml", "Praise for Jane Doe", page("Praise", "<h1>Praise for Jane Doe</h1>" + paragraphs([
            "“A haunting book. I could not put it down.”", "— Reader's Monthly",
            "“Doe writes winter like nobody else.” — The Northern Review"]))),
    ]
    pages = [(name, data) for name, _, data in front]
    toc = [Entry(label, name) for name, label, _ in front]
    for number, (title, texts) in enumerate(EMBER_CHAPTERS, start=1):
        pages.append((f"chapter{number}.xhtml", page(title, f'<h1 class="chapter-number">{number}</h1>'
                                                            f'<h2 class="chapter-title">{title}</h2>'
                                                            + paragraphs(texts))))
        toc.append(Entry(f"{number}. {title}", f"chapter{number}.xhtml"))
    for name, label, heading, texts in EMBER_MATTER:
        pages.append((name, page(label, f"<h1>{escape(heading)}</h1>" + paragraphs(texts))))
        toc.append(Entry(label, name))
    return write_book(OUT / "ember-line.epub", "The Ember Line", "Jane Doe", "en", pages, toc)


# --- Harbour Lights: a work as a fan-fiction archive's download ---------------------------------------

HARBOUR_WORK = "https://archiveofourown.org/works/40000001"
HARBOUR_TAGS = [("Rating", "General Audiences"), ("Archive Warning", "No Archive Warnings Apply"),
                ("Category", "Gen"), ("Fandom", "Original Work"), ("Characters", "Maren Holt, Tobias Reed"),
                ("Additional Tags", "Slow Burn, Lighthouses, Found Family, Hurt/Comfort"), ("Language", "English"),
                ("Stats", "Published: 2024-03-02 Completed: 2024-04-11 Words: 1412 Chapters: 3/3")]
HARBOUR_CHAPTERS = [
    ("Chapter 1: The Lamp Room", "This chapter was written on a very long train journey.", [
        "The lamp room smelled of paraffin and salt. Maren wiped each pane of the lantern glass in turn, as her "
        "grandmother had taught her, and watched the last of the fishing boats come round the point.",
        "She knew the boat before she could read its name. It rode low in the water, and the man at the tiller "
        "stood the way he always stood, one hand on the rail as if the sea might change its mind about him.",
        "“You're late,” she said when he came up the steps an hour later, smelling of diesel and rain.",
        "“The tide was late,” Tobias said. “I only follow it.”"],
     "Paraffin lamps were replaced in most lighthouses long ago, but not in this one."),
    ("Chapter 2: Fog", "", [
        "The fog came in on the third morning and stayed for a week. The foghorn sounded every thirty seconds, "
        "day and night, until Maren stopped hearing it and started hearing the gaps instead.",
        "Tobias could not take the boat out. He sat on the floor of the lamp room with his back against the wall, "
        "reading aloud from a tide table as if it were a novel.",
        "“High water at six minutes past four,” he read, gravely. “It's a thriller, Maren. I can't put it down.”"],
     ""),
    ("Chapter 3: Clear Weather", "The last one! Thank you all for reading.", [
        "When the fog lifted it went all at once, as if someone had drawn back a curtain.",
        "“I thought I might stay,” Tobias said. “If the keeper would have me. I could learn the lamp.”",
        "She handed him the cloth, and showed him how to wipe the glass, one pane at a time."], ""),
]


def _harbour_parts() -> dict[str, str]:
    """The download's parts as XHTML: preface (notice and tags), title (title, by-line, summary, notes),
    chapters, afterword."""
    tags = "".join(f"<dt>{escape(label)}:</dt><dd>{escape(value)}</dd>" for label, value in HARBOUR_TAGS)

    def notes(label: str, text: str) -> str:
        return f'<p>{label}</p><blockquote class="userstuff"><p>{escape(text)}</p></blockquote>' if text else ""

    parts = {
        "preface": f'<div id="preface"><h2 class="toc-heading">Harbour Lights</h2><p class="message"><b>Posted '
                   f'originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href='
                   f'"{HARBOUR_WORK}">{HARBOUR_WORK}</a>.</b></p><div class="meta"><dl class="tags">{tags}</dl>'
                   "</div></div>",
        "title": '<div class="meta"><h1>Harbour Lights</h1><div class="byline">by <a rel="author" href="https://'
                 'archiveofourown.org/users/wrenfield">wrenfield</a></div>'
                 + notes("Summary", "Maren keeps the harbour light. Tobias keeps coming back to the harbour. "
                                    "Neither of them is very good at saying what they mean.")
                 + notes("Notes", "Thank you to my beta reader, who caught every missing comma.") + "</div>"}
    for number, (title, before, texts, after) in enumerate(HARBOUR_CHAPTERS, start=1):
        parts[f"chapter{number}"] = (
            f'<div class="meta group"><h2 class="heading">{escape(title)}</h2>{notes("Chapter Notes", before)}'
            f'</div><div class="userstuff">{paragraphs(texts)}</div>'
            + (f'<div class="meta group">{notes("Chapter End Notes", after)}</div>' if after else ""))
    parts["afterword"] = (
        '<div id="afterword"><div class="meta">'
        + notes("End Notes", "I would love to hear what you thought of the ending.")
        + '</div><div id="work_endnotes"><p>Works inspired by this one:</p><ul><li><a href="https://archiveofourown'
          '.org/works/40000002">Harbour Lights, read aloud</a> by someone_else</li></ul></div><p class="message">'
          f'Please <a href="{HARBOUR_WORK}/comments/new">drop by the Archive and comment</a> to let the creator '
          "know if you enjoyed their work!</p></div>")
    return parts


def harbour_lights() -> list[Path]:
    """The work as the archive's one-document HTML download, and as an EPUB split a part a file."""
    parts = _harbour_parts()
    html_path = OUT / "harbour-lights.html"
    html_path.write_text(
        '<!DOCTYPE html>\n<html><head><meta charset="UTF-8"/><title>Harbour Lights - wrenfield - Original Work '
        '[Archive of Our Own]</title></head><body>' + parts["preface"] + parts["title"] + '<div id="chapters" '
        'class="userstuff">' + "".join(parts[f"chapter{n}"] for n in range(1, len(HARBOUR_CHAPTERS) + 1))
        + "</div>" + parts["afterword"] + "</body></html>\n", encoding="utf-8")
    pages = [(f"{name}.xhtml", page("Harbour Lights", body)) for name, body in parts.items()]
    toc = [Entry("Preface", "preface.xhtml")] + [Entry(title, f"chapter{number}.xhtml") for number, (title, *_)
                                                 in enumerate(HARBOUR_CHAPTERS, start=1)] + [
        Entry("Afterword", "afterword.xhtml")]
    epub = write_book(OUT / "harbour-lights.epub", "Harbour Lights", "wrenfield", "en", pages, toc, epub2=True)
    return [html_path, epub]


def main() -> list[Path]:
    return [salt_road(), lanterns(), three_cases(), le_phare(), cinder_hill(), mila(), ember_line(),
            *harbour_lights()]


if __name__ == "__main__":
    for path in main():
        print(path)
