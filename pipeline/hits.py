"""Recognising a brief that exists already without reading the article: an index from the raw
bytes of a text or Markdown file (plus every setting, model and code version that goes into a
cache key) to the brief written for it, in OUT/.hits/. A cache hit through it imports none of the
text rules and parses nothing; the brief itself still proves it (its front matter names the key).

Anything that could change the brief — the file's bytes, its suffix, any setting but the
operational ones, a model, a backend, a code version — changes the index key: it then misses,
and the full path (pipeline.brief) decides, and records the new entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.document import FORMAT
from pipeline.engines.hub import model_fingerprint
from pipeline.runtime import backend_label
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.store.failures import settings_fingerprint
from pipeline.store.files import make_dirs, write_atomic
from pipeline.text.versions import SEGMENTER_VERSION, STRUCTURE_VERSION
from pipeline.version import code_versions

INDEXED_SUFFIXES = (".txt", ".md", ".markdown")  # read from bytes alone (a saved page is not indexed)
HITS_DIR = ".hits"


@dataclass(frozen=True)
class Hit:
    path: Path  # the brief
    warnings: tuple[str, ...]  # what briefing the article warned about, shown again on a hit


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
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    payload = {
        "bytes": hashlib.sha256(data).hexdigest(),
        "suffix": path.suffix.lower(),
        "settings": settings_fingerprint(settings),
        "summary": settings_summary(settings),
        "translator": f"{translator.name}@{model_fingerprint(translator)}",
        "summarizer": f"{summarizer.name}@{model_fingerprint(summarizer)}",
        "format": FORMAT,
        "code": code_versions(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _entry(out_dir: Path, key: str) -> Path:
    return out_dir / HITS_DIR / key[:2] / f"{key}.json"


def find(source: Path | str, settings: BriefSettings) -> Hit | None:
    """The brief of `source` if the index knows it and the brief is complete; else None."""
    if not isinstance(source, Path):
        return None
    try:
        if not source.is_file():  # a FIFO or a device would block a read: the full path refuses it
            return None
        if source.stat().st_size > settings.max_input_bytes:
            return None  # the full path refuses it, in its words
        key = hit_key(source, source.read_bytes(), settings)
        if key is None:
            return None
        entry = json.loads(_entry(settings.out_dir, key).read_text(encoding="utf-8"))
        brief = settings.out_dir / entry["brief"]
        if not briefs.lookup(brief, entry["cache_key"]):
            return None
        return Hit(brief, tuple(entry.get("warnings", ())))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(key: str | None, out_dir: Path, brief: Path, cache_key: str, warnings: tuple[str, ...]) -> None:
    """Remember which brief `key` (a file's bytes under its settings) has; best effort."""
    if key is None:
        return
    body = json.dumps({"brief": brief.name, "cache_key": cache_key, "warnings": list(warnings)})
    try:
        target = _entry(out_dir, key)
        make_dirs(target.parent)  # never world-writable, whatever the umask
        write_atomic(target, body + "\n")
    except OSError:
        pass  # the index only saves time: a brief is found the long way without it
