"""The SQLite store: articles, events and figures, with full-text search and schema migrations.

Each article is written in one transaction with its records, so a crash leaves no half-written
article; an article already present (same content address) is skipped, so ingest is idempotent.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from eventledger.schema import ArticleRecords, Event, Figure

SCHEMA_VERSION = 1
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
}


class StoreError(Exception):
    """A database that cannot be used; the message is one line naming the file."""


@dataclass(slots=True)
class IngestResult:
    """What one ingest changed."""

    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    figures_added: int = 0


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


class Store:
    """An eventledger database file."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        if self.path.exists():
            _check_is_sqlite(self.path)
        elif not create:
            raise StoreError(f"{self.path}: no such database (ingest something first)")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA foreign_keys=ON")
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
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(_MIGRATIONS[target]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={target}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _has_foreign_tables(self) -> bool:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        return bool(rows)

    # ------------------------------------------------------------ writes

    def ingest(self, records: ArticleRecords, ingested_at: str) -> IngestResult:
        """Write one article with its records in one transaction; a known article is skipped."""
        result = IngestResult()
        art = records.article
        cur = self.conn
        cur.execute("BEGIN IMMEDIATE")
        try:
            exists = cur.execute("SELECT 1 FROM articles WHERE article_id=?",
                                 (art.article_id,)).fetchone()
            if exists:
                cur.execute("COMMIT")
                result.articles_skipped = 1
                return result
            cur.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?)",
                        (art.article_id, art.doc_id, art.title, art.published, art.source,
                         art.url, art.text, ingested_at))
            cur.execute("INSERT INTO articles_fts VALUES (?,?,?)",
                        (art.article_id, art.title or "", art.text))
            for ev in records.events:
                rec = ev.to_dict()
                cur.execute(
                    "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (ev.event_id, art.article_id, ev.event_date, ev.event_type,
                     ev.sub_event_type, ev.plover_event, ev.country, ev.admin1, ev.location,
                     ev.actor1, ev.actor2, ev.fatalities, ev.notes, json.dumps(rec)))
                cur.execute("INSERT INTO events_fts VALUES (?,?,?)",
                            (ev.event_id, ev.notes or "",
                             " ".join(e.text for e in ev.evidence)))
                result.events_added += 1
            for fig in records.figures:
                cur.execute("INSERT OR REPLACE INTO figures VALUES (?,?,?,?,?,?,?)",
                            (fig.figure_id, art.article_id, fig.metric, fig.value, fig.as_of,
                             fig.scope, json.dumps(fig.to_dict())))
                result.figures_added += 1
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        result.articles_added = 1
        return result

    # ------------------------------------------------------------ reads

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "figures")}

    def events(self, flt: EventFilter | None = None) -> Iterator[Event]:
        """Events matching the filter, by date then id."""
        flt = flt or EventFilter()
        where, args = [], []
        if flt.country:
            where.append("lower(e.country) = lower(?)")
            args.append(flt.country)
        if flt.admin1:
            where.append("lower(e.admin1) = lower(?)")
            args.append(flt.admin1)
        if flt.event_type:
            where.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?)"
                         " OR upper(e.plover_event) = upper(?))")
            args += [flt.event_type] * 3
        if flt.since:
            where.append("e.event_date >= ?")
            args.append(flt.since)
        if flt.until:
            where.append("e.event_date <= ?")
            args.append(flt.until)
        if flt.actor:
            where.append("(e.actor1 LIKE ? OR e.actor2 LIKE ?)")
            args += [f"%{flt.actor}%"] * 2
        if flt.text:
            where.append("e.event_id IN (SELECT event_id FROM events_fts WHERE events_fts "
                         "MATCH ?)")
            args.append(_fts_query(flt.text))
        sql = "SELECT e.record FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.event_date, e.event_id"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        for (record,) in self.conn.execute(sql, args):
            yield Event.from_dict(json.loads(record))

    def event(self, event_id: str) -> Event | None:
        """One event by id (a unique prefix of at least 6 characters also works)."""
        rows = self.conn.execute("SELECT record FROM events WHERE event_id LIKE ? LIMIT 2",
                                 (event_id + "%",)).fetchall() if len(event_id) >= 6 else []
        if len(rows) != 1:
            return None
        return Event.from_dict(json.loads(rows[0][0]))

    def article_text(self, article_id: str) -> str | None:
        """The stored text of an article."""
        row = self.conn.execute("SELECT text FROM articles WHERE article_id=?",
                                (article_id,)).fetchone()
        return row[0] if row else None

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


def _fts_query(text: str) -> str:
    """Quote each word so user text is matched literally, not parsed as FTS syntax."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words) or '""'


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


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

