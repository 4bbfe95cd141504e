"""Fit the attribution model (generator/extract/attribution_model.json) on the tuning part
of the real dev set, and choose the confidence threshold by cross-validation there.

    .venv/bin/pip install -e '.[train]'      # numpy and scipy, for fitting only
    .venv/bin/python training/fit_attribution.py [--l2 3.0] [--max-wrong 0.026] [--dry-run]

The model is a conditional logit over each quotation's alternatives (its candidates
and "no speaker"), fitted by L-BFGS with an L2 penalty: deterministic, a few seconds.
The label of a quotation is the candidate whose name matches the human annotation
(the gold speaker or an alias, compared as the shared scorer compares names); when no
candidate matches, the right answer is "no speaker". Quotations the annotation does
not attribute (optional, plural or unresolved sources) are left out.

The threshold is the lowest probability at which a speaker is asserted. It is chosen on
out-of-fold probabilities (5 folds by article): the lowest at which the share of wrong
speakers stays under --max-wrong (a published misattribution is the worst error; a
quotation left "speaker uncertain" is the price of avoiding it).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import realset

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract import analyse, extract_article  # noqa: E402
from generator.extract.scoring import MODEL_FILE  # noqa: E402

MIN_FEATURE_COUNT = 3  # features seen fewer times than this in the tuning part are dropped


@dataclass
class Group:
    """One annotated quotation: its alternatives' features (candidates, then "no
    speaker") and which alternatives are right."""

    article: str
    alternatives: list[dict[str, float]]
    right: list[int]
    quote: int = 0  # index of the quotation in the article (for error reports)
    names: tuple[str, ...] = ()  # the candidates' names
    gold: str = ""  # the annotated speaker


def groups_of(part: str) -> list[Group]:
    scorer = realset.load_scorer()
    gold = realset.gold_part(realset.load_gold(), part)
    aliases = {c: {scorer.name_key(c), *(scorer.name_key(a) for a in alts or [])}
               for c, alts in (gold.get("speakers") or {}).items()}
    articles = {a.id: a for a in realset.load_articles() if a.id in gold["articles"]}
    out: list[Group] = []
    for aid in sorted(articles):
        art = articles[aid]
        # one text per paragraph of a quotation, as the export gives them
        texts, owner = [], []
        for qi, q in enumerate(extract_article(art, model=None).quotes):
            for p, s, e in q.parts or [(q.paragraph, q.start, q.end)]:
                texts.append(art.paragraphs[p][s:e])
                owner.append(qi)
        analysis = analyse(art)
        people = analysis.doc.people
        names = [{scorer.name_key(f) for f in [" ".join(p.name), *p.forms]} for p in people]
        done: set[int] = set()
        for ti, gi in sorted(realset.match(scorer, texts, gold["articles"][aid].get("quotes") or [])):
            g = gold["articles"][aid]["quotes"][gi]
            qi = owner[ti]
            if g.get("optional") or g.get("speaker_optional") or qi in done:
                continue
            done.add(qi)
            want = aliases.get(g["speaker"], {scorer.name_key(g["speaker"])})
            if analysis.votes[qi].nobody:
                continue  # decided by the rule that recognised the frame
            cands = analysis.candidates[qi]
            right = [k for k, c in enumerate(cands.people) if names[c] & want]
            alts = [*cands.features, cands.none_features]
            out.append(Group(aid, alts, right or [len(alts) - 1], qi,
                             tuple(" ".join(people[c].name) for c in cands.people), g["speaker"]))
    return out


def fit(groups: list[Group], l2: float, vocab: list[str] | None = None) -> dict[str, float]:
    import numpy as np
    from scipy import optimize, sparse

    if vocab is None:
        counts: dict[str, int] = {}
        for g in groups:
            for alt in g.alternatives:
                for k in alt:
                    counts[k] = counts.get(k, 0) + 1
        vocab = sorted(k for k, n in counts.items() if n >= MIN_FEATURE_COUNT)
    index = {k: i for i, k in enumerate(vocab)}
    rows, cols, vals, starts, right = [], [], [], [0], []
    r = 0
    for g in groups:
        for alt in g.alternatives:
            for k, x in alt.items():
                if k in index:
                    rows.append(r)
                    cols.append(index[k])
                    vals.append(x)
            r += 1
        right.extend(starts[-1] + k for k in g.right)
        starts.append(r)
    X = sparse.csr_matrix((vals, (rows, cols)), shape=(r, len(vocab)))
    starts_a = np.array(starts)
    group_of = np.repeat(np.arange(len(groups)), np.diff(starts_a))
    is_right = np.zeros(r)
    is_right[right] = 1.0

    def loss(w):
        s = X @ w
        top = np.maximum.reduceat(s, starts_a[:-1])
        e = np.exp(s - top[group_of])
        z = np.add.reduceat(e, starts_a[:-1])
        zr = np.add.reduceat(e * is_right, starts_a[:-1])
        nll = -np.sum(np.log(zr) - np.log(z))
        p = e / z[group_of]
        q = e * is_right / zr[group_of]
        grad = X.T @ (p - q)
        return nll + 0.5 * l2 * w @ w, grad + l2 * w

    w0 = np.zeros(len(vocab))
    res = optimize.minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {k: round(float(v), 4) for k, v in zip(vocab, res.x) if abs(v) >= 1e-4}


def probabilities(weights: dict[str, float], g: Group) -> list[float]:
    import math
    scores = [sum(weights.get(k, 0.0) * x for k, x in alt.items()) for alt in g.alternatives]
    top = max(scores)
    e = [math.exp(s - top) for s in scores]
    z = sum(e)
    return [x / z for x in e]


def outcomes(weights: dict[str, float], groups: list[Group]) -> list[tuple[float, bool, bool]]:
    """Per quotation: (probability of the best candidate, is it right, can any be right)."""
    out = []
    for g in groups:
        probs = probabilities(weights, g)[:-1]
        if not probs:
            out.append((0.0, False, False))
            continue
        best = max(range(len(probs)), key=lambda k: probs[k])
        none = len(g.alternatives) - 1
        out.append((probs[best], best in g.right, none not in g.right))
    return out


def choose_threshold(oof: list[tuple[float, bool, bool]], max_wrong: float) -> float:
    """The lowest threshold (so the most names) at which the cross-validated share of
    wrong speakers is at most max_wrong."""
    n = len(oof)
    for t100 in range(50, 100):
        t = t100 / 100
        if sum(1 for p, ok, _ in oof if p >= t and not ok) <= max_wrong * n:
            return t
    return 0.99


def report(oof: list[tuple[float, bool, bool]], t: float) -> str:
    n = len(oof)
    right = sum(1 for p, ok, _ in oof if p >= t and ok)
    wrong = sum(1 for p, ok, _ in oof if p >= t and not ok)
    return (f"threshold {t:.2f}: right {right / n:.3f}, wrong {wrong / n:.3%}, "
            f"no speaker {(n - right - wrong) / n:.3f} (of {n} annotated quotations)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--max-wrong", type=float, default=0.026,
                    help="the share of wrong speakers to stay under (cross-validated), below the 3%% target")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the model")
    args = ap.parse_args()

    groups = groups_of("tune")
    arts = sorted({g.article for g in groups})
    fold_of = {a: i % args.folds for i, a in enumerate(arts)}
    oof: list[tuple[float, bool, bool]] = []
    for k in range(args.folds):
        w = fit([g for g in groups if fold_of[g.article] != k], args.l2)
        oof += outcomes(w, [g for g in groups if fold_of[g.article] == k])
    t = choose_threshold(oof, args.max_wrong)
    print("cross-validated on the tuning part:", report(oof, t))
    weights = fit(groups, args.l2)
    print(f"{len(weights)} weights")
    if not args.dry_run:
        MODEL_FILE.write_text(json.dumps({
            "about": "Attribution model: conditional-logit weights fitted by training/fit_attribution.py "
                     "on the tuning part of the real dev set; threshold chosen by cross-validation there.",
            "l2": args.l2, "max_wrong": args.max_wrong, "threshold": t,
            "weights": dict(sorted(weights.items())),
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
