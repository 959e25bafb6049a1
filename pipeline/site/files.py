"""Atomic file writes for the site: pipeline.store.files' writer (a temporary file beside the
target, then a rename; explicit modes). A killed build's temporary files are removed by the next
build (`remove_stale`), once per folder, not on every write."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.store.files import remove_stale_temp_files, write_bytes_atomic


def write_file(path: Path, data: bytes, *, sync: bool = False) -> None:
    """Atomically: a temporary file beside it, then a rename (fsync'd when `sync`: the manifest).
    Raises OutputError (one line) when it cannot be written."""
    write_bytes_atomic(path, data, sync=sync, clean=False)


def remove_stale(folders: Iterable[Path]) -> None:
    """Remove the temporary files killed writers left in `folders` (pipeline.store.files' rules)."""
    for folder in set(folders):
        if folder.is_dir():
            remove_stale_temp_files(folder / "-")
