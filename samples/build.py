"""Build the sample EPUBs from their unpacked sources in samples/src/.

Deterministic: fixed timestamps and file order, `mimetype` first and stored, so the
committed .epub files can be checked against their sources.

    python samples/build.py          # writes samples/*.epub
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
FIXED_TIME = (2026, 11, 26, 0, 0, 0)


def build(source: Path, target: Path) -> None:
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.name != "mimetype")
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", FIXED_TIME), (source / "mimetype").read_bytes(),
                         compress_type=zipfile.ZIP_STORED)
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(source).as_posix(), FIXED_TIME)
            archive.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED)


def main(out_dir: Path = SAMPLES) -> list[Path]:
    built = []
    for source in sorted((SAMPLES / "src").iterdir()):
        if (source / "mimetype").exists():
            target = out_dir / f"{source.name}.epub"
            build(source, target)
            built.append(target)
    return built


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES):
        print(path)
