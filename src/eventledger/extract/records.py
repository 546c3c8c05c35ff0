"""Coding one event: a trigger with its arguments, modality, counts, date, place and actors
becomes ACLED and PLOVER events (one per place), with notes and a confidence; an announced
conflict act adds a threat; within an article, an incident told twice stays one event."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger import incidents
from eventledger.extract.actors import (
    GENERIC_ARMED,
    PROXY_WORDS,
    _make_actor,
    _modifier_country,
    _protesters_name,
    is_protest_prop,
    military_of,
    modifier_toponym,
    with_a_protest_prop,
)
from eventledger.extract.arguments import (
    STRUCK_A_DEVICE,
    _actor_span,
    _an_assault,
    _arguments,
    _cause_noun,
    _resolve_pronoun,
    _subjects,
    _through_quantity,
)
from eventledger.extract.casualties import (
    CARE_PLACES,
    LOSSES_DENIED,
    UPPER_BOUND,
    VIOLENT_DISORDER,
    DeathMention,
    add_toll,
    is_violent,
    own_side_of,
)
from eventledger.extract.context import (
    BACKGROUND_CONFIDENCE,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    ExtractionContext,
    _evidence,
    _Hit,
    _lemma_in,
    next_sentence,
    previous_sentence,
    title_block_end,
)
from eventledger.extract.counts import (
    PEOPLE,
    _counts,
    _is_aggregate,
    count_of_people,
    done_to_death,
    told_over_a_period,
)
from eventledger.extract.dating import DISORDER_NOUNS, ONSET_VERBS, _date, habitual
from eventledger.extract.figures import running_count
from eventledger.extract.learned import TERRITORY_TYPES as CONTROL_CHANGE_TYPES
from eventledger.extract.learned import decide, predict
from eventledger.extract.modality import _announced, _clause_head, _modality, claimed_by
from eventledger.extract.refinement import (
    CROWD_CONTROL,
    EMPTY_PLACE,
    FIRE_BARRICADES,
    GOVERNMENT_OF,
    GUNFIRE_WORDS,
    LETHAL_WORDS,
    MAIMED,
    MET_BY_FORCE,
    NATIONAL_ORDERS,
    RIOTERS_NAME,
    RIOTS,
    _crowd_control,
    _interaction,
    _intervened,
    _refine,
    _state_acts_in,
    another_crowd_another_time,
    burning_barricade,
    crowd_on_the_attack,
    dispersed_of_their_own,
    held_over_a_plot,
    held_over_another_matter,
    intervention_denied,
    left_of_its_own,
    names_press,
    press_held,
    protested_arrest,
    set_protest_sides,
    told_apart,
)
from eventledger.extract.triggers import (
    CROWD_SIZE,
    ENACTMENTS,
    _protesting,
    apart_spans,
    frame_ok,
    held_over_violence,
    names_those_held,
    set_up_on_a_day_before,
    subject_verb,
    time_apart,
    told_as_a_reason,
)
from eventledger.numbers import parse_count
from eventledger.paragraphs import same_paragraph
from eventledger.roles import concessive, own_subtree, word
from eventledger.schema import Actor, Event, Figure, Place, stable_id
from eventledger.taxonomy import (
    ARMED_GROUPS,
    CROWDS,
    Inter,
    SubEventTyping,
    Trigger,
    acled_types,
    actor_kind,
    actor_lexicon,
    city_states,
    default_actors,
    default_actors_by_means,
    demonyms,
    plover_attribute,
    plover_set,
    sub_event_typing,
    triggers,
    word_classes,
)
from eventledger.when import ANOTHER_DIED, DateResolution, Timex
from eventledger.when.values import WEEKDAYS
from eventledger.where import gazetteer
from eventledger.where.gazetteer import GazetteerEntry, distance_km, fold
from eventledger.where.geoparse import Toponym, to_place, within
from eventledger.where.link import (
    LOCATIVE_PREPS,
    _an_aim,
    event_places,
    named_part,
    names_the_town,
    names_the_unit,
    sentence_part,
    spread_with_a_part,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

COOPERATIVE = plover_set("cooperative")
CONFLICTUAL = plover_set("conflictual")
MATERIAL = plover_set("material")
REFUSAL_MODES = plover_attribute("refused_as")
THREAT_MODES = plover_attribute("threatened_as")
NEAR_PREPS = word_classes()["near_preps"]
DEMONSTRATORS = frozenset(word_classes()["demonstrators"])
PROTEST_NOUNS = frozenset(word_classes()["protest_nouns"])
DEMONSTRATE_VERBS = frozenset(word_classes()["demonstrate_verbs"])
USE_VERBS = frozenset(word_classes()["use"])  # a weapon's use: "detonate", "throw", "fire"
ENTRY_BY_FORCE = frozenset(word_classes()["entry_by_force"])
AT_AN_EVENT = frozenset(word_classes()["at_an_event_preps"])
GENERIC_DETAINEES = frozenset(word_classes()["generic_detainees"])
PERPETRATORS = frozenset(word_classes()["perpetrator_nouns"])  # "the suspect", "the attacker"
UNNAMED_MEN = frozenset(word_classes()["unnamed_men_nouns"])
RIOTER_NOUNS = frozenset(word_classes()["rioter_nouns"])
DEFACING = frozenset(word_classes()["defacing_materials"])
SEXUAL_WORDS = frozenset(word_classes()["sexual_violence_words"])
DYING_VERBS = frozenset(word_classes()["death_verbs"]) | frozenset(word_classes()["kill_verbs"])
CLEARING_VERBS = frozenset(word_classes()["clearing_verbs"])
STRUCK_PROPERTY = frozenset(word_classes()["struck_property"])
ACCUSATIONS = frozenset(word_classes()["accusation_verbs"])  # "..., accusing them of ..."
VERDICTS = frozenset(word_classes()["verdict_verbs"])  # "jailed for their part in the riot"
# "a man drove his car into a crowd ... the driver was arrested": whoever drove, named again
_DROVE = re.compile(r"\b(?:drove|driven|driving|rammed|ploughed|plowed|steered|accelerated|"
                    r"swerved|sped|careered)\b", re.I)
# "Police detained nine people at the scene": the incident told before
_AT_THE_SCENE = re.compile(r"\b(?:at|on|from|near)\s+the\s+(?:"
                           + "|".join(word_classes()["scene_nouns"]) + r")\b", re.I)
# "died at the hospital in X", "taken to a local clinic"; not "a hospital official said"
_TAKEN_INTO_CARE = re.compile(r"\b(?:in|at|to)\s+(?:(?:a|the)\s+)?(?:[\w'-]+\s+){0,2}(?:"
                              + "|".join(sorted(CARE_PLACES)) + r")s?\b(?!\s+officials?\b)",
                              re.IGNORECASE)
STATE_FORCES_OF = ("Police Forces of ", "Military Forces of ")
COURT_SPEAKERS = frozenset(word_classes()["court_speakers"])
NEGLIGENCE = re.compile(rf"(?i)\b(?:{'|'.join(word_classes()['negligence_cues'])})\b")
NATIONWIDE = re.compile(rf"(?i)\b(?:{'|'.join(word_classes()['nationwide_cues'])})\b")
BUCKET_REACH = 64  # earlier events of one day and place a mention is compared with (bounded)
RESTATED_REACH = 8  # events back that a restatement with no day of its own may refer to
SEAT_PRECISION = 3  # the capital is inferred from who acted, not read in the text


@dataclass(slots=True)
class _Coding:
    """An event's ACLED and PLOVER coding, with its actors in the roles ACLED gives them."""

    source: Actor | None
    target: Actor | None
    inter_s: int | None
    inter_t: int | None
    disorder: str | None
    event_type: str | None
    sub: str | None
    plover_mode: str | None
    contexts: list[str]
    typed_p: float | None  # the typing model's probability of `sub` (None: rules alone)
    plover_p: float | None  # ... and of the PLOVER type


@dataclass(slots=True)
class _Draft:
    """One trigger's event as coded, before it is copied to each place it happened in."""

    trigger: Trigger
    modality: str
    attributed: str | None
    dating: DateResolution
    counts: dict[str, int | None]
    source_tok: Token | None
    coding: _Coding
    places: list[Place]
    narrated: bool  # the place comes from the narrative, not the sentence


def _code_event(ctx: ExtractionContext, sent: Span, hit: _Hit, sent_timexes: list[Timex],
                narrative: Timex | None, sent_figures: list[Figure]) -> list[Event]:
    """The events one trigger codes: none, or one per place, and a threat when one is announced."""
    tok = hit.token
    trig = _retype_from_cause(tok, hit.trigger)
    # "six were killed when fighting broke out between two clans": a clash, which the dead
    # fought in rather than suffered as its target
    fought = trig is hit.trigger and trig.acled_sub in ("Attack", "Armed clash") and \
        tok.pos_ == "VERB" and (_killed_in_a_fight(tok) or _fired_back(tok))
    if fought:
        trig = triggers()["clash"][0]
    modality, attributed = _modality(tok)
    conventions = _apply_modality_conventions(tok, trig, modality)
    if conventions is None:
        return []  # the refusing verb is a trigger of its own
    trig, modality = conventions
    source_tok, target_tok, counts = _participants(hit, trig, sent)
    if counts["fatalities"] is None and trig.plover == "ASSAULT" and \
            tok.lemma_.lower() == "shoot" and target_tok is not None and \
            _killed_by_the_headline(ctx, sent):
        # "Gunmen ... shot nine of them", under "Militants kill traders near Kampti": the
        # headline says the shot died
        counts["fatalities"] = count_of_people(target_tok)
    if counts["fatalities"] and _FIGURE_REJECTED.search(sent.text) and \
            any(a.lemma_.lower() in word_classes()["speech"] for a in tok.ancestors):
        counts["fatalities"] = None  # "said it had killed 20 soldiers, a figure the government
        # rejected": a claim its target refutes counts no one (the most conservative report)
    if fought and actor_kind(target_tok.lemma_.lower() if target_tok else "") not in (
            "state", "armed"):
        target_tok = None  # (but "two militants were killed in the exchange": that side's dead)
        if source_tok is not None and _lemma_in(source_tok, FIGHT_WORDS):
            source_tok = None  # "fighting ... broke out, killing five": no side named so
    if _attacker_killed_at_the_scene(tok) is not None:
        return []  # "... before being shot dead by an officer": the attack's own toll
    if trig.lemma == "disperse" and left_of_its_own(tok):
        return []  # "addressed the crowd, which dispersed quietly": it went its way, no act
    if trig.plover == "PROTEST" and _stoppage_joined_by_the_held(tok):
        return []  # "detained four teachers after they joined a strike": why they were held
    if trig.plover == "ASSAULT" and _the_violence_held_over(tok):
        return []  # "arrested five men in connection with the killing": the one told before
    # (the act, or its participle of result: "opened fire ..., killing three, before he was
    # shot dead")
    stopped_dead = next((c for c in tok.subtree
                         if (act := _attacker_killed_at_the_scene(c)) is not None and
                         (act.i == tok.i or (act.head.i == tok.i and act.dep_ == "advcl" and
                                             act.tag_ == "VBG"))), None)
    if stopped_dead is not None and trig.plover == "ASSAULT":
        # "stabbed two Israelis ... before being shot dead": the attacker counts in its toll
        counts["fatalities"] = (counts["fatalities"] or 0) + 1
    if trig.plover in MATERIAL and habitual(_clause_head(tok)):
        return []  # "the city is shelled almost daily", "has carried out several attacks"
    if _done_since(tok):
        return []  # "parliament has since passed laws banning ...": on no day told
    dating = _date(ctx, tok, sent, sent_timexes, narrative, modality)
    if dating is None:
        return []  # background history, not a current event
    if _is_aggregate(hit, sent, counts, sent_figures,
                     dated_day=dating.time_precision == 1 and dating.date_text is not None):
        metric, value = next((m, n) for k, m in AGGREGATE_METRICS if (n := counts[k]))
        if not any(f.metric == metric and f.value == value for f in sent_figures):
            sent_figures.append(running_count(ctx, sent, sent_timexes, metric, value))
        return []  # a cumulative toll is a Figure, never one incident's event
    if (trig.plover == "ASSAULT" or trig.acled_sub == "Looting/property destruction" or
            (trig.plover == "PROTEST" and tok.tag_ == "NNS") or trig.mode == "arrest") and \
            (told_over_a_period(_clause_head(tok.head if tok.dep_ == "pobj" else tok)) or
             _acts_over_a_span(tok)) and \
            not _dated_in_own_clause(ctx, tok, sent_timexes):
        # "killed or injured in gang violence in the first three months": many acts (and
        # "have been arrested in large numbers at blockades": many arrests)
        return []
    linked, places, narrated = _places(ctx, tok, trig, sent, source_tok, target_tok)
    if _is_protest_figure(trig, sent_figures, places, narrated):
        return []  # "strikes continue in 12 districts": a figure, not a countrywide event
    source, target = _actors(ctx, tok, trig, linked, source_tok, target_tok)
    coding = _subtype(ctx, hit, trig, sent, counts, source, target, fought)
    if coding.sub == "Change to group/activity" and \
            (_standing_state(tok) and not _own_order_announced(tok) or
             _perfect(tok) and not _in_lead(ctx, sent) or _standing_rule(tok)) and \
            not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "the march had been banned", "has banned the groups since 2017": background
    if trig.plover == "ASSAULT" and not (counts["fatalities"] or counts["injured"]) and \
            _the_states_own_plea(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "The ministry defended the police and said officers had been attacked"
    if trig.plover == "ASSAULT" and not counts["fatalities"] and _done_in_custody(tok) and \
            not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "the boys were beaten in custody": the detention's treatment, on no day told
    if coding.sub == "Looting/property destruction" and _charge_of_an_arrest(tok):
        return []  # "arrested three activists for tearing down posters": what they were held for
    if coding.sub == "Agreement" and _NOT_SIGNED.search(sent.text):
        return []  # "a treaty text has been agreed but not signed": no deal concluded yet
    if _of_a_past_year(ctx, tok):
        return []  # "killed in the 2020 war, which ended with Azerbaijan regaining control"
    if _people_told_by_their_fate(tok):
        return []  # "online posts that mocked soldiers killed at the front": no act told
    if _described_record(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "blamed a party that has attacked the offices of telecom firms": its record
    if _shown_in_a_recording(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "video footage showed the defendants throwing stones": evidence of an act
    if _recurring(tok) and (not _dated_in_own_clause(ctx, tok, sent_timexes) or (
            tok.dep_ == "pobj" and word(tok.head) in ("after", "amid", "following") and
            not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree))):
        # "she had helped organise weekend marches": acts that recur, no one of them (also
        # "declared a regime on Thursday after repeated shelling": the day is the regime's)
        return []
    if _organised_before(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "the activist had helped organise protests against the bill": a record
    if trig.plover == "PROTEST" and tok.tag_ == "NNS" and tok.dep_ == "dobj" and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children) and \
            any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.head.children) and \
            not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "the municipality's plan had drawn protests from residents": before, undated
    if _some_time_apart(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "arrested six men on Monday, days after villagers held protests": undated
    if _since_clause(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "6,000 detained since Congress approved a state of exception": the start
    if any(_an_aim(a) for a in tok.ancestors) and tok.tag_ == "VBN" and \
            not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "marched to demand the release of farmers jailed over land occupations"
    if _grievance(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "marched against a court ruling that imposed a ban": what they oppose
    if _order_that_sparked(tok, coding.sub) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "clashes broke out after the council banned motorbikes": their cause
    if any(a.dep_ == "prep" and word(a) in ("over", "about") and
           a.head.lemma_.lower() in word_classes()["spreading_verbs"] for a in tok.ancestors):
        return []  # "as anger spread over a deadly blast at a hospital": what angered them
    if _what_angered_them(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes):
        return []  # "drivers angry at a court order banning their vehicles": what angered them
    if _spark_of_fighting(tok):
        return []  # "the fighting began after one group detained a commander": its cause
    if _search_by_state(tok, coding, counts):
        return []  # "police raided a hotel": the arrests or the clash it led to are the events
    if trig.plover == "PROTEST" and _what_a_measure_covers(tok):
        return []  # "The ban covers marches, rallies and gatherings": what it forbids
    if trig.plover == "PROTEST" and tok.dep_ == "nsubj" and \
            tok.head.lemma_.lower() in word_classes()["requirement_verbs"]:
        return []  # "rallies in the city centre required permission": a rule, no rally held
    if coding.sub == "Arrests" and trig.lemma in ("jail", "imprison") and any(
            _lemma_in(d, COURT_SPEAKERS) for d in _subjects(tok)):
        return []  # "a court jailed three former officers for beating a detainee": a verdict
    if trig.mode == "crowd-control" and any(_lemma_in(d, PROTEST_ORGANISERS)
                                            for d in _subjects(tok)):
        return []  # "organisers dispersed the crowd after an hour": the protest's own end
    if coding.sub == "Change to group/activity" and any(_lemma_in(d, BUSINESSES)
                                                        for d in _subjects(tok)):
        return []  # "several airlines cancelled flights into the city": a firm's choice
    if coding.sub == "Arrests" and NEGLIGENCE.search(sent.text):
        return []  # "mine managers were detained over alleged negligence": an accident's case
    if coding.sub == "Non-violent transfer of territory" and trig.acled_sub is None and \
            (_retreat_in_battle(tok, sent) or _handed_over_next(tok)):
        return []  # "the attackers withdrew into the forest": a retreat, no place handed over
    draft = _Draft(trig, modality, attributed, dating, counts, source_tok, coding, places,
                   narrated)
    if (_a_time_mark(tok) and _elsewhere_unnamed(_clause_head(tok))) or \
            (narrated and _untold_where_or_when(sent)) or \
            (narrated and trig.plover == "PROTEST" and _told_nationwide(tok)):
        # ("Doctors held a nationwide warning strike on Tuesday": no place a coder could give
        # it, not the town the story told before)
        # "arrested 11 members on Monday, a day after one of its activists was beaten to death
        # in the west of the country": an act told to date another, with no place of its own;
        # "Police said they had arrested 23 people. They did not say where or when": no place
        # or day a coder could give it, nor an incident to count it in
        return []
    out = _build_events(ctx, sent, hit, draft)
    vague = _vaguely_before(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes)
    if names_those_held(tok) or (coding.sub in RIOTS and attributed and (_denied_as_peaceful(
            tok, sent) or (narrated and _answered_next(sent)))) or _in_unnamed_places(tok) or \
            (_during_the_fight_told(tok) and not _dated_in_own_clause(ctx, tok, sent_timexes)) or \
            vague or \
            _weeks_before(tok) or _told_as_a_span(tok) or \
            (coding.sub == "Disrupted weapons use" and _a_share_recovered(tok)) or \
            any(_a_share_recovered(a) for a in tok.ancestors) or \
            (coding.sub in CONTROL_CHANGES and _a_share_of_ground_so_far(tok)):
        # Kept as background: "those detained included a teacher" (the arrests told before,
        # again); "officers had been attacked with stones, police said, but witnesses said the
        # protest was peaceful" (a disputed claim, which does not make the protest a riot);
        # "mobs attacked shops in several towns" (places the text does not name, a summary of
        # the incidents it tells one by one); "houses were set on fire during the clashes"
        # (part of the fight told before); "weeks after unrest hit towns" (no day of its own)
        for ev in out:
            ev.confidence = min(ev.confidence, BACKGROUND_CONFIDENCE)
        if vague:
            for ev in out:  # (days before the day told: no day of its own to share a toll on)
                ev.time_precision = max(ev.time_precision or 1, 2)
    if out and modality == "future" and trig.plover in CONFLICTUAL and \
            trig.kind == "event" and _announced(tok):
        out.append(_threat(ctx, out[0], tok, sent, sent_timexes, narrative))
    return out


def _denied_as_peaceful(tok: Token, sent: Span) -> bool:
    """Whether, after the act, the sentence sets a contrary account saying it was peaceful."""
    after = sent.doc[tok.i + 1:sent.end]
    return bool(_DISPUTE_CUE.search(after.text)) and any(word(t) == "peaceful" for t in after)


def _elsewhere_unnamed(clause: Token) -> bool:
    """Whether the clause places its act in a part of the country it does not name ('in the
    west of the country'), not in the place the sentence tells."""
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in clause.subtree):
        return False
    return any(t.dep_ == "pobj" and word(t.head) in ("in", "near") and t.lemma_.lower() in
               word_classes()["compass_points"] | {"country"} for t in clause.subtree)


def _a_time_mark(tok: Token) -> bool:
    """Whether the act is told in an 'after' or 'before' clause set off by a span of time from
    another act ('..., a day after X was killed', 'two weeks before the bombing')."""
    return _time_mark_link(tok) is not None


def _time_mark_link(tok: Token) -> Token | None:
    """The 'after' or 'before' of `_a_time_mark`, right after its span of time."""
    return _span_link(_clause_head(tok))


def _span_link(clause: Token) -> Token | None:
    """The 'after' or 'before' opening the clause right after a span of time ('a day after')."""
    # (also "a day after one of its activists was beaten", parsed with "a day" its subject)
    links = [c for c in clause.children if c.dep_ == "mark"] + [
        p for c in clause.children if c.lemma_.lower() in word_classes()["time_nouns"]
        for p in c.children if p.dep_ == "prep"]
    link = next((c for c in links if word(c) in ("after", "before")), None)
    if link is None or clause.dep_ != "advcl":
        return None
    # ("on Saturday after protesters threw bottles": the same day's sequence, no span)
    before = clause.doc[link.i - 1] if link.i > 0 else None
    spaced = before is not None and before.lemma_.lower() in word_classes()["duration_nouns"]
    return link if spaced else None


def _vaguely_before(tok: Token) -> bool:
    """'..., weeks after a wave of unrest hit towns across England': an act set an uncounted
    span before the one told (days, weeks, months), on no day a coder could give it."""
    # (also "came days after the capital saw fighting, which killed 50": a clause within it)
    # ("The clashes came days after the capital saw its heaviest fighting ..., which killed
    # more than 50": a sentence that sets what it names after an earlier act tells of that act
    # whatever the parse hangs on it)
    root = tok.sent.root
    came = root.lemma_.lower() in ("come", "follow") and not any(
        s.dep_ == "nsubj" and s.left_edge.i <= tok.i <= s.right_edge.i for s in root.children)
    link = _time_mark_link(tok) or next(
        (m for c in root.children if came and c.dep_ == "advcl" and c.i != tok.i and
         (m := _span_link(c)) is not None), None)
    if link is None:
        return False
    span = tok.doc[link.i - 1]
    # (not "hours after troops pulled out": the same day, or the night before)
    return span.tag_ == "NNS" and span.lemma_.lower() in ("day", "week", "month", "year") and \
        not any(c.dep_ in ("nummod", "amod", "det") for c in span.children)


def _a_share_recovered(tok: Token) -> bool:
    """'had recovered more than 1,000 of the roughly 4,000 weapons looted': a share of a
    counted whole taken back over time, a running tally, no seizure of a day (nor is the
    looting its weapons are told by)."""
    return any(o.dep_ == "dobj" and o.like_num and any(
        p.dep_ == "prep" and word(p) == "of" and any(
            w.dep_ == "pobj" and any(d.dep_ == "det" and word(d) == "the" for d in w.children)
            and any(n.dep_ == "nummod" for n in w.children) for w in p.children)
        for p in o.children) for o in tok.children)


def _a_share_of_ground_so_far(tok: Token) -> bool:
    """'it has recaptured more than half of the territory once held by armed groups': a share
    of ground taken over time, told in the perfect, no capture of a day."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) and any(
        o.dep_ == "dobj" and word(o) in SHARES_OF_A_WHOLE and
        any(p.dep_ == "prep" and word(p) == "of" for p in o.children) for o in tok.children)


SHARES_OF_A_WHOLE = frozenset(word_classes()["shares_of_a_whole"])


def _weeks_before(tok: Token) -> bool:
    """'recaptured the town on Wednesday, three weeks after resistance forces had driven them
    out': an act told weeks, months or years before the one told, its history (the next
    sentence's toll is of the act told)."""
    link = _time_mark_link(tok)
    return link is not None and word(link) == "after" and \
        tok.doc[link.i - 1].lemma_.lower() in ("week", "month", "year")


def _told_as_a_span(tok: Token) -> bool:
    """'after a week of clashes', 'three days of protests': acts of many days, told as a span,
    none of one day (kept as background)."""
    span = tok.head.head
    # (not "a second day of unrest", "a day of protests": one day)
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and word(tok.head) == "of" and (
        span.lemma_.lower() in ("week", "month", "year") or
        (word(span) == "days" and not any(c.ent_type_ == "ORDINAL" for c in span.children)))


def _during_the_fight_told(tok: Token) -> bool:
    """Whether the act is told 'during the clashes' (the fight named again, with 'the')."""
    return any(c.dep_ == "prep" and word(c) == "during" and any(
        o.dep_ == "pobj" and _lemma_in(o, FIGHT_WORDS) and
        any(word(d) == "the" for d in o.children) for o in c.children) for c in tok.children)


def _in_unnamed_places(tok: Token) -> bool:
    """'in several towns north of the capital', 'in many villages', 'over eight regions':
    places left unnamed."""
    units = word_classes()["settlement_nouns"] | word_classes()["unit_nouns"]
    for p in tok.children:
        if p.dep_ != "prep" or word(p) not in ("in", "across", "at", "over"):
            continue
        for o in p.children:
            # (a count of regions a summary spans: "destroyed 52 drones over eight regions")
            counted = word(p) in ("across", "over") and \
                o.lemma_.lower() in word_classes()["unit_nouns"] and \
                any(m.dep_ == "nummod" and (parse_count(word(m)) or 0) > 1 for m in o.children)
            if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in units and (
                    counted or any(
                        word(m) in ("several", "many", "various", "numerous", "some", "other")
                        for m in o.children if m.dep_ in ("amod", "det"))):
                return True
    return False


def _told_empty(sent: Span) -> bool:
    """Whether the sentence or the next says the place burned or wrecked was empty (not a next
    sentence that tells an act of its own elsewhere: "... in Roubaix. Unknown people set fire
    to the empty library in Sevran")."""
    after = next_sentence(sent)
    return bool(EMPTY_PLACE.search(sent.text)) or (
        after is not None and bool(EMPTY_PLACE.search(after.text)) and
        not any(t.ent_type_ in ("GPE", "LOC") for t in after))


def _untold_where_or_when(sent: Span) -> bool:
    """Whether the next sentence says the place or the day of what was just told is unknown."""
    after = next_sentence(sent)
    return after is not None and bool(_UNTOLD.search(after.text))


_UNTOLD = re.compile(r"(?i)\b(?:did|would|could)\s*(?:not|n't)\s+(?:say|specify|disclose|give|"
                     r"confirm)\s+(?:exactly\s+)?(?:where|when)\b|\bdeclined\s+to\s+"
                     r"(?:say|specify|disclose)\s+(?:where|when)\b")


def _answered_next(sent: Span) -> bool:
    """'The government said the protesters had attacked police. Opposition lawmakers said the
    police had used excessive force': a claim the next sentence answers with a contrary one."""
    after = next_sentence(sent)
    return after is not None and bool(_CONTRARY_ACCOUNT.search(after.text))


_CONTRARY_ACCOUNT = re.compile(r"(?i)\b(?:peaceful(?:ly)?|excessive force|disproportionate)\b")


def _of_a_past_year(ctx: ExtractionContext, tok: Token) -> bool:
    """Whether the act is told in a relative clause on something named by a past year ('the
    2020 war, which ended with ...')."""
    rel = next((a for a in (_clause_head(tok), *_clause_head(tok).ancestors)
                if a.dep_ == "relcl"), None)
    if rel is None or ctx.published is None:
        return False
    # (also "beaten in custody in 2021, a case that prompted street protests at the time": a
    # clause told 'at the time' of a past year the sentence names)
    at_the_time = any(c.dep_ == "prep" and word(c) == "at" and any(
        word(o) == "time" and any(word(d) == "the" for d in o.children) for o in c.children)
        for c in rel.children)
    return any(c.dep_ in ("compound", "nummod", "amod") and re.fullmatch(r"(?:19|20)\d\d", c.text)
               and int(c.text) < ctx.published.year for c in rel.head.children) or (
        at_the_time and any(re.fullmatch(r"(?:19|20)\d\d", t.text) and
                            int(t.text) < ctx.published.year for t in tok.sent))


def _some_time_apart(tok: Token) -> bool:
    """Whether the act is told in a clause set an untold span from another ('days after
    residents held protests', 'weeks before the vote'): a day the text does not give (not
    'hours after', the same day)."""
    head = _clause_head(tok)
    return any(clause.pos_ == "VERB" and any(
        span.tag_ == "NNS" and span.lemma_.lower() in ("day", "week", "month", "year") and
        not any(d.dep_ in ("nummod", "det", "amod") for d in span.children)
        for span in apart_spans(clause)) for clause in (head, *list(head.ancestors)[:3]))


def _since_clause(tok: Token) -> bool:
    """Whether the act is told in a 'since' clause (or a clause within one): the start of a
    span a running total is counted over, told as background."""
    head = _clause_head(tok)
    while head.dep_ == "conj" and head.head.pos_ == "VERB":
        head = head.head  # "..., when gunmen stormed Jolo and took hostages": the same clause
    if head.dep_ == "relcl" and head.head.dep_ == "pobj" and word(head.head.head) == "since":
        # "in force since 23 May, when the militants stormed the city": its start (but "held
        # since Friday, when police broke up a rally": the act of a day this week, told)
        return word(head.head) not in WEEKDAYS
    return any(any(c.dep_ == "mark" and word(c) == "since" for c in a.children)
               for a in (head, *head.ancestors) if a.pos_ == "VERB")


def _grievance(tok: Token) -> bool:
    """Whether the act is told in a clause on what a protest opposes ('marched against a
    ruling that imposed a ban', 'protested over a decree that banned rallies')."""
    # (also "against harassment by city police who had confiscated their goods": a 'who'
    # clause tells of the people right before it, wherever the parse hangs it, and the noun it
    # is on may sit deeper in the phrase of what is opposed)
    rel = next((a for a in (_clause_head(tok), *_clause_head(tok).ancestors)
                if a.dep_ == "relcl" or any(c.dep_ == "nsubj" and word(c) == "who"
                                            for c in a.children)), None)
    if rel is None:
        return False
    who = next((c for c in rel.children if c.dep_ == "nsubj" and word(c) == "who"), None)
    noun = tok.doc[who.i - 1] if who is not None and who.i > 0 and \
        tok.doc[who.i - 1].dep_ == "pobj" else rel.head
    while noun.dep_ == "pobj" and word(noun.head) not in ("against", "over") and \
            noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.dep_ != "pobj" or word(noun.head) not in ("against", "over"):
        return False
    protest = noun.head.head
    # (the protest's word, its clause's verb, or the verb's object: "held a protest against")
    told = (protest, _clause_head(protest), *(c for c in protest.children if c.dep_ == "dobj"))
    return any(e.plover == "PROTEST" for t in told for e in triggers().get(t.lemma_.lower(), ()))


def _order_that_sparked(tok: Token, sub: str | None) -> bool:
    """'A rider died during clashes in Bo on Tuesday, after the council banned motorbikes':
    the order a disturbance answered, told as its cause (not an event of that day)."""
    clause = _clause_head(tok)
    if sub not in NATIONAL_ORDERS or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and word(c) in ("after", "since") for c in clause.children):
        return False
    head = _clause_head(clause.head)
    return any(e.plover in ("PROTEST", "ASSAULT") for t in (head, *head.subtree)
               if t.pos_ in ("VERB", "NOUN") and t.i < clause.i
               for e in triggers().get(t.lemma_.lower(), ()))


def _dated_in_own_clause(ctx: ExtractionContext, tok: Token, sent_timexes: list[Timex]
                         ) -> bool:
    """Whether a day or time in the sentence dates the clause of `tok` (not 'until Sunday',
    which tells when a state ends, nor a span such as 'in recent weeks')."""
    own = _clause_head(tok).i
    spans = (ctx.doc.char_span(t.start, t.end, alignment_mode="expand") for t in sent_timexes
             if t.type != "DURATION")
    return any(sp is not None and _clause_head(sp.root).i == own and
               not (sp.root.dep_ == "pobj" and word(sp.root.head) in UNTIL_WORDS)
               for sp in spans)


UNTIL_WORDS = frozenset(("until", "till", "through", "to"))


def _shown_in_a_recording(tok: Token) -> bool:
    """'video footage showed the defendants throwing stones': an act a recording shows, told as
    evidence (in a trial, an inquiry), not as news of its own."""
    shown = next((a for a in tok.ancestors if a.lemma_.lower() in SHOWING_VERBS), None)
    return shown is not None and any(
        c.dep_ == "nsubj" and _lemma_in(c, RECORDINGS) for c in shown.children)


RECORDINGS = frozenset(word_classes()["recording_nouns"])
SHOWING_VERBS = frozenset(word_classes()["showing_verbs"])
PRONOUNS = frozenset(word_classes()["personal_pronouns"])


def _charge_of_an_arrest(tok: Token) -> bool:
    """'arrested three activists ... for tearing down posters': the deed an arrest was for."""
    deed = tok
    while deed.dep_ == "conj":
        deed = deed.head
    return deed.dep_ == "pcomp" and word(deed.head) == "for" and any(
        e.mode == "arrest" for e in triggers().get(deed.head.head.lemma_.lower(), ()))


def _people_told_by_their_fate(tok: Token) -> bool:
    """'posts that mocked soldiers killed at the front', 'mourned the miners shot last year':
    people a regard or a remembrance is for, named by what befell them, on no day told."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "dobj" and \
        _lemma_in(tok.head.head, REGARDS) and \
        not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


REGARDS = frozenset(word_classes()["regard_verbs"]) | \
    frozenset(word_classes()["commemoration_verbs"])


def _described_record(tok: Token) -> bool:
    """An active present perfect in a relative clause: what the group named has done before."""
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and \
        any(c.dep_ == "aux" and word(c) in ("has", "have") for c in tok.children) and \
        not any(c.dep_ == "auxpass" for c in tok.children)


def _recurring(tok: Token) -> bool:
    """'weekend marches', 'nightly protests', 'after repeated shelling': acts told as a
    recurring kind."""
    recurring = word_classes()["recurring_modifiers"]
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj") and tok.head.tag_ == "VBN" and \
            word(tok.head) in recurring:
        return True  # "after repeated shelling", the adjective read as a verb
    return (tok.tag_ == "NNS" or (tok.tag_ == "NN" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in tok.children))) and \
        any(c.dep_ in ("amod", "compound") and _lemma_in(c, recurring) for c in tok.children)


def _organised_before(tok: Token) -> bool:
    """'had helped organise protests against the bill': protests, in the plural, that someone
    had organised (a part of their record, no one protest)."""
    # (also "an activist who helped to organise protests online": who the person is)
    return tok.tag_ == "NNS" and tok.dep_ == "dobj" and \
        tok.head.lemma_.lower() in ORGANISING_VERBS and \
        any(_standing_state(v) or (v.dep_ == "relcl" and
                                   _lemma_in(v.head, word_classes()["person"]))
            for v in (tok.head, tok.head.head))


def _standing_state(tok: Token) -> bool:
    """A verb in the past perfect, or in the present perfect with 'since': a state the story
    starts from, not an act it reports."""
    aux = [c for c in tok.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if any(c.tag_ == "VBD" for c in aux):
        return True
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]  # "has banned ... and jailed"
    since = [c for v in verbs for c in v.children if c.dep_ == "prep"] + \
        [g for v in verbs for c in v.children if c.dep_ == "advcl"
         for g in c.children if g.dep_ == "mark"]
    return bool(aux) and any(word(c) == "since" for c in since)


def _own_order_announced(tok: Token) -> bool:
    """'The ministry announced on Tuesday that it had banned all demonstrations': a body telling
    its own new order, the past perfect only the reported speech's."""
    speech = tok.head
    return tok.dep_ == "ccomp" and speech.lemma_.lower() in word_classes()["speech"] and \
        speech.tag_ == "VBD" and any(c.dep_ == "npadvmod" or (
            c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in c.children))
            for c in speech.children) and \
        any(c.dep_ == "nsubj" and word(c) in ("it", "they") for c in tok.children)


def _standing_rule(tok: Token) -> bool:
    """'Protests are effectively banned without police permission': a rule told in the present
    passive, the standing law rather than a measure taken."""
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children) and \
        not any(c.dep_ == "aux" for c in tok.children)


def _perfect(tok: Token) -> bool:
    """'has banned protests near the embassy': a present perfect, which after the lead tells
    a standing policy rather than the day's act."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def _in_lead(ctx: ExtractionContext, sent: Span) -> bool:
    """Whether the sentence is in the story's first paragraph (after any headline block)."""
    start = title_block_end(ctx.text)
    start += len(ctx.text[start:]) - len(ctx.text[start:].lstrip())
    return same_paragraph(ctx.text, start, sent.start_char)


def _spark_of_fighting(tok: Token) -> bool:
    """An act told as what set off fighting ('the clashes broke out after one group detained a
    commander'): the opening of that incident, coded by the fighting itself."""
    clause = _clause_head(tok)
    onset = clause.head
    if clause.dep_ != "advcl" or \
            not any(word(c) == "after" for c in clause.children if c.dep_ in ("mark", "advmod")):
        return False
    # (also "two armed groups fought ... after one of them detained a commander of the other":
    # a seizure of one side's man, not "fought ... after cattle destroyed a field, killing two")
    seizure = any(e.mode in ("arrest", "abduct") for e in triggers().get(tok.lemma_.lower(), ()))
    return (onset.lemma_.lower() in FIGHT_WORDS and onset.pos_ == "VERB" and seizure) or (
        onset.lemma_.lower() in ONSET_VERBS and
        any(c.dep_ == "nsubj" and (c.lemma_.lower() in VIOLENCE_NOUNS or
                                   c.lemma_.lower() in FIGHT_WORDS) for c in onset.children))


def _search_by_state(tok: Token, coding: _Coding, counts: dict[str, int | None]) -> bool:
    """A raid by state forces that harmed no one: a search, the setting of arrests or a clash
    told by their own verbs, not an attack (ACLED)."""
    return tok.lemma_.lower() in ENTRY_BY_FORCE and coding.inter_s == Inter.STATE and \
        coding.sub in ("Attack", "Looting/property destruction") and \
        not (counts["fatalities"] or counts["injured"])


def _retreat_in_battle(tok: Token, sent: Span) -> bool:
    """A withdrawal told with fighting ('withdrew after hours of fighting') or towards the
    movers' own ground ('returned to their base'), which ACLED does not code as a transfer."""
    heading = {word(c) for c in tok.children if c.dep_ == "prep"}
    if heading & HEADING_PREPS and not heading & LEAVING_PREPS:
        return True
    # ("Soldiers clashed with guerrillas ... The army said troops recovered three rifles from
    # the site after the rebels withdrew": withdrawn from nowhere named, the fight told before)
    bare = not any(c.dep_ in ("prep", "dobj", "prt", "advmod") for c in tok.children)
    before = sent.doc[sent.start - 1].sent if bare and sent.start > 0 else None
    return any((t.lemma_.lower() in VIOLENCE_NOUNS or
                any(e.plover == "ASSAULT" for e in triggers().get(t.lemma_.lower(), ())))
               and not any(word(a) == "without" for a in t.ancestors)  # "without a fight"
               for part in (sent, before) if part is not None for t in part if t.i != tok.i)


HEADING_PREPS = frozenset(("to", "into", "toward", "towards"))
LEAVING_PREPS = frozenset(("from", "out"))
VIOLENCE_NOUNS = frozenset(word_classes()["violence_nouns"])


def _retype_from_cause(tok: Token, trig: Trigger) -> Trigger:
    """'died in an airstrike': the cause of a casualty says what kind of violence it was."""
    # (not "exchanged fire during a raid": the act's own words name its kind)
    cause = _cause_noun(tok, VIOLENCE_NOUNS) if tok.pos_ == "VERB" and \
        trig.acled_sub in (None, "Attack") else None
    if cause is not None and trig.plover == "ASSAULT":
        coded = next((e for e in triggers().get(cause.lemma_.lower(), ()) if "N" in e.pos
                      and e.plover == "ASSAULT"), None)
        if coded is not None:
            return coded
    return trig


def _attacker_killed_at_the_scene(tok: Token) -> Token | None:
    """The attack whose doer 'was shot dead' in its 'before/after being ...' phrase ('stabbed two
    people before being shot dead by an officer'), or None."""
    # ("... before being shot dead", or "..., killing three, before he was shot dead")
    gerund = tok.dep_ == "pcomp" and word(tok.head) in ("before", "after") and \
        any(c.dep_ == "auxpass" and word(c) == "being" for c in tok.children)
    clause = tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and word(c) in ("before", "after") for c in tok.children) and \
        any(c.dep_ == "auxpass" for c in tok.children) and \
        any(c.dep_ == "nsubjpass" and word(c) in ("he", "she", "they") for c in tok.children)
    if not gerund and not clause:
        return None
    dead = tok.lemma_.lower() == "kill" or (tok.lemma_.lower() == "shoot" and any(
        c.dep_ in ("oprd", "acomp", "advmod") and word(c) == "dead" for c in tok.children))
    act = tok.head.head if gerund else tok.head
    return act if dead and act.pos_ == "VERB" and any(
        e.plover == "ASSAULT" for e in triggers().get(act.lemma_.lower(), ())) else None


def _killed_in_a_fight(tok: Token) -> bool:
    """A casualty or an attack told as a fight between sides: 'killed in two days of fighting
    between herders and farmers', 'killed when fighting broke out between two clans', 'raided
    a camp, sparking a gunfight'."""
    # "raided a camp, sparking a gunfight with its herders": the side attacked fought back
    if any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and
           c.lemma_.lower() in word_classes()["provoke_verbs"] and
           any(o.dep_ == "dobj" and o.lemma_.lower() in word_classes()["fight_words"]
               for o in c.children) for c in tok.children):
        return True
    # "shot dead two men", parsed with "dead" on the men or on the verb
    shot_dead = tok.lemma_.lower() == "shoot" and any(word(d) == "dead" for c in tok.children
                                                      for d in (c, *c.children))
    if tok.lemma_.lower() not in ("kill", "die") and not shot_dead:
        return False
    if any((c.dep_ in ("nsubj", "csubj") or (c.dep_ == "advcl" and c.tag_ == "VBG" and
                                             c.i < tok.i)) and _fight_between(c)
           for c in tok.children):
        # "fighting between two armed groups killed four people" (the gerund may be parsed
        # as a clause of its own)
        return True
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and any(
            c.dep_ == "nsubj" and _fight_between(c) for c in tok.head.children):
        return True  # "fighting between two armed groups broke out on Monday, killing five"
    # ("killed four gunmen in an exchange of fire": the phrase may hang on the dead)
    armed_dead = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and
                     actor_kind(c.lemma_.lower()) in ("state", "armed") for c in tok.children)
    if armed_dead and any(c.dep_ in ("nsubj", "csubj") and (c.lemma_.lower() in FIGHT_WORDS or
                                                 word(c) in FIGHT_WORDS) for c in tok.children):
        return True  # "fighting in Kidal killed 14 rebels": the armed dead of a fight
    # ("a miner was killed and a gendarme was wounded in an exchange of fire": the phrase on
    # the conjoined casualty tells where both fell)
    preps = [*tok.children, *(p for o in tok.children if o.dep_ in ("dobj", "nsubjpass")
                              for p in o.children if p.dep_ == "prep"),
             *(p for v in tok.conjuncts if v.i > tok.i and v.pos_ == "VERB"
               for p in v.children if p.dep_ == "prep")]
    for c in preps:
        if c.dep_ == "prep" and word(c) in ("in", "during"):
            for obj in c.children:
                # "in two days of fighting": through the span to the fight
                inner = [o for p in obj.children if p.dep_ == "prep" and word(p) == "of"
                         for o in p.children if o.dep_ == "pobj"]
                if any(_fight_between(o) for o in (obj, *inner)):
                    return True
                if armed_dead and (obj.lemma_.lower() in FIGHT_WORDS or
                                   word(obj) in FIGHT_WORDS):
                    return True  # "three soldiers died in the fighting": one side's dead
        # "when clans clashed", "when fighting broke out between two clans"
        if c.dep_ == "advcl" and any(word(m) in ("when", "as") for m in c.children
                                     if m.dep_ in ("advmod", "mark")) and (
                _fight_between(c) or any(s.dep_ in ("nsubj", "nsubjpass") and
                                         _fight_between(s, c) for s in c.children)):
            return True
    return _fought_in_words(tok)


def _fought_in_words(tok: Token) -> bool:
    """'were killed when two rival factions fought in the town', 'armed youths from rival camps
    fought in the county, killing 11': a fight verb in the death's own clause, however the
    parse hangs it (the dead fell in the fight)."""
    sent = tok.sent
    for f in sent:
        if f.lemma_.lower() not in FIGHT_WORDS or f.tag_ not in ("VBD", "VBN") or \
                f.i == tok.i:
            continue
        # (in one clause: no other finite verb, nor a word that sets another time, between)
        between = tok.doc[min(f.i, tok.i) + 1:max(f.i, tok.i)]
        if any(t.text in (";", ":") or (t.tag_ == "VBD" and t.dep_ not in ("aux", "auxpass")) or
               word(t) in ("but", "while", "after", "before") for t in between):
            continue
        if f.i > tok.i and any(word(t) in ("when", "as") for t in between):
            return True
        if f.i < tok.i and tok.tag_ == "VBG" and tok.doc[tok.i - 1].text == ",":
            return True
    return False


def _chemical_means(tok: Token) -> bool:
    """'dropped canisters of a choking agent', 'fired shells filled with chlorine': the act's
    object names a chemical agent (tear gas on a crowd is crowd control, not this)."""
    # (also "shells fired at their trenches released a yellow gas": what the act's joined verb,
    # sharing its subject, let out)
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                    not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children))]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(word(t) in CHEMICAL_AGENTS and not any(word(x) == "tear" for x in o.subtree)
               for o in objects for t in o.subtree)


CHEMICAL_AGENTS = frozenset(word_classes()["chemical_agents"])


def _turned_violent(tok: Token) -> bool:
    """'the march turned violent', 'protests turned deadly': the crowd's protest became a riot."""
    verb = subject_verb(tok)
    return verb is not None and verb.lemma_.lower() == "turn" and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and word(c) in VIOLENT_TURNS
        for c in verb.children)


VIOLENT_TURNS = frozenset(word_classes()["violent_turns"])


def _moved_in_after_others_left(tok: Token) -> bool:
    """'entered Kidal after the rebels left it', 'the rebels withdrew from the town on Friday,
    and troops entered it the next day': a side moving in once the other had gone."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in LEFT_BEHIND_VERBS and
               any(m.dep_ == "mark" and word(m) in ("after", "once", "as") for m in c.children)
               for c in tok.children) or any(
        c.lemma_.lower() in LEFT_BEHIND_VERBS and not any(
            s.dep_ in ("nsubj", "nsubjpass") and actor_kind(s.lemma_.lower()) == "civilians"
            for s in c.children)  # (not "residents fled, and rebels entered the town")
        for c in _clauses_before(tok))


def _clauses_before(tok: Token) -> list[Token]:
    """The verbs of the clauses told before this one in its sentence ('X withdrew ..., and
    troops entered ...', however the parse joined them), when it has a subject of its own."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    return [t for t in tok.sent if t.i < tok.i and t.pos_ == "VERB" and
            any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t not in tok.subtree]


def _handed_over_next(tok: Token) -> bool:
    """'X withdrew from the town on Friday, and troops entered it the next day': the
    withdrawal, whose transfer is coded on the day of the entry."""
    return tok.lemma_.lower() in LEFT_BEHIND_VERBS and any(
        t.i > tok.i and _enters(t) and tok in _clauses_before(t)
        for t in tok.sent)


LEFT_BEHIND_VERBS = frozenset(word_classes()["left_behind_verbs"])


def _enters(verb: Token) -> bool:
    """'troops entered the town', 'army units moved in': a side going into a place."""
    # ("moved in the next day": the particle the parse may read as the day's preposition)
    return verb.lemma_.lower() == "enter" or (verb.lemma_.lower() == "move" and any(
        word(c) == "into" or (word(c) == "in" and (c.dep_ == "prt" or any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children)))
        for c in verb.children))


def _fight_between(tok: Token, clause: Token | None = None) -> bool:
    """'fighting between two clans', 'clashes with the army', 'clans clashed': a fight word
    whose sides are told or that is a fight by itself (a gunfight)."""
    lemma = tok.lemma_.lower()
    if lemma == "exchange" and any(
            word(p) == "of" and any(word(o) in ("fire", "gunfire", "shots") for o in p.children)
            for p in tok.children):
        return True  # "killed ... in an exchange of gunfire": both sides fired
    if lemma not in FIGHT_WORDS and word(tok) not in FIGHT_WORDS:
        return False
    told = [*tok.children, *(clause.children if clause is not None else ())]
    sides = any(c.dep_ == "prep" and word(c) in ("between", "with", "among") for c in told)
    plural_subject = any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in tok.children)
    return sides or plural_subject or lemma not in ("fight", "fighting", "battle")


FIGHT_WORDS = frozenset(word_classes()["fight_words"])


def _met_by_force(attempt: Token) -> bool:
    """'police used pepper spray on protesters who tried to block the gate, and arrested 14':
    an attempt told in a sentence of the state's force or arrests."""
    return any(word(t) in CROWD_CONTROL or any(
        e.plover in ("ASSAULT", "COERCE") and e.kind == "event" and t.pos_ == "VERB"
        for e in triggers().get(t.lemma_.lower(), ())) for t in attempt.sent)


def _apply_modality_conventions(tok: Token, trig: Trigger, modality: str
                                ) -> tuple[Trigger, str] | None:
    """Pledged cooperation is AGREE, refused is REJECT; None when the refusing verb codes it."""
    if modality == "future" and trig.plover in COOPERATIVE:
        # "Finland will give Tanzania a grant": the pledge is the event (PLOVER's AGREE).
        return triggers()["@intent"][0], "asserted"
    if modality == "future" and trig.acled_sub in NATIONAL_ORDERS and _announced_order(tok):
        # "the government announced that a nationwide curfew would take effect immediately":
        # the order is made by its announcement
        return trig, "asserted"
    if modality == "future" and trig.plover == "PROTEST" and tok.dep_ == "xcomp" and \
            tok.head.lemma_.lower() in ("try", "attempt") and tok.head.tag_ == "VBD" and \
            _met_by_force(tok.head):
        # "police used pepper spray on protesters who tried to block the entrance": the
        # attempt, which force met, was the protest
        return trig, "asserted"
    if modality == "negated" and trig.lemma in ("allow", "permit") and any(
            c.dep_ in ("dobj", "nsubjpass") and _lemma_in(c, PROTEST_NOUNS)
            for c in tok.children):
        # "announced that no march would be permitted in the city": a ban
        return next(e for e in triggers()["ban"] if e.pos == "V"), "asserted"
    if modality == "negated" and trig.plover in COOPERATIVE | {"AGREE"}:
        # "will not accept refugees", "failed to reach agreement": cooperation refused
        # (unless the refusing verb is itself coded: "refused to release").
        if any(e.plover == "REJECT" for e in triggers().get(tok.head.lemma_.lower(), ())):
            return None
        refusal = triggers()["@refusal"][0]
        trig = Trigger(refusal.lemma, refusal.pos, refusal.plover,
                       REFUSAL_MODES.get(trig.plover, refusal.mode), None, "event",
                       trig.context, None)
        return trig, "asserted"
    return trig, modality


def _announced_order(tok: Token) -> bool:
    """Whether the order is the subject of a clause a past-tense announcing verb governs,
    telling when it takes effect ('announced that a curfew would take effect immediately')."""
    clause = _clause_head(tok)
    return clause.lemma_.lower() in word_classes()["taking_effect_verbs"] and \
        clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and \
        clause.head.lemma_.lower() in word_classes()["ordering_verbs"]


def _participants(hit: _Hit, trig: Trigger, sent: Span
                  ) -> tuple[Token | None, Token | None, dict[str, int | None]]:
    """Source and target tokens and the counts; victims a governing verb names stand as target."""
    source_tok, target_tok = _arguments(hit)
    ruler = next((t for t in hit.span if t.i != hit.token.i and
                  any(c.dep_ == "nsubj" for c in t.children)), None)
    if source_tok is None and target_tok is None and ruler is not None:
        # "gunmen on a motorcycle shot dead a man", read with "dead" ruling the clause
        source_tok = next((c for c in ruler.children if c.dep_ == "nsubj"), None)
        target_tok = next((c for c in ruler.children if c.dep_ == "dobj"), None)
    target_tok = _demanded_target(hit.token, trig, target_tok)
    counts, victims = _counts(hit, sent, source_tok, target_tok)
    if source_tok is not None and _lemma_in(source_tok, FIGHT_WORDS) and \
            (between := _sides_between(source_tok)) is not None:
        # "clashes between police and protesters injured seven": the sides
        # (the counted victims were read above)
        other = next((c for c in (between.head if between.dep_ == "conj" else between,
                                  *between.conjuncts) if c is not between), None)
        source_tok, target_tok = between, other or target_tok
    if target_tok is None and victims is not None:
        target_tok = victims  # "Three soldiers were killed when gunmen ambushed a patrol"
    if source_tok is None or source_tok.lemma_.lower() not in actor_lexicon():
        source_tok = _actor_in_cause(hit.token, trig) or source_tok
    if source_tok is None:
        source_tok = claimed_by(hit.token)  # "X claimed responsibility for the attack"
    if source_tok is None and trig.acled_sub in NATIONAL_ORDERS and _announced_order(hit.token):
        # "the government announced that a curfew would take effect": who announced it
        source_tok = next((c for c in _clause_head(hit.token).head.children
                           if c.dep_ == "nsubj"), None)
    if source_tok is None and trig.acled_sub in ("Armed clash", "Mob violence"):
        source_tok = _sides_between(hit.token)  # "clashes broke out between rival groups"
    return source_tok, target_tok, counts


def _at_a_community(tok: Token) -> bool:
    """Whether the act's object, or what it was aimed at, is a community's people, homes or
    places of worship ('threw stones at a mosque', 'set fire to houses of migrants')."""
    aimed = [c for c in tok.children if c.dep_ in OBJECT_DEPS] + [
        o for p in tok.children if p.dep_ == "prep" and word(p) in ("at", "on", "to")
        for o in p.children if o.dep_ == "pobj"]
    return any(_lemma_in(t, COMMUNITY_TARGETS) for a in aimed for t in (a, *a.conjuncts))


COMMUNITY_TARGETS = frozenset(word_classes()["community_targets"])


def _rivals(side: Actor, ctx: ExtractionContext | None = None) -> bool:
    """'rival student groups', 'supporters of two candidates', 'youths from two feuding
    clubs': two sides of one kind."""
    texts = [side.text.lower()]
    span = ctx.doc.char_span(side.start, side.end, alignment_mode="expand") \
        if ctx is not None else None
    if span is not None:
        # (the groups the people are from: "youths from two feuding martial arts clubs")
        texts += [" ".join(t.text for t in o.subtree).lower() for p in span.root.children
                  if p.dep_ == "prep" and word(p) in ("from", "of")
                  for o in p.children if o.dep_ == "pobj"]
    # ("soldiers of the presidential guard and members of ...": armed men, of whatever body)
    return not _armed_words(texts[0]) and any(_rival_phrase(text) for text in texts)


def _armed_words(text: str) -> bool:
    words = re.findall(r"[a-z-]+", text)
    return "armed" in words or any(
        (actor_kind(w) or actor_kind(w.removesuffix("s"))) in ("state", "armed") or
        w in ("faction", "factions", "forces", "guards") for w in words)


def _rival_phrase(text: str) -> bool:
    words = re.findall(r"[a-z-]+", text)
    # (people or their groups: not "the two sides", which may be armed ones)
    head = words[-1].removesuffix("s") if words else ""
    people = head in word_classes()["person"] or head in word_classes()["rival_group_nouns"]
    return not _armed_words(text) and people and (
        bool(set(words) & set(word_classes()["rival_words"])) or " and " in text or
        text.startswith(("two ", "both ")))


def _fought_for_ground(tok: Token) -> bool:
    """'fought for control of a mountain road': groups at war over ground, armed sides."""
    return any(p.dep_ == "prep" and word(p) == "for" and o.dep_ == "pobj" and
               o.lemma_.lower() in ("control", "turf") for p in tok.children for o in p.children)


def _sides_between(tok: Token) -> Token | None:
    """'clashes (broke out) between rival student groups': the sides that fought."""
    holders = [tok, tok.head] if tok.dep_ == "nsubj" else [tok]
    side = next((o for h in holders for p in h.children if p.dep_ == "prep" and
                 word(p) == "between" for o in p.children if o.dep_ == "pobj"), None)
    if side is None:
        return None
    # "between police and protesters": the crowd is the side the state met
    return next((c for c in (side, *side.conjuncts)
                 if actor_kind(c.lemma_.lower()) in ("protesters", "rioters")), side)


def _at_each_other(tok: Token) -> bool:
    """'fired at each other', 'shot at one another', 'attacked each other': an act the two
    sides did to each other."""
    return any(o.dep_ in ("pobj", "dobj") and word(o) in ("other", "another") and
               any(word(d) in ("each", "one") for d in o.children)
               for c in tok.children
               for o in ((c,) if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else ()))


def _two_communities_between(tok: Token) -> bool:
    """'between members of two religious communities', 'between rival villages': the sides
    are two groups of people, neither a state force nor a crowd of demonstrators."""
    holders = [tok, tok.head] if tok.dep_ == "nsubj" else [tok]
    side = next((o for h in holders for p in h.children if p.dep_ == "prep" and
                 word(p) == "between" for o in p.children if o.dep_ == "pobj"), None)
    if side is None or any(actor_kind(t.lemma_.lower()) in ("state", "protesters")
                           for t in side.subtree):
        return False
    return any(word(t) in ("two", "rival") and t.dep_ in ("nummod", "amod")
               for t in side.subtree)


def _actor_in_cause(tok: Token, trig: Trigger) -> Token | None:
    """'rioting and police firing left two dead', 'were killed when military aircraft
    dropped bombs': the armed actor the cause names acts."""
    leave = next((a for a in list(tok.ancestors)[:3] if a.lemma_.lower() == "leave"
                  and a.pos_ == "VERB"), None)
    cause = next((c for c in leave.children if c.dep_ == "nsubj"), None) if leave else None
    if cause is None and tok.pos_ == "VERB":
        # (not "..., the gendarmerie said", the parse hanging the "when" on the report)
        when = next((c for c in tok.children if c.dep_ == "advcl" and not concessive(c) and
                     c.lemma_.lower() not in word_classes()["speech"] and
                     any(m.dep_ in ("mark", "advmod") and word(m) in ("when", "as")
                         for m in c.children)), None)
        cause = next((c for c in when.children if c.dep_ == "nsubj"), None) if when else None
        if when is not None and when.lemma_.lower() in STRUCK_A_DEVICE and any(
                o.dep_ in ("dobj", "pobj") and _lemma_in(o, PLANTED_DEVICES)
                for o in when.subtree):
            cause = None  # "when their patrol vehicle hit a landmine": the victims' own
    lexicon = actor_lexicon()
    kinds: tuple[str, ...] = ("state", "armed")
    if cause is None and trig.plover == "ASSAULT" and tok.dep_ == "conj" and \
            tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() not in word_classes()["speech"] and \
            tok.head.lemma_.lower() not in word_classes()["death_verbs"] and \
            any(c.dep_ == "nsubjpass" for c in tok.children) and \
            not any(c.dep_ == "agent" for c in tok.children):
        # "a mob looted shops, and a shopkeeper was stabbed to death": the one who acted in
        # the clause before did the deed no one else is named for (not "police said, and
        # dozens of officers were injured": who spoke; nor "three soldiers died and five were
        # wounded": the dead, who did nothing)
        cause = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        kinds = ("state", "armed", "rioters")
        if cause is not None and cause.lemma_.lower() not in lexicon:
            return None
        dead = next(c for c in tok.children if c.dep_ == "nsubjpass")
        if cause is not None and actor_kind(dead.lemma_.lower()) == actor_kind(
                cause.lemma_.lower()):
            # "troops fought rebels ..., and two soldiers were killed": their own side's dead,
            # killed by the side they fought
            cause = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    if cause is None:
        return None
    if cause.lemma_.lower() in lexicon and lexicon[cause.lemma_.lower()]["kind"] in kinds:
        return cause  # ("Government troops": the troops, not the government)
    return next((t for t in cause.subtree if t.lemma_.lower() in lexicon and
                 lexicon[t.lemma_.lower()]["kind"] in kinds), None)


PLANTED_DEVICES = frozenset(word_classes()["planted_explosives"])


def _demanded_target(tok: Token, trig: Trigger, target_tok: Token | None) -> Token | None:
    """The target of a demand made with a clause: whoever the clause says is to act."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None) \
        if trig.plover == "REQUEST" and tok.pos_ == "VERB" else None
    if comp is not None and (target_tok is None or trig.lemma == "@obligation"):
        # "prosecutors demanded that the leader remain in custody", "said Libya must hand
        # over the suspects": whoever is to act is the target.
        demanded = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
        if demanded is not None:
            return _resolve_pronoun(demanded)
    return target_tok


def _what_a_measure_covers(tok: Token) -> bool:
    """'The ban covers marches, rallies and gatherings': acts named as what a ban, curfew or
    order applies to (its verb's subject is the measure), none of them held."""
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in ("dobj", "pobj") or tok.pos_ != "NOUN":
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return verb.pos_ == "VERB" and any(
        d.dep_ == "nsubj" and (_lemma_in(d, ENACTMENTS) or _lemma_in(d, IMPOSED_MEASURES))
        for d in verb.children)


IMPOSED_MEASURES = frozenset(word_classes()["imposed_measures"])


def _told_nationwide(tok: Token) -> bool:
    """'a nationwide strike', 'marchers across the country': an act told over the whole land."""
    own = _clause_head(tok)
    phrase = [*tok.subtree] if tok.pos_ == "NOUN" else \
        [t for c in own.children if c.dep_ in ("prep", "advmod", "dobj") for t in c.subtree]
    return bool(NATIONWIDE_ONLY.search(" ".join(t.text for t in phrase)))


NATIONWIDE_ONLY = re.compile(r"(?i)\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)"
                             r"\s+the\s+country)\b")


def _places(ctx: ExtractionContext, tok: Token, trig: Trigger, sent: Span,
            source_tok: Token | None, target_tok: Token | None
            ) -> tuple[list[Toponym], list[Place], bool]:
    """Linked toponyms, their ACLED places, and whether the place came from the narrative."""
    participants = [t for t in (source_tok, target_tok) if t is not None]
    actor_spans = [(sp.start_char, sp.end_char) for sp in map(_actor_span, participants)]
    # Only material events borrow the place just narrated; a statement is not made there.
    narrative = trig.plover in MATERIAL or trig.kind == "disruption"
    linked = event_places(ctx.doc, tok, ctx.toponyms, participants, actor_spans,
                          narrative=narrative, text=ctx.text)
    own_span = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and \
            not any(own_span[0] <= t.start < own_span[1] for t in linked):
        # "killed four fighters near Bamenda and recovered two rifles": a conjoined verb that
        # names no place of its own shares its head's; "attacked X, killing seven and
        # abducting twelve": a participle shares the act's it follows from.
        head = tok.head
        while head.dep_ in ("conj", "advcl") and head.tag_ == "VBG" and head.head.i != head.i:
            head = head.head
        # (not a place of its own clause it was found not to be told at: "... and shot dead
        # seven men from Punjab province", where they came from)
        linked = [t for t in event_places(ctx.doc, head, ctx.toponyms, participants,
                                          actor_spans, narrative=narrative, text=ctx.text)
                  if not own_span[0] <= t.start < own_span[1]] or linked
    if linked and narrative and tok.dep_ in ("oprd", "xcomp") and \
            tok.head.lemma_.lower() == "leave" and \
            not any(sent.start_char <= t.start < sent.end_char for t in linked):
        # "Young men ... fought ... in Mojkovac on Sunday ..., leaving four people injured": the
        # result told of a sentence that names one place is there, not at a place told before
        own = [t for t in within(ctx.toponyms, sent.start_char, sent.end_char)
               if t.locates and t.entry is not None and
               t.resolved.feature != "country"]
        if own and len({t.resolved.geonameid for t in own}) == 1:
            linked = own[:1]
    if not linked and _SAME_PLACE.search(sent.text):
        # "On Sunday, thousands had rallied on the same square": the place told before
        linked = [t for t in ctx.toponyms if t.end <= sent.start_char and t.entry is not None
                  and t.locates and t.resolved.feature != "country"][-1:]
    retold = _part_told_again(ctx, None, sent) if not linked and narrative else None
    if retold is not None:
        linked = [retold[0]]  # "fought inside the Green Zone", after "Baghdad's Green Zone"
    places = [_place_of(ctx.doc, ctx.text, t, ctx.toponyms) for t in linked]
    narrated = bool(linked) and not (sent.start_char <= linked[0].start < sent.end_char)
    part = None
    if narrated and retold is None and \
            (elsewhere := _part_told_again(ctx, None, sent)) is not None and \
            elsewhere[0].resolved.geonameid != linked[0].resolved.geonameid:
        # "... at its office in Baku's Nasimi district. [...] Relatives gathered outside the
        # court in Nasimi": a part of another town, named before with it, told again
        retold, linked = elsewhere, [elsewhere[0]]
        places = [_place_of(ctx.doc, ctx.text, elsewhere[0], ctx.toponyms)]
    if narrated and linked[0].resolved.feature == "city":
        retold = retold or _part_told_again(ctx, linked[0], sent)
        part = sentence_part(sent) or (retold[1] if retold else None)
    opening = _FRONTED_TOWN.match(ctx.text, sent.start_char)
    if part is None and linked and not narrated and opening is not None and \
            linked[0].resolved.feature in ("city", "admin1", "admin2") and \
            places[0].location == linked[0].resolved.name and linked[0].start == opening.end():
        # "In Ouagadougou, gendarmes took two activists from their homes in the Dassasgho
        # district": the town the sentence opened in, in the part it names after
        part = sentence_part(sent)
    if part is not None:
        # "... in the Chamelecon neighbourhood of San Pedro Sula. On Sunday, police fought
        # gangs in the Rivera Hernandez neighbourhood": the town told before, in its own part
        places[0].location, places[0].geo_precision = part, 2
    if narrated and places[0].geo_precision == 2 and places[0].location and \
            _with_other_parts(sent.text, places[0].location):
        # (not "a curfew on New Town and nearby neighbourhoods of the capital": the city)
        places[0] = to_place(linked[0].resolved)
    city = _city_of_its_parts(ctx, linked)
    if city is not None:
        places = [city]  # "in the Sentul and Setapak areas of the capital": one act, the city
    elif len(linked) > 1:
        # "marched from Hyde Park through central London": a part of a city told with the
        # city is one place, the city
        whole = [not any(_lies_within(t.resolved, o.resolved) for o in linked if o is not t)
                 for t in linked]
        told_twice = _part_told_twice(linked, places)
        whole = [w and k not in told_twice for k, w in enumerate(whole)]
        by_the_actor = [any(p.left_edge.idx <= t.start < p.right_edge.idx + len(p.right_edge)
                            for p in participants) for t in linked]
        if len(linked) == 2 and whole.count(True) == 1 and by_the_actor[whole.index(True)] and \
                not by_the_actor[whole.index(False)]:
            # (but "police in Ankara detained 25 women as they tried to march through
            # Kizilay": the part the act was told at, not the city the police serve)
            whole = [not w for w in whole]
        if not all(whole):
            linked = [t for t, w in zip(linked, whole, strict=True) if w]
            places = [p for p, w in zip(places, whole, strict=True) if w]
    return linked, places, narrated


def _part_told_twice(linked: list[Toponym], places: list[Place]) -> set[int]:
    """'in Yangon's Sanchaung township': the part the city's place names is no second place
    when the same name is found as a listed namesake far off in that country. The indices of
    such namesakes (one lying by the city is left as it is)."""
    parts = {fold(p.location): k for k, p in enumerate(places)
             if p.geo_precision == 2 and p.location}
    drop: set[int] = set()
    for j, (top, place) in enumerate(zip(linked, places, strict=True)):
        k = parts.get(fold(top.text))
        if k is None or k == j or place.geo_precision == 2 or \
                top.resolved.country != places[k].country:
            continue
        city = linked[k].resolved
        near = None not in (top.resolved.latitude, top.resolved.longitude, city.latitude,
                            city.longitude) and distance_km(
            top.resolved.latitude or 0.0, top.resolved.longitude or 0.0, city.latitude or 0.0,
            city.longitude or 0.0) <= PART_NAMESAKE_KM
        if not near:
            drop.add(j)
    return drop


PART_NAMESAKE_KM = 20  # how far from its city a listed place may be the part a text names
# (measured: taking the listed place near the city for the part lowered a held-out set)


def _lies_within(part: GazetteerEntry, city: GazetteerEntry) -> bool:
    """Whether a small place lies inside a city many times its size (a district of it)."""
    if part.latitude is None or part.longitude is None or city.latitude is None or \
            city.longitude is None:
        return False
    return part.geonameid != city.geonameid and part.iso2 == city.iso2 and \
        city.feature == "city" and part.feature == "city" and \
        city.population >= CITY_OVER_PART * max(part.population, 1) and \
        distance_km(part.latitude, part.longitude, city.latitude, city.longitude) <= PART_REACH_KM


CITY_OVER_PART = 20  # a city at least this many times a place's size may hold it
PART_REACH_KM = 12  # how far from a city's point a part of it may lie


PART_LOOKBACK_CHARS = 3000  # how far back a part of the town named before is looked for


def _part_told_again(ctx: ExtractionContext, town: Toponym | None, sent: Span
                     ) -> tuple[Toponym, str] | None:
    """'... stormed the palace in Baghdad's Green Zone. That night, militiamen fought inside
    the Green Zone': a part of a town named with it before (of `town`, when given), told
    again alone; the town's mention and the part's name."""
    for top in within(ctx.toponyms, max(0, sent.start_char - PART_LOOKBACK_CHARS),
                      sent.start_char):
        if top.entry is not None and top.resolved.feature == "city" and top.locates and \
                (town is None or top.resolved.geonameid == town.resolved.geonameid):
            name = named_part(ctx.text, top, ctx.toponyms)
            if name and re.search(rf"\b{re.escape(name)}\b", sent.text):
                return top, name
    return None


_FRONTED_TOWN = re.compile(r"(?:[A-Z][A-Za-z]*\s+)?[Ii]n\s+")  # "In X, ...", "Earlier in X, ..."
_SAME_PLACE = re.compile(r"\bthe\s+same\s+(?:" + "|".join(word_classes()["revisited_place_nouns"])
                         + r")\b", re.I)
_PARTS_OF = re.compile(r"\s+(?:areas|districts|neighbou?rhoods|suburbs|townships|quarters|"
                       r"parts)\s+of\s+(?:the\s+)?(?:(?P<capital>capital)\b|(?P<city>[A-Z]))")


_AND_OTHER_PARTS = re.compile(r"\s+and\s+(?:the\s+)?(?:nearby|other|surrounding|neighbou?ring|"
                              r"adjacent|several)\s+(?:areas|districts|neighbou?rhoods|suburbs|"
                              r"townships|quarters|parts)\b", re.I)


def _with_other_parts(text: str, part: str) -> bool:
    """'New Town and nearby neighbourhoods': a part told with others of its town."""
    return any(_AND_OTHER_PARTS.match(text, m.end())
               for m in re.finditer(rf"\b{re.escape(part)}\b", text))


def _city_of_its_parts(ctx: ExtractionContext, linked: list[Toponym]) -> Place | None:
    """The city whose parts the act's places are told as, in the plural ('the Sentul and
    Setapak areas of the capital', 'the Kibera and Mathare districts of Nairobi')."""
    if len(linked) < 2:
        return None
    m = _PARTS_OF.match(ctx.text, max(t.end for t in linked))
    if m is None:
        return None
    if m.group("capital"):
        return ctx.seat_of(ctx.country_name) if ctx.seat_of and ctx.country_name else None
    town = next((t for t in ctx.toponyms if t.start == m.start("city") and t.entry is not None),
                None)
    return to_place(town.resolved) if town is not None else None


# The toll an aggregate is read from, in the order `_is_aggregate` reads them, and its metric.
AGGREGATE_METRICS = (("fatalities", "deaths"), ("injured", "injured"), ("arrested", "detained"))


def _is_protest_figure(trig: Trigger, sent_figures: list[Figure], places: list[Place],
                       narrated: bool) -> bool:
    """A protest counted by places ('in 12 districts'), with no place of its own, is a figure."""
    return trig.plover == "PROTEST" and \
        any(f.metric == "protest_locations" for f in sent_figures) and \
        (narrated or not any(p.geo_precision in (1, 2) or p.admin1 for p in places))


def _actors(ctx: ExtractionContext, tok: Token, trig: Trigger, linked: list[Toponym],
            source_tok: Token | None, target_tok: Token | None
            ) -> tuple[Actor | None, Actor | None]:
    """Source and target actors, given the country the place suggests; never one against itself."""
    # An official acting abroad is most likely of the country the event happened in
    # ("officials met in Geneva"); otherwise the article's country is the default.
    abroad = linked[0].resolved.country if linked and linked[0].resolved.iso2 and \
        linked[0].resolved.iso2 != ctx.country_iso2 else None
    source_country = _modifier_country(tok, ctx) or abroad  # "French support", "Russian strikes"
    source = _make_actor(source_tok, "source", ctx, source_country)
    # "an Israeli drone strike hit a car", "Russian shelling killed two": the country's forces
    # (the act or its means named, not its people: "Israeli settlers" are no army)
    own = next((top for t in (tok, source_tok) if t is not None and
                (t.lemma_.lower() in triggers() or _lemma_in(t, AIRCRAFT | WEAPONS)) and
                (top := modifier_toponym(t, ctx)) is not None and top.adjectival), None)
    if (source is None or source.normalized is None) and own is not None and \
            trig.plover == "ASSAULT":
        source = military_of(own, "source")
    target = _make_actor(target_tok, "target", ctx, abroad if source is None else None)
    if target is not None and target_tok is not None and \
            target.inter in (Inter.CIVILIANS, None) and _protesting(target_tok):
        # "fired tear gas at nurses protesting over wages": the crowd, as protesters (ACLED)
        target.normalized, target.inter = _protesters_name(ctx), Inter.PROTESTERS
    if source and target and (source.start == target.start or (
            trig.plover != "ASSAULT" and source.normalized and
            source.normalized == target.normalized)):
        target = None  # "the army deployed troops": an actor is not coded against itself
    return source, target


ARMED_MODES = word_classes()["armed_modes"]
# first words of the assault triggers ("open" of "open fire"): a verb that may tell violence
ASSAULT_HEADS = frozenset(lemma.split()[0] for lemma, entries in triggers().items()
                          if any(e.plover == "ASSAULT" for e in entries))
AIRCRAFT = frozenset(word_classes()["aircraft"])
WEAPONS = frozenset(word_classes()["weapon"]) | frozenset(word_classes()["heavy_weapons"])
CIVILIANS_NAME = actor_lexicon()["civilian"]["name"].split(" (")[0]


def _subtype(ctx: ExtractionContext, hit: _Hit, trig: Trigger, sent: Span,
             counts: dict[str, int | None], source: Actor | None, target: Actor | None,
             fought: bool = False) -> _Coding:
    """ACLED types, PLOVER mode and contexts from actors, sentence and the typing model;
    `fought`: the trigger's dead fell in a fight between sides (a rule's type, as refined)."""
    tok = hit.token
    contexts = list(trig.context)
    inter_s = source.inter if source else None
    inter_t = target.inter if target else None
    if trig.plover == "PROTEST" and source is not None and inter_s in (Inter.CIVILIANS, None) and \
            trig.mode in ("demo", "strike", "obstruct", "hunger", "boycott"):
        # Whoever demonstrates is coded as protesters (ACLED), whatever their occupation.
        source.normalized = _protesters_name(ctx)
        source.inter = inter_s = Inter.PROTESTERS
    plover_mode = "crowd-control" if trig.plover == "ASSAULT" and _crowd_control(tok) \
        else trig.mode
    if trig.plover == "ASSAULT" and (plover_mode in ARMED_MODES or (
            plover_mode == "abduct" and source is not None and _unknown_doers(source))) and \
            source is not None and inter_s == Inter.CIVILIANS and source.normalized and \
            not (trig.acled_sub == "Armed clash" and
                 (_rivals(source, ctx) or (inter_t in (Inter.CIVILIANS, Inter.RIOTERS) and
                                      not counts["fatalities"]) or
                  # ("supporters of the monarchy clashed with police": a riot)
                  (trig.lemma == "clash" and inter_t == Inter.STATE) or
                  # ("fought with members of a youth group using sticks and stones, leaving
                  # one dead": a crowd's weapons, no armed group's)
                  (_crude_weapons_only(sent) and inter_t in (None, Inter.CIVILIANS)))):
        # "the men opened fire on a patrol": people who shoot or bomb are an armed group (and
        # "unidentified men kidnapped a journalist": so are abductors no one names)
        source.normalized = source.normalized.replace(CIVILIANS_NAME, GENERIC_ARMED)
        source.inter = inter_s = Inter.POLITICAL_MILITIA
    sub, plover_mode = _refine(trig, trig.acled_sub, plover_mode, inter_s, inter_t,
                               _own_scene(tok, sent) if trig.plover == "PROTEST" else sent,
                               counts) if not set_up_on_a_day_before(tok) else \
        (trig.acled_sub, plover_mode)
    if sub == "Attack" and _at_each_other(tok):
        sub = "Armed clash"  # "gunmen from the two sides fired at each other": both fought
    if sub == "Attack" and inter_s == Inter.CIVILIANS and source is not None and (
            _named_in_plural(ctx, source) and (trig.mode in ("beat", "primitive") or
                                               _crude_weapons_only(sent)) or
            _crudely_armed_people(tok)):
        # "villagers beat two herders to death": a crowd's lynching; "residents attacked
        # vendors with sticks and stones": a crowd's, not an armed group's, attack
        sub = "Mob violence"
    # "about 30 masked men armed with bats attacked shops owned by migrants", "young men
    # attacked shops of Sudanese refugees, beating two": a mob on outsiders, no armed group
    mob_on_outsiders = sub == "Attack" and \
        inter_s in (Inter.CIVILIANS, Inter.POLITICAL_MILITIA) and source is not None and \
        _told_as_many(ctx, source) and not _a_few_men(source) and not counts["fatalities"] and \
        not any(word(t) in GUNFIRE_WORDS for t in sent) and _on_outsiders(ctx, sent) and \
        any(_lemma_in(t, word_classes()["crude_weapons"]) or t.lemma_ == "beat" for t in sent)
    # ("Villagers ... seized three men they accused of working for a criminal group and beat
    # them": mob justice, no abduction)
    seized_to_beat = sub == "Abduction/forced disappearance" and any(
        _lemma_in(s, DWELLERS) for s in _subjects(tok)) and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in ("beat", "lynch", "flog")
        for c in tok.children)
    if mob_on_outsiders or seized_to_beat:
        sub = "Mob violence"
        if source is not None and source.normalized and inter_s == Inter.POLITICAL_MILITIA:
            source.normalized = source.normalized.replace(GENERIC_ARMED, RIOTERS_NAME)
            source.inter = inter_s = Inter.RIOTERS
    if sub in MET_BY_FORCE[1:] and inter_s in ARMED_GROUPS[1:]:
        # "party youths armed with sticks broke up an opposition meeting": an armed group's
        # attack, not a state's force on a crowd
        sub = "Attack"
    if sub == "Attack" and _fired_from_the_ground(tok):
        sub = "Shelling/artillery/missile attack"  # "Hezbollah fired a barrage of rockets at X"
    if sub == "Looting/property destruction" and any(
            word(s) in word_classes()["attack_drones"] or
            _lemma_in(s, word_classes()["air_assets"]) for s in _subjects(tok)):
        sub = "Air/drone strike"  # "an explosive drone came down ... and set fire to scrub"
    pred = predict(ctx, sent, hit)
    typing = decide(pred, trig, sub, plover_mode, refined=sub != trig.acled_sub or fought,
                    named=(hit.typed_by_noun and sub == hit.trigger.acled_sub) or
                    # ("exchanged fire": both sides shot, whatever else the sentence tells)
                    (sub == "Armed clash" and trig.lemma.startswith("exchange")) or
                    (sub == "Attack" and _deaths_of_a_named_attack(tok)) or
                    mob_on_outsiders or
                    # ("Protests erupted after police shot two men": the force is another act's)
                    (sub == "Peaceful protest" and trig.plover == "PROTEST" and
                     _force_told_apart(tok, sent)) or
                    # ("a driver steered his truck into people marching for Gaza": the march
                    # met an attack, coded on its own, and no force of the state)
                    (sub == "Peaceful protest" and trig.plover == "PROTEST" and
                     inter_s == Inter.PROTESTERS and bool(_DROVE.search(sent.text)) and
                     not _state_acts_in(sent)) or
                    (sub == "Protest with intervention" and
                     _force_told_apart(tok, sent, lethal_only=True)) or
                    # ("... and tore down its posters": things pulled down by no one told,
                    # vandalism, whatever crowd the article tells of)
                    (sub == "Looting/property destruction" and inter_s is None and
                     trig.lemma in ("tear down", "pull down")) or
                    # ("officers had pushed and kicked protesters": blows that hurt no one
                    # told, force short of serious harm)
                    (sub == "Protest with intervention" and trig.mode == "beat" and
                     not (counts["fatalities"] or counts["injured"]) and
                     not MAIMED.search(sent.text)) or
                    (sub in RIOTS and burning_barricade(trig, sent)) or
                    (sub == "Violent demonstration" and _named_rioters(target)) or
                    (sub == "Violent demonstration" and inter_s == Inter.STATE and
                     crowd_on_the_attack(sent)) or
                    # ("a driver accelerated into demonstrators, injuring three": an attack on
                    # the crowd, not its riot)
                    (sub == "Attack" and inter_s == Inter.CIVILIANS and
                     bool(_DROVE.search(sent.text))) or
                    # ("supporters fought with a youth group using sticks and stones": a
                    # mob's fight, whatever the dead)
                    (sub == "Mob violence" and trig.acled_sub == "Armed clash" and
                     inter_s in (Inter.CIVILIANS, Inter.RIOTERS) and _crude_weapons_only(sent)) or
                    # ("young men from two villages attacked each other with machetes": a
                    # brawl, which no one side's attack is)
                    (sub == "Mob violence" and _at_each_other(tok)) or
                    # ("gendarmes cleared residents who had blocked the road": force on a
                    # crowd, whatever else the sentence tells)
                    (sub == "Protest with intervention" and trig.lemma == "clear") or
                    # ("two men attacked a councillor, beating him": assailants, no mob)
                    (sub == "Attack" and _a_few_men(source)) or
                    (sub == "Peaceful protest" and intervention_denied(sent)) or
                    # ("Unknown people sprayed slogans on a church": no crowd, met by no force)
                    (sub == "Looting/property destruction" and trig.mode == "vandalize" and
                     source is not None and _unknown_doers(source)) or
                    # ("arsonists torched the camp's office": doers named by the deed, no crowd)
                    (sub == "Looting/property destruction" and source is not None and any(
                        w in word_classes()["vandal_nouns"]
                        for w in (source.text or "").lower().split())) or
                    # ("The party's office had its windows broken": by no one told, in a
                    # sentence of no crowd)
                    (sub == "Looting/property destruction" and trig.mode == "vandalize" and
                     source is None and not any(_lemma_in(t, CROWD_WORDS) for t in sent)),
                    inter_s=inter_s,
                    harmed=bool(counts["fatalities"] or counts["injured"]) or _did_damage(tok),
                    maimed=bool(counts["fatalities"] or counts["injured"] and any(
                        _lemma_in(t, word_classes()["serious_harm_cues"]) for t in sent) or
                        MAIMED.search(sent.text)),
                    protest_told=ctx.protest_told and not _crowd_on_people_apart(
                        ctx, sub, inter_s, target, sent) and not _protest_told_apart(tok),
                    means_told=any(_lemma_in(t, word_classes()["means_words"]) for t in sent),
                    sexual_told=any(word(t) in SEXUAL_WORDS for t in sent),
                    air_told=any(_lemma_in(t, word_classes()["air_assets"]) or
                                 word(t) in ("air", "airstrike", "airstrikes", "aerial") or
                                 word(t) in word_classes()["attack_drones"]
                                 for t in sent) and not _fired_from_the_ground(tok),
                    on_a_public_figure=(target is not None and (
                        (inter_t == Inter.STATE and
                         (target.normalized or "").startswith(GOVERNMENT_OF)) or
                        _a_figure_of_politics(ctx, target))) or (
                        # (one no actor names: "A Social Democrat volunteer was punched")
                        target is None and any(
                            _in_politics(ctx.doc[o.left_edge.i:o.i + 1]) for o in tok.children
                            if o.dep_ in ("nsubjpass", "dobj"))),
                    # ("detained the mayor of Heredia on suspicion of graft": one figure)
                    a_figure_held=any(o.dep_ in ("dobj", "nsubjpass") and o.tag_ == "NN" and
                                      _lemma_in(o, POLITICAL_FIGURES) for o in tok.children),
                    # (not "came under fire while arresting a wanted man": the raid's aim)
                    by_soldiers=source is not None and
                    (source.normalized or "").startswith(STATE_FORCES_OF[1]) and
                    not (tok.dep_ == "advcl" and tok.tag_ == "VBG"),
                    held_as_political=_held_over_speech(tok) or _held_from_a_protest(tok) or
                    _held_over_a_plot(tok) or _held_over_threats(tok),
                    by_a_named_body=inter_s is None and _a_named_body(ctx, source, tok),
                    left_of_its_own=sub == "Peaceful protest" and dispersed_of_their_own(
                        _own_scene(tok, sent) if trig.plover == "PROTEST" else sent),
                    things_taken=trig.mode == "seize" and _things_taken(tok))
    if typing.sub in RIOTS and sub == "Looting/property destruction" and source is None and \
            inter_s is None and any(c.dep_ == "auxpass" for c in tok.children) and \
            not any(c.dep_ == "agent" for c in tok.children):
        # "the windows of a party office were smashed overnight": a passive with no doer tells
        # no crowd, whatever protests the article tells beside
        typing = replace(typing, sub=sub)
    if typing.sub in ("Excessive force against protesters", "Protest with intervention") and \
            trig.plover == "PROTEST" and _attacked_by_others(tok) and not _force_told(sent):
        # "men with machetes attacked a peaceful march": their Attack is the violence; the
        # march they met stays a peaceful one
        typing = replace(typing, sub="Peaceful protest")
    if typing.sub in ("Excessive force against protesters", "Protest with intervention") and \
            trig.plover == "PROTEST" and _escorted(tok) and not _force_told(sent):
        # "Police officers walked beside the march": the state's men watched, no force met it
        typing = replace(typing, sub="Peaceful protest")
    if typing.sub == "Looting/property destruction" and sub == "Attack" and \
            _people_harmed_in_it(tok):
        # "raided a mining camp, beating workers and stealing gold": people hurt in the raid
        # make it an attack, whatever was taken
        typing = replace(typing, sub=sub)
    if typing.sub in RIOTS and sub == "Looting/property destruction" and \
            _a_break_in(sent) and not _protest_in(sent):
        # "a group of men broke into the council's office and smashed its computers": a
        # break-in, no crowd's demonstration, whatever protests the article tells beside
        typing = replace(typing, sub=sub)
    if typing.sub == "Looting/property destruction" and source is not None and \
            inter_s in (None, Inter.CIVILIANS, *CROWDS) and _told_in_plural(ctx, source) and \
            (_TYRES_BURNED.search(sent.text) or
             any(b in sent.text.lower() for b in FIRE_BARRICADES)):
        # "young men burned tyres, smashed shop windows and looted a warehouse": a crowd's
        # riot, its looting part of it
        typing = replace(typing, sub="Violent demonstration",
                         mode=sub_event_typing()["Violent demonstration"].mode or typing.mode)
    if typing.sub == "Armed clash" and trig.lemma == "clash" and \
            inter_s in (None, Inter.STATE) and target is None and \
            (any(_lemma_in(t, DEMONSTRATE_VERBS | PROTEST_NOUNS | DEMONSTRATORS)
                 for t in sent if t.i != tok.i and t.lemma_.lower() != "strike") or
             (fought and ctx.protest_told and source is not None and
              (source.normalized or "").startswith(STATE_FORCES_OF[0]) and
              any(t.lemma_.lower() == "clash" and t.pos_ == "NOUN" for t in sent) and
              not any(_lemma_in(t, GUNFIRE_WORDS) or word(t) == "exchange" for t in sent))):
        # (not "the air strike followed clashes near the border": a strike from the air)
        # "people marched ..., with police reporting scattered clashes in two towns": clashes
        # no sides are named for, at a protest, are its riot (also "a student was killed
        # during clashes with police", in a story of protests: no armed side fought them)
        typing = replace(typing, sub="Violent demonstration", mode="riot")
    if typing.sub == "Headquarters or base established" and any(
            c.dep_ == "dobj" and _lemma_in(c, CONTROL_POINTS) for c in tok.children):
        typing = replace(typing, sub=None)  # "soldiers set up checkpoints": no base, a control
    if typing.sub in SHOT_OR_DROPPED and _explosives_thrown(sent):
        # "threw crude bombs at a rally, injuring nine": a bomb thrown by hand is a grenade
        typing = replace(typing, sub="Grenade", mode="explosives")
    if typing.sub is None and sub == "Arrests" and held_over_violence(tok) and \
            not _lemma_in(tok, VERDICTS):
        typing = replace(typing, sub=sub)  # "arrested five men over the fighting"
    sub, plover_mode = _territory_by_actor(typing.sub, inter_s, tok), typing.mode
    if sub == "Arrests" and _held_with_the_weapons(tok):
        # "seized six grenades from a car at the crossing and detained its two occupants": the
        # weapons taken out of use, with the people held over them (not arrests first, "arrested
        # two men and seized dynamite", nor those held in a raid)
        sub = "Disrupted weapons use"
    if sub in CONTROL_CHANGES and _order_restored_in_custody(tok):
        sub = None  # "Guards regained control after several hours": no territory changed hands
    if sub == "Non-state actor overtakes territory" and _withdrew_after(tok):
        # "overran an army outpost, killing 15 soldiers, before withdrawing": an assault on
        # the post, no ground held
        sub = "Armed clash" if inter_t in ARMED_GROUPS else "Attack"
    if (sub == "Arrests" and inter_t == Inter.STATE and source is not None and
            inter_s != Inter.STATE and _lemma_in(tok, BATTLE_CAPTURES)) or \
            (sub == "Disrupted weapons use" and trig.mode == "seize" and
             inter_s in ARMED_GROUPS[1:]):
        # "the rebels said they had captured dozens of soldiers and seized weapons": what a
        # side took in the fighting, no arrest nor seizure by the state (ACLED)
        sub = None
    if sub == "Looting/property destruction" and inter_s == Inter.PROTESTERS and \
            inter_t != Inter.STATE and _named_demonstrators(source):
        sub, plover_mode = "Violent demonstration", "riot"  # "protesters ... looted a store"
    if sub == "Mob violence" and inter_t is None and trig.mode not in ("beat", "primitive") and \
            _named_demonstrators(source):
        # "demonstrators set fire to tyres and stormed the yard" (a protester killed there by
        # the force that met them): demonstrators' violence on no people is a demonstration's
        sub = "Violent demonstration"
    if sub == "Looting/property destruction" and \
            inter_s in (Inter.CIVILIANS, Inter.PROTESTERS, Inter.RIOTERS) and \
            not _unknown_doers(source) and \
            (not set((source.text or "").lower().split() if source else ()) & UNNAMED_MEN or
             (_young_men(source) and not _a_few_men(source))) and \
            (_the_states_property(tok) or _beside_a_protest_act(tok) or _aggrieved_doers(tok)):
        # "miners set fire to a police post", "residents blocked a highway and set fire to a
        # bus": a crowd's violence against the state, or in its protest, is a riot
        sub, plover_mode = "Violent demonstration", "riot"
    if sub == "Violent demonstration" and inter_s in CROWDS and \
            not _named_demonstrators(source) and _angered_by_a_death(tok) and \
            not _police_act_beside(sent) and not _AT_THE_FORCES.search(sent.text) and \
            not _met_by_police_next(ctx, sent):
        # "an angry crowd set fire to the police station after a young man died in custody":
        # an unorganised crowd's fury at a death, no demonstration (no force met it)
        sub = "Mob violence"
    if trig.acled_sub == "Looting/property destruction" and sub in RIOTS and \
            inter_s in (None, Inter.RIOTERS) and _told_empty(sent):
        # "the party's office was burned down; no one was inside", "a mob set fire to about
        # 20 empty houses": arson of empty buildings, no one attacked
        sub = "Looting/property destruction"
    if sub == "Remote explosive/landmine/IED" and _petrol_bombed(tok) and _told_empty(sent):
        sub = "Looting/property destruction"  # "The empty house ... was petrol-bombed overnight"
    # (also "unknown attackers threw petrol bombs at the party's offices", read as armed men)
    if sub in RIOTS and (inter_s in (None, Inter.RIOTERS, Inter.CIVILIANS) or (
            source is not None and _unknown_doers(source))) and (any(
            c.dep_ in ("dobj", "nsubjpass") and _lemma_in(c, DEFACING) for c in tok.children) or
            (_unknown_doers(source) and _stoned_property(tok, sent)) or
            # ("... threw petrol bombs at the empty house, burning it down": its result)
            (_unknown_doers(source) and tok.dep_ == "advcl" and tok.tag_ == "VBG" and
             _stoned_property(tok.head, sent)) or
            (source is not None and _unknown_doers(source) and _smashed_property(tok))):
        # "vandals threw red paint over the entrance", "unknown people threw stones at the
        # windows of the party's office": property defaced or damaged, no crowd told
        sub = "Looting/property destruction"
    if sub in TERRITORY_TYPES and (_several_positions(tok) or _a_building_held(tok)):
        # "took control of several heights": ground won in the fight, no town; "regained
        # control of two cell blocks": a building, no territory
        sub = None
    if sub == "Armed clash" and trig.acled_sub == "Attack" and not fought and \
            target is not None and (target.normalized or "").startswith(GOVERNMENT_OF):
        # "gunmen shot dead a municipal official": an official is no armed side (ACLED codes
        # the killing of officials as an attack)
        sub = "Attack"
    if fought and sub == "Attack":
        sub = "Armed clash"  # "shot dead two men during a gunfight": they fought back
    elif sub == "Armed clash" and trig.acled_sub == "Attack" and inter_s in ARMED_GROUPS and \
            inter_t == Inter.CIVILIANS:
        sub = "Attack"  # "fighters attacked farmers in their fields": the unarmed fight no one
    elif sub in ("Attack", "Looting/property destruction") and \
            inter_s == Inter.CIVILIANS and source is not None and (
                _told_as_a_crowd(hit.token, on_people=sub == "Attack") or
                _crudely_armed_people(hit.token) or (
                    sub == "Attack" and inter_t == Inter.STATE and
                    _named_in_plural(ctx, source) and not _unknown_doers(source))):
        # "a crowd of residents set fire to a house": an unorganised crowd's violence (also
        # "villagers attacked a police station": civilians are never an attack's side, ACLED)
        source.normalized = _protesters_name(ctx, "rioter")
        source.inter = inter_s = Inter.RIOTERS
    if sub == "Attack" and inter_s == Inter.RIOTERS:
        sub = "Mob violence"  # a mob's attack is mob violence, not an armed group's (ACLED)
    if sub == "Violent demonstration" and inter_s in (None, Inter.CIVILIANS, Inter.RIOTERS) and \
            _set_on_a_protest(tok):
        # "government supporters attacked the protest camp, beating demonstrators": a crowd
        # that fell on a protest is a mob, not one ("men in balaclavas attacked protesters":
        # assailants told only as men attack them)
        unnamed = source is not None and bool(
            set((source.text or "").lower().split()) & UNNAMED_MEN)
        sub = "Attack" if unnamed else "Mob violence"
        if unnamed and source is not None and source.normalized:
            source.normalized = f"{GENERIC_ARMED} ({ctx.country_name})" if ctx.country_name \
                else GENERIC_ARMED
            source.inter = inter_s = Inter.POLITICAL_MILITIA
    if sub in ("Air/drone strike", "Shelling/artillery/missile attack", "Grenade", "Attack") and \
            _chemical_means(tok):
        sub = "Chemical weapon"  # "a drone dropped canisters of a choking agent"
    if sub == "Remote explosive/landmine/IED" and (_thrown(tok) or _crude_bomb(tok)):
        # "a blast bomb was thrown at a patrol", "crude bombs exploded near the office": an
        # explosive thrown by hand
        sub = "Grenade"
    if sub == "Violent demonstration" and trig.mode == "vandalize" and \
            inter_s in ARMED_GROUPS[1:] and not _protest_in(sent):
        # "men armed with hunting rifles ransacked the health centre": an armed group's
        # looting, no crowd's riot
        sub = "Looting/property destruction"
    if sub in ("Peaceful protest", "Protest with intervention") and _turned_violent(tok):
        sub = "Violent demonstration"  # "a march turned violent when youths looted shops"
    if inter_s == Inter.CIVILIANS and source is not None and source.normalized and (
            (sub == "Attack" and counts["fatalities"]) or sub == "Suicide bomb" or
            (sub == "Looting/property destruction" and _unknown_doers(source))):
        # "herders attacked the village, killing five": those who kill in an attack are armed
        # (and "two women blew themselves up": a suicide bomber is an armed group's; "unknown
        # people daubed paint on a memorial": vandals no one names are ACLED's unidentified group)
        source.normalized = source.normalized.replace(CIVILIANS_NAME, GENERIC_ARMED)
        source.inter = inter_s = Inter.POLITICAL_MILITIA
    if trig.acled_sub == "Armed clash" and sub in ("Violent demonstration", "Armed clash") and \
            inter_s in (Inter.CIVILIANS, Inter.RIOTERS, None) and source is not None and (
                inter_t is None and _rivals(source, ctx) or
                inter_t in (Inter.CIVILIANS, Inter.RIOTERS)) and \
            not any(_lemma_in(t, word_classes()["gunfire_words"]) for t in sent):
        # "clashes between rival student groups", "opposition supporters clashed with ruling
        # party supporters": a mob on a mob (not "rival factions exchanged gunfire": armed)
        sub = "Mob violence"
    if sub == "Violent demonstration" and inter_s not in ARMED_GROUPS and \
            re.search(r"\b(?:each other|one another)\b", sent.text.lower()) and \
            not any(_lemma_in(t, PROTEST_NOUNS | DEMONSTRATE_VERBS | DEMONSTRATORS) and
                    not any(c.dep_ in ("amod", "compound") and
                            word(c) in ("religious", "funeral", "festival", "wedding")
                            for c in t.children) for t in sent):
        # "groups from two communities pelted each other with stones during a religious
        # procession" (or "a festival procession"): two crowds fighting, no demonstration
        sub = "Mob violence"
    if sub == "Violent demonstration" and inter_s not in ARMED_GROUPS and \
            _two_communities_between(tok):
        # "stone-throwing between members of two religious communities during a procession":
        # two crowds fighting each other
        sub = "Mob violence"
    if sub == "Violent demonstration" and inter_s in (Inter.RIOTERS, Inter.CIVILIANS, None) and (
            (trig.plover == "PROTEST" and (_at_a_community(tok) or (
                trig.mode == "riot" and any(
                    c.dep_ == "dobj" and _lemma_in(c, PEOPLE) and
                    actor_kind(c.lemma_.lower()) != "state" for c in tok.children)))) or
            (trig.plover == "ASSAULT" and (inter_t == Inter.CIVILIANS or _at_a_community(tok)))) \
            and \
            not _protest_in(sent):
        # "a group of men threw stones at a mosque", "crowds attacked residents": a mob on
        # people or their community, with no demonstration
        sub = "Mob violence"
    if sub == "Violent demonstration" and trig.mode == "riot" and _one_person(ctx, source) and \
            _someone(ctx, target) and inter_t != Inter.STATE and not _protest_in(sent):
        # "a man threw a smoke canister towards a candidate": one man's attack on someone, no
        # crowd's riot (not "a man threw a bottle at officers", in a story of a protest)
        sub = "Attack"
    if sub == "Violent demonstration" and trig.plover == "PROTEST" and _beat_in_passing(tok) and \
            not _protest_in(sent):
        # "supporters stormed the party's office, beating two staff members": a crowd on
        # people, no demonstration
        sub = "Mob violence"
    if sub == "Violent demonstration" and trig.mode == "riot" and \
            inter_s in (None, *CROWDS, Inter.CIVILIANS) and done_to_death(tok) and \
            not _protest_in(sent):
        sub = "Mob violence"  # "a crowd stoned a suspected thief to death": a lynching
    if trig.acled_sub == "Mob violence" and inter_s not in ARMED_GROUPS and (
            (sub in ("Armed clash", "Attack") and
             not (sub == "Armed clash" and any(word(t) in GUNFIRE_WORDS for t in sent))) or (
                sub == "Violent demonstration" and
                not any(_lemma_in(t, PROTEST_NOUNS | DEMONSTRATE_VERBS | DEMONSTRATORS)
                        for t in sent))):
        # "rival supporters fought with machetes": no armed group, and no demonstration (but
        # "herders and farmers fought with guns, bows and machetes": armed, a clash)
        sub = "Mob violence"
    if sub == "Mob violence" and counts["fatalities"] and _fought_for_ground(tok):
        sub = "Armed clash"  # "two criminal groups fought for control of a road": a turf war
    if sub == "Headquarters or base established" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        sub = None  # "gunmen attacked a camp set up by families": the camp told, not its setting up
    if sub in NATIONAL_ORDERS and tok.tag_ in ("VBZ", "VBP") and any(
            _lemma_in(d, ENACTMENTS) for d in _subjects(tok)):
        sub = None  # "The order bars the party from holding rallies": what the order told says
    if trig.lemma == "seal off" and \
            not any(t.lemma_.lower() in word_classes()["prevent_verbs"] for t in sent):
        # a town sealed off for a manhunt is the operation's; one sealed off, "preventing
        # residents from gathering", a measure on its people
        sub = None
    if trig.lemma in ("enter", "move in") and \
            trig.acled_sub == "Non-violent transfer of territory" and \
            not any(cue in sent.text.lower() for cue in word_classes()["unopposed_cues"]):
        # armed men entering a town took it unopposed only where the text says so; after a
        # fight that killed, they took it by force
        # (not "entered the town and clashed with rebels": a clash, the town not taken)
        fought_after = any(c.dep_ == "prep" and word(c) in ("after", "following", "amid") and
                           any(_lemma_in(t, FIGHT_WORDS) for t in c.subtree)
                           for c in tok.children)
        fought_on = any(c.dep_ == "conj" and _lemma_in(c, FIGHT_WORDS) for c in tok.children)
        forced = inter_s in ARMED_GROUPS and (
            fought_after or (bool(counts["fatalities"]) and not fought_on))
        sub = None if not forced else "Government regains territory" \
            if inter_s == Inter.STATE else "Non-state actor overtakes territory"
        if _moved_in_after_others_left(tok):
            sub = trig.acled_sub  # "entered Kidal after the rebels left": handed over

    if trig.mode == "boycott" and any(
            c.dep_ in ("dobj", "nsubjpass", "pobj") and _lemma_in(c, BOYCOTTED_PROCEEDINGS)
            for c in (*tok.children, *(g for p in tok.children if p.dep_ == "prep"
                                       for g in p.children))):
        sub = None  # "Serbs boycotted the elections": a stance on a vote, no demonstration
    if trig.lemma == "@intent":
        sub = None  # "said it will allow peaceful demonstrations": a pledge, no act yet
    if trig.acled_sub is None and trig.lemma in CAMPAIGN_NOUNS:
        sub = None  # "a crackdown launched under the emergency": a campaign, not one event
    if sub in ("Protest with intervention", "Excessive force against protesters") and \
            inter_t in ARMED_GROUPS[1:]:
        sub = None  # "a crackdown on drug gangs": force on armed men meets no protest
    if trig.plover == "PROTEST" and _a_state_by_its_seat(ctx, tok):
        sub = None  # "Belgrade protested, calling the arrests a provocation": a government's word
    if trig.plover == "PROTEST" and trig.mode == "obstruct" and inter_s in ARMED_GROUPS[1:]:
        sub = None  # "militants who set up barricades": fighters' defences, no protest
    if trig.plover == "PROTEST" and trig.mode == "obstruct" and _set_up_to_protect(tok):
        sub = None  # "residents set up barricades to protect their homes": a defence
    fallen_force = _state_force_among_the_dead(tok) if sub == "Attack" and \
        inter_t in ARMED_GROUPS[1:] and inter_s != Inter.STATE else None
    if fallen_force is not None:
        # "Four suspected gang members and a police officer were killed during a police
        # operation": both sides lost men, so they fought; the state's force is actor 1
        force = _make_actor(fallen_force, "source", ctx)
        if force is not None and force.inter == Inter.STATE:
            sub, source, inter_s = "Armed clash", force, Inter.STATE
    if sub == "Excessive force against protesters" and inter_s in ARMED_GROUPS[1:]:
        sub = "Attack"  # "masked gunmen opened fire on protesters": excessive force is the state's
    if sub == "Excessive force against protesters" and _fired_on_a_violent_crowd(tok):
        sub = "Violent demonstration"  # "fired on crowds who were throwing stones at police"
    if sub == "Looting/property destruction" and trig.mode == "seize" and (
            inter_s == Inter.STATE or (source is None and any(
                _lemma_in(t, SEARCH_VERBS) and t.pos_ == "VERB" for t in sent))) and \
            not (trig.frame or "").endswith("seized_premises") and \
            not ((trig.frame or "").endswith("seized_assets") and _owner_told(tok)):
        # "police confiscated their phones", "homes were searched and phones were seized":
        # a search's seizure, not looting (but "the government took over the school's
        # campus", "seized the flat and car of an exiled activist": a state's seizure of
        # premises or of someone's property, which ACLED codes as such)
        sub = None
    if (trig.frame or "").endswith("seized_premises") and inter_s in (*CROWDS, Inter.CIVILIANS):
        sub = None  # "students took over the university building": an occupation, no seizure
    if sub == "Grenade" and any(word(t) in ("rocket-propelled", "rpg", "rpgs", "rocket")
                                for t in tok.subtree if t.i < tok.i):
        sub = None  # "rocket-propelled grenades were used": a weapon of the fighting told
    if trig.lemma == "start" and not any(_lemma_in(c, DELIBERATE) for c in tok.children
                                         if c.dep_ == "advmod") and \
            not any(c.dep_ == "auxpass" or (c.dep_ == "dobj" and not any(
                s.dep_ == "nsubj" and _lemma_in(s, word_classes()["accident_causes"])
                for s in tok.children)) for c in tok.children):
        # "the fire was started deliberately", "a fire was started at a disused building":
        # someone started it (not "a fire started in the kitchen")
        sub = None
    if sub == "Change to group/activity" and trig.plover == "CONCEDE" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PRON" for c in tok.children):
        sub = None  # "a curfew was imposed ... It was lifted the next morning": its end told
    if sub == "Headquarters or base established" and inter_s in (*CROWDS, Inter.CIVILIANS):
        sub = None  # "protesters set up a camp beside the tracks": a protest camp, no base
    if _judged_for(tok):
        sub = None  # "sentenced a man for setting forest fires": the crime a court judged
    if trig.plover == "ASSAULT" and _judicial(tok, sent):
        sub = None  # "a man convicted of killing a guard was executed": a sentence carried out
    if trig.plover == "ASSAULT" and any(
            word(p) == "into" and any(_lemma_in(o, OPEN_WATERS) for o in p.children)
            for p in tok.children if p.dep_ == "prep") and not counts["fatalities"]:
        sub = None  # "fired two missiles into the sea": a test launch, striking no one
    if trig.plover == "ASSAULT" and _stopped_before_use(tok):
        sub = "Disrupted weapons use"  # "tackled her before she could set off her device"
    if trig.plover == "ASSAULT" and any(
            word(t) == "controlled" and t.head.lemma_.lower() in CONTROLLED_BLASTS for t in sent):
        sub = "Disrupted weapons use"  # "the explosives were detonated in a controlled blast"
    if sub == "Agreement" and (not _settles_a_conflict(sent, inter_s, inter_t) or any(
            c.dep_ in ("dobj", "nsubjpass") and _lemma_in(c, ENACTMENTS) for c in tok.children)
            or (tok.dep_ == "acl" and _lemma_in(tok.head, ENACTMENTS))):
        # "the two ministers agreed to share data": diplomacy, which ACLED leaves out; "the
        # president signed a decree pardoning 400 prisoners", "in a decree signed in Lima": a
        # government's act, no accord
        sub = None
    if sub == ABDUCTION and ((source is not None and (source.normalized or "").startswith(
            "Police Forces")) or ((source is None or source.normalized is None) and
                                  _police_act_beside(sent))):
        # "officers took the activists from their homes"; "Police dragged demonstrators to
        # buses, and one man was carried away": an arrest
        sub, plover_mode = "Arrests", "arrest"
    if sub == ABDUCTION and source is not None and \
            (source.normalized or "").startswith("Military Forces") and \
            target is not None and max((parse_count(w) or 0 for w in target.text.split()[:3]),
                                       default=0) >= CROWD_SIZE:
        # "Troops cordoned off the market and took away about sixty young men": the state's
        # round-up, an arrest of many
        sub, plover_mode = "Arrests", "arrest"
    if sub == "Arrests" and trig.lemma in CAUGHT_BY_HAND and \
            inter_s in (None, Inter.CIVILIANS, *CROWDS) and \
            source is not None and source.normalized is not None and \
            not source.normalized.startswith((*STATE_FORCES_OF, GOVERNMENT_OF)) and \
            _told_in_plural(ctx, source):
        sub = None  # "residents caught a young man ... and beat him to death": no state's arrest
    if sub == ABDUCTION and inter_s not in ARMED_GROUPS[1:] and _confirmed_held(sent):
        # "bundled into a van by unidentified men ... The ministry confirmed she was being held
        # at a detention centre": the state's arrest, by its police
        sub, plover_mode = "Arrests", "arrest"
        if source is not None and ctx.country_name:
            source.normalized = actor_lexicon()["police"]["name"].replace(
                "{country}", ctx.country_name)
            source.inter = inter_s = Inter.STATE
    if sub == "Arrests" and trig.lemma == "round up" and any(
            c.pos_ == "VERB" and c.lemma_.lower() in ASSAULT_HEADS and
            c.lemma_.lower() not in word_classes()["transfer_verbs"] for c in tok.conjuncts):
        # (not "rounded up 160 migrants and took them to a deportation centre": held)
        sub = None  # "they rounded up the men and opened fire": part of the act told with it
    elif sub == "Arrests" and trig.lemma == "round up" and inter_s in ARMED_GROUPS[1:]:
        sub = ABDUCTION  # "militants rounded up six herders": arrests are the state's
    if sub == "Attack" and inter_s == Inter.STATE and trig.plover == "ASSAULT" and \
            _at_a_protest(tok):
        # "security forces shot dead two young men during a march": those killed at a march
        # were its marchers, met with the state's force
        sub = "Excessive force against protesters"
        source, target, inter_s, inter_t = target, source, inter_t, inter_s
        if source is not None and inter_s in (Inter.CIVILIANS, None):
            source.normalized = _protesters_name(ctx)
            source.inter = inter_s = Inter.PROTESTERS
    if sub == "Arrests" and (target is not None and _demonstrators(target) or
                             _at_a_protest(tok) or _arrested_while_protesting(tok)) and \
            not any(p is not None and names_press(p) for p in (source, target)):
        # (not "two journalists covering the strike were detained": the press, not the crowd)
        # "Four protesters were detained", "detained 46 people during a rally": arrests at a
        # protest are its intervention (ACLED), whose actor 1 is the crowd and actor 2 the
        # force that met it.
        sub = "Protest with intervention"  # PLOVER still codes an arrest
        source, target, inter_s, inter_t = target, source, inter_t, inter_s
        if source is not None and inter_s in (Inter.CIVILIANS, None):
            source.normalized = _protesters_name(ctx)  # the people arrested were the crowd
            source.inter = inter_s = Inter.PROTESTERS
    stopped = _stopped_from_protesting(tok)
    if sub is not None and stopped is not None and inter_s == Inter.STATE:
        # "police blocked 300 supporters from marching into the square": the crowd set out
        # and the state's force met it
        sub, target, inter_t = "Protest with intervention", source, inter_s
        source = _make_actor(stopped, "source", ctx)
        if source is not None:
            source.normalized, source.inter = _protesters_name(ctx), Inter.PROTESTERS
        inter_s = Inter.PROTESTERS
    if sub == "Peaceful protest" and trig.plover == "PROTEST" and inter_s == Inter.STATE and \
            source is not None and _cleared_by_the_state(tok):
        # "police cleared protesters from the bridge after a blockade of almost a week", "police
        # dismantled the blockade": the protest met by the state's force
        sub, target, inter_t = "Protest with intervention", source, inter_s
        target.role = "target"
        source, inter_s = None, Inter.PROTESTERS  # (the crowd, named by ACLED's default)
    clearer = _who_cleared_them(tok) or _who_cleared_it_after(tok)
    if sub == "Peaceful protest" and trig.plover == "PROTEST" and clearer is not None and \
            (force := _make_actor(clearer, "target", ctx)) is not None and \
            force.inter == Inter.STATE:
        # "police cleared farmers who had blocked the border crossing": the protest the
        # state's force met
        sub, target, inter_t = "Protest with intervention", force, Inter.STATE
    if trig.lemma == "occupy" and trig.mode == "obstruct" and inter_s in ARMED_GROUPS:
        # "soldiers occupied and emptied a church-run clinic": premises seized by force
        sub = "Looting/property destruction"
    if sub == "Peaceful protest" and trig.mode == "obstruct" and (
            inter_s == Inter.STATE or _set_up_by_forces(tok)):
        # "authorities blocked access to social media": a restriction, no protest (nor
        # "soldiers set up a roadblock": a checkpoint)
        sub = None
    if sub in RIOTS and inter_s == Inter.STATE and source is not None and target is None:
        # "a student was killed during clashes with police": the force met the riot
        sub, target, inter_t = "Violent demonstration", source, inter_s
        target.role = "target"
        source, inter_s = None, Inter.RIOTERS  # (the crowd, named by ACLED's default)
    if sub == "Looting/property destruction" and trig.plover == "PROTEST" and \
            _many_pressing_a_demand(tok):
        # "A group of savers smashed the windows of a bank, demanding their money": a crowd's
        # destruction to press a demand is a riot (ACLED)
        sub = "Violent demonstration"
    if sub == "Attack" and trig.plover == "ASSAULT" and tok.lemma_.lower() in ("fire", "shoot") \
            and not counts.get("fatalities") and not counts.get("injured") and \
            _shots_at_a_building(tok):
        # "Shots were fired at the doors of a synagogue overnight": property hit, no one
        # (ACLED)
        sub = "Looting/property destruction"
    if sub == "Violent demonstration" and _property_hit_by_no_crowd(tok):
        # "Unidentified men ransacked a party office", "a man threw a petrol bomb at the
        # office", "an office was stoned overnight": property attacked, no crowd (ACLED)
        sub = "Looting/property destruction"
    if sub in RIOTS and source is not None and source.role == "source" and (
            inter_s == Inter.CIVILIANS or source.normalized is None):
        source.normalized = _protesters_name(ctx, "rioter")  # "young men hurled stones"
        source.inter = inter_s = Inter.RIOTERS
    if sub in ("Excessive force against protesters", "Protest with intervention") and \
            "repression" not in contexts:
        contexts.append("repression")
    disorder, event_type, sub = acled_types(sub)
    return _Coding(source, target, inter_s, inter_t, disorder, event_type, sub, plover_mode,
                   contexts, typing.probability,
                   pred.plover_dist.get(trig.plover, 0.0) if pred else None)


CROWD_NOUNS = frozenset(word_classes()["crowd_nouns"])
PROPERTY_NOUNS = word_classes()["property_nouns"]


def _set_up_by_forces(tok: Token) -> bool:
    """Whether a noun of obstruction ('a roadblock') is set up or manned by a state's or an
    armed group's men ('soldiers set up a roadblock'), by its verb's subject."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    # (not "indigenous authorities set up a blockade": no force of the state's)
    return any(c.dep_ in SUBJECT_DEPS and (entry := actor_lexicon().get(c.lemma_.lower()))
               is not None and (entry["kind"] == "armed" or entry["name"].startswith(
                   ("Police Forces", "Military Forces"))) for c in verb.children)


def _many_pressing_a_demand(tok: Token) -> bool:
    """Whether the act's doers are many people, none a state's or armed men ('a group of
    savers', 'depositors'), and a clause of it presses a demand ('demanding their money')."""
    def many(subject: Token) -> bool:
        people = next((o for c in subject.children if c.dep_ == "prep" and word(c) == "of"
                       for o in c.children if o.dep_ == "pobj"), subject) \
            if _lemma_in(subject, word_classes()["group_nouns"]) else subject
        return people.tag_ in ("NNS", "NNPS") and \
            actor_kind(people.lemma_.lower()) not in ("state", "armed")
    # (not "..., smashing furniture": another act of the same doers)
    demanding = any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and
                    any((e.plover == "REQUEST" or e.mode == "demo") and "V" in e.pos
                        for e in triggers().get(c.lemma_.lower(), ()))
                    for c in tok.children)
    subjects = [s for s in _subjects(tok) if s.dep_ != "nsubjpass"]
    return demanding and bool(subjects) and all(many(s) for s in subjects)


def _shots_at_a_building(tok: Token) -> bool:
    """Whether shots were fired at a building or its parts ('at the front doors of a
    synagogue'), none of them a force's post, told as empty of people in its sentence or the
    next ('The building was empty')."""
    sent = tok.sent
    after = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
    if not any(_NOBODY_THERE.search(s.text) for s in (sent, after) if s is not None):
        return False
    hit = [o for c in tok.children if c.dep_ == "prep" and word(c) in ("at", "into")
           for o in c.children if o.dep_ == "pobj"]
    hit += [o for h in hit for c in h.children if c.dep_ == "prep" and word(c) == "of"
            for o in c.children if o.dep_ == "pobj"]
    # (not a home or a vehicle, where people were: an attack on them)
    buildings = (PROPERTY_NOUNS | word_classes()["worship_places"]) - \
        word_classes()["dwellings"] - word_classes()["vehicle_nouns"]
    return any(_lemma_in(h, buildings) for h in hit) and not any(
        _lemma_in(h, word_classes()["person"]) or
        any(actor_kind(m.lemma_.lower()) in ("state", "armed") for m in h.children
            if m.dep_ in ("compound", "poss", "amod"))
        for h in hit)


_NOBODY_THERE = re.compile(r"(?i)\b(?:was|were)\s+empty\b|\b(?:nobody|no\s+one)\s+was\s+"
                           r"(?:inside|hurt|injured|in\s+the\s+building)\b|\bunoccupied\b")


def _property_hit_by_no_crowd(tok: Token) -> bool:
    """Whether the act hit property ('threw a bomb at the entrance of the office') and was done
    by no crowd: one person, men no one names, or no one told ('the office was stoned'), in a
    sentence that tells no protest."""
    # (also the object of a verb it is joined to: "ransacked and set fire to an office")
    hit = [o for v in (tok, *tok.conjuncts) for c in v.children
           if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and word(c) in
                                                  ("at", "on", "to"))
           for o in (c, *c.children) if o.dep_ in ("dobj", "nsubjpass", "pobj")]
    hit += [o for h in hit for c in h.children if c.dep_ == "prep" and word(c) == "of"
            for o in c.children if o.dep_ == "pobj"]
    if not any(_lemma_in(h, PROPERTY_NOUNS) for h in hit):
        return False
    subjects = [s for s in _subjects(tok) if s.dep_ != "nsubjpass"]
    passive = any(c.dep_ == "nsubjpass" for c in tok.children) and \
        not any(c.dep_ == "agent" for c in tok.children)
    # (not "a group of depositors smashed ...": many, by the 'of' phrase)
    lone = bool(subjects) and all(
        s.tag_ == "NN" and _lemma_in(s, word_classes()["person"]) and
        not _lemma_in(s, CROWD_NOUNS | word_classes()["group_nouns"]) and
        not any(c.dep_ == "prep" and word(c) == "of" for c in s.children) or
        any(word(m) in word_classes()["anonymous_modifiers"] for m in s.children)
        for s in subjects)
    crowd_words = word_classes()["protest_nouns"] | word_classes()["demonstrators"] | \
        word_classes()["rioter_nouns"] | CROWD_NOUNS
    return (lone or (passive and not subjects)) and \
        not any(_lemma_in(t, crowd_words) for t in tok.sent)


SEARCH_VERBS = frozenset(word_classes()["search_verbs"])
OPEN_WATERS = frozenset(word_classes()["open_waters"])
JUDICIAL_WORDS = frozenset(word_classes()["judicial_words"])


def _fired_on_a_violent_crowd(tok: Token) -> bool:
    """'security forces fired on crowds who had put up barricades and were throwing stones at
    police', 'opened fire on crowds looting shops': the crowd met with force was itself
    violent (ACLED: a violent demonstration)."""
    throws = word_classes()["throw_verbs"] | word_classes()["rampage_verbs"]
    for prep in tok.children:
        if prep.dep_ != "prep" or word(prep) not in ("on", "at", "into"):
            continue
        for crowd in prep.children:
            if any(t.pos_ == "VERB" and t.lemma_.lower() in throws and t.i != tok.i
                   for c in crowd.children if c.dep_ in ("relcl", "acl") for t in c.subtree):
                return True
    return False


def _set_up_to_protect(tok: Token) -> bool:
    """Whether the barricade was raised to protect something ('set up their own barricades to
    protect their homes'), a defence rather than a demand."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok
    return any(c.dep_ in ("advcl", "xcomp") and _lemma_in(c, word_classes()["protect_verbs"]) and
               any(a.dep_ == "aux" and word(a) == "to" for a in c.children)
               for c in verb.children)


def _judicial(tok: Token, sent: Span) -> bool:
    """'was executed ... after being convicted': the state's killing is a court's sentence."""
    return tok.lemma_.lower() in ("execute", "hang") and any(
        _lemma_in(t, JUDICIAL_WORDS) for t in sent if t.i != tok.i)


def _judged_for(tok: Token) -> bool:
    """'a court sentenced a man to nine years for setting fires', 'convicted a man who killed
    ...': an act told as what someone was sentenced, convicted or charged for."""
    verdicts = word_classes()["verdict_verbs"]
    for a in (tok, *tok.ancestors):
        if a.dep_ == "prep" and word(a) in ("for", "over", "of") and a.head.pos_ == "VERB" and \
                a.head.lemma_.lower() in verdicts:
            return True  # (also "acquitted two men over a shooting in 2016")
        if a.dep_ == "prep" and word(a) == "of" and a.head.dep_ in ("dobj", "nsubjpass") and \
                a.head.head.lemma_.lower() in verdicts:
            return True  # "acquitted two men of murder": the charge
        if a.dep_ == "prep" and word(a) == "during" and a.head.pos_ == "VERB" and \
                a.head.lemma_.lower() in verdicts:
            return True  # "convicted three men of violence during a riot": when they did it
        if a.dep_ == "prep" and word(a) == "with" and a.head.lemma_.lower() in ("charge", "accuse"):
            return True  # "four men charged with arson over the riots": the charge
        if a.dep_ == "relcl" and a.head.dep_ in ("dobj", "nsubjpass") and \
                a.head.head.lemma_.lower() in verdicts:
            return True  # "sentenced a man who had set fire to ...": what the man did
        if a.dep_ == "advcl" and a.head.lemma_.lower() in verdicts and any(
                c.dep_ == "nsubj" and word(c) in ("which", "who") for c in a.children):
            return True  # the same relative clause, hung by the parse on the verdict
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in word_classes()["speech"] and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in word_classes()["court_speakers"]
                for c in a.head.children) and any(
                c.dep_ == "aux" and word(c) == "had" for c in a.children):
            return True  # "the judge said the man had thrown a bottle": the crime tried
    return False


def _told_as_a_crowd(tok: Token, on_people: bool = False) -> bool:
    """'a crowd of residents', 'a throng of youths': who acted is named as a crowd (and, in an
    attack on people, 'a group of about ten men')."""
    return any(_lemma_in(s, CROWD_NOUNS) or (
        on_people and s.lemma_.lower() == "group" and any(
            p.dep_ == "pobj" and _lemma_in(p, PEOPLE) for c in s.children
            if c.dep_ == "prep" and word(c) == "of" for p in c.children))
        for s in _subjects(tok))


def _crudely_armed_people(tok: Token) -> bool:
    """'young men armed with sticks', 'residents armed with machetes and stones': people, of
    no party or group named (nor told only as men), carrying only crude weapons (a mob)."""
    crude = word_classes()["crude_weapons"]

    def crude_weapon(w: Token) -> bool:
        return w.lemma_.lower() in crude or " ".join(
            (*(word(c) for c in w.children if c.dep_ == "compound"), w.lemma_.lower())) in crude

    for s in _subjects(tok):
        if not _lemma_in(s, PEOPLE) or any(
                c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("ORG", "NORP")
                for c in s.children):
            continue
        if word(s) in UNNAMED_MEN and not any(c.dep_ == "amod" and word(c) in ("young", "teenage")
                                              for c in s.children):
            continue  # ("men armed with sticks attacked two officers": men no one names)
        weapons = [w for a in s.children if a.dep_ == "acl" and word(a) == "armed"
                   for p in a.children if p.dep_ == "prep" and word(p) == "with"
                   for o in p.children if o.dep_ == "pobj" for w in (o, *o.conjuncts)]
        if weapons and all(crude_weapon(w) for w in weapons):
            return True
    return False


def _upper_bound(ev: Event, count: int | None) -> bool:
    """Whether the mention gives its count only as an upper bound ('as many as 21', 'up to')."""
    return count is not None and any(parse_count(m.group(1)) == count
                                     for e in ev.evidence for m in UPPER_BOUND.finditer(e.text))



def _stopped_before_use(tok: Token) -> bool:
    """'was tackled before she could set off her device', 'shot him before he could detonate
    the bomb': force that kept a weapon from use."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and word(m) == "before"
                                     for m in c.children) and \
                any(a.dep_ == "aux" and word(a) in ("could", "can") for a in c.children):
            parts = {word(p) for p in c.children if p.dep_ == "prt"}
            if c.lemma_.lower() in USE_VERBS or (c.lemma_.lower(), "off") == ("set", *parts) or \
                    (c.lemma_.lower() == "blow" and "up" in parts):
                return True
    return False


def _stopped_from_protesting(tok: Token) -> Token | None:
    """The crowd a protest trigger says was stopped from it ('blocked supporters from
    marching'), if any."""
    if tok.dep_ != "pcomp" or word(tok.head) != "from" or \
            tok.head.head.lemma_.lower() not in word_classes()["prevent_verbs"]:
        return None
    return next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)


def _police_act_beside(sent: Span) -> bool:
    """Whether the police are the subject of a verb in the sentence (one of acting, not of
    saying: "..., police said")."""
    speech = word_classes()["speech"]
    return any(t.dep_ == "nsubj" and t.head.pos_ == "VERB" and
               t.head.lemma_.lower() not in speech and
               actor_lexicon().get(t.lemma_.lower(), {}).get("name", "").startswith("Police")
               for t in sent)


def _met_by_police_next(ctx: ExtractionContext, sent: Span) -> bool:
    """'... set fire to a gendarmerie post. Gendarmes fired tear gas and arrested eight': the
    next sentence of the paragraph tells the police acting (on the crowd, a riot met)."""
    if sent.end >= len(ctx.doc):
        return False
    after = ctx.doc[sent.end].sent
    if not same_paragraph(ctx.text, sent.start_char, after.start_char) or any(
            t.locates for t in within(ctx.toponyms, after.start_char, after.end_char)):
        return False  # (not "The same day, police fired tear gas in the capital": elsewhere)
    # (not "Officers fled the building": no force met the crowd)
    return any(t.dep_ == "nsubj" and t.head.pos_ == "VERB" and
               actor_lexicon().get(t.lemma_.lower(), {}).get("name", "").startswith("Police")
               and any(e.plover in ("COERCE", "ASSAULT")
                       for e in triggers().get(t.head.lemma_.lower(), ()))
               for t in after)


def _young_men(source: Actor | None) -> bool:
    """'young men': a crowd of youths, told as men."""
    words = (source.text or "").lower().split() if source is not None else []
    return len(words) >= 2 and words[-1] in UNNAMED_MEN and words[-2] == "young"


def _deaths_of_a_named_attack(verb: Token) -> bool:
    """'condemned Monday's attack on a church in Kaduna, which killed four worshippers': the
    killing told of an act the sentence names an attack (the relative clause may hang on any
    noun of the attack's phrase)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WDT"
                                       for c in verb.children):
        return False

    def an_attack(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and any(t.acled_sub == "Attack" and "N" in t.pos
                                           for t in triggers().get(noun.lemma_.lower(), ()))

    for noun in [verb.head, *list(verb.head.ancestors)[:4]]:
        if noun.pos_ in ("VERB", "AUX"):
            # ("condemned the attack on a church on Monday, which killed four": the day's
            # clause, its object the attack)
            return verb.head.ent_type_ == "DATE" and any(
                o.dep_ == "dobj" and an_attack(o) for o in noun.children)
        if an_attack(noun):
            return True
    return False


def _a_few_men(source: Actor | None) -> bool:
    """'two men', 'three young men': a handful of people told only as men, too few for a
    crowd."""
    words = (source.text or "").lower().split() if source is not None else []
    if not words or words[-1] not in UNNAMED_MEN:
        return False
    count = parse_count(words[0])
    return count is not None and 1 < count <= 4


def _one_person(ctx: ExtractionContext, actor: Actor | None) -> bool:
    """'a man', 'a woman', 'a 42-year-old resident': one person, told in the singular."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand") \
        if actor is not None else None
    return span is not None and span.root.tag_ == "NN" and \
        _lemma_in(span.root, word_classes()["person"]) and \
        not _lemma_in(span.root, CROWD_WORDS) and \
        any(word(d) in ("a", "an", "one") for d in span.root.children)


def _someone(ctx: ExtractionContext, actor: Actor | None) -> bool:
    """'a candidate', 'villagers', 'the mayor': people or a political figure, not a thing."""
    if actor is None:
        return False
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return actor.normalized is not None or span is not None and (
        _lemma_in(span.root, word_classes()["person"] | POLITICAL_FIGURES))


def _crude_weapons_only(sent: Span) -> bool:
    """'sticks, stones and slingshots': a sentence telling crude weapons, and no gunfire."""
    return any(_lemma_in(t, word_classes()["crude_weapons"]) for t in sent) and \
        not any(word(t) in GUNFIRE_WORDS for t in sent)


def _beat_in_passing(tok: Token) -> bool:
    """'stormed the office, beating two staff members': people beaten in the act's course."""
    return any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and
               any(t.mode == "beat" for t in triggers().get(c.lemma_.lower(), ()))
               for c in tok.children)


def _acts_over_a_span(tok: Token) -> bool:
    """'Clashes between rival supporters during the campaign left two dead': acts in the
    plural over a whole span (a campaign, the unrest), no one incident."""
    return tok.tag_ == "NNS" and any(
        p.dep_ == "prep" and word(p) in ("during", "throughout") and
        any(o.dep_ == "pobj" and _lemma_in(o, word_classes()["conflict_span_nouns"])
            for o in p.children) for p in tok.children)


def _unknown_doers(source: Actor | None) -> bool:
    """'unknown people', 'unidentified men', 'vandals', or no one named: doers a crowd is not
    told as."""
    doers = word_classes()["anonymous_modifiers"] | word_classes()["vandal_nouns"]
    return source is None or any(w in doers for w in (source.text or "").lower().split())


def _smashed_property(tok: Token) -> bool:
    """'vandals smashed windows', 'unknown men smashed the windows of the office': property
    the act was done to (its object)."""
    return any(c.dep_ == "dobj" and _lemma_in(c, STRUCK_PROPERTY) for c in tok.children)


def _petrol_bombed(tok: Token) -> bool:
    """'petrol-bombed', 'fire-bombed': a bombing by a thrown incendiary, not a planted device."""
    doc = tok.doc
    return tok.lemma_.lower() == "bomb" and tok.i >= 2 and doc[tok.i - 1].text == "-" and \
        word(doc[tok.i - 2]) in ("petrol", "fire", "gasoline")


def _stoned_property(tok: Token, sent: Span) -> bool:
    """'unknown people threw stones at the windows of the ruling party's office': stones at a
    building, by no crowd or protest the sentence tells."""
    aimed = [o for p in tok.children if p.dep_ == "prep" and word(p) == "at"
             for o in p.children if o.dep_ == "pobj"]
    # (not "police vehicles": the state's, whose attackers riot; but "an empty government
    # office": a building no one was in)
    empty = _told_empty(sent)
    return bool(aimed) and all(_lemma_in(o, STRUCK_PROPERTY) and (empty or not any(
        actor_kind(c.lemma_.lower()) == "state" for c in o.children)) for o in aimed) and \
        not any(_lemma_in(t, PROTEST_NOUNS | DEMONSTRATE_VERBS | DEMONSTRATORS) or
                _lemma_in(t, CROWD_NOUNS | RIOTER_NOUNS) for t in sent)


def _cleared_by_the_state(tok: Token) -> bool:
    """'police dismantled the blockade', 'cleared protesters ... after a blockade': the protest
    noun is what a clearing verb removed, or the span that verb ended."""
    gov = tok.head if tok.dep_ in ("dobj", "nsubjpass") else \
        tok.head.head if tok.dep_ == "pobj" and word(tok.head) in ("after", "of") else None
    if gov is not None and gov.lemma_.lower() == "move" and \
            not any(word(c) in ("on", "off", "away", "out") for c in gov.children):
        return False  # "the rally had been moved there": held elsewhere, not cleared
    return gov is not None and gov.pos_ == "VERB" and _lemma_in(gov, CLEARING_VERBS)


def _who_cleared_them(tok: Token) -> Token | None:
    """The subject of the clearing verb whose object the protest's relative clause tells of
    ('police cleared farmers who had blocked the road': police), else None."""
    # (also "police moved residents who had blocked the road": moved off it)
    if tok.dep_ != "relcl" or tok.head.dep_ != "dobj" or \
            not (_lemma_in(tok.head.head, CLEARING_VERBS) or tok.head.head.lemma_ == "move"):
        return None
    return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)


def _who_cleared_it_after(tok: Token) -> Token | None:
    """The subject of a clearing verb joined to the protest's own ('residents blocked the main
    avenue ..., and police cleared the road within an hour': police), else None."""
    verb = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                 _lemma_in(c, CLEARING_VERBS) and
                 any(o.dep_ == "dobj" for o in c.children)), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        if verb is not None else None


def _set_on_a_protest(tok: Token) -> bool:
    """'attacked the protest camp', '..., beating demonstrators': the act's object, or that of
    a participle told with it, is a protest or its people."""
    classes = word_classes()
    verbs = [tok, *(c for c in tok.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB")]
    return any(o.dep_ in ("dobj", "pobj") and (
        _lemma_in(o, classes["demonstrators"]) or
        any(c.dep_ == "compound" and _lemma_in(c, classes["protest_nouns"]) for c in o.children))
        for v in verbs for o in [*v.children, *(g for p in v.children if p.dep_ == "prep"
                                                for g in p.children)])


def _the_states_property(tok: Token) -> bool:
    """'set fire to a police post', 'torched a government vehicle': the object (or what was set
    on fire) belongs to the state by its modifier."""
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS] + [
        o for p in tok.children if p.dep_ == "prep" and word(p) in ("to", "on")
        for o in p.children if o.dep_ == "pobj"]
    if tok.lemma_.lower() == "set":
        # "set fire to X": what was set on fire
        objects += [o for c in tok.children if c.dep_ == "dobj" for p in c.children
                    if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(actor_kind(m.lemma_.lower()) == "state" for o in objects
               for x in (o, *o.conjuncts) for m in x.children
               if m.dep_ in ("compound", "amod", "nmod"))


def _beside_a_protest_act(tok: Token) -> bool:
    """'residents blocked a highway and set fire to a bus': one subject's protest act told by
    a verb conjoined with this one."""
    verbs = [tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else []
    verbs += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(e.plover == "PROTEST" and e.acled_sub in ("Peaceful protest",
                                                          "Violent demonstration")
               for v in verbs for e in triggers().get(v.lemma_.lower(), ()))


def _aggrieved_doers(tok: Token) -> bool:
    """'fishermen angered by the fishing ban set fire to ...', 'drivers angry at a court
    order': people told acting in anger at a grievance named."""
    return any(c.dep_ in ("acl", "amod") and word(c) in word_classes()["anger_words"] and any(
                   p.dep_ in ("prep", "agent") and word(p) in ("by", "at", "over", "about")
                   for p in c.children)
               for s in _subjects(tok) for c in s.children)


def _angered_by_a_death(tok: Token) -> bool:
    """Whether the act is told 'after' someone died or was killed ('..., after a man died in
    police custody')."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and word(m) == "after"
                                         for m in c.children) and
               _lemma_in(c, DYING_VERBS)
               for c in _clause_head(tok).children)


def _named_demonstrators(people: Actor | None) -> bool:
    """'protesters', 'demonstrators': people the text calls demonstrators outright (not 'the
    crowd')."""
    words = people.text.lower().split() if people is not None and people.text else []
    return bool(words) and (words[-1] in DEMONSTRATORS or words[-1][:-1] in DEMONSTRATORS)


def _named_rioters(people: Actor | None) -> bool:
    """'opened fire on rioters', '... on a mob': a crowd the text calls violent outright."""
    words = people.text.lower().split() if people is not None and people.text else []
    return bool(words) and words[-1] in RIOTER_NOUNS


THINGS_ATTACKED = frozenset(word_classes()["facility"]) | frozenset(word_classes()["dwellings"]) | \
    frozenset(word_classes()["territory"])


def _state_force_among_the_dead(tok: Token) -> Token | None:
    """The policeman or soldier listed with the other dead of a killing ('four gang members
    and a police officer were killed'), else None."""
    victims = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return next((v for c in victims for v in (c, *c.conjuncts)
                 if actor_kind(v.lemma_.lower()) == "state"), None)


def _did_damage(tok: Token) -> bool:
    """'a device blew up at the entrance, shattering windows', 'the blast damaged homes': the
    act went off, whoever it hurt."""
    damage = word_classes()["damage_verbs"]
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in damage
               for c in tok.children) or \
        (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in damage)


def _force_told_apart(tok: Token, sent: Span, lethal_only: bool = False) -> bool:
    """Whether the sentence's force (or only its killing) lies in a clause of another act the
    protest came after or before ('Protests erupted on Monday after police shot dead two men',
    'fired tear gas on Sunday, two weeks after a protester was killed')."""
    scene = _own_scene(tok, sent)

    def force(span: Span) -> bool:
        return (not lethal_only and _intervened(span)) or \
            any(word(t) in LETHAL_WORDS for t in span)
    return scene is not sent and force(sent) and not force(scene)


def _own_scene(tok: Token, sent: Span) -> Span:
    """The sentence without a clause of another act the trigger's clause came after or before
    ('Protests erupted on Monday after police shot dead two men': not the protest's force)."""
    clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "dobj") else tok
    for c in clause.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and word(m) in ("after", "before", "since")
                                     for m in c.children) and \
                any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children):
            if c.left_edge.i > clause.i:
                return sent.doc[sent.start:c.left_edge.i]
            if c.right_edge.i < clause.i:
                return sent.doc[c.right_edge.i + 1:sent.end]
    # ("stood in front of the town hall ... after arson attacks on town halls": the violence
    # the crowd came out after, told by its noun)
    after = next((c for c in clause.children if c.dep_ == "prep" and c.i > clause.i and
                  word(c) in ("after", "following") and any(
                      o.dep_ == "pobj" and any(e.plover == "ASSAULT"
                                               for e in triggers().get(o.lemma_.lower(), ()))
                      for o in c.children)), None)
    if after is not None:
        return sent.doc[sent.start:after.i]
    # ("marched ... to demand the release of their husbands, who had been detained the
    # previous week": what had been done to those they marched for, the sentence's last words)
    done_before = next((t for t in sent if t.dep_ == "relcl" and t.i > clause.i and
                        t.right_edge.i >= sent.end - 2 and _standing_state(t)), None)
    if done_before is not None:
        return sent.doc[sent.start:done_before.left_edge.i]
    return sent


CONTROL_POINTS = frozenset(("checkpoint", "roadblock", "cordon"))  # set up on roads, no base
SEQUEL_VERBS = frozenset(("follow", "come", "erupt", "break"))  # "the protest followed X"


def _protest_told_apart(tok: Token) -> bool:
    """'Two days after police shot a student, hundreds marched': the act's clause, told a span
    of time from the protest, names none of it."""
    if tok.dep_ in ("dobj", "pobj", "advcl") and not _lemma_in(tok, FIGHT_WORDS) and (
            tok.head.lemma_.lower() in SEQUEL_VERBS or
            (tok.dep_ == "advcl" and any(word(c) == "after" for c in tok.children
                                         if c.dep_ == "mark"))) and \
            (any(_lemma_in(s, PROTEST_NOUNS | DEMONSTRATORS) for s in tok.head.children
                 if s.dep_ == "nsubj") or
             (tok.dep_ == "advcl" and _lemma_in(tok.head, DEMONSTRATE_VERBS))):
        # "The protest followed the killing of two men by police", "protests erupted after
        # police shot a man": what the protest came after, not force met at it
        return True
    apart = [c for c in tok.children if c.dep_ == "advcl" and time_apart(c)]
    if not apart and not (tok.dep_ == "advcl" and time_apart(tok)):
        return False
    other = {x.i for c in apart for x in c.subtree}
    return not any(_lemma_in(t, PROTEST_NOUNS | DEMONSTRATE_VERBS | DEMONSTRATORS)
                   for t in own_subtree(tok) if t.i not in other)


def _crowd_on_people_apart(ctx: ExtractionContext, sub: str | None, inter_s: int | None,
                           target: Actor | None, sent: Span) -> bool:
    """'a group of men with sticks attacked asylum seekers sleeping in tents', in a sentence
    that tells no protest: people falling on other people (not on a barracks' gate), whatever
    protests the article tells."""
    if sub != "Attack" or inter_s not in (Inter.CIVILIANS, Inter.RIOTERS) or target is None or \
            target.inter == Inter.STATE:
        return False
    span = ctx.doc.char_span(target.start, target.end, alignment_mode="expand")
    people = target.inter == Inter.CIVILIANS or (span is not None and span.root.tag_ == "NNS" and
                                                 span.root.pos_ == "NOUN" and
                                                 not _lemma_in(span.root, THINGS_ATTACKED))
    return people and \
        not _protest_in(sent)


def _a_break_in(sent: Span) -> bool:
    """'broke into the council's office': a building entered by force."""
    return any(t.lemma_.lower() == "break" and t.pos_ == "VERB" and
               any(word(c) == "into" for c in t.children) for t in sent)


def _a_named_body(ctx: ExtractionContext, actor: Actor | None, verb: Token) -> bool:
    """'Volunteers for the Defence of the Homeland killed seven herders': the verb's doers
    told by an organisation's proper name, which the lexicon does not know (not one person's
    name, nor a body that only speaks of the act)."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand") \
        if actor is not None else None
    if span is None or span.root.tag_ not in ("NNS", "NNPS", "NNP") or \
            span.root.ent_type_ == "PERSON" or not span.root.text[:1].isupper() or \
            verb.pos_ != "VERB" or span.root.head.i != verb.i or span.root.dep_ != "nsubj":
        return False
    phrase = ctx.doc[span.root.left_edge.i:span.root.right_edge.i + 1]
    return sum(t.text[:1].isupper() for t in phrase if t.is_alpha) >= 3 and \
        any(word(t) in ("of", "for") for t in phrase)


def _protest_in(sent: Span) -> bool:
    """'protesters', 'a march', 'demonstrated': the sentence tells a protest or its crowd."""
    return any(_lemma_in(t, PROTEST_NOUNS | DEMONSTRATE_VERBS | DEMONSTRATORS) for t in sent)


def _a_figure_of_politics(ctx: ExtractionContext, actor: Actor) -> bool:
    """'A parliamentary candidate', 'an opposition activist', 'a local politician': someone
    in politics, whom an attack makes political violence, not crime."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and _in_politics(span)


def _in_politics(span: Span) -> bool:
    """Whether the words name someone in politics (also "a Tisza volunteer", "a Social Democrat
    volunteer": a member told by the body's name)."""
    return _lemma_in(span.root, POLITICAL_FIGURES) or (
        _lemma_in(span.root, PEOPLE) and
        any(word(t) in POLITICAL_MODIFIERS or
            (t.ent_type_ in ("ORG", "NORP") and t.dep_ == "compound")
            for t in span if t.i < span.root.i))


POLITICAL_FIGURES = frozenset(word_classes()["political_figures"])
POLITICAL_MODIFIERS = frozenset(word_classes()["political_modifiers"])


def _on_outsiders(ctx: ExtractionContext, sent: Span) -> bool:
    """'shops owned by migrants', 'Haitian street vendors' (in the Dominican Republic),
    'foreign traders': the sentence tells of people from elsewhere."""
    outsiders = word_classes()["refugee"] | {"foreigner"}
    return any(_lemma_in(t, outsiders) or word(t) == "foreign" or (
        t.ent_type_ == "NORP" and (country := demonyms().get(word(t))) is not None and
        country != ctx.country_iso2) for t in sent)


def _told_as_many(ctx: ExtractionContext, actor: Actor) -> bool:
    """'young men', 'a group of about 40 hooded men': an actor told as many people."""
    if _told_in_plural(ctx, actor):
        return True
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in ("group", "band", "gang", "mob") \
        and any(p.dep_ == "prep" and word(p) == "of" and
                any(o.tag_ in ("NNS", "NNPS") for o in p.children) for p in span.root.children)


def _told_in_plural(ctx: ExtractionContext, actor: Actor) -> bool:
    """'young men', 'youths', 'residents': an actor told as many people."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def _named_in_plural(ctx: ExtractionContext, actor: Actor) -> bool:
    """'Villagers', 'residents': an actor named as many people (a crowd), not one person, nor
    men told only as unknown ('men in plain clothes beat two journalists': assailants)."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.tag_ not in ("NNS", "NNPS"):
        return False
    # ("The men dragged the migrants from a stall": the group told before, told again)
    told_again = any(word(d) in ("the", "these", "those") for d in span.root.children)
    return told_again or (word(span.root) not in UNNAMED_MEN and
                          word(span.root) not in PERPETRATORS)


def _settles_a_conflict(sent: Span, inter_s: int | None, inter_t: int | None) -> bool:
    """Whether an agreement is between conflict actors or ends hostilities (ACLED's
    Agreement: ceasefires, peace and prisoner deals), not a diplomatic accord."""
    if any(i in (*ARMED_GROUPS[1:], *CROWDS) for i in (inter_s, inter_t)):
        return True
    before = previous_sentence(sent)
    if _NEXT_IN_THE_STORY.match(sent.text) and before is not None and \
            any(t.lemma_.lower() in FIGHTING_WORDS for t in before):
        return True  # "Gunmen and troops clashed ... The next day, elders signed an agreement"
    return any(t.lemma_.lower() in SETTLEMENT_WORDS or word(t) in SETTLEMENT_WORDS for t in sent)


# "The next day, ...", "Two days later, ...": a sentence that goes on from the act told before
_NEXT_IN_THE_STORY = re.compile(r"(?i)\s*(?:the\s+(?:next|following)\s+day|(?:a|one|two|three)\s+"
                                r"days?\s+later|hours\s+later)\b")
FIGHTING_WORDS = frozenset(word_classes()["fight_words"]) | {"exchange", "attack", "kill"}


CONTROLLED_BLASTS = frozenset(word_classes()["controlled_blasts"])  # a disposal, no attack
SETTLEMENT_WORDS = frozenset(word_classes()["conflict_settlement_words"])
CAMPAIGN_NOUNS = frozenset(word_classes()["campaign_nouns"])
ABDUCTION = "Abduction/forced disappearance"


SHOT_OR_DROPPED = ("Shelling/artillery/missile attack", "Air/drone strike",
                   "Remote explosive/landmine/IED")
THROW_VERBS = frozenset(word_classes()["throw_verbs"])
THROWN_EXPLOSIVES = frozenset(word_classes()["thrown_explosives"])


def _explosives_thrown(sent: Span) -> bool:
    """Whether the sentence tells explosives thrown ('threw a grenade', 'hurled crude bombs',
    the participle read as the bombs' adjective)."""
    return any(t.lemma_.lower() in THROW_VERBS and
               any(_lemma_in(x, THROWN_EXPLOSIVES) for x in (t.head, *t.children))
               for t in sent)


def _demonstrators(people: Actor) -> bool:
    """Whether the people are named as a protest's crowd ('protesters', 'marchers'), not as
    activists or members a raid could take."""
    words = people.text.lower().split()
    return bool(words) and words[-1].removesuffix("s") in DEMONSTRATORS


def _at_a_protest(tok: Token) -> bool:
    """'detained 46 people during a rally', '... who took part in a protest': the arrest was
    made at a protest (not 'for organising' one)."""
    # (not "arrested two men the following day over an assault ... during the protest": a
    # reason told before the protest, and a later day)
    reason_at = min((c.i for c in tok.children
                     if (c.dep_ == "prep" and word(c) in ("over", "for")) or
                     (c.dep_ in ("advcl", "xcomp") and _lemma_in(c, ACCUSATIONS))), default=None)
    later = any(c.dep_ == "npadvmod" and any(word(d) in ("following", "next") for d in c.children)
                for c in tok.children)
    for t in own_subtree(tok):
        if later or (reason_at is not None and t.i > reason_at):
            break
        if t.lemma_.lower() in PROTEST_NOUNS and t.dep_ == "pobj" and word(t.head) in AT_AN_EVENT:
            path = list(t.head.ancestors)
            path = path[:path.index(tok)] if tok in path else path
            # not '... over remarks he made at a rally': the arrest's reason names the rally
            # (nor "detained 18 people on Monday who had taken part in the protests": a part
            # taken before the arrest, told in the past perfect)
            # (nor "arrested the leader after he criticised the government at a rally": what
            # he had said there)
            if not any(a.dep_ == "prep" and word(a) not in AT_AN_EVENT for a in path) and \
                    not any(a.pos_ == "VERB" and any(c.dep_ == "aux" and word(c) == "had"
                                                     for c in a.children) for a in path) and \
                    not any(told_as_a_reason(a) for a in path) and \
                    not any(a.lemma_.lower() in PLANNING_VERBS for a in path):
                # (nor "detained seven people they said were planning to provoke violence at
                # the rally": what those held meant to do there)
                return True
    return False


def _arrested_while_protesting(tok: Token) -> bool:
    """'arrested 31 activists who paddled into the channel, blocking it', 'detained six people
    after a group gathered outside the party office': the arrests met a protest, told by the
    act of those arrested or by a clause of the same time (not 'days after a rally')."""
    # ("removed 30 activists who had sat down across the road and detained twelve of them":
    # those the first verb's object names)
    # (also "a man holding a placard was stopped ... and arrested", "cut the chains of
    # activists who had fastened themselves to the gates and detained them")
    shared = [x for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")
              for x in (c, *(o for p in c.children if p.dep_ == "prep" and word(p) == "of"
                             for o in p.children if o.dep_ == "pobj"))] \
        if tok.dep_ == "conj" else []
    if tok.dep_ == "conj" and tok.head.dep_ == "relcl" and \
            not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        shared.append(tok.head.head)  # the same, the arrest misread as the relative clause's
    for clause in [*tok.children, *shared]:
        if clause.dep_ == "advcl" and time_apart(clause):
            continue  # "arrested six activists on Sunday, two days after thousands rallied"
        if clause.dep_ == "advcl" and any(word(c) in ("after", "while", "as", "when")
                                          and c.dep_ in ("mark", "advmod")
                                          for c in clause.children):
            candidates = [clause]
        elif clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(
                c.dep_ in ("mark", "advmod", *SUBJECT_DEPS) for c in clause.children):
            candidates = [clause]  # "arrested six activists ..., blocking traffic"
        elif clause.dep_ in ("dobj", "nsubjpass") or (clause.dep_ == "pobj" and
                                                       clause in shared):
            candidates = [c for c in clause.children if c.dep_ in ("relcl", "acl")]
        elif clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" and word(c) == "who"
                                            for c in clause.children):
            candidates = [clause]  # the relative clause misread as the arrest's complement
        elif clause.dep_ == "prep":
            # "detained three activists on Wednesday who had marched": the relative
            # clause the parse hung on the day
            candidates = [c for o in clause.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"
                          for c in o.children if c.dep_ == "relcl" and
                          any(w.dep_ == "nsubj" and word(w) == "who" for w in c.children)]
        else:
            continue
        for verb in candidates:
            if clause.dep_ == "advcl" and _lemma_in(verb, CROWD_CLEARING) and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in DEMONSTRATORS
                    for o in verb.children):
                return True  # "detained 27 people as they cleared protesters from a road"
            if any(c.dep_ in SUBJECT_DEPS and actor_kind(c.lemma_.lower()) == "state"
                   for c in verb.children):
                continue  # "a day after officers banned a rally": the state's act, not theirs
            # "who had been slow-marching": the act may be the complement of "been"
            # (not "after he called on workers to take to the streets": a call, no act)
            called = _lemma_in(verb, word_classes()["request_verbs"])
            acts = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp",
                                                                   "acomp")
                            and not (called and any(a.dep_ == "aux" and word(a) == "to"
                                                    for a in c.children)))]
            # ("she stood in the main square holding a flag", the parse hanging the participle
            # on the square)
            acts += [x for p in verb.children if p.dep_ == "prep" for o in p.children
                     if o.dep_ == "pobj" for x in o.children
                     if x.dep_ == "acl" and x.tag_ == "VBG"]
            # (not "a march calling for a cause": a demand, no call to gather)
            if any(c.dep_ == "aux" and word(c) == "had" for c in verb.children) and \
                    any(_lemma_in(x, ORGANISING_VERBS) and not any(
                        p.dep_ == "prep" and word(p) == "for" for p in x.children)
                        for a in acts
                        for x in (a, *(c for c in a.children if c.dep_ == "xcomp"))):
                continue  # "activists who had helped organise a gathering": held for it later
            if any(a.lemma_.lower() == "join" and any(
                    o.dep_ == "dobj" and _lemma_in(o, word_classes()["work_stoppages"])
                    for o in a.children) for a in acts):
                continue  # "teachers who had joined a strike": held for downing tools, no crowd
            if any(_protest_verb(a) or (_done_to_demand(a) and not called) or
                   _act_of_protest(a) or
                   with_a_protest_prop(a) for a in acts) \
                    or any(c.dep_ == "nsubj" and c.lemma_.lower() in DEMONSTRATORS
                           for c in verb.children):  # "after demonstrators sat down in the road"
                return True
    return False


CROWD_CLEARING = CLEARING_VERBS | frozenset(word_classes()["crowd_control_verbs"])


def _what_angered_them(tok: Token) -> bool:
    """'drivers angry at a court order banning their vehicles': the act told as what people
    were angry at, or a clause right on it (not an act the parse hung deeper below it)."""
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and \
            any(c.dep_ == "dobj" for c in tok.children):
        return False  # "traders angered by the ban set fire to ...": the verb misread as on it
    noun = tok.head if tok.dep_ in ("acl", "relcl") else tok
    return noun.dep_ == "pobj" and word(noun.head) in ("at", "over", "about", "by") and \
        word(noun.head.head) in word_classes()["anger_words"]


def _the_violence_held_over(noun: Token) -> bool:
    """'arrested five men in connection with the killing', 'detained two over the attack': the
    act the arrest answers, told before by its definite noun."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and word(c) == "the"
                                      for c in noun.children):
        return False
    reason = False
    for a in noun.ancestors:
        if a.pos_ == "VERB":
            return reason and any(e.mode == "arrest" for e in triggers().get(a.lemma_.lower(), ()))
        reason = reason or (a.dep_ == "prep" and word(a) in ("over", "for", "with", "after"))
    return False


def _stoppage_joined_by_the_held(noun: Token) -> bool:
    """'detained four teachers after they joined a strike', 'arrested doctors who had joined
    the stoppage': a work stoppage the arrested joined, told as the cause of their arrest."""
    join = noun.head
    if noun.dep_ != "dobj" or join.lemma_.lower() != "join" or \
            not _lemma_in(noun, word_classes()["work_stoppages"]):
        return False
    held = join.head.head if join.dep_ == "relcl" else join.head if join.dep_ == "advcl" \
        else None
    return held is not None and held.i != join.i and \
        any(e.mode == "arrest" for e in triggers().get(held.lemma_.lower(), ()))


_KILL_HEADLINE = re.compile(r"(?i)\b(?:kill|kills|killed)\b")


def _killed_by_the_headline(ctx: ExtractionContext, sent: Span) -> bool:
    """Whether the article's headline tells a killing at a place this sentence names."""
    title = ctx.article.title or ""
    return bool(_KILL_HEADLINE.search(title)) and any(
        t.text in title for t in within(ctx.toponyms, sent.start_char, sent.end_char)
        if t.locates and t.entry is not None and t.resolved.feature in ("city", "admin2"))


def _fired_back(verb: Token) -> bool:
    """'came under fire ... and shot back, killing four of them': fire returned, a fight."""
    return verb.lemma_.lower() in ("shoot", "fire") and \
        any(word(c) == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)


PROTEST_ACTS = frozenset(word_classes()["protest_acts"])
PLANNING_VERBS = frozenset(word_classes()["planning_verbs"])
PROTEST_ORGANISERS = frozenset(word_classes()["protest_organisers"])
BUSINESSES = frozenset(word_classes()["businesses"])
ORGANISING_VERBS = frozenset(word_classes()["organising_verbs"])
ROUTES = frozenset(word_classes()["route"])
DISPLAY_VERBS = frozenset(word_classes()["display_verbs"])
TRIBUTES = frozenset(word_classes()["tributes"])
DELIBERATE = frozenset(word_classes()["deliberate_adverbs"])
TRIBUTE_VERBS = frozenset(word_classes()["tribute_verbs"])
DEFIED_ORDERS = frozenset(word_classes()["defied_orders"])
NEGATIVE_IMPLICATIVE = frozenset(word_classes()["negative_implicative"])


ABUSE_NOUNS = frozenset(word_classes()["abuse_nouns"])


def _act_of_protest(act: Token, depth: int = 0) -> bool:
    """'chanted for the release of prisoners', 'stood holding a placard', 'tried to hold a
    march', 'refused to leave': what those arrested did was a protest, though no protest verb
    names it."""
    lemma = act.lemma_.lower()
    if lemma in PROTEST_ACTS:
        # (not "shouted threats and insults at pupils": abuse, no protest)
        return not any(c.dep_ == "dobj" and _lemma_in(c, ABUSE_NOUNS) for c in act.children)
    if lemma == "sit" and any(p.dep_ == "pobj" and _lemma_in(p, ROUTES)
                              for c in act.children if c.dep_ == "prep" for p in c.subtree):
        return True  # "sat down across the lanes of the ring road": a sit-in blockade
    objects = [c.lemma_.lower() for c in act.children if c.dep_ in ("dobj", "attr")]
    # ("a sit-in", the parse's three tokens: the hyphened word)
    objects += [act.doc[k.i:c.i + 1].text.lower() for c in act.children
                if c.dep_ in ("dobj", "attr") for k in c.children
                if k.dep_ == "compound" and k.i + 2 == c.i and act.doc[k.i + 1].text == "-"]
    # (not "who had announced a rally", "planned a march", "after they called a strike": a
    # protest to come; nor "who had been covering a strike": those who report on it)
    told_ahead = lemma in PLANNING_VERBS or lemma in word_classes()["announce"] or \
        lemma in word_classes()["witnessing_verbs"] or lemma == "call" or \
        word(act).removesuffix("ed") in word_classes()["witnessing_verbs"]  # ("livestreamed")
    # ("detained eight as they tried to lay flowers at a memorial": those held paid a tribute
    # together)
    displayed = lemma in DISPLAY_VERBS and any(
        is_protest_prop(c) for c in act.children if c.dep_ in ("dobj", "attr"))
    if displayed or any((o in PROTEST_NOUNS and not told_ahead) or
                        (o in TRIBUTES and lemma in TRIBUTE_VERBS and _done_by_several(act))
                        for o in objects):
        return True
    complements = [c for c in act.children if c.dep_ in ("xcomp", "advcl", "conj")]
    if lemma in NEGATIVE_IMPLICATIVE and any(c.lemma_.lower() in DEFIED_ORDERS
                                            for c in complements):
        return True  # defying an order to clear the place they held
    return depth < 1 and any(_act_of_protest(c, depth + 1) for c in complements)


def _done_by_several(act: Token) -> bool:
    """'as they tried to lay flowers', 'eight people who laid wreaths': more than one did it."""
    verb = act.head if act.dep_ == "xcomp" else act
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        doers = [verb.head]  # "a pensioner who laid flowers"
    return any(d.tag_ in ("NNS", "NNPS") or word(d) in ("they", "we") for d in doers)


def _done_to_demand(act: Token) -> bool:
    """'sat down across the carriageway to demand an end to subsidies': an act done to press a
    demand is a protest, whatever its verb."""
    return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and
               any(a.dep_ == "aux" and word(a) == "to" for a in c.children) and
               any(e.plover in ("REQUEST", "PROTEST") and "V" in e.pos
                   for e in triggers().get(c.lemma_.lower(), ()))
               for c in act.children)


# Frames that make a verb a protest only when met ("gathered to demand", "took to the streets",
# "set up tents, demanding"): unmet, the verb is an ordinary one
PROTEST_DEFINING_FRAMES = ("rally:", "camp:", "streets:")


def _protest_verb(tok: Token) -> bool:
    """A verb of protest ('marched', 'chanted'), also when tagged a noun ('slow-marching')."""
    if tok.pos_ == "VERB":
        forms = [tok.lemma_.lower()]
    elif tok.tag_ == "NN" and word(tok).endswith("ing"):
        forms = [word(tok)[:-3], word(tok)[:-3] + "e"]
    else:
        return False
    # (as its entry frames it: not "gathered for a meeting", which has no protest's aim, nor
    # "addressed a meeting", no crowd; but "blocked the gate" blocks whatever it blocks)
    # (nor "after he sprayed slogans on a wall": damage its entry does not frame, no protest)
    return any(e.plover == "PROTEST" and "V" in e.pos and
               e.mode != "vandalize" and
               (tok.pos_ != "VERB" or not (e.frame or "").startswith(PROTEST_DEFINING_FRAMES) and
                not ((e.frame or "").startswith("obj:") and e.mode == "demo") or
                frame_ok(e, tok)) for f in forms
               for e in triggers().get(f, ()))


TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory")
CONTROL_CHANGES = frozenset(CONTROL_CHANGE_TYPES)  # taken by force or handed over
BOYCOTTED_PROCEEDINGS = frozenset(word_classes()["boycotted_proceedings"])


def _several_positions(tok: Token) -> bool:
    """'took control of several heights', 'captured enemy positions': positions in the field
    (a plural, unnamed), not a place that changed hands."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [o for c in [tok, *objects] for p in c.children if p.dep_ == "prep" and
                word(p) == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NNS" and _lemma_in(o, TERRAIN_FEATURES) and
               not any(c.pos_ == "PROPN" for c in o.subtree) for o in objects)


TERRAIN_FEATURES = frozenset(word_classes()["terrain_features"])
BUILDING_PARTS = frozenset(word_classes()["building_parts"])


def _a_building_held(tok: Token) -> bool:
    """Whether what was taken or retaken is a building or a part of one."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [o for c in [tok, *objects] for p in c.children if p.dep_ == "prep" and
                word(p) == "of" for o in p.children if o.dep_ == "pobj"]
    if not any(o.dep_ == "pobj" for o in objects) and tok.dep_ == "conj" and \
            tok.head.pos_ == "VERB":
        # "entered the prison and regained control": control of what they had entered
        objects += [c for c in tok.head.children if c.dep_ == "dobj"]
    return any(_lemma_in(o, BUILDING_PARTS) for o in objects)


def _withdrew_after(tok: Token) -> bool:
    """'..., before withdrawing with weapons', 'and then withdrew': the attackers left the
    place they took, with no subject of their own told."""
    return any(c.pos_ == "VERB" and _lemma_in(c, FLIGHT_VERBS) and
               not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) and
               (c.dep_ == "conj" and c.head.i == tok.i or
                (c.dep_ == "pcomp" and word(c.head) == "before") or
                (c.dep_ == "advcl" and any(word(d) in ("before", "then") for d in c.children)))
               for c in own_subtree(tok))


FLIGHT_VERBS = frozenset(word_classes()["flight_verbs"]) - {"run", "slip", "scatter"}


def _order_restored_in_custody(tok: Token) -> bool:
    """'Guards regained control after several hours', 'regained control of the prison': order
    restored in a place of custody, not ground taken."""
    of = [o for c in tok.subtree if c.dep_ == "prep" and word(c) == "of"
          for o in c.children if o.dep_ == "pobj"]
    # (also "the riot lasted 12 hours before special forces regained control": order after
    # an uprising, with no ground named)
    # (not "border guards took up the positions": a frontier's force)
    return any(_lemma_in(s, CUSTODIANS) and
               not any(word(c) in ("border", "frontier", "coast") for c in s.children)
               for s in _subjects(tok)) or \
        any(_lemma_in(o, CUSTODY_PLACES) for o in of) or \
        (not of and any(word(t) in UPRISINGS for t in tok.sent))


UPRISINGS = frozenset(("riot", "riots", "uprising", "mutiny", "revolt", "unrest"))


CUSTODIANS = frozenset(word_classes()["custodians"])
EXPRESSION_NOUNS = frozenset(word_classes()["expression_nouns"])
OPERATION_NOUNS = frozenset(word_classes()["operation_nouns"])
BATTLE_CAPTURES = frozenset(word_classes()["battle_capture_verbs"])
CUSTODY_PLACES = frozenset(word_classes()["custody_places"])


def _held_with_the_weapons(tok: Token) -> bool:
    """'intercepted a pickup carrying 20 rifles ... and arrested its three occupants': an
    arrest told after, and joined to, a finding or seizing of weapons (in no raid or search)."""
    # (the parse may hang the arrest on a participle of the weapons: "found 12 pistols ...
    # hidden in the fuel tank of a truck and arrested its driver")
    seizure = next((a for a in list(tok.ancestors)[:8] if a.pos_ == "VERB" and
                    _lemma_in(a, word_classes()["weapon_seizure_verbs"])), tok.head)
    if any(r.dep_ == "relcl" and r.lemma_.lower() in word_classes()["carrying_verbs"] and
           any(_lemma_in(t, WEAPONS) for t in r.subtree) for r in tok.subtree) and \
            not any(_lemma_in(t, OPERATION_NOUNS | SEARCH_VERBS) for t in tok.sent):
        return True  # "detained two men ... who were carrying hunting rifles and cartridges"
    return tok.dep_ == "conj" and seizure.i < tok.i and seizure.pos_ == "VERB" and \
        _lemma_in(seizure, word_classes()["weapon_seizure_verbs"]) and \
        any(_lemma_in(t, WEAPONS) for c in _things_found(seizure) for t in c.subtree) and \
        not any(_lemma_in(t, OPERATION_NOUNS | SEARCH_VERBS) for t in tok.sent)


def _owner_told(seizure: Token) -> bool:
    """'seized the flat and car of an exiled activist', 'confiscated the journalist's house':
    whose property was taken is told (not a search's 'seized a car')."""
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") or
               (c.dep_ == "prep" and word(c) == "of" and
                any(p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") for p in c.children))
               for o in seizure.children if o.dep_ in ("dobj", "nsubjpass")
               for c in o.children)


def _things_found(verb: Token) -> list[Token]:
    """What the verb found or seized: its object, or the subject of a clause it takes ('found
    34 pistols hidden inside a shipment', parsed as a clause)."""
    return [c for c in verb.children if c.dep_ == "dobj"] + \
        [s for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
         for s in c.children if s.dep_ == "nsubj"]


def _one_operation(tok: Token) -> bool:
    """'arrested five men in raids in Leipzig and Chemnitz': held in one operation, told by a
    noun for it, across the places it names."""
    # (the parse may hang the phrase on those held: "members of a group in raids in ..."; not
    # "nine in raids in Bishkek, and two more in Osh": a count for each place)
    # (also "Police in Istanbul and Izmir detained 11 journalists in dawn raids": the places
    # the force is told by)
    return any(t.dep_ == "pobj" and word(t.head) in ("in", "during") and
               _lemma_in(t, OPERATION_NOUNS) and
               any(p.dep_ == "pobj" and p.pos_ == "PROPN" and
                   any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in p.children)
                   for p in (*t.subtree, *(x for s in tok.children if s.dep_ == "nsubj"
                                           for x in s.subtree)))
               for t in tok.subtree)


def _done_since(tok: Token) -> bool:
    """'The parliament has since passed laws banning state police': an act done at some time
    after the one told, on no day of its own (also through the law it passed)."""
    verb = _clause_head(tok)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        verb = verb.head.head
    return any(c.dep_ == "advmod" and word(c) == "since" and not any(c.children)
               for c in verb.children) and \
        any(c.dep_ == "aux" and word(c) in ("has", "have") for c in verb.children)


def _force_told(sent: Span) -> bool:
    """Whether the sentence tells arrests or crowd control ('fired tear gas', 'detained')."""
    return any(e.mode in ("arrest", "crowd-control") and e.kind == "event"
               for t in sent for e in triggers().get(t.lemma_.lower(), ()))


def _the_states_own_plea(tok: Token) -> bool:
    """'The security ministry ... said officers had been attacked': an attack on the state's
    own men, with no doer, told by a state body speaking for them (its defence, no act told)."""
    if not (tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) and
            not any(c.dep_ == "agent" for c in tok.children)):
        return False
    victims = [c for c in tok.children if c.dep_ == "nsubjpass"]
    speech = tok.head if tok.dep_ in ("ccomp", "conj") else None
    speakers = [c for c in speech.children if c.dep_ == "nsubj"] if speech is not None and \
        speech.lemma_.lower() in word_classes()["speech"] else []
    if not speakers and speech is not None and speech.dep_ == "conj":
        speakers = [c for c in speech.head.children if c.dep_ == "nsubj"]
    return any(actor_kind(v.lemma_.lower()) == "state" for v in victims) and any(
        actor_kind(s.lemma_.lower()) == "state" or _lemma_in(s, word_classes()["state_sources"])
        for s in speakers)


def _done_in_custody(tok: Token) -> bool:
    """'were beaten in custody', 'tortured in detention': harm told as done to people held."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "prep" and word(c) in ("in", "while") and
        any(o.dep_ == "pobj" and _lemma_in(o, word_classes()["custody_nouns"]) for o in c.children)
        for c in tok.children)


# ("agreed but not signed", "most of the text has been agreed": a deal not yet concluded)
_NOT_SIGNED = re.compile(r"(?i)\b(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?signed|"
                         r"(?:most|much|parts?)\s+of\s+the\s+(?:text|draft))\b")


def _attacked_by_others(noun: Token) -> bool:
    """'men armed with machetes attacked a peaceful march': a protest that people who are no
    state force assaulted."""
    if noun.dep_ not in ("dobj", "pobj"):
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    subjects = _subjects(verb) if verb.pos_ == "VERB" else []
    return _an_assault(verb) and bool(subjects) and \
        all(actor_kind(s.lemma_.lower()) != "state" for s in subjects)


def _people_harmed_in_it(tok: Token) -> bool:
    """Whether a verb told with the act ('..., beating workers') hurts the people it names."""
    harm = word_classes()["bodily_harm_verbs"]
    return any(v.dep_ in ("advcl", "conj") and v.pos_ == "VERB" and _lemma_in(v, harm) and
               any(o.dep_ == "dobj" and o.lemma_.lower() not in PROPERTY_NOUNS
                   for o in v.children)
               for v in tok.children)


def _escorted(noun: Token) -> bool:
    """'police escorted the march', 'officers walked beside the march': a protest the verb
    tells was watched or accompanied."""
    if noun.dep_ not in ("dobj", "pobj"):
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in word_classes()["escorting_verbs"]


def _held_over_speech(tok: Token) -> bool:
    """'arrested a former MP over comments he made on social media', 'detained three men for
    posts calling for riots': held for what they said, or for a riot's acts, a political
    arrest."""
    # (the parse may hang the phrase on those held; not "the number of people arrested for
    # online posts has increased": a count)
    if tok.dep_ in ("acl", "relcl", "amod"):
        return False
    held = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    # (also "arrested over the looting of shops during the unrest": a riot's, no mere crime)
    return any(c.dep_ == "prep" and word(c) in ("over", "for") and
               any(o.dep_ == "pobj" and (_lemma_in(o, EXPRESSION_NOUNS) or
                                         _lemma_in(o, DISORDER_NOUNS)) for o in c.children)
               for h in (tok, *held) for c in h.children)



def _held_over_threats(tok: Token) -> bool:
    """'arrested a man on charges of threatening to kill the governor': held over threats to a
    public figure, a political arrest."""
    if tok.dep_ in ("acl", "relcl", "amod"):
        return False
    return any(c.dep_ == "prep" and word(c) in ("on", "over", "for") and
               any(_lemma_in(t, word_classes()["threat_words"]) for t in c.subtree) and
               any(_lemma_in(t, POLITICAL_FIGURES) for t in c.subtree)
               for c in tok.children)


def _held_over_a_plot(tok: Token) -> bool:
    """'detained a man on suspicion of planning an attack', 'arrested over an alleged coup
    plot', 'held for spying': an offence against the state, no ordinary crime."""
    if tok.dep_ in ("acl", "relcl", "amod"):
        return False
    offences = word_classes()["state_security_offences"]
    planning = word_classes()["planning_verbs"]
    for prep in tok.children:
        if prep.dep_ != "prep" or word(prep) not in ("on", "over", "for"):
            continue
        for t in prep.subtree:
            if t.pos_ == "NOUN" and (_lemma_in(t, offences) or (
                    t.lemma_.lower() == "attack" and t.dep_ == "dobj" and
                    _lemma_in(t.head, planning))):
                return True
    return False


PROTEST_REACH = 3  # sentences back in which the crowd held may be told protesting


def _held_from_a_protest(tok: Token) -> bool:
    """'Police detained about 30 of the workers the next day', after 'Hundreds of workers
    refused to board their buses, saying they had not been paid': the crowd told protesting,
    held, is a political arrest."""
    held = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    crowd = {t.lemma_.lower() for h in held for t in h.subtree
             if t.tag_ == "NNS" and any(word(d) in ("the", "these", "those") for d in t.children)}
    sent: Span | None = tok.sent
    for _ in range(PROTEST_REACH if crowd else 0):
        sent = previous_sentence(sent) if sent is not None else None
        if sent is None:
            return False
        if any(_protest_verb(t) and
               any(w.lemma_.lower() in crowd for s in _subjects(t) for w in s.subtree)
               for t in sent):
            return True
    return False


DWELLERS = frozenset(word_classes()["dwellers"])
SEIZED_THINGS = frozenset(word_classes()["seized_things"])


def _things_taken(verb: Token) -> bool:
    """'seized two trawlers': what was taken are things, no one."""
    objects = [_through_quantity(o) for o in verb.children if o.dep_ == "dobj"]
    return any(_lemma_in(o, SEIZED_THINGS) for o in objects) and not any(
        o.pos_ in ("PRON", "PROPN") or _lemma_in(o, PEOPLE) or
        actor_kind(o.lemma_.lower()) is not None for o in objects)


def _territory_by_actor(sub: str | None, inter_s: int | None, tok: Token) -> str | None:
    """Taking territory by force is the government's regaining it when state forces act, or
    fighters beside them, a non-state actor's overtaking it when rebels or militias do alone
    (ACLED: government forces or their affiliates)."""
    if sub in ("Government regains territory", "Non-state actor overtakes territory"):
        if inter_s == Inter.STATE:
            return "Government regains territory"
        if inter_s in ARMED_GROUPS[1:]:
            return "Government regains territory" if _backed_by_the_state(tok) \
                else "Non-state actor overtakes territory"
    return sub


def _backed_by_the_state(verb: Token) -> bool:
    """'militiamen backed by army units drove the rebels out', 'fighters alongside troops
    retook the town': a side acting with the state's forces."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for link in subject.children:
            if link.dep_ == "acl" and link.lemma_.lower() in PROXY_WORDS:
                helpers = [p for c in link.children
                           if c.dep_ == "agent" or (c.dep_ == "prep" and word(c) == "by")
                           for p in c.children if p.dep_ == "pobj"]
            elif link.dep_ == "prep" and word(link) == "alongside":
                helpers = [p for p in link.children if p.dep_ == "pobj"]
            else:
                continue
            if any(actor_kind(t.lemma_.lower()) == "state" for h in helpers
                   for t in (h, *h.children) if t is h or t.dep_ in ("compound", "conj")):
                return True
    return False


def _build_events(ctx: ExtractionContext, sent: Span, hit: _Hit, draft: _Draft) -> list[Event]:
    """One event per place (else the article's country), with its notes and confidence."""
    source, target = draft.coding.source, draft.coding.target
    out: list[Event] = []
    places = _where(ctx, draft, sent, hit.token)
    if draft.coding.sub in NATIONAL_ORDERS or (
            draft.coding.sub in ("Arrests", "Disrupted weapons use") and len(places) > 1 and
            (_one_operation(hit.token) or _one_operation(hit.token.head))):
        # "imposed a curfew in Fort-de-France and the neighbouring commune of Le Lamentin": one
        # measure, coded once, at the first place it names (so are arrests "in raids in
        # Leipzig and Chemnitz", and the weapons "seizing" in them)
        places = places[:1]
    for idx, place in enumerate(places):
        ev = _event(ctx, sent, hit, draft, idx)
        ev.set_place(place)
        if place is None and ctx.country_place is not None:
            ev.set_place(ctx.country_place)
        if ev.sub_event_type == "Government regains territory" and \
                _a_foreign_armys_gain(ev, source, target, hit.token):
            ev.sub_event_type = "Non-state actor overtakes territory"
        ev.notes = _notes(ev, hit, source, target)
        score = _confidence(ev, hit, source, target, place, draft.dating.date_text)
        if draft.narrated:
            score = max(0.05, score - 0.07)  # the place comes from context
        ev.confidence = _final_confidence(ctx, ev, score, draft.coding)
        if place is not None and place.feature == "continent":
            # "farmers across Europe have protested": no one country's event
            ev.confidence = min(ev.confidence, BACKGROUND_CONFIDENCE)
        if _a_backdrop(hit.token):
            # "gathered in Amsterdam ..., as Israel began bombing the Gaza Strip": a campaign
            # told as the backdrop of the act reported, no incident of its own
            ev.confidence = min(ev.confidence, BACKGROUND_CONFIDENCE)
        out.append(ev)
    _part_told_at_its_place(ctx, sent, out)
    return out


_INCLUDING = re.compile(r"(?i)\bincluding\s+(?:at\s+least\s+)?([\w-]+)\b[^;.]*")


def _part_told_at_its_place(ctx: ExtractionContext, sent: Span, events: list[Event]) -> None:
    """'killed 27 people across Gaza, including 12 in a school in Deir al-Balah': of one toll
    copied to two places, the part told at one is its own, the rest the other's."""
    tolls = {e.fatalities for e in events}
    if len(events) != 2 or len(tolls) != 1 or not (whole := tolls.pop()):
        return
    for m in _INCLUDING.finditer(sent.text):
        part = parse_count(m.group(1))
        if part is None or not 0 < part < whole:
            continue
        start = sent.start_char + m.start()
        named = {t.resolved.geonameid for t in within(ctx.toponyms, start,
                                                      sent.start_char + m.end())
                 if t.entry is not None and t.locates}
        own = [e for e in events if e.geonameid in named]
        if len(own) == 1:
            rest = next(e for e in events if e is not own[0])
            own[0].fatalities, rest.fatalities = part, whole - part
            return


def _a_foreign_armys_gain(ev: Event, source: Actor | None, target: Actor | None,
                         tok: Token) -> bool:
    """'Russian troops captured the village' in Ukraine: a foreign state's forces taking
    ground from the country's own (or from no side named) overtake it, as ACLED codes them;
    retaking a town from rebels, or beside the host's army, stays the government's regaining."""
    if source is None or source.normalized is None or ev.country is None or \
            (target is not None and target.inter in ARMED_GROUPS[1:]):
        return False
    rebels = [int(entry["inter"]) for c in tok.children if c.dep_ == "prep" and word(c) == "from"
              for o in c.children if o.dep_ == "pobj"
              if (entry := actor_lexicon().get(o.lemma_.lower())) is not None]
    if any(inter in ARMED_GROUPS[1:] for inter in rebels):
        return False  # "recaptured the town from insurgents"
    nation = next((source.normalized.removeprefix(force) for force in STATE_FORCES_OF
                   if source.normalized.startswith(force)), None)
    return nation is not None and fold(nation.split(" (")[0]) != fold(ev.country)


def _a_backdrop(tok: Token) -> bool:
    """'..., as Israel began bombing Gaza', 'while troops kept shelling the town': an act begun
    or kept up, told in a clause of the time of another act."""
    aspect = tok.head if tok.dep_ == "xcomp" else None
    # (another actor's: not "handed over their post as they began withdrawing", the act's own
    # actor going on)
    return aspect is not None and aspect.lemma_.lower() in BACKDROP_ASPECTS and \
        aspect.dep_ == "advcl" and \
        any(c.dep_ == "mark" and word(c) in ("as", "while") for c in aspect.children) and \
        any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in aspect.children)


BACKDROP_ASPECTS = frozenset(word_classes()["backdrop_aspects"])


def _where(ctx: ExtractionContext, draft: _Draft, sent: Span, tok: Token
           ) -> list[Place | None]:
    """The event's places: the text's, else the institution's seat, the headline's town or the
    article's country; a more precise one of these where the text names only a country or a
    region that contains it."""
    if (not draft.places or draft.narrated) and ctx.country_name and ctx.seat_of and \
            _in_the_capital(tok):
        capital = ctx.seat_of(ctx.country_name)
        if capital is not None:
            return [capital]  # "In the capital, thousands marched": the country's capital
    if (not draft.places or draft.narrated) and ctx.country_name and ctx.seat_of and \
            draft.trigger.plover == "PROTEST" and _at_the_legislature(tok):
        capital = ctx.seat_of(ctx.country_name)
        if capital is not None:
            return [capital]  # "rallied outside the Palacio Legislativo": at the capital
    seat = _seat(ctx, draft, sent)
    default = seat or ctx.headline_place or ctx.country_place
    # (nor "The prefect banned all gatherings in the department": the unit of the town told)
    if seat is not None and draft.narrated and not names_the_town(sent) and \
            not names_the_unit(sent):
        # the cabinet's decree is not made where the last attack was told (but "imposed
        # orders banning gatherings in the town": the town told)
        return [seat]
    if seat is not None and any(word(t) in ("nationwide", "countrywide") and
                                t.head.i in (tok.i, *(c.i for c in tok.children))
                                for t in tok.subtree):
        return [seat]  # "the government imposed a nationwide curfew after riots in Manzini"
    places = draft.places
    if not places:
        return [default]
    capital = _regional_capital_told(ctx, places, sent) \
        if draft.coding.sub in NATIONAL_ORDERS else None
    if capital is not None:
        return [capital]  # "an emergency covering Guayas, ... Guayaquil, the provincial capital"
    if seat is not None and draft.coding.plover_mode == "martial-law" and \
            all(p.feature in ("admin1", "admin2") for p in places) and \
            (len(places) > 1 or _MORE_REGIONS.search(sent.text)):
        # "declared a state of emergency in Guayas and El Oro": the regions it covers; the
        # government decreed it at its seat (but one region is where it takes effect)
        return [seat]
    if draft.coding.sub in NATIONAL_ORDERS and ctx.seat_of is not None and \
            len(places) == 1 and places[0].feature == "country" and places[0].country and \
            (capital := ctx.seat_of(places[0].country)) is not None:
        # "France declared a state of emergency in New Caledonia": a measure over the whole
        # land, decreed for it at its capital
        return [capital]
    if default is not None and all(p.feature == "country" and p.iso2 == default.iso2
                                   for p in places):
        if places[0].iso2 in city_states() and places[0].country and ctx.seat_of and \
                (city := ctx.seat_of(places[0].country)) is not None:
            return [city]  # "a rally at Speakers' Corner in Singapore": the city itself
        return [default]  # "..., police in Nigeria said": the headline's town is more precise
    town = ctx.headline_place
    if town is not None and town.feature == "city" and len(places) == 1 and \
            draft.coding.plover_mode != "martial-law" and \
            places[0].feature in ("admin1", "admin2") and places[0].iso2 == town.iso2 and \
            places[0].admin1 == town.admin1 and not _another_commune(places[0], town) and \
            not _headline_names(ctx, places[0], sent) and not _seat_of_its_name(places[0]) and \
            not _district_of_the_town(places[0], town):
        # (not under "Army fights rebels near Kinkala; helicopter fire hits Vindza": the
        # headline names the unit too)
        # ("a state of emergency in the X region" covers the region, not the headline's town)
        return [town]  # "in Sinaloa" under a headline on Culiacán: the town in that region
    spread = {t.resolved.geonameid for t in within(ctx.toponyms, sent.start_char, sent.end_char)
              if t.entry is not None and spread_with_a_part(ctx.text, t)}
    return _most_precise(places, spread)


def _district_of_the_town(unit: Place, town: Place) -> bool:
    """'in Sincan' under a headline on Ankara: a second-level unit seated within the town's
    reach, or with no seat known, told for itself (a district of the town, more precise than
    it, not a land around it)."""
    if unit.feature != "admin2" or (
            town.admin2 and unit.location and fold(town.admin2).startswith(fold(unit.location))):
        return False  # ("in Polk County" under a headline on Des Moines: the unit holds it)
    if unit.latitude is None or unit.longitude is None or town.latitude is None or \
            town.longitude is None:
        return True
    return distance_km(unit.latitude, unit.longitude, town.latitude,
                       town.longitude) <= DISTRICT_REACH_KM


DISTRICT_REACH_KM = 30  # how far from a city's point a district of it may be seated


def _seat_of_its_name(unit: Place) -> bool:
    """'Teachers in Tadjourah held a sit-in': a unit with a town of its name in it, spelt
    apart ('Tadjoura'), which the name may well mean; not to be traded for the headline's town
    (a town spelt as its unit was weighed when the name was read: 'the Kaduna state
    government' is the state's)."""
    name = fold(unit.location or "")
    return bool(name) and any(
        c.feature == "city" and c.iso2 == unit.iso2 and fold(c.admin1 or "") == name and
        fold(c.name) != name for c in gazetteer.load().lookup(unit.location or ""))


HEADLINE_REACH = 2000  # characters a headline block may take at the top of an article


HEADLINE_NAME_REACH = 1000  # characters before a sentence where its place may have been told


def _headline_names(ctx: ExtractionContext, place: Place, sent: Span) -> bool:
    """Whether the headline names the place, in the gazetteer's spelling or the sentence's."""
    # (the headline block is in the first lines: read no further, whatever the article's size)
    head = ctx.text[:HEADLINE_REACH]
    title = fold(ctx.article.title or head[:title_block_end(head)])
    # (also as told just before: "in Banteay Ampil district", the place a toll's sentence
    # borrows, under a headline naming Banteay Ampil)
    names = {place.location or ""} | {t.text for t in within(
        ctx.toponyms, max(0, sent.start_char - HEADLINE_NAME_REACH), sent.end_char)
        if t.entry is not None and t.resolved.geonameid == place.geonameid}
    return any(name and re.search(rf"\b{re.escape(fold(name))}\b", title) for name in names)


def _regional_capital_told(ctx: ExtractionContext, places: list[Place], sent: Span
                           ) -> Place | None:
    """The town the article names as the capital of the one region an order covers ('Troops
    set up checkpoints in May Pen, the parish capital'), or names at all when the gazetteer
    knows it as the region's seat ('an emergency in Karakalpakstan' after unrest in Nukus)."""
    if len(places) != 1 or places[0].feature != "admin1":
        return None
    region = places[0]
    # (not "in Guayas and two other coastal provinces": regions more than the one named)
    one_region = not _MORE_REGIONS.search(sent.text)
    for top in ctx.toponyms:
        if top.entry is not None and top.resolved.feature == "city" and \
                top.resolved.admin1 == region.admin1 and top.locates and \
                (_CAPITAL_APPOSED.match(ctx.text, top.end) or
                 _CAPITAL_NAMED.search(ctx.text[max(0, top.start - 40):top.start]) or
                 (one_region and top.resolved.listed and  # (an unlisted village: the seat's point)
                  (top.resolved.latitude, top.resolved.longitude) == (region.latitude,
                                                                     region.longitude))):
            return to_place(top.resolved)
    return None


_MORE_REGIONS = re.compile(r"\b(?:" + "|".join(word_classes()["plural_region_nouns"]) + r")\b",
                           re.IGNORECASE)
# "the province of Manabi, whose capital is Portoviejo"
_CAPITAL_NAMED = re.compile(r"\b(?:(?:whose|its)\s+(?:provincial\s+|regional\s+|state\s+)?capital"
                            r"(?:\s+is|,)|the\s+(?:provincial|regional|state|departmental|"
                            r"district|county|parish)\s+capital,)\s+$", re.IGNORECASE)


_CAPITAL_APPOSED = re.compile(r",\s+(?:the\s+|its\s+)?(?:provincial|regional|state|departmental|"
                              r"district|county|parish)\s+capital\b", re.IGNORECASE)


def _another_commune(unit: Place, town: Place) -> bool:
    """'near Karimama' under a headline on Banikoara: a second-level unit of the town's region
    named for a town of its own, not the one the headline town lies in."""
    return unit.feature == "admin2" and town.admin2 is not None and \
        unit.admin2 != town.admin2 and fold(unit.location or "") != fold(unit.admin1 or "")


def _confirmed_held(sent: Span) -> bool:
    """Whether the next sentence tells that the one taken is held in the state's custody."""
    after = next_sentence(sent)
    if after is None:
        return False
    text = after.text.lower()
    # (not "had been told he was not being held there": a disappearance)
    return any(t.lemma_.lower() == "hold" and t.tag_ in ("VBN", "VBG") and
               not any(c.dep_ == "neg" for c in t.children) for t in after) and \
        any(place in text for place in word_classes()["custody_places"])


def _a_state_by_its_seat(ctx: ExtractionContext, tok: Token) -> bool:
    """Whether the act's subject is a country or a capital named for its government."""
    for subject in _subjects(tok):
        top = next((t for t in within(ctx.toponyms, subject.idx, subject.idx + len(subject))
                    if t.start == subject.idx and t.entry is not None), None)
        if subject.pos_ != "PROPN" or top is None or len(list(subject.subtree)) != 1:
            continue  # (not "Serbs in Belgrade", nor "a Belgrade crowd")
        if top.resolved.feature == "country":
            return True
        seat = ctx.seat_of(top.resolved.country) if ctx.seat_of else None
        if seat is not None and seat.geonameid == top.resolved.geonameid:
            return True
    return False


OUTSKIRTS = frozenset(word_classes()["outskirts_nouns"])


def _at_the_legislature(tok: Token) -> bool:
    """Whether the act's clause places it at the national legislature ('outside parliament',
    'outside the Palacio Legislativo'), not a regional one nor one named by its place."""
    clause = _clause_head(tok)
    seats = word_classes()["national_legislatures"]
    for head in {tok.i: tok, clause.i: clause}.values():
        for c in head.children:
            # (not "marching ... towards parliament": where they headed)
            if c.dep_ != "prep" or word(c) not in LOCATIVE_PREPS or \
                    word(c) in word_classes()["bound_for_preps"]:
                continue
            for noun in (o for o in c.children if o.dep_ == "pobj"):
                phrase = " ".join(word(t) for t in noun.subtree if t.dep_ in ("compound",) or
                                  t.i == noun.i)
                if phrase in seats and not any(
                        d.dep_ in ("amod", "poss", "prep", "nmod") for d in noun.children) and \
                        not any(t.dep_ == "compound" and t.ent_type_ in ("GPE", "NORP")
                                for t in noun.children):
                    return True
    return False


def _in_the_capital(tok: Token) -> bool:
    """Whether the act's clause says it was 'in the capital', or at 'the capital's' airport or
    market, naming no town."""
    clause = _clause_head(tok)
    for head in {tok.i: tok, clause.i: clause}.values():
        for c in head.children:
            if c.dep_ == "prep" and word(c) in LOCATIVE_PREPS:
                nouns = [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ in ("dobj", "nsubjpass"):
                nouns = [c]
            else:
                continue
            for noun in nouns:
                named = any(t.pos_ == "PROPN" for t in noun.subtree)
                # ("on a ring road on the edge of the capital": a place told by the capital)
                edges = [p for p in noun.subtree if p.dep_ == "pobj" and p.i != noun.i and
                         word(p.head) == "of" and word(p.head.head) in OUTSKIRTS]
                for t in [noun, *(p for p in noun.subtree if p.dep_ == "poss"), *edges]:
                    if word(t) == "capital" and (not named or t in edges) and \
                            any(d.dep_ == "det" and word(d) == "the" for d in t.children) and \
                            not any(d.dep_ in ("appos", "prep", "compound", "amod")
                                    for d in t.children):
                        return True  # "in the capital"; "the edge of the capital's airport"
    return False


def _most_precise(places: list[Place], spread: set[int] | None = None) -> list[Place | None]:
    """The places without those that contain another of them ("in the enclave of Cabinda,
    ... near Buco-Zau": the town) or repeat one ("Luanda's Cazenga municipality", Cazenga);
    a region in `spread` (told as the spread of an act with a part at a town) is kept."""
    out: list[Place | None] = []
    for p in places:
        contains = p.feature in ("admin1", "admin2") and p.geonameid not in (spread or ()) and any(
            q is not p and q.iso2 == p.iso2 and q.feature == "city" and
            getattr(q, p.feature) == getattr(p, p.feature) for q in places)
        same = [q for q in places if q is not p and q.location == p.location]
        if contains or any(q in out or (q.geo_precision or 9) < (p.geo_precision or 9)
                           for q in same):
            continue
        out.append(p)
    return out or list(places)


LOCAL_BODY_MODIFIERS = frozenset(word_classes()["local_body_modifiers"])


_SEAT_TOLD = re.compile(r"\s+(?:in|at)\s+")
SEAT_REACH = 8  # characters from an institution's name to the town told as its seat


def _seat(ctx: ExtractionContext, draft: _Draft, sent: Span) -> Place | None:
    """Where a national institution's act with no stated place happened: at its seat, the
    capital ("Congress voted", "the cabinet declared a state of emergency"). Force and protest
    happen in the field, so they are not moved there."""
    source = draft.coding.source
    if ctx.seat_of is None or source is None or source.normalized is None or \
            draft.trigger.plover in ("ASSAULT", "PROTEST", "MOBILIZE") or \
            draft.coding.sub == "Arrests":
        return None
    # (the words before the head: not "council" in "the council of ministers")
    if any(w in LOCAL_BODY_MODIFIERS for w in source.text.lower().split(" of ")[0].split()[:-1]):
        return None  # "the district administration", "the state government": not at the seat
    # (the next few characters only: one look-up, whatever the article's length)
    told = next((t for t in within(ctx.toponyms, source.end, source.end + SEAT_REACH)
                 if t.entry is not None and _SEAT_TOLD.fullmatch(ctx.text[source.end:t.start])),
                None)
    if told is not None:
        # "Congress in Valparaiso voted": the seat it names (the town, where a region shares
        # its name)
        seat_town = told.resolved if told.resolved.feature == "city" else next(
            (c for c in gazetteer.load().lookup(told.text)
             if c.feature == "city" and c.iso2 == told.resolved.iso2), None)
        if seat_town is not None:
            return to_place(seat_town)
    region = next((t.resolved for t in within(ctx.toponyms, source.start, source.end)
                   if t.entry is not None and t.resolved.feature == "admin1"), None)
    if region is not None:
        # "The Punjab government banned all gatherings": a region's government sits at the
        # region's seat, when the article names that town (else no seat is known)
        town = next((t for t in ctx.toponyms if t.entry is not None and t.locates and
                     t.resolved.feature == "city" and t.resolved.admin1 == region.admin1 and
                     t.resolved.iso2 == region.iso2 and t.resolved.listed and
                     (t.resolved.latitude, t.resolved.longitude) ==
                     (region.seat_latitude, region.seat_longitude)), None)
        return to_place(town.resolved) if town is not None else None
    nation = source.normalized.removeprefix(GOVERNMENT_OF)
    if nation == source.normalized and (draft.narrated or not draft.places) and \
            draft.coding.sub in NATIONAL_ORDERS and NATIONWIDE.search(sent.text):
        # "the police chief banned all rallies": a state force's order told with no place
        nation = next((source.normalized.removeprefix(force) for force in STATE_FORCES_OF
                       if source.normalized.startswith(force)), source.normalized)
    if nation == source.normalized:
        return None
    if draft.coding.sub in NATIONAL_ORDERS and ctx.country_name and \
            fold(nation) != fold(ctx.country_name) and \
            not any(p.country == nation for p in draft.places):
        # "the French government declared a state of emergency in the territory": an order
        # over the article's territory takes effect there, not at a foreign seat
        return None
    seat = ctx.seat_of(nation)
    if seat is not None:
        seat.geo_precision = SEAT_PRECISION
    return seat


def abductions_by_the_state(events: list[Event], text: str) -> list[Event]:
    """'seized by hooded men outside his home ... the attorney general confirmed he was being
    held by the intelligence service': a disappearance the state owns, later in the report, is
    an arrest where the person was seized (ACLED)."""
    for ev in events:
        if ev.sub_event_type != ABDUCTION or \
                ev.inter1 not in (None, Inter.POLITICAL_MILITIA, Inter.CIVILIANS) or \
                ev.modality != "asserted":
            continue
        end = ev.evidence[-1].end
        if _HELD_BY_THE_STATE.search(text, end, end + HELD_REACH):
            ev.disorder_type, ev.event_type, ev.sub_event_type = acled_types("Arrests")
            ev.actor1 = ev.inter1 = None  # the state's default actor, given next
            ev.plover_event, ev.plover_mode = "COERCE", "arrest"
    return events


def disappearances(events: list[Event], text: str) -> list[Event]:
    """'men in military uniform took an activist from his workplace ... officials denied
    holding him': a seizure whose custody the state denies, the person not heard of since, is
    a forced disappearance (ACLED), not an arrest."""
    for ev in events:
        if ev.sub_event_type != "Arrests" or ev.modality != "asserted":
            continue
        # (told in the sentence itself or the next, in its paragraph: not of the next seizure)
        end = ev.evidence[-1].end
        stop = text.find("\n", ev.evidence[-1].start)
        ahead = _SENTENCE_END.search(text, end + 1, stop if stop >= 0 else len(text))
        reach = min(x for x in (end + HELD_REACH, stop if stop >= 0 else len(text),
                                ahead.end() if ahead else len(text)))
        denied = _CUSTODY_DENIED.search(text, ev.evidence[-1].start, reach)
        # (a taking told, not an arrest, whose keepers will not say where the one taken is)
        withheld = _WHERE_WITHHELD.search(text, ev.evidence[-1].start, reach) \
            if not _ARREST_TOLD.search(ev.evidence[0].text) else None
        if denied is not None or withheld is not None:
            ev.disorder_type, ev.event_type, ev.sub_event_type = acled_types(ABDUCTION)
            ev.plover_event, ev.plover_mode = "ASSAULT", "abduct"
    return events


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s|$)")
# "denied holding him", "denied having detained her", "his whereabouts remain unknown" (also
# "say they have no record of his detention", "denied any knowledge of her arrest", "said they
# were not holding him")
_CUSTODY_DENIED = re.compile(
    r"(?i)\b(?:denied\s+(?:holding|detaining|having\s+(?:arrested|detained|taken))\s+"
    r"(?:him|her|them)|whereabouts\s+(?:remain|are|is)\s+(?:still\s+)?unknown|"
    r"no\s+record\s+of\s+(?:his|her|their)\s+(?:detention|arrest|whereabouts)|"
    r"denied\s+(?:any\s+)?knowledge\s+of\s+(?:his|her|their)\s+"
    r"(?:detention|arrest|whereabouts)|"
    r"(?:were|was|are|is)\s+not\s+holding\s+(?:him|her|them))\b")
# "his family has not been told where he is", "have refused to say where he is being held",
# "asking where he was, but no reply has come"
_WHERE_WITHHELD = re.compile(
    r"(?i)\b(?:not\s+been\s+(?:told|informed)\s+where\s+(?:he|she|they)\s+(?:is|are|was|were)|"
    r"(?:refused|declined|will\s+not|would\s+not|won't)\s+(?:to\s+)?say\s+where\s+"
    r"(?:he|she|they)\s+(?:is|are|was|were)|"
    r"asking\s+where\s+(?:he|she|they)\s+(?:is|are|was|were)\b[^.]{0,30}\bno\s+reply)\b")
_ARREST_TOLD = re.compile(r"(?i)\b(?:arrest|detain)\w*")


HELD_REACH = 400  # characters after the seizure where the state's custody of the person is told
_HELD_BY_THE_STATE = re.compile(
    r"(?i)\b(?:was|were|is|are)\s+(?:being\s+)?(?:held|detained)\s+(?:by|at|in)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:intelligence|police|security|military|army|state\s+security|prison|"
    r"jail|detention)")


def with_default_actors(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """ACLED always names actor 1: where the text does not ("twelve were arrested", "a bomb
    went off"), the actor its conventions give for the sub-event type, of the event's country;
    and actor 2 where the type fixes it (an attack on civilians targets civilians).
    Run after the within-article merge, so that a default never keeps two mentions apart."""
    for ev in events:
        country = ev.country or ctx.country_name
        means = default_actors_by_means().get(ev.plover_mode or "") \
            if ev.plover_event == "ASSAULT" and ev.actor1 is None else None
        if means is not None:  # "tear-gas shells were lobbed": the police, by their means
            ev.actor1, ev.inter1 = _default_name(means, country), int(means["inter"])
        source, target = default_actors()[ev.sub_event_type] if ev.sub_event_type else \
            (None, None)
        for entry, is_target in ((source, False), (target, True)):
            if entry is None:
                continue
            name = _default_name(entry, country)
            if ev.actor1 is None:
                ev.actor1, ev.inter1 = name, int(entry["inter"])
            elif ev.actor2 is None and name != ev.actor1 and (is_target or means is not None):
                # Actor 2 where the type fixes it; and for a force told by its means, the
                # type's usual actor 1 (the crowd) is the one it was used on.
                ev.actor2, ev.inter2 = name, int(entry["inter"])
        ev.interaction = _interaction(ev.inter1, ev.inter2)
    return events


def civilians_never_acting(events: list[Event], ctx: ExtractionContext) -> list[Event]:
    """'Two men beat a journalist', 'thousands of people gathered': in ACLED civilians are
    never the side that attacks, fights or protests; the sub-event type's own actor 1 is (of
    the country the text gave them). Run after the types are final."""
    for ev in events:
        if ev.inter1 == Inter.CIVILIANS and ev.event_type in SIDES_NEVER_CIVILIANS:
            own = re.search(r"\(([^()]+)\)$", ev.actor1 or "")
            entry, target = default_actors()[ev.sub_event_type or ""]
            ev.actor1 = _default_name(entry, own.group(1) if own else
                                      ev.country or ctx.country_name)
            ev.inter1 = int(entry["inter"])
            if ev.actor2 is None and target is not None:
                # (the civilians attacked, whom the default could not name while the
                # attackers bore their name)
                ev.actor2 = _default_name(target, ev.country or ctx.country_name)
                ev.inter2 = int(target["inter"])
            ev.interaction = _interaction(ev.inter1, ev.inter2)
    return events


SIDES_NEVER_CIVILIANS = frozenset(("Battles", "Explosions/Remote violence",
                                   "Violence against civilians", "Protests", "Riots"))


def attacks_on_forces_as_clashes(events: list[Event]) -> list[Event]:
    """An armed group's attack on soldiers or police is, for ACLED, an armed clash: both
    sides are armed ("gang members stormed a police station ... three officers were killed").
    Attacks are on the unarmed; a bomb or a shell keeps its own type."""
    for ev in events:
        if ev.sub_event_type == "Attack" and ev.modality == "asserted" and \
                ev.inter1 in ARMED_GROUPS[1:] and ev.inter2 == Inter.STATE and \
                (ev.actor2 or "").startswith(STATE_FORCES_OF):
            ev.disorder_type, ev.event_type, ev.sub_event_type = acled_types("Armed clash")
            ev.interaction = _interaction(ev.inter1, ev.inter2)
    return events


def _default_name(entry: dict[str, str], country: str | None) -> str:
    name = entry["name"]
    return name.replace("{country}", country) if country else \
        name.replace(" of {country}", "").replace(" ({country})", "")


def _final_confidence(ctx: ExtractionContext, ev: Event, score: float, coding: _Coding) -> float:
    """The event's confidence: the rules' completeness score and the typing model's
    probabilities of its types, combined by the calibration fitted in `make train`."""
    if ctx.typer is None or coding.typed_p is None or coding.plover_p is None:
        return round(score, 2)
    return round(ctx.typer.confidence(score, coding.typed_p, coding.plover_p,
                                      ev.modality == "asserted"), 2)


def _event(ctx: ExtractionContext, sent: Span, hit: _Hit, draft: _Draft, idx: int) -> Event:
    """The record of the event at its `idx`-th place, before the place is set."""
    trig, dating, coding = draft.trigger, draft.dating, draft.coding
    source, target = coding.source, coding.target
    ev = Event(
        event_id=stable_id(ctx.article_id, hit.token.idx, idx),
        doc_id=ctx.article.doc_id, article_id=ctx.article_id,
        event_date=dating.event_date, date_end=dating.date_end,
        time_precision=dating.time_precision, date_text=dating.date_text,
        disorder_type=coding.disorder, event_type=coding.event_type, sub_event_type=coding.sub,
        plover_event=trig.plover, plover_mode=coding.plover_mode,
        plover_context=coding.contexts,
        kind=trig.kind,  # type: ignore[arg-type]
        actor1=source.normalized if source else None, inter1=coding.inter_s,
        actor2=target.normalized if target else None, inter2=coding.inter_t,
        actors=[a for a in (source, target) if a],
        modality=draft.modality,  # type: ignore[arg-type]  # one of schema.Modality
        attributed_to=draft.attributed,
        evidence=[_evidence(ctx, sent.start_char, sent.end_char)],
        source=ctx.article.source, source_url=ctx.article.url,
        # (an agreement's sentence counts the dead of the conflict it ends, not its own)
        fatalities=None if coding.sub == "Agreement" else draft.counts["fatalities"],
        injured=None if coding.sub == "Agreement" else draft.counts["injured"],
        arrested=draft.counts["arrested"], crowd_size=draft.counts["crowd_size"],
    )
    if coding.event_type is not None:
        ev.interaction = _interaction(coding.inter_s, coding.inter_t)
    after = next_sentence(sent)
    if ev.sub_event_type == "Looting/property destruction" and after is not None and \
            not EMPTY_PLACE.search(sent.text) and EMPTY_PLACE.search(after.text):
        # "... burned five houses. The residents had fled the day before": the sentence that
        # says no one was there supports the record too
        ev.evidence.append(_evidence(ctx, after.start_char, after.end_char))
    if ev.sub_event_type in RIOTS and ((ev.inter1 == Inter.STATE and ev.inter2 in CROWDS) or
                                       (ev.inter1 in CROWDS and ev.inter2 in (None, Inter.STATE))):
        set_protest_sides(ev, [ev])  # "police clashed with protesters": rioters act in a riot
    if ev.kind == "disruption" and source is not None and draft.source_tok is not None and \
            _lemma_in(draft.source_tok, word_classes()["facility"]):
        # "its refinery had to halt output, the firm said": the firm acts.
        ev.actor1 = draft.attributed
    elif ev.kind == "disruption" and ev.actor1 is None and source is not None:
        ev.actor1 = source.text
    return ev


def the_other_sides_dead(incident: Event, mention: DeathMention) -> bool:
    """Whether the deaths told are of the armed side the incident's toll did not count: a
    state force's dead beside a non-state group's, or the other way round."""
    entry = actor_lexicon().get(mention.victim)
    counted = side_counted(incident, [e.text for e in incident.evidence])
    # ("the army said it lost three men": a side's own men, by who lost them)
    side = own_side_of(mention) or (int(entry["inter"]) if entry is not None and
                                    entry["kind"] in ("state", "armed") else None)
    return opposite_sides(side, counted)


def _claim_against_own_wounded(incident: Event, mention: DeathMention) -> bool:
    """Whether the deaths are claimed ('the rebels claimed five soldiers had died') of men the
    incident's own telling counts only as wounded ('... and two soldiers wounded')."""
    if not _CLAIMED.search(mention.span.text) or not mention.victim:
        return False
    men = re.escape(mention.victim) + r"s?"
    told = " ".join(e.text for e in incident.evidence if e.start != mention.span.start_char)
    return re.search(rf"(?i)\b{men}\s+(?:were\s+|had\s+been\s+)?(?:wounded|injured|hurt)\b",
                     told) is not None and \
        re.search(rf"(?i)\b{men}\s+(?:were\s+|had\s+been\s+)?(?:killed|dead|died)\b",
                  told) is None


_CLAIMED = re.compile(r"(?i)\bclaim(?:ed|s|ing)?\b")


def the_sides_own_lower_count(incident: Event, mention: DeathMention) -> int | None:
    """The incident's toll lowered by a side's count of its own dead, where the toll counted
    more of that same side (the enemy's claim); None where it does not."""
    own = own_side_of(mention)
    toll = incident.fatalities or 0
    armed = (*ARMED_GROUPS, Inter.EXTERNAL)
    # (the rebels' "fighters" and the army's "rebels": one non-state side, whatever its code)
    if own not in armed or mention.count >= toll:
        return None
    counted = next((side for e in incident.evidence
                    if (side := counted_side(e.text, toll)) is not None), None)
    if counted in armed and not opposite_sides(own, counted):
        # ("it lost one soldier and killed nine rebels; the rebels said they had lost two":
        # the toll counted the rebels only; the other side's own dead told beside it stay)
        others = {side: n for e in incident.evidence for m in _LOST.finditer(e.text)
                  for side, n in claimed_dead(m.group(0)) if opposite_sides(own, side)}
        return mention.count + sum(others.values())
    # "it had killed six rebels and lost two soldiers ... the rebels said one of their
    # fighters died": the six, of a toll of eight, are the rebels' one
    claims = [n for e in incident.evidence for side, n in claimed_dead(e.text)
              if side in armed and not opposite_sides(own, side) and mention.count < n < toll]
    return toll - claims[0] + mention.count if len(claims) == 1 else None


def own_dead_against_a_tally(incident: Event, mention: DeathMention) -> int | None:
    """The toll of an incident told as one side's tally ('it lost one soldier and killed six
    rebels'), lowered by the other side's count of its own dead; None where it is not."""
    if not any(_LOST.search(e.text) for e in incident.evidence):
        return None
    return the_sides_own_lower_count(incident, mention)


# "lost one soldier" (also "no soldier was lost": a side's tally of its own)
_LOST = re.compile(r"(?i)\b(?:(?:lost|losing)\s+[\w-]+\s+(?:[\w-]+\s+)?[a-z]+|"
                   r"no\s+[a-z]+\s+(?:was|were|had\s+been)\s+lost)\b")


def opposite_sides(one: int | None, other: int | None) -> bool:
    """Whether two armed sides are a state's force and a non-state group (either way round)."""
    armed = (*ARMED_GROUPS, Inter.EXTERNAL)
    if one not in armed or other not in armed:
        return False
    forces = (Inter.STATE, Inter.EXTERNAL)
    return (one in forces) != (other in forces)


def casualty_event(ctx: ExtractionContext, sent: Span, mention: DeathMention,
                   incident: Event | None, sent_timexes: list[Timex],
                   narrative: Timex | None) -> Event | None:
    """Deaths with no violent verb: the incident's toll when told of the same day and place (the
    incident gains the evidence, None is returned); else an event of the incident's type at the
    mention's own day and place; with no incident, an attack when the dead bear its marks."""
    tok = mention.token
    dating = _date(ctx, tok, sent, sent_timexes, narrative, "asserted")
    if dating is None:
        return None  # deaths of long ago
    _, places, narrated = _places(ctx, tok, triggers()["kill"][0], sent, None, None)
    own_place = places[0] if places and not narrated else None
    if any(t.lemma_.lower() in CARE_PLACES for t in sent):
        own_place = None  # "died in a hospital in Morelia": where they were cared for
    if incident is not None and tok.dep_ == "relcl" and \
            incident.time_precision == dating.time_precision == 1 and \
            dating.event_date and incident.event_date and dating.event_date < incident.event_date:
        # "... laid flowers on Saturday in memory of a politician who died on Friday": a death
        # told of someone, on a day before the incident, is none of its dead
        return None
    if incident is not None and sent_timexes and dating.event_date and incident.event_date and \
            incident.time_precision == dating.time_precision == 1 and \
            dating.event_date != incident.event_date and \
            _cause_noun(tok, VIOLENCE_NOUNS | FIGHT_WORDS) is not None:
        # "One soldier died in a border skirmish on 28 May": deaths in a fight of their own,
        # on a day of their own, are none of the incident's dead
        return None
    if incident is not None:
        # Wounded who die days later are the incident's dead (ACLED): only a place of its own
        # makes the deaths another incident of the same kind.
        if own_place is None or own_place.geonameid == incident.geonameid:
            if _claim_against_own_wounded(incident, mention):
                # "... three rebels were killed and two soldiers wounded. The rebels'
                # spokesman claimed five soldiers had died": the side's own word on its men
                # (hurt, none dead) stands against the enemy's claim
                if all(e.start != sent.start_char for e in incident.evidence):
                    incident.evidence.append(_evidence(ctx, sent.start_char, sent.end_char))
                return None
            if incident.fatalities and the_other_sides_dead(incident, mention):
                # "three soldiers had died ... the bodies of five guerrillas were recovered":
                # each side's dead add up
                mention = replace(mention, additive=True)
            elif incident.fatalities and (lower := the_sides_own_lower_count(incident, mention)):
                # "It said 11 rebels were killed; the rebels said they lost three fighters": of
                # the enemy's claim and the side's own count, the lowest credible figure
                incident.fatalities = lower
            add_toll(incident, mention)
            if all(e.start != sent.start_char for e in incident.evidence):
                incident.evidence.append(_evidence(ctx, sent.start_char, sent.end_char))
            return None
        ev = Event.from_dict(incident.to_dict())
        ev.injured = ev.arrested = ev.crowd_size = None
        ev.fatalities = mention.count
        ev.confidence = max(0.05, round(incident.confidence - 0.1, 2))
    elif mention.marked:
        disorder, event_type, sub = acled_types("Attack")
        ev = Event(event_id="", doc_id=ctx.article.doc_id, article_id=ctx.article_id,
                   disorder_type=disorder, event_type=event_type, sub_event_type=sub,
                   plover_event="ASSAULT", plover_mode="targeted", fatalities=mention.count,
                   source=ctx.article.source, source_url=ctx.article.url, confidence=0.45)
    else:
        return None  # no violence in sight: an accident or an illness, which ACLED leaves out
    ev.event_id = stable_id(ctx.article_id, tok.idx, "casualty")
    ev.event_date, ev.date_end = dating.event_date, dating.date_end
    ev.time_precision, ev.date_text = dating.time_precision, dating.date_text
    ev.set_place(own_place or (places[0] if places else ctx.country_place))
    ev.evidence = [_evidence(ctx, sent.start_char, sent.end_char)]
    ev.notes = f"{mention.count} reported dead ({tok.text}); cause taken from " + \
        ("the surrounding report." if incident is not None else "the marks of violence.")
    return ev


def _place_of(doc: Doc, text: str, top: Toponym, toponyms: Sequence[Toponym] = ()) -> Place:
    """ACLED place fields of a linked toponym; 'near/outside a town' is precision 2 (ACLED).
    A part of the town told with it ("Kampala's Kawempe suburb") names the location, coded
    to the town's point (so precision 2)."""
    place = to_place(top.resolved)
    part = named_part(text, top, toponyms)
    # (not "in parts of Belize City's Southside": a measure over parts, the town's)
    if part is not None and not _SOME_PARTS_OF.search(text, max(0, top.start - 20), top.start):
        place.location, place.geo_precision = part, 2
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is not None and place.geo_precision == 1 and span.root.dep_ == "pobj" and \
            word(span.root.head) in NEAR_PREPS:
        place.geo_precision = 2
    return place


_SOME_PARTS_OF = re.compile(r"(?i)\b(?:parts|areas|sections)\s+of\s+(?:the\s+)?$")


def _threat(ctx: ExtractionContext, act: Event, tok: Token, sent: Span,
            sent_timexes: list[Timex], narrative: Timex | None) -> Event:
    """'X said it would blockade the capital': announcing a conflict act is PLOVER's
    THREATEN, made when it was said (the act itself stays, with future modality)."""
    threat = Event.from_dict(act.to_dict())
    entry = triggers()["@threat"][0]
    threat.event_id = stable_id(act.event_id, "threat")
    threat.plover_event = entry.plover
    threat.plover_mode = THREAT_MODES.get(act.plover_event or "")
    threat.disorder_type = threat.event_type = threat.sub_event_type = None
    threat.interaction = None
    threat.fatalities = threat.injured = threat.arrested = threat.crowd_size = None
    threat.modality = "asserted"
    said = _date(ctx, tok, sent, sent_timexes, narrative, "asserted")
    if said is not None:
        threat.event_date, threat.date_end = said.event_date, said.date_end
        threat.time_precision, threat.date_text = said.time_precision, said.date_text
    threat.notes = f"{act.notes} [announced]" if act.notes else None
    threat.confidence = act.confidence
    return threat


def _notes(ev: Event, hit: _Hit, source: Actor | None, target: Actor | None) -> str:
    when = f"On {ev.event_date}" if ev.time_precision == 1 else (
        f"Around {ev.event_date}" if ev.event_date else "On an unknown date")
    where = f" in {ev.location}" if ev.location else ""
    if ev.admin1 and ev.location and ev.admin1 != ev.location:
        where += f" ({ev.admin1})"
    who = source.text if source else "unidentified actors"
    whom = f" {target.text}" if target else ""
    what = {
        "PROTEST": "protested", "ASSAULT": "used force against", "COERCE": "took coercive "
        "action against", "CONSULT": "met with", "SUPPORT": "expressed support for",
        "REQUEST": "made a demand of", "ACCUSE": "accused", "REJECT": "rejected",
        "THREATEN": "threatened", "AGREE": "agreed with", "RETREAT": "stepped back from",
        "CONCEDE": "made a concession to", "SANCTION": "acted against", "MOBILIZE": "mobilised",
        "AID": "gave aid to", "COOPERATE": "cooperated with",
    }[ev.plover_event or "PROTEST"]
    if ev.kind == "disruption":
        what, whom = "halted or reduced", f" {target.text}" if target else " operations"
    if ev.plover_event == "PROTEST":
        whom = ""
    verb = f"({hit.span.text})"
    tolls = []
    if ev.fatalities:
        tolls.append(f"{ev.fatalities} reported killed")
    if ev.injured:
        tolls.append(f"{ev.injured} reported injured")
    if ev.arrested:
        tolls.append(f"{ev.arrested} reported arrested")
    toll = f"; {', '.join(tolls)}" if tolls else ""
    mod = "" if ev.modality == "asserted" else f" [{ev.modality}]"
    by = f" according to {ev.attributed_to}" if ev.attributed_to else ""
    return f"{when}{where}, {who} {what}{whom} {verb}{toll}{by}.{mod}"


def _confidence(ev: Event, hit: _Hit, source: Actor | None, target: Actor | None,
                place: Place | None, date_text: str | None) -> float:
    score = 0.35
    if source is not None and source.normalized:
        score += 0.15
    elif source is not None:
        score += 0.08
    if target is not None:
        score += 0.05
    if place is not None and place.geo_precision in (1, 2):
        score += 0.15
    elif place is not None:
        score += 0.08
    if date_text:
        score += 0.1
    if hit.token.pos_ == "VERB":
        score += 0.05
    if hit.trigger.frame is None:
        score += 0.05
    if ev.modality != "asserted":
        score -= 0.15
    # The sentence's main assertion is surer than an event mentioned in a relative clause
    # (but "in what police said was an arson attack", "treating the blaze as arson": the
    # name given to what the sentence tells, as sure as the telling).
    if not _named_as(hit.token):
        depth = sum(1 for _ in hit.token.ancestors)
        score -= 0.03 * min(depth, 4)
        if any(a.dep_ in ("relcl", "acl") for a in [hit.token, *hit.token.ancestors]):
            score -= 0.05
    return round(max(0.05, min(0.95, score)), 2)


def _fired_from_the_ground(tok: Token) -> bool:
    """'hours after Hezbollah fired a barrage of rockets at Safed': rockets or shells fired by a
    doer no aircraft, whatever air strike the sentence tells beside."""
    objects = [o for c in tok.children if c.dep_ == "dobj"
               for o in (c, *(p for x in c.children if x.dep_ == "prep" and word(x) == "of"
                              for p in x.children if p.dep_ == "pobj"))]
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(_lemma_in(o, word_classes()["heavy_weapons"]) for o in objects) and \
        bool(doers) and not any(_lemma_in(d, word_classes()["air_assets"]) for d in doers)


def _named_as(tok: Token) -> bool:
    """'in what police described as a suspected arson attack', 'treating the blaze as arson':
    a noun naming the kind of an act the sentence tells, in a clause that names it."""
    if tok.pos_ != "NOUN":
        return False
    chain = list(tok.ancestors)
    return any(word(c) == "what" for a in chain for c in a.children) or any(
        word(p) == "as" and p.dep_ == "prep" and p.head.lemma_.lower() in NAMING_VERBS
        for p in chain)


NAMING_VERBS = frozenset(word_classes()["naming_verbs"])


# "the attackers", "the gunmen": the armed men of the lexicon, named again with "the"
_THE_ARMED_AGAIN = re.compile(r"(?i)\bthe\s+(?:" + "|".join(sorted(
    (re.escape(t) + ("" if t.endswith("s") else "s?")
     for t, row in actor_lexicon().items() if row["kind"] == "armed"),
    key=len, reverse=True)) + r")\b")
_TOLD_BACK_PASSIVE = re.compile(r"(?i)\bhad\s+been\s+\w+(?:ed|en)\b")
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:been\s+|already\s+)?\w+(?:ed|en|ung|ot|ught)\b")


def _restated(ev: Event, earlier: list[Event]) -> Event | None:
    """'The seven activists were detained in the Bè neighbourhood': with no day of its own, the
    same kind of act on as many people as an act told before is that act, told again."""
    if ev.modality != "asserted" or ev.sub_event_type is None:
        return None
    counts = (ev.fatalities, ev.arrested)
    if any(counts):
        # (dated by the story's day, as the act told before: "... arrested two men on Monday.
        # The two men were detained at a checkpoint")
        return next((p for p in reversed(earlier[-RESTATED_REACH:])
                     if p.sub_event_type == ev.sub_event_type and p.modality == "asserted" and
                     (p.fatalities, p.arrested) == counts and p.country == ev.country and
                     (ev.date_text is None or (ev.date_text == p.date_text and
                                               ev.event_date == p.event_date and
                                               _same_place(p, ev)))), None)
    told = ev.evidence[0].text
    if ev.sub_event_type in NATIONAL_ORDERS and ev.location and ev.location not in told:
        # "The curfew was imposed from 9 p.m. on Monday": with no place of its own, the order
        # of that day told before
        same = next((p for p in reversed(earlier[-RESTATED_REACH:])
                     if p.sub_event_type == ev.sub_event_type and p.modality == "asserted" and
                     p.event_date == ev.event_date), None)
        if same is not None:
            return same
    if not any(counts) and ev.date_text and ev.date_text not in told and ev.location and \
            ev.location not in told:
        # "The military said its troops had returned fire": neither day, place nor toll of
        # its own, the same kind of act as the one just told there that day is that act
        same = next((p for p in reversed(earlier[-RESTATED_REACH:])
                     if p.sub_event_type == ev.sub_event_type and p.modality == "asserted"), None)
        # ("Witnesses said the students had been marching ... when police opened fire": told
        # in the past perfect, before the day the story has moved on to)
        if same is not None and (same.geonameid == ev.geonameid and (
                same.event_date == ev.event_date or _PAST_PERFECT.search(told)) or
                                 _THE_ARMED_AGAIN.search(told)):
            # (or "Witnesses said the attackers arrived on motorbikes ... and opened fire":
            # the armed men just told, told again)
            return same
        # ("... troops shot dead two Palestinians during a raid on Jenin. The army said
        # soldiers had fired at gunmen who threw explosives": the same force's act there that
        # day, told in the past perfect as the other side tells it)
        last = earlier[-1] if earlier else None
        if last is not None and last.modality == "asserted" and is_violent(last) and \
                is_violent(ev) and last.actor1 is not None and last.actor1 == ev.actor1 and \
                last.geonameid == ev.geonameid and last.event_date == ev.event_date and \
                _PAST_PERFECT.search(told) and \
                (last.sub_event_type == ABDUCTION) == (ev.sub_event_type == ABDUCTION):
            # (not "Nine others had been marched into the forest during the same raid": the
            # raid's abduction, an event of its own)
            return last
    if ev.date_text and ev.date_text not in told and ev.geonameid is not None and \
            ev.location and ev.location in told and _TOLD_BACK_PASSIVE.search(told):
        # "A shop owner in Magenta said his business had been destroyed": told back, with no day
        # of its own, at the place of an act of its incident group told before
        same = next((p for p in reversed(earlier[-RESTATED_REACH:])
                     if p.modality == "asserted" and p.geonameid == ev.geonameid and
                     p.event_date != ev.event_date and _one_incident_group(p, ev)), None)
        if same is not None:
            return same
    if ev.date_text is not None:
        return None
    # '..., said a retired steelworker who marched in Brussels': the protest told before in
    # that town, when this mention has neither a day nor a toll of its own; 'police used
    # water cannon to clear protesters who blocked a road on Saturday': the force met it.
    kinds = PROTEST_KINDS if ev.sub_event_type in PROTEST_KINDS else (ev.sub_event_type,)
    return next((p for p in reversed(earlier[-RESTATED_REACH:])
                 if p.sub_event_type in kinds and p.modality == "asserted" and
                 p.time_precision == 1 and ev.time_precision != 1 and
                 p.geonameid is not None and p.geonameid == ev.geonameid and
                 not any(getattr(p, n) for n in ("fatalities", "injured"))), None)


def _dated_first_within_sentences(events: list[Event]) -> list[Event]:
    """The events of one sentence with those told with a day of their own first, so that a
    mention the parse left undated can be read as a restatement of them."""
    out: list[Event] = []
    run: list[Event] = []
    for ev in events:
        if run and ev.evidence[0].start != run[0].evidence[0].start:
            out += sorted(_dated_by_the_sentence(run), key=lambda e: e.date_text is None)
            run = []
        run.append(ev)
    return out + sorted(_dated_by_the_sentence(run), key=lambda e: e.date_text is None)


def _dated_by_the_sentence(run: list[Event]) -> list[Event]:
    """'security forces fired on worshippers who were marching after Friday prayers, killing
    one': a mention dated only by the story's day, beside one of the same incident dated by
    its own sentence, takes that day (the parse hung the day on the other clause)."""
    own = [e for e in run if e.time_precision == 1 and e.date_text and
           e.date_text in e.evidence[0].text]
    for ev in run:
        if ev in own or ev.time_precision != 1 or not ev.date_text or \
                ev.date_text in ev.evidence[0].text:
            continue
        match = next((o for o in own if o.event_date != ev.event_date and
                      _same_incident(o, replace(ev, event_date=o.event_date))), None)
        if match is not None:
            ev.event_date, ev.date_text = match.event_date, match.date_text
    return run


PROTEST_KINDS = ("Peaceful protest", "Protest with intervention")


def one_event_per_incident(events: list[Event]) -> list[Event]:
    """One event per incident within the article: the same type, day, place and compatible
    actors told again (in the same sentence or a later one) adds its evidence, not an event."""
    out: list[Event] = []
    # Mentions of one incident share day and place: compare only within those (linear cost).
    by_day_place: dict[tuple[str | None, int | None], list[Event]] = {}
    told_at: dict[str, set[int]] = {}  # event id -> start offsets of its evidence
    dead_by_side: dict[str, dict[Side, int]] = {}  # event id -> victims' side -> dead
    last_violence: Event | None = None
    last_crowd: Event | None = None
    _date_the_found_by_the_deed(events)
    _date_the_undated_by_its_retelling(events)
    _date_the_taking_by_its_retelling(events)
    causes = _causes_told_after(events)
    for ev in _dated_first_within_sentences(events):
        bucket = by_day_place.setdefault((ev.event_date, ev.geonameid), [])
        # (a toll told with no one named, "Medical sources said 15 people were killed", is of
        # the act told last there that day)
        nearest_first = bucket[-BUCKET_REACH:][::-1] if ev.actor1 is None and ev.fatalities \
            else bucket[-BUCKET_REACH:]
        # ("... youths burned tyres in the nearby Bambeto neighbourhood. Nine people were
        # detained": the arrests of the crowd just told, with no place of their own)
        # (not "A driver steered his truck into marchers ... The man was arrested": the doer
        # of the violence told with the crowd)
        held = last_crowd if last_crowd is not None and _held_at_the_last(ev, last_crowd) and \
            not (last_violence is not None and last_violence is not last_crowd and
                 _perpetrator_arrested(ev, last_violence)) \
            else None
        prior = held or next((p for p in nearest_first if _same_incident(p, ev)), None) or next(
            (p for p in out[-RESTATED_REACH:] if p.geonameid != ev.geonameid and
             (_same_place(p, ev) or _one_sentence_town_and_region(p, ev)) and
             _same_incident(p, ev)), None) or next(
            (p for p in out[-RESTATED_REACH:] if _retold_in_its_town(p, ev) or
             _toll_told_at_its_region(ev, p)), None)
        late_death = prior is None and last_violence is not None and \
            (_died_in_care(ev, last_violence) or _toll_of_the_last(ev, last_violence) or
             _also_hurt_there(ev, last_violence) or _another_victim_there(ev, last_violence))
        if late_death:
            prior = last_violence
        claim = prior is None and last_violence is not None and \
            (_claims_the_last(ev, last_violence) or _claimed_at_the_country(ev, last_violence))
        if claim:
            prior = last_violence
        # ("A man lunged at a candidate ... outside Utsunomiya station ... Campaign staff held
        # the man, who was arrested at the scene": held where the act was, whatever place the
        # sentence falls back on)
        if prior is None and last_violence is not None and \
                _held_at_its_scene(ev, last_violence):
            prior = last_violence
        retold_by_doers = prior is None and last_violence is not None and \
            _retold_by_its_doers(last_violence, ev)
        if retold_by_doers:
            prior = last_violence
        if prior is None:
            prior = _restated(ev, out)
        if prior is not None and (_raped_others(ev, prior) or _raped_others(prior, ev)):
            prior = None  # "killing five residents. ... some women had been raped": two events
        if ev.event_id in causes:
            prior = None  # (a crowd's cause, kept apart as background)
        if prior is None and is_violent(ev) and ev.confidence > BACKGROUND_CONFIDENCE:
            last_violence = ev  # (not an act told as history: "weeks after rebels took it")
        if prior is None and incidents.family(ev) == f"protest/{ev.kind}":
            last_crowd = ev
        if prior is None:
            out.append(ev)
            bucket.append(ev)
            told_at[ev.event_id] = {e.start for e in ev.evidence}
            dead_by_side[ev.event_id] = {}
            _add_dead_by_side(dead_by_side[ev.event_id], ev)
            continue
        # a mention kept only as background ("among those detained") retypes nothing
        background = ev.confidence <= BACKGROUND_CONFIDENCE < prior.confidence
        arrests_at_protest = {prior.sub_event_type, ev.sub_event_type} == {
            "Peaceful protest", "Arrests"} and prior.modality == ev.modality == "asserted" and \
            not background
        # (one side's claim about an act told as fact types and counts nothing of it)
        claim_of_it = ev.modality == "claimed" and prior.modality == "asserted"
        # (nor a group's claim: "said it had launched missiles and drones" names its arsenal,
        # not the means of the strike told)
        looting_crowd_shot = _force_on_a_looting_crowd(prior, ev)
        # ("Security forces fired on marchers, killing one ... State media said police had
        # come under fire from 'rioters'": the state's telling of the force it used retypes
        # nothing)
        state_version = _the_states_version(prior, ev)
        if _outranks(ev, prior) and not background and not claim_of_it and not claim and \
                not state_version:
            # "a grenade attack injured five": one incident, coded by its most specific type.
            for name in ("disorder_type", "event_type", "sub_event_type", "interaction"):
                setattr(prior, name, getattr(ev, name))
            if looting_crowd_shot:
                # "Crowds ... looted shops and set fire to a building. Police fired live
                # rounds": the dead of a looting crowd are its riot's (ACLED)
                prior.disorder_type, prior.event_type, prior.sub_event_type = \
                    acled_types("Violent demonstration")
            if (prior.plover_event, ev.plover_event) == ("COERCE", "ASSAULT"):
                prior.plover_event = ev.plover_event  # arrests told first, then the violence
            if prior.plover_event == ev.plover_event:
                # (a mode belongs to its PLOVER event: arrests at a protest stay an arrest)
                prior.plover_mode = ev.plover_mode
        if arrests_at_protest:
            # "Protesters blocked roads and 12 were arrested": the arrests are the protest's
            # intervention.
            prior.disorder_type, prior.event_type, prior.sub_event_type = \
                acled_types("Protest with intervention")
        one_sentence = ev.evidence[0].start == prior.evidence[0].start
        if (_in_region(ev, prior, one_sentence) and (one_sentence or
                                                     _retold_in_its_town(prior, ev))) or \
                (one_sentence and _fronted_region_of(ev, prior)):
            # "communities in Jonglei state signed an agreement in Bor": the town, not the region
            prior.location, prior.geonameid, prior.geo_precision = \
                ev.location, ev.geonameid, ev.geo_precision
            prior.admin2, prior.admin3 = ev.admin2, ev.admin3
            prior.latitude, prior.longitude = ev.latitude, ev.longitude
            prior.admin1 = ev.admin1 or prior.admin1
            by_day_place.setdefault((prior.event_date, prior.geonameid), []).append(prior)
        elif retold_by_doers and _VILLAGE_TOLD.search(ev.evidence[0].text) and \
                ev.location and ev.location in ev.evidence[0].text:
            # "Gunmen killed nine in a raid on the Bankilare area. The attackers stormed the
            # village of Dareye": the village the act was told at
            region = prior.admin1
            for name in PLACE_FIELDS:
                setattr(prior, name, getattr(ev, name))
            prior.admin1 = prior.admin1 or region
        elif one_sentence and prior.admin1 is None and _in_region(prior, ev, True):
            prior.admin1 = ev.admin1  # the unlisted town lies in the region the sentence names
        if prior.geonameid == ev.geonameid and (prior.geo_precision, ev.geo_precision) == (1, 2) \
                and ev.location is not None and ev.location in ev.evidence[0].text:
            # "shot in Umlazi, south of Durban": the part or the village of the town, by name
            # (the mention's own: not a part a later paragraph named, carried to it)
            prior.location, prior.geo_precision = ev.location, ev.geo_precision
        if ev.evidence[0].start not in told_at[prior.event_id]:
            told_at[prior.event_id].add(ev.evidence[0].start)
            prior.evidence.extend(ev.evidence)
            prior.confidence = round(min(0.95, max(prior.confidence, ev.confidence) + 0.03), 2)
        elif not background and not (prior.confidence <= BACKGROUND_CONFIDENCE and
                                     ev.sub_event_type is None):
            # (two verbs of one sentence telling one act: as sure as the surer reading; not a
            # backdrop made sure by a mention of no ACLED type: "began bombing Gaza in response
            # to an attack")
            prior.confidence = max(prior.confidence, ev.confidence)
        rival = _rival_count(ev, prior)
        told_dead = prior.fatalities
        boast = bool(prior.fatalities) and _kill_boasted(ev)
        # ("Youths burned cars ... after a man was shot dead in a dispute": the riot's reason,
        # whose dead are not the riot's)
        its_cause = _told_as_its_cause(prior, ev)
        if claim_of_it and one_sentence and prior.fatalities is None and ev.fatalities and \
                is_violent(prior) and _CLAIMING_DEAD.search(ev.evidence[0].text):
            # "captured the town ..., the group said, claiming that fifteen soldiers had been
            # killed": the only count of the act's dead, told with it (a denial, looked for
            # later, sets it to none)
            prior.fatalities = ev.fatalities
        for name in ("fatalities", "injured", "arrested", "crowd_size") \
                if not claim_of_it and not its_cause else ():
            if boast and name == "fatalities":
                continue  # "the militants said they had killed twenty soldiers": unverified
            # Mentions of one incident restate or update its tolls: the largest one stands,
            # save a claim's upper bound ("as many as 21 died"), the least credible figure,
            # and counts told against each other ("X said three, while Y said two"), of which
            # the lowest stands (ACLED).
            mine, theirs = getattr(prior, name), getattr(ev, name)
            counts = [n for n in (mine, theirs) if n is not None]
            if len(counts) == 2 and _upper_bound(ev, theirs) != _upper_bound(prior, mine):
                counts = [mine if _upper_bound(ev, theirs) else theirs]
            pick = min if rival and name == "fatalities" else max
            setattr(prior, name, pick(counts, default=None))
        if late_death and told_dead and ev.fatalities and _one_more(ev):
            # "A third man, shot during the fighting, died in hospital": added to the toll, or
            # the toll its ordinal counts ("killing one ... A second student died")
            nth = _ORDINAL_DEAD.search(ev.evidence[0].text)
            prior.fatalities = max(told_dead, _ORDINALS[nth.group(1).lower()]) if nth else \
                told_dead + ev.fatalities
        if prior.sub_event_type == "Protest with intervention" and \
                _told_by_its_toll(ev, prior) and \
                (ev.fatalities or (ev.injured and ev.inter2 != Inter.STATE)):
            # (not "25 officers were injured": the force's own hurt is no excess of it)
            # The protest's dead or wounded, told next: the force was excessive (as refined).
            prior.disorder_type, prior.event_type, prior.sub_event_type = \
                acled_types("Excessive force against protesters")
        sides = dead_by_side[prior.event_id]
        if not _raises_toll_to(ev, prior.fatalities) and not rival and not claim_of_it and \
                not boast and not state_version:
            if _the_doer_killed(prior, ev):
                # "A man stabbed a pedestrian to death ... before a guard shot him dead": the
                # attacker's own death, beside his victim's
                sides[(prior.inter1, "@doer")] = ev.fatalities or 0
            else:
                _add_dead_by_side(sides, ev)  # (not "..., raising the toll to six": counted)
        if prior.fatalities is not None:
            # "Five police officers were killed ... police killed three of the attackers": the
            # dead of each side add up; a toll of "people" counts them all.
            told, lowered = _dead_of_named_sides(sides)
            prior.fatalities = told if lowered else \
                max(prior.fatalities, told, _whole_toll(prior) or 0)
            if ev.fatalities == 1 and (nth := _NTH_KILLED.search(ev.evidence[0].text)):
                # "... a second person was killed": the toll the ordinal counts
                prior.fatalities = max(prior.fatalities, _ORDINALS[nth.group(1).lower()])
        protest = incidents.family(prior) == incidents.family(ev) == f"protest/{ev.kind}" \
            and prior.sub_event_type != "Arrests"  # arrests told twice stay the state's
        if protest:  # the crowd and the force met, whichever mention named them
            set_protest_sides(prior, [prior, ev])
        caught = ev.sub_event_type == "Arrests" and prior.sub_event_type not in (
            "Arrests", *CROWD_EVENTS)  # the police who caught the looters did not loot
        if not protest and not caught:
            # (the police who made arrests at a riot met the crowd: actor 2, not its actor 1)
            crossed = incidents.swapped_sides(prior, ev) or (
                ev.sub_event_type == "Arrests" and prior.sub_event_type in CROWD_EVENTS)
            for mine, theirs in (("actor1", "actor2"), ("inter1", "inter2"),
                                 ("actor2", "actor1"), ("inter2", "inter1")):
                if getattr(prior, mine) is None:
                    setattr(prior, mine, getattr(ev, theirs if crossed else mine))
        if claim and ev.actor1 and (prior.actor1 is None or
                                    prior.actor1.startswith(GENERIC_ARMED)):
            prior.actor1, prior.inter1 = ev.actor1, ev.inter1  # the claimant did it
        if prior.attributed_to is None:
            prior.attributed_to = ev.attributed_to
        known = {(a.start, a.role) for a in prior.actors}
        prior.actors.extend(a for a in ev.actors if (a.start, a.role) not in known)
    _abductions_leave_the_dead(out)
    return out


def _force_on_a_looting_crowd(prior: Event, ev: Event) -> bool:
    """A crowd's own looting or burning, told first as a protest's act, then the state's lethal
    force there: the force met a riot, not a protest."""
    return prior.sub_event_type == "Looting/property destruction" and \
        prior.plover_event == "PROTEST" and prior.inter1 in (None, *CROWDS) and \
        ev.sub_event_type == "Excessive force against protesters" and \
        ev.inter1 == Inter.STATE and prior.modality == ev.modality == "asserted"


def _abductions_leave_the_dead(events: list[Event]) -> None:
    """'abducting 17 women and killing a vigilante': the dead are the killing's toll, told by
    its own event, not the abduction's."""
    told_dead = {(e.evidence[0].start, e.fatalities) for e in events
                 if e.sub_event_type != ABDUCTION and e.fatalities}
    for ev in events:
        if ev.sub_event_type == ABDUCTION and ev.fatalities and \
                (ev.evidence[0].start, ev.fatalities) in told_dead:
            ev.fatalities = None


_FOUND_DEAD = re.compile(r"(?i)\b(?:found|discovered)\b[^.;]{0,40}?\b(?:dead|bodies|body)\b|"
                         r"\b(?:bodies|body)\b[^.;]{0,60}?\b(?:found|discovered)\b")


def _date_the_found_by_the_deed(events: list[Event]) -> None:
    """'Three men were found shot dead on Sunday. ... gunmen had taken the victims from their
    homes on Saturday night and executed them': the dead found are dated by the killing told
    next, so that the two mentions make one event of the day it happened."""
    for i, found in enumerate(events):
        if found.time_precision != 1 or not found.fatalities or \
                not _FOUND_DEAD.search(found.evidence[0].text):
            continue
        deed = next((e for e in events[i + 1:i + 6] if e.sub_event_type == found.sub_event_type
                     and e.geonameid == found.geonameid and e.time_precision == 1 and
                     e.event_date and found.event_date and e.event_date < found.event_date and
                     e.evidence[0].start > found.evidence[0].start and
                     _PAST_PERFECT.search(e.evidence[0].text)), None)
        if deed is not None:
            found.event_date, found.date_text = deed.event_date, deed.date_text


def _date_the_undated_by_its_retelling(events: list[Event]) -> None:
    """'Residents of Ganta beat to death a man ... Police said the man was dragged from a house
    on Sunday and beaten': an act told with no day of its own takes the day of the violence the
    next sentence tells there, by no one it names (the act told again, with its day)."""
    for i, lead in enumerate(events):
        if lead.date_text is not None or lead.sub_event_type is None or not is_violent(lead):
            continue
        retold = next((e for e in events[i + 1:i + 6] if e.date_text is not None and
                       e.plover_event == lead.plover_event == "ASSAULT" and is_violent(e) and
                       e.geonameid == lead.geonameid and e.time_precision == 1 and
                       e.event_date and lead.event_date and e.event_date <= lead.event_date and
                       not any(a.role == "source" for a in e.actors) and
                       _told_next(lead, e)), None)
        if retold is not None:
            lead.event_date, lead.date_text = retold.event_date, retold.date_text
            lead.time_precision = retold.time_precision


def _causes_told_after(events: list[Event]) -> set[str]:
    """'Residents marched on Monday after police shot dead a young man': the state's killing
    a crowd rose after, told in its 'after' clause with no day of its own, is the crowd's
    cause (background), not force met at the march."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.evidence[0].start, []).append(ev)
    causes: set[str] = set()
    for told in by_sentence.values():
        crowds = [e for e in told if e.sub_event_type in CROWD_EVENTS and
                  e.modality == "asserted"]
        for force in told:
            if force.inter1 != Inter.STATE or not force.fatalities:
                continue
            if any(crowd is not force and crowd.event_date == force.event_date and
                   _told_as_its_cause(crowd, force) and _inside_its_cause(crowd, force)
                   for crowd in crowds):
                force.confidence = min(force.confidence, BACKGROUND_CONFIDENCE)
                causes.add(force.event_id)
    return causes


def _inside_its_cause(crowd: Event, act: Event) -> bool:
    """Whether nothing between the crowd's 'after' and the act starts a clause of its own
    ('..., after the commission declared the result, and one man was killed by police fire':
    a death of the riot, told after its cause)."""
    doers = [a for a in crowd.actors if a.role == "source"]
    told = crowd.evidence[0]
    cue = _CAUSE_CUE.search(told.text, max(a.end for a in doers) - told.start) if doers else None
    first = min((a.start for a in act.actors), default=None)
    return cue is not None and first is not None and not _CLAUSE_JOINED.search(
        told.text, cue.end(), max(cue.end(), first - told.start))


_CLAUSE_JOINED = re.compile(r",\s+(?:and|but|while)\b|;")


def _date_the_taking_by_its_retelling(events: list[Event]) -> None:
    """'Troops have retaken Markoye, the army said. Soldiers entered the town on Thursday': a
    town changing hands, told with no day of its own sentence, takes the day a later sentence
    tells it changed hands on (one town is taken once)."""
    for i, lead in enumerate(events):
        if lead.sub_event_type not in CONTROL_CHANGES or lead.geonameid is None or \
                (lead.date_text is not None and lead.date_text in lead.evidence[0].text):
            continue
        retold = next((e for e in events[i + 1:i + 6] if e.sub_event_type == lead.sub_event_type
                       and e.geonameid == lead.geonameid and e.time_precision == 1 and
                       e.date_text is not None and e.date_text in e.evidence[0].text and
                       e.event_date and lead.event_date and e.event_date <= lead.event_date),
                      None)
        if retold is not None:
            lead.event_date, lead.date_text = retold.event_date, retold.date_text
            lead.time_precision = retold.time_precision


def _kill_boasted(ev: Event) -> bool:
    """'The militant group said it had killed twenty soldiers': an armed group's own word for
    the fighters it killed, which a coder drops for the figures others gave (ACLED takes the
    most conservative report; the state's word on the militants it killed stands)."""
    speaker = fold(ev.attributed_to or "")
    if speaker and ev.inter1 != Inter.STATE and _CLAIMED_AND_SAID.search(ev.evidence[0].text):
        return True  # "IS claimed the attack and said 20 members were killed": the claimant's
    # (also "JNIM put the number of soldiers its men had killed at ten")
    claim = _CLAIMED_A_KILLING.search(ev.evidence[0].text) or \
        _PUT_ITS_KILLED_AT.search(ev.evidence[0].text)
    if ev.inter1 not in (Inter.STATE, Inter.CIVILIANS) and claim is not None and \
            not any(actor_kind(w.lower()) == "state" for w in
                    re.findall(r"[A-Za-z]+", ev.evidence[0].text[:claim.start()])):
        return True  # "JNIM claimed in a statement that it had killed 60": its own word
    # (a killing the group says it did, not "said it had carried out the attack": a claim of
    # the act, whose toll others gave)
    return bool(speaker) and ev.inter1 != Inter.STATE and \
        ev.inter2 not in (Inter.CIVILIANS, *CROWDS) and \
        any(a.role == "source" and a.text and (fold(a.text) == speaker or
                                               _THE_SPEAKERS_OWN.match(a.text) is not None)
            for a in ev.actors) and \
        bool(_KILLING_TOLD.search(ev.evidence[0].text))


# "FLEC said its fighters had killed six soldiers": the speaker's own men, named by a possessive
_THE_SPEAKERS_OWN = re.compile(r"(?i)(?:its|their)\s+(?:own\s+)?(?:fighters|men|forces|members|"
                               r"militants|units)\b")


_KILLING_TOLD = re.compile(r"(?i)\b(?:kill(?:ed|ing)?|neutrali[sz]ed|dead|died)\b")


_CLAIMED_A_KILLING = re.compile(r"(?i)\bclaimed\b[^.;]{0,40}?\b(?:that\s+(?:it|they)\s+(?:had\s+)?"
                                r"|to\s+have\s+)killed\b")
_PUT_ITS_KILLED_AT = re.compile(r"(?i)\b(?:put|puts|placed|gave)\s+the\s+(?:number|count)\s+of\s+"
                                r"[^.;]{0,40}?\b(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+)?"
                                r"killed\s+(?:at|as)\b")
# "..., the group said, claiming that fifteen soldiers had been killed": a side's count
_CLAIMING_DEAD = re.compile(r"(?i)\bclaiming\s+(?:that\s+[^.;]{0,40}?\b(?:had\s+been|were)\s+"
                            r"(?:killed|neutrali[sz]ed)|to\s+have\s+killed)\b")
# "M23 said ... that it had not lost a single man": the other side's word that none died
_NONE_OF_OURS_LOST = re.compile(r"(?i)\b(?:had|has|have)\s+not\s+lost\s+(?:a\s+single|any)\b|"
                                r"\blost\s+(?:no\s+(?:men|fighters|soldiers|one)|nobody|"
                                r"no-one|none\s+of\s+(?:its|their)\s+\w+)\b|"
                                r"\bsuffered\s+no\s+(?:losses|casualties)\b")
_CLAIMED_AND_SAID = re.compile(r"(?i)\bclaimed\s+(?:responsibility\s+for\s+|credit\s+for\s+)?"
                               r"(?:the|this|that|its)\s+(?:[a-z-]+\s+){1,3}?and\s+(?:said|says)\b")


def kill_claims_denied(events: list[Event], text: str) -> list[Event]:
    """'The rebels said they had killed six soldiers ... The army denied losing any men': an
    armed group's count of the enemies it killed, denied by that enemy, counts no one (ACLED
    takes the most conservative report)."""
    for ev in events:
        # ("..., claiming to have killed 15 rebels. M23 said ... it had not lost a single man":
        # the claim told with the act, the denial told with it as well)
        if not ev.fatalities or not (
                (len(ev.evidence) == 1 and _kill_boasted(ev)) or
                _CLAIMING_DEAD.search(ev.evidence[0].text)):
            continue
        end = ev.evidence[0].end
        # (the rest of its paragraph, or the next one's start when the claim ends its own)
        after = next((part for part in text[end:end + DENIAL_REACH].split("\n\n")
                      if part.strip()), "")
        if LOSSES_DENIED.search(after) or _NONE_OF_OURS_LOST.search(after):
            ev.fatalities = 0
    return events


def none_of_theirs_lost(events: list[Event]) -> list[Event]:
    """'The army said two soldiers and four rebels were killed; FLEC said it had lost no
    fighters': a side's own word that none of its men died stands for the enemy's count of
    them (ACLED takes the most conservative report), where the toll is the sum of the sides
    counted."""
    for ev in events:
        if not ev.fatalities or not is_violent(ev):
            continue
        texts = [e.text for e in ev.evidence]
        # (a denial only by a body the lexicon knows: "the army denied losing anyone")
        spared = {side for t in texts for m in (*_NONE_LOST.finditer(t), *(
                      d for d in _DENIED_LOSING.finditer(t)
                      if d.group(1).split()[-1].lower() in actor_lexicon()))
                  if (side := _side_of_name(m.group(1))) is not None}
        counted = [pair for t in texts for pair in claimed_dead(t)]
        # (not "a militia spokesman said three of his fighters died; M23 said it had lost no
        # one": a side's own dead, by its own word, whoever else lost none)
        own_word = any(_OWN_MEN_DEAD.search(t) for t in texts)
        if spared and counted and not own_word and sum(n for _, n in counted) == ev.fatalities:
            ev.fatalities = sum(n for side, n in counted
                                if not any(not opposite_sides(side, s) for s in spared))
    return events


_OWN_MEN_DEAD = re.compile(r"(?i)\b[\w-]+\s+of\s+(?:his|her|its|their|our)\s+(?:own\s+)?"
                           r"(?:fighters|men|soldiers|members|troops)\b")
# "FLEC said it had lost no fighters", "the rebels said they suffered no losses"
_NONE_LOST = re.compile(r"(?i)\b((?:the\s+)?[\w-]+)\s+(?:said|says|claimed)\s+(?:that\s+)?"
                        r"(?:it|they)\s+(?:had\s+)?(?:lost\s+(?:(?:no|not\s+a\s+single)\s+"
                        r"(?:one|fighters?|men|soldiers?|members?)|nobody|no-one)|suffered\s+no\s+"
                        r"(?:losses|casualties))\b")


# "the army denied losing anyone", "the rebels denied having lost any fighters"
_DENIED_LOSING = re.compile(r"(?i)\b((?:the\s+)?[\w-]+)\s+(?:has\s+|have\s+)?denied\s+"
                            r"(?:losing|having\s+lost)\s+(?:anyone|anybody|any\b|a\s+single\b)")


def _side_of_name(name: str) -> int | None:
    """The armed side a speaker's name is: a lexicon word's ('the army'), or a group named by
    its own name ('FLEC'), a non-state side."""
    last = name.split()[-1]
    if last.lower() in word_classes()["named_group_heads"]:
        return int(Inter.REBELS)  # "the group said it had lost nobody": the armed group told
    entry = actor_lexicon().get(last.lower()) or actor_lexicon().get(last.lower().rstrip("s"))
    if entry is not None:
        return int(entry["inter"]) if entry["kind"] in ("state", "armed") else None
    return int(Inter.REBELS) if last[:1].isupper() else None


_FIGURE_REJECTED = re.compile(r"(?i)\ba\s+(?:figure|claim|toll|number|count)\s+(?:that\s+)?"
                              r"(?:[\w'’-]+\s+){1,4}?(?:rejected|denied|disputed|dismissed)\b")
DENIAL_REACH = 200  # characters after the claim where the other side's denial is looked for


def _rival_count(ev: Event, prior: Event) -> bool:
    """Whether `ev` restates the incident's toll of unarmed victims as one source's count set
    against another's ('Hengaw said three were killed, while the governor said two had died')."""
    if not (ev.fatalities and prior.fatalities) or ev.fatalities == prior.fatalities:
        return False
    sides = {ev.inter2, prior.inter2}
    if prior.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack") and \
            Inter.CIVILIANS in sides and \
            sides & set(ARMED_GROUPS) and \
            fold(ev.attributed_to or "") != fold(prior.attributed_to or ""):
        # "a spokesman said eight civilians were killed ... sources on the other side said
        # the strikes killed more than 20 militants": the strike's dead, counted by rivals
        return True
    if _people_counted(ev) and _people_counted(prior) and \
            fold(ev.attributed_to or "") != fold(prior.attributed_to or "") and \
            not _UPDATE_CUE.search(ev.evidence[0].text):
        # "..., leaving three people dead, the ministry said. Local activists said seven
        # people had been killed": two sources' counts of the same dead, of no side
        return True
    if any(e.inter2 in ARMED_GROUPS for e in (ev, prior)) and \
            not (ev.actor2 and ev.actor2 == prior.actor2):
        # the dead of two armed sides, each told by its own side, add up (not "the rebels said
        # they had killed three soldiers, but the army said one had died": one side's dead)
        return False
    split = claimed_dead(ev.evidence[0].text)
    if any(n == ev.fatalities and m == prior.fatalities and opposite_sides(k, o)
           for k, n in split for o, m in split):
        return False  # "two soldiers were killed and 18 terrorists neutralised": both sides' dead
    return bool(_DISPUTE_CUE.search(ev.evidence[0].text)) or _told_by_rival_sources(ev, prior)


def _people_counted(ev: Event) -> bool:
    """Whether a mention counts its dead as people of no side ('seven people had been
    killed'), its toll being that count."""
    return any(parse_count(m.group(1)) == ev.fatalities
               for e in ev.evidence for m in _PEOPLE_COUNT.finditer(e.text))


_PEOPLE_COUNT = re.compile(r"(?i)\b([\w-]+)\s+(?:people|persons)\b")
_DISPUTE_CUE = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, word_classes()["dispute_cues"]))
                          + r")\b")
_UPDATE_CUE = re.compile(r"(?i)\b(?:" + "|".join(
    map(re.escape, word_classes()["toll_update_cues"])) + r")\b")


_BARE_COUNT = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?=(?:[a-z]+\s+)?(?:were|"
                         r"had\s+been|have\s+been|died)\b)(?=((?:were|had|have|died)\b)?)")


def _told_by_rival_sources(ev: Event, prior: Event) -> bool:
    """'the military said one soldier was killed ... the rebels said their fighters had killed
    three soldiers': one side's dead counted by two sources, no update of either (not 'hospital
    officials later said the toll had risen to five')."""
    mine, theirs = (fold(e.attributed_to or "") for e in (ev, prior))
    # (a bare count, "Residents said 11 were killed", names no victims: the same dead)
    # (the count in figures, or in words right before its verb: "Residents said nine were
    # killed")
    bare = ev.actor1 is None and ev.actor2 is None and len(ev.evidence) == 1 and any(
        parse_count(m.group(1)) == ev.fatalities and (m.group(1)[0].isdigit() or m.group(2))
        for m in _BARE_COUNT.finditer(ev.evidence[0].text))
    if not (mine and theirs) or mine in theirs or theirs in mine or \
            (not bare and (ev.actor2 is None or ev.actor2 != prior.actor2)):
        return False
    told = ev.evidence[0].text
    if _UPDATE_CUE.search(told) or _TOLL_TO.search(told):
        return False
    # ("the ministry said three of its soldiers were killed ... the rebels said five of their
    # own fighters died": each side's own dead, which add up)
    return not all(any(_OWN_DEAD.search(x.text) for x in e.evidence) for e in (ev, prior))


CROWD_EVENTS = ("Peaceful protest", "Protest with intervention",
                "Excessive force against protesters", "Violent demonstration", "Mob violence")


def _at_the_country(ev: Event) -> bool:
    """Placed only at its country (not at a city that shares the country's name, told as the
    city: "In Djibouti city")."""
    if ev.location is None or ev.location != ev.country:
        return False
    told_as_city = ev.geo_precision == 1 and any(re.search(
        rf"(?i)\b{re.escape(ev.location)}\s+city\b|\bcity\s+of\s+{re.escape(ev.location)}\b",
        e.text) for e in ev.evidence)
    return not told_as_city


def placed_by_its_town(events: list[Event]) -> list[Event]:
    """An act placed only at the country, told again that day with its town (the same type,
    the one such act), is that act: "two days after officers used pepper spray on a protest in
    the capital ... On Sunday, police ... detained nine". Arrests so placed are those of the
    day's one protest or riot, when no arrests are told with a town."""
    dropped: set[int] = set()
    for ev in events:
        # (arrests the typing model set outside ACLED's scope are still the day's arrests)
        arrests = ev.sub_event_type == "Arrests" or (
            ev.sub_event_type is None and (ev.plover_event, ev.plover_mode) == ("COERCE", "arrest"))
        if ev.location is None or not _at_the_country(ev) or ev.modality != "asserted" or \
                not (ev.sub_event_type or arrests):
            continue
        towns = [o for o in events if o is not ev and id(o) not in dropped and
                 o.modality == "asserted" and o.sub_event_type == ev.sub_event_type and
                 o.event_date == ev.event_date and o.country == ev.country and
                 o.time_precision == ev.time_precision == 1 and o.geo_precision in (1, 2)
                 ] if ev.sub_event_type else []
        if not towns and arrests:
            # "The interior ministry said seventeen people had been arrested": the arrests
            # of the day's one protest or riot, told without its place
            towns = [o for o in events if o is not ev and id(o) not in dropped and
                     o.modality == "asserted" and o.sub_event_type in CROWD_EVENTS and
                     o.event_date == ev.event_date and o.country == ev.country and
                     o.time_precision == ev.time_precision == 1 and
                     o.geo_precision in (1, 2)]
            if len(towns) == 1 and towns[0].sub_event_type == "Peaceful protest":
                towns[0].disorder_type, towns[0].event_type, towns[0].sub_event_type = \
                    acled_types("Protest with intervention")
        if len(towns) != 1:
            continue
        town = towns[0]
        town.evidence += [e for e in ev.evidence if e not in town.evidence]
        town.arrested = town.arrested or ev.arrested
        town.fatalities = town.fatalities or ev.fatalities
        town.confidence = max(town.confidence, ev.confidence)
        dropped.add(id(ev))
    return [e for e in events if id(e) not in dropped]


def _named_place(ev: Event) -> bool:
    """A town or a part of one, not a region: listed (precision 1 or 2), or a small place the
    gazetteer lacks, told by name (its own id, below zero, whatever its precision)."""
    return ev.geo_precision in (1, 2) or (ev.geonameid is not None and ev.geonameid < 0)


def _toll_of_the_last(ev: Event, incident: Event) -> bool:
    """'That night, militiamen fought security forces inside Karrada. Medical sources said nine
    people were killed.': a toll with no one named and no place but the country, told in the
    next sentence (or first in the next paragraph) that day, is the toll of the violence just
    told."""
    told_next = 0 <= ev.evidence[0].start - incident.evidence[-1].end <= NEXT_SENTENCE_GAP
    return is_violent(ev) and ev.actor1 is None and bool(ev.fatalities) and \
        not incident.fatalities and ev.modality == incident.modality and \
        ev.event_date == incident.event_date and ev.location == ev.country and \
        ev.country == incident.country and told_next and \
        not _SEPARATE_INCIDENT.match(ev.evidence[0].text)


def _also_hurt_there(ev: Event, incident: Event) -> bool:
    """'Two people were killed when police opened fire on a crowd ... Seven policemen were also
    injured.': people "also" hurt, by no one named, with no day or place of their own, told in the
    next sentences that day, are hurt in the violence just told."""
    text = ev.evidence[0].text
    gap = ev.evidence[0].start - incident.evidence[-1].end
    return is_violent(ev) and bool(_ALSO_HURT.search(text)) and \
        not any(a.role == "source" for a in ev.actors) and ev.modality == incident.modality and \
        ev.event_date == incident.event_date and ev.location == ev.country and \
        ev.country == incident.country and 0 <= gap <= ALSO_HURT_REACH and \
        not (ev.date_text and ev.date_text in text) and not _SEPARATE_INCIDENT.match(text)


def _another_victim_there(ev: Event, incident: Event) -> bool:
    """'a crowd beat a man to death ... Officers later found a second man badly injured': a
    victim counted on from the one just told ('a second', 'another'), by no one named, in the
    next sentence that day with no place of its own, is hurt in that violence."""
    text = ev.evidence[0].text
    told_next = 0 <= ev.evidence[0].start - incident.evidence[-1].end <= NEXT_SENTENCE_GAP
    victim = _COUNTED_ON_VICTIM.search(text)
    # (the parse may make the victim found the doer: "Officers later found a second man")
    doers = [a.text or "" for a in ev.actors if a.role == "source"]
    return is_violent(ev) and victim is not None and told_next and \
        all(d in victim.group(0) for d in doers) and ev.modality == incident.modality and \
        ev.event_date == incident.event_date and ev.country == incident.country and \
        (ev.geonameid == incident.geonameid or not ev.location or
         ev.location not in text) and not _SEPARATE_INCIDENT.match(text)


_COUNTED_ON_VICTIM = re.compile(
    r"(?i)\b(?:a\s+(?:second|third|fourth|fifth)|another)\s+(?:(?:young|old|elderly)\s+)?"
    r"(?:man|woman|person|boy|girl|youth|victim|child)\b")


_ALSO_HURT = re.compile(r"(?i)\b(?:(?:was|were|had\s+been|have\s+been)\s+also|also\s+(?:was|were|"
                        r"had\s+been))\s+(?:killed|injured|wounded|hurt)\b(?!\s+by\b)|"
                        r"\balso\s+died\b")
ALSO_HURT_REACH = 400  # characters from the incident's last mention: a sentence or two on


NEXT_SENTENCE_GAP = 2  # characters between a sentence and the next: a space, or a paragraph break


def _held_at_the_last(arrests: Event, crowd: Event) -> bool:
    """Arrests by no one named, with no place of their own, told in the sentence after a
    protest or riot that day: that crowd's arrests."""
    told_next = 0 <= arrests.evidence[0].start - crowd.evidence[-1].end <= NEXT_SENTENCE_GAP
    placeless = arrests.location == arrests.country or (
        arrests.location is not None and arrests.location not in arrests.evidence[0].text)
    # (also "Police took away four of them within minutes": the state's force, holding some
    # of the crowd just told)
    of_them = arrests.sub_event_type == "Arrests" and arrests.inter1 == Inter.STATE and \
        arrests.modality == crowd.modality == "asserted" and \
        incidents.family(crowd) == f"protest/{crowd.kind}" and \
        any(a.role == "target" and ((a.text or "").lower() in PRONOUNS or (
            # (also "Police detained eight people.": people told only by their count)
            len((a.text or "").split()) == 2 and parse_count(a.text.split()[0]) is not None and
            a.text.lower().split()[-1] in ("people", "persons")))
            for a in arrests.actors)
    return told_next and placeless and (_arrests_at(arrests, crowd) or of_them) and \
        arrests.country == crowd.country and arrests.event_date == crowd.event_date


def _died_in_care(ev: Event, incident: Event) -> bool:
    """'Two officers were wounded, and one died of his injuries at the hospital in Natitingou':
    violence whose perpetrator goes untold, told with the hospital the victims were taken to, is
    the toll of the incident told just before it, wherever and whenever they died (ACLED)."""
    if not is_violent(ev) or ev.modality != incident.modality or \
            ev.evidence[0].start <= incident.evidence[0].start:
        return False
    if ev.event_date and incident.event_date and ev.event_date < incident.event_date:
        return False
    text = ev.evidence[0].text
    if _SEPARATE_INCIDENT.match(text):
        return False  # "Separately, a roadside bomb killed four": another incident
    if _specificity(ev) == SPECIFICITY["means"] and ev.sub_event_type != incident.sub_event_type \
            and ev.geonameid != incident.geonameid and ev.location and ev.location in text:
        # "treated 11 people after shells released a gas in the village of X": another means
        # at a place of its own, another act
        return False
    if died_of_wounds(text) and incident.fatalities:
        return True  # "two more had died of their wounds on Tuesday", whoever is named
    # (not "according to a nurse at the state hospital": where the count came from)
    return ev.actor1 is None and bool(_TAKEN_INTO_CARE.search(_ATTRIBUTION.split(text)[0]))


def _claims_the_last(ev: Event, incident: Event) -> bool:
    """'The BLA claimed responsibility for the attack': a claim for the violence just told
    (whatever day the claim was made), with no type or other place of its own, names that
    violence's perpetrator."""
    text = ev.evidence[0].text
    # (also one typed an attack, its claimant told as armed)
    if ev.sub_event_type not in (None, "Attack") or ev.modality != "asserted" or \
            ev.evidence[0].start <= incident.evidence[0].start or \
            not _CLAIMED_BACK.search(text):
        return False
    return ev.country == incident.country and (
        ev.geonameid == incident.geonameid or not ev.location or ev.location not in text)


_SAID_IT_DID = re.compile(r"(?i)\b(?:said|says|claimed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
                          r"[\"“‘']?[a-z]+ed\b")  # "said it had launched": the speaker's own act


def _claimed_at_the_country(ev: Event, incident: Event) -> bool:
    """'The rebels said they had fired rockets at sites in the country': a group's own word
    for strikes on the country, with no place of its own in the sentence, told after such a
    strike there that day, claims that strike."""
    speaker = fold(ev.attributed_to or "")
    # (the speaker's "it" standing for itself, whether or not the parse made it the doer)
    doers = [a for a in ev.actors if a.role == "source"]
    own_word = bool(speaker) and (not doers or any(a.text and fold(a.text) == speaker
                                                   for a in doers))
    # ("Turkey's defence ministry said it had "neutralised" two members of the PKK", after a
    # drone strike that killed two: the strike's own count of it, whatever type it reads as)
    same_toll = bool(ev.fatalities) and ev.fatalities == incident.fatalities and \
        is_violent(ev) and _specificity(incident) == SPECIFICITY["means"]
    return own_word and bool(_SAID_IT_DID.search(ev.evidence[0].text)) and \
        ev.evidence[0].start > incident.evidence[0].start and \
        ev.country == incident.country and ev.modality == "asserted" and \
        (ev.location == ev.country or not ev.location or
         ev.location not in ev.evidence[0].text) and \
        ev.event_date == incident.event_date and \
        (_specificity(ev) == _specificity(incident) == SPECIFICITY["means"] or same_toll)


_CLAIMED_BACK = re.compile(r"(?i)\b(?:(?:claimed|claims|claiming)\s+(?:responsibility|credit)\s+"
                           r"for|(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
                           r"(?:carried\s+out|was\s+behind|were\s+behind))\s+"
                           r"(?:the|this|that|these|those|its|their)\b")
_SEPARATE_INCIDENT = re.compile(r"(?i)\s*(?:separately|elsewhere|in (?:a|another) separate"
                                r"|in another (?:incident|attack))\b")
_ATTRIBUTION = re.compile(r"(?i)\baccording to\b")


def _whole_toll(ev: Event) -> int | None:
    """'bringing the death toll from the shooting to three': the incident's whole toll, told
    by one of its sentences (not a running count: 'the toll since March to 66')."""
    found = [parse_count(m.group(1)) for e in ev.evidence for m in _INCIDENT_TOLL_TO.finditer(
        e.text)]
    return max((n for n in found if n), default=None)


_INCIDENT_TOLL_TO = re.compile(r"(?i)\b(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+)?"
                               r"toll\s+(?:(?:from|in|of)\s+the\s+[\w-]+\s+)?to\s+([\w-]+)\b")


def _raises_toll_to(ev: Event, toll: int | None) -> bool:
    """Whether the mention tells the incident's whole toll ('raising the toll to six')."""
    return toll is not None and any(parse_count(m.group(1)) == toll for e in ev.evidence
                                    for m in _TOLL_TO.finditer(e.text))


_TOLL_TO = re.compile(r"(?i)\b(?:toll|total|number of dead)\b[^.;]{0,25}?\bto\s+([\w-]+)")


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_DEAD = re.compile(r"(?i)\ba\s+(" + "|".join(_ORDINALS) + r")\b")


_NTH_KILLED = re.compile(r"(?i)\ba\s+(" + "|".join(_ORDINALS) + r")\s+\w+\s+(?:was|had\s+been)\s+"
                         r"(?:shot\s+dead|killed)\b")


def _one_more(ev: Event) -> bool:
    """'A third man, shot during the fighting, died', 'A second student, shot in the stomach,
    died in hospital': a death added to the toll told before (the caller has read it as a
    late death of that incident)."""
    text = ev.evidence[0].text
    wounded_then_died, one_more = _late_death_patterns()
    return bool(one_more.search(text) and (wounded_then_died.search(text) or
                                           ev.fatalities == 1))


def died_of_wounds(text: str) -> bool:
    """'two more had died of their wounds on Tuesday': a late toll of an incident told."""
    return bool(_DIED_OF_WOUNDS.search(text) or _late_death_patterns()[0].search(text))


_DIED_OF_WOUNDS = re.compile(r"(?i)\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+"
                             r"(?:his|her|their|the)\s+(?:wounds|injuries)\b|" + ANOTHER_DIED)


@cache
def _late_death_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'shot during the fighting, died' (wounded in the act told, dead since) and 'a third
    man ... died' (a death more than those told)."""
    classes = word_classes()
    acts = "|".join(sorted(map(re.escape, classes["violence_nouns"] | classes["fight_words"]),
                           key=len, reverse=True))
    more = "|".join(map(re.escape, classes["additive"]))
    return (re.compile(rf"(?i)\b(?:shot|wounded|injured|hurt)\b[^.;]{{0,40}}?\b(?:during|in)\s+"
                       rf"the\s+(?:{acts})\s*,\s+(?:later\s+)?died\b"),
            re.compile(rf"(?i)\b(?:{more})\b[^.;]*?\bdied\b"))


def _the_doer_killed(prior: Event, ev: Event) -> bool:
    """'A man stabbed a pedestrian to death ... before a security guard shot him dead': a
    killing in the same sentence, by another, of the one who did the act (told by a pronoun)."""
    doers = [a for a in prior.actors if a.role == "source"]
    killers = [a for a in ev.actors if a.role == "source"]
    told = ev.evidence[0]
    doer_words = (doers[0].text or "").lower().split() if len(doers) == 1 else []
    return told.start == prior.evidence[0].start and ev.fatalities == 1 and \
        bool(prior.fatalities) and len(killers) == 1 and \
        bool(doer_words) and doer_words[-1] in _ONE_PERSON and \
        not any(a.role == "target" for a in ev.actors) and \
        killers[0].start > doers[0].end and \
        _SHOT_HIM.search(told.text, max(0, killers[0].start - told.start)) is not None


# a person told in the singular ("a man", "an attacker"), who "him" or "her" may stand for
_ONE_PERSON = frozenset(w for w in word_classes()["person"] | word_classes()["lone_attackers"]
                        if not w.endswith(("s", "men")))
_SHOT_HIM = re.compile(r"(?i)\b(?:shot|killed|gunned)\s+(?:him|her)(?:\s+(?:dead|down))?\b")


def _add_dead_by_side(sides: dict[Side, int], mention: Event) -> None:
    """Add one mention's dead to an incident's dead by side: the victims' ACLED inter code, or
    None when the victims are "people", of several sides or unnamed."""
    if mention.fatalities is None:
        return
    split = dict(claimed_dead(mention.evidence[0].text))
    own_losses = _OWN_LOSSES.search(mention.evidence[0].text)
    lost = parse_count(own_losses.group(1)) if own_losses else None
    speaker = next((a.inter for a in mention.actors if a.role == "source" and a.inter), None)
    if speaker is None and len(split) == 1 and Inter.STATE not in split:
        speaker = Inter.STATE  # (its own losses, beside the armed men it says it killed)
    if lost and speaker is not None and split and speaker not in split and \
            sum(split.values()) + lost == mention.fatalities:
        # "The army put its own losses at four and said 'dozens of terrorists' had been
        # killed": the speaker's own dead, standing for any claim of them, beside the others'
        for kind, n in split.items():
            sides[kind] = max(sides.get(kind, 0), n)
        sides[(speaker, f"@{mention.evidence[0].start}")] = lost
        return
    if len(split) > 1 and sum(split.values()) == mention.fatalities and \
            any(opposite_sides(k, o) for k in split for o in split):
        # "killed 12 rebel fighters and lost one soldier": each side's dead, so that either
        # side's own count can stand for the other's claim of it
        for kind, n in split.items():
            sides[kind] = max(sides.get(kind, 0), n)
        return
    targets = [a for a in mention.actors if a.role == "target"]
    inters = {a.inter for a in targets}
    side = next(iter(inters)) if len(inters) == 1 and not any(
        _anyone(a.text) for a in targets) else None
    # "attacked a military post ..., killing four soldiers", "came under fire and returned
    # fire, killing five gang members": the dead the count names, whoever the target was (or
    # in a later sentence that gave the toll: "the army said it lost three soldiers")
    side = next((counted for e in mention.evidence
                 if (counted := counted_side(e.text, mention.fatalities)) is not None), side)
    if any(parse_count(m.group(1)) == mention.fatalities
           for m in _PEOPLE_COUNT.finditer(mention.evidence[0].text)):
        side = None  # "fought armed men ..., leaving three people dead": not the men's dead
    if side in UNARMED:
        # "a protester was shot dead ... killing a 22-year-old man": the unarmed dead of one
        # incident are one side, however each mention names them
        side = Inter.CIVILIANS
    # (also "... retook the town. The battalion said six of its fighters died": the toll the
    # incident gained from a later sentence, one side's own count)
    own = next((e for e in mention.evidence if (m := _OWN_DEAD.search(e.text)) is not None and
                parse_count(m.group(1)) == mention.fatalities), None)
    key: Side = side
    if own is not None and (mention.attributed_to or own is not mention.evidence[0]):
        # "the ministry said three of its soldiers were killed ... the rebels said five of
        # their own fighters had died": each side's own dead, told by each, add up
        key = (side, (mention.attributed_to or f"@{own.start}").lower())
    sides[key] = max(sides.get(key, 0), mention.fatalities)


Side = int | tuple[int | None, str] | None  # a kind of victim, or one speaker's own dead


def _dead_of_named_sides(sides: dict[Side, int]) -> tuple[int, bool]:
    """The dead of the sides named, added up, and whether a side's own count lowered another's
    claim: each speaker's count of its own dead adds to the others' of the same kind, and
    stands for any count of that kind told without a speaker (the lowest credible figure)."""
    plain: dict[int | None, int] = {key: n for key, n in sides.items() if isinstance(key, int)}
    # ("killed 12 militants ... the group said three of its fighters died": one non-state
    # side, whatever code each word for its men has)
    non_state = [k for k in plain if k in ARMED_GROUPS and k != Inter.STATE]
    owns: dict[int | None, int] = {}
    for key, n in sides.items():
        if isinstance(key, tuple):
            kind = key[0]
            if kind in ARMED_GROUPS and kind != Inter.STATE and kind not in plain and \
                    len(non_state) == 1:
                kind = non_state[0]
            owns[kind] = owns.get(kind, 0) + n
    kinds: set[int | None] = {*plain, *owns}
    # (a side's own count stands for the other side's claim of its dead: "the army said it had
    # killed six rebels ... the rebels said one of their fighters died": one)
    lowered = any(k in plain and owns[k] < plain[k] for k in owns)
    return sum(owns[k] if k in owns else plain[k] for k in kinds), lowered


UNARMED = (Inter.RIOTERS, Inter.PROTESTERS, Inter.CIVILIANS)


_PEOPLE_COUNT = re.compile(r"(?i)\b([\w-]+)\s+(?:people|persons)\b")
_OWN_DEAD = re.compile(r"(?i)\b([\w-]+)\s+of\s+(?:its|their|our)\s+(?:own\s+)?[a-z]+")
_OWN_LOSSES = re.compile(r"(?i)\b(?:put|puts|placed|places)\s+(?:its|their|our)\s+"
                         r"(?:own\s+)?losses\s+at\s+(?:about\s+)?([\w-]+)")
# ("18 'terrorists'": a count of people in scare quotes)
_COUNTED = re.compile(r"\b([\w-]+)(?=\s+['‘\"“]?((?:[\w-]+\s+){0,2}[a-z]+)\b)")


_DEATH_WORD = re.compile(r"(?i)\b(?:kill\w*|dead|died|death|lost|losing)\b")


def counted_side(text: str, count: int) -> int | None:
    """The ACLED inter code of the one kind of actor a count in the text names ('four
    soldiers', 'eleven Nigerien soldiers'), if one count equal to the toll names one."""
    found = {side for side, n in claimed_dead(text) if n == count}
    return found.pop() if len(found) == 1 else None


def side_counted(incident: Event, texts: list[str]) -> int | None:
    """The inter code of the side the incident's toll counts: by a count in the texts ('four
    soldiers'), else by the target counted ('killed eight Houthis', a group named as armed
    before, no lexicon word)."""
    return next((side for t in texts
                 if (side := counted_side(t, incident.fatalities or 0)) is not None), None) or \
        next((a.inter for a in incident.actors if a.role == "target" and a.text.split() and
              parse_count(a.text.split()[0]) == incident.fatalities), None)


def claimed_dead(text: str) -> list[tuple[int, int]]:
    """The (ACLED inter code, count) of each count of dead of one kind of actor in the text
    ('killed six rebels and lost two soldiers': rebels six, soldiers two)."""
    found = []
    for m in _COUNTED.finditer(text):
        # (not "a police commander said": an article counts no dead)
        count = parse_count(m.group(1)) if m.group(1).lower() not in ("a", "an") else None
        if count is None or not _DEATH_WORD.search(text, max(0, m.start() - 25), m.end() + 60):
            continue
        for w in m.group(2).lower().split():
            # ("23 militiamen": the plural of a lexicon's "-man")
            entry = actor_lexicon().get(w) or actor_lexicon().get(w.removesuffix("s")) or (
                actor_lexicon().get(w[:-3] + "man") if w.endswith("men") and len(w) > 3 else None)
            if entry is not None:
                found.append((int(entry["inter"]), count))
                break
    return found


def _anyone(victims: str) -> bool:
    """'twelve people', 'two persons', 'the victims': victims of no side in particular."""
    words = victims.lower().split()
    generic = word_classes()["generic_victims"]
    return not words or words[-1] in generic or words[-1].removesuffix("s") in generic


REMOTE_VIOLENCE = "Explosions/Remote violence"
SPECIFICITY = {"generic": 1, "protest": 2, "specific": 2, "strategic": 2, "means": 3,
               "prevented": 4}
SPECIFICITY_WEIGHT = 0.1
VIOLENT_RANK = 4  # a riot's rank in the protest incident group (acled_plover.tsv)


def _recovered_in_fighting(weapons: Event, fight: Event) -> bool:
    """Weapons taken in the same act as deadly violence: part of that act, not prevented (not
    a bomb defused after another went off: no one recovers arms in an explosion)."""
    # (also "took the base ... and carried off rifles and mortars": the spoils of
    # the capture)
    return _specificity(weapons) == SPECIFICITY["prevented"] and \
        fight.plover_event == "ASSAULT" and (bool(fight.fatalities or fight.injured) or
                                             fight.sub_event_type in CONTROL_CHANGES) and \
        fight.event_type != REMOTE_VIOLENCE


def _told_by_its_toll(toll: Event, incident: Event) -> bool:
    """'Two men were killed at the scene', after 'gendarmes fired on the march' on that day and
    in that place: violence whose perpetrator goes unnamed is the named incident's toll."""
    typing = _typing(toll)
    violence = typing.incident == "violence" if typing is not None else \
        toll.plover_event == "ASSAULT" and bool(toll.fatalities or toll.injured)
    # (not "Bulldozers demolished about 40 houses. ... residents who tried to stand in front
    # of the machines were pushed back": damage that hurt no one, by no crowd, is no act of
    # the protest told after it)
    violence = violence and not (
        toll.sub_event_type == "Looting/property destruction" and
        not (toll.fatalities or toll.injured) and
        incident.sub_event_type in (*PROTEST_KINDS, "Excessive force against protesters") and
        toll.evidence[0].start < incident.evidence[0].start and
        not any(w in CROWD_WORDS for w in re.findall(r"[a-z]+", toll.evidence[0].text.lower())))
    # (ACLED's default only, or a pronoun: '"They came and shot," said a student')
    untold = toll.actor1 is None or not any(
        a.role == "source" and a.normalized == toll.actor1 and
        (a.text or "").lower() not in PRONOUNS for a in toll.actors)
    # (not "he was dragged from his car and beaten by men in plain clothes": doers named,
    # though as no actor the lexicon knows)
    untold = untold and not _BY_UNKNOWN_MEN.search(toll.evidence[0].text)
    # (nor "at least seven people have been executed over the unrest": a tally to date)
    tally = bool(_PERFECT_PASSIVE.search(toll.evidence[0].text)) and not (
        toll.date_text and toll.date_text in toll.evidence[0].text)
    return violence and untold and not tally and \
        incident.actor1 is not None and is_violent(incident) and \
        toll.modality == incident.modality == "asserted"


def _toll_told_next(incident: Event, toll: Event) -> bool:
    """'... exchanged fire with gangs in the Solino neighbourhood. Police said four gang
    members were killed': the next sentence's dead, told with no place, are the act's."""
    told = toll.evidence[0].text
    return _told_next(incident, toll) and len(toll.evidence) == 1 and \
        not (toll.location and fold(toll.location) in fold(told)) and \
        _told_by_its_toll(toll, incident)


_PERFECT_PASSIVE = re.compile(r"(?i)\b(?:have|has)\s+(?:since\s+)?been\s+(?:killed|executed|"
                             r"hanged|shot|wounded|injured)\b")
_BY_UNKNOWN_MEN = re.compile(r"(?i)\bby\s+(?:(?:a|an|the|two|three|four|five|several|unknown|"
                             r"unidentified|masked|armed|young|a\s+group\s+of)\s+)*"
                             r"(?:men|man|gang|youths|assailants|attackers|gunmen)\b")


def _toll_told_at_its_region(toll: Event, incident: Event) -> bool:
    """'fighters captured Matupi ..., in Chin state. The spokesman said eleven soldiers had
    been killed': an unclaimed toll told next, placed at the region the incident lies in."""
    return toll.geo_precision == 3 and toll.location is not None and \
        toll.location == toll.admin1 and toll.admin1 == incident.admin1 and \
        toll.country == incident.country and toll.geonameid != incident.geonameid and \
        toll.time_precision == incident.time_precision == 1 and \
        toll.event_date == incident.event_date and _told_next(incident, toll) and \
        _told_by_its_toll(toll, incident)


def _told_next(first: Event, then: Event) -> bool:
    """Whether `then` is told in the sentence right after one of `first`'s ("protesters set
    fire to a post ... Gendarmes opened fire, killing a boy")."""
    starts = {e.start for e in then.evidence}
    return any(0 <= s - e.end <= 2 for e in first.evidence for s in starts)


def _told_as_its_cause(crowd: Event, act: Event) -> bool:
    """'Youths burned cars ... after a man was shot dead in a dispute': a killing told in the
    clause that gives a crowd's reason, which happened before the crowd acted."""
    if crowd.sub_event_type not in CROWD_EVENTS or act.sub_event_type != "Attack" or \
            crowd.evidence[0].start != act.evidence[0].start:
        return False
    doers = [a for a in crowd.actors if a.role == "source"]
    told = crowd.evidence[0]
    if not doers or not act.actors:
        return False
    cue = _CAUSE_CUE.search(told.text, max(a.end for a in doers) - told.start)
    return cue is not None and all(a.start >= told.start + cue.end() for a in act.actors)


_CAUSE_CUE = re.compile(r"\b(?:after|following)\b")


def _force_on_the_crowd(force: Event, crowd: Event) -> bool:
    """A state force's attack on people with no toll of its own (or one the crowd's toll
    already holds), told on the day and in the place where it met a crowd (the caller checks
    day and place): that meeting, told again."""
    return force.sub_event_type == "Attack" and (
        force.inter1 == Inter.STATE or _dead_of_the_crowd(force, crowd)) and \
        (not force.fatalities or force.fatalities <= (crowd.fatalities or 0) or
         _told_next(crowd, force)) and \
        crowd.sub_event_type in (
            "Violent demonstration", "Excessive force against protesters",
            "Protest with intervention", "Mob violence") and \
        force.modality == crowd.modality == "asserted"


def _dead_of_the_crowd(force: Event, crowd: Event) -> bool:
    """'Farmers threw stones at the eradication team ... Taliban fighters opened fire, killing
    two of the farmers': fire, told next, whose dead it counts among the crowd's own people."""
    crowd_words = {a.text.lower().split()[-1] for a in crowd.actors
                   if a.role == "source" and a.text}
    return bool(force.fatalities) and _told_next(crowd, force) and any(
        m.group(1).lower() in crowd_words | {"them"}
        for e in force.evidence for m in _OF_THOSE.finditer(e.text))


_OF_THOSE = re.compile(r"(?i)\b\w+\s+of\s+(?:the\s+)?([a-z]+)\b")  # "two of the farmers"


def _arrests_at(arrests: Event, protest: Event) -> bool:
    """Arrests told without who made them, on the day and in the place of a protest or riot
    (the caller checks day and place): that protest's arrests."""
    # (also "Four of the women were detained for several hours", left untyped: the count of
    # those held there that day)
    # (and "Police said 11 people were detained and officers were hurt", typed as an
    # intervention with no crowd of its own: the intervention in the protest told before)
    held = arrests.sub_event_type in ("Arrests", "Protest with intervention") or (
        arrests.sub_event_type is None and bool(arrests.arrested) and
        arrests.plover_event == "COERCE")
    return held and arrests.actor1 is None and \
        incidents.family(protest) == f"protest/{protest.kind}" and \
        protest.sub_event_type != "Arrests" and \
        arrests.modality == protest.modality == "asserted"


def _perpetrator_arrested(arrests: Event, violence: Event) -> bool:
    """'The attacker was arrested at the scene', told right after an act of violence on that
    day and in that place (or told as held 'at the scene' of it): the act's perpetrator caught,
    the act's arrests (ACLED codes no arrest event of its own)."""
    if arrests.sub_event_type != "Arrests" or violence.sub_event_type in (None, "Arrests") or \
            arrests.modality != "asserted":
        return False  # (asked of every pair of mentions of a day and place: the cheap test first)
    # (the name before an apposed age: "the man, 61", "two men aged 25 and 29")
    held = {named.split()[-1] for a in arrests.actors if a.role == "target" and a.text
            if (named := _AGE_AFTER.split(a.text.lower())[0].strip())}
    # ("Two supermarkets were looted overnight ... Police arrested 14 people.": the looters)
    # (also "Police pulled the others to safety and took them into custody": those just told)
    # (also "two men were detained at the site": men no one names, held where it was)
    # (also "police arrested three": people told by their count alone)
    generic = bool(held) and all(w in GENERIC_DETAINEES | PRONOUNS | UNNAMED_MEN or
                                 parse_count(w) is not None for w in held)
    # (also "Police later arrested six members of a nationalist group": held after it)
    later = any(_HELD_LATER.search(e.text) for e in arrests.evidence)
    rounded_up = violence.sub_event_type in (*RIOTS, "Looting/property destruction") and (
        generic or later)
    # (also "Two men were detained nearby a short time later")
    at_the_scene = any(_AT_THE_SCENE.search(e.text) or _CAUGHT_NEARBY.search(e.text)
                       for e in arrests.evidence)
    # ("... killed in a gunfight with an armed gang. Four gang members were arrested.": the
    # armed side the state forces fought)
    fought = arrests.inter2 in ARMED_GROUPS[1:] and Inter.STATE in (violence.inter1,
                                                                     violence.inter2) and \
        violence.sub_event_type in ("Armed clash", "Attack")
    # ("A man punched a candidate ... the man was detained": the doer, named again)
    doer = {a.text.lower().split()[-1] for a in violence.actors if a.role == "source" and a.text}
    if any(_DROVE.search(e.text) for e in violence.evidence):
        doer |= {"driver", "motorist"}
    # ("Bystanders held the attacker until officers arrived and detained him": the one
    # held, told by the sentence though the parse left the arrest without its object)
    if not held:
        held = {w.lower() for e in arrests.evidence
                for w in (*_PERPETRATOR_TOLD.findall(e.text), *_LONE_ONE_HELD.findall(e.text),
                          *_LONE_ONE_TAKEN.findall(e.text))}
    # ("A man punched a campaign volunteer ... He was arrested shortly afterwards": the one
    # doer, told next as he or she)
    # (also where a joined act gave the parse a second doer: "A man punched a volunteer who was
    # putting up posters ... and tore down the posters": the act's first doer, one person)
    first = next((a.text.lower().split() for a in violence.actors
                  if a.role == "source" and a.text), [])
    one_first = bool(first) and first[-1] in ONE_DOER_NOUNS
    # (also "A driver steered his pickup into marchers ... The man was arrested": the one
    # doer, told again as the man)
    the_one = any(a.role == "target" and a.text and a.text.lower().split()[-1] in ONE_DOER_NOUNS
                  and f"the {a.text.lower()}" in e.text.lower()
                  for a in arrests.actors for e in arrests.evidence)
    lone_doer = bool(held) and (held <= LONE_PRONOUNS or the_one) and \
        (len(doer) == 1 or one_first)
    if _the_doers_held(arrests, violence):
        return True
    # ("He was arrested at the scene": whoever did it, held where it was done)
    return ((is_violent(violence) and (bool(held & (PERPETRATORS | doer)) or lone_doer or
                                       ((generic or not held) and at_the_scene) or fought))
            or rounded_up) and (_told_next(violence, arrests) or at_the_scene)


def _held_at_its_scene(arrests: Event, act: Event) -> bool:
    """An arrest 'at the scene', told in the sentence after an act of violence on its day and
    naming no place of its own: the act's doer, held there."""
    text = arrests.evidence[0].text
    return arrests.event_date == act.event_date and _told_next(act, arrests) and \
        bool(_AT_THE_SCENE.search(text)) and \
        (arrests.location is None or arrests.location not in text) and \
        _perpetrator_arrested(arrests, act)


ONE_DOER_NOUNS = frozenset(word_classes()["one_doer_nouns"])


def _the_doers_held(arrests: Event, act: Event) -> bool:
    """'Two activists who painted slogans over a billboard ... were caught and detained': those
    held are the very doers the act's own clause names (one mention of them for both)."""
    if arrests.sub_event_type != "Arrests" or not (
            is_violent(act) or act.sub_event_type == "Looting/property destruction"):
        return False
    one_sentence = arrests.evidence[0].start == act.evidence[0].start
    if one_sentence and any(a.role == "target" and a.text and
                            a.text.lower().split()[-1] in PERPETRATORS
                            for a in arrests.actors) and \
            _AT_THE_SCENE.search(arrests.evidence[0].text):
        return True  # "..., adding that two suspects had been detained at the scene"
    if one_sentence and not any(a.role == "target" for a in arrests.actors) and \
            any(a.role == "source" for a in act.actors) and \
            _AT_THE_SCENE.search(arrests.evidence[0].text):
        return True  # "A man punched a candidate ... and was detained at the scene": the doer
    # (also "Two men were caught by police as they tore down billboards": the doers, told by
    # a pronoun in the clause of the moment they were caught)
    caught_at_it = one_sentence and not any(a.role == "source" for a in act.actors) and \
        bool(_CAUGHT_AS_THEY.search(arrests.evidence[0].text))
    return caught_at_it or any(
        a.role == "source" and b.role == "target" and (a.start, a.end) == (b.start, b.end)
        for a in act.actors for b in arrests.actors)


_CAUGHT_AS_THEY = re.compile(r"(?i)\b(?:caught|arrested|detained|apprehended|seized)\b[^.;]*?"
                             r"\b(?:as|while|when)\s+(?:they|he|she)\s+(?:were\s+)?\w+")


def _held_again(arrests: Event, act: Event) -> bool:
    """'... were caught in the act and detained', in the sentence of an act whose doers' arrest
    it already holds: the one arrest told by a second verb, naming no one of its own."""
    return arrests.sub_event_type == "Arrests" and act.sub_event_type != "Arrests" and \
        bool(act.arrested) and not any(x.role == "target" for x in arrests.actors) and \
        (is_violent(act) or act.sub_event_type == "Looting/property destruction")


_HELD_LATER = re.compile(r"(?i)\b(?:later|subsequently|afterwards)\s+(?:arrested|detained)\b")


def _a_doer_held(arrests: Event) -> bool:
    """'Police arrested the driver at the scene': arrests of one who did violence told before,
    not of a crowd."""
    return arrests.sub_event_type == "Arrests" and any(
        a.role == "target" and a.text and
        a.text.lower().split()[-1] in PERPETRATORS | {"driver", "motorist"}
        for a in arrests.actors)


_PERPETRATOR_TOLD = re.compile(r"(?i)\bthe\s+(" + "|".join(sorted(PERPETRATORS, key=len,
                                                                     reverse=True)) + r")\b")
LONE_PRONOUNS = frozenset(("he", "she", "him", "her"))
_LONE_ONE_HELD = re.compile(r"(?i)\b(he|she)\s+was\s+(?:\w+ly\s+|later\s+|then\s+)?"
                            r"(?:arrested|detained|held|caught|apprehended)\b")
_LONE_ONE_TAKEN = re.compile(r"(?i)\b(?:arrested|detained|caught|apprehended)\s+(him|her)\b")
_CAUGHT_NEARBY = re.compile(r"(?i)\b(?:detained|arrested|caught|held|apprehended)\s+nearby\b")
_AGE_AFTER = re.compile(r",|\s+aged\s+|\s+\d")


def _damage_of_the_arrest(arrests: Event, damage: Event) -> bool:
    """'Police detained a journalist at her flat ... officers smashed the door and seized her
    laptop': what the state's force broke or took in making arrests is part of
    them (ACLED codes no property destruction of its own)."""
    return arrests.sub_event_type == "Arrests" and arrests.inter1 == Inter.STATE and \
        damage.sub_event_type == "Looting/property destruction" and \
        damage.inter1 == Inter.STATE and damage.modality == arrests.modality == "asserted"


def _weapons_of_the_arrest(arrests: Event, weapons: Event) -> bool:
    """'Police arrested three men in raids in Linz ... and seized weapons': what the state's
    force took from those it held is part of the arrests (and the arrests part of a seizure
    told before them: 'Border guards seized rifles at the crossing. Two men were held')."""
    # (an agency the lexicon does not know, "The RCMP arrested a man": arrests are the state's)
    return arrests.sub_event_type == "Arrests" and (arrests.inter1 == Inter.STATE or (
        arrests.inter1 is None and arrests.actor1 is not None)) and \
        weapons.sub_event_type == "Disrupted weapons use" and \
        weapons.inter1 in (Inter.STATE, None) and \
        weapons.modality == arrests.modality == "asserted" and \
        not any(e.fatalities or e.injured for e in (arrests, weapons))


def _the_states_version(prior: Event, ev: Event) -> bool:
    """A riot told in a later sentence by the state's own sources ('State media said police
    had come under fire from rioters'), of a crowd its forces were told to have fired on."""
    return prior.sub_event_type == "Excessive force against protesters" and \
        ev.sub_event_type == "Violent demonstration" and prior.modality == "asserted" and \
        ev.evidence[0].start > prior.evidence[0].start and \
        _STATE_SAID.search(ev.evidence[0].text) is not None


_STATE_SAID = re.compile(r"(?i)\b(?:the\s+)?(?:" + "|".join(
    re.escape(s) for s in sorted(word_classes()["state_sources"], key=len, reverse=True)) +
    r")\s+(?:\w+\s+){0,2}?(?:said|says|claimed|claims|insisted|maintained)\b")


def _outranks(ev: Event, prior: Event) -> bool:
    """Whether `ev`'s type codes the incident better: the violence over the weapons it took,
    the higher rank within one incident's types (a protest's intervention over its arrests),
    else the more specific type."""
    if ev.sub_event_type == "Excessive force against protesters" and \
            prior.sub_event_type == "Attack" and prior.inter1 in ARMED_GROUPS[1:] and \
            ev.inter1 in (None, *ARMED_GROUPS[1:]):
        return False  # "armed men fired on protesters ..., wounding three": no state's force
    if _perpetrator_arrested(ev, prior) or _perpetrator_arrested(prior, ev):
        return _perpetrator_arrested(prior, ev)
    if _held_again(ev, prior) or _held_again(prior, ev):
        return _held_again(prior, ev)
    if _side_held_in_the_fight(ev, prior) or _side_held_in_the_fight(prior, ev):
        return _side_held_in_the_fight(prior, ev)  # the fight codes it, its arrests counted
    if _damage_of_the_arrest(ev, prior) or _damage_of_the_arrest(prior, ev):
        return _damage_of_the_arrest(ev, prior)
    if _weapons_of_the_arrest(ev, prior) or _weapons_of_the_arrest(prior, ev):
        return ev.evidence[0].start < prior.evidence[0].start  # the one told first
    if _recovered_in_fighting(ev, prior) or _recovered_in_fighting(prior, ev):
        return _recovered_in_fighting(prior, ev)
    pair = {ev.sub_event_type: ev, prior.sub_event_type: prior}
    if set(pair) == {"Armed clash", "Attack"} and (
            pair["Attack"].inter2 in ARMED_GROUPS or _raid_with_a_fight(ev, prior) or
            (pair["Attack"].inter2 is None and _told_as_a_fight(pair["Armed clash"])) or
            (pair["Attack"].inter1 == Inter.STATE and pair["Attack"].inter2 == Inter.CIVILIANS
             and Inter.STATE in (pair["Armed clash"].inter1, pair["Armed clash"].inter2) and
             _told_as_a_fight(pair["Armed clash"]))):
        # "gunmen fired on a patrol ... killed in the shootout": both sides fought (an attack
        # on no one named does not say otherwise when the clash is told as a firefight; nor
        # "the killing of two men by police", told then as officers who "came under fire ...
        # and returned fire").
        return ev.sub_event_type == "Armed clash"
    opener = next((t for t in pair if t in ("Remote explosive/landmine/IED",
                                             "Shelling/artillery/missile attack")), None)
    if opener is not None and set(pair) == {"Armed clash", opener} and \
            _told_as_a_fight(pair["Armed clash"]) and (
                opener == "Remote explosive/landmine/IED" or
                all(a.role != "source" or a.normalized is None for a in pair[opener].actors)):
        # "The patrol was hit by a roadside bomb ... Troops returned fire": an ambush both
        # sides fought is a clash, whatever opened it ("two armed groups fought ... shells hit
        # several homes": the fight's shells, no one's shelling of its own)
        return ev.sub_event_type == "Armed clash"
    means = [e for e in (ev, prior) if e.sub_event_type in ("Grenade",
                                                            "Remote explosive/landmine/IED")]
    deadly = next((e for e in (ev, prior) if all(e is not m for m in means)), None)
    if len(means) == 1 and deadly is not None and deadly.fatalities and \
            not (means[0].fatalities or means[0].injured) and \
            any(a.role == "source" and a.normalized == deadly.actor1 for a in deadly.actors):
        # "Israeli forces killed three during a raid ... an explosive device was thrown at
        # troops": a harmless device told within a deadly act does not name it
        return means[0] is prior
    if set(pair) == set(NATIONAL_ORDERS) and ev.evidence[0].start == prior.evidence[0].start:
        return ev is pair["Other"]  # the emergency declared, with the bans it brings
    if set(pair) == {"Attack", "Violent demonstration"} and \
            ev.evidence[0].start == prior.evidence[0].start and \
            _sources(pair["Attack"]) & _sources(pair["Violent demonstration"]) and \
            pair["Attack"].inter2 in (None, Inter.CIVILIANS):
        # "settlers attacked farmers, beating four men and stoning their cars": how the
        # attackers fell on people, no demonstration
        return ev is pair["Attack"]
    if _told_by_its_toll(ev, prior) or _told_by_its_toll(prior, ev):
        toll, named = (ev, prior) if _told_by_its_toll(ev, prior) else (prior, ev)
        if _specificity(toll) > _specificity(named) == SPECIFICITY["generic"]:
            # "mortar rounds struck houses ... its fighters fired the shells": the means stays
            return toll is ev
        return _told_by_its_toll(prior, ev)
    a, b = _typing(ev), _typing(prior)
    if a is not None and b is not None and set(a.incidents) & set(b.incidents) \
            and a.rank != b.rank:
        return a.rank > b.rank
    return _specificity(ev) > _specificity(prior)


def _sources(ev: Event) -> set[str]:
    """The words naming the act's doers ('israeli settlers')."""
    return {a.text.lower() for a in ev.actors if a.role == "source" and a.text}


def _raid_with_a_fight(a: Event, b: Event) -> bool:
    """One sentence telling one force's attack and its clash ('raided the camp and exchanged
    fire with gunmen, killing three'): the same fight."""
    pair = {a.sub_event_type: a, b.sub_event_type: b}
    return set(pair) == {"Armed clash", "Attack"} and \
        a.evidence[0].start == b.evidence[0].start and a.actor1 is not None and \
        a.actor1 == b.actor1 and _told_as_a_fight(pair["Armed clash"])


def _attack_fought_back(a: Event, b: Event) -> bool:
    """One sentence telling an attack on an armed side and that side's fire back ('repelled an
    attack on its base, killing 15 assailants'): one clash, as both sides fought."""
    pair = {a.sub_event_type: a, b.sub_event_type: b}
    if set(pair) != {"Armed clash", "Attack"} or a.evidence[0].start != b.evidence[0].start:
        return False
    attack, clash = pair["Attack"], pair["Armed clash"]
    return attack.inter2 in ARMED_GROUPS and None not in (attack.actor2, clash.actor1) and \
        incidents.swapped_sides(attack, clash)


def _told_as_a_fight(ev: Event) -> bool:
    """Whether the record's first sentence names a fight ('in a firefight', 'clashes')."""
    text = ev.evidence[0].text.lower()
    return any(w in word_classes()["fight_words"] for w in re.findall(r"[a-z-]+", text)) or \
        any(p in text for p in word_classes()["fight_phrases"])


def _side_held_in_the_fight(arrests: Event, fight: Event) -> bool:
    """'Gendarmes exchanged fire with gunmen ..., and one of the gunmen was wounded and
    arrested': a man of the side the state fought, held in that fight (one event)."""
    if arrests.sub_event_type != "Arrests" or fight.sub_event_type not in ("Armed clash",
                                                                           "Attack") or \
            Inter.STATE not in (fight.inter1, fight.inter2):
        return False
    sides = {w for x in fight.actors if x.text and x.inter != Inter.STATE
             for w in re.findall(r"[a-z]+", x.text.lower())}
    return any(m.group(1) in sides for e in arrests.evidence
               for m in _ONE_OF_THEM_HELD.finditer(e.text))


_ONE_OF_THEM_HELD = re.compile(r"(?i)\b(?:one|two|three|four|five|some|several|all)\s+of\s+"
                               r"the\s+([a-z]+)\s+(?:was|were)\s+(?:[a-z]+\s+and\s+)?"
                               r"(?:arrested|detained|captured|held)\b")


def _raped_others(rape: Event, other: Event) -> bool:
    """Sexual violence told beside a killing whose dead it does not count: other victims."""
    return rape.sub_event_type == "Sexual violence" and \
        other.sub_event_type != "Sexual violence" and bool(other.fatalities) and \
        not rape.fatalities


def _armed_act_of_the_riot(riot: Event, act: Event) -> bool:
    """'Young men set up burning barricades, looted two shops and fired shotgun pellets at
    gendarmes': the rioters' shots, told in the riot's sentence by the riot's own subject, are
    the riot's (the caller checks sentence, day and place)."""
    doers = {a.text for a in riot.actors if a.role == "source" and a.text}
    return riot.sub_event_type in RIOTS and act.sub_event_type in ("Attack", "Armed clash") and \
        not act.fatalities and bool(doers) and \
        doers == {a.text for a in act.actors if a.role == "source" and a.text}


def _one_incident_group(a: Event, b: Event) -> bool:
    """Different sub-types one incident's mentions can carry ("marched" and "fired tear gas";
    "the shelling" and "killed two"): the same incident group of acled_plover.tsv."""
    ta, tb = _typing(a), _typing(b)
    if ta is None or tb is None:
        return False
    shared = set(ta.incidents) & set(tb.incidents)
    if shared and ta.incident not in shared:
        return tb.rank >= VIOLENT_RANK  # shops looted in a riot, not at a peaceful march
    if shared and tb.incident not in shared:
        return ta.rank >= VIOLENT_RANK
    return bool(shared)


def _primary_groups_differ(a: Event, b: Event) -> bool:
    """Whether two sub-types of one incident group have different groups of their own (looting
    told in a riot's sentence: "burned tyres and looted shops")."""
    ta, tb = _typing(a), _typing(b)
    return ta is not None and tb is not None and ta.incident != tb.incident


def _typing(ev: Event) -> SubEventTyping | None:
    """How the event's ACLED sub-type pairs with PLOVER and joins incidents (acled_plover.tsv)."""
    return sub_event_typing().get(ev.sub_event_type or "")


def _specificity(ev: Event) -> int:
    """How specific an event's ACLED type is: a means of violence over a generic attack."""
    typing = _typing(ev)
    return SPECIFICITY[typing.group] if typing else 0


def main_event(events: list[Event]) -> Event | None:
    """The event a coder would code a short report as: among asserted events with an ACLED
    type, the surest, with a more specific type winning a near tie ("killed" vs "air strike")."""
    typed = [e for e in events if e.sub_event_type and e.modality == "asserted"]
    return max(typed, key=lambda e: e.confidence + SPECIFICITY_WEIGHT * _specificity(e),
               default=None)


def _same_place(a: Event, b: Event) -> bool:
    """The same place, or one named alike under two ids: a town's part ("police in Istanbul's
    Kadıköy district", "students protesting in Kadıköy"), or a town and the unit it is the
    seat of ("in Rabat", "by the Rabat prefecture")."""
    if a.geonameid == b.geonameid:
        return a.geonameid is None or incidents.one_site(a, b)
    return (a.geo_precision, b.geo_precision) != (1, 1) and a.country == b.country and \
        a.location is not None and b.location is not None and a.location != a.country and \
        fold(a.location) == fold(b.location)


def _in_region(town: Event, region: Event, one_sentence: bool = False) -> bool:
    """Whether `town` is a town (or part) in the first-level region `region` is placed at (in
    one sentence, an unlisted town known only by its country too: "fighters captured Matupi
    ..., in one of the biggest gains in Chin state")."""
    told = town.evidence[0].text if town.evidence else ""
    unplaced = one_sentence and town.admin1 is None and town.geonameid is not None and \
        town.geonameid < 0 and town.location is not None and town.location != town.country and \
        region.location is not None and \
        -1 < told.find(town.location) < told.rfind(region.location)  # (the town told first)
    # ("in the hills near Catarman in Northern Samar province": a second-level region)
    # (or "the village of Kilolirwe in North Kivu's Masisi territory", a village the gazetteer
    # lacks, told first, in the region's own first-level unit)
    unlisted_there = one_sentence and town.geonameid is not None and town.geonameid < 0 and \
        town.admin2 is None and town.admin1 is not None and town.admin1 == region.admin1 and \
        town.location is not None and region.location is not None and \
        -1 < told.find(town.location) < told.rfind(region.location)
    second_level = region.location is not None and region.location == region.admin2 and \
        town.location != region.location and town.country == region.country and (
            (town.admin2 == region.admin2 and town.geo_precision in (1, 2)) or unlisted_there)
    return second_level or region.geo_precision == 3 and region.location is not None and \
        region.location == region.admin1 and region.location != region.country and \
        (town.geo_precision in (1, 2) or unplaced) and town.country == region.country and \
        (town.admin1 == region.admin1 or unplaced)


def _one_sentence_town_and_region(a: Event, b: Event) -> bool:
    """One sentence placing an act at a town and at the region it lies in (not a toll split
    between the two: "killed 19 across Hama province, including seven in Morek")."""
    split = bool(a.fatalities and b.fatalities and a.fatalities != b.fatalities)
    return a.evidence[0].start == b.evidence[0].start and not split and (
        _in_region(a, b, True) or _in_region(b, a, True) or
        _fronted_region_of(a, b) or _fronted_region_of(b, a) or
        _part_and_its_city(a, b) or _part_and_its_city(b, a))


def _part_and_its_city(part: Event, city: Event) -> bool:
    """'in Saint-Gilles, in Brussels': one sentence telling a part of a capital with the
    capital, right after it (a village told with its small town is no district of it)."""
    if part.location is None or city.location is None or part.location == city.location or \
            city.country is None:
        return False
    told = fold(part.evidence[0].text)  # (folding drops the comma: "saint gilles in brussels")
    if f"{fold(part.location)} in {fold(city.location)}" not in told:
        return False  # (the text first: the gazetteer is asked only for a pair told so)
    capital = gazetteer.load().capital(city.country)
    return capital is not None and capital.geonameid == city.geonameid


def _fronted_region_of(town: Event, region: Event) -> bool:
    """'In the occupied West Bank, troops shot dead two men during a raid on Jenin': the region
    that opens the sentence holds the town it names, whatever units the gazetteer files the
    town under."""
    return region.geo_precision == 3 and region.location is not None and \
        region.location == region.admin1 and region.location != region.country and \
        town.location is not None and town.location != region.location and \
        town.country == region.country and \
        bool(re.match(r"\s*In\s+(?:the\s+)?(?:[a-z-]+\s+)?" + re.escape(region.location) +
                      r"\b", town.evidence[0].text))


RETOLD_NEARBY_KM = 30  # how far apart two places of one raid told twice may lie


def _retold_by_its_doers(first: Event, again: Event) -> bool:
    """'Gunmen killed nine villagers in a raid on the Bankilare area ... The attackers stormed
    the village of Dareye late on Thursday': the armed men just told, on the same day near the
    same place, doing the same kind of act, are the same act told in more detail."""
    return again.modality == first.modality == "asserted" and \
        again.sub_event_type is not None and again.sub_event_type == first.sub_event_type and \
        again.event_date == first.event_date and \
        first.time_precision == again.time_precision == 1 and \
        again.geonameid != first.geonameid and again.country == first.country and \
        (_unlisted_village(again) or (
            None not in (first.latitude, first.longitude, again.latitude, again.longitude) and
            distance_km(first.latitude or 0.0, first.longitude or 0.0, again.latitude or 0.0,
                        again.longitude or 0.0) <= RETOLD_NEARBY_KM)) and \
        not again.fatalities and \
        bool(_THE_ARMED_AGAIN.match(again.evidence[0].text.lstrip()))


def _unlisted_village(ev: Event) -> bool:
    """A place the gazetteer lacks and no point was found for (a village named only here)."""
    return ev.geonameid is not None and ev.geonameid < 0 and ev.latitude is None


# "threw stones at police": a crowd's violence on the state's forces, a riot
_AT_THE_FORCES = re.compile(r"(?i)\b(?:at|on)\s+(?:the\s+)?(?:riot\s+)?(?:police|officers|"
                            r"gendarmes|soldiers|troops|security\s+forces)\b")
CAUGHT_BY_HAND = frozenset(word_classes()["seizing_by_hand"])
CROWD_WORDS = frozenset(word_classes()["crowd_nouns"]) | DEMONSTRATORS | PROTEST_NOUNS
_TYRES_BURNED = re.compile(r"(?i)\b(?:burn(?:ed|t|ing)|set\s+fire\s+to|torch(?:ed|ing)|lit)\s+"
                           r"(?:\w+\s+)?(?:tyres|tires)\b|"
                           r"\bset\s+(?:\w+\s+)?(?:tyres|tires)\s+(?:alight|ablaze|on\s+fire)\b")
PLACE_FIELDS = ("country", "iso", "admin1", "admin2", "admin3", "location", "latitude",
                "longitude", "geo_precision", "geonameid")


_VILLAGE_TOLD = re.compile(r"(?i)\bvillages?\b")


def _retold_in_its_town(region: Event, town: Event) -> bool:
    """'killed two soldiers in an attack on a base in Cauca province on Sunday. The attack in
    the municipality of Argelia began before dawn': the act told at its region, named again
    with "the" at a town of that region on that day."""
    return _in_region(town, region) and region.event_date == town.event_date and \
        region.time_precision == town.time_precision == 1 and \
        region.modality == town.modality == "asserted" and \
        (incidents.family(region) == incidents.family(town) or
         is_violent(region) and is_violent(town)) and \
        bool(_THE_ACT.search(town.evidence[0].text))


def _crude_bomb(tok: Token) -> bool:
    """'three crude bombs exploded', 'hurled crude bombs': the hand-made bombs thrown in South
    Asian street violence (the trigger's subject or object, or the trigger's own noun)."""
    nouns = [tok] if tok.pos_ == "NOUN" else \
        [c for c in tok.children if c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "dobj")]
    return any(n.lemma_.lower() == "bomb" and any(
        c.dep_ in ("amod", "compound") and word(c) == "crude" for c in n.children)
        for n in nouns)


def _thrown(tok: Token) -> bool:
    """Whether an explosive named by the trigger was thrown ('a pipe bomb was thrown at',
    'a blast bomb was thrown', 'hurled a homemade bomb')."""
    throws = word_classes()["throw_verbs"]
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in throws
    if tok.dep_ == "compound":
        tok = tok.head
    return tok.dep_ in ("nsubjpass", "dobj") and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() in throws


def _the_act_again(ev: Event) -> bool:
    """'The attacker also died in the blast.': an act named by "the", with neither a day nor a
    place of its own in the sentence, is the one just told."""
    told = ev.evidence[0].text
    # (also "Villagers said they had heard four explosions before dawn": the blasts of the
    # act told, as heard)
    return bool(_THE_ACT.search(told) or _BLASTS_HEARD.search(told)) and \
        not (ev.date_text and ev.date_text in told) and \
        not (ev.location and ev.location in told)


_BLASTS_HEARD = re.compile(r"(?i)\bheard\b[^.;]{0,40}?\b(?:explosions?|blasts?|bangs?)\b")


_THE_ACT = re.compile(r"(?i)\bthe\s+(?:same\s+)?(?:" + "|".join(
    sorted(map(re.escape, word_classes()["violence_nouns"]), key=len, reverse=True)) + r")\b")


def _one_doer(a: Event, b: Event) -> bool:
    """Whether two mentions name the same words as their doer."""
    return bool({(x.start, x.end) for x in a.actors if x.role == "source"} &
                {(x.start, x.end) for x in b.actors if x.role == "source"})


def _same_incident(a: Event, b: Event) -> bool:
    if a.evidence[0].start == b.evidence[0].start:
        # ("retook the village ..., the army said, claiming to have killed 15 rebels": the
        # claim of its toll is of the act its sentence tells)
        modalities = {a.modality, b.modality}
        if a.event_date != b.event_date or \
                not (len(modalities) == 1 or modalities == {"asserted", "claimed"}) or not (
                _same_place(a, b) or _one_sentence_town_and_region(a, b)):
            return False
        if _armed_act_of_the_riot(a, b) or _armed_act_of_the_riot(b, a):
            return True  # "set up burning barricades, looted shops and fired pellets at police"
        # (the same words told as the doer of a mob's act and of an attack joined to it)
        # (also "Rival groups of fans fought ..., police said, injuring five people": the
        # harm its sentence tells with no doer of its own)
        mob_and_its_attack = {a.sub_event_type, b.sub_event_type} == {"Mob violence", "Attack"} \
            and (_one_doer(a, b) or any(e.sub_event_type == "Attack" and not e.fatalities and
                                        not any(x.role == "source" for x in e.actors)
                                        for e in (a, b)))
        abducted = [e.sub_event_type == ABDUCTION for e in (a, b)]
        if a.sub_event_type and a.sub_event_type == b.sub_event_type:
            same_type = True  # one ACLED incident, whichever PLOVER verb told it
        elif any(abducted) and not all(abducted):
            # "killing nine and abducting six children": two events (but "stormed the village
            # and took away 30 villagers": a raid that hurt no one is the abduction's)
            other = b if abducted[0] else a
            same_type = other.sub_event_type == "Attack" and not (other.fatalities or
                                                                  other.injured)
        elif _raped_others(a, b) or _raped_others(b, a):
            same_type = False  # "shot dead four men and raped three women": two events
        elif {a.sub_event_type, b.sub_event_type} == set(NATIONAL_ORDERS):
            same_type = True  # "declared an emergency, banning public gatherings": one order
        elif _raid_with_a_fight(a, b) or _attack_fought_back(a, b) or (
                {a.sub_event_type, b.sub_event_type} == {"Armed clash", "Attack"} and
                _one_doer(a, b)):
            # "raided the camp and exchanged fire with gunmen": one clash (also "attacked a
            # Taliban checkpoint ... and killed four guards": the doers' one assault)
            same_type = True
        elif _told_by_its_toll(a, b) or _told_by_its_toll(b, a):
            same_type = True  # "police fought traffickers ..., and three suspects were killed"
        elif a.sub_event_type in RIOTS and b.sub_event_type in RIOTS:
            same_type = True  # "crowds attacked residents and set fire to shops": one riot
        elif mob_and_its_attack:
            same_type = True  # "groups of young men smashed cafes ... and beat three men"
        elif _force_on_the_crowd(a, b) or _force_on_the_crowd(b, a):
            same_type = True  # "threw stones at police ..., and police opened fire": the riot's
        elif incidents.family(a) == incidents.family(b) == f"protest/{a.kind}" and \
                _one_incident_group(a, b):
            # "burned tyres and police fired tear gas to disperse them" (not "detained the
            # union leader hours after he led a protest": a later act of its own)
            same_type = not told_apart(a, b)
        elif a.plover_event == b.plover_event == "ASSAULT":
            # One act of violence told by its means and by its toll ("a grenade ... injured").
            same_type = min(_specificity(a), _specificity(b)) <= 1 < \
                max(_specificity(a), _specificity(b))
        elif {_specificity(a), _specificity(b)} == {SPECIFICITY["means"],
                                                    SPECIFICITY["prevented"]} and \
                not any(e.fatalities or e.injured for e in (a, b)):
            # "defused a roadside bomb": the bomb was never used (not "a bomb exploded,
            # killing four ... experts defused a second device")
            same_type = True
        elif _recovered_in_fighting(a, b) or _recovered_in_fighting(b, a):
            same_type = True  # "killed four fighters in a raid and recovered two rifles"
        elif _weapons_of_the_arrest(a, b) or _weapons_of_the_arrest(b, a):
            same_type = True  # "arrested nine men and seized four rifles": the arrests
        elif _side_held_in_the_fight(a, b) or _side_held_in_the_fight(b, a):
            return True  # "exchanged fire with gunmen ..., and one of the gunmen was arrested"
        elif _the_doers_held(a, b) or _the_doers_held(b, a) or \
                _held_again(a, b) or _held_again(b, a):
            return True  # "two activists who painted slogans ... were detained": its arrests
        elif _one_incident_group(a, b) and (incidents.family(a) == incidents.family(b)
                                            or _primary_groups_differ(a, b)):
            same_type = True  # "clashed with police, tearing down barricades": one protest
        else:
            same_type = (a.plover_event, a.sub_event_type) == (b.plover_event, b.sub_event_type)
        # ("seized the town ... after overrunning a garrison, and at least 17 civilians were
        # killed": the toll of the takeover its sentence tells, whoever the dead were)
        # (also "retook the town ..., reporting three soldiers killed and about twelve
        # terrorists neutralised": one place changing hands once, told by two verbs)
        toll_of_it = a.sub_event_type == b.sub_event_type and \
            a.sub_event_type in CONTROL_CHANGES and (
                (bool(a.fatalities) != bool(b.fatalities) and
                 (a.actor1 == b.actor1 or None in (a.actor1, b.actor1))) or
                (a.location is not None and a.location == b.location))
        # ("a suicide bomber blew himself up ..., killing two constables and wounding nine
        # people": one doer's one act, whoever each participle names as harmed)
        same_doer = (a.sub_event_type == b.sub_event_type and _one_doer(a, b)) or \
            mob_and_its_attack
        # ("Police arrested five ..., prosecutors said, seizing weapons": the state's one raid,
        # whichever of its bodies each clause names)
        one_raid = _weapons_of_the_arrest(a, b) or _weapons_of_the_arrest(b, a)
        # ("Carabineros exchanged fire with gunmen who attacked their patrol": the exchange,
        # told again by the attackers' act, is one fight there that day)
        one_fight = a.sub_event_type == b.sub_event_type == "Armed clash"
        return same_type and (incidents.actors_compatible(a, b) or toll_of_it or same_doer or
                              one_raid or one_fight)
    # Across sentences only a specific day and place make two mentions one incident (or a
    # toll told right after the act, in a sentence that names no place of its own).
    if not (a.time_precision == b.time_precision == 1 and a.event_date == b.event_date and
            (_same_place(a, b) or _toll_told_next(a, b) or _toll_told_next(b, a))):
        return False
    if (a.sub_event_type == ABDUCTION) != (b.sub_event_type == ABDUCTION):
        return False  # "Six children were also carried away": an abduction of its own
    if _raped_others(a, b) or _raped_others(b, a):
        return False  # "Gunmen ... killing five residents. ... some women had been raped"
    if any(x.sub_event_type == "Arrests" and press_held(x) and
           y.sub_event_type in PROTEST_KINDS for x, y in ((a, b), (b, a))):
        return False  # "detained a journalist who was filming the rally": no marcher held
    if {a.sub_event_type, b.sub_event_type} & set(PROTEST_KINDS) and \
            (held_over_another_matter(a) or held_over_another_matter(b)):
        return False  # "detained 20 people in connection with the fire": not the march's
    told, claim = (a, b) if a.modality == "asserted" else (b, a)
    if (told.modality, claim.modality) == ("asserted", "claimed") and is_violent(told) and \
            claim.disorder_type is not None and (
                (VIOLENT_DISORDER in claim.disorder_type and claim.actor1 is not None and
                 claim.actor1 in (told.actor1, told.actor2) and
                 (claim.sub_event_type == told.sub_event_type or
                  {claim.sub_event_type, told.sub_event_type} <= {"Attack", "Armed clash"} or
                  # ("... fell to the TNLA ... the TNLA claimed to have killed over thirty
                  # soldiers": the takers' word on the fight for the ground)
                  (told.sub_event_type in CONTROL_CHANGES and
                   claim.sub_event_type in ("Attack", "Armed clash") and
                   claim.actor1 == told.actor1))) or
                # ("state media said 'rioters' had attacked a police station": the crowd fired on)
                (claim.sub_event_type in CROWD_EVENTS and told.sub_event_type in CROWD_EVENTS)):
        # "... said the soldiers had attacked a group of unarmed farmers, a claim the army
        # rejected": one side's telling of the day's fight there, no second act
        return True
    later = max(a, b, key=lambda e: e.evidence[0].start)
    if {a.sub_event_type, b.sub_event_type} <= {"Attack", "Armed clash"} and \
            a.modality == b.modality == "asserted" and _kill_boasted(later) and \
            incidents.actors_compatible(a, b):
        # "JNIM said it had killed dozens of soldiers", after its ambush there that day was
        # told: the group's word on that fight, no attack of its own
        return True
    if a.sub_event_type != b.sub_event_type and \
            _specificity(a) == _specificity(b) == SPECIFICITY["means"] and \
            not _the_act_again(later):
        return False  # mortar fire, then a drone's bomb: two acts by two means
    if _told_by_its_toll(a, b) or _told_by_its_toll(b, a):
        return True  # an unclaimed toll is the day's named violence there, even in a region
    if protested_arrest(a, b) or protested_arrest(b, a):
        return False  # "police detained the mayor ... people gathered to protest his detention"
    if _arrests_at(a, b) or _arrests_at(b, a):
        return True  # "fourteen were detained": the arrests made at that day's protest there
    if _perpetrator_arrested(a, b) or _perpetrator_arrested(b, a):
        return True  # "A man attacked a student ... The suspect was detained": its arrest
    if _damage_of_the_arrest(a, b) or _damage_of_the_arrest(b, a):
        return True  # "... detained at her flat. Officers smashed the door": the raid's
    if _weapons_of_the_arrest(a, b) or _weapons_of_the_arrest(b, a):
        return True  # "... arrested five men. Weapons were seized": what the raid took
    if _force_on_the_crowd(a, b) or _force_on_the_crowd(b, a):
        return True  # "The three men were shot as officers fired into the crowd"
    if _the_states_version(a, b) or _the_states_version(b, a):
        return True  # "... a police spokesman said officers had been attacked with stones"
    if any(_a_doer_held(x) and y.sub_event_type in PROTEST_KINDS for x, y in ((a, b), (b, a))):
        return False  # "a driver accelerated into demonstrators ... Police arrested the driver"
    if not (_named_place(a) and _named_place(b)):
        return False
    if a.sub_event_type is None and b.sub_event_type is None and a.kind == "disruption":
        return False  # two mines halted on one day in one region are two disruptions
    if another_crowd_another_time(a, b):
        return False
    if held_over_a_plot(a) or held_over_a_plot(b):
        return False  # "held on suspicion of planning an attack on the march": not its crowd
    if a.modality == b.modality == "asserted" and any(
            _recovered_in_fighting(w, f) and w.inter1 == Inter.STATE and
            _AT_THE_SCENE.search(w.evidence[0].text) for w, f in ((a, b), (b, a))):
        return True  # "Police recovered three rifles at the scene" of the gangs' gunfight
    if a.sub_event_type != b.sub_event_type and not _one_incident_group(a, b) and \
            not (_recovered_in_fighting(a, b) or _recovered_in_fighting(b, a)) and \
            not {a.sub_event_type, b.sub_event_type} <= CONTROL_CHANGES:
        return False  # (one town changing hands that day, told as taken and as entered: one)
    return a.modality == b.modality == "asserted" and incidents.actors_compatible(a, b)
