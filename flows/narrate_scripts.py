"""narrate-scripts: a folder of podcast scripts into one MP3 per episode, and a feed.

Each script renders with render-book into `episodes/<script name>/` (a chaptered,
tagged MP3 and its manifest); the folder's `show.yaml` gives the show, its image
and default voices. Then `feed.xml` (RSS 2.0 with iTunes tags) is written over
every episode in the output folder.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

from audiobook.flows.batch import output_names, render_bounded, report
from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field

from audiobook.errors import InputError
from audiobook.folder_lock import folder_held
from audiobook.ingest import EPISODE_SUFFIXES
from audiobook.ingest.show import load_show
from audiobook.outputs.feed import EPISODES_FOLDER, write_feed
from audiobook.settings import NARRATION_DEFAULTS, EngineName, PauseMs, Speed, TransportName

MAX_EPISODES_IN_PARALLEL = 8
LOCAL_BASE_URL = "http://localhost:8000/"


def find_scripts(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(str(folder), "is not a folder of scripts")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in EPISODE_SUFFIXES)


@flow(name="narrate-scripts", task_runner=ThreadPoolTaskRunner(max_workers=MAX_EPISODES_IN_PARALLEL))
def narrate_scripts(
    scripts_dir: str,
    output_dir: str,
    engine: EngineName = NARRATION_DEFAULTS.engine,
    transport: TransportName = NARRATION_DEFAULTS.transport,
    speaker_voices: dict[str, str] | None = None,
    base_url: str | None = None,
    episodes_in_parallel: Annotated[int, Field(ge=1, le=8)] = 2,
    force: bool = False,
    sentence_pause_ms: PauseMs = NARRATION_DEFAULTS.sentence_pause_ms,
    paragraph_pause_ms: PauseMs = NARRATION_DEFAULTS.paragraph_pause_ms,
    section_pause_ms: PauseMs = NARRATION_DEFAULTS.chapter_pause_ms,
    speed: Speed = NARRATION_DEFAULTS.speed,
    cache_dir: str | None = NARRATION_DEFAULTS.cache_dir,
    lexicon: str | None = NARRATION_DEFAULTS.lexicon,
    voiceai_dictionary_id: str | None = NARRATION_DEFAULTS.voiceai_dictionary_id,
    voiceai_dictionary_version: Annotated[int, Field(ge=1)] | None = NARRATION_DEFAULTS.voiceai_dictionary_version,
) -> dict:
    """Render every script in a folder into episode MP3s and write `feed.xml` over them; returns the summary.

    Args:
        scripts_dir: Folder of podcast scripts (.md/.txt/.docx/.odt) and an optional show.yaml.
        output_dir: Folder for feed.xml, the cover and episodes/<name>/.
        engine: auto (Piper for English when installed, else espeak-ng), espeak, piper or voiceai.
        transport: Voice.ai only: http, stream, ws or ws-single.
        speaker_voices: Speaker -> voice, over the scripts' and the show's choices.
        base_url: Where the output folder will be published (default: show.yaml's base_url).
        episodes_in_parallel: Episodes rendered at the same time.
        force: Render episodes whose outputs are current too.
        sentence_pause_ms: Silence after a sentence, in milliseconds.
        paragraph_pause_ms: Silence after a paragraph, in milliseconds.
        section_pause_ms: Silence after a section, in milliseconds.
        speed: Speaking rate factor.
        cache_dir: Segment cache: a folder or an fsspec URL.
        lexicon: A pronunciation lexicon file for every script; a changed file makes every episode not current.
        voiceai_dictionary_id: A Voice.ai pronunciation dictionary for every request.
        voiceai_dictionary_version: Its version; empty: each episode pins the current one.
    """
    logger = get_run_logger()
    folder, out = Path(scripts_dir), Path(output_dir)
    show = load_show(folder)
    scripts = find_scripts(folder)
    if not scripts:
        raise InputError(scripts_dir, f"no scripts ({', '.join(sorted(EPISODE_SUFFIXES))}) in the folder")
    options = dataclasses.replace(
        NARRATION_DEFAULTS, engine=engine, transport=transport, speed=speed, sentence_pause_ms=sentence_pause_ms,
        paragraph_pause_ms=paragraph_pause_ms, chapter_pause_ms=section_pause_ms,
        speaker_voices=speaker_voices or {}, default_speaker_voices=show.voices or {}, cache_dir=cache_dir,
        lexicon=lexicon, voiceai_dictionary_id=voiceai_dictionary_id,
        voiceai_dictionary_version=voiceai_dictionary_version)
    jobs = [(str(script), name, str(out / EPISODES_FOLDER / name), dataclasses.replace(options, file_stem=name))
            for script, name in zip(scripts, output_names(scripts))]
    with folder_held(out, f"narrate-scripts {scripts_dir}, flow run {flow_run.name}"):
        rows = render_bounded(jobs, min(episodes_in_parallel, MAX_EPISODES_IN_PARALLEL), force)
        feed_base = base_url or show.base_url
        if not feed_base:
            logger.warning("No base_url (parameter or show.yaml): the feed's links point at %s", LOCAL_BASE_URL)
        feed, count = write_feed(show, out, feed_base or LOCAL_BASE_URL)
        logger.info("Wrote %s with %d episodes", feed, count)
        summary = report(rows, out, "episodes-summary", f"Episodes of {show.title}")
        return {**summary, "feed": str(feed), "feed_episodes": count}
