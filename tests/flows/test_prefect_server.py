"""A real `prefect server start` (SQLite, temporary PREFECT_HOME, free port on 127.0.0.1):
`brief serve` serves the daily deployment on a one-minute cron, the scheduler's first run starts
and finishes on its own; the briefs, the digest, the schedule, the one-run concurrency limit and
the COMPLETED state are checked in the API; prefect.yaml is deployed beside it (another name) to
a process pool whose worker alone knows DUTCH_BRIEF_HOME; everything is shut down."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def test_daily_deployment_runs_on_a_real_prefect_server(terse_marian: Path, tiny_bart: Path, tmp_path: Path) -> None:
    """The whole seeds; the terse translator (tests/conftest.py) writes a word a sentence: what is
    checked is the server, the schedule, the pool and the states, not the English."""
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
            str(terse_marian),
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
    assert report["state"] == "COMPLETED" and report["auto_scheduled"]  # a scheduled run, end to end
    assert report["state_message"] == "2 briefed, 0 failed, 0 already done"
    carried = report["parameters"]["settings"]  # `brief serve` hands its settings to every scheduled run
    assert carried["translator"] == str(terse_marian) and carried["summarizer"] == str(tiny_bart)
    assert report["schedules"] == ["* * * * *"]
    one_at_a_time = {"limit": 1, "collision_strategy": "CANCEL_NEW"}
    assert report["concurrency"] == one_at_a_time
    assert len(report["briefs"]) == 2 and len(report["digests"]) == 1
    assert any(key.startswith("digest-") for key in report["artifact_keys"])
    assert sum(key.startswith("brief-") for key in report["artifact_keys"]) == 2
    assert report["server_tracebacks"] == 0 and report["telemetry_lines"] == 0 and report["processes_left"] == []
    pool = report["work_pool"]  # prefect.yaml, deployed to a process pool and run by a worker
    assert pool["deploy_rc"] == 0 and not pool["deploy_traceback"] and pool["worker_rc"] == 0
    # the checkout's place is read on the worker when the run starts, not frozen at deploy time
    assert "$DUTCH_BRIEF_HOME" in json.dumps(pool["pull_steps"]) and str(ROOT) not in json.dumps(pool["pull_steps"])
    assert pool["state"] == "COMPLETED" and len(pool["briefs"]) == 2
    assert pool["concurrency"] == one_at_a_time
    assert report["served_after_deploy"]["id"] and report["served_after_deploy"]["paused"] is False  # not taken over
    # a failing run: the Automation (automations/daily-briefing-failed.yaml) tells the webhook, once
    (failed,) = pool["failed_runs"]
    assert "day '2026-02-30' is not a date" in failed["message"]
    (notification,) = pool["notifications"]
    assert f"'{failed['name']}' Failed" in notification["subject"] and failed["message"] in notification["body"]
