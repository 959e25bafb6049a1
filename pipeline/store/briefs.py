"""The brief store: a content-hash key, the file a key maps to, the lock per key, claims.

The key covers everything that changes the brief: the normalised article text, the model ids and
resolved commits (or local fingerprints), the generation settings, the format version and the
code's versions (dutch-brief's and the pipeline behaviour's: pipeline.version). Looking a key up reads a few hundred
bytes of one file; it never imports torch or transformers.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pipeline.document import FORMAT
from pipeline.errors import OutputError
from pipeline.store.files import FILE_MODE, make_dirs
from pipeline.version import code_versions

SLUG_MAX = 60


def cache_key(content_hash: str, *, translator: str, summarizer: str, settings: dict[str, Any]) -> str:
    payload = {
        "format": FORMAT,
        "code": code_versions(),
        "content": content_hash,
        "translator": translator,
        "summarizer": summarizer,
        "settings": settings,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=True).encode()).hexdigest()


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """ASCII, lowercase, words joined by '-', cut at a word boundary; 'brief' if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "brief")


def brief_path(out_dir: Path, title: str, key: str) -> Path:
    """`<out>/<slug of the Dutch title>-<first 12 hex of the key>.md` — derived from content only."""
    return out_dir / f"{slugify(title)}-{key[:12]}.md"


def lookup(path: Path, key: str) -> bool:
    """True if `path` holds a complete brief for `key` (front matter names the key)."""
    try:
        with path.open("r", encoding="utf-8") as handle:
            head = handle.read(65536)
    except (OSError, UnicodeDecodeError):
        return False
    if not head.startswith("---\n"):
        return False
    return f'cache_key: "{key}"' in head.split("\n---\n", 1)[0]


def brief_lock(out_dir: Path, key: str, timeout: float):
    """A lock per cache key (file lock in OUT/.locks): processes briefing the same article at
    once do the model work once; the others wait and find the finished brief."""
    from filelock import FileLock

    locks = out_dir / ".locks"
    try:
        make_dirs(locks)
    except OSError as exc:
        raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc} — choose another --out folder") from None
    return FileLock(str(locks / f"{key[:32]}.lock"), timeout=timeout, mode=FILE_MODE)
