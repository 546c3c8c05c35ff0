"""Deaths told without a violent verb ("two protesters died", "the bodies of three men were
found", "two later succumbed to their wounds"): the toll of the violent incident the article is
telling, or an attack of its own when the dead bear its marks. Accidents with no violence in
sight stay out, as ACLED leaves them out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventledger.extract.arguments import _prep_object
from eventledger.extract.context import SUBJECT_DEPS, _lemma_in
from eventledger.extract.counts import (
    _cue_tokens,
    count_of_people,
    count_told_before,
    done_to_death,
    tallied_over_the_wave,
)
from eventledger.extract.modality import _clause_head
from eventledger.extract.triggers import accidental
from eventledger.numbers import parse_count
from eventledger.roles import text_of, word
from eventledger.taxonomy import Inter, acled_types, actor_lexicon, triggers, word_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventledger.schema import Event

VIOLENT_DISORDER = "Political violence"
REACH = 2  # sentences between a death and the incident it belongs to
WOUNDED = word_classes()["wounded_words"]
CARE_PLACES = word_classes()["care_places"]
ADMISSION_VERBS = frozenset(word_classes()["admission_verbs"])


@dataclass(slots=True)
class DeathMention:
    """A reported death count with no violent verb of its own."""

    token: Token  # the verb that tells the deaths ("died", "found")
    span: Span  # its sentence
    count: int
    additive: bool  # "two more died": added to the incident's toll, not a restatement
    marked: bool  # the dead bear marks of violence ("with gunshot wounds")
    inclusive: bool  # "five in total died, including the bomber": the whole toll, restated
    sentence: int  # index of its sentence in the article
    victim: str  # the victims' head lemma ("farmer"), to know the same dead told again
    definite: bool  # "the farmer", "he": the dead may be ones told before


# "raising the toll to eight", "bringing the death toll to 12": the incident's whole toll
TOLL_RAISED_TO = re.compile(r"(?i)\b(?:rais|bring|push|tak)\w*\s+(?:the\s+)?(?:death\s+)?"
                            r"toll\s+to\s+(?:at\s+least\s+)?([\w-]+)")
# "the army denied losing anyone", "denied suffering any casualties": the other side's denial
# (also "The army denied that any clash had taken place": the act itself denied)
LOSSES_DENIED = re.compile(r"(?i)\bden(?:y|ied|ies|ying)\b[^.;]{0,30}?\b(?:los(?:ing|ses|s)|"
                           r"suffer(?:ing|ed)?\s+(?:any\s+)?(?:losses|casualties)|"
                           r"casualties|(?:any|the)\s+(?:clash|attack|ambush|fighting|battle)"
                           r"(?:es|s)?\s+(?:had\s+)?(?:taken\s+place|occurred|happened))\b")
# "a figure that could not be checked": a claim no one could confirm
CLAIM_UNCHECKED = re.compile(r"(?i)\b(?:could|can)\s*(?:not|n[o’']t)\s+(?:be\s+)?"
                             r"(?:independently\s+)?(?:verif(?:y|ied)|check(?:ed)?|"
                             r"confirm(?:ed)?)\b|\bunverified\b")
# "as many as 21", "up to 30": a count given only as its upper bound
UPPER_BOUND = re.compile(r"(?i)\b(?:as many as|up to)\s+([\w-]+)")


def _running_total(sent: Span, verb: Token) -> bool:
    """'More than 200 people have died since the protests began', 'so far', 'across the
    region': a running total (a Figure), no incident's toll."""
    cues = word_classes()["cumulative_cue"] | word_classes()["countrywide_cues"] | \
        word_classes()["regionwide_cues"]
    # ("Their tally was five dead": the tally told in the past is no cue of its own)
    told = {c.i for c in verb.children if c.dep_ == "nsubj"} if verb.tag_ == "VBD" and \
        _dead_of_a_tally(verb) is not None else set()
    return any(_clause_head(cue.head.head if cue.dep_ == "mark" else cue).i == verb.i
               for cue in _cue_tokens(sent, cues) if cue.i not in told)


def _tally_in_the_perfect(verb: Token, victims: Token) -> bool:
    """'Dozens of members of the security forces have also died': many dead, told in the
    present perfect with no day, are a tally of the unrest, no incident's toll."""
    present_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                          for c in verb.children)
    return present_perfect and any(_lemma_in(t, word_classes()["many_markers"])
                                   for t in victims.subtree)


_SPAN_OF = re.compile(r"(?i)\b(?:days|weeks|months|years|decades)\s+of\b")


_WAVES = frozenset().union(*(word_classes()[name] for name in (
    "protest_nouns", "disorder_nouns", "upheaval_nouns", "conflict_span_nouns")))


def death_mentions(sent: Span, index: int) -> list[DeathMention]:
    """Counted deaths in a sentence: 'N died/drowned/perished', 'N (bodies) were found (dead)'."""
    classes = word_classes()
    marked = any(_lemma_in(t, classes["violence_marks"]) for t in sent)
    out = []
    for tok in sent:
        tally = _dead_of_a_tally(tok)  # "Their tally was five dead"
        if tok.pos_ != "VERB" and not (tok.lemma_ == "be" and (_told_dead(tok) or any(
                _among_the_dead_phrase(c) is not None for c in tok.children) or
                tally is not None)):
            continue  # (but "six inmates were dead", "four children were among the nine dead")
        lemma = tok.lemma_.lower()
        subject = next((c for c in tok.children if c.dep_ in (*SUBJECT_DEPS, "nsubjpass")),
                       None)
        lone = _subject_taken_in(tok) if subject is None else None
        if lone is not None:
            subject = lone  # "and a 17-year-old died": one person, the parse's noun lost
        elif subject is not None and subject.tag_ == "WP" and tok.dep_ == "relcl":
            subject = tok.head  # "the man, who died at the scene"
        elif subject is None and tok.dep_ == "conj":  # "was shot ... and died in hospital"
            subject = next((c for c in tok.head.children
                            if c.dep_ in (*SUBJECT_DEPS, "nsubjpass")), None)
        elif subject is not None and tok.dep_ == "advcl" and any(
                c.dep_ == "cc" and subject.i < c.i < tok.i for c in subject.children):
            # "the mayor was hit as gunmen fired, and died later", the parse taking the gunmen for
            # who died: the one the main clause tells was hit
            subject = next((c for c in tok.head.children
                            if c.dep_ in (*SUBJECT_DEPS, "nsubjpass")), None)
        if tok.dep_ == "advcl" and tok.head.pos_ == "VERB" and any(
                c.dep_ == "mark" and word(c) in ("after", "since") for c in tok.children) and \
                not any(_lemma_in(t, classes["violence_marks"]) for t in tok.subtree) and \
                not (count_told_before(subject) if subject is not None else None):
            # "set fire to a police station after a man died in custody": the cause (not
            # "police arrived after the men had died": the men the story counted)
            continue
        if accidental(tok):
            continue  # "the club where dozens of people died in a fire": no one's act
        if tok.dep_ == "relcl" and any(
                a.dep_ == "pobj" and a.lemma_.lower() in classes["remembrance_nouns"]
                for a in tok.ancestors):
            continue  # "laid flowers in memory of a prisoner who died in custody": remembered
        if any(c.dep_ == "prep" and any(word(o) == "which" for o in c.children)
               for c in tok.children) and (
                _SPAN_OF.search(sent.text) or
                (tok.dep_ == "relcl" and _lemma_in(tok.head, classes["conflict_span_nouns"]))):
            # "months of protests ..., in which more than 30 people died": a span's (also "a
            # war in which about 100,000 people died": a whole conflict's)
            continue

        if subject is not None and any(c.dep_ == "aux" and c.lemma_ == "have" and
                                       c.tag_ in ("VBZ", "VBP") for c in tok.children) and \
                _lemma_in(subject, _WAVES):
            continue  # "The unrest that began in May has left nine people dead": its tally
        if _rumoured(tok, classes["unfounded_claims"]):
            continue  # "after rumours spread that a man had died in custody": no death told
        if _NATURAL_DEATH.search(" ".join(t.text for t in tok.subtree)):
            continue  # "the man had died of natural causes in hospital": no one's violence
        victims: Token | None
        if tally is not None:
            victims = tally
        elif lemma in classes["death_verbs"] or _lost_lives(tok) or _did_not_survive(tok) or \
                _told_dead(tok):
            victims = subject  # (also "two volunteers lost their lives")
        elif (lost := _people_lost(tok)) is not None:
            victims = lost  # "killing six fighters and losing one soldier": their own dead
        elif (deaths := _deaths_admitted(tok)) is not None:
            victims = deaths  # "Police confirmed one death": a count of the dead
        elif (left := _left_dead(tok, subject)) is not None:
            victims = left  # "the shootout left one officer and three of the gunmen dead"
        elif (among := _among_the_dead(tok, subject)) is not None:
            victims = among  # "a health worker counted seven traders among the dead"
        elif lemma in classes["find_verbs"] or lemma in classes["pronouncing_verbs"]:
            # (also "one man was pronounced dead at the district hospital")
            victims = subject if subject is not None and subject.dep_ == "nsubjpass" else \
                next((c for c in tok.children if c.dep_ == "dobj"), None)
            # ("were found shot dead": the state told on the verb the finding governs)
            told_dead = [*tok.children, *(g for x in tok.children if x.dep_ in ("xcomp", "oprd")
                                          for g in x.children)]
            # (and "was found hacked to death": the finding governs a verb done to death)
            # (not "attacked migrants after a driver was found stabbed to death": the cause)
            cause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and word(c) in ("after", "since")
                                                for c in tok.children)
            if victims is None or not (_lemma_in(victims, classes["remains_nouns"]) or any(
                    word(c) == "dead" or (c.dep_ in ("xcomp", "oprd") and c.pos_ == "VERB" and
                                          not cause and done_to_death(c)) for c in told_dead)):
                continue
        else:
            continue
        if victims is None or _named_by_their_death(tok, victims, classes):
            continue
        if _claim_denied(tok):
            continue  # "claimed a soldier had died, but the army denied losing anyone"
        if _lemma_in(victims, classes["remains_nouns"]):
            victims = _prep_object(victims, ("of",)) or victims  # "the bodies of three men"
        count = 1 if lone is not None else \
            count_of_people(victims) or count_told_before(victims)
        if count and _with_the_attacker(tok):
            count += 1  # "three soldiers died along with the attacker": the bomber too
        if not count or _running_total(sent, tok) or _tally_in_the_perfect(tok, victims) or \
                tallied_over_the_wave(tok):
            continue
        # "two more died", "one of the wounded died", "the bomber also died": deaths added to
        # the incident's toll
        # (not "more than 40 civilians had died": a bound on a count, no deaths added)
        additive = any((_lemma_in(t, classes["additive"]) and not _bound_word(t)) or
                       word(t) in WOUNDED for t in victims.subtree) or \
            any(word(c) == "also" for c in tok.children)
        # "as many as 21 died": a claim's upper bound never raises the incident's toll
        upper = bool(UPPER_BOUND.search(" ".join(word(t) for t in victims.subtree)))
        inclusive = any(word(t) == "total" or (word(t) == "including" and
                                               not _ranks_of_their_own(victims, t))
                        for t in tok.subtree) and not upper
        raised = TOLL_RAISED_TO.search(sent.text)
        total = parse_count(raised.group(1)) if raised else None
        if total is not None and total >= count:
            # "two more bodies were found, raising the toll to eight": the toll is eight
            count, additive, inclusive = total, False, True
        definite = victims.pos_ == "PRON" or any(
            c.dep_ in ("det", "poss") and word(c) not in ("a", "an") for c in victims.children)
        # ("one of their fighters": the fighters are who died)
        whole = _prep_object(victims, ("of",)) if victims.pos_ in ("NUM", "PRON") else None
        out.append(DeathMention(tok, sent, count, additive, marked, inclusive, index,
                                (whole or victims).lemma_.lower(), definite))
    return out


def _ranks_of_their_own(victims: Token, including: Token) -> bool:
    """'Four soldiers, including a captain': those named among the victims are of their own
    kind (not "ten people, including six attackers", who may be counted again)."""
    kinds = actor_lexicon()
    mine = kinds.get(victims.lemma_.lower(), {}).get("kind")
    named = [o for o in including.children if o.dep_ == "pobj"]
    ranks = word_classes()["military_ranks"]
    return including.head == victims and mine in ("state", "armed") and bool(named) and all(
        kinds.get(o.lemma_.lower(), {}).get("kind") == mine or o.lemma_.lower() in ranks
        for o in named)


def _with_the_attacker(verb: Token) -> bool:
    """'died along with the attacker', 'together with the bomber': one more dead, the one who
    attacked."""
    return any(c.dep_ == "prep" and word(c) == "with" and c.i > 0 and
               word(verb.doc[c.i - 1]) in ("along", "together") and
               any(o.dep_ == "pobj" and _lemma_in(o, word_classes()["lone_attackers"])
                   for o in c.children)
               for c in verb.children)


def _told_dead(verb: Token) -> bool:
    """'officials said six inmates were dead': a count told in the state of death."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and word(c) == "dead"
                                       for c in verb.children)


def _dead_of_a_tally(verb: Token) -> Token | None:
    """'Their tally was five dead', 'the toll was six dead': the dead a tally is told as (the
    count of the dead, where counts._tally_told reads the number a tally reached)."""
    if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and _lemma_in(c, TALLY_NOUNS)
                                      for c in verb.children):
        return None
    # (the parse hangs the count on "dead", or "dead" on the count)
    return next((n for c in verb.children if c.dep_ in ("attr", "acomp") for n in (
        [c] if c.like_num and any(word(d) == "dead" for d in c.children) else
        [d for d in c.children if d.like_num] if word(c) == "dead" else [])), None)


TALLY_NOUNS = word_classes()["tally_nouns"]


def _among_the_dead_phrase(prep: Token) -> Token | None:
    """The 'dead' of an 'among the (nine) dead' phrase, else None."""
    if prep.dep_ != "prep" or word(prep) != "among":
        return None
    return next((o for o in prep.children if o.dep_ == "pobj" and word(o) == "dead"), None)


def _among_the_dead(verb: Token, subject: Token | None) -> Token | None:
    """The people a verb puts 'among the dead' ('counted seven traders among the dead', 'seven
    traders were among the dead'), else None."""
    dead = next((d for c in verb.children if (d := _among_the_dead_phrase(c)) is not None),
                None)
    if dead is None:
        return None
    among = dead.head
    # ("four children were among the nine dead": the nine are the toll, however it is parsed)
    if any(c.dep_ == "nummod" for c in dead.children):
        return dead
    told = next((o for o in among.children if o.like_num and o.i == dead.i - 1), None)
    if told is not None:
        return told
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or subject


def _left_dead(verb: Token, subject: Token | None) -> Token | None:
    """The people an act told by its noun left dead ('The fighting left three people dead',
    'The gun battle ended with four of the bandits dead'), else None."""
    if verb.lemma_.lower() not in ("leave", "end") or subject is None or \
            not (subject.lemma_.lower() in triggers() or word(subject) == "it" or
                 _lemma_in(subject, word_classes()["violence_nouns"])):
        return None
    if verb.lemma_.lower() == "end":
        return _ended_with_dead(verb)
    if not any(word(c) == "dead" and c.dep_ in ("oprd", "xcomp", "acomp", "advmod", "amod")
               for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _ended_with_dead(verb: Token) -> Token | None:
    """Who 'ended with N dead' names, however the parse hangs 'with' and 'dead'."""
    for c in verb.children:
        heads = [g for g in c.children if c.dep_ == "prep" and word(c) == "with"] + \
            ([c] if c.dep_ == "advcl" and any(word(m) == "with" for m in c.children) else [])
        for h in heads:
            if word(h) == "dead":  # "with four of the bandits dead"
                return next((s for s in h.children if s.dep_ in SUBJECT_DEPS), None)
            if any(word(a) == "dead" and a.dep_ == "amod" for a in h.children):
                return h  # "with three people dead"
    return None


def _subject_taken_in(verb: Token) -> Token | None:
    """'and a 17-year-old died': the parse hangs the subject's article and adjective on the
    verb itself, so one person is told; the adjective stands for them."""
    article = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i and
                    word(c) in ("a", "an")), None)
    if article is None:
        return None
    return next((c for c in verb.children if c.dep_ == "amod" and article.i < c.i < verb.i),
                None)


_NATURAL_DEATH = re.compile(r"(?i)\b(?:of|from)\s+(?:natural\s+causes|(?:an?\s+)?(?:illness|"
                            r"disease|heart\s+attack|stroke)|old\s+age)\b")


def told_against(mention: DeathMention) -> bool:
    """'The party said 12 were shot dead, while the hospital said it had received two bodies':
    a count told by a second speaker set against the first, in the same sentence."""
    speech, disputing = word_classes()["speech"], word_classes()["dispute_cues"]
    for a in list(mention.token.ancestors)[:3]:
        if a.lemma_.lower() in speech and a.dep_ in ("advcl", "conj"):
            return any(c.dep_ in ("mark", "cc") and word(c) in disputing
                       for c in (*a.children, *a.head.children) if c.i < a.i)
        if a.lemma_.lower() in speech and a.dep_ == "ROOT":
            # ("the military said ... four militants were killed; a news agency said two
            # guerrillas died": the first speaker's clause hung on the second's verb)
            doc = a.doc
            return any(c.dep_ in ("ccomp", "parataxis") and c.i < a.i and
                       c.lemma_.lower() in speech and
                       any(t.text == ";" for t in doc[c.right_edge.i:a.i])
                       for c in a.children)
    return False


def _claim_denied(verb: Token) -> bool:
    """'A rebel spokesman claimed that a soldier had died, but the army denied losing anyone':
    a death one side claims and the other denies (or no one could check) in the same sentence
    counts no one (ACLED takes the most conservative report)."""
    if not any(a.lemma_.lower() in ("claim", "allege") for a in list(verb.ancestors)[:3]):
        return False
    sent = verb.sent
    text = text_of(sent.doc)
    # (also "claimed that thirty soldiers had died, a figure that could not be checked")
    return bool(LOSSES_DENIED.search(text, verb.idx, sent.end_char) or
                CLAIM_UNCHECKED.search(text, verb.idx, sent.end_char))


def _rumoured(verb: Token, rumours: frozenset[str]) -> bool:
    """'rumours spread that a local man had died', 'the rumour that he was killed': what a
    rumour says, which tells no act."""
    for a in list(verb.ancestors)[:3]:
        if a.lemma_.lower() in rumours or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in rumours
                for c in a.children):
            return True
    return False


def other_side_dead(mention: DeathMention, toll: int | None = None) -> bool:
    """'Twelve assailants were killed and two volunteers lost their lives': deaths told beside
    a killing's count of other people, so added to it rather than told again."""
    verb = mention.token
    # ("six auxiliaries died and about twenty terrorists were killed", "said it lost two
    # soldiers and killed dozens of militants": the killing told second, where the toll is
    # its count alone)
    # (also "put army losses at four soldiers and said about twenty fighters had been killed")
    kills = [k for c in verb.children if c.dep_ == "conj"
             for k in (c, *(x for x in c.children if x.dep_ == "ccomp"
                            and c.lemma_.lower() in word_classes()["speech"]))
             if k.lemma_.lower() in word_classes()["kill_verbs"]]
    if not mention.inclusive and toll is not None and any(
            (killed := next((k for k in c.children if k.dep_ in ("nsubjpass", "dobj")), None))
            is not None and count_of_people(killed) == toll and
            killed.lemma_.lower() != mention.victim for c in kills):
        return True
    if verb.dep_ in ("ccomp", "parataxis") and not mention.inclusive and \
            not mention.additive and verb.head.lemma_.lower() in word_classes()["speech"]:
        # (only where the toll is the other side's count alone: "..., and two soldiers died"
        # may have been counted with the killing already)
        return toll is not None and _killed_of_another_side(mention) == toll
    if mention.inclusive:
        return False
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    # ("14 soldiers were killed and 20 surrendered, and that five fighters died": the first
    # of the joined clauses tells the killing)
    head = verb.head
    while head.lemma_.lower() not in word_classes()["kill_verbs"] and head.dep_ == "conj" and \
            head.head.pos_ == "VERB":
        head = head.head
    # ("Twelve assailants were killed", "killing six fighters and losing one soldier")
    killed = next((c for c in head.children if c.dep_ == "nsubjpass"), None) or \
        next((c for c in head.children if c.dep_ == "dobj"), None)
    return killed is not None and bool(count_of_people(killed)) and \
        killed.lemma_.lower() != mention.victim and \
        head.lemma_.lower() in word_classes()["kill_verbs"]


def _killed_of_another_side(mention: DeathMention) -> int | None:
    """'..., killing 15 assailants; two soldiers died, the army said': the count of people of
    the other side killed before the deaths told as what was said, if any."""
    lexicon = actor_lexicon()
    mine = lexicon.get(mention.victim or "", {}).get("kind")
    if mention.victim in BYSTANDERS:
        mine = "civilians"  # ("70 of the attackers were killed, while ... one civilian died")
    elif mine not in ("state", "armed"):
        return None
    speech = mention.token.head
    for verb in mention.span:
        # (also "two soldiers died, the army said, adding that six rebels were killed": the
        # killing told after, in the same speech)
        if verb.i == mention.token.i or verb.lemma_.lower() not in word_classes()["kill_verbs"] \
                or (verb.i > mention.token.i and speech not in list(verb.ancestors)[:3]):
            continue
        killed = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        # ("70 of the attackers": the people the count is of)
        people = (_prep_object(killed, ("of",)) or killed) if killed is not None and \
            killed.pos_ == "NUM" else killed
        theirs = lexicon.get(people.lemma_.lower(), {}).get("kind") if people is not None \
            else None
        if killed is not None and theirs in ("state", "armed") and theirs != mine:
            return count_of_people(killed)
    return None


BYSTANDERS = frozenset(word_classes()["bystanders"])


def own_side_of(mention: DeathMention) -> int | None:
    """'the army said it lost three soldiers', 'four of their fighters died': a side's count of
    its own dead, as the ACLED inter code of that side (None for any other death)."""
    verb = mention.token
    victims = _people_lost(verb)
    if victims is None and verb.lemma_.lower() in word_classes()["death_verbs"]:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        of = _prep_object(subject, ("of",)) if subject is not None else None
        if of is not None and any(c.dep_ == "poss" and word(c) in OWN_POSSESSIVES
                                  for c in of.children):
            victims = of
    if victims is not None and victims.lemma_.lower() in SIDES_MEN and (
            verb.lemma_.lower() == "lose" or verb.lemma_.lower() in ADMISSION_VERBS):
        return _losing_side(verb)  # (also "admitted the loss of two of its men")
    said = _speech_over(verb) if victims is not None and \
        victims.lemma_.lower() in SIDES_MEN else None
    if said is not None:
        # "the 3R group said (in a statement) that two of its men had died": the men of the
        # side that said so
        speaker = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None)
        return _side_named(speaker) if speaker is not None else None
    entry = actor_lexicon().get(victims.lemma_.lower()) if victims is not None else None
    return int(entry["inter"]) if entry is not None and entry["kind"] in ("state", "armed") \
        else None


SIDES_MEN = frozenset(("man", "member"))  # "the group said it had lost two men"
# ("a separatist commander said two of his men had died": a leader's men are the side's)
OWN_POSSESSIVES = frozenset(("its", "their", "our", "his", "her"))
SPEAKS_FOR_SIDE = frozenset(word_classes()["office_titles"]) | frozenset(
    word_classes()["spokespeople"])


def _losing_side(verb: Token) -> int | None:
    """'The rebels said they lost two men', 'the CSP said it had lost two men': the side that
    lost them, by its word, or a named group's (an organisation that loses men in a fight is
    an armed one) — through 'it'/'they' to the one who said so."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "conj":
        verb = verb.head  # "said it had killed 20 'terrorists' and lost two men"
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    # (also "a separatist commander said his group had lost one man": the teller's own side)
    if subject is not None and verb.dep_ == "ccomp" and (subject.pos_ == "PRON" or (
            _side_named(subject) is None and
            any(c.dep_ == "poss" and word(c) in ("his", "her", "their", "its", "our")
                for c in subject.children))):
        teller = verb.head
        subject = next((c for c in teller.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and teller.dep_ in ("advcl", "conj", "xcomp"):
            # "..., the group said, adding that it had lost two men": the one who said so
            subject = next((c for c in teller.head.children if c.dep_ in SUBJECT_DEPS), None)
    return _side_named(subject) if subject is not None else None


def _speech_over(verb: Token) -> Token | None:
    """The speech verb whose report the clause is: 'said that ...', 'said in a statement
    that ...' (the clause hung on the statement)."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "acl", "pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in word_classes()["speech"]:
            return cur
    return None


def _side_named(subject: Token) -> int | None:
    """The armed side a subject names: by its word, or a named group's (an organisation that
    loses men in a fight is an armed one: 'the CSP', 'the 3R group')."""
    entry = actor_lexicon().get(subject.lemma_.lower())
    if entry is not None:
        return int(entry["inter"]) if entry["kind"] in ("state", "armed") else None
    if word(subject) in SPEAKS_FOR_SIDE or subject.lemma_.lower() in SPEAKS_FOR_SIDE:
        # "a separatist commander", "a spokesman for the rebels": the side they speak for
        # (also "separatist commanders")
        spoken_for = [c for c in subject.children if c.dep_ in ("amod", "compound", "poss")]
        spoken_for += [o for o in (_prep_object(subject, ("of", "for")),) if o is not None]
        return next((side for c in spoken_for if (side := _side_named(c)) is not None), None)
    if subject.lemma_.lower() in word_classes()["named_group_heads"]:
        # ("the rebel movement admitted the loss of two of its men": a group told as armed)
        armed = next((e for c in subject.children if c.dep_ in ("compound", "amod")
                      if (e := actor_lexicon().get(c.lemma_.lower())) is not None and
                      e["kind"] == "armed"), None)
        if armed is not None:
            return int(armed["inter"])
    named = subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", "NORP")
    # ("a volunteer unit fighting on Ukraine's side said it lost two men": a body told as
    # fighting is an armed one)
    named = named or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("fight", "battle")
                         for c in subject.children)
    # ("the group said it had lost two men": the group just told, which loses men in a fight)
    named = named or (subject.lemma_.lower() in word_classes()["named_group_heads"] and
                      any(c.dep_ == "det" and word(c) == "the" for c in subject.children) and
                      subject.dep_ in SUBJECT_DEPS and
                      subject.head.lemma_.lower() in word_classes()["speech"])
    # ("the 3R group", "the CPC coalition": a group named by its proper name)
    named = named or (subject.lemma_.lower() in word_classes()["named_group_heads"] and any(
        c.dep_ == "compound" and (c.pos_ == "PROPN" or c.text.isupper() or
                                  any(ch.isdigit() for ch in c.text))
        for c in subject.children))
    return int(Inter.REBELS) if named else None


def _people_lost(verb: Token) -> Token | None:
    """'losing one soldier', 'lost three officers', 'acknowledged the deaths of five soldiers':
    the people a side lost (as dead)."""
    lemma = verb.lemma_.lower()
    put_at = lemma in ("put", "place") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "loss" for c in verb.children)
    if lemma != "lose" and lemma not in ADMISSION_VERBS and not put_at:
        return None
    # ("He put army losses at four soldiers": the side's dead, counted)
    obj = _prep_object(verb, ("at",)) if put_at else \
        next((c for c in verb.children if c.dep_ == "dobj"), None)
    # ("put the army's own losses at two dead": the dead counted)
    dead_counted = put_at and obj is not None and word(obj) == "dead" and \
        any(c.dep_ == "nummod" for c in obj.children)
    if obj is not None and (obj.like_num or dead_counted):
        # ("lost two of its own men": the men counted)
        counted = None if dead_counted else _prep_object(obj, ("of",))
        if counted is None and put_at and count_of_people(obj):
            # ("put the militants' losses at about twenty": the side whose losses they are)
            loss = next(c for c in verb.children if c.dep_ == "dobj")
            side = next((c for c in loss.children if c.dep_ in ("poss", "compound")), None)
            if side is not None and side.lower_ in ("its", "their", "our"):
                # ("the army ... put its own losses at four": the side that speaks)
                side = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if side is not None and actor_lexicon().get(side.lemma_.lower(), {}).get(
                    "kind") in ("state", "armed"):
                return obj
        if counted is not None and word(counted) == "own" and lemma == "lose" and \
                _losing_side(verb) is not None:
            return obj  # ("lost one of their own": the side's own man, counted)
        obj = counted or obj
    # ("admitted the loss of two of its men": the men counted)
    loss_told = obj is not None and obj.lemma_.lower() == "loss"
    if lemma != "lose" and not put_at:
        obj = _prep_object(obj, ("of",)) if obj is not None and \
            obj.lemma_.lower() in ("death", "loss") else None
        if obj is not None and obj.like_num and loss_told:
            obj = _prep_object(obj, ("of",))
    # (a side's men: not "who lost two brothers", a family's dead told again)
    if obj is None or (actor_lexicon().get(obj.lemma_.lower(), {}).get("kind") not in (
            "state", "armed") and not ((lemma == "lose" or loss_told) and
                                       obj.lemma_.lower() in SIDES_MEN and
                                       _losing_side(verb) is not None)):
        return None
    return obj if count_of_people(obj) else None


def _deaths_admitted(verb: Token) -> Token | None:
    """'Police confirmed one death', 'officials reported two deaths': the deaths counted (also
    'They counted six dead', the sources just named counting the incident's dead)."""
    # (also "A health worker counted eight dead": a source's count)
    # (or "A local lawyers' group counted six dead")
    # (also "..., the ombudsman's office said, counting six dead": the teller's count of the
    # fight its sentence tells; read only for "count", since this runs for every verb)
    by_the_teller = verb.lemma_.lower() == "count" and (_counting_teller(verb) or
                                                        _counted_in_the_act(verb))
    if verb.lemma_.lower() == "count" and (by_the_teller or any(
            c.dep_ == "nsubj" and c.pos_ in ("PRON", "NOUN", "PROPN") for c in verb.children)):
        # (the parse hangs "six" and "dead" many ways: read the words)
        doc = verb.doc
        told = doc[verb.i + 1] if verb.i + 2 < len(doc) else None
        # (also "counted seven bodies")
        if told is not None and told.like_num and \
                word(doc[verb.i + 2]) in ("dead", "bodies", "corpses"):
            return told if by_the_teller or _a_fight_without_toll_before(verb) else None
        # ("counted three soldiers and five Fano members dead": each side's dead named)
        named = next((c for c in verb.children if c.dep_ == "dobj" and any(
            word(d) == "dead" and d.i > c.i for d in (*c.children, *verb.children))), None)
        return named if named is not None and \
            (by_the_teller or _a_fight_without_toll_before(verb)) else None
    if verb.lemma_.lower() == "count" and verb.tag_ == "VBN" and verb.i >= 2 and \
            any(c.dep_ == "agent" for c in verb.children):
        # ("Of the six dead counted by a hospital worker, two were civilians": the dead a
        # source counted, told before the verb)
        doc = verb.doc
        told = doc[verb.i - 2]
        return told if told.like_num and word(doc[verb.i - 1]) in ("dead", "bodies") and \
            _a_fight_without_toll_before(verb) else None
    if verb.lemma_.lower() not in ADMISSION_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.lemma_.lower() == "death" and any(
        c.dep_ == "nummod" for c in obj.children) and not list(obj.children)[1:] else None


def _counted_in_the_act(verb: Token) -> bool:
    """'A local aid group counted six dead in the last assault': a count that names the
    violence its dead fell in."""
    holders = {verb.i, *(c.i for c in verb.children)}  # (the parse may hang it on "dead")
    return any(p.dep_ == "prep" and word(p) in ("in", "during") and p.head.i in holders and
               any(o.dep_ == "pobj" and any(e.plover == "ASSAULT"
                                            for e in triggers().get(o.lemma_.lower(), ()))
                   for o in p.children)
               for p in verb.subtree)


def _counting_teller(verb: Token) -> bool:
    """'..., the ombudsman's office said, counting six dead': a count hung on the teller's verb
    of a sentence that tells a fight."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and \
        verb.head.lemma_.lower() in word_classes()["speech"] and \
        any(_lemma_in(t, word_classes()["fight_words"]) for t in verb.doc[verb.sent.start:verb.i])


def _a_fight_without_toll_before(verb: Token) -> bool:
    """'... took the town after a day of fighting, leaders said. They counted six dead': the
    sentence before tells a fight and no dead of its own."""
    if verb.sent.start == 0:
        return False
    before = verb.doc[verb.sent.start - 1].sent
    # (also "exchanged fire for several hours"; and "an army aircraft bombed the market. The
    # local emergency room counted seven dead": a strike by its means)
    # (or "overrunning army positions after a morning of gunfire": an assault by its signs)
    return any(_lemma_in(t, word_classes()["fight_words"]) or
               _lemma_in(t, word_classes()["assault_signs"]) or (
        t.lemma_.lower() in ("exchange", "trade") and
        any(word(c) in ("fire", "gunfire") for c in t.subtree))
        or (t.pos_ == "VERB" and any(e.acled_sub in STRIKE_MEANS
                                     for e in triggers().get(t.lemma_.lower(), ())))
        for t in before) and not any(word(t) in ("dead", "killed", "died") for t in before)


STRIKE_MEANS = frozenset(("Air/drone strike", "Shelling/artillery/missile attack"))


def _did_not_survive(verb: Token) -> bool:
    """'One of the herders did not survive the beating': a death told by its negation."""
    return verb.lemma_.lower() == "survive" and any(c.dep_ == "neg" for c in verb.children)


def _lost_lives(verb: Token) -> bool:
    return verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in verb.children)


def _named_by_their_death(verb: Token, victims: Token, classes: dict[str, frozenset[str]]
                          ) -> bool:
    """'The family of the man who died called for an inquiry': someone known by a death told
    before, named inside another phrase, is no new report of it."""
    return verb.dep_ == "relcl" and victims.dep_ == "pobj" and word(victims.head) == "of" and \
        victims.head.head.pos_ == "NOUN" and \
        any(c.dep_ == "det" and word(c) == "the" for c in victims.children) and \
        not any(_lemma_in(t, classes["violence_marks"]) for t in verb.subtree)


def is_violent(ev: Event) -> bool:
    """An asserted event of violence or force: what an untold cause of death is read as."""
    return ev.modality == "asserted" and ev.disorder_type is not None and (
        VIOLENT_DISORDER in ev.disorder_type or ev.event_type == "Riots" or
        ev.sub_event_type == "Protest with intervention")


def _bound_word(tok: Token) -> bool:
    """'more' of 'more than 40': a comparison bounding a count."""
    return word(tok) == "more" and tok.i + 1 < len(tok.doc) and word(tok.doc[tok.i + 1]) == "than"


def add_toll(incident: Event, mention: DeathMention) -> None:
    """The deaths become (or add to) the incident's toll: a restated toll does not double, a
    total that includes more (the bomber, the attackers) replaces it.
    Force against protesters that kills is excessive force (ACLED)."""
    if incident.sub_event_type == "Protest with intervention":
        incident.disorder_type, incident.event_type, incident.sub_event_type = \
            acled_types("Excessive force against protesters")
    if mention.additive and incident.fatalities:
        incident.fatalities += mention.count
    elif mention.inclusive:
        incident.fatalities = max(incident.fatalities or 0, mention.count)
    elif not incident.fatalities:
        incident.fatalities = mention.count
