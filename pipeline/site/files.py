"""Atomic file writes for the site: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pipeline.errors import OutputError


def write_file(path: Path, data: bytes, *, sync: bool = False) -> None:
    """Atomically: a temporary file beside it, then a rename (fsync'd when `sync`: the manifest)."""
    temp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        try:
            temp.unlink()
        except OSError:
            pass
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc} — check free space and permissions, or choose another --out folder"
        ) from None
