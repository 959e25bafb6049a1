"""A story that runs for days joins; the same kind of event on another day stays apart (issue 19, stop 51).

Texts written for this test (no outlet's copy)."""

from tests.pipeline.stories.texts import assigned_in_turn

HEARING = (
    "Zitting in zaak tegen oud-wethouder Vermeulen om omkoping",
    "In de rechtbank van Zwolle is maandag de zaak tegen oud-wethouder Jacobus Vermeulen van Dalfsen begonnen. "
    "Het Openbaar Ministerie verdenkt hem van omkoping bij de verkoop van gemeentegrond aan projectontwikkelaar "
    "Hofstede Bouw. Vermeulen zou tienduizenden euro's hebben aangenomen. De oud-wethouder ontkent alles. "
    "De officier van justitie eiste twee jaar cel, waarvan een half jaar voorwaardelijk.",
)
VERDICT = (
    "Oud-wethouder Vermeulen krijgt achttien maanden cel voor omkoping",
    "De rechtbank in Zwolle heeft oud-wethouder Jacobus Vermeulen van Dalfsen woensdag veroordeeld tot "
    "achttien maanden cel. Volgens de rechter nam Vermeulen geld aan van projectontwikkelaar Hofstede Bouw bij "
    "de verkoop van gemeentegrond. De verdediging overweegt in hoger beroep te gaan.",
)
STORM_MONDAY = (
    "Storm raast over Zeeland: bomen omver en daken beschadigd",
    "Een zware storm heeft maandag in Zeeland voor veel schade gezorgd. In Middelburg en Vlissingen "
    "waaiden bomen om en werden dakpannen van huizen geblazen. De brandweer rukte meer dan tweehonderd keer uit. "
    "Het KNMI had code oranje afgegeven voor windstoten tot 110 kilometer per uur.",
)
STORM_THURSDAY = (
    "Storm in Groningen en Friesland: treinverkeer ligt stil",
    "Een nieuwe storm heeft donderdag het noorden van het land getroffen. In Groningen en Leeuwarden "
    "waaiden bomen om en reden geen treinen meer. De brandweer rukte tientallen keren uit voor losgeraakte "
    "dakpannen. Het KNMI had code oranje afgegeven voor windstoten tot 100 kilometer per uur.",
)


def test_a_trials_hearing_and_its_verdict_two_days_later_are_one_story():
    result = assigned_in_turn(
        [
            ("zitting", "NOS", 2.0, *HEARING),
            ("vonnis", "RTV Oost", 50.0, *VERDICT),
        ]
    )
    assert result["zitting"][0] == result["vonnis"][0]


def test_two_storms_on_different_days_are_two_stories():
    result = assigned_in_turn(
        [
            ("storm1", "NU.nl", 2.0, *STORM_MONDAY),
            ("storm2", "NU.nl", 74.0, *STORM_THURSDAY),
        ]
    )
    assert result["storm1"][0] != result["storm2"][0]
