from eventledger import incidents
from eventledger.schema import Event, Evidence


def ev(eid, **kw):
    base = {"event_id": eid, "doc_id": "d", "article_id": eid, "event_date": "2024-01-09",
            "time_precision": 1, "plover_event": "ASSAULT",
            "event_type": "Violence against civilians", "sub_event_type": "Attack",
            "country": "Nigeria", "admin1": "Borno", "location": "Maiduguri",
            "geonameid": 2331447, "geo_precision": 1,
            "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
            "fatalities": 5, "source": "S" + eid,
            "evidence": [Evidence("Gunmen killed five people at a market in Maiduguri.", 0, 50)]}
    base.update(kw)
    return Event(**base)


def test_same_incident_is_compatible_and_similar():
    a, b = ev("a"), ev("b", fatalities=7, source="Sb")
    assert incidents.compatible(a, b) and incidents.similarity(a, b) >= incidents.MERGE_THRESHOLD


def test_near_misses_stay_apart():
    a = ev("a")
    assert not incidents.compatible(a, ev("b", event_date="2024-01-10"))  # same town, next day
    assert not incidents.compatible(a, ev("c", location="Konduga", geonameid=1))  # next town
    assert not incidents.compatible(a, ev("d", plover_event="PROTEST", event_type="Protests"))
    assert not incidents.compatible(a, ev("e", actor1="Military Forces of Nigeria"))
    assert not incidents.compatible(a, ev("f", modality="claimed"))


def test_containment_and_precision_windows():
    town = ev("a")
    region = ev("b", location="Borno", geonameid=2346794, geo_precision=3)
    week = ev("c", event_date="2024-01-08", time_precision=2)
    other_region = ev("d", location="Yobe", admin1="Yobe", geonameid=9, geo_precision=3)
    assert incidents.compatible(town, region) and incidents.compatible(town, week)
    assert not incidents.compatible(town, other_region)


def test_merge_takes_precise_fields_and_lowest_toll():
    precise = ev("a", fatalities=7, source="Wire")
    vague = ev("b", event_date="2024-01-08", time_precision=2, location="Borno",
               geonameid=2346794, geo_precision=3, fatalities=5, source="Daily")
    merged, sources = incidents.merge([vague, precise], "a")
    assert merged.event_id == "a" and merged.event_date == "2024-01-09"
    assert merged.location == "Maiduguri" and merged.fatalities == 5
    assert sources["fatalities"] == "b" and sources["event_date"] == "a"
    assert "fatalities reported as 5, 7" in merged.notes
    assert merged.source == "Wire; Daily"
    assert len(merged.evidence) == 2


def test_an_unidentified_group_may_be_the_group_named_later_but_not_the_state():
    from eventledger.incidents import actors_compatible
    assert actors_compatible(ev("a", actor1="Unidentified Armed Group (Nigeria)"),
                             ev("b", actor1="Boko Haram"))
    assert not actors_compatible(ev("a", actor1="Unidentified Armed Group (Nigeria)"),
                                 ev("b", actor1="Military Forces of Nigeria"))


def test_a_unit_and_its_seat_town_of_one_name_and_point_are_one_site():
    town = ev("a", latitude=11.84, longitude=13.16)
    unit = ev("b", geonameid=2331448, geo_precision=2, latitude=11.84, longitude=13.16)
    elsewhere = ev("c", geonameid=2331449, geo_precision=2, latitude=11.9, longitude=13.2)
    assert incidents.compatible(town, unit) and not incidents.compatible(town, elsewhere)
