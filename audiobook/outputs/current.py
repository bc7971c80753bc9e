"""Is a rendered book current? A job is (source file, the options that shape its output).

render-book records the job's fingerprint in the manifest; render-library and
narrate-scripts skip a source whose manifest has the same source checksum and the
same fingerprint, and whose output files are all present.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from audiobook.files import file_checksum


def outputs_listed(manifest: Mapping[str, Any]) -> list[str]:
    outputs = manifest.get("outputs") or {}
    names = [outputs.get(k) for k in ("m4b", "mp3", "report", "sidecar", "manifest")]
    names += list(outputs.get("chapter_files") or [])
    return [n for n in names if n]


def current_manifest(source: Path, output_dir: Path, fingerprint: str) -> dict[str, Any] | None:
    """The manifest of a complete render of this exact source by a job with this fingerprint, or None."""
    try:
        manifest = json.loads((output_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    current = (manifest.get("book", {}).get("checksum") == file_checksum(source)
               and manifest.get("job", {}).get("fingerprint") == fingerprint
               and all((output_dir / name).is_file() for name in outputs_listed(manifest)))
    return manifest if current else None
