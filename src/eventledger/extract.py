"""Find events and reported figures in a parsed article and code them in ACLED and PLOVER terms.

Triggers come from the lexicon (`data/triggers.tsv`); actors from the dependency parse (subject,
object, passive agent, "of"/"by" phrases of nominal triggers); counts from number modifiers;
modality from negation, modal and future auxiliaries and reporting verbs. The date and place of
each event come from the time and place stages through `ExtractionContext`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventledger import dedup
from eventledger.numbers import parse_count
from eventledger.schema import Actor, Event, Evidence, Figure, Place, stable_id
from eventledger.taxonomy import Trigger, acled_types, actor_lexicon, triggers, word_classes
from eventledger.when import Timex, resolve_event_date
from eventledger.where.geoparse import Toponym, demonym_country, to_place
from eventledger.where.link import event_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventledger.schema import Article

LETHAL_MODES = {"firearms", "targeted", "explosives", "heavy-weapons", "aerial", "drone"}
INTERVENTION_WORDS = {"tear", "gas", "disperse", "dispersed", "water", "cannon", "baton",
                      "rubber", "pellet", "clash", "clashed", "arrest", "arrested", "detain",
                      "detained", "crackdown", "charge", "charged"}
METAPHOR_HEADS = {"storm", "chorus", "outcry", "barrage", "flurry", "hail"}
SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "obj", "attr", "dative")
CASUALTY_WORDS = {"killed": "fatalities", "dead": "fatalities", "died": "fatalities",
                  "death": "fatalities", "deaths": "fatalities", "injured": "injured",
                  "wounded": "injured", "hurt": "injured", "injuries": "injured",
                  "arrested": "arrested", "detained": "arrested", "held": "arrested"}


@dataclass(slots=True)
class ExtractionContext:
    """What the other stages know about the article, handed to the extractor."""

    article: Article
    doc: Doc
    published: dt.date | None
    timexes: list[Timex]
    toponyms: list[Toponym]
    country_iso2: str | None
    country_place: Place | None
    country_name: str | None
    warnings: list[str] = field(default_factory=list)
    # Named actors whose country the text established ("Biden" -> United States), so that a
    # later bare mention of the same name is not given the article's country by default.
    actor_countries: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Hit:
    token: Token
    span: Span  # the trigger words
    trigger: Trigger


def extract(ctx: ExtractionContext) -> tuple[list[Event], list[Figure]]:
    """Events and figures of one article, in text order."""
    events: list[Event] = []
    figures: list[Figure] = []
    narrative: Timex | None = None
    title_end = _title_block_end(ctx.article.text)
    for sent in ctx.doc.sents:
        if sent.start_char < title_end:
            continue  # a headline restates the body's events; the body is coded
        if _BOILERPLATE.search(_paragraph_of(ctx.article.text, sent.start_char, sent.end_char)):
            continue  # "To contact us, visit: example.org/contact"
        sent_timexes = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char]
        sent_figures = _figures(ctx, sent, sent_timexes)
        figures.extend(sent_figures)
        if len(sent) > MAX_SENTENCE_TOKENS:
            # Tables, lists and run-on text parse into giant "sentences"; the parse of such a
            # span is not worth coding, and rules over it would cost time out of proportion.
            ctx.warnings.append(f"{ctx.article.doc_id}: a {len(sent)}-token span at offset "
                                f"{sent.start_char} is not a sentence; not coded")
            continue
        hits = _merge_hits(_find_triggers(sent)[:MAX_TRIGGERS_PER_SENTENCE])
        coded: list[Event] = []
        for hit in hits:
            coded.extend(_code_event(ctx, sent, hit, sent_timexes, narrative, sent_figures))
        events.extend(coded)
        # The narrative moves to the day of the last event told with a day of its own, not to
        # the day something was said ("killed ... on Sunday, officials said on Monday").
        told = [t for e in coded if e.time_precision == 1 and e.modality == "asserted"
                for t in sent_timexes if t.text == e.date_text]
        day_timexes = [t for t in sent_timexes if t.type in ("DATE", "TIME")
                       and re.match(r"\d{4}-\d{2}-\d{2}", t.value)]
        if told:
            narrative = told[-1]
        elif day_timexes and not coded:
            narrative = day_timexes[-1]
    return _refine_protests(_dedupe(events)), figures


MAX_SENTENCE_TOKENS = 150
MAX_TRIGGERS_PER_SENTENCE = 40


def _refine_protests(events: list[Event]) -> list[Event]:
    """A protest met by state force on the same day and place is, for ACLED, a protest with
    intervention (or excessive force when someone was killed)."""
    for protest in events:
        if protest.plover_event != "PROTEST" or protest.sub_event_type != "Peaceful protest" or \
                protest.modality != "asserted" or protest.time_precision != 1:
            continue
        force = [o for o in events if o.plover_event in ("ASSAULT", "COERCE")
                 and 1 in (o.inter1, o.inter2) and o.modality == "asserted"
                 and o.event_date == protest.event_date and o.geonameid is not None
                 and o.geonameid == protest.geonameid]
        if force:
            lethal = any((o.fatalities or 0) > 0 for o in force)
            sub = "Excessive force against protesters" if lethal else "Protest with intervention"
            protest.disorder_type, protest.event_type, protest.sub_event_type = acled_types(sub)
    return events


_BOILERPLATE = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:org|com|net)/\S*|[\w.+-]+@[\w-]+\.",
                          re.IGNORECASE)


def _paragraph_of(text: str, start: int, end: int) -> str:
    """The paragraph around a span, and the next one when the span ends with a colon."""
    while end > start and text[end - 1].isspace():
        end -= 1
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    hi = len(text) if hi == -1 else hi
    if text[start:end].rstrip().endswith(":"):
        nxt = text.find("\n\n", hi + 2)
        hi = len(text) if nxt == -1 else nxt
    return text[max(lo, 0):hi]


def _title_block_end(text: str) -> int:
    """End offset of a leading headline/byline block: short lines before the first paragraph
    that ends like a sentence. 0 when the text starts with body text."""
    pos = 0
    end = 0
    for block in re.split(r"(\n\s*\n)", text)[:8]:
        stripped = block.strip()
        if stripped and (len(stripped) > 160 or stripped[-1] in ".!?\"”'"):
            return end
        pos += len(block)
        if stripped:
            end = pos
    return 0


# ---------------------------------------------------------------- triggers

_MULTIWORD: dict[str, list[str]] = {}


_PHRASE_TOKENS = re.compile(r"[^\s-]+|-")


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
        for phrase in [*multi.get(lemma, []), *multi.get(tok.lower_, [])]:
            n = len(_PHRASE_TOKENS.findall(phrase))
            window = doc[tok.i:tok.i + n]
            words = [t.lemma_.lower() for t in window]
            surface = doc.text[window.start_char:window.end_char].lower()
            if " ".join(words) == phrase or " ".join(t.lower_ for t in window) == phrase \
                    or surface == phrase:
                head = _phrase_head(window)
                entry = next((e for e in table[phrase] if _pos_fits(e, head)
                              and _frame_ok(e, head, window)), None)
                if entry and not _is_back_reference(head):
                    hits.append(_Hit(head, window, entry))
                    used.update(t.i for t in window)
                    break
        if tok.i in used:
            continue
        entries = list(table.get(lemma, ())) + (list(table.get(tok.lower_, ()))
                                                  if tok.pos_ == "NOUN" else [])
        entry = next((e for e in entries if _pos_fits(e, tok)
                      and _frame_ok(e, tok, doc[tok.i:tok.i + 1])), None)
        if entry is None:
            continue
        if _is_metaphor(tok) or _is_back_reference(tok) or _skip_verb(tok):
            continue
        hits.append(_Hit(tok, doc[tok.i:tok.i + 1], entry))
        used.add(tok.i)
    hits.extend(_obligations(sent, used))
    return hits


OBLIGATION_AUX = frozenset({"must", "should"})
COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT"})
CONFLICTUAL = frozenset({"PROTEST", "COERCE", "SANCTION", "ASSAULT", "MOBILIZE"})
MATERIAL = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "AID", "RETREAT"})
REFUSAL_MODES = {"CONSULT": "meet", "AID": "assist", "CONCEDE": "yield", "RETREAT": "yield"}
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "COERCE": "restrict"}


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
            epistemic = any(a.lower_ == "have" for a in auxes)  # "must have been": inference
            if comp.dep_ == "ccomp" and not epistemic and any(a.lower_ in OBLIGATION_AUX
                                                              for a in auxes):
                out.append(_Hit(tok, sent.doc[tok.i:tok.i + 1], entry))
                break
    return out


def _phrase_head(window: Span) -> Token:
    for t in window:
        if t.head.i < window.start or t.head.i >= window.end:
            return t
    return window.root


def _pos_fits(entry: Trigger, tok: Token) -> bool:
    if "V" in entry.pos and tok.pos_ == "VERB":
        return True
    return "N" in entry.pos and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ != "NNP"


def _frame_ok(entry: Trigger, tok: Token, span: Span) -> bool:
    if entry.frame is None:
        return True
    kind, _, cls = entry.frame.partition(":")
    classes = word_classes()
    if kind == "obj":
        words = frozenset().union(*(classes.get(c, frozenset()) for c in cls.split("|")))
        people = "person" in cls.split("|")
        agents = "agent" in cls.split("|")
        # "fired to disperse the mob": the object may sit in a purpose clause.
        purpose = [o for c in tok.children if c.dep_ in ("xcomp", "advcl")
                   for o in c.children if o.dep_ in OBJECT_DEPS]
        for cand in _objects(tok) + purpose:
            cand = _through_quantity(cand)  # "handed over 700 kg of medicine"
            if _lemma_in(cand, words) or (people and cand.ent_type_ == "PERSON") or \
                    (agents and cand.ent_type_ in ("GPE", "ORG", "NORP")):
                return True  # a named country or group acts as an agent
        if people and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return True  # "met with ...", even when the parse loses the object
        if tok.dep_ in ("acl", "relcl") and _lemma_in(tok.head, words):
            return True
        return False
    if kind == "subj":
        words = frozenset().union(*(classes.get(c, frozenset()) for c in cls.split("|")))
        return any(_lemma_in(_through_quantity(s), words) for s in _subjects(tok))
    if kind == "gov":
        verbs = classes.get(cls, frozenset())
        head = tok.head
        hops = 0
        while hops < 3 and head is not None:
            if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
                return True
            if head.dep_ in ("ROOT",) or head.head is head:
                break
            head = head.head
            hops += 1
        return False
    if kind == "prt":
        return any(c.dep_ == "prep" and c.lower_ == cls for c in tok.children)
    if kind == "cause":
        return _cause_noun(tok, classes.get(cls, frozenset())) is not None
    return True


CAUSE_PREPS = frozenset({"in", "from", "during", "after", "by"})


def _cause_noun(tok: Token, words: frozenset[str]) -> Token | None:
    """'killed in police firing', 'died in a blast': the violence a casualty is due to."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in CAUSE_PREPS:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if _lemma_in(obj, words):
                    return obj
                # The tagger may read "police firing" as "police" with a participle.
                if any(c.dep_ == "acl" and (_lemma_in(c, words) or c.lower_ in words)
                       for c in obj.children):
                    return obj
    return None


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _is_metaphor(tok: Token) -> bool:
    """'a storm of protest': the trigger only qualifies another noun."""
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower()
            in METAPHOR_HEADS)


VERBAL = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "AGREE", "CONCEDE", "THREATEN"})
BACK_REFERENCE_PREPS = {"of", "to", "during", "after", "since", "amid", "over", "despite",
                        "following", "by", "from", "against", "because", "due"}


def _is_back_reference(tok: Token) -> bool:
    """'because of the blockades', 'The roadblocks have caused shortages', 'backed the
    protests': an event already told (or a topic), not a new one."""
    if tok.pos_ != "NOUN":
        return False
    # "rubber bullets are not lethal": a thing described, not an event.
    holder = tok.head if tok.dep_ == "compound" else tok
    if holder.dep_ == "nsubj" and holder.head.lemma_ == "be":
        return True
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this",
                                                              "its", "their")
                   for c in tok.children)
    if not definite:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in BACK_REFERENCE_PREPS:
        return True
    if tok.dep_ == "dobj" and any(e.plover in VERBAL for e in
                                  triggers().get(tok.head.lemma_.lower(), ())):
        return True  # "X has endorsed the strikes": the strikes are the statement's topic
    # "The blockades have caused shortages", "X has endorsed the strikes".
    return tok.dep_ in ("nsubj",) and tok.head.pos_ in ("VERB", "AUX")


def _skip_verb(tok: Token) -> bool:
    """Imperatives ('To contact us, visit:'), poll findings ('60 percent back X') and
    participles used as adjectives ('the detained journalists')."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "amod":
        return True
    if tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass") for c in tok.children):
        return True
    subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and (subj.lower_ in ("percent", "%") or any(
        t.lower_ in ("percent", "%") for t in subj.subtree))


def _merge_hits(hits: list[_Hit]) -> list[_Hit]:
    """One trigger per event: a noun trigger that is an argument of another trigger folds in."""
    out: list[_Hit] = []
    for hit in hits:
        absorbed = False
        for other in hits:
            if other is hit:
                continue
            # "marched ..., demanding X": the demand is the protest's, not an event of its own.
            if hit.trigger.plover in VERBAL | {"REQUEST"} and other.trigger.plover == "PROTEST" and \
                    hit.token.dep_ in ("advcl", "xcomp", "conj", "acl") and \
                    hit.token.head.i in (other.token.i, other.token.head.i):
                absorbed = True  # "began a hunger strike to demand ..."
                break
            # "Three soldiers were killed when gunmen ambushed a patrol": one incident, told
            # by the clause that names the attackers.
            if hit.trigger.plover == "ASSAULT" and other.trigger.plover == "ASSAULT" and \
                    other.token.dep_ in ("advcl", "relcl") and \
                    other.token.head.i == hit.token.i and any(
                        c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                        for c in other.token.children):
                absorbed = True
                break
            # "X endorsed the strikes": a known event as the topic of a statement.
            if hit.token.pos_ == "NOUN" and hit.token.dep_ == "dobj" and \
                    hit.token.head.i == other.token.i and other.trigger.plover in VERBAL and \
                    any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                        for c in hit.token.children):
                absorbed = True
                break
            # "shot dead during the clashes": a nominal trigger inside another's adjunct.
            if hit.token.pos_ == "NOUN" and hit.token.dep_ == "pobj" and \
                    hit.token.head.head.i == other.token.i and \
                    other.trigger.plover in ("ASSAULT", "PROTEST", "COERCE"):
                absorbed = True
                break
            if hit.token.head.i == other.token.i and hit.token.pos_ == "NOUN" and \
                    other.trigger.plover == hit.trigger.plover:
                absorbed = True
                break
            if (hit.trigger.mode == "crowd-control" and other.trigger.plover == "ASSAULT"
                    and other.trigger.mode != "crowd-control"
                    and _governs(other.token, hit.token)):
                absorbed = True
                break
        if not absorbed:
            out.append(hit)
    return out


def _governs(head: Token, tok: Token) -> bool:
    return any(a.i == head.i for a in tok.ancestors)


# ---------------------------------------------------------------- arguments

def _subjects(tok: Token) -> list[Token]:
    subs = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    cur = tok
    # "X continued to defy ... and participate in ...": the subject is shared up the chain.
    for _ in range(3):
        if subs or cur.dep_ not in ("conj", "xcomp") or cur.head.pos_ not in ("VERB", "AUX"):
            break
        cur = cur.head
        subs = [c for c in cur.children if c.dep_ in SUBJECT_DEPS]
    if not subs and tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
        subs = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    if not subs and tok.dep_ == "pcomp" and tok.head.head.pos_ in ("VERB", "AUX"):
        subs = [c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS]
    if not subs and tok.dep_ == "relcl":
        subs = [tok.head]
    if not subs and tok.dep_ == "acl":
        # "members issued a letter asking X": the letter's authors ask.
        noun = tok.head
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
                noun.lemma_.lower() not in word_classes()["person"]:
            subs = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS] or [noun]
        else:
            subs = [noun]
    return [_resolve_relative(s) for s in subs]


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


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ in ("at", "on", "against", "with", "to", "in"):
            objs += [p for p in prep.children if p.dep_ == "pobj"]
    for c in tok.children:
        if c.dep_ == "prt":
            objs += [g for g in c.children if g.dep_ == "pobj"]
    return objs


def _arguments(hit: _Hit) -> tuple[Token | None, Token | None]:
    """(source, target) head tokens for a trigger."""
    tok = hit.token
    casualty = tok.pos_ == "VERB" and (tok.lemma_.lower() == "die" or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in tok.children))
    cause = _cause_noun(tok, word_classes()["violence_nouns"]) if casualty else None
    if cause is not None and _agent(tok) is None:
        # "two persons were killed in police firing": police fired; the persons are victims.
        by = cause if cause.lemma_.lower() in actor_lexicon() else (
            next((c for c in cause.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                  and c.lemma_.lower() in actor_lexicon()), None)
            or _prep_object(cause, ("by",)))
        victim = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        return _resolve_pronoun(by), _resolve_pronoun(victim)
    if tok.pos_ == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if passive:
            source = _agent(tok)
            target = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        else:
            subs = _subjects(tok)
            # "NAIROBI, March 14 - Police fired": of two subjects the nearer is the actor.
            source = min(subs, key=lambda t: abs(t.i - tok.i)) if subs else None
            target = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
            if target is not None and _lemma_in(target, word_classes()["weapon"]):
                # "fired tear gas at demonstrators", "... to disperse the crowd": the people
                # are the target, not the munition.
                # ... or "fired rubber bullets and arrested 15 protesters": the people the
                # coordinated action was done to.
                target = _prep_object(tok, ("at", "on", "into", "against")) or next(
                    (o for c in tok.children if c.dep_ in ("xcomp", "advcl", "conj")
                     for o in c.children if o.dep_ in OBJECT_DEPS
                     and _lemma_in(_through_quantity(o), word_classes()["person"])), None)
            if target is None and hit.trigger.plover in ("CONSULT", "ASSAULT", "ACCUSE",
                                                         "SUPPORT", "REQUEST", "THREATEN"):
                target = _prep_object(tok, ("with", "against", "at", "on", "to", "for"))
        if tok.dep_ == "acl" and not passive and source is None:
            source = tok.head
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and target is None:
            target = tok.head
        return _resolve_pronoun(source), _resolve_pronoun(target)
    # Nominal trigger: "police killing of a demonstrator", "the arrest of X by police".
    source = _prep_object(tok, ("by",))
    target = _prep_object(tok, ("of", "against", "on"))
    if target is None and hit.trigger.plover in ("SUPPORT", "AID", "REQUEST", "COOPERATE"):
        target = _prep_object(tok, ("for", "to", "with"))  # "aid for Chad"
    if source is None:
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN") \
                    and c.lemma_.lower() in actor_lexicon() or (c.dep_ == "poss"
                                                                 and c.pos_ == "PROPN"):
                source = c
                break
    if source is None and tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
        gov = tok.head if tok.dep_ != "pobj" else tok.head.head
        subs = _subjects(gov) if gov.pos_ in ("VERB", "AUX") else []
        if subs and tok.dep_ in ("dobj", "attr", "pobj"):
            source = subs[0]
    return _resolve_pronoun(source), _resolve_pronoun(target)


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _resolve_pronoun(tok: Token | None) -> Token | None:
    if tok is None:
        return None
    if tok.pos_ == "PRON" and tok.lower_ not in ("who", "which", "that"):
        # "The army said it had deployed troops": the speaker is the one pronoun we resolve;
        # otherwise an unnamed actor beats a wrong one.
        clause = tok.head
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if tok.dep_ in SUBJECT_DEPS and clause.dep_ == "ccomp" and \
                clause.head.lemma_.lower() in word_classes()["speech"]:
            speaker = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
            if speaker is not None and speaker.pos_ != "PRON":
                return speaker
        return None
    return _resolve_relative(tok)


def _through_quantity(tok: Token) -> Token:
    """A quantity head ("Thousands of demonstrators") stands for its complement."""
    if tok.lemma_.lower() in _QUANTITY_WORDS or tok.like_num:
        comp = _prep_object(tok, ("of",))
        if comp is not None:
            return comp
    return tok


def _actor_span(tok: Token) -> Span:
    """The words naming an actor: the head noun with its modifiers and 'of X' complement."""
    doc = tok.doc
    tok = _through_quantity(tok)
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nummod", "poss", "nmod", "quantmod") or \
                (c.dep_ == "det" and c.lower_ not in ("the", "a", "an", "this", "that", "these",
                                                     "those")):
            left = min(left, c.left_edge.i)
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ == "of"):
            right = max(right, c.right_edge.i)
            if c.dep_ == "appos":
                break
    right = min(right, left + 14)
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space
                            or doc[left].lower_ in ("the", "a", "an")):
        left += 1
    while right > left and doc[right].is_space:
        right -= 1
    return doc[left:right + 1]


_QUANTITY_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                   "millions", "score", "scores", "ten", "tens", "number", "group", "crowd",
                   "kg", "kilogram", "ton", "tonne", "litre", "liter", "pound", "gallon",
                   "barrel", "truckload", "consignment", "batch", "worth", "amount", "%",
                   "percent", "part", "share", "bulk", "half", "lot", "lots", "most"}


def _count_of(tok: Token) -> int | None:
    """A count attached to an actor head: 'two teenagers', 'thousands of demonstrators'."""
    if tok.like_num or tok.lemma_.lower() in _QUANTITY_WORDS:
        phrase = " ".join(t.text for t in tok.lefts if t.dep_ in ("quantmod", "advmod",
                                                                 "nummod", "det"))
        return parse_count(f"{phrase} {tok.text}".strip())
    for c in tok.children:
        if c.dep_ == "nummod":
            words = [t.text for t in c.subtree if t.i <= c.i]
            return parse_count(" ".join(words))
    if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in
                                tok.children):
        return 1  # "the killing of a demonstrator"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.like_num or tok.head.head.lemma_.lower() in _QUANTITY_WORDS):
        return _count_of(tok.head.head)
    return None


# ---------------------------------------------------------------- actors

NEAR_PREPS = frozenset({"near", "outside", "around", "nearby", "close"})


def _place_of(doc: Doc, top: Toponym) -> Place:
    """ACLED place fields of a linked toponym; 'near/outside a town' is precision 2 (ACLED)."""
    place = to_place(top.entry)
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is not None and place.geo_precision == 1 and span.root.dep_ == "pobj" and \
            span.root.head.lower_ in NEAR_PREPS:
        place.geo_precision = 2
    return place


def _modifier_country(tok: Token, ctx: ExtractionContext) -> str | None:
    """A country named as a modifier of an event noun is its source's: 'French support'."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            for top in ctx.toponyms:
                if top.start <= c.idx < top.end and top.entry and \
                        top.entry.feature == "country":
                    return top.entry.name
    return None


def _make_actor(tok: Token | None, role: str, ctx: ExtractionContext,
                country_hint: str | None = None) -> Actor | None:
    if tok is None:
        return None
    span = _actor_span(tok)
    if not span.text.strip():
        return None
    place = next((t for t in ctx.toponyms if t.start == span.start_char
                  and t.end == span.end_char and not t.adjectival and t.entry), None)
    if place is not None:
        if place.entry.feature != "country":
            return None  # "rebels shelled Goma": the place attacked is the location
        # "aid for Chad": a country as a participant stands for its government.
        name = actor_lexicon()["government"]["name"].replace("{country}", place.entry.name)
        return Actor(text=place.text, normalized=name, role=role,  # type: ignore[arg-type]
                     start=place.start, end=place.end, inter=1)
    normalized, inter = _normalise_actor(span, ctx, country_hint)
    return Actor(text=ctx.article.text[span.start_char:span.end_char], normalized=normalized,
                 role=role, start=span.start_char, end=span.end_char,  # type: ignore[arg-type]
                 inter=inter)


def _evidence(ctx: ExtractionContext, start: int, end: int) -> Evidence:
    """A span of the original article text (not the parser's normalised copy), trimmed."""
    text = ctx.article.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Evidence(text[start:end], start, end)


def _normalise_actor(span: Span, ctx: ExtractionContext, country_hint: str | None = None
                     ) -> tuple[str | None, int | None]:
    lex = actor_lexicon()
    root = span.root
    # "Ms Diaz, the interior minister of Chile": the title says who acts.
    title = next((c for c in root.children if c.dep_ == "appos"
                  and c.lemma_.lower() in lex), None)
    if title is not None and root.pos_ == "PROPN":
        title_span = span.doc[title.left_edge.i:title.right_edge.i + 1]
        return _normalise_actor(title_span, ctx, country_hint)
    country = _actor_country(span, ctx, country_hint)
    words = [t.lemma_.lower() for t in span]
    lowers = [t.lower_ for t in span]
    # Words inside an organisation's name ("the People's Defense Front") are not actors.
    in_org = {t.i for e in span.doc.ents if e.label_ in ("ORG", "FAC") and len(e) > 1
              for t in e}
    best: dict[str, str] | None = None
    # Longest lexicon phrase wins; a head-noun match beats a modifier. A match inside an
    # "of" complement names the actor only when the head is a person ("members of Congress"),
    # not a thing ("a rise of police violence").
    head_is_person = root.lemma_.lower() in word_classes()["person"] or \
        root.lemma_.lower() in lex
    for n in (3, 2, 1):
        for i in range(len(span) - n + 1):
            last = span[i + n - 1]
            in_complement = last.i > root.i and not head_is_person
            if in_complement or any(t.i in in_org for t in span[i:i + n]):
                continue
            for seq in (words, lowers):
                phrase = " ".join(seq[i:i + n])
                if phrase in lex:
                    if best is None or last.i == root.i:
                        best = lex[phrase]
        if best is not None:
            break
    ents = [e for e in span.doc.ents if e.start >= span.start and e.end <= span.end
            and e.label_ in ("ORG", "PERSON", "NORP")]
    org = next((e for e in ents if e.label_ == "ORG" and (
        e.root.i == root.i or (head_is_person and e.start > root.i))), None)
    if org is not None and best is None:
        # The group itself, or the group a leader or member speaks for.
        return re.sub(r"^(?:the)\s+", "", org.text, flags=re.IGNORECASE), None
    if best is None:
        person = next((e for e in ents if e.label_ == "PERSON"), None)
        if person is not None:
            return person.text, None
        if span.root.pos_ == "PROPN":  # a named group the tagger did not label
            return re.sub(r"^(?:the|a|an)\s+", "", span.text, flags=re.IGNORECASE), None
        return None, None
    name = best["name"]
    if "{country}" in name:
        if country is None:
            name = name.replace(" of {country}", "").replace(" ({country})", "")
        else:
            name = name.replace("{country}", country)
    return name, int(best["inter"])


def _actor_country(span: Span, ctx: ExtractionContext, hint: str | None = None) -> str | None:
    """The actor's country: a demonym or place name inside its words, else the hint (the
    country the event happened in, when abroad), else what the article established earlier
    for a name in it, else the article's country."""
    names = [e.text.lower() for e in span.doc.ents if e.label_ in ("PERSON", "ORG")
             and span.start <= e.start and e.end <= span.end]
    found = None
    for tok in span:
        if tok.text[:1].isupper() and demonym_country(tok.text):
            found = _country_name(demonym_country(tok.text), ctx)
            break
    if found is None:
        found = next((top.entry.name for top in ctx.toponyms if top.entry
                      and top.entry.feature == "country" and not top.adjectival
                      and span.start_char <= top.start < span.end_char), None)
    found = found or hint
    if found is not None:
        for name in names:
            ctx.actor_countries.setdefault(name, found)
        return found
    remembered = next((ctx.actor_countries[n] for n in names if n in ctx.actor_countries), None)
    return remembered or ctx.country_name


def _country_name(iso2: str, ctx: ExtractionContext) -> str:
    if ctx.country_iso2 == iso2 and ctx.country_name:
        return ctx.country_name
    from eventledger.where.gazetteer import load

    entry = load().country(iso2)
    return entry.name if entry else iso2


# ---------------------------------------------------------------- coding

def _code_event(ctx: ExtractionContext, sent: Span, hit: _Hit, sent_timexes: list[Timex],
                narrative: Timex | None, sent_figures: list[Figure]) -> list[Event]:
    tok, trig = hit.token, hit.trigger
    cause = _cause_noun(tok, word_classes()["violence_nouns"]) if tok.pos_ == "VERB" else None
    if cause is not None and trig.plover == "ASSAULT":
        # "died in an airstrike": the cause says what kind of violence it was.
        coded = next((e for e in triggers().get(cause.lemma_.lower(), ()) if "N" in e.pos
                      and e.plover == "ASSAULT"), None)
        if coded is not None:
            trig = coded
    modality, attributed = _modality(tok)
    if modality == "future" and trig.plover in COOPERATIVE:
        # "Finland will give Tanzania a grant": the pledge is the event (PLOVER's AGREE).
        trig = triggers()["@intent"][0]
        modality = "asserted"
    elif modality == "negated" and trig.plover in COOPERATIVE | {"AGREE"}:
        # "will not accept refugees", "failed to reach agreement": cooperation refused
        # (unless the refusing verb is itself coded: "refused to release").
        if any(e.plover == "REJECT" for e in triggers().get(tok.head.lemma_.lower(), ())):
            return []
        refusal = triggers()["@refusal"][0]
        trig = Trigger(refusal.lemma, refusal.pos, refusal.plover,
                       REFUSAL_MODES.get(trig.plover, refusal.mode), None, "event",
                       trig.context, None)
        modality = "asserted"
    source_tok, target_tok = _arguments(hit)
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None) \
        if trig.plover == "REQUEST" and tok.pos_ == "VERB" else None
    if comp is not None and (target_tok is None or trig.lemma == "@obligation"):
        # "prosecutors demanded that the leader remain in custody", "said Libya must hand
        # over the suspects": whoever is to act is the target.
        demanded = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
        if demanded is not None:
            target_tok = _resolve_pronoun(demanded)
    counts, victims = _counts(hit, sent, source_tok, target_tok)
    if target_tok is None and victims is not None:
        target_tok = victims  # "Three soldiers were killed when gunmen ambushed a patrol"
    if _is_aggregate(hit, sent, counts, sent_figures):
        return []  # a cumulative toll is a Figure, never one incident's event

    dating = _date(ctx, tok, sent, sent_timexes, narrative, modality)
    if dating is None:
        return []  # background history, not a current event
    participants = [t for t in (source_tok, target_tok) if t is not None]
    actor_spans = [(sp.start_char, sp.end_char) for sp in map(_actor_span, participants)]
    # Only material events borrow the place just narrated; a statement is not made there.
    linked = event_places(ctx.doc, tok, ctx.toponyms, participants, actor_spans,
                          narrative=trig.plover in MATERIAL or trig.kind == "disruption")
    places = [_place_of(ctx.doc, t) for t in linked]
    narrated = bool(linked) and not (sent.start_char <= linked[0].start < sent.end_char)
    if trig.plover == "PROTEST" and any(f.metric == "protest_locations" for f in sent_figures) \
            and (narrated or not any(p.geo_precision in (1, 2) or p.admin1 for p in places)):
        return []  # "strikes continue in 12 districts": a figure, not a countrywide event
    # An official acting abroad is most likely of the country the event happened in
    # ("officials met in Geneva"); otherwise the article's country is the default.
    abroad = linked[0].entry.country if linked and linked[0].entry.iso2 and \
        linked[0].entry.iso2 != ctx.country_iso2 else None
    source_country = _modifier_country(tok, ctx) or abroad  # "French support", "Russian strikes"
    source = _make_actor(source_tok, "source", ctx, source_country)
    target = _make_actor(target_tok, "target", ctx, abroad if source is None else None)
    if source and target and (source.start == target.start or (
            trig.plover != "ASSAULT" and source.normalized and
            source.normalized == target.normalized)):
        target = None  # "the army deployed troops": an actor is not coded against itself

    sub = trig.acled_sub
    plover_mode = trig.mode
    contexts = list(trig.context)
    inter_s = source.inter if source else None
    inter_t = target.inter if target else None
    if trig.plover == "PROTEST" and source is not None and inter_s in (7, None) and \
            trig.mode in ("demo", "strike", "obstruct", "hunger", "boycott"):
        # Whoever demonstrates is coded as protesters (ACLED), whatever their occupation.
        source.normalized = _protesters_name(ctx)
        source.inter = inter_s = 6
    if trig.plover == "ASSAULT" and _crowd_control(tok):
        plover_mode = "crowd-control"
    sub, plover_mode, swap = _refine(trig, sub, plover_mode, inter_s, inter_t, sent, counts)
    if swap:
        source, target = target, source
        if source:
            source.role = "source"
        if target:
            target.role = "target"
        inter_s, inter_t = inter_t, inter_s
    if sub in ("Excessive force against protesters", "Protest with intervention") and \
            "repression" not in contexts:
        contexts.append("repression")
    disorder, event_type, sub = acled_types(sub)

    out: list[Event] = []
    for idx, place in enumerate(places or [ctx.country_place]):
        ev = Event(
            event_id=stable_id(ctx.article.article_id, tok.idx, idx),
            doc_id=ctx.article.doc_id, article_id=ctx.article.article_id,
            event_date=dating.event_date, date_end=dating.date_end,
            time_precision=dating.time_precision, date_text=dating.date_text,
            disorder_type=disorder, event_type=event_type, sub_event_type=sub,
            plover_event=trig.plover, plover_mode=plover_mode, plover_context=contexts,
            kind=trig.kind,  # type: ignore[arg-type]
            actor1=source.normalized if source else None, inter1=inter_s,
            actor2=target.normalized if target else None, inter2=inter_t,
            actors=[a for a in (source, target) if a],
            modality=modality, attributed_to=attributed,
            evidence=[_evidence(ctx, sent.start_char, sent.end_char)],
            source=ctx.article.source, source_url=ctx.article.url,
            **counts,
        )
        if event_type is not None:
            ev.interaction = _interaction(inter_s, inter_t)
        if ev.kind == "disruption" and source is not None and \
                source_tok is not None and _lemma_in(source_tok, word_classes()["facility"]):
            # "its refinery had to halt output, the firm said": the firm acts.
            ev.actor1 = attributed
        elif ev.kind == "disruption" and ev.actor1 is None and source is not None:
            ev.actor1 = source.text
        ev.set_place(place)
        if place is None and ctx.country_place is not None:
            ev.set_place(ctx.country_place)
        ev.notes = _notes(ev, hit, source, target)
        ev.confidence = _confidence(ev, hit, source, target, place, dating.date_text)
        if narrated:
            ev.confidence = round(max(0.05, ev.confidence - 0.07), 2)  # place from context
        out.append(ev)
    if out and modality == "future" and trig.plover in CONFLICTUAL and \
            trig.kind == "event" and _announced(tok):
        out.append(_threat(ctx, out[0], tok, sent, sent_timexes, narrative))
    return out


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


CROWD_CONTROL = frozenset({"tear", "gas", "teargas", "cannon", "baton", "batons", "rubber",
                           "pellet", "pellets", "pepper", "truncheon", "stun"})


def _crowd_control(tok: Token) -> bool:
    """Whether the trigger's clause names crowd-control means (tear gas, batons, rubber)."""
    return any(t.lower_ in CROWD_CONTROL for t in tok.subtree)


def _protesters_name(ctx: ExtractionContext) -> str:
    name = actor_lexicon()["protester"]["name"]
    if ctx.country_name is None:
        return name.replace(" ({country})", "")
    return name.replace("{country}", ctx.country_name)


def _refine(trig: Trigger, sub: str | None, mode: str | None, inter_s: int | None,
            inter_t: int | None, sent: Span, counts: dict[str, int | None]
            ) -> tuple[str | None, str | None, bool]:
    """ACLED sub-event type from the actors and the sentence; swap when protesters lead."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    if trig.plover == "PROTEST" and trig.mode in ("demo", "strike", "obstruct", "hunger",
                                                  "boycott"):
        if words & INTERVENTION_WORDS:
            lethal = (counts.get("fatalities") or 0) > 0 or "killed" in words or \
                "shot" in words
            return ("Excessive force against protesters" if lethal
                    else "Protest with intervention"), mode, False
        return sub, mode, False
    if trig.acled_sub in ("Non-state actor overtakes territory",
                          "Government regains territory"):
        return ("Government regains territory" if inter_s == 1
                else "Non-state actor overtakes territory"), mode, False
    if trig.plover == "ASSAULT" and mode == "beat" and any(
            w in words for w in ("sexually", "sexual", "raped", "rape")):
        return "Sexual violence", "sexual", False
    if trig.plover == "ASSAULT":
        if inter_s == 1 and inter_t in (6, 5):
            lethal = mode in LETHAL_MODES or (counts.get("fatalities") or 0) > 0 or \
                (counts.get("injured") or 0) > 0
            sub = "Excessive force against protesters" if lethal else "Protest with intervention"
            if inter_t == 5:
                sub = "Violent demonstration"
            return sub, "crowd-control" if not lethal else mode, True
        if inter_s in (5, 6):
            return ("Mob violence" if trig.mode in ("beat", "primitive") and inter_s == 5
                    else "Violent demonstration"), "riot" if trig.mode else mode, False
        if trig.acled_sub == "Armed clash" and inter_s in (5, 6, 7):
            return "Violent demonstration", mode, False
        if inter_s in (1, 2, 3, 4) and inter_t in (1, 2, 3, 4) and trig.acled_sub == "Attack":
            return "Armed clash", mode, False
        if inter_t == 6 and inter_s is None and trig.mode in LETHAL_MODES:
            return "Excessive force against protesters", mode, True
    return sub, mode, False


def _interaction(a: int | None, b: int | None) -> int | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return int(f"{a or b}0")
    lo, hi = sorted((a, b))
    return int(f"{lo}{hi}")


def _counts(hit: _Hit, sent: Span, source: Token | None, target: Token | None
            ) -> tuple[dict[str, int | None], Token | None]:
    """Tolls and crowd size of the event, and the victims when a governing verb names them."""
    counts: dict[str, int | None] = {"fatalities": None, "injured": None, "arrested": None,
                                     "crowd_size": None}
    victims = None
    trig = hit.trigger
    target_n = _count_of(target) if target is not None else None
    source_n = _count_of(source) if source is not None else None
    lemma = hit.token.lemma_.lower()
    if lemma == "die" and target is not None:
        counts["fatalities"] = _count_of(target)
    head = hit.token.head
    if hit.token.dep_ == "nsubj" and head.lemma_.lower() == "leave":
        # "police firing left two dead and five injured"
        for c in head.subtree:
            key = CASUALTY_WORDS.get(c.lower_)
            num = next((n for n in c.children if n.like_num or n.dep_ == "nummod"), None) or \
                (c.head if c.head.like_num else None)
            if key and counts.get(key) is None:
                if num is None:
                    num = next((n for n in head.children if n.dep_ in ("dobj", "ccomp")
                                and (n.like_num or n.lower_ in ("one", "two"))), None)
                if num is not None:
                    counts[key] = parse_count(num.text)
    if trig.plover == "ASSAULT" and lemma in ("kill", "killing", "murder", "massacre",
                                               "execute", "lynch", "shoot", "gun down"):
        if lemma in ("kill", "killing", "murder", "massacre", "execute", "lynch") \
                or _dies(hit.token):
            counts["fatalities"] = target_n
    elif trig.plover == "ASSAULT" and lemma in ("wound", "injure"):
        counts["injured"] = target_n
    elif trig.plover == "COERCE" and trig.mode == "arrest":
        counts["arrested"] = target_n
    elif trig.plover == "PROTEST":
        counts["crowd_size"] = source_n
    # "Seven people died when gunmen attacked": the toll is on the governing verb.
    head = hit.token.head
    if hit.token.dep_ in ("advcl", "relcl") and head.lemma_.lower() in ("die", "kill", "injure",
                                                                         "wound", "arrest"):
        key = {"die": "fatalities", "kill": "fatalities", "injure": "injured",
               "wound": "injured", "arrest": "arrested"}[head.lemma_.lower()]
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and counts.get(key) is None:
            counts[key] = _count_of(subj)
        if subj is not None and target is None:
            victims = subj
    # "... killing two and injuring five", "left 3 dead": casualty words in the trigger's clause
    # (not in a relative clause about something else: "a town where 28 have been killed").
    nested: set[int] = set()
    for c in hit.token.subtree:  # subtrees are contiguous: mark each nested span once
        if c.dep_ in ("relcl", "acl") and c.i != hit.token.i and c.i not in nested:
            nested.update(range(c.left_edge.i, c.right_edge.i + 1))
    for tok in hit.token.subtree:
        if tok.i in nested:
            continue
        key = CASUALTY_WORDS.get(tok.lower_)
        if key is None or tok.i == hit.token.i:
            continue
        n = None
        for c in list(tok.children) + ([tok.head] if tok.head.like_num else []):
            if c.like_num or c.dep_ in ("nummod", "nsubj", "nsubjpass", "dobj"):
                n = _count_of(c) if not c.like_num else parse_count(c.text)
                if n is not None:
                    break
        if n is not None and counts.get(key) is None:
            counts[key] = n
    return counts, victims


def _dies(tok: Token) -> bool:
    return any(c.lower_ in ("dead", "death") for c in tok.subtree)


def _is_aggregate(hit: _Hit, sent: Span, counts: dict[str, int | None],
                  sent_figures: list[Figure]) -> bool:
    toll = counts.get("fatalities") or counts.get("injured") or counts.get("arrested")
    if not toll:
        return False
    text = sent.text.lower()
    cues = word_classes()["cumulative_cue"]
    if any(re.search(rf"\b{re.escape(c)}\b", text) for c in cues):
        return True
    return any(f.metric in ("deaths", "injured", "detained") for f in sent_figures)


def _modality(tok: Token) -> tuple[str, str | None]:
    """Modality of the event and who it is attributed to, from the verbs that govern it."""
    classes = word_classes()
    children = list(tok.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return "hypothetical", None  # "if the government did not withdraw the plan"
    if any(c.dep_ == "neg" for c in children):
        return "negated", None
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        governing = _modality(tok.head)
        if governing[0] != "asserted":
            return governing  # "would hold another march on Thursday"
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        # "workers will intervene and further disrupt output": the auxiliary is shared.
        auxes |= {c.lower_ for c in tok.head.children if c.dep_ in ("aux", "auxpass")}
    attributed = None
    modality = "asserted"
    if "to" in auxes and tok.tag_ == "VB" and \
            tok.head.lemma_.lower() in classes["negative_implicative"]:
        return "negated", None  # "refused to deploy", "failed to reach agreement"
    if "to" in auxes and tok.tag_ == "VB" and \
            tok.head.lemma_.lower() not in classes["implicative"]:
        # An infinitive names an event not (yet) done: "urged police to detain" (hypothetical),
        # "plans to impose" (future); implicative heads ("continued to defy") assert it.
        modality = "future" if tok.head.lemma_.lower() in classes["future_marker"] \
            else "hypothetical"
    scope = (tok, tok.head) if tok.dep_ in ("xcomp", "pcomp", "pobj", "dobj") else (tok,)
    if tok.tag_ == "VB" and tok.dep_ == "conj" and modality == "asserted" and not auxes and \
            not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        modality = "hypothetical"  # a bare verb form cannot report a past act
    if any(c.dep_ == "advmod" and c.lower_ in classes["hearsay_adverbs"]
           for t in scope for c in t.children):
        modality = "claimed"
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in \
        classes["speech"] | classes["claim_speech"] | classes["future_marker"]
    if auxes & {"will", "shall", "'ll"} or ("would" in auxes and reported):
        modality = "future"  # "they said they would blockade": the future of the past
    elif auxes & classes["hypothetical_marker"]:
        modality = "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        modality = "hypothetical"
    noun = tok
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "facing prosecutions and arrest": the conjunct shares the verb
    if tok.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj") and modality == "asserted":
        gov = noun.head if noun.dep_ == "dobj" else noun.head.head
        if gov.lemma_.lower() in classes["future_marker"] | {"threaten", "announce"}:
            modality = "future"
        elif gov.lemma_.lower() in classes["request_verbs"]:
            modality = "hypothetical"  # "called for the deployment", "authorizes deployment"
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            break
        lemma = head.lemma_.lower()
        if cur.dep_ in ("xcomp", "ccomp") and lemma in classes["future_marker"] \
                and modality == "asserted":
            modality = "future" if lemma not in ("want", "hope", "consider") else "hypothetical"
        if lemma in classes["negation_verbs"] and cur.dep_ in ("ccomp", "xcomp", "dobj"):
            who = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            return "negated", _speaker(who)
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "dobj", "pcomp") and \
                lemma in classes["claim_speech"]:
            who = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            return ("claimed" if modality == "asserted" else modality), _speaker(who)
        if cur.dep_ in ("ccomp", "parataxis") and lemma in classes["speech"] and \
                attributed is None:
            who = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            attributed = _speaker(who)
        if any(c.dep_ == "neg" for c in head.children) and cur.dep_ in ("xcomp",):
            return "negated", attributed
        if cur.dep_ in ("ccomp", "xcomp") and lemma in classes["request_verbs"] and \
                modality == "asserted":
            modality = "hypothetical"  # "insisted that troops stay in the capital"
        if head.pos_ == "NOUN" and lemma in classes["claim_nouns"] and \
                cur.dep_ in ("acl", "ccomp", "relcl", "appos"):
            return "claimed", attributed  # "the rumour that rebels were paid"
        cur = head
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for p in c.subtree:
                if p.dep_ == "pobj" and p.head.lower_ == "to":
                    attributed = _actor_span(p).text
    return modality, attributed


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


def _date(ctx: ExtractionContext, tok: Token, sent: Span, sent_timexes: list[Timex],
          narrative: Timex | None, modality: str):
    """The event's date from the expressions of its clause or the clauses containing it (not
    from a nested clause about something else), else the narrative, else publication."""
    doc = ctx.doc
    own = _clause_head(tok)
    dated = []
    for t in sent_timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        head = _clause_head(span.root)
        if _governs_clause(head, own):
            dated.append((0 if head.i == own.i else 1, abs(t.start - tok.idx), t))
    # Background: an explicit year long before publication in the event's own clause, or a
    # state of affairs ongoing "since 2012" ("troops have been fighting insurgents since 2012").
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    for rank, _, t in dated:
        old = re.fullmatch(r"\d{4}", t.value) and ctx.published and \
            int(t.value) < ctx.published.year - 1
        since = doc.text[max(0, t.start - 6):t.start].lower().strip().endswith("since")
        if old and (rank == 0 or (perfect and since)):
            return None
    if perfect and any(re.fullmatch(r"\d{4}", t.value) and ctx.published and
                       int(t.value) < ctx.published.year - 1 and
                       doc.text[max(0, t.start - 6):t.start].lower().strip().endswith("since")
                       for t in sent_timexes):
        return None
    ordered = [t for _, _, t in sorted(dated, key=lambda d: (d[0], d[1]))]
    present = tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in tok.children))
    if not ordered and narrative is not None and not present and modality != "future" and \
            _same_paragraph(ctx.doc.text, narrative.start, sent.start_char):
        ordered = [narrative]
    return resolve_event_date(ordered, ctx.published, future=modality == "future")


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return "\n\n" not in text[lo:hi] or hi - lo < 400


# ---------------------------------------------------------------- output

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
    # The sentence's main assertion is surer than an event mentioned in a relative clause.
    depth = sum(1 for _ in hit.token.ancestors)
    score -= 0.03 * min(depth, 4)
    if any(a.dep_ in ("relcl", "acl") for a in [hit.token, *hit.token.ancestors]):
        score -= 0.05
    return round(max(0.05, min(0.95, score)), 2)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per incident within the article: the same type, day, place and compatible
    actors told again (in the same sentence or a later one) adds its evidence, not an event."""
    out: list[Event] = []
    for ev in events:
        prior = next((p for p in out if _same_incident(p, ev)), None)
        if prior is None:
            out.append(ev)
            continue
        if all(e.start != ev.evidence[0].start for e in prior.evidence):
            prior.evidence.extend(ev.evidence)
            prior.confidence = round(min(0.95, max(prior.confidence, ev.confidence) + 0.03), 2)
        for name in ("fatalities", "injured", "arrested", "crowd_size", "actor1", "inter1",
                     "actor2", "inter2", "attributed_to"):
            if getattr(prior, name) is None:
                setattr(prior, name, getattr(ev, name))
        known = {(a.start, a.role) for a in prior.actors}
        prior.actors.extend(a for a in ev.actors if (a.start, a.role) not in known)
    return out


def _same_incident(a: Event, b: Event) -> bool:
    if a.evidence[0].start == b.evidence[0].start:
        return (a.plover_event, a.sub_event_type, a.event_date, a.geonameid, a.actor1,
                a.actor2, a.modality) == (b.plover_event, b.sub_event_type, b.event_date,
                                         b.geonameid, b.actor1, b.actor2, b.modality)
    # Across sentences only a specific day and place make two mentions one incident.
    specific = a.time_precision == 1 and b.time_precision == 1 and \
        a.geo_precision in (1, 2) and b.geo_precision in (1, 2)
    return specific and a.event_date == b.event_date and a.geonameid == b.geonameid and \
        a.sub_event_type == b.sub_event_type and dedup.compatible(a, b)


# ---------------------------------------------------------------- figures

# (metric, pattern, needs a cumulative cue such as "so far" or "this year")
_FIGURE_PATTERNS: list[tuple[str, re.Pattern[str], bool]] = [
    ("deaths", re.compile(r"\b(?:deaths?|death toll|toll|fatalities|dead)\b[^.;]{0,40}?\b"
                          r"(?:risen|rose|climbed|reached|stands?|stood|is|was|hit|increased|"
                          r"jumped)(?:\s+(?:to|at))?\s+((?:at least |nearly |some |about |"
                          r"more than |over |almost )?\d[\d,]*)\b", re.IGNORECASE), False),
    ("deaths", re.compile(r"\b((?:at least |nearly |some |about |more than |over |almost )?"
                          r"\d[\d,]*)\s+(?:people|persons|protesters|demonstrators|civilians|"
                          r"unarmed demonstrators|)\s*(?:have|had)\s+(?:died|been killed)\b",
                          re.IGNORECASE), False),
    ("deaths", re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?killed\s+((?:at least |nearly |some |"
                          r"about |more than |over |almost )?\d[\d,]*)\b", re.I), True),
    ("deaths", re.compile(r"\bkilling of ((?:at least |nearly |some |about |more than |over |"
                          r"almost )?\d[\d,]*)\b", re.IGNORECASE), True),
    ("injured", re.compile(r"\b((?:at least |nearly |some |more than |over )?\d[\d,]*)\s+"
                           r"(?:people\s+)?(?:have been|had been)\s+(?:injured|wounded)\b",
                           re.IGNORECASE), False),
    ("detained", re.compile(r"\b((?:at least |nearly |some |more than |over )?\d[\d,]*)\s+"
                            r"(?:people\s+)?(?:have been|had been)\s+(?:arrested|detained)\b",
                            re.IGNORECASE), False),
    ("protest_locations", re.compile(r"\b(?:protests?|roadblocks?|blockades?|strikes?|"
                                     r"demonstrations?)\b[^.;]{0,60}?\bin\s+(\d[\d,]*)\s+"
                                     r"(provinces|regions|cities|districts|departments|"
                                     r"states|towns|locations)\b", re.IGNORECASE), False),
    ("poll_percent", re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:of\s+)?"
                                r"([^.;,]{3,80}?)(?=\s+(?:and|but)\s+\d|[.;,]|$)", re.IGNORECASE), False),
]
_POLL_CUES = re.compile(r"\b(polls?|survey|surveys|approval|support|supports|want|wants|"
                        r"oppose|opposes|favou?r|approve|disapprove)\b", re.IGNORECASE)


def _figures(ctx: ExtractionContext, sent: Span, sent_timexes: list[Timex]) -> list[Figure]:
    text = sent.text
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    cumulative = any(re.search(rf"\b{re.escape(c)}\b", text.lower())
                     for c in word_classes()["cumulative_cue"])
    for metric, pattern, needs_cue in _FIGURE_PATTERNS:
        for m in pattern.finditer(text):
            g_start, g_end = m.span(1)
            if any(g_start < e and s < g_end for s, e in taken):
                continue
            value = parse_count(m.group(1)) if metric != "poll_percent" else float(m.group(1))
            if value is None:
                continue
            if metric == "poll_percent" and not _POLL_CUES.search(text):
                continue
            if needs_cue and not cumulative:
                continue
            taken.append((g_start, g_end))
            unit = {"deaths": "people", "injured": "people", "detained": "people",
                    "poll_percent": "percent"}.get(metric)
            if metric == "protest_locations":
                unit = m.group(2).lower()
            scope = ctx.country_name
            if metric == "poll_percent":
                scope = m.group(2).strip()
            as_of = _figure_date(sent_timexes, ctx.published)
            out.append(Figure(
                figure_id=stable_id(ctx.article.article_id, "figure",
                                    sent.start_char + m.start()),
                doc_id=ctx.article.doc_id, article_id=ctx.article.article_id,
                metric=metric, value=float(value), unit=unit, as_of=as_of, scope=scope,
                reported_by=_reporter(sent),
                evidence=[_evidence(ctx, sent.start_char, sent.end_char)],
                source=ctx.article.source,
            ))
    return out


def _figure_date(sent_timexes: list[Timex], published: dt.date | None) -> str | None:
    res = resolve_event_date([t for t in sent_timexes if t.type in ("DATE", "TIME")], published)
    if res.time_precision == 1:
        return res.event_date
    return published.isoformat() if published else None


def _reporter(sent: Span) -> str | None:
    classes = word_classes()
    for tok in sent:
        if tok.lemma_.lower() in classes["speech"] | {"show", "find", "estimate"} and \
                tok.pos_ == "VERB":
            who = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if who is not None and who.pos_ != "PRON":
                return _actor_span(who).text
        if tok.lower_ == "according":
            for p in tok.subtree:
                if p.dep_ == "pobj" and p.head.lower_ == "to":
                    return _actor_span(p).text
    return None
