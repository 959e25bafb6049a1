"""Two events of one topic kept apart by evidence of another event (`two_fixtures`): two matches of one round of the
eredivisie, two grands prix of one Formula 1 story day; a reaction to the first match and a later item on the first
grand prix stay with their stories. Texts written for these tests, never copied from news."""

from __future__ import annotations

import pytest

from pipeline.stories import two_fixtures
from tests.pipeline.stories.texts import assigned_in_turn

AJAX = [
    (
        "a1",
        "NOS",
        1,
        "Ajax zet grote stap naar de titel",
        "Ajax speelde zondag tegen FC Utrecht en won met 4-1 in de 33ste speelronde van de eredivisie. Na een vroege"
        " achterstand scoorden Tadic, Ziyech en Van de Beek voor de ploeg van Ten Hag, die met nog één speelronde te"
        " gaan drie punten voor staat.",
    ),
    (
        "a2",
        "AD",
        2,
        "Ten Hag trots na zege op Utrecht",
        "Ajax-trainer Erik ten Hag was zondag trots op zijn ploeg na de 4-1 zege op FC Utrecht in de 33ste speelronde"
        " van de eredivisie. 'We hebben laten zien dat we de titel willen', zei Ten Hag na afloop in de Johan Cruijff"
        " ArenA.",
    ),
]
ADO = (  # another match of the round, in the Ajax story's words: only its lead's sides tell it apart
    "b1",
    "Telegraaf",
    3,
    "Pijnlijk afscheid voor oude smaakmaker",
    "ADO Den Haag - Feyenoord eindigde zondag in de 33ste speelronde van de eredivisie in 1-1. Na een vroege"
    " achterstand scoorde Van Persie voor de ploeg, die met nog één speelronde te gaan derde staat; na afloop kreeg"
    " hij een staande ovatie in de ArenA.",
)
AJAX_REACTION = (
    "a3",
    "NOS",
    4,
    "Tadic: 'Dit was onze beste week'",
    "Dusan Tadic sprak na Ajax - FC Utrecht van de beste week van het seizoen. De aanvoerder scoorde zondag in de"
    " 33ste speelronde van de eredivisie, waarna de ploeg van Ten Hag met nog één speelronde te gaan drie punten voor"
    " staat.",
)

ZANDVOORT = [
    (
        "z1",
        "NOS",
        1,
        "Formule 1 komt terug naar Zandvoort",
        "De Grand Prix van Nederland keert volgend jaar terug op de kalender van de Formule 1. Het circuit in Zandvoort"
        " heeft een contract voor drie jaar getekend; Max Verstappen rijdt dan voor eigen publiek.",
    ),
    (
        "z2",
        "AD",
        2,
        "Verstappen: 'Geweldig voor de fans'",
        "Max Verstappen is blij dat de Grand Prix van Nederland terugkeert in Zandvoort. 'Geweldig, zeker voor de"
        " fans', zei de coureur van Red Bull na de race in de Formule 1 op zondag.",
    ),
]
SPAIN = (  # the race of that Sunday, told in the Zandvoort story's words
    "s1",
    "Telegraaf",
    3,
    "Horner roemt foutloze Verstappen",
    "Max Verstappen is zondag derde geworden in de Grand Prix van Spanje. Teambaas Christian Horner van Red Bull"
    " prees de coureur, die voor de fans een foutloze race reed in de Formule 1.",
)
ZANDVOORT_TRAINS = (
    "z3",
    "NOS",
    4,
    "Spoor kan drukte Formule 1 niet aan",
    "Het spoor naar Zandvoort kan de drukte van de Grand Prix van Nederland niet aan, zegt NS. Tienduizenden fans"
    " van Max Verstappen en de Formule 1 willen per trein naar het circuit.",
)


CLASHES = [  # (the article's keys, the story's keys, clash)
    ({"fixture:prix spanje"}, {"fixture:prix nederland", "contest:formula 1"}, True),  # two grands prix
    ({"fixture:prix nederland"}, {"fixture:prix nederland", "fixture:prix spanje"}, False),
    ({"fixture:ado|feyenoord"}, {"fixture:ajax|utrecht"}, True),  # two club matches
    ({"fixture:ajax|utrecht"}, {"fixture:ajax|utrecht", "fixture:ado|feyenoord"}, False),
    ({"fixture:ajax|psv"}, {"fixture:ajax|utrecht"}, False),  # a side shared: a club's next opponent
    # one tennis match keyed by first names in a lead, by surnames in a headline: its result shared
    ({"fixture:cilic|nadal", "sets:3-6/6-3/1-6/2-6"}, {"fixture:marin|rafael", "sets:3-6/6-3/1-6/2-6"}, False),
    ({"fixture:canada|kameroen"}, {"fixture:nederland|zweden"}, False),  # a country shared
    ({"fixture:stage 5|2019-07-10"}, {"fixture:ajax|utrecht"}, False),  # a stage
]


@pytest.mark.parametrize(("article", "story", "clash"), CLASHES)
def test_two_grands_prix_or_two_club_matches_clash_and_a_shared_side_result_country_or_stage_does_not(
    article, story, clash
):
    assert two_fixtures.clash(article, story) is clash


@pytest.mark.parametrize("guarded", [True, False])
@pytest.mark.parametrize(
    ("first", "other", "later"),
    [(AJAX, ADO, AJAX_REACTION), (ZANDVOORT, SPAIN, ZANDVOORT_TRAINS)],
    ids=["another match of the round", "another grand prix"],
)
def test_another_event_of_the_topic_is_another_story_and_the_first_ones_news_joins_it(
    monkeypatch, guarded, first, other, later
):
    if not guarded:  # without the keys' clash the topic's words join the two events
        monkeypatch.setattr(two_fixtures, "clash", lambda article, story: False)
    story = assigned_in_turn([*first, other, later])
    assert story[first[0][0]][0] == story[first[1][0]][0] == story[later[0]][0]
    assert (story[other[0]][0] != story[first[0][0]][0]) is guarded
