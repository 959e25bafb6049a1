"""Recall of stop 37 (issue 19).

A goal told live by the two countries that play (`scoreline`): "Gnabry schiet Duitsers op 1-0" over "Gnabry bezorgt
Duitsland een 1-0 voorsprong tegen Nederland" writes no pair of sides and no match word, yet its score beside two
countries is the match's key, so the goal joins the match's story though its headline names another player; a goal
of another match (other countries) stays apart, and so does a youth team's or a third people's."""

import pytest

from pipeline.stories import fixture, owned, scoreline
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.merge import core
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

SUMMARY = (
    "Bekijk de samenvatting van Polen-Nederland (1-3)",
    "Bekijk hier de samenvatting van de EK-kwalificatiewedstrijd tussen Polen en Nederland.",
)
REACTION = (
    "Bergwijn: 'We bleven geloven in onze kansen'",
    "De reactie van Steven Bergwijn na de wedstrijd Polen - Nederland.",
)
GOAL = (
    "Lewandowski kopt Polen op 1-0",
    "Robert Lewandowski bezorgt Polen na een hoekschop een 1-0 voorsprong tegen Nederland.",
)
# the same shape, a goal of the match of two other countries that evening
OTHER_GOAL = (
    "Lewandowski kopt Polen op 1-0",
    "Robert Lewandowski bezorgt Polen na een hoekschop een 1-0 voorsprong tegen Oostenrijk.",
)


def test_a_score_beside_two_countries_is_their_match() -> None:
    assert scoreline.keys(*GOAL) == {("nederland", "polen")}
    assert scoreline.keys("Koopmeiners zet Oranje op 2-1", "Het staat 2-1 tegen de Polen, die ...") == {
        ("nederland", "polen")
    }
    assert "fixture:nederland|polen" in fixture.marks(GOAL[0], [GOAL[1]], 600)


def test_no_key_without_a_score_for_a_third_side_or_a_youth_team() -> None:
    assert scoreline.keys("Polen en Nederland praten over handel", "Polen wil meer handel met Nederland.") == set()
    assert scoreline.keys("Polen wint met 2-1 van Zweden", "Polen versloeg Zweden, Nederland kijkt toe.") == set()
    assert scoreline.keys("Jong Oranje op 1-0 tegen Polen", "Jong Oranje leidt tegen Polen.") == set()
    assert scoreline.keys("Polen op 1-0 tegen Nederland", "De Zweedse scheidsrechter floot.") == set()


def _joins(lead: tuple[str, str]) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("nos", "NOS", at(0, 22), *SUMMARY), store, SETTINGS)
    assert assign(feat("nos1", "NOS", at(0, 22.5), *REACTION), store, SETTINGS).story_id == story.story_id
    return assign(feat("nos2", "NOS", at(0, 23), *lead), store, SETTINGS).story_id == story.story_id


def test_a_goal_told_by_its_two_countries_joins_the_match(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joins(GOAL)
    monkeypatch.setattr(scoreline, "keys", lambda title, lead: set())  # no key: the scorer's headline of its own
    assert not _joins(GOAL)


def test_a_goal_of_another_match_stays_apart() -> None:
    assert not _joins(OTHER_GOAL)


# A big story's own growing vocabulary (`owned._named`): the town of a plant's explosion that four of the day's twelve
# items name (the company all of them name) is the story's own when no other story of the window names it; an item
# leading with the town joins, one leading with a town other stories of the window name too stays apart.
BLAST = "Bij chemiebedrijf Norvacon is dinsdagochtend een explosie geweest. Er vielen drie gewonden."
BLAST_STORY = [
    ("Explosie bij chemiebedrijf Norvacon", BLAST),
    ("Drie gewonden bij explosie Norvacon", BLAST + " De brandweer is met groot materieel aanwezig."),
    ("Norvacon: oorzaak explosie nog onbekend", BLAST + " Een woordvoerder kan nog niets zeggen."),
    ("Explosie Norvacon in Kelderveen: ramen gesprongen", BLAST + " In Kelderveen sprongen ramen."),
    ("Rookwolk boven Norvacon", BLAST + " De rookwolk was tot ver in de omtrek te zien."),
    ("Bewoners Kelderveen moeten ramen sluiten na explosie", BLAST + " Bewoners van Kelderveen moeten binnen blijven."),
    ("Inspectie onderzoekt explosie Norvacon", BLAST + " De inspectie stuurt onderzoekers."),
    ("Gewonden Norvacon buiten levensgevaar", BLAST + " De drie gewonden zijn buiten levensgevaar."),
    ("Scholen in Kelderveen dicht na explosie", BLAST + " De scholen in Kelderveen blijven dicht."),
    ("Norvacon ligt voorlopig stil", BLAST + " De productie ligt voorlopig stil."),
    ("Burgemeester Kelderveen: geen gevaar meer", BLAST + " Volgens de burgemeester van Kelderveen is er geen gevaar."),
    ("Vakbond wil opheldering na explosie Norvacon", BLAST + " De vakbond wil opheldering."),
]
BLAST_OUTLETS = ("NOS", "NU.nl", "De Telegraaf")
TOWN_ITEM = (
    "Kelderveen telt de schade",
    "In Kelderveen tellen bewoners de schade na de explosie. Glaszetters hebben het druk, verzekeraars sturen experts "
    "langs de deuren en de gemeente opent een loket in het dorpshuis. Een bakker veegt glas van de stoep.",
)
OTHER_TOWN_ITEMS = [
    ("Kelderveen krijgt nieuwe sporthal", "De gemeenteraad van Kelderveen stemt in met een nieuwe sporthal."),
    ("Markt Kelderveen verhuist", "De weekmarkt van Kelderveen verhuist naar het plein bij de kerk."),
    ("Kelderveen wint dorpenprijs", "Kelderveen is uitgeroepen tot mooiste dorp van de provincie."),
]


def _town_joins(others: bool = False) -> bool:
    store = unrelated_window(SETTINGS)
    if others:  # the window names the town in stories of its own
        for i, (title, body) in enumerate(OTHER_TOWN_ITEMS):
            assign(feat(f"o{i}", "AD", at(0, 1 + i * 0.2), title, body), store, SETTINGS)
    ids = set()
    for i, (title, body) in enumerate(BLAST_STORY):
        ids.add(assign(feat(f"b{i}", BLAST_OUTLETS[i % 3], at(0, 2 + i * 0.2), title, body), store, SETTINGS).story_id)
    assert len(ids) == 1
    return ids.pop() == assign(feat("t", "AD", at(0, 6), *TOWN_ITEM), store, SETTINGS).story_id


def test_a_name_a_quarter_of_a_big_story_gives_is_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _town_joins()
    monkeypatch.setattr(owned, "_named", lambda story, least: core(story))  # only the names half its articles give
    assert not _town_joins()


def test_a_name_other_stories_of_the_window_give_stays_no_storys_own() -> None:
    assert not _town_joins(others=True)
