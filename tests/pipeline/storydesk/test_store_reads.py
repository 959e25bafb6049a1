"""A join on the catalog reads its candidate stories and the counts of their headline actors in a
fixed number of queries, however many candidates there are (not one query per story or actor).
Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.storydesk import join
from tests.pipeline.stories.test_review25_probes import FILLER
from tests.pipeline.stories.texts import at, feat
from tests.pipeline.storydesk.helpers import record

RIDERS = ["Bram Verhoeven", "Sander Kuipers", "Joris Bakker", "Tim Mulder", "Kees Visser", "Rik Smits", "Pim Dekker"]
SYLLABLES = ["ka", "lo", "mi", "re", "tu", "po", "sa", "ni", "be", "do"]


def debut(i: int, name: str):
    """A rider's debut in one tour; made-up words of its own keep each rider's piece apart from a copy."""
    last = name.split()[-1]
    own = " ".join(SYLLABLES[i] + SYLLABLES[k] + SYLLABLES[(3 * k + i) % 10] + "x" for k in range(6))
    body = (
        f"De renner {name} maakt zaterdag in Lissabon zijn debuut in de Ronde van Portugal.\n\n"
        f"{last} over zijn hobby's: {own}.\n\nZijn ploeg hoopt op een ritzege."
    )
    return feat(f"r{i}", "NOS", at(0, 1 + i * 0.1), f"{last} maakt debuut in Ronde van Portugal", body)


def statements_of_a_join(tmp_path: Path, riders: int) -> tuple[int, int]:
    """(candidate stories, statements run) of the join of one more rider's debut."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path / f"out{riders}"))
    for i in range(60):  # a window that can tell a rare name
        words = [FILLER[(i * 7 + k * 3) % len(FILLER)] for k in range(12)]
        body = "de " + " en de ".join(words) + "."
        record(catalog, feat(f"f{i}", "Krant", at(-1, i * 0.2), f"bericht over {words[0]} en {words[1]}", body))
    stories = {record(catalog, debut(i, name)).story_id for i, name in enumerate(RIDERS[:riders])}
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(catalog.engine, "before_cursor_execute", count)
    try:
        assert record(catalog, debut(9, "Ties Jansen")).created
    finally:
        event.remove(catalog.engine, "before_cursor_execute", count)
    return len(stories), len(statements)


def test_a_join_reads_its_candidates_and_their_actors_counts_in_a_fixed_number_of_queries(tmp_path, monkeypatch):
    # each rider's piece a story of its own (a high threshold), so that the last one has many candidates
    monkeypatch.setattr(join, "assign", lambda f, store: assign(f, store, ClusterSettings(threshold=0.95)))
    few, many = statements_of_a_join(tmp_path, 2), statements_of_a_join(tmp_path, len(RIDERS))
    assert (few[0], many[0]) == (2, len(RIDERS))
    assert many[1] == few[1]
