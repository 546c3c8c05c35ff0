"""TempEval-3 style scores of `eventledger.when.tag` on TimeBank and AQUAINT.

Documents are split by a hash of their id: the dev split (80%) is for tuning, the test split
(20%) is reported and never looked at while tuning. Scores: strict span F1 (exact extents),
relaxed span F1 (overlapping extents), type F1 and value F1 (a relaxed match with the right
TIMEX3 type / normalised value counts as a hit; precision over our expressions, recall over gold).

    .venv/bin/python benchmarks/timex.py [--split test|dev|all] [--errors N]
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import sys

from common import DATA as SHARED
from common import split_of, tally_timexes, timex_scores

from eventledger.when import tag

DATA = SHARED / "timex"
FILES = ("tbaq_timebank_train.jsonl", "tbaq_aquaint_train.jsonl")



def _field(value):
    return ast.literal_eval(value) if isinstance(value, str) else value


def documents(split: str):
    for name in FILES:
        corpus = name.split("_")[1]
        with (DATA / name).open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if split != "all" and split_of(doc["docid"]) != split:
                    continue
                dct = _field(doc["dct"])["value"][:10]
                gold = [g for g in _field(doc["timexes"]) if "start" in g]
                yield corpus, doc["docid"], doc["text"], dt.date.fromisoformat(dct), gold



def score(split: str, show_errors: int = 0) -> dict[str, dict[str, float]]:
    totals: dict[str, dict[str, int]] = {}
    errors: list[str] = []
    for corpus, _doc_id, text, dct, gold in documents(split):
        pred = tag(text, dct)
        for key in (corpus, "all"):
            t = totals.setdefault(key, dict.fromkeys(("gold", "pred", "strict", "relaxed_p",
                                                      "relaxed_r", "type", "value", "docs"), 0))
            t["docs"] += 1
            found = tally_timexes(t, gold, pred)
            if key == "all":
                errors += [f"{e} (dct {dct})" for e in found if not e.startswith("SPAN")]
    for e in errors[:show_errors]:
        print(e, file=sys.stderr)
    return {key: {"docs": t["docs"], "gold": t["gold"], **timex_scores(t)}
            for key, t in totals.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev", "all"), default="test")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors (dev only!)")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not present", file=sys.stderr)
        return 0
    res = score(args.split, args.errors)
    print(f"split: {args.split}")
    print("| corpus | docs | gold timexes | strict F1 | relaxed P | relaxed R | relaxed F1 | "
          "type F1 | value F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key in ("timebank", "aquaint", "all"):
        if key in res:
            r = res[key]
            print(f"| {key} | {r['docs']} | {r['gold']} | {r['strict_f1']:.3f} | "
                  f"{r['relaxed_p']:.3f} | {r['relaxed_r']:.3f} | {r['relaxed_f1']:.3f} | "
                  f"{r['type_f1']:.3f} | {r['value_f1']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
