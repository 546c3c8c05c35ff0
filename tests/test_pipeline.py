from eventledger.pipeline import process_stream
from eventledger.schema import Article


def articles(n):
    return [Article(doc_id=str(i), text=f"Police detained {i + 2} students in Nairobi on "
                                        f"Monday.", published="2024-03-15") for i in range(n)]


def test_workers_keep_order_and_results():
    serial = [r.records() for r in process_stream(articles(6), workers=1, batch_size=4)]
    parallel = [r.records() for r in process_stream(articles(6), workers=2, batch_size=2)]
    assert serial == parallel
    assert [recs[0]["doc_id"] for recs in serial] == [str(i) for i in range(6)]
