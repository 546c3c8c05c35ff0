"""Learn how English news writes each word's case, for restoring all-lower-case text
(`make train-casing`).

Counts every word's spelling inside sentences (a sentence's first word says nothing about
case) over the dev splits of the cased English text in ../shared/data (TimeBank and AQUAINT,
GeoVirus and TR-News, the event-location sentences, the PLOVER examples) and the project's own
dev reports, and writes `src/eventledger/data/casing.tsv`: each word seen at least twice, with
the spelling news gives it when it is capitalised in most of its uses, or "-" otherwise. Test
splits are never read, so lower-cased test reports measure the table on text it has not seen.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import DATA, split_of  # noqa: E402

from eventledger.truecase import CAPITALISED_SHARE, WORD  # noqa: E402

OUT = ROOT / "src" / "eventledger" / "data" / "casing.tsv"
OWN = ROOT / "benchmarks" / "data" / "own_reports"
MIN_COUNT = 2
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–]\s*|\n\s*)$")


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cased_texts() -> list[str]:
    """The dev-split texts of every cased English corpus at hand."""
    texts = []
    for name in ("tbaq_timebank_train.jsonl", "tbaq_aquaint_train.jsonl"):
        texts += [d["text"] for d in _jsonl(DATA / "timex" / name)
                  if split_of(d["docid"]) == "dev"]
    for corpus in ("geovirus", "trnews"):
        texts += [d["text"] for d in _jsonl(DATA / "geoparsing" / f"{corpus}.jsonl")
                  if split_of(f"{corpus}-{d['id']}") == "dev"]
    texts += [d["text"] for d in _jsonl(DATA / "event-location" / "event_location_labeled.jsonl")
              if split_of(str(d["id"])) == "dev"]
    texts += [d["text"] for d in _jsonl(DATA / "plover" / "plover_gsr_cameo.jsonl")
              if d.get("text") and split_of(d["id"]) == "dev"]
    for path in sorted(OWN.glob("dev*.jsonl")):
        texts += [f"{d['title']}\n\n{d['text']}" for d in _jsonl(path)]
    return texts


def spellings(texts: list[str]) -> dict[str, Counter[str]]:
    """Each lower-cased word's spellings, counted where it does not open a sentence."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for m in WORD.finditer(text):
            if _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
                continue
            seen[m.group().lower()][m.group()] += 1
    return seen


def table(seen: dict[str, Counter[str]]) -> dict[str, str]:
    """word -> its usual capitalised spelling, or "-" for a word mostly written in lower case."""
    out = {}
    for word, forms in seen.items():
        total = sum(forms.values())
        if total < MIN_COUNT:
            continue
        capitalised = total - forms[word]
        # (a word as often lower as not, "march" or "may", stays as written)
        out[word] = max((f for f in forms if f != word), key=lambda f: (forms[f], f)) \
            if capitalised >= CAPITALISED_SHARE * total else "-"
    return out


def main() -> int:
    texts = cased_texts()
    rows = table(spellings(texts))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# word\tits usual spelling in English news, or - when mostly lower case "
                 "(training/casing.py)\n")
        for word in sorted(rows):
            fh.write(f"{word}\t{rows[word]}\n")
    names = sum(v != "-" for v in rows.values())
    print(f"{len(texts)} texts; {len(rows)} words ({names} capitalised) -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
