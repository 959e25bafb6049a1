"""review33's probes: defects found reviewing pipeline/stories, the pipeline/text rules and `brief stories`
against the project's standards. Each is a strict xfail that fails on the code as reviewed because of the
defect; the fix turns it into a pass (then drop the mark)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app


def _stories(out: Path, *args: str):
    return CliRunner().invoke(app, ["stories", "--out", str(out), *args])


@pytest.mark.xfail(
    strict=True,
    reason="review33: listing.day_bound adds a day to --until's date unguarded: 9999-12-31 raises OverflowError"
    " (not ValueError), a traceback instead of the one-line error and exit 2",
)
def test_until_the_last_representable_day_is_a_one_line_error(tmp_path: Path) -> None:
    result = _stories(tmp_path, "--until", "9999-12-31")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--until" in result.output


@pytest.mark.xfail(
    strict=True,
    reason="review33: an ISO time whose UTC falls outside datetime's range (year 1 with a positive offset) passes"
    " day_bound and fails in storydesk.store.as_utc (astimezone: OverflowError), a traceback",
)
def test_since_a_time_before_year_one_in_utc_is_a_one_line_error(tmp_path: Path) -> None:
    result = _stories(tmp_path, "--since", "0001-01-01T00:00:00+05:00")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--since" in result.output


@pytest.mark.xfail(
    strict=True,
    reason="review33: an ISO time whose UTC falls after year 9999 passes day_bound and fails in as_utc, a traceback",
)
def test_since_a_time_after_year_9999_in_utc_is_a_one_line_error(tmp_path: Path) -> None:
    result = _stories(tmp_path, "--since", "9999-12-31T23:59:59-05:00")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--since" in result.output


def test_a_bad_since_is_a_one_line_error(tmp_path: Path) -> None:  # the control: what the probes above ask for
    result = _stories(tmp_path, "--since", "x")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--since" in result.output
