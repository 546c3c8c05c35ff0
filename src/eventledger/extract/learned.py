"""The learned typing step: where the rules are generic or disagree, the typing model decides.

The rules find the event and its arguments and give a first ACLED sub-event type from the
trigger and the actors. The model reads the sentence with the trigger marked. Its type is taken
when it is more specific than the rules' (a means of violence, a strategic development), when
the rules had none for a material event, or when it contradicts a trigger-only type with high
confidence; actor-based decisions (who fought whom, who was dispersed) stay with the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventledger.eventtype.model import NONE, Candidate, Prediction
from eventledger.extract.context import _Hit
from eventledger.extract.refinement import CROWD_CONTROL, MET_BY_FORCE
from eventledger.extract.triggers import DEFINITE, _names_those_done_to
from eventledger.roles import rule_text, rule_text_marking, word
from eventledger.taxonomy import (
    ARMED_GROUPS,
    Inter,
    Trigger,
    actor_kind,
    plover,
    sub_event_typing,
    triggers,
    word_classes,
)
from eventledger.where.geoparse import within

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventledger.extract.context import ExtractionContext

# Probability the model needs, by what it would change.
NEW_TYPE = 0.5  # a material event the rules left without an ACLED type
SPECIALISE = 0.4  # a generic type turned into a specific one
OVERRULE = 0.75  # a trigger-only type the model contradicts (its own prob. below RULE_DOUBT)
RULE_DOUBT = 0.1
SENTENCE_EVENT = 0.7  # a sentence with no trigger the model reads as an ACLED event
OUT_OF_SCOPE = 0.85  # an attack or arrest the model reads as outside ACLED (crime, accident)
CROWD_ACTS = ("Peaceful protest", "Violent demonstration", "Mob violence")
DEMONSTRATION_ACTS = (*MET_BY_FORCE, "Violent demonstration")
NON_STATE_ARMED = (*ARMED_GROUPS[1:], Inter.EXTERNAL)  # never out of scope


@dataclass(frozen=True, slots=True)
class Typing:
    """The sub-event type decided, the PLOVER mode it implies, and the model's probability."""

    sub: str | None
    mode: str | None
    probability: float | None  # the model's probability of `sub` (None without a model)


def predict(ctx: ExtractionContext, sent: Span, hit: _Hit) -> Prediction | None:
    """The model's reading of the sentence with this trigger marked (None without a model)."""
    if ctx.typer is None:
        return None
    text, start, end = rule_text_marking(sent, hit.span)
    cand = Candidate(text, start, end)
    return ctx.typer.predict([cand])[0]


def decide(pred: Prediction | None, trig: Trigger, rule_sub: str | None, mode: str | None,
           refined: bool, inter_s: int | None, harmed: bool = False,
           protest_told: bool = True, means_told: bool = True, named: bool = False,
           maimed: bool = False, sexual_told: bool = True, on_a_public_figure: bool = False,
           air_told: bool = True, by_soldiers: bool = False, held_as_political: bool = False,
           by_a_named_body: bool = False, a_figure_held: bool = False,
           left_of_its_own: bool = False, things_taken: bool = False) -> Typing:
    """Combine the rules' sub-event type with the model's (see the module docstring); an act
    that killed or hurt (`harmed`) is never a means of violence prevented, and a violent act
    is a protest's only where the article tells of one (`protest_told`), and arrests are a
    protest's intervention only by the rules (of its crowd, or made at it); a means of
    violence (shelling, an air strike, a bomb) only where its sentence names one
    (`means_told`). A type a noun of the sentence names outright (`named`: "in an exchange of
    fire") stands. Force on a crowd that killed or gravely hurt (`maimed`) stays excessive.
    Sexual violence is only where the sentence says so (`sexual_told`). An attack on an
    official of the state or a figure of politics (`on_a_public_figure`: a candidate, an
    opposition activist) is never read as mere crime. Another means the
    rules found becomes an air strike only where the sentence tells of aircraft (`air_told`).
    Arrests by soldiers (`by_soldiers`), over what someone said or posted, of a crowd told
    protesting or over a plot against the state (`held_as_political`), or of one figure of
    politics (`a_figure_held`: a mayor, a minister), are never read as police work on crime,
    nor a killing by a body told by its proper name (`by_a_named_body`: "Volunteers for the
    Defence of the Homeland") as mere crime. A protest whose crowd dispersed of itself
    (`left_of_its_own`) met no force. Things seized (`things_taken`: "seized two trawlers")
    are no one abducted or arrested."""
    if pred is None or trig.kind != "event":
        return Typing(rule_sub, mode, None)
    if named and rule_sub is not None:
        return Typing(rule_sub, mode, pred.acled_dist.get(rule_sub, 0.0))
    table = sub_event_typing()
    model_sub = pred.acled
    p_model = pred.acled_p
    p_rule = pred.acled_dist.get(rule_sub or NONE, 0.0)
    if model_sub is None:
        if rule_sub in ("Attack", "Arrests") and not refined and p_model >= OUT_OF_SCOPE and \
                inter_s not in NON_STATE_ARMED and \
                not (rule_sub == "Attack" and (on_a_public_figure or by_a_named_body)) and \
                not (rule_sub == "Arrests" and (by_soldiers or held_as_political or
                                                a_figure_held)):
            return Typing(None, mode, p_model)  # "killed in a road crash", a robbery
        return Typing(rule_sub, mode, p_rule)
    if model_sub == rule_sub or trig.plover not in table[model_sub].plover or \
            (harmed and table[model_sub].group == "prevented") or \
            (model_sub in CROWD_ACTS and inter_s in ARMED_GROUPS) or \
            (table[model_sub].group == "means" and (set(trig.lemma.split()) & CROWD_CONTROL or
                                                    trig.mode == "crowd-control")) or \
            (model_sub in DEMONSTRATION_ACTS and not protest_told and rule_sub is not None
             and table[rule_sub].group != "protest") or \
            (rule_sub == "Arrests" and table[model_sub].group == "protest") or \
            (table[model_sub].group == "means" and not means_told) or \
            (rule_sub == "Mob violence" and model_sub == "Violent demonstration") or \
            (refined and rule_sub == "Armed clash" and model_sub == "Attack") or \
            (rule_sub == "Excessive force against protesters" and maimed) or \
            (rule_sub == "Looting/property destruction" and model_sub == "Attack" and
             not harmed) or \
            (rule_sub is not None and table[rule_sub].group == "means" and
             model_sub in TERRITORY_TYPES) or \
            (model_sub in TERRITORY_TYPES and "armed_assaults" in (trig.frame or "")) or \
            (model_sub == "Sexual violence" and not sexual_told) or \
            (model_sub == "Air/drone strike" and not air_told and rule_sub is not None and
             table[rule_sub].group == "means") or \
            (model_sub in MET_BY_FORCE[1:] and rule_sub == "Attack" and
             inter_s == Inter.CIVILIANS) or \
            (rule_sub == "Change to group/activity" and model_sub == "Other" and
             (trig.lemma == "suspend" or trig.mode == "restrict")) or \
            (trig.mode == "vandalize" and model_sub in MET_BY_FORCE[1:] and inter_s is None) or \
            (rule_sub == "Peaceful protest" and model_sub in MET_BY_FORCE[1:] and
             left_of_its_own) or \
            (model_sub in ("Abduction/forced disappearance", "Arrests") and things_taken):
        # Armed men storming a police post is an attack, never a protest or a riot; stun
        # grenades and tear gas are crowd control, not a means of attack. A mob the rules
        # found (groups fighting, a crowd on villagers) holds no demonstration; forces that
        # killed armed men fought them (the sides say so, not the words); force on a crowd
        # that killed or maimed is excessive, however the words read. Houses burned with no
        # one hurt by it are property destroyed, whatever killing the sentence tells beside.
        # A bombardment is no capture of ground, whatever the sentence tells beside, nor are
        # assaults repelled. A man attacking people is no state's force on a protest. Shells
        # that landed, with no aircraft told, were fired from the ground. Groups suspended,
        # dissolved or outlawed are restricted, no other measure. Graffiti sprayed by
        # no one named meets no force. A crowd that dispersed of itself met none either.
        # (a mob the model reads as rioters is a riot either way: it is sure of that much)
        riot = rule_sub == "Mob violence" and model_sub == "Violent demonstration"
        return Typing(rule_sub, mode, p_rule + p_model if riot else p_rule)
    group = table[model_sub].group
    rule_group = table[rule_sub].group if rule_sub else None
    surer = p_model > p_rule
    if rule_sub is None:
        # (not "lawmakers voted to impeach the president": a legislature's act, no ACLED event)
        take = p_model >= NEW_TYPE and "legislative" not in trig.context
    elif group == "means" or (rule_group == "generic" and not refined) or \
            (rule_group == "means" and group in ("strategic", "prevented")):
        # The means of violence; a type more specific than a generic one; means named but
        # not used ("defused a roadside bomb").
        take = p_model >= SPECIALISE and surer
    elif group == rule_group == "protest":
        # Whether demonstrators or police were violent, and how seriously, is read better
        # from the whole sentence than from single words.
        take = p_model >= NEW_TYPE and surer
    else:
        # A type the lexicon or the actors gave: only a clear contradiction overrules it.
        take = p_model >= OVERRULE and p_rule <= RULE_DOUBT
    if not take:
        return Typing(rule_sub, mode, p_rule)
    return Typing(model_sub, table[model_sub].mode or mode, p_model)


TERRITORY_TYPES = ("Non-violent transfer of territory", "Government regains territory",
                   "Non-state actor overtakes territory")


def sentence_hit(ctx: ExtractionContext, sent: Span) -> _Hit | None:
    """A sentence the lexicon found nothing in, but which the model reads as an ACLED event
    with confidence ("a suicide bomber blew himself up"): its main verb becomes the trigger."""
    root = sent.root
    # "Three people died when shells struck houses, residents said": the report's verb only
    # frames the event; the reported clause is it.
    reported = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")
                     and c.pos_ in ("VERB", "AUX")), None)
    if root.lemma_.lower() in word_classes()["speech"] and reported is not None:
        root = reported
    intended = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if root.lemma_.lower() in word_classes()["future_marker"] and intended is not None:
        root = intended  # "they planned to park their cars outside the ministry": not yet done
    if ctx.typer is None or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and _names_those_done_to(c) for c in root.children):
        return None  # "The detained were taken to a police station": an arrest already told
    if root.lemma_ == "be":
        return None  # "The rally was peaceful", "Blockades are a common form of protest"
    if root.lemma_.lower() in word_classes()["showing_verbs"] and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in word_classes()["recording_nouns"]
            for c in root.children):
        return None  # "Images broadcast on television showed officers shoving protesters":
        # what a recording shows of an act told, not an act of its own
    if root.lemma_.lower() in word_classes()["deliberation_verbs"]:
        return None  # "Lawmakers were debating an extension of the emergency": not yet done
    if root.lemma_.lower() in word_classes()["composition_verbs"]:
        return None  # "Speakers included activists who have kept a camp there": who was there
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in triggers() and
           any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)
           for c in root.children):
        return None  # "That march ended without incident": the march told before
    pred = ctx.typer.predict([Candidate(rule_text(sent))])[0]
    if pred.acled is None or pred.acled_p < SENTENCE_EVENT:
        return None
    if pred.acled in ("Violent demonstration", "Mob violence") and any(
            c.dep_ == "nsubj" and actor_kind(c.lemma_.lower()) == "state"
            for c in root.children):
        return None  # "Riot police formed lines across the boulevard": the state riots not
    if pred.acled in MET_BY_FORCE[1:] and any(
            c.dep_ == "advmod" and word(c) in ("peacefully", "calmly", "quietly")
            for c in (*root.children, *(v for c in root.children if c.dep_ == "conj"
                                        for v in c.children))):
        # "They dispersed peacefully after meeting the commander", "Police watched and the
        # crowd dispersed peacefully": no force
        return None
    if pred.acled == "Sexual violence" and \
            not any(t.lower_ in word_classes()["sexual_violence_words"] for t in sent):
        return None  # only where the sentence says so
    if pred.acled in TERRITORY_TYPES and not any(
            t.lemma_.lower() in word_classes()["territory"] or t.ent_type_ in ("GPE", "LOC")
            for t in sent) and not within(ctx.toponyms, sent.start_char, sent.end_char):
        return None  # "handed over a petition": no territory changes hands
    pairing = sub_event_typing()[pred.acled]
    ptype = pred.plover if pred.plover in pairing.plover else min(pairing.plover)
    mode = pairing.mode if pairing.mode in _modes(ptype) else None
    trig = Trigger(root.lemma_.lower(), "V", ptype, mode, pred.acled, "event", (), None)
    return _Hit(root, sent.doc[root.i:root.i + 1], trig)


def _modes(plover_type: str) -> list[str]:
    return list(plover()["event_types"][plover_type]["modes"])
