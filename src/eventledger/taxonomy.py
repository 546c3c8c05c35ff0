"""Load the vocabularies shipped as data files: ACLED, PLOVER, the trigger lexicon, word classes."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from importlib import resources
from typing import Any


class Inter(IntEnum):
    """ACLED's actor type codes (`inter_codes` in acled.json), named for the rules."""

    STATE = 1
    REBELS = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8


ARMED_GROUPS = (Inter.STATE, Inter.REBELS, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA)
CROWDS = (Inter.RIOTERS, Inter.PROTESTERS)


def data_text(name: str) -> str:
    """The text of a data file shipped inside the package."""
    return resources.files("eventledger.data").joinpath(name).read_text(encoding="utf-8")


def data_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file; lines starting with '#' are comments."""
    lines = [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t")]


@cache
def acled() -> dict[str, Any]:
    """ACLED event types, sub-event types, inter codes and export columns."""
    return json.loads(data_text("acled.json"))


@cache
def plover() -> dict[str, Any]:
    """PLOVER event types with their modes, and the context vocabulary."""
    return json.loads(data_text("plover.json"))


@cache
def plover_set(name: str) -> frozenset[str]:
    """A named set of PLOVER event types the rules treat alike (`rule_sets` in plover.json)."""
    return frozenset(plover()["rule_sets"][name])


@cache
def plover_attribute(attribute: str) -> dict[str, Any]:
    """Each PLOVER event type's value of an optional attribute (`refused_as`, ...), if any."""
    return {k: v[attribute] for k, v in plover()["event_types"].items() if attribute in v}


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """Named sets of lemmas (facility, person, speech verbs, ...) used by rules."""
    raw = json.loads(data_text("wordclasses.json"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


@cache
def sub_event_index() -> dict[str, tuple[str, str]]:
    """Map each ACLED sub-event type to (event_type, disorder_type)."""
    data = acled()
    out: dict[str, tuple[str, str]] = {}
    for event_type, spec in data["event_types"].items():
        for sub in spec["sub_event_types"]:
            disorder = data["disorder_type_overrides"].get(sub, spec["disorder_type"])
            out[sub] = (event_type, disorder)
    return out


def acled_types(sub_event_type: str | None) -> tuple[str | None, str | None, str | None]:
    """(disorder_type, event_type, sub_event_type) for a sub-event type, or all None."""
    if not sub_event_type:
        return None, None, None
    event_type, disorder = sub_event_index()[sub_event_type]
    return disorder, event_type, sub_event_type


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a word that signals an event, and how to code it."""

    lemma: str
    pos: str
    plover: str
    mode: str | None
    acled_sub: str | None
    kind: str
    context: tuple[str, ...]
    frame: str | None


@cache
def triggers() -> dict[str, list[Trigger]]:
    """The trigger lexicon keyed by lemma (multiword lemmas keyed by their full phrase)."""
    known_sub = sub_event_index()
    known_plover = plover()["event_types"]
    contexts = set(plover()["contexts"])
    table: dict[str, list[Trigger]] = {}
    for row in data_tsv("triggers.tsv"):
        sub = None if row["acled"] in ("", "-") else row["acled"]
        if sub is not None and sub not in known_sub:
            raise ValueError(f"triggers.tsv: unknown ACLED sub-event type {sub!r}")
        if row["plover"] not in known_plover:
            raise ValueError(f"triggers.tsv: unknown PLOVER type {row['plover']!r}")
        mode = row["mode"] or None
        if mode is not None and mode not in known_plover[row["plover"]]["modes"]:
            raise ValueError(f"triggers.tsv: mode {mode!r} is not a mode of {row['plover']}")
        ctx = tuple(c for c in row["context"].split(",") if c)
        if not set(ctx) <= contexts:
            raise ValueError(f"triggers.tsv: unknown PLOVER context in {ctx}")
        trig = Trigger(row["lemma"], row["pos"], row["plover"], mode, sub, row["kind"], ctx,
                       row["frame"] or None)
        table.setdefault(trig.lemma, []).append(trig)
    for entries in table.values():
        entries.sort(key=lambda t: t.frame is None)  # specific (framed) entries first
    return table


@dataclass(frozen=True, slots=True)
class SubEventTyping:
    """How an ACLED sub-event type pairs with PLOVER, and how specific it is."""

    sub_event_type: str
    plover: frozenset[str]
    mode: str | None
    group: str  # means, prevented, strategic, protest, specific or generic
    incidents: tuple[str, ...] = ()  # sub-types of one incident told in several sentences
    rank: int = 0  # which of those the incident is coded as (the highest)

    @property
    def incident(self) -> str | None:
        """The incident group the sub-type belongs to first (a looting's is the violence)."""
        return self.incidents[0] if self.incidents else None


@cache
def sub_event_typing() -> dict[str, SubEventTyping]:
    """The ACLED-PLOVER pairing of every sub-event type (data/acled_plover.tsv), validated."""
    known_plover = plover()["event_types"]
    out: dict[str, SubEventTyping] = {}
    for row in data_tsv("acled_plover.tsv"):
        types = frozenset(row["plover"].split(","))
        mode = row["mode"] or None
        if row["sub_event_type"] not in sub_event_index() or not types <= set(known_plover):
            raise ValueError(f"acled_plover.tsv: unknown type in {row}")
        if mode is not None and not any(mode in known_plover[t]["modes"] for t in types):
            raise ValueError(f"acled_plover.tsv: {mode!r} is no mode of {sorted(types)}")
        out[row["sub_event_type"]] = SubEventTyping(row["sub_event_type"], types, mode,
                                                    row["group"],
                                                    tuple(filter(None, row["incident"].split(","))),
                                                    int(row["rank"] or 0))
    if set(out) != set(sub_event_index()):
        raise ValueError("acled_plover.tsv must list every ACLED sub-event type once")
    return out


@cache
def actor_lexicon() -> dict[str, dict[str, str]]:
    """Common-noun actors ("police", "protesters") with their inter code and ACLED name pattern."""
    return {row["term"]: row for row in data_tsv("actors.tsv")}


def actor_kind(word: str) -> str | None:
    """The kind of actor a common noun names (state, armed, civilians, protesters, rioters,
    external), or None when the lexicon does not know it."""
    return actor_lexicon().get(word, {}).get("kind")


@cache
def default_actors() -> dict[str, tuple[dict[str, str], dict[str, str] | None]]:
    """The actor-lexicon entries ACLED names for each sub-event type when the text names none:
    actor 1 always, actor 2 where the type's definition fixes it."""
    lexicon = actor_lexicon()
    table = {row["sub_event_type"]: (lexicon[row["term"]],
                                     lexicon[row["target_term"]] if row["target_term"] else None)
             for row in data_tsv("default_actors.tsv")}
    if set(table) != set(sub_event_index()):
        raise ValueError("default_actors.tsv must give an actor for every sub-event type")
    return table


@cache
def default_actors_by_means() -> dict[str, dict[str, str]]:
    """The actor-lexicon entry for a use of force with no named actor, by its PLOVER mode."""
    lexicon = actor_lexicon()
    return {row["plover_mode"]: lexicon[row["term"]]
            for row in data_tsv("default_actors_by_means.tsv")}


@cache
def demonyms() -> dict[str, str]:
    """Irregular demonyms and short names mapped to ISO alpha-2 codes ("British" -> "GB")."""
    return {row["term"].lower(): row["iso2"] for row in data_tsv("demonyms.tsv")}


@cache
def city_states() -> frozenset[str]:
    """ISO alpha-2 codes of countries that are one city ("SG")."""
    return frozenset(row["iso2"] for row in data_tsv("city_states.tsv"))


@cache
def sovereigns() -> dict[str, str]:
    """ISO alpha-2 of a dependent territory -> its governing state's ("MQ" -> "FR")."""
    return {row["iso2"]: row["sovereign"] for row in data_tsv("dependencies.tsv")}


@cache
def numbers() -> dict[str, Any]:
    """Number words, multipliers and ACLED's conventional values for vague quantities."""
    return json.loads(data_text("numbers.json"))
