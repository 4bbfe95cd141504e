"""Fit the attribution model (generator/extract/attribution_model.json) on the tuning part
of the real dev set, and choose its calibration and threshold on outlets it was not
fitted on.

    .venv/bin/pip install -e '.[train]'      # numpy and scipy, for fitting only
    .venv/bin/python training/fit_attribution.py [--l2 3.5] [--max-wrong 0.03] [--dry-run]
    .venv/bin/python training/fit_attribution.py --by-outlet   # leave one outlet out, end to end

The model is a conditional logit over each quotation's alternatives (its candidates and
"no speaker"), fitted by L-BFGS with an L2 penalty: deterministic, a few seconds. The
label of a quotation is the candidate whose name matches the human annotation (the gold
speaker or an alias, compared as the shared scorer compares names); when none does, the
one candidate the annotation names in another form ("Professor Doe", "Mr. Roe",
`_same_person`), for the weights only; when no candidate matches, the right answer is
"no speaker". Quotations the annotation does not attribute
(optional, plural or unresolved sources) are left out.

Copy the model has never seen behaves like its worst outlet, not like the average, so
everything after the weights is chosen on outlets held out: for each of the seven
outlets, weights fitted on the other six give its quotations out-of-outlet
probabilities. On those:
- the calibration (a scale for every score and a shift for "no speaker", fitted by
  maximum likelihood of "the best candidate is right"), then a monotone map of the
  best candidate's probability (isotonic: knots at the share right of runs of at least
  MIN_KNOT_COUNT quotations, straight lines between them, the first run's share below
  it), so that a confidence of 0.9
  is right nine times in ten on unseen copy;
- the threshold: the lowest probability (before the map, in steps of 0.01; stored as
  the map gives it) at which no held-out outlet has more than --max-wrong of its
  quotations given a wrong speaker, nor all of them together more than
  --max-pooled-wrong.

`--by-outlet` measures that end to end: for each outlet, a model fitted without it
(weights, calibration and threshold all chosen on the other six) extracts its 120
articles, and the shared scorer scores them; it prints the table and the reliability
of the pooled held-out confidences.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import realset

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract import Analysis, analyse, extraction_of  # noqa: E402
from generator.extract.scoring import MODEL_FILE, Model, through_knots  # noqa: E402

MIN_FEATURE_COUNT = 3  # features seen fewer times than this in the fitting data are dropped
# held-out quotations behind each point of the calibration map, at least: with 80, a
# point's share right is within about 5.5 points (one standard error at one in two), the
# closeness asked of every confidence bin on unseen outlets
MIN_KNOT_COUNT = 80


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
    taught: list[int] | None = None  # the alternatives the weights learn as right (None: `right`)

    @property
    def outlet(self) -> str:
        return realset.outlet_of(self.article)


def analyses(articles: list) -> dict[str, Analysis]:
    return {a.id: analyse(a) for a in articles}


def groups_of(articles: list, analysed: dict[str, Analysis], gold: dict) -> list[Group]:
    scorer = realset.load_scorer()
    aliases = realset.aliases_of(scorer, gold)
    out: list[Group] = []
    for art in sorted(articles, key=lambda a: a.id):
        if art.id not in gold["articles"]:
            continue
        analysis = analysed[art.id]
        # one text per paragraph of a quotation, as the export gives them (the headline,
        # read as context before the body, holds none)
        texts, owner = [], []
        head = len(analysis.doc.paras) - len(art.paragraphs)
        for qi, q in enumerate(analysis.doc.quotes):
            for p, s, e in q.parts:
                if p >= head:
                    texts.append(analysis.doc.paras[p][s:e])
                    owner.append(qi)
        people = analysis.doc.people
        names = [{scorer.name_key(f) for f in [" ".join(p.name), *p.forms]} for p in people]
        done: set[int] = set()
        gq = gold["articles"][art.id].get("quotes") or []
        for ti, gi in sorted(realset.match(scorer, texts, gq)):
            g = gq[gi]
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
            taught = right or _same_person(scorer, g["speaker"], [people[c].forms + [" ".join(people[c].name)]
                                                                  for c in cands.people])
            out.append(Group(art.id, alts, right or [len(alts) - 1], qi,
                             tuple(" ".join(people[c].name) for c in cands.people), g["speaker"],
                             taught or [len(alts) - 1]))
    return out


# words of a name that are no part of it, as annotators write names ("Mr. Roe",
# "Professor Doe", "Sen. Jane Roe of Ohio")
NAME_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "gov",
               "governor", "president", "judge", "rev", "gen", "col", "lt", "sgt", "capt", "adm", "sir", "dame"}


def _name_words(scorer, name: str) -> list[str]:
    w = scorer.words(name.replace(".", ""))
    if "of" in w[1:]:
        w = w[:w.index("of", 1)]  # "Jane Roe of Ohio"
    return [x for x in w if x not in NAME_TITLES]


def _same_person(scorer, gold_name: str, candidates: list[list[str]]) -> list[int]:
    """The one candidate the annotation names in another form than the scorer compares
    ("Mr. Roe" for Roe, "Professor Doe" or "J. Doe" for the full name, "KXRT
    co-anchor Jane Roe" for Jane Roe): the annotation's words within the name, or the
    name of two words or more ending the annotation. The weights learn from it;
    the calibration and threshold are chosen on the scorer's matches (`right`), so the
    figures they promise stay the scorer's."""
    gw = _name_words(scorer, gold_name)
    if not gw:
        return []
    hits = [k for k, forms in enumerate(candidates)
            if any((cw := _name_words(scorer, f)) and (set(gw) <= set(cw) or len(cw) > 1 and gw[-len(cw):] == cw)
                   for f in forms)]
    return hits if len(hits) == 1 else []


def fit(groups: list[Group], l2: float) -> dict[str, float]:
    import numpy as np
    from scipy import optimize, sparse

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
        right.extend(starts[-1] + k for k in (g.right if g.taught is None else g.taught))
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

    res = optimize.minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {k: round(float(v), 4) for k, v in zip(vocab, res.x) if abs(v) >= 1e-4}


@dataclass
class Scored:
    """One held-out quotation: the raw scores of its candidates and of "no speaker", and
    which candidate (if any) is right."""

    outlet: str
    scores: list[float]
    none: float
    right: set[int]

    def best(self, scale: float = 1.0, shift: float = 0.0, knots=()) -> tuple[float, bool]:
        """(probability of the best candidate, is it right) under a calibration."""
        if not self.scores:
            return 0.0, False
        alts = [scale * s for s in self.scores] + [scale * self.none + shift]
        top = max(alts)
        z = sum(math.exp(a - top) for a in alts)
        k = max(range(len(self.scores)), key=lambda i: self.scores[i])
        return through_knots(math.exp(alts[k] - top) / z, knots, floor=True), k in self.right


def scored(weights: dict[str, float], groups: list[Group]) -> list[Scored]:
    out = []
    for g in groups:
        raw = [sum(weights.get(k, 0.0) * x for k, x in alt.items()) for alt in g.alternatives]
        none = len(raw) - 1
        out.append(Scored(g.outlet, raw[:-1], raw[-1], {k for k in g.right if k != none}))
    return out


def held_out(groups: list[Group], l2: float) -> list[Scored]:
    """Every group scored by weights fitted on the other outlets."""
    out = []
    for o in sorted({g.outlet for g in groups}):
        w = fit([g for g in groups if g.outlet != o], l2)
        out += scored(w, [g for g in groups if g.outlet == o])
    return out


def calibrate(held: list[Scored]) -> tuple[float, float]:
    """(scale, none_shift) maximising the likelihood that the best candidate is right
    exactly as often as its probability says."""
    from scipy import optimize

    def nll(x):
        total = 0.0
        for h in held:
            if not h.scores:
                continue
            p, ok = h.best(x[0], x[1])
            p = min(max(p, 1e-6), 1 - 1e-6)
            total -= math.log(p if ok else 1 - p)
        return total

    res = optimize.minimize(nll, [1.0, 0.0], method="Nelder-Mead", options={"xatol": 1e-3, "fatol": 1e-3})
    return round(float(res.x[0]), 4), round(float(res.x[1]), 4)


def monotone_map(held: list[Scored], scale: float, shift: float,
                 min_count: int = MIN_KNOT_COUNT) -> tuple[tuple[float, float], ...]:
    """Knots (mean probability, share right) of the best candidates' probabilities under
    (scale, shift): pooled adjacent violators, so the share right never falls as the
    probability rises, with runs merged until each holds at least min_count quotations."""
    rows = sorted(h.best(scale, shift) for h in held if h.scores)
    blocks: list[list[float]] = []  # [sum of probabilities, number right, count]
    for p, ok in rows:
        blocks.append([p, float(ok), 1])
        while len(blocks) > 1 and (blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]
                                   or blocks[-2][2] < min_count):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    if len(blocks) > 1 and blocks[-1][2] < min_count:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    return tuple((round(sp / n, 4), round(r / n, 4)) for sp, r, n in blocks)


def choose_threshold(held: list[Scored], scale: float, shift: float, max_wrong: float,
                     max_pooled_wrong: float) -> float:
    """The lowest threshold (so the most names) at which no held-out outlet has more than
    max_wrong of its quotations given a wrong speaker, nor all of them together more
    than max_pooled_wrong."""
    by_outlet: dict[str, list[tuple[float, bool]]] = {}
    for h in held:
        by_outlet.setdefault(h.outlet, []).append(h.best(scale, shift))
    pooled = [row for rows in by_outlet.values() for row in rows]

    def wrong(rows, t):
        return sum(1 for p, ok in rows if p >= t and not ok) / max(1, len(rows))
    for t100 in range(40, 100):
        t = t100 / 100
        if wrong(pooled, t) <= max_pooled_wrong and all(wrong(rows, t) <= max_wrong for rows in by_outlet.values()):
            return t
    return 0.99


def report(held: list[Scored], scale: float, shift: float, knots, t: float) -> str:
    lines = []
    by_outlet: dict[str, list[tuple[float, bool]]] = {}
    for h in held:
        by_outlet.setdefault(h.outlet, []).append(h.best(scale, shift, knots))
    for o, rows in sorted(by_outlet.items()):
        n = len(rows)
        right = sum(1 for p, ok in rows if p >= t and ok)
        wrong = sum(1 for p, ok in rows if p >= t and not ok)
        lines.append(f"  {o:14s} right {right / n:.3f}  wrong {wrong / n:.2%}  of {n}")
    return "\n".join(lines)


def choose_model(groups: list[Group], args, verbose: bool = False) -> Model:
    """Weights fitted on all the groups; calibration and threshold on their outlets held out."""
    l2 = args.l2
    held = held_out(groups, l2)
    scale, shift = calibrate(held)
    knots = monotone_map(held, scale, shift)
    # the threshold is chosen on the probabilities before the map, which keeps their
    # order, so the map changes the confidences shown and never who is named
    t = round(through_knots(choose_threshold(held, scale, shift, args.max_wrong, args.max_pooled_wrong), knots, floor=True), 4)
    if verbose:
        print(f"held-out outlets, calibration scale {scale} none shift {shift}, {len(knots)} knots, threshold {t:.4f}:")
        print(f"knots {knots}")
        print(report(held, scale, shift, knots, t))
    return Model(weights=fit(groups, l2), threshold=t, scale=scale, none_shift=shift, knots=knots)


def by_outlet(args) -> int:
    """Leave one outlet out, end to end: weights, calibration and threshold chosen
    without the outlet, then its articles extracted and scored by the shared scorer."""
    scorer = realset.load_scorer()
    gold = realset.load_gold()
    articles = realset.load_articles("all")
    analysed = analyses(articles)
    tune = [a for a in articles if realset.part_of(a.id) == "tune"]
    groups = groups_of(tune, analysed, gold)
    outlets = sorted({realset.outlet_of(a.id) for a in articles})
    print("| outlet held out | scored | attribution | wrong | no speaker | quote R | e2e R |\n"
          "|---|---:|---:|---:|---:|---:|---:|")
    pooled: list[dict] = []
    pooled_gold = {**gold, "articles": {}}
    for o in outlets:
        model = choose_model([g for g in groups if g.outlet != o], args)
        arts = [a for a in articles if realset.outlet_of(a.id) == o]
        extractions = [extraction_of(a, analysed[a.id], model) for a in arts]
        data = realset.export_of(arts, extractions)
        g = {**gold, "articles": {k: v for k, v in gold["articles"].items() if realset.outlet_of(k) == o}}
        r = scorer.score(g, data["quotes"])
        a, q, e = r["attribution"], r["quotes"], r["e2e"]
        print(f"| {o} | {a['scored']} | {a['accuracy']:.3f} | {a['wrong_rate']:.1%} | "
              f"{a['no_speaker'] / max(1, a['scored']):.1%} | {q['recall']:.3f} | {e['recall']:.3f} |")
        pooled += data["quotes"]
        pooled_gold["articles"].update(g["articles"])
    print("\nreliability of held-out confidences (all outlets pooled):")
    realset.print_reliability(realset.reliability(scorer, pooled_gold, pooled))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, default=3.5)
    ap.add_argument("--max-wrong", type=float, default=0.03,
                    help="the share of wrong speakers no held-out outlet may exceed")
    ap.add_argument("--max-pooled-wrong", type=float, default=0.02,
                    help="the share of wrong speakers all held-out outlets together may not exceed")
    ap.add_argument("--by-outlet", action="store_true", help="leave one outlet out, end to end")
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the model")
    args = ap.parse_args()
    realset.use_parse_memo()
    if args.by_outlet:
        return by_outlet(args)

    gold = realset.load_gold()
    tune = realset.load_articles("tune")
    groups = groups_of(tune, analyses(tune), gold)
    model = choose_model(groups, args, verbose=True)
    print(f"{len(model.weights)} weights")
    if not args.dry_run:
        MODEL_FILE.write_text(json.dumps({
            "about": "Attribution model: conditional-logit weights fitted by training/fit_attribution.py "
                     "on the tuning part of the real dev set; calibration and threshold chosen on its "
                     "outlets held out one at a time.",
            "l2": args.l2, "max_wrong": args.max_wrong, "max_pooled_wrong": args.max_pooled_wrong,
            "threshold": model.threshold,
            "calibration": {"scale": model.scale, "none_shift": model.none_shift,
                            "knots": [list(k) for k in model.knots]},
            "weights": dict(sorted(model.weights.items())),
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
