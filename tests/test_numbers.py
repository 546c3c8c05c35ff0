import pytest

from eventledger.numbers import parse_count


@pytest.mark.parametrize("text,value", [
    ("two", 2), ("a dozen", 12), ("at least 17", 17), ("nearly 60", 60), ("dozens", 12),
    ("hundreds", 100), ("tens", 10), ("10-15", 10), ("1,200", 1200), ("three hundred", 300),
    ("twenty-five", 25), ("two dozen", 24), ("thousands", 1000), ("an estimated 2,000", 2000),
    ("only three", 3), ("just 12", 12),
])
def test_counts_follow_acled_conventions(text, value):
    assert parse_count(text) == value


def test_non_numbers_are_none():
    assert parse_count("the police") is None
    assert parse_count("") is None


def test_a_few_or_several_dozen_are_dozens():
    assert parse_count("several dozen") == 12
    assert parse_count("at least a few dozen") == 12
