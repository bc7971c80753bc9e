"""A podcast RSS 2.0 feed, with the iTunes tags podcast apps read, over the episodes
rendered in an output folder (`episodes/<name>/manifest.json` each)."""

from __future__ import annotations

import datetime
import email.utils
import json
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urljoin

from audiobook.files import write_bytes_atomic
from audiobook.ingest.show import Show

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM = "http://www.w3.org/2005/Atom"
FEED_FILE = "feed.xml"
EPISODES_FOLDER = "episodes"
ET.register_namespace("itunes", ITUNES)
ET.register_namespace("atom", ATOM)


@dataclass(frozen=True)
class Episode:
    """One rendered episode, as its manifest describes it."""

    name: str  # its folder under episodes/
    audio: str  # path of the MP3, relative to the output folder
    title: str
    description: str
    number: int | None
    season: int | None
    published: datetime.datetime
    explicit: bool
    duration_ms: int
    size: int


def rendered_episodes(output_dir: Path) -> list[Episode]:
    """Every complete episode under `output_dir/episodes`, in season and episode order."""
    found = []
    for manifest_path in sorted((output_dir / EPISODES_FOLDER).glob("*/manifest.json")):
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        audio_name = (manifest.get("outputs") or {}).get("mp3")
        audio = manifest_path.parent / audio_name if audio_name else None
        if audio is None or not audio.is_file():
            continue
        book = manifest["book"]
        info = book.get("episode") or {}
        published = (datetime.datetime.fromisoformat(info["published"]).replace(tzinfo=datetime.UTC)
                     if info.get("published") else
                     datetime.datetime.fromtimestamp(audio.stat().st_mtime, tz=datetime.UTC))
        found.append(Episode(name=manifest_path.parent.name, audio=audio.relative_to(output_dir).as_posix(),
                             title=book["title"], description=book.get("description") or book["title"],
                             number=info.get("number"), season=info.get("season"), published=published,
                             explicit=bool(info.get("explicit")), duration_ms=manifest["totals"]["duration_ms"],
                             size=audio.stat().st_size))
    return sorted(found, key=lambda e: (e.season or 0, e.number or 0, e.published, e.name))


def _url(base_url: str, relative: str) -> str:
    return urljoin(base_url if base_url.endswith("/") else base_url + "/", quote(relative))


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _duration(ms: int) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def feed_document(show: Show, episodes: list[Episode], base_url: str, image_name: str | None) -> bytes:
    """The feed's XML; newest episode first."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _add(rss, "channel")
    _add(channel, "title", show.title)
    _add(channel, "link", show.link or base_url)
    _add(channel, "description", show.description or show.title)
    _add(channel, "language", show.language)
    _add(channel, "generator", "audiobook narrate-scripts")
    newest = max((e.published for e in episodes), default=datetime.datetime.now(datetime.UTC))
    _add(channel, "lastBuildDate", email.utils.format_datetime(newest))
    _add(channel, f"{{{ATOM}}}link", href=_url(base_url, FEED_FILE), rel="self", type="application/rss+xml")
    if show.author:
        _add(channel, f"{{{ITUNES}}}author", show.author)
    if image_name:
        _add(channel, f"{{{ITUNES}}}image", href=_url(base_url, image_name))
        image = _add(channel, "image")
        _add(image, "url", _url(base_url, image_name))
        _add(image, "title", show.title)
        _add(image, "link", show.link or base_url)
    if show.category:
        ET.SubElement(channel, f"{{{ITUNES}}}category", {"text": show.category})
    _add(channel, f"{{{ITUNES}}}explicit", "true" if show.explicit else "false")
    _add(channel, f"{{{ITUNES}}}type", "episodic")
    if show.owner_name or show.owner_email:
        owner = _add(channel, f"{{{ITUNES}}}owner")
        _add(owner, f"{{{ITUNES}}}name", show.owner_name or show.author)
        _add(owner, f"{{{ITUNES}}}email", show.owner_email)
    for episode in reversed(episodes):
        item = _add(channel, "item")
        _add(item, "title", episode.title)
        _add(item, "description", episode.description)
        _add(item, "enclosure", url=_url(base_url, episode.audio), length=str(episode.size), type="audio/mpeg")
        _add(item, "guid", f"{show.title}/{episode.name}", isPermaLink="false")
        _add(item, "pubDate", email.utils.format_datetime(episode.published))
        _add(item, f"{{{ITUNES}}}title", episode.title)
        _add(item, f"{{{ITUNES}}}duration", _duration(episode.duration_ms))
        if episode.number is not None:
            _add(item, f"{{{ITUNES}}}episode", str(episode.number))
        if episode.season is not None:
            _add(item, f"{{{ITUNES}}}season", str(episode.season))
        _add(item, f"{{{ITUNES}}}episodeType", "full")
        _add(item, f"{{{ITUNES}}}explicit", "true" if episode.explicit or show.explicit else "false")
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


def write_feed(show: Show, output_dir: Path, base_url: str) -> tuple[Path, int]:
    """Copy the show's image beside the feed and write feed.xml; returns its path and episode count."""
    image_name = None
    if show.image is not None:
        image_name = "cover" + show.image.suffix.lower()
        shutil.copyfile(show.image, output_dir / image_name)
    episodes = rendered_episodes(output_dir)
    target = output_dir / FEED_FILE
    write_bytes_atomic(target, feed_document(show, episodes, base_url, image_name))
    return target, len(episodes)
