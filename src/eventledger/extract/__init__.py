"""Find events and reported figures in a parsed article and code them in ACLED and PLOVER terms."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from eventledger.extract.actors import GENERIC_ARMED, _make_actor
from eventledger.extract.casualties import (
    REACH,
    TOLL_RAISED_TO,
    DeathMention,
    death_mentions,
    is_violent,
    other_side_dead,
    own_side_of,
    told_against,
)
from eventledger.extract.context import (
    _BOILERPLATE,
    BACKGROUND_CONFIDENCE,
    ExtractionContext,
    _evidence,
    _paragraph_of,
    title_block_end,
)
from eventledger.extract.figures import TOLL_PUT_AT, _figures, put_at_count, reporter
from eventledger.extract.learned import sentence_hit
from eventledger.extract.modality import bare_claimant
from eventledger.extract.records import (
    _code_event,
    abductions_by_the_state,
    attacks_on_forces_as_clashes,
    casualty_event,
    civilians_never_acting,
    died_of_wounds,
    disappearances,
    kill_claims_denied,
    main_event,
    none_of_theirs_lost,
    one_event_per_incident,
    opposite_sides,
    own_dead_against_a_tally,
    placed_by_its_town,
    side_counted,
    the_other_sides_dead,
    the_sides_own_lower_count,
    with_default_actors,
)
from eventledger.extract.refinement import _refine_protests, destruction_within_violence
from eventledger.extract.triggers import _find_triggers, _merge_hits
from eventledger.numbers import parse_count
from eventledger.roles import word
from eventledger.schema import Actor, Event, Figure
from eventledger.taxonomy import Inter, actor_lexicon, triggers, word_classes
from eventledger.when import Timex

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["ExtractionContext", "extract", "main_event", "title_block_end"]

MAX_SENTENCE_TOKENS = 150
MAX_TRIGGERS_PER_SENTENCE = 40


# nouns that count the incident's dead with no other word on who they were
SAME_DEAD_NOUNS = word_classes()["generic_victims"] | {"death"}
# ("the hospital said one man died; the party said three people were killed": a count told
# against another by a second speaker, of the same dead; not "said it lost three men", a
# side's own)
DIED_AGAINST_NOUNS = frozenset(("man", "woman"))
CLAIM_REACH = 3  # events back a bare claim ("X claimed responsibility.") may point over


def _bare_claim(ctx: ExtractionContext, sent: Span) -> Actor | None:
    """The claimant of 'Al-Shabaab claimed responsibility.' (an act the sentence does not
    name), as an actor placed at the claim."""
    who = bare_claimant(sent)
    claimant = _make_actor(who, "source", ctx) if who is not None else None
    return claimant if claimant is not None and claimant.normalized else None


def _claimed_back(claimant: Actor, events: list[Event]) -> None:
    """'A car bomb killed six soldiers. Al-Shabaab claimed responsibility.': the claimant is
    the perpetrator of the violence just told, when that names no group."""
    before = sorted((e for e in events if e.evidence and e.evidence[0].start < claimant.start),
                    key=lambda e: e.evidence[0].start)
    last = next((e for e in reversed(before[-CLAIM_REACH:]) if is_violent(e) and
                 e.modality == "asserted"), None)
    if last is not None and (last.actor1 is None or last.actor1.startswith(GENERIC_ARMED)):
        last.actor1, last.inter1 = claimant.normalized, claimant.inter or last.inter1
        last.actors.append(claimant)


def extract(ctx: ExtractionContext) -> tuple[list[Event], list[Figure]]:
    """Events and figures of one article, in text order."""
    events: list[Event] = []
    figures: list[Figure] = []
    narrative: Timex | None = None
    title_end = title_block_end(ctx.article.text)
    tolls = _UntoldCauses()
    claims: list[Actor] = []  # bare claims ("X claimed responsibility."), applied once merged
    for index, sent in enumerate(ctx.doc.sents):
        if sent.start_char < title_end:
            continue  # a headline restates the body's events; the body is coded
        if _BOILERPLATE.search(_paragraph_of(ctx.article.text, sent.start_char, sent.end_char)):
            continue  # "To contact us, visit: example.org/contact"
        sent_timexes = ctx.timexes_in(sent)
        sent_figures = _figures(ctx, sent, sent_timexes)
        if len(sent) > MAX_SENTENCE_TOKENS:
            figures.extend(sent_figures)
            # Tables, lists and run-on text parse into giant "sentences"; the parse of such a
            # span is not worth coding, and rules over it would cost time out of proportion.
            ctx.warnings.append(f"{ctx.article.doc_id}: a {len(sent)}-token span at offset "
                                f"{sent.start_char} is not a sentence; not coded")
            continue
        hits = _merge_hits(_find_triggers(sent)[:MAX_TRIGGERS_PER_SENTENCE])
        coded: list[Event] = []
        for hit in hits:
            coded.extend(_code_event(ctx, sent, hit, sent_timexes, narrative, sent_figures))
        if all(e.sub_event_type is None and e.modality == "asserted" for e in coded) and \
                not any(h.trigger.acled_sub for h in hits):
            # Nothing ACLED codes was found here, but the model may read one (not where the
            # rules read an ACLED act and set it aside as background).
            fallback = sentence_hit(ctx, sent)
            if fallback is not None and all(h.token.i != fallback.token.i for h in hits):
                # (only as the ACLED act the model read: untyped, it is a guess at nothing)
                coded.extend(e for e in _code_event(ctx, sent, fallback, sent_timexes,
                                                    narrative, sent_figures)
                             if e.sub_event_type)
        coded.extend(tolls.resolve(ctx, sent, index, coded, sent_timexes, narrative))
        if not any(e.sub_event_type for e in coded) and \
                (claimant := _bare_claim(ctx, sent)) is not None:
            claims.append(claimant)
        if not any(e.sub_event_type and e.modality == "asserted" for e in coded):
            _dated_by_its_retelling(ctx, sent, events, sent_timexes)
        figures.extend(sent_figures)  # (with the running counts acts of the sentence told)
        tolls.update(index, sent, sent_figures, sent_timexes)
        events.extend(coded)
        # The narrative moves to the day of the last event told with a day of its own, not to
        # the day something was said ("killed ... on Sunday, officials said on Monday").
        # The day is the event's as resolved ("a day after" the burial is the day before it).
        # (not the day someone "died of his wounds", which is the incident's toll told late)
        late_toll = died_of_wounds(sent.text)
        # (the day of an act told, before that of its history: "retook the town on Wednesday,
        # three weeks after rebels drove the troops out")
        dated = [e for e in coded if e.time_precision == 1 and e.modality == "asserted"
                 and not late_toll]
        dated = [e for e in dated if e.confidence > BACKGROUND_CONFIDENCE] or dated
        told = [Timex(t.start, t.end, t.text, "DATE", e.event_date or t.value, True)
                for e in dated for t in sent_timexes if t.text == e.date_text]
        if not told and narrative is not None:
            # "A day before the declaration, police shot two men": the story moves to that day,
            # told here
            here = next((t for t in sent_timexes if t.type == "DURATION"), narrative)
            told = [Timex(here.start, here.end, narrative.text, "DATE", e.event_date, True)
                    for e in coded if e.time_precision == 1 and e.modality == "asserted" and
                    e.event_date and e.date_text == narrative.text and
                    e.event_date != narrative.value[:10]]
        day_timexes = [t for t in sent_timexes if t.type in ("DATE", "TIME")
                       and re.match(r"\d{4}-\d{2}-\d{2}", t.value)]
        years_ago = [t for t in sent_timexes if t.type == "DATE" and
                     _years_before(t, ctx.published)]
        judged_then = _deed_judged_then(sent, sent_timexes)
        if judged_then is not None and not any(e.sub_event_type for e in coded):
            # "A court on Thursday sentenced a man for setting fire to a bus during the riot in
            # November 2023. ... Rioters burned buses": the story is of the deed judged, then
            narrative = judged_then
        elif told:
            narrative = told[-1]
        elif day_timexes and not late_toll and not any(e.modality == "asserted" for e in coded) \
                and not _told_as_backstory(sent):
            narrative = day_timexes[-1]  # a day told with no event, or only a planned one
        elif years_ago and not day_timexes and not any(
                e.modality == "asserted" and e.event_date for e in coded):
            # "The uprising began in October 2018, when ... Soldiers regained control after a
            # week": the story went back years; its next acts are of that time
            narrative = years_ago[-1]
        elif (week := _week_told(sent_timexes, ctx.published)) is not None and \
                not day_timexes and not any(e.modality == "asserted" and e.event_date
                                            for e in coded):
            # "India says its strikes earlier in the week hit only militants. Pakistan says
            # dozens were killed": the dead are of that week, not of the day told before
            narrative = week
        elif narrative is not None and any(
                e.modality == "asserted" and e.time_precision == 1 and
                (e.date_text, e.event_date) == (narrative.text, narrative.value) for e in coded):
            # An event dated by the narrative here carries it into this paragraph.
            narrative = dataclasses.replace(narrative, start=sent.start_char,
                                            end=sent.start_char)
    events.extend(tolls.flush(ctx))
    # Merged, given ACLED's default actors, protests joined to the force met: then merged
    # again, as mentions retyped by that step may now be one incident.
    merged = attacks_on_forces_as_clashes(with_default_actors(
        disappearances(abductions_by_the_state(one_event_per_incident(events), ctx.text),
                       ctx.text), ctx))
    merged = destruction_within_violence(one_event_per_incident(_refine_protests(merged)))
    merged = none_of_theirs_lost(kill_claims_denied(placed_by_its_town(merged), ctx.text))
    for claimant in claims:
        _claimed_back(claimant, merged)
    merged = civilians_never_acting(merged, ctx)
    return _quoted_as_background(_vaguely_dated_as_background(merged)), figures


RETELLING_REACH = 3  # events back that "The demolition took place on Monday" may date


def _dated_by_its_retelling(ctx: ExtractionContext, sent: Span, events: list[Event],
                            sent_timexes: list[Timex]) -> None:
    """'... troops demolished the family home ... The demolition took place on Monday
    afternoon': the act just told, named again with the day it happened, takes that day when
    its own sentence gave it none."""
    verb = next((t for t in sent if t.pos_ == "VERB" and (
        t.lemma_.lower() in ("happen", "occur") or (t.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and word(c) == "place" for c in t.children)))), None)
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                 any(word(d) == "the" for d in c.children)), None) if verb is not None else None
    days = [t for t in sent_timexes if t.type in ("DATE", "TIME") and
            re.match(r"\d{4}-\d{2}-\d{2}", t.value)]
    if noun is None or len(days) != 1:
        return
    # (the act's own word, or its verb: "the demolition" of "demolished")
    kinds = {t.plover for t in triggers().get(noun.lemma_.lower(), ())}
    stem = re.compile(rf"(?i)\b{re.escape(noun.lemma_.lower()[:5])}")
    told = next((e for e in reversed(events[-RETELLING_REACH:])
                 if e.modality == "asserted" and e.sub_event_type and
                 (e.plover_event in kinds or
                  (len(noun.lemma_) >= 5 and any(stem.search(ev.text) for ev in e.evidence)))),
                None)
    # ("Gunmen killed four villagers ..., police said on Friday. The attack happened on
    # Tuesday night": the day of the telling is no day of the act)
    if told is None or (told.date_text is not None and
                        any(told.date_text in ev.text for ev in told.evidence) and
                        not (_dated_by_its_telling(told) and
                             days[0].value[:10] < (told.event_date or ""))):
        return
    told.event_date, told.date_text, told.time_precision = days[0].value[:10], days[0].text, 1
    told.evidence.append(_evidence(ctx, sent.start_char, sent.end_char))


_TELLING_VERB = re.compile(r"(?i)\b(?:said|says|told|reported|announced|confirmed|added)"
                           r"(?:\s+(?:late|early))?\s+(?:on\s+)?$")


def _dated_by_its_telling(ev: Event) -> bool:
    """Whether an event's day is only the day its source spoke ('..., police said on
    Friday')."""
    told = ev.evidence[0].text
    at = told.rfind(ev.date_text) if ev.date_text else -1
    return at > 0 and told.find(ev.date_text or "") == at and \
        _TELLING_VERB.search(told[max(0, at - 30):at]) is not None


def _week_told(sent_timexes: list[Timex], published: dt.date | None) -> Timex | None:
    """The last week told in the sentence that began by the day of publication."""
    weeks = [t for t in sent_timexes if t.type == "DATE" and (m := re.fullmatch(
        r"(\d{4})-W(\d{2})", t.value)) is not None and published is not None and
        dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) <= published]
    return weeks[-1] if weeks else None


def _years_before(timex: Timex, published: dt.date | None) -> bool:
    """Whether a month or year told names a time more than a year before publication."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", timex.value)
    if m is None or published is None:
        return False
    told = dt.date(int(m.group(1)), int(m.group(2) or 12), 28)
    return (published - told).days > 366


def _deed_judged_then(sent: Span, sent_timexes: list[Timex]) -> Timex | None:
    """'A court on Tuesday jailed a man for throwing bricks during the disorder in August
    2024': the time of the deed a verdict is on, told before the verdict's day."""
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in word_classes()["verdict_verbs"]
               for t in sent):
        return None
    days = [t.value[:10] for t in sent_timexes
            if t.type == "DATE" and _A_DAY.fullmatch(t.value[:10])]
    older = [t for t in sent_timexes if days and t.type == "DATE" and
             t.value[:10] < days[0][:len(t.value[:10])]]
    return older[-1] if older else None


_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _told_as_backstory(sent: Span) -> bool:
    """'The schoolgirl had been found alive the previous day.': a sentence in the past perfect
    goes back behind the story; its day does not move the story there."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return all(any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in v.children)
               for v in verbs)


def _quoted_as_background(events: list[Event]) -> list[Event]:
    """'"We watched our shop burn and could do nothing," said one shopkeeper': an act told only
    inside a witness's quoted words, with no day of its own, retells the story's acts; it is
    kept, under the export's floor."""
    for e in events:
        if len(e.evidence) == 1 and _QUOTED.match(e.evidence[0].text) and \
                not (e.date_text and e.date_text in e.evidence[0].text):
            e.confidence = min(e.confidence, BACKGROUND_CONFIDENCE)
    return events


_QUOTED = re.compile(r"\s*[\"“]")


def _vaguely_dated_as_background(events: list[Event]) -> list[Event]:
    """An event told only to the week or the month ("leaders were arrested last month", "held
    a strike in March", "destroyed 100 drones during the past week") is background, not news:
    it is kept, but under the ACLED export's floor (on fourteen development sets such events
    were almost never gold events, even in reports that tell no day)."""
    for e in events:
        if e.time_precision in (2, 3):
            e.confidence = min(e.confidence, BACKGROUND_CONFIDENCE)
    return events


def _set_against_a_later_claim(mention: DeathMention) -> bool:
    """'A lawyers' group counted six dead, while the RSF said it had killed forty soldiers': a
    count told first, with another speaker's told against it after, in a clause of its own."""
    speech, disputing = word_classes()["speech"], word_classes()["dispute_cues"]
    verb = mention.token
    claims = speech | word_classes()["claim_speech"]
    # ("The emergency room counted seven dead; an adviser said twenty-two ...", however the
    # parse joins the two clauses)
    if any(t.lemma_.lower() in claims and t.pos_ == "VERB" and t.i > verb.i and
           not any(a.i == verb.i for a in t.ancestors) and
           any(x.text == ";" for x in verb.doc[verb.i:t.i])
           for t in mention.span):
        return True
    return any(a.lemma_.lower() in speech and a.dep_ in ("advcl", "conj") and
               a.i > mention.token.i and
               not any(x.i == mention.token.i for x in a.subtree) and
               any(c.dep_ in ("mark", "cc") and word(c) in disputing and c.i < a.i
                   for c in (*a.children, *a.head.children))
               for a in mention.span)


def _one_side(victim: str | None, counted: int | None) -> bool:
    """Whether the victims are of the non-state armed side a toll counted ('guerrillas' or
    'fighters', counted as 'militants')."""
    entry = actor_lexicon().get(victim or "")
    non_state = (Inter.REBELS, Inter.POLITICAL_MILITIA)
    return counted in non_state and entry is not None and entry["kind"] == "armed" and \
        int(entry["inter"]) in non_state


def _other_sides_own(mention: DeathMention, tolled: Event) -> bool:
    """'The army said it lost three soldiers, while the rebels said four of their fighters
    were killed': one side's own dead told beside the other side's, so the two add up."""
    # (a state's dead beside an armed group's: not "killed 12 militants ... lost four fighters")
    return opposite_sides(own_side_of(mention), side_counted(tolled, [tolled.evidence[0].text]))


class _UntoldCauses:
    """Deaths told without a cause, tied to the violent incident told within REACH sentences
    before or after them (the one in their own sentence first); the dead that bear marks of
    violence and no incident in reach are an attack of their own."""

    def __init__(self) -> None:
        self.last_violent: tuple[int, Event] | None = None
        self.pending: list[tuple[DeathMention, Timex | None]] = []
        self.dead: set[str] = set()  # victims whose deaths were told without a cause
        self.last_toll: tuple[int, Event] | None = None  # the last violence with a toll
        self.toll_speaker: str | None = None  # who told that toll ("police said")
        self.dead_told_at = -REACH - 1  # the last sentence that counted dead of its own

    def resolve(self, ctx: ExtractionContext, sent: Span, index: int, coded: list[Event],
                sent_timexes: list[Timex], narrative: Timex | None) -> list[Event]:
        """New events for deaths told so far; earlier incidents gain their tolls."""
        told = {e.evidence[0].start for e in coded if e.fatalities}
        said = death_mentions(sent, index)
        mentions = [m for m in said if sent.start_char not in told and not self._told_again(m)]
        tolled = next((e for e in coded if e.fatalities and e.evidence[0].start == sent.start_char),
                      None)
        lower = [n for m in said if tolled is not None and
                 (n := the_sides_own_lower_count(tolled, m))]
        # (of the same dead: people or bodies, not "two of its soldiers", a side's own)
        # (also "four militants were killed; a news agency said two guerrillas died": the
        # same armed side's dead, by another word)
        # (also "A lawyers' group counted six dead, while the RSF said it had killed forty
        # soldiers": the count a later speaker's claim is set against)
        lower += [m.count for m in said if tolled is not None and tolled.fatalities and
                  m.count < tolled.fatalities and not m.additive and
                  (told_against(m) or _set_against_a_later_claim(m)) and
                  (m.victim in SAME_DEAD_NOUNS | word_classes()["remains_nouns"] or
                   parse_count(m.victim) is not None or
                   (m.victim in DIED_AGAINST_NOUNS and m.token.lemma_.lower() == "die") or
                   _one_side(m.victim, side_counted(tolled, [tolled.evidence[0].text])))]
        if tolled is not None and lower:
            # "It said 11 rebels were killed; the rebels said they lost three fighters"
            # (also "..., while the hospital said it had received two bodies": the lower of two
            # sources' counts stands, ACLED)
            tolled.fatalities = min(lower)
            fought = self.last_violent[1] if self.last_violent is not None and \
                index - self.last_violent[0] <= REACH else None
            if tolled.modality == "claimed" and fought is not None and \
                    fought.modality == "asserted" and not fought.fatalities:
                # "The NRF claimed to have killed six Taliban fighters; a Taliban spokesman
                # said one of its men died": the side's own dead are the toll of the fight told
                fought.fatalities = min(lower)
        last = self.last_toll[1] if self.last_toll is not None and \
            index - self.last_toll[0] <= REACH else None
        if tolled is not None and tolled.modality == "claimed" and last is not None and \
                last is not tolled and last.modality == "asserted" and \
                last.event_date == tolled.event_date and \
                (own := [n for m in said if (n := own_dead_against_a_tally(last, m))]):
            # "The army said it lost one soldier and killed six rebels. The rebels said two of
            # their fighters died and claimed to have killed ten soldiers": the rebels' own dead
            # stand against the army's claim in the fight told, whatever their own claim
            last.fatalities = min(own)
        if tolled is not None:  # "12 assailants were killed and two soldiers died"
            tolled.fatalities = (tolled.fatalities or 0) + sum(
                m.count for m in said if other_side_dead(m, tolled.fatalities) or
                _other_sides_own(m, tolled))
            # ("killed seven villagers ..., and two of the wounded died ..., police said", the
            # deaths read as a second clause of the speech: added, as when read as a conjunct)
            tolled.fatalities += sum(m.count for m in said if m.additive and
                                     m.token.dep_ in ("ccomp", "parataxis") and
                                     m.token.head.lemma_.lower() in word_classes()["speech"])
        self.dead.update(m.victim for m in said)
        # the sentence's violence with a toll first: "clashed ..., and eight were killed"
        violent = next((e for e in coded if is_violent(e) and e.fatalities), None) or \
            next((e for e in coded if is_violent(e)), None)
        put_at = TOLL_PUT_AT.search(sent.text)
        put_count = put_at_count(sent, put_at) if put_at is not None else None
        own_toll = put_count if put_at is not None and put_at.group("toll") else None
        # (and "put the toll at three soldiers and five rebels killed": each side's dead, of
        # which the act the sentence tells counted one side's)
        sides_summed = put_at is not None and put_count != parse_count(put_at.group("count"))
        if violent is not None and own_toll and violent.evidence[0].start == sent.start_char and \
                (not violent.fatalities or (sides_summed and own_toll > violent.fatalities)):
            # "retook Adet ..., the administration said, putting the death toll at nine": the
            # toll its own sentence puts on the act
            violent.fatalities = own_toll
        out = self._expired(ctx, index)
        if any(e.fatalities for e in coded):
            self.dead_told_at = index  # ("seven people were killed. ... put the toll at nine")
        before = self.last_violent[1] if self.last_violent and violent is not None and \
            violent.injured and not violent.fatalities and self.last_violent[0] < index \
            else None
        if violent is not None and violent.fatalities:
            self.last_toll = (index, violent)
            self.toll_speaker = reporter(sent)
        if violent is not None:
            for m, _ in self.pending:  # "Two died. Police had opened fire on the march."
                casualty_event(ctx, m.span, m, violent, ctx.timexes_in(m.span), None)
            self.pending = []
            self.last_violent = (index, violent)
        recent = self.last_violent[1] if self.last_violent and \
            index - self.last_violent[0] <= REACH else None
        lower_put = put_count
        # (the act told last: not "killed forty soldiers. ... The next day, warplanes bombed the
        # market ...; the RSF put the toll at twenty", the bombing's)
        if lower_put and violent is None and self.last_toll is not None and \
                index - self.last_toll[0] <= REACH and \
                (recent is None or recent is self.last_toll[1]) and \
                lower_put < (self.last_toll[1].fatalities or 0) and \
                reporter(sent) != self.toll_speaker:
            # "..., killing twelve people, a community leader said. Police put the toll at
            # ten": another source's lower count of the same dead stands (ACLED)
            self.last_toll[1].fatalities = lower_put
        elif lower_put and violent is None and recent is not None and \
                not recent.fatalities and recent.modality == "asserted" and not said and \
                not any(e.fatalities for e in coded) and index - self.dead_told_at > 1 and \
                not (self.last_toll is not None and
                     self.last_toll[1].location == recent.location):
            # (not "... shot them. An association put the toll at eleven": the killing whose
            # toll was told, told again)
            # "An army drone struck fighters near Gourcy. The military put the number of dead
            # at about fifteen": the toll of the act just told, which had none
            recent.fatalities = lower_put
            self.last_toll, self.toll_speaker = (index, recent), reporter(sent)
        for m in mentions:
            # "two more died", "one of the wounded died": the incident told before, however
            # far back, never one told later.
            # (also "..., raising the toll to nine": the toll of the incident told before)
            # (and "the men had died", "all three died": people the story told before)
            raised = m.additive or bool(TOLL_RAISED_TO.search(sent.text)) or \
                (m.definite and m.count > 1)
            incident = recent or (self.last_violent[1] if raised and self.last_violent
                                  else None)
            if m.additive and before is not None and before.fatalities:
                # "The bomber also died, and 14 people were wounded": the dead added to the
                # toll told before, not to the wounding told beside them
                incident = before
            # (not bodies counted where an act told since elsewhere has no toll: "In Sapele,
            # soldiers opened fire on marchers. The hospital received two bodies; residents put
            # the toll at five, while ...")
            rival = self.last_toll is not None and index - self.last_toll[0] <= REACH and \
                not m.additive and _has_phrase(sent, word_classes()["dispute_cues"]) and \
                (recent is None or recent is self.last_toll[1] or bool(recent.fatalities) or
                 recent.location == self.last_toll[1].location or
                 m.victim not in word_classes()["remains_nouns"])
            if rival and self.last_toll is not None:
                # "a community leader said 17 had died, but ...": a rival count of the
                # incident whose toll was told, not the toll of the act told since
                incident = self.last_toll[1]
            if incident is None:
                self.pending.append((m, narrative))
                continue
            told_toll = incident.fatalities
            speaker = reporter(sent)
            # "..., killing five people, police said. A doctor said eight bodies had been
            # brought in": another source's higher count, no update of the toll (ACLED keeps
            # the most conservative)
            other_count = self.last_toll is not None and incident is self.last_toll[1] and \
                not m.additive and speaker is not None and self.toll_speaker is not None and \
                speaker != self.toll_speaker and \
                not _has_phrase(sent, word_classes()["toll_update_cues"])
            # (but "The rebels said they had lost two fighters": the other side's own dead)
            other_count = other_count and not (told_toll and the_other_sides_dead(incident, m))
            ev = casualty_event(ctx, sent, m, incident, sent_timexes, narrative)
            if other_count and ev is None and told_toll and \
                    (incident.fatalities or 0) > told_toll:
                incident.fatalities = told_toll
            elif other_count and ev is None and told_toll and \
                    sum(n.count for n in said) < told_toll and m.victim in SAME_DEAD_NOUNS and \
                    not any(t.ent_type_ == "ORDINAL" or word(t) in ("another", "more")
                            for t in sent):
                # "A hospital source said three had died. Police confirmed one death": the
                # lowest of two sources' counts of the same dead stands (ACLED; not "four died
                # at the scene and a fifth in hospital": the toll told again, part by part)
                incident.fatalities = m.count
            if rival and ev is None and told_toll and m.count < told_toll and \
                    m.victim in incident.evidence[0].text.lower():
                # the lowest of rival counts of the same dead stands (ACLED; not "the bodies
                # of two attackers were recovered", some of the dead)
                incident.fatalities = m.count
            if ev is not None:
                out.append(ev)
            else:
                self.last_violent = (index, incident)  # the story is still about it
                if not told_toll and incident.fatalities:
                    # "A hospital source said three had died": the toll first told here
                    self.last_toll, self.toll_speaker = (index, incident), speaker
        return out

    def _told_again(self, m: DeathMention) -> bool:
        """'A farmer died ... The farmer died on the way to hospital': one death, told twice."""
        # (not "... beat a local official in Bugabira. He died of his injuries", after a
        # grenade's dead told before: the man the act told last, which had none)
        last_dead = self.last_violent is None or bool(self.last_violent[1].fatalities)
        return m.definite and not m.additive and m.count == 1 and (
            m.victim in self.dead or (m.victim in ("he", "she") and bool(self.dead) and
                                      last_dead))

    def update(self, index: int, sent: Span, figures: list[Figure], sent_timexes: list[Timex]
               ) -> None:
        """'The death toll has risen to 11', told within REACH sentences of an incident and
        with no span of time or area of its own: the incident's updated toll (it stays a Figure
        too)."""
        deaths = [f for f in figures if f.metric == "deaths"]
        # only a toll that rose revises it: "a youth leader said 27 had died" is a rival count
        rose = any(t.lemma_.lower() in word_classes()["toll_rise_verbs"] for t in sent)
        if not deaths or not rose or self.last_violent is None or \
                not 0 <= index - self.last_violent[0] <= REACH or \
                any(t.type == "DURATION" for t in sent_timexes) or \
                _has_phrase(sent, word_classes()["scope_cue"]):
            return
        incident = self.last_violent[1]
        incident.fatalities = max(int(deaths[-1].value), incident.fatalities or 0)

    def flush(self, ctx: ExtractionContext) -> list[Event]:
        """At the end of the article: the deaths still waiting for a cause."""
        return self._expired(ctx, None)

    def _expired(self, ctx: ExtractionContext, index: int | None) -> list[Event]:
        out: list[Event] = []
        keep = []
        for m, narrative in self.pending:
            if index is not None and index - m.sentence <= REACH:
                keep.append((m, narrative))
                continue
            ev = casualty_event(ctx, m.span, m, None, ctx.timexes_in(m.span), narrative)
            if ev is not None:
                out.append(ev)
        self.pending = keep
        return out


def _has_phrase(sent: Span, phrases: frozenset[str]) -> bool:
    """Whether a word or phrase of the set occurs in the sentence (lemmas or words)."""
    words = " ".join(word(t) for t in sent)
    lemmas = " ".join(t.lemma_.lower() for t in sent)
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases
               for text in (words, lemmas))
