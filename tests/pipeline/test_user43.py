"""Stop 43, as a user: a feed item dated in the future (a wrong year, a wrong time zone) is briefed, counted in its
story as published when briefed, and the poll says so instead of keeping quiet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from pipeline.feed_report import poll_notes
from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from pipeline.times import dated_ahead
from tests.pipeline.test_feeds import NOS, FakeModels, _nos_paragraphs, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved


def test_a_poll_names_the_new_entries_dated_more_than_a_day_ahead(server, tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    server.serve("/a", saved(NOS))
    now = datetime.now(UTC)
    text = "".join(f"<p>{p}</p>" for p in _nos_paragraphs())
    items = [
        {"title": "Vandaag", "link": server.url("/a"), "guid": "a", "pubDate": format_datetime(now)},
        {  # no page (404): briefed from the feed's text under the feed's date (a page's own date would be the brief's)
            "title": "Volgend jaar",
            "link": server.url("/b"),
            "guid": "b",
            "pubDate": format_datetime(now.replace(year=now.year + 1)),
            "content:encoded": f"<![CDATA[<h1>Volgend jaar</h1>{text}]]>",
        },
    ]
    serve_feed(server, rss(items, 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'))
    [report] = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert len(report.briefed) == 2 and not report.failed  # briefed all the same
    assert [name.split(" dated ")[0] for name in report.ahead] == [server.url("/b")]
    [line] = [note for note in poll_notes(report) if "ahead" in note or "after the poll" in note]
    assert line.startswith(server.url("/feed.xml")) and server.url("/b") in line and str(now.year + 1) in line
    assert "1 new entry dated more than a day after the poll" in line


def test_a_day_ahead_is_the_bound_and_a_local_time_without_zone_is_not_ahead() -> None:
    now = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    assert not dated_ahead("2026-12-07T00:30:00", now)  # Amsterdam's clock written without a zone: 2½ hours "ahead"
    assert not dated_ahead((now + timedelta(hours=23)).isoformat(), now)
    assert dated_ahead((now + timedelta(hours=25)).isoformat(), now)
    assert dated_ahead("2027-12-06T10:00:00+01:00", now)
    assert not dated_ahead("not a date", now) and not dated_ahead(None, now)


def test_a_rebuild_names_the_files_that_open_as_briefs_but_do_not_read_as_one(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from brief_cli.main import app
    from tests.pipeline.catalog.test_catalog import brief_file

    brief_file(tmp_path, "a", "2026-02-12T10:00:00Z")
    damaged = brief_file(tmp_path, "b", "2026-02-13T10:00:00Z")
    damaged.write_text(damaged.read_text(encoding="utf-8").replace("format: ", "format:"), encoding="utf-8")
    windows = brief_file(tmp_path, "c", "2026-02-14T10:00:00Z")  # damaged too, and saved with CRLF line ends
    text = windows.read_text(encoding="utf-8").replace("format: ", "format:")
    windows.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    crlf = brief_file(tmp_path, "d", "2026-02-15T10:00:00Z")  # whole, with CRLF line ends: read as a brief
    crlf.write_bytes(crlf.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "notes.md").write_text("# my own notes\n", encoding="utf-8")  # not a brief: not named
    (tmp_path / "digest-2026-02-12.md").write_text("# Dutch news briefing — 2026-02-12\n", encoding="utf-8")
    rebuilt = CliRunner().invoke(app, ["catalog", "rebuild", "--out", str(tmp_path)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "2 briefs listed in the catalog" in rebuilt.stderr
    [line] = [line for line in rebuilt.stderr.splitlines() if "not read as one" in line]
    assert (
        damaged.name in line
        and windows.name in line
        and crlf.name not in line
        and "notes.md" not in line
        and "digest" not in line
        and "brief their articles again" in line
    )


def test_an_unknown_quantization_is_refused_before_anything_is_said_or_converted(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from brief_cli.main import app

    run = CliRunner().invoke(app, ["models", "convert", "--quantization", "int4", "--models-dir", str(tmp_path / "m")])
    assert run.exit_code == 2 and run.stderr.count("\n") == 1, run.output
    assert "converting" not in run.stderr and "quantization" in run.stderr and "'int8'" in run.stderr
    assert not (tmp_path / "m").exists()
