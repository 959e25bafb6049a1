"""A web article as extracted: its blocks (the structure model) and its metadata — and the one adapter
that turns it into today's paragraph `Article` (to be replaced by pipeline.text's article_from_blocks)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.document import Article, Block, BlockKind, Paragraph, SourceMeta
from pipeline.errors import InputError
from pipeline.text.read import normalise_text

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
    def site_text(self) -> tuple[Block, ...]:
        """What was set aside (never translated), each with its reason."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.SITE_TEXT)

    @property
    def article_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is not BlockKind.SITE_TEXT)

    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.article_blocks if b.kind not in HEADING_KINDS)


def article_from_page(page: Page) -> Article:
    """Today's `Article`: headline and subheadings as headings, every other block a paragraph (a list's
    items one paragraph each), site text left out of translation but listed (`origin.set_aside`)."""
    paragraphs: list[Paragraph] = []
    for block in page.article_blocks:
        texts = block.items if block.kind is BlockKind.LIST and block.items else (block.text,)
        for text in texts:
            collapsed = re.sub(r"\s+", " ", text).strip()
            if collapsed:
                paragraphs.append(Paragraph(len(paragraphs), collapsed, block.kind in HEADING_KINDS))
    if not any(not p.is_heading for p in paragraphs):
        raise InputError(f"{page.name}: no article text found on the page — nothing to brief")
    set_aside = tuple(f"{b.reason}: {_short(b.text)}" for b in page.site_text)
    return Article(
        source_name=page.name,
        text=normalise_text("\n\n".join(p.text for p in paragraphs)),
        paragraphs=tuple(paragraphs),
        source_date=page.meta.published[:7] if page.meta.published else None,
        encoding=page.encoding,
        warnings=page.warnings,
        origin=replace(page.meta, set_aside=set_aside),
    )


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def display_name(url: str) -> str:
    """A URL as a source name: host and path, no query (tracking parameters say nothing)."""
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}".rstrip("/") or url


def without_tracking(url: str) -> str:
    """A URL without its utm_* (campaign tracking) parameters: the address to cite."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    return urlunsplit(parts._replace(query=urlencode(query)))


def utc_now() -> str:
    """Now, as the front matter writes times: ISO 8601 UTC to the second, with a Z."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
