"""Counts: fatalities, injured, arrested and crowd size from number modifiers, and whether a
toll is cumulative (a Figure) rather than one incident's."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventledger.extract.arguments import _QUANTITY_WORDS
from eventledger.extract.context import REPORTING_VERBS, _Hit, _lemma_in, previous_sentence
from eventledger.extract.modality import _clause_head, in_which_clause
from eventledger.extract.triggers import accidental, relative_on_act
from eventledger.numbers import parse_count
from eventledger.roles import clause_of_misread_verb, concessive, text_of, word
from eventledger.schema import Figure
from eventledger.taxonomy import actor_lexicon, word_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that tell a count of the dead, the injured or the arrested ("left two dead").
GOVERNING_TOLLS = {"die": "fatalities", "kill": "fatalities", "martyr": "fatalities",
                   "injure": "injured", "wound": "injured", "arrest": "arrested"}
TOLL_ACTS = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")  # acts a governing toll can be of
NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
ANTECEDENT_REACH = 120  # tokens back where the people "them" stands for may be told
PEOPLE = frozenset(word_classes()["person"])
REFLEXIVE_ONES = frozenset(("himself", "herself"))
SURVIVAL_WORDS = frozenset(word_classes()["survival_words"])  # "gunned down and wounded"
# the verbs of killing, and the nouns a killing is told by
KILLING = frozenset((*word_classes()["kill_verbs"], "killing", "assassination"))
TO_DEATH_VERBS = frozenset(word_classes()["to_death_verbs"])  # "beaten to death"
CASUALTY_WORDS = {word: key for key in ("fatalities", "injured", "arrested")
                  for word in word_classes()[f"casualty_{key}"]}


def _count_of(tok: Token, upward: bool = True) -> int | None:
    """A count attached to an actor head: 'two teenagers', 'thousands of demonstrators'."""
    if tok.lemma_.lower() in word_classes()["tally_nouns"]:
        # "a total of 12 people": the count is in the of-phrase
        counted = next((p for c in tok.children if word(c) == "of" for p in c.children
                        if p.dep_ == "pobj"), None)
        if counted is not None:
            return _count_of(counted, upward=False)
    if word(tok) in REFLEXIVE_ONES:
        return 1  # "killing himself and five others": the bomber is one of the dead
    if tok.lemma_.lower() in word_classes()["people_group_nouns"]:
        members = _counted_members(tok)
        if members is not None:
            return members
    if tok.like_num or tok.lemma_.lower() in _QUANTITY_WORDS:
        # (also "more than 300", "more" read as the number's adjective)
        # (and "at least five", the parse hanging "at" on "least")
        phrase = " ".join(word(s) for t in tok.lefts if t.dep_ in ("quantmod", "advmod",
                                                                   "nummod", "det") or
                          (t.dep_ == "amod" and t.tag_ in ("JJR", "RBR"))
                          for s in (t.subtree if t.dep_ == "advmod" else (t,)))
        return parse_count(f"{phrase} {word(tok)}".strip())
    for c in tok.children:
        if c.dep_ == "nummod" and not _a_year(c):
            # ("two dozen", parsed with "dozen" hung on the number)
            words = [word(t) for t in c.subtree
                     if t.i <= c.i or word(t) in ("dozen", "hundred", "thousand", "million")]
            return parse_count(" ".join(words))
    # "Eleven Nigerien soldiers" opening a sentence, parsed as a name ("Sixty farmers", as an
    # adjective): the spelled number
    first = tok.left_edge
    if first.i < tok.i and first.is_alpha and first.like_num and \
            first.dep_ in ("compound", "amod") and \
            all(t.dep_ in ("compound", "amod") for t in tok.doc[first.i:tok.i]):
        return parse_count(word(first))
    # "Three communist New People's Army rebels": the count the parse hung on an adjective of
    # the head
    if first.like_num and first.dep_ == "nummod" and first.head.dep_ in ("amod", "compound") and \
            first.head.head.i == tok.i:
        return parse_count(word(first))
    # "three women's rights activists": the count the parse hung on the possessive before the
    # compound is the head's
    for poss in (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"):
        if any(c.dep_ == "compound" and c.i > poss.i for c in tok.children):
            return _count_of(poss, upward=False)
    # "the killing of a demonstrator", "a 17-year-old was shot" (an adjective as the noun)
    nominal = tok.tag_ == "NN" or (tok.tag_ == "JJ" and tok.dep_ in NOMINAL_DEPS)
    if nominal and any(c.dep_ == "det" and word(c) in ("a", "an") for c in tok.children):
        return 1
    if tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and word(c) == "both"
                                 for c in tok.children):
        return 2  # "Both men died at the scene"
    if upward and tok.dep_ == "pobj" and word(tok.head) == "of" and (
            tok.head.head.like_num or tok.head.head.lemma_.lower() in _QUANTITY_WORDS):
        return _count_of(tok.head.head)
    return None


def _counted_members(group: Token) -> int | None:
    """'a family of six', 'a group of 12 miners', 'a couple': the people a group noun counts."""
    members = next((p for c in group.children if word(c) == "of" for p in c.children
                    if p.dep_ == "pobj"), None)
    if members is None:
        return 2 if group.lemma_.lower() == "couple" and group.tag_ == "NN" else None
    if members.like_num and all(c.dep_ == "prep" for c in members.children):
        return parse_count(word(members))
    # ("a group of nine loggers": any people counted in the plural)
    return _count_of(members, upward=False) \
        if _lemma_in(members, PEOPLE) or members.tag_ == "NNS" else None


def _a_year(num: Token) -> bool:
    """'the 2008 police killing of a boy': a year told before a noun, no count of it."""
    return num.ent_type_ == "DATE" and len(num.text) == 4 and num.text.isdigit() and \
        1800 <= int(num.text) <= 2100


def one_person(tok: Token) -> int | None:
    """'the driver', 'his bodyguard', 'him', a named person: one victim told with no number."""
    if word(tok) in ("he", "she", "him", "her"):
        return 1
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return 1
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or lemma not in _one_person_nouns():
        return None
    if any((c.dep_ == "det" and word(c) in ("the", "a", "an", "this", "that")) or
           c.dep_ == "poss" for c in tok.children):
        return 1
    return None


@cache
def _one_person_nouns() -> frozenset[str]:
    """Nouns that name one person ('driver', 'bodyguard', 'bomber'), not a body of people."""
    classes = word_classes()
    return (classes["person"] | classes["person_roles"] | frozenset(actor_lexicon())) - \
        classes["collective_nouns"]


def count_of_people(tok: Token) -> int | None:
    """The victims of a killing, counted: a group's count, or each person told on their own
    ("the official and his driver" are two)."""
    total = count_of_group(tok)
    if total is not None:
        return total * 2 if _counted_for_each_side(tok) else total
    if word(tok) == "them" and not list(tok.children):
        return _count_of_them(tok)
    if word(tok) == "both" and not list(tok.children):
        return 2  # "beat two men ..., killing both"
    if word(tok) == "another" and not list(tok.children):
        return 1  # "one protester died at the scene and another in hospital"
    speakers = _speakers_read_as_conjuncts(tok)
    heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i and c.i not in speakers]
    clause_end = _clause_read_as_conjunct(tok, heads)
    if clause_end is not None:
        # "Gendarmes tracking the herd caught up with the group ..., and seven bandits were
        # killed": the first clause's doers, joined by the parse to the dead
        return count_of_people(next(h for h in heads if h.i > clause_end))
    # ("the official and his driver"; "opposition leader Ali Dawe and 14 supporters")
    ones = [one_person(h) or (_count_of(h, upward=False) if h is not tok else None)
            for h in heads]
    return sum(n for n in ones if n) if all(ones) else None


def _counted_for_each_side(tok: Token) -> bool:
    """'killed two soldiers on each side': a count told once for each of the two sides."""
    return any(p.dep_ == "prep" and word(p) in ("on", "from") and any(
        o.dep_ == "pobj" and word(o) == "side" and
        any(d.dep_ == "det" and word(d) in ("each", "either")
            for d in o.children) for o in p.children)
        for holder in (tok, tok.head) for p in holder.children)


def _clause_read_as_conjunct(tok: Token, heads: list[Token]) -> int | None:
    """Where a clause the parse took for the first conjuncts ends: at ', and' before a counted
    conjunct, when two verbs stand before it (a clause of its own, not a noun phrase)."""
    for h in heads[1:]:
        if h.i < 2 or word(tok.doc[h.left_edge.i - 1]) != "and" or \
                tok.doc[h.left_edge.i - 2].text != "," or _count_of(h, upward=False) is None:
            continue
        verbs = [t for t in tok.doc[tok.i:h.left_edge.i - 2] if t.pos_ == "VERB"]
        if len(verbs) >= 2:
            return h.left_edge.i - 2
    return None


def _speakers_read_as_conjuncts(tok: Token) -> set[int]:
    """'killing nine people, a health worker and two residents said': the parse joins the
    speakers of a closing 'said' that lacks a subject to the victims; those after the last
    comma are the speakers."""
    later = [c for c in tok.conjuncts if c.i > tok.i]
    if not later:
        return set()
    after = tok.doc[later[-1].right_edge.i + 1] if later[-1].right_edge.i + 1 < len(tok.doc) \
        else None
    if after is None or after.pos_ != "VERB" or \
            after.lemma_.lower() not in word_classes()["speech"] or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
        return set()
    comma = max((t.i for t in tok.doc[tok.i:later[-1].i] if t.text == ","), default=None)
    return {c.i for c in later if comma is not None and c.i > comma}


def _count_of_them(tok: Token) -> int | None:
    """'two men were held ... the crowd dragged the men out and beat them to death': the count
    of the people 'them' stands for, the nearest plural people told before (through a
    definite mention of them, "the men", to where they were counted)."""
    verb = tok.head
    if tok.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "caught two men they accused of passing information to the kidnappers and beat
        # them to death": the object of the verb joined to it
        first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if first is not None and _lemma_in(first, PEOPLE) and \
                (counted := _count_of(first, upward=False)) is not None:
            return counted
    lemma = None
    for prev in reversed(tok.doc[max(0, tok.i - ANTECEDENT_REACH):tok.i]):
        if prev.pos_ != "NOUN" or prev.tag_ != "NNS" or (
                lemma is None and not _lemma_in(prev, PEOPLE)) or \
                (lemma is not None and prev.lemma_.lower() != lemma):
            continue
        counted = _count_of(prev, upward=False)
        if counted is not None:
            return counted
        lemma = lemma or prev.lemma_.lower()
    return None


def count_told_before(tok: Token) -> int | None:
    """'stoned three men ... Police arrived after the men had died', 'All three died': the count
    of people a definite mention with no number of its own stands for (the nearest count of
    the same people told before it)."""
    if tok.pos_ == "NUM" and any(c.dep_ == "det" and word(c) in ("all", "the")
                                 for c in tok.children):
        return parse_count(tok.text)
    if tok.tag_ != "NNS" or not _lemma_in(tok, PEOPLE) or \
            [word(c) for c in tok.children] != ["the"]:
        return None
    lemma = tok.lemma_.lower()
    for prev in reversed(tok.doc[max(0, tok.i - ANTECEDENT_REACH):tok.i]):
        if prev.tag_ == "NNS" and prev.lemma_.lower() == lemma:
            counted = _count_of(prev, upward=False)
            if counted is not None:
                return counted
    return None


def _enumerated(tok: Token, total: int) -> bool:
    """'two civilians, a shopkeeper and a taxi driver, in ...': the people counted, named one
    by one between commas (an apposition read as conjuncts), not more people (also 'four
    workers, three Yemenis and an Egyptian, ...': told by group, the groups adding up)."""
    doc = tok.doc
    later = [c for c in tok.conjuncts if c.i > tok.i]
    if not later or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    end = max(c.right_edge.i for c in later) + 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    one_by_one = len(later) == total and all(
        _count_of(c, upward=False) in (None, 1) and c.tag_ in ("NN", "NNP") for c in later)
    by_group = len(later) > 1 and sum(_count_of(c, upward=False) or 1 for c in later) == total
    return one_by_one or by_group


def _joined_heads(tok: Token) -> list[Token]:
    """The heads joined to `tok` after it, also one the parse hung on the verb instead
    ("killed seven soldiers and at least 12 militiamen")."""
    later = [c for c in tok.conjuncts if c.i > tok.i]
    if tok.dep_ == "dobj":
        later += [c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and
                  tok.right_edge.i < c.left_edge.i <= tok.right_edge.i + 2 and
                  word(c.doc[c.left_edge.i - 1]) == "and"]
    return later


def count_of_group(tok: Token) -> int | None:
    """The count of a head and of the heads joined to it, each with its own count: "six
    soldiers and 17 militants" are 23 (a conjunct without a count adds nothing, unless it
    names one person)."""
    total = _count_of(tok)
    if total is None:
        return None
    speakers = _speakers_read_as_conjuncts(tok)
    if _enumerated(tok, total):
        return total
    for conj in _joined_heads(tok):
        if conj.i not in speakers and (conj.pos_ in ("NOUN", "PROPN", "NUM") or
                               word(conj) in REFLEXIVE_ONES) and \
                not _lemma_in(conj, WEAPON_WORDS):  # (not "three bodies and two rifles")
            # ("a man and his son": one person told without a number is one)
            total += _count_of(conj, upward=False) or one_person(conj) or 0
    # "detained an official and two of her aides", the part read as the verb's conjunct (or
    # as a second subject: "A security officer and two of the suspects were killed")
    head = tok.head
    for c in head.children if tok.dep_ in ("dobj", "nsubjpass") else ():
        if c.dep_ in ("conj", tok.dep_) and c.i != tok.i and c.pos_ == "NUM" and \
                tok.right_edge.i < c.i <= tok.right_edge.i + 2 and \
                word(c.doc[c.i - 1]) == "and" and \
                any(p.dep_ == "prep" and word(p) == "of" for p in c.children):
            total += parse_count(word(c)) or 0
        elif c.dep_ == tok.dep_ == "nsubjpass" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and \
                tok.right_edge.i < c.left_edge.i <= tok.right_edge.i + 2 and \
                word(c.doc[c.left_edge.i - 1]) == "and":
            # ("two of its fighters and three resistance fighters were killed")
            total += _count_of(c, upward=False) or 0
    return total


def _counts(hit: _Hit, sent: Span, source: Token | None, target: Token | None
            ) -> tuple[dict[str, int | None], Token | None]:
    """Tolls and crowd size of the event, and the victims when a governing verb names them."""
    counts: dict[str, int | None] = {"fatalities": None, "injured": None, "arrested": None,
                                     "crowd_size": None}
    victims = None
    trig = hit.trigger
    target_n = count_of_group(target) if target is not None else None
    source_n = _count_of(source) if source is not None else None
    lemma = hit.token.lemma_.lower()
    if lemma == "die" and target is not None:
        counts["fatalities"] = target_n
    # "police firing left two dead", "clashed ..., leaving four people dead and nine wounded"
    leave = next((a for a in list(hit.token.ancestors)[:3] if a.lemma_.lower() == "leave"
                  and a.pos_ == "VERB"), None) or next(
        (c for c in [*hit.token.children, *clause_of_misread_verb(hit.token)]
         if c.lemma_.lower() == "leave" and c.tag_ == "VBG"
         and c.dep_ in ("advcl", "conj", "xcomp")
         and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None) or next(
        # "in a battle that left nine fighters dead" (also "clashed with armed men ..., in
        # fighting that left three people dead": the fight the verb is told in)
        (c for n in (hit.token, *(o for p in hit.token.children
                                  if p.dep_ == "prep" and word(p) == "in"
                                  for o in p.children if o.dep_ == "pobj"))
         for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() == "leave"), None) or \
        _leaving_hung_apart(hit.token)
    if leave is not None:
        for toll, told in _left_tolls(leave).items():
            if counts.get(toll) is None:
                counts[toll] = told
    # "beat him to death": a pronoun victim is the verb's object, though no actor
    # (also "beheaded two men collecting firewood", the parse taking the men for the subject
    # of what they were doing)
    victim = target if target is not None else next(
        (c for c in hit.token.children if c.dep_ in ("dobj", "nsubjpass")), None) or next(
        (g for c in hit.token.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
         for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None) or next(
        # ("A woman ... was tortured and killed by a crowd": the victim of both verbs)
        (g for g in hit.token.head.children if g.dep_ == "nsubjpass" and
         hit.token.dep_ == "conj" and hit.token.tag_ == hit.token.head.tag_ == "VBN"), None) or \
        _subject_of_a_passive_conjunct(hit.token)
    killed_n = count_of_people(victim) if victim is not None else None
    if trig.plover == "ASSAULT" and (lemma in (*KILLING, "shoot") or
                                     trig.lemma in ("gun down", "shot dead")):
        if lemma in KILLING or _dies(hit.token) or trig.lemma == "shot dead" or (
                trig.lemma == "gun down" and not _survived(hit.token)):
            counts["fatalities"] = killed_n
            if killed_n and victim is not None and any(
                    word(t) in REFLEXIVE_ONES and ((
                        t.dep_ == "conj" and t.head.i != victim.i and
                        t not in victim.conjuncts) or _BESIDES.search(
                            text_of(t.doc), max(0, t.idx - BESIDES_REACH), t.idx))
                    for t in hit.token.subtree):
                # "killing five people, among them three soldiers, as well as himself",
                # "killing five besides himself"
                counts["fatalities"] = killed_n + 1
            elif killed_n and source_n and any(word(t) == "themselves" and t.dep_ == "conj"
                                               for t in hit.token.subtree):
                # "two women blew themselves up ..., killing six traders as well as themselves"
                counts["fatalities"] = killed_n + source_n
        if counts["fatalities"] is None and lemma in KILLING:
            counts["fatalities"] = _tally_told(hit.token)
        bombers = _bombers_dead_beside(hit.token)
        if counts["fatalities"] and bombers and lemma in KILLING and \
                not any(word(t) in REFLEXIVE_ONES for t in hit.token.subtree) and \
                not _BOMBER_COUNTED.search(text_of(hit.token.doc), hit.token.sent.start_char,
                                           hit.token.sent.end_char + BOMBER_COUNTED_REACH):
            # "blew himself up ..., killing three soldiers": the bomber died too (ACLED)
            counts["fatalities"] += bombers
    elif trig.plover == "ASSAULT" and hit.token.pos_ == "NOUN" and counts["fatalities"] is None:
        counts["fatalities"] = _tally_told(hit.token)
    elif (trig.plover == "ASSAULT" or trig.mode == "riot") and hit.token.pos_ == "VERB" and (
            done_to_death(hit.token) or
            any(c.dep_ == "conj" and c.tag_ == hit.token.tag_ == "VBN" and done_to_death(c)
                for c in hit.token.children)):
        # "stabbed to death", "beaten dead", "stoned to death" (also "were beaten and burned
        # to death": the victims of both)
        counts["fatalities"] = killed_n
    elif trig.plover == "ASSAULT" and lemma in ("wound", "injure"):
        counts["injured"] = target_n
    elif trig.plover == "COERCE" and trig.mode == "arrest":
        # ("detained the party leader and 14 of his supporters": each told on their own)
        counts["arrested"] = target_n if target_n is not None or target is None else \
            count_of_people(target)
    elif trig.plover == "PROTEST":
        counts["crowd_size"] = source_n
    # "Seven people died when gunmen attacked": the toll is on the governing verb.
    # "A teenager was shot dead when police opened fire": so is a verb done to death.
    head = hit.token.head
    key = GOVERNING_TOLLS.get(head.lemma_.lower()) or (
        "fatalities" if head.pos_ == "VERB" and done_to_death(head) else None)
    # (not "stabbed to death even as police fired gas", nor "died during clashes, after the
    # council banned motorbikes": a clause set before or after the deaths is not their cause)
    sequenced = any(c.dep_ == "mark" and word(c) in ("after", "before", "since", "until")
                    for c in hit.token.children)
    if hit.token.dep_ in ("advcl", "relcl") and key and trig.plover in TOLL_ACTS and \
            not concessive(hit.token) and not sequenced:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and counts.get(key) is None:
            counts[key] = count_of_group(subj)
        if subj is None and key == "fatalities" and counts.get(key) is None:
            # "the number of people killed when herders attacked ... has risen to 13"
            counts[key] = _tally_told(head)
        if subj is not None and target is None:
            victims = subj
    dying = head.head if hit.token.dep_ == "pobj" and word(head) in ("in", "during") else None
    if dying is not None and dying.pos_ == "VERB" and trig.plover == "ASSAULT" and \
            GOVERNING_TOLLS.get(dying.lemma_.lower()) == "fatalities":
        # "two attackers were killed in the exchange of fire": the act's dead, of that side
        subj = next((c for c in dying.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and counts["fatalities"] is None:
            counts["fatalities"] = count_of_group(subj)
        if subj is not None and target is None and counts["fatalities"] is not None:
            victims = subj
    # "... killing two and injuring five", "left 3 dead": casualty words in the trigger's clause
    # (not in a relative clause about something else: "a town where 28 have been killed").
    nested: set[int] = set()
    for c in hit.token.subtree:  # subtrees are contiguous: mark each nested span once
        # A clause with a subject of its own tells another count ("17 were arrested, and
        # eight officers were injured"; "returned, two days after police killed one").
        own_clause = c.dep_ in ("conj", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
            d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
        # "blocked roads, accusing police of killing a man": the accused act's count
        accused = c.pos_ == "VERB" and c.lemma_.lower() in word_classes()["accusation_verbs"]
        # ("detained four managers, two days after a fire in the mine killed 31 miners": an
        # accident's dead)
        if (c.dep_ in ("relcl", "acl") or own_clause or accused or
                (c.dep_ == "conj" and c.pos_ == "VERB" and accidental(c))) and \
                c.i != hit.token.i and \
                c.i not in nested and not in_which_clause(c) and \
                not relative_on_act(c, hit.token):  # ("the bombing, which killed 12")
            nested.update(range(c.left_edge.i, c.right_edge.i + 1))
    told_in = [t for c in hit.token.head.children if c.i != hit.token.i and
               hit.token.dep_ in ("xcomp", "dobj") and in_which_clause(c) for t in c.subtree]
    # ("Government forces fought militiamen ..., the ministry said, reporting six dead", the
    # parse hanging the act on the report: the toll the report gives)
    if hit.token.dep_ == "ccomp" and hit.token.head.lemma_.lower() in word_classes()["speech"]:
        told_in += [t for c in hit.token.head.children if c.dep_ == "advcl" and
                    c.tag_ == "VBG" and c.lemma_.lower() == "report" for t in c.subtree]
    for tok in [*hit.token.subtree, *told_in]:  # "ordered firing ..., in which two died"
        if tok.i in nested:
            continue
        key = CASUALTY_WORDS.get(word(tok))
        if key is None or tok.i == hit.token.i or (tok.tag_ == "VBG" and tok.pos_ != "VERB"):
            continue
        n = None
        # ("shooting dead nine civilians": the parse hangs "dead" on the people it counts)
        dead_of = [tok.head] if key == "fatalities" and tok.dep_ == "amod" and \
            tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB" else []
        if key == "fatalities" and tok.dep_ == "oprd" and tok.head.tag_ == "VBG":
            # ("..., shooting 15 people dead": the people the verb left dead)
            dead_of = [c for c in tok.head.children if c.dep_ == "dobj"]
        for c in list(tok.children) + ([tok.head] if tok.head.like_num else []) + dead_of:
            if (c.like_num or c.dep_ in ("nummod", "nsubj", "nsubjpass", "dobj")) and \
                    not _a_year(c):
                # ("in which 14 rebels and three soldiers died": those who died, all counted)
                counts_dead = c.dep_ in ("dobj", "nsubjpass") or (
                    c.dep_ == "nsubj" and tok.lemma_.lower() in word_classes()["death_verbs"])
                n = parse_count(word(c)) if c.like_num else count_of_people(c) \
                    if key == "fatalities" and counts_dead else _count_of(c)
                if n is not None:
                    break
        if n is not None and counts.get(key) is None:
            counts[key] = n
    if counts["fatalities"] and trig.plover == "ASSAULT":
        # "Two soldiers were killed and dozens of militants died": the other side's dead, told
        # by a verb of dying joined to the act's
        # (the parse making the second clause a sibling under "said"; a joined clause is
        # counted with the act's own words)
        joined = [c for c in hit.token.head.children if c.dep_ == "ccomp" and
                  c.i > hit.token.i] if hit.token.dep_ == "ccomp" and any(
            c.dep_ == "cc" and word(c) == "and" for c in hit.token.children) else []
        for c in joined[:1]:
            # (not "and two of the wounded died in hospital": a late death, told apart)
            died = next((s for s in c.children if s.dep_ == "nsubj" and
                         not any(word(o) in LATE_DEAD for p in s.children if word(p) == "of"
                                 for o in p.children)), None) \
                if c.pos_ == "VERB" and c.lemma_.lower() == "die" and \
                not any(p.dep_ in ("prep", "npadvmod", "advmod") for p in c.children) else None
            if died is not None and (n := count_of_group(died)):
                counts["fatalities"] += n
        # ("The army said five soldiers died and 12 terrorists were killed": the dying told
        # first, the killing joined to it)
        first = hit.token.head
        if hit.token.dep_ == "conj" and first.i < hit.token.i and first.pos_ == "VERB" and \
                first.lemma_.lower() == "die" and \
                not any(p.dep_ in ("prep", "npadvmod", "advmod") for p in first.children):
            died = next((s for s in first.children if s.dep_ == "nsubj" and
                         not any(word(o) in LATE_DEAD for p in s.children if word(p) == "of"
                                 for o in p.children)), None)
            if died is not None and (n := count_of_group(died)):
                counts["fatalities"] += n
    if counts["fatalities"] and trig.plover == "ASSAULT" and _suicide_blast(hit.token) and \
            not any(word(t) in REFLEXIVE_ONES and not _BESIDES.search(
                text_of(t.doc), max(0, t.idx - BESIDES_REACH), t.idx)
                    for t in hit.token.subtree) and \
            not _BOMBER_COUNTED.search(text_of(hit.token.doc), hit.token.sent.start_char,
                                       hit.token.sent.end_char + BOMBER_COUNTED_REACH):
        # "A suicide bomber detonated his explosives ..., killing three officers" (also
        # "..., killing four soldiers besides himself"): the bomber died too (ACLED)
        counts["fatalities"] += 1
    if counts["fatalities"] and any(_killed_or_hurt(t) for t in (hit.token, hit.token.head)):
        counts["fatalities"] = None  # "30 people were killed or injured": not a death toll
    return counts, victims


def _suicide_blast(verb: Token) -> bool:
    """'a suicide bomber detonated his explosives': the blast of one bomber, who died in it."""
    # (also "a bomber triggered his vest": the gear worn on one's own body)
    worn = any(c.dep_ == "dobj" and _lemma_in(c, word_classes()["suicide_gear"])
               for c in verb.children)
    return verb.lemma_.lower() in word_classes()["blast_verbs"] and any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "bomber" and c.tag_ == "NN" and
        (worn or any(word(m) == "suicide" for m in c.children)) for c in verb.children)


def _subject_of_a_passive_conjunct(verb: Token) -> Token | None:
    """'A man stabbed a guard ... and was shot dead by police': a passive joined to an active
    verb, with no subject of its own, tells of the joined verbs' subject."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    for _ in range(3):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or head.dep_ != "conj":
            return subject
        head = head.head
    return None


def _killed_or_hurt(verb: Token) -> bool:
    """'killed or injured', 'killing or wounding': one count of the dead and the hurt together."""
    pair = [verb, *verb.conjuncts]
    return verb.pos_ == "VERB" and any(word(c) == "or" for t in pair for c in t.children
                                       if c.dep_ == "cc") and \
        {t.lemma_.lower() for t in pair} & {"injure", "wound", "hurt"} != set() and \
        any(t.lemma_.lower() in ("kill", "die") for t in pair)


def _bombers_dead_beside(tok: Token) -> int:
    """'blew himself up at a checkpoint, killing three soldiers': the bomber who died with the
    dead the act's verb counts (not told of several bombers, whose count the toll may hold)."""
    blast = tok.head
    # (also "a female suicide bomber killed three people": a lone suicide bomber, who died in
    # the act)
    if _one_suicide_bomber(tok):
        return 1
    if tok.dep_ not in ("advcl", "conj"):
        return 0
    if blast.lemma_.lower() != "blow" or \
            not any(c.dep_ == "prt" and word(c) == "up" for c in blast.children):
        return 0
    return int(any(c.dep_ == "dobj" and word(c) in REFLEXIVE_ONES for c in blast.children))


def _one_suicide_bomber(verb: Token) -> bool:
    """'A female suicide bomber killed three people': the verb's subject is one suicide bomber
    or attacker."""
    return any(c.dep_ == "nsubj" and c.tag_ == "NN" and
               c.lemma_.lower() in ("bomber", "attacker") and
               any(m.dep_ in ("compound", "amod") and word(m) == "suicide" for m in c.children)
               for c in verb.children)


# "killing five besides himself": the bomber is one more
_BESIDES = re.compile(r"(?i)\b(?:besides|in\s+addition\s+to|apart\s+from|plus)\s+$")
BESIDES_REACH = 20  # characters before the reflexive pronoun


# "killing seven including himself", "The figure includes the bomber": counted already
# (not "The figure did not include the bomber": told as left out)
_BOMBER_COUNTED = re.compile(r"(?i)(?<!not\s)(?<!n't\s)\b(?:includ\w*|among\s+them|as\s+well\s+as|"
                             r"counting)\s+"
                             r"(?:the\s+)?(?:bomber|attacker|assailant|himself|herself)\b|"
                             # ("The bomber also died": told, and counted, on its own)
                             # (not "a suicide bomber killed three people": the bomber's act)
                             r"\b(?:bomber|attacker|assailant)\s+(?:(?:also\s+)?died|"
                             r"(?:also\s+)?was\s+(?:also\s+)?killed)\b")
BOMBER_COUNTED_REACH = 120  # characters into the next sentence


def _tally_told(verb: Token) -> int | None:
    """'The number of people killed in fighting on Saturday has risen to nine', 'the toll from
    the attack has risen to 13': the count the tally reached, told on the tally's own verb."""
    # ("the toll from the attack on the hamlets has risen to 13": the act's own tally too)
    noun = verb.head if verb.dep_ == "acl" else verb if verb.pos_ == "NOUN" else None
    if noun is None or noun.dep_ != "pobj" or word(noun.head) not in ("of", "from") or \
            noun.head.head.lemma_.lower() not in word_classes()["tally_nouns"]:
        return None
    tally = noun.head.head
    if tally.dep_ not in ("nsubj", "nsubjpass") or tally.head.pos_ not in ("VERB", "AUX"):
        return None
    for prep in tally.head.children:
        if prep.dep_ == "prep" and word(prep) in ("to", "at"):
            for o in prep.children:
                n = parse_count(word(o)) if o.like_num else None
                if n is not None:
                    return n
    return None


def _leaving_hung_apart(tok: Token) -> Token | None:
    """'supporters ... fought with machetes on Tuesday, leaving one man dead, police said',
    parsed with 'leaving' on the reporting verb (or on the fighters' noun): the act's outcome."""
    leave = next((t for t in tok.sent if t.lemma_.lower() == "leave" and t.tag_ == "VBG" and
                  t.i > tok.i and t.dep_ in ("advcl", "acl", "pcomp", "prep") and
                  not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    if leave is None:
        return None
    # (also hung on a comma: "..., on Sunday, leaving one young man dead and several houses
    # damaged, police said")
    holder = leave.head.head if leave.head.pos_ == "PUNCT" else leave.head
    # (hung on a word above the act that is no act of its own: the saying, a noun, a
    # preposition, or the act's outbreak: "Fighting broke out ..., leaving four fighters dead")
    return leave if holder in tok.ancestors and (
        holder.pos_ != "VERB" or _lemma_in(holder, REPORTING_VERBS) or
        (_lemma_in(holder, word_classes()["outbreak_verbs"]) and tok.head.i == holder.i
         and tok.dep_ == "nsubj")) else None


_YEARS_OLD_AFTER = re.compile(r"-?\s*years?\b|-year")


def _left_tolls(leave: Token) -> dict[str, int]:
    """'left 12 people dead and 30 injured': each casualty word takes the count told just
    before it in the clause of 'leave' (summed where the word comes again)."""
    tolls: dict[str, int] = {}
    pending: int | None = None
    joined: set[int] = set()  # words of the heads joined to a counted head
    # (not "..., bringing to 200 the number killed this year": a clause of its own, a tally)
    joined |= {t.i for c in leave.children if c.dep_ == "advcl" and c.pos_ == "VERB"
               for t in c.subtree}
    for tok in leave.subtree:
        if tok.i <= leave.i or tok.i in joined:
            continue
        key = CASUALTY_WORDS.get(word(tok))
        if key is not None and (tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or
                                tok.pos_ == "ADJ"):
            # (also "leaving a 19-year-old dead", the parse taking "dead" for the object)
            if pending is not None:
                # ("left three soldiers dead, two rebels dead": each side's dead add up)
                tolls[key] = tolls.get(key, 0) + pending
            pending = None
        elif tok.like_num and _YEARS_OLD_AFTER.match(text_of(tok.doc), tok.idx + len(tok.text)):
            pending = pending or 1  # "a 19-year-old": one person of that age
        elif tok.like_num and tok.dep_ != "quantmod":
            pending = parse_count(word(tok))
        elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (own := _count_of(tok)):
            # "left two gang members and a police officer dead": the heads joined count too
            # (not "two rebels dead and nine injured", a count of another casualty word)
            later = [c for c in _joined_heads(tok) if c.pos_ in ("NOUN", "PROPN")]
            inner = {t.i for c in later for t in c.subtree}
            shared = not any(word(t) in CASUALTY_WORDS for t in tok.subtree if t.i not in inner)
            # ("left three soldiers and eight militants dead": the last word is all of theirs)
            heads = [c for c in later if shared or
                     not any(word(t) in CASUALTY_WORDS for t in c.subtree)]
            pending = own + sum(_count_of(c, upward=False) or 0 for c in heads)
            joined |= {t.i for c in heads for t in c.subtree if word(t) not in CASUALTY_WORDS}
        elif tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "conj") and pending is None:
            pending = _count_of(tok)  # "left a policeman dead"
    return tolls


def done_to_death(tok: Token) -> bool:
    """'stabbed to death', 'beaten dead': the verb's own complement says the victim died
    (also 'beat a man accused of theft to death', the parse hanging it on the participle)."""
    misplaced = [a for o in tok.children if o.dep_ == "dobj" for a in o.children
                 if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")]
    # (and "beat the herder travelling with it to death", the participle read as the verb's)
    misplaced += [a for a in tok.children if a.dep_ == "advcl" and a.tag_ == "VBG" and
                  any(o.dep_ == "dobj" and o.i < a.i for o in tok.children) and
                  not any(c.dep_ in ("nsubj", "mark", "dobj") for c in a.children)]
    # (also "beat a man suspected of a string of burglaries to death", hung deeper still)
    deeper = [x for a in misplaced for x in a.subtree if x.i != a.i and x.dep_ == "pobj"]
    # (and "stoned a man accused of stealing a goat to death", hung on a verb of the clause
    # that cannot itself kill; not "a man suspected of stabbing a neighbour to death")
    deeper += [x for a in misplaced for x in a.subtree if x.i != a.i and x.pos_ == "VERB"
               and x.lemma_.lower() not in TO_DEATH_VERBS | KILLING]
    return any((c.dep_ == "prep" and word(c) == "to" and
                any(word(o) == "death" for o in c.children)) or
               (word(c) == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj")
                and c.head.i == tok.i)
               for h in (tok, *misplaced) for c in h.children) or any(
        c.dep_ == "prep" and word(c) == "to" and any(word(o) == "death" for o in c.children)
        for h in deeper for c in h.children)


def _dies(tok: Token) -> bool:
    return any(word(c) in ("dead", "death") for c in tok.subtree)


def _survived(tok: Token) -> bool:
    """'A trader was gunned down and wounded': the victim of a gunning-down that the sentence
    tells as hurt or surviving did not die (told alone, the phrase means killed)."""
    return any(t.lemma_.lower() in SURVIVAL_WORDS for t in tok.sent)


LATE_DEAD = frozenset(("wounded", "injured", "hurt"))  # "two of the wounded died"
MANY_IN_THE_PERFECT = 1000  # a count told in the present perfect from which it is a total


def _is_aggregate(hit: _Hit, sent: Span, counts: dict[str, int | None],
                  sent_figures: list[Figure], dated_day: bool) -> bool:
    """Whether the event's toll is a running total (a Figure), not one incident's: a cumulative
    cue in the trigger's own clause ("58 have died so far"), or a figure of the same count.
    A cue elsewhere ("..., bringing the toll to 58") or on a superlative ("the deadliest day so
    far") leaves the incident's toll; a total of one dated day ("a total of 12 on Monday") too."""
    toll = counts.get("fatalities") or counts.get("injured") or counts.get("arrested")
    if not toll:
        return False
    if dated_day and toll in (_tally_told(hit.token), _tally_told(hit.token.head)):
        # "the toll from fighting in X on Saturday has risen to 23": a running tally of one
        # dated incident is its toll, and a Figure as well
        return False
    if any(f.metric in ("deaths", "injured", "detained") and f.value == toll
           for f in sent_figures):
        return True
    classes = word_classes()
    own = _clause_head(hit.token)
    tok = hit.token
    if tok.tag_ == "NNS" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "leave" and \
            _lemma_in(tok, classes["protest_nouns"]) and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children) and \
            not _clause_dated(tok.head):
        return True  # "as protests demanding his release left 18 people dead": a wave's toll
    # "13 people have been killed in two days of fighting": a toll summed over days
    for m in _DAYS_OF.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + m.start(2), sent.start_char + m.end(2),
                                  alignment_mode="expand")
        if span is not None and _clause_head(span.root).i == own.i:
            return True
    # "2,500 people were killed in the first three months of the year": a toll told over a
    # stretch of weeks or months, with no day of its own
    if not dated_day and told_over_a_period(own):
        return True
    # "Official figures showed that homicides fell last year. More than 800 people were
    # killed": a toll with no day or place of its own, told after a year's figures
    if _after_a_years_figures(sent):
        return True
    # "dozens of soldiers have been killed": a vague count in the perfect, with no day of its
    # own, sums up a conflict (its running total), not one incident
    # (also "the war, which began in April, has killed thousands": a conflict's own toll, a day
    # told only of its start)
    present_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                          for c in own.children)
    if present_perfect and not any(t.ent_type_ in ("DATE", "TIME") for t in sent) and \
            any(word(t) in VAGUE_MANY for t in own.subtree if t.i < own.i):
        return True
    # "the measure has been used to detain more than 85,000 people": thousands in the perfect,
    # with no day of their own, are a campaign's count
    holders = [own, own.head] if own.dep_ == "xcomp" else [own]
    if toll >= MANY_IN_THE_PERFECT and not any(t.ent_type_ in ("DATE", "TIME") for t in sent) \
            and any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
            for h in holders for c in h.children):
        return True
    if tallied_over_the_wave(own):
        return True
    if present_perfect and any(
            c.dep_ == "nsubj" and _lemma_in(c, classes["conflict_span_nouns"])
            for c in own.children) and \
            any(word(t) in VAGUE_MANY for t in own.subtree if t.i > own.i):
        return True
    # "19 civilians had been killed nationwide" (or "across the region"): a toll summed over
    # places is a figure too
    for cues, weak, spread in ((classes["cumulative_cue"], False, False),
                               (classes["countrywide_cues"] | classes["regionwide_cues"],
                                False, True),
                               (classes["total_cue"], True, False)):
        if weak and dated_day:
            continue
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in own.children)
        for cue in _cue_tokens(sent, cues):
            # "since the protests began": a subordinating cue dates the clause it joins (in
            # the perfect, wherever the parse hung it below: "have been killed by shelling
            # ... since the war began")
            clause = _clause_head(cue.head.head if cue.dep_ == "mark" else cue)
            inside = perfect and cue.dep_ in ("mark", "prep") and \
                word(cue) == "since" and any(a.i == own.i for a in cue.head.ancestors)
            if (clause.i == own.i or inside) and not _on_superlative(cue, own):
                return True
            if spread and own.dep_ == "conj" and own.head.i == clause.i:
                return True  # "had been killed nationwide, and dozens had been arrested"
    return False


WEAPON_WORDS = frozenset(word_classes()["weapon"])


def tallied_over_the_wave(verb: Token) -> bool:
    """'at least eleven people have been killed in the protests', 'have died in the unrest': a
    toll in the present perfect (or told as it stands now) with no day, over a wave of protest,
    disorder or revolt told by its definite noun, is the wave's running total, no incident's."""
    classes = word_classes()
    waves = classes["protest_nouns"] | classes["disorder_nouns"] | classes["upheaval_nouns"]
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                  for c in verb.children)
    # ("The government says more than a thousand people were killed during the uprising": a
    # past toll told as it stands now)
    told_now = verb.dep_ == "ccomp" and verb.head.tag_ in ("VBP", "VBZ") and \
        verb.head.lemma_.lower() in classes["speech"]
    undated = not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)
    # (the parse may hang the count on a later clause's verb)
    said_now = told_now or any(t.lemma_.lower() in classes["speech"] and t.tag_ in ("VBP", "VBZ")
                               for t in verb.sent if t.i < verb.i)
    if said_now and undated and not any(c.dep_ in ("prep", "advcl", "agent", "npadvmod")
                                        for c in verb.children) and any(
            c.dep_ == "nsubjpass" and c.tag_ == "NNS" and _lemma_in(c, classes["demonstrators"])
            and not any(d.dep_ in ("det", "poss") for d in c.children) for c in verb.children):
        # "Human rights groups say at least 21 protesters were killed": the protests' dead
        # as counted now, told with no incident of theirs
        return True
    return (perfect or told_now) and \
        not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent) and any(
        p.dep_ == "prep" and word(p) in ("in", "during", "since") and any(
            o.dep_ == "pobj" and _lemma_in(o, waves) and
            any(word(d) == "the" for d in o.children) for o in p.children)
        for p in verb.children)
VAGUE_MANY = frozenset(("dozens", "scores", "hundreds", "thousands", "tens"))


def _after_a_years_figures(sent: Span) -> bool:
    """Whether the sentence, naming no day and no place, follows one that tells a year's
    figures ('homicides fell by 8 percent last year'): its count is that year's total."""
    before = previous_sentence(sent)
    if before is None or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in sent):
        return False
    stats = word_classes()["statistic_nouns"]
    return any(_lemma_in(t, stats) for t in before) and any(
        t.ent_type_ == "DATE" and (word(t) == "year" or (t.text.isdigit() and len(t.text) == 4))
        for t in before)


def _clause_dated(verb: Token) -> bool:
    """Whether a day or a time is told inside the verb's own clause."""
    return any(t.ent_type_ in ("DATE", "TIME") and _clause_head(t).i == verb.i
               for t in verb.subtree)


def told_over_a_period(verb: Token) -> bool:
    """Whether a clause tells its act over weeks, months or years ('were killed in gang
    violence in the first three months of the year'), or in the perfect across the country
    or since a year ('have been killed by police across the country', 'have been abducted
    since the 2023 elections'): many acts, not one incident."""
    # (also "reported arson attacks linked to Russian intelligence over the past two years":
    # the period told on the acts named as the object)
    told = [verb, *verb.conjuncts]
    told += [c for t in told for o in t.children if o.dep_ in ("dobj", "nsubjpass")
             for n in (o, *o.conjuncts) for c in n.children if c.dep_ == "acl"]
    if any(_period_of(p) for t in told for p in t.children if p.dep_ == "prep"):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    # ("more than 70 people have died across KwaZulu-Natal and Gauteng": over several regions)
    spread = any(p.dep_ == "prep" and word(p) in ("across", "throughout") and
                 any(o.dep_ == "pobj" and o.pos_ == "PROPN" and
                     any(c.dep_ == "conj" for c in o.children) for o in p.children)
                 for p in verb.children)
    # ("have been abducted and tortured since the 2023 elections": a count over years)
    since_a_year = any(p.dep_ == "prep" and word(p) == "since" and
                       any(t.text.isdigit() and len(t.text) == 4 for t in p.subtree)
                       for t in (verb, *verb.conjuncts) for p in t.children)
    # ("had recorded more than 60 attacks since the quake, including 16 air strikes": a tally)
    tallied = verb.lemma_.lower() in word_classes()["tally_verbs"] and any(
        o.dep_ == "dobj" and o.tag_ == "NNS" and any(c.dep_ == "nummod" for c in o.children)
        for o in verb.children)
    # ("have been arrested in large numbers at blockades": many acts over time)
    multitude = any(p.dep_ == "prep" and word(p) == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() == "number" and o.tag_ == "NNS" and
        any(c.dep_ == "amod" for c in o.children) for o in p.children) for p in verb.children)
    return perfect and (spread or since_a_year or tallied or multitude or any(
        cue.i > verb.i and _clause_head(cue).i == verb.i
        for cue in _cue_tokens(verb.sent, word_classes()["countrywide_cues"] |
                               word_classes()["regionwide_cues"])))


def _period_of(prep: Token) -> bool:
    """'in the first three months of the year', 'over the past year', 'during recent weeks':
    a preposition spanning weeks, months or years (not 'in a week of protests': one week)."""
    classes = word_classes()
    if word(prep) not in ("in", "during", "over", "throughout"):
        return False
    if any(o.dep_ == "pobj" and word(o) in ("half", "quarter", "part", "third") and
           any(p.dep_ == "prep" and word(p) == "of" and
               any(u.dep_ == "pobj" and (word(u) in classes["period_units"] or
                                         (u.text.isdigit() and len(u.text) == 4))
                   for u in p.children)
               for p in o.children) for o in prep.children):
        return True  # "in the first half of the year": a part of a year or a month
    return any(o.dep_ == "pobj" and word(o) in classes["period_units"] and (
        o.tag_ == "NNS" or any(word(c) in classes["period_openers"] for c in o.children))
        and any(word(c) in classes["period_openers"] | {"recent"} or c.dep_ == "nummod"
                or word(c) == "the" for c in o.children)
        for o in prep.children)
# (also "in a week of operations", "over a month of fighting")
_DAYS_OF = re.compile(r"(?i)\b(in|over|during)\s+((?:two|three|four|five|six|seven|"
                      r"several|[2-9]|\d{2})\s+(?:days|nights|weeks)|(?:a|one)\s+(?:week|"
                      r"fortnight|month))\s+of\b")


def _cue_tokens(sent: Span, cues: frozenset[str]) -> list[Token]:
    """The last token of each occurrence of a cue phrase in the sentence's words."""
    words = [word(t) for t in sent]
    out: list[Token] = []
    for cue in cues:
        parts = cue.split()
        n = len(parts)
        # (a cue word naming something else, "the Lekki toll gate", cues nothing)
        out.extend(sent[i + n - 1] for i in range(len(words) - n + 1) if words[i:i + n] == parts
                   and not (n == 1 and sent[i].dep_ == "compound" and sent[i].pos_ == "NOUN"))
    return out


def _on_superlative(cue: Token, stop: Token) -> bool:
    """'the deadliest day so far': the cue qualifies a superlative, not a count (also 'in one of
    the largest operations since the emergency began', the parse hanging 'since' elsewhere)."""
    before = cue.doc[max(cue.sent.start, cue.i - 3):cue.i]
    if word(cue) == "since" and any(t.tag_ == "JJS" and word(t) not in ("least", "most")
                                    for t in before):
        return True
    cur = cue
    while cur.i != stop.i and cur.head.i != cur.i:
        # (or the superlative itself: "arrested him, the latest in a string of detentions
        # since February")
        if any(c.tag_ in ("JJS", "RBS") and word(c) not in ("least", "most") or
               word(c) in ("first", "worst") for c in (cur, *cur.children) if c.i != cue.i):
            return True
        cur = cur.head
    return False
