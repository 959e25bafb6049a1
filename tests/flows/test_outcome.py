"""The daily flow's group task: its stages are tasks with declared retries (a failure that may pass
is tried again by Prefect, a permanent one never), a model that cannot load is worded for the
flow for every article, an artifact that cannot be published leaves the written brief briefed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError, ModelUnavailableError
from pipeline.settings import BriefSettings
from tests.conftest import SEEDS, short_article


def run_group(paths: list[str], settings: BriefSettings):
    from prefect import flow

    from flows.outcome import brief_group

    @flow(name="group-under-test")
    def one_group():
        state = brief_group(paths, settings, return_state=True)
        assert state.is_completed(), state
        return state.result(_sync=True)

    return one_group()


@pytest.fixture()
def tiny_settings(tiny_settings, terse_marian: Path) -> BriefSettings:
    """The tiny models with the terse translator (tests/conftest.py): these tests are about the
    stages' retries and failures, not the translation, which it makes a word a sentence."""
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})


@pytest.fixture()
def articles(tmp_path: Path) -> list[str]:
    """Two seeds (their first three paragraphs) and an empty file (a permanent failure, found
    before any model work). The seeds end in a line of this test's own (their keys are new: no
    task cache of another test hits)."""
    folder = tmp_path / "in"
    folder.mkdir()
    mark = f"\n\nKenmerk van deze test: {tmp_path.name}.\n"
    (folder / "a.txt").write_text(short_article(SEEDS[0]).decode() + mark, encoding="utf-8")
    (folder / "b.txt").write_text("", encoding="utf-8")
    (folder / "c.txt").write_text(short_article(SEEDS[1]).decode() + mark, encoding="utf-8")
    return [str(folder / name) for name in ("a.txt", "b.txt", "c.txt")]


def counting_translate(monkeypatch: pytest.MonkeyPatch, fail) -> list[list[str]]:
    """Each call of the translate stage, by the articles it was given (in the stage's order, which
    follows the articles' keys); `fail(call number, names)` is what that call raises (None: it
    translates). The declared retry delays set to 0."""
    import flows.tasks as tasks

    calls: list[list[str]] = []
    real = tasks.translate_group

    def translate_group(work, models, **options):
        calls.append([Path(p.plan.source).name for p in work])
        error = fail(len(calls), calls[-1])
        if error is not None:
            raise error
        return real(work, models, **options)

    monkeypatch.setattr(tasks, "translate_group", translate_group)
    monkeypatch.setattr(tasks, "translate", tasks.translate.with_options(retry_delay_seconds=0))
    return calls


def test_a_failure_that_may_pass_is_retried_by_the_task_a_permanent_one_never(
    prefect_harness, articles: list[str], tiny_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting_translate(monkeypatch, lambda n, names: OSError("device busy") if n == 1 else None)
    results = {r.source_name: r for r in run_group(articles, tiny_settings)}
    assert sorted(calls[0]) == ["a.txt", "c.txt"] and calls == [calls[0], calls[0]]  # the group's stage again, once
    assert results["a.txt"].entry and results["c.txt"].entry
    assert results["b.txt"].failure == "the file has no text — pass a non-empty article"
    assert results["b.txt"].permanent


def test_a_permanent_failure_in_a_stage_is_not_retried_and_fails_its_articles_alone(
    prefect_harness, articles: list[str], tiny_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting_translate(
        monkeypatch, lambda n, names: InputError("a.txt: not Dutch") if "a.txt" in names else None
    )  # the group, then a.txt alone
    results = {r.source_name: r for r in run_group(articles, tiny_settings)}
    group, *alone = calls
    assert sorted(group) == ["a.txt", "c.txt"] and alone == [[name] for name in group]  # no retry; each alone
    assert results["a.txt"].failure == "not Dutch" and results["a.txt"].permanent
    assert results["c.txt"].entry is not None


def test_a_model_that_cannot_load_fails_every_article_in_the_flow_s_words(
    prefect_harness, articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.outcome as outcome

    def build(sources, settings, **options):
        raise ModelUnavailableError("translator x is not in the Hugging Face cache — pass --translator DIR")

    monkeypatch.setattr(outcome, "build_briefs", build)
    results = run_group(articles, BriefSettings(out_dir=tmp_path))
    assert len(results) == 3 and all("set the translator setting (BRIEF_TRANSLATOR)" in r.failure for r in results)
    assert not any(r.permanent for r in results)  # not remembered: the next run tries again


def test_an_artifact_that_cannot_be_published_leaves_the_article_briefed(
    prefect_harness, articles: list[str], tiny_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.tasks as tasks

    def unreachable(written):
        raise ConnectionError("API down")

    monkeypatch.setattr(tasks, "publish_brief", unreachable)
    results = run_group([articles[0], articles[2]], tiny_settings)
    assert all(r.entry is not None and not r.failure for r in results)
    assert all((tiny_settings.out_dir / r.entry.brief).is_file() for r in results)
