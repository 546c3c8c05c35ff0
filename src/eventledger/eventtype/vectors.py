"""Static word-piece vectors: a sentence is the mean of its pieces' vectors, in microseconds.

The table is distilled once from all-MiniLM-L6-v2 (`make train`): each piece's vector is the
encoder's output for a one-piece sentence, reduced by PCA. It ships as data, so reading text
needs only numpy at run time.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

TABLE = "static_vectors.npz"
MAX_WORD_CHARS = 60


@dataclass(frozen=True)
class StaticVectors:
    """A word-piece vocabulary and one vector per piece."""

    pieces: dict[str, int]
    vectors: np.ndarray  # (pieces, dims), float32

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    def word_ids(self, word: str) -> list[int]:
        """Greedy longest-match word pieces of one lower-cased word (BERT's WordPiece rule)."""
        if len(word) > MAX_WORD_CHARS:
            return []
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.pieces:
                    ids.append(self.pieces[piece])
                    break
                end -= 1
            if end == start:
                return []  # no piece fits: BERT maps the whole word to [UNK]; we skip it
            start = end
        return ids

    def ids(self, text: str) -> list[int]:
        """Piece ids of a text: lower-cased, accents stripped, punctuation split off."""
        out: list[int] = []
        for word in _basic_words(text):
            out.extend(self.word_ids(word))
        return out

    def mean(self, ids: list[int]) -> np.ndarray:
        """The mean vector of some pieces (zeros for none)."""
        if not ids:
            return np.zeros(self.dims, dtype=np.float32)
        return self.vectors[ids].mean(0)


def _basic_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    words: list[str] = []
    for chunk in text.split():
        word = ""
        for c in chunk:
            if unicodedata.category(c).startswith("P") or c in "$+<=>^`|~":
                if word:
                    words.append(word)
                words.append(c)
                word = ""
            else:
                word += c
        if word:
            words.append(word)
    return words


def save(path: str, pieces: list[str], vectors: np.ndarray) -> None:
    """Write a table: pieces in id order, vectors as float16 to keep the file small."""
    np.savez_compressed(path, pieces=np.array(pieces), vectors=vectors.astype(np.float16))


@lru_cache(maxsize=1)
def static_vectors() -> StaticVectors:
    """The shipped table, loaded once per process."""
    ref = resources.files("eventledger.data").joinpath("typing", TABLE)
    with resources.as_file(ref) as path, np.load(path) as data:
        pieces = [str(p) for p in data["pieces"]]
        vectors = data["vectors"].astype(np.float32)
    return StaticVectors({p: i for i, p in enumerate(pieces)}, vectors)
