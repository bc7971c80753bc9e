"""What a saved web page says about its article: the title without the site's name, and the authors.

A page's <title> carries the site's name ("The Keeper's Year | Harbour Weekly"), and many pages
name their authors only in their structured data (JSON-LD), an article:author property or a
rel="author" link, not in <meta name="author">.
"""

from __future__ import annotations

import json
import re

from lxml import etree

_TITLE_SEPARATOR = re.compile(r"\s+(?:\||·|•|—|–|-|::|»)\s+")
# what a documentation generator adds to the project's name in every page's title: "1.0 documentation" (Sphinx)
_DOCUMENTATION = re.compile(r"\s+(?:v?\d[\w.+-]*\s+)?(?:documentation|dokumentation|documentaci[óo]n?|documentazione|"
                            r"documentação|documentatie|dokumentacja|документация)$", re.IGNORECASE)


def _meta(root: etree._Element, *names: str) -> str:
    """The content of the first <meta> whose name or property is one of `names`."""
    for element in root.iter("meta", "{*}meta"):
        if (element.get("property") or element.get("name") or "").lower() in names:
            return " ".join((element.get("content") or "").split())
    return ""


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def article_title(root: etree._Element, title: str, headings: list[str]) -> str:
    """A web page's title without its site's name: the page's Open Graph title, else the part of
    "The Keeper's Year | Harbour Weekly" that a heading repeats, or that is not the site's name."""
    if og_title := _meta(root, "og:title", "twitter:title"):
        return og_title
    headed = {_plain(heading) for heading in headings}
    documented = _DOCUMENTATION.sub("", title)  # Sphinx's "The Keeper's Logbook 1.0 documentation"
    if documented != title and _plain(documented) in headed:
        return documented
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if named := next((part for part in parts if _plain(part) in headed), None):
        return named
    site = _plain(_meta(root, "og:site_name", "application-name"))
    if site and any(_plain(part) == site for part in parts):
        return " - ".join(part for part in parts if _plain(part) != site)
    return title


def article_authors(root: etree._Element) -> list[str]:
    """The article's authors where a web page names them outside <meta name="author">: its structured
    data (JSON-LD "author"), an article:author that is a name (not a profile's address), or a link
    marked rel="author"."""
    if structured := _structured_authors(root):
        return structured
    author = _meta(root, "article:author")
    if author and "/" not in author:
        return [author]
    links = (a for a in root.iter("a", "{*}a") if "author" in (a.get("rel") or "").split())
    return [name for name in (" ".join("".join(a.itertext()).split()) for a in links) if name][:1]


_MAX_STRUCTURED_BYTES = 1_000_000


def _structured_authors(root: etree._Element) -> list[str]:
    """The authors named by the page's JSON-LD (schema.org's "author": a name, a Person, or a list of
    them), from the first object that names any; a broken block is passed over, as a browser does."""
    for script in root.iter("script", "{*}script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_STRUCTURED_BYTES:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                if names := _names_of(item.get("author")):
                    return names
                pending.extend(item.get("@graph") or [])
    return []


def _names_of(author: object) -> list[str]:
    authors = author if isinstance(author, list) else [author]
    names = [a if isinstance(a, str) else a.get("name") if isinstance(a, dict) else None for a in authors]
    return [" ".join(name.split()) for name in names if isinstance(name, str) and name.strip() and "/" not in name]
