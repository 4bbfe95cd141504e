"""Work on several processes, started one way for the whole build.

Forked where that is safe (one thread: a fork copies only the calling thread, and a
lock another thread held would stay locked in the child), so that workers inherit the
loaded model and the corpus as they are; `forkserver` (or `spawn`) elsewhere, as when
`generator serve` rebuilds beside its server thread. The start method is always named,
never the platform's default (Python 3.14 changed it). Every worker dies with the
build: on Linux the kernel kills it when its parent goes (PR_SET_PDEATHSIG), so a build
killed with `kill -9` leaves no worker behind holding pipes or files.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def can_fork() -> bool:
    """Forking is safe here: the system can, and no other thread (a server's, say) might
    hold a lock the child would inherit locked."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def start_method() -> str:
    if can_fork():
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def pool(workers: int, method: str | None = None) -> ProcessPoolExecutor:
    """A pool of `workers` processes that die with this one."""
    method = method or start_method()
    # a forkserver's workers are its children, not ours: it exits when we do, and they with it
    parent = None if method == "forkserver" else os.getpid()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_die_with_parent, initargs=(parent,))


def _die_with_parent(parent: int | None) -> None:
    """In a new worker: be killed when the process that started it ends."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pool's own pipes are all there is
        return
    if parent is not None and os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def map_work(work: Callable, items: list, jobs: int) -> list:
    """[work(item) for item in items], on `jobs` processes when there is more than one item."""
    if jobs <= 1 or len(items) < 2:
        return [work(item) for item in items]
    with pool(jobs) as workers:
        return list(workers.map(work, items, chunksize=max(1, len(items) // (jobs * 8))))


def map_batches(work: Callable, items: list, jobs: int, most: int) -> list:
    """[*work(batch) for batch in batches of items], work giving one result per item of its
    batch: on `jobs` processes, each batch of at most `most` items and as many as map_work
    would send a process at once (so that the processes share the work as evenly)."""
    size = max(1, min(most, len(items) // (max(1, jobs) * 8) if jobs > 1 else most))
    batches = [items[i:i + size] for i in range(0, len(items), size)]
    if jobs <= 1 or len(batches) < 2:
        return [r for batch in batches for r in work(batch)]
    with pool(jobs) as workers:
        return [r for done in workers.map(work, batches) for r in done]


@contextlib.contextmanager
def aside(work: Callable, *args, jobs: int) -> Iterator[Callable]:
    """Gives a function that returns work(*args), done on a forked process meanwhile (with
    jobs > 1, where processes can be forked), or else there and then when it is called."""
    if jobs <= 1 or not can_fork():
        yield lambda: work(*args)
        return
    with pool(1, "fork") as worker:  # joined on leaving
        yield worker.submit(work, *args).result


_SHARED: tuple | None = None  # what forked workers of shares() read: (work, data)


def shares(work: Callable, data: object, parts: int, meanwhile: Callable[[], object] | None = None) -> list | None:
    """[work(data, (k, parts)) for k in range(parts)] on `parts` forked processes that
    inherit `data` as it is (nothing is copied to them); None where forking is not safe
    (the caller then does the work on its own). meanwhile: done on this process while
    they work (it would wait for them idle), its result added at the end of the list."""
    global _SHARED
    if parts <= 1 or not can_fork():
        return None
    _SHARED = (work, data)
    was_frozen = gc.get_freeze_count()  # (by the build: publish.pipeline.settled_objects)
    gc.freeze()  # the children's collector leaves the inherited objects alone: their memory stays shared
    try:
        with pool(parts, "fork") as workers:
            done = workers.map(_share, [(k, parts) for k in range(parts)])  # forked and started now
            also = [meanwhile()] if meanwhile is not None else []
            return [*done, *also]
    finally:
        _SHARED = None
        if not was_frozen:
            gc.unfreeze()


def _share(part: tuple[int, int]):
    work, data = _SHARED
    return work(data, part)
