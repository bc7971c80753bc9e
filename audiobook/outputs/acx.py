"""Audible's ACX audio requirements: the `acx` preset's settings, and a check of finished files.

ACX checks every file: MP3 at 44.1 kHz and 192 kb/s or more, constant bit rate; RMS
between -23 and -18 dB; peaks at -3 dB or below; a noise floor at -60 dB or below; 0.5 to
1 s of room tone at the start and 1 to 5 s at the end; one file per chapter. The preset
renders chapter MP3s that way (the loudness is set by EBU R128 integrated loudness, which
for speech with pauses lands the RMS inside the window: measured by `check_file`);
`audiobook check-acx FOLDER` measures every MP3 against each limit and names what fails.
"""

from __future__ import annotations

import math
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import numpy

from audiobook.audio.encode import ffmpeg_program
from audiobook.errors import OutputError


@dataclass(frozen=True)
class AcxPreset:
    sample_rate: int = 44_100
    mp3_bitrate: str = "192k"
    loudness_lufs: float = -19.0
    peak_limit_dbfs: float = -3.5
    room_tone_ms: tuple[int, int] = (750, 1_000)  # the tail adds to the chapter pause (2 s by default)


ACX = AcxPreset()

RMS_RANGE_DB = (-23.0, -18.0)
PEAK_MAX_DB = -3.0
NOISE_FLOOR_MAX_DB = -60.0
HEAD_SECONDS = (0.5, 1.0)
TAIL_SECONDS = (1.0, 5.0)
MIN_BITRATE = 192_000
WINDOW_SECONDS = 0.5  # the noise floor: the quietest half-second
SPEECH_DB = -50.0  # louder than this (over 10 ms) is no longer room tone


@dataclass
class AcxResult:
    """One file's measurements and the limits it fails (empty: it passes)."""

    file: str
    sample_rate: int
    bitrate: int
    constant_bitrate: bool
    rms_db: float
    peak_db: float
    noise_floor_db: float
    head_seconds: float
    tail_seconds: float
    failures: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {k: (None if isinstance(v, float) and math.isinf(v) else v) for k, v in self.__dict__.items()}


def _db(value: float) -> float:
    return 20 * math.log10(value) if value > 0 else -math.inf


def _decode(path: Path, rate: int) -> numpy.ndarray:
    result = subprocess.run([ffmpeg_program(), "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1", "-ar",
                             str(rate), "-"], capture_output=True, check=False)
    if result.returncode != 0:
        raise OutputError(f"{path}: cannot be decoded ({result.stderr.decode(errors='replace').strip()[-200:]})")
    return numpy.frombuffer(result.stdout, dtype="<f4")


def _frame_bitrate(path: Path) -> int:
    """The bit rate the MP3 frames declare (file size over duration undercounts short files with tags)."""
    from audiobook.audio.encode import ffprobe_program

    result = subprocess.run([ffprobe_program(), "-v", "error", "-select_streams", "a:0", "-show_entries",
                             "stream=bit_rate", "-of", "default=nw=1:nk=1", str(path)], capture_output=True, text=True,
                            check=False)
    try:
        return int(result.stdout.strip())
    except ValueError:
        raise OutputError(f"{path}: ffprobe cannot read its bit rate") from None


def check_file(path: Path) -> AcxResult:
    """Measure one MP3 against every ACX limit."""
    from mutagen.mp3 import MP3, BitrateMode, HeaderNotFoundError

    try:
        info = MP3(path).info
    except HeaderNotFoundError:
        raise OutputError(f"{path}: not an MP3 file") from None
    # LAME's header says CBR, or no header says anything (a plain CBR stream)
    constant = info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)
    bitrate = _frame_bitrate(path) if constant else info.bitrate
    samples = _decode(path, info.sample_rate).astype(numpy.float64)
    window = max(1, int(WINDOW_SECONDS * info.sample_rate))
    short = max(1, int(0.01 * info.sample_rate))
    windows = samples[: len(samples) // window * window].reshape(-1, window) if len(samples) >= window else (
        samples.reshape(1, -1))
    levels = numpy.sqrt((samples[: len(samples) // short * short].reshape(-1, short) ** 2).mean(axis=1))
    loud = numpy.nonzero(levels > 10 ** (SPEECH_DB / 20))[0]
    result = AcxResult(
        file=path.name, sample_rate=info.sample_rate, bitrate=bitrate, constant_bitrate=constant,
        rms_db=round(_db(float(numpy.sqrt((samples ** 2).mean()))) if len(samples) else -math.inf, 2),
        peak_db=round(_db(float(numpy.abs(samples).max())) if len(samples) else -math.inf, 2),
        noise_floor_db=round(_db(float(numpy.sqrt((windows ** 2).mean(axis=1)).min())), 2),
        head_seconds=round(float(loud[0] * short / info.sample_rate) if len(loud) else 0.0, 2),
        tail_seconds=round(float((len(levels) - 1 - loud[-1]) * short / info.sample_rate) if len(loud) else 0.0, 2))
    result.failures = _failures(result)
    return result


def _failures(r: AcxResult) -> list[str]:
    failures = []
    if r.sample_rate != ACX.sample_rate:
        failures.append(f"sample rate {r.sample_rate} Hz, not 44100")
    if r.bitrate < MIN_BITRATE or not r.constant_bitrate:
        failures.append(f"{r.bitrate // 1000} kb/s {'CBR' if r.constant_bitrate else 'VBR'}, not 192 kb/s CBR or more")
    if not RMS_RANGE_DB[0] <= r.rms_db <= RMS_RANGE_DB[1]:
        failures.append(f"RMS {r.rms_db:.1f} dB, outside -23 to -18")
    if r.peak_db > PEAK_MAX_DB:
        failures.append(f"peak {r.peak_db:.1f} dB, above -3")
    if r.noise_floor_db > NOISE_FLOOR_MAX_DB:
        failures.append(f"noise floor {r.noise_floor_db:.1f} dB, above -60")
    if not HEAD_SECONDS[0] <= r.head_seconds <= HEAD_SECONDS[1]:
        failures.append(f"{r.head_seconds:.2f} s of room tone at the start, not 0.5-1")
    if not TAIL_SECONDS[0] <= r.tail_seconds <= TAIL_SECONDS[1]:
        failures.append(f"{r.tail_seconds:.2f} s of room tone at the end, not 1-5")
    return failures


def check_folder(folder: Path) -> list[AcxResult]:
    """Every MP3 in a folder (and its chapters/ folder), in name order."""
    files = sorted(folder.glob("*.mp3")) + sorted(folder.glob("chapters/*.mp3"))
    if not files:
        raise OutputError(f"{folder}: no MP3 files to check")
    return [check_file(path) for path in files]
