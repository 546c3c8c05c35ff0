"""The same articles ingested serially and backfilled on a Dask LocalCluster of 1 and 2 workers.

Articles: the news articles of ../shared/data (IndiaPoliceEvents, GeoVirus, TR-News), topped up
to N with articles of five consecutive sentences of the event-location set. Prints articles/s of
each run, the scaling efficiency against one worker, the peak memory of each worker process,
the linking step's cost per article, and whether each backfilled database equals the serial
one (incidents, links, revisions and deletions; timestamps aside).

    .venv/bin/python benchmarks/backfill.py [--articles 2000] [--partition-size 100]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

from common import DATA

from eventledger.backfill import backfill
from eventledger.pipeline import process_stream
from eventledger.schema import Article
from eventledger.store import Store


def articles(n: int) -> list[Article]:
    out: list[Article] = []
    for line in (DATA / "india-police-events" / "metadata.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        out.append(Article(doc_id=f"ipe-{d['doc_id']}", text=d["full_text"],
                           published=d["date"], url=d.get("url")))
    for corpus in ("geovirus", "trnews"):
        for line in (DATA / "geoparsing" / f"{corpus}.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            out.append(Article(doc_id=f"{corpus}-{d['id']}", text=d["text"],
                               published=_day(d.get("dltime"))))
    sentences = [json.loads(line)["text"] for line in
                 (DATA / "event-location" / "event_location_labeled.jsonl").open(encoding="utf-8")]
    k = 0
    while len(out) < n and k + 5 <= len(sentences):
        out.append(Article(doc_id=f"el-{k}", text="\n\n".join(sentences[k:k + 5]),
                           published="2015-06-01"))
        k += 5
    return out[:n]


def _day(value: str | None) -> str:
    try:
        return dt.date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return "2016-12-01"  # the corpora's collection month, where a record has no date


def snapshot(db: Path) -> tuple[object, ...]:
    with Store(db) as store:
        events = sorted(({k: v for k, v in r.items() if k != "updated_at"}
                         for r in store.canonical_events()), key=lambda r: r["event_id"])
        links = store.conn.execute("SELECT * FROM event_links ORDER BY event_id").fetchall()
        revisions = store.conn.execute("SELECT canonical_id, cause, detail FROM revisions "
                                       "ORDER BY revision_id").fetchall()
        deletions = [(d["event_id"], d["merged_into"]) for d in store.deletions()]
    return events, links, revisions, deletions


def serial(items: list[Article], db: Path) -> float:
    t = time.perf_counter()
    with Store(db) as store:
        for records in process_stream(items):
            store.ingest(records, "serial")
    return time.perf_counter() - t


def backfill_run(items: list[Article], db: Path, workers: int, size: int
                 ) -> tuple[float, float, float, list[float]]:
    work = Path(tempfile.mkdtemp())
    t = time.perf_counter()
    report = backfill(items, db, work, workers=workers, partition_size=size)
    total = time.perf_counter() - t
    return total, report.extract_seconds, report.link_seconds, \
        list(report.worker_peak_mb.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--partition-size", type=int, default=100)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not present", file=sys.stderr)
        return 0
    items = articles(args.articles)
    words = sum(len(a.text.split()) for a in items)
    tmp = Path(tempfile.mkdtemp())
    from eventledger import nlp

    nlp.load()  # the serial run's model load is not timed; each worker loads its own
    base = serial(items, tmp / "serial.db")
    reference = snapshot(tmp / "serial.db")
    print(f"{len(items)} articles, {words} words, partitions of {args.partition_size}")
    print("| run | seconds | articles/s | extraction s | linking s | linking ms/article | "
          "scaling efficiency | peak RSS per worker MB | equals serial |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| serial ingest | {base:.1f} | {len(items) / base:.1f} | | | | | | |")
    one = None
    for workers in (1, 2):
        db = tmp / f"dask-{workers}.db"
        total, extract, link, peaks = backfill_run(items, db, workers, args.partition_size)
        rate = len(items) / total
        one = one or rate
        peak = f"{max(peaks):.0f}" if peaks else "n/a"
        print(f"| LocalCluster, {workers} worker(s) | {total:.1f} | {rate:.1f} | {extract:.1f} | "
              f"{link:.1f} | {link / len(items) * 1000:.1f} | {rate / one / workers:.2f} | "
              f"{peak} | {snapshot(db) == reference} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
