from collections import Counter

from eventledger.taxonomy import (
    Inter,
    acled,
    acled_types,
    data_tsv,
    plover,
    plover_attribute,
    plover_set,
    sub_event_index,
    triggers,
)


def test_lexicon_entries_are_valid_and_unique():
    table = triggers()  # loading validates ACLED names, PLOVER types, modes and contexts
    rows = data_tsv("triggers.tsv")
    keys = Counter((r["lemma"], r["pos"], r["frame"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
    assert len(table) > 200


def test_acled_taxonomy_facts():
    assert len(sub_event_index()) == 25
    assert acled_types("Excessive force against protesters") == (
        "Political violence; Demonstrations", "Protests", "Excessive force against protesters")
    assert acled_types(None) == (None, None, None)
    assert len(plover()["event_types"]) == 16 and len(plover()["contexts"]) == 37


def test_the_rules_plover_groupings_name_real_types_and_modes():
    types = plover()["event_types"]
    for name in ("cooperative", "conflictual", "material", "statements"):
        assert plover_set(name) and plover_set(name) <= set(types)
    assert set(plover_attribute("refused_as").values()) <= set(types["REJECT"]["modes"])
    assert set(plover_attribute("threatened_as").values()) <= set(types["THREATEN"]["modes"])
    assert set(plover_attribute("lethal_modes")["ASSAULT"]) <= set(types["ASSAULT"]["modes"])


def test_the_named_inter_codes_are_acleds():
    names = {int(k): v for k, v in acled()["inter_codes"].items()}
    assert {i.value for i in Inter} == set(names)
    assert (names[Inter.STATE], names[Inter.PROTESTERS], names[Inter.EXTERNAL]) == \
        ("State forces", "Protesters", "External/Other forces")
