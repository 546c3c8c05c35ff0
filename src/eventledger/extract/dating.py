"""The event's date from the time expressions of its clause, the narrative or publication."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from eventledger.extract.context import (
    OBJECT_DEPS,
    REPORTING_VERBS,
    ExtractionContext,
    _lemma_in,
    previous_sentence,
)
from eventledger.extract.modality import _clause_head, _governs_clause
from eventledger.extract.triggers import held_over_violence, names_those_held
from eventledger.numbers import parse_count
from eventledger.paragraphs import same_paragraph
from eventledger.roles import word
from eventledger.taxonomy import triggers, word_classes
from eventledger.when import SPOKEN_ON, DateResolution, Timex, resolve_event_date

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from spacy.tokens import Span, Token


_THAT_DAY = re.compile(r"(?i)(?:on\s+)?the\s+same\s+day")
# ", as they have (done)": a clause that repeats the act told for a comparison
_AS_BEFORE = re.compile(r",\s+as\s+(?:they|it|he|she|we|many|others)\s+(?:have|has|had|did|do|does)"
                        r"(?:\s+(?:done|been))?\s+(?=\S)")


def _under_a_past_rule(tok: Token) -> bool:
    """'during the previous administration', 'under the former regime': an act of a past
    government's time, told as history."""
    for c in _clause_head(tok).children:
        if c.dep_ == "prep" and word(c) in ("during", "under"):
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in word_classes()["rule_nouns"] and \
                        any(word(m) in ("previous", "former", "past", "old", "last")
                            for m in o.children if m.dep_ == "amod"):
                    return True
    return False


def _shared_tail(verb: Token) -> set[int]:
    """Conjunct verbs after `verb` with no subject of their own (they share its subject)."""
    return {c.i for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB" and
            not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}


def _agentless_passive(verb: Token) -> bool:
    """'..., and at least 30 people were detained': a passive with no doer told, joined to the
    act before it (its doers' act, told from the other side)."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _the_act_killing(noun: Token, tok: Token) -> bool:
    """'Monday's attack ... killed four', '..., which killed four': the act of violence the
    killing verb tells of, dated by its possessive day."""
    if not _lemma_in(noun, word_classes()["violence_nouns"]) or \
            not _lemma_in(tok, word_classes()["kill_verbs"]):
        return False
    if noun.dep_ == "nsubj" and noun.head.i == tok.i:
        return True
    return tok.dep_ == "relcl" and any(a.i == noun.i for a in [tok.head, *tok.head.ancestors][:5])


def _verb_of_object(noun: Token) -> Token | None:
    """The verb a noun is the object of, through prepositions and 'of' phrases ('at hundreds
    of traders' -> 'fired')."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _crowd_clause(head: Token) -> Token | None:
    """The relative clause telling what a crowd did ('who burned tyres and stoned buses'),
    from any of its joined verbs."""
    rel = head
    for _ in range(2):  # ("who marched ... chanting slogans after Friday prayers")
        if rel.dep_ in ("conj", "advcl", "xcomp") and rel.head.pos_ == "VERB":
            rel = rel.head
    # (also "who tried to stop the demolition of shacks": what the crowd set out to do)
    return rel if rel.dep_ == "relcl" and any(
        v.lemma_.lower() in CROWD_VERBS or (
            _lemma_in(v, word_classes()["attempt_verbs"]) and any(
                x.dep_ == "xcomp" and x.lemma_.lower() in CROWD_VERBS | OBSTRUCTING_VERBS
                for x in v.children))
        for v in (rel, *rel.conjuncts)) else None


CROWD_VERBS = frozenset(word_classes()["demonstrate_verbs"]) | \
    frozenset(word_classes()["crowd_act_verbs"])
OBSTRUCTING_VERBS = frozenset(word_classes()["obstructing_verbs"])  # "tried to stop ..."


_EARLIER_IN_THE_YEAR = re.compile(r"(?i)\bearlier\s+(?:in\s+the|this)\s+year$")


def _date(ctx: ExtractionContext, tok: Token, sent: Span, sent_timexes: list[Timex],
          narrative: Timex | None, modality: str) -> DateResolution | None:
    """The event's date from the expressions of its clause or the clauses containing it (not
    from a nested clause about something else), else the narrative, else publication."""
    doc = ctx.doc
    if _under_a_past_rule(tok):
        return None  # "had been arrested during the previous administration": history
    if names_those_held(tok):
        sent_timexes = []  # "Those detained were released on Wednesday": not the arrests' day
    ellipsis = _AS_BEFORE.search(ctx.text, sent.start_char, sent.end_char)
    if ellipsis is not None and tok.idx < ellipsis.start() and any(
            sent.start_char <= o.start < ellipsis.start() and o.type in ("DATE", "TIME")
            for o in sent_timexes):
        # "rallied two days earlier, as they have on many Wednesdays since 2018": the
        # comparison's times, whichever verb the parse hangs them on
        sent_timexes = [o for o in sent_timexes if o.start < ellipsis.start()]
    own = _clause_head(tok)
    # "in 2011, when police opened fire on striking workers, killing 14": the clause 'when'
    # opens dates all that it holds
    when = next((a for a in (own, *own.ancestors) if a.dep_ == "relcl"), own)
    # "in which", "during which", "when" opening the clause: it tells of the time just named
    opener = next((c for c in own.children if c.i < own.i and (
        (c.dep_ == "prep" and any(word(w) == "which" for w in c.children)) or
        (c.dep_ == "advmod" and word(c) == "when"))), None)
    shared_tail = _shared_tail(own)
    # "Rioters burned cars overnight, after an officer shot dead a driver ... on Tuesday": a
    # clause told as before or after the main one is not of the main one's time
    # (when it tells a day of its own)
    apart = own.dep_ == "advcl" and any(c.dep_ == "mark" and word(c) in ("after", "before")
                                         for c in own.children) and any(
        t.type in ("DATE", "TIME") and
        own.left_edge.idx <= t.start < own.right_edge.idx + len(own.right_edge)
        for t in sent_timexes)
    dated = []
    for t in sent_timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if apart and not (own.left_edge.i <= span.root.i <= own.right_edge.i):
            continue
        head = _clause_head(span.root)
        if t.type == "DURATION" and head.i == own.i and LONG_SPAN.fullmatch(t.value) and \
                modality != "future" and not re.search(r"(?i)\b(next|coming)\b", t.text) and \
                (SPAN_LEAD.search(ctx.text[max(0, t.start - 16):t.start]) or
                 re.match(r"(?i)(?:in|over)\s+recent\b", t.text)):
            return None  # "had led protests for several years": a practice, not an event
        if t.type == "DURATION" and head.i == own.i and own.lemma_ == "be" and \
                any(c.dep_ == "aux" and c.lemma_ == "have" for c in own.children) and \
                SPAN_LEAD.search(ctx.text[max(0, t.start - 16):t.start]):
            return None  # "the miners have been on strike for two weeks": a state, no day
        if t.type == "DURATION" and head.i == own.i and tok.tag_ == "NNS" and \
                any(c.dep_ == "aux" and c.lemma_ == "have" for c in own.children) and \
                (SPAN_LEAD.search(ctx.text[max(0, t.start - 16):t.start]) or
                 re.match(r"(?i)(?:in|over)\s+recent\b", t.text)):
            return None  # "protests have been held across the country for months": many acts
        if t.type not in ("DATE", "TIME") or (
                ctx.text[t.end:t.end + 2] in ("'s", "’s") and span.root.head.i != tok.i and
                not _the_act_killing(span.root.head, tok)):
            continue  # "Sunday's election" names the election (but "Sunday's bombing" its day)
        if t.type == "TIME" and span.root.dep_ in ("nummod", "compound", "amod") and \
                span.root.head.pos_ == "NOUN" and \
                span.root.head.lemma_.lower() not in word_classes()["time_nouns"]:
            continue  # "imposed an 8 p.m. curfew on Tuesday": the curfew's hour, not the day
        if t.type == "TIME" and span.root.dep_ == "pobj" and \
                word(span.root.head) in ("from", "to", "until", "between") and \
                _CLOCK.fullmatch(t.text):
            continue  # "a curfew from 9 p.m. to 6 a.m.": its hours
        if head.i != own.i and head.dep_ == "pcomp" and \
                word(head.head) in ("before", "after", "until") and \
                not any(a.i == head.i for a in tok.ancestors):
            continue  # "arrested ... before being released on Friday evening": the release's
        if head.i > own.i and head.dep_ == "conj" and head.head.i == own.i and \
                head.lemma_.lower() in ("release", "free") and \
                own.lemma_.lower() not in ("release", "free"):
            continue  # "were arrested and released on bail the following morning": the release's
        if head.i != own.i and t.anaphoric and \
                any(c.dep_ == "advmod" and word(c) in LATER_WORDS for c in own.children) and \
                not any(a.i == head.i for a in own.ancestors):
            continue  # "one died the next day, adding that four were later arrested": a time
            # told only as later, not the other clause's day
        if _since_before(ctx, t) and any(c.dep_ == "aux" and c.lemma_ == "have"
                                         for c in own.children) and \
                any(o.type == "DATE" and o.start > t.start and not _since_before(ctx, o) and
                    _iso_day(o.value) is not None and
                    not UNTIL.search(ctx.text[max(0, o.start - 12):o.start])
                    for o in sent_timexes):
            continue  # "cleared farmers who had blocked a road since the weekend on
            # Wednesday": when the blocking began, not the day it was met
        if re.search(r"(?i)\bby\s+$", ctx.text[max(0, t.start - 4):t.start]) and \
                any(c.dep_ == "neg" for c in head.children):
            continue  # "had not been found by Wednesday": a state still true then, no act's day
        if UNTIL.search(ctx.text[max(0, t.start - 12):t.start]) and not (
                ctx.text[max(0, t.start - 8):t.start].lower().strip() == "through" and
                _lemma_in(tok, FIGHTING_VERBS)):
            # "declared an emergency until Oct. 21": when it ends, not when declared (but
            # "battled Fano militiamen ... through Tuesday afternoon": the fight's own day)
            continue
        if span.root.dep_ in ("nummod", "compound", "amod") and \
                span.root.head.dep_ == "pobj" and word(span.root.head.head) == "since":
            if (head.i == tok.i and tok.dep_ == "acl") or (
                    any(a.i == head.i for a in tok.ancestors) and any(
                    c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)):
                # "380 people have been killed by mines since the 2020 war", "areas regained
                # since the 2020 war": a tally or a state over the span, no event of a day
                return None
            continue  # "the latest of such deaths since the 2020 war": a span's start
        if span.root.dep_ == "pobj" and word(span.root.head) == "since" and \
                (span.root.head.head.tag_ in ("JJS", "RBS") or
                 word(span.root.head.head) in ("first", "last")):
            continue  # "extended it on Wednesday, the latest of many extensions since March
            # 2022", "the deadliest since 2015": the run or the record the act is set in
        if span.root.dep_ in ("nummod", "compound", "amod") and \
                span.root.head.i != tok.i and span.root.head.dep_ == "pobj" and \
                word(span.root.head.head) == "from":
            continue  # "a landmine left over from the 1992-95 war": the thing's origin
        if span.root.dep_ in ("nummod", "compound", "amod") and head.i != own.i and \
                span.root.head.lemma_.lower() in word_classes()["dated_documents"]:
            continue  # "calling for a return to the 1992 constitution": a text's year
        if span.root.dep_ in ("nummod", "compound", "amod") and \
                span.root.head.pos_ == "NOUN" and span.root.head.i != tok.i and \
                re.fullmatch(r"\d{4}", t.value) and span.root.head.dep_ == "pobj" and \
                word(span.root.head.head) == "of" and span.root.head.head.head.pos_ == "NOUN":
            continue  # "held up a flag, the symbol of the 2020 protests, ... was detained":
            # the year a thing is named by
        if span.root.dep_ in ("nummod", "compound", "amod") and head.i != own.i and \
                head.dep_ in ("xcomp", "advcl") and head.tag_ == "VB" and \
                any(c.dep_ == "aux" and word(c) == "to" for c in head.children):
            continue  # "marched to mark the anniversary of the 1976 coup": a purpose's topic
        if head.i != own.i and head.dep_ in ("xcomp", "advcl") and head.tag_ == "VB" and \
                any(c.dep_ == "aux" and word(c) == "to" for c in head.children) and \
                head.head.i == own.i and tok.pos_ == "VERB" and \
                any(c.dep_ in OBJECT_DEPS for c in head.children) and \
                any(o.type in ("DATE", "TIME") and not head.left_edge.idx <= o.start <
                    head.right_edge.idx + len(head.right_edge) for o in sent_timexes):
            continue  # "began on Monday, when hundreds gathered to demand an inquiry into a
            # death in custody last year": when what they demanded happened
        if head.i != own.i and head.lemma_.lower() in TOLL_RISE_VERBS and any(
                c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in TALLY_NOUNS
                for c in head.children):
            continue  # "... were killed and on Thursday raised the toll to nine": the count's day
        joined = head
        while joined.dep_ in ("xcomp", "advcl", "acomp") and joined.head.i != own.i:
            joined = joined.head  # ("stayed shut", "stayed closed": the joined verb's)
        if t.anaphoric and joined.dep_ == "conj" and joined.head.i == own.i and \
                joined.i > own.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            # "Twenty were arrested, and shops stayed shut the next day" (or "and a car was
            # found burned out the following morning"): its own day
            continue
        if opener is not None and re.fullmatch(r"[\s,]*", ctx.text[t.end:opener.idx]):
            dated.append((0, abs(t.start - tok.idx), t))  # "unrest in 2022 in which ... died"
        elif tok.pos_ == "NOUN" and head.dep_ == "relcl" and head.head.i == tok.i and \
                not _since_before(ctx, t):
            # "the unrest that shook it in 2021" (its own clause's day before any other the
            # clause it sits in tells: "in response to a strike that killed two a day earlier")
            dated.append((0, 0, t))
        elif when.dep_ == "relcl" and when.head.i in (span.root.i, span.root.head.i) and \
                any(word(c) in ("when", "as") for c in when.children):
            dated.append((0, abs(t.start - tok.idx), t))  # "memories of 2006, when ... burned"
        elif head.dep_ == "relcl" and head.lemma_.lower() in ONSET_VERBS and \
                _in_campaign(tok, head.head):
            # "killed during a crackdown on protests that began in April last year": a
            # campaign dated by its start
            dated.append((0, abs(t.start - tok.idx), t))
        elif (crowd := _crowd_clause(head)) is not None and \
                crowd.head.dep_ in ("dobj", "nsubjpass", "pobj") and \
                any(a.i == own.i for a in crowd.head.ancestors) and \
                not any(o.type in ("DATE", "TIME") and own.idx <= o.start < crowd.head.idx
                        for o in sent_timexes):
            # "fired tear gas to disperse worshippers who marched after Friday prayers", "fired
            # at taxi drivers who burned tyres in Huambo on Monday": the crowd met was there
            # that day
            dated.append((0, abs(t.start - tok.idx), t))
        elif _when_of_previous_clause(own, head):
            dated.append((0, abs(t.start - tok.idx), t))
        elif head.dep_ == "advcl" and head.head.i == own.i and head.tag_ in ("VBD", "VBN") and \
                word(head).startswith("un") and t.anaphoric and \
                not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass", *OBJECT_DEPS)
                        for c in head.children):
            # "rode into the town unopposed the next day": an adjective read as a verb of its
            # own, whose day is the act's
            dated.append((0, abs(t.start - tok.idx), t))
        elif head.dep_ == "pcomp" and head.head.dep_ == "agent" and head.head.head.i == own.i:
            # "were killed by shelling on Thursday": the means' day is the act's
            dated.append((0, abs(t.start - tok.idx), t))
        elif head.i in shared_tail:
            # "burned vehicles and attacked a police post the previous day": a day told at
            # the end of verbs sharing one subject is all of theirs
            dated.append((0, abs(t.start - tok.idx), t))
        elif head.i != own.i and t.anaphoric and _governs_clause(head, own) and any(
                x.text == ";" for x in doc[own.i:span.start]):
            continue  # "beat two men on Sunday; one died the next day": the later clause's day
        elif _governs_clause(head, own):
            # A reporting verb's day is when it was said, the least sure guide to the event's.
            # (not "killed three ..., on Wednesday, the army said": a day told before the
            # trailing report belongs to what it reports, wherever the parse hung it)
            # (but an order is made when announced: "announced on Saturday that a curfew
            # would take effect immediately")
            said = head.i != own.i and head.lemma_.lower() in REPORTING_VERBS and \
                _reported_by(own, head) and not (own.i < head.i and t.end <= head.idx) and \
                not _an_order(tok)
            # ("rallied on Saturday ahead of the election in August": the election's month,
            # a day of another thing the clause names)
            of_a_noun = span.root.dep_ == "pobj" and span.root.head.head.pos_ == "NOUN" and \
                span.root.head.head.dep_ == "pobj" and tok.pos_ == "VERB"
            # ("the army said on Tuesday its troops had recaptured the town the previous
            # day", the parse hanging the report's day on the act: the report's day)
            said = said or (head.i == own.i and own.lemma_.lower() not in
                            word_classes()["speech"] and
                            bool(SPOKEN_ON.search(ctx.text, max(0, t.start - 40), t.start)) and
                            sum(o.type in ("DATE", "TIME") for o in sent_timexes) > 1)
            dated.append((SAID if said else 0 if head.i == own.i and not of_a_noun else 1,
                          abs(t.start - tok.idx), t))
        elif _same_time_clause(head, own):
            dated.append((1, abs(t.start - tok.idx), t))
        elif head.dep_ == "acl" and head.head.lemma_.lower() in TALLY_NOUNS:
            continue  # "bringing the number arrested over the weekend to 81": the tally's span
        elif head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") and head.head.i == tok.i and \
                any(c.dep_ == "dobj" for c in head.children):
            # "Israeli air strikes killed at least 14 people ... overnight, the ministry said",
            # the parse hanging the act's verb on its noun: the verb's day is the noun's
            dated.append((0, abs(t.start - tok.idx), t))
        elif head.dep_ == "acl" and head.tag_ == "VBG" and head.lemma_.lower() in CROWD_VERBS \
                and head.head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.head.i == own.i:
            # "a crowd protesting outside the offices on Thursday was scattered with tear gas":
            # the crowd met was there that day
            dated.append((0, abs(t.start - tok.idx), t))
        elif head.dep_ == "acl" and head.tag_ in ("VBG", "VBN") and \
                any(a.i == own.i for a in head.ancestors) and \
                not _within_a_relative(head, own):
            # "killed in police firing in Imphal on Monday": a participle's date in the clause
            dated.append((PARTICIPLE, abs(t.start - tok.idx), t))
        elif head.dep_ == "acl" and head.tag_ in ("VBG", "VBN") and own.dep_ == "advcl" and \
                own.tag_ == "VBG" and any(a.i == own.head.i for a in head.ancestors) and \
                not _within_a_relative(head, own.head):
            # "blew himself up among recruits queuing outside a centre on Monday, killing
            # six": the day told in the act's clause is the killing's it caused
            dated.append((PARTICIPLE, abs(t.start - tok.idx), t))
        elif (rel := _through_xcomp(head)).dep_ == "relcl" and not _crime_of_the_held(rel, tok) \
                and not _HOURS_LATER.match(sent.text) and ((
                    rel.head.dep_ in ("dobj", "nsubjpass", "nsubj") or
                # "fired tear gas at people who had gathered outside a church on Saturday"
                (rel.head.dep_ == "pobj" and rel.head.head.head.i == own.i)) and (
                    # "removed students who had blocked the bridge on Sunday, detaining ten"
                    rel.head.head.i in (own.i, own.head.i if own.dep_ in ("conj", "advcl")
                                        else own.i) or
                    (rel.head.dep_ == "pobj" and rel.head.head.head.i == own.i) or
                    # "used water cannon to clear protesters who blocked the road on Saturday"
                    # (", and arrested eleven": so is the conjunct sharing the subject)
                    (rel.head.head.dep_ in ("xcomp", "advcl") and rel.head.head.head.i in (
                        own.i, own.head.i if own.dep_ == "conj" and (
                            own.i in _shared_tail(own.head) or _agentless_passive(own))
                        else own.i))) or
                # ("fired tear gas at hundreds of traders who marched on Tuesday, and 14
                # people were arrested": the crowd the act joined to it was on)
                (rel.head.dep_ == "pobj" and own.dep_ == "conj" and
                 getattr(_verb_of_object(rel.head), "i", None) == own.head.i)):
            # "removed supporters who had gathered outside the commission on Tuesday", "killed
            # smugglers who tried to cross on Monday": the participants' act dates the act on
            # them, when nothing closer does.
            dated.append((LOOSE, abs(t.start - tok.idx), t))
        elif (rel := next((a for a in (rel, *rel.ancestors) if a.dep_ == "relcl"), rel)
              ).dep_ == "relcl" and (rel.i > tok.i or own.i in _shared_tail(own.head)) and \
                _in_own_object(rel.head, own) and \
                (_CLAUSE_END.match(ctx.text, t.end) or _before_a_joined_verb(ctx, t, own)) and \
                not _HOURS_LATER.match(sent.text) and \
                not (span.root.dep_ == "pobj" and word(span.root.head) == "of" and
                     span.root.head.head.pos_ == "NOUN" and
                     span.root.head.head.lemma_.lower() not in word_classes()["time_nouns"]) and \
                not (_since_before(ctx, t) and
                     any(c.dep_ == "nsubj" for c in rel.children)):
            # (not "in memory of those killed in the unrest of January 2022": a noun's date)
            # (not "retook the island, which rebels had held since December": the start of
            # a state of the object, no day of an act on it)
            # "smashed the windows of houses they rented on Sunday, migrants said": a day that
            # ends the clause, hung on a relative clause inside the act's own object
            dated.append((LOOSE + 1, abs(t.start - tok.idx), t))
        elif rel.dep_ == "relcl" and (any(rel.head.i in {x.i for x in c.subtree}
                                          for c in own.children if c.dep_ == "nsubj") or (
                # ("A man who unfurled a banner ... on Monday was detained within minutes":
                # what the one held was doing, that day)
                rel.head.dep_ == "nsubjpass" and rel.head.head.i == own.i and
                not _crime_of_the_held(rel, tok))):
            # "police charged at protesters who tried to break a cordon on Saturday, and
            # detained four", the first verb misread as the subject's modifier: its day
            dated.append((LOOSE + 1, abs(t.start - tok.idx), t))
        elif head.dep_ == "relcl" and any(c.dep_ == "advmod" and word(c) == "where"
                                          for c in head.children) and \
                head.head.dep_ == "pobj" and head.head.head.head.i in (own.i, own.head.i) and \
                not any(a.dep_ == "relcl" for a in head.ancestors):
            # "blew himself up outside a bank where soldiers were collecting their pay on
            # Saturday": the scene of the act, at its time
            dated.append((LOOSE, abs(t.start - tok.idx), t))
        elif not any(a.dep_ == "relcl" for a in [head, *head.ancestors]):
            # The parse hung the day on a word nearby ("burned to death a man suspected of
            # stealing a motorcycle on Monday"): the sentence's day, when nothing closer says.
            dated.append((LOOSE, abs(t.start - tok.idx), t))
    # ("killed by shelling since then": the gerund's clause is the verb it is the means of)
    verb = own.head.head if own.dep_ == "pcomp" and own.head.dep_ == "agent" else own
    # ("have been burned or looted since then": the conjunct shares its head's tense)
    perfect_clause = any(c.dep_ == "aux" and c.lemma_ == "have"
                         for c in (*verb.children,
                                   *(verb.head.children if verb.dep_ == "conj" else ())))
    if any(c.dep_ == "prep" and word(c) in ("in", "during", "over") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ("week", "month", "year", "day") and
            any(a.dep_ == "amod" and word(a) in ("first", "opening", "initial") for a in o.children)
            for o in c.children) for c in tok.children) and \
            not any(rank == 0 for rank, _, _ in dated):
        # "were killed in the first week of protests": a span told back, no day (but "on
        # Saturday, in the first day of protests": the day its own clause tells)
        return None
    if perfect_clause and any(
            word(c) == "since" and c.dep_ in ("prep", "mark") and
            not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            for h in (tok, own, *own.conjuncts) for c in h.children):
        return None  # "have been killed by shelling since then": a span's tally, no day
    if perfect_clause and any(c.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.lemma_.lower() not in ("hour", "day", "night") and
            any(word(m) in ("previous", "past", "earlier", "former") for m in o.children)
            for o in c.children)
            for h in (tok, verb) for c in h.children):
        # (not "had killed 12 militants in the previous 24 hours": the days just before)
        return None  # "supporters have been detained before previous rallies": a practice
    if not dated and tok.dep_ == "pobj" and word(tok.head) == "on" and \
            tok.head.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                 for c in tok.head.head.children):
        return None  # "a member who has been on hunger strike": a state, with no day
    # Background: an explicit year long before publication in the event's own clause, or a
    # state of affairs ongoing "since 2012" ("troops have been fighting insurgents since 2012").
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    # (not "arrested two men on Sunday on suspicion of crimes in 1999": the year of the thing
    # a noun names, beside the act's own day)
    # (a recent day of the act's own and a year long past: the year is of something else)
    own_day = any(rank == 0 and re.match(r"\d{4}-\d{2}-\d{2}", t.value) and
                  not _under_a_noun(ctx, t, own, tok) and
                  not _long_before(resolve_event_date([t], ctx.published), ctx.published)
                  for rank, _, t in dated)
    # ("In September 2022, dozens were killed ... in what activists call Bloody Friday": a
    # year opening the sentence frames it)
    dated_by_year = [d for d in dated if not own_day or _hangs_on(ctx, d[2], tok) or
                     _FRONTED.fullmatch(ctx.text[sent.start_char:d[2].start]) or not (
                         re.fullmatch(r"\d{4}", d[2].value) or _under_a_noun(ctx, d[2], own, tok))]
    for rank, _, t in dated_by_year:
        year = int(t.value) if re.fullmatch(r"\d{4}", t.value) else None
        since = _since_before(ctx, t)
        # "took control of Sirte last year": an act told only by a past year is history
        # ("killed when forces cracked down on the protests in mid-2021": a clause of the
        # same time tells the year as well)
        if year and ctx.published and ((rank <= 1 and year < ctx.published.year) or
                                       (perfect and since and year < ctx.published.year - 1)):
            return None
        if year and rank == 0 and not own_day and \
                _EARLIER_IN_THE_YEAR.search(ctx.text, max(0, t.start - 12), t.end):
            return None  # "teachers who joined a strike earlier in the year": no day of its own

    # "a strike by construction workers in the spring", told in November: a season long gone
    for rank, _, t in dated:
        season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", t.value)
        # (not "recaptured a village held by the militants since the summer": the start of
        # a state of the object, no time of the act)
        if _since_before(ctx, t):
            continue
        if season and rank > 0 and any(r == 0 and re.match(r"\d{4}-\d{2}-\d{2}", x.value)
                                       for r, _, x in dated):
            # ("residents whose houses were flooded in the spring gathered ... on Monday": the
            # act's own day, the season another clause's)
            continue
        if season and rank < SAID and ctx.published and (ctx.published - dt.date(
                int(season.group(1)), SEASON_MONTHS[season.group(2)], 15)).days > 120:
            return None
    if perfect and any(re.fullmatch(r"\d{4}", t.value) and ctx.published and
                       int(t.value) < ctx.published.year - 1 and
                       _since_before(ctx, t)
                       for t in sent_timexes):
        return None
    # "teachers, who have been on strike since May 22, marched": a state ongoing since a day
    # well before the report, not an act of that day
    ongoing = any(c.dep_ == "aux" and c.lemma_ == "have" for c in own.children)
    for rank, _, t in dated:
        day = _iso_day(t.value)
        since = _since_before(ctx, t)
        if ongoing and since and rank == 0 and day is not None and ctx.published and \
                (ctx.published - day).days > 7:
            return None
    # "said on Tuesday that armed men had raped four women who were collecting firewood on
    # Monday": an act told in the past perfect lies before the saying, on the other day told
    # "an overnight raid ... on Tuesday night": the adjective says at night, the day says which
    dated = [(r + 1 if t.text.lower() == "overnight" and
              _BEFORE_A_NOUN.match(ctx.text, t.end) else r, d, t) for r, d, t in dated]
    pluperfect = any(c.dep_ in ("aux", "auxpass") and word(c) == "had"
                     for c in (*tok.children, *own.children))
    if pluperfect and any(r == LOOSE for r, _, _ in dated):
        dated = [(LOOSE + 1 if r == SAID else r, d, t) for r, d, t in dated]
    if not dated and (told := _told_back(ctx, tok, own)) is not None:
        dated = [(0, 0, told)]
    if pluperfect and not dated and narrative is not None and \
            _after_a_loosely_dated_deed(ctx, sent, narrative):
        return None  # "arrested ... on suspicion of beating a family last month. The house
        # had been stoned": the deed's story, of that loose time, not the arrests' day
    # (of two dates of the clause, its day before a month: "rallied on Saturday ... ahead of
    # the election in August")
    # (a noun's own date stays nearest: "arrested on Monday over attacks ... in May")
    dated.sort(key=lambda d: (d[0], d[0] == 0 and tok.pos_ == "VERB" and
                              not _DAY_VALUE.match(d[2].value), d[1]))
    ordered = [t for _, _, t in dated]
    present = _present(tok)
    if present or _present(own):
        # "is providing aid to a regime installed last December": not that day
        dated = [d for d in dated if d[0] not in (PARTICIPLE, LOOSE)]
        ordered = [t for _, _, t in dated]
    only_said = bool(dated) and dated[0][0] == SAID
    after_day = _day_of_the_act_it_followed(ctx, tok, sent_timexes) if only_said else None
    if after_day is not None:
        # "said on Friday that it had captured the town after overrunning the last position
        # there on Tuesday": the act's own story dates it, not the day it was told
        dated, ordered, only_said = [(0, 0, after_day)], [after_day], False
    # "On Monday, the task force said it had set up a base": a day that opens a paragraph
    # moves the story there, as the day being told in the last paragraph does not.
    opens = narrative is not None and only_said and \
        not same_paragraph(ctx.text, narrative.start, sent.start_char) and \
        bool(_FRONTED.fullmatch(ctx.text[sent.start_char:dated[0][2].start]))
    # "a statement read on Wednesday said eight civilians had been killed": told in the past
    # perfect, the act lies before the saying, so the story's day stands even paragraphs back
    # (not "returned on Monday and retook the town, ..., adding that nine had been killed":
    # a day told of another act, not of the saying)
    # (nor "the army said on Wednesday it had regained control of Foube": an act at a place
    # the story's day did not tell of is dated by its statement)
    new_scene = only_said and narrative is not None and \
        not same_paragraph(ctx.text, narrative.start, sent.start_char) and \
        _names_a_new_place(ctx, tok, narrative)
    # (nor "police said on Sunday that they had arrested five men over the fighting": arrests
    # that followed the violence told, dated by their statement; nor "the army said on
    # Saturday that it had retaken the town": taking back follows the loss told)
    followed_up = only_said and (held_over_violence(tok) and any(
        t.mode == "arrest" for t in triggers().get(tok.lemma_.lower(), ())) or _taking_back(tok))
    earlier = pluperfect and bool(dated) and narrative is not None and \
        all(r >= SAID and t.end <= tok.idx for r, _, t in dated) and \
        _day_of_telling(ctx, dated[0][2]) and _day_before(narrative, dated[0][2]) and \
        not new_scene and not followed_up
    # ("police said on Sunday that they had found explosives", told after Tuesday's killing:
    # what was said on Sunday was done by then)
    after_saying = only_said and narrative is not None and modality != "future" and \
        _day_before(dated[0][2], narrative)
    if (not ordered or only_said or earlier) and narrative is not None and not present and \
            not opens and not after_saying and not new_scene and not followed_up and \
            modality != "future" and (
                earlier or _same_paragraph(ctx.text, narrative.start, sent.start_char)):
        # "Five officers were killed, a governor said on Wednesday": the day being told, not
        # the day it was said, when the story has one.
        ordered = [narrative, *ordered]
    if ordered and narrative is not None and ordered[0].anaphoric and \
            _THAT_DAY.fullmatch(ordered[0].text) and _DAY_VALUE.match(narrative.value) and \
            not any(o.type in ("DATE", "TIME") and o.start < ordered[0].start
                    for o in sent_timexes):
        # "The army said on Wednesday that ten officers had been arrested. ... the same day":
        # the day of the last act told, even one dated by its statement
        ordered[0] = replace(ordered[0], value=narrative.value[:10])
    said_day = next((day for r, _, t in dated if r == SAID and (day := _iso_day(t.value))), None)
    if ordered and said_day is not None and ordered[0].text.lower() == "overnight":
        # "torched 40 houses overnight, residents said on Tuesday": the night before the day
        # it was told, not before the report's
        ordered[0] = replace(ordered[0], value=(said_day - dt.timedelta(days=1)).isoformat())
    if ordered:
        ordered[0] = _told_from_the_other_side(ctx, tok, ordered[0], sent_timexes)
    resolution = _the_night_before(ctx, tok, _shifted_by_span_clause(
        ctx, tok, sent_timexes,
        resolve_event_date(ordered, ctx.published, future=modality == "future")))
    # An explicit year long past in the event's own clauses makes it background ("In
    # September 2022, dozens were killed when forces fired on worshippers after Friday
    # prayers"), whatever other day the clause names.
    if any(re.search(r"\b\d{4}\b", t.text) and
           _long_before(resolve_event_date([t], ctx.published), ctx.published)
           for rank, _, t in dated_by_year if rank < SAID):
        return None
    if _since_clause(tok, own) and ctx.published and \
            (day := _iso_day(resolution.event_date or "")) is not None and \
            (ctx.published - day).days > 7:
        return None  # "tensions have risen since bombings on Easter Sunday killed 250": history
    return None if _long_before(resolution, ctx.published) else resolution


_MENTION_DATED = re.compile(r"\s+(?:in|of|on|during)\s+(?:the\s+)?")
TOLD_BACK_REACH = 120  # tokens back to look for the mention a definite noun refers to


_LOOSE_PERIOD = re.compile(r"\d{4}(?:-\d{2}|-W\d{2})?")  # a year, month or week, no day


def _after_a_loosely_dated_deed(ctx: ExtractionContext, sent: Span, narrative: Timex) -> bool:
    """Whether the sentence before, in the same paragraph, told the deed people were held over
    at a month, week or year before the story's day ('on suspicion of beating a family last
    month')."""
    before = previous_sentence(sent)
    day = _iso_day(narrative.value)
    if before is None or day is None or \
            not _same_paragraph(ctx.text, before.start_char, sent.start_char):
        return False
    for t in ctx.timexes_in(before):
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if t.type != "DATE" or span is None or not _LOOSE_PERIOD.fullmatch(t.value) or \
                t.value >= day.isoformat()[:len(t.value)]:
            continue
        # (the deed people were held over: "arrested ... on suspicion of beating a family
        # last month", "charged over an attack in May")
        if any(word(a) == "over" or _lemma_in(a, ACCUSATIONS) for a in span.root.ancestors):
            return True
    return False


ACCUSATIONS = frozenset(word_classes()["accusation_verbs"])


def _told_back(ctx: ExtractionContext, tok: Token, own: Token) -> Timex | None:
    """'Several officers were injured in the riot', after 'their part in the riot in February':
    an act told in an event named before ("the riot") is of the day that mention gave (also
    "arrested during the night of rioting", after "The unrest began on Wednesday night": one
    disorder named by another word)."""
    # (a conjoined verb shares its head's phrase: "... arrested during the night of rioting and
    # that two officers were injured")
    heads = {tok.i: tok, own.i: own, **({tok.head.i: tok.head} if tok.dep_ == "conj" else {})}
    # ("The attacks killed about 20 people", after "over last month's attacks on a barracks":
    # the act its subject names again, of the day that mention gave)
    subject = next((c for c in own.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                    c.lemma_.lower() in triggers() and
                    any(word(d) == "the" for d in c.children)), None)
    if subject is not None and tok.pos_ == "VERB":
        start = max(subject.sent.start - TOLD_BACK_REACH, 0)
        before = next((b for b in reversed(ctx.doc[start:subject.sent.start])
                       if b.pos_ == "NOUN" and b.lemma_ == subject.lemma_), None)
        told = _dated_mention(ctx, before) if before is not None else None
        if told is not None:
            return told
    for head in heads.values():
        for prep in head.children:
            if prep.dep_ != "prep" or word(prep) not in ("in", "during"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or \
                        not any(word(d) == "the" for d in noun.children):
                    continue
                named = _of_a_disorder(noun)
                start = max(noun.sent.start - TOLD_BACK_REACH, 0)
                for before in reversed(ctx.doc[start:noun.sent.start]):
                    if before.pos_ == "NOUN" and (before.lemma_ == named.lemma_ or (
                            _lemma_in(named, DISORDER_NOUNS) and
                            _lemma_in(before, DISORDER_NOUNS))):
                        return _dated_mention(ctx, before)
    return None


DISORDER_NOUNS = frozenset(word_classes()["disorder_nouns"])


def _of_a_disorder(noun: Token) -> Token:
    """'the night of rioting': the disorder a time noun is of, else the noun."""
    if noun.lemma_.lower() in ("night", "day", "evening", "morning", "weekend"):
        return next((o for p in noun.children if p.dep_ == "prep" and word(p) == "of"
                     for o in p.children if o.dep_ == "pobj" and _lemma_in(o, DISORDER_NOUNS)),
                    noun)
    return noun


def _dated_mention(ctx: ExtractionContext, noun: Token) -> Timex | None:
    """The date told on a noun itself: 'the riot in February', 'the February riot' (or on its
    onset: 'The unrest began on Wednesday night')."""
    onset = noun.head if noun.dep_ == "nsubj" and \
        noun.head.lemma_.lower() in ONSET_VERBS else None
    for timex in ctx.timexes_in(noun.sent):
        if timex.type not in ("DATE", "TIME"):
            continue
        span = ctx.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        # (by the words, too: the parse often hangs "in February" on the verb)
        if root.head.i == noun.i and root.dep_ in ("compound", "nummod", "amod", "poss") or \
                _MENTION_DATED.fullmatch(ctx.text, noun.idx + len(noun), timex.start) or \
                (onset is not None and any(a.i == onset.i for a in root.ancestors) and
                 (timex.type == "DATE" or _DAY_VALUE.match(timex.value) is not None)):
            return timex
    return None


def _hangs_on(ctx: ExtractionContext, timex: Timex, tok: Token) -> bool:
    """Whether the expression is in the phrase of the act's own noun ('a strike in 2019')."""
    span = ctx.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or tok.pos_ != "NOUN":
        return False
    path = list(span.root.ancestors)[:3]
    at = next((n for n, a in enumerate(path) if a.i == tok.i), None)
    # (not "a curfew, which it relaxed on Monday": the day of what a relative clause tells)
    return at is not None and not any(a.dep_ == "relcl" for a in path[:at])


def _within_a_relative(tok: Token, own: Token) -> bool:
    """Whether a relative clause lies between the token and the clause `own` heads ('detained
    people who had gathered ... in memory of those killed in 2022': the killed are not the
    detained)."""
    for a in tok.ancestors:
        if a.i == own.i:
            return False
        if a.dep_ == "relcl":
            return True
    return False


def _under_a_noun(ctx: ExtractionContext, timex: Timex, own: Token, tok: Token) -> bool:
    """Whether the expression hangs on a noun phrase inside the clause ('crimes in 1999'), not
    on its verb or on the act's own noun ('a strike in 2019')."""
    span = ctx.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    for _ in range(8):
        if cur.head.i == cur.i or cur.head.i == own.i:
            return False
        cur = cur.head
        if cur.i == tok.i:
            return False
        if cur.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _crime_of_the_held(rel: Token, tok: Token) -> bool:
    """'detained a man who had threatened protesters with a knife on Friday': the act the
    person arrested is held for came before the arrest; its day is not the arrest's."""
    return any(e.mode == "arrest" for e in triggers().get(tok.lemma_.lower(), ())) and \
        any(e.plover in ("ASSAULT", "THREATEN") for e in triggers().get(rel.lemma_.lower(), ()))


def _names_a_new_place(ctx: ExtractionContext, tok: Token, narrative: Timex) -> bool:
    """Whether the act's sentence names a place the sentence of the story's day does not (its
    whole sentence: the parse of a reported clause often leaves out its subject's phrase)."""
    told = ctx.doc.char_span(narrative.start, narrative.end, alignment_mode="expand")
    if told is None:
        return False
    then = told.sent.text
    start, end = tok.sent.start_char, tok.sent.end_char
    return any(start <= t.start < end and t.entry is not None and t.locates and
               t.resolved.feature != "country" and t.text not in then for t in ctx.toponyms)


def _since_before(ctx: ExtractionContext, timex: Timex) -> bool:
    """Whether "since" leads the time: it tells when a state began."""
    return ctx.text[max(0, timex.start - 6):timex.start].lower().strip().endswith("since")


def _since_clause(tok: Token, own: Token) -> bool:
    """Whether the act is what a present-perfect state has lasted 'since'."""
    def perfect(verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if tok.dep_ == "pobj" and word(tok.head) == "since" and perfect(tok.head.head):
        return True
    if own.dep_ != "advcl" or not perfect(own.head):
        return False
    return any(c.dep_ in ("mark", "prep") and word(c) == "since" and c.i < own.i
               for c in (*own.children, *own.head.children))


_FRONTED = re.compile(r"""\s*["'“‘(]?\s*(?:(?:on|at|in|by|early|late|later)\s+)*""",
                      re.IGNORECASE)  # what may come before a day that opens a sentence


# "overnight raids", "an overnight curfew": the adjective, before its noun
_BEFORE_A_NOUN = re.compile(r"\s+(?!(?:on|into|to|in|and|as|at|after|before|while)\b)[a-z]")
_CLOCK = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h(?:ours|rs)?)?|midnight|noon")
FIGHTING_VERBS = frozenset(word_classes()["ongoing_fight_verbs"]) | {"clash"}
UNTIL = re.compile(r"(?i)\b(?:until|till|through|to)\s+$")
LATER_WORDS = frozenset(("later", "subsequently", "afterwards"))
_CLAUSE_END = re.compile(r"\s*(?:[,.;]|$|(?:as|when|while|after)\b)")


# "Hours later, the government imposed a curfew, which it relaxed on Monday": the clause is
# of the day just told; a day in its relative clause is of what that clause tells
_HOURS_LATER = re.compile(r"(?i)\W*(?:(?:a\s+few|several|some|\w+)\s+)?(?:hours|minutes|moments)"
                          r"\s+later\b")


def _an_order(tok: Token) -> bool:
    """Whether the trigger names a curfew, a ban or an emergency (an order of its own day)."""
    return tok.lemma_.lower() in ("permit", "allow") or any(
        e.acled_sub in ("Change to group/activity", "Other") and e.plover == "COERCE"
        for e in triggers().get(tok.lemma_.lower(), ()))  # (also "no march would be permitted")


_AND_NEXT = re.compile(r"\s+and\s+")


def _before_a_joined_verb(ctx: ExtractionContext, t: Timex, own: Token) -> bool:
    """'caught a man they accused of belonging to a gang on Saturday and beat him to death':
    a day right before the verb joined to the clause's own ends that clause."""
    m = _AND_NEXT.match(ctx.text, t.end)
    if m is None:
        return False
    verbs = {own.i, *(c.i for c in own.conjuncts)}
    nxt = ctx.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    return nxt is not None and nxt.root.i in verbs and nxt.root.i >= own.i


def _in_own_object(noun: Token, own: Token) -> bool:
    """Whether the noun sits in the clause's own object, through prepositions ('the windows
    of houses'), with no verb between."""
    verbs = {own.i, *(c.i for c in own.conjuncts)}  # "beat migrants and smashed windows"
    cur = noun
    while cur.i not in verbs and cur.head.i != cur.i:
        if not _owner(cur) and (cur.dep_ not in ("pobj", "prep", "dobj", "conj") or (
                cur.head.pos_ == "VERB" and cur.head.i not in verbs and not _owner(cur.head))):
            return False
        cur = cur.head
    return cur.i in verbs


def _owner(tok: Token) -> bool:
    """'burned houses belonging to a family', 'shot down a drone carrying weapons' (the
    participle hung on the noun or on the verb): the object's owner or load told, no act of
    its own."""
    return tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG" and \
        tok.lemma_.lower() in word_classes()["owning_verbs"]


def _reported_by(own: Token, head: Token) -> bool:
    """Whether the clause is what the speech verb reports ('said gunmen killed four'), not a
    clause set beside its other sense ('a state of exception declared after gangs killed')."""
    cur = own
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis", "xcomp", "conj"):
            return True
        cur = cur.head
    return False


def _through_xcomp(head: Token) -> Token:
    """'tried to cross': the clause the infinitive completes."""
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return head


def _when_of_previous_clause(own: Token, head: Token) -> bool:
    """'died on Wednesday of wounds he suffered two days earlier, when police opened fire': a
    when-clause told right after a dated relative clause is that clause's time, whatever the
    parse hung it on."""
    return own.dep_ == "advcl" and head.dep_ in ("relcl", "acl") and head.i < own.i and \
        any(word(c) == "when" for c in own.children if c.dep_ == "advmod") and \
        all(t.is_punct for t in own.doc[head.right_edge.i + 1:own.left_edge.i]) and \
        head.right_edge.i < own.left_edge.i


SEASON_MONTHS = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}  # a season's middle month
LONG_SPAN = re.compile(r"P(?:\d+|X)(?:Y|DE|CE)")  # years, decades, centuries
SPAN_LEAD = re.compile(r"(?i)\b(?:for|over|during|throughout)(?:\s+the\s+(?:past|last))?\s*$")
PARTICIPLE = 2
SAID = 3  # rank of a reporting verb's date: after the event's clause (0), clauses of the same
# time (1) and participles inside the event's clause (2)
LOOSE = 4  # a day elsewhere in the sentence, outside any relative clause
ONSET_VERBS = frozenset(word_classes()["onset_verbs"])
TALLY_NOUNS = frozenset(word_classes()["tally_nouns"])
TOLL_RISE_VERBS = frozenset(word_classes()["toll_rise_verbs"])
BACKGROUND_DAYS = {1: 366, 2: 120, 3: 120}  # by time precision: older than this is background


def _in_campaign(tok: Token, noun: Token) -> bool:
    """Whether `noun` is in the trigger's own noun phrase ('a crackdown on protests') or in
    the phrase telling during what the act happened ('killed during a crackdown on ...')."""
    if tok.pos_ == "NOUN":
        return noun in tok.subtree
    return any(a.dep_ == "prep" and a.head.i == tok.i and word(a) in ("during", "amid", "in")
               for a in noun.ancestors)


def _long_before(res: DateResolution, published: dt.date | None) -> bool:
    """'In September 2022, dozens were killed', 'since March, when 12 soldiers died': a dated
    mention long before publication tells background, which was news then, not now."""
    day = _iso_day(res.event_date or "")
    if day is None or published is None or res.date_text is None:
        return False
    return (published - day).days > BACKGROUND_DAYS.get(res.time_precision or 1, 366)


# (also "the Semporna seizure", an act named by its place)
_THE_ACT_TOLD = re.compile(r"\s+the\s+(?:[A-Z][\w'’-]*\s+){0,2}[a-z]+(?:\s+[a-z]+)?\s*,")
_SPAN_AFTER = re.compile(r"(?i)(a|an|one|two|three|four|five|six|seven|\d+)\s+"
                         r"(day|week|month|year)s?\s+(after|before|later|earlier)")


def _told_from_the_other_side(ctx: ExtractionContext, tok: Token, timex: Timex,
                              sent_timexes: Sequence[Timex] = ()) -> Timex:
    """'buried on Tuesday, a day after bandits stormed the village': the expression dates the
    main clause from the event of the clause it introduces, so that event lies the other way."""
    m = _SPAN_AFTER.fullmatch(timex.text.strip())
    day = _iso_day(timex.value)
    month = re.fullmatch(r"(\d{4})-(\d{2})", timex.value)
    if m is None or (day is None and month is None) or tok.idx < timex.end or \
            m.group(3).lower() not in ("after", "before"):
        return timex
    word = ctx.doc.char_span(timex.end - len(m.group(3)), timex.end, alignment_mode="expand")
    n = parse_count(m.group(1)) or 1
    sign = -1 if m.group(3).lower() == "after" else 1
    unit_days = {"day": 1, "week": 7}.get(m.group(2).lower())
    if timex.start == tok.sent.start_char and _THE_ACT_TOLD.match(ctx.text, timex.end):
        # "A day before the vote, jihadists killed ...": dated off the act told (by its own
        # day where a place names it: "Two days after the Dumbea rioting")
        act = next((o for o in word.root.children if o.dep_ == "pobj"), None) \
            if word is not None else None
        base = _named_act_day(ctx, act) if act is not None and unit_days else None
        if base is None or unit_days is None:
            return timex
        return Timex(timex.start, timex.end, timex.text, timex.type,
                     (base - dt.timedelta(days=sign * n * unit_days)).isoformat(), True)
    # "after" heads the clause (a preposition) or marks its verb (a conjunction).
    clause = word.root.head if word is not None and word.root.dep_ == "mark" else \
        (word.root if word is not None else None)
    # ("a day after fighting killed seven", the span read as the verb's own modifier: the
    # verb told after "after" is still the clause it introduces)
    # (not "A day after retaking Masagawaay, the army set up a base": a gerund of its own)
    misread = word is not None and word.root.head.dep_ == "npadvmod" and \
        word.root.head.head.i == tok.i and \
        not any(c.dep_ == "pcomp" and c.tag_ == "VBG" and
                any(o.dep_ == "dobj" for o in c.children) for c in word.root.children)
    if clause is None or not (clause.i == tok.i or misread or
                              any(a.i == clause.i for a in tok.ancestors)):
        return timex
    inside = {x.idx for x in clause.subtree}
    main_day = next((d for o in sent_timexes if o is not timex and not o.anaphoric and
                     o.start not in inside and o.type == "DATE" and
                     (d := _iso_day(o.value)) is not None), None)
    if main_day is not None and month is None and unit_days is not None:
        # "Two days after police shot a student, students marched on Thursday": off the day
        # the main clause tells
        return Timex(timex.start, timex.end, timex.text, timex.type,
                     (main_day + dt.timedelta(days=sign * n * unit_days)).isoformat(), True)
    months = n * (12 if m.group(2).lower() == "year" else 1)
    if day is not None and m.group(2).lower() in ("month", "year"):
        # "retook the village on Sunday, a month after it was seized": only that month is told
        month_told = _months_off(main_day or day, sign * months)
        return Timex(timex.start, timex.end, timex.text, timex.type,
                     month_told.isoformat()[:7], True)
    if month is not None:  # "come a month after deadly protests": that month, the other way
        month_told = _months_off(dt.date(int(month.group(1)), int(month.group(2)), 1),
                                 2 * sign * months)
        return Timex(timex.start, timex.end, timex.text, timex.type,
                     month_told.isoformat()[:7], True)
    assert day is not None
    days = n * (unit_days or 1)
    shifted = day + dt.timedelta(days=2 * sign * days)  # back over the main clause, then past it
    return Timex(timex.start, timex.end, timex.text, timex.type, shifted.isoformat(), True)


def _months_off(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` from the month of `day` (back when negative)."""
    n = day.year * 12 + day.month - 1 + months
    return dt.date(n // 12, n % 12 + 1, 1)


def _shifted_by_span_clause(ctx: ExtractionContext, tok: Token, sent_timexes: list[Timex],
                            res: DateResolution) -> DateResolution:
    """'burned shacks on Friday, a day after a girl was killed': an act in a clause set a
    span after (or before) the main clause's day lies that span the other way from it."""
    day = _iso_day(res.event_date or "") if res.time_precision == 1 else None
    offsets = []  # (days, where the span ends) of "a day after", "two weeks before"
    months = {}  # (and of "a year after": months, where the span ends)
    for t in sent_timexes:
        span = re.fullmatch(r"P(\d+)([DWMY])", t.value)
        if t.type == "DURATION" and span is not None and span.group(2) in "DW":
            offsets.append((int(span.group(1)) * (7 if span.group(2) == "W" else 1), t.end))
        elif t.type == "DURATION" and span is not None:
            months[t.end] = int(span.group(1)) * (12 if span.group(2) == "Y" else 1)
            offsets.append((0, t.end))
    sent = tok.sent
    # "The day after the ambush": a span the time tagger leaves alone
    offsets += [(1, sent.start_char + m.end()) for m in _THE_DAY.finditer(sent.text)]
    told_here = any(t.text == res.date_text for t in sent_timexes if t.type != "DURATION")
    for days, end in offsets:
        link = re.match(r"\s+(after|before)\b", ctx.text[end:end + 10])
        words = ctx.doc.char_span(end + link.start(1), end + link.end(1)) \
            if link is not None else None
        if link is None or words is None:
            continue
        # (also set after the verb: "arrested twelve men in Liquica the day after the Suai
        # fight, over a brawl at the weekend", the day phrase hung on the arrest)
        on_the_act = tok.i in (words.root.head.i, words.root.head.head.i) or (
            # ("detained eleven people ..., the day after the bridge was cleared")
            words.root.head.head.lemma_.lower() == "day" and words.root.dep_ == "mark" and
            any(a.i == tok.i for a in words.root.head.head.ancestors))
        if tok.idx < end and not on_the_act:
            continue
        clause = words.root.head if words.root.dep_ == "mark" else words.root
        # (not "on Sunday, a day before the result was read out, and police fired": a clause
        # of its own the parse joined to the span's)
        joined = tok.dep_ == "conj" and tok.head.i == clause.i and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
            tok.left_edge.i >= 2 and ctx.doc[tok.left_edge.i - 1].text == "and" and \
            ctx.doc[tok.left_edge.i - 2].text == ","
        if day is not None and not joined and (clause.i == tok.i or
                                               any(a.i == clause.i for a in tok.ancestors)):
            if end in months:  # "on Sunday, a year after a protester was killed": that month
                first = _months_off(day, -months[end] if link.group(1) == "after" else
                                    months[end])
                last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
                return DateResolution(first.isoformat(), last.isoformat(), 3, res.date_text)
            shifted = day + dt.timedelta(days=-days if link.group(1) == "after" else days)
            return DateResolution(shifted.isoformat(), None, 1, res.date_text)
        if end in months:
            continue
        anchor = next((o for o in words.root.children if o.dep_ == "pobj"), None)
        if anchor is None and words.root.dep_ == "mark" and clause.tag_ == "VBG":
            anchor = clause  # "the day before the Kenema lynching", read as a clause
        base = _named_act_day(ctx, anchor) if anchor is not None and (
            (not told_here and end < sent.root.idx and day is not None) or on_the_act) else None
        if base is not None:
            # "The day before the Ilopango arrests, police in San Miguel ...": a span off the
            # day of the act the phrase names by its place, told before, whatever was told last
            shifted = base + dt.timedelta(days=days if link.group(1) == "after" else -days)
            return DateResolution(shifted.isoformat(), None, 1, res.date_text)
        riot_day = _day_of_the_riot_told(ctx, anchor) if anchor is not None and \
            not told_here and end < sent.root.idx else None
        if riot_day is not None:
            # "The day before the unrest, several hundred people marched": a span off the day
            # the riot was told on, whatever day was told since ("police said on Monday ...")
            shifted = riot_day + dt.timedelta(days=days if link.group(1) == "after" else -days)
            return DateResolution(shifted.isoformat(), None, 1, res.date_text)
        # (also "the day after the bridge was cleared": the act its clause tells by its verb)
        told_act = anchor if anchor is not None else \
            clause if words.root.dep_ == "mark" and clause.pos_ == "VERB" else None
        verb_day = _day_of_the_act_by_its_verb(ctx, told_act) if told_act is not None and \
            not told_here and (end < sent.root.idx or on_the_act) else None
        if verb_day is not None:
            # "... banned gatherings on Tuesday, a day after a brawl. The day before the ban,
            # men fought": a span off the day of the act the noun names, told by its verb
            shifted = verb_day + dt.timedelta(days=days if link.group(1) == "after" else -days)
            return DateResolution(shifted.isoformat(), None, 1, res.date_text)
        if day is None:
            continue
        if not told_here and words.root.dep_ == "mark" and clause.head.lemma_.lower() == "day" \
                and clause.head.head.i in (tok.i, _clause_head(tok).i):
            # "the day before the army arrived, the rebels looted the health centre": a span
            # off the day of the arrival just narrated
            shifted = day + dt.timedelta(days=days if link.group(1) == "after" else -days)
            return DateResolution(shifted.isoformat(), None, 1, res.date_text)
        if not told_here and anchor is not None and anchor.pos_ == "NOUN" and \
                any(word(d) in ("the", "this", "that") for d in anchor.children) and \
                _clause_head(words.root).i == _clause_head(tok).i:
            # "A day before the declaration, police shot two men": the act told, a span off
            # the day of the act just narrated
            shifted = day + dt.timedelta(days=days if link.group(1) == "after" else -days)
            return DateResolution(shifted.isoformat(), None, 1, res.date_text)
    return res


RIOT_SENTENCES_BACK = 6  # sentences back to look for the riot "the unrest" names


def _day_of_the_riot_told(ctx: ExtractionContext, anchor: Token) -> dt.date | None:
    """'the unrest', 'the riots': the day of the last sentence before that tells a riot act
    by a verb (burned, stoned, looted) with one day of its own."""
    if anchor.lemma_.lower() not in DISORDER_NOUNS and word(anchor) not in DISORDER_NOUNS or \
            not any(word(d) == "the" for d in anchor.children):
        return None
    for sent in _sentences_before(ctx, anchor.sent, RIOT_SENTENCES_BACK):
        # (told by a verb: "burned tyres", not "detained nine over the unrest")
        rioting = any(t.acled_sub in ("Violent demonstration", "Mob violence")
                      for tok in sent if tok.pos_ == "VERB"
                      for t in triggers().get(tok.lemma_.lower(), ()))
        days = [d for t in ctx.timexes_in(sent) if t.type in ("DATE", "TIME") and
                (d := _iso_day(t.value)) is not None]
        if rioting and len(set(days)) == 1:
            return days[0]
    return None


def _sentences_before(ctx: ExtractionContext, sent: Span, count: int) -> Iterator[Span]:
    """The sentences before `sent`, nearest first, at most `count` of them."""
    for _ in range(count):
        if sent.start == 0:
            return
        sent = ctx.doc[sent.start - 1].sent
        yield sent


def _day_of_the_act_by_its_verb(ctx: ExtractionContext, anchor: Token) -> dt.date | None:
    """'the ban' after 'banned gatherings on Tuesday' (or 'after the bridge was cleared'): the
    day of the last sentence before that tells the act the noun (or verb) names by the verb of
    its lemma, with one day of its own."""
    if anchor.pos_ not in ("NOUN", "VERB") or \
            (anchor.pos_ == "NOUN" and not any(word(d) == "the" for d in anchor.children)):
        return None
    for sent in _sentences_before(ctx, anchor.sent, RIOT_SENTENCES_BACK):
        if not any(t.pos_ == "VERB" and t.lemma_.lower() == anchor.lemma_.lower() for t in sent):
            continue
        # (not "said in a statement read on Tuesday evening": the day it was told)
        days = {d for t in ctx.timexes_in(sent) if t.type in ("DATE", "TIME") and
                not t.anaphoric and (d := _iso_day(t.value)) is not None and
                not SPOKEN_ON.search(ctx.text, max(0, t.start - 40), t.start)}
        return days.pop() if len(days) == 1 else None
    return None


def _day_of_the_act_it_followed(ctx: ExtractionContext, tok: Token,
                                sent_timexes: list[Timex]) -> Timex | None:
    """The day told in an 'after ...' clause of the act ('captured the town after overrunning
    its last position on Tuesday')."""
    clauses = [c for c in tok.children if c.dep_ == "advcl" and
               any(m.dep_ == "mark" and word(m) == "after" for m in c.children)]
    # (also "after overrunning ...", the parse taking 'after' for a preposition)
    clauses += [g for c in tok.children if c.dep_ == "prep" and word(c) == "after"
                for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    for clause in clauses:
        for t in sent_timexes:
            span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
            if t.type == "DATE" and _DAY_VALUE.match(t.value) and span is not None and \
                    any(a.i == clause.i for a in span.root.ancestors):
                return t
    return None


def _named_act_day(ctx: ExtractionContext, anchor: Token) -> dt.date | None:
    """'the Ilopango arrests', 'the Lankaran demolitions': the day of an act a phrase names by
    its place, told in the last sentence before that names the place with a day."""
    # (also "the Kailahun lynching", the noun tagged an adjective with the name its subject)
    names = [c for c in anchor.children if c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN"
             and c.i < anchor.i]
    if not (anchor.pos_ in ("NOUN", "ADJ") or anchor.tag_ == "VBG") or not names:
        return None
    first = min(t.i for t in names[0].subtree if t.pos_ == "PROPN")  # (not "the" before it)
    name = ctx.doc[first:names[-1].i + 1].text
    start = max(anchor.sent.start - TOLD_BACK_REACH, 0)
    sent = anchor.sent
    told = []
    while sent.start > start:
        sent = ctx.doc[sent.start - 1].sent
        told.append(sent)
    # (else the act told in the sentences after it: "The day after the Segbwema fighting, ...
    # Supporters ... fought in Segbwema on Monday")
    sent, end = anchor.sent, min(anchor.sent.end + TOLD_BACK_REACH, len(ctx.doc))
    while sent.end < end:
        sent = ctx.doc[sent.end].sent
        told.append(sent)
    for sent in told:
        if not re.search(rf"\b{re.escape(name)}\b", sent.text):
            continue
        days = [day for t in ctx.timexes_in(sent) if t.type in ("DATE", "TIME") and
                (day := _iso_day(t.value)) is not None]  # (also "on Sunday night")
        if days:
            return days[0]
    return None


def _taking_back(tok: Token) -> bool:
    """'retook', 'regained control', 'won back': an act that undoes a loss told before."""
    phrase = " ".join([tok.lemma_.lower(), *(word(c) for c in tok.children if c.dep_ == "prt")])
    return phrase in word_classes()["taking_back_verbs"]


def _the_night_before(ctx: ExtractionContext, tok: Token, res: DateResolution) -> DateResolution:
    """'imposed a curfew on Tuesday after a night in which protesters burned shops': the
    night told after the day's act is the one before it."""
    day = _iso_day(res.event_date or "")
    at = ctx.text.find(res.date_text or "\0", tok.sent.start_char)
    if day is not None and res.time_precision == 1 and at >= 0 and \
            _OVERNIGHT_INTO.search(ctx.text, max(0, at - 20), at):
        # "overnight into Monday": the night began on Sunday evening
        return DateResolution((day - dt.timedelta(days=1)).isoformat(), None, 1, res.date_text)
    night = next((a for a in tok.ancestors if a.lemma_.lower() == "night" and a.dep_ == "pobj"
                  and word(a.head) == "after"), None)
    if day is None or res.time_precision != 1 or night is None or \
            not any(word(d) in ("a", "the") for d in night.children if d.dep_ == "det") or \
            night.left_edge.idx <= ctx.text.find(res.date_text or "\0", tok.sent.start_char) \
            < night.right_edge.idx + len(night.right_edge):
        return res
    return DateResolution((day - dt.timedelta(days=1)).isoformat(), None, 1, res.date_text)


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_OVERNIGHT_INTO = re.compile(r"(?i)\bovernight\s+(?:into|to)\s+$")
_THE_DAY = re.compile(r"(?i)\bthe\s+day(?=\s+(?:after|before)\s+(?:the|this|that)\b)")


def _iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                                 value[:10]) else None
    except ValueError:
        return None


def _present(tok: Token) -> bool:
    """A verb in the present tense or the present progressive ('is providing'; 'is endorsing
    and providing', whose auxiliary the conjuncts share)."""
    auxes = list(tok.children) + (list(tok.head.children) if tok.dep_ == "conj" else [])
    return tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in auxes))


SPAN_OF_TIME = frozenset(("recent", "past", "years", "months", "weeks", "decade"))


SPANS_OF_HABIT = ("day", "night", "week", "month", "year", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday", "weekend")


def habitual(verb: Token) -> bool:
    """What happens as a rule or has happened many times: a present-tense clause with an adverb
    of frequency ('is shelled almost daily'), or a present perfect over many acts ('has
    carried out several attacks', 'has seen frequent clashes')."""
    classes = word_classes()
    if verb.dep_ == "pcomp" and word(verb.head) == "with" and verb.head.head.pos_ == "VERB":
        return habitual(verb.head.head)  # "have spread since last week, with students blocking"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        # "has waged an insurgency for several years, killing hundreds": what the record did
        return habitual(verb.head)
    present = verb.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children) or (
        # ("Disputes regularly lead to clashes", the verb tagged a bare form)
        verb.tag_ == "VB" and verb.dep_ == "ROOT" and
        any(c.dep_ == "nsubj" for c in verb.children) and
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if present and any(_lemma_in(t, classes["frequency_adverbs"])
                       for c in verb.children if c.dep_ in ("advmod", "npadvmod")
                       for t in c.subtree):
        return True
    perfect = any(c.dep_ in ("aux", "auxpass") and word(c) in ("has", "have")
                  for c in verb.children)
    # (a span's start, told as no day: "since the start of the year", "since the protests")
    if perfect and any(c.dep_ == "prep" and word(c) == "since" and any(
            o.dep_ == "pobj" and (o.ent_type_ != "DATE" or
                                  o.lemma_.lower() in ("start", "beginning"))
            for o in c.children)
            for c in verb.children):
        # "more than 60 vehicles have been burned on the island since the start of the year":
        # a tally over a span, no one act
        return True
    if verb.tag_ in ("VBP", "VBZ") and any(c.dep_ == "advmod" and word(c) == "still"
                                            for c in verb.children):
        return True  # "party leaders say police still break up some of them": what goes on
    if present and any(c.dep_ == "npadvmod" and c.lemma_.lower() in SPANS_OF_HABIT
                       and any(word(d) in ("a", "an", "each", "every", "per") for d in c.children)
                       for c in verb.children):
        return True  # "clashes kill hundreds of people a year", "we hear explosions every night"
    # "shells had fallen in the area several times this year": many acts over a span
    if any(c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() == "time" and c.tag_ == "NNS"
           for c in verb.children) and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in ("week", "month", "year") and
            any(word(d) in ("this", "past", "recent") for d in c.children)
            for c in verb.children):
        return True
    perfect = any(c.dep_ == "aux" and word(c) in ("has", "have") for c in verb.children)
    if not perfect:
        return False
    if verb.tag_ == "VBG" and any(word(c) == "been" for c in verb.children):
        return True  # "a group that has been fighting the army": an ongoing state
    # Many acts, not many victims: "several attacks", "frequent clashes", "repeatedly",
    # "on several occasions" (but "has killed several fighters" is one act).
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in triggers()]
    many_of = [c for c in verb.children if c.dep_ == "dobj" and  # "hundreds of strikes"
               _lemma_in(c, classes["many_markers"])]
    # "dozens of activists have been arrested in recent years": many told over a span of time
    many_done_to = any(_lemma_in(t, classes["many_markers"]) or word(t) == "dozen"
                       for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")
                       for t in c.subtree)
    # "hundreds have been killed in the insurgency": over the whole conflict
    over_a_span = any(word(t) in SPAN_OF_TIME or (t.dep_ == "pobj" and t.lemma_.lower() in
                                                  classes["conflict_span_nouns"] and
                                                  any(word(d) == "the" for d in t.children))
                      for c in verb.children if c.dep_ == "prep" for t in c.subtree) or \
        any(word(c) in ("since", "ahead") for c in verb.children)  # "ahead of the vote"
    # "protests have spread across the capital since last week": many acts, still going on
    many_acts = any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in triggers()
                    for c in verb.children)
    # ("have stepped up drone attacks in recent weeks": acts, in the plural, over a span)
    plural_acts = any(c.tag_ == "NNS" for c in acts)
    return bool(many_of) or ((many_done_to or many_acts or plural_acts) and over_a_span) or \
        any(_lemma_in(t, classes["many_markers"]) or _lemma_in(t, classes["frequency_adverbs"])
            for c in acts for t in c.children) or \
        any(_lemma_in(t, classes["many_markers"]) for v in (verb, *verb.conjuncts)
            for c in v.children if c.dep_ in ("advmod", "npadvmod", "prep") for t in c.subtree) or \
        any(_lemma_in(c, classes["frequency_adverbs"]) for c in verb.children
            if c.dep_ == "advmod")  # "violence has flared periodically"


def _same_time_clause(head: Token, own: Token) -> bool:
    """A clause told as happening with the event's own, so sharing its day: a conjoined verb
    ("fired tear gas and used water cannon on Thursday"), a purpose ("fired to break up a march
    on Thursday"), or a 'when' clause ("were killed when a bomb struck on Tuesday"), attached
    to the event's clause or to a verb conjoined with it."""
    anchors = {own.i} | {c.i for c in own.children if c.dep_ == "conj"}
    if head.head.i not in anchors:
        return False
    if head.dep_ in ("conj", "xcomp"):
        return True
    if head.dep_ in ("ccomp", "parataxis") and head.i < own.i and \
            own.lemma_.lower() not in word_classes()["speech"]:
        return True  # "came under fire on Wednesday ...; four were killed": a clause before
    return head.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod", "aux") and word(c) in ("when", "as", "while", "to")
        for c in head.children)


def _day_before(first: Timex, then: Timex) -> bool:
    """Whether the first expression names a day before the second."""
    a, b = _iso_day(first.value), _iso_day(then.value)
    return a is not None and b is not None and a < b


def _day_of_telling(ctx: ExtractionContext, timex: Timex) -> bool:
    """'said on Sunday', 'a statement read on Sunday': the day on a reporting verb or on a
    participle describing a statement, not the day of another act ('returned on Monday')."""
    span = ctx.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    head = _clause_head(span.root)
    return head.lemma_.lower() in REPORTING_VERBS or head.dep_ == "acl"


def _same_paragraph(text: str, a: int, b: int) -> bool:
    """The narrative carries within a paragraph, or across a break less than 400 characters
    back (a one-line paragraph continuing the story)."""
    return same_paragraph(text, a, b) or abs(a - b) < 400
