"""Markdown rendered to HTML, so that a Markdown book is read as an HTML one.

markdown-it-py (CommonMark, with tables) and its footnote and attributes plugins do the
Markdown: block quotes, lists, emphasis, escapes, Setext and ATX headings, code, links, images,
raw HTML and its comments, footnotes (inline ones too), Pandoc's "[span]{.class}". Read as text, their marks were spoken ("greater than", "[^1]").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree
from markdown_it import MarkdownIt
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.footnote import footnote_plugin

from audiobook.ingest.html import parse_html


# Pandoc's attributes after a heading ("# Chapter 1 {#ch1 .unnumbered}", "# Preface {-}"), which CommonMark
# keeps as the heading's text; those after a span ("[Mr Lamb]{.smallcaps}") are the attrs plugin's
_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}\s.*?)\s+\{[#.-][^{}]*\}[ \t]*$", re.MULTILINE)


@cache
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table").use(footnote_plugin).use(attrs_plugin, spans=True)


def markdown_document(text: str, path: Path) -> etree._Element:
    """`text` (Markdown, without front matter) as a parsed HTML document."""
    if "{" in text:
        text = _HEADING_ATTRIBUTES.sub(r"\1", text)
    rendered = _renderer().render(text)
    return parse_html(f"<html><body>{rendered}</body></html>".encode("utf-8"), path)
