"""Probes of the team's standards (standards42) against delivery: a watchlist's name (a setting)
with a line break still gets its alert, on one subject line, never an exception out of the run."""

from __future__ import annotations

import dataclasses

from pipeline.deliver.send import notify_watchlists
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def settings_for(box, **values) -> BriefSettings:
    return BriefSettings(smtp_host=box.host, smtp_port=box.port, smtp_security="none", **values)


def test_a_watchlist_name_with_a_line_break_still_gets_its_alert_on_one_subject_line(smtp_server) -> None:
    site = sample_site(12, 2)
    target = next(s for s in site.stories if s.id == "s000001")
    named = dataclasses.replace(target, key_names=("Rutte",))
    site = dataclasses.replace(site, stories=tuple(named if s.id == named.id else s for s in site.stories))
    watch = [{"name": "premier\nen kabinet", "terms": ["rutte"], "notify": ["ann@example.org"]}]  # a TOML '''…'''
    report = notify_watchlists(
        site, settings_for(smtp_server, smtp_from="brief@example.org", watch=watch), MemoryState()
    )
    assert report.failures == []  # was ValueError ('Header values may not contain linefeed …') out of the run
    (mail,) = smtp_server.to("ann@example.org")
    assert "watchlist premier en kabinet: " in mail["Subject"]


def test_a_long_story_title_cut_in_the_alerts_subject_says_so() -> None:
    from pipeline.deliver.send import watch_message
    from pipeline.deliver.watch import WatchHit

    story = dataclasses.replace(sample_site(3, 1).stories[0], title="Kabinet " + "en nog meer " * 30 + "EINDE")
    subject = watch_message(WatchHit("premier", story, ("rutte",), False), "Brief", None).subject
    assert subject.endswith("…") and "EINDE" not in subject  # was cut at 120 characters without a mark
    assert len(subject.split(": ", 1)[1]) == 120
