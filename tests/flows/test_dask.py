"""The daily briefing on a Dask cluster (prefect-dask's DaskTaskRunner): two worker processes,
each loading the models once."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEEDS, shared_dir


def worker_counts() -> dict[str, int]:
    from pipeline.engines import registry

    return {"loads": len(registry.loaded())}


def gold_bounds(seed: Path, set_aside: list[str]) -> tuple[int, int]:
    """The seed's sentences to translate by the gold splits (../shared/gold, made by hand): all of
    them but those set aside as site text; fewer by at most the judgement calls a segmenter may
    decide either way (optional_boundaries.json: the date marker, tweet footers, quotes)."""
    gold = json.loads((shared_dir("gold") / f"{seed.stem}.json").read_text(encoding="utf-8"))
    optional = json.loads((shared_dir("gold") / "optional_boundaries.json").read_text(encoding="utf-8"))[seed.stem]
    sentences = [s for paragraph in gold for s in paragraph if not any(s in text for text in set_aside)]
    return len(sentences) - len(optional), len(sentences)


def test_two_dask_workers_brief_the_seeds_loading_models_once_each(
    prefect_harness, terse_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    """The whole seeds (their sentence counts are held to the gold splits); the terse translator
    (tests/conftest.py) writes one word a sentence: what is checked is where the work runs and
    what is loaded, not the English."""
    from distributed import Client, LocalCluster

    from flows.daily_briefing import daily_briefing_with_runner
    from tests.pipeline.test_brief import parse_brief

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    # three groups of at most two articles: more groups than workers, so that both get work
    settings = {
        "translator": str(terse_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "max_concurrency": 5,
        "batch_articles": 2,
        "cache_dir": str(tmp_path / "cache"),  # the terse translations are kept: in this test's own cache
    }
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, env={"OMP_NUM_THREADS": "1"}
        ) as cluster,
        Client(cluster) as client,
    ):
        flow = daily_briefing_with_runner(cluster.scheduler_address)
        report = flow(inbox=str(inbox), out_dir=str(tmp_path / "out"), settings=settings, day="2026-02-14")
        counts = client.run(worker_counts)
    print("\nper-worker model loads:", json.dumps(counts))
    assert report.failed == {} and len(report.briefed) == 5
    briefed = {parse_brief(Path(path))[0]["source_file"]: parse_brief(Path(path))[0] for path in report.briefed}
    for seed in SEEDS:
        meta = briefed[seed.name]
        low, high = gold_bounds(seed, [a["text"] for a in meta["set_aside"]])
        assert low <= meta["sentences"] <= high, (seed.name, meta["sentences"], low, high)
    # both worker processes briefed (the models load inside the stage tasks, on first use), and
    # each holds exactly translator + summarizer, however many articles it briefed
    assert sorted(c["loads"] for c in counts.values()) == [2, 2]
