"""Read articles from text, HTML, JSON and JSONL files, directories and stdin, lazily.

Every failure is an `IngestError` whose message names the input (and line) in one line, so the
command line can report it without a traceback.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from eventledger.schema import MAX_ARTICLE_CHARS, Article, stable_id

MAX_ARTICLE_BYTES = 20_000_000  # a single input file beyond this is not news text
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


class IngestError(Exception):
    """Input that cannot be read as articles; the message is one line naming the input."""


@dataclass(slots=True)
class Metadata:
    """Metadata given on the command line for single inputs."""

    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


def parse_date(value: str, what: str = "date") -> str:
    """Validate a YYYY-MM-DD date (or a leading ISO timestamp) and return YYYY-MM-DD."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise IngestError(f"{what} {value!r} is not a valid YYYY-MM-DD date") from None


# Byte-order marks, longest first (UTF-32 LE's begins with UTF-16 LE's).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16/32 with a byte-order mark), else with a confidently
    detected encoding; refuse binary data, with a hint where the format is known."""
    if not data.strip():
        raise IngestError(f"{name}: file is empty")
    if data.startswith(b"%PDF-"):
        raise IngestError(f"{name}: a PDF, not text; convert it first "
                          f"(for example `pdftotext -layout {name} out.txt`)")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return _normalise_newlines(data.decode(codec))
            except UnicodeDecodeError:
                raise IngestError(f"{name}: starts with a {codec.upper()} byte-order mark "
                                  "but is not valid " + codec.upper()) from None
    if b"\x00" in data[:8192]:
        raise IngestError(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_detected(data, name)
    if _control_ratio(text) > 0.05:
        raise IngestError(f"{name}: binary data, not text")
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_detected(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError(f"{name}: not UTF-8 and no text encoding could be detected")
    return str(best)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(sample)


def read_sidecar(path: str) -> dict[str, Metadata]:
    """Per-file metadata from a CSV (a `file` column and any of title, published, url,
    source) or a JSONL file (one object a line with the same keys), keyed by file name."""
    name = path
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"{name}: cannot read metadata ({exc})") from None
    rows: list[tuple[str, dict[str, Any]]] = []
    if path.lower().endswith((".jsonl", ".ndjson")):
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append((f"{name} line {lineno}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise IngestError(f"{name} line {lineno}: malformed JSON: {exc.msg}") \
                        from None
    else:
        reader = csv.DictReader(io.StringIO(text))
        if "file" not in (reader.fieldnames or []):
            raise IngestError(f"{name}: a metadata CSV needs a 'file' column")
        rows = [(f"{name} line {i}", row) for i, row in enumerate(reader, 2)]
    out: dict[str, Metadata] = {}
    for where, row in rows:
        if not isinstance(row, dict) or not _opt_str(row.get("file")):
            raise IngestError(f"{where}: each row needs a 'file'")
        published = _opt_str(row.get("published") or row.get("date"))
        out[str(row["file"]).strip()] = Metadata(
            published=parse_date(published, f"{where}: published") if published else None,
            source=_opt_str(row.get("source")) or None, url=_opt_str(row.get("url")) or None,
            title=_opt_str(row.get("title")) or None)
    return out


def _merged(path: Path, meta: Metadata, sidecar: dict[str, Metadata]) -> Metadata:
    """Command-line metadata over the sidecar's entry for this file (by path, else name)."""
    side = sidecar.get(str(path)) or sidecar.get(path.name)
    if side is None:
        return meta
    return Metadata(published=meta.published or side.published,
                    source=meta.source or side.source, url=meta.url or side.url,
                    title=meta.title or side.title)


def read_articles(paths: Iterable[str], meta: Metadata | None = None,
                  stdin: BinaryIO | None = None,
                  sidecar: dict[str, Metadata] | None = None) -> Iterator[Article]:
    """Yield the articles of every path in order; '-' reads stdin; directories are walked
    sorted. `sidecar` maps file names to their metadata (see `read_sidecar`)."""
    meta = meta or Metadata()
    sidecar = sidecar or {}
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _articles_from_bytes(_read_limited(stream, "<stdin>"), "<stdin>", "", meta)
            continue
        path = Path(raw)
        if not path.exists():
            raise IngestError(f"{raw}: no such file or directory")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in KNOWN_SUFFIXES and not p.name.startswith("."))
            if not files:
                raise IngestError(f"{raw}: directory holds no .txt, .html, .json or .jsonl files")
            for f in files:
                yield from _articles_from_file(f, _merged(f, Metadata(), sidecar))
        else:
            yield from _articles_from_file(path, _merged(path, meta, sidecar))


def _read_limited(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise IngestError(f"{name}: input larger than {MAX_ARTICLE_BYTES // 1_000_000} MB; "
                          "split it or use JSONL")
    return data


def _articles_from_file(path: Path, meta: Metadata) -> Iterator[Article]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(path, meta)
        return
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise IngestError(f"{name}: file larger than {MAX_ARTICLE_BYTES // 1_000_000} MB; "
                              "split it or use JSONL")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{name}: cannot read ({exc.strerror})") from None
    yield from _articles_from_bytes(data, name, suffix, meta, default_id=path.stem)


def _articles_from_bytes(data: bytes, name: str, suffix: str, meta: Metadata,
                         default_id: str | None = None) -> Iterator[Article]:
    text = decode(data, name)
    stripped = text.lstrip()
    if suffix in JSON_SUFFIXES or (suffix == "" and stripped[:1] in "[{"
                                   and name == "<stdin>"):
        yield from _json_articles(text, name, meta)
    elif suffix in HTML_SUFFIXES or _looks_like_html(stripped):
        yield html_article(text, name, meta, default_id)
    else:
        yield _text_article(text, name, meta, default_id)


def _looks_like_html(text: str) -> bool:
    head = text[:500].lower()
    return head.startswith("<!doctype html") or "<html" in head or "<body" in head


HEADER_LINE = re.compile(r"(title|published|date|url|source)\s*:\s*(\S.*)$", re.IGNORECASE)
HEADER_END = "---"
MAX_HEADER_LINES = 12


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A leading block of `key: value` lines (title, published or date, url, source) closed by
    a `---` line is metadata, not body text; without the closing line nothing is taken."""
    lines = text.lstrip("\ufeff\n").split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[:MAX_HEADER_LINES + 1]):
        if line.strip() == HEADER_END and fields:
            return fields, "\n".join(lines[i + 1:]).lstrip("\n")
        match = HEADER_LINE.match(line.strip())
        if match is None:
            break
        key = "published" if match.group(1).lower() == "date" else match.group(1).lower()
        fields[key] = match.group(2).strip()
    return {}, text


def _sized(text: str, where: str) -> str:
    """The text, if one article can be that long."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(f"{where}: {len(text):,} characters is more than one article can be "
                          f"({MAX_ARTICLE_CHARS:,}); split it into articles (for example one "
                          "per line of a JSONL file)")
    return text


def _text_article(text: str, name: str, meta: Metadata, default_id: str | None) -> Article:
    header, text = split_header(_sized(text, name))
    if not text.strip():
        raise IngestError(f"{name}: file is empty" if not header else f"{name}: no text after "
                          "its header block")
    doc_id = default_id or stable_id(text, length=12)
    published = meta.published or (parse_date(header["published"], f"{name}: published")
                                   if "published" in header else None)
    return Article(doc_id=doc_id, text=text, title=meta.title or header.get("title"),
                   published=_checked(published, name),
                   source=meta.source or header.get("source"), url=meta.url or header.get("url"))


def html_article(html: str, name: str, meta: Metadata, default_id: str | None) -> Article:
    """An article from an HTML page: its main text, title and date (trafilatura, htmldate);
    `meta` fields given win over what the page says."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True)
    if not text or not text.strip():
        raise IngestError(f"{name}: HTML holds no article text")
    _sized(text, name)
    title = meta.title
    if title is None:
        md = trafilatura.extract_metadata(html)
        title = md.title if md is not None else None
    published = meta.published
    if published is None:
        published = find_date(html, extensive_search=False, outputformat="%Y-%m-%d")
    doc_id = default_id or stable_id(text, length=12)
    return Article(doc_id=doc_id, text=text, title=title, published=_checked(published, name),
                   source=meta.source, url=meta.url)


def _json_articles(text: str, name: str, meta: Metadata) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{name}: malformed JSON at line {exc.lineno} column {exc.colno}: "
                          f"{exc.msg}") from None
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items, 1):
        yield _record_article(item, f"{name} item {i}", meta, fallback_id=f"{Path(name).stem}-{i}")


def articles_from_records(data: Any, name: str) -> list[Article]:
    """Articles from parsed JSON in the JSONL fields: one object, or a list of them."""
    items = data if isinstance(data, list) else [data]
    if not items:
        raise IngestError(f"{name}: no articles")
    return [_record_article(item, f"{name} item {i}", Metadata(), fallback_id=f"{name}-{i}")
            for i, item in enumerate(items, 1)]


def _jsonl_articles(path: Path, meta: Metadata) -> Iterator[Article]:
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise IngestError(f"{name}: cannot read ({exc.strerror})") from None
    seen_any = False
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{name} line {lineno}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise IngestError(f"{where}: not UTF-8 (JSONL must be UTF-8)") from None
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(f"{where}: malformed JSON: {exc.msg}") from None
            seen_any = True
            yield _record_article(item, where, meta, fallback_id=f"{path.stem}-{lineno}")
    if not seen_any:
        raise IngestError(f"{name}: file is empty")


def _record_article(item: Any, where: str, meta: Metadata, fallback_id: str) -> Article:
    if not isinstance(item, dict):
        raise IngestError(f"{where}: expected a JSON object with 'text'")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"{where}: missing or empty 'text'")
    _sized(text, where)
    doc_id = item.get("id", item.get("doc_id", fallback_id))
    published = item.get("published", item.get("dct", meta.published))
    return Article(
        doc_id=str(doc_id),
        text=text.replace("\r\n", "\n"),
        title=_opt_str(item.get("title", meta.title)),
        published=_checked(_opt_str(published), where),
        source=_opt_str(item.get("source", meta.source)),
        url=_opt_str(item.get("url", meta.url)),
        language=_opt_str(item.get("language")),
    )


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _checked(published: str | None, where: str) -> str | None:
    if published is None or published == "":
        return None
    try:
        return parse_date(published, "publication date")
    except IngestError as exc:
        raise IngestError(f"{where}: {exc}") from None

