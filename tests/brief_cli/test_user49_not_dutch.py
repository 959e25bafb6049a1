"""`brief file:///etc/passwd` was briefed (user49): a text the language check could not place (a 10 % guess) or
without a word passed as Dutch. Refused now: one line naming what was found and the override, exit 2; --force
briefs it anyway. Tiny models."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from flows.messages import for_flow
from pipeline.errors import InputError
from pipeline.text.language import require_dutch
from tests.conftest import model_args
from tests.pipeline.text.test_user49_language import FIGURES, PASSWD


def test_a_passwd_file_by_url_is_refused_in_one_line_and_forced_it_is_briefed(
    tiny_settings, terse_marian: Path, tmp_path: Path
) -> None:
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    passwd = tmp_path / "passwd"
    passwd.write_text(PASSWD, encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(app, [passwd.as_uri(), *model_args(tiny_settings)], env={"BRIEF_CONFIG": None})
    assert refused.exit_code == 2, refused.output
    (line,) = [x for x in refused.stderr.splitlines() if x.strip()]
    assert "does not read as Dutch" in line and "pass --force to brief it anyway" in line and "Traceback" not in line
    assert refused.stdout == "" and not list(tiny_settings.out_dir.glob("*.md"))
    forced = runner.invoke(app, [passwd.as_uri(), "--force", *model_args(tiny_settings)], env={"BRIEF_CONFIG": None})
    assert forced.exit_code == 0, forced.output
    assert Path(forced.stdout.strip()).is_file()


def test_in_a_flow_the_override_is_the_setting() -> None:
    for text in (PASSWD, FIGURES):
        try:
            require_dutch(text, name="x.txt")
        except InputError as exc:
            message = for_flow(str(exc))
        assert "set the require_dutch setting to false" in message and "--" not in message
