"""How resolve_speakers grows with the archive: on prefixes of the real articles in
../shared/eval/real (when present) and on synthetic corpora. Not a test: prints figures.

    .venv/bin/python bench/bench_resolve.py [--sizes 1000,10000] [--check]

Per corpus and prefix: articles, people mentioned, speakers, and the CPU seconds of one
resolve_speakers call in a fresh process (a warm cache or another corpus in memory would
flatter it). --check also runs the old all-pairs search (tests/test_resolve.py's oracle)
and says whether the speakers are the same; it is quadratic, minutes at 10,000 articles.
"""
from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
REAL = ROOT.parent / "shared" / "eval" / "real" / "polnear-train" / "articles"


def extractions(folder: Path) -> list:
    from generator.publish import load_articles
    from generator.extract import extract_article
    return [extract_article(a) for a in load_articles(folder).articles]


def child(path: Path, n: int, check: bool) -> str:
    """One measurement, in its own process: the first n extractions of a pickle."""
    from generator.resolve import resolve_speakers
    xs = pickle.loads(path.read_bytes())[:n]
    start = time.process_time()
    speakers, mapping = resolve_speakers(xs)
    cpu = time.process_time() - start
    line = (f"{n:>6} articles {sum(len(x.people) for x in xs):>7} people {len(speakers):>6} speakers  "
            f"resolve_speakers {cpu:6.2f} s CPU")
    if check:
        sys.path.insert(0, str(ROOT / "tests"))
        from test_resolve import all_pairs_resolve
        start = time.process_time()
        same = all_pairs_resolve(xs) == (speakers, mapping)
        line += f"  all-pairs {time.process_time() - start:7.2f} s: {'same speakers' if same else 'DIFFERENT'}"
    return line


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes")
    ap.add_argument("--check", action="store_true", help="compare with the all-pairs search")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(child(Path(args.child[0]), int(args.child[1]), args.check))
        return 0

    import synth
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as work:
        corpora = []  # (label, pickle of its extractions, prefix sizes)
        if REAL.is_dir():
            xs = extractions(REAL)
            corpora.append((f"real: {REAL}", xs, [round(len(xs) * f) for f in (1 / 8, 1 / 4, 1 / 2, 1)]))
        for n in [int(s) for s in args.sizes.split(",") if s]:
            synth.write_corpus(Path(work) / f"synth-{n}", n, seed=1)
            xs = extractions(Path(work) / f"synth-{n}")
            corpora.append((f"synthetic, seed 1: {n} articles", xs, [n // 4, n // 2, n]))
        for label, xs, sizes in corpora:
            path = Path(work) / "extractions.pickle"
            path.write_bytes(pickle.dumps(xs))
            print(label, flush=True)
            for n in sizes:
                proc = subprocess.run([sys.executable, __file__, "--child", str(path), str(n)]
                                      + ["--check"] * args.check, capture_output=True, text=True)
                print("  " + (proc.stdout.strip() or proc.stderr.strip().splitlines()[-1]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
