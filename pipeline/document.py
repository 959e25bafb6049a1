"""The data that flows between the pipeline stages: frozen dataclasses, nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

FORMAT_VERSION = 5  # of the brief file: part of every cache key
FORMAT = f"dutch-brief/{FORMAT_VERSION}"


class BlockKind(StrEnum):
    """What a block of a news page is. Every input format (.txt, .md, HTML, feed item) yields these."""

    HEADLINE = "headline"
    LEDE = "lede"  # standfirst / intro
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    LIST = "list"  # `items` holds the entries
    QUOTE = "quote"  # block quote, embedded post (a tweet with its footer)
    CAPTION = "caption"  # photo/video caption or credit
    BYLINE = "byline"
    DATELINE = "dateline"  # a date/time line, a liveblog timestamp standing alone
    LIVEBLOG = "liveblog"  # one liveblog entry: `time`, then its text
    TABLE = "table"  # a table-like line (ranking, score line)
    SITE_TEXT = "site_text"  # navigation, banners, promos, consent, teasers: set aside, never translated


@dataclass(frozen=True)
class Block:
    """One structural block of an article, as found in the source.

    `text` is the block's source text as found (a list: its lines, markers included); `time` +
    `text` hold every source character of the block. A liveblog entry is a LIVEBLOG block (its
    time and heading, `text` may be empty) followed by the blocks of its body."""

    kind: BlockKind
    text: str  # the source text of the block (a list: its items, one per line)
    items: tuple[str, ...] = ()  # list entries (kind LIST)
    time: str | None = None  # the entry's time as written (kind LIVEBLOG), e.g. "21.30"
    reason: str | None = None  # why it was set aside (kind SITE_TEXT): navigation|promo|consent|teaser|…
    # the sentences of `text` (exact substrings, in order) when the reader has segmented it already
    # (looking for site text sentence by sentence): pipeline.brief.segment_article uses them, never
    # segmenting a paragraph twice. None: not segmented yet. Not part of the block's identity.
    sentences: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def parts(self) -> tuple[str, ...]:
        """What a reader reads: a list's items, else the text (nothing for an empty liveblog heading)."""
        if self.kind is BlockKind.LIST:
            return self.items
        return (self.text,) if self.text else ()


# Blocks translated and shown with their Dutch; the others go to the byline line or the set-aside list.
TRANSLATED_KINDS = frozenset(BlockKind) - {BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.SITE_TEXT}
# What the summarizer reads: the article's own text, never captions, credits, datelines or site text.
ARTICLE_TEXT_KINDS = frozenset(
    {BlockKind.HEADLINE, BlockKind.LEDE, BlockKind.PARAGRAPH, BlockKind.LIST, BlockKind.QUOTE, BlockKind.LIVEBLOG}
)


@dataclass(frozen=True)
class ArticleMeta:
    """What the source says about the article besides its text (front matter of a CMS export,
    bylines and datelines found in the text)."""

    headline: str | None = None  # the Dutch headline as found (source_title)
    published: str | None = None  # date/time as written
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    extra: tuple[tuple[str, str], ...] = ()  # other front-matter fields, as found


@dataclass(frozen=True)
class SourceMeta:
    """Where a web article came from: page metadata (a fetched or saved page, or a feed entry)."""

    url: str | None = None
    headline: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, with the time zone when the page gives one
    outlet: str | None = None  # site name
    language: str | None = None  # as the page declares it
    fetched_at: str | None = None  # ISO 8601 UTC; None for a saved page
    extractor: str = ""  # name + version, e.g. "trafilatura 2.3.1"
    extracted_from: str = "page"  # page | feed


@dataclass(frozen=True)
class Article:
    """Stage 1 (read): a decoded, normalised article as structural blocks."""

    source_name: str
    text: str  # normalised text (NFC, LF line endings, no BOM, date marker removed)
    blocks: tuple[Block, ...]
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    source_date: str | None = None  # "YYYY-MM" from a leading ` date YYYY-MM ` marker
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    source_format: str = "txt"  # txt | md | html …

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind is BlockKind.HEADLINE), None)

    @property
    def set_aside(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.SITE_TEXT)

    origin: SourceMeta | None = None  # web input: where it came from (None for a text file)


@dataclass(frozen=True)
class SegmentedBlock:
    """Stage 2 (segment): a block and the sentences of each of its parts (exact substrings, in order)."""

    index: int
    block: Block
    parts: tuple[tuple[str, ...], ...]  # () for blocks that are not translated

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(s for part in self.parts for s in part)


@dataclass(frozen=True)
class SegmentedArticle:
    article: Article
    blocks: tuple[SegmentedBlock, ...]

    @property
    def sentence_count(self) -> int:
        return sum(len(b.sentences) for b in self.blocks)


@dataclass(frozen=True)
class SentenceTranslation:
    """Stage 3 (translate): one source sentence and its English translation."""

    source: str
    text: str
    parts: int = 1  # how many pieces were translated (too long for the model, or halved on a retry)
    split: bool = False  # the sentence exceeded the model input and was translated in parts
    retried: bool = False  # degenerate output was detected and the sentence was translated again
    degenerate: bool = False  # output still looked degenerate after the retry


@dataclass(frozen=True)
class TranslatedBlock:
    """A block with the translation of each of its parts (a list: one per item)."""

    index: int
    block: Block
    parts: tuple[tuple[SentenceTranslation, ...], ...]

    @property
    def sentences(self) -> tuple[SentenceTranslation, ...]:
        return tuple(s for part in self.parts for s in part)

    @property
    def part_texts(self) -> tuple[str, ...]:
        """The English of each part."""
        return tuple(" ".join(s.text for s in part if s.text) for part in self.parts)

    @property
    def text(self) -> str:
        return " ".join(self.part_texts)


@dataclass(frozen=True)
class TranslationStats:
    sentences: int
    split_sentences: int  # sentences translated in parts (too long for one model input)
    retried_sentences: int  # degenerate outputs retried
    degenerate_sentences: int  # still degenerate after the retry


@dataclass(frozen=True)
class TranslatedArticle:
    blocks: tuple[TranslatedBlock, ...]
    stats: TranslationStats


@dataclass(frozen=True)
class Summary:
    """Stage 4 (summarize)."""

    text: str
    input_tokens: int  # tokens of the English article as the summarizer counts them
    chunks: int = 1  # >1: map-reduce over this many first-level chunks
    rounds: int = 1  # reduce rounds (1 = direct summary)


@dataclass(frozen=True)
class ModelRef:
    """A model as the user named it: hub id (with pinned revision) or local directory."""

    name: str
    revision: str | None = None

    def describe(self) -> str:
        return f"{self.name}@{self.revision}" if self.revision else self.name


@dataclass(frozen=True)
class FidelityIssue:
    """A translated sentence whose English lacks numbers or names of its Dutch (pipeline.quality.fidelity)."""

    paragraph: int  # index of the block (from 0)
    sentence: int  # index of the sentence within it, over all its parts (from 0)
    missing_numbers: tuple[str, ...] = ()  # as the Dutch writes them
    missing_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fidelity:
    numbers_checked: int = 0
    numbers_missing: int = 0
    names_checked: int = 0
    names_missing: int = 0
    issues: tuple[FidelityIssue, ...] = ()


@dataclass(frozen=True)
class Brief:
    """Everything the renderer needs."""

    article: Article
    blocks: tuple[TranslatedBlock, ...]
    summary: Summary
    title_en: str
    title_from: str | None  # "headline" | "lede" | None (nothing to take a title from)
    cache_key: str
    content_hash: str
    translator: ModelRef
    summarizer: ModelRef
    settings: dict[str, object] = field(default_factory=dict)
    stats: TranslationStats | None = None
    created_at: str = ""
    fidelity: Fidelity | None = None


@dataclass(frozen=True)
class Plan:
    """What is known before any model work: the article, its key and where its brief goes."""

    source: Path | str  # a file, or a web page's URL
    article: Article
    content_hash: str
    key: str
    path: Path
    settings_summary: dict[str, object]
    hit_key: str | None = None  # the file's bytes under these settings (pipeline.hits), when it was read here


@dataclass(frozen=True)
class Prepared:
    """A planned article, segmented unless `cached` (a complete brief for its key already exists)."""

    plan: Plan
    segmented: SegmentedArticle | None  # None for a cache hit: nothing will be translated
    cached: bool
    placed: bool = False  # a cache hit the `day` setting's day lists now and did not before (list_cached)


@dataclass(frozen=True)
class WrittenBrief:
    """What the write stage reports: enough for a digest entry without re-reading the file."""

    path: Path
    title: str
    summary: str
    source_name: str
    key: str
