import datetime as dt

import pytest

from eventledger.when import resolve_event_date, tag, value_to_range

FRIDAY = dt.date(2023, 2, 3)  # a Friday


def values(text, dct=FRIDAY):
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text,expected", [
    ("On Wednesday, officials met.", ("Wednesday", "2023-02-01")),
    ("Police fired on Friday.", ("Friday", "2023-02-03")),
    ("last Friday", ("last Friday", "2023-01-27")),
    ("They will march on Monday.", ("Monday", "2023-02-06")),
    ("next Tuesday", ("next Tuesday", "2023-02-07")),
    ("last week", ("last week", "2023-W04")),
    ("last December", ("last December", "2022-12")),
    ("early last month", ("early last month", "2023-01")),
    ("this year", ("this year", "2023")),
    ("last weekend", ("last weekend", "2023-W04-WE")),
    ("Sunday night", ("Sunday night", "2023-01-29TNI")),
    ("yesterday", ("yesterday", "2023-02-02")),
    ("On February 1, the mine halted.", ("February 1", "2023-02-01")),
    ("on 3 February 2023", ("3 February 2023", "2023-02-03")),
    ("LIMA, Jan 10 (Reuters) - Police", ("Jan 10", "2023-01-10")),
    ("in December", ("December", "2022-12")),
    ("held for 18 months", ("18 months", "P18M")),
    ("six presidents in five years", ("five years", "P5Y")),
    ("a murder in 1992", ("1992", "1992")),
    ("2023-01-28", ("2023-01-28", "2023-01-28")),
    ("a standoff of 2 1/2 years", ("2 1/2 years", "P2Y6M")),
    ("an hour and a half", ("an hour and a half", "PT1H30M")),
    ("half an hour", ("half an hour", "PT30M")),
    ("in power for nearly forty years", ("nearly forty years", "P40Y")),
    ("at least 20 more years", ("at least 20 more years", "P20Y")),
    ("built in the 11th century", ("the 11th century", "10")),
    ("by mid-November", ("mid-November", "2022-11")),
    ("on Thanksgiving Day", ("Thanksgiving Day", "2022-11-24")),
    ("at Easter", ("Easter", "2022-04-17")),
    ("riots on Easter Monday", ("Easter Monday", "2022-04-18")),
    ("a march on Good Friday", ("Good Friday", "2022-04-15")),
    ("looting on Boxing Day", ("Boxing Day", "2022-12-26")),
    ("They will vote on Friday.", ("Friday", "2023-02-03")),  # told on a Friday: today
    ("a deadline of 9 a.m. Tuesday", ("9 a.m. Tuesday", "2023-02-07T09:00")),
    ("a week or so ago", ("a week or so ago", "2023-W04")),
])
def test_expressions_resolve_against_publication_date(text, expected):
    assert expected in values(text)


def test_anaphoric_expressions_use_the_date_just_narrated():
    text = "On Wednesday, ministers met. Just four days earlier, police killed a man."
    found = values(text)
    assert ("Wednesday", "2023-02-01") in found
    assert ("four days earlier", "2023-01-28") in found
    assert ("the next day", "2023-02-02") in values("On Wednesday they met; the next day they "
                                                     "signed.")


def test_the_day_a_source_spoke_is_no_anchor_for_the_story():
    found = values("Gunmen killed nine traders on Sunday, an official said on Wednesday. A day "
                   "later, soldiers raided the camp.")
    assert ("A day later", "2023-01-30") in found
    # (within its own sentence the day the source spoke is the one meant)
    assert ("that morning", "2023-02-01TMO") in values(
        "On Monday, rebels shelled the town. The army said on Wednesday that it had retaken "
        "the village that morning.")


def test_the_day_of_a_statement_is_no_anchor_for_the_story():
    found = values("Bandits raided a market on Monday. The army, in a statement aired on the "
                   "radio on Wednesday, said four had died. It said that on the following day "
                   "troops had pursued the raiders.")
    assert ("the following day", "2023-01-31") in found


def test_news_a_source_opened_its_sentence_with_moves_the_story_to_that_day():
    found = values("Rebels shelled the port on Monday. The navy said on Wednesday that six "
                   "sailors had been detained. The governor shut the harbour the same day, and a "
                   "day later the cabinet declared an emergency.")
    assert ("the same day", "2023-02-01") in found and ("a day later", "2023-02-02") in found


def test_the_day_a_wounded_man_died_in_hospital_is_no_anchor_for_the_story():
    found = values("Rioters fought police on Monday. A second man died in hospital on Wednesday. "
                   "A curfew was imposed the same evening.")
    assert ("the same evening", "2023-01-30TEV") in found


def test_a_clock_time_ending_a_paragraph_takes_no_day_from_the_next():
    found = values("A curfew runs from 8 p.m. to 6 a.m.\n\nOn Monday night, a shop was burned.")
    assert ("6 a.m.", "2023-02-03T06:00") in found
    assert ("Monday night", "2023-01-30TNI") in found


def test_the_night_before_is_the_night_before_the_one_told():
    assert ("The night before", "2023-01-27TNI") in values(
        "Cars were set alight on Saturday night.\n\nThe night before, police fired tear gas.")


def test_that_day_and_that_year_are_the_ones_told():
    found = values("The dam broke in 1998. Later that year, the town was rebuilt. On Monday, "
                   "police came; that same day, they left.")
    assert ("Later that year", "1998") in found and ("that same day", "2023-01-30") in found


def test_misleading_words_are_not_dates():
    assert values("The 55-year-old plumber may protest.") == []
    assert values("Troops may soon withdraw.") == []
    assert values("13.8 percent of 2,000 people") == []


def test_without_publication_date_relative_values_stay_unresolved():
    found = values("On Wednesday police fired.", dct=None)
    assert found and found[0][1].startswith("XXXX")


def test_ranges_and_precision():
    assert value_to_range("2023-01") == (dt.date(2023, 1, 1), dt.date(2023, 1, 31), 3)
    first, last, prec = value_to_range("2023-W04")
    assert (first, last, prec) == (dt.date(2023, 1, 23), dt.date(2023, 1, 29), 2)
    assert value_to_range("P18M") is None


def test_event_date_never_after_publication_unless_future():
    [monday] = tag("They will march on Monday.", FRIDAY)
    assert resolve_event_date([monday], FRIDAY).event_date == "2023-02-03"
    assert resolve_event_date([monday], FRIDAY, future=True).event_date == "2023-02-06"
    res = resolve_event_date([], FRIDAY)
    assert (res.event_date, res.time_precision, res.date_text) == ("2023-02-03", 2, None)
    this_month = tag("early this month", FRIDAY)
    res = resolve_event_date(this_month, FRIDAY)
    assert (res.event_date, res.date_end, res.time_precision) == ("2023-02-01", "2023-02-03", 3)


@pytest.mark.parametrize("text,dct,expected", [
    ("profits rose in the third quarter", dt.date(1989, 11, 2), ("the third quarter", "1989-Q3")),
    ("sales fell in the quarter", dt.date(1989, 11, 2), ("the quarter", "1989-Q3")),
    ("the 1988 second quarter", FRIDAY, ("the 1988 second quarter", "1988-Q2")),
    ("at 10 p.m. Wednesday", FRIDAY, ("10 p.m. Wednesday", "2023-02-01T22:00")),
    ("at noon Thursday", FRIDAY, ("noon Thursday", "2023-02-02T12:00")),
    ("last summer", FRIDAY, ("last summer", "2022-SU")),
    ("in the nineties", FRIDAY, ("the nineties", "199")),
    ("in the 1980s", FRIDAY, ("the 1980s", "198")),
    ("in nineteen ninety-six", FRIDAY, ("nineteen ninety-six", "1996")),
    ("by mid-1996", FRIDAY, ("1996", "1996")),
    ("over the past twenty years", FRIDAY, ("the past twenty years", "P20Y")),
    ("each Thursday", FRIDAY, ("each Thursday", "XXXX-WXX-4")),
    ("prices are set daily", FRIDAY, ("daily", "P1D")),
    ("several years ago", FRIDAY, ("several years ago", "PAST_REF")),
    ("the elections will be held on January 5", dt.date(2023, 11, 20),
     ("January 5", "2024-01-05")),
    ("the siege went on for years", FRIDAY, ("years", "PXY")),
    ("shops closed on Christmas Day", FRIDAY, ("Christmas Day", "2022-12-25")),
    ("police arrested 50 workers on thursday", FRIDAY, ("thursday", "2023-02-02")),
    ("they marched on Wednesday last week", FRIDAY, ("Wednesday last week", "2023-01-25")),
    ("talks resume on Monday next week", FRIDAY, ("Monday next week", "2023-02-06")),
])
def test_extended_expressions(text, dct, expected):
    assert expected in values(text, dct)


def test_a_bare_clock_time_is_on_the_day_being_told():
    [day, clock] = tag("Gunmen attacked the village on Monday. They arrived at around 10 p.m. "
                       "and fired at residents.", dt.date(2025, 3, 19))
    assert (day.value, clock.value, clock.text) == ("2025-03-17", "2025-03-17T22:00", "10 p.m.")


def test_a_month_told_by_a_past_verb_is_never_ahead():
    dct = dt.date(2022, 12, 5)
    assert [t.value for t in tag("Martial law was declared in March.", dct)] == ["2022-03"]
    assert [t.value for t in tag("The vote will be held in March.", dct)] == ["2023-03"]


def test_a_plan_told_in_the_past_perfect_was_overtaken():
    # Written on a Friday: the offer "had been due to expire" on the Wednesday just gone.
    assert values("The offer had been due to expire on Wednesday.") == [
        ("Wednesday", "2023-02-01")]
    assert values("The offer is due to expire on Wednesday.") == [("Wednesday", "2023-02-08")]


def test_an_ordinal_that_counts_a_noun_is_no_day_of_the_month():
    assert values("Thousands rallied for the 24th week against the plan.") == []
    assert values("They met on the 24th.") == [("the 24th", "2023-01-24")]


def test_the_day_before_told_alone_is_the_day_before_the_one_just_told():
    assert values("On Wednesday troops attacked. The day before, artillery shelled the town.") \
        == [("Wednesday", "2023-02-01"), ("The day before", "2023-01-31")]
    assert values("Talks began the day before the vote.") == []


@pytest.mark.parametrize("text,expected", [
    ("Hundreds have been jailed over the past decade.", ("the past decade", "P10Y")),
    ("Prices rose in the last months.", ("the last months", "PXM")),
])
def test_a_span_reaching_back_to_now_is_a_duration(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize("text", ["Over 2000 were freed without trial.",
                                  "Nearly 1999 homes burned."])
def test_a_count_is_no_year(text):
    assert values(text) == []


def test_a_day_after_another_act_does_not_move_the_story():
    text = ("Police arrested nine opposition members in Ngozi on Monday, a day after an activist "
            "was stabbed to death. The previous night, youths beat another activist.")
    values = [t.value for t in tag(text, dt.date(2023, 5, 17))]
    assert values[0] == "2023-05-15" and values[-1] == "2023-05-14TNI"


@pytest.mark.parametrize("text", [
    "A car bomb exploded next to an army post on Thursday.",
    "Traffic was halted due to the fighting on Thursday.",
])
def test_next_to_a_place_or_due_to_a_cause_tells_no_future(text):
    # (published on a Monday: the Thursday told in the past is the one before)
    [thursday] = tag(text, dt.date(2025, 4, 7))
    assert thursday.value == "2025-04-03"


def test_earlier_in_the_week_is_the_reports_own_week():
    # (not the year just told: in news, the week and year of the report)
    found = values("The dam broke in 1998. A trader was robbed earlier in the week, and prices "
                   "may rise later in the year.")
    assert ("earlier in the week", "2023-W05") in found and ("later in the year", "2023") in found


def test_a_span_before_the_act_told_opening_a_sentence_is_a_day_the_story_moves_to():
    text = ("Parliament voted on Tuesday to extend the emergency.\n\nA day before the vote, gunmen "
            "killed three villagers.\n\nTwo days later, soldiers repelled an attack.")
    assert values(text) == [("Tuesday", "2023-01-31"), ("A day before", "2023-01-30"),
                            ("Two days later", "2023-02-01")]


def test_polling_day_is_the_day_of_the_vote_told_and_nothing_without_one():
    text = ("Unions marched on Thursday ahead of Sunday's presidential run-off.\n\nOn polling day "
            "itself, rival supporters fought outside a school.")
    assert values(text, dct=dt.date(2023, 11, 21)) == [
        ("Thursday", "2023-11-16"), ("Sunday", "2023-11-19"), ("polling day", "2023-11-19")]
    assert values("Violence is feared on polling day.") == []


def test_a_week_named_is_no_day_a_later_span_counts_from():
    text = ("Miners struck on Tuesday. Their union called a national walkout for next week.\n\n"
            "A day earlier, dockers had blocked the port.")
    assert values(text)[-1] == ("A day earlier", "2023-01-30")


def test_every_day_of_the_year_named_recurs():
    assert values("Relatives hold a silent vigil every 12 June.") == [
        ("every 12 June", "XXXX-06-12")]


def test_a_day_apart_from_another_act_told_after_a_day_is_that_day():
    assert values("Police fired tear gas at protesters on Thursday, a day after parliament "
                  "voted to postpone the election.") == [
        ("Thursday", "2023-02-02"), ("a day after", "2023-02-02")]


def test_a_span_before_a_named_act_counts_from_that_act():
    text = ("A bomber struck a market in Berbera on Sunday. On Tuesday, troops retook a village. "
            "Two days before the bombing, police found a car packed with explosives.")
    span = next(t for t in tag(text, dt.date(2026, 4, 29)) if t.text == "Two days before")
    assert span.value == "2026-04-24"  # Friday: two days before Sunday's bombing


def test_the_day_of_a_claim_is_no_anchor_for_the_story():
    found = values("Militants ambushed a convoy on Monday. The group claimed the ambush two days "
                   "later. The following day, drones struck a column near the town.")
    assert ("The following day", "2023-01-31") in found



def test_a_month_naming_an_occasion_is_that_month():
    found = tag("More than 900 activists were detained around the January election.",
                dt.date(2024, 4, 8))
    assert [(t.text, t.value) for t in found] == [("the January", "2024-01")]
    assert not tag("The May rally passed off peacefully.", dt.date(2024, 6, 8))


def test_overnight_before_a_place_is_the_night_before_the_report():
    assert values("Unknown people set fire overnight to the empty house of an MP.") == [
        ("overnight", "2023-02-02")]
    assert values("Rebels attacked the town overnight into Monday.") == [("Monday", "2023-01-30")]
