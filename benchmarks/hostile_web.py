"""Each case of the hostile-web corpus (tests/hostile_web_corpus.py) through the real fetch and
extraction chain on loopback: its one-line outcome, wall time and peak of Python allocations
(tracemalloc), then the process's peak RSS. Run: python -m benchmarks.hostile_web [NAME ...]"""

from __future__ import annotations

import logging
import resource
import sys

from tests.hostile_web_corpus import routes, run_case
from tests.hostile_web_server import HostileServer


def main(names: list[str]) -> None:
    logging.disable(logging.WARNING)  # trafilatura reports every empty tree
    server, robots, closed = HostileServer(), HostileServer(), HostileServer()
    other_port = closed.port
    closed.stop()
    cases = [c for c in routes(server, other_port) if not names or c.name in names]
    print("| case | outcome | s | peak MB (tracemalloc) |\n| --- | --- | ---: | ---: |")
    try:
        for case in cases:
            outcome, seconds, peak = run_case(case, server, robots)
            shown = outcome.split(": ", 1)[-1] if not outcome.startswith("ok") else outcome
            print(f"| {case.name} | {shown[:70]} | {seconds:.2f} | {peak:.1f} |", flush=True)
    finally:
        server.stop()
        robots.stop()
    print(f"\npeak RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
