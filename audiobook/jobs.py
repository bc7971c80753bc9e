"""Is a rendered book current? A job is (source file, the parameters that shape its output).

render-book records the job's fingerprint in the manifest; render-library and
narrate-scripts skip a source whose manifest has the same source checksum and the
same fingerprint, and whose output files are all present.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from .files import file_checksum

# parameters that say where things go, where they run or what may be spent, not what the book sounds like
PLACEMENT_PARAMETERS = frozenset({"source", "output_dir", "cache_dir", "max_credits", "runner", "dask_address",
                                  "dask_workers"})


def _package_version() -> str:
    try:
        return version("audiobook")
    except PackageNotFoundError:
        return "unknown"


def job_fingerprint(parameters: Mapping[str, Any]) -> str:
    """Hash of the output-shaping parameters and the package version."""
    shaping = {k: v for k, v in parameters.items() if k not in PLACEMENT_PARAMETERS}
    material = json.dumps({"parameters": shaping, "audiobook": _package_version()}, sort_keys=True, default=str)
    return hashlib.sha256(material.encode()).hexdigest()


def outputs_listed(manifest: Mapping[str, Any]) -> list[str]:
    outputs = manifest.get("outputs") or {}
    names = [outputs.get(k) for k in ("m4b", "mp3", "report", "sidecar", "manifest")]
    names += list(outputs.get("chapter_files") or [])
    return [n for n in names if n]


def current_manifest(source: Path, output_dir: Path, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
    """The manifest of a complete render of this exact source with these parameters, or None."""
    try:
        manifest = json.loads((output_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    current = (manifest.get("book", {}).get("checksum") == file_checksum(source)
               and manifest.get("job", {}).get("fingerprint") == job_fingerprint(parameters)
               and all((output_dir / name).is_file() for name in outputs_listed(manifest)))
    return manifest if current else None
