"""Shared fixtures: paths to the shared development data, and a one-call extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventledger.pipeline import process_article
from eventledger.schema import Article, ArticleRecords

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "peru-2023-02-03.txt"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    return SEED


def run(text: str, published: str | None = "2024-03-15", doc_id: str = "t") -> ArticleRecords:
    """Extract records from a small test article."""
    return process_article(Article(doc_id=doc_id, text=text, published=published))
