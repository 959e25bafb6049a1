"""Files the product writes: atomically (a temporary file and a rename), never half-written."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from pipeline.errors import OutputError


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename:
    readers see the old file or the whole new one, never a part."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(path)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a brief is as readable as any new file
    except OSError as exc:
        raise OutputError(
            f"cannot write to {path.parent}: {exc.strerror or exc} — choose another --out folder"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        remove_quietly(temp_name)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc} — check free space and permissions") from None
    except BaseException:
        remove_quietly(temp_name)
        raise


_TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def remove_stale_temp_files(path: Path) -> None:
    """Remove temporary files that killed writers left in `path`'s folder (their process is gone)."""
    for temp in path.parent.glob(".*.tmp"):
        match = _TEMP_NAME.match(temp.name)
        if match and not _alive(int(match.group(1))):
            remove_quietly(str(temp))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
