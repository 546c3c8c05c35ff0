"""`watch` against a local HTTP server on loopback that serves feeds and pages written here."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventledger.cli import main
from eventledger.feeds.fetch import PoliteClient
from eventledger.feeds.parse import listing
from eventledger.feeds.watch import poll
from eventledger.store import Store

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1><p>{text}</p></article><footer>Copyright the test wire</footer>
</body></html>"""
FIRST = "Police arrested 45 people in Mombasa on Friday."
SECOND = "Thousands of teachers marched in Nairobi on Tuesday to demand higher pay."
THIRD = "Gunmen abducted 12 villagers in Gusau, in Zamfara state, on Sunday night."


def rss(base: str, *paths: str) -> str:
    items = "".join(f"<item><title>Item {p}</title><link>{base}{p}</link>"
                    f"<pubDate>Sat, 16 Mar 2024 09:00:00 GMT</pubDate></item>" for p in paths)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>{base}/</link><description>t</description>{items}</channel></rss>")


class Site:
    """Routes: path -> (status, content type, body); counts requests and keeps their headers."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, str]] = {}
        self.hits: dict[str, int] = {}
        self.headers: dict[str, list[dict[str, str]]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                site.headers.setdefault(self.path, []).append(dict(self.headers))
                status, ctype, body = site.routes.get(self.path, (404, "text/plain", "no"))
                etag = f'"{hash(body) & 0xffff}"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, path: str, title: str, text: str) -> None:
        self.routes[path] = (200, "text/html; charset=utf-8", PAGE.format(title=title, text=text))


@pytest.fixture
def site():
    s = Site()
    s.routes["/robots.txt"] = (200, "text/plain", "User-agent: *\nDisallow: /private/\n")
    s.page("/a1.html", "Arrests in Mombasa", FIRST)
    s.page("/a2.html", "Teachers march", SECOND)
    s.page("/private/a3.html", "Not for crawlers", THIRD)
    s.routes["/empty.html"] = (200, "text/html", "<html><head><title>Soon</title></head>"
                                                 "<body></body></html>")
    s.routes["/report.pdf"] = (200, "application/pdf", "%PDF-1.4 binary")
    s.routes["/feed.xml"] = (200, "application/rss+xml", rss(
        s.base, "/a1.html", "/a2.html", "/missing.html", "/report.pdf", "/private/a3.html",
        "/empty.html"))
    yield s
    s.server.shutdown()


def test_one_poll_ingests_new_articles_and_logs_each_failure_in_one_line(site, tmp_path):
    lines: list[str] = []
    with Store(tmp_path / "e.db") as store:
        client = PoliteClient(delay=0)
        report = poll([site.base + "/feed.xml", site.base + "/dead.xml"], store, client,
                      lines.append)
        assert (report.feeds_read, report.feeds_failed) == (1, 1)
        assert report.articles_added == 2 and report.events_added >= 2
        locations = {e["location"] for e in store.canonical_events()}
        assert {"Mombasa", "Nairobi"} <= locations
        stored = store.article(next(store.events()).article_id)
        assert stored["url"].startswith(site.base) and stored["source"] == "Test Wire"
        assert stored["published"] == "2024-03-16"  # the feed's date
    assert site.hits.get("/private/a3.html") is None  # robots.txt obeyed
    joined = "\n".join(lines)
    for fragment in ("dead.xml: HTTP 404", "missing.html: HTTP 404", "not an HTML page",
                     "robots.txt", "empty.html: HTML holds no article text"):
        assert fragment in joined
    assert all("\n" not in line for line in lines)


def test_a_restart_resumes_without_fetching_a_page_twice(site, tmp_path):
    db = tmp_path / "e.db"
    for _ in range(2):
        with Store(db) as store:
            client = PoliteClient(delay=0)
            poll([site.base + "/feed.xml"], store, client, lambda line: None)
            client.close()
    assert site.hits["/a1.html"] == 1 and site.hits["/a2.html"] == 1
    assert site.hits["/robots.txt"] == 2  # once per run of the client
    # The second poll asked the feed conditionally and got 304 Not Modified.
    assert site.headers["/feed.xml"][1].get("If-None-Match")
    with Store(db) as store:
        assert store.counts()["articles"] == 2


def test_watch_once_exits_0_only_when_every_feed_was_read(site, tmp_path, capsys):
    db = str(tmp_path / "e.db")
    assert main(["watch", site.base + "/feed.xml", "--db", db, "--once", "--delay", "0"]) == 0
    assert main(["watch", site.base + "/feed.xml", site.base + "/gone.xml", "--db", db,
                 "--once", "--delay", "0"]) == 1
    err = capsys.readouterr().err
    assert "gone.xml: HTTP 404" in err and "Traceback" not in err


def test_feeds_and_sitemaps_list_their_articles():
    atom = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<title>Atom Wire</title><entry><title>One</title>"
            b'<link href="https://example.org/one"/><updated>2024-05-02T10:00:00Z</updated>'
            b"</entry></feed>")
    [item] = listing(atom, "atom").items
    assert (item.url, item.title, item.published, item.source) == (
        "https://example.org/one", "One", "2024-05-02", "Atom Wire")
    sitemap = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
               b'sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
               b"<url><loc>https://example.org/two</loc><news:news><news:publication_date>"
               b"2024-05-03T08:00:00Z</news:publication_date><news:title>Two</news:title>"
               b"</news:news></url></urlset>")
    [item] = listing(sitemap, "sitemap").items
    assert (item.url, item.published, item.title) == ("https://example.org/two", "2024-05-03",
                                                      "Two")
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
             b"<loc>https://example.org/news.xml</loc></sitemap></sitemapindex>")
    assert listing(index, "index").sitemaps == ["https://example.org/news.xml"]
