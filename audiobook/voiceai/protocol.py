"""The Voice.ai TTS protocol as documented publicly: paths, request fields, enums,
error shapes and WebSocket close codes. Shared by the client and the local server.

Where the public documentation is silent (see shared/reference/voiceai-api.md,
"Unknowns") the tolerant choice is noted beside the constant.
"""

from __future__ import annotations

from audiobook.text.languages import SUPPORTED_LANGUAGES

DEFAULT_BASE_URL = "https://dev.voice.ai"

SPEECH_PATH = "/api/v1/tts/speech"
SPEECH_STREAM_PATH = "/api/v1/tts/speech/stream"
WS_SINGLE_PATH = "/api/v1/tts/stream"
WS_MULTI_PATH = "/api/v1/tts/multi-stream"
CLONE_PATH = "/api/v1/tts/clone-voice"
VOICES_PATH = "/api/v1/tts/voices"
VOICE_PATH = "/api/v1/tts/voice/{voice_id}"
DICTIONARIES_PATH = "/api/v1/tts/pronunciation-dictionaries"
DICTIONARY_PATH = DICTIONARIES_PATH + "/{dictionary_id}"
DICTIONARY_DOWNLOAD_PATH = DICTIONARY_PATH + "/{version}/download"
PLS_MEDIA_TYPE = "application/pls+xml"

LANGUAGES = SUPPORTED_LANGUAGES
MODELS = (
    "voiceai-tts-v1-latest", "voiceai-tts-v1-2026-02-10",
    "voiceai-tts-lite-v1-latest", "voiceai-tts-lite-v1-2026-04-15",
    "voiceai-tts-multilingual-v1-latest", "voiceai-tts-multilingual-v1-2026-02-10",
)
# the languages each model speaks, as the quickstart's model table lists them: the standard and Lite models
# English, the multilingual ones the other ten (English is not among them); a request outside them is refused
MODEL_LANGUAGES: dict[str, frozenset[str]] = {
    model: frozenset(LANGUAGES) - {"en"} if "multilingual" in model else frozenset({"en"}) for model in MODELS}

# format -> (sample rate, container/codec); every value of the documented enum
AUDIO_FORMATS: dict[str, tuple[int, str]] = {
    "mp3": (32_000, "mp3"), "wav": (32_000, "wav"), "pcm": (32_000, "pcm"),
    **{f"mp3_{rate}_{kbps}": (rate, "mp3") for rate, kbps in
       ((22050, 32), (24000, 48), (44100, 32), (44100, 64), (44100, 96), (44100, 128), (44100, 192))},
    **{f"opus_48000_{kbps}": (48_000, "opus") for kbps in (32, 64, 96, 128, 192)},
    **{f"pcm_{rate}": (rate, "pcm") for rate in (8000, 16000, 22050, 24000, 32000, 44100, 48000)},
    **{f"wav_{rate}": (rate, "wav") for rate in (16000, 22050, 24000)},
    "alaw_8000": (8_000, "alaw"), "ulaw_8000": (8_000, "mulaw"),
}
# Undocumented (Unknown 1): we send and accept these; the client trusts the format it asked for.
CONTENT_TYPES = {"mp3": "audio/mpeg", "wav": "audio/wav", "pcm": "audio/pcm", "opus": "audio/ogg",
                 "alaw": "audio/basic", "mulaw": "audio/basic"}

VISIBILITIES = ("PUBLIC", "PRIVATE")
MAX_CLONE_BYTES = 7_500_000
CLONE_FORMATS = "MP3, WAV or OGG"  # the clone reference and examples (the SDK and guide each name others)


def clone_audio_kind(data: bytes) -> str | None:
    """The container of reference audio, by its first bytes, if it is one the clone endpoint takes."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:4] == b"OggS":
        return "ogg"
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "mp3"  # an ID3 tag, or an MPEG audio frame sync
    return None

# WebSocket close codes (the streaming guide)
CLOSE_NORMAL = 1000
CLOSE_UNSUPPORTED_DATA = 1003  # binary frame
CLOSE_INVALID_PAYLOAD = 1007  # validation error, e.g. "extra inputs are not permitted"
CLOSE_POLICY = 1008  # invalid parameters, text too long, auth, concurrency
CLOSE_INTERNAL = 1011

CONCURRENCY_MESSAGE = "too many concurrent tts generations"
CREDITS_MESSAGE = "insufficient credits to generate speech"


# Not documented per character: the plans equate 1,000 credits with about one minute of
# generated speech (Free 5k ~ 5 min, Starter 15k ~ 15 min, Core 1M ~ 1,000 min).
CREDITS_PER_AUDIO_MINUTE = 1_000
