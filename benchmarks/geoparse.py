"""Geoparsing scores on GeoVirus (gold coordinates) and TR-News (gold GeoNames ids).

Recognition: precision, recall and F1 of toponym spans (overlap counts as a match). Resolution,
over the gold toponyms we recognised: share within 161 km (100 miles) of the gold point, exact
GeoNames id (TR-News), median error in km. Documents are split by a hash of their id: dev (80%)
for tuning, test (20%) reported. Also the gazetteer's load time and memory.

    .venv/bin/python benchmarks/geoparse.py [--split test|dev|all] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import time

from common import DATA as SHARED
from common import f1, split_of

DATA = SHARED / "geoparsing"



def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


class NearestTown:
    """Country and first-level unit of the populated place nearest a point (a stand-in for
    boundary polygons)."""

    def __init__(self, gaz) -> None:
        import sqlite3

        import numpy as np

        rows = sqlite3.connect(gaz.path).execute(
            "SELECT lat, lon, iso2, admin1 FROM places WHERE feature='city'").fetchall()
        self.np = np
        self.lat = np.radians(np.array([r[0] for r in rows]))
        self.lon = np.radians(np.array([r[1] for r in rows]))
        self.where = [(r[2], r[3]) for r in rows]

    def place(self, lat: float, lon: float) -> tuple[str, str | None]:
        np = self.np
        la, lo = math.radians(lat), math.radians(lon)
        a = np.sin((self.lat - la) / 2) ** 2 + math.cos(la) * np.cos(self.lat) * \
            np.sin((self.lon - lo) / 2) ** 2
        return self.where[int(np.argmin(a))]

    def country(self, lat: float, lon: float) -> str:
        return self.place(lat, lon)[0]


def gold_spans(corpus: str, doc: dict) -> list[dict]:
    """Gold toponyms with offsets that slice the text (GeoVirus is 1-based; TR-News drifts)."""
    text = doc["text"]
    out = []
    for g in doc["toponyms"]:
        phrase = g.get("phrase") or g["name"]
        start, end = g["start"], g["end"]
        if corpus == "geovirus":
            start, end = start - 1, end - 1
        if text[start:end] != phrase:
            hits = [i for i in range(len(text)) if text.startswith(phrase, i)]
            if not hits:
                continue
            start = min(hits, key=lambda i: abs(i - start))
            end = start + len(phrase)
        out.append({**g, "start": start, "end": end, "phrase": phrase})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev", "all"), default="test")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not present", file=sys.stderr)
        return 0

    from eventledger.where import gazetteer

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    gaz = gazetteer.load()
    gaz.lookup("Lima")
    load_s = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    from eventledger import nlp
    from eventledger.where.geoparse import geoparse, outlet_country

    nlp.load()
    nearest = NearestTown(gaz)
    errors: list[str] = []
    rows = []
    for corpus, fname in (("geovirus", "geovirus.jsonl"), ("trnews", "trnews.jsonl")):
        tp_p = n_pred = n_gold = tp_r = 0
        dists: list[float] = []
        fair: list[bool] = []
        exact = with_id = 0
        n_docs = 0
        t_parse = time.perf_counter()
        with (DATA / fname).open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if args.split != "all" and split_of(f"{corpus}-{doc['id']}") != args.split:
                    continue
                n_docs += 1
                gold = gold_spans(corpus, doc)
                pred, _ = geoparse(nlp.parse(doc["text"]), gaz,
                                   outlet_country(doc.get("domain"), gaz))
                if corpus == "geovirus":
                    # GeoVirus does not annotate demonyms ("Chinese"); TR-News does.
                    pred = [p for p in pred if not p.adjectival]
                n_pred += len(pred)
                n_gold += len(gold)
                tp_p += sum(any(p.start < g["end"] and g["start"] < p.end for g in gold)
                            for p in pred)
                for g in gold:
                    match = next((p for p in pred if p.start < g["end"] and g["start"] < p.end),
                                 None)
                    if match is None:
                        if len(errors) < args.errors:
                            errors.append(f"MISS  {corpus} {g['phrase']!r}")
                        continue
                    tp_r += 1
                    e = match.entry
                    if e.latitude is None:  # a country: compare with its gold point loosely
                        d = 0.0 if g.get("geonameid") and str(e.geonameid) == str(
                            g["geonameid"]) else math.inf
                    elif g.get("lat") is None or g.get("lon") is None:
                        d = 0.0 if str(e.geonameid) == str(g.get("geonameid")) else math.inf
                    else:
                        d = km(e.latitude, e.longitude, float(g["lat"]), float(g["lon"]))
                    if e.latitude is None and not g.get("geonameid"):
                        d = 0.0 if e.name.lower() in g["phrase"].lower() or \
                            g["phrase"].lower() in e.name.lower() else math.inf
                    dists.append(d)
                    if e.feature == "country" and g.get("lat") is not None:
                        fair.append(d <= 161 or nearest.country(float(g["lat"]), float(
                            g["lon"])) == e.iso2)
                    else:
                        fair.append(d <= 161)
                    if g.get("geonameid"):
                        with_id += 1
                        exact += str(e.geonameid) == str(g["geonameid"])
                    if d > 161 and len(errors) < args.errors:
                        errors.append(f"FAR   {corpus} {g['phrase']!r} -> {e.name}, {e.admin1}, "
                                      f"{e.country} ({e.feature}) {d:.0f} km")
                if len(errors) < args.errors:
                    for p in pred:
                        if not any(p.start < g["end"] and g["start"] < p.end for g in gold):
                            errors.append(f"EXTRA {corpus} {p.text!r} -> {p.entry.name}, "
                                          f"{p.entry.country}")
        seconds = time.perf_counter() - t_parse
        prec = tp_p / max(n_pred, 1)
        rec = tp_r / max(n_gold, 1)
        within = sum(d <= 161 for d in dists) / max(len(dists), 1)
        finite = [d for d in dists if math.isfinite(d)]
        median = statistics.median(dists) if dists else float("nan")
        fair_within = sum(fair) / max(len(fair), 1)
        rows.append((corpus, n_docs, n_gold, prec, rec, f1(prec, rec), within, fair_within,
                     (exact / with_id) if with_id else None, median, len(finite), seconds))
    for e in errors:
        print(e, file=sys.stderr)
    print(f"split: {args.split}")
    print("| corpus | docs | gold toponyms | recognition P | R | F1 | within 161 km | "
          "within 161 km, countries by containment | exact GeoNames | median error km | s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for corpus, docs, gold, p, r, f, w, fw, ex, med, _, sec in rows:
        exs = f"{ex:.3f}" if ex is not None else "n/a"
        print(f"| {corpus} | {docs} | {gold} | {p:.3f} | {r:.3f} | {f:.3f} | {w:.3f} | "
              f"{fw:.3f} | {exs} | {med:.0f} | {sec:.1f} |")
    print(f"\ngazetteer: open + first look-up {load_s * 1000:.0f} ms, "
          f"max RSS grew {(rss1 - rss0) / 1024:.1f} MB")
    print(f"geoparse alone (parse excluded): {geoparse_speed(gaz):.1f} µs a token")
    return 0


def geoparse_speed(gaz, n_docs: int = 150, repeats: int = 3) -> float:
    """Microseconds a token of `geoparse` on parsed GeoVirus documents, best of `repeats`."""
    from eventledger import nlp
    from eventledger.where.geoparse import geoparse

    with (DATA / "geovirus.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:n_docs]
    docs = nlp.parse_many(texts)
    tokens = sum(len(d) for d in docs)
    for d in docs[:10]:
        geoparse(d, gaz)  # warm the look-up memo as a long run would
    best = math.inf
    for _ in range(repeats):
        t = time.perf_counter()
        for d in docs:
            geoparse(d, gaz)
        best = min(best, time.perf_counter() - t)
    return best / tokens * 1e6


if __name__ == "__main__":
    sys.exit(main())
