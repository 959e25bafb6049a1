"""A bound on a call that may hang: the hostile-input probes ask that a rule over one long token or a run
of repeated shapes finishes, without timing what it does in the ordinary case."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable


def finishes(call: Callable[[], object], seconds: float) -> bool:
    """Does `call` return within `seconds`? Run in a forked child (a regular expression holds the interpreter:
    no signal stops it), killed when it does not."""
    child = multiprocessing.get_context("fork").Process(target=call, daemon=True)
    child.start()
    child.join(seconds)
    if child.is_alive():
        child.kill()
        child.join()
        return False
    return child.exitcode == 0
