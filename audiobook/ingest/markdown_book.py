"""Markdown rendered to HTML, so that a Markdown book is read as an HTML one.

markdown-it-py (CommonMark, with tables and "~~strikethrough~~") and its footnote and attributes plugins do the
Markdown: block quotes, lists, emphasis, escapes, Setext and ATX headings, code, links, images,
raw HTML and its comments, footnotes (inline ones too), Pandoc's "[span]{.class}" and line blocks ("| a verse
line"). Read as text, their marks were spoken ("greater than", "[^1]").
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from audiobook.ingest.html_parsing import parse_html
from audiobook.ingest.tex_math import spoken_tex

# Pandoc's attributes after a heading ("# Chapter 1 {#ch1 .unnumbered}", "# Preface {-}"), which CommonMark
# keeps as the heading's text; those after a span ("[Mr Lamb]{.smallcaps}") are the attrs plugin's
_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}\s.*?)\s+\{[#.-][^{}]*\}[ \t]*$", re.MULTILINE)


@cache
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin).use(
        attrs_plugin, spans=True).use(container_plugin, "div", validate=lambda params, _markup: bool(params.strip()),
                                      render=_fenced_div)


def _fenced_div(renderer: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    """Pandoc's fenced div ("::: {#ch1 .chapter}", "::: epigraph" ... ":::") as the <div> it stands for, with its
    identifier and classes, which say what it holds (a bibliography, a dedication); the colons and braces were
    read aloud."""
    token = tokens[index]
    if token.nesting == 1:
        words = token.info.strip().strip("{}").split()
        classes = [word.lstrip(".") for word in words if not word.startswith("#") and "=" not in word]
        if classes:
            token.attrSet("class", " ".join(classes))
        if identifier := next((word[1:] for word in words if word.startswith("#")), None):
            token.attrSet("id", identifier)
    return renderer.renderToken(tokens, index, options, env)  # type: ignore[no-any-return]


# an identifier Pandoc made from an EPUB's file names ("#s04.xhtml_Page_169", "#@public@vhost@...-0.htm.html"),
# whose dots and signs the attributes plugin does not take: the span around it was read as its marks,
# "[169]{#s04.xhtml_Page_169 .pagebreak}"; it is written with hyphens for them, and so are links to it
_IDENTIFIER = re.compile(r"(?<=\{#)[^\s}]+|(?<=\]\(#)[^\s)]+")
_NOT_IN_IDENTIFIER = re.compile(r"[^\w-]")


def _plain_identifier(match: re.Match[str]) -> str:
    return _NOT_IN_IDENTIFIER.sub("-", match.group())
# Pandoc's raw HTML, inline ("`<cite>`{=html}") or a fenced block, read as the HTML it is; raw LaTeX and other
# formats' markup are for those formats, as Pandoc leaves them out of HTML
_RAW_INLINE = re.compile(r"`([^`\n]+)`\{=(\w+)\}")
_RAW_BLOCK = re.compile(r"^(`{3,}|~{3,})[ \t]*\{=(\w+)\}[ \t]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)


def _raw(match: re.Match[str]) -> str:
    kind, content = (match.group(2), match.group(1)) if match.re is _RAW_INLINE else match.group(2, 3)
    return content if kind.lower() in {"html", "html5", "xhtml"} else ""


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


# Pandoc's TeX formulas: "$$...$$", and "$...$" where the first sign has no space after it and the second none
# before it nor a figure after it ("$5 and $10" is money)
_TEX_MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$\w])\$(?=\S)([^$\n]+?)(?<=\S)\$(?!\d)", re.DOTALL)


def _as_math(match: re.Match[str]) -> str:
    """A TeX formula as a MathML element, which is read from its alttext, its simple form (`tex_math`), or skipped and
    listed; it was read as text, "E = mc^two dollars"."""
    tex = " ".join((match.group(1) if match.group(1) is not None else match.group(2)).split())
    spoken = spoken_tex(tex)
    said = f' alttext="{html.escape(spoken)}"' if spoken else ""
    return f"<math{said}>{html.escape(tex, quote=False)}</math>"


# Pandoc's citations, which its citeproc renders from a bibliography: "[@smith2004, p. 33]", "[see @doe2010;
# @roe2012]" (read "at smith two thousand four"), and "@smith2004" in a sentence; not an e-mail address
_CITATION_GROUP = re.compile(r"\[((?:[^\[\]\n]*?[\s;-])?-?@\w[^\[\]\n]*)\](?![(\[{:])")
_IN_TEXT_CITATION = re.compile(r"(?<![\w@./:=?&#~])@([A-Za-z][A-Za-z:._+-]*?)[_:.-]?(\d{4}[a-z]?)(?![\w@])")


def _cited(text: str) -> str:
    """Pandoc's citations made readable: a bracketed one marked as a citation, which is skipped and listed, as a
    note's marker is; one in a sentence said as an author-date style prints it, its key's name and year: "As
    @smith2004 notes" is "As Smith (2004) notes"."""
    text = _CITATION_GROUP.sub(lambda m: f'<span class="citation">[{m.group(1).replace("@", "&#64;")}]</span>', text)
    return _IN_TEXT_CITATION.sub(
        lambda m: f"{' '.join(re.split(r'[_:.+-]+', m.group(1))).capitalize()} ({m.group(2)})", text)


_BREAK_AT_END = re.compile(r"(?<!\\)\\(?=\n[ \t]*(?:\n|\Z))")
# a <script> or <style> opening a line right under raw HTML ("</nav>", as Pandoc writes an EPUB's nav): CommonMark
# ends that HTML block at the first blank line, inside the script, whose rest became a code block and whose
# "</script>" text, so that the whole book after it was taken for the script; a blank line above it makes it a
# block of its own, which ends at "</script>"
_RAW_CODE_OPENING = re.compile(r"(?<=\n)(?<!\n\n)(<(?:script|style)\b)", re.IGNORECASE)


def markdown_document(text: str, path: Path) -> etree._Element:
    """`text` (Markdown, without front matter) as a parsed HTML document."""
    if "$" in text:  # first: a formula's braces, bars and "@" are TeX's
        text = _TEX_MATH.sub(_as_math, text)
    if "{" in text:
        text = _HEADING_ATTRIBUTES.sub(r"\1", text)
        if "{=" in text:
            text = _RAW_INLINE.sub(_raw, _RAW_BLOCK.sub(_raw, text))
        if "{#" in text:
            text = _IDENTIFIER.sub(_plain_identifier, text)
    if "| " in text:
        text = _LINE_BLOCK.sub(_line_block_as_lines, text)
    if "\\\n" in text:  # a hard line break Pandoc ends a paragraph with ("**About:**\\"): no break, no backslash
        text = _BREAK_AT_END.sub("", text)
    if "@" in text:
        text = _cited(text)
    if "<script" in text or "<style" in text:
        text = _RAW_CODE_OPENING.sub("\n\\1", text)
    rendered = _renderer().render(text)
    return parse_html(f"<html><body>{rendered}</body></html>".encode("utf-8"), path)
