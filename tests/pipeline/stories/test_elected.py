from pipeline.stories.cluster import assign
from pipeline.stories.elected import clash, marks
from pipeline.stories.events import clash as events_clash
from pipeline.stories.events import marks as event_marks
from tests.pipeline.stories.texts import at, feat, unrelated_window


def test_an_election_report_is_marked_with_the_body_it_elects():
    assert marks("Liberalen winnen Europese verkiezingen", "") == {"elected:europe"}
    assert marks("Nieuwe senaat gekozen", "") == {"elected:senate"}
    lead = "De Statenleden kiezen vanmiddag een nieuwe Eerste Kamer."
    assert marks("Spanning over restzetels", lead) == {"elected:senate"}
    assert marks("Uitslag gemeenteraad Zwolle bekend", "") == {"elected:council"}
    # a vote of a body on a law is no election of it, nor is a body named in a later sentence
    assert marks("Eerste Kamer neemt Omgevingswet aan", "De senaat stemde dinsdag in met de wet.") == set()
    assert marks("Liberalen winnen verkiezingen", "De partij is blij. De Eerste Kamer volgt in mei.") == set()


def test_elections_of_two_bodies_are_two_events():
    europe = marks("Groenen winnen fors bij EU-verkiezingen", "")
    senate = marks("Coalitie verliest meerderheid", "De coalitie heeft nog 30 zetels in de Eerste Kamer.")
    assert clash(senate, europe)
    assert events_clash(event_marks("Coalitie verliest meerderheid in Eerste Kamer", "Veel zetels verloren."), europe)
    # the same body, or one side naming no body, says nothing
    assert not clash(marks("Opkomst Europese verkiezingen hoog", ""), europe)
    assert not clash(marks("Partijen tellen hun zetels", ""), europe)
    assert not clash(senate, europe | senate)  # a story that covered both elections


EUROPE = [
    (
        "Liberalen grootste in Europees Parlement na verkiezingen",
        "De liberale partijen zijn de grote winnaars van de Europese verkiezingen. Zij halen 120 zetels in het "
        "Europees Parlement. De sociaaldemocraten verliezen zetels, de christendemocraten blijven de grootste "
        "fractie. De partijen van het midden hebben samen geen meerderheid meer. Ook de groene partijen winnen "
        "stemmen en zetels. In Nederland winnen VVD en GroenLinks, het CDA verliest. Partijleiders spreken van een "
        "historische uitslag.",
    ),
    (
        "Kiezers in Europa straffen de grote partijen af",
        "De grote partijen verliezen bij de Europese verkiezingen hun meerderheid. De liberalen en groenen winnen "
        "zetels en stemmen, de sociaaldemocraten verliezen. Partijleiders spreken van een historische uitslag. "
        "Het Europees Parlement krijgt een versplinterde samenstelling.",
    ),
]
SENATE = (
    "Coalitie verliest meerderheid, liberalen grootste partij",
    "De Statenleden hebben maandag een nieuwe Eerste Kamer gekozen. De liberalen zijn de grote winnaars en halen "
    "de meeste zetels. De sociaaldemocraten verliezen zetels, de christendemocraten blijven een grote fractie. "
    "De partijen van het midden hebben samen geen meerderheid meer. Ook de groene partijen winnen stemmen en "
    "zetels. VVD en GroenLinks winnen, het CDA verliest. Partijleiders spreken van een historische uitslag.",
)
EUROPE_FOLLOW_UP = (
    "Liberalen en groenen winnen zetels, grote partijen verliezen",
    "De liberalen en groenen winnen zetels bij de Europese verkiezingen. De sociaaldemocraten en "
    "christendemocraten verliezen stemmen. Partijleiders spreken van een historische uitslag.",
)


def test_the_senate_election_does_not_join_the_european_elections_of_the_day_before():
    store = unrelated_window(None)
    first = assign(feat("e1", "NOS", at(0, 8), *EUROPE[0]), store).story_id
    assert assign(feat("e2", "Trouw", at(0, 9), *EUROPE[1]), store).story_id == first
    assert assign(feat("s", "NOS", at(0, 11), *SENATE), store).story_id != first
    # the look-alike: a report of the European elections in the same words joins
    assert assign(feat("e3", "Volkskrant", at(0, 12), *EUROPE_FOLLOW_UP), store).story_id == first
