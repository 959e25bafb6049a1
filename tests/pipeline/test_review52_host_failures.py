"""review52: a page given twice by hand (`brief URL URL` with one address twice) whose host no connection reached
makes its host's one line once, where the first stood — not once per copy of the address."""

from __future__ import annotations

from pipeline.host_failures import BY_HAND, failures_in_place, grouped_failures

REFUSED = "cannot connect (connection refused)"


def test_one_address_given_twice_makes_its_hosts_line_once() -> None:
    pairs = [
        ("https://krant.example/a", REFUSED),
        ("https://krant.example/a", REFUSED),
        ("https://ander.example/b", "404"),
    ]
    lines = failures_in_place(pairs, BY_HAND)
    assert [line[0] if line else None for line in lines] == ["krant.example", None, "https://ander.example/b"]
    assert len(grouped_failures(pairs, BY_HAND)) == 2
