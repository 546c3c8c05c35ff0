"""Distil the static word-piece table from the sentence encoder (run by `make train`).

Each piece is encoded as a sentence of its own; the vectors are centred and reduced by PCA.
Pieces no English news text needs (unused slots, scripts other than Latin) are dropped.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from eventledger.eventtype.encoder import Encoder

DIMS = 128


def _keep(piece: str) -> bool:
    """Whether a piece can occur in English news text (Latin letters, digits, punctuation)."""
    body = piece.removeprefix("##")
    if not body or (body.startswith("[") and body.endswith("]")):
        return False
    for c in body:
        if c.isascii():
            continue
        if not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def distil(encoder: Encoder, dims: int = DIMS, batch: int = 1024) -> tuple[list[str], np.ndarray]:
    """(pieces, vectors): one PCA-reduced vector per kept piece of the encoder's vocabulary."""
    vocab = encoder.tokenizer.get_vocab()
    pieces = sorted((p for p in vocab if _keep(p)), key=vocab.__getitem__)
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    rows = [[cls, vocab[p], sep] for p in pieces]
    full = np.concatenate([encoder.forward(rows[i:i + batch])
                           for i in range(0, len(rows), batch)])
    full -= full.mean(0)
    # PCA by SVD of the covariance: deterministic (no random initialisation).
    _, _, vt = np.linalg.svd(full.T @ full)
    reduced = full @ vt[:dims].T
    # Fix each component's sign so that a re-run gives the same table bit for bit.
    reduced *= np.sign(reduced[np.abs(reduced).argmax(0), np.arange(dims)])
    return pieces, reduced.astype(np.float32)


def main() -> int:
    from importlib import resources

    from eventledger.eventtype.encoder import encoder
    from eventledger.eventtype.vectors import TABLE, save
    pieces, vectors = distil(encoder())
    out = resources.files("eventledger.data").joinpath("typing", TABLE)
    save(str(out), pieces, vectors)
    print(f"wrote {out}: {len(pieces)} pieces x {vectors.shape[1]} dims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
