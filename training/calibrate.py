"""Fit the confidence calibration of the shipped typing model on dev data (`make train`).

Runs the whole pipeline over the dev splits of the PLOVER gold examples and IndiaPoliceEvents,
labels each extracted event right or wrong as `benchmarks/extraction.py` does (its PLOVER type
is the gold type; a police ASSAULT or COERCE in a sentence labelled with a police action), adds
the ACLED-typed events of the ACLED-style descriptions, typed by cross-validation fold models
(right when the description's gold type is theirs), and fits a logistic map from the rules'
score and the model's probabilities to that label. The weights are written into the model
file. Test splits are never read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from eventledger.eventtype.model import MODEL_FILE, TypeModel
from eventledger.eventtype.train import (
    OLD_PLOVER,
    SHARED,
    case_examples,
    cross_validate,
    fold_of,
    own_examples,
    split_of,
)
from eventledger.extract import records
from eventledger.pipeline import Options, process_stream
from eventledger.schema import Article

MODEL = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "data" / "typing" / \
    MODEL_FILE
FEATURES: dict[str, tuple[float, float, float, float]] = {}


def _recording(original):  # type: ignore[no-untyped-def]
    def wrapped(ctx, ev, score, coding):  # type: ignore[no-untyped-def]
        if coding.typed_p is not None and coding.plover_p is not None:
            FEATURES[ev.event_id] = (score, coding.typed_p, coding.plover_p,
                                     float(ev.modality == "asserted"))
        return original(ctx, ev, score, coding)
    return wrapped


def _labelled(model: TypeModel) -> tuple[list[tuple[float, ...]], list[int]]:
    x: list[tuple[float, ...]] = []
    y: list[int] = []
    gsr = SHARED / "plover" / "plover_gsr_cameo.jsonl"
    rows = [json.loads(line) for line in gsr.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("event") not in (None, "DOCUMENT") and r.get("text")
            and split_of(r["id"]) == "dev"]
    arts = [Article(doc_id=r["id"], text=r["text"], published="2000-01-15") for r in rows]
    for r, recs in zip(rows, process_stream(arts, options=Options(typer=model))):
        gold = OLD_PLOVER.get(r["event"], r["event"])
        for e in recs.events:
            if e.event_id in FEATURES:
                x.append(FEATURES[e.event_id])
                y.append(int(e.plover_event == gold))
    sents = SHARED / "india-police-events" / "sents.jsonl"
    rows = [json.loads(line) for line in sents.open(encoding="utf-8")]
    rows = [r for r in rows if split_of(str(r["doc_id"])) == "dev"]
    arts = [Article(doc_id=f"{r['doc_id']}-{r['sent_id']}", text=r["sent_text"],
                    published="2002-03-15") for r in rows]
    for r, recs in zip(rows, process_stream(arts, options=Options(typer=model))):
        police = bool(set(r["sent_labels"]) & {"KILL", "ARREST", "FORCE"})
        for e in recs.events:
            if e.plover_event in ("ASSAULT", "COERCE") and e.event_id in FEATURES:
                x.append(FEATURES[e.event_id])
                y.append(int(police))
    case = case_examples()
    for k, fold_model in cross_validate(own_examples(), case).items():
        fold = [e for e in case if fold_of(e.key) == k]
        arts = [Article(doc_id=e.key, text=e.cand.text, published="2021-06-30") for e in fold]
        for ex, recs in zip(fold, process_stream(arts, options=Options(typer=fold_model))):
            for e in recs.events:
                if e.sub_event_type and e.event_id in FEATURES:
                    x.append(FEATURES[e.event_id])
                    y.append(int(e.sub_event_type == ex.acled))
    return x, y


def main() -> int:
    from sklearn.linear_model import LogisticRegression
    if not (SHARED / "plover").exists():
        print("no shared dev data: calibration not fitted")
        return 0
    model = TypeModel.load(MODEL)
    records._final_confidence = _recording(records._final_confidence)  # type: ignore[assignment]
    x, y = _labelled(model)
    # The PLOVER head reads the whole sentence, so its probability does not tell a main clause
    # from a subordinate one; the rules' score does. It is left out of the calibration.
    features = np.array(x)[:, [0, 1, 3]]
    clf = LogisticRegression(C=10.0).fit(features, np.array(y))
    w = [float(v) for v in clf.coef_[0]]
    weights = (float(clf.intercept_[0]), w[0], w[1], 0.0, w[2])
    TypeModel(model.terms, model.dense_scale, model.acled, model.plover,
              tuple(round(w, 4) for w in weights)).save(str(MODEL))
    print(f"calibration fitted on {len(y)} dev events ({sum(y)} right): {weights}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
