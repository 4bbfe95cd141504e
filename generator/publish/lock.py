"""One build at a time per out folder.

The lock is a POSIX record lock on OUT/.cache/build.lock (the build state's folder): the system lets it go when its
holder ends, however it ends, and unlike a BSD `flock` it is not inherited by forked
workers, so none of them can keep it after the build is killed. A build that finds it
held says so in one line, naming the holder, and waits its turn.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import struct
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from .state import state_dir

LOCK_FILE = "build.lock"
SCRATCH_PREFIX = ".build-"  # a build's scratch folder in its out folder
_IN_PROCESS: dict[Path, threading.Lock] = {}  # POSIX locks are per process: threads wait here
_GUARD = threading.Lock()


@contextlib.contextmanager
def sole_build(out: Path, say=lambda line: print(line, file=sys.stderr, flush=True)) -> Iterator[None]:
    """Hold the out folder's build lock for the block. Holding it, what a killed build
    left is cleared: its scratch folder, and a tree moved aside and not put back."""
    out.mkdir(parents=True, exist_ok=True)
    with _GUARD:
        local = _IN_PROCESS.setdefault(out.resolve(), threading.Lock())
    with local:
        try:
            import fcntl
        except ImportError:  # Windows: no lock, so nothing is removed that another build may be using
            yield
            return
        state_dir(out).mkdir(exist_ok=True)
        fd = os.open(state_dir(out) / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                say(f"waiting: another build of {out} is running (process {_holder(fd) or 'unknown'}); "
                    "this one starts when it ends")
                fcntl.lockf(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            _clear_leftovers(out)
            yield
        finally:
            os.close(fd)  # and with it the lock


def _holder(fd: int) -> int | None:
    """The PID of the process holding the lock (fcntl F_GETLK), else the one written in the file."""
    import fcntl
    layout = "hhqqi4x"  # struct flock on Linux and most 64-bit systems
    try:
        query = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        kind, _, _, _, pid = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, query))
        if kind != fcntl.F_UNLCK and pid > 0:
            return pid
    except (OSError, struct.error):
        pass
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode().strip())
    return None


def _clear_leftovers(out: Path) -> None:
    for left in out.glob(f"{SCRATCH_PREFIX}*"):
        shutil.rmtree(left, ignore_errors=True)
    for name in ("site", "site_src"):  # killed between the two renames of a system without an exchange
        aside = out / f".{name}.old"
        if aside.is_dir() and not (out / name).exists():
            aside.rename(out / name)
