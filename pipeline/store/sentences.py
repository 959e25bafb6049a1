"""A persistent translation cache: SQLite (stdlib sqlite3, WAL), safe for several processes.

Keyed by (namespace, sha256 of the source sentence), where the namespace is a digest of the model
id + revision + backend + generation settings. An article edited in one paragraph re-translates
only that paragraph's sentences; boilerplate repeated across articles is translated once.
Writes commit per batch, so a crash loses at most the batch in flight.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pipeline.document import SentenceTranslation
from pipeline.errors import OutputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    namespace TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    translation TEXT NOT NULL,
    parts INTEGER NOT NULL,
    split INTEGER NOT NULL,
    retried INTEGER NOT NULL,
    degenerate INTEGER NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (namespace, source_hash)
) WITHOUT ROWID;
"""


def cache_namespace(model: str, revision: str, backend: str, settings: dict[str, Any]) -> str:
    payload = json.dumps(
        {"model": model, "revision": revision, "backend": backend, "settings": settings}, sort_keys=True
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def sentence_hash(sentence: str) -> str:
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()


class SentenceCache:
    """Translations by (namespace, sentence). Thread-safe; several processes may share the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.warning: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open(path)
        except sqlite3.DatabaseError as exc:  # not a database (truncated, overwritten): set it aside
            aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                old = Path(str(path) + suffix)
                if old.exists():
                    old.replace(Path(str(aside) + suffix))
            self.warning = (
                f"sentence cache {path} was unreadable ({exc}); moved it to {aside.name} and started a new one"
            )
            self._db = self._open(path)
        except OSError as exc:
            raise OutputError(
                f"cannot open the sentence cache in {path.parent}: {exc.strerror or exc} — set BRIEF_CACHE_DIR to a writable folder"
            ) from None

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), timeout=60, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=60000")
            db.execute("PRAGMA journal_mode=WAL")  # WAL needs a local disk: keep the cache off network shares
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def get_many(self, namespace: str, sentences: Sequence[str]) -> dict[str, SentenceTranslation]:
        found: dict[str, SentenceTranslation] = {}
        by_hash = {sentence_hash(s): s for s in sentences}
        hashes = list(by_hash)
        with self._lock:
            for start in range(0, len(hashes), 500):
                chunk = hashes[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT source_hash, translation, parts, split, retried, degenerate FROM translations "
                    f"WHERE namespace = ? AND source_hash IN ({marks})",
                    [namespace, *chunk],
                ).fetchall()
                for digest, text, parts, split, retried, degenerate in rows:
                    source = by_hash[digest]
                    found[source] = SentenceTranslation(
                        source, text, parts, bool(split), bool(retried), bool(degenerate)
                    )
        return found

    def put_many(self, namespace: str, results: Iterable[SentenceTranslation]) -> None:
        rows = [
            (
                namespace,
                sentence_hash(r.source),
                r.text,
                r.parts,
                int(r.split),
                int(r.retried),
                int(r.degenerate),
                time.time(),
            )
            for r in results
        ]
        if not rows:
            return
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def stats(self) -> dict[str, Any]:
        with self._lock:
            total = self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
            spaces = self._db.execute("SELECT COUNT(DISTINCT namespace) FROM translations").fetchone()[0]
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        return {"path": str(self.path), "sentences": total, "namespaces": spaces, "bytes": size}

    def clear(self) -> int:
        with self._lock:
            removed = self._db.execute("DELETE FROM translations").rowcount
            self._db.execute("VACUUM")
        return removed

    def close(self) -> None:
        with self._lock:
            self._db.close()
