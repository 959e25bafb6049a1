"""Known permanent failures: an inbox file that failed for a reason that will not go away on its
own (bad input) is remembered — by a hash of its bytes and of the settings it failed under, with
the reason and the day it first failed — and not tried again until the file or the settings
change. `brief failures` shows and clears the list. (What a failure is: pipeline.store.failures.)"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import failures
from pipeline.catalog.upsert import upsert
from pipeline.store.failures import KnownFailure

_COLUMNS = (failures.c.content_hash, failures.c.settings_hash, failures.c.source_name, failures.c.reason)


def load_failures(catalog: Catalog) -> list[KnownFailure]:
    """Every known failure, oldest day first."""
    query = select(*_COLUMNS, failures.c.first_seen).order_by(failures.c.first_seen, failures.c.source_name)
    return [KnownFailure(*row) for row in catalog.read(lambda connection: connection.execute(query).all())]


def known_hashes(catalog: Catalog, settings_hash: str) -> set[str]:
    """The content hashes of files known to fail under these settings (the daily scan skips them)."""
    query = select(failures.c.content_hash).where(failures.c.settings_hash == settings_hash)
    return set(catalog.read(lambda connection: connection.execute(query).scalars().all()))


def remember(catalog: Catalog, known: Iterable[KnownFailure]) -> None:
    """Add `known`; one already known keeps its first day and reason."""
    rows = [asdict(failure) for failure in known]
    if rows:
        catalog.write(lambda connection: upsert(connection, failures, rows, ["content_hash", "settings_hash"], []))


def forget(catalog: Catalog, names: Iterable[str] | None = None) -> list[KnownFailure]:
    """Clear the known failures of the files named (all of them when `names` is None) — by the name listed (a file's
    file:// address; a file name before user51) or by the file name alone; returns what was cleared, so the next run
    tries those files again."""
    wanted = None if names is None else list(names)

    def clear(connection: Connection) -> list[KnownFailure]:
        query = select(*_COLUMNS, failures.c.first_seen, failures.c.id).order_by(
            failures.c.first_seen, failures.c.source_name
        )
        rows = [row for row in connection.execute(query) if wanted is None or any(names_it(n, row[2]) for n in wanted)]
        if rows:
            connection.execute(failures.delete().where(failures.c.id.in_([row[-1] for row in rows])))
        return [KnownFailure(*row[:-1]) for row in rows]

    return catalog.write(clear)


def names_it(given: str, listed: str) -> bool:
    """Does `given` (as typed after `brief failures retry`) name the failure `listed`: the same name, or — when either
    is no address (a file name, a path; or a failure remembered by its file name before user51) — the same file
    name: `leeg.txt` names `file:///home/me/inbox/leeg.txt`, which another inbox's `file:///…/leeg.txt` does not."""
    if given == listed:
        return True
    if "://" in given or "://" not in listed or "/" not in given:
        return ("://" not in given or "://" not in listed) and _file_name(given) == _file_name(listed)
    # (review51) a path names the file at that path, not another folder's file of the same name: an absolute one (or
    # one climbing with ..) by where it leads, a relative one by the folders it names at the address's end
    path, at = PurePosixPath(posixpath.normpath(given)), PurePosixPath(unquote(urlsplit(listed).path))
    if path.is_absolute() or path.parts[0] == "..":
        return PurePosixPath(posixpath.abspath(given)) == at
    return at.parts[-len(path.parts) :] == path.parts


def _file_name(name: str) -> str:
    return PurePosixPath(unquote(urlsplit(name).path) if "://" in name else name).name
