"""Share of events whose event_date and time_precision are right, on short reports written here.

Each case: a report, its publication date, the PLOVER type of the event to check, and the date
and ACLED time precision a careful coder would give it. The cases were written for this benchmark
and are not used by the test suite.

    .venv/bin/python benchmarks/event_dates.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys

from eventledger.pipeline import process_article
from eventledger.schema import Article

# (text, published, plover type, expected event_date, expected time_precision)
CASES: list[tuple[str, str, str, str, int]] = [
    ("Riot police arrested 14 students in Dhaka on Tuesday.", "2024-02-09", "COERCE",
     "2024-02-06", 1),
    ("KAMPALA, March 3 - Soldiers detained an opposition leader at his home.", "2024-03-04",
     "COERCE", "2024-03-03", 1),
    ("Teachers marched through Lusaka last week to demand unpaid salaries.", "2024-05-17",
     "PROTEST", "2024-05-06", 2),
    ("Farmers blocked the main highway near Cochabamba early last month.", "2024-06-12",
     "PROTEST", "2024-05-01", 3),
    ("On Wednesday, ministers met in Quito. Four days earlier, police had killed a protester "
     "in Guayaquil.", "2024-02-09", "ASSAULT", "2024-02-03", 1),
    ("Thousands of workers continue to strike in Santiago over pensions.", "2024-04-19",
     "PROTEST", "2024-04-19", 2),
    ("Gunmen attacked a bus near Maiduguri yesterday, killing three passengers.", "2024-01-16",
     "ASSAULT", "2024-01-15", 1),
    ("Protesters clashed with police in Karachi on Sunday night.", "2024-03-13", "ASSAULT",
     "2024-03-10", 1),
    ("The army deployed troops to Goma on Monday. The next day, rebels shelled the town.",
     "2024-02-23", "ASSAULT", "2024-02-20", 1),
    ("Unions said they will march in Nairobi on Monday.", "2024-03-15", "PROTEST",
     "2024-03-18", 1),
    ("Police fired tear gas at demonstrators in Tbilisi on 12 May 2024.", "2024-05-14",
     "ASSAULT", "2024-05-12", 1),
    ("Students occupied the university in Caracas on March 2.", "2024-03-05", "PROTEST",
     "2024-03-02", 1),
    ("Police detained 20 activists in Minsk in January.", "2024-03-05", "COERCE", "2024-01-01",
     3),
    ("Security forces killed two protesters in Khartoum on Saturday. Residents said the "
     "victims were shot near the market.", "2024-01-15", "ASSAULT", "2024-01-13", 1),
    ("The government declared a curfew in Port Moresby last weekend.", "2024-01-17", "COERCE",
     "2024-01-13", 2),
    ("Miners went on strike in Oruro, the union said.", "2024-07-02", "PROTEST", "2024-07-02",
     2),
    ("Police arrested the mayor of Valencia two weeks ago.", "2024-06-20", "COERCE",
     "2024-06-03", 2),
    ("Hundreds of residents protested in Beira on 30 December.", "2024-01-04", "PROTEST",
     "2023-12-30", 1),
    ("Soldiers killed five villagers near Mopti this month, a rights group said.",
     "2024-08-21", "ASSAULT", "2024-08-01", 3),
    ("Demonstrators torched a police station in Kisumu overnight.", "2024-07-10", "PROTEST",
     "2024-07-10", 1),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    date_ok = prec_ok = both = found = 0
    for i, (text, published, plover, date, precision) in enumerate(CASES):
        recs = process_article(Article(doc_id=str(i), text=text, published=published))
        ev = next((e for e in recs.events if e.plover_event == plover), None)
        if ev is None:
            if args.verbose:
                print(f"NO EVENT  {plover}: {text}")
            continue
        found += 1
        d, p = ev.event_date == date, ev.time_precision == precision
        date_ok += d
        prec_ok += p
        both += d and p
        if args.verbose and not (d and p):
            print(f"WRONG {ev.event_date}/{ev.time_precision} want {date}/{precision}: {text}")
    n = len(CASES)
    print("| cases | event found | date right | precision right | both right |")
    print("|---|---|---|---|---|")
    print(f"| {n} | {found} | {date_ok}/{n} ({date_ok / n:.0%}) | {prec_ok}/{n} "
          f"({prec_ok / n:.0%}) | {both}/{n} ({both / n:.0%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
