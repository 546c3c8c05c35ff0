"""Counts: fatalities, injured, arrested and crowd size from number modifiers, and whether a
toll is cumulative (a Figure) rather than one incident's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventledger.extract.arguments import _QUANTITY_WORDS
from eventledger.extract.context import _Hit
from eventledger.numbers import parse_count
from eventledger.schema import Figure
from eventledger.taxonomy import word_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CASUALTY_WORDS = {"killed": "fatalities", "dead": "fatalities", "died": "fatalities",
                  "death": "fatalities", "deaths": "fatalities", "injured": "injured",
                  "wounded": "injured", "hurt": "injured", "injuries": "injured",
                  "arrested": "arrested", "detained": "arrested", "held": "arrested"}


def _count_of(tok: Token) -> int | None:
    """A count attached to an actor head: 'two teenagers', 'thousands of demonstrators'."""
    if tok.like_num or tok.lemma_.lower() in _QUANTITY_WORDS:
        phrase = " ".join(t.text for t in tok.lefts if t.dep_ in ("quantmod", "advmod",
                                                                 "nummod", "det"))
        return parse_count(f"{phrase} {tok.text}".strip())
    for c in tok.children:
        if c.dep_ == "nummod":
            words = [t.text for t in c.subtree if t.i <= c.i]
            return parse_count(" ".join(words))
    if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in
                                tok.children):
        return 1  # "the killing of a demonstrator"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.like_num or tok.head.head.lemma_.lower() in _QUANTITY_WORDS):
        return _count_of(tok.head.head)
    return None


def _counts(hit: _Hit, sent: Span, source: Token | None, target: Token | None
            ) -> tuple[dict[str, int | None], Token | None]:
    """Tolls and crowd size of the event, and the victims when a governing verb names them."""
    counts: dict[str, int | None] = {"fatalities": None, "injured": None, "arrested": None,
                                     "crowd_size": None}
    victims = None
    trig = hit.trigger
    target_n = _count_of(target) if target is not None else None
    source_n = _count_of(source) if source is not None else None
    lemma = hit.token.lemma_.lower()
    if lemma == "die" and target is not None:
        counts["fatalities"] = _count_of(target)
    head = hit.token.head
    if hit.token.dep_ == "nsubj" and head.lemma_.lower() == "leave":
        # "police firing left two dead and five injured"
        for c in head.subtree:
            key = CASUALTY_WORDS.get(c.lower_)
            num = next((n for n in c.children if n.like_num or n.dep_ == "nummod"), None) or \
                (c.head if c.head.like_num else None)
            if key and counts.get(key) is None:
                if num is None:
                    num = next((n for n in head.children if n.dep_ in ("dobj", "ccomp")
                                and (n.like_num or n.lower_ in ("one", "two"))), None)
                if num is not None:
                    counts[key] = parse_count(num.text)
    if trig.plover == "ASSAULT" and lemma in ("kill", "killing", "murder", "massacre",
                                               "execute", "lynch", "shoot", "gun down"):
        if lemma in ("kill", "killing", "murder", "massacre", "execute", "lynch") \
                or _dies(hit.token):
            counts["fatalities"] = target_n
    elif trig.plover == "ASSAULT" and lemma in ("wound", "injure"):
        counts["injured"] = target_n
    elif trig.plover == "COERCE" and trig.mode == "arrest":
        counts["arrested"] = target_n
    elif trig.plover == "PROTEST":
        counts["crowd_size"] = source_n
    # "Seven people died when gunmen attacked": the toll is on the governing verb.
    head = hit.token.head
    if hit.token.dep_ in ("advcl", "relcl") and head.lemma_.lower() in ("die", "kill", "injure",
                                                                         "wound", "arrest"):
        key = {"die": "fatalities", "kill": "fatalities", "injure": "injured",
               "wound": "injured", "arrest": "arrested"}[head.lemma_.lower()]
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and counts.get(key) is None:
            counts[key] = _count_of(subj)
        if subj is not None and target is None:
            victims = subj
    # "... killing two and injuring five", "left 3 dead": casualty words in the trigger's clause
    # (not in a relative clause about something else: "a town where 28 have been killed").
    nested: set[int] = set()
    for c in hit.token.subtree:  # subtrees are contiguous: mark each nested span once
        if c.dep_ in ("relcl", "acl") and c.i != hit.token.i and c.i not in nested:
            nested.update(range(c.left_edge.i, c.right_edge.i + 1))
    for tok in hit.token.subtree:
        if tok.i in nested:
            continue
        key = CASUALTY_WORDS.get(tok.lower_)
        if key is None or tok.i == hit.token.i:
            continue
        n = None
        for c in list(tok.children) + ([tok.head] if tok.head.like_num else []):
            if c.like_num or c.dep_ in ("nummod", "nsubj", "nsubjpass", "dobj"):
                n = _count_of(c) if not c.like_num else parse_count(c.text)
                if n is not None:
                    break
        if n is not None and counts.get(key) is None:
            counts[key] = n
    return counts, victims


def _dies(tok: Token) -> bool:
    return any(c.lower_ in ("dead", "death") for c in tok.subtree)


def _is_aggregate(hit: _Hit, sent: Span, counts: dict[str, int | None],
                  sent_figures: list[Figure]) -> bool:
    toll = counts.get("fatalities") or counts.get("injured") or counts.get("arrested")
    if not toll:
        return False
    text = sent.text.lower()
    cues = word_classes()["cumulative_cue"]
    if any(re.search(rf"\b{re.escape(c)}\b", text) for c in cues):
        return True
    return any(f.metric in ("deaths", "injured", "detained") for f in sent_figures)
