"""An outlet's template, learned from repetition: a line (a block's text) or a sentence that recurs
in several articles of one outlet on different days is that outlet's furniture, not news. This
needs no language rules and follows a site when it redesigns (the idea of template detectors such
as boilerpipe's and jusText's context, Kohlschütter et al. 2010).

Framework-free: the history sits behind `OutletLines` (an in-memory store here; the catalog keeps
it in its outlet_lines(outlet, line_hash, article_id, seen_on) table: pipeline.catalog.outlet_lines,
wired into the build path by pipeline.text.outlet_templates). A line is set aside when it was seen
in at least `min_articles` other articles of the outlet within `window_days`, on two days or more;
an outlet with fewer articles than that in the window falls back to the rules. Two lines are the
same line when they differ only in case, spacing or the date in them (`line_key`: a greeting that
names the day, a copyright year, a time of day); a repeated short heading right before article text
that is kept (a section the outlet runs on every page, "Het weer") stays with its text.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from pipeline.document import Block, BlockKind
from pipeline.text.dutch_rules import MONTHS, WEEKDAYS
from pipeline.text.page_edges import opens_section
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
LABEL_WORDS = 4  # a repeated heading this short before kept article text is a section's name
LIST_ITEM_BLOCKS = 4  # an item of a list of other stories: its title, standfirst and a line or two
CLOSING_REASONS = ("teaser", "link")  # the rules' reasons for the line that closes such an item ("Lees meer »")
# what changes from one page of a template to the next when a date is in it ("Het is maandag 8 mei",
# "© 2025 …", "Bijgewerkt: 17:45"): a date with a month's name, a day's name, a year, a time of day.
# Other numbers stay: lines that differ in a count or a score ("brug 3", "2-1") are different lines.
_MONTH = "|".join(MONTHS)
_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?(?:{_MONTH})(?:\s+\d{{4}})?\b")
_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")


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


def line_key(text: str) -> str:
    """What makes two lines the same template line: case and spacing do not matter, nor the date or
    time of day in it (a template line that names the day it was shown)."""
    text = _DATE.sub("<date>", " ".join(text.split()).casefold())
    return _TIME.sub("<time>", _YEAR.sub("<year>", _DAY.sub("<day>", text)))


def line_hash(text: str) -> str:
    """The hash a line is stored under (of its `line_key`)."""
    return hashlib.sha256(line_key(text).encode("utf-8")).hexdigest()[:32]


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
        pieces = [self._split(block, outlet, repeated) for block in blocks]
        ends = _sections(blocks, pieces)
        named = _section_names(blocks, pieces, ends)
        return [piece for block_pieces in _lists_of_stories(named, ends) for piece in block_pieces]

    def _split(self, block: Block, outlet: str, repeated: dict[str, int]) -> list[Block]:
        units = _units(block)
        if not units:
            return [block]
        if count := repeated.get(line_hash(block.text), 0):
            return [Block(BlockKind.SITE_TEXT, block.text, reason=_reason(count, outlet))]
        if len(units) == 1:
            return [block]
        return _split_sentences(block, [repeated.get(line_hash(s), 0) for s in units[1:]], outlet)


def _section_names(blocks: Sequence[Block], pieces: list[list[Block]], ends: dict[int, int]) -> list[list[Block]]:
    """A repeated short heading right before article text that is kept is the name of a section the
    outlet runs on every page ("Weer", "Het weer") and stays with its text (also where the text breaks
    off under it: page_edges.opens_section) — unless its section (`_sections`) is a list of items that
    each end in one and the same pointer to another story ("Lees meer »" twice or more: `_items`): the
    heading of a list of other stories ("Meer berichten uit de regio"), not a section's name."""
    out = list(pieces)
    filled = [i for i, p in enumerate(out) if p]
    later = {i: filled[n + 1] for n, i in enumerate(filled[:-1])}  # the next block with pieces
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.SUBHEADING or len(block.text.split()) > LABEL_WORDS:
            continue
        if index not in ends or index not in later or _items(out[index + 1 : ends[index]]):
            continue
        following = out[later[index]][0]
        last = later[index] == filled[-1]
        if following.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) or opens_section(following, last=last):
            out[index] = [block]
    return out


def _repeated(block_pieces: Sequence[Block]) -> str:
    """The reason of a block set aside whole as a line the outlet repeats, else ""."""
    reason = block_pieces[0].reason or "" if len(block_pieces) == 1 else ""
    return reason if reason.startswith("repeated") else ""


def _sections(blocks: Sequence[Block], pieces: Sequence[Sequence[Block]]) -> dict[int, int]:
    """Each heading the outlet repeats -> where its section ends: at the next heading the outlet repeats
    (a liveblog's "Update" over each entry, the page's "Lees ook" after a section "Het weer"), else at the
    page's end. Headings the outlet does not repeat stay inside (a list's items may be titled by one)."""
    starts = [i for i, b in enumerate(blocks) if b.kind is BlockKind.SUBHEADING and _repeated(pieces[i])]
    return dict(zip(starts, [*starts[1:], len(blocks)]))


def _lists_of_stories(pieces: list[list[Block]], ends: dict[int, int]) -> list[list[Block]]:
    """After the article's own text (a lede or paragraph kept, or a pointer to the story elsewhere that
    the rules set aside: "link", a stub's "Lees het hele artikel op …"), a heading the outlet repeats on every
    page whose section (`_sections`) is nothing but items that each end in one and the same pointer to
    another story ("Lees meer »"), each item at most LIST_ITEM_BLOCKS blocks (another story's title and
    standfirst), is a list of other stories: its items are set aside with it (reason "teaser under a
    heading repeated in N articles of OUTLET"). A round-up whose items are the article itself has no body
    text above them."""
    out = list(pieces)
    body = False
    for index in range(len(out)):
        reason = _repeated(out[index])
        if body and index in ends and reason and _items(out[index + 1 : ends[index]]):
            aside = f"teaser under a heading {reason}"
            for later in range(index + 1, ends[index]):
                out[later] = [
                    p if p.kind is BlockKind.SITE_TEXT else Block(BlockKind.SITE_TEXT, p.text, reason=aside)
                    for p in out[later]
                ]
        body = body or any(p.kind in (BlockKind.LEDE, BlockKind.PARAGRAPH) or p.reason == "link" for p in out[index])
    return out


def _items(section: Sequence[Sequence[Block]]) -> bool:
    """All of `section` is items closed by one and the same line the rules set aside as a pointer to
    another story (CLOSING_REASONS: "Lees meer »"; not a photo credit or a share line that recurs
    between a section's paragraphs), each at most LIST_ITEM_BLOCKS blocks (the last may be cut off)."""
    keys = [line_key(p.text) if p.reason in CLOSING_REASONS else None for ps in section for p in ps]
    found = Counter(k for k in keys if k).most_common(1)
    if not found or found[0][1] < 2:
        return False
    gaps, run = [], 0
    for key in keys:
        if key == found[0][0]:
            gaps.append(run)
            run = 0
        else:
            run += 1
    return all(0 < gap <= LIST_ITEM_BLOCKS for gap in gaps) and run <= LIST_ITEM_BLOCKS


def _reason(count: int, outlet: str) -> str:
    return f"{REPEATED} {count} articles of {outlet}"


REPEATED = "repeated in"  # a template line's reason opens so: measured across the outlet's articles, not a rule


def set_aside_as_template(block: Block) -> bool:
    """The block was set aside as its outlet's template (repeated in its other articles), not by a rule."""
    return block.kind is BlockKind.SITE_TEXT and (block.reason or "").startswith(REPEATED + " ")


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
