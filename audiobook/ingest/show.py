"""A podcast's show description (`show.yaml` beside the scripts), for its RSS feed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from audiobook.errors import ParseError

SHOW_FILE = "show.yaml"
_KEYS = {"title", "author", "description", "language", "image", "category", "explicit", "owner_name", "owner_email",
         "link", "base_url", "voices"}


@dataclass(frozen=True)
class Show:
    title: str
    author: str = ""
    description: str = ""
    language: str = "en"
    image: Path | None = None
    category: str = ""
    explicit: bool = False
    owner_name: str = ""
    owner_email: str = ""
    link: str = ""
    base_url: str = ""
    voices: dict[str, str] = field(default_factory=dict)


def load_show(folder: Path) -> Show:
    """`folder/show.yaml`, or a show named after the folder if there is none."""
    path = folder / SHOW_FILE
    if not path.exists():
        return Show(title=folder.resolve().name.replace("-", " ").title())
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ParseError(str(path), f"cannot read the show file: {exc}") from exc
    if not isinstance(data, dict) or not data.get("title"):
        raise ParseError(str(path), "the show file needs at least 'title: ...'")
    unknown = sorted(set(map(str, data)) - _KEYS)
    if unknown:
        raise ParseError(str(path), f"unknown key {unknown[0]!r}; known: {', '.join(sorted(_KEYS))}")
    image = folder / str(data["image"]) if data.get("image") else None
    if image is not None and not image.is_file():
        raise ParseError(str(path), f"image {data['image']!r} not found")
    voices = data.get("voices") or {}
    if not isinstance(voices, dict) or not all(isinstance(v, str) for v in voices.values()):
        raise ParseError(str(path), "'voices' must map speakers to voice names")
    return Show(title=str(data["title"]), author=str(data.get("author") or ""),
                description=str(data.get("description") or ""), language=str(data.get("language") or "en"),
                image=image, category=str(data.get("category") or ""), explicit=bool(data.get("explicit", False)),
                owner_name=str(data.get("owner_name") or ""), owner_email=str(data.get("owner_email") or ""),
                link=str(data.get("link") or ""), base_url=str(data.get("base_url") or ""),
                voices={str(k).upper(): v for k, v in voices.items()})
