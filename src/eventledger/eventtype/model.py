"""The learned typing model: a sentence with its trigger marked in, ACLED and PLOVER types out.

Features are cheap by design (the speed budget is a fraction of the parse): the mean static
vector of the sentence, of the trigger and of the words around it, plus the sentence's words
and word pairs and the trigger word as sparse indicators. Two multinomial logistic heads share
them; each head's probabilities are temperature-scaled so that they are calibrated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import numpy as np

from eventledger.eventtype.vectors import StaticVectors, static_vectors

MODEL_FILE = "type_model.npz"
NONE = "-"  # the label for "no type of this vocabulary"
WINDOW_WORDS = 6
STEM = 5
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


@dataclass(frozen=True)
class Candidate:
    """A sentence (or short passage) and the character span of the trigger inside it."""

    text: str
    start: int = 0
    end: int = 0  # start == end: no trigger marked, the whole text is typed


@dataclass(frozen=True)
class Prediction:
    """The most probable type per vocabulary (None for no type) and the full distributions."""

    acled: str | None
    acled_p: float
    plover: str | None
    plover_p: float
    acled_dist: dict[str, float]
    plover_dist: dict[str, float]


def words(text: str) -> list[str]:
    """Lower-cased word tokens for the sparse features."""
    return _WORD.findall(text.lower())


def sparse_terms(c: Candidate) -> list[str]:
    """Indicator features: words, their first letters (a crude stem: 'shelled', 'shelling'),
    adjacent word pairs, and the trigger's words."""
    ws = words(c.text)
    terms = ["w:" + w for w in ws] + ["p:" + w[:STEM] for w in ws if len(w) > STEM] + \
        ["b:" + a + "_" + b for a, b in pairwise(ws)]
    if c.end > c.start:
        terms += ["t:" + w for w in words(c.text[c.start:c.end])]
    return terms


def dense_features(c: Candidate, sv: StaticVectors) -> np.ndarray:
    """Mean vectors of the sentence, the trigger and a window of words around the trigger."""
    sentence = sv.mean(sv.ids(c.text))
    if c.end > c.start:
        trigger = sv.mean(sv.ids(c.text[c.start:c.end]))
        before = c.text[:c.start].split()[-WINDOW_WORDS:]
        after = c.text[c.end:].split()[:WINDOW_WORDS]
        window = sv.mean(sv.ids(" ".join(before + [c.text[c.start:c.end]] + after)))
    else:
        trigger = np.zeros(sv.dims, dtype=np.float32)
        window = sentence
    return np.concatenate([sentence, trigger, window])


@dataclass(frozen=True)
class Head:
    """One multinomial logistic classifier over the shared features."""

    labels: list[str]
    dense: np.ndarray  # (dense features, labels)
    sparse: np.ndarray  # (terms, labels)
    bias: np.ndarray
    temperature: float

    def probabilities(self, dense: np.ndarray, term_ids: list[list[int]]) -> np.ndarray:
        logits = dense @ self.dense + self.bias
        for i, ids in enumerate(term_ids):
            if ids:
                logits[i] += self.sparse[ids].sum(0)
        logits /= self.temperature
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(1, keepdims=True)


@dataclass(frozen=True)
class TypeModel:
    """Both heads, the sparse vocabulary and the scale the dense features were trained at."""

    terms: dict[str, int]
    dense_scale: float
    acled: Head
    plover: Head
    # Logistic weights turning (rules' score, P(ACLED type), P(PLOVER type), asserted) into the
    # probability that an extracted event is right; fitted on dev data by `make train`.
    calibration: tuple[float, ...] | None = None

    def confidence(self, score: float, p_acled: float, p_plover: float, asserted: bool
                   ) -> float:
        """The calibrated probability that an event so scored is right."""
        if self.calibration is None:
            return (score + p_acled) / 2
        features = (1.0, score, p_acled, p_plover, float(asserted))
        z = sum(w * x for w, x in zip(self.calibration, features, strict=True))
        return float(1.0 / (1.0 + np.exp(-z)))

    def predict(self, cands: list[Candidate]) -> list[Prediction]:
        """Type a batch of candidates."""
        if not cands:
            return []
        sv = static_vectors()
        dense = np.stack([dense_features(c, sv) for c in cands]) * self.dense_scale
        term_ids = [sorted({self.terms[t] for t in sparse_terms(c) if t in self.terms})
                    for c in cands]
        pa = self.acled.probabilities(dense, term_ids)
        pp = self.plover.probabilities(dense, term_ids)
        return [_prediction(self.acled.labels, a, self.plover.labels, p) for a, p in zip(pa, pp)]

    def save(self, path: str) -> None:
        arrays: dict[str, np.ndarray] = {
            "terms": np.array(sorted(self.terms, key=self.terms.__getitem__)),
            "dense_scale": np.array(self.dense_scale),
        }
        for name, head in (("acled", self.acled), ("plover", self.plover)):
            arrays[name + "_labels"] = np.array(head.labels)
            arrays[name + "_dense"] = head.dense.astype(np.float32)
            arrays[name + "_sparse"] = head.sparse.astype(np.float16)
            arrays[name + "_bias"] = head.bias.astype(np.float32)
            arrays[name + "_temperature"] = np.array(head.temperature)
        if self.calibration is not None:
            arrays["calibration"] = np.array(self.calibration)
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: object) -> TypeModel:
        with np.load(path) as d:  # type: ignore[arg-type]
            heads = {name: Head([str(x) for x in d[name + "_labels"]],
                                d[name + "_dense"].astype(np.float32),
                                d[name + "_sparse"].astype(np.float32),
                                d[name + "_bias"].astype(np.float32),
                                float(d[name + "_temperature"]))
                     for name in ("acled", "plover")}
            terms = {str(t): i for i, t in enumerate(d["terms"])}
            calibration = tuple(float(w) for w in d["calibration"]) \
                if "calibration" in d.files else None
            return cls(terms, float(d["dense_scale"]), heads["acled"], heads["plover"],
                       calibration)


def _prediction(a_labels: list[str], a: np.ndarray, p_labels: list[str],
                p: np.ndarray) -> Prediction:
    ia, ip = int(a.argmax()), int(p.argmax())
    return Prediction(
        acled=None if a_labels[ia] == NONE else a_labels[ia], acled_p=float(a[ia]),
        plover=None if p_labels[ip] == NONE else p_labels[ip], plover_p=float(p[ip]),
        acled_dist=dict(zip(a_labels, map(float, a))),
        plover_dist=dict(zip(p_labels, map(float, p))))


@lru_cache(maxsize=1)
def type_model() -> TypeModel | None:
    """The shipped model, loaded once per process on first use; None if it was never trained."""
    ref = resources.files("eventledger.data").joinpath("typing", MODEL_FILE)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return TypeModel.load(path)
