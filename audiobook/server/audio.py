"""Audio for the local Voice.ai server: espeak-ng speech in any of the API's 27 formats."""

from __future__ import annotations

import asyncio
import io
import re
import wave

from audiobook.errors import SynthesisError
from audiobook.tts.base import Audio, SynthesisOptions
from audiobook.tts.espeak import VOICES, EspeakSynthesizer
from audiobook.voiceai.protocol import AUDIO_FORMATS

# ffmpeg output arguments per container, after `-f s16le -ar R -ac 1 -i pipe:0`
_FFMPEG_OUTPUT = {
    "mp3": lambda fmt: ["-c:a", "libmp3lame", "-b:a", f"{fmt.rsplit('_', 1)[1]}k" if fmt != "mp3" else "64k",
                        "-f", "mp3"],
    "opus": lambda fmt: ["-c:a", "libopus", "-b:a", f"{fmt.rsplit('_', 1)[1]}k", "-f", "ogg"],
    "alaw": lambda fmt: ["-c:a", "pcm_alaw", "-f", "alaw"],
    "mulaw": lambda fmt: ["-c:a", "pcm_mulaw", "-f", "mulaw"],
}
VARIANTS = ("m1", "m2", "m3", "m4", "f1", "f2", "f3", "f4", "klatt", "klatt2")


# the API's inline spelling, "[SPELL:BX42]", which makes the voice say each character by its name ("B X 4 2"); an
# English "A" alone is said in espeak-ng's phonemes, as it reads the letter before a word as the article
_SPELL = re.compile(r"\[SPELL:([^\]]*)\]")


def spelled(text: str, language: str) -> str:
    """`text` with its spelling markup as the characters, one by one, that espeak-ng then names."""
    if "[SPELL:" not in text:
        return text
    return _SPELL.sub(lambda match: " ".join("[['eI]]" if character in "Aa" and language == "en" else character
                                             for character in match.group(1) if not character.isspace()), text)


def espeak_voice(language: str, variant: str | None) -> str:
    base = VOICES.get(language, "en-us")
    return f"{base}+{variant}" if variant else base


async def _ffmpeg(pcm: bytes, rate: int, output: list[str]) -> bytes:
    process = await asyncio.create_subprocess_exec(
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-f", "s16le", "-ar", str(rate), "-ac", "1",
        "-i", "pipe:0", *output, "pipe:1", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await process.communicate(pcm)
    if process.returncode != 0:
        raise SynthesisError(f"ffmpeg: {err.decode('utf-8', 'replace').strip()[-200:]}", backend="local")
    return out


async def speak(engine: EspeakSynthesizer, text: str, *, language: str, variant: str | None, audio_format: str) -> bytes:
    """`text` spoken by espeak-ng, encoded as `audio_format`."""
    audio: Audio = await asyncio.to_thread(engine.synthesize, text, voice=espeak_voice(language, variant),
                                           language=language, options=SynthesisOptions())
    rate, container = AUDIO_FORMATS[audio_format]
    pcm = await asyncio.to_thread(_resampled, audio, rate)
    if container == "pcm":
        return pcm
    if container == "wav":
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as clip:
            clip.setnchannels(1)
            clip.setsampwidth(2)
            clip.setframerate(rate)
            clip.writeframes(pcm)
        return buffer.getvalue()
    return await _ffmpeg(pcm, rate, _FFMPEG_OUTPUT[container](audio_format))


def _resampled(audio: Audio, rate: int) -> bytes:
    from pydub import AudioSegment

    clip = AudioSegment.from_file(io.BytesIO(audio.data), format=audio.format)
    return clip.set_channels(1).set_sample_width(2).set_frame_rate(rate).raw_data
