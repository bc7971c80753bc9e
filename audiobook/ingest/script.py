"""Podcast scripts (plain text or Markdown with speaker labels) into a `Book`.

    ---
    show: The Lamp Room
    title: Fog Signals
    episode: 3
    date: 2026-11-20
    author: Harbour Radio
    language: en
    voices:
      HOST: en-us+Annie            # any engine
      GUEST: {espeak: en-gb+Andy, voiceai: 5f2c...}
    ---
    ## Cold open                   (a section: one chapter marker; not spoken)
    HOST: Welcome back to the Lamp Room.
    GUEST: Thanks for having me.
    Lines without a label continue the current speaker's paragraph.
    [Theme music]                  (a stage direction: listed as skipped, not spoken)
    // a production note           (not spoken, not listed)
    <!-- a Markdown comment -->    (not spoken, listed)

A label is a speaker's name followed by a colon at the start of a line; the other shapes
scripts written by hand take (labels in any case or in Markdown emphasis, screenplay cues,
directions inside a line) are in `script_lines`. A blank line ends a paragraph. Text before
the first section belongs to the episode title.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from audiobook.errors import InputError, ParseError
from audiobook.ingest.cover_picture import read_cover
from audiobook.ingest.epub import file_title, require_text
from audiobook.ingest.front_matter import split_front_matter
from audiobook.ingest.html_parsing import looks_binary
from audiobook.ingest.script_lines import (
    TRANSCRIPTION_CREDIT,
    cue,
    is_direction,
    is_transcription_credit,
    label,
    looks_like_script,
    opening_direction,
    speakers,
    stamped_cue,
    without_directions,
)
from audiobook.models import Block, Book, Chapter, Cover, EpisodeInfo, Skipped
from audiobook.text.unicode_files import unicode_text

MAX_SCRIPT_BYTES = 8 * 1024**2
MAX_SCRIPT_LINES = 100_000
_SECTION = re.compile(r"^#{1,3}\s+(.+?)\s*#*$")
_MARKUP = [(re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"), (re.compile(r"(\*\*|__|\*|`)"), "")]
_FRONT_KEYS = {"show", "title", "episode", "season", "date", "author", "authors", "language", "description",
               "voices", "image", "explicit"}


def read_script(path: Path) -> Book:
    """Read one script; ParseError/EmptyBookError name the file and the problem."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SCRIPT_BYTES:
            raise ParseError(source, f"script is {size:,} bytes; refusing scripts over {MAX_SCRIPT_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(source, f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        text = unicode_text(data)
    except UnicodeDecodeError as exc:
        raise ParseError(source, f"not {exc.encoding.upper()} text (byte {exc.start})") from exc
    if looks_binary(text[:65_536]):
        raise ParseError(source, "binary data, not a text script")
    return script_from_text(text, path, data)


def script_from_text(text: str, path: Path, data: bytes, place: Callable[[int], str] = "line {}".format) -> Book:
    """A script's book from its text: a text file's (`data` its bytes), or a document's paragraphs, one a line
    with a blank line between (`place` names where a line stands: "line 12", "paragraph 6")."""
    source = str(path)
    text, comments = _without_comments(text, place)
    lines = text.splitlines()
    if len(lines) > MAX_SCRIPT_LINES:
        raise ParseError(source, f"script has {len(lines):,} lines; the limit is {MAX_SCRIPT_LINES:,}")
    front, body_start = _front_matter(lines, source)
    named = _episode_line(lines[body_start:])  # "Episode 4: Point Grey", where no front matter names the episode
    title = str(front.get("title") or "").strip() or (named[1] if named else file_title(path))
    voices = _voices(front, source)
    names = speakers(lines[body_start:], [speaker for speaker, _, _ in voices])
    chapters, skipped = _sections(lines[body_start:], body_start, title, names, place)
    skipped = sorted([*comments, *skipped], key=lambda item: _line_of(item.href))
    authors = front.get("authors") or ([front["author"]] if front.get("author") else [])
    book = Book(
        source=source,
        title=title,
        authors=tuple(str(a) for a in authors),
        declared_language=str(front["language"]) if front.get("language") else None,
        chapters=tuple(chapters),
        skipped=tuple(skipped),
        cover=_cover(path, front.get("image"), source),
        checksum=hashlib.sha256(data).hexdigest(),
        description=str(front.get("description") or "").strip(),
        episode=EpisodeInfo(show=str(front.get("show") or "").strip(),
                            number=_integer(front, "episode", source) if "episode" in front or not named else named[0],
                            season=_integer(front, "season", source), published=_date(front, source),
                            explicit=bool(front.get("explicit", False)), voices=voices),
    )
    require_text(book)
    return book


# a script's first line naming its episode: "Episode 4: Point Grey", "Ep. 12 — The Fog Bell", "Épisode 3 : Le phare",
# "Folge 7: Der Leuchtturm", "# Episodio 2 - El faro"
_EPISODE_LINE = re.compile(r"^(?:#{1,3}\s*)?[*_]{0,2}(?:episode|ep\.?|épisode|folge|episodio|episódio|episodi|"
                           r"aflevering|avsnitt|odcinek|выпуск|эпизод)\s*(?:#|no\.?|nr\.?|n[º°])?\s*(\d{1,4})[*_]{0,2}\s*[:.–—-]\s*"
                           r"(\S.{0,150}?)[*_]{0,2}\s*$", re.IGNORECASE)


def _episode_line(lines: list[str]) -> tuple[int, str] | None:
    """The number and title a script's first line gives its episode ("Episode 4: Point Grey"), or None."""
    first = next((line.strip() for line in lines if line.strip()), "")
    match = _EPISODE_LINE.match(first)
    return (int(match.group(1)), _plain(match.group(2))) if match else None


# a Markdown comment, the note a script's writer leaves that Markdown does not show: "<!-- keep it short -->"
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
COMMENT = "comment (a note in the script, not read)"


def _without_comments(text: str, place: Callable[[int], str]) -> tuple[str, list[Skipped]]:
    """The script without its comments, each listed where it stands; a comment over several lines leaves them
    blank, so that every line keeps its number (they were read aloud, "<!--" and all)."""
    if "<!--" not in text:
        return text, []
    comments = [Skipped.of_text(place(text.count("\n", 0, match.start()) + 1), COMMENT, match.group(1))
                for match in _COMMENT.finditer(text)]
    return _COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), text), comments


def _line_of(where: str) -> int:
    """The number in a place's name ("line 12"), for listing what was skipped in the script's order."""
    return int(where.rsplit(" ", 1)[-1]) if where.rsplit(" ", 1)[-1].isdigit() else 0


_DOCUMENT_LINES = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6")


def document_script(root: etree._Element, path: Path, data: bytes) -> Book | None:
    """A Word or OpenDocument file (`root` its text as HTML, `data` its bytes) written as a podcast script, read as
    one: its paragraphs as the script's lines, its headings as sections; None where its paragraphs do not look like
    a script's (`script_lines.looks_like_script`). Podcasters write scripts in word processors; read as books, their
    speakers' names and stage directions were read aloud."""
    lines = []
    for element in root.iter(*_DOCUMENT_LINES):
        if any(outer.tag in _DOCUMENT_LINES for outer in element.iterancestors()):
            continue  # a list item's paragraph, as Writer sets it: its item's line, not one more (it was read twice)
        text = " ".join("".join(element.itertext()).split())
        if text:
            lines.append(f"## {text}" if element.tag[0] == "h" else text)
    text = "\n\n".join(lines)
    if not looks_like_script(text):
        return None
    return script_from_text(text, path, data, place=lambda line: f"paragraph {(line + 1) // 2}")


def _front_matter(lines: list[str], source: str) -> tuple[dict[str, Any], int]:
    front, body_start = split_front_matter(lines, source)
    unknown = sorted(set(map(str, front)) - _FRONT_KEYS)
    if unknown:
        raise ParseError(source, f"unknown front matter key {unknown[0]!r}; known: {', '.join(sorted(_FRONT_KEYS))}")
    return front, body_start


def _integer(front: dict[str, Any], key: str, source: str) -> int | None:
    value = front.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ParseError(source, f"front matter {key!r} must be a whole number, not {value!r}")
    return value


def _date(front: dict[str, Any], source: str) -> str | None:
    value = front.get("date")
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise ParseError(source, f"front matter 'date' must be YYYY-MM-DD, not {value!r}") from exc


def _voices(front: dict[str, Any], source: str) -> tuple[tuple[str, str, str], ...]:
    voices = front.get("voices") or {}
    if not isinstance(voices, dict):
        raise ParseError(source, "front matter 'voices' must map speakers to voices")
    found = []
    for speaker, voice in voices.items():
        if isinstance(voice, dict):
            found += [(str(speaker).upper(), str(engine), str(v)) for engine, v in voice.items()]
        elif isinstance(voice, str | int):
            found.append((str(speaker).upper(), "", str(voice)))
        else:
            raise ParseError(source, f"front matter voice of {speaker!r} must be a voice name or an engine map")
    return tuple(found)


def _cover(path: Path, image: object, source: str) -> Cover | None:
    if not image:
        return None
    try:
        return read_cover((path.parent / str(image)).resolve())
    except InputError as exc:
        raise ParseError(source, f"image {image!r}: {exc.problem}") from None


def _plain(text: str) -> str:
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _sections(lines: list[str], first_line: int, title: str, names: frozenset[str], place: Callable[[int], str]
              ) -> tuple[list[Chapter], list[Skipped]]:
    """Cut at headings; one Block per paragraph, labelled with its speaker (`script_lines`)."""
    chapters: list[Chapter] = []
    skipped: list[Skipped] = []
    section_title, blocks = title, []
    speaker: str | None = None
    paragraph: list[str] = []

    def direction(number: int, text: str) -> None:
        skipped.append(Skipped.of_text(place(number), "stage direction", text))

    def end_paragraph() -> None:
        if paragraph:
            text, directions = without_directions(_plain(" ".join(paragraph)))
            for found in directions:
                direction(line_number, found)
            if text.strip():
                blocks.append(Block(text=" ".join(text.split()), speaker=speaker, href=place(line_number)))
            paragraph.clear()

    def end_section() -> None:
        end_paragraph()
        if blocks:
            chapters.append(Chapter(title=section_title, blocks=tuple(blocks)))

    line_number = first_line
    previous = ""
    for number, raw in enumerate(lines, start=first_line + 1):
        line = raw.strip()
        following = lines[number - first_line].strip() if number - first_line < len(lines) else ""
        if not paragraph:
            line_number = number
        if not line:
            end_paragraph()
        elif line.startswith("//"):
            continue
        elif heading := _SECTION.match(line):
            end_section()
            section_title, blocks, speaker = _plain(heading.group(1)), [], None
            line = ""  # a cue may open the section
        elif is_direction(line):
            end_paragraph()
            direction(number, line)
        elif is_transcription_credit(line):
            end_paragraph()
            skipped.append(Skipped.of_text(place(number), TRANSCRIPTION_CREDIT, line))
        elif (found := label(line)) and found[0] in names:
            end_paragraph()
            line_number = number
            speaker, extension, text = found
            text, how = opening_direction(text)
            for said in (extension, how):
                if said:
                    direction(number, said)
            if text:
                paragraph.append(text)
        elif following and (found_cue := cue(line) if not previous else stamped_cue(line)) and (
                found_cue[0] in names):
            end_paragraph()  # a screenplay's cue: the name alone, its lines below; a transcript's, under anything
            speaker = found_cue[0]
            if found_cue[1]:
                direction(number, found_cue[1])
        else:
            paragraph.append(line)
        previous = line
    end_section()
    return chapters, skipped
