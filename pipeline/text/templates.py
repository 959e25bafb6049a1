"""An outlet's template, learned from repetition: a line (a block's text) or a sentence that recurs
in several articles of one outlet on different days is that outlet's furniture, not news. This
needs no language rules and follows a site when it redesigns (the idea of template detectors such
as boilerpipe's and jusText's context, Kohlschütter et al. 2010).

Framework-free: the history sits behind `OutletLines` (an in-memory store here; the catalog will
keep it in its outlet_lines(outlet, line_hash, article, seen_on) table). A line is set aside when
it was seen in at least `min_articles` other articles of the outlet within `window_days`, on two
days or more; an outlet with fewer articles than that in the window falls back to the rules.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from pipeline.document import Block, BlockKind
from pipeline.text.segment import split_sentences

_CHECKED = (
    BlockKind.HEADLINE,
    BlockKind.PARAGRAPH,
    BlockKind.LEDE,
    BlockKind.SUBHEADING,
    BlockKind.CAPTION,
    BlockKind.BYLINE,
)
MIN_CHARS = 4  # shorter lines ("Ja.", "1-0") recur by chance


@dataclass(frozen=True)
class Sighting:
    article: str
    seen_on: date


class OutletLines(Protocol):
    """Where an outlet's lines were seen (one row per outlet, line hash and article)."""

    def add(self, outlet: str, line_hashes: Iterable[str], article: str, seen_on: date) -> None: ...

    def sightings(self, outlet: str, line_hash: str, since: date) -> list[Sighting]: ...

    def article_count(self, outlet: str, since: date) -> int: ...


class MemoryOutletLines:
    """OutletLines in memory (tests, one process)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], dict[str, date]] = {}
        self._articles: dict[str, dict[str, date]] = {}

    def add(self, outlet: str, line_hashes: Iterable[str], article: str, seen_on: date) -> None:
        self._articles.setdefault(outlet, {})[article] = seen_on
        for line_hash in line_hashes:
            self._seen.setdefault((outlet, line_hash), {})[article] = seen_on

    def sightings(self, outlet: str, line_hash: str, since: date) -> list[Sighting]:
        seen = self._seen.get((outlet, line_hash), {})
        return [Sighting(a, day) for a, day in seen.items() if day >= since]

    def article_count(self, outlet: str, since: date) -> int:
        return sum(1 for day in self._articles.get(outlet, {}).values() if day >= since)


def line_hash(text: str) -> str:
    """The hash a line is stored under: case and spacing do not matter."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()[:32]


def _units(block: Block) -> list[str]:
    """The lines and sentences of a block that can be an outlet's template."""
    if block.kind not in _CHECKED or len(block.text.strip()) < MIN_CHARS:
        return []
    sentences = split_sentences(block.text) if block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) else []
    return [block.text, *(s for s in sentences if len(sentences) > 1 and len(s) >= MIN_CHARS)]


@dataclass(frozen=True)
class TemplateDetector:
    store: OutletLines
    min_articles: int = 3
    window_days: int = 30

    def set_aside(self, blocks: Sequence[Block], *, outlet: str, article: str, day: date) -> list[Block]:
        """The blocks with the outlet's template lines set aside (reason "repeated in N articles of
        OUTLET"); then the article's lines are recorded. Unknown outlets: the blocks unchanged."""
        since = day - timedelta(days=self.window_days)
        known = self.store.article_count(outlet, since) >= self.min_articles
        out = (
            [piece for block in blocks for piece in self._split(block, outlet, article, since)]
            if known
            else list(blocks)
        )
        self.store.add(outlet, {line_hash(u) for b in blocks for u in _units(b)}, article, day)
        return out

    def repeated(self, text: str, outlet: str, article: str, since: date) -> int:
        """In how many other articles of the outlet the line was seen (0 unless on two days or more)."""
        others = [s for s in self.store.sightings(outlet, line_hash(text), since) if s.article != article]
        days = {s.seen_on for s in others}
        return len(others) if len(others) >= self.min_articles and len(days) >= 2 else 0

    def _split(self, block: Block, outlet: str, article: str, since: date) -> list[Block]:
        units = _units(block)
        if not units:
            return [block]
        if count := self.repeated(block.text, outlet, article, since):
            return [Block(BlockKind.SITE_TEXT, block.text, reason=_reason(count, outlet))]
        if len(units) == 1:
            return [block]
        return _split_sentences(block, [self.repeated(s, outlet, article, since) for s in units[1:]], outlet)


def _reason(count: int, outlet: str) -> str:
    return f"repeated in {count} articles of {outlet}"


def _split_sentences(block: Block, counts: Sequence[int], outlet: str) -> list[Block]:
    """A paragraph cut where its repeated sentences are (exact substrings; neighbours merged)."""
    if not any(counts):
        return [block]
    pieces: list[Block] = []
    position = 0
    for sentence, count in zip(split_sentences(block.text), counts):
        start = block.text.find(sentence, position)
        if start < 0:
            return [block]
        end = start + len(sentence)
        piece = block.text[position:end].strip()
        position = end
        kind = BlockKind.SITE_TEXT if count else block.kind
        reason = _reason(count, outlet) if count else None
        if pieces and pieces[-1].kind is kind and (kind is not BlockKind.SITE_TEXT):
            pieces[-1] = replace(pieces[-1], text=f"{pieces[-1].text} {piece}")
        else:
            pieces.append(Block(kind, piece, reason=reason))
    rest = block.text[position:].strip()
    if rest:
        pieces[-1] = replace(pieces[-1], text=f"{pieces[-1].text} {rest}")
    return pieces
