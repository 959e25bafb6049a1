"""Files the product writes: explicit modes whatever the umask, temp files safe on shared folders."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.catalog.db import open_catalog
from pipeline.catalog.failures import remember
from pipeline.document import SentenceTranslation
from pipeline.settings import BriefSettings
from pipeline.store import files
from pipeline.store.briefs import brief_lock
from pipeline.store.digests import save_digest
from pipeline.store.failures import KnownFailure
from pipeline.store.files import STALE_AFTER, host_name, write_atomic
from pipeline.store.sentences import SentenceCache


@pytest.fixture(params=[0o000, 0o022])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def _world_writable(path: Path) -> bool:
    return bool(path.stat().st_mode & stat.S_IWOTH)


def test_nothing_the_product_writes_is_world_writable(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "new" / "out"
    write_atomic(out / "brief.md", "text\n")
    save_digest(out, "2026-12-01", "# digest\n")
    remember(open_catalog(BriefSettings(out_dir=out)), [KnownFailure("a" * 64, "s", "a.txt", "empty", "2026-12-01")])
    with brief_lock(out, "ab" * 32, timeout=1):
        lock_files = list((out / ".locks").iterdir())
    cache = SentenceCache(tmp_path / "cache" / "translations.sqlite")
    cache.put_many("ns", [SentenceTranslation("Zin.", "Sentence.")])
    written = [p for p in tmp_path.rglob("*")]
    assert lock_files and any(p.name.endswith("-wal") for p in written)
    assert {p.name for p in written} >= {"brief.md", "digest-2026-12-01.md", "catalog.sqlite", "catalog.sqlite-wal"}
    assert [str(p.relative_to(tmp_path)) for p in written if _world_writable(p)] == []
    assert (out / "brief.md").stat().st_mode & 0o777 == 0o644 & ~umask
    cache.close()


def test_writing_never_changes_the_process_umask(tmp_path: Path, monkeypatch) -> None:
    """Prefect runs tasks in threads: a process-wide umask of 0, even for a moment, leaks into their files."""

    def forbidden(mask: int) -> int:
        raise AssertionError("os.umask called")

    monkeypatch.setattr(os, "umask", forbidden)
    write_atomic(tmp_path / "brief.md", "text\n")
    SentenceCache(tmp_path / "t.sqlite").close()
    assert (tmp_path / "brief.md").read_text() == "text\n"


def _temp(folder: Path, host: str, pid: int, age: float = 0.0) -> Path:
    path = folder / f".brief.md.{host}.{pid}.{os.urandom(4).hex()}.tmp"
    path.write_text("partial")
    if age:
        past = time.time() - age
        os.utime(path, (past, past))
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temp_files_are_named_with_host_and_pid(tmp_path: Path, monkeypatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(Path(src).name)
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(tmp_path / "brief.md", "text\n")
    assert len(seen) == 1 and seen[0].startswith(f".brief.md.{host_name()}.{os.getpid()}.")


def test_stale_temp_files_are_removed_only_by_their_host_or_by_age(tmp_path: Path) -> None:
    dead = _dead_pid()
    other_host_fresh = _temp(tmp_path, "other-machine", dead)  # its writer may be alive over there
    other_host_old = _temp(tmp_path, "other-machine", dead, age=STALE_AFTER + 60)
    mine_dead = _temp(tmp_path, host_name(), dead)
    mine_alive = _temp(tmp_path, host_name(), os.getpid())
    write_atomic(tmp_path / "brief.md", "text\n")
    assert other_host_fresh.exists() and mine_alive.exists()
    assert not other_host_old.exists() and not mine_dead.exists()


def test_a_write_survives_another_process_removing_its_temp_file(tmp_path: Path, monkeypatch) -> None:
    real_fsync = os.fsync
    removed: list[str] = []

    def cleaner(fd: int) -> None:  # another process "cleans up" our temp file mid-write, once
        real_fsync(fd)
        for temp in tmp_path.glob(".*.tmp"):
            if not removed:
                temp.unlink()
                removed.append(temp.name)

    monkeypatch.setattr(os, "fsync", cleaner)
    write_atomic(tmp_path / "brief.md", "whole text\n")
    assert removed and (tmp_path / "brief.md").read_text() == "whole text\n"
    assert list(tmp_path.glob(".*.tmp")) == []


def test_stale_cleanup_never_fails_when_files_vanish(tmp_path: Path, monkeypatch) -> None:
    _temp(tmp_path, host_name(), _dead_pid())
    real_unlink = os.unlink

    def gone(name, *args, **kwargs):
        real_unlink(name)
        raise FileNotFoundError(2, "No such file or directory")  # someone else removed it first

    monkeypatch.setattr(os, "unlink", gone)
    files.remove_stale_temp_files(tmp_path / "brief.md")
    monkeypatch.setattr(os, "unlink", real_unlink)
    write_atomic(tmp_path / "brief.md", "text\n")
    assert (tmp_path / "brief.md").read_text() == "text\n"
