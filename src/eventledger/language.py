"""Which language an article is in, from its function words (extraction reads English only).

The most frequent short words of a language make up a large share of any running text in it
and almost none of a text in another, so a count over a small table separates the languages
news arrives in without a model. Lists live in `data/function_words.json`.
"""

from __future__ import annotations

import json
import re
from functools import cache

from eventledger.taxonomy import data_text

MIN_WORDS = 20  # shorter texts are not judged
MIN_SHARE = 0.12  # share of a language's function words in its own running text, at least
_WORD = re.compile(r"[^\W\d_]+")


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Function words per language (ISO 639-1 code), from the data file."""
    raw = json.loads(data_text("function_words.json"))
    return {code: frozenset(words) for code, words in raw.items() if not code.startswith("_")}


def language_name(code: str) -> str:
    """The English name of a language code the table knows ("es" -> "Spanish")."""
    names: dict[str, str] = json.loads(data_text("function_words.json"))["_names"]
    return names.get(code, code)


def detect(text: str, sample_chars: int = 5000) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short or unclear."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < MIN_WORDS:
        return None
    shares = {code: sum(w in vocab for w in words) / len(words)
              for code, vocab in function_words().items()}
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= MIN_SHARE else None


def caseless(text: str, sample_chars: int = 5000) -> bool:
    """Whether a text is all lower-case (some corpora are): names then go unrecognised."""
    letters = [c for c in text[:sample_chars] if c.isalpha()]
    return len(letters) >= 100 and sum(c.isupper() for c in letters) < 0.002 * len(letters)
