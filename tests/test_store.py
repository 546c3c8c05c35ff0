import sqlite3

import pytest

from conftest import run
from eventledger.schema import Figure
from eventledger.store import SCHEMA_VERSION, EventFilter, Store, StoreError

TEXT = ("Police arrested 30 activists in Nairobi on Tuesday. Thousands marched in Mombasa "
        "on Wednesday.")


@pytest.fixture(scope="module")
def records():
    return run(TEXT, published="2024-03-15")


def test_ingest_is_idempotent(tmp_path, records):
    with Store(tmp_path / "e.db") as store:
        first = store.ingest(records, "t")
        counts = store.counts()
        again = store.ingest(records, "t")
        assert first.articles_added == 1 and again.articles_skipped == 1
        assert store.counts() == counts and counts["events"] == len(records.events) > 0


def test_filters_and_full_text(tmp_path, records):
    with Store(tmp_path / "e.db") as store:
        store.ingest(records, "t")
        assert {e.location for e in store.events(EventFilter(event_type="Arrests"))} == \
            {"Nairobi"}
        assert all(e.country == "Kenya" for e in store.events(EventFilter(country="kenya")))
        assert list(store.events(EventFilter(since="2024-03-12"))) and \
            not list(store.events(EventFilter(since="2024-04-01")))
        assert list(store.events(EventFilter(text="arrested")))
        assert list(store.events(EventFilter(text='"; DROP TABLE events; --'))) == []
        ev = next(store.events())
        assert store.event(ev.event_id[:8]).event_id == ev.event_id


def test_failed_write_leaves_nothing(tmp_path, records):
    class Boom(Exception):
        pass

    broken = run(TEXT, published="2024-03-15", doc_id="other")
    assert broken.events
    # A figure that cannot be serialised fails the write after the events went in.
    broken.figures.append(Figure("f", "other", broken.article.article_id, "other", Boom()))
    with Store(tmp_path / "e.db") as store:
        with pytest.raises(TypeError):
            store.ingest(broken, "t")
        assert store.counts() == {"articles": 0, "events": 0, "figures": 0,
                                  "canonical_events": 0}


def test_refuses_files_that_are_not_its_database(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 10)
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not an eventledger database"):
        Store(other)
    newer = tmp_path / "newer.db"
    Store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(newer)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.db", create=False)


def test_reports_of_one_incident_become_one_event_with_history(tmp_path):
    reports = [
        ("Gunmen killed five people at a market in Maiduguri on Tuesday, police said.",
         "2024-01-10", "Wire"),
        ("Five traders were shot dead by gunmen in Maiduguri on January 9.", "2024-01-11",
         "Daily"),
        ("Seven people died when gunmen attacked a market in Maiduguri on Tuesday.",
         "2024-01-12", "Weekly"),
        ("Gunmen killed two farmers in Konduga on Tuesday.", "2024-01-10", "Wire"),
    ]
    with Store(tmp_path / "e.db") as store:
        for i, (text, published, source) in enumerate(reports):
            recs = run(text, published=published, doc_id=f"r{i}")
            for e in recs.events:
                e.source = source
            recs.article.source = source
            store.ingest(recs, f"2024-01-1{i}T00:00:00")
        incidents = [r for r in store.canonical_events() if r["plover_event"] == "ASSAULT"]
        by_place = {r["location"]: r for r in incidents}
        assert set(by_place) == {"Maiduguri", "Konduga"}
        maiduguri = by_place["Maiduguri"]
        assert maiduguri["mention_count"] == 3
        assert maiduguri["fatalities"] == 5 and "Sources differ" in maiduguri["notes"]
        assert {s["source"] for s in maiduguri["sources"]} == {"Wire", "Daily", "Weekly"}
        member_ids = {s["event_id"] for s in maiduguri["sources"]}
        assert maiduguri["field_sources"]["fatalities"] in member_ids
        cid, revisions = store.history(maiduguri["event_id"])
        assert cid == maiduguri["event_id"] and len(revisions) == 3
        assert revisions[0]["cause"].startswith("created")
        assert [r["cause"].split(":")[0] for r in revisions[1:]] == ["new source", "new source"]
        # The lowest toll came first, so no later report changed it.
        assert not any("fatalities" in r["detail"].get("changed", {}) for r in revisions)


def test_a_lower_toll_revises_the_event_and_says_so(tmp_path):
    with Store(tmp_path / "e.db") as store:
        for i, (text, published) in enumerate([
                ("Gunmen killed seven traders at a market in Maiduguri on Tuesday.", "2024-01-10"),
                ("Gunmen killed five traders at a market in Maiduguri on Tuesday, police said.",
                 "2024-01-11")]):
            store.ingest(run(text, published=published, doc_id=f"t{i}"), f"2024-01-1{i}T00:00")
        [incident] = [r for r in store.canonical_events() if r["plover_event"] == "ASSAULT"]
        assert incident["fatalities"] == 5 and incident["mention_count"] == 2
        _, revisions = store.history(incident["event_id"])
        assert revisions[-1]["detail"]["changed"]["fatalities"] == [7, 5]


def test_a_vague_report_never_bridges_two_separate_incidents(tmp_path):
    with Store(tmp_path / "e.db") as store:
        a = run("Police arrested 30 students in Harare on Monday.", published="2024-03-13",
                doc_id="a")
        b = run("Police arrested 30 students in Harare on Tuesday.", published="2024-03-13",
                doc_id="b")
        store.ingest(a, "2024-03-13T01:00:00")
        store.ingest(b, "2024-03-13T02:00:00")
        assert len(list(store.canonical_events())) == 2  # different days stay apart
        week = run("Police arrested 30 students in Harare last week.", published="2024-03-18",
                   doc_id="c")
        store.ingest(week, "2024-03-18T01:00:00")
        assert len(list(store.canonical_events())) == 2  # a vague date joins, never bridges
        assert store.deletions() == []


def test_a_version_1_database_is_migrated_and_its_events_linked(tmp_path, records):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.ingest(records, "2024-03-15T00:00:00")
        raw = store.counts()["events"]
        # Make it a version-1 file: no linking tables yet, search tables of their own.
        for table in ("canonical_events", "event_links", "revisions", "deletions"):
            store.conn.execute(f"DROP TABLE {table}")
        store.conn.execute("DROP TABLE events_fts")
        store.conn.execute("CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, "
                           "notes, evidence)")
        store.conn.execute("PRAGMA user_version=1")
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts()["events"] == raw
        assert 0 < store.counts()["canonical_events"] <= raw
        assert all(store.history(r["event_id"])[1] for r in store.canonical_events())


def test_a_version_2_database_gets_the_protest_family_so_new_reports_still_link(tmp_path):
    text = ("Thousands of teachers marched in Nairobi, Kenya, on Tuesday. Police fired tear "
            "gas at them.")
    path = tmp_path / "v2.db"
    with Store(path) as store:
        store.ingest(run(text, doc_id="a", source="A"), "2024-03-15T00:00:00")
        # Make it a version-2 file: incidents filed under the old family names.
        store.conn.execute("UPDATE canonical_events SET family='PROTEST/Protests/event'")
        store.conn.execute("PRAGMA user_version=2")
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert {r for (r,) in store.conn.execute("SELECT family FROM canonical_events")} == \
            {"protest/event"}
        other = ("Police in Nairobi, Kenya, used tear gas on Tuesday to disperse marching "
                 "teachers.")
        store.ingest(run(other, doc_id="b", source="B"), "2024-03-16T00:00:00")
        [incident] = [r for r in store.canonical_events() if r["sub_event_type"]]
        assert len(incident["sources"]) == 2


def test_pages_counts_and_any_id_of_an_incident(tmp_path, records):
    with Store(tmp_path / "e.db") as store:
        store.ingest(records, "t")
        every = list(store.canonical_events())
        assert store.count_canonical() == len(every) >= 2
        assert list(store.canonical_events(EventFilter(limit=1, offset=1))) == every[1:2]
        assert store.count_canonical(EventFilter(text="arrested")) == 1
        member = next(store.events())
        assert store.canonical_event(member.event_id)["event_id"] in {e["event_id"]
                                                                       for e in every}
        assert store.canonical_event("nothing-like-this") is None
        article = store.article(member.article_id)
        assert article["text"] == TEXT and article["published"] == "2024-03-15"


def test_search_tables_read_their_content_and_flat_views_carry_coordinates(tmp_path, records):
    path = tmp_path / "e.db"
    with Store(path) as store:
        store.ingest(records, "t")
    conn = sqlite3.connect(path)
    sql = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'"))
    assert 'content="events"' in sql["events_fts"] and 'content="articles"' in sql["articles_fts"]
    rows = conn.execute("SELECT location, latitude, longitude FROM events_flat "
                        "WHERE location='Nairobi'").fetchall()
    assert rows and all(lat is not None and lon is not None for _, lat, lon in rows)
    hits = conn.execute("SELECT e.location FROM events e JOIN events_fts f ON f.rowid = e.rowid "
                        "WHERE events_fts MATCH 'arrested'").fetchall()
    assert hits == [("Nairobi",)]
    assert conn.execute("SELECT COUNT(*) FROM mentions_flat").fetchone()[0] == \
        len(records.events)


def test_a_reader_cannot_write(tmp_path, records):
    path = tmp_path / "e.db"
    with Store(path) as store:
        store.ingest(records, "t")
    reader = Store(path, readonly=True)
    assert reader.count_canonical() >= 2
    with pytest.raises(sqlite3.OperationalError):
        reader.conn.execute("DELETE FROM events")
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.db", readonly=True)


def test_an_article_keeps_its_language(tmp_path):
    french = ("Des centaines d'agriculteurs ont bloqué lundi la route principale de la région "
               "pour exiger la libération de leurs dirigeants, et la police a interpellé vingt "
               "personnes pendant la manifestation, selon le bureau du médiateur.")
    records = run(french, published="2024-03-01")
    assert records.article.language == "fr" and records.events == []
    with Store(tmp_path / "e.db") as store:
        store.ingest(records, "t")
        assert store.article(records.article.article_id)["language"] == "fr"
