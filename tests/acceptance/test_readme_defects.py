"""README promises the product does not keep (yet), found by the blind acceptance tests: each is marked
xfail(strict=True) so that the fix un-marks it."""

from __future__ import annotations

import pytest

from tests.acceptance.conftest import User
from tests.web_server import LoopbackServer


@pytest.fixture()
def web():
    server = LoopbackServer().start()
    yield server
    server.stop()


@pytest.mark.xfail(
    strict=True,
    reason="README lists 0177.0.0.1 among the spellings refused as loopback/private with the line '… — not fetched "
    "(add HOST:PORT to fetch_private_hosts …)'; brief says 'not a valid URL (Invalid IPv4 address: …)' instead "
    "(still exit 2, no request)",
)
def test_octal_loopback_spelling_is_refused_as_a_private_address(user: User, web: LoopbackServer):
    """README: "Refused, in any spelling (`127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`, …): loopback, private
    … A refused URL is one line ("… a private address — not fetched (add HOST:PORT to fetch_private_hosts …)")"."""
    port = web.url("/").split(":")[2].rstrip("/")
    run = user.brief(f"http://0177.0.0.1:{port}/artikel.html")
    assert run.code == 2 and len(run.lines) == 1, run.text
    assert "not fetched" in run.lines[0] and "fetch_private_hosts" in run.lines[0], run.lines[0]
