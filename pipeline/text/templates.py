"""An outlet's template, learned from repetition: a line (a block's text) or a sentence that recurs
in several articles of one outlet on different days is that outlet's furniture, not news. This
needs no language rules and follows a site when it redesigns (the idea of template detectors such
as boilerpipe's and jusText's context, Kohlschütter et al. 2010).

Framework-free: the history sits behind `OutletLines` (an in-memory store here; the catalog keeps
it in its outlet_lines(outlet, line_hash, article_id, seen_on) table: pipeline.catalog.outlet_lines,
wired into the build path by pipeline.text.outlet_templates). A line is set aside when it was seen
in at least `min_articles` other articles of the outlet within `window_days`, on two days or more;
an outlet with fewer articles than that in the window falls back to the rules.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
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


class OutletLines(Protocol):
    """Where an outlet's lines were seen (one row per outlet, line hash and article): in memory
    (MemoryOutletLines) or in the catalog's outlet_lines table (pipeline.catalog.outlet_lines)."""

    def add(self, outlet: str, line_hashes: Iterable[str], article: str, seen_on: date) -> None: ...

    def counts(
        self, outlet: str, line_hashes: Collection[str], since: date, *, exclude: str
    ) -> dict[str, tuple[int, int]]:
        """line hash -> (articles, distinct days) it was seen in since `since`, `exclude` not counted."""
        ...

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

    def counts(
        self, outlet: str, line_hashes: Collection[str], since: date, *, exclude: str
    ) -> dict[str, tuple[int, int]]:
        found = {}
        for line_hash in line_hashes:
            days = [d for a, d in self._seen.get((outlet, line_hash), {}).items() if d >= since and a != exclude]
            if days:
                found[line_hash] = (len(days), len(set(days)))
        return found

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


def article_units(blocks: Sequence[Block]) -> set[str]:
    """The hashes an article's lines are recorded under (what was set aside as repeated too: a
    template line keeps counting)."""
    return {line_hash(u) for b in blocks for u in _units(b)} | {
        line_hash(b.text) for b in blocks if b.kind is BlockKind.SITE_TEXT and len(b.text.strip()) >= MIN_CHARS
    }


@dataclass(frozen=True)
class TemplateDetector:
    store: OutletLines
    min_articles: int = 3
    window_days: int = 30

    def set_aside(self, blocks: Sequence[Block], *, outlet: str, article: str, day: date) -> list[Block]:
        """The blocks with the outlet's template lines set aside, then the article's lines recorded."""
        out = self.check(blocks, outlet=outlet, article=article, day=day)
        self.store.add(outlet, article_units(out), article, day)
        return out

    def check(self, blocks: Sequence[Block], *, outlet: str, article: str, day: date) -> list[Block]:
        """The blocks with the outlet's template lines set aside (reason "repeated in N articles of
        OUTLET"), nothing recorded. An outlet with fewer than `min_articles` articles in the window:
        the blocks unchanged (the rules alone)."""
        since = day - timedelta(days=self.window_days)
        if self.store.article_count(outlet, since) < self.min_articles:
            return list(blocks)
        hashes = {line_hash(u) for b in blocks for u in _units(b)}
        seen = self.store.counts(outlet, hashes, since, exclude=article) if hashes else {}
        repeated = {h: n for h, (n, days) in seen.items() if n >= self.min_articles and days >= 2}
        if not repeated:
            return list(blocks)
        return [piece for block in blocks for piece in self._split(block, outlet, repeated)]

    def _split(self, block: Block, outlet: str, repeated: dict[str, int]) -> list[Block]:
        units = _units(block)
        if not units:
            return [block]
        if count := repeated.get(line_hash(block.text), 0):
            return [Block(BlockKind.SITE_TEXT, block.text, reason=_reason(count, outlet))]
        if len(units) == 1:
            return [block]
        return _split_sentences(block, [repeated.get(line_hash(s), 0) for s in units[1:]], outlet)


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
