from pipeline.stories.cluster import ClusterSettings, assign, score
from pipeline.stories.elected import clash, marks
from pipeline.stories.events import clash as events_clash
from pipeline.stories.events import marks as event_marks
from pipeline.stories.store import StoryState
from tests.pipeline.stories.texts import at, feat, unrelated_window


def test_an_election_report_is_marked_with_the_body_it_elects():
    assert marks("Liberalen winnen Europese verkiezingen", "") == {"elected:europe:election"}
    # the Senate's election is the provincial ballot's too (`elected.ONE_BALLOT`)
    assert marks("Nieuwe senaat gekozen", "") == {"elected:senate:election", "elected:province:election"}
    lead = "De Statenleden kiezen vanmiddag een nieuwe Eerste Kamer."
    assert marks("Spanning over restzetels", lead) == {"elected:senate:election", "elected:province:election"}
    assert marks("Uitslag gemeenteraad Zwolle bekend", "") == {"elected:council:election"}
    # a body named in a later sentence is not the report's, nor is an election without a body
    assert marks("Liberalen winnen verkiezingen", "De partij is blij. De Eerste Kamer volgt in mei.") == set()
    assert marks("Eerste Kamer viert honderd jaar", "De senaat bestaat een eeuw.") == set()


def test_a_bodys_vote_on_a_bill_is_marked_apart_from_its_election():
    assert marks("Eerste Kamer neemt Omgevingswet aan", "") == {"elected:senate:bill omgevingswet"}
    assert marks("Senaat stemt in", "De senaat heeft dinsdag de Jeugdwet aangenomen.") == {
        "elected:senate:bill jeugdwet"
    }
    # a bill in general is none: senators on how they weigh bills
    assert marks("Senator neemt afscheid", "Hij wil dat de Eerste Kamer elk wetsvoorstel toetst.") == set()
    assert clash(marks("Omgevingswet door Eerste Kamer", ""), marks("Coalitie verliest zetels in senaat", ""))
    # two reports of the one vote share it
    assert not clash(marks("Ook senaat achter Omgevingswet", ""), marks("Omgevingswet door Eerste Kamer", ""))


def test_elections_of_two_bodies_are_two_events():
    europe = marks("Groenen winnen fors bij EU-verkiezingen", "")
    senate = marks("Coalitie verliest meerderheid", "De coalitie heeft nog 30 zetels in de Eerste Kamer.")
    assert clash(senate, europe)
    assert events_clash(event_marks("Coalitie verliest meerderheid in Eerste Kamer", "Veel zetels verloren."), europe)
    # the same body, or one side naming no body, says nothing
    assert not clash(marks("Opkomst Europese verkiezingen hoog", ""), europe)
    assert not clash(marks("Partijen tellen hun zetels", ""), europe)
    assert not clash(senate, europe | senate)  # a story that covered both elections
    assert not clash(marks("Senaat neemt Omgevingswet aan na verkiezingen", ""), senate)  # both acts: one shared


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


SENATE_VOTE = (
    "Omgevingswet zonder moeite door Eerste Kamer",
    "De Omgevingswet is dinsdag door de Eerste Kamer gekomen. De liberalen, de sociaaldemocraten en de "
    "christendemocraten stemden voor, de groene partijen tegen. VVD, GroenLinks en CDA hadden een meerderheid.",
)
SENATE_FOLLOW_UP = (
    "Liberalen blij met winst in Eerste Kamer",
    "De liberalen winnen zetels in de nieuwe Eerste Kamer. De sociaaldemocraten en christendemocraten verliezen. "
    "VVD, GroenLinks en CDA spreken van een historische uitslag.",
)


def test_the_senates_vote_on_a_bill_does_not_join_its_election():
    store = unrelated_window(None)
    senate = assign(feat("s1", "NOS", at(0, 11), *SENATE), store).story_id
    assert assign(feat("s2", "Trouw", at(0, 12), *SENATE_FOLLOW_UP), store).story_id == senate
    assert assign(feat("v", "NOS", at(1, 10), *SENATE_VOTE), store).story_id != senate


NEW_PARTY = (
    "Zonnepartij haalt zetel bij Europese verkiezingen",
    "De nieuwe Zonnepartij van lijsttrekker Bram Verhoef heeft bij de Europese verkiezingen een zetel gehaald.",
)


def _story(marks: tuple[str, ...]) -> StoryState:
    return StoryState(
        story_id=1,
        first_seen=at(0, 8),
        last_seen=at(0, 9),
        article_ids=("e1", "e2"),
        outlets=("NOS", "Trouw"),
        centroid={"zetel": 1.0},
        norm=1.0,
        names={"europese": 2, "liberalen": 2},
        days=(at(0, 8).date(),),
        dates=frozenset(),
        marks=marks,
    )


def test_a_party_new_to_the_story_that_won_a_seat_in_its_election_is_no_other_actor():
    # the new party and its leader are telling names the story never gave (a name clash): the report of the
    # story's election is its news all the same
    article = feat("p", "NOS", at(0, 10), *NEW_PARTY)
    names = {"zonnepartij": 1.0, "bram verhoef": 1.0, "bram": 1.0, "verhoef": 1.0, "europese": 0.3}
    settings = ClusterSettings()
    same = score(article, {"zetel": 0.3}, names, _story(("elected:europe:election",)), settings)
    assert same >= settings.threshold
    # the look-alike: a story that reports no election (its names other actors')
    other = score(article, {"zetel": 0.3}, names, _story(()), settings)
    assert other < settings.threshold
