"""RSS/Atom feeds (feedparser) to entries; an entry that carries the whole article (in `content:encoded`,
or a long `<description>`) can be briefed from the feed when its page cannot be had — a teaser cannot.

Odd namespace prefixes (De Morgen's `wstxns1:encoded`) work: a declared prefix is matched by its
namespace URI, an undeclared one still leaves an `…_encoded` field that is read as content.
"""

from __future__ import annotations

import hashlib
import html
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from pipeline.addresses import without_tracking
from pipeline.document import Block, BlockKind, SourceMeta
from pipeline.errors import InputError
from pipeline.web.page import Page, display_name, utc_now

MAX_ENTRIES = 1000  # entries read of one feed per poll (a feed of 30,000 is cut here)
FULL_TEXT_MIN_WORDS = 150  # an entry's text shorter than this is a teaser, not the article
_TRUNCATED = ("...", "…", "[…]", "[...]", "Lees meer", "Lees verder")
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL
)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote")


@dataclass(frozen=True)
class FeedEntry:
    key: str  # guid, else link: what makes an entry new
    link: str | None
    title: str
    published: str | None  # ISO 8601
    author: str | None
    fingerprint: str  # changes when the entry's text, title or dates change
    paragraphs: tuple[str, ...]  # the entry's own text (content:encoded, else description), as paragraphs

    @property
    def content_fingerprint(self) -> str:
        """What the entry says and where it points (link, title, text), not when it is dated: a feed that re-dates
        an item at every build leaves it unchanged (pipeline.feed_waits: an entry given up stays given up)."""
        return _digest((self.link, self.title, self.paragraphs))

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def is_full_text(self) -> bool:
        """The entry carries the article, not a teaser: long enough and not cut off."""
        return self.words >= FULL_TEXT_MIN_WORDS and not self.paragraphs[-1].rstrip().endswith(_TRUNCATED)


@dataclass(frozen=True)
class Feed:
    title: str
    link: str | None
    language: str | None
    entries: tuple[FeedEntry, ...]
    # the items with neither a link nor a guid, as (title, fingerprint): skipped, but listed once
    unidentified: tuple[tuple[str, str], ...] = ()
    not_read: int = 0  # the items after the first MAX_ENTRIES: cut off, never read (`not_read_line`)


def parse_feed(data: bytes, *, url: str) -> Feed:
    """Parse RSS/Atom bytes. Raises InputError when they are not a feed, or declare entities (an
    entity-expansion bomb); only the first MAX_ENTRIES entries are read (`Feed.not_read` counts the rest)."""
    import feedparser

    if re.search(rb"<!\s*entity", data.replace(b"\x00", b""), re.IGNORECASE):
        raise InputError(f"{url}: the feed declares XML entities (<!ENTITY>) — not read (an expansion bomb)")
    head, not_read = cut_entries(data, MAX_ENTRIES)
    parsed = feedparser.parse(head, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        if _HTML_START.match(data[:4096]):
            raise InputError(
                f"{url}: a web page, not an RSS or Atom feed — check the feed URL (a site's page names its feed"
                ' in a <link rel="alternate" type="application/rss+xml"> tag)'
            )
        reason = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise InputError(f"{url}: not an RSS or Atom feed{reason} — check the feed URL")
    info = parsed.feed
    read = [(raw, _entry(raw)) for raw in parsed.entries]
    entries = tuple(e for _, e in read if e is not None)
    unidentified = tuple((_flat(raw.get("title", "")), _item_fingerprint(raw)) for raw, e in read if e is None)
    title = info.get("title", "") or url
    return Feed(title, info.get("link"), info.get("language"), entries, unidentified, not_read)


def first_entries(data: bytes, limit: int) -> bytes:
    """The feed cut after its `limit`-th item or entry (and closed again)."""
    return cut_entries(data, limit)[0]


def cut_entries(data: bytes, limit: int) -> tuple[bytes, int]:
    """The feed cut after its `limit`-th item or entry (and closed again), and how many items or entries
    were cut off, by a linear scan: a feed of tens of thousands of entries costs no more than a count."""
    lower = data.lower()
    for close, ending in ((b"</item>", b"</channel></rss>"), (b"</entry>", b"</feed>")):
        at, count = 0, 0
        while (found := lower.find(close, at)) != -1:
            count += 1
            at = found + len(close)
            if count == limit:
                beyond = lower.count(close, at)
                return (data, 0) if not beyond else (data[:at] + ending, beyond)
    return data, 0


def ahead_line(ahead: list[str]) -> str:
    """What a poll says of new entries dated more than a day after it (`pipeline.times.dated_ahead`)."""
    many = len(ahead) > 1
    return (
        f"{len(ahead)} new {'entries' if many else 'entry'} dated more than a day after the poll (first: {ahead[0]}); "
        f"{'their stories count them' if many else 'its story counts it'} as published when briefed — check the "
        "feed's dates (a wrong year or time zone)"
    )


def poll_outcome(report) -> str | None:
    """What a poll of a feed came to (a pipeline.feeds.FeedReport), in one line — the CLI's and the daily flow's —
    None for an error or a gone feed (its message is the line). An entry whose article has its brief already (a
    feed-only change) is no new brief."""
    if report.status == "not modified":
        return "not modified since the last poll — nothing new"
    if report.status != "new":
        return None
    found = len(report.briefed) - len(report.written)
    already = f"{found} already briefed (the article unchanged), " if found else ""
    waiting = f"{len(report.waiting)} waiting for their page, " if report.waiting else ""
    return (
        f"{len(report.written)} briefed, {already}{len(report.failed)} not briefed, {waiting}"
        f"{report.unchanged} seen before"
    )


def retried_line(retried: dict[str, str], waiting: dict[str, str]) -> str | None:
    """A poll's passing failures (entry -> why) and entries waiting for their page (entry -> line) in one line, for
    `brief feeds list` (None: neither): their entries are asked again at a later poll."""
    parts = []
    for label, found in (("not briefed, tried again at the next poll", retried), ("waiting for its page", waiting)):
        if found:
            name, why = next(iter(found.items()))
            more = f" and {len(found) - 1} more" if len(found) > 1 else ""
            parts.append(f"{label}: {name}: {why}{more}")
    return "; ".join(parts) or None


def not_read_line(not_read: int) -> str:
    """What a poll says of a feed longer than it reads: how many items it cut off, the bound, and that no
    setting raises it."""
    items = "item" if not_read == 1 else "items"
    return (
        f"{not_read:,} {items} after the first {MAX_ENTRIES:,} not read — a poll reads the first {MAX_ENTRIES:,}"
        " items of a feed, in the feed's order (no setting raises this); ask the publisher for a shorter feed"
        " or one per section"
    )


def _entry(raw) -> FeedEntry | None:
    link = raw.get("link") or None
    key = raw.get("id") or link
    if not key:
        return None  # nothing identifies it: it cannot be told from the next one (Feed.unidentified lists it)
    texts = [c.get("value", "") for c in raw.get("content", [])]
    # an undeclared prefix (`wstxns1:encoded`) reaches us as escaped markup under "<prefix>_encoded"
    texts += [html.unescape(v) for k, v in raw.items() if k.endswith("_encoded") and isinstance(v, str)]
    candidates = [p for p in (html_paragraphs(t) for t in texts) if p]
    summary = html_paragraphs(raw.get("summary", ""))
    paragraphs = max([*candidates, summary], key=lambda ps: sum(len(p.split()) for p in ps))
    title = _flat(raw.get("title", ""))
    dates = (dict.get(raw, "published_parsed"), dict.get(raw, "updated_parsed"))  # no feedparser fallback mapping
    fingerprint = _digest((title, paragraphs, dates))
    return FeedEntry(key, link, title, _iso(dates[0] or dates[1]), raw.get("author") or None, fingerprint, paragraphs)


def _digest(obj) -> str:
    """A short hash of what `obj` holds (its repr): the entries' and items' fingerprints."""
    return hashlib.sha256(repr(obj).encode()).hexdigest()[:16]


def _item_fingerprint(raw) -> str:
    """What knows an item without a link or a guid again at the next poll: a hash of all it holds
    (title, text, dates…), so it is listed once, and again only when it changes."""
    return _digest(sorted((str(k), str(v)) for k, v in raw.items()))


def html_paragraphs(markup: str) -> tuple[str, ...]:
    """An entry's HTML (or plain text) as paragraphs; a bare URL (an image link) is not text."""
    if not markup or not markup.strip():
        return ()
    from lxml import html as lxml_html

    try:
        fragment = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, SyntaxError):
        return ()
    blocks = [_flat(el.text_content()) for el in fragment.iter(*_BLOCK_TAGS)]
    if not blocks:
        text = "\n".join(fragment.itertext())
        blocks = [_flat(part) for part in re.split(r"\n\s*\n", text)]
    return tuple(b for b in blocks if b and not re.fullmatch(r"(https?:)?//\S+", b))


def page_from_entry(entry: FeedEntry, feed: Feed, *, feed_url: str, why: str) -> Page:
    """The article from the entry's own text (`extracted_from: feed`). Raises InputError for a teaser;
    `why` says why the page itself was not used."""
    name = display_name(entry.link or feed_url)
    if not entry.is_full_text:
        raise InputError(
            f"{name}: {why}, and the feed has only a teaser ({entry.words} word{'' if entry.words == 1 else 's'})"
            " — not briefed from the feed"
        )
    from importlib.metadata import version

    meta = SourceMeta(
        url=without_tracking(entry.link) if entry.link else None,
        headline=entry.title or None,
        author=entry.author,
        published=entry.published,
        outlet=feed.title or None,
        language=feed.language,
        fetched_at=utc_now(),
        extractor=f"feedparser {version('feedparser')}",
        extracted_from="feed",
    )
    blocks = [Block(BlockKind.HEADLINE, entry.title)] if entry.title else []
    blocks += [Block(BlockKind.PARAGRAPH, p) for p in entry.paragraphs if p != entry.title]
    return Page(meta, tuple(blocks), name, warnings=(f"{name}: {why}; briefed from the feed's full text",))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=UTC).isoformat()
