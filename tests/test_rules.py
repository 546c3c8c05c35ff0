"""Extraction rules on hand-written parses: no language model is loaded (see tests/parses.py)."""

import pytest

from eventledger.extract.casualties import death_mentions
from eventledger.extract.context import _Hit, _lemma_in
from eventledger.extract.counts import _count_of, _is_aggregate
from eventledger.extract.dating import habitual
from eventledger.extract.modality import _modality, _motive_of_a_past_act
from eventledger.extract.triggers import _in_compound_adjective, _skip_verb
from eventledger.taxonomy import triggers
from parses import parse, parsed

SO_FAR = """
So so ADV RB advmod 1
far far ADV RB advmod 5
31 31 NUM CD nummod 3
people people NOUN NNS nsubj 5
have have AUX VBP aux 5
died die VERB VBN ROOT 5
in in ADP IN prep 5
clashes clash NOUN NNS pobj 6
. . PUNCT . punct 5
"""

DEADLIEST = """
Police police NOUN NNS nsubj 1
killed kill VERB VBD ROOT 1
18 18 NUM CD nummod 3
protesters protester NOUN NNS dobj 1
in in ADP IN prep 1
the the DET DT det 7
deadliest deadly ADJ JJS amod 7
day day NOUN NN pobj 4
so so ADV RB advmod 9
far far ADV RB advmod 7
. . PUNCT . punct 1
"""

WOUNDED = """
Two two NUM CD nsubj 4
of of ADP IN prep 0
the the DET DT det 3
wounded wound VERB VBN pobj 1
died die VERB VBD ROOT 4
on on ADP IN prep 4
Tuesday Tuesday PROPN NNP pobj 5 DATE
. . PUNCT . punct 4
"""


def _hit(doc, i, lemma):
    return _Hit(doc[i], doc[i:i + 1], triggers()[lemma][0])


def test_a_running_total_cue_in_the_trigger_clause():
    doc = parsed(SO_FAR)
    sent = doc[:]
    assert _is_aggregate(_hit(doc, 5, "die"), sent, {"fatalities": 31}, [], dated_day=False)


def test_so_far_on_a_superlative_is_no_running_total():
    doc = parsed(DEADLIEST)
    assert not _is_aggregate(_hit(doc, 1, "kill"), doc[:], {"fatalities": 18}, [],
                             dated_day=False)


def test_the_wounded_who_die_add_to_the_toll():
    doc = parsed(WOUNDED)
    [mention] = death_mentions(doc[:], 3)
    assert (mention.count, mention.additive, mention.sentence) == (2, True, 3)
    assert _skip_verb(doc[3])  # "the wounded" are people, not an act


def test_a_total_of_counts_its_of_phrase():
    doc = parsed("""
    A a DET DT det 1
    total total NOUN NN nsubjpass 6
    of of ADP IN prep 1
    12 12 NUM CD nummod 4
    people people NOUN NNS pobj 2
    were be AUX VBD auxpass 6
    arrested arrest VERB VBN ROOT 6
    """)
    assert _count_of(doc[1]) == 12


def test_nobody_arrested_is_negated():
    doc = parsed("""
    No no DET DT det 1
    one one NOUN NN nsubjpass 3
    was be AUX VBD auxpass 3
    arrested arrest VERB VBN ROOT 3
    . . PUNCT . punct 3
    """)
    assert _modality(doc[3])[0] == "negated"


def test_a_habitual_present_is_no_event():
    doc = parsed("""
    Kherson Kherson PROPN NNP nsubjpass 2 GPE
    is be AUX VBZ auxpass 2
    shelled shell VERB VBN ROOT 2
    almost almost ADV RB advmod 4
    daily daily ADV RB advmod 2
    . . PUNCT . punct 2
    """)
    assert habitual(doc[2])


def test_one_past_act_is_not_habitual():
    doc = parsed("""
    Rebels rebel NOUN NNS nsubj 1
    shelled shell VERB VBD ROOT 1
    Goma Goma PROPN NNP dobj 1 GPE
    . . PUNCT . punct 1
    """)
    assert not habitual(doc[1])


def test_a_word_in_a_hyphenated_adjective():
    doc = parsed("""
    protest protest NOUN NN npadvmod 2
    - - PUNCT HYPH punct 2
    related relate VERB VBN amod 3
    violence violence NOUN NN ROOT 3
    """)
    assert _in_compound_adjective(doc[0]) and not _in_compound_adjective(doc[3])


@pytest.mark.parametrize(("text", "head"), [
    # "set" hung by the parse on the participle "owned"
    ("Groups of masked men smashed the windows of shops owned by migrants and set fire to cars "
     "in Paphos on Friday night, police said.", "owned"),
    # "set" joined to the past verb, tagged as a base (the parse edited by hand)
    ("Masked men smashed the windows of a bank in Bulawayo and set fire to a car parked "
     "outside, police said.", "smashed"),
])
def test_a_verb_whose_past_is_its_base_told_as_past_is_asserted(text, head):
    set_fire = next(t for t in parse(text) if t.text == "set")
    assert (set_fire.tag_, set_fire.dep_, set_fire.head.text) == ("VB", "conj", head)
    assert _modality(set_fire)[0] == "asserted"


def test_a_purpose_the_parse_hangs_on_a_road_is_the_motive_of_the_past_act():
    # "... logs that farmers had piled across the road to protest", the parse hanging "to
    # protest" on the road: the protest is the piling, done
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Gendarmes", "removed", "logs", "that", "farmers", "had", "piled", "across",
             "the", "road", "to", "protest", "."]
    doc = Doc(Vocab(), words=words, spaces=[True] * 11 + [False, False],
              heads=[1, 1, 1, 6, 6, 6, 2, 6, 9, 6, 11, 9, 1],
              deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "relcl", "prt", "det",
                    "dobj", "aux", "relcl", "punct"],
              tags=["NNS", "VBD", "NNS", "IN", "NNS", "VBD", "VBN", "RP", "DT", "NN", "TO",
                    "VB", "."],
              pos=["NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "ADP", "DET",
                   "NOUN", "PART", "VERB", "PUNCT"],
              lemmas=["gendarme", "remove", "log", "that", "farmer", "have", "pile", "across",
                      "the", "road", "to", "protest", "."])
    assert _motive_of_a_past_act(doc[11])


def test_a_plural_opening_a_sentence_read_as_a_one_word_name_is_still_its_word():
    # "Drones launched by the RSF struck ...", the tagger reading "Drones" as a person's name
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Drones", "struck", "a", "depot", "."],
              spaces=[True, True, True, False, False], lemmas=["Drones", "strike", "a", "depot",
                                                             "."],
              sent_starts=[True, False, False, False, False], ents=["B-PERSON", "O", "O", "O", "O"])
    assert _lemma_in(doc[0], frozenset({"drone"}))
    named = Doc(vocab, words=["Drones", "Smith", "said", "."], spaces=[True, True, False, False],
                lemmas=["Drones", "Smith", "say", "."], sent_starts=[True, False, False, False],
                ents=["B-PERSON", "I-PERSON", "O", "O"])
    assert not _lemma_in(named[0], frozenset({"drone"}))


def test_set_fire_joined_to_a_past_the_parse_read_as_a_participle_is_done():
    # "Villagers smashed rigs and set fire to a generator", "smashed" tagged a participle
    import spacy
    from spacy.tokens import Doc

    words = ["Villagers", "smashed", "rigs", "and", "set", "fire", "to", "a", "generator", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False, False],
              heads=[1, 1, 1, 1, 1, 4, 4, 8, 6, 1],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "prep", "det", "pobj",
                    "punct"],
              tags=["NNS", "VBN", "NNS", "CC", "VB", "NN", "IN", "DT", "NN", "."],
              pos=["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "ADP", "DET", "NOUN",
                   "PUNCT"],
              lemmas=["villager", "smash", "rig", "and", "set", "fire", "to", "a", "generator",
                      "."])
    assert _modality(doc[4])[0] == "asserted"
