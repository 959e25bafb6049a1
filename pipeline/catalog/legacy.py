"""An OUT from before the catalog: its JSON files imported once, when the catalog is created, then
left renamed (`.feeds.json.imported`, `.failures.json.imported`, `.digest-DAY.json.imported`,
`.hits.imported/`); a new catalog in an OUT that holds briefs lists them (pipeline.catalog.listing).
Every import is an upsert: two processes importing at once, or an import cut short and run
again, leave each record once."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from pipeline.catalog.connection import Catalog
from pipeline.catalog.listing import list_brief_files
from pipeline.catalog.schema import day_briefs, day_failures, failures, hits
from pipeline.catalog.upsert import upsert

IMPORTED = ".imported"


def import_legacy(catalog: Catalog, *, created: bool) -> None:
    """On a catalog's creation, or while an old state file is still there (an import cut short):
    the briefs listed (on creation), then the days, the hit index, the failures and last the feeds
    imported, each file renamed once imported. Otherwise three stat calls, no folder listing."""
    out = catalog.out_dir
    fixed = (out / ".hits", out / ".failures.json", out / ".feeds.json")
    if not created and not any(path.exists() for path in fixed):
        return
    if created:
        list_brief_files(catalog)
    for manifest in sorted(out.glob(".digest-*.json")):
        _import_file(catalog, manifest, _day)
    if (out / ".hits").is_dir():
        _import_hits(catalog, out / ".hits")
    _import_file(catalog, out / ".failures.json", _failures)
    _import_file(catalog, out / ".feeds.json", _feeds)


def _import_file(catalog: Catalog, path: Path, importer) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError, RecursionError):
        data = None  # unreadable: nothing to import, and it is set aside all the same
    if isinstance(data, dict):
        catalog.write(lambda connection: importer(connection, data, path))
    _set_aside(path)


def _set_aside(path: Path) -> None:
    try:
        os.replace(path, path.with_name(path.name + IMPORTED))
    except FileNotFoundError:
        pass  # another process imported it at the same moment


def _feeds(connection: Connection, data: dict[str, Any], _path: Path) -> None:
    from pipeline.catalog.feed_state import FeedState, SeenEntry
    from pipeline.catalog.feeds import save_feed_rows

    for configured, raw in (data.get("feeds") or {}).items():
        try:
            raw = dict(raw)
            entries = {key: SeenEntry(**value) for key, value in (raw.pop("entries", None) or {}).items()}
            state = FeedState(**raw, entries=entries)
        except TypeError:
            continue
        save_feed_rows(connection, configured, state, now=datetime.now(UTC), touched=set(entries))


def _failures(connection: Connection, data: dict[str, Any], _path: Path) -> None:
    rows = []
    for item in data.get("failures") or []:
        try:
            rows.append(
                {k: str(item[k]) for k in ("content_hash", "settings_hash", "source_name", "reason", "first_seen")}
            )
        except (KeyError, TypeError):
            continue
    upsert(connection, failures, rows, ["content_hash", "settings_hash"], [])


def _day(connection: Connection, data: dict[str, Any], path: Path) -> None:
    try:
        day = date.fromisoformat(path.name.removeprefix(".digest-").removesuffix(".json"))
    except ValueError:
        return
    from pipeline.catalog.articles import row_of_file, save_articles
    from pipeline.store.brief_files import read_brief_file

    entries = [e for e in data.get("entries") or [] if isinstance(e, dict) and e.get("key") and e.get("brief")]
    for entry in entries:  # a brief the catalog may not list yet (its file may be gone: then from the manifest)
        brief = read_brief_file(path.parent / str(entry["brief"]))
        row = row_of_file(brief) if brief is not None else None
        if row is None or row["brief_key"] != entry["key"]:
            row = _row_of_entry(entry, day)
        save_articles_missing(connection, row, save_articles)
    rows = [{"day": day, "brief_key": str(e["key"]), "source_name": str(e.get("source_name") or "")} for e in entries]
    upsert(connection, day_briefs, rows, ["day", "brief_key"], [])
    failed = [f for f in data.get("failures") or [] if isinstance(f, dict) and f.get("source_name")]
    rows = [{"day": day, "source_name": str(f["source_name"]), "message": str(f.get("message") or "")} for f in failed]
    upsert(connection, day_failures, rows, ["day", "source_name"], ["message"])


def save_articles_missing(connection: Connection, row: dict[str, Any], save) -> None:
    from sqlalchemy import select

    from pipeline.catalog.schema import articles

    if connection.execute(select(articles.c.id).where(articles.c.brief_key == row["brief_key"])).first() is None:
        save(connection, [row])


def _row_of_entry(entry: dict[str, Any], day: date) -> dict[str, Any]:
    from pipeline.catalog.articles import REMOVED

    return {
        "brief_key": str(entry["key"]),
        "brief_file": str(entry["brief"]),
        "source": str(entry.get("source_name") or entry["brief"]),
        "url": None,
        "outlet": None,
        "published": None,
        "published_at": None,
        "content_hash": "",
        "title": entry.get("title"),
        "source_title": None,
        "summary": entry.get("summary"),
        "source_format": None,
        "status": REMOVED,  # the manifest knew it, its file does not: listed by the digest, not by feed.xml
        "briefed_at": datetime(day.year, day.month, day.day, tzinfo=UTC),
    }


def _import_hits(catalog: Catalog, folder: Path) -> None:
    rows = []
    for entry in folder.glob("*/*.json"):
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            rows.append(
                {
                    "hit_key": entry.stem,
                    "brief_key": str(data["cache_key"]),
                    "brief_file": str(data["brief"]),
                    "warnings": json.dumps([str(w) for w in data.get("warnings", [])], ensure_ascii=False),
                    "recorded_at": datetime.now(UTC),
                }
            )
        except (OSError, ValueError, RecursionError, KeyError, TypeError):
            continue
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        catalog.write(lambda connection, chunk=chunk: upsert(connection, hits, chunk, ["hit_key"], []))
    _set_aside(folder)
