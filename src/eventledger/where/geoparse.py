"""Find place names in a parsed article and resolve each to one gazetteer entry.

Recognition (`where.recognise`) finds the mentions; disambiguation scores each one's candidates
by the article's main country, cue words ("the region of"), administrative containment with
co-mentioned places, name exactness and population.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventledger.schema import Place
from eventledger.where.gazetteer import Gazetteer, GazetteerEntry, fold
from eventledger.where.recognise import Mention, demonym_country, recognise

__all__ = ["Toponym", "demonym_country", "geoparse", "to_place", "within"]

if TYPE_CHECKING:
    from spacy.tokens import Doc

GEO_PRECISION = {"city": 1, "admin2": 2, "admin1": 3, "country": 3, "continent": 3}

@dataclass(slots=True)
class Toponym:
    """A place mention with its resolved gazetteer entry (None when unresolved)."""

    start: int
    end: int
    text: str
    entry: GazetteerEntry | None
    cue: str | None = None  # feature suggested by context: city | admin1 | admin2
    sent_index: int = 0
    adjectival: bool = False  # "Peruvian police": names a country, never an event's place
    in_name: bool = False  # "Texas A&M University": evidence of the story's places, never one

    @property
    def locates(self) -> bool:
        """Whether the mention may be where something happened (not an adjective or a name)."""
        return not self.adjectival and not self.in_name

    @property
    def resolved(self) -> GazetteerEntry:
        """The entry of a toponym known to be resolved (linking only ever sees those)."""
        if self.entry is None:
            raise ValueError(f"unresolved toponym {self.text!r}")
        return self.entry

    def to_dict(self) -> dict[str, object]:
        """The JSON form printed by `eventledger geoparse`."""
        e = self.entry
        return {"start": self.start, "end": self.end, "text": self.text,
                "name": e.name if e else None, "country": e.country if e else None,
                "admin1": e.admin1 if e else None, "admin2": e.admin2 if e else None,
                "latitude": e.latitude if e else None, "longitude": e.longitude if e else None,
                "geonameid": e.geonameid if e else None, "feature": e.feature if e else None,
                "adjectival": self.adjectival, "in_name": self.in_name}

def to_place(entry: GazetteerEntry) -> Place:
    """ACLED place fields: a region is coded to its main town; a country gets no point."""
    is_country = entry.feature in ("country", "continent")
    return Place(
        location=entry.name, country=entry.country, iso=entry.iso_numeric, iso2=entry.iso2,
        admin1=entry.admin1 if not is_country else None,
        admin2=entry.admin2 if entry.feature in ("city", "admin2") else None,
        latitude=None if is_country else entry.seat_latitude,
        longitude=None if is_country else entry.seat_longitude,
        geo_precision=GEO_PRECISION[entry.feature], geonameid=entry.geonameid,
        feature=entry.feature, population=entry.population,
    )


def geoparse(doc: Doc, gazetteer: Gazetteer) -> tuple[list[Toponym], str | None]:
    """Toponyms of the document, resolved, and the ISO alpha-2 of the article's main country."""
    mentions = recognise(doc, gazetteer)
    country = _document_country(doc, mentions, gazetteer)
    # What the article's other mentions name, once per document (not once per mention).
    plain = [m for m in mentions if not m.adjectival]
    co_admin1 = {fold(c.name) for m in plain for c in m.cands[:3] if c.feature == "admin1"}
    # An abbreviation ("Ky.") names its unit as fully as the unit's name would.
    co_names = {fold(m.text) for m in plain} | {fold(m.cands[0].name) for m in plain
                                                if m.cue == "abbreviation"}
    resolved: list[Toponym] = []
    for m in mentions:
        entry = m.cands[0] if m.adjectival else _disambiguate(m, country, co_admin1, co_names)
        resolved.append(Toponym(m.start, m.end, m.text, entry, m.cue, m.sent_index,
                                m.adjectival, m.in_name))
    resolved.sort(key=lambda t: t.start)
    # Drop mentions no candidate survived for; keep the rest in text order.
    return [t for t in resolved if t.entry is not None], country


def within(toponyms: list[Toponym], start: int, end: int) -> list[Toponym]:
    """The toponyms (in text order, as `geoparse` returns them) that start in [start, end)."""
    return toponyms[bisect_left(toponyms, start, key=lambda t: t.start):
                    bisect_left(toponyms, end, key=lambda t: t.start)]

def _document_country(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    votes: dict[str, float] = {}  # weighted: a town counts three, a demonym a half
    # Countries the text names or qualifies with ("the northern Lebanese city"): a town name
    # several countries share votes for the one among them.
    named = {m.cands[0].iso2 for m in mentions if m.cands and (
        m.adjectival or m.cands[0].feature == "country")}
    for m in mentions:
        if m.adjectival:
            continue
        exact = [c for c in m.cands if fold(c.name) == fold(m.text)] or list(m.cands)
        exact = [c for c in exact if c.iso2 in named] or exact
        top = max(exact, key=lambda c: (c.feature == "country", c.population))
        if top.feature == "city" and top.population < 10_000 and not m.from_ner:
            continue
        # Subnational places say where the story is; country names are often context, and
        # a name inside an organisation's name ("the U.S. Centers for ...") is less.
        weight = (1.0 if top.feature == "country" else 3.0) * (0.5 if m.in_name else 1.0)
        votes[top.iso2] = votes.get(top.iso2, 0.0) + weight
    inside = {i for m in mentions for i in range(m.start, m.end)}
    for tok in doc:
        if tok.idx in inside:
            continue
        if tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper()):
            iso = demonym_country(tok.text, gaz)
            if iso:
                votes[iso] = votes.get(iso, 0.0) + 0.5
    if not votes:
        return None
    return max(votes, key=lambda iso2: votes[iso2])

def _disambiguate(mention: Mention, country: str | None, co_admin1: set[str],
                  co_names: set[str]) -> GazetteerEntry | None:
    """The best candidate for a mention, given the article's country and the admin units and
    names its other mentions carry."""
    cands, cue = mention.cands, mention.cue
    if not cands:
        return None
    key = fold(mention.text)
    best, best_score = None, -math.inf
    for c in cands:
        score = math.log10(c.population + 10)
        if fold(c.name) == key:
            score += 3.0
        if country and c.iso2 == country:
            score += 4.0
        if c.feature == "country":
            score += 3.0
        if cue is not None:
            if c.feature == cue:
                score += 2.5
            elif cue == "admin1" and c.feature == "city":
                score -= 1.0
        elif c.feature == "city":
            score += 0.8  # a bare name in news is usually the town (ACLED codes the town)
        if c.admin1 and fold(c.admin1) in co_names and fold(c.admin1) != key:
            score += 1.5
        if c.feature == "city" and c.admin1 and fold(c.admin1) in co_admin1 \
                and fold(c.admin1) != key:
            score += 0.5
        if score > best_score:
            best, best_score = c, score
    # A place abroad needs its primary name, and if only the matcher saw it, some size.
    if best is not None and country and best.iso2 != country:
        # An alternate spelling abroad ("Washington D.C.") needs the tagger's word and size.
        if fold(best.name) != key and best.feature == "city" and not (
                mention.from_ner and best.population >= 100_000):
            return None
        if not mention.from_ner and best.feature == "city" and best.population < 50_000:
            return None
    return best
