"""The SQLite store: articles, events and figures, with full-text search and schema migrations.

Each article is written in one transaction with its records, so a crash leaves no half-written
article; an article already present (same content address) is skipped, so ingest is idempotent.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventledger import incidents
from eventledger.schema import ArticleRecords, Event, Figure

SCHEMA_VERSION = 6
SQLITE_MAGIC = b"SQLite format 3\x00"

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE articles (
        article_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, title TEXT, published TEXT,
        source TEXT, url TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        event_date TEXT, event_type TEXT, sub_event_type TEXT, plover_event TEXT,
        country TEXT, admin1 TEXT, location TEXT, actor1 TEXT, actor2 TEXT,
        fatalities INTEGER, notes TEXT, record TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_place ON events(country, admin1);
    CREATE INDEX events_type ON events(event_type, plover_event);
    CREATE INDEX events_article ON events(article_id);
    CREATE TABLE figures (
        figure_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        metric TEXT, value REAL, as_of TEXT, scope TEXT, record TEXT NOT NULL
    );
    CREATE INDEX figures_metric ON figures(metric, scope, as_of);
    CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text);
    CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, notes, evidence);
    """,
    2: """
    CREATE TABLE canonical_events (
        canonical_id TEXT PRIMARY KEY, family TEXT NOT NULL, event_date TEXT,
        window_end TEXT, country TEXT, admin1 TEXT, event_type TEXT, sub_event_type TEXT,
        plover_event TEXT, actor1 TEXT, actor2 TEXT, mention_count INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, record TEXT NOT NULL,
        field_sources TEXT NOT NULL
    );
    CREATE INDEX canonical_candidates ON canonical_events(family, country, event_date);
    CREATE INDEX canonical_date ON canonical_events(event_date);
    CREATE TABLE event_links (
        event_id TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
        canonical_id TEXT NOT NULL
    );
    CREATE INDEX event_links_canonical ON event_links(canonical_id);
    CREATE TABLE revisions (
        revision_id INTEGER PRIMARY KEY AUTOINCREMENT, canonical_id TEXT NOT NULL,
        at TEXT NOT NULL, cause TEXT NOT NULL, detail TEXT NOT NULL
    );
    CREATE INDEX revisions_canonical ON revisions(canonical_id);
    CREATE TABLE deletions (
        canonical_id TEXT PRIMARY KEY, merged_into TEXT, at TEXT NOT NULL, cause TEXT NOT NULL
    );
    """,
    # 0.2: a protest is one incident family whether told by the march or by the force used on
    # it; stored incidents get the new family (below), so that new reports still find them.
    3: "",
    # 0.2: search tables that read their content tables (so Datasette finds them) and flat
    # views with places and coordinates as columns (so its map plugins draw them).
    4: "",
    # 0.2: what `watch` has read, so that a restart resumes and no page is fetched twice.
    5: """
    CREATE TABLE IF NOT EXISTS feeds (
        url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT, status TEXT
    );
    CREATE TABLE IF NOT EXISTS feed_items (
        url TEXT PRIMARY KEY, feed_url TEXT NOT NULL, seen_at TEXT NOT NULL,
        status TEXT NOT NULL, article_id TEXT
    );
    CREATE INDEX IF NOT EXISTS feed_items_feed ON feed_items(feed_url, seen_at);
    """,
    # 0.2: the language each article is in (given, or identified when sure).
    6: "",
}
_SEARCH_AND_VIEWS = """
DROP TRIGGER IF EXISTS events_fts_insert;
DROP TRIGGER IF EXISTS events_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP VIEW IF EXISTS events_flat;
DROP VIEW IF EXISTS mentions_flat;
DROP TABLE IF EXISTS events_fts;
DROP TABLE IF EXISTS articles_fts;
CREATE VIRTUAL TABLE events_fts USING fts5(notes, evidence, content="events");
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, notes, evidence) VALUES (new.rowid, new.notes, new.evidence);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, notes, evidence)
  VALUES ('delete', old.rowid, old.notes, old.evidence);
END;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles");
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
  VALUES ('delete', old.rowid, old.title, old.text);
END;
DROP INDEX IF EXISTS canonical_filter;
CREATE INDEX canonical_filter ON canonical_events(event_date, country COLLATE NOCASE,
  admin1 COLLATE NOCASE, event_type COLLATE NOCASE, sub_event_type COLLATE NOCASE,
  plover_event COLLATE NOCASE, actor1, actor2, canonical_id);
CREATE VIEW events_flat AS SELECT
  canonical_id AS event_id, event_date, json_extract(record, '$.date_end') AS date_end,
  json_extract(record, '$.time_precision') AS time_precision, event_type, sub_event_type,
  plover_event, actor1, actor2, country, admin1, json_extract(record, '$.admin2') AS admin2,
  json_extract(record, '$.location') AS location,
  json_extract(record, '$.latitude') AS latitude,
  json_extract(record, '$.longitude') AS longitude,
  json_extract(record, '$.geo_precision') AS geo_precision,
  json_extract(record, '$.fatalities') AS fatalities,
  json_extract(record, '$.injured') AS injured, json_extract(record, '$.arrested') AS arrested,
  json_extract(record, '$.modality') AS modality, json_extract(record, '$.notes') AS notes,
  mention_count, created_at, updated_at
FROM canonical_events;
CREATE VIEW mentions_flat AS SELECT
  e.event_id, l.canonical_id, e.article_id, a.source, a.url, a.published, e.event_date,
  e.event_type, e.sub_event_type, e.plover_event, e.actor1, e.actor2, e.country, e.admin1,
  e.location, json_extract(e.record, '$.latitude') AS latitude,
  json_extract(e.record, '$.longitude') AS longitude,
  json_extract(e.record, '$.geo_precision') AS geo_precision, e.fatalities, e.evidence
FROM events e JOIN articles a ON a.article_id = e.article_id
LEFT JOIN event_links l ON l.event_id = e.event_id;
"""
# Filter columns of a canonical event, kept beside its JSON record for indexed queries.
_CANONICAL_COLUMNS = ("event_date", "country", "admin1", "event_type", "sub_event_type",
                      "plover_event", "actor1", "actor2")


class StoreError(Exception):
    """A database that cannot be used; the message is one line naming the file."""


@dataclass(slots=True)
class IngestResult:
    """What one ingest changed."""

    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    figures_added: int = 0

    def __iadd__(self, other: IngestResult) -> IngestResult:
        """Add another ingest's counts (a batch's total)."""
        self.articles_added += other.articles_added
        self.articles_skipped += other.articles_skipped
        self.events_added += other.events_added
        self.figures_added += other.figures_added
        return self


@dataclass(slots=True)
class EventFilter:
    """Filters for listing events; None means no constraint."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int | None = None


class Store:
    """An eventledger database file."""

    def __init__(self, path: str | Path, create: bool = True, readonly: bool = False) -> None:
        self.path = Path(path)
        if self.path.exists():
            _check_is_sqlite(self.path)
        elif not create or readonly:
            raise StoreError(f"{self.path}: no such database (ingest something first)")
        try:
            if readonly:  # a reader beside a server's writer: any thread, never a write
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                            isolation_level=None, timeout=30,
                                            check_same_thread=False)
                if self.schema_version() != SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: schema version {self.schema_version()}, "
                                     f"not {SCHEMA_VERSION}: open it once for writing first")
                return
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA recursive_triggers=ON")  # REPLACE keeps search in step
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable eventledger database ({exc})") from None

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        """The schema version recorded in the file."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version} is newer than this "
                             f"eventledger understands ({SCHEMA_VERSION}); upgrade eventledger")
        if version == 0 and self._has_foreign_tables():
            raise StoreError(f"{self.path}: an SQLite file, but not an eventledger database")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                for statement in _split_sql(_MIGRATIONS[target]):
                    self.conn.execute(statement)
                if target == 2:
                    self._file_all_under_incidents("schema upgrade: events linked across "
                                                   "articles")
                if target == 3:
                    self._refresh_families()
                if target == 4:
                    self._link_search_tables()
                if target == 6:
                    self._add_column("articles", "language", "TEXT")
                self.conn.execute(f"PRAGMA user_version={target}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _refresh_families(self) -> None:
        """Recompute each stored incident's family (inside the migration's transaction)."""
        rows = self.conn.execute("SELECT canonical_id, record FROM canonical_events").fetchall()
        self.conn.executemany(
            "UPDATE canonical_events SET family=? WHERE canonical_id=?",
            [(incidents.family(Event.from_dict(json.loads(record))), cid) for cid, record in rows])

    def _add_column(self, table: str, column: str, kind: str) -> None:
        if column not in {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}:
            self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def _link_search_tables(self) -> None:
        """Add and fill the evidence column, then rebuild the search tables over their content
        tables and create the flat views (inside the migration's transaction)."""
        self._add_column("events", "evidence", "TEXT")
        rows = self.conn.execute("SELECT event_id, record FROM events").fetchall()
        self.conn.executemany("UPDATE events SET evidence=? WHERE event_id=?", [
            (" ".join(e["text"] for e in json.loads(record).get("evidence") or []), eid)
            for eid, record in rows])
        for statement in _split_sql(_SEARCH_AND_VIEWS, triggers=True):
            self.conn.execute(statement)

    def _has_foreign_tables(self) -> bool:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        return bool(rows)

    # ------------------------------------------------------------ writes

    def ingest(self, records: ArticleRecords, ingested_at: str) -> IngestResult:
        """Write one article with its records in one transaction; a known article is skipped."""
        result = IngestResult()
        art = records.article
        with self._transaction() as cur:
            exists = cur.execute("SELECT 1 FROM articles WHERE article_id=?",
                                 (art.article_id,)).fetchone()
            if exists:
                result.articles_skipped = 1
                return result
            # Triggers keep the search tables in step with these rows.
            cur.execute("INSERT INTO articles (article_id, doc_id, title, published, source, "
                        "url, text, ingested_at, language) VALUES (?,?,?,?,?,?,?,?,?)",
                        (art.article_id, art.doc_id, art.title, art.published, art.source,
                         art.url, art.text, ingested_at, art.language))
            for ev in records.events:
                rec = ev.to_dict()
                cur.execute(
                    "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (ev.event_id, art.article_id, ev.event_date, ev.event_type,
                     ev.sub_event_type, ev.plover_event, ev.country, ev.admin1, ev.location,
                     ev.actor1, ev.actor2, ev.fatalities, ev.notes, json.dumps(rec),
                     " ".join(e.text for e in ev.evidence)))
                result.events_added += 1
            for fig in records.figures:
                cur.execute("INSERT OR REPLACE INTO figures VALUES (?,?,?,?,?,?,?)",
                            (fig.figure_id, art.article_id, fig.metric, fig.value, fig.as_of,
                             fig.scope, json.dumps(fig.to_dict())))
                result.figures_added += 1
            cause = f"report {art.doc_id} ({art.source or 'unknown source'})"
            for ev in records.events:
                self._file_under_incident(ev, ingested_at, cause)
        result.articles_added = 1
        return result

    # ------------------------------------------------------------ feeds

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """The validators (ETag, Last-Modified) a feed last answered with."""
        row = self.conn.execute("SELECT etag, last_modified FROM feeds WHERE url=?",
                                (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None,
                        checked_at: str, status: str) -> None:
        """Remember a feed's validators and how its last poll went."""
        with self._transaction() as cur:
            cur.execute("INSERT OR REPLACE INTO feeds VALUES (?,?,?,?,?)",
                        (url, etag, last_modified, checked_at, status))

    def unseen(self, urls: list[str]) -> list[str]:
        """The item addresses never fetched before, in the given order."""
        seen = {u for (u,) in self.conn.execute(
            "SELECT url FROM feed_items WHERE url IN (SELECT value FROM json_each(?))",
            (json.dumps(urls),))}
        return [u for u in urls if u not in seen]

    def mark_item(self, url: str, feed_url: str, seen_at: str, status: str,
                  article_id: str | None = None) -> None:
        """Record that an item was fetched (and how), so it is never fetched again."""
        with self._transaction() as cur:
            cur.execute("INSERT OR REPLACE INTO feed_items VALUES (?,?,?,?,?)",
                        (url, feed_url, seen_at, status, article_id))

    # ------------------------------------------------------------ linking

    def _file_under_incident(self, ev: Event, at: str, cause: str) -> str:
        """Attach a stored raw event to its incident (inside the caller's transaction)."""
        candidates = self._candidates(ev)
        plan = incidents.plan(ev, candidates, self._created)
        if plan is None:
            self._write_canonical(ev.event_id, [ev], at, created=True)
            self._revise(ev.event_id, at, f"created from {cause}", {"event_id": ev.event_id})
            self.conn.execute("INSERT OR REPLACE INTO event_links VALUES (?,?)",
                              (ev.event_id, ev.event_id))
            return ev.event_id
        target, absorbed = plan
        before = target.record.to_dict()
        members = list(target.members) + [ev]
        for other in absorbed:
            members += other.members
            self.conn.execute("UPDATE event_links SET canonical_id=? WHERE canonical_id=?",
                              (target.canonical_id, other.canonical_id))
            self.conn.execute("DELETE FROM canonical_events WHERE canonical_id=?",
                              (other.canonical_id,))
            self.conn.execute("INSERT OR REPLACE INTO deletions VALUES (?,?,?,?)",
                              (other.canonical_id, target.canonical_id, at,
                               f"merged: same incident as {target.canonical_id}"))
            self._revise(target.canonical_id, at, f"merged {other.canonical_id} ({cause})",
                         {"merged": other.canonical_id})
        self.conn.execute("INSERT OR REPLACE INTO event_links VALUES (?,?)",
                          (ev.event_id, target.canonical_id))
        merged = self._write_canonical(target.canonical_id, members, at, created=False)
        self._revise(target.canonical_id, at, f"new source: {cause}",
                     {"event_id": ev.event_id,
                      "changed": incidents.changed_fields(before, merged.to_dict())})
        return target.canonical_id

    def _candidates(self, ev: Event) -> list[incidents.Canonical]:
        """Incidents of the same family, country and date window (an indexed range scan)."""
        win = incidents.window(ev)
        if win is None or ev.modality != "asserted":
            return []
        lo = (win[0] - dt.timedelta(days=max(incidents.PRECISION_DAYS.values()) + 1)).isoformat()
        rows = self.conn.execute(
            "SELECT canonical_id, record FROM canonical_events WHERE family=? "
            "AND country IS ? AND event_date BETWEEN ? AND ? AND window_end >= ?",
            (incidents.family(ev), ev.country, lo, win[1].isoformat(), win[0].isoformat()),
        ).fetchall()
        out = []
        for cid, record in rows:
            members = [Event.from_dict(json.loads(r)) for (r,) in self.conn.execute(
                "SELECT e.record FROM event_links l JOIN events e ON e.event_id = l.event_id "
                "WHERE l.canonical_id=? ORDER BY e.event_id", (cid,))]
            out.append(incidents.Canonical(cid, Event.from_dict(json.loads(record)), members))
        return out

    def _created(self, canonical_id: str) -> str:
        row = self.conn.execute("SELECT created_at FROM canonical_events WHERE canonical_id=?",
                                (canonical_id,)).fetchone()
        return row[0] if row else ""

    def _write_canonical(self, cid: str, members: list[Event], at: str, created: bool) -> Event:
        merged, sources = incidents.merge(members, cid)
        win = incidents.window(merged)
        record = merged.to_dict()
        record["sources"] = incidents.sources_of(members)
        record["mention_count"] = len(members)
        record["field_sources"] = sources  # which report each merged field came from
        created_at = at if created else (self._created(cid) or at)
        self.conn.execute(
            "INSERT OR REPLACE INTO canonical_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (cid, incidents.family(merged), merged.event_date,
             win[1].isoformat() if win else None, merged.country, merged.admin1,
             merged.event_type, merged.sub_event_type, merged.plover_event, merged.actor1,
             merged.actor2, len(members), created_at, at, json.dumps(record),
             json.dumps(sources)))
        return merged

    def _revise(self, cid: str, at: str, cause: str, detail: dict[str, Any]) -> None:
        self.conn.execute("INSERT INTO revisions (canonical_id, at, cause, detail) "
                          "VALUES (?,?,?,?)", (cid, at, cause, json.dumps(detail)))

    def _file_all_under_incidents(self, cause: str) -> None:
        """Link every stored raw event, oldest first (bulk backfill; inside a transaction)."""
        rows = self.conn.execute(
            "SELECT e.record, a.ingested_at FROM events e JOIN articles a "
            "ON a.article_id = e.article_id ORDER BY a.ingested_at, e.event_date, e.event_id"
        ).fetchall()
        for record, at in rows:
            self._file_under_incident(Event.from_dict(json.loads(record)), at, cause)

    # ------------------------------------------------------------ reads

    def canonical_events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Canonical events (one per incident) as records with `sources` and
        `mention_count`."""
        flt = flt or EventFilter()
        where, args = self._filter_sql(flt, "c")
        where, args = self._canonical_where(flt)
        sql = _select("SELECT c.record, c.updated_at FROM canonical_events c", where,
                      "c.event_date, c.canonical_id", flt.limit, flt.offset)
        for record, updated in self.conn.execute(sql, args):
            rec = json.loads(record)
            rec["updated_at"] = updated
            yield rec

    def canonical_json(self, flt: EventFilter | None = None) -> Iterator[str]:
        """The same canonical events as `canonical_events`, as their stored JSON text (no
        `updated_at`): what a server can send without decoding and encoding them again."""
        flt = flt or EventFilter()
        where, args = self._canonical_where(flt)
        sql = _select("SELECT c.record FROM canonical_events c", where,
                      "c.event_date, c.canonical_id", flt.limit, flt.offset)
        for (record,) in self.conn.execute(sql, args):
            yield record

    def count_canonical(self, flt: EventFilter | None = None) -> int:
        """How many canonical events match the filter (its limit and offset aside)."""
        where, args = self._canonical_where(flt or EventFilter())
        sql = "SELECT COUNT(*) FROM canonical_events c" + (
            " WHERE " + " AND ".join(where) if where else "")
        return int(self.conn.execute(sql, args).fetchone()[0])

    def _canonical_where(self, flt: EventFilter) -> tuple[list[str], list[Any]]:
        where, args = self._filter_sql(flt, "c")
        if flt.text:
            where.append("c.canonical_id IN (SELECT l.canonical_id FROM event_links l WHERE "
                         f"l.event_id IN {_MATCHING_EVENTS})")
            args.append(_fts_query(flt.text))
        return where, args

    def canonical_event(self, event_id: str) -> dict[str, Any] | None:
        """The canonical event an id stands for (its own, a member's or a merged-away one)."""
        cid = self._resolve_canonical(event_id)
        row = self.conn.execute("SELECT record, updated_at FROM canonical_events WHERE "
                                "canonical_id=?", (cid,)).fetchone() if cid else None
        if row is None:
            return None
        rec = json.loads(row[0])
        rec["updated_at"] = row[1]
        return dict(rec)

    def history(self, event_id: str) -> tuple[str, list[dict[str, Any]]] | None:
        """The canonical id an id stands for (itself, a member's, or a merged-away one's) and
        its revisions."""
        cid = self._resolve_canonical(event_id)
        if cid is None:
            return None
        rows = self.conn.execute("SELECT at, cause, detail FROM revisions WHERE canonical_id=? "
                                 "ORDER BY revision_id", (cid,)).fetchall()
        return cid, [{"at": at, "cause": cause, "detail": json.loads(detail)}
                     for at, cause, detail in rows]

    def _resolve_canonical(self, event_id: str) -> str | None:
        if len(event_id) < 6:
            return None
        for sql in ("SELECT canonical_id FROM canonical_events WHERE canonical_id LIKE ?",
                    "SELECT canonical_id FROM event_links WHERE event_id LIKE ?",
                    "SELECT merged_into FROM deletions WHERE canonical_id LIKE ?"):
            rows = self.conn.execute(sql + " LIMIT 2", (event_id + "%",)).fetchall()
            if len(rows) == 1:
                return self._resolve_canonical(rows[0][0]) if "deletions" in sql else rows[0][0]
        return None

    def deletions(self) -> list[dict[str, Any]]:
        """Canonical ids merged away, with the id they live on as, when and why."""
        return [{"event_id": c, "merged_into": m, "deleted_at": at, "cause": cause}
                for c, m, at, cause in self.conn.execute(
                    "SELECT canonical_id, merged_into, at, cause FROM deletions ORDER BY at, "
                    "canonical_id")]


    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "figures", "canonical_events")}

    def events(self, flt: EventFilter | None = None) -> Iterator[Event]:
        """Events matching the filter, by date then id."""
        flt = flt or EventFilter()
        where, args = self._filter_sql(flt, "e")
        if flt.text:
            where.append(f"e.event_id IN {_MATCHING_EVENTS}")
            args.append(_fts_query(flt.text))
        sql = _select("SELECT e.record FROM events e", where, "e.event_date, e.event_id",
                      flt.limit, flt.offset)
        for (record,) in self.conn.execute(sql, args):
            yield Event.from_dict(json.loads(record))

    @staticmethod
    def _filter_sql(flt: EventFilter, t: str) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        # NOCASE comparisons (not lower()) so that the filter index can answer them.
        if flt.country:
            where.append(f"{t}.country = ? COLLATE NOCASE")
            args.append(flt.country)
        if flt.admin1:
            where.append(f"{t}.admin1 = ? COLLATE NOCASE")
            args.append(flt.admin1)
        if flt.event_type:
            where.append(f"({t}.event_type = ? COLLATE NOCASE OR {t}.sub_event_type = ? "
                         f"COLLATE NOCASE OR {t}.plover_event = ? COLLATE NOCASE)")
            args += [flt.event_type] * 3
        if flt.since:
            where.append(f"{t}.event_date >= ?")
            args.append(flt.since)
        if flt.until:
            where.append(f"{t}.event_date <= ?")
            args.append(flt.until)
        if flt.actor:
            where.append(f"({t}.actor1 LIKE ? OR {t}.actor2 LIKE ?)")
            args += [f"%{flt.actor}%"] * 2
        return where, args

    def mentions(self, event_id: str) -> list[Event]:
        """The raw records filed under the incident an id stands for, by id."""
        cid = self._resolve_canonical(event_id)
        return [Event.from_dict(json.loads(r)) for (r,) in self.conn.execute(
            "SELECT e.record FROM event_links l JOIN events e ON e.event_id = l.event_id "
            "WHERE l.canonical_id=? ORDER BY e.event_id", (cid,))] if cid else []

    def event(self, event_id: str) -> Event | None:
        """One event by id (a unique prefix of at least 6 characters also works)."""
        rows = self.conn.execute("SELECT record FROM events WHERE event_id LIKE ? LIMIT 2",
                                 (event_id + "%",)).fetchall() if len(event_id) >= 6 else []
        if len(rows) != 1:
            return None
        return Event.from_dict(json.loads(rows[0][0]))

    def article_text(self, article_id: str) -> str | None:
        """The stored text of an article."""
        found = self.article(article_id)
        return found["text"] if found else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article: its text and metadata, keyed as in the JSONL input."""
        row = self.conn.execute(
            "SELECT article_id, doc_id, title, published, source, url, text, ingested_at, "
            "language FROM articles WHERE article_id=?", (article_id,)).fetchone()
        keys = ("article_id", "doc_id", "title", "published", "source", "url", "text",
                "ingested_at", "language")
        return dict(zip(keys, row, strict=True)) if row else None

    def figures(self, metric: str | None = None, scope: str | None = None) -> Iterator[Figure]:
        """Figures by metric and scope, in date order."""
        where, args = [], []
        if metric:
            where.append("metric = ?")
            args.append(metric)
        if scope:
            where.append("lower(scope) LIKE lower(?)")
            args.append(f"%{scope}%")
        sql = "SELECT record FROM figures"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY as_of, figure_id"
        for (record,) in self.conn.execute(sql, args):
            yield Figure.from_dict(json.loads(record))


# Ids of the events whose notes or evidence match a search (bound as the one parameter).
_MATCHING_EVENTS = ("(SELECT m.event_id FROM events m WHERE m.rowid IN (SELECT rowid FROM "
                    "events_fts WHERE events_fts MATCH ?))")


def _select(base: str, where: list[str], order: str, limit: int | None,
            offset: int | None = None) -> str:
    """A SELECT with its filters, order, limit and offset (integers, never user text)."""
    sql = base + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}"
    if limit or offset:
        sql += f" LIMIT {int(limit) if limit else -1}"
    return sql + (f" OFFSET {int(offset)}" if offset else "")


def _fts_query(text: str) -> str:
    """Quote each word so user text is matched literally, not parsed as FTS syntax."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words) or '""'


def _split_sql(script: str, triggers: bool = False) -> list[str]:
    """Statements of a script; with `triggers`, a trigger's body stays in its statement."""
    if not triggers:
        return [s.strip() for s in script.split(";") if s.strip()]
    out, current = [], ""
    for part in script.split(";"):
        current += part + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                out.append(current.strip())
            current = ""
    return out


def _check_is_sqlite(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path}: not an SQLite database")

