"""Hand-written parses for rule tests that need no language model, as spaCy's own tests build
them: one token per line, `word lemma POS TAG dep head [ENT]`, heads as token indices."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab  # English word shapes and number words; no trained weights


def parsed(spec: str) -> Doc:
    """A parsed Doc from the compact lines of `spec` (blank lines ignored)."""
    rows = [line.split() for line in spec.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    ents = []
    for i, r in enumerate(rows):
        label = r[6] if len(r) > 6 else "O"
        prev = rows[i - 1][6] if i and len(rows[i - 1]) > 6 else "O"
        ents.append("O" if label == "O" else (f"I-{label}" if prev == label else f"B-{label}"))
    return Doc(_VOCAB, words=words, spaces=[i + 1 < len(words) and words[i + 1] not in
                                            (".", ",", "-") and words[i] != "-"
                                            for i in range(len(words))],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows], ents=ents)
