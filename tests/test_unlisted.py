import pytest

from eventledger.where import gazetteer
from eventledger.where.geoparse import geoparse, to_place
from parses import parse


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def unlisted(text, gaz):
    tops, _ = geoparse(parse(text), gaz)
    return {t.text: t.entry for t in tops if not t.entry.listed}


def country_kept(text, name, gaz):
    """The country of a place the gazetteer lacks, as the text keeps it."""
    assert not gaz.lookup(name)
    return to_place(unlisted(text, gaz)[name]).country


def test_a_village_the_gazetteer_lacks_is_kept_by_name_in_the_country(gaz):
    text = ("NIAMEY — Gunmen on motorbikes attacked the village of Tondikarey Bangou on Tuesday, "
            "killing three farmers.")
    assert not gaz.lookup("Tondikarey Bangou")
    entry = unlisted(text, gaz)["Tondikarey Bangou"]
    place = to_place(entry)
    assert (place.country, place.geo_precision, place.latitude) == ("Niger", 3, None)
    assert place.geonameid is not None and place.geonameid < 0  # its own id, no listed place's


def test_a_place_tied_to_a_town_takes_the_town_point(gaz):
    text = "Soldiers clashed with cattle raiders in Bwesumbu, north of Kasese, on Sunday."
    entry = unlisted(text, gaz)["Bwesumbu"]
    [kasese] = [e for e in gaz.lookup("Kasese") if e.feature == "city" and e.iso2 == "UG"]
    place = to_place(entry)
    assert (place.location, place.geonameid, place.geo_precision) == ("Bwesumbu",
                                                                      kasese.geonameid, 2)
    assert (place.admin1, place.latitude) == (kasese.admin1, kasese.seat_latitude)


def test_no_place_without_a_cue_or_an_anchor(gaz):
    assert unlisted("She grew up in Mbwera, in a family of farmers, on the Kenyan coast.",
                    gaz) == {}
    assert unlisted("The minister spoke in Parliament, in Nairobi, on Tuesday.", gaz) == {}


def test_a_place_tied_to_a_border_with_a_neighbour_is_kept(gaz):
    text = ("COTONOU, Benin — Gunmen attacked a gendarmerie post in Koudoukou, near the border "
            "with Togo, on Friday.")
    assert country_kept(text, "Koudoukou", gaz) == "Benin"


def test_a_place_made_known_is_known_where_named_again(gaz):
    text = ("NIAMEY — Gunmen attacked the village of Tondikarey Bangou on Tuesday. On Wednesday, "
            "soldiers searched the bush around Tondikarey Bangou.")
    tops, _ = geoparse(parse(text), gaz)
    assert [t.text for t in tops if t.entry is not None and not t.entry.listed] == \
        ["Tondikarey Bangou", "Tondikarey Bangou"]


def test_a_place_in_a_sentence_that_opened_in_its_region_lies_in_it(gaz):
    text = "In Jonglei state, soldiers clashed with armed youths near Pajut on Sunday."
    assert not gaz.lookup("Pajut")
    place = to_place(unlisted(text, gaz)["Pajut"])
    assert (place.country, place.admin1) == ("South Sudan", "Jonglei")


def test_what_aircraft_bombed_is_a_place(gaz):
    text = "JUBA — On Monday, government aircraft bombed Longechuk, killing four civilians."
    assert country_kept(text, "Longechuk", gaz) == "South Sudan"


def test_a_part_of_a_known_town_named_by_a_bearing_is_at_that_town(gaz):
    text = ("PRISTINA, Kosovo — Several hundred people gathered in North Peja on Monday to "
            "demand the release of two men.")
    entry = unlisted(text, gaz)["North Peja"]
    [peja] = [e for e in gaz.lookup("Peja") if e.feature == "city" and e.iso2 == "XK"]
    assert (to_place(entry).location, entry.geonameid) == ("North Peja", peja.geonameid)


def test_a_place_something_happened_near_is_kept_though_the_gazetteer_lacks_it(gaz):
    text = ("GEORGETOWN, Guyana — Armed men fired on a Guyana Defence Force patrol near "
            "Kamarangbang on Sunday, the army said.")
    assert not gaz.lookup("Kamarangbang")
    entry = unlisted(text, gaz).get("Kamarangbang")
    assert entry is not None and to_place(entry).country == "Guyana"


@pytest.mark.parametrize("text, name, country", [
    # a village the gazetteer lists only as a spelling of a town abroad
    ("KAMPALA — Four farmers were found dead in their gardens near Bwera, on the border with "
     "Congo, on Tuesday.", "Bwera", "Uganda"),
    # a village tied to its state without a comma
    ("JUBA — Armed youths raided cattle camps around Pakam Toc in Lakes state on Monday.",
     "Pakam Toc", "South Sudan"),
])
def test_a_village_tied_to_its_land_is_kept_in_the_articles_country(gaz, text, name, country):
    entry = unlisted(text, gaz).get(name)
    assert entry is not None and to_place(entry).country == country


def test_a_name_its_unit_noun_calls_a_county_is_a_place(gaz):
    text = ("JUBA — An air strike hit a market in Lobokwet county on Thursday, killing four "
            "traders, local officials said.")
    assert country_kept(text, "Lobokwet", gaz) == "South Sudan"


def test_the_main_town_of_a_known_place_is_a_place(gaz):
    text = ("Rebels attacked a post in Wandai, the main town of a remote district of Central "
            "Papua, on Thursday.")
    assert country_kept(text, "Wandai", gaz) == "Indonesia"


@pytest.mark.parametrize("text, name", [
    ("MAIDUGURI, Nigeria — A landmine struck a bus on the road outside Kirawa on Thursday, "
     "a nurse said.", "Kirawa"),  # (the bank's parse tags the name an organisation)
    ("MAIDUGURI, Nigeria — Artillery pounded the hills around Kirawa on Monday.", "Kirawa"),
    ("MAIDUGURI, Nigeria — Troops took over a checkpoint on the edge of Malam Fatori.",
     "Malam Fatori"),
])
def test_a_place_a_road_or_the_land_lies_near_is_kept(gaz, text, name):
    assert country_kept(text, name, gaz) == "Nigeria"


def test_a_name_after_a_unit_noun_with_its_article_is_a_place(gaz):
    text = "Gunmen raided a checkpoint in the Kanibalav district west of Zakho on Monday."
    assert country_kept(text, "Kanibalav", gaz) == "Iraq"


def test_a_place_tied_to_a_named_valley_or_told_on_a_road_is_kept(gaz):
    text = ("Turin, May 3 — Protesters threw stones at police guarding a building site at "
            "Venaus Alta, in the Susa valley, on Friday.")
    assert country_kept(text, "Venaus Alta", gaz) == "Italy"
    text = ("LA PAZ, Bolivia — Farmers blocked the main highway between Oruro and La Paz at "
            "Kalachaca on Monday.")
    assert country_kept(text, "Kalachaca", gaz) == "Bolivia"


def test_a_place_fronted_in_its_clause_is_kept(gaz):
    text = ("LA PAZ, Bolivia — On Friday, in Caracollo, protesters threw dynamite at police "
            "trying to reopen the road.")
    assert country_kept(text, "Caracollo", gaz) == "Bolivia"


def test_a_place_told_off_the_capital_is_kept(gaz):
    text = ("MANAMA — A bomb exploded near a police patrol in Karzakan, south-west of the "
            "capital, on Friday.")
    assert not gaz.lookup("Karzakan")
    assert to_place(unlisted(text, gaz)["Karzakan"]).country == "Bahrain"


def test_a_part_of_town_told_by_its_bearing_or_as_a_neighbourhood_is_kept(gaz):
    text = ("BUJUMBURA — A grenade was thrown into a bar in Kinama, in the north of the city, on "
            "Thursday. Police arrested 15 men in Gihosha, a neighbourhood seen as an opposition "
            "stronghold.")
    found = unlisted(text, gaz)
    assert not gaz.lookup("Kinama") and not gaz.lookup("Gihosha")
    assert {to_place(found[n]).country for n in ("Kinama", "Gihosha")} == {"Burundi"}
    [town] = [e for e in gaz.lookup("Bujumbura") if e.feature == "city"]
    assert found["Kinama"].geonameid == town.geonameid  # a part of the city told before


def test_a_place_set_before_the_region_it_lies_in_is_kept(gaz):
    text = ("PESHAWAR, Pakistan — Troops killed two militants in a gunfight in Dattakhel Bala "
            "in North Waziristan on Monday.")
    assert country_kept(text, "Dattakhel Bala", gaz) == "Pakistan"
    text = ("JUBA — Rebels took control of Mabirongo in Western Equatoria on Sunday after the "
            "army pulled out.")
    assert country_kept(text, "Mabirongo", gaz) == "South Sudan"


def test_a_place_an_appositive_calls_a_town_is_kept(gaz):
    text = ("ADDIS ABABA — The army said it had regained control of Arb Wadla, a town on the "
            "road to Lalibela, after militia fighters withdrew.")
    entry = unlisted(text, gaz)["Arb Wadla"]
    assert to_place(entry).country == "Ethiopia"
    assert unlisted("The talks in Geneva, a city of diplomats, ended on Friday.", gaz) == {}


def test_a_name_with_residents_is_a_place(gaz):
    text = ("BATKEN, Kyrgyzstan — Residents of Ak-Sai Bulak said men set fire to houses in the "
            "village on Thursday.")
    assert country_kept(text, "Ak-Sai Bulak", gaz) == "Kyrgyzstan"


def test_a_place_named_after_the_town_a_sentence_opens_in_lies_in_it(gaz):
    text = ("In Honiara, residents of Koa Hill blocked a road for several hours on Tuesday over "
            "water cuts.")
    [honiara] = [e for e in gaz.lookup("Honiara") if e.feature == "city"]
    assert unlisted(text, gaz)["Koa Hill"].geonameid == honiara.geonameid


def places_of(text, gaz):
    tops, _ = geoparse(parse(text), gaz)
    return {t.text: t.entry for t in tops}


def test_a_small_namesake_after_a_fronted_metropolis_is_a_part_of_it(gaz):
    # The gazetteer's Ortaköy of the province is a village far off; the quarter is meant.
    [istanbul] = [e for e in gaz.lookup("Istanbul") if e.feature == "city"]
    found = places_of("In Istanbul, riot police detained dozens of football fans outside a "
                      "stadium in Ortakoy on Sunday.", gaz)
    place = to_place(found["Ortakoy"])
    assert (place.location, place.geonameid, place.geo_precision) == ("Ortakoy",
                                                                      istanbul.geonameid, 2)
    # Told without the city it opened in, the name keeps its own listed place.
    alone = places_of("Riot police detained dozens of football fans in Ortakoy on Sunday.", gaz)
    assert alone["Ortakoy"].listed and alone["Ortakoy"].geonameid != istanbul.geonameid


def test_a_town_of_the_metropolis_province_only_one_place_bears_stays_itself(gaz):
    [imota] = gaz.lookup("Imota")
    found = places_of("In Lagos, traders blocked the road in Imota on Monday.", gaz)
    assert found["Imota"].geonameid == imota.geonameid


def test_a_name_told_in_a_unit_of_the_country_is_kept_there(gaz):
    # The unit is unlisted too: its noun ties the name to the land.
    assert not gaz.lookup("Waghete") and not gaz.lookup("Deiyai")
    found = unlisted("JAYAPURA, Indonesia — A teacher was shot dead in Waghete, in neighbouring "
                     "Deiyai regency, on Tuesday, police said.", gaz)
    assert to_place(found["Waghete"]).country == "Indonesia"
    found = unlisted("JAYAPURA, Indonesia — Gunmen shot dead a construction worker who was "
                     "building a bridge near Waghete in Deiyai regency on Tuesday.", gaz)
    assert to_place(found["Waghete"]).country == "Indonesia" and "Deiyai" not in found


def test_a_name_after_a_facility_sited_in_it_is_a_place(gaz):
    text = ("BAMAKO (Niger Bend Journal) — In the far north, the United Nations mission handed "
            "over its camp in Tarkint to the Malian army on Monday.")
    assert country_kept(text, "Tarkint", gaz) == "Mali"


def test_a_name_told_with_an_address_at_home_is_no_namesake_abroad(gaz):
    assert any(e.iso2 == "GB" or e.iso2 == "CA" for e in gaz.lookup("Sare"))
    found = places_of("BAMAKO (Niger Bend Journal) — A bus struck a landmine near Sare, in the "
                      "central Mopti region, on Tuesday, killing six people.", gaz)
    place = to_place(found["Sare"])
    assert (place.country, place.admin1) == ("Mali", "Mopti")
    # Within one country the address picks the namesake it holds.
    assert (places_of("Floods cut off Paris, in Texas.", gaz)["Paris"].admin1) == "Texas"


def test_a_cued_name_lies_in_the_region_its_sentence_opened_in(gaz):
    text = "In Gezira state, fighters raided the town of Rufaa on Saturday, looting shops."
    [gezira] = [e for e in gaz.lookup("Gezira") if e.feature == "admin1"]
    assert unlisted(text, gaz)["Rufaa"].admin1 == gezira.admin1


def test_a_place_told_in_the_next_sentence_anchors_no_name(gaz):
    [capital] = [e for e in gaz.lookup("Port-au-Prince") if e.feature == "city"]
    found = unlisted("PORT-AU-PRINCE — Police fought gang members for several hours in Solino "
                     "on Wednesday. In Delmas, residents beat two men on Thursday.", gaz)
    assert found["Solino"].geonameid == capital.geonameid  # the dateline's town, not Delmas


def test_the_land_holding_other_towns_is_no_town(gaz):
    text = ("ALGIERS — Marches passed off peacefully on Friday in Bejaia, Boumerdes and other "
            "towns of Kabylie.")
    assert "Kabylie" not in unlisted(text, gaz)


def test_ground_taken_control_of_is_a_place(gaz):
    text = ("BAMAKO — Fighters took control of Tin-Zaouatene-Kel, near the Algerian border, on "
            "Sunday after a gunfight with soldiers.")
    assert country_kept(text, "Tin-Zaouatene-Kel", gaz) == "Mali"
    assert "Parliament" not in unlisted("The army took control of Parliament on Tuesday.", gaz)


def test_a_name_the_tagger_calls_an_organisation_is_a_place_near_which_a_strike_fell(gaz):
    text = ("MOGADISHU — The army said an air strike near Buulo Xaaji had killed six militants. "
            "Residents gathered near Hormuud's office.")
    found = unlisted(text, gaz)
    assert "Buulo Xaaji" in found and not any("Hormuud" in name for name in found)


def test_a_small_unit_of_a_far_region_after_a_fronted_capital_is_a_part_of_it(gaz):
    [caracas] = [e for e in gaz.lookup("Caracas") if e.feature == "city" and e.iso2 == "VE"]
    found = places_of("CARACAS — In Caracas, thousands of opposition supporters gathered "
                      "peacefully in Las Mercedes on Tuesday.", gaz)
    assert found["Las Mercedes"].geonameid == caracas.geonameid


def test_a_party_s_headquarters_in_a_name_makes_it_a_place(gaz):
    found = unlisted("SAN JUAN, Puerto Rico — Overnight, vandals sprayed slogans on the ruling "
                     "party's headquarters in Villa Palmeras, the party said.", gaz)
    assert "Villa Palmeras" in found


def test_a_name_after_near_the_tagger_calls_a_product_is_an_unlisted_place(gaz):
    found = unlisted("BAMAKO (Wire) — A convoy of lorries hit a roadside bomb near Hombori on "
                     "Wednesday, killing a driver, transport workers said.", gaz)
    assert found["Hombori"].iso2 == "ML"


def test_a_named_facility_the_gazetteer_lacks_lies_in_the_dateline_town(gaz):
    name = "Sir Seretse Khama International Airport"
    assert not gaz.lookup(name)
    [gaborone] = [e for e in gaz.lookup("Gaborone") if e.feature == "city" and e.iso2 == "BW"]
    found = unlisted("GABORONE — Late on Friday, a grenade went off near Sir Seretse Khama "
                     "International Airport, police said.", gaz)
    assert (found[name].name, found[name].geonameid) == (name, gaborone.geonameid)


def test_a_named_facility_with_its_noun_in_lower_case_is_one_too_but_not_a_nations(gaz):
    found = unlisted("MANAMA — On Wednesday, relatives of prisoners held a sit-in outside Dry Dock "
                     "prison. The sit-in ended peacefully.", gaz)
    assert found["Dry Dock prison"].iso2 == "BH"
    assert unlisted("NAIROBI — Inmates rioted at Kenyan prisons on Monday.", gaz) == {}


def test_a_name_told_as_the_islands_main_town_is_a_place(gaz):
    text = ("KINGSTOWN — On Sunday, two groups of fishermen fought with machetes in Grenlock, the "
            "island's main town, police said.")
    assert not gaz.lookup("Grenlock")
    assert "Grenlock" in unlisted(text, gaz)


def test_a_name_a_hall_stands_in_is_a_place_though_a_word_of_it_is_listed(gaz):
    # "Mon" alone is read as a place abroad; the whole name is the one meant
    text = ("PHNOM PENH — On Monday, several hundred farmers protested outside the district hall "
            "in Prey Mon over a land concession.")
    assert not gaz.lookup("Prey Mon")
    assert "Prey Mon" in unlisted(text, gaz)


def test_a_name_in_the_forests_of_is_a_place(gaz):
    text = ("Security forces killed four insurgents in a gunfight in the forests of Marlanga in "
            "neighbouring Bijapur district on Friday, police said.")
    assert not gaz.lookup("Marlanga")
    assert "Marlanga" in unlisted(text, gaz)


def test_a_name_told_as_nearby_is_a_place(gaz):
    text = ("KINGSTON — A curfew was imposed on parts of Spanish Town on Monday. On Tuesday, "
            "police raided a house in nearby Tredegar Hill and seized two rifles.")
    assert not gaz.lookup("Tredegar Hill")
    assert country_kept(text, "Tredegar Hill", gaz) == "Jamaica"


def test_a_home_town_keeps_to_its_country_when_its_address_is_a_district_abroad(gaz):
    from eventledger.where.geoparse import Toponym
    from eventledger.where.unlisted import addressed_places
    text = "fighting in Sardinata, in the Machiques de Perijá region, left four dead"
    town = next(e for e in gaz.lookup("Sardinata") if e.iso2 == "CO" and e.feature == "city")
    district = gaz.lookup("Machiques de Perijá")[0]
    assert (district.iso2, district.feature) == ("VE", "admin2")
    start = text.index("Sardinata")

    def mentions():
        return [Toponym(start, start + len("Sardinata"), "Sardinata", town),
                Toponym(text.index("Machiques"), text.index(" region"), "Machiques de Perijá",
                        district)]

    home = mentions()
    addressed_places(text, home, gaz, "CO")
    assert home[0].entry == town and home[1].entry is None  # the namesake abroad is no place
    unknown = mentions()
    addressed_places(text, unknown, gaz)  # (with no country known, the address rules)
    assert unknown[0].entry != town and unknown[1].entry == district


def test_a_settlement_noun_may_stand_between_a_name_and_its_address(gaz):
    text = ("NOUMÉA (Wire) — On Monday, gendarmes opened a post in the Saint-Denis tribe, in the "
            "commune of Bourail.")
    found = {t.text: t.resolved for t in geoparse(parse(text), gaz)[0]}
    assert found["Saint-Denis"].country == found["Bourail"].country == "New Caledonia"


def test_a_place_told_by_its_bearing_from_a_town_lies_near_that_town(gaz):
    # Far-off namesakes are not places told as lying south of, or 40 km north of, a town.
    found = unlisted("Soldiers clashed with gunmen near the Springfield settlement, south of "
                     "Harare, on Monday, the army said.", gaz)
    assert to_place(found["Springfield"]).country == "Zimbabwe"
    found = unlisted("Police fired tear gas at protesters in Richmond, 40 km east of Nairobi, "
                     "on Monday.", gaz)
    assert to_place(found["Richmond"]).country == "Kenya"


def test_a_listed_place_within_reach_of_the_town_keeps_its_entry(gaz):
    found = places_of("Gunmen attacked a bus in Limuru, north-west of Nairobi, on Monday.", gaz)
    assert found["Limuru"].listed and found["Limuru"].country == "Kenya"


def test_a_name_on_the_edge_of_the_capital_lies_in_the_capital(gaz):
    text = ("KOSTI, May 20 - Sudanese army shells struck houses in Soba, on the southern edge of "
            "the capital, on Monday, killing three people.")
    entry = unlisted(text, gaz)["Soba"]
    assert (entry.iso2, entry.admin1) == ("SD", "Khartoum")


def _police_in(verb, lemma, town_label="O"):
    # "Police in Embilipitiya arrested five men", the tagger leaving the town unlabelled (or
    # reading it as a person's name)
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, ents=["O", "O", town_label, "O", "O", "O", "O"],
               words=["Police", "in", "Embilipitiya", verb, "five", "men", "."],
               spaces=[True] * 5 + [False, False], heads=[3, 0, 1, 3, 5, 3, 3],
               deps=["nsubj", "prep", "pobj", "ROOT", "nummod", "dobj", "punct"],
               tags=["NNS", "IN", "NNP", "VBD", "CD", "NNS", "."],
               pos=["NOUN", "ADP", "PROPN", "VERB", "NUM", "NOUN", "PUNCT"],
               lemmas=["police", "in", "Embilipitiya", lemma, "five", "man", "."])


def test_an_unlabelled_name_where_the_police_acted_is_where_an_act_happened():
    from eventledger.where.unlisted import _where_an_act_happened

    assert _where_an_act_happened(_police_in("arrested", "arrest")[2:3])
    assert not _where_an_act_happened(_police_in("told", "tell")[2:3])
    assert _where_an_act_happened(_police_in("arrested", "arrest", "B-PERSON")[2:3])


def test_a_name_near_which_something_happened_read_as_a_people_is_a_place(gaz):
    # "Troops searched a ravine near Tamanique", the tagger reading the town as a people's name
    import spacy
    from spacy.tokens import Doc

    from eventledger.where.unlisted import unlisted_places

    words = ["Troops", "searched", "a", "ravine", "near", "Tamanique", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, False],
              heads=[1, 1, 3, 1, 3, 4, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
              tags=["NNS", "VBD", "DT", "NN", "IN", "NNP", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
              ents=["O", "O", "O", "O", "O", "B-NORP", "O"])
    assert not gaz.lookup("Tamanique")
    found = unlisted_places(doc, doc.text, [], gaz, "SV")
    assert [(t.text, t.entry.iso2) for t in found] == [("Tamanique", "SV")]
