"""eventledger: news reports in; sourced, geocoded, time-resolved political event records out."""

from __future__ import annotations

__version__ = "0.2.0"

from eventledger.schema import Actor, Article, ArticleRecords, Event, Evidence, Figure, Place

__all__ = ["Actor", "Article", "ArticleRecords", "Event", "Evidence", "Figure", "Place",
           "__version__", "process_article"]


def process_article(article: Article) -> ArticleRecords:
    """Events and figures of one article (loads the model and gazetteer on first use)."""
    from eventledger.pipeline import process_article as _process

    return _process(article)
