"""The records eventledger produces: the one contract every stage fills in and every face reads.

Article in; Event and Figure records out, each carrying Evidence spans that slice the article text
exactly. Records serialise to plain dicts whose keys are always present (None when unknown), in a
fixed order, so JSONL, CSV and the database all agree.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Modality = Literal["asserted", "negated", "hypothetical", "future", "claimed"]
Role = Literal["source", "target"]
EventKind = Literal["event", "disruption"]

MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "claimed")
FIGURE_METRICS: tuple[str, ...] = (
    "deaths",
    "injured",
    "detained",
    "protest_locations",
    "poll_percent",
    "other",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts: the same inputs always give the same id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


# One article's text at most (the parser's limit, see `nlp.load`). Extraction takes about a
# minute a megabyte, growing linearly; a longer text is a corpus, to be split into articles.
MAX_ARTICLE_CHARS = 3_000_000


@dataclass(slots=True)
class Article:
    """One input document with its metadata; `published` (YYYY-MM-DD) anchors relative dates."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None  # ISO 639-1, as given or identified (None: too short to tell)

    @property
    def article_id(self) -> str:
        """Content address: the same text from the same URL is the same article."""
        return stable_id(self.url or "", self.text)


@dataclass(slots=True, frozen=True)
class Evidence:
    """A span of the article text that supports a record; text == article.text[start:end]."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """A participant as the text names it, with its ACLED-style normalised name and role."""

    text: str
    normalized: str | None
    role: Role
    start: int
    end: int
    inter: int | None = None


@dataclass(slots=True)
class Place:
    """A resolved location with ACLED's admin fields and GeoNames identity."""

    location: str
    country: str | None = None
    iso: int | None = None
    iso2: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    # The GeoNames place whose point is used; below zero, a place the gazetteer lacks (an id
    # made from its name and country, so that mentions of it agree).
    geonameid: int | None = None
    feature: str | None = None  # "country", "admin1", "admin2", "city"
    population: int | None = None


@dataclass(slots=True)
class Event:
    """One incident on one day at one place between one pair of actors (ACLED disaggregation)."""

    event_id: str
    doc_id: str
    article_id: str
    event_date: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    date_text: str | None = None
    disorder_type: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_context: list[str] = field(default_factory=list)
    kind: EventKind = "event"
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    actors: list[Actor] = field(default_factory=list)
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    crowd_size: int | None = None
    modality: Modality = "asserted"
    attributed_to: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    notes: str | None = None
    source: str | None = None
    source_url: str | None = None
    confidence: float = 0.0

    def set_place(self, place: Place | None) -> None:
        """Copy a resolved place's ACLED fields onto the event (None leaves them empty)."""
        if place is None:
            return
        for name in ("country", "iso", "admin1", "admin2", "admin3", "location", "latitude",
                     "longitude", "geo_precision", "geonameid"):
            setattr(self, name, getattr(place, name))

    def to_dict(self) -> dict[str, Any]:
        """The event as a JSON-ready dict with every key present, `record` and `doc_id` first."""
        out: dict[str, Any] = {"record": "event"}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "actors":
                value = [
                    {"text": a.text, "normalized": a.normalized, "role": a.role,
                     "start": a.start, "end": a.end}
                    for a in value
                ]
            elif f.name == "evidence":
                value = [asdict(e) for e in value]
            elif f.name == "plover_context":
                value = list(value)
            out[f.name] = value
        return _doc_id_first(out)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from `to_dict` output (extra keys such as `record` are ignored)."""
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["actors"] = [
            Actor(text=a["text"], normalized=a.get("normalized"), role=a["role"],
                  start=a["start"], end=a["end"])
            for a in data.get("actors") or []
        ]
        kwargs["evidence"] = [Evidence(**e) for e in data.get("evidence") or []]
        kwargs["plover_context"] = list(data.get("plover_context") or [])
        return cls(**kwargs)


@dataclass(slots=True)
class Figure:
    """A reported aggregate ("the toll has risen to 40"): never an event, never one incident's
    toll."""

    figure_id: str
    doc_id: str
    article_id: str
    metric: str
    value: float
    unit: str | None = None
    as_of: str | None = None
    scope: str | None = None
    reported_by: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The figure as a JSON-ready dict with every key present."""
        out: dict[str, Any] = {"record": "figure"}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "evidence":
                value = [asdict(e) for e in value]
            out[f.name] = value
        if isinstance(out["value"], float) and out["value"].is_integer():
            out["value"] = int(out["value"])
        return _doc_id_first(out)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        """Rebuild a figure from `to_dict` output."""
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["evidence"] = [Evidence(**e) for e in data.get("evidence") or []]
        return cls(**kwargs)


@dataclass(slots=True)
class ArticleRecords:
    """Everything one article yields: the pure output of processing it."""

    article: Article
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """Events then figures, as dicts, in text order."""
        return [e.to_dict() for e in self.events] + [f.to_dict() for f in self.figures]


def _doc_id_first(d: dict[str, Any]) -> dict[str, Any]:
    ordered = {"record": d.pop("record"), "doc_id": d.pop("doc_id")}
    ordered.update(d)
    return ordered
