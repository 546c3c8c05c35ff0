import pytest

from eventledger.where import gazetteer
from eventledger.where.geoparse import geoparse, outlet_country
from eventledger.where.ranker import FEATURES, candidate_features, evidence, ranker
from eventledger.where.recognise import recognise
from parses import parse


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def test_the_shipped_weights_match_the_features():
    assert len(ranker().weights) == len(FEATURES)


def test_a_mention_never_votes_for_its_own_country(gaz):
    doc = parse("Police in London said two men were arrested.")
    mentions = recognise(doc, gaz)
    ev = evidence(mentions)
    [london] = [i for i, m in enumerate(mentions) if m.text == "London"]
    rows = candidate_features(london, mentions[london], ev, gaz)
    assert len(rows[0]) == len(FEATURES)
    share = FEATURES.index("country_share")
    assert all(row[share] == 0.0 for row in rows)  # no other place speaks for a country
    assert ev.country() == "GB"  # while the article as a whole is told where it is


def test_the_outlet_country_weighs_on_a_shared_name(gaz):
    doc = parse("Police in London said two men were arrested.")
    assert geoparse(doc, gaz)[0][0].resolved.iso2 == "GB"
    assert geoparse(doc, gaz, home="CA")[0][0].resolved.admin1 == "Ontario"


@pytest.mark.parametrize("url, iso2", [
    ("https://www.bbc.co.uk/news/world", "GB"),
    ("elcomercio.pe", "PE"),
    ("https://www.nationalpost.com/news", None),  # .com says nothing
    ("https://example.tv/clip", None),  # a country code sold worldwide
    (None, None),
])
def test_an_outlets_country_comes_from_its_country_code_domain(gaz, url, iso2):
    assert outlet_country(url, gaz) == iso2


def test_a_capital_is_the_town_of_its_same_name_province(gaz):
    mentions = recognise(parse("BUENOS AIRES — Pensioners marched in Buenos Aires on Monday."),
                         gaz)
    ev = evidence(mentions, None)
    i = next(k for k, m in enumerate(mentions) if m.text == "Buenos Aires" and m.cue is None)
    rows = candidate_features(i, mentions[i], ev, gaz)
    town, unit = FEATURES.index("town_of_its_unit"), FEATURES.index("unit_of_its_town")
    by_kind = {(c.iso2, c.feature): r for c, r in zip(mentions[i].cands, rows, strict=False)}
    assert by_kind[("AR", "city")][town] == 1.0 and by_kind[("AR", "admin1")][unit] == 1.0


def test_a_small_towns_name_shared_abroad_speaks_for_the_articles_country(gaz):
    doc = parse("NAIROBI, May 3 (East Africa Desk) – Traders who buy their goods in Kenya "
                "marched in Jinja on Monday. Police dispersed a crowd in Tororo, and lorry "
                "drivers parked their trucks across the road in Malaba.")
    ev = evidence(recognise(doc, gaz))
    assert ev.country() == "UG"
