"""ACLED refinement: the sub-event type from the actors and the sentence, crowd-control means,
interaction codes, and protests met by state force over an article's events."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventledger.extract.actors import GENERIC_ARMED
from eventledger.extract.casualties import is_violent
from eventledger.extract.context import BACKGROUND_CONFIDENCE
from eventledger.extract.modality import _modality
from eventledger.incidents import family, one_site
from eventledger.roles import own_subtree, text_of, word
from eventledger.schema import Actor, Event
from eventledger.taxonomy import (
    ARMED_GROUPS,
    CROWDS,
    Inter,
    Trigger,
    acled_types,
    actor_kind,
    actor_lexicon,
    plover_attribute,
    word_classes,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

INTERVENTION_WORDS = word_classes()["intervention_words"]
RELEASE_NOUNS = word_classes()["release_nouns"]
LETHAL_MODES = frozenset(plover_attribute("lethal_modes")["ASSAULT"])
CROWD_CONTROL = word_classes()["crowd_control_words"]
SCUFFLES = frozenset(word_classes()["scuffle_words"])
SPEECH = frozenset(word_classes()["speech"])
ARMS_MEANS = word_classes()["means_words"] - CROWD_CONTROL  # bombs, shells; not tear gas


LETHAL_WORDS = frozenset(("killed", "shot"))  # force told as deadly, whoever it met


def _crowd_control(tok: Token) -> bool:
    """Whether the trigger's clause names crowd-control means (tear gas, batons, rubber)."""
    return any(word(t) in CROWD_CONTROL for t in own_subtree(tok))


def _intervention_modalities(sent: Span) -> list[str]:
    """The modality of each word of force or arrest in the sentence ('nobody was arrested as
    it was a peaceful march': negated; 'to avoid further clashes': hypothetical)."""
    return [_modality(t)[0] for t in sent
            if (word(t) in INTERVENTION_WORDS or t.lemma_.lower() in INTERVENTION_WORDS) and
            not left_of_its_own(t) and not _water_of_no_cannon(t) and not _whose_release(t)]


def _whose_release(tok: Token) -> bool:
    """'to demand the release of the detained mayor': those held before, whose freedom the
    crowd asks for, not force met at the protest."""
    return tok.dep_ == "amod" and any(a.lemma_.lower() in RELEASE_NOUNS for a in tok.ancestors)


def _water_of_no_cannon(tok: Token) -> bool:
    """'to demand a water tanker', 'a week without water': water that is no water cannon, nor
    water sprayed on a crowd."""
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    spraying = word_classes()["spraying_verbs"]
    sprayed = tok.head.lemma_.lower() in spraying or (
        tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in spraying)
    return word(tok) == "water" and not sprayed and not (
        following is not None and word(following).startswith(("cannon", "canon")))


def left_of_its_own(tok: Token) -> bool:
    """'the crowd dispersed in the afternoon': a crowd that went its way, no force on it."""
    # (the subject shared with the verb it is joined to: "workers gathered ... and dispersed
    # after their embassy sent officials", "gathered ..., then dispersed when police asked")
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] or (
        [c for c in tok.head.children if c.dep_ == "nsubj"]
        if tok.dep_ in ("conj", "dep") and tok.lemma_ == "disperse" else [])
    if tok.dep_ == "relcl" and any(word(c) in ("which", "that", "who") for c in subjects):
        subjects = [tok.head]  # "addressed the crowd, which dispersed peacefully"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_ == "disperse" and not any(
            word(c) == "by" and any(o.ent_type_ not in ("TIME", "DATE") for o in c.children)
            for c in tok.children):
        subjects = [tok.head]  # "and the women dispersed by midday", misread as a participle
    return tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass", "agent")
                                          for c in tok.children) and \
        any(c.lemma_.lower() in CROWD_NOUNS | PROTEST_WORDS or word(c) in (
            "they", "protesters", "demonstrators") or (
            c.tag_ in ("NNS", "NNPS") and actor_kind(c.lemma_.lower()) not in ("state", "armed"))
            for c in subjects)  # (but "before police moved in": the force came)


def _intervened(sent: Span) -> bool:
    """Whether the sentence tells force or arrests met the crowd (as done, not as avoided)."""
    return any(m not in ("negated", "hypothetical", "future")
               for m in _intervention_modalities(sent))


def dispersed_of_their_own(sent: Span) -> bool:
    """Whether the sentence's only word of force is a crowd dispersing by itself ('then
    dispersed when police asked them to leave')."""
    told = [t for t in sent
            if word(t) in INTERVENTION_WORDS or t.lemma_.lower() in INTERVENTION_WORDS]
    return bool(told) and all(left_of_its_own(t) or _water_of_no_cannon(t) for t in told)


def intervention_denied(sent: Span) -> bool:
    """Whether the sentence names force or arrests only to deny them ('nobody was arrested')."""
    told = _intervention_modalities(sent)
    return bool(told) and all(m == "negated" for m in told)


MAIMED = re.compile(r"(?i)\b(?:lost|losing|loses)\s+(?:an|one|both|his|her|their|the\s+sight"
                     r"\s+of\s+(?:an|one|his|her))\s+(?:" +
                     "|".join(word_classes()["maimed_parts"]) + r")\b|\bblinded\b")


def _beating_too(sent: Span) -> bool:
    """'..., smashing windows and beating two shopkeepers': people beaten in the act itself."""
    return any(t.lemma_.lower() == "beat" and t.tag_ == "VBG" and t.dep_ in ("advcl", "conj")
               for t in sent)


def _refine(trig: Trigger, sub: str | None, mode: str | None, inter_s: int | None,
            inter_t: int | None, sent: Span, counts: dict[str, int | None]
            ) -> tuple[str | None, str | None]:
    """ACLED sub-event type and PLOVER mode from the actors and the sentence. The actor who
    acts stays actor 1: police dispersing or shooting protesters are actor 1 (issue #10)."""
    words = {word(t) for t in sent} | {t.lemma_.lower() for t in sent}
    if trig.plover == "PROTEST" and trig.mode in ("demo", "strike", "obstruct", "hunger",
                                                  "boycott"):
        if burning_barricade(trig, sent):
            return "Violent demonstration", "riot"  # "blocked roads with burning tyres" (ACLED)
        if _intervened(sent):
            lethal = (counts.get("fatalities") or 0) > 0 or bool(words & LETHAL_WORDS)
            return ("Excessive force against protesters" if lethal
                    else "Protest with intervention"), mode
        return sub, mode
    if trig.plover == "PROTEST" and inter_s == Inter.STATE and inter_t in CROWDS:
        # "officers grabbed protesters from the crowd": the state's force met the crowd
        return "Protest with intervention", "crowd-control"
    if trig.acled_sub in ("Non-state actor overtakes territory",
                          "Government regains territory"):
        if inter_s in (*CROWDS, Inter.CIVILIANS):
            return None, mode  # "protesters took back the square": no armed side holds ground
        return ("Government regains territory" if inter_s == Inter.STATE
                else "Non-state actor overtakes territory"), mode
    if trig.plover == "ASSAULT" and mode == "beat" and any(
            w in words for w in word_classes()["sexual_violence_words"]):
        return "Sexual violence", "sexual"
    if trig.plover == "ASSAULT" and trig.lemma in SCUFFLES and \
            not (counts.get("fatalities") or counts.get("injured")) and \
            (Inter.STATE in (inter_s, inter_t) or
             (inter_s is None and inter_t is None and _state_acts_in(sent))) and \
            not {inter_s, inter_t} & set(ARMED_GROUPS[1:]):
        # "scuffles broke out with police", "protesters scuffled with officers at the cordon":
        # pushing at a line of the state's force, which held the crowd back
        return "Protest with intervention", "crowd-control"
    if trig.plover == "ASSAULT":
        if inter_s == Inter.STATE and inter_t in (None, Inter.CIVILIANS) and \
                mode == "crowd-control":
            # "officers fired tear gas": at a crowd ("..., seriously injuring a man": harm; at
            # people named, bruises are not)
            hurt = (counts.get("fatalities") or 0) > 0 or (counts.get("injured") or 0) > 0 and (
                inter_t is None or bool(words & word_classes()["serious_harm_cues"])) or \
                bool(MAIMED.search(sent.text))  # "..., and one man lost an eye"
            return ("Excessive force against protesters" if hurt else
                    "Protest with intervention"), mode
        if inter_s == Inter.STATE and inter_t in (None, Inter.CIVILIANS) and \
                trig.acled_sub != "Armed clash" and crowd_on_the_attack(sent):
            # "Gendarmes shot dead two young men when a crowd armed with petrol bombs tried to
            # storm their post": the dead were of a riot, whose toll they are (ACLED)
            return "Violent demonstration", mode
        if inter_s == Inter.STATE and inter_t in CROWDS and trig.acled_sub != "Armed clash":
            lethal = mode in LETHAL_MODES or (counts.get("fatalities") or 0) > 0 or \
                (counts.get("injured") or 0) > 0 or bool(MAIMED.search(sent.text))
            sub = "Excessive force against protesters" if lethal else "Protest with intervention"
            if inter_t == Inter.RIOTERS:
                sub = "Violent demonstration"
            return sub, "crowd-control" if not lethal else mode
        if inter_s in CROWDS:
            # A crowd beating people, attacking civilians or told as a mob: mob violence; a
            # crowd's violence otherwise is a violent demonstration (ACLED).
            # (also "men armed with clubs attacked shops ..., beating two shopkeepers": people
            # beaten by the crowd, whatever the verb told first)
            mob = (trig.mode in ("beat", "primitive") and inter_s == Inter.RIOTERS) or \
                inter_t == Inter.CIVILIANS or bool(words & MOB_WORDS) or (
                    inter_t != Inter.STATE and (trig.mode == "beat" or _beating_too(sent) or
                                                (counts.get("fatalities") or 0) > 0))
            return ("Mob violence" if mob else "Violent demonstration"), \
                "riot" if trig.mode else mode
        if inter_s not in ARMED_GROUPS and _brawl(sent):
            return "Mob violence", "riot"  # "rival groups attacked each other with sticks"
        if inter_s != Inter.STATE and _fought_with_crude_weapons(trig, sent, inter_t):
            # "supporters of the former president fought a youth group using sticks and
            # stones, leaving one dead": however the sides are named, a brawl (ACLED)
            return "Mob violence", "riot"
        if trig.acled_sub == "Armed clash" and (inter_s in (*CROWDS, Inter.CIVILIANS) or (
                inter_s == Inter.STATE and inter_t in (*CROWDS, Inter.CIVILIANS))) and \
                not (trig.lemma.startswith("exchange") and Inter.STATE in (inter_s, inter_t)):
            # (also "police clashed with opposition supporters": an unarmed crowd's fight; but
            # "police exchanged fire with wanted men": the men shot back, armed)
            return "Violent demonstration", mode
        if inter_s in ARMED_GROUPS and inter_t in ARMED_GROUPS and trig.acled_sub == "Attack":
            return "Armed clash", mode
        if inter_s in ARMED_GROUPS and inter_t == Inter.CIVILIANS and \
                trig.acled_sub == "Armed clash" and not trig.lemma.startswith("exchange") and \
                "between" not in words:
            # a clash needs two armed sides; civilians are attacked (but an exchange of fire
            # has two shooting sides, whoever it killed, and so have "clashes between herders
            # and farmers" that killed 15)
            return "Attack", mode
        if inter_t == Inter.PROTESTERS and inter_s is None and trig.mode in LETHAL_MODES and \
                not words & ARMS_MEANS and words & PROTEST_WORDS:
            # (not "a protester was killed by a car bomb": a bombing, whoever set it; nor "an
            # activist was attacked outside his home": no protest met)
            return "Excessive force against protesters", mode
    return sub, mode


PROTEST_WORDS = frozenset(word_classes()["protest_nouns"]) | \
    frozenset(word_classes()["demonstrators"])  # (matched on lemmas too: "protesters")
CRUDE_WEAPONS = word_classes()["crude_weapons"]
FIRE_BARRICADES = tuple(word_classes()["fire_barricades"])
MOB_WORDS = frozenset(word_classes()["mob_words"])
GUNFIRE_WORDS = frozenset(word_classes()["gunfire_words"])


def crowd_on_the_attack(sent: Span) -> bool:
    """'when a crowd armed with stones and petrol bombs tried to storm their post': a clause
    of the sentence whose subject is a crowd that throws things or storms, loots or burns."""
    crowds = CROWD_NOUNS | MOB_WORDS | PROTEST_WORDS
    for clause in sent:
        if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and word(c) in ("when", "as", "after")
                for c in clause.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in crowds for c in clause.children):
            continue
        if any(t.lemma_.lower() in CROWD_ASSAULTS and t.pos_ == "VERB" or
               t.lemma_.lower() in THROWN for t in clause.subtree):
            return True
    return False


CROWD_NOUNS = frozenset(word_classes()["crowd_nouns"])
CROWD_ASSAULTS = frozenset(word_classes()["crowd_assault_verbs"])
THROWN = frozenset(word_classes()["thrown_objects"])


def _state_acts_in(sent: Span) -> bool:
    """'scuffles broke out when officers moved to clear a picket line', 'Police stopped a
    convoy of tractors ... Scuffles broke out when farmers tried to push through': the state's
    force is the subject of a clause of the sentence or of the one before."""
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    if before is not None and "\n" in text_of(sent.doc)[before.end_char:sent.start_char]:
        before = None  # (the paragraph before tells of another scene)
    return any(t.dep_ in ("nsubj", "nsubjpass") and _told_as_the_state(t) and
               t.head.lemma_.lower() not in SPEECH and  # (not "police said")
               not any(c.dep_ == "neg" for c in t.head.children)  # (nor "did not intervene")
               for part in (sent, before) if part is not None for t in part)


def _told_as_the_state(subject: Token) -> bool:
    """'police', 'Police buses and lines of officers': the state's force, or its vehicles and
    ranks, among the joined subjects."""
    return any(actor_kind(n.lemma_.lower()) == "state"
               for s in (subject, *subject.conjuncts)
               for n in (s, *(c for c in s.children if c.dep_ == "compound"),
                         *(o for p in s.children if p.dep_ == "prep" and word(p) == "of"
                           for o in p.children if o.dep_ == "pobj")))


def burning_barricade(trig: Trigger, sent: Span) -> bool:
    """'blocked roads with burning tyres': a blockade ACLED codes as a violent demonstration."""
    text = sent.text.lower()
    # (also "residents who had blocked a street with burning branches to protest ...", the
    # protest's own word typing it)
    return (trig.mode == "obstruct" and any(b in text for b in FIRE_BARRICADES)) or (
        trig.plover == "PROTEST" and _BLOCKED_WITH_FIRE.search(text) is not None)


_BLOCKED_WITH_FIRE = re.compile(r"\bblock\w*\s[^.;]{0,40}\bwith\s+(?:" +
                                "|".join(map(re.escape, FIRE_BARRICADES)) + ")")


def _fought_with_crude_weapons(trig: Trigger, sent: Span, inter_t: int | None) -> bool:
    """'fought ... using sticks, stones and slingshots', 'clashed with sticks and stones' (and
    no guns): a brawl, whoever fought (but a crowd clashing with police demonstrates)."""
    # (not "protesters threw sticks of dynamite at police": demonstrators, whose explosives
    # are no stick)
    clashed = trig.lemma == "clash" and inter_t != Inter.STATE and \
        any(_crude_weapon(t) for t in sent) and \
        not any(t.lemma_.lower() in word_classes()["demonstrators"] for t in sent)
    return (clashed or trig.lemma == "fight" and _brawl(sent)) and not any(
        word(t) in GUNFIRE_WORDS for t in sent)


def _crude_weapon(tok: Token) -> bool:
    """'sticks and stones' (not 'sticks of dynamite', a measure of something else)."""
    return tok.lemma_.lower() in CRUDE_WEAPONS and not any(
        c.dep_ == "prep" and word(c) == "of" for c in tok.children)


def _brawl(sent: Span) -> bool:
    """Groups fighting each other with crude weapons (sticks, machetes, stones): a mob."""
    text = sent.text.lower()
    fought = "each other" in text or "one another" in text or \
        any(t.lemma_.lower() == "fight" and t.pos_ == "VERB" for t in sent)
    return fought and any(t.lemma_.lower() in CRUDE_WEAPONS for t in sent)


def _interaction(a: int | None, b: int | None) -> int | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return int(f"{a or b}0")
    lo, hi = sorted((a, b))
    return int(f"{lo}{hi}")


NATIONAL_ORDERS = ("Change to group/activity", "Other")  # bans, curfews, emergencies
MET_BY_FORCE = ("Peaceful protest", "Protest with intervention",
                "Excessive force against protesters")  # in order of the force met


RIOTS = ("Violent demonstration", "Mob violence")
RIOTERS_NAME = actor_lexicon()["rioter"]["name"].split(" (")[0]


WARFARE = ("Battles", "Explosions/Remote violence")
GOVERNMENT_OF = "Government of "


def press_held(arrests: Event) -> bool:
    """Whether those held are told as press ('a journalist', 'two reporters')."""
    return any(a.role == "target" and names_press(a) for a in arrests.actors)


def names_press(people: Actor) -> bool:
    """Whether the people are named as press ('two journalists covering the strike')."""
    press = word_classes()["press_workers"]
    return bool(people.text) and \
        any(w.rstrip("s") in press for w in re.findall(r"[a-z]+", people.text.lower()))


def _refine_protests(events: list[Event]) -> list[Event]:
    """A protest met by state force on the same day and place is, for ACLED, a protest with
    intervention (or excessive force when someone was killed or hurt): one event. Violence told
    apart from the protest ("police shot a demonstrator"; "he was protesting") merges into it;
    arrests stay an event of their own."""
    _protesters_ruin(events)
    dropped: set[int] = set()
    for protest in events:
        # A protest told by its dispersal ("police broke up a rally") is one too.
        dispersal = protest.plover_event == "ASSAULT" and protest.plover_mode == "crowd-control"
        if (protest.plover_event != "PROTEST" and not dispersal) or \
                protest.sub_event_type not in MET_BY_FORCE or \
                protest.modality != "asserted" or protest.time_precision != 1 or \
                id(protest) in dropped:
            continue
        # The state's force, used by it (not an attack on soldiers clearing a roadblock).
        # (not an air strike or a battle there that day: warfare, not force met by a crowd;
        # nor a curfew imposed there that day: a measure, not force on the crowd)
        force = [o for o in events if o.plover_event in ("ASSAULT", "COERCE")
                 and o.inter1 == Inter.STATE and o.modality == "asserted"
                 and o.event_type not in WARFARE and o.sub_event_type not in NATIONAL_ORDERS
                 # (nor a rocket intercepted or arms seized there that day: no crowd met)
                 and o.sub_event_type != "Disrupted weapons use"
                 # (nor officers who "seized power" that day: a coup the crowd celebrated)
                 and not (o.plover_mode == "seize" and o.sub_event_type is None and
                          any(a.role == "target" and a.text.lower().split()[-1:] == ["power"]
                              for a in o.actors))
                 and o.event_date == protest.event_date and _met_where_told(o, protest)
                 and id(o) not in dropped and o is not protest
                 and not another_crowd_another_time(o, protest) and not held_over_a_plot(o)
                 and not told_apart(o, protest) and not protested_arrest(o, protest)
                 and not held_over_another_matter(o)
                 and not broke_away(o, protest)
                 # (nor "detained a journalist who was filming the rally": no marcher held)
                 and not (o.sub_event_type == "Arrests" and press_held(o))
                 # (not "protesters have been arrested in large numbers at blockades": a
                 # practice told as background, no force met that day)
                 and o.confidence > BACKGROUND_CONFIDENCE]
        if not force:
            continue
        # Force that killed or hurt someone other than the state's own men is excessive.
        lethal = any((o.fatalities or 0) > 0 or ((o.injured or 0) > 0 and o.inter2 != Inter.STATE)
                     for o in [protest, *force])
        # (also force typed excessive by its own sentence: "..., and one man lost an eye")
        sub = "Excessive force against protesters" if lethal or \
            protest.sub_event_type == MET_BY_FORCE[-1] or \
            any(o.sub_event_type == MET_BY_FORCE[-1] for o in force) else \
            "Protest with intervention"
        violence = next((o for o in force if o.plover_event == "ASSAULT"), None)
        if violence is None:
            protest.disorder_type, protest.event_type, protest.sub_event_type = acled_types(sub)
            if protest.actor2 is None:  # "... and 12 were arrested": by the state's police
                state = force[0]
                protest.actor2, protest.inter2 = (state.actor1, state.inter1) \
                    if state.inter1 == Inter.STATE else (state.actor2, state.inter2)
                protest.interaction = _interaction(protest.inter1, protest.inter2)
            continue
        dropped.add(id(_merge_protest(violence, protest, sub)))
    return _force_on_riots([e for e in events if id(e) not in dropped])


def held_over_another_matter(arrests: Event) -> bool:
    """'Police have detained more than 20 people in connection with the fire': arrests over
    something other than a crowd or its unrest, no force on a protest."""
    if arrests.sub_event_type != "Arrests":
        return False
    m = _IN_CONNECTION_WITH.search(arrests.evidence[0].text)
    return m is not None and m.group(1).lower() not in PROTEST_WORDS | DISORDER_WORDS


_IN_CONNECTION_WITH = re.compile(r"(?i)\bin\s+connection\s+with\s+(?:the|a|an|this|that)\s+"
                                 r"(?:\w+\s+)?(\w+)\b")
DISORDER_WORDS = frozenset(word_classes()["disorder_nouns"])


def broke_away(force: Event, rally: Event) -> bool:
    """'rallied peacefully ... Police used water cannon to clear demonstrators who broke away
    from the rally': force on a crowd that left the peaceful rally, not on the rally."""
    return force.sub_event_type in MET_BY_FORCE and rally.sub_event_type == "Peaceful protest" \
        and bool(_BROKE_AWAY.search(force.evidence[0].text))


_BROKE_AWAY = re.compile(r"(?i)\b(?:broke|breaking|split)\s+(?:away|off)\s+from\b|"
                         r"\bbreakaway\b|\bsplinter\b")


# "detained the union leader hours after he led a protest": two acts, told a span apart
SPAN_APART = re.compile(r"(?i)\b(?:hours|days|weeks|a\s+day|a\s+week)\s+(?:after|before)\b"
                        r"[^,;.]*")


def told_apart(a: Event, b: Event) -> bool:
    """Two mentions of one sentence, one told inside a clause set a span from the other
    ('Police detained the leader on Monday, hours after he led a protest'): by the places of
    the people each names, one inside that clause and the other outside."""
    if a.evidence[0].start != b.evidence[0].start:
        return False
    clauses = [(a.evidence[0].start + m.start(), a.evidence[0].start + m.end())
               for m in SPAN_APART.finditer(a.evidence[0].text)]

    def inside(ev: Event) -> bool | None:
        if not ev.actors:
            return None
        return all(any(s <= x.start < e for s, e in clauses) for x in ev.actors)
    where = {inside(a), inside(b)}
    return bool(clauses) and where == {True, False}
_ANOTHER_TIME = re.compile(r"(?i)\s*(?:earlier|later)\s+(?:on|that|in\s+the)\b")


def protested_arrest(arrests: Event, protest: Event) -> bool:
    """'Police detained the mayor ... Hundreds gathered outside the town hall to protest and
    police detained 12': the arrest of an official is an event of its own, never the protest's
    intervention (most often its cause); so is the arrest of one person whose release the
    gathering demands ('Dozens of his supporters gathered outside the police station to
    demand his release')."""
    return arrests.sub_event_type == "Arrests" and (
        (arrests.actor2 or "").startswith(GOVERNMENT_OF) or
        (arrests.arrested == 1 and any(_FOR_HIS_RELEASE.search(e.text)
                                       for e in protest.evidence))) and \
        family(protest) == f"protest/{protest.kind}"


_FOR_HIS_RELEASE = re.compile(r"(?i)\b(?:his|her)\s+(?:release|arrest|detention|freedom)\b")


def another_crowd_another_time(a: Event, b: Event) -> bool:
    """'Police broke up a protest on Monday ... Earlier on Monday, about 200 members of church
    groups held a vigil': a crowd of its own, told at another hour that day, held a peaceful
    protest of its own, not the one force met."""
    earlier, later = sorted((a, b), key=lambda e: e.evidence[0].start)
    if later.sub_event_type == earlier.sub_event_type == "Peaceful protest" and \
            later.plover_event == "PROTEST" and later.evidence[0].start not in \
            {e.start for e in earlier.evidence} and _SAME_DAY_AGAIN.match(later.evidence[0].text):
        # "... marched through Noumea on Saturday. The same day, loyalists held a rally at the
        # Place des Cocotiers": a second rally, told by the day it shares
        return True
    return later.sub_event_type == "Peaceful protest" != earlier.sub_event_type and \
        later.plover_event == "PROTEST" and later.crowd_size is not None and \
        later.crowd_size != earlier.crowd_size and \
        bool(_ANOTHER_TIME.match(later.evidence[0].text))


_SAME_DAY_AGAIN = re.compile(r"(?i)\s*(?:on\s+)?(?:that|the)\s+same\s+(?:day|evening|morning|"
                             r"afternoon|night)\s*,")


def held_over_a_plot(arrests: Event) -> bool:
    """'Police arrested three men on suspicion of planning an attack on the parade': suspects
    of a plot, caught before the act, are no crowd held at a protest that day."""
    return arrests.sub_event_type == "Arrests" and \
        any(_PLOT.search(e.text) for e in arrests.evidence)


_PLOT = re.compile(r"(?i)\b(?:plot(?:ting|ted)?|plann(?:ing|ed)|prepar(?:ing|ed))\s+"
                   r"(?:an?\s+|to\s+)?(?:attack|bomb|assault|stab|shoot)")


def _met_where_told(force: Event, protest: Event) -> bool:
    """The force met the protest where it was: the same place, or no place smaller than the
    country when told in the very next sentence ("Residents blocked the highway. Police fired
    tear gas to clear the road.")."""
    if one_site(force, protest):
        return True
    # ("police fired tear gas at residents of Soyudlu, a village in western Azerbaijan, who
    # were protesting": the crowd of the force's own sentence, placed only at the country)
    # (not "police arrested four chiefs in Safotulafai", a village the gazetteer lacks, placed
    # at the country: a place of its own)
    return (force.geo_precision == 3 and force.admin1 is None and
            force.location in (None, force.country) and
            force.country == protest.country and protest.geo_precision in (1, 2) and
            0 <= force.evidence[0].start - protest.evidence[-1].end <= 2) or \
        (protest.geo_precision == 3 and protest.admin1 is None and
         protest.location == protest.country and force.country == protest.country and
         force.location not in (None, force.country) and
         force.evidence[0].start == protest.evidence[0].start)


def _protesters_ruin(events: list[Event]) -> None:
    """'Thousands of farmers protested in Brussels ... Farmers set bales of hay alight outside
    parliament': destruction by the people a protest that day and place was told of (named by
    the same word) is that protest turned violent, a riot."""
    def head(ev: Event) -> str | None:
        source = next((a for a in ev.actors if a.role == "source" and a.text), None)
        last = source.text.lower().split()[-1] if source is not None and source.text else None
        # (not "people", "a group": any crowd, not the one that protested)
        return None if last is None or last.removesuffix("s") in UNNAMED_CROWDS else last

    def crowd(ev: Event) -> tuple[int, int] | None:
        source = next((a for a in ev.actors if a.role == "source" and a.text), None)
        return (source.start, source.end) if source is not None else None

    protests = [e for e in events if e.sub_event_type in PROTESTS[:3] and
                e.modality == "asserted" and e.time_precision == 1]
    for ruin in events:
        unnamed = crowd(ruin) is None
        if ruin.sub_event_type != "Looting/property destruction" or \
                ruin.modality != "asserted" or ruin.time_precision != 1 or \
                (not unnamed and ruin.inter1 not in (Inter.CIVILIANS, Inter.PROTESTERS)):
            continue
        who = head(ruin)
        # (or the very words that told the protest, "young men protesting ... looted shops",
        # or destruction by no one named in the protest's own sentence)
        protest = next((p for p in protests if p.event_date == ruin.event_date and
                        one_site(p, ruin) and (
                            (who is not None and head(p) == who) or
                            (not unnamed and crowd(p) == crowd(ruin)) or
                            (unnamed and p.evidence[0].start == ruin.evidence[0].start))), None)
        if protest is None:
            continue
        _as_riot(ruin, protest.actor2 if protest.inter1 == Inter.STATE else protest.actor1)
        if protest.sub_event_type == PROTESTS[2]:
            _a_riot(protest)  # fired on while it looted: a riot met by force, not excess


PROTESTERS_NAME = actor_lexicon()["protester"]["name"].split(" (")[0]
UNNAMED_CROWDS = frozenset((*word_classes()["generic_victims"], "group", "men", "crowd"))


def _force_on_riots(events: list[Event]) -> list[Event]:
    """Police clearing rioters with tear gas or rubber bullets, told apart ("Police fired
    rubber bullets to clear the roads"), is the riot's intervention, not an attack of its own."""
    # (rioters looting and burning, met by the police, riot: "Rioters looted shops ...
    # Officers fired tear gas to disperse the crowd")
    # (also "settlers attacked farmers ... Soldiers arrived later and fired tear gas": a
    # communal group's attack the force broke up, which stays an attack)
    riots = [e for e in events if (e.sub_event_type == RIOTS[0] or (
        e.sub_event_type == "Looting/property destruction" and (
            e.inter1 == Inter.RIOTERS or (e.actor1 or "").startswith(RIOTERS_NAME))) or (
        e.sub_event_type == "Attack" and e.inter1 == Inter.IDENTITY_MILITIA))
        and e.modality == "asserted" and e.time_precision == 1 and e.geonameid is not None]
    dropped: set[int] = set()
    for force in events:
        shot_in_the_riot = _shot_in_the_riot(force, riots)
        if shot_in_the_riot is None and (
                force.plover_event != "ASSAULT" or force.plover_mode != "crowd-control" or
                force.inter1 != Inter.STATE or force.fatalities or force.sub_event_type in RIOTS):
            continue
        riot = shot_in_the_riot or next((r for r in riots if r.event_date == force.event_date
                                         and one_site(r, force)), None)
        if riot is not None:
            if shot_in_the_riot is not None:
                riot.fatalities = max(riot.fatalities or 0, force.fatalities or 0) or None
            known = {e.start for e in riot.evidence}
            riot.evidence.extend(e for e in force.evidence if e.start not in known)
            riot.evidence.sort(key=lambda e: e.start)
            riot.injured = riot.injured or force.injured
            riot.arrested = riot.arrested or force.arrested
            if riot.actor2 is None:  # the police who met the riot
                riot.actor2, riot.inter2 = force.actor1, force.inter1
                riot.interaction = _interaction(riot.inter1, riot.inter2)
            if riot.sub_event_type == "Looting/property destruction":
                riot.disorder_type, riot.event_type, riot.sub_event_type = acled_types(RIOTS[0])
            dropped.add(id(force))
    kept = [e for e in events if id(e) not in dropped]
    for riot in riots:
        if riot.sub_event_type == "Looting/property destruction" and not any(
                e.sub_event_type in PROTESTS and e.event_date == riot.event_date and
                one_site(e, riot) for e in kept) and \
                not _destroyed_empty(riot):
            # "a crowd of youths looted shops": rioters' destruction, with no protest there
            # that day, is mob violence (ACLED codes a riot's looting as the riot); not "a mob
            # set fire to about 20 empty houses", property destroyed with no one attacked
            riot.disorder_type, riot.event_type, riot.sub_event_type = acled_types(RIOTS[1])
    return kept


def _shot_in_the_riot(force: Event, riots: list[Event]) -> Event | None:
    """'Protesters burned tyres and set fire to the governorate, and one young man was shot
    dead when gendarmes opened fire': the state's fire on an unnamed person, told in the riot's
    sentence, is the riot's toll (ACLED codes the dead in the riot), not an attack of its own."""
    # (not a killing told as the riot's cause, kept as background: "... after officers shot
    # dead a young man")
    if force.sub_event_type != "Attack" or force.inter1 != Inter.STATE or \
            force.inter2 not in (None, Inter.CIVILIANS) or force.modality != "asserted" or \
            force.confidence <= BACKGROUND_CONFIDENCE:
        return None
    return next((r for r in riots if r.sub_event_type == RIOTS[0] and
                 r.event_date == force.event_date and one_site(r, force) and
                 r.evidence[0].start == force.evidence[0].start), None)


EMPTY_PLACE = re.compile(r"(?i)\b(?:empty|unoccupied|abandoned|(?:no\s+one|nobody)\s+"
                         r"(?:was\s+)?(?:inside|in\s+the\s+building|at\s+home)|"
                         # "The residents had fled the day before": the homes stood empty
                         r"(?:residents|occupants|inhabitants|families|owners)\s+had\s+"
                         r"(?:already\s+)?(?:fled|left|been\s+evacuated))\b")


def _destroyed_empty(ev: Event) -> bool:
    """Whether the record tells of empty buildings burned or wrecked, no one killed or hurt."""
    return not (ev.fatalities or ev.injured) and \
        any(EMPTY_PLACE.search(e.text) for e in ev.evidence)


PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
            RIOTS[0])


def _merge_protest(violence: Event, protest: Event, sub: str) -> Event:
    """The protest and the force used on it as one event, told by the violence when it killed
    or hurt, else by the protest; returns the record merged away."""
    # Told in one sentence by the force's verb ("police used tear gas to disperse a crowd"),
    # the force's record stands, the police acting (issue #10); else the protest's.
    one_act = violence.evidence[0].start == protest.evidence[0].start
    keep, other = (violence, protest) if sub.startswith("Excessive") or one_act else \
        (protest, violence)
    keep.disorder_type, keep.event_type, keep.sub_event_type = acled_types(sub)
    set_protest_sides(keep, [violence, protest])
    for name in ("fatalities", "injured", "arrested", "crowd_size"):
        if getattr(keep, name) is None:
            setattr(keep, name, getattr(other, name))
    known = {e.start for e in keep.evidence}
    keep.evidence.extend(e for e in other.evidence if e.start not in known)
    keep.evidence.sort(key=lambda e: e.start)
    if "repression" not in keep.plover_context:
        keep.plover_context.append("repression")
    return other


def set_protest_sides(keep: Event, mentions: list[Event]) -> None:
    """A protest event's two sides from all its mentions: the crowd, then the state force that
    met it; the state first when the record tells the force's act (excessive force, a
    dispersal); rioters first for a riot. A side no mention names stays empty."""
    named = [(e.actor1, e.inter1) for e in mentions] + [(e.actor2, e.inter2) for e in mentions]
    crowd: tuple[str | None, int | None] | None = next(
        ((n, i) for n, i in named if n and i in CROWDS), None)
    state = next(((n, i) for n, i in named if n and i == Inter.STATE), None)
    if crowd is None and state is None:
        return
    rioting = keep.sub_event_type in RIOTS
    if crowd is not None and rioting:
        crowd = ((crowd[0] or "").replace("Protesters", "Rioters"), Inter.RIOTERS)
    elif rioting:
        crowd = (None, Inter.RIOTERS)  # unnamed, yet actor 1: ACLED's default names them
    # The rioters act in a riot, even one the police broke up.
    state_acts = not rioting and (keep.sub_event_type == MET_BY_FORCE[-1] or
                                  keep.plover_event == "ASSAULT")
    order = (state, crowd) if state_acts else (crowd, state)
    sides = [s for s in order if s is not None] + [(None, None)]
    (keep.actor1, keep.inter1), (keep.actor2, keep.inter2) = sides[0], sides[1]
    keep.interaction = _interaction(keep.inter1, keep.inter2)


def _undated_aftermath(ruin: Event, violence: Event, first_told: dict[str | None, int]) -> bool:
    """'Residents of Mwenga said many shops had been looted', told with no day of its own after
    the town's capture: the aftermath of the violence told before at that place."""
    # (the day carried over from the story told just before is no day of its own; "the day
    # before the troops arrived" is)
    own_day = ruin.date_text is not None and any(ruin.date_text in e.text for e in ruin.evidence)
    carried = first_told.get(ruin.event_date, ruin.evidence[0].start) < ruin.evidence[0].start
    return not own_day and carried and violence.time_precision == 1 and \
        violence.evidence[0].start < ruin.evidence[0].start


def _a_riot(protest: Event) -> None:
    """The protest retyped as a riot: its crowd, as rioters, against the force that met it."""
    if protest.inter1 == Inter.STATE:  # excessive force: the state named first
        protest.actor1, protest.inter1, protest.actor2, protest.inter2 = \
            protest.actor2, protest.inter2, protest.actor1, protest.inter1
    _as_riot(protest, protest.actor1)


def _as_riot(ev: Event, crowd: str | None) -> None:
    """The event retyped as a violent demonstration by the crowd named, as rioters."""
    ev.disorder_type, ev.event_type, ev.sub_event_type = acled_types(RIOTS[0])
    ev.plover_mode = "riot"
    ev.actor1, ev.inter1 = (crowd or "").replace(PROTESTERS_NAME, RIOTERS_NAME, 1) or None, \
        Inter.RIOTERS
    ev.interaction = _interaction(ev.inter1, ev.inter2)


def _day_and_place_borrowed(ev: Event) -> bool:
    """'... and said officers had been attacked': violence told once, with neither its day nor
    its place in its sentence (both carried from the story told before), no scene of its own
    for the damage told there."""
    return _place_borrowed(ev) and not (ev.date_text and ev.date_text in ev.evidence[0].text)


_THE_DOERS_AGAIN = re.compile(r"(?i)\bthe\s+(?:attackers|assailants|gunmen|raiders|"
                              r"militiamen)\b")


def _place_borrowed(ev: Event) -> bool:
    """Whether the record's place is not named in its only sentence (carried from the story)."""
    text = ev.evidence[0].text if len(ev.evidence) == 1 else ""
    return bool(text) and not (ev.location and ev.location in text)


def destruction_within_violence(events: list[Event]) -> list[Event]:
    """Property destroyed or looted where and when other violence is told ("the attackers also
    set fire to the town hall", "houses were burned"): part of that event, as ACLED codes
    looting and destruction as their own event only without other violence."""
    dropped: set[int] = set()
    first_told: dict[str | None, int] = {}  # the first event told of each day (linear cost)
    for e in events:
        if e.evidence:
            first_told[e.event_date] = min(first_told.get(e.event_date, e.evidence[0].start),
                                           e.evidence[0].start)
    for ruin in events:
        if ruin.sub_event_type != "Looting/property destruction" or \
                ruin.modality != "asserted" or ruin.time_precision != 1 or ruin.geonameid is None:
            continue
        violence = next((e for e in events if e is not ruin and id(e) not in dropped and
                         e.sub_event_type != ruin.sub_event_type and is_violent(e) and
                         one_site(e, ruin) and (e.event_date == ruin.event_date or
                                                _undated_aftermath(ruin, e, first_told)) and
                         not _day_and_place_borrowed(e)),
                        None)
        if violence is None and _place_borrowed(ruin) and \
                _THE_DOERS_AGAIN.search(ruin.evidence[0].text):
            # "Witnesses said the attackers arrived before dawn, shot at villagers and set
            # granaries alight": the raid just told, its doers named again, wherever the
            # story's last place was
            violence = next((e for e in reversed(events) if e is not ruin and
                             id(e) not in dropped and is_violent(e) and e.evidence and
                             e.evidence[0].start < ruin.evidence[0].start and
                             e.event_date == ruin.event_date and e.country == ruin.country),
                            None)
        if violence is None:
            continue
        known = {e.start for e in violence.evidence}
        if violence.sub_event_type in PROTESTS[:3] and ruin.evidence[0].start not in known and \
                ruin.inter1 not in (None, Inter.CIVILIANS, Inter.RIOTERS, Inter.PROTESTERS) and (
                    ruin.evidence[0].start < violence.evidence[0].start or
                    (ruin.actor1 or "").startswith(GENERIC_ARMED)):
            # "Bulldozers demolished about 40 houses ... residents who tried to stand in front
            # of the machines were pushed back": the grievance told first, no act of the crowd
            # (nor "Unknown people set fire overnight to a party's office", told apart from a
            # protest that day: no crowd's)
            continue
        if violence.sub_event_type in PROTESTS[:3] and ruin.evidence[0].start in known and \
                ruin.inter1 in (None, Inter.CIVILIANS, Inter.RIOTERS, Inter.PROTESTERS):
            # "youths looted supermarkets after a rally broke up, ...; officers fired tear gas":
            # a demonstration whose crowd wrecked and looted is a riot (ACLED), whatever
            # force met it
            _a_riot(violence)
        violence.evidence.extend(e for e in ruin.evidence if e.start not in known)
        violence.evidence.sort(key=lambda e: e.start)
        violence.arrested = violence.arrested or ruin.arrested
        dropped.add(id(ruin))
    return [e for e in events if id(e) not in dropped]

