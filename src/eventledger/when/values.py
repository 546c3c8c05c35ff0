"""TIMEX3 values of the temporal expressions `eventledger.when` finds: one short normaliser
per expression kind, the word tables they read, and the calendar helpers they share."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M",
              "decade": "DE", "century": "CE", "fortnight": "W", "quarter": "Q"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "mid-afternoon": "AF", "midday": "MI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
YEAR_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
              "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
              "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
              "six": 6, "seven": 7, "eight": 8, "nine": 9}
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "thirteen": 13, "fourteen": 14, "fifteen": 15, "eighteen": 18, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "hundred": 100, "a hundred": 100, "several": None, "few": None,
                "a few": None, "a couple of": 2, "couple of": 2}



Normalised = tuple[str | None, str, bool]  # TIMEX3 value, type, anaphoric


def _normalise(kind: str, m: re.Match[str], dct: dt.date | None, anchor: dt.date | None,
               text: str) -> Normalised:
    """The TIMEX3 value of one match, by its expression kind (see NORMALISERS)."""
    normaliser = NORMALISERS.get(kind)
    result = normaliser(kind, m.groups(), dct, anchor, text, m.start()) if normaliser else None
    return result if result is not None else (None, "DATE", False)


def _iso_date(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
              text: str, start: int) -> Normalised | None:
    """'2024-03-15'."""
    return _valid_date(int(g[0]), int(g[1]), int(g[2])), "DATE", False


def _month_day(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
               text: str, start: int) -> Normalised | None:
    """'March 5', '5 March 2024': the nearest such day when the year is left out."""
    month_word, day_s, year_s = (g[0], g[1], g[2]) if kind == "mdy" else (g[1], g[0], g[2])
    month = MONTHS[month_word.rstrip(".").lower()]
    day = int(day_s)
    if year_s:
        return _valid_date(int(year_s), month, day), "DATE", False
    if dct is None:
        return (f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None), "DATE", False
    year = _nearest_year(dct, month, day, _future_context(text, start),
                         _past_context(text, start))
    return _valid_date(year, month, day), "DATE", False


def _month_year(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                text: str, start: int) -> Normalised | None:
    """'March 2024', 'early March 2024'."""
    month = MONTHS[g[1].rstrip(".").lower()]
    return f"{int(g[2]):04d}-{month:02d}", "DATE", False


def _relative_month(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                    text: str, start: int) -> Normalised | None:
    """'last March', 'next June'."""
    month = MONTHS[g[2].rstrip(".").lower()]
    if dct is None:
        return f"XXXX-{month:02d}", "DATE", False
    rel = g[1].lower()
    year = dct.year
    if rel in ("last", "past") and month >= dct.month:
        year -= 1
    elif rel in ("next", "coming") and month <= dct.month:
        year += 1
    return f"{year:04d}-{month:02d}", "DATE", False


def _units_ago(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
               text: str, start: int) -> Normalised | None:
    """'three days ago' from publication, 'two days later' from the day being told."""
    n = _number(g[0])
    unit = g[1].lower().rstrip("s")
    direction = g[2].lower()
    base = dct if direction == "ago" else anchor
    if n is None and direction == "ago":
        return "PAST_REF", "DATE", False
    if n is None or base is None:
        return _duration(n, unit, approx=n is None), "DURATION", False
    sign = 1 if direction in ("later", "after") else -1
    return _shift(base, unit, sign * n), "DATE", direction != "ago"


def _next_unit(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
               text: str, start: int) -> Normalised | None:
    """'the next day', 'the following week': from the day being told."""
    rel, unit = g[0].lower(), g[1].lower()
    if anchor is None:
        return None, "DATE", True
    sign = 1 if rel in ("next", "following") else -1
    if unit in PARTS_OF_DAY:
        day = anchor + dt.timedelta(days=sign)
        return f"{day.isoformat()}T{PARTS_OF_DAY[unit]}", "TIME", True
    return _shift(anchor, unit, sign), "DATE", True


def _day_before(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                text: str, start: int) -> Normalised | None:
    """'The day before, ...': the previous (or next) day from the day being told."""
    rel = "next" if g[1].lower() == "after" else "previous"
    return _next_unit(kind, (rel, g[0]), dct, anchor, text, start)


def _deictic(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
             text: str, start: int) -> Normalised | None:
    """'yesterday', 'tonight', 'today morning'."""
    word = g[0].lower()
    if dct is None:
        return ("PRESENT_REF" if word == "today" else None), "DATE", False
    # ("overnight" in a morning report: the night that began the evening before)
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "overnight": -1}[word]
    day = dct + dt.timedelta(days=offset)
    part = (g[1] or "").lower()
    if part:
        return f"{day.isoformat()}T{PARTS_OF_DAY[part]}", "TIME", False
    return day.isoformat(), "DATE", False


def _last_part_of_day(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                      text: str, start: int) -> Normalised | None:
    """'last night', 'this morning'."""
    if dct is None:
        return None, "TIME", False
    day = dct - dt.timedelta(days=1) if g[0].lower() == "last" else dct
    return f"{day.isoformat()}T{PARTS_OF_DAY[g[1].lower()]}", "TIME", False


def _relative_unit(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                   text: str, start: int) -> Normalised | None:
    """'last week', 'next month', 'this weekend'."""
    rel, unit = g[1].lower(), g[2].lower()
    if dct is None:
        return None, "DATE", False
    sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[rel]
    if unit == "weekend":
        saturday = _weekday_near(dct, 5, sign if sign else -1, strict=sign != 0)
        return f"{saturday.isocalendar()[0]:04d}-W{saturday.isocalendar()[1]:02d}-WE", \
            "DATE", False
    if rel == "past" and unit == "year":
        return "P1Y", "DURATION", False
    return _shift(dct, unit, sign), "DATE", False


def _in_the_unit(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                 text: str, start: int) -> Normalised | None:
    """'earlier in the week', 'later in the year': the report's own week or year."""
    if dct is None:
        return None, "DATE", False
    return _shift(dct, g[0].lower(), 0), "DATE", False


def _weekday(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
             text: str, start: int) -> Normalised | None:
    """'Tuesday', 'last Friday': the nearest such day, ahead only for the future."""
    rel = (g[0] or "").lower()
    weekday = WEEKDAYS[g[1].lower()]
    if dct is None:
        return "XXXX-WXX-" + str(weekday + 1), "DATE", False
    future = rel in ("next", "coming") or (rel in ("", "on", "this")
                                           and _future_context(text, start))
    if rel in ("next", "coming") or future:  # "will meet on Tuesday", told on a Tuesday: today
        day = _weekday_near(dct, weekday, 1, strict=rel in ("next", "coming"))
    else:
        day = _weekday_near(dct, weekday, -1, strict=rel in ("last", "past"))
    if g[2]:
        return f"{day.isoformat()}T{PARTS_OF_DAY[g[2].lower()]}", "TIME", False
    return day.isoformat(), "DATE", False


def _weekday_of_week(kind: str, g: tuple[Any, ...], dct: dt.date | None,
                     anchor: dt.date | None, text: str, start: int) -> Normalised | None:
    """'on Wednesday last week': that weekday in the week before (or after) this one."""
    weekday, part, rel = WEEKDAYS[g[0].lower()], g[1], g[2].lower()
    if dct is None:
        return "XXXX-WXX-" + str(weekday + 1), "DATE", False
    shift = {"last": -7, "next": 7, "this": 0}[rel]
    day = dct - dt.timedelta(days=dct.weekday() - weekday - shift)
    if part:
        return f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "TIME", False
    return day.isoformat(), "DATE", False


def _month_alone(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                 text: str, start: int) -> Normalised | None:
    """'in March': the nearest March, ahead only for the future."""
    month = MONTHS[g[1].rstrip(".").lower()]
    if dct is None:
        return f"XXXX-{month:02d}", "DATE", False
    year = _nearest_year(dct, month, 1, _future_context(text, start),
                         _past_context(text, start))
    return f"{year:04d}-{month:02d}", "DATE", False


def _ordinal_day(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                 text: str, start: int) -> Normalised | None:
    """'on the 12th': that day of the month being told."""
    day_num = int(g[0])
    base = anchor or dct
    if base is None or not 1 <= day_num <= 31:
        return None, "DATE", False
    month, year = base.month, base.year
    if day_num > base.day:
        month -= 1
        if month == 0:
            month, year = 12, year - 1
    return _valid_date(year, month, day_num), "DATE", False


def _duration_expr(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                   text: str, start: int) -> Normalised | None:
    """'three days', 'several weeks'."""
    n = _number(g[0])
    unit = g[1].lower().rstrip("s")
    if n is None and g[0].lower() not in ("several", "few", "a few"):
        return None, "DURATION", False
    return _duration(n, unit, approx=n is None), "DURATION", False


def _year(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
          text: str, start: int) -> Normalised | None:
    """'2019'."""
    return g[0], "DATE", False


def _reference(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
               text: str, start: int) -> Normalised | None:
    """'now', 'recently', 'the future'."""
    word = g[0].lower()
    if word in ("now", "currently", "nowadays", "at present", "these days", "current"):
        return "PRESENT_REF", "DATE", False
    if word in ("in the future", "the future"):
        return "FUTURE_REF", "DATE", False
    return "PAST_REF", "DATE", False


def _current_year(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                  text: str, start: int) -> Normalised | None:
    """'the current year'."""
    return (str(dct.year) if dct else "PRESENT_REF"), "DATE", False


def _clock(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
           text: str, start: int) -> Normalised | None:
    """'10:35 a.m.', 'noon Friday': on the named day, else on the day being told."""
    hour_s, minute_s, ampm, word, day_text = g
    if word:
        hour, minute = (12, 0) if word.lower() == "noon" else (0, 0)
    else:
        hour, minute = int(hour_s) % 12, int(minute_s or 0)
        if ampm.lower().startswith("p"):
            hour += 12
        if not 0 <= hour < 24 or not 0 <= minute < 60:
            return None, "TIME", False
    # "at around 10 p.m.": the day being told about (TIMEX3 anchors a bare time on it)
    base = anchor or dct
    day = base.isoformat() if base else "XXXX-XX-XX"
    if day_text and day_text.lower() in WEEKDAYS and dct is not None:
        # "until 9 a.m. Tuesday": ahead when the sentence speaks of the future
        future = _future_context(text, start)
        day = _weekday_near(dct, WEEKDAYS[day_text.lower()], 1 if future else -1,
                            strict=False).isoformat()
    elif day_text:
        from eventledger.when import tag  # a day named after a clock time: tagged itself

        inner = tag(day_text, dct)
        if inner and re.match(r"\d{4}-\d{2}-\d{2}", inner[0].value):
            day = inner[0].value[:10]
    return f"{day}T{hour:02d}:{minute:02d}", "TIME", not day_text and base != dct


def _set(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
         text: str, start: int) -> Normalised | None:
    """'every Monday', 'daily', 'Sundays'."""
    _every, unit, word, weekday_plural, part = g
    if word:
        return SET_WORDS[word.lower()], "SET", False
    if weekday_plural:
        value = f"XXXX-WXX-{WEEKDAYS[weekday_plural.lower()] + 1}"
        return value + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""), "SET", False
    u = unit.lower().rstrip(".")
    if u in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[u] + 1}", "SET", False
    if u in MONTHS:
        return f"XXXX-{MONTHS[u]:02d}", "SET", False
    if u in PARTS_OF_DAY:
        return f"XXXX-XX-XXT{PARTS_OF_DAY[u]}", "SET", False
    return {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}[u], "SET", False


def _set_date(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
              text: str, start: int) -> Normalised | None:
    """'every 20 May', 'each July 4': that day of every year."""
    day, month = (g[0], g[1]) if g[0] else (g[3], g[2])
    return f"XXXX-{MONTHS[month.lower().rstrip('.')]:02d}-{int(day):02d}", "SET", False


def _quarter(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
             text: str, start: int) -> Normalised | None:
    """'the third quarter', 'the year-ago quarter', '2023 first quarter'."""
    if kind == "quarter_year":
        return f"{g[0]}-Q{ORDINALS[g[1].lower()]}", "DATE", False
    rel, ordinal, year_s = g
    if not (rel or ordinal or year_s):
        # "the quarter": the latest quarter reported on, the one before publication.
        rel = "latest"
    if year_s and ordinal:
        return f"{year_s}-Q{ORDINALS[ordinal.lower()]}", "DATE", False
    if dct is None:
        return (f"XXXX-Q{ORDINALS[ordinal.lower()]}" if ordinal else None), "DATE", False
    current = (dct.month - 1) // 3 + 1
    if ordinal:
        q = ORDINALS[ordinal.lower()]
        year = dct.year if q <= current else dct.year - 1
        if rel and rel.lower() in ("year-ago", "year-earlier"):
            year -= 1
        return f"{year}-Q{q}", "DATE", False
    rel = (rel or "").lower()
    if rel == "current":
        return f"{dct.year}-Q{current}", "DATE", False
    idx = dct.year * 4 + current - 1 - 1
    if rel in ("year-ago", "year-earlier"):
        idx -= 4
    return f"{idx // 4}-Q{idx % 4 + 1}", "DATE", False


def _season(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
            text: str, start: int) -> Normalised | None:
    """'last spring', 'summer 2024'."""
    rel, season, year_s = g
    code = SEASONS[season.lower()]
    if year_s:
        year = int(year_s) if year_s.isdigit() else _spelled_year(year_s)
        return (f"{year}-{code}" if year else None), "DATE", False
    if rel is None:
        return None, "DATE", False  # a bare "fall" or "spring" is usually not a date
    if dct is None:
        return f"XXXX-{code}", "DATE", False
    rel = rel.lower()
    year = dct.year
    if rel in ("last", "past") or (rel == "the" and not _future_context(text, start)):
        year -= 0 if _season_over(code, dct) else 1
    elif rel in ("next", "coming") or rel == "the":
        year += 1 if _season_started(code, dct) else 0
    return f"{year}-{code}", "DATE", False


def _decade(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
            text: str, start: int) -> Normalised | None:
    """'the 1990s', 'the early eighties'."""
    _, digits, word = g
    if digits:
        return digits, "DATE", False
    century = (dct.year // 100) if dct else 19
    if dct and DECADE_WORDS[word.lower()] * 10 > dct.year % 100:
        century -= 1
    return f"{century}{DECADE_WORDS[word.lower()]}", "DATE", False


def _year_in_words(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                   text: str, start: int) -> Normalised | None:
    """'nineteen ninety-eight'."""
    year = _spelled_year(g[0])
    return (str(year) if year else None), "DATE", False


def _span_of_units(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                   text: str, start: int) -> Normalised | None:
    """'the past three years'."""
    num, unit = g[1].lower(), g[2].lower().rstrip("s")
    n = _number(num)
    return _duration(n, unit, approx=n is None), "DURATION", False


def _past_span(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
               text: str, start: int) -> Normalised | None:
    """'the past decade' (one), 'the last months' (some)."""
    unit = g[1].lower()
    one = not unit.endswith("s")
    return _duration(1 if one else None, unit.rstrip("s") if not one else unit,
                     approx=not one), "DURATION", False


def _bare_units(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                text: str, start: int) -> Normalised | None:
    """'for weeks', 'over months'."""
    return _duration(None, g[0].lower().rstrip("s"), approx=True), "DURATION", False


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November (United States)."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24), "christmas": lambda y: dt.date(y, 12, 25),
    "new year's eve": lambda y: dt.date(y, 12, 31), "new year's": lambda y: dt.date(y, 1, 1),
    "halloween": lambda y: dt.date(y, 10, 31), "valentine's": lambda y: dt.date(y, 2, 14),
    "thanksgiving": _thanksgiving, "boxing day": lambda y: dt.date(y, 12, 26),
    # the days of Holy Week and Easter Monday, counted from Easter Sunday
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "holy saturday": lambda y: _easter(y) - dt.timedelta(days=1),
    "maundy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "palm sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    "easter": _easter,
}


def _holiday(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
             text: str, start: int) -> Normalised | None:
    """'Christmas', 'New Year's Day', 'Thanksgiving', 'Easter': the nearest one."""
    name = " ".join(g[0].lower().split())
    on = next(rule for key, rule in HOLIDAYS.items() if name.startswith(key))
    if dct is None:
        fixed = on(2001).strftime("%m-%d") == on(2002).strftime("%m-%d")
        return (on(2001).strftime("XXXX-%m-%d") if fixed else None), "DATE", False
    this_year = on(dct.year)
    year = _nearest_year(dct, this_year.month, this_year.day, _future_context(text, start))
    return on(year).isoformat(), "DATE", False


def _century(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
             text: str, start: int) -> Normalised | None:
    """'the 20th century' (19 in TIMEX3), 'the last century'."""
    _part, ordinal, rel = g
    if ordinal:
        return f"{int(ordinal) - 1:02d}", "DATE", False
    if dct is None:
        return None, "DATE", False
    shift = 0 if rel.lower() == "this" else -1 if rel.lower() in ("last", "previous", "past") \
        else 1
    return f"{dct.year // 100 + shift:02d}", "DATE", False


def _that_unit(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
               text: str, start: int) -> Normalised | None:
    """'that day', 'later that year', 'the same morning': the unit of the day being told."""
    unit = g[1].lower()
    if anchor is None:
        return None, "DATE", True
    if unit in PARTS_OF_DAY:
        return f"{anchor.isoformat()}T{PARTS_OF_DAY[unit]}", "TIME", True
    return _shift(anchor, unit, 0), "DATE", True


FRACTION_UNITS = {"year": ("Y", 12, "M"), "decade": ("Y", 0, ""), "day": ("D", 24, "H"),
                  "hour": ("H", 60, "M"), "minute": ("M", 60, "S")}


def _fraction(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
              text: str, start: int) -> Normalised | None:
    """'2 1/2 years' (P2Y6M), 'an hour and a half' (PT1H30M), 'half an hour' (PT30M)."""
    digits, unit_a, words, unit_b, unit_c = g
    n = int(digits) if digits else _number(words) if words else 0
    unit = (unit_a or unit_b or unit_c).lower().rstrip("s")
    if n is None or unit not in FRACTION_UNITS:
        return None, "DURATION", False
    code, sub_units, sub_code = FRACTION_UNITS[unit]
    if unit == "decade":
        return f"P{n * 10 + 5}Y", "DURATION", False
    clock = "T" if unit in ("hour", "minute") else ""
    whole = f"{n}{code}" if n else ""
    half = f"{sub_units // 2}{sub_code}"
    return (f"P{clock}{whole}{half}" if unit != "day" else f"P{whole}T{half}"), "DURATION", False


def _vague_units(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                 text: str, start: int) -> Normalised | None:
    """'recent weeks', 'the coming months'."""
    rel, unit = g[0].lower(), g[1].lower().rstrip("s")
    if "coming" in rel:
        return "FUTURE_REF", "DATE", False
    return _duration(None, unit, approx=True), "DURATION", False


def _the_weekend(kind: str, g: tuple[Any, ...], dct: dt.date | None, anchor: dt.date | None,
                 text: str, start: int) -> Normalised | None:
    """'the weekend', 'this weekend'."""
    if dct is None:
        return None, "DATE", False
    future = _future_context(text, start)
    saturday = _weekday_near(dct, 5, 1 if future else -1, strict=False)
    iso = saturday.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}-WE", "DATE", False


# One normaliser per expression kind of _PATTERNS: a short function each.
NORMALISERS: dict[str, Callable[..., Normalised | None]] = {
    "iso": _iso_date,
    "mdy": _month_day,
    "dmy": _month_day,
    "my": _month_year,
    "rel_month": _relative_month,
    "ago": _units_ago,
    "fronted_span": _units_ago,
    "next_day": _next_unit,
    "day_before": _day_before,
    "deictic": _deictic,
    "last_part": _last_part_of_day,
    "rel_unit": _relative_unit,
    "in_the_unit": _in_the_unit,
    "weekday": _weekday,
    "century": _century,
    "that_unit": _that_unit,
    "fraction": _fraction,
    "month_alone": _month_alone,
    "ordinal_day": _ordinal_day,
    "duration": _duration_expr,
    "year": _year,
    "refs": _reference,
    "weekday_of_week": _weekday_of_week,
    "current_year": _current_year,
    "clock": _clock,
    "set": _set,
    "set_date": _set_date,
    "quarter": _quarter,
    "quarter_year": _quarter,
    "season": _season,
    "decade": _decade,
    "year_words": _year_in_words,
    "span_units": _span_of_units,
    "past_span": _past_span,
    "bare_units": _bare_units,
    "holiday": _holiday,
    "vague_units": _vague_units,
    "the_weekend": _the_weekend,
}



def _season_over(code: str, dct: dt.date) -> bool:
    last_month = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}[code]
    return dct.month > last_month if code != "WI" else 2 < dct.month < 12


def _season_started(code: str, dct: dt.date) -> bool:
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    return dct.month >= first_month


def _spelled_year(words: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w and w not in ("and",)]
    if parts[:2] == ["two", "thousand"]:
        rest = sum(YEAR_WORDS.get(w, 0) for w in parts[2:])
        return 2000 + rest
    if not parts or parts[0] not in ("nineteen", "twenty"):
        return None
    century = YEAR_WORDS[parts[0]]
    rest_words = [w for w in parts[1:] if w != "hundred"]
    if not rest_words or any(w not in YEAR_WORDS for w in rest_words):
        return None
    return century * 100 + sum(YEAR_WORDS[w] for w in rest_words)


# (not "next to a checkpoint", a place; nor "due to the fighting", a cause)
_FUTURE_CUE = re.compile(r"\b(will|shall|plans? to|planned|going to|scheduled|is to|are to|"
                         r"would|expected to|next(?!\s+to\b)|until|as soon as|as early as|"
                         r"set to|due to(?!\s+(?:the|a|an|his|her|its|their)\b)|deadline)\b")
# A verb in the past tense after the cue ("said they would appeal the decision, announced
# Wednesday") tells of the past: the weekday belongs to that verb, not to the cue.
_PAST_VERB = re.compile(r"\b(?!(?:need|speed|feed|seed|bed|red|hundred|based|related|"
                        r"expected|scheduled|planned|proposed)\b)[a-z]{2,}ed\b|\b(said|told|"
                        r"went|came|met|held|left|took|made|gave|began|saw|spoke|won|lost|"
                        r"fought|led|ran|struck|shot|fled|sent|brought|found|rose|fell|broke|"
                        r"wrote|read|paid|sold|bought|drove|flew|threw|knew|thought|heard)\b")


def _future_context(text: str, start: int) -> bool:
    """Whether the sentence before `start` speaks of the future at this point."""
    window = re.split(r"[.!?]\s", text[max(0, start - 150):start])[-1]
    low = window.lower()
    # "had been due to expire Friday": a plan told in the past perfect was overtaken
    # (nor "a protest against the planned closure": a plan named, not the sentence's time)
    cues = [c for c in _FUTURE_CUE.finditer(low)
            if not re.search(r"\bhad(?: been)?\s+$", low[:c.start()]) and
            not (c.group(1) in ("planned", "scheduled") and
                 re.search(r"\b(?:the|a|an|its|their|his|her|our)\s+$", low[:c.start()]))]
    # Case kept for the verb: "the United States" holds no past tense.
    return bool(cues) and not _PAST_VERB.search(window, cues[-1].end())


def _past_context(text: str, start: int) -> bool:
    """Whether a verb in the past tense tells the expression ('was declared in March')."""
    window = re.split(r"[.!?]\s", text[max(0, start - 40):start])[-1]
    words = " ".join(window.split()[-4:])
    if _NOT_PAST.search(words.lower()):
        return False  # "will be held in March", "is to be declared"
    return bool(_PAST_VERB.search(words))  # a future context is weighed first by the caller


_NOT_PAST = re.compile(r"\b(?:be|being|will|would|shall|to|is|are)\b")


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    tens, _, ones = w.partition("-")  # "twenty-five"
    if ones and tens in NUMBER_WORDS and ones in NUMBER_WORDS:
        return (NUMBER_WORDS[tens] or 0) + (NUMBER_WORDS[ones] or 0)
    return NUMBER_WORDS.get(w)


def _duration(n: int | None, unit: str, approx: bool = False) -> str:
    code = UNIT_CODES.get(unit, "D")
    count = "X" if n is None else str(n)
    if unit in ("hour", "minute"):
        return f"PT{count}{code}"
    if unit == "fortnight":
        return f"P{'X' if n is None else n * 2}W"
    if unit == "decade":
        return f"P{'X' if n is None else n * 10}Y"
    return f"P{count}{code}"


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _nearest_year(dct: dt.date, month: int, day: int, future: bool = False,
                  past: bool = False) -> int:
    """News reports mostly look back: a month-day more than ~2 months ahead is last year's,
    unless the sentence speaks of the future, when a date already past is next year's; one
    told by a verb in the past just before it ('was declared in March') is never ahead."""
    try:
        candidate = dt.date(dct.year, month, day)
    except ValueError:
        return dct.year
    if future:
        return dct.year + 1 if (dct - candidate).days > 62 else dct.year
    if (candidate - dct).days > 62:
        return dct.year - 1
    if (dct - candidate).days > 273 and not past:
        return dct.year + 1  # "January 5" written in November: the coming one
    return dct.year


def _weekday_near(dct: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    if direction < 0:
        delta = (dct.weekday() - weekday) % 7
        if delta == 0 and strict:
            delta = 7
        return dct - dt.timedelta(days=delta)
    delta = (weekday - dct.weekday()) % 7
    if delta == 0 and strict:
        delta = 7
    return dct + dt.timedelta(days=delta)


def _shift(base: dt.date, unit: str, n: int) -> str:
    """Move `base` by n units and render at that unit's granularity."""
    unit = unit.rstrip("s")
    if unit in ("day", "morning", "evening", "night"):
        return (base + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "fortnight"):
        day = base + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit == "month":
        idx = base.year * 12 + (base.month - 1) + n
        return f"{idx // 12:04d}-{idx % 12 + 1:02d}"
    if unit == "year":
        return f"{base.year + n:04d}"
    if unit == "decade":
        return f"{(base.year + 10 * n) // 10:03d}"
    return base.isoformat()


