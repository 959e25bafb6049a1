"""Failures of entries whose host could not be reached, one line per host (user51b): a feed of 30 teasers whose
pages' host refused connections said 30 lines at every poll ("…: cannot connect (not tried: HOST could not be
reached 0 s ago — …)") and the day's digest listed 30. Now the lines of two or more such entries on one host are one:
the count, the first entry and its reason. Only the lines are grouped: each entry stays a failure of its own — in
the day's record, `brief failures list`, the poll's count and the digest's — and is tried again at the next poll.
Shared by `brief feeds poll`, the daily flow's log, the digest (pipeline.render.digest) and `brief URL URL …` by
hand (user52: it said one line per page)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

# what pipeline.web.fetch says (after the entry's name) of a page no connection reached: refused, no address, or not
# tried because its host was down a moment ago
UNREACHABLE_PREFIX = "cannot connect ("


@dataclass(frozen=True)
class HostWording:
    """How a host's line names what failed and when each is tried again."""

    what: str
    then: str


# a poll's entries (`brief feeds poll`, the daily flow's log); pages given by hand (`brief URL URL …`, user52); the
# day's digest, which lists both alike (user52: it said a page given by hand was "tried again at the next poll")
POLLED = HostWording("entries", "each tried again at the next poll; `brief failures list` lists each")
BY_HAND = HostWording("pages", "the same command again tries each; `brief failures list` lists each")
IN_DIGEST = HostWording(
    "entries",
    "a feed's tried again at its next poll, a page given by hand when briefed again; `brief failures list` lists each",
)


def unreachable_host(name: str, reason: str) -> str | None:
    """The host of an entry that failed because no connection reached it, else None."""
    if not reason.startswith(UNREACHABLE_PREFIX):
        return None
    return urlsplit(name).netloc.lower() or None


def grouped_failures(failures: Iterable[tuple[str, str]], wording: HostWording = POLLED) -> list[tuple[str, str]]:
    """(name, reason) pairs, the unreachable entries of a host that has two or more made one pair where the first
    of them stood: (host, "N entries not briefed … — the first, NAME: REASON; and N-1 more …"). Others as given."""
    return [pair for pair in failures_in_place(failures, wording) if pair]


def failures_in_place(
    failures: Iterable[tuple[str, str]], wording: HostWording = POLLED
) -> list[tuple[str, str] | None]:
    """One item per (name, reason) pair, in order: the pair as given, its host's one line where the host's first
    unreachable pair stood (two or more), None where a later one of them stood (said in that line)."""
    pairs = list(failures)
    by_host: dict[str, list[tuple[str, str]]] = {}
    for name, reason in pairs:
        if host := unreachable_host(name, reason):
            by_host.setdefault(host, []).append((name, reason))
    lines: list[tuple[str, str] | None] = []
    said: set[str] = set()  # hosts whose line stands already (review52: one address given twice said it twice)
    for name, reason in pairs:
        host = unreachable_host(name, reason)
        group = by_host.get(host, []) if host else []
        if len(group) < 2:
            lines.append((name, reason))
        else:
            lines.append(None if host in said else (host, host_line(group, wording)))
            said.add(host)
    return lines


def host_line(group: list[tuple[str, str]], wording: HostWording = POLLED) -> str:
    """The one line of a host's unreachable entries (two or more)."""
    first, why = group[0]
    what = f"{wording.what} not briefed, their host could not be reached"
    return f"{first_and_more(len(group), what, first, why)} ({wording.then})"


def first_and_more(count: int, what: str, first: str, why: str) -> str:
    """One line for `count` (two or more) entries of one kind: "COUNT WHAT — the first, FIRST: WHY; and COUNT-1 more"
    (a host's unreachable entries here; a feed's teasers waiting for their page, pipeline.feed_waits)."""
    return f"{count} {what} — the first, {first}: {why}; and {count - 1} more"
