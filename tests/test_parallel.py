"""The build's worker processes and its lock: workers die with the build, a server
thread means no fork, and the lock is neither inherited nor kept by a killed build."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT

from generator.publish import lock, parallel

needs_linux = pytest.mark.skipif(not Path("/proc/self/stat").exists() or sys.platform != "linux",
                                 reason="PR_SET_PDEATHSIG and /proc are Linux's")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie is dead (a container's init may not reap it)


def _gone_within(pids: list[int], seconds: float = 10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while (alive := [p for p in pids if _alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def _pid_and_parent(_: int) -> tuple[int, int]:
    time.sleep(0.05)
    return os.getpid(), os.getppid()


def test_a_server_thread_means_no_fork_and_the_same_results():
    """`generator serve` rebuilds beside its server thread: the pool must not fork that process."""
    stop = threading.Event()
    server = threading.Thread(target=stop.wait, daemon=True)
    server.start()
    try:
        method = parallel.start_method()
        assert method in ("forkserver", "spawn") and not parallel.can_fork()
        done = parallel.map_work(_pid_and_parent, list(range(6)), 2)
    finally:
        stop.set()
        server.join()
    assert len(done) == 6 and os.getpid() not in {pid for pid, _ in done}
    if method == "forkserver":  # started by the fork server, never forked from this threaded process
        assert all(parent != os.getpid() for _, parent in done)


@needs_linux
def test_workers_die_with_a_build_killed_by_its_pid(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from generator.publish import parallel
        def work(_):
            os.write(1, f"{{os.getpid()}}\\n".encode())  # one write: two workers' lines never interleave
            time.sleep(120)
        with parallel.pool(2) as workers:
            list(workers.map(work, range(2)))
    """)
    build = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = [build.stdout.readline() for _ in range(2)]
    assert all(line.strip().isdigit() for line in lines), (lines, build.poll(), build.poll() is not None
                                                           and build.stderr.read())
    workers = [int(line) for line in lines]
    assert all(_alive(p) for p in workers), [(p, _alive(p)) for p in workers]
    build.kill()  # SIGKILL, the build's PID only
    build.wait()
    assert _gone_within(workers) == [], "workers outlived the build"


@needs_linux
def test_the_lock_is_not_inherited_and_not_kept_by_a_killed_build(tmp_path):
    """A killed build's forked child lives on (as a worker did before): the lock is free anyway."""
    out = tmp_path / "out"
    script = textwrap.dedent(f"""
        import os, sys, time
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from generator.publish import lock
        with lock.sole_build(Path({str(out)!r})):
            child = os.fork()
            if child == 0:
                time.sleep(120)
                os._exit(0)
            print(child, flush=True)
            time.sleep(120)
    """)
    build = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(build.stdout.readline())
    try:
        said: list[str] = []
        taken = threading.Event()

        def take() -> None:
            with lock.sole_build(out, say=said.append):
                taken.set()
        waiter = threading.Thread(target=take, daemon=True)
        waiter.start()
        time.sleep(1.0)
        assert not taken.is_set(), "two builds at once"
        assert len(said) == 1 and f"process {build.pid}" in said[0], said  # one line, naming the holder
        build.kill()
        build.wait()
        assert taken.wait(10), "the lock was kept after its build was killed"
        assert _alive(child)  # it lives on, and holds nothing
    finally:
        os.kill(child, signal.SIGKILL)


def test_a_tree_set_aside_by_a_killed_switch_is_put_back(tmp_path):
    out = tmp_path / "out"
    (out / ".site.old").mkdir(parents=True)
    (out / ".site.old" / "index.html").write_text("old", encoding="utf-8")
    (out / ".build-x1").mkdir()
    with lock.sole_build(out):
        pass
    assert (out / "site" / "index.html").read_text(encoding="utf-8") == "old"
    assert not (out / ".build-x1").exists()


@needs_linux
def test_the_new_site_replaces_the_old_in_one_step(tmp_path, monkeypatch):
    """No moment without a site: on Linux the two trees are exchanged in one call, never
    renamed one after the other (which would leave no site/ in between)."""
    from generator.publish import files
    old, new = tmp_path / "site", tmp_path / ".build-1" / "site"
    old.mkdir()
    (old / "index.html").write_text("old", encoding="utf-8")
    new.mkdir(parents=True)
    (new / "index.html").write_text("new", encoding="utf-8")

    def no_rename(self, target):
        raise AssertionError(f"renamed {self} -> {target}: the site would be missing in between")
    monkeypatch.setattr(Path, "rename", no_rename)
    files.replace_dir(new, old)
    assert (old / "index.html").read_text(encoding="utf-8") == "new"
    assert not new.exists() and sorted(p.name for p in tmp_path.iterdir()) == [".build-1", "site"]
