"""The search index in chunks: only the chunks whose pages changed, came or went are indexed again."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
from pathlib import Path

from pipeline.site import paths
from pipeline.site.build import build_site
from pipeline.site.search import CHUNK_LIST, FOLDER, STATE
from pipeline.testing.site_sample import add_articles, sample_article, sample_site


def chunk_of(folder: Path, page: str) -> str:
    chunks = json.loads((folder / STATE).read_text())["chunks"]
    return next(name for name, pages in chunks.items() if page in pages)


def test_only_touched_chunks_are_indexed_again(tmp_path: Path) -> None:
    site = sample_site(24, 4)  # 24 articles + 8 stories: 4 chunks of 10
    first = build_site(site, tmp_path, chunk_pages=10).search
    assert first.rebuilt == ("0", "1", "2", "3") and first.chunks == 4
    assert json.loads((tmp_path / FOLDER / CHUNK_LIST).read_text()) == ["0", "1", "2", "3"]
    assert all((tmp_path / FOLDER / n / "pagefind.js").is_file() for n in "0123")
    assert build_site(site, tmp_path, chunk_pages=10).search.rebuilt == ()

    changed = dataclasses.replace(site.articles[0], summary="Changed.")
    site2 = dataclasses.replace(site, articles=(changed, *site.articles[1:]))
    where = chunk_of(tmp_path, paths.article_path(changed.key))
    assert build_site(site2, tmp_path, chunk_pages=10).search.rebuilt == (where,)

    grown = add_articles(site2, 3)  # new pages fill the newest chunk; the grown story's chunk too
    report = build_site(grown, tmp_path, chunk_pages=10).search
    grown_story = next(s for s in grown.stories if any(e.article_key == "n000000" for e in s.timeline))
    assert set(report.rebuilt) == {"3", chunk_of(tmp_path, paths.story_path(grown_story.id))} | (
        {"4"} if report.chunks == 5 else set()
    )

    shutil.rmtree(tmp_path / FOLDER / "1")  # a chunk lost on disk comes back
    assert build_site(grown, tmp_path, chunk_pages=10).search.rebuilt == ("1",)


def test_a_chunk_whose_pages_are_all_gone_is_removed(tmp_path: Path) -> None:
    site = sample_site(6, 1)
    extra = sample_article("zz-late", random.Random(1))
    with_extra = dataclasses.replace(site, articles=(*site.articles, extra))
    build_site(with_extra, tmp_path, chunk_pages=8)  # 6 + 1 articles + 2 stories: chunk 1 holds the last page
    assert json.loads((tmp_path / FOLDER / CHUNK_LIST).read_text()) == ["0", "1"]
    report = build_site(site, tmp_path, chunk_pages=8).search
    assert report.rebuilt == ("1",) and report.chunks == 1
    assert not (tmp_path / FOLDER / "1").exists()
    assert json.loads((tmp_path / FOLDER / CHUNK_LIST).read_text()) == ["0"]


def test_an_unreadable_state_indexes_everything_again(tmp_path: Path) -> None:
    site = sample_site(6, 1)
    build_site(site, tmp_path, chunk_pages=4)
    (tmp_path / STATE).write_text("{not json")
    assert build_site(site, tmp_path, chunk_pages=4).search.rebuilt == ("0", "1")
