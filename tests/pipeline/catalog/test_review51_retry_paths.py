"""Review of `brief failures retry PATH` (user51): two inboxes holding a file of one name each fail; a path given to
retry names the failure of the file at that path, not the other inbox's file of the same name (which stays known, so
the next run does not try it again). The file name alone still names both."""

from __future__ import annotations

import pytest

from pipeline.catalog.failures import names_it

HOME, OTHER = "file:///home/me/inbox/leeg.txt", "file:///srv/post/leeg.txt"


@pytest.mark.parametrize(
    "given, listed, expected",
    [
        ("/home/me/inbox/leeg.txt", HOME, True),
        ("/home/me/inbox/leeg.txt", OTHER, False),
        ("/home/me/inbox/../inbox/leeg.txt", HOME, True),
        ("inbox/leeg.txt", HOME, True),
        ("inbox/leeg.txt", OTHER, False),
        ("post/leeg.txt", OTHER, True),
        ("leeg.txt", OTHER, True),
        ("/srv/post/leeg.txt", "leeg.txt", True),  # a failure remembered by its file name (before user51)
    ],
    ids=[
        "absolute",
        "absolute, other inbox",
        "absolute with ..",
        "relative",
        "relative, other inbox",
        "relative, its inbox",
        "file name, either inbox",
        "path of an old name",
    ],
)
def test_a_path_given_to_retry_names_the_failure_at_that_path(given: str, listed: str, expected: bool) -> None:
    assert names_it(given, listed) is expected
