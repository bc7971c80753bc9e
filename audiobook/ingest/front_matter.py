"""YAML front matter between "---" lines at the top of a text or Markdown file, and Pandoc's older title block.

A podcast script carries its show, episode and voices there; a Markdown book written for
Pandoc its title, author and language. Which keys it holds says which of the two a file is.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from audiobook.errors import ParseError

# keys only a script's front matter has: such a file is a podcast script whatever else it says
SCRIPT_KEYS = frozenset({"show", "episode", "season", "voices", "explicit"})


def split_front_matter(lines: list[str], source: str) -> tuple[dict[str, Any], int]:
    """The front matter as a mapping, and the index of the first line after it ({} and 0 without one)."""
    if not lines or lines[0].lstrip("\ufeff").strip() != "---":
        return {}, 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in {"---", "..."}), None)
    if end is None:
        raise ParseError(source, "front matter opened with '---' on line 1 is never closed")
    try:
        front = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        raise ParseError(source, f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(front, dict):
        raise ParseError(source, "front matter must be 'key: value' lines")
    return front, end + 1


def split_title_block(lines: list[str]) -> tuple[dict[str, Any], int]:
    """Pandoc's title block: "%" lines at the top giving the title, the authors (split at ";") and the date, a line
    opening with a space going on with the one above (another author, under the authors); the fields and the index
    of the first line after the block ({} and 0 without one)."""
    fields: list[list[str]] = []
    end = 0
    while end < len(lines):
        line = lines[end]
        if line.startswith("%") and len(fields) < 3:
            fields.append([line[1:].strip()])
        elif line[:1] in " \t" and line.strip() and fields:
            fields[-1].append(line.strip())
        else:
            break
        end += 1
    if not fields:
        return {}, 0
    title, authors, date = [*fields, [], []][:3]
    block = {"title": " ".join(part for part in title if part),
             "author": [name.strip() for part in authors for name in part.split(";") if name.strip()],
             "date": " ".join(part for part in date if part)}
    return {key: value for key, value in block.items() if value}, end


def title_of(value: Any) -> str:
    """The title as front matter writes it: a string, or the list Pandoc writes for a book with several titles
    (its EPUB's title and subtitle, in no fixed order: the shortest is the title). Pandoc's metadata is Markdown,
    and its escapes are taken off ("Children\\'s Literature")."""
    if isinstance(value, list):
        titles = [title for item in value if (title := title_of(item))]
        return min(titles, key=len) if titles else ""
    if isinstance(value, dict):
        return title_of(value.get("text") or value.get("main"))
    return _unescaped(str(value)).strip() if value is not None else ""


def _unescaped(text: str) -> str:
    return _MARKDOWN_ESCAPE.sub(r"\1", text) if "\\" in text else text


_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation


def names(value: Any) -> tuple[str, ...]:
    """Author names as front matter writes them: "Ann Example", a list of names, or Pandoc's list of
    {"text": ..., "role": ...} or {"name": ...} entries."""
    if isinstance(value, str):
        return (_unescaped(value).strip(),) if value.strip() else ()
    if isinstance(value, dict):
        return names(value.get("text") or value.get("name"))
    if isinstance(value, list):
        return tuple(name for item in value for name in names(item))
    return ()
