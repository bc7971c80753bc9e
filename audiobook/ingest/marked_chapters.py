"""Chapters a document marks itself, when the table of contents does not.

A collection's stories, or a novel's chapters, set in one document as `<section epub:type="chapter">` (or
`role="doc-chapter"`) under one TOC entry are chapters all the same: the book's own markup says so, whether each
opens with a heading, a bold line or no title at all. Each such section, where a document holds two or more and
no TOC entry points inside the document, starts a chapter titled from its text (`chapters.title_from_text`).
"""

from __future__ import annotations

from lxml import etree

from audiobook.ingest.chapters import TocEntry
from audiobook.ingest.xhtml import semantic_types

_ID_PREFIX = "audiobook-chapter-"  # given to a marked section without an id, so that the walker can cut there
# elements with an attribute that may mark them (epub:type, role, a bare type), found in C: most documents have none
_MAYBE_MARKED = etree.XPath("//*[@*[(local-name() = 'type' or name() = 'role' or name() = 'epub:type') and "
                            "contains(., 'chapter')]]")


def marked_chapter_ids(root: etree._Element) -> list[str]:
    """The ids of the outermost elements marked as chapters, in document order, when there are two or more (an id
    is given to one that has none); else none: a document that is one chapter is cut by its TOC entry."""
    marked: list[etree._Element] = []
    for element in _MAYBE_MARKED(root):
        if "chapter" in semantic_types(element) and not any(_inside(element, outer) for outer in marked[-1:]):
            marked.append(element)
    if len(marked) < 2:
        return []
    ids = []
    for number, element in enumerate(marked, start=1):
        if not (element.get("id") or element.get("name")):
            element.set("id", f"{_ID_PREFIX}{number}")
        ids.append(element.get("id") or element.get("name"))
    return ids


def _inside(element: etree._Element, outer: etree._Element) -> bool:
    return any(ancestor is outer for ancestor in element.iterancestors())


def with_marked_chapters(entries: list[TocEntry], marked: dict[str, list[str]], spine: list[str]) -> list[TocEntry]:
    """`entries` with an untitled entry for each marked chapter, after the entry of its document (at that entry's
    depth) or, for a document no entry names, after the entries of the documents before it."""
    if not marked:
        return entries
    place = {href: index for index, href in enumerate(spine)}
    result = list(entries)
    for href, ids in marked.items():
        own = [i for i, entry in enumerate(result) if entry.href == href]
        before = [i for i, entry in enumerate(result) if place.get(entry.href, len(spine)) < place[href]]
        after = own[-1] if own else before[-1] if before else -1
        depth = result[after].depth if after >= 0 else 1
        part = result[after].part if after >= 0 else ""
        added = [TocEntry("", href, ident, depth, part) for ident in ids]
        result[after + 1:after + 1] = added
    return result
