"""Throughput of `extract` against spaCy's own parse on the same texts, in the same run.

Corpus: the IndiaPoliceEvents articles in ../shared/data (read from there, never committed).
Prints a Markdown table row; the numbers in benchmarks/README.md come from this script.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--workers N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from common import DATA as SHARED

from eventledger import nlp
from eventledger.pipeline import process_article, process_stream, warm_up
from eventledger.schema import Article

DATA = SHARED / "india-police-events" / "docs.jsonl"


def corpus(limit: int) -> list[Article]:
    """Articles with their publication date (the corpus covers March 2002)."""
    arts = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            arts.append(Article(doc_id=str(doc["doc_id"]), text=doc["doc_text"],
                                published="2002-03-15"))
            if len(arts) >= limit:
                break
    return arts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=369)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not present", file=sys.stderr)
        return 0
    arts = corpus(args.limit)
    words = sum(len(a.text.split()) for a in arts)
    warm_up()
    process_article(Article("warm", "Police arrested two men in Delhi.", published="2002-03-15"))

    t0 = time.perf_counter()
    docs = nlp.parse_many([a.text for a in arts])
    spacy_s = time.perf_counter() - t0
    del docs

    t0 = time.perf_counter()
    n_events = n_figures = 0
    for rec in process_stream(arts, workers=args.workers):
        n_events += len(rec.events)
        n_figures += len(rec.figures)
    pipe_s = time.perf_counter() - t0

    print("| articles | words | workers | spaCy parse art/s | spaCy words/s | extract art/s "
          "| extract words/s | extract / spaCy time | events | figures |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {len(arts)} | {words} | {args.workers} | {len(arts) / spacy_s:.1f} | "
          f"{words / spacy_s:,.0f} | {len(arts) / pipe_s:.1f} | {words / pipe_s:,.0f} | "
          f"{pipe_s / spacy_s:.2f} | {n_events} | {n_figures} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
