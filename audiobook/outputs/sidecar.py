"""Audiobookshelf's sidecar: `metadata.json` in the book's folder (title, authors,
narrators, series, publisher, publication date, ISBN, description, genres, language, chapters), and the cover
as `cover.<ext>`,
which its scanner reads when "store metadata with item" is on.

For Audiobookshelf render with `--format m4b`: it counts every audio file in a book's
folder (chapter MP3s included) as part of the book.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from audiobook.files import write_bytes_atomic, write_json_atomic
from audiobook.models import Cover
from audiobook.tts.registry import narrator_name

SIDECAR_FILE = "metadata.json"


def write_sidecar(output_dir: Path, manifest: dict[str, Any], cover: Cover | None) -> list[str]:
    """metadata.json (and cover.png/.jpg if the book has a cover); returns the names written."""
    book, settings = manifest["book"], manifest["settings"]
    episode = book.get("episode") or {}
    document = {
        "title": book["title"],
        "subtitle": None,
        "authors": book["authors"],
        "narrators": [narrator_name(settings["engine"], settings.get("voice"))],
        "series": [episode["show"]] if episode.get("show") else _series(book),
        "genres": ["Podcast" if episode else "Audiobook"],
        "publishedYear": _year(published) if (published := episode.get("published") or book.get("published")) else None,
        "publishedDate": published or None,
        "publisher": book.get("publisher"),
        "description": book.get("description") or None,
        "isbn": book.get("isbn"),
        "asin": None,
        "language": book["language"],
        "explicit": bool(episode.get("explicit")),
        "abridged": False,
        "tags": [],
        "chapters": [{"id": number, "start": chapter["start_ms"] / 1000, "end": chapter["end_ms"] / 1000,
                      "title": chapter["title"]} for number, chapter in enumerate(manifest["chapters"])],
    }
    write_json_atomic(output_dir / SIDECAR_FILE, document)
    written = [SIDECAR_FILE]
    if cover is not None and cover.media_type in {"image/png", "image/jpeg"}:
        name = "cover.png" if cover.media_type == "image/png" else "cover.jpg"
        write_bytes_atomic(output_dir / name, cover.data)
        written.append(name)
    return written


def _series(book: dict[str, Any]) -> list[str]:
    """Audiobookshelf's form of a book's series: "The Lamp Keepers #2", or the name alone without a position."""
    if not book.get("series"):
        return []
    return [f"{book['series']} #{book['series_position']}" if book.get("series_position") else book["series"]]


def _year(published: str) -> str | None:
    return published[:4] if published[:4].isdecimal() else None
