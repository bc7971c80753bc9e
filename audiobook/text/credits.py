"""Opening and closing credits, read from the book's metadata in the book's language.

ACX asks for them as files of their own; `--credits` adds them to a render as two extra
chapters: number 0 before the book ("00 - Opening Credits.mp3") and one after its last
chapter. They say the title, the authors and the narrating voice.
"""

from __future__ import annotations

import dataclasses

from audiobook.models import BookPlan, ChapterPlan, Segment
from audiobook.text.languages import model_for
from audiobook.text.normalize import spoken_text

# (written by, read by, you have been listening to, the end), in the 11 languages
_WORDS = {
    "en": ("Written by", "Narrated by", "You have been listening to", "The end."),
    "fr": ("Écrit par", "Lu par", "Vous venez d'écouter", "Fin."),
    "de": ("Geschrieben von", "Gelesen von", "Sie hörten", "Ende."),
    "es": ("Escrito por", "Narrado por", "Ha escuchado", "Fin."),
    "it": ("Scritto da", "Letto da", "Avete ascoltato", "Fine."),
    "pt": ("Escrito por", "Narrado por", "Você ouviu", "Fim."),
    "ca": ("Escrit per", "Narrat per", "Heu escoltat", "Fi."),
    "nl": ("Geschreven door", "Voorgelezen door", "U luisterde naar", "Einde."),
    "sv": ("Skriven av", "Uppläst av", "Du har lyssnat på", "Slut."),
    "pl": ("Autor:", "Czyta:", "Słuchaliście", "Koniec."),
    "ru": ("Автор:", "Читает:", "Вы слушали", "Конец."),
}
_AND = {"en": "and", "fr": "et", "de": "und", "es": "y", "it": "e", "pt": "e", "ca": "i", "nl": "en", "sv": "och",
        "pl": "i", "ru": "и"}
NARRATORS = {"espeak": "eSpeak", "piper": "Piper", "voiceai": "Voice.ai"}
OPENING_TITLE, CLOSING_TITLE = "Opening Credits", "Closing Credits"


def credit_texts(title: str, authors: tuple[str, ...], narrator: str, language: str) -> tuple[str, str]:
    """(opening, closing) credits in `language` (English for any other)."""
    written, read, heard, end = _WORDS.get(language, _WORDS["en"])
    joiner = f" {_AND.get(language, 'and')} "
    names = joiner.join([", ".join(authors[:-1]), authors[-1]] if len(authors) > 1 else list(authors))
    by = f" {written} {names}." if names else ""
    opening = f"{title.rstrip('.')}.{by} {read} {narrator}."
    closing = f"{heard} {title.rstrip('.')}.{by} {read} {narrator}. {end}"
    return opening, closing


def with_credits(plan: BookPlan, engine: str, voice: str | None) -> BookPlan:
    """The plan with an opening-credits chapter first (number 0) and a closing one last."""
    if not plan.chapters:
        return plan
    narrator = NARRATORS.get(engine, engine) + (f", {voice}" if voice and engine != "voiceai" else "")
    opening, closing = credit_texts(plan.book.title, plan.book.authors, narrator, plan.language)
    last = max(c.index for c in plan.chapters) + 1
    return dataclasses.replace(plan, chapters=(_chapter(0, OPENING_TITLE, opening, plan), *plan.chapters,
                                               _chapter(last, CLOSING_TITLE, closing, plan)))


def _chapter(index: int, title: str, text: str, plan: BookPlan) -> ChapterPlan:
    language = plan.language
    segment = Segment(number=1, chapter_index=index, passage=text, language=language,
                      model=model_for(language), block_index=0, ends_block=True, kind="announcement",
                      spoken=spoken_text(text, language))
    return ChapterPlan(index=index, title=title, language=language, model=model_for(language),
                       words=len(text.split()), source_hrefs=(), segments=(segment,))
