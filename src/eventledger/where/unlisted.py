"""Places the gazetteer lacks, kept when the text says plainly that they are places.

"the village of Diraz", "Sollé, in Loroum province", "Aqraba, south-east of Nablus": a small
place a coder would record by its name. It is placed at the known place the text ties it to
(the town it lies near, the region it is in), or in the article's country, and marked as not
listed so that its coordinates are read as those of that anchor (ACLED's precision 2 or 3).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from eventledger.paragraphs import same_paragraph
from eventledger.roles import text_of, word
from eventledger.taxonomy import word_classes
from eventledger.where.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    distance_km,
    fold,
    short_admin_name,
)
from eventledger.where.recognise import (
    ARABIC_ARTICLES,
    SentenceIndex,
    _cues,
    demonym_country,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span

    from eventledger.where.geoparse import Toponym

_WORD = (rf"(?:(?:{'|'.join(sorted(ARABIC_ARTICLES, key=len, reverse=True))})-)?"
         r"[A-Z][\w'’`]*(?:-[A-Za-z][\w'’`]*)*")
# ("near Praca dos Herois", "in Vila de Sena": words joined by a particle of the name)
_PARTICLES = "|".join(word_classes()["name_particles"])
_NAME = rf"{_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_WORD}){{0,3}}"
_OPENING_PREP = r"(?:In|At|Near|Outside|Inside|Around|Across|From)"
_PARTICLE_JOINED = re.compile(rf"\s(?:{_PARTICLES})\s")
_LOCATIVE_NAME = re.compile(rf"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round)\s+(?P<name>{_NAME})")
# (also "On Friday, in Caracollo, protesters threw dynamite": a clause's fronted place; and
# "villages east of Rufaa": a bearing from a place, as near as "near")
_NEAR_NAME = re.compile(rf"\b(?:(?:[Nn]ear|[Oo]ff|[Cc]lose\s+to|[Oo]utside|[Aa]round|"
                        rf"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
                        rf"(?P<name>{_NAME})|"
                        rf"(?:(?<=\A)|(?<=\n)|(?<=[.!?,]\s))[Ii]n\s+(?P<fronted>{_NAME}),\s+"
                        r"(?=[a-z]|(?P<next>[A-Z][\w'’-]*))(?!(?:in|on|at|near|"
                        r"outside|just|north|south|east|west)\b))")  # ("In Kamenge, in the north")
# (also "signed a deal at Lolowai on Thursday"; not "at Ghantaghar, the city's main square": a
# part of the town told by its apposition)
_IN_NAME = re.compile(rf"\b(?:(?:[Ii]n|[Tt]hrough)\s+(?P<name>{_NAME})|[Aa]t\s+(?P<at>{_NAME})"
                      r"(?![\w'’-])(?!\s*,)(?!\s+[A-Z]))")
# "In Upper Nile state, ...", "In the occupied West Bank, ..."
FRONTED_IN = re.compile(r"\s*[Ii]n\s+(?:the\s+)?(?:[a-z-]+\s+)?")
# "in Kuriga, Kaduna State", "in Mir Ali in North Waziristan", "took control of Lui in Western
# Equatoria": a name set before the region it lies in, like an address
_ADDRESSED_NAME = re.compile(
    rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|control\s+of|(?:north|south|east|west)"
    rf"(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?P<name>{_NAME})"
    r"(?:,\s+|\s+in\s+(?:the\s+)?)(?=[A-Z])")
_BEARING = re.compile(r"(?i)\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b")
_BEARING_NAME = re.compile(rf"\b(?:North|South|East|West|Upper|Lower)\s+(?P<town>{_WORD})\b")
# (also "in Soba, on the southern edge of the capital")
_OFF_THE_CAPITAL = re.compile(r",\s+(?:(?:just|some)\s+)?(?:(?:in|on)\s+the\s+)?"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
                              r"(?:(?:part|edge|outskirts|fringes)\s+)?|"
                              r"(?:edge|outskirts|fringes)\s+)of\s+the\s+"
                              r"(?P<whole>capital|city|town)\b")
_PART_OF_THE_LAND = re.compile(r",\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)"
                               r"(?:-?(?:east|west))?(?:ern)?(?:\s+part)?\s+of\s+the\s+"
                               r"(?:region|country|province|state|district|department|island)\b")
# ", in the north-west,": the part of the country a name lies in (not "of the city")
_IN_A_BEARING = re.compile(r",\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west)"
                           r"(?:-?(?:east|west))?(?:ern)?\s*[,.;]")
ANCHOR_REACH = 80  # characters after the name within which the place it is tied to is told
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


@lru_cache(maxsize=1)
def _land_after() -> re.Pattern[str]:
    """', in the Swat valley', ', in neighbouring Puncak regency', 'in Kapiri district': a
    stretch of land or a unit of the country told right after a name, which ties it to the land."""
    units = "|".join(sorted(map(re.escape, word_classes()["local_unit_nouns"]), key=len,
                            reverse=True))
    return re.compile(rf",?\s+in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:{_WORD}\s+){{1,3}}"
                      rf"(?:sub-?)?(?:valley|region|state|mountains|hills|highlands|plains|delta|peninsula|"
                      rf"{units})\b")


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], ...]:
    classes = word_classes()
    feature = "|".join(sorted(map(re.escape, classes["settlement_nouns"]), key=len,
                              reverse=True))
    # "the (Palestinian / north-western) village of X" (also "sealed off several
    # neighbourhoods of Nejapa": the town whose parts they are)
    parts = "|".join(sorted(map(re.escape, classes["plural_town_parts"]), key=len, reverse=True))
    # (also "the town hall of Lanfiera": only a town has one)
    buildings = "|".join(sorted(map(re.escape, classes["town_buildings"]), key=len,
                                reverse=True))
    named = re.compile(rf"\b(?:{feature}|{parts}|{buildings})\s+of\s+(?P<name>{_NAME})")
    # "in X, (just) south-east of Y", "at X, in Y province", "near X, on the road to Y"
    units = "|".join(sorted(map(re.escape, classes["local_unit_nouns"]), key=len, reverse=True))
    # (also "drove the rebels out of Kibarizo, in Masisi territory": the place left)
    # (and "recaptured Um Alqura, in Gezira state": only ground is retaken)
    tied = re.compile(rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Oo]utside|[Oo]n|out\s+of|"
                      rf"recaptured|retook|overran)\s+"
                      rf"(?P<name>{_NAME})"
                      rf"(?:\s+(?:{units}))?(?:,\s+|\s+(?=in\s+(?:the\s+)?[A-Z]\w+\s+"
                      rf"(?:{units}|state|province|region)\b))"
                      r"(?:(?:just|some|about|\d+\s*(?:km|kilometres|kilometers|miles))\s+)?"
                      r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|in|"
                      rf"on\s+the|near|close\s+to|the\s+(?:[\w-]+\s+){{0,2}}?(?:{feature}|seat)\s+of|"
                      # "in Soseong-ri, a village near Seongju"
                      rf"an?\s+(?:[\w-]+\s+){{0,2}}?(?:{feature})\s+(?:near|in|outside|close\s+to|"
                      r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of))\s")
    part = "|".join(sorted(map(re.escape, classes["town_part_nouns"]), key=len, reverse=True))
    # "in X, Y's largest township": the part of a town named beside it
    owned = re.compile(rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?P<name>{_NAME}),\s+(?:the\s+)?"
                       rf"{_NAME}['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{part})s?\b")
    # "an air strike hit a market area in Ulang county": a name its unit noun calls a place
    unit_nouns = "|".join(sorted(map(re.escape, classes["unit_place_nouns"]), key=len,
                                 reverse=True))
    # ("in the Hawija district west of Kirkuk": with its article, a unit lying off a town; "in
    # the Tres Ríos district" alone is a part of the town being told about)
    unit = re.compile(rf"\b(?:[Ii]n|[Nn]ear|[Aa]t)\s+(?:(?P<name>{_NAME})\s+(?:{unit_nouns})\b|"
                      rf"the\s+(?P<off>{_NAME})\s+(?:{unit_nouns})\s+(?:just\s+|some\s+)?"
                      r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b)")
    # "a bomb hit a minibus on the road outside Gajiram", "shelled the hills around Amadiya":
    # what a road or the land runs near is a place
    around = "|".join(sorted(map(re.escape, classes["surroundings_nouns"]), key=len,
                             reverse=True))
    # (and "an observation post on the edge of Tal Rifaat", "in the forests of Abujhmarh", "a
    # checkpoint at the entrance to Warsheekh", "on the track to Tiringoulou"; not
    # "the edge of Mitiga airport", a facility the town names)
    facilities = "|".join(sorted(map(re.escape, _cues()["facility_heads"]), key=len,
                                 reverse=True))
    roadside = re.compile(rf"\b(?:(?:{around})\s+(?:just\s+)?(?:outside|near|around|above|"
                          rf"below|overlooking|beyond)|"
                          rf"(?:edge|outskirts|fringes|forests?|jungles?|hills|streets)\s+of|"
                          r"(?:main\s+)?(?:entrances?|road|track|route)\s+to|"
                          # ("at the entrance to the Nkok special economic zone": the place a
                          # site is named for)
                          r"entrances?\s+to\s+the(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+[a-z]))\s+"
                          rf"(?P<name>{_NAME})\b"
                          rf"(?!\s+(?:[A-Z]\w*\s+)?(?:{facilities})s?\b)")
    # "blocked the main highway between Cochabamba and La Paz at Parotani": where on a road
    road_at = re.compile(rf"\b(?:road|highway|motorway)\b[^.;:]{{0,60}}?\s+at\s+(?P<name>{_NAME})\b"
                         rf"(?!\s+(?:[A-Z]\w*\s+)?(?:{facilities})s?\b)")
    # "in Musaga, a neighbourhood considered an opposition stronghold": told as a part of town
    # (also "In White City, another part of the capital,")
    parted = re.compile(rf"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?P<name>{_NAME}),\s+(?:an?|another)\s+"
                        rf"(?:[\w-]+\s+){{0,2}}?(?:{part}|part\s+of)\b")
    # "blocked the lorry lane at the Dorohusk border crossing": the village a crossing is named for
    # (also "around the Khawak pass": the village a mountain pass is named for)
    # (and "near the Tanougou falls": the village the falls are named for)
    crossing = re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?:border\s+)?(?:crossing(?:\s+point)?|"
                          r"border\s+post|checkpoint|pass|falls|waterfalls?)\b")
    # "regained control of Gashena, a town on the road to Lalibela": an appositive calls it a
    # settlement, whatever word comes before it
    # (also "in Lenakel, the island's main town")
    # (also "In Mailuu-Suu, a town surrounded by ...", opening a sentence: the name after "In")
    settled = re.compile(rf"(?:(?<=[a-z]\s)|(?<=\A)|(?<=\n)|(?<=[.!?]\s))(?:{_OPENING_PREP}\s+)?"
                         rf"(?P<name>{_NAME}),\s+"
                         rf"(?:an?\s+(?:[\w-]+\s+){{0,2}}?|the\s+(?:[a-z]+['’]s\s+)?"
                         rf"(?:main|largest|biggest|second|chief|principal|only)\s+)"
                         rf"(?:{feature})\b(?!['’])")
    # "Khalda is a district in the west of Amman": a sentence telling what kind of place it is
    defined = re.compile(rf"(?:(?<=\A)|(?<=\n)|(?<=[.!?]\s))(?!{_OPENING_PREP}\s)"
                         rf"(?P<name>{_NAME})\s+is\s+"
                         rf"an?\s+(?:[\w-]+\s+){{0,2}}?(?:{feature}|{part})\b(?!['’])")
    # "Residents of Kok-Tash said ...": only a place has residents
    peopled = re.compile(rf"\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Tt]ownspeople)\s+of\s+"
                         rf"(?P<name>{_NAME})")
    # "fighters took control of Tin-Akoff, near the border": only ground is taken control of
    controlled = re.compile(rf"\b(?:took|taken|taking|takes|seized|seizing|seizes|regained|"
                            rf"regaining|wrested|gained|retook|retaken)\s+(?:full\s+)?control\s+"
                            rf"of\s+(?P<name>{_NAME})(?![\w'’-])(?=[,.;]|\s+[a-z])")
    # "raided a house in nearby Morvant": only a place lies nearby (not "nearby Rukban camp", a
    # facility the town names, nor "neighbouring Puncak regency", a unit found as one)
    kinds = "|".join(sorted(map(re.escape, set(_cues()["feature_nouns"]) |
                                set(classes["unit_place_nouns"]) |
                                set(classes["local_unit_nouns"])), key=len, reverse=True))
    nearby = re.compile(rf"\b(?:nearby|neighbou?ring)\s+(?P<name>{_NAME})\b"
                        rf"(?!\s+(?:[A-Z]\w*\s+)?(?:{facilities}|{kinds})s?\b)")
    # "in the X district of <a province>": a unit of the region named after it
    unit_of = re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?:{unit_nouns})\s+of\s+(?=[A-Z])")
    # "fired rockets into X, about 40 kilometres to the north": what lies a distance off is a place
    distanced = re.compile(rf"(?<=[a-z]\s)(?P<name>{_NAME}),\s+(?:(?:about|some|around|roughly|"
                           r"nearly|almost|just|only)\s+)?(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s*"
                           r"(?:km|kilometres|kilometers|miles)\s+(?:to\s+the\s+)?"
                           r"(?:north|south|east|west)")
    # "pulled its fighters out of Mboki": only ground is left by fighters pulled out of it
    forces = "|".join(sorted(map(re.escape, classes["withdrawn_forces"]), key=len, reverse=True))
    vacated = re.compile(rf"\b(?:pull(?:ed|ing|s)?|withdr(?:ew|awn|awing|aws?))\s+(?:(?:its|their|"
                         rf"the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{forces})\s+)?out\s+of\s+"
                         rf"(?P<name>{_NAME})(?![\w'’-])")
    # "at the Ali Adde refugee settlement", "in the Zamzam camp": a camp is named for its place
    camp_kinds = "|".join(sorted(map(re.escape, classes["camp_kinds"]), key=len, reverse=True))
    camped = re.compile(rf"\b(?:[Aa]t|[Ii]n|[Nn]ear|[Ii]nside|[Oo]utside|through|into)\s+the\s+"
                        rf"(?P<name>{_NAME})"
                        rf"\s+(?:(?:{camp_kinds})\s+(?:camp|settlement|site)|camp|settlement)\b"
                        # (not "the Bakassi camp in Maiduguri": a camp of the town told)
                        r"(?!,?\s+(?:in|near|outside|on\s+the\s+(?:edge|outskirts)\s+of)\s+"
                        r"(?:the\s+)?[A-Z])")
    # "On Wakenaam island, villagers caught a man": an island a sentence opens on is the
    # place (not "outside Sipalay, on Negros island": the land that holds the town)
    # (also "In Emba Derho on Sunday, security agents raided a home": a sentence opening on a
    # name and the day, as a dateline does)
    islanded = re.compile(rf"(?:(?<=\A)|(?<=\n)|(?<=[.!?]\s))(?:(?:On|In)\s+(?P<name>{_NAME})"
                          rf"\s+island,|In\s+(?P<off>{_NAME})\s+(?:on|late\s+on|early\s+on)\s+"
                          r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
    return named, tied, owned, unit, roadside, road_at, parted, crossing, settled, peopled, \
        controlled, nearby, unit_of, distanced, vacated, camped, defined, islanded


_ACTING_NOUNS = word_classes()["armed"] | word_classes()["person"] | {"police"}


def _held_at(span: Span) -> bool:
    """'signed a reconciliation agreement ... at Mele Maat on Friday': a name of one or two
    words the tagger read as a person's or a building's, after an 'at' that places a verb's
    act (not 'fired at Ahmed Ali', 'threw stones at ...': what the act was aimed at)."""
    root = span.root
    prep = root.head
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and \
            verb.lemma_.lower() in word_classes()["time_nouns"]:
        verb = verb.head.head  # ("fought ... for several hours at Hawadley": the fight's place)
    return len(span) <= 2 and all(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "FAC")
                                  for t in span) and \
        root.dep_ == "pobj" and word(prep) == "at" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() not in word_classes()["aim_verbs"] and \
        not any(t.text.isupper() for t in span) and len(span[-1].text) >= 3 and \
        not (root.i + 1 < len(span.doc) and span.doc[root.i + 1].tag_ == "POS")


def _where_an_act_happened(span: Span) -> bool:
    """'Seven people were arrested in Visale', 'a shop owned by a trader in Tetere', 'marched
    through Caballito': one word the tagger read as a person's, an organisation's or a
    building's name, after an 'in' (or 'through') that places a verb's act or a person (not
    'confidence in Ruto', 'a role in Odinga's cabinet'); also 'fought with machetes at Lungga',
    a verb's act at a name read as a person's or a building's."""
    prep = span[0].head
    # ("Police in Embilipitiya arrested five men", "workers in Chitakale downed tools": a name
    # the tagger left unlabelled or read as a person's, where those who acted are)
    force_at = span[0].ent_type_ in ("", "PERSON", "ORG", "FAC") and span[0].pos_ == "PROPN" and \
        prep.head.dep_ == "nsubj" and prep.head.head.pos_ == "VERB" and \
        prep.head.head.lemma_.lower() not in word_classes()["speech"] and \
        prep.head.lemma_.lower() in _ACTING_NOUNS
    if _held_at(span):
        return True
    # ("marched through Le Diamant": two words, where only a place can be passed through)
    prep = span.root.head
    through = len(span) == 2 and word(prep) == "through" and prep.head.pos_ == "VERB" and \
        span[1].ent_type_ == span[0].ent_type_ and span[1].pos_ == "PROPN"
    # (also "marched through Busaiteen", one word of any label: only a place is marched through)
    marched = len(span) == 1 and word(prep) == "through" and prep.head.pos_ == "VERB" and \
        prep.head.lemma_.lower() in word_classes()["demonstrate_verbs"] and span[0].pos_ == "PROPN"
    # (also "signed a pact in Datu Montawal on Thursday", "were burned in Bras-Fusil on Friday
    # night": a name of a few words the act's day follows)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    dated = len(span) <= 4 and all(t.text[:1].isupper() or t.text == "-" for t in span) and \
        after is not None and (after.ent_type_ in ("DATE", "TIME") or (
            word(after) == "on" and after.i + 1 < len(span.doc) and
            span.doc[after.i + 1].ent_type_ in ("DATE", "TIME")))
    if (len(span) != 1 and not through and not dated) or \
            (span[0].ent_type_ not in ("PERSON", "ORG", "FAC") and not force_at and
             not marched and not (dated and span[0].ent_type_ == "" and span[0].pos_ == "PROPN")
             ) or \
            span.root.dep_ != "pobj" or any(t.text.isupper() for t in span) or \
            len(span.text) < 4 or word(prep) not in ("in", "through", "at") or \
            (word(prep) == "at" and not (prep.head.pos_ in ("VERB", "NOUN") and
                                         span[0].ent_type_ in ("PERSON", "FAC"))) or \
            span[-1].i + 1 < len(span.doc) and span.doc[span[-1].i + 1].tag_ == "POS":
        return False
    head = prep.head
    # (not "An official in Pibor said ...": where a speaker is, not an act)
    speaker = head.dep_ in ("nsubj", "nsubjpass") and \
        head.head.lemma_.lower() in word_classes()["speech"]
    # (nor "fled their homes in Pibor": a building named by whose it is)
    # (also "was shot dead at a barricade in Robinson": the site the act was at, in the place)
    site = head.pos_ == "NOUN" and head.dep_ == "pobj" and \
        word(head.head) in ("at", "near", "outside", "inside") and head.head.head.pos_ == "VERB"
    return dated or force_at or head.pos_ == "VERB" or word(prep) == "at" or site or (
        head.lemma_.lower() in word_classes()["person"] and not speaker)


def unlisted_places(doc: Doc, text: str, toponyms: list[Toponym], gaz: Gazetteer,
                    country: str | None, doubted: Sequence[tuple[int, int]] = ()
                    ) -> list[Toponym]:
    """Toponyms for cued place names no resolved toponym covers, in text order (a name the
    gazetteer does list for the country, which the recogniser passed over, by its entry), and
    for the `doubted` spans: town names the tagger saw whose only namesakes lie abroad."""
    from eventledger.where.geoparse import Toponym

    # The tagger's labels are weak on small places ("Diraz" an ORG, "Bwesumbu" a PERSON):
    # the cue outweighs them, save for days and demonyms.
    # (a name read, not as a place, inside a longer one is no claim on it: "Mon" of "Chbar Mon")
    taken = [(t.start, t.end) for t in toponyms
             if t.locates or not _inside_a_longer_name(text, t)] + [
        (e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME") or
        (e.label_ == "NORP" and demonym_country(e.text))]  # not "Makuach" tagged a people
    found: dict[int, Toponym] = {}
    sent_of = SentenceIndex(doc)
    landmarks = {e.start_char: e.end_char for e in doc.ents if e.label_ in ("FAC", "LOC")}
    for start, end, needs_anchor in _cued_names(text):
        end = _whole_landmark(landmarks, start, end)
        name = text[start:end]
        if start in found or _not_a_place(name) or \
                any(s < end and start < e for s, e in taken) or \
                (told_as_a_part(text, name) and not _unit_of_a_region(text, end, toponyms, gaz)):
            continue
        if _listed_here(gaz, name, country):
            # "in Rokha district": a place of the country the recogniser passed over, which
            # its cue names (a unit, where a unit noun follows)
            entry = _entry_here(gaz, name, country, unit=bool(_unit_after().match(text, end)))
            span = doc.char_span(start, end, alignment_mode="expand")
            if entry is not None:
                found[start] = Toponym(start, end, name, entry, "city",
                                       sent_of.get(span.start) if span is not None else 0)
            continue
        # "in Ngouboua, on the shores of Lake Chad": a place the tagger knows, though the
        # gazetteer does not, ties the name to the land as well as a known place does.
        tied_to_land = any(e.label_ in ("LOC", "GPE") and end < e.start_char < end + ANCHOR_REACH
                           for e in doc.ents) or \
            any(t.entry is not None and end < t.start < end + ANCHOR_REACH for t in toponyms) or \
            bool(_land_after().match(text, end)) or \
            bool(_OFF_THE_CAPITAL.match(text, end))  # "in Kamenge, in the north of the city"
        town = _town_it_lies_in(text, start, end, toponyms, gaz, country) or \
            _fronted_place(doc, start, toponyms, country, ("city",))
        # "In Gezira state, fighters raided the town of Tambul": with no place told right after
        # it, a name lies in the region its sentence opened in
        told_after = _entry_near(text, name, end, toponyms, gaz, country, True)
        region = None if town is not None or told_after is not None else \
            _fronted_place(doc, start, toponyms, country, ("admin1", "admin2"))
        anchor = town or region
        # ("a new post at Kerbandi, in the south of the region": a part of the land told before)
        tied_to_land = tied_to_land or bool(_PART_OF_THE_LAND.match(text, end))
        entry = _entry_at(name, anchor) if anchor is not None else \
            _entry_near(text, name, end, toponyms, gaz, country, needs_anchor and not tied_to_land)
        if entry is not None:
            span = doc.char_span(start, end, alignment_mode="expand")
            found[start] = Toponym(start, end, name, entry, "city",
                                   sent_of.get(span.start) if span is not None else 0)
    # "police removed Klaaskreek residents": a name the country lists, told as whose residents
    # they are (the tagger often reads it as a person's), and not told before as a place
    # (whose part-retold reading holds: "the Badamdar settlement of Baku ... Badamdar residents")
    told_names = {t.text for t in toponyms}  # (one set, not a scan of them per match)
    for m in _residents_named().finditer(text) if country is not None else ():
        start, end = m.span("name")
        name = m.group("name")
        if start in found or _not_a_place(name) or name in told_names or \
                any(s < end and start < e for s, e in taken) or \
                not _listed_here(gaz, name, country) or \
                (entry := _entry_here(gaz, name, country)) is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        found[start] = Toponym(start, end, name, entry, "city",
                               sent_of.get(span.start) if span is not None else 0)
    # "In Upper Nile state, fighting ... near Nasir": a name the tagger reads as a place, after
    # a locative word, in a sentence that opened in a region of the country, lies in it.
    for m in _LOCATIVE_NAME.finditer(text):
        start, end = m.span("name")
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or start in found or span[0].ent_type_ not in ("GPE", "LOC") or \
                _not_a_place(m.group("name")) or gaz.lookup(m.group("name")) or \
                any(s < end and start < e for s, e in taken):
            continue
        region = _fronted_place(doc, start, toponyms, country, ("admin1", "admin2"))
        if region is not None:
            found[start] = Toponym(start, end, m.group("name"),
                                   _entry_at(m.group("name"), region), "city",
                                   sent_of.get(span.start))
    # "mortar rounds landed near Aden Adde International Airport": a named facility the
    # gazetteer lacks lies in the place told right after it, the town its sentence opened in,
    # or the dateline's town; it keeps its own name there.
    for m in _named_facility().finditer(text):
        start, end = m.span("name")
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or start in found or gaz.lookup(m.group("name")) or \
                any(s < end and start < e for s, e in taken) or \
                any(t.start < end and start < t.end for t in found.values()) or \
                demonym_country(m.group("name").split()[0]):
            continue  # (not "at Kenyan prisons": whose they are)
        entry = _entry_near(text, m.group("name"), end, toponyms, gaz, country, True)
        town = _fronted_place(doc, start, toponyms, country, ("city",)) or \
            _dateline_city(toponyms, country)
        if entry is None and town is not None:
            entry = _entry_at(m.group("name"), town)
        if entry is not None:
            found[start] = Toponym(start, end, m.group("name"), entry, "city",
                                   sent_of.get(span.start))
    # "fired on a patrol near Eteringbang": a name the tagger reads as a place, near which
    # something happened, is a place of the country (a small one the gazetteer lacks), tied
    # to the known place told right after it if any. ("in Kamenge" is as often a part of the
    # town being told about.)
    for m in _NEAR_NAME.finditer(text):
        start, told_end = m.span("name" if m.group("name") else "fronted")
        end = _whole_landmark(landmarks, start, told_end)
        name = text[start:end]
        if text[m.start():m.start() + 6].lower() == "around" and any(
                _DESCRIBED_BUILDING.match(text, told.end()) for told in re.compile(
                    re.escape(name)).finditer(text, max(0, start - SITE_TOLD_REACH),
                                              end + SITE_TOLD_REACH)):
            continue  # ("the zone around Singha Durbar, the main government complex": a site)
        span = doc.char_span(start, end, alignment_mode="expand")
        near_org = span is not None and m.group("name") is not None and \
            _near_a_mistagged_name(text, m.start(), end, name, span[0].ent_type_)
        # (a name listed only abroad, doubted there, is a place of this country: "near Kani")
        listed = _listed_here(gaz, name, country) if country is not None else bool(
            gaz.lookup(name))
        # ("In Duqm, fishermen gathered": a name a sentence opens on, whatever the tagger
        # read it as, is where what follows happened)
        # (also "In Radaa, Houthi officers detained ...", but not "In Mamelodi, Pretoria, ...":
        # a name told before another place is its address)
        fronted = m.group("fronted") is not None and \
            span is not None and span[0].ent_type_ in ("", "PERSON", "ORG", "FAC") and \
            not (m.group("next") and gaz.lookup(m.group("next")))
        if span is None or start in found or \
                (span[0].ent_type_ not in ("GPE", "LOC") and not near_org and not fronted and
                 # ("near Tamanique", read as a people's name no country has)
                 not (span[0].ent_type_ == "NORP" and demonym_country(name) is None)) or \
                _not_a_place(name) or (listed and not near_org) or \
                any(s < end and start < e for s, e in taken) or \
                _has_a_feature_noun(name):
            continue
        if listed:
            # ("near Rueso", tagged an organisation: the country's place of that name)
            here = _entry_here(gaz, name, country) if country is not None else None
            if here is not None:
                found[start] = Toponym(start, end, name, here, "city", sent_of.get(span.start))
            continue
        entry = _entry_near(text, name, end, toponyms, gaz, country, False)
        # ("In Luanda, police broke up a march near Largo da Independencia": a landmark lies in
        # the town the sentence opened in)
        town = _fronted_place(doc, start, toponyms, country, ("city",)) if end > told_end or \
            _PARTICLE_JOINED.search(name) else None
        region = town or _fronted_place(doc, start, toponyms, country, ("admin1", "admin2"))
        if region is not None and (entry is None or entry.admin1 is None):
            entry = _entry_at(name, region)  # "In Sagaing region, ... near Kani": in the region
        if entry is not None:
            found[start] = Toponym(start, end, name, entry, "city", sent_of.get(span.start))
    # "at his home in Paynesville yesterday": a name the tagger reads as a town after "in" (or
    # any name after a facility sited in it: "handed over its camp in Tessalit"),
    # which the gazetteer lacks in the article's country, is a place of that country: at the
    # place told right after it, else in the town the sentence opened in, the dateline's town
    # or the town last told (it is as often a part of that town as a village), else the country
    for m in _IN_NAME.finditer(text):
        which = "name" if m.group("name") else "at"
        name = m.group(which)
        start, end = m.span(which)
        span = doc.char_span(start, end, alignment_mode="expand")
        sited = _sited_facility_before(text, start)
        if span is not None and start not in found and sited and country is not None and \
                _listed_here(gaz, name, country) and not _not_a_place(name) and \
                not any(s < end and start < e for s, e in taken):
            # "the party's office in Durres", a listed town the recogniser passed over: there
            here = _entry_here(gaz, name, country)
            if here is not None:
                found[start] = Toponym(start, end, name, here, "city", sent_of.get(span.start))
            continue
        if span is not None and start not in found and \
                not any(s < end and start < e for s, e in taken) and \
                (variant := _spelt_apart_here(gaz, name, country)) is not None:
            # (the town itself, by the name the text gives it)
            found[start] = Toponym(start, end, name, _entry_at(name, variant), "city",
                                   sent_of.get(span.start))
            continue
        # ("broke up a march in Bilad al Qadeem": a name joined by a particle, after "in", is
        # a place whatever the tagger read it as; not "in Ahmed al Sayed's case")
        particle_named = which == "name" and span is not None and \
            span[0].ent_type_ in ("PERSON", "ORG") and bool(_PARTICLE_JOINED.search(name)) and \
            not name.endswith(("'s", "’s"))
        if span is None or start in found or \
                not (span[0].ent_type_ == "GPE" or sited or particle_named or
                     _where_an_act_happened(span)) or \
                _not_a_place(name) or _listed_here(gaz, name, country) or \
                any(s < end and start < e for s, e in taken) or \
                any(t.start < end and start < t.end for t in found.values()) or \
                told_as_a_part(text, name) or \
                _has_a_feature_noun(name) or \
                _unit_after().match(text, end) or _part_of_the_countrys_name(gaz, name, country):
            continue  # (not "in Oddar Meanchey province": a region, by another spelling)
        entry = _entry_near(text, name, end, toponyms, gaz, country, True)
        # ("In the far north, the mission handed over its camp in Tessalit": far off, not a
        # part of the dateline's town; nor "in Maabatli, in the north-west")
        far = _BEARING.search(text, span.sent.start_char, start) is not None or \
            _IN_A_BEARING.match(text, end) is not None
        town = _fronted_place(doc, start, toponyms, country, ("city",)) or (None if far else (
            _dateline_city(toponyms, country) or next(
                (t.resolved for t in reversed(toponyms) if t.start < start and t.locates and
                 t.resolved.feature == "city" and t.resolved.iso2 == country and
                 # (a name told paragraphs after a small town is a village of its own, no
                 # quarter of it)
                 (t.resolved.population >= FRONTED_CITY_POPULATION or
                  same_paragraph(text, t.start, start))), None)))
        if entry is None:
            entry = _entry_at(name, town) if town is not None else \
                _entry_near(text, name, end, toponyms, gaz, country, False)
        if entry is not None:
            found[start] = Toponym(start, end, name, entry, "city", sent_of.get(span.start))
    # "aircraft bombed Ulang", "rebels overran Kamako": what only a place can be bombed or
    # overrun, a one-word name, is a place of the article's country
    taking = frozenset(_cues()["place_only_taking_verbs"])
    for tok in doc:
        if tok.dep_ != "dobj" or tok.pos_ != "PROPN" or tok.head.lemma_.lower() not in taking or \
                any(c.dep_ in ("compound", "det", "poss", "amod") for c in tok.children) or \
                tok.idx in found or not tok.text[:1].isupper() or _not_a_place(tok.text) or \
                gaz.lookup(tok.text) or \
                any(s < tok.idx + len(tok) and tok.idx < e for s, e in taken):
            continue
        entry = _entry_near(text, tok.text, tok.idx + len(tok), toponyms, gaz, country, False)
        if entry is not None:
            found[tok.idx] = Toponym(tok.idx, tok.idx + len(tok), tok.text, entry, "city",
                                     sent_of.get(tok.i))
    # "in Kuriga, Kaduna State": a name told like an address, the region right after it
    for m in _ADDRESSED_NAME.finditer(text):
        start, end = m.span("name")
        region = next((t.resolved for t in toponyms if t.start == m.end() and t.locates and
                       t.resolved.feature in ("admin1", "admin2") and
                       (country is None or t.resolved.iso2 == country)), None) or \
            _county(text, m.end(), gaz, country)
        if region is None or start in found or _not_a_place(m.group("name")) or \
                _listed_here(gaz, m.group("name"), country) or \
                any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        found[start] = Toponym(start, end, m.group("name"), _entry_at(m.group("name"), region),
                               "city", sent_of.get(span.start) if span is not None else 0)
    # "North Mitrovica", "Upper Dir": a part of a known town of the country, named by a
    # bearing, which the gazetteer lacks: at that town, by the name the text gives it
    for m in _BEARING_NAME.finditer(text):
        start, end = m.span()
        if start in found or gaz.lookup(m.group(0)) or \
                any(s < end and start < e for s, e in taken):
            continue
        town = next((c for c in gaz.lookup(m.group("town")) if c.feature == "city" and
                     c.iso2 == country), None)
        if town is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        found[start] = Toponym(start, end, m.group(0), _entry_at(m.group(0), town), "city",
                               sent_of.get(span.start) if span is not None else 0)
    # "In Sagaing region, helicopters fired rockets into Kani": a town told after a locative
    # word, whose only namesakes lie abroad and were doubted there, is a place of this country
    # when the sentence ties it to one (the town or region it opened in, or a place told right
    # after it)
    for start, end in doubted:
        if start in found or _not_a_place(text[start:end]) or \
                any(s < end and start < e for s, e in taken) or \
                any(t.start < end and start < t.end for t in found.values()):
            continue
        end = _whole_landmark(landmarks, start, end)
        name = text[start:end]
        # ("banned gatherings in Tayma", told before as "the Tayma area of Farwaniyah": that part)
        anchor = _town_of_its_part(text, name, toponyms, gaz, country) or \
            _town_it_lies_in(text, start, end, toponyms, gaz, country) or \
            _fronted_place(doc, start, toponyms, country, ("city", "admin1", "admin2"))
        # ("a vigil in the main square of Alegria": a town, whose square it is)
        entry = _entry_at(name, anchor) if anchor is not None else \
            _entry_near(text, name, end, toponyms, gaz, country,
                        PART_OF_A_TOWN_BEFORE.search(text, max(0, start - 40), start) is None)
        span = doc.char_span(start, end, alignment_mode="expand")
        if entry is not None and span is not None:
            found[start] = Toponym(start, end, name, entry, "city", sent_of.get(span.start))
    # "hideouts on islands near Ngouboua": a place the text made known is known where it is
    # named again without its cue.
    for first in list(found.values()):
        for m in re.finditer(rf"\b{re.escape(first.text)}\b", text):
            start, end = m.span()
            if start in found or any(s < end and start < e for s, e in taken) or \
                    any(t.start < end and start < t.end for t in found.values()):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            found[start] = Toponym(start, end, first.text, first.entry, "city",
                                   sent_of.get(span.start) if span is not None else 0)
    return sorted(found.values(), key=lambda t: t.start)


_CAPITALISED_BEFORE = re.compile(r"\b(?!(?:In|At|On|Near|From|To|By|For|Of|The|A|An|And|But|As)\s)"
                                 r"[A-Z][\w'’-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z]")


def _whole_landmark(landmarks: dict[int, int], start: int, end: int) -> int:
    """Where the name starting at `start` ends: at the end of the landmark the tagger read
    there ('near Largo da Independencia': the whole name, not the word before 'da');
    `landmarks` maps the tagger's facility and location names' starts to their ends."""
    return max(end, landmarks.get(start, end))


def _inside_a_longer_name(text: str, top: Toponym) -> bool:
    """Whether a capitalised word (not a sentence's first 'In', 'The') runs on right before or
    after the toponym."""
    return _CAPITALISED_BEFORE.search(text, max(0, top.start - 30), top.start) is not None or \
        _CAPITALISED_AFTER.match(text, top.end) is not None


def _entry_here(gaz: Gazetteer, name: str, country: str | None, unit: bool = False
                ) -> GazetteerEntry | None:
    """The gazetteer's place of the name in the article's country: a town, or a unit where a
    unit noun follows the name; the most populous of them."""
    here = [c for c in gaz.lookup(name) if country is None or c.iso2 == country]
    return min(here, key=lambda c: (c.feature.startswith("admin") != unit, -c.population),
               default=None)


# Labels the tagger gives small places it does not know ("near Hombori" read as a product,
# "near Bint Jbeil" as a building), and none at all
MISTAGGED_PLACE_LABELS = frozenset(("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT",
                                    ""))


def _near_a_mistagged_name(text: str, near_at: int, end: int, name: str, label: str) -> bool:
    """'an air strike near Buulo Mareer': a name the tagger calls an organisation or a person
    (or a product, or nothing) after 'near' is a place, since only a place lies near (not a
    facility or a landmark of it, an acronym, or a possessive)."""
    last = name.split()[-1].lower()
    # (a building the tagger saw, told as one: "near La Fortaleza, the governor's residence")
    described = label == "FAC" and bool(_DESCRIBED_BUILDING.match(text, end))
    # (also "stopped a boat off Liwa": only a place lies off a ship's course)
    # ("struck fighters outside Guriceel", read as a person; not "outside Congress", an
    # institution the tagger knows)
    outside = text[near_at:near_at + 7].lower() == "outside" and label in ("PERSON", "", "PRODUCT")
    return label in MISTAGGED_PLACE_LABELS and \
        (text[near_at:near_at + 4].lower() in ("near", "off ") or outside) and \
        not _facility_after().match(text, end) and not name.isupper() and not described and \
        not re.search(r"['’]", name) and last not in word_classes()["landmark_heads"] and \
        last not in _cues()["facility_heads"]


# ", the governor's residence", ", a former army barracks": a name told as a building
_DESCRIBED_BUILDING = re.compile(r",\s+(?:the|a|an)\s+(?!(?:town|village|city|hamlet|district|"
                                 r"area|region|suburb|neighbou?rhood)\b)")


@lru_cache(maxsize=1)
def _facility_after() -> re.Pattern[str]:
    """A possessive or a facility noun right after a name ('Shell's terminal', 'X Airport')."""
    heads = "|".join(map(re.escape, _cues()["facility_heads"]))
    return re.compile(rf"['’]|\s+(?:[A-Z]\w*\s+)?(?i:{heads})s?\b")


@lru_cache(maxsize=1)
def _named_facility() -> re.Pattern[str]:
    """'near Aden Adde International Airport', 'at Kityerera Prison': a facility's proper name
    after a locative word."""
    heads = "|".join(h.capitalize() for h in sorted(word_classes()["town_named_landmarks"],
                                                    key=len, reverse=True))
    # (also "outside Dry Dock prison", the facility's noun in lower case)
    return re.compile(rf"\b(?:[Nn]ear|[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Oo]n)\s+(?:the\s+)?"
                      rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}\s+(?:{heads}|{heads.lower()}))\b"
                      # (not "near the Red Sea port of Al Salif": the town it is the port of)
                      r"(?!\s+of\s+[A-Z])")


def _cued_names(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, needs an anchor place) of names a cue marks as places: a settlement noun
    before them or a tie to a place after them. (The tagger's place label alone is too weak:
    "in Kamenge" is as often a part of the town being told about.)"""
    named, tied, owned, unit, roadside, road_at, parted, crossing, settled, peopled, \
        controlled, nearby, unit_of, distanced, vacated, camped, defined, islanded = \
        _cue_patterns()
    out = [(*m.span("name" if m.group("name") else "off"), False)
           for pattern in (named, unit, roadside, road_at, parted, crossing, settled, peopled,
                           controlled, nearby, distanced, vacated, camped, defined, islanded)
           for m in pattern.finditer(text)]
    out += [(*m.span("name"), True) for pattern in (tied, owned, unit_of)
            for m in pattern.finditer(text)]
    # ("in Tizi Ouzou, Bouira and other towns of Kabylie": the land holding them, no town)
    return [(s, e, anchored) for s, e, anchored in out
            if not _OTHERS_OF.search(text, max(0, s - 40), s)]


SITE_TOLD_REACH = 2000  # characters around a name told 'around' within which it may be a site's
# "the main square of X", "the outskirts of X": a part of the town named after it
PART_OF_A_TOWN_BEFORE = re.compile(r"\b(?:square|centre|center|streets|outskirts|heart)\s+of\s+$")
_OTHERS_OF = re.compile(r"\bother\s+[a-z]+s\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _residents_named() -> re.Pattern[str]:
    """A name, then the people living there ('Klaaskreek residents')."""
    dwellers = "|".join(sorted((d if d.endswith(("people", "folk")) else d + "s"
                                for d in word_classes()["dwellers"]), key=len, reverse=True))
    return re.compile(rf"(?P<name>{_NAME})\s+(?:{dwellers})\b")


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    """A unit noun right after a name ('Oddar Meanchey province', 'Rokha district')."""
    classes = word_classes()
    units = (set(_cues()["feature_nouns"]) | set(classes["unit_place_nouns"]) |
             set(classes["local_unit_nouns"])) - set(classes["settlement_nouns"]) - {"capital"}
    return re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, units), key=len, reverse=True)) +
                      r")s?\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _part_nouns() -> tuple[str, str, str, str, str]:
    """Alternations of every town-part noun, of those never a unit of their own, of those
    told with their town ('the Flanker community of Montego Bay': a part only with 'of'), of
    the words telling what kind of part it is ('the Saint-Louis tribal area'), and of the
    parts that are one only so qualified or told with their town ('the Etas area' is a
    village's surroundings)."""
    classes = word_classes()
    urban = set(classes["town_part_nouns"]) - set(classes["unit_place_nouns"]) - \
        set(classes["local_unit_nouns"])
    def alternation(nouns: set[str] | frozenset[str]) -> str:
        return "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))

    return alternation(classes["town_part_nouns"]), alternation(urban), alternation(
        set(classes["town_part_nouns"]) | set(classes["parts_named_with_their_town"])), \
        alternation(classes["part_qualifiers"]), \
        alternation(urban - set(classes["loose_part_nouns"]))


@lru_cache(maxsize=1)
def _unit_of() -> re.Pattern[str]:
    """' district of ', ' county of ': a unit noun, then the region it belongs to."""
    units = "|".join(sorted(map(re.escape, word_classes()["unit_place_nouns"]), key=len,
                            reverse=True))
    return re.compile(rf"\s+(?:{units})\s+of\s+")


def _unit_of_a_region(text: str, end: int, toponyms: list[Toponym], gaz: Gazetteer) -> bool:
    """'the X district of <a province>': a unit of the region named after it, a place of its
    own (not 'the X district of <a town>', a part of the town, even where the town is a unit
    of its own name as well)."""
    m = _unit_of().match(text, end)
    return m is not None and any(
        t.start == m.end() and t.entry is not None and t.entry.feature in ("admin1", "admin2") and
        not any(c.feature == "city" and c.iso2 == t.entry.iso2 for c in gaz.lookup(t.text))
        for t in toponyms)


def told_as_a_part(text: str, name: str) -> bool:
    """'a bar in the Nyakabiga neighbourhood of Bujumbura ... residents of Nyakabiga': a part
    of a town, which is coded at the town by its name (`link.named_part`), no place of its own."""
    every, parts, with_town, kind, bare = _part_nouns()
    name = re.escape(name)
    # ("the Musaga neighbourhood", "Bujumbura's Musaga district", "the Nyakabiga district of
    # the capital"; not "in Oral district, Kampong Speu province" or "the Hawija district west
    # of Kirkuk", units of their own)
    # (also "the Saint-Louis tribal area": a part told with what kind of part it is)
    return re.search(rf"\bthe\s+(?:(?:nearby|neighbou?ring|adjacent)\s+)?{name}\s+"
                     rf"(?:(?:{kind})\s+(?:{parts})|(?:{bare}))\b|"
                     rf"['’]s?\s+{name}\s+(?:{every})\b|"
                     rf"\bthe\s+{name}\s+(?:{with_town})\s+of\b", text) is not None


def told_as_a_part_after(text: str, name: str) -> bool:
    """'Babylon, an informal settlement on the edge of Windhoek': a part of a town, told in
    apposition after its name."""
    _, _, _, _, bare = _part_nouns()
    return re.search(rf"\b{re.escape(name)},\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{bare})\s+"
                     r"(?:on|of|in|at)\b", text) is not None


@lru_cache(maxsize=1)
def _sited_facility() -> re.Pattern[str]:
    sited = "|".join(sorted(map(re.escape, word_classes()["sited_facility_nouns"]), key=len,
                            reverse=True))
    return re.compile(rf"\b(?:its|their|his|her|the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?"
                      # (also "a checkpoint at Chabelley"; not "fled their homes in Pibor":
                      # where the displaced lived, no site of an act)
                      rf"(?:{sited})s?(?<!homes)\s+(?:in|at)\s+$")


def _sited_facility_before(text: str, start: int) -> bool:
    """'the police headquarters in Naguru', 'its camp in Tessalit': a facility told as sited in
    the name that follows, which makes it a place whatever the tagger says."""
    return _sited_facility().search(text, max(0, start - 60), start) is not None


def _listed_here(gaz: Gazetteer, name: str, country: str | None) -> bool:
    """Whether the gazetteer knows the name in the article's country ('Bwera' read as a
    spelling of a town in Pakistan is not the Ugandan village)."""
    return any(country is None or c.iso2 == country for c in gaz.lookup(name))


def _spelt_apart_here(gaz: Gazetteer, name: str, country: str | None) -> GazetteerEntry | None:
    """'in Janzour' for Janzur: a town of the article's country the gazetteer spells with the
    English "u" where the text has the French "ou" (none where it knows the name as written)."""
    if country is None or "ou" not in name or gaz.lookup(name):
        return None
    spelt = name.replace("ou", "u")
    return next((c for c in gaz.lookup(spelt) if c.iso2 == country and c.feature == "city" and
                 fold(c.name) == fold(spelt)), None)


def _has_a_feature_noun(name: str) -> bool:
    """'Kamenge district', 'the Bamba area': a word of a place's kind inside the name (not the
    'Town' of 'Kossoh Town', a word of the name itself)."""
    return any(w.lower() in _cues()["feature_nouns"] for w in name.split() if w != "Town")


def _not_a_place(name: str) -> bool:
    """Words a cue may precede that name no place ('the town of Congress'), and names of
    organisations ('in Ansar Dine, ...')."""
    words = [fold(w) for w in name.split()]
    # (nor "the Kyrgyz-Uzbek border": peoples joined, naming what lies between them)
    peoples = "-" in name and all(demonym_country(p) for p in name.split("-"))
    # (nor "near Place de la Comedie": a square's head word, the rest of its name lower-case)
    street = len(words) == 1 and words[0] in _cues()["street_heads"]
    # (nor "a camp of FARC dissidents": an acronym names a group)
    acronym = name.isupper() and " " not in name and len(name) <= ACRONYM_MAX
    return peoples or street or acronym or bool(set(words) & (word_classes()["not_place_names"] |
                                                              _cues()["organisation_heads"]))


ACRONYM_MAX = 5  # letters of an upper-case word read as a group's initials, no place


def _entry_near(text: str, name: str, end: int, toponyms: list[Toponym], gaz: Gazetteer,
                country: str | None, needs_anchor: bool) -> GazetteerEntry | None:
    """An entry for an unlisted place: the first sub-national place told right after its name,
    in its sentence, gives its region and point, else (when its cue word says it is a place)
    the article's country does."""
    told = next((t for t in toponyms if end <= t.start < end + ANCHOR_REACH and
                 t.locates and t.resolved.feature in ("city", "admin2", "admin1") and
                 (country is None or t.resolved.iso2 == country) and
                 not _SENTENCE_END.search(text, end, t.start)), None)
    anchor = told.resolved if told is not None else None
    if told is not None and anchor is not None and anchor.feature == "city" and \
            told.cue in ("admin1", "admin2"):
        # ("near Poroz, in the Belgorod region", the gazetteer knowing only the town: the
        # region the word names holds it, as a place of its own)
        anchor = replace(anchor, feature=told.cue)
    if anchor is None:
        anchor = _town_of_its_part(text, name, toponyms, gaz, country)
    if anchor is None and needs_anchor:
        return None
    if anchor is None:
        anchor = _fronted_town(text, end - len(name), toponyms, country)
    if anchor is None:
        anchor = gaz.country(country) if country else None
    if anchor is None:
        return None
    return _entry_at(name, anchor)


_OPENS_ON = re.compile(r"(?:\A|\n|[.!?][\"”’)]?\s)\s*In\s+\Z")


def _fronted_town(text: str, start: int, toponyms: list[Toponym],
                  country: str | None) -> GazetteerEntry | None:
    """'In Srinagar, militants threw a grenade near Lal Chowk': the town the sentence opens
    on holds the place told later in it."""
    return next((t.resolved for t in toponyms if start - ANCHOR_REACH <= t.start < start and
                 t.locates and t.resolved.feature == "city" and t.resolved.listed and
                 (country is None or t.resolved.iso2 == country) and
                 text.startswith(",", t.end) and
                 _OPENS_ON.search(text[max(0, t.start - 8):t.start]) is not None and
                 not _SENTENCE_END.search(text, t.end, start)), None)


def _town_it_lies_in(text: str, start: int, end: int, toponyms: list[Toponym], gaz: Gazetteer,
                     country: str | None) -> GazetteerEntry | None:
    """'in Kamenge, in the north of the city': the town told before (the capital, for 'of the
    capital'), which the unlisted part lies in."""
    m = _OFF_THE_CAPITAL.match(text, end)
    if m is None or country is None:
        return None
    if m.group("whole") == "capital":
        return _capital_of(gaz, country)
    return next((t.resolved for t in reversed(toponyms) if t.start < start and t.locates and
                 t.resolved.feature == "city" and t.resolved.iso2 == country), None)


def _capital_of(gaz: Gazetteer, country: str) -> GazetteerEntry | None:
    """The capital city of the country with ISO code `country`."""
    nation = gaz.country(country)
    return gaz.capital(nation.name) if nation is not None else None


def _town_of_its_part(text: str, name: str, toponyms: list[Toponym], gaz: Gazetteer,
                      country: str | None) -> GazetteerEntry | None:
    """The town the article tells the name as a part of ('in the Flanker community of Montego
    Bay ... Residents of Flanker said'; the capital, for 'the Wadi district of the capital')."""
    m = re.search(rf"\bthe\s+{re.escape(name)}\s+(?:{_part_nouns()[2]})\s+of\s+(?:the\s+)?",
                  text)
    if m is None:
        return None
    if re.match(r"capital\b", text[m.end():m.end() + 8]) and country is not None:
        return _capital_of(gaz, country)
    return next((t.resolved for t in toponyms if t.start == m.end() and t.locates and
                 t.resolved.feature == "city"), None)


def _part_of_the_countrys_name(gaz: Gazetteer, name: str, country: str | None) -> bool:
    """'in Bosnia' for Bosnia and Herzegovina: the country, by a short form of its name."""
    nation = gaz.country(country) if country else None
    return nation is not None and fold(nation.name).startswith(fold(name))


def dateline_place(toponyms: list[Toponym]) -> Toponym | None:
    """The town or region of the dateline ('YEREVAN, June 13 -'): the first place told, in
    capitals, in the opening sentence."""
    first = next((t for t in toponyms if t.entry is not None), None)
    if first is None or first.sent_index != 0 or not first.text.isupper() or \
            first.resolved.feature not in ("city", "admin2", "admin1"):
        return None
    return first


def _dateline_city(toponyms: list[Toponym], country: str | None) -> GazetteerEntry | None:
    """The town of the dateline ('KAMPALA —'), when it is a town of the article's country."""
    first = dateline_place(toponyms)
    if first is None or first.resolved.feature != "city" or first.resolved.iso2 != country:
        return None
    return first.resolved


def _fronted_place(doc: Doc, start: int, toponyms: list[Toponym], country: str | None,
                   features: tuple[str, ...]) -> GazetteerEntry | None:
    """'In Honiara, residents of Burns Creek blocked a road', 'In Upper Nile state, fighting
    ... near Nasir': the town (or region) the sentence opened in, which the place named after
    it lies in."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    # (a region the sentence opens in holds it, in whatever country: "In the occupied West
    # Bank, settlers attacked farmers near Turmus Ayya" in a report from Israel)
    return next((t.resolved for t in toponyms if sent.start_char <= t.start < start and
                 t.locates and t.entry is not None and t.resolved.feature in features and
                 (country is None or t.resolved.iso2 == country or
                  t.resolved.feature == "admin1") and
                 FRONTED_IN.fullmatch(text_of(doc)[sent.start_char:t.start])), None)


_COUNTY = re.compile(rf"(?:County\s+(?P<after>{_WORD})|(?P<before>{_NAME})\s+County)\b")


# "Boni, in the central Mopti region", "Paris, in Texas": a name told with its address
# (also "the Saint-Louis tribe, in the commune of Mont-Dore": its kind of settlement between)
# (not "gathered in Riga in support of Ukraine": a cause, no address)
_ADDRESS_AFTER = re.compile(r"(?:\s+(?:tribe|village|hamlet|settlement|township|district|quarter|"
                            r"neighbou?rhood|suburb|area))?,?\s+(?:(?:just|also)\s+)?in\s+(?:the\s+)?"
                            r"(?:(?!(?:support|solidarity|memory|honou?r|protest|response|"
                            r"defiance|favou?r|mourning|tribute|retaliation|opposition)\b)"
                            r"[a-z-]+\s+){0,2}")
# "Phoenix, a township north of Durban": a name told with a bearing from a known place
_APPOSED_BEARING = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}(?:just\s+|some\s+)?"
                              r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+")


# "the Springfield settlement, south of Harare", "Kisoro, 20 km north of Goma": a name told by its
# bearing from a town, which it lies near
_BEARING_AFTER = re.compile(r"(?:\s+(?:tribe|village|hamlet|settlement|township|district|quarter|"
                            r"neighbou?rhood|suburb|area))?,?\s+(?:just\s+|some\s+|about\s+)?"
                            r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+")
BEARING_REACH_KM = 250  # how far from the town a place told by its bearing from it may lie


# "El Aguaje, a village in the municipality of Aguililla": a name told with the unit it lies in
_APPOSED_SETTLEMENT = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:village|town|hamlet|"
                                 r"settlement|community)\s+in\s+(?:the\s+)?(?:(?:municipality|"
                                 r"district|county|commune|department)\s+of\s+)?")


# Nouns for a part of a town told with the town ("the old centre of Ankara", "a district of").
PART_NOUNS = r"(?:area|district|neighbou?rhood|quarter|section|suburb|part|centre|center|heart)"
# "Ulus, the old centre of Ankara", "Batikent, a district of Ankara": a part told with its town
_APPOSED_PART = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?{PART_NOUNS}"
                           r"\s+of\s+(?:the\s+)?")


def addressed_places(text: str, toponyms: list[Toponym], gaz: Gazetteer,
                     country: str | None = None, capitals: Sequence[Toponym] = ()) -> None:
    """A name resolved to a place outside the region or country told right after it as its
    address is that address's namesake ('Paris, in Texas'), or, resolved abroad, an unlisted
    place there ('a landmine near Boni, in the central Mopti region' is no spelling of Bonn).
    A town of the article's `country`, by its own name, keeps to it when the address is a
    district abroad, which is then no place ('Tibú, in the Catatumbo region': the Colombian
    region, not the Venezuelan municipality)."""
    # (the `capitals` told, "also in the capital", address a name but are never readdressed)
    starts = {t.start: t for t in (*toponyms, *capitals) if t.entry is not None and t.locates}
    for top in toponyms:
        entry = top.entry
        if entry is None or not top.locates or entry.feature == "country":
            continue
        bearing = _BEARING_AFTER.match(text, top.end)
        town = starts.get(bearing.end()) if bearing else None
        if town is not None and town.resolved.feature == "city" and \
                not _within_reach(entry, town.resolved):
            top.entry = next((c for c in gaz.lookup(top.text) if c.feature == "city" and
                              _within_reach(c, town.resolved)), None) or \
                _entry_at(top.text, town.resolved)
            continue
        m = _ADDRESS_AFTER.match(text, top.end) or _APPOSED_BEARING.match(text, top.end) or \
            _APPOSED_SETTLEMENT.match(text, top.end) or _APPOSED_PART.match(text, top.end)
        where = starts.get(m.end()) if m else None
        if where is None and text.startswith(", ", top.end):
            # "In Mamelodi, Pretoria, men beat ...": a town set after a place as its address
            # (not "in Soweto, Alexandra and Tembisa", a list)
            town = starts.get(top.end + 2)
            where = town if town is not None and town.resolved.feature == "city" and \
                ADDRESS_END.match(text, town.end) else None
        if where is None or where.resolved.feature not in ("country", "admin1", "admin2", "city"):
            continue
        address = where.resolved
        told_in = m is not None and m.re is _ADDRESS_AFTER
        region = next((c for c in gaz.lookup(where.text) if c.feature in ("admin1", "admin2")
                       and _lies_in(entry, c)), None) if told_in and \
            address.feature == "city" and address.geonameid != entry.geonameid else None
        if region is not None:
            where.entry = region  # "near Tame, in Arauca": the department, not its capital
            continue
        if _lies_in(entry, address):
            continue
        if entry.iso2 == country != address.iso2 and address.feature == "admin2" and \
                fold(entry.name) == fold(top.text):
            where.entry = None  # the district abroad is a namesake of the home region
            continue
        here = [c for c in gaz.lookup(top.text) if c.feature != "country" and _lies_in(c, address)]
        if here:
            top.entry = here[0]
        elif entry.iso2 != address.iso2 or address.feature == "city":
            # (within one country, regions overlap: Nablus lies in its governorate and in the
            # West Bank, which the gazetteer lists as two first-level units)
            top.entry = _entry_at(top.text, address)


def spellings_outside_fronted_regions(doc: Doc, toponyms: list[Toponym]) -> None:
    """'In the Oti region, two groups fought near Nkwanta': a name matched only as another
    spelling of a town in another region (Duayaw-Nkwanta) is an unlisted place of the region
    the sentence opened in."""
    for top in toponyms:
        entry = top.entry
        if entry is None or not top.locates or entry.feature != "city" or \
                fold(entry.name) == fold(top.text):
            continue
        region = _fronted_place(doc, top.start, toponyms, entry.iso2, ("admin1",))
        if region is not None and not _lies_in(entry, region):
            unlisted = _entry_at(top.text, region)
            for same in toponyms:  # (the name told again later is the same place)
                if same.entry == entry and fold(same.text) == fold(top.text):
                    same.entry = unlisted


def _within_reach(entry: GazetteerEntry, town: GazetteerEntry) -> bool:
    """Whether the place lies near enough the town to be told by its bearing from it."""
    lat, lon, town_lat, town_lon = entry.latitude, entry.longitude, town.latitude, town.longitude
    if lat is None or lon is None or town_lat is None or town_lon is None:
        return True  # (nothing to measure: the gazetteer's word stands)
    return distance_km(lat, lon, town_lat, town_lon) <= BEARING_REACH_KM


def _lies_in(entry: GazetteerEntry, address: GazetteerEntry) -> bool:
    """Whether the entry lies in the country, region or town's region `address` names."""
    if entry.iso2 != address.iso2:
        return False
    if address.feature == "country":
        return True
    return entry.admin1 == address.admin1 and (address.feature in ("admin1", "city") or
                                               entry.admin2 == address.admin2)


# (also ", and looted shops": a verb of the act goes on, not "and other townships")
ADDRESS_END = re.compile(r",\s+(?!and\b|or\b)[a-z]|\s*[.;:]|,\s+and\s+[a-z]+(?:ed|ing)\b")


# A fronted city this large has quarters; a listed place this small in its province, told after
# it in the sentence, is read as one of them rather than as a village of the same name.
FRONTED_CITY_POPULATION = 100_000
QUARTER_POPULATION = 20_000


def parts_of_fronted_cities(doc: Doc, toponyms: list[Toponym], gaz: Gazetteer) -> None:
    """'In Istanbul, police dispersed a march by students in Kadikoy': a small place of the
    city's province with a name several places share, named after the city the sentence opened
    in, is a part of that city (the gazetteer's Kadıköy of Silivri is a village 50 km off),
    placed at the city. A name only one place bears is that place."""
    for top in toponyms:
        entry = top.entry
        # ("In Caracas, thousands gathered in Las Mercedes": no unit of a far region either)
        far_unit = entry is not None and entry.feature == "admin2" and top.cue is None and \
            entry.population < QUARTER_POPULATION
        if entry is None or not top.locates or top.cue not in (None, "city") or \
                (entry.feature != "city" and not far_unit) or \
                entry.population >= QUARTER_POPULATION:
            continue
        city = _fronted_place(doc, top.start, toponyms, entry.iso2, ("city",))
        if far_unit and city is not None and city.population >= FRONTED_CITY_POPULATION and \
                entry.admin1 != city.admin1:
            top.entry = _entry_at(top.text, city)
            continue
        if city is not None and city.population >= FRONTED_CITY_POPULATION and \
                city.geonameid != entry.geonameid and \
                _in_its_metropolis(entry, city) and len(gaz.lookup(top.text)) > 1:
            top.entry = _entry_at(top.text, city)


def _in_its_metropolis(entry: GazetteerEntry, city: GazetteerEntry) -> bool:
    """Whether the place lies in the province named after the city (İstanbul, Nairobi Area) or
    in the city's own district: a state such as Maharashtra is too wide to say so."""
    if (entry.iso2, entry.admin1) != (city.iso2, city.admin1) or city.admin1 is None:
        return False
    return fold(short_admin_name(city.admin1)) == fold(city.name) or \
        (city.admin2 is not None and entry.admin2 == city.admin2)


def _county(text: str, at: int, gaz: Gazetteer, country: str | None) -> GazetteerEntry | None:
    """'in Lurgan, County Armagh', 'in Ferguson, St. Louis County': a county the gazetteer
    lacks by that name, placed at the known place of the country named after it."""
    m = _COUNTY.match(text, at)
    if m is None or country is None:
        return None
    name = m.group("after") or m.group("before")
    return next((e for e in gaz.lookup(name) if e.iso2 == country and
                 e.feature in ("admin1", "admin2", "city")), None)


def _entry_at(name: str, anchor: GazetteerEntry) -> GazetteerEntry:
    """The unlisted place's entry, in the known place it is tied to."""
    point = (anchor.seat_latitude, anchor.seat_longitude) if anchor.feature != "country" \
        else (None, None)
    # Near a town, it takes the town's id, as ACLED codes a village its gazetteer lacks at the
    # nearest town; in a region or a country, an id of its own (below zero) keeps it apart.
    gid = anchor.geonameid if anchor.feature == "city" else \
        -(zlib.crc32(f"{anchor.iso2}:{fold(name)}".encode()) & 0x7FFFFFFF) - 1
    return replace(anchor, geonameid=gid, name=name, feature="city", population=0,
                   admin1=anchor.admin1 if anchor.feature != "country" else None,
                   admin2=anchor.admin2 if anchor.feature in ("city", "admin2") else None,
                   latitude=point[0], longitude=point[1],
                   seat_latitude=point[0], seat_longitude=point[1], listed=False)
