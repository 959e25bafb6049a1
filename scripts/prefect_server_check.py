"""Start a real Prefect server, serve the daily-briefing deployment with `brief serve` on a
one-minute cron, wait for the scheduler's first run to finish on its own, check the briefs, the
digest, the run's state and the deployment (schedule, one-run concurrency limit) in the API;
optionally (--work-pool) deploy prefect.yaml to a process pool beside it, run it with a worker
that alone knows DUTCH_BRIEF_HOME, then run it with a bad `day` and check that the failure
Automation (automations/daily-briefing-failed.yaml) tells a loopback webhook; shut down.

    python scripts/prefect_server_check.py --inbox DIR --out DIR --translator M --summarizer M

Prints one JSON report on stdout; exits 0 only if every check passed. Bounded in time; kills
everything it started, whatever happens. Used by tests/test_prefect_server.py.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

SERVED = "daily-briefing/served"
DEPLOYED = "daily-briefing/daily-briefing"
CRON = "* * * * *"


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


def deployment(api: str, name: str) -> dict | None:
    try:
        response = httpx.get(f"{api}/deployments/name/{name}", timeout=5)
    except httpx.HTTPError:
        return None
    return response.json() if response.status_code == 200 else None


def finished_scheduled_run(api: str, deployment_id: str) -> dict | None:
    """The first run the scheduler created for the deployment, once it is in a final state."""
    body = {
        "deployments": {"id": {"any_": [deployment_id]}},
        "flow_runs": {"state": {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED", "CANCELLED"]}}},
        "sort": "START_TIME_ASC",
        "limit": 10,
    }
    try:
        runs = httpx.post(f"{api}/flow_runs/filter", json=body, timeout=10).json()
    except httpx.HTTPError:
        return None
    return next((run for run in runs if run.get("auto_scheduled")), None)


def limit_of(found: dict | None) -> dict:
    found = found or {}
    return {
        "limit": (found.get("global_concurrency_limit") or {}).get("limit"),
        "collision_strategy": (found.get("concurrency_options") or {}).get("collision_strategy"),
    }


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


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Receiver:
    """A loopback webhook that records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, HTTPServer

        self.bodies: list[dict] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def check_work_pool(api: str, env: dict, args: argparse.Namespace, logs: Path, hook: Receiver) -> dict:
    """prefect.yaml: create the process pool, `prefect deploy --all`, trigger the deployment with
    this check's folders, and let `prefect worker start --run-once` pick it up."""
    started = time.monotonic()
    deploy_env = {k: v for k, v in env.items() if k != "DUTCH_BRIEF_HOME"}  # read at run time, not now
    worker_env = {**env, "DUTCH_BRIEF_HOME": str(ROOT)}
    worker_env |= {"BRIEF_TRANSLATOR": args.translator, "BRIEF_SUMMARIZER": args.summarizer}
    prefect = [sys.executable, "-m", "prefect"]

    def run(*command: str, timeout: float = 120, on: dict = deploy_env) -> subprocess.CompletedProcess:
        done = subprocess.run([*prefect, *command], env=on, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        with open(logs / "work-pool.log", "a") as log:
            log.write(f"$ prefect {' '.join(command)}\n{done.stdout}{done.stderr}\n")
        return done

    run("work-pool", "create", "dutch-brief", "--type", "process")
    deployed = run("--no-prompt", "deploy", "--all")
    out = Path(args.out).with_name(Path(args.out).name + "-pool")
    triggered = run("deployment", "run", DEPLOYED, "--param", f"inbox={args.inbox}", "--param", f"out_dir={out}")
    worker = run("worker", "start", "--pool", "dutch-brief", "--run-once", timeout=240, on=worker_env)
    runs = httpx.post(
        f"{api}/flow_runs/filter",
        json={"flow_runs": {"state": {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED"]}}}, "limit": 20},
        timeout=10,
    ).json()
    found = deployment(api, DEPLOYED) or {}
    pool_runs = [r for r in runs if r.get("work_pool_name") == "dutch-brief"]
    # a run that fails: the automation (automations/daily-briefing-failed.yaml) tells the webhook
    run("deployment", "run", DEPLOYED, "--param", "day=2026-02-30", "--param", f"out_dir={out}")
    failed_worker = run("worker", "start", "--pool", "dutch-brief", "--run-once", timeout=240, on=worker_env)
    wait_for(lambda: hook.bodies, 90, "the automation's notification", interval=1)
    failed = httpx.post(
        f"{api}/flow_runs/filter", json={"flow_runs": {"state": {"type": {"any_": ["FAILED"]}}}, "limit": 5}, timeout=10
    ).json()
    return {
        "deploy_rc": deployed.returncode,
        "deploy_traceback": "Traceback" in deployed.stdout + deployed.stderr,
        "trigger_rc": triggered.returncode,
        "worker_rc": worker.returncode,
        "pull_steps": found.get("pull_steps"),
        "concurrency": limit_of(found),
        "state": pool_runs[0]["state_type"] if pool_runs else None,
        "briefs": sorted(p.name for p in out.glob("*.md") if not p.name.startswith("digest-")),
        "failed_run_worker_rc": failed_worker.returncode,
        "notifications": list(hook.bodies),
        "failed_runs": [{"name": r["name"], "message": r["state"]["message"]} for r in failed],
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
            [sys.executable, "-m", "brief_cli.main", "serve", "--cron", CRON, "--inbox", args.inbox, "--out", args.out]
            + ["--translator", args.translator, "--summarizer", args.summarizer],
            env=env,
            stdout=open(logs / "serve.log", "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        served_id = wait_for(lambda: (deployment(api, SERVED) or {}).get("id"), 120, "the served deployment")
        report["deployment_ready_s"] = round(time.monotonic() - started, 1)
        pool = None
        if args.work_pool:  # beside the served deployment, which keeps running: distinct names, no take-over
            from scripts.failure_automation import create

            hook = Receiver()
            report["automation_id"] = create(hook.url)
            # while the scheduler waits for the next minute: the pool's runs are its own (its own
            # deployment, out folder and flow runs), so the two checks do not see each other's work
            pool = ThreadPoolExecutor(max_workers=1).submit(check_work_pool, api, env, args, logs, hook)
        remaining = max(30.0, args.timeout - (time.monotonic() - started))
        run = wait_for(lambda: finished_scheduled_run(api, served_id), remaining, "a scheduled run to finish", 2)
        report["run_done_s"] = round(time.monotonic() - started, 1)
        report |= {"state": run["state_type"], "state_message": run["state"]["message"], "auto_scheduled": True}
        found = deployment(api, SERVED) or {}
        report["schedules"] = [s["schedule"].get("cron") for s in found.get("schedules", [])]
        report["parameters"] = found.get("parameters")
        report["concurrency"] = limit_of(found)
        artifacts = httpx.post(f"{api}/artifacts/filter", json={"limit": 200}, timeout=10).json()
        mine = [a for a in artifacts if a.get("flow_run_id") == run["id"]]  # the scheduled run's alone
        report["artifact_keys"] = sorted({a["key"] for a in mine if a.get("key")})
        out = Path(args.out)
        report["briefs"] = sorted(p.name for p in out.glob("*.md") if not p.name.startswith("digest-"))
        report["digests"] = sorted(p.name for p in out.glob("digest-*.md"))
        if pool is not None:
            report["work_pool"] = pool.result(timeout=max(30.0, args.timeout - (time.monotonic() - started)))
            after = deployment(api, SERVED) or {}
            report["served_after_deploy"] = {"id": after.get("id"), "paused": after.get("paused")}
        server_log = (logs / "server.log").read_text(errors="replace")
        report["server_tracebacks"] = server_log.count("Traceback")
        report["telemetry_lines"] = server_log.count("telemetry")
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
