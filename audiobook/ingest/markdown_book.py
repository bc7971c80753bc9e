"""Markdown rendered to HTML, so that a Markdown book is read as an HTML one.

markdown-it-py (CommonMark, with tables) and its footnote plugin do the Markdown: block
quotes, lists, emphasis, escapes, Setext and ATX headings, code, links, images, raw HTML
and its comments. Read as text, their marks were spoken ("greater than", "[^1]").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from audiobook.ingest.html import parse_html


@cache
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table").use(footnote_plugin)


def markdown_document(text: str, path: Path) -> etree._Element:
    """`text` (Markdown, without front matter) as a parsed HTML document."""
    rendered = _renderer().render(text)
    return parse_html(f"<html><body>{rendered}</body></html>".encode("utf-8"), path)
