"""From a `Book` to a `BookPlan`: language per block, segments within engine limits.

Language: the book's declared language (or, if unsupported, the detected majority)
is the prior; an element's xml:lang/lang replaces it for that block; the detector
overrules either when its evidence is strong. Blocks whose language is outside the
11 follow `unsupported` ("book": read with the book's language; "skip": list them
as skipped).
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from dataclasses import dataclass

from audiobook.errors import ConfigurationError, UnsupportedLanguageError
from audiobook.models import Block, Book, BookPlan, ChapterPlan, Segment, Skipped
from audiobook.text.announcements import announced_title
from audiobook.text.dialects import dialect_of, english_day_first, in_dialect, language_of
from audiobook.text.heading_numerals import counted_chapters, lettered_chapters, lone_numeral_said, numbered_heading
from audiobook.text.languages import (
    SUPPORTED_LANGUAGES,
    choose_language,
    detect_language,
    model_for,
    normalize_language,
    top_language,
)
from audiobook.text.lexicon import Lexicon, apply_lexicon, with_pronunciations
from audiobook.text.normalize import spoken_text
from audiobook.text.normalize.dates import english_dates_in_order
from audiobook.text.normalize.numbers import cardinal
from audiobook.text.scripts import (
    foreign_runs,
    fullwidth_as_ascii,
    has_foreign_letters,
    is_foreign_script,
    script_share,
    without_foreign_runs,
)
from audiobook.text.sentences import MAX_WORD_CHARS, READABLE, pack_segments, without_long_runs
from audiobook.text.verse import lines_going_on


@dataclass(frozen=True)
class SegmentOptions:
    """How text becomes segments.

    language: force one of the 11 languages for the whole book (no detection).
    model: force one model for every segment.
    unsupported: "book" reads text in other languages with the book's voice;
    "skip" leaves it out and lists it.
    normalize: expand numbers, abbreviations, symbols... for speech (`Segment.spoken`).
    lexicon: pronunciations applied before normalization (see `audiobook.text.lexicon`).
    """

    max_chars: int = 300
    max_words: int = 50
    language: str | None = None
    dialect: str | None = None  # the book's region ("pt-BR"), over the one it declares (`audiobook.text.dialects`)
    model: str | None = None
    detect: bool = True
    unsupported: str = "book"
    announce_titles: bool = False
    normalize: bool = True
    lexicon: Lexicon | None = None  # the user's; over the book's own PLS lexicons

    def __post_init__(self) -> None:
        if self.max_chars < 20 or self.max_words < 3:
            raise ConfigurationError("segment limits are too small (need max_chars >= 20 and max_words >= 3)")
        if self.unsupported not in {"book", "skip"}:
            raise ConfigurationError(f"unsupported-language policy must be 'book' or 'skip', not {self.unsupported!r}")
        if self.language is not None and self.language not in SUPPORTED_LANGUAGES:
            raise ConfigurationError(f"language {self.language!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}")


OPENINGS_ASKED = 40  # chapters whose opening the language check reads
OPENING_BLOCKS, OPENING_CHARS = 12, 600  # of each: ample evidence for fastText
OPENING_MIN_WORDS = 20  # a shorter opening (a title, a line of verse) is no evidence
CONFIDENT = 0.5  # fastText's probability for its first language that counts as a vote


def book_language(book: Book, options: SegmentOptions) -> str:
    """The prior language: forced, declared, or the majority detected over the text.

    A book declared in a language none of the voices speaks, and written mostly in a
    script none of the 11 languages uses, stops here (before any synthesis) unless
    --unsupported skip asks for its other passages only; so does one written in Latin or
    Cyrillic letters in a language outside the 11."""
    if options.language:
        return options.language
    declared = normalize_language(book.declared_language)
    if declared:
        return declared
    sample = " ".join(b.text for c in book.chapters for b in c.blocks[:20])[:20_000]
    script = is_foreign_script(sample)
    if script and options.unsupported != "skip":
        raise UnsupportedLanguageError(
            book.source, f"the book's language ({book.declared_language or 'undeclared'}) is not one of the 11 "
            f"supported, and its text is in {script} script, which none of them uses; nothing was synthesized. If the declared "
            "language is wrong, force one with --language CODE; to render only its passages in Latin or Cyrillic "
            "script, use --unsupported skip")
    readable = without_foreign_runs(sample) if script else sample
    _stop_if_in_another_language(book)
    return detect_language(readable)[0] if readable.strip() else "en"


def _stop_if_in_another_language(book: Book) -> None:
    """A book declared in a language none of the voices speaks (or not declared), written in Latin or Cyrillic
    letters but in that language (Turkish, Latin, Ukrainian), stops before any synthesis: the detector,
    restricted to the 11, would name one of them, and its voice would read every word wrongly.

    fastText's first choice among all its languages is asked about the opening of each chapter (up to 40);
    the book stops when most of them are confidently one language outside the 11."""
    openings = []
    for chapter in book.chapters[:OPENINGS_ASKED]:
        opening = " ".join(b.text for b in chapter.blocks[:OPENING_BLOCKS])[:OPENING_CHARS]
        opening = without_foreign_runs(opening) if has_foreign_letters(opening) else opening
        if len(opening.split()) >= OPENING_MIN_WORDS:
            openings.append(opening)
    votes = Counter(code for code, probability in map(top_language, openings) if probability >= CONFIDENT)
    if not votes:
        return
    code, count = votes.most_common(1)[0]
    if code not in SUPPORTED_LANGUAGES and count * 2 > len(openings):
        raise UnsupportedLanguageError(
            book.source, f"the book's language ({book.declared_language or 'undeclared'}) is not one of the 11 "
            f"supported, and its text reads as \"{code}\" ({count} of {len(openings)} chapters), which none of the "
            "voices speaks; nothing was synthesized. To read it with one of the 11 voices anyway, force its "
            "language with --language CODE")


NO_LETTERS = "no letters or digits to read (emoji or signs only)"
LONG_RUN_IN_CODE = f"a code listing's run of over {MAX_WORD_CHARS:,} characters without spaces (a key or data)"


def plan_book(book: Book, options: SegmentOptions | None = None) -> BookPlan:
    """Split every chapter into segments with a language and a model each."""
    options = options or SegmentOptions()
    prior = book_language(book, options)
    lexicon = book.lexicon.merged(options.lexicon) if options.lexicon else book.lexicon
    chapters: list[ChapterPlan] = []
    skipped: list[Skipped] = list(book.skipped)
    lettered = lettered_chapters(book.chapters) if options.normalize else frozenset()
    counted = counted_chapters(book.chapters) if options.normalize else {}
    source_name = os.path.basename(book.source)  # an HTML or text book's one file: named once in an error
    dialect = options.dialect or dialect_of(book.declared_language)
    dialect_language = language_of(dialect) if dialect else None
    day_first = english_day_first(options.dialect or book.declared_language)  # "03/04/2021" in a British book
    for chapter_index, chapter in enumerate(book.chapters, start=1):
        segments: list[Segment] = []
        words = 0
        languages: Counter[str] = Counter()
        letters, counted_heading = chapter_index - 1 in lettered, counted.get(chapter_index - 1, -1)

        def add(text: str, language: str, block_index: int, ends_block: bool, kind: str = "text",
                speaker: str | None = None, href: str = "", element: int = -1, ends_scene: bool = False,
                marker: str = "", literal: bool = False, heading: bool = False, passage: str = "",
                start: int = 0) -> None:
            # the words its source says how to speak (EPUB 3's ssml:ph), marked as a lexicon's IPA entries are
            source = chapter.blocks[block_index] if block_index >= 0 else None
            if source is not None and source.pronounced and not literal:
                text_said = with_pronunciations(text, start if passage else 0, passage or source.text,
                                                source.pronounced)
            else:
                text_said = text
            # a chapter's number in Roman numerals: "I" is "one", not the pronoun (`heading_numerals`)
            spoken = lone_numeral_said(text, language, letters) if options.normalize and not literal else None
            if spoken is None:
                said = numbered_heading(text_said, language, block_index == counted_heading) if heading and (
                    options.normalize) else text_said
                if day_first is not None and language == "en" and options.normalize and not literal and (
                        "/" in said or "-" in said):
                    said = english_dates_in_order(said, day_first)
                spoken = heard_text(said, language, lexicon, options.normalize, literal)
            if marker:  # a list item's number, which the reader app draws: "Three. Preheat the oven."
                spoken = f"{spoken_marker(marker, language)} {spoken}"
            if dialect and language == dialect_language and options.normalize and not literal:
                spoken = in_dialect(spoken, dialect)  # a Brazilian book's "dezesseis", a Belgian one's "septante"
            whole = not passage  # else `text` is passage[start:...]: the paragraph's string, held once
            segments.append(Segment(
                number=len(segments) + 1, chapter_index=chapter_index, passage=text if whole else passage,
                start=0 if whole else start, end=None if whole else start + len(text), language=language,
                model=model_for(language, options.model), block_index=block_index, ends_block=ends_block, kind=kind,
                speaker=speaker, spoken="" if spoken == text else spoken,  # stored only when it differs
                href=href, element=element, ends_scene=ends_scene,
            ))

        if options.announce_titles and chapter.title and (announced := announced_title(chapter.title, chapter.blocks)):
            add(announced, prior, -1, True, kind="announcement", heading=True)  # what its heading does not say
        verse_goes_on = lines_going_on(chapter.blocks)
        for block_index, block in enumerate(chapter.blocks):
            text = block.text
            if block.kind == "code" and len(text) > MAX_WORD_CHARS:  # a key or data no voice reads: listed, while
                text, runs = without_long_runs(text)  # such a "word" in prose stops the book (`pack_segments`)
                skipped.extend(Skipped.of_text(block.href, LONG_RUN_IN_CODE, run) for run in runs)
                if not text:
                    continue
            if not READABLE.search(text):  # "🎉🎉", "→": a voice would say the signs' names, which are not read
                skipped.append(Skipped.of_text(block.href, NO_LETTERS, text))
                continue
            if has_foreign_letters(text):  # the script first: letters no voice reads are never given a language
                text = fullwidth_as_ascii(text)  # "ＳＴＯＰ", in an East Asian font's Latin letters, is "STOP"
                script = is_foreign_script(text)
                if script:
                    skipped.append(Skipped.of_text(block.href, f"text in {script} script, which none of the 11 languages "
                                                        "uses", text))
                    continue
                runs = foreign_runs(text)
                for run in runs:
                    skipped.append(Skipped.of_text(block.href, f"words in {script_share(run).script} script inside a "
                                                        "paragraph", run))
                text = without_foreign_runs(text) if runs else text
                if not text.strip():
                    continue
            block_words = block.words if text is block.text else len(text.split())
            language = _block_language(text, block_words, block.language_hint, prior, options)
            if language is None:
                skipped.append(Skipped.of_text(block.href, f"language outside the supported 11 ({block.language_hint})",
                                        text))
                continue
            pieces = pack_segments(text, language, max_chars=options.max_chars, max_words=options.max_words,
                                   where=book.source if block.href == source_name else f"{book.source}: {block.href}")
            # a code listing's or a poem's lines are its blocks: a line's pause is a sentence's, the end a paragraph's
            goes_on = block_index in verse_goes_on or (block.kind == "code"
                                                       and _listing_goes_on(chapter.blocks, block_index))
            cursor = 0
            for number, piece in enumerate(pieces):
                last = number == len(pieces) - 1
                passage, start = "", 0  # the piece is its own passage: the whole text, or not cut from it as is
                if piece is not text and (start := text.find(piece, cursor)) >= 0:
                    passage, cursor = text, start + len(piece)
                add(piece, language, block_index, last and not goes_on, speaker=block.speaker, href=block.href,
                    element=block.element, ends_scene=last and block.ends_scene,
                    marker=block.list_marker if number == 0 else "", literal=block.kind == "code",
                    heading=block.kind == "heading" or block.look > 0, passage=passage, start=start)
            words += block_words
            languages[language] += block_words
        if not segments:
            continue
        language = languages.most_common(1)[0][0] if languages else prior
        chapters.append(ChapterPlan(index=chapter_index, title=chapter.title, language=language,
                                    model=model_for(language, options.model), words=words,
                                    source_hrefs=chapter.source_hrefs, segments=tuple(segments)))
    if not chapters:
        foreign = sum(s.words for s in skipped if " script" in s.reason)
        other = sum(s.words for s in skipped if s.reason.startswith("language outside"))
        if foreign or other:
            raise UnsupportedLanguageError(book.source, f"nothing to read: {_words(foreign)} in scripts and "
                                                        f"{other:,} in languages outside the 11 supported (see inspect)")
    # renumber chapters densely in case a chapter had only skipped text
    return BookPlan(book=book, language=prior, chapters=tuple(_renumber(chapters)), skipped=tuple(skipped),
                    dialect=dialect)


def _listing_goes_on(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether the code line `blocks[index]` is followed by another line of its listing (the same <pre>)."""
    return index + 1 < len(blocks) and blocks[index + 1].kind == "code" and blocks[index + 1].element == blocks[
        index].element


def _words(count: int) -> str:
    return f"{count:,} word is" if count == 1 else f"{count:,} words are"


def heard_text(text: str, language: str, lexicon: Lexicon, normalize: bool, literal: bool = False) -> str:
    """What the listener hears: the lexicon's pronunciations, then normalization for speech (`literal`: of a line
    of code, whose signs are the program's)."""
    text = apply_lexicon(text, language, lexicon) if lexicon else text
    return spoken_text(text, language, literal) if normalize else text


def spoken_marker(marker: str, language: str) -> str:
    """A list item's marker as a narrator says it before the item: "3" is "Three.", "c" is "C."."""
    words = cardinal(int(marker), language) if marker.isdigit() else marker.upper()
    return f"{words[:1].upper()}{words[1:]}."


def _block_language(text: str, words: int, hint: str | None, prior: str, options: SegmentOptions) -> str | None:
    if options.language:
        return options.language
    local = prior
    if hint:
        mapped = normalize_language(hint)
        if mapped is None:
            # marked as a language none of our voices speaks: the documented policy decides
            return prior if options.unsupported == "book" else None
        local = mapped
    return choose_language(text, local, word_count=words) if options.detect else local


def _renumber(chapters: list[ChapterPlan]) -> list[ChapterPlan]:
    result = []
    for number, chapter in enumerate(chapters, start=1):
        if chapter.index == number:
            result.append(chapter)
            continue
        segments = tuple(
            dataclasses.replace(s, chapter_index=number) for s in chapter.segments)
        result.append(ChapterPlan(number, chapter.title, chapter.language, chapter.model, chapter.words,
                                  chapter.source_hrefs, segments))
    return result
