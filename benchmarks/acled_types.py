"""ACLED sub-event typing on ACLED-style event descriptions (CASE 2021 Task 2 dev, 318 texts).

The descriptions are used for training only by cross-validation: each fold's model is trained
on the project's own sentences plus the other folds, and scored on its fold. Codes outside
ACLED (disasters, organised crime, diplomacy, attribution) are right when no ACLED type is given.
Rows:

  classifier, own data only    the typing model trained on our own sentences alone (no ACLED text)
  classifier, cross-validated  the typing model on the whole description, 5-fold
  rules only                   the pipeline without the typing model (no training involved)
  pipeline, cross-validated    the whole pipeline (rules + model) with each fold's model: the
                               description's type is its main event's (`extract.main_event`:
                               the surest asserted ACLED event, specific types winning near ties)

    .venv/bin/python benchmarks/acled_types.py [--only rules classifier pipeline]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace

from eventledger.eventtype.model import NONE, TypeModel, type_model
from eventledger.eventtype.train import case_examples, cross_validate, fit, fold_of, own_examples


def scores(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """(accuracy, weighted F1, macro F1) over the gold classes, as CASE 2021 scored them."""
    classes = sorted(set(gold))
    support = Counter(gold)
    f1s = {}
    for c in classes:
        tp = sum(g == p == c for g, p in zip(gold, pred))
        fp = sum(p == c != g for g, p in zip(gold, pred))
        fn = sum(g == c != p for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[c] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    weighted = sum(f1s[c] * support[c] for c in classes) / len(gold)
    return acc, weighted, sum(f1s.values()) / len(classes)


def confusions(gold: list[str], pred: list[str], n: int = 12) -> str:
    c = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    return "; ".join(f"{g} → {p} ({k})" for (g, p), k in c.most_common(n))


def _row(name: str, gold: list[str], pred: list[str]) -> str:
    acc, w, m = scores(gold, pred)
    return f"| {name} | {len(gold)} | {acc:.3f} | {w:.3f} | {m:.3f} |"


def classifier_rows(own, case, models: dict[int, TypeModel]) -> list[str]:  # type: ignore[no-untyped-def]
    gold = [e.acled for e in case]
    alone = fit(own)
    pred_alone = [p.acled or NONE for p in alone.predict([e.cand for e in case])]
    pred_cv = [(models[fold_of(e.key)].predict([e.cand])[0].acled or NONE) for e in case]
    print("own data only, confusions:", confusions(gold, pred_alone), file=sys.stderr)
    print("cross-validated, confusions:", confusions(gold, pred_cv), file=sys.stderr)
    return [_row("classifier, own data only", gold, pred_alone),
            _row("classifier, cross-validated", gold, pred_cv)]


def rules_row(case) -> list[str]:  # type: ignore[no-untyped-def]
    from eventledger.extract import main_event
    from eventledger.pipeline import Options, process_stream
    from eventledger.schema import Article
    arts = [Article(doc_id=e.key, text=e.cand.text, published="2021-06-30") for e in case]
    gold = [e.acled or NONE for e in case]
    pred = [(ev.sub_event_type if (ev := main_event(recs.events)) else None) or NONE
            for recs in process_stream(arts, options=Options(rules_only=True))]
    return [_row("rules only", gold, pred)]


def pipeline_rows(case, models: dict[int, TypeModel]) -> list[str]:  # type: ignore[no-untyped-def]
    from eventledger.extract import main_event
    from eventledger.pipeline import Options, process_stream
    from eventledger.schema import Article
    gold, pred, bands = [], [], []
    for k, model in models.items():
        fold = [e for e in case if fold_of(e.key) == k]
        arts = [Article(doc_id=e.key, text=e.cand.text, published="2021-06-30") for e in fold]
        for e, recs in zip(fold, process_stream(arts, options=Options(typer=model))):
            best = main_event(recs.events)
            gold.append(e.acled or NONE)
            pred.append(best.sub_event_type if best and best.sub_event_type else NONE)
            if best is not None:
                bands.append((best.confidence, pred[-1] == gold[-1]))
    print("pipeline, confusions:", confusions(gold, pred), file=sys.stderr)
    in_scope = [p for g, p in zip(gold, pred) if g != NONE]
    rows = [_row("pipeline, cross-validated", gold, pred), "",
            (f"Descriptions of an ACLED event left with no ACLED type: "
             f"{sum(p == NONE for p in in_scope)} of {len(in_scope)}."), "",
            "Main events by confidence (is the ACLED type right?):", "",
            "| confidence | events | share right |", "|---|---|---|"]
    for lo, hi in ((0.0, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 1.01)):
        sel = [ok for c, ok in bands if lo <= c < hi]
        if sel:
            rows.append(f"| {lo:.2f}–{min(hi, 1.0):.2f} | {len(sel)} | "
                        f"{sum(sel) / len(sel):.3f} |")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=["rules", "classifier", "pipeline"])
    args = ap.parse_args()
    case = case_examples()
    if not case:
        print("no ACLED-style descriptions under ../shared/data/acled-subtypes: skipped")
        return 0
    own = own_examples()
    # Each fold's model confidence-calibrated as the shipped one (calibration is fitted on
    # other data: PLOVER and IndiaPoliceEvents dev events).
    shipped = type_model()
    models = {k: replace(m, calibration=shipped.calibration if shipped else None)
              for k, m in cross_validate(own, case).items()} \
        if {"classifier", "pipeline"} & set(args.only) else {}
    rows = ["| system | texts | accuracy | weighted F1 | macro F1 |", "|---|---|---|---|---|"]
    if "rules" in args.only:
        rows += rules_row(case)
    if "classifier" in args.only:
        rows += classifier_rows(own, case, models)
    if "pipeline" in args.only:
        rows += pipeline_rows(case, models)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
