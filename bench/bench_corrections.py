"""What corrections and the review queue cost on a synthetic corpus (prints figures).

    .venv/bin/python bench/bench_corrections.py [N_ARTICLES] [--fixes K]

Builds N articles with bench/synth.py (default 1,000), extracts, resolves and links them,
then times: applying K corrections (a third reattributions, a third "not a quotation",
a third speaker merges), and `generator review`'s quote and speaker queues.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generator import correct, review  # noqa: E402
from generator.publish import analyse, load_articles  # noqa: E402
from generator.corrections import parse  # noqa: E402
from synth import write_corpus  # noqa: E402


def corrections_text(corpus, k: int) -> str:
    """k fixes spread over the corpus: reattributions (to a speaker's id, or to a new name),
    not-a-quotation marks, and merges of two speakers."""
    rng = random.Random(1)
    ids = sorted(corpus.quotes_by_id)
    step = max(1, len(ids) // k)
    chosen = ids[::step][:k]
    speakers = [s.id for s in corpus.speakers]
    lines = ["quotes:"]
    for n, qid in enumerate(chosen[: 2 * k // 3]):
        new_name = " ".join("".join(rng.choice("aeiou" if i % 2 else "bdfgklmnprstvz") for i in range(7)).title()
                            for _ in range(2))
        who = rng.choice(speakers) if n % 4 == 0 else new_name
        lines += [f"  {qid}:", "    not_a_quote: true" if n % 2 else f"    speaker: {who}"]
    lines += ["speakers:"]
    pairs = list(zip(speakers[0::2], speakers[1::2]))[: k - 2 * k // 3]
    lines += [f"  {a}:\n    same_as: {b}" for a, b in pairs]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=1000)
    ap.add_argument("--fixes", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), args.n)
        started = time.perf_counter()
        corpus = analyse(load_articles(Path(tmp)).articles)
        analysed = time.perf_counter() - started
    text = corrections_text(corpus, args.fixes)
    started = time.perf_counter()
    fixes = parse(text)
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    out = correct.apply(corpus, fixes, today="2024-06-01")
    applied = time.perf_counter() - started
    before = len(review.speaker_queue(corpus))
    started = time.perf_counter()
    quotes = review.quote_queue(out.corpus)
    queued = time.perf_counter() - started
    started = time.perf_counter()
    speakers = review.speaker_queue(out.corpus)
    paired = time.perf_counter() - started
    print(f"{args.n} articles, {len(corpus.quotes)} quotes, {len(corpus.speakers)} speakers "
          f"(extract+resolve+link {analysed:.1f} s)")
    print(f"{len(fixes.quotes) + len(fixes.speakers)} corrections: parse {parsed * 1000:.0f} ms, "
          f"apply {applied * 1000:.0f} ms ({len(out.problems)} problems, {len(out.corpus.corrections)} published)")
    print(f"review: quote queue {queued * 1000:.0f} ms ({len(quotes)} quotes), "
          f"speaker queue {paired * 1000:.0f} ms ({len(speakers)} speaker items; {before} before the corrections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
