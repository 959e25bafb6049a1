"""What a poll of one feed reports (pipeline.feeds.poll_feeds): its briefs, failures and counts, and
the lines said of it beside its briefs and failures (poll_notes: the CLI and the daily flow)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline import feed_waits
from pipeline.document import WrittenBrief
from pipeline.web.feeds import ahead_line, not_read_line


@dataclass
class FeedReport:
    url: str
    status: str  # "new", "not modified", "gone", "error"
    briefed: list[str] = field(default_factory=list)  # brief paths written (or found cached)
    written: list[WrittenBrief] = field(default_factory=list)  # the briefs this poll wrote (for the digest)
    failed: dict[str, str] = field(default_factory=dict)  # entry link/guid -> one-line reason
    waiting: dict[str, str] = field(default_factory=dict)  # entries waiting for a page that answered 404 -> line
    unchanged: int = 0  # entries seen before and unchanged
    placed: int = 0  # entries found briefed that the `day` setting's day lists now (BriefResult.placed)
    left: int = 0  # new entries over the per-poll limit, left for the next poll
    not_read: int = 0  # items after the first MAX_ENTRIES of the feed: never read (web.feeds.not_read_line)
    ahead: list[str] = field(default_factory=list)  # new entries dated more than a day after the poll (names)
    message: str | None = None
    exit_code: int = 0  # the worst of its failures: 2 bad input, 1 operational


def poll_notes(report: FeedReport) -> list[str]:
    """What a poll says of a feed beside its briefs and failures, one line each (the CLI and the
    daily flow): why it failed, the new entries left for the next poll, the items not read."""
    entries = "entry" if report.left == 1 else "entries"
    left = f"{report.url}: {report.left} more new {entries} left for the next poll (feed_new_entries)"
    return [
        *([f"{report.status}: {report.message}"] if report.message else []),
        *([left] if report.left else []),
        *([f"{report.url}: {not_read_line(report.not_read)}"] if report.not_read else []),
        *([f"{report.url}: {ahead_line(report.ahead)}"] if report.ahead else []),
        *([f"{report.url}: {feed_waits.waiting_summary(report.waiting)}"] if report.waiting else []),
    ]
