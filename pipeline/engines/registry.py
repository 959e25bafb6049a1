"""Engines loaded once per process: every caller asking for the same model gets the same engine.

Loading a model takes seconds and hundreds of MB; a worker process briefing many articles must
pay it once. `loaded()` tells which models this process holds (flows and tests check "once").
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from pipeline.document import ModelRef
from pipeline.engines.base import Seq2SeqEngine

_ENGINES: dict[tuple[str, str, str], Seq2SeqEngine] = {}
_LOCK = threading.Lock()


def torch_engine(ref: ModelRef, *, role: str, device: str = "auto") -> Seq2SeqEngine:
    """The torch engine for `ref`, loaded on first use."""

    def load() -> Seq2SeqEngine:
        from pipeline.engines.hub import load_seq2seq
        from pipeline.engines.torch_engine import TorchEngine

        return TorchEngine(load_seq2seq(ref, role=role, device=device))

    return _memo(("torch", f"{ref.describe()}#{role}", device), load)


def ct2_engine(model_dir: Path, *, device: str = "cpu") -> Seq2SeqEngine:
    """The CTranslate2 engine of a converted model directory, loaded on first use."""

    def load() -> Seq2SeqEngine:
        from pipeline.engines.ct2_load import load_ct2

        return load_ct2(model_dir, device=device)

    return _memo(("ct2", str(Path(model_dir).resolve()), device), load)


def _memo(key: tuple[str, str, str], load: Any) -> Seq2SeqEngine:
    with _LOCK:  # one load at a time: two threads asking for one model load it once
        if key not in _ENGINES:
            _ENGINES[key] = load()
        return _ENGINES[key]


def loaded() -> list[tuple[str, str, str]]:
    """(backend, model, device) of every engine this process has loaded."""
    with _LOCK:
        return list(_ENGINES)


def unload_all() -> None:
    with _LOCK:
        _ENGINES.clear()
