"""`brief FOLDER` by hand (user52): a folder given where files are meant (`brief ./inbox`) is a usage error said in
one line — and it was also listed under the day as an article not briefed ("file:///…/inbox: is a directory") in the
day's digest and `brief failures list`, while a path that names no file is not (README). Now a folder is not listed
either: the terminal's one line is all; a file that fails is still listed."""

from __future__ import annotations

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.digest import update_digest
from pipeline.times import run_day
from tests.conftest import SEEDS, model_args, short_article


def test_a_folder_given_by_hand_is_one_line_and_no_failure_of_the_day(tmp_path, settings) -> None:
    article, folder, empty = tmp_path / "artikel.txt", tmp_path / "inbox", tmp_path / "leeg.txt"
    article.write_bytes(short_article(SEEDS[2]))
    folder.mkdir()
    (folder / "binnen.txt").write_bytes(short_article(SEEDS[3]))
    empty.write_bytes(b"")
    day = run_day(None)
    assert CliRunner().invoke(app, [str(article), *model_args(settings), "-q"]).exit_code == 0
    update_digest(settings, day, [], [], summarizer=lambda: None)  # the day's run wrote its digest
    done = CliRunner().invoke(app, [str(folder), *model_args(settings), "-q"])
    assert done.exit_code == 2, done.output
    assert done.stderr.splitlines() == [
        f"brief: error: {folder}: is a directory — pass the article files inside it (e.g. {folder}/*.txt)"
    ], done.stderr
    digest = (settings.out_dir / f"digest-{day}.md").read_text(encoding="utf-8")
    assert "Not briefed" not in digest and "is a directory" not in digest
    listed = CliRunner().invoke(app, ["failures", "list", "--out", str(settings.out_dir)])
    assert "inbox" not in listed.output, listed.output
    assert CliRunner().invoke(app, [str(empty), *model_args(settings), "-q"]).exit_code == 2  # a file: still listed
    assert "leeg.txt: the file has no text" in (settings.out_dir / f"digest-{day}.md").read_text(encoding="utf-8")
