"""The feed poll as a Prefect task: the daily flow calls it before it scans the inbox. The new
entries of all feeds are briefed in groups (pipeline.feeds → pipeline.batch.build_briefs, the
one build path, model work batched), inside this task: the models load once in its process.
After the run, OUT/feed.xml (the English Atom feed) is rewritten to include the inbox's briefs too."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NONE

from flows.outcome import ArticleOutcome
from flows.tasks import publish_brief
from pipeline.digest_document import DigestEntry
from pipeline.errors import first_line
from pipeline.feed_report import FeedReport, poll_notes
from pipeline.feeds import poll_feeds
from pipeline.host_failures import grouped_failures
from pipeline.settings import BriefSettings
from pipeline.web.feeds import poll_outcome


@task(name="poll-feeds", cache_policy=NONE)
def poll_configured_feeds(settings: BriefSettings) -> list[FeedReport]:
    """Poll the configured feeds ([[brief.feeds]]); a feed or an entry that fails is reported, not raised."""
    if not settings.feeds:
        return []
    reports = poll_feeds(None, settings)
    for report in reports:
        for written in report.written:
            try:
                publish_brief(written)  # readable in the UI, as the inbox's briefs are
            except Exception as exc:  # noqa: BLE001 — the brief is written; only its view in the UI is missing
                print(f"warning: {written.source_name}: briefed, but its artifact was not published: {first_line(exc)}")
        # as `brief feeds poll` says it: a feed-only change of an entry already briefed is no new brief
        if outcome := poll_outcome(report):  # else a feed that failed or is gone: its note below is its one line
            print(f"feed {report.url}: {outcome}")
        for note in poll_notes(report):
            print(f"feed {note}")
        for name, reason in grouped_failures(report.failed.items()):  # an unreachable host's entries: one line
            print(f"not briefed: {name}: {reason}")
    return reports


def feed_outcomes(reports: list[FeedReport]) -> list[ArticleOutcome]:
    """What the feeds' entries came to, as the digest lists them: briefed, or failed with the reason."""
    outcomes = [
        ArticleOutcome(w.source_name, entry=DigestEntry(w.title, w.summary, w.path.name, w.source_name, w.key))
        for report in reports
        for w in report.written
    ]
    outcomes += [ArticleOutcome(name, failure=reason) for report in reports for name, reason in report.failed.items()]
    return outcomes


@task(name="write-atom-feed", cache_policy=NONE)
def write_english_feed(settings: BriefSettings) -> None:
    """OUT/feed.xml from the newest briefs, and OUT/stories.xml from the stories
    (pipeline.storydesk.atom.write_feeds). A feed that cannot be written is a warning: the briefs are
    written and stay briefed; the next run writes the feeds again."""
    from pipeline.site.stories import brief_link, story_link
    from pipeline.storydesk.atom import write_feeds

    for warning in write_feeds(settings, story_link(settings.site_url), brief_link(settings.site_url)):
        print(f"warning: {warning}")
