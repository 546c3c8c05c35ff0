"""`eventledger watch`: poll feeds and sitemaps, fetch each new article once, and ingest it.

What was fetched is remembered in the database (`feed_items`, `feeds`), so a restart resumes
and no page is fetched twice; a feed's ETag and Last-Modified make the next poll conditional.
Every failure (a dead feed, a 404, a page that is not HTML or holds no text) is one line on the
log and never stops the loop. A page that failed for good is not fetched again; one that failed
for a while (a timeout, a 5xx after retries) is tried again at the next poll.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from eventledger.feeds.fetch import FetchError, PoliteClient
from eventledger.feeds.parse import FeedError, FeedItem, listing
from eventledger.ingest import IngestError, Metadata, decode, html_article
from eventledger.pipeline import process_article
from eventledger.store import Store

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_SITEMAP_DEPTH = 2


@dataclass
class PollReport:
    """What one poll of every feed did."""

    feeds_read: int = 0
    feeds_failed: int = 0
    new_items: int = 0
    articles_added: int = 0
    events_added: int = 0
    failures: list[str] = field(default_factory=list)


def poll(feeds: list[str], store: Store, client: PoliteClient,
         log: Callable[[str], None]) -> PollReport:
    """Read every feed once and ingest the articles not seen before."""
    report = PollReport()
    for feed in feeds:
        try:
            items = _read_feed(feed, store, client, depth=0)
        except (FetchError, FeedError) as exc:
            report.feeds_failed += 1
            _fail(report, log, str(exc))
            store.save_feed_state(feed, *store.feed_state(feed), _now(), f"failed: {exc}")
            continue
        report.feeds_read += 1
        for item in items:
            _ingest_item(item, feed, store, client, report, log)
    return report


def _read_feed(feed: str, store: Store, client: PoliteClient, depth: int) -> list[FeedItem]:
    """The new items of a feed (or of a sitemap and the sitemaps it indexes)."""
    etag, modified = store.feed_state(feed)
    fetched = client.get(feed, etag, modified)
    if fetched.status == 304:
        store.save_feed_state(feed, etag, modified, _now(), "not modified")
        return []
    if fetched.status >= 400:
        raise FetchError(f"{feed}: HTTP {fetched.status}")
    found = listing(fetched.body, feed)
    items = list(found.items)
    if depth < MAX_SITEMAP_DEPTH:
        for child in found.sitemaps:
            items += _read_feed(child, store, client, depth + 1)
    store.save_feed_state(feed, fetched.headers.get("etag"),
                          fetched.headers.get("last-modified"), _now(), "read")
    fresh = set(store.unseen([i.url for i in items]))
    new = []
    for item in items:
        if item.url in fresh:  # once, even when listed twice
            new.append(item)
            fresh.discard(item.url)
    return new


def _ingest_item(item: FeedItem, feed: str, store: Store, client: PoliteClient,
                 report: PollReport, log: Callable[[str], None]) -> None:
    report.new_items += 1
    try:
        fetched = client.get(item.url)
    except FetchError as exc:
        _fail(report, log, str(exc))  # transient: tried again at the next poll
        return
    if fetched.status >= 400 or fetched.content_type not in HTML_TYPES:
        why = f"HTTP {fetched.status}" if fetched.status >= 400 else \
            f"not an HTML page ({fetched.content_type or 'no content type'})"
        store.mark_item(item.url, feed, _now(), f"failed: {why}")
        _fail(report, log, f"{item.url}: {why}")
        return
    meta = Metadata(published=item.published, source=item.source or _host(feed),
                    url=item.url, title=item.title)
    try:
        article = html_article(decode(fetched.body, item.url), item.url, meta, default_id=None)
    except IngestError as exc:
        store.mark_item(item.url, feed, _now(), f"failed: {exc}")
        _fail(report, log, str(exc))
        return
    records = process_article(article)
    for warning in records.warnings:
        log(f"watch: {warning}")
    result = store.ingest(records, _now())
    store.mark_item(item.url, feed, _now(), "ingested", article.article_id)
    report.articles_added += result.articles_added
    report.events_added += result.events_added


def watch(feeds: list[str], store: Store, client: PoliteClient, interval: float, once: bool,
          log: Callable[[str], None]) -> int:
    """Poll until interrupted (or once); the exit status: 0 when every feed was read."""
    while True:
        report = poll(feeds, store, client, log)
        log(f"watch: {report.feeds_read} feed(s) read, {report.feeds_failed} failed; "
            f"{report.new_items} new item(s), {report.articles_added} article(s) and "
            f"{report.events_added} event(s) added")
        if once:
            return 0 if report.feeds_failed == 0 else 1
        time.sleep(interval)


def _fail(report: PollReport, log: Callable[[str], None], message: str) -> None:
    report.failures.append(message)
    log(f"watch: {message}")


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
