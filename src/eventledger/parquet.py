"""Events as Parquet with stable column types, for DuckDB, pandas and polars.

Each record field is a typed column (dates as dates, counts as 64-bit integers, coordinates as
doubles); nested fields (actors, evidence, an incident's sources) are JSON text columns. The
schema is fixed here, so two exports always agree on types even when a column is all empty.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_STRING = ("record", "doc_id", "event_id", "article_id", "date_text", "disorder_type",
           "event_type", "sub_event_type", "plover_event", "plover_mode", "kind", "actor1",
           "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2", "admin3",
           "location", "modality", "attributed_to", "notes", "source", "source_url")
_DATE = ("event_date", "date_end")
_SMALL = ("time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision")
_COUNT = ("geonameid", "fatalities", "injured", "arrested", "crowd_size", "mention_count")
_FLOAT = ("latitude", "longitude", "confidence")
_JSON = ("actors", "evidence", "sources", "field_sources")


def schema() -> Any:
    """The Arrow schema of an export (canonical columns included; empty for raw records)."""
    import pyarrow as pa

    cols = [(n, pa.string()) for n in _STRING] + [(n, pa.date32()) for n in _DATE] + \
        [(n, pa.int16()) for n in _SMALL] + [(n, pa.int64()) for n in _COUNT] + \
        [(n, pa.float64()) for n in _FLOAT] + [("plover_context", pa.list_(pa.string()))] + \
        [(n, pa.string()) for n in _JSON] + [("updated_at", pa.string())]
    return pa.schema(cols)


def write_parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write event records (dicts) to `path` whole (a temporary file, then renamed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema()
    columns: dict[str, list[Any]] = {name: [] for name in sch.names}
    n = 0
    for rec in records:
        n += 1
        for name in sch.names:
            value = rec.get(name)
            if name in _DATE:
                value = dt.date.fromisoformat(value) if value else None
            elif name in _JSON:
                value = None if value is None else json.dumps(value, ensure_ascii=False)
            columns[name].append(value)
    table = pa.table({name: pa.array(values, sch.field(name).type)
                      for name, values in columns.items()}, schema=sch)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)
    return n
