"""Whole-report coding quality on short news reports written for this project
(`benchmarks/data/own_reports/`, invented incidents with the events a careful ACLED coder would
code). `dev` is looked at while fixing errors; `test` is reported and never inspected.

Reports are scored as detection × field accuracy:
- detection: gold events matched one-to-one to our asserted ACLED-typed events (a pair matches
  when at least two of sub-event type, date and place agree; best pairs first), as P/R/F1;
- field accuracy: over matched pairs, the share with the right sub-event type, date, place (the
  location or its admin2, by name or as the same gazetteer place under another spelling) and
  toll (fatalities; none counts as 0), averaged over the four fields;
- score = detection F1 × mean field accuracy (issue #10 asks for at least 0.80).

`pairs` ingests each incident told by two outlets into a fresh database and checks that it
becomes one canonical event listing both sources, with the gold type, toll, date and place.
`--language es` scores the Spanish reports of `benchmarks/data/own_reports_es/` the same way
(their language is detected, as for any input).

    .venv/bin/python benchmarks/own_reports.py [--split dev|test|pairs] [--errors] [--language es]
        [--min-confidence P] [--lower-case]

`--lower-case` reads the reports lower-cased, to measure what case-less corpora lose.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from eventledger.export import ACLED_MIN_CONFIDENCE
from eventledger.pipeline import DEFAULT, Options, process_stream
from eventledger.schema import Article, Event
from eventledger.store import Store
from eventledger.where import gazetteer
from eventledger.where.gazetteer import fold

DATA = Path(__file__).resolve().parent / "data" / "own_reports"
DATA_BY_LANGUAGE = {"en": DATA, "es": DATA.with_name("own_reports_es")}
FIELDS = ("type", "date", "place", "toll")


def _article(report: dict[str, Any], lower_case: bool = False) -> Article:
    def cased(text: str | None) -> str | None:
        return text.lower() if lower_case and text else text

    return Article(doc_id=report["id"], text=cased(report["text"]) or "",
                   title=cased(report.get("title")), published=report.get("published"),
                   source=report.get("source"))


def _coded(events: list[Event], min_confidence: float = ACLED_MIN_CONFIDENCE) -> list[Event]:
    """What an ACLED coder would record: asserted (or claimed) events with an ACLED sub-event
    type, as sure as the ACLED export requires."""
    return [e for e in events if e.sub_event_type and e.modality in ("asserted", "claimed")
            and e.confidence >= min_confidence]


def _place_right(gold: dict[str, Any], ev: Event | dict[str, Any]) -> bool:
    """Our location (or its admin2) is the gold place: the same name, or the same gazetteer
    place under another spelling ("Gondar" and "Gonder"). Where the gold place is a
    neighbourhood, the town it is in (the gold `town`, in sets that give one) is right too; a
    same-name place in another country than the gold one is wrong."""
    get = ev.get if isinstance(ev, dict) else (lambda k: getattr(ev, k))
    names = {fold(n) for n in (get("location"), get("admin2")) if n}
    gold_places = [p for p in (gold["location"], gold.get("town")) if p]
    if any(fold(p) in names for p in gold_places):
        return True
    places = gazetteer.load()
    # (a place of that name in the gold country only: "Saul" in French Guiana is not Seoul,
    # which the gazetteer also spells so)
    countries = {e.iso2 for e in places.lookup(gold.get("country") or "") if e.feature == "country"}
    return any(get("geonameid") in {e.geonameid for e in places.lookup(p)
                                    if not countries or e.iso2 in countries}
               for p in gold_places)


def _fields(gold: dict[str, Any], ev: Event | dict[str, Any]) -> dict[str, bool]:
    get = ev.get if isinstance(ev, dict) else (lambda k: getattr(ev, k))
    return {"type": get("sub_event_type") == gold["sub_event_type"],
            "date": get("event_date") == gold["event_date"],
            "place": _place_right(gold, ev),
            "toll": (get("fatalities") or 0) == (gold.get("fatalities") or 0)}


def _matches(f: dict[str, bool]) -> bool:
    return f["type"] + f["date"] + f["place"] >= 2


def _match(gold: list[dict[str, Any]], ours: list[Event]
           ) -> list[tuple[dict[str, Any], Event, dict[str, bool]]]:
    """One-to-one pairs, best first; a pair needs two of type, date and place right."""
    scored = []
    for gi, g in enumerate(gold):
        for oi, e in enumerate(ours):
            f = _fields(g, e)
            if _matches(f):
                scored.append((sum(f.values()), -abs(gi - oi), gi, oi, f))
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_o: set[int] = set()
    pairs = []
    for _, _, gi, oi, f in scored:
        if gi in used_g or oi in used_o:
            continue
        used_g.add(gi)
        used_o.add(oi)
        pairs.append((gold[gi], ours[oi], f))
    return pairs


def score_reports(split: str, show_errors: bool = False, data: Path = DATA,
                  options: Options = DEFAULT,
                  min_confidence: float = ACLED_MIN_CONFIDENCE,
                  lower_case: bool = False) -> dict[str, float]:
    reports = [json.loads(line) for line in (data / f"{split}.jsonl").open(encoding="utf-8")]
    results = process_stream([_article(r, lower_case) for r in reports], options=options)
    tp = n_gold = n_ours = 0
    right = dict.fromkeys(FIELDS, 0)
    for report, recs in zip(reports, results):
        ours = _coded(recs.events, min_confidence)
        pairs = _match(report["gold"], ours)
        tp += len(pairs)
        n_gold += len(report["gold"])
        n_ours += len(ours)
        for _, _, f in pairs:
            for k in FIELDS:
                right[k] += f[k]
        if show_errors:
            _print_errors(report, ours, pairs)
    p = tp / n_ours if n_ours else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = {k: right[k] / tp if tp else 0.0 for k in FIELDS}
    mean_acc = sum(acc.values()) / len(FIELDS)
    return {"reports": len(reports), "gold": n_gold, "ours": n_ours, "matched": tp,
            "P": p, "R": r, "F1": f1, **acc, "field_mean": mean_acc, "score": f1 * mean_acc}


def _print_errors(report: dict[str, Any], ours: list[Event], pairs: list) -> None:
    matched_g = {id(g) for g, _, _ in pairs}
    matched_o = {id(e) for _, e, _ in pairs}
    lines = []
    for g, e, f in pairs:
        wrong = [k for k in FIELDS if not f[k]]
        if wrong:
            lines.append(f"  FIELD {wrong}: gold {_gold_str(g)} | ours {_ev_str(e)}")
    lines += [f"  MISS  {_gold_str(g)}" for g in report["gold"] if id(g) not in matched_g]
    lines += [f"  EXTRA {_ev_str(e)} :: {e.evidence[0].text[:90]}" for e in ours
              if id(e) not in matched_o]
    if lines:
        print(f"{report['id']} ({report['published']}): {report.get('title')}")
        print("\n".join(lines))


def _gold_str(g: dict[str, Any]) -> str:
    return f"{g['sub_event_type']} {g['event_date']} {g['location']} fat={g.get('fatalities')}"


def _ev_str(e: Event) -> str:
    return f"{e.sub_event_type} {e.event_date} {e.location} fat={e.fatalities}"


def score_pairs(show_errors: bool = False) -> dict[str, float]:
    """Each incident told by two outlets, ingested into a fresh database: one event listing
    both sources, with the gold type, toll, date and place."""
    pairs = [json.loads(line) for line in (DATA / "pairs.jsonl").open(encoding="utf-8")]
    one = both = fields_right = 0
    for pair in pairs:
        gold = pair["reports"][0]["gold"][0]
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "pair.db") as store:
            for i, recs in enumerate(process_stream([_article(r) for r in pair["reports"]])):
                store.ingest(recs, f"2026-01-01T00:00:0{i}")
            canon = [c for c in store.canonical_events()
                     if c.get("sub_event_type") and c.get("modality") in ("asserted", "claimed")]
        hits = [c for c in canon if _matches(_fields(gold, c))]
        best = max(hits, key=lambda c: sum(_fields(gold, c).values()), default=None)
        ok_one = len(hits) == 1
        ok_both = best is not None and len(best.get("sources") or []) >= 2
        ok_fields = best is not None and all(_fields(gold, best).values())
        one += ok_one
        both += ok_both
        fields_right += ok_fields
        if show_errors and not (ok_one and ok_both and ok_fields):
            print(f"{pair['pair_id']}: gold {_gold_str(gold)}; {len(hits)} matching canonical "
                  f"events: " + "; ".join(
                      f"{c.get('sub_event_type')} {c.get('event_date')} {c.get('location')} "
                      f"fat={c.get('fatalities')} sources={len(c.get('sources') or [])}"
                      for c in hits))
    n = len(pairs)
    return {"pairs": n, "one event": one / n, "both sources": both / n,
            "type, toll, date, place right": fields_right / n}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test",
                    help="a file of the data folder (dev, dev2, dev3, test, test2) or pairs")
    ap.add_argument("--errors", action="store_true", help="print errors (dev and pairs only)")
    ap.add_argument("--language", choices=sorted(DATA_BY_LANGUAGE), default="en",
                    help="which reports: English (own_reports) or Spanish (own_reports_es)")
    ap.add_argument("--rules-only", action="store_true", help="without the typing model")
    ap.add_argument("--min-confidence", type=float, default=ACLED_MIN_CONFIDENCE, metavar="P",
                    help="count records at least this sure (default: the ACLED export's)")
    ap.add_argument("--lower-case", action="store_true",
                    help="read the reports lower-cased, as case-less corpora are written")
    args = ap.parse_args()
    data = DATA_BY_LANGUAGE[args.language]
    if args.split != "pairs" and not (data / f"{args.split}.jsonl").is_file():
        splits = ", ".join(sorted(f.stem for f in data.glob("*.jsonl")))
        ap.error(f"no split {args.split!r} in {data.name} (there are: {splits})")
    if args.split == "pairs":
        res = score_pairs(args.errors)
        print("| pairs | one event | both sources | type, toll, date, place right |")
        print("|---|---|---|---|")
        print(f"| {res['pairs']} | {res['one event']:.2f} | {res['both sources']:.2f} | "
              f"{res['type, toll, date, place right']:.2f} |")
        return 0
    res = score_reports(args.split, args.errors and args.split.startswith("dev"),
                        data, Options(rules_only=args.rules_only), args.min_confidence,
                        args.lower_case)
    print(f"split: {args.split} ({args.language}), records at least {args.min_confidence} sure"
          + (", lower-cased" if args.lower_case else ""))
    print("| reports | gold events | ours | matched | P | R | F1 | type | date | place | toll "
          "| field mean | score |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {res['reports']} | {res['gold']} | {res['ours']} | {res['matched']} | "
          + " | ".join(f"{res[k]:.3f}" for k in ("P", "R", "F1", *FIELDS, "field_mean",
                                                  "score")) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
