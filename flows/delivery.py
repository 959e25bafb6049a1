"""Delivery as the daily flow's last task: the day's briefing to `mail_to` and `notify_urls`, and
the watchlist alerts (pipeline.deliver.run). A recipient that refuses, or a site that cannot be
read, is logged and reported — the briefing run stays Completed."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NONE

from pipeline.deliver.run import DayDelivery, deliver_day
from pipeline.settings import BriefSettings


@task(name="deliver-briefing", cache_policy=NONE)
def deliver_briefing(settings: BriefSettings, day: str) -> DayDelivery | None:
    """None when nothing is to be delivered (no recipient, no watchlist)."""
    delivery = deliver_day(settings, day)
    if delivery is not None:
        print(f"delivery: {delivery.summary()}")
        for failure in delivery.failures:
            print(f"not delivered to {failure.recipient}: {failure.reason}")
    return delivery
