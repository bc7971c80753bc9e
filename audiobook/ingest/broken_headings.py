"""A chapter's heading broken before its end, its last words set as the chapter's first paragraph.

The IDPF's Moby-Dick heads chapter 56 "Chapter 56. Of the Less Erroneous Pictures of Whales, and
the True" and opens it with the paragraph "Pictures of Whaling Scenes."; its contents list stops
where the heading does. The player showed the title cut off, and the listener heard it cut in two by
a paragraph's pause. Where the book ends its chapters' headings with a full stop as a rule, a heading
that ends without one, on a word, before a short paragraph in title case that ends with one, is made
whole again, and the chapter's title with it when the title was the broken heading.
"""

from __future__ import annotations

from dataclasses import replace

from audiobook.ingest.headings import is_bare_label
from audiobook.models import Block, Chapter

MIN_HEADINGS = 4  # chapters' headings that show the book's rule
RULE_SHARE = 0.75  # of them ending with a full stop: the book's rule
MAX_REST_WORDS = 8
_CLOSING_MARKS = "\"'”’»)]"
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over the to upon with".split())


def headings_made_whole(chapters: list[Chapter]) -> list[Chapter]:
    """The chapters, with each heading broken before a paragraph that ends it made one heading again."""
    openings = [_opening(chapter) for chapter in chapters]
    headings = [chapter.blocks[index].text for chapter, index in zip(chapters, openings) if index is not None]
    stopped = sum(1 for text in headings if text.rstrip(_CLOSING_MARKS).endswith("."))
    if len(headings) < MIN_HEADINGS or stopped < RULE_SHARE * len(headings):
        return chapters
    result = []
    for chapter, index in zip(chapters, openings):
        if index is not None and index + 1 < len(chapter.blocks) and _ends_it(chapter.blocks[index],
                                                                                chapter.blocks[index + 1]):
            heading, rest = chapter.blocks[index], chapter.blocks[index + 1]
            whole = replace(heading, text=f"{heading.text} {rest.text}", continued=heading.continued_with(rest))
            title = whole.text if chapter.title.strip() == heading.text.strip() else chapter.title
            chapter = replace(chapter, title=title,
                              blocks=(*chapter.blocks[:index], whole, *chapter.blocks[index + 2:]))
        result.append(chapter)
    return result


def _opening(chapter: Chapter) -> int | None:
    """The index of the chapter's heading, when one of its first two blocks is one."""
    return next((i for i, block in enumerate(chapter.blocks[:2]) if block.kind == "heading"), None)


def _ends_it(heading: Block, rest: Block) -> bool:
    """Whether `rest` is the end of `heading`: the heading stops on a word, not on a stop or a number (a bare
    label, "Chapter 5", may stand over a first paragraph of its own), and `rest` is a short paragraph in title case
    ("Pictures of Whaling Scenes.", "Over Him.") that ends with a full stop."""
    text = heading.text.rstrip()
    if not text[-1:].isalpha() or is_bare_label(text) or rest.kind != "p" or rest.level:
        return False
    words = rest.text.split()
    if not 2 <= len(words) <= MAX_REST_WORDS or not rest.text.rstrip(_CLOSING_MARKS).endswith("."):
        return False
    return all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words) and words[0][:1].isupper()
