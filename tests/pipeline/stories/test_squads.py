from pipeline.stories.cluster import assign
from pipeline.stories.events import clash as events_clash
from pipeline.stories.events import marks as event_marks
from pipeline.stories.squads import clash, marks
from tests.pipeline.stories.texts import at, feat, unrelated_window


def test_a_headlines_team_plural_is_marked_with_its_root_and_sex():
    assert marks("Waterpolosters verliezen WK-kwartfinale") == {"squad:waterpolo:women"}
    assert marks("Oranje-handbalsters naar de halve finale") == {"squad:handbal:women"}
    # a men's plural: the root as written and with its doubled consonant undone
    assert marks("Handballers in de halve finale") == {"squad:handball:men", "squad:handbal:men"}
    assert marks("Kritiek op de scheidsrechter") == set()
    assert marks("Zusters in het klooster") == set()  # a root too short to be a sport's


def test_one_sports_womens_and_mens_teams_clash_other_words_do_not():
    women = marks("Handbalsters winnen van Noorwegen")
    assert clash(women, marks("Handballers verliezen van Noorwegen"))
    assert clash(marks("Handballers verliezen van Noorwegen"), women)
    # the same team, another root, or a story about both teams says nothing
    assert not clash(women, marks("Handbalsters door naar de finale"))
    assert not clash(women, marks("Bouwers protesteren op het Malieveld"))
    assert not clash(women, women | marks("Handballers verliezen"))
    assert not clash(marks("Ministers in Brussel"), marks("Bouwers protesteren"))
    assert events_clash(event_marks("Handbalsters winnen", ""), event_marks("Handballers stunten", ""))


MEN = [
    (
        "Teleurstelling voor handballers: geen finale op het EK",
        "De Nederlandse handballers hebben de finale van het Europees kampioenschap in Göteborg niet gehaald. "
        "In de halve finale was Denemarken met 31-24 te sterk. Bondscoach Erik Veldkamp sprak van een zware "
        "avond. Zondag speelt de ploeg om het brons en een plek in het olympisch kwalificatietoernooi.",
    ),
    (
        "Handballers missen EK-finale na nederlaag tegen Denemarken",
        "De handballers van Oranje spelen geen finale op het EK in Göteborg. Denemarken won de halve finale "
        "met 31-24. Zondag volgt de wedstrijd om het brons, die een ticket voor het olympisch "
        "kwalificatietoernooi oplevert. Bondscoach Erik Veldkamp was teleurgesteld.",
    ),
]
WOMEN = (
    "Handbalsters op jacht naar EK-finale in Göteborg",
    "De Nederlandse handbalsters spelen vanavond in Göteborg de halve finale van het Europees kampioenschap. "
    "Een plek in de finale levert een ticket voor de Olympische Spelen op. Bondscoach Emmanuel Mayonnade "
    "verwacht een zware avond in de halve finale.",
)
MEN_AGAIN = (
    "Handballers willen brons na gemiste EK-finale",
    "De handballers van Oranje spelen zondag in Göteborg om het brons van het EK, na de nederlaag in de halve "
    "finale tegen Denemarken. Bondscoach Erik Veldkamp wil een ticket voor het olympisch kwalificatietoernooi.",
)


def test_the_womens_semi_final_does_not_join_the_mens_of_the_day_before():
    store = unrelated_window(None)
    first = assign(feat("m1", "NOS", at(0, 20), *MEN[0]), store).story_id
    assert assign(feat("m2", "AD", at(0, 21), *MEN[1]), store).story_id == first
    assert assign(feat("w", "NOS", at(1, 10), *WOMEN), store).story_id != first
    # the look-alike: the men's team again, the next morning, joins its story
    assert assign(feat("m3", "Telegraaf", at(1, 11), *MEN_AGAIN), store).story_id == first
