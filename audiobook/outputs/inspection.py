"""The `inspect` document: chapters, segments, skipped text and totals as plain data.

The rendered manifest (manifest.py) extends this same structure with audio fields.
"""

from __future__ import annotations

from typing import Any

from audiobook.models import BookPlan, Skipped
from audiobook.wording import counted


def count_characters(plan: BookPlan) -> int:
    return sum(len(s.text) for c in plan.chapters for s in c.segments if s.kind == "text")


def plan_document(plan: BookPlan) -> dict[str, Any]:
    """A JSON-ready description of the plan."""
    book = plan.book
    chapters = [
        {
            "index": chapter.index,
            "title": chapter.title,
            "language": chapter.language,
            "model": chapter.model,
            "words": chapter.words,
            "source_hrefs": list(chapter.source_hrefs),
            "segments": [
                {"id": s.id, "text": s.text, "spoken": s.heard, "language": s.language, "model": s.model,
                 "kind": s.kind,
                 **({"speaker": s.speaker} if s.speaker else {})}
                for s in chapter.segments
            ],
        }
        for chapter in plan.chapters
    ]
    skipped = [{"href": s.href, "reason": s.reason, "words": s.words, "characters": s.characters}
               for s in _merge_skipped(plan)]
    return {
        "book": {
            "title": book.title,
            "authors": list(book.authors),
            "language": plan.language,
            "declared_language": book.declared_language,
            "dialect": plan.dialect,  # the declared region whose words and voice are used ("pt-BR"), or None
            "source": book.source,
            "checksum": book.checksum,
            "description": book.description,
            "publisher": book.publication.publisher or None,
            "published": book.publication.published or None,
            "isbn": book.publication.isbn or None,
            "series": book.publication.series or None,
            "series_position": book.publication.series_position or None,
            **({"episode": {"show": book.episode.show, "number": book.episode.number, "season": book.episode.season,
                            "published": book.episode.published, "explicit": book.episode.explicit}}
               if book.episode else {}),
        },
        "chapters": chapters,
        "skipped": skipped,
        "totals": {
            "chapters": len(plan.chapters),
            "segments": plan.segment_count,
            "words": sum(c.words for c in plan.chapters),
            "characters": count_characters(plan),
            "skipped_words": sum(s["words"] for s in skipped),
        },
    }


def _merge_skipped(plan: BookPlan) -> list[Skipped]:
    """One entry per (href, reason), in first-seen order."""
    merged: dict[tuple[str, str], list[int]] = {}
    for item in plan.skipped:
        counts = merged.setdefault((item.href, item.reason), [0, 0])
        counts[0] += item.words
        counts[1] += item.characters
    return [Skipped(href, reason, words, chars) for (href, reason), (words, chars) in merged.items()]


def plan_text_report(plan: BookPlan) -> str:
    """The human-readable `inspect` output."""
    document = plan_document(plan)
    book = document["book"]
    language = book.get("dialect") or book["language"]  # "pt-BR": the region whose words and voice are used
    lines = [f"{book['title']} by {', '.join(book['authors']) or 'unknown author'} [{language}]", ""]
    lines.append(f"{'#':>3}  {'title':<48} {'words':>7}  lang  segments")
    for chapter in document["chapters"]:
        title = chapter["title"] if len(chapter["title"]) <= 48 else chapter["title"][:47] + "…"
        lines.append(f"{chapter['index']:>3}  {title:<48} {chapter['words']:>7}  {chapter['language']:<4}  {len(chapter['segments']):>8}")
    if document["skipped"]:
        lines += ["", "Skipped:"]
        for item in document["skipped"]:
            lines.append(f"  {item['href']}: {item['reason']} ({counted(item['words'], 'word')})")
    totals = document["totals"]
    lines += ["", f"Totals: {counted(totals['chapters'], 'chapter')}, {counted(totals['segments'], 'segment')}, "
                  f"{counted(totals['words'], 'word')}, {counted(totals['characters'], 'character')}; "
                  f"{counted(totals['skipped_words'], 'word')} skipped"]
    return "\n".join(lines)
