"""Event coreference across articles: is this record the same incident as that one, and what
does the merged record say?

ACLED's rule: one event per type, place, day and actor pair; reports of the same incident from
many sources are one event with many sources. Compatibility here is strict on type, day window,
place and actors, and the description only breaks ties; merged fields take the most precise date
and place and the lowest credible toll, each remembering which record it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from eventledger.schema import Event
from eventledger.taxonomy import actor_lexicon, sub_event_typing
from eventledger.where.gazetteer import fold

PRECISION_DAYS = {1: 0, 2: 6, 3: 30}  # how far a date of each ACLED precision may stretch
MERGE_THRESHOLD = 0.5
_WORD = re.compile(r"[a-z]{4,}")
_STOP = frozenset(["that", "this", "with", "from", "were", "have", "been", "their", "they", "said",
                   "after", "about", "into", "over", "which", "when", "there", "would", "could",
                   "other", "also", "more", "than", "some", "them", "then", "what"])


@dataclass(slots=True)
class Canonical:
    """One incident: the merged record and its supporting raw records."""

    canonical_id: str
    record: Event
    members: list[Event] = field(default_factory=list)


def family(ev: Event) -> str:
    """What kind of incident: the incident group of its ACLED type (a protest, whether told by
    the march or by the police's tear gas), else its ACLED event type and PLOVER type."""
    typing = sub_event_typing().get(ev.sub_event_type or "")
    if typing is not None and typing.incident == "protest":
        return f"protest/{ev.kind}"
    return f"{ev.plover_event}/{ev.event_type or '-'}/{ev.kind}"


def window(ev: Event) -> tuple[dt.date, dt.date] | None:
    """The days an event's date could stand for, given its precision."""
    if not ev.event_date:
        return None
    start = dt.date.fromisoformat(ev.event_date)
    if ev.date_end:
        return start, dt.date.fromisoformat(ev.date_end)
    return start, start + dt.timedelta(days=PRECISION_DAYS.get(ev.time_precision or 2, 6))


def one_site(a: Event, b: Event) -> bool:
    """The same gazetteer place, and not two parts of one town told by their own names
    (Bambeto and Hamdallaye, both placed at Conakry)."""
    if a.geonameid is None or a.geonameid != b.geonameid:
        return False
    return not ((a.geo_precision, b.geo_precision) == (2, 2) and
                fold(a.location or "") != fold(b.location or ""))


def places_compatible(a: Event, b: Event) -> bool:
    """Same place, or one containing the other (a town and its region, a region and its
    country)."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return one_site(a, b)
    if a.latitude is not None and (a.latitude, a.longitude) == (b.latitude, b.longitude) and \
            fold(a.location or "") == fold(b.location or ""):
        return True  # "a rural district of Arauca" and "ARAUCA": the unit and its seat town
    rank = {1: 0, 2: 1, 3: 2, None: 3}
    fine, coarse = sorted((a, b), key=lambda e: (rank.get(e.geo_precision, 3),
                                                  e.admin1 is None))
    if coarse.admin1 is None:  # country level: contains anything in the country
        return bool(coarse.country) and coarse.country == fine.country
    if coarse.location == coarse.admin1 and coarse.geo_precision == 3:  # a region
        return fine.admin1 == coarse.admin1
    return False  # two different towns: neighbouring places stay separate


_COUNTRY_SUFFIX = re.compile(r"\s*\([^)]*\)$|\s+of\s+.+$")


def _base(name: str) -> str:
    """'Rebel Group (Congo)' -> 'Rebel Group': the actor without its country."""
    return _COUNTRY_SUFFIX.sub("", name)


UNIDENTIFIED = "Unidentified Armed Group"  # may be any non-state group a later report names


@cache
def _state_actors() -> frozenset[str]:
    """Base names of state actors ("Police Forces", "Military Forces"), from the lexicon."""
    return frozenset(_base(row["name"]) for row in actor_lexicon().values()
                     if row["kind"] == "state")


@cache
def _generic_armed() -> frozenset[str]:
    """Base names ACLED gives a non-state group the text does not name ("Rebel Group")."""
    return frozenset(_base(row["name"]) for row in actor_lexicon().values()
                     if row["kind"] == "armed" and "{country}" in row["name"])


def _same_actor(x: str, y: str) -> bool:
    # A name without a country matches the same name with one; two countries must agree.
    if x == y or (_base(x) == _base(y) and (x == _base(x) or y == _base(y))):
        return True
    other = {_base(x), _base(y)} - {UNIDENTIFIED}
    if len(other) == 2 and len(other & _generic_armed()) == 1:
        other -= _generic_armed()  # "rebels" told by their group's name elsewhere
    return len(other) == 1 and not other & _state_actors()


def _one_state(x: str, y: str) -> bool:
    """'Police Forces of Guatemala' and 'Military Forces of Guatemala': one state's forces (and
    "the government said it lost two soldiers": the state, told by its government)."""
    forces = ("Police Forces of ", "Military Forces of ", "Government of ")
    return any(x.startswith(f) for f in forces) and any(y.startswith(f) for f in forces) and \
        x.split(" of ", 1)[1] == y.split(" of ", 1)[1]


def actors_compatible(a: Event, b: Event) -> bool:
    """Named actors must not contradict each other (a missing actor contradicts nothing); the
    sides of a protest always agree."""
    if family(a) == family(b) == f"protest/{a.kind}":
        return True  # ACLED names a town's crowd on a day "Protesters (Country)", whoever marched
    # Reports may name the two sides in either order; in one kind of act a country's police
    # and army may be one side ("a patrol" and "officers" may be either, as told).
    same_kind = a.sub_event_type is not None and a.sub_event_type == b.sub_event_type
    return any(all(not x or not y or _same_actor(x, y) or (same_kind and _one_state(x, y))
                   for x, y in pairs)
               for pairs in (((a.actor1, b.actor1), (a.actor2, b.actor2)),
                             ((a.actor1, b.actor2), (a.actor2, b.actor1))))


def swapped_sides(a: Event, b: Event) -> bool:
    """Whether b names a's two sides the other way round ("troops killed militants" after
    "militants killed three soldiers"): the pairing with more agreeing sides, straight on a tie."""
    def agreeing(pairs: tuple[tuple[str | None, str | None], ...]) -> int:
        return sum(1 if _same_actor(x, y) else -1 for x, y in pairs if x and y)
    straight = agreeing(((a.actor1, b.actor1), (a.actor2, b.actor2)))
    crossed = agreeing(((a.actor1, b.actor2), (a.actor2, b.actor1)))
    return crossed > straight


def compatible(a: Event, b: Event) -> bool:
    """Could these two records be the same incident?"""
    if family(a) != family(b) or a.modality != "asserted" or b.modality != "asserted":
        return False
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return False
    if wa[0] > wb[1] or wb[0] > wa[1]:
        return False
    if a.time_precision == 1 and b.time_precision == 1 and a.event_date != b.event_date:
        return False  # same town, next day: another event
    return places_compatible(a, b) and actors_compatible(a, b)


def similarity(a: Event, b: Event) -> float:
    """How alike two compatible records are (0-1): exactness of date and place, tolls, words."""
    score = 0.35
    if a.geonameid is not None and a.geonameid == b.geonameid:
        score += 0.2
    if a.event_date == b.event_date:
        score += 0.15
    if a.actor1 and a.actor1 == b.actor1:
        score += 0.1
    fa, fb = a.fatalities, b.fatalities
    if fa is not None and fb is not None:
        score += 0.1 if fa == fb else (0.05 if abs(fa - fb) <= max(fa, fb) * 0.5 else -0.1)
    words_a, words_b = _words(a), _words(b)
    if words_a and words_b:
        score += 0.2 * len(words_a & words_b) / len(words_a | words_b)
    return round(min(score, 1.0), 3)


def _words(ev: Event) -> set[str]:
    text = " ".join(e.text for e in ev.evidence).lower()
    return {w for w in _WORD.findall(text) if w not in _STOP}


def best_match(ev: Event, candidates: list[Canonical]) -> Canonical | None:
    """The canonical event this record joins, or None for a new incident."""
    best, best_score = None, MERGE_THRESHOLD
    for cand in candidates:
        if not all(compatible(ev, m) for m in cand.members[:20]):
            continue
        score = max(similarity(ev, m) for m in cand.members[:20])
        if score >= best_score:
            best, best_score = cand, score
    return best


def merge(members: list[Event], canonical_id: str) -> tuple[Event, dict[str, str]]:
    """The merged record of an incident's reports and, per field, the record it came from."""
    ordered = sorted(members, key=lambda e: (e.time_precision or 9, e.event_id))
    date_src = ordered[0]
    place_src = min(members, key=lambda e: (e.geo_precision or 9, e.event_id))
    base = Event.from_dict(date_src.to_dict())
    base.event_id = canonical_id
    sources: dict[str, str] = {"event_date": date_src.event_id}
    for name in ("event_date", "date_end", "time_precision", "date_text"):
        setattr(base, name, getattr(date_src, name))
    for name in ("country", "iso", "admin1", "admin2", "admin3", "location", "latitude",
                 "longitude", "geo_precision", "geonameid"):
        setattr(base, name, getattr(place_src, name))
    sources["location"] = place_src.event_id
    for name in ("actor1", "actor2", "inter1", "inter2", "interaction", "assoc_actor_1",
                 "assoc_actor_2", "sub_event_type", "disorder_type", "event_type"):
        src = next((m for m in ordered if getattr(m, name) is not None), None)
        if src is not None:
            setattr(base, name, getattr(src, name))
            sources[name] = src.event_id
    disagreements = []
    for name in ("fatalities", "injured", "arrested", "crowd_size"):
        values = {m.event_id: getattr(m, name) for m in members if getattr(m, name) is not None}
        if not values:
            setattr(base, name, None)
            continue
        low_id = min(values, key=lambda k: (values[k], k))  # ACLED: the lowest credible figure
        setattr(base, name, values[low_id])
        sources[name] = low_id
        if len(set(values.values())) > 1:
            disagreements.append(f"{name} reported as "
                                 f"{', '.join(str(v) for v in sorted(set(values.values())))}")
    base.actors = [a for m in ordered for a in m.actors][:6]
    base.evidence = [e for m in ordered for e in m.evidence]
    base.confidence = round(min(0.99, max(m.confidence for m in members)
                                + 0.03 * (len(members) - 1)), 2)
    base.source = "; ".join(dict.fromkeys(m.source or "unknown source" for m in ordered))
    base.source_url = date_src.source_url
    notes = date_src.notes or ""
    if disagreements:
        notes += f" Sources differ: {'; '.join(disagreements)}; the lowest is coded."
    base.notes = notes.strip()
    return base, sources


def sources_of(members: list[Event]) -> list[dict[str, Any]]:
    """The `sources` list of a canonical event."""
    return [{"source": m.source, "source_url": m.source_url, "article_id": m.article_id,
             "event_id": m.event_id} for m in sorted(members, key=lambda e: e.event_id)]


def plan(ev: Event, candidates: list[Canonical], created: Callable[[str], str]
         ) -> tuple[Canonical, list[Canonical]] | None:
    """Where a new record goes: None for a new incident, else the incident it joins and the
    incidents it bridges into it. A report may join incidents kept apart so far: all go to the
    oldest (by `created`, then id), whose id stays."""
    match = best_match(ev, candidates)
    if match is None:
        return None
    others = [c for c in candidates if c is not match and best_match(ev, [c])
              and all(compatible(a, b) for a in c.members[:20] for b in match.members[:20])]
    target = min([match, *others], key=lambda c: (created(c.canonical_id), c.canonical_id))
    return target, [c for c in [match, *others] if c is not target]


REVISED_FIELDS = ("event_date", "time_precision", "location", "geo_precision", "fatalities",
                  "injured", "arrested", "actor1", "actor2")


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """What a new source changed in an incident's record, for its revision history."""
    return {k: [before[k], after[k]] for k in REVISED_FIELDS if before.get(k) != after.get(k)}
