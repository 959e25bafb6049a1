"""A day's digest lists the day's briefed articles, whoever briefed them (issue 19, user pass 41): articles
briefed by hand (`brief FILE`) before the daily run were found done by the run, which listed nothing, and the
day's digest said "0 articles briefed". Now an article briefed on the day (Amsterdam's) that no day lists
joins the day when its digest is written. Texts written for this test, never copied from news."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline.catalog.articles import save_articles
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.digest import update_digest
from pipeline.digest_document import DigestEntry
from pipeline.settings import BriefSettings
from tests.pipeline.stories.texts import feat
from tests.pipeline.storydesk.helpers import article_row

BODY = "De gemeente Deventer sluit de Wilhelminabrug voor onderhoud. Wethouder Kees Brandsma zegt dat het nodig is."


def by_hand(catalog, key: str, briefed: datetime) -> None:
    """The catalog row `brief FILE` writes: no day lists it."""
    row = article_row(feat(key, "Tubantia", briefed, f"Brug {key} dicht", BODY), title=f"Bridge {key} closed")
    catalog.write(lambda connection: save_articles(connection, [{**row, "briefed_at": briefed}]))


def test_articles_briefed_by_hand_on_the_day_are_in_its_digest(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    by_hand(catalog, "early", datetime(2025, 12, 14, 23, 30, tzinfo=UTC))  # 00:30 on the 15th in Amsterdam
    by_hand(catalog, "noon", datetime(2025, 12, 15, 11, 0, tzinfo=UTC))
    by_hand(catalog, "late", datetime(2025, 12, 15, 23, 30, tzinfo=UTC))  # the 16th in Amsterdam
    by_hand(catalog, "before", datetime(2025, 12, 14, 22, 30, tzinfo=UTC))  # the 14th
    run = DigestEntry("Bridge run closed", "s", "run.md", "run.txt", "run")  # what the daily run briefed itself
    save_articles_run = article_row(feat("run", "NOS", datetime(2025, 12, 15, 12, tzinfo=UTC), "Brug run", BODY))
    catalog.write(lambda connection: save_articles(connection, [save_articles_run]))

    path, _, entries, _ = update_digest(settings, "2025-12-15", [run], [], summarizer=lambda: None)
    assert [e.key for e in entries] == ["run", "early", "noon"]  # the run's own first, then by the time briefed
    text = path.read_text(encoding="utf-8")
    assert "3 articles briefed" in text and "Bridge noon closed" in text and "Bridge late closed" not in text

    update_digest(settings, "2025-12-15", [], [], summarizer=lambda: None)  # a second run: listed once
    assert [e.key for e in day_digest(catalog, "2025-12-15")[0]] == ["run", "early", "noon"]
    _, _, entries, _ = update_digest(settings, "2025-12-16", [], [], summarizer=lambda: None)
    assert [e.key for e in entries] == ["late"]  # the next day's digest has the next day's


def test_a_day_with_only_hand_briefed_articles_is_not_0_articles_briefed(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    by_hand(open_catalog(settings), "noon", datetime(2025, 12, 15, 11, 0, tzinfo=UTC))
    path, _, _, _ = update_digest(settings, "2025-12-15", [], [], summarizer=lambda: None)
    text = path.read_text(encoding="utf-8")
    assert "0 articles briefed" not in text and "1 article briefed" in text
