"""A bounded load test of `eventledger serve` on loopback.

Builds (once, cached beside the script's temp dir) a database of N synthetic incidents — records
made in code with varied places, dates and types, each stored through `Store.ingest` as an
article of its own, so linking, search tables and views are all real — starts the server in a
subprocess, and sends R requests at concurrency C over the main read endpoints. Prints p50/p95
latency per endpoint and overall, and the error count.

    .venv/bin/python benchmarks/serve_load.py [--incidents N] [--requests R] [--concurrency C]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from eventledger.schema import Article, ArticleRecords, Event, Evidence
from eventledger.store import Store

PLACES = [("Kenya", "Nairobi", -1.28, 36.82), ("Kenya", "Mombasa", -4.05, 39.67),
          ("Peru", "Lima", -12.05, -77.04), ("Peru", "Puno", -15.84, -70.02),
          ("Nigeria", "Kano", 12.0, 8.52), ("Nigeria", "Maiduguri", 11.85, 13.16),
          ("Colombia", "Cali", 3.44, -76.52), ("India", "Patna", 25.59, 85.14),
          ("Chile", "Valparaiso", -33.05, -71.62), ("Mali", "Mopti", 14.49, -4.2)]
TYPES = [("Protests", "Peaceful protest", "PROTEST", "Protesters"),
         ("Riots", "Violent demonstration", "PROTEST", "Rioters"),
         ("Battles", "Armed clash", "ASSAULT", "Unidentified Armed Group"),
         ("Strategic developments", "Arrests", "COERCE", "Police Forces"),
         ("Violence against civilians", "Attack", "ASSAULT", "Unidentified Armed Group")]


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = dt.date(2021, 1, 1)
    with Store(path) as store:
        for i in range(n):
            country, town, lat, lon = rng.choice(PLACES)
            etype, sub, plover, actor = rng.choice(TYPES)
            day = (start + dt.timedelta(days=rng.randrange(1100))).isoformat()
            text = f"Report {i}: a {sub.lower()} in {town}, {country}, on {day}."
            art = Article(doc_id=f"r{i}", text=text, published=day, source=f"Wire {i % 7}")
            ev = Event(event_id=f"{i:016x}", doc_id=art.doc_id, article_id=art.article_id,
                       event_date=day, time_precision=1, event_type=etype, sub_event_type=sub,
                       plover_event=plover, actor1=f"{actor} ({country})", country=country,
                       admin1=town, location=town, latitude=lat + rng.uniform(-.2, .2),
                       longitude=lon + rng.uniform(-.2, .2), geo_precision=1,
                       geonameid=10_000_000 + i, fatalities=rng.choice([None, 0, 1, 3]),
                       evidence=[Evidence(text, 0, len(text))], notes=text,
                       source=art.source, confidence=0.8)
            store.ingest(ArticleRecords(article=art, events=[ev]), f"{day}T00:00:00")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def fire(base: str, paths: list[tuple[str, str]], concurrency: int
               ) -> tuple[dict[str, list[float]], int]:
    latencies: dict[str, list[float]] = {}
    errors = 0
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in paths:
        queue.put_nowait(item)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            name, path = queue.get_nowait()
            t = time.perf_counter()
            try:
                res = await client.get(base + path)
                ok = res.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.setdefault(name, []).append((time.perf_counter() - t) * 1000)
            errors += not ok

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return latencies, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--concurrency", type=int, default=16)
    args = ap.parse_args()
    db = Path(tempfile.gettempdir()) / f"eventledger-load-{args.incidents}.db"
    if not db.exists():
        t = time.perf_counter()
        build(db, args.incidents)
        print(f"built {db} with {args.incidents} incidents in {time.perf_counter() - t:.0f} s")
    with Store(db) as store:
        ids = [r["event_id"] for r in store.canonical_events()]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventledger", "serve", "--db", str(db),
                               "--port", str(port)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/events?limit=1", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        rng = random.Random(1)
        kinds = [
            ("list", lambda: "/api/events?limit=100"),
            ("filtered", lambda: f"/api/events?country=Kenya&type=Protests&since=2022-0"
                                 f"{rng.randint(1, 9)}-01&limit=100"),
            ("search", lambda: f"/api/events?q=Report+{rng.randrange(args.incidents)}"),
            ("one", lambda: f"/api/events/{rng.choice(ids)}"),
            ("history", lambda: f"/api/events/{rng.choice(ids)}/history"),
            ("evidence", lambda: f"/api/events/{rng.choice(ids)}/evidence"),
            ("geojson", lambda: "/api/events.geojson?limit=200"),
        ]
        paths = [(name, make()) for name, make in
                 (kinds[i % len(kinds)] for i in range(args.requests))]
        t = time.perf_counter()
        latencies, errors = asyncio.run(fire(base, paths, args.concurrency))
        wall = time.perf_counter() - t
    finally:
        server.terminate()
        server.wait(timeout=10)

    def pct(values: list[float], q: float) -> float:
        return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]

    every = [v for vs in latencies.values() for v in vs]
    print(f"{args.requests} requests, concurrency {args.concurrency}, {len(ids)} incidents, "
          f"{wall:.1f} s ({args.requests / wall:.0f} requests/s), errors: {errors}")
    print("| endpoint | requests | p50 ms | p95 ms |\n|---|---|---|---|")
    for name, values in sorted(latencies.items()):
        print(f"| {name} | {len(values)} | {pct(values, 50):.1f} | {pct(values, 95):.1f} |")
    print(f"| all | {len(every)} | {pct(every, 50):.1f} | {pct(every, 95):.1f} |")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
