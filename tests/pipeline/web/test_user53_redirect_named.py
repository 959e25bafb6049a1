"""`brief http://…/verhuisd` whose page redirects to a private address, or to a page that is gone, said only the
address it was redirected to (user53: "brief: error: http://169.254.169.254/latest/meta-data/: … not fetched"): a
user who gave several URLs could not tell which of them failed. The line now opens with the URL given and says where
it was redirected; the reason and the exit status are unchanged."""

from __future__ import annotations

import pytest

from pipeline.web.fetch import FetchError
from pipeline.web.guard import RefusedAddress


def test_a_redirect_to_a_private_address_names_the_url_given(server, fetcher) -> None:
    server.serve("/verhuisd", b"", status=302, Location="http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError) as refused:
        fetcher.get(server.url("/verhuisd"))
    line = str(refused.value)
    assert line.startswith(f"{server.url('/verhuisd')}: redirected to http://169.254.169.254/latest/meta-data/"), line
    assert "link-local" in line and "fetch_private_hosts" in line and refused.value.exit_code == 2


def test_a_redirect_to_a_page_that_is_gone_names_the_url_given(server, fetcher) -> None:
    server.serve("/oud", b"", status=301, Location="/nieuw")
    with pytest.raises(FetchError) as gone:
        fetcher.get(server.url("/oud"))
    line = str(gone.value)
    assert line.startswith(f"{server.url('/oud')}: redirected to {server.url('/nieuw')}: HTTP 404"), line
    assert gone.value.status == 404 and gone.value.exit_code == 2


def test_a_url_that_is_not_redirected_is_named_once(server, fetcher) -> None:
    with pytest.raises(FetchError) as gone:
        fetcher.get(server.url("/nergens"))
    assert str(gone.value).startswith(f"{server.url('/nergens')}: HTTP 404") and "redirected" not in str(gone.value)
    assert not isinstance(gone.value, RefusedAddress)
