"""Language and case of an article, judged from its words."""

from __future__ import annotations

from eventledger.language import caseless, detect, language_name


def test_detects_the_languages_news_arrives_in() -> None:
    spanish = ("Cientos de campesinos bloquearon el lunes la carretera principal de la región "
               "para exigir la liberación de sus dirigentes, según informó la defensoría, que "
               "pidió calma a las partes.")
    english = ("Hundreds of farmers blocked the main road of the region on Monday to demand the "
               "release of their leaders, the ombudsman's office said, calling on both sides "
               "to remain calm.")
    assert detect(spanish) == "es" and language_name("es") == "Spanish"
    assert detect(english) == "en"
    assert detect("Too short to judge.") is None


def test_caseless_text_is_noticed() -> None:
    text = ("police opened fire on a crowd that had gathered outside the station in the "
            "evening, and two men were injured, officials said on tuesday after a meeting.")
    assert caseless(text * 2)
    assert not caseless(text.capitalize().replace("tuesday", "Tuesday") * 2)
    # a lower-cased story under a cased line ("Share on Facebook Twitter")
    assert caseless("Share on Facebook Twitter Linkedin\n\n" + (text + " ") * 4)
    assert not caseless("Share on Facebook Twitter Linkedin\n\n"
                        + (text.capitalize().replace("tuesday", "Tuesday") + " ") * 4)
