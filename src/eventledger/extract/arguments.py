"""A trigger's arguments from the dependency parse: subject, object, passive agent, "of"/"by"
phrases of nominal triggers, the cause of a casualty; quantity heads and the words naming an
actor."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventledger.extract.context import (
    OBJECT_DEPS,
    REPORTING_VERBS,
    SUBJECT_DEPS,
    _Hit,
    _lemma_in,
)
from eventledger.roles import names_people, word
from eventledger.taxonomy import actor_lexicon, triggers, word_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CAUSE_PREPS = word_classes()["cause_preps"]
_QUANTITY_WORDS = word_classes()["quantity_heads"]


def _cause_noun(tok: Token, words: frozenset[str]) -> Token | None:
    """'killed in police firing', 'died in a blast': the violence a casualty is due to."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and word(prep) in CAUSE_PREPS:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if _lemma_in(obj, words):
                    return obj
                # The tagger may read "police firing" as "police" with a participle.
                if any(c.dep_ == "acl" and (_lemma_in(c, words) or word(c) in words)
                       for c in obj.children):
                    return obj
    return None


def _object_misread_as_subject(clause: Token) -> Token | None:
    """'fired on [supporters marching ...]': the verb above a participle whose subject directly
    follows that verb's preposition, left with no object of its own (None if not so)."""
    sub = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.tag_ != "VBG" or sub is None or sub.left_edge.i == 0:
        return None
    before = sub.doc[sub.left_edge.i - 1]
    if before.dep_ != "prep" or any(c.dep_ == "pobj" for c in before.children) or \
            not ((clause.dep_ == "advcl" and before.head.i == clause.head.i) or
                 (clause.dep_ == "pcomp" and clause.head.i == before.i)):
        return None
    return before.head if before.head.pos_ == "VERB" else None


def _subject_read_as_a_place_conjunct(verb: Token) -> list[Token]:
    """'In Burri, in eastern Khartoum, soldiers and RSF fighters fought': the doers the parse
    joined to the place of a fronted phrase, after its comma."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC", "FAC"):
                continue
            doers = [c for c in place.conjuncts if c.i > place.i and c.pos_ == "NOUN" and
                     c.i < verb.i and verb.doc[c.left_edge.i - 1].text == ","]
            if doers:
                return doers[:1]
    return []


def _subject_before_a_relative_clause(verb: Token) -> list[Token]:
    """'dozens of people who had bought flats in a project gathered ...', the parse hanging the
    past verb on the relative clause's last noun: the noun the relative clause is told of (or
    the quantity it counts) is the verb's subject."""
    for noun in verb.ancestors:
        if any(c.dep_ == "relcl" and c.i < verb.i for c in noun.children) and \
                noun.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            while noun.dep_ == "pobj" and word(noun.head) == "of" and \
                    noun.head.head.pos_ in ("NOUN", "NUM", "PRON"):
                noun = noun.head.head  # "dozens of people"
            return [noun]
    return []


def _subjects(tok: Token) -> list[Token]:
    subs = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if not subs and tok.tag_ in ("VBD", "VBP", "VBZ"):
        subs = _subject_read_as_a_place_conjunct(tok)
    if not subs and tok.dep_ == "acl" and tok.tag_ == "VBD":
        subs = _subject_before_a_relative_clause(tok)
    agent = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "pobj" else None
    if not subs and agent is not None and agent.dep_ == "agent" and \
            agent.head.dep_ == "acl" and agent.head.head.pos_ in ("NOUN", "PROPN") and \
            (tok.tag_ == "VBD" or any(c.dep_ == "dobj" for c in tok.children)):
        # "fishermen angered by the fishing ban set fire to ...", the verb hung on the
        # cause: the people the participle tells of
        subs = [agent.head.head]
    cur = tok
    # "X continued to defy ... and participate in ...": the subject is shared up the chain.
    for _ in range(3):
        if not subs and cur.dep_ == "conj" and (misread := _clause_misread_as_conjunct(cur)):
            subs = misread
            break
        if not subs and cur.dep_ == "xcomp" and cur.head.dep_ == "acomp" and \
                cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head  # "police were able to arrest": the subject of the adjective's verb
        if subs or cur.dep_ not in ("conj", "xcomp", "acomp") or \
                cur.head.pos_ not in ("VERB", "AUX"):
            break
        cur = cur.head
        subs = [c for c in cur.children if c.dep_ in SUBJECT_DEPS]
    if not subs and cur.dep_ == "advcl" and cur.tag_ in ("VBD", "VBN") and cur.head.pos_ == "VERB" \
            and not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
        # "arrested seven people after groups of youths fought with sticks", parsed with the
        # subject as the preposition's object: those who fought
        subs = [p for c in cur.head.children if c.dep_ == "prep" and
                word(c) in ("after", "before", "as", "when", "until") and c.i < cur.i
                for p in c.children if p.dep_ == "pobj" and p.right_edge.i == cur.i - 1 and
                p.pos_ in ("NOUN", "PROPN")]
    if not subs and cur.dep_ == "advcl" and cur.tag_ == "VBG" and \
            cur.head.lemma_.lower() in STRUCK_A_DEVICE and any(
                c.dep_ == "dobj" and _lemma_in(c, MINE_WORDS) for c in cur.head.children):
        return []  # "a minibus struck a roadside mine, killing nine": the vehicle killed no one
    if not subs and cur.dep_ == "advcl" and cur.head.pos_ in ("VERB", "AUX"):
        # "searched homes, arresting 12 people and seizing nine guns": the searchers seize
        subs = [c for c in cur.head.children if c.dep_ in SUBJECT_DEPS]
        if cur.head.dep_ == "relcl" and [word(s) for s in subs] == ["who"] and \
                cur.head.head.pos_ == "PROPN":
            # "Residents of X, on the edge of Y, who blocked a road to protest": those the
            # relative clause tells of, however the parse hangs it
            subs = [_the_people_meant(cur.head.head)]
        told = next((c for c in cur.head.children if c.dep_ == "ccomp" and c.i < cur.head.i),
                    None)
        if cur.tag_ == "VBG" and told is not None and \
                cur.head.lemma_.lower() in word_classes()["speech"]:
            # "Rival fans fought near the stadium, police said, injuring five people": the
            # doers of the act reported, not those who report it
            subs = [c for c in told.children if c.dep_ in SUBJECT_DEPS]
        if not subs and cur.head.dep_ == "advcl" and cur.tag_ == "VBG":
            subs = _subjects(cur.head)  # "... after youths fought with sticks, injuring four"
        if not subs and cur.head.dep_ == "xcomp":
            # "protesters used an excavator to pull down the house while chanting slogans, and
            # set fire to a car": whoever the infinitive's verb has for subject
            subs = _subjects(cur.head)
        outer = _object_misread_as_subject(cur.head) if cur.tag_ == "VBG" else None
        if outer is None and cur.tag_ == "VBG" and cur.head.dep_ in ("advcl", "xcomp") and \
                any(a.dep_ == "aux" and word(a) == "to" for a in cur.head.children):
            # "opened fire on vendors marching ... to protest against ..., killing one": the
            # participle hung on the marchers' purpose
            outer = _object_misread_as_subject(cur.head.head)
        if outer is not None:
            # "opened fire on supporters marching through Mzuzu, killing two people": the
            # marchers are the fire's target, parsed as the subject of their march
            subs = [c for c in outer.children if c.dep_ in SUBJECT_DEPS] or subs
        if _own_side_struck(cur, subs) or _result_beside_a_scene(cur):
            # "attacked police ... as officers tried to reopen a road, killing two police
            # officers": not the officers' act on their own, the attackers' of the main clause
            subs = [c for c in cur.head.head.children if c.dep_ in SUBJECT_DEPS] or subs
    if not subs and tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN":
        # "beating four of them with clubs and throwing stones", the participle joined to the
        # clubs: the participle's subject is the verb's it is told beside
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        subs = _subjects(verb) if verb is not None else []
    if not subs and tok.dep_ == "pcomp" and tok.head.head.pos_ in ("VERB", "AUX"):
        subs = [c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS]
    if not subs and tok.dep_ == "relcl":
        subs = [tok.head]
    elif tok.dep_ == "relcl" and [word(s) for s in subs] == ["who"]:
        subs = [_the_people_meant(tok.head)]
    # ("a group of young men chased and beat two riders", the first verb misread as the
    # group's modifier: its conjunct shares the group for subject)
    clause = cur if tok.dep_ == "conj" and cur.dep_ == "acl" and cur.tag_ == "VBD" else tok
    if not subs and clause.dep_ == "acl":
        # "members issued a letter asking X": the letter's authors ask.
        noun = clause.head
        # ("attacked two women walking home ..., punching one of them": the participle's own
        # object names the noun's people again, so the noun is not its doer)
        on_them = any(o.dep_ == "dobj" and (word(o) in ("them", "him", "her") or any(
            p.dep_ == "prep" and word(p) == "of" and
            any(w.dep_ == "pobj" and word(w) == "them" for w in p.children)
            for p in o.children)) for o in tok.children)
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and (
                on_them or noun.lemma_.lower() not in word_classes()["person"]):
            subs = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS] or [noun]
        else:
            subs = [noun]
    if not subs and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.i > 0:
        # "In Bihac, near the border with Croatia, a group of local men beat migrants": the
        # subject, parsed as an apposition to the place told before it
        prev = tok.doc[tok.i - 1]
        subs = [a for a in (prev, *prev.ancestors) if a.dep_ == "appos" and a.i < tok.i and
                a.right_edge.i == tok.i - 1 and a.pos_ in ("NOUN", "PROPN")][:1]
    # "soldiers searching for rebels on Tuesday shot dead four men", parsed as a clause that is
    # the subject: the people who searched
    subs = [next((c for c in s.children if c.dep_ == "nsubj"), s)
            if s.dep_ == "csubj" and s.tag_ == "VBG" else s for s in subs]
    if tok.dep_ == "relcl" and subs and not any(map(_names_people, subs)) and \
            _names_people(tok.head) and \
            not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in tok.children):
        # "a crowd of men who said they were cleaning up the area assaulted shop owners", the
        # verb misread as a clause on the crowd, "the area" its subject: the crowd acted
        subs = [tok.head]
    return [_resolve_relative(s) for s in subs]


def _own_side_struck(participle: Token, subs: list[Token]) -> bool:
    """Whether a participle hung on a time clause ('as officers tried ...') strikes people of
    the kind the clause's subject is: then it is not that subject's act."""
    clause = participle.head
    struck = [c for c in participle.children if c.dep_ == "dobj"]
    kinds = {actor_lexicon().get(s.lemma_.lower(), {}).get("kind") for s in subs}
    return participle.tag_ == "VBG" and clause.dep_ == "advcl" and \
        clause.head.pos_ == "VERB" and any(c.dep_ == "mark" for c in clause.children) and \
        bool(struck) and len(kinds) == 1 and None not in kinds and \
        actor_lexicon().get(struck[0].lemma_.lower(), {}).get("kind") in kinds


def _result_beside_a_scene(participle: Token) -> bool:
    """'blew himself up at a bank as employees queued for their pay, killing six': a result
    told after a comma, hung on a time clause of no violence, is the main act's."""
    clause = participle.head
    return participle.tag_ == "VBG" and clause.dep_ == "advcl" and \
        clause.head.pos_ == "VERB" and participle.i > 0 and \
        participle.doc[participle.i - 1].text == "," and \
        any(c.dep_ == "mark" and word(c) in ("as", "while", "when") for c in clause.children) \
        and not any(t.plover in ("ASSAULT", "FIGHT") for t in triggers().get(
            clause.lemma_.lower(), ())) and \
        any(c.dep_ in SUBJECT_DEPS for c in clause.head.children)


def _the_people_meant(noun: Token) -> Token:
    """'vendors in Harare's Mbare suburb who were protesting': the people a 'who' clause is
    told of, where the parse hangs it on the place after them."""
    cur = noun
    while cur.dep_ == "pobj" and not _names_people(cur):
        holder = cur.head.head
        if holder.dep_ == "acl" and holder.tag_ == "VBG":
            holder = holder.head  # "officers patrolling in the town, who returned fire"
        if holder.pos_ not in ("NOUN", "PROPN"):
            break
        cur = holder
    return cur if _names_people(cur) else noun


def _names_people(noun: Token) -> bool:
    return names_people(noun) or noun.ent_type_ in ("PERSON", "NORP")


def _resolve_relative(tok: Token) -> Token:
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def gapped_passive_subject(tok: Token) -> Token | None:
    """'23 people were detained and two firearms seized': the subject of a passive whose
    auxiliary the conjunct shares, parsed as an active subject; it is the patient."""
    # (also "the office was spray-painted and its windows smashed", the head's participle
    # read as the complement of 'was' and the gapped one as a past tense)
    passive_head = any(c.dep_ == "auxpass" for c in tok.head.children) or (
        tok.head.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ == "VBN"
                                        for c in tok.head.children)) or (
        # ("said four soldiers were killed and 11 terrorists neutralised", the participle
        # joined to the speech verb: the passive told just before it)
        tok.tag_ == "VBN" and any(c.dep_ == "ccomp" and c.i < tok.i and
                                  any(a.dep_ == "auxpass" for a in c.children)
                                  for c in tok.head.children))
    if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp") and \
            tok.head.lemma_.lower() in ("have", "get") and \
            not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        # "the office had its windows smashed": what had it done to it
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    told_before = tok.head.children if tok.dep_ in ("relcl", "acl") else \
        (o for c in tok.head.children if c.dep_ == "dobj" for o in c.children) \
        if tok.dep_ == "ccomp" else ()
    if tok.tag_ == "VBN" and \
            not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children) and \
            any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i < tok.i and
                any(d.dep_ == "cc" and c.i < d.i < tok.i for d in (*c.children, *c.head.children))
                for c in told_before):
        # "reporting two soldiers killed and fifteen terrorists neutralised": the second
        # participle hung on the first's noun or verb, its patient read as a subject
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") or not passive_head or \
            (tok.tag_ == "VBD" and tok.head.lemma_ != "be") or \
            any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _clause_misread_as_conjunct(verb: Token) -> list[Token]:
    """'shot four people as protesters demanding his resignation torched a police post': the
    parse takes the participle for the clause's verb and joins the real verb, with no 'and'
    before it, to the main clause; its subject is the participle's."""
    before = verb.doc[verb.i - 1]  # (a conjunct never opens the text)
    clause = next((c for c in verb.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
                   c.i < verb.i and c.right_edge.i == verb.i - 1), None)
    if clause is None or before.dep_ == "cc" or before.is_punct or \
            verb.tag_ != "VBD" or \
            not any(m.dep_ == "mark" and word(m) in ("as", "while", "when", "after")
                    for m in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _subject_of_its_auxiliary(tok: Token) -> Token | None:
    """'80 workers were on Wednesday taken into custody': the passive's patient, parsed as the
    subject of an auxiliary split from its verb by an adverbial."""
    return next((s for a in tok.children if a.dep_ == "auxpass" for s in a.children
                 if s.dep_ in ("nsubj", "nsubjpass")), None)


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
    gapped = gapped_passive_subject(tok)
    if gapped is not None:
        objs.append(gapped)
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and not objs:
        # "were pushed back and dispersed by police": the conjuncts share the passive subject
        objs += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if word(prep) in ("at", "on", "against", "with", "to", "in"):
            objs += [p for p in prep.children if p.dep_ == "pobj"]
    for c in tok.children:
        if c.dep_ == "prt":
            objs += [g for g in c.children if g.dep_ == "pobj"]
    return objs


def _other_side(first: Token) -> Token | None:
    """The second of two sides told 'between X and Y'; 'the paramilitary Rapid Support Forces',
    its adjective parsed as the conjunct, is the name in apposition."""
    other = next((c for c in first.children if c.dep_ == "conj"), None)
    if other is not None and other.pos_ == "ADJ":
        return next((c for c in other.children if c.dep_ == "appos"), other)
    return other


def _actor_with(cause: Token) -> Token | None:
    """'killed in clashes with police': the side the clash was with, when it is an actor."""
    other = _prep_object(cause, ("with",))
    return other if other is not None and _lemma_in(other, frozenset(actor_lexicon())) else None


STRUCK_A_DEVICE = frozenset(word_classes()["device_meeting_verbs"])
MINE_WORDS = frozenset(word_classes()["planted_explosives"])


def _arguments(hit: _Hit) -> tuple[Token | None, Token | None]:
    """(source, target) head tokens for a trigger."""
    tok = hit.token
    # "people injured in police firing": a participle after its noun is passive; the noun is
    # the patient.
    # (not "Assailants hacked to death four members of a family, police said", the finite verb
    # misread as a participle: a passive takes no object)
    reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and \
        not any(c.dep_ == "dobj" for c in tok.children)
    casualty = tok.pos_ == "VERB" and (tok.lemma_.lower() == "die" or reduced or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in tok.children))
    cause = _cause_noun(tok, word_classes()["violence_nouns"]) if casualty else None
    if cause is None and tok.pos_ == "VERB" and tok.lemma_.lower() in \
            word_classes()["death_verbs"]:
        # "three people died when shells struck": who died is the victim, never the actor
        victim = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None, _resolve_pronoun(victim)
    if cause is not None and _agent(tok) is None:
        # "two persons were killed in police firing": police fired; the persons are victims.
        by = cause if cause.lemma_.lower() in actor_lexicon() else (
            next((c for c in cause.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                  and c.lemma_.lower() in actor_lexicon()), None)
            or _prep_object(cause, ("by",)) or _actor_with(cause))
        victim = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")),
                      tok.head if reduced else None)
        return _resolve_pronoun(by), _resolve_pronoun(victim)
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "fall" and \
            (taker := _prep_object(tok, ("to",))) is not None:
        # "Ngungu fell to M23 rebels": the rebels took it (the town is the ground, no actor)
        return _resolve_pronoun(taker), None
    if tok.pos_ == "VERB" and any(word(t) == "under" for t in hit.span):
        # "a patrol came under fire from gunmen": the subject is the one fired on.
        fire = hit.span[-1]
        subs = _subjects(tok)
        return _resolve_pronoun(_prep_object(tok, ("from", "by")) or
                                _prep_object(fire, ("from", "by"))), \
            _resolve_pronoun(subs[0] if subs else None)
    if tok.pos_ == "VERB":
        gapped = gapped_passive_subject(tok)
        if gapped is not None:
            return _resolve_pronoun(_agent(tok)), _resolve_pronoun(gapped)
        passive = reduced or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if passive:
            source = _agent(tok)
            target = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or \
                _subject_of_its_auxiliary(tok)
        else:
            subs = _subjects(tok)
            # "NAIROBI, March 14 - Police fired": of two subjects the nearer is the actor, but
            # not a place the parse made one ("Youths in the port of X burned tyres").
            subs = [t for t in subs if t.ent_type_ not in ("GPE", "LOC")] or subs
            source = min(subs, key=lambda t: abs(t.i - tok.i)) if subs else None
            if source is not None and (_lemma_in(source, _weapons()) or _lemma_in(
                    source, word_classes()["interceptable"] | word_classes()["air_assets"]) or
                    word(source) in word_classes()["attack_drones"]):
                # "Drones launched by the RSF struck ...": whoever launched them struck
                source = next((a for c in source.children if c.dep_ == "acl" and
                               c.tag_ == "VBN" for a in [_agent(c)] if a is not None), source)
            target = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
            between = _prep_object(tok, ("between",))
            if between is not None and source is None and target is None:
                # "Fighting between the army and the RSF erupted", the gerund parsed a verb
                source, target = between, _other_side(between)
            if target is not None and hit.span.start <= target.i < hit.span.end:
                # "opened fire on a patrol": the phrase's own noun is not the target
                target = _prep_object(tok, ("on", "at", "into", "against")) or \
                    _prep_object(target, ("on", "at", "into", "against"))
            if target is not None and _lemma_in(target, word_classes()["weapon"]):
                # "fired tear gas at demonstrators", "... to disperse the crowd": the people
                # are the target, not the munition.
                # ... or "fired rubber bullets and arrested 15 protesters": the people the
                # coordinated action was done to.
                aimed = _prep_object(tok, ("at", "on", "into", "against", "towards", "toward"))
                hurt = next((o for c in tok.children if c.dep_ in ("xcomp", "advcl", "conj")
                             for o in c.children if o.dep_ in OBJECT_DEPS
                             and _lemma_in(_through_quantity(o), word_classes()["person"])),
                            None)
                # (people aimed at, else people hurt: "detonated explosives at a mosque,
                # killing five worshippers": the worshippers, not the mosque)
                target = aimed if aimed is not None and (hurt is None or _lemma_in(
                    _through_quantity(aimed), word_classes()["person"])) else hurt or aimed
            elif target is not None and not _lemma_in(
                    _through_quantity(target), word_classes()["person"] | _actor_words()) and \
                    not any(c.dep_ in ("compound", "amod", "poss") and
                            _lemma_in(c, _actor_words()) for c in target.children):
                # "attacked a checkpoint, killing two soldiers": the people hurt, where the
                # thing attacked names no one
                target = next((o for c in tok.children if c.dep_ in ("xcomp", "advcl", "conj")
                               and c.tag_ == "VBG" for o in c.children if o.dep_ in OBJECT_DEPS
                               and _lemma_in(_through_quantity(o), _actor_words())), target)
            if target is not None and hit.trigger.plover == "PROTEST" and \
                    target.ent_type_ in ("FAC", "LOC", "GPE"):
                target = None  # "thousands filled Independence Square": where, not whom
            if target is None and hit.trigger.plover in ("CONSULT", "ASSAULT", "ACCUSE",
                                                         "SUPPORT", "REQUEST", "THREATEN"):
                target = _prep_object(tok, ("with", "against", "at", "on", "to", "for"))
                if target is not None and (_lemma_in(target, _weapons()) or
                                           target.ent_type_ in ("DATE", "TIME")):
                    # "clashed with sticks and stones" (what they fought with), "on Tuesday"
                    target = None
            if target is None and source is not None and \
                    tok.lemma_.lower() in word_classes()["fight_words"]:
                # "soldiers and rebels clashed": the two sides are the subject's conjuncts
                target = next((c for c in source.children if c.dep_ == "conj"), None)
        if tok.dep_ == "acl" and not passive and source is None:
            source = tok.head
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and source is not None and \
                source.i == tok.head.i and source.dep_ == "pobj" and \
                source.head.head.pos_ in ("NOUN", "PROPN"):
            # "armed men in two pickup trucks fired on protesters", the finite verb misread
            # as the trucks' modifier: the men fired
            source = source.head.head
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and target is None:
            target = tok.head
        return _resolve_pronoun(source), _resolve_pronoun(target)
    # Nominal trigger: "police killing of a demonstrator", "the arrest of X by police".
    # ("the arrests made by the police"; not "roadblocks set up by unions", a protest told
    # in passing)
    source = _prep_object(tok, ("by",)) or (next(
        (a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
         and (a := _agent(c)) is not None), None) if hit.trigger.plover != "PROTEST" else None)
    target = _prep_object(tok, ("of", "against", "on"))
    if target is not None and _lemma_in(target, word_classes()["area_nouns"]):
        target = None  # "strikes on the outskirts of Idlib": where, not whom
    outbreak = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in \
        word_classes()["outbreak_verbs"]
    between = _prep_object(tok, ("between",)) or (
        _prep_object(tok.head, ("between",)) if outbreak else None)
    if outbreak and source is None and target is None and between is None:
        target = _actor_with(tok.head)  # "scuffles broke out with police": the side met
    if between is not None and source is None and target is None:
        # "clashes between protesters and soldiers": the two sides
        source, target = between, _other_side(between)
    if target is None and hit.trigger.plover in ("SUPPORT", "AID", "REQUEST", "COOPERATE"):
        target = _prep_object(tok, ("for", "to", "with"))  # "aid for Chad"
    if source is None:
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN") \
                    and c.lemma_.lower() in actor_lexicon() or (c.dep_ == "poss"
                                                                 and c.pos_ == "PROPN"):
                source = c
                break
    # ("burst teargas shells": the munition the trigger names the kind of)
    noun = tok.head if tok.dep_ == "compound" and tok.head.dep_ == "dobj" and \
        hit.trigger.mode == "crowd-control" else tok
    if source is None:
        # "in an attack that security sources blamed on JNIM": those blamed did it
        source = next((o for c in tok.children if c.dep_ == "relcl" and
                       c.lemma_.lower() in BLAMING_VERBS for p in c.children
                       if p.dep_ == "prep" and word(p) in ("on", "to")
                       for o in p.children if o.dep_ == "pobj"), None)
    if source is None and noun.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
        gov = noun.head if noun.dep_ != "pobj" else noun.head.head
        # (not "..., a regional official said, in an attack ...": the speaker did not attack)
        subs = _subjects(gov) if gov.pos_ in ("VERB", "AUX") and not (
            noun.dep_ == "pobj" and gov.lemma_.lower() in REPORTING_VERBS) else []
        # (not "police blocked the square to stop the march", "the government accuses the
        # groups behind the protests": the state does not protest; but "police ended a
        # blockade" is read as their intervention, and "Indigenous authorities" are no state)
        classes = word_classes()
        met = hit.trigger.plover == "PROTEST" and bool(subs) and \
            actor_lexicon().get(subs[0].lemma_.lower(), {}).get("kind") == "state" and \
            gov.lemma_.lower() not in classes["clearing_verbs"] | \
            classes["crowd_control_verbs"] | {"end", "break", "halt"} and \
            not any(word(c) in classes["non_state_modifiers"] for c in subs[0].children)
        # ("their patrol vehicle hit a landmine", "a boy stepped on a mine": who met the
        # device planted for them is its target)
        struck = hit.trigger.acled_sub == "Remote explosive/landmine/IED" and \
            gov.lemma_.lower() in STRUCK_A_DEVICE
        if subs and struck:
            # (a vehicle of no one named is no side: "their minibus struck a roadside bomb")
            named = [t for t in (subs[0], *subs[0].children) if t.i == subs[0].i or
                     t.dep_ in ("compound", "amod")]
            if target is None and any(_lemma_in(t, _actor_words()) for t in named):
                target = subs[0]
        elif subs and noun.dep_ in ("dobj", "attr", "pobj") and not met and not (
                hit.trigger.plover == "PROTEST" and _an_assault(gov)):
            # (not "men with clubs attacked a peaceful march": the attackers march with no one)
            source = subs[0]
    return _resolve_pronoun(source), _resolve_pronoun(target)


BLAMING_VERBS = frozenset(word_classes()["blaming_verbs"])


def _an_assault(verb: Token) -> bool:
    """Whether the verb is an attack on what it governs ('attacked', 'ambushed'), whatever its
    object (not "drove in a convoy", an attack only when driven into people)."""
    return any(t.plover == "ASSAULT" and t.frame is None
               for t in triggers().get(verb.lemma_.lower(), ()))


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    return frozenset(actor_lexicon())


@lru_cache(maxsize=1)
def _weapons() -> frozenset[str]:
    classes = word_classes()
    return frozenset(classes["weapon"]) | frozenset(classes["crude_weapons"]) | \
        frozenset(classes["makeshift_weapons"])


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of the token's prepositions in `preps` (never a day: 'On
    Friday, men fired shots at officers')."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and word(c) in preps:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME"):
                    return p
    return None


def _resolve_pronoun(tok: Token | None) -> Token | None:
    if tok is None:
        return None
    if tok.pos_ == "PRON" and word(tok) not in ("who", "which", "that"):
        # "The army said it had deployed troops": the speaker is the one pronoun we resolve;
        # otherwise an unnamed actor beats a wrong one.
        clause = tok.head
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if tok.dep_ in SUBJECT_DEPS and clause.dep_ == "ccomp" and \
                clause.head.lemma_.lower() in word_classes()["speech"]:
            speech = clause.head
            speaker = next((c for c in speech.children if c.dep_ in SUBJECT_DEPS), None)
            while speaker is None and speech.dep_ == "conj" and \
                    speech.head.lemma_.lower() in REPORTING_VERBS:
                # "the group claimed the ambush and said it had killed 30": the shared subject
                # (not "condemned the violence and said it discredits ...": 'it' the thing)
                speech = speech.head
                speaker = next((c for c in speech.children if c.dep_ in SUBJECT_DEPS), None)
            if speaker is not None and speaker.pos_ != "PRON" and _may_be_speaker(tok, speaker):
                return speaker
        return _them_antecedent(tok) if word(tok) == "them" else None
    return _resolve_relative(tok)


def _them_antecedent(them: Token) -> Token | None:
    """'troops shot two gunmen who fired at them', 'gunmen fired at soldiers, and the troops
    shot two of them': 'them' is the other side of the sentence's first clause, its subject
    (or, in a participle of result or a clause sharing the subject, those its verb was done
    to)."""
    clause = them.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    own = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "pobj"):
        noun = clause.head
        first = noun.head if noun.dep_ == "dobj" else noun.head.head
    elif clause.dep_ == "conj" and own is not None and own.pos_ != "PRON":
        first = clause.head
    elif (clause.dep_ == "advcl" and clause.tag_ == "VBG" or clause.dep_ == "conj") and \
            own is None:
        # "intercepted a group of militants, killing six of them", "pursued the attackers and
        # clashed with them": those the act was done to
        done_to = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
        people = _through_quantity(done_to) if done_to is not None else None
        # (an armed side; not "dragged the men out and beat them", whose count the pronoun
        # keeps from the men told before)
        kind = actor_lexicon().get(people.lemma_.lower(), {}).get("kind") \
            if people is not None else None
        return people if kind in ("armed", "state") else None
    else:
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or (own is not None and own.i == subject.i):
        return None
    return subject


QUOTES = frozenset("'\"‘’“”")
QUOTE_REACH = 60  # tokens back within which an open quote still holds a pronoun


def _may_be_speaker(pronoun: Token, speaker: Token) -> bool:
    """Whether the pronoun can be the speaker: a personal pronoun, not a third person inside a
    direct quote ("'They were shooting,' said a shopkeeper"), agreeing with the speaker ("he"
    is no army)."""
    if word(pronoun) not in ("i", "we", "he", "she", "it", "they"):
        return False  # "one (body) found burnt, police added": no personal pronoun
    third = word(pronoun) in ("he", "she", "it", "they")
    # (a quote may run over sentences: '"We were singing. They came and shot," said a student')
    quoted = pronoun.i < speaker.head.i and (
        any(t.text in QUOTES for t in pronoun.doc[pronoun.sent.start:pronoun.i]) or
        sum(t.text in ('"', "“", "”") for t in pronoun.doc[max(0, pronoun.i - QUOTE_REACH):
                                                           pronoun.i]) % 2 == 1)
    if third and quoted:
        return False
    person = speaker.ent_type_ == "PERSON"
    if word(pronoun) in ("he", "she"):
        return person or speaker.tag_ in ("NN", "NNP")
    if word(pronoun) in ("it", "they"):
        return not person
    return True


def _through_quantity(tok: Token) -> Token:
    """A quantity head ("Thousands of demonstrators") stands for its complement."""
    if tok.lemma_.lower() in _QUANTITY_WORDS or tok.like_num:
        comp = _prep_object(tok, ("of",))
        if comp is not None:  # ("shot two of them": the side 'them' stands for)
            return (_them_antecedent(comp) if word(comp) == "them" else None) or comp
    return tok


def _actor_span(tok: Token) -> Span:
    """The words naming an actor: the head noun with its modifiers and 'of X' complement."""
    doc = tok.doc
    tok = _through_quantity(tok)
    left = tok.i
    for c in tok.lefts:
        if any(doc[k].text == "," for k in range(c.i + 1, tok.i)):
            continue  # "In Saint-Denis, sugar cane planters", parsed as one phrase: a comma apart
        if c.dep_ in ("compound", "amod", "nummod", "poss", "nmod", "quantmod") or \
                (c.dep_ == "det" and word(c) not in ("the", "a", "an", "this", "that", "these",
                                                     "those")):
            left = min(left, c.left_edge.i)
    right = tok.i
    # ("the army and rebels of the Northern Front", the parse hanging the 'of' on the first
    # side: the name is the second side's)
    after_conj = [c for c in tok.rights if c.dep_ == "conj"]
    for c in tok.rights:
        if c.dep_ == "prep" and word(c) == "of" and any(j.i < c.i for j in after_conj):
            continue
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and word(c) == "of"):
            right = max(right, c.right_edge.i)
            if c.dep_ == "appos":
                break
    if tok.dep_ == "conj":
        right = next((c.right_edge.i for c in tok.head.rights if c.dep_ == "prep" and
                      word(c) == "of" and c.i == tok.right_edge.i + 1), right)
    # ("fighters of the Front for the Liberation of the Enclave of Cabinda": a proper name
    # goes on past the parse's cut)
    while right + 2 < len(doc) and doc[right].pos_ == "PROPN" and \
            word(doc[right + 1]) in ("for", "of"):
        named = right + 2 + (word(doc[right + 2]) == "the")
        if named >= len(doc) or doc[named].pos_ != "PROPN":
            break
        while named + 1 < len(doc) and doc[named + 1].pos_ == "PROPN":
            named += 1
        right = named
    right = min(right, left + 14)
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space
                            or word(doc[left]) in ("the", "a", "an")):
        left += 1
    while right > left and doc[right].is_space:
        right -= 1
    return doc[left:right + 1]


TOLD_BEFORE_REACH = 400  # tokens back where a group named again may have been told (bounded)


def told_as_suicide_bomber(tok: Token) -> bool:
    """'A suicide bomber ... the bomber also died': the person told before, not an aircraft
    (also 'a bomber blew himself up', 'a bomber triggered his vest': one person's own body)."""
    if tok.lemma_.lower() != "bomber":
        return False
    own = tok.dep_ == "nsubj" and tok.tag_ == "NN" and any(
        word(t) in ("himself", "herself", "his", "her") for t in tok.head.subtree)
    return own or any(c.dep_ == "det" and word(c) == "the" for c in tok.children) and \
        any(t.lemma_.lower() == "bomber" and any(word(c) == "suicide" for c in t.children)
            for t in tok.doc[max(0, tok.i - TOLD_BEFORE_REACH):tok.i])
