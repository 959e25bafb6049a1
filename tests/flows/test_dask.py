"""The daily briefing on a Dask cluster (prefect-dask's DaskTaskRunner): two worker processes,
each loading the models once."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEEDS


def worker_counts() -> dict[str, int]:
    from pipeline.engines import registry

    return {"loads": len(registry.loaded())}


def test_two_dask_workers_brief_the_seeds_loading_models_once_each(
    prefect_harness, tiny_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    from distributed import Client, LocalCluster

    from flows.daily_briefing import daily_briefing_with_runner
    from pipeline.brief import plan_brief, segment_article
    from pipeline.settings import BriefSettings

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    settings = {"translator": str(tiny_marian), "summarizer": str(tiny_bart), "device": "cpu", "max_concurrency": 5}
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
    plain = BriefSettings(**{k: v for k, v in settings.items() if k != "max_concurrency"}, out_dir=tmp_path / "out")
    for seed in SEEDS:
        plan = plan_brief(seed, plain)
        assert plan.path.is_file()
        front = plan.path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        assert f"sentences: {segment_article(plan.article).sentence_count}\n" in front + "\n"
    assert len(counts) == 2
    # each process that briefed holds exactly translator + summarizer, however many articles it briefed
    assert sorted(c["loads"] for c in counts.values()) in ([0, 2], [2, 2])
