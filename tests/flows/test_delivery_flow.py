"""The daily flow delivers: after the run, the day's briefing by e-mail (a real SMTP server on
loopback, the message parsed back) and through Apprise, at most once per recipient per day, and
the watchlist alerts once per story — what was sent kept in the catalog, so a second run (a new
process would do the same) sends nothing again. A refusing recipient does not fail the run."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEEDS, short_article


def run(inbox: Path, out: Path, settings: dict, day: str):
    from flows.daily_briefing import daily_briefing

    state = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=settings, day=day, return_state=True)
    assert state.is_completed(), state.message
    return state.result(_sync=True)


def test_the_daily_run_delivers_once_per_day_and_watchlists_once_per_story(
    prefect_harness, terse_marian: Path, tiny_bart: Path, tmp_path: Path, smtp_server, webhook
) -> None:
    """The whole seeds (stories are joined and watch terms found on their Dutch text); the terse
    translator (tests/conftest.py) writes a word a sentence: what is checked is what is sent."""
    from pipeline.catalog.db import forget_open_catalogs

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes())
    smtp_server.refuse.add("gone@example.org")
    settings = {
        "translator": str(terse_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "cache_dir": str(tmp_path / "cache"),  # the terse translations are kept: in this test's own cache
        "smtp_host": smtp_server.host,
        "smtp_port": smtp_server.port,
        "smtp_security": "none",
        "smtp_from": "brief@example.org",
        "site_url": "https://news.example.org/",
        "mail_to": ["ann@example.org", "gone@example.org"],
        "notify_urls": [f"{webhook.url}/briefing"],
        "watch": [{"name": "ministers", "terms": ["Hoekstra", "Lavrov"], "notify": ["bob@example.org"]}],
    }
    report = run(inbox, out, settings, "2026-02-15")
    delivery = report.delivery
    assert delivery.briefing.sent == ["ann@example.org", "json://127.0.0.1"]
    assert [f.recipient for f in delivery.failures] == ["gone@example.org"]  # listed; the run is Completed
    (mail,) = smtp_server.to("ann@example.org")
    assert "2026-02-15" in mail["Subject"] and mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(("plain",)).get_content()
    (link,) = re.findall(r"https://news\.example\.org/(stories/\S+\.html)", text)
    assert (out / "site" / link).is_file() and (out / "site" / "index.html").is_file()  # the site is up to date
    assert 'href="https://news.example.org/' in mail.get_body(("html",)).get_content()
    assert len(webhook.received) == 1
    (alert,) = smtp_server.to("bob@example.org")
    assert "ministers" in alert["Subject"] and "found: Hoekstra" in alert.get_body(("plain",)).get_content()

    # the same day again, in a process that remembers nothing (the catalog is reopened): nothing
    # new to the recipients that had it; the refusing one is tried again
    forget_open_catalogs()
    again = run(inbox, out, settings, "2026-02-15").delivery
    assert again.briefing.sent == [] and sorted(again.briefing.skipped) == ["ann@example.org", "json://127.0.0.1"]
    assert [f.recipient for f in again.failures] == ["gone@example.org"] and again.watch.sent == []

    # a new day: the new day's briefing. SEEDS[1] (Americans told to leave Ukraine too) joins the
    # story already alerted on: it only grows, no alert; another event naming Lavrov is a new story: one alert
    (inbox / SEEDS[1].name).write_bytes(SEEDS[1].read_bytes())
    (inbox / "graan.txt").write_text(OTHER_EVENT, encoding="utf-8")
    later = run(inbox, out, settings, "2026-02-16").delivery
    assert later.briefing.sent == ["ann@example.org", "json://127.0.0.1"]
    assert "2026-02-16" in smtp_server.to("ann@example.org")[-1]["Subject"]
    assert len(later.watch.sent) == 1 and len(smtp_server.to("bob@example.org")) == 2
    alert = smtp_server.to("bob@example.org")[-1].get_body(("plain",)).get_content()
    assert "found: Lavrov" in alert and "Hoekstra" not in alert


OTHER_EVENT = """Turkije en Rusland praten in Antalya over de export van graan

De Russische minister Lavrov is dinsdag in de Turkse badplaats Antalya aangekomen voor overleg over
de uitvoer van graan via de Zwarte Zee. Turkije wil bemiddelen tussen de havens en de rederijen.

De gesprekken duren volgens het Turkse ministerie van Handel twee dagen. Boeren in Anatolië hopen
op lagere prijzen voor kunstmest, die sinds de zomer bijna verdubbeld zijn.
"""


def test_no_recipient_no_delivery_and_the_site_only_when_asked(
    prefect_harness, tiny_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / SEEDS[0].name).write_bytes(short_article(SEEDS[0]))  # its first paragraphs
    settings = {"translator": str(tiny_marian), "summarizer": str(tiny_bart), "device": "cpu", "site_build": False}
    assert run(tmp_path / "inbox", tmp_path / "out", settings, "2026-02-15").delivery is None
    assert not (tmp_path / "out" / "site").exists()
    assert run(tmp_path / "inbox", tmp_path / "out", {**settings, "site_build": True}, "2026-02-15").delivery is None
    assert (tmp_path / "out" / "site" / "index.html").is_file()


def test_a_failed_run_tells_every_failure_target(
    prefect_harness, tiny_bart: Path, tmp_path: Path, smtp_server, webhook
) -> None:
    """failure_notify: e-mail and Apprise URLs, through the briefing's channels; one that refuses
    is logged and the others still get it."""
    from flows.daily_briefing import daily_briefing

    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes())
    smtp_server.refuse.add("gone@example.org")
    settings = {
        "translator": "Helsinki-NLP/opus-mt-nl-xx",  # not in the (offline) Hugging Face cache
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "smtp_host": smtp_server.host,
        "smtp_port": smtp_server.port,
        "smtp_security": "none",
        "failure_notify": ["gone@example.org", "ops@example.org", f"{webhook.url}/ops"],
    }
    state = daily_briefing(
        inbox=str(tmp_path / "inbox"), out_dir=str(tmp_path / "out"), settings=settings, return_state=True
    )
    assert state.is_failed()
    (mail,) = smtp_server.to("ops@example.org")
    assert "daily-briefing" in mail["Subject"] and "failed" in mail["Subject"]
    assert "is not in the Hugging Face cache" in mail.get_body(("plain",)).get_content()
    (posted,) = webhook.received
    assert posted["title"] == mail["Subject"] and "is not in the Hugging Face cache" in posted["message"]


def test_failure_targets_when_the_settings_themselves_fail(monkeypatch) -> None:
    from flows.notify import failure_targets

    settings = {"device": "nonsense", "failure_notify": ["ntfy://ntfy.example.org/t"], "notify_webhook": "http://h/x"}
    assert failure_targets({"settings": settings}) == (None, ["ntfy://ntfy.example.org/t"], "http://h/x")
    assert failure_targets({"settings": {"device": "nonsense", "failure_notify": "ops@example.org"}})[1] == [
        "ops@example.org"
    ]
    monkeypatch.setenv("BRIEF_FAILURE_NOTIFY", '["ops@example.org"]')
    assert failure_targets({"settings": {"device": "nonsense"}})[1] == ["ops@example.org"]
    settings, targets, webhook = failure_targets({"settings": {"failure_notify": ["a@example.org"]}})
    assert settings is not None and targets == ["a@example.org"] and webhook is None
