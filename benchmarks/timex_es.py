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

from common import tally_timexes, timex_scores

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
    t = dict.fromkeys(("docs", "gold", "pred", "strict", "relaxed_p", "relaxed_r", "type",
                       "value"), 0)
    errors: list[str] = []
    for doc_id, text, dct, gold in documents(split):
        t["docs"] += 1
        errors += [f"{doc_id} {e} (dct {dct})"
                   for e in tally_timexes(t, gold, tag(text, dct, language="es"))]
    for e in errors[:show_errors]:
        print(e, file=sys.stderr)
    return {"docs": t["docs"], "gold": t["gold"], "pred": t["pred"], **timex_scores(t)}


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
