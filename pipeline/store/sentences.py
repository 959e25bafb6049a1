"""A persistent translation cache: SQLite (stdlib sqlite3, WAL), safe for several processes.

Keyed by (namespace, sha256 of the source sentence), where the namespace is a digest of the model
id + resolved commit + backend + generation settings + the code's versions. An article edited in
one paragraph re-translates only that paragraph's sentences; boilerplate repeated across articles
is translated once. Writes commit per batch, so a crash loses at most the batch in flight.

The cache is an optimisation, never a reason to fail: a cache another process holds locked past
the wait is left alone and the run goes on without it (one warning); only a file that is not a
database, or fails `PRAGMA quick_check`, is set aside. Degenerate translations are never stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from pipeline.document import SentenceTranslation
from pipeline.errors import OutputError
from pipeline.store.files import FILE_MODE, create_file, make_dirs
from pipeline.version import code_versions

log = logging.getLogger("dutch_brief")

BUSY_TIMEOUT = 60.0  # seconds to wait for another process's lock before going on without the cache
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

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
    """`revision`: the resolved commit (or local fingerprint); `settings` include the code's versions."""
    payload = json.dumps(
        {"model": model, "revision": revision, "backend": backend, "settings": settings, "code": code_versions()},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def sentence_hash(sentence: str) -> str:
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()


def is_busy(exc: sqlite3.Error) -> bool:
    """'database is locked' / 'database table is locked': another process holds the file, nothing is wrong with it."""
    return getattr(exc, "sqlite_errorcode", None) in _BUSY or "locked" in str(exc)


class SentenceCache:
    """Translations by (namespace, sentence). Thread-safe; several processes may share the file.
    `available` is False when the cache could not be used (the run goes on without it; `warning` says why)."""

    def __init__(self, path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self.warning: str | None = None
        self._db: sqlite3.Connection | None = None
        try:
            make_dirs(path.parent)
        except OSError as exc:
            raise OutputError(
                f"cannot open the sentence cache in {path.parent}: {exc.strerror or exc} — set BRIEF_CACHE_DIR to a writable folder"
            ) from None
        try:
            self._db = self._open()
        except sqlite3.Error as exc:
            if is_busy(exc) or not self._damaged(exc):
                self._give_up(f"is busy or unusable ({exc})", announce=False)
            else:
                self._set_aside(exc)
        except OSError as exc:
            self._give_up(f"cannot be opened ({exc.strerror or exc})", announce=False)

    @property
    def available(self) -> bool:
        return self._db is not None

    def _open(self) -> sqlite3.Connection:
        create_file(self.path, FILE_MODE)  # SQLite gives -wal and -shm the database file's mode
        db = sqlite3.connect(str(self.path), timeout=self.busy_timeout, check_same_thread=False, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
            db.execute("PRAGMA journal_mode=WAL")  # WAL needs a local disk: keep the cache off network shares
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {verdict}")
        except BaseException:
            db.close()
            raise
        return db

    def _damaged(self, exc: sqlite3.Error) -> bool:
        """Not a database, or a database that fails `PRAGMA quick_check` (a lock is never damage)."""
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB or str(exc).startswith("quick_check:"):
            return True
        if getattr(exc, "sqlite_errorcode", None) not in _DAMAGED and "not a database" not in str(exc):
            return False
        try:
            with closing(sqlite3.connect(str(self.path), timeout=self.busy_timeout)) as db:
                return db.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        except sqlite3.Error as check:
            return not is_busy(check)

    def _set_aside(self, exc: sqlite3.Error) -> None:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            for suffix in ("", "-wal", "-shm"):
                old = Path(str(self.path) + suffix)
                if old.exists():
                    old.replace(Path(str(aside) + suffix))
            self._db = self._open()
        except (OSError, sqlite3.Error) as again:
            why = getattr(again, "strerror", None) or again
            self._give_up(f"is damaged ({exc}) and could not be replaced ({why})", announce=False)
            return
        self.warning = (
            f"sentence cache {self.path} was unreadable ({exc}); moved it to {aside.name} and started a new one"
        )

    def _give_up(self, why: str, *, announce: bool = True) -> None:
        """Go on without the cache: translations are made as if it were empty, nothing is stored.
        At open the caller shows `warning`; later (a lock past the wait mid-run) it is logged here, once."""
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None
        self.warning = f"sentence cache {self.path} {why}; going on without it"
        if announce:
            log.warning(self.warning)

    def get_many(self, namespace: str, sentences: Sequence[str]) -> dict[str, SentenceTranslation]:
        found: dict[str, SentenceTranslation] = {}
        by_hash = {sentence_hash(s): s for s in sentences}
        hashes = list(by_hash)
        with self._lock:
            if self._db is None:
                return found
            try:
                for start in range(0, len(hashes), 500):
                    chunk = hashes[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT source_hash, translation, parts, split, retried, degenerate FROM translations "
                        f"WHERE namespace = ? AND source_hash IN ({marks}) AND degenerate = 0",
                        [namespace, *chunk],
                    ).fetchall()
                    for digest, text, parts, split, retried, degenerate in rows:
                        source = by_hash[digest]
                        found[source] = SentenceTranslation(
                            source, text, parts, bool(split), bool(retried), bool(degenerate)
                        )
            except sqlite3.Error as exc:
                self._give_up(f"could not be read ({exc})")
                return {}
        return found

    def put_many(self, namespace: str, results: Iterable[SentenceTranslation]) -> None:
        """Store the results that are not degenerate (a degenerate one is translated again next time)."""
        now = time.time()
        rows = [
            (namespace, sentence_hash(r.source), r.text, r.parts, int(r.split), int(r.retried), 0, now)
            for r in results
            if not r.degenerate
        ]
        with self._lock:
            if not rows or self._db is None:
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                self._give_up(f"could not be written ({exc})")

    def stats(self) -> dict[str, Any]:
        with self._lock:
            if self._db is None:
                raise OutputError(self.warning or f"sentence cache {self.path} is not available")
            total = self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
            spaces = self._db.execute("SELECT COUNT(DISTINCT namespace) FROM translations").fetchone()[0]
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        return {"path": str(self.path), "sentences": total, "namespaces": spaces, "bytes": size}

    def clear(self) -> int:
        with self._lock:
            if self._db is None:
                raise OutputError(self.warning or f"sentence cache {self.path} is not available")
            removed = self._db.execute("DELETE FROM translations").rowcount
            self._db.execute("VACUUM")
        return removed

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
