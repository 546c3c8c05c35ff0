"""The event's date from the time expressions of its clause, the narrative or publication."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventledger.extract.context import ExtractionContext
from eventledger.extract.modality import _clause_head, _governs_clause
from eventledger.when import DateResolution, Timex, resolve_event_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _date(ctx: ExtractionContext, tok: Token, sent: Span, sent_timexes: list[Timex],
          narrative: Timex | None, modality: str) -> DateResolution | None:
    """The event's date from the expressions of its clause or the clauses containing it (not
    from a nested clause about something else), else the narrative, else publication."""
    doc = ctx.doc
    own = _clause_head(tok)
    dated = []
    for t in sent_timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        head = _clause_head(span.root)
        if _governs_clause(head, own):
            dated.append((0 if head.i == own.i else 1, abs(t.start - tok.idx), t))
        elif head.dep_ == "conj" and head.head.i == own.i:
            # "fired tear gas and used water cannon on Thursday": conjoined verbs share it
            dated.append((1, abs(t.start - tok.idx), t))
        elif head.dep_ == "acl" and head.tag_ in ("VBG", "VBN") and \
                any(a.i == own.i for a in head.ancestors):
            # "killed in police firing in Imphal on Monday": a participle's date in the clause
            dated.append((2, abs(t.start - tok.idx), t))
    # Background: an explicit year long before publication in the event's own clause, or a
    # state of affairs ongoing "since 2012" ("troops have been fighting insurgents since 2012").
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    for rank, _, t in dated:
        old = re.fullmatch(r"\d{4}", t.value) and ctx.published and \
            int(t.value) < ctx.published.year - 1
        since = ctx.text[max(0, t.start - 6):t.start].lower().strip().endswith("since")
        if old and (rank == 0 or (perfect and since)):
            return None
    if perfect and any(re.fullmatch(r"\d{4}", t.value) and ctx.published and
                       int(t.value) < ctx.published.year - 1 and
                       ctx.text[max(0, t.start - 6):t.start].lower().strip().endswith("since")
                       for t in sent_timexes):
        return None
    ordered = [t for _, _, t in sorted(dated, key=lambda d: (d[0], d[1]))]
    present = tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in tok.children))
    if not ordered and narrative is not None and not present and modality != "future" and \
            _same_paragraph(ctx.text, narrative.start, sent.start_char):
        ordered = [narrative]
    return resolve_event_date(ordered, ctx.published, future=modality == "future")


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return "\n\n" not in text[lo:hi] or hi - lo < 400
