"""The feed poll as a Prefect task: the daily flow calls it before it scans the inbox. Each new entry
is briefed through pipeline.brief.build_brief with the flow's task stages (one build path)."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NONE

from flows.tasks import TaskStages
from pipeline.feeds import FeedReport, poll_feeds
from pipeline.settings import BriefSettings


@task(name="poll-feeds", cache_policy=NONE)
def poll_configured_feeds(settings: BriefSettings) -> list[FeedReport]:
    """Poll the configured feeds ([[brief.feeds]]); a feed or an entry that fails is reported, not raised."""
    if not settings.feeds:
        return []
    reports = poll_feeds(None, settings, stages=TaskStages(settings))
    for report in reports:
        print(f"feed {report.url}: {report.status}, {len(report.briefed)} briefed, {len(report.failed)} failed")
        for name, reason in report.failed.items():
            print(f"not briefed: {name}: {reason}")
    return reports
