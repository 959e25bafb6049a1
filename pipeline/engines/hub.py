"""Model references and loading (transformers AutoTokenizer + AutoModelForSeq2SeqLM).

The default models and their pinned revisions live in pipeline.settings. A model is named by a hub id (loaded at a pinned revision,
from the Hugging Face cache when it is there — HF_HOME and HF_HUB_OFFLINE are honoured by
huggingface_hub itself) or by a local directory saved with `save_pretrained`.
torch and transformers are imported inside the functions, never at module import time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.document import ModelRef
from pipeline.engines.base import check_device_name, input_limit
from pipeline.errors import ModelUnavailableError, first_line

log = logging.getLogger(__name__)


_COMMIT = re.compile(r"[0-9a-f]{40}")


def model_fingerprint(ref: ModelRef) -> str:
    """What identifies the weights without loading them: the resolved commit of a hub model, or a
    digest of file names, sizes and modification times for a local directory."""
    path = Path(ref.name).expanduser()
    if not path.is_dir():
        return resolved_commit(ref)
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(f"{file.relative_to(path)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return "local-" + digest.hexdigest()[:16]


def resolved_commit(ref: ModelRef) -> str:
    """The commit a hub revision (a pinned commit, a branch or a tag; default "main") stands for,
    read from the Hugging Face cache's refs/ files — what transformers loads offline. Cheap: two
    small file reads, no huggingface_hub call. A revision not in the cache yet: "<revision>@unresolved"."""
    revision = ref.revision or "main"
    if _COMMIT.fullmatch(revision):
        return revision
    refs = hub_cache_dir() / f"models--{ref.name.replace('/', '--')}" / "refs" / revision
    try:
        commit = refs.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return f"{revision}@unresolved"
    return commit if _COMMIT.fullmatch(commit) else f"{revision}@unresolved"


def hub_cache_dir() -> Path:
    """The Hugging Face hub cache, located as huggingface_hub locates it (HF_HUB_CACHE, HF_HOME, XDG_CACHE_HOME)."""
    explicit = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(os.environ.get("XDG_CACHE_HOME") or "~/.cache", "huggingface")
    return Path(home).expanduser() / "hub"


@dataclass
class LoadedModel:
    """A tokenizer and a seq2seq model, ready for `generate`."""

    ref: ModelRef
    tokenizer: Any
    model: Any
    device: str
    resolved_revision: str  # the commit actually loaded (from the hub cache's refs), or the local fingerprint

    @property
    def max_input_tokens(self) -> int:
        """How many tokens (special tokens included) one input may have: the smaller of the
        tokenizer's model_max_length and the model's position embeddings."""
        return input_limit(
            getattr(self.model.config, "max_position_embeddings", None),
            getattr(self.tokenizer, "model_max_length", None),
        )


def resolve_device(device: str) -> str:
    """'auto' -> 'cuda' when available, else 'cpu'."""
    check_device_name(device)
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelUnavailableError("--device cuda was asked for but no CUDA device is available — use --device cpu")
    return device


def load_seq2seq(ref: ModelRef, *, role: str, device: str = "auto") -> LoadedModel:
    """Load tokenizer + model for `ref`. Raises ModelUnavailableError with one actionable sentence.

    A hub model is looked up in the local cache first (works offline); only if it is missing
    there is the hub asked (unless HF_HUB_OFFLINE=1).
    """
    local = Path(ref.name).expanduser()
    if _looks_like_path(ref.name) and not local.is_dir():
        raise ModelUnavailableError(
            f"{role} {ref.name!r}: no such model directory — pass a directory saved with save_pretrained, or a hub id"
        )
    target_device = resolve_device(device)
    if local.is_dir():
        tokenizer, model = _load(str(local), None, role=role, ref=ref, local_only=True)
        revision = model_fingerprint(ref)
    else:
        try:
            tokenizer, model = _load(ref.name, ref.revision, role=role, ref=ref, local_only=True)
        except ModelUnavailableError:
            if _offline():
                raise
            problem = _hub_unreachable()
            if problem:
                option = "--translator" if role == "translator" else "--summarizer"
                raise ModelUnavailableError(
                    f"{role} {ref.describe()} is not in the Hugging Face cache ({_hf_home()}) and the hub cannot be "
                    f"reached ({problem}) — connect to the internet once to download it, or pass {option} DIR with a local copy"
                ) from None
            log.info("%s %s is not cached; downloading it from the hub", role, ref.describe())
            tokenizer, model = _load(ref.name, ref.revision, role=role, ref=ref, local_only=False)
        revision = resolved_commit(ref)  # transformers 5 no longer records it in the config
    model.to(target_device)
    model.eval()
    return LoadedModel(ref=ref, tokenizer=tokenizer, model=model, device=target_device, resolved_revision=revision)


def _looks_like_path(name: str) -> bool:
    """A hub id is `name` or `org/name`; anything else, or a name whose first part is a local
    folder (`models/opus-mt-nl-en`), is a path."""
    if name.startswith(("/", ".", "~")) or name.count("/") > 1 or Path(name).expanduser().exists():
        return True
    return "/" in name and Path(name.split("/", 1)[0]).is_dir()


def _hf_home() -> str:
    return os.environ.get("HF_HOME") or "~/.cache/huggingface"


def _hub_unreachable(timeout: float = 5.0) -> str | None:
    """One quick connection attempt to the hub (huggingface_hub would otherwise retry for a minute)."""
    import socket
    from urllib.parse import urlparse

    from huggingface_hub import constants

    endpoint = urlparse(constants.ENDPOINT)
    host = endpoint.hostname or ""
    port = endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except OSError as exc:
        return exc.strerror or type(exc).__name__


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def _load(source: str, revision: str | None, *, role: str, ref: ModelRef, local_only: bool) -> tuple[Any, Any]:
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    from huggingface_hub.utils import logging as hub_logging

    hub_logging.set_verbosity_error()
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, revision=revision, local_files_only=local_only)
        model = AutoModelForSeq2SeqLM.from_pretrained(source, revision=revision, local_files_only=local_only)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        raise ModelUnavailableError(_unavailable_message(role, ref, local_only, exc)) from exc
    return tokenizer, model


def _unavailable_message(role: str, ref: ModelRef, local_only: bool, exc: BaseException) -> str:
    option = "--translator" if role == "translator" else "--summarizer"
    if Path(ref.name).expanduser().is_dir():
        return f"{role} {ref.name!r} cannot be loaded ({first_line(exc)}) — check that the directory holds a complete save_pretrained model"
    hf_home = _hf_home()
    if local_only and _offline():
        return (
            f"{role} {ref.describe()} is not in the Hugging Face cache ({hf_home}) and HF_HUB_OFFLINE is set "
            f"— run once online to download it, or pass {option} DIR with a local copy"
        )
    if local_only:
        return f"{role} {ref.describe()} is not in the Hugging Face cache ({hf_home})"
    return (
        f"{role} {ref.describe()} could not be downloaded and is not in the Hugging Face cache ({hf_home}) "
        f"— connect to the internet once, or pass {option} DIR with a local copy"
    )
