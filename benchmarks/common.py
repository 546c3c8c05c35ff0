"""What every benchmark script shares: where the shared data lives, the dev/test split, F1."""

from __future__ import annotations

import hashlib
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def split_of(key: str) -> str:
    """Deterministic 80/20 dev/test split by record id: 'dev' is tuned on, 'test' reported."""
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, f1(p, r)


def tally_timexes(t: dict[str, int], gold: list[dict], pred: list) -> list[str]:
    """Add one document's TIMEX3 counts to `t` (gold, pred, strict, relaxed_p, relaxed_r, type,
    value) and return its errors: a relaxed match is an overlap, as in TempEval-3."""
    def overlaps(p, g) -> bool:
        return p.start < g["end"] and g["start"] < p.end

    errors = []
    t["gold"] += len(gold)
    t["pred"] += len(pred)
    spans = {(g["start"], g["end"]) for g in gold}
    t["strict"] += sum((p.start, p.end) in spans for p in pred)
    t["relaxed_p"] += sum(any(overlaps(p, g) for g in gold) for p in pred)
    for g in gold:
        match = next((p for p in pred if overlaps(p, g)), None)
        if match is None:
            errors.append(f"MISS  {g['text']!r} {g['type']} {g['value']}")
            continue
        t["relaxed_r"] += 1
        t["type"] += match.type == g["type"]
        t["value"] += match.value == g["value"]
        if (match.start, match.end) != (g["start"], g["end"]):
            errors.append(f"SPAN  gold={g['text']!r} ours={match.text!r}")
        if match.value != g["value"] or match.type != g["type"]:
            errors.append(f"VALUE {g['text']!r} gold={g['type']} {g['value']} "
                          f"ours={match.type} {match.value}")
    errors += [f"EXTRA {p.text!r} {p.type} {p.value}" for p in pred
               if not any(overlaps(p, g) for g in gold)]
    return errors


def timex_scores(t: dict[str, int]) -> dict[str, float]:
    """Strict, relaxed, type and value F1 from `tally_timexes` counts."""
    pred, gold = max(t["pred"], 1), max(t["gold"], 1)
    rp, rr = t["relaxed_p"] / pred, t["relaxed_r"] / gold
    return {"strict_f1": f1(t["strict"] / pred, t["strict"] / gold), "relaxed_p": rp,
            "relaxed_r": rr, "relaxed_f1": f1(rp, rr),
            "type_f1": f1(t["type"] / pred, t["type"] / gold),
            "value_f1": f1(t["value"] / pred, t["value"] / gold)}
