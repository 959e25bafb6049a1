"""review50: the refusal of a forbidden address in a spelling httpx does not parse (fix50, `guard.unparsed_literal_
refusal`) names the host as given — a hostile URL's 100 kB host ("000…0177.0.0.1", still the loopback address) was
printed whole in the one-line error, where require_http's own message keeps 200 characters of a URL."""

from __future__ import annotations

import pytest

from pipeline.web.fetch import require_http
from pipeline.web.guard import RefusedAddress


def test_a_hostile_hosts_refusal_is_a_short_line() -> None:
    with pytest.raises(RefusedAddress) as refused:
        require_http("http://" + "0" * 100_000 + "177.0.0.1/")
    message = str(refused.value)
    assert len(message) < 600 and "\n" not in message
    assert "127.0.0.1" in message and "fetch_private_hosts" in message


def test_the_usual_octal_spelling_is_still_named_whole() -> None:
    with pytest.raises(RefusedAddress, match=r"^0177\.0\.0\.1 \(127\.0\.0\.1\): a loopback address"):
        require_http("http://0177.0.0.1/")
