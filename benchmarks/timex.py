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
from common import f1, split_of

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
            t = totals.setdefault(key, {"gold": 0, "pred": 0, "strict": 0, "relaxed_p": 0,
                                        "relaxed_r": 0, "type": 0, "value": 0, "docs": 0})
            t["docs"] += 1
            t["gold"] += len(gold)
            t["pred"] += len(pred)
            golds = {(g["start"], g["end"]) for g in gold}
            t["strict"] += sum((p.start, p.end) in golds for p in pred)
            t["relaxed_p"] += sum(any(p.start < g["end"] and g["start"] < p.end for g in gold)
                                  for p in pred)
            for g in gold:
                match = next((p for p in pred if p.start < g["end"] and g["start"] < p.end),
                             None)
                if match is None:
                    if key == "all" and len(errors) < show_errors:
                        errors.append(f"MISS  {g['text']!r} {g['type']} {g['value']}")
                    continue
                t["relaxed_r"] += 1
                t["type"] += match.type == g["type"]
                t["value"] += match.value == g["value"]
                if key == "all" and match.value != g["value"] and len(errors) < show_errors:
                    errors.append(f"VALUE {g['text']!r} gold={g['value']} ours={match.value} "
                                  f"({match.text!r}, dct {dct})")
            if key == "all" and len(errors) < show_errors:
                for p in pred:
                    if not any(p.start < g["end"] and g["start"] < p.end for g in gold):
                        errors.append(f"EXTRA {p.text!r} {p.value}")
    for e in errors[:show_errors]:
        print(e, file=sys.stderr)
    results = {}
    for key, t in totals.items():
        sp, sr = t["strict"] / max(t["pred"], 1), t["strict"] / max(t["gold"], 1)
        rp, rr = t["relaxed_p"] / max(t["pred"], 1), t["relaxed_r"] / max(t["gold"], 1)
        vp, vr = t["value"] / max(t["pred"], 1), t["value"] / max(t["gold"], 1)
        tp, tr = t["type"] / max(t["pred"], 1), t["type"] / max(t["gold"], 1)
        results[key] = {"docs": t["docs"], "gold": t["gold"], "strict_f1": f1(sp, sr),
                        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": f1(rp, rr),
                        "type_f1": f1(tp, tr), "value_f1": f1(vp, vr)}
    return results


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
