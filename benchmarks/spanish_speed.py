"""Spanish against English speed: the whole pipeline over the project's own short reports in each
language (`benchmarks/data/own_reports*`, news items of about the same length), in one process.

Each language's reports are repeated to `--articles` articles, so the two runs do equal work
counts; articles/s and words/s are printed for each, with spaCy's parse alone beside them (issue
#15 asks for Spanish articles/s within 20% of English).

    .venv/bin/python benchmarks/spanish_speed.py [--articles 400]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import cycle, islice
from pathlib import Path

from eventledger import nlp
from eventledger.pipeline import Options, process_article, process_stream, warm_up
from eventledger.schema import Article

DATA = Path(__file__).resolve().parent / "data"
SETS = {"en": ("own_reports", ("dev", "dev2", "test")), "es": ("own_reports_es", ("dev", "test"))}


def reports(language: str, n: int) -> list[Article]:
    """`n` articles cycling through the language's reports (ids made unique)."""
    folder, splits = SETS[language]
    rows = [json.loads(line) for split in splits
            for line in (DATA / folder / f"{split}.jsonl").open(encoding="utf-8")]
    return [Article(doc_id=f"{r['id']}-{i}", text=r["text"], title=r.get("title"),
                    published=r["published"])
            for i, r in enumerate(islice(cycle(rows), n))]


def measure(language: str, n: int) -> dict[str, float]:
    arts = reports(language, n)
    words = sum(len(a.text.split()) for a in arts)
    nlp.load(language)
    process_article(arts[0], options=Options(language=language))  # caches warm
    t0 = time.perf_counter()
    nlp.parse_many([a.text for a in arts], language=language)
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = sum(len(r.events) for r in process_stream(arts))  # language detected, as in use
    pipe_s = time.perf_counter() - t0
    return {"articles": n, "words": words, "parse art/s": n / parse_s,
            "art/s": n / pipe_s, "words/s": words / pipe_s, "events": events}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args()
    warm_up()
    results = {lang: measure(lang, args.articles) for lang in ("en", "es")}
    print("| language | articles | words | spaCy parse art/s | pipeline art/s | pipeline words/s "
          "| events |")
    print("|---|---|---|---|---|---|---|")
    for lang, r in results.items():
        print(f"| {lang} | {r['articles']} | {r['words']:,} | {r['parse art/s']:.1f} | "
              f"{r['art/s']:.1f} | {r['words/s']:,.0f} | {r['events']} |")
    ratio = results["es"]["art/s"] / results["en"]["art/s"]
    print(f"\nSpanish articles/s as a share of English: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
