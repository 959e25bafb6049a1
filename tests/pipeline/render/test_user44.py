"""User pass 44 (several days of briefings): the digest's top story of a file with no outlet."""

from __future__ import annotations

from pipeline.digest_document import DigestEntry, DigestStory, DigestStoryArticle
from pipeline.render.digest import render_digest


def test_a_top_story_without_outlet_or_day_has_no_empty_italics_line() -> None:
    entry = DigestEntry("Fire in a warehouse in Tilburg", "A fire.", "fire-1.md", "fire.txt", "1")
    story = DigestStory(
        "Fire in a warehouse in Tilburg", "A fire.", (), ("Tilburg",), 1, (DigestStoryArticle(entry, ""),), True
    )
    page = render_digest("2026-12-05", [entry], [], stories=[story])
    assert "\n__\n" not in page  # Markdown shows an empty emphasis as two underscores
    assert "### [Fire in a warehouse in Tilburg](<fire-1.md>)\n\nA fire.\n" in page
