"""Files the product writes: atomically (a temporary file and a rename), never half-written, with
explicit modes (never world-writable, whatever the umask; the process umask is never changed).

Temporary files are named `.<name>.<host>.<pid>.<random>.tmp`. A folder may be shared between
machines: a stale temporary file is removed by its own host once its process is gone, by any host
only when it is older than STALE_AFTER. A write whose temporary file vanished is done again.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import socket
import time
from pathlib import Path

from pipeline.errors import OutputError

FILE_MODE = 0o644  # briefs, digests, the sentence cache: readable by all, writable by the owner only
DIR_MODE = 0o755
STALE_AFTER = 6 * 3600.0  # seconds: no write takes this long; older temporary files are left-overs
_ATTEMPTS = 3


def host_name() -> str:
    """This machine's name as it appears in temporary file names (letters, digits, '-')."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", socket.gethostname()).strip("-") or "host"


def make_dirs(folder: Path) -> None:
    """Create `folder` and missing parents with DIR_MODE (mkdir's default, 0o777, is world-writable under umask 0)."""
    missing = []
    for parent in (folder, *folder.parents):
        if parent.is_dir():
            break
        missing.append(parent)
    for parent in reversed(missing):
        try:
            os.mkdir(parent, DIR_MODE)
        except FileExistsError:
            if not parent.is_dir():  # a file stands where the folder should be
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(parent)) from None


def create_file(path: Path, mode: int = FILE_MODE) -> bool:
    """Create `path` empty with `mode` (the umask can only narrow it) unless it exists; True if created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def write_if_changed(path: Path, text: str) -> bool:
    """`write_atomic` unless `path` holds `text` already (a feed, a digest rewritten after every run);
    compared as bytes: an old file that is not UTF-8 (damaged, another tool's, an editor's) differs
    and is written again. Returns whether it was written."""
    data = text.encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
    except OSError:
        pass  # unreadable: written again (write_atomic says why if it cannot be)
    write_atomic(path, text)
    return True


def write_atomic(path: Path, text: str, mode: int = FILE_MODE) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename:
    readers see the old file or the whole new one, never a part."""
    write_bytes_atomic(path, text.encode("utf-8"), mode)


def write_bytes_atomic(
    path: Path, data: bytes, mode: int = FILE_MODE, *, sync: bool = True, clean: bool = True
) -> None:
    """`write_atomic` of bytes. `sync=False` skips the fsync (files a later synced write makes
    current, as the web edition's pages before its manifest); `clean=False` leaves stale temporary
    files to the caller (who writes many files to one folder and cleans it once)."""
    try:
        make_dirs(path.parent)
        if clean:
            remove_stale_temp_files(path)
    except OSError as exc:
        raise OutputError(
            f"cannot write to {path.parent}: {exc.strerror or exc} — choose another --out folder"
        ) from None
    for attempt in range(_ATTEMPTS):
        try:
            _write_once(path, data, mode, sync)
            return
        except FileNotFoundError:  # another process removed our temporary file or the folder: again
            if attempt == _ATTEMPTS - 1:
                raise OutputError(f"cannot write {path}: its folder keeps disappearing") from None
            make_dirs(path.parent)
        except OSError as exc:
            raise OutputError(
                f"cannot write {path}: {exc.strerror or exc} — check free space and permissions"
            ) from None


def _write_once(path: Path, data: bytes, mode: int, sync: bool) -> None:
    temp = path.parent / f".{path.name}.{host_name()}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        remove_quietly(str(temp))
        raise


_TEMP_NAME = re.compile(r"^\..+\.(?P<host>[A-Za-z0-9-]+)\.(?P<pid>\d+)\.[0-9a-f]+\.tmp$")


def remove_stale_temp_files(path: Path, *, now: float | None = None) -> None:
    """Remove temporary files that killed writers left in `path`'s folder: this host's whose
    process is gone, and anyone's older than STALE_AFTER. Never fails (another process may be
    cleaning up at the same moment)."""
    now = time.time() if now is None else now
    here = host_name()
    for temp in path.parent.glob(".*.tmp"):
        match = _TEMP_NAME.match(temp.name)
        mine = match is not None and match.group("host") == here
        try:
            old = now - temp.stat().st_mtime > STALE_AFTER
        except OSError:
            continue
        if old or (mine and match is not None and not _alive(int(match.group("pid")))):
            remove_quietly(str(temp))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
