"""Event marks by kind: a mark is "kind:value" (`events`); two articles whose marks of one kind share no value
tell of two events (two things burned, two kinds of weather warned of, two times of day)."""

from __future__ import annotations

from collections.abc import Iterable


def of_kind(marks: Iterable[str], kind: str) -> set[str]:
    """The values of the marks of this kind ("burned:farm" → "farm")."""
    return {m.split(":", 1)[1] for m in marks if m.startswith(kind + ":")}


def apart(article: Iterable[str], story: Iterable[str], kind: str) -> bool:
    """Both have marks of this kind, and share none."""
    mine, theirs = of_kind(article, kind), of_kind(story, kind)
    return bool(mine and theirs) and not mine & theirs


def alone(article: Iterable[str], story: Iterable[str], kind: str) -> bool:
    """One has marks of this kind and the other none (a market report and a story of no market; a release and a
    story of no release)."""
    return bool(of_kind(article, kind)) != bool(of_kind(story, kind))


def clash_of(article: Iterable[str], story: Iterable[str], kind: str) -> bool:
    """One has marks of this kind and the other none, or both have and share none: two events."""
    return alone(article, story, kind) or apart(article, story, kind)
