"""Read counts from text the way ACLED does: digits, number words, vague and ranged quantities."""

from __future__ import annotations

import re

from eventledger.taxonomy import numbers as number_table

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_RANGE = re.compile(r"^(\d[\d,]*)\s*(?:-|–|to)\s*(\d[\d,]*)$")


def parse_count(text: str) -> int | None:
    """The conservative integer a phrase denotes: 'at least 17' -> 17, 'dozens' -> 12,
    '10-15' -> 10."""
    table = number_table()
    words = text.lower().strip()
    for approx in sorted(table["approximators"], key=len, reverse=True):
        if words.startswith(approx + " "):
            words = words[len(approx) + 1:]
            break
    words = words.strip()
    rng = _RANGE.match(words)
    if rng:
        return int(rng.group(1).replace(",", ""))
    words = words.replace("-", " ")
    if words in table["vague"]:
        return int(table["vague"][words])
    tokens = [t for t in re.split(r"\s+|-", words) if t and t not in ("and", "of")]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for tok in tokens:
        if _DIGITS.match(tok):
            current += int(float(tok.replace(",", "")))
            seen = True
        elif tok in table["units"]:
            current += int(table["units"][tok])
            seen = True
        elif tok in table["multipliers"]:
            current = max(current, 1) * int(table["multipliers"][tok])
            if table["multipliers"][tok] >= 1000:
                total, current = total + current, 0
            seen = True
        elif tok in table["vague"]:
            current += int(table["vague"][tok])
            seen = True
        else:
            return None
    return total + current if seen else None
