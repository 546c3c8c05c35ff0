import pytest

from eventledger.pipeline import process_stream
from eventledger.schema import Article


def articles(n):
    return [Article(doc_id=str(i), text=f"Police detained {i + 2} students in Nairobi on "
                                        f"Monday.", published="2024-03-15") for i in range(n)]


@pytest.mark.model
def test_workers_keep_order_and_results():
    serial = [r.records() for r in process_stream(articles(6), workers=1, batch_size=4)]
    parallel = [r.records() for r in process_stream(articles(6), workers=2, batch_size=2)]
    assert serial == parallel
    assert [recs[0]["doc_id"] for recs in serial] == [str(i) for i in range(6)]


def test_long_text_is_cut_at_breaks_and_joins_back_exactly():
    from eventledger.nlp import chunks
    text = ("Police dispersed a march in the capital on Monday. " * 40 + "\n\n") * 30
    pieces = chunks(text, size=5000)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert all(len(p) <= 5000 for p in pieces)


@pytest.mark.model
@pytest.mark.slow
def test_long_article_parses_in_pieces_with_exact_offsets():
    from eventledger.nlp import CHUNK_CHARS, parse
    para = "Soldiers clashed with rebels near Goma on Tuesday, residents said.\n\n"
    text = para * (CHUNK_CHARS * 2 // len(para))
    doc = parse(text)
    assert doc.text == text
    starts = [s.start_char for s in doc.sents]
    assert starts == list(range(0, len(text), len(para)))[:len(starts)]
    assert len(starts) == text.count("\n\n")


@pytest.mark.model
def test_public_api_processes_one_article():
    from eventledger import Article as PublicArticle
    from eventledger import process_article
    records = process_article(PublicArticle(doc_id="a1", published="2024-03-15",
                                            text="Police arrested 45 protesters in Nairobi on "
                                                 "Thursday."))
    [event] = records.events
    assert (event.sub_event_type, event.actor1, event.location, event.arrested) == \
        ("Protest with intervention", "Protesters (Kenya)", "Nairobi", 45)
    assert event.actor2 == "Police Forces of Kenya"  # ACLED: the crowd, then the force
    assert 0.0 < event.confidence <= 1.0
    assert event.evidence[0].text == records.article.text  # the one sentence says so


@pytest.mark.model
def test_a_lower_case_article_gets_its_places_back():
    from eventledger.pipeline import process_article
    text = ("soroti: police fired tear gas at traders protesting against a new market tax in "
            "soroti on tuesday, a police spokesman said. in tororo, two men were killed when "
            "gunmen attacked a bus on monday night.")
    recs = process_article(Article(doc_id="lc", text=text, published="2024-05-09"))
    assert {(e.location, e.country) for e in recs.events} == {("Soroti", "Uganda"),
                                                               ("Tororo", "Uganda")}
    # the evidence still quotes the text as written
    assert all(ev.text == text[ev.start:ev.end] for e in recs.events for ev in e.evidence)
    assert any("lower-case" in w for w in recs.warnings)
