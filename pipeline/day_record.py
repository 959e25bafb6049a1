"""What a run outside the daily flow (`brief URL`, `brief feeds poll`) came to, recorded under its day: the day's
failures listed, a briefed page's failure taken off. Kept apart from pipeline.digest, which loads the story desk and
the renderer: a `brief URL` cache hit or a poll where every feed answers 304 loads only the catalog."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes, urlsplit

from pipeline.addresses import file_address, page_of
from pipeline.catalog.days import note_failures
from pipeline.catalog.db import open_catalog
from pipeline.digest_document import DigestFailure
from pipeline.errors import BriefError, BusyError, first_line
from pipeline.settings import BriefSettings
from pipeline.times import run_day


@dataclass(frozen=True)
class DayRecord:
    """What a run outside the daily flow recorded under its day: how many failures it listed there, and a warning
    when the catalog could not take them (the briefs stand)."""

    day: str
    listed: int = 0
    warning: str | None = None

    def listed_line(self, digest: object) -> str | None:
        """What `brief` and `brief feeds poll` say of the failures they listed once `digest`, the day's digest, is
        rewritten with them (user51: the digest showed them only after a daily run for the day, if one came)."""
        if not self.listed or self.warning:
            return None
        them = "it" if self.listed == 1 else "them"
        return f"{self.listed} not briefed, listed under {self.day}: {digest} and `brief failures list` show {them}"


def record_pages_by_hand(settings: BriefSettings, outcomes: Sequence[tuple[object, object]]) -> DayRecord:
    """What `brief URL…` / `brief FILE…` by hand came to, for each (source, outcome), recorded under the run's day as
    the daily run records a feed's entries (user49: a failure was said on the terminal and forgotten; user50: a
    file's too): a page or file that failed (404, robots.txt, not Dutch, empty, too large, unreadable) is listed with
    the day's failures — the digest's "Not briefed", `brief failures list` — and one briefed (or found briefed) takes
    its failure of that day off. A page is named by its address, a file by `file_address`; a file that does not exist
    (a path mistyped), a folder and a file another run is briefing are no failure of the day."""
    from pipeline.web.feed_pages import unnamed

    failed: dict[str, str] = {}
    briefed: list[str] = []
    for source, outcome in outcomes:
        page = page_of(source)
        address = str(source) if page else file_address(source)
        if address is None or isinstance(outcome, BusyError):
            continue
        if not isinstance(outcome, BriefError):
            briefed.append(address)
        elif page or _names_a_file(address):
            failed[address] = _without_name(unnamed(first_line(outcome), str(source)), source)
    return record_day(settings, failed, briefed)


def _names_a_file(address: str) -> bool:
    """Whether a file's address names something that is no folder: a path mistyped (nothing there) and a folder given
    (`brief ./inbox`: a usage error, said on the terminal — user52: the day's digest listed it as an article not
    briefed) are no failure of the day."""
    path = unquote_to_bytes(urlsplit(address).path)  # any name's bytes
    return os.path.lexists(path) and not os.path.isdir(path)


def _without_name(message: str, source: object) -> str:
    """A file's reason without the leading "path: " its message names it by (the listing names its address)."""
    from pipeline.text.read import display_path  # loaded already: pipeline.web.feed_pages loads the text rules

    for name in (str(source), display_path(str(source))):  # as pipeline.text.read shows it
        if message.startswith(name + ": "):
            return message[len(name) + 2 :]
    return message


def record_day(settings: BriefSettings, failed: Mapping[str, str], briefed: Sequence[str]) -> DayRecord:
    """A run outside the daily flow (`brief URL`, `brief feeds poll`) recorded under its day (the `day` setting,
    else today): `failed` (source -> one-line reason) listed with the day's failures; the failures of the web pages
    `briefed` taken off. A catalog that cannot take them is a warning, returned (the briefs stand)."""
    day = run_day(settings.day)
    if not failed and not briefed:
        return DayRecord(day)
    try:
        failures = [DigestFailure(name, reason) for name, reason in failed.items()]
        note_failures(open_catalog(settings), day, failures, briefed)
    except BriefError as exc:
        return DayRecord(day, warning=f"warning: the day's failures were not recorded: {first_line(exc)}")
    return DayRecord(day, len(failed))
