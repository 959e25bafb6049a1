"""The day's briefing and the watchlist alerts, delivered to a real SMTP server (aiosmtpd) and a
JSON webhook through Apprise, both on loopback; the messages are parsed back."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from pipeline.deliver.send import deliver_briefing, notify_watchlists
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.site.model import SiteStory, TimelineEntry
from pipeline.testing.site_sample import HOSTILE, sample_site


def settings_for(box, **values) -> BriefSettings:
    return BriefSettings(
        smtp_host=box.host,
        smtp_port=box.port,
        smtp_security="none",
        smtp_from="brief@example.org",
        **values,
    )


@pytest.fixture()
def site():
    return sample_site(12, 2, hostile=True)


def test_the_briefing_is_a_multipart_mail_with_links_into_the_site(smtp_server, site) -> None:
    settings = settings_for(
        smtp_server, mail_to=["ann@example.org", "bob@example.org"], site_url="https://news.example.org/dutch/"
    )
    day = site.days[-1]
    report = deliver_briefing(site, day, settings, MemoryState())
    assert report.sent == ["ann@example.org", "bob@example.org"] and report.failures == []
    (mail,) = smtp_server.to("ann@example.org")
    assert mail["From"] == "brief@example.org" and day.date in mail["Subject"]
    assert mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    story = next(s for s in site.stories if s.id == day.top_stories[0])
    link = f"https://news.example.org/dutch/stories/{story.id}.html"
    assert link in text and f'href="{link}"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html  # source text is escaped in the HTML part
    assert any(h in text for h in HOSTILE[:2])  # and kept as it is in the plain text


def test_no_site_url_no_links(smtp_server, site) -> None:
    deliver_briefing(site, site.days[-1], settings_for(smtp_server, mail_to=["ann@example.org"]), MemoryState())
    (mail,) = smtp_server.to("ann@example.org")
    assert "http" not in mail.get_body(("plain",)).get_content()


def test_once_per_recipient_per_day_and_only_when_changed(smtp_server, site) -> None:
    settings = settings_for(smtp_server, mail_to=["ann@example.org"])
    state = MemoryState()
    first, last = site.days[0], site.days[-1]
    assert deliver_briefing(site, first, settings, state).sent == ["ann@example.org"]
    assert deliver_briefing(site, first, settings, state).skipped == ["ann@example.org"]  # same day
    grown = dataclasses.replace(first, failures=())
    assert deliver_briefing(site, grown, settings, state).skipped == ["ann@example.org"]  # same day, changed
    assert deliver_briefing(site, last, settings, state).sent == ["ann@example.org"]  # a new day
    same_again = dataclasses.replace(last, date="2030-01-01")
    # a later day whose briefing reads the same as the last one sent (only the date differs): sent
    assert deliver_briefing(site, same_again, settings, state).sent == ["ann@example.org"]
    assert len(smtp_server.to("ann@example.org")) == 3


def test_a_refusing_recipient_is_a_logged_failure_not_a_failed_briefing(smtp_server, site, caplog) -> None:
    smtp_server.refuse.add("gone@example.org")
    settings = settings_for(smtp_server, mail_to=["gone@example.org", "ann@example.org"])
    state = MemoryState()
    with caplog.at_level(logging.WARNING, logger="pipeline.deliver"):
        report = deliver_briefing(site, site.days[-1], settings, state)
    assert report.sent == ["ann@example.org"]
    assert [(f.recipient, f.reason) for f in report.failures] == [
        ("gone@example.org", "the server refused gone@example.org: 550 5.1.1 no such mailbox here")
    ]
    assert "delivery to gone@example.org failed" in caplog.text
    assert state.last_sent("gone@example.org") is None  # tried again next time
    assert len(smtp_server.to("ann@example.org")) == 1


def test_login_and_starttls_settings(smtp_server, site) -> None:
    state = MemoryState()
    wrong = settings_for(smtp_server, mail_to=["ann@example.org"], smtp_username="brief", smtp_password="nope")
    (failure,) = deliver_briefing(site, site.days[-1], wrong, state).failures
    assert "refused the login: 535" in failure.reason and "nope" not in failure.reason
    right = settings_for(smtp_server, mail_to=["ann@example.org"], smtp_username="brief", smtp_password="secret")
    assert deliver_briefing(site, site.days[-1], right, state).sent == ["ann@example.org"]
    assert smtp_server.logins == ["brief"]
    tls = settings_for(smtp_server, mail_to=["bob@example.org"]).model_copy(update={"smtp_security": "starttls"})
    (failure,) = deliver_briefing(site, site.days[-1], tls, state).failures
    assert "offers no STARTTLS" in failure.reason and smtp_server.to("bob@example.org") == []


def test_an_unreachable_server_and_no_server(site) -> None:
    unreachable = BriefSettings(smtp_host="127.0.0.1", smtp_port=1, smtp_timeout=5, mail_to=["ann@example.org"])
    (failure,) = deliver_briefing(site, site.days[-1], unreachable, MemoryState()).failures
    assert failure.reason.startswith("cannot send through 127.0.0.1:1")
    none = BriefSettings(mail_to=["ann@example.org"])
    (failure,) = deliver_briefing(site, site.days[-1], none, MemoryState()).failures
    assert "set smtp_host" in failure.reason


def test_the_briefing_through_apprise(webhook, site) -> None:
    settings = BriefSettings(notify_urls=[f"{webhook.url}/hook", f"{webhook.url}/broken?token=s3cret"])
    report = deliver_briefing(site, site.days[-1], settings, MemoryState())
    assert report.sent == ["json://127.0.0.1"]
    assert [f.recipient for f in report.failures] == ["json://127.0.0.1"]
    assert all("s3cret" not in f.reason for f in report.failures)
    (received,) = webhook.received
    assert site.days[-1].date in received["title"] and "TOP STORIES" in received["message"]


def test_a_watchlist_notifies_once_when_a_story_first_matches(smtp_server, webhook, site) -> None:
    target = next(s for s in site.stories if s.id == "s000001")
    named = dataclasses.replace(target, key_names=("Rutte",))
    site = dataclasses.replace(site, stories=tuple(named if s.id == named.id else s for s in site.stories))
    watch = [
        {"name": "premier", "terms": ["rutte", "nobody-says-this"], "notify": ["ann@example.org", f"{webhook.url}/w"]}
    ]
    settings = settings_for(smtp_server, watch=watch)
    state = MemoryState()
    report = notify_watchlists(site, settings, state)
    assert report.sent == ["premier: ann@example.org", "premier: json://127.0.0.1"]
    (mail,) = smtp_server.to("ann@example.org")
    assert "watchlist premier" in mail["Subject"] and "found: rutte" in mail.get_body(("plain",)).get_content()
    assert len(webhook.received) == 1
    # the story grows: nothing more, unless asked
    grown = dataclasses.replace(named, timeline=(*named.timeline, TimelineEntry("2026-02-03", "a000000")))
    bigger = dataclasses.replace(site, stories=tuple(grown if s.id == grown.id else s for s in site.stories))
    assert notify_watchlists(bigger, settings, state).sent == []
    asked = settings.model_copy(update={"watch_growth": True})
    assert notify_watchlists(bigger, asked, state).sent == ["premier: ann@example.org", "premier: json://127.0.0.1"]
    assert "has new articles" in smtp_server.to("ann@example.org")[-1].get_body(("plain",)).get_content()
    assert notify_watchlists(bigger, asked, state).sent == []


def test_watch_terms_match_whole_words_in_english_or_dutch(site) -> None:
    from pipeline.deliver.watch import found_terms

    articles = {a.key: a for a in site.articles}
    story = SiteStory("x", "t", "", (), (), (TimelineEntry("2026-02-01", "a000000"),))
    assert found_terms(["FIETSBELEID", "cycling policy", "fiets", "gemeente"], story, articles) == (
        "FIETSBELEID",
        "cycling policy",
    )


def test_delivery_settings_never_touch_a_cache_key_or_the_hit_index() -> None:
    from pipeline.settings import DELIVERY_SETTINGS
    from pipeline.store.failures import settings_fingerprint

    plain = BriefSettings()
    delivering = BriefSettings(
        site_url="https://example.org/news/",
        smtp_host="smtp.example.org",
        smtp_password="secret",
        mail_to=["ann@example.org"],
        notify_urls=["ntfy://ntfy.sh/topic"],
        watch=[{"name": "w", "terms": ["stikstof"], "notify": ["ann@example.org"]}],
        watch_growth=True,
    )
    assert settings_fingerprint(delivering) == settings_fingerprint(plain)
    assert set(BriefSettings.model_fields) >= DELIVERY_SETTINGS


def test_a_bad_delivery_setting_is_one_line() -> None:
    from pipeline.errors import SettingsError
    from pipeline.settings import load_settings

    with pytest.raises(SettingsError, match="invalid setting site_url"):
        load_settings(site_url="javascript:alert(1)")
    with pytest.raises(SettingsError, match="invalid setting watch"):
        load_settings(watch=[{"name": "w", "terms": []}])


def test_a_notice_goes_to_mail_and_apprise_and_the_old_webhook_gets_its_old_body(smtp_server, webhook) -> None:
    from pipeline.deliver.channels import webhook_target
    from pipeline.deliver.send import send_notice

    http = webhook.url.replace("json://", "http://")
    old = webhook_target(f"{http}/hook?token=s3cret&x=1", "run 'a' failed", "the model & <co> is gone\nhttp://ui/run")
    settings = settings_for(smtp_server)
    targets = ["ann@example.org", f"{webhook.url}/new", old, "gone@example.org"]
    smtp_server.refuse.add("gone@example.org")
    report = send_notice(settings, targets, "run 'a' failed", "the model & <co> is gone\nhttp://ui/run")
    assert report.sent == ["ann@example.org", "json://127.0.0.1", "json://127.0.0.1"]
    assert [f.recipient for f in report.failures] == ["gone@example.org"]
    (mail,) = smtp_server.to("ann@example.org")
    assert mail["Subject"] == "run 'a' failed" and "&lt;co&gt;" in mail.get_body(("html",)).get_content()
    new, legacy = webhook.received
    assert new["title"] == "run 'a' failed" and "is gone" in new["message"]
    assert legacy == {
        "subject": "run 'a' failed",
        "text": "run 'a' failed: the model & <co> is gone\nhttp://ui/run",
        "body": "the model & <co> is gone\nhttp://ui/run",
    }
    assert webhook.paths[1] == "/hook?token=s3cret&x=1"  # the webhook's own parameters kept
    assert all("s3cret" not in f.reason for f in report.failures)


def test_a_busy_day_lists_other_stories_one_line_each_and_the_rest_on_the_web(smtp_server) -> None:
    """A day of 40 stories: the top five with summary and sources; the others one line each, as in the
    digest, the first 15 of them, then how many more the web edition's day page has (the message
    stays short enough to read on a phone). Without the web edition nothing is left out."""
    from pipeline.deliver.message import briefing_message

    site = sample_site(120, 1)
    day = site.days[-1]
    assert (len(day.top_stories), len(day.other_stories)) == (5, 35)
    message = briefing_message(site, day, "https://news.example.org/")
    stars = [line for line in message.text.splitlines() if line.startswith("* ")]
    assert len(stars) == 5 + 15 and "… and 20 more stories: https://news.example.org/days/" in message.text
    other = {s.id: s for s in site.stories}[day.other_stories[0]]
    assert other.summary not in message.text.split("OTHER STORIES")[1]
    assert message.html.count("<li>") == 15 and "and 20 more stories" in message.html
    offline = briefing_message(site, day)
    assert len([line for line in offline.text.splitlines() if line.startswith("* ")]) == 40
