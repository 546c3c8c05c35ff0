"""The learned typing stage: static vectors, features, the shipped model, training and
calibration."""

from __future__ import annotations

import numpy as np
import pytest

from eventledger.eventtype.model import Candidate, dense_features, sparse_terms, type_model
from eventledger.eventtype.vectors import StaticVectors, static_vectors


def test_wordpiece_splits_unknown_words_into_known_pieces() -> None:
    sv = StaticVectors({"bomb": 0, "##ing": 1, "##s": 2, "un": 3}, np.eye(4, dtype=np.float32))
    assert sv.word_ids("bombing") == [0, 1]
    assert sv.word_ids("bombs") == [0, 2]
    assert sv.word_ids("xyz") == []  # nothing fits: skipped, not guessed
    assert sv.ids("Bombs, bombing!") == [0, 2, 0, 1]


def test_shipped_vectors_put_related_words_close() -> None:
    sv = static_vectors()

    def vec(w: str) -> np.ndarray:
        v = sv.mean(sv.ids(w))
        return v / np.linalg.norm(v)

    assert vec("grenade") @ vec("explosives") > vec("grenade") @ vec("election")
    assert vec("arrested") @ vec("detained") > vec("arrested") @ vec("rainfall")


def test_features_mark_the_trigger() -> None:
    text = "Militants fired mortars at the base on Monday."
    marked = Candidate(text, text.index("mortars"), text.index("mortars") + len("mortars"))
    whole = Candidate(text)
    assert "t:mortars" in sparse_terms(marked) and "t:mortars" not in sparse_terms(whole)
    sv = static_vectors()
    assert not np.allclose(dense_features(marked, sv), dense_features(whole, sv))


@pytest.mark.skipif(type_model() is None, reason="no trained model shipped")
def test_shipped_model_types_clear_cases() -> None:
    model = type_model()
    assert model is not None
    texts = {
        "Warplanes bombed a village in the north, killing four people.": "Air/drone strike",
        "A suicide bomber blew himself up at a checkpoint, killing two guards.": "Suicide bomb",
        "Army engineers defused a roadside bomb planted near the bridge.":
            "Disrupted weapons use",
        "Heavy rains caused floods that swept away dozens of homes.": None,
    }
    preds = model.predict([Candidate(t) for t in texts])
    assert [p.acled for p in preds] == list(texts.values())
    for p in preds:
        assert abs(sum(p.acled_dist.values()) - 1.0) < 1e-4
        assert 0.0 < p.acled_p <= 1.0


def test_fit_save_and_load_round_trip(tmp_path) -> None:
    pytest.importorskip("sklearn")
    from eventledger.eventtype.model import TypeModel
    from eventledger.eventtype.train import Example, fit

    lines = [
        ("Jets bombed the market town at dawn.", "Air/drone strike", "ASSAULT"),
        ("A drone strike hit a car near the border.", "Air/drone strike", "ASSAULT"),
        ("Warplanes pounded rebel positions overnight.", "Air/drone strike", "ASSAULT"),
        ("Police detained six activists outside the court.", "Arrests", "COERCE"),
        ("Soldiers arrested the union leader at home.", "Arrests", "COERCE"),
        ("Officers rounded up dozens of opposition members.", "Arrests", "COERCE"),
        ("The two ministers met to discuss trade.", None, "CONSULT"),
        ("Leaders held talks on the border dispute.", None, "CONSULT"),
        ("The envoys sat down for a second round of talks.", None, "CONSULT"),
    ]
    examples = [Example(Candidate(t), a or "-", p, "own", str(i))
                for i, (t, a, p) in enumerate(lines)] * 2
    model = fit(examples)
    path = tmp_path / "m.npz"
    TypeModel(model.terms, model.dense_scale, model.acled, model.plover,
              (0.0, 1.0, 1.0, 1.0, 0.0)).save(str(path))
    loaded = TypeModel.load(path)
    probe = [Candidate("Fighter jets bombed a village."), Candidate("Police arrested ten men.")]
    before, after = model.predict(probe), loaded.predict(probe)
    assert [p.acled for p in before] == [p.acled for p in after] == ["Air/drone strike",
                                                                     "Arrests"]
    assert all(abs(a.acled_p - b.acled_p) < 1e-2 for a, b in zip(before, after))  # float16
    assert loaded.calibration == (0.0, 1.0, 1.0, 1.0, 0.0)
    assert 0.5 < loaded.confidence(0.8, 0.9, 0.9, True) < 1.0
