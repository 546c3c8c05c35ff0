"""Actors: an argument's words made into a normalised actor (lexicon name, ACLED inter code)
with its country, and the name protesters are coded under."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventledger.extract.arguments import (
    TOLD_BEFORE_REACH,
    _actor_span,
    told_as_suicide_bomber,
)
from eventledger.extract.context import SUBJECT_DEPS, ExtractionContext, _lemma_in
from eventledger.numbers import parse_count
from eventledger.roles import word
from eventledger.schema import Actor
from eventledger.taxonomy import Inter, actor_kind, actor_lexicon, word_classes
from eventledger.where.geoparse import Toponym, demonym_country, within

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _modifier_country(tok: Token, ctx: ExtractionContext) -> str | None:
    """A country named as a modifier of an event noun is its source's: 'French support'."""
    top = modifier_toponym(tok, ctx)
    return top.resolved.name if top is not None else None


def modifier_toponym(tok: Token, ctx: ExtractionContext) -> Toponym | None:
    """The country mention modifying an event noun ('an Israeli drone strike'), if any."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            for top in ctx.toponyms:
                if top.start <= c.idx < top.end and top.entry and \
                        top.resolved.feature == "country":
                    return top
    return None


def military_of(top: Toponym, role: str) -> Actor:
    """A country's armed forces, named by the country mention ('Israeli strikes')."""
    entry = actor_lexicon()["armed forces"]
    return Actor(text=top.text, normalized=entry["name"].replace("{country}", top.resolved.name),
                 role=role, start=top.start, end=top.end,  # type: ignore[arg-type]
                 inter=int(entry["inter"]))


GENERIC_ARMED = "Unidentified Armed Group"
BEARING_ARMS = word_classes()["bearing_arms_verbs"]
DEMONSTRATE_VERBS = frozenset(word_classes()["demonstrate_verbs"])
PROTEST_PROPS = frozenset(word_classes()["protest_props"])


def _make_actor(tok: Token | None, role: str, ctx: ExtractionContext,
                country_hint: str | None = None) -> Actor | None:
    if tok is None:
        return None
    span = _actor_span(tok)
    if not span.text.strip() or span.root.ent_type_ in ("DATE", "TIME"):
        return None  # "... injured on Tuesday": a date is no participant
    # (also "recaptured Adan Yabaal, a town in Middle Shabelle": the place, told with its
    # description)
    root_at = span.root.idx
    place = next((t for t in within(ctx.toponyms, span.start_char, span.start_char + 1)
                  if (t.end == span.end_char or t.start <= root_at < t.end)
                  and not t.adjectival and t.entry), None)
    if place is not None:
        if place.resolved.feature != "country":
            return None  # "rebels shelled Goma": the place attacked is the location
        # "aid for Chad": a country as a participant stands for its government.
        name = actor_lexicon()["government"]["name"].replace("{country}", place.resolved.name)
        return Actor(text=place.text, normalized=name, role=role,  # type: ignore[arg-type]
                     start=place.start, end=place.end, inter=Inter.STATE)
    normalized, inter = _normalise_actor(span, ctx, country_hint)
    return Actor(text=ctx.article.text[span.start_char:span.end_char], normalized=normalized,
                 role=role, start=span.start_char, end=span.end_char,  # type: ignore[arg-type]
                 inter=inter)


def _of_an_organisation(root: Token) -> bool:
    """'youths from the party's youth league': people told as members of an organisation."""
    return any(p.dep_ == "prep" and word(p) in ("of", "from") and o.dep_ == "pobj" and
               o.lemma_.lower() in ("league", "wing", "militia")
               for p in root.children for o in p.children)


def _normalise_actor(span: Span, ctx: ExtractionContext, country_hint: str | None = None
                     ) -> tuple[str | None, int | None]:
    lex = actor_lexicon()
    root = span.root
    spelt = ctx.acronyms.get(root.text) if root.is_upper and root.pos_ == "PROPN" and \
        len(root.text) > 1 else None
    if spelt is not None and spelt.end <= span.start and \
            all(t.i == root.i or t.dep_ == "det" for t in span):
        # "the RSF said it had liberated the town": the group named in full before
        return _normalise_actor(_actor_span(spelt.root), ctx, country_hint)
    # "Ms Diaz, the interior minister of Chile": the title says who acts.
    title = next((c for c in root.children if c.dep_ == "appos"
                  and c.lemma_.lower() in lex), None)
    if title is not None and root.pos_ == "PROPN":
        title_span = span.doc[title.left_edge.i:title.right_edge.i + 1]
        return _normalise_actor(title_span, ctx, country_hint)
    country = _actor_country(span, ctx, country_hint)
    words = [t.lemma_.lower() for t in span]
    lowers = [word(t) for t in span]
    # "Gendarmes" opening a sentence is tagged a proper noun, whose lemma keeps the plural
    # (also "Mobs", whose singular the lexicon knows, and "mobs" the tagger took for a name)
    singulars = [w[:-1] if t.tag_ == "NNPS" or (t.tag_ == "NNP" and (
        w.endswith("es") or ((t.is_sent_start or t.text.islower()) and w.endswith("s") and
                             w[:-1] in lex))) else w
        for t, w in zip(span, lowers, strict=True)]
    # Words inside an organisation's name ("the People's Defense Front") are not actors.
    orgs = [e for e in ctx.ents_in(span) if e.label_ in ("ORG", "FAC") and len(e) > 1]
    in_org = {t.i for e in orgs for t in e}
    # ... unless the name is the lexicon's phrase itself ("the Legislative Assembly")
    whole_names = {(e.start + (e[0].dep_ == "det"), e.end) for e in orgs}
    backed = _backed_or_opposed(span)
    best: dict[str, str] | None = None
    # Longest lexicon phrase wins; a head-noun match beats a modifier. A match inside an
    # "of" complement names the actor only when the head is a person ("members of Congress"),
    # not a thing ("a rise of police violence").
    # ("wives of mobilised soldiers", "relatives of the detained": kin speak for themselves)
    head_is_person = (root.lemma_.lower() in word_classes()["person"] or
                      root.lemma_.lower() in lex) and \
        root.lemma_.lower() not in word_classes()["kin_nouns"]
    modifier: dict[str, str] | None = None  # "separatist fighters": the modifier says which
    for n in (3, 2, 1):
        for i in range(len(span) - n + 1):
            last = span[i + n - 1]
            # (but "the council of ministers": a phrase of the head itself)
            in_complement = last.i > root.i and span[i].i != root.i and not head_is_person
            titled = n == 1 and lowers[i] in AMBIGUOUS_TITLES
            if titled and not _title_before_a_name(span, i):
                continue  # "sp mla X" (a party), "dr sp singh" (initials): no police title
            # (a title before a name stays one where the tagger read the whole as a name)
            whole = (span[i].i, span[i].i + n) in whole_names
            if in_complement or any((t.i in in_org and not titled and not whole) or
                                    t.i in backed for t in span[i:i + n]):
                continue
            if n == 1 and _qualifies_a_thing(last, lex):
                continue  # "a militant union": an adjective does not arm what is no actor
            for seq in (words, lowers, singulars):
                phrase = " ".join(seq[i:i + n])
                if phrase in lex and lex[phrase]["kind"] == "rioters" and \
                        last.dep_ == "compound":
                    continue  # "the party's youth wing": an organisation, not a crowd
                if phrase in lex and lex[phrase]["kind"] == "rioters" and last.i == root.i and \
                        _of_an_organisation(root):
                    continue  # "youths from the ruling party's youth league": its members
                if phrase in lex and (best is None or last.i == root.i):
                    best = lex[phrase]
                if phrase in lex and last.i < root.i:
                    modifier = modifier or lex[phrase]
        if best is not None:
            break
    if best is not None and modifier is not None and best["kind"] == modifier["kind"] == \
            "armed" and best["name"].startswith(GENERIC_ARMED):
        best = modifier
    if best is None and modifier is not None and modifier["kind"] == "armed" and \
            root.lemma_.lower() in word_classes()["armed_group_heads"]:
        best = modifier  # "a rebel faction", "a jihadist cell": the group the modifier arms
    if best is None and modifier is not None and modifier["kind"] in ("armed", "state") and \
            root.lemma_.lower() in HELD_POSTS:
        best = modifier  # "an army outpost", "a rebel camp": the force that holds it
    if best is not None and best["kind"] == "state" and any(
            t.i < root.i and word(t) in NON_STATE_MODIFIERS | FORMER_STATUS for t in span):
        # "indigenous authorities", "traditional leaders", "retired soldiers": no state
        best = lex["civilian"]
    if best is not None and best["kind"] in ("civilians", "rioters") and (any(
            c.dep_ == "amod" and word(c) in ("armed", "heavily-armed") for c in root.children)
            or _told_armed_before(root)):
        best = lex["gunmen"]  # "armed herders", "armed youths" (then "the youths"): armed
    elif best is not None and best["kind"] == "state" and told_as_suicide_bomber(root):
        best = lex["suicide bomber"]  # "a suicide bomber struck ... the bomber also died"
    elif best is not None and best["kind"] == "civilians" and _carries_weapons(root):
        best = lex["gunmen"]  # "four men carrying rifles"
    elif best is not None and best["kind"] in ("civilians", "protesters") and \
            _carries_weapons(root, crude=True):
        best = lex["mob"]  # "several dozen people (crowds) armed with sticks and machetes"
    elif best is not None and best["kind"] == "civilians" and any(
            c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in DEMONSTRATE_VERBS or
                                            with_a_protest_prop(c))
            for c in root.children):
        # "residents protesting against power cuts" (also "a woman standing with a placard",
        # "students holding placards")
        best = lex["protester"]
    # "the prefect of Antananarivo", the town tagged an organisation: a place, not the group
    places = {(t.start, t.end) for t in within(ctx.toponyms, span.start_char, span.end_char)
              if t.entry is not None}
    # (nor "residents of the Mathare slum", the town's part tagged an organisation)
    ents = [e for e in ctx.ents_in(span) if e.start >= span.start and e.end <= span.end
            and e.label_ in ("ORG", "PERSON", "NORP")
            and (e.start_char, e.end_char) not in places and not _names_a_town_part(e)]
    # (not the ally a participle names: "fighters of the al-Qaeda-linked JNIM")
    org = next((e for e in ents if e.label_ == "ORG" and (
        e.root.i == root.i or (head_is_person and e.start > root.i)) and
        not any(a.dep_ == "amod" and a.tag_ == "VBN" for a in e.root.ancestors
                if a.i > e.root.i)), None)
    # "officers of the National Police": a state force named by its common noun is the
    # state's force, in ACLED's naming, as "the National Police" alone is.
    state_force = org is not None and lex.get(org.root.lemma_.lower(), {}).get("kind") == "state"
    institution = lex.get(_clean_name(org.text).lower()) if org is not None else None
    if institution is not None and institution["kind"] == "state" and best is None:
        best = institution  # "the National Assembly", "the Senate": the state, in ACLED's naming
        org = None
    if org is not None and not (state_force and best is not None) and \
            (best is None or org.start > root.i):
        # The group itself, or the group a leader or member speaks for ("fighters of the
        # Allied Democratic Forces": the group acts, armed as its fighters are).
        inter = int(best["inter"]) if best is not None and best["kind"] == "armed" else None
        return _clean_name(_whole_name(org).text), inter
    if best is None and root.lemma_.lower() in HELD_POSTS and org is None and (holder := next(
            (c for c in root.children if c.dep_ == "compound" and _proper(c)), None)) \
            is not None and (holders_inter := _name_of_armed_men(root.doc, holder.text)) \
            is not None:
        # "a Taliban checkpoint", "M23 positions" (the story telling "Taliban fighters", "M23
        # rebels"): the group that holds it
        return _clean_name(holder.text), holders_inter
    if best is not None and best["kind"] == "armed":
        named = _group_name_before(root, places) or _group_name_after(root, places)
        if named is not None:
            return named, int(best["inter"])  # "Al-Shabaab militants": the group, by name
    if best is None and root.lemma_.lower() == "force" and any(
            t.adjectival and t.entry and t.resolved.feature == "country"
            for t in within(ctx.toponyms, span.start_char, root.idx)) and \
            not any(t.lemma_.lower() in PROXY_WORDS for t in span):
        best = lex["armed forces"]  # "Russian forces", "Israeli forces": a country's military
    if best is None and root.lemma_.lower() == "force" and any(
            c.dep_ == "poss" and word(c) in ("its", "their") for c in root.children) and \
            _owner_country(span, ctx) is not None:
        best = lex["armed forces"]  # "Azerbaijan's defence ministry said its forces ..."
    if root.lemma_.lower() == "force" and "pro" in lowers:
        best = lex["militia"]  # "pro-government forces" fight for the state, not as it
    if best is None and root.tag_ in ("NNPS", "NNS") and root.text[:1].isupper() and \
            demonym_country(root.text.removesuffix("s")):
        best = lex["civilian"]  # "two Palestinians were killed": people of that country
    if best is None:
        person = next((e for e in ents if e.label_ == "PERSON"), None)
        if person is not None:
            return person.text, None
        armed = _armed_name_told_before(root)
        if armed is not None:
            return armed  # "Houthi fighters fought ... killed eight Houthis": the group, armed
        if span.root.pos_ == "PROPN":  # a named group the tagger did not label
            return _clean_name(span.text), None
        return None, None
    name = best["name"]
    if "{country}" in name:
        if country is None:
            name = name.replace(" of {country}", "").replace(" ({country})", "")
        else:
            name = name.replace("{country}", country)
    return name, int(best["inter"])


def _whole_name(ent: Span) -> Span:
    """'the Islamic State group', tagged an organisation only from 'State': the name with the
    proper words the parse joins to it before."""
    start = ent.start
    # (not a people's adjective: "the Pakistani Taliban" keeps the name it was tagged with)
    while start > 0 and ent.doc[start - 1].pos_ == "PROPN" and \
            ent.doc[start - 1].dep_ == "compound" and \
            ent.start <= ent.doc[start - 1].head.i < ent.end and \
            not demonym_country(ent.doc[start - 1].text):
        start -= 1
    return ent.doc[start:ent.end]


def _names_a_town_part(ent: Span) -> bool:
    """'the Mathare slum', 'the Kawangware estate': a name qualifying a part of a town."""
    return ent.root.dep_ == "compound" and ent.root.head.i >= ent.end and \
        ent.root.head.lemma_.lower() in word_classes()["town_part_nouns"]


def with_a_protest_prop(clause: Token) -> bool:
    """'stood with a sign', 'holding placards': a clause telling a protest's props carried."""
    # (not "preparing banners", "tearing down a flag": props made or torn, no one's protest)
    held = [o for o in clause.children if o.dep_ == "dobj" and
            clause.lemma_.lower() in word_classes()["display_verbs"]] + [
        o for p in clause.children if p.dep_ == "prep" and word(p) == "with"
        for o in p.children if o.dep_ == "pobj"]
    return any(is_protest_prop(o) for o in held)


def is_protest_prop(tok: Token) -> bool:
    """'a placard', 'a banner', 'a blank sheet of paper', 'a sheet of paper with the words "No
    to war"': a thing held up to protest."""
    lemma = tok.lemma_.lower()
    if lemma in PROTEST_PROPS:
        return True
    if lemma not in word_classes()["sheet_nouns"]:
        return False
    # (the sheet itself, the paper it is a sheet of, or the holding the parse hangs it on)
    bearers = [tok, *(o for p in tok.children if p.dep_ == "prep" and word(p) == "of"
                      for o in p.children)] + ([tok.head] if tok.dep_ == "dobj" else [])
    written = any(p.dep_ == "prep" and word(p) == "with" and
                  any(o.dep_ == "pobj" and word(o) in word_classes()["sign_text_nouns"]
                      for o in p.children)
                  for t in bearers for p in t.children)
    return written or any(c.dep_ == "amod" and word(c) in word_classes()["blank_modifiers"]
                          for c in tok.children)


def _told_armed_before(root: Token) -> bool:
    """'armed youths ... the youths had attacked': the group told as armed, named again."""
    if not any(c.dep_ == "det" and word(c) == "the" for c in root.children):
        return False
    lemma = root.lemma_.lower()
    return any(t.lemma_.lower() == lemma and any(
        c.dep_ == "amod" and word(c) in ("armed", "heavily-armed") for c in t.children)
        for t in root.doc[max(0, root.i - TOLD_BEFORE_REACH):root.i])


def _armed_name_told_before(root: Token) -> tuple[str, int] | None:
    """'Houthi fighters ... the Houthis': a name told before as an armed group's, named bare."""
    if not root.text[:1].isupper() or root.tag_ not in ("NNP", "NNPS"):
        return None
    names = {root.text.removesuffix("s")} - {root.text}  # ("Houthis": the plural of a name)
    lex = actor_lexicon()
    for t in root.doc[max(0, root.i - TOLD_BEFORE_REACH):root.i]:
        kind = lex.get(t.head.lemma_.lower(), {})
        if t.text in names and t.dep_ in ("compound", "amod") and kind.get("kind") == "armed":
            return _clean_name(t.text), int(kind["inter"])
    return None


def _name_of_armed_men(doc: Doc, name: str) -> int | None:
    """The inter code of the armed men a name is set before anywhere in the story ('Taliban
    fighters'), if any."""
    lex = actor_lexicon()
    return next((int(kind["inter"]) for t in doc
                 if t.text == name and t.dep_ in ("compound", "amod") and
                 (kind := lex.get(t.head.lemma_.lower(), {})).get("kind") == "armed"), None)


def _group_name_before(root: Token, places: set[tuple[int, int]]) -> str | None:
    """'Al-Shabaab militants', 'ADF rebels': the proper name set before an armed group's noun
    names the group (not a place or a people: 'Lamu militants', 'Fulani herders')."""
    # ("al-Shabaab fighters": the parser may hang the name's last part as an adjective; "RSF
    # fighters": an acronym it may take for a common noun)
    names = [c for c in root.children if c.dep_ in ("compound", "amod") and _proper(c)]
    if not names or names[-1].i != root.i - 1:
        return None
    start = names[0].left_edge.i
    tokens = root.doc[start:root.i]
    if any(not _proper(t) and t.text not in ("-", "'s") for t in tokens) or any(
            _not_a_name(t) for t in tokens) or any(
            s < tokens.end_char and tokens.start_char < e for s, e in places):
        return None
    return _clean_name(tokens.text)


def _group_name_after(root: Token, places: set[tuple[int, int]]) -> str | None:
    """'fighters of the RSF': the proper name an armed group's noun is 'of' names the group
    (not a place or a people: 'militants of Lamu')."""
    of = next((c for c in root.children if c.dep_ == "prep" and word(c) == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if name is not None and name.lemma_.lower() in GROUP_NOUNS and \
            any(c.dep_ == "compound" and _proper(c) for c in name.children):
        # "fighters of the Islamic State group": the name the group noun is told with
        name = next(c for c in name.children if c.dep_ == "compound" and _proper(c))
    # ("fighters of the al-Qaeda-linked JNIM": the ally a participle names is not the group)
    linked = {t.i for c in name.children if c.dep_ == "amod" and c.tag_ == "VBN"
              for t in c.subtree} if name is not None else set()
    if name is None or not _proper(name) or any(
            c.dep_ not in ("det", "compound") and c.i not in linked for c in name.children):
        return None
    tokens = [t for t in name.subtree if t.dep_ != "det" and t.i not in linked]
    span = root.doc[tokens[0].i:tokens[-1].i + 1]
    if any(not _proper(t) for t in span) or any(
            _not_a_name(t) for t in span) or any(
            s < span.end_char and span.start_char < e for s, e in places):
        return None
    return _clean_name(span.text)


GROUP_NOUNS = frozenset(word_classes()["group_nouns"])


def _not_a_name(tok: Token) -> bool:
    """A people, a date, a building or a place the tagger saw (save an acronym: 'M23')."""
    return tok.ent_type_ in ("NORP", "DATE", "FAC") or (
        tok.ent_type_ in ("GPE", "LOC") and not tok.text.isupper())


def _proper(tok: Token) -> bool:
    """A proper noun, or an acronym the tagger took for a common one ('RSF')."""
    return tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1 and
                                   tok.text.isalnum())


PROXY_WORDS = frozenset(word_classes()["proxy_words"])  # "Rwandan-backed forces"
AMBIGUOUS_TITLES = frozenset(word_classes()["ambiguous_titles"])
NON_STATE_MODIFIERS = frozenset(word_classes()["non_state_modifiers"])
FORMER_STATUS = frozenset(word_classes()["former_status_words"])  # "retired police officers"


def _title_before_a_name(span: Span, i: int) -> bool:
    """'kutch sp vivek shrivastava', 'deputy sp b l parmar': an abbreviation that is also a
    party's initials ('sp mla', 'the sp supremo') is a police title only before a person's
    name, and not as a person's own initials ('dr sp singh')."""
    if i > 0 and word(span[i - 1]) in ("deputy", "additional", "district"):
        return True
    if i + 1 >= len(span) or word(span[i + 1]) in word_classes()["party_roles"]:
        return False
    return i == 0 or word(span[i - 1]) not in word_classes()["honorifics"]


# a force's post or vehicle, held by it ("an army outpost", "a military convoy")
HELD_POSTS = frozenset((*word_classes()["base"], *word_classes()["force_vehicles"], "checkpoint"))


def _qualifies_a_thing(tok: Token, lex: dict[str, dict[str, str]]) -> bool:
    """An adjective on a noun that names no actor or person ('militant union')."""
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    # (not "a rebel faction": a group's part, which the adjective arms)
    return tok.dep_ == "amod" and noun.pos_ == "NOUN" and noun.i != tok.i and \
        noun.lemma_.lower() not in lex and word(noun) not in lex and \
        noun.lemma_.lower() not in word_classes()["person"] and \
        noun.lemma_.lower() not in word_classes()["armed_group_heads"] and \
        noun.lemma_.lower() not in HELD_POSTS  # (nor "a rebel camp": whose it is)


def _carries_weapons(root: Token, crude: bool = False) -> bool:
    """'men carrying rifles', 'youths armed with machetes': people who bear arms (sticks and
    stones make a mob, not an armed group; so do a crowd's blades, 'several dozen people armed
    with machetes'). `crude`: whether they are that crowd instead."""
    classes = word_classes()
    crude_arms = frozenset(classes["crude_weapons"])
    makeshift = frozenset(classes["makeshift_weapons"])
    arms = frozenset(classes["weapon"]) | (crude_arms - makeshift)
    for c in root.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in BEARING_ARMS:
            borne = [d for d in c.subtree if d.i != c.i and _lemma_in(d, arms | crude_arms)]
            if not borne:
                continue
            mob = _crowd_sized(root) and all(_lemma_in(d, crude_arms) for d in borne)
            # ("residents armed with sticks and machetes": a community, no armed group, sticks
            # among its arms; not "men carrying bats", a gang)
            community = _lemma_in(root, frozenset(classes["dwellers"])) and \
                any(_lemma_in(d, makeshift) for d in borne) and \
                all(_lemma_in(d, crude_arms) for d in borne)
            return mob if crude else not mob and not community and \
                any(_lemma_in(d, arms) for d in borne)
    return False


def _crowd_sized(root: Token) -> bool:
    """'dozens of men', 'several hundred youths', '50 people': a number that makes a crowd
    (or a word for one: 'crowds armed with sticks')."""
    if root.lemma_.lower() in word_classes()["crowd_nouns"] or \
            actor_kind(root.lemma_.lower()) == "rioters":
        return True
    counted = [c for c in root.children if c.dep_ in ("nummod", "quantmod", "amod")]
    if root.dep_ == "pobj" and word(root.head) == "of":
        counted.append(root.head.head)  # "dozens of men"
    for c in counted:
        text = root.doc[c.left_edge.i:c.i + 1].text
        # (also "groups of young men": more than one band of them)
        if re.search(r"(?i)\b(?:dozens?|hundreds?|thousands?|scores|groups|gangs|bands)\b",
                     text) or \
                (parse_count(text) or 0) >= 20:
            return True
    return False


def _clean_name(text: str) -> str:
    """A group's name without a leading article, a bracket left open ("Forces (ADF") or a
    place the tagger ran on into ("the Liberation Front near Mabote")."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:near|outside|around)(?:\s+[A-Z].*)?$", "", text)
    return re.sub(r"\s*\([^)]*$", "", text)


def _backed_or_opposed(span: Span) -> set[int]:
    """'pro-government supporters', 'Pro-Russian separatists', 'anti-army militias': the words
    naming whom the actor backs or opposes, which say neither who nor whose it is."""
    backed = {t.i for t in span if t.i >= 2 and word(t.doc[t.i - 2]) in ("pro", "anti") and
              t.doc[t.i - 1].text == "-"}
    # "supporters of the jailed former prime minister": whom they follow, not who they are
    followers = word_classes()["follower_nouns"]
    return backed | {x.i for t in span if t.lemma_.lower() in followers
                     for p in t.children if p.dep_ == "prep" and word(p) == "of"
                     for x in p.subtree}


def _actor_country(span: Span, ctx: ExtractionContext, hint: str | None = None) -> str | None:
    """The actor's country: a demonym or place name inside its words, else the hint (the
    country the event happened in, when abroad), else what the article established earlier
    for a name in it, else the article's country."""
    names = [e.text.lower() for e in ctx.ents_in(span) if e.label_ in ("PERSON", "ORG")
             and span.start <= e.start and e.end <= span.end]
    found = None
    backed = _backed_or_opposed(span)
    for tok in (t for t in span if t.i not in backed):
        # "peruanos": a language that writes demonyms in lower case glosses them capitalised
        form = tok.text if tok.text[:1].isupper() else word(tok)
        iso2 = demonym_country(form) if form[:1].isupper() else None
        if iso2:
            found = _country_name(iso2, ctx)
            break
    if found is None:
        found = next((top.resolved.name for top in within(ctx.toponyms, span.start_char,
                                                       span.end_char)
                      if top.entry and top.resolved.feature == "country" and not top.adjectival
                      and not any(t.idx == top.start for t in span if t.i in backed)), None)
    state = actor_kind(span.root.lemma_.lower()) == "state"
    if found is None and state:
        # "the Kolkata police": a town's force is its country's, wherever it acts.
        found = next((top.resolved.country for top in within(ctx.toponyms, span.start_char,
                                                          span.end_char)
                      if top.entry and top.resolved.country and not top.adjectival), None)
    if found is not None and _military(span.root):
        ctx.actor_countries[MILITARY] = found
    if found is None and state:
        found = _owner_country(span, ctx)
    if found is None and _military(span.root):
        found = ctx.actor_countries.get(MILITARY)
    found = found or hint
    if found is not None:
        for name in names:
            ctx.actor_countries.setdefault(name, found)
        return found
    remembered = next((ctx.actor_countries[n] for n in names if n in ctx.actor_countries), None)
    return remembered or ctx.country_name


# "Israeli forces raided the town ... soldiers arrested four": a military named with no
# country is the one the article last named with one, not the article's country's.
MILITARY = "<military>"


def _military(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma == "force" or actor_lexicon().get(lemma, {}).get("name", "").startswith(
        "Military Forces of ")


def _owner_country(span: Span, ctx: ExtractionContext) -> str | None:
    """'The Israeli military said (its) troops had returned fire': a state's forces told by a
    possessive, or in what a state body says, are those of that body's country."""
    def body_country(noun: Token) -> str | None:
        if actor_kind(noun.lemma_.lower()) != "state":
            return None
        iso2 = next((demonym_country(c.text) for c in noun.children
                     if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and
                     demonym_country(c.text)), None)
        if iso2:
            return _country_name(iso2, ctx)
        # "Azerbaijan's defence ministry": the country that owns the body
        owner = next((top.resolved.name for c in noun.children if c.dep_ == "poss"
                      for top in within(ctx.toponyms, c.idx, c.idx + len(c.text))
                      if top.entry and top.resolved.feature == "country"), None)
        # ("The army said its forces had killed eight militants": the article's country's,
        # or the military's the article last named)
        if owner or any(c.dep_ in ("amod", "compound", "poss") for c in noun.children):
            return owner
        return (ctx.actor_countries.get(MILITARY) if _military(noun) else None) or \
            ctx.country_name

    if any(c.dep_ == "poss" and word(c) in ("its", "their") for c in span.root.children):
        for tok in reversed(span.sent[:span.root.i - span.sent.start]):
            if tok.dep_ in SUBJECT_DEPS and (found := body_country(tok)):
                return found
    speech = word_classes()["speech"]
    said = next((a for a in span.root.ancestors if a.lemma_.lower() in speech), None)
    if said is None:
        return None
    return next((found for c in said.children if c.dep_ in SUBJECT_DEPS
                 and (found := body_country(c))), None)


def _country_name(iso2: str, ctx: ExtractionContext) -> str:
    """The gazetteer's name of a country, through the context (rules never load data)."""
    if ctx.country_iso2 == iso2 and ctx.country_name:
        return ctx.country_name
    name = ctx.country_name_of(iso2) if ctx.country_name_of else None
    return name or iso2


def _protesters_name(ctx: ExtractionContext, term: str = "protester") -> str:
    """ACLED's name for an unnamed crowd of the article's country ('protester' or 'rioter')."""
    name = actor_lexicon()[term]["name"]
    if ctx.country_name is None:
        return name.replace(" ({country})", "")
    return name.replace("{country}", ctx.country_name)
