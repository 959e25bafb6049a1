"""smtp_security against real aiosmtpd servers on 127.0.0.1 with a private CA: STARTTLS (the
server requires it before MAIL and before a login), TLS from the first byte, and plain; each
mismatch is one line saying which setting to change; messages parsed back."""

from __future__ import annotations

import pytest

from pipeline.deliver.send import deliver_briefing, smtp_config
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


@pytest.fixture(scope="module")
def site():
    return sample_site(3, 1)


def send(site, box, **values):
    settings = BriefSettings(smtp_host=box.host, smtp_port=box.port, mail_to=["ann@example.org"], **values)
    return deliver_briefing(site, site.days[-1], settings, MemoryState())


@pytest.mark.parametrize("security", ["starttls", "tls", "none"])
def test_delivery_with_a_login(
    site, security, certificates, smtp_starttls_server, smtp_tls_server, smtp_server
) -> None:
    box = {"starttls": smtp_starttls_server, "tls": smtp_tls_server, "none": smtp_server}[security]
    report = send(
        site,
        box,
        smtp_security=security,
        smtp_ca_file=certificates.ca_file,
        smtp_username="brief",
        smtp_password="secret",
    )
    assert report.sent == ["ann@example.org"] and report.failures == []
    assert box.logins == ["brief"] and box.encrypted == [security != "none"]  # "none": a login on loopback only
    (mail,) = box.to("ann@example.org")
    assert mail.get_content_type() == "multipart/alternative" and site.days[-1].date in mail["Subject"]


def test_an_untrusted_certificate_is_refused(site, smtp_starttls_server, smtp_tls_server) -> None:
    for security, box in (("starttls", smtp_starttls_server), ("tls", smtp_tls_server)):
        (failure,) = send(site, box, smtp_security=security).failures
        assert "is not trusted" in failure.reason and "smtp_ca_file" in failure.reason
        assert box.messages == []


def test_a_mismatched_security_setting_says_which_to_use(
    site, certificates, smtp_server, smtp_tls_server, smtp_starttls_server
) -> None:
    (failure,) = send(site, smtp_server, smtp_security="tls", smtp_ca_file=certificates.ca_file).failures
    assert failure.reason.startswith("no TLS with 127.0.0.1") and "smtp_security" in failure.reason
    (failure,) = send(site, smtp_server, smtp_security="starttls").failures  # a plain server, no STARTTLS
    assert "offers no STARTTLS" in failure.reason and "smtp_security = tls" in failure.reason
    (failure,) = send(site, smtp_tls_server, smtp_security="starttls", smtp_timeout=1).failures
    assert "smtp_security = tls" in failure.reason
    # a server that requires STARTTLS refuses the message sent in clear
    (failure,) = send(site, smtp_starttls_server, smtp_security="none").failures
    assert "530" in failure.reason and smtp_starttls_server.messages == []


def test_no_password_in_clear_beyond_this_machine(site) -> None:
    settings = BriefSettings(
        smtp_host="smtp.example.org",
        smtp_security="none",
        smtp_username="brief",
        smtp_password="secret",
        mail_to=["ann@example.org"],
    )
    (failure,) = deliver_briefing(site, site.days[-1], settings, MemoryState()).failures  # refused before connecting
    assert "unencrypted" in failure.reason and "secret" not in failure.reason


def test_default_ports_and_the_older_smtp_starttls() -> None:
    ports = {s: smtp_config(BriefSettings(smtp_host="h", smtp_security=s)).port for s in ("starttls", "tls", "none")}
    assert ports == {"starttls": 587, "tls": 465, "none": 25}
    assert BriefSettings(smtp_starttls=False).smtp_security == "none"
    assert BriefSettings(smtp_starttls=True).smtp_security == "starttls"
    assert BriefSettings(smtp_starttls=False, smtp_security="tls").smtp_security == "tls"
    assert smtp_config(BriefSettings(smtp_host="h", smtp_security="tls", smtp_port=2465)).port == 2465
