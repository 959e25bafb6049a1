"""Precision on busy days (issue 19): one item about another event must not join a big story, where every item of the
story would make a false pair with it. Each rule by shape: an example of two events that stay apart beside one of a
real continuation that still joins."""

from __future__ import annotations

from pipeline.stories import events, sides
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

# one evening's qualifying match of the national team, told by a clip outlet in short items
MATCH = [
    ("Oranje wint in Hamburg met 2-4 van Duitsland", "Het Nederlands elftal heeft in Hamburg met 2-4 gewonnen."),
    (
        "Bondscoach Koeman: 'De wissels pakten goed uit'",
        "De reactie van Koeman na de kwalificatiewedstrijd tegen Duitsland.",
    ),
    (
        "Van Dijk: 'Ik had dit niet verwacht'",
        "De reactie van Virgil van Dijk na de kwalificatiewedstrijd tegen Duitsland.",
    ),
    (
        "Bekijk de samenvatting van Duitsland-Nederland (2-4)",
        "Een samenvatting van het kwalificatieduel tussen Duitsland en Nederland.",
    ),
]


def _match_story() -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = [
        assign(feat(f"m{i}", "Clips", at(0, 12 + i * 0.2), title, body), store, SETTINGS).story_id
        for i, (title, body) in enumerate(MATCH)
    ]
    return store, ids[-1]


def test_a_labels_capitalised_word_is_no_part_of_a_countrys_side() -> None:
    assert sides.marks("Samenvatting Schotland-Rusland: 1-2") == {"match:rusland|schotland"}
    assert sides.marks("Samenvatting Estland-Wit Rusland: 1-2") == {"match:estland|wit"}
    assert sides.marks("Samenvatting Noord-Korea") == frozenset()  # one country
    assert sides.marks("Kijk Chili-Zweden terug") == {"match:chili|zweden"}


def test_another_matchs_summary_stays_apart_from_a_big_match_story() -> None:
    store, story_id = _match_story()
    other = feat(
        "x",
        "Clips",
        at(0, 13.2),
        "Samenvatting Schotland-Rusland: 1-2",
        "Een samenvatting van het kwalificatieduel in groep I tussen Schotland en Rusland.",
    )
    assert events.clash(other.marks, store.story(story_id).marks)  # type: ignore[union-attr]
    assert assign(other, store, SETTINGS).story_id != story_id


def test_the_same_matchs_summary_still_joins() -> None:
    store, story_id = _match_story()
    same = feat(
        "y",
        "Clips",
        at(0, 13.2),
        "Samenvatting Duitsland-Nederland: 2-4",
        "Een samenvatting van het kwalificatieduel tussen Duitsland en Nederland.",
    )
    assert assign(same, store, SETTINGS).story_id == story_id


# one classic's women's race, told in three items; that afternoon the men's race has its own winner
WOMEN = [
    (
        "Kowalczyk houdt Van Leeuwen net achter zich in Heuvelklassieker",
        "Wielrenster Agnieszka Kowalczyk heeft de Heuvelklassieker gewonnen. De Poolse hield in de slotkilometer net "
        "genoeg over om Sanne van Leeuwen achter zich te houden. Marloes Brink werd derde op de Keutenberg.",
    ),
    (
        "Spannende finish in Heuvelklassieker: Van Leeuwen haalt Kowalczyk net niet in",
        "Sanne van Leeuwen is tweede geworden in de Heuvelklassieker. De Poolse Agnieszka Kowalczyk won de koers na "
        "een spannende finish op de Keutenberg. Marloes Brink werd derde.",
    ),
    (
        "Uitgeputte Van Leeuwen: 'Ik geloofde erin tot de finish'",
        "Sanne van Leeuwen baalde na de finish van de Heuvelklassieker. Kowalczyk was net te sterk voor de "
        "Nederlandse, die derde Marloes Brink voor bleef.",
    ),
]
MEN = (
    "Van der Veld wint bekendste Nederlandse wielerkoers",
    "Joris van der Veld heeft de bekendste wielerkoers van Nederland gewonnen. In een spannende finale kwam hij als "
    "eerste over de streep na een solo van twintig kilometer.\n\nBij de vrouwen werd Sanne van Leeuwen tweede "
    "achter de Poolse Agnieszka Kowalczyk.",
)


def _womens_race() -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = {
        assign(feat(f"w{i}", ("NOS", "NU.nl", "AD")[i], at(0, 5 + i * 0.3), title, body), store, SETTINGS).story_id
        for i, (title, body) in enumerate(WOMEN)
    }
    assert len(ids) == 1
    return store, ids.pop()


def test_a_full_name_with_particles_opening_a_sentence_is_the_headlines_actor() -> None:
    men = feat("m", "NOS", at(0, 6), *MEN)
    assert men.actors == {"veld"}


def test_the_mens_winner_stays_apart_from_the_womens_race_his_report_recalls() -> None:
    store, story_id = _womens_race()
    assert assign(feat("m", "NOS", at(0, 6.2), *MEN), store, SETTINGS).story_id != story_id


def test_the_womens_winner_told_again_still_joins() -> None:
    store, story_id = _womens_race()
    again = (
        "Kowalczyk wint Heuvelklassieker na sprint met Van Leeuwen",
        "Agnieszka Kowalczyk heeft de Heuvelklassieker bij de vrouwen gewonnen. De Poolse klopte Sanne van Leeuwen "
        "in de sprint op de Keutenberg.",
    )
    assert assign(feat("a", "Telegraaf", at(0, 6.2), *again), store, SETTINGS).story_id == story_id


# the day's story of one event, told six times: the smell of the Easter fires across the border
SMELL = (
    "Een groot deel van Gelderland ruikt zondag een brandlucht. De oostenwind blaast de rook van de paasvuren in "
    "Duitsland over de grens, meldt RTV Oost."
)
FIRES = [
    ("Brandlucht in Gelderland door Duitse paasvuren", SMELL),
    ("Stankoverlast door paasvuren en oostenwind", SMELL + " De brandweer krijgt veel meldingen."),
    ("Paasvuren in Duitsland zorgen voor brandlucht in Gelderland", SMELL + " Mensen met astma blijven binnen."),
    ("Veel meldingen over brandlucht van paasvuren", SMELL + " De meldkamer had het druk met meldingen."),
    ("Rook van Duitse paasvuren trekt over Gelderland", SMELL + " Het RIVM houdt de luchtkwaliteit in de gaten."),
    ("Brandlucht van paasvuren blijft hangen", SMELL + " Pas in de middag draait de wind."),
]


def _fires() -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = {
        assign(feat(f"p{i}", ("NOS", "NU.nl", "AD")[i % 3], at(0, 1 + i * 0.5), *item), store, SETTINGS).story_id
        for i, item in enumerate(FIRES)
    }
    assert len(ids) == 1
    return store, ids.pop()


def test_a_fire_whose_headline_sets_it_elsewhere_stays_apart_from_a_big_story_of_the_kind() -> None:
    store, story_id = _fires()
    erm = (
        "Paasvuur Ermelo loopt uit de hand: camping ontruimd",
        "Een camping in Ermelo is zondag ontruimd omdat een paasvuur uit de hand loopt, meldt RTV Oost. De brandweer "
        "is met groot materiaal uitgerukt. De vonken dreigen over te slaan naar de caravans.",
    )
    assert assign(feat("e", "Omroep Gelderland", at(0, 5), *erm), store, SETTINGS).story_id != story_id


def test_an_item_set_where_the_story_is_still_joins() -> None:
    store, story_id = _fires()
    more = (
        "Brandlucht van paasvuren trekt weg uit Gelderland",
        "In Gelderland is de brandlucht van de paasvuren in Duitsland zondagmiddag weggetrokken. De wind is gedraaid.",
    )
    assert assign(feat("g", "Omroep Gelderland", at(0, 5), *more), store, SETTINGS).story_id == story_id
