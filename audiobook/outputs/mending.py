"""What a source EPUB gets wrong that the reader read past and a store refuses, mended in the read-along copy.

Tools leave these in books people have (EPUBCheck names each): links to fragments that no element
carries (calibre's FB2 conversions, pandoc's notes), pictures whose files are not in the book, a picture
listed as the wrong kind, a language tag that is the shell's locale ("C", pandoc run without one), no
title at all, documents without a <title> (LibreOffice), and the CSS properties EPUB leaves to the
reading system ("direction", "unicode-bidi"; LibreOffice writes them). `repair_package` (epub3.py)
mends the package's missing files and repeated spine entries, `as_html5` what EPUB 2 allowed in a
document and EPUB 3 does not.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from lxml import etree

from audiobook.ingest.xhtml import local_name
from audiobook.outputs.epub3 import DC, OPF, remove_keeping_tail, resolved_href

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")  # BCP 47's shape, as EPUBCheck checks it
_BIDI_CSS = re.compile(rb"(?<![-\w])(?:direction|unicode-bidi)\s*:[^;}]*;?", re.IGNORECASE)


def mend_links(documents: dict[str, etree._Element]) -> set[str]:
    """Links to a fragment no element of the book carries point to its document instead, or to the old-style
    anchor (`<a name>`) that carries it, which gets the id. `documents`: the content documents by href (relative
    to the package). Returns the hrefs of the documents changed."""
    ids = {href: {element.get("id") for element in root.iter() if element.get("id")}
           for href, root in documents.items()}
    changed: set[str] = set()
    for href, root in documents.items():
        for link in root.iter():
            if local_name(link) != "a" or "#" not in (link.get("href") or ""):
                continue
            parts = urlsplit(link.get("href"))
            if parts.scheme or parts.netloc or not parts.fragment:
                continue
            target = resolved_href(parts.path, href) if parts.path else href
            fragment = unquote(parts.fragment)
            if target not in documents or fragment in ids[target]:
                continue
            anchor = next((a for a in documents[target].iter() if local_name(a) == "a" and a.get("name") == fragment
                           and not a.get("id")), None)
            if anchor is not None:
                anchor.set("id", fragment)
                ids[target].add(fragment)
                changed.add(target)
                continue
            link.set("href", parts.path or posixpath.basename(href))
            changed.add(href)
    return changed


def mend_images(documents: dict[str, etree._Element], present: Callable[[str], bool]) -> set[str]:
    """Pictures whose files the book lacks (a conversion that left them behind) go: a reader shows a broken
    image, a store refuses the book. `present` says whether an href (relative to the package) is in the archive.
    Returns the hrefs of the documents changed."""
    changed = set()
    for href, root in documents.items():
        for image in [element for element in root.iter() if local_name(element) == "img"]:
            source = urlsplit(image.get("src") or "")
            if source.scheme or source.netloc or not source.path:
                continue
            if not present(resolved_href(source.path, href)):
                remove_keeping_tail(image)
                changed.add(href)
    return changed


_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"))


def mend_media_types(items: dict[str, etree._Element], head: Callable[[str], bytes]) -> None:
    """A picture listed as one kind and stored as another (calibre's FB2 cover, a PNG named .jpg) is listed as
    what it is. `head`: the first bytes of an item's file, by href."""
    for href, item in items.items():
        listed = item.get("media-type") or ""
        if listed not in ("image/png", "image/jpeg", "image/gif"):
            continue
        start = head(href)
        actual = next((kind for signature, kind in _SIGNATURES if start.startswith(signature)), listed)
        if actual != listed:
            item.set("media-type", actual)


def mend_titles(documents: dict[str, etree._Element], title: str) -> set[str]:
    """A document whose <head> has no title (LibreOffice writes none) gets the book's, as EPUB wants one in each.
    Returns the hrefs of the documents changed."""
    changed = set()
    for href, root in documents.items():
        head = next((child for child in root if local_name(child) == "head"), None)
        if head is None or any(local_name(child) == "title" and (child.text or "").strip() for child in head):
            continue
        for empty in [child for child in head if local_name(child) == "title"]:
            head.remove(empty)
        element = etree.Element(f"{root.tag[:-4]}title")  # in the document's namespace: "{...}html" less "html"
        element.text = title
        head.insert(0, element)
        changed.add(href)
    return changed


def mend_metadata(package: etree._Element, title: str, language: str) -> None:
    """A package without a title gets the book's; a language tag that is not one (the "C" locale) becomes the
    language the book was read in, and one is added where there is none."""
    metadata = package.find(f"{OPF}metadata")
    if metadata is None:
        return
    if not any((element.text or "").strip() for element in metadata.iter(f"{DC}title")):
        for empty in list(metadata.iter(f"{DC}title")):
            metadata.remove(empty)
        etree.SubElement(metadata, f"{DC}title").text = title
    languages = list(metadata.iter(f"{DC}language"))
    for element in languages:
        if not _LANGUAGE_TAG.match((element.text or "").strip()):
            element.text = language
    if not languages:
        etree.SubElement(metadata, f"{DC}language").text = language
    for element in (package, metadata):
        if element.get(XML_LANG) is not None and not _LANGUAGE_TAG.match(element.get(XML_LANG)):
            element.set(XML_LANG, language)


def mended_stylesheet(css: bytes) -> bytes | None:
    """The stylesheet without the properties EPUB forbids, or None when it has none."""
    mended = _BIDI_CSS.sub(b"", css)
    return None if mended == css else mended
