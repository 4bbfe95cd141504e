"""Kill-safety: a build killed at any moment (SIGKILL, no clean-up of any kind) and then
run again gives the site an uninterrupted build gives, byte for byte, and the killed
build leaves the last site whole."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import CONFIG, ROOT, copy_seeds

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


def finished(proc: subprocess.Popen) -> None:
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err


def kill_at(proc: subprocess.Popen, delay: float) -> None:
    """SIGKILL the build and every process it forked, as an OOM killer, a cancelled CI job
    or `kill -9 -PGID` would."""
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # workers that outlived their parent
    except ProcessLookupError:
        pass


def outputs(out: Path) -> dict[str, dict[str, bytes]]:
    return {"site": tree(out / "site"), "site_src": tree(out / "site_src"),
            "permalinks.json": {"": (out / "permalinks.json").read_bytes()}}


def test_a_build_killed_at_random_moments_then_rerun_equals_an_uninterrupted_one(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    before = tmp_path / "before"  # the state a newsroom has: the last build of the archive
    finished(cli_build(seeds, before))
    old_site = tree(before / "site")

    (seeds / ADDED).write_text(STORY, encoding="utf-8")  # then an article comes in
    reference = tmp_path / "reference"
    shutil.copytree(before, reference, symlinks=True)
    started = time.perf_counter()
    finished(cli_build(seeds, reference))
    duration = time.perf_counter() - started
    expected = outputs(reference)
    assert expected["site"] != old_site

    rng = random.Random(18)
    for k in range(KILLS):
        out = tmp_path / f"killed-{k}"
        shutil.copytree(before, out, symlinks=True)
        delay = rng.uniform(0.05, duration)
        kill_at(cli_build(seeds, out), delay)
        if (out / "site").exists():  # the last site or the new one, never a mix
            assert tree(out / "site") in (old_site, expected["site"]), f"killed after {delay:.2f}s: a mixed site"
        finished(cli_build(seeds, out))
        assert outputs(out) == expected, f"killed after {delay:.2f}s, rerun: not the uninterrupted build's site"
        assert not list(out.glob(".build-*")), f"killed after {delay:.2f}s: a scratch folder was left behind"
        shutil.rmtree(out)
