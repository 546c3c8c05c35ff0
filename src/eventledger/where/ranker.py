"""Rank a place mention's gazetteer candidates by the evidence of the whole article.

A small linear model scores each candidate from features of the candidate (population, name
match, kind of place, being a capital), of the mention (its cue words, whether the tagger saw
it, whether it sits inside an organisation's name) and of the article (how strongly its other
places vote for the candidate's country, its states, the outlet's country, how near the
candidate lies to the article's unambiguous places). The country evidence is soft: a mention
never votes for itself. `make train-places` fits the weights on the dev splits of GeoVirus and
TR-News (`training/place_ranker.py`); they ship as `data/place_ranker.json`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from eventledger.taxonomy import data_text, word_classes
from eventledger.where.gazetteer import Gazetteer, GazetteerEntry, distance_km, fold
from eventledger.where.recognise import (
    ARABIC_ARTICLES,
    BACKER_AFTER,
    PEOPLE_CUE,
    Mention,
    _cues,
)
from eventledger.where.unlisted import PART_NOUNS

if TYPE_CHECKING:
    pass

FEATURES = (
    "log_population", "population_gap", "largest", "exact_name",
    "is_country", "is_admin1", "is_admin2", "is_city", "is_continent",
    "cue_match", "cue_mismatch",
    "country_share", "country_top", "country_named", "home_country",
    "qualified", "admin1_named", "admin1_co_mentioned", "town_of_its_unit", "unit_of_its_town",
    "closeness", "has_anchor",
    "capital", "from_tagger", "in_name",
)
MAX_CANDIDATES = 60  # look-ups come largest first; a name shared by more places is rare


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the article as a whole says about where it is."""

    votes: dict[str, float]  # ISO alpha-2 -> weight, every mention and demonym
    own_votes: list[tuple[str, float] | None]  # each mention's own vote, to leave it out
    named: dict[str, int]  # countries named or qualified ("Peruvian") -> times
    home: str | None  # the outlet's country
    co_admin1: frozenset[str]  # first-level units among the mentions' leading candidates
    co_names: frozenset[str]  # folded names of the mentions, abbreviations spelled out
    # unambiguous places: (lat, lon, indices of the mentions naming them), each place once
    anchors: tuple[tuple[float, float, frozenset[int]], ...]
    qualifiers: dict[int, frozenset[str]]  # "Lima, Ohio": the names right after a mention
    owned: frozenset[int]  # mentions qualified by an owner told before ("Seoul's Jung district")
    people: dict[str, int]  # countries whose people a demonym names ("Malians") -> times

    def country(self) -> str | None:
        """The article's main country: the most voted, else (no place voting at all) the one
        whose people it names most ("two million Burkinabe uprooted")."""
        if self.votes:
            return max(self.votes, key=lambda iso2: self.votes[iso2])
        return max(self.people, key=lambda iso2: self.people[iso2]) if self.people else None


MAX_ANCHORS = 200


HEADLINE_VOTE = 3.0  # a country the headline names speaks as loudly as a town of it


def evidence(mentions: list[Mention], home: str | None = None, text: str = "",
             headline_country: str | None = None) -> Evidence:
    """The article's evidence, from its mentions (in `recognise` order, demonyms included),
    and the one country its headline names, if any."""
    votes: dict[str, float] = {}
    own: list[tuple[str, float] | None] = []
    named: dict[str, int] = {}
    for m in mentions:
        if m.cands and (m.adjectival or m.cands[0].feature == "country"):
            named[m.cands[0].iso2] = named.get(m.cands[0].iso2, 0) + 1
    parts = _parts_of_towns(mentions, text)
    people: dict[str, int] = {}
    for m in mentions:
        if m.cue == PEOPLE_CUE and m.cands:
            people[m.cands[0].iso2] = people.get(m.cands[0].iso2, 0) + 1
    for i, m in enumerate(mentions):
        # (nor "a sit-in in solidarity with Gaza", "towards the border with the West Bank": a
        # cause or a neighbour, not where the story is)
        topic = bool(text) and (_TOPIC_BEFORE.search(text, max(0, m.start - TOPIC_REACH),
                                                     m.start) is not None or
                                BACKER_AFTER.match(text, m.end) is not None)
        vote = _vote(m, named) if i not in parts and not topic else None
        own.append(vote)
        if vote is not None and not _small_shared(m):
            votes[vote[0]] = votes.get(vote[0], 0.0) + vote[1]
    # A small town's name several countries share speaks for the one the rest of the article
    # speaks for ("Mhlambanyatsi" in a story of Swazi towns told from Johannesburg).
    firm = dict(votes)
    for i, m in enumerate(mentions):
        vote = own[i]
        if vote is not None and _small_shared(m):
            either = [iso2 for iso2 in {c.iso2 for c in m.cands
                                        if fold(c.name) == fold(m.text)} if firm.get(iso2)]
            if either:
                vote = (max(either, key=lambda iso2: firm[iso2]), vote[1])
                own[i] = vote
            votes[vote[0]] = votes.get(vote[0], 0.0) + vote[1]
    if headline_country is not None:
        votes[headline_country] = votes.get(headline_country, 0.0) + HEADLINE_VOTE
        named[headline_country] = named.get(headline_country, 0) + 1
    plain = [m for m in mentions if not m.adjectival]
    # A place named again is one anchor (its mentions kept to leave a mention's own out), and
    # at most MAX_ANCHORS places count: the cost stays linear in a very long article.
    owners: dict[tuple[float, float], set[int]] = {}
    for i, m in enumerate(mentions):
        if not m.adjectival and len(m.cands) == 1 and \
                m.cands[0].feature in ("city", "admin2", "admin1") and \
                m.cands[0].latitude is not None and m.cands[0].longitude is not None:
            point = (m.cands[0].latitude, m.cands[0].longitude)
            if point in owners or len(owners) < MAX_ANCHORS:
                owners.setdefault(point, set()).add(i)
    anchors = tuple((lat, lon, frozenset(who)) for (lat, lon), who in owners.items())
    qualifiers, owned = _qualifiers(mentions, text)
    return Evidence(
        votes=votes, own_votes=own, named=named, home=home,
        co_admin1=frozenset(fold(c.name) for m in plain for c in m.cands[:3]
                            if c.feature == "admin1"),
        co_names=frozenset({fold(m.text) for m in plain} |
                           {fold(m.cands[0].name) for m in plain if m.cue == "abbreviation"}),
        anchors=anchors,
        qualifiers=qualifiers, owned=owned, people=people,
    )


def _qualifiers(mentions: list[Mention], text: str = ""
                ) -> tuple[dict[int, frozenset[str]], frozenset[int]]:
    """For a mention followed at once by another ('Lima, Ohio', 'Paris, Tenn.', 'Santiago, in
    Veraguas province'), the folded names the second may stand for: the unit or country that
    qualifies the first; and the mentions an owner told before qualifies ('Seoul's Jung')."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    out: dict[int, frozenset[str]] = {}
    owned: set[int] = set()
    for i, j in zip(order, order[1:]):
        first, second = mentions[i], mentions[j]
        between = text[first.end:second.start] if text else ""
        if _OWNED.fullmatch(between) and not first.adjectival and \
                fold(second.text) not in _cues()["common_part_names"]:
            # (not "Honiara's Chinatown": a part many towns have stays the town's)
            # "Seoul's Jung district": the town the part belongs to qualifies it
            out[j] = frozenset({fold(first.text)} |
                               {fold(c.admin1) for c in first.cands[:3] if c.admin1})
            owned.add(j)
        elif (0 < second.start - first.end <= 2 or _IN_UNIT.fullmatch(between) or
              _unit_of(between)) and not first.adjectival:
            out[i] = frozenset({fold(second.text)} |
                               {fold(c.name) for c in second.cands[:3]
                                if c.feature in ("admin1", "admin2", "country")})
    return out, frozenset(owned)


def _parts_of_towns(mentions: list[Mention], text: str) -> set[int]:
    """The mentions told as a part of the town named next ('the Medina district of Tripoli'):
    a quarter's name, however many places abroad bear it, speaks for no country."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    return {i for i, j in zip(order, order[1:])
            if text and _PART_OF_A_TOWN.fullmatch(text, mentions[i].end, mentions[j].start) and
            re.search(r"\bthe\s+$", text[max(0, mentions[i].start - 6):mentions[i].start]) and
            mentions[j].cands and not mentions[j].adjectival and
            any(c.feature == "city" for c in mentions[j].cands[:2])}


# "the Medina district of Tripoli", "the Sydenham area of Durban"
_PART_OF_A_TOWN = re.compile(rf"\s+{PART_NOUNS}\s+of\s+(?:the\s+)?", re.IGNORECASE)
_IN_UNIT = re.compile(r",\s+in\s+(?:the\s+)?")  # "Santiago, in Veraguas province"
# "Bijapur district of Chhattisgarh", "Bassa local government area of Plateau state"
_UNIT_OF = re.compile(r"\s+(\w+(?:\s+\w+){0,2}?)\s+of\s+(?:the\s+)?")


def _unit_of(between: str) -> bool:
    """' district of ': the first place is a unit of the second, named by its level."""
    m = _UNIT_OF.fullmatch(between)
    return m is not None and _cues()["feature_nouns"].get(m.group(1).lower()) in ("admin1",
                                                                                  "admin2")
_OWNED = re.compile(r"['’]s?\s+")  # "Seoul's Jung district"


NAMED_NAMESAKE_SHARE = 0.2  # a named country's namesake at least this share of the largest
ALIAS_VOTE_POPULATION = 50_000  # below it, a town matched only by another name does not vote


# "in solidarity with", "in support of" (the topic nouns the linker reads too), "the border with"
_TOPIC_BEFORE = re.compile(r"(?i)\b(?:(?:" + "|".join(sorted(word_classes()["topic_nouns"])) +
                           r")\s+(?:with|of|for)|borders?\s+with)\s+(?:the\s+)?"
                           r"(?:people\s+of\s+|occupied\s+)?$")
TOPIC_REACH = 40  # characters before a mention where a cause or a neighbour is told


def _the_name(name: str) -> str:
    """A folded name without an Arabic article ('as salt' is 'salt')."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in ARABIC_ARTICLES else name


def _vote(m: Mention, named: dict[str, int]) -> tuple[str, float] | None:
    """The country a mention speaks for, and how loudly: a town three, a country one, half as
    much inside a name; a town name several countries share votes for one the text names. A
    demonym ("Peruvian") names a country but does not vote: people of a country are news
    anywhere (measured: voting lost event places on event-location)."""
    if m.adjectival or not m.cands:
        return None
    # ("SALT": As Salt too, its article dropped)
    exact = [c for c in m.cands if _the_name(fold(c.name).replace("-", " ")) == fold(m.text)]
    if not exact and len({c.iso2 for c in m.cands}) > 1 and not named.keys() & {
            c.iso2 for c in m.cands}:
        return None  # "Rushan": only other spellings of towns in two countries, no vote
    if not exact and all(c.feature == "city" and c.population < ALIAS_VOTE_POPULATION and
                         _unlike(fold(c.name), fold(m.text)) for c in m.cands):
        # "the Istana" (a palace), an alternate name of a small town abroad that is no
        # spelling of its name (unlike "Cinkasse" for Sinkassé)
        return None
    exact = exact or list(m.cands)
    in_named = [c for c in exact if c.iso2 in named]
    # (but not "Ottawa" for the United States named once: a namesake dwarfed by the place
    # elsewhere speaks for that place's country)
    if in_named and max(c.population for c in in_named) >= \
            NAMED_NAMESAKE_SHARE * max(c.population for c in exact):
        exact = in_named
    # ("near Beni": the Congolese town the name spells, over Bolivia's "El Beni" department
    # twice its size; but "SALT" is As Salt, over a Spanish town a third its size)
    top = max(exact, key=lambda c: (c.feature == "country", c.population * (
        BARE_NAME_SHARE if fold(c.name) == fold(m.text) else 1)))
    if top.feature == "city" and top.population < 10_000 and not m.from_ner:
        # (a small town only the matcher found speaks softly, and only when its name is of
        # one country: "Rotifunk", "Pepel")
        return (top.iso2, SMALL_MATCH_VOTE) if len({c.iso2 for c in exact}) == 1 and \
            not m.in_name else None
    # ("Singapore", "Djibouti": a country whose capital bears its name is named as a town too)
    city_state = top.feature == "country" and any(
        c.feature == "city" and c.iso2 == top.iso2 and c.population >= top.population / 2
        for c in exact)
    weight = (1.0 if top.feature == "country" and not city_state else 3.0) * \
        (0.5 if m.in_name else 1.0)
    return top.iso2, weight


SMALL_MATCH_VOTE = 0.5  # a small town's name the tagger did not mark, as a voice for its country
BARE_NAME_SHARE = 2.5  # a place named as told outweighs one named so only without its article
SMALL_SHARED_POPULATION = 100_000  # below it, a town's name shared abroad follows the article


def _small_shared(m: Mention) -> bool:
    """Whether a mention names only small towns, in more than one country (by its own
    spelling, where the gazetteer has it)."""
    cands = [c for c in m.cands if fold(c.name) == fold(m.text)] or m.cands
    return not m.adjectival and len({c.iso2 for c in cands}) > 1 and all(
        c.feature == "city" and c.population < SMALL_SHARED_POPULATION for c in cands)


def _unlike(name: str, other: str) -> bool:
    """Whether two names are not spellings of one another."""
    return SequenceMatcher(None, name, other).ratio() < SPELLING_LIKENESS


SPELLING_LIKENESS = 0.6


def candidate_features(index: int, m: Mention, ev: Evidence, gaz: Gazetteer
                       ) -> list[list[float]]:
    """One feature row (in FEATURES order) per candidate of mention number `index`."""
    cands = m.cands[:MAX_CANDIDATES]
    key = fold(m.text)
    votes = dict(ev.votes)
    own = ev.own_votes[index]
    if own is not None:
        votes[own[0]] -= own[1]
    total = sum(max(v, 0.0) for v in votes.values())
    top_country = max(votes, key=lambda iso2: votes[iso2]) if total > 0 else None
    named = dict(ev.named)
    if m.cands and (m.adjectival or m.cands[0].feature == "country"):
        named[m.cands[0].iso2] -= 1
    anchors = [(lat, lon) for lat, lon, who in ev.anchors if len(who) > 1 or index not in who]
    qualifier = ev.qualifiers.get(index, frozenset())
    max_log = max(math.log10(c.population + 10) for c in cands)
    # "Kano", "Puno": a town and the unit named after it are both candidates.
    units = {(c.iso2, fold(c.name)) for c in cands if c.feature in ("admin1", "admin2")}
    towns = {(c.iso2, fold(c.admin1 or ""), fold(c.admin2 or "")) for c in cands
             if c.feature == "city"}
    # "Buenos Aires" with no "province": the capital, whatever its own unit is called, is the
    # town of the same-name unit.
    capitals = {c.iso2 for c in cands if m.cue is None and c.feature == "city"
                and fold(c.name) == key and gaz.is_capital(c)}
    rows = []
    for c in cands:
        log_pop = math.log10(c.population + 10)
        admin1 = fold(c.admin1) if c.admin1 else None
        cue = m.cue if m.cue in ("city", "admin1", "admin2") else None
        near = 0.0
        if anchors and c.feature != "country" and c.latitude is not None and \
                c.longitude is not None:
            km = min(distance_km(c.latitude, c.longitude, lat, lon) for lat, lon in anchors)
            near = max(0.0, 1.0 - math.log10(1.0 + km) / 4.0)
        rows.append([
            log_pop / 7.0, (log_pop - max_log) / 7.0, float(log_pop == max_log),
            float(fold(c.name) == key),
            float(c.feature == "country"), float(c.feature == "admin1"),
            float(c.feature == "admin2"), float(c.feature == "city"),
            float(c.feature == "continent"),
            float(cue is not None and cue == c.feature),
            float(cue is not None and cue != c.feature),
            max(votes.get(c.iso2, 0.0), 0.0) / total if total > 0 else 0.0,
            float(c.iso2 == top_country), float(named.get(c.iso2, 0) > 0),
            float(ev.home is not None and c.iso2 == ev.home),
            float(bool(qualifier) and (admin1 in qualifier or fold(c.country) in qualifier)),
            float(admin1 is not None and admin1 != key and admin1 in ev.co_names),
            float(c.feature == "city" and admin1 is not None and admin1 != key
                  and admin1 in ev.co_admin1),
            float(c.feature == "city" and fold(c.name) == key and (
                (c.iso2, admin1 or "") in units or (c.iso2, fold(c.admin2 or "")) in units
                or (c.iso2 in capitals and (c.iso2, key) in units and gaz.is_capital(c)))),
            float(c.feature in ("admin1", "admin2") and (any(
                iso2 == c.iso2 and fold(c.name) in (a1, a2) for iso2, a1, a2 in towns)
                or (c.iso2 in capitals and fold(c.name) == key))),
            near, float(bool(anchors)),
            float(gaz.is_capital(c)), float(m.from_ner), float(m.in_name),
        ])
    return rows


@dataclass(frozen=True, slots=True)
class Ranker:
    """The linear scorer: one weight per feature."""

    weights: tuple[float, ...]

    def score(self, row: list[float]) -> float:
        return sum(w * x for w, x in zip(self.weights, row, strict=True))

    def best(self, index: int, m: Mention, ev: Evidence, gaz: Gazetteer
             ) -> GazetteerEntry | None:
        """The highest-scoring candidate of mention number `index`."""
        if not m.cands:
            return None
        rows = candidate_features(index, m, ev, gaz)
        scores = [self.score(r) for r in rows]
        best = max(range(len(scores)), key=scores.__getitem__)
        top = m.cands[best]
        if top.feature in ("admin1", "admin2") and top.iso2 != ev.country():
            # ("a ceasefire in Gaza": a name that is both a town and a unit of one country,
            # over a lone unit of that name elsewhere no larger, but not the story's own)
            key = fold(m.text)
            pairs = {c.iso2 for c in m.cands if c.feature == "city" and fold(c.name) == key} & \
                {c.iso2 for c in m.cands if c.feature in ("admin1", "admin2") and
                 fold(c.name) == key and c.population >= top.population}
            pairs.discard(top.iso2)
            if pairs and not any(c.iso2 == top.iso2 and c.feature == "city" and
                                 fold(c.name) == key for c in m.cands):
                best = max((i for i in range(len(scores)) if m.cands[i].iso2 in pairs),
                           key=scores.__getitem__, default=best)
        return m.cands[best]


@lru_cache(maxsize=1)
def ranker() -> Ranker:
    """The shipped ranker (`data/place_ranker.json`)."""
    raw = json.loads(data_text("place_ranker.json"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError("data/place_ranker.json was trained on other features: "
                         "run `make train-places`")
    return Ranker(tuple(float(w) for w in raw["weights"]))
