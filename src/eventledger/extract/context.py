"""What every extraction step shares: the article's context, a trigger hit, text helpers."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventledger.eventtype.model import TypeModel
from eventledger.paragraphs import paragraph_bounds
from eventledger.roles import text_of, word
from eventledger.schema import Evidence, Place
from eventledger.taxonomy import Trigger, word_classes
from eventledger.when import Timex
from eventledger.where.geoparse import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventledger.schema import Article

SUBJECT_DEPS = ("nsubj", "csubj")
# Words that tell a protest is in the story: an article without one holds no act of one.
_PROTEST_WORDS = re.compile(r"\b(?:" + "|".join(sorted(
    re.escape(w[:-1] if w.endswith("y") else w)
    for key in ("protest_nouns", "demonstrate_verbs", "demonstrators", "protest_context")
    for w in word_classes()[key])) + r")", re.IGNORECASE)
_AIR_STRIKES = re.compile(r"\b(?:air|" + "|".join(sorted(
    map(re.escape, word_classes()["air_assets"]), key=len, reverse=True)) +
    r")s?[\s-]?strikes?\b", re.IGNORECASE)
OBJECT_DEPS = ("dobj", "obj", "attr", "dative")
# verbs of telling: "said", and "claimed", "denied" (whose day is a day of telling, and whose
# subject a later "said it had ..." shares)
REPORTING_VERBS = word_classes()["speech"] | word_classes()["claim_speech"]


# Under the ACLED export's floor: background kept for the record, not exported as news.
BACKGROUND_CONFIDENCE = 0.3

@dataclass(slots=True)
class ExtractionContext:
    """What the other stages know about the article, handed to the extractor."""

    article: Article
    doc: Doc
    published: dt.date | None
    timexes: list[Timex]
    toponyms: list[Toponym]
    country_iso2: str | None
    country_place: Place | None
    country_name: str | None
    warnings: list[str] = field(default_factory=list)
    typer: TypeModel | None = None  # the learned typing model; None: the rules alone
    # The capital of a country named in an actor ("Government of Peru" -> Lima), where a
    # national institution's act with no stated place happened; None: no gazetteer at hand.
    seat_of: Callable[[str], Place | None] | None = None
    country_name_of: Callable[[str], str | None] | None = None  # ISO alpha-2 -> its name
    # The town or region the headline names: where the story's events happened when a
    # sentence and its paragraph name no place ("Gunmen kill four in Maiduguri").
    headline_place: Place | None = None
    # Named actors whose country the text established ("Biden" -> United States), so that a
    # later bare mention of the same name is not given the article's country by default.
    actor_countries: dict[str, str] = field(default_factory=dict)
    # spaCy rebuilds `doc.text` and `doc.ents` on every access (cost linear in the article):
    # read once here, so that per-event work stays independent of the article's length.
    text: str = field(init=False)
    article_id: str = field(init=False)  # a hash of the whole text: computed once
    ents: tuple[Span, ...] = field(init=False)
    _ent_starts: list[int] = field(init=False)
    _ent_ends: list[int] = field(init=False)
    _timex_starts: list[int] = field(init=False)
    protest_told: bool = field(init=False)  # the article speaks of a protest or a crowd
    # "the Rapid Support Forces ... the RSF": a name's initials, to the first entity spelt out
    acronyms: dict[str, Span] = field(init=False)

    def __post_init__(self) -> None:
        self.text = text_of(self.doc)
        self.article_id = self.article.article_id
        self.ents = tuple(self.doc.ents)
        self._ent_starts = [e.start for e in self.ents]
        self._ent_ends = [e.end for e in self.ents]
        self._timex_starts = [t.start for t in self.timexes]  # `when.tag` keeps text order
        self.acronyms = {}
        for ent in self.ents:
            if ent.label_ in ("ORG", "NORP") and len(ent) > 1:
                # (not the article opening a sentence: "The Kachin Independence Army")
                initials = "".join(t.text[0] for t in ent
                                   if t.text[:1].isupper() and t.dep_ != "det")
                if len(initials) > 1:
                    self.acronyms.setdefault(initials, ent)
        # (not "drone strike near Gomboro": a strike from the air, no stoppage)
        self.protest_told = bool(_PROTEST_WORDS.search(_AIR_STRIKES.sub(" ", self.text)) or
                                 _PROTEST_WORDS.search(_AIR_STRIKES.sub(
                                     " ", self.article.title or "")))

    def timexes_in(self, span: Span) -> list[Timex]:
        """The temporal expressions that start inside a span (binary search, not a scan)."""
        return self.timexes[bisect_left(self._timex_starts, span.start_char):
                            bisect_left(self._timex_starts, span.end_char)]

    def ents_in(self, span: Span) -> tuple[Span, ...]:
        """The named entities overlapping a span, in order (binary search, not a scan)."""
        first = bisect_right(self._ent_ends, span.start)
        last = bisect_left(self._ent_starts, span.end)
        return self.ents[first:last]


@dataclass(slots=True)
class _Hit:
    """A trigger found in a sentence: its head token, its words and its lexicon entry."""

    token: Token
    span: Span  # the trigger words
    trigger: Trigger
    typed_by_noun: bool = False  # its type is the one a folded-in noun named ("in a clash")


_HAS_PHRASES: dict[frozenset[str], bool] = {}  # a word class -> whether it holds phrases


def next_sentence(sent: Span) -> Span | None:
    """The sentence after this one, if the document goes on."""
    return sent.doc[sent.end].sent if sent.end < len(sent.doc) else None


def previous_sentence(sent: Span) -> Span | None:
    """The sentence before this one, if there is one."""
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """The word or its lemma is of the class, or with its compound modifier ('petrol bombs')."""
    if tok.lemma_.lower() in words or word(tok) in words:
        return True
    # (also "Drones launched by ..." read as a one-word name)
    alone = not tok.ent_type_ or (tok.ent_iob_ == "B" and (
        tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"))
    if tok.is_sent_start and alone and tok.lemma_ == tok.text and (
            (tok.text.endswith("s") and word(tok)[:-1] in words) or
            (tok.text.endswith("men") and word(tok)[:-3] + "man" in words)):
        # "Landslides", "Gunmen", opening a sentence, left unlemmatised as a name
        return True
    phrased = _HAS_PHRASES.get(words)
    if phrased is None:
        phrased = _HAS_PHRASES[words] = any(" " in w for w in words)
    if not phrased:
        return False
    left = tok.i - 1
    return left >= 0 and tok.doc[left].dep_ == "compound" and tok.doc[left].head.i == tok.i and \
        f"{word(tok.doc[left])} {tok.lemma_.lower()}" in words


def _evidence(ctx: ExtractionContext, start: int, end: int) -> Evidence:
    """A span of the original article text (not the parser's normalised copy), trimmed."""
    text = ctx.article.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Evidence(text[start:end], start, end)


_BOILERPLATE = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:org|com|net)/\S*|[\w.+-]+@[\w-]+\.",
                          re.IGNORECASE)


def _paragraph_of(text: str, start: int, end: int) -> str:
    """The paragraph around a span, and the next one when the span ends with a colon."""
    while end > start and text[end - 1].isspace():
        end -= 1
    lo, hi = paragraph_bounds(text, start, end)
    if text[start:end].rstrip().endswith(":"):
        hi = paragraph_bounds(text, min(len(text), hi + 2))[1]
    return text[lo:hi]


def title_block_end(text: str) -> int:
    """End offset of a leading headline/byline block: short lines before the first paragraph
    that ends like a sentence. 0 when the text starts with body text."""
    pos = 0
    end = 0
    for block in re.split(r"(\n\s*\n)", text)[:8]:
        stripped = block.strip()
        if stripped and (len(stripped) > 160 or stripped[-1] in ".!?\"”'"):
            return end
        pos += len(block)
        if stripped:
            end = pos
    return 0
