"""`brief catalog rebuild` restores which briefs and failures belong to which day from the digests
as they are written now: a digest of stories lists a story's articles of earlier days too and
links no wire copy, so the day comes from the record the digest ends with; a digest written before
the record gives the briefs no earlier digest linked, and its "Not briefed" lines (user39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.catalog.rebuild import rebuild_catalog
from pipeline.digest_document import DigestEntry, DigestFailure, DigestStory, DigestStoryArticle
from pipeline.render.digest import render_digest
from pipeline.settings import BriefSettings
from pipeline.store.digests import read_day_record, with_day_record
from tests.pipeline.catalog.test_catalog import brief_file


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def _entry(path: Path, source: str) -> DigestEntry:
    key = path.stem.rsplit("-", 1)[1]
    return DigestEntry(f"Title {path.stem}", "S", path.name, source, (key * 6)[:64])


def _story(*articles: DigestEntry, copies: tuple[str, ...] = ()) -> DigestStory:
    items = tuple(DigestStoryArticle(e, "NOS", ("De Telegraaf",) if copies else ()) for e in articles)
    return DigestStory("T", "S", ("NOS",), (), 2, items, True, copies=copies)


def _days(settings: BriefSettings) -> dict[str, tuple[list[str], list[DigestFailure]]]:
    catalog = open_catalog(settings)
    found = {}
    for day in ("2026-02-12", "2026-02-13"):
        entries, failures = day_digest(catalog, day)
        found[day] = ([e.brief for e in entries], failures)
    return found


def test_rebuild_restores_each_day_from_the_record_of_a_digest_of_stories(settings: BriefSettings) -> None:
    out = settings.out_dir
    a = _entry(brief_file(out, "a", "2026-02-12T10:00:00Z", source_file="a.txt"), "a.txt")
    b = _entry(brief_file(out, "b", "2026-02-13T10:00:00Z", source_file="b.txt"), "b.txt")
    copy = _entry(brief_file(out, "c", "2026-02-13T11:00:00Z", source_file="c.txt"), "c.txt")
    failed = DigestFailure("empty -- x.txt", "the file has no text — pass a non-empty article -->")
    first = render_digest("2026-02-12", [a], [], stories=[_story(a)])
    second = render_digest("2026-02-13", [b, copy], [failed], stories=[_story(a, b, copies=(copy.key,))])
    assert a.brief in second and copy.brief not in second  # the day before's article, and no link to the copy
    (out / "digest-2026-02-12.md").write_text(with_day_record(first, [a], []), encoding="utf-8")
    written = with_day_record(second, [b, copy], [failed])
    (out / "digest-2026-02-13.md").write_text(written, encoding="utf-8")
    record = written.removeprefix(second.rstrip("\n"))
    assert record.startswith("\n\n<!-- ") and record.count("--") == 2  # only the comment's own markers
    assert read_day_record(written) == (
        [DigestEntry("", "", e.brief, e.source_name, e.key) for e in (b, copy)],
        [failed],
    )
    rebuild_catalog(settings)
    assert _days(settings) == {"2026-02-12": ([a.brief], []), "2026-02-13": ([b.brief, copy.brief], [failed])}


def test_a_digest_of_stories_written_before_the_record_gives_the_briefs_it_linked_first(
    settings: BriefSettings,
) -> None:
    out = settings.out_dir
    a = _entry(brief_file(out, "a", "2026-02-12T10:00:00Z"), "a.txt")
    b = _entry(brief_file(out, "b", "2026-02-13T10:00:00Z"), "b.txt")
    failed = DigestFailure("x_y.txt", "looks like a binary file, not text — pass a plain-text article")
    (out / "digest-2026-02-12.md").write_text(render_digest("2026-02-12", [a], [], stories=[_story(a)]), "utf-8")
    second = render_digest("2026-02-13", [b], [failed], stories=[_story(a, b)])
    assert "x\\_y.txt" in second
    (out / "digest-2026-02-13.md").write_text(second, encoding="utf-8")
    rebuild_catalog(settings)
    assert _days(settings) == {"2026-02-12": ([a.brief], []), "2026-02-13": ([b.brief], [failed])}
