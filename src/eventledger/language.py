"""Which language an article is in: English and Spanish each go to their own model.

`py3langid` (a maintained, offline re-packaging of langid.py: 97 languages, 4.5 MB, numpy)
identifies it. Measured on 200 news paragraphs in ten languages written for the project
(`benchmarks/language_id.py`): 1.000 right at 0.19 ms a text, against 0.770 for the
function-word counts used before and 1.000 at 35 ms for lingua (96 MB). Only a confident answer
on enough words counts: an English article must never be mistaken for another language and
dropped (on 716 English news articles and 2,858 long lower-cased sentences of the shared data,
none is; the same script).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

MIN_WORDS = 20  # shorter texts are not judged
MIN_PROBABILITY = 0.8  # py3langid's normalised probability of its top language, at least
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"[.!?]\s+([^\W\d_])")  # the first letter after a full stop


@cache
def _identifier() -> Any:
    from py3langid import langid

    return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE,
                                                    norm_probs=True)


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code ("es" -> "Spanish")."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


def detect(text: str, sample_chars: int = 5000) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short or unclear."""
    sample = text[:sample_chars]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if probability >= MIN_PROBABILITY else None


def caseless(text: str, sample_chars: int = 5000) -> bool:
    """Whether a text is written in lower case (some corpora are): names then go unrecognised.
    Nearly no capitals at all, or sentences that start in lower case with few capitals
    anywhere (a lower-cased story under a cased "Share on Facebook" line)."""
    sample = text[:sample_chars]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 100:
        return False
    capitals = sum(c.isupper() for c in letters) / len(letters)
    starts = _SENTENCE_START.findall(sample)
    return capitals < 0.002 or len(starts) >= 3 and capitals < 0.02 and \
        sum(c.islower() for c in starts) >= 0.75 * len(starts)
