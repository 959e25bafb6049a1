"""Start a real Prefect server, serve the daily-briefing deployment with `brief serve`, trigger a
run, wait for it, check the briefs, the digest and the run's state in the API, then shut down.

    python scripts/prefect_server_check.py --inbox DIR --out DIR --translator M --summarizer M

Prints one JSON report on stdout; exits 0 only if every check passed. Bounded in time; kills
everything it started, whatever happens. Used by tests/test_prefect_server.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

DEPLOYMENT = "daily-briefing/daily-briefing"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout: float, what: str, interval: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def healthy(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def deployment_id(api: str) -> str | None:
    try:
        response = httpx.get(f"{api}/deployments/name/{DEPLOYMENT}", timeout=5)
    except httpx.HTTPError:
        return None
    return response.json()["id"] if response.status_code == 200 else None


def scheduled_runs(api: str) -> list[str]:
    """Start times of the runs the server's scheduler has planned for the deployment."""
    body = {"flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}}, "limit": 10}
    try:
        runs = httpx.post(f"{api}/flow_runs/filter", json=body, timeout=10).json()
    except httpx.HTTPError:
        return []
    return sorted(run["next_scheduled_start_time"] or run["expected_start_time"] for run in runs)


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=10)


async def trigger_and_wait(api: str, timeout: float) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    flow_run = await run_deployment(name=DEPLOYMENT, timeout=timeout, poll_interval=1)
    async with get_client() as client:
        stored = await client.read_flow_run(flow_run.id)
        deployment = await client.read_deployment_by_name(DEPLOYMENT)
    artifacts = httpx.post(f"{api}/artifacts/filter", json={"limit": 100}, timeout=10).json()
    return {
        "flow_run_id": str(flow_run.id),
        "state": stored.state.type.value if stored.state else None,
        "state_name": stored.state.name if stored.state else None,
        "schedules": [getattr(s.schedule, "cron", None) for s in deployment.schedules],
        "parameters": deployment.parameters,
        "artifact_keys": sorted({a["key"] for a in artifacts if a.get("key")}),
    }


ROOT = Path(__file__).resolve().parent.parent


def check_work_pool(api: str, env: dict, args: argparse.Namespace, logs: Path) -> dict:
    """prefect.yaml: create the process pool, `prefect deploy --all`, trigger the deployment with
    this check's folders, and let `prefect worker start --run-once` pick it up."""
    started = time.monotonic()
    pool_env = {
        **env,
        "DUTCH_BRIEF_HOME": str(ROOT),
        "BRIEF_TRANSLATOR": args.translator,
        "BRIEF_SUMMARIZER": args.summarizer,
    }
    prefect = [sys.executable, "-m", "prefect"]

    def run(*command: str, timeout: float = 120) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [*prefect, *command], env=pool_env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
        )
        with open(logs / "work-pool.log", "a") as log:
            log.write(f"$ prefect {' '.join(command)}\n{done.stdout}{done.stderr}\n")
        return done

    run("work-pool", "create", "dutch-brief", "--type", "process")
    deployed = run("--no-prompt", "deploy", "--all")
    out = Path(args.out).with_name(Path(args.out).name + "-pool")
    triggered = run(
        "deployment",
        "run",
        "daily-briefing/daily-briefing",
        "--param",
        f"inbox={args.inbox}",
        "--param",
        f"out_dir={out}",
    )
    worker = run("worker", "start", "--pool", "dutch-brief", "--run-once", timeout=240)
    runs = httpx.post(
        f"{api}/flow_runs/filter",
        json={"flow_runs": {"state": {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED"]}}}, "limit": 20},
        timeout=10,
    ).json()
    deployment = httpx.get(f"{api}/deployments/name/daily-briefing/daily-briefing", timeout=10).json()
    pool_runs = [r for r in runs if r.get("work_pool_name") == "dutch-brief"]
    return {
        "deploy_rc": deployed.returncode,
        "deploy_traceback": "Traceback" in deployed.stdout + deployed.stderr,
        "trigger_rc": triggered.returncode,
        "worker_rc": worker.returncode,
        "pull_steps": deployment.get("pull_steps"),
        "state": pool_runs[0]["state_type"] if pool_runs else None,
        "briefs": sorted(p.name for p in out.glob("*.md") if not p.name.startswith("digest-")),
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inbox", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--translator", required=True)
    parser.add_argument("--summarizer", required=True)
    parser.add_argument("--timeout", type=float, default=420, help="seconds for the whole check")
    parser.add_argument(
        "--work-pool", action="store_true", help="also deploy prefect.yaml to a process pool and run it with a worker"
    )
    args = parser.parse_args()

    report: dict = {"ok": False}
    started = time.monotonic()
    home = tempfile.mkdtemp(prefix="prefect-home-")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": home,
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    os.environ.update({k: env[k] for k in ("PREFECT_HOME", "PREFECT_API_URL")})
    server = served = None
    logs = Path(home)
    try:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=open(logs / "server.log", "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(lambda: healthy(api), 120, "the Prefect server")
        report["server_start_s"] = round(time.monotonic() - started, 1)

        served = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "brief_cli.main",
                "serve",
                "--cron",
                "0 7 * * *",
                "--inbox",
                args.inbox,
                "--out",
                args.out,
                "--translator",
                args.translator,
                "--summarizer",
                args.summarizer,
            ],
            env=env,
            stdout=open(logs / "serve.log", "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(lambda: deployment_id(api), 120, "the served deployment")
        report["deployment_ready_s"] = round(time.monotonic() - started, 1)

        remaining = max(30.0, args.timeout - (time.monotonic() - started))
        report.update(asyncio.run(trigger_and_wait(api, remaining)))
        report["run_done_s"] = round(time.monotonic() - started, 1)

        wait_for(lambda: scheduled_runs(api), 60, "the scheduler to plan the cron runs", interval=2)
        report["scheduled_runs"] = scheduled_runs(api)
        out = Path(args.out)
        report["briefs"] = sorted(p.name for p in out.glob("*.md") if not p.name.startswith("digest-"))
        report["digests"] = sorted(p.name for p in out.glob("digest-*.md"))
        if args.work_pool:
            stop(served)  # the pool deployment replaces the served one (same name)
            report["work_pool"] = check_work_pool(api, env, args, logs)
        report["server_tracebacks"] = (logs / "server.log").read_text(errors="replace").count("Traceback")
        report["ok"] = (
            report["state"] == "COMPLETED"
            and bool(report["briefs"])
            and bool(report["digests"])
            and report["server_tracebacks"] == 0
            and (not args.work_pool or report["work_pool"]["state"] == "COMPLETED")
        )
    except Exception as exc:  # noqa: BLE001 — the report says what failed
        report["error"] = f"{type(exc).__name__}: {exc}"
        for name in ("server.log", "serve.log", "work-pool.log"):
            path = logs / name
            if path.exists():
                report[name] = path.read_text(errors="replace")[-3000:]
    finally:
        stop(served)
        stop(server)
        report["total_s"] = round(time.monotonic() - started, 1)
        report["processes_left"] = [p.pid for p in (server, served) if p is not None and p.poll() is None]
    print(json.dumps(report, indent=1))
    return 0 if report["ok"] and not report["processes_left"] else 1


if __name__ == "__main__":
    sys.exit(main())
