"""Calibrated confidence: the probability that a merged event is correct, from the evidence behind it.

A logistic regression fitted on annotated real articles (``python -m kg.calibrate``, which
writes ``kg/data/confidence.tsv``) weighs what the rule layer recorded when it made the event
(:class:`kg.records.EventFeatures`) and how many reports and articles the merge found for it.
Applying it is a weighted sum and a logistic function in plain Python: the runtime never needs the
library that fitted it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from kg.contract.events import EVENT_TYPES, FRAMES
from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.records import EventFeatures

MODEL_FILE = "confidence.tsv"
NUMERIC = ("prior", "distance", "outside", "person", "organisation", "stanza", "group", "cue", "reports", "documents",
           "carried")
# the direction each of these can only push, whatever a small training set says: a stronger rule,
# more reports and more articles make an event likelier; an argument from outside the trigger's
# clause, a far one, or a name only the statistical recognizer found make it less likely. Training
# leaves out a feature whose fitted weight points the other way (kg.calibrate).
SIGNS = {"prior": 1, "reports": 1, "documents": 1, "outside": -1, "distance": -1, "stanza": -1, "carried": -1}
# every name a model may weigh; a weight for anything else is a model this code cannot apply
FEATURES = NUMERIC + tuple(f"type={t}" for t in EVENT_TYPES) + tuple(f"frame={f}" for f in FRAMES)


def feature_vector(f: EventFeatures, event_type: str, reports: int, documents: int) -> dict[str, float]:
    """The model's inputs for one merged event; counts are capped or logged so that one odd
    sentence (a list of twenty states) cannot dominate a model fitted on a few hundred events.

    >>> from kg.records import EventFeatures
    >>> f = EventFeatures("verb", 0.8, 3, 0, 2, 0, 0, 1, False)
    >>> v = feature_vector(f, "Meeting", 1, 1)
    >>> v["prior"], v["distance"], v["person"], v["type=Meeting"], v["reports"]
    (0.8, 2.0, 1.0, 1.0, 0.0)
    """
    out = {
        "prior": f.prior,
        "distance": math.log2(1 + min(f.distance, 15)),
        "outside": float(min(f.outside, 2)),
        "person": float(f.persons > 0),
        "organisation": float(f.organisations > 0),
        "stanza": float(f.stanza > 0),
        "group": float(min(f.group, 4)),
        "cue": float(f.cue),
        "reports": math.log2(reports),
        "documents": math.log2(documents),
        "carried": float(f.carried),
    }
    out[f"type={event_type}"] = 1.0
    out[f"frame={f.frame}"] = 1.0
    return out


@dataclass(frozen=True)
class Calibration:
    """An intercept and weights on the raw feature scale; ``weights`` None means "the rule priors"
    (what the trainer measures the model against, and what a build without a model writes)."""

    intercept: float = 0.0
    weights: dict[str, float] | None = None

    def probability(self, f: EventFeatures, event_type: str, reports: int = 1, documents: int = 1) -> float:
        """The probability that the event is correct, rounded as the graph writes it.

        >>> from kg.records import EventFeatures
        >>> Calibration().probability(EventFeatures("verb", 0.85, 0, 0, 2, 0, 0, 2, False), "Meeting")
        0.85
        """
        if self.weights is None:
            return round(f.prior, 2)
        return self.of_vector(feature_vector(f, event_type, reports, documents))

    def of_vector(self, vector: dict[str, float]) -> float:
        """The model's probability for one feature vector (:func:`feature_vector`), rounded as written."""
        z = self.intercept + sum((self.weights or {}).get(k, 0.0) * v for k, v in vector.items())
        return round(1.0 / (1.0 + math.exp(-z)), 2)


def load_calibration(path: Path | None = None) -> Calibration:
    """The shipped model (``kg/data/confidence.tsv``) or the one at ``path``: ``feature<TAB>weight`` rows,
    one of them ``intercept``."""
    path = path or data_path(MODEL_FILE)
    weights: dict[str, float] = {}
    intercept = None
    for number, (name, value, *_) in read_tsv(path, 2):
        try:
            w = float(value)
        except ValueError:
            raise DataError(f"{path}:{number}: weight {value!r} is not a number") from None
        if name == "intercept":
            intercept = w
        elif name in FEATURES:
            weights[name] = w
        else:
            raise DataError(f"{path}:{number}: unknown feature {name!r} (expected intercept or one of {', '.join(FEATURES)})")
    if intercept is None:
        raise DataError(f"{path}: no intercept row")
    return Calibration(intercept, weights)
