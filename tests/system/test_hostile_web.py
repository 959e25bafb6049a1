"""The open web is hostile: pages, feeds and robots.txt files served on loopback (tests.hostile_web_corpus)
each come to their one-line outcome within a time and a memory bound, with no traceback and no
connection anywhere but 127.0.0.0/8 (redirects to 10.x, 169.254.x, fd00::, other loopback ports are
refused before any connection: the network backend under the guard records every connect)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.hostile_web_corpus import Case, routes, run_case
from tests.hostile_web_server import HostileServer

_SERVERS: dict[str, HostileServer] = {}


def _cases() -> list[Case]:
    probe = HostileServer()  # routes() needs a server to build the cases' URLs: the list is the same
    try:
        return routes(probe, 9)
    finally:
        probe.stop()


CASES = _cases()


@pytest.fixture(scope="module")
def servers():
    server, robots, closed = HostileServer(), HostileServer(), HostileServer()
    other_port = closed.port
    closed.stop()  # a loopback port nobody listens on, and that is not allowed
    routes(server, other_port)
    yield server, robots
    server.stop()
    robots.stop()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_input_is_one_line_within_bounds(servers, case: Case) -> None:
    server, robots = servers
    outcome, seconds, megabytes = run_case(case, server, robots)
    assert "\n" not in outcome and "Traceback" not in outcome
    assert case.expect in outcome, outcome
    assert seconds < case.seconds, f"{case.name}: {seconds:.1f} s"
    assert megabytes < case.megabytes, f"{case.name}: {megabytes:.0f} MB"


def test_the_heaviest_cases_stay_within_a_resident_memory_bound() -> None:
    """Peak RSS of a fresh process running the heaviest cases (C-side allocations of lxml and zlib,
    which tracemalloc does not see, included): a 5 MB page costs tens of MB, not gigabytes."""
    heaviest = ["unclosed-script-5mb", "gzip-bomb", "million-open-divs", "attribute-bomb", "feed-30k-entries"]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.hostile_web", *heaviest],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("\n| ") == len(heaviest) + 1  # the header's separator line and one row per case
    rss = float(re.search(r"peak RSS of the process: (\d+) MB", done.stdout).group(1))
    assert rss < 1000, done.stdout
