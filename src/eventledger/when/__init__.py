"""Time: find temporal expressions, normalise them to TIMEX3 values, and date events.

Deictic expressions ("on Wednesday", "last week") resolve against the publication date;
anaphoric ones ("four days earlier", "the next day") against the date just narrated.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile

from eventledger.when.values import _normalise, _spelled_year


@dataclass(slots=True)
class Timex:
    """A temporal expression: its span, TIMEX3 type and normalised value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    anaphoric: bool = False  # resolved against narrative time rather than the publication date

    def to_dict(self) -> dict[str, object]:
        """The JSON form printed by `eventledger timex`."""
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value}


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM = (rf"(?:\d+|{_TENS}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|"
        r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|eighteen|hundred|several|a few|few|a couple of|couple of)")
# "nearly forty years", "at least 20 more years": TIMEX3 extents keep the modifier.
_MOD = (r"(?:(?:nearly|almost|about|around|roughly|approximately|some|at\s+least|at\s+most|"
        r"more\s+than|less\s+than|fewer\s+than|up\s+to|no\s+more\s+than|just\s+over|"
        r"just\s+under)\s+)?")
_MORE = r"(?:\s+(?:more|additional|straight|consecutive|full))?"
_UNIT = r"(?:day|week|month|year|hour|minute|decade|fortnight|quarter)s?"
_PART = r"(?:morning|afternoon|evening|night)"

_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_DAYREF = rf"(?:{_WEEKDAY}|yesterday|today|tomorrow|tonight|{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
_YEARWORD = r"(?:nineteen|twenty)[\s-]+(?:hundred\s+(?:and\s+)?)?[a-z]+(?:[\s-][a-z]+)?"

# Order matters: earlier patterns claim their span first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("clock", re.compile(rf"\b(?:(\d{{1,2}})(?::(\d{{2}}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|"
                         rf"(noon|midnight))(?:\s+(?-i:[A-Z]{{2,4}})\b)?"
                         # (the day on the same line, not "... 6 a.m.\n\nOn Monday night, ...")
                         rf"(?:,?[^\S\n]+(?:(?-i:on)[^\S\n]+)?({_DAYREF}))?",
                         re.IGNORECASE)),
    # "every 20 May", "each July 4": a day of the year that recurs
    ("set_date", re.compile(rf"\b(?:every|each)\s+(?:(\d{{1,2}})\s+({_MONTH})|({_MONTH})\s+"
                            rf"(\d{{1,2}}))\b")),
    ("set", re.compile(rf"\b(?:(every|each)\s+({_WEEKDAY}|{_MONTH}|day|week|month|year|"
                       rf"morning|night|evening)|(daily|weekly|monthly|annually|yearly|hourly|"
                       rf"nightly)|({_WEEKDAY})s\s+({_PART})?s?)\b")),
    ("quarter_year", re.compile(rf"\b(?:the\s+)?(\d{{4}})\s+({_ORD})\s+quarter\b", re.IGNORECASE)),
    ("quarter", re.compile(rf"\b(?:the\s+)?(?:(latest|last|past|previous|current|year-ago|"
                           rf"year-earlier|same)\s+)?(?:({_ORD})[\s-])?(?:fiscal\s+)?quarter(?:\s+of\s+"
                           rf"(?:fiscal\s+)?(\d{{4}}))?\b", re.IGNORECASE)),
    ("season", re.compile(rf"\b(?:(this|last|next|past|coming|the)\s+)?({_SEASON})"
                          rf"(?:\s+(?:of\s+)?(\d{{4}}|{_YEARWORD}))?\b", re.IGNORECASE)),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(early|mid|mid-|late)\s*)?(?:(\d{3})0'?s|"
                          r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|"
                          r"nineties))\b", re.IGNORECASE)),
    ("year_words", re.compile(rf"\b(?:the\s+year\s+)?({_YEARWORD}|two thousand(?:\s+and\s+"
                              rf"[a-z]+)?)\b", re.IGNORECASE)),
    ("span_units", re.compile(rf"\b(?:the\s+)?(past|last|next|coming|previous|recent|first)"
                              rf"\s+({_NUM}|few|several|couple of)\s+({_UNIT})\b", re.IGNORECASE)),
    # "over the past decade", "in the last months": a span reaching back to now
    ("past_span", re.compile(r"\bthe\s+(past|last|previous)\s+(decade|century|days|weeks|months|"
                             r"years|decades)\b", re.IGNORECASE)),
    ("bare_units", re.compile(r"\b(?:for|over|in|within|after|lasting)\s+(days|weeks|months|years|"
                              r"decades|hours)\b(?!\s+(?:ago|earlier|later|of|before|after))",
                              re.IGNORECASE)),
    ("holiday", re.compile(r"\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|"
                           r"Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Halloween|"
                           r"Good\s+Friday|Holy\s+Saturday|Maundy\s+Thursday|Palm\s+Sunday|"
                           r"Boxing\s+Day|Valentine's\s+Day)\b")),
    ("century", re.compile(r"\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|"
                           r"(this|last|next|previous|past))[\s-]+century\b", re.IGNORECASE)),
    ("that_unit", re.compile(r"\b(?:(earlier|later)\s+)?(?:that|the\s+same)\s+(?:same\s+)?"
                             r"(day|morning|afternoon|evening|night|week|month|year)\b",
                             re.IGNORECASE)),
    ("fraction", re.compile(rf"\b{_MOD}(?:(\d+)\s+(?:1/2|½)\s+({_UNIT})|({_NUM})\s+({_UNIT})\s+"
                            rf"and\s+a\s+half|half\s+an?\s+({_UNIT}))\b", re.IGNORECASE)),
    ("vague_units", re.compile(rf"\b(recent|coming|the coming|in coming|in recent)\s+({_UNIT})\b",
                               re.IGNORECASE)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?"
                       rf"(?:,?\s+(\d{{4}}))?\b(?!\s*(?:%|percent))")),
    ("dmy", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})"
                       rf"(?:,?\s+(\d{{4}}))?\b")),
    ("my", re.compile(rf"\b((?:early|late|mid|mid-)\s*)?({_MONTH})\s+(?:of\s+)?(\d{{4}})\b")),
    ("rel_month", re.compile(rf"\b((?:early|late|mid|mid-)\s*)?(last|next|this|past|coming)\s+"
                             rf"({_MONTH})\b", re.IGNORECASE)),
    # "A day before the vote, jihadists killed ...": a span off the day just told
    ("fronted_span", re.compile(rf"(?:^|(?<=\n)|(?<=\.\s)|(?<=—\s))({_NUM})\s+(days?|weeks?)\s+"
                                rf"(before|after)(?=\s+the\s+[a-z]+(?:\s+[a-z]+)?\s*,)",
                                re.IGNORECASE)),
    # ("two days after the vote" is a span off another act; "two days later the army" is not)
    ("ago", re.compile(rf"\b{_MOD}({_NUM})\s+({_UNIT})(?:\s+or\s+so)?\s+(ago|earlier|later|"
                       rf"(?:before|after|prior)\b(?!\s+(?:the|a|an|his|her|their|its)\b))\b",
                       re.IGNORECASE)),
    # "on Wednesday last week", "Friday of next week": that weekday in the week named
    ("weekday_of_week", re.compile(rf"\b({_WEEKDAY})(?:\s+({_PART}))?,?\s+(?:of\s+)?"
                                   rf"(last|next|this)\s+week\b")),
    ("next_day", re.compile(r"\b(?:the\s+)?(next|following|previous|preceding)\s+"
                            r"(day|morning|evening|night|week|month|year)\b", re.IGNORECASE)),
    # "The following afternoon, gendarmes picked up six young men": opening a sentence
    ("next_day", re.compile(r"(?:(?<=\A)|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+(next|following)\s+"
                            r"(afternoon)\b")),
    # "The day before, artillery shelled ...": the day before the one just told
    ("day_before", re.compile(r"\bthe\s+(day|night|evening|morning)\s+(before|after)"
                              r"(?=\s*[,.;]|\s*$)",
                              re.IGNORECASE)),
    # "overnight on Monday", "overnight into Tuesday": the day named, not today (but "set fire
    # overnight to a house": no day after it)
    ("deictic", re.compile(rf"\b(yesterday|today|tonight|tomorrow|overnight"
                           rf"(?!\s+(?:on|into|to)\s+(?:the\s+)?(?:{_WEEKDAY}|{_MONTH}|\d)))"
                           rf"(?:\s+({_PART}))?\b", re.IGNORECASE)),
    ("last_part", re.compile(r"\b(last|this)\s+(night|morning|afternoon|evening)\b",
                             re.IGNORECASE)),
    # "earlier in the week", "later in the year": in news, the week or year of the report
    ("in_the_unit", re.compile(r"\b(?:earlier|later)\s+in\s+the\s+(week|month|year)\b",
                               re.IGNORECASE)),
    ("rel_unit", re.compile(r"\b((?:early|late|mid|mid-)\s*)?(last|next|this|past|coming|"
                            r"previous)\s+(week|weekend|month|year)\b", re.IGNORECASE)),
    # A weekday in lower case is still a weekday (case-less corpora write "on thursday").
    ("weekday", re.compile(rf"\b(?:(last|next|this|coming|past|on|early|late)\s+)?({_WEEKDAY}|"
                           rf"{_WEEKDAY.lower()})"
                           rf"(?:\s+({_PART}))?\b")),
    # (also "the January election": a month told as what names an occasion)
    ("month_alone", re.compile(rf"\b(in|on|since|during|until|by|from|of|early|late|mid|"
                               rf"before|after|through|between|and|to|the)(?:\s+|(?<=mid|ate)-)"
                               rf"({_MONTH})(?!\s+\d)\b",
                               re.IGNORECASE)),
    # (not "for the 24th week", "the 3rd time": an ordinal that counts a following noun)
    ("ordinal_day", re.compile(r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?"
                               + _MONTH + r")(?!\s+(?:consecutive|straight|successive|week|"
                               r"weeks|time|times|day|days|anniversary|round|year|years|month|"
                               r"months|edition|session|attempt|floor|birthday|amendment|"
                               r"century|extension|renewal|meeting|summit|congress|election|"
                               r"march|rally|strike|protest|attack|killing|death|victim|case|"
                               r"largest|biggest)\b)",
                               re.IGNORECASE)),
    ("duration", re.compile(rf"\b(?:for|in|over|within|after|of)?\s*{_MOD}({_NUM}){_MORE}\s*[- ]?"
                            rf"({_UNIT})\b"
                            rf"(?!-old|-long|\s+old\b)", re.IGNORECASE)),
    ("year", re.compile(r"(?:(?<=mid-)|(?<![\d.,$€£-]))\b(1[89]\d{2}|20\d{2})\b"
                        r"(?![\d.,]\d|\s*(?:%|percent))")),
    ("the_weekend", re.compile(r"\b(?:the|this)\s+weekend\b", re.IGNORECASE)),
    # "On polling day itself, ...": the day of the vote the story told ("Sunday's run-off")
    ("vote_day", re.compile(r"\b(?:polling|election|voting|referendum)\s+day\b", re.IGNORECASE)),
    ("current_year", re.compile(r"\bthe\s+current\s+(?:fiscal\s+|calendar\s+)?year\b",
                                re.IGNORECASE)),
    ("refs", re.compile(r"\b(now|currently|recently|nowadays|at present|the past|in the future|"
                        r"the future|these days|current)\b", re.IGNORECASE)),
]


def _overlaps(claimed: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of `claimed` (sorted, non-overlapping spans)."""
    i = bisect_left(claimed, (start, end))
    return (i > 0 and claimed[i - 1][1] > start) or (i < len(claimed) and claimed[i][0] < end)


def claim_spans(text: str, patterns: list[tuple[str, re.Pattern[str]]],
                plausible: Callable[[str, re.Match[str], str], bool]
                ) -> list[tuple[int, int, str, re.Match[str]]]:
    """Matches of the patterns in order of priority (an earlier pattern claims its span
    first), as (start, end, kind, match) sorted by start; a `lead` group (a preposition) is
    left out of the span, as TIMEX3 extents leave it out."""
    claimed: list[tuple[int, int]] = []  # sorted, never overlapping: checked by bisection
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in patterns:
        lead = "lead" in pattern.groupindex
        for m in pattern.finditer(text):
            start = m.end("lead") if lead and m.group("lead") else m.start()
            end = m.end()
            while start < end and text[start].isspace():
                start += 1
            if start >= end or _overlaps(claimed, start, end):
                continue
            if not plausible(kind, m, text):
                continue
            insort(claimed, (start, end))
            found.append((start, end, kind, m))
    found.sort(key=lambda f: f[0])
    return found


def tag(text: str, dct: dt.date | None, language: str = "en") -> list[Timex]:
    """All temporal expressions in `text`, in order, normalised against `dct` (may be None)."""
    if language == "es":
        from eventledger.when import spanish  # lazily: spanish imports this module

        return spanish.tag(text, dct)
    found = claim_spans(text, _PATTERNS, _plausible)
    out: list[Timex] = []
    anchor: dt.date | None = dct
    quarter: str | None = None  # the quarter a financial report is about
    told: str | None = None  # the last date told, at any granularity
    spoken: tuple[dt.date, int] | None = None  # the day a source spoke, and where told
    vote: str | None = None  # the day of a vote told ("Sunday's presidential run-off")
    for start, end, kind, m in found:
        # ("The army said on Friday that it had retaken the village that morning": within its
        # sentence the day a source spoke anchors)
        here = spoken[0] if spoken and not re.search(r"[.!?]\s", text[spoken[1]:start]) \
            else anchor
        if kind == "vote_day":
            value, ttype, anaphoric = vote, "DATE", True
        else:
            value, ttype, anaphoric = _normalise(kind, m, dct, here, text)
        if value is not None and _VOTE_OF_THE_DAY.match(text, end) and _as_day(value):
            vote = value
        if value is None:
            continue
        if kind == "fronted_span" and (day := _as_day(value)) is not None and here is not None:
            named = _day_of_the_act_named(text, end, start, out)
            if named is not None:
                value = (named + (day - here)).isoformat()  # "Two days before the bombing"
        if kind == "that_unit" and told and m.group(2).lower() in ("year", "month"):
            # "in 1998 ... later that year": the year told, not the day last told.
            value = told[:4] if m.group(2).lower() == "year" else told[:7]
        if re.fullmatch(r"\d{4}-Q\d", value):
            quarter = value
        elif quarter and (re.fullmatch(r"(?i)(a|one)\s+year\s+(ago|earlier)", m.group(0)) or
                          re.match(r"(?i)-(ago|earlier)\b", text[end:end + 9]) and
                          re.fullmatch(r"(?i)(a|one)\s+year", m.group(0).strip())):
            # "profit rose from $5 million a year ago": the same quarter of the year before.
            value = f"{int(quarter[:4]) - 1}{quarter[4:]}"
        span = text[start:end]
        # Trim leading prepositions that are not part of TIMEX3 extents.
        lead = re.match(r"(?i)(on|in|since|during|until|by|from|of|before|after|through|for|"
                        r"over|within|between|and|to)\s+", span)
        if lead and kind in ("weekday", "month_alone", "ordinal_day", "duration", "bare_units"):
            start += lead.end()
            span = text[start:end]
        # ("..., a day after an activist was killed": a day apart from another act, which
        # the story does not move to)
        # (but "A day before the vote, ..." opening its sentence: the day it tells)
        apart = re.search(r"(?i)\b(?:after|before)$", span) and kind != "fronted_span" and \
            not re.match(r"\s*(?:[,.;:]|$)", text[end:end + 2])
        if apart and anaphoric and out and _as_day(out[-1].value) and \
                re.fullmatch(r"\s*,\s*", text[out[-1].end:start]):
            # "on Friday, a day after parliament voted": the day just told, set apart from
            # another act's
            value = out[-1].value
        out.append(Timex(start, end, span, ttype, value, anaphoric))
        day = _as_day(value)
        if day is not None and ttype in ("DATE", "TIME") and not apart:
            # ("... and another died in hospital on Saturday": a late death, the day of its
            # own sentence only, not the story's)
            if (SPOKEN_ON.search(text, max(0, start - 40), start) and
                    not _opening_statement(text, start, end)) or \
                    _ANOTHER_DIED_ON.search(text, max(0, start - 80), start):
                spoken = (day, end)
            elif dct is None or day <= dct or anaphoric:
                # (not "the election on 25 October", after publication: a day ahead, which
                # the story's "next evening" does not count from)
                anchor, spoken = day, None
        if ttype == "DATE" and re.match(r"\d{4}(-\d\d)?", value):
            told = value
    return out


_THE_ACT = re.compile(r"\s+the\s+([a-z]+)")
_ACT_ENDINGS = re.compile(r"(?:ings?|ers?|es|s)$")
_SENTENCE_END = re.compile(r"[.!?]\s")
ACT_LOOKBACK = 3000  # characters searched back for the act a span names


def _day_of_the_act_named(text: str, end: int, start: int, told: list[Timex]) -> dt.date | None:
    """'Two days before the bombing, ...': the day of the last earlier sentence that tells
    of the bombing (a bomber, bombs), from which the span counts (None: none told it)."""
    m = _THE_ACT.match(text, end)
    if m is None:
        return None
    stem = _ACT_ENDINGS.sub("", m.group(1).lower())
    if len(stem) < 3:  # ("the ban", "the raid": short nouns of acts too)
        return None
    floor = max(0, start - ACT_LOOKBACK)  # (a few paragraphs back: the cost stays linear)
    # (told is in text order: only its tail lies in reach, so the cost stays linear)
    near = [t for t in takewhile(lambda t: t.start >= floor, reversed(told))
            if not t.anaphoric and _as_day(t.value)]
    for hit in reversed(list(re.finditer(rf"(?i)\b{re.escape(stem)}", text[floor:start]))):
        at = floor + hit.start()
        left = max((e.end() for e in _SENTENCE_END.finditer(text, floor, at)), default=floor)
        right = next((e.start() for e in _SENTENCE_END.finditer(text, at, start)), start)
        days = [(abs(t.start - at), _as_day(t.value)) for t in near if left <= t.start < right]
        if days:
            return min(days, key=lambda d: d[0])[1]  # (the day told nearest the act)
    return None


def _opening_statement(text: str, start: int, end: int) -> bool:
    """"The police said on Monday that ..." opening its sentence: the news of that day, which
    the story moves to (unlike "..., an official said on Tuesday." after the act)."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return "," not in text[opening:start] and re.match(r"\s+that\b", text[end:end + 6]) is not None


_VOTE_OF_THE_DAY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:elections?|votes?|polls?|"
                              r"run-?offs?|referendum|ballot)\b", re.IGNORECASE)
# "killed 15 people on Sunday, an official said on Tuesday. A day later, ...": the day a
# source spoke is not the day the story narrates.
# (also "in a statement aired on the radio on Friday, said ...")
# (and "JNIM claimed the ambush two days later": the day of a claim)
SPOKEN_ON = re.compile(r"\b(?:(?:said|told\s+\w+|announced|reported|added|confirmed|stated)|"
                        r"claimed\s+(?:responsibility\s+for\s+)?(?:the|an?|its|their)\s+[\w-]+|"
                        r"statement(?:\s+[\w-]+){0,4}?)(?:\s+(?:on|late|early))*\s+$",
                        re.IGNORECASE)


# "another died in hospital", "a second man succumbed to his wounds": one more death, told late
ANOTHER_DIED = (r"\b(?:another|more|second|third|fourth)\b[^.;!?]{0,30}?\b(?:died|succumbed)\s+"
                r"(?:later\s+)?(?:in\s+(?:a\s+|the\s+)?hospital|(?:of|from|to)\s+"
                r"(?:his|her|their|the)\s+(?:wounds|injuries))\b")
_ANOTHER_DIED_ON = re.compile(ANOTHER_DIED + r"\s+(?:(?:on|late|early)\s+)*$", re.IGNORECASE)


# "13 May Square", "6 October Bridge", "the 26 July Movement": a date that names a thing.
_NAMED_AFTER_A_DATE = re.compile(r"\s+(?:Square|Street|Avenue|Bridge|Stadium|Road|Boulevard|"
                                 r"Movement|Brigade|Hospital|"
                                 r"University|School|Park|Plaza|Circle|Roundabout)\b")


_PART_OF_A_MONTH = re.compile(r"(?i)\bthe\s+(?:end|beginning|start|middle)\s+$")
_RANGE_START = re.compile(rf"\b(?:between|from)\s+{_MONTH}\s*$")


def _plausible(kind: str, m: re.Match[str], text: str) -> bool:
    if _NAMED_AFTER_A_DATE.match(text, m.end()):
        return False
    if kind in ("mdy", "my", "month_alone") and m.group(0).lower().startswith("may"):
        return kind != "month_alone"  # "may" alone is a modal verb far more often
    if kind == "month_alone":
        month_word = m.group(2)
        if not month_word[0].isupper():
            return False
        if m.group(1).lower() in ("and", "to"):
            # (the end of a range only: "between December and March", "from May to July")
            return bool(_RANGE_START.search(text, max(0, m.start() - 30), m.start()))
        if month_word.rstrip(".").lower() == "may":
            # (also "at the end of May": a part of the month)
            return m.group(1).lower() in ("in", "since", "during", "until", "early", "late", "mid",
                                          "between",
                                          "through") or (
                m.group(1).lower() == "of" and
                bool(_PART_OF_A_MONTH.search(text, max(0, m.start() - 24), m.start())))
        return True
    if kind == "weekday":
        return True
    if kind == "year_words":
        return _spelled_year(m.group(1)) is not None
    if kind == "mdy" and m.group(1).rstrip(".").lower() in ("mar", "jan", "jun", "may"):
        return m.group(1)[0].isupper()
    if kind == "year":
        before = text[max(0, m.start() - 12):m.start()].lower()
        # (nor "over 2000 were freed", "nearly 2000 homes": a count)
        if re.search(r"(no\.|number|#|page|room|flight|route|km|kilometres)\s*$", before):
            return False
        counted = re.match(r"\s+[a-z]", text[m.end():m.end() + 2])  # "2000 homes", "2000 were"
        return not (counted and re.search(r"\b(over|more than|fewer than|less than|nearly|"
                                          r"almost|at least|some|about|around|roughly)\s*$",
                                          before))
    return True


def _as_day(value: str) -> dt.date | None:
    """The day a value names ("2024-05-06", "2024-05-06T10:00"); not a week's Monday."""
    if not _DAY_VALUE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class DateResolution:
    """An event's date: first day, last day (for periods), ACLED precision and the text used."""

    event_date: str | None
    date_end: str | None
    time_precision: int | None
    date_text: str | None


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")


def value_to_range(value: str) -> tuple[dt.date, dt.date, int] | None:
    """The first and last day a DATE/TIME value covers, with ACLED's time precision (1-3)."""
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if day:
        d = _as_day(value)
        return (d, d, 1) if d else None
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:
        year, wk = int(week.group(1)), int(week.group(2))
        try:
            monday = dt.date.fromisocalendar(year, wk, 1)
        except ValueError:
            return None
        if week.group(3):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), 2
        return monday, monday + dt.timedelta(days=6), 2
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month:
        year, mon = int(month.group(1)), int(month.group(2))
        if not 1 <= mon <= 12:
            return None
        last = calendar.monthrange(year, mon)[1]
        return dt.date(year, mon, 1), dt.date(year, mon, last), 3
    return None


def resolve_event_date(timexes: list[Timex], published: dt.date | None,
                       future: bool = False) -> DateResolution:
    """Date an event from the expressions that govern it (best first), else the publication date.

    Never returns a date after publication unless the event is future.
    """
    for tx in timexes:
        if tx.type not in ("DATE", "TIME"):
            continue
        rng = value_to_range(tx.value)
        if rng is None:
            continue
        first, last, precision = rng
        if published is not None and not future and first > published:
            continue
        if published is not None and not future and last > published:
            last = published
        end = last.isoformat() if last != first else None
        return DateResolution(first.isoformat(), end, precision, tx.text)
    if published is None:
        return DateResolution(None, None, None, None)
    return DateResolution(published.isoformat(), None, 2, None)
