"""Safe XHTML parsing and extraction of readable blocks in document order.

The walker turns a content document into a stream of events: `Anchor` (an element
whose id a table-of-contents entry points at), `Block` (readable text with its kind
and language) and `Skipped` (text deliberately not read, with the reason). Chapters
are cut at anchors by the caller. Nothing here knows about EPUB packaging.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

import audiobook.ingest.gutenberg as gutenberg
import audiobook.ingest.web_page as web_page
from audiobook.errors import ParseError, UnsafeInputError
from audiobook.ingest.entities import declares_entities, with_numeric_references
from audiobook.ingest.headings import (
    is_bare_label,
    is_numeral_title,
    label_and_name,
    letters_together,
    looks_like_heading,
)
from audiobook.ingest.hyphens import breaks_a_word, compounds_in, is_split_compound, with_compounds_whole
from audiobook.ingest.line_breaks import LINE_BREAK, lines_apart
from audiobook.ingest.linked_notes import NoteTargets, add_target, drop_linked_notes
from audiobook.ingest.list_markers import ListNumbering, writes_own_marker
from audiobook.ingest.look import HIDDEN, RAISED, declared_look, document_looks, local_name, look_rank
from audiobook.ingest.matter import CONTENTS_TITLE, reads_as_text
from audiobook.ingest.navigation_links import NAVIGATION, is_navigation
from audiobook.ingest.page_furniture import PAGE_NUMBER
from audiobook.ingest.pronunciations import (
    SPAN_CLOSING,
    SPAN_MARKS,
    Pronounced,
    ipa_of,
    pronounced_spans,
    span_opening,
)
from audiobook.models import Block, Skipped

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"

_SKIP_TAGS = frozenset("script style head template noscript svg math audio video object iframe embed canvas button select textarea input".split())
BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figcaption caption div section article aside header footer "
    "main nav body table thead tbody tfoot tr ul ol dl figure hr address center details summary hgroup".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_KIND_BY_TAG = {"li": "list-item", "dt": "list-item", "dd": "list-item", "blockquote": "quote", "pre": "pre", "tr": "table-row",
                "figcaption": "caption", "caption": "caption"}
# epub:type / role values that mark whole regions as front or back matter.
MATTER_TYPES = frozenset(
    "cover titlepage halftitlepage title-page copyright-page colophon toc imprint imprimatur loi lot lof index "
    "landmarks page-list errata license licence bibliography credits".split()
)
# the types of a page, not a list: one holding the book's text besides (a first chapter) is read
PAGE_TYPES = frozenset("cover titlepage halftitlepage title-page copyright-page colophon imprint imprimatur".split())
# a page's epub:type as a class name (Pandoc writes them so); not "cover", which may frame a chapter's picture,
# nor "titlepage", DocBook's class for every chapter's heading block
_PAGE_CLASSES = PAGE_TYPES - {"cover", "titlepage", "title-page"}
_NOTE_TYPES = frozenset("footnote footnotes endnote endnotes rearnote rearnotes note notes".split())
# a passage of the text set again in large type beside it (epub:type or DPUB-ARIA "pullquote", or its class):
# heard twice, the second time in the middle of another paragraph's page
PULL_QUOTE = "pull quote (a passage of the text set again in large type)"
CREDIT = "a picture's or quotation's credit (its source)"
_PULL_QUOTE_CLASS = re.compile(r"(?:^|\s)pull-?quotes?(?:\s|$)", re.IGNORECASE)
FOOTNOTE = "footnote"
MATH_READ_AS_ALTTEXT = "<math> content (its alttext read in its place)"
NOTE_MARKER = "note reference marker"
CITATION = "citation (a reference to the bibliography)"
ALT_TEXT = "image alt text"
PERMALINK = "permalink sign (a link to its own heading: #, ¶, §)"
_PERMALINK_SIGNS = frozenset({"#", "¶", "§", "🔗", "⚓", "⚓︎"})  # Node.js's "#", Sphinx's and MkDocs' "¶"
# a permalink outside a heading says what it is: Sphinx's <a class="headerlink" title="Link to this definition">
_PERMALINK_CLASS = re.compile(r"headerlink|permalink|anchor|link to this", re.IGNORECASE)
# notes marked by class only (Project Gutenberg's HTML and the EPUBs made from it), and their markers
# LibreOffice's "sdfootnote"; calibre numbers a class it writes again with other rules: "footnote1"
_NOTE_CLASS = re.compile(r"(?:^|\s)(?:sd)?(?:foot|end)notes?\d*(?:\s|$)", re.IGNORECASE)
_NOTE_MARKER_CLASS = re.compile(r"footnote|fnanchor|note-?ref|footref|(?:^|[\s_-])fn(?:ref)?\d*(?:$|[\s_-])",
                                re.IGNORECASE)
# the heading set above notes ("FOOTNOTES:", "Anmerkungen"), skipped with them
NOTES_TITLE = re.compile(r"^(?:foot ?notes?|end ?notes?|notes?|fu(?:ß|ss)noten|anmerkungen|endnoten|notas?|note|"
                         r"noten|voetnoten|eindnoten|fotnoter|slutnoter|przypisy|примечания|сноски|"
                         r"notes de bas de page|notes de fin)\W*$", re.IGNORECASE)
_NOTE_REF = re.compile(r"^[\[\(]?[\d*†‡§a-zA-Z]{1,4}[\]\)]?$")
_GLUED_NOTE_REF = re.compile(r"^[\d*†‡]{1,3}$")  # a marker set as plain text against the word before it
# marks that close up to the word before them: what a skipped note marker or page number leaves a space before
_CLOSING_MARKS = frozenset(".,;:!?)]…")
INVISIBLE_MARKS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = str.maketrans("", "", INVISIBLE_MARKS)
_MU_AS_MICRO = re.compile(r"(?<=\d)(\s?)μ(?=[mgLls]\b)")  # "5 μm": a unit after a number
# typographic ligatures (PDF conversions keep them: "ﬁnd", which the script check cut to "nd") as their letters,
# and the modifier letter apostrophe ("donʼt", which espeak-ng spelled) as the apostrophe; Dutch "ĳ" set as one
# character ("ĳs", which espeak-ng read "is") as its two letters
_LIGATURES_AND_APOSTROPHE = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "ʼ": "’",
                             "ĳ": "ij", "Ĳ": "IJ"}
_AS_LETTERS = str.maketrans(_LIGATURES_AND_APOSTROPHE)
# numbering printed beside the text: line numbers of verse, page numbers of the print edition
_LINE_NUMBER_CLASS = re.compile(r"(?:^|[\s_-])(?:lnum|linenum|line-?num(?:ber)?|lineno|linenr|verse-?num|numline)",
                                re.IGNORECASE)
_PAGE_NUMBER_CLASS = re.compile(r"(?:^|[\s_-])(?:pagenum|page-?num(?:ber)?|pageno|page-?break)", re.IGNORECASE)
# a class that names a page only where the element holds a number alone: <span class="pb">12</span>, "folio"
_PAGE_CLASS = re.compile(r"(?:^|[\s_-])(?:pb|pg|page|folio)(?:$|[\s_-])", re.IGNORECASE)
_NUMBERING = re.compile(r"^\[?(?:\d{1,5}|[ivxlcdm]{1,8})\]?\.?$", re.IGNORECASE)
_INLINE_TAGS = frozenset("span a small b i em strong sup sub font".split())
# links that lead to a picture: "ENLARGE TO FULL SIZE" is not part of the book
_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|svg|webp|tiff?|bmp)(?:[?#].*)?$", re.IGNORECASE)
_IMAGE_LINK_TEXT = re.compile(
    r"\b(?:enlarge|full[- ]?size|view (?:the )?(?:image|picture|illustration)|larger (?:image|version)|zoom|"
    r"agrandir|vergr[öo]ßern|ampliar|ingrandire|powi[ęe]ksz|увеличить|vergroten|förstora|ampliació)\b",
    re.IGNORECASE)
# the same words as a line of their own, where a conversion kept a link's text without the link ("ENLARGE TO FULL
# SIZE" over each picture in calibre's FB2 of a Gutenberg book)
_IMAGE_LINE_MAX = 40
_IMAGE_LINK_LINE = re.compile(r"^(?:click (?:here )?to )?(?:enlarge(?: to full size| image)?|full[- ]?size(?: image)?|"
                              r"view (?:full[- ]?size|larger|(?:the )?(?:image|picture|illustration))|larger (?:image|"
                              r"version)|agrandir(?: l'image)?|vergr[öo]ßern|ampliar|ingrandire|powi[ęe]ksz|"
                              r"увеличить|vergroten|förstora)\W*$", re.IGNORECASE)

# paragraph styles that word processors and layout programs export as classes: "Heading_20_2" (LibreOffice),
# "Heading2" (Word), "Chapter-Title", "Part-Number" (InDesign). On <p> or <div>, short, they are headings
# in books made without <h1>-<h6>; their level orders parts above chapters.
_HEADING_STYLE = re.compile(r"^(?:heading|head|h|titre|t[íi]tulo|titolo|[üu]?berschrift|kop|rubrik|nag[łl][óo]wek|"
                            r"заголовок)([1-6])$")
_DIVISION_STYLE = re.compile(r"^(?:(part)|chapter|chap)(?:title|heading|head|name|number|num|no|label)?$")
_DIVISION_STYLE_LEVELS = {"part": 1, None: 2}
HEADING_STYLE_MAX_WORDS = 25  # a longer element is a container ("<div class='chapter'>" around a chapter)
_LOOK_MAX_CHARS = 120  # a paragraph set apart by its look is a heading only when this short
_STYLED = frozenset({"p", "div"})


def heading_style_level(classes: str) -> int:
    """The heading level a paragraph style names ("Heading_20_2" 2, "Chapter-Title" 2, "PartTitle" 1), or 0."""
    for token in classes.lower().split():
        token = token.replace("_20_", "").replace("-", "").replace("_", "")
        if match := _HEADING_STYLE.match(token):
            return int(match.group(1))
        if match := _DIVISION_STYLE.match(token):
            return _DIVISION_STYLE_LEVELS[match.group(1)]
    return 0


def _holds_blocks(element: etree._Element) -> bool:
    """Whether an element holds a heading or two blocks: a short chapter's container (<div class="chapter">
    around its <h2> and one paragraph), not a heading styled by its class."""
    blocks = [local_name(child) for child in element if local_name(child) in BLOCK_TAGS]
    return len(blocks) > 1 or any(tag in _HEADINGS for tag in blocks)


_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True,
                       remove_pis=True)


@dataclass(frozen=True)
class Anchor:
    """An element with an id that a table-of-contents entry points at."""

    id: str


Event = Anchor | Block | Skipped


def parse_xml(data: bytes, *, source: str, href: str) -> etree._Element:
    """Parse XML bytes strictly and safely (no DTD loading, no entity resolution, no network)."""
    if declares_entities(data):
        raise UnsafeInputError(source, f"{href}: declares XML entities (refused: entity-expansion risk)")
    data = with_numeric_references(data, source=source, href=href)
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(source, f"{href}: malformed XML: {exc.msg} (line {exc.lineno})") from exc
    except ValueError as exc:  # e.g. an encoding declaration lxml refuses
        raise ParseError(source, f"{href}: unreadable XML: {exc}") from exc


def _stands_alone(link: etree._Element, text: str) -> bool:
    """Whether a link is all of its parent's words: "Plate IV" alone under a picture is the way to a larger one,
    "see <a href="map.png">the map</a> for details" is the sentence's."""
    parent = link.getparent()
    return parent is None or not any(ch.isalnum() for ch in element_text(parent).replace(text, "", 1))


def semantic_types(element: etree._Element) -> set[str]:
    """epub:type tokens plus DPUB-ARIA roles (without the doc- prefix). A bare `type` counts too: KindleUnpack
    writes a KF8 book's epub:type without its prefix (<a type="noteref">, <aside type="footnote">), and HTML's own
    values (a MIME type, a list's numbering, a form field's kind) are none of the tokens read here. An HTML file
    parsed as HTML keeps "epub:type" as the attribute's name (a page saved from an EPUB reader)."""
    types = set(f"{element.get(EPUB_TYPE) or element.get('epub:type') or ''} {element.get('type') or ''}".lower()
                .split())
    for role in (element.get("role") or "").lower().split():
        types.add(role.removeprefix("doc-"))
    return types


def _is_hidden(element: etree._Element) -> bool:
    """Not shown, or not given to screen readers: the `hidden` attribute, aria-hidden="true" (a
    decorative duplicate, such as a drop cap whose word a visually hidden span spells out) or an
    inline display:none. A narrator reads what a screen reader reads."""
    if element.get("hidden") is not None or (element.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = element.get("style")
    return bool(style) and "display:none" in style.replace(" ", "").lower()


_LINE_BROKEN = re.compile(r"(?<=[^\W\d_])-\n\s*(?=([^\W\d_]+))")


def _joined_lines(text: str) -> str:
    """"beauti-\nful" as "beautiful": the hyphen and line break of a word broken at a line's end."""
    return _LINE_BROKEN.sub(lambda m: "" if breaks_a_word(m.string[:m.start() + 1], m.group(1)) else m.group(0), text)


def clean_text(text: str) -> str:
    """Collapse whitespace and drop invisible characters (soft hyphens, zero-width); ligatures ("ﬁ")
    become letters; a Greek mu used as the micro sign ("5 μm") becomes the micro sign, or it is cut as
    Greek text and read "5 m"; a word hyphenated at a line's end ("beauti-\nful") is one word."""
    if any(mark in text for mark in INVISIBLE_MARKS):  # rare; translate costs a dict lookup per character
        text = text.translate(_INVISIBLE)
    if not text.isascii():  # these substring tests cost a third of one regex scan of the text
        # composed, as a keyboard writes it: a file made of decomposed letters ("e" and a combining accent) was read
        # "kaf@" for "café" and "bruke" for "Brücke", and no rule with an accented letter matched it
        text = unicodedata.normalize("NFC", text)
        if "ﬁ" in text or "ﬂ" in text or "ʼ" in text or "ﬀ" in text or "ﬃ" in text or "ﬄ" in text or "ﬅ" in text or (
                "ﬆ" in text or "ĳ" in text or "Ĳ" in text):
            text = text.translate(_AS_LETTERS)
        if "μ" in text:
            text = _MU_AS_MICRO.sub("\\1µ", text)
    if "\n" in text and "-\n" in text:  # (one character's test first: a longer one costs three times as much)
        text = _joined_lines(text)
    return " ".join(text.split())


def count_words(text: str) -> int:
    return len(text.split())


def readable_characters(text: str) -> int:
    """Letters and digits: the measure the no-text-lost check counts."""
    return sum(1 for ch in text if ch.isalnum())


def _goes_on_from_a_letter(text: str) -> bool:
    """Whether a paragraph carries on a word whose first letter is a drop cap set before it: "he lamp", "HE lamp"
    (the rest of the first word in small capitals), not "The lamp"."""
    first = text[:1]
    if first.islower():
        return True
    word = text.split(maxsplit=1)[0] if first.isupper() else ""
    return len(word) > 1 and word.isalpha() and word.isupper()


def is_ornament(text: str) -> bool:
    """A line with no letters or digits ("* * *", "⁂", "———"), or one of the letter-made breaks of fan fiction and
    self-published books ("xXx", "o0o", "-o-", "o O o"): a scene break, heard as a pause."""
    return bool(text.strip()) and (not any(ch.isalnum() for ch in text) or (
        len(text) <= _LETTER_ORNAMENT_MAX and _LETTER_ORNAMENT.fullmatch(text) is not None))


# o's and x's set as a break: mixed, the same at each end ("oOo", "o0o", "xXx"; not "XXX", a numeral, nor "Oooo!"),
# spaced ("o O o", "x x x") or between dashes, tildes or stars ("-o-", "~x~")
_LETTER_ORNAMENT = re.compile(r"\W*(?:(?=[oO0]*o)(?=[oO0]*[O0])([oO0])[oO0]+\1|(?=[xX]*x)(?=[xX]*X)([xX])[xX]+\2|"
                              r"[oO0](?:\W+[oO0]){2,}|[xX](?:\W+[xX]){2,}|[-~*=+_•·]+[oO0xX][-~*=+_•·]+)\W*")
_LETTER_ORNAMENT_MAX = 24


ILLUSTRATION = "image placeholder ([Illustration: ...])"
# where an image was, in Project Gutenberg's plain text and the books made from it: "[Illustration]",
# "[Illustration: The keeper at his lamp.]" (an image's caption, as alt text is not read)
# "[Illustration: ...]", "[Cover Image]", "[Frontispiece]", and a picture's file name where a link to it was
# ("[frontispieceb.jpg (34K)]", as Project Gutenberg's HTML links its pictures, kept by a conversion to text)
_ILLUSTRATION = re.compile(r"^\[(?:(?:(?:cover|front) )?(?:illustrations?|image|picture|figure)|abbildung|"
                           r"ilustraci[óo]n|illustrazione|ilustra[çc][ãa]o|ilustracja|иллюстрация|afbeelding|bild|"
                           r"il·lustració|frontispiece|cover)(?:[:.][^\]]*)?\]$|"
                           r"^\[[^\]\s]{1,80}\.(?:jpe?g|png|gif|svg|webp)(?:\s*\(\d+\s*[KM]B?\))?\]$", re.IGNORECASE)


IMAGE_LINK = "link to an image"


def is_image_link_line(text: str) -> bool:
    """A line that is only an image link's words ("ENLARGE TO FULL SIZE", "View larger image"), the link gone."""
    return len(text) <= _IMAGE_LINE_MAX and _IMAGE_LINK_LINE.match(text) is not None


def is_illustration(text: str) -> bool:
    """A line that only stands for an image: "[Illustration]", "[Illustration: The keeper at his lamp.]"."""
    return text[:1] == "[" and bool(_ILLUSTRATION.match(text))


# Project Gutenberg's notes set in the text: "[Footnote 1: The lamp was first lit in 1820.]", in the 11 languages
_FOOTNOTE_BLOCK = re.compile(r"^\[(?:foot-?note|note|anmerkung|fu(?:ß|ss)note|nota|noot|fotnot|przypis|примечание)"
                             r"\s*[\w*†]{0,4}\s*:.*\]$", re.IGNORECASE | re.DOTALL)


def is_footnote_block(text: str) -> bool:
    """A note set as a paragraph of its own in brackets: "[Footnote 1: The lamp was first lit in 1820.]"."""
    return text[:1] == "[" and bool(_FOOTNOTE_BLOCK.match(text))


# a transcriber's markers for what the printed page had beside the text: a note in its margin, a blank page
SIDENOTE = "sidenote (the printed page's summary in its margin)"
BLANK_PAGE = "blank page marker"
_SIDENOTE = re.compile(r"^\[(?:side-?note|marginal note|margin note)s?:", re.IGNORECASE)
_BLANK_PAGE = re.compile(r"^\[?(?:blank page|this page (?:is )?(?:intentionally|deliberately) (?:left )?blank)\.?\]?$",
                         re.IGNORECASE)


def page_marker_reason(text: str) -> str | None:
    """Why a paragraph that marks what stood beside the printed text is not read: "[Sidenote: The keeper
    arrives.]" (a margin's summary of the paragraph it stands by; "Sidenote" and all were read), "[Blank Page]",
    "This page intentionally left blank"; None for any other."""
    if text[:1] == "[" and _SIDENOTE.match(text):
        return SIDENOTE
    return BLANK_PAGE if len(text) < _BLANK_PAGE_CHARS and ("lank" in text or "LANK" in text) and _BLANK_PAGE.match(
        text) else None


_BLANK_PAGE_CHARS = 48
# the class of a note in the margin, which Project Gutenberg's HTML floats beside the paragraph it sums up
_SIDENOTE_CLASS = re.compile(r"(?:^|\s)(?:side-?note|margin-?note|marginal-?note)s?(?:\s|$)", re.IGNORECASE)

TRANSCRIBERS_NOTE = "transcriber's note (not the book's text)"
_TRANSCRIBERS_NOTE = re.compile(r"^\[?(?:original )?transcriber[’']?s[’']? notes?\b", re.IGNORECASE)
_TRANSCRIBERS_NOTE_CLASS = re.compile(r"(?:^|\s)(?:transnote|tnote|transcriber(?:s?note)?)(?:\s|$)", re.IGNORECASE)


def is_transcribers_note(text: str) -> bool:
    """A note by the person who transcribed the book ("[Transcriber's Note: ...]"), not by its author, or the title
    over such notes ("Original Transcriber's Notes:")."""
    return text[:1] in "[TtOo" and "ranscriber" in text[:25] and bool(_TRANSCRIBERS_NOTE.match(text))


LINK_LIST = "list of links (a contents list written as text)"
_LINK_LIST_MIN_LINKS = 3
_LINK_LIST_SHARE = 0.8


def _is_internal(href: str) -> bool:
    return bool(href) and ":" not in href.split("/", 1)[0].split("#", 1)[0]  # no scheme: http:, mailto:...


_LINK_LINE_MAX_WORDS = 12


def _internal_links(element: etree._Element) -> list[etree._Element]:
    return [a for a in element.iter("{*}a", "a") if _is_internal(a.get("href") or "")]


def is_link_list(element: etree._Element, links: list[etree._Element]) -> bool:
    """Whether a block is mostly links into the book (`links`, its `_internal_links`: "Canto 1 Canto 2 ...
    Canto 34" as links): a contents list, which no listener wants read. Three links or more, and 80% of the words."""
    return len(links) >= _LINK_LIST_MIN_LINKS and _mostly_links(element, links)


def _mostly_links(element: etree._Element, links: list[etree._Element]) -> bool:
    linked = sum(count_words(" ".join(a.itertext())) for a in links)
    return linked >= _LINK_LIST_SHARE * count_words(" ".join(element.itertext()))


def _only_links(element: etree._Element, links: list[etree._Element]) -> bool:
    """Whether a block's words are all its links' ("Previous | Contents | Next": the bars between them aside)."""
    def words(texts: Iterable[str]) -> int:
        return sum(1 for token in " ".join(texts).split() if any(ch.isalnum() for ch in token))

    return sum(words(a.itertext()) for a in links) >= words(element.itertext())


def is_link_line(element: etree._Element, links: list[etree._Element]) -> bool:
    """Whether a block with these links into the book could be one entry of a contents list (three in a
    row are one: see `_Walker.drop_link_runs`): mostly links, or a short line that opens with one
    whose text has letters ("<a>CHAPTER I.</a> The Beginning"; not a note's "<a>12.</a>")."""
    if _mostly_links(element, links):
        return True
    return count_words(" ".join(element.itertext())) <= _LINK_LINE_MAX_WORDS and _opens_with(element, links[0]) and any(
        ch.isalpha() for ch in "".join(links[0].itertext()))


def is_note_link(element: etree._Element) -> bool:
    """A link whose only text is a note's number, raised or in brackets: <a href="#n1"><sup>1</sup></a>,
    <a href="#_ftn1">[1]</a> (as Word and many converters write a note's marker, with no class); or a plain
    number or sign set against the word or mark before it, as an older Kindle book's markers are
    ("hand.<a href="#filepos5993">1</a>"; "see page <a>12</a>" has a space)."""
    text = clean_text(element_text(element))
    if not _NOTE_REF.match(text):
        return False
    if text[:1] == "[" or any(local_name(node) == "sup" for node in element.iterdescendants()):
        return True
    before = _text_before(element)
    return bool(_GLUED_NOTE_REF.match(text)) and bool(before) and not before[-1].isspace()


ENDNOTE = "endnote (opens with its number, linked back into the text)"
_ENDNOTES_MIN = 3
_PRE_LINE_END = re.compile(r"(?<!-)\n")  # not "salt-" / "stained": `flush_text` mends a word torn at a line's end
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# a table set in spaces: three or more between two cells, not after a sentence's stop ("late.   It was")
_COLUMN_GAP = re.compile(r"(?<=[^\s.,;:!?])[ \t]{3,}(?=\S)")
COLUMN_LINE_CHARS = 50  # a table's row, at most: longer lines are prose, whose typed spaces are no columns


def cells_apart(line: str) -> str:
    """A short line of a table set in spaces with its cells apart, as a table's row is read: "Monday     06:12
    12:30" is "Monday, 06:12, 12:30" (it was heard "Monday six twelve twelve thirty"); any other line as it is."""
    return _COLUMN_GAP.sub(", ", line.strip()) if "   " in line and len(line.strip()) < COLUMN_LINE_CHARS else line


def _cells_apart_in(text: str) -> str:
    """`cells_apart` on each line of a <pre>'s text."""
    return "\n".join(map(cells_apart, text.split("\n"))) if "   " in text else text


# a <pre>'s class (or its box's) that says it holds code: "programlisting" (DocBook), "sourceCode" (pandoc),
# "language-rust" (mdBook, Prism), "brush: js" (SyntaxHighlighter), "highlight" (Pygments)
_CODE_CLASS = re.compile(r"code|program|listing|source|screen|console|shell|terminal|highlight|language-|lang-|brush|"
                         r"syntax", re.IGNORECASE)


def is_code_listing(pre: etree._Element) -> bool:
    """Whether a <pre> holds a program or a terminal session, whose every line is read as a line of its own, not
    as a plain-text book's lines wrapped inside a paragraph: it holds <code>, or its class or its box's names
    code, as does its O'Reilly data-type."""
    parent = pre.getparent()
    return any(_CODE_CLASS.search(value) for value in (
        pre.get("class"), pre.get("data-type"), parent.get("class") if parent is not None else None) if value) or any(
        local_name(element) == "code" for element in pre.iterdescendants())


# a class that names a scene break on an empty block: "scene-break", "sectionbreak", "ornament", "divider"
# (not "pagebreak", which marks where a printed page ended: `names_a_break`)
_BREAK_CLASS = re.compile(r"break|brk|ornament|divider|separator|dinkus|fleuron|asterism")
# a blank paragraph is a scene break only if there is at most one for this many blocks of text
_BLANK_LINES_PER_BLOCK = 10


def names_a_break(classes: str) -> bool:
    """Whether a class attribute names a scene break ("scene-break", "ornament"; not "page-break")."""
    return any("page" not in name and _BREAK_CLASS.search(name) for name in classes.lower().split())


def is_note_line(element: etree._Element, links: list[etree._Element]) -> bool:
    """Whether a block is an endnote that nothing marks: it opens with its number as a link back to
    where the text marks it ("<a href='ch1.xhtml#r1'>1</a> See the keeper's letter...")."""
    first = links[0]
    number = clean_text("".join(first.itertext())).rstrip(".")
    return "#" in (first.get("href") or "") and bool(_NOTE_REF.match(number)) and _opens_with(element, first)


_BULLETS = " \t\r\n\xa0•·‣◦▪▸►*"  # before a menu's link: "• <a>Introduction</a>" (Texinfo's HTML)


def _opens_with(element: etree._Element, link: etree._Element) -> bool:
    """Whether `link` holds the first words of `element` (a bullet before it aside)."""
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node is link:
            return True
        if event == "start":
            text = node.text if isinstance(node.tag, str) else None  # a comment's text is not read
        else:
            text = node.tail if node is not element else None
        if text and text.strip(_BULLETS):
            return False
    return False


def _label_element(element: etree._Element, text: str) -> bool:
    """A heading's first element holds only its label ("Chapitre 1", "2"), the name set apart by style;
    not a drop cap ("<span>I</span>ntroduction", "<span>C</span><span>hapter</span>")."""
    if not is_bare_label(text):
        return False
    if element.tail:  # "Chapitre 1</span> Où": a space; "IV</span>. The Storm" and "I</span>ntroduction" go on
        return element.tail[:1].isspace()
    sibling = element.getnext()
    following = next((t for t in sibling.itertext() if t.strip()), "") if sibling is not None else ""
    return not following.lstrip()[:1].islower()


def _name_after_label(text: str, element: etree._Element) -> bool:
    """A heading's own text is its label and its first element, from a capital, its name, set apart by style
    alone: "Chapter 1<small>The Storm</small>" was read "Chapter 1The Storm". A label of one word and no digit
    may be a drop cap's letter ("C<span>HAPTER</span> 1")."""
    label = text.strip()
    if not (" " in label or any(ch.isdigit() for ch in label)) or not is_bare_label(label):
        return False
    following = next((t for t in element.itertext() if t.strip()), "")
    return following.lstrip()[:1].isupper()


# <sup> holding a number: a power after a number, a unit of length, a lone letter or a formula's letters after
# its "=" ("10<sup>11</sup>", "m<sup>2</sup>", "x<sup>2</sup>", "E = mc<sup>2</sup>"); after a word or a mark, a
# note's number ("dusk.<sup>3</sup>")
_SUP_NUMBER = re.compile(r"^\s*[-−]?\d{1,3}\s*$")
_POWER_BASE = re.compile(r"(?:\d|(?<![^\W\d_])(?:[kcm]?m|[кcсм]?м|ft|[^\W\d_])|=\s?[^\W\d_]{2,3})$")
_TO_SUPERSCRIPT = str.maketrans("0123456789-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻")
# "1<sup>o</sup>", "n<sup>o</sup>": the ordinal indicators º and ª of Spanish, Portuguese, Italian, Catalan, after
# a stop too ("2.<sup>a</sup>", "n.<sup>o</sup>") and after the titles that take one ("D.<sup>a</sup>",
# "Sr.<sup>a</sup>")
_INDICATOR_BASE = re.compile(r"(?:\d|(?<![^\W\d_])(?:[nN]|D|Sr|Dr|Prof))\.?$")
_TO_INDICATOR = str.maketrans("oa", "ºª")


def _text_before(element: etree._Element) -> str:
    """The text just before an element: its previous sibling's tail (or, without one, the end of that
    sibling's own text: "<em>10</em><sup>11</sup>"), else its parent's text."""
    previous = element.getprevious()
    if previous is not None:
        return previous.tail or "".join(previous.itertext())[-12:]
    parent = element.getparent()
    return (parent.text or "") if parent is not None else ""


def raised_text(element: etree._Element) -> str | None:
    """A <sup>'s text (or a span's set so) as the characters it stands for, or None to read it as it is: superscript
    digits for a power ("10¹¹", "m²", "x²", which normalization reads), º or ª for an ordinal
    indicator ("1º", "nº"). Set as <sup>, "10<sup>11</sup>" would read "one thousand and eleven"."""
    text = element.text
    if len(element) or not text:
        return None
    before = _text_before(element)
    if _SUP_NUMBER.match(text) and _POWER_BASE.search(before):
        return text.translate(_TO_SUPERSCRIPT)
    if text in {"o", "a"} and _INDICATOR_BASE.search(before):
        return text.translate(_TO_INDICATOR)
    return None


_NAME_LINE_WORDS = 12
_SENTENCE_ENDS = tuple(".!?…")


def _is_heading_group(header: etree._Element) -> bool:
    """Whether a <header> is a heading and its name, as an <hgroup> is (<h2>Chapter 1</h2><p>The Ferry</p>): one
    heading element and short lines that end no sentence (not an epigraph, a byline's sentence)."""
    children = [child for child in header if local_name(child) in BLOCK_TAGS]
    headings = [child for child in children if local_name(child) in _HEADINGS]
    if len(headings) != 1 or len(children) < 2:
        return False
    lines = [clean_text("".join(child.itertext())) for child in children if child is not headings[0]]
    return all(local_name(child) in _STYLED for child in children if child is not headings[0]) and all(
        line and count_words(line) <= _NAME_LINE_WORDS and not line.endswith(_SENTENCE_ENDS) for line in lines)


def is_note_number(element: etree._Element) -> bool:
    """A <sup> holding only a number right after a word or a mark, not a power: a note's number."""
    if len(element) or not element.text or not _SUP_NUMBER.match(element.text):
        return False
    before = _text_before(element)
    return bool(before) and not before[-1].isspace() and not _POWER_BASE.search(before)


def _is_pictured_label(element: etree._Element) -> bool:
    """A paragraph of images only whose alt text names a chapter ("Chapter Two: The Storm", "IV"): a heading set
    as a picture, which a listener hears as the chapter's title."""
    if not 0 < len(element) <= 3 or (element.text or "").strip() or any(
            local_name(child) != "img" or (child.tail or "").strip() for child in element):
        return False
    alt = clean_text(" ".join(child.get("alt") or "" for child in element))
    return bool(alt) and (looks_like_heading(alt) or is_numeral_title(alt))


def element_text(element: etree._Element) -> str:
    """All text inside an element, scripts and styles included (for skip accounting)."""
    return clean_text(" ".join(t for t in element.itertext()))


def skipped_text(element: etree._Element) -> str:
    """What a skipped element held, its images' alt text too (a cover page set as <body epub:type="cover">): all
    of it is listed, as `iter_body_text` counts it."""
    alts = [alt for image in element.iter("{*}img", "img") if (alt := image.get("alt"))]
    return clean_text(" ".join([element_text(element), *alts])) if alts else element_text(element)


@dataclass
class _Walker:
    href: str
    cut_ids: frozenset[str]
    include_matter: bool
    include_alt_text: bool
    events: list[Event] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=lambda: ["p"])
    levels: list[int] = field(default_factory=lambda: [0])  # heading levels of the open block elements
    langs: list[str | None] = field(default_factory=lambda: [None])
    elements: list[int] = field(default_factory=lambda: [0])  # positions of the open block elements
    position: int = 0  # of the next node in document order, counting from <body> as 0
    in_picture_heading: bool = False  # inside a heading whose only content is images: their alt text is read
    link_lines: set[int] = field(default_factory=set)  # events that are blocks made of one or two links
    note_lines: list[int] = field(default_factory=list)  # events that are blocks opening with a note's number link
    after_break: int | None = None  # the buffer's length after the last <br/>, while no text followed it
    styles: Counter[str | None] | None = None  # how many <p> and <div> have each class attribute (counted when needed)
    class_looks: dict[str, int] = field(default_factory=dict)  # the look each class gives (`look.class_looks`)
    hidden_classes: frozenset[str] = frozenset()  # the classes whose stylesheet rule hides them
    raised_classes: frozenset[str] = frozenset()  # the classes set as superscript (calibre's <sup>)
    drop_cap: bool = False  # the buffer opens with an image's one-letter alt text
    lone_cap: tuple[int, str] | None = None  # the event a block of a drop cap alone made, and its letter
    breaks: list[tuple[int, bool]] = field(default_factory=list)  # blocks an empty block follows, and if it
    # is surely a scene break (`mark_breaks`)
    preformatted: int = 0  # open <pre> elements: a blank line in their text ends a paragraph
    code_listings: int = 0  # open <pre> elements that hold code (`is_code_listing`): each line ends a paragraph
    body: etree._Element | None = None  # the document's body, whose compounds `compounds` finds
    found_compounds: set[str] | None = None  # `compounds`, once found
    lists: list[ListNumbering] = field(default_factory=list)  # the open <ol> elements, innermost last
    marker: str = ""  # the open <li>'s number or letter, for the first block read inside it (`list_markers`)
    links_of: dict[etree._Element, list[etree._Element]] = field(default_factory=dict)  # an open block's links
    # into the book, found once on the way in (a contents list?) for the way out (a contents line?)
    site_parts: dict[etree._Element, str] = field(default_factory=dict)  # a web page's banner, menus, footer...
    # with the reason each is skipped (`web_page.site_parts`)
    note_targets: NoteTargets = field(default_factory=dict)  # where the book's note markers point so far
    # where an element a marker points to opens among the events, its tag, and where it ends (`linked_notes`)
    note_starts: list[tuple[int, str, int]] = field(default_factory=list)
    fixed_layout: bool = False  # a page of a fixed-layout book, whose lines may be positioned spans
    spoken_forms: list[str] = field(default_factory=list)  # the document's ssml:ph values so far, by number

    def add_text(self, text: str) -> None:
        """Text into the open block inside <pre>, where a blank line ends a paragraph (a plain-text
        book wrapped in <pre> by a converter was one paragraph of thousands of words), and in code every
        line does ("$ mkdir ~/projects $ cd ~/projects" was read as one sentence); elsewhere a line's end is a
        `<br/>`'s, so that short lines stand apart ("KEEPER'S LOG" / "Dusk  lamp lit") and wrapped prose is joined."""
        if self.code_listings and "\n" in text:
            first, *rest = text.split("\n")
            self.buffer.append(first)
            for line in rest:
                self.flush()
                self.buffer.append(line)
            return
        if "\n" not in text:
            self.buffer.append(text)
            return
        first, *rest = _BLANK_LINE.split(text)
        self.buffer.append(_PRE_LINE_END.sub(LINE_BREAK, _cells_apart_in(first)))
        for paragraph in rest:
            self.flush()
            self.buffer.append(_PRE_LINE_END.sub(LINE_BREAK, _cells_apart_in(paragraph)))

    def compounds(self) -> set[str]:
        """The compounds the document writes with a hyphen inside a line ("salt-stained"), found when a
        line's end first splits a word at a hyphen."""
        if self.found_compounds is None:
            self.found_compounds = compounds_in(self.body.itertext()) if self.body is not None else set()
        return self.found_compounds

    def flush(self, look: int = 0) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        self.after_break = None
        drop_cap, self.drop_cap = self.drop_cap, False
        if LINE_BREAK not in text:  # almost every paragraph
            self.flush_text(text, look, drop_cap)
            return
        for number, (line, lines) in enumerate(lines_apart(text)):
            self.flush_text(line, look, drop_cap and not number, lines)

    def flush_text(self, text: str, look: int, drop_cap: bool, lines: int = 1) -> None:
        """One paragraph from the open block's text: read, skipped with its reason, or a scene break."""
        if "\n" in text and "-\n" in text:  # "salt-" / "stained" keeps its hyphen where the document writes it so
            text = with_compounds_whole(text, self.compounds())
        text = clean_text(text)
        pronounced: tuple[Pronounced, ...] = ()
        if self.spoken_forms and max(text, default="") >= SPAN_MARKS:  # the document has some
            text, pronounced = pronounced_spans(text, self.spoken_forms)
        if self.lone_cap and text:
            (at, letter), self.lone_cap = self.lone_cap, None
            if _goes_on_from_a_letter(text) and all(isinstance(e, Anchor) for e in self.events[at + 1:]):
                del self.events[at]  # the picture stood alone before its paragraph: "T" / "he lamp" is "The lamp"
                text = letter + text
                pronounced = tuple((start + 1, end + 1, ipa, words) for start, end, ipa, words in pronounced)
        if drop_cap and len(text) == 1:  # nothing after it in its block: alt text, or a drop cap set apart
            self.lone_cap = (len(self.events), text)
            if not self.include_alt_text:
                self.skip(text, ALT_TEXT)
                return
        if is_ornament(text):  # "* * *": no engine should read "asterisk asterisk asterisk"
            self.end_scene()
        elif text[:1] in "[Tt" and (reason := self.not_the_books_text(text)):
            self.skip(text, reason)
        elif is_image_link_line(text):  # the link gone, its words left
            self.skip(text, IMAGE_LINK)
        elif text:
            if self.kinds[-1] == "heading" and text[1:2] == " ":  # "P R O L O G U E": read as the word, not spelled
                text = letters_together(text) or text
            marker, self.marker = self.marker, ""
            self.events.append(Block(text=text, kind="code" if self.code_listings else self.kinds[-1],
                                     level=self.levels[-1], href=self.href,
                                     language_hint=self.langs[-1], element=self.elements[-1], look=look,
                                     list_marker=marker if marker and not writes_own_marker(text, marker) else "",
                                     lines=lines, pronounced=pronounced))

    def not_the_books_text(self, text: str) -> str | None:
        """Why a line that stands for an image ("[Illustration: ...]") or is a transcriber's note is
        not read, unless the options ask for it."""
        if not self.include_alt_text and is_illustration(text):
            return ILLUSTRATION
        if is_footnote_block(text):  # as a linked note is: listed, not read
            return FOOTNOTE
        if reason := page_marker_reason(text):
            return reason
        if not self.include_matter and is_transcribers_note(text):
            return TRANSCRIBERS_NOTE
        return None

    def end_scene(self) -> None:
        """A scene break (a line of ornaments, <hr/>): the block before it ends its scene."""
        for index in range(len(self.events) - 1, -1, -1):
            event = self.events[index]
            if isinstance(event, Block):
                self.events[index] = replace(event, ends_scene=True)
                return

    def empty_block(self, element: etree._Element, classes: str | None) -> None:
        """A <p> or <div> with nothing to read: a scene break where it holds only decorative images
        (empty alt text, as accessibility marks decoration) or its class names one ("scene-break",
        "ornament"); else a blank line, which may be one. Both only between paragraphs (`mark_breaks`)."""
        last = next((index for index in range(len(self.events) - 1, -1, -1)
                     if isinstance(self.events[index], Block)), None)
        if last is None or self.events[last].kind == "heading":  # type: ignore[union-attr]
            return  # a picture under a title, a blank line after it: no scene has started
        images = [child for child in element.iter() if local_name(child) in {"img", "image", "svg"}]
        if images or (classes and names_a_break(classes)):
            if all(local_name(image) != "img" or not (image.get("alt") or "").strip() for image in images):
                self.breaks.append((last, True))
        elif not self.breaks or self.breaks[-1][0] != last:
            self.breaks.append((last, False))

    def mark_breaks(self) -> None:
        """The blocks an empty block follows end a scene where a paragraph, not a heading, comes next.
        Blank lines count only where they are rare (a word processor's blank line between scenes), not
        where they space every paragraph out."""
        blocks = [index for index, event in enumerate(self.events) if isinstance(event, Block)]
        following = {before: after for before, after in zip(blocks, blocks[1:])}
        blank_lines = sum(1 for _, definite in self.breaks if not definite)
        rare = blank_lines * _BLANK_LINES_PER_BLOCK <= len(blocks)
        for index, definite in self.breaks:
            after = following.get(index)
            if after is None or self.events[after].kind == "heading":  # type: ignore[union-attr]
                continue
            if definite or rare:
                self.events[index] = replace(self.events[index], ends_scene=True)  # type: ignore[arg-type]

    def pass_over(self, element: etree._Element) -> None:
        """Count the nodes below an element that is not walked, so later positions stay true."""
        self.position += sum(1 for _ in element.iterdescendants())

    def skip(self, text: str, reason: str) -> None:
        text = clean_text(text)
        if not text:
            return
        self.events.append(Skipped.of_text(self.href, reason, text))

    def close_up(self, skipped: etree._Element) -> None:
        """The text before a skipped marker closed up to the mark after it: "my sister [1]." read "my sister.",
        not "my sister ."; "asked, [2], if" read "asked, if"."""
        before = "".join(self.buffer).rstrip()
        self.buffer[:] = [before]
        tail = skipped.tail or ""
        if tail[:1] in ",;:" and before.endswith(tail[:1]):
            skipped.tail = tail[1:]

    def skip_heading_above(self, reason: str, before: int | None = None) -> None:
        """The heading just before a skipped contents list ("LIST OF CANTOS") or notes ("FOOTNOTES:")
        goes with it: the last Block before event `before` (default: the end), a heading or a paragraph that
        says only that (Docutils' <p class="rubric">Footnotes</p>)."""
        index = next((i for i in range(len(self.events) if before is None else before, 0, -1)
                      if isinstance(self.events[i - 1], Block)), 0) - 1
        last = self.events[index] if index >= 0 else None
        title = CONTENTS_TITLE if reason == LINK_LIST else web_page.HEADINGS_ABOVE.get(reason, NOTES_TITLE)
        if isinstance(last, Block) and last.kind in {"heading", "p"} and title.match(last.text):
            self.events[index] = Skipped.of_text(self.href, reason, last.text)

    def drop_link_runs(self) -> None:
        """Three or more blocks in a row that are each a link into the book (a contents list set as one
        <p> per entry) are skipped as a list of links; a lone one (a heading that links back) is read."""
        runs: list[list[int]] = [[]]
        for index, event in enumerate(self.events):
            if isinstance(event, Block):
                if index in self.link_lines:
                    runs[-1].append(index)
                elif runs[-1]:
                    runs.append([])
        for run in runs:
            if len(run) < _LINK_LIST_MIN_LINKS:
                continue
            for index in run:
                block = self.events[index]
                self.events[index] = Skipped.of_text(self.href, LINK_LIST, block.text)
            self.skip_heading_above(LINK_LIST, before=run[0])

    def drop_endnotes(self) -> None:
        """Endnotes that nothing marks, where they end the document: from a block that opens with a
        note's number linked back into the text to the end, when such blocks are three or more and at
        least half of the blocks there (a note may run to a second paragraph). Skipped and listed,
        with the "Notes" heading above them."""
        blocks = [i for i, event in enumerate(self.events) if isinstance(event, Block)]
        position = {event: n for n, event in enumerate(blocks)}
        lines = [i for i in self.note_lines if i in position]
        for rank, first in enumerate(lines):
            notes = len(lines) - rank
            if notes < _ENDNOTES_MIN:
                return
            if notes * 2 >= len(blocks) - position[first]:
                break
        else:
            return
        for index in blocks[position[first]:]:
            self.events[index] = Skipped.of_text(self.href, ENDNOTE, self.events[index].text)
        self.skip_heading_above(ENDNOTE, before=first)

    def skip_reason(self, element: etree._Element, tag: str) -> str | None:
        if self.site_parts and (site := self.site_parts.get(element)):
            return site
        types = semantic_types(element)
        if types & {"noteref", "annoref"}:
            return NOTE_MARKER
        classes = element.get("class") or ""
        if types & {"pagebreak"}:
            return "page-break marker"
        if _PAGE_NUMBER_CLASS.search(classes):
            return PAGE_NUMBER
        if tag in _INLINE_TAGS and _NUMBERING.match(clean_text(element_text(element)) or "-"):
            if types & {"linenum", "line-number"} or _LINE_NUMBER_CLASS.search(classes):
                return "line number"
            if _PAGE_CLASS.search(classes):
                return PAGE_NUMBER
            if "float" in (element.get("style") or "").replace(" ", "").lower():
                return "line number"
        if tag == "a":
            text = element_text(element)
            if text and ((count_words(text) <= 6 and _IMAGE_LINK_TEXT.search(text)) or (
                    _IMAGE_HREF.search(element.get("href") or "") and _stands_alone(element, text))):
                return IMAGE_LINK
            if text.strip() in _PERMALINK_SIGNS and (element.get("href") or "").startswith("#") and (
                    self.kinds[-1] == "heading" or _PERMALINK_CLASS.search(f"{classes} {element.get('title')}")):
                return PERMALINK
        if types & _NOTE_TYPES:
            return FOOTNOTE
        if "pullquote" in types or classes and "ull" in classes and _PULL_QUOTE_CLASS.search(classes):
            return PULL_QUOTE
        if "credit" in types and not self.include_matter:  # "Photograph: NOAA" under a picture (DPUB-ARIA, EPUB)
            return CREDIT
        if "citation" in classes and "citation" in classes.split() and element_text(element).lstrip()[:1] == "[":
            return CITATION  # Pandoc's "[@smith2004, p. 33]", which no bibliography was given to render
        if tag == "sup" and len(element) == 1 and local_name(element[0]) == "a" and "#" in (element[0].get("href") or ""):
            if _NOTE_REF.match(clean_text(element_text(element))):
                return NOTE_MARKER
        if tag == "sup" and is_note_number(element):  # "dusk.<sup>3</sup>", no link
            return NOTE_MARKER
        if tag == "span" and (self.is_raised(element, classes) or _NOTE_MARKER_CLASS.search(classes)) and (
                is_note_number(element)):  # calibre's <sup>; a <span class="fn">3</span> set against its word
            return NOTE_MARKER
        if tag == "a" and ("#" in (element.get("href") or "") and (
                _NOTE_MARKER_CLASS.search(classes) or is_note_link(element)) or (
                classes and _NOTE_MARKER_CLASS.search(classes) and is_note_number(element))):
            return NOTE_MARKER  # also where a converter broke the link (Pandoc's "notes.xhtml_n1", class "noteref")
        if classes and _NOTE_CLASS.search(classes):  # Project Gutenberg's <div class="footnote">, without epub:type
            return FOOTNOTE
        if classes and not self.include_matter and _TRANSCRIBERS_NOTE_CLASS.search(classes):
            return TRANSCRIBERS_NOTE
        if classes and "note" in classes and _SIDENOTE_CLASS.search(classes):  # Gutenberg's <span class="sidenote">
            return SIDENOTE
        if not self.include_matter:
            class_names = set(classes.lower().split())
            # a page's epub:type as its class, as Pandoc writes an EPUB's sections into HTML or Markdown
            matter = types & MATTER_TYPES or class_names & _PAGE_CLASSES or (
                {"bibliography"} if "csl-bib-body" in class_names else None)  # Pandoc's citeproc reference list
            if matter and not (matter <= PAGE_TYPES and reads_as_text([element_text(element)])):
                return f"front/back matter ({sorted(matter)[0]})"  # not a first chapter inside the title page's
            ident = (element.get("id") or "").lower()
            if ident == "pg-header" or "pgheader" in class_names:  # new files; EpubMaker's older ones use the
                if ident != "pg-header" and gutenberg.END_WITHIN.search(element_text(element)):  # class for both
                    return gutenberg.LICENCE
                return gutenberg.HEADER
            if ident == "pg-footer" or class_names & {"pg-boilerplate", "pgfooter"}:
                return gutenberg.LICENCE
            if tag in BLOCK_TAGS and tag not in _HEADINGS:
                links = self.links_of[element] = _internal_links(element)
                if is_link_list(element, links):
                    return LINK_LIST
        if _is_hidden(element) or (classes and self.hidden_classes and not self.hidden_classes.isdisjoint(
                classes.split())):
            return "hidden from readers (hidden, aria-hidden or display:none)"
        return None

    def is_raised(self, element: etree._Element, classes: str) -> bool:
        """Set as superscript by its class's rule or its own style ("vertical-align: super")."""
        if classes and self.raised_classes and not self.raised_classes.isdisjoint(classes.split()):
            return True
        style = element.get("style")
        return bool(style) and "super" in style and bool(declared_look(style) & RAISED)

    def heading_style(self, element: etree._Element, classes: str) -> int:
        """The heading level of a paragraph styled as a heading ("Chapter-Title"), or 0: not for a long
        element (a container), nor for a class on most of the document's paragraphs (its body style)."""
        level = heading_style_level(classes)
        if not level or count_words(" ".join(element.itertext())) > HEADING_STYLE_MAX_WORDS or _holds_blocks(element):
            return 0
        if self.styles is None:
            self.styles = Counter(el.get("class") for el in element.getroottree().iter("{*}p", "{*}div", "p", "div"))
        used = self.styles[classes]
        return 0 if used > 3 and used * 2 > self.styles.total() else level

    def look(self, element: etree._Element) -> int:
        """How a short paragraph is set apart by its look alone (`look.look_rank`); 0 for anything longer."""
        if self.kinds[-1] != "p" or not (len(element) or element.attrib):  # a bare <p>: nothing sets it apart
            return 0
        if sum(map(len, self.buffer)) > _LOOK_MAX_CHARS:
            return 0
        return look_rank(element, self.class_looks)

    def walk(self, element: etree._Element) -> None:
        position = self.position
        self.position += 1
        tag = local_name(element)
        if not tag:  # comments and processing instructions
            return
        if tag in _SKIP_TAGS:
            spoken = clean_text(element.get("alttext") or "") if tag == "math" else ""
            if spoken:  # a formula's words as its author wrote them for speech: "x squared plus y squared"
                self.buffer.append(f" {spoken}" if (element.tail or "")[:1] in _CLOSING_MARKS else f" {spoken} ")
            self.skip(element_text(element), MATH_READ_AS_ALTTEXT if spoken else f"<{tag}> content")
            self.pass_over(element)
            return
        ident = element.get("id") or (tag == "a" and element.get("name")) or None  # <a name="ch1">, HTML 4's anchor
        if ident and ident in self.cut_ids:
            self.flush()
            self.events.append(Anchor(ident))
        reason = self.skip_reason(element, tag)
        note: int | None = None
        if ident and ident in self.note_targets.get(self.href, ()) and (
                tag in BLOCK_TAGS or not "".join(self.buffer).strip()):  # a note opens (`linked_notes`)
            self.flush()  # (one skipped as it stands, an <aside> marked as a footnote, holds its note: no tag)
            note = len(self.note_starts)
            self.note_starts.append((len(self.events), "" if reason else tag, len(self.events)))
        if reason:
            if reason == NOTE_MARKER:
                link = element if tag == "a" else next(element.iter("{*}a", "a"), element)
                add_target(self.note_targets, self.href, link.get("href") or "")
            is_block = tag in BLOCK_TAGS
            self.links_of.pop(element, None)
            if is_block:
                self.flush()
            if reason in {LINK_LIST, FOOTNOTE} or reason in web_page.HEADINGS_ABOVE:
                self.skip_heading_above(reason)
            self.skip(skipped_text(element), reason)
            self.pass_over(element)
            if not is_block and (element.tail or "")[:1] in _CLOSING_MARKS and self.buffer:
                self.close_up(element)
            return
        if tag in {"br", "img"}:
            self.pass_over(element)
        if tag == "hr":
            self.flush()
            self.end_scene()
            return
        if tag == "br":
            if self.kinds[-1] == "heading":
                if not (element.tail or "").lstrip()[:1].islower() and is_bare_label(clean_text("".join(self.buffer))):
                    self.flush()  # "Chapter 1<br/>The First Night": two lines, read with a pause between them
                else:
                    self.buffer.append(" ")
            elif self.after_break is not None and not "".join(self.buffer[self.after_break:]).strip():
                self.flush()  # "<br/><br/>": a blank line between paragraphs, in a book made without <p>
            elif self.buffer and breaks_a_word(self.buffer[-1], element.tail or ""):
                # "beauti-<br/>ful": one word, from a line-per-<br/> book; "salt-<br/>stained" keeps its hyphen
                if not is_split_compound(self.buffer[-1], element.tail or "", self.compounds()):
                    self.buffer[-1] = self.buffer[-1][:-1]
                element.tail = (element.tail or "").lstrip()  # "beauti-<br/>\n  ful" too
                self.after_break = len(self.buffer)
            else:
                self.buffer.append(" " if self.preformatted else LINE_BREAK)  # a short line may stand apart
                self.after_break = len(self.buffer)
            return
        if tag == "img":
            alt = clean_text(element.get("alt") or "")
            if alt and (self.in_picture_heading or (self.kinds[-1] == "heading" and looks_like_heading(alt))):
                self.buffer.append(f" {alt} ")  # "<h1><img alt="Chapter Three"/><br/>The Calm</h1>"
            elif len(alt) == 1 and alt.isalpha() and not "".join(self.buffer).strip():
                self.buffer.append(alt)  # a drop cap: the paragraph's first letter as a picture, "T" + "HE lamp"
                self.drop_cap = True
            elif alt and self.include_alt_text:
                self.buffer.append(f" {alt} ")
            elif alt:
                self.skip(alt, ALT_TEXT)
            return
        if (tag == "sup" or (tag == "span" and self.is_raised(element, element.get("class") or ""))) and (
                raised := raised_text(element)) is not None:
            self.buffer.append(raised)
            return
        lang = element.get(XML_LANG) or element.get("lang")
        is_block = tag in BLOCK_TAGS and not (tag == "p" and self.kinds[-1] == "table-row" and is_cell_value(element))
        classes = element.get("class") if tag in _STYLED else None
        styled_level = self.heading_style(element, classes) if classes else 0
        picture_heading = tag in _HEADINGS and not self.in_picture_heading and not clean_text(
            "".join(element.itertext()))  # a title set as an image: its alt text is the title
        if tag in _STYLED and not styled_level and _is_pictured_label(element):
            picture_heading, styled_level = True, 2  # <p class="center"><img alt="Chapter Two: The Storm"/></p>
        if picture_heading:
            self.in_picture_heading = True
        if is_block:
            self.flush()
            if tag in _HEADINGS or styled_level:
                self.kinds.append("heading")
                self.levels.append(int(tag[1]) if tag in _HEADINGS else styled_level)
            elif tag == "hgroup" or tag == "header" and _is_heading_group(element):
                # a heading and the lines that go with it: <h2>Part I</h2><p>The Winter</p>
                self.kinds.append("heading")
                self.levels.append(next((int(local_name(child)[1]) for child in element
                                         if local_name(child) in _HEADINGS), 2))
            else:
                self.kinds.append(_KIND_BY_TAG.get(tag, self.kinds[-1] if tag == "p" else "p"))
                self.levels.append(self.levels[-1])
            self.langs.append(lang or self.langs[-1])
            self.elements.append(position)
            opened_at = len(self.events)
            if tag == "ol":
                self.lists.append(ListNumbering(element, self.class_looks))
            elif tag == "li" and self.lists and local_name(element.getparent()) == "ol":
                self.marker = self.lists[-1].marker(element)
        if tag in {"td", "th"} and (row := "".join(self.buffer).rstrip()):
            # "Day, Tide", not "Day , Tide" from a table laid out on lines, nor "Day,, Tide" past an empty cell, nor
            # "recovery., But" after a cell's sentence
            self.buffer[:] = [row.removesuffix(","), " " if row[-1] in _ENDS_CELL_SENTENCE else ", "]
        code_listing = tag == "pre" and is_code_listing(element)
        if tag == "pre":
            self.preformatted += 1
            self.code_listings += code_listing
        if not is_block and self.buffer and not self.buffer[-1][-1:].isspace() and (
                "absolute" in (style := element.get("style") or "")) and (self.fixed_layout or "top" in style):
            self.buffer.append(" ")  # a line of its own: "top of</span><span>the" (Pandoc's HTML of such a page too)
        pronounced = not is_block and (ipa := ipa_of(element)) is not None
        if pronounced:  # <span ssml:ph="beɪs">bass</span>: its words marked, for the block to keep (`pronunciations`)
            self.buffer.append(span_opening(len(self.spoken_forms)))
            self.spoken_forms.append(ipa)
        if element.text:
            if self.preformatted:
                self.add_text(element.text)
            else:
                self.buffer.append(element.text)
        heading = tag in _HEADINGS or bool(styled_level)
        for child in element:
            opens_heading = heading and not "".join(self.buffer).strip()
            if heading and child is element[0] and element.text and _name_after_label(element.text, child):
                self.flush()
            self.walk(child)
            if opens_heading and _label_element(child, clean_text("".join(self.buffer))):
                self.flush()  # <h2><span class="chapterHeader">Chapitre 1</span> Où l’on...</h2>: its own line
            if child.tail:
                if self.preformatted:
                    self.add_text(child.tail)
                else:
                    self.buffer.append(child.tail)
        if pronounced:
            self.buffer.append(SPAN_CLOSING)
        if tag == "pre":
            if code_listing:
                self.flush()  # its last line, while it is still code
            self.preformatted -= 1
            self.code_listings -= code_listing
        if is_block:
            events = len(self.events)
            self.flush(self.look(element) if tag in _STYLED else 0)
            if tag in _STYLED and len(self.events) == opened_at:
                self.empty_block(element, classes)
            links = self.links_of.pop(element, None)
            if len(self.events) > events and tag not in _HEADINGS and not self.include_matter and (
                    links := _internal_links(element) if links is None else links):
                block = self.events[events]
                if len(self.events) == events + 1 and isinstance(block, Block) and is_navigation(block.text) and (
                        _only_links(element, links)):  # "Back to Contents" after a chapter
                    self.events[events] = Skipped.of_text(self.href, NAVIGATION, block.text)
                elif is_link_line(element, links):
                    self.link_lines.add(events)
                elif is_note_line(element, links):
                    self.note_lines.append(events)
            self.kinds.pop()
            self.levels.pop()
            self.langs.pop()
            self.elements.pop()
            if tag == "ol":
                self.lists.pop()
            elif tag == "li":
                self.marker = ""
        if picture_heading:
            self.in_picture_heading = False
        if note is not None:  # where the note's element ends: its text is the note (an inline anchor's, nothing yet)
            self.note_starts[note] = (*self.note_starts[note][:2], len(self.events))


def extract_events(
    root: etree._Element,
    *,
    href: str,
    cut_ids: frozenset[str] = frozenset(),
    include_matter: bool = False,
    include_alt_text: bool = False,
    inherited_language: str | None = None,
    looks: dict[str, int] | None = None,
    site_parts: dict[etree._Element, str] | None = None,
    note_targets: NoteTargets | None = None,
    fixed_layout: bool = False,
) -> list[Event]:
    """Readable blocks, anchors and skipped text of one document, in order. `looks`: the look its
    stylesheets give each class (`look.document_looks`); by default, its own <style> elements'.
    `site_parts`: the elements of a web page that are the site's, not the article's, each skipped.
    `note_targets`: where the book's note markers read so far point, which this document's add to (a
    note in a later document is found by it: `linked_notes`). `fixed_layout`: a page of a fixed-layout book,
    where a positioned span is a line of its own, apart from the text before it."""
    walker = _Walker(href, cut_ids, include_matter, include_alt_text, site_parts=site_parts or {},
                     note_targets={} if note_targets is None else note_targets, fixed_layout=fixed_layout)
    walker.class_looks = document_looks(root) if looks is None else looks
    if walker.class_looks:
        walker.hidden_classes = frozenset(name for name, bits in walker.class_looks.items() if bits & HIDDEN)
        walker.raised_classes = frozenset(name for name, bits in walker.class_looks.items() if bits & RAISED)
    root_lang = root.get(XML_LANG) or root.get("lang") or inherited_language
    walker.langs = [root_lang]
    walker.body = body_of(root)
    walker.walk(walker.body)
    walker.flush()
    if walker.breaks:
        walker.mark_breaks()
    if walker.link_lines:
        walker.drop_link_runs()
    if len(walker.note_lines) >= _ENDNOTES_MIN:
        walker.drop_endnotes()
    if walker.note_starts and not include_matter:
        drop_linked_notes(walker.events, walker.note_starts, href, walker.skip_heading_above)
    return walker.events


_ENDS_CELL_SENTENCE = frozenset(".!?;:…")
CELL_VALUE_WORDS = 12  # a table cell's paragraph this short is a value in a row ("NW 7"), read as part of a line


def is_cell_value(paragraph: etree._Element) -> bool:
    """A table cell's one short paragraph (<td><p>5 January</p></td>, as word processors and InDesign write a
    cell): the cell's text, read in its row's line ("5 January, Force 10"), not as a paragraph of its own."""
    cell = paragraph.getparent()
    return (cell is not None and local_name(cell) in {"td", "th"} and len(cell) == 1 and not (cell.text or "").strip()
            and count_words("".join(paragraph.itertext())) <= CELL_VALUE_WORDS)


def heading_title(element: etree._Element, site_parts: dict[etree._Element, str] | None = None) -> str:
    """A heading's text as a title, as the reader reads it: "Chapter 1<br/>The First Night" (two
    lines) is "Chapter 1 — The First Night", any other line break a space; a label that ends with its own colon
    keeps it ("Chapter One: <em>The Lamp</em>" is "Chapter One: The Lamp", as its headings in one style are); note
    markers and a web page's `site_parts` (an "[edit]" link) left out."""
    walker = _Walker("", frozenset(), include_matter=True, include_alt_text=False, site_parts=site_parts or {})
    walker.walk(element)
    walker.flush()
    parts = [event.text for event in walker.events if isinstance(event, Block)]
    if len(parts) == 2 and parts[0].endswith(":"):
        return f"{parts[0]} {parts[1]}"
    return label_and_name(*parts)


def left_out(element: etree._Element) -> bool:
    """Whether the reader (with its default options) leaves this element's text out: a page or
    line number, a note marker, a script... The read-along book wraps sentences around them."""
    tag = local_name(element)
    return tag in _SKIP_TAGS or _Walker("", frozenset(), False, False).skip_reason(element, tag) is not None


def body_of(root: etree._Element) -> etree._Element:
    """The <body> element (the root when there is none): where block positions count from."""
    return next((el for el in root.iter() if local_name(el) == "body"), root)


def iter_body_text(root: etree._Element) -> Iterator[str]:
    """Every text node and image alt text under <body>: the no-text-lost reference."""
    body = next((el for el in root.iter() if local_name(el) == "body"), root)
    yield from body.itertext()
    for image in body.iter("{*}img", "img"):
        yield " " + (image.get("alt") or "") + " "
