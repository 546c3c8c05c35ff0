"""Paragraphs of an article's text (blocks separated by a blank line): the one helper every stage
uses to ask where a paragraph starts and ends, so that all agree on what a paragraph is."""

from __future__ import annotations

BREAK = "\n\n"


def paragraph_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Offsets [lo, hi) of the paragraph around text[start:end], separators excluded."""
    lo = text.rfind(BREAK, 0, start)
    hi = text.find(BREAK, start if end is None else end)
    return (0 if lo == -1 else lo + len(BREAK)), (len(text) if hi == -1 else hi)


def previous_paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph before the one containing `pos` starts (0 at the text's top)."""
    lo, _ = paragraph_bounds(text, pos)
    return paragraph_bounds(text, max(0, lo - len(BREAK)))[0] if lo else 0


def same_paragraph(text: str, a: int, b: int) -> bool:
    """Whether no paragraph break lies between offsets a and b."""
    lo, hi = sorted((a, b))
    return BREAK not in text[lo:hi]
