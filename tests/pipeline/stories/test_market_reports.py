"""A market report and a company's news are two events (`markets.clash`, stop 46): the day's close names a deal among
its movers, the deal's own reports are no market report."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.stories import events
from pipeline.stories.features import ArticleText, extract
from tests.pipeline.stories.texts import assigned_in_turn

DEAL = (
    "Verzekeraar Horizon Leven wordt overgenomen door Arbor Groep en Noordhaven. De kopers betalen samen 2,4 miljard "
    "euro aan de Chinese eigenaar Jintai. Horizon Leven telt 1,3 miljoen klanten. De toezichthouder moet de "
    "overname van Horizon Leven nog goedkeuren."
)
CLOSE = (
    "Het Damrak opende vrijdag licht hoger. De AEX won 0,3 procent. Beleggers wachten op het banenrapport uit "
    "de Verenigde Staten. Noordhaven won 2 procent na de overname van Horizon Leven. Ook Arbor Groep stond hoger."
)


def marks(title: str, body: str, hour: int = 9) -> frozenset[str]:
    return extract(ArticleText(title[:8], "krant", datetime(2026, 3, 6, hour, tzinfo=UTC), title, body)).marks


def test_a_market_report_and_a_companys_news_are_two_events() -> None:
    close, deal = (
        marks("Damrak wacht op banenrapport", CLOSE),
        marks("Horizon Leven verkocht aan Arbor en Noordhaven", DEAL),
    )
    assert events.clash(close, deal)
    assert events.clash(deal, close)  # either way round: a story holding a market report is one
    assert not events.clash(close, marks("Kleine winst voor AEX", CLOSE, 11))  # the same day's close told again
    assert not events.clash(deal, marks("Noordhaven en Arbor kopen Horizon Leven", DEAL, 10))


def test_the_days_close_naming_a_deal_stays_out_of_the_deals_story() -> None:
    joined = assigned_in_turn(
        [
            ("deal1", "NU.nl", 0.0, "Arbor Groep en Noordhaven nemen verzekeraar Horizon Leven over", DEAL),
            ("close", "De Telegraaf", 0.1, "Damrak wacht op banenrapport VS", CLOSE),
            ("deal2", "NOS", 0.7, "Verzekeraar Horizon Leven verkocht aan Arbor en Noordhaven", DEAL),
        ]
    )
    assert joined["deal2"][0] == joined["deal1"][0]
    assert joined["close"][0] != joined["deal1"][0]
