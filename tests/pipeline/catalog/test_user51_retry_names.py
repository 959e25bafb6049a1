"""`brief failures retry NAME` (user51): an inbox file's failure is remembered by its file:// address, as `brief FILE`
by hand lists it; the address as listed, a path or the file name alone names it — another inbox's file of the same
name, given by its address, does not; a failure remembered by its file name (before user51) is named as it was."""

from __future__ import annotations

import pytest

from pipeline.catalog.failures import names_it

INBOX = "file:///home/me/inbox/leeg%20bestand.txt"


@pytest.mark.parametrize(
    "given, listed, expected",
    [
        (INBOX, INBOX, True),
        ("leeg bestand.txt", INBOX, True),
        ("inbox/leeg bestand.txt", INBOX, True),
        ("file:///home/me/other/leeg%20bestand.txt", INBOX, False),
        ("ander.txt", INBOX, False),
        ("leeg.txt", "leeg.txt", True),
        (INBOX, "leeg bestand.txt", True),
    ],
    ids=["address", "file name", "path", "another inbox", "another file", "old name", "address of an old name"],
)
def test_a_name_given_to_retry_names_the_failure(given: str, listed: str, expected: bool) -> None:
    assert names_it(given, listed) is expected
