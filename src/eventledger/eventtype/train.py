"""Train the typing model reproducibly: `python -m eventledger.eventtype.train` (`make train`).

Training data: the project's own sentences (`training/typing/*.jsonl`, see its data card), the
ACLED-style descriptions of `../shared/data/acled-subtypes` (ACLED head only) and the dev split
of the PLOVER gold examples (PLOVER head only). Temperatures are fitted on cross-validated
predictions over the shared data, so probabilities are calibrated on real reports, not on our
own sentences. Needs scikit-learn (the `train` extra); the run-time model needs only numpy.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from eventledger.eventtype.model import (
    NONE,
    Candidate,
    Head,
    TypeModel,
    dense_features,
    sparse_terms,
)
from eventledger.eventtype.vectors import static_vectors
from eventledger.taxonomy import acled_types

ROOT = Path(__file__).resolve().parents[3]
OWN_DATA = ROOT / "training" / "typing"
SHARED = ROOT.parent / "shared" / "data"
SEED = 13
FOLDS = 5
MIN_TERM_COUNT = 2
REGULARISATION = 1.0
DENSE_SCALE = 8.0  # the dense vectors are small; scaled up, they weigh as the indicators do
# CASE 2021 Task 2 codes -> ACLED sub-event types; the five codes outside ACLED are NONE.
CASE_CODES = {
    "PEACE_PROTEST": "Peaceful protest", "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration", "MOB_VIOL": "Mob violence",
    "ARMED_CLASH": "Armed clash", "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack", "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb", "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade", "CHEM_WEAP": "Chemical weapon", "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack", "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement", "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use", "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
    "MAN_MADE_DISASTER": NONE, "NATURAL_DISASTER": NONE, "ORG_CRIME": NONE, "DIPLO": NONE,
    "ATTRIB": NONE,
}
VERBAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "CONSULT", "CONCEDE"})
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
              "INVESTIGATE": "ACCUSE"}


@dataclass(frozen=True)
class Example:
    """A candidate with its labels; None where the source does not label that vocabulary."""

    cand: Candidate
    acled: str | None
    plover: str | None
    group: str  # where it came from, e.g. "own", "case", "plover"
    key: str  # a stable id, for splits and folds


def split_of(key: str) -> str:
    """Deterministic 80/20 dev/test split by record id: 'dev' is tuned on, 'test' reported."""
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def fold_of(key: str, folds: int = FOLDS) -> int:
    """Deterministic cross-validation fold of a record id."""
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % folds


# Who-said-so tails, added to a share of the training texts of every class so that an
# attribution never reads as a sign of one class (a statement is not a non-event).
ATTRIBUTIONS = (
    ", police said.", ", the army said in a statement.", ", according to local media.",
    ", residents told reporters.", ", a spokesman said on Sunday.", ", officials said.",
    ", the defence ministry said.", ", a local monitor reported.",
    ", witnesses said.", ", according to a rights group.", ", the governor told reporters.",
    ", hospital sources said.",
)
AUGMENT_SHARE = 0.6


def _augmented(examples: list[Example]) -> list[Example]:
    """Variants of the whole texts: an attribution added, or a statement from another line
    appended as context (reports are rarely one clean sentence). Seeded: always the same."""
    rng = random.Random(SEED)
    verbal = [e.cand.text for e in examples if e.acled == NONE and e.plover in VERBAL
              and e.cand.start == e.cand.end]
    out = []
    for e in examples:
        if e.cand.start != e.cand.end or rng.random() > AUGMENT_SHARE:
            continue
        text = e.cand.text.rstrip(" .")
        if rng.random() < 0.5 or not verbal:
            text += rng.choice(ATTRIBUTIONS)
        else:
            text = e.cand.text + " " + rng.choice(verbal)
        out.append(replace(e, cand=Candidate(text), key=e.key + ":aug"))
    return out


def own_examples(folder: Path = OWN_DATA) -> list[Example]:
    """The project's own sentences, each with its trigger marked and once without, plus
    augmented variants of a share of them."""
    out: list[Example] = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            text, trig = row["text"], row.get("trigger") or ""
            start = text.find(trig) if trig else -1
            acled = acled_types(row["acled"])[2] if row.get("acled") else NONE
            plover = row.get("plover") or NONE
            key = f"{path.stem}:{n}"
            if start >= 0:
                out.append(Example(Candidate(text, start, start + len(trig)), acled or NONE,
                                   plover, "own", key))
            out.append(Example(Candidate(text), acled or NONE, plover, "own", key + ":whole"))
    return out + _augmented(out)


def case_examples(shared: Path = SHARED) -> list[Example]:
    """ACLED-style descriptions (CASE 2021 Task 2 dev): whole texts, ACLED labels only."""
    path = shared / "acled-subtypes" / "case2021_task2_dev.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [Example(Candidate(r["EventSnippet"].strip()), CASE_CODES[r["SubType"]], None,
                    "case", "case:" + r["id"]) for r in rows if r["SubType"] in CASE_CODES]


def plover_examples(shared: Path = SHARED, split: str = "dev") -> list[Example]:
    """PLOVER gold sentences of one split: whole texts, PLOVER labels only."""
    path = shared / "plover" / "plover_gsr_cameo.jsonl"
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("event") in (None, "DOCUMENT") or not r.get("text") or split_of(r["id"]) != split:
            continue
        out.append(Example(Candidate(r["text"]), None, OLD_PLOVER.get(r["event"], r["event"]),
                           "plover", "plover:" + r["id"]))
    return out


@cache
def _features(cand: Candidate) -> tuple[np.ndarray, tuple[str, ...]]:
    """Dense features and sparse terms of a candidate, computed once per training run."""
    return dense_features(cand, static_vectors()), tuple(sparse_terms(cand))


def _design(examples: list[Example], terms: dict[str, int], scale: float) -> Any:
    """The training matrix: dense features scaled, then sparse term indicators (scipy CSR)."""
    from scipy import sparse

    dense = np.stack([_features(e.cand)[0] for e in examples]) * scale
    rows, cols = [], []
    for i, e in enumerate(examples):
        for j in sorted({terms[t] for t in _features(e.cand)[1] if t in terms}):
            rows.append(i)
            cols.append(j)
    sp = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                           shape=(len(examples), len(terms)))
    return sparse.hstack([sparse.csr_matrix(dense), sp]).tocsr()


def _fit_head(examples: list[Example], attr: str, terms: dict[str, int], scale: float,
              temperature: float = 1.0) -> Head:
    from sklearn.linear_model import LogisticRegression
    labelled = [e for e in examples if getattr(e, attr) is not None]
    y = [getattr(e, attr) for e in labelled]
    # No class balancing: in a news flow most sentences report no ACLED event, and the
    # "none" prior of our data keeps it so (balanced weights cost accidents typed as attacks).
    clf = LogisticRegression(C=REGULARISATION, max_iter=500, tol=1e-3, random_state=SEED)
    clf.fit(_design(labelled, terms, scale), y)
    w = clf.coef_.T
    n_dense = 3 * static_vectors().dims
    return Head([str(c) for c in clf.classes_], w[:n_dense].astype(np.float32),
                w[n_dense:].astype(np.float32), clf.intercept_.astype(np.float32), temperature)


def fit(examples: list[Example], temperatures: tuple[float, float] = (1.0, 1.0)) -> TypeModel:
    """One model trained on the given examples."""
    counts = Counter(t for e in examples for t in set(_features(e.cand)[1]))
    terms = {t: i for i, t in enumerate(sorted(t for t, c in counts.items()
                                               if c >= MIN_TERM_COUNT))}
    scale = DENSE_SCALE
    return TypeModel(terms, scale, _fit_head(examples, "acled", terms, scale, temperatures[0]),
                     _fit_head(examples, "plover", terms, scale, temperatures[1]))


def cross_validate(own: list[Example], shared: list[Example], folds: int = FOLDS
                   ) -> dict[int, TypeModel]:
    """One model per fold: trained on our own data and the other folds of the shared data."""
    return {k: fit(own + [e for e in shared if fold_of(e.key, folds) != k])
            for k in range(folds)}


def fit_temperature(probs: np.ndarray, gold: list[int]) -> float:
    """The temperature minimising held-out log loss (grid search: one parameter, no optimiser)."""
    logp = np.log(np.clip(probs, 1e-12, 1.0))
    best, best_loss = 1.0, float("inf")
    for t in np.arange(0.3, 4.01, 0.05):
        z = logp / t
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        loss = -float(np.mean(np.log(np.clip(p[np.arange(len(gold)), gold], 1e-12, 1.0))))
        if loss < best_loss:
            best, best_loss = float(t), loss
    return round(best, 2)


def held_out_temperatures(models: dict[int, TypeModel], shared: list[Example]
                          ) -> tuple[float, float]:
    """Temperatures for both heads from each fold's predictions on its held-out shared data."""
    out = []
    for attr in ("acled", "plover"):
        probs, gold = [], []
        for e in shared:
            label = getattr(e, attr)
            head: Head = getattr(models[fold_of(e.key)], attr)
            if label is None or label not in head.labels:
                continue
            m = models[fold_of(e.key)]
            pred = m.predict([e.cand])[0]
            dist = pred.acled_dist if attr == "acled" else pred.plover_dist
            probs.append([dist[lab] for lab in head.labels])
            gold.append(head.labels.index(label))
        out.append(fit_temperature(np.array(probs), gold) if gold else 1.0)
    return out[0], out[1]


def class_counts(examples: list[Example]) -> str:
    """A Markdown table of examples per ACLED and per PLOVER class."""
    rows = ["| vocabulary | class | sentences |", "|---|---|---|"]
    for attr in ("acled", "plover"):
        counts = Counter(getattr(e, attr) for e in examples)
        rows += [f"| {attr.upper() if attr == 'plover' else 'ACLED'} | "
                 f"{'none' if label == NONE else label} | {n} |"
                 for label, n in sorted(counts.items(), key=lambda kv: (kv[0] == NONE, kv[0]))]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", action="store_true",
                    help="print the own data's examples per class (for the data card) and stop")
    ap.add_argument("-o", "--output", default=str(Path(__file__).resolve().parents[1] / "data"
                                                  / "typing" / "type_model.npz"))
    args = ap.parse_args(argv)
    own = own_examples()
    if args.counts:
        print(class_counts([e for e in own if not e.key.endswith((":whole", ":aug"))]))
        return 0
    shared = case_examples() + plover_examples()
    print(f"own examples {len(own)}, shared examples {len(shared)}")
    temps = held_out_temperatures(cross_validate(own, shared), shared) if shared else (1.0, 1.0)
    print(f"temperatures: acled {temps[0]}, plover {temps[1]}")
    model = fit(own + shared)
    model = replace(model, acled=replace(model.acled, temperature=temps[0]),
                    plover=replace(model.plover, temperature=temps[1]))
    model.save(args.output)
    print(f"wrote {args.output}: {len(model.terms)} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
