"""Benchmarks on synthetic corpora (bench/synth.py), one fresh process per size so that
peak memory is per size. Prints one table; not a test.

    python3 dev.py bench [--sizes 5,100,1000] [--big] [--jobs N] [--results bench/RESULTS.md] [--json FILE]

Per size N: extraction throughput (ingest + extract, one core, CPU time), the full build
split into generator and MkDocs seconds, what it wrote (pages, largest and median HTML
page, search index), peak RSS, and three rebuilds:
* nothing changed (the CLI, a new process: what `generator build` costs when the site
  is up to date);
* one article changed (a quotation added: one article extracted, only the pages whose
  Markdown changed rendered), and its ratio to the full build;
* the change undone (the article and the permalink registry as they were): this
  incremental build must give the first full build's site and site_src byte for byte
  (`incremental_identical`).
Then the first search result in headless Chromium, from file:// and from http
(bench/search_time.py; skipped, with a note, without Playwright or Chromium).
`--json FILE` writes the rows as a JSON list.
"""
from __future__ import annotations

import argparse
import datetime
import filecmp
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

CONFIG = ROOT / "mkdocs.yml"
COLUMNS = [  # (key, heading, format)
    ("n", "articles", "{:d}"), ("text_mb", "text MB", "{:.1f}"), ("quotes", "quotes", "{:d}"),
    ("extract_mbs", "ingest+extract MB/s", "{:.2f}"), ("generator_s", "generator s", "{:.1f}"),
    ("mkdocs_s", "MkDocs s", "{:.1f}"), ("total_s", "full build s", "{:.1f}"),
    ("generator_share", "generator %", "{:.0%}"), ("pages", "pages", "{:d}"), ("ms_per_page", "ms per page", "{:.1f}"),
    ("site_mb", "site MB", "{:.1f}"), ("files", "files", "{:d}"), ("kb_per_article", "site KB per article", "{:.0f}"),
    ("largest_kb", "largest page KB", "{:.0f}"),
    ("median_kb", "median page KB", "{:.1f}"), ("search_mb", "search index MB", "{:.2f}"),
    ("rss_mb", "peak RSS MB", "{:.0f}"), ("nochange_s", "no-change rerun s", "{:.2f}"),
    ("onechange_s", "1-article rebuild s", "{:.1f}"), ("rebuild_ratio", "rebuild / full", "{:.0%}"),
    ("incremental_identical", "incremental = full", "{}"),
    ("search_file_ms", "search file:// ms", "{:.0f}"), ("search_http_ms", "search http ms", "{:.0f}"),
]


def child(n: int, jobs: int, work: Path) -> dict:
    """Synthesise, build, measure; runs in its own process."""
    import synth
    from generator.publish import BuildOptions, build_site
    from generator.site import mkdocs as site_mkdocs
    from generator.extract import extract_article
    from generator.ingest import find_articles, read_article

    seeds, out = work / "articles", work / "out"
    truth = synth.write_corpus(seeds, n, seed=1)
    text_mb = sum(p.stat().st_size for p in find_articles(seeds)) / 1e6

    c0 = time.process_time()
    arts = [read_article(p) for p in find_articles(seeds)]
    for a in arts:
        extract_article(a)
    extract_cpu = time.process_time() - c0
    del arts

    mkdocs_s = 0.0
    run_mkdocs = site_mkdocs.run_mkdocs

    def timed_mkdocs(cfg, **kw):
        nonlocal mkdocs_s
        t = time.perf_counter()
        run_mkdocs(cfg, **kw)
        mkdocs_s += time.perf_counter() - t

    load_config = site_mkdocs.load_mkdocs_config

    def timed_config(*a):  # loading the config (and Material) is MkDocs' time too
        nonlocal mkdocs_s
        t = time.perf_counter()
        try:
            return load_config(*a)
        finally:
            mkdocs_s += time.perf_counter() - t

    site_mkdocs.run_mkdocs, site_mkdocs.load_mkdocs_config = timed_mkdocs, timed_config
    t0 = time.perf_counter()
    result = build_site(BuildOptions(seeds, out, CONFIG, jobs=jobs, keep_corpus=False))  # as the command line
    total = time.perf_counter() - t0
    first_mkdocs_s = mkdocs_s
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux

    site = out / "site"
    pages = sorted(site.rglob("*.html"))
    sizes = [p.stat().st_size for p in pages]
    score = synth.score(truth, json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8")))
    snapshot = work / "first-build"  # the full build's trees, hard-linked (builds never write into a file)
    for tree in ("site", "site_src"):
        shutil.copytree(out / tree, snapshot / tree, copy_function=os.link)
    registry = (out / "permalinks.json").read_bytes()

    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
                           "--config", str(CONFIG)], cwd=ROOT, capture_output=True, text=True)
    nochange = time.perf_counter() - t
    assert proc.returncode == 0 and "up to date" in proc.stdout, proc.stdout + proc.stderr

    victim = find_articles(seeds)[n // 2]
    original = victim.read_bytes()
    victim.write_text(original.decode("utf-8") + "\n\u201cOne more sentence for the benchmark,\u201d "
                      "Odalys Venn said.\n", encoding="utf-8")
    t = time.perf_counter()
    again = build_site(BuildOptions(seeds, out, CONFIG, jobs=jobs))
    onechange = time.perf_counter() - t
    assert not again.full

    victim.write_bytes(original)  # undo: the same inputs as the first, full, build
    (out / "permalinks.json").write_bytes(registry)
    undone = build_site(BuildOptions(seeds, out, CONFIG, jobs=jobs))
    identical = not undone.full and all(same_tree(out / tree, snapshot / tree) for tree in ("site", "site_src"))

    search = search_times(site)
    return {
        "n": n, "text_mb": text_mb, "quotes": result.summary.quotes, "quote_pages": result.summary.quote_pages,
        "speakers": result.summary.speakers, "extract_mbs": text_mb / extract_cpu,
        "generator_s": total - first_mkdocs_s, "mkdocs_s": first_mkdocs_s, "total_s": total,
        "generator_share": (total - first_mkdocs_s) / total, "pages": len(pages), "ms_per_page": total / len(pages) * 1e3,
        **site_size(site, n),
        "median_kb": statistics.median(sizes) / 1e3, "largest_kb": max(sizes) / 1e3,
        "largest_page": pages[sizes.index(max(sizes))].relative_to(site).as_posix(),
        "search_mb": sum(p.stat().st_size for p in (site / "search").rglob("*") if p.is_file()) / 1e6,  # all parts
        "rss_mb": rss_mb, "nochange_s": nochange, "onechange_s": onechange, "rebuild_ratio": onechange / total,
        "onechange_extracted": again.extracted, "onechange_rendered": again.rendered,
        "incremental_identical": identical, **search,
        "found": score["found"], "right": score["right"],
    }


def site_size(site: Path, n: int) -> dict:
    """What a host counts: the site's bytes and files, and both per article."""
    files = [p for p in site.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    return {"site_mb": size / 1e6, "files": len(files), "kb_per_article": size / n / 1e3,
            "files_per_article": len(files) / n}


def same_tree(a: Path, b: Path) -> bool:
    """Same file names, same bytes."""
    names = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    if names != sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()):
        return False
    return all(filecmp.cmp(a / name, b / name, shallow=False) for name in names)


def search_times(site: Path) -> dict:
    """Median ms to the first search result on a page just loaded, from file:// and http."""
    try:
        import search_time
        times = search_time.measure(site)
    except Exception as exc:  # noqa: BLE001 (no Playwright, no Chromium: the other figures still count)
        print(f"search not timed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return {"search_file_ms": None, "search_http_ms": None}
    return {"search_file_ms": times["file"][0], "search_http_ms": times["http"][0],
            "search_file_warm_ms": times["file"][1], "search_http_warm_ms": times["http"][1]}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        ram = f"{int(mem.split()[1]) / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    return f"{os.cpu_count()} CPUs (nproc), {cpu}, {ram}, Python {platform.python_version()}, {platform.system()}"


def table(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(h for _, h, _ in COLUMNS) + " |", "|" + "---:|" * len(COLUMNS)]
    for r in rows:
        lines.append("| " + " | ".join("n/a" if r.get(k) is None else fmt.format(r[k]) for k, _, fmt in COLUMNS) + " |")
    return "\n".join(lines)


def growth(rows: list[dict]) -> str:
    """How each figure grows from one size to the next (x10 articles: x10 would be linear)."""
    notes = []
    for a, b in zip(rows, rows[1:]):
        parts = [f"{name} x{b[k] / a[k]:.1f}" for k, name in (
            ("total_s", "full build"), ("generator_s", "generator"), ("mkdocs_s", "MkDocs"), ("pages", "pages"),
            ("ms_per_page", "seconds per page"), ("site_mb", "site size"), ("search_mb", "search index"),
            ("rss_mb", "peak RSS"), ("onechange_s", "1-article rebuild")) if a.get(k)]
        notes.append(f"From {a['n']:,} to {b['n']:,} articles (x{b['n'] / a['n']:.0f}): " + ", ".join(parts) + ".")
    return "\n".join(notes)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5,100,1000", help="comma-separated article counts")
    ap.add_argument("--big", action="store_true", help="also 5,000 articles (several minutes)")
    ap.add_argument("--jobs", type=int, default=1, help="--jobs for the builds")
    ap.add_argument("--results", type=Path, help="also write the table to this Markdown file")
    ap.add_argument("--json", type=Path, help="also write the rows to this file as a JSON list")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.jobs, args.work)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s] + ([5000] if args.big else [])
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as work:
            proc = subprocess.run([sys.executable, __file__, "--child", str(n), "--jobs", str(args.jobs),
                                   "--work", work], stdout=subprocess.PIPE, text=True)
        if proc.returncode:
            print(proc.stdout, file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"N={n}: {r['total_s']:.1f}s, {r['pages']} pages, {r['quote_pages']} quote pages, {r['speakers']} speakers, "
              f"ground truth {r['found']:.1%} found / {r['right']:.1%} right speaker, "
              f"largest page {r['largest_page']} {r['largest_kb']:.0f} KB, 1-article rebuild extracted "
              f"{r['onechange_extracted']} and rendered {r['onechange_rendered']} pages, search once loaded "
              f"{r.get('search_file_warm_ms') or 0:.0f} ms (file://), {r.get('search_http_warm_ms') or 0:.0f} ms (http)", file=sys.stderr)
        if args.json:  # written after each size: a long run keeps what it measured
            args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    text = table(rows)
    notes = growth(rows)
    print(text)
    if notes:
        print("\n" + notes)
    if args.results:
        header = (f"# Benchmark results\n\n`python3 dev.py bench --sizes {','.join(map(str, sizes))}` "
                  f"(--jobs {args.jobs}) on {datetime.date.today().isoformat()}: {machine()}.\n\n")
        args.results.write_text(header + text + "\n" + (f"\n{notes}\n" if notes else ""), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
