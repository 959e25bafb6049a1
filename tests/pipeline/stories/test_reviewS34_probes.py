"""Review of the election, round and squad rules (issue 19): feed items of different events that the rules put in
one story. Each was a strict xfail until its rule was narrowed; those left say why."""

import pytest

from pipeline.stories import rounds, squads
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

RESULTS_NIGHT = (
    "Exitpoll: VVD grootste partij bij Tweede Kamerverkiezingen",
    "Volgens de exitpoll van Ipsos wordt de VVD de grootste partij in de Tweede Kamer. De PVV verliest vijf zetels, "
    "GroenLinks wint er drie. Op de uitslagenavond in Den Haag werd luid gejuicht bij de liberalen.",
)
# a scandal in the campaign's week: a candidate quits over his past (no result, no results night)
SCANDAL = (
    "Kandidaat-Kamerlid Jansen stapt op na ophef over tweets",
    "Midden in de campagne voor de Tweede Kamerverkiezingen trekt Pieter Jansen zich terug als kandidaat. Oude "
    "berichten op Twitter over zijn collega's leidden tot woedende reacties van de partijleiding in Utrecht.",
)
DEBATE = (
    "Lijsttrekkers kruisen degens in slotdebat",
    "Op de avond voor de Tweede Kamerverkiezingen kruisten de lijsttrekkers de degens in het slotdebat van de "
    "campagne. Rutte verdedigde zijn kabinet, Wilders beloofde minder migratie.",
)
# the House's last vote before the election: a bill, not the election
VOTE = (
    "Tweede Kamer stemt in met Spreidingswet",
    "Een ruime meerderheid van de Tweede Kamer heeft dinsdag ingestemd met de Spreidingswet, de laatste grote "
    "stemming voor de verkiezingen. Rutte en Wilders stemden tegen, de coalitiepartijen voor.",
)
PROVINCE_RESULTS = (
    "BBB grootste partij in alle provincies",
    "Volgens de prognoses wordt BBB bij de Provinciale Statenverkiezingen de grootste partij in alle twaalf "
    "provincies. Op de uitslagenavond in Bunschoten sprak lijsttrekker Van der Plas van een historische avond.",
)
# days on: a province's coalition talks break down (its council's own news, after the election)
CRISIS = (
    "Formatie in Gelderland klapt: BBB stapt uit onderhandelingen",
    "De onderhandelingen over een nieuwe coalitie in de Provinciale Staten van Gelderland zijn geklapt. BBB, de "
    "winnaar van de verkiezingen, stapt op na ruzie met de VVD over de stikstofaanpak.",
)
# election day: the water board's tax rise, reported beside the vote
WATER_TAX = (
    "Waterschapsbelasting stijgt volgend jaar met tien procent",
    "Op de dag van de Provinciale Statenverkiezingen en de waterschapsverkiezingen maakt waterschap Aa en Maas "
    "bekend dat huishoudens volgend jaar fors meer betalen. BBB en de VVD in het bestuur wijzen op de dijken.",
)


def _together(first: tuple[str, str], second: tuple[str, str], days: float) -> bool:
    """`second` (AD, `days` later) joins the story `first` (NOS, day 0 at 22:00) opened."""
    store = unrelated_window(SETTINGS)
    story = assign(feat("nos", "NOS", at(0, 22), *first), store, SETTINGS)
    return assign(feat("ad", "AD", at(days, 1), *second), store, SETTINGS).story_id == story.story_id


@pytest.mark.xfail(
    strict=True,
    reason="ballot: 'campagne' marks any campaign news as the election's days — left: the sets' convention makes one election's coverage, campaign to results and coalition talks, one story (stories_blind22); requiring both sides on the election's days cut blind22's pairwise recall .741 -> .335",
)
def test_a_campaign_scandal_is_not_the_results_night() -> None:
    assert not _together(SCANDAL, RESULTS_NIGHT, 2)


def test_a_house_vote_is_not_the_election_debate() -> None:
    assert not _together(DEBATE, VOTE, 0.5)


@pytest.mark.xfail(
    strict=True,
    reason="ballot: a province's coalition crisis names the election it followed — left: the sets' convention makes one election's coverage, campaign to results and coalition talks, one story (stories_blind22); requiring both sides on the election's days cut blind22's pairwise recall .741 -> .335",
)
def test_a_coalition_crisis_is_not_the_results_night() -> None:
    assert not _together(PROVINCE_RESULTS, CRISIS, 2)


@pytest.mark.xfail(
    strict=True,
    reason="rescue by elected.same: the lead's election day; a headline-only reading cost blind18 (P .791->.788)",
)
def test_a_water_board_tax_is_not_the_results_night() -> None:
    assert not _together(PROVINCE_RESULTS, WATER_TAX, 0.5)


def test_a_round_where_something_is_reached_is_no_round_won() -> None:
    lead = "In de tweede ronde bereikt Griekspoor niet het niveau van maandag en verliest hij van Zverev."
    assert rounds.marks("Griekspoor strandt tegen Zverev", lead) == {"round:2"}


def test_both_finals_in_one_headline_join_neither_final() -> None:
    women = squads.marks("Hockeysters winnen EK-finale van Duitsland")
    both = squads.marks("Hockeysters en hockeyers pakken allebei de Europese titel")
    men = squads.marks("Hockeyers winnen EK-finale na shoot-outs")
    assert squads.clash(both, women)
    assert squads.clash(both, men)


PROVINCE_DEBATE = (
    "Lijsttrekkers kruisen degens in slotdebat voor Statenverkiezingen",
    "Op de avond voor de Provinciale Statenverkiezingen kruisten de lijsttrekkers de degens in het slotdebat. "
    "Van der Plas (BBB) viel de coalitie aan op het stikstofbeleid, Klaver (GroenLinks) verdedigde de Klimaatwet.",
)
# the Senate's last vote before the election: its bill, the election only its time
SENATE_VOTE = (
    "Eerste Kamer neemt Klimaatwet aan",
    "In haar laatste vergadering voor de verkiezingen heeft de Eerste Kamer de Klimaatwet aangenomen. BBB en de PVV "
    "stemden tegen, GroenLinks en de VVD voor. Klaver sprak van een historische dag.",
)


def test_the_senates_vote_before_the_election_is_not_the_provinces_debate() -> None:
    assert not _together(PROVINCE_DEBATE, SENATE_VOTE, 0.5)


MINISTER_CHILDREN = (
    "Grapperhaus: IS-kinderen worden niet actief teruggehaald",
    "Minister Grapperhaus van Justitie haalt de kinderen van Nederlandse IS-strijders in Syrie niet actief terug. Dat "
    "schrijft hij aan de Tweede Kamer. Volgens de minister is de situatie in de kampen te gevaarlijk.",
)
# the same minister the next morning, on another matter
MINISTER_VIOLENCE = (
    "Grapperhaus wil hogere straffen voor geweld tegen hulpverleners",
    "Minister Grapperhaus van Justitie wil dat daders van geweld tegen hulpverleners zwaarder worden gestraft. Dat "
    "schrijft hij aan de Tweede Kamer na de rellen van de jaarwisseling.",
)


@pytest.mark.xfail(strict=True, reason="score: the minister's rare name and his letter's words pass the bar")
def test_a_minister_in_two_matters_is_two_stories() -> None:
    assert not _together(MINISTER_CHILDREN, MINISTER_VIOLENCE, 0.5)
