"""The daily flow's group task on a stand-in build path: passing failures tried again, a model
that cannot load worded for the flow for every article, an artifact that cannot be published
leaving the written brief briefed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.brief import BriefResult
from pipeline.document import WrittenBrief
from pipeline.errors import InputError, ModelUnavailableError, OutputError
from pipeline.settings import BriefSettings


def run_group(paths: list[str], settings: BriefSettings):
    from prefect import flow

    from flows.outcome import brief_group

    @flow(name="group-under-test")
    def one_group():
        state = brief_group(paths, settings, return_state=True)
        assert state.is_completed(), state
        return state.result()

    return one_group()


def briefed(source: Path) -> BriefResult:
    out = source.with_suffix(".md")
    return BriefResult(source, out, False, {}, (), WrittenBrief(out, "Title", "Summary.", source.name, "k" * 64))


@pytest.fixture()
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Het kabinet is gevallen.\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_passing_failures_are_tried_again_permanent_ones_are_not(
    prefect_harness, articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.outcome as outcome

    calls: list[list[str]] = []

    def build(sources, settings, lock_timeout=None):
        calls.append([p.name for p in sources])
        answers = {"a.txt": briefed, "b.txt": lambda p: InputError(f"{p}: the file has no text")}
        first = len(calls) == 1
        return [answers.get(p.name, lambda p: OutputError("disk full") if first else briefed(p))(p) for p in sources]

    monkeypatch.setattr(outcome, "build_briefs", build)
    monkeypatch.setattr(outcome, "RETRY_DELAYS", [0, 0])
    monkeypatch.setattr(outcome, "publish_brief", lambda written: None)
    results = {r.source_name: r for r in run_group(articles, BriefSettings(out_dir=tmp_path))}
    assert calls == [["a.txt", "b.txt", "c.txt"], ["c.txt"]]  # only the passing failure again, once it passed
    assert results["a.txt"].entry and results["c.txt"].entry
    assert results["b.txt"].failure == "the file has no text" and results["b.txt"].permanent


def test_a_model_that_cannot_load_fails_every_article_in_the_flow_s_words(
    prefect_harness, articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.outcome as outcome

    def build(sources, settings, lock_timeout=None):
        raise ModelUnavailableError("translator x is not in the Hugging Face cache — pass --translator DIR")

    monkeypatch.setattr(outcome, "build_briefs", build)
    results = run_group(articles, BriefSettings(out_dir=tmp_path))
    assert len(results) == 3 and all("set the translator setting (BRIEF_TRANSLATOR)" in r.failure for r in results)
    assert not any(r.permanent for r in results)  # not remembered: the next run tries again


def test_an_artifact_that_cannot_be_published_leaves_the_article_briefed(
    prefect_harness, articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.outcome as outcome

    def unreachable(written):
        raise ConnectionError("API down")

    monkeypatch.setattr(
        outcome, "build_briefs", lambda sources, settings, lock_timeout=None: [briefed(p) for p in sources]
    )
    monkeypatch.setattr(outcome, "publish_brief", unreachable)
    results = run_group(articles, BriefSettings(out_dir=tmp_path))
    assert all(r.entry is not None and not r.failure for r in results)
