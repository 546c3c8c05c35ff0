"""Case restored to all-lower-case English text, so the parser finds its names again.

Some corpora (IndiaPoliceEvents among them) are lower-cased whole: "new delhi", "gujarat" and
"the bjp" then read as common words, and places and actors are lost. `restore` capitalises
what English news capitalises: a sentence's first word, each word that news mostly writes
capitalised (the table `data/casing.tsv`, learned from cased news by `training/casing.py`:
"monday", "congress", "bjp" → "BJP"), and a name the table does not know that the gazetteer
holds ("uttar pradesh", "godhra"). Only the case changes, so every offset stays the text's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from eventledger.taxonomy import data_text

# A word, with inner apostrophes and hyphens ("o'brien", "al-qaeda").
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Share of a word's uses inside sentences that must be capitalised for the table to keep it so.
CAPITALISED_SHARE = 0.8
LOWER = "-"  # the table's mark for a word written in lower case
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)$")
_LONGEST_NAME = 4  # words in the longest place name looked up
MIN_NAME_LETTERS = 3  # shorter unknown words ("sp", "mr") are titles, not names


@cache
def casing() -> dict[str, str]:
    """word -> its usual spelling in news, or LOWER."""
    lines = data_text("casing.tsv").splitlines()
    return dict(ln.split("\t", 1) for ln in lines if ln and not ln.startswith("#"))


def restore(text: str, is_place: Callable[[str], bool]) -> str:
    """The text with news casing restored (same length); `is_place` says whether a lower-case
    phrase the table does not know names a place worth capitalising."""
    table = casing()
    chars = list(text)
    words = list(WORD.finditer(text))
    known = [table.get(m.group().lower()) for m in words]
    # words[k] and words[k + 1] written as one name may be ("uttar pradesh", "naroda-patia")
    joined = [text[a.end():b.start()] in (" ", "-") for a, b in zip(words, words[1:])]
    named = [False] * len(words)  # capitalised as (part of) a name
    i = 0
    while i < len(words):
        taken = _place_name(text, words, known, joined, i, is_place)
        for k in range(i, i + taken):
            _capitalise(chars, words[k].start())
            named[k] = True
        if taken:
            i += taken
            continue
        m, spelling = words[i], known[i]
        if spelling not in (None, LOWER) and len(spelling) == len(m.group()):
            chars[m.start():m.end()] = spelling
            named[i] = True
        elif _OPENS_SENTENCE.search(text[max(0, m.start() - 3):m.start()]):
            _capitalise(chars, m.start())
        i += 1
    # A word the table has never seen, right beside a name, is most likely of it: the given
    # name before a known surname ("rahul sharma"), the rest of "vishwa hindu parishad".
    for order in (range(1, len(words)), range(len(words) - 2, -1, -1)):
        for k in order:
            near = k - 1 if order.step == 1 else k + 1
            if named[near] and not named[k] and known[k] is None and \
                    text[words[min(k, near)].end():words[max(k, near)].start()] == " " and \
                    len(words[k].group()) >= MIN_NAME_LETTERS:
                _capitalise(chars, words[k].start())
                named[k] = True
    return "".join(chars)


def _place_name(text: str, words: list[re.Match[str]], known: list[str | None],
                joined: list[bool], i: int, is_place: Callable[[str], bool]) -> int:
    """How many words from the i-th make a place name the table leaves lower case (0: none).
    A name of several words ends in a word the table does not call common and has one it does
    not capitalise ("new delhi", "port harcourt"); a single word must be unknown to it (a
    "march" or a "mine" is a word before it is a town)."""
    for n in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
        last = i + n - 1
        if not all(joined[i:last]) or known[last] == LOWER:
            continue  # (a name ends in a name's word: "new delhi", not "delhi police")
        if n == 1 and known[i] is not None or \
                n > 1 and all(k not in (None, LOWER) for k in known[i:last + 1]):
            continue  # the table knows it already
        if is_place(text[words[i].start():words[last].end()]):
            return n
    return 0


def _capitalise(chars: list[str], at: int) -> None:
    upper = chars[at].upper()
    if len(upper) == 1:  # ("ß" upper-cases to two letters: left as it is)
        chars[at] = upper
