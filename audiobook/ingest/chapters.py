"""Cutting a stream of extracted events into chapters at table-of-contents entries.

The reader (EPUB or HTML) walks documents in reading order and produces a flat
stream: `FileStart`, `Anchor`, `Block`, `Skipped`. Table-of-contents entries name
(file, fragment) positions. A chapter starts at each entry of the chosen depth and
runs to the next one, across files if need be; deeper entries stay inside it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import accumulate

from audiobook.ingest.headings import (
    decorated_numeral,
    division_and_number,
    division_rank,
    heading_says_more,
    is_bare_label,
    is_capitalised_line,
    is_numbered_label,
    is_numeral_title,
    is_part_heading,
    is_placeholder_title,
    label_and_name,
    label_of,
    looks_like_heading,
    name_set_apart,
    number_in_words,
    number_value,
    plain_words,
    same_label,
    same_words,
)
from audiobook.ingest.matter import (
    CONTENTS_TITLE,
    IMPRINT_PAGE,
    MATTER_HEADING,
    MATTER_MAX_WORDS,
    is_lesson_on_rights,
    is_list_page,
    matter_reason,
    reads_as_text,
)
from audiobook.ingest.matter_documents import chapter_beside_matter
from audiobook.ingest.options import AUTO_MAX_CHAPTERS, AUTO_MIN_MEDIAN_WORDS
from audiobook.ingest.xhtml import NOTES_TITLE, Anchor, readable_characters
from audiobook.models import Block, Chapter, Skipped

# Titles of table-of-contents entries that lead to front or back matter, in the 11 languages.
MATTER_TITLE = re.compile(
    r"^(cover|front cover|back cover|title( page)?|half[- ]title|copyright( page)?|(table of )?contents|colophon|imprint|"
    r"licen[cs]e|(the full |the )?project gutenberg.*|index|list of (illustrations|figures|tables)|about this e-?book|"
    r"ind(?:ices|exes) and tables|"  # Sphinx's closing links to its index and search pages
    r"annotation|аннотация|"  # an FB2 book's blurb, as calibre converts it
    # a transcriber's notes on the edition ("Original Transcriber's Notes:"), read with --include-matter as by class
    r"(?:original )?transcriber['’]?s['’]? notes?|notes? (?:du|de la) transcript(?:eur|rice)|nota del transcriptor|"
    r"anmerkungen? (?:zur transkription|des transkribenten)|"
    r"couverture|page de titre|table des matières|sommaire|mentions légales|inhalt(sverzeichnis)?|impressum|"
    # a title page and a cover in the other languages ("Titelseite", "Strona tytułowa", "Титульный лист")
    r"titelseite|titelblatt|umschlag|folha de rosto|p[áa]gina de rosto|strona tytu[łl]owa|титульный лист|"
    r"titelpagina|titelblad|titelsida|voorkant|cubierta|"
    r"índice|portada|sumário|capa|indice|copertina|frontespizio|inhoud(sopgave)?|omslag|colofon|innehåll(sförteckning)?|"
    r"spis treści|okładka|содержание|оглавление|обложка|índex|coberta|"
    r"bibliography|works cited|further reading|bibliographie|literaturverzeichnis|bibliograf[íi]a|bibliografi|"
    r"библиография|список литературы|literatuurlijst|litteraturförteckning|bibliografia|"
    # a reading list, the pictures' and quotations' sources, the printer's note on the type, in the 11 languages
    r"(?:a )?(?:selected|select|annotated) bibliography|(?:suggested|recommended|additional|selected) readings?|"
    r"for further reading|(?:image|photo|photograph|photography|picture|illustration|art|text) credits|"
    r"(?:text )?permissions(?: acknowledge?ments)?|(?:copyright|permissions?) acknowledge?ments|"
    r"(?:a )?note (?:on|about) the type(?:face)?|about the type(?:face)?|bibliographie s[ée]lective|"
    r"lectures (?:compl[ée]mentaires|conseill[ée]es)|pour aller plus loin|cr[ée]dits (?:photo(?:graphique)?s?|"
    r"iconographiques|des illustrations)|weiterf[üu]hrende literatur|ausgew[äa]hlte literatur|"
    r"(?:bild|abbildungs|quellen|text)nachweis(?:e)?|bibliograf[íi]a (?:seleccionada|selecta|essenziale|"
    r"selezionata|wybrana)|wybrana bibliografia|lecturas recomendadas|letture consigliate|leituras recomendadas|"
    r"lectures recomanades|cr[ée]ditos (?:fotogr[áa]ficos|de (?:las )?im[áa]genes|das imagens)|"
    r"crediti fotografici|referenze fotografiche|cr[èe]dits fotogr[àa]fics|[źz]r[óo]d[łl]a ilustracji|"
    r"polecana literatura|рекомендуемая литература|источники иллюстраций|aanbevolen literatuur|verder lezen|"
    r"(?:illustratie|beeld|foto)verantwoording|vidare l[äa]sning|bildk[äa]llor|"
    # a reference list, as Pandoc's citeproc heads it ("References"), in the 11 languages
    r"references|r[ée]f[ée]rences(?: bibliographiques)?|referencias(?: bibliogr[áa]ficas)?|riferimenti bibliografici|"
    r"refer[êe]ncias(?: bibliogr[áa]ficas)?|referenties|referenser|refer[èe]ncies(?: bibliogr[àa]fiques)?|"
    # an index by another name ("Function and Concept Index", "Index of First Lines", "Sachregister")
    r"[\w ,&'’-]+ index|index (?:of|des|der|de|dei|van) .+|(?:sach|personen|namen|orts|stichwort|person|sak)?register|"
    r"stichwortverzeichnis|índice (?:onomástico|analítico|alfabético|de materias)|indice (?:dei nomi|analitico)|"
    r"indeks(?: \w+)?|skorowidz(?: \w+)?|(?:именной |предметный |алфавитный )?указатель)\W*$",
    re.IGNORECASE,
)


# A chapter of fewer words than this, all in headings, is a title-page fragment.
HEADING_FRAGMENT_WORDS = 30


@dataclass(frozen=True)
class FileStart:
    """The start of one spine document in the stream."""

    href: str


@dataclass(frozen=True)
class TocEntry:
    """One table-of-contents entry: where it points and how deep it is (1 = top)."""

    title: str
    href: str
    fragment: str | None
    depth: int
    part: str = ""  # the title of an unlinked entry above it ("Part Two" as a <span> in the nav)


@dataclass
class _Open:
    title: str | None
    skip_reason: str | None
    blocks: list[Block] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)

    def add_href(self, href: str) -> None:
        if href not in self.hrefs:
            self.hrefs.append(href)


def is_matter_title(title: str) -> bool:
    """Cover, title page, copyright, a contents list ("List of Cantos")... in the 11 languages."""
    title = title.strip()
    return bool(MATTER_TITLE.match(title) or CONTENTS_TITLE.match(title))


def by_document(blocks: list[Block]) -> list[list[Block]]:
    groups: list[list[Block]] = []
    for block in blocks:
        if groups and groups[-1][-1].href == block.href:
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def title_from_text(title: str | None, blocks: list[Block] | tuple[Block, ...]) -> str:
    """The TOC's title, unless the text's own heading says more ("Chapter 3" -> "Chapter 3 — The Storm",
    "2" -> "Chapter 2 — The Chain"); without a title, or with one that names nothing ("part0003.xhtml",
    "Untitled"), the first heading or the opening words. A note's asterisk or dagger at its end is not the
    title's ("The Calm*"), nor are dashes set around it or a colon after it ("— The Storm —", "Chapter 1:"); a
    label run into its name is set apart from it ("Chapitre 1 — Où l’on commence")."""
    titled = _TRAILING_NOTE_SIGN.sub("", _titled(title, blocks))
    titled = _DECORATION.sub("", titled) or titled  # "— The Storm —", "Chapter 1:": the title's words
    if is_numeral_title(titled):
        return titled.rstrip(".")  # "5.", "IV.": the number
    return name_set_apart(titled)  # "Chapitre 1 Où l’on commence", a heading's two lines joined


_TRAILING_NOTE_SIGN = re.compile(r"(?<=[\w.!?)\]”’\"'])\s?[*†‡]$")
_DECORATION = re.compile(r"^[—–]\s+|\s+[—–]$|(?<=\w):$")  # dashes set around a title, a colon after it


def _titled(title: str | None, blocks: list[Block] | tuple[Block, ...]) -> str:
    heading = next((b.text for b in blocks[:3] if b.kind == "heading" or looks_like_heading(b.text)), None)
    if title and is_placeholder_title(title):
        title = None
    if title and heading and title.isupper() and not heading.isupper() and same_words(title, heading):
        title = heading  # "CHAPTER 1: THE STORM" over <h2>Chapter 1: The Storm</h2>: the heading's own case
    if title and heading and _with_note_marker(title, heading):  # "The Storm1": the heading's note marker kept
        title = heading
    if title and heading and _opens_the_text(title, blocks):  # a converter's TOC of each file's first words
        title = heading
    if title and heading and (heading_says_more(title, heading) or (
            is_numeral_title(title) and looks_like_heading(heading))):
        return _with_subtitle(heading, blocks)
    if title and (name := _name_after_number(title, blocks)):
        return label_and_name(title, name)
    if title and is_numeral_title(title) and _names_the_number(blocks):  # "IV" over <h2>The Harbour</h2>
        return label_and_name(title, blocks[0].text)
    if title and _label_number(title) and _names_the_number(blocks) and blocks[0].kind == "heading" and (
            _text_follows(blocks)):
        return label_and_name(title, blocks[0].text)  # "Chapter 2" over <h2>The Storm</h2> alone: both say
    if title and heading and is_bare_label(heading) and not same_words(title, heading):
        lines = _with_subtitle(heading, blocks)  # "Chapter Two The Storm", the TOC's join of the heading's two
        if " ".join(lines.replace(" — ", " ").split()).casefold() == " ".join(title.split()).casefold():
            return lines  # lines (as calibre writes it): "Chapter Two — The Storm", as its siblings are
    if title:
        return _with_subtitle(title, blocks)
    return _with_subtitle(heading, blocks) if heading else opening_words(blocks[0].text)


OPENING_TITLE_MIN_WORDS = 4  # a TOC's title that is the start of a paragraph under the heading, at least


def _opens_the_text(title: str, blocks: list[Block] | tuple[Block, ...]) -> bool:
    """Whether a TOC's title is the opening words of a paragraph of the chapter's text, not its heading ("The keeper
    woke at dawn and climbed to the la" over <h2>Chapter 1</h2>, as a converter titles each file by its first line)."""
    words = " ".join(title.rstrip(".…").split())
    return len(words.split()) >= OPENING_TITLE_MIN_WORDS and any(
        block.kind != "heading" and len(block.text) > len(words) and " ".join(block.text.split()).startswith(words)
        for block in blocks[:3])


OPENING_TITLE_CHARS = 60


def opening_words(text: str) -> str:
    """A chapter's title from its opening words, where nothing titles it: the text to OPENING_TITLE_CHARS, cut at a
    word's end with an ellipsis ("The heavy stair carried the lantern, and the stair…", not "... the stair mended
    th")."""
    if len(text) <= OPENING_TITLE_CHARS:
        return text
    words = _WORDS_TO_TITLE_LENGTH.match(text)
    return (words.group(0) if words else text[:OPENING_TITLE_CHARS]).rstrip(" ,;:—–-") + "…"


_WORDS_TO_TITLE_LENGTH = re.compile(rf".{{0,{OPENING_TITLE_CHARS - 1}}}\w(?!\w)", re.DOTALL)  # to a word's end


_NOTE_MARKER_AFTER = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}|[*†‡]{1,3})")


def _with_note_marker(title: str, heading: str) -> bool:
    """A TOC label that is the heading with its note's marker after it ("The Storm1", "The Calm*", "The End[3]"),
    as a converter copies the heading with its <sup>: the marker, which the text does not read, is no title's."""
    heading = heading.rstrip()
    return (title.startswith(heading) and len(title) > len(heading) and not heading[-1:].isdigit()
            and bool(_NOTE_MARKER_AFTER.fullmatch(title, len(heading))))


def _label_number(title: str) -> str | None:
    """The number a TOC's label holds ("Chapter 2": "2"); None for a title that is only a number or no label."""
    return plain_words(title).split()[-1] if is_numbered_label(title) and not is_numeral_title(title) else None


def _name_after_number(title: str, blocks: list[Block] | tuple[Block, ...]) -> str | None:
    """The name a heading element gives after the number a TOC's bare label holds: "Chapter 2" over <h2>2 The
    Calm</h2> names "The Calm" (the number set apart, <h2>1</h2><h3>The Storm</h3>, is `_with_subtitle`'s)."""
    number = _label_number(title)
    if number is None or not blocks or blocks[0].kind != "heading":
        return None
    first, _, rest = blocks[0].text.strip().partition(" ")
    if _same_number(first, number) and rest.strip(" .:-—–") and not looks_like_heading(blocks[0].text):
        return rest.strip(" .:-—–")  # "2 The Calm", "2. The Calm", "II — The Calm"
    return None


def _same_number(token: str, number: str) -> bool:
    """Whether a heading's first word is the label's number in another form ("I." or "1." for "Chapter 1"); a
    Roman numeral only with a stop or colon after it, not the pronoun of "I Remember"."""
    if plain_words(token) == number:
        return True
    value, bare = number_value(number), token.rstrip(".:")
    if value is None or not bare:
        return False
    return int(bare) == value if bare.isdecimal() else bare != token and number_value(bare) == value


def _names_the_number(blocks: list[Block] | tuple[Block, ...]) -> bool:
    """Whether a chapter the TOC only numbers opens with a heading element, or a title in its look (bold), that
    names it, not a label."""
    first = blocks[0] if blocks else None
    return (first is not None and (first.kind == "heading" or is_look_title(first))
            and first.words <= SET_APART_NAME_WORDS and not looks_like_heading(first.text)
            and not is_numeral_title(first.text) and not decorated_numeral(first.text)  # "— 1 —" names nothing
            and not _number_over_name(blocks))


def _number_over_name(blocks: list[Block] | tuple[Block, ...]) -> bool:
    """A number spelled out on a line of its own over the chapter's name ("ONE" over "The Storm"), which names
    nothing. (The table of number words is built only when such a pair is there to ask about.)"""
    return len(blocks) > 1 and (blocks[1].kind == "heading" or bool(blocks[1].look)) and (
        number_in_words(blocks[0].text) is not None)


TEXT_MIN_WORDS = 8  # a line after a heading that is the chapter's text, not a by-line or a heading's second line


def _text_follows(blocks: list[Block] | tuple[Block, ...]) -> bool:
    """Whether the chapter's text follows its first heading at once: not a by-line ("by Ann Writer", a title
    page's heading "The Ferry" over it, then "Chapter 1"), a heading or a line set apart below it."""
    return len(blocks) > 1 and blocks[1].kind != "heading" and not blocks[1].look and (
        blocks[1].words >= TEXT_MIN_WORDS) and not looks_like_heading(blocks[1].text)


SUBTITLE_MAX_WORDS = 40  # a heading element below the label, however long the old style made it
SET_APART_NAME_WORDS = 12  # a line below the label in its look (both bold): its name


def _with_subtitle(title: str, blocks: list[Block] | tuple[Block, ...]) -> str:
    """A title that only numbers ("Chapter 1", "II") takes the heading set below its own:
    <h2>Chapter 1</h2><h3>The First Night</h3> is "Chapter 1 — The First Night"; so does a label set as a
    paragraph over a line in capitals ("CHAPTER I." over "START IN LIFE", as calibre's FB2 sets them) or over
    a short line in its own look (both bold: "Chapter One" over "The Keeper")."""
    if not is_bare_label(title):
        return title
    number = blocks[0] if blocks else None
    if title.isdigit() and number and number.text == title and (number.look or number.level):
        # "193", an anthology's number, and its piece's title: the next line in its look, or the next heading
        # element below it (Word's Heading 2 "190", an editor's note, Heading 3 "A FOUR-LEAVED CLOVER")
        def names_the_piece(block: Block) -> bool:
            if number.look:
                return block.look == number.look
            return block.kind == "heading" and block.level > number.level

        name = next((b.text for b in blocks[1:1 + TITLE_GROUP_GAP] if names_the_piece(b)), None)
        if name and not name.isdigit():
            return f"{title} {name}"
    # "Chapter 1" or "1" over <h2>1</h2><h3>The Storm</h3>, or over "ONE" and its name: the number set apart
    number = _label_number(title) or (plain_words(title) if title.strip().rstrip(".").isdecimal() else None)
    for index, block in enumerate(blocks[:3]):
        if (block.kind == "heading" or looks_like_heading(block.text)) and (same_label(block.text, title) or (
                number is not None and block.kind == "heading" and (plain_words(block.text) == number or (
                    number.isdecimal() and _number_over_name(blocks[index:]) and (
                        number_in_words(block.text) == int(number)))))):
            below = blocks[index + 1] if index + 1 < len(blocks) else None
            if below is None or looks_like_heading(below.text) or is_numeral_title(below.text):
                break
            if (below.kind == "heading" and below.words <= SUBTITLE_MAX_WORDS) or (
                    block.kind == below.kind == "p" and (is_capitalised_line(below.text) or (
                        block.look and below.look == block.look and below.words <= SET_APART_NAME_WORDS))) or (
                    block.kind == "heading" and below.kind == "p" and below.words <= SET_APART_NAME_WORDS and (
                        below.look >= LOOK_MIN_RANK or is_capitalised_line(below.text)
                        and not below.text.endswith(("!", "?")))):  # not "HE SAID NO!", the text's first line
                # <h2>Chapter 3</h2><p class="ct">The Calm</p> in bold, <h2>CHAPTER I.</h2><p>THE FERRY</p>
                return label_and_name(title, below.text)
            break
    return title


def _close(current: _Open | None, chapters: list[Chapter], skipped: list[Skipped]) -> None:
    if current is None or not current.blocks:
        return
    if current.skip_reason:
        _skip_matter(current.blocks, current.skip_reason, chapters, skipped, current.hrefs[0] if current.hrefs else "")
        return
    chapters.append(Chapter(title=title_from_text(current.title, current.blocks), blocks=tuple(current.blocks),
                            source_hrefs=tuple(current.hrefs)))


UNLINKED_NOTES = "notes (the book's endnotes, listed under their title)"
# a note's number where its entry opens: "1. The log ...", "[2] See Adams", "3) Brand", "4 The relief boat ..."
_NOTE_ENTRY = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]|\d{1,3}(?=\s+[^\W\d_]))\s*\S")
NOTES_MIN_ENTRIES = 3


def lists_notes(title: str, blocks: list[Block] | tuple[Block, ...]) -> bool:
    """Whether a chapter titled "Notes" ("Endnotes", "Anmerkungen", "Примечания"...; by its title or its opening
    heading) is the book's endnotes set without links to them (`numbers_notes`). They were read as a chapter,
    number by number; linked notes are found by their links (`linked_notes`)."""
    titled = NOTES_TITLE.match(title.strip()) or any(
        block.kind == "heading" and NOTES_TITLE.match(block.text) for block in blocks[:_NOTES_TITLE_WITHIN])
    return bool(titled) and numbers_notes(blocks)


_NOTES_TITLE_WITHIN = 2  # "Notes" over its first chapter's label ("Chapter 1"), as a text book's heading lines


def numbers_notes(blocks: list[Block] | tuple[Block, ...]) -> bool:
    """Whether two thirds of a chapter's paragraphs, NOTES_MIN_ENTRIES or more, open with a note's number, the
    others its headings and chapter labels ("Chapter 1" over its notes)."""
    entries = [block for block in blocks if block.kind != "heading" and not looks_like_heading(block.text)]
    notes = sum(1 for block in entries if _NOTE_ENTRY.match(block.text))
    return notes >= NOTES_MIN_ENTRIES and 3 * notes >= 2 * len(entries)


def _as_notes(blocks: list[Block] | tuple[Block, ...]) -> list[Skipped]:
    """A list of notes skipped whole: sentences, but the notes' (no `_reads_as_body` text among them)."""
    return [Skipped(block.href, UNLINKED_NOTES, block.words, readable_characters(block.text)) for block in blocks]


def _skip_matter(blocks: list[Block] | tuple[Block, ...], reason: str, chapters: list[Chapter],
                 skipped: list[Skipped], titled_href: str = "") -> None:
    """Blocks a title names as matter, skipped for `reason`; a document among them that is the book's text
    (`_reads_as_body`) is read anyway, as a chapter of its own. `titled_href`: the document the title names (the
    first one, where none is given)."""
    titled_href = titled_href or (blocks[0].href if blocks else "")
    for document in by_document(list(blocks)):
        if _reads_as_body(document, own=document[0].href == titled_href):
            lines = 0
        elif not (lines := _list_lines(document)) or not _reads_as_body(document[lines:], own=False):
            lines = len(document)  # matter, all of it
        if lines < len(document):
            chapters.append(Chapter(title=title_from_text(None, document[lines:]), blocks=tuple(document[lines:]),
                                    source_hrefs=(document[0].href,)))
        for block in document[:lines]:
            skipped.append(Skipped(block.href, reason, block.words, readable_characters(block.text)))


LIST_LINE_WORDS = 12  # a contents list's entry, a title page's line


def _list_lines(document: list[Block]) -> int:
    """How many short lines open a document (its heading, a contents list's entries), where prose follows them:
    in a book that is one document, "Contents" and its entries, then the text, which its heading's title does not
    make matter (the whole book was skipped as its contents)."""
    lines = next((index for index, block in enumerate(document) if block.words > LIST_LINE_WORDS), len(document))
    return lines if lines < len(document) else 0


UNLISTED_TEXT_WORDS = 150  # prose this long in a document no entry lists: more than a dedication or an epigraph


def _reads_as_body(document: list[Block], *, own: bool) -> bool:
    """Whether a document under a matter title is the book's text: long body text, wherever it stands; or a
    document after the one the title names (`own`), which the table of contents does not list, that opens with a
    heading naming no matter ("Prologue", "Chapter 1") or is prose of UNLISTED_TEXT_WORDS or more, without a
    rights page's or a licence's marks: the TOC's "Copyright" does not make the unlisted prologue after it
    matter. The page the title names is text too where it is prose from its first line, twice that long (in a
    book that is one document, the text under "Contents" once its list of links is taken out)."""
    texts = [b.text for b in document]
    words = sum(b.words for b in document)
    if is_list_page(texts):
        return False
    if words > MATTER_MAX_WORDS:
        return matter_reason("", texts) is None and reads_as_text(texts)
    first = document[0]
    if own:
        return (first.kind != "heading" and first.words > LIST_LINE_WORDS and words >= 2 * UNLISTED_TEXT_WORDS
                and matter_reason("", texts) is None)
    titled = first.kind == "heading" or looks_like_heading(first.text)
    if is_matter_title(first.text) or matter_reason(first.text if titled else "", texts) is not None:
        return False
    return (titled and len(document) > 1) or words >= UNLISTED_TEXT_WORDS


def without_matter_titled(chapters: list[Chapter], *, by_content: bool = False) -> tuple[list[Chapter], list[Skipped]]:
    """Chapters found inside others at the text's headings (`coarse_chapters.split_coarse_chapters`) whose heading names front or
    back matter ("Function and Concept Index", "Copyright"), skipped as a table of contents' entry so titled is.
    `by_content`: also those that open with their heading and are matter by what they say (`matter_reason`), as
    an EPUB's files are, for a book that is one document, whose chapters stand for its files (an FB2's sections;
    the first chapter, with the book's title page, is `title_page`'s and `opening.without_opening_matter`'s); but
    a chapter the book's copyright notice follows is read, the notice skipped (`chapter_beside_matter`: the last
    chapter of an HTML book and the copyright page after it were skipped whole), and so is a lesson on rights
    between chapters (`is_lesson_on_rights`). Endnotes under "Notes" without links to them are skipped
    (`lists_notes`), with the chapter labels' notes after them."""
    kept: list[Chapter] = []
    skipped: list[Skipped] = []
    read_before: list[int] = []  # the words before each chapter, counted where a lesson on rights is asked about
    in_notes = False  # the endnotes go on under each chapter's label ("Chapter 2" over its notes)
    for index, chapter in enumerate(chapters):
        if in_notes and numbers_notes(chapter.blocks) or lists_notes(chapter.title, chapter.blocks):
            skipped.extend(_as_notes(chapter.blocks))
            in_notes = True
            continue
        in_notes = False
        reason = chapter.title.strip() if is_matter_title(chapter.title) else None
        if reason is None and by_content and chapter.blocks and chapter.blocks[0].kind == "heading" and (
                index or MATTER_HEADING.match(chapter.blocks[0].text)):  # the first: by its title ("Also by ...")
            texts = [b.text for b in chapter.blocks]
            reason = matter_reason(chapter.title, texts)
            if reason and reason.startswith(IMPRINT_PAGE):
                read_before = read_before or list(accumulate((sum(b.words for b in c.blocks) for c in chapters),
                                                             initial=0))
                if is_lesson_on_rights(reason, texts, read_before[index], read_before[-1] - read_before[index + 1]):
                    reason = None
            if reason and (parted := chapter_beside_matter(list(chapter.blocks))) is not None:
                kept.append(Chapter(chapter.title, tuple(e for e in parted if isinstance(e, Block)),
                                    chapter.source_hrefs))
                skipped.extend(e for e in parted if isinstance(e, Skipped))
                continue
        if reason:
            _skip_matter(chapter.blocks, f"front/back matter ({reason})", kept, skipped)
        else:
            kept.append(chapter)
    return kept, skipped


def _with_parent_titles(entries: list[TocEntry]) -> list[TocEntry]:
    """Entries titled only "I", "II", "3" take their parent's title: "A Scandal in Bohemia, I". So do
    titles the TOC repeats under different parts or chapters, linked or not ("Chapter 1" under "Part One"
    and "Part Two"; a manual's "Summary" closing every chapter): "Part Two, Chapter 1", "The First Winter,
    Summary", where a listener's chapter list showed the same name six times."""
    above = _parent_indices(entries)

    def parent_title(index: int, named: list[TocEntry]) -> str:
        """The title of the entry's parent as `named` has it (an unlinked part's at the top)."""
        parent = above[index]
        return named[parent].title.strip() if parent is not None else entries[index].part

    under: dict[str, set[str]] = defaultdict(set)  # a title's parents: one only for a TOC's slip ("CANTO XVII" twice)
    for index, entry in enumerate(entries):
        under[plain_words(entry.title)].add(plain_words(parent_title(index, entries)))
    result: list[TocEntry] = []
    for index, entry in enumerate(entries):
        parent, title = parent_title(index, result), plain_words(entry.title)  # "Part One, I" over its "1"
        if parent and title and (is_numeral_title(entry.title) or (
                len(under[title]) > 1 and plain_words(parent) != title)):
            entry = replace(entry, title=f"{parent.rstrip(' .:')}, {entry.title.strip()}")
        result.append(entry)
    return result


def _parent_indices(entries: list[TocEntry]) -> list[int | None]:
    """Each entry's parent's index in `entries` (None at the top)."""
    parents: list[int] = []
    result: list[int | None] = []
    for index, entry in enumerate(entries):
        while parents and entries[parents[-1]].depth >= entry.depth:
            parents.pop()
        result.append(parents[-1] if parents else None)
        parents.append(index)
    return result


SHARED_LABEL_MIN = 3


def _without_shared_label(entries: list[TocEntry]) -> list[TocEntry]:
    """Entries that all carry one label (the book's title on every line, as some converters write
    the TOC) name no chapter: each takes its text's own heading, like "Untitled"."""
    if len(entries) >= SHARED_LABEL_MIN and len({plain_words(entry.title) for entry in entries}) == 1:
        return [replace(entry, title="") for entry in entries]
    return entries


def cut_chapters(
    stream: list[FileStart | Anchor | Block | Skipped],
    entries: list[TocEntry],
    *,
    depth: int,
    include_matter: bool,
) -> tuple[list[Chapter], list[Skipped]]:
    """Chapters at `depth` and everything skipped, from one pass over the stream."""
    at_file: dict[str, list[TocEntry]] = {}
    at_anchor: dict[tuple[str, str], list[TocEntry]] = {}
    titled = _with_parent_titles(_without_shared_label(entries))
    for entry in titled:
        if entry.depth > depth:
            continue
        if entry.fragment:
            at_anchor.setdefault((entry.href, entry.fragment), []).append(entry)
        else:
            at_file.setdefault(entry.href, []).append(entry)

    chapters: list[Chapter] = []
    skipped: list[Skipped] = []
    current: _Open | None = None
    repeated: _Open | None = None  # an entry that repeats the open chapter's title, until its first block tells
    href = ""

    def start(starting: list[TocEntry]) -> None:
        nonlocal current, repeated
        # several entries at one place (a part and its first chapter): the deepest names it
        entry = max(starting, key=lambda e: e.depth)
        reason = None if include_matter or not is_matter_title(entry.title) else f"front/back matter ({entry.title.strip()})"
        opened = _Open(title=entry.title.strip() or None, skip_reason=reason)
        if current is not None and current.blocks and opened.title and not entry.fragment and (
                plain_words(opened.title) == plain_words(current.title or "")):
            opened.add_href(href)
            repeated = opened  # "The Storm", "The Storm": a converter cut the chapter for size (`_goes_on`)
            return
        if current is not None and (heading := _heading_left_behind(current.blocks, entry.title)):
            del current.blocks[-len(heading):]  # <h2>Chapter 3</h2><a id="c3"/>: the heading opens chapter 3
            opened.blocks.extend(heading)
            for block in heading:
                opened.add_href(block.href)
        opened.add_href(href)
        _close(current, chapters, skipped)
        current, repeated = opened, None

    awaited: list[TocEntry] = []  # sibling entries that name the open file after its first: cut at their heading
    for item in stream:
        if isinstance(item, FileStart):
            href = item.href
            if href in at_file:
                starting, awaited = _at_the_start(at_file[href])
                start(starting)
            elif current is not None:
                current.add_href(href)
        elif isinstance(item, Anchor):
            starting = at_anchor.get((href, item.id))
            if starting:
                start(starting)
        elif isinstance(item, Block):
            if awaited and _heads(item, awaited[0].title):
                start([awaited.pop(0)])
            if repeated is not None and current is not None:
                if _goes_on(item):
                    current.add_href(repeated.hrefs[0])
                else:
                    _close(current, chapters, skipped)
                    current = repeated
                repeated = None
            if current is None:
                current = _Open(title=None, skip_reason=None)
                current.add_href(href)
            current.blocks.append(item)
        else:
            if current is not None and not current.blocks and current.hrefs == [item.href] and (
                    item.reason.startswith(_MATTER_REASON)):
                current.title = None  # the entry's page is set aside as matter: its title names no text after it
            skipped.append(item)
    _close(current, chapters, skipped)
    return merge_heading_fragments(chapters), skipped


_MATTER_REASON = "front/back matter"


def _at_the_start(entries: list[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """The entries that start at a file's start (the first, and each one deeper than the one before it: a part
    and its first chapter) and the siblings after them that name the same file, whose chapters start at their
    headings in it: a TOC that lists "The Storm" and "Low Water" both as "a.xhtml" lost "Low Water"."""
    count = 1
    while count < len(entries) and entries[count].depth > entries[count - 1].depth:
        count += 1
    return entries[:count], entries[count:]


def _heads(block: Block, title: str) -> bool:
    """Whether `block` is a heading that names the entry titled `title` (its words, or more: "Chapter 2: Low
    Water" for "Low Water")."""
    if block.kind != "heading" and block.look < LOOK_MIN_RANK and not looks_like_heading(block.text):
        return False
    return _words_within(title, block.text)


def _words_within(part: str, whole: str) -> bool:
    """Whether `part`'s words stand, whole and in order, among `whole`'s ("Low Water" in "Chapter 2: Low Water";
    "Sea" not in "The Season")."""
    words = plain_words(part)
    return bool(words) and f" {words} " in f" {plain_words(whole)} "


_LEFT_BEHIND_MAX = 2  # a label and its name ("Chapter 3" over "The Chain")


def _heading_left_behind(blocks: list[Block], title: str) -> list[Block]:
    """The heading that ends `blocks` and names the chapter an entry titled `title` opens after it: the entry
    points just below its heading (at an anchor after it, at the first paragraph) or at the file after the one a
    converter ended with it. "Chapter 3: The Chain" was read at the end of chapter 2, and chapter 3 began
    without it. A heading that names another thing ("THE END" before "Afterword") stays where it is, and a chapter
    that is only headings (a part's page) is folded into the next whole (`merge_heading_fragments`)."""
    count = 0
    while count < min(len(blocks), _LEFT_BEHIND_MAX) and (
            blocks[-1 - count].kind == "heading" or blocks[-1 - count].look >= LOOK_MIN_RANK):
        count += 1
    heading = blocks[len(blocks) - count:]
    names_it = [looks_like_heading(b.text) or _words_within(title, b.text) or _words_within(b.text, title)
                for b in heading]  # a label, or the title's words, or some of them
    return heading if heading and count < len(blocks) and any(names_it) else []


def _goes_on(first: Block) -> bool:
    """Whether a file whose TOC entry repeats the one before it ("The Storm", "The Storm") goes on with that
    chapter: its text opens without a heading, as a converter that cut the chapter's file for size and gave each
    piece the entry wrote it. Two poems both titled "Sonnet" each open with their heading, and stay two."""
    return first.kind != "heading" and not first.look


def merge_heading_fragments(chapters: list[Chapter]) -> list[Chapter]:
    """Fold chapters that are only a few heading words (title-page lines, headings or lines set apart by
    their look) into the next one. One titled as matter stays apart, to be skipped as such (Sphinx's index
    page, the heading "Index" alone, was read at the end of the book's last chapter)."""
    merged: list[Chapter] = []
    pending: list[Chapter] = []
    for index, chapter in enumerate(chapters):
        words = sum(b.words for b in chapter.blocks)
        if words < HEADING_FRAGMENT_WORDS and not is_matter_title(chapter.title or "") and (
                _headings_only(chapter) or _label_and_bold_name(chapter) or _part_over_text(chapters, index)):
            pending.append(chapter)
            continue
        if pending:
            blocks = tuple(b for p in pending for b in p.blocks) + chapter.blocks
            hrefs = tuple(dict.fromkeys(h for p in [*pending, chapter] for h in p.source_hrefs))
            chapter = Chapter(title=_opened_title(pending[-1].title, chapter.title), blocks=blocks, source_hrefs=hrefs)
            pending = []
        merged.append(chapter)
    if pending:  # trailing fragments: keep them as they are rather than lose them
        if merged:
            last = merged.pop()
            blocks = last.blocks + tuple(b for p in pending for b in p.blocks)
            hrefs = tuple(dict.fromkeys(h for p in [last, *pending] for h in p.source_hrefs))
            merged.append(Chapter(title=last.title, blocks=blocks, source_hrefs=hrefs))
        else:
            merged.extend(pending)
    return merged


def _headings_only(chapter: Chapter) -> bool:
    """Whether a chapter holds only headings: elements or lines set apart by their look."""
    return all(b.kind == "heading" or b.look >= LOOK_MIN_RANK for b in chapter.blocks)


def _part_over_text(chapters: list[Chapter], index: int) -> bool:
    """Whether a chapter is only paragraphs naming a part ("VOL. I.") and the next holds text: "VOL. I." over
    "CHAP. I." was a chapter of two words (not so a contents list's "Part One" line over its "Chapter One")."""
    return index + 1 < len(chapters) and all(is_part_heading(b.text) for b in chapters[index].blocks) and sum(
        b.words for b in chapters[index + 1].blocks) >= HEADING_FRAGMENT_WORDS


def _opened_title(fragment: str, title: str) -> str:
    """The title of a chapter a page of headings opens: its own, unless the page names a chapter and the title
    names no division, as a scene's heading does: "Chapter 40. Midnight, Forecastle." over "HARPOONEERS AND
    SAILORS." (a converter gave each its page and entry); a bare label joins the name, "Chapter 3 — The Storm". A
    part's page ("Part One") leaves the chapter its title."""
    found = division_and_number(fragment) if division_rank(fragment) == 2 else None
    if found is None or not title or looks_like_heading(title) or plain_words(title) in plain_words(fragment):
        return title  # a chapter's heading set before its TOC anchor: "Chapter 1: The Storm" over "The Storm"
    return fragment if found[2] else label_and_name(fragment, title)


def _label_and_bold_name(chapter: Chapter) -> bool:
    """A division's label over its name in bold, and nothing more ("Part One" / "Winter", as calibre's FB2
    sets a part's title): a part that opens the chapter after it. A label alone may be a contents line."""
    blocks = chapter.blocks
    return len(blocks) >= 2 and is_bare_label(blocks[0].text) and all(block.look for block in blocks)


def chapters_at_headings(chapters: list[Chapter]) -> list[Chapter]:
    """A book with no table of contents gets one chapter per document; but where a converter cut its
    documents for size ("index_split_001.html"...), a chapter runs on into the next document and
    another starts inside one. So its chapters are cut again, across documents, at the highest
    heading level (<h1>-<h3>) that occurs more than once; a document that does not start with such
    a heading continues the chapter before it. A book without repeated headings keeps its chapters. A label's
    name on the next line of its heading ("<h2>Chapter 1<br/>The Ferry</h2>", or <h2>2</h2><h2>The Storm</h2>)
    stays with its label: "Chapter 1 — The Ferry" (it was titled "The Ferry")."""
    blocks = [block for chapter in chapters for block in chapter.blocks]
    levels = Counter(b.level for b in blocks if b.kind == "heading" and 0 < b.level <= 3)
    level = next((n for n in (1, 2, 3) if levels[n] > 1), None)
    if level is None:
        return chapters
    pieces: list[list[Block]] = [[]]
    for block in blocks:
        if (block.kind == "heading" and 0 < block.level <= level and pieces[-1]
                and not _names_its_label(pieces[-1], block)):
            pieces.append([])
        pieces[-1].append(block)
    return merge_heading_fragments([Chapter(title=title_from_text(None, piece), blocks=tuple(piece),
                                            source_hrefs=tuple(dict.fromkeys(b.href for b in piece)))
                                    for piece in pieces if piece])


def _names_its_label(piece: list[Block], heading: Block) -> bool:
    """Whether `heading` is the name of the bare label that alone opens `piece` at its level ("Chapter 1", "2")."""
    label = piece[0]
    return (len(piece) == 1 and label.kind == "heading" and label.level == heading.level and is_bare_label(label.text)
            and label.href == heading.href and not is_part_heading(label.text)  # a part's page, then its chapter
            and not is_bare_label(heading.text) and not looks_like_heading(heading.text)
            and heading.words <= SUBTITLE_MAX_WORDS)


def choose_depth(stream: list[FileStart | Anchor | Block | Skipped], entries: list[TocEntry], include_matter: bool) -> int:
    """The deepest TOC level with at most AUTO_MAX_CHAPTERS chapters, or whose chapters
    keep a median of AUTO_MIN_MEDIAN_WORDS words.

    A novel with parts and chapters gets its chapters; a poetry book with hundreds
    of one-poem entries under a few sections gets the sections. A level that only a few of the
    chapters above it reach, each a place inside the document its parent opens (a poem's title
    inside a chapter's file, as calibre lists it), is not the book's: the chapter stays whole.
    """
    max_depth = max((e.depth for e in entries), default=1)
    chosen = 1
    for depth in range(1, max_depth + 1):
        chapters, _ = cut_chapters(stream, entries, depth=depth, include_matter=include_matter)
        words = [sum(b.words for b in c.blocks) for c in chapters]
        if not words or (depth > 1 and _places_inside_a_few(entries, depth, len(chapters))):
            continue
        if depth == 1 or len(chapters) <= AUTO_MAX_CHAPTERS or statistics.median(words) >= AUTO_MIN_MEDIAN_WORDS:
            chosen = depth
    return chosen


STRAY_LEVEL_SHARE = 4  # a level whose entries are at most a quarter of its chapters, each inside its parent


def _places_inside_a_few(entries: list[TocEntry], depth: int, chapters: int) -> bool:
    """Whether the entries at `depth` are places inside their parents' documents that are not the book's
    chapters: few (at most one chapter in STRAY_LEVEL_SHARE), each inside the document its parent opens (not
    inside a one-document book, whose entries all point inside it); or the one "Notes" section that each chapter
    ends with, a part of its chapter rather than a chapter of a few dozen words (a "Summary" is a chapter's
    own: the listener may look for it)."""
    children: dict[int, int] = {}
    titles: set[str] = set()
    parent: TocEntry | None = None
    each_opens_its_document = True
    for entry in entries:
        if entry.depth < depth:
            parent = entry
        elif entry.depth == depth:
            if parent is None or entry.fragment is None or entry.href != parent.href:
                return False
            each_opens_its_document = each_opens_its_document and not parent.fragment
            children[id(parent)] = children.get(id(parent), 0) + 1
            titles.add(entry.title.strip().casefold())
    found = sum(children.values())
    few = each_opens_its_document and found * STRAY_LEVEL_SHARE <= chapters
    one_section_each = (len(children) > 1 and len(titles) == 1 and set(children.values()) == {1}
                        and NOTES_TITLE.match(next(iter(titles))) is not None)
    return 0 < found and (few or one_section_each)


# a title set apart by its look alone (`ingest.look`): short, bold and centred or larger, or bold alone
LOOK_HEADING_MAX_WORDS = 12
LOOK_MIN_RANK = 3  # bold and centred, or larger type
LOOK_BOLD_RANK = 2  # bold alone: the weakest title look, and never a cry ("<b>Stop!</b>")
_CRY = ("!", "?", "…", "!\u201d", "?\u201d", '!"', '?"')
TITLE_GROUP_GAP = 5  # a title's lines: a number, an editor's note, the name, the author


def is_look_title(block: Block) -> bool:
    """A line set apart by its look alone that reads as a title: short, not ending as a clause does, and in bold
    alone never ending as a cry does ("<b>Stop!</b>")."""
    return (block.look >= LOOK_BOLD_RANK and block.words <= LOOK_HEADING_MAX_WORDS
            and not block.text.endswith((".", ",", ";", ":")) and not block.text[:1].islower()
            and (block.look >= LOOK_MIN_RANK or not block.text.endswith(_CRY)))


_LEADING_HEADINGS = 4


def _part_of(chapter: Chapter) -> str | None:
    """The part a chapter opens with: a heading at its start above the chapter's own ("Part Two"
    over "Chapter 1", an <h1> over an <h2>, a line in a heading's look over "Chapter 1"), or its own title
    when that names a part."""
    lead = []
    for block in chapter.blocks[:_LEADING_HEADINGS]:
        if block.kind != "heading" and not looks_like_heading(block.text) and block.look < LOOK_MIN_RANK:
            break
        lead.append(block)
    for index, block in enumerate(lead[:-1]):
        below = lead[index + 1:]
        if is_part_heading(block.text) or any(0 < block.level < other.level for other in below) or (
                block.look and not looks_like_heading(block.text) and is_numbered_label(below[0].text)) or (
                looks_like_heading(block.text) and division_rank(block.text) < division_rank(below[0].text)):
            # a part named by its subject in a heading's look ("Winter") over "Chapter 1"; a division above the
            # chapter's own, a play's "ACT II" over "SCENE 1"
            return block.text
    return chapter.title if is_part_heading(chapter.title) else None


REPEATED_HEADING = "heading repeated right under itself"


def without_repeated_headings(chapters: list[Chapter]) -> tuple[list[Chapter], list[Skipped]]:
    """A chapter's heading right under a heading of the same words is said once (an mdBook's print page heads each
    chapter with its file's <h1> over the page's own <h2>), and so is a short paragraph set apart by its look or
    naming a division that repeats the heading over it (a web serial's chapter, saved with the site's heading,
    opens with its own title in bold; a poem's first line may be its title); the repeat is listed."""
    result: list[Chapter] = []
    skipped: list[Skipped] = []
    for chapter in chapters:
        blocks = chapter.blocks
        repeats = {i for i in range(1, len(blocks)) if blocks[i - 1].kind == "heading" and (
            blocks[i].text.casefold() == blocks[i - 1].text.casefold() if blocks[i].kind == "heading" else
            blocks[i].words <= LOOK_HEADING_MAX_WORDS and (blocks[i].look or looks_like_heading(blocks[i].text))
            and same_words(blocks[i].text, blocks[i - 1].text))}  # not a poem's first line under its title
        if repeats:
            skipped.extend(Skipped.of_text(blocks[i].href, REPEATED_HEADING, blocks[i].text) for i in sorted(repeats))
            chapter = replace(chapter, blocks=tuple(b for i, b in enumerate(blocks) if i not in repeats))
        result.append(chapter)
    return result, skipped


def distinct_titles(chapters: list[Chapter] | tuple[Chapter, ...]) -> list[Chapter]:
    """When chapter titles repeat in the book (numbering that starts again in each part: "Chapter 1"
    in Part One and in Part Two; a play's "SCENE 1. A quay at night." and "SCENE 1. The same." in each act),
    the chapters titled by a repeated title or label, or by a bare label, take their part's name: "Part Two,
    Chapter 1", "ACT II, SCENE 1. The same.". A player's chapter list then tells them apart; their siblings
    of the same division do too ("ACT I, SCENE 2. The landing." beside "ACT I, SCENE 1"), not one in two. Nothing
    changes when no title repeats, or when the parts found do not tell every repeat apart."""
    counts = Counter(_title_key(c.title) for c in chapters)
    if all(n == 1 for n in counts.values()):
        return list(chapters)
    repeated_divisions = {key.split()[0] for key, n in counts.items() if n > 1 and key}  # "scene"
    named: list[str] = []
    part = None
    for chapter in chapters:
        part = _part_of(chapter) or part
        title = chapter.title
        label = label_of(title)
        wanted = counts[_title_key(title)] > 1 or is_numbered_label(title) or bool(
            label and plain_words(label).partition(" ")[0] in repeated_divisions)
        if wanted and part and plain_words(part) not in plain_words(title):
            title = f"{part.rstrip(' .:')}, {title}"  # not "PART TWO., CHAPTER I."
        named.append(title)
    repeats = [plain_words(n) for c, n in zip(chapters, named) if counts[_title_key(c.title)] > 1]
    if len(set(repeats)) < len(repeats):
        return list(chapters)
    return [Chapter(title=name, blocks=c.blocks, source_hrefs=c.source_hrefs) if name != c.title else c
            for c, name in zip(chapters, named)]


def _title_key(title: str) -> str:
    """What a title is told apart by: its division's label and number when it opens with one ("scene 1"), else
    its words."""
    return plain_words(label_of(title) or title)
