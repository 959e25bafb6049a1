"""A web article as extracted: its blocks (the structure model) and its metadata — and the adapter
that makes the `Article` of it with pipeline.text.article's article_from_blocks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from pipeline.document import Article, ArticleMeta, Block, BlockKind, SourceMeta
from pipeline.errors import InputError
from pipeline.text.article import article_from_blocks
from pipeline.text.read import normalise_text
from pipeline.times import iso_utc

HEADING_KINDS = (BlockKind.HEADLINE, BlockKind.SUBHEADING)


@dataclass(frozen=True)
class Page:
    """An extracted article: `blocks` in page order (site text among them, set aside by kind)."""

    meta: SourceMeta
    blocks: tuple[Block, ...]
    name: str  # how the source is shown: the URL, or the saved file's name
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()

    @property
    def article_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is not BlockKind.SITE_TEXT)

    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.article_blocks if b.kind not in HEADING_KINDS)


def article_from_page(page: Page, *, keep_all: bool = False) -> Article:
    """The page's `Article`, made by the one builder every input format shares
    (pipeline.text.article): site text set aside (unless `keep_all`) and listed, the headline and
    lede chosen, the page metadata as the article's metadata and `origin`."""
    if not any(b.kind not in HEADING_KINDS and b.kind is not BlockKind.SITE_TEXT for b in page.blocks):
        raise InputError(f"{page.name}: no article text found on the page — nothing to brief")
    meta = page.meta
    article = article_from_blocks(
        page.blocks,
        source_name=page.name,
        text=normalise_text("\n\n".join(b.text for b in page.article_blocks)),
        meta=ArticleMeta(meta.headline, meta.published, meta.author, meta.outlet, meta.url),
        source_date=meta.published[:7] if meta.published else None,
        encoding=page.encoding,
        warnings=page.warnings,
        source_format="html",
        keep_all=keep_all,
        label=page.name,
    )
    return replace(article, origin=meta)


def display_name(url: str) -> str:
    """A URL as a source name: host and path, no query (tracking parameters say nothing)."""
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}".rstrip("/") or url


def utc_now() -> str:
    """Now, as the front matter writes times: ISO 8601 UTC to the second, with a Z."""
    return iso_utc(datetime.now(UTC))
