"""The HTTP API and web app of `eventledger serve`, over one database file.

FastAPI (on Starlette, run by uvicorn): it validates typed query parameters into 4xx answers,
derives the OpenAPI schema from the same signatures, and ships a test client. Reads go through
read-only connections, one per worker thread; writes (`POST /api/articles`, only with a token)
go one at a time through the ordinary store, in one transaction per article.
"""

from __future__ import annotations

import hmac
import io
import json
import logging
import threading
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from eventledger import __version__
from eventledger.export import epoch, write_acled_csv, write_geojson_records
from eventledger.ingest import IngestError, articles_from_records, parse_date
from eventledger.paragraphs import paragraph_bounds
from eventledger.schema import Event
from eventledger.store import EventFilter, IngestResult, Store, StoreError

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_BODY_BYTES = 5_000_000  # one request's articles; larger batches go through `ingest`
STATIC = Path(str(resources.files("eventledger.serve").joinpath("static")))
log = logging.getLogger("eventledger.serve")


@dataclass(frozen=True, slots=True)
class Settings:
    """How to serve: the database, the write token (None: read-only), allowed CORS origins."""

    db: Path
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    max_body: int = MAX_BODY_BYTES


class ApiError(HTTPException):
    """An error answered as {"error": message} with its status."""


def create_app(settings: Settings) -> FastAPI:
    """The application: the API under /api, the web app at /, the schema at /openapi.json."""
    with Store(settings.db):  # created, or migrated to this version, before any reader opens
        pass
    app = FastAPI(title="eventledger", version=__version__, docs_url=None, redoc_url=None,
                  description="Sourced, geocoded political events read from news reports.")
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    _errors(app)
    app.state.settings = settings
    app.state.readers = threading.local()
    writing = threading.Lock()

    @app.get("/api/events", summary="Canonical events (one per incident), filtered and paged",
             response_class=JSONResponse)
    async def events(store: Reader, flt: Filter) -> Response:
        # The stored records are sent as stored: no decoding and encoding per request.
        body = (f'{{"total": {store.count_canonical(flt)}, "events": ['
                + ", ".join(store.canonical_json(flt)) + "]}")
        return Response(body, media_type="application/json")

    @app.get("/api/events.geojson", summary="The filtered events as a GeoJSON collection")
    async def events_geojson(store: Reader, flt: Filter) -> Response:
        out = io.StringIO()
        write_geojson_records((json.loads(r) for r in store.canonical_json(flt)), out)
        return Response(out.getvalue(), media_type="application/geo+json")

    @app.get("/api/events.csv", summary="The filtered events in ACLED's CSV columns")
    async def events_csv(store: Reader, flt: Filter) -> Response:
        records = list(store.canonical_events(flt))
        out = io.StringIO()
        write_acled_csv([Event.from_dict(r) for r in records], out,
                        timestamps={r["event_id"]: epoch(r["updated_at"]) for r in records})
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/events/{event_id}", summary="One incident, by its id, a report's or a "
                                                "merged-away id")
    async def event(store: Reader, event_id: str) -> dict[str, Any]:
        found = store.canonical_event(event_id)
        if found is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return _public(found)

    @app.get("/api/events/{event_id}/history", summary="An incident's revisions")
    async def history(store: Reader, event_id: str) -> dict[str, Any]:
        found = store.history(event_id)
        if found is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return {"event_id": found[0], "revisions": found[1]}

    @app.get("/api/events/{event_id}/evidence",
             summary="Each report's evidence, in its paragraph, with the spans to mark")
    async def evidence(store: Reader, event_id: str) -> dict[str, Any]:
        found, mentions = store.canonical_event(event_id), store.mentions(event_id)
        if found is None or not mentions:
            raise ApiError(404, f"no event with id {event_id!r}")
        return {"event_id": found["event_id"], "reports": [_report(store, m) for m in mentions]}

    @app.get("/api/figures", summary="Reported figures (tolls, counts, polls) as series")
    async def figures(store: Reader, page: Page,
                metric: Annotated[str | None, Query(max_length=100)] = None,
                scope: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        rows = [f.to_dict() for f in store.figures(metric, scope)]
        return {"total": len(rows), "figures": rows[page[1]:page[1] + page[0]]}

    @app.get("/api/deletions", summary="Ids merged away into another incident")
    async def deletions(store: Reader, page: Page) -> dict[str, Any]:
        rows = store.deletions()
        return {"total": len(rows), "deletions": rows[page[1]:page[1] + page[0]]}

    @app.get("/api/articles/{article_id}", summary="A stored article's text and metadata")
    async def article(store: Reader, article_id: str) -> dict[str, Any]:
        found = store.article(article_id)
        if found is None:
            raise ApiError(404, f"no article with id {article_id!r}")
        return found

    @app.post("/api/articles", summary="Ingest one article or a list (needs the token)")
    async def post_articles(request: Request) -> dict[str, Any]:
        _authorise(request, settings.token)
        body = await _capped_body(request, settings.max_body)
        try:
            articles = articles_from_records(json.loads(body), "request body")
        except json.JSONDecodeError as exc:
            raise ApiError(400, f"malformed JSON: {exc.msg} at line {exc.lineno}") from None
        except IngestError as exc:
            raise ApiError(400, str(exc)) from None
        return await run_in_threadpool(_ingest, settings.db, articles, writing)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventledger API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


async def _reader(request: Request) -> Store:
    """This worker thread's read-only connection to the database."""
    readers = request.app.state.readers
    store = getattr(readers, "store", None)
    if store is None:
        store = readers.store = Store(request.app.state.settings.db, readonly=True)
    return store


async def _event_filter(
    country: Annotated[str | None, Query(max_length=100)] = None,
    admin1: Annotated[str | None, Query(max_length=100)] = None,
    type: Annotated[str | None, Query(max_length=100, description=(  # noqa: A002
        "ACLED event or sub-event type, or PLOVER event type"))] = None,
    since: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    q: Annotated[str | None, Query(max_length=500, description="words in the evidence")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventFilter:
    """The filters the CLI's `events` takes, from the query string."""
    try:
        since = parse_date(since, "since") if since else None
        until = parse_date(until, "until") if until else None
    except IngestError as exc:
        raise ApiError(400, str(exc)) from None
    return EventFilter(country=country, admin1=admin1, event_type=type, since=since,
                       until=until, actor=actor, text=q, limit=limit, offset=offset)


async def _page(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
          offset: Annotated[int, Query(ge=0)] = 0) -> tuple[int, int]:
    return limit, offset


Reader = Annotated[Store, Depends(_reader)]
Filter = Annotated[EventFilter, Depends(_event_filter)]
Page = Annotated[tuple[int, int], Depends(_page)]


def _public(record: dict[str, Any]) -> dict[str, Any]:
    """A canonical record as `events --format jsonl` prints it."""
    return {k: v for k, v in record.items() if k != "updated_at"}


def _report(store: Store, mention: Event) -> dict[str, Any]:
    """One report's evidence: each paragraph holding a span, with the spans' offsets in it."""
    art = store.article(mention.article_id) or {}
    text = art.get("text") or ""
    paragraphs: dict[tuple[int, int], list[list[int]]] = {}
    for span in mention.evidence:
        lo, hi = paragraph_bounds(text, span.start, span.end)
        paragraphs.setdefault((lo, hi), []).append([span.start - lo, span.end - lo])
    return {"event_id": mention.event_id, "article_id": mention.article_id,
            "source": art.get("source"), "url": art.get("url"), "title": art.get("title"),
            "published": art.get("published"),
            "paragraphs": [{"text": text[lo:hi], "marks": sorted(marks)}
                           for (lo, hi), marks in sorted(paragraphs.items())]}


def _authorise(request: Request, token: str | None) -> None:
    if token is None:
        raise ApiError(403, "writes are disabled: start the server with --token or "
                            "$EVENTLEDGER_API_TOKEN")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(),
                                                             token.encode()):
        raise ApiError(401, "a valid 'Authorization: Bearer <token>' header is required")


async def _capped_body(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > cap):
        raise ApiError(413, f"request body over {cap} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise ApiError(413, f"request body over {cap} bytes")
        chunks.append(chunk)
    if not size:
        raise ApiError(400, "empty request body: send a JSON article or a list of them")
    return b"".join(chunks)


def _ingest(db: Path, articles: list[Any], lock: threading.Lock) -> dict[str, Any]:
    """Extract and store, as `eventledger ingest` does; returns its counts."""
    import datetime as dt

    from eventledger.pipeline import process_stream

    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    total = IngestResult()
    warnings: list[str] = []
    with lock, Store(db) as store:
        for records in process_stream(articles):
            warnings += records.warnings
            total += store.ingest(records, stamp)
        counts = store.counts()
    return {**asdict(total), "warnings": warnings, "database": counts}


def _errors(app: FastAPI) -> None:
    """Every error as {"error": "..."} with a 4xx status; never a traceback."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return JSONResponse({"error": message}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        return JSONResponse({"error": f"bad parameter {where}: {first.get('msg', 'invalid')}"},
                            status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": "internal error (logged on the server)"},
                            status_code=500)
