"""Fitted decisions: a linear score over named features, read once from the shipped weights file.

Each layout decision that weighs several kinds of evidence (is this line a
headline? does a new story start here?) is a `Linear`: a bias, one weight per
feature, and a threshold. `bench/fit_weights.py` fits them on the training
split of the development corpus and writes `baoshu/data/weights.json`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

WEIGHTS_FILE = "weights.json"
ENTITY_WEIGHTS_FILE = "entity_weights.json"  # the entity decisions (bench/fit_entity_weights.py)


@dataclass(frozen=True)
class Linear:
    """score = bias + Σ weight × feature; the answer is yes when the score reaches `threshold`."""

    bias: float = 0.0
    weights: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.0

    def score(self, features: Mapping[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def decide(self, features: Mapping[str, float]) -> bool:
        return self.score(features) >= self.threshold


def parse_weights(data: Mapping[str, Any]) -> dict[str, Linear]:
    """Decisions by name from the weights file's `decisions` table."""
    return {name: Linear(bias=float(d.get("bias", 0.0)), threshold=float(d.get("threshold", 0.0)),
                         weights={k: float(v) for k, v in d.get("weights", {}).items()})
            for name, d in data.get("decisions", {}).items()}


def load_weights() -> dict[str, Linear]:
    """The decisions shipped with the package: the layout's, then the entities'."""
    decisions: dict[str, Linear] = {}
    for name in (WEIGHTS_FILE, ENTITY_WEIGHTS_FILE):
        text = resources.files("baoshu.data").joinpath(name).read_text(encoding="utf-8")
        decisions.update(parse_weights(json.loads(text)))
    return decisions
