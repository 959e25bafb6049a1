"""Market reports of different days are different stories (`markets`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.stories import events, markets
from pipeline.stories.features import ArticleText, extract

TUESDAY = "De AEX sloot dinsdag 0,8 procent lager op 470 punten. Beleggers wachten op nieuws uit Athene."
FRIDAY = "De AEX sloot vrijdag 1,2 procent lager op 462 punten. Beleggers wachten op nieuws uit Athene."


def test_a_report_of_the_exchange_is_marked_with_its_day() -> None:
    assert markets.marks("Beleggers wachten af", "", date(2015, 6, 9)) == {"market:2015-06-09"}
    assert markets.marks("Somber Damrak", TUESDAY, date(2015, 6, 9)) == {"market:2015-06-09"}
    assert markets.marks("Randstad neemt Monster over", "Het bedrijf groeit.", date(2015, 6, 9)) == frozenset()


def test_market_reports_of_two_days_clash_though_their_words_are_alike() -> None:
    def report(day: int, title: str, body: str) -> frozenset[str]:
        at = datetime(2015, 6, day, 18, tzinfo=UTC)
        return extract(ArticleText(f"m{day}", "krant", at, title, body)).marks

    tuesday, friday = report(9, "AEX blijft somberen", TUESDAY), report(12, "AEX weer lager", FRIDAY)
    assert events.clash(friday, tuesday)
    assert not events.clash(report(9, "Beleggers wachten af", TUESDAY), tuesday)
