"""`brief serve` — serve the daily briefing deployment on a Prefect server (flow.serve)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import OUT_DEFAULT, Summarizer, Translator, fail, say, setting_default, settings_or_exit

HELP = """Serve the daily briefing as a Prefect deployment on a schedule.

Needs a running Prefect server (ephemeral mode cannot run schedules): PREFECT_API_URL must point
at it. Every run briefs the articles in INBOX that have no brief yet and writes
OUT/digest-YYYY-MM-DD.md. Two runs never overlap: a run due while one is still going is
cancelled. The deployment is daily-briefing/served — never the name of the prefect.yaml
deployment (daily-briefing/daily-briefing), so serving and `prefect deploy` cannot take over
each other's schedule. Stop with Ctrl-C."""

SERVED_NAME = "served"
DEPLOYED_NAME = "daily-briefing"  # prefect.yaml's deployment

START_HINT = "start one with `prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api"


def serve(
    cron: Annotated[str, typer.Option(help="schedule, cron syntax, on the clock of --timezone")] = "0 7 * * *",
    inbox: Annotated[
        Optional[Path], typer.Option(help=f"folder with new Dutch articles {setting_default('inbox', 'inbox')}")
    ] = None,
    out: Annotated[
        Optional[Path], typer.Option("--out", "-o", help=f"folder for briefs and digests {OUT_DEFAULT}")
    ] = None,
    name: Annotated[
        str, typer.Option(help="deployment name (not daily-briefing: that is prefect.yaml's)")
    ] = SERVED_NAME,
    timezone: Annotated[
        Optional[str], typer.Option(help="time zone of the cron schedule, e.g. Europe/Amsterdam [default: UTC]")
    ] = None,
    dask_address: Annotated[
        Optional[str],
        typer.Option(
            help="run the tasks on this Dask scheduler (tcp://host:8786) "
            + setting_default("dask_address", "this process's threads")
        ),
    ] = None,
    translator: Translator = None,
    summarizer: Summarizer = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")] = None,
) -> None:
    settings = settings_or_exit(
        config, inbox=inbox, out_dir=out, translator=translator, summarizer=summarizer, dask_address=dask_address
    )
    if settings.day:  # carried to every scheduled run: each would be that day's
        fail(
            f"the day setting ({settings.day}: BRIEF_DAY or --config) would make every scheduled run that day's — unset "
            f"it (one run for a day: prefect deployment run daily-briefing/{name} --param day=YYYY-MM-DD)",
            2,
        )
    if name == DEPLOYED_NAME:
        fail(f"--name {name} is the prefect.yaml deployment's name — serve under another (default: {SERVED_NAME})", 2)
    schedule_problem = invalid_schedule(cron, timezone)
    if schedule_problem:
        fail(schedule_problem, 2)
    if not settings.inbox.is_dir():  # else every scheduled run would fail on it, the first one hours from now
        fail(f"inbox {settings.inbox} is not a folder — create it or pass --inbox DIR (setting inbox, BRIEF_INBOX)", 2)
    api_url = prefect_api_url()
    if not api_url:
        fail(
            f"no Prefect server is configured (PREFECT_API_URL is unset) and ephemeral mode cannot run schedules — {START_HINT}",
            1,
        )
    problem = server_problem(api_url)
    if problem:
        fail(f"the Prefect server at {api_url} is not reachable ({problem}) — {START_HINT}", 1)

    from flows.daily_briefing import daily_briefing_with_runner

    # every setting given here (options, BRIEF_* variables, --config) travels with the deployment,
    # so scheduled runs brief exactly as `brief FILE` would with the same settings
    carried = settings.model_dump(mode="json", exclude_unset=True, exclude={"inbox", "out_dir"})
    for field in ("translator", "summarizer", "cache_dir", "models_dir"):
        value = carried.get(field)
        if isinstance(value, str) and Path(value).expanduser().exists():
            carried[field] = str(Path(value).expanduser().resolve())
    parameters = {
        "inbox": str(settings.inbox.resolve()),
        "out_dir": str(settings.out_dir.resolve()),
        "settings": carried,
    }
    say(f"serving deployment daily-briefing/{name} ({cron}) against {api_url}")
    flow = daily_briefing_with_runner(settings.dask_address)
    flow.serve(name=name, schedules=[schedule(cron, timezone)], parameters=parameters, global_limit=one_run_at_a_time())


def schedule(cron: str, timezone: str | None):
    from prefect.schedules import Cron

    return Cron(cron, timezone=timezone) if timezone else Cron(cron)


def one_run_at_a_time():
    """The deployment's concurrency limit: one run; a run due while one is going is cancelled."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

    return ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)


def invalid_schedule(cron: str, timezone: str | None) -> str | None:
    """A one-line reason if the cron expression or the time zone is not valid (Prefect's own check)."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron, timezone=timezone) if timezone else CronSchedule(cron=cron)
    except (ValidationError, ValueError) as exc:
        field = "--timezone" if timezone and "timezone" in str(exc).lower() else "--cron"
        hint = (
            "a name like Europe/Amsterdam" if field == "--timezone" else 'five fields, e.g. "0 7 * * *" for 07:00 daily'
        )
        value = timezone if field == "--timezone" else cron
        return f"{field} {value!r} is not valid — use {hint}"
    return None


def prefect_api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    value = PREFECT_API_URL.value()
    return str(value) if value else None


def server_problem(api_url: str) -> str | None:
    """None if the server answers its health check, else a short reason."""
    import httpx

    try:
        response = httpx.get(api_url.rstrip("/") + "/health", timeout=5)
    except httpx.HTTPError as exc:
        return type(exc).__name__
    return None if response.status_code == 200 else f"HTTP {response.status_code}"
