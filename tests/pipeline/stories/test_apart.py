"""Another event of one kind on another day somewhere else (`apart`): a second hailstorm, told in the
words of the first, three days later in another province, is another story; the clean-up of the first,
in its town, joins it. Texts written for these tests, never copied from news."""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

HAIL = [
    (
        "Hagelbui trekt over Drenthe: ruiten van kassen kapot",
        "Een zware hagelbui heeft dinsdag in Drenthe voor veel schade gezorgd. In Emmen en Coevorden sloegen"
        " hagelstenen ruiten van kassen kapot, het KNMI gaf code oranje af voor hagel en windstoten.",
    ),
    (
        "Tuinders in Emmen tellen schade na hagelbui",
        "Tuinders in Emmen zijn dinsdag begonnen met het tellen van de schade door de hagelbui. Ruiten van kassen"
        " sloegen kapot; het KNMI had code oranje afgegeven voor Drenthe.",
    ),
]
HAIL_LIMBURG = (
    "Hagel slaat kassen kapot in Limburg",
    "In Limburg heeft hagel vrijdag voor flinke schade gezorgd. In Venlo en Horst sloegen hagelstenen door de"
    " ruiten van kassen en auto's. Het KNMI gaf code geel af voor hagel en onweer.",
)
HAIL_CLEANUP = (
    "Opruimen na hagelbui in Drenthe duurt weken",
    "Het opruimen van de schade door de hagelbui van dinsdag duurt in Drenthe nog weken. In Emmen zijn vrijdag"
    " de eerste kassen weer dicht; ruiten van kassen waren kapotgeslagen.",
)


def _stories(third: tuple[str, str]) -> tuple[int, int, int]:
    store = unrelated_window(ClusterSettings())
    for article_id, hours, (title, body) in [("d0", 25, HAIL[0]), ("d1", 27, HAIL[1]), ("x", 96, third)]:
        assign(feat(article_id, "Krant", at(0, hours), title, body), store)
    return store.article_story("d0"), store.article_story("d1"), store.article_story("x")


def test_another_hailstorm_days_later_in_another_province_is_another_story():
    first, second, later = _stories(HAIL_LIMBURG)
    assert first == second != later


def test_the_clean_up_days_later_where_it_happened_joins_the_story():
    first, second, later = _stories(HAIL_CLEANUP)
    assert first == second == later
