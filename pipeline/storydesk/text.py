"""What the clusterer reads of a brief: its Dutch text (the article's own blocks, never site text),
its outlet and its time. Any source counts: a text or Markdown file (front matter `outlet` and
`date`), a page, a feed item. An article without a usable publication date (pipeline.times: none
before 1990), or with one later than its brief, counts as published when it was briefed (one bad date
must not move the window); a date without a time of day is kept as such (`ArticleText.timed`: see
`stories.dates.day_gap_hours`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

from pipeline.document import ARTICLE_TEXT_KINDS, Article, BlockKind, Brief
from pipeline.store.brief_files import MARK, BriefFile, Written, unescape, written_blocks
from pipeline.stories.features import ArticleText
from pipeline.text.segment import split_sentences
from pipeline.times import parse_time

UNKNOWN_OUTLET = "unknown"


def outlet_of(brief: Brief) -> str:
    meta, origin = brief.article.meta, brief.article.origin
    return _outlet(meta.outlet or (origin.outlet if origin else None), (origin.url if origin else None) or meta.url)


def _outlet(named: str | None, url: str | None) -> str:
    """The outlet named, else the host of the article's URL, else UNKNOWN_OUTLET."""
    host = urlsplit(url).hostname if url else None
    outlet = named or (host.removeprefix("www.") if host else None)
    return (outlet or UNKNOWN_OUTLET).strip() or UNKNOWN_OUTLET


def _given(article: Article) -> tuple[datetime, bool] | None:
    """The publication time the article gives (its metadata, its page or feed item, a front matter
    `date`), and whether it gave a time of day: a date alone ("2026-03-02", a printed paper's, a
    front matter's) gives none (`ArticleText.timed`)."""
    meta, origin = article.meta, article.origin
    return _first_time((meta.published, origin.published if origin else None, dict(meta.extra).get("date")))


def _first_time(values: Sequence[object]) -> tuple[datetime, bool] | None:
    for value in values:
        found = parse_time(value)
        if found is not None:
            return found, not _date_only(value)
    return None


def article_published(article: Article) -> datetime | None:
    """The publication time the article gives, if any."""
    given = _given(article)
    return given[0] if given else None


def _published(brief: Brief) -> tuple[datetime, bool]:
    """The article's publication time and whether its source gave a time of day; none, or one later
    than its brief: when it was briefed."""
    return _until_briefed(_given(brief.article), brief.created_at)


def _until_briefed(given: tuple[datetime, bool] | None, created_at: object) -> tuple[datetime, bool]:
    briefed = parse_time(created_at) or datetime.now(UTC)
    return given if given is not None and given[0] <= briefed else (briefed, True)


def _date_only(value: object) -> bool:
    """An ISO date without a time ("2026-03-02")."""
    return isinstance(value, str) and len(value.strip()) == 10


def stream_order(articles: Sequence[Article | None]) -> list[int]:
    """The indexes of `articles` in the order the clusterer must meet them: by publication time, the
    undated (and the unknown, None) last (they count as published when briefed), ties in the given
    order. A batch (a feed lists its newest item first) is then met as the stream it is: a wire copy
    comes after the article it copies, so it is recognised as the copy."""

    def when(i: int) -> tuple[bool, datetime, int]:
        article = articles[i]
        found = article_published(article) if article is not None else None
        return (found is None, found or datetime.max.replace(tzinfo=UTC), i)

    return sorted(range(len(articles)), key=when)


def article_text(brief: Brief) -> ArticleText:
    blocks = brief.article.blocks
    title = brief.article.meta.headline or next((b.text for b in blocks if b.kind == BlockKind.HEADLINE), "")
    body = "\n\n".join(b.text for b in blocks if b.kind in ARTICLE_TEXT_KINDS and b.kind != BlockKind.HEADLINE)
    published, timed = _published(brief)
    return ArticleText(brief.cache_key, outlet_of(brief), published, title or "", body, timed)


LEAD_SENTENCES = 6  # English sentences of an article's own text kept for its story's summary


def english_lead(brief: Brief) -> list[str]:
    """The first English sentences of the article's own text (headline left out): what a story
    summary is made from."""
    out: list[str] = []
    for block in brief.blocks:
        if block.block.kind not in ARTICLE_TEXT_KINDS or block.block.kind == BlockKind.HEADLINE:
            continue
        for sentence in block.sentences:
            if sentence.text.strip():
                out.append(sentence.text.strip())
                if len(out) == LEAD_SENTENCES:
                    return out
    return out


# -- the same read of a brief file (`brief catalog rebuild`: its stories joined again) ---------------

_FILE_TEXT_KINDS = {Written.PARAGRAPH, Written.LIST, Written.QUOTE, Written.LIVEBLOG}  # a lede is a paragraph


def file_text(brief: BriefFile) -> ArticleText | None:
    """What the clusterer reads of a brief file, as `article_text` reads the brief it was written from:
    its front matter's key, outlet and dates, its article section's Dutch (None: no cache key)."""
    front = brief.front
    key = front.get("cache_key")
    if not isinstance(key, str) or not key:
        return None
    text = lambda name: value if isinstance(value := front.get(name), str) and value else None
    extra = front.get("source_metadata")
    given = _first_time((front.get("published"), extra.get("date") if isinstance(extra, dict) else None))
    published, timed = _until_briefed(given, front.get("created_at"))
    blocks = written_blocks(brief.body)
    first = blocks[0] if blocks and blocks[0].kind is Written.HEADING else None
    title = text("source_title") or (first.dutch[0] if first else "")
    body = "\n\n".join("\n".join(b.dutch) for b in blocks if b.kind in _FILE_TEXT_KINDS)
    outlet = _outlet(text("outlet"), text("source_url") or text("url"))
    return ArticleText(key, outlet, published, title, body, timed)


def file_english_lead(brief: BriefFile) -> list[str]:
    """`english_lead` of a brief file: the first English sentences of its article's own text."""
    out: list[str] = []
    for block in written_blocks(brief.body):
        if block.kind in _FILE_TEXT_KINDS:
            for part in block.english:
                out += [s.strip() for s in split_sentences(unescape(MARK.sub("", part))) if s.strip()]
    return out[:LEAD_SENTENCES]


def named_outlets(outlets: Iterable[str]) -> tuple[str, ...]:
    """The outlets a reader can read as names: not UNKNOWN_OUTLET, the placeholder of an article whose
    source named none (a text file without front matter), which would read as an outlet called "unknown"."""
    return tuple(outlet for outlet in outlets if named_outlet(outlet))


def named_outlet(outlet: str) -> str | None:
    """One article's outlet as `named_outlets` reads it: None for UNKNOWN_OUTLET."""
    return None if outlet == UNKNOWN_OUTLET else outlet
