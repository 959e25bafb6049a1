"""Delivery after a run: the day's briefing to its recipients and the watchlist alerts, from the
site's view of OUT (pipeline.site.adapter: whatever the day's digest lists, in whatever form the
briefs and stories take), with what was sent remembered in the catalog. Nothing here raises for a
recipient or for the site: delivery reports, it never fails the briefing."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipeline.deliver.send import DeliveryFailure, DeliveryReport, deliver_briefing, notify_watchlists
from pipeline.deliver.state import DeliveryState, catalog_state
from pipeline.errors import BriefError, first_line
from pipeline.site.model import Site, SiteDay

log = logging.getLogger("pipeline.deliver")
CATCH_UP_DAYS = 3  # a briefing a recipient missed is sent late at most this many days after its day
DELIVERY_LOCK_SECONDS = 600.0  # a run still delivering after this long is stuck: this one gives up (logged)


@dataclass(frozen=True)
class DayDelivery:
    briefing: DeliveryReport = field(default_factory=DeliveryReport)
    watch: DeliveryReport = field(default_factory=DeliveryReport)
    problem: str | None = None  # why nothing could be delivered (the site or the catalog could not be read)
    no_briefing: str | None = None  # the day, when it has no briefing to send (nothing was briefed that day)

    @property
    def failures(self) -> list[DeliveryFailure]:
        return [*self.briefing.failures, *self.watch.failures]

    def summary(self) -> str:
        """One line for the run's log: "briefing sent to 2 (1 already had it), 1 watchlist alert, 1 failed"."""
        if self.problem:
            return f"nothing delivered: {self.problem}"
        if self.no_briefing:  # not "briefing sent to 0": there was none to send
            parts = [f"no briefing of {self.no_briefing} to send (nothing was briefed that day)"]
        else:
            parts = [f"briefing sent to {len(self.briefing.sent)}"]
        if self.briefing.skipped:
            parts[0] += f" ({len(self.briefing.skipped)} already had it)"
        if late := len(self.briefing.late):
            parts.append(f"{late} missed briefing{'s' if late != 1 else ''} of earlier days sent late")
        if self.watch.sent:
            parts.append(f"{len(self.watch.sent)} watchlist alert{'s' if len(self.watch.sent) != 1 else ''}")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)


@contextmanager
def _one_delivery_at_a_time(settings, state: DeliveryState | None) -> Iterator[None]:
    """With the catalog's state: the catalog's "delivery" lock (two runs at once never both send
    what neither has recorded yet). A state given by the caller is the caller's business."""
    if state is not None:
        yield
        return
    from pipeline.catalog.db import catalog_lock, open_catalog

    with catalog_lock(open_catalog(settings), "delivery", DELIVERY_LOCK_SECONDS):
        yield


def missed_days(site: Site, day: str) -> list[SiteDay]:
    """The briefings of the `CATCH_UP_DAYS` days before `day` (oldest first): what a recipient whose
    last briefing is older than one of them missed — its send failed, or that day's run delivered
    nothing — and gets before `day`'s."""
    since = (date.fromisoformat(day) - timedelta(days=CATCH_UP_DAYS)).isoformat()
    return [d for d in site.days if since <= d.date < day]


def wants_delivery(settings) -> bool:
    return bool(settings.mail_to or settings.notify_urls or settings.watch)


def deliver_day(settings, day: str, state: DeliveryState | None = None, site: Site | None = None) -> DayDelivery | None:
    """Send `day`'s briefing (when the day has one) and the watchlist alerts; None when no
    recipient or watchlist is set. `state` defaults to the catalog's, `site` to the site's view
    of settings.out_dir now."""
    if not wants_delivery(settings):
        return None
    from pipeline.site.adapter import site_from_outputs

    wanted = bool(settings.mail_to or settings.notify_urls)
    try:
        with _one_delivery_at_a_time(settings, state):
            state = state or catalog_state(settings)
            site = site or site_from_outputs(settings)
            briefing = DeliveryReport()
            site_day = next((d for d in site.days if d.date == day), None)
            if site_day is not None and wanted:
                briefing = deliver_briefing(site, site_day, settings, state, missed_days(site, day))
            watch = notify_watchlists(site, settings, state) if settings.watch else DeliveryReport()
    except BriefError as exc:  # the site or the catalog could not be read (or written), or another run delivers
        log.warning("delivery stopped: %s", first_line(exc))
        return DayDelivery(problem=first_line(exc))
    return DayDelivery(briefing, watch, no_briefing=day if wanted and site_day is None else None)
