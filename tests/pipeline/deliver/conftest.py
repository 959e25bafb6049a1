"""Fixtures of the delivery tests: an SMTP server and a webhook receiver on loopback (tests.mail_server)."""

from tests.mail_server import smtp_server, webhook  # noqa: F401 — fixtures
