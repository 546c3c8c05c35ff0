"""`eventledger backfill`: extraction on a Dask cluster, then linking in input order.

Extraction (`process_article`, a pure function) runs over partitions of the input on Dask
workers: a `LocalCluster` of worker processes by default, or an existing cluster. Each
partition's records land in a Parquet file of their own (written whole, then renamed), so a
killed backfill resumes without redoing the partitions already written. Linking then reads the
partitions in input order and stores each article as `ingest` would; storing is idempotent, so
a resumed linking step skips what it already stored. The database equals a serial `ingest` of
the same input: same canonical events, ids, sources, revisions and deletions.

The models and the gazetteer load once per worker process (the pipeline caches them), not once
per task.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from eventledger.schema import Article, ArticleRecords, Event, Figure
from eventledger.store import IngestResult, Store

PARTITION_SIZE = 200


class BackfillError(Exception):
    """A backfill that cannot run (missing packages, a cluster out of reach)."""


@dataclass
class BackfillReport:
    """What a backfill did."""

    partitions: int = 0
    partitions_resumed: int = 0  # already written by an earlier, interrupted run
    articles: int = 0
    stored: IngestResult = field(default_factory=IngestResult)
    extract_seconds: float = 0.0
    link_seconds: float = 0.0
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # peak RSS per worker
    warnings: list[str] = field(default_factory=list)


def partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive chunks of the input, in order."""
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_partition(index: int, articles: list[Article], outdir: str) -> str:
    """Run the pipeline over one partition and write its records as Parquet (on a worker);
    a partition already written is left as it is. Returns the file's path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventledger.pipeline import process_stream

    path = Path(outdir) / f"part-{index:06d}.parquet"
    if path.exists():
        return str(path)
    rows: dict[str, list[Any]] = {"position": [], "article": [], "events": [], "figures": [],
                                  "warnings": []}
    for pos, records in enumerate(process_stream(articles)):
        rows["position"].append(pos)
        rows["article"].append(json.dumps(_article_dict(records.article)))
        rows["events"].append(json.dumps([e.to_dict() for e in records.events]))
        rows["figures"].append(json.dumps([f.to_dict() for f in records.figures]))
        rows["warnings"].append(json.dumps(records.warnings))
    table = pa.table({"position": pa.array(rows["position"], pa.int32()),
                      **{k: pa.array(v, pa.string()) for k, v in rows.items()
                         if k != "position"}})
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)
    return str(path)


def read_partition(path: str) -> Iterator[ArticleRecords]:
    """The records of one written partition, in input order."""
    import pyarrow.parquet as pq

    table = pq.read_table(path).sort_by("position").to_pylist()
    for row in table:
        yield ArticleRecords(article=Article(**json.loads(row["article"])),
                             events=[Event.from_dict(e) for e in json.loads(row["events"])],
                             figures=[Figure.from_dict(f) for f in json.loads(row["figures"])],
                             warnings=json.loads(row["warnings"]))


def backfill(articles: Iterable[Article], db: Path, workdir: Path, *, scheduler: str | None = None,
             workers: int = 2, partition_size: int = PARTITION_SIZE,
             progress: Callable[[Iterable[Any], int, str], Iterable[Any]] | None = None
             ) -> BackfillReport:
    """Extract on Dask, then link into `db` in input order (see the module docstring)."""
    import time

    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BackfillError("backfill needs Dask: pip install 'eventledger[backfill]'") from None
    workdir.mkdir(parents=True, exist_ok=True)
    report = BackfillReport()
    show = progress or (lambda it, total, unit: it)
    chunks = list(partitions(articles, partition_size))
    _check_manifest(workdir, chunks, partition_size)
    report.partitions = len(chunks)
    report.articles = sum(len(c) for c in chunks)
    report.partitions_resumed = sum((workdir / f"part-{i:06d}.parquet").exists()
                                    for i in range(len(chunks)))
    t0 = time.perf_counter()
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = [client.submit(extract_partition, i, chunk, str(workdir), pure=False)
                       for i, chunk in enumerate(chunks)]
            paths = {}
            for fut in show(as_completed(futures), len(futures), "partition"):
                paths[futures.index(fut)] = fut.result()
            report.worker_peak_mb = client.run(_peak_rss_mb)
    except OSError as exc:
        raise BackfillError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    finally:
        if cluster is not None:
            cluster.close()
    report.extract_seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with Store(db) as store:
        for i in show(range(len(chunks)), len(chunks), "partition linked"):
            for records in read_partition(paths[i]):
                report.warnings += records.warnings
                report.stored += store.ingest(records, stamp)
    report.link_seconds = time.perf_counter() - t1
    return report


def _peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (run on each worker)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _check_manifest(workdir: Path, chunks: list[list[Article]], size: int) -> None:
    """A work directory serves one input: resuming another backfill's would mix them."""
    import hashlib

    digest = hashlib.sha256("\n".join(a.article_id for c in chunks for a in c).encode())
    manifest = {"partition_size": size, "articles": sum(map(len, chunks)),
                "input": digest.hexdigest()}
    path = workdir / "manifest.json"
    if path.exists() and json.loads(path.read_text()) != manifest:
        raise BackfillError(f"{workdir} holds partitions of another input or partition size: "
                            "give a new --workdir")
    path.write_text(json.dumps(manifest, indent=1) + "\n")


def _article_dict(article: Article) -> dict[str, Any]:
    return {"doc_id": article.doc_id, "text": article.text, "title": article.title,
            "published": article.published, "source": article.source, "url": article.url,
            "language": article.language}
