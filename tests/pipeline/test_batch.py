"""pipeline.batch.build_briefs: many articles, model work batched, each brief as if made alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import UnexpectedError, build_brief, build_briefs
from pipeline.brief import BriefResult
from pipeline.errors import BriefError, InputError
from pipeline.runtime import Models
from tests.conftest import SEEDS, short_article
from tests.fakes import FakeEngine


def without_timestamp(path: Path) -> str:
    return "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("created_at:")
    )


def articles(tmp_path: Path) -> list[Path]:
    """Three seeds (their first five paragraphs: still more sentences than one translation batch
    holds), one of them again under another name, and a file that cannot be briefed."""
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = [folder / SEEDS[i].name for i in (0, 1, 3)]
    for seed, short in zip((SEEDS[0], SEEDS[1], SEEDS[3]), seeds):
        short.write_bytes(short_article(seed, paragraphs=5))
    copy = folder / "same-text.txt"
    copy.write_bytes(seeds[0].read_bytes())
    empty = folder / "empty.txt"
    empty.write_text("", encoding="utf-8")
    return [seeds[0], seeds[1], empty, copy, seeds[2]]


def one_at_a_time(files: list[Path], settings) -> list[BriefResult | BriefError]:
    models, outcomes = Models(settings), []
    for file in files:
        try:
            outcomes.append(build_brief(file, settings, models=models))
        except BriefError as exc:
            outcomes.append(exc)
    return outcomes


@pytest.mark.parametrize("backend", ["torch", "auto"])
def test_batched_briefs_are_byte_identical_to_one_article_runs(tiny_settings, tmp_path: Path, backend: str) -> None:
    files = articles(tmp_path)

    def settings(name: str):
        update = {"backend": backend, "out_dir": tmp_path / name, "cache_dir": tmp_path / f"{name}-cache"}
        return tiny_settings.model_copy(update=update)

    single = one_at_a_time(files, settings("single"))
    batched = build_briefs(files, settings("batched"))
    assert [type(o) for o in batched] == [type(o) for o in single]
    assert isinstance(batched[2], InputError) and str(batched[2]) == str(single[2])
    assert [o.cached for o in batched if isinstance(o, BriefResult)] == [False, False, True, False]
    for one, many in zip(single, batched):
        if isinstance(one, BriefResult):
            assert many.path.name == one.path.name
            assert without_timestamp(many.path) == without_timestamp(one.path)
    again = build_briefs(files, settings("batched"))
    assert all(o.cached for o in again if isinstance(o, BriefResult))


class PoisonedModels(Models):
    """Fake engines: the translator fails on any batch holding the word 'Vergif'."""

    def __init__(self, settings) -> None:
        super().__init__(settings)

        def translate(text: str, options) -> str:
            if "Vergif" in text:
                raise RuntimeError("engine crashed")
            return text.upper()

        self.fakes = {"translator": FakeEngine(transform=translate), "summarizer": FakeEngine(max_input_tokens=400)}

    def engine(self, ref, role: str):
        return self.fakes[role]


def test_an_article_that_fails_in_translation_fails_alone(tiny_settings, tmp_path: Path) -> None:
    poisoned = tmp_path / "poisoned.txt"
    poisoned.write_text("Een gewone zin over de stad.\n\nVergif in de waterleiding van het dorp.\n", encoding="utf-8")
    settings = tiny_settings.model_copy(update={"require_dutch": False})
    models = PoisonedModels(settings)
    outcomes = build_briefs([SEEDS[1], poisoned, SEEDS[2]], settings, models=models)
    assert isinstance(outcomes[1], UnexpectedError) and "poisoned.txt" in str(outcomes[1])
    assert "\n" not in str(outcomes[1])
    assert [isinstance(o, BriefResult) and o.path.is_file() for o in (outcomes[0], outcomes[2])] == [True, True]
    one, two = (path.read_text(encoding="utf-8") for path in (SEEDS[1], SEEDS[2]))
    batches = models.fakes["translator"].batches
    assert any(any(t in one for t in b) and any(t in two for t in b) for b in batches)  # articles shared batches
