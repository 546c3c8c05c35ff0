from collections import Counter

from eventledger.taxonomy import acled_types, data_tsv, plover, sub_event_index, triggers


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
