import pytest

from eventledger.where import gazetteer
from eventledger.where.geoparse import geoparse
from eventledger.where.link import event_places
from parses import parse


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def linked(text, verb, gaz, narrative=True):
    doc = parse(text)
    tops, _ = geoparse(doc, gaz)
    trigger = next(t for t in doc if t.text == verb)
    return [t.text for t in event_places(doc, trigger, tops, narrative=narrative)]


def test_the_place_of_the_event_not_of_the_report(gaz):
    assert linked("Officials in Nairobi said police killed two men in Kisumu.", "killed",
                  gaz) == ["Kisumu"]


def test_lists_give_one_place_each_and_towns_beat_their_region(gaz):
    assert linked("Farmers protested in Arequipa, Cusco and Puno.", "protested", gaz) == \
        ["Arequipa", "Cusco", "Puno"]
    assert linked("Gunmen abducted villagers in Gusau, in Zamfara state.", "abducted",
                  gaz) == ["Gusau"]


def test_narrative_place_carries_over_into_the_next_paragraph_only(gaz):
    text = "Police fired tear gas in Mombasa on Monday. Later, officers arrested ten students."
    assert linked(text, "arrested", gaz) == ["Mombasa"]
    assert linked(text, "arrested", gaz, narrative=False) == []
    assert linked("Police fired tear gas in Mombasa.\n\nOfficers arrested ten students.",
                  "arrested", gaz) == ["Mombasa"]
    assert linked("Police fired tear gas in Mombasa.\n\nThe minister spoke.\n\nOfficers "
                  "arrested ten students.", "arrested", gaz) == []


def test_no_place_gives_nothing(gaz):
    assert linked("The minister resigned on Friday.", "resigned", gaz) == []


def test_places_naming_a_road_are_not_the_location(gaz):
    found = linked("Workers blocked the Dhaka-Mymensingh highway in Gazipur on Sunday.",
                   "blocked", gaz)
    assert found == ["Gazipur"]


def test_a_region_told_after_a_town_qualifies_it(gaz):
    # The gazetteer files Jabalia under North Gaza, not under the Gaza Strip named here.
    assert linked("Warplanes hit a workshop in Jabalia, in the northern Gaza Strip.", "hit",
                  gaz) == ["Jabalia"]


def test_a_place_headed_towards_is_not_where_it_happened(gaz):
    assert linked("Police in Kaduna chased the youths as they ran towards the Kawo market.",
                  "chased", gaz) == ["Kaduna"]


def test_a_result_clause_happens_where_its_act_struck(gaz):
    assert linked("In North Darfur, a suicide bomber drove a truck packed with explosives into a "
                  "checkpoint near Kutum on Tuesday, killing three soldiers.", "killing",
                  gaz) == ["Kutum"]


def test_the_province_a_speaker_governs_is_not_the_place(gaz):
    assert linked("Gunmen attacked Gwoza, killing five people and burning homes, the governor of "
                  "Borno state said.", "attacked", gaz) == ["Gwoza"]


def test_what_protesters_demand_is_not_where_they_protest(gaz):
    assert linked("In Haifa, police used water cannon against protesters who blocked a highway "
                  "to demand the release of hostages held in Gaza.", "blocked", gaz) == ["Haifa"]


def test_the_place_of_what_an_attack_avenges_is_not_its_place(gaz):
    assert linked("On Tuesday rockets hit Metula. The group said it had fired rockets at Metula "
                  "in retaliation for an Israeli strike in Nabatieh.", "fired", gaz) == ["Metula"]


def test_a_district_named_with_its_city_of_the_same_level_is_the_place(gaz):
    assert linked("Police opened fire on striking drivers in the Cazenga district of Luanda on "
                  "Friday.", "opened", gaz) == ["Cazenga"]



def test_a_part_of_a_town_told_before_places_the_next_sentence_in_the_town(gaz):
    # The part's name is a small town elsewhere; the arrests told next are in the town.
    assert linked("Youths set fire to a car dealership in the Bercy district of Paris on "
                  "Friday night. Police arrested 14 people.", "arrested", gaz) == ["Paris"]


def test_a_district_told_by_its_bearing_from_a_town_lies_outside_it(gaz):
    assert linked("Gunmen raided a checkpoint in the Batifa district north of Zakho on Monday.",
                  "raided", gaz) == ["Batifa"]


def test_a_place_of_another_clauses_plan_is_not_the_acts(gaz):
    text = ("Police raided a house in Mombasa on Friday. Officers said they seized rifles and that "
            "the men had been planning attacks in Nairobi.")
    assert linked(text, "seized", gaz) == ["Mombasa"]
    # the act's own object, told with its plan, is where the act was
    assert linked("Police banned a march that had been planned in Nairobi.", "banned",
                  gaz) == ["Nairobi"]


def test_narrative_place_reaches_over_a_paragraph_that_names_none(gaz):
    text = ("Troops raided a camp in Jenin on Monday.\n\nThe ministry first reported five dead.\n\n"
            "At the start of the raid, a bomb exploded under a vehicle.")
    assert linked(text, "exploded", gaz) == ["Jenin"]
    assert linked("Troops raided a camp in Jenin.\n\nThe ministry spoke.\n\nThe army spoke."
                  "\n\nA bomb exploded.", "exploded", gaz) == []


def test_a_conjoined_clause_with_its_own_subject_keeps_its_place(gaz):
    text = "Gunmen killed twelve miners near Gao on Monday, and relatives marched in Bamako."
    assert linked(text, "killed", gaz) == ["Gao"]
    assert linked(text, "marched", gaz) == ["Bamako"]


def test_where_a_participant_once_suffered_is_not_where_they_act(gaz):
    assert linked("Relatives of the miners killed near Gao on Monday marched in Bamako.",
                  "marched", gaz) == ["Bamako"]


def test_a_road_between_two_towns_is_at_the_first(gaz):
    assert linked("A mine hit a convoy on the road between Dori and Arbinda on Monday.", "hit",
                  gaz) == ["Dori"]
    assert linked("Farmers blocked the highway between Cochabamba and Oruro at Parotani.",
                  "blocked", gaz) == ["Parotani"]


def test_a_place_deep_in_a_solidarity_phrase_is_the_cause_not_the_place(gaz):
    assert linked("Police removed a blockade near Belleville set up in solidarity with opponents "
                  "of a pipeline in British Columbia.", "removed", gaz) == ["Belleville"]



def test_the_town_another_lies_off_is_not_the_nearest_place_of_a_later_verb(gaz):
    assert linked("On Sunday, supporters in Bonoua, east of Abidjan, burned tyres and threw "
                  "stones at gendarmes, who fired tear gas.", "fired", gaz) == ["Bonoua"]


def test_where_a_side_fled_to_is_not_where_it_fought(gaz):
    assert linked("Troops returned fire and the gunmen fled over the hills into Burundi.",
                  "returned", gaz) == []
    assert linked("Soldiers repelled the raid near Uvira and the gunmen escaped to Burundi.",
                  "repelled", gaz) == ["Uvira"]


def test_a_region_addressing_a_town_in_an_accusation_keeps_the_town(gaz):
    assert linked("BAMAKO (Wire) — On Friday, gunmen believed to belong to a jihadist group shot "
                  "dead three herders accused of informing for the army at a well in Dogofry, in "
                  "the Segou region, according to a local association.", "shot",
                  gaz) == ["Dogofry"]


def test_an_interception_over_a_region_is_where_the_debris_fell(gaz):
    assert linked("Overnight, air defences shot down drones over the Odesa region, and debris "
                  "damaged a warehouse in Izmail, officials said.", "shot", gaz) == ["Izmail"]


def test_the_named_war_a_bomb_dates_from_is_not_where_it_went_off(gaz):
    assert linked("Two farmers were killed on Thursday when a cluster bomblet left over from the "
                  "Vietnam War exploded as they were ploughing a field near Phonsavan.", "killed",
                  gaz) == ["Phonsavan"]


def test_a_region_that_only_addresses_a_district_is_not_the_place(gaz):
    assert linked("Military jets struck rebel positions in Semdinli district of Hakkari province "
                  "on Tuesday, the armed forces said, destroying shelters and ammunition stores.",
                  "destroying", gaz) == ["Semdinli"]


def test_a_country_speaking_as_its_government_is_no_place_of_the_act(gaz):
    text = ("On Friday, Indian and Pakistani troops exchanged fire near Poonch, the Indian army "
            "said. Pakistan said its soldiers had only responded to firing.")
    assert linked(text, "responded", gaz) == ["Poonch"]


def test_a_road_named_by_its_towns_gives_way_to_the_place_on_it(gaz):
    assert linked("Farmers blocked the Nairobi–Mombasa highway in Mlolongo on Monday.", "blocked",
                  gaz) == ["Mlolongo"]


def test_a_town_told_first_outranks_the_region_naming_where_they_went(gaz):
    text = ("In Leuven, about 400 dairy farmers drove tractors to the Flemish parliament on "
            "Friday to protest against a nitrogen plan.")
    assert linked(text, "protest", gaz) == ["Leuven"]


def test_a_country_crossed_from_gives_no_bearing_to_the_town_near_which_it_happened(gaz):
    assert linked("Soldiers opened fire on a group of traders crossing from Iran near Taftan, "
                  "in Chagai district, on Monday.", "opened", gaz) == ["Taftan"]


def test_a_part_of_a_town_struck_is_in_that_town_and_a_capital_acting_is_no_place(gaz):
    assert linked("Four people were killed when a missile struck a residential area of Odesa's "
                  "Prymorskyi district on Monday, the governor said.", "struck", gaz) == ["Odesa"]
    assert linked("Seven people were killed when a Russian missile struck a residential area of "
                  "Odesa's Prymorskyi district on Thursday, the regional governor said, as Moscow "
                  "pressed an offensive in the south.", "struck", gaz) == ["Odesa"]
    assert linked("Gunmen killed four villagers near a market on Thursday, the governor said, as "
                  "Abuja pressed an offensive in the north.", "killed", gaz) == []


def test_a_town_naming_a_front_is_not_where_the_fighting_near_another_was(gaz):
    assert linked("Houthi fighters attacked government positions near Nihm, on the Sanaa front, "
                  "on Thursday, killing four soldiers.", "attacked", gaz) == ["Nihm"]


def test_the_town_of_the_hospital_the_wounded_were_flown_to_is_not_where_it_happened(gaz):
    assert linked("The soldiers returned fire, the prefecture said, and the wounded soldier was "
                  "flown to hospital in Niamey.", "returned", gaz) == []


def test_an_unlisted_opening_town_keeps_to_itself_beside_its_bearing(gaz):
    text = ("In Karzakan, west of the capital Manama, several hundred people marched through the "
            "streets carrying photographs of detained relatives.")
    assert not gaz.lookup("Karzakan")
    assert linked(text, "marched", gaz) == ["Karzakan"]


def test_a_place_in_the_name_of_the_blamed_group_is_not_where_the_story_moves(gaz):
    text = ("Gunmen killed nine villagers at a market in Ayorou on Tuesday, local sources said, "
            "in an attack blamed on the Islamic State Tahoua Province.\n\nSeveral houses were "
            "burned.")
    assert linked(text, "burned", gaz) == ["Ayorou"]


def test_a_facility_named_after_a_place_in_a_town_is_one_place(gaz):
    assert len(linked("Troops traded fire with mutineers at the Langata barracks in Nairobi "
                      "on Tuesday.", "traded", gaz)) == 1


def test_land_told_by_the_town_it_lies_near_is_placed_at_the_town(gaz):
    assert linked("Soldiers clashed with rebels in Gishwati forest near Kabaya, in Ngororero "
                  "district, on Wednesday.", "clashed", gaz) == ["Kabaya"]


def test_the_town_near_which_a_feud_was_fought_is_its_place(gaz):
    assert linked("Two groups of villagers fought with bush knives over a land dispute near "
                  "Malava, in Kakamega county, on Saturday, killing one man.", "fought",
                  gaz) == ["Malava"]


def test_a_clause_hung_on_a_day_after_is_another_act(gaz):
    assert linked("Kenya's government on Friday suspended some civil liberties in Turkana county "
                  "for ten days, a day after a march by herders in Lodwar turned violent.",
                  "suspended", gaz) == ["Turkana county"]



def test_a_named_site_the_gazetteer_lacks_stands_in_the_dateline_town(gaz):
    text = ("CANNES, France (Riviera Wire) — Police detained two fishermen in Cannes on Friday "
            "after a scuffle at the harbour.\n\nThe men were released without charge that "
            "evening.\n\nHundreds of fishermen marched along the Croisette on Saturday against "
            "new quotas, organisers said.")
    assert linked(text, "marched", gaz) == ["CANNES"]


def test_a_part_of_the_town_a_sentence_opens_in_is_the_one_place(gaz):
    assert linked("In Nairobi, police detained ten hawkers at a market in Mathare township on "
                  "Friday.", "detained", gaz) == ["Mathare"]


def test_a_site_retold_by_its_kind_is_in_the_town_it_was_first_told_in(gaz):
    text = ("Inmates set fire to cells at the central prison in Naivasha on Friday, officials "
            "said.\n\nOn Saturday, the interior minister chaired a security meeting in "
            "Nairobi.\n\nOn Sunday, families of inmates protested outside the prison walls.")
    assert linked(text, "protested", gaz) == ["Naivasha"]


def test_a_march_is_where_the_marchers_went_not_where_they_live(gaz):
    assert linked("On Thursday, hundreds of residents of Ouenkoro marched to the prefecture in "
                  "Bankass to demand more protection.", "marched", gaz) == ["Bankass"]


def test_a_named_site_called_after_a_town_stands_in_that_town(gaz):
    text = ("Police fired tear gas at marchers in Mombasa on Tuesday. On Wednesday, about 1,000 "
            "people rallied peacefully outside the Nairobi National Museum.")
    assert linked(text, "rallied", gaz) == ["Nairobi"]


def test_a_crowd_that_took_to_the_streets_of_a_town_protested_there(gaz):
    assert linked("Hundreds of opposition supporters took to the streets of Moyale on Thursday "
                  "to protest against a delay in elections.", "took", gaz) == ["Moyale"]



def test_a_people_named_like_a_town_abroad_is_no_place_of_the_fight(gaz):
    assert linked("Armed Meitei and Kuki groups exchanged gunfire near Kwakta, in Manipur, "
                  "on Saturday.", "exchanged", gaz) == ["Kwakta"]


def test_a_suburb_on_the_western_edge_of_a_city_is_the_one_place(gaz):
    assert linked("Bulldozers demolished dozens of homes in Buzmeyin, on the western edge of "
                  "Ashgabat, on Saturday.", "demolished", gaz) == ["Buzmeyin"]


def test_a_participle_holding_the_acts_day_holds_its_town_too(gaz):
    assert linked("In Kano State, a crowd beat to death a man accused of theft in the town of "
                  "Bichi on Sunday, police said.", "beat", gaz) == ["Bichi"]
    assert linked("Police in Kano arrested a man accused of theft in Bichi.", "arrested",
                  gaz) == ["Kano"]

