"""One run at a time writes an output folder.

Two runs writing one folder at once (a scheduled library run and a render started from the UI, or
one command typed twice) delete each other's scratch files and leave a folder whose files come from
both runs. A run holds an exclusive lock on `.audiobook.lock` in the folder while it writes there;
a second run stops at once with one line naming the folder and the run that holds it. The kernel
drops the lock when its process ends, however it ends, so a killed run never leaves a folder
locked; a run that ends removes the file. The lock is `flock`, which NFS 4 shares between machines.
"""

from __future__ import annotations

import fcntl
import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from audiobook.errors import OutputError

LOCK_FILE = ".audiobook.lock"

log = logging.getLogger(__name__)


@contextmanager
def folder_held(folder: Path, purpose: str) -> Iterator[None]:
    """Hold `folder` (created if missing) while the block runs; OutputError if another run holds it.

    `purpose` says who holds it ("render-book samples/lighthouse.epub"), for the run that is refused."""
    path = folder / LOCK_FILE
    handle = _locked(folder, path)
    try:
        if handle is not None:
            since = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
            handle.truncate(0)
            handle.write(f"pid {os.getpid()} on {socket.gethostname()} since {since}: {purpose}\n")
            handle.flush()
        yield
    finally:
        if handle is not None:
            path.unlink(missing_ok=True)  # while still locked: a run that opened it starts over on a new file
            handle.close()


def _locked(folder: Path, path: Path) -> TextIO | None:
    """The lock file, open and locked; None where the filesystem has no locks (the run goes on, logged)."""
    while True:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle = path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"{folder}: cannot write to the output folder ({exc.strerror or exc})") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "a run that is starting"
            handle.close()
            raise OutputError(f"{folder}: another run is writing to this folder ({holder}); wait for it to "
                              "finish or choose another output folder") from None
        except OSError as exc:
            handle.close()
            path.unlink(missing_ok=True)
            log.warning("%s: cannot lock the output folder (%s); nothing stops a second run writing to it",
                        folder, exc.strerror or exc)
            return None
        try:
            current = os.path.samestat(os.fstat(handle.fileno()), path.stat())
        except FileNotFoundError:
            current = False
        if current:
            return handle
        handle.close()  # its holder removed the file between our open and our lock: lock the new one
