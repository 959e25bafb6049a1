"""Stage 6 — the brief cache: a content-hash key, the file a key maps to, atomic writes.

The key covers everything that changes the brief: the normalised article text, the model ids and
revisions, the generation settings and the format version. Looking a key up reads a few hundred
bytes of one file; it never imports torch or transformers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from pipeline.errors import OutputError
from pipeline.render import FORMAT

SLUG_MAX = 60


def cache_key(content_hash: str, *, translator: str, summarizer: str, settings: dict[str, Any]) -> str:
    payload = {
        "format": FORMAT,
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
        locks.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc} — choose another --out folder") from None
    return FileLock(str(locks / f"{key[:32]}.lock"), timeout=timeout)


def claim(out_dir: Path, key: str, ttl: float) -> bool:
    """Claim the article `key` for this run (an O_EXCL file in OUT/.claims). False if another run
    holds a claim younger than `ttl` seconds; an older claim is taken over (its run died)."""
    import time

    claims = out_dir / ".claims"
    claims.mkdir(parents=True, exist_ok=True)
    path = claims / f"{key[:32]}.claim"
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                age = time.time() - path.stat().st_mtime
            except FileNotFoundError:
                continue  # released in between: try again
            if age < ttl:
                return False
            _remove_quietly(str(path))
            continue
        with os.fdopen(fd, "w") as handle:
            handle.write(f"{os.getpid()}\n")
        return True
    return False


def release(out_dir: Path, key: str) -> None:
    _remove_quietly(str(out_dir / ".claims" / f"{key[:32]}.claim"))


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename:
    readers see the old file or the whole new one, never a part."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(path)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a brief is as readable as any new file
    except OSError as exc:
        raise OutputError(f"cannot write to {path.parent}: {exc.strerror or exc} — choose another --out folder") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        _remove_quietly(temp_name)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc} — check free space and permissions") from None
    except BaseException:
        _remove_quietly(temp_name)
        raise


_TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def remove_stale_temp_files(path: Path) -> None:
    """Remove temporary files that killed writers left in `path`'s folder (their process is gone)."""
    for temp in path.parent.glob(".*.tmp"):
        match = _TEMP_NAME.match(temp.name)
        if match and not _alive(int(match.group(1))):
            _remove_quietly(str(temp))


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


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
