"""`brief site build|serve` as a user runs them."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path

from tests.brief_cli.test_main import BRIEF, ROOT, assert_one_line_error, run_cli
from tests.pipeline.site.test_adapter import make_brief, write


def test_build_writes_the_site_and_a_second_build_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path, make_brief())
    (tmp_path / "feed.xml").write_text("<feed xmlns='http://www.w3.org/2005/Atom'/>")
    done = run_cli("site", "build", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "site" / "index.html")
    assert "written" in done.stderr and "search index" in done.stderr
    article = tmp_path / "site" / "articles" / ("k" * 64 + ".html")
    assert "Cabinet falls" in article.read_text(encoding="utf-8")
    assert (tmp_path / "site" / "feed.xml").is_file() and (tmp_path / "site" / "pagefind" / "chunks.json").is_file()
    again = run_cli("site", "build", "--out", str(tmp_path), "--no-search")
    assert again.returncode == 0 and ", 0 written, 0 removed" in again.stderr


def test_build_of_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("site", "build", "--out", str(tmp_path / "nope")), 2, "is not a folder of briefs")


def test_serve_without_a_site_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("site", "serve", "--out", str(tmp_path)), 2, "run `brief site build")


def test_serve_serves_the_site_on_loopback(tmp_path: Path) -> None:
    write(tmp_path, make_brief())
    assert run_cli("site", "build", "--out", str(tmp_path), "--no-search").returncode == 0
    process = subprocess.Popen(
        [*BRIEF, "site", "serve", "--out", str(tmp_path), "--port", "0"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stderr.readline()
        assert "serving" in line and "http://127.0.0.1:" in line
        url = line.split("on ", 1)[1].split(" ", 1)[0]
        deadline = time.monotonic() + 30
        while True:
            try:
                page = urllib.request.urlopen(url + "index.html", timeout=5).read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert "Latest briefing" in page
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_brief_written_after_the_site_was_built_is_on_the_site(tiny_settings, terse_marian, tmp_path: Path) -> None:
    """Once `brief site build` made OUT/site/, each `brief FILE` that writes a brief brings it up
    to date (its article page, the front page); without a site, `brief FILE` makes none."""
    from brief_cli.main import app
    from tests.brief_cli.test_main import SEEDS, model_args, runner
    from tests.conftest import short_article

    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # a word a sentence

    out = tiny_settings.out_dir
    one, two = tmp_path / SEEDS[0].name, tmp_path / SEEDS[1].name  # their first paragraphs: the length plays no part
    one.write_bytes(short_article(SEEDS[0]))
    two.write_bytes(short_article(SEEDS[1]))
    first = runner.invoke(app, [str(one), *model_args(tiny_settings), "--quiet"])
    assert first.exit_code == 0, first.output
    assert not (out / "site").exists()  # nobody asked for a site
    assert run_cli("site", "build", "--out", str(out), "--no-search").returncode == 0
    pages = set((out / "site" / "articles").glob("*.html"))
    second = runner.invoke(app, [str(two), *model_args(tiny_settings), "--quiet"])
    assert second.exit_code == 0, second.output
    added = set((out / "site" / "articles").glob("*.html")) - pages
    brief = Path(second.stdout.strip())
    assert len(added) == 1 and brief.stem.endswith(added.pop().stem[:12])  # the page of the new brief (by its key)
