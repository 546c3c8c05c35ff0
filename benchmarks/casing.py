"""Lower-cased text: how often it is recognised, what restoring its case costs, and whether the
events of a lower-cased corpus get their places.

- detection: `language.caseless` over the cased English texts of ../shared/data and the
  project's reports (each flagged text is a false alarm) and over the 369 IndiaPoliceEvents
  articles, which are written in lower case;
- speed: `pipeline.text_to_parse` (case restoring) over those articles, in words a second;
- places: the ACLED-coded events of those articles, how many have a country and a place below
  it.

    .venv/bin/python benchmarks/casing.py
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from common import DATA

from eventledger import language, pipeline
from eventledger.export import acled_coded
from eventledger.schema import Article
from eventledger.where import gazetteer

OWN = Path(__file__).resolve().parent / "data" / "own_reports"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cased_texts() -> list[str]:
    texts = [d["text"] for corpus in ("geovirus", "trnews")
             for d in _jsonl(DATA / "geoparsing" / f"{corpus}.jsonl")]
    texts += [d["text"] for name in ("tbaq_timebank_train.jsonl", "tbaq_aquaint_train.jsonl")
              for d in _jsonl(DATA / "timex" / name)]
    texts += [d["text"] for path in sorted(OWN.glob("*.jsonl")) for d in _jsonl(path)
              if d.get("text")]  # (pairs.jsonl holds incidents, not texts)
    return texts


def main() -> int:
    cased = cased_texts()
    meta = {d["doc_id"]: d for d in _jsonl(DATA / "india-police-events" / "metadata.jsonl")}
    india = _jsonl(DATA / "india-police-events" / "docs.jsonl")
    texts = [d["doc_text"] for d in india]
    print("| texts | count | read as lower-case |\n|---|---|---|")
    print(f"| cased (GeoVirus, TR-News, TimeBank, AQUAINT, own reports) | {len(cased)} | "
          f"{sum(map(language.caseless, cased))} |")
    print(f"| IndiaPoliceEvents articles | {len(texts)} | "
          f"{sum(map(language.caseless, texts))} |")

    restore = getattr(pipeline, "text_to_parse", None)
    if restore is not None:  # (the code before case restoring has none)
        gazetteer.load()
        restore(texts[0], "en")  # tables loaded before timing
        start = time.perf_counter()
        for text in texts:
            restore(text, "en")
        seconds = time.perf_counter() - start
        words = sum(len(t.split()) for t in texts)
        print(f"\ncase restoring: {words} words in {seconds:.2f} s, "
              f"{words / seconds:,.0f} words a second")

    articles = [Article(doc_id=str(d["doc_id"]), text=d["doc_text"],
                        published=meta[d["doc_id"]]["date"]) for d in india]
    countries: Counter[str | None] = Counter()
    below = 0
    for recs in pipeline.process_stream(articles):
        for ev in recs.events:
            if acled_coded(ev):
                countries[ev.country] += 1
                below += ev.location is not None and ev.location != ev.country
    print(f"\nIndiaPoliceEvents ACLED-coded events: {sum(countries.values())}; by country "
          f"{dict(countries.most_common())}; placed below the country: {below}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
