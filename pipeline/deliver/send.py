"""Delivering the day's briefing and the watchlist alerts to every recipient the settings name.
Each recipient on its own: one that refuses or cannot be reached is logged and listed in the
report, the others still get theirs, and the briefing itself never fails because of it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.deliver.channels import (
    DEFAULT_PORTS,
    DeliveryError,
    SmtpConfig,
    describe,
    is_address,
    send_apprise,
    send_email,
)
from pipeline.deliver.message import Message, briefing_message, one_line, plain_html, site_link
from pipeline.deliver.state import DeliveryState, Sent
from pipeline.deliver.watch import WatchHit, watch_hits
from pipeline.site.model import Site, SiteDay
from pipeline.site.paths import story_path

log = logging.getLogger("pipeline.deliver")


@dataclass(frozen=True)
class DeliveryFailure:
    recipient: str  # as logs may show it (pipeline.deliver.channels.describe)
    reason: str


@dataclass
class DeliveryReport:
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already had today's briefing, or it did not change
    late: list[str] = field(default_factory=list)  # "who (day)": a briefing missed on its day, sent now
    failures: list[DeliveryFailure] = field(default_factory=list)


def smtp_config(settings) -> SmtpConfig | None:
    """The SMTP settings, or None when no server is set."""
    if not settings.smtp_host:
        return None
    return SmtpConfig(
        host=settings.smtp_host,
        port=settings.smtp_port or DEFAULT_PORTS[settings.smtp_security],
        sender=settings.smtp_from or (settings.smtp_username or "dutch-brief@localhost"),
        security=settings.smtp_security,
        username=settings.smtp_username,
        password=settings.smtp_password,
        timeout=settings.smtp_timeout,
        ca_file=str(settings.smtp_ca_file) if settings.smtp_ca_file else None,
    )


def _clean(targets: Sequence[str]) -> list[str]:
    """The recipients as the settings give them, a space around one dropped ("desk@example.org "): the address is
    sent to, logged and remembered (the delivery state) without it."""
    return [target.strip() for target in targets]


def _send(target: str, message: Message, smtp: SmtpConfig | None) -> None:
    if is_address(target):
        if smtp is None:
            raise DeliveryError(f"no SMTP server to send to {target} — set smtp_host (and smtp_from)")
        send_email(smtp, target, message)
    else:
        send_apprise(target, message.subject, message.text)


def _fail(report: DeliveryReport, target: str, exc: DeliveryError) -> None:
    failure = DeliveryFailure(describe(target), str(exc))
    report.failures.append(failure)
    log.warning("delivery to %s failed: %s", failure.recipient, failure.reason)


def send_notice(settings, targets: list[str], subject: str, body: str) -> DeliveryReport:
    """One plain message (a failed run) to each of `targets` (e-mail addresses, Apprise URLs);
    `settings` (None: unreadable) gives the SMTP server. Failures are logged and listed, never raised."""
    report = DeliveryReport()
    message = Message(subject, body + "\n", plain_html(body.splitlines()))
    smtp = smtp_config(settings) if settings is not None else None
    for target in _clean(targets):
        try:
            _send(target, message, smtp)
        except DeliveryError as exc:
            _fail(report, target, exc)
            continue
        report.sent.append(describe(target))
    return report


def deliver_briefing(
    site: Site, day: SiteDay, settings, state: DeliveryState, missed: Sequence[SiteDay] = ()
) -> DeliveryReport:
    """The day's briefing to `mail_to` and `notify_urls`: at most once per recipient per day, and
    not at all when it is the same message the recipient had last or its day is before the last one the
    recipient got (a run for an earlier day: sent and recorded, it would make the later day's next run send
    that day again). `missed`: earlier days (oldest
    first) whose briefing a recipient gets first when it has had none of them or later — a send that
    failed (a server down at that day's run) is made up for at the next run — also a recipient's very first
    briefing (the state keeps the day it failed: a recipient added later is sent no backlog); a recipient's first
    failure ends its turn, so no later day is recorded over a day it never got."""
    report = DeliveryReport()
    messages: dict[str, Message] = {}
    smtp = smtp_config(settings)
    for target in _clean([*settings.mail_to, *settings.notify_urls]):
        last = state.last_sent(target)
        owed = [d for d in missed if d.date > last.day] if last else _owed_first(state, target, missed)
        for one in [*owed, day]:
            if one.date not in messages:
                messages[one.date] = briefing_message(site, one, settings.site_url)
            message = messages[one.date]
            if last is not None and (last.day >= one.date or last.digest == message.digest):
                if one is day:
                    report.skipped.append(describe(target))
                continue
            try:
                _send(target, message, smtp)
            except DeliveryError as exc:
                _fail(report, target, exc)
                if last is None:  # it never got one: owed from this day on, not taken for a recipient added later
                    state.record_owed(target, one.date)
                break
            last = Sent(one.date, message.digest)
            state.record_sent(target, last)
            if one is day:
                report.sent.append(describe(target))
            else:
                report.late.append(f"{describe(target)} ({one.date})")
    return report


def _owed_first(state: DeliveryState, target: str, missed: Sequence[SiteDay]) -> list[SiteDay]:
    """The missed days a recipient that never got a briefing is owed: from the first one it failed to get."""
    since = state.owed_since(target)
    return [d for d in missed if since is not None and d.date >= since]


def watch_message(hit: WatchHit, site_title: str, site_url: str | None) -> Message:
    story = hit.story
    verb = "has new articles" if hit.grew else "matches"
    title = one_line(story.title)
    subject = f"{site_title} — watchlist {hit.watch}: {title if len(title) <= 120 else title[:119] + '…'}"
    link = site_link(site_url, story_path(story.id))
    lines = [
        f"A story {verb} your watchlist {hit.watch!r} (found: {', '.join(hit.terms)}).",
        "",
        one_line(story.title),
        one_line(story.summary),
        f"{len(story.timeline)} article{'s' if len(story.timeline) != 1 else ''}"
        + (f" · {', '.join(story.outlets)}" if story.outlets else ""),
    ]
    if link:
        lines.append(link)
    text = "\n".join(line for line in lines if line is not None) + "\n"
    return Message(subject, text, plain_html(lines, link))


def notify_watchlists(site: Site, settings, state: DeliveryState) -> DeliveryReport:
    """One message per (watchlist, story) that first matches — and per growth when
    `watch_growth` — to each of the watchlist's targets. A hit is remembered once at least one
    target had it (a target that failed is listed; the hit is not sent again to the others)."""
    report = DeliveryReport()
    smtp = smtp_config(settings)
    targets = {w.name: _clean(w.notify) for w in settings.watch}
    for hit in watch_hits(site, settings.watch, state, growth=settings.watch_growth):
        message = watch_message(hit, site.title, settings.site_url)
        delivered = False
        for target in targets[hit.watch]:
            try:
                _send(target, message, smtp)
            except DeliveryError as exc:
                _fail(report, target, exc)
                continue
            delivered = True
            report.sent.append(f"{hit.watch}: {describe(target)}")
        if delivered:
            state.record_watch(hit.watch, hit.story.id, len(hit.story.timeline))
    return report
