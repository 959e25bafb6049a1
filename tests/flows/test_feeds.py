"""The daily flow polls the configured feeds before it scans the inbox (loopback server, tiny models:
the terse translator of tests/conftest.py, a word a sentence — these tests check what is polled,
fetched, briefed and listed, not the English)."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser

from tests.conftest import SEEDS, shared_dir, short_article
from tests.pipeline.test_feeds import rss, serve_feed


def test_the_daily_flow_briefs_new_feed_entries_then_the_inbox(
    prefect_harness, server, terse_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    from flows.daily_briefing import daily_briefing
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.feeds import load_states
    from pipeline.settings import BriefSettings

    server.serve("/a", (shared_dir("web") / "html" / "nos_dodental-parijs-op-129.html").read_bytes())
    serve_feed(server, rss([{"title": "Parijs", "link": server.url("/a"), "guid": "a"}]))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "een.txt").write_bytes(short_article(SEEDS[0]))  # its first paragraphs: the length plays no part
    out = tmp_path / "out"
    feed = {"url": server.url("/feed.xml")}
    models = {"translator": str(terse_marian), "summarizer": str(tiny_bart), "device": "cpu"}
    settings = {**models, "feeds": [feed], "fetch_delay": 0, "cache_dir": str(tmp_path / "cache")}
    report = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=settings, day="2026-02-13")
    state = load_states(open_catalog(BriefSettings(out_dir=out)))[feed["url"]]
    assert state.last_status == "new" and state.entries["a"].brief
    feed_brief = out / state.entries["a"].brief
    assert feed_brief.is_file() and sorted(Path(b).name for b in report.briefed) == sorted(
        [feed_brief.name, next(p.name for p in out.glob("*.md") if p != feed_brief and not p.name.startswith("digest"))]
    )  # the feed entry and the inbox article, each once
    digest = Path(report.digest).read_text(encoding="utf-8")
    assert (
        f"<{feed_brief.name}>" in digest and len(set(re.findall(r"\]\(<([^>]+\.md)>\)", digest))) == 2
    )  # the day's digest lists both
    assert [r.path for r in server.requests] == ["/robots.txt", "/feed.xml", "/a"]
    atom = feedparser.parse((out / "feed.xml").read_bytes())
    assert len(atom.entries) == 2  # the feed entry's brief and the inbox article's

    daily_briefing(inbox=str(inbox), out_dir=str(out), settings=settings, day="2026-02-13")
    # 304: nothing else asked (the worker process keeps robots.txt for an hour)
    assert [r.path for r in server.requests[3:]] == ["/feed.xml"]


def test_a_refused_link_is_a_listed_failure_and_publishing_failures_are_warnings(
    prefect_harness, server, terse_marian: Path, tiny_bart: Path, tmp_path: Path, monkeypatch
) -> None:
    """An entry linking to a private address is a listed failure (and never a request); a brief
    artifact or a feed.xml that cannot be written leaves the run Completed and the entry briefed."""
    import flows.feeds as flow_feeds
    import pipeline.web.atom
    from flows.daily_briefing import daily_briefing

    def down(*args, **kwargs):
        raise ConnectionError("API down")

    monkeypatch.setattr(flow_feeds, "publish_brief", down)
    monkeypatch.setattr(pipeline.web.atom, "write_atom_feed", down)  # read by pipeline.storydesk.atom.write_feeds
    server.serve("/a", (shared_dir("web") / "html" / "nos_dodental-parijs-op-129.html").read_bytes())
    items = [
        {"title": "Parijs", "link": server.url("/a"), "guid": "a"},
        {"title": "Intern", "link": "http://10.0.0.1/geheim", "guid": "b"},  # refused: no packet leaves
    ]
    serve_feed(server, rss(items))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    models = {"translator": str(terse_marian), "summarizer": str(tiny_bart), "device": "cpu"}
    settings = {**models, "feeds": [{"url": server.url("/feed.xml")}], "fetch_delay": 0, "cache_dir": str(tmp_path)}
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(tmp_path / "out"), settings=settings, day="2026-02-14", return_state=True
    )
    assert state.is_completed(), state
    report = state.result(_sync=True)
    assert len(report.briefed) == 1 and Path(report.briefed[0]).is_file()
    (reason,) = report.failed.values()
    assert "10.0.0.1" in reason and "fetch_private_hosts" in reason and "\n" not in reason
    assert not (tmp_path / "out" / "feed.xml").exists()
