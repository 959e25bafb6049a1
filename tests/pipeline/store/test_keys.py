"""Keys that change when results would: the code's versions and the resolved model commit are in
every brief key, sentence-cache namespace and Prefect task key, and in the front matter."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

from pipeline import version as versions
from pipeline.brief import assemble_brief, plan_brief, prepare_brief
from pipeline.document import ModelRef, SentenceTranslation, Summary, TranslatedArticle, TranslatedBlock
from pipeline.engines.hub import model_fingerprint, resolved_commit
from pipeline.render.brief import render_brief
from pipeline.settings import BriefSettings
from pipeline.translate import summarise_stats
from tests.conftest import SEEDS

HUB_MODEL = "example-org/opus-mt-nl-en"
COMMIT_A, COMMIT_B = "a" * 40, "b" * 40


@pytest.fixture
def hub_cache(tmp_path: Path, monkeypatch) -> Path:
    cache = tmp_path / "hf" / "hub"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    return cache


def point_main_at(cache: Path, commit: str) -> None:
    refs = cache / f"models--{HUB_MODEL.replace('/', '--')}" / "refs"
    refs.mkdir(parents=True, exist_ok=True)
    (refs / "main").write_text(commit)


def hub_settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(
        translator=HUB_MODEL, backend="torch", out_dir=tmp_path / "out", cache_dir=tmp_path / "c", device="cpu"
    )


def sentence_namespace(settings: BriefSettings) -> str:
    from pipeline.runtime import sentence_namespace as namespace_the_translator_uses

    return namespace_the_translator_uses(settings)


def test_the_resolved_commit_comes_from_the_hub_cache_refs(hub_cache: Path, tmp_path: Path) -> None:
    ref = ModelRef(HUB_MODEL)
    assert resolved_commit(ref) == "main@unresolved"
    point_main_at(hub_cache, COMMIT_A)
    assert resolved_commit(ref) == model_fingerprint(ref) == COMMIT_A
    assert resolved_commit(ModelRef(HUB_MODEL, COMMIT_B)) == COMMIT_B  # a pinned commit is itself
    local = tmp_path / "local-model"
    local.mkdir()
    (local / "config.json").write_text("{}")
    assert model_fingerprint(ModelRef(str(local))).startswith("local-")


def test_an_updated_hub_model_changes_every_key(hub_cache: Path, tmp_path: Path) -> None:
    settings = hub_settings(tmp_path)
    point_main_at(hub_cache, COMMIT_A)
    before = plan_brief(SEEDS[1], settings), sentence_namespace(settings)
    point_main_at(hub_cache, COMMIT_B)  # the hub model was updated and downloaded again
    after = plan_brief(SEEDS[1], settings), sentence_namespace(settings)
    assert before[0].key != after[0].key and before[0].path != after[0].path
    assert before[1] != after[1]


@pytest.mark.parametrize("change", ["pipeline", "package"])
def test_a_new_code_version_changes_every_key(tmp_path: Path, monkeypatch, change: str) -> None:
    settings = hub_settings(tmp_path)
    before = plan_brief(SEEDS[1], settings).key, sentence_namespace(settings)
    if change == "pipeline":
        monkeypatch.setattr(versions, "PIPELINE_VERSION", versions.PIPELINE_VERSION + 1)
    else:
        monkeypatch.setattr(versions, "package_version", lambda: "99.0.0")
    after = plan_brief(SEEDS[1], settings).key, sentence_namespace(settings)
    assert before[0] != after[0] and before[1] != after[1]


def test_prefect_task_keys_follow_the_brief_key(hub_cache: Path, tmp_path: Path) -> None:
    from flows import tasks

    settings = hub_settings(tmp_path)
    point_main_at(hub_cache, COMMIT_A)
    first = prepare_brief(SEEDS[1], settings, force=True)
    point_main_at(hub_cache, COMMIT_B)
    second = prepare_brief(SEEDS[1], settings, force=True)
    for task in (tasks.translate, tasks.summarize):
        old, new = (task.cache_key_fn(None, {"work": [p]}) for p in (first, second))
        assert old != new and first.plan.key in old and second.plan.key in new
        together = task.cache_key_fn(None, {"work": [first, second]})  # a group: its keys, in order
        assert together not in (old, new) and together != task.cache_key_fn(None, {"work": [second, first]})


def test_front_matter_names_the_generator_and_the_resolved_commit(hub_cache: Path, tmp_path: Path) -> None:
    settings = hub_settings(tmp_path)
    point_main_at(hub_cache, COMMIT_A)
    prepared = prepare_brief(SEEDS[1], settings, force=True)
    blocks = tuple(
        TranslatedBlock(
            b.index, b.block, tuple(tuple(SentenceTranslation(s, s.upper()) for s in part) for part in b.parts)
        )
        for b in prepared.segmented.blocks
    )
    translated = TranslatedArticle(blocks, summarise_stats([s for b in blocks for s in b.sentences]))
    brief = assemble_brief(prepared.plan, settings, translated, Summary("Summary.", 10))
    meta = yaml.safe_load(render_brief(brief)[4:].split("\n---\n", 1)[0])
    assert meta["generator"] == f"dutch-brief {version('dutch-brief')}"
    assert meta["pipeline_version"] == versions.PIPELINE_VERSION
    assert meta["translator"] == {"model": HUB_MODEL, "revision": COMMIT_A}
