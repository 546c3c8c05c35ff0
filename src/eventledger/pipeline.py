"""The pipeline, wired in one place: ingest → nlp → when → where → extract, per article.

`process_article` is a pure function (article in, records out); `process_stream` runs it over an
iterable in batches, in this process or in worker processes, keeping input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from eventledger import language, nlp, when
from eventledger.eventtype.model import TypeModel, type_model
from eventledger.extract import ExtractionContext, extract
from eventledger.schema import Article, ArticleRecords
from eventledger.where import gazetteer
from eventledger.where.geoparse import geoparse, to_place

BATCH_SIZE = 32


def process_article(article: Article, doc=None, typer: TypeModel | None = None,
                    rules_only: bool = False, country_hint: str | None = None
                    ) -> ArticleRecords:
    """All events and figures of one article (pass `doc` if it is already parsed; `typer`
    replaces the shipped typing model, e.g. a cross-validation fold's; `rules_only` runs
    without one; `country_hint`, an ISO alpha-2 code, is the country when the text names
    none)."""
    warnings: list[str] = []
    published = dt.date.fromisoformat(article.published) if article.published else None
    if published is None:
        warnings.append(f"{article.doc_id}: no publication date; relative dates left unresolved")
    lang = language.detect(article.text)
    if lang is not None and lang != "en":
        warnings.append(f"{article.doc_id}: the text is in {language.language_name(lang)} "
                        f"({lang}); only English is read for now, so no events were extracted")
        return ArticleRecords(article=article, events=[], figures=[], warnings=warnings)
    if language.caseless(article.text):
        warnings.append(f"{article.doc_id}: the text is all lower-case; place, person and "
                        "organisation names are found less often, so places and actors suffer")
    if doc is None:
        doc = nlp.parse(article.text)
    timexes = when.tag(article.text, published)
    gaz = gazetteer.load()
    toponyms, country_iso2 = geoparse(doc, gaz)
    country_iso2 = country_iso2 or country_hint
    country_entry = gaz.country(country_iso2) if country_iso2 else None
    ctx = ExtractionContext(
        article=article, doc=doc, published=published, timexes=timexes, toponyms=toponyms,
        country_iso2=country_iso2,
        country_place=to_place(country_entry) if country_entry else None,
        country_name=country_entry.name if country_entry else None,
        warnings=warnings, typer=None if rules_only else typer or type_model(),
    )
    events, figures = extract(ctx)
    if country_iso2 is None and events:
        warnings.append(f"{article.doc_id}: no country found in the text; its events have no "
                        "place (--country gives a batch's country)")
    return ArticleRecords(article=article, events=events, figures=figures, warnings=warnings)


def _process_batch(articles: list[Article], typer: TypeModel | None = None,
                   rules_only: bool = False, country_hint: str | None = None
                   ) -> list[ArticleRecords]:
    docs = nlp.parse_many([a.text for a in articles])
    return [process_article(a, d, typer, rules_only, country_hint)
            for a, d in zip(articles, docs)]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def warm_up() -> None:
    """Load the models and gazetteer now (in a worker, before its first batch)."""
    nlp.load()
    gazetteer.load()
    type_model()


def process_stream(articles: Iterable[Article], workers: int = 1,
                   batch_size: int = BATCH_SIZE, typer: TypeModel | None = None,
                   rules_only: bool = False, country_hint: str | None = None
                   ) -> Iterator[ArticleRecords]:
    """Process articles in input order with flat memory; `workers` > 1 uses processes."""
    if workers <= 1:
        for batch in _batches(articles, batch_size):
            yield from _process_batch(batch, typer, rules_only, country_hint)
        return
    warm_up()  # build caches once before forking readers
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up) as pool:
        pending = []
        for batch in _batches(articles, batch_size):
            pending.append(pool.submit(_process_batch, batch, typer, rules_only,
                                       country_hint))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
