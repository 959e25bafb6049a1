"""Known permanent failures in the catalog: remembered by bytes + settings, first day kept, cleared on request."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.catalog.failures import forget, known_hashes, load_failures, remember
from pipeline.settings import BriefSettings
from pipeline.store.failures import KnownFailure, file_hash, settings_fingerprint


def test_remembered_once_with_the_first_day_and_forgotten_by_name(tmp_path: Path, database: str | None) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path / "out", database_url=database))
    bad = tmp_path / "leeg.txt"
    bad.write_bytes(b"")
    first = KnownFailure(file_hash(bad), "s1", "leeg.txt", "the file has no text", "2026-02-12")
    remember(catalog, [first, KnownFailure(file_hash(bad), "s1", "leeg.txt", "again", "2026-02-13")])
    other = KnownFailure("f" * 64, "s1", "foto.txt", "binary", "2026-02-13")
    remember(catalog, [other])
    remember(catalog, [KnownFailure(file_hash(bad), "s1", "leeg.txt", "a third time", "2026-02-14")])
    assert load_failures(catalog) == [first, other]
    assert known_hashes(catalog, "s1") == {first.content_hash, "f" * 64} and known_hashes(catalog, "s2") == set()
    assert forget(catalog, ["foto.txt"]) == [other] and load_failures(catalog) == [first]
    assert forget(catalog) == [first] and load_failures(catalog) == []


def test_a_changed_file_or_setting_is_a_new_attempt(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x")
    before = file_hash(path)
    path.write_bytes(b"y")
    assert file_hash(path) != before and file_hash(tmp_path / "missing.txt") is None
    base = BriefSettings()
    assert settings_fingerprint(BriefSettings(max_input_bytes=10)) != settings_fingerprint(base)
    assert settings_fingerprint(BriefSettings(require_dutch=False)) != settings_fingerprint(base)
    # where and how runs go does not change whether a file can be briefed
    same = BriefSettings(
        out_dir=tmp_path,
        inbox=tmp_path,
        max_concurrency=4,
        batch_articles=3,
        notify_webhook="http://127.0.0.1:9/x",
        database_url="postgresql+psycopg://brief@/elsewhere",
        feed_retention_days=3,
    )
    assert settings_fingerprint(same) == settings_fingerprint(base)
