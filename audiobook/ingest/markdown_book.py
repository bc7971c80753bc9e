"""Markdown rendered to HTML, so that a Markdown book is read as an HTML one.

markdown-it-py (CommonMark, with tables and "~~strikethrough~~") and its footnote and attributes plugins do the
Markdown: block quotes, lists, emphasis, escapes, Setext and ATX headings, code, links, images,
raw HTML and its comments, footnotes (inline ones too), Pandoc's "[span]{.class}" and line blocks ("| a verse
line"). Read as text, their marks were spoken ("greater than", "[^1]").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from lxml import etree
from markdown_it import MarkdownIt
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from audiobook.ingest.html_parsing import parse_html
from audiobook.ingest.pandoc_markdown import as_commonmark, fenced_div


@cache
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin).use(
        attrs_plugin, spans=True).use(container_plugin, "div", validate=lambda params, _markup: bool(params.strip()),
                                      render=fenced_div)


# Pandoc's line block, its verse and addresses: lines that open with "| " ("| I kept the light,"), each a line,
# as a block of its own (after a blank line: not a shell command's "| grep" going on in a listing)
_LINE_BLOCK = re.compile(r"(?<![^\n]\n)^(?:\|(?: .*)?(?:\n|\Z))+", re.MULTILINE)
_TABLE_DELIMITER = re.compile(r"\|?\s*:?-+")  # "|---|---|" under a table's header row


def _line_block_as_lines(match: re.Match[str]) -> str:
    """A line block as a paragraph of lines broken by CommonMark's hard breaks (a backslash at a line's end), or
    as it was when it is a table; the pipes were read aloud."""
    block = match.group(0)
    if _TABLE_DELIMITER.match(match.string, match.end()) or any(line.rstrip().endswith("|") and len(line) > 1
                                                                for line in block.splitlines()):
        return block  # a table's header row over its "|---|", or a row that ends as a table's does
    lines = [line for line in (line[1:].strip() for line in block.splitlines()) if line]
    return "\\\n".join(lines) + ("\n" if block.endswith("\n") else "")


# a footnote's definition ("[^1]: The lamp was oil.") and the lines indented under it
_NOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?: {4}|\t).*)*)", re.MULTILINE)


_NOTE_LABEL = re.compile(r"\[\^([^\]\s]+)\]")  # "[^1]" wherever it stands: a citation, or a definition's start


def uncited_notes(text: str) -> list[str]:
    """The text of each footnote defined and never cited: the footnote plugin drops such a note from the document,
    so it is listed as skipped here, not lost without a word."""
    definitions = _NOTE_DEFINITION.findall(text) if "[^" in text else []
    if not definitions:
        return []
    written, defined = Counter(_NOTE_LABEL.findall(text)), Counter(label for label, _ in definitions)
    return [" ".join(note.split()) for label, note in definitions if written[label] <= defined[label]]


def markdown_document(text: str, path: Path) -> etree._Element:
    """`text` (Markdown, without front matter) as a parsed HTML document."""
    text = as_commonmark(text)
    if "| " in text:
        text = _LINE_BLOCK.sub(_line_block_as_lines, text)
    rendered = _renderer().render(text)
    return parse_html(f"<html><body>{rendered}</body></html>".encode("utf-8"), path)
