"""One election followed over days (`ballot`): the campaign's last debate and, the next morning, a party's
reaction to its result share few rare words, yet report one body's election on one date: they join one story. A
party's other news, an election's aftermath a week on, another body's election stay apart."""

from dataclasses import replace

from pipeline.stories import ballot
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.elected import clash as elected_clash
from pipeline.stories.elected import marks as elected_marks
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()
WITHOUT = replace(SETTINGS, ballot_floor=1.0)  # no ballot key: a party's reaction opens a story of its own

DEBATE = (
    "Felle aanvallen in het slotdebat voor de Statenverkiezingen",
    "Op de avond voor de Provinciale Statenverkiezingen kruisten de lijsttrekkers de degens in het slotdebat van "
    "de campagne. Premier Willemsen verdedigde zijn klimaatakkoord, oppositieleider Haverkamp beloofde lagere "
    "lasten. Peilingen voorspellen de coalitie een flinke nederlaag in de Eerste Kamer.",
)
REACTION = (
    "Groenen vieren feest: 'Dit is een klimaatverkiezing'",
    "Volgens de prognoses verdubbelt de Groene Partij haar zetelaantal in de Eerste Kamer. In een zaal in Arnhem "
    "werd gejuicht toen de exitpoll op het scherm verscheen. Fractievoorzitter Ilse Brandsma sprak van een "
    "historische avond voor haar partij.",
)
# the same party's other news: no election, no body
OTHER_NEWS = (
    "Groenen vieren feest: 'Dit is een doorbraak'",
    "De Groene Partij is blij met het besluit van de rechter over de windmolens bij Arnhem. Fractievoorzitter "
    "Ilse Brandsma sprak van een historische dag voor haar partij en de windenergie.",
)
# an aftermath piece a week on (its own story: no campaign, no results night)
AFTERMATH = (
    "Opkomst in Overijssel viel tegen",
    "Bij de Provinciale Statenverkiezingen van vorige week bleef de opkomst in Overijssel achter, meldt het "
    "kiesbureau in Zwolle. Het onderzoekt waarom zo weinig jongeren stemden.",
)
EUROPE = (
    "Groenen vieren feest na Europese verkiezingen",
    "Volgens de prognoses verdubbelt de Groene Partij haar zetelaantal in het Europees Parlement. In een zaal in "
    "Brussel werd gejuicht toen de exitpoll op het scherm verscheen.",
)


def test_a_body_beside_an_election_word_marks_its_ballot() -> None:
    assert ballot.marks(*DEBATE) == {"ballot:province", "ballotday:province"}
    assert ballot.marks(*REACTION) == {"ballot:province", "ballotday:province"}  # the Senate: the provinces' vote
    assert ballot.marks(*AFTERMATH) == {"ballot:province"}  # the election's aftermath: not its days
    assert ballot.marks(*OTHER_NEWS) == frozenset()
    assert ballot.marks(*EUROPE) == frozenset()  # each country's own election: not one ballot
    assert ballot.marks("Gemeenteraad kiest nieuwe wethouder", "De verkiezing was unaniem.") == frozenset()
    assert ballot.marks("Senaat stemt over Klimaatwet", "De Eerste Kamer stemt dinsdag.") == frozenset()


def test_a_story_reporting_the_ballots_days_is_joined_by_its_reports() -> None:
    assert ballot.same(ballot.marks(*AFTERMATH), ballot.marks(*DEBATE))
    assert not ballot.same(ballot.marks(*DEBATE), ballot.marks(*AFTERMATH))  # the aftermath's story: no key


def test_the_senates_and_the_provinces_election_are_one_ballot() -> None:
    senate = elected_marks("Coalitie verliest meerderheid in Eerste Kamer na verkiezingen", "")
    province = elected_marks("Vechten tot het laatst voor de Provinciale Statenverkiezingen", "")
    assert not elected_clash(senate, province)
    # ... not the European one, nor the Senate's vote on a bill
    assert elected_clash(senate, elected_marks("Groenen winnen Europese verkiezingen", ""))
    assert elected_clash(elected_marks("Eerste Kamer neemt Klimaatwet aan", ""), province)


def _joins(lead: tuple[str, str], days: float, settings: ClusterSettings, first: tuple[str, str] = DEBATE) -> bool:
    """`lead` (AD) joins the story `first` (NOS, 22:00 on day 0) opened, `days` later at 10:00."""
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, 13), *first), store, settings)
    return assign(feat("ad", "AD", at(days, 1), *lead), store, settings).story_id == story.story_id


def test_a_partys_reaction_to_the_result_joins_the_campaigns_story() -> None:
    assert _joins(REACTION, 1, SETTINGS)
    assert not _joins(REACTION, 1, WITHOUT)


def test_a_partys_other_news_and_another_election_stay_apart() -> None:
    assert not _joins(OTHER_NEWS, 1, SETTINGS)
    assert not _joins(EUROPE, 1, SETTINGS)


def test_an_aftermath_story_gathers_no_results_night() -> None:
    """A story of the election's aftermath (no campaign, no results night) is no key for one of its reports."""
    assert not _joins(REACTION, 1, SETTINGS, AFTERMATH)
