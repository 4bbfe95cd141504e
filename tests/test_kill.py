"""Kill-safety: a build killed at any moment (SIGKILL, no clean-up of any kind) and then
run again gives the site an uninterrupted build gives, byte for byte, and the killed
build leaves the last site whole. Killed as a whole (its process group, as a cancelled
CI job) or only its own PID (as `kill -9 PID` or the out-of-memory killer): then its
worker processes must die with it and hold nothing the next build waits for."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CONFIG, ROOT, copy_seeds

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

from test_incremental import tree

KILLS = 6  # random moments per run (seeded: the same moments on every run of the test)
ADDED = "zz_added.txt"
STORY = ("Harbour Plan Wins Approval\n\n"
         "The council approved the harbour plan on Monday.\n\n"
         "\u201cThis is the best day for the harbour in a generation,\u201d Mayor Ann Smith said.\n")


def cli_build(seeds: Path, out: Path) -> subprocess.Popen:
    """`generator build` on two processes (forked workers too), in its own process group."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1900000000", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
                             "--config", str(CONFIG), "--jobs", "2"], cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def finished(proc: subprocess.Popen, timeout: float = 600) -> None:
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise AssertionError(f"the build did not finish in {timeout:.0f}s: {proc.communicate()[1]}") from None
    assert proc.returncode == 0, err


def kill_at(proc: subprocess.Popen, delay: float, whole_group: bool = True) -> None:
    """SIGKILL the build at `delay`: with every process it forked (a cancelled CI job,
    `kill -9 -PGID`), or only the build's own process (`kill -9 PID`, the OOM killer)."""
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        if whole_group:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    proc.communicate()


def left_of(group: int, within: float = 10.0) -> list[int]:
    """The live processes of a process group still there after `within` seconds (zombies,
    which a container's init may leave unreaped, are dead)."""
    deadline = time.monotonic() + within
    while True:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                alive.append(int(stat.parent.name))
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def outputs(out: Path) -> dict[str, dict[str, bytes]]:
    return {"site": tree(out / "site"), "site_src": tree(out / "site_src"),
            "permalinks.json": {"": (out / "permalinks.json").read_bytes()}}


def reference_build(seeds: Path, before: Path, reference: Path) -> tuple[dict, float]:
    """An uninterrupted build from the state `before`: its outputs, and how long it took."""
    shutil.copytree(before, reference, symlinks=True)
    started = time.perf_counter()
    finished(cli_build(seeds, reference))
    return outputs(reference), time.perf_counter() - started


def test_a_build_killed_at_random_moments_then_rerun_equals_an_uninterrupted_one(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    before = tmp_path / "before"  # the state a newsroom has: the last build of the archive
    finished(cli_build(seeds, before))
    old_site = tree(before / "site")

    (seeds / ADDED).write_text(STORY, encoding="utf-8")  # then an article comes in
    expected, duration = reference_build(seeds, before, tmp_path / "reference")
    assert expected["site"] != old_site

    rng = random.Random(18)
    for k in range(KILLS):
        out = tmp_path / f"killed-{k}"
        shutil.copytree(before, out, symlinks=True)
        delay = rng.uniform(0.05, duration)
        build = cli_build(seeds, out)
        kill_at(build, delay)
        try:
            os.killpg(build.pid, signal.SIGKILL)  # workers that outlived their parent (not tested here)
        except ProcessLookupError:
            pass
        if (out / "site").exists():  # the last site or the new one, never a mix
            assert tree(out / "site") in (old_site, expected["site"]), f"killed after {delay:.2f}s: a mixed site"
        finished(cli_build(seeds, out))
        assert outputs(out) == expected, f"killed after {delay:.2f}s, rerun: not the uninterrupted build's site"
        assert not list(out.glob(".build-*")), f"killed after {delay:.2f}s: a scratch folder was left behind"
        shutil.rmtree(out)


PID_KILLS = 4


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_a_build_killed_by_its_pid_leaves_no_worker_and_never_blocks_the_next(tmp_path):
    """kill -9 of the build's PID alone, while its workers extract: none of them may live
    on (each held the out folder's lock and pipes, and the next build waited forever),
    the next build must finish in bounded time, and equal an uninterrupted one."""
    seeds = copy_seeds(tmp_path / "seeds")
    synth.write_corpus(seeds, 40, seed=26)  # enough work for the workers to be busy
    (seeds / "truth.json").unlink()
    before = tmp_path / "before"
    finished(cli_build(seeds, before))
    for f in sorted(seeds.glob("*.txt"))[-10:]:  # ten articles change: the pool is started again
        f.write_text(f.read_text(encoding="utf-8") + "\n\u201cA closing word,\u201d Ann Smith said.\n",
                     encoding="utf-8")
    expected, duration = reference_build(seeds, before, tmp_path / "reference")

    rng = random.Random(26)
    for k in range(PID_KILLS):
        out = tmp_path / f"killed-{k}"
        shutil.copytree(before, out, symlinks=True)
        delay = rng.uniform(0.5, duration * 0.8)
        build = cli_build(seeds, out)
        kill_at(build, delay, whole_group=False)
        assert left_of(build.pid) == [], f"killed after {delay:.2f}s: its workers live on"
        assert (out / "site" / "index.html").is_file(), f"killed after {delay:.2f}s: no site"
        finished(cli_build(seeds, out), timeout=duration * 3 + 60)
        assert outputs(out) == expected, f"killed after {delay:.2f}s, rerun: not the uninterrupted build's site"
        shutil.rmtree(out)
