"""The real dev set (../shared/eval/real/polnear-train): a deterministic split by article,
extraction in-process and scoring with the shared scorer.

    python training/realset.py [--part tune|measure|all] [--log FILE] [--reliability] [--errors]

The split: an article is in the measuring part when the first byte of the SHA-256 of
its id is below 86 (about a third). Nothing of the set is copied into the project; it
is read from ../shared at run time.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
REAL = SHARED / "real" / "polnear-train"
sys.path.insert(0, str(ROOT))


def part_of(article_id: str) -> str:
    return "measure" if hashlib.sha256(article_id.encode()).digest()[0] < 86 else "tune"


def outlet_of(article_id: str) -> str:
    """The outlet, as the set's file names give it ("nyt_2016-04-28_..." -> "nyt")."""
    return article_id.split("_", 1)[0]


# The trained pipeline's answers, kept between runs of the training scripts (the text
# it read -> its tokens and entities): refitting then takes seconds, not minutes.
PARSE_MEMO = ROOT / "training" / ".cache" / "parses.pickle"


def use_parse_memo() -> None:
    import atexit
    import os
    import pickle
    from generator.extract import nlp
    try:
        nlp.MEMO = pickle.loads(PARSE_MEMO.read_bytes())
        if nlp.MEMO.get("__version__") != nlp.model_version():
            nlp.MEMO = {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        nlp.MEMO = {}
    size = len(nlp.MEMO)

    def save():
        if len(nlp.MEMO) != size:
            nlp.MEMO["__version__"] = nlp.model_version()
            PARSE_MEMO.parent.mkdir(exist_ok=True)
            tmp = PARSE_MEMO.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(nlp.MEMO, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, PARSE_MEMO)
    atexit.register(save)


def aliases_of(scorer, gold: dict) -> dict[str, set[str]]:
    return {c: {scorer.name_key(c), *(scorer.name_key(a) for a in alts or [])}
            for c, alts in (gold.get("speakers") or {}).items()}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SHARED / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_gold() -> dict:
    import yaml
    return yaml.safe_load((REAL / "gold.yaml").read_text(encoding="utf-8"))


def gold_part(gold: dict, part: str) -> dict:
    if part == "all":
        return gold
    return {**gold, "articles": {k: v for k, v in gold["articles"].items() if part_of(k) == part}}


def load_articles(part: str = "all") -> list:
    from generator.publish import load_articles as load
    return [a for a in load(REAL / "articles").articles if part == "all" or part_of(a.id) == part]


def match(scorer, texts: list[str], gold_quotes: list[dict]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, one to one, as the scorer matches them."""
    pairs = sorted(((scorer.overlap(scorer.words(g["text"]), scorer.words(t)), gi, pi)
                    for gi, g in enumerate(gold_quotes) for pi, t in enumerate(texts)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for s, gi, pi in pairs:
        if s < scorer.THRESHOLD:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((pi, gi))
    return out


def export_real(part: str = "all") -> dict:
    """Extract, resolve and link the articles of one part; the export as the CLI writes it."""
    from generator.site import export as export_mod
    from generator.publish import analyse
    return export_mod.export(analyse(load_articles(part)))


def export_of(articles: list, extractions: list) -> dict:
    """Resolve and link given extractions; the export as the CLI writes it."""
    from generator.site import export as export_mod
    from generator.publish import analyse
    return export_mod.export(analyse(articles, extractions=extractions))


BINS = (0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def reliability(scorer, gold: dict, quotes: list[dict]) -> list[tuple[float, float, int, int, int, float]]:
    """Per confidence bin: (low, high, quotations, of them right, of them asserted, their
    mean confidence). The candidate judged is the asserted speaker, or the guess when
    there is none."""
    aliases = aliases_of(scorer, gold)
    by_article: dict[str, list[dict]] = {}
    for q in quotes:
        by_article.setdefault(q["article"], []).append(q)
    rows = [[lo, hi, 0, 0, 0, 0.0] for lo, hi in zip(BINS, BINS[1:])]
    for art, ga in gold["articles"].items():
        preds = by_article.get(art, [])
        gq = ga.get("quotes") or []
        for pi, gi in match(scorer, [q["text"] for q in preds], gq):
            g, q = gq[gi], preds[pi]
            who = q["speaker"] or q["speaker_guess"]
            if g.get("optional") or g.get("speaker_optional") or not who:
                continue
            names = {scorer.name_key(n) for n in [who["name"], *who["aliases"]]}
            right = bool(names & aliases.get(g["speaker"], {scorer.name_key(g["speaker"])}))
            for row in rows:
                if row[0] <= q["confidence"] < row[1]:
                    row[2] += 1
                    row[3] += right
                    row[4] += q["speaker"] is not None
                    row[5] += q["confidence"]
    return [(lo, hi, n, right, asserted, total / n if n else 0.0) for lo, hi, n, right, asserted, total in rows]


def print_reliability(rows) -> None:
    print("| confidence | quotations | mean confidence | share right | gap | asserted |\n"
          "|---|---:|---:|---:|---:|---:|")
    for lo, hi, n, right, asserted, mean in rows:
        share = right / n if n else 0.0
        gap = f"{share - mean:+.3f}" if n else "-"
        print(f"| {lo:.2f}-{min(hi, 1.0):.2f} | {n} | {mean:.3f} | {share:.3f} | {gap} | {asserted} |")


NOBODY_CUES = {"title", "said-after-anonymous", "passive", "scare-quote"}


def error_classes(scorer, gold: dict, data: dict) -> dict[str, int]:
    """The quotations not attributed right, by what went wrong (a rough, automatic split)."""
    aliases = aliases_of(scorer, gold)
    named_in: dict[str, list[set[str]]] = {}
    for sp in data["speakers"]:
        keys = {scorer.name_key(n) for n in [sp["name"], *sp["aliases"]]}
        for art in sp["articles"]:
            named_in.setdefault(art, []).append(keys)
    by_article: dict[str, list[dict]] = {}
    for q in data["quotes"]:
        by_article.setdefault(q["article"], []).append(q)
    counts: dict[str, int] = {}
    for art, ga in gold["articles"].items():
        preds, gq = by_article.get(art, []), ga.get("quotes") or []
        for pi, gi in match(scorer, [q["text"] for q in preds], gq):
            g, q = gq[gi], preds[pi]
            if g.get("optional") or g.get("speaker_optional"):
                continue
            want = aliases.get(g["speaker"], {scorer.name_key(g["speaker"])})
            def is_right(ref):
                return bool(ref) and bool({scorer.name_key(n) for n in [ref["name"], *ref["aliases"]]} & want)
            if is_right(q["speaker"]):
                continue
            known = any(keys & want for keys in named_in.get(art, []))
            if q["speaker"]:
                kind = "wrong: picked another person of the article" if known else \
                    "wrong: the annotated speaker is not a person or body we found in the article"
            elif q["cue"] in NOBODY_CUES or (q["cue"] != "none" and not q["speaker_guess"] and q["confidence"] == 0):
                kind = "none: a rule ruled out every speaker (title, anonymous source, pair, passive)"
            elif q["speaker_guess"]:
                kind = "none: uncertain, the guess was right" if is_right(q["speaker_guess"]) else \
                    "none: uncertain, the guess was wrong"
            else:
                kind = "none: no candidate likely enough to guess"
            counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="all", choices=["tune", "measure", "all"])
    ap.add_argument("--log", type=Path)
    ap.add_argument("--reliability", action="store_true", help="print the share right per confidence bin")
    ap.add_argument("--errors", action="store_true", help="count the quotations not attributed right, by kind")
    args = ap.parse_args()
    use_parse_memo()
    scorer = load_scorer()
    gold = gold_part(load_gold(), args.part)
    data = export_real(args.part)
    if args.errors:
        for kind, n in error_classes(scorer, gold, data).items():
            print(f"{n:5d}  {kind}")
    if args.reliability:
        print_reliability(reliability(scorer, gold, data["quotes"]))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = scorer.score(gold, data["quotes"], verbose=bool(args.log))
    if args.log:
        args.log.write_text(buf.getvalue())
    q, a, e = r["quotes"], r["attribution"], r["e2e"]
    print(f"{args.part}: {len(gold['articles'])} articles | quote R {q['recall']:.3f} P {q['precision']:.3f} | "
          f"attribution {a['accuracy']:.3f} (wrong {a['wrong_speaker']} = {a['wrong_rate']:.1%}, "
          f"none {a['no_speaker']} = {a['no_speaker'] / max(1, a['scored']):.1%}, of {a['scored']}) | "
          f"e2e R {e['recall']:.3f} F1 {e['f1']:.3f} | clusters F1 {r['clusters']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
