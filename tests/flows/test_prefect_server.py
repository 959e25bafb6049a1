"""A real `prefect server start` (SQLite, temporary PREFECT_HOME, free port on 127.0.0.1):
`brief serve` serves the daily deployment, a run is triggered, the briefs, the digest, the cron
schedule and the COMPLETED state are checked in the API, and everything is shut down."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def test_daily_deployment_runs_on_a_real_prefect_server(tiny_marian: Path, tiny_bart: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS[:2]:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "prefect_server_check.py"),
            "--inbox",
            str(inbox),
            "--out",
            str(out),
            "--translator",
            str(tiny_marian),
            "--summarizer",
            str(tiny_bart),
            "--timeout",
            "400",
            "--work-pool",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    report = json.loads(done.stdout)
    print("\nreal Prefect server check:", json.dumps({k: v for k, v in report.items() if not k.endswith(".log")}))
    assert done.returncode == 0, report
    assert report["state"] == "COMPLETED"
    carried = report["parameters"]["settings"]  # `brief serve` hands its settings to every scheduled run
    assert carried["translator"] == str(tiny_marian) and carried["summarizer"] == str(tiny_bart)
    assert report["schedules"] == ["0 7 * * *"] and len(report["scheduled_runs"]) >= 1
    assert all(time.endswith("07:00:00Z") for time in report["scheduled_runs"])
    assert len(report["briefs"]) == 2 and len(report["digests"]) == 1
    assert any(key.startswith("digest-") for key in report["artifact_keys"])
    assert sum(key.startswith("brief-") for key in report["artifact_keys"]) == 2
    assert report["server_tracebacks"] == 0 and report["processes_left"] == []
    pool = report["work_pool"]  # prefect.yaml, deployed to a process pool and run by a worker
    assert pool["deploy_rc"] == 0 and not pool["deploy_traceback"] and pool["worker_rc"] == 0
    assert pool["pull_steps"] == [{"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}]
    assert pool["state"] == "COMPLETED" and len(pool["briefs"]) == 2
