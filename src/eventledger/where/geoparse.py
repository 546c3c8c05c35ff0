"""Find place names in a parsed article and resolve each to one gazetteer entry.

Recognition (`where.recognise`) finds the mentions; disambiguation scores each one's candidates
by the article's main country, cue words ("the region of"), administrative containment with
co-mentioned places, name exactness and population.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from eventledger.roles import text_of
from eventledger.schema import Place
from eventledger.taxonomy import data_text, sovereigns, word_classes
from eventledger.where.gazetteer import Gazetteer, GazetteerEntry, fold, neighbours
from eventledger.where.ranker import Evidence, candidate_features, evidence, ranker
from eventledger.where.recognise import (
    TOLD_AS_CAPITAL,
    Mention,
    SentenceIndex,
    _cues,
    demonym_country,
    recognise,
)
from eventledger.where.unlisted import (
    PART_OF_A_TOWN_BEFORE,
    addressed_places,
    parts_of_fronted_cities,
    spellings_outside_fronted_regions,
    told_as_a_part,
    told_as_a_part_after,
    unlisted_places,
)

__all__ = ["Toponym", "demonym_country", "geoparse", "outlet_country", "to_place", "within"]

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

GEO_PRECISION = {"city": 1, "admin2": 2, "admin1": 3, "country": 3, "continent": 3}
UNLISTED_PRECISION = {True: 2, False: 3}  # near the anchor's point; only the region is known

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
        geo_precision=GEO_PRECISION[entry.feature] if entry.listed else
        UNLISTED_PRECISION[entry.latitude is not None],
        geonameid=entry.geonameid,
        feature=entry.feature, population=entry.population,
    )


def geoparse(doc: Doc, gazetteer: Gazetteer, home: str | None = None,
             headline_country: str | None = None) -> tuple[list[Toponym], str | None]:
    """Toponyms of the document, resolved, and the ISO alpha-2 of the article's main country
    (`home`: the outlet's country, when known; `headline_country`: the one country a
    headline given apart from the text names)."""
    text = text_of(doc)
    mentions = [_unit_by_its_cue(_named_capital(m, gazetteer, text), text)
                for m in recognise(doc, gazetteer) if not _a_sea(m, text)]
    ev = evidence(mentions, home, text, headline_country)
    country = ev.country()
    resolved: list[Toponym] = []
    doubted: list[tuple[int, int]] = []  # a town's name doubted abroad: a place of this country?
    # (a name told twice is one place: its other mentions are no support for its namesake)
    by_name: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_name.setdefault(fold(m.text), []).append(i)
    for i, m in enumerate(mentions):
        best = _honour_qualifier(i, m, ranker().best(i, m, ev, gazetteer), ev, gazetteer)
        entry = m.cands[0] if m.adjectival else _abstain_abroad(
            m, _point_near(m, _honour_cue(m, _nearer_namesake(i, m, best, ev, country, gazetteer),
                                          text), text), country,
            _support_abroad(ev, i, best, by_name[fold(m.text)]), text,
            _support_for(ev, i, country) if country else 0.0)
        entry = _capital_dateline(m, entry, gazetteer, text)
        if entry is None and best is not None and best.iso2 != country and \
                best.feature == "city" and not m.adjectival and not m.in_name:
            # ("near Serakhs" in a Turkmen story: the home town the name also spells, not the
            # town abroad it was doubted as)
            entry = next((c for c in m.cands if c.iso2 == country and c.feature == "city"),
                         None)
        if entry is None and best is not None and best.feature == "city" and \
                _after_a_site_prep(text, m.start) and \
                not m.adjectival and not m.in_name and (fold(best.name) == fold(m.text) or
                                                        told_as_a_part(text, m.text)):
            # (also "in Tayma", told as "the Tayma area of Farwaniyah": a part of a town here)
            doubted.append((m.start, m.end))
        resolved.append(Toponym(m.start, m.end, m.text, entry, m.cue, m.sent_index,
                                m.adjectival, m.in_name or _side_of_a_place(text, m)))
    _one_sense_per_name(resolved)
    resolved.sort(key=lambda t: t.start)
    _short_forms(resolved)
    # ("In the capital, gunmen burst into houses in Pacot": the capital told holds the names
    # the gazetteer lacks, as a town named would; "in San Benito, also in the capital": it
    # addresses a name as a town named would)
    capitals = _capital_references(doc, gazetteer, country)
    addressed_places(text, resolved, gazetteer, country, capitals)
    spellings_outside_fronted_regions(doc, resolved)
    parts_of_fronted_cities(doc, resolved, gazetteer)
    # Drop mentions no candidate survived for; keep the rest in text order.
    known = [t for t in resolved if t.entry is not None]
    unlisted = unlisted_places(doc, text, sorted(known + capitals, key=lambda t: t.start),
                               gazetteer, country, doubted)
    return sorted(known + unlisted + capitals, key=lambda t: t.start), country


_SIDE_OF = re.compile(r"(?:North|South|East|West)(?:ern)?\s+(?:Coast|Bank|Side|Shore)")
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _side_of_a_place(text: str, m: Mention) -> bool:
    """'on the West Coast of Demerara', 'the East Bank of Berbice': a side of the place named
    after it, not a region of that name elsewhere (Western Australia's 'West Coast')."""
    return bool(_SIDE_OF.fullmatch(m.text)) and bool(_OF_A_NAME.match(text, m.end))


def _word_after(m: Mention, text: str) -> str | None:
    """The word right after a mention, lower-cased ('province' of 'Kasserine province')."""
    after = re.match(r"\s+(\w+)", text[m.end:m.end + 20])
    return after.group(1).lower() if after is not None else None


def _unit_noun_after(m: Mention, text: str) -> bool:
    """Whether the word right after a mention is a unit noun of its cue's kind ('Niger state')."""
    return _cues()["feature_nouns"].get(_word_after(m, text) or "") == m.cue


def _unit_by_its_cue(m: Mention, text: str) -> Mention:
    """'Niger state': a name its unit noun calls a region speaks for the country of the
    region of that name, not for the country of the name."""
    if m.cue not in ("admin1", "admin2") or not m.cands or m.cands[0].feature != "country":
        return m
    if not _unit_noun_after(m, text):
        return m
    units = tuple(c for c in m.cands if c.feature == m.cue)
    return replace(m, cands=units) if units else m


def _a_sea(m: Mention, text: str) -> bool:
    """'shipping in the Red Sea': a sea, not the province named after it ('Red Sea state')."""
    after = text[m.end:m.end + 20].split()
    return m.text.split()[-1].lower() in ("sea", "ocean") and not (
        after and after[0].lower().strip(".,;") in _cues()["feature_nouns"])


def _after_a_site_prep(text: str, start: int) -> bool:
    """'fired rockets into Kani': a name told right after a word that places an act there
    (also 'a vigil in the main square of Alegria': a part of the town it names)."""
    before = text[max(0, start - 12):start].split()
    return (bool(before) and before[-1].lower() in word_classes()["site_preps"] and
            text[start - 1:start] == " ") or \
        PART_OF_A_TOWN_BEFORE.search(text, max(0, start - 40), start) is not None


TOWN_PART_NOUNS = frozenset(word_classes()["town_part_nouns"])
CAPITAL_PREPS = frozenset(("in", "at", "across", "around", "throughout", "inside", "on", "near",
                           "outside", "into"))


def _capital_references(doc: Doc, gaz: Gazetteer, country: str | None) -> list[Toponym]:
    """'In the capital on Thursday, police dispersed a sit-in', 'in the Malian capital': the
    capital city of the article's country (or of the country a demonym names), told only as
    "the capital" after a locative word, or as the owner of a part told after one ("in the
    capital's Ratoma district"), (not "the capital, Juba", named already, nor "the
    regional capital", "a district of the capital" or "east of the capital")."""
    out: list[Toponym] = []
    sent_of: SentenceIndex | None = None
    for tok in doc:
        # ("in the capital's Ratoma district": a part of it)
        owner = tok.dep_ == "poss" and tok.head.dep_ == "pobj" and \
            tok.head.head.lower_ in CAPITAL_PREPS
        # ("in the Wadajir district of the capital": a named part of it, told before it)
        part = tok.head.head if tok.head.lower_ == "of" else None
        named_part = part is not None and part.dep_ == "pobj" and \
            part.head.lower_ in CAPITAL_PREPS and part.lower_ in TOWN_PART_NOUNS and \
            any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in part.children)
        if tok.lower_ != "capital" or not (tok.dep_ == "pobj" or owner) or \
                (not owner and not named_part and tok.head.lower_ not in CAPITAL_PREPS) or \
                tok.ent_type_:
            continue
        children = list(tok.children)
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
                c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in children) \
                or (after is not None and after.text == "," and tok.i + 2 < len(doc) and
                    doc[tok.i + 2].pos_ == "PROPN"):
            continue
        named = [demonym_country(c.text) if c.text[:1].isupper() else None
                 for c in children if c.dep_ in ("amod", "compound", "nmod")]
        if not all(named):
            continue  # "the state capital", "the regional capital": some region's seat
        iso2 = named[0] if named else country
        nation = gaz.country(iso2) if iso2 else None
        seat = gaz.capital(nation.name) if nation is not None else None
        if seat is not None:
            sent_of = sent_of or SentenceIndex(doc)
            out.append(Toponym(tok.idx, tok.idx + len(tok), tok.text, seat, "city",
                               sent_of.get(tok.i)))
    return out


def _one_sense_per_name(resolved: list[Toponym]) -> None:
    """A name means one place throughout an article: "the city of Kasserine" then "police in
    Kasserine" is the city both times. Mentions without a cue word take the sense of the first
    cued mention of the name, else the sense most of them were given (the first on a tie)."""
    by_name: dict[str, list[Toponym]] = {}
    for t in resolved:
        if t.locates and t.entry is not None:
            by_name.setdefault(fold(t.text), []).append(t)
    for mentions in by_name.values():
        if len(mentions) < 2:
            continue
        cued = [t for t in mentions if t.cue is not None]
        if cued:
            sense = cued[0].entry
        else:
            ids = [t.resolved.geonameid for t in mentions]
            top = max(ids, key=lambda gid: (ids.count(gid), -ids.index(gid)))
            sense = mentions[ids.index(top)].entry
        for t in mentions:
            if t.cue is None:
                t.entry = sense


def _short_forms(resolved: list[Toponym]) -> None:
    """'Rio' after 'Rio de Janeiro': a name told again by its first words is the place told in
    full (not a country: 'Mexico' after 'Mexico City' is the country)."""
    full: list[Toponym] = []
    for t in resolved:
        if t.entry is None or not t.locates:
            continue
        key = fold(t.text) + " "
        told = next((e for e in reversed(full) if fold(e.text).startswith(key)), None)
        if told is not None and t.entry.feature != "country":
            t.entry = told.entry
        if " " in t.text.strip() and t.resolved.feature in ("city", "admin1", "admin2"):
            full.append(t)


def outlet_country(url: str | None, gaz: Gazetteer) -> str | None:
    """The country of an outlet's web address, by its country-code domain ('.co.uk' -> GB),
    or None ('.com', or a code used worldwide such as '.tv')."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in _generic_country_domains():
        return None
    iso2 = "GB" if tld == "uk" else tld.upper()
    return iso2 if gaz.country(iso2) is not None else None


@lru_cache(maxsize=1)
def _generic_country_domains() -> frozenset[str]:
    return frozenset(json.loads(data_text("place_cues.json"))["generic_country_domains"])


def within(toponyms: list[Toponym], start: int, end: int) -> list[Toponym]:
    """The toponyms (in text order, as `geoparse` returns them) that start in [start, end)."""
    return toponyms[bisect_left(toponyms, start, key=lambda t: t.start):
                    bisect_left(toponyms, end, key=lambda t: t.start)]

def _honour_cue(mention: Mention, best: GazetteerEntry | None, text: str
                ) -> GazetteerEntry | None:
    """A cue word settles the kind of place between same-name places of one country: the
    dateline "BUENOS AIRES" is the city, "Kasserine governorate" the governorate, and "the
    Kharkiv region" the region of that town, whatever the gazetteer calls it ("Kharkivska")."""
    if best is None or mention.cue is None:
        return best
    # (only for the cue word right after the name: "the Martissant district of X" is no
    # district called X)
    if best.feature in ("city", "admin2") and \
            _word_after(mention, text) in ("province", "provinces"):
        # ("eastern Deir ez-Zor province": a province is the first-level unit where the
        # country has one of the name, whatever spelling the gazetteer gives it)
        first = next((c for c in mention.cands if c.iso2 == best.iso2 and
                      c.feature == "admin1"), None)
        if first is not None:
            return first
    if best.feature == mention.cue:
        return best
    right_after = _unit_noun_after(mention, text)
    own_unit = {"admin1": best.admin1, "admin2": best.admin2}.get(mention.cue) \
        if best.feature == "city" and right_after else None
    # (the unit of the town's own region first: "Bijapur district" of Chhattisgarh's Bijapur)
    same = sorted((c for c in mention.cands if c.iso2 == best.iso2 and
                   fold(c.name) in (fold(best.name), fold(own_unit or ""))),
                  key=lambda c: c.admin1 != best.admin1)
    # ("Diyarbakır province", where the country's provinces are its first-level units: a
    # unit of the name, whichever level the word names elsewhere)
    return next((c for c in same if c.feature == mention.cue), None) or next(
        (c for c in same if right_after and best.feature == "city" and
         mention.cue in ("admin1", "admin2") and c.feature in ("admin1", "admin2")), best)


def _honour_qualifier(index: int, m: Mention, best: GazetteerEntry | None, ev: Evidence,
                      gaz: Gazetteer) -> GazetteerEntry | None:
    """'Bijapur district of Chhattisgarh', 'Chhattisgarh's Bijapur district': of same-name
    places, the one in the unit or country the text names with it, however small."""
    qualifier = ev.qualifiers.get(index)
    if best is None or not qualifier:
        return best

    def qualified(c: GazetteerEntry) -> bool:
        return fold(c.admin1 or "") in qualifier or fold(c.country) in qualifier

    if qualified(best):
        return best
    rows = candidate_features(index, m, ev, gaz)
    scored = [(ranker().score(r), c) for r, c in zip(rows, m.cands, strict=False)
              if qualified(c) and fold(c.name) in (fold(best.name), fold(m.text))]
    if not scored and index in ev.owned and best.feature != "country" and \
            any(e.feature == "country" for q in qualifier for e in gaz.lookup(q)):
        # (not "Cote d'Ivoire, Guinea, Liberia": a list, no place of its neighbour)
        return None  # "the Czech Republic's Silesia": no namesake in another country
    return max(scored, key=lambda sc: (sc[1].feature == best.feature, sc[0]))[1] if scored \
        else best


def _named_capital(mention: Mention, gaz: Gazetteer, text: str) -> Mention:
    """'the capital, San Jose': a name told as a capital is the national capital, when just
    one of its places is one (not a namesake town abroad)."""
    if not TOLD_AS_CAPITAL.search(text, max(0, mention.start - 20), mention.start):
        return mention
    capitals = tuple(c for c in mention.cands if c.feature == "city" and gaz.is_capital(c))
    return replace(mention, cands=capitals) if len(capitals) == 1 else mention



def _capital_dateline(mention: Mention, best: GazetteerEntry | None, gaz: Gazetteer,
                      text: str) -> GazetteerEntry | None:
    """'OTTAWA (Gazette) —' in a story that names the United States once: a dateline a
    national capital shares with a far smaller town is the capital (unless qualified,
    'OTTAWA, Ill.')."""
    if best is None or mention.cue != "city" or mention.start != len(text) - len(text.lstrip()) \
            or text[mention.end:mention.end + 1] == "," or gaz.is_capital(best):
        return best
    return next((c for c in mention.cands if c.feature == "city" and gaz.is_capital(c) and
                 c.population >= CAPITAL_OVER_NAMESAKE * max(best.population, 1)), best)


CAPITAL_OVER_NAMESAKE = 5  # how many times larger a capital must be than the namesake chosen
_NEAR_BEFORE = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+")
                                            for p in word_classes()["point_near_phrases"])
                          + r")\s+$", re.IGNORECASE)


def _point_near(mention: Mention, best: GazetteerEntry | None, text: str
                ) -> GazetteerEntry | None:
    """'attacked an army post near Tadjourah': a unit and its seat share the name, and only a
    point lies near something; the seat is meant (unless a unit noun follows the name)."""
    if best is None or best.feature not in ("admin1", "admin2") or mention.cue is not None or \
            not _NEAR_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return best
    return next((c for c in mention.cands if c.feature == "city" and c.iso2 == best.iso2 and
                 fold(best.name) in (fold(c.admin1 or ""), fold(c.admin2 or ""))), best)


def _nearer_namesake(index: int, m: Mention, best: GazetteerEntry | None, ev: Evidence,
                     country: str | None, gaz: Gazetteer) -> GazetteerEntry | None:
    """'Gaza' in a report from Israel is Palestine's, not Mozambique's province: of same-name
    places, one in the article's country or a neighbour of it beats one in a country the text
    gives no other sign of ('Mambasa' in a report from Congo is its territory, not Kenya's
    Mombasa, which only an alternate spelling names so)."""
    if best is None or country is None or best.iso2 == country or \
            best.feature not in ("city", "admin1", "admin2"):
        return best
    near = {country, *neighbours(country)}
    own = ev.own_votes[index]
    if ev.votes.get(country, 0.0) - (own[1] if own and own[0] == country else 0.0) <= 0 and \
            ev.named.get(country, 0) == 0 and ev.home != country:
        return best  # ("Protesters rallied in Basra": the article's country is only this
        # mention's own vote, for a namesake)
    others = ev.votes.get(best.iso2, 0.0) - (own[1] if own and own[0] == best.iso2 else 0.0)
    if best.iso2 == ev.home or others > 0 or ev.named.get(best.iso2, 0) > 0:
        return best
    if best.iso2 in near:
        # ("farmers in Nueva Concepcion", in a report from El Salvador that names nothing of
        # Guatemala: the article's own town of that name before a neighbour's)
        return next((c for c in m.cands if c.iso2 == country and c.feature == "city" and
                     fold(c.name) == fold(best.name)), best)
    rows = candidate_features(index, m, ev, gaz)
    scored = [(ranker().score(r), c) for r, c in zip(rows, m.cands, strict=False)
              if c.iso2 in near and c.feature != "country" and
              (fold(c.name) in (fold(best.name), fold(m.text)) or
               # ("Khoms" in a report from Libya: its Al Khums, by another spelling)
               (c.iso2 == country and c.feature == "city"))]
    # ("In Colón, on the Caribbean coast", in a report from Panama whose best guess was
    # Honduras's province: a town of the article's own country before a neighbour's Colón)
    return max(scored, key=lambda sc: (sc[1].iso2 == country and sc[1].feature == "city",
                                       sc[0]))[1] if scored else best


def _support_abroad(ev: Evidence, index: int, best: GazetteerEntry | None,
                    namesakes: Sequence[int] = ()) -> float:
    """How much the rest of the article points to the country of `best` (its other places,
    the country named, and the outlet's own country); `namesakes` are the mentions of the same
    name, whose votes are this mention's own."""
    if best is None:
        return 0.0
    return _support_for(ev, index, best.iso2, namesakes) + \
        float(ev.home is not None and ev.home == best.iso2)


def _support_for(ev: Evidence, index: int, iso2: str, namesakes: Sequence[int] = ()) -> float:
    """How much the article's other places and the countries it names point to `iso2`."""
    mine = sum(own[1] for j in {index, *namesakes}
               if (own := ev.own_votes[j]) is not None and own[0] == iso2)
    return ev.votes.get(iso2, 0.0) - mine + ev.named.get(iso2, 0)


# a city abroad the article names by another of its names, with nothing else pointing there, is
# believed only if it is this large ("Cologne", "Peking"), and only while the rest of the article
# points home less than this ("near Saul" of French Guiana, in a story of its towns, is no
# Seoul)
ALIAS_ABROAD_MIN_POPULATION = 1_000_000
SETTLED_HOME = 2.0




def _abstain_abroad(mention: Mention, best: GazetteerEntry | None, country: str | None,
                    support: float = 0.0, text: str = "", home_support: float = 0.0
                    ) -> GazetteerEntry | None:
    """The ranked best, unless it is a town abroad the text gives little reason to believe:
    an alternate spelling the tagger did not see as a large place, a small town only the
    matcher found, a small town of a country nothing else in the article points to, or a
    region of such a country told with 'the'."""
    if best is None or not country or best.iso2 == country or \
            best.feature not in ("city", "admin2", "admin1"):
        return best
    if fold(mention.text) in _cues()["common_part_names"]:
        return None  # "the capital's Chinatown" is not a Chinatown abroad
    if text[max(0, mention.start - 4):mention.start].lower() == "the " and \
            re.match(r"\s+sides?\b", text[mention.end:mention.end + 7]):
        return None  # "two of them from the Kuki side": a party to a fight, no town abroad
    if best.feature == "city" and support <= 0 and \
            told_as_a_part(text[max(0, mention.start - 40):mention.end + 60], mention.text):
        return None  # "the Havana informal settlement outside Windhoek": no city abroad
    if support <= 0 and told_as_a_part_after(text[mention.start:mention.end + 80], mention.text):
        return None  # "Babylon, an informal settlement on the edge of Windhoek": no region abroad
    if best.feature == "city" and fold(best.name) != fold(mention.text) and not (
            mention.from_ner and (support > 0 or (best.population >= ALIAS_ABROAD_MIN_POPULATION
                                                  and home_support < SETTLED_HOME))):
        # (but "Sitra" for Bahrain's Sitrah, in a story that names Bahrain; not "outside Boni"
        # in a Malian story, a name Bonn also goes by)
        return None
    # (not a territory's town in a story of the state that governs it, or the other way round:
    # "Fort-de-France" beside "mainland France")
    one_state = sovereigns().get(best.iso2, best.iso2) == sovereigns().get(country, country)
    if not mention.from_ner and (best.population < 50_000 or mention.cue is not None) and \
            support <= 0 and not one_state:
        # "the Tres Ríos district" of a Mexican town is not Três Rios in Brazil (but "the Gaza
        # Strip" is Palestine's, in a story that names Palestinians)
        return None
    if best.feature == "admin2" and support <= 0 and best.population == 0:
        return None  # "on their campus in Reduit" of Mauritius: no Saint Lucian quarter
    if best.feature in ("admin1", "admin2") and support <= 0 and \
            text[max(0, mention.start - 4):mention.start].lower() == "the ":
        return None  # "neighbourhoods of the capital, including the Plateau": no region abroad
    # "at his home in Paynesville" in a Liberian story: not the Australian town; "near Kani"
    # in a report from Myanmar: not the Japanese city (a neighbour's town is news more often)
    doubted_below = UNSUPPORTED_TOWN_NEXT_DOOR if best.iso2 in neighbours(country) else \
        UNSUPPORTED_TOWN_ABROAD
    if best.feature == "city" and best.population < doubted_below and support <= 0 and \
            not one_state:
        return None
    return best


# Below these populations, a town in a neighbouring country, or farther abroad, that nothing
# else in the article points to is doubted.
UNSUPPORTED_TOWN_NEXT_DOOR = 50_000
UNSUPPORTED_TOWN_ABROAD = 150_000
