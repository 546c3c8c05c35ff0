"""Parses written out by hand, so rule tests need no language model (as spaCy's own tests do).

A parse is one token per line, `word lemma POS TAG dep head [ENT]`, heads as token indices and
ENT a label (consecutive tokens with one label are one entity) or an explicit `B-`/`I-` tag.
A Spanish parse is the model's own (Universal Dependencies), with the morphology in the TAG
column; reading it applies the language layer (`eventledger.roles`), as parsing does.
In a word or lemma, `\\s`, `\\n` and `\\t` stand for whitespace and `\\\\` for a backslash.

`tests/parses.txt` (then `parses_2.txt`, ... as each fills up) is the bank of parses behind the
tests' articles, keyed by the exact text.
A missing parse fails its test with a hint; `EVENTLEDGER_DRAFT_PARSES=1 pytest` drafts the
missing ones with the installed model and appends them, to be read over before committing. Once
written, a parse is frozen: a new model no longer changes what a rule test sees, and a parse can
be edited to test a rule on a structure the model gets wrong.
"""

from __future__ import annotations

import json
import os
from functools import cache, lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc

from eventledger.nlp import normalise_for_parsing
from eventledger.roles import to_rule_roles

BANK = Path(__file__).with_name("parses.txt")
BANK_LIMIT = 900_000  # bytes a bank file may reach before drafts go to a new one (parses_2.txt)


def _banks() -> list[Path]:
    """The bank files in order: parses.txt, parses_2.txt, parses_3.txt, ..."""
    extra = sorted(BANK.parent.glob("parses_*.txt"), key=lambda p: int(p.stem.split("_")[1]))
    return [BANK, *extra] if BANK.exists() else extra
_VOCAB = spacy.blank("en").vocab  # English word shapes and number words; no trained weights


@cache
def _vocab(language: str) -> spacy.vocab.Vocab:
    return _VOCAB if language == "en" else spacy.blank(language).vocab
_ESCAPES = (("\\", "\\\\"), (" ", "\\s"), ("\n", "\\n"), ("\t", "\\t"))


def _escape(s: str) -> str:
    for raw, esc in _ESCAPES:
        s = s.replace(raw, esc)
    return s


def _unescape(s: str) -> str:
    out, i = [], 0
    table = {esc[1]: raw for raw, esc in _ESCAPES}
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append(table[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _iob(rows: list[list[str]]) -> list[str]:
    tags = []
    for i, r in enumerate(rows):
        label = r[6] if len(r) > 6 else "O"
        prev = rows[i - 1][6] if i and len(rows[i - 1]) > 6 else "O"
        if label == "O" or label[:2] in ("B-", "I-"):
            tags.append(label)
        else:
            tags.append(f"I-{label}" if prev == label else f"B-{label}")
    return tags


def _spaces(words: list[str], text: str | None) -> list[bool]:
    """Whether each word is followed by a space: read from `text` when given, else guessed."""
    if text is None:
        return [i + 1 < len(words) and words[i + 1] not in (".", ",", "-") and words[i] != "-"
                for i in range(len(words))]
    spaces, cursor = [], 0
    for i, word in enumerate(words):
        start = text.find(word, cursor)
        if start < 0 or text[cursor:start] not in ("", " "):
            raise ValueError(f"parse word {i} {word!r} does not follow {text[:cursor]!r}")
        if i:
            spaces.append(start > cursor)
        elif start:
            raise ValueError("the text starts before the parse's first word")
        cursor = start + len(word)
    spaces.append(text[cursor:] == " ")
    if text[cursor:] not in ("", " "):
        raise ValueError(f"the parse ends before the text: {text[cursor:]!r}")
    return spaces


def parsed(spec: str, text: str | None = None, language: str = "en") -> Doc:
    """A parsed Doc from the compact lines of `spec` (blank lines ignored); with `text`, the
    Doc's text is exactly `text`."""
    rows = [[_unescape(c) for c in line.split()] for line in spec.strip("\n").splitlines()
            if line.strip()]
    words = [r[0] for r in rows]
    if language == "en":
        return Doc(_VOCAB, words=words, spaces=_spaces(words, text),
                   lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
                   tags=[r[3] for r in rows], deps=[r[4] for r in rows],
                   heads=[int(r[5]) for r in rows], ents=_iob(rows))
    doc = Doc(_vocab(language), words=words, spaces=_spaces(words, text),
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[2] for r in rows],
              morphs=[r[3] for r in rows], deps=[r[4] for r in rows],
              heads=[int(r[5]) for r in rows], ents=_iob(rows))
    return to_rule_roles(doc, language)


def written(doc: Doc, language: str = "en") -> str:
    """The compact lines of a parsed Doc (the inverse of `parsed`)."""
    lines = []
    for tok in doc:
        tag = tok.tag_ if language == "en" else str(tok.morph)
        cols = [tok.text, tok.lemma_, tok.pos_, tag, tok.dep_, str(tok.head.i)]
        if tok.ent_iob_ in ("B", "I"):
            cols.append(f"{tok.ent_iob_}-{tok.ent_type_}")
        lines.append(" ".join(_escape(c) or "_" for c in cols))
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _bank() -> dict[str, str]:
    bank: dict[str, str] = {}
    for path in _banks():
        key = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                key = json.loads(line[3:])
                bank[key] = ""
            elif key is not None and line.strip():
                bank[key] += line + "\n"
    return bank


def _draft_bank() -> Path:
    """The bank file new drafts are appended to: the last one, or a new one when it is full."""
    banks = _banks()
    if not banks:
        return BANK
    last = banks[-1]
    if last.stat().st_size < BANK_LIMIT:
        return last
    return BANK.with_name(f"parses_{len(banks) + 1}.txt")


def parse(text: str, language: str = "en") -> Doc:
    """The hand-written parse of an article's text from the bank (see the module docstring)."""
    normalised = normalise_for_parsing(text)
    spec = _bank().get(text)
    if spec is None:
        if not os.environ.get("EVENTLEDGER_DRAFT_PARSES"):
            raise LookupError(f"no parse in tests/parses*.txt for {text[:60]!r}; draft one with "
                              "EVENTLEDGER_DRAFT_PARSES=1 pytest")
        from eventledger.nlp import load

        spec = written(load(language)(normalised), language) + "\n"
        with _draft_bank().open("a", encoding="utf-8") as bank:
            bank.write(f"## {json.dumps(text, ensure_ascii=False)}\n{spec}\n")
        _bank()[text] = spec
    return parsed(spec, normalised, language)
