"""What every benchmark script shares: where the shared data lives, the dev/test split, F1."""

from __future__ import annotations

import hashlib
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def split_of(key: str) -> str:
    """Deterministic 80/20 dev/test split by record id: 'dev' is tuned on, 'test' reported."""
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, f1(p, r)
