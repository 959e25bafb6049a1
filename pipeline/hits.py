"""Recognising a brief that exists already without reading the article: an index from the raw
bytes of a text or Markdown file (plus every setting, model and code version that goes into a
cache key) to the brief written for it, in the catalog's `hits` table. A cache hit through it
imports none of the text rules and parses nothing — with the default SQLite catalog it is read
with the standard library's sqlite3 (pipeline.catalog.hitread), not SQLAlchemy; the brief itself
still proves it (its front matter names the key).

Anything that could change the brief — the file's bytes, its suffix, any setting but the
operational ones, a model, a backend, a code version — changes the index key: it then misses,
and the full path (pipeline.brief) decides, and records the new entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.catalog.hitread import read_hit
from pipeline.catalog.location import catalog_file, is_default_sqlite
from pipeline.document import FORMAT
from pipeline.engines.hub import model_fingerprint
from pipeline.errors import BriefError
from pipeline.runtime import backend_label
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.store.failures import settings_fingerprint
from pipeline.text.versions import SEGMENTER_VERSION, STRUCTURE_VERSION
from pipeline.version import code_versions

INDEXED_SUFFIXES = (".txt", ".md", ".markdown")  # read from bytes alone (a saved page is not indexed)


@dataclass(frozen=True)
class Hit:
    path: Path  # the brief
    warnings: tuple[str, ...]  # what briefing the article warned about, shown again on a hit
    key: str = ""  # the brief's cache key


def settings_summary(settings: BriefSettings) -> dict[str, object]:
    """The settings that change a brief (recorded in it and part of its cache key)."""
    return {
        "segmenter_version": SEGMENTER_VERSION,
        "structure": {"version": STRUCTURE_VERSION, "keep_all": settings.keep_all},
        "backend": {
            "translator": backend_label(settings, settings.translator_ref()),
            "summarizer": backend_label(settings, settings.summarizer_ref()),
        },
        "translation": settings.translation_options().describe(),
        "summary": settings.summary_options().describe(),
    }


def hit_key(path: Path, data: bytes, settings: BriefSettings) -> str | None:
    """The index key of a file's bytes under these settings; None for what is not indexed."""
    if path.suffix.lower() not in INDEXED_SUFFIXES:
        return None
    payload = {"bytes": hashlib.sha256(data).hexdigest(), "suffix": path.suffix.lower(), **_fixed(settings)}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


_FIXED: dict[str, tuple[BriefSettings, dict[str, object]]] = {}


def _fixed(settings: BriefSettings) -> dict[str, object]:
    """What every key under these settings shares (models fingerprinted once per settings object)."""
    cached = _FIXED.get("last")
    if cached is not None and cached[0] is settings:
        return cached[1]
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    fixed = {
        "settings": settings_fingerprint(settings),
        "summary": settings_summary(settings),
        "translator": f"{translator.name}@{model_fingerprint(translator)}",
        "summarizer": f"{summarizer.name}@{model_fingerprint(summarizer)}",
        "format": FORMAT,
        "code": code_versions(),
    }
    _FIXED["last"] = (settings, fixed)
    return fixed


def _file_key(source: Path, settings: BriefSettings) -> str | None:
    if not source.is_file():  # a FIFO or a device would block a read: the full path refuses it
        return None
    if source.stat().st_size > settings.max_input_bytes:
        return None  # the full path refuses it, in its words
    return hit_key(source, source.read_bytes(), settings)


def find(source: Path | str, settings: BriefSettings) -> Hit | None:
    """The brief of `source` if the index knows it and the brief is complete; else None."""
    if not isinstance(source, Path):
        return None
    try:
        key = _file_key(source, settings)
        if key is None:
            return None
        if is_default_sqlite(settings):
            found = read_hit(catalog_file(settings.out_dir), key)
        else:
            from pipeline.catalog.articles import find_hits
            from pipeline.catalog.db import open_catalog

            found = find_hits(open_catalog(settings), [key]).get(key)
        return _proven(found, settings)
    except (
        OSError,
        ValueError,
        KeyError,
        TypeError,
        BriefError,
    ):  # a catalog that cannot be read: the full path says why
        return None


def find_many(sources: Sequence[Path], settings: BriefSettings) -> dict[Path, Hit]:
    """The briefs the index knows of `sources` (the daily scan: one query for the whole inbox)."""
    from pipeline.catalog.articles import find_hits
    from pipeline.catalog.db import open_catalog

    keys: dict[Path, str] = {}
    for source in sources:
        try:
            key = _file_key(source, settings)
        except (OSError, ValueError):
            continue
        if key is not None:
            keys[source] = key
    found = find_hits(open_catalog(settings), sorted(set(keys.values())))
    hits = {source: _proven(found.get(key), settings) for source, key in keys.items()}
    return {source: hit for source, hit in hits.items() if hit is not None}


def _proven(found: tuple[str, str, tuple[str, ...]] | None, settings: BriefSettings) -> Hit | None:
    if found is None:
        return None
    brief_file, cache_key, warnings = found
    brief = settings.out_dir / brief_file
    return Hit(brief, warnings, cache_key) if briefs.lookup(brief, cache_key) else None


def record(key: str | None, settings: BriefSettings, brief: Path, cache_key: str, warnings: tuple[str, ...]) -> bool:
    """Remember which brief `key` (a file's bytes under its settings) has (and the brief itself,
    if the catalog does not know it yet). Returns whether the brief's article has a story (True
    when nothing was recorded: no key)."""
    if key is None:
        return True
    from pipeline.catalog.articles import hit_row, record_hit
    from pipeline.catalog.db import open_catalog

    return record_hit(open_catalog(settings), hit_row(key, cache_key, brief.name, warnings), brief)
