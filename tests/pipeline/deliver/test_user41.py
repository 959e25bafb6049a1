"""user41: the briefing e-mail's Date says UTC ("+0000", RFC 5322 3.3) — it said "-0000", which means the sender
does not know its zone."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from pipeline.deliver.run import deliver_day
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def test_the_date_of_the_e_mail_is_in_utc(smtp_server) -> None:
    site = sample_site(3, 1)
    settings = BriefSettings(
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_security="none",
        smtp_from="brief@example.org",
        mail_to=["ann@example.org"],
    )
    assert deliver_day(settings, site.days[0].date, MemoryState(), site).briefing.sent == ["ann@example.org"]
    [mail] = smtp_server.to("ann@example.org")
    assert mail["Date"].endswith(" +0000") and parsedate_to_datetime(mail["Date"]).utcoffset().total_seconds() == 0
