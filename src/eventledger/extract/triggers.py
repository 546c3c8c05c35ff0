"""Triggers in a sentence, from the lexicon (`data/triggers.tsv`): single words and phrases whose
part of speech and frame fit, obligations, minus metaphors, back references and skipped verbs;
then one trigger per event."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger.extract.arguments import (
    _QUANTITY_WORDS,
    _cause_noun,
    _objects,
    _prep_object,
    _subjects,
    _through_quantity,
    told_as_suicide_bomber,
)
from eventledger.extract.context import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    _Hit,
    _lemma_in,
    next_sentence,
    previous_sentence,
)
from eventledger.extract.modality import in_which_clause
from eventledger.numbers import parse_count
from eventledger.roles import (
    clause_of_misread_verb,
    concessive,
    names_a_place,
    names_people,
    own_subtree,
    word,
)
from eventledger.taxonomy import (
    Trigger,
    actor_kind,
    actor_lexicon,
    plover_set,
    triggers,
    word_classes,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MULTIWORD: dict[str, list[str]] = {}
_PHRASE_TOKENS = re.compile(r"[^\s-]+|-")
OBLIGATION_AUX = word_classes()["obligation_aux"]
STATE_VERBS = word_classes()["state_verbs"]
METAPHOR_HEADS = word_classes()["metaphor_heads"]
STATEMENTS = plover_set("statements")
BACK_REFERENCE_PREPS = word_classes()["back_reference_preps"]
TOPIC_NOUNS = frozenset(word_classes()["topic_nouns"])  # "in support of", "in solidarity with"
TALLY_NOUNS = frozenset(word_classes()["tally_nouns"])
DISMISSED_ROLES = frozenset(word_classes()["dismissed_roles"])
DEFINITE = frozenset(("the", "that", "this", "these", "those"))  # a thing already told
ONGOING_FIGHT = word_classes()["ongoing_fight_verbs"]
ALLUSION_VERBS = word_classes()["allusion_verbs"]


def _multiword_index() -> dict[str, list[str]]:
    """Lexicon phrases ("tear gas", "lathi-charge") by their first word."""
    if not _MULTIWORD:
        for lemma in triggers():
            if (" " in lemma or "-" in lemma) and not lemma.startswith("@"):
                _MULTIWORD.setdefault(_PHRASE_TOKENS.findall(lemma)[0], []).append(lemma)
        for firsts in _MULTIWORD.values():
            firsts.sort(key=len, reverse=True)
    return _MULTIWORD


def _find_triggers(sent: Span) -> list[_Hit]:
    table = triggers()
    multi = _multiword_index()
    hits: list[_Hit] = []
    used: set[int] = set()
    doc = sent.doc
    for tok in sent:
        if tok.i in used:
            continue
        lemma = tok.lemma_.lower()
        for phrase in [*multi.get(lemma, []), *multi.get(word(tok), [])]:
            n = len(_PHRASE_TOKENS.findall(phrase))
            window = _phrase_window(doc, tok.i, phrase, n)
            kept = [t for t in window if not _inserted_adjective(t, window, phrase)]
            words = [t.lemma_.lower() for t in kept]
            surface = " ".join(t.text for t in kept).lower() if len(kept) < len(window) \
                else window.text.lower()
            # (also "downed tools": the verb's lemma with its object as written)
            if " ".join(words) == phrase or " ".join(word(t) for t in kept) == phrase \
                    or surface == phrase or \
                    " ".join([words[0], *(word(t) for t in kept[1:])]) == phrase:
                head = _phrase_head(window)
                entry = next((e for e in table[phrase] if _pos_fits(e, head)
                              and frame_ok(e, head)), None)
                if entry and not _is_back_reference(head) and not _told_of_in_general(head) \
                        and not _penalised_for(head) and not _lifted_measure(head) and \
                        not _earlier_deed_of_those_held(head, entry) and \
                        not _aimed_at_a_vessel(head, entry):
                    # ("a bomb went off": the subject the entry requires names the means)
                    hits.append(_Hit(head, window, entry, typed_by_noun=_names_its_means(entry)))
                    used.update(t.i for t in window)
                    break
        if tok.i in used:
            continue
        split = _split_phrase_entry(tok, table)  # "picked him up", "pushed the crowd back"
        if split is not None:
            hits.append(_Hit(tok, doc[tok.i:tok.i + 1], split))
            used.add(tok.i)
            continue
        entries = list(table.get(lemma, ())) + (list(table.get(word(tok), ()))
                                                  if tok.pos_ == "NOUN" else [])
        if not entries and tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acomp", "oprd"):
            entries = _participle_entries(tok)  # "the halted mine", "remains shut"
        if not entries and tok.tag_ in ("VBD", "VBN") and word(tok).endswith("ed"):
            # "raped", lemmatised "rap": the past form's own stem
            # (also "gutted", lemmatised "gutte": the stem before its doubled consonant)
            w = word(tok)
            doubled = (w[:-3],) if len(w) > 5 and w[-3] == w[-4] else ()
            entries = [e for stem in (w[:-1], w[:-2], *doubled)
                       for e in table.get(stem, ()) if "V" in e.pos]
        if _tallied_fighting(tok):
            entries = list(table["clash"])  # "the death toll from fighting in X on Saturday"
        taker = _taking_verb(tok) if tok.dep_ == "compound" else None
        arrest = next((e for e in entries if e.acled_sub == "Arrests"), None)
        if taker is not None and arrest is not None and taker.i not in used and \
                any(o.dep_ == "dobj" for o in taker.children):
            # "took at least 60 to a detention centre": taken into custody, those taken held
            hits.append(_Hit(taker, doc[tok.i:tok.i + 1], arrest, typed_by_noun=True))
            used.update((tok.i, taker.i))
            continue
        passive = tok.head if tok.dep_ == "conj" and tok.tag_ == "VBN" else tok
        if (any(c.dep_ == "nsubjpass" for c in passive.children) and
                not any(c.dep_ == "agent" for c in (*tok.children, *passive.children))) or \
                (tok.pos_ == "VERB" and any(
                    word(m) in word_classes()["anonymous_modifiers"]
                    for s in _subjects(tok) for m in s.children
                    if m.dep_ == "amod")):
            # "campaign banners were torn down and burned", "unknown people ... burned a party
            # flag": symbols burned by no crowd named, property destroyed (not "protesters
            # burned banners")
            entries = [e for e in entries if e.frame != "obj:burned_symbols"]
        entry = next((e for e in entries if _pos_fits(e, tok)
                      and frame_ok(e, tok)), None)
        if entry is None:
            continue
        if entry.plover == "PROTEST" and tok.pos_ == "VERB":
            # "marched 17 worshippers into the bush": people led off, no march
            led = next((e for e in table.get("lead", ()) if e.frame == "into:wilderness"), None)
            entry = led if led is not None and frame_ok(led, tok) else entry
        if _is_metaphor(tok) or _is_back_reference(tok) or _skip_verb(tok) or \
                _in_compound_adjective(tok) or _in_protest_phrase(tok) or accidental(tok) or \
                _grievance_against(tok) or \
                _standing_ban(tok, entry) or \
                _modifies_a_thing(tok) or _shots_at_no_one(tok) or _in_a_slogan(tok) or \
                _only_heard(tok) or _lifted_measure(tok) or \
                _written_on_props(tok) or _pressure_of_a_retreat(tok) or _held_for(tok) or \
                _reason_of_arrests(tok) or \
                _stop_on_a_road(tok) or _told_of_in_general(tok) or _penalised_for(tok) or \
                _alleged_or_cited(tok) or \
                _kept_behind(tok) or _topic_of_words(tok) or \
                _earlier_deed_of_those_held(tok, entry) or _toll_of_a_conflict(tok) or \
                _words_that_attack(tok, entry) or \
                _who_fought_in_a_war(tok) or _aimed_at_a_vessel(tok, entry) or (
                    entry.plover == "PROTEST" and (
                        _what_victims_did(tok, entry) or _blocked_as_a_cause(tok) or
                        _a_thing_in_the_way(tok, entry) or _a_protest_prepared_for(tok))):
            continue
        # "a drone dropped an explosive": the object the entry requires names the means
        # ("aircraft struck a site": so does the subject the entry requires)
        # ("protesters threw stones at police": a riot, by what was thrown)
        # ("burned an effigy of the president": a symbol burned in protest, no riot)
        named = _names_its_means(entry) or \
            (entry.mode == "riot" and (entry.frame or "").startswith("obj:")) or \
            entry.frame == "obj:burned_symbols"
        taker = _taking_verb(tok)
        if taker is not None and taker.i not in used:
            # "80 workers were taken into custody in X": the taking is the arrest, with its
            # people, place and day; the noun names its type outright
            hits.append(_Hit(taker, doc[tok.i:tok.i + 1], entry, typed_by_noun=True))
            used.update((tok.i, taker.i))
            continue
        hits.append(_Hit(tok, doc[tok.i:tok.i + 1], entry, typed_by_noun=named))
        used.add(tok.i)
    hits.extend(_obligations(sent, used))
    hits.extend(_crowds_acting_to_demand(sent, used, hits))
    return hits


CROWD_SIZE = 10  # people a counted subject needs to be a crowd
RALLY_SIZE = 1000  # backers counted in thousands gather as a side's rally


def _crowds_acting_to_demand(sent: Span, used: set[int], hits: list[_Hit]) -> list[_Hit]:
    """'Hundreds of farmers drove tractors into the square to demand subsidies': a crowd's act
    done to press a demand is a protest, whatever its verb."""
    if any(h.trigger.plover == "PROTEST" for h in hits):
        return []
    entry = next(e for e in triggers()["march"] if "V" in e.pos)
    aims = word_classes()["protest_aims"]
    out = []
    for tok in sent:
        if tok.i in used or tok.pos_ != "VERB" or tok.lemma_.lower() in word_classes()["speech"]:
            continue
        # (also "to show solidarity with Gaza": a cause shown)
        purpose = _purpose_clause(tok, aims, TOPIC_NOUNS)
        if (purpose or _behind_protest_props(tok)) and any(_a_crowd(s) for s in _subjects(tok)) \
                or (purpose and (_many_in_the_way(tok) or _moved_on(tok) or
                                 # ("drove tractors into the town and parked them outside the
                                 # council to demand ...": the drive the act is joined to)
                                 (tok.dep_ == "conj" and _many_in_the_way(tok.head)))):
            out.append(_Hit(tok, sent.doc[tok.i:tok.i + 1], entry))
            break
    return out


def _moved_on(verb: Token) -> bool:
    """'removed workers who had camped there', 'cleared a street where residents had piled
    furniture', 'When they sat down, officers pushed them away': an act whose doers or place
    were then cleared."""
    moving_on = word_classes()["clearing_verbs"] | word_classes()["crowd_control_verbs"]
    return (verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and
            _lemma_in(verb.head.head, moving_on)) or (
        verb.dep_ == "advcl" and _lemma_in(verb.head, moving_on) and
        any(m.dep_ in ("mark", "advmod") and word(m) == "when" for m in verb.children))


def _many_in_the_way(verb: Token) -> bool:
    """'cane planters parked tractors on the roundabout': people, none a state's or armed men,
    whose act puts something on a road or square."""
    ways = word_classes()["route"] | word_classes()["open_spaces"]
    # (also "drove about eighty tractors in a slow convoy through Sainte-Clotilde": vehicles
    # driven through a place)
    # (also "coffee farmers drove through the centre of Lares": in their own vehicles; and
    # "drove tractors to the municipal offices", told with the demand they drove to press)
    driven = any(o.dep_ == "dobj" and _lemma_in(o, word_classes()["vehicle_nouns"])
                 for o in verb.children) or (
        verb.lemma_.lower() == "drive" and not any(o.dep_ == "dobj" for o in verb.children))
    return any(s.tag_ in ("NNS", "NNPS") and actor_kind(s.lemma_.lower()) not in
               ("state", "armed") and s.ent_type_ not in ("ORG", "GPE", "NORP")
               for s in _subjects(verb)) and (any(
        c.dep_ == "prep" and word(c) in ("on", "across", "at", "in") and
        any(o.dep_ == "pobj" and _lemma_in(o, ways) for o in c.children)
        for v in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in v.children) or
        driven and any(c.dep_ == "prep" and word(c) in ("through", "into", "along", "around",
                                                        "to")
                       for v in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
                       for c in v.children))


def _purpose_clause(verb: Token, aims: frozenset[str], causes: frozenset[str],
                    participle: bool = False) -> bool:
    """'gathered to demand cleaner air', 'to show solidarity' (with `participle`, also ',
    demanding a pay rise'): a clause of the verb telling what it was done for, by its verb (of
    `aims`) or its object (of `causes`)."""
    # (also "gathered ... for a third day to demand jobs", the parse hanging the infinitive on
    # the span of time)
    spans = [x for p in verb.children if p.dep_ == "prep" for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() in word_classes()["time_nouns"]
             for x in o.children if x.dep_ == "relcl" and x.tag_ == "VB"]
    # ("gathered to pray and protest": the aim joined to another, sharing its "to")
    return any(c.dep_ in ("xcomp", "advcl", "relcl") and c.pos_ == "VERB" and
               (_lemma_in(c, aims) or any(o.dep_ == "dobj" and _lemma_in(o, causes)
                                          for o in c.children) or
                (any(j.dep_ == "conj" and j.pos_ == "VERB" and _lemma_in(j, aims)
                     for j in c.children) and
                 any(a.dep_ == "aux" and word(a) == "to" for a in c.children))) and
               (any(a.dep_ == "aux" and word(a) == "to" for a in c.children) or
                (participle and c.tag_ == "VBG" and c.dep_ == "advcl"))
               for c in [*(c for c in verb.children if c.dep_ != "relcl"), *spans])


def _in_front_of(verb: Token) -> list[Token]:
    """What the verb's 'in front of' phrase names ('sat in front of bulldozers')."""
    return [o for c in verb.children if c.dep_ == "prep" and word(c) == "in"
            for f in c.children if f.dep_ == "pobj" and word(f) == "front"
            for p in f.children if p.dep_ == "prep" and word(p) == "of"
            for o in p.children if o.dep_ == "pobj"]


def _behind_protest_props(verb: Token) -> bool:
    """'walked through the city centre behind a banner', 'drove slowly, waving flags': a crowd
    on the move, shown by what protesters carry."""
    props, display = word_classes()["protest_props"], word_classes()["display_verbs"]

    def held(prop: Token) -> Token:
        while prop.dep_ == "conj" and prop.head.i != prop.i:
            prop = prop.head  # "carrying flowers and placards"
        return prop

    return any(_lemma_in(prop, props) and (held_by := held(prop)).dep_ in ("pobj", "dobj") and
               (word(held_by.head) in ("behind", "under") or _lemma_in(held_by.head, display))
               for c in verb.children if c.dep_ in ("prep", "advcl") for prop in c.subtree)


def _a_crowd(subject: Token, size: int = CROWD_SIZE) -> bool:
    """'Hundreds of farmers', '300 teachers': many people (at least `size`), counted (not
    officials)."""
    people = _through_quantity(subject)
    if people.lemma_.lower() in ("thousand", "hundred") and people.tag_ == "NNS" and \
            people.i == subject.i:
        # "Thousands", "Hundreds": people in numbers, no noun needed, at least that many
        return size <= (1000 if people.lemma_.lower() == "thousand" else 100)
    if not _lemma_in(people, PEOPLE) or \
            actor_lexicon().get(people.lemma_.lower(), {}).get("kind") == "state":
        return False
    if people.i != subject.i:  # "hundreds of farmers"
        # (not "In Kunming, dozens", a fronted place the parse hung on the count)
        before = [t for t in subject.subtree if t.i <= subject.i]
        cut = max((k + 1 for k, t in enumerate(before) if t.is_punct or t.pos_ == "ADP"),
                  default=0)
        count = parse_count(" ".join(word(t) for t in before[cut:]))
    else:
        # (also "several hundred party supporters", the count hung on the compound)
        count = next((n for c in subject.subtree if c.dep_ == "nummod" and c.i < subject.i and
                      (n := parse_count(word(c))) is not None), None)
    return count is not None and count >= size


def _taking_verb(tok: Token) -> Token | None:
    """The verb that takes someone into custody ('took them into custody', 'were placed under
    arrest'), not one that keeps them there ('remanded in custody')."""
    if tok.pos_ != "NOUN" or not _lemma_in(tok, word_classes()["custody_nouns"]):
        return None
    # (also "took at least 60 to a detention centre": the place of custody they were taken to)
    if tok.dep_ == "compound" and tok.head.dep_ == "pobj" and \
            f"{word(tok)} {word(tok.head)}" in word_classes()["custody_places"]:
        tok = tok.head
    elif tok.dep_ != "pobj":
        return None
    verb = tok.head.head
    return verb if verb.pos_ == "VERB" and \
        verb.lemma_.lower() in word_classes()["custody_intake_verbs"] else None


def _tallied_fighting(tok: Token) -> bool:
    """'The death toll from heavy fighting in Souq al-Juma on Saturday has risen to 23', or
    'Fighting ... left three soldiers dead': a fight told by its dead (the noun alone is too
    often background)."""
    if word(tok) != "fighting":
        return False
    # ("Fighting in X on Tuesday left three soldiers dead": the fight told by its dead)
    # ("Heavy fighting erupted near X on Monday": the fight told breaking out)
    return (tok.dep_ == "pobj" and word(tok.head) in ("from", "of")
            and tok.head.head.lemma_.lower() in word_classes()["tally_nouns"]) or \
        (tok.dep_ in ("nsubj", "csubj") and tok.head.lemma_.lower() == "leave" and
         any(word(t) in ("dead", "killed") for t in tok.head.subtree)) or \
        (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and
         tok.head.lemma_.lower() in word_classes()["outbreak_verbs"])


PARTICLES = frozenset(("back", "away", "off", "out", "up", "down", "over"))
BLAZE_WORDS = frozenset(("alight", "ablaze"))


KILL_VERBS = word_classes()["kill_verbs"]


def _split_phrase_entry(tok: Token, table: dict[str, list[Trigger]]) -> Trigger | None:
    """The entry of a phrasal verb whose particle the object separates: 'rounded them up' (or
    whose object a word of degree opens: 'took full control')."""
    if tok.pos_ != "VERB":
        return None
    held = next((o for o in tok.children if o.dep_ == "dobj" and o.i > tok.i + 1 and
                 all(word(m) in word_classes()["completeness_modifiers"]
                     for m in tok.doc[tok.i + 1:o.i])), None)
    if held is not None and f"{tok.lemma_.lower()} {word(held)}" in table:
        # "had taken full control of the town": the phrase with its object's degree between
        return next((e for e in table[f"{tok.lemma_.lower()} {word(held)}"]
                     if _pos_fits(e, tok) and frame_ok(e, tok)), None)
    # ("exchanged small-arms fire", "exchanged heavy gunfire": the object's own modifiers
    # between)
    modified = next((o for o in tok.children if o.dep_ == "dobj" and o.i > tok.i + 1 and
                     o.left_edge.i == tok.i + 1 and
                     all(m.pos_ in ("ADJ", "NOUN", "PUNCT") for m in tok.doc[tok.i + 1:o.i])),
                    None)
    if modified is not None and f"{tok.lemma_.lower()} {word(modified)}" in table:
        return next((e for e in table[f"{tok.lemma_.lower()} {word(modified)}"]
                     if _pos_fits(e, tok) and frame_ok(e, tok)), None)
    blaze = next((o.right_edge for o in tok.children if o.dep_ == "dobj" and
                  word(o.right_edge) in BLAZE_WORDS and o.right_edge.i > o.i), None)
    if blaze is not None and f"{tok.lemma_.lower()} {word(blaze)}" in table:
        # "set bales of hay alight", the adverb read as the object's last noun
        return next((e for e in table[f"{tok.lemma_.lower()} {word(blaze)}"]
                     if _pos_fits(e, tok) and frame_ok(e, tok)), None)
    for prt in tok.children:
        phrase = f"{tok.lemma_.lower()} {word(prt)}"
        # The tagger may read a particle as an adverb ("pushed the crowd back").
        # ... or as a preposition ("drove the rebels out of the town")
        particle = prt.dep_ == "prt" or (prt.dep_ == "advmod" and word(prt) in PARTICLES) or (
            prt.dep_ == "prep" and word(prt) in PARTICLES and
            not any(c.dep_ == "pobj" for c in prt.children) and
            # (not "carrying rifles off Khor Angar", the place read as the verb's object)
            not any(o.dep_ == "dobj" and o.i > prt.i for o in tok.children)) or (
            # "set the trucks alight", the adverb read as the object and the object as its
            # modifier
            word(prt) in BLAZE_WORDS and prt.i > tok.i + 1) or _at_each_other(prt)
        fire = next((o for o in prt.children if o.dep_ == "pobj" and word(o) == "fire"), None)
        if prt.dep_ == "prep" and fire is not None and prt.i > tok.i + 1:
            # "set the vehicles on fire": the verb, its preposition and its noun
            particle, phrase = True, f"{phrase} {word(fire)}"
        if not particle or prt.i == tok.i + 1 or phrase not in table:
            continue
        if any(word(t).endswith(("self", "selves")) for t in tok.doc[tok.i + 1:prt.i]):
            if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in KILL_VERBS
                   for c in tok.children):
                return None  # "blew herself up, killing five": the killing tells the act
            # ("A woman blew herself up at the market. Three traders died": the bombing)
            return next((e for e in table[phrase] if e.acled_sub == "Suicide bomb" and
                         _pos_fits(e, tok) and frame_ok(e, tok)), None)
        return next((e for e in table[phrase] if _pos_fits(e, tok) and frame_ok(e, tok)), None)
    return None


def _at_each_other(prep: Token) -> bool:
    """'went for each other', 'turned on one another': a preposition whose object is the doers
    themselves makes a phrasal verb of mutual violence."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and word(o) in ("other", "another") and
        any(word(d) in ("each", "one") for d in o.children) for o in prep.children)


def _obligations(sent: Span, used: set[int]) -> list[_Hit]:
    """'X said Y must Z': a demand made through a reporting verb."""
    entry = triggers()["@obligation"][0]
    speech = word_classes()["speech"] | {"declare", "conclude", "insist", "warn", "stress"}
    out = []
    for tok in sent:
        if tok.i in used or tok.pos_ != "VERB" or tok.lemma_.lower() not in speech:
            continue
        for comp in tok.children:
            auxes = [a for a in comp.children if a.dep_ == "aux"]
            epistemic = any(word(a) == "have" for a in auxes)  # "must have been": inference
            if comp.dep_ == "ccomp" and not epistemic and any(word(a) in OBLIGATION_AUX
                                                              for a in auxes):
                out.append(_Hit(tok, sent.doc[tok.i:tok.i + 1], entry))
                break
    return out


def _phrase_window(doc: Doc, start: int, phrase: str, n: int) -> Span:
    """The tokens a lexicon phrase may span from `start`: one more where an adjective stands
    after its 'of' ('a state of constitutional exception', 'an exchange of heavy fire')."""
    parts = _PHRASE_TOKENS.findall(phrase)
    if "of" in parts[:-1]:
        at = start + parts.index("of") + 1
        if at < len(doc) and doc[at].tag_ == "JJ" and word(doc[at - 1]) == "of":
            return doc[start:start + n + 1]
    return doc[start:start + n]


def _inserted_adjective(tok: Token, window: Span, phrase: str) -> bool:
    """The adjective `_phrase_window` let in after the phrase's 'of'."""
    return len(window) > len(_PHRASE_TOKENS.findall(phrase)) and tok.i > window.start and \
        word(tok.doc[tok.i - 1]) == "of" and tok.tag_ == "JJ"


def _phrase_head(window: Span) -> Token:
    if window[0].pos_ == "VERB":
        return window[0]  # "pushed back protesters", even with "back" parsed as their modifier
    # ("tear gas and stun grenades", the parse joining "stun" to the gas: the last such word)
    heads = [t for t in window if t.head.i < window.start or t.head.i >= window.end]
    if not heads:
        return window.root
    return heads[-1] if heads[-1].pos_ == "NOUN" else heads[0]


def _participle_entries(tok: Token) -> list[Trigger]:
    """Disruption verbs told as an adjective ('the halted mine', 'the closed border'), which
    the tagger leaves unlemmatised."""
    form = word(tok)
    stems = [form[:-2], form[:-1], form[:-3], form] if form.endswith("ed") else [form]
    return [Trigger(e.lemma, "A", e.plover, e.mode, e.acled_sub, e.kind, e.context, e.frame)
            for stem in stems for e in triggers().get(stem, ())
            if e.kind == "disruption" and "V" in e.pos]


def _pos_fits(entry: Trigger, tok: Token) -> bool:
    if entry.pos == "A":
        return tok.pos_ == "ADJ"
    if "V" in entry.pos and tok.pos_ == "VERB":
        return True
    return "N" in entry.pos and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ != "NNP"


@dataclass(frozen=True, slots=True)
class _Frame:
    """A lexicon frame read once: its kind, the word classes it names and their words."""

    kind: str
    names: tuple[str, ...]
    words: frozenset[str]


@cache
def _frame(frame: str) -> _Frame:
    kind, _, cls = frame.partition(":")
    names = tuple(cls.split("|"))
    classes = word_classes()
    return _Frame(kind, names, frozenset().union(*(classes.get(c, frozenset()) for c in names)))


def frame_ok(entry: Trigger, tok: Token) -> bool:
    """Whether the token fits the entry's frame (its object, subject, purpose ...)."""
    if entry.frame is None:
        return True
    frame = _frame(entry.frame)
    check = _FRAME_CHECKS.get(frame.kind)
    return check(frame, tok) if check else True


def _names_a_protest(noun: Token) -> bool:
    """'a sit-in' (three tokens, its head 'in'), 'a march': a noun phrase naming a protest."""
    protests = word_classes()["protest_nouns"]
    glued = "".join(t.text_with_ws for t in noun.doc[noun.left_edge.i:noun.i + 1]
                    if t.dep_ != "det").strip().lower()
    return _lemma_in(noun, protests) or glued in protests


def _the_crowd_just_told(pronoun: Token) -> bool:
    """'... relatives of detainees gathered outside the prison. Police pushed them back': a
    plural pronoun whose sentence follows one telling of people gathering or protesting."""
    before = previous_sentence(pronoun.sent) if word(pronoun) == "them" else None
    # (in the same paragraph: no line break between the two sentences)
    return before is not None and not any(
        "\n" in t.whitespace_ or t.is_space
        for t in pronoun.doc[before.end - 1:pronoun.sent.start + 1]) and \
        (any(e.plover == "PROTEST" and e.kind == "event" and t.pos_ == "VERB"
             for t in before for e in triggers().get(t.lemma_.lower(), ())) or
         # ("Teachers staged a sit-in outside the office": a protest held, by its noun)
         any(t.dep_ == "dobj" and t.head.pos_ == "VERB" and _names_a_protest(t) for t in before))


def _object_fits(frame: _Frame, tok: Token) -> bool:
    """obj:CLASS — the object (or the object of a purpose clause) is of the class."""
    people, agents = "person" in frame.names, "agent" in frame.names
    places = "territory" in frame.names
    # "fired to disperse the mob": the object may sit in a purpose clause.
    # (not a clause of time: "dispersed after their embassy sent officials")
    purpose = [o for c in tok.children if c.dep_ in ("xcomp", "advcl") and not any(
                   m.dep_ == "mark" and word(m) != "to" for m in c.children)
               for o in c.children if o.dep_ in OBJECT_DEPS]
    # ("shot down 31 of 40 drones", the count read as an adverb of the verb)
    purpose += [c for c in tok.children if c.dep_ == "npadvmod" and c.like_num]
    # ("found rifles hidden under its catch": the thing of a participle clause read as its
    # subject)
    purpose += [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN" and
                not any(m.dep_ in ("mark", "aux", "auxpass") for m in c.children)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i > tok.i]
    direct = any(c.dep_ in OBJECT_DEPS for c in tok.children)
    if "demonstrators" in frame.names and _marchers_misread(tok, direct):
        return True
    # "the capture of the village": a noun's object is its "of" phrase
    purpose += [o for c in tok.children if tok.pos_ == "NOUN" and c.dep_ == "prep" and
                word(c) == "of" for o in c.children if o.dep_ == "pobj"]
    if not direct and set(frame.names) in ({"person"}, {"property_nouns"}, {"facility"}) and \
            tok.dep_ != "relcl":
        # "punched and kicked a candidate": the person the joined verb's object names (also
        # "tore down and painted over campaign billboards": the thing)
        joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                  c.i > tok.i and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
        purpose += [o for c in joined for o in c.children if o.dep_ in OBJECT_DEPS]
        purpose += [o for c in joined for p in c.children if p.dep_ == "prep" and
                    word(p) == "over" for o in p.children if o.dep_ == "pobj"]
    if tok.lemma_.lower() == "fire" and any(c.dep_ == "dobj" and _lemma_in(c, DISMISSED_ROLES)
                                            for c in tok.children):
        return False  # "the government fired several officials": dismissed, not shot
    if any(c.dep_ == "xcomp" and c.tag_ == "VBG" and _lemma_in(c, frame.words)
           for c in tok.children):
        return True  # "suspended campaigning in the city": a gerund the parse made a clause
    for cand in _objects(tok) + purpose:
        if direct and cand.dep_ == "pobj" and word(cand.head) == "in":
            continue  # "captured in the city three leaders": the place is no object
        if places and (cand.dep_ == "dative" or (cand.dep_ == "dobj" and any(
                o.dep_ == "dobj" and o.i > cand.i for o in tok.children))):
            # "handed the district commissioner a petition" (or "handed a former port official
            # a prison term", both read as objects): to whom, not what
            continue
        if places and cand.dep_ == "pobj" and word(cand.head) == "to" and direct and \
                tok.lemma_.lower() in word_classes()["handing_verbs"]:
            continue  # "handed a letter to the district secretary": to whom, not what
        if places and cand.dep_ == "pobj" and word(cand.head) == "in" and cand.i < tok.i:
            continue  # "In Himora, soldiers occupied ...": where they were, not what they took
        if places and cand.dep_ == "pobj" and word(cand.head) in ("at", "in") and \
                any(o.dep_ == "nsubjpass" for o in tok.children):
            continue  # "the prisoners were handed over at a crossing point": where, not what
        cand = _through_quantity(cand)  # "handed over 700 kg of medicine"
        # "disperse a mob pelting stones", parsed as "mob pelting" modifying the stones
        misparsed = [c for c in cand.subtree if c.i < cand.i and c.dep_ == "compound" and
                     c.head.dep_ == "amod" and c.head.tag_ == "VBG"]
        # "blocked Avenida Brasil, a main highway": the street's head word or its apposition
        # (or the head noun read as an adjective: "an explosives vest")
        # (also "the Plaza de Armas", the name's head word parsed as its modifier)
        named = [c for c in cand.children if c.dep_ in ("compound", "appos") or
                 (c.dep_ == "amod" and c.i == cand.i + 1) or
                 (c.dep_ == "nmod" and cand.pos_ == "PROPN" and c.i < cand.i)]
        # "suspended the activities of three youth groups": whose activities
        named += [o for c in cand.children if cand.lemma_.lower() in ("activity", "operation")
                  and c.dep_ == "prep" and word(c) == "of" for o in c.children if o.dep_ == "pobj"]
        if people and _lemma_in(cand, DWELLINGS):
            named = []  # "seized the family home of a journalist": a house, whoever's it is
        if any(_lemma_in(c, frame.words) for c in (cand, *cand.conjuncts, *misparsed, *named)) \
                or ("demonstrators" in frame.names and _protesting(cand) and
                    cand.lemma_.lower() not in triggers()) or \
                ("demonstrators" in frame.names and _the_crowd_just_told(cand)) or \
                (people and cand.ent_type_ == "PERSON") or \
                (people and _a_crowd_control_verb(tok) and _who_had_gathered(cand)) or \
                (agents and cand.ent_type_ in ("GPE", "ORG", "NORP")) or \
                (places and names_a_place(cand)):
            return True  # a named country or group acts as an agent; "seized Debre Tabor"
    if not direct and any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > tok.i and
                          _lemma_in(c, frame.words) for c in tok.children):
        return True  # "punched and pepper-sprayed two volunteers", the object read as a verb's
    if people and not direct and any(c.dep_ == "prep" and word(c) == "with"
                                     for c in tok.children):
        return True  # "met with ...", even when the parse loses the object (not "seized two
        # phones ... with a long lens": an object of its own, no person)
    if people and any(c.dep_ == "prep" and word(c) == "to" and
                      any(word(o) == "death" for o in c.children) for c in tok.children):
        return True  # "a carpenter was hacked to death": whoever it was, a person
    if tok.dep_ in ("acomp", "oprd") and tok.head.lemma_.lower() in STATE_VERBS:
        # "the mine remains shut": the state's subject is what was shut
        return any(_lemma_in(s, frame.words) for s in _subjects(tok.head))
    pronouns = [p for p in map(_through_part, _objects(tok)) if p.pos_ == "PRON"]
    if people and any(word(p) in ("him", "her", "me", "us") for p in pronouns):
        return True  # "caught him"
    of_them = people and any(
        word(x) == "them" for o in _objects(tok) for p in o.children
        if p.dep_ == "prep" and word(p) == "of" for x in p.children if x.dep_ == "pobj")
    if people and (of_them or any(word(p) == "them" for p in pronouns)) and any(
            t.dep_ == "dobj" and t.i < tok.i and _lemma_in(t, PEOPLE) for t in tok.sent):
        return True  # "chased vendors out of the market, beating several of them"
    if any(_may_stand_for(p, frame.words) for p in pronouns):
        return True  # "Glencore said it had halted it": the mine named just before
    # "the halted Las Bambas mine": the name between the participle and the noun
    noun = tok.head.head if tok.head.dep_ == "compound" else tok.head
    return tok.dep_ in ("acl", "relcl", "amod") and (
        _lemma_in(tok.head, frame.words) or _lemma_in(noun, frame.words))


def _marchers_misread(verb: Token, direct: bool) -> bool:
    """'pushed back hundreds of members marching ...': the marchers read as the subject of
    their march (a clause of the verb, or of the count's 'of'), not as the verb's object."""
    marches = [c for c in verb.children if not direct and c.dep_ == "advcl" and
               c.i > verb.i and not any(m.dep_ == "mark" for m in c.children) and
               any(s.dep_ == "nsubj" and s.i > verb.i for s in c.children)]
    marches += [c for o in verb.children if o.dep_ in OBJECT_DEPS for p in o.children
                if p.dep_ == "prep" and word(p) == "of" for c in p.children if c.dep_ == "pcomp"]
    return any(c.tag_ == "VBG" and any(e.plover == "PROTEST"
                                       for e in triggers().get(c.lemma_.lower(), ()))
               for c in marches)


def _a_crowd_control_verb(verb: Token) -> bool:
    """Whether the verb is one of crowd control ('dispersed', 'broke up')."""
    return any(e.mode == "crowd-control" for e in triggers().get(verb.lemma_.lower(), ()))


def _who_had_gathered(noun: Token) -> bool:
    """'dispersed earthquake survivors who had gathered outside the offices': people told as
    having gathered, a crowd whoever they are."""
    return any(c.dep_ == "relcl" and _lemma_in(c, word_classes()["assembly_verbs"])
               for c in noun.children)


def _protesting(noun: Token) -> bool:
    """'removed residents who were blocking a road', 'activists who had glued themselves to the
    road': people told doing a protest act."""
    acts = word_classes()["demonstrate_verbs"] | word_classes()["protest_acts"] | \
        {"block", "occupy", "barricade", "blockade"}
    # (also "farmers staging a sit-in", "who were holding a vigil": a protest named as what
    # they held)
    # ("removed supporters of a candidate who had blockaded the hall": the clause the parse
    # hung on the noun's "of" phrase)
    owners = [o for c in noun.children if c.dep_ == "prep" and word(c) == "of"
              for o in c.children if o.dep_ == "pobj"]
    # (also "drivers who had parked across the road in protest against delays": whatever they
    # did, told as done in protest)
    # (also "who had linked arms to stop city crews": a human chain)
    return any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in acts or any(
        o.dep_ == "dobj" and (_names_a_protest(o) or (
            _lemma_in(c, word_classes()["arm_linking_verbs"]) and o.lemma_.lower() == "arm"))
        for o in c.children) or any(
        p.dep_ == "prep" and (word(p) == "in" and any(
            o.dep_ == "pobj" and word(o) == "protest" for o in p.children) or
            # ("who had parked their tractors across the entrance": a way blocked)
            word(p) == "across" and any(
                o.dep_ == "pobj" and _lemma_in(o, word_classes()["route"]) for o in p.children))
        for p in c.subtree))
               for n in (noun, *noun.conjuncts, *owners) for c in n.children)


def _through_part(tok: Token) -> Token:
    """'some of them', 'two of them': the pronoun the part is taken from."""
    if tok.pos_ in ("PRON", "NUM", "DET"):
        whole = next((o for c in tok.children if c.dep_ == "prep" and word(c) == "of"
                      for o in c.children if o.dep_ == "pobj" and o.pos_ == "PRON"), None)
        if whole is not None:
            return whole
    return _through_quantity(tok)


def _may_stand_for(pronoun: Token, words: frozenset[str]) -> bool:
    """Whether 'it' or 'them' can stand for a noun of the class named shortly before (the
    sentence and up to 60 words back): 'The mine was attacked. Glencore halted it.'"""
    if word(pronoun) not in ("it", "them"):
        return False
    window = pronoun.doc[max(0, pronoun.sent.start - 60):pronoun.i]
    if word(pronoun) == "them":
        # "grabbed protesters and threw them into vans": people named nearer than any noun of
        # the class are who 'them' means
        people = word_classes()["person"]
        nearest = next((t for t in reversed(window) if t.pos_ == "NOUN" and t.tag_ == "NNS"
                        and (_lemma_in(t, words) or _lemma_in(t, people))), None)
        return nearest is not None and _lemma_in(nearest, words)
    return any(t.pos_ == "NOUN" and _lemma_in(t, words) for t in window)


def _subject_or_agent(tok: Token) -> list[Token]:
    """Who acts: the subject, or in the passive the 'by' agent ('was attacked by drones')."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return [p for c in tok.children if c.dep_ == "agent" for p in c.children
                if p.dep_ == "pobj"]
    return _subjects(tok)


def _subject_fits(frame: _Frame, tok: Token) -> bool:
    """subj:CLASS — the subject is of the class (in the passive, the 'by' agent: 'the town
    was attacked by drones')."""
    doers = _subject_or_agent(tok)
    # ("Members of two rival cartels fought": the body they belong to)
    doers = [(_prep_object(d, ("of",)) or d)
             if d.lemma_.lower() == "member" and word(_prep_object(d, ("of",)) or d) != "group"
             else d for d in doers]  # (not "members of a far-right group": any group's)
    # ("four suicide bombers attacked the house": people, not aircraft; "United States and
    # British warplanes struck": what is joined to a country or a people as subject)
    return any((_lemma_in(_through_quantity(s), frame.words) and
                not any(word(c) == "suicide" for c in s.children) and
                not told_as_suicide_bomber(s)) or
               _armed_by_modifier(frame, s) or _left_unexploded(frame, s) or
               _officers_of(frame, s)
               for d in doers
               for s in ((d, *d.conjuncts) if d.ent_type_ in ("GPE", "NORP") else (d,)))


def _takes_people(frame: _Frame, tok: Token) -> bool:
    """taker:CLASS — the subject is of the class and takes away no goods ('soldiers took away
    documents and cash' is a search, no abduction)."""
    goods = word_classes()["taken_goods"]
    # (nor "the army took it away", a thing told before)
    return _subject_fits(frame, tok) and not any(
        c.dep_ == "dobj" and (word(c) == "it" or any(_lemma_in(o, goods)
                                                     for o in (c, *c.conjuncts)))
        for c in tok.children)


def _took_people(frame: _Frame, tok: Token) -> bool:
    """tookpeople:CLASS — people taken by a CLASS doer none the state's ('two campaigners were
    taken by armed men', 'gunmen took twelve villagers'), not ground or goods."""
    # (also told in the active: "gunmen took twelve villagers who were harvesting cocoa")
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    agents = _subject_or_agent(tok) if active or any(c.dep_ == "agent"
                                                     for c in tok.children) else []
    if active and any(word(d) in ("the", "those", "these") for a in agents for d in a.children
                      if d.dep_ == "det"):
        return False  # "told reporters the gunmen took mostly women": the abductors told again
    # (the people themselves, not "had taken the victims from their homes": those killed,
    # told again)
    taken = [_through_quantity(c) for c in tok.children
             if c.dep_ == ("dobj" if active else "nsubjpass")]
    return bool(agents) and _subject_fits(frame, tok) and any(
        _lemma_in(t, _frame("obj:person").words) and t.pos_ == "NOUN" and
        t.lemma_.lower() not in ("victim", "body") for t in taken) and \
        not any(actor_kind(d.lemma_.lower()) == "state" or d.lemma_.lower() == "force"
                for d in agents)


def _hit_with(frame: _Frame, tok: Token) -> bool:
    """hitwith:CLASS — the verb's object is of CLASS and a 'with' phrase names what hit them
    ('struck a council member with an umbrella'), no vehicle ('a car struck a cyclist')."""
    return _object_fits(frame, tok) and any(
        c.dep_ == "prep" and word(c) == "with" and any(o.dep_ == "pobj" for o in c.children)
        for c in tok.children) and not any(
        _lemma_in(d, word_classes()["vehicle_nouns"]) for d in _subjects(tok))


def _left_unexploded(frame: _Frame, subject: Token) -> bool:
    """'an unexploded shell left over from the war detonated': a munition left lying is a
    device that went off where it lay, like a planted one."""
    return "planted_explosives" in frame.names and \
        _lemma_in(subject, word_classes()["weapon"]) and \
        any(c.dep_ == "amod" and word(c) == "unexploded" for c in subject.children)


def _officers_of(frame: _Frame, subject: Token) -> bool:
    """'Police officers fought gang members': people a CLASS noun before them names as its own
    (armed only: police, army)."""
    return "armed" in frame.names and names_people(subject) and any(
        m.dep_ == "compound" and _lemma_in(m, frame.words) for m in subject.children)


def _armed_by_modifier(frame: _Frame, subject: Token) -> bool:
    """'Armed men', 'masked men': people the modifier makes an armed group's actor."""
    if "armed" not in frame.names:
        return False
    lex = actor_lexicon()
    # (also "two rebel factions", "rival militia groups": a group the armed word qualifies)
    return any(lex.get(f"{m.lemma_.lower()} {w}", {}).get("kind") == "armed"
               for m in subject.children if m.dep_ == "amod"
               for w in (subject.lemma_.lower(), word(subject))) or (
        subject.lemma_.lower() in ("faction", "group", "unit") and any(
            m.dep_ in ("amod", "compound") and _lemma_in(m, frame.words)
            for m in subject.children))


def _doer_fits(frame: _Frame, tok: Token) -> bool:
    """doer:CLASS — who acts is of the class: the subject, or a passive's 'by' agent."""
    if "vandal_nouns" in frame.names and tok.i > tok.head.i and tok.head.pos_ == "VERB" and (
            tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")) and \
            tok.head.lemma_.lower() in triggers():
        # ("vandals smashed windows and sprayed slogans", "set fire to the office, damaging
        # furniture": one act of vandalism, told by its first verb, if that tells one)
        return False
    doers = _subject_or_agent(tok)
    # ("the army said it had driven rebels out": the pronoun stands for the army)
    if any(_lemma_in(_through_quantity(d), frame.words) or
           (d.pos_ == "PRON" and _may_stand_for(d, frame.words)) for d in doers):
        return True
    # ("Unknown people damaged statues at a temple": doers no one can name act as vandals)
    anonymous = word_classes()["anonymous_modifiers"]
    return "vandal_nouns" in frame.names and any(
        d.pos_ == "NOUN" and any(c.dep_ == "amod" and word(c) in anonymous for c in d.children)
        for d in doers)


def _governed(frame: _Frame, tok: Token) -> bool:
    """gov:CLASS — a verb of the class governs the noun within three steps."""
    if "impact_verbs" in frame.names and any(
            c.dep_ in ("amod", "compound") and word(c) in word_classes()["crowd_control_words"]
            for c in tok.children):
        return False  # "tear gas shells fired into the crowd", "rubber projectiles": no shelling
    if "custody_verbs" in frame.names and tok.dep_ == "compound":
        return False  # "steps were taken for jail reforms": the jail names a kind of reform
    if any(c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < tok.i and
           c.lemma_.lower() in frame.words for c in tok.children):
        return True  # "Police in X used pepper spray", the verb misread as the noun's modifier
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in frame.words
            for c in tok.children):
        return True  # "a truce brokered by elders brought the clashes to an end"
    head = tok.head
    for _ in range(3):
        # (also a phrasal verb: "came across a cache")
        if head.pos_ == "VERB" and (head.lemma_.lower() in frame.words or any(
                f"{head.lemma_.lower()} {word(c)}" in frame.words
                for c in head.children if c.dep_ in ("prt", "prep") and c.i < tok.i)):
            return True
        if head.dep_ == "ROOT" or head.head is head:
            break
        head = head.head
    return False


def _done_by(frame: _Frame, tok: Token) -> bool:
    """agent:CLASS — 'drone strikes', 'strikes by warplanes', 'warplanes carried out strikes'."""
    doers = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    doers += [p for c in tok.children if c.dep_ == "prep" and word(c) == "by"
              for p in c.children if p.dep_ == "pobj"]
    if tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB":
        doers += _subjects(tok.head)
    if "aircraft" in frame.names and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in \
            word_classes()["casualty_verbs"] | word_classes()["kill_verbs"] | {"destroy"}:
        return True  # "Israeli strikes killed 27 people": strikes that kill are not walkouts
    if "aircraft" in frame.names and any(
            c.dep_ == "relcl" and c.lemma_.lower() in word_classes()["kill_verbs"]
            for c in tok.children):
        return True  # "an Israeli strike that killed one of its commanders"
    return any(_lemma_in(_through_quantity(d), frame.words) for d in doers)


def _particle(frame: _Frame, tok: Token) -> bool:
    return any(c.dep_ == "prep" and word(c) == frame.names[0] for c in tok.children)


def _caused(frame: _Frame, tok: Token) -> bool:
    return _cause_noun(tok, frame.words) is not None


def _infinitive_of(frame: _Frame, tok: Token) -> bool:
    """to:CLASS — the verb takes an infinitive of the class, or one whose object is of it
    ("agreed to meet their leaders", "agreed to hold talks")."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and (
                _lemma_in(c, frame.words) or
                any(o.dep_ == "dobj" and _lemma_in(o, frame.words) for o in c.children)):
            return True
    return False


def _gatherers_modifiers(tok: Token) -> list[Token]:
    """The words hung on the people gathering ('hundreds of people waving flags': 'waving')."""
    heads = [h for s in _subjects(tok)
             for h in (s, *(o for p in s.children if p.dep_ == "prep" and word(p) == "of"
                            for o in p.children if o.dep_ == "pobj"))]
    return [c for h in heads for c in h.children]


# the backers of a political side (not "fans", "devotees" or "admirers")
POLITICAL_BACKERS = word_classes()["follower_nouns"] - {"fan", "devotee", "admirer"}


def _gathered_to(frame: _Frame, tok: Token) -> bool:
    """rally:CLASS — people gathered for a purpose of the class ('hundreds gathered on the
    square to demand cleaner air'): a protest, unless officials gather ('ministers met to
    condemn the coup' is a meeting)."""
    if tok.lemma_.lower() == "camp" and any(c.dep_ == "prep" and word(c) == "since"
                                            for c in tok.children):
        return False  # "had been camped on the pavement since Tuesday": the sit-in told, held
    # (or "gathered outside City Hall to submit a petition": to hand in a grievance)
    grievances = word_classes()["grievance_documents"]
    # (also "to show support for the Palestinians", "to express solidarity": a cause shown;
    # and "Dozens ... gathered outside the office on Sunday, calling for faster hiring", the
    # parse hanging the participle on the gatherers)
    # (and "gathered ... after evening prayers calling on the minister to resign", the
    # participle hung on the prayers the verb's phrase names; or "gathered ... and called for
    # a boycott": the demand joined to the gathering; and "several hundred people walked ...
    # toward the Ginza district demanding a halt", the crowd's participle hung on where it went)
    purpose = _purpose_clause(tok, frame.words, grievances | TOPIC_NOUNS, participle=True) or \
        any(c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i > tok.i and
            _lemma_in(c, frame.words) for a in list(tok.ancestors)[:4] for c in a.children) or \
        any(c.dep_ == "acl" and c.tag_ == "VBG" and _lemma_in(c, frame.words) and
            c.head.dep_ == "pobj" and c.head.head.head.i == tok.i and
            word(c.head.head) in ("after", "following") and
            _lemma_in(c.head, word_classes()["occasion_nouns"]) for c in tok.subtree) or \
        (any(c.dep_ == "conj" and c.pos_ == "VERB" and _lemma_in(c, frame.words) and
             not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
             for c in tok.children) and any(_a_crowd(s) for s in _subjects(tok))) or \
        (any(c.dep_ == "acl" and c.tag_ == "VBG" and _lemma_in(c, frame.words) and
             c.head.dep_ == "pobj" and c.head.head.dep_ == "prep" and
             c.head.head.head.i == tok.i for c in tok.subtree) and
         any(_a_crowd(s) for s in _subjects(tok))) or \
        (any(c.dep_ == "conj" and c.pos_ == "VERB" and
             not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) and
             any(o.dep_ == "dobj" and (_lemma_in(o, grievances) or any(
                 _lemma_in(g, grievances) for p in o.children if p.dep_ == "prep"
                 for g in p.children)) for o in c.children)
             for c in tok.children) and any(_a_crowd(s) for s in _subjects(tok))) or \
        any(_lemma_in(c, frame.words) and c.dep_ == "advcl" and c.head.dep_ == "acl" and
            c.head.head.dep_ == "pobj" and c.head.head.head.head.i == tok.i and
            any(a.dep_ == "aux" and word(a) == "to" for a in c.children) for c in tok.subtree)
    # ("gathered near a mass grave being excavated in Mullaitivu to demand an inquiry": the
    # parse hanging the purpose on the place's participle)
    # "gathered in Comrat in support of the protesters", "in solidarity with the strikers"
    cause = any(c.dep_ == "prep" and word(c) == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in TOPIC_NOUNS for o in c.children)
        for c in tok.children)
    # "relatives gathered outside the prison, holding photographs of the detained"
    # (also "hundreds of people waving flags gathered": the gatherers' own participle)
    # (also "gathered outside the police station with photographs of the missing")
    display = any(_lemma_in(prop, word_classes()["protest_props"]) and any(
        _lemma_in(v, word_classes()["display_verbs"]) for v in (prop.head, *prop.children))
        for c in (*tok.children, *_gatherers_modifiers(tok))
        if c.dep_ in ("advcl", "conj", "dobj", "acl") for prop in c.subtree) or any(
        c.dep_ == "prep" and word(c) == "with" and any(
            o.dep_ == "pobj" and _lemma_in(o, word_classes()["protest_props"])
            for o in c.children)
        # (also "gathered in the main street with flags and candles", hung on the street)
        for c in (*tok.children, *(w for p in tok.children if p.dep_ == "prep"
                                   for o in p.children if o.dep_ == "pobj" for w in o.children)))
    # "hundreds of thousands gathered outside the National Assembly as lawmakers voted": a
    # crowd counted in the thousands at a seat of power
    # (also "gathered outside parliament", the parse reading "outside" as the seat's adjective)
    seats = word_classes()["seats_of_power"]
    # (and "job seekers who gathered outside the labour ministry's office": the seat's own)
    gatherers = [tok.head] if tok.dep_ == "relcl" else _subjects(tok)
    seat = any(_a_crowd(s) for s in gatherers) and (any(
        c.dep_ == "prep" and word(c) in ("outside", "before", "at", "near") and any(
            t.dep_ == "pobj" and (_lemma_in(t, seats) or any(
                p.dep_ == "poss" and _lemma_in(p, seats) for p in t.children))
            for t in c.subtree)
        for c in tok.subtree if c.head.i == tok.i or c.head.head.i == tok.i) or any(
        c.dep_ == "dobj" and _lemma_in(c, seats) and
        any(word(a) == "outside" for a in c.children) for c in tok.children))
    # "thousands gathered on the square as members of parliament debated the bill": a crowd
    # timed to a house's debate or vote
    timed = any(_a_crowd(s) for s in gatherers) and any(
        c.dep_ == "advcl" and (_lemma_in(c, word_classes()["deliberation_verbs"]) or
                               c.lemma_.lower() == "vote") and
        any(m.dep_ == "mark" and word(m) in ("as", "while") for m in c.children)
        for c in tok.children)
    # "thousands of opposition supporters gathered peacefully in Las Mercedes": a crowd told
    # as peaceful is a demonstration's
    crowd = any(_a_crowd(s) for s in _subjects(tok))
    peaceful = crowd and any(c.dep_ == "advmod" and word(c) == "peacefully" for c in tok.children)
    # "a group gathered outside the party headquarters chanting 'we want light'"
    # (the parse may hang the chant on the place: "... headquarters chanting")
    chanting = any(c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.tag_ == "VBG" and
                   _lemma_in(c, word_classes()["protest_acts"]) for c in tok.subtree)
    # "workers gathered outside their block, saying they had not been paid": a grievance
    # voiced; "women gathered outside a bank ... and dispersed when officials promised
    # withdrawals would resume", "... and dispersed peacefully": a crowd's demonstration
    voiced = crowd and any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and (c.lemma_ == "complain" or (
            c.lemma_ == "say" and any(t.dep_ == "neg" for t in c.subtree)))
        for c in tok.children)
    answered = crowd and any(
        c.dep_ == "conj" and c.lemma_ == "disperse" and any(
            (d.dep_ == "advmod" and word(d) == "peacefully") or
            (d.dep_ == "advcl" and d.lemma_ == "promise") for d in c.children)
        for c in tok.children)
    # "About 500 garment workers gathered outside their factory after the owners closed it":
    # a crowd of employees at their workplace
    at_work = any(_a_crowd(s) and _lemma_in(_through_quantity(s), word_classes()["wage_earners"])
                  for s in _subjects(tok)) and any(
        c.dep_ == "prep" and word(c) in ("outside", "at") and any(
            o.dep_ == "pobj" and any(_lemma_in(w, word_classes()["workplaces"]) for w in (
                o, *(m for m in o.children if m.dep_ == "compound"))) for o in c.children)
        for c in tok.children)  # (also "at the mine gates")
    # "gathered on the seafront against a hotel project": a crowd set against something
    opposed = any(c.dep_ == "prep" and word(c) == "against" for c in tok.children)
    # "activists who had sat in front of bulldozers": bodies in the way of the work, told of
    # those the act met (not "The man had sat in front of a lorry", a case's history)
    in_the_way = tok.dep_ == "relcl" and any(
        _lemma_in(o, word_classes()["site_machinery"]) for o in _in_front_of(tok))
    # "gathered ... for a fourth night of protests": one day of protests they came for
    occasion = any(c.dep_ == "prep" and word(c) == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in word_classes()["time_nouns"] and any(
            p.dep_ == "prep" and word(p) == "of" and
            any(q.dep_ == "pobj" and _a_protest_noun(q) for q in p.children)
            for p in o.children)
        for o in c.children) for c in tok.children)
    # "Health workers, who stopped work last month to demand higher pay, gathered ...": those
    # told pressing a demand gather as protesters
    pressing = any(c.dep_ == "relcl" and _purpose_clause(c, frame.words, grievances)
                   for s in gatherers for c in s.children)
    # "families ... gathered outside the gates of the camp and handed a petition to the
    # commander": a grievance handed over where they gathered
    handed = any(c.dep_ == "conj" and c.lemma_.lower() in word_classes()["handing_verbs"] and
                 any(o.dep_ == "dobj" and (_lemma_in(o, grievances) or word(o) == "letter")
                     for o in c.children)
                 for c in tok.children)
    # "Thousands of supporters of the ruling party gathered in X": a political side's rally
    # (not fans); "thousands gathered to welcome a former minister": a politician's welcome
    # (thousands: not "dozens of supporters gathered outside the court to hear the verdict")
    backers = any(_a_crowd(s, RALLY_SIZE) and _lemma_in(_through_quantity(s), POLITICAL_BACKERS)
                  for s in gatherers)
    welcome = any(_a_crowd(s) for s in gatherers) and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "welcome" and any(
            o.dep_ == "dobj" and _lemma_in(o, word_classes()["political_figures"])
            for o in c.children) for c in tok.children)
    # "removed farm workers who had camped on an estate", "When the vendors sat down in the
    # road, officers pushed them away": those the state moved on were there as a protest
    moved_on = _moved_on(tok)
    # ("a crowd gathered in front of the parliament building": a seat of power, told by the
    # front it faced)
    seat = seat or (any(_a_crowd(s) for s in gatherers) and any(
        _lemma_in(w, seats) for o in _in_front_of(tok)
        for w in (o, *(m for m in o.children if m.dep_ == "compound"))))
    if not (purpose or cause or display or seat or timed or peaceful or chanting or voiced or
            answered or at_work or opposed or in_the_way or occasion or backers or welcome or
            pressing or handed or moved_on):
        return False
    officials = word_classes()["delegates"]
    for subject in _subjects(tok):
        entry = actor_lexicon().get(subject.lemma_.lower())
        if (entry is not None and entry["kind"] == "state") or _lemma_in(subject, officials) \
                or (subject.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and
                    not _people_of_a_nation(subject)):
            return False
    return True


def _people_of_a_nation(subject: Token) -> bool:
    """'several hundred Serbs', 'thousands of Kurds': a people in numbers, not a government."""
    return subject.ent_type_ == "NORP" and subject.tag_ in ("NNPS", "NNS", "NNP") and \
        word(subject).endswith("s") and any(c.dep_ == "nummod" or c.like_num or
                                            word(c) in ("several", "many", "hundreds",
                                                        "thousands", "dozens")
                                            for c in subject.subtree if c.i < subject.i)


def _with_instrument(frame: _Frame, tok: Token) -> bool:
    """with:CLASS — the verb's 'with' phrase names a CLASS noun ('charged the students with
    batons': a baton charge, not a legal charge)."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]  # the parse may hang it there
    # ("with bats, flares and stones": any of the list)
    return any(c.dep_ == "prep" and word(c) == "with" and
               any(o.dep_ == "pobj" and any(_lemma_in(x, frame.words) for x in (o, *o.conjuncts))
                   for o in c.children)
               for head in (tok, *objects) for c in head.children)


def _holding_props(frame: _Frame, tok: Token) -> bool:
    """holding:CLASS — the verb's own participle shows a CLASS thing ('stood silently in the
    square holding photographs of the missing')."""
    display = word_classes()["display_verbs"]
    # (also "on Tuesday holding photographs", the parse reading the participle as the
    # photographs' adjective; and "a woman who stood outside the ministry holding a sign",
    # the participle hung on the one who stood)
    doers = [c for c in tok.head.children if c.dep_ == "acl" and c.i > tok.i] \
        if tok.dep_ == "relcl" else []
    return any(c.tag_ == "VBG" and _lemma_in(c, display) and (
        (c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.head.i in (tok.i, tok.head.i) and
         any(o.dep_ == "dobj" and _lemma_in(o, frame.words) for o in c.children)) or
        (c.dep_ == "amod" and _lemma_in(c.head, frame.words)))
        for c in (*tok.subtree, *doers))


_ORDINAL = re.compile(r"first|second|third|another|\w+th|\d+(?:st|nd|rd|th)")
PEOPLE = frozenset(word_classes()["person"])
DWELLINGS = frozenset(word_classes()["dwellings"])


def _taken_into(frame: _Frame, tok: Token) -> bool:
    """into:CLASS — the verb's 'into' phrase names a CLASS noun ('took the drivers into the
    bush', 'forced him into a car'), with a person taken."""
    return _taken_by_prep("into", frame, tok)


def _moved_into(frame: _Frame, tok: Token) -> bool:
    """movedinto:CLASS — armed men moved into a new CLASS place ('an army unit moved into a
    newly built base'): the forces set it up (not 'moved into the camp' others left, which
    changed hands)."""
    return any(c.dep_ == "prep" and word(c) == "into" and
               any(o.dep_ == "pobj" and _lemma_in(o, frame.words) and any(
                   m.dep_ == "amod" and (m.lemma_.lower() == "new" or (
                       m.tag_ == "VBN" and _lemma_in(m, word_classes()["building_verbs"])))
                   for m in o.children) for o in c.children)
               for c in tok.children) and \
        any(_lemma_in(_through_quantity(s), word_classes()["armed"]) or
            any(_lemma_in(m, word_classes()["armed"]) for m in s.children if m.dep_ == "compound")
            or actor_kind(" ".join(word(t) for t in s.subtree if t.dep_ == "compound")) in
            ("state", "armed") for s in _subjects(tok))


def _fought_people(frame: _Frame, tok: Token) -> bool:
    """brawl:CLASS — CLASS people fought with other unarmed people ('villagers fought with
    workers at a camp'): a fight of two crowds, no armed side's."""
    classes = word_classes()
    return any(_lemma_in(_through_quantity(s), frame.words) for s in _subjects(tok)) and any(
        c.dep_ == "prep" and word(c) == "with" and any(
            o.dep_ == "pobj" and _lemma_in(_through_quantity(o), classes["person"]) and
            not _lemma_in(_through_quantity(o), classes["armed"]) for o in c.children)
        for c in tok.children)


def _feuding_sides(frame: _Frame, tok: Token) -> bool:
    """feud:CLASS — CLASS people of two sides fought ('youths from two neighbouring communities
    fought over farmland', 'rival youths fought'): a fight of two crowds, no armed side's."""
    def two_sides(people: Token) -> bool:
        return any(word(m) in ("rival", "opposing") for m in people.children) or any(
            p.dep_ == "prep" and word(p) in ("from", "of") and any(
                o.dep_ == "pobj" and any(word(m) in ("two", "both", "rival", "neighbouring",
                                                     "neighboring") for m in o.children)
                for o in p.children)
            for p in people.children)
    armed = word_classes()["armed"]
    return any(_lemma_in(s, frame.words) and not _lemma_in(s, armed) and two_sides(s)
               for s in map(_through_quantity, _subjects(tok)))


def _fight_between(frame: _Frame, noun: Token) -> bool:
    """between:CLASS — a fight between CLASS people, none armed ('a fight between two groups
    of foreign workers'): a fight of two crowds."""
    armed = word_classes()["armed"]
    sides = [_through_quantity(o) for p in noun.children if p.dep_ == "prep" and
             word(p) == "between" for o in p.children if o.dep_ == "pobj"]
    sides = [next((m for q in s.children if q.dep_ == "prep" and word(q) == "of"
                   for m in q.children if m.dep_ == "pobj"), s)
             if s.lemma_.lower() in word_classes()["people_group_nouns"] else s for s in sides]
    return bool(sides) and all(_lemma_in(s, frame.words) and not _lemma_in(s, armed)
                               for s in sides)


def _loaded_onto(frame: _Frame, tok: Token) -> bool:
    """onto:CLASS — people put onto a CLASS vehicle ('police loaded about 30 farmers onto
    trucks as they tried to march'): force that removed a crowd."""
    return _taken_by_prep("onto", frame, tok)


def _shoved_into(frame: _Frame, tok: Token) -> bool:
    """shoved:CLASS — people pushed into a CLASS vehicle by doers the sentence names, none of
    them the state's, at no protest ('was pushed into a van by men in plain clothes'; not
    'protesters were pushed into police vans', an arrest)."""
    # (nor "pulled down the placards and pushed the women into vehicles": a protest broken up)
    doers = _doers(tok)
    return _taken_by_prep("into", frame, tok) and bool(doers) and \
        all(actor_kind(d.lemma_.lower()) != "state" and
            actor_kind(d.text.lower()) != "state" for d in doers) and \
        not any(_lemma_in(t, PROTEST_SCENE_WORDS) for t in tok.sent)


PROTEST_SCENE_WORDS = word_classes()["protest_props"] | word_classes()["demonstrators"] | \
    word_classes()["protest_nouns"]


def _rammed_into(frame: _Frame, tok: Token) -> bool:
    """rammed:CLASS — the verb's 'into' phrase names people or a CLASS noun ("drove his car
    into a crowd", "into a group of marchers"): a vehicle used as a weapon."""
    def people(o: Token) -> bool:
        return _lemma_in(o, frame.words) or _lemma_in(o, PEOPLE) or \
            o.lemma_.lower() in actor_lexicon()
    return tok.dep_ != "relcl" and any(
        people(o) or any(people(p) for x in o.children if x.dep_ == "prep" and word(x) == "of"
                         for p in x.children if p.dep_ == "pobj")
        for c in tok.children if c.dep_ == "prep" and word(c) == "into"
        for o in c.children if o.dep_ == "pobj")


def _taken_from(frame: _Frame, tok: Token) -> bool:
    """from:CLASS — the verb's 'from' phrase names a CLASS noun ('took four people from their
    homes'), by someone the sentence names (not "the men were taken from their homes", told
    of people held; nor "had taken the victims from their homes and executed them": the
    killing's)."""
    # (nor "plainclothes officers took the activists from their homes": the state's arrest)
    # ("was taken from his home by armed men": the passive's doers, named in the sentence)
    return _taken_by_prep("from", frame, tok) and \
        any(actor_kind(c.lemma_.lower()) != "state" for c in _doers(tok)) and not any(
        c.dep_ == "conj" and _lemma_in(c, word_classes()["kill_verbs"]) for c in tok.children)


def set_up_on_a_day_before(tok: Token) -> bool:
    """'officers cleared a rail blockade set up by land defenders the previous day': a thing
    set up on a day of its own, told beside another day's act on it."""
    dated = {t.i for t in tok.subtree if t.ent_type_ == "DATE"}
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("dobj", "pobj") and \
        bool(dated) and any(t.ent_type_ == "DATE" and t.i not in dated for t in tok.sent)


def _set_up_before(frame: _Frame, tok: Token) -> bool:
    """before:CLASS — the verb sets up a CLASS noun on a day before the act told on it."""
    return tok.head.lemma_.lower() in frame.words and set_up_on_a_day_before(tok)


def _taken_from_by_the_state(frame: _Frame, tok: Token) -> bool:
    """fromstate:CLASS — 'officers took the activists from their homes', 'two priests were
    taken from their parish house by police': the state's arrest."""
    return _taken_by_prep("from", frame, tok) and \
        any(actor_kind(c.lemma_.lower()) == "state" for c in _doers(tok))


def _held_by_the_state(frame: _Frame, tok: Token) -> bool:
    """held:CLASS — the state's force holds people of the class ('Police removed the boats and
    briefly held two fishermen'): a detention (not "held talks", nor hostages held)."""
    doers = _subjects(tok) if not any(c.dep_ == "nsubjpass" for c in tok.children) else \
        _doers(tok)
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # (also "three journalists were held for hours at a police station": held where the state
    # holds people, by no one named)
    return ((not doers and _held_in_custody(tok)) or
            any(actor_kind(d.lemma_.lower()) == "state" and
                _lemma_in(d, word_classes()["armed"]) for d in doers)) and \
        any(_lemma_in(_through_quantity(h), frame.words) for h in held)


CUSTODY_PLACES = frozenset(word_classes()["custody_places"])


def _held_in_custody(verb: Token) -> bool:
    """'were held at a police station', 'was held in custody': a past detention at a place of
    custody (not 'women whose sons are held in detention centres': who they are)."""
    def named(o: Token) -> str:  # "police station": the noun with its compound
        return " ".join((*(word(m) for m in o.children if m.dep_ == "compound"),
                         o.lemma_.lower()))

    return verb.dep_ != "relcl" and \
        any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) and \
        any(c.dep_ == "prep" and word(c) in ("at", "in") and
            any(o.dep_ == "pobj" and (o.lemma_.lower() in CUSTODY_PLACES or
                                      named(o) in CUSTODY_PLACES) for o in c.children)
            for c in verb.children)


def _doers(tok: Token) -> list[Token]:
    """Who did a verb's act: its subject, or a passive's 'by' phrase (which the parse may read
    as a plain preposition: 'by masked men')."""
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    return [c for c in tok.children if c.dep_ == "nsubj"] + \
        [p for c in tok.children if c.dep_ == "agent" or (passive and c.dep_ == "prep" and
                                                           word(c) == "by")
         for p in c.children if p.dep_ == "pobj"]


def _cleared_by_the_state(frame: _Frame, tok: Token) -> bool:
    """stateclear:CLASS — the state's forces cleared CLASS people ('residents who had blocked
    the road were cleared by gendarmes'; not 'fishermen ... then cleared it themselves')."""
    return _object_fits(frame, tok) and any(
        actor_kind(d.lemma_.lower()) == "state" for d in _doers(tok))


def _taken_by_prep(prep: str, frame: _Frame, tok: Token) -> bool:
    # (not "four armed men who took them into the bush": how those who did the act told
    # were met, in a relative clause)
    return tok.dep_ != "relcl" and any(
        c.dep_ == "prep" and word(c) == prep and
        any(o.dep_ == "pobj" and _lemma_in(o, frame.words) for o in c.children)
        for c in tok.children) and \
        any(c.dep_ in ("dobj", "nsubjpass") and (_lemma_in(o, PEOPLE) or
                                                 o.lemma_.lower() in actor_lexicon() or
                                                 word(o) in ("them", "him", "her", "he", "she"))
            for c in tok.children for o in (c, _through_part(c)))
    # (also "a student was forced into a pickup truck", "took three of the party's youth leaders")


def _taken_into_a_state_vehicle(frame: _Frame, tok: Token) -> bool:
    """intostate:CLASS — people put into a CLASS vehicle of the state's ('was bundled into a
    police car'): an arrest."""
    return _taken_by_prep("into", frame, tok) and any(
        c.dep_ == "prep" and word(c) == "into" and any(
            m.dep_ in ("compound", "amod") and actor_kind(m.lemma_.lower()) == "state"
            for o in c.children if o.dep_ == "pobj" for m in o.children)
        for c in tok.children)


def _deadly(frame: _Frame, tok: Token) -> bool:
    """deadly:CLASS — the verb's own clause tells deaths ("fought ..., leaving 11 people
    dead"), not a relative clause about something else (but "a battle that left nine
    fighters dead": a noun's own relative clause tells what it did)."""
    # (nor "leaving at least nine people dead", the parse taking the state for a clause)
    nested = {x.i for c in tok.subtree if c.dep_ in ("relcl", "ccomp") and c.i != tok.i and
              not (tok.pos_ == "NOUN" and c.dep_ == "relcl" and c.head.i == tok.i) and
              not (c.dep_ == "ccomp" and c.head.lemma_.lower() == "leave" and
                   word(c) in frame.words)
              for x in c.subtree}
    told = [*tok.subtree, *(t for c in clause_of_misread_verb(tok) for t in c.subtree)]
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None) \
        if tok.pos_ == "NOUN" else None
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "csubj") and tok.i == tok.sent.start and \
            not any(c.dep_ in ("nsubj", "dobj") for c in tok.children):
        # ("Fighting in the mountains of X on Wednesday left five dead": the gerund opening
        # the sentence, parsed as the clause of what it left)
        verb = tok.head
    if verb is not None and verb.lemma_.lower() == "leave":
        # "a fight between rival gangs ... left four inmates dead": what the fight left
        told += [x for c in verb.children if c.dep_ in ("oprd", "acomp", "dobj", "xcomp")
                 for x in c.subtree]
    return any(t.i not in nested and t.i != tok.i and word(t) in frame.words for t in told)


def _confined(frame: _Frame, tok: Token) -> bool:
    """confine:CLASS — the verb orders the people of a place (a CLASS noun) to stay off the
    roads or indoors ('ordered residents to stay off rural roads after dark'): a curfew."""
    return any(o.dep_ == "dobj" and _lemma_in(o, frame.words) for o in tok.children) and \
        any(c.dep_ == "xcomp" and _lemma_in(c, word_classes()["confinement_verbs"])
            for c in tok.children)


def _destroyed_unharmed(frame: _Frame, tok: Token) -> bool:
    """razed:CLASS — a CLASS object destroyed with no one killed or hurt by the act itself
    ('blew up a row of houses'; not 'blew up a house, killing three': the blast's violence)."""
    harm = word_classes()["kill_verbs"] | word_classes()["casualty_injured"]
    return _object_fits(frame, tok) and not any(
        t.lemma_.lower() in harm or word(t) in harm for t in own_subtree(tok))


def _ordered_to_cease(frame: _Frame, tok: Token) -> bool:
    """cease:CLASS — the verb orders someone to stop a CLASS activity ('ordered a Sufi group to
    stop holding gatherings'), or orders a CLASS body to stop ('ordered a study group to stop
    meeting'): a restriction of the group's activity."""
    # (not "ordered a group of protesters to stop": people, no body; nor "the militants
    # ordered shops to close": a shop's closure is a restriction only the state imposes)
    by_the_state = any(actor_kind(s.lemma_.lower()) == "state" or
                       _lemma_in(s, word_classes()["state_bodies"]) for s in _subjects(tok))
    ordered = [o for o in tok.children if o.dep_ == "dobj" and _lemma_in(o, frame.words) and
               not any(p.dep_ == "prep" and word(p) == "of" for p in o.children) and
               (by_the_state or not _lemma_in(o, word_classes()["civil_establishments"]))]
    # (the parse may hang the infinitive on the verb as a clause of purpose, or on the end of
    # the object: "ordered a clinic run by a Catholic order to close")
    hung = [t for o in ordered for t in o.subtree if t.dep_ in ("acl", "relcl") and
            t.i > o.i and any(a.dep_ == "aux" and word(a) == "to" for a in t.children)]
    return any((c.dep_ in ("xcomp", "ccomp") or c in hung or (c.dep_ == "advcl" and any(
                   a.dep_ == "aux" and word(a) == "to" for a in c.children))) and
               (_lemma_in(c, word_classes()["cessation_verbs"]) and
                (bool(ordered) or
                 any(_lemma_in(t, frame.words) and (by_the_state or not _lemma_in(
                     t, word_classes()["civil_establishments"]))
                     for t in c.subtree if t.pos_ == "NOUN")) or
                # ("the administration ordered cafes to close": by the state, what it names)
                (_lemma_in(c, word_classes()["closing_verbs"]) and by_the_state and
                 bool(ordered)))
               for c in (*tok.children, *hung))


def _camped_to(frame: _Frame, tok: Token) -> bool:
    """camp:CLASS — a CLASS object set up for a protest's aim ('students set up tents on the
    lawn, demanding divestment'): an encampment's protest."""
    if not _object_fits(frame, tok):
        return False
    # ("set up a protest camp ... against a dam project": the camp's own name, or what it
    # stands against, says it is a protest)
    named = any(c.dep_ in OBJECT_DEPS and any(m.dep_ == "compound" and _lemma_in(
        m, word_classes()["protest_nouns"]) for m in c.children) for c in tok.children)
    opposed = any(c.dep_ == "prep" and word(c) == "against" for c in tok.children)
    return named or opposed or _gathered_to(_frame("rally:protest_aims"), tok)


def _took_to_the_streets(frame: _Frame, tok: Token) -> bool:
    """streets:CLASS — the verb's 'to' or 'into' phrase names a CLASS noun ('residents took to
    the streets banging pots', 'crowds poured into the streets'), not to celebrate ('took to
    the streets to celebrate the win') unless a political turn ('to celebrate the coup')."""
    festive = word_classes()["celebration_verbs"]
    if any(_lemma_in(c, word_classes()["flowing_matter"]) for c in tok.children
           if c.dep_ in SUBJECT_DEPS):
        return False  # "floodwater poured into the streets"
    celebrations = [t for t in own_subtree(tok) if t.pos_ == "VERB" and _lemma_in(t, festive)]
    # (also "thousands filled the streets", the streets the verb's object)
    return any(c.dep_ == "prep" and word(c) in ("to", "into") and
               any(o.dep_ == "pobj" and _lemma_in(o, frame.words) for o in c.children) or
               (c.dep_ == "dobj" and tok.lemma_.lower() != "take" and
                _lemma_in(c, frame.words))
               for c in tok.children) and \
        all(_political_turn(t) for t in celebrations)


def _political_turn(celebrated: Token) -> bool:
    """Whether what a crowd celebrates is a political turn ('to celebrate after officers said
    they had seized power', 'celebrating the minister's resignation'): a rally ACLED codes."""
    turns = word_classes()["political_turns"]
    return any(_lemma_in(t, turns) or (t.dep_ == "dobj" and
                                       f"{t.head.lemma_.lower()} {t.lemma_.lower()}" in turns)
               for t in celebrated.subtree)


def _ordered_off_the_streets(frame: _Frame, tok: Token) -> bool:
    """offstreets:CLASS — people ordered or kept off CLASS places ('children under 16 were
    ordered off the streets between 8 p.m. and 5 a.m.', 'barred minors from the streets'): a
    curfew told without the word."""
    people = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    return people and any(c.dep_ in ("prep", "prt") and word(c) in ("off", "from") and any(
        o.dep_ == "pobj" and _lemma_in(o, frame.words) for o in c.children)
        for c in tok.children)


def _fell_to(frame: _Frame, tok: Token) -> bool:
    """fellto:CLASS — the verb's 'to' phrase names CLASS fighters (or a group by its name) and
    its subject a place ('Ngungu, a hill town, fell to M23 rebels'): ground taken."""
    taker = [o for c in tok.children if c.dep_ == "prep" and word(c) == "to"
             for o in c.children if o.dep_ == "pobj"]
    if not any(_lemma_in(o, frame.words) or o.ent_type_ in ("ORG", "NORP") for o in taker):
        return False
    ground = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return ground is not None and (names_a_place(ground) or ground.pos_ == "PROPN" or
                                   _lemma_in(ground, word_classes()["territory"]))


def _closed_place(frame: _Frame, tok: Token) -> bool:
    """shutplace:CLASS — what was closed, the verb's own object or passive subject (a noun's
    'of' phrase), is of CLASS ('closed three mosques', 'the closure of a mosque'; not 'closed
    the road to the mosque')."""
    closed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" \
        else [o for c in tok.children if c.dep_ == "prep" and word(c) == "of"
              for o in c.children if o.dep_ == "pobj"]
    if any(c.dep_ == "nsubj" and not (c.ent_type_ in ("GPE", "ORG", "NORP") or c.pos_ == "PRON"
                                      or actor_kind(c.lemma_.lower()) is not None)
           for c in tok.children):
        return False  # "the pandemic closed the country's borders": no one's order
    return any(_lemma_in(_through_quantity(c), frame.words) for c in closed)


def _sounding_horns(frame: _Frame, tok: Token) -> bool:
    """horns:CLASS — a line of CLASS vehicles whose sentence sounds horns, none to celebrate
    ('a caravan of cars sounding their horns drove through the town'): a motorised protest."""
    vehicles = any(c.dep_ == "prep" and word(c) == "of" and any(
        _lemma_in(v, frame.words) for o in c.children if o.dep_ == "pobj"
        for v in (o, *o.conjuncts)) for c in tok.children)
    festive = word_classes()["celebration_verbs"] - {"honk"}
    sent = tok.sent
    return vehicles and any(t.lemma_.lower() in ("horn", "honk", "hoot") for t in sent) and \
        not any(t.pos_ == "VERB" and _lemma_in(t, festive) for t in sent)


def _sounded_alone(frame: _Frame, tok: Token) -> bool:
    """noise:CLASS — CLASS things banged as the clause's own act ('residents banged pots and
    pans during the blackout'), not a participle told beside a march the sentence codes."""
    if tok.dep_ == "amod" and tok.tag_ == "VBD" and _lemma_in(tok.head, frame.words):
        return True  # "Residents of X, in Y, banged pots and pans", the verb read as the pots'
    return _object_fits(frame, tok) and not (
        tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "conj"))


def _applied(frame: _Frame, tok: Token) -> bool:
    """applied:CLASS — CLASS put on by no one named, the passive's subject with no 'by'
    agent ('graffiti was sprayed on the wall'); who does it by name is for other rules."""
    if not _passive_without_agent(tok, clausal=True):
        return False
    # ("Graffiti insulting Muslims was sprayed": the participle read as the passive's
    # subject, the thing sprayed as its own subject)
    things = [c for c in tok.children if c.dep_ == "nsubjpass"] + [
        s for c in tok.children if c.dep_ == "csubjpass" and c.tag_ == "VBG"
        for s in c.children if s.dep_ == "nsubj"]
    return any(_lemma_in(t, frame.words) for t in things)


def _put_on_property(frame: _Frame, tok: Token) -> bool:
    """defaced:CLASS — CLASS things put on property ('painted slogans over a government
    billboard', 'daubed graffiti on the mosque'), not on what a crowd carries."""
    property_nouns = word_classes()["property_nouns"]

    def owned(o: Token) -> bool:  # (also "on the wall of the old mosque": a part of it)
        return _lemma_in(o, property_nouns) or any(
            p.dep_ == "prep" and word(p) == "of" and
            any(q.dep_ == "pobj" and _lemma_in(q, property_nouns) for q in p.children)
            for p in o.children)

    return any(c.dep_ == "dobj" and _lemma_in(c, frame.words) for c in tok.children) and any(
        c.dep_ == "prep" and word(c) in ("on", "over", "across", "onto") and
        any(o.dep_ == "pobj" and owned(o) for o in c.children)
        for c in (*tok.children, *(t for o in tok.children if o.dep_ == "dobj"
                                   for t in o.children)))


def _coated_property(frame: _Frame, tok: Token) -> bool:
    """coated:CLASS — property told as covered in or with CLASS things, in the passive ('the
    party's office was covered in red paint', 'a mosque was smeared with excrement')."""
    return any(c.dep_ == "nsubjpass" and _lemma_in(c, word_classes()["property_nouns"])
               for c in tok.children) and any(
        c.dep_ == "prep" and word(c) in ("in", "with") and
        any(o.dep_ == "pobj" and _lemma_in(o, frame.words) for o in c.children)
        for c in tok.children)


def _spray_painted_by_no_one_named(frame: _Frame, tok: Token) -> bool:
    """spraypaint: — 'spray-painted' (the tokenizer splits it) in a passive with no 'by'
    agent ('the front of a synagogue was spray-painted'): vandals no one names."""
    return any(word(c) == "spray" and c.i < tok.i for c in tok.children) and \
        _passive_without_agent(tok)


def _passive_without_agent(tok: Token, clausal: bool = False) -> bool:
    """A passive whose doer goes untold ('was sprayed on the wall'); `clausal` lets a
    participle clause stand as its subject, as the parse sometimes has it."""
    subjects = ("nsubjpass", "csubjpass") if clausal else ("nsubjpass",)
    return any(c.dep_ in subjects for c in tok.children) and \
        not any(c.dep_ == "agent" for c in tok.children)


def _entered_after_a_withdrawal(frame: _Frame, tok: Token) -> bool:
    """vacated:CLASS — a CLASS doer moved in after the sentence told others leaving ('troops
    withdrew from the town on Saturday, and fighters moved into it the next day')."""
    return _doer_fits(frame, tok) and any(
        t.pos_ == "VERB" and _lemma_in(t, word_classes()["left_behind_verbs"]) and t.i < tok.i
        for t in tok.sent)


def _laden(frame: _Frame, tok: Token) -> bool:
    """laden:CLASS — the verb's object carries CLASS things ('intercepted a dhow carrying
    rifles', 'stopped a lorry loaded with ammunition'): a cargo seized with its carrier."""
    carriers = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # (the participle hung on the carrier, or on the verb when the parse puts it there)
    cargo = [c for v in carriers for c in v.children if c.dep_ == "acl"]
    cargo += [c for c in tok.children if carriers and c.dep_ == "advcl" and c.tag_ == "VBG"]
    return any(c.lemma_.lower() in word_classes()["carrying_verbs"] and any(
        _lemma_in(o, frame.words) for d in c.children
        if d.dep_ in ("dobj", "prep") for o in (d, *d.children, *d.conjuncts)) for c in cargo)


def _activities_of(frame: _Frame, tok: Token) -> bool:
    """activities:CLASS — the verb stops the activities of a CLASS body ('suspended all
    activities of the opposition Convergence for Social Democracy')."""
    nouns = word_classes()["group_activity_nouns"]
    return any(o.dep_ in ("dobj", "nsubjpass") and _lemma_in(o, nouns) and any(
        _lemma_in(g, frame.words) for p in o.children if p.dep_ == "prep" and word(p) == "of"
        for b in p.children if b.dep_ == "pobj"
        for g in (b, *(m for m in b.children if m.dep_ in ("compound", "amod"))))
        for o in tok.children)


def _clause_object(frame: _Frame, tok: Token) -> bool:
    """comp: — the verb takes a clause ("denied that troops had fired")."""
    return any(c.dep_ == "ccomp" for c in tok.children)


def _took_ground(frame: _Frame, verb: Token) -> bool:
    """tookground:CLASS — an armed side's (or the state's) direct object names a place, or is a
    CLASS noun ('M23 rebels took Kibirizi, a hillside village'; not 'took the wounded to
    the camp', nor 'residents took the town's streets')."""
    ground = [o for o in verb.children if o.dep_ == "dobj" and (
        names_a_place(o) or _lemma_in(o, frame.words) or
        any(c.dep_ == "appos" and _lemma_in(c, frame.words) for c in o.children))]
    return bool(ground) and any(actor_kind(d.lemma_.lower()) in ("armed", "state") or
                                actor_kind(d.text.lower()) in ("armed", "state")
                                for d in _doers(verb))


def _struck_on(frame: _Frame, noun: Token) -> bool:
    """struckon:CLASS — a noun whose 'on' phrase names a CLASS noun ('an Israeli strike on a
    school'): what was struck, not a stoppage of work."""
    return any(c.dep_ == "prep" and word(c) == "on" and
               any(o.dep_ == "pobj" and _lemma_in(o, frame.words) for o in c.children)
               for c in noun.children)


def _held_to(frame: _Frame, noun: Token) -> bool:
    """heldto:CLASS — a noun held for a CLASS purpose ('farmers held a quiet gathering at the
    district office to demand compensation'): a protest, by what it was held for."""
    return noun.dep_ == "dobj" and _lemma_in(noun.head, word_classes()["holding_verbs"]) and \
        _purpose_clause(noun.head, frame.words, word_classes()["grievance_documents"] |
                        TOPIC_NOUNS)


_FRAME_CHECKS: dict[str, Callable[[_Frame, Token], bool]] = {
    "heldto": _held_to, "obj": _object_fits, "subj": _subject_fits, "doer": _doer_fits,
    "gov": _governed,
    "agent": _done_by, "prt": _particle, "cause": _caused, "comp": _clause_object,
    "to": _infinitive_of, "rally": _gathered_to, "with": _with_instrument,
    "into": _taken_into, "rammed": _rammed_into, "from": _taken_from, "movedinto": _moved_into,
    "brawl": _fought_people,
    "feud": _feuding_sides, "between": _fight_between, "intostate": _taken_into_a_state_vehicle,
    "fromstate": _taken_from_by_the_state, "deadly": _deadly, "confine": _confined,
    "before": _set_up_before, "razed": _destroyed_unharmed, "taker": _takes_people,
    "held": _held_by_the_state, "tookpeople": _took_people, "hitwith": _hit_with,
    "stateclear": _cleared_by_the_state,
    "streets": _took_to_the_streets, "fellto": _fell_to, "shutplace": _closed_place,
    "camp": _camped_to, "defaced": _put_on_property, "coated": _coated_property,
    "horns": _sounding_horns,
    "noise": _sounded_alone, "applied": _applied, "laden": _laden,
    "spraypaint": _spray_painted_by_no_one_named, "vacated": _entered_after_a_withdrawal,
    "activities": _activities_of, "onto": _loaded_onto, "shoved": _shoved_into,
    "cease": _ordered_to_cease, "offstreets": _ordered_off_the_streets,
    "holding": _holding_props, "struckon": _struck_on, "tookground": _took_ground,
}


def _aimed_at_a_vessel(tok: Token, entry: Trigger) -> bool:
    """'coast guard vessels used water cannon against a supply boat': crowd-control means
    turned on a vessel at sea, no crowd met."""
    if entry.mode != "crowd-control":
        return False
    holders = [tok, tok.head] if tok.dep_ in OBJECT_DEPS else [tok]
    return any(c.dep_ == "prep" and word(c) in ("against", "at", "on", "toward", "towards") and
               any(o.dep_ == "pobj" and _lemma_in(o, word_classes()["vessels"])
                   for o in c.children)
               for h in holders for c in h.children)


def _topic_of_words(tok: Token) -> bool:
    """'accusing them of spreading false news about the attacks in the north': violence a
    report or a rumour is about, told as its topic, no act of the sentence (nor 'marched in
    support of students protesting in Serbia': those a protest stands by, the cause)."""
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and \
            word(tok.head.head) in ("of", "with") and tok.head.head.head.dep_ == "pobj" and \
            tok.head.head.head.lemma_.lower() in TOPIC_NOUNS:
        return True
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and word(tok.head) == "about" and \
        tok.head.head.lemma_.lower() in word_classes()["report_nouns"]


def _kept_behind(tok: Token) -> bool:
    """'Police kept them behind barricades': a line the crowd was held at, no blockade."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and word(tok.head) == "behind"


def _is_metaphor(tok: Token) -> bool:
    """'a storm of protest': the trigger only qualifies another noun."""
    head = tok.head
    return (tok.dep_ == "pobj" and word(head) == "of" and head.head.lemma_.lower()
            in METAPHOR_HEADS)


_QUOTES = re.compile(r"[\"“”]")


@cache
def _slogan_lead() -> re.Pattern[str]:
    """What comes right before a quoted slogan: 'a banner reading', 'placards that read',
    'chanting', 'with the words'."""
    classes = word_classes()
    # (also "graffiti reading", "slogans saying": words written on a wall)
    props = "|".join(sorted(map(re.escape, classes["protest_props"] |
                                classes["defacing_materials"]), key=len, reverse=True))
    acts = "|".join(sorted(map(re.escape, classes["protest_acts"]), key=len, reverse=True))
    return re.compile(rf"(?i)(?:\b(?:{props})s?\s+(?:(?:that|which)\s+)?(?:read(?:s|ing)?|"
                      rf"said|saying)|\bwith\s+the\s+words|\b(?:{acts})(?:s|ed|ing)?)"
                      r"\s*[,:]?\s*$")


def _blocked_as_a_cause(tok: Token) -> bool:
    """'food was running short because roads were blocked': a state told as the cause of
    another, by no one named (the blockade, if told, is told elsewhere)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and word(c) == "because"
                                       for c in tok.children) and \
        any(c.dep_ == "auxpass" for c in tok.children) and \
        not any(c.dep_ == "agent" for c in tok.children)


def _a_thing_in_the_way(tok: Token, entry: Trigger) -> bool:
    """'..., saying the stalls blocked roads and drains': a thing given as the reason for an act,
    standing in the way, no one's blockade (not people, their vehicles, a crowd or a protest)."""
    if not (entry.mode == "obstruct" and tok.pos_ == "VERB" and tok.dep_ == "ccomp" and
            tok.head.tag_ == "VBG" and tok.head.lemma_.lower() in word_classes()["speech"]):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    # ("removed dozens of stalls ..., saying they blocked traffic": the thing the act was
    # done to, told again as a pronoun)
    subjects += [o for c in subjects if c.pos_ == "PRON" and word(c) in ("they", "it")
                 for o in tok.head.head.children if o.dep_ == "dobj"]
    return any(
        (t := _through_quantity(c)).pos_ == "NOUN" and
        not t.like_num and t.lemma_.lower() not in _QUANTITY_WORDS and
        not names_people(t) and not _lemma_in(t, VEHICLES) and
        t.lemma_.lower() not in triggers() for c in subjects)


VEHICLES = frozenset(word_classes()["accident_vehicles"]) | \
    frozenset(word_classes()["vehicle_nouns"])


def _what_victims_did(tok: Token, entry: Trigger) -> bool:
    """'men with bats attacked a group of students who were blocking a road', 'opened fire
    on protesters blocking the road': what those attacked were doing, told to say whom the
    attack hit (the attack is the event)."""
    if tok.dep_ != "relcl" and not (tok.dep_ == "acl" and tok.tag_ == "VBG"):
        return False
    victims = tok.head
    if victims.dep_ == "pobj" and word(victims.head) == "of":
        victims = victims.head.head  # "a group of students who ..."
    if victims.dep_ == "pobj" and word(victims.head) in ("on", "at", "upon", "into") and \
            victims.head.head.pos_ == "VERB" and entry.acled_sub == "Peaceful protest" and \
            tok.dep_ == "acl":
        # "opened fire on protesters blocking the road" (but "fired tear gas at protesters who
        # threw stones": their violence is the riot met; "at doctors who were protesting
        # outside the assembly on Tuesday": a protest told with its own day)
        verb = victims.head.head
        return any(word(c) == "fire" for c in verb.children) or any(
            e.plover == "ASSAULT" for e in triggers().get(verb.lemma_.lower(), ()))
    verb = victims.head
    # (not "refused to remove tractors blocking the port": no force, so the blockade stands)
    undone = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in
        word_classes()["negative_implicative"])
    # (nor "Police removed villagers who had camped outside the hall to demand ...": the crowd
    # cleared is the protest its force met)
    cleared = verb.lemma_.lower() in word_classes()["clearing_verbs"]
    return victims.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and not undone and \
        not cleared and any(e.plover == "ASSAULT" for e in triggers().get(verb.lemma_.lower(), ()))


def _a_protest_prepared_for(tok: Token) -> bool:
    """'painting banners for a march', 'permission for a rally': a protest a thing is for, yet
    to be held, not one told as happening."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or word(tok.head) != "for":
        return False
    holder = tok.head.head  # (the parse may hang "for" on the verb: "painting banners for")
    return holder.pos_ == "NOUN" or any(
        o.dep_ == "dobj" and _lemma_in(o, word_classes()["protest_props"])
        for o in holder.children)


def _words_that_attack(tok: Token, entry: Trigger) -> bool:
    """'the government's billboards attacking the opposition', 'an editorial attacked the
    judges': a message that attacks in words, no violence."""
    if entry.plover != "ASSAULT" or tok.pos_ != "VERB":
        return False
    doers = [tok.head] if tok.dep_ in ("acl", "relcl") else \
        [c for c in tok.children if c.dep_ == "nsubj"]
    return any(_lemma_in(d, word_classes()["message_nouns"]) for d in doers)


def _reason_of_arrests(tok: Token) -> bool:
    """'14 people had been arrested over the looting of shops during the unrest': the deed,
    named by a noun, that people were held over is the arrests' reason, no act told."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or word(tok.head) not in ("over", "for"):
        return False
    holder = tok.head.head
    if holder.pos_ == "NOUN" and holder.dep_ in ("dobj", "nsubjpass"):
        holder = holder.head  # ("arrested 14 people over the looting")
    return any(e.mode == "arrest" for e in triggers().get(holder.lemma_.lower(), ()))


def _held_for(tok: Token) -> bool:
    """'arrested 23 people on Tuesday for blocking roads the week before': the deed people
    were held for, told with a day of its own, is the reason of the arrests, no act told."""
    return tok.dep_ == "pcomp" and word(tok.head) == "for" and \
        any(e.mode == "arrest" for e in triggers().get(tok.head.head.lemma_.lower(), ())) and \
        any(t.ent_type_ == "DATE" for t in tok.subtree)


def _earlier_deed_of_those_held(tok: Token, entry: Trigger) -> bool:
    """'detained three women who had organised a small protest', '... to stop them from
    joining any protests', 'arrested him after he spoke at a rally': a protest those arrested
    had held or spoken at before, or might have joined, is the arrests' reason, not an act
    told with a day."""
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and \
            any(c.dep_ == "aux" and word(c) == "had" for c in tok.children) and \
            not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        # ("arrested two men on Tuesday who it said had set fire to signalling equipment": the
        # deed they are held for, told with no day of its own)
        rel = tok.head if tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" else tok
        held = rel.head if rel.dep_ == "relcl" else None
        return held is not None and held.dep_ in ("dobj", "nsubjpass") and any(
            e.mode == "arrest" for e in triggers().get(held.head.lemma_.lower(), ()))
    if entry.plover != "PROTEST" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "det" and word(c) == "any" for c in tok.children):
        return True
    verb = tok.head
    said = verb.head if verb.dep_ == "prep" and tok.dep_ == "pobj" else None
    if said is not None and said.pos_ == "VERB" and told_as_a_reason(said) and \
            any(e.mode == "arrest" for e in triggers().get(said.head.lemma_.lower(), ())):
        return True  # "arrested the party leader after he criticised the government at a rally"
    if not any(c.dep_ == "aux" and word(c) == "had" for c in verb.children):
        return False
    held = verb.head if verb.dep_ == "relcl" else None
    return held is not None and held.dep_ in ("dobj", "nsubjpass") and any(
        e.mode == "arrest" for e in triggers().get(held.head.lemma_.lower(), ()))


def told_as_a_reason(clause: Token) -> bool:
    """'(arrested him) after he criticised the government at a rally': a clause of something
    done before, which the act it hangs on answered (not 'after they marched': a protest)."""
    return clause.dep_ == "advcl" and \
        any(c.dep_ == "mark" and word(c) in ("after", "because") for c in clause.children) and \
        not _lemma_in(clause, word_classes()["demonstrate_verbs"])


def _toll_of_a_conflict(tok: Token) -> bool:
    """'ending a feud that had killed at least twelve people', 'an insurgency that has killed
    thousands': the dead of a whole conflict, told in the perfect, no incident."""
    return tok.dep_ == "relcl" and tok.lemma_.lower() in word_classes()["casualty_verbs"] and \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) and \
        _lemma_in(tok.head, CONFLICTS)


CONFLICTS = word_classes()["conflict_span_nouns"] | word_classes()["dispute_nouns"]


def _alleged_or_cited(tok: Token) -> bool:
    """'arrested nine former officers ..., accusing them of involvement in killings during the
    war': the deeds an accusation names (or an order cites), no act told."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in CITED_OR_INCITED for c in tok.children):
        return True  # "said the four had 'incited' unrest", the quoted verb read as an adjective
    cur = tok
    for _ in range(6):
        if cur.dep_ == "dobj":
            # "banned all demonstrations, citing 'acts of vandalism and looting'"; "said the
            # four had incited unrest": what an order cites or the held are said to have stirred
            return cur.head.lemma_.lower() in CITED_OR_INCITED
        if cur.dep_ not in ("pobj", "pcomp", "prep", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        # (also "arrested four men suspected of taking part in the attack": the men the
        # participle accuses)
        if cur.dep_ == "prep" and word(cur) in ("of", "with", "over") and \
                cur.head.lemma_.lower() in ACCUSATIONS and cur.head.pos_ == "VERB" and \
                (any(c.dep_ in ("dobj", "nsubjpass") for c in cur.head.children) or
                 cur.head.dep_ == "acl"):
            return True
    return False


ACCUSATIONS = frozenset(word_classes()["accusation_verbs"])
CITED_OR_INCITED = frozenset(word_classes()["cited_or_incited"])


def _penalised_for(tok: Token) -> bool:
    """'most of the penalties were for blocking motorways, setting fire to bales or dumping
    manure', 'fined for blocking a road': the offences a penalty was for, no act told."""
    deed = tok
    while deed.dep_ == "conj":
        deed = deed.head
    if deed.dep_ == "pcomp" and word(deed.head) == "for":
        owner = deed.head.head
    elif deed.dep_ == "advcl" and deed.tag_ == "VBG" and any(
            c.dep_ == "prep" and word(c) == "for" and any(p.dep_ == "pcomp" for p in c.children)
            for c in deed.head.children):
        owner = deed.head  # (the rest of the list hung on the clause)
    else:
        return False
    penalty = word_classes()["penalty_words"]

    def names_a_penalty(t: Token) -> bool:
        return word(t) in penalty or t.lemma_.lower() in penalty or any(
            c.dep_ == "prep" and word(c) == "of" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in penalty for p in c.children)
            for c in t.children)

    return names_a_penalty(owner) or any(
        c.dep_ in ("nsubj", "nsubjpass") and names_a_penalty(c) for c in owner.children)


def _told_of_in_general(tok: Token) -> bool:
    """'Strikes by essential workers are restricted under the labour laws': acts of a kind told
    in the present passive, with no article or count, are a rule about them, no act (also a
    present relative clause on a bare plural: 'militants who lay down their arms')."""
    verb = tok.head
    governing = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if tok.dep_ == "relcl" and tok.tag_ in ("VBP", "VBD") and tok.head.tag_ == "NNS" and \
            not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in tok.head.children) and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and \
            governing is not None and governing.tag_ in ("VBZ", "VBP"):
        # "a programme that offers cash to militants who lay down their arms": whoever
        # does, no act
        return True
    if tok.dep_ == "relcl" and tok.tag_ == "VBZ" and \
            not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return True  # "a programme that offers cash and support": what it does, as a rule
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and word(tok.head) in ("after", "following") and \
            governing is not None and any(c.dep_ == "aux" and word(c) in ("has", "have")
                                          for c in governing.children) and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children) and \
            not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        # "Shipping companies have diverted vessels after attacks on merchant ships": acts of a
        # kind, told as what a lasting state followed, with no day or count
        return True
    if tok.tag_ == "NN" and tok.dep_ == "pobj" and \
            word(tok.head) in ("for", "on", "to", "against") and \
            tok.head.head.pos_ in ("NOUN", "ADJ") and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        # "the most restrictive places for public protest", "rules on protest", "tougher
        # action against rape"
        return True
    # (the doers as the gerund's noun or its subject, however the parse hangs "with")
    doers = tok.head if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and \
        word(tok.head.head) == "with" else next(
            (c for c in tok.children if c.dep_ == "nsubj"), None) \
        if tok.dep_ == "pcomp" and word(tok.head) == "with" else None
    if tok.tag_ == "VBG" and doers is not None and doers.tag_ == "NNS" and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in doers.children) and \
            not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return True  # "one of the most violent states, with rival cartels fighting over
        # routes": a state of things, no act of a day
    if tok.tag_ == "NNS" and tok.dep_ == "dobj" and verb.tag_ in ("VBZ", "VBP") and \
            not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
            not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent):
        return True  # "the movement organises its marches on chat platforms": as a rule
    return tok.tag_ == "NNS" and tok.dep_ == "nsubjpass" and not any(
        c.dep_ in ("det", "nummod", "poss", "amod") for c in tok.children) and \
        any(c.dep_ == "auxpass" and word(c) in ("are", "is") for c in verb.children) and \
        not any(c.dep_ == "aux" for c in verb.children)


def _stop_on_a_road(tok: Token) -> bool:
    """'was taken from his car at a roadblock on the outskirts': a roadblock that is only where
    something was done, in a sentence with no crowd, is a checkpoint, no protest."""
    classes = word_classes()
    crowd = frozenset(classes["crowd_nouns"]) | frozenset(classes["demonstrators"]) | \
        frozenset(classes["protest_nouns"])
    return tok.pos_ == "NOUN" and tok.lemma_.lower() == "roadblock" and tok.dep_ == "pobj" and \
        word(tok.head) == "at" and not any(t.lemma_.lower() in crowd for t in tok.sent)


def _pressure_of_a_retreat(tok: Token) -> bool:
    """'rebels withdrew under heavy bombardment': the fire a retreat is told under is the
    pressure of the capture it is part of, no act of its own (not "came under fire")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and word(tok.head) == "under" and \
        _lemma_in(tok.head.head, word_classes()["left_behind_verbs"])


def _written_on_props(tok: Token) -> bool:
    """'carrying placards with the names of women killed by their partners', 'holding
    portraits of those killed in the crackdown': what the props a crowd carries show, no act
    of the day."""
    props, display = word_classes()["protest_props"], word_classes()["display_verbs"]
    return tok.dep_ in ("acl", "relcl") and any(
        _lemma_in(a, props) and (_lemma_in(a.head, display) or
                                 word(a.head) in ("behind", "under", "with"))
        for a in tok.ancestors)


def _in_a_slogan(tok: Token) -> bool:
    """'behind a banner reading "Stop the bombing"', 'chanting "killers out"': the words of a
    slogan or a chant, which tell no act."""
    before = tok.doc[tok.sent.start:tok.i].text_with_ws
    opened = [m.start() for m in _QUOTES.finditer(before)]
    if len(opened) % 2 == 0:
        # (also a single quote opened after a space and not closed: "graffiti reading 'Kill
        # the ...'")
        single = [m.start() for m in _SINGLE_QUOTE_OPENED.finditer(before)]
        if not single or _SINGLE_QUOTE_CLOSED.search(before, single[-1] + 1):
            return False
        opened = single
    return bool(_slogan_lead().search(before[:opened[-1]]))


_SINGLE_QUOTE_OPENED = re.compile(r"(?<=\s)['‘](?=\w|$)")
_SINGLE_QUOTE_CLOSED = re.compile(r"\w['’](?=[\s.,;:!?]|$)")


def _quoted_about_them(tok: Token) -> bool:
    """'"they were arrested for words"', '"They arrest us, they ban our rallies"': a speaker
    quoted on acts told by pronouns alone or in the present, which tell no act of their own."""
    before = tok.doc[tok.sent.start:tok.i].text
    if len(_QUOTES.findall(before)) % 2 == 0:
        return False
    done_to = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    if done_to and all(c.pos_ == "PRON" for c in done_to) and \
            not any(c.dep_ == "agent" for c in tok.children):
        return True
    return tok.tag_ in ("VBP", "VBZ") and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"
                                              for c in tok.children)


def _reached_a_level(verb: Token) -> bool:
    """'settler attacks have reached record levels': a count told by the height it reached."""
    return verb.lemma_.lower() == "reach" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in word_classes()["level_nouns"]
        for c in verb.children)


def _trend_verb(verb: Token) -> bool:
    """'intensified', 'stepped up': a verb telling that acts grew more frequent."""
    particles = [word(c) for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    return any(phrase in word_classes()["trend_verbs"]
               for phrase in (lemma, *(f"{lemma} {p}" for p in particles)))


def _grievance(noun: Token) -> bool:
    """Whether a noun (or the list it ends) is what a protest was against or over."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun.dep_ == "pobj" and word(noun.head) in ("against", "over") and \
        _lemma_in(noun.head.head, word_classes()["demonstrate_verbs"] |
                  word_classes()["protest_nouns"])


def _who_the_speaker_is(tok: Token) -> bool:
    """'..., said Georgi Burgas, a software engineer who marched in Plovdiv': the speaker named
    by the act told before, no act of its own."""
    person = tok.head
    return tok.dep_ == "relcl" and person.dep_ == "appos" and \
        person.head.dep_ in SUBJECT_DEPS and \
        person.head.head.lemma_.lower() in word_classes()["speech"]


def _who_did_the_told_act(tok: Token) -> bool:
    """'The officer who fired the shot has been placed under investigation': the person is
    named by the act told before (both definite), no act of its own."""
    def definite(noun: Token) -> bool:
        return any(c.dep_ == "det" and word(c) == "the" for c in noun.children)
    return tok.dep_ == "relcl" and tok.head.dep_ in (*SUBJECT_DEPS, "nsubjpass") and \
        definite(tok.head) and \
        any(c.dep_ == "dobj" and definite(c) for c in tok.children) and \
        not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)  # (its own day: told)


def _names_its_means(entry: Trigger) -> bool:
    """Whether the object or subject the entry requires names the means of violence."""
    return entry.acled_sub in MEANS_TYPES[1:] and \
        (entry.frame or "").startswith(("obj:", "subj:"))


def _the_device_told(verb: Token) -> bool:
    """'... struck an explosive device near X. ... when the device exploded': the blast of a
    device the story told before, not another one."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not _lemma_in(subject, word_classes()["planted_explosives"]) or \
            not any(c.dep_ == "det" and word(c) == "the" for c in subject.children):
        return False
    # (told before by its own name or another: "a pipe bomb ... the device"; a window back,
    # so that the cost stays linear in a long article)
    told = word_classes()["planted_explosives"] | word_classes()["thrown_explosives"]
    start = verb.sent.start
    return any(_lemma_in(t, told) for t in verb.doc[max(0, start - DEVICE_LOOKBACK):start])


DEVICE_LOOKBACK = 200  # tokens back where the device "the device" means was told


RESTRICTIONS = frozenset(word_classes()["restriction"])
TOLD_CLAIMS = frozenset(word_classes()["claim_nouns"]) | frozenset(word_classes()["report_nouns"])
ENACTMENTS = frozenset(word_classes()["enactments"])  # signed, not agreed
SPARKING_VERBS = frozenset(word_classes()["sparking_verbs"])  # what set off unrest told


def _is_back_reference(tok: Token) -> bool:
    """'because of the blockades', 'The roadblocks have caused shortages', 'backed the
    protests': an event already told (or a topic), not a new one."""
    if tok.pos_ == "VERB" and (_names_those_done_to(tok) or _quoted_about_them(tok) or
                               _who_the_mourned_were(tok) or _who_did_the_told_act(tok) or
                               _who_the_speaker_is(tok) or _the_device_told(tok) or
                               _a_days_anchor(tok)):
        return True
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "compound" and _lemma_in(tok.head, word_classes()["protest_roles"]):
        return True  # "protest organisers said", "the protest camp": who or where, not an act
    acts = tok.head if tok.dep_ == "compound" else tok
    if acts.tag_ == "NNS" and acts.dep_ == "pobj" and \
            word(acts.head) in ("after", "following") and \
            any(c.dep_ == "prep" and word(c) in ("on", "against") and
                any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in c.children)
                for c in acts.children):
        return True  # "stood outside the town hall after arson attacks on town halls": a series
    if tok.dep_ == "poss" and any(word(c) in ("'s", "’s") for c in tok.children):
        return True  # "seven of the rally's organisers": whose people they are
    # "rubber bullets are not lethal": a thing described, not an event.
    holder = tok.head if tok.dep_ == "compound" else tok
    while holder.dep_ == "conj" and holder.head.pos_ == "NOUN":
        holder = holder.head  # "protests and vigilante killings are common"
    if holder.dep_ == "nsubj" and holder.head.lemma_ == "be":
        return True
    if holder.dep_ == "attr" and holder.head.lemma_ == "be" and holder.head.tag_ in ("VBZ", "VBP"):
        return True  # "the only answer is tear gas": what something is, told in the present
    if holder.dep_ == "attr" and holder.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and (
                word(c) in ("it", "this", "that") and
                any(a.dep_ == "amod" and a.tag_ == "JJS" for a in holder.children) or
                c.pos_ == "NOUN" and any(d.dep_ == "det" and word(d) == "the"
                                         for d in c.children) and
                c.lemma_.lower() in triggers())
            for c in holder.head.children):
        return True  # "it was the largest demonstration in the district in years", "said
        # the fire was a protest against surveillance": the act just told, judged
    if any(c.dep_ == "amod" and word(c) == "same" for c in tok.children):
        return True  # "a woman wounded in the same strike": the strike just told
    if tok.dep_ == "pobj" and word(tok.head) == "of" and \
            any(c.dep_ == "amod" and word(c) == "alleged" for c in tok.children) and \
            _lemma_in(tok.head.head, TOLD_CLAIMS):
        return True  # "followed reports of an alleged assault on a child": what was reported
    if tok.dep_ == "pobj" and word(tok.head) in ("on", "against", "about") and \
            _lemma_in(tok.head.head, RESTRICTIONS | ENACTMENTS):
        return True  # "the strict rules on protests", "a ban on rallies": what they regulate
    if holder.dep_ == "nsubjpass" and holder.tag_ == "NNS" and \
            holder.head.lemma_.lower() in SPARKING_VERBS and \
            any(c.dep_ == "det" and word(c) == "the" for c in holder.children):
        return True  # "The protests were sparked by the deaths of eight women": their cause
    standing = holder.head.head if holder.dep_ == "pobj" and word(holder.head) == "of" \
        else holder
    if standing.dep_ == "nsubj" and standing.head.lemma_.lower() in ("remain", "stay") and any(
            p.dep_ == "prep" and word(p) == "in" and
            any(word(o) in ("force", "place", "effect") for o in p.children)
            for p in standing.head.children):
        return True  # "A state of emergency ... remains in force": a standing measure
    if holder.dep_ == "dobj" and holder.head.dep_ == "relcl" and \
            any(c.dep_ == "det" and word(c) == "the" for c in holder.children) and \
            (holder.head.lemma_.lower() in SPARKING_VERBS or
             (holder.head.lemma_.lower() in ("set", "touch") and
              any(c.dep_ == "prt" and word(c) == "off" for c in holder.head.children))):
        return True  # "the teenager whose death set off the unrest": the unrest told, by its
        # cause
    if holder.dep_ == "dobj" and holder.tag_ == "NNS" and holder.head.dep_ == "relcl" and \
            holder.head.lemma_.lower() in (*SPARKING_VERBS, "draw") and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in holder.children) and \
            not any(t.ent_type_ in ("DATE", "TIME", "GPE") for t in holder.head.subtree):
        return True  # "sentenced a director, a case that drew protests from actors": what the
        # case has met, told of no day or place
    if _grievance(holder) and any(c.dep_ == "det" and word(c) == "the" for c in tok.children) \
            and not any(c.dep_ in ("prep", "acl", "relcl") for c in tok.children):
        return True  # "marched to protest against power cuts and the killing": what they
        # protested, told before (not "against the killing of a student on Sunday")
    if any(c.dep_ == "amod" and word(c) in ("similar", "such", "previous", "earlier")
           for c in tok.children) and not _staged_anew(tok):
        return True  # "similar abductions were reported last year"
    if tok.dep_ == "pobj" and word(tok.head) in ("in", "as") and any(
            c.dep_ == "amod" and word(c) in ("latest", "newest") for c in tok.children):
        return True  # "..., in the latest arson attack on officials": the act just told
    if tok.dep_ == "pobj" and word(tok.head) in ("in", "during") and any(
            c.dep_ == "det" and word(c) == "the" for c in tok.children) and \
            tok.head.head.tag_ == "VBN" and tok.head.head.dep_ in ("relcl", "acl"):
        return True  # "a shop that was damaged in the riot": what befell it in an act told
    if any(c.dep_ == "prep" and word(c) == "on" and any(
            o.dep_ == "pobj" and _lemma_in(o, word_classes()["abstract_targets"])
            for o in c.children) for c in tok.children):
        return True  # "the ban was an attack on freedom of expression": a figure of speech
    if tok.dep_ == "pobj" and tok.tag_ == "NNS" and tok.i >= 2 and \
            " ".join(word(t) for t in tok.doc[tok.i - 2:tok.i]) in \
            word_classes()["hindrance_causes"] and \
            not any(c.dep_ in ("det", "poss", "nummod", "relcl", "acl") for c in tok.children):
        return True  # "Firefighters could not reach the area because of barricades": a cause
    if tok.dep_ == "pobj" and word(tok.head) == "for" and \
            tok.head.head.lemma_.lower() in word_classes()["arrival_verbs"] and \
            any(c.dep_ == "det" and word(c) == "the" for c in tok.children):
        return True  # "a shopkeeper who travelled to Kathmandu for the rally": the one told
    if tok.dep_ == "pobj" and word(tok.head) == "as" and \
            tok.head.head.lemma_.lower() in word_classes()["characterising_verbs"]:
        return True  # "leaders criticised the law as an attack on them": what they call it
    if tok.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and any(c.dep_ == "aux" and c.lemma_ == "have"
                                      for c in clause.children) and any(
                c.dep_ == "advmod" and (word(c) == "long" or
                                        word(c) in word_classes()["frequency_adverbs"])
                for c in clause.children):
            return True  # "the province has long been the scene of clashes": a record
    series = word_classes()["series_adjectives"]
    if tok.tag_ == "NNS" and any(c.dep_ == "amod" and word(c) in series for c in tok.children) \
            and not any(c.dep_ == "det" and word(c) in DEFINITE for c in tok.children):
        return True  # "Italy has seen regular protests since the war began": a series
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and word(tok.head) in ("for", "through",
                                                                       "via") and not any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return True  # "blamed for kidnappings", "funds itself through kidnappings": a kind of act
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and word(tok.head) == "in" and \
            tok.head.head.lemma_.lower() in word_classes()["wielding_verbs"] and \
            not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return True  # "saying separatists had used them in attacks": a kind of act
    if tok.tag_ in ("NNS", "NN") and tok.dep_ == "pobj" and word(tok.head) in ("to", "against") \
            and tok.head.head.lemma_.lower() in ("response", "reply", "retaliation", "reaction") \
            and not any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and word(c) not in (
                "a", "an")) or c.dep_ == "relcl" for c in tok.children) and \
            (tok.tag_ == "NNS" or any(word(c) in ("a", "an") for c in tok.children)):
        # "targeted the town in response to Israeli strikes", "in response to an Israeli strike
        # on a village": acts alluded to (not one a clause of its own tells)
        return True
    listed_in = tok.head.head if tok.tag_ == "NNS" and tok.dep_ == "pobj" and \
        word(tok.head) in ("including", "like") else None
    if listed_in is not None and listed_in.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in word_classes()["trend_nouns"]
            for c in listed_in.children):
        return True  # "has recorded a rise in crime, including attacks on politicians"
    trended = listed_in if listed_in is not None and listed_in.pos_ == "NOUN" else tok
    while trended.dep_ == "conj" and trended.head.pos_ == "NOUN" and trended.tag_ == "NNS":
        trended = trended.head  # "a rise in armed robberies and killings": both trends
    if trended.tag_ in ("NNS", "NN") and trended.dep_ == "pobj" and \
            word(trended.head) in ("in", "of") and (trended is not tok or tok.tag_ == "NNS") and \
            trended.head.head.lemma_.lower() in word_classes()["trend_nouns"]:
        # "to curb a surge in gang killings": a trend, no act told (also "a rise in crime,
        # including attacks on local politicians")
        return True
    if tok.tag_ == "NNS" and tok.dep_ == "dobj" and _trend_verb(tok.head):
        return True  # "jihadists have stepped up attacks in the border area": a trend
    if tok.dep_ == "nsubj" and (tok.tag_ == "NNS" or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in tok.head.children)) and \
            (tok.head.lemma_.lower() in word_classes()["rate_change_verbs"] or
             _trend_verb(tok.head) or _reached_a_level(tok.head)) and \
            not _lemma_in(tok, word_classes()["weapon"]) and \
            not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        # "a province where killings have risen sharply", "fighting ... has intensified": a
        # trend, no act told (not "shells fell on a village")
        return True
    if any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children) and \
            any(c.dep_ == "det" and word(c) == "the" for c in tok.children) and \
            (tok.dep_ in ("appos", "npadvmod") or (
                tok.dep_ == "dobj" and tok.i > tok.head.i and
                tok.head.lemma_.lower() in word_classes()["speech"])):
        return True  # "shelling killed two children, officials said, the deadliest attack on
        # the city in weeks": the act just told, ranked
    if any(e.plover == "PROTEST" for e in triggers().get(tok.lemma_.lower(), ())) and \
            _ground_of_a_charge(tok):
        return True  # "accused of disturbing public order over a speech at a rally": the
        # charge's ground, no protest told
    if any(c.dep_ == "det" and word(c) == "the" for c in tok.children) and _brought_to_an_end(tok):
        return True  # "a truce brought the clashes to an end": the end of acts told before
    if tok.dep_ == "pobj" and word(tok.head) == "of" and \
            tok.head.head.lemma_.lower() in word_classes()["kind_nouns"]:
        return True  # "a common form of protest": a kind of act, no act told
    if tok.dep_ == "dobj" and _lemma_in(tok.head, word_classes()["defying_verbs"]) and \
            any(e.plover == "PROTEST" for e in triggers().get(tok.lemma_.lower(), ())):
        return True  # "schools that defy their boycott": a standing call, not a protest held
    if tok.dep_ == "pobj" and word(tok.head) == "under" and \
            any(e.plover == "PROTEST" for e in triggers().get(tok.lemma_.lower(), ())) and \
            not any(c.dep_ == "det" and word(c) in ("a", "an") for c in tok.children):
        # "towns in the north are under blockade": a siege's state, no protest (not "police
        # came under a barrage of stones": a volley thrown that day)
        return True
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ALLUSION_VERBS:
        return True  # "referring to riots in which shops were burned"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_classes()["witnessing_verbs"] and (
            any(c.dep_ == "aux" and word(c) == "had" for c in tok.head.children) or
            (tok.head.dep_ == "acl" and tok.head.tag_ == "VBG" and
             _lemma_in(tok.head.head, word_classes()["press_workers"]))):
        # "journalists who had been covering a strike": their work, told before (or
        # "journalists covering the strike were detained": the press's act told, not the strike)
        return True
    if tok.dep_ == "pobj" and word(tok.head) == "of" and tok.head.head.tag_ == "NNS" and \
            tok.head.head.lemma_.lower() in ("week", "month", "year", "decade"):
        return True  # "after weeks of demonstrations": a series, no one act
    if tok.dep_ == "pobj" and word(tok.head) == "of" and tok.tag_ == "NNS" and \
            tok.head.head.lemma_.lower() in ("night", "day") and \
            any(c.dep_ == "amod" and _ORDINAL.fullmatch(c.lower_) is not None
                for c in tok.head.head.children):
        return True  # "on the fifth night of demonstrations": the series the act is told in
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in word_classes()["characterising_verbs"] and \
            any(c.dep_ == "poss" for c in tok.children):
        return True  # "criticised Israel's bombardment of Gaza": a deed judged, not told
    if tok.dep_ == "pobj" and word(tok.head) == "of" and \
            tok.head.head.lemma_.lower() in word_classes()["use"] and \
            _is_back_reference(tok.head.head):
        return True  # "did not comment on the use of tear gas": the use just told
    if tok.dep_ == "pobj" and word(tok.head) == "in" and _part_taken_before(tok.head.head) and \
            any(c.dep_ == "aux" and word(c) == "had" for c in (
                tok.head.head.head if tok.head.head.lemma_ == "part" else tok.head.head).children):
        return True  # "detained three women who had taken part in a protest": done before
    definite = any(c.dep_ in ("det", "poss") and word(c) in DEFINITE | {"its", "their"}
                   for c in tok.children)
    if not definite:
        return False
    if any(c.dep_ == "det" and word(c) in ("these", "those") for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in TALLY_NOUNS):
        return True  # "did not give a toll for those strikes": the strikes just told
    if tok.dep_ == "nsubjpass" and tok.tag_ == "NNS" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in tok.head.children):
        return True  # "The protests are led by an archbishop": the movement, described
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in word_classes()["reference_verbs"] and \
            any(c.dep_ == "det" and word(c) in ("the", "this", "that") for c in tok.children):
        return True  # "no group claimed the attack", "whether the attack was linked to X"
    if tok.dep_ == "nsubjpass" and tok.head.dep_ == "advcl" and \
            tok.head.lemma_.lower() in word_classes()["announce"] and \
            any(c.dep_ == "mark" and word(c) in ("after", "since", "once", "when")
                for c in tok.head.children):
        return True  # "airlines cancelled flights after the curfew was announced": told before
    if tok.dep_ == "dobj" and any(c.dep_ == "det" and word(c) == "the" for c in tok.children) \
            and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in tok.head.children):
        return True  # "it was unclear who carried out the strike": the strike just told
    if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and \
            tok.head.head.lemma_.lower() in word_classes()["reference_verbs"] and \
            any(c.dep_ == "det" and word(c) in ("the", "this", "that") for c in tok.children):
        return True  # "the army did not comment on the strike": the strike just told
    if tok.dep_ == "pobj" and word(tok.head) == "of" and \
            _lemma_in(tok.head.head, word_classes()["imposition_nouns"]):
        return False  # "approved another extension of the state of exception": imposed anew
    if tok.dep_ == "pobj" and word(tok.head) in BACK_REFERENCE_PREPS:
        return True
    if tok.dep_ == "pobj" and word(tok.head) in ("in", "for") and \
            _lemma_in(tok.head.head, word_classes()["share_nouns"]):
        return True  # "accusing them of involvement in the attacks": the attacks told before
    if tok.dep_ == "pobj" and word(tok.head) in ("in", "of", "over") and \
            tok.head.head.lemma_.lower() in ("suspect", "perpetrator", "mastermind"):
        return True  # "where suspects in the bombing were hiding": the bombing told before
    if tok.dep_ == "pobj" and word(tok.head) == "in" and _part_taken_before(tok.head.head):
        return True  # "people who had taken part in the protests": the protests told before
    if tok.dep_ in ("dobj", "nsubjpass") and _lemma_in(tok.head, word_classes()["prolong_verbs"]) \
            and _lemma_in(tok, word_classes()["custody_nouns"]):
        return True  # "a court extended their detention": the arrest told, kept longer
    if tok.dep_ == "dobj" and any(e.plover in STATEMENTS for e in
                                  triggers().get(tok.head.lemma_.lower(), ())):
        return True  # "X has endorsed the strikes": the strikes are the statement's topic
    if tok.dep_ == "nsubj" and _lemma_in(tok.head, word_classes()["onset_verbs"]) and any(
            c.dep_ == "prep" and word(c) == "on" and
            any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children)
            for c in tok.head.children) and _a_protest_noun(tok):
        # "The sit-in had begun peacefully on Friday": the protest's first day (not "The
        # unrest began on Monday, when hundreds gathered": what the sentence goes on to tell)
        return False
    if tok.dep_ == "nsubj" and _a_protest_noun(tok) and any(
            c.dep_ == "acl" and c.lemma_.lower() in ("hold", "stage") and
            any(d.ent_type_ == "DATE" for d in c.subtree) for c in tok.children):
        return False  # "The rally, held in the square on Saturday, drew 8,000 people": its day
    # "The blockades have caused shortages", "X has endorsed the strikes".
    return tok.dep_ in ("nsubj",) and tok.head.pos_ in ("VERB", "AUX")


def _ground_of_a_charge(noun: Token) -> bool:
    """'accused of disturbing public order over a speech at a rally': within an 'over' or 'for'
    phrase of an accusation."""
    above = list(noun.ancestors)[:8]
    # (also "accusing him of inciting violence during earlier demonstrations": what the charge
    # is of)
    return (any(a.dep_ == "prep" and word(a) in ("over", "for") for a in above[:4]) and
            any(_lemma_in(a, word_classes()["accusation_verbs"]) for a in above)) or \
        any(a.dep_ == "prep" and word(a) == "of" and
            _lemma_in(a.head, word_classes()["accusation_verbs"]) for a in above[:6])


def _brought_to_an_end(noun: Token) -> bool:
    """'brought the clashes to an end', 'put an end to the fighting': acts ended."""
    ends = ("end", "halt", "close", "stop")
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "bring":
        return any(p.dep_ == "prep" and word(p) == "to" and
                   any(o.dep_ == "pobj" and word(o) in ends for o in p.children)
                   for p in noun.head.children)
    return noun.dep_ == "pobj" and word(noun.head) == "to" and word(noun.head.head) in ends \
        and noun.head.head.head.lemma_.lower() == "put"


def _part_taken_before(holder: Token) -> bool:
    """'had taken part (in)': a part in something taken before the act being told (or 'a
    nurse who took part in the protest said': who a speaker is)."""
    verb = holder.head if holder.lemma_ == "part" else holder
    return (holder.lemma_ == "part" or any(c.dep_ == "dobj" and c.lemma_ == "part"
                                           for c in verb.children)) and \
        (any(c.dep_ == "aux" and word(c) == "had" for c in verb.children) or
         verb.dep_ == "relcl")


def _a_protest_noun(tok: Token) -> bool:
    """Whether the noun, with the compounds before it ('sit-in'), names a peaceful protest."""
    first = min((c.i for c in tok.children if c.dep_ == "compound"), default=tok.i)
    return any(e.plover == "PROTEST" and e.acled_sub == "Peaceful protest"
               for key in (tok.lemma_.lower(), tok.doc[first:tok.i + 1].text.lower())
               for e in triggers().get(key, ()))


def _names_those_done_to(verb: Token) -> bool:
    """'The arrested were taken to ...', 'The nine detained ... were released': a participle
    naming the people an act already told was done to."""
    if verb.tag_ == "VBN" and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
            any(c.dep_ == "det" for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ == "NUM" and \
            any(d.dep_ == "det" and word(d) == "the" for d in verb.head.children):
        return True  # "the nine arrested were released"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and \
            verb.head.lemma_.lower() in word_classes()["tally_nouns"]:
        return True  # "bringing the number arrested to 81": a tally of those already told
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and \
            word(verb.head.head) == "of" and \
            _lemma_in(verb.head.head.head, word_classes()["release_nouns"]):
        return True  # "to demand the release of party officials detained after the election"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(c.dep_ in OBJECT_DEPS for c in verb.children) and \
        all(s.pos_ in ("NUM", "NOUN") and parse_count(s.text) is not None and
            any(d.dep_ == "det" and word(d) == "the" for d in s.children) for s in subjects)


def names_those_held(verb: Token) -> bool:
    """'Those detained were released on Wednesday', 'among those arrested': a participle naming
    the people of an act, however the tagger parsed it; the clause's day is not the act's."""
    those = verb.head if verb.dep_ in ("acl", "pobj") else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VBN", "VBD") and those is not None and word(those) == "those" and \
        not any(c.dep_ in ("aux", "auxpass", "agent", *OBJECT_DEPS) for c in verb.children)


def _a_days_anchor(verb: Token) -> bool:
    """'withdrew the bill the day after parliament was stormed': an act told before, named in
    the passive with no doer as the day another act is counted from."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children) and \
        any(c.dep_ == "mark" and word(c) in ("after", "since") for c in verb.children) and \
        any(c.dep_ == "npadvmod" and c.lemma_.lower() in word_classes()["time_nouns"]
            for c in verb.children)


def _who_the_mourned_were(tok: Token) -> bool:
    """'a memorial march by relatives of a young man killed during the election unrest': the
    death says whom they mourn, told with no day of its own; it is not news here."""
    if tok.tag_ != "VBN" or tok.i == 0:
        return False
    if tok.dep_ == "acl" or (tok.dep_ == "relcl" and tok.head.pos_ == "NOUN"):
        # (the parse may hang it on the mourners: "relatives of people detained ...")
        persons = [tok.head, tok.doc[tok.i - 1]]
    elif tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" and \
            tok.head.lemma_.lower() in word_classes()["speech"]:
        persons = [tok.head.head]  # "photographs of family members they say were arrested"
    elif tok.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        # "Relatives of people detained under the emergency protested ...", parsed with the
        # participle as the sentence's verb: it still names the people before it
        persons = [tok.doc[tok.i - 1]]
    else:
        return False
    mourners = word_classes()["mourner_nouns"]
    # (also "to demand news of relatives detained since March": the kin held are the cause)
    return any((person.dep_ == "pobj" and word(person.head) == "of" and
                person.head.head.lemma_.lower() in mourners) or
               (tok.dep_ == "ccomp" and person.lemma_.lower() in mourners) or
               (tok.dep_ == "acl" and person.i == tok.head.i and person.dep_ == "pobj" and
                person.lemma_.lower() in mourners)
               for person in persons) and \
        not any(t.ent_type_ in ("DATE", "TIME") and _verb_over(t) == tok.i and t.i > tok.i
                for c in tok.children if c.dep_ not in ("nsubj", "advcl", "ccomp", "conj")
                and word(c) != "since"  # ("held since March": how long, no day of the act)
                for t in c.subtree)  # (a day told before the mourners is their own act's)


def _verb_over(tok: Token) -> int | None:
    """The index of the nearest verb above a word (whose clause the word is told in): "under
    the measure gathered outside the prison on Thursday" dates the gathering, not the
    detaining."""
    return next((a.i for a in tok.ancestors if a.pos_ == "VERB"), None)


def _staged_anew(tok: Token) -> bool:
    """'traders in Minna staged a similar sit-in': one more of the kind, done by a subject."""
    if tok.tag_ == "NNS" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                 for c in tok.head.children):
        return False  # "which has carried out similar abductions": a record, not one more
    verb = subject_verb(tok)
    if verb is not None and tok.tag_ == "NN" and verb.tag_ == "VBD" and \
            any(c.dep_ == "det" and word(c) in ("a", "an") for c in tok.children):
        return True  # "a similar march turned violent": one more, told by what it did
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and bool(_subjects(tok.head)) and \
        not any(word(c) in ("such", "previous", "earlier") for c in tok.children)


def subject_verb(tok: Token) -> Token | None:
    """The verb a noun is the subject of, where the parse may have hung the noun as an
    apposition ("In Blantyre, the commercial capital, a march turned violent")."""
    top = tok
    while top.dep_ == "appos" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "nsubj":
        return top.head
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.dep_ == "appos" and after is not None and after.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
        return after
    return None


def _accidental_blast(tok: Token) -> bool:
    """'a methane explosion', 'a gas cylinder exploded': a blast of gas or fuel, an accident."""
    if tok.lemma_.lower() not in ("explosion", "blast", "explode", "blow"):
        return False
    sources = word_classes()["accidental_blast_sources"]
    named = [c for c in tok.children if c.dep_ in ("compound", "amod", *SUBJECT_DEPS)]
    return any(_lemma_in(t, sources) for c in named for t in c.subtree)


_ACCIDENT_BLAMED = re.compile(
    r"(?i)\b(?:blam\w*|caused\s+by|due\s+to|attributed\s+(?:it\s+)?to|the\s+result\s+of)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:" + "|".join(
        sorted(map(re.escape, word_classes()["accident_causes"]), key=len, reverse=True)) +
    r")s?\b")


# "an electrical fault was the likely cause": an accident named as the cause, told after
_ACCIDENT_NAMED_CAUSE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(map(re.escape, word_classes()["accident_causes"]), key=len,
                                   reverse=True)) +
    r")s?\s+(?:was|is|had\s+been|has\s+been)\s+(?:the\s+|a\s+)?(?:likely\s+|probable\s+|"
    r"suspected\s+|most\s+likely\s+)?cause\b")


def _with_the_sentence_before(sent: Span) -> Span:
    """The sentence and the one before it ('Warplanes struck X. Two were killed when a house
    collapsed': the collapse the strike's)."""
    before = previous_sentence(sent)
    return sent.doc[before.start if before is not None else sent.start:sent.end]


FIRE_NOUNS = ("fire", "blaze", "flame", "inferno")  # a fire told as what did the harm


def _fire_spreading(verb: Token) -> bool:
    """'A fire broke out', 'a blaze erupted', 'fire gutted the market': a fire told as
    starting or spreading, by no one."""
    return (verb.lemma_.lower() == "break" and
            any(c.dep_ == "prt" and word(c) == "out" for c in verb.children)) or \
        verb.lemma_.lower() in FIRE_SPREAD_VERBS or word(verb) == "gutted"


FIRE_SPREAD_VERBS = frozenset(word_classes()["fire_spread_verbs"])


def accidental(tok: Token) -> bool:
    """'injured when the bus plunged into a ravine', 'died in a road accident': a casualty of
    an accident or a disaster, which ACLED leaves out."""
    classes = word_classes()
    if _accidental_blast(tok):
        return True
    if tok.lemma_.lower() in ("explosion", "blast", "explode", "fire", "blaze", "kill",
                              "destroy", "burn", "gut") and \
            _ACCIDENT_BLAMED.search(tok.sent.text):
        # "an explosion at a depot killed two soldiers, blaming a technical fault", "a fire that
        # destroyed a warehouse was caused by faulty wiring"
        return True
    after = next_sentence(tok.sent)
    if tok.lemma_.lower() in ("explosion", "blast", "explode", "fire", "blaze", "destroy",
                              "burn", "gut") and \
            any(_ACCIDENT_NAMED_CAUSE.search(s.text) for s in (tok.sent, after) if s is not None):
        # "a blaze that destroyed six wooden houses ... the fire department said an electrical
        # fault was the likely cause"
        return True
    hazards = classes["natural_hazards"]
    done_by = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # ("killed ..., and N hurt")
    if tok.pos_ == "VERB" and any(c.dep_ == "agent" and any(
            p.dep_ == "pobj" and _lemma_in(p, hazards | classes["fallen_obstacles"])
            for p in c.children) for v in done_by for c in v.children):
        return True  # "roads were blocked by landslides", "killed by falling trees": no one's act
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(
            c.dep_ == "prep" and word(c) in ("in", "during") and any(
                p.dep_ == "pobj" and _lemma_in(p, hazards) for p in c.children)
            for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "whose homes were destroyed in last month's floods": no one's act
    # ("a cyclone swept across the island, flattening villages": the sweeping's subject)
    doers = [tok]
    # (also "wildfires continue to burn": the subject of the verb the clause completes)
    while len(doers) < 4 and (doers[-1].dep_ in ("advcl", "conj") and doers[-1].tag_ == "VBG"
                              or doers[-1].dep_ == "xcomp") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doers[-1].children):
        doers.append(doers[-1].head)
    # ("after last year's storms destroyed part of the harvest", the storms read as the
    # preposition's object: the verb's subject all the same)
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    misread = [before] if tok.dep_ == "advcl" and before.dep_ == "pobj" and \
        word(before.head) in ("after", "before", "as", "until") and \
        not any(c.dep_ == "nsubj" for c in tok.children) else []
    if tok.pos_ == "VERB" and any(_lemma_in(c, hazards | classes["fallen_obstacles"] |
                                            classes["accident_nouns"])
                                  for c in (*misread, *(c for v in doers for c in v.children
                                                        if c.dep_ == "nsubj"))):
        return True  # "a landslide blocked the highway", "fallen trees blocked roads", "the
        # collision killed 57 people"
    if tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in FIRE_NOUNS and
            not any(d.dep_ in ("acl", "relcl") for d in c.children) and
            # (not "Police fire killed three people": gunfire, by whoever fired it)
            not any(d.dep_ in ("compound", "amod", "poss") and (
                actor_kind(d.lemma_.lower()) is not None or word(d) in ("live", "gun"))
                    for d in c.children)
            # (also "Fire gutted a market, destroying hundreds of stalls": the participle's; not
            # "Artillery fire hit the camp, killing nine", a weapon's fire)
            for v in (doers if len(doers) > 1 and _fire_spreading(doers[-1]) else [tok])
            for c in v.children) and \
            not _ARSON.search(tok.sent.text) and not _arson_told_next(tok.sent):
        return True  # "a fire at a warehouse destroyed tonnes of goods": no one's act told
        # (also "A fire broke out in a factory, destroying a warehouse")
    if tok.pos_ == "VERB" and tok.i > 0 and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
            (fire := next((t for t in tok.sent if t.right_edge.i == tok.i - 1 and
                           t.lemma_.lower() in FIRE_NOUNS and
                           t.dep_ == "pobj"), None)) is not None and \
            word(fire.head) in ("after", "when", "as") and not _ARSON.search(tok.sent.text):
        return True  # "..., two days after a fire in a coal mine killed 31 miners", the fire
        # parsed as the preposition's object and the killing as a verb of its own
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("destroy", "damage", "burn", "raze") and \
            any(c.dep_ == "nsubj" and c.lemma_.lower() in ("blast", "explosion")
                for c in tok.children):
        return True  # "The blast destroyed two floors": the damage of the blast told, no act
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("destroy", "damage", "ruin", "wreck") and \
            any(c.dep_ == "nsubj" and _lemma_in(c, classes["undertakings"]) for c in tok.children):
        return True  # "the reclamation project has destroyed fishing grounds": a harm, no act
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in classes["casualty_verbs"]:
        return False
    if tok.dep_ in ("advcl", "conj") and (_accidental_blast(tok.head) or any(
            _accidental_blast(s) for s in _subjects(tok.head))):
        return True  # "a gas cylinder exploded at a restaurant, killing four"
    # (also hung on the bus by the parse: "A bus carrying workers overturned ..., killing")
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "acl") and \
            _vehicle_mishap_before(tok):
        return True  # "a bus carrying farm workers overturned on a dirt road, killing two"
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if tok.dep_ == "conj":
        verbs.append(tok.head)  # "two died and five were hurt when ...": the cause is shared
    if _verb_of_hazard(tok, hazards) or \
            (tok.dep_ == "advcl" and _verb_of_hazard(tok.head, hazards)):
        return True  # "a mudslide engulfed two houses, killing a couple"
    means = word_classes()["means_words"] - {"mine"}  # (a coal mine, no landmine)
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "advcl" and _verb_of_hazard(c, hazards):
                return True  # "were killed after torrential rain triggered landslides"
            if c.dep_ == "advcl" and c.lemma_.lower() in classes["collapse_verbs"] and \
                    not any(_lemma_in(t, means) for t in _with_the_sentence_before(tok.sent)):
                return True  # "killed when part of a roof collapsed in a mine": no one's act
            if c.dep_ == "agent" and any(p.dep_ == "pobj" and
                                         _lemma_in(p, classes["accident_vehicles"])
                                         for p in c.children):
                return True  # "a student was killed by a police vehicle": a road death
            vehicle_hit = any(o.dep_ == "dobj" and _lemma_in(o, classes["accident_vehicles"])
                              for o in c.children)  # "a train hit a car"
            if c.dep_ == "advcl" and (_lemma_in(c, classes["accident_verbs"]) or vehicle_hit) \
                    and any(_lemma_in(s, classes["accident_vehicles"]) for s in _subjects(c)):
                return True
            if c.dep_ == "advcl" and any(word(m) == "when" for m in c.children) and \
                    _lemma_in(c, classes["accident_vehicles"]) and any(
                    t.pos_ == "VERB" and _lemma_in(t, classes["accident_verbs"])
                    for t in c.subtree):
                return True  # the parse made the vehicle the clause: "when a truck ... overturned"
            if c.dep_ == "prep" and any(_lemma_in(p, classes["accident_nouns"] | hazards) or
                                        _accidental_blast(p)
                                        for p in c.children if p.dep_ == "pobj"):
                return True
            if c.dep_ == "prep" and word(c) == "in" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in ("fire", "blaze", "inferno")
                    for p in c.children) and not _ARSON.search(tok.sent.text):
                return True  # "the nightclub where dozens died in a fire": no one's act told
    return False


# words that tell a fire was set on purpose
_ARSON = re.compile(r"(?i)\b(?:arson\w*|set\s+fire|set\s+alight|torch\w*|petrol|molotov|"
                    r"deliberate(?:ly)?|intentional(?:ly)?|on\s+purpose|firebomb\w*)\b")


def _arson_told_next(sent: Span) -> bool:
    """'Fire destroyed an annex of the town hall. Prosecutors said the fire had been set
    deliberately': the next sentence tells the fire was someone's act."""
    after = next_sentence(sent)
    return after is not None and any(t.lemma_.lower() in FIRE_NOUNS for t in after) and \
        bool(_ARSON.search(after.text))


def _vehicle_mishap_before(tok: Token) -> bool:
    """Whether the sentence tells, before the participle, a vehicle overturning or crashing
    (however the parse hung it) and no act of violence."""
    classes = word_classes()
    before = tok.doc[tok.sent.start:tok.i]
    # (the violence in the clause the participle hangs on: "attacks have risen ..., and a bus
    # fell into a ravine, killing nine": the fall, not the trend told before it)
    own = [t for t in tok.head.subtree if t.i < tok.i] \
        if tok.head.pos_ == "VERB" and tok.head.dep_ == "conj" and tok.head.i < tok.i else before
    # (the vehicle wherever the parse hung it: "A minibus carrying traders overturned")
    mishap = any(_lemma_in(t, classes["accident_verbs"]) and t.pos_ == "VERB" for t in before) \
        and any(_lemma_in(a, classes["accident_vehicles"]) and a.pos_ == "NOUN" for a in before)
    # (the crash itself is no violence, though a drone's crash strikes)
    violent = any(e.plover == "ASSAULT" for t in own
                  if not _lemma_in(t, classes["accident_verbs"])
                  for e in triggers().get(t.lemma_.lower(), ()))
    return mishap and not violent


def _verb_of_hazard(verb: Token, hazards: frozenset[str]) -> bool:
    """'a mudslide engulfed the houses', 'after heavy rain triggered landslides': nature acts."""
    return any(_lemma_in(s, hazards) for s in _subjects(verb))


def _grievance_against(tok: Token) -> bool:
    """'holding banners against trawlers that they said were destroying their nets': what a
    crowd is against, told as going on in a clause on it, no act of a day."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and \
            word(tok.head.head) == "against":
        return True  # "to protest against a police order banning them from the centre"
    ongoing = tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children))
    # (the clause may hang on what they held against it: "banners against trawlers that ...")
    return ongoing and any(a.dep_ == "relcl" and (
        (a.head.dep_ == "pobj" and word(a.head.head) == "against") or
        any(c.dep_ == "prep" and word(c) == "against" and c.i < a.i for c in a.head.children))
        for a in [tok, *list(tok.ancestors)[:3]])


def _in_protest_phrase(tok: Token) -> bool:
    """'set the fire in protest against the plant': a motive, not a protest event."""
    if not (tok.pos_ == "NOUN" and tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and
            word(tok.head) == "in" and not any(c.dep_ == "det" for c in tok.children)):
        return False
    # (but "refused to board their buses in protest at late pay", "shops closed in protest":
    # work or trade withheld as the protest, which is the event)
    verb = tok.head.head
    return not any(v.pos_ == "VERB" and v.lemma_.lower() in word_classes()["withheld_acts"]
                   for v in (verb, verb.head))


def _standing_ban(tok: Token, entry: Trigger) -> bool:
    """'a choking agent banned in warfare', 'the banned party': a ban that describes a thing,
    told with no day, is its standing, no order made."""
    if entry.mode != "restrict" or tok.tag_ != "VBN" or \
            any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    # (also parsed as a clause of its own, its noun set off by a comma: "chloropicrin, a
    # choking agent banned in warfare, on trenches ... on Saturday", whose day is the drop's)
    apposed = any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > 0 and
                  tok.doc[c.left_edge.i - 1].text == "," for c in tok.children)
    return apposed or (tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and
                       not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree))


LIFTING_VERBS = frozenset(word_classes()["lifting_verbs"])


def _lifted_measure(tok: Token) -> bool:
    """'a state of emergency imposed after last month's riots has been lifted': a measure
    told as ended, and the imposing that only describes it, are no new order."""
    describing = tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN"
    if describing and any(t.ent_type_ in ("DATE", "TIME") and t.head.dep_ != "poss" and
                          t.dep_ != "poss" for t in tok.subtree):
        return False  # ("the curfew imposed in Bawku on Monday was lifted": that order told)
    measure = tok.head if describing else tok
    while measure.dep_ == "pobj" and word(measure.head) == "of" and \
            measure.head.head.pos_ == "NOUN":
        measure = measure.head.head  # "a state of emergency": the state
    return measure.pos_ == "NOUN" and measure.dep_ in ("nsubj", "nsubjpass") and \
        measure.lemma_.lower() in RESTRICTIONS and \
        measure.head.lemma_.lower() in LIFTING_VERBS and measure.head.i != tok.i


def _modifies_a_thing(tok: Token) -> bool:
    """'riot gear', 'bomb squad', 'protest leaders', 'attack victims': a noun that only
    qualifies another, which is no event."""
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and \
        tok.head.lemma_.lower() in word_classes()["not_event_heads"]


def _in_compound_adjective(tok: Token) -> bool:
    """'protest-related violence', 'conflict-hit areas': a word inside a hyphenated adjective
    qualifies something else; it is no event."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and \
            word(doc[tok.i + 2]) in ("for", "and", "or", "to"):
        return True  # "a kidnap-for-ransom group", "hit-and-run attacks": a compound's part
    return tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and \
        doc[tok.i + 2].tag_ in ("JJ", "VBN", "VBD")


def _shots_at_no_one(tok: Token) -> bool:
    """'Soldiers fired warning shots to separate the groups', 'fired in the air': shots at no
    one, in a sentence with no crowd they were meant for (then they are the force used on it)."""
    if tok.lemma_.lower() != "fire" or tok.pos_ != "VERB":
        return False
    warning = any(c.dep_ == "dobj" and any(a.dep_ in ("amod", "compound") and
                                           word(a) == "warning" for a in c.children)
                  for c in tok.children)
    skyward = any(c.dep_ == "prep" and word(c) in ("in", "into") and
                  any(o.dep_ == "pobj" and word(o) == "air" for o in c.children)
                  for c in tok.children)
    classes = word_classes()
    crowd = frozenset(classes["crowd_nouns"]) | frozenset(classes["demonstrators"]) | \
        frozenset(classes["protest_nouns"])
    # ("fired in the air to quell the mob", "to disperse rioters": force used on a crowd)
    return (warning or skyward) and not any(
        _lemma_in(t, crowd) or actor_kind(t.lemma_.lower()) in ("rioters", "protesters") or
        (t.dep_ in ("advcl", "xcomp") and t.head.i == tok.i and
         t.lemma_.lower() in classes["crowd_control_verbs"])
        for t in tok.sent)


def _only_heard(tok: Token) -> bool:
    """'Residents reported loud explosions': blasts told only as heard, by people who say
    nothing of what hit what, are no act of their own."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in word_classes()["heard_blasts"]:
        return False
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
        verb = verb.head  # "heard loud explosions and power was cut", read as one clause
    elif tok.dep_ != "dobj":
        return False
    witnesses = frozenset(word_classes()["dwellers"]) | {"witness", "people"}
    return (verb.lemma_.lower() == "hear" or (
        verb.lemma_.lower() in ("report", "describe") and
        any(c.dep_ == "nsubj" and c.lemma_.lower() in witnesses for c in verb.children))) and \
        not any(t.lemma_.lower() in ("kill", "wound", "injure", "damage", "destroy", "hit")
                for t in tok.sent)


def _who_fought_in_a_war(tok: Token) -> bool:
    """'former soldiers who fought in the civil war marched': who the marchers are, not a fight
    of the day."""
    spans = word_classes()["conflict_span_nouns"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "pobj" and any(
            c.dep_ == "prep" and word(c) in ("in", "during") and
            any(o.dep_ == "pobj" and o.lemma_.lower() == "war" for o in c.children)
            for c in tok.children):
        return True  # "a remembrance event for fighters killed in the civil war": the war's dead
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(
        c.dep_ == "prep" and word(c) in ("in", "during") and
        any(o.dep_ == "pobj" and _lemma_in(o, spans) for o in c.children)
        for c in tok.children)


def _skip_verb(tok: Token) -> bool:
    """Imperatives ('To contact us, visit:'), poll findings ('60 percent back X'), participles
    used as adjectives ('the detained journalists') or nouns ('the wounded'), and idioms
    ('caught unawares', 'caught in the crossfire', 'catch up')."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("advmod", "mark") and word(c) == "whenever" for c in tok.children):
        return True  # "as it does whenever police kill a civilian": a habit, no act
    idioms, lemma = word_classes()["idioms"], tok.lemma_.lower()
    complements = [c for c in tok.children if c.dep_ in ("prt", "advmod", "acomp", "oprd",
                                                         "dobj")]
    complements += [o for c in tok.children if c.dep_ == "prep" for o in c.children
                     if o.dep_ == "pobj"]
    if any(f"{lemma} {word(c)}" in idioms for c in complements):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and \
            any(e.mode == "restrict" for e in triggers().get(lemma, ())) and \
            not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        # "a demonstration banned by the authorities": the march's state ("Group 24, an
        # opposition movement banned as extremist": the group's)
        return True
    if tok.tag_ == "VBD" and any(e.mode == "restrict" for e in triggers().get(lemma, ())) and \
            any(c.dep_ == "nsubj" and c.left_edge.i > 0 and
                tok.doc[c.left_edge.i - 1].text == "," and
                any(d.dep_ == "det" and word(d) in ("a", "an") for d in c.children)
                for c in tok.children) and \
            not any(c.dep_ in ("dobj", "xcomp", "attr", "conj", "npadvmod") or
                    (c.dep_ == "ccomp" and c.i > tok.i) for c in tok.children):
        return True  # "chloropicrin, a choking agent banned as a weapon", parsed as a clause
        # whose ban has no object: the apposed thing's state
    if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.i > tok.sent.start and \
            tok.sent.root.pos_ in ("NOUN", "PROPN") and \
            tok.nbor(-1).tag_ in ("NN", "NNS", "NNP", "NNPS"):
        # ("The governor of the North-West banned motorbike traffic", parsed with no verb:
        # the one past verb of the sentence is its act)
        return False
    # (also "Residents of Marianao, in Havana, banged pots", the address set off by commas)
    before = tok.nbor(-2) if tok.i > tok.sent.start + 1 and tok.nbor(-1).text == "," else \
        tok.nbor(-1) if tok.i > tok.sent.start else tok
    # (and "..., in Camaguey province, banged pots": the address a unit's common noun ends)
    if tok.dep_ == "amod" and tok.tag_ == "VBD" and tok.i > tok.sent.start and \
            (before.tag_ in ("NNP", "NNPS", "NNS") or
             (before.tag_ == "NN" and tok.nbor(-1).text == ",")) and tok.i < tok.head.i and \
            not any(c.dep_ in ("det", "poss") for c in tok.head.children):
        # ("Residents of streets in Holguin banged pots and pans", the past verb read as its
        # object's adjective after the name: the act)
        return False
    if tok.dep_ == "amod":
        # "the detained journalists" describes people; "the halted mine" tells a halt
        noun = tok.head.head if tok.head.dep_ == "compound" else tok.head
        return not _lemma_in(noun, word_classes()["facility"])
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and lemma in ONGOING_FIGHT and \
            tok.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a task force fighting the insurgents": who they are, not an act told
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and lemma in ONGOING_FIGHT and \
            tok.head.tag_ in ("VBZ", "VBP") and tok.head.dep_ == "relcl":
        return True  # "a task force, which groups soldiers fighting the insurgents"
    if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") and \
            any(c.dep_ == "det" for c in tok.children):
        return True  # "two of the wounded": people, not an act
    # (nor "raided a home where Christians were praying and detained 23 of them": a verb
    # joined to a progressive, the parse's misreading of the raid's second act)
    if tok.tag_ in ("VBN", "VBD") and tok.dep_ == "conj" and tok.head.tag_ == "VBG" and \
            not any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in tok.children) and \
            not any(c.dep_ == "aux" for c in tok.head.children) and \
            any(word(t) in ("and", "or") for t in tok.doc[tok.head.i + 1:tok.i]):
        # (not "officers searching a garage ..., found smoke bombs": the finding, the subject's
        # participle read as the verb)
        return True  # "removing debris and burned tents": the tents' state, parsed as a verb
    if tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass") for c in tok.children):
        return True
    subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and (word(subj) in ("percent", "%") or any(
        word(t) in ("percent", "%") for t in subj.subtree))


def _merge_hits(hits: list[_Hit]) -> list[_Hit]:
    """One trigger per event: a noun trigger that is an argument of another trigger folds in.
    Two triggers that would fold into each other both stay: each is an event of its own."""
    absorber = {id(hit): _absorber(hit, hits) for hit in hits}
    kept = [hit for hit in hits
            if (by := absorber[id(hit)]) is None or absorber[id(by)] is hit]
    def folds_into(h: _Hit, kept_hit: _Hit) -> bool:
        # (also through a hit that folded in itself: "a suicide bomber detonated explosives,
        # killing five", the bomber folded into the killing, the killing into the detonation)
        by = absorber[id(h)]
        for _ in range(3):
            if by is None or by is h:
                return False
            if by is kept_hit:
                return True
            by = absorber[id(by)]
        return False

    for hit in kept:
        # "killed in a shootout with police": the deaths are the exchange of fire's; "an air
        # strike hit tents, killing 11": the means the noun names types the act.
        means = next((h.trigger.acled_sub for h in hits if folds_into(h, hit) and
                      h.token.pos_ == "NOUN" and h.trigger.acled_sub in MEANS_TYPES), None)
        if means is None and hit.trigger.acled_sub == "Attack" and \
                _blew_themselves_up(hit.token):
            means = "Suicide bomb"  # "a young woman blew herself up ..., killing five"
        if means is None and hit.trigger.acled_sub == "Remote explosive/landmine/IED" and \
                any(word(c) == "suicide" for s in _subjects(hit.token) for c in s.children):
            means = "Suicide bomb"  # "a suicide attacker detonated his explosives"
        if means == "Suicide bomb" and \
                hit.trigger.acled_sub == "Remote explosive/landmine/IED":
            hit.trigger = replace(hit.trigger, acled_sub=means)  # the bomber died with it
            hit.typed_by_noun = True
        if means == "Shelling/artillery/missile attack" and any(
                _lemma_in(_through_quantity(s), word_classes()["air_assets"])
                for s in _subjects(hit.token)):
            means = "Air/drone strike"  # "a helicopter fired missiles": from the air
        if means is not None and (hit.trigger.acled_sub == "Attack" or (
                hit.trigger.acled_sub == "Looting/property destruction" and
                means != "Armed clash")):
            # (also "an air strike destroyed a launcher": the strike's damage, not looting)
            hit.trigger = replace(hit.trigger, acled_sub=means)
            hit.typed_by_noun = True
    for hit in kept:
        # "..., killing three people and wounding 16": the conjoined harm is the same means'
        head = next((h for h in kept if h.typed_by_noun and h.token.i == hit.token.head.i), None)
        if head is not None and hit.token.dep_ == "conj" and hit.trigger.acled_sub == "Attack" \
                and head.trigger.acled_sub in MEANS_TYPES:
            hit.trigger = replace(hit.trigger, acled_sub=head.trigger.acled_sub)
            hit.typed_by_noun = True
    return kept


def _doers_apart(act: Token, clause: Token) -> bool:
    """'Police shot dead two men as traders burned a county office': each clause names its own
    doers, so the clause is another side's act beside the shooting, not the shooting told."""
    # (the act's subject its doer, who did something to someone: not "a man died when police
    # fired", the one it befell)
    doers = [c for c in act.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")] \
        if any(c.dep_ == "dobj" for c in act.children) else []
    others = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return bool(doers) and bool(others) and \
        {d.lemma_.lower() for d in doers}.isdisjoint(o.lemma_.lower() for o in others)


def _blew_themselves_up(tok: Token) -> bool:
    """'blew herself up at a market, killing five': the killing a bomber's own blast did."""
    blast = tok.head
    return tok.dep_ in ("advcl", "conj") and blast.lemma_.lower() == "blow" and \
        any(c.dep_ == "prt" and word(c) == "up" for c in blast.children) and \
        any(c.dep_ == "dobj" and word(c).endswith(("self", "selves")) for c in blast.children)


# Types a noun absorbed into an attack's verb can name it by ("a shootout", "an air strike")
MEANS_TYPES = ("Armed clash", "Air/drone strike", "Shelling/artillery/missile attack",
               "Remote explosive/landmine/IED", "Grenade", "Suicide bomb")


def _absorber(hit: _Hit, hits: list[_Hit]) -> _Hit | None:
    """The trigger `hit` folds into, if any."""
    for other in hits:
        if other is hit:
            continue
        # "marched ..., demanding X": the demand is the protest's, not an event of its own.
        if hit.trigger.plover in STATEMENTS and \
                other.trigger.plover == "PROTEST" and \
                hit.token.dep_ in ("advcl", "xcomp", "conj", "acl") and \
                hit.token.head.i in (other.token.i, other.token.head.i):
            return other  # "began a hunger strike to demand ..."
        # "Three soldiers were killed when gunmen ambushed a patrol": one incident, told
        # by the clause that names the attackers.
        if hit.trigger.plover == "ASSAULT" and other.trigger.plover == "ASSAULT" and \
                other.token.dep_ in ("advcl", "relcl") and not concessive(other.token) and \
                other.token.head.i == hit.token.i and any(
                    c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                    for c in other.token.children) and not time_apart(other.token) and \
                not any(c.dep_ == "mark" and word(c) in ("after", "before", "until", "since")
                        for c in other.token.children) and \
                not _doers_apart(hit.token, other.token):
            # (not "killed two gunmen in a shootout after officers came under fire": what
            # came before is not the act told)
            return other
        # "killed nine civilians ..., after rounding up men at a market": those rounded up
        # were the ones killed; the round-up is the killing's, no arrest of its own
        if hit.trigger.plover == "COERCE" and hit.trigger.mode == "arrest" and \
                other.trigger.plover == "ASSAULT" and other.token.pos_ == "VERB" and \
                hit.token.dep_ == "pcomp" and word(hit.token.head) == "after" and \
                hit.token.head.head.i == other.token.i and \
                not any(c.dep_ in SUBJECT_DEPS for c in hit.token.children):
            return other
        # "gunmen fired on a camp that had occupied part of a farm": what the target had done
        # before describes it; no act of its own
        if other.trigger.plover == "ASSAULT" and hit.token.dep_ == "relcl" and \
                any(c.dep_ in ("aux", "auxpass") and word(c) == "had"
                    for c in hit.token.children) and \
                _object_of(hit.token.head, other.token):
            return other
        # "the bombing at a mosque in Peshawar, which killed 12 people": the toll of the act
        # the relative clause tells of, wherever the parse hung it inside that act's phrase
        if hit.trigger.plover == "ASSAULT" and other.trigger.plover == "ASSAULT" and \
                other.token.pos_ == "NOUN" and relative_on_act(hit.token, other.token):
            return other
        # "raided a camp, sparking a gunfight with its herders": the raid became the fight
        if other.trigger.plover == "ASSAULT" and hit.trigger.acled_sub == "Armed clash" and \
                hit.token.pos_ == "NOUN" and hit.token.dep_ == "dobj" and \
                hit.token.head.lemma_.lower() in word_classes()["provoke_verbs"] and \
                hit.token.head.head.i == other.token.i:
            return other
        # "were detained in a series of early morning raids": the raids made the arrests
        raid = hit.token
        if raid.dep_ == "pobj" and word(raid.head) == "of" and raid.head.head.pos_ == "NOUN":
            raid = raid.head.head  # "in a series of early morning raids"
        if hit.trigger.plover == "ASSAULT" and hit.token.lemma_.lower() == "raid" and \
                hit.token.pos_ == "NOUN" and raid.dep_ == "pobj" and \
                word(raid.head) in ("in", "during") and \
                any(a.i == other.token.i for a in raid.head.ancestors) and \
                other.trigger.mode == "arrest":  # (however deep the parse hung the phrase)
            return other
        # "arrested an MP over remarks he made at a rally": the protest, the arrest's reason
        if hit.trigger.plover == "PROTEST" and hit.token.pos_ == "NOUN" and \
                other.trigger.mode == "arrest" and _reason_of_arrest(hit.token, other.token):
            return other
        # "fired at a mob, in which four were killed": the deaths told in the act
        if hit.trigger.plover == "ASSAULT" and other.trigger.plover == "ASSAULT" and \
                in_which_clause(hit.token) and \
                any(a.i in (other.token.i, other.token.head.i) for a in hit.token.ancestors):
            return other
        # "clashed with rebels ..., killing two": the toll of the act it follows from.
        told_on = _first_participle(hit.token).head
        if told_on.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and word(a) == "to" for a in told_on.children):
            told_on = told_on.head  # "fired rubber bullets to clear a bridge, injuring a man"
        if hit.trigger.plover == "ASSAULT" and hit.token.tag_ == "VBG" and \
                hit.token.dep_ in ("advcl", "conj") and told_on.i == other.token.i and \
                other.trigger.plover == "ASSAULT" and hit.trigger.mode != "abduct" and \
                not any(c.dep_ in SUBJECT_DEPS for c in hit.token.children):
            # also "..., damaging a substation and wounding six people" (but those abducted in
            # an attack are an abduction of their own)
            return other
        # "X endorsed the strikes": a known event as the topic of a statement.
        if hit.token.pos_ == "NOUN" and hit.token.dep_ == "dobj" and \
                hit.token.head.i == other.token.i and other.trigger.plover in STATEMENTS and \
                any(c.dep_ == "det" and word(c) in ("the", "these", "those")
                    for c in hit.token.children):
            return other
        # "banned all demonstrations": what is restricted is not held.
        banned = hit.token
        while banned.dep_ == "conj" and banned.head.i != banned.i:
            banned = banned.head  # "all gatherings and marches were prohibited"
        if hit.token.pos_ == "NOUN" and banned.dep_ in ("dobj", "nsubjpass") and \
                banned.head.i == other.token.i and other.trigger.mode == "restrict":
            return other
        # "a suicide bomber blew himself up ..., killing four": the act whose subject the
        # noun is, told by the clause with its toll.
        if hit.trigger.plover == "ASSAULT" and hit.token.pos_ == "NOUN" and \
                hit.token.dep_ in SUBJECT_DEPS and other.trigger.plover == "ASSAULT" and \
                other.token.tag_ == "VBG" and other.token.dep_ in ("advcl", "conj") and \
                other.token.head.i == hit.token.head.i:
            return other
        # "shot dead during the clashes": a nominal trigger inside another's adjunct.
        if hit.token.pos_ == "NOUN" and hit.token.dep_ == "pobj" and \
                hit.token.head.head.i == other.token.i and \
                other.trigger.plover in ("ASSAULT", "PROTEST", "COERCE"):
            return other
        if hit.token.head.i == other.token.i and hit.token.pos_ == "NOUN" and \
                other.trigger.plover == hit.trigger.plover:
            return other
        if (hit.trigger.mode == "crowd-control" and other.trigger.plover == "ASSAULT"
                and other.trigger.mode != "crowd-control"
                and _governs(other.token, hit.token)
                and not any(concessive(a) for a in _path_up(hit.token, other.token))):
            return other  # "fired tear gas to disperse them, killing two"
    return None


def _object_of(noun: Token, verb: Token) -> bool:
    """Whether the noun is the verb's object, direct or through a preposition ('fired on X')."""
    return (noun.dep_ in OBJECT_DEPS and noun.head.i == verb.i) or (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i)


def relative_on_act(verb: Token, act: Token) -> bool:
    """'the bombing ..., which killed 12': a relative clause whose 'which' is the act noun
    (or a word of its phrase the parse hung it on)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and word(c) in ("which", "that")
                                       for c in verb.children):
        return False
    if verb.head.i == act.i:
        return True
    path: list[Token] = []
    for a in verb.head.ancestors:
        if a.i == act.i:
            # (not "fired rockets in response to a strike that killed one": the act answered)
            return not any(word(t) in ANSWERING_WORDS for t in path)
        path.append(a)
    return False


ANSWERING_WORDS = frozenset(("response", "retaliation", "reprisal", "revenge", "reply"))


def held_over_violence(tok: Token) -> bool:
    """'arrested five men over the fighting', 'detained 12 people in connection with the
    clashes', 'detained twelve people suspected of provoking the riots': arrests whose reason
    is political violence (not a crime the model leaves out)."""
    classes = word_classes()
    violence = frozenset(classes["violence_nouns"]) | frozenset(classes["fight_words"])
    reasons = [c for c in tok.children if c.dep_ in ("prep", "dobj", "nsubjpass", "advcl")]
    # ("detained a man who had threatened protesters with a knife": what the man held did)
    if any(r.dep_ in ("dobj", "nsubjpass") and any(
            c.dep_ == "relcl" and any(e.plover in ("ASSAULT", "THREATEN")
                                      for e in triggers().get(c.lemma_.lower(), ()))
            for c in r.children) for r in reasons):
        return True
    # (the violence the arrest answers: "over", "after", "in connection with" it, or
    # "suspected of" it; not "detained in a series of raids", the arrest's own means)
    def reason(a: Token) -> bool:
        return a.dep_ == "prep" and (word(a) in ("over", "for", "with", "after") or (
            word(a) == "of" and a.head.pos_ == "VERB"))
    searches = frozenset(classes["search_verbs"])  # (a raid is the arrest's own means)
    return any(t.pos_ == "NOUN" and _lemma_in(t, violence) and not _lemma_in(t, searches) and
               any(reason(a) for a in t.ancestors
                   if a.i != tok.i and tok.i in (x.i for x in a.ancestors))
               for r in reasons for t in r.subtree)


def _reason_of_arrest(noun: Token, arrest: Token) -> bool:
    """Whether a protest noun is told as the arrest's reason, as background: "arrested an MP
    over remarks he made at a rally", "detained for organising a protest", "detained six
    organisers of a rally", "on charges of inciting violence at the protests" (not "for
    taking part in a rally": arrests at it)."""
    classes = word_classes()
    if any(_lemma_in(a, classes["participation_verbs"]) for a in noun.ancestors):
        return False
    for a in noun.ancestors:
        if not any(b.i == arrest.i for b in a.ancestors):
            continue
        if _lemma_in(a, classes["charge_nouns"]):
            return True  # "on charges of inciting the violence at the protests"
        if a.dep_ != "prep" or not (a.head.i == arrest.i or a.head.pos_ == "NOUN"):
            continue
        if word(a) in ("over", "for") or (word(a) == "of" and a.i == noun.head.i and
                                          a.head.dep_ in ("dobj", "nsubjpass")):
            return True
    return False


def apart_spans(clause: Token) -> list[Token]:
    """'a day after gendarmes killed five rustlers': the span nouns a clause is told before or
    after the act by (none when the clause has no 'after'/'before' mark)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and word(c) in ("after", "before")]
    # ("three days after rebels seized it": the span may hang on the mark)
    return [c for c in [*clause.children, *(d for m in marks for d in m.children)]
            if marks and c.dep_ == "npadvmod" and c.lemma_.lower() in word_classes()["time_nouns"]]


def time_apart(clause: Token) -> bool:
    """Whether a clause is told a span of time before or after the act: another incident."""
    return bool(apart_spans(clause))


def _first_participle(tok: Token) -> Token:
    """'damaging a substation and wounding six': the first of conjoined participles."""
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _path_up(tok: Token, head: Token) -> list[Token]:
    """The tokens from `tok` up to (not including) its ancestor `head`."""
    path = [tok]
    while path[-1].head.i != head.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _governs(head: Token, tok: Token) -> bool:
    return any(a.i == head.i for a in tok.ancestors)
