"""Modality: whether an event is asserted, claimed, negated, hypothetical or future, and who it
is attributed to, from negation, modal and future auxiliaries and the verbs that govern it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventledger.extract.arguments import _actor_span
from eventledger.extract.context import SUBJECT_DEPS, next_sentence
from eventledger.roles import implied_auxiliaries, word
from eventledger.taxonomy import actor_lexicon, word_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _modality(tok: Token) -> tuple[str, str | None]:
    """Modality of the event and who it is attributed to, from the verbs that govern it."""
    classes = word_classes()
    children = list(tok.children)
    if any(c.dep_ == "mark" and word(c) in ("if", "unless", "whether") for c in children):
        # "if the government did not withdraw the plan", "did not say whether it had retaken"
        return "hypothetical", None
    that = next((c for c in children if c.dep_ == "mark" and word(c) == "that"), None)
    if that is not None and any(word(t) in classes["unfounded_claims"] or
                                t.lemma_.lower() in classes["unfounded_claims"]
                                for t in tok.doc[max(that.i - 5, tok.sent.start):that.i]):
        # "after rumours spread on social media that a woman had been assaulted", however
        # the parse hung the clause
        return "hypothetical", None
    if _responsibility_verb(tok) is not None:
        return "asserted", None  # "X claimed responsibility for the attack": it happened
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "accused them of intimidating and attacking supporters"
    if first.dep_ in ("pcomp", "pobj") and word(first.head) in ("of", "for") and \
            _accused_of(first, classes["accusation_verbs"]):
        return "claimed", None  # "accusing them of killing a farmer", "suspected of arson"
    if tok.dep_ in ("pobj", "pcomp") and word(tok.head) == "without":
        return "negated", None  # "the rally ended without clashes", "without firing a shot"
    if any(c.dep_ == "neg" for c in children) or _none(tok) or \
            (tok.dep_ == "conj" and tok.pos_ == "NOUN" and _none(tok.head)) or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and _none(c) for c in children):
        return "negated", None  # "no one was arrested", "no agreements were signed"
    if tok.dep_ == "pobj" and word(tok.head) == "of" and _none(tok.head.head):
        return "negated", None  # "there were no reports of clashes"
    if tok.dep_ == "pobj" and word(tok.head) == "of" and \
            word(tok.head.head) in (*classes["capacity_nouns"], *classes["prospect_nouns"]):
        # "giving security forces wide powers of arrest", "raising the threat of a walkout"
        return "hypothetical", None
    if tok.dep_ == "pobj" and tok.head.head.lemma_ == "be" and \
            any(c.dep_ == "neg" for c in tok.head.head.children):
        return "negated", None  # "I have never been to a protest before"
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and \
            any(c.dep_ == "neg" for c in tok.head.children):
        return "negated", None  # "this is not a protest", "it was not a coup"
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "npadvmod") and \
            tok.lemma_.lower() in classes["protest_nouns"] and _cancels(tok.head):
        return "negated", None  # "the march was called off", "banned all demonstrations"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and word(tok.head) in ("on", "of") and \
            tok.lemma_.lower() in classes["protest_nouns"] and \
            (tok.head.head.lemma_.lower() in ("ban", "prohibition") or
             (tok.head.i > 0 and tok.doc[tok.head.i - 1].lemma_.lower() in ("ban", "prohibition"))):
        return "hypothetical", None  # "a court had overturned a ban on the rally": what was
        # banned, not a rally held
    if tok.dep_ == "pobj" and word(tok.head) == "of" and \
            tok.head.head.lemma_.lower() in classes["warning_verbs"]:
        return "future", None  # "have warned of new blockades": acts to come
    if _banned_from_holding(tok):
        return "hypothetical", None  # "bans the party from holding meetings or rallies"
    if _awaited_protest(tok):
        return "future", None  # "arrested ahead of a planned rally": not (yet) held
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and \
            tok.head.pos_ == "VERB":
        governing = _modality(tok.head)
        if governing[0] != "asserted":
            return governing  # "would hold another march", "strikes would be announced"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
            tok.head.head.pos_ == "VERB" and tok.head.head.dep_ in ("ccomp", "xcomp", "conj"):
        governing = _modality(tok.head.head)
        if governing[0] in ("future", "hypothetical"):
            return governing  # "said they would go on strike"
    verb = next((a for a in list(tok.ancestors)[:4] if a.pos_ == "VERB"), None)
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and verb is not None and \
            any(c.dep_ == "aux" and word(c) in ("will", "would", "shall") for c in verb.children):
        # "will station officers downtown on days of large rallies": rallies to come
        return "future", None
    if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in classes["implicative"]:
        governing = _modality(tok.head)
        if governing[0] in ("future", "hypothetical", "negated"):
            return governing  # "said they would continue to protest": not yet done
    auxes = _auxiliaries(tok)
    if "to" in auxes and tok.tag_ == "VB" and \
            tok.head.lemma_.lower() in classes["negative_implicative"]:
        return "negated", None  # "refused to deploy", "failed to reach agreement"
    if "to" in auxes and tok.tag_ == "VB" and tok.lemma_.lower() in classes["demonstrate_verbs"] \
            and tok.head.lemma_.lower() in classes["gathering_verbs"] and tok.head.pos_ == "VERB" \
            and not any(c.dep_ in ("aux", "neg") and word(c) in ("will", "would", "not", "to")
                    for c in tok.head.children):
        # "took to the streets to protest": the gathering is the protest (not "planned to
        # march ... to protest", a gathering not yet held)
        return "asserted", None
    modality = _object_modality(tok, _verb_form_modality(tok, auxes))
    modality, attributed, settled = _governing_verbs(tok, modality)
    if settled and modality == "asserted" and tok.pos_ == "VERB" and _denied_after(tok):
        return "claimed", attributed  # "Police said ... after stones were thrown, which the
        # marchers denied"
    if settled:
        return modality, attributed
    if modality == "asserted" and tok.pos_ == "VERB" and (_denied_after(tok) or
                                                          _losses_denied(tok) or
                                                          _called_alleged_after(tok)):
        return "claimed", attributed
    according = _according_to(tok)
    return modality, according if according is not None else attributed


def _denied_after(verb: Token) -> bool:
    """'said they had killed three soldiers, a claim the army denied' (or 'which the army
    denied'): an act the clause itself says was denied is only claimed."""
    classes = word_classes()
    # (also the claim hung on the verb of saying: "JNIM said in a statement that it had
    # overrun the position, a claim the army denied")
    claims = [c for a in verb.ancestors for c in a.children if c.i > verb.i and
              c.lemma_.lower() in classes["claim_nouns"] and c.dep_ in ("npadvmod", "appos")]
    # (also "after stones were thrown, which the marchers denied", read as a clause of its own)
    if any(t.lemma_.lower() in classes["negation_verbs"] and (
            (t.dep_ == "relcl" and t.head.lemma_.lower() in classes["claim_nouns"]) or
            (t.dep_ in ("relcl", "ccomp") and any(word(c) == "which" for c in t.children)))
           for t in (*verb.subtree, *(t for c in claims for t in c.subtree))):
        return True
    # (however the parse hangs ", which the marchers denied": the verb right before it)
    doc = verb.doc
    for which in (t for t in verb.sent if t.i > verb.i and word(t) == "which"):
        if which.i < 1 or doc[which.i - 1].text != "," or any(
                t.pos_ == "VERB" for t in doc[verb.i + 1:which.i]):
            continue
        return any(t.lemma_.lower() in classes["negation_verbs"] and t.pos_ == "VERB"
                   for t in doc[which.i + 1:min(which.i + 5, verb.sent.end)])
    return False


def _called_alleged_after(verb: Token) -> bool:
    """'State media said rioters had attacked a police station, but published no images of
    the alleged attack': an act its own sentence goes on to call alleged is only claimed."""
    return verb.dep_ in ("ccomp", "conj") and any(
        t.i > verb.i and word(t) in ("alleged", "purported", "supposed") and t.dep_ == "amod" and
        t.head.lemma_.lower() in word_classes()["violence_nouns"] for t in verb.sent)


def _losses_denied(verb: Token) -> bool:
    """'It said 30 fighters were killed; the groups denied suffering any losses': dead the
    other side denies losing are only claimed."""
    if verb.lemma_.lower() not in word_classes()["death_verbs"] | {"kill"}:
        return False
    negations = word_classes()["negation_verbs"]
    if any(t.lemma_.lower() in negations and t.i > verb.i and
           any(w.lemma_.lower() in ("loss", "casualty") for w in t.subtree) for t in verb.sent):
        return True
    # "The army said 17 militants were killed. The group denied that any of its fighters had
    # died": the next sentence denies the very deaths
    after = next_sentence(verb.sent)
    return after is not None and any(
        t.lemma_.lower() in negations and t.pos_ == "VERB" and any(
            c.dep_ == "ccomp" and (c.lemma_.lower() in word_classes()["death_verbs"] | {"kill"})
            and any(word(w) in ("any", "no") for w in c.subtree) for c in t.children)
        for t in after)


def _awaited_protest(tok: Token) -> bool:
    """'ahead of a rally', 'before the march', 'detained over a planned strike': a protest
    told as still to come when the act around it was done."""
    classes = word_classes()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in classes["protest_nouns"] or \
            tok.dep_ not in ("pobj", "dobj"):
        return False
    if any(c.dep_ in ("amod", "acl") and word(c) in classes["prospective_modifiers"]
           for c in tok.children):
        return True
    prep = tok.head
    if word(prep) in ("of", "to") and prep.dep_ == "prep" and prep.head.i != prep.i:
        prep = prep.head  # "ahead of", "prior to"
    return tok.dep_ == "pobj" and word(prep) in classes["awaiting_preps"]


def _accused_of(tok: Token, accusing: frozenset[str]) -> bool:
    """Whether the act is what someone is accused of: 'accusing them of rioting and of
    attacking police', however the parse chains the phrases (by prepositions, their clauses
    and conjuncts) up to the accusing verb."""
    link = tok.head
    for _ in range(6):
        if link.lemma_.lower() in accusing:
            return True
        # (also "accused the militia of ...", the phrase hung on the one accused)
        if link.dep_ not in ("prep", "pcomp", "pobj", "conj", "dobj") or link.head.i == link.i:
            return False
        link = link.head
    return False


def _responsibility_verb(tok: Token) -> Token | None:
    """The verb of 'claimed (or: no one has claimed) responsibility for the attack' (or 'for
    setting fire to a mast')."""
    if tok.dep_ not in ("pobj", "pcomp") or word(tok.head) != "for" or \
            tok.head.head.lemma_.lower() != "responsibility":
        return None
    verb = tok.head.head.head
    return verb if verb.lemma_.lower() in ("claim", "admit", "accept", "take") else None


def claimed_by(tok: Token) -> Token | None:
    """'Al-Shabaab claimed responsibility for a mortar attack': who claimed the act."""
    verb = _responsibility_verb(tok)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if who is None or _none(who) else who  # (not "no group claimed ...")


def bare_claimant(sent: Span) -> Token | None:
    """'Al-Shabaab claimed responsibility.', '... claimed responsibility for it': who claimed
    an act the sentence does not name (the act told before)."""
    for verb in sent:
        if verb.lemma_.lower() != "claim" or any(c.dep_ == "neg" for c in verb.children):
            continue
        duty = next((c for c in verb.children if c.dep_ == "dobj" and
                     c.lemma_.lower() in ("responsibility", "credit")), None)
        named = [o for p in (duty.children if duty is not None else ()) if p.dep_ == "prep"
                 for o in p.children if o.dep_ in ("pobj", "pcomp")]
        if duty is None or any(o.pos_ != "PRON" for o in named):
            continue
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return None if who is None or who.pos_ == "PRON" or _none(who) else who
    return None


def _banned_from_holding(tok: Token) -> bool:
    """'bans the party from holding meetings, rallies or press conferences': what an order
    forbids, not an act held."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if tok.pos_ != "NOUN" or head.dep_ != "dobj" or head.head.dep_ != "pcomp" or \
            word(head.head.head) != "from":
        return False
    order = head.head.head.head
    return _cancels(order) or order.lemma_.lower() == "bar"


def _cancels(verb: Token) -> bool:
    """'cancelled', 'banned', 'called off' (but 'called a strike' calls one)."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and word(c) == "off" for c in verb.children)
    return lemma in word_classes()["cancel_verbs"]


def _none(tok: Token) -> bool:
    """'no one', 'nobody', 'no agreements', 'neither side': a participant that is nobody, an
    act that is not."""
    return word(tok) in ("nobody", "none", "nothing", "neither") or any(
        c.dep_ in ("det", "preconj") and word(c) in ("no", "neither") for c in tok.children)


def _auxiliaries(tok: Token) -> set[str]:
    """The auxiliaries of the trigger, with those a verb conjunct shares with its head."""
    own = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        # "workers will intervene and further disrupt output": the auxiliary is shared.
        own += [c for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    auxes = {word(c) for c in own} | implied_auxiliaries(tok)
    for c in own:
        auxes |= implied_auxiliaries(c)  # "habrían muerto": would
    return auxes


# "set", "put": verbs whose past is spelt as their base form
UNCHANGED_PAST = frozenset(word_classes()["unchanged_past_verbs"])


def _verb_form_modality(tok: Token, auxes: set[str]) -> str:
    """Modality from the trigger's own form: infinitive, bare conjunct, hearsay adverb, modal."""
    classes = word_classes()
    modality = "asserted"
    # "fired in the air to disperse the mob": force used to an end is that end attempted.
    # (also "police moved in to end a sit-in": officers sent in to an end)
    used_force = (tok.head.lemma_.lower() in classes["force_verbs"] or (
        tok.head.lemma_.lower() == "move" and
        any(c.dep_ in ("prt", "advmod") and word(c) == "in" for c in tok.head.children))) and \
        tok.head.tag_ in ("VBD", "VBN") and tok.dep_ in ("advcl", "xcomp")
    # ("sent bulldozers to demolish 40 homes": machines brought in to an end did the work)
    used_force = used_force or (
        tok.head.lemma_.lower() in classes["machinery_sending_verbs"] and
        tok.head.tag_ in ("VBD", "VBN") and tok.dep_ in ("advcl", "xcomp") and
        any(c.dep_ == "dobj" and c.lemma_.lower() in classes["site_machinery"]
            for c in tok.head.children))
    # "was able to arrest 31", "have been able to arrest one": an ability told in the past
    # was used; "is able to" is only an ability.
    past_ability = tok.head.lemma_.lower() == "able" and tok.head.dep_ == "acomp" and \
        tok.head.head.tag_ in ("VBD", "VBN")
    # ("police needed to fire tear gas": done; "operations are needed to retake areas": not)
    # (nor "had come to the valley to kill soldiers": where they came, and what for)
    implicative = tok.head.lemma_.lower() in classes["implicative"] and not (
        tok.head.lemma_.lower() == "need" and tok.head.tag_ != "VBD") and not (
        tok.head.lemma_.lower() in ("come", "go") and tok.dep_ == "advcl" and
        any(c.dep_ == "prep" and c.i < tok.i for c in tok.head.children))
    if "to" in auxes and tok.tag_ == "VB" and not used_force and not past_ability and \
            not _motive_of_a_past_act(tok) and not implicative:
        # An infinitive names an event not (yet) done: "urged police to detain" (hypothetical),
        # "plans to impose" (future); implicative heads ("continued to defy") assert it.
        modality = "future" if tok.head.lemma_.lower() in classes["future_marker"] \
            else "hypothetical"
    scope = (tok, tok.head) if tok.dep_ in ("xcomp", "pcomp", "pobj", "dobj") else (tok,)
    if tok.tag_ == "VB" and tok.dep_ == "conj" and modality == "asserted" and not auxes and \
            word(tok) == tok.lemma_.lower() and \
            not (tok.head.tag_ in ("VBD", "VBN") and word(tok) in UNCHANGED_PAST and
                 not any(c.dep_ == "prt" for c in tok.children)) and \
            not (tok.head.tag_ == "VBN" and tok.head.dep_ == "acl") and \
            not any(c.dep_ in SUBJECT_DEPS for c in tok.children):  # ("retook" mistagged)
        # a bare verb form cannot report a past act (but "smashed windows and set fire to a
        # car": a verb whose past is spelt as its base, joined to a past verb, not as a
        # phrasal verb such as "set up", also where the parse reads the past as a participle;
        # or hung by the parse on a participle)
        modality = "hypothetical"
    if any(c.dep_ == "advmod" and word(c) in classes["hearsay_adverbs"]
           for t in scope for c in t.children):
        modality = "claimed"
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in \
        classes["speech"] | classes["claim_speech"] | classes["future_marker"]
    if auxes & {"will", "shall", "'ll"} or ("would" in auxes and reported):
        modality = "future"  # "they said they would blockade": the future of the past
    elif auxes & classes["hypothetical_marker"]:
        modality = "hypothetical"
    return modality


# nouns no purpose hangs on: an infinitive the parse hangs on one is the verb's ("blocked
# the road to protest")
PHYSICAL_NOUNS = word_classes()["route"] | word_classes()["open_spaces"] | \
    word_classes()["place_heads"] | word_classes()["property_nouns"]


def _motive_of_a_past_act(tok: Token) -> bool:
    """'traders closed their shops on Monday to protest new taxes': the protest is the act done,
    told by its motive (unlike 'decided to protest' or 'raided the house to arrest him')."""
    act = tok.head
    if tok.dep_ in ("relcl", "acl") and act.dep_ == "dobj" and act.lemma_.lower() in \
            PHYSICAL_NOUNS:
        act = act.head  # "had piled furniture across the road to protest", misread on the road
    elif tok.dep_ != "advcl":
        return False
    return tok.lemma_.lower() in word_classes()["motive_verbs"] and \
        act.pos_ == "VERB" and (act.tag_ == "VBD" or (act.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in act.children))) and \
        not any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in act.children) and \
        act.lemma_.lower() not in word_classes()["speech"] and \
        not any(c.dep_ == "nsubj" and actor_lexicon().get(c.lemma_.lower(), {}).get("kind") ==
                "state" for c in act.children)  # ("the minister summoned the envoy to protest")


def _object_modality(tok: Token, modality: str) -> str:
    """A nominal trigger takes the modality of the verb it is the object of: 'threatened a
    strike' is future, 'called for the deployment' hypothetical."""
    classes = word_classes()
    noun = tok
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "facing prosecutions and arrest": the conjunct shares the verb
    if tok.pos_ == "NOUN" and noun.dep_ == "nmod" and noun.head.dep_ == "pobj" and \
            word(noun.head.head) == "to":
        # "called on people to riot and loot businesses", the verbs parsed as the object's
        # modifiers: what the call asked for
        noun = noun.head
    if tok.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj") and modality == "asserted":
        gov = noun.head if noun.dep_ == "dobj" else noun.head.head
        # "announced a curfew", "ordered a lockdown": imposed
        announced_measure = gov.lemma_.lower() in ("announce", "order") and \
            tok.lemma_.lower() in classes["imposed_measures"] and noun.dep_ == "dobj"
        # "announced the arrest of five men", "announced the capture of a hill village": an act
        # done, made known (not "announced a strike")
        announced_act = gov.lemma_.lower() == "announce" and noun.dep_ == "dobj" and \
            any(c.dep_ == "det" and word(c) == "the" for c in noun.children) and \
            any(c.dep_ == "prep" and word(c) == "of" for c in noun.children)
        if gov.lemma_.lower() in classes["future_marker"] | {"threaten", "announce"} and \
                not announced_measure and not announced_act:
            modality = "future"
        elif gov.lemma_.lower() in classes["request_verbs"] and not _told_done(gov) and \
                not announced_measure:
            modality = "hypothetical"  # "called for the deployment", "authorizes deployment"
        elif gov.lemma_.lower() in classes["deliberation_verbs"]:
            modality = "hypothetical"  # "were debating an extension of the emergency"
    return modality


def in_which_clause(verb: Token) -> bool:
    """'(firing) in which four were killed': a relative clause on what happened in an act."""
    return verb.dep_ in ("relcl", "advcl", "ccomp") and any(
        c.dep_ == "prep" and word(c) in ("in", "during") and
        any(word(o) == "which" for o in c.children) for c in verb.children)


def _told_done(order: Token) -> bool:
    """'ordered firing at mobs in which four were killed': a clause on what happened in the
    act ordered, told in the past, says it was done."""
    return any(in_which_clause(t) and t.tag_ in ("VBD", "VBN") for t in order.subtree)


def _governing_verbs(tok: Token, modality: str) -> tuple[str, str | None, bool]:
    """Modality and attribution from up to four governing words (intent, denial, claim and
    reporting verbs, claim nouns); True when one of them settles both."""
    classes = word_classes()
    attributed = None
    own_tense = False
    cur = tok
    if tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.tag_ == "VB" and \
            tok.head.dep_ == "xcomp":
        # "tried to force their way in and threw stones": a past act of its own, which the
        # parse hung on the infinitive; it shares the trying verb's governors, not its sense
        cur = tok.head.head
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "parataxis") and cur.i < head.i and \
                any(t.text == ";" for t in cur.doc[cur.right_edge.i + 1:head.i]):
            break  # "a witness said seven were killed; the other side claimed ...": two clauses
        if cur.dep_ in ("ccomp", "parataxis") and cur.i < head.i and \
                any(t.tag_ == "``" for t in cur.doc[cur.i + 1:head.i]):
            break  # "marched, chanting \"we want pay\"": a slogan's verb governs nothing told
        lemma = head.lemma_.lower()
        if cur.dep_ == "relcl" and cur.tag_ == "VBD":
            # "tried to reach parliament, where police fired tear gas": a relative clause in
            # the past tense tells a fact of its own, whatever intent governs its noun
            own_tense = True
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and word(head) in ("into", "about") and \
                head.head.lemma_.lower() in classes["musing_verbs"] and modality == "asserted":
            modality = "hypothetical"  # "had looked into making a knife attack": mulled over
        if cur.dep_ in ("xcomp", "ccomp") and lemma in classes["future_marker"] \
                and modality == "asserted" and not own_tense:
            modality = "future" if lemma not in ("want", "hope", "consider") else "hypothetical"
        if cur.dep_ in ("ccomp", "xcomp") and cur.tag_ == "VB" and modality == "asserted" and \
                not any(c.dep_ == "aux" for c in cur.children) and \
                any(c.dep_ == "aux" and word(c) in ("would", "could", "might", "may", "should")
                    for c in head.children) and not own_tense:
            modality = "hypothetical"  # "a bill that would let councils allow marches"
        if lemma in classes["negation_verbs"] and cur.dep_ in ("ccomp", "xcomp", "dobj") and \
                not own_tense:
            who = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            return "negated", _speaker(who), True
        # ("claimed in a message circulated online to have killed twenty soldiers": the
        # infinitive the parse hung on the message's participle)
        hung = cur.dep_ == "prep" and any(c.dep_ == "aux" and word(c) == "to"
                                          for c in tok.children)
        if (cur.dep_ in ("ccomp", "xcomp", "advcl", "dobj", "pcomp") or hung) and \
                lemma in classes["claim_speech"]:
            who = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            return ("claimed" if modality == "asserted" else modality), _speaker(who), True
        if cur.dep_ in ("ccomp", "parataxis") and lemma in classes["speech"] and \
                attributed is None:
            who = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if who is None and head.dep_ == "conj":
                # "the group claimed the attack and said it had killed 25 soldiers": the subject
                # the speech verb shares with the verb it is joined to
                who = next((c for c in head.head.children if c.dep_ in SUBJECT_DEPS), None)
            attributed = _speaker(who)
        if any(c.dep_ == "neg" for c in head.children) and cur.dep_ in ("xcomp",) and \
                not own_tense:
            return "negated", attributed, True
        if cur.dep_ in ("ccomp", "xcomp") and lemma in classes["request_verbs"] and \
                modality == "asserted" and not (cur.i < head.i and cur.tag_ == "VBD") and \
                not own_tense and \
                not _told_done(head) and not any(c.dep_ == "oprd" for c in head.children):
            # "insisted that troops stay in the capital" (not "Troops handed over the base,
            # ..., the junta demanded": a past act told before it, which the parse hung there;
            # nor "..., a tactic locals call 'kettling'": a name given, no request)
            modality = "hypothetical"
        if head.pos_ == "NOUN" and lemma in classes["claim_nouns"] and \
                cur.dep_ in ("acl", "ccomp", "relcl", "appos") and \
                not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in classes["weapon"]
                        for c in head.children):  # (not "an explosive charge, which was ...")
            # "the claim that rebels were paid"; a rumour tells no act at all
            return ("hypothetical" if lemma in classes["unfounded_claims"] else "claimed"), \
                attributed, True
        told_by = [c.lemma_.lower() for c in head.children if c.dep_ in SUBJECT_DEPS]
        if cur.dep_ == "ccomp" and head.pos_ == "VERB" and \
                any(w in classes["claim_nouns"] for w in told_by):
            # "reports emerged that ...", "rumours spread that a woman was assaulted"
            return ("hypothetical" if any(w in classes["unfounded_claims"] for w in told_by)
                    else "claimed"), attributed, True
        cur = head
    return modality, attributed, False


def _according_to(tok: Token) -> str | None:
    """The source an 'according to X' phrase on the trigger names (the last one), if any."""
    attributed = None
    for c in tok.children:
        if c.dep_ == "prep" and word(c) == "according":
            for p in c.subtree:
                if p.dep_ == "pobj" and word(p.head) == "to":
                    attributed = _actor_span(p).text
    return attributed


def _speaker(tok: Token | None) -> str | None:
    if tok is None or tok.pos_ == "PRON":
        return None
    return _actor_span(tok).text


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause a token belongs to (the root when there is none)."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _governs_clause(head: Token, tok: Token) -> bool:
    """Whether `head`'s clause is the clause of `tok` or contains it."""
    return head.i == tok.i or any(a.i == head.i for a in tok.ancestors)


def _announced(tok: Token) -> bool:
    """Whether a future act is announced by someone: under a reporting or intent verb."""
    classes = word_classes()
    verbs = classes["speech"] | classes["claim_speech"] | classes["future_marker"] | {"threaten"}
    cur = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in verbs:
            return True
    return False
