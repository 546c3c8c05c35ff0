"""How the typing model's reading is combined with the rules' (no spaCy, no shipped model)."""

from __future__ import annotations

from eventledger.eventtype.model import NONE, Prediction
from eventledger.extract.learned import decide
from eventledger.taxonomy import triggers


def _pred(dist: dict[str, float]) -> Prediction:
    dist = {**dist, NONE: max(0.0, 1.0 - sum(dist.values()))}
    best = max(dist, key=dist.__getitem__)
    return Prediction(None if best == NONE else best, dist[best], "ASSAULT", 0.9, dist,
                      {"ASSAULT": 0.9})


def _trigger(lemma: str, sub: str | None):  # type: ignore[no-untyped-def]
    return next(t for t in triggers()[lemma] if t.acled_sub == sub)


def test_a_means_of_violence_specialises_a_generic_attack() -> None:
    trig = _trigger("attack", "Attack")
    typed = decide(_pred({"Grenade": 0.55, "Attack": 0.3}), trig, "Attack", "targeted",
                   refined=False, inter_s=None)
    assert (typed.sub, typed.mode, typed.probability) == ("Grenade", "explosives", 0.55)


def test_a_weak_reading_leaves_the_rules_type() -> None:
    trig = _trigger("attack", "Attack")
    typed = decide(_pred({"Grenade": 0.3, "Attack": 0.35}), trig, "Attack", "targeted",
                   refined=False, inter_s=None)
    assert typed.sub == "Attack" and typed.probability == 0.35


def test_a_type_the_trigger_cannot_carry_is_ignored() -> None:
    # An arrest (COERCE) cannot become an air strike (ASSAULT only), however sure the model is.
    trig = _trigger("arrest", "Arrests")
    typed = decide(_pred({"Air/drone strike": 0.95}), trig, "Arrests", "arrest",
                   refined=False, inter_s=1)
    assert typed.sub == "Arrests"


def test_actor_based_refinement_is_not_overruled_outside_the_means() -> None:
    # The rules saw two armed sides (Armed clash from Attack); a strategic reading does not
    # replace a refined type, a means of violence does.
    trig = _trigger("attack", "Attack")
    kept = decide(_pred({"Government regains territory": 0.6, "Armed clash": 0.3}), trig,
                  "Armed clash", None, refined=True, inter_s=1)
    assert kept.sub == "Armed clash"
    overruled = decide(_pred({"Government regains territory": 0.9}), trig, "Armed clash",
                       None, refined=True, inter_s=1)
    assert overruled.sub == "Government regains territory"  # a clear contradiction
    shelled = decide(_pred({"Shelling/artillery/missile attack": 0.7}), trig, "Armed clash",
                     None, refined=True, inter_s=1)
    assert shelled.sub == "Shelling/artillery/missile attack"


def test_a_sure_out_of_scope_reading_drops_a_generic_attack_but_not_a_rebel_one() -> None:
    trig = _trigger("kill", "Attack")
    crash = decide(_pred({}), trig, "Attack", "targeted", refined=False, inter_s=None)
    assert crash.sub is None
    rebels = decide(_pred({}), trig, "Attack", "targeted", refined=False, inter_s=2)
    assert rebels.sub == "Attack"


def test_without_a_model_the_rules_decide() -> None:
    trig = _trigger("attack", "Attack")
    typed = decide(None, trig, "Attack", "targeted", refined=False, inter_s=None)
    assert (typed.sub, typed.probability) == ("Attack", None)


def test_sexual_violence_only_where_the_sentence_says_so() -> None:
    trig = _trigger("assault", "Attack")
    dist = {"Sexual violence": 0.55, "Attack": 0.3}
    unsaid = decide(_pred(dist), trig, "Attack", "beat", refined=False, inter_s=None,
                    sexual_told=False)
    said = decide(_pred(dist), trig, "Attack", "beat", refined=False, inter_s=None,
                  sexual_told=True)
    assert (unsaid.sub, said.sub) == ("Attack", "Sexual violence")


def test_an_attack_on_an_official_is_never_read_as_mere_crime() -> None:
    trig = _trigger("punch", "Attack")
    crime = _pred({"Attack": 0.05})  # the model reads no ACLED event
    assert decide(crime, trig, "Attack", "beat", refined=False, inter_s=7).sub is None
    assert decide(crime, trig, "Attack", "beat", refined=False, inter_s=7,
                  on_a_public_figure=True).sub == "Attack"


def test_a_civilian_attacking_people_is_no_force_on_a_protest() -> None:
    trig = _trigger("punch", "Attack")
    policing = _pred({"Protest with intervention": 0.7, "Attack": 0.2})
    assert decide(policing, trig, "Attack", "beat", refined=False, inter_s=7).sub == "Attack"
    assert decide(policing, trig, "Attack", "beat", refined=False,
                  inter_s=None).sub == "Protest with intervention"


def test_a_mob_the_model_reads_as_rioters_is_as_sure_as_a_riot() -> None:
    # A brawl the rules call Mob violence, the model a Violent demonstration: the rule's
    # sub-type stands, and both are riots, so the model is sure it is a riot.
    trig = _trigger("brawl", "Mob violence")
    kept = decide(_pred({"Violent demonstration": 0.5, "Mob violence": 0.2}), trig,
                  "Mob violence", "primitive", refined=False, inter_s=None)
    assert (kept.sub, kept.probability) == ("Mob violence", 0.7)
    # A clash kept against an attack keeps only its own probability.
    attack = _trigger("attack", "Attack")
    refined = decide(_pred({"Attack": 0.6, "Armed clash": 0.1}), attack, "Armed clash", None,
                     refined=True, inter_s=1)
    assert (refined.sub, refined.probability) == ("Armed clash", 0.1)


def test_shells_become_an_air_strike_only_where_aircraft_are_told() -> None:
    trig = _trigger("projectile", "Shelling/artillery/missile attack")
    reading = _pred({"Air/drone strike": 0.5, "Shelling/artillery/missile attack": 0.3})
    ground = decide(reading, trig, "Shelling/artillery/missile attack", "heavy-weapons",
                    refined=False, inter_s=None, air_told=False)
    assert ground.sub == "Shelling/artillery/missile attack"
    air = decide(reading, trig, "Shelling/artillery/missile attack", "heavy-weapons",
                 refined=False, inter_s=None, air_told=True)
    assert air.sub == "Air/drone strike"
