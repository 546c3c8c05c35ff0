"""Figures: reported cumulative tolls, poll shares and protest counts, with their date and the
source that reported them."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from eventledger.extract.arguments import _actor_span
from eventledger.extract.context import SUBJECT_DEPS, ExtractionContext, _evidence
from eventledger.extract.counts import count_of_group
from eventledger.numbers import parse_count
from eventledger.roles import rule_text, word
from eventledger.schema import Figure, stable_id
from eventledger.taxonomy import word_classes
from eventledger.when import Timex, resolve_event_date

if TYPE_CHECKING:
    from spacy.tokens import Span

_SMALL = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # "the toll to three"
# (metric, pattern, needs a cumulative cue such as "so far" or "this year")
_FIGURE_PATTERNS: list[tuple[str, re.Pattern[str], bool]] = [
    # (not "the Lekki toll gate", nor "the death of a woman ... spread to 15 cities")
    ("deaths", re.compile(r"\b(?:deaths?|death toll|toll(?!\s+(?:gate|booth|road|plaza|bridge))|"
                          r"fatalities|dead)\b[^.;]{0,120}?\b"
                          r"(?:risen|rose|climbed|reached|stands?|stood|is|was|hit|increased|"
                          r"jumped|to)(?:\s+(?:to|at))?\s+((?:at least |nearly |some |about |"
                          r"more than |over |almost )?(?:\d[\d,]*|" + _SMALL + r"))\b"
                          r"(?!\s+(?:cities|towns|provinces|regions|countries|districts|states|"
                          r"villages|locations|places|days|weeks|months|years)\b)",
                          re.IGNORECASE), False),
    ("deaths", re.compile(r"\b((?:at least |nearly |some |about |more than |over |almost )?"
                          r"\d[\d,]*)\s+(?:people|persons|protesters|demonstrators|civilians|"
                          r"unarmed demonstrators|)\s*"
                          # ("80 people, most of them fighters, have been killed")
                          r"(?:,\s+(?:most|many|some|all|among|including)\b[^,.;]{1,60},\s*)?"
                          r"(?:have|had)\s+(?:died|been killed)\b",
                          re.IGNORECASE), False),
    ("deaths", re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?killed\s+((?:at least |nearly |some |"
                          r"about |more than |over |almost )?\d[\d,]*)\b", re.IGNORECASE), True),
    ("deaths", re.compile(r"\bkilling of ((?:at least |nearly |some |about |more than |over |"
                          r"almost )?\d[\d,]*)\b", re.IGNORECASE), True),
    ("deaths", re.compile(r"\b((?:at least |nearly |some |about |more than |over |almost )?"
                          r"\d[\d,]*)\s+(?:deaths|killings)\b", re.IGNORECASE), True),
    ("injured", re.compile(r"\b((?:at least |nearly |some |more than |over )?\d[\d,]*)\s+"
                           r"(?:people\s+)?(?:have been|had been)\s+(?:injured|wounded)\b",
                           re.IGNORECASE), False),
    ("detained", re.compile(r"\b((?:at least |nearly |some |more than |over )?\d[\d,]*)\s+"
                            r"(?:[a-z-]+\s+){0,2}?have been\s+"
                            r"(?:arrested|detained|taken into custody)\b", re.IGNORECASE), False),
    ("detained", re.compile(r"\b((?:at least |nearly |some |more than |over )?\d[\d,]*)\s+"
                            r"(?:[a-z-]+\s+){0,2}?had been\s+"
                            r"(?:arrested|detained|taken into custody)\b", re.IGNORECASE), False),
    # "a total of 47 miscreants were arrested": a count told as a total
    ("detained", re.compile(r"\b((?:at least |nearly |some |more than |over )?\d[\d,]*)\s+"
                            r"(?:[a-z-]+\s+){0,2}?were\s+(?:arrested|detained)\b",
                            re.IGNORECASE), True),
    # (also "demonstrations ... again filled streets in dozens of towns")
    ("protest_locations", re.compile(r"\b(?:protests?|roadblocks?|blockades?|strikes?|"
                                     r"demonstrations?)\b[^.;]{0,100}?\bin\s+(\d[\d,]*|dozens|"
                                     r"scores|hundreds)\s+(?:of\s+)?"
                                     r"(provinces|regions|cities|districts|departments|"
                                     r"states|towns|locations)\b", re.IGNORECASE), False),
    ("poll_percent", re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:of\s+)?"
                                r"([^.;,]{3,80}?)(?=\s+(?:and|but)\s+\d|[.;,]|$)",
                                re.IGNORECASE), False),
]
_POLL_CUES = re.compile(r"\b(polls?|survey|surveys|approval|support|supports|want|wants|"
                        r"oppose|opposes|favou?r|approve|disapprove)\b", re.IGNORECASE)


# "Police put the toll at ten", "officials gave the death toll as nine" (also "put the number of
# dead at about fifteen", a count of the dead of an act told)
# (not "had put the toll at 15 on Saturday night", "initially put ...": a count since updated)
TOLL_PUT_AT = re.compile(r"(?i)(?<!had\s)(?<!initially\s)(?<!earlier\s)(?<!first\s)\b"
                         r"(?:put|puts|putting|placed|places|gave|gives|set|sets)\s+"
                         r"(?:the|their|its)\s+(?:(?P<toll>(?:death\s+)?toll)|number\s+of\s+"
                         r"(?:the\s+)?(?:dead|deaths|(?:people|men|civilians|fighters|"
                         r"militants|soldiers)\s+killed))\s+(?:at|as)\s+"
                         r"(?(toll)|(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?)"
                         r"(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")


def put_at_count(sent: Span, put_at: re.Match[str]) -> int | None:
    """The count a `TOLL_PUT_AT` match puts the toll at, each side's counted ('put the toll at
    two soldiers and six rebels killed' is eight)."""
    count = parse_count(put_at.group("count"))
    span = sent.doc.char_span(sent.start_char + put_at.start("count"),
                              sent.start_char + put_at.end("count"))
    if count is None or span is None or span.root.dep_ != "nummod" or \
            span.root.head.pos_ != "NOUN":
        return count
    return count_of_group(span.root.head) or count


def _figures(ctx: ExtractionContext, sent: Span, sent_timexes: list[Timex]) -> list[Figure]:
    text = rule_text(sent)
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    cues = word_classes()["cumulative_cue"] | word_classes()["total_cue"]
    # (not "an association put the toll at 25": one incident's toll, told by a rival source)
    cued = TOLL_PUT_AT.sub(" ", text).lower()
    cumulative = any(re.search(rf"\b{re.escape(c)}\b", cued) for c in cues)
    for metric, pattern, needs_cue in _FIGURE_PATTERNS:
        for m in pattern.finditer(text):
            g_start, g_end = m.span(1)
            if any(g_start < e and s < g_end for s, e in taken):
                continue
            value = parse_count(m.group(1)) if metric != "poll_percent" else float(m.group(1))
            if value is None:
                continue
            if metric == "poll_percent" and not _POLL_CUES.search(text):
                continue
            if needs_cue and not cumulative:
                continue
            if metric == "detained" and " had been " in m.group(0).lower() and \
                    not cumulative and any(t.type in ("DATE", "TIME") for t in sent_timexes):
                continue  # "said on Wednesday that ten officers had been arrested": those arrests
            taken.append((g_start, g_end))
            unit = {"deaths": "people", "injured": "people", "detained": "people",
                    "poll_percent": "percent"}.get(metric)
            if metric == "protest_locations":
                unit = m.group(2).lower()
            scope = ctx.country_name
            if metric == "poll_percent":
                scope = m.group(2).strip()
            as_of = _figure_date(sent_timexes, ctx.published)
            out.append(Figure(
                figure_id=stable_id(ctx.article_id, "figure",
                                    sent.start_char + m.start()),
                doc_id=ctx.article.doc_id, article_id=ctx.article_id,
                metric=metric, value=float(value), unit=unit, as_of=as_of, scope=scope,
                reported_by=reporter(sent),
                evidence=[_evidence(ctx, sent.start_char, sent.end_char)],
                source=ctx.article.source,
            ))
    return out


def running_count(ctx: ExtractionContext, sent: Span, sent_timexes: list[Timex], metric: str,
                  value: int) -> Figure:
    """A running count an act's own clause told ("so far, police have arrested five people"),
    kept as the Figure it is when no pattern of this module read it."""
    return Figure(figure_id=stable_id(ctx.article_id, "figure", sent.start_char, metric),
                  doc_id=ctx.article.doc_id, article_id=ctx.article_id, metric=metric,
                  value=float(value), unit="people",
                  as_of=_figure_date(sent_timexes, ctx.published), scope=ctx.country_name,
                  reported_by=reporter(sent),
                  evidence=[_evidence(ctx, sent.start_char, sent.end_char)],
                  source=ctx.article.source)


def _figure_date(sent_timexes: list[Timex], published: dt.date | None) -> str | None:
    res = resolve_event_date([t for t in sent_timexes if t.type in ("DATE", "TIME")], published)
    if res.time_precision == 1:
        return res.event_date
    return published.isoformat() if published else None


def reporter(sent: Span) -> str | None:
    """Who the sentence says reported it ('police said', 'according to a rights group')."""
    classes = word_classes()
    for tok in sent:
        if tok.lemma_.lower() in classes["speech"] | {"show", "find", "estimate"} and \
                tok.pos_ == "VERB":
            who = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if who is not None and who.pos_ != "PRON":
                return _actor_span(who).text
        if word(tok) == "according":
            for p in tok.subtree:
                if p.dep_ == "pobj" and word(p.head) == "to":
                    return _actor_span(p).text
    return None
