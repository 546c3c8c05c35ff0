"""The web app in real headless Chromium (Debian's package, driven by Playwright).

Skips, saying why, where Chromium, Playwright or the web app's npm-built assets are missing.
`EVENTLEDGER_SCREENSHOT=docs/app.png` saves the screenshot shown in the README.
"""

import os
import shutil
import socket
import threading
import time

import pytest

from conftest import EXAMPLES
from eventledger.cli import main
from eventledger.serve import Settings, create_app
from eventledger.serve.app import STATIC

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path):
    """A server on loopback over a database of the bundled examples; yields its address."""
    import uvicorn

    db = tmp_path / "e.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "-q"]) == 0
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if CHROMIUM is None:
        pytest.skip("no Chromium on this machine: apt-get install chromium")
    if not (STATIC / "vendor" / "leaflet.js").exists():
        pytest.skip("web assets not built: run `make setup` (needs npm)")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.mark.model
@pytest.mark.slow
def test_events_on_the_map_in_the_table_and_their_marked_evidence(served, browser):
    import httpx

    api = httpx.get(f"{served}/api/events", params={"limit": 1000}).json()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(served + "/")
    page.wait_for_selector("#events tbody tr")
    rows = page.locator("#events tbody tr")
    shown = {rows.nth(i).get_attribute("data-event-id") for i in range(rows.count())}
    assert shown == {e["event_id"] for e in api["events"][:50]}
    # On the map: clusters of the drawn events; opening one shows markers carrying their ids.
    page.wait_for_selector("#map .marker-cluster, #map [data-event-id]")
    if page.locator("#map [data-event-id]").count() == 0:
        page.locator("#map .marker-cluster").first.click()
        page.wait_for_selector("#map [data-event-id]")
    marker_id = page.locator("#map [data-event-id]").first.get_attribute("data-event-id")
    assert marker_id in {e["event_id"] for e in api["events"]}
    if os.environ.get("EVENTLEDGER_SCREENSHOT"):
        page.goto(served + "/")
        page.wait_for_selector("#events tbody tr")
    # One event: its evidence sentence marked in its paragraph.
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#event-view mark")
    first = api["events"][0]
    assert page.locator("#event-view h2").get_attribute("data-event-id") == first["event_id"]
    marked = page.locator("#event-view mark").first.text_content()
    assert marked and marked.strip() in {e["text"].strip() for e in first["evidence"]}
    assert "event=" in page.url  # the open event is in the address, to share
    if os.environ.get("EVENTLEDGER_SCREENSHOT"):
        page.wait_for_timeout(500)
        page.screenshot(path=os.environ["EVENTLEDGER_SCREENSHOT"])
    # Filters live in the URL: a shared address shows the same selection.
    page.goto(served + "/?type=Protests")
    page.wait_for_function("document.getElementById('status').textContent.includes('event')")
    protests = httpx.get(f"{served}/api/events", params={"type": "Protests"}).json()
    rows = page.locator("#events tbody tr")
    assert rows.count() == protests["total"] > 0
    assert page.locator("input[name=type]").input_value() == "Protests"
    assert errors == []
