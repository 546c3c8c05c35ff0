from eventledger.truecase import restore


def places(*names):
    return lambda phrase: phrase in names


def test_case_is_restored_with_every_offset_kept():
    text = "in soroti on monday, police said. the march began at noon."
    restored = restore(text, places("soroti", "march"))
    assert restored == "In Soroti on Monday, police said. The march began at noon."
    assert len(restored) == len(text) and restored.lower() == text


def test_a_place_of_several_words_is_capitalised_whole():
    restored = restore("traders from port harcourt and the port area marched.",
                       places("port harcourt", "port"))
    assert restored == "Traders from Port Harcourt and the port area marched."


def test_a_word_news_writes_in_lower_case_is_never_a_town():
    # ("police" and "march" are towns somewhere, but the table knows them as words)
    assert restore("police march", places("police", "march")) == "Police march"
