"""TempEval-3 style scores of `eventledger.when.tag(..., language="es")` on Spanish news passages.

The passages in benchmarks/data/timex_es/ were written for the project (see its README). The dev
split is for tuning; the test split is held out: it is never looked at while tuning, only scored.
Scores: strict span F1 (exact extents), relaxed span F1 (overlapping extents), type F1 and value
F1 (a relaxed match with the right TIMEX3 type / normalised value counts as a hit; precision over
our expressions, recall over gold).

    .venv/bin/python benchmarks/timex_es.py [--split test|dev] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import f1

from eventledger.when import tag

DATA = Path(__file__).resolve().parent / "data" / "timex_es"


def documents(split: str) -> Iterator[tuple[str, str, dt.date, list[dict[str, Any]]]]:
    """(id, text, dct, gold timexes with character offsets) for each passage of the split."""
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            gold: list[dict[str, Any]] = []
            cursor = 0
            for g in doc["timexes"]:
                # Gold gives the extent's text in reading order: locate it after the last one.
                start = text.find(g["text"], cursor)
                if start < 0:
                    start = text.find(g["text"])
                if start < 0:
                    print(f"{doc['id']}: {g['text']!r} not in text", file=sys.stderr)
                    continue
                cursor = start + len(g["text"])
                gold.append({**g, "start": start, "end": cursor})
            yield doc["id"], text, dt.date.fromisoformat(doc["dct"]), gold


def score(split: str, show_errors: int = 0) -> dict[str, float]:
    """Counts and F1 scores of the tagger over one split; prints up to `show_errors` errors."""
    t = {"docs": 0, "gold": 0, "pred": 0, "strict": 0, "relaxed_p": 0, "relaxed_r": 0,
         "type": 0, "value": 0}
    errors: list[str] = []
    for doc_id, text, dct, gold in documents(split):
        pred = tag(text, dct, language="es")
        t["docs"] += 1
        t["gold"] += len(gold)
        t["pred"] += len(pred)
        spans = {(g["start"], g["end"]) for g in gold}
        t["strict"] += sum((p.start, p.end) in spans for p in pred)
        t["relaxed_p"] += sum(any(p.start < g["end"] and g["start"] < p.end for g in gold)
                              for p in pred)
        for g in gold:
            match = next((p for p in pred if p.start < g["end"] and g["start"] < p.end), None)
            if match is None:
                errors.append(f"{doc_id} MISS  {g['text']!r} {g['type']} {g['value']}")
                continue
            t["relaxed_r"] += 1
            t["type"] += match.type == g["type"]
            t["value"] += match.value == g["value"]
            if (match.start, match.end) != (g["start"], g["end"]):
                errors.append(f"{doc_id} SPAN  gold={g['text']!r} ours={match.text!r}")
            if match.value != g["value"] or match.type != g["type"]:
                errors.append(f"{doc_id} VALUE {g['text']!r} gold={g['type']} {g['value']} "
                              f"ours={match.type} {match.value} (dct {dct})")
        for p in pred:
            if not any(p.start < g["end"] and g["start"] < p.end for g in gold):
                errors.append(f"{doc_id} EXTRA {p.text!r} {p.type} {p.value}")
    for e in errors[:show_errors]:
        print(e, file=sys.stderr)
    pred_n, gold_n = max(t["pred"], 1), max(t["gold"], 1)
    return {"docs": t["docs"], "gold": t["gold"], "pred": t["pred"],
            "strict_f1": f1(t["strict"] / pred_n, t["strict"] / gold_n),
            "relaxed_f1": f1(t["relaxed_p"] / pred_n, t["relaxed_r"] / gold_n),
            "type_f1": f1(t["type"] / pred_n, t["type"] / gold_n),
            "value_f1": f1(t["value"] / pred_n, t["value"] / gold_n)}


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors (dev only!)")
    args = ap.parse_args()
    if not (DATA / f"{args.split}.jsonl").exists():
        print(f"skipped: {DATA / args.split}.jsonl not present", file=sys.stderr)
        return 0
    r = score(args.split, args.errors if args.split == "dev" else 0)
    print(f"split: {args.split}")
    print("| split | docs | gold timexes | predicted | strict F1 | relaxed F1 | type F1 | "
          "value F1 |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {args.split} | {r['docs']} | {r['gold']} | {r['pred']} | {r['strict_f1']:.3f} | "
          f"{r['relaxed_f1']:.3f} | {r['type_f1']:.3f} | {r['value_f1']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
