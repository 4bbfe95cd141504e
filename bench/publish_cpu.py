"""CPU seconds of a one-article publish, as bench/RESULTS.md measures it since session 35.

    python bench/publish_cpu.py prepare WORK N   # corpus (synth.py seed 1), full build --jobs 2, a copy of out/
    python bench/publish_cpu.py settle WORK      # then a publish of the change and one of its undoing, a new copy
    python bench/publish_cpu.py run WORK [RUNS]  # the publish, RUNS times (default 3)
    python bench/publish_cpu.py phases WORK      # one publish, the CPU by step and by worker

`run`: out/ restored from the copy the full build left (hard links kept), one quotation
appended to the middle article, `build_site` with jobs=2 in a fresh process,
SOURCE_DATE_EPOCH fixed; prints the build's process and children's CPU seconds (user +
system) and wall time. The article is put back after each run. Run `prepare` again with
the code measured whenever the code version changes (the state of another version is a
full build).

`settle` (after `prepare`): the out folder as a site published to before has it, not
as a first full build left it: the change `run` makes published (an incremental build),
then undone and published again; the copy made afresh. Since session 42 the build keeps
the trees before the last as the next build's scratch (publish/files.py, Spare), which
the first incremental build after a full one does not have yet."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
EPOCH = "1764979200"  # 2025-12-06: a correction's date, undated quotations' first seen
LINE = "\n\u201cOne more sentence for the benchmark,\u201d Odalys Venn said.\n"

CHILD = """
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from generator.publish import BuildOptions, build_site
seeds, out, config, full = Path({seeds!r}), Path({out!r}), Path({config!r}), {full!r}
t = time.perf_counter()
r = build_site(BuildOptions(seeds, out, config, jobs=2, keep_corpus=False, full=full))
wall = time.perf_counter() - t
s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps(dict(self=s.ru_utime + s.ru_stime, children=c.ru_utime + c.ru_stime, wall=wall, sys=(s.ru_stime, c.ru_stime), minflt=(s.ru_minflt, c.ru_minflt),
                      full=r.full, extracted=r.extracted, rendered=r.rendered, kept=len(r.kept))))
"""


# `phases`: the build's own CPU seconds in each of these steps (module, function), timed where
# the pipeline calls them; the rest of the process is "other". A step that calls another is
# timed whole (link holds site_listings, the exports' share holds the exports).
STEPS = [("generator.publish.pipeline", ["load_and_extract", "read_registry", "apply_corrections"]),
         ("generator.publish.state", ["read_inputs", "load_sources", "load_record", "stage_record", "save_record",
                                      "save_manifest", "forget_record"]),
         ("generator.publish.corpus", ["resolve_speakers", "link"]),
         ("generator.link", ["site_listings"]),
         ("generator.site.mkdocs", ["build_html"]),
         ("generator.publish.files", ["link_all", "reuse_unchanged", "replace_dir", "listed", "keep_spare"]),
         ("generator.publish.files:Spare", ["take", "bring_up_to_date"]),
         ("generator.site.permalinks", ["first_seen", "live_entries", "gone_pages", "registry_text"]),
         ("generator.site", ["json_text", "quotes_db"]),
         ("generator.site.export", ["export", "quotes_csv"])]
NESTED = {"site_listings", "json_text", "quotes_db", "export", "quotes_csv"}  # within another step

PHASES = """
import functools, importlib, time
T = {{}}
def timed(mod, name):
    f = getattr(mod, name)
    @functools.wraps(f)
    def g(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            T[name] = T.get(name, 0) + time.process_time() - t
    setattr(mod, name, g)
for module, names in {steps!r}:
    mod = importlib.import_module(module.partition(":")[0])
    if module.partition(":")[2]:  # a class's
        mod = getattr(mod, module.partition(":")[2], None)
    for name in names:
        if hasattr(mod, name):
            timed(mod, name)
from generator.publish import pipeline
write_share = pipeline._write_share
def exports_share(site, part):  # this process's share of write_site: the assets and exports
    t = time.process_time()
    try:
        return write_share(site, part)
    finally:
        if part is None:
            T["exports (this process's share)"] = time.process_time() - t
pipeline._write_share = exports_share
# each forked worker's own CPU when it ends, named by what it ran last (a line to a file)
import json, multiprocessing.util, os, resource
from generator.publish import corpus, parallel
LABEL = ["?"]
def named(mod, name, label):
    f = getattr(mod, name)
    def g(*a, **k):
        LABEL[0] = label(*a) if callable(label) else label
        return f(*a, **k)
    g.__module__, g.__qualname__ = mod.__name__, name  # (pickled by name to the worker)
    setattr(mod, name, g)
named(parallel, "_share", lambda part: f"pages {{part[0] + 1}} of {{part[1]}}")
named(corpus, "find_variants_with_answers", "near-duplicate search")
named(corpus, "parse_and_extract", "extraction")
named(pipeline.search_index, "split_index", "search index split")
die_with_parent = parallel._die_with_parent
def reporting(parent):
    die_with_parent(parent)
    def report():
        r = resource.getrusage(resource.RUSAGE_SELF)
        with open(os.environ["PUBLISH_CPU_WORKERS"], "a") as f:
            f.write(json.dumps([LABEL[0], r.ru_utime, r.ru_stime]) + "\\n")
    multiprocessing.util.Finalize(None, report, exitpriority=100)
parallel._die_with_parent = reporting
"""


def build(work: Path, full: bool = False, phases: bool = False) -> dict:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    code = CHILD.format(root=str(ROOT), seeds=str(work / "articles"), out=str(work / "out"), config=str(CONFIG),
                        full=full)
    if phases:  # the steps timed, then the build as `run` makes it
        head, sep, rest = code.partition("from generator.publish import BuildOptions")
        code = head + PHASES.format(steps=STEPS) + sep + rest
        code = code.replace("kept=len(r.kept))", "kept=len(r.kept), steps=T)")
        env["PUBLISH_CPU_WORKERS"] = str(work / "workers.jsonl")
        (work / "workers.jsonl").unlink(missing_ok=True)
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        raise SystemExit(proc.stdout + proc.stderr)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if phases:
        result["workers"] = [json.loads(line) for line in (work / "workers.jsonl").read_text().splitlines()]
        (work / "workers.jsonl").unlink()
    return result


def prepare(work: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import synth
    if (work / "out").exists():
        shutil.rmtree(work / "out")
    if not (work / "articles").is_dir():
        synth.write_corpus(work / "articles", n, seed=1)
    print("full build", build(work, full=True))
    if (work / "out.copy").exists():
        shutil.rmtree(work / "out.copy")
    subprocess.run(["cp", "-a", str(work / "out"), str(work / "out.copy")], check=True)


def run(work: Path, runs: int) -> None:
    sys.path.insert(0, str(ROOT))
    from generator.ingest import find_articles
    victim = find_articles(work / "articles")[len(find_articles(work / "articles")) // 2]
    original = victim.read_bytes()
    try:
        for _ in range(runs):
            shutil.rmtree(work / "out")
            subprocess.run(["cp", "-a", str(work / "out.copy"), str(work / "out")], check=True)
            victim.write_text(original.decode("utf-8") + LINE, encoding="utf-8")
            r = build(work)
            victim.write_bytes(original)
            print(f"cpu {r['self'] + r['children']:.2f} s ({r['self']:.2f} + {r['children']:.2f}) "
                  f"wall {r['wall']:.2f} s  full={r['full']} extracted={r['extracted']} rendered={r['rendered']} "
                  f"kept={r['kept']} sys={r['sys']} minflt={r['minflt']}  load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        victim.write_bytes(original)


def settle(work: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from generator.ingest import find_articles
    victim = find_articles(work / "articles")[len(find_articles(work / "articles")) // 2]
    original = victim.read_bytes()
    try:
        victim.write_text(original.decode("utf-8") + LINE, encoding="utf-8")
        print("the change", build(work))
    finally:
        victim.write_bytes(original)
    print("undone", build(work))
    shutil.rmtree(work / "out.copy")
    subprocess.run(["cp", "-a", str(work / "out"), str(work / "out.copy")], check=True)


def phases(work: Path) -> None:
    """One publish as `run` makes it, with the build's own CPU by step (STEPS), largest first."""
    sys.path.insert(0, str(ROOT))
    from generator.ingest import find_articles
    victim = find_articles(work / "articles")[len(find_articles(work / "articles")) // 2]
    original = victim.read_bytes()
    try:
        shutil.rmtree(work / "out")
        subprocess.run(["cp", "-a", str(work / "out.copy"), str(work / "out")], check=True)
        victim.write_text(original.decode("utf-8") + LINE, encoding="utf-8")
        r = build(work, phases=True)
    finally:
        victim.write_bytes(original)
    steps = r["steps"]
    print(f"cpu {r['self'] + r['children']:.2f} s ({r['self']:.2f} + {r['children']:.2f}) full={r['full']} "
          f"extracted={r['extracted']} rendered={r['rendered']} kept={r['kept']}")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name + (' (within another)' if name in NESTED else ''):40s} {seconds:6.3f}")
    print(f"  {'other':40s} {r['self'] - sum(v for k, v in steps.items() if k not in NESTED):6.3f}")
    print("the workers (user + system):")
    for name, user, system in sorted(r["workers"]):
        print(f"  {name:40s} {user + system:6.3f} ({user:.3f} + {system:.3f})")


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(Path(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "settle":
        settle(Path(sys.argv[2]))
    elif sys.argv[1] == "phases":
        phases(Path(sys.argv[2]))
    else:
        run(Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 3)
