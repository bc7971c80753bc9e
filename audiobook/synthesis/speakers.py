"""Which voice reads each speaker of a script.

Precedence, lowest first: the show's voices (defaults), a script's voice for any engine, its voice for a backend
the engine uses, for the engine in use, then the run's own speaker map (a flow parameter or `--speaker-voice`).
Speakers without a voice read with the engine's voice for the language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from audiobook.models import EpisodeInfo, Segment
from audiobook.tts.base import Synthesizer
from audiobook.tts.registry import Engine, resolve_engine, uses_backend


def speaker_voices(episode: EpisodeInfo | None, engine: str, overrides: Mapping[str, str],
                   defaults: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each speaker's voice under `engine` ("auto" as it resolves here). A voice given for a backend
    counts under every engine that uses the backend ("espeak: en-gb+Alicia" under "piper", whose other
    languages espeak-ng reads), the engine's own name first."""
    engine = resolve_engine(engine)
    voices = {speaker.upper(): voice for speaker, voice in (defaults or {}).items()}
    listed = episode.voices if episode else ()
    voices.update({speaker: voice for speaker, for_engine, voice in listed if not for_engine})
    voices.update({speaker: voice for speaker, for_engine, voice in listed
                   if for_engine != engine and uses_backend(engine, for_engine)})
    voices.update({speaker: voice for speaker, for_engine, voice in listed if for_engine == engine})
    voices.update({speaker.upper(): voice for speaker, voice in overrides.items()})
    return voices


def backend_of(segment: Segment, engine: Engine, speakers: Mapping[str, str]) -> Synthesizer:
    """The backend that reads a segment: its language's, or the one that has its speaker's voice."""
    return engine.backend_for(segment.language, speakers.get(segment.speaker or ""))


def sharing_a_voice(segments: Iterable[Segment], voices: Mapping[str, str]) -> dict[str, list[str]]:
    """The voices that read two speakers or more (`voices` by segment id), with the speakers: a
    listener cannot tell those speakers apart."""
    speakers_of: dict[str, list[str]] = {}
    for segment in segments:
        if segment.speaker and segment.id in voices:
            names = speakers_of.setdefault(voices[segment.id], [])
            if segment.speaker not in names:
                names.append(segment.speaker)
    return {voice: names for voice, names in speakers_of.items() if len(names) > 1}


def unreadable_voice(segments: Iterable[Segment], engine: Engine, speakers: Mapping[str, str]) -> str | None:
    """Why a speaker's voice cannot read a language the speaker speaks (Piper's English voice for a
    French line, which espeak-ng reads), or None: said before the first clip, not at that line."""
    for segment in segments:
        voice = speakers.get(segment.speaker or "")
        if voice and not (backend := backend_of(segment, engine, speakers)).knows_voice(voice):
            return (f"the voice {voice!r} of {segment.speaker} cannot read its {segment.language} lines: they go to "
                    f"{backend.name}, which has no such voice")
    return None
