"""The open web is hostile: pages, feeds and robots.txt files served on loopback (tests.hostile_web_corpus)
each come to their one-line outcome within a time and a memory bound, with no traceback and no
connection anywhere but 127.0.0.0/8 (redirects to 10.x, 169.254.x, fd00::, other loopback ports are
refused before any connection: the network backend under the guard records every connect)."""

from __future__ import annotations

import resource

import pytest

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


def test_the_whole_corpus_stays_within_a_resident_memory_bound() -> None:
    # ru_maxrss (kB on Linux) of this process after the corpus ran: the C-side allocations
    # (lxml, zlib) that tracemalloc does not see are bounded too
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2_500_000
