import pytest

from conftest import EXAMPLES
from eventledger.backfill import BackfillError, backfill, partitions, read_partition
from eventledger.cli import main
from eventledger.ingest import read_articles
from eventledger.store import Store


def snapshot(db):
    """What must match between two databases: incidents, their links, revisions, deletions
    (timestamps aside: they tell when, not what)."""
    with Store(db) as store:
        events = sorted((json_without(r, "updated_at") for r in store.canonical_events()),
                        key=lambda r: r["event_id"])
        links = store.conn.execute("SELECT event_id, canonical_id FROM event_links "
                                   "ORDER BY event_id").fetchall()
        revisions = store.conn.execute("SELECT canonical_id, cause, detail FROM revisions "
                                       "ORDER BY revision_id").fetchall()
        deletions = [json_without(d, "deleted_at") for d in store.deletions()]
    return events, links, revisions, deletions


def json_without(record, key):
    return {k: v for k, v in record.items() if k != key}


def test_partitions_keep_the_input_order():
    items = list(range(7))
    assert list(partitions(items, 3)) == [[0, 1, 2], [3, 4, 5], [6]]


@pytest.mark.model
@pytest.mark.slow
def test_a_backfill_on_dask_equals_a_serial_ingest_and_resumes(tmp_path):
    serial, dask_db, work = tmp_path / "serial.db", tmp_path / "dask.db", tmp_path / "work"
    assert main(["ingest", str(EXAMPLES), "--db", str(serial), "-q"]) == 0
    articles = list(read_articles([str(EXAMPLES)]))
    assert main(["backfill", str(EXAMPLES), "--db", str(dask_db), "--workdir", str(work),
                 "--workers", "1", "--partition-size", "2", "-q"]) == 0
    assert len(list(work.glob("part-*.parquet"))) == 3
    assert snapshot(dask_db) == snapshot(serial)
    # Killed after two partitions were written and the first was linked: it resumes.
    (work / "part-000002.parquet").unlink()
    dask_db.unlink()
    with Store(dask_db) as store:
        for records in read_partition(str(work / "part-000000.parquet")):
            store.ingest(records, "an earlier run")
    resumed = backfill(articles, dask_db, work, workers=1, partition_size=2)
    assert resumed.partitions_resumed == 2
    assert snapshot(dask_db) == snapshot(serial)
    with pytest.raises(BackfillError):
        backfill(articles[:3], dask_db, work, workers=1, partition_size=2)  # another input
