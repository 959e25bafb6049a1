"""User pass 46: the README had no command for one run of the daily flow by hand — only `prefect server start` and
a schedule. Its "One run now, without a server" block is run here exactly as written, as on a fresh machine: a
new home (no ~/.prefect: Prefect's temporary server creates its database on this first start, which took longer
than Prefect's 20 s wait on a busy machine), no PREFECT_API_URL, the settings from BRIEF_* variables."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tests.conftest import ROOT, SEEDS, short_article


def readme_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### One run now, without a server", 1)[1].split("\n### ", 1)[0]
    found = re.search(r"```bash\n(.*?)```", section, re.S)
    assert found, "the README's one-run section has no bash block"
    return found.group(1)


def test_the_readme_s_one_run_command_runs_the_daily_flow_once_without_a_server(
    tmp_path: Path, terse_marian: Path, tiny_bart: Path
) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "seeds").mkdir(parents=True)
    (tmp_path / "home").mkdir()  # a user's home, without ~/.prefect
    (checkout / ".venv").symlink_to(ROOT / ".venv")
    (checkout / "seeds" / SEEDS[0].name).write_bytes(short_article(SEEDS[0]))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "BRIEF_"))}
    env |= {
        "HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),  # this checkout's code (the .venv's editable install may point elsewhere)
        "BRIEF_TRANSLATOR": str(terse_marian),
        "BRIEF_SUMMARIZER": str(tiny_bart),
        "BRIEF_DEVICE": "cpu",
        "BRIEF_BACKEND": "torch",
    }
    done = subprocess.run(
        ["bash", "-e", "-c", readme_block()], cwd=checkout, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines()[-1] == "1 briefed, 0 failed, 0 already done"
    assert "Traceback" not in done.stderr
    assert len(list((checkout / "outputs").glob("digest-*.md"))) == 1
    assert (tmp_path / "home" / ".prefect").is_dir()  # Prefect's own temporary server, in the user's home


def test_run_logs_reads_every_line_even_when_sending_them_is_slow(prefect_harness, monkeypatch) -> None:
    """tests/flows/test_flows.py::test_daily_briefing_digest_failures_and_idempotent_rerun failed once on a loaded
    machine: its ERROR lines had not reached the API when it read them (APILogHandler().flush() waits 5 s at most).
    A log POST that takes 6 s stands in for that machine here; run_logs now waits until every line is sent."""
    import asyncio

    from prefect import flow, get_run_logger
    from prefect.logging.handlers import APILogWorker

    from tests.flows.test_flows import run_logs

    send = APILogWorker._handle_batch

    async def slow(self, items):
        await asyncio.sleep(6)  # the loaded machine (stands in for it; nothing waits on a clock)
        await send(self, items)

    @flow(name="logs-an-error")
    def logs_an_error() -> None:
        get_run_logger().error("leeg.txt: the file has no text")

    monkeypatch.setattr(APILogWorker, "_handle_batch", slow)
    state = logs_an_error(return_state=True)
    errors = [log.message for log in run_logs(state.state_details.flow_run_id) if log.level >= 40]
    assert errors == ["leeg.txt: the file has no text"]
