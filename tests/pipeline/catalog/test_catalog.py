"""The catalog on SQLite and PostgreSQL: the migrations make exactly the schema the code declares,
a newer catalog is refused in one line, an OUT from before the catalog is imported once, the
catalog is rebuilt from the brief files, and feed entries no longer listed are pruned."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pipeline.catalog import articles as catalog_articles
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.failures import load_failures
from pipeline.catalog.feed_state import FeedState, SeenEntry
from pipeline.catalog.feeds import load_entries, load_states, save_feed
from pipeline.catalog.migrations import SCHEMA_HEAD, SCHEMA_REVISIONS
from pipeline.catalog.rebuild import rebuild_catalog
from pipeline.catalog.schema import feed_entries, metadata
from pipeline.document import FORMAT
from pipeline.errors import OutputError
from pipeline.settings import BriefSettings
from pipeline.web.atom import newest_briefs
from tests.pipeline.catalog.helpers import downgrade_to


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def brief_file(folder: Path, name: str, created: str, **extra: object) -> Path:
    front = {"format": FORMAT, "cache_key": (name * 64)[:64], "title": f"Title {name}", "created_at": created, **extra}
    lines = ["---", *(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()), "---", ""]
    lines += [f"# Title {name}", "", "## Summary", "", f"Summary of {name}.", "", "## Article", "", "Text."]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{front['cache_key'][:12]}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_migrations_make_the_declared_schema_and_the_revision_list_is_complete(settings) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    catalog = open_catalog(settings)
    with catalog.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    assert diff == []
    config = Config()
    config.set_main_option("script_location", str(Path(catalog_articles.__file__).parent / "migrations"))
    scripts = ScriptDirectory.from_config(config)
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(SCHEMA_REVISIONS)


def test_a_newer_catalog_is_refused_in_one_line_and_an_empty_database_is_upgraded(settings) -> None:
    catalog = open_catalog(settings)
    catalog.write(lambda connection: connection.execute(text("UPDATE alembic_version SET version_num = '9999'")))
    forget_open_catalogs()
    with pytest.raises(OutputError, match=r"schema 9999, newer than this dutch-brief knows") as raised:
        open_catalog(settings)
    assert "\n" not in str(raised.value)
    other = settings.model_copy(update={"out_dir": settings.out_dir.parent / "other"})
    if settings.database_url:  # the same PostgreSQL database, whatever the folder: still refused
        with pytest.raises(OutputError, match="newer"):
            open_catalog(other)
    else:  # a new SQLite catalog in another folder, created at the head revision
        assert catalog_articles.count(open_catalog(other)) == 0


def test_a_catalog_of_the_previous_schema_is_upgraded_and_keeps_its_merges(settings) -> None:
    """A catalog written at 0003 (merges without their cause) opens at the head: its merge rows stay,
    with the new columns empty."""
    catalog = open_catalog(settings)  # at the head; taken back to 0003 as an older dutch-brief left it

    def back_to_0003(connection):
        downgrade_to(connection, "0003")
        now = datetime(2026, 3, 2, 9, tzinfo=UTC)
        for story_id in (1, 2):
            connection.execute(
                text("INSERT INTO stories (id, title, first_seen, last_seen) VALUES (:i, 't', :n, :n)"),
                {"i": story_id, "n": now},
            )
        connection.execute(text("INSERT INTO story_merges (from_story, into_story, at) VALUES (2, 1, :n)"), {"n": now})

    catalog.write(back_to_0003)
    forget_open_catalogs()
    rows = open_catalog(settings).read(
        lambda connection: [
            tuple(r)
            for r in connection.execute(text("SELECT from_story, into_story, by_brief_key, score FROM story_merges"))
        ]
    )
    assert rows == [(2, 1, None, None)]
    assert (
        open_catalog(settings).read(lambda c: c.execute(text("SELECT version_num FROM alembic_version")).scalar())
        == SCHEMA_HEAD
    )


def test_an_out_from_before_the_catalog_is_imported_once_and_its_files_set_aside(settings) -> None:
    out = settings.out_dir
    brief = brief_file(out, "a", "2026-02-12T10:00:00Z", source_file="a.txt")
    key = ("a" * 64)[:64]
    (out / ".feeds.json").write_text(
        json.dumps(
            {
                "version": 1,
                "feeds": {
                    "https://nos.example/feed": {
                        "url": "https://nos.example/new-feed",
                        "etag": '"v1"',
                        "last_poll": "2026-02-12T09:00:00Z",
                        "last_status": "new",
                        "entries": {
                            "guid-1": {"link": "https://nos.example/1", "fingerprint": "f1", "brief": brief.name}
                        },
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    (out / ".failures.json").write_text(
        json.dumps(
            {
                "failures": [
                    {
                        "content_hash": "c" * 64,
                        "settings_hash": "s",
                        "source_name": "leeg.txt",
                        "reason": "empty",
                        "first_seen": "2026-02-11",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    (out / ".digest-2026-02-12.json").write_text(
        json.dumps(
            {
                "entries": [{"title": "T", "summary": "S", "brief": brief.name, "source_name": "a.txt", "key": key}],
                "failures": [{"source_name": "leeg.txt", "message": "empty"}],
            }
        ),
        encoding="utf-8",
    )
    (out / ".hits" / "ab").mkdir(parents=True)
    (out / ".hits" / "ab" / f"{'ab' * 32}.json").write_text(
        json.dumps({"brief": brief.name, "cache_key": key, "warnings": ["w"]}), encoding="utf-8"
    )
    catalog = open_catalog(settings)
    state = load_states(catalog)["https://nos.example/feed"]
    assert (
        state.url == "https://nos.example/new-feed"
        and state.etag == '"v1"'
        and state.last_poll == "2026-02-12T09:00:00Z"
    )
    assert state.entries == {"guid-1": SeenEntry("https://nos.example/1", "f1", brief=brief.name)}
    assert [f.source_name for f in load_failures(catalog)] == ["leeg.txt"]
    entries, failures = day_digest(catalog, "2026-02-12")
    assert [(e.brief, e.key, e.source_name) for e in entries] == [(brief.name, key, "a.txt")]
    assert [(f.source_name, f.message) for f in failures] == [("leeg.txt", "empty")]
    assert catalog_articles.find_hits(catalog, ["ab" * 32]) == {"ab" * 32: (brief.name, key, ("w",))}
    assert [b.path for b in newest_briefs(settings, 10)] == [brief]  # the briefs already there are listed
    left = sorted(p.name for p in out.iterdir() if not p.name.startswith("catalog.sqlite"))
    assert left == sorted(
        [
            ".digest-2026-02-12.json.imported",
            ".failures.json.imported",
            ".feeds.json.imported",
            ".hits.imported",
            brief.name,
        ]
    )
    forget_open_catalogs()
    open_catalog(settings)  # a second open imports nothing again
    assert len(load_failures(open_catalog(settings))) == 1


def test_the_catalog_is_rebuilt_from_the_brief_files(settings) -> None:
    out = settings.out_dir
    first = brief_file(out, "a", "2026-02-12T10:00:00Z", source_file="a.txt", outlet="NOS")
    second = brief_file(out, "b", "2026-02-13T10:00:00Z", source_url="https://nos.example/b")
    (out / "digest-2026-02-13.md").write_text(f"# Digest\n\n## [Title b](<{second.name}>)\n\nS\n", encoding="utf-8")
    catalog = open_catalog(settings)
    catalog.write(lambda connection: connection.execute(catalog_articles.articles.delete()))
    assert newest_briefs(settings, 10) == []
    third = brief_file(out, "c", "2026-02-14T10:00:00Z")
    first.unlink()
    found, moved = rebuild_catalog(settings)
    assert found == 2 and moved is None
    catalog = open_catalog(settings)
    assert [b.path for b in newest_briefs(settings, 10)] == [third, second]
    rows = catalog.read(
        lambda c: c.execute(select(catalog_articles.articles.c.source, catalog_articles.articles.c.url)).all()
    )
    assert sorted(rows, key=str) == sorted(
        [("https://nos.example/b", "https://nos.example/b"), (third.name, None)], key=str
    )
    assert [e.brief for e in day_digest(catalog, "2026-02-13")[0]] == [second.name]


def test_a_damaged_sqlite_catalog_is_moved_aside_by_rebuild(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path)
    brief = brief_file(tmp_path, "a", "2026-02-12T10:00:00Z")
    (tmp_path / "catalog.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(OutputError) as raised:
        open_catalog(settings)
    assert "\n" not in str(raised.value) and "catalog" in str(raised.value)
    found, moved = rebuild_catalog(settings)
    assert found == 1 and moved is not None and moved.read_bytes().startswith(b"this is not")
    assert [b.path for b in newest_briefs(settings, 10)] == [brief]


def test_feed_entries_no_longer_listed_are_pruned_after_the_retention(settings) -> None:
    catalog = open_catalog(settings)
    url = "https://nos.example/feed"
    state = FeedState(url=url, etag='"1"')
    state.entries = {k: SeenEntry(f"https://nos.example/{k}", f"f{k}") for k in ("a", "b", "c")}
    save_feed(catalog, url, state, touched={"a", "b", "c"}, listed=["a", "b", "c"], retention_days=30)
    old = datetime.now(UTC) - timedelta(days=31)
    catalog.write(lambda c: c.execute(feed_entries.update().values(last_seen=old)))
    # the feed now lists a and d (new): b and c are not listed, and were last seen 31 days ago
    state = FeedState(url=url, etag='"2"')
    state.entries = {"d": SeenEntry("https://nos.example/d", "fd")}
    save_feed(catalog, url, state, touched={"d"}, listed=["a", "d"], retention_days=30)
    assert sorted(load_entries(catalog, url, ["a", "b", "c", "d"])) == ["a", "d"]
    # a 304 (nothing listed) prunes nothing, however old
    catalog.write(lambda c: c.execute(feed_entries.update().values(last_seen=old)))
    save_feed(catalog, url, state)
    assert sorted(load_entries(catalog, url, ["a", "d"])) == ["a", "d"]
    assert load_states(catalog)[url].etag == '"2"'
