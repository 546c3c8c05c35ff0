import csv
import io
import json

from conftest import run
from eventledger.export import format_table, plover_record, write_acled_csv, write_geojson
from eventledger.taxonomy import acled

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
                "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
                "location,latitude,longitude,geo_precision,source,source_scale,notes,"
                "fatalities,tags,timestamp")


def events():
    return run("Police arrested 30 activists in Nairobi on Tuesday. The minister met the "
               "ambassador on Monday.", published="2024-03-15").events


def test_acled_csv_has_acled_columns_in_order():
    out = io.StringIO()
    n = write_acled_csv(events(), out, timestamp=1700000000)
    lines = out.getvalue().splitlines()
    assert lines[0] == ACLED_HEADER and len(acled()["export_columns"]) == 31
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) >= 1
    arrest = rows[0]
    assert arrest["event_id_cnty"].startswith("KEN") and arrest["iso"] == "404"
    assert arrest["sub_event_type"] == "Arrests" and arrest["timestamp"] == "1700000000"
    assert arrest["region"] == "Eastern Africa"
    assert all(r["event_type"] for r in rows)  # PLOVER-only events are not ACLED rows


def test_acled_csv_leaves_out_unsure_records_unless_asked():
    evs = [e for e in events() if e.event_type]
    evs[0].confidence = 0.3
    assert write_acled_csv(evs, io.StringIO(), timestamp=0) == len(evs) - 1
    assert write_acled_csv(evs, io.StringIO(), timestamp=0, min_confidence=0) == len(evs)


def test_geojson_is_a_feature_collection_of_points():
    out = io.StringIO()
    n = write_geojson(events(), out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n >= 1
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert -2 < lat < 0 and 36 < lon < 38  # Nairobi


def test_plover_record_fields():
    rec = plover_record(events()[0])
    assert {"id", "date", "actor", "event"} <= set(rec)
    assert rec["event"] == "COERCE" and rec["mode"] == "arrest"
    assert rec["size"] == {"arrested": 30}


def test_table_cuts_long_cells():
    table = format_table([{"event_date": "x" * 50}], ("event_date",), width=10)
    assert "x" * 9 + "…" in table


def test_record_rows_as_csv_keep_the_table_columns_and_escape_text():
    import csv
    import io

    from eventledger.export import TABLE_COLUMNS, write_records_csv

    rows = [{"event_date": "2024-03-12", "sub_event_type": "Peaceful protest",
             "actor1": 'Protesters (Kenya), "teachers"', "location": "Nairobi",
             "not_a_column": "dropped"},
            {"event_date": "2024-03-13", "plover_event": "ASSAULT"}]
    out = io.StringIO()
    assert write_records_csv(rows, out) == 2
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(read[0]) == TABLE_COLUMNS
    assert read[0]["actor1"] == 'Protesters (Kenya), "teachers"'
    assert read[1]["plover_event"] == "ASSAULT" and read[1]["actor1"] == ""


def test_parquet_export_has_stable_typed_columns(tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventledger.cli import main
    from eventledger.store import Store

    db = tmp_path / "e.db"
    with Store(db) as store:
        store.ingest(run("Police arrested 45 people in Mombasa on Friday."), "2024-03-16T00:00:00")
    out = tmp_path / "events.parquet"
    assert main(["export", "--format", "parquet", "-o", str(out), "--db", str(db)]) == 0
    table = pq.read_table(out)
    types = dict(zip(table.schema.names, table.schema.types, strict=True))
    assert types["event_date"] == pa.date32() and types["fatalities"] == pa.int64()
    assert types["latitude"] == pa.float64() and types["arrested"] == pa.int64()
    assert types["plover_context"] == pa.list_(pa.string())
    [row] = table.to_pylist()
    assert row["location"] == "Mombasa" and row["arrested"] == 45
    assert row["event_date"] == dt.date(2024, 3, 15) and row["mention_count"] == 1
    raw = tmp_path / "mentions.parquet"
    assert main(["export", "--format", "parquet", "-o", str(raw), "--db", str(db),
                 "--mentions"]) == 0
    assert pq.read_table(raw).schema == table.schema  # same columns, same types
    assert main(["export", "--format", "parquet", "--db", str(db)]) == 2  # needs -o
