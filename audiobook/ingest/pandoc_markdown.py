"""Pandoc's extensions to Markdown, turned into the CommonMark and HTML that markdown-it renders.

Pandoc is how most Markdown books are written and how EPUBs are turned into Markdown, and its dialect was read as
its marks: fenced divs (":::"), attributes with identifiers made from file names, raw HTML and LaTeX, TeX
formulas between dollar signs, citations by key ("[@smith2004, p. 33]"), a hard break ending a paragraph, and an
EPUB's nav script under raw HTML. `as_commonmark` rewrites them, outside code, which keeps its signs;
`fenced_div` renders a fenced div as the `<div>` it stands for.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it.token import Token

from audiobook.ingest.tex_math import spoken_tex


def as_commonmark(text: str) -> str:
    """`text` (Pandoc's Markdown) with its extensions rewritten as CommonMark and HTML, code left as it is."""
    if "{=" in text:  # first: a raw span or block is Pandoc's, not code ("`<cite>`{=html}")
        text = _RAW_INLINE.sub(_raw, _RAW_BLOCK.sub(_raw, text))
    if any(mark in text for mark in _EXTENSION_MARKS):
        text = _outside_code(text, _rewritten)
    if "\\\n" in text:  # a hard line break Pandoc ends a paragraph with ("**About:**\\"): no break, no backslash
        text = _BREAK_AT_END.sub("", text)
    if "<script" in text or "<style" in text:
        text = _RAW_CODE_OPENING.sub("\n\\1", text)
    return text


_EXTENSION_MARKS = ("\\", "$", "{", "@", "+-", "--")  # a text without them has none of the extensions below


def _rewritten(text: str) -> str:
    if "+-" in text or "--" in text:  # Pandoc's grid and simple tables, as the pipe tables markdown-it reads
        text = _SIMPLE_TABLE.sub(_simple_table, _GRID_TABLE.sub(_grid_table, text))
    if "\\" in text:  # raw LaTeX first, then formulas: "$\\textbf{x}$" is a formula's
        text = _raw_latex(text)
    if "$" in text:  # a formula's braces, bars and "@" are TeX's
        text = _TEX_MATH.sub(_as_math, text)
    if "{" in text:
        text = _HEADING_ATTRIBUTES.sub(r"\1", text)
        if "{#" in text:
            text = _IDENTIFIER.sub(_plain_identifier, text)
    if "@" in text:
        text = _cited(text)
    return text


# a grid table: rows of "| cell | cell |" between borders "+-----+-----+" ("+=====+" under the header); its borders
# and bars were read aloud, "plus minus minus"
_GRID_TABLE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*\n(?:[ \t]*[|+].*\n?)+", re.MULTILINE)
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
# a simple table: a header line over dashes grouped by column ("-------  -------"), its rows, then a blank line;
# CommonMark took the dashes for a rule and ran the rows together as one paragraph
_SIMPLE_TABLE = re.compile(r"^([ \t]*\S.*)\n([ \t]*-{3,}(?:[ \t]+-{3,})+)[ \t]*\n((?:[ \t]*\S.*(?:\n|\Z))+)",
                           re.MULTILINE)


def _pipe_table(rows: list[list[str]], header: int) -> str:
    """Rows of cells as a pipe table (its first `header` rows joined as the header, else the first row)."""
    header = max(1, header)
    head = [" ".join(cell for cell in column if cell) for column in zip(*rows[:header])]
    lines = [head, ["---"] * len(head), *rows[header:]]
    return "\n".join("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in lines) + "\n\n"


def _grid_table(match: re.Match[str]) -> str:
    rows: list[list[str]] = []
    header, current = 0, None
    for line in match.group().splitlines():
        if _GRID_BORDER.match(line):
            if current is not None:
                rows.append([" ".join(" ".join(part).split()) for part in current])
            current = None
            if "=" in line:
                header = len(rows)
            continue
        cells = line.strip().strip("|").split("|")
        if current is None:
            current = [[] for _ in cells]
        for column, cell in enumerate(cells[:len(current)]):
            current[column].append(cell.strip())
    if current is not None:
        rows.append([" ".join(" ".join(part).split()) for part in current])
    return _pipe_table(rows, header) if rows and len({len(row) for row in rows}) == 1 else match.group()


def _simple_table(match: re.Match[str]) -> str:
    header, dashes, body = match.group(1), match.group(2), match.group(3)
    starts = [m.start() for m in re.finditer(r"-+", dashes)]
    bounds = list(zip(starts, [*starts[1:], None]))
    def cells(line: str) -> list[str]:
        return [line[start:end].strip() for start, end in bounds]
    rows = [cells(header), *(cells(line) for line in body.splitlines() if line.strip())]
    return _pipe_table(rows, 1)


# code, whose signs are the program's: a fenced block and an inline span
_CODE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$|`[^`\n]+`", re.MULTILINE | re.DOTALL)


def _outside_code(text: str, change: Callable[[str], str]) -> str:
    """`text` with `change` made to all but its code."""
    pieces, last = [], 0
    for match in _CODE.finditer(text):
        pieces += [change(text[last:match.start()]), match.group()]
        last = match.end()
    return "".join([*pieces, change(text[last:])])


# Pandoc's attributes after a heading ("# Chapter 1 {#ch1 .unnumbered}", "# Preface {-}"), which CommonMark
# keeps as the heading's text; those after a span ("[Mr Lamb]{.smallcaps}") are the attrs plugin's
_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}\s.*?)\s+\{[#.-][^{}]*\}[ \t]*$", re.MULTILINE)

# raw LaTeX, which Pandoc passes to LaTeX and leaves out of HTML: a page's layout ("\\newpage", "\\noindent",
# "\\vspace{1cm}", "\\mainmatter") is no text; a style's words are ("\\emph{quietly}"); a footnote is a note
_LAYOUT = re.compile(r"\\(?:newpage|clearpage|cleardoublepage|pagebreak|newline|linebreak|noindent|indent|frontmatter|"
                     r"mainmatter|backmatter|appendix|tableofcontents|listoffigures|listoftables|maketitle|bigskip|"
                     r"medskip|smallskip|centering|raggedright|raggedleft|hfill|vfill|par|thispagestyle\{\w+\}|"
                     r"pagestyle\{\w+\}|[vh]space\*?\{[^{}]*\})(?![A-Za-z])[ \t]*")
_STYLE = re.compile(r"\\(?:emph|textbf|textit|textsc|textsl|textup|textmd|textrm|texttt|underline|mbox)\{([^{}]*)\}")
_FOOTNOTE = re.compile(r"\\footnote\{([^{}]*)\}")


def _raw_latex(text: str) -> str:
    text = _STYLE.sub(r"\1", _LAYOUT.sub("", text))
    return _FOOTNOTE.sub(r"^[\1]", text)  # Pandoc's inline note, which the footnote plugin skips and lists


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


def fenced_div(renderer: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
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
