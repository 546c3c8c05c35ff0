"""A polite HTTP client for feeds and pages: one request at a time per host with a delay,
robots.txt obeyed, conditional requests, timeouts, a size cap, and retries with backoff."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from eventledger import __version__

USER_AGENT = f"eventledger/{__version__} (news event coding; polite: one request per host)"
MAX_BYTES = 5_000_000
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A page or feed that could not be fetched; the message is one line."""


@dataclass(slots=True)
class Fetched:
    """A response: status, lower-cased headers and body (empty for 304 Not Modified)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class PoliteClient:
    """Fetches over HTTP(S) the way a good crawler does. `transport` is for tests."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0
    retries: int = 3
    max_bytes: int = MAX_BYTES
    transport: httpx.BaseTransport | None = None
    requests: int = 0  # requests sent, robots.txt included
    _last: dict[str, float] = field(default_factory=dict)
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._client = httpx.Client(timeout=self.timeout, follow_redirects=True,
                                    headers={"User-Agent": USER_AGENT},
                                    transport=self.transport)

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None
            ) -> Fetched:
        """GET `url` (conditionally, when validators are given); raises FetchError."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: not an http(s) address")
        if not self._allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers)

    def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        host = urlsplit(url).netloc.lower()
        backoff = 1.0
        for attempt in range(1, self.retries + 1):
            with self._locks.setdefault(host, threading.Lock()):
                wait = self._last.get(host, 0.0) + self.delay - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                error = ""
                try:
                    fetched = self._send(url, headers)
                except httpx.TransportError as exc:
                    fetched, error = None, f"{type(exc).__name__}"
                finally:
                    self._last[host] = time.monotonic()
            if fetched is not None and fetched.status not in RETRY_STATUSES:
                return fetched
            if attempt == self.retries:
                what = error if fetched is None else f"HTTP {fetched.status}"
                raise FetchError(f"{url}: {what} after {self.retries} tries")
            retry_after = fetched.headers.get("retry-after", "") if fetched else ""
            time.sleep(min(float(retry_after), 60.0) if retry_after.isdigit() else backoff)
            backoff *= 2
        raise FetchError(f"{url}: not fetched (no tries)")  # retries < 1

    def _send(self, url: str, headers: dict[str, str]) -> Fetched:
        self.requests += 1
        with self._client.stream("GET", url, headers=headers) as res:
            declared = res.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(f"{url}: {declared} bytes, over the {self.max_bytes} cap")
            body = bytearray()
            for chunk in res.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise FetchError(f"{url}: over the {self.max_bytes}-byte cap")
            return Fetched(str(res.url), res.status_code,
                           {k.lower(): v for k, v in res.headers.items()}, bytes(body))

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
        rules = self._robots[root]
        return rules is None or rules.can_fetch(USER_AGENT, url)

    def _read_robots(self, root: str) -> RobotFileParser | None:
        """The site's robots.txt rules; None (everything allowed) when it has none."""
        try:
            fetched = self._get(root + "/robots.txt", {})
        except FetchError:
            return None
        if fetched.status >= 400:
            return None
        rules = RobotFileParser()
        rules.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return rules
