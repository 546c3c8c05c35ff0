"""How fast `watch` turns a new feed item into events, and how many requests it spends.

A local HTTP server on loopback serves an RSS feed and article pages made from the bundled
example reports (`examples/reports.jsonl`). A watcher polls the feed every INTERVAL seconds in a
thread; the main thread publishes one new item at a time at random moments and waits until its
events are in the database. Prints the latency from publication to events (median and maximum)
and the requests per article (feed polls and robots.txt included).

    .venv/bin/python benchmarks/watch.py [--items 10] [--interval 2]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from eventledger.feeds.fetch import PoliteClient
from eventledger.feeds.watch import poll
from eventledger.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports.jsonl"


class Feed:
    """A feed that grows, and its pages."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, str]] = []  # path, title, published
        self.pages: dict[str, str] = {}
        self.lock = threading.Lock()

    def rss(self, base: str) -> str:
        with self.lock:
            items = "".join(f"<item><title>{html.escape(t)}</title><link>{base}{p}</link>"
                            f"<pubDate>{d}</pubDate></item>" for p, t, d in self.items)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>'
                f"<link>{base}/</link><description>b</description>{items}</channel></rss>")


def serve(feed: Feed) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.xml":
                body, ctype = feed.rss(base), "application/rss+xml"
            elif self.path in feed.pages:
                body, ctype = feed.pages[self.path], "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=10)
    ap.add_argument("--interval", type=float, default=2.0)
    args = ap.parse_args()
    reports = [json.loads(line) for line in EXAMPLES.read_text().splitlines() if line.strip()]
    feed = Feed()
    server, base = serve(feed)
    db = Path(tempfile.mkdtemp()) / "watch.db"
    Store(db).close()  # created before two threads open it
    client = PoliteClient(delay=0.0)
    stop = threading.Event()

    def watcher() -> None:
        with Store(db) as store:
            while not stop.is_set():
                poll([base + "/feed.xml"], store, client, lambda line: None)
                stop.wait(args.interval)

    from eventledger import nlp

    nlp.load()  # the model loads once, before timing
    thread = threading.Thread(target=watcher, daemon=True)
    thread.start()
    rng = random.Random(3)
    latencies = []
    with Store(db) as reader:
        for i in range(args.items):
            r = reports[i % len(reports)]
            path = f"/a{i}.html"
            text = "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n\n"))
            feed.pages[path] = (f"<html><head><title>{html.escape(r.get('title') or path)}"
                                f"</title></head><body><article>{text}</article></body></html>")
            time.sleep(rng.uniform(0, args.interval))
            t0 = time.perf_counter()
            with feed.lock:
                feed.items.append((path, r.get("title") or path, "Mon, 15 Jan 2024 08:00:00 GMT"))
            while True:
                row = reader.conn.execute("SELECT status FROM feed_items WHERE url=?",
                                          (base + path,)).fetchone()
                if row:
                    break
                time.sleep(0.02)
            latencies.append(time.perf_counter() - t0)
    stop.set()
    thread.join(timeout=30)
    server.shutdown()
    with Store(db) as store:
        articles = store.counts()["articles"]
        events = store.counts()["events"]
    print(f"{args.items} items published one at a time, polled every {args.interval:g} s: "
          f"{articles} articles, {events} events stored")
    print("| latency, publication to events (s) | median | max |\n|---|---|---|")
    print(f"| | {statistics.median(latencies):.2f} | {max(latencies):.2f} |")
    print(f"requests: {client.requests} for {articles} articles "
          f"({client.requests / max(articles, 1):.2f} per article, feed polls and robots.txt "
          "included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
