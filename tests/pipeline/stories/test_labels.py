"""A printed page's label (`rubrics.without_labels`): "VERKIEZINGEN OP CAMPAGNE" over a party leader's tour two
weeks before the vote names the campaign page, not the election's days (`ballot`: its last debate, its results
night). A debate report two days on shares the election and nothing else with the tour: two events, apart. A
results-night reaction still joins the story of the last debate, whose lead speaks of the campaign's end, labelled
or not."""

from pipeline.stories import ballot
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.rubrics import without_labels
from tests.pipeline.stories.test_ballot import DEBATE, REACTION
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

TOUR = (
    "Veldkamp wil de man worden die wél levert. VERKIEZINGEN OP CAMPAGNE",
    "Optimisme alom tijdens de tournee van Joost Veldkamp, nu zijn Liberale Unie hoog staat in de peilingen. Op weg "
    "naar de verkiezingen van de Provinciale Staten trekt de partij in jubelstemming langs Assen, Hoorn en Venlo. "
    "Aanhangers grijpen de kans een vraag te stellen over belastingen en boeren.",
)
DEBATE_REPORT = (
    "Jonge honden gretig in chaotisch verkiezingsdebat",
    "De jongste lijsttrekkers voor de Provinciale Statenverkiezingen gingen gisteren op het Binnenhof met elkaar in "
    "discussie. Het werd een rommelige avond vol interrupties over stikstof, woningbouw en het openbaar vervoer.",
)


def test_a_short_part_in_capitals_or_lowercase_is_a_label() -> None:
    assert without_labels(TOUR[0]) == "Veldkamp wil de man worden die wél levert."
    assert without_labels("Waarom is de partij zo stil?. verkiezingen campagne") == "Waarom is de partij zo stil?."
    assert without_labels("Oplichter Harry O. weer in Nederland") == "Oplichter Harry O. weer in Nederland"
    assert without_labels("Lik a.u.b. geen korstmos") == "Lik a.u.b. geen korstmos"
    assert without_labels("Vader Jac. G. Ferwerda geëerd") == "Vader Jac. G. Ferwerda geëerd"
    assert without_labels("Storm. Daken van huizen gewaaid") == "Storm. Daken van huizen gewaaid"


def test_a_campaign_pages_label_is_no_day_of_the_election() -> None:
    assert ballot.marks(without_labels(TOUR[0]), TOUR[1]) == {"ballot:province"}
    labelled = DEBATE[0] + ". VERKIEZINGEN OP CAMPAGNE"
    assert ballot.marks(without_labels(labelled), DEBATE[1]) == {"ballot:province", "ballotday:province"}


def _joins(first: tuple[str, str], later: tuple[str, str], days: float) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("a", "AD", at(0, 1), *first), store, SETTINGS)
    return assign(feat("b", "Trouw", at(days, 1), *later), store, SETTINGS).story_id == story.story_id


def test_a_debate_report_stays_apart_from_a_labelled_campaign_tour() -> None:
    assert not _joins(TOUR, DEBATE_REPORT, 2)


def test_a_results_night_reaction_joins_the_labelled_last_debate() -> None:
    assert _joins((DEBATE[0] + ". VERKIEZINGEN OP CAMPAGNE", DEBATE[1]), REACTION, 1)
