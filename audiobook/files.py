"""Atomic file writes: a temporary name in the same folder, then one rename.

A killed run never leaves a truncated file under a finished-looking name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from audiobook.folder_lock import LOCK_FILE


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it into place on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial" + target.suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; finished files get the usual mode
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def file_checksum(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def write_json_atomic(target: Path, document: Any) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def remove_stale_partials(folder: Path) -> int:
    """Delete what an interrupted run left under temporary names (`.name.*.partial*`); returns the count.

    A subfolder with its own lock file (a preview in `preview/`) belongs to another run: left alone."""
    removed = 0
    for path in sorted(folder.rglob(".*.partial*"), key=lambda p: len(p.parts), reverse=True):
        if any((parent / LOCK_FILE).exists() for parent in path.parents if folder in parent.parents):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed += 1
    return removed


@contextmanager
def removed_if_left_empty(folder: Path) -> Iterator[None]:
    """On a failure inside the block, remove `folder` (and the parents it needed) if the block
    created it and left no file in it: a failed run leaves nothing that looks like an output."""
    created = folder.absolute()
    while not created.parent.exists() and created.parent != created:
        created = created.parent  # the outermost folder that is not there yet
    existed = created.exists()
    try:
        yield
    except BaseException:
        if not existed and created.is_dir() and not any(p.is_file() for p in created.rglob("*")):
            shutil.rmtree(created, ignore_errors=True)  # only empty folders: never a file someone may want
        raise


def unwritable_reason(folder: Path) -> str | None:
    """Why files cannot be written in `folder` (created if missing), or None if they can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return str(exc.strerror or exc)
    return None


_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def chapter_file_name(index: int, title: str) -> str:
    """`NN - Title.mp3`, safe on every common filesystem."""
    safe = _UNSAFE_IN_NAMES.sub(" ", title).strip(" .") or f"Chapter {index}"
    return f"{index:02d} - {' '.join(safe.split())[:80]}.mp3"
