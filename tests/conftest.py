"""Shared fixtures: paths to the shared data, a one-call extractor on hand-written parses, and a
guard that keeps the language model out of every test not marked `model`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventledger import nlp
from eventledger.pipeline import process_article
from eventledger.schema import Article, ArticleRecords
from parses import parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "peru-2023-02-03.txt"
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _parses_from_the_bank(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Outside tests marked `model`, the parser reads hand-written parses and the model is
    never loaded."""
    if request.node.get_closest_marker("model"):
        return

    def refuse():
        raise AssertionError("this test loaded the spaCy model: give its text a parse in "
                             "tests/parses*.txt, or mark it @pytest.mark.model if end-to-end")

    monkeypatch.setattr(nlp, "parse", parse)
    monkeypatch.setattr(nlp, "parse_many", lambda texts, batch_size=0, language="en":
                        [parse(t, language) for t in texts])
    if not os.environ.get("EVENTLEDGER_DRAFT_PARSES"):
        monkeypatch.setattr(nlp, "load", refuse)


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    return SEED


def run(text: str, published: str | None = "2024-03-15", doc_id: str = "t",
        source: str | None = None, language: str | None = None) -> ArticleRecords:
    """Extract records from a small test article (on its hand-written parse, unless the test is
    marked `model`)."""
    return process_article(Article(doc_id=doc_id, text=text, published=published, source=source,
                                   language=language))
