"""What a feed or a sitemap lists: article addresses with their titles and dates.

RSS 2.0 and Atom are read by `feedparser`; XML sitemaps (and sitemap indexes, and Google News
sitemaps' publication dates) by the standard library's XML parser.
"""

from __future__ import annotations

import datetime as dt
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass


class FeedError(Exception):
    """A body that is neither a feed nor a sitemap."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One listed article."""

    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None  # the feed's title


@dataclass(frozen=True, slots=True)
class Listing:
    """What one feed or sitemap lists: articles, and (for a sitemap index) further sitemaps."""

    items: list[FeedItem]
    sitemaps: list[str]


def listing(body: bytes, url: str) -> Listing:
    """The articles a feed or sitemap body lists; raises FeedError for anything else."""
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(body, url)
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        raise FeedError(f"{url}: neither an RSS/Atom feed nor a sitemap")
    source = parsed.feed.get("title") or None
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(FeedItem(url=link, title=entry.get("title") or None,
                              published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
                              source=source))
    return Listing(items, [])


def _sitemap(body: bytes, url: str) -> Listing:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise FeedError(f"{url}: malformed sitemap XML ({exc})") from None
    items, sitemaps = [], []
    for node in root:
        loc = _child_text(node, "loc")
        if not loc:
            continue
        if _local(node.tag) == "sitemap":
            sitemaps.append(loc)
            continue
        news_date = _child_text(node, "publication_date") or _child_text(node, "lastmod")
        items.append(FeedItem(url=loc, title=_child_text(node, "title"),
                              published=_day(news_date)))
    return Listing(items, sitemaps)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(node: ET.Element, name: str) -> str | None:
    """The text of the first descendant called `name`, in any namespace."""
    for child in node.iter():
        if child is not node and _local(child.tag) == name and child.text:
            return child.text.strip()
    return None


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
