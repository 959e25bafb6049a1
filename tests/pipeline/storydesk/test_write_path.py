"""The build path joins every brief to a story in the transaction that records it: Markdown front
matter's outlet and date count, a wire copy under another headline is marked `duplicate_of`, and
`brief stories --json` gives the path each article was briefed from, as given."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.batch import build_briefs
from tests.conftest import SEEDS, wire_pair


def test_briefs_join_stories_and_a_wire_copy_is_marked(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    # the whole seed's text: stories are joined and copies found on the Dutch; the terse translator
    # (tests/conftest.py) writes a word a sentence (the copy's sentences are then sentence-cache hits)
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first, copy = wire_pair(tmp_path)
    # one run after the other: a copy is recognised against an article seen before it (and published before it)
    outcomes = build_briefs([first], tiny_settings) + build_briefs([copy], tiny_settings)
    assert all(hasattr(o, "path") for o in outcomes), outcomes
    result = CliRunner().invoke(app, ["stories", "--out", str(tiny_settings.out_dir), "--json"])
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.stdout)
    assert story["outlets"] == ["De Telegraaf", "NU.nl"] and story["first_seen"].startswith("2022-02-12T08:30")
    by_source = {a["source"]: a for a in story["articles"]}
    assert set(by_source) == {str(first), str(copy)}
    assert by_source[str(copy)]["duplicate_of"] == by_source[str(first)]["brief"] == outcomes[0].path.name
    assert by_source[str(first)]["duplicate_of"] is None


def test_a_wire_copy_listed_before_its_original_in_one_batch_is_still_the_copy(
    tiny_settings, terse_marian: Path, tmp_path: Path
) -> None:
    # a feed lists its newest item first: the batch meets the articles in publication order, whatever
    # order they are given in or their locks are taken in (by cache key)
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first, copy = wire_pair(tmp_path)
    outcomes = build_briefs([copy, first], tiny_settings)
    assert all(hasattr(o, "path") for o in outcomes), outcomes
    result = CliRunner().invoke(app, ["stories", "--out", str(tiny_settings.out_dir), "--json"])
    (story,) = json.loads(result.stdout)
    by_source = {a["source"]: a for a in story["articles"]}
    assert by_source[str(copy)]["duplicate_of"] == by_source[str(first)]["brief"] == outcomes[1].path.name
    assert by_source[str(first)]["duplicate_of"] is None


def test_a_batch_writes_and_joins_its_briefs_in_publication_order(
    tiny_settings, terse_marian: Path, tmp_path: Path
) -> None:
    from dataclasses import replace

    from pipeline.batch_stages import direct_stages
    from pipeline.runtime import Models

    # the order the briefs are written in is checked, not their English: the terse translator
    # (tests/conftest.py) writes a word a sentence of these four whole seeds
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    times = ["2022-02-12T11:00:00+01:00", "2022-02-11T18:00:00+01:00", "2022-02-12T09:30:00+01:00"]
    sources = []
    for i, (seed, when) in enumerate(zip(SEEDS[:3], times, strict=True)):
        path = tmp_path / f"s{i}.md"
        path.write_text(f"---\noutlet: NOS\ndate: {when}\n---\n\n{seed.read_text(encoding='utf-8')}", encoding="utf-8")
        sources.append(path)
    sources.append(tmp_path / "undated.md")
    sources[-1].write_text(SEEDS[3].read_text(encoding="utf-8"), encoding="utf-8")
    stages = direct_stages(tiny_settings, Models(tiny_settings))
    written: list[str] = []

    def write(prepared, translated, summary):
        written.append(Path(prepared.plan.source).name)
        return stages.write(prepared, translated, summary)

    outcomes = build_briefs(sources, tiny_settings, stages=replace(stages, write=write))
    assert all(hasattr(o, "path") for o in outcomes), outcomes
    assert written == ["s1.md", "s2.md", "s0.md", "undated.md"]
