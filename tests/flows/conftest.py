"""Fixtures of the flow tests: the loopback HTTP server (tests.web_server), an SMTP server and a
webhook receiver (tests.mail_server)."""

from tests.mail_server import smtp_server, webhook  # noqa: F401 — fixtures
from tests.web_server import server  # noqa: F401 — a fixture
