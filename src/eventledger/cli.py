"""The `eventledger` command: extract, ingest, query, show and export events.

Errors in input or database print one line (`eventledger: error: ...`) and exit 1; usage errors
exit 2. No traceback reaches the user for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from eventledger import __version__
from eventledger.ingest import IngestError, Metadata, parse_date, read_articles, read_sidecar
from eventledger.nlp import ModelMissingError
from eventledger.paragraphs import paragraph_bounds
from eventledger.schema import Article
from eventledger.store import EventFilter, IngestResult, Store, StoreError

if TYPE_CHECKING:
    from eventledger.pipeline import Options

T = TypeVar("T")
EXIT_ERROR = 1


class CliError(Exception):
    """A user-facing error with a one-line message."""


class UsageError(CliError):
    """Arguments that do not fit together (exit status 2, like argparse's own)."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"eventledger: error: {exc}", file=sys.stderr)
        return 2
    except (IngestError, StoreError, ModelMissingError, CliError) as exc:
        print(f"eventledger: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("eventledger: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR


# ---------------------------------------------------------------- arguments

def _date_arg(value: str) -> str:
    try:
        return parse_date(value)
    except IngestError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventledger",
                                description="News reports in; sourced, geocoded, dated political "
                                            "events out.")
    p.add_argument("--version", action="version", version=f"eventledger {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def inputs(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("paths", nargs="+", metavar="PATH",
                        help="text, HTML, JSON or JSONL files, directories, or - for stdin")
        sp.add_argument("--published", type=_date_arg, help="publication date YYYY-MM-DD")
        sp.add_argument("--source", help="source name (e.g. the outlet)")
        sp.add_argument("--url", help="source URL")
        sp.add_argument("--title", help="article title")
        sp.add_argument("--metadata", metavar="FILE",
                        help="per-file metadata: a CSV with a 'file' column (and title, "
                             "published, url, source) or a JSONL file with those keys")
        sp.add_argument("--country", help="the batch's country (name or ISO code), used for "
                                          "articles whose text names none")
        sp.add_argument("--language", metavar="CODE",
                        help="the batch's language (ISO 639-1, e.g. es), instead of detecting "
                             "it per article; English and Spanish are extracted")
        sp.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
        sp.add_argument("--quiet", "-q", action="store_true", help="no progress output")

    def db(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", default=None,
                        help="database file (default $EVENTLEDGER_DB or ./eventledger.db)")

    def mentions(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--mentions", action="store_true",
                        help="raw per-article records instead of one event per incident")

    sp = sub.add_parser("extract", help="run the pipeline and print records (no database)")
    inputs(sp)
    sp.add_argument("--format", choices=("jsonl", "table", "csv"), default="jsonl")
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("ingest", help="extract and store articles in the database")
    inputs(sp)
    db(sp)
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("events", help="list stored events")
    db(sp)
    sp.add_argument("--country")
    sp.add_argument("--admin1")
    sp.add_argument("--type", dest="event_type", help="ACLED event or sub-event type, or "
                                                      "PLOVER type")
    sp.add_argument("--since", type=_date_arg)
    sp.add_argument("--until", type=_date_arg)
    sp.add_argument("--actor")
    sp.add_argument("--text", help="full-text search in notes and evidence")
    sp.add_argument("--limit", type=int)
    sp.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    mentions(sp)
    sp.set_defaults(func=cmd_events)

    sp = sub.add_parser("show", help="one event with its evidence highlighted in the article")
    db(sp)
    sp.add_argument("event_id")
    sp.set_defaults(func=cmd_show)

    sp = sub.add_parser("export", help="export events as ACLED CSV, PLOVER JSONL or GeoJSON")
    db(sp)
    sp.add_argument("--format", choices=("acled-csv", "plover-jsonl", "geojson", "parquet"),
                    required=True)
    sp.add_argument("--output", "-o", help="file to write (default stdout)")
    sp.add_argument("--min-confidence", type=float, default=None, metavar="P",
                    help="acled-csv: leave out records less sure than P (default "
                         "0.4; 0 keeps every asserted record)")
    mentions(sp)
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("history", help="how an event changed: creation, merges, new sources")
    db(sp)
    sp.add_argument("event_id")
    sp.set_defaults(func=cmd_history)

    sp = sub.add_parser("deletions", help="event ids merged away into another event")
    db(sp)
    sp.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    sp.set_defaults(func=cmd_deletions)

    sp = sub.add_parser("figures", help="reported aggregate figures (tolls, polls) over time")
    db(sp)
    sp.add_argument("--metric")
    sp.add_argument("--scope")
    sp.add_argument("--format", choices=("table", "jsonl"), default="table")
    sp.set_defaults(func=cmd_figures)

    sp = sub.add_parser("timex", help="temporal expressions with TIMEX3 values, per document")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--dct", type=_date_arg, help="document creation (publication) date")
    sp.add_argument("--quiet", "-q", action="store_true")
    sp.set_defaults(func=cmd_timex)

    sp = sub.add_parser("geoparse", help="place names resolved to the gazetteer, per document")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--quiet", "-q", action="store_true")
    sp.set_defaults(func=cmd_geoparse)

    sp = sub.add_parser("backfill", help="extract on a Dask cluster, then link in input order")
    inputs(sp)
    db(sp)
    sp.add_argument("--scheduler", metavar="ADDRESS",
                    help="an existing Dask scheduler (tcp://host:8786); default: a local "
                         "cluster of --workers processes")
    sp.add_argument("--partition-size", type=int, default=200, metavar="N",
                    help="articles per partition (default 200)")
    sp.add_argument("--workdir", metavar="DIR",
                    help="where partitions are written (default: the database path + "
                         "'.backfill'); a killed backfill resumes from it")
    sp.set_defaults(func=cmd_backfill)

    sp = sub.add_parser("watch", help="poll RSS/Atom feeds and sitemaps; ingest new articles")
    db(sp)
    sp.add_argument("feeds", nargs="+", metavar="FEED_OR_SITEMAP_URL")
    sp.add_argument("--interval", type=float, default=900.0,
                    help="seconds between polls (default 900)")
    sp.add_argument("--once", action="store_true",
                    help="poll every feed once and exit: 0 when all were read, 1 otherwise")
    sp.add_argument("--delay", type=float, default=1.0,
                    help="seconds between two requests to one host (default 1)")
    sp.add_argument("--quiet", "-q", action="store_true", help="log failures only")
    sp.set_defaults(func=cmd_watch)

    sp = sub.add_parser("serve", help="the HTTP API and the web app over the database")
    db(sp)
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default "
                                                         "127.0.0.1: this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--token", default=None,
                    help="allow POST /api/articles with this bearer token (default "
                         "$EVENTLEDGER_API_TOKEN; without one the server is read-only)")
    sp.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                    help="let pages from this origin call the API (repeatable; off by default)")
    sp.set_defaults(func=cmd_serve)
    return p


# ---------------------------------------------------------------- helpers

def _meta(args: argparse.Namespace) -> Metadata:
    published = getattr(args, "published", None) or getattr(args, "dct", None)
    return Metadata(published=published, source=getattr(args, "source", None),
                    url=getattr(args, "url", None), title=getattr(args, "title", None))


READ_CACHE_BYTES = 256_000_000  # inputs up to this size are read once, larger ones twice


def _stream(args: argparse.Namespace) -> tuple[Iterable[Article], int]:
    """Every input article, validated before any work starts (bad input writes nothing), and
    their count. Inputs that fit in memory are kept from the validating pass; larger ones are
    read again, so memory stays flat on a backfill."""
    stdin_bytes = sys.stdin.buffer.read() if "-" in args.paths else None
    kept: list[Article] | None = []
    size = total = 0
    meta = _meta(args)
    date_flag = "--dct" if getattr(args, "dct", None) else "--published"
    per_article = [flag for flag, value in ((date_flag, meta.published),
                                            ("--title", meta.title), ("--url", meta.url))
                   if value]
    sidecar = read_sidecar(args.metadata) if getattr(args, "metadata", None) else None
    for article in read_articles(args.paths, meta, _stdin(stdin_bytes), sidecar):
        total += 1
        if total == 2 and per_article:
            # One date stamped on a batch would silently misdate every other article.
            raise UsageError(f"{', '.join(per_article)} describes one article, but the input "
                             "holds several; give it per article (a header block, or JSONL "
                             "fields)")
        if kept is not None:
            size += len(article.text)
            if size <= READ_CACHE_BYTES:
                kept.append(article)
            else:
                kept = None  # too large to hold: the work pass reads the inputs again
    if kept is not None:
        return kept, total
    return read_articles(args.paths, meta, _stdin(stdin_bytes), sidecar), total


def _stdin(data: bytes | None) -> io.BytesIO | None:
    return io.BytesIO(data) if data is not None else None


def _progress(iterable: Iterable[T], total: int, quiet: bool, unit: str = "article"
              ) -> Iterable[T]:
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit=unit, disable=quiet, delay=2.0, file=sys.stderr,
                leave=False)


def _warn(messages: list[str], quiet: bool) -> None:
    if not quiet:
        for m in messages:
            print(f"eventledger: warning: {m}", file=sys.stderr)


def _db_path(args: argparse.Namespace) -> str:
    return args.db or os.environ.get("EVENTLEDGER_DB") or "eventledger.db"


def _options(args: argparse.Namespace) -> Options:
    """The pipeline options the input flags give (`--country`, `--language`)."""
    from eventledger.pipeline import Options

    code = getattr(args, "language", None)
    if code is not None and not (len(code) == 2 and code.isalpha()):
        raise UsageError(f"--language {code!r}: give a two-letter ISO 639-1 code, e.g. en")
    return Options(country_hint=_country(args), language=code.lower() if code else None)


def _country(args: argparse.Namespace) -> str | None:
    """The ISO alpha-2 code of `--country` (a name or a code), or None when not given."""
    if not getattr(args, "country", None):
        return None
    from eventledger.where import gazetteer

    gaz = gazetteer.load()
    value = args.country.strip()
    if len(value) == 2 and gaz.country(value.upper()) is not None:
        return value.upper()
    entry = next((e for e in gaz.lookup(value) if e.feature == "country" and e.iso2), None)
    if entry is None or entry.iso2 is None:
        raise UsageError(f"--country {value!r} is not a country name or ISO code")
    return entry.iso2


def _workers(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise CliError("--workers must be at least 1")
    return args.workers


# ---------------------------------------------------------------- commands

def cmd_extract(args: argparse.Namespace) -> int:
    """Print the records of every input article."""
    from eventledger.export import format_table, write_records_csv
    from eventledger.pipeline import process_stream

    articles, total = _stream(args)
    rows: list[dict[str, Any]] = []
    out = sys.stdout
    options = _options(args)
    for records in _progress(process_stream(articles, workers=_workers(args), options=options),
                             total, args.quiet):
        _warn(records.warnings, args.quiet)
        if args.format == "jsonl":
            for rec in records.records():
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            rows.extend(e.to_dict() for e in records.events)
    if args.format == "table":
        out.write(format_table(rows) + "\n")
    elif args.format == "csv":
        write_records_csv(rows, out)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Extract and store; an article already stored is skipped."""
    from eventledger.pipeline import process_stream

    articles, total = _stream(args)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    done = IngestResult()
    with Store(_db_path(args)) as store:
        options = _options(args)
        for records in _progress(process_stream(articles, workers=_workers(args),
                                                options=options), total,
                                 args.quiet):
            _warn(records.warnings, args.quiet)
            done += store.ingest(records, stamp)
        counts = store.counts()
    if not args.quiet:
        print(f"ingested {done.articles_added} article(s) ({done.articles_skipped} already "
              f"present): {done.events_added} event(s), {done.figures_added} figure(s) added; "
              f"database now holds {counts['articles']} article(s), {counts['events']} "
              f"event(s), {counts['figures']} figure(s)", file=sys.stderr)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    """List stored events: one per incident, or every raw record with --mentions."""
    from eventledger.export import TABLE_COLUMNS, format_table, write_records_csv

    flt = EventFilter(country=args.country, admin1=args.admin1, event_type=args.event_type,
                      since=args.since, until=args.until, actor=args.actor, text=args.text,
                      limit=args.limit)
    with Store(_db_path(args), create=False) as store:
        if args.mentions:
            rows = [e.to_dict() for e in store.events(flt)]
        else:
            rows = list(store.canonical_events(flt))
            for r in rows:
                r.pop("updated_at", None)
    if args.format == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        write_records_csv(rows, sys.stdout)
    else:
        columns = TABLE_COLUMNS if args.mentions else (*TABLE_COLUMNS[:-1], "mention_count",
                                                        "event_id")
        sys.stdout.write(format_table(rows, columns) + "\n")
        what = "record(s)" if args.mentions else "event(s)"
        sys.stdout.write(f"({len(rows)} {what})\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """An event's fields, then each evidence span marked inside its paragraph."""
    with Store(_db_path(args), create=False) as store:
        ev = store.event(args.event_id)
        if ev is None:
            raise CliError(f"no single event with id {args.event_id!r}")
        text = store.article_text(ev.article_id) or ""
    out = sys.stdout
    for key, value in ev.to_dict().items():
        if key in ("evidence", "actors"):
            continue
        if value not in (None, [], ""):
            out.write(f"{key:>16}: {value}\n")
    for a in ev.actors:
        out.write(f"{'actor':>16}: {a.role}: {a.text!r} -> {a.normalized}\n")
    tty = out.isatty()
    on, off = ("\033[1;33m", "\033[0m") if tty else ("»", "«")
    for e in ev.evidence:
        para_start, para_end = paragraph_bounds(text, e.start, e.end)
        before = text[max(para_start, e.start - 300):e.start]
        after = text[e.end:min(para_end, e.end + 300)]
        out.write(f"\n  evidence [{e.start}:{e.end}]\n  {before.strip()} {on}{e.text.strip()}"
                  f"{off} {after.strip()}\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export stored events; the file is written whole or not at all."""
    from functools import partial

    from eventledger.export import (
        ACLED_MIN_CONFIDENCE,
        epoch,
        write_acled_csv,
        write_geojson,
        write_plover_jsonl,
    )
    from eventledger.schema import Event

    if args.format == "parquet":
        return _export_parquet(args)
    with Store(_db_path(args), create=False) as store:
        if args.mentions:
            events = list(store.events())
            stamps: dict[str, int] = {}
        else:
            records = list(store.canonical_events())
            events = [Event.from_dict(r) for r in records]
            stamps = {r["event_id"]: epoch(r["updated_at"]) for r in records}
    writers: dict[str, Callable[[list[Event], TextIO], int]] = {
        "acled-csv": partial(write_acled_csv, timestamps=stamps,
                             min_confidence=ACLED_MIN_CONFIDENCE if args.min_confidence is None
                             else args.min_confidence),
        "plover-jsonl": write_plover_jsonl, "geojson": write_geojson}
    writer = writers[args.format]
    if not args.output:
        writer(events, sys.stdout)
        return 0
    tmp = f"{args.output}.tmp-{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer(events, fh)
        os.replace(tmp, args.output)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot write ({exc.strerror})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return 0


def _export_parquet(args: argparse.Namespace) -> int:
    try:
        from eventledger.parquet import write_parquet
    except ImportError:
        raise CliError("Parquet export needs pyarrow: pip install 'eventledger[backfill]'"
                       ) from None
    if not args.output:
        raise UsageError("--format parquet writes a file: give -o PATH")
    with Store(_db_path(args), create=False) as store:
        records = [e.to_dict() for e in store.events()] if args.mentions else \
            list(store.canonical_events())
    try:
        n = write_parquet(records, Path(args.output))
    except OSError as exc:
        raise CliError(f"{args.output}: cannot write ({exc.strerror})") from None
    print(f"wrote {n} record(s) to {args.output}", file=sys.stderr)
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    """Reported figures as dated series per metric and scope; same-day figures side by side."""
    from eventledger.export import figure_series, format_table

    with Store(_db_path(args), create=False) as store:
        figs = list(store.figures(args.metric, args.scope))
    if args.format == "jsonl":
        for f in figs:
            sys.stdout.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
        return 0
    rows = figure_series(figs)
    cols = ("metric", "scope", "as_of", "reported", "reports")
    sys.stdout.write(format_table(rows, cols, width=60) + "\n")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """The revisions of a canonical event (found by its id, a member's id or a merged id)."""
    with Store(_db_path(args), create=False) as store:
        found = store.history(args.event_id)
    if found is None:
        raise CliError(f"no single event with id {args.event_id!r}")
    cid, revisions = found
    sys.stdout.write(f"event {cid}\n")
    for rev in revisions:
        detail = rev["detail"]
        changed = detail.get("changed") or {}
        what = "; ".join(f"{k}: {v[0]} -> {v[1]}" for k, v in changed.items())
        sys.stdout.write(f"  {rev['at']}  {rev['cause']}" + (f"  [{what}]" if what else "")
                         + "\n")
    return 0


def cmd_deletions(args: argparse.Namespace) -> int:
    """Ids that no longer exist because their incident was merged into another event."""
    import csv

    with Store(_db_path(args), create=False) as store:
        rows = store.deletions()
    if args.format == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r) + "\n")
        return 0
    writer = csv.DictWriter(sys.stdout, fieldnames=("event_id", "merged_into", "deleted_at",
                                                    "cause"), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """Extract on Dask, then store and link as `ingest` would, in input order."""
    from eventledger.backfill import BackfillError, backfill

    if args.partition_size < 1 or args.workers < 1:
        raise UsageError("--partition-size and --workers must be at least 1")
    articles, _total = _stream(args)
    db = Path(_db_path(args))
    workdir = Path(args.workdir) if args.workdir else db.with_name(db.name + ".backfill")
    try:
        report = backfill(list(articles), db, workdir, scheduler=args.scheduler,
                          workers=args.workers, partition_size=args.partition_size,
                          progress=None if args.quiet else
                          lambda it, total, unit: _progress(it, total, False, unit))
    except BackfillError as exc:
        raise CliError(str(exc)) from None
    _warn(report.warnings, args.quiet)
    if not args.quiet:
        print(f"backfilled {report.articles} article(s) in {report.partitions} partition(s) "
              f"({report.partitions_resumed} resumed): {report.stored.articles_added} added, "
              f"{report.stored.events_added} event(s); extraction {report.extract_seconds:.1f} s, "
              f"linking {report.link_seconds:.1f} s", file=sys.stderr)
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Keep the database up to date from feeds and sitemaps."""
    from eventledger.feeds.fetch import PoliteClient
    from eventledger.feeds.watch import watch

    if args.interval <= 0 or args.delay < 0:
        raise UsageError("--interval must be positive and --delay not negative")

    def log(line: str) -> None:
        if not args.quiet or "watch: " in line and " read, " not in line:
            print(line, file=sys.stderr, flush=True)

    client = PoliteClient(delay=args.delay)
    try:
        with Store(_db_path(args)) as store:
            return watch(args.feeds, store, client, args.interval, args.once, log)
    finally:
        client.close()


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the API and the web app until interrupted."""
    import uvicorn

    from eventledger.serve import Settings, create_app

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: not a port number")
    token = args.token or os.environ.get("EVENTLEDGER_API_TOKEN") or None
    app = create_app(Settings(db=Path(_db_path(args)), token=token,
                              cors_origins=tuple(args.cors_origin)))
    print(f"eventledger: serving {_db_path(args)} at http://{args.host}:{args.port}/ "
          f"({'writes with the token' if token else 'read-only'})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _per_document(args: argparse.Namespace, key: str,
                  analyse: Callable[[Article], list[dict[str, Any]]]) -> int:
    """Print one JSON line per input document: its id and what `analyse` finds in it."""
    articles, total = _stream(args)
    for article in _progress(articles, total, args.quiet, unit="doc"):
        sys.stdout.write(json.dumps({"id": article.doc_id, key: analyse(article)},
                                    ensure_ascii=False) + "\n")
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    """Print the temporal expressions of each document."""
    from eventledger import when

    def timexes(article: Article) -> list[dict[str, Any]]:
        anchor = dt.date.fromisoformat(article.published) if article.published else None
        return [t.to_dict() for t in when.tag(article.text, anchor)]

    return _per_document(args, "timexes", timexes)


def cmd_geoparse(args: argparse.Namespace) -> int:
    """Print the resolved place names of each document."""
    from eventledger import nlp
    from eventledger.where import gazetteer
    from eventledger.where.geoparse import geoparse, outlet_country

    gaz = gazetteer.load()

    def toponyms(article: Article) -> list[dict[str, Any]]:
        return [t.to_dict() for t in geoparse(nlp.parse(article.text), gaz,
                                              outlet_country(article.url, gaz))[0]]

    return _per_document(args, "toponyms", toponyms)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
