"""Cross-article event linking: quality on report groups written here, and link time at scale.

Quality: each report below describes one incident (gold id); reports of the same incident differ
in wording, date expression ("on Monday" vs "January 9"), precision and toll; near-misses (same
day in a neighbouring town, same town the next day, a protest and the police response, another
actor) must stay apart. All reports are ingested into a fresh database; each report's event of
the given PLOVER type is mapped to its canonical event; pairwise and B-cubed precision and recall
compare those clusters with the gold incidents.

Speed: the time to ingest and link one article into databases holding 10,000 and 100,000
synthetic canonical events (spread over 60 countries, two years and the ACLED types).

    .venv/bin/python benchmarks/linking.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from common import f1

from eventledger import incidents
from eventledger.pipeline import process_article
from eventledger.schema import Article, Event
from eventledger.store import Store

# (incident id, PLOVER type, source, published, text)
REPORTS: list[tuple[str, str, str, str, str]] = [
    ("maid", "ASSAULT", "Wire", "2024-01-10",
     "Gunmen killed five people at a market in Maiduguri on Tuesday, police said."),
    ("maid", "ASSAULT", "Daily", "2024-01-11",
     "Five traders were shot dead by gunmen in Maiduguri on January 9."),
    ("maid", "ASSAULT", "Weekly", "2024-01-14",
     "Seven people died when gunmen attacked a market in Maiduguri last week."),
    ("kond", "ASSAULT", "Wire", "2024-01-10",
     "Gunmen killed two farmers in Konduga on Tuesday."),
    ("maid2", "ASSAULT", "Daily", "2024-01-11",
     "Gunmen killed three people in Maiduguri on Wednesday."),
    ("nbo", "PROTEST", "Wire", "2024-03-13",
     "Thousands of teachers marched in Nairobi on Tuesday to demand higher pay."),
    ("nbo", "PROTEST", "Star", "2024-03-13",
     "Teachers protested in Nairobi on March 12 over unpaid salaries."),
    ("nbo", "PROTEST", "Post", "2024-03-15",
     "Hundreds of teachers demonstrated in the Kenyan capital Nairobi on Tuesday."),
    # Since issue #10 the police's tear gas at the march is the march's intervention: one ACLED
    # event (Protest with intervention), so the same gold incident.
    ("nbo", "ASSAULT", "Wire", "2024-03-13",
     "Police fired tear gas at the teachers in Nairobi on Tuesday."),
    ("msa", "PROTEST", "Star", "2024-03-13",
     "Teachers also marched in Mombasa on Tuesday."),
    ("hre", "COERCE", "Herald", "2024-05-21",
     "Police arrested 30 students in Harare on Monday."),
    ("hre", "COERCE", "Wire", "2024-05-22",
     "Zimbabwean police detained 32 university students in Harare on May 20."),
    ("hre2", "COERCE", "Herald", "2024-05-22",
     "Police arrested 12 vendors in Harare on Tuesday."),
    ("lpz", "PROTEST", "Wire", "2024-07-05",
     "Miners blocked roads in La Paz on Thursday to protest fuel shortages."),
    ("lpz", "PROTEST", "Diario", "2024-07-06",
     "On July 4, miners set up roadblocks in La Paz over the lack of fuel."),
    ("oru", "PROTEST", "Diario", "2024-07-06",
     "Miners blocked the highway near Oruro on Friday."),
    ("kar", "ASSAULT", "Dawn", "2024-09-03",
     "Security forces killed two protesters in Karachi on Sunday."),
    ("kar", "ASSAULT", "Wire", "2024-09-02",
     "Two demonstrators were shot dead by police in Karachi on September 1."),
    ("kar", "ASSAULT", "Tribune", "2024-09-04",
     "Police killed three protesters in Karachi over the weekend, rights groups said."),
    ("lhr", "ASSAULT", "Dawn", "2024-09-03",
     "Security forces killed a protester in Lahore on Sunday."),
    ("gom", "ASSAULT", "Radio", "2024-02-20",
     "Rebels shelled Goma on Monday, killing four civilians."),
    ("gom", "ASSAULT", "Wire", "2024-02-21",
     "Four civilians died when rebels shelled the city of Goma on February 19."),
    ("gom-army", "ASSAULT", "Radio", "2024-02-20",
     "The army shelled rebel positions near Goma on Monday."),
]


def clusters_quality(assign: dict[int, str], gold: dict[int, str]) -> dict[str, float]:
    """Pairwise and B-cubed precision/recall/F1 of predicted clusters against gold."""
    ids = sorted(assign)
    pairs_pred = {(a, b) for a, b in itertools.combinations(ids, 2) if assign[a] == assign[b]}
    pairs_gold = {(a, b) for a, b in itertools.combinations(ids, 2) if gold[a] == gold[b]}
    tp = len(pairs_pred & pairs_gold)
    pp = tp / len(pairs_pred) if pairs_pred else 1.0
    pr = tp / len(pairs_gold) if pairs_gold else 1.0
    bp = br = 0.0
    for i in ids:
        pred_c = {j for j in ids if assign[j] == assign[i]}
        gold_c = {j for j in ids if gold[j] == gold[i]}
        bp += len(pred_c & gold_c) / len(pred_c)
        br += len(pred_c & gold_c) / len(gold_c)
    bp, br = bp / len(ids), br / len(ids)

    return {"pair_p": pp, "pair_r": pr, "pair_f1": f1(pp, pr), "b3_p": bp, "b3_r": br,
            "b3_f1": f1(bp, br), "mentions": len(ids), "incidents": len(set(gold.values())),
            "clusters": len(set(assign.values()))}


def quality(verbose: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "q.db") as store:
        wanted = {}
        for i, (_incident, plover, source, published, text) in enumerate(REPORTS):
            recs = process_article(Article(doc_id=f"r{i}", text=text, published=published,
                                           source=source))
            ev = next((e for e in recs.events if e.plover_event == plover), None)
            if ev is None:
                if verbose:
                    print(f"no {plover} event: {text}", file=sys.stderr)
                continue
            store.ingest(recs, f"2024-01-01T00:00:{i:02d}")
            wanted[i] = ev.event_id
        assign, gold = {}, {}
        for i, eid in wanted.items():
            row = store.conn.execute("SELECT canonical_id FROM event_links WHERE event_id=?",
                                     (eid,)).fetchone()
            assign[i], gold[i] = row[0], REPORTS[i][0]
        if verbose:
            for i in sorted(assign):
                print(f"{REPORTS[i][0]:>10} -> {assign[i][:8]}  {REPORTS[i][4]}", file=sys.stderr)
    return clusters_quality(assign, gold)


REAL_COUNTRIES = ("Nigeria", "Kenya", "Zimbabwe", "Bolivia", "Pakistan",
                  "Democratic Republic of Congo")


def synthetic_event(rng: random.Random, i: int) -> Event:
    """An incident in one of 60 countries (the reports' six among them) over 2023-2024, of
    the families the reports produce, so that linking a report scans real candidates."""
    kinds = [("PROTEST", "Protests", "Peaceful protest"), ("ASSAULT", "Violence against "
             "civilians", "Attack"), ("COERCE", "Strategic developments", "Arrests"),
             ("ASSAULT", "Protests", "Excessive force against protesters"),
             ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    plover, etype, sub = rng.choice(kinds)
    k = rng.randrange(60)
    country = REAL_COUNTRIES[k] if k < len(REAL_COUNTRIES) else f"Country{k}"
    date = (dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(730))).isoformat()
    town = rng.randrange(400)
    return Event(event_id=f"syn{i:08d}", doc_id="syn", article_id="synthetic", event_date=date,
                 time_precision=rng.choice((1, 1, 1, 2, 3)), plover_event=plover,
                 event_type=etype, sub_event_type=sub, country=country,
                 admin1=f"Region{town % 20}", location=f"Town{town}", geonameid=town,
                 geo_precision=1, actor1=f"Actor{rng.randrange(50)}", fatalities=rng.randrange(5))


def populate(store: Store, n: int) -> None:
    """Fill a database with n synthetic incidents directly (setup, not what is timed)."""
    rng = random.Random(n)
    conn = store.conn
    conn.execute("BEGIN")
    conn.execute("INSERT INTO articles VALUES ('synthetic','syn',NULL,NULL,NULL,NULL,'',"
                 "'2024-01-01T00:00:00')")
    rows_e, rows_c, rows_l = [], [], []
    for i in range(n):
        ev = synthetic_event(rng, i)
        rec = json.dumps(ev.to_dict())
        win = incidents.window(ev)
        rows_e.append((ev.event_id, "synthetic", ev.event_date, ev.event_type,
                       ev.sub_event_type, ev.plover_event, ev.country, ev.admin1, ev.location,
                       ev.actor1, ev.actor2, ev.fatalities, ev.notes, rec))
        rows_c.append((ev.event_id, incidents.family(ev), ev.event_date, win[1].isoformat(),
                       ev.country, ev.admin1, ev.event_type, ev.sub_event_type,
                       ev.plover_event, ev.actor1, ev.actor2, 1, "2024-01-01T00:00:00",
                       "2024-01-01T00:00:00", rec, "{}"))
        rows_l.append((ev.event_id, ev.event_id))
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows_e)
    conn.executemany("INSERT INTO canonical_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     rows_c)
    conn.executemany("INSERT INTO event_links VALUES (?,?)", rows_l)
    conn.execute("COMMIT")


def link_time(n: int, repeats: int = 20) -> tuple[float, float, float]:
    """Median and worst ms to store and link one article; mean candidates compared."""
    recs_list = [process_article(Article(doc_id=f"t{i}", text=REPORTS[i % len(REPORTS)][4]
                                         + f" ({i})", published=REPORTS[i % len(REPORTS)][3]))
                 for i in range(repeats)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / f"s{n}.db") as store:
        populate(store, n)
        times, scanned = [], []
        for recs in recs_list:
            scanned += [len(store._candidates(ev)) for ev in recs.events]
            t0 = time.perf_counter()
            store.ingest(recs, "2024-06-01T00:00:00")
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        return times[len(times) // 2], times[-1], sum(scanned) / max(len(scanned), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    q = quality(args.verbose)
    print("| reports linked | incidents (gold) | clusters | pairwise P | pairwise R | pairwise F1 "
          "| B-cubed P | B-cubed R | B-cubed F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {q['mentions']} | {q['incidents']} | {q['clusters']} | {q['pair_p']:.3f} | "
          f"{q['pair_r']:.3f} | {q['pair_f1']:.3f} | {q['b3_p']:.3f} | {q['b3_r']:.3f} | "
          f"{q['b3_f1']:.3f} |")
    print()
    print("| canonical events in database | median ms to ingest + link one article | max ms | "
          "candidates compared per event |")
    print("|---|---|---|---|")
    for n in args.sizes:
        med, worst, cands = link_time(n)
        print(f"| {n:,} | {med:.1f} | {worst:.1f} | {cands:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
