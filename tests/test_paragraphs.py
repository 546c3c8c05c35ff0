"""Paragraph bounds, the one helper the stages share."""

from eventledger.paragraphs import paragraph_bounds, previous_paragraph_start, same_paragraph

TEXT = "First para.\n\nSecond para, two\nlines.\n\nThird."


def test_bounds_exclude_the_blank_line():
    lo, hi = paragraph_bounds(TEXT, TEXT.index("two"))
    assert TEXT[lo:hi] == "Second para, two\nlines."
    assert paragraph_bounds(TEXT, 0) == (0, TEXT.index("\n\n"))
    assert TEXT[paragraph_bounds(TEXT, len(TEXT) - 1)[0]:] == "Third."


def test_previous_paragraph_and_same_paragraph():
    assert previous_paragraph_start(TEXT, TEXT.index("Third")) == TEXT.index("Second")
    assert previous_paragraph_start(TEXT, TEXT.index("Second")) == 0
    assert previous_paragraph_start(TEXT, 3) == 0
    assert same_paragraph(TEXT, TEXT.index("Second"), TEXT.index("lines"))
    assert not same_paragraph(TEXT, 0, TEXT.index("Second"))
