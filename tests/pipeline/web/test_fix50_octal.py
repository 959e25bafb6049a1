"""A forbidden address written in a spelling httpx does not parse (octal 0177.0.0.1) is refused as that address,
not called a malformed URL — the README promises the one refusal line for every spelling (acceptance test, stop 50)."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.web.fetch import require_http
from pipeline.web.guard import RefusedAddress


@pytest.mark.parametrize(
    ("url", "entry"),
    [
        ("http://0177.0.0.1:8080/a", "127.0.0.1:8080"),
        ("https://0177.0.0.1/a", "127.0.0.1:443"),
        ("http://012.0.0.1/", "10.0.0.1:80"),
        ("http://0251.0376.0251.0376/latest/", "169.254.169.254:80"),
    ],
)
def test_octal_spelling_of_a_forbidden_address_is_refused_as_that_address(url: str, entry: str) -> None:
    with pytest.raises(RefusedAddress) as refused:
        require_http(url)
    line = str(refused.value)
    assert "\n" not in line and "address — not fetched" in line and f"add {entry} to fetch_private_hosts" in line
    assert refused.value.exit_code == 2


def test_a_public_address_in_that_spelling_and_other_bad_urls_stay_not_valid() -> None:
    for url in ("http://0010.0.0.1/", "http://[::1/", "http://host:port/"):
        with pytest.raises(InputError, match="not a valid URL"):
            require_http(url)
