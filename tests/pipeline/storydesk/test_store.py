"""The clusterer on the catalog (SQLite and PostgreSQL) decides exactly as on the in-memory store:
wire copies, growth across days, events kept apart, merges recorded; state survives reopening."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.schema import articles, stories
from pipeline.settings import BriefSettings
from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.store import StoryState
from pipeline.storydesk.codec import from_json, to_json
from tests.pipeline.stories.rewrites import BRUG_BACKGROUND, BRUG_CUT, BRUG_EDITION, BRUG_ORIGINAL, BRUG_OTHER
from tests.pipeline.stories.texts import (
    AJAX_SUNDAY,
    AJAX_THURSDAY,
    BRAND_BODY,
    DIJK_COPY,
    DIJK_DAY2,
    DIJK_DAY3,
    DIJK_OWN,
    DIJK_WIRE,
    STAKING_BODY,
    at,
    feat,
)
from tests.pipeline.stories.wire_texts import BOILERPLATE, BRUG_FULL, BRUG_LEAD, SPORTHAL
from tests.pipeline.storydesk.helpers import record


def stream():
    return [
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE),
        feat("d1c", "AD", at(0, 2), "Waaldijk verzakt: polder ontruimd", DIJK_COPY),
        feat("b1", "AD", at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY),
        feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking Zaltbommel", DIJK_OWN),
        feat("a1", "NOS", at(-1, 8), "Ajax wint van FC Utrecht", AJAX_SUNDAY),
        feat("s1", "RTV Oost", at(1, 0), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY),
        feat("d3", "NOS", at(2, 3), "Geëvacueerde bewoners Bommelerwaard mogen terug naar huis", DIJK_DAY2),
        feat("a2", "NOS", at(3, 12), "Ajax verliest van Lyon", AJAX_THURSDAY),
        feat("d4", "de Volkskrant", at(3, 5), "Waterschap onderzoekt verzakking Waaldijk Zaltbommel", DIJK_DAY3),
    ]


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def test_the_catalog_store_decides_as_the_memory_store(settings) -> None:
    memory = MemoryStoryStore()
    expected = [assign(f, memory) for f in stream()]
    catalog = open_catalog(settings)
    got = [record(catalog, f) for f in stream()]
    assert [(a.article_id, a.story_id, a.created, a.duplicate_of) for a in got] == [
        (a.article_id, a.story_id, a.created, a.duplicate_of) for a in expected
    ]
    by_id = {a.article_id: a for a in got}
    assert by_id["d1c"].duplicate_of == "d1"  # the wire copy
    assert len({by_id[k].story_id for k in ("d1", "d1c", "d2", "d3", "d4")}) == 1  # grows across days
    assert len({by_id[k].story_id for k in ("d1", "b1", "s1", "a1", "a2")}) == 5  # events kept apart

    def rows(connection):
        arts = {r.brief_key: r for r in connection.execute(select(articles))}
        saved = {r.id: r for r in connection.execute(select(stories))}
        return arts, saved

    arts, saved = catalog.read(rows)
    assert arts["d1c"].duplicate_of == arts["d1"].id
    assert arts["d4"].story_id == by_id["d1"].story_id and arts["d4"].features["article_id"] == "d4"
    state = from_json(StoryState, saved[by_id["d1"].story_id].state)
    assert state == memory.story(expected[0].story_id)
    forget_open_catalogs()  # reopened: the window's state was in the catalog, not in memory
    again = record(open_catalog(settings), feat("d5", "NOS", at(3, 9), "Dijk Zaltbommel hersteld", DIJK_DAY3))
    assert again.story_id == by_id["d1"].story_id and not again.created


def test_a_brief_recorded_again_keeps_its_story(settings) -> None:
    catalog = open_catalog(settings)
    first = record(catalog, stream()[0])
    assert first is not None and record(catalog, stream()[0]) is None


@dataclass(frozen=True)
class Grown(StoryState):  # the clusterer may add fields: they survive the catalog
    extra: tuple[str, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)


def test_the_codec_keeps_every_field_and_new_ones() -> None:
    memory = MemoryStoryStore()
    result = [assign(f, memory) for f in stream()][-1]
    state = memory.story(result.story_id)
    assert from_json(StoryState, to_json(state)) == state
    grown = Grown(**{k: getattr(state, k) for k in state.__dataclass_fields__}, extra=("x",), weights={"$a": 1.0})
    assert from_json(Grown, to_json(grown)) == grown
    assert from_json(StoryState, to_json(grown)) == state  # an unknown field is ignored
    assert replace(state, recent=()) != state


def test_the_catalog_finds_excerpts_by_their_lead_as_the_memory_store_does(settings) -> None:
    excerpts = [
        feat("nu", "NU.nl", at(0, 1), "Scheur in brug: A28 bij Zwolle afgesloten", BRUG_LEAD),
        feat("tg", "De Telegraaf", at(0, 2), "IJsselbrug bij Zwolle dicht na vondst scheur", BRUG_FULL),
        feat("ad", "AD", at(0, 3), "A28 dicht bij Zwolle", BRUG_LEAD),
        feat("hal", "RTV Regio", at(0, 4), "Deventer krijgt nieuwe sporthal", SPORTHAL),
        feat("weg", "RTV Regio", at(0, 5), "N337 dicht", "De N337 is donderdag dicht.\n\n" + BOILERPLATE),
    ]
    got = _same_in_memory_and_catalog(excerpts, settings)
    copies = {article: original for article, _, original in got}
    assert copies["tg"] == "nu" and copies["ad"] in ("nu", "tg") and copies["weg"] is None


def test_the_catalog_finds_rewrites_as_the_memory_store_does(settings) -> None:
    stream = [
        feat("dc", "De Stentor", at(0, 1), "Wilhelminabrug vijf maanden dicht", BRUG_ORIGINAL),
        feat("ed", "Deventer Dagblad", at(0, 2), "Omrijden geblazen", BRUG_EDITION),
        feat("cut", "Regiokrant", at(0, 3), "Brug Deventer dicht", BRUG_CUT),
        feat("other", "RTV Oost", at(0, 4), "Deventer zonder Wilhelminabrug", BRUG_OTHER),
        feat("bg", "De Stentor", at(0, 5), "Deventer en zijn bruggen", BRUG_BACKGROUND),
    ]
    got = _same_in_memory_and_catalog(stream, settings)
    copies = {article: original for article, _, original in got}
    assert copies["ed"] == "dc" and copies["cut"] in ("dc", "ed")
    assert copies["other"] is None and copies["bg"] is None


def _same_in_memory_and_catalog(stream, settings) -> list[tuple[str, int, str | None]]:
    """(article, story, copy of) for each article, asserted equal from the memory store and the catalog."""
    memory = MemoryStoryStore()
    expected = [(a.article_id, a.story_id, a.duplicate_of) for a in (assign(f, memory) for f in stream)]
    catalog = open_catalog(settings)
    got = [(a.article_id, a.story_id, a.duplicate_of) for a in (record(catalog, f) for f in stream)]
    assert got == expected
    return got


def test_a_merge_is_recorded_with_the_article_that_caused_it(settings) -> None:
    """A merge of two stories is a row of story_merges naming both stories, the article whose
    arrival showed them to be one and how alike they were (not only that it happened)."""
    from dataclasses import replace as changed

    from pipeline.catalog.schema import story_merges
    from pipeline.stories.settings import ClusterSettings
    from pipeline.storydesk.store import CatalogStoryStore

    apart = changed(ClusterSettings(), threshold=2.0, plain_cosine=0.0, kin_words=0)  # nothing joins: each alone
    together = changed(ClusterSettings(), merge_threshold=0.3, merge_similarity=0.3)
    catalog = open_catalog(settings)
    first = [
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE),
        feat(
            "d1b",
            "Omroep Gelderland",
            at(0, 2),
            "Dijk bij Zaltbommel verzakt",
            "Een Waaldijk bij Zaltbommel is verzakt. Bewoners van Brakel en Poederoijen moesten hun huizen uit en"
            " worden opgevangen in een sporthal. Dijkgraaf Anne Verhoeven spreekt van een ernstige situatie.",
        ),
        feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking Zaltbommel", DIJK_OWN),
    ]
    joining = feat(
        "d3",
        "NOS",
        at(0, 8),
        "Dijk Zaltbommel: bewoners Brakel en Poederoijen in sporthal",
        DIJK_OWN + "\n\n" + DIJK_WIRE,
    )

    def write(connection):
        store = CatalogStoryStore(connection)
        ids = {assign(f, store, apart).story_id for f in first}
        result = assign(joining, store, together)
        return ids, result

    ids, result = catalog.write(write)
    assert len(ids) == 3 and result.merges, "the two stories were not merged"
    merge = result.merges[0]
    rows = catalog.read(lambda connection: list(connection.execute(select(story_merges))))
    assert [(r.from_story, r.into_story, r.by_brief_key) for r in rows] == [(merge.absorbed, merge.kept, "d3")]
    assert {rows[0].from_story, rows[0].into_story} <= ids
    assert rows[0].score == pytest.approx(merge.score) and rows[0].score >= 0.3
