"""render-library: many books, each into its own folder, a few at a time.

Sources are a folder, a glob or a list. A book whose outputs are current (same
source checksum, same parameters) is skipped; a book that fails is listed with its
reason and the others go on. Meant for a nightly schedule over an inbox folder.
"""

from __future__ import annotations

import dataclasses
import glob
from pathlib import Path
from typing import Annotated

from audiobook.flows.batch import output_names, render_bounded, report
from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field

from audiobook.errors import InputError
from audiobook.folder_lock import folder_held
from audiobook.ingest import is_book_file
from audiobook.ingest.cover_picture import cover_beside
from audiobook.settings import DEFAULTS, EngineName, OutputFormat, RenderOptions, Speed, TransportName

MAX_BOOKS_IN_PARALLEL = 8


def find_sources(sources: list[str]) -> list[Path]:
    """Books named by folders (their books, not recursive), globs and paths; in order, once each."""
    found: list[Path] = []
    for entry in sources:
        path = Path(entry)
        if path.is_dir():
            matches = sorted(p for p in path.iterdir() if p.is_file() and is_book_file(p))
        elif any(ch in entry for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(entry, recursive=True) if Path(p).is_file())
        elif path.exists():
            matches = [path]
        else:
            raise InputError(entry, "no such file or folder")
        found += [m for m in matches if m.resolve() not in {f.resolve() for f in found}]
    return found


@flow(name="render-library", task_runner=ThreadPoolTaskRunner(max_workers=MAX_BOOKS_IN_PARALLEL))
def render_library(
    sources: list[str],
    output_dir: str,
    books_in_parallel: Annotated[int, Field(ge=1, le=MAX_BOOKS_IN_PARALLEL)] = 2,
    force: bool = False,
    engine: EngineName = DEFAULTS.engine,
    voice: str | None = DEFAULTS.voice,
    transport: TransportName = DEFAULTS.transport,
    formats: list[OutputFormat] = list(DEFAULTS.formats),  # noqa: B006 - Prefect shows the default in the UI
    announce_chapters: bool = DEFAULTS.announce_chapters,
    speed: Speed = DEFAULTS.speed,
    cache_dir: str | None = DEFAULTS.cache_dir,
    max_credits: Annotated[float, Field(ge=0)] | None = DEFAULTS.max_credits,
    lexicon: str | None = DEFAULTS.lexicon,
    voiceai_dictionary_id: str | None = DEFAULTS.voiceai_dictionary_id,
    voiceai_dictionary_version: Annotated[int, Field(ge=1)] | None = DEFAULTS.voiceai_dictionary_version,
) -> dict:
    """Render every book in a list of folders, globs and files, each into its own folder; returns the summary.
    A picture beside a book under its name ("keepers-log.jpg" by "keepers-log.docx") is its cover.

    Args:
        sources: Folders (their books), globs and book files.
        output_dir: Folder with one folder per book inside it.
        books_in_parallel: Books rendered at the same time.
        force: Render books whose outputs are current too.
        engine: auto (Piper for English when installed, else espeak-ng), espeak, piper or voiceai.
        voice: Voice of the engine's main backend.
        transport: Voice.ai only: http, stream, ws or ws-single.
        formats: Outputs: m4b, mp3 (one file per chapter), mp3-single, epub (read-along EPUB 3).
        announce_chapters: Speak each chapter's title first when the text does not start with it.
        speed: Speaking rate factor.
        cache_dir: Segment cache: a folder or an fsspec URL.
        max_credits: Each book's Voice.ai credit budget (see render-book); a book over it fails alone.
        lexicon: A pronunciation lexicon file for every book (their own PLS lexicons apply too); a
            changed file makes every book not current.
        voiceai_dictionary_id: A Voice.ai pronunciation dictionary for every request.
        voiceai_dictionary_version: Its version; empty: each book pins the current one (name one to
            have books re-rendered when the rules change).
    """
    logger = get_run_logger()
    books = find_sources(sources)
    out = Path(output_dir)
    logger.info("%d books, %d at a time", len(books), books_in_parallel)
    options = RenderOptions(engine=engine, voice=voice, transport=transport, formats=tuple(formats),
                            announce_chapters=announce_chapters, speed=speed, cache_dir=cache_dir,
                            max_credits=max_credits, lexicon=lexicon, voiceai_dictionary_id=voiceai_dictionary_id,
                            voiceai_dictionary_version=voiceai_dictionary_version)
    jobs = [(str(book), name, str(out / name), _with_cover_beside(options, book))
            for book, name in zip(books, output_names(books))]
    with folder_held(out, f"render-library {', '.join(sources)}, flow run {flow_run.name}"):
        rows = render_bounded(jobs, min(books_in_parallel, MAX_BOOKS_IN_PARALLEL), force)
        return report(rows, out, "library-summary", "Library")


def _with_cover_beside(options: RenderOptions, book: Path) -> RenderOptions:
    """The options for one book: its cover the picture beside it under its name, where there is one."""
    picture = cover_beside(book)
    return dataclasses.replace(options, cover=str(picture)) if picture else options
