"""The language layer: a Spanish (Universal Dependencies) parse read as the rules read English."""

import warnings

import pytest

from conftest import run
from eventledger import nlp
from eventledger.roles import glosses, implied_auxiliaries, rule_text, text_of, word
from parses import parse


def _by_text(doc):
    return {t.text: t for t in doc}


def test_a_passive_keeps_its_patient_and_agent():
    text = "Tres manifestantes fueron detenidos por agentes policiales en Juliaca."
    doc = parse(text, "es")
    t = _by_text(doc)
    assert doc.text == text  # offsets point into the Spanish as written
    assert t["detenidos"].lemma_ == "arrest" and t["detenidos"].tag_ == "VBN"
    assert t["manifestantes"].dep_ == "nsubjpass" and t["fueron"].dep_ == "auxpass"
    assert t["por"].dep_ == "agent" and word(t["por"]) == "by"
    assert t["agentes"].dep_ == "pobj" and t["agentes"].head.i == t["por"].i
    assert t["en"].dep_ == "prep" and t["Juliaca"].head.i == t["en"].i


def test_the_personal_a_leaves_the_object_an_object():
    doc = parse("La policía detuvo a doce personas en el centro de Puno.", "es")
    t = _by_text(doc)
    assert t["personas"].dep_ == "dobj" and t["personas"].head.i == t["detuvo"].i
    assert t["policía"].lemma_ == "police" and t["policía"].dep_ == "nsubj"
    assert rule_text(doc[:]).startswith("the police arrest twelve person")  # no personal "a"


def test_fixed_phrases_become_one_token_with_their_gloss():
    text = "El gobierno declaró un toque de queda en la provincia de Chucuito."
    doc = parse(text, "es")
    curfew = next(t for t in doc if t.text == "toque de queda")
    assert curfew.lemma_ == "curfew" and doc.text == text
    assert curfew.idx == text.index("toque")


def test_inflection_stands_for_the_english_auxiliaries():
    doc = parse("Los maestros marcharán el lunes y los mineros podrían bloquear la vía.", "es")
    t = _by_text(doc)
    assert "will" in implied_auxiliaries(t["marcharán"])
    assert t["podrían"].dep_ == "aux" and t["podrían"].head.i == t["bloquear"].i
    assert t["mineros"].head.i == t["bloquear"].i  # the modal's subject is the verb's


def test_glosses_are_data_with_senses_by_part_of_speech():
    table = glosses("es")
    assert table.words[("paro", "NOUN")] == "strike"
    assert ("toque", "de", "queda") in [p for p, _ in table.phrases["toque"]]


def test_english_docs_are_read_as_written():
    doc = parse("Police arrested twelve people in Lima on Monday.")
    assert word(doc[0]) == "police" and rule_text(doc[:]) == doc.text
    assert implied_auxiliaries(doc[1]) == set()


SPANISH_ARREST = ("Agentes de la Policía Nacional detuvieron el lunes a doce manifestantes en "
                  "Juliaca, en la región de Puno, durante una marcha contra el gobierno, informó "
                  "la Defensoría del Pueblo.")


def test_a_spanish_report_is_coded_in_acled_and_plover_english():
    records = run(SPANISH_ARREST, published="2023-02-03")
    assert records.article.language == "es"
    # Demonstrators detained during a march: the march met by force, as ACLED codes it.
    arrests = [e for e in records.events if e.sub_event_type == "Protest with intervention"]
    assert len(arrests) == 1
    ev = arrests[0]
    assert ev.event_date == "2023-01-30" and ev.location == "Juliaca" and ev.country == "Peru"
    assert (ev.actor1, ev.actor2) == ("Protesters (Peru)", "Police Forces of Peru")
    assert (ev.plover_event, ev.plover_mode, ev.arrested) == ("COERCE", "arrest", 12)
    quote = ev.evidence[0]
    assert SPANISH_ARREST[quote.start:quote.end] == quote.text == SPANISH_ARREST


def test_a_spanish_toll_and_its_clash():
    text = ("Al menos 17 personas murieron el lunes en enfrentamientos entre manifestantes y la "
            "policía en Juliaca, en el sur del país, según la Defensoría del Pueblo de Perú.")
    records = run(text, published="2023-02-03")
    deadly = [e for e in records.events if e.fatalities]
    assert len(deadly) == 1 and deadly[0].fatalities == 17
    assert deadly[0].event_date == "2023-01-30" and deadly[0].location == "Juliaca"


def test_a_spanish_threat_is_no_event_done():
    text = ("Los dirigentes de la federación de transportistas de Chiclayo anunciaron que "
            "realizarán un paro indefinido desde el próximo lunes si el gobierno no atiende "
            "sus demandas.")
    records = run(text, published="2025-03-26")
    coded = [e for e in records.events if e.sub_event_type and e.modality == "asserted"]
    assert coded == []


@pytest.mark.model
def test_the_spanish_model_loads_offline_and_is_rewritten():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the W095 version warning is handled, not shown
        doc = nlp.parse("Tres manifestantes fueron detenidos por la policía en Puno.", "es")
    t = _by_text(doc)
    assert t["detenidos"].lemma_ == "arrest" and t["manifestantes"].dep_ == "nsubjpass"
    assert doc.user_data["glossed"] == "es"


def test_a_spanish_accident_is_no_event():
    text = ("Nueve personas murieron y otras 23 resultaron heridas el martes cuando un bus cayó "
            "a un abismo cerca de Pasto, en el sur de Colombia, informaron los socorristas.")
    records = run(text, published="2024-03-20")
    assert [e for e in records.events if e.sub_event_type] == []


def test_the_document_text_is_built_once_and_reused():
    # (spaCy builds `doc.text` anew on each access; read per mention, a long article's cost
    # grew with the square of its length)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["Police", "fired", "tear", "gas", "."],
              spaces=[True, True, True, False, False])
    first = text_of(doc)
    assert first == "Police fired tear gas." and text_of(doc) is first
    assert doc.text is not doc.text  # what the cache saves
