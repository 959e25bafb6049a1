"""User pass 44 (several days of briefings delivered by e-mail and chat): a mistyped mail_to address and a chat
service that is down."""

from __future__ import annotations

import socket

import pytest

from pipeline.deliver.channels import DeliveryError, send_apprise
from pipeline.deliver.send import deliver_briefing
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def _free_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("typo", ["desk@example,org", "desk@@example.org", "desk@example"])
def test_a_mistyped_mail_to_address_is_named_as_no_address_not_an_unparsed_apprise_url(typo: str) -> None:
    # it read "delivery to an Apprise URL that does not parse failed: an Apprise URL that does not parse is not …"
    settings = BriefSettings(mail_to=[typo, "desk@example.org "], smtp_host="127.0.0.1", smtp_port=_free_port())
    site = sample_site(3, 1)
    report = deliver_briefing(site, site.days[-1], settings, MemoryState())
    first, second = report.failures
    assert first.recipient == typo
    assert first.reason == f"{typo!r} is not an e-mail address (nor an Apprise URL) — check its spelling"
    # an address with a space around it is an address (sent over SMTP: here a port nothing listens on)
    assert second.recipient == "desk@example.org" and second.reason.startswith("cannot send through 127.0.0.1:")


def test_a_chat_service_that_is_down_is_named_with_apprise_s_answer_not_a_log_above() -> None:
    with pytest.raises(DeliveryError) as caught:
        send_apprise(f"json://127.0.0.1:{_free_port()}/hook/secret-token", "Briefing", "text")
    reason = str(caught.value)
    assert reason.startswith("json://127.0.0.1 did not take the notification: ")
    assert "Connection error" in reason and "log above" not in reason and "secret-token" not in reason
