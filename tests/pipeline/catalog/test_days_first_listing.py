"""pipeline.catalog.days: every listing (a run's entries, a brief written under the `day` setting, briefs found cached)
goes one path, `_list_first` — a day lists each article once, also when one run brings it under two keys (tidy47)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline.catalog import days
from pipeline.catalog.db import open_catalog
from pipeline.catalog.schema import articles
from pipeline.catalog.upsert import upsert
from pipeline.digest_document import DigestEntry
from pipeline.settings import BriefSettings

DAY = "2025-12-15"


def _catalog_with_one_article_under_two_keys(tmp_path: Path):
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    rows = [
        {
            "brief_key": key,
            "brief_file": f"{key}.md",
            "source": "brug.txt",
            "content_hash": "same-article",
            "title": "Bridge closed",
            "summary": "The bridge closes.",
            "briefed_at": datetime.now(UTC),
        }
        for key in ("k1", "k2")  # briefed again under a new key (a new STRUCTURE_VERSION)
    ]
    catalog.write(lambda connection: upsert(connection, articles, rows, ["brief_key"], []))
    return catalog


def test_a_run_bringing_one_article_under_two_keys_lists_it_once(tmp_path: Path) -> None:
    catalog = _catalog_with_one_article_under_two_keys(tmp_path)
    entries = [DigestEntry("Bridge closed", "The bridge closes.", f"{k}.md", "brug.txt", k) for k in ("k1", "k2")]
    listed, _ = days.add_to_day(catalog, DAY, entries, [])
    assert [entry.key for entry in listed] == ["k1"]


def test_briefs_found_cached_list_one_article_once(tmp_path: Path) -> None:
    catalog = _catalog_with_one_article_under_two_keys(tmp_path)
    assert days.list_cached(catalog, DAY, ["k1", "k2"]) == ["k1"]
    assert [entry.key for entry in days.day_digest(catalog, DAY)[0]] == ["k1"]
