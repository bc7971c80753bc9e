"""Tags and cover art with mutagen: ID3 for MP3 files, MP4 atoms for the M4B."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audiobook.models import BookPlan, Cover
from audiobook.settings import RenderSettings
from audiobook.tts.registry import narrator_name


@dataclass(frozen=True)
class BookTags:
    title: str
    authors: tuple[str, ...]
    cover: Cover | None
    genre: str = "Audiobook"
    album: str = ""  # the book's title, or a podcast episode's show
    track: int | None = None  # a podcast episode's number
    date: str | None = None  # ISO date
    description: str = ""
    narrator: str = ""  # the voice that reads it: the composer tag, where audiobook apps look for the narrator

    @property
    def artist(self) -> str:
        return ", ".join(self.authors)


def tag_chapter_mp3(path: Path, tags: BookTags, *, title: str, track: int, total: int) -> None:
    from mutagen.id3 import APIC, ID3, TALB, TCOM, TCON, TIT2, TPE1, TPE2, TRCK, ID3NoHeaderError

    try:
        id3 = ID3(str(path))
    except ID3NoHeaderError:
        id3 = ID3()
    id3.setall("TIT2", [TIT2(encoding=3, text=title)])
    id3.setall("TALB", [TALB(encoding=3, text=tags.title)])
    id3.setall("TPE1", [TPE1(encoding=3, text=tags.artist)])
    id3.setall("TPE2", [TPE2(encoding=3, text=tags.artist)])
    id3.setall("TRCK", [TRCK(encoding=3, text=f"{track}/{total}")])
    id3.setall("TCON", [TCON(encoding=3, text=tags.genre)])
    if tags.narrator:
        id3.setall("TCOM", [TCOM(encoding=3, text=tags.narrator)])
    if tags.cover:
        id3.setall("APIC", [APIC(encoding=3, mime=tags.cover.media_type, type=3, desc="Cover", data=tags.cover.data)])
    id3.save(str(path), v2_version=3)


def tag_book_mp3(path: Path, tags: BookTags) -> None:
    from mutagen.id3 import APIC, COMM, ID3, TCOM, TCON, TDRC, TRCK

    id3 = ID3(str(path))
    id3.setall("TCON", [TCON(encoding=3, text=tags.genre)])
    if tags.track is not None:
        id3.setall("TRCK", [TRCK(encoding=3, text=str(tags.track))])
    if tags.date:
        id3.setall("TDRC", [TDRC(encoding=3, text=tags.date)])
    if tags.description:
        id3.setall("COMM", [COMM(encoding=3, lang="eng", desc="", text=tags.description)])
    if tags.narrator:
        id3.setall("TCOM", [TCOM(encoding=3, text=tags.narrator)])
    if tags.cover:
        id3.setall("APIC", [APIC(encoding=3, mime=tags.cover.media_type, type=3, desc="Cover", data=tags.cover.data)])
    id3.save(str(path), v2_version=3)


DESCRIPTION_SHORT_CHARS = 255  # iTunes' "desc" atom; the whole description goes in "ldes"


def tag_m4b(path: Path, tags: BookTags) -> None:
    from mutagen.mp4 import MP4, MP4Cover

    audio = MP4(str(path))
    assert audio.tags is not None or audio.add_tags() is None
    audio.tags["\xa9nam"] = [tags.title]
    audio.tags["\xa9alb"] = [tags.title]
    audio.tags["\xa9ART"] = [tags.artist]
    audio.tags["aART"] = [tags.artist]
    audio.tags["\xa9gen"] = [tags.genre]
    audio.tags["stik"] = [2]  # media kind: audiobook
    if tags.narrator:
        audio.tags["\xa9wrt"] = [tags.narrator]
    if tags.date:  # the book's publication date ("1907", "2008-05-20")
        audio.tags["\xa9day"] = [tags.date]
    if tags.description:  # what a reader app shows under the title: the short form and the whole text
        audio.tags["desc"] = [tags.description[:DESCRIPTION_SHORT_CHARS]]
        audio.tags["ldes"] = [tags.description]
    if tags.cover:
        kind = MP4Cover.FORMAT_PNG if tags.cover.media_type == "image/png" else MP4Cover.FORMAT_JPEG
        if tags.cover.media_type in {"image/png", "image/jpeg"}:
            audio.tags["covr"] = [MP4Cover(tags.cover.data, imageformat=kind)]
    audio.save()


def book_tags(plan: BookPlan, settings: RenderSettings) -> BookTags:
    """The tags of a book's files, its narrator the engine and voice that read it (as the sidecar names them)."""
    book, episode = plan.book, plan.book.episode
    narrator = narrator_name(settings.engine, settings.voice)
    if episode is None:
        return BookTags(title=book.title, authors=book.authors, cover=book.cover, album=book.title,
                        date=book.publication.published or None, description=book.description, narrator=narrator)
    return BookTags(title=book.title, authors=book.authors, cover=book.cover, genre="Podcast",
                    album=episode.show or book.title, track=episode.number, date=episode.published,
                    description=book.description, narrator=narrator)
