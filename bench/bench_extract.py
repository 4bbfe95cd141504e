"""Throughput of extraction (+ resolve_speakers) on the seed articles, replicated and
varied to a few MB of text, extracted as the build's processes do (extract_articles: the
trained pipeline reads BATCH_ARTICLES articles' sentences at once). Not a test: prints
MB/s CPU (what one core delivers), peak memory, and the time of one long paragraph at two
lengths (linear: x2 for twice the length).

    .venv/bin/python bench/bench_extract.py [--mb 4] [--seeds seeds]
"""
from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract import extract_article, extract_articles  # noqa: E402
from generator.ingest import read_article  # noqa: E402
from generator.model import Article  # noqa: E402
from generator.resolve import resolve_speakers  # noqa: E402

# Invented names swapped in so that the copies are not identical text.
GIVEN = ["Ada", "Bruno", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
FAMILY = ["Varga", "Lindqvist", "Okafor", "Moreau", "Tanaka", "Quispe", "Novak", "Haddad"]


def corpus(seed_dir: Path, megabytes: float) -> list[Article]:
    seeds = [read_article(p) for p in sorted(seed_dir.glob("*.txt"))]
    rng = random.Random(7)
    out: list[Article] = []
    size, n = 0, 0
    while size < megabytes * 1_000_000:
        base = seeds[n % len(seeds)]
        paras = list(base.paragraphs)
        rng.shuffle(paras)  # same sentences, new neighbours: pronouns and roles vary
        extra = f"“We will see,” {rng.choice(GIVEN)} {rng.choice(FAMILY)} said on day {n}."
        paras.insert(rng.randrange(len(paras) + 1), extra)
        art = Article(id=f"{base.id}-{n}", source=base.source, title=base.title, paragraphs=paras,
                      authors=base.authors, contributors=base.contributors)
        out.append(art)
        size += sum(len(p.encode("utf-8")) for p in paras)
        n += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    arts = corpus(args.seeds, args.mb)
    mb = sum(len(p.encode("utf-8")) for a in arts for p in a.paragraphs) / 1_000_000

    # best of a few rounds: the machine may be shared, and the best round is the
    # closest to what one free core delivers
    best = None
    for _ in range(args.rounds):
        c0, t0 = time.process_time(), time.perf_counter()
        xs = extract_articles(arts)
        c1, t1 = time.process_time(), time.perf_counter()
        speakers, _ = resolve_speakers(xs)
        c2, t2 = time.process_time(), time.perf_counter()
        if best is None or c2 - c0 < best[4] - best[0]:
            best = (c0, t0, c1, t1, c2, t2)
    c0, t0, c1, t1, c2, t2 = best
    quotes = sum(len(x.quotes) for x in xs)
    print(f"articles {len(arts)}  text {mb:.2f} MB  quotes {quotes}  speakers {len(speakers)}")
    # CPU time is what one core delivers; wall time also counts other processes
    print(f"extract  {c1 - c0:.2f} s CPU  {mb / (c1 - c0):.3f} MB/s  (wall {mb / (t1 - t0):.3f} MB/s)")
    print(f"resolve  {c2 - c1:.2f} s CPU")
    print(f"total    {mb / (c2 - c0):.3f} MB/s CPU  (wall {mb / (t2 - t0):.3f} MB/s)")

    # peak memory of extracting one MB-sized slice, traced (slower, so measured apart)
    part = arts[: max(1, len(arts) // max(1, int(mb)))]
    tracemalloc.start()
    extract_articles(part)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory for {len(part)} articles: {peak / 1e6:.1f} MB")
    print(f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    long_paragraph()
    print(f"whole script {time.perf_counter() - START:.0f} s wall, {time.process_time():.0f} s CPU")
    return 0


def long_paragraph() -> None:
    """One paragraph of many quotations, at two lengths: linear time means the time
    doubles with the length (ratio ~2), not quadruples."""
    unit = ("“We will rebuild the bridge,” said Mayor Jane Roe of Northvale. She added that “costs "
            "will rise.” Jon Doe, a local farmer, disagreed: “It is a waste.” He said the council "
            "“never listens.” ")
    times = []
    for n in (2000, 4000):
        para = unit * n
        gc.collect()  # each length starts with no garbage of the one before to collect
        c0 = time.process_time()
        extract_article(Article(id="long", source="long", title="long", paragraphs=[para]))
        times.append((len(para), time.process_time() - c0))
    (n1, t1), (n2, t2) = times
    print(f"one paragraph of {n1 / 1e6:.2f} MB: {t1:.2f} s CPU; of {n2 / 1e6:.2f} MB: {t2:.2f} s CPU "
          f"(x{t2 / t1:.2f} for x{n2 / n1:.0f} the length)")


if __name__ == "__main__":
    sys.exit(main())
