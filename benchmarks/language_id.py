"""Language identification: py3langid as the pipeline uses it, py3langid alone, and lingua.

Data: `benchmarks/data/language_id/snippets.jsonl`, news paragraphs in ten languages written for
the project (see its README). For each detector: accuracy over all paragraphs, accuracy on the
English/Spanish decision the pipeline routes on, how often it gives no answer, and time per text.

    .venv/bin/python benchmarks/language_id.py
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "language_id" / "snippets.jsonl"


def detectors() -> dict[str, Callable[[str], str | None]]:
    import py3langid

    from eventledger.language import detect

    out: dict[str, Callable[[str], str | None]] = {
        "py3langid as the pipeline uses it (20 words, probability 0.8)": detect,
        "py3langid alone": lambda text: py3langid.classify(text)[0]}
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().build()

        def by_lingua(text: str) -> str | None:
            found = lingua.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None

        out["lingua 2.1 (all languages)"] = by_lingua
    except ImportError:
        pass
    return out


def main() -> int:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    print(f"{len(rows)} texts in {len({r['lang'] for r in rows})} languages")
    print("| detector | accuracy | en/es right | short texts right | no answer | ms per text |")
    print("|---|---|---|---|---|---|")
    for name, detect in detectors().items():
        detect(rows[0]["text"])  # load once, before timing
        t = time.perf_counter()
        found = [detect(r["text"]) for r in rows]
        ms = (time.perf_counter() - t) / len(rows) * 1000
        right = [f == r["lang"] for f, r in zip(found, rows, strict=True)]
        enes = [ok for ok, r in zip(right, rows, strict=True) if r["lang"] in ("en", "es")]
        short = [ok for ok, r in zip(right, rows, strict=True) if r["id"].endswith("-short")]
        print(f"| {name} | {sum(right) / len(rows):.3f} | {sum(enes) / len(enes):.3f} | "
              f"{sum(short)}/{len(short)} | {sum(f is None for f in found)} | {ms:.2f} |")
    english_safety()
    return 0


def english_safety() -> None:
    """How often the pipeline's detector would drop English news as another language: on the
    shared English articles and the IndiaPoliceEvents sentences of 20 words or more."""
    from common import DATA as SHARED

    from eventledger.language import detect

    if not SHARED.exists():
        return
    texts = [json.loads(line)["full_text"] for line in
             (SHARED / "india-police-events" / "metadata.jsonl").open(encoding="utf-8")]
    for corpus in ("geovirus", "trnews"):
        texts += [json.loads(line)["text"] for line in
                  (SHARED / "geoparsing" / f"{corpus}.jsonl").open(encoding="utf-8")]
    sentences = [s for s in (json.loads(line)["sent_text"] for line in
                             (SHARED / "india-police-events" / "sents.jsonl").open())
                 if len(s.split()) >= 20]
    for what, items in (("English news articles", texts),
                        ("lower-cased English sentences of 20+ words", sentences)):
        wrong = sum(detect(t) not in ("en", None) for t in items)
        print(f"{what}: {len(items)}, taken for another language: {wrong}")


if __name__ == "__main__":
    sys.exit(main())
