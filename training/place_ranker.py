"""Fit the place ranker (`eventledger.where.ranker`) on the dev splits of GeoVirus and TR-News.

    .venv/bin/python training/place_ranker.py        (or: make train-places)

Each recognised mention that overlaps a gold toponym and has more than one candidate is one
choice; a candidate is right when it has the gold GeoNames id (TR-News) or lies within 161 km
of the gold point (GeoVirus; for a country or a first-level unit, when the gold point's nearest
town lies in it). The weights maximise the likelihood of the right candidates under a softmax
over each mention's candidates (a conditional logit, L2-regularised), and are written to
`src/eventledger/data/place_ranker.json`. Documents of the test split (the same hash as
`benchmarks/geoparse.py`) are never read. Five-fold cross-validation over documents reports
how often the top candidate is right, against picking the largest place.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import DATA, split_of  # noqa: E402
from geoparse import NearestTown, gold_spans, km  # noqa: E402

from eventledger import nlp  # noqa: E402
from eventledger.where import gazetteer  # noqa: E402
from eventledger.where.geoparse import outlet_country  # noqa: E402
from eventledger.where.ranker import FEATURES, MAX_CANDIDATES, candidate_features, evidence  # noqa: E402
from eventledger.where.recognise import recognise  # noqa: E402

OUT = ROOT / "src" / "eventledger" / "data" / "place_ranker.json"
L2 = 1.0
FOLDS = 5

Choice = tuple[str, np.ndarray, np.ndarray]  # document key, features, right (0/1)


def _right(cand, gold: dict, nearest: NearestTown) -> bool:
    if gold.get("geonameid"):
        return str(cand.geonameid) == str(gold["geonameid"])
    lat, lon = float(gold["lat"]), float(gold["lon"])
    if cand.feature in ("country", "admin1"):
        iso2, admin1 = nearest.place(lat, lon)
        return iso2 == cand.iso2 and (cand.feature == "country" or admin1 == cand.name)
    return cand.latitude is not None and km(cand.latitude, cand.longitude, lat, lon) <= 161


def choices() -> list[Choice]:
    """Every ambiguous mention of the dev documents with at least one right candidate."""
    gaz = gazetteer.load()
    nearest = NearestTown(gaz)
    out: list[Choice] = []
    for corpus in ("geovirus", "trnews"):
        with (DATA / "geoparsing" / f"{corpus}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                key = f"{corpus}-{doc['id']}"
                if split_of(key) != "dev":
                    continue
                parsed = nlp.parse(doc["text"])
                mentions = recognise(parsed, gaz)
                ev = evidence(mentions, outlet_country(doc.get("domain"), gaz))
                gold = gold_spans(corpus, doc)
                for i, m in enumerate(mentions):
                    if m.adjectival or len(m.cands) < 2:
                        continue
                    g = next((g for g in gold if m.start < g["end"] and g["start"] < m.end),
                             None)
                    if g is None or (g.get("lat") is None and not g.get("geonameid")):
                        continue
                    right = np.array([_right(c, g, nearest) for c in m.cands[:MAX_CANDIDATES]],
                                     dtype=float)
                    if right.any() and not right.all():
                        out.append((key, np.array(candidate_features(i, m, ev, gaz)), right))
    return out


def _loss(w: np.ndarray, data: list[Choice]) -> tuple[float, np.ndarray]:
    loss, grad = 0.5 * L2 * float(w @ w), L2 * w
    for _, x, right in data:
        s = x @ w
        s = s - s.max()
        p = np.exp(s) / np.exp(s).sum()
        pos = p * right
        loss -= float(np.log(pos.sum()))
        # d/dw of -log(sum_pos p) = E_p[x] - E_{p | right}[x]
        grad = grad + x.T @ p - x.T @ (pos / pos.sum())
    return loss, grad


def fit(data: list[Choice]) -> np.ndarray:
    w0 = np.zeros(len(FEATURES))
    return minimize(_loss, w0, args=(data,), jac=True, method="L-BFGS-B").x


def _top_right(w: np.ndarray, data: list[Choice]) -> float:
    return float(np.mean([right[int(np.argmax(x @ w))] for _, x, right in data]))


def main() -> int:
    if not (DATA / "geoparsing").exists():
        print(f"{DATA / 'geoparsing'} not present: cannot train", file=sys.stderr)
        return 1
    data = choices()
    docs = sorted({k for k, _, _ in data})
    print(f"{len(data)} ambiguous mentions in {len(docs)} dev documents")
    largest = FEATURES.index("largest")
    folds = []
    for f in range(FOLDS):
        held = {d for j, d in enumerate(docs) if j % FOLDS == f}
        train = [c for c in data if c[0] not in held]
        test = [c for c in data if c[0] in held]
        folds.append((_top_right(fit(train), test),
                      float(np.mean([right[int(np.argmax(x[:, largest]))]
                                     for _, x, right in test]))))
    cv, base = np.mean([a for a, _ in folds]), np.mean([b for _, b in folds])
    print(f"cross-validated top-1 right: {cv:.3f} (largest place: {base:.3f})")
    w = fit(data)
    OUT.write_text(json.dumps({
        "_about": "Weights of eventledger.where.ranker, fitted by training/place_ranker.py on "
                  "the dev splits of GeoVirus and TR-News.",
        "features": list(FEATURES), "weights": [round(float(v), 4) + 0.0 for v in w],
        "l2": L2, "choices": len(data), "documents": len(docs),
        "cross_validated_top1": round(float(cv), 3),
    }, indent=1) + "\n", encoding="utf-8")
    for name, v in sorted(zip(FEATURES, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:22s} {v:+.3f}")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
