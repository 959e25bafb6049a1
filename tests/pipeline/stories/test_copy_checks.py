"""What the wire-copy check's matches still tell apart (`copy_checks`): a copy repeats its original's event
details, a template filled in for another event names others. Texts written for these tests."""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window


def _copies(items: list[tuple[str, str, float, str, str]]) -> dict[str, str | None]:
    store: MemoryStoryStore = unrelated_window(ClusterSettings())
    return {
        a: assign(feat(a, outlet, at(0, hours), title, body), store).duplicate_of
        for a, outlet, hours, title, body in items
    }


def _shed(day: str, street: str, extra: str) -> str:
    return (
        f"Aan de {street} in Hengelo heeft {day} een schuur in brand gestaan. De brandweer was snel ter plaatse en"
        " wist te voorkomen dat het vuur oversloeg naar de woning ernaast. Er raakte niemand gewond.\n\n"
        "Door de brand kwam veel rook vrij. Omwonenden werd gevraagd ramen en deuren gesloten te houden. De"
        " brandweer was nog enige tijd bezig met nablussen en het afzetten van het gebied. Hoe de brand is"
        f" ontstaan, wordt nog onderzocht. {extra}"
    )


WEDNESDAY = _shed("woensdagavond", "Deurningerstraat", "In de schuur stonden fietsen en tuingereedschap.")
FRIDAY = _shed("vrijdagochtend", "Enschedesestraat", "De schuur is volledig verwoest en wordt gesloopt.")


def test_a_stock_report_of_a_fire_on_another_day_is_no_copy():
    copies = _copies(
        [
            ("woensdag", "Tubantia", 3, "Schuur in brand aan Deurningerstraat", WEDNESDAY),
            ("vrijdag", "RTV Oost", 45, "Schuurbrand in Hengelo, niemand gewond", FRIDAY),
        ]
    )
    assert copies["vrijdag"] is None


def test_a_copy_that_says_yesterday_for_the_weekday_stays_a_copy():
    yesterday = WEDNESDAY.replace("woensdagavond", "gisteravond")
    copies = _copies(
        [
            ("woensdag", "Tubantia", 3, "Schuur in brand aan Deurningerstraat", WEDNESDAY),
            ("gisteren", "RTV Oost", 20, "Schuurbrand in Hengelo, niemand gewond", yesterday),
        ]
    )
    assert copies["gisteren"] == "woensdag"


SERIES_INTRO = (
    "Komende zondag speelt Excelsior Maassluis de derby tegen VFC op het eigen sportpark. Beide ploegen strijden"
    " om de laatste plek in de nacompetitie en het verschil is twee punten. Wie houdt het hoofd koel en wie gaat"
    " onderuit? Radio Maasland praat deze week met spelers, trainers en supporters over het duel."
)


def test_one_outlets_two_quote_headlines_over_its_series_intro_are_two_interviews():
    copies = _copies(
        [
            ("keeper", "Radio Maasland", 2, "'Ik heb nog nooit zo naar een wedstrijd uitgekeken'", SERIES_INTRO),
            ("trainer", "Radio Maasland", 26, "'Wij hebben de betere selectie, dat moet zondag blijken'", SERIES_INTRO),
        ]
    )
    assert copies["trainer"] is None


def test_two_outlets_quoting_one_text_apart_are_copies():
    copies = _copies(
        [
            ("keeper", "Radio Maasland", 2, "'Ik heb nog nooit zo naar een wedstrijd uitgekeken'", SERIES_INTRO),
            ("trainer", "Groot Maassluis", 5, "'Wij hebben de betere selectie, dat moet zondag blijken'", SERIES_INTRO),
        ]
    )
    assert copies["trainer"] == "keeper"


def test_a_stock_report_of_a_fire_at_another_address_that_day_is_no_copy():
    copies = _copies(
        [
            ("deurninger", "Tubantia", 3, "Schuur in brand in Hengelo", _shed("woensdag", "Deurningerstraat", "")),
            ("enschedese", "RTV Oost", 9, "Schuurbrand in Hengelo", _shed("woensdag", "Enschedesestraat", "")),
        ]
    )
    assert copies["enschedese"] is None


def test_a_stock_report_naming_another_weekday_is_no_copy():
    copies = _copies(
        [
            ("woensdag", "Tubantia", 3, "Schuur in brand in Hengelo", _shed("woensdag", "Deurningerstraat", "")),
            ("vrijdag", "RTV Oost", 50, "Weer schuurbrand in Hengelo", _shed("vrijdag", "Deurningerstraat", "")),
        ]
    )
    assert copies["vrijdag"] is None


BLOG_INTRO = (
    "Onze verslaggever Els Dijkman volgt de Ronde van Noordland op de voet. In korte blogs schrijft zij over wat"
    " haar opvalt in de karavaan, tussen de renners, de fans en de volgauto's."
)
CHEESE = (
    "De kaasmakerij van de familie Brink in Hoogveen sluit eind deze maand haar deuren. Na ruim honderd jaar vindt"
    " de familie geen opvolger voor het bedrijf, dat nog zes mensen in dienst heeft. De winkel aan de Dorpsstraat"
    " blijft tot de laatste dag open."
)


def test_one_outlets_two_blog_posts_over_its_standfirst_are_no_copies_a_repost_is():
    """The posts' bodies are the blog's standing description (`standing.standing_text`, the one rule for them)."""
    copies = _copies(
        [
            ("heet", "Dagblad Noord", 2, "Ook in Hoogveen is het bloedheet", BLOG_INTRO),
            ("fiets", "Dagblad Noord", 26, "Oude racefiets van vader mag weer mee", BLOG_INTRO),
            ("post", "Dagblad Noord", 3, "Kaasmakerij in Hoogveen gaat dicht", CHEESE),
            ("repost", "Dagblad Noord", 6, "Familie Brink sluit kaasmakerij na ruim honderd jaar", CHEESE),
        ]
    )
    assert copies["fiets"] is None  # another post of the series, its headline naming nothing of the first's
    assert copies["repost"] == "post"  # the same text again under a new headline saying the same event


def test_one_outlets_same_text_the_next_day_under_a_headline_of_its_own_stays_a_copy():
    """No standing description: the same text again, its new headline naming nothing of the story, is a copy."""
    copies = _copies(
        [
            ("post", "Dagblad Noord", 3, "Kaasmakerij in Hoogveen gaat dicht", CHEESE),
            ("again", "Dagblad Noord", 28, "Oude racefiets van vader mag weer mee", CHEESE),
        ]
    )
    assert copies["again"] == "post"


STRIKE_INTRO = "Sinds vannacht staken in het hele land de buschauffeurs voor een hoger loon."


def test_one_outlets_two_items_under_one_intro_sentence_one_quoting_without_marks_are_no_copies():
    copies = _copies(
        [
            (
                "station",
                "Omroep",
                2,
                "'Een enkele reiziger wist niet van de staking'",
                STRIKE_INTRO + " Verslaggever Tim de Wit staat op het station in Zwolle.",
            ),
            (
                "bond",
                "Omroep",
                3,
                "Bond: het wordt tijd dat de werkgevers op onze eisen reageren",
                STRIKE_INTRO + " Het is de grootste busstaking in jaren.",
            ),
        ]
    )
    assert copies["bond"] is None
