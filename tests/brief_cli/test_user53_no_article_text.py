"""A text file that holds only site text — a page's chrome copied as text: a pointer, a share line, a newsletter pitch,
a cookie notice — was briefed as an empty "Untitled" brief (0 paragraphs, "No summary", exit 0) and listed in the
feeds and the digest as an article (user53), while a web page with no article text is refused. Refused now, in the one
build path: one line naming what it found and the override, exit 2, no brief; --keep-all briefs it. Tiny models."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from flows.messages import for_flow
from tests.conftest import model_args

# sentences written for this test: each one a line a site prints around an article, none of them article text
CHROME_ONLY = (
    "Lees ook\n\nDeel dit artikel op Facebook\n\n"
    "Abonneer je nu op onze gratis nieuwsbrief en mis niets.\n\n"
    "Accepteer de cookies om deze inhoud te bekijken.\n"
)


def test_a_file_of_site_text_only_is_refused_in_one_line_and_kept_all_it_is_briefed(settings, tmp_path: Path) -> None:
    chrome = tmp_path / "chrome.txt"
    chrome.write_text(CHROME_ONLY, encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(app, [str(chrome), *model_args(settings)])
    assert refused.exit_code == 2, refused.output
    lines = [x for x in refused.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in refused.output, refused.output
    assert lines[0].startswith(f"brief: error: {chrome}: no article text"), lines[0]  # the path as given
    assert "pass --keep-all" in lines[0], lines[0]
    assert refused.stdout == "" and not list(settings.out_dir.glob("*.md"))
    kept = runner.invoke(app, [str(chrome), "--keep-all", *model_args(settings)])
    assert kept.exit_code == 0, kept.output
    assert Path(kept.stdout.strip()).is_file()


def test_in_a_flow_the_override_is_the_keep_all_setting() -> None:
    from pipeline.brief import require_article_text
    from pipeline.errors import InputError
    from pipeline.text.read import parse_article

    article = parse_article(CHROME_ONLY, source_name="chrome.txt")
    with pytest.raises(InputError) as refused:
        require_article_text(article, name="chrome.txt")
    message = for_flow(str(refused.value))
    assert "set the keep_all setting (BRIEF_KEEP_ALL)" in message and "--" not in message
