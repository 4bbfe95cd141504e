"""Scoring: weigh each quotation's candidates and the "no speaker" alternative.

A conditional logit: every alternative scores the sum of the weights of its features
(candidates.py), and a softmax over the alternatives gives each its probability. The
weights are fitted on the tuning part of a real, human-annotated news corpus by
training/fit_attribution.py and stored in attribution_model.json beside this file
(a few hundred numbers; nothing is downloaded). The site names the best candidate only
when its probability reaches the model's threshold; below it the quotation is shown
as "speaker uncertain", with the guess beside it.
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


@functools.cache
def load_model(path: Path = MODEL_FILE) -> Model | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model(weights=dict(data["weights"]), threshold=float(data["threshold"]))


def probabilities(cands: Candidates, model: Model) -> tuple[list[float], float]:
    """(probability of each candidate, probability of "no speaker")."""
    w = model.weights
    scores = [sum(w.get(k, 0.0) * x for k, x in f.items()) for f in cands.features]
    none = sum(w.get(k, 0.0) * x for k, x in cands.none_features.items())
    top = max([none, *scores])
    exp = [math.exp(s - top) for s in scores]
    exp_none = math.exp(none - top)
    total = exp_none + sum(exp)
    return [e / total for e in exp], exp_none / total
