"""The Voice.ai backend: the synthesis interface over one Voice.ai transport.

The transport ("http", "stream", "ws", "ws-single"; see voiceai/transports.py) is
chosen once, when the backend is made (and opened on first use, so that planning and
estimating need no key), and each `synthesize` is one attempt on it: the render loop
is the one retry layer, with this account's limits (`retries`). Audio is requested at
the pipeline's own rate, so nothing is resampled: `wav_22050` by default, `pcm_44100` for
the ACX preset's 44.1 kHz pipeline (the API offers WAV only up to 24 kHz).
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from audiobook.errors import ConfigurationError, PermanentSynthesisError
from audiobook.retry import RetryLimits
from audiobook.text.lexicon import engine_markup
from audiobook.tts.base import PIPELINE_RATE, Audio, SynthesisOptions
from audiobook.voiceai.client import SpeechRequest, VoiceAIClient
from audiobook.voiceai.config import VoiceAIConfig
from audiobook.voiceai.dictionaries import Dictionaries
from audiobook.voiceai.errors import BACKEND
from audiobook.voiceai.protocol import AUDIO_FORMATS, CREDITS_PER_AUDIO_MINUTE
from audiobook.voiceai.transports import TRANSPORTS, Transport, open_transport

DEFAULT_VOICE = "default"  # no voice_id: the service's built-in voice
AUDIO_FORMAT = "wav_22050"  # at the default rate (part of the backend's identity, so of every cache key)


def audio_format_for(rate: int) -> str:
    """The format asked for at a pipeline rate: WAV (self-describing) at the default, else raw PCM."""
    if rate == PIPELINE_RATE:
        return AUDIO_FORMAT
    if f"pcm_{rate}" in AUDIO_FORMATS:
        return f"pcm_{rate}"
    raise ConfigurationError(f"Voice.ai offers no {rate} Hz format; choose one of "
                             f"{sorted({r for r, kind in AUDIO_FORMATS.values() if kind == 'pcm'})}")


class VoiceAISynthesizer:
    name = BACKEND
    phoneme_style = None  # Voice.ai reads words; pronunciation goes through its dictionaries
    recognizable = True

    def __init__(self, transport: str = "http", config: VoiceAIConfig | None = None,
                 dictionary_id: str | None = None, dictionary_version: int | None = None) -> None:
        self.config = config or VoiceAIConfig.from_env()
        if transport not in TRANSPORTS:
            raise ConfigurationError(f"unknown Voice.ai transport {transport!r}; choose one of {', '.join(TRANSPORTS)}")
        self.transport_name = transport
        self._transport: Transport | None = None
        self._lock = threading.Lock()
        # more render threads than the plan's slots: while some decode, check and cache a finished
        # clip, the others already hold the slots (the slots, not the threads, are the limit)
        self.max_concurrency = 2 * self.config.concurrency
        self.retries = RetryLimits(self.config.max_attempts, self.config.backoff_multiplier)
        self.dictionary_id = dictionary_id
        self.requested_dictionary_version = dictionary_version  # None: the current one, pinned by preflight
        self.dictionary_version = dictionary_version

    @property
    def transport(self) -> Transport:
        with self._lock:
            if self._transport is None:
                self._transport = open_transport(self.transport_name, VoiceAIClient(self.config))
            return self._transport

    def knows_voice(self, voice: str) -> bool:
        return True  # the account's voices are checked in `preflight`

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        return DEFAULT_VOICE  # one voice speaks every language and region

    def identity(self) -> str:
        # the deployment speaks, not the transport: a clip is the same over HTTP or WebSocket
        dictionary = f" dictionary {self.dictionary_id}:{self.dictionary_version or 'latest'}" if self.dictionary_id \
            else ""
        return f"voiceai {urlsplit(self.config.base_url).netloc} {AUDIO_FORMAT}{dictionary}"

    def preflight(self, voices: set[str]) -> None:
        """Fail before any synthesis on a bad key, an unknown voice or pronunciation dictionary (one
        request each). A dictionary named without a version is pinned to its current one here, so
        that every request and every cache key names the same rules even if they change mid-render."""
        client = self.transport.client
        client.list_voices()
        for voice in sorted(voices - {DEFAULT_VOICE}):
            try:
                status = client.get_voice(voice).status
            except PermanentSynthesisError as exc:  # named, as a dictionary is: a script may give several voices
                if exc.status == 404:
                    raise ConfigurationError(f"Voice.ai voice {voice} was not found or is not accessible to this API "
                                             "key (see `audiobook voices list`)") from None
                raise
            if status != "AVAILABLE":
                raise ConfigurationError(f"Voice.ai voice {voice} is {status}, not AVAILABLE")
        if self.dictionary_id:
            self.dictionary_version = self._current_dictionary_version()

    def _current_dictionary_version(self) -> int:
        try:
            dictionary = Dictionaries(self.transport.client).get(self.dictionary_id or "")
        except PermanentSynthesisError as exc:
            if exc.status == 404:
                raise ConfigurationError(f"Voice.ai pronunciation dictionary {self.dictionary_id} was not found "
                                         "(see `audiobook dictionaries list`)") from None
            raise
        requested = self.requested_dictionary_version
        if requested is not None and requested > dictionary.current_version:
            raise ConfigurationError(f"Voice.ai pronunciation dictionary {self.dictionary_id} has no version "
                                     f"{requested} (its latest is {dictionary.current_version})")
        return requested or dictionary.current_version

    def credits(self, audio_seconds: float) -> float:
        return audio_seconds / 60 * CREDITS_PER_AUDIO_MINUTE

    def engine_text(self, heard: str, language: str) -> str:
        return engine_markup(heard, None, language)  # the marked words as written

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        request = SpeechRequest(text, voice_id=None if voice == DEFAULT_VOICE else voice, model=options.model,
                                language=language, audio_format=audio_format_for(options.sample_rate),
                                dictionary_id=self.dictionary_id,
                                dictionary_version=self.dictionary_version)
        clip = self.transport.generate(request)
        return Audio(clip.data, clip.container, sample_rate=clip.sample_rate)

    def close(self) -> None:
        with self._lock:
            transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()
