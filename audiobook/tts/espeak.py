"""espeak-ng through its command-line program: all 11 languages, offline, deterministic.

One short-lived process per segment keeps synthesis thread-safe (the library keeps
global state) and lets segments run in parallel on every core.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

from audiobook.errors import ConfigurationError, PermanentSynthesisError, RetryableSynthesisError
from audiobook.tts.base import Audio, LocalSynthesizer, SynthesisOptions, fix_wav_sizes
from audiobook.tts.voice_switches import kept_in_language

VOICES = {"en": "en-us", "ca": "ca", "sv": "sv", "es": "es", "fr": "fr-fr", "de": "de", "it": "it", "pt": "pt",
          "pl": "pl", "ru": "ru", "nl": "nl"}
# a book's region (`audiobook.text.dialects`) read with the region's voice: Brazil's Portuguese, Belgium's French...
DIALECT_VOICES = {"pt-BR": "pt-br", "fr-BE": "fr-be", "fr-CH": "fr-ch", "en-GB": "en-gb", "es-419": "es-419"}
WORDS_PER_MINUTE = 165
TIMEOUT_SECONDS = 120


@functools.lru_cache(maxsize=1)
def espeak_program() -> str:
    """Path of espeak-ng, or a ConfigurationError that says how to install it."""
    program = shutil.which("espeak-ng")
    if not program:
        raise ConfigurationError("espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)")
    return program


@functools.lru_cache(maxsize=1)
def espeak_version() -> str:
    result = subprocess.run([espeak_program(), "--version"], capture_output=True, text=True, check=False)
    return result.stdout.strip().split(" Data at")[0]


@functools.lru_cache(maxsize=1)
def espeak_voices() -> tuple[frozenset[str], frozenset[str]]:
    """What espeak-ng's `-v` takes, in lower case: its voices (language codes, names, files) and its
    variants (the "+Alicia" of "en-gb+Alicia")."""

    def listed(option: str) -> frozenset[str]:
        result = subprocess.run([espeak_program(), option], capture_output=True, text=True, check=False)
        names: set[str] = set()
        for line in result.stdout.splitlines()[1:]:  # Pty Language Age/Gender VoiceName File Other Languages
            fields = line.split()
            if len(fields) >= 5:
                names.update(name.lower() for name in (fields[1], fields[3], fields[4], fields[4].rsplit("/", 1)[-1]))
        return frozenset(names)

    return listed("--voices"), listed("--voices=variant")


class EspeakSynthesizer(LocalSynthesizer):
    """The always-available engine."""

    name = "espeak"
    phoneme_style = "espeak"  # [[...]] in its own phoneme notation
    recognizable = False  # pocketsphinx reads its formant voice at WER 0.8 on clean output

    def __init__(self, max_concurrency: int | None = None) -> None:
        espeak_program()
        self.max_concurrency = max_concurrency or os.cpu_count() or 1

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        if dialect in DIALECT_VOICES and dialect[:2] == language:
            return DIALECT_VOICES[dialect]
        return VOICES.get(language, "en-us")

    def identity(self) -> str:
        return f"espeak-ng {espeak_version()}"

    def knows_voice(self, voice: str) -> bool:
        voices, variants = espeak_voices()
        name, _, variant = voice.partition("+")
        return name.lower() in voices and (not variant or variant.lower() in variants)

    def engine_text(self, heard: str, language: str) -> str:
        return kept_in_language(super().engine_text(heard, language), language)  # "dos" was read "doss"

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        speed = max(80, min(450, round(WORDS_PER_MINUTE * options.speed)))
        command = [espeak_program(), "-v", voice, "-s", str(speed), "--stdout", "-b", "1"]
        try:
            result = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, timeout=TIMEOUT_SECONDS,
                                    check=False)
        except subprocess.TimeoutExpired as exc:
            raise RetryableSynthesisError(f"timed out after {TIMEOUT_SECONDS}s", backend=self.name) from exc
        except OSError as exc:
            raise RetryableSynthesisError(f"could not start: {exc}", backend=self.name) from exc
        if result.returncode != 0 or len(result.stdout) <= 44:
            message = result.stderr.decode("utf-8", "replace").strip() or f"exit code {result.returncode}"
            raise PermanentSynthesisError(f"voice {voice!r}: {message}", backend=self.name)
        return Audio(fix_wav_sizes(result.stdout), "wav")

