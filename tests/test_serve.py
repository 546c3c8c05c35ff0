import json

import pytest
from fastapi.testclient import TestClient

from conftest import run
from eventledger.serve import Settings, create_app
from eventledger.store import EventFilter, Store

REPORT_A = ("Thousands of teachers marched in Nairobi, Kenya, on Tuesday. Police fired tear "
            "gas at them.")
REPORT_B = "Police in Nairobi, Kenya, used tear gas on Tuesday to disperse marching teachers."
OTHER = "Police arrested 45 people in Mombasa on Friday."
TOKEN = "s3cret-token"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "e.db"
    with Store(path) as store:
        for doc_id, text, source in (("a", REPORT_A, "Wire A"), ("b", REPORT_B, "Wire B"),
                                     ("c", OTHER, "Wire C")):
            store.ingest(run(text, doc_id=doc_id, source=source), "2024-03-16T00:00:00")
    return path


@pytest.fixture
def client(db):
    return TestClient(create_app(Settings(db=db, token=TOKEN)))


def test_events_are_the_cli_events_with_a_total_and_pages(client, db):
    body = client.get("/api/events").json()
    with Store(db) as store:
        expected = [{k: v for k, v in r.items() if k != "updated_at"}
                    for r in store.canonical_events()]
    assert body == {"total": len(expected), "events": expected}
    page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == len(expected) and page["events"] == expected[1:2]
    arrests = client.get("/api/events", params={"type": "Arrests", "country": "kenya"}).json()
    with Store(db) as store:
        cli = list(store.canonical_events(EventFilter(event_type="Arrests", country="kenya")))
    assert [e["event_id"] for e in arrests["events"]] == [r["event_id"] for r in cli]
    assert [e["location"] for e in arrests["events"]] == ["Mombasa"]


def test_one_incident_by_any_of_its_ids_with_history_and_marked_evidence(client, db):
    protests = [e for e in client.get("/api/events").json()["events"]
                if e["event_type"] == "Protests"]
    [incident] = protests
    assert incident["mention_count"] == 2  # two outlets, one protest
    with Store(db) as store:
        member = next(m.event_id for m in store.mentions(incident["event_id"])
                      if m.event_id != incident["event_id"])
    assert client.get(f"/api/events/{member}").json()["event_id"] == incident["event_id"]
    history = client.get(f"/api/events/{member}/history").json()
    assert history["event_id"] == incident["event_id"] and len(history["revisions"]) >= 2
    reports = client.get(f"/api/events/{incident['event_id']}/evidence").json()["reports"]
    assert {r["source"] for r in reports} == {"Wire A", "Wire B"}
    for report in reports:
        for paragraph in report["paragraphs"]:
            for start, end in paragraph["marks"]:
                assert paragraph["text"][start:end] in (REPORT_A + REPORT_B)
    article = client.get(f"/api/articles/{reports[0]['article_id']}").json()
    assert article["text"] in (REPORT_A, REPORT_B) and article["source"] in ("Wire A", "Wire B")


def test_exports_figures_and_deletions(client):
    geo = client.get("/api/events.geojson")
    assert geo.headers["content-type"].startswith("application/geo+json")
    assert geo.json()["type"] == "FeatureCollection" and geo.json()["features"]
    csv = client.get("/api/events.csv", params={"type": "Arrests"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].startswith("event_id_cnty,event_date")
    assert len(csv.text.splitlines()) == 2
    assert client.get("/api/figures").json().keys() == {"total", "figures"}
    assert client.get("/api/deletions").json() == {"total": 0, "deletions": []}


@pytest.mark.parametrize("path, status", [
    ("/api/events?limit=1001", 400), ("/api/events?limit=abc", 400),
    ("/api/events?offset=-1", 400), ("/api/events?since=2024-02-30", 400),
    ("/api/events?country=" + "x" * 200, 400), ("/api/events/ffffffffffff", 404),
    ("/api/events/ffffffffffff/history", 404), ("/api/articles/nothing", 404),
    ("/api/nowhere", 404),
])
def test_bad_requests_get_a_json_error_never_a_traceback(client, path, status):
    res = client.get(path)
    assert res.status_code == status
    assert list(res.json()) == ["error"] and "Traceback" not in res.text


def test_a_search_is_data_not_sql(client):
    res = client.get("/api/events", params={"q": '"; DROP TABLE events; --'})
    assert res.status_code == 200 and res.json()["total"] == 0
    assert client.get("/api/events").json()["total"] > 0


def test_writes_need_the_token_and_a_sound_body(client, db):
    url = "/api/articles"
    assert client.post(url, json={"text": OTHER}).status_code == 401
    bad = {"Authorization": "Bearer wrong"}
    assert client.post(url, json={"text": OTHER}, headers=bad).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post(url, content=b"{not json", headers=auth).json()["error"].startswith(
        "malformed JSON")
    assert client.post(url, json={"title": "no text"}, headers=auth).status_code == 400
    assert client.post(url, content=b"", headers=auth).status_code == 400
    big = json.dumps({"text": "x" * 6_000_000}).encode()
    assert client.post(url, content=big, headers=auth).status_code == 413
    added = client.post(url, json={"id": "d", "text": "Police arrested 30 protesters in "
                                   "Nairobi on Tuesday. The minister met the ambassador on "
                                   "Monday.", "published": "2024-03-15"}, headers=auth)
    assert added.status_code == 200
    assert added.json()["articles_added"] == 1 and added.json()["events_added"] >= 1
    again = client.post(url, json={"id": "d", "text": "Police arrested 30 protesters in "
                                   "Nairobi on Tuesday. The minister met the ambassador on "
                                   "Monday.", "published": "2024-03-15"}, headers=auth)
    assert again.json()["articles_skipped"] == 1  # idempotent


def test_without_a_token_the_server_is_read_only(db):
    client = TestClient(create_app(Settings(db=db)))
    res = client.post("/api/articles", json={"text": OTHER},
                      headers={"Authorization": "Bearer anything"})
    assert res.status_code == 403 and "disabled" in res.json()["error"]


def test_cors_is_off_unless_an_origin_is_allowed(db):
    origin = {"Origin": "https://dashboard.example"}
    closed = TestClient(create_app(Settings(db=db))).get("/api/events", headers=origin)
    assert "access-control-allow-origin" not in closed.headers
    opened = TestClient(create_app(Settings(db=db, cors_origins=("https://dashboard.example",)))
                        ).get("/api/events", headers=origin)
    assert opened.headers["access-control-allow-origin"] == "https://dashboard.example"


def test_schema_docs_and_the_web_app_are_served_from_this_machine(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/events/{event_id}/history",
            "/api/events.geojson", "/api/events.csv", "/api/figures", "/api/deletions",
            "/api/articles/{article_id}", "/api/articles"} <= set(paths)
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    page = client.get("/").text
    assert "/static/app.js" in page and "http" not in page.replace("http-equiv", "")
