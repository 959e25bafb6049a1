"""The local model store's automatic side: convert a model for CTranslate2 on first use, once.

With `--backend auto` (the default) and ctranslate2 installed, the first process that needs a
model converts it (int8 by default) into MODELS_DIR/ct2/<slug>-<quantization>, and every later
run loads that directory. The conversion is

* atomic: `convert_model` writes into a temporary directory renamed into place, so a killed
  conversion leaves at most a hidden `.…tmp` directory, never a half-written model;
* done once: a file lock per target (`<target>.lock`) makes concurrent processes wait for the
  first one and then find its result;
* remembered when CTranslate2 cannot convert the model: a small `<target>.unconvertible.json`
  (with the weights' fingerprint) makes every later run use torch without trying again.

Cheap to import: the lock, the marker and the lookups import neither torch nor ctranslate2.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.document import ModelRef
from pipeline.engines.convert import (
    ConversionUnsupported,
    convert_model,
    converted_dir,
    find_converted,
    guess_role,
    remove_work_dirs,
)
from pipeline.engines.hub import model_fingerprint

log = logging.getLogger("dutch_brief")

Progress = Callable[[str, int, int], None]  # (stage, done, total)
CONVERT_LOCK_TIMEOUT = 3600.0  # seconds a process waits for another one converting the same model


def ct2_installed() -> bool:
    return importlib.util.find_spec("ctranslate2") is not None


def marker_path(models_dir: Path, ref: ModelRef, quantization: str) -> Path:
    target = converted_dir(models_dir, ref.name, quantization)
    return target.with_name(f"{target.name}.unconvertible.json")


def refused(models_dir: Path, ref: ModelRef, quantization: str) -> str | None:
    """Why CTranslate2 could not convert these weights (recorded by an earlier run), else None."""
    try:
        data = json.loads(marker_path(models_dir, ref, quantization).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != model_fingerprint(ref):
        return None  # other weights now: worth trying again
    return str(data.get("reason") or "unsupported")


def ensure_converted(
    models_dir: Path,
    ref: ModelRef,
    *,
    role: str,
    quantization: str,
    progress: Progress | None = None,
) -> Path | None:
    """The converted directory of `ref`, converting it first if no process has (a one-line notice
    on the `dutch_brief` logger; `progress` gets the step); None when CTranslate2 cannot convert
    this model (one warning, recorded so later runs skip the attempt).
    Raises ModelUnavailableError when the model itself cannot be loaded."""
    found = find_converted(models_dir, ref.name, revision=ref.revision, quantization=quantization)
    if found is not None or refused(models_dir, ref, quantization) is not None:
        return found
    with convert_lock(models_dir, ref, quantization):
        found = find_converted(models_dir, ref.name, revision=ref.revision, quantization=quantization)
        if found is not None or refused(models_dir, ref, quantization) is not None:
            return found  # another process converted it (or found it cannot be) while we waited
        target = converted_dir(models_dir, ref.name, quantization)
        log.warning(
            f"first use of {role} {ref.name}: converting it to CTranslate2 {quantization} once, into {target} "
            "(later runs load it; --backend torch keeps exact fp32 output)"
        )
        if progress:
            progress(f"convert {role}", 0, 1)
        try:
            converted = convert_locked(models_dir, ref, role=role, quantization=quantization)
        except ConversionUnsupported as exc:
            _record_refusal(models_dir, ref, quantization, str(exc))
            log.warning("%s — using torch for it", exc)
            return None
        if progress:
            progress(f"convert {role}", 1, 1)
        return converted


@contextmanager
def convert_lock(models_dir: Path, ref: ModelRef, quantization: str) -> Iterator[None]:
    """The file lock of one conversion target: one process converts it, the others wait (past
    CONVERT_LOCK_TIMEOUT: BusyError, one line naming the lock)."""
    from filelock import FileLock, Timeout

    from pipeline.errors import BusyError

    target = converted_dir(models_dir, ref.name, quantization)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(target.with_name(f"{target.name}.lock")), timeout=CONVERT_LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise BusyError(
            f"another process has been converting {ref.name} for over {CONVERT_LOCK_TIMEOUT:.0f} s (lock "
            f"{lock.lock_file}) — let it finish, then try again"
        ) from None
    try:
        yield
    finally:
        lock.release()


def convert_locked(models_dir: Path, ref: ModelRef, *, role: str | None, quantization: str) -> Path:
    """Convert `ref` into the store (the caller holds `convert_lock`): leftovers of killed
    conversions are removed first; a translator gets its batch size measured (engines.tune).
    `role` None: guessed from the model (convert.guess_role)."""
    target = converted_dir(models_dir, ref.name, quantization)
    remove_work_dirs(target)
    role = role or guess_role(ref.name)
    return convert_model(
        ref.name, target, revision=ref.revision, quantization=quantization, role=role, tune=role == "translator"
    )


def _record_refusal(models_dir: Path, ref: ModelRef, quantization: str, reason: str) -> None:
    """The marker, written atomically (a temporary file renamed into place)."""
    data = {"source": ref.name, "fingerprint": model_fingerprint(ref), "quantization": quantization, "reason": reason}
    marker = marker_path(models_dir, ref, quantization)
    temp = marker.with_name(f".{marker.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(temp, marker)
