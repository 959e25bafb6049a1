"""ops49: the catalog's PostgreSQL is down when a scheduled run starts. The run fails at once in one
actionable line — before any task, so no task logs a traceback of the same reason (the worker's log
held the reason four times, two of them under tracebacks, the first from poll-feeds) — and the
next run, with the server back, briefs what is waiting."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS


def test_a_catalog_that_cannot_be_reached_fails_the_run_before_any_task(
    prefect_harness, tiny_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.utilities.asyncutils import run_coro_as_sync

    from flows.daily_briefing import daily_briefing

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes())
    no_server = tmp_path / "no-server"  # a socket folder where no PostgreSQL listens: refused at once, no network
    no_server.mkdir()
    settings = {
        "translator": str(tiny_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "database_url": f"postgresql+psycopg://brief@/brief?host={no_server}",
        "feeds": [{"url": "http://127.0.0.1:9/feed.xml"}],  # polled first: it must not be where the run fails
    }
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(tmp_path / "out"), settings=settings, day="2026-03-01", return_state=True
    )
    assert state.is_failed()
    assert state.message.startswith("cannot reach the catalog's database")
    assert "database_url setting (BRIEF_DATABASE_URL)" in state.message and "\n" not in state.message

    async def task_runs() -> list:
        async with get_client() as client:
            return await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
            )

    runs = run_coro_as_sync(task_runs())
    assert [run.name for run in runs] == []  # no task started, none failed with a traceback
    assert not list((tmp_path / "out").glob("*.md"))
