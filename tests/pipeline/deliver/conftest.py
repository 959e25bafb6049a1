"""Fixtures of the delivery tests: an SMTP server and a webhook receiver on loopback (tests.mail_server)."""

from tests.mail_server import (  # noqa: F401 — fixtures
    certificates,
    smtp_server,
    smtp_starttls_server,
    smtp_tls_server,
    webhook,
)
