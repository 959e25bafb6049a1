"""Served and deployed never clash, two runs never overlap, and prefect.yaml finds the checkout on
each worker when the run starts (the real-server check runs both: tests/flows/test_prefect_server.py)."""

from __future__ import annotations

import subprocess
import sys

import yaml

from brief_cli.serve import DEPLOYED_NAME, SERVED_NAME, one_run_at_a_time
from tests.conftest import ROOT


def test_prefect_yaml_and_brief_serve_use_distinct_names_and_one_run_at_a_time() -> None:
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = config["deployments"]
    assert deployment["name"] == DEPLOYED_NAME != SERVED_NAME
    assert deployment["entrypoint"] == "flows/daily_briefing.py:daily_briefing"
    assert deployment["concurrency_limit"] == {"limit": 1, "collision_strategy": "CANCEL_NEW"}
    served = one_run_at_a_time()
    assert served.limit == 1 and served.collision_strategy.value == "CANCEL_NEW"
    # the checkout's place: an environment variable the worker's run reads, not a value templated at deploy time
    shell, workdir = config["pull"]
    assert shell["prefect.deployments.steps.run_shell_script"]["script"] == "echo $DUTCH_BRIEF_HOME"
    assert "{{ $" not in yaml.safe_dump(config)
    assert workdir["prefect.deployments.steps.set_working_directory"]["directory"] == "{{ checkout.stdout }}"


def test_serving_under_the_deployed_name_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "brief_cli.main", "serve", "--name", DEPLOYED_NAME],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2 and "prefect.yaml" in done.stderr and "Traceback" not in done.stderr
