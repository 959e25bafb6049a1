"""A dataclass of plain values (StoryState) to JSON and back. Generic on purpose: a field the
clusterer adds later is kept without touching this module, and a field it drops is ignored when an
older row is read (a missing field takes its default)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, frozenset | set):
        return {"$set": sorted((encode(v) for v in value), key=repr)}
    if isinstance(value, tuple | list):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, Mapping):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"$map": [[encode(k), encode(v)] for k, v in value.items()]}
    return value


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        (tag, inner), *_ = value.items()
        if tag == "$dt":
            return datetime.fromisoformat(inner)
        if tag == "$date":
            return date.fromisoformat(inner)
        if tag == "$set":
            return frozenset(_hashable(decode(v)) for v in inner)
        if tag == "$tuple":
            return tuple(decode(v) for v in inner)
        if tag == "$map":
            return {_hashable(decode(k)): decode(v) for k, v in inner}
    return {k: decode(v) for k, v in value.items()}


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def to_json(state: Any) -> dict[str, Any]:
    return encode(state)


def from_json(cls: type[T], data: Mapping[str, Any]) -> T:
    """An instance of the dataclass `cls` from `to_json`'s output; unknown keys are ignored."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: decode(v) for k, v in data.items() if k in names})
