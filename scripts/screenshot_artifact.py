"""See the artifacts as an operator does: start a real Prefect server (with its UI), run the daily
briefing against it, and take headless Chromium screenshots of the brief artifact's page and the
digest artifact's page.

    python scripts/screenshot_artifact.py --out-dir shots [--translator M --summarizer M]

Without models given, tiny random ones are built (gibberish text, real layout). Needs Debian's
chromium (`apt-get install -y chromium`). Prints a JSON report (the PNG paths, the pages shot);
kills everything it started.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.prefect_server_check import free_port, healthy, stop, wait_for  # noqa: E402

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--virtual-time-budget=20000",  # let the single-page app fetch and render the artifact
]
# a short article of our own, so that one screenshot shows a whole brief, its table included
ARTICLE = """Nieuwe fietsbrug over het Amsterdam-Rijnkanaal geopend

De gemeente Utrecht heeft woensdag een nieuwe fietsbrug over het kanaal geopend. De brug verbindt
twee woonwijken en moet de route naar het centrum met tien minuten verkorten.

Volgens de wethouder gebruiken dagelijks meer dan vijfduizend fietsers de nieuwe verbinding.
"""
FLOW_RUN = """
import json, sys
from flows.daily_briefing import daily_briefing
daily_briefing(inbox=sys.argv[1], out_dir=sys.argv[2], settings=json.loads(sys.argv[3]), day="2026-03-02")
"""


def models(args: argparse.Namespace, work: Path) -> tuple[str, str]:
    if args.translator and args.summarizer:
        return args.translator, args.summarizer
    from pipeline.testing import build_tiny_bart, build_tiny_marian

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return (
        str(build_tiny_marian(work / "tiny-marian", texts, num_beams=2)),
        str(build_tiny_bart(work / "tiny-bart", texts, num_beams=2, max_length=40, min_length=8)),
    )


def screenshot(url: str, png: Path, height: int) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("chromium is not installed — apt-get install -y chromium")
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size=1280,{height}"]
        + [f"--screenshot={png}", url],
        capture_output=True,
        timeout=120,
        check=False,
    )
    shutil.rmtree(profile, ignore_errors=True)
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot of {url}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", required=True, help="where the PNG files go")
    parser.add_argument("--translator")
    parser.add_argument("--summarizer")
    parser.add_argument("--height", type=int, default=1400, help="page height in pixels (digest)")
    parser.add_argument(
        "--brief-height", type=int, default=2000, help="page height in pixels (the short brief, to its end)"
    )
    args = parser.parse_args()
    shots = Path(args.out_dir).resolve()
    shots.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="artifact-shot-"))
    port = free_port()
    base, api = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(work / "prefect"),
        "PREFECT_API_URL": api,
        "PREFECT_UI_URL": base,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "HF_HUB_OFFLINE": "1",
        "XDG_CACHE_HOME": str(work / "xdg"),
    }
    report: dict = {}
    server = None
    try:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=open(work / "server.log", "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        translator, summarizer = models(args, work)
        inbox = work / "inbox"
        inbox.mkdir()
        (inbox / "fietsbrug.txt").write_text(ARTICLE, encoding="utf-8")
        seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
        (inbox / seed.name).write_bytes(seed.read_bytes())
        (inbox / "leeg.txt").write_bytes(b"")
        wait_for(lambda: healthy(api), 120, "the Prefect server")
        settings = {"translator": translator, "summarizer": summarizer, "device": "cpu"}
        subprocess.run(
            [sys.executable, "-c", FLOW_RUN, str(inbox), str(work / "out"), json.dumps(settings)],
            env=env,
            cwd=ROOT,
            check=True,
            timeout=600,
            capture_output=True,
        )
        artifacts = httpx.post(f"{api}/artifacts/filter", json={"limit": 50}, timeout=10).json()
        by_kind = {
            "brief-": next(a for a in artifacts if "fietsbrug" in (a.get("description") or "")),
            "digest-": next(a for a in artifacts if (a.get("key") or "").startswith("digest-")),
        }
        pages = {
            "brief": f"{base}/artifacts/artifact/{by_kind['brief-']['id']}",
            "brief-v2-ui": f"{base}/v2/artifacts/artifact/{by_kind['brief-']['id']}",  # Prefect's newer UI
            "digest": f"{base}/artifacts/artifact/{by_kind['digest-']['id']}",
            # where the digest's first link leads (it must open the brief's artifact, not a blank page)
            "digest-link": re.search(r"\]\(<([^>]+)>\)", by_kind["digest-"]["data"]).group(1),
        }
        for name, url in pages.items():
            png = shots / f"{name}.png"
            screenshot(url, png, args.brief_height if name != "digest" else args.height)
            report[name] = {"url": url, "png": str(png)}
        report["brief_markdown_head"] = by_kind["brief-"]["data"][:120]
    finally:
        stop(server)
        report["processes_left"] = [server.pid] if server is not None and server.poll() is None else []
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
