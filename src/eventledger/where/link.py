"""Event–place linking: which place mentions say where *this* event happened.

Not where it was reported, nor where an actor comes from: a place inside the trigger's clause or
its participants' phrases wins; a place elsewhere in the sentence is taken only when it is the
nearest one; with none in the sentence, the place just narrated in the same paragraph carries over.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from eventledger.paragraphs import paragraph_bounds, previous_paragraph_start
from eventledger.roles import names_people, own_subtree, text_of, word
from eventledger.taxonomy import actor_kind, actor_lexicon, triggers, word_classes
from eventledger.where import gazetteer
from eventledger.where.gazetteer import fold
from eventledger.where.geoparse import Toponym, demonym_country, within
from eventledger.where.recognise import BACKER_AFTER, _cues
from eventledger.where.unlisted import ADDRESS_END, FRONTED_IN, PART_NOUNS, dateline_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOCATIVE_PREPS = word_classes()["locative_preps"]
STRUCK_PREPS = frozenset(LOCATIVE_PREPS) | {"through"}  # ("tore through a bus near Askira")
PROTEST_AIMS = frozenset(word_classes()["protest_aims"])
REPRISAL_NOUNS = frozenset(word_classes()["reprisal_nouns"])
PACTS = frozenset(word_classes()["pact"])


def event_places(doc: Doc, trigger: Token, toponyms: list[Toponym],
                 participants: Sequence[Token] = (), actor_spans: Sequence[tuple[int, int]] = (),
                 narrative: bool = True, text: str | None = None) -> list[Toponym]:
    """The toponyms naming where the event of `trigger` happened (one per place), best first.

    `participants` are the head words of its actors, whose phrases ("demonstrators in the
    regions of A and B") locate it too; `actor_spans` are their names, whose places are origins.
    `toponyms` are in text order; pass the document's `text` when calling once per event
    (spaCy rebuilds `doc.text` on every access).
    """
    sent = trigger.sent
    text = text_of(doc) if text is None else text
    in_sent = [t for t in within(toponyms, sent.start_char, sent.end_char)
               if t.entry is not None and t.locates and not _part_name(text, t)]
    # ("in the Dubrava district of the capital": a part of the city, named with it, not a
    # unit of that name elsewhere)
    # (and "raids on flats in Dubrava" after it: the part again)
    in_sent = [t for t in in_sent if not (
        t.resolved.feature in ("admin1", "admin2") and
        any(_told_as_a_part_of_a_city(text, p, toponyms)
            for p in within(toponyms, max(0, t.start - PART_RETOLD_REACH), t.start + 1)
            if fold(p.text) == fold(t.text)))]
    # A place inside an actor's name ("US State Department") is the actor's origin.
    # ("a rights group based in Madrid": where the group sits, wherever it acts)
    # (not a place of the act's own clause, when the actor told holds it: "members of social
    # movements who were blocking the road through Berazategui")
    own_clause = (trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))
    origins_of_actors = [t for t in in_sent if any(
        s <= t.start < e and not (s <= trigger.idx < e and own_clause[0] <= t.start < own_clause[1])
        and not _where_those_cleared_were(doc, t, trigger)
        and (not _is_locative(doc, t) or _BASED_IN.search(
            text, max(0, t.start - 20), t.start)) and not _jurisdiction(doc, t)
        and not _located_by_holder(doc, t) and not _struck_place(doc, t, trigger)
        for s, e in actor_spans)]
    in_sent = [t for t in in_sent if t not in origins_of_actors]
    # ("arrested two men from Assam at a hotel in Gomtu": where those held came from)
    in_sent = [t for t in in_sent if not _held_people_came_from(doc, t)] or in_sent
    # ("found pistols hidden among crates of fruit from Iran": where a thing came from)
    in_sent = [t for t in in_sent if not _origin_of_a_thing(doc, t)] or in_sent
    # "residents of Alexandra township burned tyres": where they live, when nothing else is told
    homes = [t for t in origins_of_actors
             if _home_of_dwellers(doc, t) or _seat_of_an_office(doc, t) or
             _town_of_a_campus(doc, t) or _TOWN_BUILDING_OF.search(text, max(0, t.start - 30),
                                                                   t.start) is not None]
    # "the highway linking Colón with Panama City": a road's far end is not where it was blocked
    in_sent = [t for t in in_sent if not _far_end(text, t)]
    # "blocking the main highway to Santa Cruz": where the road leads, when the sentence names
    # another place
    in_sent = [t for t in in_sent if not _road_leads_to(text, t)] or in_sent
    # "blocked the Dhaka–Mymensingh highway in Gazipur": the road's first town names the road,
    # when the sentence tells where on it
    in_sent = [t for t in in_sent if not _ROAD_OF_TOWNS.match(text, t.end)] or in_sent
    # "The day after the Bozoum fighting, police in Berberati arrested ...": the place of
    # the act the time is told by, when the sentence names another
    in_sent = [t for t in in_sent if not _names_the_act_of_a_time(doc, t) and
               not _place_of_the_act_of_a_time(doc, t, trigger) and
               not _names_the_act_held_over(doc, t)] or in_sent
    # "near Torbung, on the border between Bishnupur and Churachandpur districts": the units
    # a place lies between are its address, not places of their own
    in_sent = [t for t in in_sent if not _BETWEEN_UNITS.search(
        text, max(0, t.start - BETWEEN_REACH), t.start)] or in_sent
    # "The civil society coordination for Walungu territory counted seven dead": the counter's
    # own area, not where they died
    if trigger.lemma_.lower() == "count":
        counter = {x.idx for c in trigger.children if c.dep_ == "nsubj" for x in c.subtree}
        in_sent = [t for t in in_sent if t.start not in counter]
    # "fighters of rival Iran-backed factions": who backs a side, not where it fought
    in_sent = [t for t in in_sent if not BACKER_AFTER.match(text, t.end)]
    # "South Korea's biggest union", "Russia's defence ministry": an owner, not a place.
    in_sent = [t for t in in_sent if not _owner(doc, t) and not _country_of_a_thing(doc, t)
               and not _country_as_a_party(doc, t) and not _addressed(doc, t)
               and not _people_named_abroad(doc, t, in_sent)]
    # "a memorial to civilians killed in the Battle of Okinawa in Itoman": a place naming a
    # battle of history, when the sentence names another
    in_sent = [t for t in in_sent if not _names_a_battle(doc, t)] or in_sent
    # "tried to march towards the presidential office in Yongsan and sat down on a road in
    # Jongno": the town of a site they headed for, when the sentence names another
    in_sent = [t for t in in_sent if not _site_headed_for(doc, t)] or in_sent
    # "banners with the names of the victims of the Novi Sad canopy collapse": a place naming
    # a disaster, when the sentence names another
    in_sent = [t for t in in_sent if not _names_a_disaster(doc, t)] or in_sent
    # "traders who cross into South Africa protested at the border post in Mahamba": where
    # the people told habitually go, when the sentence names another place
    in_sent = [t for t in in_sent if not _in_a_habit_told(doc, t, trigger)] or in_sent
    # "..., the governor of Moyen-Chari province said": the speaker's province, when the
    # sentence names a place of the act as well
    spoken = [t for t in in_sent if _speakers_jurisdiction(doc, t, trigger) or
              _speakers_place(doc, t, trigger)]
    # ("In Michoacan, residents of villages around Apatzingan said drones hit their homes":
    # those who live there saw it; the region fronted only holds their town)
    homes_told = [t for t in spoken if _home_of_dwellers(doc, t) or _home_of_dwellers(
        doc, t, around=True)]
    if spoken and len(spoken) < len(in_sent) and homes_told and all(
            t in spoken or (t.resolved.feature in ("admin1", "admin2", "country") and
                            all(_within_region(h, t) for h in homes_told))
            for t in in_sent):
        in_sent = homes_told
    elif spoken and len(spoken) < len(in_sent):
        in_sent = [t for t in in_sent if t not in spoken]
    elif spoken and narrative:
        # "..., according to a rights group based in London": a speaker abroad, in a story
        # told elsewhere, says nothing of where the act was
        told = _narrative_place(doc, text, sent, toponyms)
        # (but "Residents of Mwenga said shops had been looted": those who live there saw it)
        if told and all(t.resolved.iso2 != told[0].resolved.iso2 and
                        not _home_of_dwellers(doc, t) for t in spoken):
            in_sent = []
        elif told and all((_speakers_jurisdiction(doc, t, trigger) or
                           _speakers_place(doc, t, trigger)) and
                          told[0].resolved.geonameid != t.resolved.geonameid and
                          _within_region(told[0], t) for t in spoken):
            # "Nine people were detained ..., Seoul police said": the force's city or region
            # holds the district the story is in (also "..., according to a community leader
            # in X territory", the village the story is in lying in it)
            return told
    # "Puntland police arrested seven men in Qardho": the doer's own region names whose force
    # it is, where the act's place is told as well
    # (a town's force yields only to a place within a country: "Mombasa police detained six
    # youths in Kwale", not "The Lyon police prefecture banned the march, citing the attack on
    # Israel")
    doers_region = [t for t in in_sent if _the_doers_body(doc, t, trigger) and (
        t.resolved.feature != "city" or
        any(o is not t and o.resolved.feature not in ("country", "continent")
            for o in in_sent))]
    # (and "Police in Somaliland arrested a journalist in Burao": where the act's own town
    # lies outside the region the force is named by)
    doers_region += [t for t in in_sent if _police_in_a_region(doc, t, trigger) and all(
        o.resolved.feature == "city" and not _within_region(o, t)
        for o in in_sent if o is not t)]
    # (and "Police in Luanda dispersed vendors as they protested in Benfica, detaining nine":
    # the town the act is told in, not the force's)
    doers_region += [t for t in in_sent if t not in doers_region and
                     _police_in_a_region(doc, t, trigger, town=True) and
                     any(o is not t and o.resolved.feature == "city" and
                         _placed_on_the_act(doc, o, trigger) for o in in_sent)]
    if doers_region and len(doers_region) < len(in_sent):
        in_sent = [t for t in in_sent if t not in doers_region]
    if in_sent and narrative and all(_spokesman_elsewhere(doc, t) for t in in_sent) and \
            (_narrative_place(doc, text, sent, toponyms) or
             # (the story's town, told paragraphs before: "Two men were shot dead in Koidu
             # ... A police spokesman in Freetown said")
             any(t.start < sent.start_char and t.entry is not None and t.locates and
                 t.resolved.feature == "city" and
                 t.resolved.geonameid != in_sent[0].resolved.geonameid for t in toponyms)):
        # "A police spokesman in Freetown said officers had fired": the office the story is
        # told from, not the place of the act the story is about
        in_sent = []
    # "seized explosives ..., and the group had been planning attacks in the capital": the
    # place of another clause's plan
    towns_told = [t for t in in_sent if t.resolved.feature == "city"]  # (no speaker's base)
    in_sent = [t for t in in_sent if not _in_another_plan(doc, t, trigger)]
    # "arrested three activists in Zarqa over posts calling for a march to the West Bank",
    # "fired tear gas ... as anger spread over a blast in Gaza": what they were angry about
    if any(not _in_a_grievance(doc, t) for t in in_sent):
        # (not "protesting over fuel prices in X, just outside the capital", the
        # parse hanging the town on the grievance: the town another place gives the bearing of)
        bearing_of = {t.start for t in in_sent for o in in_sent
                      if (m := _BEARING.search(text, max(0, o.start - 40), o.start)) is not None
                      and m.start() == t.end}
        in_sent = [t for t in in_sent if not _in_a_grievance(doc, t) or
                   t.start <= trigger.idx < t.end or t.start in bearing_of]
    # ("were protesting against the detention of Istanbul's mayor": the town whose office was
    # hit, in what they opposed, even with no other place told)
    in_sent = [t for t in in_sent if not (_in_a_grievance(doc, t) and _possessor(doc, t) and
                                          _jurisdiction(doc, t))]
    # "arrested two officials in Nouakchott, accusing them of inciting the unrest in
    # Nouadhibou": where the deed they are accused of was done
    if any(not _in_an_accusation(doc, t, trigger) for t in in_sent):
        # (but "shot dead four civilians accused of collaborating with the army at a market in
        # Dioura, in the Segou region": a region that only addresses the town keeps it)
        in_sent = [t for t in in_sent if not _in_an_accusation(doc, t, trigger) or any(
            _region_level(r) and t.end < r.start and
            _ADDRESS_OF_TOWN.fullmatch(text[t.end:r.start]) for r in in_sent)]
    if not in_sent and towns_told and names_the_town(sent):
        # "arrested four people suspected of preparing an attack on a synagogue in Antwerp
        # during raids in the city": the town the sentence named, told again
        return towns_told[-1:]
    if not in_sent:
        region = _the_region_told_before(doc, trigger, toponyms)
        if region is not None:
            return [region]
        if narrative and homes:
            return homes[:1]
        named_road = _road_named_by_its_towns(doc, trigger, toponyms, text)
        if named_road:
            return named_road
        named_site = _town_naming_a_site(text, sent, toponyms)
        if narrative and named_site:
            return named_site
        return _narrative_place(doc, text, sent, toponyms) if narrative else []
    scope = {tok.idx for tok in own_subtree(trigger)}  # not a clause told beside it
    # "Gunmen killed 12 miners near Gao, and relatives protested in Bamako": a conjoined
    # clause with its own subject is another act
    # (also "In Lilongwe, protesters dispersed peacefully; in Blantyre, police fired tear gas",
    # the first clause misread as the second's complement)
    other_clauses = ("conj",) if trigger.lemma_.lower() in word_classes()["speech"] else \
        ("conj", "ccomp", "parataxis")
    # (not "..., a spokesman said, in one of their largest gains in Kayah state": a report)
    scope -= {x.idx for c in trigger.children if c.dep_ in other_clauses and
              c.pos_ in ("VERB", "AUX") and (c.dep_ == "conj" or
                                             c.lemma_.lower() not in word_classes()["speech"])
              and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for x in c.subtree}
    # "rallied in Abidjan, two days after a clash left a man dead in Dabou": the other act's
    other_acts: set[int] = set()  # in the sentence: clauses of acts before or after this one
    own = {x.i for x in own_subtree(trigger)}
    for link in sent:
        if word(link) in ("as", "while") and link.dep_ == "mark" and \
                link.head.lemma_.lower() in word_classes()["spreading_verbs"] and \
                not any(x.i == trigger.i for x in link.head.subtree):
            # "fired tear gas ..., as anger spread over a blast at a hospital in Gaza": the
            # mood of the time, not the place of the act
            other_acts |= {x.idx for x in link.head.subtree}
            if link.i in own:
                scope -= {x.idx for x in link.head.subtree}
            continue
        if word(link) in ("as", "while") and link.dep_ == "mark" and link.i in own and \
                not any(x.i == trigger.i for x in link.head.subtree) and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and
                    # ("detonated as their patrol passed along a road in Tame": the people the
                    # act befell, where it befell them)
                    not _told_by_their_own(c) for c in link.head.children):
            # "gathered in Amsterdam ..., as Israel began bombing the Gaza Strip": another
            # actor's act beside it, when the act's own clause names its place (not "fired
            # tear gas as protesters marched through Nairobi", nor "exploded as they were
            # clearing land near Phonsavan": the people the act befell)
            aside = {x.idx for x in link.head.subtree}
            if any(t.start in scope and t.start not in aside for t in in_sent):
                other_acts |= aside
                scope -= aside
            continue
        if word(link) in ("as", "while") and link.dep_ == "mark" and link.i not in own and \
                link.head.head.lemma_.lower() in word_classes()["speech"] and \
                not any(x.i == trigger.i for x in link.head.subtree) and \
                any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in link.head.children):
            # "killed ..., the governor said, as Abuja pressed an offensive in the north":
            # another actor's act told beside the report
            other_acts |= {x.idx for x in link.head.subtree}
            continue
        if word(link) not in ("after", "before", "since") or link.dep_ not in ("prep", "mark"):
            continue
        clause = link.head if link.dep_ == "mark" else link
        if link.dep_ == "prep" and link.head.dep_ == "npadvmod" and \
                link.head.head.pos_ == "VERB" and link.head.head.i != trigger.i and \
                not any(x.pos_ == "VERB" for x in link.subtree):
            # ("..., a day after a march in X ended in clashes", the parse hanging the clause's
            # verb on "a day": that clause is the other act)
            clause = link.head.head
        elif clause.i == trigger.i or (link.dep_ == "prep" and
                                       not any(x.pos_ == "VERB" for x in link.subtree)):
            continue
        if any(x.i == trigger.i for x in clause.subtree):
            continue
        acts = {x.idx for x in clause.subtree}
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            other_acts |= acts  # (not "arrested after breaking into a site in X": that scene)
        if link.i in own:
            scope -= acts
    kin_places: set[int] = set()
    for head in participants:
        # (not "Families of captives in Gaza held a rally": where the kin who act have their
        # own, however the parse hangs it; not "detained relatives of a blogger in Abadan")
        kin_of = [k for p in head.children if p.dep_ == "prep" and word(p) == "of"
                  for k in p.children if k.dep_ == "pobj" and names_people(k)] \
            if head.lemma_.lower() in KIN_NOUNS and head.dep_ == "nsubj" else []
        kept_apart = {x.idx for k in ([head] + kin_of if kin_of else [])
                      for c in k.children if c.dep_ == "prep" and word(c) == "in"
                      for x in c.subtree}
        scope |= {tok.idx for tok in head.subtree} - kept_apart
        kin_places |= kept_apart
    in_sent = [t for t in in_sent if t.start not in kin_places]
    # "200 people from Bawku marched through Accra": where they came from is not where;
    # "shells were fired from positions near Saraqib": nor where the fire came from
    # (and "a rocket fired from the Gaza Strip slammed into a house": the launch's origin)
    # (also "a mortar shell fired from Gaza": the phrase the trigger names the weapon in)
    named = trigger.head if trigger.dep_ == "compound" else trigger
    launches = [t for h in (trigger, named, *participants) for t in (*h.subtree, h.head)
                if t.lemma_.lower() in ("fire", "launch") and
                (t.i != h.head.i or h.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    # (also "had crossed the river from Afghanistan and opened fire": where they came from)
    crossed = [trigger.head] if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" else []
    # (also "protesters, many of them from the island of Lamu": where some came from)
    # (or "hundreds of marchers, many from Lamu": the number the people are counted by)
    counted = [h.head.head for h in participants if h.dep_ == "pobj" and word(h.head) == "of"]
    apposed = [c for head in (*participants, *counted) for c in head.children
               if c.dep_ == "appos" or (c.dep_ == "amod" and c.i > head.i and
                                        word(c) in ("many", "most", "some", "several"))]
    # (also "gunmen from two villages, A and B, fought ...", the parse taking the villages'
    # names for a second subject: where they came from)
    named_origins = [s for head in participants for c in head.children
                     if c.dep_ == "prep" and word(c) == "from" and c.right_edge.i + 2 < len(doc)
                     and doc[c.right_edge.i + 1].text == ","
                     for s in head.head.children if s.dep_ == head.dep_ == "nsubj" and
                     s.left_edge.i == c.right_edge.i + 2]
    # (not "took away three teachers from the school in Kaduna": the site they were taken at)
    # (nor "abducted 14 villagers from farmland outside Tsafe": the land they were taken from)
    sites = word_classes()["sited_facility_nouns"] | word_classes()["dwellings"] | \
        word_classes()["surroundings_nouns"]
    taken_at = {c.i for h in (*participants, *apposed) if (
                    (h.dep_ == "dobj" and h.head.i == trigger.i) or
                    (h.dep_ == "appos" and h.head.dep_ == "dobj" and
                     h.head.head.i == trigger.i)) and
                trigger.lemma_.lower() in word_classes()["taking_verbs"]
                for c in h.children if c.dep_ == "prep" and word(c) == "from" and
                any(p.dep_ == "pobj" and p.lemma_.lower() in sites for p in c.children)}
    origins = {tok.idx for head in (*participants, *apposed, trigger, *launches, *crossed)
               for c in head.children
               if c.dep_ == "prep" and word(c) == "from" and c.i not in taken_at and
               not _parts_of_a_place(c) and
               (head.i != trigger.i or trigger.lemma_.lower() in ("fire", "launch") or
                trigger.lemma_.lower() in word_classes()["arrival_verbs"])
               for tok in _before_a_misread_verb(c)}
    origins |= {tok.idx for s in named_origins for tok in s.subtree}
    # "shot dead seven men from Punjab province", the parse hanging the phrase on the verb:
    # where the dead came from
    # (the name alone: not "three farmers from the Alawite minority in Talkalakh")
    if trigger.lemma_.lower() in word_classes()["kill_verbs"] | {"shoot", "stab", "hack"}:
        origins |= {tok.idx for o in trigger.children if o.dep_ == "dobj"
                    for c in trigger.children
                    if c.dep_ == "prep" and word(c) == "from" and c.i == o.right_edge.i + 1
                    for p in c.children if p.dep_ == "pobj"
                    for tok in (p, *p.lefts)}
    # "a cluster bomblet left over from the Vietnam War exploded": the named war it dates from
    origins |= {tok.idx for ent in _event_names(sent) if ent.root.dep_ == "pobj" and
                word(ent.root.head) == "from" for tok in ent}
    # "a Palestinian man from the West Bank stabbed two people ... before a passer-by shot
    # him": where the subject of another clause came from
    people = word_classes()["person"]
    origins |= {tok.idx for n in sent if n.pos_ == "NOUN" and n.dep_ in ("nsubj", "nsubjpass")
                and n.head.i != trigger.i and
                (n.lemma_.lower() in people or n.lemma_.lower() in actor_lexicon())
                for c in n.children if c.dep_ == "prep" and word(c) == "from" and
                not _parts_of_a_place(c)
                for tok in c.subtree}
    # ("detained its three crew members, who police said had come from the Philippines":
    # where those it befell came from)
    arrivals = word_classes()["arrival_verbs"]
    origins |= {tok.idx for v in sent if v.pos_ == "VERB" and v.i != trigger.i and
                v.lemma_.lower() in arrivals and v.dep_ in ("relcl", "ccomp", "acl") and
                v.tag_ in ("VBD", "VBN")
                for c in v.children if c.dep_ == "prep" and word(c) == "from"
                for tok in c.subtree}
    # ("rallied in Vanadzor, led by an archbishop from the Tavush region": whom they followed)
    origins |= {tok.idx for n in sent if n.pos_ == "NOUN" and n.dep_ == "pobj" and
                word(n.head) == "by" and n.head.head.lemma_.lower() == "lead" and
                n.lemma_.lower() in people
                for c in n.children if c.dep_ == "prep" and word(c) == "from"
                for tok in c.subtree}
    # ("fought fighters from the Islamic State's Sahel branch near Tillia": a group named by
    # where it is from, then where it fought, the parse hanging the place on the group)
    # (also "came under fire from armed miners near Dagobert": where the fire met them)
    # (not "fired rockets from positions near Tyre": where they were fired from)
    fired_by = [trigger] if any(
        c.dep_ == "prep" and word(c) == "from" and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in people or o.lemma_.lower() in
                                  word_classes()["armed"] or o.lemma_.lower() in actor_lexicon())
            for o in c.children) for c in trigger.children) else []
    origins -= {tok.idx for head in (*participants, *fired_by) for c in head.children
                if c.dep_ == "prep" and word(c) == "from"
                for p in c.subtree if p.dep_ == "prep" and word(p) in NEAR_WORDS and
                p.head.pos_ != "PROPN" for tok in p.subtree}
    if trigger.idx in origins:
        # "men from two communities fought ... in Lenakel", the act parsed as a clause on the
        # group: the act's own phrases tell where it was
        origins -= {tok.idx for tok in trigger.subtree}
    # "blocked a street to demand the release of hostages held in Gaza": what a protest asks
    # for is not where it is
    aims = {tok.idx for c in trigger.children if _an_aim(c) for tok in c.subtree}
    # "fired rockets in retaliation for an Israeli strike in southern Lebanon": the cause's
    aims |= {tok.idx for c in own_subtree(trigger) if c.dep_ == "prep" and
             c.head.lemma_.lower() in REPRISAL_NOUNS for tok in c.subtree}
    # "entered it under the agreement that ended the war between Israel and Hezbollah": the
    # terms it was done under, not where
    aims |= {tok.idx for c in trigger.children if c.dep_ == "prep" and word(c) == "under"
             and any(o.dep_ == "pobj" and o.lemma_.lower() in PACTS for o in c.children)
             for tok in c.subtree}
    # "blocked the highway ..., causing traffic jams into the capital": where its effects went
    aims |= {tok.idx for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
             c.lemma_.lower() in word_classes()["consequence_verbs"] and
             not any(o.dep_ == "dobj" and word(o) == "fire" for o in c.children)  # "setting fire"
             for tok in c.subtree}
    # "a blockade near Parotani that has cut off the city of Cochabamba": the place it
    # isolated, not its own (when the sentence tells another)
    isolating = word_classes()["isolating_verbs"]
    isolated = {tok.idx for c in trigger.children if c.dep_ in ("relcl", "advcl") and (
        c.lemma_.lower() in isolating or " ".join(
            (c.lemma_.lower(), *(word(p) for p in c.children if p.dep_ == "prt"))) in isolating)
        for o in c.children if o.dep_ == "dobj" for tok in o.subtree}
    if any(t.start not in isolated for t in in_sent):
        aims |= isolated
    # "walked toward the Ginza district demanding a halt to the fighting in Gaza": what the
    # participle hung on where they went asks for (when the sentence tells another place)
    asked = {tok.idx for x in trigger.subtree if x.dep_ == "acl" and x.tag_ == "VBG" and
             x.lemma_.lower() in word_classes()["request_verbs"] and x.head.dep_ == "pobj" and
             x.head.head.head.i == trigger.i for tok in x.subtree}
    if any(t.start not in asked for t in in_sent):
        aims |= asked
    scope -= origins | aims
    # "families from a land dispute in Phnom Penh gathered outside City Hall": the only town
    # the sentence names holds the site it names
    site_town = [t for t in in_sent if t.start in origins and t.resolved.feature == "city"]
    # "Men from the neighbouring villages of A and B fought with machetes": a fight between
    # the people of two places, told by no other place, is at the first of them
    # (also "...; two people were killed": the toll of the fight its clause joins)
    fighting = word_classes()["fight_words"]
    fight = trigger.lemma_.lower() in fighting or any(
        c.dep_ in ("ccomp", "conj") and c.lemma_.lower() in fighting for c in trigger.children) or \
        (trigger.dep_ in ("ccomp", "conj") and trigger.head.lemma_.lower() in fighting)
    home_fight = [t for t in site_town if fight] \
        if all(t.start in origins or t.start in aims for t in in_sent) else []
    in_sent = [t for t in in_sent if t.start not in origins and t.start not in aims]
    if home_fight and not in_sent:
        return home_fight[:1]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            trigger.head.pos_ == "VERB":
        # "a clash ... left one man dead in the town of Dabou": where its verb tells (also
        # "extended the curfew in the town of Bawku")
        scope |= {tok.idx for c in trigger.head.children
                  if c.dep_ == "prep" and word(c) in LOCATIVE_PREPS for tok in c.subtree}
        # "a missile struck a residential area of Odesa": where what it struck was (also "a
        # bomb tore through a bus near Askira")
        if trigger.dep_ == "nsubj":
            scope |= {tok.idx for c in trigger.head.children if c.dep_ == "dobj" or
                      (c.dep_ == "prep" and word(c) in STRUCK_PREPS) for tok in c.subtree}
        # "a device detonated as their patrol passed along a road in Tame": where it befell them
        scope |= {tok.idx for c in trigger.head.children if c.dep_ == "advcl" and
                  any(m.dep_ == "mark" and word(m) in ("as", "while") for m in c.children) and
                  any(_told_by_their_own(s) for s in c.children) for tok in c.subtree}
    # "arrested nine activists after they chained themselves to the gates at Marsden Point":
    # where those held did what they were held for, at once
    scope |= {tok.idx for c in trigger.children if c.dep_ == "advcl" and
              any(m.dep_ == "mark" and word(m) in ("after", "as", "while", "when")
                  for m in c.children) and
              any(s.dep_ == "nsubj" and word(s) in ("they", "he", "she") for s in c.children)
              for tok in c.subtree}
    if _result_clause(trigger):
        # "blew himself up at a camp in Beledweyne, killing four": where the act happened
        # (also "drove a car packed with explosives into a checkpoint near X, killing four")
        holders = [trigger.head, *(a for c in trigger.head.children if c.dep_ == "dobj"
                                   for a in c.children if a.dep_ == "acl")]
        # (and "a bomb tore through a bus near Askira, killing five": where what it hit was)
        scope |= {tok.idx for h in holders for c in h.children
                  if c.dep_ == "prep" and word(c) in STRUCK_PREPS for tok in c.subtree}
        # "attacked Maro, killing five", "ambushed a convoy near Gao, killing two"
        scope |= {tok.idx for c in trigger.head.children if c.dep_ == "dobj"
                  for tok in c.subtree}
    local = [t for t in in_sent if t.start in scope or any(t.start <= i < t.end for i in scope)]
    if not local:
        # "stopped a bus near Turbat, ... and took away six men": one scene, the first
        # verb's place
        local = next((found for sc in _shared_scene(trigger)
                      if (found := [t for t in in_sent if t.start in sc])), [])
    # A country named as a destination or a topic ("a flight to Kenya", "aid for
    # Peru") is not where the event happened.
    on_road = [t for t in local or in_sent if _on_road_between(doc, t)]
    local = [t for t in local if not _destination_or_topic(doc, t)]
    in_sent = [t for t in in_sent if not _destination_or_topic(doc, t)]
    if not in_sent and on_road:
        # "hit a convoy on the road between Dori and Arbinda": on the road, at its first town
        # (not "the highway between Cochabamba and Oruro at Parotani": the place on it)
        in_sent = local = on_road[:1]
    if not in_sent and narrative and len(site_town) == 1 and (
            _names_a_landmark(sent) or _workplace_of_workers(doc, site_town[0])):
        # (also "Traders from Bujumbura's central market sat down ...": where they work)
        return site_town
    # "killing two men whom officials in the Kurdistan region described as PKK members": a
    # place in a clause about a participant yields to one told of the act itself
    # (also "relatives of the miners killed near Gao protested in Bamako")
    # (not "detained 27 people as they cleared protesters who had blocked a road in X": where
    # those met were)
    about_participant = {x.idx for tok in own_subtree(trigger) if tok.head.i != trigger.i and
                         (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ == "VBN"
                          and names_people(tok.head)) and not _of_those_cleared(tok, trigger)
                         for x in tok.subtree}
    # (also "Families of hostages held in Gaza led a rally ... in X": the subject of the verb
    # the act is the object of)
    own_idx = {tok.idx for tok in own_subtree(trigger)}
    about_participant |= {x.idx for head in participants if head.idx not in own_idx
                          for tok in head.subtree if tok.i != head.i and tok.dep_ == "acl" and
                          tok.tag_ == "VBN" and names_people(tok.head) and
                          not any(x.i == trigger.i for x in tok.subtree) for x in tok.subtree}
    told_of_act = [t for t in local if t.start not in about_participant]
    # ("fought a group that crossed from Congo near Rugombo, in Cibitoke province": the
    # region only says where the town lies, so the town it addresses stays)
    # (nor "In Mato Grosso do Sul state, gunmen fired on a camp that had occupied a farm near
    # Caarapo": the state fronted, the town in it told on the target)
    addressed = [t for t in local if t.start in about_participant and any(
        r in told_of_act and _region_level(r) and (
            (t.end < r.start and bool(_ADDRESS_OF_TOWN.fullmatch(text[t.end:r.start]))) or
            (r.resolved.feature == "admin1" and _within_region(t, r))) for r in local)]
    # ("fired on drivers who had blocked a road in Mulenvos, on the outskirts of Luanda": the
    # city only says where its district lies)
    edge_districts = {t.start: r.start for t in local if t.start in about_participant
                      for r in told_of_act if t.end < r.start and
                      _EDGE_OF_TOWN.fullmatch(text, t.end, r.start) and _district_of(t, r)}
    # ("In Lagos, police fired tear gas to disperse protesters gathered at a roundabout in
    # Ikeja": a district of the city told first, the more precise place)
    districts = [t for t in told_of_act if _on_those_met(doc, t, trigger) and any(
        r.start < t.start and _district_of(t, r) and not _on_those_met(doc, r, trigger)
        for r in told_of_act)]
    if districts and all(r in districts or any(_district_of(d, r) for d in districts)
                         for r in told_of_act):
        told_of_act = districts
    if told_of_act and addressed and all(_region_level(t) for t in told_of_act):
        told_of_act = addressed
    elif told_of_act and edge_districts and \
            all(t.start in edge_districts.values() for t in told_of_act):
        told_of_act = [t for t in local if t.start in edge_districts]
    if told_of_act:
        local = told_of_act
    # "signed an agreement in Coban to end a blockade at Chisec": the place of what the act
    # was for yields to the act's own
    holders = [trigger, trigger.head] if trigger.dep_ in ("dobj", "nsubjpass") else [trigger]
    purpose = {x.idx for h in holders for c in h.children if c.dep_ == "advcl" and
               c.tag_ == "VB" and any(a.dep_ == "aux" and word(a) == "to" for a in c.children)
               for x in c.subtree}
    if any(t.start not in purpose and t.resolved.feature not in ("country", "continent")
           for t in local):
        local = [t for t in local if t.start not in purpose]
    if not in_sent:
        region = _the_region_told_before(doc, trigger, toponyms)
        if region is not None:
            return [region]
        return _narrative_place(doc, text, sent, toponyms) if narrative else []
    # "in Jamundí, just south of Cali": a town given as a bearing locates the other one.
    # (not "crossing from Iran near Taftan": a country near a town gives it no bearing)
    bearings = [t for t in local if _BEARING.search(text[max(0, t.start - 40):t.start]) and
                not any(o.resolved.feature == "country" and
                        _NEAR_AFTER_NAME.fullmatch(text, o.end, t.start) for o in in_sent)]
    if bearings and len(bearings) < len(local):
        # (but "south of Rafah in North Sinai": the town is nearer than its region)
        others = [t for t in local if t not in bearings]
        regions = all(_region_level(t) for t in others)
        # (and "fought on Saturday near Banh, in Loroum province": the unit only addresses
        # the town)
        addressing = all(any(_ADDRESS_OF_TOWN.fullmatch(text, b.end, t.start) for b in bearings)
                         for t in others)
        local = bearings if regions or addressing else others
    homes_told = [t for t in local if _home_of_dwellers(doc, t)]
    # (not "residents of X, the main town on the island of Y, held a protest": the land
    # that holds their home)
    # (nor "residents of Plaisance, on the East Coast of Demerara, blocked the road",
    # "residents of Chilenje, in Lusaka, burned tyres": the home's address, where those who
    # live there acted)
    if homes_told and any(t not in homes_told and t.resolved.feature == "city" and
                          not any(h.end < t.start and
                                  _HOME_ADDRESS.fullmatch(text, h.end, t.start) and
                                  _dwellers_did_it(doc, h, trigger)
                                  for h in homes_told) for t in local):
        # "residents of Ouenkoro marched to the prefecture in Bankass": where they went, not
        # where they live
        local = [t for t in local if t not in homes_told]
    if local and all(t.resolved.feature == "admin1" for t in local):
        # "shot down drones over the Kyiv region, and debris damaged a warehouse in Bila
        # Tserkva": the town in the region where what was shot down fell
        fell = [t for t in in_sent if t.resolved.feature == "city" and
                any(t.resolved.iso2 == r.resolved.iso2 for r in local) and
                _where_remains_fell(doc, t, trigger)]
        local = fell[:1] or local
    if local:
        # "blocked a road in Pallabi, in the Mirpur area of Dhaka": the city that only
        # addresses the part told first
        # (and "in Ashulia, in the Savar area of Dhaka": the area too; and "gathered in Ulus,
        # the old centre of Ankara", "Residents of Lokbatan, on the edge of Baku")
        chosen = [t for t in local if not any(
            o.end < t.start and o.resolved.feature == "city" and (
                _ADDRESS_OF_PART.fullmatch(text, o.end, t.start) or
                _EDGE_OF_TOWN.fullmatch(text, o.end, t.start) or
                (re.fullmatch(r",\s*in\s+the\s+", text[o.end:t.start]) and
                 _PART_NOUN_OF.match(text, t.end)))
            for o in local)] or local
    else:
        # The nearest town or region; a country only when the sentence names nothing smaller
        # ("in Zaria, Nigeria": the country qualifies the town).
        pool = [t for t in in_sent if t.resolved.feature not in ("country", "continent")] or in_sent
        # "fired rockets ... after an air strike killed a commander in Gaza": not the place
        # of the other act a clause tells
        # "six bodies had been recovered; a group in Djugu put the toll at eleven": a place
        # told only past a semicolon, in a clause of its own, is no place of the act
        if narrative and (beside := _past_a_semicolon(text, sent, trigger, pool)) and \
                len(beside) == len(pool) and (told := _narrative_place(doc, text, sent, toponyms)):
            return told
        told_apart = [t for t in pool if t.start in other_acts]
        pool = [t for t in pool if t.start not in other_acts]
        if not pool and narrative and names_the_town(sent):
            # "Two days after police shot a student in Mubi, students marched through the
            # town": the town the other act was told in
            towns = [t for t in told_apart if t.resolved.feature == "city"]
            if towns:
                return towns[-1:]
        if not pool:
            return _narrative_place(doc, text, sent, toponyms) if narrative else []
        named_site = _town_naming_a_site(text, sent, toponyms)
        if named_site and all(t.resolved.feature in ("country", "continent") for t in pool):
            # "rockets landed near Bagram airport, where US troops are based": the town the
            # site is called after, not a country named beside it
            return named_site
        # "In Soweto, Johannesburg's sprawling township, residents ...": not the describer
        pool = [t for t in pool if not _describes_another(doc, text, t, pool)
                and not _owns_apposed_part(text, t, pool)] or pool
        # "struck positions in Cukurca district of Hakkari province, ..., destroying shelters":
        # not the region that only addresses the town
        pool = [t for t in pool if not (t.resolved.feature in ("admin1", "admin2") and any(
            o.end < t.start and _UNIT_OF.fullmatch(text[o.end:t.start]) for o in pool))] or pool
        # "supporters in Bonoua, east of Abidjan, ... threw stones": not the town it lies off
        pool = [t for t in pool if not _BEARING.search(text[max(0, t.start - 40):t.start])
                ] or pool
        # "In Chunnakam, in the Jaffna peninsula, mothers held a vigil": not the place that
        # only addresses the one told first
        pool = [t for t in pool if not any(
            o.end < t.start and o.resolved.feature == "city" and
            _ADDRESS_OF_TOWN.fullmatch(text, o.end, t.start) for o in pool)] or pool
        nearest = min(pool, key=lambda t: abs(t.start - trigger.idx))
        if _region_level(nearest):
            # "In Namur, farmers drove tractors to the Walloon parliament": the town in the
            # region, not the region naming what they went to
            nearest = next((t for t in pool if t.resolved.feature == "city" and
                            _within_region(t, nearest)), nearest)
        # "held sit-ins in Fez and Marrakech": events told in the plural, one per place
        plural = trigger.tag_ == "NNS" or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and
                                              c.tag_ == "NNS" and c.pos_ == "NOUN"
                                              for c in trigger.children)
        chosen = _with_its_list(text, nearest, pool) if plural else [nearest]
    # "the Dhaka-Mymensingh highway": places naming a road or a facility are not locations
    # when the clause names one.
    named_things = [t for t in chosen if _names_a_facility(doc, t)]
    # (but "near Bagram airport, where US troops are based": the town before a country)
    if named_things and any(t not in named_things and
                            t.resolved.feature not in ("country", "continent") for t in chosen):
        chosen = [t for t in chosen if t not in named_things]
    elif named_things and narrative and all(_region_level(t) for t in chosen):
        # "The picture was different in Liège. ... outside the Walloon regional government
        # building": the building stands in the town just told, if that town is in the region.
        told = _narrative_place(doc, text, sent, toponyms)
        if told and all(_within_region(told[0], t) for t in chosen):
            return told
    chosen = [_whole_of(text, t, in_sent) for t in chosen]
    described = [t for t in chosen if _describes_another(doc, text, t, chosen)
                 or _owns_apposed_part(text, t, chosen)]
    if described and len(described) < len(chosen):
        chosen = [t for t in chosen if t not in described]
    # "In Patagonia, hooded men set fire to machinery near El Bolson": a name opening the
    # sentence that no gazetteer lists is the area the listed town lies in
    area = [t for t in chosen if not t.resolved.listed and
            re.fullmatch(r"\s*In\s+", text[sent.start_char:t.start])]
    # (also "In Upper Egypt, ... killed in a gunfight near Naga Hammadi": both unlisted, the
    # town told on the act)
    # (not "In Diraz, west of the capital Manama": the town only gives its bearing; nor "In
    # Mamelodi, Pretoria,": the town addresses its part; nor "In Kopay, in the Jaffna
    # peninsula,")
    if area and any(t not in area and t.resolved.feature == "city" and
                    not _BEARING_OF.search(text, max(0, t.start - 40), t.start) and
                    not any(re.fullmatch(r",\s*", text[a.end:t.start]) or
                            _ADDRESS_OF_TOWN.fullmatch(text, a.end, t.start) for a in area)
                    for t in chosen):
        chosen = [t for t in chosen if t not in area]
    # "In Turkana county, gunmen attacked herders near Kakuma": the region the
    # sentence opened in holds the town the act was told at
    fronted_region = [t for t in chosen if t.resolved.feature in ("admin1", "admin2") and
                      FRONTED_IN.fullmatch(text[sent.start_char:t.start]) and
                      _FRONTED_END.match(text, t.end)]
    if fronted_region and any(t.resolved.feature == "city" and
                              t.resolved.iso2 == fronted_region[0].resolved.iso2
                              for t in chosen if t not in fronted_region):
        chosen = [t for t in chosen if t not in fronted_region]
    sub_national = [t for t in chosen if t.resolved.feature not in ("country", "continent")]
    # "In Nairobi, police detained ten hawkers in Mathare township": the part of the town the
    # sentence opened in is the place
    parts = [t for t in sub_national if t.resolved.feature == "city" and
             _TOWN_PART_AFTER.match(text, t.end)]
    if parts:
        sub_national = [t for t in sub_national if not (
            t not in parts and t.resolved.feature == "city" and t.start < parts[0].start and
            FRONTED_IN.fullmatch(text[sent.start_char:t.start]))]
    if sub_national:
        chosen = _most_specific(text, sub_national)
    elif len({t.resolved.geonameid for t in chosen}) > 1:
        chosen = chosen[:1]
    seen: set[int] = set()
    out = []
    for t in chosen:
        if t.resolved.geonameid not in seen:
            seen.add(t.resolved.geonameid)
            out.append(t)
    return out


_PART_OF = re.compile(r"\s+(?:area|district|neighbou?rhood|suburb|quarter|township|sector|"
                      r"commune|ward)s?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
                      # "the Petare district of eastern Caracas"
                      r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?$",
                      re.IGNORECASE)


_HOME_ADDRESS = re.compile(r",\s+(?:(?:on|in|near)\s+the\s+(?:[A-Za-z-]+\s+){0,3}?of\s+|in\s+)?"
                           r"(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?")
_FRONTED_END = re.compile(r"(?:\s+(?:region|province|state|governorate|department|district))?,")
_TOWN_PART_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|suburb|quarter|ward|township)\b",
                              re.IGNORECASE)


_PART_NOUN = re.compile(r"\s+(?:district|neighbou?rhood|suburb|quarter|ward)s?\b", re.IGNORECASE)
PART_MAX_POPULATION = 1_000_000  # "the Kandahar district" names a big town's surroundings


def _past_a_semicolon(text: str, sent: Span, trigger: Token, places: list[Toponym]
                      ) -> list[Toponym]:
    """The places told on the subject of a clause across a semicolon from the trigger ('; a
    group in Djugu put the toll at eleven'), in its sentence."""
    before = text.rfind(";", sent.start_char, trigger.idx)
    after = text.find(";", trigger.idx, sent.end_char)
    start = before + 1 if before >= 0 else sent.start_char
    end = after if after >= 0 else sent.end_char
    # (not "pulled out of Bakouma on Tuesday; soldiers drove in the next day": the act's own)
    doers = [x.idx for s in trigger.sent if s.dep_ == "nsubj" and not start <= s.idx < end
             for x in s.subtree]
    # (not "Youths from two neighbourhoods of Man fought ...; two people were killed": the
    # place the fight was in, whose parts fought)
    return [t for t in places if not start <= t.start < end and t.start in doers and
            not _PARTS_OF_A_PLACE_BEFORE.search(text, max(0, t.start - 30), t.start)]


_PARTS_OF_A_PLACE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(word_classes()["plural_town_parts"])) + r")\s+of\s+$")


def _event_names(sent: Span) -> list[Span]:
    """The tagger's named events in the sentence, read from its own tokens (a Span's `ents`
    walks the whole document's, which would make long articles quadratic)."""
    out, start = [], None
    for tok in sent:
        if start is not None and tok.ent_iob_ != "I":
            out.append(sent.doc[start:tok.i])
            start = None
        if tok.ent_iob_ == "B" and tok.ent_type_ == "EVENT":
            start = tok.i
    if start is not None:
        out.append(sent.doc[start:sent.end])
    return out


def _where_remains_fell(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """Whether the place is told in a clause joined to the trigger's whose subject is the
    debris of what was shot down ('..., and debris damaged a warehouse in Bila Tserkva')."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None) \
        if span is not None else None
    return verb is not None and verb.dep_ == "conj" and verb.head.i == trigger.i and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in word_classes()["falling_remains"]
        for c in verb.children)


def _shared_scene(trigger: Token) -> list[set[int]]:
    """The character offsets of the place phrases of the verbs a conjoined verb shares its
    subject with, nearest first ('stopped a bus near X and took away six men')."""
    out = []
    cur = trigger
    for _ in range(3):
        if cur.dep_ != "conj" or cur.head.pos_ != "VERB" or cur.pos_ != "VERB" or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
        cur = cur.head
        out.append({tok.idx for c in cur.children
                    if c.dep_ == "prep" and word(c) in LOCATIVE_PREPS for tok in c.subtree})
    return out


def _told_by_their_own(subject: Token) -> bool:
    """'their patrol', 'his car': a subject told as the victims' own, when it is a subject."""
    return subject.dep_ in ("nsubj", "nsubjpass") and \
        any(p.dep_ == "poss" and p.pos_ == "PRON" for p in subject.children)


def _result_clause(trigger: Token) -> bool:
    """'..., killing four': a subjectless participle telling what the act it hangs on did."""
    return trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "conj") and \
        trigger.head.pos_ == "VERB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


def _part_name(text: str, top: Toponym) -> bool:
    """'in the Dniprovskyi district': a part of the town the story is in, whose name a small
    town elsewhere may share; the town being told about is the place (not "the Kalbajar
    district", the unit whose seat is the town of that name)."""
    part = _PART_NOUN.match(text, top.end)
    # (an unlisted name placed in a region, "the Tishkan district of Badakhshan", is its own unit)
    return top.entry is not None and top.resolved.feature == "city" and \
        (top.resolved.listed or top.resolved.geonameid > 0) and \
        top.resolved.population < PART_MAX_POPULATION and \
        text[max(0, top.start - 4):top.start].lower() == "the " and \
        part is not None and not _PART_OF.match(text, top.end) and \
        not _seat_of_its_namesake(top) and not _LIES_OFF.match(text, part.end()) and \
        not _OF_A_REGION.match(text, top.end)


def _told_as_a_part_of_a_city(text: str, top: Toponym, toponyms: list[Toponym]) -> bool:
    """'the Dubrava district of the capital': a name told as a part of a city after it."""
    return any(o.start > top.end and o.entry is not None and o.resolved.feature == "city" and
               _UNIT_OF_A_CITY.fullmatch(text, top.end, o.start)
               for o in within(toponyms, top.end, top.end + PART_OF_A_CITY_REACH))


PART_OF_A_CITY_REACH = 40  # characters from a part's name to its city's
PART_RETOLD_REACH = 3000  # characters back a part told with its city may be told again
_UNIT_OF_A_CITY = re.compile(_TOWN_PART_AFTER.pattern + r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "the Şemdinli district of Hakkari province": a district of a region, not of a town
_OF_A_REGION = re.compile(r"\s+district\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
                          r"(?:province|region|state|governorate|county|department|oblast)\b")


# "the Hawija district west of Kirkuk": a district told by its bearing lies outside the town
_LIES_OFF = re.compile(r",?\s+(?:just\s+|some\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                       r"(?:ern)?\s+of\b", re.IGNORECASE)


def _seat_of_its_namesake(top: Toponym) -> bool:
    """Whether the town is the seat of a unit the same name also names (Kalbajar, of the
    Kəlbəcər district)."""
    town = top.resolved
    return any(c.feature in ("admin1", "admin2") and c.iso2 == town.iso2 and
               c.name in (town.admin1, town.admin2) for c in gazetteer.load().lookup(top.text))


def _whole_of(text: str, top: Toponym, in_sent: list[Toponym]) -> Toponym:
    """'the Sydenham area of Durban', 'the Dniprovskyi district of Kherson': the town the part
    belongs to is the place (a district's name is often a town's elsewhere)."""
    for other in in_sent:
        if other.start > top.end and other.resolved.feature == "city" and \
                _PART_OF.fullmatch(text[top.end:other.start]):
            return other
    return top


_BEARING = re.compile(r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                      r"(?:the\s+)?|,\s*(?:just\s+)?(?:near|outside|close\s+to|on\s+the\s+"
                      r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
                      r"(?:outskirts|edge)\s+of|across\s+the\s+(?:river|border|bay|lake|"
                      # ("across the Nile from Khartoum": a named water between)
                      r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:river|lake|bay))?)\s+"
                      r"from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:(?:city|town|capital)\s+of\s+)?"
                      # "the village of Tudun Wada near Gusau": a named place, then its bearing
                      # (not "fought on Saturday near Banh": a day, no place)
                      r"|\b(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
                      r"(?-i:[A-Z])[\w'’-]+\s+(?:just\s+)?(?:near|on\s+the\s+(?:outskirts|edge)"
                      r"\s+of)\s+(?:the\s+)?"
                      r"(?:(?:city|town|capital)\s+of\s+)?)$", re.IGNORECASE)
_NEAR_AFTER_NAME = re.compile(r"\s+(?:just\s+)?near\s+(?:the\s+)?")
_BEARING_OF = re.compile(r"(?i)\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b")
_LIST_GLUE = re.compile(r"\s*(?:,|and|or|, and|, or|&)\s*")


def _with_its_list(text: str, top: Toponym, pool: list[Toponym]) -> list[Toponym]:
    """'in Fez and Marrakech': the places listed with the chosen one, in text order."""
    ordered = sorted(pool, key=lambda t: t.start)
    i = ordered.index(top)
    lo = hi = i
    while lo > 0 and _LIST_GLUE.fullmatch(text[ordered[lo - 1].end:ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _LIST_GLUE.fullmatch(text[ordered[hi].end:
                                                                ordered[hi + 1].start]):
        hi += 1
    return ordered[lo:hi + 1]


def _names_a_facility(doc: Doc, top: Toponym) -> bool:
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    classes = word_classes()
    while head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "NOUN":
            if head.lemma_.lower() in classes["route"] | classes["facility"] or (
                    head.dep_ == "pobj" and head.lemma_.lower() in ("gate", "checkpoint")):
                return True
            if head.dep_ != "compound":  # ("the Lekki toll gate": through to the gate)
                return False
    return False


_UNIT_OF = re.compile(r"\s+(?:district|county|municipality|commune|department)\s+of\s+(?:the\s+)?|"
                      r",\s*(?:in|of)\s+(?:the\s+)?")
# (also "In Burri, in eastern Khartoum,": the part told by its side of the town)
_ADDRESS_OF_TOWN = re.compile(r",\s*(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)"
                              r"(?:-?(?:east|west))?(?:ern)?\s+)?")
# (", in the Mirpur area of", ", the old centre of", ", a district of")
_ADDRESS_OF_PART = re.compile(rf",\s*(?:in\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+){{1,3}}|"
                              rf"(?:the|a)\s+(?:[a-z-]+\s+){{0,2}}){PART_NOUNS}"
                              r"\s+of\s+(?:the\s+)?")
_PART_NOUN_OF = re.compile(rf"\s+{PART_NOUNS}\s+of\b")
_EDGE_OF_TOWN = re.compile(r",\s*(?:on|in)\s+the\s+(?:[a-z-]+\s+)?(?:outskirts|edge|fringes)"
                           r"\s+of\s+")


def _dwellers_did_it(doc: Doc, home: Toponym, trigger: Token) -> bool:
    """Whether the people of the home ('residents of X') are the subject of the act."""
    root = _phrase_root(doc, home)
    dwellers = root.head.head if root is not None and root.dep_ == "pobj" else None
    verbs = {trigger.i, *(c.i for c in trigger.conjuncts)}
    return dwellers is not None and dwellers.dep_ == "nsubj" and dwellers.head.i in verbs


def _region_level(top: Toponym) -> bool:
    """A first-level region or a country (also a town told as its region: 'in the Belgorod
    region', the gazetteer knowing only the town)."""
    return top.resolved.feature in ("admin1", "country") or \
        (top.resolved.feature == "city" and top.cue == "admin1")


def _on_those_met(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """Whether the place is told in a clause on the people the act was done to ('protesters
    gathered at a roundabout in Ikeja')."""
    root = _phrase_root(doc, top)
    # (the act's verb: "used tear gas to scatter students", the gas its object)
    act = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj") \
        else trigger
    # (also "to disperse protesters gathered at ...", read as a clause with its own subject)
    return root is not None and any(
        a.tag_ in ("VBN", "VBD") and a.i != act.i and
        any(h.i == act.i for h in a.ancestors) and (
            (a.dep_ in ("relcl", "acl") and names_people(a.head)) or
            (a.dep_ == "ccomp" and any(c.dep_ == "nsubj" and names_people(c)
                                       for c in a.children)))
        for a in root.ancestors)


DISTRICT_REACH_KM = 20  # how far from a city's point a town of its region may be one of its parts


def _district_of(part: Toponym, city: Toponym) -> bool:
    """Whether a listed town lies within a larger city's reach, in its region: a district."""
    inner, outer = part.resolved, city.resolved
    if inner.latitude is None or inner.longitude is None or outer.latitude is None or \
            outer.longitude is None:
        return False
    return inner.feature == outer.feature == "city" and inner.iso2 == outer.iso2 and \
        inner.admin1 == outer.admin1 and inner.geonameid != outer.geonameid and \
        (inner.population or 0) < (outer.population or 0) and \
        gazetteer.distance_km(inner.latitude, inner.longitude, outer.latitude,
                              outer.longitude) <= DISTRICT_REACH_KM


def _within_region(town: Toponym, region: Toponym) -> bool:
    """Whether a town lies in a first-level division or a country (by the gazetteer)."""
    inner, outer = town.resolved, region.resolved
    if inner.iso2 != outer.iso2 or inner.feature in ("admin1", "country"):
        return False
    # (two names the gazetteer lacks, neither's unit known, lie in no unit told)
    return outer.feature == "country" or (inner.admin1 is not None and
                                          inner.admin1 == outer.admin1)


def _an_aim(clause: Token) -> bool:
    """'to demand the release of ...', 'calling for ...': a clause telling what is sought."""
    return clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in PROTEST_AIMS and (
        clause.tag_ == "VBG" or any(a.dep_ == "aux" and word(a) == "to" for a in clause.children))


def _in_an_aim(doc: Doc, top: Toponym) -> bool:
    """Whether a place is named inside a clause telling what is sought."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and any(_an_aim(a) for a in span.root.ancestors)


def _in_another_plan(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """Whether a place is named in a clause of what someone planned or intended, which the
    event's trigger is not part of."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    # (not "tried to block the gate in X": done there)
    trigger_line = {trigger.i, *(a.i for a in trigger.ancestors)}
    for a in span.root.ancestors:
        if a.i in trigger_line:
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in INTENTIONS:
            # (not "banned a march that had been planned in Rabat": the act's own object)
            return not (a.dep_ in ("relcl", "acl") and
                        any(x.i == trigger.i for x in a.ancestors))
    return False


# what someone planned, or meant to avert ("moved there to avoid further clashes in the capital")
INTENTIONS = word_classes()["planning_verbs"] | word_classes()["averting_verbs"]
REGION_NOUNS = frozenset(word_classes()["region_unit_nouns"])
REGION_LOOKBACK_CHARS = 1500


def _region_named(top: Toponym) -> bool:
    """Whether the place is a region, or a town that names its region ('Totonicapán')."""
    entry = top.resolved
    return entry.feature in ("admin1", "admin2") or (entry.feature == "city" and any(
        e.feature in ("admin1", "admin2") and e.iso2 == entry.iso2
        for e in gazetteer.load().lookup(top.text)))


def _the_region_told_before(doc: Doc, trigger: Token, toponyms: list[Toponym]
                            ) -> Toponym | None:
    """'Indigenous authorities from Totonicapán blocked roads in the department': a region the
    act is told in only by its unit noun is the one named last (or the town naming it); for
    an order, the town told just before, whose unit it covers."""
    town_told = trigger.lemma_.lower() in word_classes()["decree_verbs"]
    # (the sentence's: "..., the start of an indefinite protest" shares its clause's place)
    noun = next((t for t in trigger.sent if t.dep_ == "pobj" and
                 word(t.head) in ("in", "across", "throughout") and
                 t.lemma_.lower() in REGION_NOUNS and
                 [word(c) for c in t.children] == ["the"]), None)
    if noun is None or _on_the_speaker(noun, trigger):
        return None  # (not "..., according to an officer in the district": the teller's)
    sent = noun.sent
    told_just_before = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for t in reversed(within(toponyms, max(0, noun.idx - REGION_LOOKBACK_CHARS), noun.idx)):
        if t.entry is None or not t.locates:
            continue
        if _region_named(t):
            return t
        if town_told and t.resolved.feature == "city" and t.start >= told_just_before:
            # ("In Arrah, young men burned tyres ... The prefect banned all gatherings in the
            # department": the unit of the town just told, coded at the town)
            return t
    return None


def _spokesman_elsewhere(doc: Doc, top: Toponym) -> bool:
    """Whether the place is where an official spokesperson speaks from ('a police spokesman in
    Freetown said')."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and any(a.lemma_.lower() in word_classes()["spokespeople"]
                                    for a in list(span.root.ancestors)[:3])


def _the_doers_body(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """'Puntland police arrested ...', 'Lagos police arrested ...': a region or town naming
    the state body that is the act's subject."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and top.resolved.feature in ("admin1", "admin2", "city") and \
        span.root.dep_ == "compound" and span.root.head.dep_ == "nsubj" and \
        span.root.head.head.i == trigger.i and _jurisdiction(doc, top)


def _police_in_a_region(doc: Doc, top: Toponym, trigger: Token, town: bool = False) -> bool:
    """'Police in Somaliland arrested ...': a region (with `town`, a town too) the act's subject,
    a state body, is told to be in (with `town`, also the subject of a verb the act's clause
    hangs on: 'Police in Luanda dispersed ..., detaining nine')."""
    root = _phrase_root(doc, top)  # (also "Authorities in Prey Veng province")
    if root is None or top.resolved.feature not in (("city", "admin1", "admin2") if town else
                                                    ("admin1", "admin2")):
        return False
    body = root.head.head
    return root.dep_ == "pobj" and word(root.head) == "in" and \
        body.dep_ == "nsubj" and actor_kind(body.lemma_.lower()) == "state" and (
            body.head.i == trigger.i or
            (town and any(a.i == body.head.i for a in trigger.ancestors)))


def _placed_on_the_act(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """'arrested five men in Z', 'dispersed vendors as they protested in Z', 'fired at residents
    of Z': a place hung on the act (or its object), on the verb it hangs on, or on a clause of
    the same time ('as', 'while', 'when') joined to either, or the home of those it met."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    people = span.root.head.head
    if word(span.root.head) == "of" and people.lemma_.lower() in word_classes()["dwellers"]:
        # ("fired tear gas at residents of Kroo Bay": the home of those the act met)
        met = people.head.head if people.dep_ == "pobj" else people.head
        return people.dep_ in ("pobj", "dobj") and met.i == trigger.i
    if word(span.root.head) not in ("in", "at"):
        return False
    verb, acts = span.root.head.head, (trigger.i, trigger.head.i)
    if verb.dep_ == "dobj":
        verb = verb.head  # "pulled down forty houses at Neak Loeung"
    elif verb.dep_ == "pobj" and word(verb.head) in ("at", "outside") and \
            verb.lemma_.lower() in word_classes()["sited_facility_nouns"]:
        verb = verb.head.head  # "detained four leaders at their office in Sica"
    return verb.i in acts or (verb.dep_ == "advcl" and verb.head.i in acts and any(
        c.dep_ in ("mark", "advmod") and word(c) in ("as", "while", "when")
        for c in verb.children))


def _speakers_jurisdiction(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """'the governor of Kano said': the place an official who tells of the act governs."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or not _jurisdiction(doc, top):
        return False
    after = span.end
    # (past "province" and the body itself: "Seoul police said")
    while after < len(doc) and (word(doc[after]) in _cues()["feature_nouns"] or (
            doc[after].pos_ == "NOUN" and actor_kind(doc[after].lemma_.lower()) == "state")):
        after += 1
    # (the parse may hang the title anywhere: the speech verb right after it tells)
    return after < len(doc) and after != trigger.i and doc[after].pos_ == "VERB" and \
        doc[after].lemma_.lower() in word_classes()["speech"]


def _speakers_place(doc: Doc, top: Toponym, trigger: Token | None) -> bool:
    """'according to a military source in Bossangoa', 'a resident in Goma said': where the
    one telling of the act is, not where the act happened."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    capital = top.entry is not None and gazetteer.load().is_capital(top.resolved)
    return _on_the_speaker(span.root, trigger, capital)


def _on_the_speaker(tok: Token, trigger: Token | None, capital: bool = False) -> bool:
    """Whether the word lies in the phrase of the one telling of the act ('according to an
    officer in the district', 'a resident in Goma said')."""
    path = []
    for a in tok.ancestors:
        if (trigger is not None and a.i == trigger.i) or (
                a.pos_ == "VERB" and a.dep_ == "acl" and
                a.lemma_.lower() not in word_classes()["seated_participles"]):
            # ("men from two communities fought ... in Lenakel, police said", the act parsed as
            # a clause on the speakers: a place of that verb is where it was done; but "a group
            # based in London said": where the speaker sits)
            break
        path.append(a)
    # (also "the defence ministry in Baku said": a national office, in the capital)
    return any(word(a) == "according" for a in path) or any(
        a.dep_ == "nsubj" and a.head.lemma_.lower() in word_classes()["speech"] and
        (trigger is None or a.head.i != trigger.i) and
        (actor_kind(a.lemma_.lower()) in ("civilians", None) or (
            a.lemma_.lower() in ("ministry", "government", "presidency") and capital))
        for a in path)


def _title_of(span: Span) -> Token | None:
    """The noun a place is 'of' ('the governor of Kano', 'the mayor of X province')."""
    root = span.root
    if root.dep_ == "compound" and word(root.head) in _cues()["feature_nouns"]:
        root = root.head  # "the governor of Moyen-Chari province"
    if root.dep_ != "pobj" or word(root.head) != "of":
        return None
    return root.head.head


def _jurisdiction(doc: Doc, top: Toponym) -> bool:
    """'the mayor of Dumbéa', 'the governor of Kano', 'the Rome police': a town's or a
    region's official body acts there, unlike 'rebels from Goma'."""
    if top.resolved.feature in ("country", "continent"):
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    head = _title_of(span)
    if head is None and span.root.dep_ == "poss" and span.root.head.pos_ == "NOUN":
        head = span.root.head  # "Istanbul's governor"
    if head is None and span.root.dep_ == "compound":
        # "the Rome police headquarters", "Kano state police": a town's own state body (also
        # "the Rome governor's office")
        return any(t.i != span.root.i and
                   t.dep_ in ("compound", "nsubj", "nsubjpass", "dobj", "poss")
                   and actor_kind(t.lemma_.lower()) == "state"
                   for t in (span.root.head, *span.root.head.children))
    if head is None or any(word(c) in ("former", "ex", "ex-") for c in head.lefts):
        return False  # (not "a former governor of Wajir": no office there now)
    titled = " ".join([word(c) for c in head.lefts if c.dep_ in ("amod", "compound")] +
                      [head.lemma_.lower()])  # "the regional commissioner of Dar es Salaam"
    official = actor_lexicon().get(head.lemma_.lower()) or actor_lexicon().get(titled)
    return official is not None and official["kind"] == "state"


def _origin_of_a_thing(doc: Doc, top: Toponym) -> bool:
    """'crates of fruit from Iran': a place told as where a thing came from."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and word(span.root.head) == "from" and \
        span.root.head.head.pos_ == "NOUN" and span.root.head.head.lemma_.lower() not in \
        word_classes()["person"]


def _located_by_holder(doc: Doc, top: Toponym) -> bool:
    """Whether the noun the place is 'of' locates it: 'residents of Diepsloot' act where they
    live; 'the town of Koui' is the place itself, taken or attacked."""
    if top.resolved.feature in ("country", "continent"):
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or word(span.root.head) != "of":
        return False
    holder_word = span.root.head.head
    if holder_word.pos_ == "PROPN" and holder_word.dep_ == "pobj" and \
            holder_word.head.head.pos_ == "PROPN":
        # "the Front for the Liberation of the Enclave of Cabinda": a word of a longer name
        # (not "at the Port of Newcastle", a place named so)
        return False
    holder = span.root.head.head.lemma_.lower()
    if holder in _cues()["feature_nouns"] or holder in word_classes()["town_edge_nouns"] or \
            holder in word_classes()["settlement_nouns"] or holder in word_classes()["control"]:
        # "recaptured the town of Koui", "shelled the outskirts of Kfar Kila", "retook the
        # island of X", "seized control of X"
        return True
    if holder in ("supporter", "follower", "backer", "sympathiser", "sympathizer"):
        return False  # "supporters of the Tavush for the Homeland movement": whom they back
    people = actor_lexicon().get(holder)
    return people is not None and people["kind"] in ("civilians", "protesters", "rioters")


def _possessor(doc: Doc, top: Toponym) -> bool:
    """'Istanbul's mayor': a place told in the possessive."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"


def _owner(doc: Doc, top: Toponym) -> bool:
    """A place in the possessive that only says whose something is ("Russia's defence
    ministry", "a landfill for Moscow's rubbish"), not where anything happened: always so for
    a country; for a town unless what it owns is a place in it ("Kampala's Kawempe suburb",
    "Nairobi's main market")."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    ruled = span.root.head if span is not None and span.root.dep_ == "compound" else None
    if ruled is not None and ruled.lemma_.lower() in word_classes()["rule_nouns"] and \
            ruled.dep_ == "pobj" and word(ruled.head) not in SITE_PREPS:
        # "armed groups loyal to the Tripoli government": whose rule, not where (but "outside
        # the Taichung city government": its seat; and "the Multan administration banned":
        # where its order holds)
        return True
    if span is None or span.root.dep_ != "poss":
        return False
    if top.resolved.feature in ("country", "continent"):
        return True
    owned = span.root.head
    if _jurisdiction(doc, top):
        return False  # "Istanbul's governor banned demonstrations": the town's office acts there
    # ("Graz's main square holding candles", the square parsed as a modifier: the words right
    # after the possessive name what is owned)
    named = [word(t) for t in doc[span.end:min(span.end + 4, owned.i + 1)]]
    # (nor "Belize City's Southside", a named part the tagger read as a common noun)
    return owned.pos_ == "NOUN" and owned.lemma_.lower() not in OWNED_PLACES and \
        word(owned) not in OWNED_PLACES and not any(w in OWNED_PLACES for w in named) and \
        not (owned.i == span.end + 1 and owned.text[:1].isupper())


SITE_PREPS = frozenset(word_classes()["site_preps"])  # "outside the city government": its seat
_ROUTE_FAR_END = re.compile(r"(?i)\b(?:road|highway|motorway|route|railway|rail\s+line|corridor|"
                            r"pipeline)s?\s+(?:linking|connecting|between|from)\s+(?:the\s+)?"
                            r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:with|and|to)\s+(?:the\s+)?$")


_BASED_IN = re.compile(r"(?i)\b(?:based|headquartered)\s+in\s+(?:the\s+)?$")
# (also "at the Kuala Lurah crossing into Sarawak": the land on the crossing's far side)
_ROUTE_TO = re.compile(r"(?i)\b(?:(?:road|highway|motorway|route|railway|rail\s+line)s?\s+"
                       r"(?:leading\s+|running\s+)?(?:to|towards)|(?:crossing|border\s+post)s?\s+"
                       r"(?:to|towards|into))\s+(?:the\s+)?$")


_ROUTE_INTO = re.compile(r"(?i)\b(?:road|highway|motorway|route)s?\s+into\s+$")
_AT_A_SITE_AFTER = re.compile(r"\s+(?:at|near)\s+(?:the\s+)?(?-i:[A-Z])")
_AT_THE_END = re.compile(r"\s+(?:border\s+)?(?:crossing|port|bridge|checkpoint|terminal|"
                        r"airport|post|mine|plant|refinery)\b", re.IGNORECASE)


def _road_leads_to(text: str, top: Toponym) -> bool:
    """'blocking the main highway to Santa Cruz': the town a road leads to (not 'the road to the
    Dorohusk border crossing', blocked at the crossing); 'the main highway into Jerusalem at
    Telz Stone': so told only with where on the road."""
    before = max(0, top.start - 40)
    return top.resolved.feature not in ("country", "continent") and \
        (bool(_ROUTE_TO.search(text, before, top.start)) or
         (bool(_ROUTE_INTO.search(text, before, top.start)) and
          bool(_AT_A_SITE_AFTER.match(text, top.end)))) and \
        not _AT_THE_END.match(text, top.end)


def _road_named_by_its_towns(doc: Doc, trigger: Token, toponyms: list[Toponym],
                             text: str) -> list[Toponym]:
    """'blocked the Kano-Zaria road': the act's road, at its first town (as 'the road between
    Kano and Zaria'), when the sentence names no other place."""
    own = {tok.idx for tok in own_subtree(trigger)}
    sent = trigger.sent
    return [t for t in within(toponyms, sent.start_char, sent.end_char)
            if t.entry is not None and not t.adjectival and t.start in own and
            t.resolved.feature not in ("country", "continent") and
            _ROAD_OF_TOWNS.match(text, t.end)][:1]


_ROAD_WORDS = "|".join(word_classes()["roads_between_towns"])
# "the Kano-Zaria road": the first town ends with the dash, the second with the road's noun
_NAMED_ROAD_START = re.compile(r"\b[A-Z][\w'’]*[-–]$")
_NAMED_ROAD_END = re.compile(rf"\s+(?:{_ROAD_WORDS})\b")
_ROAD_OF_TOWNS = re.compile(rf"[-–][A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:{_ROAD_WORDS})\b")


def _far_end(text: str, top: Toponym) -> bool:
    """'the highway linking Colón with Panama City', 'the Kano-Katsina road': the road's other
    end."""
    return bool(_ROUTE_FAR_END.search(text[max(0, top.start - 90):top.start])) or (
        bool(_NAMED_ROAD_START.search(text[max(0, top.start - 40):top.start])) and
        bool(_NAMED_ROAD_END.match(text, top.end)))


_WHERE_IT_LIES = re.compile(r",\s*(?:on|in)\s+the\s+(?:[\w-]+\s+){0,2}(?:island|region|province|"
                            r"state|prefecture|district|county|department|governorate)\s+of",
                            re.IGNORECASE)


_KIND_OF_THE_NEXT = re.compile(r"\s+(?:city|town|village|port)\s+of\s+(?:the\s+)?")


def _describes_another(doc: Doc, text: str, top: Toponym, places: list[Toponym]) -> bool:
    """'in Khorog, the main town of the Gorno-Badakhshan region': a place named in the
    description of another place locates that place, not a second event."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    kind_of = _KIND_OF_THE_NEXT.match(text, top.end)
    if kind_of is not None and any(o.start == kind_of.end() for o in places):
        return True  # "the southern Gaza city of Khan Younis": the town, in the area named
    heads = set()
    for other in places:
        o = doc.char_span(other.start, other.end, alignment_mode="expand")
        if o is not None and other is not top:
            heads.add(o.root.i)
            if o.end <= span.start and _WHERE_IT_LIES.fullmatch(doc[o.end:span.start].text):
                return True  # "in Nago, on the southern island of Okinawa"
    cur = span.root
    while cur.head.i != cur.i:
        # (a description has its article: "the main town", "its capital"; not "In Rajasthan,
        # stone-throwing ... in Bhilwara", an act the parse hung on the place)
        if cur.dep_ == "appos" and cur.head.i in heads and \
                any(c.dep_ in ("det", "poss") for c in cur.children):
            return True
        cur = cur.head
    return False


def _owns_apposed_part(text: str, top: Toponym, places: list[Toponym]) -> bool:
    """'Soweto, Johannesburg's sprawling township': the owner of a part named beside another
    place says where that place is (a text test, as the parse often misreads it)."""
    return any(o.end < top.start and re.fullmatch(r",\s*", text[o.end:top.start])
               for o in places) and bool(_OWNED_PART.match(text, top.end))


QUARTERED_CITY_POPULATION = 100_000  # a city this large is told with its quarters
_DWELLERS_OF = re.compile(r"\b(?:residents|inhabitants|villagers|people|families|youths)\s+"
                          r"(?:of|from)\s+$")
_IN_THE_CITY = re.compile(r",\s+in\s+(?:the\s+)?")  # "in Coche, in the capital"
_QUALIFIER_GLUE = re.compile(r"(?:,\s*(?:in\s+|on\s+(?=the\s+island\s+of\s))?|\s+in\s+)(?:the\s+)?"
                             r"(?:island\s+of\s+)?"
                             r"(?:(?:north|south|east|west|central)"
                             r"(?:-?(?:east|west))?(?:ern)?\s+)?(?:(?:state|province|region|"
                             r"department|district|governorate|county)\s+of\s+)?",
                             re.IGNORECASE)


@lru_cache(maxsize=1)
def _land_near() -> re.Pattern[str]:
    """' forest near ', ' hills outside the town of ': land told by a town it lies near."""
    land = "|".join(map(re.escape, _cues()["natural_features"]))
    return re.compile(rf"\s+(?:{land})\s+(?:just\s+)?(?:near|outside|close\s+to)\s+(?:the\s+)?"
                      r"(?:(?:city|town|village)\s+of\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _facility_in() -> re.Pattern[str]:
    """' barracks in ', ' market of the town of ': a facility named after a place, told with
    the town it is in."""
    heads = "|".join(map(re.escape, _cues()["facility_cues"]))
    return re.compile(rf"\s+(?:{heads})s?\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town|capital)"
                      r"\s+of\s+)?", re.IGNORECASE)


_ACROSS_WITH_A_PART = re.compile(r"(?i)\bacross\s+(?:the\s+)?$")
_PART_COUNTED = re.compile(r"(?i)[^.;]*?\bincluding\s+(?:at\s+least\s+)?(?:\d+|[a-z]+)\s+"
                           r"(?:in|at)\b")


def spread_with_a_part(text: str, region: Toponym) -> bool:
    """'killed 19 people across Idlib province, including seven in Saraqib': a region told as
    the spread of an act a part of which is told at a town in it; the region is a place of its
    own (the rest), not the town's container."""
    return bool(_ACROSS_WITH_A_PART.search(text[max(0, region.start - 20):region.start]) and
                _PART_COUNTED.match(text, region.end))


def _most_specific(text: str, places: list[Toponym]) -> list[Toponym]:
    """'Gusau, in Zamfara state': the town is the place; the region only contains it. A region
    told right after a town ('in Beit Lahia, in the northern Gaza Strip') qualifies it even
    where the gazetteer files the town under another first-level division."""
    def contains_another(t: Toponym) -> bool:
        region = t.resolved
        if spread_with_a_part(text, t):
            return False
        # (also "the village of Tetkino in Kursk region", the gazetteer knowing only the town
        # of Kursk: the region the word names)
        told_as_region = region.feature == "city" and t.cue in ("admin1", "admin2")
        # ("at Buulo Mareer, in Lower Shabelle": a name the gazetteer lacks, set after a
        # place the gazetteer lacks too as its address)
        if not region.listed and any(
                o is not t and not o.resolved.listed and o.end < t.start and
                text.startswith((", in ", ", on the island of "), o.end) and
                _QUALIFIER_GLUE.fullmatch(text[o.end:t.start])
                for o in places):
            return True
        # ("the town of Mertule Mariam in East Gojjam": a name the gazetteer lacks, set after a
        # listed town as its address)
        if not region.listed and any(
                o is not t and o.resolved.listed and o.resolved.feature == "city" and
                o.end < t.start and _QUALIFIER_GLUE.fullmatch(text[o.end:t.start])
                for o in places):
            return True
        return (region.feature.startswith("admin") or told_as_region) and any(
            o is not t and o.resolved.feature in ("city", "admin2") and
            o.resolved.iso2 == region.iso2 and (
                o.resolved.admin1 == region.admin1 or
                (o.end < t.start and bool(_QUALIFIER_GLUE.fullmatch(text[o.end:t.start]))))
            for o in places)

    def addresses_another(t: Toponym) -> bool:
        # "In Alexandra, Johannesburg, men beat ...": a town of the region set after a place
        # as its address (not "in Arequipa, Cusco and Puno" nor "in Soweto, Alexandra, ...")
        # (also "at the Langata barracks in Nairobi": the town a named facility is in)
        return holds_a_quarter(t) or t.resolved.feature == "city" and any(
            o is not t and (o.resolved.iso2, o.resolved.admin1) ==
            (t.resolved.iso2, t.resolved.admin1) and (
                (o.end + 2 == t.start and text.startswith(", ", o.end) and
                 bool(ADDRESS_END.match(text, t.end))) or
                (o.end < t.start and bool(_facility_in().fullmatch(text[o.end:t.start]))))
            for o in places)

    def holds_a_quarter(t: Toponym) -> bool:
        # "in Coche, in the capital, on Monday": the city a quarter of it told first is in
        # (a city large enough to have quarters: "in San Isidro, in Las Navas" is a village
        # told with its town; not "residents of Katutura, in Windhoek, who had marched to the
        # council": where they live, the act at the city's)
        return t.resolved.feature == "city" and \
            (t.resolved.population or 0) >= QUARTERED_CITY_POPULATION and any(
                o is not t and o.resolved.feature == "city" and
                o.resolved.iso2 == t.resolved.iso2 and o.end < t.start and
                bool(_IN_THE_CITY.fullmatch(text[o.end:t.start])) and
                not _DWELLERS_OF.search(text, max(0, o.start - 30), o.start) and
                bool(ADDRESS_END.match(text, t.end) or text.startswith(", ", t.end))
                for o in places)

    def land_near_another(t: Toponym) -> bool:
        # "in Gishwati forest near Kabaya": the land is told by the town it lies near
        return any(o.start > t.end and bool(_land_near().fullmatch(text[t.end:o.start]))
                   for o in places)

    # (two units of one level in one region, "the Cazenga district of Luanda", contain each
    # other by that test: the first told, the part, is the place)
    return [t for t in places if not contains_another(t) and not addresses_another(t) and
            not land_near_another(t)] or places[:1]


TOWN_RETOLD_REACH = 120  # tokens before the sentence that "the town" may point back over


def _narrative_place(doc: Doc, text: str, sent: Span, toponyms: list[Toponym]
                     ) -> list[Toponym]:
    """The last sub-national place told earlier in this paragraph or the one before."""
    prev_end = sent.start_char
    retold = _facility_told_before(doc, text, sent, toponyms)
    if retold is not None:
        return [retold]
    # This paragraph and the one before: news paragraphs continue the same story (and the one
    # before that, when the paragraph between names no place and this sentence names the act
    # told: "At the start of the raid, ...")
    start = previous_paragraph_start(text, prev_end)
    before = [t for t in _story_places(doc, text, within(toponyms, start, prev_end))
              if not _bureau_abroad(t, toponyms, sent)]
    if not before and start > 0 and _names_the_act(sent):
        before = _story_places(doc, text, within(toponyms, previous_paragraph_start(text, start),
                                                 start))
    # (also "set up checkpoints on the roads into the town. Twenty were detained.": the
    # paragraph's act told again)
    # (a few sentences back at most: a long run of text with no paragraph break stays cheap)
    told_so_far = doc.char_span(max(paragraph_bounds(text, prev_end)[0],
                                    doc[max(0, sent.start - TOWN_RETOLD_REACH)].idx), prev_end,
                                alignment_mode="expand")
    if not before and (names_the_town(sent) or _the_scene_again(sent) or
                       sentence_part(sent) is not None or
                       (told_so_far is not None and names_the_town(told_so_far))):
        # "set up a base at the town's airstrip", "fought gangs in the Rivera Hernandez
        # neighbourhood": the town last named, however far back
        before = [t for t in within(toponyms, 0, prev_end) if t.entry is not None and t.locates
                  and t.resolved.feature == "city" and not t.text.isupper()
                  and not _names_a_facility(doc, t) and not _destination_or_topic(doc, t)
                  and not _owner(doc, t) and not _country_as_a_party(doc, t)][-1:]
    if not before:
        return _dateline_town(sent, toponyms) if _names_a_landmark(sent) else []
    # "near Douradina in the state of Mato Grosso do Sul": the town, not the region after it
    last_told = [t for t in before if t.sent_index == before[-1].sent_index]
    # ("in Mulenvos, on the outskirts of Luanda. ... in the Golfe district": a part named
    # next is of the city, not of its outlying district)
    holders = [r for r in last_told if any(
        t.end < r.start and _EDGE_OF_TOWN.fullmatch(text, t.end, r.start) and _district_of(t, r)
        for t in last_told)]
    if holders and sentence_part(sent) is not None:
        return holders[-1:]
    # "Diepsloot, north of Johannesburg": the town told by its bearing from another
    # (not "a checkpoint south of Sheikh Zuweid in North Sinai": no place the bearing is of)
    last_told = [t for t in last_told if not _BEARING.search(text[max(0, t.start - 40):t.start])
                 or not any(o.start < t.start for o in last_told)] or last_told
    # "In Soweto, Johannesburg's township, ...": the place, not the one describing it
    last_told = [t for t in last_told if not _describes_another(doc, text, t, last_told)
                 and not _owns_apposed_part(text, t, last_told)] or last_told
    return _most_specific(text, last_told)[-1:]


def _facility_told_before(doc: Doc, text: str, sent: Span, toponyms: list[Toponym]
                          ) -> Toponym | None:
    """'... set fire to cells at the central prison in Naivasha. ... families held a sit-in
    outside the prison': the town of the site of that kind told last with one town."""
    # (also "outside the prison gates": the site's part)
    heads = [(t, t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t) for t in sent
             if t.pos_ == "NOUN" and word(t) in FACILITY_KIN]
    kinds = [FACILITY_KIN[word(t)] for t, h in heads if (t is h or t.dep_ == "compound") and
             any(word(c) == "the" for c in h.children) and
             not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in h.children)]
    if not kinds:
        return None
    before = sent
    for _ in range(FACILITY_REACH):
        if before.start == 0:
            break
        before = doc[before.start - 1].sent
        told = [t for t in before if word(t) in kinds[0] and t.dep_ != "compound"]
        if not told:
            continue
        here = [t for t in within(toponyms, before.start_char, before.end_char)
                if t.entry is not None and t.locates and t.resolved.feature == "city"]
        towns = [t for t in _story_places(doc, text, here) if t.resolved.feature == "city"]
        # ("raided the Dadaab refugee camp": the site told by its name, the town naming it)
        named = [t for t in here for s in told if t.start >= s.left_edge.idx and t.end <= s.idx
                 and s.pos_ != "PROPN"]
        if len(towns) == 1 or (not towns and len(named) == 1):
            return (towns or named)[0]
        if named or any(s.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                  for c in s.children) for s in told):
            return None  # the site last told by name lies where that sentence does not say
    return None


# ("prison|jail|penitentiary": words for one kind of site)
FACILITY_KIN = {w: frozenset(kin.split("|")) for kin in word_classes()["facility_kin"]
                for w in kin.split("|")}
FACILITY_REACH = 40  # sentences back a site retold as "the prison" may point to


def _story_places(doc: Doc, text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """The places among these that an act told later may have happened at (not a facility's
    name, a destination, an owner, an aim, a speaker's place, a road's far end or the town it
    leads to, or a town's part told with its town)."""
    return [t for t in toponyms if t.entry is not None
            and t.locates and t.resolved.feature in ("city", "admin2", "admin1")
            and not _names_a_facility(doc, t)
            # (but "ambushed a convoy on the road between A and B": the road's first town)
            and (not _destination_or_topic(doc, t) or _on_road_between(doc, t))
            and not _owner(doc, t) and not _in_an_aim(doc, t)
            and not _speakers_place(doc, t, None) and not _far_end(text, t)
            and not _road_leads_to(text, t) and not _in_a_mood(doc, t)
            and not _where_people_came_from(doc, t)
            and not _names_the_blamed(doc, t) and not _part_of_a_town_told(text, t, toponyms)
            and not _in_what_it_began_with(doc, t) and not _in_a_movements_name(text, t)
            # ("accused Kinshasa of bombing fields": the government, no place of an act)
            and not (t.resolved.feature == "city" and _country_as_a_party(doc, t))]


# "fighters of the Front for the Liberation of the Enclave of Cabinda": a place in the name of
# an armed or political body, which names what it fights for, not where the story goes on
_MOVEMENT_NAMED_FOR = re.compile(
    r"\b(?:Front|Movement|Army|Alliance|Union|League|Party|Brigades?)\s+(?:for|of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:for|of|and)\s+(?:the\s+)?)?){0,4}$")


def _in_a_movements_name(text: str, top: Toponym) -> bool:
    """'the Front for the Liberation of the Enclave of Cabinda': a place in a movement's name."""
    return _MOVEMENT_NAMED_FOR.search(text, max(0, top.start - 80), top.start) is not None


def _in_what_it_began_with(doc: Doc, top: Toponym) -> bool:
    """'the third night of unrest since a teenager was shot dead ... near Paris': where the
    act a 'since' clause dates the story from happened, not where the story goes on."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and any(
        a.dep_ == "advcl" and any(c.dep_ == "mark" and word(c) == "since" for c in a.children)
        for a in span.root.ancestors)


def _part_of_a_town_told(text: str, top: Toponym, toponyms: list[Toponym]) -> bool:
    """'the X district of Y': a part whose town is told right after it, where
    the act told in its sentence is placed (so what is told next is too)."""
    return _part_name(text, top) and any(
        t.start > top.end and t.entry is not None and
        t.resolved.feature in ("city", "admin2") and _PART_OF.fullmatch(text[top.end:t.start])
        for t in toponyms[:toponyms.index(top) + 3] if t is not top)


def _names_the_blamed(doc: Doc, top: Toponym) -> bool:
    """'an attack blamed on the Islamic State Tahoua Province': a place word in the name of
    whom an act is blamed on, not a place the story moves to."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and any(
        a.dep_ == "prep" and word(a) == "on" and a.head.lemma_.lower() == "blame"
        for a in list(span.root.ancestors)[:3])


def _settlement_phrase(root: Token | None) -> Token | None:
    """'the island of Lamu', 'the city of Jazan': the phrase's head noun, not the name."""
    while root is not None and root.dep_ == "pobj" and word(root.head) == "of" and \
            root.head.head.pos_ == "NOUN" and root.head.head.lemma_.lower() in \
            word_classes()["settlement_nouns"]:
        root = root.head.head
    return root


def _before_a_misread_verb(prep: Token) -> list[Token]:
    """The words of a 'from' phrase up to a past-tense verb the parse hung inside it ('Shells
    fired from across the border hit houses in X': where they landed is no origin)."""
    words = list(prep.subtree)
    cut = next((k for k, t in enumerate(words) if t.i > prep.i and t.tag_ == "VBD"), len(words))
    return words[:cut]


def _parts_of_a_place(prep: Token) -> bool:
    """'from two neighbourhoods of X': parts of a place, who fought in it (no origin); also
    'banged pots from their balconies in X', the spot in the place they did it from."""
    return any(p.dep_ == "pobj" and (
        (word(p) in word_classes()["plural_town_parts"] and
         any(g.dep_ == "prep" and word(g) == "of" for g in p.children)) or
        p.lemma_.lower() in word_classes()["vantage_points"])
        for p in prep.children)


def _where_people_came_from(doc: Doc, top: Toponym) -> bool:
    """'protesters, many of them from the island of Lamu': where people told came from, a
    phrase on them (not 'a rocket fired from Gaza', on the act)."""
    root = _settlement_phrase(_phrase_root(doc, top))  # "the island of Lamu"
    return root is not None and root.dep_ == "pobj" and word(root.head) == "from" and \
        root.head.head.pos_ in ("NOUN", "PRON", "ADJ") and \
        root.head.head.dep_ in ("appos", "nsubj", "nsubjpass", "dobj", "pobj", "conj")


def _held_people_came_from(doc: Doc, top: Toponym) -> bool:
    """'arrested two men from Assam at a hotel in Gomtu': where those the act was done to came
    from, the phrase hung on the verb that tells where it was done (not 'abducted 20 villagers
    from Kanoma': where they were taken from)."""
    root = _phrase_root(doc, top)
    if root is None or root.dep_ != "pobj" or word(root.head) != "from" or root.head.i == 0:
        return False
    verb, before = root.head.head, doc[root.head.i - 1]
    return verb.pos_ == "VERB" and before.dep_ in ("dobj", "nsubjpass") and \
        before.head.i == verb.i and names_people(before) and \
        any(c.dep_ == "prep" and word(c) == "at" and c.i > root.i for c in verb.children)


def _in_a_mood(doc: Doc, top: Toponym) -> bool:
    """'as anger spread over a blast at a hospital in Gaza': a place in a clause on the mood of
    the time."""
    root = _phrase_root(doc, top)
    return root is not None and any(
        a.lemma_.lower() in word_classes()["spreading_verbs"] and
        any(c.dep_ == "mark" and word(c) in ("as", "while") for c in a.children)
        for a in root.ancestors)


def _names_the_act_of_a_time(doc: Doc, top: Toponym) -> bool:
    """'the day after the Bozoum fighting', 'two days before the Lankaran demolitions': a
    place naming the act a span of time is counted from."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    # (also "the Kailahun lynching", the noun tagged an adjective with the name its subject)
    if span is None or span.root.dep_ not in ("compound", "nsubj") or \
            span.root.head.i < span.root.i:
        return False
    act, prep = span.root.head, span.root.head.head
    # (the span's noun may be the preposition's head or, as parsed, just before it)
    return act.pos_ in ("NOUN", "ADJ") and act.dep_ == "pobj" and \
        word(prep) in ("after", "before") and \
        (prep.head.lemma_.lower() in TIME_UNITS or
         (prep.i > 0 and doc[prep.i - 1].lemma_.lower() in TIME_UNITS))


TIME_UNITS = frozenset(word_classes()["duration_nouns"]) | frozenset(word_classes()["time_nouns"])


def _place_of_the_act_of_a_time(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """'days after heavy fighting between armed groups in the capital': the place of the act
    a span of time is counted from (for any act but that one)."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or word(span.root.head) not in ("in", "at"):
        return False
    for act in list(span.root.head.ancestors)[:4]:
        if act.pos_ == "NOUN" and act.dep_ == "pobj" and word(act.head) in ("after", "before"):
            if act.left_edge.i <= trigger.i <= act.right_edge.i:
                return False
            # (the span's noun the preposition's head or, as parsed, its modifier)
            return act.head.head.lemma_.lower() in TIME_UNITS or any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS
                for c in act.head.children)
    return False


BETWEEN_REACH = 80  # characters from "border between" to the last unit it names
_BETWEEN_UNITS = re.compile(r",\s+on\s+the\s+(?:border|boundary)\s+between\s+(?:the\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}?(?:(?:and|,)\s+(?:the\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}?)?$")


def _names_the_act_held_over(doc: Doc, top: Toponym) -> bool:
    """'arrested a councillor in Assomada in connection with the Sao Filipe fight', 'over the
    Limassol attacks': a place naming the act someone is held over, told elsewhere."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "compound":
        return False
    act = span.root.head
    while act.dep_ == "compound":
        act = act.head
    prep = act.head
    return act.pos_ == "NOUN" and act.dep_ == "pobj" and (
        word(prep) in ("over", "for") or
        (word(prep) == "with" and word(prep.head) == "connection")) and \
        any(a.pos_ == "VERB" for a in prep.ancestors)


def _in_an_accusation(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """Whether the place lies in what someone is accused of, told beside the act ('accusing
    them of inciting the unrest in Nouadhibou')."""
    root = _phrase_root(doc, top)
    return root is not None and any(
        a.lemma_.lower() in ACCUSING and a.i != trigger.i and
        not any(x.i == a.i for x in trigger.ancestors) and not _holds_the_day(a)
        for a in root.ancestors)


def _holds_the_day(accused: Token) -> bool:
    """'beat to death a man accused of blasphemy in the town of X on Friday': a participle the
    parse hung the act's day on holds the act's place too, not the deed's."""
    return accused.dep_ == "acl" and accused.tag_ == "VBN" and any(
        c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in c.children)
        for c in accused.children)


# "in protest at the jailing of X's mayor": what the words after it protest, read by text,
# however the parse hangs them
_IN_PROTEST_AT = re.compile(r"\bin\s+protest\s+(?:at|against|over)\s+[^,.;:()]*$", re.IGNORECASE)
GRIEVANCE_REACH = 80  # characters back from a place within which the grievance phrase may open


def _in_a_grievance(doc: Doc, top: Toponym) -> bool:
    """'as anger spread over a deadly blast at a hospital in Gaza': a place inside what people
    are angry about or protest against, not where the story goes on."""
    if _IN_PROTEST_AT.search(text_of(doc), max(0, top.start - GRIEVANCE_REACH), top.start):
        return True  # "marching ... in protest at the jailing of Istanbul's mayor"
    root = _settlement_phrase(_phrase_root(doc, top))  # "over the southern city of Jazan"
    # (not "a drone intercepted over Safed": the place itself, over which it happened; nor
    # "fought over a land dispute near Malava": the feud of those who fought there; but "in
    # protest against the Godhra massacre": a deed the place names, protested)
    named_deed = root is not None and root.idx >= top.end and root.pos_ == "NOUN"
    # ("blocked a street in Tel Aviv to demand a deal to free hostages held in Gaza": a place
    # inside what they demanded)
    # ("marched through Graz in memory of the victims of the earthquake in Turkey and Syria":
    # those remembered, or stood by, were there)
    if root is not None and any(
            a.lemma_.lower() in word_classes()["remembrance_nouns"] and a.dep_ == "pobj" and
            word(a.head) in ("in", "as") for a in root.ancestors):
        return True
    if root is not None and root.dep_ == "pobj" and word(root.head) == "for" and \
            root.head.head.lemma_.lower() in word_classes()["demonstrate_verbs"]:
        return True  # "people marching for Gaza in Red Deer": the cause marched for
    if root is not None and any(
            a.dep_ == "prep" and word(a) in ("at", "over", "about", "by") and
            word(a.head) in word_classes()["anger_words"] for a in root.ancestors):
        # "drivers angry at a court order banning their vehicles from roads in Dhaka
        # clashed with police in Khilgaon": what they were angry at
        return True
    if root is not None and any(
            a.dep_ == "prep" and word(a) == "about" and
            a.head.lemma_.lower() in word_classes()["protest_props"] for a in root.ancestors):
        # "stood outside the town hall holding signs about the deaths of eight women at a
        # hospital in Agadir": what the signs were about
        return True
    if root is not None and any(
            a.pos_ == "VERB" and a.dep_ in ("advcl", "xcomp") and
            a.lemma_.lower() in word_classes()["protest_aims"] and
            any(c.dep_ == "aux" and word(c) == "to" for c in a.children)
            for a in root.ancestors):
        return True
    # (nor "dropped a canister over an army position near Poroz": the ground it fell on)
    ground = word_classes()["territory"]
    return root is not None and (named_deed or word(root.head) not in ("over", "against")) and any(
        a.dep_ == "prep" and word(a) in ("over", "against") and a.head.pos_ in ("NOUN", "VERB")
        and not any(o.dep_ == "pobj" and (o.lemma_.lower() in word_classes()["dispute_nouns"] or
                                          (word(a) == "over" and o.lemma_.lower() in ground))
                    for o in a.children)
        for a in root.ancestors)


def _country_as_a_party(doc: Doc, top: Toponym) -> bool:
    """'... and blamed Pakistan', 'Azerbaijan said its forces had returned fire', 'drones
    launched by Russia': a country blamed, speaking as its government or doing a deed (a
    passive's agent) is a party to the act, not its place; so is a national capital speaking
    ('Islamabad said its forces had returned fire'), or a country's body doing or saying it
    ('the US military said', 'US warplanes struck')."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    root, head = span.root, span.root.head.lemma_.lower()
    if top.resolved.feature != "country":
        # (also "under a deal with Damascus", "an arrangement negotiated with Damascus": the
        # government the capital stands for)
        dealt = root.head.head
        # (and "accused Kinshasa of bombing fields": the government blamed)
        return (root.dep_ == "nsubj" and head in word_classes()["speech"] or
                root.dep_ == "dobj" and head in word_classes()["accusation_verbs"] or
                root.dep_ == "pobj" and head == "with" and (
                    dealt.pos_ == "NOUN" or
                    dealt.lemma_.lower() in word_classes()["dealing_verbs"])) and \
            top.entry is not None and gazetteer.load().is_capital(top.resolved)
    # (also "the US military said", "US and British warplanes struck ...": the country of
    # the body speaking or acting)
    named = root
    while named.dep_ == "conj" and named.head.i != named.i:
        named = named.head
    body = named.head if named.dep_ in ("compound", "amod", "nmod") else None
    return (root.dep_ == "dobj" and head in word_classes()["accusation_verbs"]) or \
        (root.dep_ == "nsubj" and head in word_classes()["speech"]) or \
        (root.dep_ == "pobj" and root.head.dep_ == "agent") or \
        (body is not None and body.dep_ == "nsubj" and body.head.pos_ == "VERB" and
         body.lemma_.lower() in actor_lexicon())


def _names_a_battle(doc: Doc, top: Toponym) -> bool:
    """Whether the place is the 'of' phrase of a named battle or siege of history ('the Battle
    of Okinawa', 'the Siege of Sarajevo')."""
    root = _phrase_root(doc, top)
    return root is not None and root.dep_ == "pobj" and word(root.head) == "of" and \
        root.head.head.text[:1].isupper() and \
        root.head.head.lemma_.lower() in word_classes()["named_battle_heads"]


def _site_headed_for(doc: Doc, top: Toponym) -> bool:
    """Whether the place holds a site told after 'towards' ('towards the office in X')."""
    root = _phrase_root(doc, top)
    return root is not None and root.dep_ == "pobj" and word(root.head) in ("in", "at") and \
        root.head.head.dep_ == "pobj" and word(root.head.head.head) in ("toward", "towards")


def _names_a_disaster(doc: Doc, top: Toponym) -> bool:
    """Whether the place names a disaster by its noun ('the Novi Sad canopy collapse')."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "compound":
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in word_classes()["named_disaster_heads"]


def _of_those_cleared(clause: Token, trigger: Token) -> bool:
    """Whether a relative clause tells of people a clearing verb of the act took away, that
    verb the trigger or a clause of its time ('as they cleared protesters who had ...')."""
    verb = clause.head.head if clause.head.dep_ == "dobj" else None
    return verb is not None and _clears_people(verb) and (
        verb.i == trigger.i or (verb.dep_ == "advcl" and verb.head.i == trigger.i))


def _clears_people(verb: Token) -> bool:
    """A verb of clearing or dispersing people ('removed', 'dispersed', 'pushed back')."""
    classes = word_classes()
    return verb.lemma_.lower() in classes["clearing_verbs"] or \
        verb.lemma_.lower() in classes["crowd_control_verbs"]


def _where_those_cleared_were(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """'Police removed supporters who had blocked the main road through Taraclia': the place
    told of those dispersed or removed is where they were."""
    if not _clears_people(trigger):
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    clause = next((a for a in span.root.ancestors if a.dep_ == "relcl"), None) \
        if span is not None else None
    # (also "supporters of the same network who had blocked ...": of the people removed)
    return clause is not None and any(n.dep_ == "dobj" and n.head == trigger
                                      for n in (clause.head, *clause.head.ancestors))


def _in_a_habit_told(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """Whether the place lies in a present-tense relative clause of people ('drivers who haul
    copper into Zambia'), one the trigger is outside of: what they do, not the act."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    clause = next((a for a in span.root.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.tag_ in ("VBP", "VBZ") and \
        clause.lemma_ not in ("be", "have") and clause.head.pos_ == "NOUN" and \
        any(c.dep_ == "nsubj" and word(c) == "who" for c in clause.children) and \
        trigger not in clause.subtree


def _addressed(doc: Doc, top: Toponym) -> bool:
    """'calling on Paris to guarantee ...', 'urged Kinshasa to act': a capital or country
    appealed to stands for its government, not for where the appeal was made."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and word(root.head) in ("on", "upon", "to"):
        return root.head.head.lemma_.lower() in word_classes()["called_upon_verbs"]
    return root.dep_ == "dobj" and \
        root.head.lemma_.lower() in word_classes()["urging_verbs"] and \
        any(c.dep_ in ("xcomp", "ccomp") for c in root.head.children)


def _country_of_a_thing(doc: Doc, top: Toponym) -> bool:
    """'waving South Korean and US flags', 'Iran oil': a country naming what a thing is of."""
    if top.resolved.feature != "country":
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "South Korean and US flags"
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.pos_ != "NOUN":
        return False
    thing = root.head.lemma_.lower()
    return thing not in OWNED_PLACES and thing not in actor_lexicon() and \
        thing not in _cues()["feature_nouns"]


def _names_the_act(sent: Span) -> bool:
    """'At the start of the raid', 'during the attack': the act the story is about, told again
    as a noun with 'the'."""
    table = triggers()
    return any(t.pos_ == "NOUN" and any(e.pos in ("N", "VN") for e in table.get(t.lemma_.lower(),
                                                                             ())) and
               any(c.dep_ == "det" and word(c) == "the" for c in t.children) for t in sent)


def names_the_town(sent: Span) -> bool:
    """'the town', 'the city's airstrip': the settlement the story is about, told again."""
    return any(word(t) in ("town", "city", "village") and t.tag_ == "NN" and
               any(c.dep_ == "det" and word(c) == "the" for c in t.children) for t in sent)


def names_the_unit(sent: Span) -> bool:
    """'banned all gatherings in the department': the unit of the place just told, by its noun
    alone."""
    return any(t.dep_ == "pobj" and word(t.head) in ("in", "across", "throughout") and
               t.lemma_.lower() in REGION_NOUNS and [word(c) for c in t.children] == ["the"]
               for t in sent)


def _the_scene_again(sent: Span) -> bool:
    """'Troops deployed to the area and arrested two suspects', 'police rushed to the scene':
    the place of the act just told, gone to again."""
    return any(word(t) in ("area", "scene") and t.dep_ == "pobj" and
               word(t.head) in ("to", "into", "in", "at") and
               any(c.dep_ == "det" and word(c) == "the" for c in t.children) and
               not any(c.dep_ in ("amod", "compound", "prep") for c in t.children) for t in sent)


def _town_naming_a_site(text: str, sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """'rallied outside the Nairobi National Museum': the town a named site is called after,
    where the sentence names no place of its own."""
    return [t for t in within(toponyms, sent.start_char, sent.end_char)
            if t.in_name and t.entry is not None and t.resolved.feature == "city" and
            (m := _NAME_RUN.match(text, t.end)) is not None and
            any(w.lower() in SITE_HEADS for w in m.group(0).split())][:1]


# (the site's name: capitalised words, or a lower-case head right after: "Bagram airport")
_NAME_RUN = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}|\s+[a-z]+")
SITE_HEADS = frozenset(word_classes()["landmark_heads"]) | \
    frozenset(word_classes()["sited_facility_nouns"]) | frozenset(("gallery", "museum"))


def _names_a_landmark(sent: Span) -> bool:
    """'a rally in Republic Square', 'outside the State Palace', 'marched along the Corniche':
    a named site in a town."""
    return any(word(t) in LANDMARK_HEADS and t.text[:1].isupper() and (
        (t.i > sent.start and t.nbor(-1).text[:1].isupper()) or  # "Republic Square"
        any(n.text[:1].isupper() for n in sent.doc[t.i + 1:min(sent.end, t.i + 3)]))
        # ("Avenida Central", "Avenida da Praia")
        or _named_site_on(t) for t in sent)


def _named_site_on(tok: Token) -> bool:
    """'along the Croisette', 'on the Promenade': a name the gazetteer lacks, told with 'the'
    as the site of the act (not 'in the X', most often a region)."""
    return tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.ent_type_ not in NOT_SITE_ENTS \
        and word(tok.head) in SITE_ON_PREPS and \
        any(c.dep_ == "det" and word(c) == "the" for c in tok.children)


SITE_ON_PREPS = frozenset(("on", "along", "at", "outside"))
NOT_SITE_ENTS = frozenset(("DATE", "TIME", "NORP", "EVENT", "CARDINAL", "GPE"))


def _dateline_town(sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """The town of the dateline ('YEREVAN, June 13 -'), where a named site told with no town
    of its own stands."""
    first = dateline_place(toponyms)
    return [first] if first is not None and first.start < sent.start_char and \
        not _bureau_abroad(first, toponyms, sent) else []


def _bureau_abroad(top: Toponym, toponyms: list[Toponym], sent: Span) -> bool:
    """'NIAMEY, March 17 — Malian troops retook ...' over a report whose towns lie mostly in
    Mali: the dateline of a bureau abroad, no place the act of a force of that country was in
    (not 'LONDON — marchers rallied for Gaza': the marchers are of no other country)."""
    if top is not dateline_place(toponyms):
        return False
    towns = Counter(t.resolved.iso2 for t in toponyms if t is not top and t.entry is not None
                    and t.resolved.feature not in ("country", "continent"))
    if not towns:
        return False
    country, most = towns.most_common(1)[0]
    if most < 2 or towns[top.resolved.iso2] >= most:
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and any(
        m.dep_ in ("amod", "compound") and demonym_country(m.text) == country
        for m in t.children) for t in sent)


LANDMARK_HEADS = frozenset(word_classes()["landmark_heads"])
ACCUSING = frozenset(word_classes()["accusation_verbs"])
NEAR_WORDS = frozenset(word_classes()["near_preps"])
STRUCK_HEADS = frozenset(word_classes()["place_heads"]) | LANDMARK_HEADS
NOT_WHERE_PREPS = word_classes()["not_where_preps"]
OWNED_PLACES = frozenset(word_classes()["place_heads"]) | frozenset(word_classes()["facility"]) | \
    frozenset(word_classes()["route"]) | frozenset(word_classes()["town_part_nouns"]) | \
    frozenset(word_classes()["landmark_heads"])  # ("Graz's main square")
BOUND_FOR_PREPS = word_classes()["bound_for_preps"]
TOPIC_NOUNS = frozenset(word_classes()["topic_nouns"])
CAUSE_NOUNS = frozenset(word_classes()["cause_nouns"])


def _preposition(doc: Doc, top: Toponym) -> str | None:
    """The preposition a place is the object of ('in Kenya' -> 'in'), lists included."""
    root = _phrase_root(doc, top)
    return word(root.head) if root is not None and root.dep_ == "pobj" else None


def _people_named_abroad(doc: Doc, top: Toponym, in_sent: list[Toponym]) -> bool:
    """'Armed Meitei and Kuki groups ... near Kwakta': a word naming a people before the
    group noun, which a gazetteer places in another country than the sentence's other places."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.dep_ not in ("amod", "compound"):
        return False
    head = span.root
    while head.dep_ in ("amod", "compound") and head.head.i != head.i:
        head = head.head
    others = {t.resolved.iso2 for t in in_sent if t is not top and
              t.resolved.feature not in ("country", "continent")}
    return head.pos_ == "NOUN" and names_people(head) and bool(others) and \
        top.resolved.feature not in ("country", "continent") and \
        top.resolved.iso2 not in others


def _phrase_root(doc: Doc, top: Toponym) -> Token | None:
    """The head of the phrase a place names, through lists and compounds ("towards the Kurmi
    market": the market)."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    # (also "in Rokha district" with the name parsed as an adjective)
    while (root.dep_ in ("conj", "appos", "compound") or
           (root.dep_ == "amod" and root.text[:1].isupper())) and root.head.i != root.i:
        root = root.head
    return root


def _what_a_thing_is_about(doc: Doc, top: Toponym) -> bool:
    """'signs about the bombing of Gaza': a place in what a thing is about (not 'signs about
    the war on a pavement near Dhoby Ghaut', the place of the phrase hung below it)."""
    root = _phrase_root(doc, top)
    for a in list(root.ancestors)[:6] if root is not None else []:
        if a.dep_ == "prep" and word(a) == "about":
            return a.head.pos_ == "NOUN"
        if a.dep_ == "prep" and word(a) != "of":
            return False
    return False


def _destination_or_topic(doc: Doc, top: Toponym) -> bool:
    """A country after 'to', 'for', 'against'...: where someone goes or what is discussed; a
    town a thing is bound for ('coaches for Karachi', 'the road to Quetta')."""
    prep = _preposition(doc, top)
    if _topic_of(doc, top):
        return True  # "in solidarity with Gaza", "in support of Gaza": the cause
    if _what_a_thing_is_about(doc, top):
        return True  # "holding signs about the bombing of Gaza": what the signs are about
    if _taken_to(doc, top):
        return True  # "flew him to the agency's headquarters in Caracas": where he was taken
    if _sought_destination(doc, top):
        return True  # "as they tried to reach the border fence with Ceuta": where they aimed
    if _fled_to(doc, top):
        return True  # "the attackers fled across the river into Venezuela": where they went
    if _conveyed_to(doc, top):
        return True  # "rifles they said were being smuggled to the West Bank": where bound
    if top.resolved.feature in ("country", "continent"):
        if prep == "on":
            # "the anniversary of the attack on Israel", "sanctions on Russia": what an act
            # named by a noun was aimed at
            root = _phrase_root(doc, top)
            return root is not None and root.head.head.pos_ == "NOUN"
        return prep in NOT_WHERE_PREPS
    if prep not in BOUND_FOR_PREPS:
        return False
    if prep in ("toward", "towards"):
        return True  # "as the crowd fled towards the Kurmi market": a heading, not a place
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    root = span.root if span is not None else None
    while root is not None and root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    if root is not None and root.head.head.pos_ == "VERB" and \
            root.head.head.lemma_.lower() in word_classes()["diversion_verbs"]:
        return True  # "forcing flights to be diverted to Misrata": where they went instead
    if root is not None and word(root.head) == "to" and any(
            a.pos_ == "VERB" and a.lemma_.lower() in word_classes()["extension_verbs"]
            for a in root.ancestors):
        return False  # "extended the curfew in force in the main town to Saint-Esprit": there
    if root is not None and word(root.head) != "from" and root.head.head.dep_ == "acl" and \
            root.head.head.tag_ == "VBG" and root.head.head.head.pos_ == "NOUN":
        return True  # "stopping buses heading north to Peten": where the things were bound
    return root is not None and root.head.head.pos_ in ("NOUN", "PROPN") and \
        root.head.head.lemma_.lower() not in word_classes()["town_edge_nouns"]


_TOWARDS_THE_BORDER_WITH = re.compile(r"(?i)\btowards?\s+the\s+border\s+with\s+(?:the\s+)?"
                                      r"(?:occupied\s+)?$")


def _sought_destination(doc: Doc, top: Toponym) -> bool:
    """Whether the place lies in what someone tried to reach, enter or cross ('tried to reach
    the border fence with Ceuta', 'attempting to enter Melilla')."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
    # (not "trying to reach the embassy in Amman's Rabieh district": the town the site they
    # sought lies in, which they were in)
    named = span.root
    while named.dep_ in ("poss", "compound") and named.head.i != named.i:
        named = named.head  # ("in Amman's Rabieh district": the district named by its town)
    site_in = named.head.dep_ == "prep" and word(named.head) == "in" and \
        named.head.head.pos_ == "NOUN"
    # (also "tried to march towards the border with the West Bank": where they headed)
    towards = (span.root.dep_ == "pobj" and word(span.root.head) in ("towards", "toward") and
               span.root.head.head.lemma_.lower() in word_classes()["demonstrate_verbs"]) or \
        _TOWARDS_THE_BORDER_WITH.search(text_of(doc), max(0, top.start - 60), top.start) is not None
    return verb is not None and (towards or (
        verb.lemma_.lower() in word_classes()["destination_verbs"] and verb.dep_ == "xcomp" and
        verb.head.lemma_.lower() in word_classes()["attempt_verbs"])) and not site_in


def _conveyed_to(doc: Doc, top: Toponym) -> bool:
    """A place inside the 'to' or 'into' phrase of a verb of conveyance ('smuggled to', 'shipped
    into'): where the goods were bound, not where they were found."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.dep_ == "prep" and word(a) in ("to", "into") and a.head.pos_ == "VERB" and
               a.head.lemma_.lower() in word_classes()["conveyance_verbs"]
               for a in list(span.root.ancestors)[:4])


def _fled_to(doc: Doc, top: Toponym) -> bool:
    """A place inside the 'to' or 'into' phrase of a verb of flight: where the side went."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.dep_ == "prep" and word(a) in ("to", "into", "toward", "towards") and
               a.head.pos_ == "VERB" and a.head.lemma_.lower() in word_classes()["flight_verbs"]
               for a in list(span.root.ancestors)[:4])


def _home_of_dwellers(doc: Doc, top: Toponym, around: bool = False) -> bool:
    """'residents of Alexandra', 'villagers of X': the place the people named live in (with
    `around`, also 'residents of villages around X')."""
    root = _phrase_root(doc, top)
    if around and root is not None and root.dep_ == "pobj" and \
            word(root.head) in ("around", "near") and root.head.head.pos_ == "NOUN":
        root = root.head.head  # "villages around Apatzingan": the villages, of the residents
    # (also "Klaaskreek residents", the place naming them)
    return root is not None and (
        (root.dep_ == "pobj" and word(root.head) == "of" and
         root.head.head.lemma_.lower() in word_classes()["dwellers"]) or
        # (not "Badamdar residents gathered outside the city's executive authority": a site
        # of the town they went to)
        (root.lemma_.lower() in word_classes()["dwellers"] and root.idx >= top.end and
         not names_the_town(root.sent)))


def _seat_of_an_office(doc: Doc, top: Toponym) -> bool:
    """'the public safety director of Cotija', 'the mayor of X': the town whose office the
    person holds (where they were, when the sentence names no other place)."""
    root = _phrase_root(doc, top)
    if top.resolved.feature not in ("city", "admin2") or root is None or \
            root.dep_ != "pobj" or word(root.head) != "of":
        return False
    holder = root.head.head
    for _ in range(2):  # (also "the director of public works of Petatlan")
        if holder.pos_ == "NOUN" and (actor_kind(holder.lemma_.lower()) == "state" or
                                      holder.lemma_.lower() in OFFICE_TITLES):
            return True
        if holder.dep_ != "pobj" or word(holder.head) != "of":
            return False
        holder = holder.head.head
    return False


OFFICE_TITLES = frozenset(word_classes()["office_titles"])
# "set fire to the town hall of Lanfiera": the town whose building it is
_TOWN_BUILDING_OF = re.compile(r"\b(?:" + "|".join(sorted(
    map(re.escape, word_classes()["town_buildings"]), key=len, reverse=True)) + r")\s+of\s+$",
    re.IGNORECASE)


def _town_of_a_campus(doc: Doc, top: Toponym) -> bool:
    """'Students of the University of Ibadan marched around the campus': the town a
    university is named after (where its students were, when no other place is told)."""
    root = _phrase_root(doc, top)
    return top.resolved.feature == "city" and root is not None and root.dep_ == "pobj" and \
        word(root.head) == "of" and root.head.head.lemma_.lower() in CAMPUS_NOUNS


CAMPUS_NOUNS = frozenset(word_classes()["campus_nouns"])


def _workplace_of_workers(doc: Doc, top: Toponym) -> bool:
    """'Traders from Bujumbura's central market', 'workers from the smelter in Alaverdi': the
    town whose workplace the people told came from (where they are, when the sentence names no
    other place)."""
    root = _phrase_root(doc, top)
    place = root.head if root is not None and root.dep_ == "poss" else None
    if place is None and root is not None and root.dep_ == "pobj" and \
            word(root.head) in ("in", "at") and root.head.head.pos_ == "NOUN":
        place = root.head.head  # "Workers from the idle copper smelter in Alaverdi"
    return place is not None and place.dep_ == "pobj" and word(place.head) in ("from", "at") and \
        place.head.head.pos_ == "NOUN" and names_people(place.head.head)


KIN_NOUNS = word_classes()["kin_nouns"]
_BETWEEN_TOWNS = word_classes()["roads_between_towns"] | word_classes()["vehicles_between_towns"]


def _on_road_between(doc: Doc, top: Toponym) -> bool:
    """'the road between Dori and Arbinda' (or 'a convoy between Gao and Ansongo'): a town a
    road, or a vehicle on it, runs between."""
    root = _phrase_root(doc, top)
    return root is not None and root.dep_ == "pobj" and word(root.head) == "between" and \
        root.head.head.lemma_.lower() in _BETWEEN_TOWNS


def _taken_to(doc: Doc, top: Toponym) -> bool:
    """A place inside the 'to' phrase of a verb of taking someone somewhere."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    steps = list(span.root.ancestors)[:5]
    transfers = word_classes()["transfer_verbs"]
    if any(a.dep_ == "prep" and word(a) == "in" and a.head.lemma_.lower() in transfers and any(
            p.dep_ == "prep" and word(p) in ("to", "into") and any(
                o.lemma_.lower() in word_classes()["care_places"] for o in p.children)
            for p in a.head.children) for a in steps[:1]):
        return True  # "was flown to hospital in Niamey", the town hung on the verb
    # (not "took three men into custody in X": the arrest, where it was made)
    # (nor "farmers drove tractors into the centre of X": their own vehicles, no one taken)
    # (nor "took to the streets of Moyale": no one taken, the crowd went there)
    return any(a.dep_ == "prep" and word(a) in ("to", "into") and a.head.pos_ == "VERB" and
               a.head.lemma_.lower() in transfers and
               # ("were arrested and taken to Bo": the joined passive's people)
               any(c.dep_ in ("dobj", "nsubjpass") for c in (
                   *a.head.children, *(a.head.head.children if a.head.dep_ == "conj" else ())))
               and
               not any(o.lemma_.lower() in word_classes()["custody_nouns"] for o in a.children)
               and not any(o.lemma_.lower() in word_classes()["vehicle_nouns"]
                           for o in _objects_counted(a.head))
               # (nor "beat two men who were taking cattle to a market near Dewas": goods the
               # people told were taking, which says where they were)
               and not (a.head.dep_ == "relcl" and not any(
                   names_people(o) or o.pos_ in ("PRON", "PROPN", "NUM")
                   for o in a.head.children if o.dep_ in ("dobj", "nsubjpass")))
               for a in steps)


def _objects_counted(verb: Token) -> list[Token]:
    """The verb's objects, and what a count of them counts ("drove dozens of tractors")."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return objects + [g for o in objects for p in o.children if p.dep_ == "prep" and
                      word(p) == "of" for g in p.children if g.dep_ == "pobj"]


COMMEMORATIONS = frozenset(word_classes()["commemoration_verbs"])


def _topic_of(doc: Doc, top: Toponym) -> bool:
    """'solidarity with Gaza', 'support of Kyiv': the place is what the act is for."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    first = span.start - (1 if span.start > 0 and doc[span.start - 1].tag_ == "DT" else 0)
    if _after_topic_phrase(doc, first):
        return True  # the parse may hang the phrase on the verb ("joined a protest in ...")
    if any(a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in COMMEMORATIONS and
           any(c.dep_ == "dobj" for c in a.children) for a in span.root.ancestors):
        # "a march marking the anniversary of the killing of a teenager in Athens": what the
        # march remembers, not where it went
        return True
    root = _phrase_root(doc, top)
    if root is None or root.dep_ != "pobj":
        return False
    if word(root.head) == "about":
        return True  # "a placard about Gaza", "leaflets about Tibet": what it was about
    holder = root.head.head
    if word(root.head) == "in" and any(
            c.dep_ == "prep" and word(c) == "of" and c.i < root.head.i and
            any(p.ent_type_ in ("GPE", "LOC") for p in c.subtree) for c in holder.children):
        return False  # "marching in support of Gaza in Sehla": where they marched
    if holder.lemma_.lower() in TOPIC_NOUNS:
        return True
    if word(root.head) not in ("in", "of") or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    # "calling for a ceasefire in Gaza", "over the war in Gaza": the war is the cause; "in
    # support of Palestinians in Gaza": the people are.
    # (but "signed a ceasefire in Nkwanta": the truce made there, the act itself)
    made_there = holder.dep_ == "dobj" and holder.head.lemma_.lower() in word_classes()["sign"]
    # (nor "a memorial to the riflemen of the First World War in Livani": a war named as
    # history, the place the parse hangs on it the memorial's)
    named_war = holder.pos_ == "PROPN"
    return (holder.lemma_.lower() in CAUSE_NOUNS and not made_there and not named_war) or (
        holder.dep_ == "pobj" and holder.head.head.lemma_.lower() in TOPIC_NOUNS)


def _after_topic_phrase(doc: Doc, first: int) -> bool:
    """Whether the words before a place read 'solidarity with [the people in]': a topic noun
    and its preposition, maybe followed by the people it is for and 'in' or 'of' ("with
    Palestinians in Gaza", "with opponents of a pipeline in British Columbia")."""
    i = first - 1
    for _ in range(10):
        if i < 1:
            break
        here = word(doc[i])
        if here in ("with", "of", "for") and doc[i - 1].lemma_.lower() in TOPIC_NOUNS:
            return True
        if here == "in" and doc[i - 1].ent_type_ in ("GPE", "LOC"):
            break  # ("in support of Gaza in Sehla": the place after the cause is where)
        if here not in ("in", "of") and doc[i].pos_ not in ("ADJ", "DET", "NOUN", "PROPN",
                                                            "NUM"):
            break
        i -= 1
    return False


def _struck_place(doc: Doc, top: Toponym, trigger: Token) -> bool:
    """'shelled Kramatorsk', 'Kherson was hit': a town the act was done to is where it was
    (a country so named stays a side: 'Russia attacked Ukraine')."""
    if top.resolved.feature in ("country", "continent"):
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    verbs = {trigger.i, *(c.i for c in trigger.conjuncts)}
    if span is None:
        return False
    node = span.root
    if node.dep_ == "compound" and word(node.head) in STRUCK_HEADS:
        node = node.head  # "raided the Jenin camp", "shelled the Kherson market"
    # ("struck a residential area of Odesa's Prymorskyi district": a part of the town struck)
    for _ in range(3):
        if node.dep_ == "poss" and word(node.head) in STRUCK_HEADS:
            node = node.head
        elif node.dep_ == "pobj" and word(node.head) == "of" and \
                word(node.head.head) in STRUCK_HEADS:
            node = node.head.head
        else:
            break
    # ("Shebekino, a town near the border, came under artillery fire": what came under it)
    under = trigger.dep_ == "pobj" and word(trigger.head) == "under" and \
        node.dep_ == "nsubj" and node.head.i == trigger.head.head.i
    return (node.dep_ in ("dobj", "nsubjpass") and node.head.i in verbs) or under


_LOCATIVE_ADJECTIVE = re.compile(r"nearby|neighbou?ring|(?:north|south|east|west)ern")


def _is_locative(doc: Doc, top: Toponym) -> bool:
    """Whether the place is the object of a locative preposition ('in Kenya', 'to Goma'), or
    names the place such an object calls by its kind ('In the capital, Juba, ...', however
    the parse hung it)."""
    if _preposition(doc, top) in LOCATIVE_PREPS:
        return True
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is not None and span.start >= 2 and \
            _LOCATIVE_ADJECTIVE.fullmatch(doc[span.start - 1].lower_) and \
            doc[span.start - 2].lower_ in ("in", "at", "near", "outside", "around"):
        return True  # "youths in nearby X burned tyres", the parse taking the town for a subject
    if span is None or span.start < 3 or doc[span.start - 1].text != ",":
        return False
    kind = doc[span.start - 2]
    if kind.lower_ not in _cues()["feature_nouns"] or kind.dep_ != "pobj":
        return False
    prep = kind.head
    # ("in the old market of the capital, Lome": a part of the place the locative calls)
    if word(prep) == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return word(prep) in LOCATIVE_PREPS


_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:de|del|da|do|dos|das|la|le|el|al)\s+)?[A-Z][\w'’-]*){0,3}"
_PART = "|".join(sorted(word_classes()["town_part_nouns"], key=len, reverse=True))
_PART_WITH_TOWN = "|".join(sorted(word_classes()["town_part_nouns"] |
                                  word_classes()["parts_named_with_their_town"],
                                  key=len, reverse=True))
_OWNED_PART = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{_PART})s?\b")
_POSSESSED_PART = re.compile(  # "Kampala's Kawempe suburb", "Conakry's Hamdallaye, where"
    rf"['’]s?\s+(?P<name>{_NAME})(?:\s+(?:{_PART})s?\b|(?=\s*[,.;:)]|\s+(?:on|in|at|near|"
    rf"where|after|before|during|when|and|as|late|early|overnight|last|this)\b))")
_PART_BEFORE = re.compile(  # "the Kawempe suburb of Kampala", "Nardaran, a village near Baku"
    rf"(?:\bthe\s+(?P<named>{_NAME})\s+(?:{_PART_WITH_TOWN})s?\s+of|(?P<apposed>{_NAME}),\s+an?\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_PART})s?\s+(?:(?:just\s+)?(?:in|of|near|outside|on\s+the\s+"
    rf"outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)))\s+"
    rf"(?:the\s+(?:city|town|capital)\s+of\s+|the\s+)?$")  # (or "of the capital")
PART_LOOKBACK = 120
_TOWN_PART_OF = re.compile(rf"\s+(?:{_PART})\s+of\s+(?P<name>{_NAME})")  # "the Conakry suburb of X"
_OWN_PART = re.compile(rf"\b(?:in|at|near|into|through)\s+the\s+"
                       rf"(?:(?:nearby|neighbou?ring|adjacent)\s+)?"
                       rf"(?P<name>{_NAME})\s+(?:{_PART})\b"
                       # (also "the Lake Independence area of the city": of the town told)
                       r"(?!\s+of\b(?!\s+the\s+(?:city|town)\b))")


def sentence_part(sent: Span) -> str | None:
    """'police fought gang members in the Rivera Hernandez neighbourhood': the part of a town a
    sentence names with no town, which lies in the town the story is told in."""
    m = _OWN_PART.search(sent.text)
    if m is None or m.group("name").split()[-1].lower() in _NOT_PART_HEADS:
        return None
    return m.group("name")


_OPENING_PREP = re.compile(r"^(?:In|At|Near|Outside|On|From|Across)\s+")


def named_part(text: str, top: Toponym, toponyms: Sequence[Toponym] = ()) -> str | None:
    """The name of a part of the town `top` names, told with it ("Kampala's Kawempe suburb",
    "Diepsloot, a township north of Johannesburg", "the Conakry suburb of Hamdallaye"): where
    in the town it happened. `toponyms`: the article's, so that "the X municipality of Havana"
    (a known place after "of", the town itself) is not read as a part of X."""
    if top.entry is None or top.resolved.feature != "city" or not top.resolved.listed:
        return None  # a place the gazetteer lacks is named as small as it is told
    after = _TOWN_PART_OF.match(text, top.end) \
        if text[max(0, top.start - 4):top.start].lower() == "the " else None
    if after is not None and any(t.start == after.start("name") for t in toponyms):
        after = None
    m = _POSSESSED_PART.match(text, top.end) or after
    if m is not None:
        name = m.group("name")
    else:
        before = _PART_BEFORE.search(text[max(0, top.start - PART_LOOKBACK):top.start])
        name = before and (before.group("named") or before.group("apposed"))
    if name:
        name = _OPENING_PREP.sub("", name)  # ("In Vostok-5, a district of Bishkek, ...")
    # (not "the Palestinian village of Huwara": a people's word, no part's name)
    if not name or name.split()[-1].lower() in _NOT_PART_HEADS or \
            fold(name) == fold(top.text) or demonym_country(name.split()[-1]):
        return None
    return name


def _not_part_heads() -> frozenset[str]:
    """Last words that make a name a building or a body ("Makerere University"), not a part
    of town."""
    cues = _cues()
    return (frozenset(cues["facility_heads"]) | frozenset(cues["organisation_heads"])) - \
        frozenset(word_classes()["town_part_nouns"])


_NOT_PART_HEADS = _not_part_heads()
