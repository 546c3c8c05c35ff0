"""The language layer: a Universal Dependencies parse rewritten into what the rules read.

The rules were written against spaCy's English parses: ClearNLP labels ("dobj", "prep" over
"pobj", "nsubjpass", "agent"), Penn tags ("VBN") and English words. Another language's model
labels its parse in Universal Dependencies, where a preposition hangs under its noun ("case")
and a copula under its predicate ("cop"). `to_rule_roles` rebuilds such a parse in the English
shape and gives every token an English gloss (`data/<language>/glosses.tsv`) as its lemma and
norm, so one set of rules serves every language. The text and every offset stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from eventledger.taxonomy import actor_lexicon, data_tsv, word_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# UD relations with a ClearNLP counterpart of another name; the rest keep theirs.
_DEPS = {
    "root": "ROOT", "obj": "dobj", "iobj": "dative", "nsubj:pass": "nsubjpass",
    "aux:pass": "auxpass", "acl:relcl": "relcl", "expl:pv": "expl", "expl:pass": "expl",
    "expl:impers": "expl", "obl:agent": "agent", "nmod:poss": "poss", "flat:name": "flat",
}
_NOMINAL_ARGS = ("obl", "nmod", "obl:arg", "obl:tmod", "dobj", "obj", "nsubj", "advmod",
                 "obl:agent", "nummod", "amod", "appos", "conj")
_MODALS = frozenset({"can", "could", "must", "should", "may", "might", "would", "will"})
_ENTITY_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "MISC"}
_NOT_NAMES = frozenset({"NUM", "DET", "ADP", "PUNCT", "PRON", "CCONJ", "SCONJ", "AUX"})
_INFINITIVE_MARKERS = frozenset({"to", "for", "with", "of", "by"})


def names_people(tok: Token) -> bool:
    """Whether the noun names people: a person word or an actor the lexicon knows."""
    lemma = tok.lemma_.lower()
    return lemma in word_classes()["person"] or lemma in actor_lexicon()


def word(tok: Token) -> str:
    """The word the rules compare: the lower-cased English word, or a glossed token's gloss."""
    return tok.norm_ if tok.doc.user_data.get("glossed") else tok.lower_


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy rebuilds `doc.text` on every access, so reading
    it per mention makes a long article's cost grow with the square of its length."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def mark_places(doc: Doc, token_indices: set[int]) -> None:
    """Record which tokens name a resolved place, for rules that ask what a word names (the
    tagger calls many towns organisations or people)."""
    doc.user_data["places"] = frozenset(token_indices)


def names_a_place(tok: Token) -> bool:
    """Whether the token is part of a place name the geoparser resolved (or, before it ran,
    the tagger calls a place)."""
    places = tok.doc.user_data.get("places")
    return tok.i in places if places is not None else tok.ent_type_ in ("GPE", "LOC")


def concessive(clause: Token) -> bool:
    """'even as police fired', 'while troops patrolled': a clause told beside another act,
    not as its cause."""
    return any(c.dep_ in ("mark", "advmod") and word(c) in ("even", "while", "although",
                                                             "though", "whereas")
               for c in clause.children)


def own_subtree(tok: Token) -> list[Token]:
    """The trigger's subtree without the concessive clauses told beside it."""
    aside = {t.i for c in tok.children if c.dep_ == "advcl" and concessive(c) for t in c.subtree}
    return [t for t in tok.subtree if t.i not in aside]


def clause_of_misread_verb(tok: Token) -> list[Token]:
    """'Youths from two villages fought ..., leaving two dead', parsed with the noun as the
    root and the verb as a modifier of 'villages': the root's clauses (after the verb) are the
    verb's own."""
    root = tok.sent.root
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or root.pos_ != "NOUN" or \
            any(c.dep_ in ("aux", "auxpass") for c in tok.children) or \
            not any(a.i == root.i for a in tok.ancestors):
        return []
    return [c for c in root.children if c.dep_ in ("advcl", "conj") and c.i > tok.i and
            c.pos_ == "VERB"]


def rule_text(span: Span) -> str:
    """The text that the rules' patterns read: the span as written, or for a glossed language
    its English glosses joined by spaces."""
    if not span.doc.user_data.get("glossed"):
        return span.text
    return " ".join(word(t) for t in span if _read(t))


def rule_text_marking(sent: Span, marked: Span) -> tuple[str, int, int]:
    """`rule_text` of a sentence with the character range of a span inside it."""
    if not sent.doc.user_data.get("glossed"):
        start = marked.start_char - sent.start_char
        return sent.text, start, start + len(marked.text)
    parts: list[str] = []
    pos, start, end = 0, 0, 0
    for t in sent:
        if not _read(t):
            continue
        gloss = word(t)
        if t.i == marked.start:
            start = pos
        parts.append(gloss)
        pos += len(gloss) + 1
        if t.i == marked.end - 1:
            end = pos - 1
    return " ".join(parts), start, max(start, end)


def _read(tok: Token) -> bool:
    """Whether a glossed token has an English counterpart to read: not a space, the
    impersonal "se" or the personal "a" (English says neither)."""
    return not tok.is_space and tok.dep_ not in ("expl", "dep")


def implied_auxiliaries(tok: Token) -> set[str]:
    """The English auxiliaries a glossed language says by inflection: the future tense
    ("marcharán": will), the conditional ("habrían muerto": would), an infinitive under
    another verb ("planean marchar": to)."""
    if not tok.doc.user_data.get("glossed"):
        return set()
    out = set()
    if "Fut" in tok.morph.get("Tense", []):
        out.add("will")
    if "Cnd" in tok.morph.get("Mood", []):
        out.add("would")
    if "Inf" in tok.morph.get("VerbForm", []) and tok.dep_ in ("xcomp", "ccomp", "advcl") and \
            tok.head.i != tok.i:
        out.add("to")
    return out


@dataclass(frozen=True, slots=True)
class Glosses:
    """A language's English glosses: single lemmas (by part of speech) and fixed phrases."""

    words: dict[tuple[str, str], str]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # by first word, longest first

    def of(self, tok: Token) -> str | None:
        """The English gloss of a token, by its lemma, then its form; part of speech first."""
        for key in (tok.lemma_.lower(), tok.lower_):
            for pos in (tok.pos_, "*"):
                found = self.words.get((key, pos))
                if found is not None:
                    return found
        return None


@cache
def glosses(language: str) -> Glosses:
    """The gloss table of a language (`data/<language>/glosses.tsv`)."""
    words: dict[tuple[str, str], str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in data_tsv(f"{language}/glosses.tsv"):
        source, pos, english = row["word"].lower(), row["pos"] or "*", row["english"]
        parts = tuple(source.split())
        if len(parts) > 1:
            phrases.setdefault(parts[0], []).append((parts, english))
        else:
            words.setdefault((source, pos), english)
    for options in phrases.values():
        options.sort(key=lambda p: len(p[0]), reverse=True)
    return Glosses(words, phrases)


def _merge_phrases(doc: Doc, table: Glosses) -> dict[int, str]:
    """Fixed phrases ("toque de queda": curfew) become one token glossed as a whole; returns
    the merged tokens' glosses by index."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        match = next(((len(parts), english) for parts, english in
                      table.phrases.get(doc[i].lower_, ())
                      if tuple(t.lower_ for t in doc[i:i + len(parts)]) == parts
                      and all(not t.is_sent_start for t in doc[i + 1:i + len(parts)])), None)
        if match is None:
            i += 1
            continue
        found.append((i, i + match[0], match[1]))
        i += match[0]
    if found:
        with doc.retokenize() as retokenizer:
            for start, end, english in found:
                retokenizer.merge(doc[start:end], attrs={"LEMMA": english, "NORM": english})
    merged: dict[int, str] = {}
    shift = 0
    for start, end, english in found:
        merged[start - shift] = english
        shift += end - start - 1
    return merged


_FUTURE_ENDINGS = ("íamos", "íais", "emos", "éis", "ías", "ían", "ía", "ás", "án", "á", "é")


def _gloss(tok: Token, table: Glosses) -> str | None:
    """A token's gloss. A capitalised institution ("la Policía", "Sicarios") is glossed as its
    noun, but a person's or place's name only by an explicit PROPN row ("Paz" is no peace); a
    reflexive verb by its own row ("manifestarse": demonstrate); a future or conditional form
    the lemmatiser garbled ("saquearán") by its infinitive."""
    if tok.pos_ == "PROPN":
        words = table.words
        for key in (tok.lower_, tok.lemma_.lower()):
            found = words.get((key, "PROPN")) or (
                words.get((key, "NOUN")) if tok.ent_type_ not in ("PER", "LOC") else None)
            if found:
                return found
        return None
    if tok.pos_ == "VERB" and any(c.lower_ == "se" for c in tok.children):
        found = table.words.get((tok.lemma_.lower() + "se", "VERB"))
        if found:
            return found
    found = table.of(tok)
    if found is None and tok.pos_ in ("VERB", "AUX") and (
            "Fut" in tok.morph.get("Tense", []) or "Cnd" in tok.morph.get("Mood", [])):
        form = tok.lower_
        ending = next((e for e in _FUTURE_ENDINGS if form.endswith(e)), None)
        if ending:
            found = table.words.get((form[:-len(ending)], "VERB"))
    return found


def _tag(tok: Token) -> str:
    """A Penn Treebank tag from the universal part of speech and morphology."""
    pos, morph = tok.pos_, tok.morph
    form = morph.get("VerbForm", [])
    if pos in ("VERB", "AUX"):
        if "Part" in form:
            return "VBN"
        if "Ger" in form:
            return "VBG"
        if "Inf" in form:
            return "VB"
        return "VBD" if morph.get("Tense", []) in (["Past"], ["Imp"]) else "VBZ"
    if pos == "ADJ":
        return "VBN" if "Part" in form else "JJ"
    plural = morph.get("Number", []) == ["Plur"]
    simple = {"NOUN": "NNS" if plural else "NN", "PROPN": "NNPS" if plural else "NNP",
              "NUM": "CD", "DET": "DT", "ADP": "IN", "ADV": "RB", "CCONJ": "CC", "SCONJ": "IN",
              "PART": "RP", "INTJ": "UH", "SYM": "SYM", "X": "FW", "SPACE": "_SP"}
    if pos == "PRON":
        return "PRP$" if morph.get("Poss", []) == ["Yes"] else "PRP"
    if pos == "PUNCT":
        return "," if tok.text == "," else "."
    return simple.get(pos, "XX")


class _Tree:
    """Heads and labels being rewritten (indices into one doc)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.heads = [t.head.i for t in doc]
        self.deps = [t.dep_ for t in doc]
        self.pos = [t.pos_ for t in doc]

    def children(self, i: int) -> list[int]:
        return [j for j, h in enumerate(self.heads) if h == i and j != i]

    def promote(self, new: int, old: int, old_dep: str, moved: tuple[str, ...] | None = None
                ) -> None:
        """`new` takes `old`'s place in the tree; `old` hangs under it as `old_dep`, and the
        children of `old` labelled in `moved` (all, when None) follow `new`."""
        self.heads[new] = new if self.heads[old] == old else self.heads[old]
        self.deps[new] = self.deps[old]
        self.heads[old], self.deps[old] = new, old_dep
        for c in self.children(old):
            if c != new and (moved is None or self.deps[c] in moved):
                self.heads[c] = new


def to_rule_roles(doc: Doc, language: str) -> Doc:
    """A copy of a UD-parsed doc in the English parse's shape, each token glossed in English."""
    from spacy.tokens import Doc as DocType
    from spacy.tokens import Span

    table = glosses(language)
    merged = _merge_phrases(doc, table)
    tree = _Tree(doc)
    gloss = [merged.get(t.i) or _gloss(t, table) for t in doc]
    norms = [g or (t.lower_ if t.pos_ in ("PROPN", "NUM", "PUNCT") else t.lemma_.lower())
             for g, t in zip(gloss, doc)]
    for t in doc:
        if t.pos_ == "NUM" and t.like_num and t.text[:1].isdigit():
            norms[t.i] = t.lower_
    _approximated_numbers(doc, tree)
    _passives(doc, tree, norms)
    _modal_verbs(doc, tree, norms)
    _copulas(doc, tree)
    _prepositions(doc, tree, norms)
    _clause_markers(doc, tree, norms)
    deps = []
    for t in doc:
        dep = _DEPS.get(tree.deps[t.i], tree.deps[t.i])
        if dep == "advmod" and norms[t.i] in ("not", "never"):
            dep = "neg"
        elif dep == "det" and t.pos_ == "PRON" and "Yes" in t.morph.get("Poss", []):
            dep = "poss"
        elif t.lower_ == "se" and dep in ("dobj", "dative", "expl"):
            dep = "expl"  # the impersonal or reflexive "se" is no participant
        elif dep in ("dobj", "xcomp") and tree.pos[t.i] == "ADJ":
            dep = "acomp"  # "sigue paralizada": a predicative adjective, not an object
        deps.append(dep)
    tags = [_tag(t) for t in doc]
    lemmas = [g or (t.text if t.pos_ == "PROPN" else t.lemma_.lower()) for g, t in zip(gloss, doc)]
    out = DocType(doc.vocab, words=[t.text for t in doc],
                  spaces=[bool(t.whitespace_) for t in doc],
                  heads=tree.heads, deps=deps, tags=tags, pos=tree.pos, lemmas=lemmas,
                  morphs=[str(t.morph) for t in doc],
                  sent_starts=[bool(t.is_sent_start) for t in doc])
    for t, norm in zip(out, norms):
        t.norm_ = norm
    out.ents = [Span(out, e.start, e.end, _ENTITY_LABELS.get(e.label_, e.label_))
                for e in doc.ents if any(t.pos_ not in _NOT_NAMES for t in e)]
    out.user_data["glossed"] = language
    return out


def _approximated_numbers(doc: Doc, tree: _Tree) -> None:
    """'al menos 17 personas', parsed with the number under 'al menos': the number counts the
    noun, and 'al menos' qualifies the number, as in English parses."""
    for t in doc:
        approx = tree.heads[t.i]
        if tree.pos[t.i] != "NUM" or approx == t.i or tree.pos[approx] not in ("ADP", "ADV"):
            continue
        noun = tree.heads[approx]
        if noun == approx or tree.pos[noun] not in ("NOUN", "PROPN", "PRON"):
            continue
        tree.heads[t.i], tree.deps[t.i] = noun, "nummod"
        tree.heads[approx], tree.deps[approx] = t.i, "advmod"


def _passives(doc: Doc, tree: _Tree, norms: list[str]) -> None:
    """'fueron detenidos' and 'resultaron heridos': a participle with 'be' is a passive."""
    for t in doc:
        if "Part" not in t.morph.get("VerbForm", []) or t.pos_ not in ("VERB", "ADJ"):
            continue
        head = t.head
        # "resultaron heridos": the verb of state hangs over the participle; turn it round.
        if head.i != t.i and norms[head.i] == "be" and head.pos_ in ("VERB", "AUX") and \
                tree.deps[t.i] in ("xcomp", "obj", "advcl", "amod", "obl", "acl", "ccomp"):
            tree.promote(t.i, head.i, "auxpass")  # all it governed is the participle's
            tree.pos[t.i] = "VERB"
        auxes = [c for c in tree.children(t.i) if norms[c] == "be"
                 and tree.deps[c] in ("aux", "cop", "auxpass", "aux:pass")]
        if not auxes:
            continue
        tree.pos[t.i] = "VERB"
        for c in auxes:
            tree.deps[c] = "auxpass"
        for c in tree.children(t.i):
            if tree.deps[c] == "nsubj":
                tree.deps[c] = "nsubjpass"


def _modal_verbs(doc: Doc, tree: _Tree, norms: list[str]) -> None:
    """'podrían marchar': a modal verb over an infinitive becomes the infinitive's auxiliary."""
    for t in doc:
        if norms[t.i] not in _MODALS or t.pos_ not in ("VERB", "AUX"):
            continue
        inf = next((c for c in tree.children(t.i) if tree.deps[c] == "xcomp"
                    and "Inf" in doc[c].morph.get("VerbForm", [])), None)
        if inf is not None:
            tree.promote(inf, t.i, "aux", ("nsubj", "punct", "advmod", "mark", "cc", "aux"))
            tree.pos[t.i] = "AUX"


def _copulas(doc: Doc, tree: _Tree) -> None:
    """'es grave': the copula heads its clause, as English parses have it."""
    for t in doc:
        if tree.deps[t.i] != "cop" or tree.heads[t.i] == t.i:
            continue
        pred = tree.heads[t.i]
        label = "acomp" if tree.pos[pred] in ("ADJ", "VERB") else "attr"
        tree.promote(t.i, pred, label,
                     ("nsubj", "csubj", "aux", "mark", "punct", "expl", "advmod", "cc"))


def _prepositions(doc: Doc, tree: _Tree, norms: list[str]) -> None:
    """A preposition under its noun ('case') becomes the noun's head ('prep' over 'pobj'); the
    'a' before a person that is a verb's object stays out of the way; 'por' under a passive
    verb is its agent."""
    for t in doc:
        if tree.deps[t.i] != "case" or tree.heads[t.i] == t.i:
            continue
        noun = tree.heads[t.i]
        first = min(c for c in tree.children(noun) if tree.deps[c] == "case")
        if first != t.i or tree.deps[noun] not in _NOMINAL_ARGS or tree.heads[noun] == noun:
            continue
        governor = tree.heads[noun]
        if norms[t.i] == "to" and tree.deps[noun] in ("obj", "dobj", "obl") and \
                tree.pos[governor] == "VERB" and (tree.deps[noun] != "obl" or not any(
                    tree.deps[c] in ("obj", "dobj") and doc[c].lower_ != "se"
                    for c in tree.children(governor))) and _personal(doc[noun], norms):
            tree.deps[noun], tree.deps[t.i] = "dobj", "dep"  # "detuvo a doce personas"
            continue
        passive = any(tree.deps[c] == "auxpass" for c in tree.children(governor))
        if norms[t.i] == "for" and doc[t.i].lower_ == "por" and passive and \
                norms[noun] not in word_classes()["time_nouns"]:  # "por la noche": when
            norms[t.i], label = "by", "agent"
        else:
            label = "prep"
        tree.heads[t.i], tree.deps[t.i] = governor, label
        tree.heads[noun], tree.deps[noun] = t.i, "pobj"


def _personal(noun: Token, norms: list[str]) -> bool:
    """Whether the noun after 'a' names people ("a doce personas", "a Juan"), which makes the
    'a' the mark of a personal object, not 'to' ("a tiros": by shots; "a Lima": to Lima)."""
    if noun.ent_type_ == "PER" or noun.pos_ in ("NUM", "PRON"):
        return True
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ != "LOC" and \
        norms[noun.i] in _people_words()


@cache
def _people_words() -> frozenset[str]:
    classes = word_classes()
    return classes["person"] | classes["agent"] | classes["workers"] | frozenset(actor_lexicon())


def _clause_markers(doc: Doc, tree: _Tree, norms: list[str]) -> None:
    """'amenazaron con bloquear': a preposition before an infinitive is English 'to'."""
    for t in doc:
        head = tree.heads[t.i]
        if tree.deps[t.i] == "mark" and t.pos_ == "ADP" and head != t.i and \
                "Inf" in doc[head].morph.get("VerbForm", []) and norms[t.i] in _INFINITIVE_MARKERS:
            tree.deps[t.i], norms[t.i] = "aux", "to"
