"""The parser: its input copy (same length, mid-sentence breaks joined, headers kept apart) and
the lemmas it repairs."""

import pytest

from eventledger.nlp import normalise_for_parsing


def test_a_sentence_broken_across_paragraphs_is_joined():
    text = "Roadblocks stood in the northern provinces\n\nof Junin and Puno on Monday."
    out = normalise_for_parsing(text)
    assert len(out) == len(text) and "\n" not in out


def test_a_header_line_stays_apart_from_a_lower_case_body():
    text = "This story is from March 1, 2002\n\npolice arrested 50 workers on thursday."
    out = normalise_for_parsing(text)
    assert len(out) == len(text) and out.count("\n") == 2


def test_a_dateline_dash_ends_in_a_full_stop():
    out = normalise_for_parsing("KANO, Nigeria — Police fired tear gas.")
    assert out == "KANO, Nigeria . Police fired tear gas."
    # a dateline with its date and a long outlet name in brackets
    text = "HARARE, Zimbabwe, Sep 14 (Southern Plateau Wire Service) - Police detained 14 people."
    out = normalise_for_parsing(text)
    assert out == text.replace(") - ", ") . ")
    # a town and its outlet, with no country or date between
    text = "MAPUTO (Indian Ocean Courier) — Police detained 14 people."
    assert normalise_for_parsing(text) == text.replace(") — ", ") . ")
    # a town in title case with its date
    text = "Colombo, July 9 — Police fired tear gas."
    assert normalise_for_parsing(text) == "Colombo, July 9 . Police fired tear gas."
    assert normalise_for_parsing("Police, he said — Not this.") == "Police, he said — Not this."
    # a town alone in title case before a long dash (never a hyphen)
    assert normalise_for_parsing("Niamey — Gunmen attacked a post.") == \
        "Niamey . Gunmen attacked a post."
    assert normalise_for_parsing("Niamey - Gunmen attacked a post.") == \
        "Niamey - Gunmen attacked a post."


@pytest.mark.model
def test_an_irregular_past_read_as_a_present_gets_its_verbs_lemma():
    from eventledger.nlp import parse
    doc = parse("Soldiers retook the town on Friday.")
    assert [t.lemma_ for t in doc if t.text == "retook"] == ["retake"]


def test_scare_quotes_around_a_term_are_blanked_for_the_parser():
    text = 'Four soldiers were killed and twelve "terrorists" were neutralised, it said.'
    out = normalise_for_parsing(text)
    assert len(out) == len(text) and '"' not in out
    speech = 'The trader said: "They fired at anyone who ran."'
    assert normalise_for_parsing(speech) == speech


def test_no_sentence_starts_where_nothing_ends_one():
    import spacy
    from spacy.tokens import Doc

    from eventledger.nlp import _paragraph_breaks
    vocab = spacy.blank("en").vocab
    words = ["A", "curfew", "held", "in", "Villa", "Alta", "Norte", "next", "day", ".",
             "Shops", "shut", ".", "\n\n", "Talks", "resumed"]
    # a parser's guesses: a start inside the town's name, after a full stop, after a blank line
    starts = [True, False, False, False, False, True, False, False, False, False,
              True, False, False, False, None, False]
    doc = _paragraph_breaks(Doc(vocab, words=words, spaces=[True] * 12 + [False] * 4,
                                sent_starts=starts))
    assert [t.text for t in doc if t.is_sent_start] == ["A", "Shops", "Talks"]
    # past a long unpunctuated run (a lower-cased transcript), a break is the parser's call
    run = ["Word"] * 200
    doc = _paragraph_breaks(Doc(vocab, words=run, sent_starts=[True] + [None] * 199))
    assert doc[150].is_sent_start is None and doc[50].is_sent_start is False


def test_a_preposition_opening_a_sentence_before_a_name_is_lower_cased_for_the_parser():
    text = "Near Gao, troops clashed with rebels. Outside Kidal, a convoy hit a mine. Nearby, calm."
    out = normalise_for_parsing(text)
    assert len(out) == len(text)
    assert out.startswith("near Gao,") and ". outside Kidal," in out and "Nearby, calm" in out


def test_a_noun_written_as_two_words_takes_the_one_words_lemma():
    import spacy
    from spacy.tokens import Doc

    from eventledger.nlp import _compound_lemmas
    doc = Doc(spacy.blank("en").vocab, words=["cleared", "a", "road", "block", "and", "a",
                                              "road"],
              pos=["VERB", "DET", "NOUN", "NOUN", "CCONJ", "DET", "NOUN"],
              deps=["ROOT", "det", "compound", "dobj", "cc", "det", "conj"],
              heads=[0, 3, 3, 0, 3, 6, 3], lemmas=["clear", "a", "road", "block", "and", "a",
                                                   "road"])
    _compound_lemmas(doc)
    assert [t.lemma_ for t in doc] == ["clear", "a", "road", "roadblock", "and", "a", "road"]


@pytest.mark.model
def test_the_parser_reads_a_road_block_as_a_roadblock():
    from eventledger.nlp import parse
    doc = parse("Police cleared a road block outside the town on Tuesday.")
    assert [t.lemma_ for t in doc if t.text == "block"] == ["roadblock"]
