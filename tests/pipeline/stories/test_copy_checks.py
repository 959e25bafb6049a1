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
