"""The daily run's state tells the truth, fast, and says so in the flow's own terms; a failed run
notifies the webhook of the notify_webhook setting (a loopback receiver here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.prefect_server_check import Receiver
from tests.conftest import SEEDS


@pytest.fixture()
def receiver():
    hook = Receiver()
    yield hook
    hook.close()


def test_a_translator_that_cannot_load_fails_the_run_at_once_and_notifies(
    prefect_harness, tiny_bart: Path, tmp_path: Path, receiver: Receiver
) -> None:
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.utilities.asyncutils import run_coro_as_sync

    from flows.daily_briefing import daily_briefing

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS[:3]:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    settings = {
        "translator": "Helsinki-NLP/opus-mt-nl-xx",  # not in the (offline) Hugging Face cache
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "notify_webhook": receiver.url,
    }
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(tmp_path / "out"), settings=settings, day="2026-03-01", return_state=True
    )
    assert state.is_failed()
    assert "is not in the Hugging Face cache" in state.message
    assert "set the translator setting (BRIEF_TRANSLATOR)" in state.message and "--" not in state.message

    async def task_runs() -> list:
        async with get_client() as client:
            flow_run = await client.read_flow_run(state.state_details.flow_run_id)
            runs = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id])))
            return flow_run, runs

    flow_run, runs = run_coro_as_sync(task_runs())
    seconds = (flow_run.end_time - flow_run.start_time).total_seconds()
    print(f"\ntranslator missing: Failed after {seconds:.2f} s: {state.message}")
    # failed before any article: no brief task, no translation task, nothing retried
    assert {run.name.rsplit("-", 1)[0] for run in runs} == {"find-new-articles"}
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.md"))
    # one notification, naming the run and the reason
    assert len(receiver.bodies) == 1
    message = receiver.bodies[0]
    assert flow_run.name in message["subject"] and "daily-briefing" in message["subject"]
    assert "is not in the Hugging Face cache" in message["body"] and message["text"].startswith(message["subject"])


def test_day_is_an_iso_date_or_the_run_is_refused(prefect_harness, tmp_path: Path) -> None:
    from flows.daily_briefing import daily_briefing
    from pipeline.errors import SettingsError
    from pipeline.store.digests import digest_path, valid_day

    (tmp_path / "inbox").mkdir()
    for day in ("../x", "2026-02-30", "2026-2-1", "20260201", "2026-02-01/../../x"):
        state = daily_briefing(inbox=str(tmp_path / "inbox"), out_dir=str(tmp_path / "out"), day=day, return_state=True)
        assert state.is_failed(), day
        with pytest.raises(SettingsError, match="YYYY-MM-DD"):
            digest_path(tmp_path, day)
    assert not (tmp_path / "out").exists() and not list(tmp_path.parent.glob("*.md"))
    assert valid_day("2026-02-01") == "2026-02-01"
