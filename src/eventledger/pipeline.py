"""The pipeline, wired in one place: ingest → nlp → when → where → extract, per article.

`process_article` is a pure function (article in, records out); `process_stream` runs it over an
iterable in batches, in this process or in worker processes, keeping input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING

from eventledger import language, nlp, truecase, when
from eventledger.eventtype.model import TypeModel, type_model
from eventledger.extract import ExtractionContext, extract, title_block_end
from eventledger.roles import mark_places
from eventledger.schema import Article, ArticleRecords, Place
from eventledger.where import gazetteer
from eventledger.where.geoparse import Toponym, geoparse, outlet_country, to_place, within

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 32
HEADLINE_RANK = {"city": 0, "admin2": 1, "admin1": 2}  # a town before its region
PLACE_NAME_REACH = 80  # characters a place name may run before a date inside it
TOWN_NAMED_ALONE = 5000  # people a town needs for its lone name to be capitalised in case-less text


@dataclass(frozen=True, slots=True)
class Options:
    """How to run the pipeline over a batch; the defaults are what the command line does."""

    typer: TypeModel | None = None  # a typing model to use instead of the shipped one
    rules_only: bool = False  # no typing model at all
    country_hint: str | None = None  # ISO alpha-2: the country when an article names none
    language: str | None = None  # ISO 639-1: the batch's language, instead of detecting it

    def typing_model(self) -> TypeModel | None:
        """The typing model these options ask for (the shipped one, loaded once, by default)."""
        return None if self.rules_only else self.typer or type_model()


DEFAULT = Options()


def process_article(article: Article, doc: Doc | None = None, options: Options = DEFAULT
                    ) -> ArticleRecords:
    """All events and figures of one article (pass `doc` if it is already parsed)."""
    warnings: list[str] = []
    published = dt.date.fromisoformat(article.published) if article.published else None
    if published is None:
        warnings.append(f"{article.doc_id}: no publication date; relative dates left unresolved")
    lang = _language_of(article, options)
    article = replace(article, language=lang)
    if lang is not None and lang not in nlp.LANGUAGES:
        readable = " and ".join(language.language_name(c) for c in sorted(nlp.LANGUAGES))
        warnings.append(f"{article.doc_id}: the text is in {language.language_name(lang)} "
                        f"({lang}); only {readable} are read, so no events were extracted")
        return ArticleRecords(article=article, events=[], figures=[], warnings=warnings)
    read_as = lang or "en"
    if language.caseless(article.text):
        warnings.append(f"{article.doc_id}: the text is all lower-case; "
                        + ("its case was restored from a table of news spellings and the "
                           "gazetteer, so person and organisation names it lacks are missed"
                           if read_as == "en" else "place, person and organisation names are "
                           "found less often, so places and actors suffer"))
    if doc is None:
        doc = nlp.parse(text_to_parse(article.text, read_as), language=read_as)
    timexes = when.tag(article.text, published, language=read_as)
    gaz = gazetteer.load()
    # (a headline given apart that names one country, "Equatorial Guinea villagers detained
    # ...", votes for it; a headline the text opens with is read with the text, not twice)
    title_places = geoparse(nlp.parse(article.title, language=read_as), gaz)[0] \
        if article.title and not title_block_end(article.text) else []
    toponyms, country_iso2 = geoparse(doc, gaz, outlet_country(article.url, gaz),
                                      _one_country(title_places))
    # "a shootout in August Town", "6 October City": a date inside a place's name is none
    timexes = [t for t in timexes if not any(
        p.locates and t.end <= p.end and p.end - p.start > t.end - t.start
        for p in within(toponyms, t.start - PLACE_NAME_REACH, t.start + 1))]
    mark_places(doc, {tok.i for t in toponyms if t.locates and t.resolved.feature != "country"
                      for tok in doc.char_span(t.start, t.end, alignment_mode="expand") or ()})
    country_iso2 = country_iso2 or options.country_hint
    country_entry = gaz.country(country_iso2) if country_iso2 else None
    headline = _headline_place(article, toponyms, title_places, country_iso2)
    ctx = ExtractionContext(
        article=article, doc=doc, published=published, timexes=timexes, toponyms=toponyms,
        country_iso2=country_iso2,
        country_place=to_place(country_entry) if country_entry else None,
        country_name=country_entry.name if country_entry else None,
        warnings=warnings, typer=options.typing_model(),
        seat_of=lambda country: to_place(seat) if (seat := gaz.capital(country)) else None,
        country_name_of=lambda iso2: entry.name if (entry := gaz.country(iso2)) else None,
        headline_place=headline,
    )
    events, figures = extract(ctx)
    if country_iso2 is None and events:
        warnings.append(f"{article.doc_id}: no country found in the text; its events have no "
                        "place (--country gives a batch's country)")
    return ArticleRecords(article=article, events=events, figures=figures, warnings=warnings)


def text_to_parse(text: str, language_code: str) -> str:
    """The text as the parser should read it: English text written all in lower case gets its
    names' capitals back (same length, so every offset is the text's)."""
    if language_code != "en" or not language.caseless(text):
        return text
    gaz = gazetteer.load()

    def is_place(name: str) -> bool:
        return any(e.feature in ("country", "admin1") or " " in name
                   or e.population >= TOWN_NAMED_ALONE for e in gaz.lookup(name))

    return truecase.restore(text, is_place)


def _language_of(article: Article, options: Options) -> str | None:
    """The article's language: as the options or the article say, else as detected."""
    return options.language or article.language or language.detect(article.text)


def _process_batch(articles: list[Article], options: Options) -> list[ArticleRecords]:
    """Each language's articles parsed in one batch by its model; results in input order."""
    found = [_language_of(a, options) for a in articles]  # detected once, kept below
    langs = [la or "en" for la in found]
    docs: dict[int, Doc] = {}
    for lang in sorted(set(langs) & nlp.LANGUAGES):
        chosen = [i for i, la in enumerate(langs) if la == lang]
        texts = [text_to_parse(articles[i].text, lang) for i in chosen]
        for i, doc in zip(chosen, nlp.parse_many(texts, language=lang)):
            docs[i] = doc
    return [process_article(replace(a, language=la) if la else a, docs.get(i), options)
            for i, (a, la) in enumerate(zip(articles, found))]


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
                   batch_size: int = BATCH_SIZE, options: Options = DEFAULT
                   ) -> Iterator[ArticleRecords]:
    """Process articles in input order with flat memory; `workers` > 1 uses processes."""
    if workers <= 1:
        for batch in _batches(articles, batch_size):
            yield from _process_batch(batch, options)
        return
    warm_up()  # build caches once before forking readers
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up) as pool:
        pending = []
        for batch in _batches(articles, batch_size):
            pending.append(pool.submit(_process_batch, batch, options))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()


def _one_country(places: list[Toponym]) -> str | None:
    """The ISO alpha-2 of the one country the places name, else None."""
    # (by name: "Russian forces shell Kharkiv" names a side, not where the story is)
    countries = {t.entry.iso2 for t in places if t.entry is not None and
                 t.entry.feature == "country" and not t.adjectival}
    return countries.pop() if len(countries) == 1 else None


def _headline_place(article: Article, toponyms: list[Toponym], title_places: list[Toponym],
                    country_iso2: str | None) -> Place | None:
    """The most specific place of the article's country that its headline names (a headline
    at the top of the text, else the `title` field, whose places are `title_places`), or
    None."""
    title_end = title_block_end(article.text)
    named = [t for t in toponyms if t.start < title_end] or title_places
    local = [t.entry for t in named if t.entry is not None and t.locates
             and t.entry.feature in ("city", "admin2", "admin1")
             and (country_iso2 is None or t.entry.iso2 == country_iso2)]
    return to_place(min(local, key=lambda e: HEADLINE_RANK[e.feature])) if local else None
