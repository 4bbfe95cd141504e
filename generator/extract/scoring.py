"""Scoring: weigh each quotation's candidates and the "no speaker" alternative.

A conditional logit: every alternative scores the sum of the weights of its features
(candidates.py), and a softmax over the alternatives gives each its probability. The
weights are fitted on the tuning part of a real, human-annotated news corpus by
training/fit_attribution.py and stored in attribution_model.json beside this file
(a few hundred numbers; nothing is downloaded). The site names the best candidate only
when its calibrated probability (`Model.calibrated`) reaches the model's threshold;
below it the quotation is shown as "speaker uncertain", with the guess beside it.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from .candidates import Candidates

MODEL_FILE = Path(__file__).parent / "attribution_model.json"


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float  # the lowest probability at which a speaker is asserted
    # Calibration, fitted on outlets the weights never saw: every score is multiplied by
    # `scale` and "no speaker" gets `none_shift` more, so that a probability of 0.9
    # is right about nine times in ten on copy the weights were not fitted on.
    scale: float = 1.0
    none_shift: float = 0.0
    # Then a monotone map, fitted on the same held-out quotations, corrects what one scale
    # and shift cannot: the probability goes through straight lines between these
    # (probability, share right) points, from (0, 0) to (1, 1).
    knots: tuple[tuple[float, float], ...] = ()

    def calibrated(self, p: float, best: bool = False) -> float:
        """The confidence of a candidate whose probability is `p`: increasing, in [0, 1].
        The knots are fitted on best candidates, so a `best` one below the first knot is
        right as often as the first knot's run (isotonic regression's flat end), while
        another candidate's small probability is drawn towards (0, 0)."""
        return through_knots(p, self.knots, floor=best)


def through_knots(p: float, knots, floor: bool = False) -> float:
    """`p` mapped through straight lines between (0, 0), the knots and (1, 1); with
    `floor`, no lower than the first knot's share."""
    if floor and knots and p < knots[0][0]:
        return knots[0][1]
    xs = [0.0, *(x for x, _ in knots), 1.0]
    ys = [0.0, *(y for _, y in knots), 1.0]
    p = min(max(p, 0.0), 1.0)
    for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:]):
        if p <= x1:
            return y0 if x1 <= x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)
    return 1.0


@functools.cache
def load_model(path: Path = MODEL_FILE) -> Model | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    cal = data.get("calibration") or {}
    return Model(weights=dict(data["weights"]), threshold=float(data["threshold"]),
                 scale=float(cal.get("scale", 1.0)), none_shift=float(cal.get("none_shift", 0.0)),
                 knots=tuple((float(x), float(y)) for x, y in cal.get("knots", [])))


def probabilities(cands: Candidates, model: Model) -> tuple[list[float], float]:
    """(probability of each candidate, probability of "no speaker")."""
    w = model.weights
    scores = [model.scale * sum(w.get(k, 0.0) * x for k, x in f.items()) for f in cands.features]
    none = model.scale * sum(w.get(k, 0.0) * x for k, x in cands.none_features.items()) + model.none_shift
    top = max([none, *scores])
    exp = [math.exp(s - top) for s in scores]
    exp_none = math.exp(none - top)
    total = exp_none + sum(exp)
    return [e / total for e in exp], exp_none / total
