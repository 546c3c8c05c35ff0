"""Extraction time against article length: it must grow linearly (issue #10).

Articles of 25, 200 and 800 KB are built by repeating the bundled example reports (written for
this project); each is processed once, after a warm-up, in one process. Linear growth is 8x and
32x the 25 KB time; the aims are at most 12x and 48x.

    .venv/bin/python benchmarks/long_articles.py [--sizes 25 200 800]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventledger.pipeline import process_article, warm_up
from eventledger.schema import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports.jsonl"


def article_of(kb: int) -> Article:
    reports = [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    unit = "\n\n".join(reports) + "\n\n"
    text = (unit * (kb * 1000 // len(unit) + 1))[:kb * 1000]
    return Article(doc_id=f"long-{kb}", text=text, published="2024-07-05")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[25, 200, 800])
    args = ap.parse_args()
    warm_up()
    process_article(article_of(5))
    print("| KB | seconds | events | time / 25 KB time | linear would be |")
    print("|---|---|---|---|---|")
    base = None
    for kb in args.sizes:
        start = time.perf_counter()
        records = process_article(article_of(kb))
        took = time.perf_counter() - start
        base = base or took * 25 / kb
        print(f"| {kb} | {took:.1f} | {len(records.events)} | {took / base:.1f}x | "
              f"{kb / 25:.0f}x |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
