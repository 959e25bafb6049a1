"""The daily flow's last two tasks: the web edition brought up to date (OUT/site/: only the pages
that changed are rewritten, then the search index), and delivery — the day's briefing to
`mail_to` and `notify_urls`, and the watchlist alerts (pipeline.deliver.run). Both read one view
of OUT (pipeline.site.adapter). A site that cannot be written, a recipient that refuses: logged
and reported — the briefing run stays Completed."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

from pipeline.deliver.run import DayDelivery, deliver_day, wants_delivery
from pipeline.errors import BriefError, first_line
from pipeline.settings import BriefSettings
from pipeline.site.model import Site


@task(name="update-site", cache_policy=NONE)
def update_site(settings: BriefSettings, changed: bool) -> Site | None:
    """The site's view of OUT (None when neither the site nor delivery wants it), and OUT/site/
    rebuilt from it when site_build is on and the run `changed` something (or there is no site
    yet): a run that changed nothing writes nothing."""
    from pipeline.site.paths import SITE_FOLDER

    build = settings.site_build and (changed or not (Path(settings.out_dir) / SITE_FOLDER / "index.html").is_file())
    if not build and not wants_delivery(settings):
        return None
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.build import build_site

    try:
        site = site_from_outputs(settings)
        if build:
            report = build_site(site, Path(settings.out_dir) / SITE_FOLDER)
            print(f"site: {report.pages} pages, {len(report.written)} written, {len(report.removed)} removed")
    except BriefError as exc:
        print(f"the site was not brought up to date: {first_line(exc)}")
        return None
    return site


@task(name="deliver-briefing", cache_policy=NONE)
def deliver_briefing(settings: BriefSettings, day: str, site: Site | None = None) -> DayDelivery | None:
    """None when nothing is to be delivered (no recipient, no watchlist)."""
    delivery = deliver_day(settings, day, site=site)
    if delivery is not None:
        print(f"delivery: {delivery.summary()}")
        for failure in delivery.failures:
            print(f"not delivered to {failure.recipient}: {failure.reason}")
    return delivery
