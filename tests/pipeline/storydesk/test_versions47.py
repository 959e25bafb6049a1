"""A page briefed again is a version of its earlier brief only when it is one (pipeline.storydesk.versions): the same
page within a window, recognisably the same text — a recycled address carrying another article, or briefed weeks
later, is clustered like any article. A version grows its story as a joined article does (its terms, its last-seen
time) and counts its page once (ranking, the story's summary input). SQLite and PostgreSQL: the join reads the
catalog."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.db import open_catalog
from pipeline.catalog.schema import articles, stories
from pipeline.settings import BriefSettings
from pipeline.stories.store import StoryState
from pipeline.storydesk.codec import from_json
from pipeline.storydesk.listing import listed
from pipeline.storydesk.read import ranked, read_stories
from pipeline.storydesk.summary import plan
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.test_fix46 import PAGE, UPDATE, _record

V1, V2 = "v1" * 32, "v2" * 32
TITLE = "Dijk bij Zaltbommel verzakt"


def _story_of(catalog, key: str) -> int:
    query = select(articles.c.story_id).where(articles.c.brief_key == key)
    return catalog.read(lambda connection: connection.execute(query).scalar_one())


def _state(catalog, story_id: int) -> StoryState:
    query = select(stories.c.state).where(stories.c.id == story_id)
    return from_json(StoryState, catalog.read(lambda connection: connection.execute(query).scalar_one()))


def test_a_recycled_address_carrying_another_article_is_clustered(tmp_path: Path, database) -> None:
    """A "latest news" address the next day: another article under it, not a version of the dike."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _record(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), PAGE)
    _record(catalog, feat(V2, "NU.nl", at(1), "Brand in loods", BRAND_BODY), PAGE)
    assert _story_of(catalog, V1) != _story_of(catalog, V2)
    assert all(not s.versions() for s in listed(catalog, None, None))


def test_the_same_address_briefed_weeks_later_is_clustered(tmp_path: Path, database) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _record(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), PAGE)
    _record(catalog, feat(V2, "NU.nl", at(21), TITLE, UPDATE), PAGE)
    assert _story_of(catalog, V1) != _story_of(catalog, V2)


def test_a_version_grows_its_story_and_counts_its_page_once(tmp_path: Path, database) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _record(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), PAGE)
    story_id = _story_of(catalog, V1)
    before = _state(catalog, story_id)
    _record(catalog, feat(V2, "NU.nl", at(1), TITLE, UPDATE), PAGE)
    assert _story_of(catalog, V2) == story_id  # a version still
    after = _state(catalog, story_id)
    assert after.last_seen == at(1)  # the story is last seen when its page last changed: a candidate that long
    assert set(after.centroid) > set(before.centroid)  # the update's words ("bewoners ... terug naar huis")
    assert after.article_ids == (V2,) and after.outlets == ("NU.nl",)  # one page: one article of one outlet

    (found,) = read_stories(catalog)
    ((rank, _),) = ranked([found], at(2))
    assert rank.articles == 1 and rank.last_seen == at(1)  # one page, as last seen: no story "of several articles"


def test_a_storys_summary_reads_a_changed_pages_newest_text(tmp_path: Path) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    _record(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), PAGE)
    _record(catalog, feat(V2, "NU.nl", at(0, 3), TITLE, UPDATE), PAGE)
    _record(catalog, feat("o1" * 32, "Omroep", at(0, 4), "Dijk Zaltbommel verzakt, bewoners weg", DIJK_WIRE), "o")
    (found,) = [s for s in read_stories(catalog) if V1 in {a.key for a in s.articles}]
    brief = plan(found, 10_000, lambda text: len(text.split()))
    if brief is not None and brief.summary_input is not None:  # several pages: the newest brief's lead, not the first's
        used = {key for key, _ in brief.summary_input.sentences}
        assert V1 not in used
    assert {a.article_id for a in found.as_rank_input()} == {a.key for a in found.articles} - {V1}


def test_a_wire_copys_page_that_changed_is_shown_once_in_every_view(tmp_path: Path, database) -> None:
    """NU.nl runs Omroep's wire text at its address, then updates it: the wire text is shown once (Omroep's), NU.nl's
    page once, by its newest brief — `brief stories` listed both of NU.nl's briefs as copies, its JSON named no
    newest version, the web edition counted three articles while the digest showed one, also published by NU.nl."""
    from pipeline.digest_document import DigestEntry
    from pipeline.storydesk.day import day_stories
    from pipeline.storydesk.listing import as_json, as_text

    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    wire = "om" * 32
    _record(catalog, feat(wire, "Omroep", at(0), TITLE, DIJK_WIRE), "https://omroep.nl/dijk")
    _record(catalog, feat(V1, "NU.nl", at(0, 1), TITLE, DIJK_WIRE), PAGE)
    _record(catalog, feat(V2, "NU.nl", at(0, 5), TITLE, UPDATE), PAGE)
    (story,) = listed(catalog, None, None)
    assert {a.key for a in story.articles} == {wire, V1, V2}
    assert [a.key for a in story.originals()] == [wire]
    assert story.versions() == {V1: V2, V2: V2}  # NU.nl's page: its newest brief

    text = "\n".join(as_text([story]))
    assert f"{V1}.md" not in text and text.count(f"{V2}.md  (copy; changed since first briefed)") == 1
    rows = {row["brief"]: row for row in as_json([story])[0]["articles"]}
    assert rows[f"{V1}.md"]["newest_version"] == rows[f"{V2}.md"]["newest_version"] == f"{V2}.md"

    entries = [DigestEntry(f"EN {k[:2]}", "S.", f"{k}.md", "x", k) for k in (wire, V1, V2)]
    (digest,) = day_stories(catalog, at(0).date().isoformat(), entries)
    assert [(item.entry.key, item.also) for item in digest.articles] == [(wire, ("NU.nl",))]

    from pipeline.site.model import SiteArticle
    from pipeline.site.stories import site_stories

    site = {k: SiteArticle(k, f"EN {k[:2]}", None, None, None, None, None, "S.", ()) for k in (wire, V1, V2)}
    day = at(0).date().isoformat()
    (shown,), (briefing,) = site_stories([story], site, {day: [wire, V1, V2]}, {})
    assert dict(shown.versions) == {V1: V2, V2: V2}
    assert briefing.coverage == ((shown.id, 2, ("NU.nl", "Omroep")),)  # the wire text and NU.nl's page: two articles


def test_coverage_of_a_pages_update_joins_its_story_after_the_first_brief_left_the_window(
    tmp_path: Path, database
) -> None:
    """The page changed on day 3; another outlet runs its new text on day 6, when the clusterer's window (4 days) has
    let the first brief go: the version kept the story a candidate (its last-seen time) and left its signature, so
    the copy joins the page's story. Before, the story was last seen on day 0 and the copy started one of its own."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _record(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), PAGE)
    _record(catalog, feat(V2, "NU.nl", at(3), TITLE, UPDATE), PAGE)
    _record(catalog, feat("om" * 32, "Omroep", at(6), "Bewoners Zaltbommel terug", UPDATE), "https://omroep.nl/dijk")
    assert _story_of(catalog, "om" * 32) == _story_of(catalog, V1)
