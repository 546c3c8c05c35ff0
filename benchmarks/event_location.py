"""Event–place linking accuracy on ../shared/data/event-location (which place an event verb
happened at).

For each sentence, the gold VERB is given; we geoparse the sentence and ask the linker where that
event happened. Scored: end-to-end accuracy (our chosen place overlaps the gold LOCATION span),
the share of gold locations our geoparser recognised at all, and linking accuracy on those.
Examples are split by a hash of their id: dev (80%) for tuning, test (20%) reported.

    .venv/bin/python benchmarks/event_location.py [--split test|dev] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys

from common import DATA as SHARED
from common import split_of

DATA = SHARED / "event-location" / "event_location_labeled.jsonl"



def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not present", file=sys.stderr)
        return 0

    from eventledger import nlp
    from eventledger.where import gazetteer
    from eventledger.where.geoparse import geoparse
    from eventledger.where.link import event_places

    gaz = gazetteer.load()
    examples = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            ex = json.loads(line)
            if ex.get("answer") == "reject" or split_of(str(ex["id"])) != args.split:
                continue
            verbs = [s for s in ex["spans"] if s["label"] == "VERB"]
            places = [s for s in ex["spans"] if s["label"] == "LOCATION"]
            if len(verbs) != 1 or not places:
                continue
            examples.append((ex["text"], verbs[0], places))
    if args.limit:
        examples = examples[: args.limit]

    n = recognised = correct = correct_given = 0
    errors = []
    for doc, (text, verb, gold) in zip(nlp.parse_many([e[0] for e in examples]), examples):
        n += 1
        toponyms, _ = geoparse(doc, gaz)
        span = doc.char_span(verb["start"], verb["end"], alignment_mode="expand")
        if span is None:
            continue
        chosen = event_places(doc, span.root, toponyms, narrative=False)

        def overlaps(t, g):
            return t.start < g["end"] and g["start"] < t.end

        found = any(overlaps(t, g) for t in toponyms for g in gold)
        ok = any(overlaps(t, g) for t in chosen for g in gold)
        recognised += found
        correct += ok
        correct_given += ok and found
        if found and not ok and len(errors) < args.errors:
            errors.append(f"{verb['text']!r} gold={[g['text'] for g in gold]} "
                          f"ours={[t.text for t in chosen]} | {text[:140]}")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"split: {args.split}")
    print("| examples | gold place recognised | end-to-end accuracy | linking accuracy "
          "where recognised |")
    print("|---|---|---|---|")
    print(f"| {n} | {recognised / n:.3f} | {correct / n:.3f} | "
          f"{correct_given / max(recognised, 1):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
