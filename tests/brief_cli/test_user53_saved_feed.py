"""`brief saved-feed.xml` — an RSS feed saved to disk — was briefed as an article (user53): its markup read as text, a
brief titled "xml-version-1-0-encoding-utf-8-rss-version-2-0-channel-title…", exit 0; the same feed by its URL is
refused ("a feed (RSS or Atom), not an article's page — poll it"). Refused as a file too now: one line, exit 2, no
brief. Tiny models."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.conftest import model_args

# a feed written for this test: two items of sentences of our own
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Nieuws uit de polder</title><link>https://polder.example/</link>
<description>Het laatste nieuws uit de polder</description>
<item><title>Gemaal draait op volle kracht</title><link>https://polder.example/gemaal</link>
<description>Na dagen van regen pompt het gemaal bij Kinderdijk dag en nacht water weg uit de polder.</description></item>
<item><title>Fietspad langs de dijk weer open</title><link>https://polder.example/fietspad</link>
<description>Het fietspad langs de Lekdijk is na drie maanden werk weer open voor fietsers en wandelaars.</description>
</item></channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nieuws uit de polder</title><id>urn:polder</id>
<updated>2026-12-07T10:00:00Z</updated><entry><title>Gemaal draait op volle kracht</title><id>urn:polder:1</id>
<updated>2026-12-07T10:00:00Z</updated><summary>Na dagen van regen pompt het gemaal dag en nacht water weg.</summary>
</entry></feed>
"""


@pytest.mark.parametrize(("name", "feed"), [("polder.xml", RSS), ("polder.txt", RSS), ("polder-atom.xml", ATOM)])
def test_a_feed_saved_as_a_file_is_refused_in_one_line(settings, tmp_path: Path, name: str, feed: str) -> None:
    saved = tmp_path / name
    saved.write_text(feed, encoding="utf-8")
    run = CliRunner().invoke(app, [str(saved), *model_args(settings)])
    assert run.exit_code == 2, run.output
    lines = [x for x in run.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in run.output, run.output
    assert lines[0].startswith(f"brief: error: {saved}: a feed (RSS or Atom)") and "brief feeds poll" in lines[0]
    assert run.stdout == "" and not list(settings.out_dir.glob("*.md"))
