"""Known permanent failures: an inbox file that failed for a reason that will not go away on its
own (bad input) is remembered — by a hash of its bytes and of the settings it failed under, with
the reason and the day it first failed — and not tried again until the file or the settings
change. Kept in OUT/.failures.json, written atomically under a lock; `brief failures` shows and
clears the list."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.errors import OutputError
from pipeline.settings import DELIVERY_SETTINGS, BriefSettings
from pipeline.store.files import write_atomic

# Settings that decide where and how runs go, not whether an article can be briefed.
OPERATIONAL = (
    frozenset(
        {"inbox", "out_dir", "max_concurrency", "batch_articles", "dask_address", "lock_timeout", "notify_webhook"}
    )
    | DELIVERY_SETTINGS
)
LOCK_SECONDS = 60


@dataclass(frozen=True)
class KnownFailure:
    content_hash: str  # sha256 of the file's bytes
    settings_hash: str  # settings_fingerprint() of the run it failed in
    source_name: str
    reason: str  # one line, without the file name
    first_seen: str  # ISO day

    @property
    def ident(self) -> str:
        return f"{self.content_hash}:{self.settings_hash}"


def failures_path(out_dir: Path) -> Path:
    return out_dir / ".failures.json"


def file_hash(path: Path) -> str | None:
    """sha256 of the file's bytes; None if it cannot be read at all."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def settings_fingerprint(settings: BriefSettings) -> str:
    """What a changed setting must change: every setting except the operational ones."""
    values = settings.model_dump(mode="json", exclude=set(OPERATIONAL) & set(BriefSettings.model_fields))
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()[:16]


def load_failures(out_dir: Path) -> list[KnownFailure]:
    try:
        data = json.loads(failures_path(out_dir).read_text(encoding="utf-8"))
        return [KnownFailure(**item) for item in data["failures"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def remember(out_dir: Path, failures: Iterable[KnownFailure]) -> None:
    """Add `failures`; one already known keeps its first day."""
    new = list(failures)
    if not new:
        return
    with _lock(out_dir):
        known = {failure.ident: failure for failure in load_failures(out_dir)}
        for failure in new:
            known.setdefault(failure.ident, failure)
        _save(out_dir, list(known.values()))


def forget(out_dir: Path, names: Iterable[str] | None = None) -> list[KnownFailure]:
    """Clear the known failures of the files named (all of them when `names` is None); returns
    what was cleared, so the next run tries those files again."""
    wanted = None if names is None else set(names)
    with _lock(out_dir):
        known = load_failures(out_dir)
        cleared = [f for f in known if wanted is None or f.source_name in wanted]
        if cleared:
            _save(out_dir, [f for f in known if f not in cleared])
    return cleared


def _save(out_dir: Path, failures: list[KnownFailure]) -> None:
    body = {"failures": [asdict(f) for f in sorted(failures, key=lambda f: (f.first_seen, f.source_name))]}
    write_atomic(failures_path(out_dir), json.dumps(body, ensure_ascii=False, indent=1) + "\n")


def _lock(out_dir: Path):
    from filelock import FileLock

    locks = out_dir / ".locks"
    try:
        locks.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc}") from None
    return FileLock(str(locks / "failures.lock"), timeout=LOCK_SECONDS)
