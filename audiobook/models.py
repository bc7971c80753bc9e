"""The data model of the text side: Book -> Chapter -> Block, and the segment plan.

Plain frozen dataclasses: cheap to build, safe to share between threads, and
picklable so Prefect can pass them between tasks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audiobook.text.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Block:
    """One readable unit of a chapter: a paragraph, heading, list item, verse line...

    `language_hint` is the nearest xml:lang/lang of the source element, if any;
    `speaker` is for scripts with several voices; `element` counts from <body> (0) through
    every node lxml's `iter()` yields, so a re-parse of the same document finds it again.
    `ends_scene`: a scene break follows (a line of ornaments such as "* * *", or <hr/>).
    `kind`: "p", "heading", "list-item", "quote", "pre", "table-row", or "code" (a line of a code listing, whose
    brackets, asterisks and underscores are the program's, not the text's markup).
    """

    text: str
    kind: str = "p"
    href: str = ""
    language_hint: str | None = None
    speaker: str | None = None
    element: int = -1  # the source element's position in its document's <body> (read-along EPUB); -1: none
    ends_scene: bool = False
    level: int = 0  # a heading element's level (1 for <h1> ... 6 for <h6>); 0 for anything else
    look: int = 0  # a short paragraph set apart by its look alone (bold, larger, centred: `ingest.look`); 0 else
    list_marker: str = ""  # an ordered list item's number or letter, which the reader app draws ("3", "c")
    # the source elements the text goes on in, (href, element) in order: a paragraph set a printed line an
    # element, or torn at a page's end, joined again (`continued_with`); the read-along book highlights them all
    continued: tuple[tuple[str, int], ...] = ()
    lines: int = 1  # the lines of verse its source sets it in with <br/> (a stanza's four); 1 for one that runs on
    # spans of its text its source says how to speak, (start, end, IPA, the words): EPUB 3's ssml:ph (`pronunciations`)
    pronounced: tuple[tuple[int, int, str, str], ...] = ()
    words: int = field(init=False, compare=False, repr=False)  # counted once: chaptering asks many times

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", len(self.text.split()))

    def continued_with(self, following: Block) -> tuple[tuple[str, int], ...]:
        """`continued` for this block with `following`'s text joined on to its own."""
        own = ((following.href, following.element),) if following.element >= 0 else ()
        return (*self.continued, *own, *following.continued)


@dataclass(frozen=True, slots=True)
class Skipped:
    """Text deliberately not read, and why. Every dropped character is listed here."""

    href: str
    reason: str
    words: int
    characters: int

    @classmethod
    def of_text(cls, href: str, reason: str, text: str) -> Skipped:
        """`text` skipped: its words, and its letters and digits (what the no-text-lost check counts)."""
        return cls(href, reason, len(text.split()), sum(1 for ch in text if ch.isalnum()))


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter as read from the source, before segmentation."""

    title: str
    blocks: tuple[Block, ...]
    source_hrefs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cover:
    """Cover image bytes and their media type."""

    data: bytes
    media_type: str


@dataclass(frozen=True)
class EpisodeInfo:
    """What a podcast script says about itself (its front matter)."""

    show: str = ""
    number: int | None = None
    season: int | None = None
    published: str | None = None  # ISO date
    explicit: bool = False
    voices: tuple[tuple[str, str, str], ...] = ()  # (speaker, engine or "" for any, voice)


@dataclass(frozen=True)
class Publication:
    """What a book's package says of its edition: for the sidecar a library reads, and the files' tags."""

    publisher: str = ""
    published: str = ""  # as the book dates it: "1907", "2008-05-20"
    isbn: str = ""  # 10 or 13 characters, no hyphens
    series: str = ""
    series_position: str = ""  # "2", "2.5"


@dataclass(frozen=True)
class Book:
    """A source book: metadata, cover, chapters in reading order, skipped parts."""

    source: str
    title: str
    authors: tuple[str, ...]
    declared_language: str | None
    chapters: tuple[Chapter, ...]
    skipped: tuple[Skipped, ...] = ()
    cover: Cover | None = None
    checksum: str = ""
    description: str = ""
    episode: EpisodeInfo | None = None
    lexicon: Lexicon = field(default_factory=Lexicon)  # PLS lexicons shipped inside an EPUB
    publication: Publication = field(default_factory=Publication)


@dataclass(frozen=True, slots=True)
class Segment:
    """One synthesis request: text that fits the engine's limits, with its voice settings.

    `ends_block` says whether a paragraph (rather than a sentence) pause follows; `ends_scene`,
    whether a scene break's longer one does.
    `href` and `element` say where the text sits in the source, for the read-along EPUB.
    `kind` is "text" for book text and "announcement" for a spoken chapter title
    that is not part of the source.
    A segment's text is `passage[start:end]` (the whole passage when `end` is None): the segments of one paragraph
    share its string instead of each holding a copy (a long book's text is then held once, not twice), and the id
    follows from the chapter and the segment's `number` in it.
    """

    number: int  # the segment's place in its chapter, from 1
    chapter_index: int
    passage: str  # the paragraph (or title, or credits) the text is part of
    language: str
    model: str
    block_index: int
    ends_block: bool
    kind: str = "text"
    speaker: str | None = None
    spoken: str = ""  # what is synthesized: `text` normalized for speech (numbers, abbreviations...)
    href: str = ""  # the source document the text comes from, and its element there (see Block.element)
    element: int = -1
    ends_scene: bool = False
    start: int = 0
    end: int | None = None

    @property
    def id(self) -> str:
        return f"c{self.chapter_index:03d}-s{self.number:04d}"

    @property
    def text(self) -> str:
        return self.passage if self.end is None else self.passage[self.start:self.end]

    @property
    def heard(self) -> str:
        return self.spoken or self.text


@dataclass(frozen=True, slots=True)
class ChapterPlan:
    """A chapter with its segments, ready to render."""

    index: int
    title: str
    language: str
    model: str
    words: int
    source_hrefs: tuple[str, ...]
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class BookPlan:
    """The whole book as segments: what `inspect` prints and `render` renders."""

    book: Book
    language: str
    chapters: tuple[ChapterPlan, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    dialect: str | None = None  # the region the book declares, where it changes words or voice ("pt-BR"; `dialects`)

    @property
    def segment_count(self) -> int:
        return sum(len(c.segments) for c in self.chapters)
