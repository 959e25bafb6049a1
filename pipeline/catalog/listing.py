"""Every brief file in OUT listed in the catalog from its front matter (a new catalog in an OUT
that holds briefs; `brief catalog rebuild`), and the days from the digests: from the day's record
each digest ends with (pipeline.store.digests), else — a digest written before the record — the
briefs it links that no earlier digest linked (a story lists its articles of earlier days too) and
its "Not briefed" lines."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pipeline.catalog.articles import REMOVED, row_of_file, save_articles
from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles, day_briefs, day_failures
from pipeline.catalog.upsert import upsert
from pipeline.digest_document import DigestEntry, DigestFailure
from pipeline.store.brief_files import read_brief_file
from pipeline.store.digests import read_day_record

BATCH = 1000
_DIGEST = re.compile(r"^digest-(\d{4}-\d{2}-\d{2})\.md$")
_LINK = re.compile(r"\]\(<([^>]+\.md)>\)")
_NOT_BRIEFED = re.compile(r"^## Not briefed\n\n((?:- .*\n?)+)", re.MULTILINE)
_ESCAPE = re.compile(r"\\(.)")


def list_brief_files(catalog: Catalog, unread: list[str] | None = None) -> int:
    """Every brief file in OUT listed (upserted) in the catalog; rows whose file is gone marked
    removed (a file still there that cannot be read keeps its row); the days their digests list.
    Returns the number of briefs found; `unread` gets the names of the files that open as a brief
    does (front matter) but do not read as one (damaged, another format, no cache key)."""
    found: set[str] = set()
    batch: list[dict] = []
    for path in sorted(catalog.out_dir.glob("*.md")):
        brief = read_brief_file(path)
        row = row_of_file(brief) if brief is not None else None
        if row is None:
            if unread is not None and _opens_as_brief(path):
                unread.append(path.name)
            continue
        found.add(row["brief_key"])
        batch.append(row)
        if len(batch) >= BATCH:
            catalog.write(lambda connection, rows=batch: save_articles(connection, rows))
            batch = []
    if batch:
        catalog.write(lambda connection, rows=batch: save_articles(connection, rows))

    def removed(connection: Connection) -> None:
        query = select(articles.c.brief_key, articles.c.brief_file).where(articles.c.status != REMOVED)
        listed = connection.execute(query).all()
        # a file that is there but was not read (damaged, unreadable) keeps its row as it was
        gone = [key for key, name in listed if key not in found and not (catalog.out_dir / name).exists()]
        for start in range(0, len(gone), BATCH):
            chunk = gone[start : start + BATCH]
            connection.execute(articles.update().where(articles.c.brief_key.in_(chunk)).values(status=REMOVED))

    catalog.write(removed)
    _days_from_digests(catalog)
    return len(found)


def _opens_as_brief(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            opening = handle.read(8).removeprefix(b"\xef\xbb\xbf")  # a byte-order mark: saved by Notepad
            return opening.startswith((b"---\n", b"---\r\n"))  # CRLF: saved by a Windows editor
    except OSError:
        return True  # there, but not readable: a brief the rebuild could not read


def _days_from_digests(catalog: Catalog) -> None:
    linked: set[str] = set()  # brief files an earlier digest linked
    for path in sorted(catalog.out_dir.glob("digest-*.md")):
        match = _DIGEST.match(path.name)
        if not match:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        links = list(dict.fromkeys(_LINK.findall(text)))
        record = read_day_record(text) or ([DigestEntry("", "", f, "", "") for f in links if f not in linked], None)
        linked.update(links)
        day = date.fromisoformat(match.group(1))
        catalog.write(lambda connection, day=day, record=record, text=text: _save_day(connection, day, *record, text))


def _save_day(
    connection: Connection, day: date, entries: list[DigestEntry], failed: list[DigestFailure] | None, text: str
) -> None:
    """The day's briefs that the catalog lists (by key from a record, else by file), in the
    digest's order, and its failures (from the record, else its "Not briefed" lines)."""
    by_key = bool(entries) and bool(entries[0].key)
    column = articles.c.brief_key if by_key else articles.c.brief_file
    wanted = [e.key if by_key else e.brief for e in entries]
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), BATCH):
        query = select(column, articles.c.brief_key, articles.c.source).where(column.in_(wanted[start : start + BATCH]))
        found.update({name: (key, source) for name, key, source in connection.execute(query)})
    rows = [
        {"day": day, "brief_key": found[name][0], "source_name": entry.source_name or found[name][1]}
        for name, entry in zip(wanted, entries)
        if name in found
    ]
    upsert(connection, day_briefs, rows, ["day", "brief_key"], [])
    failures = _not_briefed(text) if failed is None else failed
    rows = [{"day": day, "source_name": f.source_name, "message": f.message} for f in failures]
    upsert(connection, day_failures, rows, ["day", "source_name"], ["message"])


def _not_briefed(text: str) -> list[DigestFailure]:
    """The failures a digest without a record lists under "Not briefed" ("- source: reason")."""
    section = _NOT_BRIEFED.search(text)
    lines = section.group(1).splitlines() if section else []
    found = (_ESCAPE.sub(r"\1", line.removeprefix("- ")).partition(": ") for line in lines)
    return [DigestFailure(name, reason) for name, _, reason in found if name and reason]
