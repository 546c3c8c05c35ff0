import pytest

from eventledger.schema import Actor, Article, Event, Evidence, Figure, stable_id

EVENT_KEYS = {
    "record", "doc_id", "event_id", "article_id", "event_date", "date_end", "time_precision",
    "date_text", "disorder_type", "event_type", "sub_event_type", "plover_event", "plover_mode",
    "plover_context", "kind", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "actors", "country", "iso", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "geonameid", "fatalities", "injured", "arrested",
    "crowd_size", "modality", "attributed_to", "evidence", "notes", "source", "source_url",
    "confidence",
}
FIGURE_KEYS = {"record", "doc_id", "figure_id", "article_id", "metric", "value", "unit", "as_of",
               "scope", "reported_by", "evidence", "source"}


def test_event_dict_has_every_key_and_round_trips():
    ev = Event(event_id="e1", doc_id="d", article_id="a",
               actors=[Actor("police", "Police Forces of X", "source", 0, 6)],
               evidence=[Evidence("police fired", 0, 12)])
    d = ev.to_dict()
    assert set(d) == EVENT_KEYS
    assert list(d)[:2] == ["record", "doc_id"] and d["record"] == "event"
    assert d["actors"][0] == {"text": "police", "normalized": "Police Forces of X",
                              "role": "source", "start": 0, "end": 6}
    assert Event.from_dict(d).to_dict() == d


def test_figure_dict_keys_and_integer_values():
    fig = Figure(figure_id="f", doc_id="d", article_id="a", metric="deaths", value=66.0)
    d = fig.to_dict()
    assert set(d) == FIGURE_KEYS and d["record"] == "figure"
    assert d["value"] == 66 and isinstance(d["value"], int)


def test_article_id_is_content_address():
    a = Article("x", "same text", url="http://e/1")
    assert a.article_id == Article("y", "same text", url="http://e/1").article_id
    assert a.article_id != Article("x", "other text", url="http://e/1").article_id
    assert stable_id("a", 1) == stable_id("a", 1) != stable_id("a", 2)


@pytest.mark.model
def test_every_extracted_record_stays_in_the_vocabularies():
    from conftest import EXAMPLES
    from eventledger.ingest import read_articles
    from eventledger.pipeline import process_stream
    from eventledger.schema import FIGURE_METRICS, MODALITIES
    from eventledger.taxonomy import acled_types, plover

    articles = list(read_articles([str(EXAMPLES)]))
    n = 0
    for recs in process_stream(articles):
        text = recs.article.text
        for ev in recs.events:
            n += 1
            assert ev.modality in MODALITIES and ev.kind in ("event", "disruption")
            assert ev.plover_event in plover()["event_types"]
            assert set(ev.plover_context) <= set(plover()["contexts"])
            if ev.sub_event_type:
                assert acled_types(ev.sub_event_type) == (ev.disorder_type, ev.event_type,
                                                           ev.sub_event_type)
            assert ev.time_precision in (1, 2, 3) and ev.geo_precision in (1, 2, 3)
            assert all(text[e.start:e.end] == e.text for e in ev.evidence)
        for fig in recs.figures:
            assert fig.metric in FIGURE_METRICS
    assert n > 10
