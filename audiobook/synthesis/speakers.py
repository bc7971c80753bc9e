"""Which voice reads each speaker of a script.

Precedence, lowest first: the show's voices (defaults), a script's voice for any engine, its voice for the engine
in use, then the run's own speaker map (a flow parameter or `--speaker-voice`).
Speakers without a voice read with the engine's voice for the language.
"""

from __future__ import annotations

from collections.abc import Mapping

from audiobook.models import EpisodeInfo


def speaker_voices(episode: EpisodeInfo | None, engine: str, overrides: Mapping[str, str],
                   defaults: Mapping[str, str] | None = None) -> dict[str, str]:
    voices = {speaker.upper(): voice for speaker, voice in (defaults or {}).items()}
    listed = episode.voices if episode else ()
    voices.update({speaker: voice for speaker, for_engine, voice in listed if not for_engine})
    voices.update({speaker: voice for speaker, for_engine, voice in listed if for_engine == engine})
    voices.update({speaker.upper(): voice for speaker, voice in overrides.items()})
    return voices
